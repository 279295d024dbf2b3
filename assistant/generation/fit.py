"""How well a document's profile fits what a question implies: year, period, type, area.

A question's words rank documents; they never remove one (only filters the user sets
do, see ``documents.candidates``). Each implied facet a document meets adds a weight;
a list answer keeps the documents that meet the most facets among those relevant to
the question's topic (``documents.select``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from assistant.archive.areas import area_of_text
from assistant.archive.periods import Period
from assistant.archive.profiles import Profile
from assistant.citations import RegistryEntry
from assistant.retrieval.query import ParsedQuestion

# Issued in a year the question names, or concerning exactly the period it names.
YEAR_WEIGHT = 0.06
# Concerning a period that overlaps the one named (a 2024 plan for "giai đoạn 2021-2025").
PERIOD_WEIGHT = 0.03
# Of a type the question names, or issuing the instrument it names ("quy chế nào").
TYPE_WEIGHT = 0.05
# Filed (first area) under the reform area the question names ("tổ chức bộ máy").
AREA_WEIGHT = 0.04
# The archive holds its own file: the least facet, which only orders documents that
# meet the same others ("văn bản nào ban hành năm 2021": the archive's own first).
OWN_WEIGHT = 0.01
# "quy chế nào" is also answered by a Quy chế with a number of its own.
_INSTRUMENT_CODES = {"Quy chế": "QC", "Đề án": "ĐA", "Kế hoạch": "KH"}

ProfileMap = Mapping[tuple[str, int | None], Profile]


@dataclass(frozen=True)
class Asked:
    """The facets a question implies."""

    years: tuple[int, ...] = ()
    period: Period | None = None
    codes: tuple[str, ...] = ()
    instruments: tuple[str, ...] = ()
    area: str | None = None

    @classmethod
    def of(cls, parsed: ParsedQuestion, *, codes: tuple[str, ...] | None = None) -> Asked:
        """The facets of ``parsed`` (``codes`` overrides its types, e.g. without ``BC``)."""
        return cls(
            years=parsed.years,
            period=parsed.period,
            codes=parsed.codes if codes is None else codes,
            instruments=parsed.instruments,
            area=area_of_text(f"{parsed.clean} {parsed.gloss}"),
        )


def profile_key(entry: RegistryEntry) -> tuple[str, int | None]:
    """The key profiles are found by (``ProfileMap``)."""
    return entry.key, entry.year


def facet_score(entry: RegistryEntry, profile: Profile | None, asked: Asked) -> float:
    """The weights of the facets ``asked`` that the document meets."""
    score = 0.0
    period = profile.period if profile else None
    # "the 2020 inspection": a year written alone is also the period a document may concern.
    wanted = asked.period or (
        Period.of_years(min(asked.years), max(asked.years)) if asked.years else None
    )
    # A period named apart from issue years ("giai đoạn 2021 - 2025", "quý I/2024") counts
    # like a year; "năm 2021" beside a type asks for the issue year, the period only helps.
    same_period = not asked.years and asked.period is not None and period == asked.period
    if (asked.years and entry.year in asked.years) or same_period:
        score += YEAR_WEIGHT
    elif wanted and period is not None and period.overlaps(wanted):
        score += PERIOD_WEIGHT
    if _type_fits(entry, profile, asked):
        score += TYPE_WEIGHT
    if asked.area and profile is not None and profile.area == asked.area:
        score += AREA_WEIGHT
    if entry.own_source:
        score += OWN_WEIGHT
    return round(score, 6)


def _type_fits(entry: RegistryEntry, profile: Profile | None, asked: Asked) -> bool:
    code = entry.code or "CV"
    if code in asked.codes:
        return True
    if profile is not None and profile.instrument and profile.instrument in asked.instruments:
        return True
    return any(_INSTRUMENT_CODES.get(i) == code for i in asked.instruments)


def issued_in(entry: RegistryEntry, years: tuple[int, ...]) -> bool:
    """Whether the document was issued in one of ``years``."""
    return entry.year in years
