"""How to fix a repeated query: the batched SQL (one query for all the values) and the ORM
form (SQLAlchemy's selectinload/joinedload, Django's prefetch_related/select_related), from
the foreign key that links the repeated table to its parent's."""

from __future__ import annotations

from sqlglot import exp
from sqlglot.errors import SqlglotError

from schemadoctor.engines import adapter_named
from schemadoctor.engines.base import Adapter
from schemadoctor.model.catalog import Index, IndexElement, TableName
from schemadoctor.model.changes import CreateIndex
from schemadoctor.report.words import single_line
from schemadoctor.workload.fingerprint import Shape, sqlglot_dialect
from schemadoctor.workload.schema_facts import Link, singular


def batched_sql(shape: Shape, columns: tuple[str, ...], dialect: str | None) -> str | None:
    """The repeated query for many values at once: `col = ANY(:ids)` on PostgreSQL,
    `col IN (:ids)` elsewhere, without the LIMIT a single lookup had."""
    if not columns:
        return None
    column = columns[0]
    tree = shape.expression.copy()

    def batch(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.EQ):
            for side, other in ((node.left, node.right), (node.right, node.left)):
                if isinstance(side, exp.Column) and side.name == column and _is_value(other):
                    ids = exp.Placeholder(this="ids")
                    if adapter_for(dialect).supports.array_parameters:
                        return exp.EQ(
                            this=side.copy(), expression=exp.Any(this=exp.Paren(this=ids))
                        )
                    return exp.In(this=side.copy(), expressions=[ids])
        return node

    batched = tree.transform(batch)
    if isinstance(batched, exp.Select):
        batched.set("limit", None)
        batched.set("offset", None)
    try:
        text = batched.sql(dialect=sqlglot_dialect(dialect))
    except SqlglotError:
        return None
    return text.replace("%(ids)s", ":ids")


def _is_value(node: exp.Expression) -> bool:
    return isinstance(node, exp.Literal | exp.Placeholder | exp.Parameter)


def class_name(table: str) -> str:
    return "".join(part.capitalize() for part in singular(table).split("_") if part)


def orm_lines(repeated_table: str, link: Link | None, aggregate: bool = False) -> list[str]:
    """The ORM spelling of the fix, as comment lines."""
    if link is None:
        return [
            f"-- ORM: load the {repeated_table} rows for all parents in one query "
            "(SQLAlchemy selectinload, Django prefetch_related)"
        ]
    if aggregate:
        return [
            f"-- or keep a count on {link.parent} (maintained by the application or a trigger) "
            "instead of counting per row"
        ]
    if _same(link.child, repeated_table):
        # One query per parent for its children: load them all with the parents.
        parent, relation = class_name(link.parent), link.child.split(".")[-1]
        return [
            f"-- SQLAlchemy: .options(selectinload({parent}.{relation}))",
            f'-- Django: .prefetch_related("{relation}")',
        ]
    # One query per row for the row it points at: join it in.
    child = class_name(link.child)
    relation = (
        link.child_columns[0].removesuffix("_id")
        if link.child_columns
        else singular(repeated_table)
    )
    return [
        f"-- SQLAlchemy: .options(joinedload({child}.{relation}))  (or selectinload)",
        f'-- Django: .select_related("{relation}")',
    ]


def index_sql(table: str, columns: tuple[str, ...], dialect: str | None) -> str:
    """The engine's own statement for a plain index on `columns` (as a plan would write it)."""
    schema, _, name = table.rpartition(".")
    target = TableName(schema or None, name)
    index = Index(
        name=f"{name}_{'_'.join(columns)}_idx"[:60],
        elements=tuple(IndexElement(column) for column in columns),
    )
    renderer = adapter_for(dialect).renderer()
    return renderer.fix_text([CreateIndex(table=target, index=index)]) or ""


def adapter_for(dialect: str | None) -> Adapter:
    """The engine a workload came from (PostgreSQL when nothing says)."""
    return adapter_named(dialect or "postgresql")


def _same(a: str, b: str) -> bool:
    return a.split(".")[-1].lower() == b.split(".")[-1].lower()


def comment(text: str) -> str:
    return "-- " + single_line(text)
