"""What a periodic report reads from the archive besides its documents' sentences: the
documents as profiles, the latest report of the same kind (its outline), a user's
outline file, and the letterhead (issuer, place, symbol) of the archive's own documents.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.citations.normalize import fold
from assistant.errors import AssistantError
from assistant.generation.docx_layout import Letterhead
from assistant.generation.outline import Outline, outline_from_text
from assistant.generation.periods import Period, period_in
from assistant.generation.report_documents import (
    ReportDocument,
    from_profile,
    profile_registry,
)

if TYPE_CHECKING:
    from assistant.citations import RegistryEntry
    from assistant.generation.answer import Answerer

REPORT_CODE = "BC"


def archive_documents(answerer: Answerer) -> list[ReportDocument]:
    """The archive's documents as profiles (``indexes/profiles.json``, written by ingest);
    read from the registry and the chunks' headings when the index has none."""
    from assistant.archive.profiles import load_profiles
    from assistant.errors import IndexMissingError
    from assistant.retrieval import paths

    path = paths.profiles(Path(answerer.settings.index))
    if not path.is_file():
        from assistant.retrieval.indexer import Indexer

        Indexer(answerer.settings).sync_derived()  # an index built before profiles
    try:
        profiles = load_profiles(path)
    except IndexMissingError:
        return profile_registry(answerer.registry, answerer.chunks)
    return [from_profile(p) for p in profiles]


def ended_noter(answerer: Answerer, period: Period) -> Callable[[RegistryEntry], str]:
    """For a document of ``period``'s work: what ended it by the period's last day, as the
    archive's documents' lives tell it (`` (đã được thay thế bởi Quyết định số … ngày …)``),
    ``""`` for one still in force then."""
    from assistant.generation.standing import note

    lives = answerer.lives  # read once per index, as answers read them
    end = period.end.isoformat()

    def noted(entry: RegistryEntry) -> str:
        if lives.status(entry, end)["status"] != "not_in_force":
            return ""
        return note(entry, lives, now=end)

    return noted


def _manifest(answerer: Answerer) -> tuple[dict, object] | None:
    from assistant.retrieval.embeddings import model_slug
    from assistant.retrieval.meta import open_meta

    settings = answerer.settings
    meta = open_meta(settings, model_slug=model_slug(settings.embeddings))
    manifest = meta.read_manifest()
    return (manifest, meta) if manifest else None


def archive_text(answerer: Answerer, source: str) -> str | None:
    """The normalised text of an ingested file, None if the index does not hold it."""
    found = _manifest(answerer)
    if found is None:
        return None
    manifest, meta = found
    entry = manifest["files"].get(source)
    if entry is None:
        return None
    return str(meta.read_doc(entry["cache"])["document"]["text"])  # type: ignore[attr-defined]


# A report's title naming one month (folded): "Tình hình thực hiện CCHC tháng 10 năm 2026".
_ONE_MONTH = re.compile(r"\bthang (?:1[0-2]|0?[1-9])\b")


def latest_report(
    documents: list[ReportDocument],
    period: Period,
    own_body: Callable[[ReportDocument], bool] = lambda _d: True,
) -> ReportDocument | None:
    """The archive's latest report of ``period``'s kind (annual, six-month, quarterly) held
    as its own file; one on administrative reform ("cải cách hành chính") first, then one of
    the archive's own body (the Sở's report before the province's report it drafted): by its
    symbol's issuer, then by ``own_body`` its header's (the phường's ``…/BC-UBND`` before the
    province's ``…/BC-UBND`` it received)."""
    home = home_issuer(documents)
    found = []
    for d in documents:
        if d.code != REPORT_CODE or not d.own or not d.date:
            continue
        names = period_in(d.subject)
        if names is None or names.kind != period.kind or _ONE_MONTH.search(fold(d.subject or "")):
            # (a month's report, "tháng 10 năm 2026", is no year's)
            continue
        reform = "cai cach hanh chinh" in fold(d.subject or "")
        found.append((reform, symbol_issuer(d.ident) == home, own_body(d), d.date, d.ident, d))
    return max(found, key=lambda t: t[:5])[5] if found else None


