"""Configuration files and baselines, end to end through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from conftest import ScratchDatabase, run_cli
from schemadoctor.report import report_schema

SARIF_SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
)


def _schema(db: ScratchDatabase) -> None:
    """Findings of four rules on four tables: something for every setting to change."""
    db.run(
        "CREATE TABLE parent (id INTEGER PRIMARY KEY)",
        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id))",
        "CREATE TABLE audit_2024 (at VARCHAR(30), what VARCHAR(80))",
        "CREATE TABLE audit_2025 (at VARCHAR(30), what VARCHAR(80))",
        "CREATE TABLE items (id INTEGER PRIMARY KEY, sku VARCHAR(40), name VARCHAR(80))",
        "CREATE INDEX items_sku_a ON items (sku)",
        "CREATE INDEX items_sku_b ON items (sku)",
        "CREATE INDEX items_sku_name ON items (sku, name)",
    )


def _findings(directory: Path, *args: str) -> set[tuple[str, str]]:
    result = run_cli("check", *args, "-f", "json", cwd=directory)
    assert result.code in (0, 1), result.stderr
    return {(f["rule"], f["table"]) for f in result.json()["findings"]}


def _check(directory: Path, url: str, *args: str) -> dict:
    result = run_cli("check", url, "-f", "json", *args, cwd=directory)
    assert result.code in (0, 1), result.stderr
    return result.json()


def test_defaults_without_configuration(sqlite_db: ScratchDatabase, tmp_path: Path) -> None:
    _schema(sqlite_db)
    found = _findings(tmp_path, sqlite_db.url)
    assert ("table-without-primary-key", "audit_2024") in found
    assert ("unindexed-foreign-key", "child") in found
    assert ("duplicate-index", "items") in found
    assert ("redundant-index", "items") in found


def test_schemadoctor_toml_settings(sqlite_db: ScratchDatabase, tmp_path: Path) -> None:
    _schema(sqlite_db)
    (tmp_path / "schemadoctor.toml").write_text(
        'disable = ["redundant-index"]\n'
        'ignore_tables = ["audit_*"]\n'
        'fail_on = "warning"\n'
        "statement_timeout = 5\n"
        "min_confidence = 0.7\n"
        "[rules.unindexed-foreign-key]\n"
        "min_rows = 1000\n",
        encoding="utf-8",
    )
    result = run_cli("check", sqlite_db.url, "-f", "json", cwd=tmp_path)
    data = result.json()
    found = {(f["rule"], f["table"]) for f in data["findings"]}
    assert "redundant-index" not in data["summary"]["rules_run"]
    assert not any(table.startswith("audit_") for _, table in found)  # ignored tables
    assert ("unindexed-foreign-key", "child") not in found  # per-rule option: child is small
    assert found == {("duplicate-index", "items")}
    assert result.code == 1  # fail_on = "warning" from the file
    assert run_cli("check", sqlite_db.url, "--fail-on", "error", cwd=tmp_path).code == 0


def test_pyproject_section_is_read(sqlite_db: ScratchDatabase, tmp_path: Path) -> None:
    _schema(sqlite_db)
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "app"\n\n'
        "[tool.schemadoctor]\n"
        'disable = ["duplicate-index", "redundant-index"]\n'
        'ignore_tables = ["*_2024", "audit_2025"]\n',
        encoding="utf-8",
    )
    found = _findings(tmp_path, sqlite_db.url)
    assert found == {("unindexed-foreign-key", "child")}


def test_schemadoctor_toml_wins_over_pyproject(sqlite_db: ScratchDatabase, tmp_path: Path) -> None:
    _schema(sqlite_db)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.schemadoctor]\ndisable = ["unindexed-foreign-key"]\n', encoding="utf-8"
    )
    (tmp_path / "schemadoctor.toml").write_text('disable = ["duplicate-index"]\n', encoding="utf-8")
    rules = {rule for rule, _ in _findings(tmp_path, sqlite_db.url)}
    assert "unindexed-foreign-key" in rules
    assert "duplicate-index" not in rules


def test_explicit_config_file_and_command_line_precedence(
    sqlite_db: ScratchDatabase, tmp_path: Path
) -> None:
    _schema(sqlite_db)
    config = tmp_path / "ci" / "db-checks.toml"
    config.parent.mkdir()
    config.write_text('disable = ["duplicate-index"]\nfail_on = "never"\n', encoding="utf-8")
    data = _check(tmp_path, sqlite_db.url, "--config", str(config))
    assert "duplicate-index" not in data["summary"]["rules_run"]
    assert run_cli("check", sqlite_db.url, "--config", str(config)).code == 0
    # --fail-on on the command line beats the file; --rules picks rules outright
    assert run_cli("check", sqlite_db.url, "--config", str(config), "--fail-on", "error").code == 1
    only = _check(tmp_path, sqlite_db.url, "--config", str(config), "--rules", "redundant-index")
    assert only["summary"]["rules_run"] == ["redundant-index"]
    disabled = _check(tmp_path, sqlite_db.url, "--disable", "table-without-primary-key")
    assert "table-without-primary-key" not in disabled["summary"]["rules_run"]


def test_baseline_round_trip(any_db: ScratchDatabase, tmp_path: Path) -> None:
    _schema(any_db)
    baseline = tmp_path / "baseline.json"
    written = run_cli("baseline", any_db.url, "-o", str(baseline))
    assert written.code == 0, written.stderr
    assert written.stdout == ""
    document = json.loads(baseline.read_text(encoding="utf-8"))
    assert document["database"]["dialect"] == any_db.dialect
    assert "password" not in json.dumps(document["database"])
    recorded = len(document["findings"])
    assert recorded >= 3
    assert written.stderr.splitlines() == [f"wrote {baseline}", f"recorded {recorded} findings"]

    # Nothing new: nothing listed, exit 0 although the known findings include an error.
    same = run_cli("check", any_db.url, "-f", "json", "--baseline", str(baseline))
    assert same.code == 0, same.stderr
    data = same.json()
    jsonschema.Draft202012Validator(report_schema()).validate(data)
    assert data["findings"] == []
    assert data["baseline"] == {"file": str(baseline), "suppressed": recorded, "resolved": []}

    # One problem fixed, one new one: only the new one is listed, the fixed one is resolved.
    q = any_db.quote
    (duplicate,) = [e for e in document["findings"] if e["rule"] == "duplicate-index"]
    any_db.run(
        f"DROP INDEX {q(duplicate['subject'])}"
        + (f" ON {q('items')}" if any_db.dialect == "mysql" else ""),
        f"CREATE TABLE {q('events')} ({q('at')} VARCHAR(30))",
    )
    after = run_cli("check", any_db.url, "-f", "json", "--baseline", str(baseline))
    assert after.code == 1  # the new table has no primary key: an error
    data = after.json()
    assert [(f["rule"], f["table"].rsplit(".", 1)[-1]) for f in data["findings"]] == [
        ("table-without-primary-key", "events")
    ]
    assert data["summary"]["total"] == 1
    resolved = data["baseline"]["resolved"]
    assert "duplicate-index" in [entry["rule"] for entry in resolved]
    # (on PostgreSQL the dropped index's unused-index finding is resolved too)
    assert {entry["subject"] for entry in resolved} == {duplicate["subject"]}
    assert data["baseline"]["suppressed"] == recorded - len(resolved)

    text = run_cli("check", any_db.url, "--baseline", str(baseline)).stdout
    assert f"{recorded - len(resolved)} known findings not shown; {len(resolved)} no longer" in text
    assert "fixed: duplicate-index on " in text and "items (sku)" in text
    markdown = run_cli("check", any_db.url, "-f", "markdown", "--baseline", str(baseline)).stdout
    assert "## Baseline" in markdown and "`duplicate-index`" in markdown.split("## Baseline")[1]
    sarif = run_cli("check", any_db.url, "-f", "sarif", "--baseline", str(baseline)).json()
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(sarif)
    run = sarif["runs"][0]
    assert [r["ruleId"] for r in run["results"]] == ["table-without-primary-key"]
    assert run["properties"]["baseline"]["resolved"] == resolved


def test_baseline_ignores_wording_changes(sqlite_db: ScratchDatabase, tmp_path: Path) -> None:
    """A known finding whose message changes (e.g. a row count grows) stays known."""
    _schema(sqlite_db)
    baseline = tmp_path / "baseline.json"
    assert run_cli("baseline", sqlite_db.url, "-o", str(baseline)).code == 0
    document = json.loads(baseline.read_text(encoding="utf-8"))
    for entry in document["findings"]:
        entry["message"] = "reworded"
    baseline.write_text(json.dumps(document), encoding="utf-8")
    sqlite_db.run("INSERT INTO audit_2024 VALUES ('now', 'something')")
    data = _check(tmp_path, sqlite_db.url, "--baseline", str(baseline))
    assert data["findings"] == []
    assert data["baseline"]["resolved"] == []
