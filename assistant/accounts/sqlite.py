"""The one way the accounts' SQLite files (audit log, saved conversations) are opened."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path


@contextmanager
def connect(path: Path, schema: str, pragma: str) -> Iterator[sqlite3.Connection]:
    """A short connection to ``path`` with ``schema`` in place (UI threads share the file).

    Args:
        path: the database file; its folder is made if missing.
        schema: ``CREATE … IF NOT EXISTS`` statements, run on every open.
        pragma: the file's own setting (``synchronous=FULL``, ``foreign_keys=ON``).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(path, timeout=10)) as db:
        db.execute(f"PRAGMA {pragma}")
        db.executescript(schema)
        yield db


def utc_now() -> str:
    """The current UTC time, to the second, as stored in both files."""
    return datetime.now(UTC).isoformat(timespec="seconds")
