"""Casualty claims: how many people were killed, injured, arrested, went missing, were
evacuated or lost their homes; and the other numbers of an article with their subject.

Each count found by ``telisik.language.numbers`` is tried against three patterns, in
this order, inside its sentence; the first that fits makes the claim:

=====  ==========================================  =====================================  ==========
name   shape                                       examples                               confidence
=====  ==========================================  =====================================  ==========
verb   VERB COUNT [victim words]                   "menewaskan 5 orang", "killing 3"      0.9
after  COUNT [victim words] [auxiliaries] WORD     "8 petugas polisi ... tewas",          0.9
                                                   "317 lika-luka", "3 people were shot"
noun   NOUN [what, where] [fillers] COUNT          "korban tewas 5 orang",                0.7
                                                   "death toll rose to 12"
zero   a fixed phrase                              "tidak ada korban jiwa"                0.6
one    DETERMINER/NAME/PRONOUN ... WORD            "a man was shot and killed",           0.5
       (English)                                   "killing a 28-year-old", "he died"
=====  ==========================================  =====================================  ==========

Victims told one after another before one casualty word are added up ("two men and a
woman were shot" 3, "he and three others" 4, "killed Smith and Jones" 2), and "N others"
adds to the count of the same kind before it in the sentence. In English "shot" counts
everyone hit: "four people were shot, one fatally" is 3 injured and 1 killed (the article's
killed count is taken off; "others" are never reduced). "was shot in the head and died" is
killed; "a man shot his wife" makes the wife, not the man, a victim. An article that tells
of a death keeps no "one victim was shot" injury (the same victim, see ``shot_and_died``).
An aside inside a victim phrase is skipped ("six people, including four children, were
injured" is 6), and being "hit by bullets" is being shot. A count in a sentence that speaks of
many incidents ("13 people were shot in five incidents", "deaths this year") is a tally, not
this incident's toll, and makes no claim (``drop_tallies``).

A casualty word read through the one-letter typo rule ("lika-luka") costs
``TYPO_PENALTY``. Confidence says how explicit the wording is, not how true the claim is.

Never casualties: numbers with a unit (percent, money, year), numbers inside a date or a
clock time, ages ("12-year-old", "berusia 12 tahun", "57 year-old", "ages 7 to 12", "ages 13,
17 and 19"), counts of wounds ("died from one gunshot wound"), numbers glued to a word
("COVID-19"), numbers in names and addresses ("2501 Carter Rd."), and counts followed by a
blocker word ("12 tahun", "lima pesawat", "4 hours").

Those other numbers become :func:`find_quantities` claims of kind ``quantity`` with their
subject and its span ("lima pesawat", "80 persen kursi", "Kerugian mencapai Rp 5 miliar"),
kept in ``Extraction.quantities`` apart from the casualty claims.

``source_chain`` is the sentence's source chain (see :mod:`telisik.extract.attribution`).
Every cue word lives in ``data/<lang>/*.txt``; English has more of the one-victim lists
than Indonesian, whose determiner, pronoun and "shot" lists are empty on purpose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from telisik.extract.attribution import sentence_sources
from telisik.extract.lexicons import keyed_entries, lexicon_language, phrase_pattern, read_entries, word_set
from telisik.models import Claim, DateMention, EntityMention, NumberMention, Sentence

KINDS = ("killed", "injured", "arrested", "missing", "evacuated", "displaced")
# Read, never stored: "shot" counts everyone hit, the killed among them ("four people were
# shot, one fatally"). :func:`settle_shot_counts` turns it into injured.
SHOT = "shot"
READ_KINDS = (*KINDS, SHOT)
# Most words between a count and its casualty word ("petugas polisi dan anggota penjaga
# nasional" is 6); longer gaps are usually a different clause.
MAX_SUBJECT_WORDS = 7
# Most auxiliaries between the victim words and the casualty word ("yang ditemukan").
MAX_AUXILIARY_WORDS = 3
# Most filler words between a casualty noun and its count ("bisa mencapai").
MAX_FILLER_WORDS = 3
# Most words of what and where between a casualty noun and the fillers before its count
# ("jumlah korban tewas [banjir bandang di Garut] bertambah menjadi 14").
MAX_NOUN_GAP = 5
# Most words in a listed victim before "and" ("two men, ages 19 and" is not; "men and" is).
MAX_LISTED_WORDS = 3
# Most words between an injury word and a fatal follow-up ("shot in the head and died").
MAX_FATAL_GAP = 6
# Most capitalised words (a place) between a count and its victim noun ("two Gary men", "three
# New York police officers"); 2 covers two-word places, the ones seen in the gva-dev even half.
MAX_PLACE_WORDS = 2
# Where a reflexive after a pronoun's casualty word is looked for ("he accidentally shot
# himself": pronoun, adverb, verb, reflexive): 3 words within 40 characters, chosen to cover an
# adverb and a verb between, not measured against any data.
MAX_REFLEXIVE_WORDS = 3
# How far before a one-victim reading "also" + a casualty word is looked for ("that also
# injured a woman"): the two words before the victim phrase, within 30 characters; not tuned.
ALSO_REACH = 30
REFLEXIVE_REACH = 40
# A count read after or before its casualty word is as explicit with or without victim
# words, so an article's first such count (its headline figure) is the one it stands
# behind. Chosen on the even half of gva-dev (0.9 / 0.8 / 0.8 before): injured 0.694 →
# 0.706, and it held on the odd half, never looked at (0.693 → 0.700); killed +0.003 on both.
CONFIDENCE_AFTER_WITH_SUBJECT = 0.9
CONFIDENCE_AFTER_BARE = 0.9
CONFIDENCE_VERB = 0.9
CONFIDENCE_NOUN = 0.7
CONFIDENCE_ZERO = 0.6
# "a man was shot": one victim, told without a number. Below every explicit count, so
# an article that gives a count is taken at its count.
CONFIDENCE_SINGULAR = 0.5
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
class Patterns:
    casualty: re.Pattern[str]  # a casualty word at a position (use .match)
    casualty_kind: dict[str, str]  # normalised casualty phrase → kind
    verb_before: re.Pattern[str]  # "menewaskan " ending right before a count
    verb_kind: dict[str, str]
    noun_before: re.Pattern[str]  # "korban tewas sebanyak " ending right before a count
    noun_kind: dict[str, str]
    noun_gap_before: re.Pattern[str]  # "korban meninggal akibat gempa " before "mencapai 268"
    zero: re.Pattern[str]
    zero_kind: dict[str, str]
    qualifier: re.Pattern[str]
    victims: frozenset[str]
    auxiliaries: frozenset[str]
    blockers: frozenset[str]
    negations: frozenset[str]
    preblockers: frozenset[str]  # a word before a count that makes it a number, not people ("called 911")
    distinct_victims: frozenset[str]  # "another": a victim other than one already told of
    determiners: re.Pattern[str] | None  # "a", "the", "his", "both": victims without a number
    determiner_value: dict[str, int]  # "a" → 1, "both" → 2
    singular_words: frozenset[str]  # "a", "an", "another": one victim whatever the noun
    plural_victims: frozenset[str]  # "men", "victims": "the men" is not one victim
    pronouns: re.Pattern[str] | None  # "he", "she": one person
    conjunctions: frozenset[str]  # "and": victims listed
    additive_victims: frozenset[str]  # "others": more victims, added to those just counted
    list_link: re.Pattern[str]  # between two listed names: ", ", " and ", ", 36, and "
    fatal_after: re.Pattern[str] | None  # "was shot ... and later died": the injury killed
    objects: frozenset[str]  # "his", "them": an object after the verb, so the subject is the agent
    passive: frozenset[str]  # "was", "were": the subject was acted on
    death_words: re.Pattern[str] | None  # "homicide", "died": the article tells of a death
    age_phrase: re.Pattern[str] | None  # "berusia 12 tahun", "aged 12": an age inside a victim phrase
    age_words: frozenset[str]  # "berusia", "aged"
    tallies: re.Pattern[str] | None = None  # "in separate shootings", "this year": a tally, no claim
    wounds: re.Pattern[str] | None = None  # "gunshot wound(s)" right after a count: wounds, not people
    inclusion: re.Pattern[str] | None = None  # ", including four children," inside a victim phrase
    more_victims: frozenset[str] = frozenset()  # "were also shot": victims besides those told of
    female_victims: frozenset[str] = frozenset()  # "woman", "girls": victims who are women or girls only
    male_victims: frozenset[str] = frozenset()  # "man", "boys": victims who are men or boys only
    reflexives: frozenset[str] = frozenset()  # "himself": one person acted on themself


@lru_cache(maxsize=None)
def patterns(lang: str) -> Patterns:
    lang = lexicon_language(lang)
    casualty_kind = {
        " ".join(phrase.lower().split()): kind for kind in READ_KINDS for phrase in read_entries(lang, f"casualty_{kind}")
    }
    verb_kind = dict((phrase, kind) for kind, phrase in keyed_entries(lang, "casualty_verbs"))
    noun_kind = dict((phrase, kind) for kind, phrase in keyed_entries(lang, "casualty_nouns"))
    zero_kind = dict((phrase, kind) for kind, phrase in keyed_entries(lang, "zero_casualties"))
    fillers = phrase_pattern(read_entries(lang, "count_fillers"))
    determiner_value = {word: 1 for word in word_set(lang, "singular_determiners") | word_set(lang, "definite_determiners")}
    determiner_value.update((word, 2) for word in word_set(lang, "pair_determiners"))
    conjunctions = word_set(lang, "conjunctions")
    return Patterns(
        casualty=re.compile(rf"(?:{phrase_pattern(tuple(casualty_kind))})(?![\w-])", re.IGNORECASE),
        casualty_kind=casualty_kind,
        verb_before=re.compile(rf"(?<![\w-])({phrase_pattern(tuple(verb_kind))})\s+$", re.IGNORECASE),
        verb_kind=verb_kind,
        noun_before=re.compile(
            rf"(?<![\w-])({phrase_pattern(tuple(noun_kind))})\s+(?:(?:{fillers})\s+){{0,{MAX_FILLER_WORDS}}}$"
            # "jumlah korban tewas banjir di Garut bertambah menjadi 14": a few words of what and
            # where, then at least one filler
            rf"|(?<![\w-])({phrase_pattern(tuple(noun_kind))})(?:\s+[^\W\d_]+){{1,{MAX_NOUN_GAP}}}?"
            rf"\s+(?:(?:{fillers})\s+){{1,{MAX_FILLER_WORDS}}}$",
            re.IGNORECASE,
        ),
        noun_kind=noun_kind,
        noun_gap_before=re.compile(
            rf"(?<![\w-])({phrase_pattern(tuple(noun_kind))})(?:\s+[^\W\d_]+){{0,{MAX_NOUN_GAP}}}?\s+$", re.IGNORECASE
        ),
        zero=re.compile(rf"(?<![\w-])(?:{phrase_pattern(tuple(zero_kind))})(?![\w-])", re.IGNORECASE),
        zero_kind=zero_kind,
        qualifier=re.compile(rf"^(?:{phrase_pattern(read_entries(lang, 'qualifiers'))})(?![\w-])", re.IGNORECASE),
        victims=frozenset(word for entry in word_set(lang, "victim_nouns") for word in entry.split()),
        auxiliaries=word_set(lang, "casualty_auxiliaries"),
        blockers=word_set(lang, "count_blockers"),
        negations=word_set(lang, "negations"),
        preblockers=word_set(lang, "count_preblockers"),
        distinct_victims=word_set(lang, "distinct_victim_words"),
        determiners=_words_pattern(tuple(determiner_value)),
        determiner_value=determiner_value,
        singular_words=word_set(lang, "singular_determiners"),
        plural_victims=word_set(lang, "plural_victim_nouns"),
        pronouns=_words_pattern(read_entries(lang, "victim_pronouns")),
        conjunctions=conjunctions,
        additive_victims=word_set(lang, "additive_victim_words"),
        list_link=re.compile(
            rf"\s*(?:,\s*\d{{1,3}}\s*)?(?:,\s*(?:(?:{phrase_pattern(conjunctions)})\s+)?|\s+(?:{phrase_pattern(conjunctions)})\s+)",
            re.IGNORECASE,
        ),
        fatal_after=_fatal_pattern(read_entries(lang, "fatal_followups")),
        objects=word_set(lang, "object_words"),
        passive=word_set(lang, "passive_auxiliaries"),
        death_words=_words_pattern(read_entries(lang, "death_words")),
        age_phrase=_age_pattern(
            read_entries(lang, "age_words"), read_entries(lang, "age_units"), read_entries(lang, "age_suffixes"),
            read_entries(lang, "age_range_links"),
        ),
        age_words=word_set(lang, "age_words"),
        tallies=_words_pattern(read_entries(lang, "casualty_tallies")),
        wounds=_words_pattern(read_entries(lang, "wound_nouns")),
        more_victims=word_set(lang, "more_victim_words"),
        female_victims=word_set(lang, "female_victim_nouns"),
        male_victims=word_set(lang, "male_victim_nouns"),
        reflexives=word_set(lang, "reflexive_pronouns"),
        inclusion=_inclusion_pattern(read_entries(lang, "inclusion_words"), read_entries(lang, "passive_auxiliaries")),
    )


def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile(rf"(?<![\w-])(?:{phrase_pattern(words)})(?![\w-])", re.IGNORECASE) if words else None


def _age_pattern(
    lead: tuple[str, ...], units: tuple[str, ...], suffixes: tuple[str, ...], links: tuple[str, ...] = ()
) -> re.Pattern[str] | None:
    """ "berusia 12 tahun", "aged 12" (a lead word, the number, a unit) or "57 year-old" (a suffix);
    after a lead word, a range or list of ages is one age phrase ("ages 7 to 12", "ages 13, 17 and 19")."""
    forms = []
    if lead:
        unit = rf"(?:\s+(?:{phrase_pattern(units)}))?" if units else ""
        link = rf"\s*,\s*(?:(?:{phrase_pattern(links)})\s+)?|\s*-\s*|\s+(?:{phrase_pattern(links)})\s+" if links else r"\s*-\s*"
        forms.append(rf"(?:{phrase_pattern(lead)})\s+\d{{1,3}}(?:(?:{link})\d{{1,3}}(?![\w-]))*{unit}")
    if suffixes:
        forms.append(rf"\d{{1,3}}\s*(?:{phrase_pattern(suffixes)})")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})(?![\w-])", re.IGNORECASE) if forms else None


def _inclusion_pattern(words: tuple[str, ...], auxiliaries: tuple[str, ...]) -> re.Pattern[str] | None:
    """ ", including four children and two men," or " including a 12-year-old" up to " were", or
    between dashes " — including a 14-year-old boy, a 16-year-old boy — "."""
    if not words:
        return None
    until = rf"|(?=\s+(?:{phrase_pattern(auxiliaries)})\s)" if auxiliaries else ""
    opening = rf"(?<![\w-])(?:{phrase_pattern(words)})\s"
    return re.compile(
        rf"\s*[—–]\s*{opening}[^—–.;:!?]*?[—–]"  # " — including a 14-year-old boy, a 27-year-old woman — "
        rf"|,?\s*{opening}[^,.;:!?]*?(?:,{until})",
        re.IGNORECASE,
    )


def _fatal_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """A fatal follow-up within ``MAX_FATAL_GAP`` words after an injury word ("shot in the head and died")."""
    if not phrases:
        return None
    return re.compile(
        rf"(?P<gap>(?:\s+[^\W\d_]+(?:[-'’][^\W\d_]+)*){{0,{MAX_FATAL_GAP}}}?),?\s+(?:{phrase_pattern(phrases)})(?![\w-])",
        re.IGNORECASE,
    )


@dataclass(frozen=True, slots=True)
class Reading:
    """What one pattern read around a count, before it becomes a Claim."""

    kind: str
    subject: str | None
    confidence: float
    at: int = -1  # where the casualty word starts (COUNT ... WORD readings), else -1


@dataclass(frozen=True, slots=True)
class Anchor:
    """Something that may stand for a number of people: a count, "a man", "both", a name, "he"."""

    number: NumberMention
    reading: Reading | None
    role: str  # "count", "determiner", "name" or "pronoun"


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
    ages = [m.span() for m in rules.age_phrase.finditer(text)] if rules.age_phrase else []
    counts = [
        n for n in numbers
        if is_head_count(text, n, dates) and not is_denied(text, n, rules) and not is_preblocked(text, n, rules)
        and not any(a <= n.start < b for a, b in ages)
    ]
    claims: list[Claim] = []
    for sentence in sentences:
        inside = [
            n for n in counts
            if sentence.start <= n.start and n.end <= sentence.end and not named_after(text, n, sentence, rules)
        ]
        anchors = [Anchor(n, read_count(text, n, sentence, inside, rules), "count") for n in inside]
        anchors += read_singulars(text, sentence, inside, rules)
        anchors += read_named_victims(text, sentence, inside, entities, rules)
        anchors += read_pronouns(text, sentence, inside, rules)
        found = join_coordinated(text, sorted(anchors, key=lambda a: a.number.start), rules)
        zeros = list(rules.zero.finditer(text, sentence.start, sentence.end))
        if not found and not zeros:
            continue
        chain = sentence_sources(text, sentence.start, sentence.end, entities, lang)
        claims.extend(make_claim(text, n, r, sentence, chain, rules) for n, r in found)
        claims.extend(zero_claim(zero, sentence, chain, rules) for zero in zeros)
    claims = add_also_victims(text, claims, rules)
    claims = settle_shot_counts(text, drop_victims_told_twice(shot_and_died(text, claims, rules), rules), rules)
    claims = drop_tallies(text, claims, rules)  # after the "shot" counts are settled: measured best (even and odd)
    return sorted(claims, key=lambda claim: claim.start)


def add_also_victims(text: str, claims: list[Claim], rules: Patterns) -> list[Claim]:
    """ "A boy was wounded in a shooting that also injured a woman": a one-victim reading right
    after "also" + its casualty word is a victim besides one of the same kind told of earlier
    in the sentence, and adds to it (2)."""
    out: list[Claim] = []
    for claim in sorted(claims, key=lambda c: c.start):
        before = [w.lower() for w in WORD.findall(text[max(claim.sentence_start, claim.start - ALSO_REACH) : claim.start])]
        earlier = next(
            (c for c in reversed(out) if c.kind == claim.kind and c.sentence_start == claim.sentence_start), None
        )
        if (
            earlier is not None and claim.min == claim.max == 1 and claim.confidence == CONFIDENCE_SINGULAR
            and len(before) >= 2 and before[-2] in rules.more_victims and earlier.min is not None
        ):
            high = None if earlier.max is None else earlier.max + 1
            merged = replace(
                earlier, min=earlier.min + 1, max=high, end=claim.end, text=text[earlier.start : claim.end],
                subject=f"{earlier.subject or ''} and {claim.subject or ''}".strip(),
            )
            out[out.index(earlier)] = merged
            continue
        out.append(claim)
    return out


def drop_tallies(text: str, claims: list[Claim], rules: Patterns) -> list[Claim]:
    """ "At least 13 people were shot in five incidents", "13 toddler shooting deaths this year":
    a count in a sentence that speaks of many incidents is a tally, not this incident's toll, and
    makes no claim. Keeping such claims at a low confidence instead (0.4, below every reading, so
    an article's own count wins) was measured and is worse where a tally is an article's only
    figure: gva-dev even half killed / injured 0.852 / 0.745 kept low vs 0.857 / 0.745 dropped
    (odd half, held out: 0.847 / 0.737 vs 0.854 / 0.739)."""
    if rules.tallies is None:
        return claims
    return [c for c in claims if not rules.tallies.search(text, c.sentence_start, c.sentence_end)]


def shot_and_died(text: str, claims: list[Claim], rules: Patterns) -> list[Claim]:
    """ "Miranda Doerr was shot" in an article that speaks of a death (a "fatal shooting", a
    "homicide", the victim "died") but says nowhere in so many words who was killed: the one
    victim shot is likely the one who died, so the reading is no injury. It is not made a
    killing either: on the even half of gva-dev that cost killed accuracy 0.842 → 0.817, while
    dropping it raised injured 0.711 → 0.721 (odd half, held out: 0.703 → 0.715) and kept killed."""
    if rules.death_words is None or any(c.kind == "killed" and (c.min or 0) > 0 for c in claims):
        return claims
    if not rules.death_words.search(text):
        return claims

    def one_shot(c: Claim) -> bool:
        return c.kind == SHOT and c.min == c.max == 1 and c.confidence == CONFIDENCE_SINGULAR and not is_distinct(c, rules)

    return [c for c in claims if not one_shot(c)]


def drop_victims_told_twice(claims: list[Claim], rules: Patterns) -> list[Claim]:
    """An article that says someone was killed and, without a number, that "a man was shot"
    is telling of the same victim twice (being shot is how he died): the one-victim injured
    reading goes. Counted injuries ("two others were wounded") and marked other victims
    ("another 5-year-old was hurt") stay."""
    killings = {c.sentence_start for c in claims if c.kind == "killed" and (c.min or 0) > 0}
    if not killings:
        return claims

    def same_victim(c: Claim) -> bool:
        one = c.min == c.max == 1
        if c.sentence_start in killings:  # "a man was killed and a woman was injured": two people
            return False
        return c.kind in ("injured", SHOT) and one and c.confidence == CONFIDENCE_SINGULAR and not is_distinct(c, rules)

    return [c for c in claims if not same_victim(c)]


def is_distinct(claim: Claim, rules: Patterns) -> bool:
    """ "another man", "three others": victims other than those already told of."""
    return bool({w.lower() for w in WORD.findall(claim.subject or "")} & rules.distinct_victims)


def told_as_more(text: str, claim: Claim, rules: Patterns) -> bool:
    """ "Two teenagers were also shot": a word between the count and its casualty word says these
    are victims besides those already told of (the killed among them are not taken off)."""
    word = rules.casualty.search(text, claim.end, claim.sentence_end)
    between = text[claim.end : word.start() if word else claim.end].lower().split()
    return any(w.strip(".,;:") in rules.more_victims for w in between)


def genders(claim: Claim, rules: Patterns) -> frozenset[str]:
    """ "female" and/or "male" for the victim nouns in a claim's subject ("women", "a baby boy")."""
    words = {w.lower() for w in WORD.findall(claim.subject or "")}
    found = set()
    if words & rules.female_victims:
        found.add("female")
    if words & rules.male_victims:
        found.add("male")
    return frozenset(found)


def different_people(shot: Claim, dead: Claim, rules: Patterns) -> bool:
    """ "Three women were shot ... and a baby boy was killed": the killed cannot be among the
    shot when the two are named by nouns of different sexes, so the killed are not taken off."""
    shot_sex, dead_sex = genders(shot, rules), genders(dead, rules)
    return bool(shot_sex) and bool(dead_sex) and not (shot_sex & dead_sex)


def settle_shot_counts(text: str, claims: list[Claim], rules: Patterns) -> list[Claim]:
    """ "Four people were shot, one fatally": everyone shot includes the killed, so the injured
    are the shot less the article's killed count. "Two others were shot" (distinct victims) and
    articles that report no killing keep the count as injured; a difference of 0 is no claim."""
    killed = [c for c in claims if c.kind == "killed" and c.min is not None and c.min > 0]
    dead_claim = max(killed, key=lambda c: (c.confidence, -c.start)) if killed else None
    dead = dead_claim.min if dead_claim else None
    settled = []
    for claim in claims:
        if claim.kind != SHOT:
            settled.append(claim)
            continue
        injured = replace(claim, kind="injured")
        if dead is not None and dead_claim is not None and not is_distinct(claim, rules) \
                and not told_as_more(text, claim, rules) and not different_people(claim, dead_claim, rules) \
                and claim.min is not None and claim.min >= dead:
            low = claim.min - dead
            high = None if claim.max is None else claim.max - dead
            if high == 0:
                continue
            injured = replace(injured, min=low, max=high, subject=f"{claim.subject or ''} shot, less {dead:g} killed".strip())
        settled.append(injured)
    return settled


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
        following = anchors[index] if index < len(anchors) else None
        if following is not None and joins(text, anchor, following, rules):
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


def joins(text: str, anchor: Anchor, following: Anchor, rules: Patterns) -> bool:
    """Whether ``anchor`` is one of a list of victims that ``following`` ends."""
    if following.reading is None or following.reading.at < 0:
        return False
    if anchor.reading is not None and anchor.reading.at != following.reading.at:
        return False
    if following.role == "pronoun" and shot_self(text, following, rules):
        return False
    return linked(text, anchor, following, rules)


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
    if len(words) < 2 or len(words) > MAX_LISTED_WORDS + 1 or words[-1] not in rules.conjunctions:
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


# --------------------------------------------------------------------------- other quantities

QUANTITY = "quantity"
# Most words of a quantity's subject ("pesawat tempur Rusia").
MAX_QUANTITY_SUBJECT_WORDS = 3
# Most words looked at before an amount for its subject ("Kerugian [mencapai] Rp 5 miliar").
MAX_QUANTITY_LOOKBACK = 3
CONFIDENCE_QUANTITY = 0.5
# Four-digit numbers in this range without a unit are years, not quantities.
YEARS = range(1900, 2101)


@dataclass(frozen=True, slots=True)
class QuantityWords:
    stop: frozenset[str]  # words a subject never is or crosses ("di", "of")
    skip: frozenset[str]  # nouns of time and order: "12 tahun", "3 hari" are not quantities
    fillers: frozenset[str]  # between a subject and its amount ("mencapai", "sebesar")
    partitives: frozenset[str]  # between an amount and its subject ("52 percent of the seats")


@lru_cache(maxsize=None)
def quantity_words(lang: str) -> QuantityWords:
    lang = lexicon_language(lang)
    fillers = word_set(lang, "count_fillers") | word_set(lang, "quantity_fillers")
    qualifiers = frozenset(word for entry in word_set(lang, "qualifiers") for word in entry.split())
    return QuantityWords(
        word_set(lang, "quantity_stopwords"), word_set(lang, "quantity_skip"), fillers | qualifiers,
        word_set(lang, "quantity_partitives"),
    )


def find_quantities(
    text: str,
    sentences: list[Sentence],
    numbers: list[NumberMention],
    dates: list[DateMention],
    entities: list[EntityMention],
    claims: list[Claim],
    lang: str = "id",
) -> list[Claim]:
    """Numbers that are not casualty counts, as generic claims of kind ``quantity`` with their
    subject: "lima pesawat" (5, pesawat), "80 persen kursi" (80 percent, kursi), "Kerugian
    mencapai Rp 5 miliar" (5e9 IDR, Kerugian). Dates, years, ages glued to a word ("12-year-old"),
    numbers after "nomor"/"called" and counts of time ("12 tahun") are left out."""
    lang = lexicon_language(lang)
    rules, words = patterns(lang), quantity_words(lang)
    taken = [(c.start, c.end) for c in claims]
    found: list[Claim] = []
    for sentence in sentences:
        chain: tuple[str, ...] | None = None
        for number in numbers:
            if not sentence.start <= number.start < sentence.end or number.end > sentence.end:
                continue
            if any(start <= number.start < end for start, end in taken) or not is_quantity(text, number, dates, rules):
                continue
            subject = quantity_subject(text, number, sentence, words)
            if subject is None:
                continue
            if chain is None:
                chain = sentence_sources(text, sentence.start, sentence.end, entities, lang)
            found.append(Claim(
                kind=QUANTITY, min=number.min, max=number.max, start=number.start, end=number.end, text=number.text,
                unit=number.unit, subject=text[subject[0] : subject[1]], qualifier=find_qualifier(text, number, rules),
                source_chain=chain, sentence_start=sentence.start, sentence_end=sentence.end,
                confidence=CONFIDENCE_QUANTITY, subject_start=subject[0], subject_end=subject[1],
            ))
    return found


def is_quantity(text: str, number: NumberMention, dates: list[DateMention], rules: Patterns) -> bool:
    if number.min is None and number.max is None:
        return False
    if any(d.start < number.end and number.start < d.end for d in dates) or is_preblocked(text, number, rules):
        return False
    if number.unit is None and number.min == number.max and number.min in YEARS and number.text.isdigit():
        return False
    following = text[number.end : number.end + 1]
    return not (following.isalnum() or following == "-")


def quantity_subject(text: str, number: NumberMention, sentence: Sentence, words: QuantityWords) -> tuple[int, int] | None:
    """The span of what a number counts: the words after it, else (for an amount) the words before."""
    after: list[re.Match[str]] = []
    for match in WORD.finditer(text, number.end, sentence.end):
        word = match.group().lower()
        if not after and word in words.partitives:  # "52 percent of the seats"
            continue
        if word in PHRASE_BREAK or word in words.stop or not match.group()[0].isalpha():
            break
        if not after and word in words.skip:
            return None
        after.append(match)
        if len(after) == MAX_QUANTITY_SUBJECT_WORDS:
            break
    if after:
        return after[0].start(), after[-1].end()
    if number.unit is None:
        return None
    before = list(WORD.finditer(text, max(sentence.start, number.start - 80), number.start))
    before = [m for m in before if m.group().lower() not in words.fillers][-MAX_QUANTITY_LOOKBACK:]
    subject: list[re.Match[str]] = []
    for match in reversed(before):
        word = match.group().lower()
        if word in PHRASE_BREAK or word in words.stop or not match.group()[0].isalpha():
            break
        subject.insert(0, match)
    return (subject[0].start(), subject[-1].end()) if subject else None
