"""What SQLite's PRAGMAs do not say about a table, read from its CREATE TABLE text: the names
of foreign keys and unique constraints, and CHECK constraints with their original text.

A token scan (sqlglot's SQLite tokenizer) rather than a parse: it copes with every table
option (WITHOUT ROWID, STRICT), conflict clause and odd spelling SQLite accepts, and CHECK
expressions come out exactly as the user wrote them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlglot
from sqlglot.tokens import Token, TokenType

_TABLE_CONSTRAINTS = ("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN")


@dataclass
class TableDdl:
    foreign_keys: list[tuple[str | None, tuple[str, ...]]] = field(default_factory=list)
    """(name, columns) of each foreign key, in declaration order."""
    checks: list[tuple[str | None, str]] = field(default_factory=list)
    """(name, expression text) of each CHECK constraint, in declaration order."""
    unique_names: dict[tuple[str, ...], str] = field(default_factory=dict)
    """Lower-cased columns of each named UNIQUE constraint -> its name."""


def read_create_table(sql: str) -> TableDdl | None:
    """None when the text cannot be tokenized or is not a CREATE TABLE with a column list."""
    found = definition_items(sql)
    if found is None:
        return None
    items, _ = found
    ddl = TableDdl()
    for item in items:
        if item and _word(item[0]) in _TABLE_CONSTRAINTS:
            _table_constraint(sql, item, ddl)
        elif item:
            _column_constraints(sql, item, ddl)
    return ddl


def _word(token: Token) -> str:
    """The first word of a token in upper case (`FOREIGN KEY` is one token)."""
    if token.token_type in (TokenType.IDENTIFIER, TokenType.STRING):
        return ""  # a quoted name is never a keyword
    return token.text.split()[0].upper() if token.text.strip() else ""


def definition_items(sql: str) -> tuple[list[list[Token]], int] | None:
    """The comma-separated items of a CREATE TABLE's outermost parentheses (nested parentheses
    stay inside their item) and the offset of the closing parenthesis in `sql`; None when the
    text is not a CREATE TABLE with a column list. A table rebuild edits the text there."""
    try:
        tokens = sqlglot.tokenize(sql, read="sqlite")
    except sqlglot.errors.SqlglotError:
        return None
    found = _definitions(sql, tokens)
    if found is None:
        return None
    items, end = found
    return items, tokens[end - 1].start


def _definitions(sql: str, tokens: list[Token]) -> tuple[list[list[Token]], int] | None:
    if len(tokens) < 2 or tokens[0].token_type != TokenType.CREATE:
        return None
    start = next(
        (index for index, token in enumerate(tokens) if token.token_type == TokenType.L_PAREN),
        None,
    )
    if start is None:
        return None
    _, items, end = _group(sql, tokens, start)
    if not items:
        return None  # the parenthesis never closes
    return items, end


def _group(sql: str, item: list[Token], position: int) -> tuple[str, list[list[Token]], int]:
    """The parenthesised group starting at or after `position`: its original text, its
    comma-separated parts, and the position just past it."""
    while position < len(item) and item[position].token_type != TokenType.L_PAREN:
        position += 1
    if position >= len(item):
        return "", [], position
    opening = item[position]
    parts: list[list[Token]] = [[]]
    depth = 0
    for index in range(position, len(item)):
        token = item[index]
        if token.token_type == TokenType.L_PAREN:
            depth += 1
            if depth == 1:
                continue
        elif token.token_type == TokenType.R_PAREN:
            depth -= 1
            if depth == 0:
                return sql[opening.end + 1 : token.start].strip(), parts, index + 1
        elif token.token_type == TokenType.COMMA and depth == 1:
            parts.append([])
            continue
        parts[-1].append(token)
    return "", [], len(item)


def _names(parts: list[list[Token]]) -> tuple[str, ...]:
    return tuple(part[0].text for part in parts if part)


def _table_constraint(sql: str, item: list[Token], ddl: TableDdl) -> None:
    name = None
    position = 0
    if _word(item[0]) == "CONSTRAINT" and len(item) > 2:
        name, position = item[1].text, 2
    kind = _word(item[position])
    if kind == "CHECK":
        text, _, _ = _group(sql, item, position + 1)
        ddl.checks.append((name, text))
    elif kind == "FOREIGN":
        _, parts, _ = _group(sql, item, position + 1)
        ddl.foreign_keys.append((name, _names(parts)))
    elif kind == "UNIQUE" and name:
        _, parts, _ = _group(sql, item, position + 1)
        ddl.unique_names[tuple(column.lower() for column in _names(parts))] = name


def _column_constraints(sql: str, item: list[Token], ddl: TableDdl) -> None:
    column = item[0].text
    name: str | None = None
    position = 1
    while position < len(item):
        token = item[position]
        word = _word(token)
        if token.token_type == TokenType.L_PAREN:
            _, _, position = _group(sql, item, position)  # a type's (n), DEFAULT (expr) ...
            continue
        if word == "CONSTRAINT" and position + 1 < len(item):
            name = item[position + 1].text
            position += 2
            continue
        if word == "CHECK":
            text, _, position = _group(sql, item, position + 1)
            ddl.checks.append((name, text))
            name = None
            continue
        if word == "REFERENCES":
            ddl.foreign_keys.append((name, (column,)))
            name = None
        elif word == "UNIQUE":
            if name:
                ddl.unique_names[(column.lower(),)] = name
            name = None
        elif word in ("PRIMARY", "NOT", "NULL", "DEFAULT", "COLLATE", "GENERATED", "AS"):
            name = None
        position += 1
