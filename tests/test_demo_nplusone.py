from __future__ import annotations

import io
from pathlib import Path

from schemadoctor.demo.nplusone import PAGE_SIZE, nplusone_step
from schemadoctor.demo.story import STEPS, DemoContext, Step, build_step, run_story


def test_demo_finds_the_pages_nplusone_and_measures_its_fix(tmp_path: Path) -> None:
    said: list[str] = []
    context = DemoContext(path=tmp_path / "demo.db", out=io.StringIO(), say=said.append)
    run_story(context, [Step("build", build_step), Step("nplusone", nplusone_step)])
    result = context.results["nplusone"]
    (finding,) = result["findings"]
    assert finding.table.name == "customers" and finding.evidence["count"] <= PAGE_SIZE
    assert "demo/nplusone.py:" in finding.evidence["site"]
    assert finding.evidence["confidence_basis"] == "parameter values"
    assert "joinedload(Order.customer)" in finding.fix
    # The demo's orders.customer_id is not declared (before apply): the link is inferred.
    assert finding.evidence["foreign_key"]["how"] == "inferred"
    (queries_before, ms_before), (queries_after, ms_after) = result["before"], result["after"]
    assert queries_before > 10 * queries_after and queries_after == 1
    assert ms_before > 0 and ms_after > 0
    assert any("queries per page" in line for line in said)
    assert "nplusone" in [step.name for step in STEPS]
