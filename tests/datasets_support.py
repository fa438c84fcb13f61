"""Load the shared sample databases of ../shared/datasets into scratch databases.

Every dataset loads on its own engine (chinook on PostgreSQL, MariaDB and SQLite; northwind,
tpch, stackoverflow, airlines, hoppscotch, danbooru and zync on PostgreSQL; sakila and employees
on MariaDB) into a fresh database with a unique `sd_ds_...` name: the dumps are rewritten so
that they never create, use or drop a database named like the original. The PostgreSQL
datasets also load into SQLite through sqlglot (`load_into_sqlite`) where it can transpile
them (`SQLITE_TRANSPILED` lists which).

    with load("northwind/postgresql") as loaded:        # foreign keys dropped
        check(loaded.url); compare(..., loaded.truth)
    loaded = load("sakila/mariadb", keep_foreign_keys=True); ...; loaded.drop()

A `Loaded` carries the URL to check, the truth (the foreign keys the dataset's authors
declared, as `(table, columns, referred table, referred columns)` with unqualified names), and
`drop()`, which removes the scratch database. Loading is one client call per dump file in one
transaction (PostgreSQL) or with the dump's own batching (MariaDB): well under two seconds per
dataset.

Servers: the admin URLs of `SCHEMADOCTOR_TEST_POSTGRESQL` / `SCHEMADOCTOR_TEST_MYSQL` (defaults:
the loopback servers of the development machine), or `admin_url=` per call. Loading needs the
engines' clients (`psql`, `mariadb`).
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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import sqlalchemy as sa
import sqlglot
from sqlalchemy.pool import NullPool

from sqlite_transpile import NotTranspilable, transpile_postgresql

DATASETS = Path(os.environ.get("SCHEMADOCTOR_DATASETS", "/work/shared/datasets"))
POSTGRESQL_ADMIN = os.environ.get(
    "SCHEMADOCTOR_TEST_POSTGRESQL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
MYSQL_ADMIN = os.environ.get("SCHEMADOCTOR_TEST_MYSQL", "mysql+pymysql://root@127.0.0.1:3306/")

ForeignKey = tuple[str, tuple[str, ...], str, tuple[str, ...]]
"""(table, columns, referred table, referred columns), table names unqualified."""

SCRATCH_PREFIX = "sd_ds_"


def read_truth(path: Path) -> set[ForeignKey]:
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
    """A database name no original dataset uses: `sd_ds_<label>_<random>`."""
    safe = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")
    return f"{SCRATCH_PREFIX}{safe}_{uuid.uuid4().hex[:8]}"


# --- what was loaded ----------------------------------------------------------------------


class Server(Protocol):
    """One engine's way of running dumps in, and foreign keys and rows out, of a database."""

    engine: str

    def drop_foreign_keys(self, name: str) -> None: ...

    def empty(self, name: str) -> None: ...

    def drop(self, name: str) -> None: ...

    def url(self, name: str) -> str: ...


@dataclass
class Loaded:
    label: str
    """`<dataset>/<engine>`, e.g. `chinook/mariadb`; `<dataset>/sqlite` for transpiled ones."""
    dataset: str
    engine: str
    """`postgresql`, `mysql` (MariaDB) or `sqlite`."""
    url: str
    truth: set[ForeignKey]
    schema_only: bool
    """The dataset ships no rows (or, employees, only a lookup table's)."""
    foreign_keys_kept: bool
    _server: Server | None = field(default=None, repr=False)
    _name: str = field(default="", repr=False)
    _directory: Path | None = field(default=None, repr=False)
    notes: list[str] = field(default_factory=list)
    """What a transpiled load had to leave out (indexes SQLite cannot build, ...)."""

    @property
    def name(self) -> str:
        """The benchmark's label (kept for older callers)."""
        return self.label

    @property
    def database(self) -> str:
        """The scratch database's name (the file path on SQLite)."""
        return self._name or self.url

    def drop_foreign_keys(self) -> None:
        """Drop every declared foreign key (after, say, a generator filled the tables)."""
        if self._server is not None:
            self._server.drop_foreign_keys(self._name)
        else:
            _sqlite_rebuild_without_foreign_keys(Path(self.url))
        self.foreign_keys_kept = False

    def empty(self) -> None:
        """Delete every row (the names-and-types-only variant)."""
        if self._server is not None:
            self._server.empty(self._name)
        else:
            _sqlite_empty(Path(self.url))

    def drop(self) -> None:
        """Remove the scratch database (or file)."""
        if self._server is not None:
            self._server.drop(self._name)
        if self._directory is not None:
            shutil.rmtree(self._directory, ignore_errors=True)

    def __enter__(self) -> Loaded:
        return self

    def __exit__(self, *_: object) -> None:
        self.drop()


