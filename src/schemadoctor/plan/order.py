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

from schemadoctor.model import changes as c


def order(changes: Iterable[c.Change]) -> list[c.Change]:
    """Merge repeated changes (the first one asked for wins) and sort them into phases."""
    unique: dict[tuple[object, ...], c.Change] = {}
    for change in changes:
        if isinstance(change, c.NoChange):
            continue
        unique.setdefault(change.identity(), change)
    numbered = list(enumerate(unique.values()))
    numbered.sort(key=lambda item: (item[1].phase, str(item[1].table), item[0]))
    return [change for _, change in numbered]


def inverse(changes: Iterable[c.Change]) -> list[c.Change]:
    """The down script's changes: each change's inverse, last first."""
    undone = [change.inverse() for change in reversed(list(changes))]
    return [change for change in undone if not isinstance(change, c.NoChange)]
