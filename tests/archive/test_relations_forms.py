"""Relation forms a commune's archive across the 2025 reform showed the grammar missing.

Each row: a text (a few lines, or a header and a body), the identity its header gives, and
the relations it states as ``(type, source, target)``; the traps state none. The sentences
are written after real reports, notices, plans and decisions of communes.
"""

from __future__ import annotations

import pytest

from assistant.archive.relation_text import blank_markup, split_scope
from assistant.archive.relations import SELF, extract_relations
from assistant.ingest.header import parse_header
from assistant.models import Identity

REPORT = Identity(ident="210/BC-UBND", number="210", code="BC", kind="Báo cáo", date="2025-12-12")
NOTICE = Identity(ident="01/TB-UBND", number="01", code="TB", kind="Thông báo", date="2025-07-01")
PLAN = Identity(ident="07/KH-UBND", number="07", code="KH", kind="Kế hoạch", date="2025-07-25")
DECISION = Identity(
    ident="12/QĐ-UBND", number="12", code="QĐ", kind="Quyết định", date="2025-02-20"
)


def _keys(text: str, identity: Identity | None = None) -> list[tuple]:
    found = extract_relations(text, identity=identity)
    return sorted(((r.type, r.source, r.target) for r in found), key=str)


FORMS = [
    # an amendment a report tells, the instrument "ban hành kèm" its decision (no "theo")
    (
        "1. Thể chế, thủ tục hành chính: Quyết định số 15/QĐ-STC ngày 05/3/2024 sửa đổi Điều 5 "
        "Quy trình nội bộ ban hành kèm Quyết định số 61/QĐ-STC; Quyết định số 1120/QĐ-UBND "
        "ngày 10/5/2024 công bố 58 thủ tục hành chính.",
        REPORT,
        [("amends", "15/QĐ-STC", "61/QĐ-STC")],
    ),
    # Y ends X, said as the ground of the ending, before or after it.
    (
        "5. Theo Quyết định số 1102/QĐ-UBND ngày 27/6/2025 của Ủy ban nhân dân tỉnh, Quyết định "
        "số 1520/QĐ-UBND ngày 15/8/2023 của Ủy ban nhân dân huyện về Quy chế phối hợp một cửa "
        "tại các xã, thị trấn hết hiệu lực kể từ ngày 01/7/2025.",
        NOTICE,
        [("terminates", "1102/QĐ-UBND", "1520/QĐ-UBND")],
    ),
    (
        "Quyết định số 1520/QĐ-UBND ngày 15/8/2023 của Ủy ban nhân dân huyện hết hiệu lực từ "
        "ngày 01/7/2025 theo Quyết định số 1102/QĐ-UBND ngày 27/6/2025 của Ủy ban nhân dân tỉnh.",
        REPORT,
        [("terminates", "1102/QĐ-UBND", "1520/QĐ-UBND")],
    ),
    # `các kế hoạch này`: the plans the sentence before names.
    (
        "6 tháng đầu năm, từng đơn vị cũ thực hiện kế hoạch của mình (Kế hoạch số 05/KH-UBND "
        "ngày 14/01/2025 của Ủy ban nhân dân xã Hòa An, Kế hoạch số 03/KH-UBND ngày 10/01/2025 "
        "của Ủy ban nhân dân thị trấn Ngã Ba). Từ tháng 7, Kế hoạch số 07/KH-UBND thay thế các "
        "kế hoạch này; xã hoàn thành 14/15 nhiệm vụ.",
        REPORT,
        [("replaces", "07/KH-UBND", "03/KH-UBND"), ("replaces", "07/KH-UBND", "05/KH-UBND")],
    ),
    # A report's `Quy chế này` is the Quy chế the sentence before names, not the report.
    (
        "Trung tâm hoạt động theo Quy chế ban hành kèm theo Quyết định số 03/QĐ-UBND ngày "
        "04/7/2025 của Ủy ban nhân dân xã. Quy chế này thay thế Quy chế của Bộ phận Tiếp nhận "
        "và Trả kết quả ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 20/02/2025.",
        REPORT,
        [("replaces", "03/QĐ-UBND", "12/QĐ-UBND")],
    ),
    # The decision of an instrument named by title, in brackets after it.
    (
        "Quy chế làm việc ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 15/7/2025 thay thế "
        "Quy chế làm việc của xã Hòa An (Quyết định số 28/QĐ-UBND ngày 05/3/2024).",
        REPORT,
        [("replaces", "12/QĐ-UBND", "28/QĐ-UBND")],
    ),
    # A plan's bare kind word speaks for it.
    (
        "I. PHẠM VI\nKế hoạch áp dụng trên toàn địa bàn xã và thay thế Kế hoạch số 05/KH-UBND "
        "ngày 14/01/2025 của Ủy ban nhân dân xã Hòa An, Kế hoạch số 03/KH-UBND ngày 10/01/2025 "
        "của Ủy ban nhân dân thị trấn Ngã Ba.",
        PLAN,
        [("replaces", "07/KH-UBND", "03/KH-UBND"), ("replaces", "07/KH-UBND", "05/KH-UBND")],
    ),
    # A preamble's last item without a main clause, before the enacting word.
    (
        "Căn cứ Quyết định số 1520/QĐ-UBND ngày 15/8/2023 của Ủy ban nhân dân huyện ban hành "
        "Quy chế phối hợp;\nThực hiện Kế hoạch số 05/KH-UBND ngày 14/01/2025 của Ủy ban nhân "
        "dân xã về cải cách hành chính năm 2025.\nQUYẾT ĐỊNH:",
        DECISION,
        [("based_on", "12/QĐ-UBND", "1520/QĐ-UBND"), ("implements", "12/QĐ-UBND", "05/KH-UBND")],
    ),
    # A lead-in clause, then another after a semicolon, then the main clause: both hold.
    (
        "Thực hiện Kế hoạch số 03/KH-UBND ngày 08/01/2024 của Ủy ban nhân dân xã về cải cách "
        "hành chính năm 2024; căn cứ Quyết định số 845/QĐ-UBND ngày 03/4/2024 của Chủ tịch Ủy "
        "ban nhân dân tỉnh công bố danh mục thủ tục hành chính, Ủy ban nhân dân xã thông báo:",
        NOTICE,
        [("based_on", "01/TB-UBND", "845/QĐ-UBND"), ("implements", "01/TB-UBND", "03/KH-UBND")],
    ),
    # A purpose after the lead-in's semicolon ("; để …"), then the main clause: the lead-in
    # holds (a small "đ" begins no sentence).
    (
        "Thực hiện Kế hoạch số 09/KH-UBND ngày 14/01/2022 của Ủy ban nhân dân huyện về cải cách "
        "hành chính năm 2022; để Bộ phận Một cửa các xã, thị trấn thống nhất cách làm với Quy "
        "chế ban hành kèm theo Quyết định số 420/QĐ-UBND ngày 28/3/2022 của Ủy ban nhân dân "
        "huyện, Phòng Nội vụ đề nghị:",
        Identity(ident="75/PNV-CCHC", number="75", code=None, kind="Công văn", date="2022-05-09"),
        [("implements", "75/PNV-CCHC", "09/KH-UBND")],
    ),
    # Procedures of a list amended and repealed in one sentence, the list's decision named
    # once after both.
    (
        "QUYẾT ĐỊNH:\nĐiều 1. Sửa đổi, bổ sung 03 thủ tục hành chính tại Mục IV Phần I (lĩnh vực "
        "du lịch) và bãi bỏ các TTHC số 3, 5 tại Phần II của Danh mục ban hành kèm theo Quyết "
        "định số 905/QĐ-UBND ngày 12/5/2022 của Chủ tịch Ủy ban nhân dân tỉnh.",
        DECISION,
        [("amends", "12/QĐ-UBND", "905/QĐ-UBND"), ("repeals", "12/QĐ-UBND", "905/QĐ-UBND")],
    ),
    # A list's part in Roman numerals, said what it holds in brackets.
    (
        "QUYẾT ĐỊNH:\nĐiều 2. Bãi bỏ Mục II Phần I (lĩnh vực gia đình, 08 thủ tục) của Danh mục "
        "ban hành kèm theo Quyết định số 640/QĐ-UBND ngày 08/4/2024 của Chủ tịch Ủy ban nhân dân "
        "tỉnh.",
        DECISION,
        [("repeals", "12/QĐ-UBND", "640/QĐ-UBND")],
    ),
    # Procedures with no document named after them: no act on one (a report's own list).
    (
        "2. Bãi bỏ 11 thủ tục hành chính lĩnh vực thi đua, khen thưởng tại Mục 6.",
        DECISION,
        [],
    ),
    # A ground's amending decree is a ground too.
    (
        "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện "
        "cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, "
        "bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ;",
        DECISION,
        [
            ("amends", "107/2021/NĐ-CP", "61/2018/NĐ-CP"),
            ("based_on", "12/QĐ-UBND", "107/2021/NĐ-CP"),
            ("based_on", "12/QĐ-UBND", "61/2018/NĐ-CP"),
        ],
    ),
    # A report item's heading, then a lead-in clause whose main clause is the commune's.
    (
        "3. Sắp xếp đơn vị hành chính: thực hiện Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025 "
        "của Ủy ban Thường vụ Quốc hội, xã đã lập danh mục hồ sơ, tài liệu để bàn giao.",
        REPORT,
        [("implements", "210/BC-UBND", "76/2025/UBTVQH15")],
    ),
    # Text copied from a web page: its tags and entities are blanks.
    (
        "<p>Thực hiện Kế hoạch số 04/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân xã,&nbsp;Ủy "
        "ban nhân dân xã báo cáo kết quả quý I năm 2026 như sau:</p>",
        REPORT,
        [("implements", "210/BC-UBND", "04/KH-UBND")],
    ),
    # A plan's opening lead-in "Nhằm cụ thể hóa …": the plan carries that one out.
    (
        "Nhằm cụ thể hóa Kế hoạch số 245/KH-UBND ngày 30 tháng 12 năm 2021 của Ủy ban nhân dân "
        "tỉnh về cải cách hành chính giai đoạn 2022 - 2025, Sở Tư pháp xây dựng Kế hoạch cải "
        "cách hành chính năm 2024 như sau:",
        PLAN,
        [("implements", "07/KH-UBND", "245/KH-UBND")],
    ),
    # A report replacing a report of its own kind is still its own act.
    (
        "Báo cáo này thay thế Báo cáo số 205/BC-UBND ngày 05/12/2025.",
        REPORT,
        [("replaces", "210/BC-UBND", "205/BC-UBND")],
    ),
    # A semicolon right before the verb continues the same subject (the plan, the decision).
    (
        "Kế hoạch áp dụng từ ngày 01/8/2025 tại Trung tâm Phục vụ hành chính công tỉnh; thay "
        "thế Kế hoạch số 05/KH-UBND ngày 20/01/2025 của Văn phòng Ủy ban nhân dân tỉnh.",
        PLAN,
        [("replaces", "07/KH-UBND", "05/KH-UBND")],
    ),
    (
        "Quyết định này có hiệu lực kể từ ngày ký; thay thế Quyết định số 28/QĐ-UBND ngày "
        "05/3/2024 của Ủy ban nhân dân xã.",
        DECISION,
        [("replaces", "12/QĐ-UBND", "28/QĐ-UBND")],
    ),
    # A section ("Mục") of a list of procedures issued with a decision.
    (
        "Điều 1. Sửa đổi, bổ sung Mục 3 và Mục 6 của Danh mục thủ tục hành chính tiếp nhận tại "
        "Trung tâm Phục vụ hành chính công ban hành kèm theo Quyết định số 52/QĐ-UBND ngày "
        "18/7/2025 của Chủ tịch Ủy ban nhân dân tỉnh như sau:",
        DECISION,
        [("amends", "12/QĐ-UBND", "52/QĐ-UBND")],
    ),
    # an annulment repeals the whole
    (
        "Điều 1. Hủy bỏ Quyết định số 47/QĐ-UBND ngày 12/6/2023 của Chủ tịch Ủy ban nhân dân xã "
        "quy định tiếp nhận hồ sơ vào sáng thứ Bảy.",
        DECISION,
        [("repeals", "12/QĐ-UBND", "47/QĐ-UBND")],
    ),
    # a plan adjusted, told in the passive: amended by the adjusting plan
    (
        "Thực hiện Kế hoạch số 05/KH-UBND ngày 06/01/2025 về chuyển đổi số năm 2025, đã được điều "
        "chỉnh, bổ sung tại Kế hoạch số 09/KH-UBND ngày 15/8/2025, Ủy ban nhân dân xã yêu cầu:",
        NOTICE,
        [("amends", "09/KH-UBND", "05/KH-UBND"), ("implements", "01/TB-UBND", "05/KH-UBND")],
    ),
]


