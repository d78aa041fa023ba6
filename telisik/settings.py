"""Typed settings, read once from the environment and validated.

Every setting is a field of :class:`Settings` with its environment variable in the
docstring table below; ``tests/test_settings.py`` fails if one goes undocumented.

=============================  ======================================  ================
variable                       meaning                                 default
=============================  ======================================  ================
``TELISIK_DB``                 database path or SQLAlchemy URL         ``telisik.db``
``TELISIK_MAX_DOCUMENT_BYTES`` largest document accepted, in bytes     ``10000000``
``TELISIK_FETCH_TIMEOUT``      seconds for one HTTP request            ``20``
``TELISIK_MAX_REDIRECTS``      redirects followed per URL              ``5``
``TELISIK_USER_AGENT``         User-Agent sent when fetching           ``telisik/<ver>``
``TELISIK_API_TOKEN``          bearer token for ``telisik serve``      empty: writes
                               write endpoints (``POST /api/…``)       refused (401)
=============================  ======================================  ================
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Mapping

from telisik import __version__
from telisik.errors import ConfigError

ENV_PREFIX = "TELISIK_"


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "telisik.db"
    max_document_bytes: int = 10_000_000
    fetch_timeout: float = 20.0
    max_redirects: int = 5
    user_agent: str = f"telisik/{__version__} (+news analysis; offline-first)"
    api_token: str = field(default="", repr=False)  # a secret: never in a repr; empty accepts no writes

    def __post_init__(self) -> None:
        if self.max_document_bytes <= 0:
            raise ConfigError(f"TELISIK_MAX_DOCUMENT_BYTES must be positive, got {self.max_document_bytes}")
        if self.fetch_timeout <= 0:
            raise ConfigError(f"TELISIK_FETCH_TIMEOUT must be positive, got {self.fetch_timeout}")
        if not 0 <= self.max_redirects <= 30:
            raise ConfigError(f"TELISIK_MAX_REDIRECTS must be between 0 and 30, got {self.max_redirects}")

    @property
    def db_url(self) -> str:
        """The database as a SQLAlchemy URL (a bare path means SQLite)."""
        if "://" in self.db:
            return self.db
        return f"sqlite:///{Path(self.db).expanduser()}"

    def with_db(self, db: str | None) -> Settings:
        return self if db is None else replace(self, db=db)


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Build settings from ``TELISIK_*`` variables, converting and checking each."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    defaults = Settings()
    for f in fields(Settings):
        raw = env.get(ENV_PREFIX + f.name.upper())
        if raw is None:
            continue
        kind = type(getattr(defaults, f.name))  # every field has a default of its own type
        try:
            values[f.name] = kind(raw)
        except ValueError:
            raise ConfigError(f"{ENV_PREFIX}{f.name.upper()}={raw!r} is not a valid {kind.__name__}") from None
    return Settings(**values)
