"""Direct quotes with speaker, reporting verb and relay chain.

A quote is text between quotation marks (“…”, "…", and the reversed ”…“ that some
Indonesian sites print). Its attribution is read, in order, from:

1. the words after it: ``," kata Presiden Tokayev, melansir Al Jazeera`` (verb first),
   ``," Smith said`` (speaker first); ``sambungnya`` / ``sambung sang presiden`` / ``he
   added`` point back to the previous quote's speaker;
2. the words before it in the same sentence: ``X mengatakan kepada Interfax: "…"``;
3. the sentence's source chain (``Kazakh, mengutip Kementerian Dalam Negeri yang
   mengatakan … "…"``): the innermost source speaks, the rest relay.

``via`` lists relay outlets, nearest first: ``melansir``/``dikutip``/``according to``
after the quote, or the organisation spoken to (``kepada Interfax``). A quote nobody is
said to have spoken and shorter than ``MIN_UNATTRIBUTED_WORDS`` is a scare quote
(“menstabilkan”) and is left out.
"""

from __future__ import annotations

from collections.abc import Iterable

import re
from dataclasses import dataclass
from functools import lru_cache

from telisik.extract.attribution import find_relays, outlet_spoken_to, patterns, sentence_sources
from telisik.extract.lexicons import lexicon_language, word_set
from telisik.models import EntityMention, Quote

# Opening mark, text without marks or line breaks, closing mark; pairs are not checked
# because sites mix “ ” " and print ”…“ reversed.
QUOTE_PATTERN = re.compile(r"[“\"”](?P<body>[^“”\"\n]+)[”\"“]")
# Unattributed quotes shorter than this are scare quotes ("teroris"), not speech.
MIN_UNATTRIBUTED_WORDS = 5
# The end of the sentence a quote's attribution lives in: a full stop, ! or ? before a
# space or line end, a line break, or the next quotation mark.
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n|[“\"”]")
SENTENCE_START = re.compile(r"(?:[.!?](?=\s)|\n)[^.!?\n]*$")
# Where a speaker phrase after the verb stops: punctuation or a word that starts an adverbial.
SPEAKER_STOP = re.compile(
    r"[,.;:()\n]|\s(?:dalam|kepada|seperti|saat|ketika|di|pada|usai|setelah|melansir|dikutip|mengutip"
    r"|dilansir|sambil|seraya|when|in|on|at|to|after|according|as)\s",
    re.IGNORECASE,
)
# Longest speaker phrase kept when no entity is found in it, in words ("seorang pejabat").
MAX_SPEAKER_WORDS = 5


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str | None
    verb: str | None
    via: tuple[str, ...] = ()


