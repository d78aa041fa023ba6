"""Polling sources on a schedule: each round ingests only what is new and runs it through the stages."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from telisik import api
from telisik.cli.main import cli
from telisik.errors import ConfigError
from telisik.models import Stage
from telisik.settings import Settings
from telisik.store import Store

FEED = Path(__file__).resolve().parent / "ingest" / "fixtures" / "kabar_dua_entri.xml"

THIRD_ENTRY = """    <item>
      <title>Nelayan Batang Kembali Melaut</title>
      <link>https://kabarpesisir.example/berita/nelayan-batang-melaut</link>
      <guid isPermaLink="false">kp-1003</guid>
      <pubDate>Tue, 05 Mar 2024 06:00:00 +0700</pubDate>
      <description>Ratusan nelayan di Kabupaten Batang kembali melaut setelah cuaca membaik pada Selasa.</description>
    </item>
  </channel>"""


def test_each_round_takes_only_the_news_through(store: Store, tmp_path: Path) -> None:
    feed = tmp_path / "kabar.xml"
    feed.write_text(FEED.read_text(encoding="utf-8"), encoding="utf-8")
    rounds: list[api.Round] = []
    waits: list[float] = []

    def after(done: api.Round) -> None:
        rounds.append(done)
        if done.number == 1:  # the feed publishes a third entry before the next poll
            feed.write_text(feed.read_text(encoding="utf-8").replace("  </channel>", THIRD_ENTRY), encoding="utf-8")

    done = api.watch(store, [str(feed)], every=60, rounds=3, settings=Settings(), on_round=after, sleep=waits.append)
    assert done == 3 and [r.number for r in rounds] == [1, 2, 3]
    assert waits == [60, 60]  # no wait after the last round
    assert [len(r.ingested.added) for r in rounds] == [2, 1, 0]
    assert [r.ingested.unchanged for r in rounds] == [0, 2, 3]
    assert [r.ran.stages[Stage.EXTRACT].ok for r in rounds] == [2, 1, 0]
    assert len(store.story_memberships()) == 3


def test_a_source_that_fails_is_reported_and_the_round_goes_on(store: Store, tmp_path: Path) -> None:
    rounds: list[api.Round] = []
    api.watch(store, [str(tmp_path / "gone.xml"), str(FEED)], every=0, rounds=2, settings=Settings(),
              on_round=rounds.append, sleep=lambda _: None)
    assert [len(r.ingested.failures) for r in rounds] == [1, 1]
    assert [len(r.ingested.added) for r in rounds] == [2, 0]


@pytest.mark.parametrize(("every", "rounds", "message"), [(-1, 1, "0 or more seconds"), (1, 0, "1 or more")])
def test_a_bad_schedule_is_a_config_error(store: Store, every: float, rounds: int, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        api.watch(store, [str(FEED)], every=every, rounds=rounds)


def test_the_cli_prints_one_line_a_round(tmp_path: Path) -> None:
    db = str(tmp_path / "watch.db")
    result = CliRunner().invoke(cli, ["watch", str(FEED), "--rounds", "2", "--every", "0", "--db", db])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("round 1 at ") and "2 new" in lines[0] and "2 stories updated" in lines[0]
    assert lines[1].startswith("round 2 at ") and "0 new" in lines[1] and "2 unchanged" in lines[1]


def test_an_unchanged_feed_answers_304_and_a_changed_one_is_read(store: Store) -> None:
    import httpx

    feed = {"version": 1, "body": FEED.read_text(encoding="utf-8")}
    asked: list[str | None] = []

    def server(request: httpx.Request) -> httpx.Response:
        asked.append(request.headers.get("if-none-match"))
        etag = f'"kabar-{feed["version"]}"'
        if request.headers.get("if-none-match") == etag:
            return httpx.Response(304)
        return httpx.Response(200, text=str(feed["body"]), headers={"ETag": etag, "Content-Type": "application/rss+xml"})

    def after(done: api.Round) -> None:
        rounds.append(done)
        if done.number == 2:  # the outlet publishes between the second and third polls
            feed["version"], feed["body"] = 2, str(feed["body"]).replace("  </channel>", THIRD_ENTRY)

    rounds: list[api.Round] = []
    url = "https://kabarpesisir.example/rss"
    with httpx.Client(transport=httpx.MockTransport(server)) as client:
        api.watch(store, [url], every=0, rounds=3, settings=Settings(), client=client, on_round=after,
                  sleep=lambda _: None)
    assert asked == [None, '"kabar-1"', '"kabar-1"']
    assert [r.ingested.not_modified for r in rounds] == [[], [url], []]
    assert [len(r.ingested.added) for r in rounds] == [2, 0, 1]
    assert [r.ingested.unchanged for r in rounds] == [0, 0, 2]
