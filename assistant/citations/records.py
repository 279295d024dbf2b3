"""The citation record every stage passes on."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace

from assistant.citations.normalize import lookup_key

# The fields of `assistant cite --json` (DESIGN.md), in order.
DESIGN_FIELDS = (
    "text",
    "start",
    "end",
    "kind",
    "code",
    "number",
    "year",
    "symbol",
    "issuer",
    "ident",
    "date",
    "subject",
    "pinpoint",
)


@dataclass(frozen=True)
class Citation:
    """One reference to a document, found in running text.

    Attributes:
        text: ``text[start:end]`` of the normalised input: type word through the
            number and symbol and, when it follows, the date.
        start: offset of the first character in the NFC-normalised input.
        end: offset after the last character.
        kind: canonical type name (``Quyết định``), from the type word or else the code.
        code: the type code from the symbol (``QĐ``), None for a công văn.
        number: the number as written (``07``, ``286b``).
        year: from the symbol (``/2020/``), else from the date.
        symbol: the ký hiệu after the number and year (``QĐ-UBND``, ``CTr/TU``).
        issuer: the issuer abbreviation from the symbol (``UBND``, ``SKH&CN``).
        ident: number and symbol in canonical spacing (``1982/QĐ-TTg``).
        date: ISO date, None if absent or not a calendar date.
        subject: the trích yếu after ``về việc``/``về``/``quy định``/``ban hành``.
        subject_near: when no subject follows, one read near the citation: the thing the
            document made, named before it (``Chỉ số cải cách hành chính năm 2022 của Sở``
            theo …), or the subject of the next citation "và" joins it to (``Quyết định số
            1023/QĐ-UBND … và Quyết định số 877/QĐ-UBND … về việc thành lập …``); not a
            ``cite`` field.
        pinpoint: ``điểm b khoản 2 Điều 3`` when the citation points inside.
        type_word: the type word as written (``Kế hoạch kiểm tra``), None if absent.
        issuer_name: the issuer as named after ``của`` (``UBND tỉnh``).
        missing: parts that keep the citation from identifying a document
            (``symbol``, ``code``, ``issuer``).
        notes: what was normalised or guessed, for the user.
        antecedent: index of the full mention a short form was resolved to.
        ocr: whether the citation was read by OCR from a scan (its digits may be misread).
        ocr_confidence: Tesseract's mean word confidence (0-100) on that page.
    """

    text: str
    start: int
    end: int
    kind: str | None = None
    code: str | None = None
    number: str | None = None
    year: int | None = None
    symbol: str | None = None
    issuer: str | None = None
    ident: str | None = None
    date: str | None = None
    subject: str | None = None
    pinpoint: str | None = None
    type_word: str | None = None
    issuer_name: str | None = None
    missing: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    antecedent: int | None = None
    ocr: bool = False
    ocr_confidence: float | None = None
    subject_near: str | None = None

    @property
    def complete(self) -> bool:
        """Whether number and symbol are all there (the document can be looked up)."""
        return not self.missing

    @property
    def key(self) -> str | None:
        """The lookup key of the cited number (see ``lookup_key``)."""
        return lookup_key(self.ident) if self.ident else None

    def to_json(self) -> dict:
        """The DESIGN.md ``cite`` fields, then the extras."""
        data = {name: getattr(self, name) for name in DESIGN_FIELDS}
        data.update(
            type_word=self.type_word,
            issuer_name=self.issuer_name,
            missing=list(self.missing),
            notes=list(self.notes),
            antecedent=self.antecedent,
            ocr=self.ocr,
            ocr_confidence=self.ocr_confidence,
            subject_near=self.subject_near,
        )
        return data

    @classmethod
    def from_json(cls, data: dict) -> Citation:
        """Inverse of ``to_json``."""
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in names}
        values["missing"] = tuple(values.get("missing") or ())
        values["notes"] = tuple(values.get("notes") or ())
        return cls(**values)

    def __repr__(self) -> str:
        parts = [f"{self.ident or '?'!s}"]
        if self.date:
            parts.append(self.date)
        if self.kind:
            parts.append(self.kind)
        if self.pinpoint:
            parts.append(self.pinpoint)
        if self.missing:
            parts.append(f"missing={list(self.missing)}")
        if self.antecedent is not None:
            parts.append(f"antecedent={self.antecedent}")
        if self.ocr:
            parts.append("ocr")
        return f"Citation({', '.join(parts)} @{self.start}:{self.end})"


# (start, end, confidence) of a stretch of text read by OCR (``Document.ocr_spans()``).
OcrSpan = tuple[int, int, float | None]


def ocr_at(spans: Sequence[OcrSpan], offset: int) -> OcrSpan | None:
    """The OCR-read stretch holding ``offset``, None when that text had a text layer."""
    return next((s for s in spans if s[0] <= offset < max(s[1], s[0] + 1)), None)


def mark_ocr(citations: Iterable[Citation], spans: Sequence[OcrSpan]) -> list[Citation]:
    """``citations`` with ``ocr`` (and its confidence) set on those that start in ``spans``."""
    out = []
    for c in citations:
        span = ocr_at(spans, c.start) if spans else None
        out.append(c if span is None else replace(c, ocr=True, ocr_confidence=span[2]))
    return out
