"""The Gradio interface: wiring only; the work is in ``handlers``."""

from __future__ import annotations

import ipaddress

import gradio as gr

from assistant.config import Settings
from assistant.errors import AssistantError, ConfigError
from assistant.ui.handlers import Handlers


def _guard(func):
    """Turn domain errors into a ``gr.Error`` the user sees."""

    def wrapper(*args):
        try:
            return func(*args)
        except AssistantError as exc:
            raise gr.Error(str(exc)) from exc

    return wrapper


def build(settings: Settings) -> gr.Blocks:
    """The Blocks app for ``settings``."""
    handlers = Handlers(settings)
    with gr.Blocks(title="Trợ lý CCHC") as app:
        gr.Markdown("# Trợ lý cải cách hành chính\nTìm kiếm trong kho văn bản đã nạp.")
        query = gr.Textbox(label="Câu hỏi hoặc từ khóa", placeholder="Quyết định 1753/QĐ-UBND")
        k = gr.Slider(1, 20, value=5, step=1, label="Số đoạn trả về")
        button = gr.Button("Tìm kiếm", variant="primary")
        out = gr.Markdown()
        button.click(_guard(handlers.search), [query, k], out, api_name="search")
        query.submit(_guard(handlers.search), [query, k], out)
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
                f"Refusing to serve on {settings.host} without a password: set "
                "ASSISTANT_AUTH=user:password, or unset ASSISTANT_HOST to stay on 127.0.0.1"
            )
        return None
    user, sep, password = settings.auth.partition(":")
    if not sep or not user or not password:
        raise ConfigError("ASSISTANT_AUTH must look like user:password")
    return user, password


def launch(settings: Settings) -> None:
    """Serve the app (blocks until stopped)."""
    auth = check_binding(settings)
    build(settings).queue(default_concurrency_limit=4).launch(
        server_name=settings.host, server_port=settings.port, auth=auth
    )