# --- PostgreSQL ---------------------------------------------------------------------------


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

_PG_EMPTY = """
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT c.oid::regclass AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
             AND n.nspname NOT IN ('pg_catalog', 'information_schema')
             AND n.nspname NOT LIKE 'pg_toast%' LOOP
    EXECUTE format('TRUNCATE %s CASCADE', r.t);
  END LOOP;
END $$;
ANALYZE;
"""


class PostgreSQL:
    engine = "postgresql"

    def __init__(self, admin_url: str | None = None) -> None:
        self.admin = sa.make_url(admin_url or POSTGRESQL_ADMIN)

    def _admin_engine(self) -> sa.Engine:
        return sa.create_engine(self.admin, poolclass=NullPool)

    def create(self, name: str) -> None:
        engine = self._admin_engine()
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        engine.dispose()

    def run(self, name: str, *scripts: str) -> None:
        """Run SQL scripts with psql, all in one transaction (ten times faster than one
        transaction per INSERT), stopping at the first error."""
        url = self.admin
        command = ["psql", "-X", "-q", "-1", "-v", "ON_ERROR_STOP=1"]
        command += ["-h", url.host or "127.0.0.1", "-p", str(url.port or 5432)]
        command += ["-U", url.username or "postgres", "-d", name]
        env = {
            **os.environ,
            "PGPASSWORD": url.password or "",
            "PGOPTIONS": "-c client_min_messages=warning",
        }
        completed = subprocess.run(
            command,
            input="\n".join(scripts),
            text=True,
            env=env,
            capture_output=True,
            check=False,
        )
        if completed.returncode != 0:
            raise RuntimeError(f"psql failed on {name}: {completed.stderr.strip()[-2000:]}")

    def dump(self, name: str) -> str:
        """The database as pg_dump writes it (schema and rows, no owners or grants)."""
        url = self.admin
        command = ["pg_dump", "--no-owner", "--no-privileges", "--no-comments"]
        command += ["-h", url.host or "127.0.0.1", "-p", str(url.port or 5432)]
        command += ["-U", url.username or "postgres", "-d", name]
        env = {**os.environ, "PGPASSWORD": url.password or ""}
        completed = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if completed.returncode != 0:
            raise RuntimeError(f"pg_dump failed on {name}: {completed.stderr.strip()[-2000:]}")
        return completed.stdout

    def drop_foreign_keys(self, name: str) -> None:
        self.run(name, _PG_DROP_FKS)

    def empty(self, name: str) -> None:
        self.run(name, _PG_EMPTY)

    def drop(self, name: str) -> None:
        if not name.startswith(SCRATCH_PREFIX):
            raise ValueError(f"refusing to drop {name}: not a scratch database")
        engine = self._admin_engine()
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        engine.dispose()

    def url(self, name: str) -> str:
        return self.admin.set(drivername="postgresql", database=name).render_as_string(
            hide_password=False
        )


def _chinook_postgresql(text: str) -> str:
    # The dump drops, creates and connects to `chinook`: the scratch database replaces all three.
    text = re.sub(r"(?im)^DROP DATABASE IF EXISTS\s+chinook\s*;", "", text)
    text = re.sub(r"(?im)^CREATE DATABASE\s+chinook\s*;", "", text)
    text = re.sub(r"(?im)^\\c\s+chinook\s*;?", "", text)
    if re.search(r"(?im)^\s*(CREATE|DROP)\s+DATABASE\b[^;\n]*;|^\\c\b", text):
        raise RuntimeError("the chinook PostgreSQL dump names a database somewhere unexpected")
    return text


