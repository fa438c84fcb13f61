"""The HTML report in a real headless Chromium, on databases made by the fixtures: the diagram
has one node per table and one edge per declared and inferred foreign key, search narrows it,
the findings filters work, a finding leads to its table, the plan section lists the script's
steps and shows deletion trees, the page is keyboard reachable, logs no console error and
makes no request. Screenshots (1280 px and phone width) go to tests/artifacts/."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser import PHONE, Page, chromium, require_browser
from conftest import ScratchDatabase, run_cli

HOSTILE = 'x"; drop table y; --'
MARKUP = "<img src=x onerror=alert(1)>"
TABLES = ("customers", "products", "orders", "order_items", "reviews", HOSTILE, MARKUP, "audit_log")
DECLARED = 2


@pytest.fixture(scope="module")
def browser() -> Iterator[Page]:
    require_browser()
    with chromium() as page:
        yield page


def _plant(db: ScratchDatabase) -> None:
    """Eight tables: two declared foreign keys (one with an orphan row), four references only
    the data and the names tell (one with an orphan), a table without a primary key, and two
    names that would be code if pasted into SQL or HTML."""
    q = db.quote
    customers = ", ".join(f"({i}, 'customer {i}')" for i in range(1, 21))
    products = ", ".join(f"({i}, 'product {i}')" for i in range(1, 11))
    orders = ", ".join(f"({i}, {i % 20 + 1}, 'n')" for i in range(1, 31)) + ", (31, 999, 'n')"
    items = ", ".join(f"({i}, {i % 30 + 1}, {i % 10 + 1})" for i in range(1, 41))
    reviews = ", ".join(f"({i}, {i % 10 + 1}, {i % 20 + 1})" for i in range(1, 16))
    hostile = ", ".join(f"({i}, {i % 20 + 1})" for i in range(1, 11))
    items_fk = "CONSTRAINT items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id)"
    statements = [
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(40))",
        f"INSERT INTO customers VALUES {customers}",
        "CREATE TABLE products (id INTEGER PRIMARY KEY, name VARCHAR(40))",
        f"INSERT INTO products VALUES {products}",
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, note VARCHAR(40))",
        f"INSERT INTO orders VALUES {orders}",
        "CREATE TABLE reviews (id INTEGER PRIMARY KEY, product_id INTEGER, customer_id INTEGER, "
        "CONSTRAINT reviews_product_fk FOREIGN KEY (product_id) REFERENCES products (id))",
        f"INSERT INTO reviews VALUES {reviews}",
        f"CREATE TABLE {q(HOSTILE)} (id INTEGER PRIMARY KEY, customer_id INTEGER)",
        f"INSERT INTO {q(HOSTILE)} VALUES {hostile}",
        f"CREATE TABLE {q(MARKUP)} (id INTEGER PRIMARY KEY, label VARCHAR(20))",
        "CREATE TABLE audit_log (id INTEGER, message VARCHAR(40))",
        "INSERT INTO audit_log VALUES (1, 'a'), (1, 'b')",
    ]
    item_rows = f"INSERT INTO order_items VALUES {items}, (41, 777, 1)"
    statements += _DECLARED_ORPHAN[db.dialect](items_fk, item_rows)
    db.run(*statements)


def _orphan_postgresql(constraint: str, rows: str) -> list[str]:
    # PostgreSQL enforces a validated constraint: only one added NOT VALID keeps an orphan.
    return [
        "CREATE TABLE order_items (id INTEGER PRIMARY KEY, order_id INTEGER, product_id INTEGER)",
        rows,
        f"ALTER TABLE order_items ADD {constraint} NOT VALID",
    ]


def _orphan_mysql(constraint: str, rows: str) -> list[str]:
    return [
        "SET FOREIGN_KEY_CHECKS = 0",
        "CREATE TABLE order_items (id INTEGER PRIMARY KEY, order_id INTEGER, product_id INTEGER, "
        f"{constraint})",
        rows,
        "SET FOREIGN_KEY_CHECKS = 1",
    ]


def _orphan_sqlite(constraint: str, rows: str) -> list[str]:
    # SQLite checks foreign keys only with PRAGMA foreign_keys = ON, off by default.
    return [
        "CREATE TABLE order_items (id INTEGER PRIMARY KEY, order_id INTEGER, product_id INTEGER, "
        f"{constraint})",
        rows,
    ]


_DECLARED_ORPHAN = {
    "postgresql": _orphan_postgresql,
    "mysql": _orphan_mysql,
    "sqlite": _orphan_sqlite,
}


def _table_index(page: Page, name: str) -> int:
    return int(
        page.js(
            "return JSON.parse(document.getElementById('sd-data').textContent)"
            ".tables.findIndex(t => t.name === arguments[0] "
            "|| t.name.endsWith('.' + arguments[0]))",
            name,
        )
    )


def _visible_rows(page: Page) -> list[dict[str, Any]]:
    return list(
        page.js(
            "return Array.from(document.querySelectorAll('#findings-body tr.finding'))"
            ".filter(r => !r.hidden)"
            ".map(r => ({severity: r.dataset.severity, rule: r.dataset.rule}))"
        )
    )


def _wait(condition: Any, what: str, seconds: float = 5) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def _assert_clean(page: Page, report: Path) -> None:
    assert page.console_errors() == []
    assert page.outside_requests(report) == []


def test_check_report_in_chromium(any_db: ScratchDatabase, browser: Page, tmp_path: Path) -> None:
    _plant(any_db)
    report = tmp_path / "report.html"
    result = run_cli("check", any_db.url, "--format", "html", "-o", str(report))
    assert result.code == 1, result.stderr  # errors found: missing keys, orphans, no primary key
    findings = run_cli("check", any_db.url, "--format", "json").json()["findings"]
    inferred = [f for f in findings if f["rule"] == "missing-foreign-key"]
    assert len(inferred) >= 3, [f["message"] for f in findings]
    assert any(f["rule"] == "orphan-rows" for f in findings)

    browser.open(report)
    assert browser.count("#diagram .overview .node:not(.external)") == len(TABLES)
    assert browser.count("#diagram .overview .node.external") == 0
    assert browser.count("#diagram .overview .edge.declared") == DECLARED
    assert browser.count("#diagram .overview .edge.inferred") == len(inferred)
    titles = browser.js(
        "return Array.from(document.querySelectorAll('#diagram .overview .node > title'))"
        ".map(t => t.textContent)"
    )
    for name in (HOSTILE, MARKUP):
        assert any(title == name or title.endswith("." + name) for title in titles), titles
    assert browser.count("img") == 0, "a table name was parsed as markup"
    orphan_labels = browser.js(
        "return Array.from(document.querySelectorAll('#diagram .overview .edge .label.orph'))"
        ".map(t => t.textContent)"
    )
    assert "1 orphan" in orphan_labels  # orders.customer_id = 999 and order_items.order_id = 777
    browser.screenshot(f"check-{any_db.dialect}-1280")

    # Search narrows the overview to the matching tables.
    search = browser.find("#search")
    search.send_keys("order")
    matching = [name for name in TABLES if "order" in name]
    _wait(lambda: browser.visible_count("#diagram .overview .node") == len(matching), "search")
    assert "2 tables of 8 match" in browser.find("#search-status").text
    visible_edges = browser.visible_count("#diagram .overview .edge")
    assert visible_edges == 1, "only order_items -> orders joins two matching tables"
    browser.screenshot(f"check-{any_db.dialect}-search")
    search.send_keys("\ue007")  # Enter: the first match's neighbourhood
    _wait(lambda: browser.count("#diagram .focus-view .node.focus") == 1, "the neighbourhood")
    search.clear()
    browser.find("#view-overview").click()
    _wait(lambda: browser.visible_count("#diagram .overview .node") == len(TABLES), "overview")

    # Filters: severity, rule.
    assert len(_visible_rows(browser)) == len(findings)
    browser.find('#severity-filter input[value="warning"]').click()
    rows = _visible_rows(browser)
    assert len(rows) == sum(f["severity"] != "warning" for f in findings)
    assert all(row["severity"] != "warning" for row in rows)
    browser.find("#reset-filters").click()
    from selenium.webdriver.support.ui import Select

    Select(browser.find("#rule-filter")).select_by_value("missing-foreign-key")
    rows = _visible_rows(browser)
    assert len(rows) == len(inferred) and {row["rule"] for row in rows} == {"missing-foreign-key"}
    assert (
        f"Showing {len(inferred)} of {len(findings)} findings"
        in browser.find("#findings-status").text
    )

    # A finding leads to its table in the diagram, and the table back to its findings.
    first = inferred[0]
    browser.find("#findings-body tr.finding:not([hidden]) td.table-cell button").click()
    focus = browser.find("#diagram .focus-view .node.focus")
    assert int(focus.get_attribute("data-table")) == _table_index(browser, first["table"])
    browser.screenshot(f"check-{any_db.dialect}-focus")
    details = browser.find("#details").text
    assert first["message"] in details
    _assert_clean(browser, report)

    browser.open(report, *PHONE)
    assert browser.count("#diagram .overview .node:not(.external)") == len(TABLES)
    browser.screenshot(f"check-{any_db.dialect}-phone")
    browser.screenshot_of("#findings", f"check-{any_db.dialect}-phone-findings")
    overflow = browser.js(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, "the page must not scroll sideways on a phone"
    _assert_clean(browser, report)


def test_plan_report_in_chromium(any_db: ScratchDatabase, browser: Page, tmp_path: Path) -> None:
    _plant(any_db)
    report, script = tmp_path / "plan.html", tmp_path / "fix.sql"
    result = run_cli("plan", any_db.url, "-o", str(script), "--html", str(report))
    assert result.code == 0, result.stderr
    sql = script.read_text(encoding="utf-8")

    browser.open(report)
    assert browser.visible_count("#plan") == 1
    assert browser.count("#plan .steps tr.step") == sql.count("-- schemadoctor:step")
    header = sql.split("-- ON DELETE choices:\n", 1)[1].split("\n--\n", 1)[0]
    choices = [line for line in header.splitlines() if line.startswith("--   ")]
    assert browser.count("#plan .on-delete tbody tr") == len(choices) >= 1
    locks = browser.js(
        "return Array.from(document.querySelectorAll('#plan .steps td.locks'))"
        ".map(t => t.textContent)"
    )
    assert all(text.strip() for text in locks)
    # Each step's SQL is that step of the script, as written by -o.
    browser.find("#plan .steps tr.step .expand").click()
    first_step = browser.find("#plan .steps tr.step-sql:not([hidden]) code").text
    assert first_step.startswith("-- step 1/") and first_step.strip() in sql
    orphans = browser.js(
        "return Array.from(document.querySelectorAll('#plan .orphans tbody tr'))"
        ".map(r => r.textContent)"
    )
    assert any("orders" in row for row in orphans), orphans

    # The deletion tree of customers, counted on the database when the plan was made.
    index = _table_index(browser, "customers")
    from selenium.webdriver.support.ui import Select

    Select(browser.find("#impact-table")).select_by_value(str(index))
    browser.find("#plan .impact-picker .button").click()
    tree = browser.find("#impact-result").text
    assert "DELETE FROM" in tree and "customers" in tree
    assert "rows" in tree
    browser.screenshot_of("#plan", f"plan-{any_db.dialect}-1280")
    _assert_clean(browser, report)


def test_demo_report_is_keyboard_reachable_and_prints(browser: Page, tmp_path: Path) -> None:
    report = tmp_path / "demo.html"
    result = run_cli("demo", "--html", str(report))
    assert result.code == 0, result.stderr
    seconds = browser.open(report)
    assert seconds < 5
    assert browser.count("#diagram .overview .node:not(.external)") == 12
    assert browser.count("#plan .steps tr.step") > 0
    browser.screenshot("demo-1280")
    browser.screenshot_of("#findings", "demo-1280-findings")
    browser.screenshot_of("#plan", "demo-1280-plan")

    # Tab from the top of the page reaches the diagram's tables; Enter opens one.
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    browser.js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    for _ in range(40):
        ActionChains(browser.driver).send_keys(Keys.TAB).perform()
        if browser.js("return document.activeElement.classList.contains('node')"):
            break
    else:
        raise AssertionError("Tab never reached a table of the diagram")
    ActionChains(browser.driver).send_keys(Keys.ENTER).perform()
    _wait(lambda: browser.count("#diagram .focus-view .node.focus") == 1, "keyboard focus view")
    # Keyboard zoom on the diagram itself.
    browser.js("document.getElementById('diagram').focus()")
    before = browser.js(
        "return document.querySelector('#diagram .viewport').getAttribute('transform')"
    )
    ActionChains(browser.driver).send_keys("+").perform()
    after = browser.js(
        "return document.querySelector('#diagram .viewport').getAttribute('transform')"
    )
    assert before != after

    # Printing expands every shown finding's details and hides the controls.
    browser.js("window.dispatchEvent(new Event('beforeprint'))")
    assert browser.count("#findings-body tr.detail-row:not([hidden])") == browser.count(
        "#findings-body tr.finding:not([hidden])"
    )
    browser.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert browser.visible_count(".toolbar") == 0
    assert browser.visible_count("#diagram .node") >= 1
    browser.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    browser.js("window.dispatchEvent(new Event('afterprint'))")

    browser.open(report, *PHONE)
    browser.screenshot("demo-phone")
    browser.screenshot_of("#plan", "demo-phone-plan")
    _assert_clean(browser, report)
