"""The ``telisik`` command: thin wrappers over :mod:`telisik.api`.

Each command parses its arguments, calls one API function and prints the
result. Errors are one line on stderr and a non-zero exit, never a traceback
(set ``TELISIK_DEBUG=1`` to see one).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from telisik import __version__, api, parallel
from telisik.cli import render
from telisik.cli.progress import RichProgress
from telisik.errors import TelisikError
from telisik.models import Stage

EXIT_ERROR = 1
EXIT_BUG = 2


class TelisikGroup(click.Group):
    """Turns every telisik error into one line and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TelisikError as error:
            raise click.ClickException(str(error)) from None
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, KeyboardInterrupt):
            raise
        except Exception as error:  # noqa: BLE001 — the edge: a bug becomes one line, not a traceback
            if os.environ.get("TELISIK_DEBUG"):
                raise
            message = f"unexpected {type(error).__name__}: {error} (set TELISIK_DEBUG=1 for the traceback)"
            click.echo(f"Error: {message}", err=True)
            ctx.exit(EXIT_BUG)


def _emit_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


db_option = click.option(
    "--db", envvar="TELISIK_DB", default=None, metavar="PATH",
    help="Database file or SQLAlchemy URL [default: ./telisik.db, or $TELISIK_DB].",
)


@click.group(cls=TelisikGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="telisik")
def cli() -> None:
    """telisik: what many outlets say about one story, checked against each other.

    \b
    Example:
      telisik ingest examples/
      telisik run
      telisik stories
    """


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
def ingest(sources: tuple[str, ...], db: str | None) -> None:
    """Read text/Markdown/JSONL/HTML files, directories, feeds and URLs into the store.

    Re-ingesting the same content changes nothing; new content at a known URL
    or path becomes a new version of that article.

    \b
    Example:
      telisik ingest examples/ https://example.org/berita.html feed.xml
    """
    store = api.open_store(db)
    report = api.ingest(store, sources, progress=RichProgress())
    render.ingest_report(report)
    if not (report.added or report.updated or report.unchanged) and report.failures:
        raise click.ClickException("nothing could be ingested; see the reasons above")


@cli.command()
@click.option("--from", "from_stage", default=None, metavar="STAGE",
              help="Redo from this stage: normalise, extract, cluster, reconcile or summarise.")
@click.option("--workers", type=int, default=None, metavar="N",
              help="Run normalise, extract, reconcile and summarise in N processes (clustering stays in one).")
@click.option("--spark", "spark_master", default=None, metavar="MASTER",
              help="Run those stages in Spark partitions (local[4], spark://host:7077; needs telisik[spark]).")
@db_option
def run(from_stage: str | None, workers: int | None, spark_master: str | None, db: str | None) -> None:
    """Run the pipeline over everything not yet processed (resumes after a crash).

    \b
    Example:
      telisik run
      telisik run --from cluster
      telisik run --workers 4
      telisik run --spark local[4] --db postgresql://telisik@127.0.0.1/news
    """
    store = api.open_store(db)
    runner = _parallel(workers, spark_master)
    try:
        report = api.run(store, from_stage, progress=RichProgress(), parallel=runner)
    finally:
        if isinstance(runner, parallel.SparkPartitions):
            runner.stop()
    render.run_report(report)


def _parallel(workers: int | None, spark_master: str | None) -> parallel.ProcessPool | parallel.SparkPartitions | None:
    if workers is not None and spark_master is not None:
        raise click.UsageError("--workers and --spark are two ways to run in parallel: choose one")
    if workers is not None:
        return parallel.ProcessPool(workers)
    if spark_master is not None:
        return parallel.SparkPartitions(spark_master)
    return None


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--every", type=click.FloatRange(min=0), default=15.0, show_default=True, metavar="MINUTES",
              help="Minutes to wait after a round before the next one.")
@click.option("--rounds", type=click.IntRange(min=1), default=None, metavar="N",
              help="Stop after N rounds (default: until interrupted).")
@click.option("--workers", type=int, default=None, metavar="N",
              help="Run the item stages in N processes, as `telisik run --workers`.")
