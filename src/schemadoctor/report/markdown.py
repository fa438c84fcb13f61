"""GitHub-flavoured Markdown: a summary, one table per severity, fixes in collapsible blocks.

Names come from the database and may hold anything (`|`, backticks, `<details>`, line
breaks); every one goes through `_code` or `_cell`, so it shows as itself and cannot break
the table or inject markup.
"""

from __future__ import annotations

import html
import re
from typing import Any

from schemadoctor.report.words import SEVERITIES, TITLES, counted, location, summary_line


def render(data: dict[str, Any], **_options: Any) -> str:
    database = data["database"]
    lines = [
        f"# schemadoctor report: {_code(database['name'])}",
        "",
        f"{_text(database['dialect'])} database {_code(database['url'])} · "
        f"schemadoctor {_text(data['schemadoctor'])}",
        "",
        f"**{_text(summary_line(data))}**",
        "",
    ]
    counts = data["summary"]["by_severity"]
    lines += ["| Severity | Findings |", "| --- | ---: |"]
    lines += [f"| {severity} | {counts[severity]} |" for severity in SEVERITIES]
    lines.append("")
    for warning in data.get("warnings", []):
        lines += [f"> **Note:** {_text(warning)}", ""]
    findings = data["findings"]
    if not findings:
        lines += ["No findings.", ""]
    for severity in SEVERITIES:
        rows = [finding for finding in findings if finding["severity"] == severity]
        if rows:
            lines += _section(severity, rows)
    lines += _baseline(data.get("baseline"))
    return "\n".join(lines).rstrip("\n") + "\n"


def _section(severity: str, rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        f"## {TITLES[severity]} ({len(rows)})",
        "",
        "| Rule | Table | Columns | Finding |",
        "| --- | --- | --- | --- |",
    ]
    for finding in rows:
        message = _text(finding["message"])
        if "confidence" in finding:
            message += f" (confidence {finding['confidence']:.2f})"
        columns = ", ".join(_code(column) for column in finding["columns"])
        lines.append(
            "| "
            + " | ".join(
                _cell(part)
                for part in (_code(finding["rule"]), _code(finding["table"]), columns, message)
            )
            + " |"
        )
    lines.append("")
    fixes = [finding for finding in rows if finding.get("fix")]
    if fixes:
        lines += [
            "<details>",
            f"<summary>Fixes for {counted(len(fixes), TITLES[severity].lower().rstrip('s'))}"
            "</summary>",
            "",
        ]
        for finding in fixes:
            lines += [f"{_code(finding['rule'])} on {_code(location(finding))}", ""]
            lines += _fenced(finding["fix"], "sql")
            lines.append("")
        lines += ["</details>", ""]
    return lines


def _baseline(baseline: dict[str, Any] | None) -> list[str]:
    if not baseline:
        return []
    resolved = baseline["resolved"]
    lines = [
        "## Baseline",
        "",
        f"Compared with {_code(baseline['file'])}: "
        f"{counted(baseline['suppressed'], 'known finding')} not shown, "
        f"{len(resolved)} no longer {'occurs' if len(resolved) == 1 else 'occur'}.",
        "",
    ]
    if resolved:
        lines += ["| Fixed since the baseline | Table |", "| --- | --- |"]
        lines += [
            f"| {_cell(_code(entry['rule']))} | {_cell(_code(location(entry)))} |"
            for entry in resolved
        ]
        lines.append("")
    return lines


def _text(text: str) -> str:
    """Plain text on one line: HTML-escaped, and the inline Markdown punctuation escaped (the
    text never starts a line, so `#`, `-` and `>` need nothing)."""
    text = html.escape(" ".join(str(text).splitlines()), quote=False)
    return re.sub(r"([\\`*_\[\]~])", r"\\\1", text)


def _code(text: str) -> str:
    """An inline code span that holds any text: the fence is one backtick longer than the
    longest run inside, and padded when the text starts or ends with a backtick."""
    text = " ".join(str(text).splitlines())
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _cell(text: str) -> str:
    """GitHub splits table rows on `|` even inside code spans."""
    return text.replace("|", "\\|")


def _fenced(text: str, language: str) -> list[str]:
    longest = max((len(run) for run in re.findall(r"`{3,}", text)), default=2)
    fence = "`" * (longest + 1)
    return [f"{fence}{language}", *text.splitlines(), fence]
