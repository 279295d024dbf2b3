"""List answers and drafts that hold on the multi-year sample archive (profiles at work)."""

from __future__ import annotations

import re

import pytest

from assistant.citations import extract, lookup_key
from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.draft import Drafter


@pytest.fixture(scope="session")
def answerer(sample_settings: Settings) -> Answerer:
    return Answerer(sample_settings, llm=None)


def cited(text: str) -> list[str]:
    """Lookup keys of the documents ``text`` lists, in order: the first citation of each
    list item ("1. …", "- …"; a note after it, "đã được thay thế bởi …", names another
    document, not one listed); all citations when the text is no list."""
    items = [line for line in text.splitlines() if re.match(r"\s*(?:\d+\.|-)\s", line)]
    keys = []
    for line in items or [text]:
        found = [c.key for c in extract(line) if c.key and not c.missing]
        keys += found[:1] if items else found
    return list(dict.fromkeys(keys))


def keys(*idents: str) -> set[str]:
    return {lookup_key(i) for i in idents}


# Asked what holds now, the answer is the one in force alone (session 55): this truth, written
# before, lists the one it replaced too ("may follow, marked as replaced").
NOW_ONLY = {
    "Quyết định nào quy định chức năng, nhiệm vụ của Sở hiện nay?": "1532/QĐ-UBND",
    "Quy chế hoạt động của Bộ phận Một cửa đang áp dụng là quy chế nào?": "38/QĐ-SKHCN",
}


def test_truth_list_questions(answerer: Answerer, truth: dict) -> None:
    """The samples helper's list questions: every expected document, none outside
    expected + also, the expected first one first: 11 of 11 (one is let go: the set was
    read while building the list answers); those of ``NOW_ONLY``, the one in force alone."""
    wrong = []
    for q in truth["list_questions"]:
        got = cited(answerer.ask(q["question"]).text)
        if q["question"] in NOW_ONLY:
            assert got == [lookup_key(NOW_ONLY[q["question"]])], (q["question"], got)
            continue
        expected = keys(*q["expected"])
        allowed = expected | keys(*q.get("also", ()))
        first = "first" not in q or got[:1] == [lookup_key(q["first"])]
        if not (expected <= set(got) <= allowed and first):
            wrong.append((q["question"], got))
    assert len(wrong) <= 1, wrong


