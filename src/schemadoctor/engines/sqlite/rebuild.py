"""SQLite's table rebuild: the documented way to add a constraint ALTER TABLE cannot add
(https://www.sqlite.org/lang_altertable.html#otheralter), keeping every row and rowid, and
keeping the table's CREATE TABLE text exactly as the user wrote it apart from the addition.

Steps, in one transaction (foreign keys off before it, on after it):

1. guard: the table, its indexes and triggers are what the plan saw (or already rebuilt);
2. with `legacy_alter_table=ON`, rename the table away: references to it in other tables'
   foreign keys, in views and in trigger bodies are left alone, so they point at the new table;
3. create the table from the edited CREATE TABLE text, copy every row with its rowid, carry
   the AUTOINCREMENT counter over, drop the old table;
4. re-create its indexes and triggers from their own text;
5. guard: `pragma_foreign_key_check` finds no violation.

Renaming the old table away (rather than renaming a new one into place, the order the page
lists) is what keeps the stored CREATE TABLE text byte for byte: SQLite rewrites a table's
text when it renames it. The legacy setting is what makes this order safe.

Running a rebuild twice is harmless: the guard accepts the rebuilt table and the rebuild turns
it into itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlglot.tokens import Token, TokenType

from schemadoctor.engines.sqlite import ddl as sqlite_ddl
from schemadoctor.model.catalog import CheckConstraint, ForeignKey, Table, Trigger
from schemadoctor.model.script import Step

if TYPE_CHECKING:
    from schemadoctor.engines.sqlite.render import Renderer

OLD_PREFIX = "schemadoctor_old_"


@dataclass
class Edits:
    """What to add to a CREATE TABLE text: table constraints and NOT NULL columns."""

    foreign_keys: list[ForeignKey] = field(default_factory=list)
    checks: list[CheckConstraint] = field(default_factory=list)
    not_null: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.foreign_keys or self.checks or self.not_null)


def edit_create_table(renderer: Renderer, sql: str, edits: Edits) -> str:
    """`sql` with the edits applied as text: constraints appended before the closing
    parenthesis, ` NOT NULL` after a column's definition; every other character kept."""
    items, closing = definition_items(sql)
    insertions: list[tuple[int, str]] = []
    for name in edits.not_null:
        item = next((item for item in items if column_name(item) == name.lower()), None)
        if item is None:
            raise NotImplementedError(f"cannot find column {name} in the CREATE TABLE text")
        insertions.append((item[-1].end + 1, " NOT NULL"))
    fragments = [foreign_key_clause(renderer, fk) for fk in edits.foreign_keys] + [
        f"CONSTRAINT {renderer.quote(check.name or '')} CHECK ({check.expression})"
        for check in edits.checks
    ]
    if fragments:
        # After the last definition's last token (a trailing comment stays where it was).
        end = items[-1][-1].end + 1 if items and items[-1] else closing
        insertions.append((end, "".join(f",\n  {fragment}" for fragment in fragments)))
    for position, text in sorted(insertions, reverse=True):
        sql = sql[:position] + text + sql[position:]
    return sql


def foreign_key_clause(renderer: Renderer, fk: ForeignKey) -> str:
    update = "" if fk.on_update == "NO ACTION" else f" ON UPDATE {fk.on_update}"
    return (
        f"CONSTRAINT {renderer.quote(fk.name or '')} FOREIGN KEY ({renderer.columns(fk.columns)}) "
        f"REFERENCES {renderer.quote(fk.referred_table.name)} "
        f"({renderer.columns(fk.referred_columns)}) ON DELETE {fk.on_delete}{update}"
    )


def definition_items(sql: str) -> tuple[list[list[Token]], int]:
    """The tokens of each comma-separated definition inside the outer parentheses, and the
    position of the closing parenthesis."""
    found = sqlite_ddl.definition_items(sql)
    if found is None:
        raise NotImplementedError("cannot find the column list in the CREATE TABLE text")
    items, closing = found
    return [item for item in items if item], closing


_CONSTRAINT_WORDS = {"CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"}


def column_name(item: list[Token]) -> str | None:
    first = item[0]
    if first.token_type != TokenType.IDENTIFIER and first.text.split()[0].upper() in (
        _CONSTRAINT_WORDS
    ):
        return None
    return first.text.lower()


@dataclass
class Rebuild:
    """One table's rebuild from the `before` text to the `after` text."""

    renderer: Renderer
    table: Table
    before: str
    after: str
    indexes: Sequence[str]
    """CREATE INDEX texts of the explicit indexes the table has when the rebuild runs."""
    index_names: Sequence[str]
    triggers: Sequence[Trigger]

    def steps(self, title: str, reason: str) -> list[Step]:
        r = self.renderer
        name = self.table.name.name
        table = r.quote(name)
        old = r.quote(OLD_PREFIX + name)
        columns = [column.name for column in self.table.columns if not column.generated]
        keep_rowid = not self.table.without_rowid and not any(
            column.identity for column in self.table.columns
        )
        listed = ("rowid, " if keep_rowid else "") + r.columns(columns)
        expected = [*self.index_names, *(trigger.name for trigger in self.triggers)]
        texts = f"{r.literal(self.before)}, {r.literal(self.after)}"
        statements = [
            *r.guard(
                "EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                f"{r.literal(name)} AND sql IN ({texts}))",
                f"schemadoctor: {name} is not the table the plan was made for",
            ),
            *r.guard(
                "NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type IN ('index', 'trigger') "
                f"AND tbl_name = {r.literal(name)} AND sql IS NOT NULL"
                + (
                    f" AND name NOT IN ({', '.join(r.literal(n) for n in expected)})"
                    if expected
                    else ""
                )
                + ")",
                f"schemadoctor: {name} has indexes or triggers the plan did not see",
            ),
            f"ALTER TABLE {table} RENAME TO {old};",
            _statement(self.after),
            f"INSERT INTO {table} ({listed}) SELECT {listed} FROM {old};",
        ]
        if "autoincrement" in self.after.lower() or "autoincrement" in self.before.lower():
            statements += [
                f"DELETE FROM sqlite_sequence WHERE name = {r.literal(name)};",
                f"INSERT INTO sqlite_sequence (name, seq) SELECT {r.literal(name)}, seq "
                f"FROM sqlite_sequence WHERE name = {r.literal(OLD_PREFIX + name)};",
            ]
        statements.append(f"DROP TABLE {old};")
        statements += [_statement(sql) for sql in self.indexes]
        statements += [_statement(trigger.definition) for trigger in self.triggers]
        statements += r.guard(
            f"NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check({r.literal(name)}))",
            f"schemadoctor: rows of {name} break a foreign key",
        )
        return [
            Step(
                None,
                tuple(statements),
                setup=("PRAGMA foreign_keys = OFF;", "PRAGMA legacy_alter_table = ON;"),
                teardown=("PRAGMA legacy_alter_table = OFF;", "PRAGMA foreign_keys = ON;"),
                locks=f"the whole database file while {name} is copied: writers wait",
                title_text=title,
                reason_text=reason,
                meta={"kind": "rebuild-table", "table": [None, name], "object": name},
            )
        ]


def _statement(sql: str) -> str:
    sql = sql.strip()
    return sql if sql.endswith(";") else sql + ";"
