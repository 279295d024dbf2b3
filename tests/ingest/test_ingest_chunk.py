"""chunk_document: section paths, spans, the size cap, top-level boundaries."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.ingest import chunk_document, load_document, normalize_text
from assistant.ingest.sections import parse_sections
from assistant.models import Chunk, Document, Identity
from assistant.retrieval.lexical import chunk_from_record, chunk_to_record
from assistant.retrieval.texts import embedding_text

REPORT = """Số: 12/BC-SKHCN

Hòa An, ngày 12 tháng 12 năm 2023

BÁO CÁO
Kết quả cải cách hành chính năm 2023

I. CÔNG TÁC CHỈ ĐẠO

1. Ban hành kế hoạch

Sở đã ban hành Kế hoạch số 09/KH-SKHCN năm 2023. Trong đó có 12 nhiệm vụ.

2. Kiểm tra

Kiểm tra 05 phòng.

II. KẾT QUẢ

1. Cải cách thể chế

a) Rà soát văn bản

Rà soát 20 văn bản.

b) Kiểm tra văn bản

Kiểm tra 3 văn bản.
"""


def make_doc(text: str, source: str = "doc.txt", pages: tuple[int, ...] = (0,)) -> Document:
    return Document(source=source, text=normalize_text(text), page_starts=pages)


def top(section: str) -> str:
    return section.split(" > ")[0]


def assert_well_formed(doc: Document, chunks: list[Chunk], max_chars: int) -> None:
    """Spans map back onto the text, the cap holds, ids are unique and well made."""
    assert chunks
    for i, chunk in enumerate(chunks):
        assert doc.text[chunk.start : chunk.end] == chunk.text
        assert 0 < len(chunk.text) <= max_chars
        assert chunk.text == chunk.text.strip()
        assert chunk.id.startswith(f"{doc.source}#{i}:")
        assert chunk.identity == doc.identity
        assert chunk.page_start <= chunk.page_end
    assert len({c.id for c in chunks}) == len(chunks)
    assert [c.start for c in chunks] == sorted(c.start for c in chunks)


@pytest.mark.parametrize(
    ("line", "kind", "label"),
    [
        ("I. TÌNH HÌNH TRIỂN KHAI", "roman", "I"),
        ("IV. KIẾN NGHỊ, ĐỀ XUẤT", "roman", "IV"),
        ("1. Công tác chỉ đạo, điều hành", "numbered", "1"),
        ("a) Xây dựng và tổ chức thực hiện", "lettered", "a"),
        ("- a) Văn bản của cơ quan", "lettered", "a"),
        ("### Điều 5. Giá trị pháp lý", "article", "Điều 5"),
        ("Điều 12: Hiệu lực", "article", "Điều 12"),
        ("## Chương II", "chapter", "Chương II"),
        ("CHƯƠNG III", "chapter", "Chương III"),
        ("#### Mục 1", "part", "Mục 1"),
        ("1.1. Rà soát thủ tục", "numbered", "1.1"),
    ],
)
def test_headings_found(line: str, kind: str, label: str) -> None:
    if kind == "numbered" and "." in label:
        text = f"1. Mở đầu\n{line}"
        node = parse_sections(text).children[0].children[0]
    else:
        node = parse_sections(line).children[0]
    assert (node.kind, node.label) == (kind, label)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("năm 2021. Trong đó có nhiều việc", id="year"),
        pytest.param("3. Công tác khác", id="numbered-out-of-sequence"),
        pytest.param("c) Mục khác", id="lettered-out-of-sequence"),
        pytest.param("1. giá trị thấp", id="numbered-lowercase"),
        pytest.param("Theo đó I. không phải đề mục", id="roman-mid-line"),
        pytest.param("Mục tiêu của kế hoạch", id="muc-word"),
        pytest.param("Điều chỉnh kế hoạch", id="dieu-word"),
        pytest.param("1.5 triệu đồng", id="decimal"),
    ],
)
def test_near_misses_are_not_headings(text: str) -> None:
    assert parse_sections(text).children == []


def test_small_report_packs_siblings_and_keeps_paths() -> None:
    doc = make_doc(REPORT)
    chunks = chunk_document(doc, max_chars=200, overlap=20)
    assert_well_formed(doc, chunks, 200)
    assert [c.section for c in chunks] == ["", "I", "II"]
    whole = chunk_document(doc)
    assert [c.section for c in whole] == ["", "I", "II"]
    tight = chunk_document(doc, max_chars=100, overlap=10)
    assert_well_formed(doc, tight, 100)
    assert {"I > 1", "I > 2", "II > 1 > a", "II > 1 > b"} <= {c.section for c in tight}
    assert next(c for c in tight if c.section == "II > 1 > a").heading == "Rà soát văn bản"


def test_seed_report_sections(seed_report: Path) -> None:
    doc = load_document(seed_report, root=seed_report.parent)
    chunks = chunk_document(doc)
    assert_well_formed(doc, chunks, 1000)
    sections = [c.section for c in chunks]
    assert any(s.startswith("I > 1") for s in sections)
    assert "II > 3 > a" in sections
    assert "IV" in sections
    first = next(c for c in chunks if c.section.startswith("I > 1"))
    assert first.heading == "Công tác chỉ đạo, điều hành cải cách hành chính"
    assert first.text.startswith("I. TÌNH HÌNH")  # the bare roman heading rides along
    assert chunks[0].section == ""
    assert "Số: /BC-SKHCN" in chunks[0].text


def test_decree_sections(decree: Path) -> None:
    doc = load_document(decree, root=decree.parent)
    chunks = chunk_document(doc)
    assert_well_formed(doc, chunks, 1000)
    sections = {c.section for c in chunks}
    assert "Chương I > Điều 1" in sections
    assert "Chương II > Mục 1 > Điều 7" in sections
    assert any(s.startswith("Chương I > Điều 3 > ") for s in sections)
    # no chunk holds two articles
    for chunk in chunks:
        lines = [line.lstrip("# ") for line in chunk.text.split("\n")]
        assert sum(bool(re.match(r"Điều \d+\.", line)) for line in lines) <= 1, chunk.locator


@pytest.mark.parametrize("max_chars", [150, 400, 1000])
def test_no_chunk_spans_two_top_level_sections(seed_report: Path, max_chars: int) -> None:
    doc = load_document(seed_report, root=seed_report.parent)
    chunks = chunk_document(doc, max_chars=max_chars, overlap=max_chars // 10)
    assert_well_formed(doc, chunks, max_chars)
    tops = list(parse_sections(doc.text).children)
    for chunk in chunks:
        inside = [t for t in tops if t.start < chunk.end and chunk.start < t.end]
        assert len(inside) <= 1, chunk.locator


def test_long_section_is_split_with_overlap() -> None:
    sentences = " ".join(f"Câu số {i} nói về cải cách hành chính của Sở." for i in range(60))
    doc = make_doc(f"I. MỘT\n\n{sentences}\n\nII. HAI\n\nNgắn.")
    chunks = chunk_document(doc, max_chars=300, overlap=60)
    assert_well_formed(doc, chunks, 300)
    ones = [c for c in chunks if c.section == "I"]
    assert len(ones) > 3
    for a, b in itertools.pairwise(ones):
        assert b.start < a.end  # consecutive pieces of one section overlap
        assert doc.text[b.start - 2 : b.start] in (". ", "\n\n") or doc.text[b.start - 1] == " "
    assert chunks[-1].section == "II"


def test_pages_of_chunks() -> None:
    page1 = "I. MỘT\n\n" + "Nội dung trang một. " * 30
    page2 = "II. HAI\n\nNội dung trang hai."
    text = f"{page1.strip()}\n\n{page2}"
    doc = Document("p.pdf", text, page_starts=(0, text.index("II. HAI")))
    chunks = chunk_document(doc, max_chars=200, overlap=20)
    assert chunks[0].page_start == 1
    assert chunks[-1].page_start == chunks[-1].page_end == 2
    assert chunks[-1].locator == "p. 2, II"


def test_identity_and_ids_are_stable() -> None:
    doc = Document("a/b.txt", normalize_text(REPORT), identity=Identity(ident="12/BC-SKHCN"))
    first, again = chunk_document(doc), chunk_document(doc)
    assert [c.id for c in first] == [c.id for c in again]
    assert all(c.identity.ident == "12/BC-SKHCN" for c in first)
    assert first[0].id.startswith("a/b.txt#0:")


@pytest.mark.parametrize(("max_chars", "overlap"), [(50, 0), (1000, 400), (300, -1)])
def test_bad_arguments(max_chars: int, overlap: int) -> None:
    with pytest.raises(ValueError, match="max_chars"):
        chunk_document(make_doc("văn bản"), max_chars=max_chars, overlap=overlap)


_LINES = st.sampled_from(
    [
        "I. PHẦN MỘT",
        "II. PHẦN HAI",
        "1. Mục một",
        "2. Mục hai",
        "a) Điểm a",
        "b) Điểm b",
        "Điều 1. Phạm vi",
        "Chương I",
        "",
        "Câu văn ngắn.",
        "năm 2021. Trong đó",
        "Một đoạn văn dài hơn nói về cải cách hành chính và chính quyền số của Sở. " * 4,
        "x" * 260,
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINES, min_size=1, max_size=40), st.sampled_from([(120, 20), (400, 60)]))
def test_spans_map_back_and_respect_the_cap(lines: list[str], sizes: tuple[int, int]) -> None:
    doc = make_doc("\n".join(lines))
    if not doc.text:
        return
    max_chars, overlap = sizes
    chunks = chunk_document(doc, max_chars=max_chars, overlap=overlap)
    assert_well_formed(doc, chunks, max_chars)
    covered = set().union(*(range(c.start, c.end) for c in chunks))
    assert all(i in covered for i, ch in enumerate(doc.text) if not ch.isspace())


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # A lone title line (an ALQAC article file) rides with the first article.
        ("Bộ luật dân sự\n\nĐiều 1.\nPhạm vi điều chỉnh\nBộ luật này quy định …\n",
         "Bộ luật dân sự\n\nĐiều 1."),
        ("91/2015/QH13\n\nĐiều 12.\nTuổi chịu trách nhiệm hình sự\n1. Người từ đủ 16 tuổi …\n",
         "91/2015/QH13\n\nĐiều 12."),
    ],
)
def test_a_lone_title_line_joins_the_first_section(text: str, first: str) -> None:
    chunks = chunk_document(Document(source="law.txt", text=normalize_text(text)))
    assert chunks[0].text.startswith(first)
    assert chunks[0].section.startswith("Điều")
    assert "".join(c.text for c in chunks).replace("\n", "") == text.strip().replace("\n", "")


_LAW = (
    "Bộ luật dân sự\n\nĐiều 586.\nNăng lực chịu trách nhiệm bồi thường thiệt hại của cá nhân\n\n"
    + "".join(f"{i}. Khoản thứ {i} quy định về bồi thường. " + "Nội dung chi tiết. " * 12 + "\n\n"
              for i in range(1, 5))
    + "Điều 587.\nBồi thường thiệt hại do nhiều người cùng gây ra\n\nNgắn.\n"
)


def test_a_later_piece_of_an_article_carries_the_law_and_the_title() -> None:
    doc = make_doc(_LAW, "bo-luat-dan-su__dieu-586.txt")
    chunks = chunk_document(doc, max_chars=400, overlap=60)
    assert_well_formed(doc, chunks, 400)
    first, *later = [c for c in chunks if top(c.section) == "Điều 586"]
    assert later  # the article is longer than a chunk
    assert first.context == ""  # its text holds the law's name and the article's heading
    title = "Bộ luật dân sự — Điều 586. Năng lực chịu trách nhiệm bồi thường thiệt hại của cá nhân"
    for c in later:
        assert c.context == title, c.locator
        assert embedding_text(c).startswith(f"{title}\n{c.text[:20]}")
    assert embedding_text(first) == first.text  # "Điều 586." alone on its line: no heading
    assert [c.context for c in chunks if top(c.section) == "Điều 587"] == [""]


def test_only_an_article_gives_context() -> None:
    # A decision's article: the identity names the document, so no name line.
    decision = Document("qd.txt", normalize_text(
        "QUYẾT ĐỊNH\n\nĐiều 1. Phê duyệt kế hoạch\n\nNgắn.\n\nĐiều 2. Tổ chức thực hiện\n\n"
        + "".join(f"{i}. Đơn vị thứ {i} thực hiện. " + "Nhiệm vụ chi tiết. " * 12 + "\n\n"
                  for i in range(1, 4))), identity=Identity(kind="Quyết định", ident="5/QĐ-UBND"))
    chunks = chunk_document(decision, max_chars=300, overlap=60)
    later = [c for c in chunks if top(c.section) == "Điều 2" and "Điều 2." not in c.text]
    assert later
    assert {c.context for c in later} == {"Điều 2. Tổ chức thực hiện"}
    assert embedding_text(later[0]).startswith("Quyết định 5/QĐ-UBND — Điều 2. Tổ chức thực hiện\n")
    # A report's later pieces have none: its headings' titles lowered the seed tuning sets.
    text = REPORT.replace("Rà soát 20 văn bản.", "Rà soát 20 văn bản. " + "Chi tiết rà soát. " * 40)
    chunks = chunk_document(make_doc(text), max_chars=300, overlap=60)
    assert [c for c in chunks if c.section == "II > 1 > a" and "II. KẾT QUẢ" not in c.text]
    assert all(c.context == "" for c in chunks)


def test_context_survives_the_chunk_record() -> None:
    chunks = chunk_document(make_doc(_LAW), max_chars=400, overlap=60)
    assert any(c.context for c in chunks)
    assert [chunk_from_record(chunk_to_record(c)) for c in chunks] == chunks
    old = chunk_to_record(chunks[-1])
    del old["context"]  # a record written before chunks had a context
    assert chunk_from_record(old).context == ""
