"""Plain functions behind "Báo cáo định kỳ" (within Soạn thảo): tested without a browser.

Choose the period and the outline, generate (with progress), edit the text, check it
again, download it as Word in the official layout. Archive text is returned as text
(a Textbox, a table), never as Markdown or HTML.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from assistant.errors import AssistantError
from assistant.generation.periods import Period, parse_period
from assistant.generation.report import Report, Reporter
from assistant.ui.handlers import Handlers, finding_rows, summary_line

KINDS = {"Năm": "", "6 tháng": "H", "Quý": "Q"}
# Outline choices as the UI names them.
LATEST = "Báo cáo cùng loại mới nhất trong kho"
BUILTIN = "Dàn ý có sẵn (6 lĩnh vực, Nghị quyết 76/NQ-CP)"
UPLOAD = "Tải lên dàn ý (DOCX/TXT/MD)"
OUTLINES = (LATEST, BUILTIN, UPLOAD)

Progress = Callable[[float, str], None]


def ui_period(kind: str, year: str | int | None, part: str | int | None) -> Period:
    """The period the three choices name: ``("Quý", "2024", "2")`` → quý II năm 2024.

    Raises:
        AssistantError: a missing year, or a part that the kind does not have.
    """
    if not year:
        raise AssistantError("Hãy chọn năm của kỳ báo cáo.")
    letter = KINDS.get(kind or "Năm")
    if letter is None:
        raise AssistantError(f"Kỳ báo cáo {kind!r} không có: chọn Năm, 6 tháng hoặc Quý.")
    spec = f"{year}-{letter}{part or 1}" if letter else str(year)
    try:
        return parse_period(spec)
    except AssistantError as exc:
        raise AssistantError(
            f"Kỳ báo cáo không hợp lệ ({spec}): 6 tháng chọn đợt 1 hoặc 2, quý chọn 1 đến 4."
        ) from exc


class ReportHandlers:
    """Generates, re-checks and exports periodic reports over the UI's index."""

    def __init__(self, handlers: Handlers) -> None:
        self.handlers = handlers

    def generate(
        self,
        kind: str,
        year: str,
        part: str | None,
        outline: str,
        upload: str | None = None,
        progress: Progress | None = None,
    ) -> tuple[str, list[list[str]], str, str, Report]:
        """Write the report; returns (text, findings table, summary, DOCX path, report)."""
        period = ui_period(kind, year, part)
        path = None
        if outline == UPLOAD:
            if not upload:
                raise AssistantError("Hãy tải lên tệp dàn ý (DOCX/TXT/MD) hoặc chọn dàn ý khác.")
            path = Path(upload)
        reporter = Reporter(self.handlers.answerer())
        report = reporter.report(
            period, outline=path, builtin=outline == BUILTIN, progress=progress
        )
        text = report.text()
        findings = report.findings
        return text, finding_rows(findings), self._summary(report, findings), _docx(report), report

    def recheck(self, text: str, report: Report | None) -> tuple[list[list[str]], str, str]:
        """Check the edited text again; returns (findings table, summary, DOCX of the edit)."""
        from assistant.citations import check
        from assistant.ingest import normalize_text

        if report is None:
            raise AssistantError("Chưa có báo cáo: hãy bấm 'Lập báo cáo' trước.")
        text = normalize_text(text or "")
        if not text.strip():
            raise AssistantError("Báo cáo đang trống: hãy lập báo cáo hoặc dán nội dung.")
        result = check(text, self.handlers.searcher.registry)
        return (
            finding_rows(result.findings),
            self._summary(report, result.findings),
            _docx(report, text),
        )

    @staticmethod
    def _summary(report: Report, findings: tuple) -> str:
        """Kỳ, dàn ý, số văn bản, kết quả kiểm tra (plain words: shown in a Textbox)."""
        counts = report.summary()
        lines = [
            f"Báo cáo {report.period.label} ({report.period.start:%d/%m/%Y} - "
            f"{report.period.end:%d/%m/%Y}); dàn ý: {report.outline_source}.",
            f"{counts['documents']} văn bản của kỳ được nêu; {summary_line(findings)}.",
        ]
        if report.notice:
            lines.append(report.notice)
        return "\n".join(lines)


def _docx(report: Report, text: str | None = None) -> str:
    from assistant.generation.docx_export import export_report

    folder = Path(tempfile.mkdtemp(prefix="cchc-report-"))
    name = f"bao-cao-cchc-{report.period.code}.docx"
    return str(export_report(report, folder / name, text=text))