@pytest.mark.parametrize(
    "question",
    [
        "Những quyết định nào sắp xếp tổ chức bộ máy của Sở năm 2024?",
        "Which decisions reorganized the department in 2024?",
    ],
)
def test_reorganisation_is_the_areas_decisions_cited_from_their_own_files(
    answerer: Answerer, question: str
) -> None:
    text = answerer.ask(question).text
    assert set(cited(text)) == keys("1532/QĐ-UBND", "45/QĐ-SKHCN"), text
    # The document's own file is its evidence, not a report that mentions it.
    assert "qd-45-2024-sap-xep-to-chuc.docx" in text
    assert "qd-1532-2024-ubnd-chuc-nang-nhiem-vu.txt" in text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The reform's own name is no topic: the year's decisions, not the 2021-2025 plan
        # of 2020 (whose area "cải cách hành chính" once seemed to name).
        (
            "Những quyết định nào về cải cách hành chính năm 2023?",
            ("06/QĐ-SKHCN", "15/QĐ-SKHCN", "42/QĐ-SKHCN"),
        ),
        # A stretch of issue years: the area's decisions of every year since.
        (
            "Các quyết định về tổ chức bộ máy từ 2021 đến nay",
            ("1120/QĐ-UBND", "15/QĐ-SKHCN", "1532/QĐ-UBND", "45/QĐ-SKHCN"),
        ),
        (
            "Các quyết định từ năm 2021 đến năm 2022",
            ("1120/QĐ-UBND", "97/QĐ-SKHCN", "118/QĐ-SKHCN"),
        ),
    ],
)
def test_the_reform_s_name_and_a_stretch_of_years(
    answerer: Answerer, question: str, expected: tuple[str, ...]
) -> None:
    text = answerer.ask(question).text
    assert set(cited(text)) == keys(*expected), text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "UBND tỉnh đã ban hành những quyết định nào đối với Sở?",
            ("2845/QĐ-UBND", "1120/QĐ-UBND", "1532/QĐ-UBND"),
        ),
        (
            "Trong 6 tháng đầu năm 2024, Sở đã ban hành những quyết định nào?",
            (
                "04/QĐ-SKHCN",
                "17/QĐ-SKHCN",
                "19/QĐ-SKHCN",
                "26/QĐ-SKHCN",
                "33/QĐ-SKHCN",
                "38/QĐ-SKHCN",
                "45/QĐ-SKHCN",
            ),
        ),
        (
            "Sở có những báo cáo CCHC nào trong hai năm gần đây?",
            ("310/BC-SKHCN", "61/BC-SKHCN", "142/BC-SKHCN"),
        ),
        # In force: the replaced one-stop rules (118) are not listed; the decision amending
        # the spending rules (04) is.
        (
            "Những quy chế nào của Sở hiện còn hiệu lực?",
            ("06/QĐ-SKHCN", "26/QĐ-SKHCN", "38/QĐ-SKHCN", "04/QĐ-SKHCN"),
        ),
        (
            "Những quyết định nào đã được sửa đổi, bổ sung hoặc bị bãi bỏ một phần?",
            ("97/QĐ-SKHCN", "06/QĐ-SKHCN"),
        ),
        ("Đến hết năm 2023, những quyết định nào đã hết hiệu lực?", ("2156/QĐ-UBND",)),
        # still applied, a clause amended or an article repealed: the amended ones, not the
        # decree the corpus cites as amended, nor the acts that amend
        (
            "Which of the department's documents are still applied but have had a clause "
            "amended or an article repealed?",
            ("97/QĐ-SKHCN", "06/QĐ-SKHCN"),
        ),
        (
            "Những văn bản nào của Sở vẫn còn áp dụng nhưng đã bị sửa đổi một khoản hoặc bãi "
            "bỏ một điều?",
            ("97/QĐ-SKHCN", "06/QĐ-SKHCN"),
        ),
    ],
)
def test_issuers_parts_of_years_recent_years_and_validity(
    answerer: Answerer, question: str, expected: tuple[str, ...]
) -> None:
    text = answerer.ask(question).text
    assert set(cited(text)) == keys(*expected), text


def test_what_applies_now_includes_what_amended_it(answerer: Answerer) -> None:
    text = answerer.ask("Quy chế chi tiêu nội bộ hiện hành của Sở gồm những văn bản nào?").text
    # the rules (06) and the decision amending their Điều 5 and Điều 9 (04)
    assert keys("06/QĐ-SKHCN", "04/QĐ-SKHCN") <= set(cited(text)), text


def test_the_reform_plans_of_each_year(answerer: Answerer) -> None:
    text = answerer.ask("Các kế hoạch CCHC hằng năm của Sở từ năm 2023 đến nay?").text
    assert set(cited(text)) == keys("09/KH-SKHCN", "03/KH-SKHCN"), text


def test_what_the_department_did_is_its_documents(answerer: Answerer) -> None:
    text = answerer.ask(
        "What has the department done to inspect its own administrative reform work?"
    ).text
    assert keys("42/QĐ-SKHCN", "17/QĐ-SKHCN") <= set(cited(text)), text


def test_the_documents_a_person_signed(answerer: Answerer) -> None:
    # The deputy director signs the three reports (KT. GIÁM ĐỐC … Nguyễn Văn An).
    text = answerer.ask("Ông Nguyễn Văn An đã ký những văn bản nào?").text
    assert set(cited(text)) == keys("310/BC-SKHCN", "61/BC-SKHCN", "142/BC-SKHCN"), text


def test_plans_carried_out_now_are_the_running_ones(answerer: Answerer) -> None:
    got = set(cited(answerer.ask("Which plans is the department carrying out now?").text))
    assert keys("03/KH-SKHCN", "07/KH-SKHCN", "25/KH-SKHCN") <= got
    assert not got & keys("09/KH-SKHCN", "42/QĐ-SKHCN")  # the 2023 plans are over


