"""Wording that every human-facing format shares, so text and Markdown say the same thing."""

from __future__ import annotations

from typing import Any

SEVERITIES = ("error", "warning", "info")
TITLES = {"error": "Errors", "warning": "Warnings", "info": "Info"}


def counted(count: int, noun: str) -> str:
    """`1 error`, `2 errors`; `info` does not take a plural."""
    plural = noun if count == 1 or noun == "info" else noun + "s"
    return f"{count} {plural}"


def location(finding: dict[str, Any]) -> str:
    """`public.orders (customer_id, pod_id)`, or the bare table when no columns apply."""
    columns = finding.get("columns") or []
    return f"{finding['table']} ({', '.join(columns)})" if columns else finding["table"]


def summary_line(data: dict[str, Any]) -> str:
    summary = data["summary"]
    counts = summary["by_severity"]
    parts = ", ".join(counted(counts[severity], severity) for severity in SEVERITIES)
    return (
        f"{counted(summary['total'], 'finding')} ({parts}) · "
        f"{counted(summary['tables'], 'table')} · "
        f"{counted(len(summary['rules_run']), 'rule')} · {summary['seconds']:.2f} s"
    )


def single_line(text: str) -> str:
    """For SQL comments and headings: a name holding a line break must not start a new line
    (which could turn the rest of a malicious name into a statement)."""
    return " ".join(text.splitlines())
