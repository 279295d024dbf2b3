"""Accounts on the real server, through gradio_client: login, roles, audit, saved chats.

Roles are enforced by the handlers, so a reader calling the API directly is refused
exactly as in the page, and the archive stays as it was.
"""

from __future__ import annotations

import hashlib
import shutil
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.accounts import AuditLog, UserStore
from assistant.config import Settings
from assistant.retrieval import paths
from assistant.retrieval.indexer import Indexer
from assistant.ui.gradio_app import launch

REPO = Path(__file__).resolve().parents[2]
PASSWORDS = {
    "quan-tri": "mat-khau-quan-tri",
    "bien-tap": "mat-khau-bien-tap",
    "doc-gia": "mk-doc-gia-1",
}
ROLES = {"quan-tri": "admin", "bien-tap": "editor", "doc-gia": "reader"}

pytestmark = pytest.mark.slow


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Served:
    settings: Settings
    url: str

    def client(self, name: str | None) -> object:
        from gradio_client import Client

        auth = (name, PASSWORDS[name]) if name else None
        return Client(self.url, auth=auth, verbose=False)

    def audit(self) -> list[tuple[str, str, str, str]]:
        log = AuditLog(paths.audit(Path(self.settings.index)))
        return [(e.actor, e.action, e.target, e.outcome) for e in reversed(log.entries())]


def _archive_state(settings: Settings) -> dict[str, str]:
    """Every file of the corpus and of the index's manifest, by content hash."""
    files = [*sorted(Path(settings.corpus).rglob("*")), paths.manifest(Path(settings.index))]
    return {str(f): hashlib.sha256(f.read_bytes()).hexdigest() for f in files if f.is_file()}


def _start(settings: Settings) -> tuple[object, str]:
    settings = Settings(corpus=settings.corpus, index=settings.index, port=_port())
    return launch(settings, block=False), f"http://127.0.0.1:{settings.port}/"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    root = tmp_path_factory.mktemp("accounts")
    (root / "corpus").mkdir()
    for name in ("qd-118-2022-quy-che-mot-cua.txt", "qd-42-2023-phe-duyet-ke-hoach-kiem-tra.txt"):
        shutil.copy(REPO / "corpus" / name, root / "corpus")
    settings = Settings(corpus=root / "corpus", index=root / "indexes")
    Indexer(settings).ingest([root / "corpus"])
    store = UserStore(paths.users(root / "indexes"))
    for name, role in ROLES.items():
        store.add(name, role, PASSWORDS[name])
    app, url = _start(settings)
    try:
        yield Served(settings, url)
    finally:
        app.close()  # type: ignore[attr-defined]


def test_login_is_required_once_accounts_exist(served: Served) -> None:
    import httpx

    assert httpx.get(served.url + "config").status_code == 401
    from gradio_client import Client
    from gradio_client.exceptions import AuthenticationError

    with pytest.raises(AuthenticationError, match="Please login"):
        served.client(None)

    with pytest.raises(ValueError, match="Could not login"):
        Client(served.url, auth=("doc-gia", "sai-mat-khau"), verbose=False)
    assert ("doc-gia", "login_failed", "", "failed") in served.audit()
    reader = served.client("doc-gia")
    history, _, _ = reader.predict("qd 42", [], [], [], api_name="/ask")  # type: ignore[attr-defined]
    assert "42/QĐ-SKHCN" in str(history[-1]["content"])
    assert ("doc-gia", "login", "", "ok") in served.audit()


