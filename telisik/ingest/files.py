"""Local files: walking directories and reading a file within the size cap."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from telisik.errors import InputError, TooLarge


def walk_files(root: Path) -> Iterator[Path]:
    """Every non-hidden file under ``root``, in a stable sorted order.

    Hidden files and directories (``.git``, ``.DS_Store``) are skipped because they are
    tool state, never articles. Directories are walked top-down with names sorted, so
    the same tree always ingests in the same order, and nothing is listed up front.
    """
    for directory, subdirectories, filenames in os.walk(root):
        subdirectories[:] = sorted(name for name in subdirectories if not _is_hidden(name))
        for name in sorted(filenames):
            if not _is_hidden(name):
                yield Path(directory, name)


def read_capped(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path``, refusing a file over ``max_bytes`` before opening it.

    The size comes from ``stat`` so a 50 MB file is never read into memory when the
    cap is 10 MB; reading at most ``max_bytes + 1`` also catches a file that grew
    after the ``stat``.

    Raises:
        TooLarge: the file is over the cap.
        InputError: the file cannot be read (permissions, a vanished file).
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise TooLarge(f"{size:,} bytes, over the cap of {max_bytes:,}")
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError as err:
        raise InputError(f"cannot read the file: {err.strerror or err}") from err
    if len(data) > max_bytes:
        raise TooLarge(f"over the cap of {max_bytes:,} bytes (the file grew while being read)")
    return data


def file_source_key(path: Path) -> str:
    """``file:`` plus the absolute, resolved path: one file has one key however it is named."""
    return "file:" + str(path.resolve())


def _is_hidden(name: str) -> bool:
    return name.startswith(".")
