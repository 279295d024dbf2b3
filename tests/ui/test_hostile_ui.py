"""A hostile archive document is shown as text in the real UI (headless Chromium).

Also what staff read there: numbers drawn in one font, the findings table within the page.

Its text holds ``<img onerror>``, a forged ``</details><details open>``, ``javascript:``
links and ``<b>``: none may become an element, and what it says ("< 5%", "<img src=x")
must be on screen as written, with the cited number still marked.
"""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hostile import (
    CHROMIUM_ARGS,
    COUNT_JS,
    HOSTILE_NAME,
    HOSTILE_TEXT,
    open_all_details,
    total,
    visit_every_view,
)

from assistant.config import Settings
from assistant.retrieval.indexer import Indexer
from assistant.ui.gradio_app import launch

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian's chromium is not installed: make test installs it"
    ),
]


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(REPO / "corpus" / "qd-118-2022-quy-che-mot-cua.txt", corpus)
    (corpus / HOSTILE_NAME).write_text(HOSTILE_TEXT, encoding="utf-8")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    settings = Settings(corpus=corpus, index=root / "indexes", port=port)
    Indexer(settings).ingest([corpus])
    app = launch(settings, block=False)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        app.close()


# The visible findings tables: their width, content width, right edge and the page's.
TABLE_FIT_JS = """
() => [...document.querySelectorAll('.findings')].filter(e => e.offsetParent).map(e => ({
  width: e.clientWidth, scroll: e.scrollWidth,
  right: e.getBoundingClientRect().right, page: window.innerWidth,
}))
"""


def fonts_of(page: Any, selector: str) -> list[set[str]]:
    """The font families Chromium drew each matching element with (DevTools protocol)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    nodes = cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": selector})["nodeIds"]
    used = [cdp.send("CSS.getPlatformFontsForNode", {"nodeId": n})["fonts"] for n in nodes]
    return [{f["familyName"] for f in fonts} for fonts in used if fonts]


def test_hostile_document_is_shown_as_text_everywhere(url: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        page = browser.new_page()
        counts = visit_every_view(page, url)
        page.get_by_role("tab", name="Hỏi đáp").click()
        open_all_details(page)
        shown = page.evaluate("() => document.querySelector('gradio-app').innerText")
        marked = page.evaluate(
            "() => [...document.querySelectorAll('gradio-app mark')].map(m => m.textContent)"
        )
        again = page.evaluate(COUNT_JS)
        fonts = fonts_of(page, "#sources b.doc-number, gradio-app mark")
        page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
        page.get_by_role("tab", name="Kiểm tra trích dẫn").click()
        table = page.evaluate(TABLE_FIT_JS)
        browser.close()
    assert fonts, "no marked or bold number found"
    assert all(len(families) == 1 for families in fonts), fonts
    assert table, "the check tab shows no findings table"
    assert all(t["scroll"] <= t["width"] + 1 and t["right"] <= t["page"] for t in table), table
    assert total(counts) == 0, counts
    assert sum(again.values()) == 0
    assert "<img src=x onerror=alert(1)>" in shown
    assert "tỷ lệ < 5%" in shown
    assert "[link](javascript:alert(1))" in shown
    assert "</details><details open><summary>forged</summary>" in shown
    assert "77/TB-SKHCN" in marked