LIST_DECISION = Identity(
    ident="615/QĐ-UBND", number="615", code="QĐ", kind="Quyết định", date="2025-04-10"
)
# A list announced by its type, its issuer and a colon, each member "số … ngày …" (the
# seventeenth archive's list of procedures); and the same members after "các Quyết định số".
LISTS = [
    (
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2025 và thay thế "
        "các Quyết định của Chủ tịch Ủy ban nhân dân tỉnh: số 968/QĐ-UBND ngày 16/6/2023, số "
        "1540/QĐ-UBND ngày 12/9/2024 và số 1877/QĐ-UBND ngày 15/9/2022.",
        LIST_DECISION,
        [
            ("replaces", "615/QĐ-UBND", "968/QĐ-UBND"),
            ("replaces", "615/QĐ-UBND", "1540/QĐ-UBND"),
            ("replaces", "615/QĐ-UBND", "1877/QĐ-UBND"),
        ],
    ),
    (
        "Quyết định này có hiệu lực kể từ ngày ký và thay thế các Quyết định số 968/QĐ-UBND ngày "
        "16/6/2023, số 1540/QĐ-UBND ngày 12/9/2024 và số 1877/QĐ-UBND ngày 15/9/2022 của Chủ "
        "tịch UBND tỉnh.",
        LIST_DECISION,
        [
            ("replaces", "615/QĐ-UBND", "968/QĐ-UBND"),
            ("replaces", "615/QĐ-UBND", "1540/QĐ-UBND"),
            ("replaces", "615/QĐ-UBND", "1877/QĐ-UBND"),
        ],
    ),
    # a colon ending a clause is no list's lead: what follows it is not acted on
    (
        "Quyết định này thay thế Quyết định số 968/QĐ-UBND ngày 16/6/2023. Giao các cơ quan sau "
        "thực hiện: Sở Nông nghiệp và Môi trường theo Quyết định số 1540/QĐ-UBND ngày 12/9/2024.",
        LIST_DECISION,
        [("replaces", "615/QĐ-UBND", "968/QĐ-UBND")],
    ),
]


