"""The command line: exit codes, the JSON contracts of DESIGN.md, messages that say what to do."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main

REPO = Path(__file__).resolve().parents[1]
SAMPLE_FILES = [p for p in (REPO / "corpus").iterdir() if p.name != "README.md"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def _sample_workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped sample corpus, copied and ingested once for this module."""
    workdir = tmp_path_factory.mktemp("cli")
    shutil.copytree(REPO / "corpus", workdir / "corpus")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(workdir)
        mp.setenv("ASSISTANT_INDEX", str(workdir / "indexes"))
        assert main(["ingest", "corpus", "--json"]) == 0
    return workdir


@pytest.fixture
def sample_index(_sample_workdir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings pointed at the module's ingested sample corpus."""
    monkeypatch.chdir(_sample_workdir)
    monkeypatch.setenv("ASSISTANT_CORPUS", str(_sample_workdir / "corpus"))
    monkeypatch.setenv("ASSISTANT_INDEX", str(_sample_workdir / "indexes"))
    return _sample_workdir / "corpus"


def test_ingest_json_contract(sample_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code, out, _ = run(capsys, "ingest", "--json")
    data = json.loads(out)
    assert code == 0
    assert {"added", "updated", "unchanged", "removed", "chunks", "seconds"} <= set(data)
    assert data["unchanged"] == len(SAMPLE_FILES)
    assert data["added"] == data["updated"] == data["removed"] == 0
    assert data["chunks"] > len(SAMPLE_FILES)


def test_search_json_contract(sample_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code, out, _ = run(capsys, "search", "sắp xếp cơ cấu tổ chức các phòng", "--json", "--k", "3")
    hits = json.loads(out)
    assert code == 0
    assert len(hits) == 3
    assert all({"text", "source", "locator", "score"} <= set(h) for h in hits)
    # Keys are relative to the corpus folder: the same on every workstation.
    assert not hits[0]["source"].startswith(("/", "corpus/"))
    assert (sample_index / hits[0]["source"]).is_file()


def test_an_overlong_query_is_searched_by_its_start_and_says_so(
    sample_index: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    query = "sắp xếp cơ cấu tổ chức các phòng " + "x" * 10_000
    code, out, err = run(capsys, "search", query, "--json", "--k", "2")
    assert code == 0
    assert len(json.loads(out)) == 2
    assert "10,033 characters long; searched its first 2,000" in err


def test_search_by_loose_number(sample_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    _, out, _ = run(capsys, "search", "qd 42", "--json", "--k", "1")
    assert "42/QĐ-SKHCN" in json.loads(out)[0]["text"]


def test_cite_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    text = "Thực hiện Quyết định số 1753/QĐ-UBND ngày 28/6/2021 của UBND tỉnh."
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    code, out, _ = run(capsys, "cite", "-", "--json")
    [c] = json.loads(out)
    assert code == 0
    assert (c["ident"], c["date"], c["code"]) == ("1753/QĐ-UBND", "2021-06-28", "QĐ")
    assert text[c["start"] : c["end"]] == c["text"]
    assert {"kind", "number", "year", "symbol", "issuer", "subject", "pinpoint"} <= set(c)


def test_check_flags_a_misdated_citation(
    sample_index: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Thực hiện Quyết định số 15/QĐ-SKHCN ngày 13/3/2023 về việc sắp xếp tổ chức.\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    code, out, _ = run(capsys, "check", str(draft), "--json")
    data = json.loads(out)
    assert code == 0
    [finding] = data["findings"]
    assert finding["status"] == "date_mismatch"
    assert "2023-03-12" in json.dumps(finding["expected"])
    assert finding["evidence"]
    assert data["summary"]["date_mismatch"] == 1


def test_eval_json_contract(
    sample_index: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    qa = tmp_path / "qa.jsonl"
    qa.write_text(
        json.dumps(
            {
                "question": "quy chế một cửa",
                "relevant_sources": ["qd-118-2022-quy-che-mot-cua.txt"],
                "relevant_idents": [],
            },
            ensure_ascii=False,
        )
        + "\n"
        + json.dumps({"question": "x", "relevant_sources": [], "relevant_idents": ["9/QĐ-X"]})
        + "\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    code, out, _ = run(capsys, "eval", str(qa), "--json")
    data = json.loads(out)
    assert code == 0
    assert {"n", "hit@1", "hit@5", "hit@10", "mrr@10", "per_question"} <= set(data)
    assert data["n"] == 2
    assert data["per_question"][0]["rank"] is not None
    assert data["per_question"][1]["rank"] is None


def test_search_without_index_says_what_to_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ASSISTANT_INDEX", str(tmp_path / "nothing"))
    code, _, err = run(capsys, "search", "cải cách")
    assert code == 1
    assert "assistant ingest" in err


def test_ingest_of_a_missing_path_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "ingest", "/no/such/folder")
    assert code == 1
    assert "no such file or folder" in err


def test_ingest_reports_bad_files_and_keeps_going(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "docs"
    corpus.mkdir()
    shutil.copy(REPO / "corpus" / "qd-118-2022-quy-che-mot-cua.txt", corpus)
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    code, out, err = run(capsys, "ingest", str(corpus), "--json")
    assert code == 0
    assert json.loads(out)["added"] == 1
    assert "broken.pdf" in err
    assert "re-export" in err


def test_help_is_fast_and_lists_commands() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", "--help"], capture_output=True, text=True, check=True
    )
    for command in ("ingest", "cite", "check", "search", "eval", "serve"):
        assert command in proc.stdout
    probe = subprocess.run(
        [sys.executable, "-c", "import sys, assistant.cli; print('chromadb' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip() == "False"
