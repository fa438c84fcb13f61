"""From evidence to one confidence in 0..1, and from several targets to one choice.

The prior comes from names, types and keys (`Candidate.prior`). Data moves it:

- every sampled value found in the parent raises it, in proportion to how many distinct
  values there were (three values prove little) and to how plausible the name made it (data
  confirms a name; it does not invent one);
- a few orphans on an otherwise included column (>= 90% of distinct values, or of rows,
  found) still raise
  it: that is the classic missing constraint, reported with its orphan count;
- between 50% and 90% found lowers it; under 50% rejects it (a `stripe_customer_id` whose
  values are nowhere in `customers` is not a foreign key);
- an empty parent under a child with values lowers it (every row would be an orphan);
- no values in the child (empty or all NULL) leaves names and types to decide.
"""

from __future__ import annotations

from dataclasses import dataclass

from schemadoctor.infer.candidates import Candidate
from schemadoctor.infer.evidence import PARENT_EMPTY, DataEvidence

FULL_WEIGHT_VALUES = 5
"""Distinct values from which inclusion counts fully."""
CONFIRM = 0.6
CONFIRM_WITH_ORPHANS = 0.4
MOSTLY_INCLUDED = 0.9
HALF_INCLUDED = 0.5
PARENT_EMPTY_FACTOR = 0.75
AMBIGUITY_MARGIN = 0.05
AMBIGUITY_COST = 0.15
ALTERNATIVE_MARGIN = 0.15


def confidence(prior: float, data: DataEvidence) -> float:
    if data.status == PARENT_EMPTY:
        # Values with nowhere to point: were it a foreign key, every row would be an orphan.
        return round(prior * PARENT_EMPTY_FACTOR, 4)
    inclusion = data.included
    if not data.has_values or inclusion is None:
        return prior
    weight = min(1.0, (data.distinct or 0) / FULL_WEIGHT_VALUES)
    plausibility = min(1.0, prior / 0.6) ** 2
    if inclusion >= 1.0:
        value = prior + (1 - prior) * CONFIRM * weight * plausibility
    elif inclusion >= MOSTLY_INCLUDED:
        value = prior + (1 - prior) * CONFIRM_WITH_ORPHANS * weight * plausibility
    elif inclusion >= HALF_INCLUDED:
        position = (inclusion - HALF_INCLUDED) / (MOSTLY_INCLUDED - HALF_INCLUDED)
        value = prior * (0.5 + 0.5 * position)
    else:
        value = prior * 0.5 * inclusion
    return round(max(0.0, min(0.995, value)), 4)


@dataclass(frozen=True)
class Scored:
    candidate: Candidate
    data: DataEvidence
    confidence: float

    def sort_key(self) -> tuple[float, float, int, int, str]:
        candidate = self.candidate
        same_schema = candidate.table.schema == candidate.referred_table.schema
        return (
            -self.confidence,
            -candidate.name.score,
            0 if same_schema else 1,
            len(str(candidate.referred_table)),
            str(candidate.referred_table),
        )


@dataclass(frozen=True)
class Choice:
    best: Scored
    confidence: float
    ambiguous: bool
    alternatives: tuple[Scored, ...]


def choose(scored: list[Scored]) -> Choice | None:
    """The best target of one child column set. Two targets within AMBIGUITY_MARGIN of each
    other are never both proposed: the best is, with a lower confidence and the other named."""
    if not scored:
        return None
    ranked = sorted(scored, key=Scored.sort_key)
    best = ranked[0]
    close = tuple(
        other for other in ranked[1:] if other.confidence >= best.confidence - ALTERNATIVE_MARGIN
    )
    ambiguous = any(other.confidence >= best.confidence - AMBIGUITY_MARGIN for other in close)
    value = best.confidence - AMBIGUITY_COST if ambiguous else best.confidence
    return Choice(best, round(max(0.0, value), 4), ambiguous, close)
