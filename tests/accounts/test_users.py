"""The users file: Argon2 hashes, roles, refusals that say what to do."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from assistant.accounts import AccountError, Accounts, Actor, PermissionDeniedError, UserStore
from assistant.config import Settings
from assistant.retrieval import paths


@pytest.fixture
def store(tmp_path: Path) -> UserStore:
    return UserStore(paths.users(tmp_path / "indexes"))


def test_passwords_are_argon2_hashes_in_a_private_file(store: UserStore) -> None:
    store.add("lan", "editor", "mật khẩu dài")
    raw = store.path.read_text(encoding="utf-8")
    assert "mật khẩu dài" not in raw
    record = json.loads(raw)["users"]["lan"]
    assert record["hash"].startswith("$argon2id$")
    assert record["role"] == "editor"
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert store.verify("lan", "mật khẩu dài") == store.verify("lan", "mật khẩu dài")
    assert store.verify("lan", "mật khẩu dài").role == "editor"  # type: ignore[union-attr]
    assert store.verify("lan", "sai mật khẩu") is None
    assert store.verify("không-có", "mật khẩu dài") is None


def test_two_accounts_with_one_password_get_different_hashes(store: UserStore) -> None:
    store.add("a", "reader", "cùng-mật-khẩu")
    store.add("b", "reader", "cùng-mật-khẩu")
    users = json.loads(store.path.read_text(encoding="utf-8"))["users"]
    assert users["a"]["hash"] != users["b"]["hash"]


@pytest.mark.parametrize(
    ("name", "role", "password", "message"),
    [
        ("lan", "owner", "mat-khau-dai", "Vai trò"),
        ("lan:1", "reader", "mat-khau-dai", "không hợp lệ"),
        ("có dấu cách", "reader", "mat-khau-dai", "không hợp lệ"),
        ("", "reader", "mat-khau-dai", "không hợp lệ"),
        ("lan", "reader", "ngắn", "ít nhất 8"),
    ],
)
def test_bad_accounts_are_refused(
    store: UserStore, name: str, role: str, password: str, message: str
) -> None:
    with pytest.raises(AccountError, match=message):
        store.add(name, role, password)
    assert not store.any()


def test_a_taken_name_and_the_last_admin_are_kept(store: UserStore) -> None:
    store.add("quan-tri", "admin", "mat-khau-dai")
    store.add("lan", "reader", "mat-khau-dai")
    with pytest.raises(AccountError, match="users remove lan"):
        store.add("lan", "admin", "mat-khau-khac")
    with pytest.raises(AccountError, match="quản trị viên cuối cùng"):
        store.remove("quan-tri")
    store.remove("lan")
    store.remove("quan-tri")  # alone, the last admin may go (the UI is then open on loopback)
    assert store.list() == []
    with pytest.raises(AccountError, match="users list"):
        store.remove("lan")


def test_vietnamese_names_are_one_account_however_typed(store: UserStore) -> None:
    store.add("Nguyễn", "reader", "mat-khau-dai")
    decomposed = "Nguye\u0302\u0303n"
    assert store.verify(decomposed, "mat-khau-dai") is not None


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("reader", {"ask", "draft", "check", "documents", "history"}),
        (
            "editor",
            {"ask", "draft", "check", "documents", "history", "upload", "remove", "reindex"},
        ),
        (
            "admin",
            {
                "ask",
                "draft",
                "check",
                "documents",
                "history",
                "upload",
                "remove",
                "reindex",
                "users",
                "audit",
            },
        ),
    ],
)
def test_roles(role: str, allowed: set[str]) -> None:
    from assistant.accounts.access import PERMISSIONS

    assert {a for a in PERMISSIONS if Actor("x", role).can(a)} == allowed
    assert not any(Actor("x", None).can(a) for a in PERMISSIONS)


def test_actors_in_each_mode(tmp_path: Path) -> None:
    open_ = Accounts(Settings(index=tmp_path / "i"))
    assert open_.actor(None) == Actor("", "admin")
    shared = Accounts(Settings(index=tmp_path / "i", auth="can-bo:mat-khau"))
    assert shared.login("can-bo", "mat-khau")
    assert not shared.login("can-bo", "sai")
    assert shared.actor("can-bo") == Actor("can-bo", "admin")
    shared.users.add("lan", "reader", "mat-khau-dai")
    # Once accounts exist, ASSISTANT_AUTH no longer admits anyone, and a request
    # without a login (a server started before the first account) is refused.
    assert not shared.login("can-bo", "mat-khau")
    assert shared.actor(None).role is None
    assert shared.actor("lan") == Actor("lan", "reader")
    with pytest.raises(PermissionDeniedError, match="biên tập viên"):
        shared.require(shared.actor("lan"), "upload", "x.pdf")
    with pytest.raises(PermissionDeniedError, match="đăng nhập"):
        shared.require(shared.actor(None), "ask")
