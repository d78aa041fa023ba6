"""Stage 3: Article → mentions, claims.

:func:`extract` reads one article in this order:

1. sentences (the article's own, else ``telisik.language.sentences``);
2. dates, resolved against the publication date when there is one;
3. numbers, as intervals;
4. entities (PER / ORG / LOC) with canonical forms — :mod:`.entities`;
5. quotes with speaker, verb and relay chain — :mod:`.quotes`;
6. casualty claims with victim group and source chain, and other quantities with their
   subject (kept apart, ``Extraction.quantities``) — :mod:`.claims`; the title is read for
   claims too, when the text does not repeat it (``Claim.field == "title"``: its spans index
   the title), since headlines often carry a figure the body never states
   ("4 injured in Sacramento shooting"); an article that credits one source as a whole
   ("Sumber: The Verge", a closing "(Antara)") has it added to its claims' source chains —
   :mod:`.credits`;
7. consistency flags (weekday vs date, a count contradicted) — :mod:`.consistency`.

This is the rule-based baseline: every cue word lives in ``data/<lang>/*.txt``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from telisik.errors import StageError, TelisikError
from telisik.extract.claims import find_claims, find_quantities
from telisik.extract.credits import credit_claims, find_credit
from telisik.extract.consistency import find_flags
from telisik.extract.entities import find_entities
from telisik.extract.lexicons import lexicon_language
from telisik.extract.quotes import find_quotes
from telisik.language.dates import find_dates
from telisik.language.numbers import find_numbers
from telisik.language.sentences import split_sentences
from telisik.models import Article, Claim, Extraction, NumberMention, Sentence

__all__ = ["extract", "find_entities"]

# A title is in title case ("Tabrakan di Tol Cipularang, Dua Orang Tewas") when at least this share of its
# words (of two letters or more) begin with a capital; then a capitalised number word in it is a number, not
# a name as it would be inside a sentence ("ibu kota Peru, Lima"). Set, not tuned: most words of a headline.
TITLE_CASE_SHARE = 0.6
# A title longer than this is no headline (a feed that put a body in it): it is not read for claims. Set, not
# tuned: headlines run to about 100 characters; the longest title in gva-dev and neus-val (site name included) has 200.
MAX_TITLE_CHARS = 500


def extract(article: Article) -> Extraction:
    """Everything the extract stage reads from one article.

    Raises ``ConfigError`` for a language without word lists, and ``StageError`` (with
    the article id) when a step fails on this article's text.
    """
    lang = lexicon_language(article.lang)
    try:
        return _extract(article, lang)
    except TelisikError:
        raise
    except (ValueError, IndexError, KeyError) as error:
        raise StageError(f"extract failed: {error!r}", item=f"article:{article.id}") from error


def _extract(article: Article, lang: str) -> Extraction:
    text = article.text
    reference = publication_day(article)
    sentences = list(article.sentences) or split_sentences(text, lang)
    dates = find_dates(text, lang, reference)
    numbers = find_numbers(text, lang)
    entities = find_entities(text, lang)
    quotes = find_quotes(text, entities, lang)
    claims = find_claims(text, sentences, numbers, dates, entities, lang)
    quantities = find_quantities(text, sentences, numbers, dates, entities, claims, lang)
    flags = find_flags(text, claims, lang, reference, entities)
    title_claims, title_quantities = read_title(article, lang, reference)
    credit = find_credit(text)  # "Sumber: The Verge": every figure came through it
    claims = credit_claims(title_claims + claims, credit, article.outlet)
    quantities = credit_claims(title_quantities + quantities, credit, article.outlet)
    return Extraction(
        article_id=article.id,
        dates=tuple(dates),
        numbers=tuple(numbers),
        entities=tuple(entities),
        claims=tuple(claims),
        quotes=tuple(quotes),
        flags=tuple(flags),
        quantities=tuple(quantities),
    )


def read_title(article: Article, lang: str, reference: date | None) -> tuple[list[Claim], list[Claim]]:
    """Claims and quantities of the title, marked ``field="title"``; none when there is no
    title, when it is too long to be a headline, or when the text already contains it (its
    claims are then read from the text)."""
    title = article.title or ""
    if not title.strip() or len(title) > MAX_TITLE_CHARS or title.strip() in article.text:
        return [], []
    sentences = split_sentences(title, lang) or [Sentence(0, len(title))]
    dates = find_dates(title, lang, reference)
    numbers = title_numbers(title, lang)
    entities = find_entities(title, lang)
    claims = find_claims(title, sentences, numbers, dates, entities, lang)
    quantities = find_quantities(title, sentences, numbers, dates, entities, claims, lang)
    return [replace(c, field="title") for c in claims], [replace(q, field="title") for q in quantities]


def title_numbers(title: str, lang: str) -> list[NumberMention]:
    """The numbers of a title; in a title-case headline, number words are read whatever their case
    (found in a copy whose capitals are lowered letter for letter, so the offsets hold)."""
    words = [w for w in title.split() if len(w) > 1 and w[0].isalpha()]
    if not words or sum(w[0].isupper() for w in words) < TITLE_CASE_SHARE * len(words):
        return find_numbers(title, lang)
    lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in title)
    return [replace(n, text=title[n.start : n.end]) for n in find_numbers(lowered, lang)]


def publication_day(article: Article) -> date | None:
    """The date part of the publication date, the reference for relative dates."""
    if article.published is None:
        return None
    value = article.published.value
    return value.date() if isinstance(value, datetime) else value
