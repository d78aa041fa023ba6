"""Direct and partial quotes with speaker, reporting verb and relay chain.

A quote is text between quotation marks (“…”, "…", and the reversed ”…“ that some
Indonesian sites print). Marks are paired in order inside a paragraph, so a quote may
run over several sentences; a quote left open at the end of a paragraph continues when
the next paragraph opens with a mark (the newspaper convention for long speeches), and
ends at the next closing mark.

Its attribution is read, in order, from:

1. the words after it: ``," kata Presiden Tokayev, melansir Al Jazeera`` (verb first),
   ``," Smith said`` (speaker first);
2. the words before it in the same sentence: ``X mengatakan kepada Interfax: "…"``;
3. the sentence's source chain (``Kazakh, mengutip Kementerian Dalam Negeri yang
   mengatakan … "…"``): the innermost source speaks, the rest relay. Such a *partial*
   quote inside indirect speech must be at least ``MIN_PARTIAL_WORDS`` long: one word
   in marks (“menstabilkan”) is the writer marking a term, not a quotation;
4. the quote before it in the same paragraph (``“A,” kata X. “B.”``): the same speaker.

The speaker is resolved to an entity's canonical form:

- a named entity after the verb or before it (``kata Presiden Tokayev``);
- a pronoun or ``-nya`` (``sambungnya``, ``katanya``, ``dia``, ``he``) → the last
  named speaker: the previous quote's, or a person named as the subject of a reporting
  verb since (``Y mengatakan …. “…,” katanya``);
- an epithet (``sang presiden``, ``the president``, ``kata presiden``) → the person
  last named with that title before the quote (``Presiden Kazakhstan, Kassym-Jomart
  Tokayev``; ``Dmitry Peskov, juru bicara Putin``); when nobody has that title, a
  ``sang`` epithet is the last speaker and an English one stays as written
  ("the minister").

``via`` lists relay outlets, nearest the speaker first: the organisation spoken to
(``kepada Interfax``, ``told Reuters``), then outlets after a relay verb
(``melansir``, ``dikutip``, ``dilansir dari``, ``mengutip``, ``according to``) or a
``menurut`` phrase. A quote nobody is said to have spoken and shorter than
``MIN_UNATTRIBUTED_WORDS`` is a scare quote (“teroris”) and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from telisik.extract.attribution import (
    according_to,
    entity_before,
    find_relays,
    named_after,
    outlet_spoken_to,
    patterns,
    sentence_sources,
)
from telisik.extract.lexicons import lexicon_language, phrase_pattern, read_entries, word_set
from telisik.models import EntityMention, Quote

MARKS = "“”\""
# Unattributed quotes shorter than this are scare quotes ("teroris"), not speech.
MIN_UNATTRIBUTED_WORDS = 5
# A quote attributed only through its sentence's source (indirect speech) shorter than
# this is a marked term ("untuk “menstabilkan” negara"), not a partial quotation. Two:
# the seeds' one-word marks are terms, their partial quotes run to five words.
MIN_PARTIAL_WORDS = 2
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
# How far before a name its title may start ("Perdana Menteri Amenia, Nikol Pashinyan"),
# in characters; the window also stops at a sentence end or a quotation mark. 40 covers
# a title, a country or office of up to three words and a comma.
TITLE_WINDOW = 40
TITLE_WINDOW_STOP = re.compile(r"[.;:!?\n“”\"()]")
# The clause after a name that may give its title as an apposition: ", juru bicara Putin,".
APPOSITION = re.compile(r"\s*,\s*([^,.;:\n“”\"]{1,60})")
NYA = "nya"
NAME_GAP_AT = re.compile(r"[\s,]*")
# How far past the first comma a person may be named after a title that named an office
# ("kata Kepala Divisi Pajak, Infrastruktur dan Keamanan Siber Bima Laga"), in characters.
APPOSED_PERSON_CHARS = 80
# Between an office and the person named after it: no sentence end and no adverbial
# ("kata Kepala Dinas X di Balaikota, Rabu" does not name a person after "di").
SENTENCE_OR_ADVERBIAL = re.compile(
    r"[.;:!?\n“”\"]|\s(?:dalam|kepada|seperti|saat|ketika|di|pada|usai|setelah|melansir|dikutip|mengutip|dilansir)\s",
    re.IGNORECASE,
)
# How many whole lines an open quote may run over before its closing line: a long speech
# is a few paragraphs; further than this an unpaired mark is more likely a typo.
MAX_CONTINUED_LINES = 3
MAX_SPEECH_LINES_BACK = 1


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str | None
    verb: str | None
    via: tuple[str, ...] = ()
    partial: bool = False  # read off the sentence's source: indirect speech around the quote
    trailing: bool = False  # read off the words right after the quote (", kata X")


@dataclass(frozen=True, slots=True)
class QuoteMarks:
    """The positions of a quote's opening and closing marks; the body lies between."""

    open: int
    close: int

    def body(self, text: str) -> tuple[int, int]:
        """The span between the marks without the spaces some sites put inside them (“ Ya … ”)."""
        start, end = self.open + 1, self.close
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end


