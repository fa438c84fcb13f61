"""What apply shows a person: the steps before it starts (what each locks), a live progress
display on stderr while it runs (step, table, elapsed, rows when known), one line per event when
stderr is not a terminal, and the verification at the end."""

from __future__ import annotations

import threading
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from schemadoctor.apply.events import Reporter, StepView
from schemadoctor.apply.executor import ApplyResult
from schemadoctor.apply.verify import Verification
from schemadoctor.engines.sessions import Progress as BuildProgress
from schemadoctor.engines.sessions import Session


def print_steps(console: Console, views: list[StepView], title: str) -> None:
    """The steps as a numbered list: what each does, where, what it locks, its status."""
    console.print(escape(title), highlight=False, soft_wrap=True)
    for view in views:
        status = "" if view.status == "pending" else f" [{view.status}]"
        console.print(
            f"  {view.number}. {escape(view.title)}{escape(status)}",
            highlight=False,
            soft_wrap=True,
        )
        details = []
        if view.locks:
            details.append(f"locks: {view.locks}")
        if not view.transactional:
            details.append("runs outside a transaction")
        if view.rows is not None:
            details.append(f"~{view.rows:,} rows")
        if details:
            console.print(
                f"     {escape('; '.join(details))}", style="dim", highlight=False, soft_wrap=True
            )


def verification_table(verification: Verification) -> Table:
    table = Table(show_header=True, expand=False)
    table.add_column("")
    table.add_column("checked", overflow="fold")
    table.add_column("result", overflow="fold")
    for item in verification.items:
        table.add_row("ok" if item.ok else "FAIL", escape(item.subject), escape(item.detail))
    return table