@db_option
def watch(sources: tuple[str, ...], every: float, rounds: int | None, workers: int | None, db: str | None) -> None:
    """Poll feeds, pages and folders on a schedule; ingest and run what is new each round.

    Reading a source again changes nothing unless it has new or changed documents, so each round only the
    news goes through the stages. A source that fails this round (network, broken feed) is reported, and the
    next round tries it again. Ctrl-C stops between or during rounds; what a round committed stays.

    \b
    Example:
      telisik watch https://example.org/rss.xml feeds/ --every 10
      telisik watch feed.xml --rounds 1
    """
    store = api.open_store(db)
    runner = _parallel(workers, None)

    def show(done: api.Round) -> None:
        summarised = done.ran.stages.get(Stage.SUMMARISE)
        stories = summarised.ok if summarised else 0
        click.echo(
            f"round {done.number} at {done.began:%Y-%m-%d %H:%M:%S} UTC: {len(done.ingested.added)} new, "
            f"{len(done.ingested.updated)} new versions, {done.ingested.unchanged} unchanged, "
            f"{len(done.ingested.not_modified)} URLs not modified, "
            f"{len(done.ingested.failures)} failed to read; {stories} stories updated, "
            f"{done.ran.failed} items failed"
        )
        for failure in done.ingested.failures:
            click.echo(f"  failed {failure.origin}: {failure.message}")

    try:
        api.watch(store, sources, every * 60, rounds, parallel=runner, on_round=show)
    except KeyboardInterrupt:
        click.echo("stopped")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@db_option
def stories(as_json: bool, db: str | None) -> None:
    """List the stories with their articles (outlet, title, date); facts side by side.

    \b
    Example:
      telisik stories
      telisik stories --json
    """
    store = api.open_store(db)
    listed = api.stories(store)
    if as_json:
        _emit_json({"stories": listed})
        return
    render.stories(listed, lambda story_id: api.story(store, story_id))


@cli.command()
@click.argument("story_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@db_option
def story(story_id: int, as_json: bool, db: str | None) -> None:
    """Show one story: articles, comparison, quotes, summary and timeline.

    \b
    Example:
      telisik story 1 --json
    """
    detail = api.story(api.open_store(db), story_id)
    if as_json:
        _emit_json(detail)
    else:
        render.story(detail)


@cli.command()
@click.argument("article_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@db_option
def article(article_id: int, as_json: bool, db: str | None) -> None:
    """Show one article with everything extracted from it.

    \b
    Example:
      telisik article 3 --json
    """
    detail = api.article(api.open_store(db), article_id)
    if as_json:
        _emit_json(detail)
    else:
        render.article(detail)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(api.EXPORT_FORMATS), default="jsonl", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of standard output (Parquet needs a file).")
@db_option
def export(fmt: str, output: Path | None, db: str | None) -> None:
    """Export every article (with its story) as JSON Lines, CSV or Parquet.

    \b
    Example:
      telisik export --format csv -o articles.csv
      telisik export --format parquet -o articles.parquet
    """
    if fmt == "parquet" and output is None:
        raise click.UsageError("Parquet is binary: name a file with --output")
    store = api.open_store(db)
    if output is None:
        api.export(store, fmt, sys.stdout)
        return
    if fmt == "parquet":
        count = api.export_parquet(store, output)
    else:
        with output.open("w", encoding="utf-8", newline="") as out:
            count = api.export(store, fmt, out)
    click.echo(f"{count} articles written to {output}", err=True)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True,
              help="Output format: JSON Lines, one object per document.")
@click.option("--published", default=None, metavar="DATE",
              help="Reference publication date (YYYY-MM-DD) for plain-text files.")
def analyze(files: tuple[Path, ...], fmt: str, published: str | None) -> None:
    """Extract dates, numbers, entities, claims, quotes and flags; one JSON object per document.

    FILE is a text file, or JSONL with {id, lang?, published?, title?, text} per line.
    The keys are described in the README ("telisik analyze"). A document that cannot be analysed
    is written as {id, error: {code, message}}, the rest go on, and the exit status is then 1.

    \b
    Example:
      telisik analyze artikel.txt --published 2022-01-06 --format json
    """
    del fmt  # JSON is the one format so far
    failed = 0
    for record in api.analyse_files(files, published):
        click.echo(json.dumps(record, ensure_ascii=False))
        failed += "error" in record
    if failed:
        click.echo(f"{failed} document(s) could not be analysed; see their \"error\" objects", err=True)
        sys.exit(1)


@cli.command(name="eval")
@click.argument("task", type=click.Choice(["ner", "cluster", "casualties", "summarise"]))
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
@click.option("--max-words", type=int, default=None, help="Summary length in words (summarise only).")
def eval_(task: str, file: Path, as_json: bool, max_words: int | None) -> None:
    """Measure a stage on a labelled file in the ../shared/data formats.

    \b
    Example:
      telisik eval ner ../shared/data/ner/dev/nergrit.conll
      telisik eval cluster ../shared/data/cluster/ecbplus-dev.jsonl --json
      telisik eval summarise ../shared/data/summarise/neus-val.jsonl --max-words 75
    """
    from telisik import evaluate

    options = {"max_words": max_words} if max_words is not None else {}
    with RichProgress().spinner(f"eval {task} {file.name}"):
        result = evaluate.run_eval(task, file, **options)
    if as_json:
        _emit_json(result)
    else:
        click.echo(evaluate.format_result(task, result))


@cli.command()
@click.argument("task", type=click.Choice(["ner"]))
@click.option("--data", type=click.Path(file_okay=False, path_type=Path), default=Path("../shared/data/ner"),
              show_default=True, help="Folder with train/*.conll and dev/*.conll.")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None,
              help="Where to write the model (default: the model shipped in the package); for the ensemble, "
                   "a folder that gets model.crfsuite and ner_cnn.npz.")
