"""The demo as a list of steps sharing one context, so later work can add plan, apply and
verify after check without touching the steps before them.

Narration goes to `say` (stderr), reports to `out` (stdout), so `--format json` output stays
machine-readable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from schemadoctor.check import run_check, select_rules
from schemadoctor.config import Config
from schemadoctor.demo.applying import apply_step, plan_step, verify_step
from schemadoctor.demo.build import DEFAULT_SEED, build_database
from schemadoctor.demo.html_report import html_step
from schemadoctor.demo.nplusone import nplusone_step
from schemadoctor.demo.schema import FAULTS
from schemadoctor.engines.database import file_target, open_database
from schemadoctor.report import render
from schemadoctor.report.data import report_data


@dataclass
class DemoContext:
    path: Path
    out: TextIO
    say: Callable[[str], None]
    fmt: str = "text"
    color: bool = False
    width: int = 100
    show_fixes: bool = False
    html: Path | None = None
    """Where `--html` writes the HTML report (after the plan, before apply), if anywhere."""
    seed: int = DEFAULT_SEED
    results: dict[str, Any] = field(default_factory=dict)
    """What each step produced, by step name, for the steps after it."""


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[DemoContext], None]


def build_step(context: DemoContext) -> None:
    rows = build_database(context.path, context.seed)
    context.results["build"] = rows
    missing = sum(1 for fault in FAULTS if fault.kind == "missing-foreign-key")
    context.say(
        f"Built a gas-delivery app's database: {len(rows)} tables, {sum(rows.values()):,} rows "
        f"(customers, drivers, pods, orders, wallets, subscriptions...) at {context.path}"
    )
    context.say(
        f"Like many ORM-built schemas it declares only 2 of its {missing + 2} relationships, "
        "and some rows point at customers, wallets and vehicles deleted long ago."
    )


def check_step(context: DemoContext) -> None:
    context.say(f"$ schemadoctor check {context.path}")
    context.say("")
    config = Config()  # the demo ignores any configuration file where it runs
    database = open_database(file_target(context.path), read_only=True)
    try:
        result = run_check(database, config, select_rules(config))
    finally:
        database.dispose()
    data = report_data(result, database)
    context.results["check"] = data
    context.results["check_result"] = result
    context.out.write(
        render(
            data,
            context.fmt,
            color=context.color,
            width=context.width,
            show_fixes=context.show_fixes,
            catalog=result.catalog,
            findings=result.findings,
        )
    )
    context.out.flush()


STEPS: list[Step] = [
    Step("build", build_step),
    Step("check", check_step),
    Step("plan", plan_step),
    Step("html", html_step),
    Step("apply", apply_step),
    Step("verify", verify_step),
    Step("nplusone", nplusone_step),
]


def run_story(context: DemoContext, steps: Sequence[Step] | None = None) -> DemoContext:
    for step in STEPS if steps is None else steps:
        step.run(context)
    return context
