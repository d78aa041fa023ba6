"""Safe sentence compression: drop the parts of a sentence a summary can do without.

A compressed sentence is a few *kept pieces* of one article sentence, each an
exact span of the article, so every piece can be cited and checked like a whole
sentence (a :class:`~telisik.models.CitedSentence` of kind ``"compressed"`` whose
``parts`` quote those spans). What may be dropped, per language, by named rule:

- ``tail``: a closing attribution — ", said the minister on Monday.",
  ", according to the agency." (no clause of its own: no "that", no second comma);
- ``lead``: an opening attribution or time phrase — "According to the police,",
  "On Monday,", "Earlier this week,";
- ``paren``: a parenthetical "( … )";
- ``appositive``: a non-restrictive relative clause between commas — ", who …,",
  ", which …,".

Rules exist only where they were measured (bench/README.md, "summarise"): a
language without a rule table is never compressed. For Indonesian, session 2
measured cutting attribution tails on IndoSum at −0.002 / +0.000 ROUGE-1 (the
references keep them), so Indonesian has none.
"""

from __future__ import annotations

import re
from typing import Iterable

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_VERB = r"(?:said|says|told|reported|announced|added|wrote|stated|tweeted|noted|explained|confirmed)"
# A stretch with no clause of its own: no comma, quote, semicolon, colon, and not "that".
_PLAIN = r"(?:(?!\bthat\b)[^,;:\"“”()])"
_WORD = r"[^\s,;:\"“”()]+"
# What may follow the attribution verb: when, where and to whom it was said — no clause.
_AFTER = (rf"(?:\s+(?:on|in|at|to|during|via|last|this|late|early|earlier|a|an|the|his|her|their|its|"
          rf"reporters|statement|interview|news|conference|briefing|press|release|post|tweet|{_WEEKDAY}|"
          rf"week|month|year|morning|afternoon|evening|night|[A-Z][\w.’'-]*)\b)*")

RULES: dict[str, dict[str, re.Pattern[str]]] = {
    "en": {
        # ", said X (on Monday|in a statement …)." / ", X said." / ", according to X." — up to the end.
        "tail": re.compile(
            rf",\s+(?!(?:and|but|or|while|as|because|so|although|though|after|before|when|if|since|until)\b)"
            rf"(?:according\s+to\s{_PLAIN}{{1,100}}|(?:{_WORD}\s+){{0,7}}{_VERB}{_AFTER}|{_VERB}(?:\s+{_WORD}){{1,8}}?{_AFTER})"
            r"[.!]?\s*$"
        ),
        "lead": re.compile(
            rf"^(?:According\s+to\s{_PLAIN}{{1,80}}|(?:On|By|Late|Early)\s+(?:{_WEEKDAY}|Sunday)(?:\s+\w+)?"
            rf"|(?:Earlier|Later|Late|Early)\s+(?:this|last|on|in)\s+\w+(?:\s+\w+)?|{_WEEKDAY}|Meanwhile|However),\s+"
        ),
        "paren": re.compile(r"\s*\([^()]{1,80}\)"),
        "appositive": re.compile(r",\s+(?:who|which)\s[^,;:\"“”()]{1,100},"),
    },
}
ALL_RULES: frozenset[str] = frozenset({"tail", "lead", "paren", "appositive"})


def kept_pieces(text: str, lang: str, rules: Iterable[str]) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets in ``text`` that survive ``rules``; ``[(0, len(text))]`` if nothing is cut.

    Each piece is stripped of surrounding spaces and trailing commas.
    """
    table = RULES.get(lang, {})
    drop: list[tuple[int, int]] = []
    for name in sorted(set(rules) & table.keys()):
        for match in table[name].finditer(text):
            start, end = match.span()
            drop.append((start, end))
    if not drop:
        return [(0, len(text))]
    keep: list[tuple[int, int]] = []
    at = 0
    for start, end in sorted(drop):
        if start > at:
            keep.append((at, start))
        at = max(at, end)
    if at < len(text):
        keep.append((at, len(text)))
    pieces = []
    for start, end in keep:
        while start < end and text[start] in " \t\n,":
            start += 1
        while end > start and text[end - 1] in " \t\n,":
            end -= 1
        if end > start:
            pieces.append((start, end))
    return pieces or [(0, len(text))]


def render(text: str, pieces: list[tuple[int, int]]) -> str:
    """The sentence a reader sees: the pieces joined, capitalised, ending as a sentence."""
    joined = " ".join(text[s:e] for s, e in pieces)
    if pieces[0][0] > 0 and joined[:1].islower():
        joined = joined[0].upper() + joined[1:]
    if not joined.rstrip("\"“”'’)").endswith((".", "!", "?")):
        joined += "."
    return joined


def words_of(text: str, pieces: list[tuple[int, int]]) -> int:
    return sum(len(text[s:e].split()) for s, e in pieces)
