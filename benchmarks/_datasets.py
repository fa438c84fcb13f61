"""Load the shared sample databases into scratch databases of their own, without their
foreign keys, for the foreign-key inference benchmark.

Each loader returns a `Loaded` whose `url` schemadoctor can check, the dataset's truth (the
foreign keys its authors declared) and a `drop()` that removes the scratch database. The
shared databases (`chinook`, `sakila`, `Chinook`) are never touched: every dump is rewritten
to create, use and drop a database with a fresh `sd_bench_...` name.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
import sqlglot
from sqlalchemy.pool import NullPool

from _servers import ADMIN_URLS

DATASETS = Path(os.environ.get("SCHEMADOCTOR_DATASETS", "/work/shared/datasets"))
POSTGRESQL_ADMIN = ADMIN_URLS["postgresql"]
MYSQL_ADMIN = ADMIN_URLS["mariadb"]

ForeignKey = tuple[str, tuple[str, ...], str, tuple[str, ...]]
"""(table, columns, referred table, referred columns), table names unqualified."""


@dataclass
class Loaded:
    name: str
    engine: str
    url: str
    truth: set[ForeignKey]
    drop: Callable[[], None] = field(repr=False)
    tables: list[str] = field(default_factory=list)

    def empty(self) -> None:
        """Delete every row (the names-and-types-only variant)."""
        EMPTIERS[self.engine](self)


def truth(path: Path) -> set[ForeignKey]:
    document = json.loads(path.read_text())
    return {
        (
            fk["table"],
            tuple(fk["columns"]),
            fk["references"]["table"],
            tuple(fk["references"]["columns"]),
        )
        for fk in document["foreign_keys"]
    }


def scratch_name(label: str) -> str:
    return f"sd_bench_{label}_{uuid.uuid4().hex[:8]}".lower()


# --- PostgreSQL --------------------------------------------------------------------------


def _pg_admin() -> sa.Engine:
    return sa.create_engine(POSTGRESQL_ADMIN, poolclass=NullPool)


def _pg_url(name: str) -> sa.URL:
    return sa.make_url(POSTGRESQL_ADMIN).set(database=name)


def _psql(database: str, script: str) -> None:
    url = _pg_url(database)
    env = {**os.environ, "PGPASSWORD": url.password or ""}
    subprocess.run(
        [
            "psql",
            "-X",
            "-q",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            url.host or "127.0.0.1",
            "-p",
            str(url.port or 5432),
            "-U",
            url.username or "postgres",
            "-d",
            database,
        ],
        input=script,
        text=True,
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )


def _pg_create(name: str) -> None:
    with _pg_admin().connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')


def _pg_drop(name: str) -> Callable[[], None]:
    def drop() -> None:
        engine = _pg_admin()
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        engine.dispose()

    return drop


_PG_DROP_FKS = """
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT conrelid::regclass AS t, conname FROM pg_constraint WHERE contype = 'f' LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.t, r.conname);
  END LOOP;
END $$;
ANALYZE;
"""


def _pg_finish(name: str, label: str, engine: str, facts: set[ForeignKey]) -> Loaded:
    _psql(name, _PG_DROP_FKS)
    url = _pg_url(name).set(drivername="postgresql").render_as_string(hide_password=False)
    return Loaded(label, engine, url, facts, _pg_drop(name))


def load_chinook_postgresql() -> Loaded:
    name = scratch_name("chinook_pg")
    script = (DATASETS / "chinook" / "chinook_postgresql.sql").read_text()
    # The dump drops, creates and connects to `chinook`: point all three at the scratch name.
    script = re.sub(r"(?im)^DROP DATABASE IF EXISTS\s+chinook\s*;", "", script)
    script = re.sub(r"(?im)^CREATE DATABASE\s+chinook\s*;", "", script)
    script = re.sub(r"(?im)^\\c\s+chinook\s*;?", "", script)
    _pg_create(name)
    try:
        _psql(name, script)
        return _pg_finish(
            name,
            "chinook/postgresql",
            "postgresql",
            truth(DATASETS / "chinook" / "truth_postgresql.json"),
        )
    except BaseException:
        _pg_drop(name)()
        raise


def load_northwind_postgresql() -> Loaded:
    name = scratch_name("northwind_pg")
    _pg_create(name)
    try:
        _psql(name, (DATASETS / "northwind" / "northwind_postgresql.sql").read_text())
        return _pg_finish(
            name, "northwind/postgresql", "postgresql", truth(DATASETS / "northwind" / "truth.json")
        )
    except BaseException:
        _pg_drop(name)()
        raise


def _pg_empty(loaded: Loaded) -> None:
    name = sa.make_url(loaded.url).database or ""
    _psql(
        name,
        """
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT c.oid::regclass AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') LOOP
    EXECUTE format('TRUNCATE %s CASCADE', r.t);
  END LOOP;
