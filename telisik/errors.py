"""The one exception tree of telisik.

::

    TelisikError                  base: code, message, hint, context
    ├── InputError                a document or source we cannot read
    │   ├── EmptyInput            E101 nothing to read
    │   ├── BinaryInput           E102 not text (NUL bytes, control characters)
    │   ├── TooLarge              E103 over the size cap
    │   ├── UndecodableText       E104 no encoding yields sensible text
    │   ├── MalformedInput        E105 broken HTML / feed / JSON
    │   ├── NoTextFound           E106 parsed, but no article text inside
    │   └── FetchError            E107 the network said no (status, timeout, redirects)
    ├── StageError                E201 a stage failed on one item
    ├── StoreError                E301 the database refused or is missing
    ├── ConfigError               E401 a setting or argument is wrong
    └── EvalError                 E501 an eval file is not in the expected format

Library code raises these with context (article, stage, what to do). The CLI prints
``str(error)`` on one line and exits non-zero; a batch run records the code and the
message in a ``StageResult`` row and carries on.
"""

from __future__ import annotations


class TelisikError(Exception):
    """Base of every error telisik raises on purpose."""

    code = "E000"
    hint = ""

    def __init__(self, message: str, *, hint: str | None = None, item: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.item = item
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        where = f"{self.item}: " if self.item else ""
        tail = f" ({self.hint})" if self.hint else ""
        return f"[{self.code}] {where}{self.message}{tail}"


class InputError(TelisikError):
    code = "E100"


class EmptyInput(InputError):
    code = "E101"
    hint = "the file or response has no content; check the path or the source"


class BinaryInput(InputError):
    code = "E102"
    hint = "telisik reads text, HTML, JSONL and feeds; convert the document to text first"


class TooLarge(InputError):
    code = "E103"
    hint = "split the file, or raise TELISIK_MAX_DOCUMENT_BYTES if it really is one article"


class UndecodableText(InputError):
    code = "E104"
    hint = "re-save the file as UTF-8"


class MalformedInput(InputError):
    code = "E105"
    hint = "the document is not valid in its declared format; check it in a validator"


class NoTextFound(InputError):
    code = "E106"
    hint = "the page or entry holds no article text; it may be an index page or behind a paywall"


class FetchError(InputError):
    code = "E107"
    hint = "check the URL and your connection, then ingest it again"


class StageError(TelisikError):
    code = "E201"
    hint = "re-run with `telisik run --from STAGE` after fixing the cause"


class StoreError(TelisikError):
    code = "E301"
    hint = "check the --db path (or TELISIK_DB) and that the file is writable"


class ConfigError(TelisikError):
    code = "E401"
    hint = "see `telisik --help` for the accepted values"


class EvalError(TelisikError):
    code = "E501"
    hint = "the formats are described in ../shared/data/DATA.md"
