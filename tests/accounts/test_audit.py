"""The audit log only grows, and exports as CSV and JSON lines."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from assistant.accounts import AuditLog
from assistant.retrieval import paths


def test_entries_are_kept_in_order_and_cannot_be_changed(tmp_path: Path) -> None:
    log = AuditLog(paths.audit(tmp_path / "indexes"))
    log.record("lan", "upload", "qd-15.pdf", detail="nạp 1")
    log.record('=HYPERLINK("x")', "login_failed", outcome="failed")
    entries = log.entries()
    assert [e.action for e in entries] == ["login_failed", "upload"]
    assert entries[1].actor == "lan"
    assert entries[1].target == "qd-15.pdf"
    with sqlite3.connect(log.path) as db, pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM audit")
    with sqlite3.connect(log.path) as db, pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE audit SET actor = 'ai-do'")
    assert len(log.entries()) == 2


def test_export_oldest_first_and_safe_for_spreadsheets(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite")
    log.record("lan", "upload", "a.pdf")
    log.record("=cmd|' /C calc'!A0", "login_failed", outcome="failed")
    rows = list(csv.reader(io.StringIO(log.export("csv"))))
    assert rows[0] == ["id", "at", "actor", "action", "target", "outcome", "detail"]
    assert [r[3] for r in rows[1:]] == ["upload", "login_failed"]
    assert rows[2][2].startswith("'=")
    lines = [json.loads(line) for line in log.export("jsonl").splitlines()]
    assert [line["actor"] for line in lines] == ["lan", "=cmd|' /C calc'!A0"]