END $$;
ANALYZE;
""",
    )


# --- MariaDB / MySQL ---------------------------------------------------------------------


def _my_admin() -> sa.Engine:
    return sa.create_engine(MYSQL_ADMIN, poolclass=NullPool)


def _mariadb(script: str, database: str | None = None) -> None:
    url = sa.make_url(MYSQL_ADMIN)
    command = [
        "mariadb",
        "-h",
        url.host or "127.0.0.1",
        "-P",
        str(url.port or 3306),
        "-u",
        url.username or "root",
    ]
    if url.password:
        command.append(f"-p{url.password}")
    if database:
        command.append(database)
    subprocess.run(command, input=script, text=True, check=True, stdout=subprocess.DEVNULL)


def _my_drop(name: str) -> Callable[[], None]:
    def drop() -> None:
        engine = _my_admin()
        with engine.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS `{name}`")
        engine.dispose()

    return drop


def _my_drop_fks(name: str) -> None:
    engine = sa.create_engine(sa.make_url(MYSQL_ADMIN).set(database=name), poolclass=NullPool)
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT table_name, constraint_name FROM information_schema.referential_constraints "
            "WHERE constraint_schema = %s",
            (name,),
        ).fetchall()
        for table, constraint in rows:
            connection.exec_driver_sql(f"ALTER TABLE `{table}` DROP FOREIGN KEY `{constraint}`")
        connection.exec_driver_sql("ANALYZE TABLE " + ", ".join(_my_tables(connection, name)))
    engine.dispose()


def _my_tables(connection: sa.Connection, name: str) -> list[str]:
    return [
        f"`{row[0]}`"
        for row in connection.exec_driver_sql(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = %s AND table_type = 'BASE TABLE'",
            (name,),
        )
    ]


def _my_url(name: str) -> str:
    url = sa.make_url(MYSQL_ADMIN).set(drivername="mysql", database=name)
    return url.render_as_string(hide_password=False)


def load_chinook_mysql() -> Loaded:
    name = scratch_name("chinook_my")
    script = (DATASETS / "chinook" / "chinook_mysql.sql").read_text()
    script = re.sub(
        r"(?im)^(DROP DATABASE IF EXISTS|CREATE DATABASE|USE)\s+`Chinook`", rf"\1 `{name}`", script
    )
    if "`Chinook`" in script:
        raise RuntimeError("the Chinook MySQL dump names its database somewhere unexpected")
    try:
        _mariadb(script)
        _my_drop_fks(name)
    except BaseException:
        _my_drop(name)()
        raise
    return Loaded(
        "chinook/mariadb",
        "mysql",
        _my_url(name),
        truth(DATASETS / "chinook" / "truth_mysql.json"),
        _my_drop(name),
    )


def load_sakila_mysql() -> Loaded:
    name = scratch_name("sakila_my")
    folder = DATASETS / "sakila"

    def rename(script: str) -> str:
        script = re.sub(
            r"(?im)^(DROP SCHEMA IF EXISTS|CREATE SCHEMA|USE)\s+sakila\b", rf"\1 {name}", script
        )
        return re.sub(r"\bsakila\.", f"{name}.", script)

    try:
        _mariadb(rename((folder / "sakila_mysql_schema.sql").read_text()))
        _mariadb(rename((folder / "sakila_mysql_data.sql").read_text()))
        _my_drop_fks(name)
    except BaseException:
        _my_drop(name)()
        raise
    return Loaded(
        "sakila/mariadb", "mysql", _my_url(name), truth(folder / "truth.json"), _my_drop(name)
    )


def _my_empty(loaded: Loaded) -> None:
    name = sa.make_url(loaded.url).database or ""
    engine = sa.create_engine(sa.make_url(MYSQL_ADMIN).set(database=name), poolclass=NullPool)
    with engine.connect() as connection:
        connection.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 0")
        tables = _my_tables(connection, name)
        for table in tables:
            connection.exec_driver_sql(f"TRUNCATE TABLE {table}")
        connection.exec_driver_sql("ANALYZE TABLE " + ", ".join(tables))
    engine.dispose()


# --- SQLite ------------------------------------------------------------------------------


def strip_foreign_keys(create_table: str) -> str:
    """The CREATE TABLE text without its FOREIGN KEY table constraints and column REFERENCES
    clauses, everything else exactly as written (a token scan, like SQLite's own parser)."""
    tokens = sqlglot.tokenize(create_table, read="sqlite")
    cuts: list[tuple[int, int]] = []
    depth = 0
    item_start: int | None = None
    previous_comma: int | None = None
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.token_type.name == "L_PAREN":
            depth += 1
            if depth == 1:
                item_start = index + 1
        elif token.token_type.name == "R_PAREN":
            if depth == 1 and item_start is not None:
                _cut_item(tokens, item_start, index, previous_comma, cuts)
            depth -= 1
        elif token.token_type.name == "COMMA" and depth == 1:
            if item_start is not None:
                _cut_item(tokens, item_start, index, previous_comma, cuts)
            previous_comma = index
            item_start = index + 1
        index += 1
    result = create_table
    for start, end in sorted(cuts, reverse=True):
        result = result[:start] + result[end:]
    return result


def _cut_item(
    tokens: list, start: int, end: int, comma: int | None, cuts: list[tuple[int, int]]
) -> None:
    item = tokens[start:end]
    if not item:
        return
    words = [token.text.upper() for token in item]
    # sqlglot reads `FOREIGN KEY` as one token.
    is_fk = words[0].startswith("FOREIGN") or (
        words[0] == "CONSTRAINT" and len(words) > 2 and words[2].startswith("FOREIGN")
    )
    if is_fk and comma is not None:
        cuts.append((tokens[comma].start, tokens[end - 1].end + 1))
        return
    if "REFERENCES" in words:
        # A column-level reference runs to the end of the column definition's constraints we
        # know of: REFERENCES table [(cols)] [ON ...] [MATCH ...] [DEFERRABLE ...].
        at = words.index("REFERENCES")
        cuts.append((item[at].start, item[-1].end + 1))


def load_chinook_sqlite(directory: Path | None = None) -> Loaded:
    directory = directory or Path(tempfile.mkdtemp(prefix="sd_bench_"))
    source = DATASETS / "chinook" / "chinook.sqlite"
    target = directory / "chinook_nofk.sqlite"
    old = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    new = sqlite3.connect(target)
    try:
        _copy_without_foreign_keys(old, new, source)
    except BaseException:
        shutil.rmtree(directory, ignore_errors=True)
        raise
    finally:
        old.close()
        new.close()

    def drop() -> None:
        shutil.rmtree(directory, ignore_errors=True)

    return Loaded(
        "chinook/sqlite",
        "sqlite",
        str(target),
        truth(DATASETS / "chinook" / "truth_sqlite.json"),
        drop,
    )


def _copy_without_foreign_keys(
    old: sqlite3.Connection, new: sqlite3.Connection, source: Path
) -> None:
    objects = old.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'index', rowid"
    ).fetchall()
    for kind, _, sql in objects:
        if kind == "table":
            new.execute(strip_foreign_keys(sql))
    new.commit()
    new.execute("ATTACH DATABASE ? AS old", (f"file:{source}?mode=ro",))
    for kind, name, _ in objects:
        if kind == "table":
            quoted = '"' + name.replace('"', '""') + '"'
            new.execute(f"INSERT INTO main.{quoted} SELECT * FROM old.{quoted}")
    new.commit()
    new.execute("DETACH DATABASE old")
    for kind, _, sql in objects:
        if kind == "index":
            new.execute(sql)
    new.commit()
    survivors = new.execute(
        "SELECT count(*) FROM sqlite_master AS m, pragma_foreign_key_list(m.name) AS f "
        "WHERE m.type = 'table'"
    ).fetchone()[0]
    if survivors:
        raise RuntimeError("foreign keys survived the rebuild")


def _sqlite_empty(loaded: Loaded) -> None:
    connection = sqlite3.connect(loaded.url)
    try:
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall():
            connection.execute('DELETE FROM "' + name.replace('"', '""') + '"')
        connection.commit()
        connection.execute("VACUUM")
    finally:
        connection.close()


EMPTIERS: dict[str, Callable[[Loaded], None]] = {
    "postgresql": _pg_empty,
    "mysql": _my_empty,
    "sqlite": _sqlite_empty,
}

LOADERS: dict[str, Callable[[], Loaded]] = {
    "chinook/postgresql": load_chinook_postgresql,
    "chinook/mariadb": load_chinook_mysql,
    "chinook/sqlite": load_chinook_sqlite,
    "northwind/postgresql": load_northwind_postgresql,
    "sakila/mariadb": load_sakila_mysql,
}
