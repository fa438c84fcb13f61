"""One self-contained HTML file: the page's CSS and script inline, the data as JSON in a
non-executed script element, and a Content-Security-Policy that lets the page load nothing
at all from anywhere (only its own inline style and script, by hash).

Names from the database may hold anything (`</script>`, quotes, `<img onerror>`): the JSON
escapes every `<`, the script only ever sets them as text, never as markup.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from schemadoctor import __version__
from schemadoctor.model.catalog import Catalog, Table, TableName
from schemadoctor.model.findings import Finding, summarize
from schemadoctor.report.html import diagram as d
from schemadoctor.report.html.layout import overview_layout
from schemadoctor.report.html.plan_data import impacts_json, plan_json, planned_actions
from schemadoctor.rules.run import OWN_TABLE_PREFIX

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from schemadoctor.plan.builder import Plan
    from schemadoctor.plan.impact import Impact


@cache
def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def render_html(
    catalog: Catalog,
    findings: Sequence[Finding],
    plan: Plan | None = None,
    *,
    title: str,
    source: str = "",
    impacts: Mapping[TableName, Impact] | None = None,
    generated: datetime | None = None,
) -> str:
    """The report page for `catalog` and its `findings`, with the plan section when `plan`
    is given and counted deletion trees for the tables in `impacts`. `source` is how the
    database is named on the page (a URL without its password)."""
    payload = report_payload(
        catalog, findings, plan, title=title, source=source, impacts=impacts, generated=generated
    )
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    # In a <script> element only `</script` or `<!--` could end or confuse it: no `<` at all.
    data = data.replace("<", "\\u003c")
    css, script = _asset("report.css"), _asset("report.js")
    policy = (
        f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(script)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    # Markers are filled in this order, each value escaped or trusted, so that no inserted
    # text can hold a marker still to be filled.
    page = _asset("page.html")
    page = page.replace("<!--SD:CSP-->", html.escape(policy, quote=False), 1)
    page = page.replace("<!--SD:TITLE-->", html.escape(title))
    page = page.replace("<!--SD:CSS-->", css, 1)
    page = page.replace("<!--SD:DATA-->", data, 1)
    return page.replace("<!--SD:JS-->", script, 1)


def report_payload(
    catalog: Catalog,
    findings: Sequence[Finding],
    plan: Plan | None = None,
    *,
    title: str,
    source: str = "",
    impacts: Mapping[TableName, Impact] | None = None,
    generated: datetime | None = None,
) -> dict[str, Any]:
    """What the page's script reads (see report.js for its use of each key)."""
    tables = sorted(_examined(catalog), key=lambda table: str(table.name))
    findings = [f for f in findings if not f.table.name.startswith(OWN_TABLE_PREFIX)]
    schemas = sorted({table.name.schema or "" for table in tables})
    qualified = len(schemas) > 1
    diagram = d.build_diagram(tables, catalog, findings, planned_actions(plan), qualified=qualified)
    layout = overview_layout(
        [(node.width, node.height) for node in diagram.nodes],
        [(edge.child, edge.parent) for edge in diagram.edges],
        [node.name.schema or "" for node in diagram.nodes],
    )
    when = (generated or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    return {
        "meta": {
            "title": title,
            "source": source,
            "database": catalog.database,
            "dialect": catalog.flavor or catalog.dialect,
            "serverVersion": catalog.server_version,
            "generated": when,
            "version": __version__,
            "qualified": qualified,
            "warnings": list(catalog.warnings),
            "summary": summarize(findings),
            "box": {
                "titleChar": d.TITLE_CHAR,
                "columnChar": d.COLUMN_CHAR,
                "titleHeight": d.TITLE_HEIGHT,
                "lineHeight": d.LINE_HEIGHT,
                "padding": d.BOX_PADDING,
                "typeChars": d.TYPE_CHARS,
                "badgeWidth": d.BADGE_WIDTH,
            },
        },
        "tables": [node.to_json() for node in diagram.nodes],
        "edges": [edge.to_json() for edge in diagram.edges],
        "layout": {
            "width": round(layout.width, 1),
            "height": round(layout.height, 1),
            "xy": [[round(x, 1), round(y, 1)] for x, y in layout.positions],
            "groups": [
                {
                    "label": group.label,
                    "x": round(group.x, 1),
                    "y": round(group.y, 1),
                    "w": round(group.width, 1),
                    "h": round(group.height, 1),
                    "members": list(group.members),
                }
                for group in layout.groups
            ],
        },
        "findings": [_finding_json(f, diagram.index) for f in findings],
        "rules": _rationales({f.rule for f in findings}),
        "plan": plan_json(plan, diagram.index) if plan is not None else None,
        "impacts": impacts_json(impacts, diagram.index),
    }


def _examined(catalog: Catalog) -> list[Table]:
    # schemadoctor's own bookkeeping tables are not part of the schema examined.
    return [table for table in catalog if not table.name.name.startswith(OWN_TABLE_PREFIX)]


def _finding_json(finding: Finding, index: Mapping[TableName, int]) -> dict[str, Any]:
    data = finding.to_dict()
    data["tableIndex"] = index.get(finding.table)
    data["schema"] = finding.table.schema or ""
    if finding.references is not None:
        data["references"]["tableIndex"] = index.get(finding.references.table)
    return data


def _rationales(rule_ids: set[str]) -> dict[str, str]:
    from schemadoctor.rules import all_rules

    known = all_rules()
    return {rule: known[rule].rationale for rule in sorted(rule_ids) if rule in known}