def test_a_reader_cannot_change_the_archive_through_the_api(served: Served, tmp_path: Path) -> None:
    from gradio_client import handle_file
    from gradio_client.exceptions import AppError

    before = _archive_state(served.settings)
    reader = served.client("doc-gia")
    new = tmp_path / "cong-van-88.txt"
    new.write_text(
        "Số: 88/SKHCN-VP\nHòa An, ngày 01 tháng 8 năm 2023\nCÔNG VĂN\nVề việc thử\n", "utf-8"
    )
    with pytest.raises(AppError, match="biên tập viên"):
        reader.predict([handle_file(str(new))], api_name="/upload")  # type: ignore[attr-defined]
    with pytest.raises(AppError, match="biên tập viên"):
        reader.predict("qd-118-2022-quy-che-mot-cua.txt", api_name="/remove")  # type: ignore[attr-defined]
    with pytest.raises(AppError, match="biên tập viên"):
        reader.predict(api_name="/reindex")  # type: ignore[attr-defined]
    with pytest.raises(AppError, match="quản trị viên"):
        reader.predict("ke-gian", "admin", "mat-khau-dai", api_name="/add_user")  # type: ignore[attr-defined]
    with pytest.raises(AppError, match="quản trị viên"):
        reader.predict(api_name="/audit")  # type: ignore[attr-defined]
    assert _archive_state(served.settings) == before
    listed = reader.predict(api_name="/documents")  # type: ignore[attr-defined]
    assert sorted(r[1] for r in listed["data"]) == ["118/QĐ-SKHCN", "42/QĐ-SKHCN"]
    refused = [
        (a, t) for who, a, t, outcome in served.audit() if who == "doc-gia" and outcome == "refused"
    ]
    assert refused == [
        ("upload", "cong-van-88.txt"),
        ("remove", "qd-118-2022-quy-che-mot-cua.txt"),
        ("reindex", ""),
        ("users", "ke-gian"),
    ]
    assert UserStore(paths.users(Path(served.settings.index))).get("ke-gian") is None


def test_an_editor_changes_the_archive_and_each_change_is_logged(
    served: Served, tmp_path: Path
) -> None:
    from gradio_client import handle_file

    editor = served.client("bien-tap")
    new = tmp_path / "thong-bao-12.txt"
    new.write_text(
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 12/TB-SKHCN\nHòa An, ngày 03 tháng 7 năm 2023\n"
        "THÔNG BÁO\nKết luận cuộc họp giao ban tháng 6\n\n1. Các phòng hoàn thành báo cáo.\n",
        encoding="utf-8",
    )
    _report, table = editor.predict([handle_file(str(new))], api_name="/upload")  # type: ignore[attr-defined]
    assert "12/TB-SKHCN" in [row[1] for row in table["data"]]
    _message, table = editor.predict("thong-bao-12.txt", api_name="/remove")  # type: ignore[attr-defined]
    assert "12/TB-SKHCN" not in [row[1] for row in table["data"]]
    editor.predict(api_name="/reindex")  # type: ignore[attr-defined]
    mine = [(a, t, o) for who, a, t, o in served.audit() if who == "bien-tap" and a != "login"]
    assert mine == [
        ("upload", "thong-bao-12.txt", "ok"),
        ("remove", "thong-bao-12.txt", "ok"),
        ("reindex", "", "ok"),
    ]


def test_admins_manage_accounts_and_read_the_log(served: Served, tmp_path: Path) -> None:
    admin = served.client("quan-tri")
    from gradio_client import Client

    message, users, box = admin.predict("moi", "reader", "mat-khau-moi", api_name="/add_user")  # type: ignore[attr-defined]
    assert "Đã thêm tài khoản moi" in message
    assert ["moi", "người đọc"] in [row[:2] for row in users["data"]]
    assert box == ""  # the password field is emptied
    Client(served.url, auth=("moi", "mat-khau-moi"), verbose=False)  # logs in at once
    with pytest.raises(ValueError, match="Could not login"):
        Client(served.url, auth=("moi", "sai-mat-khau"), verbose=False)
    admin.predict("moi", api_name="/remove_user")  # type: ignore[attr-defined]
    log = admin.predict(api_name="/audit")  # type: ignore[attr-defined]
    actions = [row[2] for row in log["data"]]
    assert "thêm tài khoản" in actions
    assert "gỡ tài khoản" in actions
    assert "đăng nhập sai" in actions
    exported = Path(admin.predict(api_name="/export_audit"))  # type: ignore[attr-defined,arg-type]
    text = exported.read_text(encoding="utf-8")
    assert text.startswith("id,at,actor,action,target,outcome,detail")
    assert "user_remove" in text
    with pytest.raises(ValueError, match="Could not login"):
        Client(served.url, auth=("moi", "mat-khau-moi"), verbose=False)


