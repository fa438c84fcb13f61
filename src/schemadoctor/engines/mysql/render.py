"""MySQL and MariaDB: online DDL (ALGORITHM=INPLACE, LOCK=NONE) where the engine allows it,
and the script says plainly where it does not.

Idempotence: MariaDB has IF [NOT] EXISTS for every ALTER TABLE clause used here; on MySQL each
ALTER runs through a prepared statement chosen by an information_schema lookup, which the
`mysql` client and any driver run alike.

Foreign keys: with foreign_key_checks=1, adding one copies the whole table (ALGORITHM=COPY:
reads continue, writes wait until the copy ends), because InnoDB checks every row. The default
here (`fk_method="online"`) adds it with foreign_key_checks=0 and ALGORITHM=INPLACE,
LOCK=NONE instead (a metadata change: writes continue), after the orphan step has moved the
orphans away and the index exists; a check right after proves that no orphan slipped in
between, and fails the script if one did (running the script again quarantines it, the
constraint now stopping new ones). `fk_method="copy"` lets InnoDB check the rows itself at
the cost of the blocking copy.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from schemadoctor.engines import quarantine as orphans
from schemadoctor.engines import rendering as base
from schemadoctor.engines.mysql import quarantine
from schemadoctor.engines.rendering import renders
from schemadoctor.model import changes as c
from schemadoctor.model.catalog import (
    Catalog,
    Column,
    Index,
    IndexElement,
    TableName,
    TypeFamily,
    UniqueConstraint,
)
from schemadoctor.model.script import Step

if TYPE_CHECKING:
    from schemadoctor.engines.mysql import MySQL

_ONLINE = "ALGORITHM=INPLACE, LOCK=NONE"


class Renderer(base.Renderer):
    unsupported: ClassVar[dict[type[c.Change], str]] = {
        c.RebuildIndex: "MySQL and MariaDB leave no INVALID index to rebuild",
    }

    def __init__(self, adapter: MySQL, settings: base.RenderSettings | None = None) -> None:
        super().__init__(adapter, settings)
        if self.options.mysql_fk not in base.MYSQL_FK_METHODS:
            raise ValueError(f"unknown foreign key method {self.options.mysql_fk!r}")
        self.alter_if_exists = adapter.alter_if_exists

    @property
    def fk_method(self) -> str:
        return self.options.mysql_fk

    def settings(self) -> tuple[str, ...]:
        seconds = max(1, round(self.options.lock_timeout))
        return (
            f"SET SESSION lock_wait_timeout = {seconds};",
            f"SET SESSION innodb_lock_wait_timeout = {seconds};",
        )

    # --- indexes ---------------------------------------------------------------------------
    @renders(c.CreateIndex)
    def render_create_index(self, change: c.CreateIndex, catalog: Catalog | None) -> list[Step]:
        index = change.index
        if index.predicate:
            raise NotImplementedError("MySQL and MariaDB have no partial indexes")
        kind = "UNIQUE INDEX" if index.unique else "INDEX"
        online, locks = _ONLINE, f"metadata lock on {change.table} briefly; writes continue"
        if index.method in ("fulltext", "spatial"):
            kind = f"{index.method.upper()} INDEX"
            online = "ALGORITHM=INPLACE, LOCK=SHARED"
            locks = f"SHARED lock on {change.table}: writes wait while the index builds"
        using = " USING HASH" if index.method == "hash" else ""
        table = self.qualify(change.table)
        name = self.quote(index.name)
        keys = f"({self.index_keys(index)}){using}"
        if self.alter_if_exists:
            sql: tuple[str, ...] = (
                f"ALTER TABLE {table} ADD {kind} IF NOT EXISTS {name} {keys}, {online};",
            )
        else:
            sql = self._unless(
                self._index_exists(change.table, index.name),
                f"ALTER TABLE {table} ADD {kind} {name} {keys}, {online}",
            )
        return [Step(change, sql, transactional=False, locks=locks)]

    @renders(c.DropIndex)
    def render_drop_index(self, change: c.DropIndex, catalog: Catalog | None) -> list[Step]:
        table = self.qualify(change.table)
        name = self.quote(change.index.name)
        if self.alter_if_exists:
            sql: tuple[str, ...] = (f"ALTER TABLE {table} DROP INDEX IF EXISTS {name}, {_ONLINE};",)
        else:
            sql = self._when(
                self._index_exists(change.table, change.index.name),
                f"ALTER TABLE {table} DROP INDEX {name}, {_ONLINE}",
            )
        return [
            Step(
                change,
                sql,
                transactional=False,
                locks=f"metadata lock on {change.table} briefly; writes continue",
            )
        ]

    # --- foreign keys ----------------------------------------------------------------------
    @renders(c.AddForeignKey)
    def render_add_foreign_key(
        self, change: c.AddForeignKey, catalog: Catalog | None
    ) -> list[Step]:
        fk = change.foreign_key
        table = self.qualify(change.table)
        name = self.quote(fk.name or "")
        online = self.fk_method == "online"
        body = (
            f"({self.columns(fk.columns)}) "
            f"REFERENCES {self.qualify(fk.referred_table)} ({self.columns(fk.referred_columns)}) "
            f"ON DELETE {fk.on_delete}{_on_update(fk.on_update)}"
        )
        algorithm = f", {_ONLINE}" if online else ""
        if self.alter_if_exists:
            sql: tuple[str, ...] = (
                f"ALTER TABLE {table} ADD CONSTRAINT {name} FOREIGN KEY IF NOT EXISTS "
                f"{body}{algorithm};",
            )
        else:
            sql = self._unless(
                self._constraint_exists(change.table, fk.name or "", "FOREIGN KEY"),
                f"ALTER TABLE {table} ADD CONSTRAINT {name} FOREIGN KEY {body}{algorithm}",
            )
        if not online:
            return [
                Step(
                    change,
                    sql,
                    transactional=False,
                    locks=(
                        f"copies {change.table} (foreign_key_checks=1: InnoDB checks every row): "
                        "reads continue, writes wait for the whole copy"
                    ),
                )
            ]
        checked = orphans.orphan_predicate(self, fk)
        verify = self.guard(
            f"NOT EXISTS (SELECT 1 FROM {table} AS {orphans.CHILD} WHERE {checked})",
            f"schemadoctor: orphans remain for {fk.name}",
        )
        return [
            Step(
                change,
                (
                    "SET SESSION foreign_key_checks = 0;",
                    *sql,
                    "SET SESSION foreign_key_checks = 1;",
                ),
                transactional=False,
                locks=(
                    f"metadata lock on {change.table} and {fk.referred_table} briefly; writes "
                    "continue (foreign_key_checks=0: no copy, rows checked by the next step)"
                ),
            ),
            Step(
                change,
                verify,
                transactional=False,
                locks=f"none: reads {change.table} to prove no orphan slipped in",
                title_text=f"check that no row of {change.table} breaks {fk.name}",
                reason_text=(
                    "the constraint was added without InnoDB's row check; an orphan written "
                    "since the orphan step fails this step (run the script again to move it)"
                ),
            ),
        ]

    @renders(c.DropForeignKey)
    def render_drop_foreign_key(
        self, change: c.DropForeignKey, catalog: Catalog | None
    ) -> list[Step]:
        table = self.qualify(change.table)
        name = change.foreign_key.name or ""
        if self.alter_if_exists:
            sql: tuple[str, ...] = (
                f"ALTER TABLE {table} DROP FOREIGN KEY IF EXISTS {self.quote(name)}, {_ONLINE};",
            )
        else:
            sql = self._when(
                self._constraint_exists(change.table, name, "FOREIGN KEY"),
                f"ALTER TABLE {table} DROP FOREIGN KEY {self.quote(name)}, {_ONLINE}",
            )
        return [
            Step(
                change,
                sql,
                transactional=False,
                locks=f"metadata lock on {change.table} briefly; writes continue",
            )
        ]

    @renders(c.ValidateConstraint)
    def render_validate_constraint(
        self, change: c.ValidateConstraint, catalog: Catalog | None
    ) -> list[Step]:
        return []  # Checked when added: by InnoDB (copy) or by the step after it (online).

    # --- checks and NOT NULL ---------------------------------------------------------------
    @renders(c.AddCheck)
    def render_add_check(self, change: c.AddCheck, catalog: Catalog | None) -> list[Step]:
        if not self.adapter.supports.enforces_checks:
            raise base.Unsupported(
                "this server does not enforce CHECK constraints (MySQL 8.0.16+, MariaDB 10.2+)"
            )
        table = self.qualify(change.table)
        name = change.check.name or ""
        body = f"CHECK ({change.check.expression})"
        if self.alter_if_exists:
            sql: tuple[str, ...] = (
                f"ALTER TABLE {table} ADD CONSTRAINT IF NOT EXISTS {self.quote(name)} {body};",
            )
        else:
            sql = self._unless(
                self._constraint_exists(change.table, name, "CHECK"),
                f"ALTER TABLE {table} ADD CONSTRAINT {self.quote(name)} {body}",
            )
        return [
            Step(
                change,
                sql,
                transactional=False,
                locks=(
                    f"copies {change.table} (ALGORITHM=COPY, every row checked): reads "
                    "continue, writes wait for the whole copy"
                ),
            )
        ]

    @renders(c.DropCheck)
    def render_drop_check(self, change: c.DropCheck, catalog: Catalog | None) -> list[Step]:
        table = self.qualify(change.table)
        name = change.check.name or ""
        if self.alter_if_exists:
            sql: tuple[str, ...] = (
                f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {self.quote(name)};",
            )
        else:
            sql = self._when(
                self._constraint_exists(change.table, name, "CHECK"),
                f"ALTER TABLE {table} DROP CHECK {self.quote(name)}",
            )
        return [
            Step(
                change,
                sql,
                transactional=False,
                locks=f"metadata lock on {change.table} briefly; writes continue",
            )
        ]

    @renders(c.SetNotNull)
    def render_set_not_null(self, change: c.SetNotNull, catalog: Catalog | None) -> list[Step]:
        return self._modify_nullability(change, catalog, nullable=False)

    @renders(c.DropNotNull)
    def render_drop_not_null(self, change: c.DropNotNull, catalog: Catalog | None) -> list[Step]:
        return self._modify_nullability(change, catalog, nullable=True)

    def _modify_nullability(
        self, change: c.SetNotNull | c.DropNotNull, catalog: Catalog | None, *, nullable: bool
    ) -> list[Step]:
        """MODIFY COLUMN restates the whole column: type, collation, default and comment from
        the catalog; a column with anything the catalog does not hold (AUTO_INCREMENT,
        ON UPDATE, generated) is refused by a guard rather than silently changed."""
        table = catalog.table(change.table) if catalog is not None else None
        column = table.column(change.column) if table is not None else None
        if column is None:
            raise NotImplementedError(f"changing {change.table}.{change.column} needs its catalog")
        if column.generated or column.identity:
            raise NotImplementedError(
                f"{change.table}.{change.column} is generated or AUTO_INCREMENT: change it by hand"
            )
        definition = f"{column.type}{_attributes(self, column, nullable)}"
        sql = (
            f"ALTER TABLE {self.qualify(change.table)} MODIFY COLUMN "
            f"{self.quote(column.name)} {definition}, {_ONLINE};"
        )
        plain = self.guard(
            "(SELECT COUNT(*) FROM information_schema.COLUMNS WHERE "
            f"{self._table_filter(change.table)} AND COLUMN_NAME = {self.literal(column.name)} "
            "AND EXTRA IN ('', 'DEFAULT_GENERATED')) = 1",
            f"schemadoctor: {column.name} has attributes not restated"[:64],
        )
        # Strict mode turns a NULL left in the column into an error, never into '' or 0.
        strict = "SET SESSION sql_mode = CONCAT_WS(',', @@SESSION.sql_mode, 'STRICT_ALL_TABLES');"
        return [
            Step(
                change,
                (*plain, strict, sql),
                transactional=False,
                locks=f"rebuilds {change.table} in place (LOCK=NONE): writes continue",
            )
        ]

    # --- orphans ---------------------------------------------------------------------------
    @renders(c.CreateQuarantineTable)
    def render_create_quarantine_table(
        self, change: c.CreateQuarantineTable, catalog: Catalog | None
    ) -> list[Step]:
        sql = quarantine.create_table_sql(self, change.table)
        return [Step(change, (sql,), transactional=False, locks="none: a new table")]

    @renders(c.DropQuarantineTable)
    def render_drop_quarantine_table(
        self, change: c.DropQuarantineTable, catalog: Catalog | None
    ) -> list[Step]:
        name = self.qualify(change.table)
        sql = (
            quarantine.create_table_sql(self, change.table),
            *self._unless(f"SELECT 1 FROM {name}", f"DROP TABLE {name}"),
        )
        return [Step(change, sql, transactional=False, locks=f"metadata lock on {change.table}")]

    @renders(c.QuarantineOrphans)
    def render_quarantine_orphans(
        self, change: c.QuarantineOrphans, catalog: Catalog | None
    ) -> list[Step]:
        sql = quarantine.MysqlOrphans(self, change, orphans.child_table(change, catalog))
        return [
            Step(
                change,
                tuple(sql.quarantine()),
                setup=tuple(sql.setup()),
                teardown=tuple(sql.teardown()),
                locks=f"row locks on the orphan rows of {change.table} (FOR UPDATE)",
                reason_text=base.orphan_reason(change),
            )
        ]

    @renders(c.RestoreOrphans)
    def render_restore_orphans(
        self, change: c.RestoreOrphans, catalog: Catalog | None
    ) -> list[Step]:
        sql = quarantine.MysqlOrphans(self, change, orphans.child_table(change, catalog))
        # The rows go back as they were, broken reference included: without the FK check.
        return [
            Step(
                change,
                tuple(sql.restore()),
                setup=(*sql.setup(), "SET SESSION foreign_key_checks = 0;"),
                teardown=("SET SESSION foreign_key_checks = 1;",),
                locks=f"row locks on the restored rows of {change.table}",
            )
        ]

    # --- helpers ---------------------------------------------------------------------------
    def guard(self, condition: str, message: str) -> tuple[str, ...]:
        """Statements that fail with `message` (at most 64 characters: it is a column name)
        unless `condition` holds: a NULL into a NOT NULL column in strict mode, and a CHECK
        where the mode is not strict."""
        guard = self.quote("schemadoctor_guard")
        column = self.quote(message[:64])
        return (
            f"DROP TEMPORARY TABLE IF EXISTS {guard};",
            f"CREATE TEMPORARY TABLE {guard} ({column} INT NOT NULL, CHECK ({column} = 1));",
            f"INSERT INTO {guard} SELECT CASE WHEN {condition} THEN 1 END;",
            f"DROP TEMPORARY TABLE {guard};",
        )

    def _table_filter(self, table: TableName) -> str:
        schema = self.literal(table.schema) if table.schema else "DATABASE()"
        return f"TABLE_SCHEMA = {schema} AND TABLE_NAME = {self.literal(table.name)}"

    def _index_exists(self, table: TableName, name: str) -> str:
        return (
            f"SELECT 1 FROM information_schema.STATISTICS WHERE {self._table_filter(table)} "
            f"AND INDEX_NAME = {self.literal(name)}"
        )

    def _constraint_exists(self, table: TableName, name: str, kind: str) -> str:
        return (
            f"SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE {self._table_filter(table)} "
            f"AND CONSTRAINT_NAME = {self.literal(name)} AND CONSTRAINT_TYPE = {self.literal(kind)}"
        )

    def _unless(self, exists: str, statement: str) -> tuple[str, ...]:
        """`statement` when the query `exists` returns no row: a prepared statement, since
        MySQL has no IF outside stored programs."""
        return self._choose(f"EXISTS ({exists})", "DO 0", statement)

    def _when(self, exists: str, statement: str) -> tuple[str, ...]:
        return self._choose(f"EXISTS ({exists})", statement, "DO 0")

    def _choose(self, condition: str, then: str, otherwise: str) -> tuple[str, ...]:
        return (
            f"SET @schemadoctor_sql = IF({condition}, {self.literal(then)}, "
            f"{self.literal(otherwise)});",
            "PREPARE schemadoctor_stmt FROM @schemadoctor_sql;",
            "EXECUTE schemadoctor_stmt;",
            "DEALLOCATE PREPARE schemadoctor_stmt;",
        )

    @renders(c.AlterColumnType)
    def render_alter_column_type(
        self, change: c.AlterColumnType, catalog: Catalog | None
    ) -> list[Step]:
        sql = (
            f"ALTER TABLE {self.qualify(change.table)} MODIFY COLUMN {self.quote(change.column)} "
            f"{change.new_type}{self._restated(change, catalog)};"
        )
        return [
            Step(change, (sql,), locks=f"copies {change.table}: blocks writes for the duration")
        ]

    def _restated(self, change: c.AlterColumnType, catalog: Catalog | None) -> str:
        """MODIFY COLUMN replaces the whole definition: restate the column's NOT NULL,
        default, collation and comment, or they are silently lost."""
        table = catalog.table(change.table) if catalog is not None else None
        column = table.column(change.column) if table is not None else None
        return _attributes(self, column, column.nullable) if column is not None else ""

    @renders(c.ConvertKeyType, c.RestoreKeyType)
    def render_convert_key_type(
        self, change: c.ConvertKeyType, catalog: Catalog | None
    ) -> list[Step]:
        from schemadoctor.engines.mysql.convert import KeyConversion

        return KeyConversion(self, change, catalog).steps()

    @renders(c.AddUniqueConstraint)
    def render_add_unique_constraint(
        self, change: c.AddUniqueConstraint, catalog: Catalog | None
    ) -> list[Step]:
        # A unique constraint is a unique index to InnoDB: built in place, writes continue.
        index = _unique_index(change.constraint)
        steps = self.render_create_index(c.CreateIndex(table=change.table, index=index), catalog)
        return [replace(step, change=change) for step in steps]

    @renders(c.DropUniqueConstraint)
    def render_drop_unique_constraint(
        self, change: c.DropUniqueConstraint, catalog: Catalog | None
    ) -> list[Step]:
        """InnoDB drops the index it made for a foreign key once another index (this one)
        serves it, and then refuses to drop this one: the index the catalog had for the key
        comes back first."""
        index = _unique_index(change.constraint)
        restore = [
            self.render_create_index(c.CreateIndex(table=change.table, index=kept), catalog)
            for kept in _served_foreign_key_indexes(change.table, index, catalog)
        ]
        steps = [step for steps in restore for step in steps]
        steps += self.render_drop_index(c.DropIndex(table=change.table, index=index), catalog)
        return [replace(step, change=change) for step in steps]

    @renders(c.AddPrimaryKey)
    def render_add_primary_key(
        self, change: c.AddPrimaryKey, catalog: Catalog | None
    ) -> list[Step]:
        # The unique index becomes redundant the moment the key exists: replace it in the
        # same statement (InnoDB rebuilds the table once, writes continue).
        drop = f", DROP INDEX {self.quote(change.using_index.name)}" if change.using_index else ""
        sql = (
            f"ALTER TABLE {self.qualify(change.table)} "
            f"ADD PRIMARY KEY ({self.columns(change.primary_key.columns)}){drop}, {_ONLINE};"
        )
        return [Step(change, (sql,), locks=f"rebuilds {change.table} online; writes continue")]

    @renders(c.DropPrimaryKey)
    def render_drop_primary_key(
        self, change: c.DropPrimaryKey, catalog: Catalog | None
    ) -> list[Step]:
        restore = ""
        if change.restore_index is not None:
            restore = (
                f", ADD UNIQUE INDEX {self.quote(change.restore_index.name)} "
                f"({self.index_keys(change.restore_index)})"
            )
        sql = f"ALTER TABLE {self.qualify(change.table)} DROP PRIMARY KEY{restore};"
        return [Step(change, (sql,), locks=f"copies {change.table}: blocks writes meanwhile")]


def _served_foreign_key_indexes(
    table: TableName, index: Index, catalog: Catalog | None
) -> list[Index]:
    """The catalog's indexes for the foreign keys whose columns lead `index` (which InnoDB
    may have dropped in its favour)."""
    found = catalog.table(table) if catalog is not None else None
    if found is None:
        return []
    keep = []
    for foreign_key in found.foreign_keys:
        width = len(foreign_key.columns)
        if tuple(index.columns[:width]) != tuple(foreign_key.columns):
            continue
        for other in found.indexes:
            if other.name != index.name and tuple(other.columns[:width]) == foreign_key.columns:
                keep.append(other)
                break
    return keep


def _unique_index(constraint: UniqueConstraint) -> Index:
    return Index(
        name=constraint.name or "",
        elements=tuple(IndexElement(column) for column in constraint.columns),
        unique=True,
    )


def _on_update(action: str) -> str:
    # MySQL spells the default RESTRICT, PostgreSQL NO ACTION; for InnoDB they are the same.
    return "" if action in ("NO ACTION", "RESTRICT") else f" ON UPDATE {action}"


def _attributes(renderer: Renderer, column: Column, nullable: bool) -> str:
    text = ""
    if column.collation and column.family == TypeFamily.TEXT:
        text += f" COLLATE {column.collation}"
    text += " NULL" if nullable else " NOT NULL"
    if column.default is not None:
        text += f" DEFAULT {column.default}"
    if column.comment:
        text += f" COMMENT {renderer.literal(column.comment)}"
    return text
