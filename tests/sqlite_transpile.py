"""PostgreSQL dumps into SQLite: tables, keys, indexes and rows, transpiled with sqlglot.

Only what a schema check reads is carried over: tables and their columns (types mapped to
SQLite's spellings, literal defaults kept, `serial`/identity single-column integer keys made
`INTEGER PRIMARY KEY`), primary keys, unique constraints and foreign keys (inline or added by
`ALTER TABLE`), plain and partial indexes, and rows (`INSERT` and `COPY ... FROM stdin`).
Functions, sequences, views, types, triggers, comments, CHECK and EXCLUDE constraints are left
out; GIN/GiST indexes and indexes SQLite cannot build are skipped and noted. Schemas fold into
SQLite's one namespace: two tables of the same name are `NotTranspilable`.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError


class NotTranspilable(Exception):
    """A table, key or row of the dump has no SQLite form here."""


@dataclass
class ColumnSpec:
    name: str
    type: str
    not_null: bool = False
    default: str | None = None
    generated_key: bool = False
    """serial, identity or a nextval() default: the database makes the value."""
    boolean: bool = False


@dataclass
class TableSpec:
    name: str
    columns: list[ColumnSpec]
    primary_key: tuple[str, ...] = ()
    uniques: list[tuple[str, ...]] = field(default_factory=list)
    foreign_keys: list[tuple[tuple[str, ...], str, tuple[str, ...]]] = field(default_factory=list)

    def column(self, name: str) -> ColumnSpec | None:
        return next((column for column in self.columns if column.name == name), None)

    def ddl(self, keep_foreign_keys: bool) -> str:
        parts = []
        rowid = self._rowid_key()
        for column in self.columns:
            type_ = "INTEGER" if column.name == rowid else column.type
            text = f"{quote(column.name)} {type_}"
            if column.not_null:
                text += " NOT NULL"
            if column.default is not None:
                text += f" DEFAULT {column.default}"
            parts.append(text)
        if self.primary_key:
            parts.append(f"PRIMARY KEY ({', '.join(quote(c) for c in self.primary_key)})")
        for unique in self.uniques:
            parts.append(f"UNIQUE ({', '.join(quote(c) for c in unique)})")
        if keep_foreign_keys:
            for columns, parent, parent_columns in self.foreign_keys:
                parts.append(
                    f"FOREIGN KEY ({', '.join(quote(c) for c in columns)}) REFERENCES "
                    f"{quote(parent)} ({', '.join(quote(c) for c in parent_columns)})"
                )
        return f"CREATE TABLE {quote(self.name)} ({', '.join(parts)})"

    def _rowid_key(self) -> str | None:
        """A generated single-column integer key becomes SQLite's INTEGER PRIMARY KEY."""
        if len(self.primary_key) != 1:
            return None
        column = self.column(self.primary_key[0])
        if column is None or not column.generated_key or column.type not in _INTEGER_SPELLINGS:
            return None
        return column.name


@dataclass
class Transpiled:
    tables: dict[str, TableSpec] = field(default_factory=dict)
    indexes: list[str] = field(default_factory=list)
    inserts: list[str] = field(default_factory=list)
    copies: list[tuple[str, tuple[str, ...], list[tuple[str | None, ...]]]] = field(
        default_factory=list
    )
    notes: list[str] = field(default_factory=list)
    keep_foreign_keys: bool = False

    def write(self, path: Path) -> None:
        """Create the SQLite file: tables, rows, indexes, statistics."""
        connection = sqlite3.connect(path)
        try:
            for table in self.tables.values():
                connection.execute(table.ddl(self.keep_foreign_keys))
            for statement in self.inserts:
                _insert(connection, statement)
            for table_name, columns, rows in self.copies:
                self._copy(connection, table_name, columns, rows)
            for statement in self.indexes:
                try:
                    connection.execute(statement)
                except sqlite3.Error as exc:
                    self.notes.append(f"index skipped ({exc}): {statement[:120]}")
            connection.commit()
            connection.execute("ANALYZE")
            connection.commit()
        finally:
            connection.close()

    def _copy(
        self,
        connection: sqlite3.Connection,
        table_name: str,
        columns: tuple[str, ...],
        rows: list[tuple[str | None, ...]],
    ) -> None:
        table = self.tables.get(table_name)
        if table is None:
            raise NotTranspilable(f"COPY into unknown table {table_name}")
        names = columns or tuple(column.name for column in table.columns)
        booleans = [(column := table.column(name)) is not None and column.boolean for name in names]
        converted = [
            tuple(
                _boolean(value) if is_boolean else value
                for value, is_boolean in zip(row, booleans, strict=True)
            )
            for row in rows
        ]
        marks = ", ".join("?" for _ in names)
        connection.executemany(
            f"INSERT INTO {quote(table_name)} ({', '.join(quote(n) for n in names)}) "
            f"VALUES ({marks})",
            converted,
        )


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _boolean(value: str | None) -> int | None:
    if value is None:
        return None
    return 1 if value.lower() in ("t", "true", "1", "y", "yes", "on") else 0


