"""The clustering stream kept between runs, on the local disk.

Clustering is a stream: to place new articles, a run needs the clusterer in the state the
previous run left it in. Rebuilding it means replaying every placed article, which grows with
the store (about 4.6 CPU seconds per 1,000 articles); loading a checkpoint of it takes about a
hundredth of that. After each run that clustered, :func:`save` writes the clusterer to a file in
the user's cache directory; the next run :func:`load`\\ s it when it is still the state of the same
store, and replays otherwise. The stories are the same either way.

A checkpoint is only used when all of these match what was written with it:

- the store (a digest of its URL; a SQLite path made absolute);
- the store's placement mark (:meth:`~telisik.store.Store.placement_mark`): any clustering
  written since, by any process, makes it stale;
- the code: a digest of the cluster package's files and the versions of Python and the
  libraries whose objects the clusterer holds.

The file is a JSON header line, then the clusterer pickled. Pickle runs code when read, so a
checkpoint lives only in the user's own cache directory, never in the store (which others may
write), and the header is checked before anything is unpickled. ``TELISIK_CHECKPOINTS`` names
another directory, or ``off`` to keep none. Reading or writing a checkpoint never fails a run:
on any error the run replays.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
import tempfile
from importlib import metadata, resources
from pathlib import Path

from telisik import __version__, cluster
from telisik.language.tables import cache_directory

FORMAT = 1
ENVIRONMENT = "TELISIK_CHECKPOINTS"
SUFFIX = ".clusterer"
# The libraries whose objects a pickled clusterer holds: a checkpoint from other versions is not read.
LIBRARIES = ("numpy", "datasketch")


def directory() -> Path | None:
    """Where checkpoints go: ``$TELISIK_CHECKPOINTS``, else ``$XDG_CACHE_HOME/telisik/checkpoints``
    (``~/.cache`` when unset); None when the variable is ``off``."""
    return cache_directory(ENVIRONMENT, "checkpoints")


def store_digest(url: str) -> str:
    """A name for the store at ``url``; a relative SQLite path is made absolute first."""
    for scheme in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(scheme) and url[len(scheme):] and not url[len(scheme):].startswith(":memory:"):
            url = scheme + os.path.abspath(url[len(scheme):])
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]


def code_digest() -> str:
    """The cluster package's files and the versions a pickle depends on."""
    digest = hashlib.sha256(f"{FORMAT} {__version__} {sys.version}".encode())
    for library in LIBRARIES:
        digest.update(f" {library} {metadata.version(library)}".encode())
    package = resources.files(cluster)
    for entry in sorted(package.iterdir(), key=lambda e: e.name):
        if entry.is_file() and entry.name.endswith((".py", ".json")):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()


def _header(url: str, mark: tuple[object, ...]) -> dict[str, object]:
    return {"format": FORMAT, "store": store_digest(url), "mark": [str(m) for m in mark], "code": code_digest()}


def _path(url: str) -> Path | None:
    where = directory()
    return None if where is None else where / (store_digest(url) + SUFFIX)


def save(url: str, mark: tuple[object, ...], clusterer: cluster.StoryClusterer) -> bool:
    """Write ``clusterer`` as the state of the store at ``url`` with placement ``mark``; False if not written."""
    path = _path(url)
    if path is None:
        return False
    embedder = clusterer.embedder  # the model and the store connection are not part of the state
    clusterer.embedder = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=path.name, suffix=".part", delete=False) as out:
            out.write(json.dumps(_header(url, mark)).encode("utf-8") + b"\n")
            pickle.dump(clusterer, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(out.name, path)  # a reader sees the old checkpoint or the new one, whole
        return True
    except Exception:  # noqa: BLE001 — a checkpoint not written costs the next run a replay, nothing more
        if "out" in locals():
            Path(out.name).unlink(missing_ok=True)
        return False
    finally:
        clusterer.embedder = embedder


def load(url: str, mark: tuple[object, ...]) -> cluster.StoryClusterer | None:
    """The clusterer saved for the store at ``url`` in the state ``mark``, or None (replay)."""
    path = _path(url)
    if path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as stream:
            if json.loads(stream.readline()) != _header(url, mark):
                return None
            clusterer = pickle.load(stream)
    except Exception:  # noqa: BLE001 — unreadable or stale: replay
        return None
    return clusterer if isinstance(clusterer, cluster.StoryClusterer) else None
