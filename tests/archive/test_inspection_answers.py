"""Questions staff ask when an inspection team or a provincial letter asks for documents: what
holds now (not what it replaced), a quarter's report, plans and reports carrying out the
province's plan, which of several named were changed, the plans replaced in a year, and
the department's other work asked by its own words."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import document, keys, listed

from assistant.config import Settings
from assistant.generation.answer import Answerer

FILES = {
    "qd-61-2022-quy-che-lam-viec.txt": document(
        "QUYẾT ĐỊNH",
        "61/QĐ-SCT",
        "10/8/2022",
        "Ban hành Quy chế làm việc của Sở Công Thương",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Công Thương.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-30-2025-quy-che-lam-viec.txt": document(
        "QUYẾT ĐỊNH",
        "30/QĐ-SCT",
        "26/5/2025",
        "Ban hành Quy chế làm việc của Sở Công Thương",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Công Thương.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số "
        "61/QĐ-SCT ngày 10/8/2022 của Giám đốc Sở Công Thương.",
    ),
    "kh-98-2024-cchc-2025.txt": document(
        "KẾ HOẠCH",
        "98/KH-SCT",
        "27/12/2024",
        "Cải cách hành chính năm 2025 của Sở Công Thương",
        "Thực hiện Kế hoạch số 236/KH-UBND ngày 20/12/2024 của Ủy ban nhân dân tỉnh về cải "
        "cách hành chính năm 2025, Sở Công Thương ban hành Kế hoạch cải cách hành chính năm "
        "2025.",
    ),
    "kh-10-2025-cchc-2025.txt": document(
        "KẾ HOẠCH",
        "10/KH-SCT",
        "25/3/2025",
        "Cải cách hành chính năm 2025 của Sở Công Thương (thay thế)",
        "Thực hiện Kế hoạch số 236/KH-UBND ngày 20/12/2024 của Ủy ban nhân dân tỉnh, Sở Công "
        "Thương ban hành Kế hoạch này. Kế hoạch này thay thế Kế hoạch số 98/KH-SCT ngày "
        "27/12/2024 của Sở Công Thương.",
    ),
    "kh-20-2025-tuyen-truyen.txt": document(
        "KẾ HOẠCH",
        "20/KH-SCT",
        "10/4/2025",
        "Tuyên truyền cải cách hành chính năm 2025",
        "Thực hiện Kế hoạch số 10/KH-SCT ngày 25/3/2025 của Sở Công Thương về cải cách hành "
        "chính năm 2025, Sở ban hành Kế hoạch tuyên truyền.",
    ),
    "bc-141-2025-quy-iii.txt": document(
        "BÁO CÁO",
        "141/BC-SCT",
        "08/10/2025",
        "Kết quả thực hiện công tác cải cách hành chính quý III và 9 tháng năm 2025",
        "Thực hiện Kế hoạch số 10/KH-SCT ngày 25/3/2025 của Sở Công Thương, Sở báo cáo kết "
        "quả cải cách hành chính quý III và 9 tháng năm 2025 như sau.",
    ),
    "bc-97-2025-6-thang.txt": document(
        "BÁO CÁO",
        "97/BC-SCT",
        "07/7/2025",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025",
        "Sở Công Thương báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2025.",
    ),
    "qd-15-2023-to-giup-viec.txt": document(
        "QUYẾT ĐỊNH",
        "15/QĐ-SCT",
        "06/02/2023",
        "Kiện toàn Tổ giúp việc công tác cải cách hành chính của Sở Công Thương",
        "Điều 1. Kiện toàn Tổ giúp việc công tác cải cách hành chính.",
    ),
    "qd-09-2025-to-giup-viec.txt": document(
        "QUYẾT ĐỊNH",
        "09/QĐ-SCT",
        "16/01/2025",
        "Kiện toàn Tổ giúp việc công tác cải cách hành chính của Sở Công Thương",
        "Điều 1. Kiện toàn Tổ giúp việc công tác cải cách hành chính.\n\nĐiều 2. Quyết định "
        "này có hiệu lực kể từ ngày ký và thay thế Quyết định số 15/QĐ-SCT ngày 06/02/2023.",
    ),
    "qd-33-2025-iso.txt": document(
        "QUYẾT ĐỊNH",
        "33/QĐ-SCT",
        "12/3/2025",
        "Công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015",
        "Điều 1. Công bố Hệ thống quản lý chất lượng của Sở Công Thương.",
    ),
    "kh-52-2025-hoi-cho.txt": document(
        "KẾ HOẠCH",
        "52/KH-SCT",
        "18/3/2025",
        "Tổ chức Lễ hội Ẩm thực và Hội chợ hàng Việt tỉnh Kim Sơn năm 2025",
        "Sở Công Thương tổ chức Lễ hội Ẩm thực và Hội chợ hàng Việt năm 2025 tại quảng "
        "trường tỉnh.",
    ),
    "cv-10-2025-tuyen-truyen.txt": document(
        "CÔNG VĂN",
        "120/SCT-VP",
        "20/5/2025",
        "V/v tuyên truyền cải cách hành chính tại hội nghị, hội thi",
        "Sở Công Thương đề nghị các phòng tuyên truyền cải cách hành chính tại các hội nghị, "
        "hội thi trong năm 2025.",
    ),
    "qd-36-2023-phoi-hop.txt": document(
        "QUYẾT ĐỊNH",
        "36/QĐ-SCT",
        "10/4/2023",
        "Ban hành Quy chế phối hợp giữa Sở Công Thương và Phòng Kinh tế các huyện",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.",
    ),
    "qd-44-2024-sua-doi.txt": document(
        "QUYẾT ĐỊNH",
        "44/QĐ-SCT",
        "20/5/2024",
        "Sửa đổi Điều 3 Quy chế phối hợp ban hành kèm theo Quyết định số 36/QĐ-SCT ngày "
        "10/4/2023",
        "Điều 1. Sửa đổi Điều 3 Quy chế phối hợp ban hành kèm theo Quyết định số 36/QĐ-SCT "
        "ngày 10/4/2023 của Giám đốc Sở Công Thương.",
    ),
    "qd-110-2025-bai-bo.txt": document(
        "QUYẾT ĐỊNH",
        "110/QĐ-SCT",
        "15/7/2025",
        "Bãi bỏ Quyết định số 36/QĐ-SCT ngày 10/4/2023 của Giám đốc Sở Công Thương",
        "Điều 1. Bãi bỏ Quyết định số 36/QĐ-SCT ngày 10/4/2023 của Giám đốc Sở Công Thương, "
        "do Phòng Kinh tế các huyện chấm dứt hoạt động từ ngày 01/7/2025.",
    ),
    "qd-05-2021-ban-quan-ly-cho.txt": document(
        "QUYẾT ĐỊNH",
        "05/QĐ-BQLC",
        "12/3/2021",
        "Ban hành Quy chế làm việc của Ban Quản lý chợ tỉnh Kim Sơn",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ban Quản lý chợ.",
    ).replace("SỞ CÔNG THƯƠNG", "BAN QUẢN LÝ CHỢ"),
    "qd-12-2025-thay-ban-quan-ly-cho.txt": document(
        "QUYẾT ĐỊNH",
        "12/QĐ-SCT",
        "20/3/2025",
        "Ban hành Quy chế quản lý chợ của Sở Công Thương",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý chợ.\n\nĐiều 2. Quyết định "
        "này có hiệu lực kể từ ngày ký và thay thế Quyết định số 05/QĐ-BQLC ngày 12/3/2021 của "
        "Trưởng Ban Quản lý chợ.",
    ),
    "qd-52-2025-thi-diem.txt": document(
        "QUYẾT ĐỊNH",
        "52/QĐ-SCT",
        "20/6/2025",
        "Thí điểm tiếp nhận hồ sơ thủ tục hành chính trực tuyến toàn trình",
        "Điều 1. Thí điểm tiếp nhận hồ sơ thủ tục hành chính trực tuyến toàn trình. Thời gian "
        "thí điểm từ ngày 01/7/2025 đến hết ngày 31/12/2025.",
    ),
    "qd-95-2025-gia-han.txt": document(
        "QUYẾT ĐỊNH",
        "95/QĐ-SCT",
        "05/12/2025",
        "Gia hạn thời gian thí điểm tiếp nhận hồ sơ trực tuyến toàn trình",
        "Điều 1. Gia hạn thời gian thí điểm tại Quyết định số 52/QĐ-SCT ngày 20/6/2025 đến "
        "hết ngày 30/6/2026.",
    ),
    "kh-14-2025-kiem-tra.txt": document(
        "KẾ HOẠCH",
        "14/KH-SCT",
        "20/01/2025",
        "Kiểm tra công tác cải cách hành chính năm 2025",
        "Sở Công Thương kiểm tra công tác cải cách hành chính tại 04 phòng trong năm 2025.",
    ),
    "cv-1560-2025-snv-huong-dan.txt": document(
        "CÔNG VĂN",
        "1560/SNV-CCHC",
        "20/11/2025",
        "V/v hướng dẫn báo cáo cải cách hành chính năm 2025",
        "Kính gửi: Các sở, ban, ngành tỉnh.\n\nSở Nội vụ hướng dẫn báo cáo cải cách hành "
        "chính năm 2025.",
    ).replace("SỞ CÔNG THƯƠNG", "SỞ NỘI VỤ"),
    "bc-160-2025-thuong-mai.txt": document(
        "BÁO CÁO",
        "160/BC-SCT",
        "20/12/2025",
        "Tình hình hoạt động thương mại năm 2025",
        "Tổng mức bán lẻ hàng hóa năm 2025 tăng 9,5% so với năm 2024.",
    ),
    "cv-210-2025-xang-dau-tet.txt": document(
        "CÔNG VĂN",
        "210/SCT-QLTM",
        "15/01/2025",
        "V/v bảo đảm nguồn cung xăng dầu dịp Tết Nguyên đán",
        "Kính gửi: Các thương nhân kinh doanh xăng dầu trên địa bàn tỉnh.\n\nSở Công Thương "
        "đề nghị các thương nhân bảo đảm nguồn cung dịp Tết Nguyên đán năm 2025.",
    ),
    "cv-305-2025-niem-yet-gia.txt": document(
        "CÔNG VĂN",
        "305/SCT-QLTM",
        "10/6/2025",
        "V/v niêm yết giá bán lẻ",
        "Kính gửi:\n- Các thương nhân đầu mối kinh doanh xăng dầu;\n- Các cửa hàng bán lẻ."
        "\n\nSở Công Thương đề nghị niêm yết giá bán lẻ tại cửa hàng.",
    ),
    "cv-150-2025-bao-cao-quy-i.txt": document(
        "CÔNG VĂN",
        "150/SCT-VP",
        "02/4/2025",
        "V/v báo cáo kết quả cải cách hành chính quý I năm 2025",
        "Kính gửi: Sở Nội vụ tỉnh Kim Sơn.\n\nSở Công Thương gửi kết quả cải cách hành "
        "chính quý I năm 2025; xăng dầu và giá bán lẻ không thuộc báo cáo này.",
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("inspection", FILES), llm=None)


def test_the_rules_in_force_now_are_not_listed_with_those_they_replaced(
    answerer: Answerer,
) -> None:
    text = answerer.ask("Quy chế làm việc hiện hành của Sở là quyết định nào?").text
    assert listed(text) == keys("30/QĐ-SCT"), text


def test_asked_whether_one_still_holds_its_lineage_is_shown(answerer: Answerer) -> None:
    text = answerer.ask("Quy chế làm việc theo QĐ 61/QĐ-SCT giờ còn hiệu lực ko").text
    assert "30/QĐ-SCT" in text, text


def test_a_quarters_report_is_the_one_naming_the_quarter_beside_its_months(
    answerer: Answerer,
) -> None:
    text = answerer.ask("Báo cáo CCHC quý III năm 2025 của Sở").text
    # not the six months' report, signed within the quarter
    assert listed(text) == keys("141/BC-SCT"), text


def test_plans_replaced_in_a_year_are_found_when_asked_as_plans(answerer: Answerer) -> None:
    text = answerer.ask("Trong năm 2025, những kế hoạch nào bị thay thế?").text
    assert listed(text) == keys("98/KH-SCT"), text


def test_the_provinces_plan_is_carried_out_through_the_departments_own(
    answerer: Answerer,
) -> None:
    question = (
        "Thực hiện KH 236/KH-UBND của UBND tỉnh, Sở đã ban hành những kế hoạch và báo cáo nào"
    )
    text = answerer.ask(question).text
    # its plans (the one replaced too), then the plan and report under the new one; the
    # province's plan is what was asked about, not an answer
    assert listed(text) == keys("98/KH-SCT", "10/KH-SCT", "20/KH-SCT", "141/BC-SCT"), text


def test_which_of_the_named_were_replaced_and_by_what(answerer: Answerer) -> None:
    text = answerer.ask(
        "QĐ 15/QĐ-SCT, 61/QĐ-SCT, 33/QĐ-SCT — cái nào đã bị thay thế, văn bản đó là gì?"
    ).text
    # each changed one an item, what replaced it an item below it; 33 changed by none
    assert listed(text) == keys("15/QĐ-SCT", "61/QĐ-SCT"), text
    assert "09/QĐ-SCT" in text, text
    assert "30/QĐ-SCT" in text, text
    assert text.index("số 33") > text.index("30/QĐ-SCT"), text


def test_the_departments_other_work_asked_by_its_own_words(answerer: Answerer) -> None:
    # "hội" is said of the reform's hội nghị, hội thi too: the festival plan is no
    # communication plan, and the communication letter is no festival
    text = answerer.ask("Kế hoạch lễ hội năm 2025").text
    assert listed(text) == keys("52/KH-SCT"), text


def test_what_the_department_ended_since_a_day_and_by_what(answerer: Answerer) -> None:
    text = answerer.ask(
        "Sau khi sắp xếp chính quyền từ 01/7/2025, Sở đã bãi bỏ hoặc điều chỉnh những QĐ nào "
        "của mình, bằng văn bản nào?"
    ).text
    # the repeal of July 2025 and the decision making it; not the amendment of 2024
    assert listed(text) == keys("36/QĐ-SCT", "110/QĐ-SCT"), text


def test_the_former_bodys_documents_replaced_in_a_year(answerer: Answerer) -> None:
    text = answerer.ask(
        "Trong năm 2025, Sở đã thay thế những QĐ nào của Ban Quản lý chợ trước đây?"
    ).text
    # not the Sở's own decisions replaced that year
    assert listed(text) == keys("05/QĐ-BQLC"), text


def test_for_the_years_report_the_next_years_plan_is_left_out(answerer: Answerer) -> None:
    asked = "Sở đã ký những quyết định và kế hoạch nào trong năm 2024"
    # signed on 27/12/2024, the 2025 plan is 2025's work in the 2024 report
    assert keys("98/KH-SCT") <= listed(answerer.ask(asked).text)
    text = answerer.ask(f"{asked} để đưa vào báo cáo năm").text
    assert listed(text) == keys("44/QĐ-SCT"), text


def test_what_replaced_or_repealed_earlier_decisions_in_a_year(answerer: Answerer) -> None:
    text = answerer.ask("Which documents of 2025 replaced or repealed earlier decisions?").text
    # (not the plan that replaced a plan)
    assert listed(text) == keys("09/QĐ-SCT", "12/QĐ-SCT", "30/QĐ-SCT", "110/QĐ-SCT"), text


def test_which_of_the_named_was_extended_and_by_what(answerer: Answerer) -> None:
    text = answerer.ask(
        "Trong các QĐ 52/QĐ-SCT và 33/QĐ-SCT, QĐ nào về sau bị sửa đổi, gia hạn hoặc thay thế, "
        "bởi QĐ nào?"
    ).text
    assert listed(text) == keys("52/QĐ-SCT"), text
    assert "95/QĐ-SCT" in text, text


def test_letters_asked_by_whom_they_were_sent_to_are_read_by_their_recipients(
    answerer: Answerer,
) -> None:
    # the second letter's title names neither petrol nor its traders: its "Kính gửi" does
    text = answerer.ask("các công văn gửi thương nhân kinh doanh xăng dầu").text
    assert listed(text) == keys("210/SCT-QLTM", "305/SCT-QLTM"), text
    text = answerer.ask("Sở đã có những công văn nào gửi Sở Nội vụ?").text
    assert listed(text) == keys("150/SCT-VP"), text


def test_a_question_naming_the_reform_lists_none_of_the_other_work(answerer: Answerer) -> None:
    # the trade report of the year is the department's other work, whichever step found it
    text = answerer.ask("các báo cáo CCHC quý, 6 tháng, 9 tháng và năm của Sở năm 2025").text
    assert keys("97/BC-SCT", "141/BC-SCT") <= listed(text), text
    assert "160/BC-SCT" not in text, text


def test_two_areas_asked_together_are_each_found(answerer: Answerer) -> None:
    text = answerer.ask("Những kế hoạch kiểm tra và tuyên truyền CCHC năm 2025 của Sở").text
    assert listed(text) == keys("14/KH-SCT", "20/KH-SCT"), text


def test_a_slip_in_an_areas_name_is_read_as_the_archive_writes_it(answerer: Answerer) -> None:
    text = answerer.ask("Kế hoạch tuyên truền CCHC năm 2025 của Sở").text
    assert listed(text) == keys("20/KH-SCT"), text


def test_what_carries_a_named_plan_out_is_of_the_type_asked(answerer: Answerer) -> None:
    text = answerer.ask("Những kế hoạch nào thực hiện Kế hoạch số 10/KH-SCT?").text
    assert listed(text) == keys("20/KH-SCT"), text
    text = answerer.ask("Những báo cáo nào thực hiện Kế hoạch số 10/KH-SCT?").text
    assert listed(text) == keys("141/BC-SCT"), text


def test_documents_of_another_body_named_are_that_bodys(answerer: Answerer) -> None:
    # the department's own letters and plans on the reform read alike; the Sở Nội vụ's is one
    text = answerer.ask("văn bản hướng dẫn của Sở Nội vụ về CCHC").text
    assert listed(text) == keys("1560/SNV-CCHC"), text
    text = answerer.ask("van ban huong dan cua So Noi vu ve CCHC").text
    assert listed(text) == keys("1560/SNV-CCHC"), text


def test_the_document_asked_first_is_listed_before_what_acted_on_it(answerer: Answerer) -> None:
    text = answerer.ask(
        "Quyết định nào ban hành Quy chế phối hợp năm 2023, và quyết định nào sửa đổi nó?"
    ).text
    assert "36/QĐ-SCT" in text, text
    assert "44/QĐ-SCT" in text, text
    assert text.index("36/QĐ-SCT") < text.index("44/QĐ-SCT"), text