class ConsoleReporter(Reporter):
    """Rich live progress when `console` is a terminal; plain event lines otherwise."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.live = console.is_terminal
        self.total = 0
        self._progress: Progress | None = None
        self._tasks: dict[int, TaskID] = {}
        self._waiting: dict[int, tuple[int, ...]] = {}
        self._lock = threading.Lock()

    # --- lifecycle ---------------------------------------------------------------------------
    def begin(self, steps: list[StepView]) -> None:
        self.total = len(steps)
        if self.live:
            self._progress = Progress(
                SpinnerColumn(finished_text="[green]done[/]"),
                TextColumn("step {task.fields[number]}/{task.fields[steps]}"),
                TextColumn("{task.description}"),
                TextColumn("[dim]{task.fields[table]}[/]"),
                TimeElapsedColumn(),
                TextColumn("{task.fields[rows]}"),
                TextColumn("{task.fields[status]}"),
                console=self.console,
                transient=False,
            )
            self._progress.start()

    def end(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    # --- steps -------------------------------------------------------------------------------
    def step_started(self, step: StepView, attempt: int) -> None:
        rows = f"~{step.rows:,} rows" if step.rows is not None else ""
        status = "" if attempt == 1 else f"attempt {attempt}"
        if self._progress is not None:
            if step.number in self._tasks:
                self._progress.update(self._tasks[step.number], status=status)
            else:
                self._tasks[step.number] = self._progress.add_task(
                    escape(_short(step.title, 60)),
                    total=None,
                    number=step.number,
                    steps=self.total,
                    table=escape(step.table or ""),
                    rows=rows,
                    status=status,
                )
            return
        if attempt == 1:
            self._line(step, f"started: {step.title}" + (f" ({rows})" if rows else ""))

    def step_note(self, step: StepView, text: str) -> None:
        self._line(step, text)

    def step_waiting(self, step: StepView, blockers: list[Session]) -> None:
        pids = tuple(session.pid for session in blockers)
        with self._lock:
            if self._waiting.get(step.number) == pids:
                return
            self._waiting[step.number] = pids
        if self._progress is not None and step.number in self._tasks:
            status = f"[yellow]waiting for pid {', '.join(map(str, pids))}[/]" if pids else ""
            self._progress.update(self._tasks[step.number], status=status)
        if blockers:
            self._line(step, "waiting for a lock held by " + _sessions(blockers))

    def step_progress(self, step: StepView, progress: BuildProgress) -> None:
        if self._progress is None or step.number not in self._tasks:
            return
        if progress.unit == "%":
            rows = f"{progress.done}%"
        elif progress.total:
            rows = f"{progress.done:,}/{progress.total:,} {progress.unit}"
        else:
            rows = f"{progress.done:,} {progress.unit}"
        phase = f" [dim]{escape(progress.phase)}[/]" if progress.phase else ""
        self._progress.update(self._tasks[step.number], rows=rows + phase)

    def step_retry(
        self,
        step: StepView,
        attempt: int,
        retries: int,
        delay: float,
        error: str,
        blockers: list[Session],
    ) -> None:
        held = f", held by {_sessions(blockers)}" if blockers else ""
        self._line(
            step,
            f"could not get its lock ({error}){held}; retry {attempt}/{retries} in {delay:.1f}s",
        )
        with self._lock:
            self._waiting.pop(step.number, None)

    def step_finished(self, step: StepView, seconds: float) -> None:
        if self._progress is not None and step.number in self._tasks:
            task = self._tasks[step.number]
            self._progress.update(task, total=1, completed=1, status="", rows="")
            return
        self._line(step, f"done in {seconds:.2f}s")

    def step_skipped(self, step: StepView) -> None:
        self._line(step, "already done by an earlier run")

    def step_failed(self, step: StepView, error: str, blockers: list[Session]) -> None:
        if self._progress is not None and step.number in self._tasks:
            self._progress.update(self._tasks[step.number], status="[red]failed[/]")
        self._line(step, f"failed: {error}", style="red")

    def _line(self, step: StepView, text: str, style: str | None = None) -> None:
        console = self._progress.console if self._progress is not None else self.console
        console.print(
            f"step {step.number}/{self.total or '?'} {escape(text)}",
            style=style,
            highlight=False,
            soft_wrap=True,
        )


def _sessions(sessions: list[Session]) -> str:
    return "; ".join(session.describe() for session in sessions)


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def print_verification(out: Console, verification: Verification) -> None:
    verdict = "[green]passed[/]" if verification.passed else "[red]FAILED[/]"
    out.print(f"verification {verdict}")
    if verification.items:
        out.print(verification_table(verification))


def print_result(out: Console, result: ApplyResult) -> None:
    plan = result.plan_hash[:12]
    if result.already_complete:
        out.print(f"plan {plan}: already applied, nothing done")
        return
    titles = {view.number: view.title for view in result.steps}
    count = len(result.ran)
    out.print(
        f"plan {plan}: applied {count} step{'s' if count != 1 else ''} in {result.seconds:.1f}s",
        highlight=False,
    )
    for number in result.ran:
        start, end = result.timings.get(number, (0.0, 0.0))
        out.print(
            f"  step {number}: {titles[number]} ({end - start:.2f}s)", markup=False, soft_wrap=True
        )
    if result.skipped:
        out.print(
            f"  steps done by an earlier run: {', '.join(map(str, result.skipped))}",
            highlight=False,
        )
    if result.changes:
        out.print("what changed:")
        for line in result.changes:
            out.print(f"  {line}", markup=False, highlight=False, soft_wrap=True)
    if result.storage_lines:
        out.print("storage of the converted tables, measured before and after:")
        for line in result.storage_lines:
            out.print(f"  {line}", markup=False, highlight=False, soft_wrap=True)


def result_json(result: ApplyResult, verification: Verification | None) -> dict[str, Any]:
    return {
        "plan": result.plan_hash,
        "already_complete": result.already_complete,
        "resumed": result.resumed,
        "seconds": round(result.seconds, 3),
        "steps": [
            {
                "number": view.number,
                "title": view.title,
                "table": view.table,
                "status_before": view.status,
                "ran": view.number in result.ran,
                "started": result.timings[view.number][0]
                if view.number in result.timings
                else None,
                "finished": result.timings[view.number][1]
                if view.number in result.timings
                else None,
            }
            for view in result.steps
        ],
        "changes": result.changes,
        "storage": result.storage,
        "verification": verification.to_dict() if verification is not None else None,
    }
