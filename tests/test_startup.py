"""Start-up stays light: what `--version`, importing the CLI and registering every command load.

Each case runs in a fresh interpreter and reports the modules it ended with; no timing is
asserted (benchmarks/startup.py measures the time), only which modules were loaded, which is
what makes the time.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import schemadoctor

# Third-party modules that cost tens of milliseconds each to import.
DRIVERS = ("psycopg", "pymysql", "sqlite3")
HEAVY = ("alembic", "sqlglot", "sqlalchemy", "rich", "pydantic", *DRIVERS)

_REPORT = """
import atexit, json, sys
atexit.register(lambda: sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n"))
"""


def loaded_by(code: str, *argv: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run `code` in a fresh interpreter with `argv` as its arguments; the completed process
    (its stderr without the report) and the names of every module loaded when it exits."""
    completed = subprocess.run(
        [sys.executable, "-c", _REPORT + code, *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    stderr, marker, modules = completed.stderr.rpartition("\nMODULES ")
    assert marker, completed.stderr
    completed.stderr = stderr
    return completed, set(json.loads(modules))


def loaded(modules: set[str], *packages: str) -> list[str]:
    """Which of `packages` (or a module inside one) is among `modules`."""
    return sorted(
        package
        for package in packages
        if any(name == package or name.startswith(package + ".") for name in modules)
    )


MAIN = "import sys; sys.argv[0] = 'schemadoctor'; from schemadoctor.cli import main; main()"


def test_version_loads_neither_typer_nor_any_command() -> None:
    completed, modules = loaded_by(MAIN, "--version")
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == f"schemadoctor {schemadoctor.__version__}\n"
    assert "schemadoctor.cli" in modules  # the report works
    assert loaded(modules, *HEAVY, "typer", "importlib.metadata") == []
    assert sorted(name for name in modules if name.startswith("schemadoctor")) == [
        "schemadoctor",
        "schemadoctor.cli",
        "schemadoctor.errors",
    ]


def test_version_is_the_installed_distributions() -> None:
    from importlib.metadata import version

    assert version("schemadoctor") == schemadoctor.__version__


def test_importing_the_cli_loads_no_heavy_module() -> None:
    _, modules = loaded_by("import schemadoctor.cli")
    assert "schemadoctor.cli" in modules
    assert loaded(modules, *HEAVY, "typer") == []


def test_registering_every_command_loads_only_typer_and_option_types() -> None:
    """Every command module is imported whichever command runs: at module level it may load
    Typer and its option types (report for its FORMATS names; the model's plain dataclasses and
    the workload rules' thresholds for option defaults), not the layers that do the work."""
    _, modules = loaded_by(
        "from schemadoctor.cli import commands_app\n"
        "app = commands_app()\n"
        "assert len(app.registered_commands) >= 8, app.registered_commands"
    )
    assert "schemadoctor.commands.check" in modules
    assert loaded(modules, *HEAVY) == []
    allowed = ("cli", "commands", "errors", "report", "model", "workload", "workload.rules")
    below = {
        name.split(".", 1)[1]
        for name in modules
        if name.startswith("schemadoctor.")
        and not name.split(".", 1)[1].startswith(tuple(f"{part}." for part in allowed[:5]))
        and name.split(".", 1)[1] not in allowed
    }
    assert below == set()


def test_help_lists_every_command(cli: Any) -> None:
    result = cli("--help")
    assert result.code == 0, result.stderr
    for command in ("apply", "baseline", "check", "demo", "impact", "plan", "rules", "verify"):
        assert command in result.stdout


# Per engine: its driver, and what a check on it must leave alone.
ENGINE_MODULES = {
    "postgresql": (
        "psycopg",
        (
            "pymysql",
            "sqlite3",
            "sqlglot",
            "sqlalchemy.dialects.mysql",
            "sqlalchemy.dialects.sqlite",
        ),
    ),
    "mysql": (
        "pymysql",
        ("psycopg", "sqlite3", "sqlglot", "sqlalchemy.dialects.postgresql"),
    ),
    "sqlite": (
        "sqlite3",
        ("psycopg", "pymysql", "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.postgresql"),
    ),
}


def test_check_loads_its_engines_driver_only(any_db: Any) -> None:
    """A check loads its own engine's driver and dialect, and nothing that only planning,
    applying or Alembic revisions need."""
    driver, others = ENGINE_MODULES[any_db.dialect]
    any_db.run(
        "CREATE TABLE item (id integer PRIMARY KEY, code integer)",
        "CREATE INDEX item_code ON item (code)",
        "CREATE INDEX item_code_again ON item (code)",
    )
    completed, modules = loaded_by(
        MAIN, "check", any_db.url, "--rules", "duplicate-index,unindexed-foreign-key"
    )
    assert completed.returncode == 0, completed.stderr
    assert "item_code_again" in completed.stdout
    assert driver in modules
    assert loaded(modules, *others, "alembic", "pydantic", "rich.progress") == []
    assert loaded(modules, "schemadoctor.apply", "schemadoctor.plan", "schemadoctor.demo") == []
