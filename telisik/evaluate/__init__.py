"""The quality harness behind ``telisik eval TASK FILE [--json]``.

Not a pipeline stage: it runs the stages on labelled files from
``../shared/data`` and scores them. One module per task, sharing the metrics::

    conll.py       read token<TAB>TAG files            (ner)
    jsonl.py       read the JSONL eval files           (cluster, casualties, summarise)
    items.py       analyse + reconcile a multi-document item
    metrics.py     entity P/R/F1, pairwise and B-cubed, ROUGE
    ner.py         evaluate_ner / format_ner
    cluster.py     evaluate_cluster / format_cluster
    casualties.py  evaluate_casualties / format_casualties
    summarise.py   evaluate_summarise / format_summarise

:func:`run_eval` is what the CLI calls; the JSON shape of each result is fixed in
``DESIGN.md`` ("Interfaces that must stay stable"). An unknown task or option
raises :class:`~telisik.errors.ConfigError`; a missing or malformed file raises
:class:`~telisik.errors.EvalError`.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from telisik.errors import ConfigError, EvalError
from telisik.evaluate.casualties import evaluate_casualties, format_casualties
from telisik.evaluate.cluster import evaluate_cluster, format_cluster
from telisik.evaluate.ner import evaluate_ner, format_ner
from telisik.evaluate.summarise import evaluate_summarise, format_summarise


class EvalTask(NamedTuple):
    """How to run one task and how to print its result."""

    evaluate: Callable[..., dict[str, Any]]
    format: Callable[[dict[str, Any]], str]


TASKS: dict[str, EvalTask] = {
    "ner": EvalTask(evaluate_ner, format_ner),
    "cluster": EvalTask(evaluate_cluster, format_cluster),
    "casualties": EvalTask(evaluate_casualties, format_casualties),
    "summarise": EvalTask(evaluate_summarise, format_summarise),
}


def run_eval(task: str, path: Path, **options: Any) -> dict[str, Any]:
    """Score one task on one labelled file; options left as None are ignored."""
    evaluate = _task(task).evaluate
    given = {name: value for name, value in options.items() if value is not None}
    _check_options(task, evaluate, given)
    path = Path(path)
    if not path.is_file():
        raise EvalError("no such file", item=str(path))
    return evaluate(path, **given)


def format_result(task: str, result: dict[str, Any]) -> str:
    """The text table the CLI prints for a result of ``task``."""
    return _task(task).format(result)


def _task(task: str) -> EvalTask:
    if task not in TASKS:
        raise ConfigError(f"unknown eval task {task!r}; choose one of: {', '.join(TASKS)}")
    return TASKS[task]


def _check_options(task: str, evaluate: Callable[..., Any], options: dict[str, Any]) -> None:
    accepted = set(inspect.signature(evaluate).parameters) - {"path", "find_entities"}
    unknown = sorted(set(options) - accepted)
    if unknown:
        allowed = ", ".join(sorted(accepted)) or "none"
        raise ConfigError(f"option(s) {', '.join(unknown)} do not apply to eval {task} (accepted: {allowed})")


__all__ = ["TASKS", "EvalTask", "format_result", "run_eval"]
