"""Streaming TF-IDF clustering: same event together, different events apart, explained."""

from __future__ import annotations

from datetime import date

import pytest

from telisik.cluster import StoryClusterer
from telisik.cluster.lexical import DocumentFrequencies, cosine, terms
from telisik.models import Article, PublishedDate

DOCS = [
    # (story, day, text)
    ("crash", 1, "Pesawat latih jatuh di Cilacap, dua pilot siswa tewas dalam kecelakaan pesawat latih milik sekolah penerbangan."),
    ("flood", 1, "Banjir merendam ratusan rumah warga di Bandung setelah hujan deras mengguyur semalaman dan sungai meluap."),
    ("crash", 2, "Dua pilot siswa tewas setelah pesawat latih sekolah penerbangan jatuh di sawah Cilacap, polisi menyelidiki kecelakaan."),
    ("budget", 2, "DPR mengesahkan anggaran negara tahun depan setelah rapat paripurna yang membahas defisit dan belanja pemerintah."),
    ("flood", 3, "Ratusan rumah warga Bandung terendam banjir akibat sungai meluap, warga mengungsi ke masjid dan sekolah."),
]


def article(i: int, text: str, day: int | None = None, title: str | None = None) -> Article:
    published = PublishedDate(date(2016, 10, day), False, "metadata") if day else None
    return Article(id=i, version=1, source_key=f"doc:{i}", text=text, lang="id", title=title, published=published)


def test_same_event_joins_and_different_events_split() -> None:
    clusterer = StoryClusterer()
    keys = [clusterer.assign(article(i, text, day)).story_key for i, (_, day, text) in enumerate(DOCS, 1)]
    gold = [story for story, _, _ in DOCS]
    for a in range(len(DOCS)):
        for b in range(a + 1, len(DOCS)):
            assert (keys[a] == keys[b]) == (gold[a] == gold[b]), (a, b, keys)


def test_assignment_explains_itself() -> None:
    clusterer = StoryClusterer()
    first = clusterer.assign(article(1, DOCS[0][2], 1))
    second = clusterer.assign(article(2, DOCS[2][2], 2))
    assert first.new_story and first.reason.startswith("new story")
    assert not second.new_story and second.story_key == first.story_key
    assert "pesawat" in second.reason and f"≥ {clusterer.threshold:.2f}" in second.reason


def test_stories_outside_the_time_window_are_not_joined() -> None:
    clusterer = StoryClusterer(window_days=7)
    first = clusterer.assign(article(1, DOCS[0][2], 1))
    later = clusterer.assign(article(2, DOCS[2][2], 28))  # same words, four weeks later
    assert later.new_story and later.story_key != first.story_key


def test_replayed_assignments_keep_keys_and_continue_numbering() -> None:
    clusterer = StoryClusterer()
    clusterer.add(article(1, DOCS[0][2], 1), story_key=5)
    joined = clusterer.assign(article(2, DOCS[2][2], 2))
    fresh = clusterer.assign(article(3, DOCS[3][2], 2))
    assert joined.story_key == 5 and fresh.story_key == 6


def test_terms_drop_stopwords_and_weigh_titles() -> None:
    counts = terms("Banjir Bandung", "Banjir yang merendam rumah di Bandung", "id")
    assert counts["banjir"] == 3 and counts["bandung"] == 3
    assert "yang" not in counts and "di" not in counts


def test_weights_are_unit_length_and_cosine_is_bounded() -> None:
    frequencies = DocumentFrequencies()
    a = terms(None, DOCS[0][2], "id")
    b = terms(None, DOCS[1][2], "id")
    frequencies.add(a)
    frequencies.add(b)
    wa, wb = frequencies.weigh(a), frequencies.weigh(b)
    assert sum(w * w for w in wa.values()) == pytest.approx(1.0)
    assert cosine(wa, wa, 1.0) == pytest.approx(1.0)
    assert 0.0 <= cosine(wa, wb, 1.0) < 0.2
