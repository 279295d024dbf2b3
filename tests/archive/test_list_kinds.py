"""List questions of kinds a tenth of the writers asked in words the patterns missed: a
yearly series, the plans carrying out the department's own plan (not the province's it
carries out), grounds asked as "căn cứ những nghị định nào" or "dựa trên những căn cứ
nào", what the committee "ra" in a year, and the grounds of a Tờ trình proposing a list of
procedures — answered on a small on-disk archive of a fictional Sở Công Thương."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import document, keys, listed

from assistant.citations import lookup_key
from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.fit import asked_carrying_out, asked_grounds, asks_series
from assistant.retrieval.query import fold, parse_question


def plan(number: str, day: str, year: int, body: str = "") -> str:
    return document(
        "KẾ HOẠCH",
        number,
        day,
        f"Cải cách hành chính năm {year}",
        body or f"I. MỤC ĐÍCH, YÊU CẦU\n\nĐẩy mạnh cải cách hành chính năm {year}.",
    )


CARRY_OUT = (
    "Thực hiện Kế hoạch số {n}/KH-UBND ngày 05/01/{y} của Ủy ban nhân dân tỉnh về cải cách "
    "hành chính năm {y} và Kế hoạch số 15/KH-SCT ngày 20/10/2021 của Sở Công Thương về cải "
    "cách hành chính giai đoạn 2021 - 2025, Sở Công Thương ban hành Kế hoạch cải cách hành "
    "chính năm {y}."
)

FILES = {
    "kh-15-2021-giai-doan.txt": document(
        "KẾ HOẠCH",
        "15/KH-SCT",
        "20/10/2021",
        "Cải cách hành chính giai đoạn 2021 - 2025 của Sở Công Thương",
        "Thực hiện Kế hoạch số 178/KH-UBND ngày 30/9/2021 của Ủy ban nhân dân tỉnh về cải "
        "cách hành chính nhà nước tỉnh Kim Sơn giai đoạn 2021 - 2025, Sở Công Thương ban hành "
        "Kế hoạch cải cách hành chính giai đoạn 2021 - 2025.",
    ),
    "kh-02-2022.txt": plan("02/KH-SCT", "10/01/2022", 2022, CARRY_OUT.format(n="31", y=2022)),
    "kh-03-2023.txt": plan("03/KH-SCT", "09/01/2023", 2023, CARRY_OUT.format(n="32", y=2023)),
    "kh-04-2024.txt": plan("04/KH-SCT", "11/01/2024", 2024, CARRY_OUT.format(n="33", y=2024)),
    "kh-09-2024-chuyen-doi-so.txt": document(
        "KẾ HOẠCH",
        "09/KH-SCT",
        "05/3/2024",
        "Chuyển đổi số năm 2024 của Sở Công Thương",
        "I. MỤC ĐÍCH, YÊU CẦU\n\nĐẩy mạnh chuyển đổi số, cải cách hành chính năm 2024.",
    ),
    "qd-26-2024-danh-gia.txt": document(
        "QUYẾT ĐỊNH",
        "26/QĐ-SCT",
        "15/3/2024",
        "Ban hành Quy chế đánh giá, xếp loại chất lượng công chức, viên chức hằng tháng",
        "Căn cứ Nghị định số 90/2020/NĐ-CP ngày 13/8/2020 của Chính phủ về đánh giá, xếp loại "
        "chất lượng cán bộ, công chức, viên chức; Nghị định số 48/2023/NĐ-CP ngày 17/7/2023 "
        "của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 90/2020/NĐ-CP;\n\n"
        "Căn cứ Quyết định số 1532/QĐ-UBND ngày 10/6/2021 của Ủy ban nhân dân tỉnh quy định "
        "chức năng, nhiệm vụ của Sở Công Thương;\n\n"
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế đánh giá, xếp loại "
        "chất lượng công chức, viên chức hằng tháng.",
    ),
    "ttr-57-2023.txt": document(
        "TỜ TRÌNH",
        "57/TTr-SCT",
        "12/7/2023",
        "Đề nghị công bố danh mục thủ tục hành chính được sửa đổi, bổ sung lĩnh vực công nghiệp",
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục "
        "hành chính;\n\nSở Công Thương kính trình Chủ tịch Ủy ban nhân dân tỉnh công bố danh "
        "mục thủ tục hành chính được sửa đổi, bổ sung lĩnh vực công nghiệp.",
    ),
    "bc-150-2023.txt": document(
        "BÁO CÁO",
        "150/BC-SCT",
        "10/12/2023",
        "Kết quả cải cách hành chính năm 2023",
        "I. KẾT QUẢ\n\nNăm 2023, Ủy ban nhân dân tỉnh ban hành Quyết định số 08/2023/QĐ-UBND "
        "ngày 17/3/2023 quy định chức năng, nhiệm vụ của Sở Công Thương. Chủ tịch Ủy ban nhân "
        "dân tỉnh ban hành Quyết định số 1725/QĐ-UBND ngày 15/8/2023 công bố danh mục thủ tục "
        "hành chính được sửa đổi, bổ sung lĩnh vực công nghiệp, thay thế Quyết định số "
        "895/QĐ-UBND ngày 20/4/2021.",
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("list-kinds", FILES), llm=None)




def test_a_yearly_series_is_asked() -> None:
    assert asks_series(fold("KH CCHC hằng năm của Sở giai đoạn 2021-2025 gồm những KH nào?"))
    assert asks_series(fold("the department's annual reform plans"))
    assert not asks_series(fold("Kế hoạch CCHC năm 2024 của Sở"))


def test_the_yearly_plans_of_a_series(answerer: Answerer) -> None:
    text = answerer.ask("KH CCHC hằng năm của Sở giai đoạn 2022-2024 gồm những KH nào?").text
    # each year's plan, not the digital-transformation plan of 2024 that reads alike
    assert keys("02/KH-SCT", "03/KH-SCT", "04/KH-SCT") <= listed(text)
    assert lookup_key("09/KH-SCT") not in listed(text)


def test_the_plans_carrying_out_the_departments_own_plan(answerer: Answerer) -> None:
    question = (
        "Các KH CCHC từng năm mà Sở lập ra theo KH CCHC giai đoạn 2021–2025 của chính Sở là "
        "những KH nào?"
    )
    got = listed(answerer.ask(question).text)
    # the department's five-year plan is the one described (its file is the archive's),
    # not the province's 178/KH-UBND it carries out, which only its file cites
    assert keys("02/KH-SCT", "03/KH-SCT", "04/KH-SCT") <= got
    assert lookup_key("178/KH-UBND") not in got


@pytest.mark.parametrize(
    "question",
    [
        "qc danh gia xep loai ccvc hang thang cua so ban hanh can cu nhung nghi dinh nao",
        "Quy chế đánh giá công chức hằng tháng của Sở ban hành dựa trên những căn cứ nào?",
    ],
)
def test_the_grounds_of_a_described_decision(answerer: Answerer, question: str) -> None:
    got = listed(answerer.ask(question).text)
    # the amending decree in the same Căn cứ line is a ground too
    assert keys("90/2020/NĐ-CP", "48/2023/NĐ-CP") <= got
    if "nghi dinh" in fold(question):
        assert lookup_key("1532/QĐ-UBND") not in got  # decrees were asked
    else:
        assert lookup_key("1532/QĐ-UBND") in got


def test_grounds_are_read_after_the_type_asked() -> None:
    question = "qc danh gia ccvc cua so ban hanh can cu nhung nghi dinh nao"
    assert asked_grounds(fold(question)) == ("grounds", "NĐ")
    assert parse_question("Quy chế … dựa trên những căn cứ nào?").wants_list


def test_what_the_committee_issued_in_a_year(answerer: Answerer) -> None:
    got = listed(answerer.ask("Năm 2023 UBND tỉnh ra những QĐ nào liên quan tới Sở?").text)
    assert keys("08/2023/QĐ-UBND", "1725/QĐ-UBND") <= got
    assert lookup_key("26/QĐ-SCT") not in got  # the department's own


def test_the_grounds_of_a_proposal_for_a_list_of_procedures(answerer: Answerer) -> None:
    question = (
        "What legal grounds did the department cite when it asked, in July 2023, for the "
        "amended list of industry procedures to be published?"
    )
    # the Tờ trình's Căn cứ line, not the decision publishing the list
    assert listed(answerer.ask(question).text) == keys("63/2010/NĐ-CP")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("KH CCHC 5 năm của Sở được lập để thực hiện những VB nào?", ("carried_out", None)),
        ("KH CCHC năm 2024 nhằm triển khai các văn bản nào?", ("carried_out", None)),
        ("Sở thực hiện những kế hoạch nào năm 2024?", None),
        ("Các KH từng năm mà Sở lập ra theo KH giai đoạn là những KH nào?", ("carrying_out", "KH")),
    ],
)
def test_what_a_plan_carries_out_asked_after_nhung(question: str, asked: tuple) -> None:
    assert asked_carrying_out(fold(question)) == asked


def test_what_the_five_year_plan_carries_out(answerer: Answerer) -> None:
    question = "KH CCHC giai đoạn 2021-2025 của Sở được lập để thực hiện những VB nào?"
    text = answerer.ask(question).text
    assert lookup_key("178/KH-UBND") in listed(text)


def test_what_each_years_plan_carries_out(answerer: Answerer) -> None:
    question = "so lap kh cchc nam 2022, 2023, 2024 la de thuc hien nhung vb nao cua ubnd tinh"
    # "của UBND tỉnh" is the answers' issuer: the plans described are the department's
    assert keys("31/KH-UBND", "32/KH-UBND", "33/KH-UBND") <= listed(answerer.ask(question).text)
