"""``assistant status`` and ``assistant check --as-of`` on a real on-disk index.

Two decisions, the later replacing the earlier from its stated effective date: ingest
stores each file's claims, the CLI reads them, a draft's replaced citation becomes a
warning as of the draft's own date, and removing the replacing file restores the document.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main

HEADER = (
    "UBND TỈNH KHÁNH HÒA\n\nSố: {ident}\n\nKhánh Hòa, ngày {day}\n\n"
    "QUYẾT ĐỊNH\nVề việc {subject}\n\n"
)
FILES = {
    "qd-1908-2021.txt": HEADER.format(
        ident="1908/QĐ-UBND", day="08 tháng 7 năm 2021", subject="quy định chức năng của Sở"
    )
    + "Điều 1. Quy định chức năng, nhiệm vụ của Sở.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n",
    "qd-2000-2022.txt": HEADER.format(
        ident="2000/QĐ-UBND", day="01 tháng 8 năm 2022", subject="quy định chức năng của Sở"
    )
    + "Điều 1. Quy định chức năng, nhiệm vụ của Sở.\n\nĐiều 2. Quyết định này có hiệu lực kể từ "
    "ngày 15/8/2022 và thay thế Quyết định số 1908/QĐ-UBND ngày 08/7/2021 của UBND tỉnh.\n",
}
DRAFT = (
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ\n\nSố: /BC-SKHCN\n\nKhánh Hòa, ngày 10 tháng 02 năm 2023\n\n"
    "BÁO CÁO\nVề việc tổ chức bộ máy\n\n"
    "Sở thực hiện chức năng theo Quyết định số 1908/QĐ-UBND ngày 08/7/2021 của UBND tỉnh.\n"
)


def build_archive(root: Path) -> Path:
    """The two decisions in ``root/corpus``, ingested into ``root/indexes`` (env set)."""
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in FILES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    assert main(["ingest", str(corpus), "--json"]) == 0
    return corpus


@pytest.fixture(scope="module")
def _built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("lives")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ASSISTANT_INDEX", str(root / "indexes"))
        mp.setenv("ASSISTANT_CORPUS", str(root / "corpus"))
        build_archive(root)
    return root


@pytest.fixture
def archive(_built: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The module's archive, read-only."""
    monkeypatch.setenv("ASSISTANT_CORPUS", str(_built / "corpus"))
    monkeypatch.setenv("ASSISTANT_INDEX", str(_built / "indexes"))
    return _built / "corpus"


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    capsys.readouterr()
    assert main(list(argv)) == 0
    data: dict = json.loads(capsys.readouterr().out)
    return data


def test_status_of_a_replaced_decision(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "status", "1908/QĐ-UBND", "--as-of", "2023-01-01", "--json")
    assert (data["ident"], data["as_of"], data["status"]) == (
        "1908/QĐ-UBND",
        "2023-01-01",
        "not_in_force",
    )
    [event] = data["events"]
    assert (event["type"], event["by"], event["date"]) == ("replaced", "2000/QĐ-UBND", "2022-08-15")
    assert event["evidence"]["source"] == "qd-2000-2022.txt"
    assert "thay thế Quyết định số 1908/QĐ-UBND" in event["evidence"]["quote"]
    assert event["evidence"]["locator"].startswith("p. 1")
    earlier = run_json(capsys, "status", "qd 1908", "--as-of", "2022-01-01", "--json")
    assert earlier["status"] == "in_force"
    unknown = run_json(capsys, "status", "4242/QĐ-UBND", "--json")
    assert unknown["status"] == "unknown"


def test_check_warns_of_a_superseded_citation(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    data = run_json(capsys, "check", str(draft), "--json")  # as of the draft's own date
    assert data["as_of"] == "2023-02-10"
    [finding] = data["findings"]
    assert finding["status"] == "superseded"
    assert finding["expected"]["ident"] == "2000/QĐ-UBND"
    assert finding["expected"]["date"] == "2022-08-01"
    assert finding["evidence"]["source"] == "qd-2000-2022.txt"
    assert "2000/QĐ-UBND" in finding["suggestion"]
    assert data["summary"]["superseded"] == 1
    before = run_json(capsys, "check", str(draft), "--as-of", "2022-08-14", "--json")
    assert before["findings"][0]["status"] == "verified"


def test_removing_the_replacing_file_restores_the_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ASSISTANT_CORPUS", str(tmp_path / "corpus"))
    corpus = build_archive(tmp_path)
    assert (
        run_json(capsys, "status", "1908/QĐ-UBND", "--as-of", "2023-01-01", "--json")["status"]
        == "not_in_force"
    )
    (corpus / "qd-2000-2022.txt").unlink()
    assert main(["ingest", str(corpus), "--json"]) == 0
    data = run_json(capsys, "status", "1908/QĐ-UBND", "--as-of", "2023-01-01", "--json")
    assert data["status"] == "in_force"
    assert data["events"] == []


def test_bad_as_of_says_how_to_write_it(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["status", "1908/QĐ-UBND", "--as-of", "next week"]) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err