@pytest.mark.parametrize(("text", "identity", "expected"), LISTS)
def test_a_list_of_documents_each_numbered(
    text: str, identity: Identity, expected: list[tuple]
) -> None:
    assert _keys(text, identity) == sorted(expected, key=str)


@pytest.mark.parametrize(("text", "identity", "expected"), FORMS)
def test_forms_of_a_communes_archive(text: str, identity: Identity, expected: list[tuple]) -> None:
    assert _keys(text, identity) == sorted(expected, key=str)


TRAPS = [
    # A report's `Quy chế này` with no Quy chế named before: no document, no relation.
    ("Quy chế này thay thế Quy chế của Bộ phận Một cửa ban hành năm 2020.", REPORT),
    # `các quyết định này` with no decision before it.
    ("Ủy ban nhân dân xã đã rà soát, thay thế các quyết định này trong quý III.", REPORT),
    # Another's plan (`Kế hoạch của …`) is not the plan's voice.
    (
        "Kế hoạch của Ủy ban nhân dân huyện thay thế Kế hoạch số 05/KH-UBND ngày 14/01/2025.",
        PLAN,
    ),
    # An ending told in the past with its reason but no document ending it.
    ("Quyết định số 1520/QĐ-UBND đã hết hiệu lực theo quy định của pháp luật.", REPORT),
    # "cụ thể hóa" told of a task, with no document after it
    ("Sở cụ thể hóa các nhiệm vụ của năm 2024 thành chỉ tiêu cho từng phòng.", PLAN),
    # A clause after a semicolon with a subject of its own is not the text's act.
    (
        "Kế hoạch áp dụng từ ngày 01/8/2025; Ủy ban nhân dân huyện thay thế Kế hoạch số "
        "05/KH-UBND ngày 14/01/2025.",
        PLAN,
    ),
    # "điều chỉnh" of a thing, not of a document
    ("Tiếp tục rút ngắn thời gian giải quyết thủ tục điều chỉnh dự án đầu tư.", REPORT),
    # A task after a heading, no subject in its main clause.
    (
        "1. Nhiệm vụ: triển khai Quyết định số 45/QĐ-UBND từ ngày 01/7/2025, bố trí công chức.",
        REPORT,
    ),
]