def test_a_period_in_a_title_is_not_issue_years(answerer: Answerer) -> None:
    text = answerer.ask(
        "Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 được ban hành kèm theo văn bản nào?"
    ).text
    # Issued on 18/12/2020: "2021 - 2025" is the plan's period, not the decision's year.
    assert cited(text)[:1] == [lookup_key("2845/QĐ-UBND")], text


@pytest.mark.parametrize(
    "question",
    [
        "Which regulation governs the one-stop shop?",
        "Quy chế hoạt động của Bộ phận Một cửa là quy chế nào?",
    ],
)
def test_an_instrument_finds_the_decision_that_issues_it(answerer: Answerer, question: str) -> None:
    text = answerer.ask(question).text
    assert not text.startswith(("Nothing in the archive", "Không tìm thấy"))
    assert set(cited(text)) & keys("38/QĐ-SKHCN", "118/QĐ-SKHCN"), text


def test_a_draft_presents_the_periods_work_in_its_area(answerer: Answerer) -> None:
    draft = Drafter(answerer).draft(
        "Soạn mục Cải cách tổ chức bộ máy hành chính nhà nước cho báo cáo CCHC năm 2024"
    )
    work = draft.text.split("a) Công tác")[1].split("b) Kết quả")[0]
    assert set(cited(work)) == keys("1532/QĐ-UBND", "45/QĐ-SKHCN"), draft.text
    results = draft.text.split("b) Kết quả")[1]
    sources = re.findall(r"\(nguồn: ([^,]+),", results)
    assert sources, draft.text
    # Results from the 2024 reports, not the 2023 one.
    assert all("2024" in s for s in sources), sources
    assert all(f.status == "verified" for f in draft.findings)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a type typed in lower case, a question mark after a document's name
        ("qđ về một cửa năm 2024?", ("38/QĐ-SKHCN",)),
        # "what did … issue" asks for documents; months of a year in English
        (
            "What did the department issue between April and December 2023?",
            ("42/QĐ-SKHCN", "245/SKHCN-VP", "310/BC-SKHCN"),
        ),
        # "không còn được áp dụng": ended, not still applied; only the Quy chế
        ("Những quy chế nào của Sở không còn được áp dụng nữa?", ("118/QĐ-SKHCN",)),
        # the decision that amended two articles of the rules is one about them too
        ("Những quyết định nào về quy chế chi tiêu nội bộ?", ("06/QĐ-SKHCN", "04/QĐ-SKHCN")),
        # no asking word, a month in English
        (
            "anything the department signed in January 2024?",
            ("03/KH-SKHCN", "04/QĐ-SKHCN", "07/KH-SKHCN"),
        ),
        # who issued them, and no other facet: every one the archive holds a file of
        (
            "UBND tỉnh đã ban hành những văn bản nào?",
            ("2845/QĐ-UBND", "1120/QĐ-UBND", "1532/QĐ-UBND"),
        ),
        # a signer typed without capitals, title or diacritics
        ("ds quyet dinh ong tran minh khang ky thang 3/2024", ("19/QĐ-SKHCN", "26/QĐ-SKHCN")),
    ],
)
def test_questions_as_staff_type_them(
    answerer: Answerer, question: str, expected: tuple[str, ...]
) -> None:
    text = answerer.ask(question).text
    assert set(cited(text)) == keys(*expected), text


def test_what_amended_a_document_described_comes_first(answerer: Answerer) -> None:
    text = answerer.ask("Quy chế chi tiêu nội bộ năm 2023 đã được sửa bằng quyết định nào?").text
    assert cited(text) == [lookup_key("04/QĐ-SKHCN"), lookup_key("06/QĐ-SKHCN")], text


def test_what_is_signed_but_not_yet_in_force(answerer: Answerer) -> None:
    # 45/QĐ-SKHCN, signed 10/6/2024, takes effect 01/7/2024: after the archive's last document
    text = answerer.ask("Có quyết định nào đã ký nhưng chưa có hiệu lực không?").text
    assert cited(text) == [lookup_key("45/QĐ-SKHCN")], text
    assert "01/7/2024" in text


