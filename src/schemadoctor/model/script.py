"""What a renderer produces: steps of SQL, each small enough to run, record and retry alone,
and the text form of a script, which runs as is in the engine's own client and which
`schemadoctor apply` reads back step by step.

Text form of one step:

    -- step 2/5: add foreign key public.orders(customer_id) -> public.customers(id) ...
    -- why: ...
    -- locks: ...
    -- schemadoctor:step transactional=true
    PRAGMA foreign_keys = OFF;      <- setup: runs before the transaction
    BEGIN;
    ALTER TABLE ...;                <- statements: run inside it
    COMMIT;
    PRAGMA foreign_keys = ON;       <- teardown: runs after it

Above the marker a step may carry a `-- schemadoctor:meta {...}` line: JSON facts about the step
(kind of change, table, object name, estimated rows) that `schemadoctor apply` uses for its
progress display and its verification. Like every comment it is ignored by the engine's client
and by `script_hash`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from schemadoctor.model.changes import Change

STEP_MARKER = "-- schemadoctor:step"
CLIENT_COMMAND_STARTS = ("\\", ".")
"""First characters of the client commands a script may start with (see Script)."""
META_MARKER = "-- schemadoctor:meta"


@dataclass(frozen=True)
class Step:
    """One unit of a migration: the statements for one change, run together.

    `transactional` steps run inside one transaction; the others (PostgreSQL's CONCURRENTLY
    operations) must run outside any transaction, one statement at a time. `setup` and
    `teardown` run outside the transaction, before and after it (SQLite's foreign_keys pragma
    is a no-op inside one).
    """

    change: Change | None
    statements: tuple[str, ...]
    transactional: bool = True
    locks: str = ""
    """What the step locks and for how long, in words, for the script and the apply prompt."""
    setup: tuple[str, ...] = ()
    teardown: tuple[str, ...] = ()
    title_text: str = ""
    reason_text: str = ""
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False)
    """Facts read back from a `-- schemadoctor:meta` line; see `info`."""
    assert_empty: bool = False
    """The statements are queries that must return no rows (e.g. "no orphans left" before a
    foreign key is added unchecked); `schemadoctor apply` stops when one returns a row."""
    also: tuple[Change, ...] = field(default=(), compare=False)
    """Further changes this one step carries (a SQLite table rebuild adds several constraints
    at once); `info` then lists every change's object under `objects`."""

    @property
    def info(self) -> dict[str, Any]:
        """What apply needs to know about the step beyond its SQL: `kind` (e.g.
        `add-foreign-key`), `table` ([schema, name]), `object` (the index, constraint or column
        the step creates, drops or changes), `columns` and `references` ([schema, name,
        columns]) of an index or foreign key, and `rows` (estimated rows to read); from the
        change when the step has one, else from its meta line. A step of several changes
        (`also`) lists each one's kind, table, object and shape under `objects`."""
        derived: dict[str, Any] = {}
        if self.change is not None:
            derived = _change_info(self.change)
            if self.change.estimated_rows is not None:
                derived["rows"] = self.change.estimated_rows
            if self.also:
                derived["objects"] = [_change_info(c) for c in (self.change, *self.also)]
        return {**derived, **self.meta}

    @property
    def title(self) -> str:
        return self.title_text or (self.change.describe() if self.change else "")

    @property
    def reason(self) -> str:
        return self.reason_text or (self.change.reason if self.change else "")

    @property
    def table(self) -> str | None:
        if self.change:
            return str(self.change.table)
        table = self.meta.get("table")
        if isinstance(table, list | tuple) and len(table) == 2:
            return f"{table[0]}.{table[1]}" if table[0] else str(table[1])
        return None


@dataclass(frozen=True)
class Script:
    """An ordered migration for one engine."""

    dialect: str
    steps: tuple[Step, ...]
    settings: tuple[str, ...] = ()
    """Session settings run before the steps (lock and statement timeouts)."""
    header: tuple[str, ...] = field(default=(), compare=False)
    """Comment lines (without `-- `) for the top of the text form."""
    client_commands: tuple[str, ...] = ()
    """Commands for the engine's own client, first in the text form, that make it stop at the
    first error (`\\set ON_ERROR_STOP on` for psql, `.bail on` for sqlite3): without them
    both clients run on after a failed statement. Not SQL: `split_statements` skips them."""

    def statements(self) -> list[str]:
        return [
            statement
            for step in self.steps
            for statement in (*step.setup, *step.statements, *step.teardown)
        ]

    def to_sql(self) -> str:
        lines = [f"-- {line}" if line else "--" for line in self.header]
        if lines:
            lines.append("")
        lines.extend(self.client_commands)
        lines.extend(self.settings)
        if self.settings:
            lines.append("")
        total = len(self.steps)
        for number, step in enumerate(self.steps, 1):
            lines.append(f"-- step {number}/{total}: {_one_line(step.title)}")
            if step.reason:
                lines.append(f"-- why: {_one_line(step.reason)}")
            if step.locks:
                lines.append(f"-- locks: {_one_line(step.locks)}")
            if step.info:
                lines.append(f"{META_MARKER} {json.dumps(step.info, ensure_ascii=False)}")
            flags = f"transactional={'true' if step.transactional else 'false'}"
            if step.assert_empty:
                flags += " assert=empty"
            lines.append(f"{STEP_MARKER} {flags}")
            lines.extend(step.setup)
            if step.transactional and step.statements:
                lines.append("BEGIN;")
            lines.extend(step.statements)
            if step.transactional and step.statements:
                lines.append("COMMIT;")
            lines.extend(step.teardown)
            lines.append("")
        return "\n".join(lines).rstrip("\n") + "\n"


