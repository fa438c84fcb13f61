"""The ON DELETE policy on the schemas of the seed reports, as a careful reviewer would decide
them, and the rule that flags a declared action against the policy."""

from __future__ import annotations

import pytest

from conftest import ScratchDatabase, check_findings
from schemadoctor.model.catalog import Catalog, Column, ForeignKey, PrimaryKey, Table, TableName
from schemadoctor.model.catalog import TypeFamily as F
from schemadoctor.model.links import Link
from schemadoctor.rules import _policy as policy
from schemadoctor.rules._policy import CASCADE, RESTRICT, SET_NULL

NULL, NOT_NULL = True, False


def t(
    name: str,
    columns: dict[str, bool],
    pk: tuple[str, ...] = ("id",),
    fks: tuple[tuple[tuple[str, ...], str], ...] = (),
    rows: int | None = None,
) -> Table:
    """A table: {column: nullable}; fks as ((columns), parent)."""
    return Table(
        name=TableName(None, name),
        columns=tuple(
            Column(column, "integer", F.INTEGER, nullable) for column, nullable in columns.items()
        ),
        primary_key=PrimaryKey(None, pk),
        foreign_keys=tuple(
            ForeignKey(None, cols, TableName(None, parent), ("id",) * len(cols))
            for cols, parent in fks
        ),
        row_estimate=rows,
    )


def decide(
    catalog: Catalog,
    child: str,
    columns: tuple[str, ...],
    parent: str,
    planned: list[tuple[str, tuple[str, ...], str]],
) -> policy.DeleteDecision:
    edges = policy.references(
        catalog,
        [Link(TableName(None, c), cols, TableName(None, p), ("id",)) for c, cols, p in planned],
    )
    table = catalog.table(TableName(None, child))
    assert table is not None
    return policy.decide(catalog, table, columns, TableName(None, parent), edges)


# Seed 002: the delivery app ("11 missing foreign keys"), none of them declared.
DELIVERY = Catalog(
    "postgresql",
    "delivery",
    tables=(
        t("users", {"id": NOT_NULL, "email": NOT_NULL, "password_hash": NOT_NULL, "role": NULL}),
        t("customers", {"id": NOT_NULL, "name": NOT_NULL, "phone": NULL, "referred_by": NULL}),
        t("vehicles", {"id": NOT_NULL, "plate": NOT_NULL, "model": NULL, "capacity": NULL}),
        t(
            "drivers",
            {"id": NOT_NULL, "user_id": NOT_NULL, "vehicle_id": NULL, "status": NULL},
        ),
        t("pods", {"id": NOT_NULL, "name": NOT_NULL, "address": NULL, "operator_id": NULL}),
        t(
            "products",
            {"id": NOT_NULL, "name": NOT_NULL, "price": NOT_NULL, "size_kg": NULL, "sku": NULL},
        ),
        t(
            "orders",
            {
                "id": NOT_NULL,
                "customer_id": NULL,
                "driver_id": NULL,
                "pod_id": NULL,
                "total": NOT_NULL,
                "status": NOT_NULL,
            },
        ),
        t("wallets", {"id": NOT_NULL, "customer_id": NOT_NULL, "balance": NOT_NULL}),
        t(
            "wallet_transactions",
            {"id": NOT_NULL, "wallet_id": NOT_NULL, "amount": NOT_NULL, "type": NOT_NULL},
        ),
        t(
            "subscriptions",
            {
                "id": NOT_NULL,
                "customer_id": NOT_NULL,
                "product_id": NOT_NULL,
                "next_delivery_date": NULL,
            },
        ),
    ),
)
DELIVERY_FKS = [
    ("orders", ("customer_id",), "customers"),
    ("orders", ("driver_id",), "drivers"),
    ("orders", ("pod_id",), "pods"),
    ("customers", ("referred_by",), "customers"),
    ("drivers", ("user_id",), "users"),
    ("drivers", ("vehicle_id",), "vehicles"),
    ("wallets", ("customer_id",), "customers"),
    ("wallet_transactions", ("wallet_id",), "wallets"),
    ("subscriptions", ("customer_id",), "customers"),
    ("subscriptions", ("product_id",), "products"),
    ("pods", ("operator_id",), "users"),
]


