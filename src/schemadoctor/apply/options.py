"""How apply behaves: lock timeout, retries and backoff, read from the command line."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class ApplyOptions:
    lock_timeout: float = 2.0
    """Seconds a statement may wait for a lock before it gives up (and is retried)."""
    retries: int = 5
    """Further attempts of a step whose lock could not be taken; 0: give up at once."""
    backoff: float = 1.0
    """Wait before the first retry; doubled for each further one, up to `backoff_cap`."""
    backoff_cap: float = 30.0
    abandon_unfinished: bool = False
    """Mark another plan's unfinished run abandoned instead of refusing to start."""

    def retry_delay(self, attempt: int, rng: random.Random | None = None) -> float:
        """Exponential backoff with jitter (half to full of the step), so that two waiting
        clients do not retry in lockstep against the same blocker."""
        ceiling = min(self.backoff_cap, self.backoff * 2 ** max(0, attempt - 1))
        return ceiling * (rng or random).uniform(0.5, 1.0)
