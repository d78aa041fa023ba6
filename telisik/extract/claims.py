"""Casualty claims: how many people were killed, injured, arrested or went missing.

Each count found by ``telisik.language.numbers`` is tried against three patterns, in
this order, inside its sentence; the first that fits makes the claim:

=====  ==========================================  =====================================  ==========
name   shape                                       examples                               confidence
=====  ==========================================  =====================================  ==========
after  COUNT [victim words] [auxiliaries] WORD     "8 petugas polisi ... tewas",          0.9 with victim words,
                                                   "317 lika-luka", "3 people were shot"  0.8 without
verb   VERB COUNT [victim words]                   "menewaskan 5 orang", "killing 3"      0.8
noun   NOUN [fillers] COUNT                        "korban tewas 5 orang",                0.7
                                                   "death toll rose to 12"
zero   a fixed phrase                              "tidak ada korban jiwa"                0.6
one    ARTICLE victim words [aux] WORD (English)   "a man was shot and killed",           0.5
                                                   "a 12-year-old was in critical
                                                   condition"
=====  ==========================================  =====================================  ==========

A casualty word read through the one-letter typo rule ("lika-luka") costs
``TYPO_PENALTY``. Confidence says how explicit the wording is, not how true the claim is.

Never casualties: numbers with a unit (percent, money, year), numbers inside a date,
numbers glued to a word ("12-year-old", "COVID-19") and counts followed by a blocker
word ("12 tahun", "lima pesawat", "4 hours"). In English, "shot" alone is injured;
"shot and killed", "fatally shot", "shot dead" are killed.

``source_chain`` is the sentence's source chain (see :mod:`telisik.extract.attribution`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from telisik.extract.attribution import sentence_sources
from telisik.extract.lexicons import keyed_entries, lexicon_language, phrase_pattern, read_entries, word_set
from telisik.models import Claim, DateMention, EntityMention, NumberMention, Sentence

KINDS = ("killed", "injured", "arrested", "missing")
# Most words between a count and its casualty word ("petugas polisi dan anggota penjaga
# nasional" is 6); longer gaps are usually a different clause.
MAX_SUBJECT_WORDS = 7
# Most auxiliaries between the victim words and the casualty word ("yang ditemukan").
MAX_AUXILIARY_WORDS = 3
# Most filler words between a casualty noun and its count ("bisa mencapai").
MAX_FILLER_WORDS = 3
CONFIDENCE_AFTER_WITH_SUBJECT = 0.9
CONFIDENCE_AFTER_BARE = 0.8
CONFIDENCE_VERB = 0.8
CONFIDENCE_NOUN = 0.7
CONFIDENCE_ZERO = 0.6
# "a man was shot": one victim, told without a number. Below every explicit count, so
# an article that gives a count is taken at its count.
CONFIDENCE_SINGULAR = 0.5
# An age standing for the victim ("a 12-year-old was shot").
AGE = re.compile(r"\d{1,3}-years?-old", re.IGNORECASE)
TYPO_PENALTY = 0.1
# The doubled "luka-luka" with at most one letter wrong in each half ("lika-luka").
DOUBLED_WORD = re.compile(r"([^\W\d_]{4})\s*-\s*([^\W\d_]{4})(?![\w-])")
TYPO_TARGET = "luka"
# Words in the stretch after a count: words with inner hyphens, or one punctuation mark.
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[^\w\s]")
# Punctuation a victim phrase never crosses.
PHRASE_BREAK = frozenset(".,;:!?()[]“”\"")


@dataclass(frozen=True, slots=True)
class Patterns:
    casualty: re.Pattern[str]  # a casualty word at a position (use .match)
    casualty_kind: dict[str, str]  # normalised casualty phrase → kind
    verb_before: re.Pattern[str]  # "menewaskan " ending right before a count
    verb_kind: dict[str, str]
    noun_before: re.Pattern[str]  # "korban tewas sebanyak " ending right before a count
    noun_kind: dict[str, str]
    zero: re.Pattern[str]
    zero_kind: dict[str, str]
    qualifier: re.Pattern[str]
    victims: frozenset[str]
    auxiliaries: frozenset[str]
    blockers: frozenset[str]
    negations: frozenset[str]
    preblockers: frozenset[str]  # a word before a count that makes it a number, not people ("called 911")
    distinct_victims: frozenset[str]  # "another": a victim other than one already told of
    singular: re.Pattern[str] | None  # "a", "an": one victim without a number


@lru_cache(maxsize=None)
def patterns(lang: str) -> Patterns:
    lang = lexicon_language(lang)
    casualty_kind = {
        " ".join(phrase.lower().split()): kind for kind in KINDS for phrase in read_entries(lang, f"casualty_{kind}")
    }
    verb_kind = dict((phrase, kind) for kind, phrase in keyed_entries(lang, "casualty_verbs"))
    noun_kind = dict((phrase, kind) for kind, phrase in keyed_entries(lang, "casualty_nouns"))
    zero_kind = dict((phrase, kind) for kind, phrase in keyed_entries(lang, "zero_casualties"))
    fillers = phrase_pattern(read_entries(lang, "count_fillers"))
    return Patterns(
        casualty=re.compile(rf"(?:{phrase_pattern(tuple(casualty_kind))})(?![\w-])", re.IGNORECASE),
        casualty_kind=casualty_kind,
        verb_before=re.compile(rf"(?<![\w-])({phrase_pattern(tuple(verb_kind))})\s+$", re.IGNORECASE),
        verb_kind=verb_kind,
        noun_before=re.compile(
            rf"(?<![\w-])({phrase_pattern(tuple(noun_kind))})\s+(?:(?:{fillers})\s+){{0,{MAX_FILLER_WORDS}}}$",
            re.IGNORECASE,
        ),
        noun_kind=noun_kind,
        zero=re.compile(rf"(?<![\w-])(?:{phrase_pattern(tuple(zero_kind))})(?![\w-])", re.IGNORECASE),
        zero_kind=zero_kind,
        qualifier=re.compile(rf"^(?:{phrase_pattern(read_entries(lang, 'qualifiers'))})(?![\w-])", re.IGNORECASE),
        victims=frozenset(word for entry in word_set(lang, "victim_nouns") for word in entry.split()),
        auxiliaries=word_set(lang, "casualty_auxiliaries"),
        blockers=word_set(lang, "count_blockers"),
        negations=word_set(lang, "negations"),
        preblockers=word_set(lang, "count_preblockers"),
        distinct_victims=word_set(lang, "distinct_victim_words"),
        singular=_singular_pattern(read_entries(lang, "singular_determiners")),
    )


def _singular_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile(rf"(?<![\w-])(?:{phrase_pattern(words)})(?![\w-])", re.IGNORECASE) if words else None


@dataclass(frozen=True, slots=True)
class Reading:
    """What one pattern read around a count, before it becomes a Claim."""

    kind: str
    subject: str | None
    confidence: float


def find_claims(
    text: str,
    sentences: list[Sentence],
    numbers: list[NumberMention],
    dates: list[DateMention],
    entities: list[EntityMention],
    lang: str = "id",
) -> list[Claim]:
    """Casualty claims in ``text``, in text order."""
    lang = lexicon_language(lang)
    rules = patterns(lang)
    counts = [
        n for n in numbers
        if is_head_count(text, n, dates) and not is_denied(text, n, rules) and not is_preblocked(text, n, rules)
    ]
    claims: list[Claim] = []
    for sentence in sentences:
        inside = [n for n in counts if sentence.start <= n.start and n.end <= sentence.end]
        readings = [(n, read_count(text, n, sentence, inside, rules)) for n in inside]
        found = [(n, r) for n, r in readings if r is not None]
        found += read_singulars(text, sentence, inside, rules)
        found += read_named_victims(text, sentence, inside, entities, rules)
        zeros = list(rules.zero.finditer(text, sentence.start, sentence.end))
        if not found and not zeros:
            continue
        chain = sentence_sources(text, sentence.start, sentence.end, entities, lang)
        claims.extend(make_claim(text, n, r, sentence, chain, rules) for n, r in found)  # type: ignore[arg-type]
        claims.extend(zero_claim(zero, sentence, chain, rules) for zero in zeros)
    return sorted(drop_victims_told_twice(claims, rules), key=lambda claim: claim.start)


def drop_victims_told_twice(claims: list[Claim], rules: Patterns) -> list[Claim]:
    """An article that says someone was killed and, without a number, that "a man was shot"
    is telling of the same victim twice (being shot is how he died): the one-victim injured
    reading goes. Counted injuries ("two others were wounded") and marked other victims
    ("another 5-year-old was hurt") stay."""
    if not any(c.kind == "killed" and (c.min or 0) > 0 for c in claims):
        return claims

    def same_victim(c: Claim) -> bool:
        words = {w.lower() for w in (c.subject or "").split()}
        return c.kind == "injured" and c.confidence == CONFIDENCE_SINGULAR and not words & rules.distinct_victims

    return [c for c in claims if not same_victim(c)]


def read_singulars(
    text: str, sentence: Sentence, counts: list[NumberMention], rules: Patterns
) -> list[tuple[NumberMention, Reading]]:
    """ "a man was shot and killed": one victim, when the article names a victim word but no number."""
    if rules.singular is None:
        return []
    found = []
    for match in rules.singular.finditer(text, sentence.start, sentence.end):
        if any(n.start <= match.start() < n.end for n in counts):
            continue
        one = NumberMention(match.group(), match.start(), match.end(), 1, 1)
        reading = read_after(text, one, sentence, counts, rules)
        if reading is not None and reading.subject is not None:
            subject = f"{match.group()} {reading.subject}"
            found.append((one, Reading(reading.kind, subject, CONFIDENCE_SINGULAR)))
    return found


def read_named_victims(
    text: str, sentence: Sentence, counts: list[NumberMention], entities: list[EntityMention], rules: Patterns
) -> list[tuple[NumberMention, Reading]]:
    """ "Juliet Lynch was killed": a named person as one victim (languages with singular determiners)."""
    if rules.singular is None:
        return []
    found = []
    for entity in entities:
        if entity.type != "PER" or not sentence.start <= entity.start < sentence.end:
            continue
        one = NumberMention(entity.text, entity.start, entity.end, 1, 1)
        reading = read_after(text, one, sentence, counts, rules)
        if reading is not None and reading.subject is None:
            found.append((one, Reading(reading.kind, entity.text, CONFIDENCE_SINGULAR)))
    return found


def is_head_count(text: str, number: NumberMention, dates: list[DateMention]) -> bool:
    """False for amounts, years, numbers inside dates and numbers glued to a word."""
    if number.unit is not None or number.min is None and number.max is None:
        return False
    if any(d.start < number.end and number.start < d.end for d in dates):
        return False
    following = text[number.end : number.end + 1]
    return not (following.isalnum() or following == "-")


def is_preblocked(text: str, number: NumberMention, rules: Patterns) -> bool:
    """ "called 911", "nomor 3": the word before the count says it is not a head count."""
    before = text[max(0, number.start - 16) : number.start].split()
    return bool(before) and before[-1].lower().strip(".,:") in rules.preblockers


def is_denied(text: str, number: NumberMention, rules: Patterns) -> bool:
    """ "no one was injured": the count is negated, not a count of one."""
    before = text[max(0, number.start - 12) : number.start].split()
    return bool(before) and before[-1].lower() in rules.negations


def read_count(
    text: str, number: NumberMention, sentence: Sentence, others: list[NumberMention], rules: Patterns
) -> Reading | None:
    """The first pattern (after, verb, noun) that makes a claim of this count."""
    return (
        read_after(text, number, sentence, others, rules)
        or read_verb_before(text, number, sentence, rules)
        or read_noun_before(text, number, sentence, rules)
    )


def read_after(
    text: str, number: NumberMention, sentence: Sentence, others: list[NumberMention], rules: Patterns
) -> Reading | None:
    """COUNT [victim words] [auxiliaries] CASUALTY-WORD."""
    stop = next((n.start for n in others if n.start >= number.end), sentence.end)
    words = list(WORD.finditer(text, number.end, stop))
    for index, word in enumerate(words[: MAX_SUBJECT_WORDS + MAX_AUXILIARY_WORDS + 1]):
        kind, typo = casualty_at(text, word.start(), stop, rules)
        if kind is not None:
            return subject_reading(kind, typo, [w.group() for w in words[:index]], rules)
        if word.group() in PHRASE_BREAK or word.group().lower() in rules.blockers:
            return None
    return None


def casualty_at(text: str, position: int, end: int, rules: Patterns) -> tuple[str | None, bool]:
    """(kind, read through a typo) of a casualty word starting at ``position``."""
    found = rules.casualty.match(text, position, end)
    if found is not None:
        return rules.casualty_kind[" ".join(found.group().lower().split())], False
    doubled = DOUBLED_WORD.match(text, position, end)
    if doubled is not None and all(_one_letter_off(half.lower(), TYPO_TARGET) for half in doubled.groups()):
        return "injured", True
    return None, False


def _one_letter_off(word: str, target: str) -> bool:
    return len(word) == len(target) and sum(a != b for a, b in zip(word, target)) <= 1


def subject_reading(kind: str, typo: bool, words: list[str], rules: Patterns) -> Reading | None:
    """Check the words between count and casualty word: victim words, then auxiliaries."""
    while words and words[-1].lower() in rules.auxiliaries and words[-1].lower() not in rules.victims:
        words = words[:-1]
    penalty = TYPO_PENALTY if typo else 0.0
    if not words:
        return Reading(kind, None, CONFIDENCE_AFTER_BARE - penalty)
    lowered = [w.lower() for w in words]
    if len(words) > MAX_SUBJECT_WORDS or not any(w in rules.victims or AGE.fullmatch(w) for w in lowered):
        return None
    if any(w in rules.blockers or w in PHRASE_BREAK for w in lowered):
        return None
    return Reading(kind, " ".join(words), CONFIDENCE_AFTER_WITH_SUBJECT - penalty)


def read_verb_before(text: str, number: NumberMention, sentence: Sentence, rules: Patterns) -> Reading | None:
    """VERB COUNT [victim words]: "menewaskan 5 orang", "killing 3"."""
    found = rules.verb_before.search(text, sentence.start, qualifier_start(text, number, sentence, rules))
    if found is None:
        return None
    kind = rules.verb_kind[" ".join(found.group(1).lower().split())]
    return Reading(kind, victim_after(text, number, sentence, rules), CONFIDENCE_VERB)


def read_noun_before(text: str, number: NumberMention, sentence: Sentence, rules: Patterns) -> Reading | None:
    """NOUN [fillers] COUNT: "korban tewas 5 orang", "death toll rose to 12"."""
    found = rules.noun_before.search(text, sentence.start, qualifier_start(text, number, sentence, rules))
    if found is None:
        return None
    kind = rules.noun_kind[" ".join(found.group(1).lower().split())]
    return Reading(kind, victim_after(text, number, sentence, rules), CONFIDENCE_NOUN)


def qualifier_start(text: str, number: NumberMention, sentence: Sentence, rules: Patterns) -> int:
    """Where the count phrase begins once a qualifier before it ("sedikitnya 3") is included."""
    window = text[max(sentence.start, number.start - 30) : number.start]
    for match in re.finditer(r"\S+(?:\s+\S+)?\s+$", window):
        if rules.qualifier.match(match.group()):
            return number.start - len(match.group())
    return number.start


def victim_after(text: str, number: NumberMention, sentence: Sentence, rules: Patterns) -> str | None:
    """The victim noun right after a count ("5 orang"), if there is one."""
    word = WORD.match(text, number.end + 1, sentence.end) if text[number.end : number.end + 1] == " " else None
    return word.group() if word is not None and word.group().lower() in rules.victims else None


def find_qualifier(text: str, number: NumberMention, rules: Patterns) -> str | None:
    """ "lebih dari" in "lebih dari 300", inside the number's own text or just before it."""
    inside = rules.qualifier.match(number.text)
    if inside is not None:
        return inside.group()
    window = text[max(0, number.start - 30) : number.start]
    for match in re.finditer(r"\S+(?:\s+\S+)?\s+$", window):
        found = rules.qualifier.match(match.group())
        if found is not None and found.end() == len(match.group().rstrip()):
            return found.group()
    return None


def make_claim(
    text: str, number: NumberMention, reading: Reading, sentence: Sentence, chain: tuple[str, ...], rules: Patterns
) -> Claim:
    return Claim(
        kind=reading.kind,
        min=number.min,
        max=number.max,
        start=number.start,
        end=number.end,
        text=number.text,
        subject=reading.subject,
        qualifier=find_qualifier(text, number, rules),
        source_chain=chain,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        confidence=round(reading.confidence, 2),
    )


def zero_claim(found: re.Match[str], sentence: Sentence, chain: tuple[str, ...], rules: Patterns) -> Claim:
    """ "Tidak ada korban jiwa": a count of zero, spanning the whole phrase."""
    return Claim(
        kind=rules.zero_kind[" ".join(found.group().lower().split())],
        min=0,
        max=0,
        start=found.start(),
        end=found.end(),
        text=found.group(),
        source_chain=chain,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        confidence=CONFIDENCE_ZERO,
    )
