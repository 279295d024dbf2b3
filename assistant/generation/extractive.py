"""Answers composed from the archive itself, no LLM: document lists and best sentences.

Frame text follows the question's language; document text stays Vietnamese.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.citations import RegistryEntry
from assistant.citations.regexes import CODES
from assistant.generation.documents import CONG_VAN, ScoredDocument
from assistant.generation.marking import vn_date
from assistant.generation.passages import Sentence, VectorCache, content_words, sentences
from assistant.retrieval.query import ParsedQuestion, years_text
from assistant.retrieval.search import Hit

# Below this similarity a sentence does not answer the question.
SENTENCE_FLOOR = 0.80
# Share of the question's words a sentence must hold (Vietnamese), and their weight.
MIN_SHARE = 0.3
WORD_WEIGHT = 0.06
# How many sentences an answer quotes, and from how many top chunks they are drawn.
MAX_SENTENCES = 3
FROM_CHUNKS = 4

NOTHING = {
    "vi": "Không tìm thấy thông tin trong kho tài liệu để trả lời câu hỏi này.",
    "en": "Nothing in the archive answers this question.",
}
NO_SUCH_NUMBER = {
    "vi": "Kho tài liệu không có văn bản mang số, ký hiệu được hỏi.",
    "en": "The archive holds no document with the number asked about.",
}
# Before the answer to a two-part question's second part (``Answerer.extractive``).
SECOND_PART = {
    "vi": "Về ý sau của câu hỏi ({part}):",
    "en": "On the second part of the question ({part}):",
}
_CODE_NAMES_EN = {
    "QC": "regulations",
    "QĐ": "decisions",
    "KH": "plans",
    "CV": "official letters",
    "TTr": "proposals",
    "TB": "notices",
    "BC": "reports",
    "NĐ": "decrees",
    "TT": "circulars",
    "CT": "directives",
    "NQ": "resolutions",
    "CTr": "programmes",
}
_CODE_NAMES_VI = {
    "QĐ": "quyết định",
    "KH": "kế hoạch",
    "CV": "công văn",
    "TTr": "tờ trình",
    "TB": "thông báo",
    "BC": "báo cáo",
    "NĐ": "nghị định",
    "TT": "thông tư",
    "CT": "chỉ thị",
    "NQ": "nghị quyết",
    "CTr": "chương trình",
}


def document_name(entry: RegistryEntry) -> str:
    """``Báo cáo số 310/BC-SKHCN ngày 12/12/2023``: kind, number and date, no subject."""
    text = f"{entry.kind or 'Văn bản'} số {entry.ident}"
    date = vn_date(entry.date)
    if date and entry.date and len(entry.date) == 10:
        return f"{text} ngày {date}"
    return f"{text} ({date})" if date else text


def document_phrase(entry: RegistryEntry) -> str:
    """``Quyết định số 1753/QĐ-UBND ngày 28/6/2021 về việc …`` from the registry."""
    kind = entry.kind or "Văn bản"
    text = f"{kind} số {entry.ident}"
    date = vn_date(entry.date)
    if date and entry.date and len(entry.date) == 10:
        text += f" ngày {date}"
    elif date:
        text += f" ({date})"
    if entry.subject:
        subject = entry.subject.rstrip(" .;")
        lead = subject.split(" ", 1)[0]
        joiner = " " if lead in {"ban", "quy", "hướng", "về"} else " về việc "
        text += joiner + subject
    return text


def list_answer(
    parsed: ParsedQuestion,
    documents: Sequence[ScoredDocument],
    *,
    with_intro: bool = True,
    note: Callable[[RegistryEntry], str] | None = None,
) -> str:
    """A numbered list of documents with number, date, type, subject and where mentioned.

    ``note`` gives what follows a document's phrase (``generation.standing.note``: that it
    was replaced, and by what).
    """
    lang = parsed.language
    if not documents:
        return NOTHING[lang] + _filter_note(parsed)
    if any((d.entry.code or CONG_VAN) not in parsed.codes for d in documents):
        # (a plan's reports listed with it: "5 văn bản", not "5 kế hoạch")
        parsed = replace(parsed, codes=())
    lines = [_intro(parsed, len(documents))] if with_intro else []
    for i, d in enumerate(documents, start=1):
        where = f"{d.source}, {d.locator}" if d.source else d.locator
        said = "mentioned in" if lang == "en" else "nêu tại"
        status = note(d.entry) if note else ""
        lines.append(f"{i}. {document_phrase(d.entry)}{status}. ({said}: {where})")
    return "\n".join(lines)


def _kinds(parsed: ParsedQuestion, joiner: str) -> str:
    """The asked document types in the question's language ("documents" if none)."""
    # A code without a name of ours (QC, QyĐ…) is named by the grammar's type, never as a code.
    if parsed.language == "en":
        names = [_CODE_NAMES_EN.get(c) or f"{CODES.get(c, c)} documents" for c in parsed.codes]
        return joiner.join(names) or "documents"
    names = [_CODE_NAMES_VI.get(c) or CODES.get(c, c).lower() for c in parsed.codes]
    return joiner.join(names) or "văn bản"


