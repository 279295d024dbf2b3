"""The audit log: who did what to the shared archive, and when. Append-only.

A SQLite table beside the index (``paths.audit(index)``). Triggers refuse UPDATE and
DELETE, so the log only grows through this module's ``record``; each entry is
committed with ``synchronous=FULL`` before the action's result is shown.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass
from pathlib import Path

from assistant.accounts.sqlite import connect, utc_now

# Actions recorded, and how the admin's tab names them.
ACTIONS = {
    "login": "đăng nhập",
    "login_failed": "đăng nhập sai",
    "upload": "tải lên",
    "remove": "gỡ tài liệu",
    "reindex": "nạp lại toàn bộ",
    "user_add": "thêm tài khoản",
    "user_remove": "gỡ tài khoản",
    "users": "quản lý tài khoản",
}
FIELDS = ("id", "at", "actor", "action", "target", "outcome", "detail")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT 'ok',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""


@dataclass(frozen=True)
class Entry:
    """One line of the log.

    Attributes:
        id: its place in the log (1, 2, …).
        at: UTC time, ISO 8601.
        actor: the account, ``""`` for the open loopback mode, the typed name for a failed login.
        action: a key of ACTIONS.
        target: what it acted on (file, account), if anything.
        outcome: ``ok``, ``refused`` (role too low) or ``failed``.
        detail: a short note (counts, the role given…).
    """

    id: int
    at: str
    actor: str
    action: str
    target: str
    outcome: str
    detail: str


class AuditLog:
    """Append and read the log; one short connection per call (UI threads share it)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _connect(self) -> AbstractContextManager[sqlite3.Connection]:
        return connect(self.path, _SCHEMA, "synchronous=FULL")

    def record(
        self, actor: str, action: str, target: str = "", outcome: str = "ok", detail: str = ""
    ) -> None:
        """Append one entry, committed before returning."""
        at = utc_now()
        with self._connect() as db, db:
            db.execute(
                "INSERT INTO audit (at, actor, action, target, outcome, detail) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (at, actor, action, target, outcome, detail),
            )

    def entries(self, *, limit: int | None = None, actor: str | None = None) -> list[Entry]:
        """Entries newest first (all of them unless ``limit``), optionally of one actor."""
        if not self.path.exists():
            return []
        query = f"SELECT {', '.join(FIELDS)} FROM audit"
        args: list[object] = []
        if actor is not None:
            query += " WHERE actor = ?"
            args.append(actor)
        query += " ORDER BY id DESC"
        if limit is not None:
            query += " LIMIT ?"
            args.append(limit)
        with self._connect() as db:
            return [Entry(*row) for row in db.execute(query, args)]

    def export(self, fmt: str = "csv") -> str:
        """The whole log, oldest first, as CSV or JSON lines."""
        rows = list(reversed(self.entries()))
        if fmt == "jsonl":
            return "".join(json.dumps(asdict(e), ensure_ascii=False) + "\n" for e in rows)
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(FIELDS)
        writer.writerows([_cell(getattr(e, f)) for f in FIELDS] for e in rows)
        return out.getvalue()


def _cell(value: object) -> object:
    """A CSV cell that a spreadsheet will not run: a name typed at the login form may be
    ``=HYPERLINK(…)``, so a leading ``= + - @`` is quoted."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