def test_conversations_survive_a_restart_and_stay_their_owners(served: Served) -> None:
    reader = served.client("doc-gia")
    history, _, _ = reader.predict("qd 118 về việc gì?", [], [], [], api_name="/ask")  # type: ignore[attr-defined]
    assert "118/QĐ-SKHCN" in str(history[-1]["content"])
    app, url = _start(served.settings)  # a second server process on the same index
    try:
        again = Served(served.settings, url).client("doc-gia")
        rows = again.predict(api_name="/conversations")["data"]  # type: ignore[attr-defined]
        mine = [r for r in rows if r[0] == "qd 118 về việc gì?"]
        assert mine
        chat, panel = again.predict(mine[0][2], api_name="/open_conversation")  # type: ignore[attr-defined]
        assert "118/QĐ-SKHCN" in str(chat[-1]["content"])
        assert "118/QĐ-SKHCN" in panel
        exported = Path(again.predict(mine[0][2], api_name="/export_conversation"))  # type: ignore[attr-defined,arg-type]
        assert "## Hỏi: qd 118 về việc gì?" in exported.read_text(encoding="utf-8")
        word = Path(again.predict(mine[0][2], api_name="/export_conversation_docx"))  # type: ignore[attr-defined,arg-type]
        assert word.suffix == ".docx"
        other = Served(served.settings, url).client("bien-tap")
        assert not any(
            r[0] == "qd 118 về việc gì?" for r in other.predict(api_name="/conversations")["data"]
        )  # type: ignore[attr-defined]
        from gradio_client.exceptions import AppError

        with pytest.raises(AppError, match="Không tìm thấy"):
            other.predict(mine[0][2], api_name="/delete_conversation")  # type: ignore[attr-defined]
        _message, rows = again.predict(mine[0][2], api_name="/delete_conversation")  # type: ignore[attr-defined]
        assert not any(r[2] == mine[0][2] for r in rows["data"])
    finally:
        app.close()  # type: ignore[attr-defined]


CHROMIUM = Path("/usr/bin/chromium")


def _login(page: object, url: str, name: str) -> None:
    page.goto(url)  # type: ignore[attr-defined]
    page.get_by_label("username").fill(name)  # type: ignore[attr-defined]
    page.get_by_label("password").fill(PASSWORDS[name])  # type: ignore[attr-defined]
    page.get_by_role("button", name="Login").click()  # type: ignore[attr-defined]
    page.get_by_role("tab", name="Hỏi đáp").wait_for(timeout=30_000)  # type: ignore[attr-defined]


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")
def test_the_page_asks_for_a_login_and_shows_what_the_role_allows(served: Served) -> None:
    from hostile import CHROMIUM_ARGS
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        page = browser.new_page()
        page.goto(served.url)
        page.get_by_text("Đăng nhập bằng tài khoản do quản trị viên cấp").wait_for(timeout=30_000)
        _login(page, served.url, "doc-gia")
        page.get_by_text("Đăng nhập: doc-gia (người đọc)").wait_for(timeout=30_000)
        assert page.get_by_role("tab", name="Quản trị").count() == 0
        page.get_by_role("tab", name="Tài liệu").click()
        assert not page.get_by_role("button", name="Nạp lại toàn bộ").is_visible()
        admin = browser.new_page()
        _login(admin, served.url, "quan-tri")
        admin.get_by_role("tab", name="Quản trị").click()
        admin.get_by_text("Nhật ký hoạt động").wait_for(timeout=30_000)
        admin.get_by_text("đăng nhập").filter(visible=True).first.wait_for(timeout=30_000)
        browser.close()


def test_a_server_started_open_refuses_everyone_once_an_account_exists(tmp_path: Path) -> None:
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    settings = Settings(corpus=tmp_path / "corpus", index=tmp_path / "indexes")
    app, url = _start(settings)  # no account yet: open on loopback, no login page
    try:
        client = Client(url, verbose=False)
        UserStore(paths.users(tmp_path / "indexes")).add("lan", "admin", "mat-khau-dai")
        for args, api in [
            (("Theo Quyết định số 15/QĐ-SKHCN ngày 12/3/2023.", None), "/check"),
            (("Soạn mục Cải cách tổ chức bộ máy",), "/draft"),
            ((), "/documents"),
            (("qd 15", [], [], []), "/ask"),
            ((), "/reindex"),
        ]:
            with pytest.raises(AppError, match="đăng nhập"):
                client.predict(*args, api_name=api)
    finally:
        app.close()  # type: ignore[attr-defined]