def _insert(connection: sqlite3.Connection, statement: str) -> None:
    """Most INSERTs of a dump are already SQLite; the others go through sqlglot."""
    try:
        connection.execute(statement)
        return
    except sqlite3.Error:
        pass
    try:
        parsed = sqlglot.parse_one(statement, read="postgres")
        # N'...' is a plain string to SQLite.
        parsed = parsed.transform(
            lambda node: exp.Literal.string(node.this) if isinstance(node, exp.National) else node
        )
        converted = parsed.sql("sqlite")
    except SqlglotError as exc:
        raise NotTranspilable(f"INSERT not transpilable: {exc}") from None
    try:
        connection.execute(converted)
    except sqlite3.Error as exc:
        raise NotTranspilable(f"INSERT failed on SQLite ({exc}): {converted[:200]}") from None


# --- splitting a dump into statements -----------------------------------------------------


def statements(script: str) -> Iterator[tuple[str, list[str]]]:
    """(statement, data lines) for every statement of a psql script: data lines are those of a
    `COPY ... FROM stdin` up to `\\.`; psql meta-commands are skipped."""
    position = 0
    length = len(script)
    while position < length:
        # Skip blanks and comments before a statement; a line starting with a backslash there is
        # a psql meta-command.
        match = re.compile(r"\s+|--[^\n]*|/\*.*?\*/", re.S).match(script, position)
        if match and match.end() > position:
            position = match.end()
            continue
        if script.startswith("\\", position):
            end = script.find("\n", position)
            position = length if end < 0 else end + 1
            continue
        end = _statement_end(script, position)
        text = script[position:end].strip()
        position = end + 1
        data: list[str] = []
        if re.match(r"(?is)COPY\b.*\bFROM\s+stdin\b", text):
            newline = script.find("\n", end)
            position = length if newline < 0 else newline + 1
            while position < length:
                newline = script.find("\n", position)
                line = script[position : newline if newline >= 0 else length]
                position = length if newline < 0 else newline + 1
                if line.rstrip("\r") == "\\.":
                    break
                data.append(line.rstrip("\r"))
        if text:
            yield text, data


def _statement_end(script: str, start: int) -> int:
    """Index of the `;` ending the statement at `start` (or the end of the script), skipping
    strings, quoted names, dollar-quoted bodies and comments."""
    position = start
    length = len(script)
    while position < length:
        char = script[position]
        if char == ";":
            return position
        if char == "'":
            escaped = position > start and script[position - 1] in "eE"
            position = _string_end(script, position, escaped)
        elif char == '"':
            close = script.find('"', position + 1)
            while close >= 0 and script.startswith('""', close):
                close = script.find('"', close + 2)
            position = length if close < 0 else close + 1
        elif char == "$":
            tag = re.compile(r"\$[A-Za-z_]*\$").match(script, position)
            if tag:
                close = script.find(tag.group(0), tag.end())
                position = length if close < 0 else close + len(tag.group(0))
            else:
                position += 1
        elif script.startswith("--", position):
            newline = script.find("\n", position)
            position = length if newline < 0 else newline + 1
        elif script.startswith("/*", position):
            close = script.find("*/", position + 2)
            position = length if close < 0 else close + 2
        else:
            position += 1
    return length


def _string_end(script: str, start: int, escaped: bool) -> int:
    position = start + 1
    length = len(script)
    while position < length:
        char = script[position]
        if escaped and char == "\\":
            position += 2
            continue
        if char == "'":
            if script.startswith("''", position):
                position += 2
                continue
            return position + 1
        position += 1
    return length


# --- statements into specs ----------------------------------------------------------------

