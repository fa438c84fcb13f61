"""The demo's last acts: plan the fix, apply it to the demo database, say what changed, and
verify it.

Steps for `story.STEPS`, after check. The plan step's `Plan` (in `context.results["plan"]`)
is applied as is; without one, the plan is made by the apply step.
Everything is narrated through `context.say`, so the report on stdout stays the check's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from schemadoctor.apply.events import Reporter, StepView
from schemadoctor.apply.executor import Executor
from schemadoctor.apply.findings import finding_record
from schemadoctor.apply.options import ApplyOptions
from schemadoctor.apply.planfile import script_from_text
from schemadoctor.apply.workflow import execute, verify_applied
from schemadoctor.check import run_check, select_rules
from schemadoctor.config import Config
from schemadoctor.engines.database import Database, file_target, open_database
from schemadoctor.plan.builder import Plan, build_plan
from schemadoctor.plan.summary import decision_lines

if TYPE_CHECKING:
    from schemadoctor.demo.story import DemoContext


def plan_step(context: DemoContext) -> None:
    """Write the migration beside the database, as `schemadoctor plan -o fix.sql` would, and
    tell its decisions: the ON DELETE action of each new foreign key and the fate of orphans."""
    reader = _open(context, read_only=True)
    try:
        plan = build_plan(reader, Config(), {})
    finally:
        reader.dispose()
    context.results["plan"] = plan
    up = context.path.with_name(f"{context.path.stem}.fix.sql")
    down = context.path.with_name(f"{context.path.stem}.fix.down.sql")
    up.write_text(plan.up.to_sql(), encoding="utf-8")
    down.write_text(plan.down.to_sql(), encoding="utf-8")
    context.say("")
    context.say(f"$ schemadoctor plan {context.path} -o {up}")
    context.say(
        f"{len(plan.up.steps)} steps fixing {len(plan.fixes)} findings, in {up} (and their "
        f"inverse in {down}): quarantine orphans, index the foreign key columns, add the foreign "
        "keys (one table rebuild per table on SQLite), drop the duplicate indexes."
    )
    for line in decision_lines(plan):
        context.say(line)


def apply_step(context: DemoContext) -> None:
    reader = _open(context, read_only=True)
    writer = _open(context, read_only=False)
    try:
        plan = context.results.get("plan")
        if not isinstance(plan, Plan):
            plan = build_plan(reader, Config(), {})
        if not plan.up.steps:
            context.say("Nothing to apply: no finding has a fix.")
            return
        text = plan.up.to_sql()
        script = script_from_text(text, writer.adapter, "the plan")
        context.say("")
        context.say(f"$ schemadoctor apply {context.path} --yes")
        context.say(
            f"Applying {len(script.steps)} steps, each recorded in schemadoctor_migrations so "
            "that an interrupted run resumes where it stopped:"
        )
        executor = Executor(writer, script, text, ApplyOptions(), _Narrator(context))
        result = execute(executor, reader, [finding_record(fix.finding) for fix in plan.fixes])
    finally:
        reader.dispose()
        writer.dispose()
    context.results["apply"] = {"plan": plan, "script": script, "text": text, "result": result}
    context.say(f"Applied in {result.seconds:.2f}s. What changed:")
    for line in result.changes:
        context.say(f"  {line}")
    kept = sum(change.orphans or 0 for change in plan.quarantines)
    if kept:
        context.say(
            f"  {kept} orphan rows moved to schemadoctor_quarantine (the down script puts them "
            "back)"
        )


def verify_step(context: DemoContext) -> None:
    applied: dict[str, Any] | None = context.results.get("apply")
    if not applied:
        return
    reader = _open(context, read_only=True)
    try:
        config = Config()
        verification = verify_applied(reader, applied["script"], applied["text"], config)
        after = run_check(reader, config, select_rules(config)).findings
    finally:
        reader.dispose()
    context.results["verify"] = verification
    findings = [item for item in verification.items if item.kind == "finding"]
    objects = [item for item in verification.items if item.kind == "object"]
    context.say("")
    context.say("Verifying: check again (read-only), finding by finding, object by object.")
    context.say(
        f"Verification {'passed' if verification.passed else 'FAILED'}: "
        f"{sum(item.ok for item in findings)} of {len(findings)} planned findings gone, "
        f"{sum(item.ok for item in objects)} of {len(objects)} indexes and constraints as "
        "planned."
    )
    for item in verification.items:
        if not item.ok:
            context.say(f"  FAIL {item.subject}: {item.detail}")
    check = context.results.get("check")
    before = check.get("summary", {}).get("total") if isinstance(check, dict) else None
    was = f" (was {before})" if before is not None else ""
    context.say(
        f"schemadoctor check now reports {len(after)} finding{'s' if len(after) != 1 else ''}{was}."
    )


def _open(context: DemoContext, *, read_only: bool) -> Database:
    return open_database(file_target(context.path), read_only=read_only, statement_timeout=None)


class _Narrator(Reporter):
    def __init__(self, context: DemoContext) -> None:
        self.context = context
        self.total = 0

    def begin(self, steps: list[StepView]) -> None:
        self.total = len(steps)

    def step_finished(self, step: StepView, seconds: float) -> None:
        self.context.say(f"  [{step.number}/{self.total}] {step.title} ({seconds:.2f}s)")

    def step_note(self, step: StepView, text: str) -> None:
        self.context.say(f"  [{step.number}/{self.total}] {text}")

    def step_failed(self, step: StepView, error: str, blockers: list[Any]) -> None:
        self.context.say(f"  [{step.number}/{self.total}] failed: {error}")
