"""Victims told without a number, or listed: "a man was shot", "both", a named victim ("killed
Veondus Dennis"), "he died"; victims listed before one casualty word are added up ("two men and a
woman were shot" is 3, "he and three others" is 4)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from telisik.extract.claims.counts import (
    AGE, AGE_BEFORE, AGE_WORD, CONFIDENCE_AFTER_WITH_SUBJECT, CONFIDENCE_VERB, MAX_SUBJECT_WORDS, NAME_AGE,
    PHRASE_BREAK, Reading, WORD, casualty_at, is_denied, read_after,
)
from telisik.extract.claims.patterns import Patterns
from telisik.models import EntityMention, NumberMention, Sentence

# Most words in a listed victim before "and" ("two men, ages 19 and" is not; "men and" is).
MAX_LISTED_WORDS = 3
# Where a reflexive after a pronoun's casualty word is looked for ("he accidentally shot
# himself": pronoun, adverb, verb, reflexive): 3 words within 40 characters, chosen to cover an
# adverb and a verb between, not measured against any data.
MAX_REFLEXIVE_WORDS = 3
REFLEXIVE_REACH = 40
# "a man was shot": one victim, told without a number. Below every explicit count, so
# an article that gives a count is taken at its count.
CONFIDENCE_SINGULAR = 0.5


@dataclass(frozen=True, slots=True)
class Anchor:
    """Something that may stand for a number of people: a count, "a man", "both", a name, "he"."""

    number: NumberMention
    reading: Reading | None
    role: str  # "count", "determiner", "name" or "pronoun"


def join_coordinated(text: str, anchors: list[Anchor], rules: Patterns) -> list[tuple[NumberMention, Reading]]:
    """Readings of one sentence, with coordinated victims added up.

    "two men and a woman were shot" (3), "he and three others were shot" (4), "Smith and
    Jones were killed" (2): anchors joined by "and" or a comma share the casualty word of the
    last one. "one person was hurt and three others were wounded" (4): a count of *others*
    adds to the count of the same kind before it in the sentence.
    """
    found: list[tuple[NumberMention, Reading]] = []
    chain: list[Anchor] = []
    index = 0
    while index < len(anchors):
        anchor = anchors[index]
        index += 1
        if anchor.reading is not None and anchor.reading.at < 0 and not chain:
            # "killed Veondus Dennis and Antwan Wheeler": a verb's object list runs forward
            listed = [anchor]
            while (
                index < len(anchors) and anchors[index].reading is None and anchors[index].role != "count"
                and linked(text, listed[-1], anchors[index], rules)
            ):
                listed.append(anchors[index])
                index += 1
            if len(listed) > 1:
                found.append(merge(text, [a.number for a in listed], anchor.reading, forward=True))
                continue
        chain.append(anchor)
        if joins(text, anchor, anchors[index:], rules):
            continue
        last = chain[-1]
        if last.reading is not None:
            if len(chain) > 1:
                reading = last.reading
                if any(a.role == "count" for a in chain):  # "two men and a woman": as explicit as a count
                    reading = replace(reading, confidence=max(reading.confidence, CONFIDENCE_AFTER_WITH_SUBJECT))
                found.append(merge(text, [a.number for a in chain], reading))
            elif found and adds_to(found[-1], last, rules):
                found[-1] = merge(text, [found[-1][0], last.number], last.reading)
            else:
                found.append((last.number, last.reading))
        chain = []
    return found


def joins(text: str, anchor: Anchor, rest: list[Anchor], rules: Patterns) -> bool:
    """Whether ``anchor`` is one of a list of victims that the anchors after it (``rest``) go
    on and end with a casualty word: "two men, a woman and a child were killed"."""
    following = list_end(text, anchor, rest, rules)
    if following is None or following.reading is None or following.reading.at < 0:
        return False
    if anchor.reading is not None and anchor.reading.at != following.reading.at:
        return False
    if following.role == "pronoun" and shot_self(text, following, rules):
        return False
    return True


def list_end(text: str, anchor: Anchor, rest: list[Anchor], rules: Patterns) -> Anchor | None:
    """The first anchor after ``anchor`` with a reading, when every anchor up to it is linked
    to the one before ("two men, | a woman and | a child were killed"), else None."""
    previous = anchor
    for following in rest:
        if not linked(text, previous, following, rules):
            return None
        if following.reading is not None:
            return following
        previous = following
    return None


def shot_self(text: str, pronoun: Anchor, rules: Patterns) -> bool:
    """ "... accessible to the child and he accidentally shot himself": a pronoun whose casualty
    word takes a one-person reflexive begins a clause of its own (one victim, not a list)."""
    words = [w.lower() for w in WORD.findall(text[pronoun.number.end : pronoun.number.end + REFLEXIVE_REACH])]
    return any(w in rules.reflexives for w in words[:MAX_REFLEXIVE_WORDS])


def linked(text: str, anchor: Anchor, following: Anchor, rules: Patterns) -> bool:
    """Whether two anchors are next to each other in a list: "Smith, Jones and", "two men and"."""
    between = text[anchor.number.end : following.number.start]
    if anchor.role in ("name", "pronoun"):
        return rules.list_link.fullmatch(between) is not None
    words = [w.lower() for w in WORD.findall(between)]
    # "and", or a comma before another counted victim ("two men, a woman and a child"; the headline
    # "Two Adults, One Child Dead"). Not a comma before a name: "his wife, Anjum" is one person. An
    # apposition of counts ("two suspects, a man and a woman, were arrested") never gets here: the
    # closing comma cuts its last victim off the casualty word.
    comma = words[-1:] == [","] and following.role in ("count", "determiner")
    if len(words) < 2 or len(words) > MAX_LISTED_WORDS + 1 or not (words[-1] in rules.conjunctions or comma):
        return False
    nouns = [w for w in words[:-1] if w != ","]
    return bool(nouns) and nouns[-1] in rules.victims and not any(
        w in rules.blockers or w in PHRASE_BREAK or casualty_at(w, 0, len(w), rules)[0] for w in nouns
    )


def adds_to(previous: tuple[NumberMention, Reading], anchor: Anchor, rules: Patterns) -> bool:
    """ "… and three others were wounded" after a count of the same kind in the same sentence."""
    reading = anchor.reading
    if reading is None or reading.kind != previous[1].kind or anchor.role != "count":
        return False
    return bool({w.lower() for w in WORD.findall(reading.subject or "")} & rules.additive_victims)


def merge(
    text: str, numbers: list[NumberMention], reading: Reading, forward: bool = False
) -> tuple[NumberMention, Reading]:
    """One count for a list of victims: the values added, the span over the whole list, the
    subject from the first listed victim to the casualty word (``forward``: the list after a
    verb, the subject is the list itself)."""
    last = numbers[-1]
    told = reading.subject or ""
    if not told.startswith(last.text):
        told = f"{last.text} {told}"
    subject = text[numbers[0].start : last.end] if forward else text[numbers[0].start : last.start] + told
    low = sum(n.min if n.min is not None else 0 for n in numbers)
    high = None if any(n.max is None for n in numbers) else sum(n.max for n in numbers if n.max is not None)
    start, end = numbers[0].start, numbers[-1].end
    return NumberMention(text[start:end], start, end, low, high), replace(reading, subject=" ".join(subject.split()))


def read_singulars(text: str, sentence: Sentence, counts: list[NumberMention], rules: Patterns) -> list[Anchor]:
    """ "a man was shot and killed", "both men were killed": victims told without a number."""
    if rules.determiners is None:
        return []
    found = []
    for match in rules.determiners.finditer(text, sentence.start, sentence.end):
        if any(n.start <= match.start() < n.end for n in counts):
            continue
        value = rules.determiner_value[match.group().lower()]
        one = NumberMention(match.group(), match.start(), match.end(), value, value)
        if is_denied(text, one, rules):  # "neither the driver nor ..."
            continue
        by_verb = determiner_after_verb(text, one, sentence, rules)  # a verb binds tighter, as for counts
        if by_verb is not None:
            found.append(by_verb)
            continue
        reading = read_after(text, one, sentence, counts, rules)
        if reading is None or reading.subject is None:
            if is_listed_victim(text, one, sentence, rules):
                found.append(Anchor(one, None, "determiner"))
            continue
        if value == 1 and match.group().lower() not in rules.singular_words and is_plural(reading.subject, rules):
            continue
        listed = listed_nouns(reading.subject, rules)
        if listed == 0:  # "the home invasion and a baby boy": the determiner is not the victim's
            continue
        value = max(value, listed)
        one = NumberMention(match.group(), match.start(), match.end(), value, value)
        subject = f"{match.group()} {reading.subject}"
        confidence = CONFIDENCE_SINGULAR if value == 1 else reading.confidence
        found.append(Anchor(one, replace(reading, subject=subject, confidence=confidence), "determiner"))
    return found


def determiner_after_verb(text: str, one: NumberMention, sentence: Sentence, rules: Patterns) -> Anchor | None:
    """ "killing a 28-year-old family friend", "fatally shooting her brother": VERB DETERMINER
    victim; "the shooting death of a 15-year-old boy": NOUN [fillers] DETERMINER victim."""
    found = rules.verb_before.search(text, sentence.start, one.start)
    kinds = rules.verb_kind
    if found is None:
        found, kinds = rules.noun_before.search(text, sentence.start, one.start), rules.noun_kind
    if found is None:
        return None
    ages = [m.span() for m in rules.age_phrase.finditer(text, one.end, sentence.end)] if rules.age_phrase else []
    words: list[str] = []
    ends: list[int] = []
    for match in WORD.finditer(text, one.end, sentence.end):
        age = next(((a, b) for a, b in ages if a <= match.start() < b), None)
        if age is not None:  # "a 17 year-old boy": the age is one word
            if age[0] == match.start():
                words.append(AGE_WORD)
                ends.append(age[1])
            continue
        word = match.group()
        if word in PHRASE_BREAK or word.lower() in rules.conjunctions or len(words) == MAX_SUBJECT_WORDS:
            break
        words.append(word)
        ends.append(match.end())
    lowered = [w.lower() for w in words]
    last = max((i for i, w in enumerate(lowered) if w in rules.victims or AGE.fullmatch(w)), default=-1)
    if last < 0 or any(w in rules.blockers for w in lowered[: last + 1]):
        return None
    subject = " ".join(text[one.start : ends[last]].split())
    if one.text.lower() not in rules.singular_words and is_plural(subject, rules):
        return None
    kind = kinds[" ".join((found.group(1) or found.group(found.lastindex or 1)).lower().split())]
    confidence = CONFIDENCE_SINGULAR if one.min == 1 else CONFIDENCE_VERB
    return Anchor(one, Reading(kind, subject, confidence), "determiner")


def is_listed_victim(text: str, one: NumberMention, sentence: Sentence, rules: Patterns) -> bool:
    """ "a man and ...": a determiner and a victim noun, then "and" (a list that may end in a casualty word)."""
    words = [m.group().lower() for m in WORD.finditer(text, one.end, min(sentence.end, one.end + 60))][:MAX_LISTED_WORDS + 1]
    for index, word in enumerate(words):
        if word in rules.conjunctions or word == ",":
            return index > 0 and words[index - 1] in rules.victims
        if word in PHRASE_BREAK or word in rules.blockers:
            return False
    return False


def listed_nouns(subject: str, rules: Patterns) -> int:
    """ "man and woman" after "a": 2. Parts opening with a determiner ("and his son") are
    anchors of their own and are counted there."""
    parts: list[list[str]] = [[]]
    for word in (w.lower() for w in WORD.findall(subject)):
        if word in rules.conjunctions or word == ",":
            parts.append([])
        else:
            parts[-1].append(word)
    if not any(w in rules.victims or AGE.fullmatch(w) for w in parts[0]):
        return 0
    return sum(
        1 for index, part in enumerate(parts)
        if part and any(w in rules.victims or AGE.fullmatch(w) for w in part)
        and (index == 0 or part[0] not in rules.determiner_value)
    )


def is_plural(subject: str, rules: Patterns) -> bool:
    """ "the victims", "his sons": a definite or possessive phrase naming more than one person."""
    nouns = [w.lower() for w in WORD.findall(subject) if w.lower() in rules.victims]
    return bool(nouns) and nouns[-1] in rules.plural_victims


def read_named_victims(
    text: str, sentence: Sentence, counts: list[NumberMention], entities: list[EntityMention], rules: Patterns
) -> list[Anchor]:
    """ "Juliet Lynch was killed": a named person as one victim (languages with singular determiners)."""
    if rules.determiners is None:
        return []
    found = []
    for entity in entities:
        if entity.type != "PER" or not sentence.start <= entity.start < sentence.end:
            continue
        one = NumberMention(entity.text, entity.start, entity.end, 1, 1)
        age = NAME_AGE.match(text, entity.end, sentence.end)  # "Ronnie Bowers, 16, has died"
        told = NumberMention(entity.text, entity.start, age.end(), 1, 1) if age else one
        reading = read_after(text, told, sentence, counts, rules)
        verb = rules.verb_before.search(text, sentence.start, age_start(text, entity.start, sentence))
        if reading is not None and reading.subject is None:
            found.append(Anchor(one, Reading(reading.kind, entity.text, CONFIDENCE_SINGULAR, reading.at), "name"))
        elif verb is not None:  # "killing 34-year-old Ernest Edwards"
            kind = rules.verb_kind[" ".join(verb.group(1).lower().split())]
            found.append(Anchor(one, Reading(kind, entity.text, CONFIDENCE_SINGULAR), "name"))
        else:  # perhaps one of a list ("Smith, Jones and Brown were killed", "killed Smith and Jones")
            found.append(Anchor(one, None, "name"))
    return found


def age_start(text: str, position: int, sentence: Sentence) -> int:
    """Where "34-year-old " before a name begins (``position`` when there is none)."""
    found = AGE_BEFORE.search(text, max(sentence.start, position - 20), position)
    return found.start() if found else position


def read_pronouns(text: str, sentence: Sentence, counts: list[NumberMention], rules: Patterns) -> list[Anchor]:
    """ "he was later pronounced dead", "he and three others were shot": a pronoun as one person."""
    if rules.pronouns is None:
        return []
    found = []
    for match in rules.pronouns.finditer(text, sentence.start, sentence.end):
        one = NumberMention(match.group(), match.start(), match.end(), 1, 1)
        reading = read_after(text, one, sentence, counts, rules)
        if reading is not None and reading.subject is None:
            found.append(Anchor(one, Reading(reading.kind, match.group(), CONFIDENCE_SINGULAR, reading.at), "pronoun"))
        elif rules.list_link.match(text, one.end, sentence.end) is not None:
            found.append(Anchor(one, None, "pronoun"))
    return found
