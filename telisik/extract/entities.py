"""PER, ORG and LOC mentions: a trained tagger, corrected by cue lexicons, linked within a text.

Indonesian (and Malay) text, in order:

1. split the text into word and punctuation tokens, and the tokens into sentences
   (:mod:`telisik.extract.ner.tokens`);
2. tag each sentence with the tagger of :mod:`telisik.extract.ner` (BIO over PER / ORG / LOC);
3. correct the model where a lexicon is surer (:func:`telisik.extract.ner.refine.refine_spans`):
   title + country + name split, organisation-head runs, acronym expansions, country
   names, known organisations and outlets;
4. tag a name again wherever the text repeats it, and give mentions canonical forms:
   acronym and parenthesised expansion share the acronym; a later single-word mention
   of a person's surname takes the full name (:mod:`telisik.extract.ner.mentions`).

English is read by rules (:mod:`telisik.extract.ner.english` over
:mod:`telisik.extract.ner.rules`): capitalised runs, cut at words an English corpus
writes in lower case, stripped of titles and common words, typed by cue lexicons. Every
cue list is a data file in ``data/<lang>/`` (:mod:`telisik.extract.ner.lexicon`);
``telisik eval ner`` measures both.

This module is the stage's entry point; the names below are re-exported so that
``from telisik.extract.entities import …`` keeps working.
"""

from __future__ import annotations

from telisik.extract.lexicons import lexicon_language
from telisik.extract.ner import tag_sentences
from telisik.extract.ner.english import find_english_entities
from telisik.extract.ner.lexicon import Lexicon, gazetteer, known_organisations, load_lexicon
from telisik.extract.ner.mentions import (
    canonical_form,
    link_acronyms,
    link_surnames,
    make_mention,
    repeat_mentions,
    resolve_canonical,
)
from telisik.extract.ner.refine import TaggedSpan, refine_spans
from telisik.extract.ner.rules import find_entities_by_rules
from telisik.extract.ner.tokens import Token, decode_bio, find_runs, token_sentences, tokenize
from telisik.models import EntityMention

__all__ = [
    "RULE_LANGUAGES",
    "Lexicon",
    "TaggedSpan",
    "Token",
    "canonical_form",
    "decode_bio",
    "find_entities",
    "find_entities_by_rules",
    "find_entities_with",
    "find_english_entities",
    "find_runs",
    "gazetteer",
    "known_organisations",
    "link_acronyms",
    "link_surnames",
    "load_lexicon",
    "make_mention",
    "refine_spans",
    "repeat_mentions",
    "resolve_canonical",
    "token_sentences",
    "tokenize",
]

# Languages the tagger was not trained for: the rule-based tagger reads them.
RULE_LANGUAGES = frozenset({"en"})


def find_entities(text: str, lang: str = "id") -> list[EntityMention]:
    """PER, ORG and LOC mentions in ``text``, in text order, with canonical forms.

    Indonesian (and Malay) text is tagged by the trained tagger (:mod:`telisik.extract.ner`: a
    convolutional network and a CRF decoded together); English by rules (:func:`find_english_entities`),
    the tagger having seen no English.
    Then mentions are linked within the text (acronym ↔ expansion, surname → full name).
    """
    if lexicon_language(lang) in RULE_LANGUAGES:
        return find_english_entities(text, lang)
    return find_entities_with(text, lang)


def find_entities_with(
    text: str, lang: str = "id", model: str | None = None, clusters: bool = True
) -> list[EntityMention]:
    """:func:`find_entities` with another model file (``telisik train ner`` experiments)."""
    lexicon = load_lexicon(lang)
    tokens = tokenize(text)
    mentions: list[EntityMention] = []
    sentences = list(token_sentences(text, tokens))
    tagged = tag_sentences([[t.text for t in sentence] for sentence in sentences], model, clusters)
    for sentence, tags in zip(sentences, tagged, strict=True):
        spans = refine_spans(sentence, decode_bio(tags), lexicon)
        mentions.extend(make_mention(text, sentence, first, last, kind, lexicon) for first, last, kind in spans)
    return resolve_canonical(text, repeat_mentions(text, tokens, mentions))
