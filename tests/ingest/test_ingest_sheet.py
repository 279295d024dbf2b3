"""Excel annexes of figures: a real ``.xlsx`` made here with openpyxl and a real ``.xls``
saved from it by LibreOffice (``scripts/make_doc_fixtures.py``; committed, CI has no
LibreOffice), read a line per row with numbers as the sheet shows them; bad workbooks
refused saying what to do."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from builders import ANNEX_LINES, fixture_script

from assistant.config import Settings
from assistant.errors import LoadError
from assistant.ingest import load_document
from assistant.ingest.sheet import shown
from assistant.retrieval.indexer import Indexer

DATA = Path(__file__).parent / "data"
@pytest.fixture
def xlsx(tmp_path: Path) -> Path:
    path = tmp_path / "Phu luc 1 BC 45.xlsx"
    fixture_script("make_doc_fixtures").annex(path)
    return path


@pytest.mark.parametrize(
    ("value", "number_format", "text"),
    [
        (1234, "#,##0", "1.234"),
        (1234567.5, "#,##0.00", "1.234.567,50"),
        (0.985, "0.0%", "98,5%"),
        (0.5, "0%", "50%"),
        (98.5, "General", "98,5"),
        (12045, "General", "12045"),
        (dt.datetime(2022, 3, 7), "dd/mm/yyyy", "07/03/2022"),
        (dt.date(2022, 3, 7), "General", "07/03/2022"),
        ("  Hồ sơ\n tiếp nhận ", "General", "Hồ sơ tiếp nhận"),
        (None, "General", ""),
    ],
)
def test_a_cell_reads_as_the_sheet_shows_it(value: object, number_format: str, text: str) -> None:
    assert shown(value, number_format) == text


def test_an_xlsx_annex_is_read_row_by_row(xlsx: Path) -> None:
    doc = load_document(xlsx, root=xlsx.parent)
    assert doc.encoding == "xlsx"
    lines = doc.text.split("\n")
    assert lines[0] == "Phu luc 1"  # the sheet's name: the workbook has two to show
    assert lines[1:8] == ANNEX_LINES
    assert "Số liệu tính đến ngày | | 10/12/2022" in lines
    assert "BẢN NHÁP" not in doc.text  # a hidden sheet
    assert doc.text.endswith("Ghi chu\nSố liệu do Văn phòng Sở tổng hợp (mẫu hư cấu).")


def test_an_xls_annex_saved_by_libreoffice_reads_the_same() -> None:
    doc = load_document(DATA / "annex.xls", root=DATA)
    assert doc.encoding == "xls"
    lines = doc.text.split("\n")
    assert lines[1:8] == ANNEX_LINES
    assert "| Tổng cộng | 13335" in lines  # the formula's value, as LibreOffice saved it
    assert "BẢN NHÁP" not in doc.text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.xlsx", b"not a zip", r"is not a \.xlsx \(Excel 2007 or later\) file"),
        ("a.xls", b"\xd0\xcf\x11\xe0 broken", "is not a readable Excel workbook"),
        ("a.xls", b"plain text", "is not a readable Excel workbook"),
    ],
)
def test_bad_workbooks_are_refused_saying_what_to_do(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LoadError, match=message):
        load_document(path, root=tmp_path)


def test_an_archive_with_an_excel_annex_is_ingested(tmp_path: Path, xlsx: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / xlsx.name).write_bytes(xlsx.read_bytes())
    (corpus / "annex.xls").write_bytes((DATA / "annex.xls").read_bytes())
    report = Indexer(Settings(corpus=corpus, index=tmp_path / "indexes")).ingest([corpus])
    assert not report.failed
    assert sorted(report.added) == ["Phu luc 1 BC 45.xlsx", "annex.xls"]
