"""Golden outputs: the JSON report and the plan scripts of every shared dataset and of the demo.

Issue 8 restructures the package without changing behaviour. To prove it, every dataset of
../shared/datasets is loaded on its engine(s) by `datasets_support` (chinook on PostgreSQL,
MariaDB and SQLite; the PostgreSQL datasets on PostgreSQL; sakila and employees on MariaDB),
once with its declared foreign keys and once without them (so inference has work), plus the
demo database. On each, the real command line runs, as a user would:

    python -m schemadoctor check URL --format json --fail-on never
    python -m schemadoctor plan URL -o plan.sql           (also writes plan.down.sql)

and what legitimately changes from one run to the next is replaced by a placeholder (see
`Normaliser`). The results live in tests/golden as `<case>.check.json`, `<case>.plan.sql` and
`<case>.plan.down.sql` (or `<case>.check.error` / `<case>.plan.error`: exit status and stderr
of a command that failed); `tests/golden/record.py` writes them and tests/test_golden.py
compares a fresh run with them.

Only the command line (a child process) and `datasets_support` are used, never schemadoctor's
own modules, so the same comparison runs before and after the package moves; the one
exception, building the demo file, is `build_demo_database`.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.pool import NullPool

import datasets_support as ds

GOLDEN = Path(__file__).resolve().parent / "golden"
RECORD_COMMAND = "python tests/golden/record.py"
OUTPUTS = (".check.json", ".check.error", ".plan.sql", ".plan.down.sql", ".plan.error")
"""The files one case may write, as suffixes of the case's name (`.error`: the command's exit
status and stderr when it failed)."""

DEMO = "demo"
CLI_TIMEOUT = 300.0


@dataclass(frozen=True)
class Case:
    """One database to check and plan: a dataset on one engine, with or without the foreign
    keys its authors declared, or the demo."""

    dataset: str
    engine: str
    """As in the dataset's label: `postgresql`, `mariadb` or `sqlite`."""
    keep_foreign_keys: bool
    label: str | None
    """The `datasets_support` label; None for the demo."""
    server: str | None
    """The server it needs (`postgresql`, `mysql`), None for a SQLite file."""

    @property
    def name(self) -> str:
        variant = "fks-kept" if self.keep_foreign_keys else "fks-dropped"
        return f"{self.dataset}-{self.engine}-{variant}"

    def path(self, suffix: str, directory: Path = GOLDEN) -> Path:
        return directory / f"{self.name}{suffix}"


def _cases() -> tuple[Case, ...]:
    cases = []
    for label in ds.LABELS:
        dataset = ds.DATASETS_BY_LABEL[label]
        engine = label.split("/", 1)[1]
        server = None if dataset.engine == "sqlite" else dataset.engine
        for keep in (True, False):
            cases.append(Case(dataset.folder, engine, keep, label, server))
    # The demo as `schemadoctor demo` builds it: two relationships declared, eleven not.
    cases.append(Case(DEMO, "sqlite", True, None, None))
    return tuple(cases)


CASES = _cases()
CASES_BY_NAME = {case.name: case for case in CASES}


# --- the database of a case ---------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """What to pass to the command line, and the run-specific facts in its answers."""

    url: str
    database: str
    """The scratch database's name, or the SQLite file's path."""
    server: ServerFacts


@dataclass(frozen=True)
class ServerFacts:
    """What the harness reads from the engine itself, to normalise exactly that."""

    version: str
    """As the server reports it (a version schemadoctor reported differently still shows)."""
    sampled_tables: frozenset[str] = frozenset()
    """Tables whose row count the engine estimates from a random sample of pages, so that it
    differs from one load to the next."""


def build_demo_database(path: Path) -> None:
    """The demo's SQLite file as `schemadoctor demo` builds it before its story (which would
    apply the plan) runs. The one place that names a schemadoctor module: if `demo.build`
    moves, change it here."""
    code = (
        "import sys, pathlib\n"
        "from schemadoctor.demo.build import build_database\n"
        "build_database(pathlib.Path(sys.argv[1]))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        env=_child_environment(),
        timeout=CLI_TIMEOUT,
        check=False,
    )
    if completed.returncode != 0 or not path.is_file():
        raise RuntimeError(f"building the demo database failed: {completed.stderr.strip()}")


