"""The real app, launched on 127.0.0.1: through gradio_client and in headless Chromium."""

from __future__ import annotations

import shutil
import socket
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.errors import ConfigError
from assistant.retrieval.indexer import Indexer
from assistant.ui.gradio_app import check_binding, launch

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")


def content_text(message: dict) -> str:
    """A chat message's text (Gradio 6 sends content as a list of typed parts)."""
    content = message["content"]
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content if isinstance(part, dict))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app serving the ingested sample corpus; yields its URL."""
    root = tmp_path_factory.mktemp("app")
    shutil.copytree(REPO / "corpus", root / "corpus")
    settings = Settings(corpus=root / "corpus", index=root / "indexes", port=free_port())
    Indexer(settings).ingest([root / "corpus"])
    app = launch(settings, block=False)
    try:
        yield f"http://127.0.0.1:{settings.port}/"
    finally:
        app.close()


@pytest.mark.slow
def test_ask_through_the_api(server: str) -> None:
    from gradio_client import Client

    client = Client(server, verbose=False)
    history, sources, box = client.predict(
        "Quyết định nào sắp xếp tổ chức các phòng năm 2023?", [], [], [], api_name="/ask"
    )
    assert "15/QĐ-SKHCN" in content_text(history[-1])
    assert "15/QĐ-SKHCN" in sources
    assert box == ""


@pytest.mark.slow
def test_check_through_the_api(server: str) -> None:
    from gradio_client import Client

    client = Client(server, verbose=False)
    marked, table, summary = client.predict(
        "Theo Quyết định số 42/QĐ-SKHCN ngày 21/4/2023 và Công văn số 245/SKHCN-VP ngày 10/5/2023.",
        None,
        api_name="/check",
    )
    labels = [item["class_or_confidence"] for item in marked if item["class_or_confidence"]]
    assert labels == ["sai ngày", "đã xác minh"]
    assert summary.startswith("2 trích dẫn")
    assert table["data"][0][1] == "sai ngày"


@pytest.mark.slow
def test_upload_through_the_api_then_listed(server: str, tmp_path: Path) -> None:
    from gradio_client import Client, handle_file

    path = tmp_path / "thong-bao-12.txt"
    path.write_text(
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 12/TB-SKHCN\nHòa An, ngày 03 tháng 7 năm 2023\n"
        "THÔNG BÁO\nKết luận cuộc họp giao ban tháng 6\n\n1. Các phòng hoàn thành báo cáo.\n",
        encoding="utf-8",
    )
    client = Client(server, verbose=False)
    report, table = client.predict([handle_file(str(path))], api_name="/upload")
    assert "thong-bao-12.txt" in report
    assert "12/TB-SKHCN" in [row[1] for row in table["data"]]
    listed = client.predict(api_name="/documents")
    assert "12/TB-SKHCN" in [row[1] for row in listed["data"]]


@pytest.mark.slow
def test_hostile_questions_get_a_message_and_the_server_keeps_serving(server: str) -> None:
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    client = Client(server, verbose=False)
    for question in ("x" * 10_000, "?!… ---"):
        with pytest.raises(AppError) as caught:
            client.predict(question, [], [], [], api_name="/ask")
        assert "câu hỏi" in str(caught.value).lower()  # the UI speaks Vietnamese
    history, _, _ = client.predict("qd 42", [], [], [], api_name="/ask")
    assert "42/QĐ-SKHCN" in content_text(history[-1])


@pytest.mark.slow
def test_ten_concurrent_questions(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    from gradio_client import Client

    questions = [
        "Quyết định nào sắp xếp tổ chức các phòng năm 2023?",
        "Kế hoạch cải cách hành chính năm 2023 gồm những nhiệm vụ gì?",
        "Tờ trình phương án sắp xếp tổ chức",
        "quy chế một cửa của Sở",
        "Công văn triển khai kiểm tra cải cách hành chính",
        "Which decisions were issued in 2023?",
        "báo cáo kết quả cải cách hành chính năm 2023",
        "qd 42",
        "Nghị định 107/2020/NĐ-CP",
        "còn năm 2022 thì sao?",
    ]
    started = time.perf_counter()

    def ask(q: str) -> str:
        history, _, _ = Client(server, verbose=False).predict(q, [], [], [], api_name="/ask")
        return content_text(history[-1])

    with ThreadPoolExecutor(max_workers=10) as pool:
        answers = list(pool.map(ask, questions))
    elapsed = time.perf_counter() - started
    assert len(answers) == 10
    assert all(a.strip() for a in answers)
    with capsys.disabled():
        print(f"\n10 concurrent questions answered in {elapsed:.1f} s")


@pytest.mark.slow
@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium is not installed: make test installs it"
)
def test_ask_in_headless_chromium(server: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        page = browser.new_page()
        page.goto(server)
        box = page.get_by_label("Câu hỏi")
        box.fill("Quyết định nào sắp xếp tổ chức các phòng năm 2023?")
        page.get_by_role("button", name="Gửi").click()
        page.get_by_text("15/QĐ-SKHCN").first.wait_for(timeout=60_000)
        shot = tmp_path / "hoi-dap.png"
        page.screenshot(path=str(shot), full_page=True)
        browser.close()
    assert shot.stat().st_size > 10_000


def test_refuses_a_network_address_without_a_password() -> None:
    with pytest.raises(ConfigError, match="ASSISTANT_AUTH"):
        check_binding(Settings(host="0.0.0.0"))
    assert check_binding(Settings(host="0.0.0.0", auth="can-bo:mat-khau")) == ("can-bo", "mat-khau")
    assert check_binding(Settings()) is None
    with pytest.raises(ConfigError, match="user:password"):
        check_binding(replace(Settings(), auth="no-colon"))
