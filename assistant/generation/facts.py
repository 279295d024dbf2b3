"""Fact questions: one value a document states inside it, not a list of documents and not a
period's figure — a deadline ("gửi báo cáo về Văn phòng Sở trước ngày nào"), who signed it,
the day it was issued, takes effect or ends, who leads a task, a place, a time limit.

The answer is the sentence that states the value, quoted from the document the question
describes (named by its number, or found as a list question would find it), or from the
passages search ranks first; for a signer, the document's signature block.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.archive.lives import Lives
from assistant.archive.validity import ENDING, vn_date
from assistant.citations import RegistryEntry
from assistant.citations.normalize import fold
from assistant.generation.extractive import document_name
from assistant.generation.fit import signature_blocks
from assistant.generation.passages import ChunkMap, Sentence, VectorCache, content_words
from assistant.retrieval.query import ParsedQuestion

# The kinds of value asked.
SIGNER = "signer"
EFFECT = "effect"
ENDS = "ends"
ISSUED = "issued"
DEADLINE = "deadline"
RESPONSIBLE = "responsible"
DURATION = "duration"
PLACE = "place"
DATE = "date"
# A rule's amount ("mức khoán điện thoại … là bao nhiêu", "what is the monthly allowance"),
# not a period's figure.
DETAIL = "detail"

_WHEN = (
    r"(?:ngay nao|hom nao|khi nao|bao gio|luc nao|thoi diem nao|thoi gian nao|ngay bao nhieu"
    r"|ngay may|mung may)"
)
# Each kind's asking words (folded), in the order they are read: the first that matches is the
# question's ("hết hiệu lực từ ngày nào" asks when it ends, not when it took effect).
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        SIGNER,
        re.compile(
            r"\b(?:ai|nguoi nao|lanh dao nao)\s+(?:da\s+|la\s+nguoi\s+)?(?:ky|ki)\b"
            r"|\bnguoi\s+(?:da\s+)?ky\b[^?]*\b(?:la\s+ai|ten\s+(?:la\s+)?gi|nao)\b"
            r"|\b(?:do|boi)\s+ai\s+(?:ky|ki)\b|\b(?:ky|ki)\s+(?:boi|do)\s+ai\b"
            r"|\bai\s+(?:la\s+)?(?:nguoi\s+)?(?:ky|ki)\b"
            r"|\bwho\s+(?:has\s+|had\s+)?(?:signed|signs|sign)\b|\bsigned\s+by\s+whom\b"
            r"|\b(?:the\s+)?(?:signatory|signer)\s+of\b|\bwho\s+(?:is|was)\s+the\s+(?:signatory|signer)\b"
        ),
    ),
    (
        ENDS,
        re.compile(
            rf"\bhet\s+(?:hieu luc|han|thoi han)\s+(?:tu\s+|vao\s+|ke tu\s+)?{_WHEN}"
            r"|\b(?:gia han|keo dai|thi diem|ap dung|con hieu luc)\b[^?]*"
            rf"\b(?:den|toi)\s+(?:het\s+)?{_WHEN}"
            r"|\buntil\s+when\b|\b(?:expire|expires|expired|lapse|lapses)\b"
            r"|\bextended\s+(?:to|until|till)\s+(?:when|what date)\b"
        ),
    ),
    (
        EFFECT,
        re.compile(
            rf"\bhieu luc\s+(?:thi hanh\s+)?(?:ke\s+|tinh\s+)?(?:tu|vao)\s+{_WHEN}"
            rf"|\b(?:co|bat dau co|phat sinh)\s+hieu luc\s+(?:thi hanh\s+)?(?:tu\s+|vao\s+)?{_WHEN}"
            rf"|\b(?:ap dung|thi hanh|thuc hien)\s+(?:ke\s+)?tu\s+{_WHEN}"
            r"|\b(?:take|takes|took|taken|come|comes|came|go|goes|went)\s+into\s+(?:effect|force)\b"
            r"|\b(?:take|takes|took|taken)\s+effect\b"
            r"|\beffective\s+(?:from|date|on|as of)\b|\bin\s+(?:effect|force)\s+from\s+when\b"
            r"|\bfrom\s+(?:what|which)\s+(?:date|day)\b"
        ),
    ),
    (
        ISSUED,
        re.compile(
            rf"\b(?:duoc\s+)?(?:ky|ki|ban hanh|phat hanh)\s+(?:vao\s+|ngay\s+)?{_WHEN}"
            r"|\bngay\s+(?:ky|ban hanh)\b[^?]*\b(?:la\s+)?(?:ngay\s+)?(?:nao|bao nhieu|gi)\b"
            r"|\bwhen\s+(?:was|were|did)\b[^?]*\b(?:issued|signed|adopted|issue|sign)\b"
            r"|\b(?:issue|issuing|signing)\s+date\b|\bdate\s+of\s+(?:issue|signing)\b"
            r"|\b(?:what|which)\s+(?:date|day)\b[^?]*\b(?:issued|signed)\b"
        ),
    ),
    (
        DEADLINE,
        re.compile(
            rf"\btruoc\s+{_WHEN}|\bcham nhat\s+(?:la\s+|vao\s+)?{_WHEN}"
            r"|\bhan\s+(?:chot|cuoi|nop|gui|bao cao|hoan thanh|dang ky)\b[^?]*"
            rf"\b(?:{_WHEN}|la\s+ngay)"
            rf"|\b(?:thoi han|han)\b[^?]*\b{_WHEN}"
            r"|\b(?:hoan thanh|nop|gui|bao cao|ban giao|dang ky|tra loi|phan hoi|khac phuc|gop y"
            r"|cho y kien|de xuat|cap nhat)\b[^?]*"
            rf"\b(?:truoc|trong|den|vao|cham nhat)\s+{_WHEN}"
            r"|\bdeadline\b|\bby\s+when\b|\bby\s+what\s+(?:date|day)\b|\bdue\s+(?:date|by)\b"
            r"|\bno\s+later\s+than\s+when\b"
            r"|\bwhen\s+(?:must|should|do|does|did|are|is|were|was)\b[^?]*\b(?:send|submit|report"
            r"|complete|finish|register|hand|reply|answer|fix|remedy)"
        ),
    ),
    (
        RESPONSIBLE,
        re.compile(
            r"\b(?:(?:don vi|co quan|phong|bo phan|to chuc|ca nhan)\s+nao|ai)\s+"
            r"(?:la\s+|se\s+|duoc\s+giao\s+)?(?:chu tri|chiu trach nhiem|phu trach|lam dau moi"
            r"|dau moi|tham muu|tiep nhan|lam truong|duoc giao)\b"
            r"|\b(?:chu tri|chiu trach nhiem|phu trach|dau moi|truong doan|to truong"
            r"|truong ban)\b[^?]*"
            r"\b(?:la\s+)?(?:don vi nao|co quan nao|phong nao|bo phan nao|ai)\b"
            r"|\b(?:giao|phan cong)\s+(?:cho\s+)?(?:ai|don vi nao|phong nao|co quan nao)\b"
            r"|\b(?:who|which\s+(?:unit|office|division|body|agency|department|team))\s+(?:is\s+|was\s+|will\s+)?"
            r"(?:leads?|led|in charge|responsible|carries|coordinates|receives|chairs|heads"
            r"|takes the lead)"
            r"|\bwho\s+(?:is|was)\s+(?:the\s+)?(?:head|leader|chair)\b"
        ),
    ),
    (
        DURATION,
        re.compile(
            r"\b(?:bao nhieu|may)\s+ngay(?:\s+lam viec)?\b|\btrong\s+bao lau\b|\bbao lau\b"
            r"|\bhow\s+(?:many\s+(?:working\s+)?days|long)\b"
        ),
    ),
    (
        PLACE,
        re.compile(
            r"\b(?:o dau|tai dau|dia diem\s+(?:nao|o dau|la gi|to chuc)|noi nao)\b"
            r"|\bdia chi\b[^?]*\b(?:nao|o dau|la gi|the nao)\b|\b(?:what|which)\s+address\b"
            r"|\bwhere\s+(?:is|was|will|are|were|do|does|did|to|can|should|must)\b"
        ),
    ),
    (DATE, re.compile(rf"\b{_WHEN}|\bwhen\b|\bwhat\s+(?:date|day)\b")),
    (
        DETAIL,
        re.compile(
            r"\bmuc\s+(?:khoan|chi|ho tro|phu cap|thu|phi|tien|thuong|dinh muc)\b[^?]*"
            r"\b(?:bao nhieu|la gi|the nao|nhu the nao)\b"
            r"|\bwhat\s+(?:is|was|are|were)\s+the\b[^?]*\b(?:allowance|fee|ceiling|norm|tariff)s?\b"
            # a team's size: "Tổ công tác … gồm mấy thành viên?"
            r"|\b(?:gom|co)\s+(?:may|bao nhieu|bao nhiu)\s+(?:thanh vien|nguoi|can bo|cong chuc)\b"
            r"|\bhow\s+many\s+members\b"
        ),
    ),
)

# The words that ask for the value, not for the document (folded): "ai ký", "có hiệu lực từ
# ngày nào", "who signed" — read as a list question's, they would ask for signed documents
# or for documents of that day.
_ASKING = re.compile(
    r"\b(?:ai|nguoi nao|lanh dao nao)\s+(?:da\s+|la\s+nguoi\s+)?(?:ky|ki)\b"
    r"|\bnguoi\s+(?:da\s+)?ky\b|\b(?:do|boi)\s+ai\s+ky\b|\bky\s+(?:boi|do)\s+ai\b|\bla\s+ai\b"
    rf"|\b(?:co|bat dau co)?\s*hieu luc\s+(?:thi hanh\s+)?(?:ke\s+|tinh\s+)?(?:tu|vao)\s+{_WHEN}"
    rf"|\b(?:duoc\s+)?(?:ky|ki|ban hanh)\s+(?:vao\s+)?(?:ngay\s+)?{_WHEN}"
    rf"|\bhet\s+(?:hieu luc|han)\s+(?:tu\s+|vao\s+)?{_WHEN}|\b(?:den|toi)\s+(?:het\s+)?{_WHEN}"
    r"|\bwho\s+(?:has\s+|had\s+)?(?:signed|signs)\b|\bsigned\s+by\s+whom\b"
    r"|\bwhen\s+(?:does|did|will|do)\b"
    r"|\b(?:take|takes|took|come|comes|came)\s+(?:into\s+)?(?:effect|force)\b"
    r"|\bwhen\s+(?:was|were)\b|\b(?:issued|signed)\s*\?"
)


# "báo cáo" / "report" as what must be done by the day ("phải báo cáo Sở Tư pháp trước ngày
# nào", "must the inspectorate report … by when"), not as the type of the document (folded).
_REPORT_VERB = re.compile(
    r"\b(?:must|should|shall|to|phai|can|se|de|yeu cau|de nghi)\s+(?:\w+\s+){0,2}?"
    r"(?:report|bao cao)\b"
)


def reports_as_verb(clean: str) -> bool:
    """Whether a question says "báo cáo" / "report" as what is to be done."""
    return _REPORT_VERB.search(fold(clean)) is not None


def without_asking(clean: str) -> str:
    """``clean`` without the words asking for the value (``_ASKING``), to find the document
    it describes as a list question would ("Ai ký quyết định phê duyệt Chỉ số CCHC năm
    2025" describes the decision, not what was signed in 2025); as typed when folding
    changes its length."""
    folded = fold(clean)
    if len(folded) != len(clean):
        return clean
    out = clean
    for m in reversed(list(_ASKING.finditer(folded))):
        out = out[: m.start()] + " " + out[m.end() :]
    return " ".join(out.split()) or clean


# A question asking for documents ("văn bản nào …", "những QĐ nào", "which decisions"): a
# list question, whatever value it names (folded).
_ASKS_DOCUMENTS = re.compile(
    r"\b(?:van ban|quyet dinh|ke hoach|cong van|bao cao|to trinh|thong bao|chi thi|qd|kh|cv|bc"
    r"|tb|ttr|vb|quy che|quy dinh|quy trinh|chuong trinh|de an|danh muc|nghi dinh|thong tu"
    r"|nghi quyet)\s+(?:\w+\s+)?(?:nao|gi|so may|so bao nhieu)\b"
    # "được thay bằng …", "bị bãi bỏ bởi …": the acting document's ("…, từ ngày nào" with it)
    r"|\b(?:thay|thay the|bai bo|sua doi|bo sung|huy bo)\s+(?:bang|boi)\b"
    # "Quy định về … nằm ở đâu?", "được quy định tại đâu": where it is written, a document
    r"|\bnam\s+(?:o|tai)\s+dau\b|\bquy dinh\s+(?:o|tai)\s+dau\b|\bo\s+van ban\s+nao\b"
    r"|\bnhung\s+(?:van ban|quyet dinh|ke hoach|cong van|bao cao|qd|kh|cv|bc)\b"
    r"|\bcac\s+(?:van ban|quyet dinh|ke hoach|cong van|bao cao)\b[^?]*\bnao\b"
    r"|\b(?:which|what)\s+(?:\w+\s+)?(?:documents?|decisions?|plans?|letters?|reports?"
    r"|dispatch(?:es)?)\b"
    r"|\b(?:list|liet ke|danh sach)\b"
)
# A figure of a period ("bao nhiêu hồ sơ", "tỷ lệ … bao nhiêu"): ``timely``'s, not a fact's.
_FIGURE = re.compile(
    r"\bbao nhieu\b(?!\s+ngay)|\bty le\b|\bhow\s+(?:many|much)\b(?!\s+(?:working\s+)?days)"
)


def asked_fact(clean: str) -> str | None:
    """The kind of value a question asks a document for (``SIGNER`` … ``DATE``), None when
    it asks for documents or a period's figure, or no value at all."""
    folded = " ".join(fold(clean).split())
    if _ASKS_DOCUMENTS.search(folded):
        return None
    for kind, pattern in _KINDS:
        if pattern.search(folded):
            if kind not in (SIGNER, DURATION, DETAIL) and _FIGURE.search(folded):
                # ("bao nhiêu hồ sơ … trước hạn", "tỷ lệ … tính đến ngày nào": a count)
                return None
            return kind
    return None


# What a sentence must hold to state each kind's value.
_DAY = (
    r"(?:\d{1,2}/\d{1,2}(?:/\d{4})?|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?"
    r"|tháng\s+\d{1,2}(?:/|\s+năm\s+)\d{4}|quý\s+[IV]+)"
)
# (a document's effect may be told by its signing: "có hiệu lực kể từ ngày ký")
_EFFECT_DAY = rf"(?:{_DAY}|ngày\s+ký)"
_HOLDS: dict[str, re.Pattern[str]] = {
    EFFECT: re.compile(rf"hiệu lực[^.;]*?{_EFFECT_DAY}", re.I),
    ENDS: re.compile(rf"(?:đến|tới|hết hiệu lực|hết hạn|gia hạn)[^.;]*?{_DAY}", re.I),
    DEADLINE: re.compile(_DAY, re.I),
    DATE: re.compile(_DAY, re.I),
    RESPONSIBLE: re.compile(
        r"\b(?:Phòng|Văn phòng|Thanh tra|Trung tâm|Chi cục|Bộ phận|Tổ|Đoàn|Ban|Sở|UBND|Ủy ban"
        r"|Hội đồng|Trưởng|Phó|Ông|Bà|Đồng chí)\b"
    ),
    DURATION: re.compile(r"\b\d+\s+(?:ngày|tháng|giờ|tuần|năm)\b", re.I),
    # (an amount, not a year: "750.000 đồng/người/tháng", "02 lần", "30%")
    DETAIL: re.compile(
        r"\b\d{1,3}(?:[.,]\d{3})+\b|\b\d+(?:,\d+)?\s*(?:đồng|triệu|tỷ|nghìn|%|người|lần|giờ"
        r"|ngày|tháng|km|m2|m²|gian|thành viên|suất|cán bộ|công chức)",
        re.I,
    ),
    PLACE: re.compile(r"\b(?:tại|ở|địa điểm|địa chỉ|đặt tại|số \d+)\s*\S", re.I),
}
# Words that say a sentence states the kind's value (as typed): a bonus, and for the kinds of
# ``_CUE_NEEDED`` what the sentences must hold when some hold it.
_CUES: dict[str, re.Pattern[str]] = {
    DEADLINE: re.compile(r"\btrước ngày\b|\bchậm nhất\b|\bhạn\b|\btrước\b|\bhoàn thành\b", re.I),
    RESPONSIBLE: re.compile(
        r"\bchủ trì\b|\bchịu trách nhiệm\b|\bphụ trách\b|\bđầu mối\b|\bgiao\b|\btham mưu\b"
        r"|\btiếp nhận\b|\bTrưởng đoàn\b|\bTổ trưởng\b|\bTrưởng ban\b",
        re.I,
    ),
    ENDS: re.compile(r"\bgia hạn\b|\bhết hiệu lực\b|\bđến hết ngày\b|\bthời hạn\b", re.I),
    EFFECT: re.compile(r"\bcó hiệu lực\b", re.I),
    DURATION: re.compile(r"\bthời hạn\b|\btrong\b|\bkhông quá\b", re.I),
    PLACE: re.compile(
        r"\bđịa chỉ\b|\btrụ sở\b|\bđặt tại\b|\bsố \d+[A-Z]?,?\s+(?:đường|phố)\b"
        r"|\bđường\s+[A-ZĐ]",
        re.I,
    ),
}
# The kinds whose sentences without the cue go when some have it.
_CUE_NEEDED = (DEADLINE, RESPONSIBLE, PLACE, EFFECT)
# A line that holds a day or a unit but states no value asked: a ground ("Căn cứ Kế hoạch số
# … ngày …"), the header's place and date ("Thuận Yên, ngày 15 tháng 4 năm 2025"), the
# closing clause every decision ends with ("… chịu trách nhiệm thi hành Quyết định này").
# The place-and-date line of a header ("Hòa An, ngày 10 tháng 5 năm 2023").
_DATE_LINE = re.compile(r"[^\n,]{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}")
_NO_VALUE = re.compile(
    rf"\bchịu trách nhiệm thi hành\b|^\s*(?:Căn cứ|Xét)\b|^\s*{_DATE_LINE.pattern}\s*$"
)
# How much a sentence of a document the question describes gains over a passage search
# found: its own file is where the value stands (the report retelling it is second).
DESCRIBED_BONUS = 0.08
# How much a sentence with the kind's cue gains ("trước ngày" for a deadline).
CUE_BONUS = 0.03
# How much the share of the question's words a sentence holds weighs.
WORD_WEIGHT = 0.06
# The sentences an answer quotes.
MAX_SENTENCES = 3


@dataclass(frozen=True)
class Scored:
    """A sentence stating the value, its score, and whether it is of a described document."""

    score: float
    sentence: Sentence
    described: bool


# A sentence telling what a later text changed: "… được sửa thành …", "Sửa đổi Điều 4 …
# như sau:" (as typed).
_CHANGE = re.compile(r"\bsửa thành\b|\bsửa đổi\b|\bthay thế\b|\bđính chính\b|\bbổ sung\b", re.I)
# (a corrected day of effect names the effect after the days: "tại Điều 2, "ngày 15/5/2024"
# được sửa thành "ngày 01/6/2024", do sai sót về thời điểm có hiệu lực")
_EFFECT_CHANGED = re.compile(rf"hiệu lực[^.;]*?{_EFFECT_DAY}|{_DAY}[^.;]*hiệu lực", re.I)


def changes_told(kind: str, told: Sequence[Sentence]) -> list[Sentence]:
    """The sentences of a later, amending or correcting text (``told``, in text order) that
    hold a value of ``kind`` where it says what it changed: in the sentence, or in the one
    before it ("Sửa đổi Điều 4 … như sau: "Điều 4." / "Thời hạn … không quá 07 ngày làm
    việc."")."""
    if kind in (SIGNER, ISSUED):
        return []
    out = []
    for i, s in enumerate(told):
        said = s.text if i == 0 else f"{told[i - 1].text} {s.text}"
        if _CHANGE.search(said) is None:
            continue
        if (kind == EFFECT and _EFFECT_CHANGED.search(s.text)) or (
            kind != EFFECT and holds_value(kind, s.text)
        ):
            out.append(s)
    return out


def holds_value(kind: str, text: str) -> bool:
    """Whether ``text`` states a value of ``kind``."""
    pattern = _HOLDS.get(kind)
    if pattern is not None and pattern.search(text) is None:
        return False
    # (whoever a sentence names, it names who leads only with a word for leading)
    return kind != RESPONSIBLE or _CUES[RESPONSIBLE].search(text) is not None


def rank_sentences(
    kind: str,
    parsed: ParsedQuestion,
    described: Sequence[Sentence],
    found: Sequence[Sentence],
    vectors: VectorCache,
    stale: frozenset[str] = frozenset(),
    later: Sequence[Sentence] = (),
) -> list[Scored]:
    """The sentences stating a value of ``kind``, best first: how alike they read to the
    question, the share of its words they hold, their cue, and whether they are of a
    document the question describes (``described``) or only found by search (``found``).
    Those of the files in ``stale`` (documents no longer in force when the question asks)
    come after the others: a rule's value is the rule in force's; those of ``later`` (what
    amended or corrected a described document says of the change) before them all."""
    seen: set[tuple[str, int]] = set()
    pool: list[tuple[Sentence, bool]] = []
    first = {(s.chunk.source, s.start) for s in later}
    for s, own in [
        *((s, True) for s in later),
        *((s, True) for s in described),
        *((s, False) for s in found),
    ]:
        key = (s.chunk.source, s.start)
        if key in seen or not holds_value(kind, s.text) or _NO_VALUE.search(s.text):
            continue
        seen.add(key)
        pool.append((s, own))
    if not pool:
        return []
    sims = vectors.passages([s.text for s, _ in pool]) @ vectors.question(parsed.clean)
    asked = content_words(parsed.gloss or parsed.clean)
    cue = _CUES.get(kind)
    scored = []
    for sim, (s, own) in zip(sims, pool, strict=True):
        share = len(asked & content_words(s.text)) / len(asked) if asked else 0.0
        score = float(sim) + WORD_WEIGHT * share
        score += DESCRIBED_BONUS if own else 0.0
        score += CUE_BONUS if cue is not None and cue.search(s.text) else 0.0
        scored.append(Scored(score, s, own))
    if cue is not None and kind in _CUE_NEEDED and any(cue.search(t.sentence.text) for t in scored):
        # of the sentences saying "trước ngày", "chủ trì", those: a ground's date or the
        # header's is no deadline
        scored = [t for t in scored if cue.search(t.sentence.text)]
    scored.sort(
        key=lambda t: (
            (t.sentence.chunk.source, t.sentence.start) not in first,
            t.sentence.chunk.source in stale,
            -t.score,
        )
    )
    return scored[:MAX_SENTENCES]


# A question asking of a suspension ("bị tạm dừng áp dụng đến hết ngày nào"), folded.
_SUSPENDED = re.compile(r"\b(?:tam dung|tam ngung|dinh chi|suspend(?:ed|s)?)\b")


_DRAFT = re.compile(r"\b(?:du thao|draft)\b")


def asks_draft(clean: str) -> bool:
    """Whether a question asks of a draft ("góp ý dự thảo …")."""
    return _DRAFT.search(fold(clean)) is not None


def asks_suspension(clean: str) -> bool:
    """Whether a question asks of a suspension."""
    return _SUSPENDED.search(fold(clean)) is not None


# Of the documents a question describes, how many have their sentences preferred.
DESCRIBED = 2
# How many of the chunks search ranks first are read for sentences.
FROM_CHUNKS = 6
_SIGNATURE_AT = {"vi": "chữ ký", "en": "signature"}
# A line of a signature block's titles: "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)".
_TITLE_LINE = re.compile(r"\s*(?:(?:KT|TL|TM|TUQ|Q)\.\s|\(?[Đđ]ã ký|[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,.]{3,}$)")
# The end of a file where its signature stands, and a signature read there on one line: the
# titles in capitals, then a name of two to five capitalised words.
TAIL_CHARS = 400
_NAME_WORD = r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]+"
_TAIL_SIGNATURE = re.compile(
    r"(?:(?:KT|TL|TM|TUQ|Q)\.\s+)?(?:[A-ZĐÀ-Ỹ]{2,}\s+){1,5}(?:\(?[Đđ]ã ký\)?\s+)?"
    rf"{_NAME_WORD}(?:\s+(?!Ghi chú|Nơi nhận){_NAME_WORD}){{1,4}}"
)
_SIGNED_DAY = re.compile(r"\bngày\s+ký\b", re.I)


