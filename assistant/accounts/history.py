"""Saved conversations: each user's questions and answers, kept across restarts (SQLite).

A conversation belongs to the account that started it; only its owner lists, opens,
exports or deletes it. Messages are stored as written (raw text); the UI escapes
them when it shows them, and keeps beside each answer the numbers it highlights
and its sources panel.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from assistant.accounts.sqlite import connect, utc_now
from assistant.errors import AssistantError

TITLE_CHARS = 80

_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    title TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS conversations_owner ON conversations (owner, updated);
CREATE TABLE IF NOT EXISTS messages (
    conversation TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    role TEXT NOT NULL,
    content TEXT NOT NULL,
    extra TEXT NOT NULL DEFAULT '{}',
    at TEXT NOT NULL,
    PRIMARY KEY (conversation, seq)
);
"""


class ConversationNotFoundError(AssistantError):
    """No conversation with that id belongs to this user."""


@dataclass(frozen=True)
class Message:
    """One turn: ``role`` is ``user`` or ``assistant``; ``extra`` holds what the UI keeps."""

    role: str
    content: str
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Conversation:
    """A saved conversation and, when opened, its messages in order."""

    id: str
    owner: str
    title: str
    created: str
    updated: str
    messages: tuple[Message, ...] = ()


class History:
    """The conversations database (``paths.history(index)``)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _connect(self) -> AbstractContextManager[sqlite3.Connection]:
        return connect(self.path, _SCHEMA, "foreign_keys=ON")

    def append(self, owner: str, conversation: str | None, messages: list[Message]) -> str:
        """Add ``messages`` to ``conversation`` (a new one, titled by the first, if None).

        Returns:
            The conversation's id.

        Raises:
            ConversationNotFoundError: ``conversation`` is not one of ``owner``'s.
        """
        now = utc_now()
        with self._connect() as db, db:
            if conversation is None:
                conversation = uuid.uuid4().hex
                title = " ".join((messages[0].content if messages else "").split())
                db.execute(
                    "INSERT INTO conversations VALUES (?, ?, ?, ?, ?)",
                    (conversation, owner, title[:TITLE_CHARS] or "(trống)", now, now),
                )
            elif not self._owned(db, owner, conversation):
                raise ConversationNotFoundError(_missing(conversation))
            else:
                db.execute("UPDATE conversations SET updated = ? WHERE id = ?", (now, conversation))
            (seq,) = db.execute(
                "SELECT COALESCE(MAX(seq), 0) FROM messages WHERE conversation = ?", (conversation,)
            ).fetchone()
            db.executemany(
                "INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (conversation, seq + i, m.role, m.content, json.dumps(m.extra), now)
                    for i, m in enumerate(messages, start=1)
                ],
            )
        return conversation

    def list(self, owner: str) -> list[Conversation]:
        """``owner``'s conversations, most recently updated first (without messages)."""
        if not self.path.exists():
            return []
        with self._connect() as db:
            rows = db.execute(
                "SELECT id, owner, title, created, updated FROM conversations "
                "WHERE owner = ? ORDER BY updated DESC, rowid DESC",
                (owner,),
            ).fetchall()
        return [Conversation(*row) for row in rows]

    def open(self, owner: str, conversation: str) -> Conversation:
        """One of ``owner``'s conversations with its messages.

        Raises:
            ConversationNotFoundError: no such conversation of ``owner``.
        """
        with self._connect() as db:
            row = db.execute(
                "SELECT id, owner, title, created, updated FROM conversations "
                "WHERE id = ? AND owner = ?",
                (conversation, owner),
            ).fetchone()
            if row is None:
                raise ConversationNotFoundError(_missing(conversation))
            messages = tuple(
                Message(role, content, json.loads(extra))
                for role, content, extra in db.execute(
                    "SELECT role, content, extra FROM messages WHERE conversation = ? ORDER BY seq",
                    (conversation,),
                )
            )
        id_, owner_, title, created, updated = row
        return Conversation(id_, owner_, title, created, updated, messages)

    def delete(self, owner: str, conversation: str) -> None:
        """Delete one of ``owner``'s conversations and its messages.

        Raises:
            ConversationNotFoundError: no such conversation of ``owner`` (another
                user's conversation is never deleted).
        """
        with self._connect() as db, db:
            if not self._owned(db, owner, conversation):
                raise ConversationNotFoundError(_missing(conversation))
            db.execute("DELETE FROM messages WHERE conversation = ?", (conversation,))
            db.execute("DELETE FROM conversations WHERE id = ?", (conversation,))

    @staticmethod
    def _owned(db: sqlite3.Connection, owner: str, conversation: str) -> bool:
        row = db.execute(
            "SELECT 1 FROM conversations WHERE id = ? AND owner = ?", (conversation, owner)
        ).fetchone()
        return row is not None


def _missing(conversation: str) -> str:
    return (
        f"Không tìm thấy cuộc hội thoại {conversation!r} của bạn: "
        "hãy tải lại danh sách cuộc hội thoại."
    )


def to_markdown(conversation: Conversation) -> str:
    """The conversation as a Markdown document (questions as headings, answers below)."""
    lines = [f"# {conversation.title}", "", f"_Bắt đầu {conversation.created}_", ""]
    for m in conversation.messages:
        if m.role == "user":
            lines += [f"## Hỏi: {' '.join(m.content.split())}", ""]
        else:
            lines += [m.content, ""]
    return "\n".join(lines)


def to_docx(conversation: Conversation, path: Path) -> Path:
    """The conversation as a Word document at ``path``."""
    import docx

    document = docx.Document()
    document.add_heading(conversation.title, level=0)
    document.add_paragraph(f"Bắt đầu {conversation.created}")
    for m in conversation.messages:
        if m.role == "user":
            document.add_heading(f"Hỏi: {' '.join(m.content.split())}", level=1)
        else:
            for line in m.content.splitlines():
                if line.strip():
                    document.add_paragraph(line.strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path
