"""Naming conventions, tested on the catalog model alone (no database needed to read names)."""

from __future__ import annotations

import pytest

from schemadoctor.infer.candidates import single_candidates
from schemadoctor.infer.names import fold, is_abbreviation, shared_prefix, singulars, stem, words
from schemadoctor.infer.naming import NameIndex
from schemadoctor.model.catalog import (
    Catalog,
    Column,
    PrimaryKey,
    Table,
    TableName,
    TypeFamily,
)


@pytest.mark.parametrize(
    ("identifier", "expected"),
    [
        ("CustomerId", ("customer", "id")),
        ("customer_id", ("customer", "id")),
        ("CUSTOMER_ID", ("customer", "id")),
        ("customerID", ("customer", "id")),
        ("SupportRepId", ("support", "rep", "id")),
        ("address2", ("address", "2")),
        ("HTTPStatusCode", ("http", "status", "code")),
    ],
)
def test_words_fold_case_and_separators(identifier: str, expected: tuple[str, ...]) -> None:
    assert words(identifier) == expected
    assert fold(identifier) == "".join(expected)


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("customers", "customer"),
        ("categories", "category"),
        ("addresses", "address"),
        ("statuses", "status"),
        ("boxes", "box"),
        ("batches", "batch"),
        ("people", "person"),
        ("children", "child"),
        ("leaves", "leaf"),
        ("movies", "movie"),
        ("analyses", "analysis"),
        ("staff", "staff"),
        ("status", "status"),
    ],
)
def test_singulars_cover_regular_and_irregular_plurals(plural: str, singular: str) -> None:
    assert singular in singulars(plural)


def test_stem_and_abbreviations() -> None:
    assert stem("shippers") == stem("ship") == "ship"
    assert is_abbreviation("cust", "customer")
    assert is_abbreviation("dept", "department")
    assert not is_abbreviation("cu", "customer")
    assert not is_abbreviation("customer", "customer")


def test_shared_prefix_is_a_short_tag_on_every_column() -> None:
    assert shared_prefix(["l_orderkey", "l_partkey", "l_quantity"]) == "l"
    assert shared_prefix(["p_partkey", "p_name"]) == "p"
    assert shared_prefix(["customer_id", "customer_type_id"]) is None
    assert shared_prefix(["id", "name", "email"]) is None


def _int(name: str, identity: bool = False) -> Column:
    return Column(name, "integer", TypeFamily.INTEGER, nullable=not identity, identity=identity)


def _table(name: str, key: str, *columns: Column) -> Table:
    return Table(
        TableName(None, name),
        (_int(key, identity=True), *columns),
        primary_key=PrimaryKey(None, (key,)),
    )


def _targets(catalog: Catalog) -> dict[tuple[str, str], list[tuple[str, str, str, float]]]:
    found = single_candidates(catalog, NameIndex(catalog))
    return {
        (table.name, columns[0]): sorted(
            (
                c.referred_table.name,
                c.referred_columns[0],
                c.name.rule,
                c.prior,
            )
            for c in candidates
        )
        for (table, columns), candidates in found.items()
    }


def test_two_plausible_targets_are_both_candidates_and_scored_apart() -> None:
    catalog = Catalog(
        "postgresql",
        "x",
        tables=(
            _table("film", "film_id"),
            _table("film_text", "film_id"),
            _table("inventory", "id", _int("film_id")),
        ),
    )
    (film, film_text) = _targets(catalog)[("inventory", "film_id")]
    assert film[:3] == ("film", "film_id", "key-name")
    assert film_text[:3] == ("film_text", "film_id", "key-only")
    assert film[3] > film_text[3]


def test_a_tables_own_key_refers_to_nothing() -> None:
    catalog = Catalog(
        "postgresql",
        "x",
        tables=(
            _table("invoice", "invoice_id"),
            _table("invoice_line", "invoice_line_id", _int("invoice_id")),
        ),
    )
    targets = _targets(catalog)
    assert ("invoice", "invoice_id") not in targets
    assert targets[("invoice_line", "invoice_id")][0][:2] == ("invoice", "invoice_id")


@pytest.mark.parametrize(
    "column",
    ["units_on_order", "order_count", "num_orders", "sort_order", "total_orders"],
)
def test_measurements_named_after_a_table_are_not_references(column: str) -> None:
    catalog = Catalog(
        "postgresql",
        "x",
        tables=(_table("orders", "id"), _table("products", "id", _int(column))),
    )
    assert ("products", column) not in _targets(catalog)


def test_external_ids_keep_only_a_small_prior() -> None:
    catalog = Catalog(
        "postgresql",
        "x",
        tables=(
            _table("customers", "id"),
            _table("orders", "id", _int("stripe_customer_id"), _int("legacy_customer_id")),
        ),
    )
    targets = _targets(catalog)
    for column in ("stripe_customer_id", "legacy_customer_id"):
        (target,) = targets[("orders", column)]
        assert target[3] < 0.5


def test_text_is_compared_with_uuid_only_under_an_id_name() -> None:
    uuid_key = Column("id", "uuid", TypeFamily.UUID, nullable=False)
    text = Column("user_id", "text", TypeFamily.TEXT, nullable=True)
    agent = Column("user_agent", "text", TypeFamily.TEXT, nullable=True)
    catalog = Catalog(
        "postgresql",
        "x",
        tables=(
            Table(TableName(None, "users"), (uuid_key,), primary_key=PrimaryKey(None, ("id",))),
            Table(
                TableName(None, "sessions"),
                (_int("id", identity=True), text, agent),
                primary_key=PrimaryKey(None, ("id",)),
            ),
        ),
    )
    targets = _targets(catalog)
    assert targets[("sessions", "user_id")][0][:2] == ("users", "id")
    assert ("sessions", "user_agent") not in targets
