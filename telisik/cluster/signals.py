"""What the join-or-new decision looks at: an article's signals, a story's, and the pair's features.

An arriving article becomes :class:`ArticleSignals` (stemmed TF-IDF vector, names,
numbers, day, embedding, the principal names of its opening); a story keeps running sums of the same
(:class:`StoryState`). :func:`pair_features` compares the two and returns one
number per signal, in :data:`FEATURES` order, for the learned decision
(:mod:`telisik.cluster.decision`) and for the explanation of the assignment.
"""

from __future__ import annotations

import math
import re
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import date, datetime

import numpy as np

from telisik.cluster.embedding import Vector
from telisik.cluster.lexical import DocumentFrequencies, cosine
from telisik.language.dates import find_dates
from telisik.models import PublishedDate

# The order of the learned weights in join_model.json.
FEATURES = (
    "tfidf",  # cosine of stemmed TF-IDF with the story centroid
    "embedding",  # cosine of the sentence embedding with the story's mean embedding
    "tfidf_member",  # the best TF-IDF cosine with one of the story's latest articles
    "embedding_member",  # the best embedding cosine with one of the story's latest articles
    "names",  # IDF-weighted share of the article's names (entities, capitalised words) the story has
    "numbers",  # log(1 + numbers the article shares with the story)
    "gap",  # days between the article and the story's date range, in weeks, capped
    "undated",  # 1 when the article or the story has no date
    "size",  # log(1 + articles in the story)
    "rare_name",  # the shared name most exclusive to the story: the share of its documents in the story, times its rarity
    "numbers_share",  # share of the article's numbers the story has (0 when the article has none)
    "years_conflict",  # 1 when both name years (1900–2099) and none is shared
    "far_gap",  # log(1 + days) between explicit dates (metadata, or text naming a year) of both; 0 otherwise
    "embedding_all",  # the best embedding cosine with any of the story's last EMBEDDED_MEMBERS articles
    "names_member",  # the best IDF-weighted share of the article's names one of the latest articles has
    "days_shared",  # 1 when the article names a weekday or a day of a month that the story's articles name
    "days_conflict",  # 1 when both name weekdays or days of a month, and none is shared
    "same_outlet",  # 1 when one of the story's articles comes from the article's outlet
    "event_day_shared",  # 1 when a calendar day the article's lead names (resolved) is within a day of one the story's do
    "event_day_conflict",  # 1 when both name resolved calendar days and none is within a day of the other's
    # Principal participants (session 6): the proper names of an article's opening (runs of capitalised
    # words, :func:`find_principals`, kept by :func:`proper_runs`) against those of the story's first articles.
    "principal_new",  # share of the principal names of the article's opening that the story never named
    "principal_absent",  # share of the principal names of the story's first articles that the article does not name
    "principal_conflict",  # principal_new × principal_absent: each is about someone the other does not name
)