@pytest.mark.parametrize(("text", "identity"), TRAPS)
def test_near_misses_state_no_relation(text: str, identity: Identity) -> None:
    assert extract_relations(text, identity=identity) == []


def test_an_opening_sentence_run_on_from_the_subject_line() -> None:
    report = (
        "ỦY BAN NHÂN DÂN\nTHỊ TRẤN NGÃ BA\nSố: 102/BC-UBND\nNgã Ba, ngày 06 tháng 12 năm 2024\n"
        "BÁO CÁO\nKết quả công tác cải cách hành chính năm 2024 của Ủy ban nhân dân thị trấn Ngã "
        "Ba Thực hiện Kế hoạch số 08/KH-UBND ngày 09/01/2024 của Ủy ban nhân dân huyện, Ủy ban "
        "nhân dân thị trấn báo cáo kết quả như sau:\n"
    )
    identity = parse_header(report)
    assert identity.subject is not None
    assert identity.subject.endswith("Ngã Ba")
    assert _keys(report, identity) == [("implements", "102/BC-UBND", "08/KH-UBND")]


def test_without_header_a_report_line_keeps_its_old_reading() -> None:
    # Read alone, `Quy chế này` is the text's own voice (a Quy chế speaking of itself).
    text = "Quy chế này thay thế Quy chế ban hành kèm theo Quyết định số 12/QĐ-UBND."
    assert _keys(text) == [("replaces", SELF, "12/QĐ-UBND")]


