"""The HTML report without a browser: the overview layout's geometry, and what the page
carries (one node per table, one edge per declared and inferred key, names kept as text, a
Content-Security-Policy that matches the inline script and style). The page in a real
Chromium is tested in test_html_browser.py."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
from pathlib import Path

import pytest

from conftest import ScratchDatabase, run_cli
from schemadoctor.report.html.layout import overview_layout

NASTY = "</script><script>alert(1)</script>"


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def _random_graph(seed: int, count: int) -> tuple[list[tuple[float, float]], list[tuple[int, int]]]:
    """Boxes of varied sizes; each node references up to three earlier ones (acyclic), and a
    fifth of the nodes reference nothing and nobody."""
    rng = random.Random(seed)
    sizes = [(rng.uniform(150, 300), rng.choice([42.0, 74.0, 106.0, 138.0])) for _ in range(count)]
    links = []
    for child in range(1, count):
        if rng.random() < 0.2:
            continue
        for parent in rng.sample(range(child), min(child, rng.randint(1, 3))):
            links.append((child, parent))
    return sizes, links


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_layout_places_every_box_without_overlap_inside_its_group(seed: int) -> None:
    sizes, links = _random_graph(seed, 120)
    schemas = ["public" if i % 3 else "sales" for i in range(len(sizes))]
    layout = overview_layout(sizes, links, schemas)
    boxes = [(x, y, w, h) for (x, y), (w, h) in zip(layout.positions, sizes, strict=True)]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not _overlap(a, b), (a, b)
    members = sorted(m for group in layout.groups for m in group.members)
    assert members == list(range(len(sizes)))
    for group in layout.groups:
        for m in group.members:
            x, y, w, h = boxes[m]
            assert group.x <= x and x + w <= group.x + group.width + 1e-6
            assert group.y <= y and y + h <= group.y + group.height + 1e-6
        for other in layout.groups:
            if other is not group:
                frame = (group.x, group.y, group.width, group.height)
                assert not _overlap(frame, (other.x, other.y, other.width, other.height))
    assert layout.width > 0 and layout.height > 0
    assert layout.width / layout.height < 4, "the canvas should be roughly as wide as a screen"


def test_layout_puts_parents_above_children_and_is_deterministic() -> None:
    sizes, links = _random_graph(7, 80)
    first = overview_layout(sizes, links, [""] * len(sizes))
    again = overview_layout(sizes, links, [""] * len(sizes))
    assert first == again
    for child, parent in links:
        assert first.positions[child][1] > first.positions[parent][1]


def test_layout_survives_cycles_and_self_references() -> None:
    sizes = [(160.0, 58.0)] * 5
    links = [(0, 1), (1, 2), (2, 0), (3, 3), (4, 0)]
    layout = overview_layout(sizes, links, ["s"] * 5)
    boxes = [(x, y, w, h) for (x, y), (w, h) in zip(layout.positions, sizes, strict=True)]
    assert all(not _overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    assert {len(group.members) for group in layout.groups} == {4, 1}


def _page_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="sd-data">(.*?)</script>', page, re.S)
    assert match, "the data element is missing"
    return json.loads(match.group(1))


def _schema(db: ScratchDatabase) -> None:
    q = db.quote
    db.run(
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(20))",
        "INSERT INTO customers VALUES " + ", ".join(f"({i}, 'c{i}')" for i in range(1, 21)),
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, "
        "FOREIGN KEY (customer_id) REFERENCES customers (id))",
        f"CREATE TABLE {q(NASTY)} (id INTEGER PRIMARY KEY, customer_id INTEGER)",
        f"INSERT INTO {q(NASTY)} VALUES "
        + ", ".join(f"({i}, {i % 20 + 1})" for i in range(1, 41))
        + ", (41, 999)",
        # SQLite lets a foreign key name a table that does not exist.
        "CREATE TABLE shipments (id INTEGER PRIMARY KEY, "
        "carrier_id INTEGER REFERENCES carriers_elsewhere (id))",
    )


def test_page_carries_one_node_per_table_and_one_edge_per_key(
    sqlite_db: ScratchDatabase, tmp_path: Path
) -> None:
    _schema(sqlite_db)
    report = tmp_path / "report.html"
    result = run_cli("check", sqlite_db.url, "--format", "html", "-o", str(report))
    assert result.code in (0, 1), result.stderr
    page = report.read_text(encoding="utf-8")
    data = _page_data(page)
    findings = run_cli("check", sqlite_db.url, "--format", "json").json()["findings"]
    tables = [t for t in data["tables"] if not t.get("external")]
    assert sorted(t["name"] for t in tables) == sorted(["customers", "orders", NASTY, "shipments"])
    external = [t["name"] for t in data["tables"] if t.get("external")]
    assert external == ["carriers_elsewhere"], "a key into a table outside the report is drawn"
    declared = [e for e in data["edges"] if e["kind"] == "declared"]
    inferred = [e for e in data["edges"] if e["kind"] == "inferred"]
    assert len(declared) == 2
    missing = [f for f in findings if f["rule"] == "missing-foreign-key"]
    assert len(inferred) == len(missing) >= 1
    nasty = next(e for e in inferred if data["tables"][e["from"]]["name"] == NASTY)
    assert data["tables"][nasty["to"]]["name"] == "customers"
    assert nasty["orphans"] == 1 and 0 < nasty["confidence"] <= 1
    assert len(data["findings"]) == len(findings)
    assert len(data["layout"]["xy"]) == len(data["tables"])


def test_names_stay_text_and_the_policy_allows_only_the_inline_code(
    sqlite_db: ScratchDatabase, tmp_path: Path
) -> None:
    _schema(sqlite_db)
    report = tmp_path / "report.html"
    run_cli("check", sqlite_db.url, "--format", "html", "-o", str(report))
    page = report.read_text(encoding="utf-8")
    assert NASTY not in page, "a name must never reach the page as markup"
    assert page.count("<script") == 2 and page.count("</script>") == 2
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in page
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in policy
    script = re.search(r"<script>(.*)</script>", page, re.S).group(1)
    style = re.search(r"<style>(.*)</style>", page, re.S).group(1)
    for text in (script, style):
        digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_plan_report_lists_the_steps_of_the_script(
    sqlite_db: ScratchDatabase, tmp_path: Path
) -> None:
    _schema(sqlite_db)
    report, script = tmp_path / "plan.html", tmp_path / "fix.sql"
    result = run_cli("plan", sqlite_db.url, "-o", str(script), "--html", str(report))
    assert result.code == 0, result.stderr
    plan = _page_data(report.read_text(encoding="utf-8"))["plan"]
    sql = script.read_text(encoding="utf-8")
    assert len(plan["steps"]) == sql.count("-- schemadoctor:step")
    assert plan["up"].split("\n-- step", 1)[1] == sql.split("\n-- step", 1)[1]
    assert all(step["locks"] for step in plan["steps"])
    assert plan["onDelete"] and all(choice["why"] for choice in plan["onDelete"])
    assert [o["orphans"] for o in plan["orphans"]] == [1]


def test_bad_output_path_is_one_line_and_exit_2(sqlite_db: ScratchDatabase, tmp_path: Path) -> None:
    _schema(sqlite_db)
    target = tmp_path / "missing" / "report.html"
    result = run_cli("check", sqlite_db.url, "--format", "html", "-o", str(target))
    assert result.code == 2
    assert result.stderr.strip().count("\n") == 0 and "cannot write" in result.stderr