# --- per engine: the facts of a loaded database -------------------------------------------


def _postgresql_facts(loaded: ds.Loaded) -> ServerFacts:
    admin = ds.PostgreSQL().admin
    # A new database's statistics start with the server; unused-index calls them conclusive
    # (a warning, and a planned drop) once they are a week old: the recordings assume younger.
    young = _server_scalar(admin, "SELECT now() - pg_postmaster_start_time() < interval '6 days'")
    if young != "True":
        raise RuntimeError(
            "the PostgreSQL server has run for six days or more, so unused-index findings "
            "would no longer match the golden files (recorded on a younger server): restart it"
        )
    # ANALYZE reads every page of a table of up to 30,000 pages (all of these datasets), so
    # reltuples is the exact count: nothing is sampled.
    return ServerFacts(_server_scalar(admin, "SHOW server_version"))


# InnoDB estimates TABLE_ROWS from innodb_stats_persistent_sample_pages random leaf pages: a
# table with more pages than that gets a different estimate after each load (sakila's rental
# and payment: 16,044 rows, estimated 16,067 or 16,070).
_INNODB_SAMPLED = """
SELECT table_name FROM information_schema.tables
WHERE table_schema = %s AND engine = 'InnoDB'
  AND data_length > @@innodb_page_size * @@innodb_stats_persistent_sample_pages
"""


