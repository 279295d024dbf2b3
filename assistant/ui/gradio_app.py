"""The Gradio interface: wiring only; the work is in ``handlers``.

Four tabs, in Vietnamese: Hỏi đáp (ask), Soạn thảo (draft), Kiểm tra trích dẫn
(check), Tài liệu (documents). Domain errors become ``gr.Error`` here, once.
"""

from __future__ import annotations

import functools
import inspect
import ipaddress
import os
from collections.abc import Callable, Iterator
from typing import Any

from assistant.config import Settings
from assistant.errors import AssistantError, ConfigError

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr

from assistant.accounts import Accounts
from assistant.ingest import SUPPORTED_SUFFIXES
from assistant.ui import account_tabs
from assistant.ui.account_handlers import AccountHandlers
from assistant.ui.handlers import STATUS_COLORS, Handlers
from assistant.ui.look import CSS, THEME
from assistant.ui.wording import vi_error

YEARS = [str(y) for y in range(2026, 2014, -1)]
TYPES = ["QĐ", "KH", "CV", "TTr", "BC", "TB", "NĐ", "TT", "CT", "NQ", "CTr"]
DOC_HEADERS = ["Tệp", "Số, ký hiệu", "Ngày", "Loại", "Trích yếu", "Số đoạn", "Nạp lúc"]
FINDING_HEADERS = ["Trích dẫn", "Kết quả", "Kho tài liệu ghi", "Nguồn", "Gợi ý"]


def _guard(func: Callable) -> Callable:
    """Turn domain errors into a ``gr.Error`` the user sees (generators included)."""
    if inspect.isgeneratorfunction(func):

        @functools.wraps(func)
        def gen_wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
            try:
                yield from func(*args, **kwargs)
            except AssistantError as exc:
                raise gr.Error(vi_error(exc)) from exc

        return gen_wrapper

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except AssistantError as exc:
            raise gr.Error(vi_error(exc)) from exc

    return wrapper


def _ask_tab(ah: AccountHandlers) -> tuple:
    with gr.Row():
        with gr.Column(scale=3):
            chat = gr.Chatbot(label="Hỏi đáp", height=520, feedback_options=None)
            question = gr.Textbox(
                label="Câu hỏi",
                placeholder="Những quyết định nào sắp xếp tổ chức bộ máy năm 2021?",
                lines=2,
            )
            with gr.Row():
                send = gr.Button("Gửi", variant="primary")
                new = gr.Button("Cuộc hội thoại mới")
        with gr.Column(scale=2):
            years = gr.Dropdown(YEARS, multiselect=True, label="Lọc theo năm")
            types = gr.Dropdown(TYPES, multiselect=True, label="Lọc theo loại văn bản")
            sources = gr.Markdown(
                label="Nguồn", value="*Nguồn trích dẫn sẽ hiện ở đây.*", elem_id="sources"
            )
            cited = _lineage_panel(ah.h, "Lược đồ văn bản được trích dẫn")
    inputs = [question, chat, years, types]
    outputs = [chat, sources, question]
    return account_tabs.ask_events(
        ah, [send, question], inputs, outputs, new, then=(_cited, [sources], [cited])
    )


def _lineage_panel(h: Handlers, title: str) -> gr.Dropdown:
    """A document picker and its Lược đồ (text and picture); returns the picker."""
    with gr.Accordion(title, open=False):
        pick = gr.Dropdown([], label="Văn bản", allow_custom_value=True, interactive=True)
        show = gr.Button("Xem lược đồ")
        text = gr.Markdown()
        picture = gr.Image(label="Lược đồ", type="filepath", interactive=False)
    show.click(_guard(h.lineage), [pick], [text, picture], api_name="lineage")
    return pick


def _cited(panel: str) -> gr.Dropdown:
    """The picker filled with the documents the answer cites."""
    from assistant.ui.lineage import cited_idents

    idents = cited_idents(panel)
    return gr.Dropdown(choices=idents, value=idents[0] if idents else None)


