"""Lives asked of a topic, and series the archive knows only from citing.

A department's archive holds several decisions replaced over the years; a question about
the lists of procedures among them is about those alone. Its plans carry out the
province's yearly plans, which the archive knows only from the plans citing them. Each
question is one a blind writer asked of a larger archive (``bench/data/lists_writer22`` and
``lists_writer23``), in other words.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.citations import extract, lookup_key
from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.compound import enumerated
from assistant.generation.fit import en_unit_bodies

SAMPLE = "(MẪU — tài liệu mẫu của một cơ quan hư cấu, không có giá trị pháp lý)\n\n"


def document(
    kind: str, number: str, day: str, title: str, body: str, *, ubnd: bool = False
) -> str:
    d, m, y = day.split("/")
    who = "ỦY BAN NHÂN DÂN\nTỈNH LONG THẠNH" if ubnd else "UBND TỈNH LONG THẠNH\nSỞ TÀI CHÍNH"
    return (
        f"{SAMPLE}{who}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        f"Số: {number}\n\nLong Thạnh, ngày {d} tháng {m} năm {y}\n\n{kind}\n{title}\n\n{body}\n"
    )


def procedures(number: str, day: str, body: str) -> str:
    return document(
        "QUYẾT ĐỊNH",
        number,
        day,
        "Công bố Danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Tài chính",
        f"QUYẾT ĐỊNH:\n\nĐiều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính.\n\n"
        f"{body}",
        ubnd=True,
    )


def plan(number: str, day: str, year: int, province: str) -> str:
    return document(
        "KẾ HOẠCH",
        number,
        day,
        f"Cải cách hành chính năm {year} của Sở Tài chính",
        f"Thực hiện Kế hoạch số {province} của UBND tỉnh về cải cách hành chính năm {year}, Sở "
        "Tài chính ban hành Kế hoạch cải cách hành chính năm như sau.",
    )


def rules(number: str, day: str, title: str, body: str) -> str:
    return document("QUYẾT ĐỊNH", number, day, title, f"QUYẾT ĐỊNH:\n\n{body}")


FILES = {
    # the list of procedures: 2022 (known only from citing) → 2024 → 2025, amended in between
    "qd-1120-2024.txt": procedures(
        "1120/QĐ-UBND",
        "10/5/2024",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số "
        "1820/QĐ-UBND ngày 16/8/2022 của Chủ tịch Ủy ban nhân dân tỉnh.",
    ),
    "qd-1540-2024.txt": document(
        "QUYẾT ĐỊNH",
        "1540/QĐ-UBND",
        "12/9/2024",
        "Sửa đổi, bổ sung và bãi bỏ một số thủ tục hành chính trong Danh mục ban hành kèm theo "
        "Quyết định số 1120/QĐ-UBND ngày 10/5/2024 của Chủ tịch Ủy ban nhân dân tỉnh",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Sửa đổi, bổ sung 03 thủ tục và bãi bỏ 02 thủ tục trong Danh "
        "mục ban hành kèm theo Quyết định số 1120/QĐ-UBND ngày 10/5/2024.\n\nĐiều 2. Quyết "
        "định này có hiệu lực kể từ ngày ký.",
        ubnd=True,
    ),
    "qd-1385-2025.txt": procedures(
        "1385/QĐ-UBND",
        "09/6/2025",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số "
        "1120/QĐ-UBND ngày 10/5/2024 của Chủ tịch Ủy ban nhân dân tỉnh.",
    ),
    # other decisions replaced, on other topics
    "qd-28-2022.txt": rules(
        "28/QĐ-STC",
        "21/3/2022",
        "Ban hành Quy chế làm việc của Sở Tài chính",
        "Điều 1. Ban hành Quy chế làm việc.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày "
        "ký và thay thế Quyết định số 45/QĐ-STC ngày 10/4/2018.",
    ),
    "qd-40-2025.txt": rules(
        "40/QĐ-STC",
        "05/5/2025",
        "Ban hành Quy chế làm việc của Sở Tài chính",
        "Điều 1. Ban hành Quy chế làm việc.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày "
        "ký và thay thế Quyết định số 28/QĐ-STC ngày 21/3/2022.",
    ),
    # the spending rules: issued, one article repealed, replaced
    "qd-61-2022.txt": rules(
        "61/QĐ-STC",
        "10/8/2022",
        "Ban hành Quy chế chi tiêu nội bộ của Sở Tài chính",
        "Điều 1. Ban hành Quy chế chi tiêu nội bộ.\n\nĐiều 2. Quyết định này có hiệu lực kể từ "
        "ngày 01 tháng 9 năm 2022.",
    ),
    "qd-52-2024.txt": rules(
        "52/QĐ-STC",
        "15/7/2024",
        "Bãi bỏ Điều 9 Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 61/QĐ-STC ngày "
        "10/8/2022",
        "Điều 1. Bãi bỏ Điều 9 Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số "
        "61/QĐ-STC ngày 10/8/2022.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 "
        "năm 2024.",
    ),
    "qd-30-2025.txt": rules(
        "30/QĐ-STC",
        "26/5/2025",
        "Ban hành Quy chế chi tiêu nội bộ của Sở Tài chính",
        "Điều 1. Ban hành Quy chế chi tiêu nội bộ.\n\nĐiều 2. Quyết định này có hiệu lực kể từ "
        "ngày 01 tháng 7 năm 2025 và thay thế Quyết định số 61/QĐ-STC ngày 10/8/2022.",
    ),
    # the department's yearly plans, each carrying out the province's, known from citing
    "kh-05-2023.txt": plan("05/KH-STC", "12/01/2023", 2023, "06/KH-UBND ngày 04/01/2023"),
    "kh-01-2024.txt": plan("01/KH-STC", "08/01/2024", 2024, "10/KH-UBND ngày 03/01/2024"),
    "kh-07-2025.txt": plan("07/KH-STC", "10/01/2025", 2025, "08/KH-UBND ngày 06/01/2025"),
    # a report telling the plan carried on ("tiếp tục triển khai Kế hoạch số …")
    "bc-226-2025.txt": document(
        "BÁO CÁO",
        "226/BC-STC",
        "15/9/2025",
        "Kết quả thực hiện công tác cải cách hành chính 9 tháng năm 2025",
        "I. KẾT QUẢ\nSở tiếp tục triển khai Kế hoạch số 07/KH-STC ngày 10/01/2025; đã hoàn "
        "thành 20/25 nhiệm vụ.",
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("topic-lives", FILES), llm=None)


def listed(text: str) -> set[str]:
    """The documents an answer lists, one per numbered line (its first citation)."""
    lines = [line for line in text.splitlines() if line[:1].isdigit()]
    return {c.key for line in lines for c in extract(line)[:1] if c.key}


def keys(*idents: str) -> set[str]:
    return {lookup_key(i) for i in idents}


def test_an_ended_list_keeps_the_topic_and_each_link(answerer: Answerer) -> None:
    text = answerer.ask(
        "Danh mục TTHC của Sở Tài chính do Chủ tịch UBND tỉnh công bố đã bị thay thế qua những "
        "QĐ nào, tính cả bản cũ năm 2022?"
    ).text
    assert listed(text) == keys("1820/QĐ-UBND", "1120/QĐ-UBND", "1385/QĐ-UBND")


def test_the_subject_before_a_colon_is_each_parts() -> None:
    parts = enumerated(
        "quy che chi tieu noi bo tu 2022 den nay: qd ban hanh ban dau, qd bai bo mot dieu va "
        "qd thay the la nhung qd nao"
    )
    assert parts is not None
    assert [p.item for p in parts] == ["qd ban hanh ban dau", "qd bai bo mot dieu", "qd thay the"]
    assert all(p.question.startswith("quy che chi tieu noi bo tu 2022 den nay: ") for p in parts)


def test_a_rules_history_asked_in_parts(answerer: Answerer) -> None:
    text = answerer.ask(
        "quy che chi tieu noi bo tu 2022 den nay: qd ban hanh ban dau, qd bai bo mot dieu va "
        "qd thay the la nhung qd nao"
    ).text
    assert listed(text) == keys("61/QĐ-STC", "52/QĐ-STC", "30/QĐ-STC")


def test_the_provinces_yearly_plans_known_from_citing(answerer: Answerer) -> None:
    text = answerer.ask(
        "ubnd tinh ra kh cchc moi nam, so tai chinh lam kh rieng de thuc hien; liet ke cac kh "
        "cua tinh tu 2023 toi nay"
    ).text
    assert listed(text) == keys("06/KH-UBND", "10/KH-UBND", "08/KH-UBND")


def test_a_list_and_every_later_act_on_it(answerer: Answerer) -> None:
    text = answerer.ask(
        "The 2024 list of the finance department's procedures published by the provincial "
        "chairman: the list itself and every later decision that amended, partly repealed or "
        "replaced it?"
    ).text
    assert listed(text) == keys("1120/QĐ-UBND", "1540/QĐ-UBND", "1385/QĐ-UBND")


def test_levels_of_government_named_in_english() -> None:
    named = en_unit_bodies("Every report, first of the city and then of the ward?")
    units = [o.unit for o in named]
    assert units == ["thanh pho", "phuong"]
    assert [o.unit for o in en_unit_bodies("Which plans of the province ended?")] == ["tinh"]
    # (the district's and the province's beside the Phòng's: bodies, not levels alone)
    assert en_unit_bodies("Which documents came out, the Phòng's and those of the district?") == []
    assert en_unit_bodies("Which reports did the department send?") == []


def test_a_report_carrying_a_plan_on(answerer: Answerer) -> None:
    text = answerer.ask("Những báo cáo nào thực hiện Kế hoạch 07/KH-STC?").text
    assert lookup_key("226/BC-STC") in listed(text)
