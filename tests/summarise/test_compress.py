"""Sentence compression: what is dropped, what is kept, and that the kept pieces cite the article exactly."""

from __future__ import annotations

from telisik.evaluate.summarise import citations_hold
from telisik.models import AnalysedArticle, Article, Extraction, Sentence
from telisik.summarise.compress import ALL_RULES, kept_pieces, render, words_of
from telisik.summarise.extractive import Weights, select_sentences


def squeeze(text: str, rules: frozenset[str] = ALL_RULES, lang: str = "en") -> str:
    return render(text, kept_pieces(text, lang, rules))


def test_attribution_tail_is_dropped() -> None:
    assert squeeze("Japan must brace for a launch, Japan's defence minister has said.") == "Japan must brace for a launch."
    assert squeeze("Prices rose by 5% in May, according to the statistics agency.") == "Prices rose by 5% in May."
    assert squeeze("Biden will sign the bill, the White House said on Friday.") == "Biden will sign the bill."


def test_a_tail_with_a_clause_of_its_own_stays() -> None:
    for text in ("The bill passed, and the president said it would be signed soon.",
                 "The bill passed, the senator said it would be signed.",
                 "Officials said that the bridge, built in 1990, was safe."):
        assert squeeze(text, frozenset({"tail"})) == text


def test_lead_parenthetical_and_appositive() -> None:
    assert squeeze("On Monday, the company said profits rose.", frozenset({"lead"})) == "The company said profits rose."
    assert squeeze("According to the police, two men were arrested.", frozenset({"lead"})) == "Two men were arrested."
    assert squeeze("Rep. Kevin McCarthy (R-Calif.) released a plan.", frozenset({"paren"})) == "Rep. Kevin McCarthy released a plan."
    assert squeeze("Biden, who is 77, won the race.", frozenset({"appositive"})) == "Biden won the race."


def test_rules_are_per_language_and_by_name() -> None:
    text = "Harga naik 5 persen, kata menteri pada Senin."
    assert kept_pieces(text, "id", ALL_RULES) == [(0, len(text))]
    english = "Prices rose, officials said."
    assert kept_pieces(english, "en", frozenset({"paren"})) == [(0, len(english))]
    pieces = kept_pieces(english, "en", frozenset({"tail"}))
    assert [english[s:e] for s, e in pieces] == ["Prices rose"] and words_of(english, pieces) == 2


TEXT_A = ("Floods killed twelve people in the northern province on Sunday, the disaster agency said on Monday. "
          "Rescue teams (from three regions) searched collapsed houses for survivors through the night.")
TEXT_B = ("Twelve people died in floods in the northern province, officials said. "
          "Thousands of residents were moved to temporary shelters near the river.")


def member(article_id: int, text: str) -> AnalysedArticle:
    cut = text.index(". ") + 1
    article = Article(id=article_id, version=1, source_key=f"doc:{article_id}", text=text, lang="en",
                      sentences=(Sentence(0, cut), Sentence(cut + 1, len(text))))
    return AnalysedArticle(article, Extraction(article_id))


def test_compressed_sentences_cite_their_kept_pieces() -> None:
    members = [member(1, TEXT_A), member(2, TEXT_B)]
    texts = {1: TEXT_A, 2: TEXT_B}
    chosen = select_sentences(members, max_words=60, compression=ALL_RULES)
    compressed = [s for s in chosen if s.kind == "compressed"]
    assert compressed
    for sentence in chosen:
        assert citations_hold(sentence, texts)
        for part in sentence.parts:
            assert texts[part.span.article_id][part.span.start : part.span.end] == part.quote
            [citation] = sentence.citations
            assert citation.start <= part.span.start < part.span.end <= citation.end
    assert all("said" not in s.text and "(" not in s.text for s in compressed)


def test_the_quote_penalty_drops_a_quoted_sentence() -> None:
    quoted = ("\"We have lost everything in one night,\" a farmer in the northern province told reporters. "
              "Rescue teams searched collapsed houses for survivors through the night.")
    members = [member(1, quoted), member(2, TEXT_B)]
    plain = select_sentences(members, max_words=14, concepts=False)  # the hand-set path, whose weight this is
    penalised = select_sentences(members, max_words=14, weights=Weights(quote=1.0))
    assert any("\"" in s.text for s in plain) and not any("\"" in s.text for s in penalised)


def test_nothing_is_compressed_by_default() -> None:
    chosen = select_sentences([member(1, TEXT_A), member(2, TEXT_B)], max_words=60)
    assert chosen and all(s.kind == "extract" for s in chosen)


def test_to_fit_keeps_the_whole_sentence_while_it_fits() -> None:
    members = [member(1, TEXT_A), member(2, TEXT_B)]
    roomy = select_sentences(members, max_words=60, compression=ALL_RULES | {"fit"})
    assert roomy and all(s.kind == "extract" for s in roomy)
    tight = select_sentences(members, max_words=26, compression=ALL_RULES | {"fit"})
    assert sum(len(s.text.split()) for s in tight) <= 26
    # 16 words of the first sentence leave 10: only a compressed second sentence fits
    assert len(tight) > len(select_sentences(members, max_words=26, concepts=False))
    assert tight[0].kind == "extract" and any(s.kind == "compressed" for s in tight)
    assert len({(s.citations[0].article_id, s.citations[0].start) for s in tight}) == len(tight)