def _draft_tab(r: account_tabs.ForReaders) -> None:
    prompt = gr.Textbox(
        label="Yêu cầu soạn thảo",
        placeholder="Soạn mục Cải cách tổ chức bộ máy cho báo cáo CCHC năm 2022",
        lines=2,
    )
    make = gr.Button("Soạn thảo", variant="primary")
    text = gr.Textbox(label="Bản thảo (có thể sửa)", lines=18, interactive=True)
    with gr.Row():
        recheck = gr.Button("Kiểm tra lại trích dẫn")
        docx = gr.DownloadButton("Tải về DOCX")
    findings = gr.Dataframe(
        headers=FINDING_HEADERS, label="Kết quả kiểm tra", wrap=True, elem_classes="findings"
    )
    summary = gr.Markdown()
    make.click(_guard(r.draft), [prompt], [text, findings, summary, docx], api_name="draft")
    recheck.click(_guard(r.recheck_draft), [text], [findings, summary, docx])
    with gr.Accordion("Báo cáo định kỳ (năm, 6 tháng, quý)", open=False):
        from assistant.ui.report_handlers import ReportHandlers
        from assistant.ui.report_tab import report_tab

        report_tab(ReportHandlers(r.ah.h), _guard, allow=lambda req: r._allow(req, "draft"))


def _check_tab(r: account_tabs.ForReaders) -> None:
    with gr.Row():
        pasted = gr.Textbox(label="Dán văn bản cần kiểm tra", lines=10)
        upload = gr.File(
            label="hoặc tải lên DOCX/PDF/TXT", file_types=list(SUPPORTED_SUFFIXES), type="filepath"
        )
    run = gr.Button("Kiểm tra trích dẫn", variant="primary")
    summary = gr.Markdown()
    marked = gr.HighlightedText(
        label="Văn bản, trích dẫn tô màu theo kết quả",
        color_map=STATUS_COLORS,
        show_legend=True,
        combine_adjacent=False,
    )
    table = gr.Dataframe(
        headers=FINDING_HEADERS, label="Chi tiết", wrap=True, elem_classes="findings"
    )
    run.click(_guard(r.check), [pasted, upload], [marked, table, summary], api_name="check")


def _documents_tab(ah: AccountHandlers) -> tuple[gr.Dataframe, list]:
    h = ah.h
    gr.Markdown(h.system_info())
    files = gr.File(
        label="Tải lên tài liệu (PDF, DOCX, TXT, MD, HTML)",
        file_count="multiple",
        file_types=list(SUPPORTED_SUFFIXES),
        type="filepath",
    )
    status = gr.Markdown()
    with gr.Row():
        refresh = gr.Button("Tải lại danh sách")
        reindex = gr.Button("Nạp lại toàn bộ")
    table = gr.Dataframe(headers=DOC_HEADERS, label="Tài liệu trong chỉ mục", wrap=True)
    chosen = gr.Textbox(label="Tài liệu đã chọn (nhấp vào một dòng)", interactive=False)
    remove = gr.Button("Gỡ tài liệu đã chọn khỏi chỉ mục", variant="stop")
    with gr.Accordion("Lược đồ tài liệu đã chọn", open=False):
        show = gr.Button("Xem lược đồ")
        lineage_text = gr.Markdown()
        picture = gr.Image(label="Lược đồ", type="filepath", interactive=False)

    def upload(
        paths: list[str] | None,
        request: gr.Request,
        progress: gr.Progress = gr.Progress(),  # noqa: B008
    ) -> tuple:
        actor = account_tabs.actor_of(ah, request)
        return h.upload(paths, progress=lambda f, msg: progress(f, desc=msg), actor=actor)

    def reindex_all(request: gr.Request, progress: gr.Progress = gr.Progress()) -> tuple:  # noqa: B008
        actor = account_tabs.actor_of(ah, request)
        return h.reindex(progress=lambda f, msg: progress(f, desc=msg), actor=actor)

    def remove_one(source: str | None, request: gr.Request) -> tuple:
        return h.remove(source, actor=account_tabs.actor_of(ah, request))

    def pick(evt: gr.SelectData) -> str:
        row = evt.row_value or []
        return str(row[0]) if row else ""

    files.upload(_guard(upload), [files], [status, table], api_name="upload")
    readers = account_tabs.ForReaders(ah)
    refresh.click(_guard(readers.document_rows), None, table, api_name="documents")
    reindex.click(_guard(reindex_all), None, [status, table], api_name="reindex")
    table.select(pick, None, chosen)
    remove.click(_guard(remove_one), [chosen], [status, table], api_name="remove")
    show.click(_guard(h.lineage_of_source), [chosen], [lineage_text, picture])
    return table, [files, reindex, remove]  # editors' controls: shown by role


