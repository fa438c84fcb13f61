"""`schemadoctor impact`: the deletion tree with counts, cascades followed, references nulled,
blocking rows reported, cycles shown once and not followed, planned keys included."""

from __future__ import annotations

from typing import Any

from conftest import ScratchDatabase, run_cli
from plan_support import build_delivery, data_of


def build_wallets(db: ScratchDatabase) -> None:
    """customers <- wallets <- wallet_transactions (CASCADE), <- orders (SET NULL),
    <- subscriptions (RESTRICT), customers.referred_by -> customers (SET NULL, a cycle), and
    teams <-> members, each cascading into the other (a two-table cycle)."""
    q = db.quote

    def fk(column: str, parent: str, action: str) -> str:
        return f"FOREIGN KEY ({q(column)}) REFERENCES {q(parent)} ({q('id')}) ON DELETE {action}"

    db.run(
        f"CREATE TABLE {q('customers')} ({q('id')} INTEGER PRIMARY KEY, "
        f"{q('referred_by')} INTEGER, {fk('referred_by', 'customers', 'SET NULL')})",
        f"CREATE TABLE {q('wallets')} ({q('id')} INTEGER PRIMARY KEY, "
        f"{q('customer_id')} INTEGER NOT NULL, {fk('customer_id', 'customers', 'CASCADE')})",
        f"CREATE TABLE {q('wallet_transactions')} ({q('id')} INTEGER PRIMARY KEY, "
        f"{q('wallet_id')} INTEGER NOT NULL, {fk('wallet_id', 'wallets', 'CASCADE')})",
        f"CREATE TABLE {q('orders')} ({q('id')} INTEGER PRIMARY KEY, "
        f"{q('customer_id')} INTEGER, {fk('customer_id', 'customers', 'SET NULL')})",
        f"CREATE TABLE {q('subscriptions')} ({q('id')} INTEGER PRIMARY KEY, "
        f"{q('customer_id')} INTEGER NOT NULL, {fk('customer_id', 'customers', 'RESTRICT')})",
        f"INSERT INTO {q('customers')} VALUES (1, NULL), (2, 1), (3, 1), (4, 2)",
        f"INSERT INTO {q('wallets')} VALUES (10, 1), (11, 1), (12, 2)",
        f"INSERT INTO {q('wallet_transactions')} VALUES (100, 10), (101, 10), (102, 11), (103, 12)",
        f"INSERT INTO {q('orders')} VALUES (20, 1), (21, 1), (22, 3)",
        f"INSERT INTO {q('subscriptions')} VALUES (30, 1), (31, 4)",
        f"CREATE TABLE {q('teams')} ({q('id')} INTEGER PRIMARY KEY, {q('lead_id')} INTEGER)",
        f"CREATE TABLE {q('members')} ({q('id')} INTEGER PRIMARY KEY, "
        f"{q('team_id')} INTEGER, {fk('team_id', 'teams', 'CASCADE')})",
        f"INSERT INTO {q('teams')} VALUES (1, NULL), (2, NULL)",
        f"INSERT INTO {q('members')} VALUES (5, 1), (6, 1), (7, 2)",
    )
    if db.dialect == "sqlite":
        # SQLite adds a foreign key only by rebuilding; the table is empty of references yet.
        db.run(
            f"DROP TABLE {q('teams')}",
            f"CREATE TABLE {q('teams')} ({q('id')} INTEGER PRIMARY KEY, {q('lead_id')} INTEGER, "
            f"{fk('lead_id', 'members', 'CASCADE')})",
            f"INSERT INTO {q('teams')} VALUES (1, 5), (2, 7)",
        )
    else:
        db.run(
            f"ALTER TABLE {q('teams')} ADD CONSTRAINT {q('teams_lead_fk')} "
            f"{fk('lead_id', 'members', 'CASCADE')}",
            f"UPDATE {q('teams')} SET {q('lead_id')} = 5 WHERE {q('id')} = 1",
            f"UPDATE {q('teams')} SET {q('lead_id')} = 7 WHERE {q('id')} = 2",
        )


