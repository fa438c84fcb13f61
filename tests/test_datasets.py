"""The shared datasets load into scratch databases on their engines, with or without their
declared foreign keys, and into SQLite through sqlglot; the truth files match what the engine
declares, and nothing named like an original database is touched."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.pool import NullPool

import datasets_support as ds
from conftest import require_server
from rules_support import reflect_url


def _declared(url: str) -> set[ds.ForeignKey]:
    return {
        (table.name.name, fk.columns, fk.referred_table.name, fk.referred_columns)
        for table in reflect_url(url)
        for fk in table.foreign_keys
    }


def _require(engine: str) -> None:
    require_server("mysql" if engine == "mysql" else engine)


@pytest.mark.parametrize("label", ds.LABELS)
def test_dataset_loads_with_its_declared_keys_and_without_them(label: str) -> None:
    engine = ds.DATASETS_BY_LABEL[label].engine
    _require(engine)
    with ds.load(label, keep_foreign_keys=True) as kept:
        assert kept.database.split("/")[-1].startswith(ds.SCRATCH_PREFIX) or engine == "sqlite"
        assert _declared(kept.url) == kept.truth
        kept.drop_foreign_keys()
        assert _declared(kept.url) == set()
    with ds.load(label) as loaded:
        assert loaded.truth and _declared(loaded.url) == set()
        assert not loaded.foreign_keys_kept


@pytest.mark.parametrize("dataset", ds.SQLITE_TRANSPILED)
def test_postgresql_dataset_transpiles_into_sqlite(dataset: str) -> None:
    require_server("postgresql")
    with ds.load_into_sqlite(dataset, keep_foreign_keys=True) as loaded:
        assert loaded.engine == "sqlite"
        assert _declared(loaded.url) == loaded.truth
        tables = {table.name.name for table in reflect_url(loaded.url)}
        assert {fk[0] for fk in loaded.truth} | {fk[2] for fk in loaded.truth} <= tables


def test_rows_survive_the_transpilation_and_empty_removes_them() -> None:
    require_server("postgresql")
    with ds.load("tpch/postgresql") as original, ds.load_into_sqlite("tpch") as copy:
        counts = {}
        for loaded in (original, copy):
            engine = sa.create_engine(
                loaded.url.replace("postgresql://", "postgresql+psycopg://")
                if loaded.engine == "postgresql"
                else f"sqlite:///{loaded.url}"
            )
            with engine.connect() as connection:
                counts[loaded.engine] = [
                    connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
                    for table in ("lineitem", "orders", "nation")
                ]
            engine.dispose()
        assert counts["sqlite"] == counts["postgresql"]
        assert counts["sqlite"][0] > 50_000
        copy.empty()
        assert _declared(copy.url) == set()


def test_scratch_databases_are_gone_after_drop() -> None:
    require_server("mysql")
    loaded = ds.load("employees/mariadb")
    name = loaded.database
    loaded.drop()
    engine = sa.create_engine(ds.MariaDB().admin.set(database=None), poolclass=NullPool)
    with engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT count(*) FROM information_schema.schemata WHERE schema_name = %s", (name,)
        ).scalar()
    engine.dispose()
    assert found == 0
