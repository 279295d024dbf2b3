"""``scripts/relayout_archive.py``: the archive re-laid out as offices lay out their files.

The Hòa An archive (``corpus/``) is re-laid into a temp folder: the same files come out, each
DOCX with its header in a borderless two-column table, each PDF with its header in two
columns, every file with the same words as its source, and the same bytes on a second run.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
sys.path.insert(0, str(REPO / "scripts"))

from relayout_archive import relayout_archive  # noqa: E402
from relayout_header import (  # noqa: E402
    QUOC_HIEU,
    Line,
    find_header,
    find_signature,
    split_columns,
)

DATE = re.compile(r"Hòa An, ngày \d+ tháng \d+ năm \d{4}")


@pytest.fixture(scope="module")
def relaid(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``corpus/`` re-laid out into a temp folder."""
    out = tmp_path_factory.mktemp("relayout") / "corpus"
    relayout_archive(CORPUS, out)
    return out


def _docx_text(path: Path) -> str:
    """A DOCX's text: paragraphs and every table cell (a merged cell once), in body order."""
    document = docx.Document(str(path))
    texts = []
    for el in document.element.body.iter(qn("w:p")):
        texts.append(Paragraph(el, document).text)
    return "\n".join(texts)


def _pdf_text(path: Path, *, numbered: bool) -> str:
    """A PDF's text; with ``numbered``, the page number atop pages 2+ left out."""
    pages = []
    for n, page in enumerate(PdfReader(path).pages):
        lines = page.extract_text().split("\n")
        if numbered and n and lines[0].strip() == str(n + 1):
            lines = lines[1:]
        pages.append("\n".join(lines))
    return "\n".join(pages)


def _words(text: str) -> Counter[str]:
    """Whitespace-split words, rule lines of "_" left out."""
    return Counter(w for w in text.split() if not re.fullmatch(r"_+", w))


def test_the_same_files_come_out(relaid: Path) -> None:
    assert sorted(p.name for p in relaid.iterdir()) == sorted(p.name for p in CORPUS.iterdir())
    for path in CORPUS.glob("*.txt"):
        assert (relaid / path.name).read_bytes() == path.read_bytes()


def test_a_docx_header_is_a_two_column_table(relaid: Path) -> None:
    for path in sorted(relaid.glob("*.docx")):
        table = docx.Document(str(path)).tables[0]
        assert len(table.columns) == 2
        left = " ".join(row.cells[0].text for row in table.rows)
        right = " ".join(row.cells[1].text for row in table.rows)
        assert "Số:" in left, path.name
        assert QUOC_HIEU in right, path.name
        borders = table._tbl.tblPr.find(qn("w:tblBorders"))
        assert borders is not None, path.name


def test_a_pdf_first_page_holds_the_number_and_date(relaid: Path) -> None:
    for path in sorted(relaid.glob("*.pdf")):
        first = PdfReader(path).pages[0].extract_text()
        assert "Số:" in first, path.name
        assert DATE.search(first), path.name


def test_every_file_keeps_its_words(relaid: Path) -> None:
    for path in sorted(CORPUS.glob("*.docx")):
        assert _words(_docx_text(relaid / path.name)) == _words(_docx_text(path)), path.name
    for path in sorted(CORPUS.glob("*.pdf")):
        before = _words(_pdf_text(path, numbered=False))
        assert _words(_pdf_text(relaid / path.name, numbered=True)) == before, path.name


def test_two_runs_give_the_same_bytes(relaid: Path, tmp_path: Path) -> None:
    relayout_archive(CORPUS, tmp_path / "again")
    for path in relaid.iterdir():
        assert (tmp_path / "again" / path.name).read_bytes() == path.read_bytes(), path.name


def _lines(text: str) -> list[Line]:
    return [Line(line, n) for n, line in enumerate(text.split("\n"))]


HEAD = (
    "(MẪU — tài liệu hư cấu)\nUBND TỈNH HÒA AN\nSỞ NỘI VỤ\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
)


QD = "Số: 12/QĐ-SNV\nHòa An, ngày 12 tháng 3 năm 2025\nQUYẾT ĐỊNH\nVề việc A"
CV = "Số: 7/SNV-VP\nHòa An, ngày 02 tháng 4 năm 2025\nV/v báo cáo\nKính gửi: Sở"
# a draft leaves the day blank
DRAFT = "Số:   /QĐ-SNV\nHòa An, ngày      tháng 3 năm 2025\nQUYẾT ĐỊNH\nVề việc B"
# two columns typed side by side on a line
SIDE = (
    "[MẪU]\nUBND TỈNH HÒA AN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "SỞ NỘI VỤ      Độc lập - Tự do - Hạnh phúc\n"
    "Số: 3/BC-SNV      Hòa An, ngày 01 tháng 6 năm 2025\nBÁO CÁO\nKết quả"
)


@pytest.mark.parametrize(
    ("text", "kind", "subject"),
    [
        (HEAD + QD, "QUYẾT ĐỊNH", ("Về việc A",)),
        (HEAD + CV, "", ("V/v báo cáo",)),
        (HEAD + DRAFT, "QUYẾT ĐỊNH", ("Về việc B",)),
        (SIDE, "BÁO CÁO", ("Kết quả",)),
    ],
)
def test_a_header_is_found(text: str, kind: str, subject: tuple[str, ...]) -> None:
    lines = [Line(part, n) for n, one in enumerate(text.split("\n")) for part in split_columns(one)]
    header = find_header(lines)
    assert not isinstance(header, str), header
    assert (header.kind, header.subject) == (kind, subject)


@pytest.mark.parametrize(
    "text",
    [
        HEAD.replace("(MẪU — tài liệu hư cấu)\n", "") + QD,  # no sample mark
        HEAD + "Bản sao lưu hành nội bộ\n" + QD,  # an odd line inside the header
        "(MẪU)\nPHỤ LỤC\n(Kèm theo Quyết định số 41/QĐ-SNV)",  # an annex
    ],
)
def test_no_header_is_found_in(text: str) -> None:
    assert isinstance(find_header(_lines(text)), str)


def test_a_drafts_mark_is_read_with_its_header() -> None:
    header = find_header(_lines(HEAD + "DỰ THẢO (lần 2)\n" + DRAFT))
    assert not isinstance(header, str), header
    assert (header.draft, header.number) == ("DỰ THẢO (lần 2)", "Số:   /QĐ-SNV")


def test_a_signature_block_before_an_annex() -> None:
    text = (
        "Điều 3. Thi hành./.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nLê Văn A\nQUY CHẾ\nĐiều 1. Phạm vi\n[MẪU]"
    )
    signature = find_signature(_lines(text), 10)
    assert signature is not None
    assert signature.recipients == ("Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.")
    assert signature.signer == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Lê Văn A")
    assert (signature.start, signature.end) == (1, 8)
