"""Marking unverified citations in any generated text (no index: a registry of the seed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.citations import Registry
from assistant.generation.marking import check_and_mark, citation_record, vn_date


@pytest.fixture(scope="module")
def registry(seed_path: Path) -> Registry:
    reg = Registry()
    reg.add_text("seed.txt", seed_path.read_text(encoding="utf-8"), identity=None)
    return reg


def test_verified_citation_is_left_alone(registry: Registry) -> None:
    text = "Đã tham mưu ban hành Quyết định số 1753/QĐ-UBND ngày 28/6/2021."
    checked = check_and_mark(text, registry)
    assert checked.text == text
    assert [f.status for f in checked.findings] == ["verified"]
    assert [e.ident for e in checked.entries] == ["1753/QĐ-UBND"]


@pytest.mark.parametrize(
    ("text", "status", "reason"),
    [
        ("Quyết định số 1753/QĐ-UBND ngày 29/6/2021", "date_mismatch", "ghi ngày 28/6/2021"),
        ("Quyết định số 9999/QĐ-UBND ngày 01/01/2021", "not_found", "không có trong kho"),
        ("Quyết định số 137/QĐ-SKH&CN ngày 13/9/2021", "symbol_variant", "số, ký hiệu khác"),
        ("Công văn số 1037/TTr-SKH&CN ngày 09/8/2021", "kind_mismatch", "ghi là Tờ trình"),
    ],
)
def test_unverified_citation_is_marked_after_itself(
    registry: Registry, text: str, status: str, reason: str
) -> None:
    checked = check_and_mark(f"Theo {text} thì đúng.", registry)
    (finding,) = checked.findings
    assert finding.status == status
    assert checked.text[finding.start : finding.end] == text
    marker = checked.text[finding.end :].split("]")[0] + "]"
    assert marker.startswith(" ⚠[chưa xác minh: ")
    assert reason in marker


def test_finding_offsets_point_into_the_marked_text(registry: Registry) -> None:
    text = (
        "Quyết định số 9999/QĐ-UBND ngày 01/01/2021; Quyết định số 1753/QĐ-UBND ngày 29/6/2021; "
        "Quyết định số 1908/QĐ-UBND ngày 08/7/2021."
    )
    checked = check_and_mark(text, registry, language="en")
    assert [f.status for f in checked.findings] == ["not_found", "date_mismatch", "verified"]
    for f in checked.findings:
        assert checked.text[f.start : f.end].startswith("Quyết định số")
        assert f.ident in checked.text[f.start : f.end]
    assert checked.text.count("⚠[unverified: ") == 2
    # the markers hold no document number, so checking again finds the same citations
    assert len(check_and_mark(checked.text, registry).findings) == 3


def test_citation_record_says_where_the_archive_shows_it(registry: Registry) -> None:
    record = citation_record(registry.find("1753/QĐ-UBND"))
    assert record == {
        "ident": "1753/QĐ-UBND",
        "date": "2021-06-28",
        "kind": "Quyết định",
        "subject": "sắp xếp cơ cấu tổ chức Sở Khoa học và Công nghệ",
        "source": "seed.txt",
        "locator": "p. 1",
    }


@pytest.mark.parametrize(
    ("iso", "vn"),
    [
        ("2021-06-28", "28/6/2021"),
        ("2021-07-08", "08/7/2021"),
        # Nghị định 30/2020/NĐ-CP: a day below 10 and the months 1 and 2 with a leading zero
        ("2023-01-06", "06/01/2023"),
        ("2021-02-23", "23/02/2021"),
        ("2021-03-05", "05/3/2021"),
        ("2021-11", "tháng 11/2021"),
        (None, None),
    ],
)
def test_vn_date(iso: str | None, vn: str | None) -> None:
    assert vn_date(iso) == vn
