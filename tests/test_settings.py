"""Settings validate themselves and every one is documented."""

from __future__ import annotations

from dataclasses import fields

import pytest

from telisik import settings as settings_module
from telisik.errors import ConfigError
from telisik.settings import Settings, load_settings


def test_every_setting_is_documented_in_the_module_docstring() -> None:
    doc = settings_module.__doc__ or ""
    for f in fields(Settings):
        assert f"TELISIK_{f.name.upper()}" in doc, f"TELISIK_{f.name.upper()} is not documented"


def test_environment_values_are_converted() -> None:
    loaded = load_settings({"TELISIK_DB": "x.db", "TELISIK_MAX_DOCUMENT_BYTES": "2048", "TELISIK_FETCH_TIMEOUT": "2.5"})
    assert (loaded.db, loaded.max_document_bytes, loaded.fetch_timeout) == ("x.db", 2048, 2.5)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"TELISIK_MAX_DOCUMENT_BYTES": "lots"}, "not a valid int"),
        ({"TELISIK_MAX_DOCUMENT_BYTES": "0"}, "must be positive"),
        ({"TELISIK_MAX_REDIRECTS": "99"}, "between 0 and 30"),
        ({"TELISIK_FETCH_TIMEOUT": "-1"}, "must be positive"),
    ],
)
def test_bad_values_are_config_errors(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(env)


@pytest.mark.parametrize(
    ("db", "url"),
    [("telisik.db", "sqlite:///telisik.db"), ("postgresql://u@127.0.0.1/t", "postgresql://u@127.0.0.1/t")],
)
def test_db_url(db: str, url: str) -> None:
    assert Settings(db=db).db_url == url
