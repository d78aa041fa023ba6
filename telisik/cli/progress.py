"""Rich progress bars for the pipeline, drawn on stderr when it is a terminal."""

from __future__ import annotations

import contextlib

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn

from telisik.models import Stage


class RichProgress:
    """One bar per stage; silent when stderr is not a terminal (logs, CI)."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self.bars = Progress(
            SpinnerColumn(),
            TextColumn("{task.description:<10}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=self.console,
            transient=False,
            disable=not self.console.is_terminal,
        )
        self.tasks: dict[Stage, TaskID] = {}

    def spinner(self, message: str) -> contextlib.AbstractContextManager[object]:
        """A spinner for work without countable steps (an evaluation run)."""
        if not self.console.is_terminal:
            return contextlib.nullcontext()
        return self.console.status(message)

    def start(self, stage: Stage, total: int | None) -> None:
        if not self.tasks:
            self.bars.start()
        self.tasks[stage] = self.bars.add_task(stage.value, total=total)

    def advance(self, stage: Stage) -> None:
        self.bars.advance(self.tasks[stage])

    def finish(self, stage: Stage) -> None:
        task = self.tasks[stage]
        total = self.bars.tasks[task].completed
        self.bars.update(task, total=total, completed=total)
        if stage is Stage.SUMMARISE or stage is Stage.INGEST:
            self.bars.stop()
            self.tasks.clear()
