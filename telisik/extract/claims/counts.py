"""Reading one count as casualties: the casualty word it belongs to (a verb before it, a noun before
it, or victim words and a casualty word after it), its victim group, qualifier and confidence; and what
is never a count of people (ages, clock times, names and addresses, wounds, denied counts)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from telisik.extract.claims.patterns import Patterns, SHOT
from telisik.models import Claim, DateMention, NumberMention, Sentence

# Most capitalised words (a place) between a count and its victim noun ("two Gary men", "three
# New York police officers"); 2 covers two-word places, the ones seen in the gva-dev even half.
MAX_PLACE_WORDS = 2
# Most words between a count and its casualty word ("petugas polisi dan anggota penjaga
# nasional" is 6); longer gaps are usually a different clause.
MAX_SUBJECT_WORDS = 7
# Most auxiliaries between the victim words and the casualty word ("yang ditemukan").
MAX_AUXILIARY_WORDS = 3
# A count read after or before its casualty word is as explicit with or without victim
# words, so an article's first such count (its headline figure) is the one it stands
# behind. Chosen on the even half of gva-dev (0.9 / 0.8 / 0.8 before): injured 0.694 →
# 0.706, and it held on the odd half, never looked at (0.693 → 0.700); killed +0.003 on both.
CONFIDENCE_AFTER_WITH_SUBJECT = 0.9
CONFIDENCE_AFTER_BARE = 0.9
CONFIDENCE_VERB = 0.9
CONFIDENCE_NOUN = 0.7
CONFIDENCE_ZERO = 0.6
# An age standing for the victim ("a 12-year-old was shot").
AGE = re.compile(r"\d{1,3}-(?:year|month|week|day)s?-old", re.IGNORECASE)
# What an age phrase ("17 y/o", "berusia 12 tahun") stands as among the words of a victim phrase.
AGE_WORD = "0-year-old"
# Digits and a colon right before a number: a clock time ("2:07"), not a count.
CLOCK = re.compile(r"\d[:]$")
# An age after a name ("Ronnie Bowers, 16, has died") or before it ("34-year-old Ernest Edwards").
NAME_AGE = re.compile(r",\s*\d{1,3}\s*,")
# A person's name right after a verb ("shot and killed Veondus Dennis", "killed Pritchett, 80"):
# two capitalised words, or one followed by an age.
NAME_AFTER = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+|,\s*\d{1,3}\b)")
AGE_BEFORE = re.compile(r"\d{1,3}-years?-old\s+$", re.IGNORECASE)
TYPO_PENALTY = 0.1
# The doubled "luka-luka" with at most one letter wrong in each half ("lika-luka").
DOUBLED_WORD = re.compile(r"([^\W\d_]{4})\s*-\s*([^\W\d_]{4})(?![\w-])")
TYPO_TARGET = "luka"
# Words in the stretch after a count: words with inner hyphens, or one punctuation mark.
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[^\w\s]")
# Punctuation a victim phrase never crosses.
PHRASE_BREAK = frozenset(".,;:!?()[]“”\"")


@dataclass(frozen=True, slots=True)
class Reading:
    """What one pattern read around a count, before it becomes a Claim."""

    kind: str
    subject: str | None
    confidence: float
    at: int = -1  # where the casualty word starts (COUNT ... WORD readings), else -1


def named_after(text: str, number: NumberMention, sentence: Sentence, rules: Patterns) -> bool:
    """ "2501 Carter Homestead Rd.", "Gallia 911 Center": a capitalised word after the count that
    is neither a victim nor a casualty word makes the number part of a name or address. Only for
    languages with lower-case running text cues (English); title-case headlines pass ("4 People Shot")."""
    if not rules.objects:
        return False
    word = WORD.match(text, skip_spaces(text, number.end), sentence.end)
    if word is None or not word.group()[0].isupper():
        return False
    lowered = word.group().lower()
    if lowered in rules.victims or casualty_at(lowered, 0, len(lowered), rules)[0] is not None:
        return False
    return not before_victim_noun(text, word.end(), sentence, rules)


def before_victim_noun(text: str, position: int, sentence: Sentence, rules: Patterns) -> bool:
    """ "two Gary men", "three New York police officers": capitalised words (a place) and then a
    lower-case victim noun make the count a head count after all."""
    for _ in range(MAX_PLACE_WORDS):
        word = WORD.match(text, skip_spaces(text, position), sentence.end)
        if word is None:
            return False
        if not word.group()[0].isupper():
            return word.group() in rules.victims
        position = word.end()
    return False


def is_head_count(text: str, number: NumberMention, dates: list[DateMention]) -> bool:
    """False for amounts, years, numbers inside dates and numbers glued to a word."""
    if number.unit is not None or number.min is None and number.max is None:
        return False
    if any(d.start < number.end and number.start < d.end for d in dates):
        return False
    following = text[number.end : number.end + 1]
    if CLOCK.search(text, max(0, number.start - 3), number.start):  # "2:07", "10.30"
        return False
    return not (following.isalnum() or following == "-")


def is_preblocked(text: str, number: NumberMention, rules: Patterns) -> bool:
    """ "called 911", "nomor 3", "younger than 12": the word(s) before the count say it is not a head count."""
    before = [w.lower().strip(".,:") for w in text[max(0, number.start - 24) : number.start].split()]
    return bool(before) and (before[-1] in rules.preblockers or " ".join(before[-2:]) in rules.preblockers)


def is_denied(text: str, number: NumberMention, rules: Patterns) -> bool:
    """ "no one was injured": the count is negated, not a count of one."""
    before = text[max(0, number.start - 12) : number.start].split()
    return bool(before) and before[-1].lower() in rules.negations


def read_count(
    text: str, number: NumberMention, sentence: Sentence, others: list[NumberMention], rules: Patterns
) -> Reading | None:
    """The first pattern (verb, after, noun) that makes a claim of this count: a verb right
    before the count binds tighter than a casualty word after it ("killed one teen and wounded five")."""
    return (
        read_verb_before(text, number, sentence, rules)
        or read_after(text, number, sentence, others, rules)
        or read_noun_before(text, number, sentence, rules)
    )


def read_after(
    text: str, number: NumberMention, sentence: Sentence, others: list[NumberMention], rules: Patterns
) -> Reading | None:
    """COUNT [victim words] [auxiliaries] CASUALTY-WORD."""
    ages = [m.span() for m in rules.age_phrase.finditer(text, number.end, sentence.end)] if rules.age_phrase else []
    asides = [m.span() for m in rules.inclusion.finditer(text, number.end, sentence.end)] if rules.inclusion else []
    stop = next(
        (n.start for n in others if n.start >= number.end and not any(a <= n.start < b for a, b in ages + asides)),
        sentence.end,
    )
    # An age phrase ("berusia 12 tahun") is one word of the victim phrase, an age; an aside
    # (", including four children,") is no part of it.
    words = [
        w for w in WORD.finditer(text, number.end, stop)
        if not any(a < w.start() < b for a, b in ages) and not any(a <= w.start() < b for a, b in asides)
    ]
    for index, word in enumerate(words[: MAX_SUBJECT_WORDS + MAX_AUXILIARY_WORDS + 1]):
        if any(a == word.start() for a, _ in ages):
            continue
        if index == 0 and rules.wounds is not None and rules.wounds.match(text, word.start()):
            return None  # "died from one gunshot wound": a count of wounds
        kind, typo = casualty_at(text, word.start(), stop, rules)
        if kind is not None:
            if is_agent(text, word.start(), [w.group().lower() for w in words[:index]], sentence, rules):
                return None
            if kind in ("injured", SHOT) and turns_fatal(text, word.start(), sentence, rules):
                kind = "killed"
            told = [AGE_WORD if any(a == w.start() for a, _ in ages) else w.group() for w in words[:index]]
            reading = subject_reading(kind, typo, told, rules)
            if reading is None:
                return None
            if reading.subject is not None:  # the subject as written, an age phrase inside it whole
                last = words[len(reading.subject.split()) - 1]
                end = next((b for a, b in ages if a == last.start()), last.end())
                reading = replace(reading, subject=" ".join(text[words[0].start() : end].split()))
            return replace(reading, at=word.start())
        if word.group() in PHRASE_BREAK or word.group().lower() in rules.blockers:
            return None
    return None


def is_agent(text: str, position: int, before: list[str], sentence: Sentence, rules: Patterns) -> bool:
    """ "a man shot his two sons", "Fuller shot both of them": the subject did it (active voice,
    an object after the verb), it was not done to them. "was shot", "shot himself" are victims."""
    if any(w in rules.passive for w in before):  # "was shot"; "had shot his wife" is still active
        return False
    word = rules.casualty.match(text, position, sentence.end)
    after = skip_spaces(text, word.end() if word else position)
    following = WORD.match(text, after, sentence.end)
    if following is None:
        return False
    if following.group().lower() in rules.objects:
        return True
    # a name after a lower-case verb ("killed Veondus Dennis"); in a title-case headline
    # ("3 Tewas Akibat Gempa") capitals say nothing
    return bool(rules.objects) and text[position].islower() and NAME_AFTER.match(text, after, sentence.end) is not None


def skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] == " ":
        position += 1
    return position


def turns_fatal(text: str, position: int, sentence: Sentence, rules: Patterns) -> bool:
    """ "was shot in the head and died": the injury word is followed, in its clause, by a death."""
    if rules.fatal_after is None:
        return False
    word = rules.casualty.match(text, position, sentence.end)
    after = word.end() if word is not None else position
    found = rules.fatal_after.match(text, after, sentence.end)
    if found is None:
        return False
    gap = found.group("gap").lower().split()
    return not any(w in rules.victims for w in gap)


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
    if len(words) > MAX_SUBJECT_WORDS or not any(
        w in rules.victims or AGE.fullmatch(w) or w in rules.age_words for w in lowered
    ):
        return None
    if any(w in rules.blockers or w in PHRASE_BREAK or w in rules.negations for w in lowered):
        return None  # "girls were not shot"
    if any(any(ch.isdigit() for ch in w) and not AGE.fullmatch(w) for w in lowered):
        return None  # "a man called 911 to report that he had shot": another number inside
    if lowered[-1] in rules.conjunctions:  # "a boy and injured five others": the word is another verb's
        return None
    if rules.pronouns is not None and any(rules.pronouns.fullmatch(w) for w in lowered):
        return None  # "the victim were drinking when he accidentally shot": a clause, not a victim phrase
    if any(w in rules.singular_words for w in lowered):  # "2 Houston police say a 16-year-old was shot":
        return None  # the casualty word is the later phrase's ("two men and a woman": see join_coordinated)
    return Reading(kind, " ".join(words), CONFIDENCE_AFTER_WITH_SUBJECT - penalty)


def read_verb_before(text: str, number: NumberMention, sentence: Sentence, rules: Patterns) -> Reading | None:
    """VERB COUNT [victim words]: "menewaskan 5 orang", "killing 3"."""
    found = rules.verb_before.search(text, sentence.start, qualifier_start(text, number, sentence, rules))
    if found is None:
        return None
    following = WORD.match(text, skip_spaces(text, number.end), sentence.end)
    if following is not None and following.group().lower() in rules.blockers:  # "shot 11 times"
        return None
    kind = rules.verb_kind[" ".join(found.group(1).lower().split())]
    return Reading(kind, victim_after(text, number, sentence, rules), CONFIDENCE_VERB)


def read_noun_before(text: str, number: NumberMention, sentence: Sentence, rules: Patterns) -> Reading | None:
    """NOUN [fillers] COUNT: "korban tewas 5 orang", "death toll rose to 12"."""
    found = rules.noun_before.search(text, sentence.start, qualifier_start(text, number, sentence, rules))
    if found is None and rules.qualifier.match(number.text):  # "… akibat gempa [mencapai 268]": the
        found = rules.noun_gap_before.search(text, sentence.start, number.start)  # qualifier is the filler
    if found is None:
        return None
    kind = rules.noun_kind[" ".join((found.group(1) or found.group(2)).lower().split())]
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
