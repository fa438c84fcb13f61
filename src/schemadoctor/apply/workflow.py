"""One apply as `schemadoctor apply` and the demo both run it: the steps (recorded, resumable),
what changed in the schema, and the verification against the findings the plan was made for."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.exc import DBAPIError

from schemadoctor.apply.diff import schema_changes
from schemadoctor.apply.executor import ApplyResult, Executor
from schemadoctor.apply.state import load_record
from schemadoctor.apply.storage import (
    ONLINE_NOTE,
    StorageReport,
    conversion_targets,
    converted_online,
    measure,
)
from schemadoctor.apply.verify import Verification, verify
from schemadoctor.config import Config
from schemadoctor.engines.database import Database
from schemadoctor.errors import SchemaDoctorError
from schemadoctor.model.catalog import Catalog
from schemadoctor.model.script import Script


def execute(
    executor: Executor, checker: Database, findings: Sequence[dict[str, Any]] | None
) -> ApplyResult:
    """Run the plan's pending steps; `result.changes` says what changed in the schema, read
    before and after through the read-only `checker`."""
    before = reflect_quietly(checker)
    targets = conversion_targets(executor.script)
    storage = StorageReport()
    if targets and not _conversions_started(executor):
        storage.before = measure(checker, before, targets)
    result = executor.run(findings)
    after = reflect_quietly(checker)
    if before is not None and after is not None:
        result.changes = schema_changes(before, after)
    if storage.before:
        storage.after = measure(checker, after, targets)
        storage.note = ONLINE_NOTE if converted_online(executor.script) else ""
        result.storage = storage.to_dict()
        result.storage_lines = storage.lines()
    return result


def _conversions_started(executor: Executor) -> bool:
    """Whether an earlier run already did some step of the plan: the sizes before it are then
    gone, and no "before" is better than a wrong one."""
    try:
        preview = executor.preview()
    except (SchemaDoctorError, DBAPIError):
        return True
    record = preview.record
    return record is not None and record.done_steps > 0


def verify_applied(checker: Database, script: Script, text: str, config: Config) -> Verification:
    """Check again (read-only): the findings recorded when the plan started, and each object
    the plan creates, changes or drops."""
    record = load_record(checker, text)
    return verify(checker, script, record.findings if record else None, config)


def reflect_quietly(database: Database) -> Catalog | None:
    """The schema, for "what changed"; not worth failing the apply over."""
    try:
        return database.reflect()
    except (SchemaDoctorError, DBAPIError):
        return None