_NAME = r'(?:"(?:[^"]|"")+"|[\w$]+)'
_QUALIFIED = rf"{_NAME}(?:\s*\.\s*{_NAME})*"
_ALTER = re.compile(rf"(?is)^ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?({_QUALIFIED})\s+(.*)$")
_ADD_KEY = re.compile(
    rf"(?is)^ADD\s+(?:CONSTRAINT\s+{_NAME}\s+)?(PRIMARY\s+KEY|UNIQUE|FOREIGN\s+KEY)\s*"
    rf"\(([^)]*)\)(?:\s*REFERENCES\s+({_QUALIFIED})\s*(?:\(([^)]*)\))?)?"
)
_SET_DEFAULT = re.compile(
    rf"(?is)^ALTER\s+(?:COLUMN\s+)?({_NAME})\s+(?:SET\s+DEFAULT\s+nextval|ADD\s+GENERATED)"
)
_INTEGER_SPELLINGS = ("INT", "BIGINT", "SMALLINT", "INTEGER")
_COPY = re.compile(rf"(?is)^COPY\s+({_QUALIFIED})\s*(?:\(([^)]*)\))?\s+FROM\s+stdin\b(.*)$")


def unquote(name: str) -> str:
    name = name.strip()
    if name.startswith('"') and name.endswith('"'):
        return name[1:-1].replace('""', '"')
    return name.lower()


def last_part(qualified: str) -> str:
    parts = re.findall(_NAME, qualified)
    return unquote(parts[-1])


def names(text: str) -> tuple[str, ...]:
    return tuple(unquote(part) for part in re.findall(_NAME, text))


def transpile_postgresql(scripts: list[str], *, keep_foreign_keys: bool = False) -> Transpiled:
    result = Transpiled(keep_foreign_keys=keep_foreign_keys)
    for script in scripts:
        for statement, data in statements(script):
            _statement(result, statement, data)
    for table in result.tables.values():
        for columns, parent, parent_columns in table.foreign_keys:
            referred = result.tables.get(parent)
            if referred is None:
                raise NotTranspilable(f"{table.name} refers to unknown table {parent}")
            if not parent_columns:
                # `REFERENCES t` without columns means t's primary key.
                table.foreign_keys[table.foreign_keys.index((columns, parent, parent_columns))] = (
                    columns,
                    parent,
                    referred.primary_key,
                )
    return result


def _statement(result: Transpiled, statement: str, data: list[str]) -> None:
    head = " ".join(statement.split()[:4]).upper()
    if re.match(r"CREATE (UNLOGGED |TEMP |TEMPORARY )?TABLE", head):
        if re.search(r"(?is)\bPARTITION\s+OF\b", statement):
            result.notes.append(f"partition left out: {statement[:80]}")
            return
        table = _create_table(statement)
        if table.name in result.tables:
            raise NotTranspilable(f"two tables named {table.name} (schemas fold into one)")
        result.tables[table.name] = table
    elif head.startswith("ALTER TABLE"):
        _alter_table(result, statement)
    elif re.match(r"CREATE (UNIQUE )?INDEX", head):
        index = _create_index(result, statement)
        if index:
            result.indexes.append(index)
    elif head.startswith("INSERT INTO"):
        result.inserts.append(_unqualified_insert(statement))
    elif head.startswith("COPY"):
        result.copies.append(_copy(statement, data))


def _create_table(statement: str) -> TableSpec:
    try:
        parsed = sqlglot.parse_one(statement, read="postgres")
    except SqlglotError as exc:
        raise NotTranspilable(f"CREATE TABLE not parsed: {exc}: {statement[:120]}") from None
    schema = parsed.this
    if not isinstance(schema, exp.Schema) or not isinstance(schema.this, exp.Table):
        raise NotTranspilable(f"CREATE TABLE without columns: {statement[:120]}")
    table = TableSpec(_identifier(schema.this), [])
    for item in schema.expressions:
        if isinstance(item, exp.ColumnDef):
            table.columns.append(_column(table, item))
        elif isinstance(item, exp.Constraint):
            for inner in item.expressions:
                _table_constraint(table, inner)
        else:
            _table_constraint(table, item)
    return table


def _column(table: TableSpec, definition: exp.ColumnDef) -> ColumnSpec:
    kind = definition.args.get("kind")
    type_, generated, boolean = _sqlite_type(kind)
    column = ColumnSpec(
        _identifier(definition.this), type_, generated_key=generated, boolean=boolean
    )
    for constraint in definition.constraints:
        inner = constraint.kind
        if isinstance(inner, exp.NotNullColumnConstraint) and not inner.args.get("allow_null"):
            column.not_null = True
        elif isinstance(inner, exp.PrimaryKeyColumnConstraint):
            table.primary_key = (column.name,)
        elif isinstance(inner, exp.UniqueColumnConstraint):
            table.uniques.append((column.name,))
        elif isinstance(inner, exp.GeneratedAsIdentityColumnConstraint):
            column.generated_key = True
        elif isinstance(inner, exp.DefaultColumnConstraint):
            column.default, serial = _default(inner.this)
            column.generated_key = column.generated_key or serial
        elif isinstance(inner, exp.Reference):
            parent, parent_columns = _reference(inner)
            table.foreign_keys.append(((column.name,), parent, parent_columns))
    return column