@dataclass(frozen=True, slots=True)
class Context:
    """What speaker resolution needs to know about the article around one quote."""

    text: str
    entities: list[EntityMention]
    lang: str
    previous: str | None  # the last named speaker before the quote
    # Where the sentence's own source may be read from: after a quote of the same sentence
    # whose attribution followed it ("“A,” kata X di acara “B”": "kata X" is A's, not B's).
    sentence_floor: int = 0


@lru_cache(maxsize=None)
def after_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(verb first, speaker first) patterns anchored right after a closing mark."""
    verbs = patterns(lang).reporting_words + "|" + phrase_pattern(read_entries(lang, "quote_attribution_words"))
    verb_first = re.compile(rf"[\s,]*(?P<verb>{verbs})(?P<nya>{NYA})?(?![\w-])", re.IGNORECASE)
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


@lru_cache(maxsize=None)
def title_pattern(lang: str) -> re.Pattern[str]:
    """Any title of ``person_titles`` as whole words, longest first ("wakil presiden" before "presiden")."""
    return re.compile(rf"(?<![\w-])(?:{phrase_pattern(read_entries(lang, 'person_titles'))})(?![\w-])", re.IGNORECASE)


def find_quotes(text: str, entities: list[EntityMention], lang: str = "id") -> list[Quote]:
    """Direct and partial quotes in ``text`` with their attribution, in text order."""
    lang = lexicon_language(lang)
    speakers = reported_speakers(text, entities, lang)
    quotes: list[Quote] = []
    previous: tuple[int, Attribution] | None = None  # the last attributed quote: (its end, attribution)
    for marks in quote_marks(text, lang):
        body_start, body_end = marks.body(text)
        last = last_named(speakers, previous, marks.open)
        floor = previous[0] if previous is not None and previous[1].trailing else 0
        context = Context(text, entities, lang, last[1] if last else None, floor)
        attribution = attribute(text, marks, context)
        if attribution is None and last is not None and continues_speech(text, last[0], marks.open):
            via = previous[1].via if previous is not None and previous[0] == last[0] else ()
            attribution = Attribution(last[1], None, via)  # “A,” kata X. “B.” / X menegaskan …\n“B.”
        words = len(text[body_start:body_end].split())
        if attribution is None or attribution.speaker is None:
            if words < MIN_UNATTRIBUTED_WORDS:
                continue
            attribution = attribution or Attribution(None, None)
        elif attribution.partial and words < MIN_PARTIAL_WORDS:
            continue
        quotes.append(
            Quote(text[body_start:body_end], body_start, body_end, attribution.speaker, attribution.verb,
                  attribution.via)
        )
        if attribution.speaker is not None:
            previous = (marks.close + 1, attribution)
    return quotes


def quote_marks(text: str, lang: str = "id") -> Iterator[QuoteMarks]:
    """Opening and closing marks paired in order within each line; a quote left open at a
    line's end runs on (see ``continues``) for up to ``MAX_CONTINUED_LINES`` lines."""
    pending: int | None = None  # the opening mark of a quote still open at a line's end
    carried = 0  # lines the pending quote has run over
    for start, end in paragraphs(text):
        marks = [i for i in range(start, end) if text[i] in MARKS]
        if pending is None and marks and closes_earlier_quote(text, marks[0], lang):
            marks = marks[1:]  # '…," kata X' ending a quote opened before the text we have
        if pending is not None:
            how = continues(text, start, marks)
            if how == "reopens":
                marks = marks[1:]  # the mark that re-opens the quote
            if how is None or carried >= MAX_CONTINUED_LINES:
                pending = None  # not continued: drop it, as an unpaired mark
            elif not marks:
                carried += 1
                continue  # a whole line of speech; still open
            else:
                yield QuoteMarks(pending, marks[0])
                marks, pending = marks[1:], None
        for opening, closing in zip(marks[::2], marks[1::2]):
            if text[opening + 1 : closing].strip():
                yield QuoteMarks(opening, closing)
        if len(marks) % 2 and text[marks[-1] + 1 : end].strip():
            pending, carried = marks[-1], 0


