"""Citations read by OCR: marked, and a number one character off is the likely same document.

Pure: the OCR-read stretches are given as ``(start, end, confidence)``, as
``Document.ocr_spans()`` gives them for a scan.
"""

from __future__ import annotations

import pytest

from assistant.citations import Registry, check, extract, format_report
from assistant.citations.records import mark_ocr
from assistant.ingest.header import parse_header

TYPED = (
    "Căn cứ Quyết định số 1753/QĐ-UBND ngày 28/6/2021 của UBND tỉnh về việc sắp xếp "
    "cơ cấu tổ chức Sở Khoa học và Công nghệ."
)
SCANNED_HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 1735/QĐ-UBND\nKhánh Hòa, ngày 28 tháng 6 năm 2021\n"
    "QUYẾT ĐỊNH\nVề việc sắp xếp cơ cấu tổ chức Sở Khoa học và Công nghệ"
)


def whole(text: str, confidence: float = 86.0) -> list[tuple[int, int, float | None]]:
    """The whole text read by OCR."""
    return [(0, len(text), confidence)]


@pytest.fixture
def typed_archive() -> Registry:
    """An archive that knows 1753/QĐ-UBND from a typed report."""
    registry = Registry()
    registry.add_text("bao-cao.txt", TYPED, identity=None)
    return registry


@pytest.fixture
def scanned_archive() -> Registry:
    """An archive whose only copy of the decision is a scan whose number OCR misread."""
    registry = Registry()
    registry.add_text(
        "scan/qd.pdf",
        SCANNED_HEADER,
        identity=parse_header(SCANNED_HEADER),
        ocr=whole(SCANNED_HEADER, 91.0),
    )
    return registry


def test_mark_ocr_flags_only_citations_inside_the_spans() -> None:
    text = TYPED + "\n\n" + "Theo Kế hoạch số 4806/KH-UBND ngày 12/10/2021."
    scan_start = len(TYPED) + 2
    marked = mark_ocr(extract(text), [(scan_start, len(text), 77.5)])
    assert [(c.ident, c.ocr, c.ocr_confidence) for c in marked] == [
        ("1753/QĐ-UBND", False, None),
        ("4806/KH-UBND", True, 77.5),
    ]
    assert marked[1].to_json()["ocr"] is True


def test_registry_keeps_which_mentions_were_read_by_ocr(scanned_archive: Registry) -> None:
    draft = "Thực hiện Kế hoạch số 4806/KH-UBND ngày 12/10/2021."
    scanned_archive.add_text("scan/kh.pdf", draft, identity=None, ocr=whole(draft, 80.0))
    [entry] = scanned_archive.lookup("4806/KH-UBND")
    assert entry.ocr
    assert entry.mentions[0].ocr
    assert entry.ocr_confidence == 80.0
    [own] = scanned_archive.lookup("1735/QĐ-UBND")
    assert own.ocr
    assert own.evidence()["ocr"] is True
    again = Registry.from_dict(scanned_archive.to_dict())
    assert again.lookup("4806/KH-UBND")[0].mentions[0].ocr


@pytest.mark.parametrize(
    ("read", "status", "says"),
    [
        # Transposed digits: not found, but the suggestion names the archive document.
        ("Quyết định số 1735/QĐ-UBND ngày 28/6/2021", "not_found", "likely 1753/QĐ-UBND"),
        # One digit misread (3 for 8).
        ("Quyết định số 1758/QĐ-UBND ngày 28/6/2021", "not_found", "likely 1753/QĐ-UBND"),
        # A look-alike letter in the symbol (8 for B): the same number, spelled otherwise.
        ("Quyết định số 1753/QĐ-U8ND ngày 28/6/2021", "symbol_variant", "spells it 1753/QĐ-UBND"),
        # Ð (U+00D0) for Đ: normalised away, the same document.
        ("Quyết định số 1753/QÐ-UBND ngày 28/6/2021", "verified", None),
    ],
)
def test_ocr_read_citation_one_character_off_is_the_likely_same_document(
    typed_archive: Registry, read: str, status: str, says: str | None
) -> None:
    [finding] = check(read, typed_archive, ocr=whole(read)).findings
    assert finding.status == status
    assert finding.expected is not None
    assert finding.expected["ident"] == "1753/QĐ-UBND"
    assert finding.ocr is True
    assert finding.ocr_confidence == 86.0
    assert finding.to_json()["ocr"] is True
    if says:
        assert finding.suggestion is not None
        assert says in finding.suggestion
        assert "read by OCR" in finding.suggestion
    assert "(read by OCR, confidence 86)" in format_report(
        read, check(read, typed_archive, ocr=whole(read))
    )


