"""The volume chart: one bar per calendar day, scaled to the busiest."""

from __future__ import annotations

from telisik.serve.chart import HEIGHT, MAX_DAYS, MIN_DAYS, volume_chart


def test_one_bar_per_day_including_empty_days() -> None:
    chart = volume_chart([("2022-01-01", 2), ("2022-01-04T10:00:00", 4), ("2022-01-04", 1), ("2022-01-20", 1)])
    assert chart is not None
    assert [b.day for b in chart.bars[:4]] == ["2022-01-01", "2022-01-02", "2022-01-03", "2022-01-04"]
    assert [b.count for b in chart.bars] == [2, 0, 0, 5] + [0] * 15 + [1]
    assert (chart.peak, chart.total, chart.first, chart.last) == (5, 8, "2022-01-01", "2022-01-20")
    tallest = chart.bars[3]
    assert tallest.y + tallest.height == HEIGHT and chart.bars[1].height == 0


def test_a_short_range_is_widened_to_two_weeks() -> None:
    chart = volume_chart([("2022-01-06", 2)])
    assert chart is not None and len(chart.bars) == MIN_DAYS
    assert (chart.first, chart.last, chart.bars[-1].count) == ("2021-12-24", "2022-01-06", 2)


def test_no_dates_no_chart() -> None:
    assert volume_chart([]) is None
    assert volume_chart([("not a date", 3)]) is None


def test_a_long_range_keeps_its_last_year() -> None:
    chart = volume_chart([("2019-01-01", 1), ("2022-06-30", 1)])
    assert chart is not None and len(chart.bars) == MAX_DAYS and chart.last == "2022-06-30"