def script_hash(text: str) -> str:
    """Identity of a script's executable content: comments and blank lines do not count, so a
    plan re-generated with a different timestamp in its header is still the same plan."""
    meaningful = [
        line.rstrip()
        for line in text.splitlines()
        if line.strip() and (not line.lstrip().startswith("--") or line.startswith(STEP_MARKER))
    ]
    return hashlib.sha256("\n".join(meaningful).encode()).hexdigest()


def parse_script(text: str, dialect: str) -> Script:
    """Read back the text form: settings before the first step, then each step's setup,
    transaction body and teardown. Raises ValueError on text that is not a schemadoctor script."""
    blocks = text.split(STEP_MARKER)
    if len(blocks) < 2:
        raise ValueError("no schemadoctor steps found (was it written by `schemadoctor plan`?)")
    settings = tuple(split_statements(blocks[0]))
    steps = []
    for block in blocks[1:]:
        head, _, body = block.partition("\n")
        flags = dict(re.findall(r"(\w+)=(\w+)", head))
        transactional = flags.get("transactional", "true") == "true"
        title, reason, locks, meta = _comments_before(blocks, len(steps) + 1)
        statements = split_statements(body)
        setup: list[str] = []
        inner: list[str] = []
        teardown: list[str] = []
        target = setup if transactional else inner
        for statement in statements:
            keyword = statement.rstrip(";").strip().upper()
            if transactional and keyword in ("BEGIN", "START TRANSACTION", "BEGIN TRANSACTION"):
                target = inner
            elif transactional and keyword in ("COMMIT", "END", "END TRANSACTION"):
                target = teardown
            else:
                target.append(statement)
        if transactional and not inner and setup:
            inner, setup = setup, []
        steps.append(
            Step(
                change=None,
                statements=tuple(inner),
                transactional=transactional,
                locks=locks,
                setup=tuple(setup),
                teardown=tuple(teardown),
                title_text=title,
                reason_text=reason,
                meta=meta,
                assert_empty=flags.get("assert") == "empty",
            )
        )
    return Script(dialect, tuple(steps), settings)


def _comments_before(blocks: list[str], index: int) -> tuple[str, str, str, dict[str, Any]]:
    """The step's title, why, locks and meta lines sit at the end of the previous block."""
    title = reason = locks = ""
    meta: dict[str, Any] = {}
    for line in blocks[index - 1].splitlines():
        line = line.strip()
        if match := re.match(r"-- step \d+/\d+: (.*)", line):
            title, reason, locks, meta = match.group(1), "", "", {}
        elif line.startswith("-- why: "):
            reason = line[len("-- why: ") :]
        elif line.startswith("-- locks: "):
            locks = line[len("-- locks: ") :]
        elif line.startswith(META_MARKER + " "):
            meta = _read_meta(line[len(META_MARKER) + 1 :])
    return title, reason, locks, meta


def _read_meta(text: str) -> dict[str, Any]:
    """A meta line is advisory: one that does not parse (hand-edited) is ignored, not fatal."""
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _change_info(change: Change) -> dict[str, Any]:
    info: dict[str, Any] = {
        "kind": change.kind,
        "table": [change.table.schema, change.table.name],
    }
    if change.object_name is not None:
        info["object"] = change.object_name
    info.update(change.shape())
    return info


def split_statements(text: str) -> list[str]:
    """Split SQL text on semicolons outside quotes, dollar-quoted bodies and comments; each
    statement keeps its terminating semicolon, comments between statements are dropped."""
    statements: list[str] = []
    current: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char in CLIENT_COMMAND_STARTS and _line_start(text, i) and not "".join(current).strip():
            # A client command (psql `\set ...`, sqlite3 `.bail on`) is one line, not SQL.
            end = text.find("\n", i)
            i = n if end == -1 else end + 1
            continue
        if char == "-" and text.startswith("--", i):
            end = text.find("\n", i)
            i = n if end == -1 else end + 1
            if any(part.strip() for part in current):
                current.append("\n")
            continue
        if char == "/" and text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end == -1 else end + 2
            continue
        if char in "'\"`":
            end = _closing_quote(text, i, char)
            current.append(text[i:end])
            i = end
            continue
        if char == "$":
            match = re.match(r"\$[A-Za-z_]*\$", text[i:])
            if match:
                tag = match.group(0)
                end = text.find(tag, i + len(tag))
                end = n if end == -1 else end + len(tag)
                current.append(text[i:end])
                i = end
                continue
        if char == ";":
            statement = "".join(current).strip()
            if statement:
                statements.append(statement + ";")
            current = []
            i += 1
            continue
        current.append(char)
        i += 1
    tail = "".join(current).strip()
    if tail:
        statements.append(tail)
    return statements


def _line_start(text: str, index: int) -> bool:
    start = text.rfind("\n", 0, index) + 1
    return not text[start:index].strip()


def _closing_quote(text: str, start: int, quote: str) -> int:
    i = start + 1
    while i < len(text):
        if text[i] == quote:
            if i + 1 < len(text) and text[i + 1] == quote:
                i += 2
                continue
            return i + 1
        i += 1
    return len(text)


def _one_line(text: str) -> str:
    return " ".join(text.split())
