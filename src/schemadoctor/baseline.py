"""Baselines: accept today's findings so that CI fails only on new ones.

A baseline file is JSON: `{"schemadoctor": version, "database": {...}, "created": iso-time,
"findings": [{"fingerprint", "rule", "table", "columns", "subject", "message"}]}`.
Findings match by fingerprint (rule + table + columns + subject + references), so a changed
orphan count or message wording does not make a known finding new.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from schemadoctor import __version__
from schemadoctor.errors import SchemaDoctorError
from schemadoctor.model.findings import Finding


@dataclass(frozen=True)
class BaselineComparison:
    new: list[Finding]
    suppressed: int
    resolved: list[dict[str, Any]]

    def summary(self, path: Path) -> dict[str, Any]:
        return {"file": str(path), "suppressed": self.suppressed, "resolved": self.resolved}


def baseline_document(findings: list[Finding], database: dict[str, Any]) -> dict[str, Any]:
    return {
        "schemadoctor": __version__,
        "database": database,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "findings": [
            {
                "fingerprint": finding.fingerprint,
                "rule": finding.rule,
                "table": str(finding.table),
                "columns": list(finding.columns),
                "subject": finding.subject,
                "message": finding.message,
            }
            for finding in findings
        ],
    }


def load_baseline(path: Path) -> list[dict[str, Any]]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SchemaDoctorError(f"baseline file not found: {path}") from None
    except OSError as exc:
        raise SchemaDoctorError(f"cannot read baseline {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise SchemaDoctorError(f"baseline {path} is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise SchemaDoctorError(
            f"baseline {path} is not valid JSON: {exc.msg} (line {exc.lineno})"
        ) from None
    entries = document.get("findings") if isinstance(document, dict) else None
    if not isinstance(entries, list) or not all(
        isinstance(entry, dict) and isinstance(entry.get("fingerprint"), str) for entry in entries
    ):
        raise SchemaDoctorError(
            f"{path} is not a schemadoctor baseline "
            "(write one with `schemadoctor baseline URL -o FILE`)"
        )
    return entries


def compare(findings: list[Finding], entries: list[dict[str, Any]]) -> BaselineComparison:
    known = {entry["fingerprint"] for entry in entries}
    current = {finding.fingerprint for finding in findings}
    new = [finding for finding in findings if finding.fingerprint not in known]
    resolved = [entry for entry in entries if entry["fingerprint"] not in current]
    return BaselineComparison(new, len(findings) - len(new), resolved)