def _table_constraint(table: TableSpec, item: exp.Expression) -> None:
    if isinstance(item, exp.PrimaryKey):
        table.primary_key = tuple(_identifier(e) for e in item.expressions)
    elif isinstance(item, exp.UniqueColumnConstraint):
        schema = item.this
        if isinstance(schema, exp.Schema):
            table.uniques.append(tuple(_identifier(e) for e in schema.expressions))
    elif isinstance(item, exp.ForeignKey):
        reference = item.args.get("reference")
        if reference is not None:
            parent, parent_columns = _reference(reference)
            columns = tuple(_identifier(e) for e in item.expressions)
            table.foreign_keys.append((columns, parent, parent_columns))
    # CHECK and EXCLUDE constraints are PostgreSQL expressions: left out.


def _identifier(expression: exp.Expression) -> str:
    """A PostgreSQL name as the server stores it: unquoted names fold to lower case."""
    if isinstance(expression, (exp.Column, exp.Table)):
        return _identifier(expression.this)
    if isinstance(expression, exp.Identifier):
        return expression.this if expression.quoted else expression.this.lower()
    return str(expression.sql("postgres"))


def _reference(reference: exp.Reference) -> tuple[str, tuple[str, ...]]:
    schema = reference.this
    if isinstance(schema, exp.Schema):
        return _identifier(schema.this), tuple(_identifier(e) for e in schema.expressions)
    return _identifier(schema), ()


_TYPES: dict[exp.DataType.Type, str] = {}


def _sqlite_type(kind: exp.DataType | None) -> tuple[str, bool, bool]:
    """(SQLite type spelling, generated key, boolean) for a PostgreSQL type."""
    if kind is None:
        return "TEXT", False, False
    t = exp.DataType.Type
    this = kind.this
    params = [p.sql() for p in kind.expressions]
    if kind.args.get("nested") or this in (t.ARRAY, t.USERDEFINED):
        return "TEXT", False, False
    if this in (t.SERIAL, t.BIGSERIAL, t.SMALLSERIAL):
        return (
            {t.SERIAL: "INT", t.BIGSERIAL: "BIGINT", t.SMALLSERIAL: "SMALLINT"}[this],
            True,
            False,
        )
    if this in (t.INT, t.UINT, t.MEDIUMINT):
        return "INT", False, False
    if this in (t.BIGINT, t.UBIGINT):
        return "BIGINT", False, False
    if this in (t.SMALLINT, t.TINYINT, t.USMALLINT, t.UTINYINT):
        return "SMALLINT", False, False
    if this in (t.VARCHAR, t.NVARCHAR):
        return (f"VARCHAR({params[0]})" if params else "TEXT"), False, False
    if this in (t.CHAR, t.NCHAR, t.BPCHAR):
        return (f"CHAR({params[0]})" if params else "CHAR(1)"), False, False
    if this in (t.DECIMAL, t.BIGDECIMAL, t.MONEY):
        return (f"DECIMAL({', '.join(params)})" if params else "DECIMAL"), False, False
    if this in (t.FLOAT, t.DOUBLE):
        return "REAL", False, False
    if this == t.BOOLEAN:
        return "BOOLEAN", False, True
    if this == t.UUID:
        return "UUID", False, False
    if this == t.DATE:
        return "DATE", False, False
    if this in (t.TIMESTAMP, t.TIMESTAMPTZ, t.TIMESTAMPLTZ, t.DATETIME, t.TIMESTAMP_S):
        return "TIMESTAMP", False, False
    if this in (t.TIME, t.TIMETZ):
        return "TIME", False, False
    if this in (t.JSON, t.JSONB):
        return "JSON", False, False
    if this in (t.VARBINARY, t.BINARY, t.BLOB):
        return "BLOB", False, False
    return "TEXT", False, False


