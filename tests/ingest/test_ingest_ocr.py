"""OCR of scans: image-only PDFs, mixed PDFs and PNG uploads, made here from rendered text.

Pages are drawn with Pillow in DejaVu Sans at 200-300 dpi (some with noise and a
slight skew) and saved as image-only PDFs, as a scanner makes them. Tests that run
Tesseract skip where it or its Vietnamese model is missing; the missing-Tesseract
tests need neither.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from builders import FONT
from builders import render_page as render
from fpdf import FPDF
from PIL import Image, ImageDraw

from assistant.citations import extract
from assistant.config import Settings
from assistant.errors import LoadError
from assistant.ingest import chunk_document, load_document
from assistant.ingest.ocr import OcrOptions, parse_tsv, repair_ocr_digits
from assistant.models import Document
from assistant.retrieval.indexer import Indexer


def _tesseract_vie() -> str | None:
    """Why OCR tests cannot run here, or None when they can."""
    if shutil.which("tesseract") is None:
        return "tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-vie"
    out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True)
    if "vie" not in out.stdout.split():
        return "Tesseract has no Vietnamese model: apt-get install tesseract-ocr-vie"
    if not FONT.is_file():
        return f"no DejaVu font at {FONT}: apt-get install fonts-dejavu-core"
    return None


_SKIP = _tesseract_vie()
needs_tesseract = pytest.mark.skipif(_SKIP is not None, reason=_SKIP or "")

HEADER = [
    "ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "TỈNH KHÁNH HÒA                    Độc lập - Tự do - Hạnh phúc",
    "Số: 1753/QĐ-UBND",
    "Khánh Hòa, ngày 28 tháng 6 năm 2021",
    "QUYẾT ĐỊNH",
    "Về việc sắp xếp cơ cấu tổ chức Sở Khoa học và Công nghệ",
    "Căn cứ Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ;",
    "Căn cứ Quyết định số 1908/QĐ-UBND ngày 08/7/2021 của UBND tỉnh;",
]
BODY = [
    "Điều 1. Thực hiện Kế hoạch số 4806/KH-UBND ngày 12/10/2021 về",
    "kiểm tra công tác cải cách hành chính năm 2021.",
    "Điều 2. Sở Nội vụ có Công văn số 2320/SNV-TCBC-CCVC ngày 23/9/2021",
    "hướng dẫn thực hiện.",
]
# Every citation on the pages, with its date: recovered exactly from clean scans.
CITED = {
    ("107/2020/NĐ-CP", "2020-09-14"),
    ("1908/QĐ-UBND", "2021-07-08"),
    ("4806/KH-UBND", "2021-10-12"),
    ("2320/SNV-TCBC-CCVC", "2021-09-23"),
}


def image_pdf(path: Path, pages: list[Image.Image], dpi: int = 300) -> Path:
    """An image-only PDF: one page per image, no text layer."""
    pages[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    return path


@pytest.fixture(scope="module")
def clean_scan(tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, list[tuple]]:
    """A two-page clean 300 dpi scan, loaded once, with the progress calls it made."""
    if _SKIP:
        pytest.skip(_SKIP)
    path = image_pdf(
        tmp_path_factory.mktemp("scan") / "qd-1753.pdf", [render(HEADER), render(BODY)]
    )
    calls: list[tuple] = []
    options = OcrOptions(progress=lambda *a: calls.append(a))
    return load_document(path, root=path.parent, ocr=options), calls


# --- pure parts: no Tesseract needed ----------------------------------------------------


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        ("Số: l753/QĐ-UBND", "Số: 1753/QĐ-UBND"),
        ("ngày 28/6/2O21", "ngày 28/6/2021"),
        ("số I908/QĐ-UBND", "số 1908/QĐ-UBND"),
        ("năm 2021", "năm 2021"),
        ("Mục I/2021", "Mục I/2021"),  # one digit: a roman numeral stays
        ("lOl và Ông", "lOl và Ông"),  # no digits: words stay
        ("Bl5 abc12O", "Bl5 abc12O"),  # touching letters: left as read
    ],
)
def test_repair_ocr_digits(read: str, expected: str) -> None:
    assert repair_ocr_digits(read) == expected
    assert len(repair_ocr_digits(read)) == len(read)


def test_parse_tsv_rebuilds_lines_and_mean_confidence() -> None:
    head = "\t".join(
        [
            "level",
            "page_num",
            "block_num",
            "par_num",
            "line_num",
            "word_num",
            "left",
            "top",
            "width",
            "height",
            "conf",
            "text",
        ]
    )
    rows = [
        "5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t90\tSố:",
        "5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t80\t1753/QĐ-UBND",
        "5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t70\tKhánh",
        "4\t1\t1\t1\t2\t0\t0\t0\t1\t1\t-1\t",
        "5\t1\t2\t1\t1\t1\t0\t0\t1\t1\t60\tQUYẾT",
    ]
    page = parse_tsv("\n".join([head, *rows]))
    assert page.text == "Số: 1753/QĐ-UBND\nKhánh\n\nQUYẾT"
    assert page.confidence == 75.0


def test_settings_name_the_tesseract_command() -> None:
    assert Settings().tesseract == "tesseract"
    assert Settings.from_env({"ASSISTANT_TESSERACT": "/opt/t/tesseract"}).tesseract == (
        "/opt/t/tesseract"
    )
    assert "ASSISTANT_TESSERACT" in Settings().describe()


# --- clean scans: numbers and dates exactly -----------------------------------------------


@needs_tesseract
def test_scanned_pdf_header_identity_is_read(clean_scan: tuple[Document, list]) -> None:
    doc, _ = clean_scan
    assert doc.identity.ident == "1753/QĐ-UBND"
    assert doc.identity.date == "2021-06-28"
    assert doc.identity.kind == "Quyết định"
    assert doc.identity.subject is not None
    assert doc.identity.subject.startswith("sắp xếp cơ cấu tổ chức Sở Khoa học")


@needs_tesseract
def test_scanned_pdf_numbers_and_dates_are_recovered_exactly(
    clean_scan: tuple[Document, list],
) -> None:
    doc, _ = clean_scan
    found = {(c.ident, c.date) for c in extract(doc.text) if c.date}
    assert found >= CITED


@needs_tesseract
def test_scanned_pdf_is_marked_as_read_by_ocr(clean_scan: tuple[Document, list]) -> None:
    doc, _ = clean_scan
    assert doc.ocr_pages == (1, 2)
    assert doc.ocr_confidence is not None
    assert doc.ocr_confidence > 80
    assert any("read by OCR" in n for n in doc.notes)
    chunks = chunk_document(doc)
    assert chunks
    assert all(c.ocr and c.ocr_confidence for c in chunks)
    assert doc.text[doc.page_starts[1] :].startswith("Điều 1.")


@needs_tesseract
def test_progress_is_reported_per_page(clean_scan: tuple[Document, list]) -> None:
    _, calls = clean_scan
    assert [c[:2] for c in calls] == [(1, 2), (2, 2)]
    assert calls[-1][2] == "OCR trang 2/2: qd-1753.pdf"


@needs_tesseract
def test_noisy_skewed_200dpi_scan_keeps_the_header(tmp_path: Path) -> None:
    page = render(HEADER, dpi=200, noise=0.002, skew=0.6, seed=3)
    path = image_pdf(tmp_path / "noisy.pdf", [page], dpi=200)
    doc = load_document(path, root=tmp_path)
    assert doc.ocr_pages == (1,)
    assert doc.identity.ident == "1753/QĐ-UBND"
    assert doc.identity.date == "2021-06-28"


# --- mixed PDFs and image uploads ------------------------------------------------------------


def mixed_pdf(tmp_path: Path) -> Path:
    """Page 1 typed (fpdf2, a text layer), page 2 a 300 dpi scan of the body."""
    scan = tmp_path / "body.png"
    render(BODY).save(scan, dpi=(300, 300))
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, "\n".join(HEADER[2:]))
    pdf.add_page()
    pdf.image(str(scan), x=0, y=0, w=210)
    path = tmp_path / "mixed.pdf"
    pdf.output(str(path))
    return path


@needs_tesseract
def test_mixed_pdf_ocrs_only_the_scanned_page(tmp_path: Path) -> None:
    calls: list[tuple] = []
    path = mixed_pdf(tmp_path)
    doc = load_document(path, root=tmp_path, ocr=OcrOptions(progress=lambda *a: calls.append(a)))
    assert doc.ocr_pages == (2,)
    assert [c[:2] for c in calls] == [(1, 1)]
    assert doc.identity.ident == "1753/QĐ-UBND"
    body = doc.text[doc.page_starts[1] :]
    assert {(c.ident, c.date) for c in extract(body)} >= {
        ("4806/KH-UBND", "2021-10-12"),
        ("2320/SNV-TCBC-CCVC", "2021-09-23"),
    }
    chunks = chunk_document(doc)
    assert {c.ocr for c in chunks if c.page_end == 1} == {False}
    assert {c.ocr for c in chunks if c.page_start == 2} == {True}


@needs_tesseract
def test_png_upload_ingests(tmp_path: Path) -> None:
    path = tmp_path / "cong-van.png"
    render(HEADER).save(path, dpi=(300, 300))
    doc = load_document(path, root=tmp_path)
    assert doc.encoding == "ocr"
    assert doc.ocr_pages == (1,)
    assert doc.identity.ident == "1753/QĐ-UBND"
    assert doc.identity.date == "2021-06-28"


@needs_tesseract
def test_blank_image_says_ocr_found_nothing(tmp_path: Path) -> None:
    path = tmp_path / "blank.png"
    Image.new("L", (600, 400), 255).save(path)
    with pytest.raises(LoadError, match="OCR found no text"):
        load_document(path, root=tmp_path)


def test_unreadable_image_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    with pytest.raises(LoadError, match="not a readable image"):
        load_document(path, root=tmp_path, ocr=OcrOptions(command="true"))


# --- Tesseract missing -------------------------------------------------------------------------

MISSING = "apt-get install tesseract-ocr tesseract-ocr-vie"


def test_missing_tesseract_names_the_packages(tmp_path: Path) -> None:
    page = Image.new("L", (400, 300), 255)
    ImageDraw.Draw(page).rectangle((50, 50, 300, 80), fill=0)
    path = image_pdf(tmp_path / "scan.pdf", [page])
    with pytest.raises(LoadError, match="needs OCR") as err:
        load_document(path, root=tmp_path, ocr=OcrOptions(command="/nonexistent/tesseract"))
    assert MISSING in str(err.value)
    png = tmp_path / "scan.png"
    page.save(png)
    with pytest.raises(LoadError, match="needs OCR") as err:
        load_document(png, root=tmp_path, ocr=OcrOptions(command="/nonexistent/tesseract"))
    assert MISSING in str(err.value)


def test_mixed_pdf_without_tesseract_keeps_its_text_pages(tmp_path: Path) -> None:
    if not FONT.is_file():
        pytest.skip(f"no DejaVu font at {FONT}")
    doc = load_document(
        mixed_pdf(tmp_path), root=tmp_path, ocr=OcrOptions(command="/nonexistent/tesseract")
    )
    assert doc.identity.ident == "1753/QĐ-UBND"
    assert doc.ocr_pages == ()
    assert any("pages 2 have no text layer" in n and MISSING in n for n in doc.notes)


def test_folder_with_a_scan_and_no_tesseract_ingests_the_rest(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASSISTANT_TESSERACT", "/nonexistent")
    settings = Settings.from_env(corpus=settings.corpus, index=settings.index)
    assert settings.tesseract == "/nonexistent"
    corpus = Path(settings.corpus)
    page = Image.new("L", (400, 300), 255)
    ImageDraw.Draw(page).rectangle((50, 50, 300, 80), fill=0)
    image_pdf(corpus / "scan.pdf", [page])
    (corpus / "ke-hoach.txt").write_text(
        "Số: 28/KH-SKHCN\nHòa An, ngày 08 tháng 01 năm 2023\nKẾ HOẠCH\nCải cách hành chính\n"
        "I. MỤC ĐÍCH\nThực hiện Quyết định số 15/QĐ-UBND ngày 05/01/2023.\n",
        encoding="utf-8",
    )
    report = Indexer(settings).ingest([corpus])
    assert [Path(s).name for s in report.added] == ["ke-hoach.txt"]
    [failed] = report.failed
    assert Path(failed["source"]).name == "scan.pdf"
    assert "/nonexistent" in failed["error"]
    assert MISSING in failed["error"]


@needs_tesseract
def test_ingest_progress_with_scans_between_files_never_goes_back(settings: Settings) -> None:
    """Files wait to be embedded together; two scans' page progress comes between them."""
    corpus = Path(settings.corpus)
    text = "Số: {n}/KH-SKHCN\nHòa An, ngày 08 tháng 01 năm 2023\nKẾ HOẠCH\nCải cách hành chính\n"
    for name in ("a.txt", "c.txt", "e.txt"):
        (corpus / name).write_text(text.format(n=len(name) + ord(name[0])), encoding="utf-8")
    image_pdf(corpus / "b.pdf", [render(HEADER), render(BODY)])
    image_pdf(corpus / "d.pdf", [render(BODY), render(HEADER)])
    steps: list[tuple[float, str]] = []
    report = Indexer(settings).ingest([corpus], progress=lambda f, m: steps.append((f, m)))
    assert len(report.added) == 5
    fractions = [f for f, _ in steps]
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    names = {"a.txt", "b.pdf", "c.txt", "d.pdf", "e.txt"}
    assert [m for _, m in steps if m in names] == sorted(names)  # each file once, in order
    assert len(steps) > len(names)  # and the scans' pages between them