@pytest.mark.parametrize(
    ("child", "column", "parent", "expected", "signal"),
    [
        # Records that must outlive who or what they mention: keep them, clear the reference.
        ("orders", "customer_id", "customers", SET_NULL, "record-of-actor"),
        ("orders", "driver_id", "drivers", SET_NULL, "record-of-actor"),
        ("orders", "pod_id", "pods", SET_NULL, "record"),
        ("customers", "referred_by", "customers", SET_NULL, "role-reference"),
        ("pods", "operator_id", "users", SET_NULL, "role-reference"),
        # A transaction is part of its wallet (the name says so).
        ("wallet_transactions", "wallet_id", "wallets", CASCADE, "detail-of-parent"),
        # The customer is the subscription's only real parent and nothing depends on it.
        ("subscriptions", "customer_id", "customers", CASCADE, "owned-only-parent"),
        # A catalogue entry in use must not go.
        ("subscriptions", "product_id", "products", RESTRICT, "lookup-parent"),
        # Where the seed author cascaded or nulled, a careful reviewer refuses instead:
        # a wallet holds money and its own transactions hang off it (deleting a customer
        # must not silently destroy a financial history), a driver has orders hanging off it,
        # and a nullable vehicle reference says nothing about what should happen to drivers.
        ("wallets", "customer_id", "customers", RESTRICT, "weak-evidence"),
        ("drivers", "user_id", "users", RESTRICT, "weak-evidence"),
        ("drivers", "vehicle_id", "vehicles", RESTRICT, "weak-evidence"),
    ],
)
def test_delivery_app_of_seed_002(child, column, parent, expected, signal) -> None:
    decision = decide(DELIVERY, child, (column,), parent, DELIVERY_FKS)
    assert (decision.action, decision.signal) == (expected, signal), decision.reason
    assert decision.reason and "\n" not in decision.reason


# Seed 000: groups, projects, forms, image requests and an audit log.
PROJECTS = Catalog(
    "mysql",
    "projects",
    tables=(
        t("user", {"uid": NOT_NULL, "name": NOT_NULL, "email": NOT_NULL}, pk=("uid",)),
        t("group", {"gid": NOT_NULL, "name": NOT_NULL, "description": NULL}, pk=("gid",)),
        t("user_group", {"uid": NOT_NULL, "gid": NOT_NULL, "role": NULL}, pk=("uid", "gid")),
        t("project", {"pid": NOT_NULL, "gid": NOT_NULL, "name": NOT_NULL}, pk=("pid",)),
        t("config_file", {"cfid": NOT_NULL, "pid": NOT_NULL, "body": NULL}, pk=("cfid",)),
        t("resource", {"rid": NOT_NULL, "cfid": NOT_NULL, "kind": NULL}, pk=("rid",)),
        t("form", {"id": NOT_NULL, "uid": NOT_NULL, "pid": NOT_NULL, "title": NULL}),
        t("form_message", {"id": NOT_NULL, "form_id": NOT_NULL, "uid": NULL, "body": NULL}),
        t(
            "image_request",
            {"id": NOT_NULL, "uid": NOT_NULL, "pid": NOT_NULL, "reviewer_id": NULL},
        ),
        t("audit_log", {"id": NOT_NULL, "uid": NULL, "action": NOT_NULL, "created_at": NULL}),
    ),
)
PROJECT_FKS = [
    ("user_group", ("uid",), "user"),
    ("user_group", ("gid",), "group"),
    ("project", ("gid",), "group"),
    ("config_file", ("pid",), "project"),
    ("resource", ("cfid",), "config_file"),
    ("form", ("uid",), "user"),
    ("form", ("pid",), "project"),
    ("form_message", ("form_id",), "form"),
    ("form_message", ("uid",), "user"),
    ("image_request", ("uid",), "user"),
    ("image_request", ("pid",), "project"),
    ("image_request", ("reviewer_id",), "user"),
    ("audit_log", ("uid",), "user"),
]


@pytest.mark.parametrize(
    ("child", "column", "parent", "expected"),
    [
        ("user_group", "uid", "user", CASCADE),  # join table: the key is in its primary key
        ("user_group", "gid", "group", CASCADE),
        ("resource", "cfid", "config_file", CASCADE),  # only parent, nothing hangs off it
        ("form_message", "form_id", "form", CASCADE),  # the messages of a form
        ("form_message", "uid", "user", SET_NULL),  # a message outlives its author
        ("image_request", "reviewer_id", "user", SET_NULL),  # the seed got this one right
        ("audit_log", "uid", "user", SET_NULL),  # the seed cascaded: history would vanish
        ("project", "gid", "group", RESTRICT),  # deleting a group must not erase projects
        ("form", "pid", "project", RESTRICT),
    ],
)
def test_project_app_of_seed_000(child, column, parent, expected) -> None:
    decision = decide(PROJECTS, child, (column,), parent, PROJECT_FKS)
    assert decision.action == expected, decision.reason


