"""``assistant relations FILE|- [--json]``: DESIGN.md's contract, exit codes and messages."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import cli

DECISION = """ỦY BAN NHÂN DÂN
TỈNH KHÁNH HÒA
Số: 15/2021/QĐ-UBND
Khánh Hòa, ngày 05 tháng 3 năm 2021

QUYẾT ĐỊNH
Ban hành Quy chế làm việc

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 22/2015/QĐ-UBND \
ngày 10/8/2015 của UBND tỉnh.
"""
FIELDS = {
    "type",
    "source",
    "target",
    "source_scope",
    "target_scope",
    "effective",
    "start",
    "end",
    "quote",
}


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_follows_the_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "qd.txt"
    path.write_text(DECISION, encoding="utf-8")
    code, out, _ = _run(["relations", str(path), "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["document"] == "15/2021/QĐ-UBND"
    assert all(set(r) == FIELDS for r in data["relations"])
    got = [(r["type"], r["source"], r["target"], r["effective"]) for r in data["relations"]]
    assert got == [
        (
            "based_on",
            "15/2021/QĐ-UBND",
            {"title": "Luật Tổ chức chính quyền địa phương", "date": "2015-06-19"},
            None,
        ),
        ("based_on", "15/2021/QĐ-UBND", "30/2020/NĐ-CP", None),
        ("replaces", "15/2021/QĐ-UBND", "22/2015/QĐ-UBND", "2021-03-05"),
    ]
    text = path.read_text(encoding="utf-8")
    assert all(text[r["start"] : r["end"]] == r["quote"] for r in data["relations"])


def test_standard_input_reads_the_header(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(DECISION))
    code, out, _ = _run(["relations", "-", "--json"], capsys)
    assert code == 0
    assert json.loads(out)["document"] == "15/2021/QĐ-UBND"


def test_text_without_header_acts_as_self(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Bãi bỏ Điều 9 của Quyết định số 07/2018/QĐ-UBND."
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    code, out, _ = _run(["relations", "-", "--json"], capsys)
    data = json.loads(out)
    assert code == 0
    assert data["document"] is None
    assert [(r["source"], r["target_scope"]) for r in data["relations"]] == [("self", "Điều 9")]


def test_plain_text_lists_one_relation_a_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "qd.txt"
    path.write_text(DECISION, encoding="utf-8")
    code, out, _ = _run(["relations", str(path)], capsys)
    lines = out.splitlines()
    assert code == 0
    assert len(lines) == 3
    assert lines[2].startswith("replaces\t15/2021/QĐ-UBND → 22/2015/QĐ-UBND\t-\t2021-03-05\t")


def test_missing_file_says_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["relations", str(tmp_path / "nope.txt"), "--json"], capsys)
    assert code == 1
    assert out == ""
    assert "no such file" in err
    assert "'-'" in err


def test_installed_command_runs(tmp_path: Path) -> None:
    path = tmp_path / "qd.txt"
    path.write_text(DECISION, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "relations", str(path), "--json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["relations"]) == 3
