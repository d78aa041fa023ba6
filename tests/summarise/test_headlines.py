"""Headlines in summaries: a title is a candidate line citing ``Span(..., field="title")``."""

from __future__ import annotations

import math
from datetime import date

from telisik.evaluate.summarise import citations_hold
from telisik.models import (
    AnalysedArticle,
    Article,
    Claim,
    ClaimGroup,
    ClaimRef,
    Comparison,
    Extraction,
    Sentence,
    Span,
    Verdict,
)
from telisik.summarise import summarise
from telisik.summarise.extractive import (
    HEADLINE_CENTRAL,
    HEADLINE_NONE,
    Weights,
    candidates,
    select_sentences,
    title_candidates,
)
from telisik.summarise.features import FEATURES, feature_rows, tfidf

TEXTS = {
    1: ("Gempa bermagnitudo 6,2 mengguncang Kabupaten Cianjur pada Senin siang waktu setempat. "
        "Ratusan rumah rusak dan warga mengungsi ke lapangan terbuka di pusat kota."),
    2: ("Badan Meteorologi mencatat gempa berkekuatan 6,2 di Cianjur dengan kedalaman sepuluh kilometer. "
        "Pemerintah daerah membuka posko pengungsian di halaman kantor bupati untuk warga."),
    3: ("Relawan dari Bandung tiba di Cianjur membawa tenda, selimut dan makanan siap saji. "
        "Mereka membantu warga yang rumahnya rusak akibat gempa pada hari Senin itu."),
}
TITLES = {
    1: "Gempa 6,2 guncang Cianjur, ratusan rumah rusak",
    2: "Gempa magnitudo 6,2 guncang Cianjur, warga mengungsi",
    3: "Relawan Bandung kirim bantuan tenda dan selimut",
}


def member(article_id: int, title: str | None, claims: tuple[Claim, ...] = ()) -> AnalysedArticle:
    text = TEXTS[article_id]
    cut = text.index(". ") + 1
    article = Article(id=article_id, version=1, source_key=f"doc:{article_id}", text=text, lang="id",
                      title=title, sentences=(Sentence(0, cut), Sentence(cut + 1, len(text))))
    return AnalysedArticle(article, Extraction(article_id, claims=claims))


def story(titles: dict[int, str | None] | None = None) -> list[AnalysedArticle]:
    chosen = TITLES if titles is None else titles
    return [member(i, chosen.get(i)) for i in TEXTS]


def test_the_headline_the_other_headlines_agree_with_opens_the_summary() -> None:
    members = story()
    articles = {m.article.id: m.article for m in members}
    summary = summarise(1, members, Comparison(1), max_words=40)
    first = summary.sentences[0]
    [citation] = first.citations
    assert citation.field == "title" and citation.article_id in (1, 2)  # not the volunteers' headline
    assert articles[citation.article_id].span_text(citation) == first.text
    assert [s.citations[0].field for s in summary.sentences[1:]] == ["text"] * (len(summary.sentences) - 1)
    assert all(citations_hold(s, articles) for s in summary.sentences)
    assert sum(len(s.text.split()) for s in summary.sentences) <= 40


def test_a_title_citation_does_not_hold_against_the_article_text() -> None:
    members = story()
    [headline] = [s for s in select_sentences(members, 40) if s.citations[0].field == "title"]
    assert citations_hold(headline, {m.article.id: m.article for m in members})
    assert not citations_hold(headline, {m.article.id: m.article.text for m in members})  # bare texts: no titles
    span = headline.citations[0]
    beyond = type(headline)(headline.text, (Span(span.article_id, span.start, span.end + 500, "title"),))
    assert not citations_hold(beyond, {m.article.id: m.article for m in members})
    unknown = type(headline)(headline.text, (Span(span.article_id, span.start, span.end, "lede"),))
    assert not citations_hold(unknown, {m.article.id: m.article for m in members})


def test_headline_choice_can_follow_the_sentences_or_be_off() -> None:
    members = story()
    central = select_sentences(members, 40, Weights(title_first=HEADLINE_CENTRAL))
    assert central[0].citations[0].field == "title"
    off = select_sentences(members, 40, Weights(title_first=HEADLINE_NONE))
    assert all(s.citations[0].field == "text" for s in off)


def test_short_or_missing_titles_and_single_articles_get_no_headline() -> None:
    short = select_sentences(story({1: "Gempa Cianjur", 2: None, 3: "Bantuan tiba"}), 40)
    assert all(s.citations[0].field == "text" for s in short)
    single = summarise(1, [member(1, TITLES[1])], Comparison(1), max_words=40)
    assert single.sentences and all(s.citations[0].field == "text" for s in single.sentences)


def test_headline_candidates_have_finite_features_and_position_minus_one() -> None:
    members = story()
    found = candidates(members) + title_candidates(members)
    rows = feature_rows(members, found, tfidf([c.words for c in found]), {})
    assert len(rows) == len(found) and all(len(r) == len(FEATURES) for r in rows)
    assert all(math.isfinite(v) for r in rows for v in r)
    position = FEATURES.index("position")
    assert [r[position] for r, c in zip(rows, found) if c.field == "title"] == [-1.0, -1.0, -1.0]


def test_a_statement_built_from_a_headline_claim_cites_the_title() -> None:
    title = "Gempa Cianjur: 62 orang tewas, ratusan rumah rusak"
    start = title.index("62")
    headline_claim = Claim("killed", 62, 62, start, start + 2, "62", field="title")
    text_start = TEXTS[2].index("sepuluh")
    body_claim = Claim("killed", 10, 10, text_start, text_start + 7, "sepuluh")
    members = [member(1, title, (headline_claim,)), member(2, TITLES[2], (body_claim,))]
    refs = (ClaimRef(1, "A", date(2022, 11, 21), headline_claim), ClaimRef(2, "B", date(2022, 11, 21), body_claim))
    group = ClaimGroup("killed", Verdict.CONFLICT, refs, 2, "the counts differ")
    summary = summarise(1, members, Comparison(1, groups=(group,)), max_words=60)
    [statement] = [s for s in summary.sentences if s.kind == "statement"]
    assert [p.span.field for p in statement.parts] == ["title", "text"]
    assert all(citations_hold(s, {m.article.id: m.article for m in members}) for s in summary.sentences)
