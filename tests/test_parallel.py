"""Item stages in worker processes and Spark partitions: the same stories as one process, failures kept."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from telisik import api, parallel
from telisik.errors import ConfigError
from telisik.models import Stage, Status
from telisik.pipeline import run_items
from telisik.store import Store
from tests.conftest import EXAMPLES, SEEDS, open_store
from tests.store.test_postgres_pipeline import analysed, views
from tests.test_pipeline import SETTINGS, write_corpus

REQUIRE_SPARK = "TELISIK_REQUIRE_SPARK"


@pytest.mark.parametrize(("count", "workers", "sizes"), [
    (0, 2, []), (3, 2, [2, 1]), (10, 2, [5, 5]), (200, 2, [64, 64, 64, 8]), (5, 1, [5]),
])
def test_items_are_cut_into_consecutive_shares(count: int, workers: int, sizes: list[int]) -> None:
    cut = parallel.shares(list(range(count)), workers)
    assert [len(share) for share in cut] == sizes
    assert [item for share in cut for item in share] == list(range(count))


def test_no_workers_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="1 or more"):
        parallel.ProcessPool(0)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_worker_processes_give_the_stories_of_one_process(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    # The seeds and the first 16 IndoSum sample articles: several stories, some of several articles.
    sample = tmp_path / "sample.jsonl"
    with (EXAMPLES / "indosum-sample.jsonl").open(encoding="utf-8") as lines:
        sample.write_text("".join(line for _, line in zip(range(16), lines)), encoding="utf-8")
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    one = analysed(backend, tmp_path / "one", request, sources=(SEEDS, sample))
    two = analysed(backend, tmp_path / "two", request, parallel=parallel.ProcessPool(2), sources=(SEEDS, sample))
    try:
        assert views(two) == views(one)
    finally:
        one.close()
        two.close()


def test_a_bad_article_fails_alone_in_a_worker(store: Store, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, 6)
    with corpus.open("a", encoding="utf-8") as out:  # a document whose text is only punctuation
        out.write(json.dumps({"id": "bad", "text": "— — —"}) + "\n")
    api.ingest(store, [str(corpus)], SETTINGS)
    report = api.run(store, parallel=parallel.ProcessPool(2))
    [failed] = store.results(status=Status.FAILED)
    assert report.failed == 1 and report.stages[Stage.NORMALISE].ok == 6
    assert failed.stage is Stage.NORMALISE and failed.code and failed.message
    assert len(store.story_memberships()) == 6


def test_run_items_is_one_share_of_a_stage(store: Store, tmp_path: Path) -> None:
    api.ingest(store, [str(write_corpus(tmp_path, 3))], SETTINGS)
    ids = store.pending_articles(Stage.NORMALISE)
    tally = run_items(store.url, Stage.NORMALISE, ids[:2])
    assert (tally.ok, tally.failed) == (2, 0)
    assert store.pending_articles(Stage.NORMALISE) == ids[2:]


@pytest.fixture(scope="module")
def spark() -> object:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        if os.environ.get(REQUIRE_SPARK):
            pytest.fail(f"PySpark is required ({REQUIRE_SPARK} is set)")
        pytest.skip("no PySpark (the spark extra)")
    runner = parallel.SparkPartitions("local[2]")
    yield runner
    runner.stop()


def test_spark_partitions_give_the_stories_of_one_process(
    spark: parallel.SparkPartitions, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    one = analysed("postgresql", tmp_path, request)
    on_spark = analysed("postgresql", tmp_path, request, parallel=spark)
    try:
        assert views(on_spark) == views(one)
    finally:
        one.close()
        on_spark.close()


def test_a_bad_article_fails_alone_in_a_spark_partition(
    spark: parallel.SparkPartitions, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    store = open_store("postgresql", tmp_path, request)
    corpus = write_corpus(tmp_path, 4)
    with corpus.open("a", encoding="utf-8") as out:
        out.write(json.dumps({"id": "bad", "text": "— — —"}) + "\n")
    api.ingest(store, [str(corpus)], SETTINGS)
    report = api.run(store, parallel=spark)
    assert report.failed == 1 and len(store.story_memberships()) == 4
    store.close()


def test_the_cli_takes_one_way_of_running_in_parallel(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from telisik.cli.main import cli

    db = str(tmp_path / "cli.db")
    both = CliRunner().invoke(cli, ["run", "--workers", "2", "--spark", "local[2]", "--db", db])
    assert both.exit_code != 0 and "choose one" in both.output
    none = CliRunner().invoke(cli, ["run", "--workers", "0", "--db", db])
    assert none.exit_code == 1 and "1 or more" in none.output and "Traceback" not in none.output
    assert CliRunner().invoke(cli, ["ingest", str(SEEDS), "--db", db]).exit_code == 0
    ran = CliRunner().invoke(cli, ["run", "--workers", "2", "--db", db])
    assert ran.exit_code == 0, ran.output
    assert len(Store.open(f"sqlite:///{db}").list_stories()) == 1


def test_a_spark_cluster_cannot_share_a_sqlite_file() -> None:
    class Context:
        master = "spark://elsewhere:7077"
        defaultParallelism = 2

    class Session:
        sparkContext = Context()

    remote = parallel.SparkPartitions(session=Session())
    with pytest.raises(ConfigError, match="cannot open the SQLite file"):
        remote.run_stage("sqlite:////tmp/telisik.db", Stage.EXTRACT, [1, 2])


def test_an_archive_is_analysed_in_spark_partitions_as_in_one_process(spark: parallel.SparkPartitions) -> None:
    lines = (EXAMPLES / "indosum-sample.jsonl").read_text(encoding="utf-8").splitlines()[:12]
    lines.insert(5, '{"id": "empty", "text": "— — —"}')
    context = spark.session.sparkContext
    analysed = context.parallelize(lines, 3).mapPartitions(api.analyse_partition).collect()
    assert analysed == list(api.analyse_partition(lines))
    assert [d["id"] for d in analysed if "error" in d] == ["empty"]
