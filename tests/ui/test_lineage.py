"""The Lược đồ panel: a document's relations, timeline and picture, archive text escaped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.ui.handlers import Handlers, summary_line
from assistant.ui.lineage import cited_idents, text

HEADER = (
    "UBND TỈNH KHÁNH HÒA\n\nSố: {ident}\n\nKhánh Hòa, ngày {day}\n\n"
    "QUYẾT ĐỊNH\nVề việc {subject}\n\n"
)
FILES = {
    "qd-1908-2021.txt": HEADER.format(
        ident="1908/QĐ-UBND",
        day="08 tháng 7 năm 2021",
        # A subject that tries to inject HTML and formatting into the page.
        subject="quy định chức năng <img src=x onerror=alert(1)> của Sở",
    )
    + "Điều 1. Quy định chức năng, nhiệm vụ của Sở.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n",
    "qd-2000-2022.txt": HEADER.format(
        ident="2000/QĐ-UBND", day="01 tháng 8 năm 2022", subject="quy định chức năng của Sở"
    )
    + "Căn cứ Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ;\n\n"
    "Điều 1. Quy định chức năng, nhiệm vụ của Sở.\n\nĐiều 2. Quyết định này có hiệu lực kể từ "
    "ngày 15/8/2022 và thay thế Quyết định số 1908/QĐ-UBND ngày 08/7/2021 của UBND tỉnh.\n",
}


@pytest.fixture(scope="module")
def handlers(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Handlers:
    return Handlers(ingest_files("lineage", FILES))


def test_lineage_of_a_replaced_decision(handlers: Handlers) -> None:
    markdown, image = handlers.lineage("qd 1908")
    assert "hết hiệu lực" in markdown
    assert "Đã được văn bản sau thay đổi" in markdown
    assert "2000/QĐ\\-UBND" in markdown or "2000/QĐ-UBND" in markdown
    assert "15/8/2022" in markdown  # the timeline: replaced from its effective date
    assert "<img" not in markdown  # the subject is shown as text
    assert "&lt;img" in markdown
    assert image is not None
    assert Path(image).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_lineage_of_the_replacing_decision_from_its_file(handlers: Handlers) -> None:
    markdown, image = handlers.lineage_of_source("qd-2000-2022.txt")
    assert "Căn cứ vào" in markdown
    assert "107/2020/NĐ\\-CP" in markdown or "107/2020/NĐ-CP" in markdown
    assert "thay thế" in markdown
    assert image is not None


def test_lineage_says_what_to_do(handlers: Handlers) -> None:
    with pytest.raises(AssistantError, match="không có văn bản"):
        handlers.lineage("4242/QĐ-UBND")
    with pytest.raises(AssistantError, match="Hãy chọn"):
        handlers.lineage_of_source("")


def test_check_tab_shows_a_superseded_citation_as_a_warning(handlers: Handlers) -> None:
    draft = (
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ\n\nSố: /BC-SKHCN\n\nKhánh Hòa, ngày 10 tháng 02 năm 2023\n\n"
        "Thực hiện Quyết định số 1908/QĐ-UBND ngày 08/7/2021; Quyết định số 9999/QĐ-UBND ngày "
        "01/01/2022.\n"
    )
    marked, rows, summary = handlers.check(draft)
    assert [label for _, label in marked if label] == [
        "cảnh báo: đã bị thay thế",
        "không có trong kho",
    ]
    assert "2000/QĐ-UBND" in rows[0][2]
    assert summary == "2 trích dẫn: 1 không có trong kho; cảnh báo: 1 đã bị thay thế"
    assert summary_line(()) == "0 trích dẫn: không có"


def test_cited_idents_of_a_sources_panel() -> None:
    panel = (
        "<b>Quyết định 1908/QĐ-UBND</b> ngày 08/7/2021 … Quyết định số 1908/QĐ-UBND; 2000/QĐ-UBND"
    )
    assert cited_idents(panel) == ["1908/QĐ-UBND", "2000/QĐ-UBND"]


def test_text_is_inert() -> None:
    # The UI's one escaper (safe.as_text): no tag, no emphasis, no link, no bare URL.
    inert = "&lt;b&gt;x&lt;/b&gt; \\*y\\* \\[z\\](http&#58;//a)"
    assert text("<b>x</b> *y* [z](http://a)") == inert
