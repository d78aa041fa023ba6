"""The story's incident: the town its tolls name, else the first town the articles name."""

from __future__ import annotations

from datetime import date, datetime

from telisik.models import (
    AnalysedArticle, Article, Claim, DateMention, Dateline, EntityMention, Extraction, Incident, Span,
)
from telisik.reconcile import reconcile
from telisik.reconcile.incident import incident


def loc(text: str, start: int) -> EntityMention:
    return EntityMention(text, start, start + len(text), "LOC", text)


def member(article_id: int, claims: list[Claim], places: list[EntityMention], dateline: str | None = None,
           outlet: str = "Outlet", dates: tuple[DateMention, ...] = ()) -> AnalysedArticle:
    article = Article(id=article_id, version=1, source_key=f"doc:{article_id}", text="x" * 400, lang="en",
                      outlet=outlet,
                      dateline=Dateline(outlet, dateline, f"{outlet}, {dateline} -") if dateline else None)
    return AnalysedArticle(article, Extraction(article_id, dates=dates, entities=tuple(places), claims=tuple(claims)))


def toll(kind: str, start: int, place: str | None = None, when: date | datetime | None = None) -> Claim:
    return Claim(kind, 1, 1, start, start + 5, "x", place=place, event_time=when)


def story(*members: AnalysedArticle) -> tuple:
    return reconcile(1, members), members


def test_the_town_the_tolls_name_wins_over_a_street_and_has_its_mention_cited() -> None:
    first = member(1, [toll("killed", 200, "Memphis", date(2016, 3, 5))], [loc("Hillcrest Street", 150), loc("Memphis", 180)])
    second = member(2, [toll("killed", 90, "Hillcrest Street", date(2016, 3, 5))], [loc("Hillcrest Street", 60)])
    found = incident(*story(first, second))
    assert (found.place, found.place_basis, found.place_citation) == ("Memphis", "claims", Span(1, 180, 187))
    assert found.when == date(2016, 3, 5) and {c.article_id for c in found.when_citations} == {1, 2}


def test_a_street_alone_gives_way_to_the_first_town_the_articles_name_not_the_dateline() -> None:
    # the tolls' sentences name only a street; the article opens in Sacramento and its dateline is elsewhere
    only = member(1, [toll("injured", 300, "Peregrine Park")],
                  [loc("Sacramento", 20), loc("Peregrine Park", 280), loc("Los Angeles", 350)], dateline="Jakarta")
    found = incident(*story(only))
    assert (found.place, found.place_basis, found.place_citation) == ("Sacramento", "text", Span(1, 20, 30))


def test_the_first_town_most_articles_open_with_is_taken() -> None:
    a = member(1, [toll("killed", 300)], [loc("Chicago", 10)])
    b = member(2, [toll("killed", 300)], [loc("Evanston", 10), loc("Chicago", 50)])
    c = member(3, [toll("killed", 300)], [loc("Evanston", 12)])
    assert incident(*story(a, b, c)).place == "Evanston"
    assert incident(*story(a, b)).place == "Chicago"  # one each: the earliest article's


def test_without_any_town_the_claims_own_place_is_kept_and_without_a_place_nothing_is_said() -> None:
    county = member(1, [toll("killed", 100, "Putnam County")], [loc("Putnam County", 80)])
    found = incident(*story(county))
    assert (found.place, found.place_basis) == ("Putnam County", "claims-place")
    bare = incident(*story(member(1, [toll("killed", 100)], [])))
    assert (bare.place, bare.place_basis, bare.place_citation, bare.when) == (None, None, None, None)
    # a story that reports no toll has no incident, whatever towns it names
    assert incident(*story(member(1, [], [loc("Jakarta", 10)]))) == Incident()


def test_harm_decides_over_a_later_arrest_elsewhere() -> None:
    report = member(1, [toll("killed", 100, "Memphis", date(2016, 3, 5)),
                        toll("arrested", 300, "Dallas", date(2016, 3, 9)),
                        toll("arrested", 350, "Dallas", date(2016, 3, 9))],
                    [loc("Memphis", 80), loc("Dallas", 280)])
    found = incident(*story(report))
    assert (found.place, found.when) == ("Memphis", date(2016, 3, 5))
    # a story of arrests alone is placed and dated by them
    arrests = incident(*story(member(1, [toll("arrested", 300, "Dallas", date(2016, 3, 9))], [loc("Dallas", 280)])))
    assert (arrests.place, arrests.when) == ("Dallas", date(2016, 3, 9))


def test_the_incident_is_dated_by_the_day_not_a_time_of_day() -> None:
    evening = datetime(2022, 1, 5, 19, 0)  # "Rabu malam": a part of the day read as an hour
    same = incident(*story(member(1, [toll("killed", 100, when=evening), toll("injured", 200, when=evening)], [])))
    assert same.when == date(2022, 1, 5) and len(same.when_citations) == 2


def test_the_dateline_town_only_when_no_article_text_names_a_town() -> None:
    filed = member(1, [toll("killed", 100, "Lascassas Pike")], [loc("Lascassas Pike", 80)], dateline="Punta Gorda, Fla.")
    found = incident(*story(filed))
    assert (found.place, found.place_basis, found.place_citation) == ("Punta Gorda", "dateline", None)
    # a town in the text wins over the newsroom of the dateline (Bisnis.com, JAKARTA)
    named = member(1, [toll("killed", 300)], [loc("Almaty", 40)], dateline="Jakarta")
    assert incident(*story(named)).place == "Almaty"


def test_a_tie_between_places_goes_to_the_one_named_nearer_the_top() -> None:
    # an earlier accident recalled further down ties with the one the article reports first
    report = member(1, [toll("missing", 240, "Bintan"), toll("killed", 990, "Amerika Serikat")],
                    [loc("Bintan", 200), loc("Amerika Serikat", 900)])
    assert incident(*story(report)).place == "Bintan"


def test_undated_claims_take_the_first_day_the_articles_name() -> None:
    week = DateMention("this week", 5, 14, date(2015, 11, 16), granularity="week")
    friday = DateMention("Friday", 40, 46, date(2013, 6, 14), granularity="day")
    tuesday = DateMention("Tuesday", 90, 97, date(2013, 6, 18), granularity="day")
    report = member(1, [toll("injured", 300)], [], dates=(week, friday, tuesday))
    found = incident(*story(report))
    assert (found.when, found.when_basis, found.when_citations) == (date(2013, 6, 14), "text", (Span(1, 40, 46),))
    dated = incident(*story(member(1, [toll("injured", 300, when=date(2013, 6, 15))], [], dates=(friday,))))
    assert (dated.when, dated.when_basis) == (date(2013, 6, 15), "claims")


def test_a_claim_dated_only_to_the_month_does_not_date_the_incident() -> None:
    # "Tujuh pelaut tewas ... pada Juni 2017" recalls an earlier collision; the ship went missing on Monday (21/8)
    june = DateMention("Juni 2017", 960, 969, date(2017, 6, 1), granularity="month")
    monday = DateMention("Senin (21 / 8)", 220, 234, date(2017, 8, 21), granularity="day")
    report = member(1, [toll("missing", 240, "Bintan", date(2017, 8, 21)),
                        toll("killed", 990, "Amerika Serikat", date(2017, 6, 1))],
                    [loc("Bintan", 200)], dates=(monday, june))
    found = incident(*story(report))
    assert (found.when, found.when_basis, found.when_citations) == (date(2017, 8, 21), "claims", (Span(1, 240, 245),))
