from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest

from telisik.errors import MalformedInput
from telisik.ingest.published import parse_iso_published, published_from_struct

WIB = timezone(timedelta(hours=7))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", datetime(2024, 3, 5)),
        ("2024-03-05T14:30:00", datetime(2024, 3, 5, 14, 30)),
        ("2024-03-05T14:30:00+07:00", datetime(2024, 3, 5, 14, 30, tzinfo=WIB)),
        ("2024-03-05T07:30:00Z", datetime(2024, 3, 5, 7, 30, tzinfo=timezone.utc)),
        ("2024-03-05T14:30:00+0700", datetime(2024, 3, 5, 14, 30, tzinfo=WIB)),  # htmldate's %z
    ],
)
def test_parse_iso_published(value: str, expected: datetime) -> None:
    assert parse_iso_published(value) == expected


@pytest.mark.parametrize("value", ["5 Maret 2024", "Selasa, 05/03/2024", "2024-13-01", ""])
def test_parse_iso_published_rejects_other_formats(value: str) -> None:
    with pytest.raises(MalformedInput, match="ISO 8601"):
        parse_iso_published(value)


def test_published_from_struct_is_aware_utc() -> None:
    moment = time.strptime("2024-03-04 01:15:00", "%Y-%m-%d %H:%M:%S")
    assert published_from_struct(moment) == datetime(2024, 3, 4, 1, 15, tzinfo=timezone.utc)