def test_typed_citation_keeps_the_usual_wording(typed_archive: Registry) -> None:
    read = "Quyết định số 1735/QĐ-UBND ngày 28/6/2021"
    [finding] = check(read, typed_archive).findings
    assert finding.status == "not_found"
    assert finding.ocr is False
    assert finding.to_json()["ocr"] is False
    assert finding.suggestion == (
        "no 1735/QĐ-UBND; did you mean 1753/QĐ-UBND dated 2021-06-28 (digits transposed)?"
    )
    assert "OCR" not in format_report(read, check(read, typed_archive))


def test_archive_copy_read_by_ocr_is_named_in_the_finding(scanned_archive: Registry) -> None:
    draft = "Theo Quyết định số 1753/QĐ-UBND ngày 28/6/2021 của UBND tỉnh."
    result = check(draft, scanned_archive)
    [finding] = result.findings
    assert finding.status == "not_found"
    assert finding.expected is not None
    assert finding.expected["ident"] == "1735/QĐ-UBND"
    assert finding.suggestion is not None
    assert "likely 1735/QĐ-UBND dated 2021-06-28" in finding.suggestion
    assert "the archive's copy (scan/qd.pdf (header)) was read by OCR" in finding.suggestion
    data = finding.to_json()
    assert data["ocr"] is True
    assert data["evidence"]["ocr"] is True
    assert data["ocr_confidence"] == 91.0
    report = format_report(draft, result)
    assert "archive: header (read by OCR, confidence 91)" in report


def test_verified_against_a_scan_still_says_so() -> None:
    registry = Registry()
    text = "Thực hiện Kế hoạch số 4806/KH-UBND ngày 12/10/2021 của UBND tỉnh."
    registry.add_text("scan/kh.pdf", text, identity=None, ocr=whole(text, 70.0))
    draft = "Theo Kế hoạch số 4806/KH-UBND ngày 12/10/2021."
    [finding] = check(draft, registry).findings
    assert finding.status == "verified"
    assert finding.ocr is True
    assert "(read by OCR, confidence 70)" in format_report(draft, check(draft, registry))


def test_ocr_date_mismatch_says_to_check_the_scan(typed_archive: Registry) -> None:
    read = "Quyết định số 1753/QĐ-UBND ngày 26/6/2021"
    [finding] = check(read, typed_archive, ocr=whole(read)).findings
    assert finding.status == "date_mismatch"
    assert finding.suggestion is not None
    assert "read by OCR: check the scan" in finding.suggestion


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Quyết định số 26/QĐĐĐ-SYT ngày 10/3/2025", "26/QĐ-SYT"),
        ("Quyết định số 58/QĐĐ-SYT ngày 12/5/2025", "58/QĐ-SYT"),
        ("Nghị định số 61/2018/NĐĐ-CP ngày 23/4/2018", "61/2018/NĐ-CP"),
        ("Quyết định số 9/QDD-SYT ngày 20/01/2025", "9/QĐ-SYT"),
        # a code whose letters are doubled by right is left as it is
        ("Tờ trình số 5/TTr-SYT ngày 01/02/2025", "5/TTr-SYT"),
    ],
)
def test_a_d_that_ocr_read_twice_in_a_code_is_read_once(text: str, ident: str) -> None:
    """OCR sees the bar of a stamped or bold "Đ" as another letter: "26/QĐĐĐ-SYT" is the
    decision 26/QĐ-SYT, noted as read so."""
    (citation,) = extract(text)
    assert citation.ident == ident
    assert bool(citation.notes) == (ident != "5/TTr-SYT")
