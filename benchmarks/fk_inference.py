"""How well `schemadoctor check` finds undeclared foreign keys, on real sample databases.

Each dataset of /work/shared/datasets (chinook on PostgreSQL, MariaDB and SQLite; northwind on
PostgreSQL; sakila on MariaDB) is loaded into a scratch database of its own, every foreign key
constraint is dropped, and the real CLI runs:

    schemadoctor check URL --format json --rules missing-foreign-key --min-confidence 0

The `missing-foreign-key` findings are compared with the dataset's truth*.json: precision,
recall, F1 and check time per dataset and in total, at the default threshold and at a sweep of
thresholds (to justify the default). Then every table is emptied and the same is measured on
names and types alone. The synthetic schemas of tests/synthetic.py (every naming style,
WordPress, Django and SaaS conventions, decoy columns, orphans, a composite key, polymorphic
pairs) run the same way on the three engines, where decoys proposed are counted too.
Scratch databases are dropped at the end.

    python benchmarks/fk_inference.py
    python benchmarks/fk_inference.py --datasets chinook/sqlite,sakila/mariadb --no-synthetic
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import datasets_support as datasets
import synthetic
from _servers import ADMIN_URLS
from schemadoctor.check import DEFAULT_MIN_CONFIDENCE

DEFAULT_DATASETS = (
    "chinook/postgresql",
    "chinook/mariadb",
    "chinook/sqlite",
    "northwind/postgresql",
    "sakila/mariadb",
)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)

Reference = tuple[str, tuple[str, ...], str, tuple[str, ...]]


@dataclass
class Run:
    dataset: str
    mode: str
    seconds: float
    truth: set[Reference]
    proposed: dict[Reference, float]
    """Every missing-foreign-key finding with its confidence (threshold 0)."""
    decoys: set[tuple[str, str]] = field(default_factory=set)

    def at(self, threshold: float) -> set[Reference]:
        return {ref for ref, confidence in self.proposed.items() if confidence >= threshold}

    def counts(self, threshold: float) -> tuple[int, int, int]:
        found = self.at(threshold)
        return len(found & self.truth), len(found - self.truth), len(self.truth - found)

    def decoys_proposed(self, threshold: float) -> int:
        return sum(1 for ref in self.at(threshold) if (ref[0], ref[1][0]) in self.decoys)


def scores(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def check(url: str) -> tuple[float, dict[Reference, float]]:
    started = time.perf_counter()
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "schemadoctor",
            "check",
            url,
            "--format",
            "json",
            "--rules",
            "missing-foreign-key",
            "--min-confidence",
            "0",
            "--fail-on",
            "never",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if completed.returncode != 0:
        raise RuntimeError(f"check failed: {completed.stderr.strip()}")
    proposed = {}
    for finding in json.loads(completed.stdout)["findings"]:
        if finding["rule"] != "missing-foreign-key":
            continue
        reference = (
            finding["table"].split(".")[-1],
            tuple(finding["columns"]),
            finding["references"]["table"].split(".")[-1],
            tuple(finding["references"]["columns"]),
        )
        proposed[reference] = finding["confidence"]
    return seconds, proposed


def measure(loaded: datasets.Loaded, decoys: set[tuple[str, str]] | None = None) -> list[Run]:
    runs = []
    try:
        seconds, proposed = check(loaded.url)
        runs.append(Run(loaded.name, "data", seconds, loaded.truth, proposed, decoys or set()))
        loaded.empty()
        seconds, proposed = check(loaded.url)
        runs.append(Run(loaded.name, "names", seconds, loaded.truth, proposed, decoys or set()))
    finally:
        loaded.drop()
    return runs


# --- the synthetic showcase on each engine ---------------------------------------------


SYNTHETIC = {
    "showcase": synthetic.showcase,
    "roles": synthetic.roles,
    "wordpress": synthetic.wordpress,
    "django": synthetic.django,
    "saas": synthetic.saas,
}


def admin_url(engine: str) -> str:
    return ADMIN_URLS["postgresql" if engine == "postgresql" else "mariadb"]


def synthetic_loader(
    engine: str, kind: str
) -> Callable[[], tuple[datasets.Loaded, set[tuple[str, str]]]]:
    def load() -> tuple[datasets.Loaded, set[tuple[str, str]]]:
        schema = SYNTHETIC[kind]()
        label = f"{kind}/{'mariadb' if engine == 'mysql' else engine}"
        loaded = datasets.load_statements(
            label,
            engine,
            synthetic.statements(schema, engine),
            schema.planted,
            admin_url=None if engine == "sqlite" else admin_url(engine),
        )
        return loaded, schema.decoys

    return load


# --- report ------------------------------------------------------------------------------


def print_table(runs: list[Run], threshold: float) -> None:
    print(f"\nAt the default threshold (--min-confidence {threshold}):")
    header = f"{'dataset':<22} {'mode':<6} {'truth':>5} {'tp':>3} {'fp':>3} {'fn':>3}"
    print(f"{header} {'prec':>6} {'recall':>6} {'F1':>6} {'decoys':>6} {'check s':>8}")
    for mode in ("data", "names"):
        total = [0, 0, 0]
        seconds = 0.0
        for run in (r for r in runs if r.mode == mode):
            tp, fp, fn = run.counts(threshold)
            total = [total[0] + tp, total[1] + fp, total[2] + fn]
            seconds += run.seconds
            precision, recall, f1 = scores(tp, fp, fn)
            decoys = str(run.decoys_proposed(threshold)) if run.decoys else "-"
            print(
                f"{run.dataset:<22} {mode:<6} {len(run.truth):>5} {tp:>3} {fp:>3} {fn:>3} "
                f"{precision:>6.3f} {recall:>6.3f} {f1:>6.3f} {decoys:>6} {run.seconds:>8.2f}"
            )
        precision, recall, f1 = scores(*total)
        print(
            f"{'TOTAL':<22} {mode:<6} {total[0] + total[2]:>5} {total[0]:>3} {total[1]:>3} "
            f"{total[2]:>3} {precision:>6.3f} {recall:>6.3f} {f1:>6.3f} {'':>6} {seconds:>8.2f}"
        )


def print_sweep(runs: list[Run], label: str, keep: Callable[[Run], bool]) -> None:
    print(f"\nThreshold sweep, {label} (all datasets pooled; P / R / F1, data | names only):")
    print(f"{'min-confidence':>14}  {'data':^22}  {'names only':^22}  {'decoys':>6}")
    for threshold in THRESHOLDS:
        cells = []
        decoys = 0
        for mode in ("data", "names"):
            total = [0, 0, 0]
            for run in runs:
                if run.mode == mode and keep(run):
                    tp, fp, fn = run.counts(threshold)
                    total = [total[0] + tp, total[1] + fp, total[2] + fn]
                    decoys += run.decoys_proposed(threshold)
            precision, recall, f1 = scores(*total)
            cells.append(f"{precision:.3f} / {recall:.3f} / {f1:.3f}")
        mark = " <- default" if abs(threshold - DEFAULT_MIN_CONFIDENCE) < 1e-9 else ""
        print(f"{threshold:>14.2f}  {cells[0]:^22}  {cells[1]:^22}  {decoys:>6}{mark}")


def print_misses(runs: list[Run], threshold: float) -> None:
    print("\nErrors at the default threshold:")
    for run in runs:
        found = run.at(threshold)
        for ref in sorted(found - run.truth):
            print(f"  FP {run.dataset} [{run.mode}] {ref} conf={run.proposed[ref]:.3f}")
        for ref in sorted(run.truth - found):
            confidence = run.proposed.get(ref)
            shown = f"conf={confidence:.3f}" if confidence is not None else "not proposed"
            print(f"  FN {run.dataset} [{run.mode}] {ref} {shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datasets", default=",".join(DEFAULT_DATASETS))
    parser.add_argument("--no-synthetic", action="store_true")
    args = parser.parse_args()
    runs: list[Run] = []
    for name in [part for part in args.datasets.split(",") if part]:
        print(f"loading {name} ...", file=sys.stderr)
        engine = datasets.DATASETS_BY_LABEL[name].engine
        runs += measure(datasets.load(name, admin_url=admin_url(engine)))
    if not args.no_synthetic:
        for kind in SYNTHETIC:
            for engine in ("postgresql", "mysql", "sqlite"):
                loaded, decoys = synthetic_loader(engine, kind)()
                print(f"loading {loaded.name} ...", file=sys.stderr)
                runs += measure(loaded, decoys)
    threshold = DEFAULT_MIN_CONFIDENCE
    shared = set(datasets.LABELS)
    print_table(runs, threshold)
    print_sweep(runs, "shared datasets", lambda run: run.dataset in shared)
    if not args.no_synthetic:
        print_sweep(runs, "synthetic schemas", lambda run: run.dataset not in shared)
    print_misses(runs, threshold)


if __name__ == "__main__":
    os.environ.setdefault("COLUMNS", "200")
    main()