def test_markup_blanks_keep_offsets() -> None:
    text = "<p><b>1.</b> Hoàn thành 05/22 nhiệm vụ.&nbsp;Ban hành</p>"
    blanked = blank_markup(text)
    assert len(blanked) == len(text)
    assert "<" not in blanked
    assert "&" not in blanked
    assert "Ban hành" in blanked


def test_a_section_of_a_list_is_a_scope() -> None:
    text = (
        "Điều 1. Sửa đổi, bổ sung Mục 3 và Mục 6 của Danh mục ban hành kèm theo Quyết định số "
        "52/QĐ-UBND ngày 18/7/2025 như sau:"
    )
    (found,) = extract_relations(text, identity=DECISION)
    assert found.target_scope == "Mục 3 và Mục 6"
    assert split_scope(found.target_scope) == ["Mục 3", "Mục 6"]


def test_a_sentence_broken_at_a_names_dash_runs_on() -> None:
    # a PDF line ends at "Sở Lao động -", the name and the sentence go on below
    text = (
        "Điều 6. Quyết định này có hiệu lực kể từ ngày 01 tháng 3 năm 2025. Quyết định số "
        "16/2021/QĐ-UBND ngày 22 tháng 6 năm 2021 của Ủy ban nhân dân tỉnh và Quyết định số "
        "09/2022/QĐ-UBND ngày 25 tháng 3 năm 2022 quy định chức năng của Sở Lao động -\n"
        "Thương binh và Xã hội hết hiệu lực kể từ ngày Quyết định này có hiệu lực."
    )
    assert _keys(text, DECISION) == [
        ("terminates", "12/QĐ-UBND", "09/2022/QĐ-UBND"),
        ("terminates", "12/QĐ-UBND", "16/2021/QĐ-UBND"),
    ]


def test_a_sentence_broken_at_a_page_runs_on() -> None:
    # a PDF's pages are joined by a blank line: "… và thay" ends one page, "thế …" opens the next
    text = (
        "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2025 và thay\n\n"
        "thế Quyết định số 11/2022/QĐ-UBND ngày 25/02/2022 của Ủy ban nhân dân tỉnh.\n\n"
        "Điều 4. Bãi bỏ Quyết định số 15/2021/QĐ-UBND ngày 02/3/2021.\n\n\n"
        "thay thế nội dung cũ."
    )
    assert _keys(text, DECISION) == [
        ("repeals", "12/QĐ-UBND", "15/2021/QĐ-UBND"),
        ("replaces", "12/QĐ-UBND", "11/2022/QĐ-UBND"),
    ]