def build(settings: Settings) -> gr.Blocks:
    """The Blocks app for ``settings``."""
    h = Handlers(settings)
    ah = AccountHandlers(h)
    with gr.Blocks(title="Trợ lý CCHC") as app:
        gr.Markdown(
            "# Trợ lý cải cách hành chính\n"
            "Hỏi đáp, soạn thảo và kiểm tra trích dẫn trên kho văn bản của cơ quan. "
            "Mọi số hiệu, ngày tháng đều được đối chiếu với kho; trích dẫn chưa xác minh "
            "được đánh dấu ⚠."
        )
        who = gr.Markdown()
        with gr.Tab("Hỏi đáp"):
            conversations, list_conversations = _ask_tab(ah)
        with gr.Tab("Soạn thảo"):
            _draft_tab(account_tabs.ForReaders(ah))
        with gr.Tab("Kiểm tra trích dẫn"):
            _check_tab(account_tabs.ForReaders(ah))
        with gr.Tab("Tài liệu"):
            table, editing = _documents_tab(ah)
        with gr.Tab("Quản trị", visible=False) as admin:
            fill_admin, admin_parts = account_tabs.admin_tab(ah)
        app.load(_guard(account_tabs.ForReaders(ah).document_rows), None, table)
        app.load(list_conversations, None, conversations)
        app.load(account_tabs.visibility(ah, len(editing)), None, [admin, who, *editing])
        app.load(fill_admin, None, admin_parts)
    return app


def check_binding(settings: Settings) -> tuple[str, str] | None:
    """The auth pair to use; refuses a non-loopback address without ``ASSISTANT_AUTH``.

    Raises:
        ConfigError: non-loopback host and no auth, or a malformed auth value.
    """
    try:
        loopback = settings.host == "localhost" or ipaddress.ip_address(settings.host).is_loopback
    except ValueError:
        loopback = False
    if settings.auth is None:
        if not loopback:
            raise ConfigError(
                f"Refusing to serve on {settings.host} without a password: add accounts "
                "(assistant users add NAME --role admin), or set ASSISTANT_AUTH=user:password, "
                "or unset ASSISTANT_HOST to stay on 127.0.0.1"
            )
        return None
    user, sep, password = settings.auth.partition(":")
    if not sep or not user or not password:
        raise ConfigError("ASSISTANT_AUTH must look like user:password")
    return user, password


def login_check(settings: Settings) -> Callable[[str, str], bool] | None:
    """Gradio's auth callable, or None for the open loopback mode.

    Accounts in the users file: everyone logs in, each with a role. Otherwise the single
    ``ASSISTANT_AUTH`` login (required off loopback), or open on loopback as before.
    Failed logins are written to the audit log either way.

    Raises:
        ConfigError: no accounts, no ``ASSISTANT_AUTH``, and a non-loopback host.
    """
    accounts = Accounts(settings)
    if accounts.users.any() or check_binding(settings) is not None:
        return accounts.login
    return None


def launch(settings: Settings, *, block: bool = True) -> gr.Blocks:
    """Serve the app on ``settings.host:port``.

    Args:
        settings: where to listen, and everything else.
        block: wait until stopped (False returns at once: tests).
    """
    auth = login_check(settings)
    app = build(settings).queue(default_concurrency_limit=4)
    app.launch(
        server_name=settings.host,
        server_port=settings.port,
        auth=auth,
        auth_message="Đăng nhập bằng tài khoản do quản trị viên cấp.",
        theme=THEME,
        css=CSS,
        max_file_size=settings.max_file_bytes,
        prevent_thread_lock=not block,
        footer_links=["api"],
        quiet=not block,
    )
    return app