def test_a_body_of_the_department_typed_in_its_own_words(answerer: Answerer) -> None:
    # "bộ máy" is no "mấy" (how many): the documents, not a figure
    text = answerer.ask("văn bản về tổ chức bộ máy của sở năm 2024").text
    assert lookup_key("45/QĐ-SKHCN") in cited(text), text


def test_what_carries_out_a_plan_described_and_what_it_carries_out(answerer: Answerer) -> None:
    asked = (
        "Những kế hoạch nào được ban hành để thực hiện Kế hoạch cải cách hành chính giai đoạn "
        "2021 - 2025 của Sở?"
    )
    # the yearly plans that carry out the 2021 - 2025 plan, then that plan
    assert cited(answerer.ask(asked).text) == ["9/kh-skhcn", "3/kh-skhcn", "2845/qd-ubnd"]
    asked = "Kế hoạch tuyên truyền CCHC năm 2024 của Sở được ban hành để triển khai kế hoạch nào?"
    assert cited(answerer.ask(asked).text) == ["3/kh-skhcn", "7/kh-skhcn"]


def test_what_rests_on_a_named_document_and_what_a_described_one_rests_on(
    answerer: Answerer,
) -> None:
    # the two decisions whose "Căn cứ" lines cite the decree, not the decree itself
    asked = "Các văn bản nào của Sở lấy Nghị định số 90/2020/NĐ-CP làm căn cứ?"
    assert cited(answerer.ask(asked).text) == ["97/qd-skhcn", "26/qd-skhcn"]
    # the other direction: the grounds of the 2022 working-hours decision, not it
    asked = "Quyết định quy định chế độ làm việc năm 2022 của Sở căn cứ vào những văn bản nào?"
    got = cited(answerer.ask(asked).text)
    assert "97/qd-skhcn" not in got, got
    assert {"1120/qd-ubnd", "90/2020/nd-cp"} <= set(got), got


@pytest.mark.parametrize(
    ("question", "latest"),
    [
        # the 2024 digital-transformation plan, issued after the 2024 reform plans
        ("Kế hoạch mới nhất của Sở là kế hoạch nào?", "25/kh-skhcn"),
        ("Which is the latest report of the department?", "142/bc-skhcn"),
    ],
)
def test_the_latest_of_a_kind_alone(answerer: Answerer, question: str, latest: str) -> None:
    assert cited(answerer.ask(question).text) == [latest]


@pytest.mark.parametrize(
    "question",
    [
        "Những quy chế nào của Sở chưa từng bị sửa đổi hay thay thế?",
        "Which of the department's regulations have never been amended or replaced?",
    ],
)
def test_the_rules_no_later_document_changed(answerer: Answerer, question: str) -> None:
    # not 118/QĐ-SKHCN (replaced by 38) nor 06/QĐ-SKHCN (amended by 04)
    assert set(cited(answerer.ask(question).text)) == {"26/qd-skhcn", "38/qd-skhcn"}


@pytest.mark.parametrize(
    ("question", "proposed"),
    [
        ("Những quyết định nào Sở ban hành theo đề nghị của Chánh Thanh tra Sở?", "19/qd-skhcn"),
        (
            "Giám đốc Trung tâm Ứng dụng tiến bộ KH&CN đã đề xuất những quyết định nào?",
            "33/qd-skhcn",
        ),
    ],
)
def test_the_decisions_a_unit_proposed(answerer: Answerer, question: str, proposed: str) -> None:
    # the one file whose "Theo / Xét đề nghị của …" names that unit's head
    assert cited(answerer.ask(question).text) == [proposed]


