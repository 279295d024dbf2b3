"""Automatic list numbers of Word 97–2003 ``.doc`` files: real files saved by LibreOffice
from DOCX numbered by Word's lists (``scripts/make_doc_list_fixtures.py``; committed, CI has
no LibreOffice) read as their DOCX reads; and list tables built here byte by byte for what
LibreOffice does not write (legal-style numbers, two LFOs over one list, start-at and
whole-level overrides, levels that do not restart, based-on style loops) and for damaged
ones, which give the text without its numbers."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import olefile
import pytest
from builders import fixture_script

from assistant.ingest import load_document, word97, word97_lists
from assistant.ingest.chunk import chunk_document

DATA = Path(__file__).parent / "data"
_PLF_LST, _PLF_LFO, _STSHF = 73, 74, 1
# sprmPIlfo, sprmPIlvl with their operands
ILFO = lambda n: struct.pack("<Hh", 0x460B, n)  # noqa: E731
ILVL = lambda n: struct.pack("<HB", 0x260A, n)  # noqa: E731


def load(path: Path):  # type: ignore[no-untyped-def]
    return load_document(path, root=path.parent)


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


def _fib_pair(stream: bytes, index: int) -> tuple[int, int, int]:
    """The FIB's (fc, lcb) pair ``index`` and where it is in the WordDocument stream."""
    csw = struct.unpack_from("<H", stream, 32)[0]
    fib_rg_lw = 34 + 2 * csw
    cslw = struct.unpack_from("<H", stream, fib_rg_lw)[0]
    at = fib_rg_lw + 2 + 4 * cslw + 2 + 8 * index
    fc, lcb = struct.unpack_from("<II", stream, at)
    return fc, lcb, at


def _streams(path: Path) -> tuple[str, bytes, bytes]:
    with olefile.OleFileIO(str(path)) as ole:
        stream = ole.openstream("WordDocument").read()
        name = "1Table" if struct.unpack_from("<H", stream, 0x0A)[0] & 0x0200 else "0Table"
        return name, stream, ole.openstream(name).read()