def children(node: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f"{c['table'].split('.')[-1]}.{','.join(c['columns'])}": c for c in node["children"]}


def test_deletion_tree_with_counts(any_db: ScratchDatabase) -> None:
    build_wallets(any_db)
    before = data_of(any_db.url)
    result = run_cli("impact", any_db.url, "customers", "--where", "id = 1", "--format", "json")
    assert result.code == 0, result.stderr
    report = result.json()
    tree = report["tree"]
    assert tree["rows"] == 1 and tree["effect"] == "delete"
    below = children(tree)
    assert below["wallets.customer_id"]["rows"] == 2
    assert below["wallets.customer_id"]["effect"] == "delete"
    transactions = children(below["wallets.customer_id"])["wallet_transactions.wallet_id"]
    assert (transactions["rows"], transactions["effect"]) == (3, "delete")
    assert (below["orders.customer_id"]["rows"], below["orders.customer_id"]["effect"]) == (
        2,
        "set-null",
    )
    assert below["subscriptions.customer_id"]["effect"] == "block"
    assert below["subscriptions.customer_id"]["rows"] == 1
    referrals = below["customers.referred_by"]
    assert referrals["rows"] == 2 and referrals["effect"] == "set-null"
    assert referrals["cycle"] is True and referrals["children"] == []
    totals = report["totals"]
    assert totals["blocked"] is True
    assert sum(totals["deleted"].values()) == 1 + 2 + 3
    assert data_of(any_db.url) == before  # counted, never deleted


def test_a_cascade_cycle_is_shown_once(any_db: ScratchDatabase) -> None:
    build_wallets(any_db)
    result = run_cli("impact", any_db.url, "teams", "--where", "id = 1", "--format", "json")
    assert result.code == 0, result.stderr
    members = children(result.json()["tree"])["members.team_id"]
    assert (members["rows"], members["effect"]) == (2, "delete")
    back = children(members)["teams.lead_id"]
    assert back["cycle"] is True and back["rows"] == 1 and back["children"] == []

    text = run_cli("impact", any_db.url, "teams", "--where", "id = 1")
    assert text.code == 0
    assert "cycle back to" in text.stdout and "members(team_id) ON DELETE CASCADE" in text.stdout


def test_text_tree_and_blockers(any_db: ScratchDatabase) -> None:
    build_wallets(any_db)
    result = run_cli("impact", any_db.url, "customers", "--where", "id = 1", "--declared-only")
    assert result.code == 0, result.stderr
    out = result.stdout
    assert "DELETE FROM" in out and "WHERE id = 1" in out
    assert "wallet_transactions(wallet_id) ON DELETE CASCADE: 3 rows deleted" in out
    assert "orders(customer_id) ON DELETE SET NULL: 2 rows set to NULL" in out
    assert "1 row blocks the delete" in out and "BLOCKED" in out


def test_planned_foreign_keys_join_the_tree(any_db: ScratchDatabase) -> None:
    build_delivery(any_db)
    result = run_cli("impact", any_db.url, "customers", "--where", "id = 2", "--format", "json")
    assert result.code == 0, result.stderr
    orders = children(result.json()["tree"])["orders.customer_id"]
    assert orders["planned"] is True and orders["on_delete"] == "SET NULL"
    assert orders["rows"] == 3  # orders 1, 21, 41 belong to customer 2
    assert "outlives" in orders["reason"]
    declared = run_cli(
        "impact", any_db.url, "customers", "--declared-only", "--format", "json"
    ).json()
    assert declared["tree"]["children"] == []


def test_bad_table_and_bad_where_are_one_line_errors(sqlite_db: ScratchDatabase) -> None:
    build_wallets(sqlite_db)
    missing = run_cli("impact", sqlite_db.url, "nope")
    assert missing.code == 2 and "no table 'nope'" in missing.stderr
    broken = run_cli("impact", sqlite_db.url, "customers", "--where", "no_such_column = 1")
    assert broken.code == 2 and "--where" in broken.stderr
    assert "Traceback" not in broken.stderr + missing.stderr