NAME = re.compile(r"\b[A-Z][\w'’-]*[A-Za-z]|\b[A-Z]{2,}\b")
NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Days an article names: a weekday (English or Indonesian, capitalised: "Minggu" is Sunday,
# "minggu" a week) or a day of a month ("September 14", "Sept. 14", "14 Agustus").
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
}
WEEKDAY = re.compile(r"\b(" + "|".join(w.capitalize() for w in _WEEKDAYS) + r")\b")
_MONTHS = {
    "jan": 1, "january": 1, "januari": 1, "feb": 2, "february": 2, "februari": 2, "mar": 3, "march": 3,
    "maret": 3, "apr": 4, "april": 4, "may": 5, "mei": 5, "jun": 6, "june": 6, "juni": 6, "jul": 7,
    "july": 7, "juli": 7, "aug": 8, "august": 8, "agustus": 8, "agu": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "oktober": 10, "okt": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12, "desember": 12, "des": 12,
}
_MONTH = "(" + "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True)) + ")"
MONTH_DAY = re.compile(_MONTH + r"\b ?\.? ?([0-3]?\d)\b(?!\s?[:.]\d)")
DAY_MONTH = re.compile(r"\b([0-3]?\d) " + _MONTH + r"\b")
_NOT_NAMES = frozenset(_WEEKDAYS) | frozenset(_MONTHS)
# Signals are read from the lead: that is where an article names its event.
SIGNAL_CHARACTERS = 3000
# A story remembers this many of its names and numbers (the most frequent).
STORY_NAMES_KEPT = 200
STORY_NUMBERS_KEPT = 100
# Latest members a new article is compared with one by one (besides the centroid):
# a story drifts as it grows, and its newest articles say what it is about now.
MEMBERS_COMPARED = 4
# Members whose embeddings are kept for the article-level maximum (one matrix product).
EMBEDDED_MEMBERS = 32
# Calendar days a story remembers (the first named: the event's own day comes first). A bound on
# memory, not tuned: a story naming more than 32 days is rare (a long trial), and a closed story
# keeps them, so the archive stays flat.
STORY_EVENT_DAYS = 32
# Granularities of a resolved date precise enough to tell two same-kind events apart.
DAY_PRECISION = frozenset({"day", "part-of-day", "hour", "minute"})
# The opening of an article, where a report says whom it is about: its title and this many characters of
# prose (about two sentences; :func:`opening`). Session 5's variant A used 400; session 7 chose it again by
# cross-validation among 250, 400 and 800 (each fold choosing on the fold it was fitted on; bench/README.md,
# "cluster", session 7).
OPENING_CHARACTERS = 400
# How far into the text the opening may reach when lines that are not prose (addresses) are skipped. Not
# tuned: a bound on the work, set once (an address is rarely longer than the opening itself).
OPENING_SCANNED = 4 * OPENING_CHARACTERS
# A story's principal names are those of the openings of its first CORE_MEMBERS articles: who the story was
# about when it began (the same 3 as session 5's variant A; session 7's cross-validation among 2, 3 and 5 kept 3).
CORE_MEMBERS = 3
# A run's last word is a proper name (a surname, a ship, a town) when the documents seen so far write it in
# lower case at most this share as often as they name it capitalised ("Williams", "Mysore"; not "navy",
# "center", "office"). Learned from the stream, so it works for any language. 0.3 was cross-validated
# (bench/README.md, "cluster", session 6); in session 7's cross-validation among 0.1, 0.3 and 0.5 one fold
# chose 0.1 and the other 0.3, so it stays.
PROPER_LOWER_SHARE = 0.3
# Runs of two or more capitalised words: "Jamal Williams", "INS Sukanya", "Ken Salazar".
CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'’-]*[A-Za-z]|[A-Z]{2,})(?: (?:[A-Z][\w'’-]*[A-Za-z]|[A-Z]{2,}))+")
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*[a-z]")
# A line that capitalises at least this share of its words (and has HEADLINE_WORDS or more) is a headline in
# title case, whose capitals say nothing about names. Not tuned: set once, before any measurement.
HEADLINE_CAPITALISED = 0.6
HEADLINE_WORDS = 3
# The time gap saturates here: beyond a month, more days say nothing new.
GAP_CAP_WEEKS = 4.0


@dataclass(slots=True)
class ArticleSignals:
    article_id: int
    vector: dict[str, float]
    names: frozenset[str]
    numbers: frozenset[str]
    day: date | None
    outlet: str | None
    embedding: Vector | None = None
    dated_by_metadata: bool = False  # the day came from metadata, not inferred from the text
    lang: str = ""
    # The day when it is explicit: from metadata, or read off the text from a phrase naming the
    # year. A bare weekday read relative to the arrival day says nothing about which event it is.
    explicit_day: date | None = None
    years: frozenset[str] = frozenset()
    # ``names`` in sorted order: a frozenset of strings iterates in an order that changes with
    # PYTHONHASHSEED, and the order of float sums, index queries and ties must not.
    name_order: tuple[str, ...] = field(init=False, default=())
    days: frozenset[str] = frozenset()  # weekdays ("w4") and days of a month ("d9-14") the article names
    # Calendar days (proleptic ordinals) the title and lead name, resolved against the publication
    # day ("Saturday", "June 7", "yesterday"): when the event told happened, at day precision or finer.
    event_days: frozenset[int] = frozenset()
    # (name, IDF, documents naming it, rarity) for the name features, worked out once per arrival
    # (:func:`_name_weights`), and the state of the frequencies they were read from.
    name_weights: tuple[tuple[str, float, int, float], ...] = field(default=(), repr=False, compare=False)
    name_weights_of: tuple[DocumentFrequencies, int] | None = field(default=None, repr=False, compare=False)
    # The proper names of the opening (:func:`find_principals`, :func:`proper_runs`), each a tuple of lower-cased words.
    principals: frozenset[tuple[str, ...]] = frozenset()

    def __post_init__(self) -> None:
        self.name_order = tuple(sorted(self.names))


