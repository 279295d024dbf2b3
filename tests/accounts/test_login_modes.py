"""Which login the server asks for: accounts, the single ASSISTANT_AUTH pair, or none."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.accounts import UserStore
from assistant.config import Settings
from assistant.errors import ConfigError
from assistant.retrieval import paths
from assistant.ui.gradio_app import login_check


def test_open_on_loopback_without_accounts(tmp_path: Path) -> None:
    assert login_check(Settings(index=tmp_path / "i")) is None


def test_off_loopback_without_accounts_refuses_to_start(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="assistant users add"):
        login_check(Settings(index=tmp_path / "i", host="0.0.0.0"))


def test_accounts_require_a_login_anywhere(tmp_path: Path) -> None:
    UserStore(paths.users(tmp_path / "i")).add("lan", "reader", "mat-khau-dai")
    for host in ("127.0.0.1", "0.0.0.0"):
        check = login_check(Settings(index=tmp_path / "i", host=host))
        assert check is not None
        assert check("lan", "mat-khau-dai")
        assert not check("lan", "sai-mat-khau")


def test_the_single_password_still_works_and_failures_are_logged(tmp_path: Path) -> None:
    from assistant.accounts import AuditLog

    check = login_check(Settings(index=tmp_path / "i", host="0.0.0.0", auth="can-bo:mat-khau"))
    assert check is not None
    assert check("can-bo", "mat-khau")
    assert not check("can-bo", "doan-bua")
    log = AuditLog(paths.audit(tmp_path / "i")).entries()
    assert [(e.actor, e.action) for e in log] == [("can-bo", "login_failed"), ("can-bo", "login")]
