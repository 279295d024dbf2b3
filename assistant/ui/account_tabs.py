"""Gradio wiring for saved conversations (in Hỏi đáp) and the Quản trị tab.

The work is in ``account_handlers``.

Every callback takes the ``gr.Request`` and passes its user on as an ``Actor``; the
handlers check the role. The role also hides what an account cannot use (the admin
tab, the editors' buttons), for clarity only: hiding is not the guard.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import gradio as gr

from assistant.accounts import Actor
from assistant.accounts.users import ROLE_LABELS
from assistant.errors import AssistantError
from assistant.ui.account_handlers import (
    AUDIT_HEADERS,
    CONVERSATION_HEADERS,
    EMPTY_PANEL,
    USER_HEADERS,
    AccountHandlers,
    role_choices,
)
from assistant.ui.safe import inline
from assistant.ui.wording import vi_error


def actor_of(ah: AccountHandlers, request: gr.Request | None) -> Actor:
    """The request's user and role (read fresh from the users file)."""
    return ah.accounts.actor(getattr(request, "username", None) if request else None)


T = TypeVar("T")


def guarded(func: Callable[[], T]) -> T:
    """Run ``func``; a domain error becomes the ``gr.Error`` the user reads."""
    try:
        return func()
    except AssistantError as exc:
        raise gr.Error(vi_error(exc)) from exc


def ask_events(
    ah: AccountHandlers,
    send: list[Any],
    inputs: list[gr.components.Component],
    outputs: list[gr.components.Component],
    new: gr.Button,
    then: tuple[Callable[..., Any], list[Any], list[Any]] | None = None,
) -> tuple[gr.Dataframe, Callable[..., list[list[str]]]]:
    """Wire Hỏi đáp's send events, its saved-conversations panel and the new-chat button.

    Args:
        ah: the handlers.
        send: the button and textbox whose events ask (the first gets ``api_name="ask"``).
        inputs: question, chat, years, types.
        outputs: chat, sources panel, question box.
        new: the "new conversation" button.
        then: (function, inputs, outputs) run after each answer (e.g. another panel).

    Returns:
        The conversations table and its refresh function (for the page's load event).
    """
    conversation = gr.State(None)
    with gr.Accordion("Cuộc hội thoại đã lưu", open=False):
        rows = gr.Dataframe(
            headers=CONVERSATION_HEADERS,
            label="Của bạn (nhấp một dòng để chọn)",
            wrap=True,
            interactive=False,
        )
        chosen = gr.Textbox(label="Mã cuộc hội thoại đã chọn", interactive=False)
        with gr.Row():
            refresh = gr.Button("Tải lại các cuộc hội thoại")
            resume = gr.Button("Mở lại")
            delete = gr.Button("Xoá", variant="stop")
            to_md = gr.Button("Tải Markdown")
            to_docx = gr.Button("Tải DOCX")
        status = gr.Markdown()
        download = gr.File(label="Tệp tải về", interactive=False)

    def ask(
        q: str, chat: list, years: list, types: list, conv: str | None, request: gr.Request
    ) -> Iterator[tuple]:
        try:
            yield from ah.ask(q, chat, years, types, conv, actor=actor_of(ah, request))
        except AssistantError as exc:
            raise gr.Error(vi_error(exc)) from exc

    def listing(request: gr.Request) -> list[list[str]]:
        return guarded(lambda: ah.conversation_rows(actor=actor_of(ah, request)))

    def reopen(conv: str, request: gr.Request) -> tuple:
        return guarded(lambda: ah.open(conv, actor=actor_of(ah, request)))

    def remove(conv: str, request: gr.Request) -> tuple:
        return guarded(lambda: ah.delete(conv, actor=actor_of(ah, request)))

    def export(fmt: str) -> Callable[..., str]:
        def run(conv: str, current: str | None, request: gr.Request) -> str:
            return guarded(lambda: ah.export(conv or current, fmt, actor=actor_of(ah, request)))

        return run

    def pick(evt: gr.SelectData) -> str:
        row = evt.row_value or []
        return str(row[-1]) if row else ""

    for i, trigger in enumerate(send):
        event = trigger.click if isinstance(trigger, gr.Button) else trigger.submit
        answered = event(
            ask,
            [*inputs, conversation],
            [*outputs, conversation],
            api_name="ask" if i == 0 else None,
        )
        answered.then(listing, None, rows, api_visibility="private")
        if then is not None:
            answered.then(*then, api_visibility="private")
    refresh.click(listing, None, rows, api_name="conversations")
    rows.select(pick, None, chosen)
    resume.click(
        reopen, [chosen], [outputs[0], outputs[1], conversation], api_name="open_conversation"
    )
    delete.click(remove, [chosen], [status, rows], api_name="delete_conversation")
    to_md.click(export("md"), [chosen, conversation], download, api_name="export_conversation")
    to_docx.click(
        export("docx"), [chosen, conversation], download, api_name="export_conversation_docx"
    )
    new.click(
        lambda: ([], EMPTY_PANEL, "", None),
        None,
        [outputs[0], outputs[1], outputs[2], conversation],
        api_visibility="private",
    )
    return rows, listing


