"""Article text cut into pieces for HTML: each piece knows which marks cover it.

Marks (an entity, a date, a claim, a quote…) may overlap or nest; cutting the
text at every mark boundary gives flat pieces that the template wraps in one
element each, so nothing needs nested or crossing tags. The text itself is
never turned into markup here: the template escapes every piece.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str  # css class: entity, date, number, claim, quote, flag
    label: str  # shown on hover: "PER Kassym-Jomart Tokayev", "killed 8"


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    marks: tuple[Mark, ...]

    @property
    def classes(self) -> str:
        return " ".join(sorted({m.kind for m in self.marks}))

    @property
    def title(self) -> str:
        return "; ".join(m.label for m in self.marks)


def cut(text: str, marks: Iterable[Mark]) -> list[Piece]:
    """``text`` split at every boundary of ``marks`` (clipped to the text); empty marks dropped."""
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    bounds = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    pieces = []
    for start, end in zip(bounds, bounds[1:]):
        covering = tuple(m for m in valid if m.start <= start and end <= m.end)
        pieces.append(Piece(text[start:end], covering))
    return pieces


def extraction_marks(detail: dict[str, Any]) -> list[Mark]:
    """The marks of an article as :func:`telisik.api.article` returns it."""
    marks = [Mark(e["start"], e["end"], "entity", f'{e["type"]} {e["canonical"]}') for e in detail["entities"]]
    marks += [Mark(d["start"], d["end"], "date", f'date {d["value"]}') for d in detail["dates"]]
    marks += [Mark(n["start"], n["end"], "number", f'number {_interval(n["min"], n["max"])}') for n in detail["numbers"]]
    marks += [Mark(c["start"], c["end"], "claim", f'{c["kind"]} {_interval(c["min"], c["max"])}') for c in detail["claims"]
              if c.get("field", "text") == "text"]  # a claim read from the title is not in the text
    marks += [Mark(q["start"], q["end"], "quote", f'quote: {q["speaker"] or "?"}') for q in detail["quotes"]]
    marks += [
        Mark(f["start"], f["end"], "flag", f'{f["code"]}: {f["message"]}')
        for f in detail["flags"]
        if f["start"] is not None and f["end"] is not None
    ]
    return marks


def _interval(low: float | None, high: float | None) -> str:
    def show(x: float | None) -> str:
        return "?" if x is None else f"{x:g}"

    return show(low) if low == high else f"{show(low)}–{show(high)}"
