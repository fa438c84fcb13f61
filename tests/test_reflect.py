"""Reflection into the catalog, on real PostgreSQL, MariaDB and SQLite databases."""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from conftest import ScratchDatabase
from rules_support import reflect_url, scan_with_index, table_of, wait_for_scans
from schemadoctor.model.catalog import (
    Column,
    ForeignKey,
    IndexElement,
    PrimaryKey,
    TableName,
    TypeFamily,
    UniqueConstraint,
)

# --- PostgreSQL ------------------------------------------------------------------------------


def test_postgresql_schemas_partitions_views(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run(
        "CREATE SCHEMA sales",
        "CREATE TABLE public.items (id integer PRIMARY KEY)",
        "CREATE TABLE sales.items (id integer PRIMARY KEY, "
        "public_item integer REFERENCES public.items (id))",
        "CREATE TABLE events (id bigint, day date, PRIMARY KEY (id, day)) PARTITION BY RANGE (day)",
        "CREATE TABLE events_2024 PARTITION OF events "
        "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
        "CREATE TABLE events_2025 PARTITION OF events "
        "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
        "CREATE INDEX events_day ON events (day)",
        "INSERT INTO events SELECT g, date '2024-06-01' + mod(g, 400) "
        "FROM generate_series(1, 600) g",
        "CREATE VIEW item_view AS SELECT * FROM public.items",
        "CREATE MATERIALIZED VIEW item_matview AS SELECT * FROM public.items",
        "CREATE TABLE plain_child () INHERITS (public.items)",
        "ANALYZE",
    )
    catalog = reflect_url(postgresql_db.url)
    names = {str(table.name) for table in catalog}
    assert names == {"public.items", "sales.items", "public.events", "public.plain_child"}
    # Two tables of the same name in two schemas stay apart, and a cross-schema key resolves.
    sales = table_of(catalog, "items", "sales")
    assert sales.foreign_keys[0].referred_table == TableName("public", "items")
    assert table_of(catalog, "items").foreign_keys == ()

    events = table_of(catalog, "events")
    assert events.partitioned
    assert events.primary_key == PrimaryKey("events_pkey", ("id", "day"))
    assert events.row_estimate == 600  # the partitions' rows, folded into the parent
    by_name = {index.name: index for index in events.indexes}
    assert set(by_name) == {"events_pkey", "events_day"}
    # The partitioned index's text must re-create it on every partition, not ON ONLY the parent.
    assert by_name["events_day"].definition == (
        "CREATE INDEX events_day ON public.events USING btree (day)"
    )
    assert by_name["events_day"].scans == 0
    assert (by_name["events_day"].size_bytes or 0) > 0
    # Scans of the partitions' indexes count for the parent's.
    scan_with_index(postgresql_db, "SELECT count(*) FROM events WHERE day = '2024-07-01'")
    wait_for_scans(postgresql_db, "events", "events_day")


def test_postgresql_columns_types_defaults_identity(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run(
        "CREATE TYPE mood AS ENUM ('happy', 'sad')",
        "CREATE DOMAIN short_code AS varchar(12)",
        "CREATE TABLE kinds ("
        " id serial PRIMARY KEY,"
        " big bigint GENERATED ALWAYS AS IDENTITY,"
        " label text NOT NULL DEFAULT 'none',"
        " code character varying(20),"
        " short short_code,"
        " ref uuid,"
        " active boolean NOT NULL DEFAULT true,"
        " born date,"
        " seen timestamptz DEFAULT now(),"
        " doc jsonb,"
        " feeling mood,"
        " tags text[],"
        " price numeric(10, 2),"
        " ratio double precision,"
        " raw bytea,"
        ' c_name text COLLATE "C",'
        " twice integer GENERATED ALWAYS AS (id * 2) STORED)",
    )
    table = table_of(reflect_url(postgresql_db.url), "kinds")
    columns = {column.name: column for column in table.columns}
    assert [column.name for column in table.columns][:3] == ["id", "big", "label"]
    families = {name: column.family for name, column in columns.items()}
    assert families == {
        "id": TypeFamily.INTEGER,
        "big": TypeFamily.INTEGER,
        "label": TypeFamily.TEXT,
        "code": TypeFamily.TEXT,
        "short": TypeFamily.TEXT,
        "ref": TypeFamily.UUID,
        "active": TypeFamily.BOOLEAN,
        "born": TypeFamily.DATE,
        "seen": TypeFamily.DATETIME,
        "doc": TypeFamily.JSON,
        "feeling": TypeFamily.ENUM,
        "tags": TypeFamily.ARRAY,
        "price": TypeFamily.DECIMAL,
        "ratio": TypeFamily.FLOAT,
        "raw": TypeFamily.BINARY,
        "c_name": TypeFamily.TEXT,
        "twice": TypeFamily.INTEGER,
    }
    assert columns["id"].identity and columns["id"].default == "nextval('kinds_id_seq'::regclass)"
    assert columns["big"].identity and columns["big"].default is None
    assert not columns["label"].identity
    assert columns["label"].default == "'none'::text" and not columns["label"].nullable
    assert columns["active"].default == "true"
    assert columns["seen"].default == "now()" and columns["seen"].nullable
    assert columns["code"].type == "character varying(20)" and columns["code"].length == 20
    # A domain keeps its own name as type, and its base type's length.
    assert columns["short"].type == "short_code" and columns["short"].length == 12
    assert columns["tags"].type == "text[]"
    assert columns["c_name"].collation == "C" and columns["label"].collation is None
    # A generation expression is not a default.
    assert columns["twice"] == Column(
        "twice", "integer", TypeFamily.INTEGER, True, None, generated=True, expression="(id * 2)"
    )


def test_postgresql_keys_and_constraints(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run(
        "CREATE SCHEMA other",
        "CREATE TABLE other.regions (code text PRIMARY KEY)",
        "CREATE TABLE accounts (tenant integer, id integer, region text, "
        "PRIMARY KEY (tenant, id), CONSTRAINT accounts_region_key UNIQUE (region, id))",
        "CREATE UNIQUE INDEX accounts_lower_region ON accounts (lower(region))",
        "CREATE TABLE orders ("
        " id integer PRIMARY KEY,"
        " tenant integer NOT NULL,"
        " account integer,"
        " region text REFERENCES other.regions ON DELETE SET NULL ON UPDATE CASCADE,"
        " qty integer CONSTRAINT qty_positive CHECK (qty > 0),"
        " CONSTRAINT orders_account_fk FOREIGN KEY (tenant, account)"
        "   REFERENCES accounts (tenant, id) ON DELETE CASCADE)",
        "INSERT INTO orders (id, tenant, qty) VALUES (1, 1, 1)",
        "ALTER TABLE orders ADD CONSTRAINT orders_self_fk FOREIGN KEY (account) "
        "REFERENCES orders (id) NOT VALID",
        "ALTER TABLE orders ADD CONSTRAINT qty_small CHECK (qty < 1000) NOT VALID",
    )
    catalog = reflect_url(postgresql_db.url)
    accounts = table_of(catalog, "accounts")
    assert accounts.primary_key == PrimaryKey("accounts_pkey", ("tenant", "id"))
    assert accounts.unique_constraints == (
        UniqueConstraint("accounts_region_key", ("region", "id")),
    )
    # Unique keys: the constraint, not the expression index.
    assert accounts.unique_keys == (("tenant", "id"), ("region", "id"))

    orders = table_of(catalog, "orders")
    fks = {fk.name: fk for fk in orders.foreign_keys}
    assert fks["orders_account_fk"] == ForeignKey(
        "orders_account_fk",
        ("tenant", "account"),
        TableName("public", "accounts"),
        ("tenant", "id"),
        on_delete="CASCADE",
    )
    assert fks["orders_region_fkey"] == ForeignKey(
        "orders_region_fkey",
        ("region",),
        TableName("other", "regions"),
        ("code",),
        on_delete="SET NULL",
        on_update="CASCADE",
    )
    assert fks["orders_self_fk"].valid is False
    assert fks["orders_account_fk"].valid is True
    checks = {check.name: check for check in orders.checks}
    assert checks["qty_positive"].expression == "qty > 0" and checks["qty_positive"].valid
    assert checks["qty_small"].expression == "qty < 1000" and not checks["qty_small"].valid
    # The primary key's index is the one the other foreign keys depend on.
    assert accounts.index("accounts_pkey").referenced_by == ("orders_account_fk",)  # type: ignore[union-attr]


def test_postgresql_index_shapes(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run(
        "CREATE TABLE docs (id integer PRIMARY KEY, owner integer, title text, body jsonb, "
        "created timestamptz, CONSTRAINT docs_title_key UNIQUE (title))",
        "CREATE INDEX docs_owner_created ON docs (owner, created DESC)",
        "CREATE INDEX docs_lower_title ON docs (lower(title))",
        "CREATE INDEX docs_body ON docs USING gin (body)",
        "CREATE INDEX docs_owner_hash ON docs USING hash (owner)",
        "CREATE INDEX docs_live ON docs (owner) WHERE owner IS NOT NULL",
        "CREATE INDEX docs_owner_incl ON docs (owner) INCLUDE (title, created)",
        "CREATE UNIQUE INDEX docs_owner_title ON docs (owner, title)",
        "CREATE INDEX docs_title_pattern ON docs (title text_pattern_ops)",
        'CREATE INDEX docs_title_c ON docs (title COLLATE "C")',
        "CREATE TABLE refs (title text REFERENCES docs (title))",
    )
    docs = table_of(reflect_url(postgresql_db.url), "docs")
    indexes = {index.name: index for index in docs.indexes}
    assert set(indexes) == {
        "docs_pkey",
        "docs_title_key",
        "docs_owner_created",
        "docs_lower_title",
        "docs_body",
        "docs_owner_hash",
        "docs_live",
        "docs_owner_incl",
        "docs_owner_title",
        "docs_title_pattern",
        "docs_title_c",
    }
    pkey = indexes["docs_pkey"]
    assert pkey.primary and pkey.unique and pkey.constraint == "docs_pkey" and pkey.backs_constraint
    title_key = indexes["docs_title_key"]
    assert title_key.constraint == "docs_title_key" and not title_key.primary
    assert title_key.referenced_by == ("refs_title_fkey",)
    assert indexes["docs_owner_created"].elements == (
        IndexElement("owner"),
        IndexElement("created", descending=True),
    )
    assert indexes["docs_lower_title"].elements == (IndexElement(None, "lower(title)"),)
    assert indexes["docs_lower_title"].columns == ("(lower(title))",)
    assert indexes["docs_body"].method == "gin"
    assert indexes["docs_owner_hash"].method == "hash"
    assert indexes["docs_live"].predicate == "owner IS NOT NULL"
    assert indexes["docs_owner_incl"].include == ("title", "created")
    assert indexes["docs_owner_incl"].elements == (IndexElement("owner"),)
    owner_title = indexes["docs_owner_title"]
    assert (
        owner_title.unique and owner_title.constraint is None and not owner_title.backs_constraint
    )
    assert indexes["docs_title_pattern"].elements == (
        IndexElement("title", opclass="text_pattern_ops"),
    )
    assert indexes["docs_title_c"].elements == (IndexElement("title", collation="C"),)
    assert all(index.valid and index.ready for index in indexes.values())
    assert indexes["docs_live"].definition == (
        "CREATE INDEX docs_live ON public.docs USING btree (owner) WHERE (owner IS NOT NULL)"
    )


def test_postgresql_invalid_index_state(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run(
        "CREATE TABLE people (email text)",
        "INSERT INTO people VALUES ('a@x'), ('a@x')",
    )
    with pytest.raises(Exception, match="could not create unique index"):
        postgresql_db.run("CREATE UNIQUE INDEX CONCURRENTLY people_email ON people (email)")
    index = table_of(reflect_url(postgresql_db.url), "people").index("people_email")
    assert index is not None and index.unique
    assert index.valid is False and index.ready is False


def test_postgresql_row_estimates_and_index_usage(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run(
        "CREATE TABLE hits (id integer PRIMARY KEY, page integer)",
        "CREATE INDEX hits_page ON hits (page)",
        "INSERT INTO hits SELECT g, mod(g, 10) FROM generate_series(1, 500) g",
        "ANALYZE hits",
    )
    before = reflect_url(postgresql_db.url)
    hits = table_of(before, "hits")
    assert hits.row_estimate == 500
    assert hits.index("hits_page").scans == 0  # type: ignore[union-attr]
    scan_with_index(postgresql_db, "SELECT count(*) FROM hits WHERE page = 3")
    after = wait_for_scans(postgresql_db, "hits", "hits_page")
    assert table_of(after, "hits").index("hits_pkey").scans == 0  # type: ignore[union-attr]


def test_postgresql_statistics_window(postgresql_db: ScratchDatabase) -> None:
    postgresql_db.run("CREATE TABLE t (id integer PRIMARY KEY)")
    started = postgresql_db.scalar("SELECT pg_postmaster_start_time()")
    catalog = reflect_url(postgresql_db.url)
    # A fresh database was never reset: statistics run from the server start.
    assert catalog.stats_reset is None
    assert catalog.stats_since == started

    postgresql_db.run("SELECT pg_stat_reset()")
    catalog = reflect_url(postgresql_db.url)
    assert catalog.stats_reset is not None
    assert catalog.stats_since == max(catalog.stats_reset, started)
    assert datetime.now(UTC) - catalog.stats_reset < timedelta(minutes=5)


# --- MariaDB / MySQL -------------------------------------------------------------------------


def test_mysql_columns_defaults_and_families(mysql_db: ScratchDatabase) -> None:
    mysql_db.run(
        "CREATE TABLE kinds ("
        " id int unsigned AUTO_INCREMENT PRIMARY KEY,"
        " qty bigint NOT NULL DEFAULT 5,"
        " null_word varchar(20) DEFAULT 'NULL',"
        " no_default varchar(20),"
        " explicit_null varchar(20) DEFAULT NULL,"
        " empty varchar(10) NOT NULL DEFAULT '',"
        " quoted varchar(10) DEFAULT 'it''s',"
        " body text,"
        " created timestamp NOT NULL DEFAULT current_timestamp ON UPDATE current_timestamp,"
        " precise datetime(3) DEFAULT current_timestamp(3),"
        " doc json,"
        " state enum('new', 'done') DEFAULT 'new',"
        " flag tinyint(1) NOT NULL DEFAULT 0,"
        " price decimal(10, 2) DEFAULT 1.50,"
        " born date,"
        " blobby blob,"
        " twice bigint AS (qty * 2) VIRTUAL,"
        " stored_twice bigint AS (qty * 2) STORED,"
        " label varchar(30) COLLATE utf8mb4_bin COMMENT 'shown to users'"
        ") ENGINE=InnoDB",
    )
    catalog = reflect_url(mysql_db.url)
    assert catalog.dialect == "mysql" and catalog.flavor in ("mariadb", "mysql")
    table = table_of(catalog, "kinds")
    assert table.name == TableName(None, "kinds")
    columns = {column.name: column for column in table.columns}
    assert columns["id"].identity and columns["id"].unsigned and not columns["id"].nullable
    assert columns["id"].type == "int(10) unsigned" or columns["id"].type == "int unsigned"
    defaults = {name: column.default for name, column in columns.items()}
    assert defaults["qty"] == "5"
    assert defaults["null_word"] == "'NULL'"  # the four-letter string, not SQL NULL
    assert defaults["no_default"] is None and defaults["explicit_null"] is None
    assert defaults["empty"] == "''"
    assert defaults["quoted"] in ("'it''s'", "'it\\'s'")
    assert defaults["created"].lower().startswith("current_timestamp")  # type: ignore[union-attr]
    assert defaults["precise"].lower() == "current_timestamp(3)"  # type: ignore[union-attr]
    assert defaults["state"] == "'new'" and defaults["price"] == "1.50"
    assert defaults["twice"] is None and columns["twice"].generated
    assert columns["twice"].expression == "`qty` * 2"
    assert columns["stored_twice"].generated
    families = {name: column.family for name, column in columns.items()}
    assert families["doc"] == TypeFamily.JSON  # MariaDB: LONGTEXT with a json_valid() check
    assert families["state"] == TypeFamily.ENUM
    assert families["flag"] == TypeFamily.BOOLEAN
    assert families["created"] == TypeFamily.DATETIME
    assert families["price"] == TypeFamily.DECIMAL
    assert families["born"] == TypeFamily.DATE
    assert families["blobby"] == TypeFamily.BINARY
    assert columns["null_word"].length == 20 and columns["body"].length is None
    assert columns["label"].collation == "utf8mb4_bin"
    assert columns["label"].comment == "shown to users" and columns["qty"].comment is None


def test_mysql_keys_indexes_checks(mysql_db: ScratchDatabase) -> None:
    other = f"sd_other_{uuid.uuid4().hex[:8]}"
    mysql_db.run(
        f"CREATE DATABASE `{other}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
        f"CREATE TABLE `{other}`.regions (code varchar(8) PRIMARY KEY) ENGINE=InnoDB",
    )
    try:
        mysql_db.run(
            "CREATE TABLE accounts (tenant int, id int, name varchar(100), bio text,"
            " PRIMARY KEY (tenant, id), UNIQUE KEY accounts_name (name),"
            " KEY accounts_bio (bio(20)), FULLTEXT KEY accounts_ft (bio),"
            " KEY accounts_desc (name DESC, id)) ENGINE=InnoDB",
            "CREATE TABLE orders (id int PRIMARY KEY, tenant int NOT NULL, account int,"
            " region varchar(8),"
            " qty int CHECK (qty > 0),"
            " CONSTRAINT qty_small CHECK (qty < 1000),"
            " CONSTRAINT orders_account_fk FOREIGN KEY (tenant, account)"
            "   REFERENCES accounts (tenant, id) ON DELETE CASCADE ON UPDATE CASCADE,"
            f" CONSTRAINT orders_region_fk FOREIGN KEY (region) REFERENCES `{other}`.regions (code)"
            ") ENGINE=InnoDB",
        )
        catalog = reflect_url(mysql_db.url)
    finally:
        mysql_db.run("DROP TABLE IF EXISTS orders", f"DROP DATABASE `{other}`")
    accounts = table_of(catalog, "accounts")
    assert accounts.primary_key == PrimaryKey(None, ("tenant", "id"))
    assert accounts.unique_constraints == (UniqueConstraint("accounts_name", ("name",)),)
    indexes = {index.name: index for index in accounts.indexes}
    assert indexes["PRIMARY"].primary and indexes["PRIMARY"].backs_constraint
    assert (
        indexes["accounts_name"].unique and indexes["accounts_name"].constraint == "accounts_name"
    )
    assert indexes["accounts_bio"].elements == (IndexElement("bio", prefix_length=20),)
    assert indexes["accounts_bio"].columns == ("bio(20)",)
    assert indexes["accounts_ft"].method == "fulltext"
    assert indexes["accounts_desc"].elements == (
        IndexElement("name", descending=True),
        IndexElement("id"),
    )

    orders = table_of(catalog, "orders")
    fks = {fk.name: fk for fk in orders.foreign_keys}
    assert fks["orders_account_fk"] == ForeignKey(
        "orders_account_fk",
        ("tenant", "account"),
        TableName(None, "accounts"),
        ("tenant", "id"),
        on_delete="CASCADE",
        on_update="CASCADE",
    )
    # A key into another database keeps that database as its schema.
    assert fks["orders_region_fk"].referred_table == TableName(other, "regions")
    assert fks["orders_region_fk"].on_delete in ("RESTRICT", "NO ACTION")
    # InnoDB made an index for each foreign key that had none.
    index_columns = {index.columns for index in orders.indexes}
    assert ("tenant", "account") in index_columns and ("region",) in index_columns
    checks = {check.name: check.expression for check in orders.checks}
    assert checks == {"qty": "`qty` > 0", "qty_small": "`qty` < 1000"}


def test_mysql_partitioned_table_is_one_table(mysql_db: ScratchDatabase) -> None:
    mysql_db.run(
        "CREATE TABLE events (id int NOT NULL, day date NOT NULL, PRIMARY KEY (id, day), "
        "KEY events_day (day)) PARTITION BY RANGE COLUMNS (day) ("
        "PARTITION p2024 VALUES LESS THAN ('2025-01-01'), PARTITION pmax VALUES LESS THAN MAXVALUE)"
    )
    [events] = reflect_url(mysql_db.url).tables
    assert events.partitioned and events.name == TableName(None, "events")
    assert sorted(index.name for index in events.indexes) == ["PRIMARY", "events_day"]


def test_mysql_views_and_row_estimates(mysql_db: ScratchDatabase) -> None:
    mysql_db.run(
        "CREATE TABLE base (id int PRIMARY KEY) ENGINE=InnoDB",
        "INSERT INTO base VALUES (1), (2), (3)",
        "ANALYZE TABLE base",
        "CREATE VIEW base_view AS SELECT * FROM base",
    )
    catalog = reflect_url(mysql_db.url)
    assert [str(table.name) for table in catalog] == ["base"]
    assert table_of(catalog, "base").row_estimate == 3


# --- SQLite ----------------------------------------------------------------------------------


def test_sqlite_foreign_keys_named_from_ddl(sqlite_db: ScratchDatabase) -> None:
    sqlite_db.run(
        "CREATE TABLE parent (id INTEGER PRIMARY KEY, code TEXT UNIQUE, a INT, b INT, "
        "UNIQUE (a, b))",
        'CREATE TABLE "Child" ('
        " id INTEGER PRIMARY KEY,"
        " pid INT REFERENCES parent,"
        " pa INT, pb INT,"
        " code TEXT CONSTRAINT fk_code REFERENCES parent (code) ON DELETE CASCADE"
        "   ON UPDATE SET NULL,"
        " CONSTRAINT fk_pair FOREIGN KEY (pa, pb) REFERENCES parent (a, b) ON DELETE SET NULL,"
        ' CONSTRAINT "odd ""name""" FOREIGN KEY (pid) REFERENCES "PARENT" (id))',
    )
    child = table_of(reflect_url(sqlite_db.url), "Child")
    assert [(fk.name, fk.columns) for fk in child.foreign_keys] == [
        (None, ("pid",)),
        ("fk_code", ("code",)),
        ("fk_pair", ("pa", "pb")),
        ('odd "name"', ("pid",)),
    ]
    fks = {fk.name: fk for fk in child.foreign_keys}
    # `REFERENCES parent` without columns means the parent's primary key.
    assert child.foreign_keys[0].referred_columns == ("id",)
    assert fks["fk_code"].on_delete == "CASCADE" and fks["fk_code"].on_update == "SET NULL"
    assert fks["fk_pair"].referred_columns == ("a", "b") and fks["fk_pair"].on_delete == "SET NULL"
    # The parent is named as it is defined, whatever case the reference used.
    assert fks['odd "name"'].referred_table == TableName(None, "parent")


def test_sqlite_tables_columns_checks(sqlite_db: ScratchDatabase) -> None:
    sqlite_db.run(
        "CREATE TABLE items ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " name VARCHAR(40) NOT NULL CONSTRAINT name_short CHECK (length(name) <= 40),"
        " price REAL CHECK (price >= 0),"
        " created DATETIME DEFAULT CURRENT_TIMESTAMP,"
        " flag BOOLEAN DEFAULT 0,"
        " note TEXT DEFAULT 'n/a',"
        " full_name TEXT GENERATED ALWAYS AS (name || '!') VIRTUAL,"
        " upper_name TEXT AS (upper(name)) STORED,"
        " CONSTRAINT price_cap CHECK (price < 1e6 AND name <> 'x''y'),"
        " CONSTRAINT items_name_key UNIQUE (name))",
        "CREATE TABLE tags (tag TEXT PRIMARY KEY, uses INT) WITHOUT ROWID",
        "CREATE TABLE loose (a INT, b TEXT)",
        "CREATE VIEW item_names AS SELECT name FROM items",
        "CREATE VIRTUAL TABLE search USING fts5(body)",
        "INSERT INTO items (name, price) VALUES ('a', 1), ('b', 2)",
    )
    catalog = reflect_url(sqlite_db.url)
    assert [str(table.name) for table in catalog] == ["items", "loose", "tags"]
    items = table_of(catalog, "items")
    columns = {column.name: column for column in items.columns}
    assert columns["id"].identity and not columns["id"].nullable
    assert items.primary_key == PrimaryKey(None, ("id",))
    assert columns["name"].length == 40 and columns["name"].family == TypeFamily.TEXT
    assert columns["created"].default == "CURRENT_TIMESTAMP"
    assert columns["note"].default == "'n/a'" and columns["flag"].default == "0"
    assert columns["flag"].family == TypeFamily.BOOLEAN
    assert columns["full_name"].generated and columns["upper_name"].generated
    assert not columns["note"].generated
    assert [(check.name, check.expression) for check in items.checks] == [
        ("name_short", "length(name) <= 40"),
        (None, "price >= 0"),
        ("price_cap", "price < 1e6 AND name <> 'x''y'"),
    ]
    assert items.unique_constraints == (UniqueConstraint("items_name_key", ("name",)),)
    assert items.row_estimate == 2

    tags = table_of(catalog, "tags")
    assert tags.without_rowid and tags.primary_key == PrimaryKey(None, ("tag",))
    # Without a rowid the TEXT primary key is no alias of it: not an identity column.
    assert not tags.column("tag").identity  # type: ignore[union-attr]
    assert table_of(catalog, "loose").primary_key is None


def test_sqlite_expression_and_partial_indexes_keep_their_text(
    sqlite_db: ScratchDatabase, caplog: pytest.LogCaptureFixture
) -> None:
    sqlite_db.run(
        "CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT, team INT, Score INT) "
        "WITHOUT ROWID",
        "CREATE INDEX people_email_lower ON people (lower(email), team DESC)",
        'CREATE INDEX people_active ON people ("Score") WHERE team IS NOT NULL AND Score > 10',
        "CREATE UNIQUE INDEX people_email ON people (email COLLATE NOCASE)",
    )
    with caplog.at_level(logging.WARNING):
        catalog = reflect_url(sqlite_db.url)
    assert not caplog.records, "reflection must not log parser warnings"
    assert catalog.warnings == ()
    indexes = {index.name: index for index in table_of(catalog, "people").indexes}
    assert indexes["people_email_lower"].elements == (
        IndexElement(None, "lower(email)"),
        IndexElement("team", descending=True),
    )
    assert indexes["people_active"].elements == (IndexElement("Score"),)
    assert indexes["people_active"].predicate == "team IS NOT NULL AND Score > 10"
    assert indexes["people_email"].unique and indexes["people_email"].constraint is None
    assert indexes["people_email_lower"].definition == (
        "CREATE INDEX people_email_lower ON people (lower(email), team DESC)"
    )


# --- every engine ----------------------------------------------------------------------------


ODD_NAMES = ['x"; drop table y; --', "Ünïcødé tâble", "select", "MixedCase"]


def test_adversarial_identifiers_reflect(any_db: ScratchDatabase) -> None:
    q = any_db.quote
    parent, child, column = ODD_NAMES[1], ODD_NAMES[0], ODD_NAMES[2]
    any_db.run(
        f"CREATE TABLE {q(parent)} ({q('Id')} INTEGER PRIMARY KEY)",
        f"CREATE TABLE {q(child)} ({q('id')} INTEGER PRIMARY KEY, {q(column)} INTEGER, "
        f"CONSTRAINT {q('fk ' + column)} FOREIGN KEY ({q(column)}) "
        f"REFERENCES {q(parent)} ({q('Id')}))",
        f"CREATE INDEX {q(ODD_NAMES[3])} ON {q(child)} ({q(column)})",
    )
    catalog = reflect_url(any_db.url)
    schema = "public" if any_db.dialect == "postgresql" else None
    table = catalog.table(TableName(schema, child))
    assert table is not None, [str(t.name) for t in catalog]
    assert [column.name for column in table.columns] == ["id", column]
    assert table.foreign_keys[0].name == "fk " + column
    assert table.foreign_keys[0].referred_table == TableName(schema, parent)
    assert table.foreign_keys[0].referred_columns == ("Id",)
    assert table.index(ODD_NAMES[3]) is not None
    assert table.index(ODD_NAMES[3]).columns == (column,)  # type: ignore[union-attr]
