"""Check every citation of a generated text and mark those the archive does not confirm.

Whoever wrote the text (template or LLM), each document number and date goes
through ``citations.check`` before the user sees it. A citation that is not
``verified`` gets a short marker right after it (``⚠[chưa xác minh: …]``); the
details (what the archive says, and where) are in the findings, whose offsets are
shifted to point into the marked text.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.archive.validity import vn_date
from assistant.citations import Finding, Registry, RegistryEntry, check, normalize
from assistant.citations.check import WARNINGS

if TYPE_CHECKING:
    from assistant.archive.lives import Lives

# Marker lead per language; the reason that follows is in the same language.
_LEAD = {"vi": "chưa xác minh", "en": "unverified"}
# Why a citation is not confirmed, in words that contain no document number (a number
# inside a marker would itself be read as a citation).
_REASONS = {
    "vi": {
        "date_mismatch": "kho tài liệu ghi ngày {date}",
        "kind_mismatch": "kho tài liệu ghi là {kind}",
        "symbol_variant": "kho tài liệu ghi số, ký hiệu khác",
        "not_found": "không có trong kho tài liệu",
        "unverifiable": "thiếu số hoặc ký hiệu, không đối chiếu được",
    },
    "en": {
        "date_mismatch": "the archive dates it {date}",
        "kind_mismatch": "the archive has it as a {kind}",
        "symbol_variant": "the archive spells the number differently",
        "not_found": "not in the archive",
        "unverifiable": "incomplete number, cannot be checked",
    },
}


@dataclass(frozen=True)
class Checked:
    """A text after checking: marked text, every finding, the verified documents.

    Attributes:
        text: the normalised text with a marker after each unconfirmed citation.
        findings: one per citation, offsets into ``text``.
        entries: the registry entries of the verified citations, in order, no repeats.
    """

    text: str
    findings: tuple[Finding, ...]
    entries: tuple[RegistryEntry, ...]

    @property
    def unverified(self) -> tuple[Finding, ...]:
        """The findings that are neither ``verified`` nor a warning on a verified citation."""
        return tuple(f for f in self.findings if f.status not in ("verified", *WARNINGS))


def marker(finding: Finding, language: str = "vi") -> str:
    """The marker written after an unconfirmed citation, e.g. ``⚠[chưa xác minh: …]``."""
    lang = language if language in _LEAD else "vi"
    expected = finding.expected or {}
    reason = _REASONS[lang].get(finding.status, _REASONS[lang]["not_found"])
    date = vn_date(expected.get("date")) or "?"
    reason = reason.format(date=date, kind=expected.get("kind") or "?")
    return f" ⚠[{_LEAD[lang]}: {reason}]"


def check_and_mark(
    text: str,
    registry: Registry,
    *,
    language: str = "vi",
    lives: Lives | None = None,
    as_of: str | None = None,
) -> Checked:
    """Check ``text`` against ``registry`` and mark every citation that is not verified.

    Args:
        text: any generated text (normalised here: NFC, ``Ð``→``Đ``).
        registry: the archive's registry.
        language: ``vi`` or ``en``, the language of the markers.
        lives: the documents' lives: a citation of a document replaced or repealed by
            ``as_of`` (default today) is marked as such, unless the text says so itself.
        as_of: ISO date the text speaks of.

    Returns:
        The marked text, the findings (offsets into the marked text) and the
        registry entries of the verified citations.
    """
    text = normalize(text)
    result = check(text, registry)
    if lives is not None:
        from assistant.archive.supersession import flag_superseded

        result = flag_superseded(result, lives, as_of=as_of, text=text)
    parts: list[str] = []
    findings: list[Finding] = []
    pos = shift = 0
    for f in result.findings:
        parts.append(text[pos : f.end])
        pos = f.end
        findings.append(dataclasses.replace(f, start=f.start + shift, end=f.end + shift))
        mark = _mark(f, text, language)
        if mark:
            parts.append(mark)
            shift += len(mark)
    parts.append(text[pos:])
    return Checked("".join(parts), tuple(findings), _verified_entries(result.findings, registry))


# The text itself says a cited document was replaced or repealed: no marker is needed.
_SAYS_ENDED = re.compile(
    r"thay thế|bãi bỏ|hết hiệu lực|tạm ngưng|tạm dừng|đình chỉ|replaced|repealed|suspended"
    r"|no longer in force",
    re.IGNORECASE,
)
_SUPERSEDED_MARK = {
    "vi": {
        "replaced": "đã được thay thế",
        "repealed": "đã bị bãi bỏ",
        "ended": "đã hết hiệu lực",
        "suspended": "bị tạm ngưng hiệu lực",
    },
    "en": {
        "replaced": "since replaced",
        "repealed": "since repealed",
        "ended": "no longer in force",
        "suspended": "suspended",
    },
}


def _mark(f: Finding, text: str, language: str) -> str | None:
    """The marker after a citation: unconfirmed, or replaced and not said so; else None."""
    if f.status == "verified" or f.status == "partly_superseded":
        return None
    if f.status != "superseded":
        return marker(f, language)
    # "… thay thế Quyết định số X …" or "X … đã được thay thế bởi …": said already.
    if _SAYS_ENDED.search(text, max(0, f.start - 80), f.end + 160):
        return None
    lang = language if language in _SUPERSEDED_MARK else "vi"
    expected = f.expected or {}
    what = _SUPERSEDED_MARK[lang].get(expected.get("type") or "", _SUPERSEDED_MARK[lang]["ended"])
    since = vn_date(expected.get("effective"))
    when = (" từ ngày " if lang == "vi" else " on ") + since if since else ""
    return f" ⚠[{what}{when}]"


def _verified_entries(findings: tuple[Finding, ...], registry: Registry) -> tuple:
    out: dict[tuple[str, int | None], RegistryEntry] = {}
    for f in findings:
        if f.status not in ("verified", *WARNINGS) or not f.expected:
            continue
        # A warning's ``expected`` is the acting document; the cited one is under "cited".
        cited = f.expected.get("cited") or f.expected
        year = f.citation.year if f.citation else None
        date = cited.get("date")
        entry = registry.find(cited["ident"], year, date)
        entry = entry or registry.find(cited["ident"], date=date)
        if entry is not None:
            out.setdefault((entry.key, entry.year), entry)
    return tuple(out.values())


def citation_record(entry: RegistryEntry) -> dict:
    """The ``ask --json`` citation record of a document: what it is and where it is shown."""
    source, locator = entry_location(entry)
    return {
        "ident": entry.ident,
        "date": entry.date,
        "kind": entry.kind,
        "subject": entry.subject,
        "source": source,
        "locator": locator,
    }


def entry_location(entry: RegistryEntry) -> tuple[str | None, str]:
    """Where the archive shows a document: its own file, else its best mention."""
    if entry.own_source:
        return entry.own_source, "header"
    dated = [m for m in entry.mentions if m.date and m.date == entry.date]
    candidates = dated or list(entry.mentions)
    if not candidates:
        return None, ""
    best = candidates[0]
    locator = f"p. {best.page}, {best.section}" if best.section else f"p. {best.page}"
    return best.source, locator