def closes_earlier_quote(text: str, mark: int, lang: str) -> bool:
    """A line's first mark that has text but no mark before it on the line and a reporting
    verb right after it ("Tidak ada masalah …,” kata Menteri …") closes a quote whose opening
    lies before this text (a cut excerpt, a quote over more lines than we follow)."""
    line_start = text.rfind("\n", 0, mark) + 1
    if not text[line_start:mark].strip():
        return False
    verb_first, _ = after_patterns(lang)
    return verb_first.match(text, mark + 1, sentence_end(text, mark + 1)) is not None


def continues(text: str, start: int, marks: list[int]) -> str | None:
    """How the line at ``start`` continues a quote open at the end of the line before:
    "reopens" when it starts with a mark (the newspaper convention for a long speech),
    "closes" when it has an odd number of marks, the first closing the quote (corpora
    that put each sentence on its own line), "runs" when it has none; else None."""
    if marks and not text[start : marks[0]].strip():
        return "reopens"
    if len(marks) % 2:
        return "closes"
    return "runs" if not marks else None


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def continues_speech(text: str, named_at: int, opening: int) -> bool:
    """An unattributed quote goes on with the last named speaker when it opens a sentence
    and that speaker was named in its line or the line before: “A,” kata X. “B.” — but
    not a title in marks inside a sentence (… dalam acara "Diskusi Kebijakan").
    ``MAX_SPEECH_LINES_BACK`` lines: one, as paragraphs (or sentence lines) of speech follow
    their attribution directly."""
    if text[sentence_start(text, opening) : opening].strip():
        return False
    return text.count("\n", named_at, opening) <= MAX_SPEECH_LINES_BACK


def attribute(text: str, marks: QuoteMarks, context: Context) -> Attribution | None:
    """The first attribution found after the quote, before it, or in its sentence."""
    after = marks.close + 1
    tail_end = sentence_end(text, after, context.lang)
    head_start = sentence_start(text, marks.open)
    return (
        attribution_after(after, tail_end, context)
        or attribution_before(head_start, marks.open, context)
        or (attribution_from_sentence(head_start, marks.open, context) if context.sentence_floor <= head_start else None)
    )


def sentence_end(text: str, position: int, lang: str = "id") -> int:
    """Where the sentence at ``position`` ends; the full stop of an abbreviation ("Dr.") does not end it."""
    while (found := SENTENCE_END.search(text, position)) is not None:
        words = text[position : found.start()].split()
        if found.group() == "." and words and words[-1].lower() in word_set(lang, "abbreviations"):
            position = found.end()
            continue
        return found.start()
    return len(text)


