"""A document's history asked for ("qua các thời kỳ", "over the years"): the documents found,
what they replaced (a predecessor the archive only cites included) and what replaced them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import document

from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.fit import asks_history
from assistant.retrieval.query import fold

FILES = {
    "qd-05-2021-chuc-nang.txt": document(
        "QUYẾT ĐỊNH",
        "05/2021/QĐ-UBND",
        "03/3/2021",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Vị trí và chức năng.\n\nĐiều 2. Quyết định này có hiệu lực kể từ "
        "ngày 15/3/2021 và thay thế Quyết định số 28/2016/QĐ-UBND ngày 18/8/2016 của Ủy ban nhân "
        "dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương.",
    ),
    "qd-12-2023-chuc-nang.txt": document(
        "QUYẾT ĐỊNH",
        "12/2023/QĐ-UBND",
        "10/5/2023",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Vị trí và chức năng.\n\nĐiều 2. Quyết định này có hiệu lực kể từ "
        "ngày 20/5/2023 và thay thế Quyết định số 05/2021/QĐ-UBND ngày 03/3/2021 của Ủy ban nhân "
        "dân tỉnh.",
    ),
    "qd-38-2020-mot-cua.txt": document(
        "QUYẾT ĐỊNH",
        "38/QĐ-SCT",
        "12/3/2020",
        "Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở",
        "Căn cứ Quyết định số 28/2016/QĐ-UBND ngày 18/8/2016 của Ủy ban nhân dân tỉnh quy định "
        "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế một cửa.",
    ),
}


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Các QĐ quy định chức năng của Sở qua các thời kỳ", True),
        ("Which decisions have set out the department's functions over the years?", True),
        ("Quy chế một cửa đã lần lượt được ban hành, thay thế qua những QĐ nào?", True),
        ("Quyết định nào quy định chức năng của Sở hiện nay?", False),
    ],
)
def test_a_history_is_asked(question: str, asked: bool) -> None:
    assert asks_history(fold(question)) is asked


def test_a_history_holds_the_predecessors_the_archive_only_cites(
    ingest_files: Callable[[str, dict[str, str]], Settings],
) -> None:
    settings = ingest_files("history", FILES)
    text = (
        Answerer(settings, llm=None)
        .ask(
            "Các quyết định của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn của Sở Công "
            "Thương qua các thời kỳ"
        )
        .text
    )
    for ident in ("05/2021/QĐ-UBND", "12/2023/QĐ-UBND", "28/2016/QĐ-UBND"):
        assert ident in text
    assert "38/QĐ-SCT" not in text


def test_the_archive_s_own_province_named_is_no_topic(
    ingest_files: Callable[[str, dict[str, str]], Settings],
) -> None:
    settings = ingest_files("history", FILES)
    text = (
        Answerer(settings, llm=None)
        .ask("Có những QĐ nào ở Kim Sơn phải chờ tới một ngày cụ thể sau khi ký mới áp dụng?")
        .text
    )
    for ident in ("05/2021/QĐ-UBND", "12/2023/QĐ-UBND"):
        assert ident in text
