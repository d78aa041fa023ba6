"""A throwaway PostgreSQL server for the tests: started in a temporary directory, on 127.0.0.1, stopped after.

The server comes from Debian's ``postgresql`` package (``make test`` installs it when it is missing). Its
binaries live in ``/usr/lib/postgresql/<version>/bin``, outside ``PATH``. PostgreSQL refuses to run as root,
so when the tests run as root the server runs as the ``postgres`` user that package creates.

Without a server binary the PostgreSQL tests skip, unless ``TELISIK_REQUIRE_POSTGRES`` is set (``make test``
sets it): then they fail, so CI cannot pass by skipping them.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REQUIRE = "TELISIK_REQUIRE_POSTGRES"
SERVER_USER = "postgres"
DATABASE_USER = "telisik"


class NoServer(RuntimeError):
    """No PostgreSQL server can be started on this machine."""


def server_bin() -> Path:
    """The directory holding ``initdb`` and ``pg_ctl``, the newest version first."""
    found = shutil.which("pg_ctl")
    candidates = [Path(found).parent] if found else []
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for directory in candidates:
        if (directory / "initdb").exists() and (directory / "pg_ctl").exists():
            return directory
    raise NoServer("no PostgreSQL server binaries (initdb, pg_ctl): apt-get install postgresql")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    try:
        pwd.getpwnam(SERVER_USER)
    except KeyError:
        raise NoServer(f"running as root and there is no {SERVER_USER!r} user to run the server") from None
    return ["runuser", "-u", SERVER_USER, "--", *command]


@contextmanager
def running_server() -> Iterator[str]:
    """Start a server in a new temporary directory; yield a SQLAlchemy URL of its database; stop and remove it.

    The directory is made by :func:`tempfile.mkdtemp`, not under pytest's own (private to the user running
    the tests, so unreadable by the server user).
    """
    binaries = server_bin()
    directory = Path(tempfile.mkdtemp(prefix="telisik-postgres-"))
    data = directory / "data"
    if os.geteuid() == 0:
        shutil.chown(directory, SERVER_USER)
    port = _free_port()

    def run(*command: str) -> None:
        done = subprocess.run(_as_server_user(list(command)), capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = directory / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise NoServer(f"{command[0]} failed: {done.stderr.strip()} {tail}")

    run(str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", DATABASE_USER, "-E", "UTF8",
        "--no-sync", "--locale=C")
    # fsync off: a test server's data is thrown away, so durability buys nothing here.
    options = f"-h 127.0.0.1 -p {port} -k {directory} -F -c max_connections=200"
    run(str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(directory / "server.log"),
        "-w", "start")
    try:
        yield f"postgresql+psycopg://{DATABASE_USER}@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True, timeout=60)
        shutil.rmtree(directory, ignore_errors=True)


def fresh_schema_url(server_url: str) -> str:
    """A URL whose connections see only a new, empty schema of the server's database."""
    import sqlalchemy as sa

    schema = f"t_{uuid.uuid4().hex[:16]}"
    engine = sa.create_engine(server_url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    finally:
        engine.dispose()
    return f"{server_url}?options=-csearch_path%3D{schema}"