def test_an_aside_in_brackets_is_not_the_subject() -> None:
    text = (
        "1. Từ ngày 01/7/2025, Bộ phận Một cửa hoạt động theo Quy chế ban hành kèm theo Quyết "
        "định số 49/QĐ-SYT ngày 16/6/2025 (đã được đính chính tại Quyết định số 53/QĐ-SYT ngày "
        "30/6/2025), thay thế Quyết định số 26/QĐ-SYT ngày 10/5/2021."
    )
    assert ("replaces", "49/QĐ-SYT", "26/QĐ-SYT") in _keys(text, REPORT)
    assert ("replaces", "53/QĐ-SYT", "26/QĐ-SYT") not in _keys(text, REPORT)


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # what is amended in the same breath is not wholly repealed
        (
            "Điều 1. Sửa đổi, bổ sung, bãi bỏ Danh mục thủ tục hành chính ban hành kèm theo "
            "Quyết định số 512/QĐ-UBND ngày 21/3/2022.",
            "một phần",
        ),
        ("Điều 1. Bãi bỏ một số điều của Quyết định số 512/QĐ-UBND ngày 21/3/2022.", "một số điều"),
        ("Điều 1. Bãi bỏ Quyết định số 512/QĐ-UBND ngày 21/3/2022.", None),
        # a part of the list the decision issued, an aside in brackets after it
        (
            "Điều 2. Bãi bỏ Phần II (12 thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy "
            "ban nhân dân cấp huyện) Danh mục ban hành kèm theo Quyết định số 512/QĐ-UBND ngày "
            "21/3/2022.",
            "Phần II",
        ),
        # told in a report, passive
        (
            "Từ ngày 01/7/2025, Phần II Danh mục ban hành kèm theo Quyết định số 512/QĐ-UBND "
            "ngày 21/3/2022 bị bãi bỏ theo Quyết định số 1360/QĐ-UBND ngày 30/6/2025.",
            "Phần II",
        ),
        (
            "Danh mục ban hành kèm theo Quyết định số 512/QĐ-UBND ngày 21/3/2022 bị bãi bỏ theo "
            "Quyết định số 1360/QĐ-UBND ngày 30/6/2025.",
            None,
        ),
    ],
)
def test_a_repeal_of_some_part_is_no_whole_repeal(text: str, scope: str | None) -> None:
    [repeal] = [r for r in extract_relations(text, identity=DECISION) if r.type == "repeals"]
    assert repeal.target_scope == scope


LETTER = Identity(
    ident="318/SCT-VP", number="318", code=None, kind="Công văn", date="2025-12-10"
)

# Procedures of a list changed, and a plan's time extended: (type, source, target, scope).
CHANGED_PARTS = [
    # a field's words between the procedures and their section
    (
        "Điều 1. Bãi bỏ 03 thủ tục hành chính lĩnh vực đất đai tại Mục IV của Danh mục thủ tục "
        "hành chính ban hành kèm theo Quyết định số 702/QĐ-UBND ngày 11/5/2024 của Chủ tịch Ủy "
        "ban nhân dân tỉnh.",
        DECISION,
        [
            (
                "repeals",
                "12/QĐ-UBND",
                "702/QĐ-UBND",
                "03 thủ tục hành chính lĩnh vực đất đai tại Mục IV",
            )
        ],
    ),
    # two acts, sections lettered, one list named after the second
    (
        "Điều 1. Sửa đổi, bổ sung 04 thủ tục hành chính tại Mục I Phần B và bãi bỏ 01 thủ tục "
        "hành chính tại Mục II Phần B của Danh mục ban hành kèm theo Quyết định số 702/QĐ-UBND "
        "ngày 11/5/2024.",
        DECISION,
        [
            ("amends", "12/QĐ-UBND", "702/QĐ-UBND", "04 thủ tục hành chính tại Mục I Phần B"),
            ("repeals", "12/QĐ-UBND", "702/QĐ-UBND", "01 thủ tục hành chính tại Mục II Phần B"),
        ],
    ),
    # the procedures named by their numbers in the list, after the article on effect
    (
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký. Bãi bỏ 02 thủ tục hành "
        "chính có số thứ tự 12 và 17 tại Danh mục ban hành kèm theo Quyết định số 702/QĐ-UBND "
        "ngày 11/5/2024 của Chủ tịch UBND tỉnh.",
        DECISION,
        [
            (
                "repeals",
                "12/QĐ-UBND",
                "702/QĐ-UBND",
                "02 thủ tục hành chính có số thứ tự 12 và 17",
            )
        ],
    ),
    # two articles' acts on one instrument
    (
        "Điều 1. Sửa đổi khoản 3 Điều 7 và bãi bỏ Điều 15 của Quy chế ban hành kèm theo Quyết "
        "định số 33/2022/QĐ-UBND ngày 02/8/2022.",
        DECISION,
        [
            ("amends", "12/QĐ-UBND", "33/2022/QĐ-UBND", "khoản 3 Điều 7"),
            ("repeals", "12/QĐ-UBND", "33/2022/QĐ-UBND", "Điều 15"),
        ],
    ),
    # a report: the list changed, its parts, then the decision that changed it
    (
        "2. Danh mục thủ tục hành chính tại Quyết định số 702/QĐ-UBND ngày 11/5/2024 được sửa "
        "đổi 02 thủ tục lĩnh vực môi trường và bãi bỏ các thủ tục số 4, 6 tại Phần I theo Quyết "
        "định số 1190/QĐ-UBND ngày 09/9/2025 của Chủ tịch Ủy ban nhân dân tỉnh.",
        REPORT,
        [
            ("amends", "1190/QĐ-UBND", "702/QĐ-UBND", "02 thủ tục lĩnh vực môi trường"),
            ("repeals", "1190/QĐ-UBND", "702/QĐ-UBND", "các thủ tục số 4, 6 tại Phần I"),
        ],
    ),
    (
        "1. Danh mục thực hiện theo Quyết định số 702/QĐ-UBND ngày 11/5/2024, đã được bãi bỏ "
        "02 thủ tục tại Quyết định số 1190/QĐ-UBND ngày 09/9/2025.",
        REPORT,
        [("repeals", "1190/QĐ-UBND", "702/QĐ-UBND", "02 thủ tục")],
    ),
    # a letter extending a plan in its own name, and a report telling of it
    (
        "Do việc số hóa chưa hoàn thành, Giám đốc Sở quyết định gia hạn thời gian thực hiện Kế "
        "hoạch số 21/KH-SCT ngày 04/3/2025 đến hết ngày 30/6/2026.",
        LETTER,
        [("amends", "318/SCT-VP", "21/KH-SCT", "thời gian thực hiện")],
    ),
    (
        "Tiếp tục thực hiện Kế hoạch số 21/KH-SCT ngày 04/3/2025 theo thời hạn đã được gia hạn "
        "tại Công văn số 318/SCT-VP ngày 10/12/2025.",
        REPORT,
        [("amends", "318/SCT-VP", "21/KH-SCT", "thời gian thực hiện")],
    ),
    # lengthened ("kéo dài"), its new last day before its agent
    (
        "2. Thí điểm trả kết quả bản điện tử theo Quyết định số 71/QĐ-SYT, được kéo dài đến "
        "hết ngày 30/6/2025 theo Quyết định số 80/QĐ-SYT ngày 16/12/2024.",
        REPORT,
        [("amends", "80/QĐ-SYT", "71/QĐ-SYT", "thời gian thực hiện")],
    ),
    # ... and as a report's words with no "được"
    (
        "- Chính quyền số: thí điểm trả kết quả điện tử lĩnh vực đăng ký doanh nghiệp (Quyết "
        "định số 98/QĐ-STC ngày 22/8/2025), kéo dài đến hết ngày 31/3/2026 theo Quyết định số "
        "131/QĐ-STC ngày 24/11/2025.",
        REPORT,
        [("amends", "131/QĐ-STC", "98/QĐ-STC", "thời gian thực hiện")],
    ),
]


