"""PostgreSQL: changes that take only brief locks. Indexes are built and dropped CONCURRENTLY
(outside any transaction); constraints are added NOT VALID and validated in a later step, which
holds only a SHARE UPDATE EXCLUSIVE lock while it scans."""

from __future__ import annotations

import re
from typing import ClassVar

from schemadoctor.engines import quarantine as orphans
from schemadoctor.engines import rendering as base
from schemadoctor.engines.postgresql import quarantine
from schemadoctor.engines.rendering import renders
from schemadoctor.model import changes as c
from schemadoctor.model.catalog import Catalog, TableName
from schemadoctor.model.durations import milliseconds_text
from schemadoctor.model.script import Step

_CONCURRENT_LOCK = "SHARE UPDATE EXCLUSIVE on {table}: reads and writes continue"


class Renderer(base.Renderer):
    unsupported: ClassVar[dict[type[c.Change], str]] = {}

    def settings(self) -> tuple[str, ...]:
        return (
            f"SET lock_timeout = {self.literal(milliseconds_text(self.options.lock_timeout))};",
            "SET statement_timeout = "
            f"{self.literal(milliseconds_text(self.options.statement_timeout))};",
        )

    @renders(c.CreateIndex)
    def render_create_index(self, change: c.CreateIndex, catalog: Catalog | None) -> list[Step]:
        index = change.index
        definition = index.definition
        # PostgreSQL cannot build an index on a partitioned table concurrently.
        partitioned = _partitioned(change.table, catalog)
        concurrently = "" if partitioned else "CONCURRENTLY "
        if definition:
            # Re-create exactly what was dropped, from PostgreSQL's own text of it.
            sql = re.sub(
                r"^CREATE (UNIQUE )?INDEX ",
                rf"CREATE \1INDEX {concurrently}IF NOT EXISTS ",
                definition,
                count=1,
            )
        else:
            sql = (
                f"CREATE {'UNIQUE ' if index.unique else ''}INDEX {concurrently}IF NOT EXISTS "
                f"{self.quote(index.name)} ON {self.qualify(change.table)}"
                f"{' USING ' + index.method if index.method != 'btree' else ''}"
                f" ({self.index_keys(index)})"
                f"{' INCLUDE (' + self.columns(index.include) + ')' if index.include else ''}"
                f"{' WHERE ' + index.predicate if index.predicate else ''}"
            )
        if partitioned:
            return [
                Step(
                    change,
                    (sql + ";",),
                    locks=f"SHARE on {change.table} and its partitions: writes wait for the build",
                )
            ]
        return [
            Step(
                change,
                (sql + ";",),
                transactional=False,
                locks=_CONCURRENT_LOCK.format(table=change.table),
            )
        ]

    @renders(c.DropIndex)
    def render_drop_index(self, change: c.DropIndex, catalog: Catalog | None) -> list[Step]:
        name = self.qualify(TableName(change.table.schema, change.index.name))
        if _partitioned(change.table, catalog):
            return [
                Step(
                    change,
                    (f"DROP INDEX IF EXISTS {name};",),
                    locks=f"ACCESS EXCLUSIVE on {change.table} and its partitions, briefly",
                )
            ]
        return [
            Step(
                change,
                (f"DROP INDEX CONCURRENTLY IF EXISTS {name};",),
                transactional=False,
                locks=_CONCURRENT_LOCK.format(table=change.table),
            )
        ]

    @renders(c.RebuildIndex)
    def render_rebuild_index(self, change: c.RebuildIndex, catalog: Catalog | None) -> list[Step]:
        name = self.qualify(TableName(change.table.schema, change.index.name))
        return [
            Step(
                change,
                (f"REINDEX INDEX CONCURRENTLY {name};",),
                transactional=False,
                locks=_CONCURRENT_LOCK.format(table=change.table),
            )
        ]

    @renders(c.AddForeignKey)
    def render_add_foreign_key(
        self, change: c.AddForeignKey, catalog: Catalog | None
    ) -> list[Step]:
        fk = change.foreign_key
        definition = (
            f"FOREIGN KEY ({self.columns(fk.columns)}) "
            f"REFERENCES {self.qualify(fk.referred_table)} ({self.columns(fk.referred_columns)}) "
            f"ON DELETE {fk.on_delete}{_on_update(fk.on_update)} NOT VALID"
        )
        sql = self.add_constraint_once(change.table, fk.name or "", definition)
        return [
            Step(
                change,
                (sql,),
                locks=(
                    f"SHARE ROW EXCLUSIVE on {change.table} and {fk.referred_table}, "
                    "for an instant (no scan: NOT VALID)"
                ),
            )
        ]

    @renders(c.DropForeignKey)
    def render_drop_foreign_key(
        self, change: c.DropForeignKey, catalog: Catalog | None
    ) -> list[Step]:
        sql = (
            f"ALTER TABLE {self.qualify(change.table)} "
            f"DROP CONSTRAINT IF EXISTS {self.quote(change.foreign_key.name or '')};"
        )
        return [Step(change, (sql,), locks=f"ACCESS EXCLUSIVE on {change.table}, for an instant")]

    @renders(c.ValidateConstraint)
    def render_validate_constraint(
        self, change: c.ValidateConstraint, catalog: Catalog | None
    ) -> list[Step]:
        sql = (
            f"ALTER TABLE {self.qualify(change.table)} "
            f"VALIDATE CONSTRAINT {self.quote(change.constraint)};"
        )
        return [
            Step(
                change,
                (sql,),
                locks=f"SHARE UPDATE EXCLUSIVE on {change.table} while it scans: writes continue",
            )
        ]

    @renders(c.AlterColumnType)
    def render_alter_column_type(
        self, change: c.AlterColumnType, catalog: Catalog | None
    ) -> list[Step]:
        sql = (
            f"ALTER TABLE {self.qualify(change.table)} ALTER COLUMN {self.quote(change.column)} "
            f"TYPE {change.new_type};"
        )
        return [
            Step(
                change,
                (sql,),
                locks=f"ACCESS EXCLUSIVE on {change.table} for a full rewrite: "
                "blocks reads and writes",
            )
        ]

    @renders(c.AddPrimaryKey)
    def render_add_primary_key(
        self, change: c.AddPrimaryKey, catalog: Catalog | None
    ) -> list[Step]:
        key = change.primary_key
        index = change.using_index
        table = self.qualify(change.table)
        lock = f"ACCESS EXCLUSIVE on {change.table}, for an instant (the index exists)"
        if index is not None and index.constraint is None:
            # Promoting the unique index reuses it: no scan, no build.
            sql = f"ALTER TABLE {table} ADD PRIMARY KEY USING INDEX {self.quote(index.name)};"
            return [Step(change, (sql,), locks=lock)]
        # A constraint's index cannot change hands: build a twin first, then promote it.
        name = key.name or self.object_name(change.table.name, suffix="pkey")
        build = (
            f"CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS {self.quote(name)} ON {table} "
            f"({self.columns(key.columns)});"
        )
        promote = f"ALTER TABLE {table} ADD PRIMARY KEY USING INDEX {self.quote(name)};"
        return [
            Step(
                change,
                (build,),
                transactional=False,
                locks=_CONCURRENT_LOCK.format(table=change.table),
            ),
            Step(change, (promote,), locks=lock),
        ]

    @renders(c.DropPrimaryKey)
    def render_drop_primary_key(
        self, change: c.DropPrimaryKey, catalog: Catalog | None
    ) -> list[Step]:
        name = change.primary_key.name or self.object_name(change.table.name, suffix="pkey")
        sql = f"ALTER TABLE {self.qualify(change.table)} DROP CONSTRAINT {self.quote(name)};"
        steps = [Step(change, (sql,), locks=f"ACCESS EXCLUSIVE on {change.table}, briefly")]
        if change.restore_index is not None and change.restore_index.constraint is None:
            steps += self.render_create_index(
                c.CreateIndex(table=change.table, index=change.restore_index, reason=change.reason),
                catalog,
            )
        return steps

    @renders(c.ConvertKeyType, c.RestoreKeyType)
    def render_convert_key_type(
        self, change: c.ConvertKeyType, catalog: Catalog | None
    ) -> list[Step]:
        from schemadoctor.engines.postgresql.convert import conversion_steps

        return list(conversion_steps(self, change, catalog))

    @renders(c.AddUniqueConstraint)
    def render_add_unique_constraint(
        self, change: c.AddUniqueConstraint, catalog: Catalog | None
    ) -> list[Step]:
        """The unique index built CONCURRENTLY (writes continue), then the constraint made
        from it in an instant: no scan under a strong lock."""
        name = change.constraint.name or ""
        table = self.qualify(change.table)
        build = (
            f"CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS {self.quote(name)} ON {table} "
            f"({self.columns(change.constraint.columns)});"
        )
        attach = self.add_constraint_once(
            change.table, name, f"UNIQUE USING INDEX {self.quote(name)}"
        )
        return [
            Step(
                change,
                (build,),
                transactional=False,
                locks=_CONCURRENT_LOCK.format(table=change.table),
                title_text=f"{change.describe()}: build the unique index CONCURRENTLY",
            ),
            Step(
                change,
                (attach,),
                locks=f"ACCESS EXCLUSIVE on {change.table}, for an instant (the index exists)",
                title_text=f"{change.describe()}: make the constraint from the index",
            ),
        ]

    @renders(c.DropUniqueConstraint)
    def render_drop_unique_constraint(
        self, change: c.DropUniqueConstraint, catalog: Catalog | None
    ) -> list[Step]:
        name = self.quote(change.constraint.name or "")
        table = self.qualify(change.table)
        index = self.qualify(TableName(change.table.schema, change.constraint.name or ""))
        return [
            Step(
                change,
                (f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {name};",),
                locks=f"ACCESS EXCLUSIVE on {change.table}, for an instant",
            ),
            Step(
                change,
                (f"DROP INDEX CONCURRENTLY IF EXISTS {index};",),
                transactional=False,
                locks=_CONCURRENT_LOCK.format(table=change.table),
                title_text=f"{change.describe()}: drop its index if it was left alone",
            ),
        ]

    # --- constraints and columns --------------------------------------------------------------
    @renders(c.AddCheck)
    def render_add_check(self, change: c.AddCheck, catalog: Catalog | None) -> list[Step]:
        # NOT VALID: no scan under the ACCESS EXCLUSIVE lock; a ValidateConstraint follows.
        sql = self.add_constraint_once(
            change.table, change.check.name or "", f"CHECK ({change.check.expression}) NOT VALID"
        )
        return [Step(change, (sql,), locks=f"ACCESS EXCLUSIVE on {change.table}, for an instant")]

    @renders(c.DropCheck)
    def render_drop_check(self, change: c.DropCheck, catalog: Catalog | None) -> list[Step]:
        sql = (
            f"ALTER TABLE {self.qualify(change.table)} "
            f"DROP CONSTRAINT IF EXISTS {self.quote(change.check.name or '')};"
        )
        return [Step(change, (sql,), locks=f"ACCESS EXCLUSIVE on {change.table}, for an instant")]

    @renders(c.SetNotNull)
    def render_set_not_null(self, change: c.SetNotNull, catalog: Catalog | None) -> list[Step]:
        """SET NOT NULL scans the table under ACCESS EXCLUSIVE, unless a valid CHECK (col IS
        NOT NULL) already proves it (PostgreSQL 12+): add that check NOT VALID, validate it
        under a lock that lets writes through, then SET NOT NULL finds its proof and skips
        the scan, and the check goes."""
        table = self.qualify(change.table)
        column = self.quote(change.column)
        check = self.object_name(change.table.name, change.column, suffix="not_null")
        exists = self._constraint_exists(change.table, check)
        add = self._do(
            f"  IF NOT EXISTS ({exists})\n"
            f"     AND EXISTS ({self._nullable_column(change.table, change.column)}) THEN\n"
            f"    ALTER TABLE {table} ADD CONSTRAINT {self.quote(check)} "
            f"CHECK ({column} IS NOT NULL) NOT VALID;\n  END IF;"
        )
        validate = self._do(
            f"  IF EXISTS ({exists}) THEN\n"
            f"    ALTER TABLE {table} VALIDATE CONSTRAINT {self.quote(check)};\n  END IF;"
        )
        finish = (
            f"ALTER TABLE {table} ALTER COLUMN {column} SET NOT NULL;",
            f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {self.quote(check)};",
        )
        return [
            Step(
                change,
                (add,),
                locks=f"ACCESS EXCLUSIVE on {change.table}, for an instant (NOT VALID: no scan)",
                title_text=f"{change.describe()}: add CHECK (... IS NOT NULL) NOT VALID",
            ),
            Step(
                change,
                (validate,),
                locks=f"SHARE UPDATE EXCLUSIVE on {change.table} while it scans: writes continue",
                title_text=f"{change.describe()}: validate the check (the scan)",
            ),
            Step(
                change,
                finish,
                locks=f"ACCESS EXCLUSIVE on {change.table}, for an instant (the check proves it)",
                title_text=f"{change.describe()}: SET NOT NULL without a scan, drop the check",
            ),
        ]

    @renders(c.DropNotNull)
    def render_drop_not_null(self, change: c.DropNotNull, catalog: Catalog | None) -> list[Step]:
        sql = (
            f"ALTER TABLE {self.qualify(change.table)} ALTER COLUMN "
            f"{self.quote(change.column)} DROP NOT NULL;"
        )
        return [Step(change, (sql,), locks=f"ACCESS EXCLUSIVE on {change.table}, for an instant")]

    # --- orphans ---------------------------------------------------------------------------
    @renders(c.CreateQuarantineTable)
    def render_create_quarantine_table(
        self, change: c.CreateQuarantineTable, catalog: Catalog | None
    ) -> list[Step]:
        sql = quarantine.create_table_sql(self, change.table)
        return [Step(change, (sql,), locks="none: a new table")]

    @renders(c.DropQuarantineTable)
    def render_drop_quarantine_table(
        self, change: c.DropQuarantineTable, catalog: Catalog | None
    ) -> list[Step]:
        name = self.qualify(change.table)
        # Nested IFs: the inner query is planned only once the table is known to exist.
        sql = self._do(
            f"  IF to_regclass({self.literal(name)}) IS NOT NULL THEN\n"
            f"    IF NOT EXISTS (SELECT 1 FROM {name}) THEN\n"
            f"      DROP TABLE {name};\n    END IF;\n  END IF;"
        )
        return [Step(change, (sql,), locks=f"ACCESS EXCLUSIVE on {change.table} (unused)")]

    @renders(c.QuarantineOrphans)
    def render_quarantine_orphans(
        self, change: c.QuarantineOrphans, catalog: Catalog | None
    ) -> list[Step]:
        sql = quarantine.PostgresqlOrphans(self, change, orphans.child_table(change, catalog))
        return [
            Step(
                change,
                tuple(sql.quarantine()),
                locks=f"ROW EXCLUSIVE on {change.table}: only the orphan rows are locked",
                reason_text=base.orphan_reason(change),
            )
        ]

    @renders(c.RestoreOrphans)
    def render_restore_orphans(
        self, change: c.RestoreOrphans, catalog: Catalog | None
    ) -> list[Step]:
        table = orphans.child_table(change, catalog)
        statements = quarantine.PostgresqlOrphans(self, change, table).restore()
        fk = change.foreign_key
        declared = any(own.name == fk.name for own in table.foreign_keys)
        if not declared:
            return [
                Step(
                    change,
                    tuple(statements),
                    locks=f"ROW EXCLUSIVE on {change.table}: only the restored rows are locked",
                )
            ]
        # A declared constraint (NOT VALID when planned) still checks new rows: take it off,
        # put the rows back, and add it again NOT VALID, as it was.
        definition = (
            f"FOREIGN KEY ({self.columns(fk.columns)}) "
            f"REFERENCES {self.qualify(fk.referred_table)} ({self.columns(fk.referred_columns)}) "
            f"ON DELETE {fk.on_delete}{_on_update(fk.on_update)} NOT VALID"
        )
        drop = (
            f"ALTER TABLE {self.qualify(change.table)} "
            f"DROP CONSTRAINT IF EXISTS {self.quote(fk.name or '')};"
        )
        return [
            Step(
                change,
                (
                    statements[0],
                    drop,
                    *statements[1:],
                    self.add_constraint_once(change.table, fk.name or "", definition),
                ),
                locks=f"ACCESS EXCLUSIVE on {change.table} while the rows go back",
            )
        ]

    # --- helpers ---------------------------------------------------------------------------
    def client_commands(self) -> tuple[str, ...]:
        # psql runs on after an error unless told otherwise.
        return ("\\set ON_ERROR_STOP on",)

    def add_constraint_once(self, table: TableName, name: str, definition: str) -> str:
        """ADD CONSTRAINT, skipped when a constraint of that name is already on the table."""
        return self._do(
            f"  IF NOT EXISTS ({self._constraint_exists(table, name)}) THEN\n"
            f"    ALTER TABLE {self.qualify(table)} ADD CONSTRAINT {self.quote(name)}\n"
            f"      {definition};\n  END IF;"
        )

    def guard(self, condition: str, message: str) -> str:
        """A statement that fails with `message` unless `condition` (SQL) holds."""
        return self._do(
            f"  IF NOT ({condition}) THEN\n"
            f"    RAISE EXCEPTION USING MESSAGE = {self.literal(message)};\n  END IF;"
        )

    def _do(self, body: str, declare: str = "") -> str:
        tag = "$sd$"
        while tag in body or tag in declare:
            tag = tag[:-1] + "x$"
        variables = f"DECLARE\n{declare.rstrip()}\n" if declare else ""
        return f"DO {tag}\n{variables}BEGIN\n{body}\nEND\n{tag};"

    def _where_table(self, table: TableName) -> str:
        schema = (
            f"n.nspname = {self.literal(table.schema)}"
            if table.schema
            else "n.nspname = current_schema()"
        )
        return f"t.relname = {self.literal(table.name)} AND {schema}"

    def _constraint_exists(self, table: TableName, name: str) -> str:
        return (
            "SELECT 1 FROM pg_catalog.pg_constraint c "
            "JOIN pg_catalog.pg_class t ON t.oid = c.conrelid "
            "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
            f"WHERE c.conname = {self.literal(name)} AND {self._where_table(table)}"
        )

    def _nullable_column(self, table: TableName, column: str) -> str:
        return (
            "SELECT 1 FROM pg_catalog.pg_attribute a "
            "JOIN pg_catalog.pg_class t ON t.oid = a.attrelid "
            "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
            f"WHERE a.attname = {self.literal(column)} AND NOT a.attnotnull "
            f"AND {self._where_table(table)}"
        )


def _partitioned(table: TableName, catalog: Catalog | None) -> bool:
    found = catalog.table(table) if catalog is not None else None
    return found is not None and found.partitioned


def _on_update(action: str) -> str:
    return "" if action == "NO ACTION" else f" ON UPDATE {action}"