@lru_cache(maxsize=None)
def after_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(verb first, speaker first) patterns anchored right after a closing mark."""
    verbs = patterns(lang).reporting_words
    verb_first = re.compile(rf"[\s,]*(?P<verb>{verbs})(?P<nya>nya)?(?![\w-])", re.IGNORECASE)
    speaker_first = re.compile(
        rf"[\s,]*(?P<speaker>[^\s,.;:“”\"]+(?:\s+[^\s,.;:“”\"]+){{0,3}}?)\s+(?P<verb>{verbs})(?![\w-])",
        re.IGNORECASE,
    )
    return verb_first, speaker_first


@lru_cache(maxsize=None)
def before_pattern(lang: str) -> re.Pattern[str]:
    """``X mengatakan kepada Interfax:`` / ``X said:`` ending right at an opening mark."""
    verbs = patterns(lang).reporting.pattern
    return re.compile(rf"(?P<verb>{verbs})(?:\s+(?:kepada|to)\s+[^,:“”\"]{{1,40}}?)?\s*[:,]?\s*$", re.IGNORECASE)


def find_quotes(text: str, entities: list[EntityMention], lang: str = "id") -> list[Quote]:
    """Direct quotes in ``text`` with their attribution, in text order."""
    lang = lexicon_language(lang)
    quotes: list[Quote] = []
    previous_speaker: str | None = None
    for match in QUOTE_PATTERN.finditer(text):
        attribution = attribute(text, match, entities, lang, previous_speaker)
        body_start, body_end = match.span("body")
        if attribution.speaker is None and len(match.group("body").split()) < MIN_UNATTRIBUTED_WORDS:
            continue
        quotes.append(
            Quote(text[body_start:body_end], body_start, body_end, attribution.speaker, attribution.verb, attribution.via)
        )
        previous_speaker = attribution.speaker or previous_speaker
    return quotes


def attribute(
    text: str, match: re.Match[str], entities: list[EntityMention], lang: str, previous: str | None
) -> Attribution:
    """The first attribution found after the quote, before it, or in its sentence."""
    tail_end = sentence_end(text, match.end())
    head_start = sentence_start(text, match.start())
    return (
        attribution_after(text, match.end(), tail_end, entities, lang, previous)
        or attribution_before(text, head_start, match.start(), entities, lang)
        or attribution_from_sentence(text, head_start, match.start(), entities, lang)
        or Attribution(None, None)
    )


def sentence_end(text: str, position: int) -> int:
    found = SENTENCE_END.search(text, position)
    return found.start() if found else len(text)


def sentence_start(text: str, position: int) -> int:
    found = SENTENCE_START.search(text, 0, position)
    return found.start() + 1 if found else 0


def attribution_after(
    text: str, start: int, end: int, entities: list[EntityMention], lang: str, previous: str | None
) -> Attribution | None:
    """``," kata X`` / ``," sambungnya`` / ``," X said``, then relays up to the sentence end."""
    verb_first, speaker_first = after_patterns(lang)
    found = verb_first.match(text, start, end)
    if found is not None:
        if found.group("nya"):
            speaker = previous
        else:
            speaker = speaker_in(text, found.end(), end, entities, lang, previous)
    else:
        found = speaker_first.match(text, start, end)
        if found is None:
            return None
        speaker = speaker_in(text, found.start("speaker"), found.end("speaker"), entities, lang, previous)
    spoken_to = outlet_spoken_to(text, found.start("verb"), end, entities, lang)
    via = _relay_chain(spoken_to, find_relays(text, found.end(), end, entities, lang))
    return Attribution(speaker, found.group("verb").lower(), via)


def speaker_in(
    text: str, start: int, end: int, entities: list[EntityMention], lang: str, previous: str | None
) -> str | None:
    """The speaker named in text[start:end]: an entity's canonical form, the previous
    speaker for a pronoun ("sang presiden", "he"), else the words as written."""
    stop = SPEAKER_STOP.search(text, start, end)
    phrase_end = stop.start() if stop else end
    named = [e for e in entities if start <= e.start < phrase_end]
    for wanted in ("PER", "ORG"):  # "Kepala BNPB Suharyanto": the person speaks
        entity = next((e for e in named if e.type == wanted), None)
        if entity is not None:
            return entity.canonical
    words = text[start:phrase_end].split()
    if not words:
        return None
    if words[0].lower() in word_set(lang, "speaker_pronouns"):
        return previous
    return " ".join(words[:MAX_SPEAKER_WORDS])


def attribution_before(
    text: str, start: int, end: int, entities: list[EntityMention], lang: str
) -> Attribution | None:
    """``Leonid Kalashnikov mengatakan kepada Interfax: "…"``."""
    found = before_pattern(lang).search(text, start, end)
    if found is None:
        return None
    speaker = next((e for e in reversed(entities) if start <= e.start and e.end <= found.start()), None)
    if speaker is None or speaker.type not in ("PER", "ORG"):
        return None
    spoken_to = outlet_spoken_to(text, found.start(), end, entities, lang)
    via = _relay_chain(spoken_to, find_relays(text, start, found.start(), entities, lang))
    return Attribution(speaker.canonical, found.group("verb").lower(), via)


def _relay_chain(spoken_to: str | None, relays: Iterable[str]) -> tuple[str, ...]:
    """The outlet spoken to first, then the relays named, each once."""
    via: tuple[str, ...] = (spoken_to,) if spoken_to else ()
    return via + tuple(r for r in relays if r not in via)


def attribution_from_sentence(
    text: str, start: int, end: int, entities: list[EntityMention], lang: str
) -> Attribution | None:
    """A source named earlier in the sentence: ``Kazakh, mengutip Kementerian … "…"``."""
    chain = sentence_sources(text, start, end, entities, lang)
    if not chain:
        return None
    verb = patterns(lang).reporting.search(text, start, end)
    return Attribution(chain[0], verb.group().lower() if verb else None, chain[1:])
