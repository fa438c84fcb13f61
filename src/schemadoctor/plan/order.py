"""The order of a plan's changes, and the merging of changes several findings ask for.

Phases, each finished before the next begins:

1. the quarantine table, then orphans out of the way (no constraint can be added over them);
2. invalid indexes rebuilt, primary keys;
3. indexes created (an index on its columns before a foreign key, so that the key's checks
   and the parent's deletes never scan the child);
4. constraints added (NOT VALID on PostgreSQL: no scan under a strong lock);
5. constraints validated (the scan, under a lock that lets writes through);
6. NOT NULL, type changes;
7. drops last: nothing is taken away before what replaces it is in place.

Within a phase, changes keep the order the findings gave them (sorted by table).
"""

from __future__ import annotations

from collections.abc import Iterable

from schemadoctor.plan import changes as c

_PHASES: dict[type[c.Change], int] = {
    c.CreateQuarantineTable: 0,
    c.QuarantineOrphans: 1,
    c.RebuildIndex: 2,
    c.AddPrimaryKey: 2,
    c.CreateIndex: 3,
    c.AddForeignKey: 4,
    c.AddCheck: 4,
    c.ValidateConstraint: 5,
    c.SetNotNull: 6,
    c.AlterColumnType: 6,
    c.DropForeignKey: 7,
    c.DropCheck: 7,
    c.DropNotNull: 7,
    c.DropIndex: 7,
    c.DropPrimaryKey: 7,
}
_LATE = 6


def phase(change: c.Change) -> int:
    return _PHASES.get(type(change), _LATE)


def identity(change: c.Change) -> tuple[object, ...]:
    """What makes two changes the same change, whatever finding asked for it: an index is
    the same index when it has the same keys on the same table, whatever its name."""
    if isinstance(change, c.CreateIndex):
        index = change.index
        return ("create-index", change.table, index.elements, index.predicate, index.unique)
    if isinstance(change, c.ValidateConstraint):
        return ("validate", change.table, change.constraint)
    if isinstance(change, c.AddForeignKey):
        fk = change.foreign_key
        return ("add-fk", change.table, fk.columns, fk.referred_table, fk.referred_columns)
    if isinstance(change, c.QuarantineOrphans):
        fk = change.foreign_key
        return ("quarantine", change.table, fk.columns, fk.referred_table, fk.referred_columns)
    return ("same", change)


def order(changes: Iterable[c.Change]) -> list[c.Change]:
    """Merge repeated changes (the first one asked for wins) and sort them into phases."""
    unique: dict[tuple[object, ...], c.Change] = {}
    for change in changes:
        if isinstance(change, c.NoChange):
            continue
        unique.setdefault(identity(change), change)
    numbered = list(enumerate(unique.values()))
    numbered.sort(key=lambda item: (phase(item[1]), str(item[1].table), item[0]))
    return [change for _, change in numbered]


def inverse(changes: Iterable[c.Change]) -> list[c.Change]:
    """The down script's changes: each change's inverse, last first."""
    undone = [change.inverse() for change in reversed(list(changes))]
    return [change for change in undone if not isinstance(change, c.NoChange)]
