"""Series, histories and what a reorganisation kept in force, asked as staff ask them.

A small archive of one department over four years: its yearly plans and reports, its
working rules through their versions and the acts on one article of them, a pilot whose
term article a later decision rewrote, a rule paused for a time, and the new province's
decision on which documents of the former province keep applying. Each question is one a
blind writer asked of a larger archive (``bench/data/lists_writer23.jsonl``, the thirty-first
and thirty-second held-out archives), in other words.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.archive.relation_terms import extract_continuations, extract_terms
from assistant.archive.relations import extract_relations
from assistant.citations import extract, lookup_key
from assistant.config import Settings
from assistant.generation.answer import Answerer

SAMPLE = "(MẪU — tài liệu mẫu của một cơ quan hư cấu, không có giá trị pháp lý)\n\n"


def document(
    kind: str, number: str, day: str, title: str, body: str, *, ubnd: bool = False
) -> str:
    d, m, y = day.split("/")
    who = "ỦY BAN NHÂN DÂN\nTỈNH KIM SƠN" if ubnd else "UBND TỈNH KIM SƠN\nSỞ NỘI VỤ"
    return (
        f"{SAMPLE}{who}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        f"Số: {number}\n\nKim Sơn, ngày {d} tháng {m} năm {y}\n\n{kind}\n{title}\n\n{body}\n\n"
        "GIÁM ĐỐC\n\nTrần Văn An\n"
    )


def plan(number: str, day: str, year: int) -> str:
    return document(
        "KẾ HOẠCH",
        number,
        day,
        f"Cải cách hành chính năm {year} của Sở Nội vụ",
        f"I. MỤC ĐÍCH, YÊU CẦU\nTriển khai công tác cải cách hành chính năm {year}.",
    )


def report(number: str, day: str, period: str) -> str:
    return document(
        "BÁO CÁO",
        number,
        day,
        f"Kết quả thực hiện công tác cải cách hành chính {period}",
        f"I. KẾT QUẢ\nTrong {period}, Sở đã tiếp nhận 1.200 hồ sơ thủ tục hành chính.",
    )


def decision(number: str, day: str, title: str, body: str, *, ubnd: bool = False) -> str:
    return document("QUYẾT ĐỊNH", number, day, title, f"QUYẾT ĐỊNH:\n\n{body}", ubnd=ubnd)


FILES = {
    "kh-04-2023.txt": plan("04/KH-SNV", "10/01/2023", 2023),
    "kh-180-2023.txt": plan("180/KH-SNV", "26/12/2023", 2024),
    "kh-190-2024.txt": plan("190/KH-SNV", "24/12/2024", 2025),
    "kh-06-2026.txt": plan("06/KH-SNV", "08/01/2026", 2026),
    "bc-35-2024.txt": report("35/BC-SNV", "09/4/2024", "quý I năm 2024"),
    "bc-92-2024.txt": report("92/BC-SNV", "08/7/2024", "6 tháng đầu năm 2024"),
    "bc-139-2024.txt": report("139/BC-SNV", "08/10/2024", "9 tháng năm 2024"),
    "bc-181-2024.txt": report("181/BC-SNV", "12/12/2024", "năm 2024"),
    "bc-175-2023.txt": report("175/BC-SNV", "13/12/2023", "năm 2023"),
    "bc-30-2023.txt": report("30/BC-SNV", "10/4/2023", "quý I năm 2023"),
    # the working rules through their versions: 2019 (known only from citing), 2022, 2025
    "qd-33-2022.txt": decision(
        "33/QĐ-SNV",
        "28/3/2022",
        "Ban hành Quy chế làm việc của Sở Nội vụ",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Nội vụ.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số "
        "52/QĐ-SNV ngày 12/6/2019 của Giám đốc Sở Nội vụ.",
    ),
    "qd-41-2025.txt": decision(
        "41/QĐ-SNV",
        "10/4/2025",
        "Ban hành Quy chế làm việc của Sở Nội vụ",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Nội vụ.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số "
        "33/QĐ-SNV ngày 28/3/2022 của Giám đốc Sở Nội vụ.",
    ),
    "qd-21-2026.txt": decision(
        "21/QĐ-SNV",
        "02/3/2026",
        "Sửa đổi Điều 7 Quy chế làm việc của Sở Nội vụ ban hành kèm theo Quyết định số "
        "41/QĐ-SNV ngày 10/4/2025",
        "Điều 1. Sửa đổi Điều 7 Quy chế làm việc của Sở Nội vụ ban hành kèm theo Quyết định "
        "số 41/QĐ-SNV ngày 10/4/2025 như sau: \"Điều 7. Giao ban trực tuyến hằng tuần.\"\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    # a pilot whose term article a later decision rewrote, under a title saying "Sửa đổi"
    "qd-54-2024.txt": decision(
        "54/QĐ-SNV",
        "20/5/2024",
        "Thí điểm tiếp nhận hồ sơ thi đua, khen thưởng trực tuyến toàn trình",
        "Điều 1. Thí điểm tiếp nhận hồ sơ thi đua, khen thưởng trực tuyến toàn trình.\n\n"
        "Điều 2. Thời gian thực hiện thí điểm: từ ngày 01 tháng 6 năm 2024 đến hết ngày 31 "
        "tháng 12 năm 2024.\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm "
        "2024.",
    ),
    "qd-150-2024.txt": decision(
        "150/QĐ-SNV",
        "20/12/2024",
        "Sửa đổi Điều 2 Quyết định số 54/QĐ-SNV ngày 20/5/2024 về thí điểm tiếp nhận hồ sơ "
        "thi đua, khen thưởng trực tuyến toàn trình",
        "Điều 1. Sửa đổi Điều 2 Quyết định số 54/QĐ-SNV ngày 20/5/2024 của Giám đốc Sở Nội vụ "
        "như sau:\n\"Điều 2. Thời gian thực hiện thí điểm: từ ngày 01 tháng 6 năm 2024 đến "
        "hết ngày 30 tháng 6 năm 2025.\"\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    # an internal procedure paused for a time
    "qd-72-2025.txt": decision(
        "72/QĐ-SNV",
        "20/3/2025",
        "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực tổ chức, biên chế",
        "Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ.\n\nĐiều 2. Quyết định này "
        "có hiệu lực kể từ ngày 01 tháng 4 năm 2025.",
    ),
    "qd-105-2025.txt": decision(
        "105/QĐ-SNV",
        "08/7/2025",
        "Tạm dừng thực hiện Quyết định số 72/QĐ-SNV ngày 20/3/2025",
        "Điều 1. Tạm dừng thực hiện Quyết định số 72/QĐ-SNV ngày 20/3/2025 của Giám đốc Sở "
        "Nội vụ kể từ ngày 10 tháng 7 năm 2025 đến hết ngày 30 tháng 9 năm 2025.\n\nĐiều 2. "
        "Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    # the new province's decision on the former province's documents
    "qd-1580-2025.txt": decision(
        "1580/QĐ-UBND",
        "01/7/2025",
        "Tiếp tục áp dụng, chấm dứt thực hiện các văn bản về cải cách hành chính của UBND tỉnh "
        "Hòa Bắc (cũ)",
        "Điều 1. Các văn bản sau tiếp tục được áp dụng trên địa bàn của tỉnh cũ đã ban hành "
        "cho đến khi được thay thế: Quyết định số 385/QĐ-UBND ngày 05/4/2023 của UBND tỉnh "
        "Hòa Bắc (cũ) ban hành Quy chế đánh giá Chỉ số cải cách hành chính.\n\n"
        "Điều 2. Quyết định số 702/QĐ-UBND ngày 10/5/2024 của UBND tỉnh Hòa Bắc (cũ) về tiếp "
        "nhận hồ sơ vào sáng thứ Bảy tiếp tục được áp dụng trên địa bàn tỉnh Hòa Bắc (cũ) đến "
        "hết ngày 31/12/2025.\n\n"
        "Điều 3. Kế hoạch số 15/KH-UBND ngày 10/01/2025 của UBND tỉnh Kim Sơn (cũ) và Kế hoạch "
        "số 15/KH-UBND ngày 16/01/2025 của UBND tỉnh Hòa Bắc (cũ) về cải cách hành chính năm "
        "2025 chấm dứt thực hiện kể từ ngày 01/7/2025.\n\n"
        "Điều 4. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2025.",
        ubnd=True,
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("series-and-kept", FILES), llm=None)


def listed(text: str) -> set[str]:
    """The documents an answer lists, one per numbered line (its first citation)."""
    lines = [line for line in text.splitlines() if line[:1].isdigit()]
    return {c.key for line in lines for c in extract(line)[:1] if c.key}


def keys(*idents: str) -> set[str]:
    return {lookup_key(i) for i in idents}


def test_a_yearly_series_up_to_now_is_every_year_not_the_current_one(answerer: Answerer) -> None:
    text = answerer.ask(
        "Sở mỗi năm ra một kế hoạch CCHC — cho mình danh sách các kế hoạch đó từ năm 2023 "
        "tới bây giờ"
    ).text
    assert listed(text) == keys("04/KH-SNV", "180/KH-SNV", "190/KH-SNV", "06/KH-SNV")


def test_the_years_reports_without_the_quarters(answerer: Answerer) -> None:
    text = answerer.ask(
        "Cho tôi danh sách báo cáo tổng kết CCHC từng năm của Sở (không lấy báo cáo quý)"
    ).text
    assert listed(text) == keys("175/BC-SNV", "181/BC-SNV")


def test_a_years_reports_from_the_first_quarter_to_the_year(answerer: Answerer) -> None:
    text = answerer.ask(
        "tong hop giup cac bao cao cchc cua so trong nam 2024, tu bc quy I toi bc ca nam"
    ).text
    assert listed(text) == keys("35/BC-SNV", "92/BC-SNV", "139/BC-SNV", "181/BC-SNV")


def test_how_many_times_the_rules_were_issued_with_the_old_one(answerer: Answerer) -> None:
    text = answerer.ask(
        "Quy chế làm việc của Sở đã được ban hành mấy lần, kể cả bản cũ năm 2019? Liệt kê "
        "các QĐ"
    ).text
    assert keys("52/QĐ-SNV", "33/QĐ-SNV", "41/QĐ-SNV") <= listed(text)
    assert not listed(text) & keys("04/KH-SNV", "72/QĐ-SNV", "54/QĐ-SNV")


def test_the_acts_on_one_article_asked_by_their_authors(answerer: Answerer) -> None:
    text = answerer.ask(
        "nhung qd nao da sua doi, bai bo hoac tam dung mot dieu trong quy che, quy trinh noi "
        "bo cua so ma khong thay the ca van ban"
    ).text
    assert listed(text) == keys("21/QĐ-SNV")


def test_a_term_article_rewritten_moves_the_pilots_end(answerer: Answerer) -> None:
    terms = extract_terms(FILES["qd-150-2024.txt"])
    assert [(t.target, t.until, t.extends) for t in terms] == [
        ("54/QĐ-SNV", "2025-06-30", True)
    ]
    text = answerer.ask("Which pilots of the department had ended by mid-August 2025?").text
    assert listed(text) == keys("54/QĐ-SNV")
    assert "30/6/2025" in text
    # not by the end of the first term: it ran on
    assert not listed(answerer.ask("Which pilots had ended by mid-March 2025?").text)


def test_what_applied_only_for_a_time(answerer: Answerer) -> None:
    text = answerer.ask("Những quyết định nào của Sở chỉ áp dụng có thời hạn?").text
    assert {lookup_key("54/QĐ-SNV"), lookup_key("72/QĐ-SNV")} <= listed(text)
    assert not listed(text) & keys("33/QĐ-SNV", "41/QĐ-SNV")


def test_what_was_paused_at_a_moment(answerer: Answerer) -> None:
    text = answerer.ask(
        "Khoảng giữa tháng 8/2025, ở Sở có quy định TTHC nào đang bị ngưng thực hiện?"
    ).text
    assert listed(text) == keys("72/QĐ-SNV")


def test_the_documents_a_merger_kept_in_force() -> None:
    kept = extract_continuations(FILES["qd-1580-2025.txt"])
    assert [(k.target, k.until) for k in kept] == [
        ("385/QĐ-UBND", None),
        ("702/QĐ-UBND", "2025-12-31"),
    ]
    assert kept[1].territory == "tỉnh Hòa Bắc (cũ)"
    followed = extract_continuations(
        "2. Việc giải quyết hồ sơ tạm thời tiếp tục thực hiện theo Quy trình nội bộ ban hành kèm "
        "theo Quyết định số 86/QĐ-SKHĐT ngày 12/8/2022 của Sở Kế hoạch và Đầu tư."
    )
    assert [k.target for k in followed] == ["86/QĐ-SKHĐT"]
    # a pause's end is no reorganisation's keeping
    assert not extract_continuations(
        "Điều 2. Hết thời hạn tạm dừng, Quyết định số 55/QĐ-STC ngày 28/7/2025 tiếp tục được "
        "áp dụng."
    )
    assert not extract_continuations(
        "Quyết định số 27/QĐ-SXD ngày 02/3/2025 tiếp tục được áp dụng kể từ ngày 15/9/2025."
    )


def test_kept_in_force_asked_and_the_decision_that_kept_them(answerer: Answerer) -> None:
    text = answerer.ask("những văn bản của tỉnh cũ còn được áp dụng sau sáp nhập").text
    assert listed(text) == keys("385/QĐ-UBND", "702/QĐ-UBND")
    text = answerer.ask(
        "quyết định của UBND tỉnh về các văn bản tiếp tục áp dụng sau sáp nhập"
    ).text
    assert listed(text) == keys("1580/QĐ-UBND")
    # kept to a stated day, it ended after it (the keeping decision's words are its term)
    status = answerer.ask("Quyết định 702/QĐ-UBND còn hiệu lực không?").text
    assert "hết hiệu lực" in status
    assert "31/12/2025" in status


def test_two_plans_of_one_number_ended_in_one_clause(answerer: Answerer) -> None:
    relations = extract_relations(FILES["qd-1580-2025.txt"])
    ended = [(r.target, r.target_date) for r in relations if r.type == "terminates"]
    assert ended == [("15/KH-UBND", "2025-01-10"), ("15/KH-UBND", "2025-01-16")]
    text = answerer.ask("Which plans were ended early by the merger?").text
    assert "15/KH-UBND ngày 10/01/2025" in text
    assert "15/KH-UBND ngày 16/01/2025" in text


def test_what_a_described_decision_ended(answerer: Answerer) -> None:
    text = answerer.ask(
        "Which plans did the July 2025 decision on the former province's documents end?"
    ).text
    assert lookup_key("15/KH-UBND") in listed(text)
    assert not listed(text) & keys("04/KH-SNV", "190/KH-SNV")
