"""Every error sayso raises on purpose, under one root class.

    SaysoError
    ├── InputError             an input could not become an article (the batch goes on)
    │   ├── InputNotFound      no such file or directory
    │   ├── EmptyInput         nothing but whitespace
    │   ├── BinaryInput        an image, PDF, archive or other non-text data
    │   ├── InputTooLarge      bigger than the configured cap
    │   ├── UndecodableInput   bytes that no text encoding explains
    │   ├── MalformedInput     truncated compression or archive, HTML too deeply nested,
    │   │                      a feed or table that does not parse
    │   ├── NotEnglish         text in another language than the pipeline's
    │   └── FetchError         a URL that could not be fetched: HTTP error, timeout,
    │                          too many redirects, not a page
    ├── ModelError             the spaCy pipeline could not be loaded
    └── LedgerError            the ledger database cannot be used as asked
        ├── LedgerUrlError     a database URL or path sayso cannot use
        ├── LedgerUnavailable  the database server does not answer
        ├── LedgerCorrupt      the file is damaged or is not a sayso ledger
        ├── LedgerTooNew       written by a newer sayso (an unknown schema revision)
        └── NotInLedger        the article or source asked for is not stored

Each message says what happened, why, and how to fix it. `InputError`s carry the
input's name so that a batch can report one line per failed input. `LedgerError`s are
raised before anything is written: a database sayso refuses is left as it was.
"""

from __future__ import annotations

__all__ = [
    "BinaryInput",
    "EmptyInput",
    "FetchError",
    "InputError",
    "InputNotFound",
    "InputTooLarge",
    "LedgerCorrupt",
    "LedgerError",
    "LedgerTooNew",
    "LedgerUnavailable",
    "LedgerUrlError",
    "MalformedInput",
    "ModelError",
    "NotEnglish",
    "NotInLedger",
    "SaysoError",
    "UndecodableInput",
]


class SaysoError(Exception):
    """The root of every error sayso raises on purpose."""


class InputError(SaysoError):
    """One input could not be turned into an article.

    `name` is the input as the user gave it (a path, `-`, or a URL); `reason` is a short
    sentence saying why, ideally with what to do about it.
    """

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class InputNotFound(InputError):
    """The path does not exist."""


class EmptyInput(InputError):
    """The input holds no text at all."""


class BinaryInput(InputError):
    """The input is binary data (an image, a PDF, an archive...), not a page."""


class InputTooLarge(InputError):
    """The input is bigger than `Settings.max_bytes`."""


class UndecodableInput(InputError):
    """The bytes are not text in any encoding we can tell."""


class MalformedInput(InputError):
    """The input is text of the right kind but broken: a truncated gzip, runaway HTML."""


class NotEnglish(InputError):
    """The text is not in English, the language of the loaded pipeline."""


class FetchError(InputError):
    """A URL gave no page: an HTTP error status, a timeout, a redirect loop, a network
    failure, or a response that is not a web page (an image, a PDF, a video)."""


class ModelError(SaysoError):
    """The spaCy pipeline named in the settings is not installed or not usable."""


class LedgerError(SaysoError):
    """The ledger database could not be opened, read or written as asked."""


class LedgerUrlError(LedgerError):
    """The `--db` URL or path names no database sayso can use (a typo, an unknown driver)."""


class LedgerUnavailable(LedgerError):
    """The database server does not answer: it is down, or the host or port is wrong."""


class LedgerCorrupt(LedgerError):
    """The file is not an SQLite database, is damaged, or is some other program's database."""


class LedgerTooNew(LedgerError):
    """The database was written by a newer sayso: its schema revision is unknown here."""


class NotInLedger(LedgerError):
    """An article or source named on the command line is not in the ledger."""
