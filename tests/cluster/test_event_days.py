"""Session-4 evidence: the calendar days an article names, and closed stories that keep their rarest names."""

from __future__ import annotations

from datetime import date, timedelta

from telisik.cluster import StoryClusterer
from telisik.cluster.lexical import DocumentFrequencies
from telisik.cluster.signals import FEATURES, ArticleSignals, StoryState, find_event_days, pair_features
from telisik.models import Article, PublishedDate


def _ordinal(year: int, month: int, day: int) -> int:
    return date(year, month, day).toordinal()


def test_event_days_are_resolved_against_the_publication_day() -> None:
    text = "Ariel Morgan, 19, was shot early Saturday at a block party. Police said the June 3 fight was unrelated."
    # 2014-06-09 is a Monday: "Saturday" is 7 June; "June 3" takes the year of the publication.
    assert find_event_days(text, None, "en", date(2014, 6, 9)) == {_ordinal(2014, 6, 7), _ordinal(2014, 6, 3)}
    # Indonesian, day and month in brackets.
    assert find_event_days("Kebakaran terjadi Rabu (5/1) malam di Tambora.", None, "id", date(2022, 1, 6)) == \
        {_ordinal(2022, 1, 5)}
    # Without a reference only a date that names its year is read; a month or a week is not a day.
    assert find_event_days("On Wednesday, and on Sept. 18, 2013, in May 2013.", None, "en", None) == \
        {_ordinal(2013, 9, 18)}


def _signals(i: int, days: set[int], names: frozenset[str] = frozenset({"tacoma"})) -> ArticleSignals:
    return ArticleSignals(i, {"shoot": 1.0}, names, frozenset(), date(2015, 5, 30), None,
                          event_days=frozenset(days))


def test_event_days_shared_within_a_day_or_in_conflict() -> None:
    story = StoryState(1)
    story.add(_signals(1, {_ordinal(2015, 5, 11)}))
    frequencies = DocumentFrequencies()
    frequencies.add({"tacoma"})

    def features(article: ArticleSignals) -> tuple[float, float]:
        row = pair_features(article, story, frequencies)
        return row[FEATURES.index("event_day_shared")], row[FEATURES.index("event_day_conflict")]

    assert features(_signals(2, {_ordinal(2015, 5, 11), _ordinal(2015, 5, 29)})) == (1.0, 0.0)  # the trial names the day
    assert features(_signals(3, {_ordinal(2015, 5, 12)})) == (1.0, 0.0)  # "last night", a day later
    assert features(_signals(4, {_ordinal(2015, 5, 20)})) == (0.0, 1.0)  # another shooting
    assert features(_signals(5, set())) == (0.0, 0.0)  # nothing named: no evidence either way


def test_a_closed_story_keeps_its_most_exclusive_names() -> None:
    frequencies = DocumentFrequencies()
    story = StoryState(1)
    for i in range(3):
        names = frozenset({"police", "county", "morgan"} if i == 0 else {"police", "county"})
        story.add(_signals(i, set(), names))
    for _ in range(50):  # other stories name the police and the county
        frequencies.add({"police", "county"})
    frequencies.add({"morgan"})
    story.compact(terms_kept=20, names_kept=1, name_frequencies=frequencies)
    assert list(story.names) == ["morgan"]  # named once, but by this story alone; "police" twice but everywhere


def _report(i: int, day: date, title: str, text: str) -> Article:
    return Article(id=i, version=1, source_key=f"doc:{i}", text=text, lang="en", title=title,
                   published=PublishedDate(day, False, "metadata"))


def test_a_trial_weeks_later_reopens_the_closed_story_it_names_the_day_of() -> None:
    start = date(2015, 5, 11)  # a Monday
    c = StoryClusterer(embedder=None, window_days=7)
    first = c.assign(_report(1, start, "Teen killed in Tacoma drive-by shooting",
                             "Jatarius Tolbert, 17, was killed in a drive-by shooting Monday night at the "
                             "Springhaven Village Apartments on Hosmer Street in Tacoma, police said."))
    # Other shootings in the same city, on other days, with other victims.
    others = [
        (3, "Woman wounded outside Tacoma bar", "Keisha Brown, 24, was wounded by gunfire Wednesday outside "
            "the Red Lantern bar on Pacific Avenue in Tacoma, officers said."),
        (5, "Man shot during robbery at Tacoma store", "Dmitri Volkov, 41, a clerk, was shot in the arm Friday "
            "during a robbery at a convenience store on Portland Avenue in Tacoma."),
        (8, "Two hurt in shooting at Tacoma park", "Two brothers, Luis and Mateo Garcia, were hurt when shots "
            "were fired Monday at Wright Park in Tacoma during a basketball game."),
    ]
    keys = [c.assign(_report(i, start + timedelta(days=day), title, text)).story_key
            for i, (day, title, text) in enumerate(others, start=2)]
    assert len({first.story_key, *keys}) == 4  # four shootings, four stories
    trial = c.assign(_report(9, start + timedelta(days=60), "Teen charged with murder in Tacoma shooting",
                             "A 17-year-old boy pleaded not guilty to murder in the death of Jatarius Tolbert, "
                             "who was shot May 11 at the Springhaven Village Apartments in Tacoma."))
    assert all(key in c.archive or key == trial.story_key for key in [first.story_key, *keys])
    assert trial.story_key == first.story_key and not trial.new_story
    assert "reopened" in trial.reason


def test_a_name_shared_early_in_a_stream_is_not_yet_rare() -> None:
    # Two documents, both naming "artikel": exclusive to the story, but no rarer than anything else.
    frequencies = DocumentFrequencies()
    story = StoryState(1)
    first = _signals(1, set(), frozenset({"artikel"}))
    frequencies.add(first.names)
    story.add(first)
    second = _signals(2, set(), frozenset({"artikel"}))
    frequencies.add(second.names)
    assert pair_features(second, story, frequencies)[FEATURES.index("rare_name")] == 0.0
    # Once 98 other documents have not named it, the same pair is strong evidence.
    for _ in range(98):
        frequencies.add({"police"})
    assert pair_features(second, story, frequencies)[FEATURES.index("rare_name")] == 0.98
