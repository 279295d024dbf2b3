"""What documents say inside, and look-alike documents of other issuers and years.

A small archive of a Ban (an industrial-zone board, symbol BQL) and the province over three
years: yearly reform plans of both with trích yếu alike, only some of the Ban's setting a
satisfaction target in their body; the year's reports of both; the province's plan of the
next year signed in December; a decision of the Ban replaced by another of its own beside a
provincial one replaced too. Each question is one a blind writer asked of a larger archive
(``bench/data/lists_writer25.jsonl``, the thirty-fourth held-out archive), in other words.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import SAMPLE, keys, listed

from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.fit import said_inside
from assistant.generation.report import key_figures, parse_period

BAN = "UBND TỈNH AN HẢI\nBAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP"
PROVINCE = "ỦY BAN NHÂN DÂN\nTỈNH AN HẢI"


def document(kind: str, number: str, day: str, title: str, body: str, *, ban: bool = True) -> str:
    d, m, y = day.split("/")
    who, sign = (BAN, "TRƯỞNG BAN\n\nTrần Văn An") if ban else (
        PROVINCE,
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nPhạm Quốc Bảo",
    )
    return (
        f"{SAMPLE}{who}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        f"Số: {number}\n\nAn Hải, ngày {d} tháng {m} năm {y}\n\n{kind}\n{title}\n\n{body}\n\n"
        f"{sign}\n"
    )


def plan(number: str, day: str, year: int, targets: str, *, ban: bool = True) -> str:
    whose = "của Ban Quản lý các khu công nghiệp" if ban else "của tỉnh An Hải"
    return document(
        "KẾ HOẠCH",
        number,
        day,
        f"Cải cách hành chính năm {year} {whose}",
        f"I. MỤC TIÊU\n{targets}\n\nII. NHIỆM VỤ\n1. Rà soát, công khai thủ tục hành chính.\n"
        "2. Duy trì hệ thống quản lý chất lượng.\n\nIII. TỔ CHỨC THỰC HIỆN\nCác phòng triển "
        "khai thực hiện Kế hoạch này.",
        ban=ban,
    )


ONLINE = "Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt trên 80%; giải quyết đúng hạn 100% hồ sơ."
SATISFIED = (
    "Tỷ lệ hài lòng của tổ chức, cá nhân đối với việc giải quyết thủ tục hành chính đạt "
    "tối thiểu 95%."
)

FILES = {
    # the Ban's yearly plans: 2024 and 2026 set a satisfaction target, 2025 does not
    "kh-03-2024.txt": plan("03/KH-BQL", "15/01/2024", 2024, f"{ONLINE}\n{SATISFIED}"),
    "kh-07-2025.txt": plan("07/KH-BQL", "20/01/2025", 2025, ONLINE),
    "kh-05-2026.txt": plan("05/KH-BQL", "16/01/2026", 2026, f"{ONLINE}\n{SATISFIED}"),
    # the province's plans: 2025's, and 2026's signed in December 2025
    "kh-12-2025-ubnd.txt": plan("12/KH-UBND", "09/01/2025", 2025, ONLINE, ban=False),
    "kh-268-2025-ubnd.txt": plan("268/KH-UBND", "24/12/2025", 2026, ONLINE, ban=False),
    # the year's reports of both
    "bc-205-2024.txt": document(
        "BÁO CÁO",
        "205/BC-BQL",
        "12/12/2024",
        "Kết quả thực hiện công tác cải cách hành chính năm 2024",
        "I. KẾT QUẢ\n5. Năm 2024, Ban tiếp nhận 4.210 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến "
        "đạt 86,4%; giải quyết đúng hạn 99,6%.",
    ),
    "bc-398-2024-ubnd.txt": document(
        "BÁO CÁO",
        "398/BC-UBND",
        "20/12/2024",
        "Kết quả thực hiện công tác cải cách hành chính năm 2024 của tỉnh An Hải",
        "I. KẾT QUẢ\n2. Cải cách thủ tục hành chính: năm 2024, các cơ quan hành chính nhà nước "
        "trên địa bàn tỉnh tiếp nhận 1.210.000 hồ sơ TTHC; tỷ lệ hồ sơ tiếp nhận trực tuyến của "
        "toàn tỉnh đạt 86,1%; giải quyết đúng hạn 98,4%.",
        ban=False,
    ),
    # the Ban's working rules replaced by its own; the province's list replaced too
    "qd-35-2021.txt": document(
        "QUYẾT ĐỊNH",
        "35/QĐ-BQL",
        "05/4/2021",
        "Ban hành Quy chế làm việc của Ban Quản lý các khu công nghiệp",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.",
    ),
    "qd-62-2025.txt": document(
        "QUYẾT ĐỊNH",
        "62/QĐ-BQL",
        "30/6/2025",
        "Ban hành Quy chế làm việc của Ban Quản lý các khu công nghiệp",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số "
        "35/QĐ-BQL ngày 05/4/2021 của Trưởng ban Ban Quản lý các khu công nghiệp.",
    ),
    "qd-512-2022-ubnd.txt": document(
        "QUYẾT ĐỊNH",
        "512/QĐ-UBND",
        "08/4/2022",
        "Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ban Quản lý các "
        "khu công nghiệp",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Công bố kèm theo Quyết định này danh mục 18 thủ tục hành chính.",
        ban=False,
    ),
    "qd-1187-2025-ubnd.txt": document(
        "QUYẾT ĐỊNH",
        "1187/QĐ-UBND",
        "12/8/2025",
        "Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ban Quản lý các "
        "khu công nghiệp",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Công bố kèm theo Quyết định này danh mục 21 thủ tục hành chính.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số "
        "512/QĐ-UBND ngày 08/4/2022 của Chủ tịch UBND tỉnh.",
        ban=False,
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("inside-and-lookalikes", FILES), llm=None)


def test_what_is_said_inside_is_read_from_the_question() -> None:
    assert said_inside(
        "ke hoach cchc nao cua ban co dat chi tieu ty le hai long cua to chuc, ca nhan"
    ) == "chi tieu ty le hai long cua to chuc, ca nhan"
    assert said_inside(
        "Which plans include a task on taking in dossiers through the postal service?"
    ) == "a task on taking in dossiers through the postal service"
    # the documents cited, a decision's instrument, a pointing back: no text to look for
    assert said_inside("Văn bản nào của Sở có nhắc tới Nghị định 30/2020/NĐ-CP?") is None
    assert said_inside("Which plan set the 2026 administrative reform targets?") is None
    assert said_inside("những báo cáo nào của Sở có ghi điều đó?") is None


@pytest.mark.parametrize(
    "question",
    [
        "Những kế hoạch CCHC hằng năm nào của Ban có đưa ra mức hài lòng phải đạt của người "
        "dân, tổ chức?",
        "Which of the Ban's yearly reform plans set a target for the satisfaction of "
        "organisations and citizens?",
    ],
)
def test_the_plans_whose_text_sets_a_target(answerer: Answerer, question: str) -> None:
    # not every yearly plan alike, nor the province's
    assert listed(answerer.ask(question).text) == keys("03/KH-BQL", "05/KH-BQL")


def test_the_bans_plan_not_the_provinces(answerer: Answerer) -> None:
    text = answerer.ask("kế hoạch CCHC năm 2025 của Ban (không phải của tỉnh)").text
    assert listed(text) == keys("07/KH-BQL")


def test_the_provinces_plan_of_the_year_not_the_next_signed_then(answerer: Answerer) -> None:
    text = answerer.ask("kế hoạch cải cách hành chính năm 2025 do UBND tỉnh ban hành").text
    assert listed(text) == keys("12/KH-UBND")


def test_the_provinces_report_of_a_year(answerer: Answerer) -> None:
    text = answerer.ask("báo cáo kết quả CCHC năm 2024 của tỉnh").text
    assert listed(text) == keys("398/BC-UBND")


def test_the_bans_own_decisions_replaced(answerer: Answerer) -> None:
    text = answerer.ask("Which of the Ban's own decisions were replaced?").text
    assert listed(text) == keys("35/QĐ-BQL")


def test_the_bans_own_figure_not_the_provinces(answerer: Answerer) -> None:
    # the Ban's year report, not the province's figure for every body of the province: asked,
    # and in the period report's key figures
    text = answerer.ask("Năm 2024 Ban tiếp nhận bao nhiêu hồ sơ thủ tục hành chính?").text
    assert "4.210" in text.split("\n2.")[0]
    lines = key_figures(answerer, parse_period("2024"))
    assert "205/BC-BQL" in lines[0]
    assert not any("1.210.000" in line for line in lines)
