from __future__ import annotations

import pytest

from schemadoctor.workload.fingerprint import Fingerprinter, UnparsableStatement, mask_literals


@pytest.mark.parametrize("dialect", ["postgresql", "mysql", "sqlite"])
def test_values_do_not_change_the_fingerprint(dialect: str) -> None:
    parser = Fingerprinter(dialect)
    first = parser.shape("SELECT id, name FROM customers WHERE id = 5 AND status = 'active'")
    second = parser.shape("select id,  name from customers where id = 77 and status = 'gone'")
    other = parser.shape("SELECT id, name FROM customers WHERE email = 'x'")
    assert first.fingerprint == second.fingerprint
    assert first.fingerprint != other.fingerprint
    assert first.normalized == "SELECT id, name FROM customers WHERE id = ? AND status = ?"
    assert first.kind == "select" and first.tables == ("customers",)


def test_in_lists_collapse_whatever_their_length() -> None:
    parser = Fingerprinter("postgresql")
    one = parser.shape("SELECT * FROM orders WHERE customer_id IN (1)")
    many_sql = "SELECT * FROM orders WHERE customer_id IN (1, 2, 3, 4)"
    many = parser.shape(many_sql)
    bound = parser.shape("SELECT * FROM orders WHERE customer_id IN (%(a)s, %(b)s)")
    assert one.fingerprint == many.fingerprint == bound.fingerprint
    assert many.slots[0].role == "in"
    # The shape is shared by every text that differs only in values; values are per text.
    assert parser.values(many_sql, many, None) == [(1, 2, 3, 4)]


def test_paramstyles_all_fingerprint_alike() -> None:
    texts = {
        "postgresql": "SELECT * FROM t WHERE a = $1 LIMIT $2",
        "mysql": "SELECT * FROM t WHERE a = %s LIMIT %s",
        "sqlite": "SELECT * FROM t WHERE a = ? LIMIT ?",
    }
    shapes = {dialect: Fingerprinter(dialect).shape(sql) for dialect, sql in texts.items()}
    assert len({shape.normalized for shape in shapes.values()}) == 1
    for shape in shapes.values():
        assert [(slot.role, slot.key) for slot in shape.slots] == [("eq", 0), ("limit", 1)]


def test_slots_follow_the_text_and_know_their_roles() -> None:
    parser = Fingerprinter("postgresql")
    sql = (
        "SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id "
        "WHERE c.email LIKE %(pattern)s AND o.created_at > %(since)s AND o.pod_id = ANY(%(pods)s) "
        "ORDER BY o.id LIMIT 10 OFFSET %(skip)s"
    )
    shape = parser.shape(sql)
    roles = [(slot.role, slot.table, slot.column, slot.key) for slot in shape.slots]
    assert roles == [
        ("like", "customers", "email", "pattern"),
        ("range", "orders", "created_at", "since"),
        ("in", "orders", "pod_id", "pods"),
        ("limit", None, None, None),
        ("offset", None, None, "skip"),
    ]
    assert shape.limit
    values = parser.values(sql, shape, {"pattern": "%x", "since": 3, "pods": [1], "skip": 20})
    assert values == ["%x", 3, [1], 10, 20]


def test_pyformat_percent_escapes_are_read_as_percent() -> None:
    shape = Fingerprinter("mysql").shape("SELECT * FROM t WHERE name LIKE 'a%%' AND id = %s")
    assert shape.normalized == "SELECT * FROM t WHERE name LIKE ? AND id = ?"
    assert shape.slots[0].literal == "a%"


def test_aggregate_only_and_utility_statements() -> None:
    parser = Fingerprinter("sqlite")
    assert parser.shape("SELECT count(*) FROM order_items WHERE order_id = 4").aggregate_only
    assert not parser.shape("SELECT order_id, count(*) FROM t GROUP BY order_id").aggregate_only
    assert parser.shape("SAVEPOINT sa_savepoint_1").kind == "other"
    assert parser.shape("BEGIN").kind == "other"


@pytest.mark.parametrize(
    "sql", ["SELEC * FROM t", "SELECT * FROM WHERE", "garbage words here", "SELECT 1; SELECT 2"]
)
def test_unparsable_statements_raise_one_line(sql: str) -> None:
    with pytest.raises(UnparsableStatement) as caught:
        Fingerprinter("postgresql").shape(sql)
    assert "\n" not in str(caught.value)


def test_masked_text_groups_in_lists_as_one_value() -> None:
    masked, values = mask_literals("SELECT * FROM t WHERE a = 'x''y' AND b IN (1, 2) AND c = 2.5")
    assert masked == "SELECT * FROM t WHERE a = ? AND b IN (?) AND c = ?"
    assert values == ["x'y", (1, 2), 2.5]
