"""A figure a later report corrected: the corrected one answers, and the first-stated one,
where it is quoted, says it was corrected (a small archive of a centre's reports)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from assistant.config import Settings
from assistant.generation.answer import Answerer

SAMPLE = "(MẪU — tài liệu mẫu của một cơ quan hư cấu, không có giá trị pháp lý)\n\n"


def report(number: str, day: str, title: str, body: str) -> str:
    d, m, y = day.split("/")
    return (
        f"{SAMPLE}VĂN PHÒNG UBND TỈNH KIM SƠN\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        f"Số: {number}\n\nKim Sơn, ngày {d} tháng {m} năm {y}\n\n"
        f"BÁO CÁO\n{title}\n\n{body}\n\nGIÁM ĐỐC\n\nTrần Thị Mai\n"
    )


FILES = {
    "bc-thang-10-2024.txt": report(
        "78/BC-TTPVHCC",
        "04/11/2024",
        "Kết quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh tháng 10 năm 2024",
        "1. Tháng 10 năm 2024, Trung tâm tiếp nhận 9.412 hồ sơ; đã giải quyết 9.330 hồ sơ, "
        "trong đó đúng hạn 99,38%.\n\n2. Tổ chức tiếp nhận hồ sơ ngoài giờ hành chính vào "
        "sáng thứ Bảy.",
    ),
    "bc-quy-iii-2024.txt": report(
        "70/BC-TTPVHCC",
        "03/10/2024",
        "Kết quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh quý III năm 2024",
        "1. Quý III năm 2024, Trung tâm tiếp nhận 27.160 hồ sơ (tháng 7: 9.310; tháng 8: "
        "9.084; tháng 9: 8.766); tỷ lệ đúng hạn 99,47%.",
    ),
    "bc-quy-iv-2024.txt": report(
        "02/BC-TTPVHCC",
        "03/01/2025",
        "Kết quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh quý IV năm 2024",
        "1. Quý IV năm 2024, Trung tâm tiếp nhận 28.283 hồ sơ (tháng 10: 9.412; tháng 11: "
        "9.268; tháng 12: 9.603); tỷ lệ đúng hạn 99,51%.",
    ),
    "bc-nam-2024.txt": report(
        "04/BC-TTPVHCC",
        "10/01/2025",
        "Kết quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh năm 2024",
        "I. KẾT QUẢ\n\nNăm 2024, Trung tâm tiếp nhận 105.744 hồ sơ, tỷ lệ đúng hạn 99,37%; "
        "tỷ lệ hài lòng 96,2%. Số liệu tháng 10 được điều chỉnh từ 9.412 lên 9.421 hồ sơ sau "
        "khi đồng bộ hồ sơ của Sở Giao thông vận tải.\n\nII. NHIỆM VỤ NĂM 2025\n\nTiếp tục "
        "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.",
    ),
    # a letter sending corrected figures, a list of them under a lead naming the period
    "cv-dieu-chinh-so-lieu-quy-iii.txt": (
        f"{SAMPLE}VĂN PHÒNG UBND TỈNH KIM SƠN\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 85/TTPVHCC-VP\n\nKim Sơn, ngày 20 tháng 10 năm 2024\n\n"
        "V/v điều chỉnh số liệu báo cáo quý III năm 2024\n\nKính gửi: Sở Nội vụ.\n\n"
        "Ngày 03/10/2024, Trung tâm gửi Báo cáo số 70/BC-TTPVHCC kết quả hoạt động quý III "
        "năm 2024. Qua đối soát, Trung tâm điều chỉnh số liệu như sau:\n\n"
        "- Tỷ lệ giải quyết đúng hạn: 99,52% (đã báo cáo 99,47%).\n\n"
        "- Số hồ sơ tiếp nhận không thay đổi.\n\nGIÁM ĐỐC\n\nTrần Thị Mai\n"
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("corrected", FILES), llm=None)


def points(text: str) -> list[str]:
    return re.findall(r"^\d+\. .*$", text, re.M)


def test_the_corrected_figure_answers_first(answerer: Answerer) -> None:
    text = answerer.ask("Tháng 10 năm 2024 Trung tâm tiếp nhận bao nhiêu hồ sơ?").text
    first, *rest = points(text)
    assert "9.421" in first, text
    assert "bc-nam-2024.txt" in first, text
    # the monthly report's first-stated figure, quoted after, says it was corrected
    stale = [p for p in rest if "9.412 hồ sơ;" in p]
    assert all("số liệu 9.412 sau đó được điều chỉnh thành 9.421" in p for p in stale), text


def test_a_figure_no_report_corrected_is_the_periods_own(answerer: Answerer) -> None:
    text = answerer.ask("Tháng 10 năm 2024 Trung tâm đã giải quyết bao nhiêu hồ sơ?").text
    first = points(text)[0]
    assert "9.330" in first, text
    assert "bc-thang-10-2024.txt" in first, text
    assert "điều chỉnh thành" not in text.split("9.330")[0]


def test_a_month_s_item_of_a_quarter_later_corrected_is_corrected(answerer: Answerer) -> None:
    text = answerer.ask("Tháng 12 năm 2024 Trung tâm tiếp nhận bao nhiêu hồ sơ?").text
    first = points(text)[0]
    # December's own item of the quarter's breakdown, no correction of it
    assert "9.603" in first, text
    assert "điều chỉnh" not in first, text


def test_a_letter_s_corrected_figure_answers_first(answerer: Answerer) -> None:
    text = answerer.ask("Tỷ lệ đúng hạn quý III năm 2024 của Trung tâm là bao nhiêu?").text
    first = points(text)[0]
    assert "99,52%" in first, text
    assert "cv-dieu-chinh-so-lieu-quy-iii.txt" in first, text


def test_the_documents_correcting_a_period_s_figures(answerer: Answerer) -> None:
    text = answerer.ask("Số liệu quý III năm 2024 đã được điều chỉnh ở văn bản nào?").text
    assert [p.split(" ngày")[0] for p in points(text)] == ["1. Công văn số 85/TTPVHCC-VP"], text
    # October's figure was corrected by the year's report
    text = answerer.ask("Số liệu tháng 10 năm 2024 được điều chỉnh tại văn bản nào?").text
    assert [p.split(" ngày")[0] for p in points(text)] == ["1. Báo cáo số 04/BC-TTPVHCC"], text


def test_a_year_s_periodic_reports_are_those_of_its_parts(answerer: Answerer) -> None:
    text = answerer.ask("Năm 2024 Trung tâm có những báo cáo định kỳ nào?").text
    numbers = [p.split(" ngày")[0].split("số ")[-1] for p in points(text)]
    # the fourth quarter's and the year's, issued in January 2025, are of 2024
    assert numbers == ["70/BC-TTPVHCC", "78/BC-TTPVHCC", "02/BC-TTPVHCC", "04/BC-TTPVHCC"], text