def _intro(parsed: ParsedQuestion, n: int) -> str:
    years = years_text(parsed.years, parsed.language)
    if parsed.language == "en":
        year = f" from {years}" if years else ""
        kinds = _kinds(parsed, " or ")
        if n == 1 and " or " not in kinds and kinds.endswith("s"):
            kinds = kinds[:-1]  # "1 document", not "1 documents"
        verb = "matches" if n == 1 else "match"
        return f"The archive holds {n} {kinds}{year} that {verb} the question:"
    year = f" năm {years}" if years else ""
    return f"Theo kho tài liệu, có {n} {_kinds(parsed, ', ')}{year} phù hợp với câu hỏi:"


def other_years(parsed: ParsedQuestion) -> str:
    """The lead of a list whose asked year had no match: the other years' documents."""
    years = years_text(parsed.years, parsed.language)
    if parsed.language == "en":
        kinds = _kinds(parsed, " or ")
        return f"No {kinds} of {years} match the question; these of other years do:\n"
    kinds = _kinds(parsed, " hoặc ")
    return f"Không có {kinds} năm {years} phù hợp với câu hỏi; các văn bản năm khác:\n"


def _filter_note(parsed: ParsedQuestion) -> str:
    if not (parsed.years or parsed.codes):
        return ""
    years = years_text(parsed.years, parsed.language)
    if parsed.language == "en":
        return f" (searched {_kinds(parsed, ', ')}" + (f" of {years}" if years else "") + ")"
    return f" (đã tìm {_kinds(parsed, ', ')}" + (f" năm {years}" if years else "") + ")"


def best_sentences(
    parsed: ParsedQuestion,
    hits: Sequence[Hit],
    vectors: VectorCache,
    *,
    bonus: Callable[[Sentence], float] | None = None,
    topic: str | None = None,
    words: str | None = None,
    word_weight: float = WORD_WEIGHT,
    from_chunks: int = FROM_CHUNKS,
    floor: float = SENTENCE_FLOOR,
    cells: bool = False,
) -> list[tuple[float, Sentence]]:
    """The sentences of the top chunks closest to the question, best first.

    A sentence counts when its similarity is above ``SENTENCE_FLOOR`` and, for a
    Vietnamese question, it shares enough of the question's words (the embedder
    alone finds every Vietnamese sentence somewhat similar to any question).
    ``bonus`` adds to a counted sentence's score (``timely``: the asked period's report);
    ``topic``: the question's words to match sentences on, if not all of them; ``words``:
    those whose share counts (``word_weight``), if not the gloss's or topic's;
    ``from_chunks``: how many of the top chunks the sentences come from; ``floor``: the
    similarity below which a sentence does not count; ``cells``: a table's figures are
    read cell by cell (``passages.sentences``).
    """
    pool = [s for h in hits[:from_chunks] for s in sentences(h.chunk, cells=cells)]
    pool = list({(s.chunk.source, s.start): s for s in pool}.values())
    if not pool:
        return []
    sims = vectors.passages([s.text for s in pool]) @ vectors.question(topic or parsed.clean)
    # An English question's words are counted in its Vietnamese gloss (as in search).
    asked = content_words(words or parsed.gloss or topic or parsed.clean)
    scored = []
    for sim, s in zip(sims, pool, strict=True):
        share = len(asked & content_words(s.text)) / len(asked) if asked else 0.0
        if sim < floor or (parsed.language == "vi" and share < MIN_SHARE):
            continue
        extra = bonus(s) if bonus else 0.0
        scored.append((float(sim) + word_weight * share + extra, s))
    scored.sort(key=lambda t: -t[0])
    return scored[:MAX_SENTENCES]


def sentence_answer(
    parsed: ParsedQuestion,
    found: Sequence[tuple[float, Sentence]],
    *,
    note: Callable[[str], str] | None = None,
    name: Callable[[str], str] | None = None,
    caveat: Callable[[Sentence], str] | None = None,
) -> str:
    """The best supporting sentences, quoted, each with its document, source and location.

    ``note`` gives, for a source file, what follows its location (``standing.source_noter``:
    that its document was replaced, and by what); ``name``, the document whose own file it
    is ("Báo cáo số 310/BC-SKHCN ngày 12/12/2023"), "" for none; ``caveat``, what follows
    a sentence ("[số liệu kỳ khác: năm 2022]"). A sentence's line breaks (a PDF's page
    or line) are shown as spaces.
    """
    if not found:
        return NOTHING[parsed.language]
    if parsed.language == "en":
        lines = ["The archive says (quoted in Vietnamese):"]
    else:
        lines = ["Theo kho tài liệu:"]
    for i, (_, s) in enumerate(found, start=1):
        status = note(s.chunk.source) if note else ""
        status += caveat(s) if caveat else ""
        document = name(s.chunk.source) if name else ""
        where = f"{document}; " if document else ""
        quote = " ".join(s.text.split())
        lines.append(f"{i}. «{quote}» ({where}{s.chunk.source}, {s.locator}){status}")
    return "\n".join(lines)