@click.option("--corpus", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Rebuild the word classes from this JSONL corpus first (default: keep the shipped ones).")
@click.option("--english-corpus", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Rebuild the English capitalisation table from this JSONL corpus of English news first "
                   "(the shipped one: bench/english_case_table.py).")
@click.option("--model", "kind", type=click.Choice(["ensemble", "neural", "crf"]), default=None,
              help="Which tagger to train (default: the kind of --output, else the one shipped: the ensemble of "
                   "the CRF and the network). neural and ensemble need torch: pip install -e '.[train]'.")
@click.option("--vector-corpus", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("../shared/data/corpus/indosum-stream.jsonl"), show_default=True,
              help="JSONL corpus the neural tagger's word vectors are learned from.")
@click.option("--distil/--no-distil", default=True, show_default=True,
              help="Train the network as a student of a wide teacher network that pseudo-labels the last "
                   "--distil-articles articles of --vector-corpus (the shipped recipe); --no-distil: gold only.")
@click.option("--distil-articles", type=click.IntRange(min=1), default=None,
              help="How many articles (from the end of --vector-corpus) the teacher tags [default: 400]; "
                   "for none, --no-distil.")
@click.option("--keep-teacher", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the teacher network's weights here.")
@click.option("--teacher", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="Use this teacher network (a --keep-teacher file) instead of training one: the teacher is "
                   "byte-reproducible, so this only saves its minutes when comparing students.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Use only this many sentences of each training file (quick checks; not for shipping).")
def train(task: str, data: Path, output: Path | None, corpus: Path | None, english_corpus: Path | None,
          kind: str | None, vector_corpus: Path, distil: bool, distil_articles: int | None,
          keep_teacher: Path | None, teacher: Path | None, limit: int | None) -> None:
    """Train the NER model on DATA/train and print its scores on every DATA/dev file.

    The full model takes 20 to 60 minutes on one core (CRF, then a wide teacher network, then the shipped
    student network); each network prints one JSON line an epoch (loss, seconds, holdout score).

    \b
    Example:
      telisik train ner --data ../shared/data/ner
      telisik train ner --model crf --output /tmp/ner.crfsuite
      telisik train ner --output /tmp/ner.npz
      telisik train ner --model neural --output /tmp/ner.npz --limit 200 --distil-articles 20
      telisik train ner --model neural --no-distil --output /tmp/plain.npz
      telisik train ner --model neural --teacher /tmp/teacher.npz --output /tmp/student.npz
      telisik train ner --model ensemble --output /tmp/ner-models
      telisik train ner --corpus ../shared/data/corpus/indosum-stream.jsonl
      telisik train ner --english-corpus english-news.jsonl
    """
    from telisik.evaluate import format_result
    from telisik.evaluate.ner import evaluate_ner
    from telisik.extract.entities import find_entities_with
    from telisik.extract.ner import SHIPPED_MODEL, crf_model_path, ensemble_path, neural_model_path
    from telisik.extract.ner.train import TrainingOptions, build_word_classes, train_model, word_classes_path

    if kind is None:
        kind = {".npz": "neural", ".crfsuite": "crf"}.get(output.suffix, SHIPPED_MODEL) if output else SHIPPED_MODEL
    if keep_teacher is not None and teacher is not None:
        raise click.UsageError("--keep-teacher keeps a teacher this run trains; with --teacher none is trained")
    if (keep_teacher is not None or teacher is not None) and (not distil or kind == "crf"):
        raise click.UsageError("--teacher and --keep-teacher belong to the network's distillation "
                               "(--model neural or ensemble, without --no-distil)")
    crf_target = neural_target = None
    if kind == "ensemble":  # both models: the CRF first (no torch needed), then the network
        crf_target = output / "model.crfsuite" if output else Path(crf_model_path())
        neural_target = output / "ner_cnn.npz" if output else Path(neural_model_path())
    elif kind == "neural":
        neural_target = output or Path(neural_model_path())
    else:
        crf_target = output or Path(crf_model_path())
    if english_corpus is not None:
        from telisik.extract.ner.english import build_case_table, case_table_path

        with RichProgress().spinner("building the English capitalisation table"):
            words = build_case_table(english_corpus, case_table_path())
        click.echo(f"English table: {words} words → {case_table_path()}")
    if corpus is not None:
        with RichProgress().spinner("building word classes"):
            words = build_word_classes(data, corpus, word_classes_path())
        click.echo(f"word classes: {words} words → {word_classes_path()}")
    if neural_target is not None:
        from telisik.extract.ner.neural_train import check_neural_training

        check_neural_training(vector_corpus)  # before the CRF's minutes, not after
    if crf_target is not None:
        with RichProgress().spinner(f"training {task} (CRF)"):
            info = train_model(data, crf_target, TrainingOptions(limit=limit))
        click.echo(f"model {crf_target}: {info['sentences']} sentences, features {info['feature_seconds']} s, "
                   f"training {info['train_seconds']} s, {info['model_bytes'] / 1e6:.1f} MB")
    if neural_target is not None:
        from telisik.extract.ner import neural_train as nt

        if distil:
            options = nt.DistilOptions(keep_teacher=keep_teacher, teacher_file=teacher)
            options.teacher.limit = options.student.limit = limit
            options.teacher.progress = options.student.progress = True  # a line an epoch: the run takes 20–60 minutes
            texts = _distillation_texts(vector_corpus, nt.DISTIL_ARTICLES if distil_articles is None else distil_articles)
            with RichProgress().spinner(f"training {task} (teacher and student networks, torch)"):
                info = nt.train_distilled(data, vector_corpus, neural_target, texts,
                                          crf_target or Path(crf_model_path()), options)
            click.echo(f"teacher: {info['teacher_seconds']} s; {info['pseudo_sentences']} pseudo-labelled sentences "
                       f"from {len(texts)} articles ({info['pseudo_entities']} entities, {info['label_seconds']} s)")
        else:
            with RichProgress().spinner(f"training {task} (convolutional tagger, torch)"):
                info = nt.train_neural(data, vector_corpus, neural_target, nt.NeuralOptions(limit=limit, progress=True))
        click.echo(f"model {neural_target}: {info['sentences']} sentences, {info['seconds']} s, "
                   f"{info['bytes'] / 1e6:.1f} MB")
    if neural_target is not None and crf_target is not None:
        target = ensemble_path(str(neural_target), str(crf_target))
    else:
        target = str(neural_target or crf_target)
    for dev in sorted((data / "dev").glob("*.conll")):
        result = evaluate_ner(dev, lambda text, lang: find_entities_with(text, lang, target))
        click.echo(f"\n{dev.name}\n{format_result('ner', result)}")


def _distillation_texts(corpus: Path, articles: int) -> list[str]:
    """The texts of the Indonesian articles among the last ``articles`` lines of ``corpus``: cleaned and
    without their dateline, as the shipped network was trained on them (session 6). Deliberately not the
    whole of normalise, whose later rules (related-article lines dropped, session 7) would change the
    pseudo-labelled sentences, and with them the network, which must rebuild byte for byte from the data."""
    from telisik.language.detect import identify, processing_language
    from telisik.normalise import split_dateline
    from telisik.normalise.text import clean_text, split_markdown_title

    texts = []
    for line in corpus.read_text(encoding="utf-8").splitlines()[-articles:]:
        record = json.loads(line)
        _, text = split_dateline(split_markdown_title(clean_text(record.get("text") or ""))[1])
        if (record.get("lang") or processing_language(identify(text), text)) == "id":
            texts.append(text)
    return texts


@cli.command()
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("telisik-report.html"), show_default=True)
@db_option
def report(output: Path, db: str | None) -> None:
    """Write a self-contained HTML report of every story.

    \b
    Example:
      telisik report -o report.html
    """
    from telisik.report import write_report

    store = api.open_store(db)
    write_report(store, output)
    click.echo(f"report written to {output}", err=True)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@db_option
def serve(host: str, port: int, db: str | None) -> None:
    """Serve the web UI and the REST API (OpenAPI at /openapi.json) over the store.

    Writes (POST /api/articles) need TELISIK_API_TOKEN set and sent as a bearer token.

    \b
    Example:
      telisik serve --port 8000
      TELISIK_API_TOKEN=secret telisik serve --host 0.0.0.0
    """
    from telisik.serve import serve as run_server

    run_server(db, host, port)


def main() -> None:
    cli(prog_name="telisik")