@dataclass(slots=True)
class StoryState:
    """Running sums over a story's members, enough to compare a new article with it."""

    key: int
    centroid: dict[str, float] = field(default_factory=dict)
    names: Counter[str] = field(default_factory=Counter)
    numbers: Counter[str] = field(default_factory=Counter)
    embedding: Vector | None = None
    size: int = 0
    earliest: date | None = None
    latest: date | None = None
    members: list[int] = field(default_factory=list)
    recent: deque[ArticleSignals] = field(default_factory=lambda: deque(maxlen=MEMBERS_COMPARED))
    index_keys: set[str] = field(default_factory=set)  # the keys it is filed under in an index
    langs: set[str] = field(default_factory=set)
    years: set[str] = field(default_factory=set)
    explicit_earliest: date | None = None
    explicit_latest: date | None = None
    member_embeddings: Vector | None = None  # the last EMBEDDED_MEMBERS members', one a row
    days: set[str] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)
    event_days: set[int] = field(default_factory=set)  # at most STORY_EVENT_DAYS, the first named
    # Of the first CORE_MEMBERS articles; a frozenset, so the many stories that have none share the empty one.
    core_principals: frozenset[tuple[str, ...]] = frozenset()
    _norm: float | None = None
    _embedding_norm: float | None = None

    def add(self, signals: ArticleSignals) -> None:
        # The name weights kept on the article for scoring its candidates are not needed once it is
        # placed: dropped, so the latest members a story keeps (``recent``) do not carry them.
        signals.name_weights, signals.name_weights_of = (), None
        if self.size < CORE_MEMBERS and signals.principals:
            self.core_principals = self.core_principals | signals.principals
        for term, weight in signals.vector.items():
            self.centroid[term] = self.centroid.get(term, 0.0) + weight
        # In sorted order, so ties among equally frequent names are kept the same in every process.
        self.names.update(signals.name_order)
        self.numbers.update(sorted(signals.numbers))
        if signals.embedding is not None:
            self.embedding = signals.embedding.copy() if self.embedding is None else self.embedding + signals.embedding
            row = signals.embedding[np.newaxis, :]
            self.member_embeddings = row if self.member_embeddings is None else \
                np.vstack((self.member_embeddings[-(EMBEDDED_MEMBERS - 1):], row))
        self.size += 1
        self.members.append(signals.article_id)
        self.recent.append(signals)
        self.langs.add(lexical_language(signals.lang))
        day = signals.day
        if day is not None:
            self.earliest = day if self.earliest is None or day < self.earliest else self.earliest
            self.latest = day if self.latest is None or day > self.latest else self.latest
        self.years.update(signals.years)
        self.days.update(signals.days)
        if signals.outlet:
            self.outlets.add(signals.outlet)
        for day_named in sorted(signals.event_days):
            if len(self.event_days) >= STORY_EVENT_DAYS:
                break
            self.event_days.add(day_named)
        explicit = signals.explicit_day
        if explicit is not None:
            if self.explicit_earliest is None or explicit < self.explicit_earliest:
                self.explicit_earliest = explicit
            if self.explicit_latest is None or explicit > self.explicit_latest:
                self.explicit_latest = explicit
        self._norm = None
        self._embedding_norm = None
        if len(self.names) > 2 * STORY_NAMES_KEPT:
            self.names = Counter(dict(self.names.most_common(STORY_NAMES_KEPT)))
        if len(self.numbers) > 2 * STORY_NUMBERS_KEPT:
            self.numbers = Counter(dict(self.numbers.most_common(STORY_NUMBERS_KEPT)))

    def embedding_norm(self) -> float:
        if self._embedding_norm is None:
            self._embedding_norm = 0.0 if self.embedding is None else float(np.linalg.norm(self.embedding))
        return self._embedding_norm

    def norm(self) -> float:
        if self._norm is None:
            self._norm = math.sqrt(sum(w * w for w in self.centroid.values()))
        return self._norm

    def compact(self, terms_kept: int, names_kept: int | None = None,
                name_frequencies: DocumentFrequencies | None = None) -> None:
        """Keep only what a closed story needs to be found and reopened.

        With ``name_frequencies``, the names kept are the most exclusive to the story (its
        documents naming it over all documents naming it: a victim's or a street's name before
        "police" or the city), so a late follow-up that names the victim can still find it.
        """
        strongest = sorted(self.centroid.items(), key=lambda item: -item[1])[:terms_kept]
        self.centroid = dict(strongest)
        if name_frequencies is None:
            self.names = Counter(dict(self.names.most_common(names_kept or terms_kept)))
        else:
            counts = name_frequencies.counts
            ranked = sorted(self.names.items(),
                            key=lambda item: (-item[1] / max(item[1], counts.get(item[0], 1)), -item[1], item[0]))
            self.names = Counter(dict(ranked[:names_kept or terms_kept]))
        self.numbers = Counter(dict(self.numbers.most_common(terms_kept)))
        self.members = self.members[-1:]
        self.recent.clear()
        self.member_embeddings = None
        self._norm = None


