"""The demo's schema: a gas-delivery app (customers order LPG cylinders, drivers deliver them
from neighbourhood pods, customers pay from wallets or subscribe), as an ORM that never declared
most of its relationships would leave it.

`FAULTS` lists every deliberate problem, so the story and the tests can say what a check should
find; the columns in `DECOYS` look like references but are not, and must not be reported.
"""

from __future__ import annotations

from dataclasses import dataclass

DDL = (
    """CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        full_name TEXT NOT NULL,
        role TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL,
        phone TEXT NOT NULL,
        email TEXT,
        referred_by INTEGER,
        stripe_customer_id TEXT,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE vehicles (
        id INTEGER PRIMARY KEY,
        registration TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        capacity_kg INTEGER NOT NULL
    )""",
    """CREATE TABLE drivers (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL,
        vehicle_id INTEGER,
        licence_number TEXT NOT NULL,
        status TEXT NOT NULL
    )""",
    """CREATE TABLE pods (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        suburb TEXT NOT NULL,
        operator_id INTEGER
    )""",
    """CREATE TABLE products (
        id INTEGER PRIMARY KEY,
        sku TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        size_kg REAL,
        price_cents INTEGER NOT NULL
    )""",
    """CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER,
        driver_id INTEGER,
        pod_id INTEGER,
        status TEXT NOT NULL,
        total_cents INTEGER NOT NULL,
        external_ref TEXT,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE order_items (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders (id),
        product_id INTEGER NOT NULL REFERENCES products (id),
        quantity INTEGER NOT NULL,
        unit_price_cents INTEGER NOT NULL
    )""",
    """CREATE TABLE wallets (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL,
        balance_cents INTEGER NOT NULL,
        currency TEXT NOT NULL
    )""",
    """CREATE TABLE wallet_transactions (
        id INTEGER PRIMARY KEY,
        wallet_id INTEGER NOT NULL,
        type TEXT NOT NULL,
        amount_cents INTEGER NOT NULL,
        provider_reference TEXT,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers (id),
        product_id INTEGER NOT NULL,
        frequency TEXT NOT NULL,
        next_delivery_date TEXT NOT NULL,
        status TEXT NOT NULL
    )""",
    """CREATE TABLE delivery_events (
        order_id INTEGER NOT NULL,
        event TEXT NOT NULL,
        happened_at TEXT NOT NULL
    )""",
    "CREATE INDEX orders_driver_idx ON orders (driver_id)",
    "CREATE INDEX orders_customer_idx ON orders (customer_id)",
    "CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at)",
    "CREATE INDEX order_items_product_idx ON order_items (product_id)",
    "CREATE INDEX wallets_customer_idx ON wallets (customer_id)",
    "CREATE INDEX wallet_transactions_wallet_idx ON wallet_transactions (wallet_id)",
    "CREATE INDEX wallet_transactions_type_idx ON wallet_transactions (type)",
    "CREATE INDEX idx_wallet_transactions_type ON wallet_transactions (type)",
    "CREATE INDEX delivery_events_order_idx ON delivery_events (order_id)",
)


@dataclass(frozen=True)
class Fault:
    kind: str
    """`missing-foreign-key`, `unindexed-foreign-key`, `duplicate-index`, `redundant-index`
    or `table-without-primary-key`: the id of the rule that should report it."""
    table: str
    columns: tuple[str, ...] = ()
    references: str | None = None
    """`table.column` a missing foreign key should point at."""
    orphans: bool = False
    """Whether rows point at parents that no longer exist (the key cannot be added as is)."""
    note: str = ""


def _missing(table: str, column: str, references: str, orphans: bool, note: str) -> Fault:
    return Fault("missing-foreign-key", table, (column,), references, orphans, note)


FAULTS: tuple[Fault, ...] = (
    _missing(
        "orders", "customer_id", "customers.id", True, "orders of customers deleted on request"
    ),
    _missing("orders", "driver_id", "drivers.id", False, "NULL until a driver is assigned"),
    _missing("orders", "pod_id", "pods.id", False, "and no index either"),
    _missing("customers", "referred_by", "customers.id", True, "referrers who left"),
    _missing("drivers", "user_id", "users.id", False, "every driver logs in as a user"),
    _missing("drivers", "vehicle_id", "vehicles.id", True, "vehicles retired from the fleet"),
    _missing("pods", "operator_id", "users.id", False, "the pod's operator"),
    _missing("wallets", "customer_id", "customers.id", False, "one wallet per customer"),
    _missing("wallet_transactions", "wallet_id", "wallets.id", True, "history of deleted wallets"),
    _missing("subscriptions", "product_id", "products.id", False, "no index either"),
    _missing("delivery_events", "order_id", "orders.id", False, "an append-only event log"),
    Fault("unindexed-foreign-key", "order_items", ("order_id",), "orders.id"),
    Fault("unindexed-foreign-key", "subscriptions", ("customer_id",), "customers.id"),
    Fault(
        "duplicate-index",
        "wallet_transactions",
        ("type",),
        note="idx_wallet_transactions_type repeats wallet_transactions_type_idx",
    ),
    Fault(
        "redundant-index",
        "orders",
        ("customer_id",),
        note="orders_customer_idx is the leading part of orders_customer_created_idx",
    ),
    Fault("table-without-primary-key", "delivery_events", note="rows cannot be told apart"),
)

DECOYS: tuple[tuple[str, str], ...] = (
    ("customers", "stripe_customer_id"),
    ("orders", "external_ref"),
    ("wallet_transactions", "provider_reference"),
    ("drivers", "licence_number"),
)
"""Columns that look like references to something but point outside the database."""
