"""Plain functions behind saved conversations, account management and the audit log.

Like ``handlers``, no Gradio here: each method takes the request's ``Actor`` and checks
its role itself, so the same refusal holds in the page and through the API.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

from assistant.accounts import Actor, Message
from assistant.accounts.audit import ACTIONS
from assistant.accounts.history import ConversationNotFoundError, to_docx, to_markdown
from assistant.accounts.users import ROLE_LABELS
from assistant.errors import AssistantError
from assistant.ui.handlers import Handlers, Turn
from assistant.ui.safe import as_text, highlight, inline

CONVERSATION_HEADERS = ["Cuộc hội thoại", "Cập nhật (UTC)", "Mã"]
USER_HEADERS = ["Tài khoản", "Vai trò", "Tạo lúc (UTC)"]
AUDIT_HEADERS = ["Thời điểm (UTC)", "Tài khoản", "Việc", "Đối tượng", "Kết quả", "Ghi chú"]
OUTCOMES = {"ok": "thành công", "refused": "bị từ chối", "failed": "thất bại"}
AUDIT_ROWS_SHOWN = 500
EMPTY_PANEL = "*Nguồn trích dẫn sẽ hiện ở đây.*"


class AccountHandlers:
    """Conversations of the asking user; accounts and audit log for admins."""

    def __init__(self, handlers: Handlers) -> None:
        self.h = handlers
        self.accounts = handlers.accounts

    # --- Hỏi đáp, saved ---------------------------------------------------------------------

    def ask(
        self,
        question: str,
        history: list[dict] | None,
        years: list[str] | None,
        types: list[str] | None,
        conversation: str | None,
        *,
        actor: Actor,
    ) -> Iterator[tuple[list[dict], str, str, str | None]]:
        """``Handlers.ask`` whose finished turn is saved in the actor's conversation.

        Yields:
            (chat, sources panel, question box, conversation id).
        """
        self.accounts.require(actor, "ask")
        for chat, panel, box, turn in self.h.answer_stream(question, history, years, types):
            if turn is not None:
                conversation = self._save(actor, conversation, turn)
            yield chat, panel, box, conversation

    def _save(self, actor: Actor, conversation: str | None, turn: Turn) -> str:
        messages = [
            Message("user", turn.question),
            Message("assistant", turn.answer, {"marks": turn.marks, "sources": turn.sources}),
        ]
        try:
            return self.accounts.history.append(actor.name, conversation, messages)
        except ConversationNotFoundError:  # deleted meanwhile (another tab): start afresh
            return self.accounts.history.append(actor.name, None, messages)

    def conversation_rows(self, *, actor: Actor) -> list[list[str]]:
        """The actor's conversations, newest first: title, last update, id."""
        self.accounts.require(actor, "history")
        return [
            [c.title, c.updated.replace("T", " ")[:16], c.id]
            for c in self.accounts.history.list(actor.name)
        ]

    def open(self, conversation: str | None, *, actor: Actor) -> tuple[list[dict], str, str]:
        """Resume one of the actor's conversations: (chat, sources panel, its id)."""
        self.accounts.require(actor, "history")
        if not conversation:
            raise AssistantError("Hãy chọn một cuộc hội thoại trong danh sách (nhấp vào dòng).")
        saved = self.accounts.history.open(actor.name, conversation)
        chat, panel = [], EMPTY_PANEL
        for m in saved.messages:
            if m.role == "user":
                chat.append({"role": "user", "content": as_text(m.content)})
            else:
                content = highlight(m.content, m.extra.get("marks") or [])
                chat.append({"role": "assistant", "content": content})
                panel = m.extra.get("sources") or panel
        return chat, panel, saved.id

    def delete(self, conversation: str | None, *, actor: Actor) -> tuple[str, list[list[str]]]:
        """Delete one of the actor's conversations (never another user's)."""
        self.accounts.require(actor, "history")
        if not conversation:
            raise AssistantError("Hãy chọn cuộc hội thoại cần xoá trong danh sách.")
        saved = self.accounts.history.open(actor.name, conversation)
        self.accounts.history.delete(actor.name, conversation)
        return f"Đã xoá cuộc hội thoại «{inline(saved.title)}».", self.conversation_rows(
            actor=actor
        )

    def export(self, conversation: str | None, fmt: str, *, actor: Actor) -> str:
        """One of the actor's conversations as a Markdown or Word file; returns its path."""
        self.accounts.require(actor, "history")
        if not conversation:
            raise AssistantError("Hãy mở hoặc chọn một cuộc hội thoại để tải về.")
        saved = self.accounts.history.open(actor.name, conversation)
        folder = Path(tempfile.mkdtemp(prefix="cchc-hoi-dap-"))
        if fmt == "docx":
            return str(to_docx(saved, folder / "hoi-dap.docx"))
        path = folder / "hoi-dap.md"
        path.write_text(to_markdown(saved), encoding="utf-8")
        return str(path)

    # --- Quản trị ----------------------------------------------------------------------------

    def user_rows(self, *, actor: Actor) -> list[list[str]]:
        """Every account with its role (admins only)."""
        self.accounts.require(actor, "users")
        return [
            [u.name, u.role_label, u.created.replace("T", " ")[:16]]
            for u in self.accounts.users.list()
        ]

    def add_user(
        self, name: str, role: str, password: str, *, actor: Actor
    ) -> tuple[str, list[list[str]]]:
        """Create an account (admins only); logged."""
        self.accounts.require(actor, "users", name or "")
        user = self.accounts.users.add(name, role, password)
        self.accounts.audit.record(actor.name, "user_add", user.name, detail=f"role={user.role}")
        message = f"Đã thêm tài khoản {inline(user.name)} ({user.role_label})."
        return message, self.user_rows(actor=actor)

    def remove_user(self, name: str, *, actor: Actor) -> tuple[str, list[list[str]]]:
        """Delete an account (admins only; not one's own); logged."""
        self.accounts.require(actor, "users", name or "")
        if name and name == actor.name:
            raise AssistantError(
                "Không thể tự gỡ tài khoản đang đăng nhập: nhờ quản trị viên khác."
            )
        user = self.accounts.users.remove(name)
        self.accounts.audit.record(actor.name, "user_remove", user.name, detail=f"role={user.role}")
        return f"Đã gỡ tài khoản {inline(user.name)}.", self.user_rows(actor=actor)

    def audit_rows(self, *, actor: Actor) -> list[list[str]]:
        """The newest entries of the audit log, in Vietnamese (admins only)."""
        self.accounts.require(actor, "audit")
        return [
            [
                e.at.replace("T", " ").removesuffix("+00:00"),
                e.actor or "(máy này)",
                ACTIONS.get(e.action, e.action),
                e.target,
                OUTCOMES.get(e.outcome, e.outcome),
                e.detail,
            ]
            for e in self.accounts.audit.entries(limit=AUDIT_ROWS_SHOWN)
        ]

    def export_audit(self, fmt: str, *, actor: Actor) -> str:
        """The whole audit log as CSV or JSON lines (admins only); returns the file's path."""
        self.accounts.require(actor, "audit")
        suffix = "jsonl" if fmt == "jsonl" else "csv"
        path = Path(tempfile.mkdtemp(prefix="cchc-nhat-ky-")) / f"nhat-ky.{suffix}"
        path.write_text(self.accounts.audit.export(suffix), encoding="utf-8")
        return str(path)


def role_choices() -> list[tuple[str, str]]:
    """(label, role) pairs for a role picker."""
    return [(label, role) for role, label in ROLE_LABELS.items()]