def find_names(text: str, title: str | None, stop: frozenset[str], extra: tuple[str, ...] = ()) -> frozenset[str]:
    """Lower-cased capitalised words of the title and lead that are not stopwords, plus ``extra``."""
    found = {m.group().lower() for m in NAME.finditer(f"{title or ''}\n{text[:SIGNAL_CHARACTERS]}")}
    for name in extra:
        found.update(part for part in name.lower().split() if len(part) > 1)
    # Weekdays and months are days, not names (days_shared, days_conflict and the event days read them):
    # "Sabtu" shared by a flood and a football match early in a stream looked exclusive to both.
    return frozenset(n for n in found if n not in stop and n not in _NOT_NAMES and len(n) > 1)


def opening(text: str, title: str | None) -> list[str]:
    """The lines of an article's opening: its title, then the first OPENING_CHARACTERS characters of its prose.

    A line holding a URL or a spaced-out path (" / ": an address copied with spaces, "New Delhi / Mumbai") is
    not prose: it is skipped and not counted, so a report that starts with its address still has its first
    sentences read (until session 6 it was counted, and the first ECB+ pirate report's opening was its address
    and headline). The cut falls between two words, so no run ends in half a word.
    """
    lines, room = [title or ""], OPENING_CHARACTERS
    for line in text[:OPENING_SCANNED].split("\n"):
        if room <= 0:
            break
        if "http" in line or " / " in line:
            continue
        lines.append(line if len(line) <= room else line[:room].rsplit(" ", 1)[0])
        room -= len(line) + 1
    return [line for line in lines if "http" not in line and " / " not in line]