def signer_points(entries: Sequence[RegistryEntry], chunks: ChunkMap, language: str) -> list[str]:
    """For each entry with a file: its signature block, quoted on one line, with its document
    and file ("«KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lê Thị Thu Trang» (Công văn số …; x.docx, chữ
    ký)"). The first block of the file is the document's own: a decision signs before the
    Quy chế it attaches."""
    points = []
    for e in entries:
        own = chunks.of_file(e)
        blocks = [b for c in own for b in signature_blocks(c.text)]
        if e.own_source is None or not own:
            continue
        if blocks:
            lines = blocks[0].splitlines()
            # (the block's lines from its first title: not the closing words above it)
            titled = next((i for i, line in enumerate(lines) if _TITLE_LINE.match(line)), 0)
            block = " ".join(" ".join(lines[titled:]).split())
        else:
            # a PDF's text may run the name on into a note after it ("Trần Minh Khang Ghi
            # chú: …"): the last title of the file's end and the capitalised words after it
            tail = " ".join(own[-1].text[-TAIL_CHARS:].split())
            found = list(_TAIL_SIGNATURE.finditer(tail))
            if not found:
                continue
            block = found[-1].group(0)
        points.append(f"«{block}» ({document_name(e)}; {e.own_source}, {_SIGNATURE_AT[language]})")
    return points


