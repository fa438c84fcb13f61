"""Statement fingerprints: parse with sqlglot in the engine's dialect, turn literals and bound
parameters into placeholders, collapse IN-lists, and hash the result.

Two executions with the same fingerprint differ only in values. Each statement also gets its
*slots*: the values in it (literals or bound parameters), in text order, each with the role it
plays (`eq` and `in` predicates on a column, `range`, `like`, `limit`, `offset`, `other`), which
is what tells a per-row lookup (values in equality predicates) from a paginated batch (values in
OFFSET or range predicates).

Parsing is the slow part (a quarter of a millisecond a statement), so shapes are cached by the
statement's text with its literals masked: a log that repeats one query with a thousand
different ids parses it once.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from schemadoctor.engines import adapter_named, dialect_of

logging.getLogger("sqlglot").setLevel(logging.ERROR)  # its fallback warnings are ours to tell


def sqlglot_dialect(dialect: str | None) -> str | None:
    """sqlglot's name for one of schemadoctor's dialects (None: sqlglot's generic SQL)."""
    return adapter_named(dialect).sqlglot_dialect if dialect_of(dialect) else None


class UnparsableStatement(ValueError):
    """sqlglot could not read the statement; the message says why, in one line."""


@dataclass(frozen=True)
class Slot:
    """One value in a statement. `key` says where an execution's value comes from: an int is
    the position among positional parameters, a str a parameter name, None a literal."""

    role: str
    column: str | None = None
    table: str | None = None
    key: int | str | None = None
    literal: Any = None


@dataclass(frozen=True)
class Shape:
    fingerprint: str
    normalized: str
    kind: str
    tables: tuple[str, ...]
    slots: tuple[Slot, ...]
    expression: exp.Expression
    """The parsed statement with values replaced by placeholders (do not modify: shared)."""
    limit: bool = False
    aggregate_only: bool = False
    """A SELECT whose output columns are all aggregates (`count(*)`, `sum(x)`) with no GROUP BY:
    one row per call."""


_PYFORMAT = re.compile(r"%\((\w+)\)s|%s|%%")
_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`")


def prepare_paramstyle(sql: str) -> str:
    """sqlglot reads `?`, `$1` and `:name` but not the pyformat markers psycopg and PyMySQL use
    (`%s`, `%(name)s`); rewrite those outside quotes, and `%%` (their escaped percent)
    everywhere, when the statement has any."""
    if "%" not in sql or not re.search(r"%\(\w+\)s|%s", sql):
        return sql
    out: list[str] = []
    position = 0
    for quoted in _QUOTED.finditer(sql):
        out.append(_rewrite_pyformat(sql[position : quoted.start()]))
        out.append(quoted.group(0).replace("%%", "%"))
        position = quoted.end()
    out.append(_rewrite_pyformat(sql[position:]))
    return "".join(out)


def _rewrite_pyformat(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "%%":
            return "%"
        return f":{match.group(1)}" if match.group(1) else "?"

    return _PYFORMAT.sub(replace, text)


_TOKEN = re.compile(
    r"""(?P<comment>--[^\n]*|/\*.*?\*/)
      |(?P<string>[eEnN]?'(?:[^'\\]|''|\\.)*')
      |(?P<ident>"(?:[^"]|"")*"|`(?:[^`]|``)*`)
      |(?P<param>\$\d+|%\(\w+\)s|%s|:\w+|\?)
      |(?P<number>(?<![\w$.])(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?(?![\w$]))
      |(?P<word>\w+)
    """,
    re.VERBOSE | re.DOTALL,
)


def mask_literals(sql: str) -> tuple[str, list[Any]]:
    """The statement with literals replaced by `?` (IN-lists of them collapsed to one) and the
    literal values in order (an IN-list as a tuple): a cheap cache key that stands in for the
    parse when only values differ."""
    out: list[str] = []
    values: list[Any] = []
    position = 0
    for match in _TOKEN.finditer(sql):
        kind = match.lastgroup
        if kind in ("string", "number"):
            out.append(sql[position : match.start()])
            out.append("?")
            values.append(_literal_value(match.group(0), kind))
            position = match.end()
    out.append(sql[position:])
    text = " ".join("".join(out).split())
    # Collapse IN (?, ?, ?) and keep its values together as one slot, as the parse does.
    collapsed: list[Any] = []
    pieces = re.split(r"(\bIN\s*\(\s*\?(?:\s*,\s*\?)*\s*\))", text, flags=re.IGNORECASE)
    cursor = 0
    rebuilt: list[str] = []
    for index, piece in enumerate(pieces):
        marks = piece.count("?")
        if index % 2 == 1:
            collapsed.append(tuple(values[cursor : cursor + marks]))
            rebuilt.append("IN (?)")
        else:
            collapsed.extend(values[cursor : cursor + marks])
            rebuilt.append(piece)
        cursor += marks
    return "".join(rebuilt), collapsed


def _literal_value(text: str, kind: str) -> Any:
    if kind == "number":
        try:
            return int(text)
        except ValueError:
            return float(text)
    body = text[text.index("'") + 1 : -1]
    return body.replace("''", "'")


class Fingerprinter:
    """Parses statements of one dialect, with a cache; `shape(sql)` raises UnparsableStatement."""

    def __init__(self, dialect: str | None) -> None:
        self.dialect = dialect
        self.read = sqlglot_dialect(dialect)
        self._by_text: dict[str, Shape] = {}
        self._by_mask: dict[str, Shape] = {}
        self._failed: dict[str, str] = {}

    def shape(self, sql: str) -> Shape:
        cached = self._by_text.get(sql)
        if cached is not None:
            return cached
        if sql in self._failed:
            raise UnparsableStatement(self._failed[sql])
        masked, _values = mask_literals(sql)
        shape = self._by_mask.get(masked)
        if shape is None:
            try:
                shape = parse_shape(sql, self.read)
            except UnparsableStatement as exc:
                if len(self._failed) < 10_000:
                    self._failed[sql] = str(exc)
                raise
            self._by_mask[masked] = shape
        if len(self._by_text) < 100_000:
            self._by_text[sql] = shape
        return shape

    def values(self, sql: str, shape: Shape, params: Any) -> list[Any]:
        """The value of each slot of `shape` in this execution: literals from the text (masked
        tokens, in order), bound parameters from `params`."""
        literals: list[Any] | None = None
        if any(slot.key is None for slot in shape.slots):
            _masked, found = mask_literals(sql)
            wanted = sum(slot.key is None for slot in shape.slots)
            literals = found if len(found) == wanted else None
        out: list[Any] = []
        literal_index = 0
        for slot in shape.slots:
            if slot.key is None:
                if literals is not None:
                    out.append(literals[literal_index])
                else:
                    out.append(slot.literal)
                literal_index += 1
            else:
                out.append(_param(params, slot.key))
        return out


def _param(params: Any, key: int | str) -> Any:
    try:
        if isinstance(key, str):
            if isinstance(params, Mapping):
                return params.get(key)
            return None
        if isinstance(params, Mapping):
            # `$1`-style values read from a log are kept by number.
            return params.get(str(key + 1), params.get(key))
        if isinstance(params, Sequence) and not isinstance(params, str):
            return params[key]
    except (IndexError, KeyError, TypeError):
        return None
    return None


def parse_shape(sql: str, read: str | None) -> Shape:
    words = sql.lstrip(" (\n\t").split(None, 1)
    if words and words[0].upper() in _UTILITY:
        normalized = " ".join(mask_literals(sql)[0].split())
        return Shape(_digest(normalized), normalized, "other", (), (), exp.Command(this=words[0]))
    text = prepare_paramstyle(sql)
    try:
        parsed = [tree for tree in sqlglot.parse(text, read=read) if tree is not None]
    except SqlglotError as exc:
        raise UnparsableStatement(_first_line(exc)) from None
    except (RecursionError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise UnparsableStatement(f"{type(exc).__name__}: {_first_line(exc)}") from None
    if not parsed:
        raise UnparsableStatement("empty statement")
    if len(parsed) > 1:
        raise UnparsableStatement("more than one statement")
    tree = parsed[0]
    if isinstance(tree, exp.Command):
        # sqlglot's fallback for statements it does not model: keep them, by their first word.
        normalized = " ".join(mask_literals(sql)[0].split())
        return Shape(_digest(normalized), normalized, "other", (), (), tree)
    if not isinstance(tree, _STATEMENTS):
        raise UnparsableStatement(f"not a statement: {_first_line(sql)[:60]}")
    slots = _collect_slots(tree, read)
    normalized = _normalize(tree, read)
    tables = _tables(tree)
    limit = isinstance(tree, exp.Query) and tree.args.get("limit") is not None
    return Shape(
        _digest(normalized),
        normalized,
        _kind(tree),
        tables,
        tuple(slots),
        tree,
        limit=limit,
        aggregate_only=_aggregate_only(tree),
    )


def _first_line(exc: BaseException) -> str:
    for line in str(exc).splitlines():
        if line.strip():
            return " ".join(line.split())[:200]
    return type(exc).__name__


def _digest(normalized: str) -> str:
    return hashlib.sha256(normalized.encode()).hexdigest()[:16]


def _kind(tree: exp.Expression) -> str:
    if isinstance(tree, exp.Query):
        return "select"
    for kind, node in (("insert", exp.Insert), ("update", exp.Update), ("delete", exp.Delete)):
        if isinstance(tree, node):
            return kind
    return "other"


def _tables(tree: exp.Expression) -> tuple[str, ...]:
    ctes = {cte.alias_or_name for cte in tree.find_all(exp.CTE)}
    seen: dict[str, None] = {}
    for table in tree.find_all(exp.Table):
        if not table.name or table.name in ctes:
            continue
        name = f"{table.db}.{table.name}" if table.db else table.name
        seen[name] = None
    return tuple(seen)


def _aliases(tree: exp.Expression) -> dict[str, str]:
    aliases: dict[str, str] = {}
    for table in tree.find_all(exp.Table):
        if table.name:
            aliases[table.alias_or_name] = table.name
            aliases.setdefault(table.name, table.name)
    return aliases


def _is_value(node: exp.Expression) -> bool:
    return isinstance(node, exp.Literal | exp.Placeholder | exp.Parameter) or (
        isinstance(node, exp.Neg) and isinstance(node.this, exp.Literal)
    )


def _value_units(tree: exp.Expression) -> list[exp.Expression]:
    """The value-carrying nodes in DFS order: literals, parameters and placeholders, a negated
    literal as one, and an IN-list made only of values as one (the In node)."""
    units: list[exp.Expression] = []
    for node in tree.dfs():
        if isinstance(node, exp.In):
            items = node.expressions
            if items and all(_is_value(item) for item in items):
                units.append(node)
            continue
        if not _is_value(node) or _inside_collapsed_in(node):
            continue
        parent = node.parent
        if isinstance(node, exp.Literal) and isinstance(parent, exp.Neg | exp.Parameter):
            continue  # counted with its Neg / Parameter
        units.append(node)
    return units


def _text_order(tree: exp.Expression, units: list[exp.Expression], read: str | None) -> list[int]:
    """Indexes of `units` in the order they appear in the SQL text. DFS order is not text order
    (sqlglot keeps LIMIT before WHERE in its arguments), and positional parameters are numbered
    by text order, so mark each unit, print, and read the marks back."""
    if len(units) < 2:
        return list(range(len(units)))
    for number, unit in enumerate(units):
        unit.meta["sdslot"] = number

    def mark(node: exp.Expression) -> exp.Expression:
        number = node.meta.get("sdslot") if node._meta else None
        if number is None:
            return node
        return exp.column(f"sdslot{number}x")

    try:
        text = tree.transform(mark, copy=True).sql(dialect=read)
    except SqlglotError:  # pragma: no cover
        return list(range(len(units)))
    finally:
        for unit in units:
            unit.meta.pop("sdslot", None)
    order = [int(found) for found in re.findall(r"sdslot(\d+)x", text)]
    if sorted(order) != list(range(len(units))):
        return list(range(len(units)))
    return order


def _collect_slots(tree: exp.Expression, read: str | None) -> list[Slot]:
    """Every value in text order, with its role; an IN-list of values is one slot."""
    aliases = _aliases(tree)
    tables = set(aliases.values())
    single_table = next(iter(tables)) if len(tables) == 1 else None
    units = _value_units(tree)
    roles = [_role(unit, aliases, single_table) for unit in units]
    order = _text_order(tree, units, read) if units else []
    slots: list[Slot] = []
    positional = 0
    for number in order:
        unit = units[number]
        role, column, table = roles[number]
        if isinstance(unit, exp.In):
            keys = []
            for item in unit.expressions:
                key, positional = _slot_key(item, positional)
                keys.append(key)
            if len(keys) == 1 and keys[0] is not None:
                slots.append(Slot("in", column, table, keys[0]))
            else:
                literal = tuple(_literal(item) for item in unit.expressions)
                slots.append(Slot("in", column, table, None, literal))
            continue
        key, positional = _slot_key(unit, positional)
        slots.append(Slot(role, column, table, key, _literal(unit) if key is None else None))
    return slots


def _inside_collapsed_in(node: exp.Expression) -> bool:
    parent = node.parent
    if isinstance(parent, exp.Neg):
        parent = parent.parent
    return isinstance(parent, exp.In) and all(_is_value(item) for item in parent.expressions)


def _slot_key(node: exp.Expression, positional: int) -> tuple[int | str | None, int]:
    if isinstance(node, exp.Parameter):
        number = node.this.this if isinstance(node.this, exp.Literal) else node.name
        try:
            return int(number) - 1, positional
        except (TypeError, ValueError):
            return str(number), positional
    if isinstance(node, exp.Placeholder):
        if node.this and not str(node.this).isdigit():
            return str(node.this), positional
        if node.this:
            return int(node.this) - 1, positional
        return positional, positional + 1
    return None, positional


def _literal(node: exp.Expression) -> Any:
    if isinstance(node, exp.Neg):
        value = _literal(node.this)
        return -value if isinstance(value, int | float) else value
    if isinstance(node, exp.Literal):
        if node.is_string:
            return node.this
        try:
            return int(node.this)
        except ValueError:
            try:
                return float(node.this)
            except ValueError:
                return node.this
    return None


_UTILITY = frozenset(
    [
        "SAVEPOINT",
        "RELEASE",
        "DEALLOCATE",
        "DISCARD",
        "LISTEN",
        "NOTIFY",
        "UNLISTEN",
        "RESET",
        "CHECKPOINT",
        "VACUUM",
        "LOCK",
        "START",
        "END",
        "XA",
        "PREPARE",
        "EXECUTE",
        "FETCH",
        "CLOSE",
        "DECLARE",
        "MOVE",
    ]
)
_STATEMENTS = (
    exp.Query,
    exp.Insert,
    exp.Update,
    exp.Delete,
    exp.Merge,
    exp.DDL,
    exp.Drop,
    exp.Alter,
    exp.Command,
    exp.Transaction,
    exp.Commit,
    exp.Rollback,
    exp.Set,
    exp.Use,
    exp.Show,
    exp.Pragma,
    exp.Describe,
    exp.Copy,
    exp.Analyze,
    exp.TruncateTable,
    exp.Grant,
    exp.Comment,
)
_RANGE = (exp.GT, exp.GTE, exp.LT, exp.LTE, exp.Between)
_LIKE = (exp.Like, exp.ILike)


def _role(
    node: exp.Expression, aliases: dict[str, str], single_table: str | None
) -> tuple[str, str | None, str | None]:
    if isinstance(node, exp.In):
        return ("in", *_column_of(node.this, aliases, single_table))
    parent = node.parent
    while isinstance(parent, exp.Neg | exp.Paren | exp.Cast):
        node, parent = parent, parent.parent
    if isinstance(parent, exp.Any | exp.Array):
        outer = parent.parent
        if isinstance(outer, exp.EQ):
            other = outer.left if outer.right is parent else outer.right
            return ("in", *_column_of(other, aliases, single_table))
    if isinstance(parent, exp.Limit | exp.Fetch):
        return "limit", None, None
    if isinstance(parent, exp.Offset):
        return "offset", None, None
    if isinstance(parent, exp.EQ | exp.NullSafeEQ):
        other = parent.left if parent.right is node else parent.right
        return ("eq", *_column_of(other, aliases, single_table))
    if isinstance(parent, _RANGE):
        other = parent.this if parent.this is not node else parent.expression
        return ("range", *_column_of(other, aliases, single_table))
    if isinstance(parent, _LIKE):
        return ("like", *_column_of(parent.this, aliases, single_table))
    return "other", None, None


def _column_of(
    node: exp.Expression | None, aliases: dict[str, str], single_table: str | None
) -> tuple[str | None, str | None]:
    if not isinstance(node, exp.Column):
        return None, None
    table = aliases.get(node.table, node.table) if node.table else single_table
    return node.name, table


def _normalize(tree: exp.Expression, read: str | None) -> str:
    def replace(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.In) and node.expressions:
            if all(_is_value(item) for item in node.expressions):
                node = node.copy()
                node.set("expressions", [exp.Placeholder()])
            return node
        if isinstance(node, exp.Neg) and isinstance(node.this, exp.Literal):
            return exp.Placeholder()
        if isinstance(node, exp.Literal | exp.Parameter):
            return exp.Placeholder()
        if isinstance(node, exp.Placeholder):
            return exp.Placeholder()
        if isinstance(node, exp.Values) and len(node.expressions) > 1:
            node = node.copy()
            node.set("expressions", node.expressions[:1])
            return node
        return node

    normalized = tree.transform(replace, copy=True)
    try:
        text = normalized.sql(dialect=read)
    except SqlglotError:  # pragma: no cover - generation of a parsed tree rarely fails
        text = normalized.sql()
    # sqlglot prints a placeholder as %s for PostgreSQL; `?` reads the same everywhere (no
    # string literal is left to contain a %s).
    return text.replace("%s", "?")


def _aggregate_only(tree: exp.Expression) -> bool:
    if not isinstance(tree, exp.Select) or tree.args.get("group"):
        return False
    outputs = tree.expressions
    return bool(outputs) and all(isinstance(output.unalias(), exp.AggFunc) for output in outputs)


def statement_kind(sql: str) -> str:
    """A rough kind from the first keyword, for statements that do not parse."""
    word = sql.lstrip(" (\n\t").split(None, 1)[0].lower() if sql.strip() else ""
    return {
        "select": "select",
        "with": "select",
        "insert": "insert",
        "update": "update",
        "delete": "delete",
    }.get(word, "other")
