from __future__ import annotations

from collections.abc import Iterable

from schemadoctor.model.findings import Finding, Severity
from schemadoctor.rules import register
from schemadoctor.rules.base import Example, Rule, RuleContext


@register
class PolymorphicAssociation(Rule):
    id = "polymorphic-association"
    severity = Severity.INFO
    needs_data = True
    rationale = (
        "A <x>_type column choosing which table <x>_id points into cannot be guarded by any "
        "foreign key; integrity rests on the application (or on one nullable foreign key per "
        "target table)."
    )
    finds = (
        "`<x>_type` + `<x>_id` pairs (Rails, Django `content_type_id`/`object_id`): not a "
        "foreign key to one table"
    )
    fixes = "none"
    example = Example(
        bad=(
            "CREATE TABLE comments (id integer PRIMARY KEY,\n  commentable_type text, "
            "commentable_id integer);"
        ),
        good=(
            "CREATE TABLE comments (id integer PRIMARY KEY,\n  post_id integer REFERENCES "
            "posts (id),\n  photo_id integer REFERENCES photos (id),\n  CHECK ((post_id IS "
            "NULL) <> (photo_id IS NULL)));"
        ),
    )

    def check(self, context: RuleContext) -> Iterable[Finding]:
        for pair in context.run.inference.polymorphic:
            table = context.catalog.table(pair.table)
            if table is None:
                continue
            targets = ", ".join(str(target) for target in pair.targets)
            where = f" (its type values name {targets})" if targets else ""
            yield self.finding(
                table,
                (pair.type_column, pair.id_column),
                f"{pair.table}({pair.type_column}, {pair.id_column}) is a polymorphic "
                f"association: {pair.id_column} refers to the table {pair.type_column} "
                f"names{where}; no foreign key can guard it",
                evidence={
                    "type_column": pair.type_column,
                    "id_column": pair.id_column,
                    "values": [str(value) for value in pair.values],
                    "targets": [str(target) for target in pair.targets],
                    "data": "probed" if pair.probed else "not-probed",
                },
            )