def issued_points(entries: Sequence[RegistryEntry], chunks: ChunkMap, language: str) -> list[str]:
    """For each dated entry: its number and date of issue, with the header's own place-and-date
    line quoted when its file has one."""
    points = []
    for e in entries:
        if not e.date or len(e.date) != 10:
            continue
        own = chunks.of_file(e)
        line = _DATE_LINE.search(own[0].text) if own else None
        quote = f" «{' '.join(line.group(0).split())}»" if line else ""
        where = f"{e.own_source}, header" if e.own_source else "registry"
        verb = "signed on" if language == "en" else "ký ngày"
        points.append(f"{document_name(e)}: {verb} {vn_date(e.date)}.{quote} ({where})")
    return points


def effect_points(entries: Sequence[RegistryEntry], lives: Lives, language: str) -> list[str]:
    """For each entry whose life says when it takes effect: the sentences that say so, each
    with its file and place; "kể từ ngày ký" followed by that day."""
    points = []
    for e in entries:
        life = lives.life(e)
        if life is None:
            continue
        for claim in life.effective_claims:
            quote = " ".join(str(claim.get("quote") or "").split())
            if not quote:
                continue
            signed = ""
            if _SIGNED_DAY.search(quote) and e.date and len(e.date) == 10:
                signed = f" — {'signed on' if language == 'en' else 'ký ngày'} {vn_date(e.date)}"
            where = f"{claim.get('source')}, {claim.get('locator')}".rstrip(", ")
            points.append(f"«{quote}»{signed} ({document_name(e)}; {where})")
    return points


