"""Fact questions: one value a document states inside it — a deadline, its signer, the day
it takes effect or ends, a time limit, an amount — answered with the sentence or signature
block that states it, from the document the question describes.

On the shipped sample archive (its Công văn, plans and decisions in text, PDF and DOCX) and on
a small archive of a Sở Tư pháp whose rules a later decision amends in one article, whose
list of procedures a đính chính corrects in its day of effect, and whose spending rules are
replaced by next year's. The start code answered each of these with a list of documents or
with a sentence of the wrong document.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import document

from assistant.config import Settings
from assistant.generation import facts
from assistant.generation.answer import Answerer
from assistant.generation.fit import signature_blocks, signers

_POINT = "\n2. "


def first_point(text: str) -> str:
    """The answer up to its second numbered point (as ``bench/figures.py`` scores it)."""
    return text.split(_POINT, 1)[0]


@pytest.fixture(scope="module")
def samples(sample_settings: Settings) -> Answerer:
    return Answerer(sample_settings, llm=None)


@pytest.mark.parametrize(
    ("question", "value", "source", "wrong"),
    [
        (
            "Các đơn vị phải gửi báo cáo tự kiểm tra CCHC năm 2023 về Văn phòng Sở trước ngày nào?",
            "31/5/2023",
            "cong-van-245-2023-trien-khai-kiem-tra.txt",
            "31/10/2024",
        ),
        (
            "doan kiem tra CCHC nam 2024 phai bao cao Giam doc So truoc ngay nao",
            "31/10/2024",
            "qd-17-2024-ke-hoach-kiem-tra-cchc.txt",
            "31/5/2023",
        ),
        (
            "Ai ký Công văn 245/SKHCN-VP?",
            "Lê Thị Hạnh",
            "cong-van-245-2023-trien-khai-kiem-tra.txt",
            "Trần Minh Khang",
        ),
        (
            "Who signed the department's 2024 administrative reform plan?",
            "Trần Minh Khang",
            "ke-hoach-03-2024-cchc.docx",
            "Nguyễn Văn An",
        ),
        (
            "Quy chế một cửa năm 2022 của Sở có hiệu lực từ ngày nào?",
            "01/10/2022",
            "qd-118-2022-quy-che-mot-cua.txt",
            "20/5/2024",
        ),
        (
            "Đơn vị nào chủ trì Kế hoạch chuyển đổi số năm 2024 của Sở?",
            "Phòng Quản lý chuyên ngành chủ trì",
            "ke-hoach-25-2024-chuyen-doi-so.pdf",
            "Sở ban hành Kế hoạch",
        ),
    ],
)
def test_the_value_stands_first_with_its_file(
    samples: Answerer, question: str, value: str, source: str, wrong: str
) -> None:
    point = first_point(samples.ask(question).text)
    assert value in point
    assert source in point
    assert wrong not in point


def test_a_pdf_signature_run_into_its_note_names_the_signer_alone(samples: Answerer) -> None:
    # the PDF's text reads "Trần Minh Khang Ghi chú: Đây là tài liệu MẪU …" on one line
    point = first_point(samples.ask("Who signed decision 15/QĐ-SKHCN?").text)
    assert "Trần Minh Khang»" in point
    assert "qd-15-2023-sap-xep-to-chuc.pdf" in point


def test_when_a_replaced_decision_ended_is_told_by_what_replaced_it(samples: Answerer) -> None:
    point = first_point(samples.ask("Quyết định 118/QĐ-SKHCN hết hiệu lực từ ngày nào?").text)
    assert "hết hiệu lực từ 20/5/2024" in point
    assert "38/QĐ-SKHCN" in point


def test_asking_for_the_document_by_its_deadline_stays_a_list(samples: Answerer) -> None:
    text = samples.ask("Văn bản nào yêu cầu gửi báo cáo tự kiểm tra trước ngày 31/5/2023?").text
    assert "245/SKHCN-VP" in first_point(text)
    assert "«" not in first_point(text)


SO = "UBND TỈNH KIM SƠN\nSỞ TƯ PHÁP"
PROVINCE = "ỦY BAN NHÂN DÂN\nTỈNH KIM SƠN"
RECEIVED = "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
SO_SIGNS = RECEIVED + "GIÁM ĐỐC\n(Đã ký)\nPhan Thị Thu Hà"
# (a title marked signed, and a note the PDF ran on after the name)
PROVINCE_SIGNS = RECEIVED + (
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH (Đã ký)\nĐỗ Văn Nam [Hết — MẪU]"
)


def decision(number: str, day: str, title: str, articles: str, *, so: bool = True) -> str:
    return document(
        "QUYẾT ĐỊNH",
        number,
        day,
        title,
        f"QUYẾT ĐỊNH:\n\n{articles}",
        issuer=SO if so else PROVINCE,
        signature=SO_SIGNS if so else PROVINCE_SIGNS,
    )


FILES = {
    "qd-62-2023-phan-anh.txt": decision(
        "62/QĐ-STP",
        "10/5/2023",
        "Ban hành Quy chế tiếp nhận, xử lý phản ánh, kiến nghị của Sở Tư pháp",
        "Điều 1. Phản ánh, kiến nghị được tiếp nhận qua Văn phòng Sở.\n\nĐiều 4. "
        "Thời hạn xử lý phản ánh, kiến nghị không quá 10 ngày làm việc.\n\nĐiều 5. Quyết định "
        "này có hiệu lực kể từ ngày ký.",
    ),
    "qd-120-2024-sua-doi.txt": decision(
        "120/QĐ-STP",
        "26/8/2024",
        "Sửa đổi Điều 4 Quy chế tiếp nhận, xử lý phản ánh, kiến nghị",
        "Điều 1. Sửa đổi Điều 4 Quyết định số 62/QĐ-STP ngày 10/5/2023 như sau: "
        '"Điều 4. Thời hạn xử lý phản ánh, kiến nghị không quá 07 ngày làm việc."\n\nĐiều 2. '
        "Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2024.",
    ),
    "qd-845-2024-danh-muc.txt": decision(
        "845/QĐ-UBND",
        "22/4/2024",
        "Công bố danh mục thủ tục hành chính chuẩn hóa thuộc thẩm quyền giải quyết của Sở Tư "
        "pháp tỉnh Kim Sơn",
        "Điều 1. Công bố kèm theo Quyết định này danh mục 112 thủ tục hành "
        "chính chuẩn hóa.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 15/5/2024.",
        so=False,
    ),
    "qd-902-2024-dinh-chinh.txt": decision(
        "902/QĐ-UBND",
        "03/5/2024",
        "Đính chính Quyết định số 845/QĐ-UBND ngày 22/4/2024 của UBND tỉnh",
        "Điều 1. Đính chính Quyết định số 845/QĐ-UBND ngày 22/4/2024 của UBND "
        'tỉnh như sau: tại Điều 2, "ngày 15/5/2024" được sửa thành "ngày 01/6/2024", do sai '
        "sót về thời điểm có hiệu lực.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        so=False,
    ),
    "qd-09-2025-chi-tieu.txt": decision(
        "09/QĐ-STP",
        "10/01/2025",
        "Ban hành Quy chế chi tiêu nội bộ năm 2025 của Sở Tư pháp",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ.\n\n"
        "Điều 3. Mức khoán điện thoại Giám đốc Sở: 300.000 đồng/tháng.\n\nĐiều 4. Quyết định "
        "này có hiệu lực kể từ ngày ký.",
    ),
    "qd-05-2026-chi-tieu.txt": decision(
        "05/QĐ-STP",
        "08/01/2026",
        "Ban hành Quy chế chi tiêu nội bộ năm 2026 của Sở Tư pháp",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ.\n\n"
        "Điều 3. Mức khoán điện thoại Giám đốc Sở: 450.000 đồng/tháng.\n\nĐiều 4. Quyết định "
        "này có hiệu lực kể từ ngày ký và thay thế Quyết định số 09/QĐ-STP ngày 10/01/2025.",
    ),
}


@pytest.fixture(scope="module")
def archive(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("facts", FILES), llm=None)


def test_an_article_amended_is_answered_with_its_new_value(archive: Answerer) -> None:
    point = first_point(
        archive.ask(
            "Thời hạn xử lý phản ánh, kiến nghị theo quy chế hiện hành của Sở là bao nhiêu ngày?"
        ).text
    )
    assert "07 ngày làm việc" in point
    assert "qd-120-2024-sua-doi.txt" in point


def test_a_corrected_day_of_effect_comes_before_the_day_first_written(archive: Answerer) -> None:
    text = archive.ask("Danh mục TTHC công bố tại QĐ 845/QĐ-UBND có hiệu lực từ ngày nào?").text
    point = first_point(text)
    assert "01/6/2024" in point
    assert "qd-902-2024-dinh-chinh.txt" in point
    # (the day the decision's own file says is still shown, after the correction)
    assert "15/5/2024" in text


def test_a_rules_amount_is_the_rule_in_force_then(archive: Answerer) -> None:
    point = first_point(
        archive.ask("Mức khoán điện thoại cho Giám đốc Sở theo quy chế chi tiêu năm nay?").text
    )
    assert "450.000 đồng" in point
    assert "300.000" not in point


def test_a_signature_marked_signed_names_its_signer(archive: Answerer) -> None:
    point = first_point(archive.ask("Ai ký quyết định đính chính năm 2024?").text)
    assert "Đỗ Văn Nam" in point
    assert "[Hết" not in point
    assert "qd-902-2024-dinh-chinh.txt" in point


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Ai ký Công văn 245/SKHCN-VP?", facts.SIGNER),
        ("who signed the 2025 plan", facts.SIGNER),
        ("QĐ 118 có hiệu lực từ ngày nào?", facts.EFFECT),
        ("When does the new one-stop regulation take effect?", facts.EFFECT),
        ("QĐ 118 hết hiệu lực từ ngày nào?", facts.ENDS),
        ("QĐ 55 bị tạm dừng áp dụng đến hết ngày nào?", facts.ENDS),
        ("Công văn 245 được ban hành ngày nào?", facts.ISSUED),
        ("hạn nộp báo cáo 6 tháng là khi nào", facts.DEADLINE),
        ("Công chức tự chấm điểm trước ngày mấy hằng tháng?", facts.DEADLINE),
        ("Các phòng góp ý dự thảo quy chế đến ngày nào?", facts.DEADLINE),
        ("Đơn vị nào chủ trì kiểm tra CCHC năm 2024?", facts.RESPONSIBLE),
        ("Thời hạn giải quyết là bao nhiêu ngày làm việc?", facts.DURATION),
        ("Bộ phận Một cửa đặt ở địa chỉ nào?", facts.PLACE),
        ("Mức khoán điện thoại Giám đốc là bao nhiêu?", facts.DETAIL),
        # lists and a period's figures are asked of as before
        ("Văn bản nào yêu cầu gửi báo cáo trước ngày 31/5/2023?", None),
        ("Những quyết định nào có hiệu lực từ ngày 01/7/2024?", None),
        ("Năm 2024 Sở tiếp nhận bao nhiêu hồ sơ?", None),
        ("Tỷ lệ hồ sơ trực tuyến năm 2023 là bao nhiêu?", None),
        ("Năm 2024 có bao nhiêu hồ sơ phải hoàn thành trước ngày nào?", None),
        ("Quy chế một cửa năm 2021 được thay bằng VB nào, từ ngày nào?", None),
        ("BC 6 tháng 2025 là BC số mấy, chốt số liệu đến ngày nào", None),
        ("Quy định về việc xử lý văn bản đến trong cơ quan nằm ở đâu?", None),
        ("Bộ phận tiếp nhận hồ sơ một cửa đang vận hành theo quy chế nào?", None),
    ],
)
def test_the_kind_of_value_asked(question: str, kind: str | None) -> None:
    assert facts.asked_fact(question) == kind


def test_a_title_marked_signed_is_no_signer_and_a_note_ends_the_name() -> None:
    tail = "Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC (Đã ký)\nTrần Quốc Huy [Hết — TÀI LIỆU MẪU]"
    assert signers(tail) == ["tran quoc huy"]
    assert signature_blocks(tail)[0].endswith("PHÓ GIÁM ĐỐC (Đã ký)\nTrần Quốc Huy")