def sentence_start(text: str, position: int) -> int:
    found = SENTENCE_START.search(text, 0, position)
    return found.start() + 1 if found else 0


def attribution_after(start: int, end: int, context: Context) -> Attribution | None:
    """``," kata X`` / ``," sambungnya`` / ``," X said``, then relays up to the sentence end."""
    text, entities, lang = context.text, context.entities, context.lang
    verb_first, speaker_first = after_patterns(lang)
    found = verb_first.match(text, start, end)
    if found is not None:
        verb, nya = split_nya(found.group("verb"), lang)
        if nya or found.group("nya"):
            speaker = context.previous
        else:
            speaker = speaker_in(found.end(), end, context)
    else:
        found = speaker_first.match(text, start, end)
        if found is None:
            return None
        verb = found.group("verb").lower()
        speaker = speaker_in(found.start("speaker"), found.end("speaker"), context)
    spoken_to = outlet_spoken_to(text, found.start("verb"), end, entities, lang)
    via = relay_chain(spoken_to, find_relays(text, found.end(), end, entities, lang))
    return Attribution(speaker, verb, via, trailing=True)


def split_nya(verb: str, lang: str) -> tuple[str, bool]:
    """``katanya`` → ("kata", True): a reporting verb with the -nya pronoun written on."""
    lowered = verb.lower()
    if lowered.endswith(NYA) and lowered[: -len(NYA)] in word_set(lang, "reporting_verbs"):
        return lowered[: -len(NYA)], True
    return lowered, False


def speaker_in(start: int, end: int, context: Context) -> str | None:
    """The speaker named in text[start:end]: an entity's canonical form, the person an
    epithet or pronoun points to, else the words as written."""
    text, lang = context.text, context.lang
    phrase_end = speaker_phrase_end(text, start, end, lang)
    named = [e for e in context.entities if start <= e.start < phrase_end]
    if not any(e.type == "PER" for e in named) and starts_with_title(text, start, lang):
        # "kata Kepala Dinas Perumahan, Agustino Darmawan": the office, then the person
        apposed = APPOSED_PERSON_CHARS
        named += [e for e in context.entities if phrase_end <= e.start < min(end, phrase_end + apposed) and e.type == "PER"
                  and not SENTENCE_OR_ADVERBIAL.search(text, phrase_end, e.start)]
    for wanted in ("PER", "ORG"):  # "Kepala BNPB Suharyanto": the person speaks
        entity = next((e for e in named if e.type == wanted), None)
        if entity is not None:
            return entity.canonical
    words = text[start:phrase_end].split()
    if not words:
        return None
    epithet = epithet_title(words, lang)
    if epithet is not None:
        titled = person_titled(epithet, start, context)
        if titled is not None:
            return titled
    if words[0].lower() in word_set(lang, "speaker_pronouns"):
        return context.previous
    return " ".join(words[:MAX_SPEAKER_WORDS])


def speaker_phrase_end(text: str, start: int, end: int, lang: str) -> int:
    """Where the speaker phrase after a verb ends: the first stop that is not the full stop
    of an abbreviation ("Dr. Damar", "Prof. Yusuf")."""
    position = start
    while True:
        stop = SPEAKER_STOP.search(text, position, end)
        if stop is None:
            return end
        before = text[start : stop.start()].split()
        if stop.group() == "." and before and before[-1].lower() in word_set(lang, "abbreviations"):
            position = stop.end()
            continue
        return stop.start()


def starts_with_title(text: str, start: int, lang: str) -> bool:
    found = title_pattern(lang).match(text, NAME_GAP_AT.match(text, start).end())  # type: ignore[union-attr]
    return found is not None


def epithet_title(words: list[str], lang: str) -> str | None:
    """ "sang presiden" / "the president" / "presiden" → "presiden"; None for other phrases."""
    rest = words[1:] if words[0].lower() in word_set(lang, "epithet_determiners") else words
    phrase = " ".join(rest).lower()
    return phrase if phrase and phrase in word_set(lang, "person_titles") else None


