"""Statements of what outlets report about one figure, written from the reconciled claims.

Where the reconcile stage compared the same kind of figure across articles, the
summary says what each outlet reports instead of picking one ("Korban luka:
lebih dari 300 menurut Mata Indonesia; 317 menurut Bisnis.com."). Every value
in a statement is backed by a part that quotes the exact article phrase it was
read from, with its span, so the statement can be checked like any sentence.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from telisik.models import (
    AnalysedArticle,
    CitedPart,
    CitedSentence,
    Claim,
    ClaimGroup,
    ClaimRef,
    Comparison,
    Span,
    Verdict,
)

# The words of a statement, per language; a kind missing here gets its own name.
TEMPLATES: dict[str, dict[str, str]] = {
    "id": {
        "killed": "Korban tewas", "injured": "Korban luka", "missing": "Orang hilang",
        "arrested": "Orang ditangkap", "evacuated": "Orang dievakuasi", "displaced": "Pengungsi",
        "according_to": "menurut", "and": "dan", "then": "kemudian", "differ": "berbeda",
        "scope": "menghitung kelompok berbeda",
        "unknown": "media tanpa nama",
    },
    "en": {
        "killed": "Killed", "injured": "Injured", "missing": "Missing", "arrested": "Arrested",
        "evacuated": "Evacuated", "displaced": "Displaced",
        "according_to": "according to", "and": "and", "then": "then", "differ": "differ",
        "scope": "count different groups",
        "unknown": "an unnamed outlet",
    },
}
STATED_VERDICTS = (Verdict.AGREE, Verdict.REFINE, Verdict.UPDATE, Verdict.CONFLICT, Verdict.SCOPE)


@dataclass(frozen=True, slots=True)
class _Report:
    """What one article says about one figure: its value as written, and where."""

    outlet: str
    value: str
    claim: Claim
    article_id: int


def story_language(members: Sequence[AnalysedArticle]) -> str:
    """The language most of the story's text is in, among those with templates."""
    counts = Counter(m.article.lang for m in members for _ in range(max(1, len(m.article.text) // 1000)))
    for lang, _ in counts.most_common():
        if lang in TEMPLATES:
            return lang
    return "id"


def _value(claim: Claim) -> str:
    """The figure as written when it has digits ("lebih dari 300"), else as a number ("delapan" → 8)."""
    if any(ch.isdigit() for ch in claim.text):
        return claim.text
    if claim.min is not None and claim.min == claim.max:
        return f"{claim.min:g}"
    return claim.text


def _reports(group: ClaimGroup, words: dict[str, str]) -> list[_Report]:
    """One report per article: its most confident claim, in order of publication."""
    best: dict[int, ClaimRef] = {}
    for ref in group.claims:
        known = best.get(ref.article_id)
        if known is None or ref.claim.confidence > known.claim.confidence:
            best[ref.article_id] = ref
    ordered = sorted(best.values(), key=lambda r: ((r.published.isoformat() if r.published else ""), r.article_id))
    return [_Report(r.outlet or words["unknown"], _value(r.claim), r.claim, r.article_id) for r in ordered]


def _part(report: _Report) -> CitedPart:
    claim = report.claim  # a claim read from the headline cites the title
    return CitedPart(claim.text, Span(report.article_id, claim.start, claim.end, claim.field))


def _join(items: list[str], words: dict[str, str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {words['and']} " + items[-1]


def _sentence(group: ClaimGroup, reports: list[_Report], words: dict[str, str]) -> str:
    label = words.get(group.kind, group.kind.capitalize())
    by = words["according_to"]
    if group.verdict is Verdict.AGREE:
        outlets = _join(sorted({r.outlet for r in reports}), words)
        return f"{label}: {reports[0].value} {by} {outlets}."
    said = [f"{r.value} {by} {r.outlet}" for r in reports]
    if group.verdict is Verdict.UPDATE:
        return f"{label}: " + f", {words['then']} ".join(said) + "."
    if group.verdict is Verdict.REFINE:
        return f"{label}: " + "; ".join(said) + "."
    if group.verdict is Verdict.SCOPE:
        counted = [f"{r.value} {r.claim.subject or ''} {by} {r.outlet}".replace("  ", " ") for r in reports]
        return f"{label} ({words['scope']}): " + "; ".join(counted) + "."
    return f"{label} {words['differ']}: " + "; ".join(said) + "."


def disagreement_statements(comparison: Comparison, lang: str) -> tuple[CitedSentence, ...]:
    """A statement for every figure that two or more articles report."""
    words = TEMPLATES.get(lang, TEMPLATES["id"])
    statements = []
    for group in comparison.groups:
        if group.verdict not in STATED_VERDICTS:
            continue
        reports = _reports(group, words)
        if len(reports) < 2:
            continue
        parts = tuple(_part(r) for r in reports)
        statements.append(
            CitedSentence(_sentence(group, reports, words), tuple(p.span for p in parts), "statement", parts)
        )
    return tuple(statements)