def _default(value: exp.Expression) -> tuple[str | None, bool]:
    """(SQLite default text or None, whether it is a sequence's nextval)."""
    while isinstance(value, (exp.Cast, exp.Paren)):
        value = value.this
    if isinstance(value, exp.Anonymous) and value.name.lower() == "nextval":
        return None, True
    if isinstance(value, exp.Literal):
        return value.sql("sqlite"), False
    if isinstance(value, exp.Boolean):
        return ("1" if value.this else "0"), False
    if isinstance(value, exp.Neg) and isinstance(value.this, exp.Literal):
        return value.sql("sqlite"), False
    if isinstance(value, (exp.CurrentTimestamp, exp.CurrentDate)) or (
        isinstance(value, exp.Anonymous) and value.name.lower() == "now"
    ):
        return "CURRENT_TIMESTAMP", False
    if isinstance(value, exp.Null):
        return "NULL", False
    return None, False


def _alter_table(result: Transpiled, statement: str) -> None:
    match = _ALTER.match(statement.strip())
    if not match:
        return
    table = result.tables.get(last_part(match.group(1)))
    action = match.group(2).strip()
    if table is None:
        if re.match(r"(?is)^ADD\s+(CONSTRAINT|PRIMARY|UNIQUE|FOREIGN)", action):
            raise NotTranspilable(f"key on unknown table: {statement[:120]}")
        return
    key = _ADD_KEY.match(action)
    if key:
        kind = " ".join(key.group(1).upper().split())
        columns = names(key.group(2))
        if kind == "PRIMARY KEY":
            table.primary_key = columns
        elif kind == "UNIQUE":
            table.uniques.append(columns)
        elif key.group(3):
            parent_columns = names(key.group(4)) if key.group(4) else ()
            table.foreign_keys.append((columns, last_part(key.group(3)), parent_columns))
        return
    serial = _SET_DEFAULT.match(action)
    if serial:
        column = table.column(unquote(serial.group(1)))
        if column is not None:
            column.generated_key = True


def _create_index(result: Transpiled, statement: str) -> str | None:
    try:
        parsed = sqlglot.parse_one(statement, read="postgres")
    except SqlglotError:
        result.notes.append(f"index not parsed: {statement[:120]}")
        return None
    index = parsed.this
    if not isinstance(index, exp.Index):
        return None
    table = index.args.get("table")
    params = index.args.get("params")
    if table is None or params is None:
        return None
    using = params.args.get("using")
    if using is not None and using.name.lower() not in ("btree", "hash"):
        result.notes.append(f"{using.name} index left out: {index.name}")
        return None
    keys = []
    for column in params.args.get("columns") or []:
        expression = column.this if isinstance(column, exp.Ordered) else column
        if isinstance(expression, exp.Column):
            keys.append(quote(_identifier(expression)))
        else:
            keys.append(f"({expression.sql('sqlite')})")
    if not keys:
        return None
    unique = "UNIQUE " if parsed.args.get("unique") else ""
    table_name = _identifier(table)
    name = _identifier(index.this) if index.this else f"{table_name}_idx{len(result.indexes)}"
    where = params.args.get("where")
    predicate = f" WHERE {where.this.sql('sqlite')}" if where is not None else ""
    return (
        f"CREATE {unique}INDEX {quote(name)} ON {quote(table_name)} ({', '.join(keys)}){predicate}"
    )


def _unqualified_insert(statement: str) -> str:
    match = re.match(rf"(?is)^(INSERT\s+INTO\s+)({_QUALIFIED})", statement)
    if not match:
        return statement
    return match.group(1) + quote(last_part(match.group(2))) + statement[match.end() :]


_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def _copy(
    statement: str, data: list[str]
) -> tuple[str, tuple[str, ...], list[tuple[str | None, ...]]]:
    match = _COPY.match(statement.strip())
    if not match:
        raise NotTranspilable(f"COPY not understood: {statement[:120]}")
    options = match.group(3) or ""
    if re.search(r"(?i)\bFORMAT\s+csv\b|\bCSV\b", options):
        raise NotTranspilable("COPY in CSV format")
    delimiter = re.search(r"(?i)DELIMITER\s+'(.)'", options)
    separator = delimiter.group(1) if delimiter else "\t"
    rows = []
    for line in data:
        rows.append(
            tuple(
                None if field_ == "\\N" else _unescape(field_) for field_ in line.split(separator)
            )
        )
    columns = names(match.group(2)) if match.group(2) else ()
    return last_part(match.group(1)), columns, rows


def _unescape(value: str) -> str:
    if "\\" not in value:
        return value
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), value)