def person_titled(title: str, before: int, context: Context) -> str | None:
    """The person last named with ``title`` before ``before``: its canonical form, or None."""
    titled = {
        e.canonical for e in context.entities
        if e.type == "PER" and e.start < before and title in titles_of(e, context.text, context.lang)
    }
    latest = [e for e in context.entities if e.canonical in titled and e.start < before]
    return max(latest, key=lambda e: e.start).canonical if latest else None


def titles_of(entity: EntityMention, text: str, lang: str) -> set[str]:
    """The titles written just before a name or in an apposition after it, lower-cased."""
    window_start = max(0, entity.start - TITLE_WINDOW)
    stops = list(TITLE_WINDOW_STOP.finditer(text, window_start, entity.start))
    window = text[stops[-1].end() if stops else window_start : entity.start]
    apposition = APPOSITION.match(text, entity.end)
    if apposition is not None:
        window += " | " + apposition.group(1)
    return {" ".join(m.group().lower().split()) for m in title_pattern(lang).finditer(window)}


def attribution_before(start: int, end: int, context: Context) -> Attribution | None:
    """``Leonid Kalashnikov mengatakan kepada Interfax: "…"``."""
    text, entities, lang = context.text, context.entities, context.lang
    found = before_pattern(lang).search(text, start, end)
    if found is None:
        return None
    speaker = next((e for e in reversed(entities) if start <= e.start and e.end <= found.start()), None)
    if speaker is None or speaker.type not in ("PER", "ORG"):
        return None
    spoken_to = outlet_spoken_to(text, found.start(), end, entities, lang)
    via = relay_chain(spoken_to, find_relays(text, start, found.start(), entities, lang))
    return Attribution(speaker.canonical, found.group("verb").lower(), via)


def relay_chain(spoken_to: str | None, relays: Iterable[str]) -> tuple[str, ...]:
    """The outlet spoken to first, then the relays named, each once."""
    via: tuple[str, ...] = (spoken_to,) if spoken_to else ()
    return via + tuple(r for r in relays if r not in via)


def attribution_from_sentence(start: int, end: int, context: Context) -> Attribution | None:
    """A source named earlier in the sentence: ``Kazakh, mengutip Kementerian … "…"``,
    ``Menurut Reuters, Putin mengatakan bahwa Rusia "…"``."""
    text, entities, lang = context.text, context.entities, context.lang
    chain = sentence_sources(text, start, end, entities, lang)
    if not chain:
        return None
    reported_by = according_to(text, start, end, entities, lang)
    relays = chain[1:] + ((reported_by,) if reported_by and reported_by not in chain else ())
    verb = patterns(lang).reporting.search(text, start, end)
    return Attribution(chain[0], verb.group().lower() if verb else None, relays, partial=True)


def reported_speakers(text: str, entities: list[EntityMention], lang: str) -> list[tuple[int, str]]:
    """(position, canonical) of each person named as the subject of a reporting verb:
    "Presiden Jokowi mengatakan …", "kata Tokayev" — the people a later ``-nya`` may mean."""
    found = []
    for match in patterns(lang).reporting.finditer(text):
        subject = entity_before(text, match.start(), entities) or named_after(text, match.end(), entities)
        if subject is not None and subject.type == "PER":
            found.append((match.start(), subject.canonical))
    return found


def last_named(
    speakers: list[tuple[int, str]], previous: tuple[int, Attribution] | None, position: int
) -> tuple[int, str] | None:
    """(where, who) of the last named speaker before ``position``: a reporting verb's subject
    named after the previous quote, else the previous quote's speaker."""
    since = previous[0] if previous is not None else 0
    named = [(at, name) for at, name in speakers if since <= at < position]
    if named:
        return named[-1]
    if previous is not None and previous[1].speaker is not None:
        return previous[0], previous[1].speaker
    return None
