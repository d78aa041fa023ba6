"""Session-6 evidence of a different happening of the same kind: the principal names of the opening.

Two same-kind events (two players of one team arrested for drunk driving, two navy ships foiling
pirates) share their vocabulary, their team or navy and their city; what differs is whom each is about.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from telisik.cluster import StoryClusterer
from telisik.cluster.decision import load_model
from telisik.cluster.lexical import DocumentFrequencies, stopwords
from telisik.cluster.signals import (
    FEATURES,
    OPENING_CHARACTERS,
    ArticleSignals,
    StoryState,
    find_principals,
    opening,
    pair_features,
    proper_runs,
)
from telisik.models import Article

STOP = stopwords("en")
PRINCIPAL = [FEATURES.index(f) for f in ("principal_new", "principal_absent", "principal_conflict")]


def test_principals_are_capitalised_runs_of_the_opening_outside_urls_and_headlines() -> None:
    text = ("http: / / www. example. com / sports / chargers - lineman - arrested\n"
            "Chargers Lineman Arrested On Suspicion Of DUI\n"
            "San Diego Chargers defensive tackle Jamal Williams was arrested early Tuesday, the team said. "
            "The Highway Patrol stopped him on State Route 163.\n" + "Later text. " * 40 + "Much Later Name appears.")
    found = find_principals(text, None, STOP)
    assert ("jamal", "williams") in found
    assert ("san", "diego", "chargers") in found
    assert ("highway", "patrol") in found  # "The" is a stopword, dropped from the run
    assert not any("lineman" in run for run in found)  # the title-case headline is skipped
    assert not any("www" in run or "example" in run for run in found)  # so is the URL line
    assert not any("later" in run for run in found)  # beyond the opening


def test_the_opening_is_prose_lines_an_address_line_does_not_use_it_up() -> None:
    """Session 7: lines holding an address are skipped and not counted, and the cut falls between words."""
    address = "http: / / www. example. com / news / india / navy - foils - pirate - attack - in - the - gulf / 683284. html\n"
    prose = ("Indian Navy foils pirate attack\n" + "A warship escorting merchant vessels foiled an attack on Thursday. " * 5
             + "Patrol vessel INS Sukanya was escorting the ships.\n")
    assert len(address) + len(prose.split("Patrol")[0]) > OPENING_CHARACTERS  # past the opening when counted
    assert len(prose.split("Sukanya")[0]) < OPENING_CHARACTERS  # within it when only prose counts
    lines = opening(address + prose + "Later lines " * 60, None)
    assert not any("http" in line for line in lines)
    assert ("ins", "sukanya") in find_principals(address + prose, None, STOP)
    # The cut: a run that straddles the end of the opening is dropped, not cut into half a word.
    long_line = "word " * ((OPENING_CHARACTERS - 8) // 5) + "Marcus Lindqvist said."
    assert len("".join(opening(long_line, None))) <= OPENING_CHARACTERS
    assert opening(long_line, None)[-1].endswith("word Marcus")


def test_proper_runs_keep_the_names_the_stream_writes_capitalised() -> None:
    names, lower = DocumentFrequencies(), DocumentFrequencies()
    for i in range(10):
        names.add({"williams", "navy", "sukanya"})
        lower.add({"navy"} if i % 2 else set())  # half the documents write "the navy"
    runs = frozenset({("jamal", "williams"), ("indian", "navy"), ("ins", "sukanya")})
    assert proper_runs(runs, names, lower) == {("jamal", "williams"), ("ins", "sukanya")}


def _signals(i: int, names: set[str], principals: set[tuple[str, ...]]) -> ArticleSignals:
    return ArticleSignals(i, {"arrest": 1.0}, frozenset(names), frozenset(), date(2009, 2, 4), None,
                          principals=frozenset(principals))


def test_principal_conflict_needs_a_new_name_on_one_side_and_a_missing_one_on_the_other() -> None:
    story = StoryState(1)
    story.add(_signals(1, {"chargers", "vincent", "jackson"}, {("vincent", "jackson")}))
    frequencies = DocumentFrequencies()

    def principal(article: ArticleSignals) -> list[float]:
        row = pair_features(article, story, frequencies)
        return [row[i] for i in PRINCIPAL]

    # Another player: each side names someone the other does not.
    assert principal(_signals(2, {"chargers", "jamal", "williams"}, {("jamal", "williams")})) == [1.0, 1.0, 1.0]
    # A follow-up naming the player by his surname alone, and his lawyer: new, but nothing missing.
    assert principal(_signals(3, {"chargers", "jackson", "bob", "ryan"}, {("bob", "ryan")})) == [1.0, 0.0, 0.0]
    # Naming nobody in its opening: no evidence either way.
    assert principal(_signals(4, {"chargers"}, set())) == [0.0, 1.0, 0.0]
    # Only the story's first CORE_MEMBERS (3) articles make its principals: a later member's names do not.
    story.add(_signals(5, {"chargers", "jackson", "brad", "baehr"}, {("brad", "baehr")}))
    story.add(_signals(6, {"chargers", "jackson"}, set()))
    story.add(_signals(7, {"chargers", "jackson", "steelers"}, {("pittsburgh", "steelers")}))
    assert story.core_principals == {("vincent", "jackson"), ("brad", "baehr")}


FIXTURE = Path(__file__).parent / "fixtures" / "same-kind-arrests-en.jsonl"


def _arrests() -> tuple[list[Article], list[str]]:
    records = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [Article(id=i, version=1, source_key=r["id"], text=r["text"], lang=r["lang"], title=r["title"],
                        published=None) for i, r in enumerate(records, start=1)]
    return articles, [r["story"] for r in records]


@pytest.fixture(scope="module")
def embedder():  # type: ignore[no-untyped-def]
    from telisik.cluster.embedding import default_embedder

    return default_embedder()


def test_two_arrests_of_the_same_kind_stay_apart_because_of_whom_they_are_about(embedder) -> None:  # type: ignore[no-untyped-def]
    """Two undated drunk-driving arrests of two players of one team (a fixture written for this test).

    With the shipped model they are two stories and each follow-up joins its own; with the three
    principal weights set to 0 the second arrest joins the first, so the feature is what parts them.
    The fixture was written to sit where the feature decides (session 6's model: p(same story) of the
    second arrest 0.15 with it, 0.46 without, against join_probability 0.3); a refitted model may need
    the texts revisited, which this test would then show.
    """
    articles, gold = _arrests()
    model = load_model()
    clusterer = StoryClusterer(embedder=embedder, model=model)
    assignments = [clusterer.assign(a) for a in articles]
    keys = [a.story_key for a in assignments]
    assert keys[0] == keys[1] and keys[2] == keys[3] and keys[0] != keys[2]
    assert assignments[2].new_story and "marcus lindqvist" in assignments[2].reason
    assert "darnell okafor" in assignments[2].reason
    weights = list(model.weights)
    for i in PRINCIPAL:
        weights[i] = 0.0
    blind = StoryClusterer(embedder=embedder, model=replace(model, weights=tuple(weights)))
    blind_keys = [blind.assign(a).story_key for a in articles]
    assert blind_keys[2] == blind_keys[0]
    assert len(set(gold)) == 2
