"""Extractive summary and timeline: every sentence cites the exact span it comes from."""

from __future__ import annotations

from datetime import date

from telisik.models import AnalysedArticle, Article, Comparison, DateMention, Extraction, Sentence
from telisik.summarise import summarise
from telisik.summarise.extractive import select_sentences

TEXT_A = (
    "Presiden Tokayev meminta bantuan CSTO untuk mengirim pasukan penjaga perdamaian ke Kazakhstan. "
    "Protes berlangsung sejak awal tahun karena harga bahan bakar naik tajam di seluruh negeri. "
    "Pada Rabu, pengunjuk rasa menyerbu gedung pemerintahan dan kantor wali kota Almaty."
)
TEXT_B = (
    "Para pemimpin CSTO setuju mengirim pasukan penjaga perdamaian ke Kazakhstan atas permintaan Presiden Tokayev. "
    "Perdana Menteri Armenia Nikol Pashinyan mengumumkan keputusan itu pada pagi hari setelah konsultasi. "
    "Bandara Almaty sempat dikuasai pengunjuk rasa sebelum aparat merebutnya kembali."
)


def sentences_of(text: str) -> tuple[Sentence, ...]:
    spans, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (1 if not part.endswith(".") else 0)
        spans.append(Sentence(start, min(end, len(text))))
        start = end + 1
    return tuple(spans)


def member(article_id: int, text: str, dates: tuple[DateMention, ...] = ()) -> AnalysedArticle:
    article = Article(id=article_id, version=1, source_key=f"doc:{article_id}", text=text, lang="id",
                      sentences=sentences_of(text))
    return AnalysedArticle(article, Extraction(article_id, dates=dates))


def test_every_summary_sentence_is_the_text_it_cites() -> None:
    members = [member(1, TEXT_A), member(2, TEXT_B)]
    texts = {1: TEXT_A, 2: TEXT_B}
    summary = summarise(9, members, Comparison(9), max_words=60)
    assert summary.story_id == 9 and summary.sentences
    for sentence in summary.sentences:
        [citation] = sentence.citations
        assert texts[citation.article_id][citation.start : citation.end] == sentence.text


def test_word_budget_is_respected_after_the_first_sentence() -> None:
    chosen = select_sentences([member(1, TEXT_A), member(2, TEXT_B)], max_words=30)
    assert sum(len(s.text.split()) for s in chosen[1:]) <= 30
    assert 1 <= len(chosen) <= 3


def test_near_repeats_are_skipped() -> None:
    chosen = select_sentences([member(1, TEXT_A), member(2, TEXT_A)], max_words=500)
    assert len(chosen) == len({s.text for s in chosen}) == 3


def test_timeline_orders_dated_sentences() -> None:
    rabu = DateMention("Rabu", TEXT_A.index("Rabu"), TEXT_A.index("Rabu") + 4, date(2022, 1, 5))
    awal = DateMention("awal tahun", TEXT_A.index("awal tahun"), TEXT_A.index("awal tahun") + 10, date(2022, 1, 1))
    summary = summarise(1, [member(1, TEXT_A, (rabu, awal))], Comparison(1))
    assert [e.when for e in summary.timeline] == [date(2022, 1, 1), date(2022, 1, 5)]
    assert summary.timeline[1].text.startswith("Pada Rabu")
    citation = summary.timeline[0].citations[0]
    assert TEXT_A[citation.start : citation.end] == summary.timeline[0].text


def test_empty_story_gives_empty_summary() -> None:
    assert summarise(1, [], Comparison(1)).sentences == ()


def test_same_happening_from_two_articles_is_one_entry_citing_both() -> None:
    from telisik.models import Span, TimelineEntry
    from telisik.summarise.timeline import merge_same_happenings

    a = TimelineEntry(date(2022, 1, 5), "Pengunjuk rasa menyerbu kantor wali kota Almaty dan membakarnya.", (Span(1, 0, 60),))
    b = TimelineEntry(date(2022, 1, 5), "Kantor wali kota Almaty dibakar pengunjuk rasa yang menyerbu.", (Span(2, 10, 70),))
    other_day = TimelineEntry(date(2022, 1, 6), "Kantor wali kota Almaty dibakar pengunjuk rasa.", (Span(2, 80, 130),))
    unrelated = TimelineEntry(date(2022, 1, 5), "Perdana Menteri Armenia menulis di Facebook.", (Span(2, 200, 240),))
    merged = merge_same_happenings([a, b, unrelated, other_day])
    assert [len(e.citations) for e in merged] == [2, 1, 1]
    assert merged[0].text == a.text and merged[0].citations == (Span(1, 0, 60), Span(2, 10, 70))


def test_sentences_reconcile_aligned_to_one_event_are_one_entry() -> None:
    from telisik.models import EventGroup, EventMention, Span, TimelineEntry, Verdict
    from telisik.summarise.timeline import event_sentences, merge_same_happenings

    a = TimelineEntry(date(2022, 1, 5), "Para pengunjuk rasa menyerbu gedung-gedung pemerintahan.", (Span(1, 0, 57),))
    b = TimelineEntry(date(2022, 1, 5), "Pada hari sebelumnya, kantor walikota Almaty dibakar.", (Span(2, 90, 143),))
    assert len(merge_same_happenings([a, b])) == 2  # few words shared
    mentions = (EventMention(1, "A", "attack", 1, "mayors-office", "menyerbu", 20, 28, 0, 57),
                EventMention(2, "B", "attack", 1, "mayors-office", "dibakar", 135, 142, 90, 143))
    events = event_sentences([EventGroup("attack", "mayors-office", Verdict.AGREE, mentions, "same day")])
    [merged] = merge_same_happenings([a, b], events)
    assert merged.citations == (Span(1, 0, 57), Span(2, 90, 143))
    other = EventGroup("attack", "airport", Verdict.SINGLE, mentions[1:], "one article")
    assert len(merge_same_happenings([a, b], event_sentences([other]))) == 2  # different events stay apart
