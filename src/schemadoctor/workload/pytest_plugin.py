"""pytest plugin: `pytest --schemadoctor-nplusone=warn|fail` records what every SQLAlchemy
engine runs during each test (the test is the unit) and reports each N+1 with its call site;
`fail` fails the test. A known one is allowed with a marker:

    @pytest.mark.allow_nplusone                   # any N+1 in this test
    @pytest.mark.allow_nplusone("order_items")    # only those on these tables / sites / functions
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest

from schemadoctor.model.findings import Finding

OPTION = "--schemadoctor-nplusone"
PLUGIN_NAME = "schemadoctor-nplusone"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("schemadoctor", "schemadoctor N+1 detection")
    group.addoption(
        OPTION,
        choices=("warn", "fail"),
        default=None,
        help="Report N+1 queries run by SQLAlchemy in each test (warn), or fail the test (fail).",
    )
    group.addoption(
        "--schemadoctor-min-repeats",
        type=int,
        default=5,
        help="Executions of one query in one test that make an N+1 (default 5).",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "allow_nplusone(*patterns): do not report N+1 queries in this test (only those whose "
        "table, call site or function contains one of the patterns, when given).",
    )
    mode = config.getoption(OPTION)
    if mode:
        config.pluginmanager.register(
            NPlusOneWatcher(mode, config.getoption("--schemadoctor-min-repeats")), PLUGIN_NAME
        )


class NPlusOneWatcher:
    def __init__(self, mode: str, min_repeats: int) -> None:
        from schemadoctor.workload.capture import Capture

        self.mode = mode
        self.min_repeats = max(2, min_repeats)
        self.capture = Capture(None)  # every engine, kept in memory
        self.reported: dict[str, list[Finding]] = {}

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        self.capture.start()

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        self.capture.stop()

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Any:
        from schemadoctor.workload.units import unit

        with unit(item.nodeid, "test"):
            try:
                result = yield
            finally:
                executions = self.capture.take(item.nodeid)
        findings = [f for f in self._findings(executions) if not _allowed(item, f)]
        if findings:
            self.reported[item.nodeid] = findings
            if self.mode == "fail":
                lines = "\n".join(f"  {_describe(finding)}" for finding in findings)
                pytest.fail(f"N+1 queries (schemadoctor):\n{lines}", pytrace=False)
        return result

    def _findings(self, executions: list[Any]) -> list[Finding]:
        from schemadoctor.workload.findings import nplusone_findings
        from schemadoctor.workload.nplusone import detect
        from schemadoctor.workload.schema_facts import SchemaFacts

        by_dialect: dict[str | None, list[Any]] = defaultdict(list)
        for execution in executions:
            by_dialect[execution.dialect].append(execution)
        findings: list[Finding] = []
        for dialect, group in by_dialect.items():
            facts = SchemaFacts()
            detection = detect(group, dialect, min_repeats=self.min_repeats, facts=facts)
            findings += nplusone_findings(detection, facts, dialect)
        return findings

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if not self.reported:
            return
        terminalreporter.section("schemadoctor: N+1 queries")
        for nodeid, findings in self.reported.items():
            terminalreporter.write_line(nodeid)
            for finding in findings:
                terminalreporter.write_line(f"  {_describe(finding)}")
        count = sum(len(findings) for findings in self.reported.values())
        terminalreporter.write_line(
            f"{count} N+1 pattern{'s' if count != 1 else ''} in {len(self.reported)} "
            f"test{'s' if len(self.reported) != 1 else ''} (allow a known one with "
            "@pytest.mark.allow_nplusone)"
        )


def _describe(finding: Finding) -> str:
    hint = next((line[3:] for line in (finding.fix or "").splitlines() if "SQLAlchemy" in line), "")
    return f"{finding.evidence.get('site') or '?'}: {finding.message}" + (
        f" -> {hint}" if hint else ""
    )


def _allowed(item: pytest.Item, finding: Finding) -> bool:
    for marker in item.iter_markers("allow_nplusone"):
        if not marker.args:
            return True
        subjects = (
            str(finding.table),
            finding.table.name,
            str(finding.evidence.get("site") or ""),
            str(finding.evidence.get("function") or ""),
        )
        if any(str(pattern) in subject for pattern in marker.args for subject in subjects):
            return True
    return False
