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
references keep them), so Indonesian has none of these.

**Trimming** (session 4, :func:`cut_points`): a sentence may instead *end early*,
before a clause or phrase the reader can do without — the kept piece is then one
prefix of the sentence, cited like any compressed sentence. Named rules; the words
come from the language's ``data/<lang>/trim.txt`` (Indonesian and English; which
languages a summary trims is ``extractive.TRIM_LANGUAGES``, Indonesian only):

- ``clause``: before a connective that opens a reason, time, result or contrast
  clause ("…, karena …", "… setelah …", "…, namun …"; ", which …", "… after …");
- ``date``: before a time phrase ("pada Senin (27 / 3)", ", Minggu (10 / 9)", "on Monday");
- ``place``: before "di"/"ke"/"in" and a capitalised place ("… di Jakarta");
- ``participle``: before a comma and a verb ("…, menggeser Inggris");
- ``conjunct``: before "dan" and a second verb phrase ("… dan melarikan diri");
- ``relative`` (", yang …") and ``purpose`` ("untuk/guna" + verb): measured, not
  shipped (bench/README.md, "summarise", session 4).

A cut is allowed only where the prefix reads as a whole clause: at least
``MIN_TRIM_WORDS`` words; a word of the language's verb shape (``verb_shape`` in
trim.txt; not a listed non-verb, not capitalised inside the sentence, not right
after a determiner, not inside a relative clause) in its last comma segment — or
in an earlier one when the last is a name or a list of names; a leading
subordinate or adverbial phrase ("Menurut X,", "Mengacu data X,") is not the main
clause; its last segment does not open a subordinate clause or promise a second
part ("tidak hanya", "not only"), and after its last reporting verb or "that" a
verb follows; it does not end on a word that needs what follows ("mengatakan",
"adalah", "bukan", "di", a connective); "dan" does not follow a verb (the two
verbs may share the object); no "that" just after the cut ("warned on Thursday
that …"); quotes and brackets balanced. These are heuristics (no parser): when
they hold, a prefix is a weaker statement than its sentence, not a different one;
bench/README.md lists the kinds of cut read by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Iterable

from telisik.language.date_lexicon import date_lexicon

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


TRIM_FILE = "trim.txt"
# Every trimming rule that exists; which ones run is the caller's choice (extractive.TRIM ships).
TRIM_RULES: frozenset[str] = frozenset({"clause", "date", "place", "participle", "conjunct", "relative", "purpose"})
# A trimmed sentence keeps at least this many words (the summary's MIN_WORDS; set, not tuned).
MIN_TRIM_WORDS = 6
# Right after a cut, a complement word ("that") within this many words shows the cut part completes the
# verb ("warned on Thursday that …"): no cut. Set by reading English cuts, not tuned.
COMPLEMENT_WINDOW = 4
_TOKEN = re.compile(r"\S+")
_EDGE = ",.;:!?\"“”'’()"


@dataclass(frozen=True, slots=True)
class TrimLexicon:
    """One language's words for :func:`cut_points` (``data/<lang>/trim.txt`` and the language's date data)."""

    connectives: frozenset[str]
    times: frozenset[str]
    time_words: frozenset[str]
    places: frozenset[str]
    openers: frozenset[str]
    hanging: frozenset[str]
    not_verbs: frozenset[str]
    verb_shape: re.Pattern[str]
    purposes: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    unfinished: frozenset[tuple[str, ...]] = frozenset()
    comma_connectives: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    complements: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    reporting: frozenset[str] = frozenset()


@cache
def trim_lexicon(lang: str) -> TrimLexicon | None:
    """The trimming words of ``lang``, or None when the language has no ``trim.txt`` (then nothing is trimmed)."""
    path = resources.files("telisik.summarise") / "data" / lang / TRIM_FILE
    if not path.is_file():
        return None
    kinds: dict[str, set[str]] = {}
    shape = r"(?!x)x"  # no verb_shape row: nothing is a verb, so nothing is cut
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        kind, word = (cell.strip() for cell in line.split("\t", 1))
        if kind == "verb_shape":
            shape = word
        else:
            kinds.setdefault(kind, set()).add(word.lower())
    dates = date_lexicon(lang)
    time_words = kinds.get("time_word", set()) | set(dates.months) | set(dates.weekdays) | set(dates.parts_of_day)
    return TrimLexicon(
        frozenset(kinds.get("connective", ())), frozenset(kinds.get("time", ())),
        frozenset(w for w in time_words if " " not in w), frozenset(kinds.get("place", ())),
        frozenset(kinds.get("opener", ())), frozenset(kinds.get("hanging", ())),
        frozenset(kinds.get("not_verb", ())), re.compile(shape), frozenset(kinds.get("purpose", ())),
        frozenset(kinds.get("conjunction", ())), frozenset(tuple(w.split()) for w in kinds.get("unfinished", ())),
        frozenset(kinds.get("comma_connective", ())), frozenset(kinds.get("relative", ())),
        frozenset(kinds.get("complement", ())), frozenset(kinds.get("determiner", ())),
        frozenset(kinds.get("reporting", ())),
    )


def cut_points(text: str, lang: str, rules: Iterable[str] = TRIM_RULES) -> list[int]:
    """Offsets in ``text`` where the sentence may end early, by the named trimming rules (module docstring).

    ``text[:offset]`` is the kept prefix, without the comma or space before the cut.
    """
    lexicon = trim_lexicon(lang)
    rules = set(rules) & TRIM_RULES
    if lexicon is None or not rules:
        return []
    weekdays = set(date_lexicon(lang).weekdays)
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    words = [t[2].lower().strip(_EDGE) for t in tokens]
    found = []
    for j in range(MIN_TRIM_WORDS, len(tokens)):
        here, after = words[j], (words[j + 1] if j + 1 < len(tokens) else "")
        next_text = tokens[j + 1][2] if j + 1 < len(tokens) else ""
        comma = tokens[j - 1][2].endswith(",")
        if any(w in lexicon.complements for w in words[j : j + COMPLEMENT_WINDOW]):
            continue
        wanted = (
            ("clause" in rules and (here in lexicon.connectives or (comma and here in lexicon.comma_connectives)))
            or ("date" in rules and (
                (here in weekdays and tokens[j][2][:1].isupper())
                or (here in lexicon.times and (after in lexicon.time_words or after[:1].isdigit()))))
            or ("place" in rules and here in lexicon.places and next_text[:1].isupper())
            or ("relative" in rules and here in lexicon.relatives and comma)
            or ("purpose" in rules and here in lexicon.purposes and _verb(after, lexicon))
            or ("participle" in rules and comma and _verb(here, lexicon))
            or ("conjunct" in rules and here in lexicon.conjunctions and _verb(after, lexicon)
                and not _verb(words[j - 1], lexicon))  # "mengepung dan mengambil alih X": a shared object
        )
        if wanted and _whole_clause([t[2] for t in tokens[:j]], words[:j], lexicon):
            end = tokens[j - 1][1]
            while end > 0 and text[end - 1] in " ,;:":
                end -= 1
            found.append(end)
    return found


def _whole_clause(raw: list[str], words: list[str], lexicon: TrimLexicon) -> bool:
    """Whether the words before a cut read as a whole clause (the checks of the module docstring)."""
    if not words or words[-1] in lexicon.hanging or words[-1] in lexicon.connectives or words[-1] in lexicon.openers:
        return False
    segments: list[list[tuple[str, str]]] = [[]]
    first = next((k for k, word in enumerate(words) if word), 0)
    for k, (token, word) in enumerate(zip(raw, words)):
        if word:
            # the sentence's first word keeps its capital as a verb may ("Mengacu …"); any other capitalised
            # word is a name ("Disdagperin"), whatever its shape: it is marked so by a leading "!"
            segments[-1].append(("" if k == first or not token[:1].isupper() else "!", word))
        if token.endswith(","):
            segments.append([])
    segments = [s for s in segments if s]
    if not segments:
        return False

    def verb(mark: str, word: str, before: str = "") -> bool:
        # not a name, and not right after a determiner (then an adjective: "a divided decision")
        return _verb(word, lexicon) and not mark and before not in lexicon.determiners

    def has_verb(segment: list[tuple[str, str]]) -> bool:
        relative, before = False, ""
        for token, word in segment:
            if word in lexicon.relatives:
                relative = True
            elif not relative and verb(token, word, before):
                return True
            before = word
        return False

    def ends_complete(segment: list[tuple[str, str]]) -> bool:
        """After the segment's last complement word ("that") or reporting verb, a verb: its clause is whole."""
        marks = [k for k, (_, w) in enumerate(segment) if w in lexicon.complements or w in lexicon.reporting]
        if not marks or marks[-1] >= len(segment) - 1:
            return True
        rest = segment[marks[-1] + 1:]
        return segment[marks[-1]][1] in lexicon.reporting and len(rest) < 2 or any(
            verb(t, w, segment[marks[-1] + k][1]) for k, (t, w) in enumerate(rest))

    last = segments[-1]
    if last[0][1] in lexicon.openers:  # the last segment opens a clause whose main part was cut
        return False
    plain = [w for _, w in last]
    if any(tuple(plain[i:i + len(u)]) == u for u in lexicon.unfinished for i in range(len(plain))):
        return False  # "tidak hanya …" waits for its "tetapi juga"
    # a first segment that opens with a preposition or subordinator ("Menurut X,") or with a verb (an
    # adverbial clause without a subject: "Mengacu data X,", "Ditemui di Y,") is not the main clause
    opening = segments[0][0][1] in lexicon.openers or (len(segments) > 1 and verb(*segments[0][0]))
    main = segments[1:] if opening else segments
    if not main:
        return False
    # a verb in the last segment — what is cut attaches to a clause — or, when the last segment is a name
    # or a list of names after a clause ("…, Melodrama", "…, Max Verstappen dan Daniel Ricciardo"), before it
    names = all(mark or w in lexicon.conjunctions or not w.isalpha() for mark, w in last)
    if not (has_verb(last) or (names and len(main) > 1 and any(has_verb(s) for s in main[:-1]))):
        return False
    if not ends_complete(last):  # "… noted that the Act of 1965." / "… says the attack outside Parliament."
        return False
    kept = " ".join(raw)
    return (kept.count('"') % 2 == 0 and kept.count("“") == kept.count("”")
            and kept.count("(") == kept.count(")"))


def _verb(word: str, lexicon: TrimLexicon) -> bool:
    return word not in lexicon.not_verbs and bool(lexicon.verb_shape.match(word))