def ends_points(
    entries: Sequence[RegistryEntry], lives: Lives, language: str, *, suspended: bool = False
) -> list[str]:
    """For each entry: what ended or suspended it, or set its last day, as the acting file
    says it, with the day; the suspensions first when the question asks of one
    (``suspended``)."""
    points = []
    for e in entries:
        life = lives.life(e)
        if life is None:
            continue
        # (the events that end a whole document, or stop it for a time)
        events = [ev for ev in life.events if ev.type in ENDING and not ev.scope]
        if suspended:
            # "bị tạm dừng áp dụng đến hết ngày nào": the suspension first
            events.sort(key=lambda ev: ev.type != "suspended")
        for ev in events:
            day = vn_date(ev.until or ev.date)
            quote = " ".join(str(ev.evidence.get("quote") or "").split())
            if not quote or not day:
                continue
            src = f"{ev.evidence.get('source')}, {ev.evidence.get('locator')}".rstrip(", ")
            by = f"{ev.by_kind} số {ev.by}" if ev.by_kind else ev.by
            if ev.type == "suspended":
                day = vn_date(ev.date)
                said = f"suspended from {day}" if language == "en" else f"tạm dừng từ {day}"
                if ev.lifted:
                    again = vn_date(ev.lifted)
                    said += f", in force again from {again}" if language == "en" else (
                        f", áp dụng lại từ {again}"
                    )
            elif ev.until:
                said = f"applies until {day}" if language == "en" else f"áp dụng đến hết {day}"
            else:
                said = f"not in force from {day}" if language == "en" else f"hết hiệu lực từ {day}"
            points.append(f"«{quote}» — {said} ({by}; {src})")
    return points


def changed_points(later: Sequence[RegistryEntry], changed: Sequence[Sentence]) -> list[str]:
    """The sentences of ``later`` texts telling what they changed, each with its document,
    file and place."""
    owners = {e.own_source: e for e in later if e.own_source}
    return [
        f"«{' '.join(s.text.split())}» ({document_name(owners[s.chunk.source])}; "
        f"{s.chunk.source}, {s.locator})"
        for s in changed
        if s.chunk.source in owners
    ]


def points_answer(points: Sequence[str], language: str) -> str:
    """The numbered points under the lead of an extractive answer."""
    lead = "The archive says:" if language == "en" else "Theo kho tài liệu:"
    return "\n".join([lead, *(f"{i}. {p}" for i, p in enumerate(points, start=1))])
