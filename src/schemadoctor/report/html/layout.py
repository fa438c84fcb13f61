"""Where each table's box goes in the overview diagram, computed here in Python.

Tables joined by foreign keys (declared or inferred) form connected clusters; each cluster is
drawn as layers, parents above their children (a simple Sugiyama-style layout: cycles broken,
longest-path layers, sources pulled down next to their children, barycenter ordering, wide
layers wrapped into several rows). Tables with no relationship at all share one grid per
schema. Then the clusters are packed on shelves into a canvas of roughly 3:2.

Everything is deterministic (same input, same picture) and linear or close to it in the
number of tables and links: a 400-table schema lays out in a few tens of milliseconds.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

Size = tuple[float, float]
"""A box: width, height."""
Link = tuple[int, int]
"""child index, parent index."""

NODE_GAP = 28.0
"""Horizontal space between two boxes of a row."""
ROW_GAP = 64.0
"""Vertical space between rows: room for edges and their labels."""
GROUP_PADDING = 18.0
GROUP_LABEL = 26.0
"""Height of a cluster's title line above its boxes."""
GROUP_GAP = 36.0
SWEEPS = 6


@dataclass(frozen=True)
class Group:
    """A framed cluster of the overview."""

    label: str
    members: tuple[int, ...]
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Layout:
    positions: tuple[tuple[float, float], ...]
    """Top-left corner of each box, by node index."""
    groups: tuple[Group, ...]
    width: float
    height: float


@dataclass
class _Block:
    """A cluster laid out on its own, in local coordinates, before packing."""

    label: str
    members: list[int]
    local: dict[int, tuple[float, float]]
    width: float
    height: float


def overview_layout(sizes: Sequence[Size], links: Sequence[Link], schemas: Sequence[str]) -> Layout:
    """Positions for `sizes` (one per node) given the `links` between them; `schemas` names
    each node's schema (empty string for none), used for cluster titles and for the grids of
    unrelated tables."""
    blocks: list[_Block] = []
    loners: dict[str, list[int]] = {}
    for members in _components(len(sizes), links):
        if len(members) == 1:
            loners.setdefault(schemas[members[0]], []).append(members[0])
            continue
        inside = set(members)
        own = [(c, p) for c, p in links if c in inside and p in inside and c != p]
        local, width, height = _layered(members, sizes, own)
        blocks.append(_Block(_label(members, schemas, "related"), members, local, width, height))
    for schema in sorted(loners):
        members = loners[schema]
        local, width, height = _grid(members, sizes)
        label = _label(members, schemas, "without relationships")
        blocks.append(_Block(label, members, local, width, height))
    return _pack(blocks, len(sizes))


def _label(members: Sequence[int], schemas: Sequence[str], kind: str) -> str:
    names = sorted({schemas[m] for m in members if schemas[m]})
    where = ", ".join(names[:3]) + (f" +{len(names) - 3}" if len(names) > 3 else "")
    count = f"{len(members)} table{'s' if len(members) != 1 else ''}"
    head = f"{where} · " if where else ""
    return f"{head}{count} {kind}" if kind != "related" else f"{head}{count}"


