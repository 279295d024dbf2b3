"""Saved conversations: per owner, kept on disk, exported, deleted by their owner only."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from assistant.accounts import History, Message
from assistant.accounts.history import ConversationNotFoundError, to_docx, to_markdown


def test_conversations_belong_to_their_owner(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite"
    first = History(path).append(
        "lan", None, [Message("user", "Quyết định 15 về việc gì?"), Message("assistant", "Về…")]
    )
    History(path).append(
        "lan", first, [Message("user", "còn năm 2022?"), Message("assistant", "…")]
    )
    History(path).append("binh", None, [Message("user", "câu hỏi của Bình")])
    reopened = History(path)  # another process, later: the same conversations
    assert [c.title for c in reopened.list("lan")] == ["Quyết định 15 về việc gì?"]
    assert [m.content for m in reopened.open("lan", first).messages] == [
        "Quyết định 15 về việc gì?",
        "Về…",
        "còn năm 2022?",
        "…",
    ]
    with pytest.raises(ConversationNotFoundError):
        reopened.open("binh", first)
    with pytest.raises(ConversationNotFoundError):
        reopened.delete("binh", first)
    with pytest.raises(ConversationNotFoundError):
        reopened.append("binh", first, [Message("user", "chen vào")])
    assert len(reopened.open("lan", first).messages) == 4
    reopened.delete("lan", first)
    assert reopened.list("lan") == []
    assert len(reopened.list("binh")) == 1


def test_export_markdown_and_docx(tmp_path: Path) -> None:
    history = History(tmp_path / "h.sqlite")
    cid = history.append(
        "lan",
        None,
        [
            Message("user", "Quy chế một cửa?"),
            Message("assistant", "Theo kho: <b>118/QĐ-SKHCN</b>\n1. dòng hai", {"marks": []}),
        ],
    )
    saved = history.open("lan", cid)
    markdown = to_markdown(saved)
    assert "## Hỏi: Quy chế một cửa?" in markdown
    assert "<b>118/QĐ-SKHCN</b>" in markdown  # the file keeps the words as written
    path = to_docx(saved, tmp_path / "out" / "hoi-dap.docx")
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "Hỏi: Quy chế một cửa?" in text
    assert "1. dòng hai" in text