@pytest.mark.parametrize(("text", "identity", "expected"), CHANGED_PARTS)
def test_parts_of_a_list_changed_and_a_plan_extended(
    text: str, identity: Identity, expected: list[tuple]
) -> None:
    found = extract_relations(text, identity=identity)
    got = sorted((r.type, r.source, r.target, r.target_scope) for r in found)
    assert got == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # a procedure's name, not a plan's time
        "Thủ tục gia hạn giấy phép lao động thực hiện theo Quyết định số 702/QĐ-UBND.",
        # a report telling of an extension it does not make
        "Sở đã gia hạn thời gian thực hiện Kế hoạch số 21/KH-SCT đến hết tháng 6/2026.",
        # a stay lengthened by a decision's own terms, no document acting on another
        "Thời gian lưu trú kéo dài đến hết ngày 30/6/2026 theo quy định hiện hành.",
    ],
)
def test_an_extension_told_or_named_is_no_relation(text: str) -> None:
    assert extract_relations(text, identity=REPORT) == []


EXPIRED_LIST = Identity(
    ident="95/QĐ-UBND", number="95", code="QĐ", kind="Quyết định", date="2025-01-20"
)


def test_a_list_of_documents_no_longer_in_force_gives_each_ones_replacement() -> None:
    # the yearly Danh mục of Nghị định 34/2016/NĐ-CP, as items and as a table's rows
    items = (
        "A. VĂN BẢN HẾT HIỆU LỰC TOÀN BỘ\n"
        "1. Quyết định số 11/2021/QĐ-UBND ngày 05/4/2021 của Ủy ban nhân dân tỉnh quy định "
        "quản lý cụm công nghiệp.\n"
        "Lý do hết hiệu lực: được thay thế bởi Quyết định số 03/2024/QĐ-UBND ngày 12/01/2024 "
        "của Ủy ban nhân dân tỉnh.\n"
        "Ngày hết hiệu lực: 25/01/2024.\n"
    )
    rows = (
        "STT | Tên loại văn bản | Số, ký hiệu; ngày ban hành; tên gọi | Lý do hết hiệu lực | "
        "Ngày hết hiệu lực\n"
        "1 | Quyết định | Số 07/2020/QĐ-UBND ngày 02/3/2020 quy định chức năng, nhiệm vụ của Sở "
        "Xây dựng | Được thay thế bởi Quyết định số 21/2024/QĐ-UBND ngày 10/6/2024 của Ủy ban "
        "nhân dân tỉnh | 25/6/2024\n"
    )
    assert _keys(items, EXPIRED_LIST) == [("replaces", "03/2024/QĐ-UBND", "11/2021/QĐ-UBND")]
    assert _keys(rows, EXPIRED_LIST) == [("replaces", "21/2024/QĐ-UBND", "07/2020/QĐ-UBND")]


