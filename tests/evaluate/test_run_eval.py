"""The harness entry point: task table, option checks and error translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from telisik.errors import ConfigError, EvalError
from telisik.evaluate import TASKS, format_result, run_eval


def test_tasks_are_the_four_of_the_design() -> None:
    assert list(TASKS) == ["ner", "cluster", "casualties", "summarise"]
    for evaluate, format_ in TASKS.values():  # (evaluate fn, format fn) pairs
        assert callable(evaluate) and callable(format_)


def test_unknown_task_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="choose one of: ner, cluster, casualties, summarise"):
        run_eval("pos", tmp_path / "x.conll")


def test_missing_file_is_an_eval_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="no such file"):
        run_eval("ner", tmp_path / "absent.conll")


def test_option_of_another_task_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_text("Joko\tB-PER\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="max_words do not apply to eval ner"):
        run_eval("ner", path, max_words=50)


def test_none_options_are_ignored_and_malformed_file_raises(tmp_path: Path) -> None:
    path = tmp_path / "bad.conll"
    path.write_text("Joko\tB-PER\nWidodo\n", encoding="utf-8")
    with pytest.raises(EvalError, match="bad.conll:2"):
        run_eval("ner", path, max_words=None)


def test_format_result_uses_the_task_table() -> None:
    result = {"rouge1": 0.4, "rouge2": 0.2, "rougeL": 0.3, "citation_validity": 1.0, "n": 2}
    assert "citation validity" in format_result("summarise", result)
