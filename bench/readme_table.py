"""Rewrite one marked section of bench/README.md with a new table."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

README = Path(__file__).resolve().parent / "README.md"


def replace_section(name: str, body: str, readme: Path = README) -> None:
    """Put ``body`` between ``<!-- name:start -->`` and ``<!-- name:end -->``."""
    text = readme.read_text(encoding="utf-8")
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    if not pattern.search(text):
        raise SystemExit(f"{readme} has no section {start} … {end}")
    readme.write_text(pattern.sub(lambda _: f"{start}\n{body.rstrip()}\n{end}", text), encoding="utf-8")


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def publish(section: str, command: str, table: str, *, note: str = "", write: bool = True) -> None:
    """Print a measurement (when, the command, the Python version and load, ``note``, ``table``) and,
    unless ``write`` is False, put it in the ``section`` of bench/README.md."""
    import os
    import platform
    from datetime import datetime, timezone

    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    body = (f"Measured {stamp} with `{command}`, Python {platform.python_version()}, load average "
            f"{os.getloadavg()[0]:.1f} at the end{'; ' + note if note else ''}.\n\n{table}")
    print(body)
    if write:
        replace_section(section, body)