@dataclass(frozen=True)
class Dataset:
    """One dataset on one engine: the files to run, in order, and how to rewrite them."""

    label: str
    folder: str
    engine: str
    files: tuple[str, ...]
    truth: str = "truth.json"
    schema_only: bool = False
    rewrite: Callable[[str, str], str] | None = None
    """(script text, scratch name) -> text naming the scratch database instead of the original."""

    @property
    def dataset(self) -> str:
        return self.folder

    def scripts(self, name: str) -> list[str]:
        texts = [(DATASETS / self.folder / file).read_text() for file in self.files]
        return [self.rewrite(text, name) if self.rewrite else text for text in texts]

    def truth_set(self) -> set[ForeignKey]:
        return read_truth(DATASETS / self.folder / self.truth)


# --- MariaDB / MySQL ----------------------------------------------------------------------


class MariaDB:
    engine = "mysql"

    def __init__(self, admin_url: str | None = None) -> None:
        self.admin = sa.make_url(admin_url or MYSQL_ADMIN)

    def _engine(self, database: str | None = None) -> sa.Engine:
        return sa.create_engine(self.admin.set(database=database), poolclass=NullPool)

    def create(self, name: str) -> None:
        """The dumps create their own database (renamed); nothing to do first."""

    def run(self, name: str, *scripts: str) -> None:
        url = self.admin
        client = shutil.which("mariadb") or shutil.which("mysql") or "mariadb"
        command = [client, "-h", url.host or "127.0.0.1", "-P", str(url.port or 3306)]
        command += ["-u", url.username or "root"]
        # The password goes through the environment, never the command line.
        env = {**os.environ, "MYSQL_PWD": url.password or ""}
        completed = subprocess.run(
            command,
            input="\n".join(scripts),
            text=True,
            env=env,
            capture_output=True,
            check=False,
        )
        if completed.returncode != 0:
            raise RuntimeError(f"mariadb failed on {name}: {completed.stderr.strip()[-2000:]}")

    def _tables(self, connection: sa.Connection, name: str) -> list[str]:
        return [
            "`" + row[0].replace("`", "``") + "`"
            for row in connection.exec_driver_sql(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = %s AND table_type = 'BASE TABLE'",
                (name,),
            )
        ]

    def drop_foreign_keys(self, name: str) -> None:
        engine = self._engine(name)
        with engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT table_name, constraint_name "
                "FROM information_schema.referential_constraints WHERE constraint_schema = %s",
                (name,),
            ).fetchall()
            for table, constraint in rows:
                connection.exec_driver_sql(
                    f"ALTER TABLE `{table.replace('`', '``')}` "
                    f"DROP FOREIGN KEY `{constraint.replace('`', '``')}`"
                )
            tables = self._tables(connection, name)
            if tables:
                connection.exec_driver_sql("ANALYZE TABLE " + ", ".join(tables))
        engine.dispose()

    def empty(self, name: str) -> None:
        engine = self._engine(name)
        with engine.connect() as connection:
            connection.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 0")
            tables = self._tables(connection, name)
            for table in tables:
                connection.exec_driver_sql(f"TRUNCATE TABLE {table}")
            if tables:
                connection.exec_driver_sql("ANALYZE TABLE " + ", ".join(tables))
        engine.dispose()

    def drop(self, name: str) -> None:
        if not name.startswith(SCRATCH_PREFIX):
            raise ValueError(f"refusing to drop {name}: not a scratch database")
        engine = self._engine()
        with engine.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS `{name}`")
        engine.dispose()

    def url(self, name: str) -> str:
        url = self.admin.set(drivername="mysql", database=name)
        return url.render_as_string(hide_password=False)


def _renamer(original: str) -> Callable[[str, str], str]:
    """Point a MySQL dump's database statements (`DROP/CREATE DATABASE|SCHEMA`, `USE`) and
    qualified names at the scratch database; refuse a dump that still names the original."""
    quoted = rf"`?{re.escape(original)}`?"

    def rewrite(text: str, name: str) -> str:
        text = re.sub(
            rf"(?im)^(\s*(?:DROP (?:DATABASE|SCHEMA) IF EXISTS|CREATE (?:DATABASE|SCHEMA)"
            rf"(?: IF NOT EXISTS)?|USE))\s+{quoted}(?=\s*;|\s*$)",
            rf"\1 `{name}`",
            text,
        )
        text = re.sub(rf"(?<![\w`]){quoted}\.(?=[`\w])", f"`{name}`.", text)
        # FLUSH LOGS needs the RELOAD privilege and says nothing about the schema.
        text = re.sub(r"(?im)^\s*flush\b[^;]*;", "", text)
        if re.search(rf"(?im)^\s*(USE|CREATE (DATABASE|SCHEMA)[^;]*?)\s+{quoted}\s*;", text):
            raise RuntimeError(f"a dump still names the database {original}")
        return text

    return rewrite


