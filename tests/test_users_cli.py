"""``assistant users add|list|remove``: password from stdin, exit codes, the audit log."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from assistant.accounts import AuditLog, UserStore
from assistant.cli import main
from assistant.retrieval import paths


def _run(argv: list[str], monkeypatch: pytest.MonkeyPatch, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(argv)


def test_add_list_remove(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "indexes"  # the autouse fixture points ASSISTANT_INDEX here
    assert _run(["users", "add", "quan-tri", "--role", "admin"], monkeypatch, "mat-khau-dai\n") == 0
    assert _run(["users", "add", "lan", "--role", "reader"], monkeypatch, "mat-khau-lan\n") == 0
    capsys.readouterr()
    assert _run(["users", "list", "--json"], monkeypatch) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(u["name"], u["role"]) for u in listed] == [("lan", "reader"), ("quan-tri", "admin")]
    store = UserStore(paths.users(index))
    assert store.verify("lan", "mat-khau-lan") is not None
    assert _run(["users", "remove", "lan"], monkeypatch) == 0
    assert [u.name for u in store.list()] == ["quan-tri"]
    actions = [(e.action, e.target) for e in reversed(AuditLog(paths.audit(index)).entries())]
    assert actions == [("user_add", "quan-tri"), ("user_add", "lan"), ("user_remove", "lan")]
    assert all(e.actor.startswith("cli:") for e in AuditLog(paths.audit(index)).entries())


def test_refusals_exit_non_zero_with_the_next_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["users", "add", "lan", "--role", "reader"], monkeypatch, "") == 1
    assert "stdin" in capsys.readouterr().err
    assert _run(["users", "add", "lan", "--role", "reader"], monkeypatch, "ngan\n") == 1
    assert "ít nhất 8" in capsys.readouterr().err
    assert _run(["users", "remove", "khong-co"], monkeypatch) == 1
    assert "users list" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        _run(["users", "add", "lan", "--role", "owner"], monkeypatch, "mat-khau-dai\n")
    assert not paths.users(tmp_path / "indexes").exists()
