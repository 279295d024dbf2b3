"""Questions about what a document named by number did, or what was done to it, answered on
a small on-disk archive: the side asked is the one listed ("Quyết định 20/QĐ-STP thay thế
những quyết định nào" lists what 20 replaced; "12/QĐ-STP đã được thay bằng quyết định nào"
what replaced 12; "những văn bản nào được ban hành để triển khai Kế hoạch 03/KH-STP" what
carries 03 out)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from assistant.archive.validity import Event
from assistant.citations import extract, lookup_key
from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.relational import _distinct

SAMPLE = "(MẪU — tài liệu mẫu của một cơ quan hư cấu, không có giá trị pháp lý)\n\n"


def document(kind: str, number: str, day: str, title: str, body: str) -> str:
    d, m, y = day.split("/")
    return (
        f"{SAMPLE}UBND TỈNH KIM SƠN\nSỞ TƯ PHÁP\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        f"Số: {number}\n\nKim Sơn, ngày {d} tháng {m} năm {y}\n\n"
        f"{kind}\n{title}\n\n{body}\n\nGIÁM ĐỐC\n\nNguyễn Văn Bình\n"
    )


FILES = {
    "qd-12-2022-quy-che-mot-cua.txt": document(
        "QUYẾT ĐỊNH",
        "12/QĐ-STP",
        "10/3/2022",
        "Ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Tư pháp",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động "
        "của Bộ phận Một cửa.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-15-2022-sua-doi-quy-che.txt": document(
        "QUYẾT ĐỊNH",
        "15/QĐ-STP",
        "20/9/2022",
        "Sửa đổi, bổ sung Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Tư pháp",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Sửa đổi, bổ sung Điều 5 Quy chế ban hành kèm theo Quyết định số "
        "12/QĐ-STP ngày 10/3/2022 của Giám đốc Sở Tư pháp.\n\nĐiều 2. Quyết định này có hiệu "
        "lực kể từ ngày ký.",
    ),
    "qd-20-2024-quy-che-mot-cua.txt": document(
        "QUYẾT ĐỊNH",
        "20/QĐ-STP",
        "05/02/2024",
        "Ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Tư pháp",
        "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một "
        "cửa, một cửa liên thông trong giải quyết thủ tục hành chính;\n\n"
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động "
        "của Bộ phận Một cửa.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế "
        "Quyết định số 12/QĐ-STP ngày 10/3/2022 và Quyết định số 15/QĐ-STP ngày 20/9/2022 của "
        "Giám đốc Sở Tư pháp.",
    ),
    "qd-30-2024-danh-muc-tthc.txt": document(
        "QUYẾT ĐỊNH",
        "30/QĐ-STP",
        "12/3/2024",
        "Công bố Danh mục thủ tục hành chính tiếp nhận tại Bộ phận Một cửa Sở Tư pháp",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Công bố kèm theo Quyết định này Danh mục 42 thủ tục hành chính "
        "tiếp nhận tại Bộ phận Một cửa của Sở Tư pháp.\n\nĐiều 2. Quyết định này có hiệu lực "
        "kể từ ngày ký.",
    ),
    "kh-03-2024-cchc.txt": document(
        "KẾ HOẠCH",
        "03/KH-STP",
        "08/01/2024",
        "Cải cách hành chính năm 2024",
        "I. MỤC ĐÍCH, YÊU CẦU\n\nĐẩy mạnh cải cách thủ tục hành chính, nâng tỷ lệ hồ sơ trực "
        "tuyến.",
    ),
    "cv-652-2024-truc-tuyen.txt": document(
        "V/v tiếp nhận hồ sơ trực tuyến toàn trình",
        "652/STP-VP",
        "16/4/2024",
        "",
        "Kính gửi: Các tổ chức hành nghề công chứng.\n\nThực hiện Kế hoạch số 03/KH-STP ngày "
        "08/01/2024 của Sở Tư pháp về cải cách hành chính năm 2024; căn cứ Quyết định số "
        "20/QĐ-STP ngày 05/02/2024 của Giám đốc Sở Tư pháp, Sở Tư pháp thông báo:\n\n1. Từ "
        "ngày 02/5/2024, Sở tiếp nhận hồ sơ trực tuyến toàn trình.",
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("named-relations", FILES), llm=None)


def listed(text: str) -> list[str]:
    """The first document of each numbered or dashed line, in order."""
    lines = [line for line in text.splitlines() if re.match(r"\s*(?:\d+\.|-)\s", line)]
    keys = [c.key for line in lines for c in extract(line)[:1] if c.key]
    return list(dict.fromkeys(keys))


def keys(*idents: str) -> list[str]:
    return [lookup_key(i) for i in idents]


@pytest.mark.parametrize(
    "question",
    [
        "Quyết định 20/QĐ-STP thay thế những quyết định nào?",
        "QĐ 20/QĐ-STP thay cho những quy chế nào?",
        "Which decisions did 20/QĐ-STP replace?",
        "20/QĐ-STP took the place of which earlier decisions?",
        "Khi có 20/QĐ-STP thì các quy chế cũ nào bị thay?",
    ],
)
def test_what_the_named_decision_replaced(answerer: Answerer, question: str) -> None:
    assert listed(answerer.ask(question).text) == keys("12/QĐ-STP", "15/QĐ-STP")


@pytest.mark.parametrize(
    "question",
    [
        "Quy chế một cửa cũ 12/QĐ-STP đã được thay bằng quyết định nào?",
        "Quy chế một cửa 12/QĐ-STP bị thay bởi VB nào?",
        "Which decision replaced 12/QĐ-STP?",
    ],
)
def test_what_replaced_the_named_decision(answerer: Answerer, question: str) -> None:
    assert listed(answerer.ask(question).text) == keys("20/QĐ-STP")


def test_what_amended_the_named_decision(answerer: Answerer) -> None:
    text = answerer.ask("Quy chế một cửa 12/QĐ-STP đã được sửa bởi văn bản nào?").text
    assert listed(text)[0] == lookup_key("15/QĐ-STP")


def test_what_carries_the_named_plan_out(answerer: Answerer) -> None:
    question = "Những văn bản nào được ban hành để triển khai Kế hoạch CCHC năm 2024 (03/KH-STP)?"
    # the letter opens "Thực hiện Kế hoạch số 03/KH-STP …; căn cứ …, Sở Tư pháp thông báo:"
    assert listed(answerer.ask(question).text) == keys("652/STP-VP")


@pytest.mark.parametrize(
    "question",
    [
        "Quy chế một cửa nào còn hiệu lực ngày 31/12/2023?",
        "Which one-stop regulation was in force on 31 December 2023?",
    ],
)
def test_what_held_at_a_moment_stops_at_it(answerer: Answerer, question: str) -> None:
    # 20/QĐ-STP replaced the rules only in 2024: it is no part of the answer for 2023
    text = answerer.ask(question).text
    assert listed(text)[0] == lookup_key("12/QĐ-STP")
    assert lookup_key("20/QĐ-STP") not in listed(text)
    assert "2023" not in text.splitlines()[0]  # no "no documents of 2023" lead


def test_the_decisions_issuing_an_instrument_asked_for(answerer: Answerer) -> None:
    text = answerer.ask("Các quyết định ban hành Quy chế một cửa của Sở qua các năm").text
    # the list of procedures received at the one-stop desk issues no Quy chế
    assert lookup_key("30/QĐ-STP") not in listed(text)
    assert {lookup_key("12/QĐ-STP"), lookup_key("20/QĐ-STP")} <= set(listed(text))


@pytest.mark.parametrize(
    "question",
    [
        "Công văn 652/STP-VP viện dẫn những văn bản nào?",
        "Which documents does letter 652/STP-VP cite?",
    ],
)
def test_what_the_named_document_cites(answerer: Answerer, question: str) -> None:
    # what the letter's file cites, not the documents citing the letter (none do)
    assert set(listed(answerer.ask(question).text)) == set(keys("03/KH-STP", "20/QĐ-STP"))


@pytest.mark.parametrize(
    "question",
    ["Which documents cite decision 20/QĐ-STP?", "Văn bản nào viện dẫn QĐ 20/QĐ-STP?"],
)
def test_what_cites_the_named_document(answerer: Answerer, question: str) -> None:
    assert listed(answerer.ask(question).text) == keys("652/STP-VP")


def test_the_grounds_the_named_decision_cites(answerer: Answerer) -> None:
    text = answerer.ask("What legal grounds does decision 20/QĐ-STP cite?").text
    # its Căn cứ line, not the decisions it replaced nor the letter citing it
    assert listed(text) == keys("61/2018/NĐ-CP")
    everything = answerer.ask("Which documents does decision 20/QĐ-STP cite?").text
    assert set(listed(everything)) == set(keys("61/2018/NĐ-CP", "12/QĐ-STP", "15/QĐ-STP"))


# A plan replaced by a plan beside a decision approving another plan: the plan's trích yếu
# does not say "Kế hoạch", the decision's does.
PLANS = {
    "kh-01-2023-tuyen-truyen.txt": document(
        "KẾ HOẠCH",
        "01/KH-STP",
        "06/01/2023",
        "Tuyên truyền cải cách hành chính năm 2023",
        "I. MỤC ĐÍCH, YÊU CẦU\n\nTuyên truyền cải cách hành chính đến người dân.",
    ),
    "kh-09-2023-tuyen-truyen.txt": document(
        "KẾ HOẠCH",
        "09/KH-STP",
        "12/6/2023",
        "Tuyên truyền cải cách hành chính năm 2023",
        "I. MỤC ĐÍCH, YÊU CẦU\n\nTuyên truyền cải cách hành chính đến người dân.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n\nKế hoạch này thay thế Kế hoạch số 01/KH-STP ngày "
        "06/01/2023 của Sở Tư pháp.",
    ),
    "qd-05-2023-kiem-tra.txt": document(
        "QUYẾT ĐỊNH",
        "05/QĐ-STP",
        "10/01/2023",
        "Phê duyệt Kế hoạch tuyên truyền và kiểm tra cải cách hành chính năm 2023",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt Kế hoạch kèm theo Quyết định này.\n\nĐiều 2. "
        "Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-11-2023-kiem-tra.txt": document(
        "QUYẾT ĐỊNH",
        "11/QĐ-STP",
        "20/7/2023",
        "Phê duyệt Kế hoạch tuyên truyền và kiểm tra cải cách hành chính năm 2023",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt Kế hoạch kèm theo Quyết định này.\n\nĐiều 2. "
        "Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 05/QĐ-STP ngày "
        "10/01/2023 của Giám đốc Sở Tư pháp.",
    ),
    "kh-14-2023-tin-hoc.txt": document(
        "KẾ HOẠCH",
        "14/KH-STP",
        "03/8/2023",
        "Ứng dụng công nghệ thông tin trong tiếp nhận hồ sơ năm 2023",
        "Căn cứ Kế hoạch số 09/KH-STP ngày 12/6/2023 của Sở Tư pháp về tuyên truyền cải cách "
        "hành chính năm 2023, Sở Tư pháp ban hành Kế hoạch ứng dụng công nghệ thông tin như "
        "sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nSố hóa hồ sơ tiếp nhận.",
    ),
}


@pytest.fixture(scope="module")
def plans(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("named-plans", PLANS), llm=None)


def test_the_plan_described_is_a_plan_not_a_decision_naming_one(plans: Answerer) -> None:
    text = plans.ask("Kế hoạch tuyên truyền CCHC năm 2023 đã bị thay thế bởi kế hoạch nào?").text
    assert listed(text)[0] == lookup_key("09/KH-STP"), text


@pytest.mark.parametrize(
    "question",
    [
        "Những vb nào đc ban hành căn cứ KH tuyên truyền CCHC năm 2023 (09/KH-STP)?",
        "Kế hoạch tuyên truyền CCHC năm 2023 được thực hiện qua những văn bản nào?",
    ],
)
def test_a_plan_is_carried_out_by_what_rests_on_it(plans: Answerer, question: str) -> None:
    # 14/KH-STP opens "Căn cứ Kế hoạch số 09/KH-STP …, Sở Tư pháp ban hành Kế hoạch …"
    assert listed(plans.ask(question).text)[0] == lookup_key("14/KH-STP")


def test_what_a_described_plan_replaced(plans: Answerer) -> None:
    text = plans.ask("Kế hoạch tuyên truyền CCHC ban hành tháng 6/2023 thay cho kế hoạch nào?").text
    assert listed(text)[0] == lookup_key("01/KH-STP")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # bare numbers sharing the type word before the first
        (
            "Hồ sơ năm 2022 có các QĐ 12, 15 và 30 của Sở Tư pháp. Về sau QĐ nào trong số này "
            "đã bị thay thế, sửa đổi, và bằng những QĐ nào?",
            ("12/QĐ-STP", "15/QĐ-STP", "20/QĐ-STP"),
        ),
        # bare numbers sharing the symbol after the last; only replacement asked
        (
            "Trong các quyết định (12, 30 và 15/QĐ-STP), quyết định nào trong số đó đã bị thay "
            "thế?",
            ("12/QĐ-STP", "15/QĐ-STP", "20/QĐ-STP"),
        ),
        (
            "Of 30/QĐ-STP and 15/QĐ-STP, which of them was later replaced?",
            ("15/QĐ-STP", "20/QĐ-STP"),
        ),
        # "Trong các QĐ …, QĐ nào …" asks which of them, not what the last one replaced
        (
            "Trong các QĐ 12, 30 và 15/QĐ-STP, QĐ nào đã bị thay thế?",
            ("12/QĐ-STP", "15/QĐ-STP", "20/QĐ-STP"),
        ),
    ],
)
def test_which_of_the_named_decisions_changed(
    answerer: Answerer, question: str, expected: tuple[str, ...]
) -> None:
    text = answerer.ask(question).text
    # each changed one listed, what changed it listed below it; the unchanged one is said by
    # its number, not listed
    assert set(listed(text)) == set(keys(*expected))
    assert "30" in text.split("\n")[-1]


def test_an_amendment_told_part_by_part_is_said_once() -> None:
    def amended(scope: str | None, by: str = "49/QĐ-SNV") -> Event:
        return Event("2023-03-07", "amended", by, scope, {})

    told = [
        amended(None),
        amended("Điều 8 và khoản 2 Điều 15"),
        amended("Điều 8"),
        amended(None, "7/QĐ-SNV"),
    ]
    assert _distinct(told) == [told[1], told[3]]
