"""How the HTML report copes with a big schema: a generated SQLite database of N tables
(default 400; tests/synthetic.py's `generate`, each table referencing up to three earlier
ones, a third of those references declared, the rest left for inference, some orphans).

Measured:
- the check (informational) and the plan (with --plan), in-process;
- writing the report: `render_html` (layout included) plus writing the file, best of
  --repeat runs; target under 2 s;
- the file's size; target under 5 MB;
- in headless Chromium (Debian's chromium + chromium-driver, Selenium): time from the start of
  navigation until the page's script has drawn everything and is interactive (it sets
  data-ready), best of --repeat loads; target under 2 s; then how long a search and a
  table's neighbourhood take to show.

    python benchmarks/html_report.py
    python benchmarks/html_report.py --tables 800 --rows 20 --plan --keep /tmp/big.html
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import synthetic
from schemadoctor.check import run_check, select_rules
from schemadoctor.config import Config
from schemadoctor.engines.database import open_database
from schemadoctor.report.html import render_html

WRITE_TARGET = 2.0
SIZE_TARGET = 5 * 1024 * 1024
READY_TARGET = 2.0


def build(path: Path, tables: int, rows: int, seed: int) -> tuple[int, int]:
    """The database; returns (declared, left undeclared) reference counts."""
    schema = synthetic.generate(tables=tables, seed=seed, rows=rows)
    rng = random.Random(seed)
    declared = 0
    for reference in sorted(schema.planted):
        table, columns, parent, parent_columns = reference
        if rng.random() < 1 / 3:
            schema.table(table).declared.append((columns, parent, parent_columns))
            declared += 1
    connection = sqlite3.connect(path)
    try:
        connection.executescript(";\n".join(synthetic.statements(schema, "sqlite")) + ";")
        connection.commit()
    finally:
        connection.close()
    return declared, len(schema.planted) - declared


def timed(function, repeat: int):  # type: ignore[no-untyped-def]
    best = float("inf")
    result = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tables", type=int, default=400)
    parser.add_argument("--rows", type=int, default=20, help="rows per table (0: schema only)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--plan", action="store_true", help="include the plan in the report")
    parser.add_argument("--keep", type=Path, help="keep the report at this path")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="schemadoctor-html-bench-") as scratch:
        database_path = Path(scratch) / "big.db"
        declared, undeclared = build(database_path, args.tables, args.rows, args.seed)
        print(
            f"schema: {args.tables} tables, {declared} declared foreign keys, {undeclared} "
            f"undeclared references, {args.rows} rows per table"
        )
        config = Config()
        database = open_database(str(database_path))
        try:
            check_seconds, result = timed(
                lambda: run_check(database, config, select_rules(config)), 1
            )
            plan = None
            if args.plan:
                from schemadoctor.plan.builder import build_plan

                plan_seconds, plan = timed(lambda: build_plan(database, config, {}), 1)
                print(f"plan:   {plan_seconds:.2f} s, {len(plan.up.steps)} steps")
        finally:
            database.dispose()
        inferred = sum(f.rule == "missing-foreign-key" for f in result.findings)
        print(
            f"check:  {check_seconds:.2f} s, {len(result.findings)} findings "
            f"({inferred} inferred foreign keys)"
        )
        report = args.keep or Path(scratch) / "report.html"

        def write() -> int:
            page = render_html(
                result.catalog, result.findings, plan, title="benchmark", source="big.db"
            )
            report.write_text(page, encoding="utf-8")
            return len(page.encode())

        write_seconds, size = timed(write, args.repeat)
        print(
            f"write:  {write_seconds:.3f} s (render_html + write, best of {args.repeat}; "
            f"target < {WRITE_TARGET:.0f} s) {'OK' if write_seconds < WRITE_TARGET else 'SLOW'}"
        )
        print(
            f"size:   {size / 1024 / 1024:.2f} MB (target < {SIZE_TARGET / 1024 / 1024:.0f} MB) "
            f"{'OK' if size < SIZE_TARGET else 'TOO BIG'}"
        )
        if not args.no_browser:
            browser_figures(report, args.repeat, len(result.catalog.tables))


def browser_figures(report: Path, repeat: int, tables: int) -> None:
    from browser import browser_missing, chromium

    reason = browser_missing()
    if reason:
        print(f"browser: skipped, {reason}")
        return
    from selenium.webdriver.common.by import By

    with chromium() as page:
        loads = []
        for _ in range(repeat):
            started = time.perf_counter()
            ready = page.open(report)
            loads.append((ready, time.perf_counter() - started))
        ready, wall = min(loads)
        nodes = page.count("#diagram .overview .node")
        edges = page.count("#diagram .overview .edge")
        print(
            f"page:   interactive {ready:.3f} s after navigation start (best of {repeat}; "
            f"target < {READY_TARGET:.0f} s) {'OK' if ready < READY_TARGET else 'SLOW'}; "
            f"{wall:.3f} s from the driver's get() to ready; {nodes} nodes, {edges} edges"
        )
        errors = page.console_errors()
        outside = page.outside_requests(report)
        search = page.driver.find_element(By.CSS_SELECTOR, "#search")
        started = time.perf_counter()
        search.send_keys("customer")
        deadline = time.monotonic() + 10
        while "match" not in page.find("#search-status").text and time.monotonic() < deadline:
            time.sleep(0.005)
        search_seconds = time.perf_counter() - started
        shown = page.visible_count("#diagram .overview .node")
        search.clear()
        page.js("document.getElementById('view-overview').click()")
        started = time.perf_counter()
        page.js(
            "document.querySelector('#diagram .overview .node[data-table=\"0\"]')"
            ".dispatchEvent(new MouseEvent('click', {bubbles: true}))"
        )
        near = page.count("#diagram .focus-view .node")
        focus_seconds = time.perf_counter() - started
        print(
            f"search: 'customer' -> {shown} of {tables} tables shown in {search_seconds:.3f} s "
            f"(typing included, 120 ms debounce above 200 tables)"
        )
        print(f"focus:  a table's neighbourhood ({near} tables) drawn in {focus_seconds:.3f} s")
        print(f"clean:  {len(errors)} console errors, {len(outside)} requests leaving the page")


if __name__ == "__main__":
    main()
