"""Actions aligned across a story's articles: who stormed what and when, who asked for help
and who agreed — the rows of a story's comparison that are not counts.

An *event thread* is one line of development with ordered steps, read from
``data/<lang>/event_actions.txt``: ``attack`` (stormed, seized or burned → retaken),
``assistance`` (asked for help → agreed to send). A targeted thread needs a target
(``data/<lang>/event_targets.txt``: government buildings, the mayor's office, the
airport, …) within ``TARGET_WINDOW`` characters of the action in the same sentence; each
(thread, target) is one event of the story.

1. **find** every action phrase in every article, with its sentence, its targets and the
   date written in the sentence nearest to it (the extract stage's resolved dates);
2. **group** the mentions by (thread, target) across the articles;
3. **judge** each group:

   - ``single``  one article reports it;
   - ``update``  the articles' furthest steps differ: a later development (the CSTO
     *agreed* to send troops after Tokayev *asked*; the airport was *retaken* after it
     was stormed) — a timeline step, not a contradiction;
   - ``conflict``  the same furthest step dated to different days by two articles;
   - ``agree``  otherwise: the same step, and no article dates it differently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from importlib import resources

from telisik.language.sentences import split_sentences
from telisik.models import AnalysedArticle, DateMention, EventGroup, EventMention, Sentence, Verdict

# How far from its action a target may be written, in characters, either side within the
# sentence: "menyerbu kediaman Presiden Kassym-Jomart Tokayev dan kantor walikota" keeps
# both targets (58 characters); chosen on the seeds and the sentences of tests/reconcile.
TARGET_WINDOW = 80
# Indonesian action forms that may follow their target: passive di-/ter- and pe-…-an nouns.
# A language not listed allows either side. Chosen so that "meringkuk di Mapolsek … setelah
# ia menyerang Hendra" is no attack on a police station (the one wrong event on the stream
# corpus, bench/README.md section "quotes").
TARGET_BEFORE_PREFIXES = {"id": ("di", "ter", "pe")}
# The words a "…" in an action phrase may stand for.
GAP = r"(?:\s+\S+){1,3}?\s+"


@dataclass(frozen=True, slots=True)
class Thread:
    name: str
    targeted: bool
    actions: tuple[tuple[int, re.Pattern[str]], ...]  # (step, phrase pattern)


@dataclass(frozen=True, slots=True)
class Lexicon:
    threads: tuple[Thread, ...]
    targets: tuple[tuple[str, re.Pattern[str]], ...]


def _data_lines(lang: str, name: str) -> list[list[str]]:
    path = resources.files("telisik.reconcile") / "data" / lang / f"{name}.txt"
    if not path.is_file():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            rows.append([part.strip() for part in line.split("\t")])
    return rows


def _phrase(phrase: str) -> re.Pattern[str]:
    parts = [re.escape(p.strip()).replace(r"\ ", r"\s+") for p in phrase.split("…")]
    return re.compile(r"(?<![\w-])" + GAP.join(parts) + r"(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    lang = lang if lang in ("id", "en") else "id"
    targeted: dict[str, bool] = {}
    actions: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
    for row in _data_lines(lang, "event_actions"):
        if len(row) == 2:
            targeted[row[0]] = row[1] == "target"
        else:
            actions.setdefault(row[0], []).append((int(row[1]), _phrase(row[2])))
    threads = tuple(Thread(name, targeted.get(name, False), tuple(found)) for name, found in actions.items())
    targets = tuple((row[0], _phrase(row[1])) for row in _data_lines(lang, "event_targets"))
    return Lexicon(threads, targets)


def find_events(member: AnalysedArticle) -> list[EventMention]:
    """Every action of the lexicon in one article, one mention per (action, target)."""
    article = member.article
    words = lexicon(article.lang)
    sentences = list(article.sentences) or split_sentences(article.text, article.lang)
    found: list[EventMention] = []
    for sentence in sentences:
        for thread in words.threads:
            for step, pattern in thread.actions:
                for match in pattern.finditer(article.text, sentence.start, sentence.end):
                    found.extend(_mentions(member, sentence, thread, step, match, words))
    return _drop_nested(found)


def _mentions(
    member: AnalysedArticle, sentence: Sentence, thread: Thread, step: int, match: re.Match[str], words: Lexicon
) -> list[EventMention]:
    text, article = member.article.text, member.article
    when = _date_near(member.extraction.dates, sentence, match.start())
    targets: list[str | None] = [None]
    if thread.targeted:
        before = match.start() - TARGET_WINDOW if _target_may_precede(match.group(), article.lang) else match.start()
        low, high = max(sentence.start, before), min(sentence.end, match.end() + TARGET_WINDOW)
        targets = list(dict.fromkeys(name for name, p in words.targets if p.search(text, low, high)))
    return [
        EventMention(article.id, article.outlet, thread.name, step, target, match.group(), match.start(), match.end(),
                     sentence.start, sentence.end, when)
        for target in targets
    ]


def _target_may_precede(action: str, lang: str) -> bool:
    """An Indonesian active verb (me-) has its target after it ("menyerbu bandara"); a
    passive or a noun ("kantor walikota dibakar", "pembakaran Mapolres") may have it before.
    English word order does not say, so either side is allowed."""
    prefixes = TARGET_BEFORE_PREFIXES.get(lang)
    return prefixes is None or action.lower().startswith(prefixes)


def _drop_nested(mentions: list[EventMention]) -> list[EventMention]:
    """ "menguasai bandara kembali" is a step 2, not also a step 1 "menguasai": keep the
    longest action at a place, per target."""
    kept = []
    for m in mentions:
        if not any(
            o is not m and o.target == m.target and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
            for o in mentions
        ):
            kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.target or ""))


def _date_near(dates: Sequence[DateMention], sentence: Sentence, position: int) -> date | datetime | None:
    inside = [d for d in dates if sentence.start <= d.start and d.end <= sentence.end]
    if not inside:
        return None
    return min(inside, key=lambda d: abs(d.start - position)).value


def _day(value: date | datetime | None) -> date | None:
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value


def compare_events(members: Sequence[AnalysedArticle], copies: dict[int, int] | None = None) -> tuple[EventGroup, ...]:
    """One group per (thread, target) the story's articles report, judged across them.

    A syndicated copy (``copies``) gives no second vote, as for claims."""
    copies = copies or {}
    grouped: dict[tuple[str, str | None], list[EventMention]] = {}
    for member in members:
        for mention in find_events(member):
            grouped.setdefault((mention.thread, mention.target), []).append(mention)
    groups = [_judge(thread, target, mentions, copies) for (thread, target), mentions in grouped.items()]
    return tuple(sorted(groups, key=lambda g: (g.thread, g.target or "")))


def _judge(thread: str, target: str | None, mentions: list[EventMention], copies: dict[int, int]) -> EventGroup:
    voting = [m for m in mentions if m.article_id not in copies]
    by_article: dict[int, list[EventMention]] = {}
    for m in voting or mentions:
        by_article.setdefault(m.article_id, []).append(m)
    name = f"{thread} ({target})" if target else thread
    if len(by_article) == 1:
        return EventGroup(thread, target, Verdict.SINGLE, tuple(mentions), f"{name}: reported by one article only")
    furthest = {a: max(ms, key=lambda m: m.step) for a, ms in by_article.items()}
    steps = {m.step for m in furthest.values()}
    if len(steps) > 1:
        top = max(steps)
        later = sorted({f"'{m.action}' ({m.outlet or '#' + str(m.article_id)})" for m in furthest.values() if m.step == top})
        earlier = sorted({f"'{m.action}' ({m.outlet or '#' + str(m.article_id)})" for m in furthest.values() if m.step < top})
        explanation = f"{name}: a later development, {', '.join(later)} after {', '.join(earlier)}; not a conflict"
        return EventGroup(thread, target, Verdict.UPDATE, tuple(mentions), explanation)
    days = {}
    for article_id, ms in by_article.items():
        dated = sorted({d for m in ms if m.step == max(steps) and (d := _day(m.when)) is not None})
        if dated:
            days[article_id] = dated
    distinct = {d for ds in days.values() for d in ds}
    if len(days) > 1 and not set.intersection(*(set(ds) for ds in days.values())):
        explanation = f"{name}: dated differently: " + " vs ".join(d.isoformat() for d in sorted(distinct))
        return EventGroup(thread, target, Verdict.CONFLICT, tuple(mentions), explanation)
    when = f" on {sorted(distinct)[0].isoformat()}" if len(distinct) == 1 else ""
    return EventGroup(thread, target, Verdict.AGREE, tuple(mentions), f"{name}: all report it{when}")
