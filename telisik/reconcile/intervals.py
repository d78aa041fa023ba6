"""Claim values as closed intervals with open ends (None = unbounded)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from telisik.models import Claim


@dataclass(frozen=True, slots=True)
class Interval:
    low: float | None
    high: float | None

    @property
    def exact(self) -> bool:
        return self.low is not None and self.low == self.high


def interval_of(claim: Claim) -> Interval:
    return Interval(claim.min, claim.max)


def intersect(intervals: Sequence[Interval]) -> Interval | None:
    """The values every interval admits, or None when there are none."""
    lows = [i.low for i in intervals if i.low is not None]
    highs = [i.high for i in intervals if i.high is not None]
    low = max(lows) if lows else None
    high = min(highs) if highs else None
    if low is not None and high is not None and low > high:
        return None
    return Interval(low, high)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def describe(interval: Interval) -> str:
    """``8``, ``>300`` (at least 301), ``<10``, ``20–99`` or ``unknown``."""
    low, high = interval.low, interval.high
    if low is not None and high is not None:
        return _number(low) if low == high else f"{_number(low)}–{_number(high)}"
    if low is not None:
        return f"≥{_number(low)}"
    if high is not None:
        return f"≤{_number(high)}"
    return "unknown"
