"""Verification after apply: re-run check (read-only) and say, for each finding the plan was
meant to fix, whether it is gone, and for each object the plan creates, changes or drops,
whether it is now as planned: indexes present and valid, constraints present and validated
(PostgreSQL `convalidated`), no row breaking an added foreign key (SQLite
`PRAGMA foreign_key_check`; on MySQL/MariaDB a bounded orphan query, since a key added with
foreign_key_checks off was never checked against existing rows)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import DBAPIError

from schemadoctor.apply.findings import planned_findings, step_objects
from schemadoctor.check import run_check, select_rules
from schemadoctor.config import Config
from schemadoctor.engines.database import Database
from schemadoctor.errors import SchemaDoctorError, one_line
from schemadoctor.model.catalog import Catalog, ForeignKey, Table, TableName
from schemadoctor.model.changes import CHANGE_KINDS, Expectation
from schemadoctor.model.script import Script
from schemadoctor.model.types import canonical_type
from schemadoctor.rules import all_rules


@dataclass(frozen=True)
class VerifyItem:
    kind: str
    """`finding`, `object`, or `check` when the check itself could not run."""
    subject: str
    ok: bool
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "subject": self.subject, "ok": self.ok, "detail": self.detail}


@dataclass
class Verification:
    items: list[VerifyItem] = field(default_factory=list)
    findings_known: bool = True
    """False when the planned findings were not recorded (a plan never run by apply):
    then only findings still matching a step of the plan can be reported."""

    @property
    def passed(self) -> bool:
        return all(item.ok for item in self.items)

    def to_dict(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "findings_known": self.findings_known,
            "items": [item.to_dict() for item in self.items],
        }


def verify(
    database: Database,
    script: Script,
    planned: Sequence[dict[str, Any]] | None,
    config: Config,
    rule_ids: Iterable[str] | None = None,
) -> Verification:
    """`database` may (should) be read-only. `planned`: the findings recorded when the plan
    started (see `findings.finding_record`), or None when unknown."""
    known_rules = set(select_rules(config))
    rules = list(rule_ids) if rule_ids is not None else sorted(known_rules)
    for record in planned or []:
        rule = str(record.get("rule", ""))
        if rule and rule not in rules and rule in all_rules():
            rules.append(rule)
    verification = Verification(findings_known=planned is not None)
    try:
        result = run_check(database, config, rules)
    except (SchemaDoctorError, DBAPIError) as exc:
        # The plan is applied either way; say that it could not be checked, and fail.
        verification.items.append(
            VerifyItem("check", "re-running check", False, f"could not run: {one_line(exc)}")
        )
        return verification
    now = {finding.fingerprint for finding in result.findings}
    recorded = set()
    for record in planned or []:
        fingerprint = str(record.get("fingerprint", ""))
        recorded.add(fingerprint)
        gone = fingerprint not in now
        verification.items.append(
            VerifyItem(
                "finding",
                f"{record.get('rule')}: {record.get('message')}",
                gone,
                "gone" if gone else "still reported",
            )
        )
    for finding in planned_findings(result, script):
        if finding.fingerprint not in recorded:
            verification.items.append(
                VerifyItem(
                    "finding",
                    f"{finding.rule}: {finding.message}",
                    False,
                    "still reported, although the plan fixes it",
                )
            )
    verification.items.extend(_object_items(database, result.catalog, script))
    return verification


# --- objects -----------------------------------------------------------------------------------
@dataclass
class _Expectation:
    family: str
    table: TableName
    name: str | None
    info: dict[str, Any]
    present: bool
    validated: bool = False


def _expectations(script: Script) -> list[_Expectation]:
    """The final state the plan means each object to be in: the last step about an object
    decides (a drop then a create leaves it present). Each kind of change says what it
    leaves behind (`Change.verify`); kinds that leave nothing to check say why."""
    found: dict[tuple[str, TableName, str | None], _Expectation] = {}
    for info in (item for step in script.steps for item in step_objects(step.info)):
        kind, table = CHANGE_KINDS.get(str(info.get("kind"))), _table(info)
        if kind is None or table is None or not isinstance(kind.verify, Expectation):
            continue
        name = info.get("object")
        family, present = kind.verify.family, kind.verify.present
        if family == "constraint":
            for candidate in ("foreign-key", "check"):
                expectation = found.get((candidate, table, name))
                if expectation is not None:
                    expectation.validated = True
                    break
            else:
                found[(family, table, name)] = _Expectation(
                    family, table, name, info, present=True, validated=True
                )
            continue
        found[(family, table, name)] = _Expectation(family, table, name, info, present)
    return list(found.values())


def _table(info: dict[str, Any]) -> TableName | None:
    table = info.get("table")
    if isinstance(table, list | tuple) and len(table) == 2 and table[1]:
        return TableName(table[0] or None, str(table[1]))
    return None


def _object_items(database: Database, catalog: Catalog, script: Script) -> list[VerifyItem]:
    items = []
    for expectation in _expectations(script):
        table = catalog.table(expectation.table)
        label = _label(expectation)
        if table is None:
            items.append(VerifyItem("object", label, False, f"table {expectation.table} not found"))
            continue
        ok, detail = _check(database, table, expectation)
        items.append(VerifyItem("object", label, ok, detail))
    return items


_NOUNS = {
    "foreign-key": "foreign key",
    "check": "check constraint",
    "primary-key": "primary key",
    "column-type": "column",
}


def _label(expectation: _Expectation) -> str:
    noun = _NOUNS.get(expectation.family, expectation.family)
    name = f" {expectation.name}" if expectation.name else ""
    return f"{noun}{name} on {expectation.table}"


def _check(database: Database, table: Table, expectation: _Expectation) -> tuple[bool, str]:
    family = expectation.family
    if family == "index":
        index = table.index(expectation.name or "")
        if not expectation.present:
            return (index is None, "dropped" if index is None else "still there")
        if index is None:
            return False, "missing"
        return (index.valid, "present and valid" if index.valid else "present but INVALID")
    if family in ("foreign-key", "check"):
        found = (
            _foreign_key(table, expectation)
            if family == "foreign-key"
            else next((c for c in table.checks if c.name == expectation.name), None)
        )
        if not expectation.present:
            return (found is None, "dropped" if found is None else "still there")
        if found is None:
            return False, "missing"
        if not found.valid:
            if expectation.validated or not database.adapter.supports.not_valid_constraints:
                return False, "present but NOT VALID"
            return True, "present, NOT VALID (the plan does not validate it)"
        if isinstance(found, ForeignKey):
            broken = _rows_breaking(database, table, found)
            if broken:
                return False, broken
        return True, "present and valid"
    if family == "primary-key":
        present = table.primary_key is not None
        return (present == expectation.present, "present" if present else "absent")
    if family == "constraint":
        foreign_key = next((f for f in table.foreign_keys if f.name == expectation.name), None)
        check = next((c for c in table.checks if c.name == expectation.name), None)
        target = foreign_key or check
        if target is None:
            return False, "missing"
        return (target.valid, "valid" if target.valid else "NOT VALID")
    column = table.column(expectation.name or "")
    if column is None:
        return False, "column missing"
    if family == "column-type":
        wanted = str(expectation.info.get("type") or "")
        ok = not wanted or canonical_type(column.type) == canonical_type(wanted)
        return ok, f"type {column.type}"
    # `column`: present means NOT NULL.
    ok = column.nullable != expectation.present
    return ok, "NULL allowed" if column.nullable else "NOT NULL"


def _foreign_key(table: Table, expectation: _Expectation) -> ForeignKey | None:
    by_name = next(
        (f for f in table.foreign_keys if expectation.name and f.name == expectation.name), None
    )
    if by_name is not None:
        return by_name
    # SQLite keeps no name for a key declared without CONSTRAINT; find it by its shape.
    columns = tuple(expectation.info.get("columns") or ())
    references = expectation.info.get("references")
    for foreign_key in table.foreign_keys:
        if foreign_key.columns != columns or not isinstance(references, list | tuple):
            continue
        if len(references) == 3 and foreign_key.referred_table.name == references[1]:
            return foreign_key
    return None


def _rows_breaking(database: Database, table: Table, foreign_key: ForeignKey) -> str | None:
    """A description of rows breaking the key, or None. Where a valid key is always enforced
    its valid flag already says it; elsewhere (keys switched off while rows were written) the
    rows are asked."""
    if database.adapter.supports.enforces_valid_foreign_keys:
        return None
    quote = database.quote
    present = " AND ".join(f"c.{quote(c)} IS NOT NULL" for c in foreign_key.columns)
    match = " AND ".join(
        f"p.{quote(r)} = c.{quote(c)}"
        for c, r in zip(foreign_key.columns, foreign_key.referred_columns, strict=True)
    )
    try:
        with database.connect() as connection:
            orphan = connection.exec_driver_sql(
                f"SELECT 1 FROM {database.qualify(table.name)} c WHERE {present} AND NOT EXISTS "
                f"(SELECT 1 FROM {database.qualify(foreign_key.referred_table)} p "
                f"WHERE {match}) LIMIT 1"
            ).first()
    except (DBAPIError, SchemaDoctorError) as exc:
        return f"could not look for orphan rows: {one_line(exc)}"
    return "rows of the table point at no parent row" if orphan else None
