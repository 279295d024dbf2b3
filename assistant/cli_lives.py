"""The command-line side of documents' lives: ``assistant status`` and ``check --as-of``.

Kept apart from ``cli.py`` (which only wires these in) so the commands' behaviour reads
in one place.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from assistant.config import Settings
from assistant.errors import AssistantError

if TYPE_CHECKING:
    from assistant.citations import CheckResult
    from assistant.models import Document


def as_of_argument(text: str | None) -> str | None:
    """The ``--as-of`` value as ISO, None when not given.

    Raises:
        AssistantError: not a date (the message shows the form to use).
    """
    from assistant.archive.validity import parse_as_of

    try:
        return parse_as_of(text)
    except ValueError as exc:
        raise AssistantError(f"--as-of {exc}") from exc


def check_document(doc: Document, settings: Settings, as_of: str | None) -> tuple[CheckResult, str]:
    """Check a draft's citations, then warn of documents superseded by its as-of date.

    The as-of date is ``as_of`` when given, else the draft's header date, else today.

    Returns:
        The result and the as-of date used.
    """
    from assistant.archive.supersession import as_of_for, flag_superseded
    from assistant.citations import check
    from assistant.ingest.header import parse_header
    from assistant.retrieval.archive import open_archive

    registry, lives = open_archive(settings)
    # Citations read from a scan are marked as such, and judged with OCR's usual misreads.
    result = check(doc.text, registry, ocr=doc.ocr_spans())
    identity = doc.identity if doc.identity.date else parse_header(doc.text)
    when = as_of or as_of_for(identity)
    return flag_superseded(result, lives, as_of=when, text=doc.text), when


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    """A document's status on a date, with the events and evidence behind it."""
    from assistant.archive.validity import VI_STATUS, vn_date
    from assistant.retrieval.archive import open_archive

    _, lives = open_archive(settings)
    record = lives.status(args.ident, as_of_argument(args.as_of))
    if args.json:
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        return 0
    status = record["status"]
    print(f"{record['ident']}: {status} ({VI_STATUS[status]}) on {record['as_of']}")
    if record["effective"]:
        assumed = (
            " (date of issue, assumed)" if record["effective_basis"] == "issue_date_assumed" else ""
        )
        print(f"  effective {record['effective']}{assumed}")
    for e in record["events"]:
        scope = f" {e['scope']}" if e["scope"] else ""
        date = vn_date(e["date"]) or "?"
        print(f"  {date}: {e['type']}{scope} by {e['by']}")
        print(f"    {e['evidence']['source']} {e['evidence']['locator']}: {e['evidence']['quote']}")
    for conflict in record["conflicts"]:
        print(f"  ⚠ {conflict}")
    return 0
