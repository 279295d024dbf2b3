"""Gradio wiring of "Báo cáo định kỳ" (within Soạn thảo); the work is in ``report_handlers``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import gradio as gr

from assistant.ui.report_handlers import KINDS, LATEST, OUTLINES, UPLOAD, ReportHandlers

FINDING_HEADERS = ["Trích dẫn", "Kết quả", "Kho tài liệu ghi", "Nguồn", "Gợi ý"]


def report_tab(
    h: ReportHandlers,
    guard: Callable[[Callable], Callable],
    *,
    allow: Callable[[gr.Request | None], None] = lambda _request: None,
) -> None:
    """The controls and their events.

    Args:
        h: the handlers.
        guard: turns domain errors into ``gr.Error``.
        allow: raises unless the request's login may draft (the accounts' check).
    """
    this_year = date.today().year
    with gr.Row():
        kind = gr.Radio(list(KINDS), value="Năm", label="Kỳ báo cáo")
        year = gr.Dropdown(
            [str(y) for y in range(this_year, this_year - 12, -1)],
            value=str(this_year - 1),
            label="Năm",
        )
        part = gr.Dropdown(["1", "2", "3", "4"], value="1", label="Đợt (6 tháng: 1-2; quý: 1-4)")
    with gr.Row():
        outline = gr.Radio(list(OUTLINES), value=LATEST, label="Dàn ý")
        upload = gr.File(
            label="Tệp dàn ý", file_types=[".docx", ".txt", ".md", ".pdf"], type="filepath"
        )
    make = gr.Button("Lập báo cáo", variant="primary")
    summary = gr.Textbox(label="Tóm tắt", lines=3, interactive=False)
    text = gr.Textbox(label="Báo cáo (có thể sửa)", lines=24, interactive=True)
    with gr.Row():
        recheck = gr.Button("Kiểm tra lại trích dẫn")
        docx = gr.DownloadButton("Tải về DOCX")
    findings = gr.Dataframe(headers=FINDING_HEADERS, label="Kết quả kiểm tra", wrap=True)
    state = gr.State(None)

    def generate(
        k: str,
        y: str,
        p: str,
        o: str,
        f: str | None,
        request: gr.Request,
        progress: gr.Progress = gr.Progress(),  # noqa: B008
    ) -> tuple[Any, ...]:
        allow(request)
        return h.generate(k, y, p, o, f if o == UPLOAD else None, progress=_bar(progress))

    def recheck_report(text: str, report: Any, request: gr.Request) -> tuple[Any, ...]:
        allow(request)
        return h.recheck(text, report)

    make.click(
        guard(generate),
        [kind, year, part, outline, upload],
        [text, findings, summary, docx, state],
        api_name="report",
    )
    recheck.click(guard(recheck_report), [text, state], [findings, summary, docx])


def _bar(progress: gr.Progress) -> Callable[[float, str], None]:
    return lambda fraction, message: progress(fraction, desc=message)
