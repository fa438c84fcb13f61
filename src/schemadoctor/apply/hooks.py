"""Test hook: stop apply at a chosen point so that a test can kill it there.

`SCHEMADOCTOR_TEST_PAUSE_AT_STEP=K` pauses before step K starts (its record still pending);
`SCHEMADOCTOR_TEST_PAUSE_AT_STEP=K:inside` pauses after step K's statements ran but before it is
recorded done (for a transactional step: with its transaction still open). Apply then prints
`schemadoctor: test hook: paused at step K (PHASE)` on stderr and sleeps for an hour, waiting to
be killed; `K:PHASE:SECONDS` sleeps that long and goes on (time for a test to cut its database
connection). Unset (always, outside the crash tests) it does nothing.
"""

from __future__ import annotations

import os
import sys
import time

PAUSE_ENV = "SCHEMADOCTOR_TEST_PAUSE_AT_STEP"
PAUSED_MESSAGE = "schemadoctor: test hook: paused at step {step} ({phase})"


def pause_point(step: int, phase: str) -> None:
    wanted = os.environ.get(PAUSE_ENV, "").strip()
    if not wanted:
        return
    number, _, rest = wanted.partition(":")
    wanted_phase, _, seconds = rest.partition(":")
    if number != str(step) or (wanted_phase or "before") != phase:
        return
    print(PAUSED_MESSAGE.format(step=step, phase=phase), file=sys.stderr, flush=True)
    time.sleep(float(seconds) if seconds else 3600)
