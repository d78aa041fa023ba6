"""The word lists: every file loads, and the cache and fallbacks behave."""

from __future__ import annotations

from importlib import resources

import pytest

from telisik.errors import ConfigError
from telisik.extract.claims.patterns import READ_KINDS
from telisik.extract.lexicons import keyed_entries, lexicon_language, phrase_pattern, read_entries, word_set

DATA = resources.files("telisik.extract") / "data"
FILES = sorted(f.name for f in (DATA / "id").iterdir() if f.name.endswith(".txt"))
KEYED = ("casualty_verbs", "casualty_nouns", "zero_casualties")


# Lists a language leaves empty, each saying why in its own comment.
EMPTY_ON_PURPOSE = {
    ("id", "singular_determiners"),
    # issue 6a: English-only readings so far (one victim without a number, "shot" counts)
    ("id", "casualty_shot"), ("id", "definite_determiners"), ("id", "pair_determiners"),
    ("id", "victim_pronouns"), ("id", "object_words"), ("en", "age_units"), ("id", "age_suffixes"), ("id", "passive_auxiliaries"), ("id", "death_words"),
    ("en", "period_fillers"), ("id", "period_suffixes"),
}


def test_both_languages_have_the_same_files() -> None:
    assert FILES == sorted(f.name for f in (DATA / "en").iterdir() if f.name.endswith(".txt"))


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", [f.removesuffix(".txt") for f in FILES])
def test_every_list_loads_without_comments(lang: str, name: str) -> None:
    entries = read_entries(lang, name)
    assert entries or (lang, name) in EMPTY_ON_PURPOSE
    assert not any("#" in e or e != e.strip() for e in entries)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", KEYED)
def test_keyed_lists_name_known_kinds(lang: str, name: str) -> None:
    assert {kind for kind, _ in keyed_entries(lang, name)} <= set(READ_KINDS)


def test_word_set_is_lower_case() -> None:
    assert "wni" in word_set("id", "victim_nouns")


@pytest.mark.parametrize(("lang", "folder"), [("id", "id"), ("en", "en"), ("ms", "id")])
def test_language_folders(lang: str, folder: str) -> None:
    assert lexicon_language(lang) == folder


def test_unknown_language() -> None:
    with pytest.raises(ConfigError, match="telisik/extract/data/de/"):
        lexicon_language("de")


def test_phrase_pattern_prefers_longer_phrases() -> None:
    assert phrase_pattern(("tewas", "korban tewas")).startswith(r"korban\s+tewas|")