def _mysql_facts(loaded: ds.Loaded) -> ServerFacts:
    engine = sa.create_engine(ds.MariaDB().admin, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            # With its keys kept, a loaded database's statistics are whatever InnoDB's
            # background thread has got round to: settle them first, as the variant without
            # keys already is (dropping them ends with ANALYZE TABLE).
            tables = connection.exec_driver_sql(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = %s AND table_type = 'BASE TABLE'",
                (loaded.database,),
            ).fetchall()
            quoted = [f"`{loaded.database}`.`{row[0].replace('`', '``')}`" for row in tables]
            if quoted:
                connection.exec_driver_sql("ANALYZE TABLE " + ", ".join(quoted)).fetchall()
            version = str(connection.exec_driver_sql("SELECT VERSION()").scalar())
            sampled = connection.exec_driver_sql(_INNODB_SAMPLED, (loaded.database,))
            return ServerFacts(version, frozenset(row[0] for row in sampled))
    finally:
        engine.dispose()


def _sqlite_facts(_loaded: ds.Loaded | None) -> ServerFacts:
    # The child runs the same interpreter, hence the same SQLite library.
    return ServerFacts(sqlite3.sqlite_version)


_FACTS = {"postgresql": _postgresql_facts, "mysql": _mysql_facts, "sqlite": _sqlite_facts}


def _server_scalar(url: sa.URL, sql: str) -> str:
    engine = sa.create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return str(connection.exec_driver_sql(sql).scalar())
    finally:
        engine.dispose()


@contextmanager
def open_case(case: Case, scratch: Path) -> Iterator[Target]:
    """Load the case's database into a scratch database (or file under `scratch`) and drop
    it afterwards."""
    if case.label is None:
        path = scratch / "demo" / "gas-delivery-demo.db"
        path.parent.mkdir()
        build_demo_database(path)
        yield Target(str(path), str(path), _sqlite_facts(None))
        return
    with ds.load(case.label, keep_foreign_keys=case.keep_foreign_keys, directory=scratch) as loaded:
        yield Target(loaded.url, loaded.database, _FACTS[loaded.engine](loaded))


# --- running the command line -------------------------------------------------------------


def _child_environment() -> dict[str, str]:
    # A SCHEMADOCTOR_URL or similar setting of the caller must not change what is recorded.
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SCHEMADOCTOR_")}
    environment["COLUMNS"] = "200"
    return environment


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`python -m schemadoctor ARGS` in `cwd` (an empty directory, so no schemadoctor.toml or
    pyproject.toml of the caller applies)."""
    return subprocess.run(
        [sys.executable, "-m", "schemadoctor", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=_child_environment(),
        timeout=CLI_TIMEOUT,
        check=False,
    )


def _failure(completed: subprocess.CompletedProcess[str]) -> str:
    """How a command that failed is recorded: a failure is behaviour too (and a fixed one
    shows up as a difference, to be re-recorded on purpose)."""
    return f"exit {completed.returncode}\nstderr:\n{completed.stderr.rstrip()}\n"


def produce(case: Case, scratch: Path) -> dict[str, str]:
    """Check and plan the case's database; the normalised texts by output suffix
    (`.check.error` / `.plan.error` instead of the outputs of a command that failed)."""
    work = scratch / "work"
    work.mkdir(parents=True)
    script = work / "plan.sql"
    with open_case(case, scratch) as target:
        check = run_cli("check", target.url, "--format", "json", "--fail-on", "never", cwd=work)
        plan = run_cli("plan", target.url, "-o", str(script), cwd=work)
        texts = {}
        if check.returncode == 0:
            texts[".check.json"] = check.stdout
        else:
            texts[".check.error"] = _failure(check)
        if plan.returncode == 0:
            texts[".plan.sql"] = script.read_text()
            texts[".plan.down.sql"] = script.with_suffix(".down.sql").read_text()
        else:
            texts[".plan.error"] = _failure(plan)
    normaliser = Normaliser(target, scratch)
    return {
        suffix: normaliser.report(text) if suffix == ".check.json" else normaliser.script(text)
        for suffix, text in texts.items()
    }


# --- what varies from run to run ----------------------------------------------------------


_GENERATED = re.compile(r"generated \d{4}-\d\d-\d\d \d\d:\d\d UTC")
_STATS_WINDOW = re.compile(r"since \d{4}-\d\d-\d\d \d\d:\d\d UTC \(\d+(?:\.\d+)? (?:hours|days)\)")
_STATS_EVIDENCE = {"stats_since": "<stats-since>", "stats_age_days": "<stats-age>"}
"""unused-index evidence: when the server's statistics began (its start, for a new database)
and how long ago that was."""
_META = "-- schemadoctor:meta "
_META_ROWS = re.compile(r'"rows": \d+')
_ROWS_TO_READ = re.compile(r"about [\d,]+ rows to read")
ESTIMATE = "<estimate>"


class Normaliser:
    """Replaces what differs between two runs on the same data, and nothing else:

    - the scratch database's URL (as given, and with the password shown as `***`) -> `<url>`,
      then its name (or the SQLite file's path) wherever else it appears -> `<database>`, then
      the scratch directory -> `<scratch>`: each load gets a new random name;
    - the server's version, exactly as the server itself reports it -> `<server-version>`: it
      changes with a package upgrade, not with schemadoctor (a version schemadoctor reported
      wrongly would still differ);
    - the plan scripts' `generated <date time> UTC` header -> `generated <time>`;
    - the report's `summary.seconds` (wall time) -> `"<seconds>"`, after checking it is a
      number;
    - unused-index's statistics window, which starts when the server started: the message's
      `since <date time> UTC (<age>)` -> `since <stats-since> (<stats-age>)`, the evidence's
      `stats_since` and `stats_age_days` -> `"<stats-since>"`, `"<stats-age>"`;
    - the row estimate of a table the engine estimates from randomly sampled pages (only
      InnoDB's large tables; see `ServerFacts.sampled_tables`): `"rows": N` in the scripts'
      meta line of a step on such a table and `rows` in the evidence of a finding on it ->
      `"<estimate>"`, and then the plan's total `about N rows to read` -> `about <estimate>
      rows to read`. Every other row count is kept.
    Fingerprints, plan ids, confidences, counts, fixes and SQL are kept as they are."""

    def __init__(self, target: Target, scratch: Path) -> None:
        replacements = []
        if "://" in target.url:  # a server's; a SQLite file's is its path, `<database>`
            url = sa.make_url(target.url)
            replacements.append((target.url, "<url>"))
            if url.password:
                replacements.append((url.render_as_string(hide_password=True), "<url>"))
        replacements += [(target.database, "<database>"), (str(scratch), "<scratch>")]
        self.replacements = [(old, new) for old, new in replacements if old]
        if not target.server.version:
            raise ValueError("the server reported no version")
        # Not inside a longer version or number (SQLite's `3.40.1` is short).
        self.version = re.compile(rf"(?<![\w.]){re.escape(target.server.version)}(?![\w.])")
        self.sampled = target.server.sampled_tables
        self.schema = target.database

    def text(self, text: str) -> str:
        for old, new in self.replacements:
            text = text.replace(old, new)
        text = self.version.sub("<server-version>", text)
        return _STATS_WINDOW.sub("since <stats-since> (<stats-age>)", text)

    def script(self, text: str) -> str:
        lines = self.text(text).split("\n")
        estimated = False
        for number, line in enumerate(lines):
            if line.startswith(_META) and self._is_sampled(json.loads(line[len(_META) :])):
                lines[number] = _META_ROWS.sub(f'"rows": "{ESTIMATE}"', line)
                estimated = estimated or lines[number] != line
        text = "\n".join(lines)
        if estimated:
            text = _ROWS_TO_READ.sub(f"about {ESTIMATE} rows to read", text)
        return _GENERATED.sub("generated <time>", text)

    def _is_sampled(self, meta: dict[str, Any]) -> bool:
        table = meta.get("table")
        if not (isinstance(table, list) and len(table) == 2):
            return False
        schema, name = table
        return name in self.sampled and schema in (None, self.schema, "<database>")

    def report(self, text: str) -> str:
        document = json.loads(text)
        for finding in document.get("findings", []):
            evidence = finding.get("evidence") or {}
            if finding.get("table") in self.sampled and isinstance(evidence.get("rows"), int):
                evidence["rows"] = ESTIMATE
        summary = document.get("summary", {})
        if "seconds" in summary:
            if not isinstance(summary["seconds"], int | float) or summary["seconds"] < 0:
                raise ValueError(f"summary.seconds is not a duration: {summary['seconds']!r}")
            summary["seconds"] = "<seconds>"
        return json.dumps(self._walk(document), indent=2, ensure_ascii=False) + "\n"

    def _walk(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self._walk(item) for item in value]
        if isinstance(value, dict):
            return {
                self.text(key): _STATS_EVIDENCE[key]
                if key in _STATS_EVIDENCE and item is not None
                else self._walk(item)
                for key, item in value.items()
            }
        return value


# --- the recorded files -------------------------------------------------------------------


def write(case: Case, texts: dict[str, str], directory: Path = GOLDEN) -> None:
    """Record `texts` as the case's files, removing its files this run did not produce."""
    for suffix in OUTPUTS:
        path = case.path(suffix, directory)
        if suffix in texts:
            path.write_text(texts[suffix])
        else:
            path.unlink(missing_ok=True)


def stale_files(directory: Path = GOLDEN) -> list[Path]:
    """Recorded files that belong to no case (a dataset or output that is gone)."""
    expected = {case.path(suffix, directory).name for case in CASES for suffix in OUTPUTS}
    return sorted(
        path
        for path in directory.iterdir()
        if path.name.endswith(OUTPUTS) and path.name not in expected
    )


def differences(case: Case, texts: dict[str, str], limit: int = 150) -> str:
    """A readable account of how `texts` differ from the case's recorded files ("" if they
    do not), as unified diffs, with how to re-record when the change is intended."""
    parts = []
    for suffix in OUTPUTS:
        path = case.path(suffix)
        shown = path.relative_to(GOLDEN.parent.parent)
        recorded = path.read_text() if path.exists() else None
        produced = texts.get(suffix)
        if recorded == produced:
            continue
        diff = list(
            difflib.unified_diff(
                (recorded or "").splitlines(keepends=True),
                (produced or "").splitlines(keepends=True),
                fromfile=f"{shown} ({'recorded' if recorded is not None else 'not recorded'})",
                tofile=f"{shown} ({'this run' if produced is not None else 'not produced'})",
                n=2,
            )
        )
        if len(diff) > limit:
            diff = [*diff[:limit], f"... and {len(diff) - limit} more lines of diff\n"]
        parts.append("".join(line if line.endswith("\n") else line + "\n" for line in diff))
    if not parts:
        return ""
    return (
        f"{case.name}: the output differs from the recorded golden files.\n\n"
        + "\n".join(parts)
        + "\nIf this change of behaviour is intended, re-record and review the result:\n"
        f"    {RECORD_COMMAND} --only {case.name} && git diff tests/golden\n"
        f"(`{RECORD_COMMAND}` alone re-records every case.)\n"
    )


def scratch_directory() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix=f"{ds.SCRATCH_PREFIX}golden_")
