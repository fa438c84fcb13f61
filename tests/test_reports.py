"""Every report format, through the real command line, on all three engines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from markdown_it import MarkdownIt

from conftest import ScratchDatabase, run_cli
from schemadoctor.report import report_schema
from schemadoctor.rules import all_rules

SARIF_SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
)


def _faulty_schema(db: ScratchDatabase) -> None:
    """One error (no primary key) and warnings with fixes (duplicate index, and on engines that
    do not index foreign keys themselves an unindexed foreign key)."""
    q = db.quote
    db.run(
        f"CREATE TABLE {q('customers')} ({q('id')} INTEGER PRIMARY KEY, {q('email')} VARCHAR(80))",
        f"CREATE TABLE {q('orders')} ({q('id')} INTEGER PRIMARY KEY, "
        f"{q('customer_id')} INTEGER, {q('status')} VARCHAR(20), "
        f"CONSTRAINT {q('orders_customer_fk')} FOREIGN KEY ({q('customer_id')}) "
        f"REFERENCES {q('customers')} ({q('id')}))",
        f"CREATE INDEX {q('orders_status_a')} ON {q('orders')} ({q('status')})",
        f"CREATE INDEX {q('orders_status_b')} ON {q('orders')} ({q('status')})",
        f"CREATE TABLE {q('audit_log')} ({q('at')} VARCHAR(30), {q('what')} VARCHAR(200))",
    )


def _validate_report(data: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(report_schema()).validate(data)


def _validate_sarif(data: dict[str, Any]) -> None:
    validator = jsonschema.Draft4Validator(
        SARIF_SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )
    validator.validate(data)


def test_report_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(report_schema())


def test_json_report_follows_the_contract(any_db: ScratchDatabase) -> None:
    _faulty_schema(any_db)
    result = run_cli("check", any_db.url, "--format", "json")
    assert result.code == 1, result.stderr  # an error-severity finding, default --fail-on
    assert result.stderr == ""
    data = result.json()
    _validate_report(data)
    assert data["database"]["dialect"] == any_db.dialect
    by_rule = {(f["rule"], f["table"].rsplit(".", 1)[-1]): f for f in data["findings"]}
    missing_key = by_rule[("table-without-primary-key", "audit_log")]
    assert missing_key["severity"] == "error"
    assert missing_key["columns"] == []
    duplicate = by_rule[("duplicate-index", "orders")]
    assert duplicate["columns"] == ["status"]
    assert "DROP INDEX" in duplicate["fix"]
    if any_db.dialect == "postgresql":
        assert missing_key["table"] == "public.audit_log"
    else:
        assert missing_key["table"] == "audit_log"
    if any_db.dialect != "mysql":  # InnoDB indexes every foreign key itself
        unindexed = by_rule[("unindexed-foreign-key", "orders")]
        assert unindexed["references"]["columns"] == ["id"]
        assert unindexed["references"]["table"].endswith("customers")
    summary = data["summary"]
    assert summary["total"] == len(data["findings"])
    assert sum(summary["by_severity"].values()) == summary["total"]
    assert summary["by_rule"]["duplicate-index"] == 1
    assert summary["tables"] == 3
    assert set(summary["rules_run"]) <= set(all_rules())


def test_sarif_report_validates_and_maps_every_finding(any_db: ScratchDatabase) -> None:
    _faulty_schema(any_db)
    findings = run_cli("check", any_db.url, "-f", "json").json()["findings"]
    result = run_cli("check", any_db.url, "-f", "sarif", "--sarif-artifact", "db/schema.sql")
    assert result.code == 1, result.stderr
    sarif = result.json()
    _validate_sarif(sarif)
    assert sarif["version"] == "2.1.0"
    (run,) = sarif["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "schemadoctor"
    assert driver["version"] and driver["informationUri"].startswith("https://")
    rules = {rule["id"]: rule for rule in driver["rules"]}
    assert len(rules) == len(driver["rules"])  # one entry per rule id
    registry = all_rules()
    level = {"error": "error", "warning": "warning", "info": "note"}
    for rule_id, rule in rules.items():
        assert rule["shortDescription"]["text"] == registry[rule_id].rationale
        assert rule["defaultConfiguration"]["level"] == level[registry[rule_id].severity.value]
    assert len(run["results"]) == len(findings)
    for finding, result_ in zip(findings, run["results"], strict=True):
        assert result_["ruleId"] == finding["rule"]
        assert driver["rules"][result_["ruleIndex"]]["id"] == finding["rule"]
        assert result_["level"] == level[finding["severity"]]
        assert result_["message"]["text"] == finding["message"]
        assert result_["partialFingerprints"] == {"schemadoctorFinding/v1": finding["fingerprint"]}
        (location,) = result_["locations"]
        assert location["physicalLocation"]["artifactLocation"]["uri"] == "db/schema.sql"
        logical = location["logicalLocations"]
        assert logical[0] == {
            "name": finding["table"],
            "fullyQualifiedName": finding["table"],
            "kind": "table",
        }
        assert [entry["name"] for entry in logical[1:]] == finding["columns"]
        assert all(entry["kind"] == "column" for entry in logical[1:])
        assert result_["properties"].get("fix") == finding.get("fix")
        assert result_["properties"].get("evidence") == finding.get("evidence")


def test_sarif_without_findings_is_valid(sqlite_db: ScratchDatabase) -> None:
    sqlite_db.run("CREATE TABLE t (id INTEGER PRIMARY KEY)")
    result = run_cli("check", sqlite_db.url, "-f", "sarif")
    assert result.code == 0
    sarif = result.json()
    _validate_sarif(sarif)
    assert sarif["runs"][0]["results"] == []
    assert sarif["runs"][0]["tool"]["driver"]["rules"]  # the rules that ran, all passed


def _markdown_tables(text: str) -> list[list[list[str]]]:
    """Every table of a GitHub-style Markdown text, as rows of cell texts (header included)."""
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    tables: list[list[list[str]]] = []
    row: list[str] = []
    for token in tokens:
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type == "inline" and tables and token.map is not None:
            row.append(token.content)
        elif token.type == "tr_close":
            tables[-1].append(row)
    return tables


def test_markdown_report(any_db: ScratchDatabase) -> None:
    _faulty_schema(any_db)
    result = run_cli("check", any_db.url, "-f", "markdown")
    assert result.code == 1, result.stderr
    text = result.stdout
    assert text.startswith("# schemadoctor report: ")
    assert "## Errors (1)" in text
    assert "## Warnings (" in text
    tables = _markdown_tables(text)
    severity_table, error_table, warning_table = tables[:3]
    assert severity_table[0] == ["Severity", "Findings"]
    assert [row[0] for row in severity_table[1:]] == ["error", "warning", "info"]
    assert error_table[0] == ["Rule", "Table", "Columns", "Finding"]
    assert len(error_table) == 2 and "table-without-primary-key" in error_table[1][0]
    assert any("duplicate-index" in row[0] for row in warning_table)
    # fixes in a collapsible block, as SQL
    assert "<details>" in text and "</details>" in text
    html = MarkdownIt("commonmark").enable("table").render(text)
    assert '<code class="language-sql">' in html
    assert "DROP INDEX" in html


def test_text_report_fits_100_columns_and_groups_by_severity(any_db: ScratchDatabase) -> None:
    _faulty_schema(any_db)
    result = run_cli("check", any_db.url, env={"COLUMNS": "100"})
    assert result.code == 1
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 100
    errors = next(i for i, line in enumerate(lines) if line.startswith("Errors (1)"))
    warnings = next(i for i, line in enumerate(lines) if line.startswith("Warnings ("))
    assert errors < warnings
    assert "table-without-primary-key" in "\n".join(lines[errors:warnings])
    assert "\x1b[" not in result.stdout  # no colour codes when not writing to a terminal
    assert lines[-2].startswith(
        f"{len(run_cli('check', any_db.url, '-f', 'json').json()['findings'])} findings (1 error"
    )
    assert "add --show-fixes" in lines[-1]
    assert "DROP INDEX" not in result.stdout


def test_text_report_show_fixes_prints_runnable_sql(sqlite_db: ScratchDatabase) -> None:
    _faulty_schema(sqlite_db)
    result = run_cli("check", sqlite_db.url, "--show-fixes")
    lines = result.stdout.splitlines()
    start = lines.index("Fixes")
    block = lines[start + 1 :]
    assert "-- duplicate-index: orders (status)" in block
    statement = block[block.index("-- duplicate-index: orders (status)") + 1]
    assert statement.startswith('DROP INDEX IF EXISTS "orders_status_')
    assert "add --show-fixes" not in result.stdout


def test_clean_database_exits_zero_in_every_format(sqlite_db: ScratchDatabase) -> None:
    sqlite_db.run("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    for fmt in ("text", "json", "markdown", "sarif"):
        result = run_cli("check", sqlite_db.url, "-f", fmt)
        assert result.code == 0, (fmt, result.stderr)
        assert result.stderr == ""
    assert "No findings." in run_cli("check", sqlite_db.url).stdout
    assert "No findings." in run_cli("check", sqlite_db.url, "-f", "markdown").stdout
    assert run_cli("check", sqlite_db.url, "-f", "json").json()["findings"] == []


@pytest.mark.parametrize(
    ("fail_on", "expected"),
    [(None, 0), ("error", 0), ("warning", 1), ("info", 1), ("never", 0)],
)
def test_fail_on_threshold_with_only_warnings(
    sqlite_db: ScratchDatabase, fail_on: str | None, expected: int
) -> None:
    sqlite_db.run(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER)",
        "CREATE INDEX t_a1 ON t (a)",
        "CREATE INDEX t_a2 ON t (a)",
    )
    args = ["check", sqlite_db.url] + (["--fail-on", fail_on] if fail_on else [])
    assert run_cli(*args).code == expected


def test_fail_on_never_passes_even_with_errors(sqlite_db: ScratchDatabase) -> None:
    _faulty_schema(sqlite_db)
    assert run_cli("check", sqlite_db.url).code == 1
    assert run_cli("check", sqlite_db.url, "--fail-on", "never").code == 0


def test_output_file(sqlite_db: ScratchDatabase, tmp_path: Path) -> None:
    _faulty_schema(sqlite_db)
    target = tmp_path / "report.sarif"
    result = run_cli("check", sqlite_db.url, "-f", "sarif", "-o", str(target))
    assert result.code == 1
    assert result.stdout == ""
    assert result.stderr.strip() == f"wrote {target}"
    _validate_sarif(json.loads(target.read_text(encoding="utf-8")))


def test_rules_command_lists_every_rule() -> None:
    result = run_cli("rules", "--format", "json")
    assert result.code == 0
    listed = {rule["id"]: rule for rule in result.json()}
    assert set(listed) == set(all_rules())
    for rule_id, rule in all_rules().items():
        assert listed[rule_id]["rationale"] == rule.rationale
        assert listed[rule_id]["severity"] == rule.severity.value
    text = run_cli("rules").stdout
    assert all(rule_id in text for rule_id in listed)
