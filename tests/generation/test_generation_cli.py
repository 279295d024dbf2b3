"""``assistant ask`` and ``assistant draft``: JSON shapes, text output, errors."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from assistant.cli import main
from assistant.config import Settings


@pytest.fixture
def seed_env(monkeypatch: pytest.MonkeyPatch, seed_settings: Settings) -> Settings:
    monkeypatch.setenv("ASSISTANT_INDEX", str(seed_settings.index))
    monkeypatch.setenv("ASSISTANT_CORPUS", str(seed_settings.corpus))
    return seed_settings


def test_ask_json(seed_env: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["ask", "which decisions reorganized the department in 2021", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert {"answer", "citations", "findings", "sources"} <= set(out)
    assert {c["ident"] for c in out["citations"]} >= {"1753/QĐ-UBND", "1908/QĐ-UBND"}
    for c in out["citations"]:
        assert set(c) == {"ident", "date", "kind", "subject", "source", "locator"}
    for f in out["findings"]:
        assert {"ident", "start", "end", "status", "expected", "evidence"} <= set(f)
        assert (
            out["answer"][f["start"] : f["end"]].endswith(f["ident"])
            or f["ident"] in (out["answer"][f["start"] : f["end"]])
        )
    assert {"text", "source", "locator", "score"} <= set(out["sources"][0])


def test_ask_text(seed_env: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "qd 1753"]) == 0
    out = capsys.readouterr().out
    assert "Quyết định số 1753/QĐ-UBND ngày 28/6/2021" in out
    assert "Nguồn / sources:" in out


def test_draft_json_and_docx(
    seed_env: Settings, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "draft.docx"
    prompt = "Soạn mục Cải cách tổ chức bộ máy cho báo cáo CCHC năm 2021"
    assert main(["draft", prompt, "--json", "--docx", str(target)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"text", "citations", "findings"} <= set(out)
    assert out["text"].startswith("1. Cải cách tổ chức bộ máy")
    assert all(f["status"] == "verified" for f in out["findings"])
    assert "1. Cải cách tổ chức bộ máy" in [p.text for p in docx.Document(str(target)).paragraphs]


@pytest.mark.parametrize("question", ["?!?", "x" * 10_000])
def test_unusable_question_is_an_error_message(
    seed_env: Settings, capsys: pytest.CaptureFixture[str], question: str
) -> None:
    assert main(["ask", question, "--json"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: The question")


def test_ask_without_index_says_what_to_run(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ask", "quyết định năm 2021"]) == 1
    assert "assistant ingest" in capsys.readouterr().err


def test_bad_llm_setting_is_an_error_message(
    seed_env: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ASSISTANT_LLM", "gpt4")
    assert main(["ask", "qd 1753"]) == 1
    assert "openai:MODEL@BASE_URL" in capsys.readouterr().err