# --- the catalogue ------------------------------------------------------------------------


DATASET_LIST: tuple[Dataset, ...] = (
    Dataset(
        "chinook/postgresql",
        "chinook",
        "postgresql",
        ("chinook_postgresql.sql",),
        truth="truth_postgresql.json",
        rewrite=lambda text, _name: _chinook_postgresql(text),
    ),
    Dataset(
        "chinook/mariadb",
        "chinook",
        "mysql",
        ("chinook_mysql.sql",),
        truth="truth_mysql.json",
        rewrite=_renamer("Chinook"),
    ),
    Dataset("chinook/sqlite", "chinook", "sqlite", ("chinook.sqlite",), "truth_sqlite.json"),
    Dataset("northwind/postgresql", "northwind", "postgresql", ("northwind_postgresql.sql",)),
    Dataset(
        "tpch/postgresql",
        "tpch",
        "postgresql",
        ("dss.ddl", "tpch_data_sf001.sql", "tpch_ri_postgresql.sql"),
    ),
    Dataset(
        "stackoverflow/postgresql",
        "stackoverflow",
        "postgresql",
        ("stackoverflow_postgresql.sql",),
        schema_only=True,
    ),
    Dataset(
        "airlines/postgresql",
        "airlines",
        "postgresql",
        ("demo_bookings_postgresql.sql",),
        schema_only=True,
    ),
    Dataset(
        "hoppscotch/postgresql",
        "hoppscotch",
        "postgresql",
        ("hoppscotch_postgresql.sql",),
        schema_only=True,
    ),
    Dataset("danbooru/postgresql", "danbooru", "postgresql", ("structure.sql",), schema_only=True),
    Dataset("zync/postgresql", "zync", "postgresql", ("structure.sql",), schema_only=True),
    Dataset(
        "sakila/mariadb",
        "sakila",
        "mysql",
        ("sakila_mysql_schema.sql", "sakila_mysql_data.sql"),
        rewrite=_renamer("sakila"),
    ),
    Dataset(
        "employees/mariadb",
        "employees",
        "mysql",
        ("employees_mysql.sql",),
        schema_only=True,
        rewrite=_renamer("employees"),
    ),
)
DATASETS_BY_LABEL = {dataset.label: dataset for dataset in DATASET_LIST}
LABELS = tuple(DATASETS_BY_LABEL)
POSTGRESQL_DATASETS = tuple(d.folder for d in DATASET_LIST if d.engine == "postgresql")


def load(
    label: str,
    *,
    keep_foreign_keys: bool = False,
    admin_url: str | None = None,
    directory: Path | None = None,
) -> Loaded:
    """Load dataset `label` (one of LABELS) into a fresh scratch database. Without
    `keep_foreign_keys` every declared foreign key is dropped after loading (the truth
    still lists them). The caller drops the database (`drop()` or `with`)."""
    dataset = DATASETS_BY_LABEL.get(label)
    if dataset is None:
        raise KeyError(f"unknown dataset {label!r} (known: {', '.join(LABELS)})")
    if dataset.engine == "sqlite":
        return _load_sqlite_file(dataset, keep_foreign_keys, directory)
    server: PostgreSQL | MariaDB = (
        PostgreSQL(admin_url) if dataset.engine == "postgresql" else MariaDB(admin_url)
    )
    name = scratch_name(label)
    server.create(name)
    try:
        server.run(name, *dataset.scripts(name))
        if keep_foreign_keys:
            server.run(name, "ANALYZE;") if dataset.engine == "postgresql" else None
        else:
            server.drop_foreign_keys(name)
    except BaseException:
        server.drop(name)
        raise
    return Loaded(
        label,
        dataset.folder,
        dataset.engine,
        server.url(name),
        dataset.truth_set(),
        dataset.schema_only,
        keep_foreign_keys,
        server,
        name,
    )


