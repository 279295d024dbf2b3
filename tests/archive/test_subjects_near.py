"""A cited document's subject read near it when none follows its number: the thing named
before it ("Chỉ số cải cách hành chính năm 2022 của Sở theo Quyết định số 533/QĐ-UBND …",
"Ban Chỉ đạo … được kiện toàn tại Quyết định số …"), or the subject of the next citation
"và" joins it to; and where a subject after a number stops ("… đạt 81,26 điểm").

The yearly reports of a fictional Sở Công Thương tỉnh Kim Sơn (samples written
for this test) cite each year's announcement of the reform index that way, with nothing
after the number but its date, issuer and the score; only one report words it the other
way round ("… công bố Chỉ số …" after the number).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import document, keys, listed

from assistant.citations import Registry
from assistant.citations.extract import extract
from assistant.config import Settings
from assistant.generation.answer import Answerer


def _subjects(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {c.ident: (c.subject, c.subject_near) for c in extract(text) if c.ident}


@pytest.mark.parametrize(
    ("text", "ident", "before"),
    [
        (
            "2. Chỉ số cải cách hành chính năm 2022 của Sở theo Quyết định số 533/QĐ-UBND "
            "ngày 07/4/2023 của Ủy ban nhân dân tỉnh đạt 83,75 điểm.",
            "533/QĐ-UBND",
            "công bố Chỉ số cải cách hành chính năm 2022 của Sở",
        ),
        (
            "Ban Chỉ đạo cải cách hành chính được kiện toàn tại Quyết định số 388/QĐ-SCT "
            "ngày 20/5/2021.",
            "388/QĐ-SCT",
            "kiện toàn Ban Chỉ đạo cải cách hành chính",
        ),
        (
            "Sở ban hành Quy chế hoạt động của Bộ phận Một cửa tại Quyết định số 610/QĐ-SCT "
            "ngày 26/8/2019.",
            "610/QĐ-SCT",
            "ban hành Quy chế hoạt động của Bộ phận Một cửa",
        ),
        (
            "tiếp tục thực hiện Quy chế làm việc ban hành kèm theo Quyết định số 35/QĐ-SCT.",
            "35/QĐ-SCT",
            "ban hành Quy chế làm việc",
        ),
        (
            "Danh mục thủ tục hành chính của Sở được sửa đổi, bãi bỏ một phần tại Quyết định "
            "số 1466/QĐ-UBND ngày 02/8/2023.",
            "1466/QĐ-UBND",
            "sửa đổi, bãi bỏ một phần Danh mục thủ tục hành chính của Sở",
        ),
        (
            "Quy chế làm việc của Sở đã được sửa đổi khoản 2 Điều 15 tại Quyết định số 702/QĐ-SCT.",
            "702/QĐ-SCT",
            "sửa đổi khoản 2 Điều 15 Quy chế làm việc của Sở",
        ),
        # not a thing the citation made: a ground, a meeting, a plan carried out, a
        # replacement, a body without the verb that made it
        ("Xây dựng Quy chế một cửa mới theo Nghị định số 118/2025/NĐ-CP.", "118/2025/NĐ-CP", None),
        (
            "Ban Chỉ đạo cải cách hành chính Sở họp sơ kết 6 tháng, kết luận tại Thông báo số "
            "112/TB-SCT ngày 10/7/2021.",
            "112/TB-SCT",
            None,
        ),
        (
            "Thực hiện Kế hoạch số 05/KH-SCT ngày 10/01/2023, đã kiểm tra 05 phòng.",
            "05/KH-SCT",
            None,
        ),
        (
            "Quy chế này thay thế Quy chế của Bộ phận Tiếp nhận và Trả kết quả tại Quyết định "
            "số 12/QĐ-SCT.",
            "12/QĐ-SCT",
            None,
        ),
        (
            "Bộ phận Một cửa của Sở tiếp nhận 127 thủ tục theo Quyết định số 25/QĐ-SCT.",
            "25/QĐ-SCT",
            None,
        ),
    ],
)
def test_the_thing_named_before_a_citation(text: str, ident: str, before: str | None) -> None:
    # ``subject`` (the ``cite`` field) stays what follows the number: nothing here
    assert _subjects(text)[ident] == (None, before)


def test_a_subject_after_the_number_is_read_as_before() -> None:
    text = (
        "Chỉ số cải cách hành chính năm 2021 theo Quyết định số 624/QĐ-UBND ngày 15/4/2022 "
        "về việc công bố Chỉ số cải cách hành chính năm 2021."
    )
    assert _subjects(text)["624/QĐ-UBND"] == ("công bố Chỉ số cải cách hành chính năm 2021", None)


def test_two_citations_joined_by_va_share_the_subject_after_the_second() -> None:
    text = (
        "Quyết định số 1023/QĐ-UBND ngày 15/5/2019 của Ủy ban nhân dân tỉnh Ngọc Khê và Quyết "
        "định số 877/QĐ-UBND ngày 22/4/2019 của Ủy ban nhân dân tỉnh Lam Điền về việc thành "
        "lập Trung tâm Phục vụ hành chính công tỉnh hết hiệu lực kể từ ngày Quyết định này có "
        "hiệu lực."
    )
    subject = "thành lập Trung tâm Phục vụ hành chính công tỉnh"
    found = _subjects(text)
    assert found["1023/QĐ-UBND"] == (None, subject)
    assert found["877/QĐ-UBND"] == (subject, None)
    # of another kind, the subject is the second's only
    text = (
        "Thực hiện Chỉ thị số 14/CT-UBND ngày 09/8/2021 của Chủ tịch Ủy ban nhân dân tỉnh và "
        "Kế hoạch số 18/KH-SCT ngày 10/01/2022 về cải cách hành chính năm 2022."
    )
    assert _subjects(text)["14/CT-UBND"] == (None, None)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "theo Quyết định số 624/QĐ-UBND ngày 15/4/2022 của Ủy ban nhân dân tỉnh công bố Chỉ "
            "số cải cách hành chính năm 2021 đạt 81,26 điểm, xếp thứ 11/20.",
            "công bố Chỉ số cải cách hành chính năm 2021",
        ),
        (
            "Quyết định số 624/QĐ-UBND ngày 15/4/2022 về việc ban hành Quy chế làm việc có "
            "hiệu lực kể từ ngày ký.",
            "ban hành Quy chế làm việc",
        ),
        # a trích yếu about documents that ended says so, with no date after it
        (
            "Quyết định số 624/QĐ-UBND ngày 15/4/2022 về việc công bố danh mục văn bản quy phạm "
            "pháp luật hết hiệu lực toàn bộ năm 2021.",
            "công bố danh mục văn bản quy phạm pháp luật hết hiệu lực toàn bộ năm 2021",
        ),
    ],
)
def test_a_subject_stops_at_its_clauses_verb(text: str, subject: str) -> None:
    assert _subjects(text)["624/QĐ-UBND"] == (subject, None)


def test_a_subject_written_after_a_number_wins_over_one_before() -> None:
    registry = Registry()
    registry.add_text(
        "a.txt",
        "Chỉ số cải cách hành chính năm 2022 của Sở theo Quyết định số 533/QĐ-UBND ngày "
        "07/4/2023 của Ủy ban nhân dân tỉnh đạt 83,75 điểm.",
        identity=None,
    )
    (e,) = registry.entries()
    assert e.subject == "công bố Chỉ số cải cách hành chính năm 2022 của Sở"
    registry.add_text(
        "b.txt",
        "Quyết định số 533/QĐ-UBND ngày 07/4/2023 của Ủy ban nhân dân tỉnh về việc công bố "
        "Chỉ số cải cách hành chính năm 2022 của các sở, ban, ngành.",
        identity=None,
    )
    (e,) = registry.entries()
    assert e.subject == "công bố Chỉ số cải cách hành chính năm 2022 của các sở, ban, ngành"
    # and it survives a round trip of the saved registry
    (again,) = Registry.from_dict(registry.to_dict()).entries()
    assert again.mentions[0].subject_near == "công bố Chỉ số cải cách hành chính năm 2022 của Sở"


def _report(number: str, day: str, year: int, body: str) -> str:
    return document(
        "BÁO CÁO", number, day, f"Kết quả thực hiện công tác cải cách hành chính năm {year}", body
    )


FILES = {
    "bc-2022.txt": _report(
        "88/BC-SCT",
        "12/12/2022",
        2022,
        "I. CÔNG TÁC CHỈ ĐẠO\n\n1. Kế hoạch năm 2022 có 24 nhiệm vụ; đã hoàn thành 23 nhiệm "
        "vụ.\n\n2. Chỉ số cải cách hành chính năm 2021 của Sở theo Quyết định số 624/QĐ-UBND "
        "ngày 15/4/2022 của Ủy ban nhân dân tỉnh đạt 81,26 điểm, xếp thứ 11/20.",
    ),
    "bc-2023.txt": _report(
        "95/BC-SCT",
        "13/12/2023",
        2023,
        "I. CÔNG TÁC CHỈ ĐẠO\n\n1. Kế hoạch năm 2023 có 26 nhiệm vụ; đã hoàn thành 26 nhiệm "
        "vụ.\n\n2. Chỉ số cải cách hành chính năm 2022 của Sở theo Quyết định số 533/QĐ-UBND "
        "ngày 07/4/2023 của Ủy ban nhân dân tỉnh đạt 83,75 điểm, xếp thứ 8/20.",
    ),
    "bc-2024.txt": _report(
        "101/BC-SCT",
        "12/12/2024",
        2024,
        "I. CÔNG TÁC CHỈ ĐẠO\n\n1. Kế hoạch năm 2024 có 28 nhiệm vụ; đã hoàn thành 27 nhiệm "
        "vụ.\n\n2. Theo Quyết định số 701/QĐ-UBND ngày 19/4/2024 của Ủy ban nhân dân tỉnh "
        "công bố Chỉ số cải cách hành chính năm 2023, Sở đạt 85,02 điểm, xếp thứ 6/20.",
    ),
    "qd-12-2024-quy-che.txt": document(
        "QUYẾT ĐỊNH",
        "12/QĐ-SCT",
        "15/01/2024",
        "Ban hành Quy chế làm việc của Sở Công Thương",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở.",
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("index-years", FILES), llm=None)


def test_each_years_announcement_of_the_index_is_listed(answerer: Answerer) -> None:
    text = answerer.ask("Các quyết định công bố Chỉ số CCHC của Sở là những QĐ nào?").text
    assert listed(text) == keys("701/QĐ-UBND", "533/QĐ-UBND", "624/QĐ-UBND"), text
    # and each is said with the subject its report names before it
    assert "533/QĐ-UBND ngày 07/4/2023 về việc công bố Chỉ số cải cách hành chính năm 2022" in text
