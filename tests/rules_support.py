"""Helpers for the rule and reflection tests: reflect a scratch database, run one rule, apply a
finding's fix on the real engine and check again."""

from __future__ import annotations

import re
import time
from typing import Any

from conftest import ScratchDatabase, check_findings
from schemadoctor.engines.database import open_database
from schemadoctor.model.catalog import Catalog, Table, TableName
from schemadoctor.model.findings import Finding


def reflect_url(url: str) -> Catalog:
    database = open_database(url)
    try:
        return database.reflect()
    finally:
        database.dispose()


def table_of(catalog: Catalog, name: str, schema: str | None = None) -> Table:
    if schema is None and catalog.dialect == "postgresql":
        schema = "public"
    table = catalog.table(TableName(schema, name))
    assert table is not None, f"{schema}.{name} not reflected: {[str(t.name) for t in catalog]}"
    return table


def qualified(db: ScratchDatabase, name: str) -> str:
    """How the engine's report names a table of the default schema."""
    return f"public.{name}" if db.dialect == "postgresql" else name


def run_rule(db: ScratchDatabase, rule: str, **options: Any) -> list[Finding]:
    extra = {rule: options} if options else None
    return [f for f in check_findings(db.url, rule, extra_options=extra) if f.rule == rule]


def brief(findings: list[Finding]) -> list[tuple[str, tuple[str, ...], str, str | None]]:
    """(table, columns, severity, subject) of each finding, sorted."""
    return sorted((str(f.table), f.columns, f.severity.value, f.subject) for f in findings)


def fix_statements(fix: str) -> list[str]:
    """A finding's fix, one statement per item (statements end with `;` at a line end)."""
    return [part.strip() for part in re.split(r";\s*\n", fix.strip().rstrip(";")) if part.strip()]


def apply_fix(db: ScratchDatabase, finding: Finding) -> None:
    assert finding.fix, f"no fix for {finding.message}"
    if db.dialect == "sqlite":
        db.run(finding.fix.rstrip().rstrip(";"))
    else:
        db.run(*fix_statements(finding.fix))


def assert_fixed(db: ScratchDatabase, finding: Finding, **options: Any) -> list[Finding]:
    """Apply the finding's fix, check again: the finding is gone. Returns the new findings."""
    apply_fix(db, finding)
    after = run_rule(db, finding.rule, **options)
    assert finding.fingerprint not in {f.fingerprint for f in after}, (
        f"still reported after applying {finding.fix!r}: {[f.message for f in after]}"
    )
    return after


def scan_with_index(db: ScratchDatabase, query: str) -> None:
    """Run `query` forcing an index scan, then make this backend publish its statistics now
    (they are otherwise flushed at most once a second)."""
    db.run("SET enable_seqscan = off", query, "SELECT pg_stat_force_next_flush()")


def wait_for_scans(db: ScratchDatabase, table: str, index: str, timeout: float = 10.0) -> Catalog:
    """Reflect until the index shows a scan: the flush lands when the backend goes idle."""
    deadline = time.monotonic() + timeout
    while True:
        catalog = reflect_url(db.url)
        found = table_of(catalog, table).index(index)
        assert found is not None
        if (found.scans or 0) > 0 or time.monotonic() > deadline:
            assert (found.scans or 0) > 0, f"{index} shows no scan after {timeout}s"
            return catalog
        time.sleep(0.05)
