"""The volume-over-time chart of the story list, drawn on the server as SVG.

No script and no inline style: shapes carry classes that ``static/style.css``
colours, so the chart passes the Content Security Policy and prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

WIDTH, HEIGHT = 600, 120  # viewBox units; the SVG scales to its container
MAX_DAYS = 366  # a longer range is shown as its last year, so bars stay wider than a pixel
MIN_DAYS = 14  # a shorter range is widened back to two weeks, so one busy day is a bar, not a block


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    day: str
    count: int


@dataclass(frozen=True, slots=True)
class Chart:
    bars: list[Bar]
    first: str
    last: str
    peak: int
    total: int
    width: int = WIDTH
    height: int = HEIGHT


def volume_chart(volume: list[tuple[str, int]]) -> Chart | None:
    """Bars for (ISO day, count) pairs, one per calendar day including empty ones; None without data."""
    counts: dict[date, int] = {}
    for day, count in volume:
        try:
            counts[date.fromisoformat(day[:10])] = counts.get(date.fromisoformat(day[:10]), 0) + count
        except ValueError:
            continue  # a malformed date is not drawn rather than breaking the page
    if not counts:
        return None
    last = max(counts)
    first = min(max(min(counts), last - timedelta(days=MAX_DAYS - 1)), last - timedelta(days=MIN_DAYS - 1))
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    peak = max(counts.get(d, 0) for d in days) or 1
    step = WIDTH / len(days)
    bars = []
    for i, d in enumerate(days):
        n = counts.get(d, 0)
        h = (HEIGHT - 4) * n / peak
        bars.append(Bar(round(i * step, 2), round(HEIGHT - h, 2), round(max(step * 0.85, 0.5), 2), round(h, 2),
                        d.isoformat(), n))
    return Chart(bars, first.isoformat(), last.isoformat(), peak, sum(counts.get(d, 0) for d in days))
