"""Foreign-key inference on synthetic schemas with planted references, on every engine, with
data and with the tables empty (names and types only).

Each (schema, engine, mode) database is built once per module and checked once; the tests
then look at the findings: every planted reference found with the right target, no decoy
proposed, no reference proposed that was not planted, evidence as documented.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from conftest import ENGINES, _server_database, _sqlite_database, check_findings
from schemadoctor.model.findings import Finding, Severity
from schemadoctor.rules.run import DEFAULT_MIN_CONFIDENCE
from synthetic import Schema, django, roles, saas, showcase, statements, wordpress

SCHEMAS = {
    "showcase": showcase,
    "roles": roles,
    "wordpress": wordpress,
    "django": django,
    "saas": saas,
}
MODES = ("data", "empty")


@dataclass
class Run:
    engine: str
    mode: str
    schema: Schema
    findings: list[Finding]

    def fk(self, table: str, columns: tuple[str, ...]) -> list[Finding]:
        return [
            f
            for f in self.findings
            if f.rule == "missing-foreign-key" and f.table.name == table and f.columns == columns
        ]

    @property
    def reported(self) -> list[Finding]:
        return [
            f
            for f in self.findings
            if f.rule == "missing-foreign-key" and (f.confidence or 0) >= DEFAULT_MIN_CONFIDENCE
        ]


_RUNS: dict[tuple[str, str, str], Run] = {}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Build each database on first use, keep its findings, drop it at the end."""
    open_generators: list[Iterator[Any]] = []

    def get(schema_name: str, engine: str, mode: str) -> Run:
        key = (schema_name, engine, mode)
        if key not in _RUNS:
            if engine == "sqlite":
                generator = _sqlite_database(tmp_path_factory.mktemp("infer"))
            else:
                generator = _server_database(engine)
            database = next(generator)
            open_generators.append(generator)
            schema = SCHEMAS[schema_name]()
            if mode == "empty":
                schema = schema.without_rows()
            database.run(*statements(schema, engine))
            findings = check_findings(
                database.url,
                "missing-foreign-key",
                "polymorphic-association",
                min_confidence=0.0,
            )
            _RUNS[key] = Run(engine, mode, schema, findings)
        return _RUNS[key]

    try:
        yield get
    finally:
        for generator in open_generators:
            generator.close()
        _RUNS.clear()


def _cases(schema_name: str) -> list[tuple[str, tuple[str, ...], str, tuple[str, ...]]]:
    return sorted(SCHEMAS[schema_name]().planted)


def _case_id(case: tuple[str, tuple[str, ...], str, tuple[str, ...]]) -> str:
    return f"{case[0]}.{'+'.join(case[1])}"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("schema_name", "case"),
    [(name, case) for name in SCHEMAS for case in _cases(name)],
    ids=[f"{name}-{_case_id(case)}" for name in SCHEMAS for case in _cases(name)],
)
def test_planted_reference_is_found(
    runs: Any, engine: str, mode: str, schema_name: str, case: Any
) -> None:
    run = runs(schema_name, engine, mode)
    table, columns, parent, parent_columns = case
    found = run.fk(table, columns)
    assert len(found) == 1, f"expected one finding on {table}{columns}, got {found}"
    finding = found[0]
    assert finding.references is not None
    assert (finding.references.table.name, finding.references.columns) == (
        parent,
        parent_columns,
    )
    assert (finding.confidence or 0) >= DEFAULT_MIN_CONFIDENCE, finding.evidence


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("schema_name", list(SCHEMAS))
def test_nothing_but_planted_references_is_proposed(
    runs: Any, engine: str, mode: str, schema_name: str
) -> None:
    run = runs(schema_name, engine, mode)
    planted = {(table, columns) for table, columns, _, _ in run.schema.planted}
    extra = [f for f in run.reported if (f.table.name, f.columns) not in planted]
    assert extra == [], [f.message for f in extra]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("schema_name", list(SCHEMAS))
def test_decoys_are_never_proposed(runs: Any, engine: str, mode: str, schema_name: str) -> None:
    run = runs(schema_name, engine, mode)
    assert run.schema.decoys
    proposed = [f for f in run.reported if (f.table.name, f.columns[0]) in run.schema.decoys]
    assert proposed == []


