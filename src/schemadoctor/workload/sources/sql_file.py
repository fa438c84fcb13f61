"""A plain `.sql` file: statements separated by semicolons, each counted once."""

from __future__ import annotations

from pathlib import Path

from schemadoctor.workload.model import Workload
from schemadoctor.workload.sources._builder import WorkloadBuilder

KIND = "sql-file"
UNIT_HINT = "a .sql file has no sessions; capture the application with schemadoctor.capture"


def read(path: Path, text: str, dialect: str | None) -> Workload:
    builder = WorkloadBuilder(str(path), KIND, dialect)
    builder.unit_hint = UNIT_HINT
    for line, statement in split_statements(text):
        builder.add(statement, where=f"{path}:{line}")
    return builder.build()


def split_statements(text: str) -> list[tuple[int, str]]:
    """(line, statement) pairs, split at semicolons outside quotes, comments and dollar-quoted
    bodies; a statement that is only comments is left out."""
    statements: list[tuple[int, str]] = []
    start = 0
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if char in "'\"`":
            end = index + 1
            while end < length:
                if text[end] == char:
                    if end + 1 < length and text[end + 1] == char:
                        end += 2
                        continue
                    break
                if text[end] == "\\" and char == "'":
                    end += 1
                end += 1
            index = end + 1
            continue
        at_line_start = not text[text.rfind("\n", 0, index) + 1 : index].strip()
        if text.startswith("--", index) or (char == "#" and at_line_start):
            newline = text.find("\n", index)
            index = length if newline < 0 else newline + 1
            continue
        if text.startswith("/*", index):
            close = text.find("*/", index + 2)
            index = length if close < 0 else close + 2
            continue
        if char == "$":
            tag_end = text.find("$", index + 1)
            tag = text[index : tag_end + 1] if tag_end > 0 else ""
            if tag and (tag == "$$" or tag[1:-1].isidentifier()):
                close = text.find(tag, tag_end + 1)
                index = length if close < 0 else close + len(tag)
                continue
        if char == ";":
            _keep(statements, text, start, index)
            start = index + 1
        index += 1
    _keep(statements, text, start, length)
    return statements


def _keep(statements: list[tuple[int, str]], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    if not _has_code(chunk):
        return
    leading = len(chunk) - len(chunk.lstrip())
    line = text.count("\n", 0, start + leading) + 1
    statements.append((line, chunk.strip()))


def _has_code(chunk: str) -> bool:
    for line in chunk.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith(("--", "#")):
            return True
    return False
