"""Actions aligned across a story's articles: agree, a later development, a conflict of dates."""

from __future__ import annotations

from datetime import date

from telisik.language.dates import find_dates
from telisik.models import AnalysedArticle, Article, Extraction, PublishedDate, Verdict
from telisik.reconcile.events import compare_events, find_events


def analysed(article_id: int, outlet: str, text: str, lang: str = "id", day: int = 6) -> AnalysedArticle:
    article = Article(id=article_id, version=1, source_key=f"doc:{article_id}", text=text, lang=lang, outlet=outlet,
                      published=PublishedDate(date(2022, 1, day), True, "text"))
    # Only the dates matter here: read them with the language layer, as the extract stage does.
    return AnalysedArticle(article, Extraction(article_id, dates=tuple(find_dates(text, lang, date(2022, 1, day)))))


def by_event(groups: tuple) -> dict[tuple[str, str | None], Verdict]:  # type: ignore[type-arg]
    return {(g.thread, g.target): g.verdict for g in groups}


def test_the_same_storming_on_the_same_day_agrees() -> None:
    a = analysed(1, "A", "Pada Rabu (5/1), pengunjuk rasa menyerbu kantor walikota Almaty.")
    b = analysed(2, "B", "Pada hari sebelumnya, kantor walikota Almaty dibakar.")
    [group] = compare_events([a, b])
    assert (group.thread, group.target, group.verdict) == ("attack", "mayors-office", Verdict.AGREE)
    assert "2022-01-05" in group.explanation
    assert {m.when for m in group.mentions} == {date(2022, 1, 5)}


def test_a_later_step_is_a_development_not_a_conflict() -> None:
    a = analysed(1, "A", "Presiden Tokayev meminta bantuan aliansi militer untuk memulihkan keamanan.")
    b = analysed(2, "B", "Para pemimpin aliansi setuju untuk mengirim pasukan penjaga perdamaian ke Kazakhstan.")
    [group] = compare_events([a, b])
    assert (group.thread, group.verdict) == ("assistance", Verdict.UPDATE)
    assert "setuju untuk mengirim" in group.explanation and "not a conflict" in group.explanation


def test_retaken_after_stormed() -> None:
    a = analysed(1, "A", "Pengunjuk rasa menyerbu bandara di Almaty pada Rabu malam.")
    b = analysed(2, "B", "Pihak berwenang menguasai bandara kembali setelah terjadi baku tembak.")
    groups = compare_events([a, b])
    assert by_event(groups) == {("attack", "airport"): Verdict.UPDATE}
    [retaken] = [m for m in groups[0].mentions if m.article_id == 2]
    assert retaken.step == 2 and retaken.action == "menguasai bandara kembali"  # not also a step-1 "menguasai"


def test_the_same_step_on_different_days_conflicts() -> None:
    a = analysed(1, "A", "Pada Senin (3/1), massa menyerbu gedung DPRD setempat.")
    b = analysed(2, "B", "Pada Rabu (5/1), massa menyerbu gedung DPRD setempat.")
    assert by_event(compare_events([a, b])) == {("attack", "parliament"): Verdict.CONFLICT}


def test_an_action_without_a_target_is_not_an_attack_event() -> None:
    article = analysed(1, "A", "Para pengunjuk rasa bahkan membakar keduanya, menurut laporan berita.")
    assert find_events(article) == []


def test_one_article_is_single_and_a_copy_does_not_vote() -> None:
    a = analysed(1, "A", "Massa menyerbu gedung DPRD pada Senin (3/1).")
    b = analysed(2, "B", "Massa menyerbu gedung DPRD pada Senin (3/1).")
    c = analysed(3, "C", "Pada Rabu (5/1), massa menyerbu gedung DPRD.")
    assert by_event(compare_events([a])) == {("attack", "parliament"): Verdict.SINGLE}
    assert by_event(compare_events([a, b])) == {("attack", "parliament"): Verdict.AGREE}
    assert by_event(compare_events([a, c])) == {("attack", "parliament"): Verdict.CONFLICT}
    assert by_event(compare_events([a, b], {2: 1})) == {("attack", "parliament"): Verdict.SINGLE}


def test_english_actions() -> None:
    a = analysed(1, "A", "Protesters stormed the airport in Almaty on Wednesday.", "en")
    b = analysed(2, "B", "Security forces retook the airport after a gunfight.", "en")
    assert by_event(compare_events([a, b])) == {("attack", "airport"): Verdict.UPDATE}


def test_an_active_verb_takes_its_target_after_it_a_passive_either_side() -> None:
    held = analysed(1, "A", "Tersangka kini meringkuk di Mapolsek Kebayoran Baru setelah ia menyerang Hendra.")
    assert find_events(held) == []  # the police station is where he is held, not what he attacked
    burned = analysed(2, "B", "Pembakaran gedung Mapolres Dharmasraya terjadi dini hari.")
    assert [(m.target, m.action) for m in find_events(burned)] == [("police-station", "Pembakaran")]
