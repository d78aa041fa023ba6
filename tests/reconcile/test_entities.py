"""Story-level entities: the seeds' people, organisations and places as EXPECTED.md lists
them, and the linking rules one by one on small hand-made articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from telisik.api import analyse_text
from telisik.models import AnalysedArticle, Article, CanonicalEntity, Dateline, EntityMention, Extraction, Quote
from telisik.reconcile import reconcile
from telisik.reconcile.entities import link_entities

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"


@pytest.fixture(scope="module")
def seed_story() -> list[AnalysedArticle]:
    paths = sorted(SEEDS.glob("*.txt"))
    return [analyse_text(p.read_text(encoding="utf-8"), doc_id=p.stem, article_id=i + 1) for i, p in enumerate(paths)]


@pytest.fixture(scope="module")
def seed_entities(seed_story: list[AnalysedArticle]) -> tuple[CanonicalEntity, ...]:
    return link_entities(seed_story)


def entity(entities: tuple[CanonicalEntity, ...], name: str) -> CanonicalEntity:
    found = [e for e in entities if e.name == name]
    assert len(found) == 1, f"{name!r}: {[e.name for e in entities]}"
    return found[0]


def holding(entities: tuple[CanonicalEntity, ...], alias: str) -> list[CanonicalEntity]:
    return [e for e in entities if e.name == alias or alias in e.aliases]


# EXPECTED.md, "people" / "organisations" / "places" rows of both articles.
@pytest.mark.parametrize(
    ("name", "entity_type", "aliases"),
    [
        ("Kassym-Jomart Tokayev", "PER", {"Tokayev", "Kassym-Jomart Tokayeva"}),
        ("Nikol Pashinyan", "PER", set()),
        ("Leonid Kalashnikov", "PER", set()),
        ("Dmitry Peskov", "PER", set()),
        ("Putin", "PER", set()),
        ("CSTO", "ORG", {"Organisasi Perjanjian Keamanan Kolektif"}),
        ("Kementerian Dalam Negeri Kazakhstan", "ORG", {"Kementerian Dalam Negeri"}),
        ("Kremlin", "ORG", set()),
        ("Kazakhstan", "LOC", set()),
        ("Almaty", "LOC", set()),
        ("Russia", "LOC", {"Rusia"}),
        ("Moscow", "LOC", {"Moskow"}),
        ("Belarus", "LOC", set()),
        ("Armenia", "LOC", {"Amenia"}),
        ("Kyrgyzstan", "LOC", {"Kirgistan"}),
        ("Tajikistan", "LOC", set()),
        ("Central Asia", "LOC", {"Asia Tengah"}),
    ],
)
def test_seed_entities_are_canonical(
    seed_entities: tuple[CanonicalEntity, ...], name: str, entity_type: str, aliases: set[str]
) -> None:
    found = entity(seed_entities, name)
    assert found.type == entity_type
    assert aliases <= set(found.aliases)
    for alias in aliases:  # no variant is left over as an entity of its own
        assert holding(seed_entities, alias) == [found]


@pytest.mark.parametrize("name", ["Al Jazeera", "TheGuardian", "Interfax", "Facebook", "Kazakh"])
def test_seed_relays_are_media_organisations(seed_entities: tuple[CanonicalEntity, ...], name: str) -> None:
    found = entity(seed_entities, name)
    assert (found.type, found.kind) == ("ORG", "media")


def test_seed_people_span_both_articles(seed_entities: tuple[CanonicalEntity, ...]) -> None:
    tokayev = entity(seed_entities, "Kassym-Jomart Tokayev")
    assert {span.article_id for span in tokayev.mentions} == {1, 2}


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [("Kazakhstan", "country", "KZ"), ("Almaty", "city", "KZ"), ("Moscow", "city", "RU"), ("Central Asia", "region", None)],
)
def test_seed_places_have_kind_country_and_coordinates(
    seed_entities: tuple[CanonicalEntity, ...], name: str, kind: str, country: str | None
) -> None:
    place = entity(seed_entities, name)
    assert (place.kind, place.country) == (kind, country)
    if kind != "region":
        assert place.latitude is not None and place.longitude is not None


def test_dateline_place_is_kept_apart(seed_entities: tuple[CanonicalEntity, ...]) -> None:
    jakarta = entity(seed_entities, "Jakarta")  # Bisnis.com's newsroom: dateline only
    assert jakarta.dateline_of == (2,) and jakarta.mentions == ()
    almaty = entity(seed_entities, "Almaty")  # Mata Indonesia's dateline, and where it happened
    assert almaty.dateline_of == (1,) and almaty.mentions


def test_no_ordinary_word_is_an_entity(seed_entities: tuple[CanonicalEntity, ...]) -> None:
    names = {n.lower() for e in seed_entities for n in (e.name, *e.aliases)}
    assert not names & {"para", "media", "ada", "pada", "akan", "sedangkan"}


def test_reconcile_carries_the_entities(seed_story: list[AnalysedArticle]) -> None:
    assert reconcile(7, seed_story).entities == link_entities(seed_story)


# --------------------------------------------------------------------------- rules, one by one


def member(article_id: int, text: str, mentions: list[tuple[str, str, str]], **extra: object) -> AnalysedArticle:
    """An article whose extraction found ``mentions`` (surface, type, canonical), in order."""
    found = []
    position = 0
    for surface, entity_type, canonical in mentions:
        start = text.index(surface, position)
        found.append(EntityMention(surface, start, start + len(surface), entity_type, canonical))
        position = start + len(surface)
    quotes = extra.pop("quotes", ())
    article = Article(id=article_id, version=1, source_key=f"doc:{article_id}", text=text, lang="id", **extra)  # type: ignore[arg-type]
    return AnalysedArticle(article, Extraction(article_id, entities=tuple(found), quotes=quotes))  # type: ignore[arg-type]


def test_surname_and_typo_join_the_full_name_across_articles() -> None:
    story = [
        member(1, "Presiden Joko Widodo tiba.", [("Joko Widodo", "PER", "Joko Widodo")]),
        member(2, "Widodo berpidato. Presiden Joko Widodoo tersenyum.",
               [("Widodo", "PER", "Widodo"), ("Joko Widodoo", "PER", "Joko Widodoo")]),
    ]
    [person] = link_entities(story)
    assert person.name == "Joko Widodo"
    assert set(person.aliases) == {"Widodo", "Joko Widodoo"}
    assert len(person.mentions) == 3


def test_short_names_one_letter_apart_stay_apart() -> None:
    story = [member(1, "Ali dan Ari datang.", [("Ali", "PER", "Ali"), ("Ari", "PER", "Ari")])]
    assert {e.name for e in link_entities(story)} == {"Ali", "Ari"}


def test_organisation_with_and_without_its_country_is_one() -> None:
    story = [
        member(1, "Kementerian Luar Negeri Malaysia menyatakan.", [("Kementerian Luar Negeri Malaysia", "ORG", "Kementerian Luar Negeri Malaysia")]),
        member(2, "Kementerian Luar Negeri menyatakan.", [("Kementerian Luar Negeri", "ORG", "Kementerian Luar Negeri")]),
    ]
    [ministry] = link_entities(story)
    assert ministry.name == "Kementerian Luar Negeri Malaysia"


def test_organisation_with_a_non_country_tail_stays_apart() -> None:
    story = [
        member(1, "Partai Demokrat Baru dan Partai Demokrat.", [("Partai Demokrat Baru", "ORG", "Partai Demokrat Baru"), ("Partai Demokrat", "ORG", "Partai Demokrat")]),
    ]
    assert len(link_entities(story)) == 2


def test_indonesian_and_english_place_names_are_one_place() -> None:
    story = [
        member(1, "Delegasi tiba di Moskow dari Rusia.", [("Moskow", "LOC", "Moskow"), ("Rusia", "LOC", "Rusia")]),
        member(2, "The delegation reached Moscow, Russia.", [("Moscow", "LOC", "Moscow"), ("Russia", "LOC", "Russia")]),
    ]
    places = {e.name: e for e in link_entities(story)}
    assert set(places) == {"Moscow", "Russia"}
    assert places["Russia"].aliases == ("Rusia",) and places["Russia"].kind == "country"


def test_relay_named_in_a_quote_is_a_media_organisation() -> None:
    text = "“Kami siap,” katanya kepada Kabar Harian."
    quote = Quote("Kami siap", 1, 10, "Dia", "katanya", via=("Kabar Harian",))
    story = [member(1, text, [("Kabar Harian", "ORG", "Kabar Harian")], quotes=(quote,))]
    assert link_entities(story)[0].kind == "media"


def test_organisation_after_a_media_cue_is_media() -> None:
    story = [member(1, "Menurut kantor berita Bernama, hujan turun.", [("Bernama", "ORG", "Bernama")])]
    assert link_entities(story)[0].kind == "media"


def test_ordinary_capitalised_word_is_dropped() -> None:
    story = [member(1, "Para warga dan Media datang ke Ada.", [("Para", "LOC", "Para"), ("Media", "ORG", "Media"), ("Ada", "LOC", "Ada")])]
    assert link_entities(story) == ()


def test_dateline_only_place_has_no_mentions() -> None:
    dateline = Dateline(outlet="Antara", place="SURABAYA", text="Antara, SURABAYA -")
    story = [member(1, "Hujan deras melanda Malang.", [("Malang", "LOC", "Malang")], dateline=dateline)]
    places = {e.name: e for e in link_entities(story)}
    assert places["Surabaya"].dateline_of == (1,) and places["Surabaya"].mentions == ()
    assert places["Malang"].dateline_of == ()


def test_empty_story() -> None:
    assert link_entities([]) == ()


def test_story_json_shows_entities() -> None:
    from telisik.models import Span
    from telisik.serialise import canonical_entity

    russia = CanonicalEntity("Russia", "LOC", ("Rusia",), (Span(1, 5, 10),), "country", "RU", 55.75, 37.62, (2,))
    assert canonical_entity(russia) == {
        "name": "Russia", "type": "LOC", "kind": "country", "aliases": ["Rusia"], "country": "RU",
        "coordinates": {"lat": 55.75, "lon": 37.62}, "mentions": [{"article": 1, "start": 5, "end": 10, "field": "text"}],
        "dateline_of": [2],
    }
