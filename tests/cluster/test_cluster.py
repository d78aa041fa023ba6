"""Streaming clustering: same event together, different events apart, windows, copies, explanations."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from telisik.cluster import StoryClusterer
from telisik.cluster.decision import JoinModel
from telisik.cluster.signals import FEATURES
from telisik.models import Article, PublishedDate

DOCS = [
    # (story, day, text)
    ("crash", 1, "Pesawat latih jatuh di Cilacap, dua pilot siswa tewas dalam kecelakaan pesawat latih milik sekolah penerbangan."),
    ("flood", 1, "Banjir merendam ratusan rumah warga di Bandung setelah hujan deras mengguyur semalaman dan sungai meluap."),
    ("crash", 2, "Dua pilot siswa tewas setelah pesawat latih sekolah penerbangan jatuh di sawah Cilacap, polisi menyelidiki kecelakaan."),
    ("budget", 2, "DPR mengesahkan anggaran negara tahun depan setelah rapat paripurna yang membahas defisit dan belanja pemerintah."),
    ("flood", 3, "Ratusan rumah warga Bandung terendam banjir akibat sungai meluap, warga mengungsi ke masjid dan sekolah."),
]

WIRE = (
    "Gempa berkekuatan magnitudo 6,2 mengguncang Kabupaten Mamuju, Sulawesi Barat, pada Jumat dini hari. "
    "Badan Nasional Penanggulangan Bencana mencatat sedikitnya 34 orang meninggal dunia dan ratusan rumah rusak. "
    "Kepala BNPB mengatakan tim SAR gabungan masih mencari korban di bawah reruntuhan gedung kantor gubernur. "
    "Warga mengungsi ke perbukitan karena khawatir gempa susulan dan tsunami, kata petugas di lokasi."
)


def article(i: int, text: str, day: int | None = None, title: str | None = None, outlet: str | None = None,
            start: date = date(2016, 10, 1)) -> Article:
    published = PublishedDate(start + timedelta(days=day - 1), False, "metadata") if day else None
    return Article(id=i, version=1, source_key=f"doc:{i}", text=text, lang="id", title=title, published=published,
                   outlet=outlet)


@pytest.fixture(scope="module")
def shared_embedder():  # type: ignore[no-untyped-def]
    from telisik.cluster.embedding import default_embedder

    return default_embedder()


def clusterer(embedder, **kwargs) -> StoryClusterer:  # type: ignore[no-untyped-def]
    return StoryClusterer(embedder=embedder, **kwargs)


@pytest.mark.parametrize("with_embeddings", [True, False], ids=["embeddings", "lexical-only"])
def test_same_event_joins_and_different_events_split(shared_embedder, with_embeddings: bool) -> None:  # type: ignore[no-untyped-def]
    c = clusterer(shared_embedder if with_embeddings else None)
    keys = [c.assign(article(i, text, day)).story_key for i, (_, day, text) in enumerate(DOCS, 1)]
    gold = [story for story, _, _ in DOCS]
    for a in range(len(DOCS)):
        for b in range(a + 1, len(DOCS)):
            assert (keys[a] == keys[b]) == (gold[a] == gold[b]), (a, b, keys)


def test_assignment_explains_itself_with_structured_evidence(shared_embedder) -> None:  # type: ignore[no-untyped-def]
    c = clusterer(shared_embedder)
    first = c.assign(article(1, DOCS[0][2], 1))
    second = c.assign(article(2, DOCS[2][2], 2))
    assert first.new_story and first.reason.startswith("new story") and first.evidence is None
    assert not second.new_story and second.story_key == first.story_key
    assert f"≥ {c.threshold:.2f}" in second.reason and "cilacap" in second.reason
    evidence = second.evidence
    assert evidence is not None and evidence.story_key == first.story_key
    signals = dict(evidence.signals)
    assert set(signals) == set(FEATURES)
    assert signals["tfidf"] > 0.2 and signals["embedding"] > 0.5
    assert "cilacap" in evidence.shared_names and evidence.time_gap_days == 1
    assert evidence.probability == second.score >= c.threshold


def test_rejected_candidate_is_explained_too(shared_embedder) -> None:  # type: ignore[no-untyped-def]
    c = clusterer(shared_embedder)
    c.assign(article(1, DOCS[1][2], 1))
    other = c.assign(article(2, DOCS[4][2].replace("Bandung", "Garut").replace("banjir", "longsor"), 30))
    assert other.new_story
    assert other.reason.startswith("new story")


def test_stories_close_after_the_window_and_a_strong_match_reopens_them(shared_embedder) -> None:  # type: ignore[no-untyped-def]
    c = clusterer(shared_embedder, window_days=7)
    first = c.assign(article(1, DOCS[0][2], 1))
    c.assign(article(2, DOCS[3][2], 20))  # the clock moves on: the crash story closes
    assert first.story_key not in c.stories and first.story_key in c.archive
    weaker = c.assign(article(3, DOCS[1][2], 21))  # unrelated: no reopening
    assert weaker.story_key != first.story_key
    again = c.assign(article(4, DOCS[0][2] + " Keluarga korban menuntut penyelidikan.", 28))
    assert again.story_key == first.story_key and again.reason.startswith("reopened closed story")
    assert first.story_key in c.stories


def word(n: int) -> str:
    letters = "bcdfghjklmnprstvz"
    out = ""
    while True:
        n, r = divmod(n, len(letters))
        out += letters[r] + "a"
        if n == 0:
            return out + "ng"


def test_memory_does_not_grow_with_closed_stories() -> None:
    c = StoryClusterer(embedder=None, window_days=2, archived_stories=50)
    for i in range(1, 401):
        words = " ".join(word(i * 7 + k) for k in range(6))  # six words no other story has
        c.assign(article(i, f"{words.capitalize()} {words}.", day=i))
    assert len(c.stories) <= 4
    assert len(c.archive) == 50
    assert len(c.copies) <= 4 and len(c.story_of_article) <= 4


def test_inferred_dates_do_not_close_stories(shared_embedder) -> None:  # type: ignore[no-untyped-def]
    c = clusterer(shared_embedder)
    inferred = PublishedDate(date(2016, 10, 1), True, "text")
    old = Article(id=1, version=1, source_key="a", text=DOCS[0][2], lang="id", published=inferred)
    c.assign(old)
    later = PublishedDate(date(2019, 1, 1), True, "text")
    c.assign(Article(id=2, version=1, source_key="b", text=DOCS[3][2], lang="id", published=later))
    assert len(c.stories) == 2 and not c.archive


def test_a_syndicated_copy_is_marked_and_joins_the_original(shared_embedder) -> None:  # type: ignore[no-untyped-def]
    c = clusterer(shared_embedder)
    original = c.assign(article(1, WIRE, 1, outlet="Antara"))
    c.assign(article(2, DOCS[1][2], 1, outlet="Detik"))
    copy = c.assign(article(3, "MAMUJU - " + WIRE + " Baca juga: berita lainnya.", 1, outlet="Rimanews"))
    rewrite = c.assign(article(4, DOCS[4][2], 2, outlet="Kompas"))
    assert copy.copy_of == 1 and copy.story_key == original.story_key and not copy.new_story
    assert copy.evidence is not None and copy.evidence.copy_of == 1
    assert "near-copy of article 1" in copy.reason
    assert rewrite.copy_of is None


def test_a_copy_of_a_copy_points_at_the_original(shared_embedder) -> None:  # type: ignore[no-untyped-def]
    c = clusterer(shared_embedder)
    c.assign(article(1, WIRE, 1))
    c.assign(article(2, WIRE + " Editor: A.", 1))
    third = c.assign(article(3, WIRE + " Editor: B.", 1))
    assert third.copy_of == 1


def test_replayed_assignments_keep_keys_and_continue_numbering(shared_embedder) -> None:  # type: ignore[no-untyped-def]
    c = clusterer(shared_embedder)
    c.add(article(1, DOCS[0][2], 1), story_key=5)
    joined = c.assign(article(2, DOCS[2][2], 2))
    fresh = c.assign(article(3, DOCS[3][2], 2))
    assert joined.story_key == 5 and fresh.story_key == 6


def test_replay_gives_the_streaming_state(shared_embedder) -> None:  # type: ignore[no-untyped-def]
    streamed = clusterer(shared_embedder)
    keys = [streamed.assign(article(i, text, day)).story_key for i, (_, day, text) in enumerate(DOCS, 1)]
    replayed = clusterer(shared_embedder)
    for i, ((_, day, text), key) in enumerate(zip(DOCS[:-1], keys[:-1]), 1):
        replayed.add(article(i, text, day), key)
    last = article(len(DOCS), DOCS[-1][2], DOCS[-1][1])
    assert replayed.assign(last) == streamed_last(shared_embedder, keys)


def streamed_last(embedder, keys):  # type: ignore[no-untyped-def]
    c = clusterer(embedder)
    for i, (_, day, text) in enumerate(DOCS[:-1], 1):
        c.assign(article(i, text, day))
    return c.assign(article(len(DOCS), DOCS[-1][2], DOCS[-1][1]))


def test_a_custom_model_decides(shared_embedder) -> None:  # type: ignore[no-untyped-def]
    never = JoinModel((0.0,) * len(FEATURES), -10.0, 0.5, 0.9)
    c = clusterer(shared_embedder, model=never)
    keys = {c.assign(article(i, text, day)).story_key for i, (_, day, text) in enumerate(DOCS, 1)}
    assert len(keys) == len(DOCS)
