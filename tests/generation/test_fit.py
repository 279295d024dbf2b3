"""What a list question implies: its facets, whether it names a topic, what acts it asks for."""

from __future__ import annotations

import pytest

from assistant.generation.fit import Asked, asked_acts, topicless
from assistant.generation.standing import asks_one
from assistant.retrieval.query import fold, parse_question


@pytest.mark.parametrize(
    ("question", "area"),
    [
        # The department's name says who acts, not the topic.
        ("Which decisions restructured the Department of Justice in 2024?", "to_chuc_bo_may"),
        ("Những quyết định nào sắp xếp tổ chức bộ máy của Sở Tư pháp năm 2022?", "to_chuc_bo_may"),
        ("Những văn bản nào về cải cách thể chế của Sở Nội vụ?", "the_che"),
        # The reform's own name and a year name no area; a heading phrase still does.
        ("Những quyết định nào về cải cách hành chính năm 2023?", None),
        ("Các văn bản liên quan đến CCHC năm 2024", None),
        ("Những văn bản nào về kiểm tra cải cách hành chính năm 2023?", "kiem_tra"),
        ("Kế hoạch cải cách hành chính năm 2024 là văn bản nào?", "chi_dao_dieu_hanh"),
    ],
)
def test_the_area_of_a_question_is_read_without_the_department_s_name(
    question: str, area: str | None
) -> None:
    assert Asked.of(parse_question(question)).area == area


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Những văn bản nào được ban hành năm 2022?", True),
        ("Which documents were issued in 2023?", True),
        ("Những kế hoạch nào Sở Tư pháp ban hành năm 2024?", True),
        ("Những quyết định nào sắp xếp tổ chức bộ máy năm 2022?", False),
        ("Văn bản nào năm 2021 về chuyển đổi số?", False),
        # Every document of the archive concerns the reform: its name is no topic.
        ("Những quyết định nào về cải cách hành chính năm 2023?", True),
        ("Các văn bản liên quan đến CCHC từ 2022 đến nay", True),
        ("Which decisions on administrative reform were issued in 2023?", True),
        ("Những quyết định nào về kiểm tra cải cách hành chính năm 2023?", False),
    ],
)
def test_topicless(question: str, expected: bool) -> None:
    assert topicless(parse_question(question)) is expected


@pytest.mark.parametrize(
    ("question", "acts"),
    [
        ("Which decision amended the department's working rules?", ("amends",)),
        ("Quyết định nào thay thế quy chế một cửa?", ("replaces",)),
        ("Quyết định nào bãi bỏ một phần quyết định 201?", ("repeals", "terminates")),
        # Passive: the document acted on is asked for, not the one acting.
        ("Quy chế nào đã được sửa đổi?", ()),
        ("Which rules were replaced in 2024?", ()),
        ("Những quyết định nào về chi tiêu nội bộ?", ()),
    ],
)
def test_asked_acts(question: str, acts: tuple[str, ...]) -> None:
    assert asked_acts(fold(question)) == acts


@pytest.mark.parametrize(
    ("question", "one"),
    [
        ("Quyết định nào quy định chức năng, nhiệm vụ của Sở hiện nay?", True),
        ("Những quyết định nào còn hiệu lực?", False),
        ("Which decision sets the department's functions now?", True),
        ("Which decisions are in force?", False),
        ("What regulations are in force?", False),
    ],
)
def test_asks_one(question: str, one: bool) -> None:
    assert asks_one(parse_question(question)) is one
