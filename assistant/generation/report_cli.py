"""``assistant report``: its arguments and its run (kept out of ``cli.py``, which only hooks it)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.config import Settings

if TYPE_CHECKING:
    from assistant.generation.report import Report


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of ``assistant report``."""
    p.add_argument(
        "--period", required=True, help="2024 (a year), 2024-H1 (a half-year) or 2024-Q1"
    )
    p.add_argument(
        "--outline",
        metavar="FILE",
        help="a report or a list of headings to follow (default: the archive's latest "
        "report of the same kind, else the built-in outline of Nghị quyết 76/NQ-CP)",
    )
    p.add_argument("--docx", metavar="FILE", help="also write the report to a Word file")
    p.add_argument(
        "--timeout",
        type=float,
        default=None,
        help="seconds to wait for the LLM (closing parts) before leaving them to staff",
    )


def run_report(
    args: argparse.Namespace, settings: Settings, *, print_json: Callable[[object], None]
) -> int:
    """Write the report; JSON, or the text and what backs it, on standard output."""
    from assistant.generation.periods import parse_period

    period = parse_period(args.period)  # a bad period is told before the index is opened
    outline = Path(args.outline) if args.outline else None
    if outline is not None and not outline.is_file():
        from assistant.errors import AssistantError

        raise AssistantError(
            f"{outline}: no such outline file — give a .docx/.txt/.md report or a list of "
            "headings, or leave out --outline to follow the archive's latest report"
        )
    from assistant.generation.answer import Answerer
    from assistant.generation.report import Reporter

    quiet = args.json or not sys.stderr.isatty()
    report = Reporter(Answerer(settings, timeout=args.timeout)).report(
        period,
        outline=outline,
        progress=None if quiet else lambda f, msg: print(f"[{f:4.0%}] {msg}", file=sys.stderr),
    )
    if args.docx:
        from assistant.generation.docx_export import export_report

        export_report(report, Path(args.docx))
    if args.json:
        print_json(report.to_json())
        return 0
    _print_text(report)
    if args.docx:
        print(f"written: {args.docx}", file=sys.stderr)
    return 0


def _print_text(report: Report) -> None:
    """The report on standard output; its notice and what the checker found on stderr."""
    if report.notice:
        print(report.notice, file=sys.stderr)
    print(f"BÁO CÁO\n{report.title}\n(dàn ý: {report.outline_source})\n")
    print(report.text())
    summary = report.summary()
    print(
        f"\n{summary['documents']} văn bản của kỳ; {summary['unverified']} trích dẫn chưa xác minh",
        file=sys.stderr,
    )
    for f in report.findings:
        if f.status != "verified":
            print(f"  ⚠ {f.ident}: {f.status} — {f.suggestion or ''}", file=sys.stderr)
