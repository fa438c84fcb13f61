"""Behaviour is unchanged: `check --format json` and `plan` give, on every shared dataset (with
and without its declared foreign keys) and on the demo, exactly the recorded outputs in
tests/golden, once what varies from run to run is normalised (tests/golden_support.py).

When a change of behaviour is intended, re-record with `python tests/golden/record.py` and
review `git diff tests/golden`."""

from __future__ import annotations

from pathlib import Path

import pytest

import datasets_support as ds
import golden_support as golden
from conftest import require_server


@pytest.mark.parametrize("case", golden.CASES, ids=lambda case: case.name)
def test_output_matches_the_recording(case: golden.Case, tmp_path: Path) -> None:
    if case.server is not None:
        require_server(case.server)
    texts = golden.produce(case, tmp_path)
    report = golden.differences(case, texts)
    if report:
        pytest.fail(report, pytrace=False)


def test_every_shared_dataset_has_a_case() -> None:
    folders = {path.name for path in ds.DATASETS.iterdir() if path.is_dir()}
    assert folders, f"no datasets in {ds.DATASETS}"
    assert folders <= {case.dataset for case in golden.CASES}


def test_every_recorded_file_belongs_to_a_case() -> None:
    stale = golden.stale_files()
    assert not stale, (
        f"recorded files no case produces: {[path.name for path in stale]}; "
        f"re-record with `{golden.RECORD_COMMAND}` (which removes them)"
    )
