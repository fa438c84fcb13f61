"""The pytest plugin, run the way a user runs it: pytest in a child process, with the plugin
loaded from its `pytest11` entry point."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

APP = """
import pytest
import sqlalchemy as sa

def make_engine(tmp_path):
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'app.db'}")
    with engine.begin() as c:
        c.exec_driver_sql("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER)")
        c.exec_driver_sql("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        c.exec_driver_sql("INSERT INTO customers VALUES (1,'a'),(2,'b'),(3,'c'),(4,'d')")
        c.exec_driver_sql("INSERT INTO customers VALUES (5,'e'),(6,'f')")
        c.exec_driver_sql("INSERT INTO orders VALUES (1,1),(2,2),(3,3),(4,4),(5,5),(6,6)")
    return engine

def names(engine):
    with engine.connect() as c:
        orders = c.execute(sa.text("SELECT id, customer_id FROM orders")).all()
        lookup = sa.text("SELECT name FROM customers WHERE id = :id")
        return [c.execute(lookup, {"id": o.customer_id}).scalar() for o in orders]

def test_lookup_per_order(tmp_path):
    assert len(names(make_engine(tmp_path))) == 6

@pytest.mark.allow_nplusone("customers")
def test_known_one(tmp_path):
    assert len(names(make_engine(tmp_path))) == 6

def test_batched(tmp_path):
    with make_engine(tmp_path).connect() as c:
        joined = "SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id"
        assert len(c.execute(sa.text(joined)).all()) == 6
"""


def test_fail_mode_fails_the_test_with_its_call_site(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_app=APP)
    result = pytester.runpytest_subprocess("--schemadoctor-nplusone=fail", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*test_lookup_per_order*",
            "*N+1 queries (schemadoctor):*",
            "*test_app.py:*customers(id) ran 6 times in one test*",
        ]
    )
    assert "test_known_one" not in "".join(line for line in result.stdout.lines if "FAILED" in line)


def test_warn_mode_reports_and_passes(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_app=APP)
    result = pytester.runpytest_subprocess("--schemadoctor-nplusone=warn", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(
        ["*schemadoctor: N+1 queries*", "*test_lookup_per_order*", "*1 N+1 pattern in 1 test*"]
    )


def test_off_by_default(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_app=APP)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)
    assert "N+1" not in result.stdout.str()
