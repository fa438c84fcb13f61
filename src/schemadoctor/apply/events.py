"""What the executor tells whoever shows its progress. The base class ignores everything, so a
caller (a test, the demo, the benchmark) overrides only what it wants."""

from __future__ import annotations

from dataclasses import dataclass

from schemadoctor.engines.sessions import Progress, Session


@dataclass(frozen=True)
class StepView:
    number: int
    title: str
    table: str | None
    locks: str
    transactional: bool
    rows: int | None
    """Estimated rows the step reads, when the plan knows."""
    status: str
    """Its recorded status before this run: pending, running, done, failed."""


class Reporter:
    def begin(self, steps: list[StepView]) -> None:
        pass

    def step_started(self, step: StepView, attempt: int) -> None:
        pass

    def step_note(self, step: StepView, text: str) -> None:
        pass

    def step_waiting(self, step: StepView, blockers: list[Session]) -> None:
        """Called from the watcher thread; an empty list means the wait is over."""

    def step_progress(self, step: StepView, progress: Progress) -> None:
        """Called from the watcher thread."""

    def step_retry(
        self,
        step: StepView,
        attempt: int,
        retries: int,
        delay: float,
        error: str,
        blockers: list[Session],
    ) -> None:
        pass

    def step_finished(self, step: StepView, seconds: float) -> None:
        pass

    def step_skipped(self, step: StepView) -> None:
        """The step was done by an earlier run."""

    def step_failed(self, step: StepView, error: str, blockers: list[Session]) -> None:
        pass

    def end(self) -> None:
        pass