def _components(count: int, links: Sequence[Link]) -> list[list[int]]:
    """Connected components (links taken both ways), biggest first, then by first member."""
    parent = list(range(count))

    def find(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for child, referred in links:
        a, b = find(child), find(referred)
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for node in range(count):
        groups.setdefault(find(node), []).append(node)
    return sorted(groups.values(), key=lambda members: (-len(members), members[0]))


def _layered(
    members: list[int], sizes: Sequence[Size], links: Sequence[Link]
) -> tuple[dict[int, tuple[float, float]], float, float]:
    parents: dict[int, list[int]] = {m: [] for m in members}
    children: dict[int, list[int]] = {m: [] for m in members}
    for child, referred in _acyclic(members, links):
        if referred not in parents[child]:
            parents[child].append(referred)
            children[referred].append(child)
    rank = _ranks(members, parents, children)
    layers: dict[int, list[int]] = {}
    for node in members:  # members are in index (name) order: a stable first guess
        layers.setdefault(rank[node], []).append(node)
    ordered = [layers[r] for r in sorted(layers)]
    _reduce_crossings(ordered, parents, children)
    per_row = max(6, math.ceil(math.sqrt(len(members)) * 1.6))
    rows = [layer[i : i + per_row] for layer in ordered for i in range(0, len(layer), per_row)]
    return _place_rows(rows, sizes, parents, children)


def _acyclic(members: list[int], links: Sequence[Link]) -> list[Link]:
    """The links minus the ones closing a cycle (found by depth-first search)."""
    out: dict[int, list[int]] = {m: [] for m in members}
    for child, referred in links:
        out[child].append(referred)
    state: dict[int, int] = {}  # 1: on the stack, 2: done
    dropped: set[Link] = set()
    for start in members:
        if start in state:
            continue
        state[start] = 1
        stack = [(start, iter(out[start]))]
        while stack:
            node, pending = stack[-1]
            following = next(pending, None)
            if following is None:
                state[node] = 2
                stack.pop()
            elif state.get(following) == 1:
                dropped.add((node, following))
            elif following not in state:
                state[following] = 1
                stack.append((following, iter(out[following])))
    return [link for link in links if link not in dropped]


def _ranks(
    members: list[int], parents: dict[int, list[int]], children: dict[int, list[int]]
) -> dict[int, int]:
    """Longest-path layers from the top; then every table that references nothing moves down
    to just above its highest child, so a lookup table sits next to the tables that use it
    instead of on the first row with all the others."""
    waiting = {m: len(parents[m]) for m in members}
    queue = deque(m for m in members if waiting[m] == 0)
    order: list[int] = []
    rank = dict.fromkeys(members, 0)
    while queue:
        node = queue.popleft()
        order.append(node)
        for child in children[node]:
            rank[child] = max(rank[child], rank[node] + 1)
            waiting[child] -= 1
            if waiting[child] == 0:
                queue.append(child)
    for node in reversed(order):
        if not parents[node] and children[node]:
            rank[node] = min(rank[child] for child in children[node]) - 1
    return rank


def _reduce_crossings(
    layers: list[list[int]], parents: dict[int, list[int]], children: dict[int, list[int]]
) -> None:
    """Barycenter heuristic: sort each layer by the mean position of its neighbours in the
    layers already ordered, sweeping down (parents) and up (children) in turn."""
    position: dict[int, float] = {}

    def remember(layer: list[int]) -> None:
        for i, node in enumerate(layer):
            position[node] = (i + 0.5) / len(layer)

    for layer in layers:
        remember(layer)
    for sweep in range(SWEEPS):
        downward = sweep % 2 == 0
        indices = range(1, len(layers)) if downward else range(len(layers) - 2, -1, -1)
        for index in indices:
            layer = layers[index]
            neighbours = parents if downward else children
            keys = {}
            for i, node in enumerate(layer):
                around = [position[n] for n in neighbours[node] if n in position]
                keys[node] = (sum(around) / len(around)) if around else position[node]
                keys[node] += i * 1e-9  # ties keep their order
            layer.sort(key=keys.__getitem__)
            remember(layer)


def _place_rows(
    rows: list[list[int]],
    sizes: Sequence[Size],
    parents: dict[int, list[int]],
    children: dict[int, list[int]],
) -> tuple[dict[int, tuple[float, float]], float, float]:
    """Rows top to bottom; in each row boxes keep their order and move towards the centre of
    their parents (above) where the row leaves them room, so edges run mostly vertically."""
    centre: dict[int, float] = {}
    local: dict[int, tuple[float, float]] = {}
    y = 0.0
    for row in rows:
        widths = [sizes[n][0] for n in row]
        wanted = []
        for node in row:
            above = [centre[p] for p in parents[node] if p in centre]
            wanted.append(sum(above) / len(above) if above else None)
        xs = _fit_row(widths, wanted)
        height = max(sizes[n][1] for n in row)
        for node, x, width in zip(row, xs, widths, strict=True):
            local[node] = (x, y)
            centre[node] = x + width / 2
        y += height + ROW_GAP
    left = min(x for x, _ in local.values())
    local = {n: (x - left, y_) for n, (x, y_) in local.items()}
    width = max(x + sizes[n][0] for n, (x, _) in local.items())
    height = max(y_ + sizes[n][1] for n, (_, y_) in local.items())
    return local, width, height


def _fit_row(widths: list[float], wanted: list[float | None]) -> list[float]:
    """Left edges for one row: packed side by side, then shifted as a whole so that the
    boxes with a wanted centre are on average where they want to be, then each pushed
    right towards its own wish where that does not reach the next box."""
    xs = []
    x = 0.0
    for width in widths:
        xs.append(x)
        x += width + NODE_GAP
    pairs = [(want - (xs[i] + widths[i] / 2)) for i, want in enumerate(wanted) if want is not None]
    shift = sum(pairs) / len(pairs) if pairs else -(x - NODE_GAP) / 2
    xs = [x + shift for x in xs]
    for i in range(len(xs) - 1, -1, -1):
        want = wanted[i]
        if want is None:
            continue
        limit = xs[i + 1] - NODE_GAP - widths[i] if i + 1 < len(xs) else math.inf
        target = want - widths[i] / 2
        if target > xs[i]:
            xs[i] = min(target, limit)
    return xs


def _grid(
    members: list[int], sizes: Sequence[Size]
) -> tuple[dict[int, tuple[float, float]], float, float]:
    """Unrelated tables in rows, about as wide as tall."""
    columns = max(1, math.ceil(math.sqrt(len(members) * 1.5)))
    local: dict[int, tuple[float, float]] = {}
    y = 0.0
    width = 0.0
    for start in range(0, len(members), columns):
        row = members[start : start + columns]
        x = 0.0
        for node in row:
            local[node] = (x, y)
            x += sizes[node][0] + NODE_GAP
        width = max(width, x - NODE_GAP)
        y += max(sizes[n][1] for n in row) + NODE_GAP
    return local, width, y - NODE_GAP


def _pack(blocks: list[_Block], count: int) -> Layout:
    """Shelf packing, tallest blocks first, into a canvas about 1.5 times as wide as tall."""
    framed = [
        (block, block.width + 2 * GROUP_PADDING, block.height + 2 * GROUP_PADDING + GROUP_LABEL)
        for block in blocks
    ]
    area = sum(w * h for _, w, h in framed)
    target = max([math.sqrt(area * 1.5)] + [w for _, w, _ in framed]) if framed else 0.0
    order = sorted(range(len(framed)), key=lambda i: (-framed[i][2], i))
    positions: list[tuple[float, float]] = [(0.0, 0.0)] * count
    groups: list[tuple[int, Group]] = []
    x = y = shelf = 0.0
    for i in order:
        block, width, height = framed[i]
        if x > 0 and x + width > target:
            x, y, shelf = 0.0, y + shelf + GROUP_GAP, 0.0
        for node, (nx, ny) in block.local.items():
            positions[node] = (x + GROUP_PADDING + nx, y + GROUP_LABEL + GROUP_PADDING + ny)
        groups.append((i, Group(block.label, tuple(block.members), x, y, width, height)))
        x += width + GROUP_GAP
        shelf = max(shelf, height)
    total_width = max((g.x + g.width for _, g in groups), default=0.0)
    total_height = max((g.y + g.height for _, g in groups), default=0.0)
    ordered_groups = tuple(group for _, group in sorted(groups, key=lambda pair: pair[0]))
    return Layout(tuple(positions), ordered_groups, total_width, total_height)
