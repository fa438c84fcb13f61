"""Record the golden outputs of tests/test_golden.py: check's JSON report and plan's up and down
scripts for every shared dataset on its engine(s), with and without its declared foreign keys,
and for the demo database (see tests/golden_support.py).

    python tests/golden/record.py                      # every case, into tests/golden
    python tests/golden/record.py --only northwind     # cases whose name contains a text
    python tests/golden/record.py --output /tmp/again  # elsewhere, e.g. to compare two runs

Needs the PostgreSQL and MariaDB servers of the tests (SCHEMADOCTOR_TEST_POSTGRESQL /
SCHEMADOCTOR_TEST_MYSQL) and their clients. Run it only when a change of behaviour is intended,
then review `git diff tests/golden`.
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import golden_support as golden


def _record(case: golden.Case, output: Path) -> str:
    started = time.perf_counter()
    with golden.scratch_directory() as scratch:
        texts = golden.produce(case, Path(scratch))
    golden.write(case, texts, output)
    return f"{case.name}: {time.perf_counter() - started:.1f} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", action="append", default=[], metavar="TEXT")
    parser.add_argument("--output", type=Path, default=golden.GOLDEN, metavar="DIR")
    parser.add_argument("--jobs", type=int, default=2, help="cases recorded at once")
    options = parser.parse_args(argv)

    cases = [
        case
        for case in golden.CASES
        if not options.only or any(text in case.name for text in options.only)
    ]
    if not cases:
        print(f"no case matches {options.only}", file=sys.stderr)
        return 2
    options.output.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        for line in pool.map(lambda case: _record(case, options.output), cases):
            print(line, flush=True)
    if not options.only:
        for path in golden.stale_files(options.output):
            path.unlink()
            print(f"removed {path.name}: no case records it any more")
    print(
        f"{len(cases)} cases recorded in {options.output} in {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
