"""What the data said about one candidate, as the finding's `evidence` reports it."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, replace
from typing import Any

from schemadoctor.probes.inclusion import ColumnSample, Inclusion

PROBED = "probed"
CHILD_EMPTY = "child-empty"
PARENT_EMPTY = "parent-empty"
FAILED = "failed"
NOT_PROBED = "not-probed"


@dataclass(frozen=True)
class DataEvidence:
    status: str
    """probed | child-empty (no non-null values) | parent-empty | failed | not-probed."""
    rows: int | None = None
    """Child rows read by the sample."""
    distinct: int | None = None
    """Distinct non-null child values in the sample."""
    inclusion: float | None = None
    """Share of those values found in the parent key."""
    row_inclusion: float | None = None
    """Share of sampled non-null rows whose value is found in the parent key."""
    orphans: int | None = None
    """Child rows whose value is missing from the parent (whole table when exact)."""
    orphans_exact: bool = False
    orphan_samples: tuple[Any, ...] = ()
    null_share: float | None = None
    sampled: bool = False
    """The inclusion figures come from a sample of a larger table."""
    range_fits: bool | None = None
    child_range: tuple[Any, Any] | None = None
    parent_range: tuple[Any, Any] | None = None
    error: str | None = None

    @property
    def included(self) -> float | None:
        """The inclusion that decides: by distinct values, or by rows when that is higher (a
        few orphan values spread over few rows are still the classic missing constraint)."""
        if self.inclusion is None:
            return None
        return max(self.inclusion, self.row_inclusion or 0.0)

    @property
    def has_values(self) -> bool:
        return self.status == PROBED and self.inclusion is not None

    @classmethod
    def from_probe(cls, sample: ColumnSample, inclusion: Inclusion) -> DataEvidence:
        if sample.non_null == 0:
            return cls(CHILD_EMPTY, rows=sample.rows, null_share=sample.null_share)
        if inclusion.parent_empty:
            return cls(PARENT_EMPTY, rows=sample.rows, null_share=sample.null_share)
        return cls(
            PROBED,
            rows=sample.rows,
            distinct=sample.distinct,
            inclusion=inclusion.share(sample),
            row_inclusion=1 - inclusion.orphan_rows / sample.non_null,
            orphans=inclusion.orphan_rows,
            orphans_exact=not sample.partial,
            orphan_samples=inclusion.samples,
            null_share=sample.null_share,
            sampled=sample.partial,
            range_fits=inclusion.range_fits(sample),
            child_range=_range(sample.minimum, sample.maximum),
            parent_range=_range(inclusion.parent_minimum, inclusion.parent_maximum),
        )

    def with_exact_orphans(
        self, orphans: int, exact: bool, samples: tuple[Any, ...], rows: int
    ) -> DataEvidence:
        """The same evidence with the orphan count of a full pass over the child table."""
        inclusion, row_inclusion = self.inclusion, self.row_inclusion
        if orphans and inclusion is not None and inclusion >= 1.0:
            # The sample missed them; the value set is still almost entirely included.
            inclusion = 0.999
        if rows and row_inclusion is not None:
            row_inclusion = min(row_inclusion, 1 - orphans / rows)
        return replace(
            self,
            inclusion=inclusion,
            row_inclusion=row_inclusion,
            orphans=orphans,
            orphans_exact=exact,
            orphan_samples=_merged(self.orphan_samples, samples),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"data": self.status}
        if self.error:
            data["data_error"] = self.error
        if self.status in (CHILD_EMPTY, PARENT_EMPTY) and self.null_share is not None:
            data["null_share"] = round(self.null_share, 4)
        if not self.has_values:
            return data
        data.update(
            {
                "inclusion": round(self.inclusion or 0.0, 4),
                "row_inclusion": round(self.row_inclusion or 0.0, 4),
                "distinct_values": self.distinct,
                "orphans": self.orphans,
                "orphans_exact": self.orphans_exact,
                "orphan_samples": list(self.orphan_samples),
                "null_share": round(self.null_share or 0.0, 4),
                "sampled": self.sampled,
                "sampled_rows": self.rows,
            }
        )
        if self.range_fits is not None:
            data["range_fits"] = self.range_fits
            data["child_range"] = list(self.child_range or ())
            data["parent_range"] = list(self.parent_range or ())
        return data


def _merged(first: tuple[Any, ...], second: tuple[Any, ...], limit: int = 5) -> tuple[Any, ...]:
    values = list(dict.fromkeys([*first, *second]))
    with suppress(TypeError):
        values.sort()
    return tuple(values[:limit])


def _range(low: Any, high: Any) -> tuple[Any, Any] | None:
    return None if low is None or high is None else (low, high)
