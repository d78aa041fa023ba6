"""The README cannot drift: its commands exist, its Python example runs, its analyze keys are real."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from telisik.cli.main import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def test_readme_gives_the_two_commands_and_make_has_them() -> None:
    for target in ("demo", "test"):
        assert f"make {target}" in README
        assert re.search(rf"^{target}:", MAKEFILE, re.M), f"Makefile has no '{target}' target"


def test_ci_calls_make_test() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


SHOWN = sorted(set(re.findall(r"^\.venv/bin/telisik (\w+)", README, re.M)))


def test_readme_shows_commands() -> None:
    assert len(SHOWN) >= 8


@pytest.mark.parametrize("command", SHOWN)
def test_readme_commands_exist(command: str) -> None:
    assert command in cli.commands
    assert CliRunner().invoke(cli, [command, "--help"]).exit_code == 0


def test_every_cli_command_is_in_the_readme() -> None:
    for command in cli.commands:
        assert f"telisik {command}" in README, f"`telisik {command}` is not in the README"


def test_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    [code] = re.findall(r"```python\n(.*?)```", README, re.S)
    monkeypatch.chdir(ROOT)
    exec(compile(code.replace('"telisik.db"', repr(str(tmp_path / "readme.db"))), "README.md", "exec"), {})


def test_analyze_keys_in_the_readme_table_are_the_output_keys() -> None:
    table = README.split("### `telisik analyze` output", 1)[1].split("## ", 1)[0]
    documented = set(re.findall(r"^\| `(\w+)`", table, re.M)) | set(re.findall(r"^\| `\w+`, `(\w+)`", table, re.M))
    seed = ROOT / "examples" / "seeds" / "000_be1e1360af6a3b1b.txt"
    output = CliRunner().invoke(cli, ["analyze", str(seed), "--format", "json"]).output
    assert set(json.loads(output)) == documented