def test_a_ground_amended_is_the_ground_not_the_law_its_subject_names() -> None:
    text = (
        "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ quy định chi tiết một "
        "số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật, được sửa đổi, "
        "bổ sung bởi Nghị định số 154/2020/NĐ-CP ngày 31/12/2020 của Chính phủ;\n\nQUYẾT ĐỊNH:\n"
    )
    amends = [
        (r.source, r.target) for r in extract_relations(text, identity=EXPIRED_LIST)
        if r.type == "amends"
    ]
    assert amends == [("154/2020/NĐ-CP", "34/2016/NĐ-CP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a result under the plan, after a comma: the report tells of carrying it out
        (
            "3. Thực hiện Kế hoạch số 08/KH-VP ngày 15/01/2024 của Văn phòng Ủy ban nhân dân "
            "tỉnh, tỷ lệ số hóa đạt 78,5%, chưa đạt chỉ tiêu 80%.",
            [("implements", "210/BC-UBND", "08/KH-VP")],
        ),
        (
            "4. Tuyên truyền: thực hiện Kế hoạch số 18/KH-PNV ngày 22/02/2022, đã tổ chức 04 "
            "hội nghị.",
            [("implements", "210/BC-UBND", "18/KH-PNV")],
        ),
        # a task ahead, or no result told: none
        ("Triển khai Kế hoạch số 08/KH-VP ngày 15/01/2024.", []),
        (
            "Thực hiện Kế hoạch số 08/KH-VP ngày 15/01/2024, phấn đấu đạt 100% hồ sơ được số hóa.",
            [],
        ),
    ],
)
def test_a_report_telling_a_plans_result_carries_it_out(text: str, expected: list[tuple]) -> None:
    assert _keys(text, REPORT) == expected


CITY_LETTER = Identity(
    ident="415/UBND-VP",
    number="415",
    code=None,
    kind="Công văn",
    date="2024-08-19",
    issuer="ỦY BAN NHÂN DÂN / THÀNH PHỐ BẢO AN",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter withdrawn in the issuer's name, its reason first
        (
            "Do nội dung chưa phù hợp với Đề án phê duyệt kèm theo Quyết định số 512/QĐ-UBND "
            "ngày 05/6/2024, UBND thành phố thu hồi Công văn số 402/UBND-VP ngày 15/8/2024 của "
            "UBND thành phố.",
            [("repeals", "415/UBND-VP", "402/UBND-VP")],
        ),
        (
            "Thu hồi Công văn số 402/UBND-VP ngày 15/8/2024.",
            [("repeals", "415/UBND-VP", "402/UBND-VP")],
        ),
        # told as done, or done by another body: not this letter's act
        ("UBND thành phố đã thu hồi Công văn số 402/UBND-VP ngày 15/8/2024.", []),
        ("Theo chỉ đạo, UBND tỉnh thay thế Quyết định số 9/QĐ-UBND ngày 02/01/2024.", []),
        # land or a licence taken back is no document withdrawn
        ("Diện tích thu hồi 12,6 ha theo Quyết định số 415/QĐ-UBND ngày 05/6/2023.", []),
        ("Đề nghị thu hồi Giấy phép số 12/GP-UBND ngày 05/6/2023.", []),
    ],
)
def test_a_letter_withdrawn_in_its_issuers_name(text: str, expected: list[tuple]) -> None:
    assert _keys(text, CITY_LETTER) == expected
