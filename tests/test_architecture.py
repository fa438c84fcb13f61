"""The house rules the code is held to: every kind of change renders on every engine (or says
why it cannot), verification knows every kind, scripts name kinds by stable strings, and no
module outside `engines/` asks which engine it is talking to."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from schemadoctor.engines import all_adapters
from schemadoctor.engines.rendering import Unsupported
from schemadoctor.model import changes as c
from schemadoctor.model.catalog import TableName

SOURCE = Path(__file__).resolve().parent.parent / "src" / "schemadoctor"

STABLE_KINDS = {
    "add-check",
    "add-foreign-key",
    "add-primary-key",
    "add-unique-constraint",
    "alter-column-type",
    "convert-key-type",
    "create-index",
    "create-quarantine-table",
    "drop-check",
    "drop-foreign-key",
    "drop-index",
    "drop-not-null",
    "drop-primary-key",
    "drop-unique-constraint",
    "drop-quarantine-table",
    "no-change",
    "quarantine-orphans",
    "rebuild-index",
    "restore-key-type",
    "restore-orphans",
    "set-not-null",
    "validate-constraint",
}
"""Kind names written into plan files: a plan written by one release must read in the next."""


def test_kind_names_are_stable() -> None:
    assert set(c.CHANGE_KINDS) == STABLE_KINDS
    for name, kind in c.CHANGE_KINDS.items():
        assert kind.kind == name


@pytest.mark.parametrize("adapter", all_adapters(), ids=lambda adapter: adapter.name)
@pytest.mark.parametrize("kind", sorted(c.CHANGE_KINDS.values(), key=lambda k: k.kind), ids=str)
def test_every_kind_renders_or_says_why_not(adapter, kind) -> None:
    renderer = adapter.renderer()
    if renderer.handles(kind):
        return
    reason = type(renderer).unsupported.get(kind, "")
    assert reason.strip(), f"{adapter.name} neither renders {kind.kind} nor says why not"
    change = kind.__new__(kind)
    object.__setattr__(change, "table", TableName(None, "t"))
    with pytest.raises(Unsupported, match=re.escape(reason)):
        renderer.steps(change)


@pytest.mark.parametrize("kind", sorted(c.CHANGE_KINDS.values(), key=lambda k: k.kind), ids=str)
def test_verification_knows_every_kind(kind) -> None:
    expectation = kind.verify
    if isinstance(expectation, c.Expectation):
        assert expectation.family in {
            "index",
            "foreign-key",
            "check",
            "primary-key",
            "column",
            "column-type",
            "constraint",
        }
    else:
        assert isinstance(expectation, str) and expectation.strip()


def test_every_kind_has_a_phase_and_an_inverse_of_a_known_kind() -> None:
    for kind in c.CHANGE_KINDS.values():
        assert isinstance(kind.phase, int) and 0 <= kind.phase <= 7


_ENGINE_NAME = re.compile(
    r"""(==|!=|\bin\b)\s*\(?\s*["'](postgresql|postgres|mysql|mariadb|sqlite)["']"""
    r"""|["'](postgresql|postgres|mysql|mariadb|sqlite)["']\s*(==|!=)"""
)


def engine_name_comparisons() -> list[str]:
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        relative = path.relative_to(SOURCE)
        if relative.parts[0] == "engines":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _ENGINE_NAME.search(line):
                found.append(f"{relative}:{number}: {line.strip()}")
    return found


def test_no_engine_name_comparisons_outside_engines() -> None:
    assert engine_name_comparisons() == []
