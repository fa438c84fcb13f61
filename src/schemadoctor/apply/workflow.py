"""One apply as `schemadoctor apply` and the demo both run it: the steps (recorded, resumable),
what changed in the schema, and the verification against the findings the plan was made for."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.exc import DBAPIError

from schemadoctor.apply.diff import schema_changes
from schemadoctor.apply.executor import ApplyResult, Executor
from schemadoctor.apply.state import load_record
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
    result = executor.run(findings)
    after = reflect_quietly(checker)
    if before is not None and after is not None:
        result.changes = schema_changes(before, after)
    return result


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
