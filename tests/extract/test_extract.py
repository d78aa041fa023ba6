"""extract(): the whole stage on one article, and the public API."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

import telisik.extract as stage
from telisik.errors import ConfigError
from telisik.extract import extract, find_entities
from telisik.models import Article, Extraction, Span

ArticleFactory = Callable[..., Article]  # the make_article fixture in conftest.py



def test_public_api_is_pinned() -> None:
    assert sorted(stage.__all__) == ["extract", "find_entities"]
    assert str(inspect.signature(extract)) == "(article: 'Article') -> 'Extraction'"
    assert str(inspect.signature(find_entities)) == "(text: 'str', lang: 'str' = 'id') -> 'list[EntityMention]'"


def test_docstring_names_the_stage() -> None:
    assert (stage.__doc__ or "").startswith("Stage 3: Article → mentions, claims")


def test_seed_000(seed_000: str, make_article: ArticleFactory) -> None:
    result = extract(make_article(seed_000, article_id=7))
    assert isinstance(result, Extraction) and result.article_id == 7
    assert [(c.kind, c.min, c.max) for c in result.claims] == [("killed", 8, 8), ("injured", 301, None)]
    assert [f.code for f in result.flags] == ["weekday-mismatch"]
    assert len(result.quotes) == 3
    assert {d.value for d in result.dates} >= {date(2022, 1, 5), date(2022, 1, 6)}
    assert any(n.text == "lima" and n.min == 5 for n in result.numbers)
    assert {"Kassym-Jomart Tokayev", "CSTO", "Al Jazeera", "Kementerian Dalam Negeri Kazakhstan"} <= {
        e.canonical for e in result.entities
    }


def test_seed_003(seed_003: str, make_article: ArticleFactory) -> None:
    result = extract(make_article(seed_003))
    assert [(c.kind, c.min) for c in result.claims] == [("killed", 8), ("injured", 317), ("injured", 317), ("killed", 8)]
    # The two 8s and the two 317s agree; the typos "Amenia" and "Tokayeva" are one name spelled two ways.
    assert [f.code for f in result.flags] == ["spelling-variant", "spelling-variant"]
    assert {(seed_003[f.start : f.end], seed_003[f.related_start : f.related_end]) for f in result.flags} == {
        ("Armenia", "Amenia"), ("Tokayev", "Kassym-Jomart Tokayeva")
    }
    assert {q.via for q in result.quotes} >= {("TheGuardian",), ("Interfax",), ("Kazakh",)}


def test_every_span_indexes_the_text(seed_000: str, seed_003: str, make_article: ArticleFactory) -> None:
    for text in (seed_000, seed_003):
        result = extract(make_article(text))
        for item in (*result.entities, *result.quotes, *result.numbers, *result.dates):
            assert text[item.start : item.end] == item.text
        for claim in result.claims:
            assert text[claim.start : claim.end] == claim.text
            assert claim.sentence_start <= claim.start < claim.end <= claim.sentence_end


def test_dates_resolve_against_publication_date(make_article: ArticleFactory) -> None:
    text = "Pada Rabu (5/1), pengunjuk rasa menyerbu gedung pemerintahan."
    [mention] = extract(make_article(text, published=date(2022, 1, 6))).dates
    assert mention.value == date(2022, 1, 5)


def test_article_without_publication_date(make_article: ArticleFactory) -> None:
    result = extract(make_article("Tiga orang tewas dalam kecelakaan di Cilacap.", published=None))
    assert [(c.kind, c.min) for c in result.claims] == [("killed", 3)]
    assert result.flags == ()


def test_english_article(make_article: ArticleFactory) -> None:
    text = 'Two men were shot and killed in Chicago on Saturday. "It was terrible," said officer Jane Doe.'
    result = extract(make_article(text, lang="en", published=date(2014, 1, 27)))
    assert [(c.kind, c.min) for c in result.claims] == [("killed", 2)]
    assert [q.speaker for q in result.quotes] == ["Jane Doe"]
    assert ("Chicago", "LOC") in {(e.text, e.type) for e in result.entities}


def test_malay_reads_with_indonesian_lists(make_article: ArticleFactory) -> None:
    result = extract(make_article("Lima orang maut dalam nahas itu manakala 3 orang cedera.", lang="ms"))
    assert [(c.kind, c.min) for c in result.claims] == [("injured", 3)]


def test_unsupported_language_is_a_config_error(make_article: ArticleFactory) -> None:
    with pytest.raises(ConfigError, match="'fr'"):
        extract(make_article("Trois personnes ont été tuées.", lang="fr"))


def test_empty_article(make_article: ArticleFactory) -> None:
    assert extract(make_article("", published=None)) == Extraction(article_id=1)


def test_a_figure_only_the_title_gives_is_a_claim_citing_the_title(make_article: ArticleFactory) -> None:
    body = "Police said the victims were taken to a hospital. The suspect fled on foot."
    article = replace(make_article(body, lang="en"), title="4 people injured in Sacramento shooting")
    result = extract(article)
    [claim] = result.claims
    assert (claim.kind, claim.min, claim.max, claim.field) == ("injured", 4, 4, "title")
    assert article.span_text(Span(1, claim.start, claim.end, claim.field)) == claim.text
    assert article.title[claim.sentence_start : claim.sentence_end] == article.title


def test_title_and_text_claims_both_count_and_text_spans_stay_in_the_text(make_article: ArticleFactory) -> None:
    body = "Sebanyak 12 orang terluka dalam kebakaran di pasar itu, kata polisi."
    article = replace(make_article(body), title="Kebakaran Pasar, 2 Orang Tewas")
    fields = {(c.kind, c.min, c.field) for c in extract(article).claims}
    assert fields == {("killed", 2, "title"), ("injured", 12, "text")}


def test_a_title_the_text_repeats_is_read_once(make_article: ArticleFactory) -> None:
    title = "4 people injured in Sacramento shooting"
    article = replace(make_article(f"{title}\n\nPolice said the victims were taken to a hospital.", lang="en"),
                      title=title)
    assert [(c.min, c.field) for c in extract(article).claims] == [(4, "text")]


def test_an_article_without_a_title_reads_only_the_text(make_article: ArticleFactory) -> None:
    result = extract(make_article("Delapan orang tewas."))
    assert [c.field for c in result.claims] == ["text"]


def test_number_words_of_a_title_case_headline_are_numbers(make_article: ArticleFactory) -> None:
    article = replace(make_article("Polisi masih menyelidiki penyebab kecelakaan itu."),
                      title="Tabrakan Beruntun di Tol Cipularang, Dua Orang Tewas")
    [claim] = extract(article).claims
    assert (claim.kind, claim.min, claim.text, claim.field) == ("killed", 2, "Dua", "title")


def test_a_capitalised_number_word_in_a_sentence_case_title_stays_a_name() -> None:
    from telisik.extract import title_numbers

    assert title_numbers("Banjir melanda ibu kota Peru, Lima", "id") == []
    assert [n.text for n in title_numbers("Banjir Melanda Ibu Kota, Lima Warga Hilang", "id")] == ["Lima"]


def test_a_title_too_long_for_a_headline_is_not_read(make_article: ArticleFactory) -> None:
    from telisik.extract import MAX_TITLE_CHARS

    headline = "Penembakan di Medan, 4 Orang Terluka"
    body = make_article("Polisi masih menyelidiki penyebabnya.")
    assert [c.min for c in extract(replace(body, title=headline)).claims] == [4]
    padded = headline + " " + "kata" * (MAX_TITLE_CHARS // 4)  # a feed that put a body in the title
    assert extract(replace(body, title=padded)).claims == ()