def home_issuer(documents: Sequence[ReportDocument]) -> str | None:
    """The symbol's issuer most of the archive's own files carry (``SNV``), None if none."""
    found = Counter(symbol_issuer(d.ident) for d in documents if d.own).most_common(1)
    return found[0][0] if found else None


def symbol_issuer(ident: str) -> str:
    """Who issued a document, as its symbol says: ``SNV`` of ``158/BC-SNV``, ``UBND`` of
    ``24/2025/QĐ-UBND`` ("" for a number without one)."""
    _, _, issuer = ident.rpartition("/")[2].partition("-")
    return issuer


def archive_outline(
    answerer: Answerer, documents: list[ReportDocument], period: Period
) -> Outline | None:
    """The outline of the archive's latest report of ``period``'s kind, None if none."""
    report = latest_report(documents, period, _own_body_of(answerer))
    if report is None or report.source is None:
        return None
    text = archive_text(answerer, report.source)
    if not text:
        return None
    outline = outline_from_text(
        text, period, source=f"{report.ident} ({report.source})", title=report.subject
    )
    return outline if outline.headings else None


def _own_body_of(answerer: Answerer) -> Callable[[ReportDocument], bool]:
    """Whether a document's header names the archive's latest body (``fit.latest_body``:
    the phường, whose …/BC-UBND the province's report it received shares); true of every
    document when the archive has no two bodies."""
    from assistant.generation.fit import header_body, latest_body

    registry = answerer.registry
    latest = latest_body(registry.entries())

    def of_latest(d: ReportDocument) -> bool:
        entry = registry.find(d.ident, int(d.date[:4]) if d.date else None, d.date)
        return latest is None or entry is None or header_body(entry.issuer_name) == latest

    return of_latest


def file_outline(path: Path, period: Period) -> Outline:
    """The outline of a user's file: a report (.docx/.pdf/.txt/.md) or headings one a line.

    Raises:
        AssistantError: the file is missing, unreadable or holds no heading.
    """
    if not path.is_file():
        raise AssistantError(
            f"{path}: no such outline file — give a .docx/.txt/.md report or a list of "
            "headings, or leave out --outline to follow the archive's latest report"
        )
    from assistant.ingest import load_document

    doc = load_document(path, root=path.parent)
    outline = outline_from_text(doc.text, period, source=path.name, title=doc.identity.subject)
    if not outline.headings:
        raise AssistantError(
            f"{path.name} holds no headings (lines like 'I. CÔNG TÁC CHỈ ĐẠO…', '1. Cải cách "
            "thể chế'): write one heading a line, numbered, or leave out --outline"
        )
    return outline


def archive_letterhead(answerer: Answerer) -> Letterhead:
    """The issuer, place and report symbol most of the archive's own documents carry
    (placeholders for staff when no header names an issuer)."""
    found = _manifest(answerer)
    identities = [e["identity"] for e in found[0]["files"].values()] if found else []
    issuers = Counter(i["issuer"] for i in identities if i.get("issuer"))
    places = Counter(i["place"] for i in identities if i.get("place"))
    own = [e for e in answerer.registry.entries() if e.own_source and e.issuer]
    if not issuers:
        return Letterhead()
    issuer = issuers.most_common(1)[0][0]
    superior, _, body = issuer.rpartition(" / ")
    abbreviation = Counter(d.issuer for d in own).most_common(1)[0][0] if own else None
    return Letterhead(
        superior=superior.replace(" / ", "\n") or None,
        issuer=body,
        symbol=f"BC-{abbreviation}" if abbreviation else "BC",
        place=places.most_common(1)[0][0] if places else None,
    )
