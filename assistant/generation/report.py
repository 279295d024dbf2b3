"""A whole periodic report: the outline's sections filled from the period's documents.

A composition of the parts an answer uses: the documents (profiles of the archive),
the outline (``outline``), the sentences of the documents' own text, and the
citation checker, which every section's text passes before it is returned. Each
area section gives the period's documents of that area (number, date, trích yếu,
what it did) and the figures they state; a section with nothing says so; the
closing parts (khó khăn, phương hướng, kiến nghị) are marked for staff to write, or
written by the LLM when one is configured and then checked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.citations import Finding, RegistryEntry
from assistant.generation.docx_layout import Letterhead
from assistant.generation.draft import document_sentence, home_of
from assistant.generation.extractive import document_name, document_phrase
from assistant.generation.marking import Checked, check_and_mark, citation_record
from assistant.generation.outline import (
    STAFF_PARTS,
    Heading,
    Outline,
    bare_title,
    builtin_outline,
    section_bodies,
)
from assistant.generation.periods import Period, parse_period
from assistant.generation.report_documents import (
    ReportDocument,
    figure_text,
    figured_areas,
    figures,
    period_reports,
    period_work,
    section_figures,
)
from assistant.generation.report_plan import assign, place, targets
from assistant.generation.report_sources import archive_outline, file_outline
from assistant.generation.timely import Correction, states

if TYPE_CHECKING:
    from assistant.generation.answer import Answerer

Progress = Callable[[float, str], None]
# What staff are asked to write in each closing part.
STAFF_ASK = {
    "kho_khan": "tồn tại, hạn chế, khó khăn, vướng mắc và nguyên nhân trong {label}",
    "phuong_huong": "phương hướng, nhiệm vụ trọng tâm {next}",
    "kien_nghi": "kiến nghị, đề xuất với cấp trên (nếu có)",
}


@dataclass(frozen=True)
class ReportSection:
    """One heading of the report and what the archive gives under it.

    Attributes:
        heading: as in the outline, the period moved.
        level: 1 for ``I.``, 2 for ``1.``, 3 for ``a)``.
        area: the reform-area code, a closing part (``kho_khan``…), or None.
        text: the section's text, every unconfirmed citation marked.
        documents: idents of the documents it presents as the period's work.
        findings: the checker's verdict on every citation of ``text``.
        staff: whether staff must write (or review the LLM's) text here.
        citations: the verified documents its text cites (as ``ask --json`` lists them).
    """

    heading: str
    level: int
    area: str | None
    text: str
    documents: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()
    staff: bool = False
    citations: tuple[dict, ...] = ()

    def to_json(self) -> dict:
        """One record of ``sections`` in ``assistant report --json``."""
        return {
            "heading": self.heading,
            "level": self.level,
            "area": self.area,
            "text": self.text,
            "documents": list(self.documents),
            "findings": [f.to_json() for f in self.findings],
            "staff": self.staff,
            "citations": list(self.citations),
        }


@dataclass(frozen=True)
class Report:
    """A periodic report as the user sees it."""

    period: Period
    outline_source: str
    title: str
    sections: tuple[ReportSection, ...]
    letterhead: Letterhead = field(default_factory=Letterhead)
    notice: str | None = None
    mode: str = "extractive"

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every section's findings, in order."""
        return tuple(f for s in self.sections for f in s.findings)

    def summary(self) -> dict:
        """``documents``: how many documents it presents; ``unverified``: citations not verified."""
        idents = {i for s in self.sections for i in s.documents}
        unverified = sum(1 for f in self.findings if f.status != "verified")
        return {"documents": len(idents), "unverified": unverified}

    def text(self) -> str:
        """The body as plain text: each heading, then its text."""
        parts = []
        for s in self.sections:
            parts.append(s.heading)
            if s.text:
                parts.append(s.text)
        return "\n\n".join(parts)

    def to_json(self) -> dict:
        """The ``assistant report --json`` record."""
        return {
            "period": self.period.to_json(),
            "outline_source": self.outline_source,
            "title": self.title,
            "sections": [s.to_json() for s in self.sections],
            "summary": self.summary(),
            "mode": self.mode,
            "notice": self.notice,
        }


class Reporter:
    """Writes periodic reports over one index (shares the answerer's searcher and caches)."""

    def __init__(
        self, answerer: Answerer, *, documents: Sequence[ReportDocument] | None = None
    ) -> None:
        """Args:
        answerer: the open index (registry, chunks, LLM).
        documents: the archive's documents as profiles; read from the index if None.
        """
        self.answerer = answerer
        self._documents = list(documents) if documents is not None else None
        self._sections: dict[str, list[tuple[str, str]]] = {}
        self._key_figures: list[str] = []

    @property
    def documents(self) -> list[ReportDocument]:
        """The archive's documents as the report reads them."""
        if self._documents is None:
            from assistant.generation.report_sources import archive_documents

            self._documents = archive_documents(self.answerer)
        return self._documents

    def report(
        self,
        period: str | Period,
        *,
        outline: Path | None = None,
        builtin: bool = False,
        progress: Progress | None = None,
    ) -> Report:
        """The report for ``period`` (``2024``, ``2024-Q1``, ``2024-H1``), every section checked.

        Args:
            period: the period, as typed or parsed.
            outline: a file whose headings to follow (a report, or headings one a line);
                None takes the archive's latest report of the same kind, else the built-in.
            builtin: follow the built-in outline whatever the archive holds.
            progress: called with (fraction done, what is being done).

        Raises:
            assistant.errors.AssistantError: a bad period, or an outline file with no
                headings.
        """
        tick = progress or (lambda _f, _m: None)
        when = period if isinstance(period, Period) else parse_period(period)
        tick(0.05, "Đọc dàn ý báo cáo")
        plan = (
            builtin_outline(when) if builtin and outline is None else self._outline(when, outline)
        )
        from assistant.generation.report_sources import ended_noter

        work = period_work(self.documents, when)
        noted = ended_noter(self.answerer, when)
        reports = own_reports(self.documents, period_reports(self.documents, when))
        tick(0.08, "Tìm số liệu của kỳ")
        self._key_figures = key_figures(self.answerer, when)
        areas = {d.area for d in work if d.area} | ({TTHC} if self._key_figures else set())
        # (an area the period's own reports give figures of, though no document of it)
        areas |= {a for r in reports for a in figured_areas(self._bodies(r))}
        headings = place(plan.headings, areas)
        by_heading = assign(headings, work)
        sections: list[ReportSection] = []
        notices: list[str] = []  # the LLM's failures
        for i, h in enumerate(headings):
            tick(0.1 + 0.85 * i / max(len(headings), 1), f"Soạn: {h.text}")
            sections.append(
                self._section(
                    h, when, by_heading.get(i), reports, headings, sections, notices, noted
                )
            )
        tick(1.0, "Xong")
        mode = "extractive" if self.answerer.llm is None else "fallback" if notices else "llm"
        if not work and not reports:
            notices.insert(0, _nothing(when))
        return Report(
            when,
            plan.source,
            plan.title,
            tuple(sections),
            self._letterhead(),
            " ".join(notices) or None,
            mode,
        )

    def _outline(self, period: Period, path: Path | None) -> Outline:
        if path is not None:
            return file_outline(path, period)
        return archive_outline(self.answerer, self.documents, period) or builtin_outline(period)

    def _bodies(self, doc: ReportDocument) -> list[tuple[str, str]]:
        """A report's sections (heading line, own text), read once per source."""
        from assistant.generation.report_sources import archive_text

        key = doc.source or ""
        if key not in self._sections:
            text = archive_text(self.answerer, key) if doc.own and key else None
            self._sections[key] = section_bodies(text) if text else []
        return self._sections[key]

    def _letterhead(self) -> Letterhead:
        from assistant.generation.report_sources import archive_letterhead

        return archive_letterhead(self.answerer)

    def _section(
        self,
        h: Heading,
        period: Period,
        docs: list[ReportDocument] | None,
        reports: list[ReportDocument],
        headings: list[Heading],
        before: list[ReportSection],
        notices: list[str],
        noted: Callable[[RegistryEntry], str] | None = None,
    ) -> ReportSection:
        if h.area in STAFF_PARTS:
            return self._staff(h, period, before, notices)
        if docs is None:  # a container: its areas' documents are under its sub-headings
            return ReportSection(h.text, h.level, h.area, "")
        rivals = [headings[i].text for i in targets(headings).get(h.area or "", [])]
        first = [h for h in headings if h.area == TTHC][:1]
        text = area_text(
            h,
            period,
            docs,
            reports,
            self.answerer,
            rivals=rivals or [h.text],
            bodies=self._bodies,
            noted=noted,
            key=self._key_figures if first and h is first[0] else (),
        )
        return self._checked(h, text, tuple(d.ident for d in docs))

    def _checked(
        self, h: Heading, text: str, idents: tuple[str, ...], *, staff: bool = False
    ) -> ReportSection:
        return _section_of(h, check_and_mark(text, self.answerer.registry), idents, staff=staff)

    def _staff(
        self, h: Heading, period: Period, before: list[ReportSection], notices: list[str]
    ) -> ReportSection:
        """A closing part: the LLM's checked text when one is configured, else a placeholder."""
        ask = STAFF_ASK[h.area or "kho_khan"].format(label=period.label, next=period.next().label)
        if self.answerer.llm is not None:
            from assistant.generation.report_llm import write_staff_part

            checked, notice = write_staff_part(self.answerer, h.text, ask, before)
            if checked is not None:
                return _section_of(h, checked, (), staff=True)
            notices.append(notice or "")
        return self._checked(h, f"[Cán bộ bổ sung: {ask}.]", (), staff=True)


def _section_of(
    h: Heading, checked: Checked, idents: tuple[str, ...], *, staff: bool = False
) -> ReportSection:
    return ReportSection(
        h.text,
        h.level,
        h.area,
        checked.text,
        idents,
        checked.findings,
        staff,
        tuple(citation_record(e) for e in checked.entries),
    )


def area_text(
    h: Heading,
    period: Period,
    docs: Sequence[ReportDocument],
    reports: Sequence[ReportDocument],
    answerer: Any,
    *,
    rivals: Sequence[str] = (),
    bodies: Callable[[ReportDocument], list[tuple[str, str]]] = lambda _d: [],
    noted: Callable[[RegistryEntry], str] | None = None,
    key: Sequence[str] = (),
) -> str:
    """An area section: one line per document (what it did, and what ended it within the
    period: ``noted``), its figures under it; the period's key figures (``key``, lines of
    ``key_figures``); the figures of the period's own reports on the area (``bodies`` gives
    a report's sections); or a line saying there is nothing."""
    registry, chunks = answerer.registry, answerer.chunks
    home = home_of(registry)
    fixes = _later_fixes(answerer)
    lines: list[str] = []
    for d in docs:
        entry = registry.find(d.ident, int(d.date[:4]) if d.date else None, d.date)
        entry = entry or registry.find(d.ident)
        lines.append(f"- {document_sentence(entry, noted, home=home) if entry else _plain(d)}")
        lines += [
            f"  + {_corrected(_sentence(figure_text(s.text)), d.date, fixes, d.subject)}"
            for s in figures(d, chunks)
        ]
    lines += key
    for r in reports:
        entry = registry.find(r.ident)
        found = section_figures(bodies(r), h.text, rivals or [h.text])
        # (a sentence the key figures quote already is not said twice)
        quoted = (_corrected(_sentence(figure_text(s)), r.date, fixes) for s in found)
        told = [t for t in (f"  + {q}" for q in quoted) if t not in key]
        if entry and told:
            lines.append(f"- Theo {document_phrase(entry)}:")
            lines += told
    if not lines:
        topic = bare_title(h.text)
        topic = topic if topic.startswith("về ") else f"về {topic}"
        lines.append(
            f"- Trong kỳ, chưa có văn bản {topic} trong kho tài liệu "
            f"({period.label}). [Cán bộ bổ sung nếu có.]"
        )
    return "\n".join(lines)


def own_reports(
    documents: Sequence[ReportDocument], reports: list[ReportDocument]
) -> list[ReportDocument]:
    """The period's ``reports`` whose figures the report quotes: those of the archive's own
    body (the symbol's issuer most of its files carry) when it wrote any — the province's
    report a Sở drafted gives the province's figures, not the Sở's; all otherwise."""
    from assistant.generation.report_sources import home_issuer, symbol_issuer

    home = home_issuer(documents)
    own = [r for r in reports if home and symbol_issuer(r.ident) == home]
    return own or reports


# The area whose key figures a report states first: the dossiers of administrative
# procedures received, solved on time and received online.
TTHC = "thu_tuc_hanh_chinh"
# What is asked of each period ({who}: the archive's own body as the question names it).
_KEY_ASKED = (
    "{label} {who}tiếp nhận bao nhiêu hồ sơ thủ tục hành chính?",
    "Tỷ lệ hồ sơ thủ tục hành chính {who}tiếp nhận trực tuyến {label} là bao nhiêu?",
    "Tỷ lệ hồ sơ thủ tục hành chính {who}giải quyết đúng hạn {label} là bao nhiêu?",
)


def key_figures(answerer: Any, period: Period) -> list[str]:
    """The period's key figures of administrative procedures, as report lines: each the
    sentence the figure question of the period is answered with first (the period's own
    report, its official figure before an estimate, the department's before the
    province's; ``Answerer.period_figure``), once, with the document it is quoted from, and
    the sentences correcting a figure of the period since (``Answerer.period_corrections``);
    for a quarter after the first, the figures counted from the year's start to its end
    too. None when no such sentence is the period's."""
    labels = [period.label]
    if period.kind == "quarter" and period.part > 1:
        months = 3 * period.part
        labels.append(
            f"năm {period.year}" if months == 12 else f"{months} tháng đầu năm {period.year}"
        )
    home = home_of(answerer.registry)
    # (the archive's body as its figures name it: "Sở tiếp nhận"; "Ban tiếp nhận" when its
    # headers say a Ban — a symbol "B…" may be a Bộ's)
    code = home.code if home and home.code else ""
    ban = home is not None and home.organ is not None and "ban" in home.organ.levels
    who = "Sở " if code.startswith("S") else "Ban " if ban else ""
    owners = {e.own_source: e for e in answerer.registry.entries() if e.own_source}
    said: dict[tuple[str, str], list[str]] = {}  # (label, source) -> sentences
    for label in labels:
        for asked in _KEY_ASKED:
            question = asked.format(label=label, who=who)
            question = question[0].upper() + question[1:]
            found = answerer.period_figure(question)
            # (a figure of the period corrected since: the correction told after it)
            for s in ([found] if found else []) + answerer.period_corrections(question):
                if s.chunk.source not in owners:
                    continue
                text = _sentence(_cell_prose(figure_text(s.text)))
                told = said.setdefault((label, s.chunk.source), [])
                if not any(text in t for t in said.values()):
                    told.append(text)
    lines: list[str] = []
    for (label, source), texts in said.items():
        if texts:
            lines.append(f"- Số liệu {label}, theo {document_phrase(owners[source])}:")
            lines += [f"  + {t}" for t in texts]
    return lines


# A table's cell as a figure sentence quotes it (``passages.table_cells``): "Lũy kế 6 tháng
# đầu năm 2026: Kỳ báo cáo | Tiếp nhận (hồ sơ) … Lũy kế 6 tháng | 6.523".
_CELL = re.compile(
    r"(?:(?P<caption>[^|]*:)\s+)?[^|:]*\|(?P<column>[^|…]*)…(?P<row>[^|]*)\|(?P<value>[^|]*)"
)


def _cell_prose(text: str) -> str:
    """A table cell's sentence as a report writes it: "Lũy kế 6 tháng đầu năm 2026: Lũy kế 6
    tháng – Tiếp nhận (hồ sơ): 6.523"; any other sentence as it is."""
    m = _CELL.fullmatch(text)
    if m is None:
        return text
    lead = f"{m.group('caption').strip()} " if m.group("caption") else ""
    row, column, value = (m.group(k).strip() for k in ("row", "column", "value"))
    return f"{lead}{row} – {column}: {value}"


def _nothing(period: Period) -> str:
    return (
        f"Kho tài liệu không có văn bản nào ban hành trong {period.label} "
        f"({period.start:%d/%m/%Y} - {period.end:%d/%m/%Y}): các mục để cán bộ bổ sung."
    )


def _later_fixes(answerer: Any) -> list[tuple[Correction, RegistryEntry]]:
    """The figures the archive's documents correct (``Answerer.corrections``), each with the
    document correcting it."""
    owners = {e.own_source: e for e in answerer.registry.entries() if e.own_source}
    return [
        (c, owners[c.sentence.chunk.source])
        for c in answerer.corrections()
        if c.sentence.chunk.source in owners
    ]


def _corrected(
    text: str,
    said: str | None,
    fixes: Sequence[tuple[Correction, RegistryEntry]],
    subject: str | None = None,
) -> str:
    """``text`` (a figure sentence of a document of ``said``), with what a later document
    corrected of it told after it ("… đạt 87,35 điểm … [số liệu 87,35 sau đó được điều chỉnh
    thành 88,35 tại Quyết định số 655/QĐ-UBND …]"): a figure of the year it (or its
    document's ``subject``) names, first stated and corrected since (``fixes``:
    ``_later_fixes``)."""
    notes = []
    for c, by in fixes:
        if (
            (said and (by.date or "") <= said)
            or not states(text, c.old)
            or c.period.start[:4] not in f"{text} {subject or ''}"
        ):
            continue
        note = f" [số liệu {c.old} sau đó được điều chỉnh thành {c.new} tại {document_name(by)}]"
        if note not in notes:
            notes.append(note)
    if not notes:
        return text
    return text.rstrip(".") + "".join(notes) + "."


def _plain(d: ReportDocument) -> str:
    return f"{d.kind or 'Văn bản'} số {d.ident} {d.subject or ''}".strip() + "."


def _sentence(text: str) -> str:
    # A figure quoted from an amendment ends with the closing quote of the amended text.
    text = " ".join(text.split()).strip().rstrip('"”')
    text = text[:1].upper() + text[1:]  # a clause taken from after a ";" starts in lower case
    return text if text.endswith((".", "!", "?", ":", "…")) else text + "."
