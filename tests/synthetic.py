"""Synthetic schemas with planted foreign keys, for tests and benchmarks.

A `Schema` is plain data: tables with typed columns, keys and rows, plus what a correct
inference must find (`planted`), must not propose (`decoys`), must report as polymorphic
(`polymorphic`) and the orphans injected into planted references (`orphans`). `ddl()` and
`inserts()` render it for PostgreSQL, MySQL/MariaDB or SQLite, every identifier quoted.

    schema = showcase()                      # every naming style once, small, deterministic
    schema = generate(tables=400, seed=7)    # a large random schema for scale benchmarks
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

INT = "int"
TEXT = "text"
CHAR = "char"
UUID = "uuid"


@dataclass
class Col:
    name: str
    kind: str = INT
    length: int | None = None
    nullable: bool = True


@dataclass
class Tab:
    name: str
    columns: list[Col]
    primary_key: tuple[str, ...] = ()
    uniques: list[tuple[str, ...]] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    declared: list[tuple[tuple[str, ...], str, tuple[str, ...]]] = field(default_factory=list)
    """Foreign keys declared in the DDL: (columns, parent table, parent columns)."""

    def column(self, name: str) -> Col:
        return next(column for column in self.columns if column.name == name)

    def index(self, name: str) -> int:
        return [column.name for column in self.columns].index(name)


Reference = tuple[str, tuple[str, ...], str, tuple[str, ...]]
"""(table, columns, parent table, parent columns)."""


@dataclass
class Schema:
    tables: list[Tab] = field(default_factory=list)
    planted: set[Reference] = field(default_factory=set)
    decoys: set[tuple[str, str]] = field(default_factory=set)
    """(table, column) pairs that look like references and are not."""
    polymorphic: set[tuple[str, str, str]] = field(default_factory=set)
    """(table, type column, id column)."""
    orphans: dict[tuple[str, tuple[str, ...]], int] = field(default_factory=dict)
    """Orphan rows injected per (table, columns)."""

    def table(self, name: str) -> Tab:
        return next(table for table in self.tables if table.name == name)

    def without_rows(self) -> Schema:
        tables = [
            Tab(t.name, t.columns, t.primary_key, t.uniques, [], t.declared) for t in self.tables
        ]
        return Schema(tables, set(self.planted), set(self.decoys), set(self.polymorphic), {})


# --- rendering ---------------------------------------------------------------------------


def quote(dialect: str, name: str) -> str:
    if dialect == "mysql":
        return "`" + name.replace("`", "``") + "`"
    return '"' + name.replace('"', '""') + '"'


def _type(dialect: str, column: Col) -> str:
    if column.kind == INT:
        return "INTEGER"
    if column.kind == UUID:
        return {"postgresql": "uuid", "mysql": "CHAR(36)", "sqlite": "TEXT"}[dialect]
    if column.kind == CHAR:
        return f"CHAR({column.length or 8})"
    return f"VARCHAR({column.length or 100})"


def ddl(schema: Schema, dialect: str) -> list[str]:
    statements = []
    for table in schema.tables:
        parts = [
            f"{quote(dialect, c.name)} {_type(dialect, c)}{'' if c.nullable else ' NOT NULL'}"
            for c in table.columns
        ]
        if table.primary_key:
            keys = ", ".join(quote(dialect, name) for name in table.primary_key)
            parts.append(f"PRIMARY KEY ({keys})")
        for unique in table.uniques:
            parts.append(f"UNIQUE ({', '.join(quote(dialect, name) for name in unique)})")
        for columns, parent, parent_columns in table.declared:
            parts.append(
                f"FOREIGN KEY ({', '.join(quote(dialect, c) for c in columns)}) REFERENCES "
                f"{quote(dialect, parent)} ({', '.join(quote(dialect, c) for c in parent_columns)})"
            )
        suffix = " ENGINE=InnoDB" if dialect == "mysql" else ""
        statements.append(f"CREATE TABLE {quote(dialect, table.name)} ({', '.join(parts)}){suffix}")
    return statements


def _literal(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def inserts(schema: Schema, dialect: str, batch: int = 500) -> list[str]:
    statements = []
    for table in schema.tables:
        columns = ", ".join(quote(dialect, column.name) for column in table.columns)
        for start in range(0, len(table.rows), batch):
            values = ", ".join(
                "(" + ", ".join(_literal(value) for value in row) + ")"
                for row in table.rows[start : start + batch]
            )
            statements.append(
                f"INSERT INTO {quote(dialect, table.name)} ({columns}) VALUES {values}"
            )
    return statements


def statements(schema: Schema, dialect: str) -> list[str]:
    """DDL then rows; on MySQL with foreign key checks off so declared keys can hold orphans."""
    body = ddl(schema, dialect) + inserts(schema, dialect)
    if dialect == "mysql":
        return ["SET FOREIGN_KEY_CHECKS = 0", *body, "SET FOREIGN_KEY_CHECKS = 1"]
    return body


# --- building blocks ---------------------------------------------------------------------


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class Builder:
    """Adds tables and references with consistent data."""

    def __init__(self, seed: int = 1, rows: int = 40) -> None:
        self.rng = random.Random(seed)
        self.rows = rows
        self.schema = Schema()
        self._keys: dict[tuple[str, str], list[Any]] = {}

    def entity(
        self,
        name: str,
        key: str = "id",
        kind: str = INT,
        rows: int | None = None,
        extra: Iterable[Col] = (),
        length: int | None = None,
    ) -> Tab:
        """A table with a single-column primary key and a label column."""
        count = self.rows if rows is None else rows
        if kind == INT:
            keys: list[Any] = list(range(1, count + 1))
        elif kind == UUID:
            keys = [_uuid(self.rng) for _ in range(count)]
        else:
            keys = [f"K{number:0{max(1, (length or 6) - 1)}d}" for number in range(count)]
        table = Tab(
            name,
            [Col(key, kind, length, nullable=False), Col("label", TEXT, 60)],
            (key,),
        )
        for column in extra:
            table.columns.append(column)
        table.rows = [(value, f"{name} {number}") for number, value in enumerate(keys)]
        table.rows = [row + (None,) * (len(table.columns) - 2) for row in table.rows]
        self._keys[(name, key)] = keys
        self.schema.tables.append(table)
        return table

    def keys(self, table: str, column: str) -> list[Any]:
        return self._keys[(table, column)]

    def add_column(self, table: Tab, column: Col, values: list[Any]) -> None:
        table.columns.append(column)
        table.rows = [(*row, value) for row, value in zip(table.rows, values, strict=True)]

    def reference(
        self,
        child: Tab,
        column: str,
        parent: str,
        parent_key: str = "id",
        *,
        kind: str = INT,
        length: int | None = None,
        orphans: int = 0,
        nulls: int = 0,
        plant: bool = True,
    ) -> None:
        """A column of `child` holding keys of `parent`, with `orphans` rows pointing nowhere."""
        pool = self.keys(parent, parent_key)
        values: list[Any] = [self.rng.choice(pool) for _ in child.rows]
        positions = list(range(len(values)))
        self.rng.shuffle(positions)
        for position in positions[:orphans]:
            values[position] = _orphan_value(kind, pool, self.rng, length)
        for position in positions[orphans : orphans + nulls]:
            values[position] = None
        self.add_column(child, Col(column, kind, length), values)
        if plant:
            self.schema.planted.add((child.name, (column,), parent, (parent_key,)))
            if orphans:
                self.schema.orphans[(child.name, (column,))] = orphans

    def decoy(
        self, child: Tab, column: str, values: list[Any], kind: str = INT, length: int | None = None
    ) -> None:
        self.add_column(child, Col(column, kind, length), values)
        self.schema.decoys.add((child.name, column))


def _orphan_value(kind: str, pool: list[Any], rng: random.Random, length: int | None) -> Any:
    if kind == INT:
        return max(pool) + 1000 + rng.randrange(1000)
    if kind == UUID:
        return _uuid(rng)
    return "Z" + str(rng.randrange(10 ** ((length or 6) - 2))).zfill((length or 6) - 2)


# --- the showcase: every convention once -------------------------------------------------


def showcase(seed: int = 3, rows: int = 40) -> Schema:
    """A small schema exercising each naming rule, decoys, orphans, a composite key and a
    polymorphic pair. Deterministic for a given seed."""
    b = Builder(seed, rows)
    rng = b.rng
    b.entity("customers")
    b.entity("users")
    b.entity("products", key="product_id")
    b.entity("address", key="address_id")
    b.entity("language", key="language_id", rows=6)
    b.entity("vehicles")
    b.entity("business_entity", key="business_entity_id")
    b.entity("ticket_kind", rows=4)
    b.entity("Warehouse", key="WarehouseId", rows=8)
    b.entity("currencies", key="code", kind=CHAR, length=3, rows=10)
    b.entity("accounts", key="uuid", kind=UUID, rows=20)
    b.entity("posts")
    b.entity("photos")
    # TPC-H style: every column of a table shares its prefix.
    part = b.entity("part", key="p_partkey")
    part.columns[1].name = "p_name"
    supplier = b.entity("supplier", key="s_suppkey")
    supplier.columns[1].name = "s_name"

    orders = b.entity("orders", rows=rows * 2)
    b.reference(orders, "customer_id", "customers", orphans=3)  # entity + suffix, orphans
    b.reference(orders, "shipto_address_id", "address", "address_id")  # role + key name
    b.reference(orders, "approver", "users")  # actor role
    b.reference(orders, "CurrencyCode", "currencies", "code", kind=CHAR, length=3)
    b.reference(orders, "WarehouseId", "Warehouse", "WarehouseId")  # camel case
    b.decoy(
        orders,
        "stripe_customer_id",
        [f"cus_{rng.getrandbits(40):x}" for _ in orders.rows],
        TEXT,
        40,
    )
    b.decoy(orders, "legacy_customer_id", [900_000 + rng.randrange(10_000) for _ in orders.rows])
    b.decoy(orders, "external_ref", [f"ext-{rng.getrandbits(32):x}" for _ in orders.rows], TEXT, 40)
    b.decoy(orders, "units_on_order", [rng.randrange(1, 30) for _ in orders.rows])

    invoice = b.entity("invoice", rows=rows)
    b.reference(invoice, "customer", "customers")  # named after the table
    b.reference(invoice, "accountuuid", "accounts", "uuid", kind=UUID)  # glued, uuid key

    film = b.entity("film", key="film_id")
    b.reference(film, "original_language_id", "language", "language_id", nulls=len(film.rows) // 2)

    b.entity("vendor", key="business_entity_id")  # 1:1 extension sharing the parent's key
    b.schema.planted.add(
        ("vendor", ("business_entity_id",), "business_entity", ("business_entity_id",))
    )

    ticket = b.entity("ticket")
    b.reference(ticket, "kind", "ticket_kind")  # the table's own kind table

    categories = b.entity("categories", rows=rows // 2)
    b.reference(categories, "parent_id", "categories", nulls=3)  # self reference (hierarchy)
    patients = b.entity("patients", rows=rows)
    b.reference(patients, "referred_by", "patients", nulls=5)  # self reference (peer role)

    drivers = b.entity("drivers")
    b.reference(drivers, "vehicle_id", "vehicles")
    b.reference(drivers, "user_id", "users")

    lineitem = b.entity("lineitem", key="l_id", rows=rows * 2)
    lineitem.columns[1].name = "l_comment"
    b.reference(lineitem, "l_partkey", "part", "p_partkey")
    b.reference(lineitem, "l_suppkey", "supplier", "s_suppkey")

    # A composite key and a table repeating it.
    order_line = Tab(
        "order_line",
        [Col("order_id", INT, nullable=False), Col("line_no", INT, nullable=False), Col("qty")],
        ("order_id", "line_no"),
    )
    order_ids = b.keys("orders", "id")
    order_line.rows = [
        (order_ids[n % len(order_ids)], n // len(order_ids) + 1, 1) for n in range(rows * 2)
    ]
    b.schema.tables.append(order_line)
    b.schema.planted.add(("order_line", ("order_id",), "orders", ("id",)))
    shipment_item = Tab(
        "shipment_item",
        [Col("id", INT, nullable=False), Col("order_id", INT), Col("line_no", INT)],
        ("id",),
    )
    picked = rng.sample(order_line.rows, rows)
    shipment_item.rows = [(n + 1, row[0], row[1]) for n, row in enumerate(picked)]
    b.schema.tables.append(shipment_item)
    b.schema.planted.add(
        ("shipment_item", ("order_id", "line_no"), "order_line", ("order_id", "line_no"))
    )
    b.schema.planted.add(("shipment_item", ("order_id",), "orders", ("id",)))

    # A polymorphic pair.
    comments = b.entity("comments", rows=rows)
    kinds = [rng.choice(["Post", "Photo"]) for _ in comments.rows]
    b.add_column(comments, Col("commentable_type", TEXT, 40), kinds)
    b.add_column(
        comments,
        Col("commentable_id", INT),
        [rng.choice(b.keys("posts" if kind == "Post" else "photos", "id")) for kind in kinds],
    )
    b.schema.polymorphic.add(("comments", "commentable_type", "commentable_id"))
    return b.schema


# --- large random schemas ----------------------------------------------------------------

_NOUNS = [
    "customer",
    "account",
    "order",
    "invoice",
    "payment",
    "product",
    "category",
    "supplier",
    "warehouse",
    "shipment",
    "employee",
    "department",
    "project",
    "task",
    "ticket",
    "comment",
    "post",
    "tag",
    "user",
    "team",
    "region",
    "country",
    "city",
    "address",
    "store",
    "vendor",
    "contract",
    "policy",
    "claim",
    "patient",
    "doctor",
    "visit",
    "course",
    "student",
    "teacher",
    "lesson",
    "room",
    "booking",
    "event",
    "venue",
    "artist",
    "album",
    "track",
    "playlist",
    "device",
    "sensor",
    "reading",
    "alert",
    "campaign",
    "lead",
    "deal",
    "note",
    "document",
    "folder",
    "file",
    "job",
    "batch",
]
_QUALIFIERS = (
    "",
    "item",
    "line",
    "history",
    "log",
    "detail",
    "note",
    "archive",
    "review",
    "version",
)


def generate(tables: int = 50, seed: int = 7, rows: int = 0, styles: bool = True) -> Schema:
    """`tables` tables named from a vocabulary, each referencing up to three earlier tables in
    a random naming style, with a decoy column in every fifth table. `rows` rows per table
    (0: schema only)."""
    rng = random.Random(seed)
    names: list[str] = []
    for qualifier in _QUALIFIERS:
        for noun in _NOUNS:
            names.append(f"{noun}_{qualifier}" if qualifier else noun)
    if tables > len(names):
        names += [f"{noun}_part{number}" for number in range(tables) for noun in _NOUNS]
    chosen = names[:tables]
    b = Builder(seed, max(rows, 1))
    for number, name in enumerate(chosen):
        plural = name + "s"
        table = b.entity(plural, rows=rows)
        earlier = chosen[:number]
        for parent in rng.sample(earlier, min(len(earlier), rng.randrange(0, 4))):
            parent_plural = parent + "s"
            style = rng.choice(("snake", "role", "camel") if styles else ("snake",))
            column = {
                "snake": f"{parent}_id",
                "role": f"{rng.choice(('primary', 'billing', 'source', 'target'))}_{parent}_id",
                "camel": "".join(word.capitalize() for word in parent.split("_")) + "Id",
            }[style]
            if any(existing.name == column for existing in table.columns):
                continue
            b.reference(table, column, parent_plural)
        if number % 5 == 4:
            b.decoy(table, "external_id", [rng.randrange(10**9, 10**10) for _ in table.rows])
    return b.schema


def roles(seed: int = 5, rows: int = 30) -> Schema:
    """People and the roles they play: self references by hierarchy and peer words, and
    staff roles pointing at the one table of employees."""
    b = Builder(seed, rows)
    employees = b.entity("employees", key="employee_id", rows=rows // 3)
    b.reference(employees, "reports_to", "employees", "employee_id", nulls=1)
    b.reference(employees, "manager_id", "employees", "employee_id", nulls=1)
    customers = b.entity("customers", key="customer_id")
    b.reference(customers, "support_rep_id", "employees", "employee_id")
    b.reference(customers, "referred_by", "customers", "customer_id", nulls=10)
    pods = b.entity("pods")
    b.reference(pods, "operator_id", "employees", "employee_id")
    wallets = b.entity("wallets")
    b.reference(wallets, "customer_id", "customers", "customer_id", orphans=2)
    b.decoy(wallets, "order_count", [b.rng.randrange(1, 20) for _ in wallets.rows])
    return b.schema


def wordpress(seed: int = 11, rows: int = 30) -> Schema:
    """WordPress conventions: every table prefixed `wp_`, upper-case `ID` keys, references
    named after their table's model with the owner's prefix (`comment_post_ID`), hierarchy
    words after the owner's name (`post_parent`), and roles (`post_author`)."""
    b = Builder(seed, rows)
    users = b.entity("wp_users", key="ID")
    b.decoy(users, "user_status", [0] * len(users.rows))
    posts = b.entity("wp_posts", key="ID")
    b.reference(posts, "post_author", "wp_users", "ID")
    b.reference(posts, "post_parent", "wp_posts", "ID", nulls=10)
    b.decoy(posts, "comment_count", [b.rng.randrange(9) for _ in posts.rows])
    b.decoy(posts, "menu_order", [b.rng.randrange(5) for _ in posts.rows])
    comments = b.entity("wp_comments", key="comment_ID")
    b.reference(comments, "comment_post_ID", "wp_posts", "ID")
    b.reference(comments, "comment_parent", "wp_comments", "comment_ID", nulls=10)
    b.reference(comments, "user_id", "wp_users", "ID")
    postmeta = b.entity("wp_postmeta", key="meta_id")
    b.reference(postmeta, "post_id", "wp_posts", "ID")
    b.entity("wp_terms", key="term_id")
    taxonomy = b.entity("wp_term_taxonomy", key="term_taxonomy_id")
    b.reference(taxonomy, "term_id", "wp_terms", "term_id")
    b.decoy(taxonomy, "count", [b.rng.randrange(50) for _ in taxonomy.rows])
    links = b.entity("wp_links", key="link_id")
    b.reference(links, "link_owner", "wp_users", "ID")
    return b.schema