def find_principals(text: str, title: str | None, stop: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """Runs of two or more capitalised words in the opening (:func:`opening`), lower-cased.

    Headlines in title case are skipped; stopwords, weekdays and months are
    dropped from a run ("The Indian Navy" → ("indian", "navy")), and a run must keep two words.
    """
    found = set()
    for line in opening(text, title):
        words = [w for w in line.split() if w[:1].isalpha()]
        if len(words) >= HEADLINE_WORDS and sum(1 for w in words if w[0].isupper()) >= HEADLINE_CAPITALISED * len(words):
            continue
        for match in CAPITALISED_RUN.finditer(line):
            run = tuple(t for t in (w.lower().strip("'’") for w in match.group().split())
                        if t not in stop and t not in _NOT_NAMES and len(t) > 1)
            if len(run) >= 2:
                found.add(run)
    return frozenset(found)


def find_lower_words(text: str, title: str | None) -> frozenset[str]:
    """The words the title and lead write in lower case (for :func:`proper_runs`)."""
    return frozenset(LOWER_WORD.findall(f"{title or ''}\n{text[:SIGNAL_CHARACTERS]}"))


def proper_runs(runs: frozenset[tuple[str, ...]], name_frequencies: DocumentFrequencies,
                lower_frequencies: DocumentFrequencies) -> frozenset[tuple[str, ...]]:
    """The runs whose last word the stream writes capitalised, seldom in lower case (PROPER_LOWER_SHARE).

    "Jamal Williams" and "INS Sukanya" stay; "Indian Navy" and "Treatment Center" go, since other
    documents write "navy" and "center" in lower case.
    """
    lower, named = lower_frequencies.counts, name_frequencies.counts
    return frozenset(run for run in runs if lower.get(run[-1], 0) <= PROPER_LOWER_SHARE * max(1, named.get(run[-1], 1)))


def find_numbers(text: str, title: str | None) -> frozenset[str]:
    return frozenset(NUMBER.findall(f"{title or ''}\n{text[:SIGNAL_CHARACTERS]}"))


def explicit_day(published: PublishedDate | None) -> date | None:
    """The publication day if it is explicit: metadata, or a text phrase that names the year."""
    if published is None or (published.inferred and not YEAR.search(published.source)):
        return None
    value = published.value
    return value.date() if isinstance(value, datetime) else value


def find_days(text: str, title: str | None) -> frozenset[str]:
    """The weekdays ("w0" Monday … "w6" Sunday) and days of a month ("d9-14") the title and lead name."""
    lead = f"{title or ''}\n{text[:SIGNAL_CHARACTERS]}"
    found = {f"w{_WEEKDAYS[m.group(1).lower()]}" for m in WEEKDAY.finditer(lead)}
    for m in MONTH_DAY.finditer(lead):
        day = int(m.group(2))
        if 1 <= day <= 31:
            found.add(f"d{_MONTHS[m.group(1).lower()]}-{day}")
    for m in DAY_MONTH.finditer(lead):
        day = int(m.group(1))
        if 1 <= day <= 31:
            found.add(f"d{_MONTHS[m.group(2).lower()]}-{day}")
    return frozenset(found)


def find_event_days(text: str, title: str | None, lang: str, reference: date | None) -> frozenset[int]:
    """Calendar days (ordinals) the title and lead name at day precision, resolved against ``reference``.

    Without a reference only dates that carry their year (or take it from the text) are read.
    The date reader runs on every lead: a prefilter that skips leads holding no date cue (a month
    or weekday name, a relative day, a slashed date) gives the same days but costs more than it
    saves (bench/cluster_date_cue.py; bench/README.md, "cluster", session 5).
    """
    lead = f"{title or ''}\n{text[:SIGNAL_CHARACTERS]}"
    found = set()
    for mention in find_dates(lead, lang, reference):
        if mention.granularity not in DAY_PRECISION or mention.value_end is not None:
            continue
        value = mention.value
        found.add((value.date() if isinstance(value, datetime) else value).toordinal())
    return frozenset(found)


def find_years(numbers: frozenset[str]) -> frozenset[str]:
    return frozenset(n for n in numbers if YEAR.fullmatch(n))


def time_gap_days(day: date | None, story: StoryState) -> int | None:
    """Days from ``day`` to the story's date range (0 inside it), or ``None`` when undated."""
    return _gap(day, story.earliest, story.latest)


def _gap(day: date | None, earliest: date | None, latest: date | None) -> int | None:
    if day is None or earliest is None or latest is None:
        return None
    if day < earliest:
        return (earliest - day).days
    if day > latest:
        return (day - latest).days
    return 0


def conflicting_principals(article: ArticleSignals, story: StoryState) -> tuple[list[str], list[str]]:
    """The article's principal names new to the story, and the story's the article does not name (for explanations)."""
    new = sorted(" ".join(run) for run in article.principals if run[-1] not in story.names)
    absent = sorted(" ".join(run) for run in story.core_principals if run[-1] not in article.names)
    return new, absent


def shared_names(article: ArticleSignals, story: StoryState) -> list[str]:
    return sorted(n for n in article.names if n in story.names)


def lexical_language(lang: str) -> str:
    """Languages whose words TF-IDF can compare: Malay and Indonesian share stems."""
    return "id" if lang == "ms" else lang


def _name_weights(article: ArticleSignals, name_frequencies: DocumentFrequencies) -> tuple[tuple[str, float, int, float], ...]:
    """Each of the article's names (sorted) with its IDF, the documents naming it, and its rarity.

    The same for every candidate story of one arrival, so it is worked out once and kept on the
    article until the frequencies change (they count one more document with each arrival).
    """
    held = article.name_weights_of
    if held is not None and held[0] is name_frequencies and held[1] == name_frequencies.documents:
        return article.name_weights
    counts, documents = name_frequencies.counts, name_frequencies.documents
    rows = []
    for name in article.name_order:
        # Documents with the name: the story's, this article, and any others (rare_name is the story's
        # share of them: 1 when it is the story's alone, a victim's or a street's name, small for
        # "police" or a city), times the share of all documents that lack it: early in a stream (two
        # documents, both naming it) a name is "exclusive" without saying anything.
        named = max(1, counts.get(name, 1))
        rows.append((name, name_frequencies.idf(name), named, 1.0 - named / max(named, documents)))
    article.name_weights = tuple(rows)
    article.name_weights_of = (name_frequencies, documents)
    return article.name_weights


def pair_features(
    article: ArticleSignals,
    story: StoryState,
    name_frequencies: DocumentFrequencies,
    bridge: tuple[float, float] = (0.0, 0.0),
) -> list[float]:
    """One value per name in :data:`FEATURES`.

    Across languages (the article's language is not one of the story's) words
    cannot match, so each lexical similarity is raised to what the embedding
    similarity predicts for it, ``bridge[0] + bridge[1] * embedding`` (a line fitted
    on same-language pairs by the calibration).
    """
    tfidf = cosine(article.vector, story.centroid, story.norm())
    embedding = 0.0
    if article.embedding is not None and story.embedding is not None:
        norm = story.embedding_norm()
        embedding = float(article.embedding @ story.embedding) / norm if norm else 0.0
    total = 0.0
    shared = 0.0
    rarest = 0.0
    member_shared = [0.0] * len(story.recent)
    story_names = story.names
    for name, idf, named, rarity in _name_weights(article, name_frequencies):
        total += idf
        in_story = story_names.get(name, 0)
        if in_story:
            shared += idf
            rarest = max(rarest, min(1.0, (in_story + 1) / named) * rarity)
            for i, member in enumerate(story.recent):
                if name in member.names:
                    member_shared[i] += idf
    names = shared / total if total else 0.0
    names_member = max(member_shared) / total if total and member_shared else names
    rare_name = rarest
    common_numbers = sum(1 for n in article.numbers if n in story.numbers)
    numbers = math.log1p(common_numbers)
    numbers_share = common_numbers / len(article.numbers) if article.numbers else 0.0
    years_conflict = 1.0 if article.years and story.years and not (article.years & story.years) else 0.0
    explicit_gap = _gap(article.explicit_day, story.explicit_earliest, story.explicit_latest)
    far_gap = 0.0 if explicit_gap is None else math.log1p(explicit_gap)
    gap = time_gap_days(article.day, story)
    gap_weeks = GAP_CAP_WEEKS if gap is None else min(gap / 7.0, GAP_CAP_WEEKS)
    undated = 1.0 if gap is None else 0.0
    if gap is None:
        gap_weeks = 0.0
    tfidf_member = max((cosine(article.vector, m.vector, 1.0) for m in story.recent), default=tfidf)
    embedding_member = embedding_all = embedding
    if article.embedding is not None and story.member_embeddings is not None:
        # One product for both: the matrix's last rows are the latest members (``recent``).
        scores = story.member_embeddings @ article.embedding
        embedding_all = float(scores.max())
        if story.recent:
            embedding_member = float(scores[-len(story.recent):].max())
    if story.langs and lexical_language(article.lang) not in story.langs:
        tfidf = max(tfidf, bridge[0] + bridge[1] * embedding)
        tfidf_member = max(tfidf_member, bridge[0] + bridge[1] * embedding_member)
    days_shared = 1.0 if article.days & story.days else 0.0
    days_conflict = 0.0
    if not days_shared and article.days and story.days:
        kinds = {d[0] for d in article.days} & {d[0] for d in story.days}
        days_conflict = 1.0 if kinds else 0.0
    same_outlet = 1.0 if article.outlet and article.outlet in story.outlets else 0.0
    event_day_shared = event_day_conflict = 0.0
    if article.event_days and story.event_days:
        story_days = story.event_days
        if any(d in story_days or d - 1 in story_days or d + 1 in story_days for d in article.event_days):
            event_day_shared = 1.0
        else:
            event_day_conflict = 1.0
    # A principal name is matched by its last word (the surname, the ship's name), against all the names of
    # the other side: "Williams" alone in a follow-up still names "Jamal Williams". Shares of the runs.
    principal_new = sum(1.0 for run in article.principals if run[-1] not in story_names) / len(article.principals) \
        if article.principals else 0.0
    principal_absent = sum(1.0 for run in story.core_principals if run[-1] not in article.names) \
        / len(story.core_principals) if story.core_principals else 0.0
    return [tfidf, embedding, tfidf_member, embedding_member, names, numbers, gap_weeks, undated,
            math.log1p(story.size), rare_name, numbers_share, years_conflict, far_gap, embedding_all, names_member,
            days_shared, days_conflict, same_outlet, event_day_shared, event_day_conflict,
            principal_new, principal_absent, principal_new * principal_absent]
