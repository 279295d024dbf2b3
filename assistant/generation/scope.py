"""What a draft may present as the asked period's and area's work.

A section of the 2024 report presents 2024's documents and results: a document issued
earlier may appear only as a basis ("Căn cứ …"), said to be one; a document of another
reform area never appears as this area's work; result sentences come from documents
of the period (not the 2021 report's staffing figures).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from assistant.archive.periods import Period, period_of
from assistant.archive.profiles import Profile
from assistant.generation.documents import ScoredDocument
from assistant.models import Chunk
from assistant.retrieval.search import Hit

# How many passages a draft draws its results from, and how deep search looks for them
# when those of other periods are set aside.
K_RESULTS = 8
K_DEEP = 60
MAX_BASIS = 2


def own_profiles(profiles: Iterable[Profile]) -> dict[str, Profile]:
    """Source file -> the profile of the document it is (for files the archive holds)."""
    return {p.source: p for p in profiles if p.own and p.source}


def chunk_concerns(chunk: Chunk, period: Period, by_source: dict[str, Profile]) -> bool:
    """Whether the file a passage comes from is about ``period`` (its own period, else its
    issue date; a file without a numbered header by the period or year its title names)."""
    profile = by_source.get(chunk.source)
    if profile is not None:
        return profile.concerns(period)
    identity = chunk.identity
    own = period_of(identity.subject or "", default_year=identity.year)
    if own is not None:
        return own.overlaps(period)
    return identity.year is not None and identity.year in period.years


def period_hits(
    hits: Sequence[Hit], period: Period | None, by_source: dict[str, Profile]
) -> list[Hit]:
    """The passages of documents about ``period`` (all of them when no period is asked)."""
    if period is None:
        return list(hits[:K_RESULTS])
    return [h for h in hits if chunk_concerns(h.chunk, period, by_source)][:K_RESULTS]


def of_area(documents: Sequence[ScoredDocument], area: str | None) -> list[ScoredDocument]:
    """The documents filed first under ``area`` (all when no area is asked or known)."""
    if area is None:
        return list(documents)
    return [d for d in documents if d.profile is None or d.profile.area == area]


def split_basis(
    documents: Sequence[ScoredDocument], ranked: Sequence[ScoredDocument], period: Period | None
) -> tuple[list[ScoredDocument], list[ScoredDocument]]:
    """(the period's work, the earlier documents it rests on).

    The work: chosen documents issued in the period or, undated, about it. The basis:
    documents of the same ranking issued before the period whose own period covers it
    (the 2021-2025 plan a 2024 section carries out).
    """
    if period is None:
        return list(documents), []
    # (a plan signed within the period for the next one only is the next one's work: the
    # report's rule, ``report_documents.period_work``)
    work = [
        d
        for d in documents
        if _issued_in(d, period)
        and not (d.profile is not None and d.profile.period and d.profile.period.start > period.end)
    ]
    chosen_areas = {d.profile.area for d in work if d.profile is not None}
    basis = [
        d
        for d in ranked
        if d.profile is not None
        and d.profile.period is not None
        and d.entry.date is not None
        and d.entry.date < period.start
        and d.profile.period.start <= period.start
        and d.profile.period.end >= period.end
        and (not chosen_areas or d.profile.area in chosen_areas)
    ]
    return work, basis[:MAX_BASIS]


def _issued_in(d: ScoredDocument, period: Period) -> bool:
    if d.entry.date:
        return d.entry.date in period
    return d.entry.year is not None and d.entry.year in period.years