def _rewritten(tmp_path: Path, name: str, stream: bytes, table: bytes, table_name: str) -> Path:
    path = tmp_path / name
    shutil.copy(DATA / name, path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        ole.write_stream("WordDocument", stream)
        ole.write_stream(table_name, table)
    return path


def test_articles_khoan_and_diem_numbered_by_word_read_as_the_docx(tmp_path: Path) -> None:
    """"Điều 1." … "Điều 4." (the last two by a style based on a numbered one), khoản
    restarting under each article, điểm "a)", the list going on after a table and into a
    table cell: the .doc reads as the DOCX it was saved from, and its articles are found."""
    docx_path = tmp_path / "articles.docx"
    fixture_script("make_doc_list_fixtures").articles(docx_path)
    doc, docx = load(DATA / "articles.doc"), load(docx_path)
    assert doc.text == docx.text
    assert doc.identity == docx.identity
    assert doc.identity.ident == "57/QĐ-SNV"
    lines = _lines(doc.text)
    for line in [
        "Điều 1. Phạm vi điều chỉnh",
        "2. Hồ sơ được tiếp nhận:",
        "b) qua dịch vụ công trực tuyến.",
        "Điều 2. Thời hạn giải quyết",
        "2. Hồ sơ trễ hạn được báo cáo.",  # after the table
        "Điều 3. Trách nhiệm thi hành",  # a style based on the numbered style
        "| Các phòng thực hiện: a) tiếp nhận hồ sơ; b) trả kết quả.",  # in a cell
        "Điều 4. Hiệu lực thi hành",
        "1. Quyết định có hiệu lực từ ngày ký./.",  # khoản start again under each article
    ]:
        assert line in lines
    sections = {c.section for c in chunk_document(doc)}
    assert {"Điều 1", "Điều 2", "Điều 3", "Điều 4"} <= sections


def _legal(path: Path, tmp_path: Path) -> Path:
    """``path`` with fLegal set on the levels whose number text holds two placeholders
    after an upper-roman one, as Word writes ``w:isLgl`` (LibreOffice 7 drops it)."""
    table_name, stream, table = _streams(path)
    fc = _fib_pair(stream, _PLF_LST)[0]
    table = bytearray(table)
    count = struct.unpack_from("<h", table, fc)[0]
    at = fc + 2 + 28 * count
    for i in range(count):
        simple = table[fc + 2 + 28 * i + 26] & 1
        levels = []
        for _ in range(1 if simple else 9):
            level, after = word97_lists._lvl(bytes(table), at)
            levels.append((at, level))
            at = after
        if levels[0][1].format == "upperRoman":
            for lvlf, _ in levels[1:]:
                table[lvlf + 5] |= 0x04  # fLegal
    return _rewritten(tmp_path, path.name, stream, bytes(table), table_name)


def test_an_outline_reads_as_the_docx_roman_legal_start_at_5_and_bullets(
    tmp_path: Path,
) -> None:
    docx_path = tmp_path / "outline.docx"
    fixture_script("make_doc_list_fixtures").outline(docx_path)
    docx = load(docx_path)
    # as LibreOffice wrote it: no legal-style flag, so "I.1." as LibreOffice shows it
    assert "I.1. Công tác chỉ đạo" in _lines(load(DATA / "outline.doc").text)
    doc = load(_legal(DATA / "outline.doc", tmp_path))
    assert doc.text == docx.text
    assert _lines(doc.text)[10:] == [
        "I. KẾT QUẢ THỰC HIỆN",
        "1.1. Công tác chỉ đạo",
        "1.1.1. Ban hành kế hoạch",
        "1.1.2. Kiểm tra",
        "1.2. Cải cách thể chế",
        "5. Các nhiệm vụ còn lại:",
        "6. Số hóa hồ sơ.",
        "7. Đánh giá chỉ số.",
        "II. NHIỆM VỤ NĂM 2023",
        "(i) Rà soát thủ tục",  # followed by a space
        "A.Cấp xã",  # followed by nothing
        "B.Cấp huyện",
        "01. Danh mục kèm theo",
        "(ii) Niêm yết công khai",
        "đúng hạn;",  # bullets: no number
        "đầy đủ.",
        "I. PHỤ LỤC",  # a second instance of the outline, starting again
        "1.1. Số liệu",
        "Tài liệu mẫu hư cấu, không phải văn bản thật.",
    ]


@pytest.mark.parametrize(
    ("index", "value"),
    [
        pytest.param(_PLF_LST, (0x7FFFFFF0, 400), id="list table beyond the stream"),
        pytest.param(_PLF_LFO, (0x7FFFFFF0, 400), id="instances beyond the stream"),
        pytest.param(_STSHF, (0x7FFFFFF0, 400), id="styles beyond the stream"),
        pytest.param(_PLF_LST, "lists", id="more lists than the table holds"),
        pytest.param(_PLF_LST, "text", id="a level's number text beyond the stream"),
    ],
)
def test_a_damaged_list_table_gives_the_text_without_its_numbers(
    tmp_path: Path, index: int, value: tuple[int, int] | str
) -> None:
    table_name, stream, table = _streams(DATA / "articles.doc")
    fc, lcb, at = _fib_pair(stream, index)
    if value == "lists":
        table = table[:fc] + struct.pack("<h", 0x7FFF) + table[fc + 2 :]
    elif value == "text":  # the first level's number text (after its LVLF) said huge
        at = fc + lcb + 28 + table[fc + lcb + 24] + table[fc + lcb + 25]
        table = table[:at] + b"\xff\xff" + table[at + 2 :]
    else:
        stream = stream[:at] + struct.pack("<II", *value) + stream[at + 8 :]
    text = load(_rewritten(tmp_path, "articles.doc", stream, table, table_name)).text
    assert "Phạm vi điều chỉnh" in text
    assert "Điều 1." not in text


# --- list tables built byte by byte --------------------------------------------------


def _level(text: str, nfc: int = 0, *, start: int = 1, flags: int = 0, follow: int = 0,
           restart_lim: int = 0) -> bytes:  # fmt: skip
    """An LVL: its LVLF, no grpprls, its number text (characters 0–8: level placeholders)."""
    nums = bytes(i + 1 for i, c in enumerate(text) if ord(c) < 9).ljust(9, b"\0")
    lvlf = struct.pack(
        "<iBB9sBiiBBBB", start, nfc, flags, nums, follow, 0, 0, 0, 0, restart_lim, 0
    )
    return lvlf + struct.pack("<H", len(text)) + text.encode("utf-16-le")


def _levels(*given: bytes) -> list[bytes]:
    """Nine levels: those given, then decimal ones."""
    return [*given, *(_level(f"{chr(n)}.") for n in range(len(given), 9))]


def _lfolvl(level: int, start: int | None = None, lvl: bytes | None = None) -> bytes:
    flags = level | (0x10 if start is not None else 0) | (0x20 if lvl is not None else 0)
    return struct.pack("<iI", start or 0, flags) + (lvl or b"")


def _table(
    lists: dict[int, list[bytes]],
    instances: list[tuple[int, list[bytes]]],
    styles: list[tuple[int, bytes]] | None = None,
) -> tuple[bytes, tuple[int, int], tuple[int, int], tuple[int, int]]:
    """A table stream holding a PlfLst (and its LVLs), a PlfLfo and an STSH of paragraph
    styles (istdBase, grpprl); and the (fc, lcb) of each."""
    lst = struct.pack("<h", len(lists))
    for list_id, levels in lists.items():
        lst += struct.pack("<ii18sBB", list_id, 0, b"\xff\x0f" * 9, len(levels) == 1, 0)
    lvls = b"".join(b"".join(levels) for levels in lists.values())
    lfo = struct.pack("<i", len(instances))
    for list_id, overrides in instances:
        lfo += struct.pack("<iiiBBBB", list_id, 0, 0, len(overrides), 0, 0, 0)
    for _, overrides in instances:
        lfo += struct.pack("<I", 0) + b"".join(overrides)
    stshi = struct.pack("<HHHHHH6s", len(styles or []), 18, 0, 0, 0, 0, b"")
    stsh = struct.pack("<H", len(stshi)) + stshi
    for base, grpprl in styles or []:
        stdf = struct.pack("<HHHHH", 0, 1 | (base << 4), 0, 0, 0) + bytes(8)
        name = struct.pack("<H", 1) + "S".encode("utf-16-le") + b"\0\0"
        papx = b"\0\0" + grpprl
        upx = struct.pack("<H", len(papx)) + papx + b"\0" * (len(papx) & 1)
        std = stdf + name + upx + struct.pack("<H", 0)
        stsh += struct.pack("<H", len(std)) + std
    table = lst + lvls + lfo + stsh
    return (
        table,
        (0, len(lst)),
        (len(lst) + len(lvls), len(lfo)),
        (len(lst) + len(lvls) + len(lfo), len(stsh)),
    )


def _labels(
    lists: dict[int, list[bytes]],
    instances: list[tuple[int, list[bytes]]],
    paragraphs: list[tuple[int, bytes]],
    styles: list[tuple[int, bytes]] | None = None,
) -> list[str]:
    """The labels of ``paragraphs`` (their istd and own grpprl) over the tables given."""
    table, lst, lfo, stsh = _table(lists, instances, styles)
    numbering = word97_lists.Numbering(table, lst, lfo, stsh, word97._list_props)
    return numbering.labels((istd, word97._list_props(g)) for istd, g in paragraphs)


ARTICLES = _levels(_level("Điều \x00."), _level("\x01."), _level("\x02)", 4))


def test_two_instances_of_one_list_go_on_and_a_start_override_starts_it_again() -> None:
    labels = _labels(
        {7: ARTICLES},
        [(7, []), (7, []), (7, [_lfolvl(0, start=1)])],
        [(0, ILFO(1)), (0, ILFO(1) + ILVL(1)), (0, ILFO(2)), (0, ILFO(3)), (0, ILFO(3))],
    )
    assert labels == ["Điều 1. ", "1. ", "Điều 2. ", "Điều 1. ", "Điều 2. "]


def test_a_whole_level_override_writes_that_level_its_own_way() -> None:
    labels = _labels(
        {7: ARTICLES},
        [(7, [_lfolvl(1, start=3, lvl=_level("Khoản \x01:", start=3))])],
        [(0, ILFO(1)), (0, ILFO(1) + ILVL(1)), (0, ILFO(1) + ILVL(1))],
    )
    assert labels == ["Điều 1. ", "Khoản 3: ", "Khoản 4: "]


def test_a_level_that_does_not_restart_below_its_limit() -> None:
    """fNoRestart with ilvlRestartLim 1: level 2 restarts after level 0, not level 1."""
    levels = _levels(
        _level("\x00."), _level("\x00.\x01."), _level("(\x02)", flags=0x08, restart_lim=1)
    )
    labels = _labels(
        {3: levels},
        [(3, [])],
        [(0, ILFO(1) + ILVL(n)) for n in (0, 2, 1, 2, 0, 2)],
    )
    assert labels == ["1. ", "(1) ", "1.1. ", "(2) ", "2. ", "(1) "]


@pytest.mark.parametrize(
    ("nfc", "flags", "follow", "label"),
    [
        (0, 0, 0, "III.2. "),
        (1, 0, 0, "III.II. "),
        (2, 0, 0, "III.ii. "),
        (3, 0, 0, "III.B. "),
        (4, 0, 1, "III.b. "),
        (22, 0, 0, "III.02. "),
        (0, 0x04, 0, "3.2. "),  # fLegal: the other levels' numbers in decimals
        (1, 0x04, 0, "3.II. "),  # (its own in its format)
        (0, 0, 2, "III.2."),  # followed by nothing
        (23, 0, 0, ""),  # a bullet is no number
    ],
)
def test_number_formats_legal_numbers_and_what_follows(
    nfc: int, flags: int, follow: int, label: str
) -> None:
    levels = _levels(_level("\x00.", 1), _level("\x00.\x01.", nfc, flags=flags, follow=follow))
    paragraphs = [(0, ILFO(1))] * 3 + [(0, ILFO(1) + ILVL(1))] * 2
    assert _labels({9: levels}, [(9, [])], paragraphs)[-1] == label


def test_a_style_numbers_its_paragraphs_through_the_styles_it_is_based_on() -> None:
    """Style 1 is numbered; 2 is based on 1, 3 on 2 (its level its own); a paragraph can
    take the list away (0xF801) or keep it with a negative ilfo."""
    styles = [(0x0FFF, b""), (0, ILFO(1)), (1, b""), (2, ILVL(1))]
    paragraphs = [(1, b""), (3, b""), (2, b""), (2, ILFO(-2047)), (2, ILFO(-1)), (0, b"")]
    labels = _labels({7: ARTICLES}, [(7, [])], paragraphs, styles)
    assert labels == ["Điều 1. ", "1. ", "Điều 2. ", "", "Điều 3. ", ""]


def test_a_loop_of_based_on_styles_ends_and_a_long_chain_takes_no_recursion() -> None:
    loop = [(1, b""), (2, b""), (0, b"")]
    assert _labels({7: ARTICLES}, [(7, [])], [(0, b""), (0, ILFO(1))], loop) == [
        "",
        "Điều 1. ",
    ]
    chain = [(0x0FFF, ILFO(1)), *((n, b"") for n in range(4000))]  # istd: 12 bits
    assert _labels({7: ARTICLES}, [(7, [])], [(4000, b"")], chain) == ["Điều 1. "]


def test_many_numbered_paragraphs_are_counted_in_one_pass() -> None:
    paragraphs = [(0, ILFO(1))] * 50_000
    assert _labels({7: ARTICLES}, [(7, [])], paragraphs)[-1] == "Điều 50000. "


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param(ILFO(5), id="an instance the file has not"),
        pytest.param(ILFO(2), id="an instance of a list the file has not"),
        pytest.param(ILFO(1) + ILVL(3), id="a level a simple list has not"),
    ],
)
def test_a_paragraph_naming_what_is_not_there_has_no_number(paragraph: bytes) -> None:
    simple = {7: [_level("\x00.")]}
    assert _labels(simple, [(7, []), (8, [])], [(0, paragraph)]) == [""]