@dataclass
class Loading:
    """Several datasets loaded at once, all dropped on exit."""

    loaded: list[Loaded] = field(default_factory=list)

    def __enter__(self) -> Loading:
        return self

    def add(self, label: str, **options: Any) -> Loaded:
        self.loaded.append(load(label, **options))
        return self.loaded[-1]

    def __exit__(self, *_: object) -> None:
        for loaded in self.loaded:
            loaded.drop()


def load_all(labels: tuple[str, ...] = LABELS, **options: Any) -> Iterator[Loaded]:
    """Each dataset in turn, dropped when the caller moves on to the next."""
    for label in labels:
        with load(label, **options) as loaded:
            yield loaded


def load_statements(
    label: str,
    engine: str,
    statements: list[str],
    truth: set[ForeignKey],
    *,
    admin_url: str | None = None,
    directory: Path | None = None,
) -> Loaded:
    """A scratch database on `engine` (`postgresql`, `mysql` or `sqlite`) built from SQL
    statements (e.g. a tests/synthetic.py schema), with its truth, dropped like the others."""
    if engine == "sqlite":
        folder = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=directory))
        path = folder / "database.sqlite"
        connection = sqlite3.connect(path)
        try:
            connection.executescript(";\n".join(statements) + ";")
            connection.commit()
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        finally:
            connection.close()
        return Loaded(label, label, engine, str(path), truth, False, True, _directory=folder)
    server: PostgreSQL | MariaDB = (
        PostgreSQL(admin_url) if engine == "postgresql" else MariaDB(admin_url)
    )
    name = scratch_name(label)
    admin = sa.create_engine(
        server.admin.set(database=None if engine == "mysql" else server.admin.database),
        poolclass=NullPool,
    )
    try:
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            charset = (
                " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" if engine == "mysql" else ""
            )
            quote = "`" if engine == "mysql" else '"'
            connection.exec_driver_sql(f"CREATE DATABASE {quote}{name}{quote}{charset}")
    finally:
        admin.dispose()
    target = sa.create_engine(server.admin.set(database=name), poolclass=NullPool)
    try:
        with target.connect().execution_options(
            isolation_level="AUTOCOMMIT", no_parameters=True
        ) as connection:
            for statement in statements:
                connection.exec_driver_sql(statement)
    except BaseException:
        target.dispose()
        server.drop(name)
        raise
    target.dispose()
    return Loaded(label, label, engine, server.url(name), truth, False, True, server, name)


# --- SQLite: the chinook file -------------------------------------------------------------


def _load_sqlite_file(dataset: Dataset, keep: bool, directory: Path | None) -> Loaded:
    directory = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=directory))
    source = DATASETS / dataset.folder / dataset.files[0]
    target = directory / f"{dataset.folder}.sqlite"
    try:
        shutil.copyfile(source, target)
        target.chmod(0o644)
        if not keep:
            _sqlite_rebuild_without_foreign_keys(target)
    except BaseException:
        shutil.rmtree(directory, ignore_errors=True)
        raise
    return Loaded(
        dataset.label,
        dataset.folder,
        "sqlite",
        str(target),
        dataset.truth_set(),
        dataset.schema_only,
        keep,
        _directory=directory,
    )


def strip_foreign_keys(create_table: str) -> str:
    """The CREATE TABLE text without its FOREIGN KEY table constraints and column REFERENCES
    clauses, everything else exactly as written (a token scan, like SQLite's own parser)."""
    tokens = sqlglot.tokenize(create_table, read="sqlite")
    cuts: list[tuple[int, int]] = []
    depth = 0
    item_start: int | None = None
    previous_comma: int | None = None
    for index, token in enumerate(tokens):
        kind = token.token_type.name
        if kind == "L_PAREN":
            depth += 1
            if depth == 1:
                item_start = index + 1
        elif kind == "R_PAREN":
            if depth == 1 and item_start is not None:
                _cut_item(tokens, item_start, index, previous_comma, cuts)
            depth -= 1
        elif kind == "COMMA" and depth == 1:
            if item_start is not None:
                _cut_item(tokens, item_start, index, previous_comma, cuts)
            previous_comma = index
            item_start = index + 1
    result = create_table
    for start, end in sorted(cuts, reverse=True):
        result = result[:start] + result[end:]
    return result


