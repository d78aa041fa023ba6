"""When and where a claim's event happened: its sentence first, then the sentences just before."""

from __future__ import annotations

from datetime import date, datetime

from telisik.extract import extract
from telisik.extract.claims.setting import CONTEXT_SENTENCES, place_and_time
from telisik.models import Article, Claim, DateMention, EntityMention, PublishedDate, Sentence


def claims_of(text: str, published: date = date(2024, 3, 10)) -> list[Claim]:
    article = Article(1, 1, "t", text, "id", published=PublishedDate(published, inferred=False, source="metadata"))
    return list(extract(article).claims)


def test_the_date_and_place_of_the_claims_own_sentence() -> None:
    [killed] = claims_of("Empat orang tewas dalam tanah longsor di Cianjur, Jumat (8/3) malam.")
    assert (killed.event_time, killed.place) == (datetime(2024, 3, 8, 19, 0), "Cianjur")


def test_a_toll_told_after_the_time_and_place_takes_them() -> None:
    killed, injured = claims_of("Tanah longsor menimbun rumah warga di Cianjur, Jumat (8/3) malam. "
                                "Empat orang tewas dan dua lainnya luka-luka.")
    assert killed.event_time == injured.event_time == datetime(2024, 3, 8, 19, 0)
    assert killed.place == injured.place == "Cianjur"


def test_the_nearest_in_the_sentence_wins_over_context() -> None:
    [killed] = claims_of("Banjir melanda Bekasi, Sabtu (2/3). Di Garut, dua orang tewas pada Minggu (3/3).")
    assert (killed.event_time, killed.place) == (date(2024, 3, 3), "Garut")


def test_nothing_is_guessed_without_a_date_or_place_nearby() -> None:
    [killed] = claims_of("Dua orang tewas.")
    assert (killed.event_time, killed.place) == (None, None)


def test_a_year_alone_does_not_date_an_event() -> None:
    text = "Tahun ini banjir menewaskan 12 orang pada Mei."
    claim = Claim("killed", 12, 12, 27, 29, "12", sentence_start=0, sentence_end=len(text))
    year = DateMention("Tahun ini", 0, 9, date(2024, 1, 1), granularity="year", relative=True)
    month = DateMention("Mei", 42, 45, date(2024, 5, 1), granularity="month")
    assert place_and_time([claim], [Sentence(0, len(text))], [year], [])[0].event_time is None
    assert place_and_time([claim], [Sentence(0, len(text))], [year, month], [])[0].event_time == date(2024, 5, 1)


def test_context_reaches_back_a_fixed_number_of_sentences() -> None:
    text = "Kebakaran terjadi di Depok. " + "Api cepat membesar. " * CONTEXT_SENTENCES + "Dua orang tewas."
    sentences = [Sentence(0, 27)] + [Sentence(28 + 20 * i, 47 + 20 * i) for i in range(CONTEXT_SENTENCES)]
    sentences.append(Sentence(text.index("Dua"), len(text)))
    claim = Claim("killed", 2, 2, text.index("Dua"), text.index("Dua") + 3, "Dua",
                  sentence_start=sentences[-1].start, sentence_end=sentences[-1].end)
    place = [EntityMention("Depok", text.index("Depok"), text.index("Depok") + 5, "LOC", "Depok")]
    day = [DateMention("Senin", 0, 5, date(2024, 3, 4))]
    assert place_and_time([claim], sentences, day, place)[0].place is None  # four sentences back: too far
    near = sentences[-CONTEXT_SENTENCES:]
    assert place_and_time([claim], [sentences[0], *near], day, place)[0].place == "Depok"


def test_title_claims_take_the_titles_date_and_place() -> None:
    article = Article(1, 1, "t", "Polisi masih menyelidiki penyebabnya.", "id", title="Dua Orang Tewas di Medan",
                      published=PublishedDate(date(2024, 3, 10), inferred=False, source="metadata"))
    [killed] = extract(article).claims
    assert (killed.field, killed.place) == ("title", "Medan")


def test_a_known_town_is_preferred_to_a_street_in_the_same_reach() -> None:
    [killed] = claims_of("Dua orang tewas ditembak di Jalan Gajah Mada, Medan, Sabtu (9/3).")
    assert killed.place == "Medan"