@pytest.mark.parametrize("engine", ENGINES)
def test_decoy_with_values_pointing_nowhere_is_rejected_by_the_data(runs: Any, engine: str) -> None:
    run = runs("showcase", engine, "data")
    (finding,) = run.fk("orders", ("legacy_customer_id",))
    assert finding.evidence["inclusion"] == 0.0
    assert finding.evidence["orphans"] == len(run.schema.table("orders").rows)
    assert (finding.confidence or 0) < 0.1


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("schema_name", "table", "column", "parent"),
    [
        ("showcase", "orders", "customer_id", "customers"),
        ("roles", "wallets", "customer_id", "customers"),
    ],
)
def test_orphans_are_counted_with_samples(
    runs: Any, engine: str, schema_name: str, table: str, column: str, parent: str
) -> None:
    run = runs(schema_name, engine, "data")
    (finding,) = run.fk(table, (column,))
    child = run.schema.table(table)
    key = run.schema.table(parent).primary_key[0]
    parents = {row[run.schema.table(parent).index(key)] for row in run.schema.table(parent).rows}
    values = [row[child.index(column)] for row in child.rows]
    orphans = sorted({value for value in values if value is not None and value not in parents})
    assert finding.evidence["orphans"] == run.schema.orphans[(table, (column,))]
    assert finding.evidence["orphans"] == sum(
        1 for v in values if v is not None and v not in parents
    )
    assert finding.evidence["orphan_samples"] == orphans[:5]
    assert finding.evidence["orphans_exact"] is True
    assert finding.severity == Severity.ERROR
    assert "orphan" in finding.message
    assert (finding.confidence or 0) >= 0.8


@pytest.mark.parametrize("engine", ENGINES)
def test_included_reference_carries_its_evidence(runs: Any, engine: str) -> None:
    run = runs("showcase", engine, "data")
    (finding,) = run.fk("film", ("original_language_id",))
    evidence = finding.evidence
    assert evidence["data"] == "probed"
    assert evidence["inclusion"] == 1.0
    assert evidence["orphans"] == 0
    assert evidence["orphan_samples"] == []
    assert evidence["sampled"] is False
    assert 0.4 <= evidence["null_share"] <= 0.6
    assert evidence["range_fits"] is True
    assert "role-prefix" in evidence["signals"] and "inclusion" in evidence["signals"]
    assert evidence["role"] == "original"
    assert finding.severity == Severity.WARNING


@pytest.mark.parametrize("engine", ENGINES)
def test_data_raises_confidence_over_names_alone(runs: Any, engine: str) -> None:
    with_data = runs("showcase", engine, "data")
    names_only = runs("showcase", engine, "empty")
    for table, columns, _, _ in with_data.schema.planted:
        if (table, columns) in with_data.schema.orphans:
            continue
        (data_finding,) = with_data.fk(table, columns)
        (name_finding,) = names_only.fk(table, columns)
        assert (data_finding.confidence or 0) > (name_finding.confidence or 0), table
        assert name_finding.evidence["data"] in ("child-empty", "parent-empty")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("mode", MODES)
def test_polymorphic_pair_is_reported_and_not_as_a_foreign_key(
    runs: Any, engine: str, mode: str
) -> None:
    run = runs("showcase", engine, mode)
    pairs = [f for f in run.findings if f.rule == "polymorphic-association"]
    assert [(f.table.name, f.columns) for f in pairs] == [
        ("comments", ("commentable_type", "commentable_id"))
    ]
    assert pairs[0].severity == Severity.INFO
    assert run.fk("comments", ("commentable_id",)) == []
    if mode == "data":
        assert pairs[0].evidence["values"] == ["Photo", "Post"]
        assert sorted(t.split(".")[-1] for t in pairs[0].evidence["targets"]) == [
            "photos",
            "posts",
        ]


@pytest.mark.parametrize("engine", ENGINES)
def test_composite_reference_is_checked_as_a_tuple(runs: Any, engine: str) -> None:
    run = runs("showcase", engine, "data")
    (finding,) = run.fk("shipment_item", ("order_id", "line_no"))
    assert finding.references is not None
    assert finding.references.columns == ("order_id", "line_no")
    assert "composite" in finding.evidence["signals"]
    assert finding.evidence["inclusion"] == 1.0
    assert finding.evidence["orphans"] == 0