def _cut_item(
    tokens: list[Any], start: int, end: int, comma: int | None, cuts: list[tuple[int, int]]
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
        # A column-level reference runs to the end of the column definition.
        at = words.index("REFERENCES")
        cuts.append((item[at].start, item[-1].end + 1))


def _sqlite_rebuild_without_foreign_keys(path: Path) -> None:
    """Rewrite every table of the SQLite file at `path` without its foreign keys (SQLite
    cannot drop a constraint): new tables, rows copied, indexes re-created."""
    rebuilt = path.with_suffix(".rebuilding")
    old = sqlite3.connect(path)
    new = sqlite3.connect(rebuilt)
    try:
        objects = old.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'index', rowid"
        ).fetchall()
        for kind, _, sql in objects:
            if kind == "table":
                new.execute(strip_foreign_keys(sql))
        new.commit()
        new.execute("ATTACH DATABASE ? AS old", (str(path),))
        for kind, name, _ in objects:
            if kind == "table":
                quoted = '"' + name.replace('"', '""') + '"'
                new.execute(f"INSERT INTO main.{quoted} SELECT * FROM old.{quoted}")
        new.commit()
        new.execute("DETACH DATABASE old")
        for kind, _, sql in objects:
            if kind in ("index", "view", "trigger"):
                new.execute(sql)
        new.execute("ANALYZE")
        new.commit()
        survivors = new.execute(
            "SELECT count(*) FROM sqlite_master AS m, pragma_foreign_key_list(m.name) AS f "
            "WHERE m.type = 'table'"
        ).fetchone()[0]
        if survivors:
            raise RuntimeError("foreign keys survived the rebuild")
    finally:
        old.close()
        new.close()
    rebuilt.replace(path)


def _sqlite_empty(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall():
            connection.execute('DELETE FROM "' + name.replace('"', '""') + '"')
        connection.commit()
        connection.execute("VACUUM")
        connection.execute("ANALYZE")
        connection.commit()
    finally:
        connection.close()


# --- SQLite: PostgreSQL dumps transpiled by sqlglot ---------------------------------------


def load_into_sqlite(
    dataset: str,
    *,
    keep_foreign_keys: bool = False,
    directory: Path | None = None,
    admin_url: str | None = None,
) -> Loaded:
    """Load the PostgreSQL dataset `dataset` (e.g. `northwind`) into a new SQLite file,
    transpiled by sqlglot. The dump is first loaded into a PostgreSQL scratch database and
    read back with `pg_dump` (a migration history such as hoppscotch's then arrives as its
    final schema), which is what gets transpiled. Raises NotTranspilable when a table, key
    or row cannot be."""
    source = DATASETS_BY_LABEL.get(f"{dataset}/postgresql")
    if source is None:
        raise KeyError(f"{dataset} is not a PostgreSQL dataset ({', '.join(POSTGRESQL_DATASETS)})")
    server = PostgreSQL(admin_url)
    with load(source.label, keep_foreign_keys=True, admin_url=admin_url) as loaded:
        dump = server.dump(loaded.database)
    directory = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=directory))
    target = directory / f"{dataset}.sqlite"
    try:
        result = transpile_postgresql([dump], keep_foreign_keys=keep_foreign_keys)
        result.write(target)
    except BaseException:
        shutil.rmtree(directory, ignore_errors=True)
        raise
    return Loaded(
        f"{dataset}/sqlite",
        dataset,
        "sqlite",
        str(target),
        source.truth_set(),
        source.schema_only,
        keep_foreign_keys,
        _directory=directory,
        notes=list(result.notes),
    )


SQLITE_TRANSPILED = (
    "chinook",
    "northwind",
    "tpch",
    "stackoverflow",
    "airlines",
    "hoppscotch",
    "danbooru",
    "zync",
)
"""PostgreSQL datasets that load into SQLite (every table, key and row); see
tests/test_datasets.py, which loads each one."""

__all__ = [
    "DATASETS",
    "DATASET_LIST",
    "LABELS",
    "SQLITE_TRANSPILED",
    "Dataset",
    "ForeignKey",
    "Loaded",
    "Loading",
    "MariaDB",
    "NotTranspilable",
    "PostgreSQL",
    "load",
    "load_all",
    "load_into_sqlite",
    "read_truth",
]
