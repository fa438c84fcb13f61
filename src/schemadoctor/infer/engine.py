"""Foreign-key inference for one check: candidates from names and types, data probes for the
plausible ones, one choice per column set. Computed once per run (`rules.run.Run.inference`)
and shared by the rules that need it (missing-foreign-key, polymorphic-association)."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Connection

from schemadoctor.infer.candidates import Candidate, composite_candidates, single_candidates
from schemadoctor.infer.evidence import CHILD_EMPTY, FAILED, NOT_PROBED, DataEvidence
from schemadoctor.infer.naming import NameIndex
from schemadoctor.infer.polymorphic import (
    PolymorphicPair,
    find_pairs,
    is_polymorphic,
    with_values,
)
from schemadoctor.infer.scoring import MOSTLY_INCLUDED, Choice, Scored, choose, confidence
from schemadoctor.model.catalog import Catalog, Table, TableName
from schemadoctor.probes._sql import ProbeFailed, non_empty, probe_connection
from schemadoctor.probes.discriminator import sample_values
from schemadoctor.probes.inclusion import SAMPLE_ROWS, probe_inclusion
from schemadoctor.probes.orphans import count_orphans

if TYPE_CHECKING:
    from schemadoctor.engines.database import Database

PROBE_FLOOR = 0.2
"""Candidates whose names and types give less than this are not worth a probe."""
EXACT_FLOOR = 0.3
"""Chosen candidates from this confidence on get an exact orphan count."""
MAX_TARGETS = 4
"""Targets probed per column set, best priors first."""
EXACT_ROWS = 2_000_000
"""Default `exact_orphans`: tables up to this size get an exact orphan count (an anti-join
pass costs about three times a `SELECT count(*)`); above it the bounded sample answers and
the planner quarantines without a count."""

ColumnSet = tuple[TableName, tuple[str, ...]]


@dataclass(frozen=True)
class InferredForeignKey:
    candidate: Candidate
    confidence: float
    data: DataEvidence
    ambiguous: bool = False
    alternatives: tuple[Scored, ...] = ()

    @property
    def orphans(self) -> int | None:
        return self.data.orphans if self.data.has_values else None

    def evidence(self) -> dict[str, Any]:
        candidate = self.candidate
        evidence: dict[str, Any] = {
            "signals": list(candidate.signals)
            + (["inclusion"] if (self.data.included or 0) >= MOSTLY_INCLUDED else []),
            "name_rule": candidate.name.rule,
            "name_score": candidate.name.score,
            "prior": round(candidate.prior, 4),
        }
        if candidate.name.role:
            evidence["role"] = candidate.name.role
        evidence.update(self.data.to_dict())
        if self.ambiguous:
            evidence["ambiguous"] = True
        if self.alternatives:
            evidence["alternatives"] = [
                {
                    "table": str(other.candidate.referred_table),
                    "columns": list(other.candidate.referred_columns),
                    "confidence": other.confidence,
                }
                for other in self.alternatives
            ]
        return evidence


@dataclass(frozen=True)
class Inference:
    foreign_keys: tuple[InferredForeignKey, ...]
    polymorphic: tuple[PolymorphicPair, ...]
    candidates: int
    probes: int
    seconds: float
    used_data: bool


@dataclass(frozen=True)
class Settings:
    """Inference options (the `missing-foreign-key` rule's options)."""

    data: bool = True
    """Ask the data at all; false: names, types and keys only."""
    sample_rows: int = SAMPLE_ROWS
    """Child rows read per column set for inclusion."""
    exact_rows: int | None = EXACT_ROWS
    """Count orphans exactly (one anti-join pass over the column) on child tables of up to
    this many rows (estimated); None: always; 0: never (the sample answers)."""


def run_inference(catalog: Catalog, database: Database | None, settings: Settings) -> Inference:
    started = time.perf_counter()
    index = NameIndex(catalog)
    use_data = settings.data and database is not None
    probes = 0
    pairs = find_pairs(catalog)
    groups = dict(single_candidates(catalog, index))
    for key, found in composite_candidates(catalog, index).items():
        groups.setdefault(key, []).extend(found)
    with _connection(database if use_data else None) as connection:
        filled: set[TableName] = set()
        if connection is not None and database is not None:
            tables = {name for name, _ in groups} | {pair.table for pair in pairs}
            filled = non_empty(connection, database, [_table(catalog, t) for t in sorted(tables)])
            probes += 1
            pairs, count = _probe_pairs(
                connection, database, catalog, index, pairs, settings, filled
            )
            probes += count
        polymorphic = tuple(pair for pair in pairs if is_polymorphic(pair, index))
        excluded = {(pair.table, (pair.id_column,)) for pair in polymorphic}
        choices: dict[ColumnSet, Choice] = {}
        for column_set, candidates in groups.items():
            if column_set in excluded:
                continue
            ranked = sorted(candidates, key=lambda c: -c.prior)
            worth = [c for c in ranked if c.prior >= PROBE_FLOOR][:MAX_TARGETS]
            if not worth:
                continue
            if connection is None or database is None:
                scored = [Scored(c, DataEvidence(NOT_PROBED), c.prior) for c in worth]
            elif column_set[0] not in filled:
                empty = DataEvidence(CHILD_EMPTY, rows=0)
                scored = [Scored(c, empty, c.prior) for c in worth]
            else:
                scored = _probe(connection, database, catalog, column_set, worth, settings)
                probes += 1
            choice = choose(scored)
            if choice is not None:
                choices[column_set] = choice
        if connection is not None and database is not None and settings.exact_rows != 0:
            probes += _exact_orphans(connection, database, catalog, choices, settings.exact_rows)
    inferred = [
        InferredForeignKey(
            choice.best.candidate,
            choice.confidence,
            choice.best.data,
            choice.ambiguous,
            choice.alternatives,
        )
        for choice in choices.values()
    ]
    inferred.sort(key=lambda fk: (str(fk.candidate.table), fk.candidate.columns))
    return Inference(
        tuple(inferred),
        polymorphic,
        candidates=sum(len(found) for found in groups.values()),
        probes=probes,
        seconds=time.perf_counter() - started,
        used_data=use_data,
    )


@contextmanager
def _connection(database: Database | None) -> Iterator[Connection | None]:
    if database is None:
        with nullcontext(None) as nothing:
            yield nothing
        return
    with database.connect() as connection:
        yield probe_connection(connection, database)


def _probe_pairs(
    connection: Connection,
    database: Database,
    catalog: Catalog,
    index: NameIndex,
    pairs: list[PolymorphicPair],
    settings: Settings,
    filled: set[TableName],
) -> tuple[list[PolymorphicPair], int]:
    probed = []
    for pair in pairs:
        if pair.table not in filled:
            probed.append(pair)
            continue
        table = catalog.table(pair.table)
        try:
            assert table is not None
            values = sample_values(
                connection, database, table, pair.type_column, settings.sample_rows
            )
        except ProbeFailed:
            probed.append(pair)
            continue
        probed.append(with_values(pair, values, index))
    return probed, len(pairs)


def _probe(
    connection: Connection,
    database: Database,
    catalog: Catalog,
    column_set: ColumnSet,
    candidates: list[Candidate],
    settings: Settings,
) -> list[Scored]:
    child = _table(catalog, column_set[0])
    try:
        sample, inclusions = probe_inclusion(
            connection,
            database,
            catalog,
            child,
            [candidate.link for candidate in candidates],
            settings.sample_rows,
        )
    except ProbeFailed as exc:
        failed = DataEvidence(FAILED, error=str(exc))
        return [Scored(c, failed, c.prior) for c in candidates]
    scored = []
    for candidate, inclusion in zip(candidates, inclusions, strict=True):
        data = DataEvidence.from_probe(sample, inclusion)
        scored.append(Scored(candidate, data, confidence(candidate.prior, data)))
    return scored


def _exact_orphans(
    connection: Connection,
    database: Database,
    catalog: Catalog,
    choices: dict[ColumnSet, Choice],
    limit: int | None,
) -> int:
    """Count exactly the orphans of every choice whose sample was not the whole table, on
    tables up to `limit` rows: one anti-join pass per column set."""
    by_table: dict[TableName, list[ColumnSet]] = defaultdict(list)
    for column_set, choice in choices.items():
        data = choice.best.data
        rows = _table(catalog, column_set[0]).row_estimate or 0
        if (
            data.has_values
            and data.sampled
            and choice.confidence >= EXACT_FLOOR
            and (limit is None or rows <= limit)
        ):
            by_table[column_set[0]].append(column_set)
    for table_name, column_sets in by_table.items():
        child = _table(catalog, table_name)
        links = [choices[column_set].best.candidate.link for column_set in column_sets]
        try:
            counts = count_orphans(connection, database, catalog, child, links)
        except ProbeFailed:
            continue
        for column_set, count in zip(column_sets, counts, strict=True):
            choice = choices[column_set]
            data = choice.best.data.with_exact_orphans(
                count.orphans, count.exact, count.samples, count.rows
            )
            best = Scored(
                choice.best.candidate, data, confidence(choice.best.candidate.prior, data)
            )
            choices[column_set] = choose([best, *[s for s in choice.alternatives]]) or choice
    return len(by_table)


def _table(catalog: Catalog, name: TableName) -> Table:
    table = catalog.table(name)
    if table is None:
        raise LookupError(f"table {name} is not in the catalog")
    return table
