"""The demo's HTML report (`schemadoctor demo --html FILE`): the check's findings, the plan and
the counted deletion trees, written after the plan step and before anything is applied, so
the page shows the database as it was found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from schemadoctor.check import CheckResult
from schemadoctor.engines.database import file_target, open_database
from schemadoctor.plan.builder import Plan
from schemadoctor.plan.impact import Impact
from schemadoctor.report.html import render_html
from schemadoctor.report.html.impacts import impact_trees

if TYPE_CHECKING:
    from schemadoctor.demo.story import DemoContext
    from schemadoctor.model.catalog import TableName


def html_step(context: DemoContext) -> None:
    check = context.results.get("check_result")
    if context.html is None or not isinstance(check, CheckResult):
        return
    plan = context.results.get("plan")
    plan = plan if isinstance(plan, Plan) else None
    impacts: dict[TableName, Impact] = {}
    if plan is not None:
        reader = open_database(file_target(context.path), read_only=True)
        try:
            impacts = impact_trees(reader, plan)
        finally:
            reader.dispose()
    page = render_html(
        check.catalog,
        check.findings,
        plan,
        title="schemadoctor demo: a gas-delivery app's database",
        source=str(context.path),
        impacts=impacts,
    )
    context.html.write_text(page, encoding="utf-8")
    context.say("")
    context.say(f"Wrote the HTML report (diagram, findings, plan) to {context.html}")
