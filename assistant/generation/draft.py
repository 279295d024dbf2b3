"""Draft a report section in the register of Vietnamese official reports.

Without an LLM the section is composed from the registry (one sentence per
relevant document: ``Đã tham mưu UBND tỉnh ban hành Quyết định số … ngày … về việc …``)
and from retrieved sentences that carry figures, each with its source. With an LLM
the section is generated from the same material. Either way every citation is
checked and marked before the draft is returned.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.archive.areas import area_of_heading
from assistant.archive.validity import today
from assistant.citations import Registry, RegistryEntry
from assistant.citations.issuers import (
    Organ,
    disagreement,
    is_national_issuer,
    organ_of_entry,
    organ_of_header,
    unit_name,
)
from assistant.generation.answer import K_PRIOR, Answer, Answerer, validate_question
from assistant.generation.documents import ScoredDocument, candidates, rank_documents, select
from assistant.generation.extractive import document_phrase
from assistant.generation.fit import Asked
from assistant.generation.marking import Checked, check_and_mark
from assistant.generation.passages import ChunkMap, Sentence, content_words, sentences
from assistant.generation.scope import (
    K_DEEP,
    K_RESULTS,
    of_area,
    own_profiles,
    period_hits,
    split_basis,
)
from assistant.generation.standing import noter
from assistant.retrieval.query import ParsedQuestion, parse_question
from assistant.retrieval.search import Hit

Note = Callable[[RegistryEntry], str]
# Issuers whose documents the department drafts for the province to issue.
_PROVINCE = {"UBND", "HĐND"}
# The section title the prompt names: "Soạn mục <title> cho báo cáo …".
_TITLE = re.compile(
    r"(?:mục|phần|section)\s+(?P<t>.+?)(?:\s+(?:cho|trong|của|for|in)\s+|[.?!]?$)", re.IGNORECASE
)
_DIGIT = re.compile(r"\d")
# A document number (1753/QĐ-UBND, 107/2020/NĐ-CP), not a month (5/2021).
_NUMBER = re.compile(r"\d+/(?:\d{4}/)?[A-ZĐ]")
# A passage outside the best one's topic still gives figures when scored this close.
CLOSE = 0.8
MAX_FIGURES = 4
MAX_DOCUMENTS = 8


@dataclass(frozen=True)
class Draft(Answer):
    """A drafted section as the user sees it: the fields of ``Answer``.

    ``text`` is the section, every unconfirmed citation marked; ``sources`` are the
    passages drawn on; ``notice`` says what the user should know (no document of the
    asked year, LLM down…).
    """

    def to_json(self) -> dict:
        """The ``assistant draft --json`` record: ``text`` where an answer has ``answer``."""
        record = super().to_json()
        return {"text": record.pop("answer"), **record}


def spoken_of(parsed: ParsedQuestion) -> str | None:
    """The day a section's citations are checked as of: the end of the period it reports on
    when that is past (the 2025 report, written in January 2026, cites the 2025 plans that
    ran to 31/12/2025: no mistake), else None (today)."""
    period = parsed.period
    return period.end if period is not None and period.end < today() else None


class Drafter:
    """Drafts report sections over one index (shares the answerer's searcher and caches)."""

    def __init__(self, answerer: Answerer) -> None:
        self.answerer = answerer

    def draft(self, request: str) -> Draft:
        """A checked draft of the section ``request`` asks for (LLM if configured)."""
        from assistant.generation.llm import LLMUnavailableError, generate_draft

        parsed = parse_question(validate_question(request))
        title = section_title(parsed, [])
        by_source = own_profiles(self.answerer.profiles.values())
        deep = self.answerer.searcher.search(title, k=K_DEEP if parsed.period else K_RESULTS)
        hits = period_hits(deep, parsed.period, by_source)
        documents, basis, notice = self.documents(parsed, title)
        # a draft is written today: what was replaced by today says so ("nay đã …"); its
        # citations are checked as of the period it speaks of
        note = noter(self.answerer.lives, now=today())
        as_of = spoken_of(parsed)
        home = home_of(self.answerer.registry)
        if self.answerer.llm is not None:
            gen = generate_draft(self.answerer, parsed, hits, [d.entry for d in documents])
            try:
                for _ in gen:
                    pass
                return self._finish(gen.checked(), hits, "llm", notice)
            except LLMUnavailableError as exc:
                notice = _join(
                    notice,
                    f"⚠ Mô hình ngôn ngữ không phản hồi ({exc}); bản nháp "
                    "dưới đây được soạn từ kho tài liệu.",
                )
                found = figures(title, hits, self.answerer.chunks)
                text = compose(title, documents, found, note, basis=basis, home=home)
                checked = check_and_mark(
                    text, self.answerer.registry, lives=self.answerer.lives, as_of=as_of
                )
                return self._finish(checked, hits, "fallback", notice)
        found = figures(title, hits, self.answerer.chunks)
        text = compose(title, documents, found, note, basis=basis, home=home)
        checked = check_and_mark(
            text, self.answerer.registry, lives=self.answerer.lives, as_of=as_of
        )
        return self._finish(checked, hits, "extractive", notice)

    def documents(
        self, parsed: ParsedQuestion, topic: str
    ) -> tuple[list[ScoredDocument], list[ScoredDocument], str | None]:
        """Documents relevant to ``topic``: the asked period's work in the section's area,
        the earlier documents it rests on, and a notice when the period has none."""
        codes = tuple(c for c in parsed.codes if c != "BC")  # "báo cáo" names the output here
        a = self.answerer
        notice = None
        asked = Asked.of(parsed, codes=codes)
        found = candidates(a.registry, parsed)
        prior = {h.chunk.id: h.score for h in a.searcher.search(topic, k=K_PRIOR)}
        ranked = rank_documents(
            found,
            topic,
            chunks=a.chunks,
            vectors=a.vectors,
            prior=prior,
            profiles=a.profiles,
            asked=asked,
        )
        chosen = of_area(select(ranked), asked.area)
        if asked.area and parsed.period:
            # A section of one area for a period: the documents the profiles file under that
            # area are its work, however far the section's title reads from their trích yếu
            # ("Cải cách tổ chức bộ máy" vs "Quy định chức năng, nhiệm vụ … của Sở").
            filed = [d for d in ranked if d.profile is not None and d.profile.area == asked.area]
            chosen += [d for d in filed if d not in chosen]
        work, basis = split_basis(chosen, of_area(ranked, asked.area), parsed.period)
        if parsed.period and not work:
            notice = "Kho tài liệu không có văn bản của kỳ được hỏi; cần bổ sung."
        return work[:MAX_DOCUMENTS], basis, notice

    def _finish(self, checked: Checked, hits: list[Hit], mode: str, notice: str | None) -> Draft:
        return self.answerer.finish(checked, hits, mode, notice, record=Draft)


def _join(a: str | None, b: str) -> str:
    return f"{a} {b}" if a else b


def section_title(parsed: ParsedQuestion, hits: list[Hit]) -> str:
    """The title the request names, else the heading of the best passage."""
    m = _TITLE.search(parsed.clean)
    if m:
        title = m.group("t").strip(" .:")
        return title[:1].upper() + title[1:]
    if hits and hits[0].chunk.heading:
        return hits[0].chunk.heading.strip(" .:")
    return parsed.clean.rstrip(" .?")


def figures(title: str, hits: list[Hit], chunks: ChunkMap) -> list[Sentence]:
    """Sentences with figures from the section's topic, citing nothing.

    The topic is that of the best passage (its section two levels deep, see
    ``topic_of``): all its chunks are read, in order. A passage of another topic counts
    only when search scored it close to the best, and its sentence must share words
    with the title. A sentence that cites a document number is left to part a).
    """
    if not hits:
        return []
    top = hits[0]
    pool = [(c, True) for c in chunks.in_topic(top.chunk)]  # holds the top chunk itself
    pool += [(h.chunk, False) for h in hits[1:4] if h.score >= CLOSE * top.score]
    asked = content_words(title)
    area = area_of_heading(title)
    out: list[Sentence] = []
    seen: set[str] = set()
    for chunk, on_topic in pool:
        if not chunk.section or chunk.id in seen:  # the header: place, date, title
            continue
        seen.add(chunk.id)
        for s in sentences(chunk):
            if not _DIGIT.search(s.text) or _NUMBER.search(s.text) or not 40 <= len(s.text) <= 400:
                continue
            if not on_topic and len(asked & content_words(s.text)) < min(2, len(asked)):
                continue
            if area and _labelled_other(s.text, area):
                continue
            if all(s.text != o.text for o in out):  # chunks overlap a little
                out.append(s)
    return out[:MAX_FIGURES]


def _labelled_other(text: str, area: str) -> bool:
    """Whether a sentence opens with another area's label ("2. Cải cách thể chế: rà soát …",
    a plan's or report's list of every area): it is that area's, not the section's."""
    label = text.split(":", 1)[0] if ":" in text[:90] else ""
    found = area_of_heading(label) if label else None
    return found is not None and found != area


@dataclass(frozen=True)
class Home:
    """The body whose archive it is: the symbol issuer of most of its own files (``SKHCN``,
    ``UBND``, ``PNV``) and what their headers say of it (a Sở of a tỉnh, a huyện's UBND)."""

    code: str | None
    organ: Organ | None


def home_of(registry: Registry) -> Home | None:
    """The archive's own body, from the files it holds; None when no file says (the seed
    report's own number is left blank)."""
    own = [e for e in registry.entries() if e.own_source and e.issuer]
    counts = Counter(e.issuer for e in own)
    if not counts:
        return None
    code = counts.most_common(1)[0][0]
    headers = [organ_of_header(e.issuer_name) for e in own if e.issuer == code]
    return Home(code, next((o for o in headers if o is not None), None))


def document_sentence(
    entry: RegistryEntry, note: Note | None = None, *, home: Home | None = None
) -> str:
    """One report sentence for a document, in the usual register (``note``: that it was
    replaced since, and by what; see ``generation.standing``). ``home``: the archive's own
    body (``home_of``): its own documents "đã ban hành", its committee's "đã tham mưu UBND
    huyện ban hành"; without it, a Sở of a tỉnh is assumed."""
    phrase = document_phrase(entry) + (note(entry).replace(" (đã", " (nay đã") if note else "")
    issuer = entry.issuer or ""
    home = home or Home("S", Organ(frozenset({"so"}), None, "tinh"))
    organ = organ_of_entry(entry)
    if issuer == home.code and not (organ and home.organ and disagreement(organ, home.organ)):
        return _own_sentence(phrase, entry, home)
    if issuer in _PROVINCE and entry.code in {"QĐ", "KH", "CT"}:
        unit = _advised_unit(organ, home)
        if unit is not None:
            body = "HĐND" if issuer == "HĐND" else "UBND"
            return f"Đã tham mưu {body} {unit_name(unit)} ban hành {phrase}."
    # a national body's: implemented, not drafted
    if is_national_issuer(issuer) or entry.code in {"NĐ", "TT", "NQ"}:
        return f"Triển khai thực hiện {phrase}."
    if issuer.startswith("SKH") and (home.code or "").startswith("S"):
        return f"Sở đã ban hành {phrase}." if entry.code != "TTr" else f"Sở đã có {phrase}."
    return f"Thực hiện {phrase}."


def _own_sentence(phrase: str, entry: RegistryEntry, home: Home) -> str:
    """The archive's own body's document: "Sở đã ban hành …", "Đã trình …"."""
    if (home.code or "").startswith("S"):
        return f"Sở đã ban hành {phrase}." if entry.code != "TTr" else f"Sở đã có {phrase}."
    return f"Đã trình {phrase}." if entry.code == "TTr" else f"Đã ban hành {phrase}."


def _advised_unit(organ: Organ | None, home: Home) -> str | None:
    """The unit whose committee the archive's body advises, when it is the one that issued
    the document: a Sở's tỉnh, a Phòng's huyện; None for a higher body's document (a
    district citing the province's decision implements it)."""
    levels = home.organ.levels if home.organ else frozenset({"so"} if home.code else set())
    if not levels & {"so", "phong"} and not (home.code or "").startswith(("S", "P")):
        return None
    own_unit = home.organ.unit if home.organ and home.organ.unit else None
    if own_unit is None:
        own_unit = "huyen" if (home.code or "").startswith("P") else "tinh"
    if organ is not None and organ.unit and organ.unit != own_unit:
        return None
    return own_unit


def compose(
    title: str,
    documents: list[ScoredDocument],
    found: list[Sentence],
    note: Note | None = None,
    *,
    basis: Sequence[ScoredDocument] = (),
    home: Home | None = None,
) -> str:
    """The section: ``1. Title``, the earlier documents it rests on (said to be so), ``a)``
    the period's documents, ``b)`` results with their sources."""
    lines = [f"1. {title}", ""]
    for d in basis:
        lines += [f"Căn cứ {document_phrase(d.entry)} (văn bản ban hành trước kỳ báo cáo).", ""]
    lines += ["a) Công tác tham mưu, ban hành văn bản", ""]
    if documents:
        lines += [f"- {document_sentence(d.entry, note, home=home)}" for d in documents]
    else:
        lines.append("- Chưa tìm thấy văn bản liên quan trong kho tài liệu (cần bổ sung).")
    lines += ["", "b) Kết quả thực hiện", ""]
    if found:
        lines += [f"- {s.text.rstrip('.')} (nguồn: {s.chunk.source}, {s.locator})." for s in found]
    else:
        lines.append("- Chưa có số liệu trong kho tài liệu (cần bổ sung).")
    return "\n".join(lines)