def django(seed: int = 13, rows: int = 30) -> Schema:
    """Django conventions: `<app>_<model>` tables, references named after the model only
    (`user_id` -> auth_user), and the generic relation content_type_id + object_id."""
    b = Builder(seed, rows)
    b.entity("auth_user")
    b.entity("auth_group", rows=5)
    memberships = b.entity("auth_user_groups")
    b.reference(memberships, "user_id", "auth_user")
    b.reference(memberships, "group_id", "auth_group")
    b.entity("django_content_type", rows=8)
    posts = b.entity("blog_post")
    b.reference(posts, "author_id", "auth_user")
    comments = b.entity("blog_comment")
    b.reference(comments, "post_id", "blog_post")
    b.reference(comments, "user_id", "auth_user")
    log = b.entity("django_admin_log")
    b.reference(log, "user_id", "auth_user")
    b.reference(log, "content_type_id", "django_content_type")
    b.add_column(log, Col("object_id", TEXT, 40), [str(b.rng.randrange(1, 30)) for _ in log.rows])
    b.decoy(posts, "legacy_author_id", [b.rng.randrange(10**6, 10**7) for _ in posts.rows])
    b.schema.polymorphic.add(("django_admin_log", "content_type_id", "object_id"))
    return b.schema


def saas(seed: int = 17, rows: int = 30) -> Schema:
    """A SaaS application: uuid keys, text code keys, staff roles, lookup tables of the
    owner's own kind, two polymorphic pairs and many columns that only look like references
    (external ids, session and request ids, counts, positions, the row's own number)."""
    b = Builder(seed, rows)
    rng = b.rng
    users = b.entity("users", kind=UUID)
    b.reference(users, "manager_id", "users", kind=UUID, nulls=10)
    b.decoy(users, "user_agent", ["Mozilla/5.0"] * len(users.rows), TEXT, 200)
    accounts = b.entity("accounts", kind=UUID)
    b.reference(accounts, "owner_id", "users", kind=UUID)
    b.reference(accounts, "parent_account_id", "accounts", kind=UUID, nulls=20)
    b.decoy(accounts, "stripe_customer_id", [f"cus_{n}" for n in range(len(accounts.rows))], TEXT)
    memberships = b.entity("memberships")
    b.reference(memberships, "user_id", "users", kind=UUID)
    b.reference(memberships, "account_id", "accounts", kind=UUID)
    b.reference(memberships, "invited_by", "users", kind=UUID, nulls=5)
    b.entity("plans", key="code", kind=TEXT, length=20, rows=4)
    subscriptions = b.entity("subscriptions")
    b.reference(subscriptions, "account_id", "accounts", kind=UUID)
    b.reference(subscriptions, "plan_code", "plans", "code", kind=TEXT, length=20)
    b.decoy(
        subscriptions, "external_subscription_id", [f"sub_{n}" for n in subscriptions.rows], TEXT
    )
    b.entity("currencies", key="code", kind=CHAR, length=3, rows=5)
    invoices = b.entity("invoices")
    b.reference(invoices, "account_id", "accounts", kind=UUID)
    b.reference(invoices, "subscription_id", "subscriptions")
    b.reference(invoices, "currency", "currencies", "code", kind=CHAR, length=3)
    b.decoy(invoices, "invoice_no", [1000 + n for n in range(len(invoices.rows))])
    b.decoy(invoices, "total_cents", [rng.randrange(100, 9000) for _ in invoices.rows])
    events = b.entity("events")
    b.reference(events, "user_id", "users", kind=UUID)
    b.reference(events, "created_by", "users", kind=UUID)
    b.decoy(events, "session_id", [_uuid(rng) for _ in events.rows], UUID)
    b.decoy(events, "request_id", [_uuid(rng) for _ in events.rows], UUID)
    audit = b.entity("audit_log")
    b.reference(audit, "actor_id", "users", kind=UUID)
    kinds = [rng.choice(["User", "Account"]) for _ in audit.rows]
    b.add_column(audit, Col("target_type", TEXT, 40), kinds)
    b.add_column(
        audit,
        Col("target_id", UUID),
        [rng.choice(b.keys("users" if k == "User" else "accounts", "id")) for k in kinds],
    )
    b.schema.polymorphic.add(("audit_log", "target_type", "target_id"))
    b.entity("order_statuses", rows=5)
    orders = b.entity("orders")
    b.reference(orders, "account_id", "accounts", kind=UUID)
    b.reference(orders, "parent_order_id", "orders", nulls=20)
    b.reference(orders, "status_id", "order_statuses")
    b.decoy(orders, "item_count", [rng.randrange(1, 9) for _ in orders.rows])
    b.decoy(orders, "position", [rng.randrange(1, 9) for _ in orders.rows])
    categories = b.entity("categories")
    b.reference(categories, "parent_id", "categories", nulls=10)
    b.entity("countries", key="code", kind=CHAR, length=2, rows=6)
    suppliers = b.entity("suppliers")
    b.reference(suppliers, "country_code", "countries", "code", kind=CHAR, length=2)
    products = b.entity("products")
    b.reference(products, "category_id", "categories")
    b.reference(products, "cat_id", "categories")
    b.reference(products, "supplier", "suppliers")
    b.decoy(products, "year", [rng.randrange(1990, 2024) for _ in products.rows])
    items = b.entity("order_items", rows=rows * 2)
    b.reference(items, "order_id", "orders")
    b.reference(items, "product_id", "products")
    b.decoy(items, "quantity", [rng.randrange(1, 5) for _ in items.rows])
    b.decoy(items, "line_no", [rng.randrange(1, 5) for _ in items.rows])
    b.entity("ticket_kinds", rows=3)
    b.entity("ticket_types", rows=4)
    tickets = b.entity("tickets")
    b.reference(tickets, "kind", "ticket_kinds")
    b.reference(tickets, "type", "ticket_types")
    b.reference(tickets, "assignee_id", "users", kind=UUID)
    b.reference(tickets, "reporter", "users", kind=UUID)
    b.decoy(tickets, "priority", [rng.randrange(1, 4) for _ in tickets.rows])
    b.entity("tags")
    taggings = b.entity("taggings")
    b.reference(taggings, "tag_id", "tags")
    b.add_column(taggings, Col("taggable_type", TEXT, 40), ["Product"] * len(taggings.rows))
    b.add_column(
        taggings,
        Col("taggable_id", INT),
        [rng.choice(b.keys("products", "id")) for _ in taggings.rows],
    )
    b.schema.polymorphic.add(("taggings", "taggable_type", "taggable_id"))
    return b.schema