def admin_tab(ah: AccountHandlers) -> tuple[Callable[..., tuple], list[Any]]:
    """The Quản trị tab's content: accounts and the audit log (admins only).

    Returns:
        Its refresh function and the components it fills (for the page's load event).
    """
    gr.Markdown("### Tài khoản")
    users = gr.Dataframe(headers=USER_HEADERS, label="Tài khoản", interactive=False, wrap=True)
    with gr.Row():
        name = gr.Textbox(label="Tên đăng nhập")
        role = gr.Dropdown(role_choices(), value="reader", label="Vai trò")
        password = gr.Textbox(label="Mật khẩu (ít nhất 8 ký tự)", type="password")
    with gr.Row():
        add = gr.Button("Thêm tài khoản", variant="primary")
        remove = gr.Button("Gỡ tài khoản có tên trên", variant="stop")
    status = gr.Markdown()
    gr.Markdown("### Nhật ký hoạt động")
    log = gr.Dataframe(
        headers=AUDIT_HEADERS, label="500 mục mới nhất", interactive=False, wrap=True
    )
    with gr.Row():
        refresh = gr.Button("Tải lại nhật ký")
        to_csv = gr.Button("Xuất CSV")
        to_jsonl = gr.Button("Xuất JSONL")
    download = gr.File(label="Tệp nhật ký", interactive=False)

    def add_user(n: str, r: str, p: str, request: gr.Request) -> tuple:
        message, rows = guarded(lambda: ah.add_user(n, r, p, actor=actor_of(ah, request)))
        return message, rows, ""

    def remove_user(n: str, request: gr.Request) -> tuple:
        return guarded(lambda: ah.remove_user(n, actor=actor_of(ah, request)))

    def audit(request: gr.Request) -> list[list[str]]:
        return guarded(lambda: ah.audit_rows(actor=actor_of(ah, request)))

    def export(fmt: str) -> Callable[..., str]:
        def run(request: gr.Request) -> str:
            return guarded(lambda: ah.export_audit(fmt, actor=actor_of(ah, request)))

        return run

    def fill(request: gr.Request) -> tuple:
        actor = actor_of(ah, request)
        if not actor.can("users"):
            return [], []
        return ah.user_rows(actor=actor), ah.audit_rows(actor=actor)

    add.click(add_user, [name, role, password], [status, users, password], api_name="add_user")
    remove.click(remove_user, [name], [status, users], api_name="remove_user")
    refresh.click(audit, None, log, api_name="audit")
    to_csv.click(export("csv"), None, download, api_name="export_audit")
    to_jsonl.click(export("jsonl"), None, download, api_name="export_audit_jsonl")
    return fill, [users, log]


def visibility(ah: AccountHandlers, editing: int) -> Callable[..., tuple]:
    """Shows the admin tab to admins and the ``editing`` editors' controls to editors.

    For clarity only: the handlers refuse what the role does not allow.
    """

    def run(request: gr.Request) -> tuple:
        actor = actor_of(ah, request)
        who = (
            f"Đăng nhập: **{inline(actor.name)}** "
            f"({ROLE_LABELS.get(actor.role or '', 'không hợp lệ')})"
            if actor.name
            else ""
        )
        editor = gr.update(visible=actor.can("upload"))
        return (gr.update(visible=actor.can("users")), gr.update(value=who), *[editor] * editing)

    return run


class ForReaders:
    """The read-only actions (draft, check, document list), each checking its request's login.

    Every account may use them; a login the users file no longer holds (a removed
    account, or a server started before its first account) may not.
    """

    def __init__(self, ah: AccountHandlers) -> None:
        self.ah = ah

    def _allow(self, request: gr.Request | None, action: str) -> None:
        self.ah.accounts.require(actor_of(self.ah, request), action)

    def draft(self, prompt: str, request: gr.Request) -> tuple:
        """``Handlers.draft`` for a reader or above."""
        self._allow(request, "draft")
        return self.ah.h.draft(prompt)

    def recheck_draft(self, text: str, request: gr.Request) -> tuple:
        """``Handlers.recheck_draft`` for a reader or above."""
        self._allow(request, "draft")
        return self.ah.h.recheck_draft(text)

    def check(self, text: str | None, upload: str | None, request: gr.Request) -> tuple:
        """``Handlers.check`` for a reader or above."""
        self._allow(request, "check")
        return self.ah.h.check(text, upload)

    def document_rows(self, request: gr.Request) -> list[list]:
        """``Handlers.document_rows`` for a reader or above."""
        self._allow(request, "documents")
        return self.ah.h.document_rows()
