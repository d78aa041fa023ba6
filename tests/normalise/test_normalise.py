"""normalise: a whole RawDocument becomes an Article."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from telisik.errors import StageError
from telisik.models import Article, Dateline, RawDocument, SourceFormat
from telisik.normalise import normalise
from telisik.normalise.text import clean_text, drop_related_links, split_markdown_title

SEED_LIKE = (
    "MATA INDONESIA, ALMATY – Presiden Kazakhstan, Kassym-Jomart Tokayev meminta bantuan aliansi militer Rusia "
    "setelah gagal memadamkan protes yang berlangsung sejak Rabu (6/1).\n"
    "Kazakhstan diguncang oleh protes sejak awal tahun. Puncaknya, pada Rabu (5/1), para pengunjuk rasa "
    "menyerbu gedung-gedung pemerintahan.\n"
    "“Hari ini saya mengimbau kepada kepala negara bagian CSTO untuk membantu,” kata Presiden Tokayev, "
    "melansir Al Jazeera, Kamis, 6 Januari 2022.\n"
)


def document(body: str, **metadata: object) -> RawDocument:
    fields: dict[str, object] = {"format": SourceFormat.TEXT, "origin": "test.txt"} | metadata
    return RawDocument(source_key="file:test.txt", content_hash="abc", body=body, **fields)  # type: ignore[arg-type]


@pytest.fixture
def seed_article() -> Article:
    return normalise(document(SEED_LIKE), article_id=7, version=2)


def test_identity_is_carried(seed_article: Article) -> None:
    assert (seed_article.id, seed_article.version, seed_article.source_key) == (7, 2, "file:test.txt")


def test_dateline_is_parsed_and_removed(seed_article: Article) -> None:
    assert seed_article.dateline == Dateline("Mata Indonesia", "Almaty", "MATA INDONESIA, ALMATY –")
    assert seed_article.text.startswith("Presiden Kazakhstan, Kassym-Jomart Tokayev")
    assert "MATA INDONESIA" not in seed_article.text


def test_outlet_comes_from_dateline_without_metadata(seed_article: Article) -> None:
    assert seed_article.outlet == "Mata Indonesia"


def test_published_is_inferred_from_text(seed_article: Article) -> None:
    assert seed_article.published is not None
    assert seed_article.published.value == date(2022, 1, 6)
    assert seed_article.published.inferred is True
    assert seed_article.published.source == "text: Kamis, 6 Januari 2022"


def test_language_is_detected(seed_article: Article) -> None:
    assert seed_article.lang == "id"


def test_sentences_index_the_cleaned_text(seed_article: Article) -> None:
    texts = [seed_article.sentence_text(s) for s in seed_article.sentences]
    assert len(texts) == 4
    assert texts[0].startswith("Presiden Kazakhstan") and texts[0].endswith("sejak Rabu (6/1).")
    assert texts[-1].endswith("Kamis, 6 Januari 2022.")


def test_title_is_not_invented(seed_article: Article) -> None:
    assert seed_article.title is None


def test_metadata_wins_over_text() -> None:
    published = datetime(2022, 1, 6, 8, 30, tzinfo=timezone.utc)
    doc = document(SEED_LIKE, outlet="matain.id", published=published, lang="id", title="Tokayev minta bantuan CSTO",
                   url="https://example.org/a")
    article = normalise(doc, 1, 1)
    assert article.outlet == "matain.id"
    assert article.published is not None
    assert (article.published.value, article.published.inferred, article.published.source) == (published, False, "metadata")
    assert article.title == "Tokayev minta bantuan CSTO"
    assert article.url == "https://example.org/a"
    assert article.dateline is not None and article.dateline.outlet == "Mata Indonesia"


def test_no_date_in_text_means_no_published_date() -> None:
    article = normalise(document("Jakarta - Harga cabai naik lagi. Pedagang mengeluh."), 1, 1)
    assert article.published is None
    assert article.dateline == Dateline(None, "Jakarta", "Jakarta -")
    assert article.outlet is None


def test_english_document_keeps_given_language() -> None:
    article = normalise(document("Eight people were killed on Jan. 6, 2022. Police said so.", lang="en"), 1, 1)
    assert article.lang == "en"
    assert [article.sentence_text(s) for s in article.sentences] == [
        "Eight people were killed on Jan. 6, 2022.",
        "Police said so.",
    ]
    assert article.published is not None and article.published.value == date(2022, 1, 6)


def test_markdown_title_becomes_title() -> None:
    article = normalise(document("# Tokayev minta bantuan\n\nBisnis.com, JAKARTA--Para pemimpin setuju."), 1, 1)
    assert article.title == "Tokayev minta bantuan"
    assert article.text == "Para pemimpin setuju."
    assert article.outlet == "Bisnis.com"


def test_html_main_text_is_extracted() -> None:
    paragraph = "Kementerian Dalam Negeri mengatakan lebih dari 300 orang terluka dalam kerusuhan di kota itu. " * 3
    html = (
        "<html><head><title>Berita</title></head><body><nav>Beranda | Politik</nav>"
        f"<article><h1>Kerusuhan</h1><p>JAKARTA, KOMPAS.com - {paragraph}</p><p>{paragraph}</p></article>"
        "<footer>Hak cipta</footer></body></html>"
    )
    article = normalise(document(html, format=SourceFormat.HTML), 3, 1)
    assert "<p>" not in article.text and "lebih dari 300 orang terluka" in article.text
    assert article.outlet == "Kompas.com"
    assert article.title == "Kerusuhan"


@pytest.mark.parametrize("body", ["", "   \n\n\t ", "\u200b\ufeff", "Suara.com - ", "— — — 123"])
def test_empty_text_is_a_stage_error(body: str) -> None:
    with pytest.raises(StageError, match="no words left") as raised:
        normalise(document(body), 9, 1)
    assert raised.value.item == "article:9"


def test_clean_text_keeps_paragraphs_and_tidies_spaces() -> None:
    raw = "  Satu\u00a0 dua\t tiga.  \r\n\r\n\r\n\r\nEmpat\u200b lima.\n"
    assert clean_text(raw) == "Satu dua tiga.\n\nEmpat lima."


def test_clean_text_composes_unicode() -> None:
    assert clean_text("Cafe\u0301") == "Caf\u00e9"


def test_split_markdown_title_only_at_start() -> None:
    assert split_markdown_title("# Judul #\nIsi.") == ("Judul", "Isi.")
    assert split_markdown_title("Isi.\n# Bukan judul") == (None, "Isi.\n# Bukan judul")


def test_published_evidence_span_indexes_the_text(seed_article: Article) -> None:
    published = seed_article.published
    assert published is not None and published.evidence_start is not None and published.evidence_end is not None
    assert seed_article.text[published.evidence_start : published.evidence_end] == "Kamis, 6 Januari 2022"


SEED_003_LIKE = (
    "Bisnis.com, JAKARTA--Perdana Menteri Amenia, Nikol Pashinyan mengatakan pagi ini bahwa CSTO akan mengirimkan "
    "pasukan.\n“Almaty diserang,” kata Tokayev seperti dikutip TheGuardian, Kamis (6/1).\n"
)


@pytest.mark.parametrize(("read_on", "expected"), [(date(2022, 1, 7), date(2022, 1, 6)), (date(2027, 5, 1), date(2022, 1, 6)),
                                                   (date(2021, 1, 1), date(2011, 1, 6))])
def test_a_weekday_pair_without_year_is_pinned_by_the_day_it_was_read(read_on: date, expected: date) -> None:
    article = normalise(document(SEED_003_LIKE), 1, 1, not_after=read_on)
    assert article.published is not None and article.published.inferred
    assert (article.published.value, article.published.source) == (expected, "text: Kamis (6/1)")


@pytest.mark.parametrize("body", [SEED_003_LIKE, "Gempa mengguncang kota itu, kata dia di Jakarta, Selasa.\n"])
def test_without_the_day_it_was_read_no_clock_is_read(body: str) -> None:
    # a weekday alone, or a weekday and a date without a year, dates nothing when the reading day is
    # unknown (telisik eval): the answer must not change with the day the command runs
    assert normalise(document(body), 1, 1).published is None
    read = normalise(document(body), 1, 1, not_after=date(2022, 1, 7)).published
    assert read is not None and read.value in (date(2022, 1, 6), date(2022, 1, 4))


def test_language_confidence_and_paragraphs(seed_article: Article) -> None:
    assert seed_article.lang_confidence is not None and 0 < seed_article.lang_confidence <= 1
    assert [p.lang for p in seed_article.paragraph_languages] == ["id", "id", "id"]
    assert seed_article.text[seed_article.paragraph_languages[0].start :].startswith("Presiden Kazakhstan")


def test_metadata_language_has_no_detector_confidence() -> None:
    article = normalise(document(SEED_LIKE, lang="id"), 1, 1)
    assert (article.lang, article.lang_confidence) == ("id", None)


def test_text_in_another_language_is_marked_other_and_still_read() -> None:
    body = "Le président a déclaré que huit policiers ont été tués et que plus de 300 personnes ont été blessées."
    article = normalise(document(body), 1, 1)
    assert article.detected_lang == "other"
    assert article.lang in ("id", "en")


RELATED = [
    # (body, what is left): lines pointing to other articles go, with whatever headline they carry
    ("Gempa mengguncang Lombok.\nBaca juga: Jokowi Resmikan Tol Trans Jawa\nKorban tewas 14 orang.",
     "Gempa mengguncang Lombok.\nKorban tewas 14 orang."),
    ("Gempa mengguncang Lombok.\n\nSIMAK JUGA - Persib Pastikan Incar Cole\n\nKorban tewas 14 orang.",
     "Gempa mengguncang Lombok.\n\nKorban tewas 14 orang."),
    ("Gempa mengguncang Lombok.\nBaca: Firasat Ahok dan Seragam Dinas Terakhir\nKorban tewas 14 orang.",
     "Gempa mengguncang Lombok.\nKorban tewas 14 orang."),
    ("Gempa mengguncang Lombok.\n\n[Baca juga: Djarot Minta Satpol PP Bongkar Bedeng]\n\nKorban tewas 14 orang.",
     "Gempa mengguncang Lombok.\n\nKorban tewas 14 orang."),
    ("Gempa mengguncang Lombok.\n(Baca: Polres Depok Buru Pelaku)\nKorban tewas 14 orang.",
     "Gempa mengguncang Lombok.\nKorban tewas 14 orang."),
    ("Gempa mengguncang Lombok.\nBaca Juga:\nKorban tewas 14 orang.", "Gempa mengguncang Lombok.\nKorban tewas 14 orang."),
    ("Gempa mengguncang Lombok.\nBaca_Juga\nKorban tewas 14 orang.", "Gempa mengguncang Lombok.\nKorban tewas 14 orang."),
    ("The quake hit Lombok.\nREAD MORE: Floods in Jakarta\nFourteen died.", "The quake hit Lombok.\nFourteen died."),
    # the placeholder glued to a real sentence: the marker goes, the sentence stays
    ("Gempa mengguncang Lombok.\nBaca_Juga Namun, korban tewas 14 orang.", "Gempa mengguncang Lombok.\nNamun, korban tewas 14 orang."),
    # not a related-article line: the words run on as a sentence, or sit inside one
    ("Baca juga buku panduan evakuasi.\nKorban tewas 14 orang.", "Baca juga buku panduan evakuasi.\nKorban tewas 14 orang."),
    ("Related talks ended on Monday.", "Related talks ended on Monday."),
    ("Korban tewas 14 orang. Baca juga: laporan BNPB.", "Korban tewas 14 orang. Baca juga: laporan BNPB."),
    # far longer than a headline: text run onto the marker's line (inageo-dev has one) keeps its words
    ("Baca juga: Gempa 5,1 SR Guncang Lebak Banten Berdasarkan hasil analisis BMKG, gempa itu merupakan gempa bumi "
     "tektonik Gempa itu terjadi akibat aktivitas subduksi lempeng Indo - Australia ke bawah Lempeng Eurasia",
     "Gempa 5,1 SR Guncang Lebak Banten Berdasarkan hasil analisis BMKG, gempa itu merupakan gempa bumi "
     "tektonik Gempa itu terjadi akibat aktivitas subduksi lempeng Indo - Australia ke bawah Lempeng Eurasia"),
]


@pytest.mark.parametrize(("body", "left"), RELATED)
def test_related_article_lines_are_dropped(body: str, left: str) -> None:
    assert drop_related_links(body) == left


def test_a_related_headline_leaves_no_trace_in_the_article() -> None:
    body = "JAKARTA – Gempa mengguncang Lombok, Minggu.\nBaca juga: Persib Bandung Rekrut Pemain Asing\nKorban tewas 14 orang."
    article = normalise(document(body), article_id=1, version=1)
    assert "Persib" not in article.text
    assert [article.text[s.start : s.end] for s in article.sentences] == ["Gempa mengguncang Lombok, Minggu.", "Korban tewas 14 orang."]


def test_markup_the_extractor_cannot_walk_is_a_stage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def trips(*args: object, **kwargs: object) -> None:
        raise AssertionError  # what lxml's drop_tree does under htmldate on "<body><script><html>" at ingest

    monkeypatch.setattr(trafilatura, "bare_extraction", trips)
    page = document("<html><body><p>Warga Sigi mengungsi.</p></body></html>", format=SourceFormat.HTML)
    with pytest.raises(StageError, match="cannot be read"):
        normalise(page, article_id=1, version=1)