@pytest.mark.parametrize(
    "question",
    [
        "Tại thời điểm 31/12/2023, Sở đang áp dụng những quy chế nào?",
        "Cuối năm 2023 những quy chế nào của Sở còn hiệu lực?",
        "Which of the department's regulations were in force on 31 December 2023?",
    ],
)
def test_the_rules_in_force_at_a_past_moment(answerer: Answerer, question: str) -> None:
    # 118 (replaced by 38 in 2024) and 06 (amended by 04 in 2024) held then; 26 and 38 came
    # later
    assert set(cited(answerer.ask(question).text)) == keys("118/QĐ-SKHCN", "06/QĐ-SKHCN")


@pytest.mark.parametrize(
    "question",
    [
        "Từ 01/01/2023 đến 31/3/2023 Sở ban hành những quyết định nào?",
        "Which decisions did the department issue between 1 January 2023 and 31 March 2023?",
    ],
)
def test_the_decisions_issued_between_two_days(answerer: Answerer, question: str) -> None:
    assert set(cited(answerer.ask(question).text)) == keys("06/QĐ-SKHCN", "15/QĐ-SKHCN")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Những quyết định nào của Sở có hiệu lực sau ngày ký?",
            ("118/QĐ-SKHCN", "15/QĐ-SKHCN", "04/QĐ-SKHCN", "26/QĐ-SKHCN", "45/QĐ-SKHCN"),
        ),
        (
            "Quyết định nào bắt đầu có hiệu lực trong quý II/2024?",
            ("26/QĐ-SKHCN", "38/QĐ-SKHCN", "33/QĐ-SKHCN", "1532/QĐ-UBND"),
        ),
    ],
)
def test_the_decisions_by_when_they_took_effect(
    answerer: Answerer, question: str, expected: tuple[str, ...]
) -> None:
    # as their texts state it: 26 signed 25/3, effective 01/4/2024; 45 signed in June,
    # effective 01/7/2024 (the third quarter)
    assert set(cited(answerer.ask(question).text)) == keys(*expected)


@pytest.mark.parametrize(
    "question",
    [
        "Những văn bản nào có nhắc tới Nghị định 30/2020/NĐ-CP?",
        "Which documents mention Decree 30/2020/NĐ-CP?",
    ],
)
def test_the_documents_that_mention_a_named_one(answerer: Answerer, question: str) -> None:
    # its files that cite it, not the decree itself
    assert set(cited(answerer.ask(question).text)) == keys(
        "09/KH-SKHCN", "15/QĐ-SKHCN", "310/BC-SKHCN"
    )


def test_a_mention_beside_the_grounds_leaves_out_what_rests_on_it(answerer: Answerer) -> None:
    # 118 and 38 cite Nghị định 61/2018/NĐ-CP only in their "Căn cứ": no other file does
    text = answerer.ask(
        "Văn bản nào của Sở có nhắc tới Nghị định 61/2018/NĐ-CP mà không lấy làm căn cứ?"
    ).text
    assert cited(text) == []
    assert set(cited(answerer.ask("Which documents mention Decree 61/2018/NĐ-CP?").text)) == keys(
        "118/QĐ-SKHCN", "38/QĐ-SKHCN"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Năm 2023 những văn bản nào của Sở được ký thay hoặc thừa lệnh Giám đốc?",
        "nam 2023 so co nhung van ban nao ky thay hoac thua lenh",
    ],
)
def test_the_documents_signed_for_the_head(answerer: Answerer, question: str) -> None:
    # "KT. GIÁM ĐỐC" and "TL. GIÁM ĐỐC" signatures of 2023
    assert set(cited(answerer.ask(question).text)) == keys("245/SKHCN-VP", "310/BC-SKHCN")


@pytest.mark.parametrize(
    "question",
    [
        "Báo cáo kết quả CCHC năm 2023 của Sở viện dẫn những văn bản nào của UBND tỉnh?",
        "Which documents of the provincial People's Committee does the department's 2023 "
        "reform report refer to?",
    ],
)
def test_the_documents_a_described_one_cites(answerer: Answerer, question: str) -> None:
    # the committee's decisions 310/BC-SKHCN's file cites, not the report itself
    assert set(cited(answerer.ask(question).text)) == keys(
        "2845/QĐ-UBND", "1120/QĐ-UBND", "356/QĐ-UBND"
    )