def test_the_seed_000_audit_log_cascade_is_questionable() -> None:
    decision = decide(PROJECTS, "audit_log", ("uid",), "user", PROJECT_FKS)
    assert policy.contradicts("CASCADE", decision)
    assert not policy.contradicts("SET NULL", decision)
    assert not policy.contradicts("RESTRICT", decision)  # refusing is never destructive


def test_set_null_is_never_proposed_for_a_not_null_column() -> None:
    catalog = Catalog(
        "sqlite",
        "x",
        tables=(
            t("users", {"id": NOT_NULL, "name": NOT_NULL}),
            t("audit_log", {"id": NOT_NULL, "user_id": NOT_NULL, "event": NOT_NULL}),
            t("orders", {"id": NOT_NULL, "customer_id": NOT_NULL, "approved_by": NOT_NULL}),
            t("customers", {"id": NOT_NULL}),
        ),
    )
    for child, column, parent in (
        ("audit_log", "user_id", "users"),
        ("orders", "customer_id", "customers"),
        ("orders", "approved_by", "users"),
    ):
        decision = decide(catalog, child, (column,), parent, [])
        assert decision.action == RESTRICT, decision.reason
        assert "NOT NULL" in decision.reason


def test_lookup_tables_by_shape_and_by_name() -> None:
    catalog = Catalog(
        "sqlite",
        "music",
        tables=(
            t("genre", {"id": NOT_NULL, "name": NULL}, rows=25),
            t("track", {"id": NOT_NULL, "genre_id": NULL, "album_id": NOT_NULL, "name": NULL}),
            t("playlist_item", {"id": NOT_NULL, "genre_id": NULL, "track_id": NOT_NULL}),
            t("album", {"id": NOT_NULL, "title": NOT_NULL}),
            t(
                "order_status",
                {
                    "id": NOT_NULL,
                    "label": NOT_NULL,
                    "sort": NULL,
                    "color": NULL,
                    "description": NULL,
                    "icon": NULL,
                },
            ),
            t("purchase", {"id": NOT_NULL, "order_status_id": NOT_NULL}),
        ),
    )
    fks = [
        ("track", ("genre_id",), "genre"),
        ("track", ("album_id",), "album"),
        ("playlist_item", ("genre_id",), "genre"),
        ("playlist_item", ("track_id",), "track"),
        ("purchase", ("order_status_id",), "order_status"),
    ]
    shaped = decide(catalog, "track", ("genre_id",), "genre", fks)
    assert (shaped.action, shaped.signal) == (RESTRICT, "lookup-parent")
    named = decide(catalog, "purchase", ("order_status_id",), "order_status", fks)
    assert (named.action, named.signal) == (RESTRICT, "lookup-parent")
    assert policy.contradicts("CASCADE", named)  # deleting a status would delete purchases
    assert policy.contradicts("SET NULL", named)


def test_tree_self_references_are_not_called_questionable_when_cascading() -> None:
    catalog = Catalog(
        "sqlite",
        "x",
        tables=(t("categories", {"id": NOT_NULL, "parent_id": NULL, "name": NOT_NULL}),),
    )
    decision = decide(catalog, "categories", ("parent_id",), "categories", [])
    assert decision.action == SET_NULL
    assert not policy.contradicts("CASCADE", decision)  # deleting a subtree can be meant


def test_questionable_delete_action_rule(any_db: ScratchDatabase) -> None:
    q = any_db.quote
    any_db.run(
        f"CREATE TABLE {q('users')} ({q('id')} INTEGER PRIMARY KEY, {q('name')} VARCHAR(20))",
        f"CREATE TABLE {q('audit_logs')} ({q('id')} INTEGER PRIMARY KEY, "
        f"{q('user_id')} INTEGER, {q('action')} VARCHAR(20), "
        f"CONSTRAINT {q('audit_user_fk')} FOREIGN KEY ({q('user_id')}) "
        f"REFERENCES {q('users')} ({q('id')}) ON DELETE CASCADE)",
        f"CREATE TABLE {q('invoices')} ({q('id')} INTEGER PRIMARY KEY, {q('user_id')} INTEGER)",
        f"CREATE TABLE {q('invoice_lines')} ({q('id')} INTEGER PRIMARY KEY, "
        f"{q('invoice_id')} INTEGER NOT NULL, "
        f"CONSTRAINT {q('line_invoice_fk')} FOREIGN KEY ({q('invoice_id')}) "
        f"REFERENCES {q('invoices')} ({q('id')}) ON DELETE CASCADE)",
    )
    findings = check_findings(any_db.url, "questionable-delete-action")
    assert [(f.table.name, f.subject, f.severity.value) for f in findings] == [
        ("audit_logs", "audit_user_fk", "info")
    ]
    assert findings[0].evidence["suggested"] == SET_NULL
    assert "ON DELETE CASCADE" in findings[0].message
