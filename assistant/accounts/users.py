"""The UI's accounts: a name, a role and an Argon2id password hash, in a file beside the index.

Passwords are hashed with argon2-cffi's ``PasswordHasher`` (salted, memory-hard, the
parameters stored in the hash itself), never by a hash of our own. The file is written
atomically and readable by its owner only; it holds no password.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from assistant.errors import AssistantError
from assistant.fsutil import atomic_write_json

ROLES = ("reader", "editor", "admin")
# Role names as staff read them in the UI.
ROLE_LABELS = {"reader": "người đọc", "editor": "biên tập viên", "admin": "quản trị viên"}
FORMAT_VERSION = 1
MIN_PASSWORD = 8
# Letters of any script, digits, dot, dash, underscore, @; no colon (Gradio's login form).
_NAME = re.compile(r"^[\w.@-]{1,64}$")

_HASHER = PasswordHasher()
# Verified against when the name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _HASHER.hash("not a password of anyone")


class AccountError(AssistantError):
    """A user name, role or password was refused; the message says what to do."""


@dataclass(frozen=True)
class User:
    """One account (no password: only its hash is stored, and not here)."""

    name: str
    role: str
    created: str

    @property
    def role_label(self) -> str:
        """The role in Vietnamese."""
        return ROLE_LABELS.get(self.role, self.role)


def clean_name(name: str) -> str:
    """``name`` NFC-normalised and checked.

    Raises:
        AccountError: empty, too long, or holds characters a login form cannot carry.
    """
    name = unicodedata.normalize("NFC", (name or "").strip())
    if not _NAME.match(name):
        raise AccountError(
            f"Tên tài khoản {name!r} không hợp lệ: dùng 1-64 chữ, số hoặc . _ - @ "
            "(không có dấu cách hay dấu hai chấm)."
        )
    return name


def check_role(role: str) -> str:
    """``role`` if it is one of ROLES.

    Raises:
        AccountError: any other value; the message lists the roles.
    """
    if role not in ROLES:
        raise AccountError(f"Vai trò {role!r} không có: chọn một trong {', '.join(ROLES)}.")
    return role


class UserStore:
    """The accounts file (``paths.users(index)``); every call reads it fresh."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def _read(self) -> dict[str, dict]:
        import json

        if not self.path.exists():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise AccountError(
                f"Không đọc được tệp tài khoản {self.path} ({exc}): khôi phục từ bản sao lưu "
                "hoặc xoá tệp rồi tạo lại tài khoản bằng: assistant users add TÊN --role admin"
            ) from exc
        return dict(data.get("users") or {})

    def _write(self, users: dict[str, dict]) -> None:
        atomic_write_json(self.path, {"version": FORMAT_VERSION, "users": users})
        with contextlib.suppress(OSError):
            os.chmod(self.path, 0o600)

    def any(self) -> bool:
        """True when at least one account exists (the UI then asks everyone to log in)."""
        return bool(self._read())

    def list(self) -> list[User]:
        """Every account, by name."""
        return [
            User(name, rec["role"], rec.get("created", ""))
            for name, rec in sorted(self._read().items())
        ]

    def get(self, name: str | None) -> User | None:
        """The account called ``name``, or None."""
        if not name:
            return None
        rec = self._read().get(unicodedata.normalize("NFC", name))
        return User(name, rec["role"], rec.get("created", "")) if rec else None

    def add(self, name: str, role: str, password: str) -> User:
        """Create an account.

        Raises:
            AccountError: bad name or role, a password under 8 characters, or the name
                is taken (remove it first to change its role or password).
        """
        name, role = clean_name(name), check_role(role)
        if len(password or "") < MIN_PASSWORD:
            raise AccountError(f"Mật khẩu cần ít nhất {MIN_PASSWORD} ký tự: hãy nhập lại.")
        with self._lock:
            users = self._read()
            if name in users:
                raise AccountError(
                    f"Đã có tài khoản {name}: gỡ nó trước (assistant users remove {name}) "
                    "rồi tạo lại để đổi vai trò hoặc mật khẩu."
                )
            created = datetime.now(UTC).isoformat(timespec="seconds")
            users[name] = {"role": role, "hash": _HASHER.hash(password), "created": created}
            self._write(users)
        return User(name, role, created)

    def remove(self, name: str) -> User:
        """Delete an account; the last admin stays while other accounts remain.

        Raises:
            AccountError: no such account, or it is the last admin of several accounts.
        """
        name = unicodedata.normalize("NFC", (name or "").strip())
        with self._lock:
            users = self._read()
            if name not in users:
                raise AccountError(f"Không có tài khoản {name!r}: xem danh sách bằng users list.")
            admins = [n for n, rec in users.items() if rec["role"] == "admin"]
            if admins == [name] and len(users) > 1:
                raise AccountError(
                    f"{name} là quản trị viên cuối cùng: hãy thêm một quản trị viên khác trước."
                )
            rec = users.pop(name)
            self._write(users)
        return User(name, rec["role"], rec.get("created", ""))

    def verify(self, name: str | None, password: str | None) -> User | None:
        """The account if ``password`` is its password, else None (same cost either way)."""
        rec = self._read().get(unicodedata.normalize("NFC", name or ""))
        try:
            _HASHER.verify(rec["hash"] if rec else _DUMMY_HASH, password or "")
        except (VerificationError, InvalidHashError):
            return None
        return User(unicodedata.normalize("NFC", name or ""), rec["role"], "") if rec else None
