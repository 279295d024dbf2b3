"""Elements made from a hostile document's text in the real UI (headless Chromium).

Ingests one document holding HTML and Markdown (``<img onerror>``, a forged
``<details>``, ``javascript:`` links, ``<b>``), asks about it, checks it and lists
documents, and prints how many page elements were made from its text per view.
Run against any checkout (before/after a change):

    PYTHONPATH=/path/to/checkout python bench/hostile_ui.py
"""

from __future__ import annotations

import json
import shutil
import socket
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "ui"))

from hostile import CHROMIUM_ARGS, HOSTILE_NAME, HOSTILE_TEXT, total, visit_every_view

from assistant.config import Settings
from assistant.retrieval.indexer import Indexer
from assistant.ui.gradio_app import launch

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    """Print the counts as JSON: per view and in total."""
    from playwright.sync_api import sync_playwright

    root = Path(tempfile.mkdtemp(prefix="hostile-ui-"))
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
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
            )
            counts = visit_every_view(browser.new_page(), f"http://127.0.0.1:{port}/")
            browser.close()
    finally:
        app.close()
        shutil.rmtree(root, ignore_errors=True)
    print(json.dumps({"views": counts, "total": total(counts)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
