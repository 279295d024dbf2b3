"""Documents that end by their stated term, with no later act: read from the text that
states it (their own, a report telling it, a letter extending it), seen in their status, in
the check of a draft and in the answer to "còn hiệu lực không"."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import document

from assistant.archive.relation_terms import extract_terms
from assistant.archive.relations import SELF
from assistant.archive.supersession import flag_superseded
from assistant.citations import check
from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.draft import Drafter
from assistant.retrieval.archive import open_archive

FILES = {
    "qd-21-2022-quy-che-phoi-hop.txt": document(
        "QUYẾT ĐỊNH",
        "21/QĐ-SCT",
        "05/3/2022",
        "Ban hành Quy chế phối hợp kiểm tra hoạt động kinh doanh xăng dầu",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và áp dụng đến hết ngày 31 tháng 12 "
        "năm 2023.",
    ),
    "kh-58-2024-so-hoa.txt": document(
        "KẾ HOẠCH",
        "58/KH-SCT",
        "20/3/2024",
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024",
        "I. MỤC ĐÍCH, YÊU CẦU\n\nSố hóa 2.500 hồ sơ.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
        "Kế hoạch này được thực hiện trong năm 2024.",
    ),
    "cv-2011-gia-han.txt": document(
        "V/v gia hạn thời gian thực hiện Kế hoạch số hóa hồ sơ",
        "2011/SCT-VP",
        "16/12/2024",
        "",
        "Kính gửi: Các phòng thuộc Sở.\n\nDo khối lượng hồ sơ lớn, Sở Công Thương gia hạn thời "
        "gian thực hiện Kế hoạch số 58/KH-SCT ngày 20/3/2024 về số hóa hồ sơ đến ngày "
        "30/6/2025.",
    ),
    "qd-95-2021-de-an.txt": document(
        "QUYẾT ĐỊNH",
        "95/QĐ-SCT",
        "12/4/2021",
        "Phê duyệt Đề án chuyển đổi số ngành Công Thương giai đoạn 2021 – 2025",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt Đề án chuyển đổi số ngành Công Thương.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-71-2023-thi-diem.txt": document(
        "QUYẾT ĐỊNH",
        "71/QĐ-SCT",
        "20/11/2023",
        "Thí điểm trả kết quả giải quyết thủ tục hành chính bản điện tử",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Thí điểm trả kết quả bản điện tử.\n\nĐiều 2. Quyết định này có "
        "hiệu lực kể từ ngày ký và áp dụng đến hết ngày 31 tháng 12 năm 2024.",
    ),
    "qd-80-2024-keo-dai.txt": document(
        "QUYẾT ĐỊNH",
        "80/QĐ-SCT",
        "16/12/2024",
        "Kéo dài thời hạn áp dụng Quyết định số 71/QĐ-SCT ngày 20/11/2023",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Kéo dài thời hạn áp dụng Quyết định số 71/QĐ-SCT ngày "
        "20/11/2023 của Giám đốc Sở Công Thương đến hết ngày 30 tháng 6 năm 2025.\n\nĐiều 2. "
        "Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "kh-03-2024-cchc.txt": document(
        "KẾ HOẠCH",
        "03/KH-SCT",
        "05/01/2024",
        "Cải cách hành chính năm 2024 của Sở Công Thương",
        "I. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao chất lượng giải quyết thủ tục hành chính.",
    ),
}


@pytest.fixture(scope="module")
def settings(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Settings:
    return ingest_files("terms", FILES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quyết định này có hiệu lực kể từ ngày 05 tháng 4 năm 2021 và áp dụng đến hết ngày "
            "31 tháng 12 năm 2023.",
            [(SELF, "2023-12-31", False)],
        ),
        ("Kế hoạch này được thực hiện trong năm 2024.", [(SELF, "2024-12-31", False)]),
        (
            "5. Quy chế ban hành kèm theo Quyết định số 21/QĐ-SCT ngày 05/3/2022 áp dụng đến "
            "hết ngày 31/12/2023.",
            [("21/QĐ-SCT", "2023-12-31", False)],
        ),
        (
            "Sở gia hạn thời gian thực hiện Kế hoạch số 58/KH-SCT ngày 20/3/2024 về số hóa hồ sơ "
            "đến ngày 30/6/2025.",
            [("58/KH-SCT", "2025-06-30", True)],
        ),
        # a subject line extends nothing: the plan below it is told with its first term
        (
            "V/v gia hạn thời gian thực hiện Kế hoạch chuyển đổi số năm 2025\n\nKính gửi: Các "
            "phòng thuộc Sở.\n\nKế hoạch số 14/KH-SNN ngày 12/5/2025 được thực hiện đến hết ngày "
            "31/12/2025. Giám đốc Sở quyết định gia hạn thời gian thực hiện Kế hoạch số 14/KH-SNN "
            "đến hết ngày 30/6/2026.",
            [("14/KH-SNN", "2026-06-30", True)],
        ),
        # a pilot's term lengthened ("kéo dài"), and a former district's rules kept to a day
        (
            "Điều 1. Kéo dài thời hạn áp dụng Quyết định số 71/QĐ-SYT ngày 20/11/2023 của Giám "
            "đốc Sở Y tế về thí điểm trả kết quả bản điện tử đến hết ngày 30 tháng 6 năm 2025.",
            [("71/QĐ-SYT", "2025-06-30", True)],
        ),
        (
            "Điều 1. Quy chế phối hợp ban hành kèm theo Quyết định số 215/QĐ-UBND ngày "
            "14/4/2023 của Ủy ban nhân dân huyện Tân Khê tiếp tục được áp dụng trên địa bàn các "
            "xã Tân Khê, Khê Thượng và Khê Nam đến hết ngày 31 tháng 12 năm 2025.",
            [("215/QĐ-UBND", "2025-12-31", False)],
        ),
        # a pilot's own time, stated as a period
        (
            "Điều 2. Thời gian thí điểm từ ngày 01 tháng 7 năm 2024 đến hết ngày 30 tháng 6 năm "
            "2025.",
            [(SELF, "2025-06-30", False)],
        ),
        ("Thời gian áp dụng: đến hết năm 2025.", [(SELF, "2025-12-31", False)]),
        # lengthened by its own trích yếu, the new last day rewritten in its first article
        (
            "QUYẾT ĐỊNH\nKéo dài thời gian thí điểm tiếp nhận phản ánh qua Zalo OA theo Quyết "
            "định số 73/QĐ-TTT ngày 15/7/2024\n\nCHÁNH THANH TRA TỈNH\n\nCăn cứ Quyết định "
            "số 73/QĐ-TTT ngày 15/7/2024 của Chánh Thanh tra tỉnh;\n\nTheo đề nghị của Chánh "
            "Văn phòng.\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Sửa đổi Điều 2 Quyết định số 73/QĐ-TTT "
            "ngày 15/7/2024 như sau: “Thời gian thí điểm từ ngày 01 tháng 8 năm 2024 đến hết "
            "ngày 31 tháng 12 năm 2025.”",
            [("73/QĐ-TTT", "2025-12-31", True)],
        ),
        # … its title run on to the ground below it (a PDF's lines, no blank between): the
        # ground's decision is not what it lengthens
        (
            "QUYẾT ĐỊNH\nGia hạn thời gian thí điểm trả kết quả điện tử ————\nCHÁNH VĂN PHÒNG\n"
            "Căn cứ Quyết định số 05/2025/QĐ-UBND ngày 24/02/2025 của UBND tỉnh quy định chức "
            "năng của Văn phòng\nQUYẾT ĐỊNH:\nĐiều 1. Sửa đổi Điều 2 Quyết định số 52/QĐ-VP ngày "
            '26/5/2025 như sau: "Điều 2.\nThời gian thí điểm từ ngày 01/6/2025 đến ngày '
            '30/6/2026."',
            # (the pilot's period in the article it rewrites is not the amending decision's
            # own term)
            [("52/QĐ-VP", "2026-06-30", True)],
        ),
        # a wait that drags on is no extension
        ("Thời gian giải quyết hồ sơ kéo dài đến ngày 30/6/2025 do thiếu nhân lực.", []),
        # an effective date, a plan carried out in a year by the Sở: no term
        ("Quyết định này có hiệu lực kể từ ngày ký.", []),
        ("Sở thực hiện Kế hoạch số 05/KH-UBND ngày 02/01/2024 trong năm 2024.", []),
    ],
)
def test_terms_as_texts_state_them(text: str, expected: list[tuple]) -> None:
    assert [(t.target, t.until, t.extends) for t in extract_terms(text)] == expected


@pytest.mark.parametrize(
    ("ident", "as_of", "status"),
    [
        ("21/QĐ-SCT", "2023-12-31", "in_force"),  # its last day
        ("21/QĐ-SCT", "2024-01-01", "not_in_force"),
        ("58/KH-SCT", "2025-03-31", "in_force"),  # its year is over, but it was extended
        ("58/KH-SCT", "2025-07-01", "not_in_force"),
        # a plan's stretch of years in its title: through its last year, not after
        ("95/QĐ-SCT", "2025-12-31", "in_force"),
        ("95/QĐ-SCT", "2026-01-01", "not_in_force"),
        # lengthened before its end: in force (not partly) to the new last day
        ("71/QĐ-SCT", "2025-03-15", "in_force"),
        ("71/QĐ-SCT", "2025-07-01", "not_in_force"),
        # one year named, no term stated: the next year's reports still carry it out
        ("03/KH-SCT", "2025-06-30", "in_force"),
    ],
)
def test_a_stated_term_ends_a_document(
    settings: Settings, ident: str, as_of: str, status: str
) -> None:
    _, lives = open_archive(settings)
    assert lives.status(ident, as_of)["status"] == status


def test_a_draft_citing_an_expired_decision_as_applied_is_warned(settings: Settings) -> None:
    registry, lives = open_archive(settings)
    cited = "Quy chế ban hành kèm theo Quyết định số 21/QĐ-SCT ngày 05/3/2022."
    now = f"Hiện nay Sở kiểm tra theo {cited}"
    [found] = flag_superseded(check(now, registry), lives, as_of="2024-06-30", text=now).findings
    assert found.status == "superseded"
    assert "hết thời hạn áp dụng" in (found.suggestion or "")
    then = f"Năm 2023, Sở kiểm tra theo {cited}"
    [found] = flag_superseded(check(then, registry), lives, as_of="2024-06-30", text=then).findings
    assert found.status == "verified"


def test_an_extension_is_shown_by_the_sentence_that_extends(settings: Settings) -> None:
    _, lives = open_archive(settings)
    [expired] = lives.status("58/KH-SCT", "2025-07-01")["events"]
    assert expired["type"] == "expired"
    assert expired["by"] == "2011/SCT-VP"
    assert "58/KH-SCT" in expired["evidence"]["quote"]
    assert "30/6/2025" in expired["evidence"]["quote"]


def test_is_it_in_force_says_its_term_ran_out(settings: Settings) -> None:
    text = Answerer(settings, llm=None).ask("Quyết định số 21/QĐ-SCT còn hiệu lực không?").text
    assert "hết thời hạn áp dụng" in text
    assert "31/12/2023" in text


# An amending decision ends with what it amends.
BASE = {
    "qd-05-2021-quy-che.txt": document(
        "QUYẾT ĐỊNH",
        "05/QĐ-SCT",
        "10/01/2021",
        "Ban hành Quy chế làm việc của Sở Công Thương",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-09-2022-sua-doi.txt": document(
        "QUYẾT ĐỊNH",
        "09/QĐ-SCT",
        "15/02/2022",
        "Sửa đổi Điều 3 Quy chế làm việc của Sở Công Thương",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Sửa đổi Điều 3 Quy chế làm việc ban hành kèm theo Quyết định số "
        "05/QĐ-SCT ngày 10/01/2021 của Giám đốc Sở Công Thương.\n\nĐiều 2. Quyết định này có "
        "hiệu lực kể từ ngày ký.",
    ),
    "qd-14-2024-quy-che.txt": document(
        "QUYẾT ĐỊNH",
        "14/QĐ-SCT",
        "20/3/2024",
        "Ban hành Quy chế làm việc của Sở Công Thương",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 05/QĐ-SCT "
        "ngày 10/01/2021 của Giám đốc Sở Công Thương.",
    ),
}


@pytest.mark.parametrize(
    ("as_of", "status"), [("2024-03-19", "in_force"), ("2024-03-20", "not_in_force")]
)
def test_an_amending_decision_ends_with_what_it_amends(
    ingest_files: Callable[[str, dict[str, str]], Settings], as_of: str, status: str
) -> None:
    _, lives = open_archive(ingest_files("amended-base", BASE))
    assert lives.status("09/QĐ-SCT", as_of)["status"] == status


def test_a_list_notes_a_document_whose_term_ran_out(settings: Settings) -> None:
    text = Answerer(settings, llm=None).ask("Những quyết định nào của Sở Công Thương?").text
    line = next(x for x in text.splitlines() if "21/QĐ-SCT" in x)
    assert "hết thời hạn áp dụng từ sau ngày 31/12/2023" in line


def test_a_term_still_running_is_no_end_told_as_coming(settings: Settings) -> None:
    # the archive's present is its last document's day (16/12/2024): the Đề án's stretch of
    # years (to 2025) has not run out, and no act ending it was signed
    text = Answerer(settings, llm=None).ask("Những quyết định nào đã hết hiệu lực?").text
    assert "21/QĐ-SCT" in text
    assert "95/QĐ-SCT" not in text


def test_a_section_on_a_past_year_cites_its_plans_as_they_stood(settings: Settings) -> None:
    # the 2024 digitisation plan ran (extended) to 30/6/2025: in the 2024 report it is no
    # mistake, whenever the report is written
    draft = Drafter(Answerer(settings, llm=None)).draft(
        "Soạn mục chính quyền số cho báo cáo CCHC năm 2024"
    )
    [plan] = [f for f in draft.findings if f.ident == "58/KH-SCT"]
    assert plan.status == "verified"


def test_the_documents_whose_term_ran_out_are_listed_as_such(settings: Settings) -> None:
    text = Answerer(settings, llm=None).ask(
        "Những văn bản nào hết hiệu lực do hết thời hạn áp dụng?"
    ).text
    assert "đã hết thời hạn áp dụng" in text.splitlines()[0]
    listed = [line for line in text.splitlines() if line[:2] == "1."]
    assert "21/QĐ-SCT" in listed[0]


PILOT = {
    "qd-73-2024.txt": document(
        "QUYẾT ĐỊNH",
        "73/QĐ-SCT",
        "15/7/2024",
        "Thí điểm tiếp nhận phản ánh, kiến nghị qua Zalo OA",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Thí điểm tiếp nhận phản ánh, kiến nghị qua Zalo OA.\n\n"
        "Điều 2. Thời gian thí điểm từ ngày 01 tháng 8 năm 2024 đến hết ngày 31 tháng 7 năm "
        "2025.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2024.",
    ),
    "qd-70-2025.txt": document(
        "QUYẾT ĐỊNH",
        "70/QĐ-SCT",
        "25/7/2025",
        "Kéo dài thời gian thí điểm tiếp nhận phản ánh, kiến nghị qua Zalo OA theo Quyết định "
        "số 73/QĐ-SCT ngày 15/7/2024",
        "Căn cứ Quyết định số 73/QĐ-SCT ngày 15/7/2024 của Giám đốc Sở;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Sửa đổi Điều 2 Quyết định số 73/QĐ-SCT ngày 15/7/2024 như sau: “Thời gian "
        "thí điểm từ ngày 01 tháng 8 năm 2024 đến hết ngày 31 tháng 12 năm 2025.”\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
}


def test_a_pilot_lengthened_by_rewriting_its_term_article_is_wholly_in_force_to_the_new_day(
    ingest_files: Callable[[str, dict[str, str]], Settings],
) -> None:
    lives = Answerer(ingest_files("pilot-lengthened", PILOT), llm=None).lives
    for day in ("2025-08-15", "2025-12-31"):
        assert lives.status("73/QĐ-SCT", day)["status"] == "in_force", day
    assert lives.status("73/QĐ-SCT", "2026-01-01")["status"] == "not_in_force"


def test_a_list_on_a_pilot_holds_the_decision_that_lengthened_it(settings: Settings) -> None:
    """A plain list on a topic lists with the document found the one extending its time,
    as it lists the ones amending it."""
    text = Answerer(settings, llm=None).ask(
        "Các quyết định về thí điểm trả kết quả giải quyết thủ tục hành chính bản điện tử"
    ).text
    assert "71/QĐ-SCT ngày 20/11/2023 về việc Thí điểm" in text
    assert "80/QĐ-SCT" in text
