"""PostgreSQL: changing the type of a key and of every column referencing it, together.

Small tables (up to `RenderSettings.online_rewrite_rows` rows in all) are converted in one
transaction: `ALTER COLUMN ... TYPE ... USING`, which rewrites each table under an ACCESS
EXCLUSIVE lock, with the foreign keys between them taken off and put back.

Bigger ones are converted online, in steps that each hold a strong lock only for an instant:

1. a shadow column of the new type beside each converted column, kept in step with it by a
   trigger on every insert and update (a value that does not convert is refused from then on);
2. a batched backfill of the existing rows (page ranges, one commit per batch, progress in the
   session's application_name);
3. a CHECK (shadow IS NOT NULL) NOT VALID, validated under a lock writers pass, where the
   column was NOT NULL (so that SET NOT NULL needs no scan later);
4. each index on a converted column rebuilt on the shadow column, CONCURRENTLY;
5. the swap, in one short transaction across the key graph: foreign keys off, old columns
   dropped, shadow columns renamed into place, the new indexes renamed (the primary key and
   unique constraints re-attached USING INDEX), defaults and sequences carried over, foreign
   keys back NOT VALID; a guard refuses to drop anything else that depends on an old column;
6. the foreign keys validated, under a lock writers pass.

Every step is idempotent: each checks the column's current type first, so a resumed apply
(or the same script run twice) does no work twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from schemadoctor.model import changes as c
from schemadoctor.model.catalog import Catalog, Index, Table, TableName
from schemadoctor.model.script import Step

if TYPE_CHECKING:
    from schemadoctor.engines.postgresql.render import Renderer

REWRITE_ROWS_PER_SECOND = 250_000
"""Rough speed of an ALTER ... TYPE rewrite with its indexes, for the lock estimate."""
BATCH_ROWS = 5_000
"""Rows per backfill batch (each batch one transaction, its rows locked until it commits)."""
_CONCURRENT = "SHARE UPDATE EXCLUSIVE on {table}: reads and writes continue"


@dataclass
class _Part:
    """One table of the key graph with its converted columns."""

    table: Table
    members: list[c.ConvertedColumn]
    shadow: dict[str, str] = field(default_factory=dict)
    """Converted column -> its shadow column."""
    indexes: list[tuple[Index, str]] = field(default_factory=list)
    """Each index on a converted column, with the name of its twin on the shadow columns."""

    @property
    def name(self) -> TableName:
        return self.table.name


class KeyConversion:
    def __init__(self, renderer: Renderer, change: c.ConvertKeyType, catalog: Catalog | None):
        self.r = renderer
        self.change = change
        self.catalog = catalog
        self.parts = self._parts()

    # --- choosing ----------------------------------------------------------------------------
    def _parts(self) -> list[_Part]:
        parts: dict[TableName, _Part] = {}
        for member in self.change.members:
            table = self.catalog.table(member.table) if self.catalog is not None else None
            if table is None:
                raise NotImplementedError(f"converting {member.table} needs it in the catalog")
            part = parts.setdefault(member.table, _Part(table, []))
            part.members.append(member)
            part.shadow[member.column] = self.r.object_name(member.column, suffix="sd_new")
        for part in parts.values():
            converted = {member.column for member in part.members}
            for index in part.table.indexes:
                if any(element.column in converted for element in index.elements):
                    part.indexes.append((index, self.r.object_name(index.name, suffix="sd")))
        # Children before the key's table: a writer inserting a child row locks the child,
        # then the parent (its foreign key check); taking the locks the same way round
        # avoids a deadlock with it.
        key = self.change.key.table
        return sorted(parts.values(), key=lambda part: part.name == key)

    def online_refusal(self) -> str | None:
        """Why the conversion cannot run online (None: it can)."""
        numbers = self.r.adapter.version_numbers
        if numbers and numbers < (14,):
            return "the batched backfill needs PostgreSQL 14 (TID range scans)"
        for part in self.parts:
            table = part.table
            if table.partitioned:
                return f"{table.name} is partitioned (no CONCURRENTLY index build)"
            converted = {member.column for member in part.members}
            for member in part.members:
                column = table.column(member.column)
                if (
                    column is not None
                    and column.identity
                    and "nextval(" not in (column.default or "")
                ):
                    return f"{table.name}.{member.column} is an identity column"
                if column is not None and column.generated:
                    return f"{table.name}.{member.column} is generated"
            for index, _ in part.indexes:
                for element in index.elements:
                    if element.column in converted and (element.opclass or element.collation):
                        return f"index {index.name} has an operator class or collation"
                text = " ".join(
                    [index.predicate or "", *(e.expression or "" for e in index.elements)]
                )
                if any(name in text for name in converted):
                    return f"index {index.name} uses a converted column in an expression"
            for check in table.checks:
                if any(name in check.expression for name in converted):
                    return f"check {check.name} on {table.name} uses a converted column"
        return None

    def steps(self) -> list[Step]:
        rows = self.change.rows
        threshold = self.r.options.online_rewrite_rows
        if rows <= threshold:
            return [self._rewrite(f"{rows:,} rows, at most {threshold:,}: one rewrite")]
        refusal = self.online_refusal()
        if refusal is not None:
            return [self._rewrite(f"online conversion impossible: {refusal}")]
        return self._online()

    # --- SQL pieces --------------------------------------------------------------------------
    def _literal_table(self, name: TableName) -> str:
        return self.r.literal(self.r.qualify(name))

    def _attribute(self, name: TableName, column: str, what: str) -> str:
        return (
            f"(SELECT {what} FROM pg_catalog.pg_attribute a WHERE a.attrelid = "
            f"to_regclass({self._literal_table(name)}) AND a.attname = {self.r.literal(column)} "
            "AND NOT a.attisdropped)"
        )

    def _still_old(self, member: c.ConvertedColumn) -> str:
        """The column has not got its new type yet."""
        current = self._attribute(
            member.table, member.column, "format_type(a.atttypid, a.atttypmod)"
        )
        return f"{current} IS DISTINCT FROM {self.r.literal(member.new_type)}"

    def _pending(self, part: _Part) -> str:
        """This conversion is under way on the table: its shadow columns are there and the
        columns do not have their new type yet (a shadow left by an unfinished conversion the
        other way is not this one's to fill)."""
        shadow = part.shadow[part.members[0].column]
        old = " OR ".join(f"({self._still_old(m)})" for m in part.members)
        return f"{self._has_column(part.name, shadow)} AND ({old})"

    def _has_column(self, name: TableName, column: str) -> str:
        return f"{self._attribute(name, column, '1')} IS NOT NULL"

    def _any_old(self) -> str:
        return " OR ".join(f"({self._still_old(m)})" for m in self.change.members)

    def _cast(self, expression: str, member: c.ConvertedColumn) -> str:
        return f"CAST({expression} AS {member.new_type})"

    def _function(self, part: _Part) -> str:
        name = self.r.object_name(part.name.name, suffix="sd_sync")
        return self.r.qualify(TableName(part.name.schema, name))

    def _trigger(self, part: _Part, which: str = "ins") -> str:
        return self.r.quote(self.r.object_name(part.name.name, which, suffix="sd_sync"))

    def _stale(self, part: _Part) -> str:
        """A row the update trigger must fill: a shadow empty, or a column changed."""
        tests = []
        for member in part.members:
            column, shadow = self.r.quote(member.column), self.r.quote(part.shadow[member.column])
            tests.append(f"NEW.{shadow} IS NULL OR NEW.{column} IS DISTINCT FROM OLD.{column}")
        return " OR ".join(tests)

    def _not_null_check(self, part: _Part, member: c.ConvertedColumn) -> str:
        return self.r.object_name(part.name.name, part.shadow[member.column], suffix="nn")

    def _foreign_keys_loop(self, not_valid: bool) -> tuple[str, str, str]:
        """Declarations, the loop taking off every foreign key on a converted column (from
        either side, declared at plan time or since), and the loop putting them back, from
        PostgreSQL's own text of each (DEFERRABLE, MATCH and actions kept)."""
        sides = []
        for member in self.change.members:
            table = f"to_regclass({self._literal_table(member.table)})"
            number = self._attribute(member.table, member.column, "a.attnum")
            sides.append(f"(k.conrelid = {table} AND {number} = ANY(k.conkey))")
            sides.append(f"(k.confrelid = {table} AND {number} = ANY(k.confkey))")
        suffix = " NOT VALID" if not_valid else ""
        declare = "  fk record;\n  readd text[] := '{}';\n  statement text;\n"
        drop = (
            "  FOR fk IN SELECT DISTINCT k.oid, k.conname, k.conrelid::regclass AS tbl, "
            "pg_get_constraintdef(k.oid) AS def\n"
            "      FROM pg_catalog.pg_constraint k WHERE k.contype = 'f' AND (\n        "
            + "\n        OR ".join(sides)
            + ")\n  LOOP\n"
            "    readd := readd || format('ALTER TABLE %s ADD CONSTRAINT %I %s', fk.tbl, "
            f"fk.conname, fk.def || CASE WHEN fk.def LIKE '%NOT VALID' THEN '' "
            f"ELSE {self.r.literal(suffix)} END);\n"
            "    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', fk.tbl, fk.conname);\n"
            "  END LOOP;\n"
        )
        readd = "  FOREACH statement IN ARRAY readd LOOP\n    EXECUTE statement;\n  END LOOP;\n"
        return declare, drop, readd

    def _lock_all(self) -> str:
        tables = ", ".join(self.r.qualify(part.name) for part in self.parts)
        return f"  LOCK TABLE {tables} IN ACCESS EXCLUSIVE MODE;\n"

    def _sequence(self, member: c.ConvertedColumn, mode: str) -> str:
        """plpgsql moving the column's sequence (serial): `release` it before the old column
        goes (OWNED BY NONE, or it would go with the column), `attach` it to the new column
        after (OWNED BY, AS the new integer type), or just `retype` it in place."""
        table = self._literal_table(member.table)
        find = f"  sequence := pg_get_serial_sequence({table}, {self.r.literal(member.column)});\n"
        lines = ["  IF sequence IS NOT NULL THEN"]
        if mode == "release":
            lines.append("    EXECUTE format('ALTER SEQUENCE %s OWNED BY NONE', sequence);")
        if mode == "attach":
            owner = self.r.literal(f"{self.r.qualify(member.table)}.{self.r.quote(member.column)}")
            lines.append(f"    EXECUTE format('ALTER SEQUENCE %s OWNED BY %s', sequence, {owner});")
        if mode in ("attach", "retype") and self.change.conversion == "integer":
            lines.append(
                f"    EXECUTE format('ALTER SEQUENCE %s AS %s', sequence, "
                f"{self.r.literal(member.new_type)});"
            )
        if len(lines) == 1:
            return ""
        lines.append("  END IF;")
        return (find if mode != "attach" else "") + "\n".join(lines) + "\n"

    # --- one rewrite -------------------------------------------------------------------------
    def _rewrite(self, why: str) -> Step:
        declare, drop, readd = self._foreign_keys_loop(not_valid=False)
        body = [self._lock_all(), drop]
        for part in self.parts:
            clauses = []
            for member in part.members:
                column = self.r.quote(member.column)
                clauses.append(f"ALTER COLUMN {column} DROP DEFAULT")
                clauses.append(
                    f"ALTER COLUMN {column} TYPE {member.new_type} USING "
                    f"{self._cast(column, member)}"
                )
                if member.new_default is not None:
                    clauses.append(f"ALTER COLUMN {column} SET DEFAULT {member.new_default}")
            condition = " OR ".join(f"({self._still_old(m)})" for m in part.members)
            body.append(
                f"  IF {condition} THEN\n    ALTER TABLE {self.r.qualify(part.name)}\n      "
                + ",\n      ".join(clauses)
                + ";\n  END IF;\n"
            )
        body += [self._sequence(m, "retype") for m in self.change.members]
        body.append(readd)
        sql = self.r._do(
            f"  IF NOT ({self._any_old()}) THEN\n    RETURN;\n  END IF;\n" + "".join(body),
            declare=declare + "  sequence text;\n",
        )
        tables = ", ".join(str(part.name) for part in self.parts)
        seconds = self.change.rows / REWRITE_ROWS_PER_SECOND
        return Step(
            self.change,
            (sql,),
            locks=(
                f"ACCESS EXCLUSIVE on {tables} for the whole rewrite: reads and writes wait, "
                f"about {seconds:.1f} s for {self.change.rows:,} rows (estimated at "
                f"{REWRITE_ROWS_PER_SECOND:,} rows/s; {why})"
            ),
            also=self._verified(),
        )

    def _verified(self) -> tuple[c.Change, ...]:
        """Every converted column but the key, for verification to check its type."""
        return tuple(
            c.AlterColumnType(
                table=member.table,
                column=member.column,
                new_type=member.new_type,
                old_type=member.old_type,
                reason=self.change.reason,
            )
            for member in self.change.members[1:]
        )

    # --- online ------------------------------------------------------------------------------
    def _online(self) -> list[Step]:
        steps: list[Step] = []
        steps += [self._prepare(part) for part in self.parts]
        steps += [self._backfill(part) for part in self.parts]
        proofs = [part for part in self.parts if any(not m.nullable for m in part.members)]
        steps += [self._add_not_null_proof(part) for part in proofs]
        steps += [self._validate_not_null_proof(part) for part in proofs]
        for part in self.parts:
            steps += [self._build_index(part, index, twin) for index, twin in part.indexes]
        steps.append(self._swap())
        if self.change.foreign_keys:
            steps.append(self._validate_foreign_keys())
        steps += [self._vacuum(part) for part in self.parts]
        steps += [self._clean_up(part) for part in self.parts]
        return [replace(step, meta={"method": "online"}) for step in steps]

    def _clean_up(self, part: _Part) -> Step:
        """Once the columns have their new type, any shadow column, trigger or function still
        there is what an unfinished conversion the other way left (a down script run after an
        up script stopped half-way): it goes, its twin indexes and checks with it."""
        table = self.r.qualify(part.name)
        shadows = ", ".join(
            f"DROP COLUMN IF EXISTS {self.r.quote(part.shadow[m.column])}" for m in part.members
        )
        done = " AND ".join(f"NOT ({self._still_old(m)})" for m in part.members)
        leftover = self._has_column(part.name, part.shadow[part.members[0].column])
        sql = self.r._do(
            f"  IF {done} AND {leftover} THEN\n"
            f"    DROP TRIGGER IF EXISTS {self._trigger(part)} ON {table};\n"
            f"    DROP TRIGGER IF EXISTS {self._trigger(part, 'upd')} ON {table};\n"
            f"    DROP FUNCTION IF EXISTS {self._function(part)}();\n"
            f"    ALTER TABLE {table} {shadows};\n  END IF;"
        )
        return Step(
            self.change,
            (sql,),
            locks=f"ACCESS EXCLUSIVE on {part.name} for an instant, only if there is a leftover",
            title_text=self._title(f"remove what an unfinished conversion left on {part.name}"),
        )

    def _vacuum(self, part: _Part) -> Step:
        """The backfill left a dead version of every row: VACUUM makes their room reusable
        (and ANALYZE gives the planner the new columns' statistics)."""
        return Step(
            self.change,
            (f"VACUUM (ANALYZE) {self.r.qualify(part.name)};",),
            transactional=False,
            locks=f"SHARE UPDATE EXCLUSIVE on {part.name}: reads and writes continue",
            title_text=self._title(f"vacuum {part.name} (the backfill's old row versions)"),
        )

    def _title(self, text: str) -> str:
        change = self.change
        verb = "restore" if isinstance(change, c.RestoreKeyType) else "convert"
        others = len(change.members) - 1
        return f"{verb} {change.table}.{change.column} (+{others}) to {change.key.new_type}: {text}"

    def _prepare(self, part: _Part) -> Step:
        table = self.r.qualify(part.name)
        assignments = "\n".join(
            f"  NEW.{self.r.quote(part.shadow[m.column])} := "
            f"{self._cast('NEW.' + self.r.quote(m.column), m)};"
            for m in part.members
        )
        function = self._function(part)
        tag = "$sdf$"
        body = [
            f"  ALTER TABLE {table} "
            + ", ".join(
                f"ADD COLUMN IF NOT EXISTS {self.r.quote(part.shadow[m.column])} {m.new_type}"
                for m in part.members
            )
            + ";",
            f"  CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS "
            f"{tag}\nBEGIN\n{assignments}\n  RETURN NEW;\nEND\n{tag};",
            f"  DROP TRIGGER IF EXISTS {self._trigger(part)} ON {table};",
            f"  DROP TRIGGER IF EXISTS {self._trigger(part, 'upd')} ON {table};",
            f"  CREATE TRIGGER {self._trigger(part)} BEFORE INSERT ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {function}();",
            # Every update of a row whose shadow is not filled or whose column changes: an
            # update of another column moves the row, maybe to a page the backfill has
            # passed. The backfill's own updates (shadow filled, column unchanged) skip it.
            f"  CREATE TRIGGER {self._trigger(part, 'upd')} BEFORE UPDATE ON {table} "
            f"FOR EACH ROW WHEN ({self._stale(part)}) EXECUTE FUNCTION {function}();",
        ]
        condition = " OR ".join(f"({self._still_old(m)})" for m in part.members)
        sql = self.r._do(f"  IF {condition} THEN\n" + "\n".join(body) + "\n  END IF;")
        return Step(
            self.change,
            (sql,),
            locks=(
                f"ACCESS EXCLUSIVE on {part.name} for an instant (a column without a default: "
                "no rewrite); from now on a trigger fills the new column on every insert and "
                "update, and refuses a value that does not convert"
            ),
            title_text=self._title(f"add shadow columns and their trigger to {part.name}"),
        )

    def _backfill(self, part: _Part) -> Step:
        table = self.r.qualify(part.name)
        sets = ", ".join(
            f"{self.r.quote(part.shadow[m.column])} = {self._cast(self.r.quote(m.column), m)}"
            for m in part.members
        )
        missing = " OR ".join(
            f"({self.r.quote(part.shadow[m.column])} IS NULL AND {self.r.quote(m.column)} "
            "IS NOT NULL)"
            for m in part.members
        )
        progress = self.r.literal("schemadoctor backfill %s/%s pages")
        body = (
            f"  IF NOT ({self._pending(part)}) THEN\n    RETURN;\n  END IF;\n"
            f"  pages := pg_relation_size({self._literal_table(part.name)}::regclass) / "
            "current_setting('block_size')::bigint;\n"
            f"  SELECT CASE WHEN relpages > 0 AND reltuples > 0 THEN greatest(1, "
            f"({BATCH_ROWS} * relpages / reltuples)::bigint) ELSE 100 END INTO batch "
            f"FROM pg_class WHERE oid = {self._literal_table(part.name)}::regclass;\n"
            "  WHILE done <= pages LOOP\n"
            f"    UPDATE {table} SET {sets}\n"
            "      WHERE ctid >= format('(%s,0)', done)::tid "
            "AND ctid < format('(%s,0)', done + batch)::tid\n"
            f"      AND ({missing});\n"
            "    done := done + batch;\n"
            f"    PERFORM set_config('application_name', format({progress}, "
            "least(done, pages), pages), false);\n"
            "    COMMIT;\n"
            "  END LOOP;\n"
            "  PERFORM set_config('application_name', 'schemadoctor apply', false);"
        )
        sql = self.r._do(body, declare="  pages bigint;\n  batch bigint;\n  done bigint := 0;\n")
        rows = part.members[0].rows
        return Step(
            self.change,
            (sql,),
            transactional=False,
            locks=(
                f"row locks on one batch of about {BATCH_ROWS:,} rows of {part.name} at a time, "
                "each batch committed: reads and writes continue"
            ),
            title_text=self._title(
                f"backfill the shadow columns of {part.name}"
                + (f" (~{rows:,} rows)" if rows else "")
            ),
        )

    def _add_not_null_proof(self, part: _Part) -> Step:
        statements = []
        for member in part.members:
            if member.nullable:
                continue
            shadow = part.shadow[member.column]
            name = self._not_null_check(part, member)
            statements.append(
                self.r._do(
                    f"  IF {self._pending(part)} AND NOT EXISTS "
                    f"({self.r._constraint_exists(part.name, name)}) THEN\n"
                    f"    ALTER TABLE {self.r.qualify(part.name)} ADD CONSTRAINT "
                    f"{self.r.quote(name)} CHECK ({self.r.quote(shadow)} IS NOT NULL) NOT VALID;\n"
                    "  END IF;"
                )
            )
        return Step(
            self.change,
            tuple(statements),
            locks=f"ACCESS EXCLUSIVE on {part.name} for an instant (NOT VALID: no scan)",
            title_text=self._title(f"add CHECK (... IS NOT NULL) NOT VALID on {part.name}"),
        )

    def _validate_not_null_proof(self, part: _Part) -> Step:
        statements = []
        for member in part.members:
            if member.nullable:
                continue
            name = self._not_null_check(part, member)
            statements.append(
                self.r._do(
                    f"  IF EXISTS ({self.r._constraint_exists(part.name, name)}) "
                    f"AND {self._pending(part)} THEN\n"
                    f"    ALTER TABLE {self.r.qualify(part.name)} VALIDATE CONSTRAINT "
                    f"{self.r.quote(name)};\n  END IF;"
                )
            )
        return Step(
            self.change,
            tuple(statements),
            locks=f"SHARE UPDATE EXCLUSIVE on {part.name} while it scans: writes continue",
            title_text=self._title(f"validate the NOT NULL proof on {part.name} (the scan)"),
        )

    def _build_index(self, part: _Part, index: Index, twin: str) -> Step:
        keys = []
        for element in index.elements:
            column = part.shadow.get(element.column or "", element.column)
            text = self.r.quote(column) if column is not None else f"({element.expression})"
            if element.descending:
                text += " DESC"
            if element.nulls:
                text += f" NULLS {element.nulls}"
            keys.append(text)
        method = f" USING {index.method}" if index.method != "btree" else ""
        include = f" INCLUDE ({self.r.columns(index.include)})" if index.include else ""
        predicate = f" WHERE {index.predicate}" if index.predicate else ""
        unique = "UNIQUE " if index.unique else ""
        sql = (
            f"CREATE {unique}INDEX CONCURRENTLY IF NOT EXISTS {self.r.quote(twin)} ON "
            f"{self.r.qualify(part.name)}{method} ({', '.join(keys)}){include}{predicate};"
        )
        return Step(
            self.change,
            (sql,),
            transactional=False,
            locks=_CONCURRENT.format(table=part.name),
            title_text=self._title(f"build {index.name}'s twin on the shadow columns"),
        )

    def _swap(self) -> Step:
        declare, drop, readd = self._foreign_keys_loop(not_valid=True)
        body = [self._lock_all(), drop]
        for part in self.parts:
            body.append(self._swap_part(part))
        body.append(readd)
        first = self.parts[0]
        shadow = first.shadow[first.members[0].column]
        sql = self.r._do(
            f"  IF NOT ({self._has_column(first.name, shadow)} AND ({self._any_old()})) THEN\n"
            "    RETURN;\n  END IF;\n" + "".join(body),
            declare=declare + "  sequence text;\n  blockers text;\n",
        )
        tables = ", ".join(str(part.name) for part in self.parts)
        return Step(
            self.change,
            (sql,),
            locks=(
                f"ACCESS EXCLUSIVE on {tables} for the swap only (catalog changes: no scan, no "
                "rewrite): writes wait a moment. The converted columns move to the end of "
                "their tables; the dropped columns' space is reused as rows are rewritten "
                "(VACUUM FULL or pg_repack reclaim it at once)"
            ),
            title_text=self._title("swap the shadow columns in (one short transaction)"),
            also=self._verified(),
        )

    def _swap_part(self, part: _Part) -> str:
        r = self.r
        table = r.qualify(part.name)
        literal = self._literal_table(part.name)
        lines = [
            f"  DROP TRIGGER IF EXISTS {self._trigger(part)} ON {table};",
            f"  DROP TRIGGER IF EXISTS {self._trigger(part, 'upd')} ON {table};",
            f"  DROP FUNCTION IF EXISTS {self._function(part)}();",
        ]
        handled_indexes = ", ".join(
            f"to_regclass({r.literal(r.qualify(TableName(part.name.schema, index.name)))})"
            for index, _ in part.indexes
        )
        handled_constraints = ", ".join(
            r.literal(index.constraint) for index, _ in part.indexes if index.constraint
        )
        for member in part.members:
            column, shadow = r.quote(member.column), r.quote(part.shadow[member.column])
            number = self._attribute(part.name, member.column, "a.attnum")
            lines.append(
                "  SELECT string_agg(pg_describe_object(d.classid, d.objid, d.objsubid), ', ') "
                "INTO blockers FROM pg_catalog.pg_depend d\n"
                "    WHERE d.refclassid = 'pg_class'::regclass "
                f"AND d.refobjid = {literal}::regclass AND d.refobjsubid = {number}\n"
                "    AND d.deptype IN ('n', 'a')\n"
                "    AND d.classid <> 'pg_attrdef'::regclass\n"
                "    AND NOT (d.classid = 'pg_class'::regclass AND (SELECT relkind FROM "
                "pg_class WHERE oid = d.objid) = 'S')\n"
                + (
                    f"    AND NOT (d.classid = 'pg_class'::regclass AND d.objid IN "
                    f"({handled_indexes}))\n"
                    if handled_indexes
                    else ""
                )
                + (
                    "    AND NOT (d.classid = 'pg_constraint'::regclass AND d.objid IN (SELECT "
                    f"oid FROM pg_constraint WHERE conrelid = {literal}::regclass AND conname "
                    f"IN ({handled_constraints})))\n"
                    if handled_constraints
                    else ""
                )
                + "    ;\n  IF blockers IS NOT NULL THEN\n    RAISE EXCEPTION USING MESSAGE = "
                f"format('schemadoctor: %s depend on %s, which the plan does not carry over: "
                f"plan again or convert by hand', blockers, "
                f"{r.literal(f'{part.name}.{member.column}')});\n  END IF;"
            )
            if not member.nullable:
                lines.append(f"  ALTER TABLE {table} ALTER COLUMN {shadow} SET NOT NULL;")
                check = r.quote(self._not_null_check(part, member))
                lines.append(f"  ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {check};")
            lines.append(self._sequence(member, "release").rstrip("\n"))
            lines.append(f"  ALTER TABLE {table} DROP COLUMN {column};")
            lines.append(f"  ALTER TABLE {table} RENAME COLUMN {shadow} TO {column};")
            if member.new_default is not None:
                lines.append(
                    f"  ALTER TABLE {table} ALTER COLUMN {column} SET DEFAULT {member.new_default};"
                )
            lines.append(self._sequence(member, "attach").rstrip("\n"))
        for index, twin in part.indexes:
            if index.primary or index.constraint:
                kind = "PRIMARY KEY" if index.primary else "UNIQUE"
                constraint = r.quote(index.constraint or index.name)
                lines.append(
                    f"  ALTER TABLE {table} ADD CONSTRAINT {constraint} "
                    f"{kind} USING INDEX {r.quote(twin)};"
                )
            else:
                lines.append(
                    f"  ALTER INDEX {r.qualify(TableName(part.name.schema, twin))} "
                    f"RENAME TO {r.quote(index.name)};"
                )
        return "\n".join(lines) + "\n"

    def _validate_foreign_keys(self) -> Step:
        statements = []
        for table, foreign_key in self.change.foreign_keys:
            if not foreign_key.valid or not foreign_key.name:
                continue
            name = foreign_key.name
            statements.append(
                self.r._do(
                    f"  IF EXISTS ({self.r._constraint_exists(table, name)} AND NOT "
                    "c.convalidated) THEN\n"
                    f"    ALTER TABLE {self.r.qualify(table)} VALIDATE CONSTRAINT "
                    f"{self.r.quote(name)};\n  END IF;"
                )
            )
        tables = ", ".join(dict.fromkeys(str(table) for table, _ in self.change.foreign_keys))
        return Step(
            self.change,
            tuple(statements),
            locks=f"SHARE UPDATE EXCLUSIVE on {tables} while each key is checked: writes continue",
            title_text=self._title("validate the foreign keys put back NOT VALID"),
        )


def conversion_steps(
    renderer: Renderer, change: c.ConvertKeyType, catalog: Catalog | None
) -> Sequence[Step]:
    return KeyConversion(renderer, change, catalog).steps()
