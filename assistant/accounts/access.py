"""Who is asking, and what their role lets them do.

Readers ask, draft and check; editors also upload, remove and re-index; admins also
manage accounts and read the audit log. The handlers call ``require`` themselves, so
a refused action is refused through the API as well as in the page.

Three modes, by what exists when a request arrives:
- accounts in the users file: each request carries its login name; the role is read
  fresh from the file (a removed account is refused at once);
- no accounts, ``ASSISTANT_AUTH=user:password`` set: that one login, as admin (as before);
- neither (only allowed on loopback): open, the local user acts as admin, as before.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from pathlib import Path

from assistant.accounts.audit import AuditLog
from assistant.accounts.history import History
from assistant.accounts.users import ROLE_LABELS, ROLES, UserStore
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.retrieval import paths

# The lowest role allowed each action.
PERMISSIONS = {
    "ask": "reader",
    "draft": "reader",
    "check": "reader",
    "documents": "reader",
    "history": "reader",
    "upload": "editor",
    "remove": "editor",
    "reindex": "editor",
    "users": "admin",
    "audit": "admin",
}
# What each action is called in a refusal.
_ACTION_WORDS = {
    "upload": "tải tài liệu lên kho",
    "remove": "gỡ tài liệu khỏi kho",
    "reindex": "nạp lại toàn bộ kho",
    "users": "quản lý tài khoản",
    "audit": "xem nhật ký hoạt động",
}


class PermissionDeniedError(AssistantError):
    """The account's role does not allow the action; the message names who can."""


@dataclass(frozen=True)
class Actor:
    """The person behind a request: login name (``""`` when the UI is open) and role.

    ``role`` is None for a login the users file no longer holds.
    """

    name: str
    role: str | None

    def can(self, action: str) -> bool:
        """Whether the role reaches the one ``action`` needs."""
        need = PERMISSIONS[action]
        return self.role is not None and ROLES.index(self.role) >= ROLES.index(need)


LOCAL = Actor("", "admin")


class Accounts:
    """Users, audit log and saved conversations of one index, and the login check."""

    def __init__(self, settings: Settings) -> None:
        root = Path(settings.index)
        self.settings = settings
        self.users = UserStore(paths.users(root))
        self.audit = AuditLog(paths.audit(root))
        self.history = History(paths.history(root))

    def _shared_password(self) -> tuple[str, str] | None:
        user, sep, password = (self.settings.auth or "").partition(":")
        return (user, password) if sep and user and password else None

    def login(self, name: str, password: str) -> bool:
        """Gradio's auth callable: accounts first, else ``ASSISTANT_AUTH``; failures logged."""
        if self.users.any():
            ok = self.users.verify(name, password) is not None
        else:
            pair = self._shared_password()
            ok = pair is not None and all(
                hmac.compare_digest(a.encode(), b.encode())
                for a, b in zip(pair, (name or "", password or ""), strict=True)
            )
        self.audit.record(
            (name or "")[:64], "login" if ok else "login_failed", outcome="ok" if ok else "failed"
        )
        return ok

    def actor(self, name: str | None) -> Actor:
        """The actor of a request whose login name is ``name`` (None: no login)."""
        if self.users.any():
            user = self.users.get(name)
            return Actor(name or "", user.role if user else None)
        if name and self._shared_password():
            return Actor(name, "admin")
        return LOCAL

    def require(self, actor: Actor, action: str, target: str = "") -> None:
        """Let ``actor`` do ``action`` or refuse (and log the refusal of a write).

        Raises:
            PermissionDeniedError: the role is too low, or the login is no longer valid.
        """
        if actor.can(action):
            return
        if action in ("upload", "remove", "reindex", "users"):
            self.audit.record(actor.name, action, target, outcome="refused")
        if actor.role is None:
            raise PermissionDeniedError(
                "Phiên này không còn hợp lệ (tài khoản đã bị gỡ, hoặc máy chủ vừa bật đăng "
                "nhập): hãy tải lại trang và đăng nhập; nếu vẫn lỗi, khởi động lại assistant serve."
            )
        need = ROLE_LABELS[PERMISSIONS[action]]
        raise PermissionDeniedError(
            f"Tài khoản {actor.name} ({ROLE_LABELS[actor.role]}) không được "
            f"{_ACTION_WORDS.get(action, action)}: việc này cần vai trò {need} trở lên; "
            "hãy nhờ quản trị viên."
        )
