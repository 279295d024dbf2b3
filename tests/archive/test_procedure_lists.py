"""A list of administrative procedures asked for ("Danh mục TTHC … đang áp dụng là QĐ nào"):
the decisions publishing procedures answer, not the one-stop rules for receiving them nor
the Tờ trình proposing the list, which read much alike."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import document

from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.fit import asks_procedure_list
from assistant.retrieval.query import fold

FILES = {
    "qd-35-2023-quy-che-mot-cua.txt": document(
        "QUYẾT ĐỊNH",
        "35/QĐ-SCT",
        "10/3/2023",
        "Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở "
        "Công Thương",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, giải quyết "
        "thủ tục hành chính thuộc thẩm quyền của Sở theo cơ chế một cửa.",
    ),
    "qd-71-2024-quy-che-mot-cua.txt": document(
        "QUYẾT ĐỊNH",
        "71/QĐ-SCT",
        "12/6/2024",
        "Sửa đổi Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Sửa đổi Điều 5 Quy chế tiếp nhận, giải quyết thủ tục hành chính "
        "thuộc thẩm quyền của Sở ban hành kèm theo Quyết định số 35/QĐ-SCT ngày 10/3/2023.",
    ),
    "ttr-07-2024.txt": document(
        "TỜ TRÌNH",
        "07/TTr-SCT",
        "05/7/2024",
        "Đề nghị công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Công "
        "Thương",
        "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Kim Sơn.\n\nSở kính trình công bố Danh mục thủ "
        "tục hành chính thuộc thẩm quyền giải quyết của Sở.",
    ),
    "bc-120-2024.txt": document(
        "BÁO CÁO",
        "120/BC-SCT",
        "10/12/2024",
        "Kết quả cải cách hành chính năm 2024",
        "I. KẾT QUẢ\n\nChủ tịch Ủy ban nhân dân tỉnh đã ban hành Quyết định số 702/QĐ-UBND ngày "
        "02/8/2024 công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Công "
        "Thương; Sở tiếp nhận hồ sơ theo Quy chế một cửa ban hành kèm theo Quyết định số "
        "35/QĐ-SCT ngày 10/3/2023.",
    ),
}


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Danh mục TTHC thuộc thẩm quyền của Sở đang áp dụng là QĐ nào", True),
        ("danh muc thu tuc hanh chinh cua so hien nay theo qd nao", True),
        ("Which decision's list of procedures applies now?", True),
        ("Which decisions held the published list of the department's procedures?", True),
        ("Những QĐ công bố TTHC của Sở năm 2024", True),
        ("Quy chế một cửa của Sở đang áp dụng là QĐ nào", False),
    ],
)
def test_a_list_of_procedures_is_asked(question: str, asked: bool) -> None:
    assert asks_procedure_list(fold(question)) is asked


def test_the_decision_publishing_the_list_answers_not_the_one_stop_rules(
    ingest_files: Callable[[str, dict[str, str]], Settings],
) -> None:
    settings = ingest_files("procedure-lists", FILES)
    text = (
        Answerer(settings, llm=None)
        .ask("Danh mục TTHC thuộc thẩm quyền của Sở Công Thương đang áp dụng là QĐ nào?")
        .text
    )
    assert "702/QĐ-UBND" in text
    for ident in ("35/QĐ-SCT", "71/QĐ-SCT", "07/TTr-SCT"):
        assert ident not in text
