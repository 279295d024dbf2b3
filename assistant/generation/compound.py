"""Two-part list questions: "KH số hóa năm 2024 thực hiện KH nào, và sau đó được gia hạn
bằng văn bản nào?", "Chỉ thị nào làm Chỉ thị 08/CT-UBND hết hiệu lực, và Sở đã ra những văn
bản nào để thực hiện chỉ thị mới đó?".

Staff ask two things of one document in one line. The second part leaves its subject
unsaid ("…, căn cứ NĐ nào?") or points back ("nó", "QĐ ấy", "chỉ thị mới đó"): to the
document the first part is about (its *subject*), or to what the first part found (its
*answer*). ``split`` cuts the question in two; ``refers_to_answer`` says which the second
part means; ``second_question`` writes it as a question of its own, the document named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.retrieval.glossary import glossed_terms
from assistant.retrieval.query import ParsedQuestion, code_of_word, fold

# A word asking for a document or a thing (folded). "đâu" is left out: folded, it is "đầu"
# ("6 tháng đầu năm").
_ASKING = re.compile(r"\b(?:nao|gi|which|what)\b")
# Where a question turns to its second part (folded): "?" with more after it, ";", "và",
# "rồi", "sau đó", "về sau", ",".
_TURN = re.compile(
    r"\?\s+(?=\S)|;\s*|,?\s+(?:va|and)\s+(?:sau do\s+|ve sau\s+|roi\s+)?(?=\S)"
    r"|,\s*(?:(?:va\s+)?(?:sau do|ve sau|roi|tiep do|then)\s+)?"
)
# The document types a part can ask for or point back with (folded, as typed).
_TYPE = (
    r"(?:quyet dinh|qd|chi thi|ct|ke hoach|kh|cong van|cv|van ban|vb|to trinh|ttr|bao cao|bc"
    r"|nghi dinh|nd|thong bao|tb|quy che|decision|plan|letter|document|directive)"
)
_TYPE_ASKED = re.compile(rf"\b({_TYPE})\s+(?:\w+\s+)?(?:nao|gi)\b|\b(?:which|what)\s+({_TYPE})s?\b")
# Pointing back at a document of a type: "QĐ ấy", "chỉ thị mới đó", "that decision".
_BACK = re.compile(
    rf"\b(?:(?:cac|nhung)\s+)?({_TYPE})\s+(?:moi\s+)?(?:ay|do|nay|tren|vua roi)\b"
    rf"|\b(?:that|this|the new)\s+({_TYPE})\b"
)
# An item's tail pointing back at one listed before it ("viết theo KH đó", "thực hiện kế
# hoạch ấy"), folded.
_BACK_TAIL = re.compile(
    rf"\s+(?:(?:viet|lam|bam|thuc hien|trien khai)\s+)?theo\s+(?:(?:cac|nhung)\s+)?{_TYPE}"
    r"\s+(?:moi\s+)?(?:ay|do|nay|tren)\b.*$"
)
# A document named by its number ("88/TTr-SYT", "TTr 19"), folded.
_NUMBERED = re.compile(rf"\d+\s*/\s*[a-z]|\b{_TYPE}\s+(?:so\s+)?\d+\b")
# Pointing back without a type: "nó", "it".
_IT = re.compile(r"\b(?:no|it)\b")
# A second part told by another actor after the first ("sau đó Sở ra QĐ nào", "Sở triển khai
# bằng CV nào"): it follows from what the first part found.
_ACTOR = re.compile(
    r"^(?:(?:sau do|roi|tiep theo|ve sau|khi do)\s+)?(?:so|ubnd|uy ban|giam doc|chu tich"
    r"|van phong|trung tam|the department|the committee)\b"
)
# Carrying a document out: "triển khai", "thực hiện", "implement".
_CARRYING = re.compile(r"\b(?:trien khai|thuc hien|implement(?:ed)?|carr(?:y|ied) out)\b")
# The words that begin a first part's question about its subject, searched for backwards
# from its asking word (folded): what comes before the last of them is the subject.
_PREDICATE = re.compile(
    r"\b(?:thay cho|thay the|thay|thuc hien|trien khai|can cu|duoc|bi|la|lam theo|nam o"
    r"|hien|gio|con|ap dung|gui kem|replaced|amended|was|were|is|implements?|carries)\b"
)


# A second part asking only who did what the first asks of ("…, and by which decisions?",
# "and which decisions repealed them?", "và bằng văn bản nào"): no question of its own.
_ACTING_TAIL = re.compile(
    r"(?:by\s+)?(?:which|what|wich)(?:\s+\w+){0,2}?(?:\s+(?:replaced|repealed|amended|suspended"
    r"|superseded|annulled|ended|lifted|restored|reinstated|resumed"
    r"|did(?:\s+(?:it|so|that))?)\b|\s*(?:\?|$))"
    # ("và bằng văn bản nào", not "và sau đó được gia hạn bằng văn bản nào": another act)
    r"|(?:bang|boi)\s+(?:nhung\s+|cac\s+)?(?:van ban|vb|quyet dinh|qd)\s+nao\b"
    # what ended the suspension the first part asks of: "và VB nào cho tiếp tục thực hiện"
    r"|(?:van ban|vb|quyet dinh|qd)\s+nao\s+(?:da\s+)?(?:cho\s+)?(?:tiep tuc thuc hien|khoi phuc)\b"
)


@dataclass(frozen=True)
class Parts:
    """A two-part question: its parts as typed, and its folded second part."""

    first: str
    second: str
    # the second part carries the topic both share ("lắp ki-ốt …: KH nào đặt ra, các BC nào
    # theo dõi"): it is asked as it stands
    topical: bool = False

    @property
    def folded_second(self) -> str:
        return fold(self.second)


def split(clean: str) -> Parts | None:
    """The question's two parts, when each asks for something of its own; else None.

    The first turn with an asking word on both sides is the cut ("X thay cho QĐ nào, và Sở
    đã căn cứ vào nó ra QĐ nào"); a lead with no asking word ("Trong 6 tháng đầu năm 2024,
    Sở đã ban hành những quyết định nào") is no part."""
    folded = fold(clean)
    if len(folded) != len(clean):
        return None
    for m in _TURN.finditer(folded):
        left, right = folded[: m.start()], folded[m.end() :]
        if _ACTING_TAIL.match(right):
            continue  # "… suspended, and by which decisions?": one list, with those acting
        if _ASKING.search(left) and _ASKING.search(right) and _asks_document(left):
            first = clean[: m.start()].strip(" ,;:?")
            second = clean[m.end() :].strip(" ,;:?")
            colon = first.find(":")
            # (a document named before the colon is the subject, not a topic: "Tờ trình
            # 88/TTr-SYT …: UBND tỉnh đã ban hành QĐ nào theo tờ trình đó, rồi …")
            lead = folded[:colon]
            topical = colon > 0 and not _ASKING.search(lead) and not _NUMBERED.search(lead)
            if topical and not _BACK.search(fold(second)):
                # "lắp ki-ốt tự phục vụ …: KH nào đặt ra, các BC nào theo dõi tiến độ lắp":
                # the topic before the colon is both parts'
                return Parts(first, f"{first[:colon]}: {second}", topical=True)
            if first and second:
                return Parts(first, second)
    return None


def _asks_document(folded: str) -> bool:
    """Whether a part asks for documents ("QĐ nào", "which decision"), not for a fact ("làm
    việc giờ nào", "những việc gì")."""
    return bool(_TYPE_ASKED.search(folded))


def asked_type(part: str) -> str | None:
    """The type a part asks for ("qd" of "… thay cho QĐ nào"), folded as typed."""
    m = _TYPE_ASKED.search(fold(part))
    return (m.group(1) or m.group(2)) if m else None


def asked_code(part: str) -> str | None:
    """The type code a part asks for ("QĐ" of "… thay cho QĐ nào"); None for "văn bản"."""
    return _code(asked_type(part))


def refers_to_answer(parts: Parts, subject_code: str | None) -> bool:
    """Whether the second part is about what the first found, not about its subject.

    "…, và QĐ ấy thay cho QĐ nào" (the type the first part asked for), "chỉ thị mới đó",
    "sau đó Sở ra QĐ nào" (another actor acting on it), or any second part after a first
    about a proposal ("TTr 19 … kết quả là QĐ nào, thay các danh mục cũ nào": a proposal
    replaces nothing)."""
    second = parts.folded_second
    back = _BACK.search(second)
    if back:
        pointed = _code(back.group(1) or back.group(2))
        return pointed != subject_code or "moi" in back.group()
    if _IT.search(second):
        # "…, và Sở đã căn cứ vào nó ra QĐ nào": the one the first part is about
        return False
    if _ACTOR.search(second):
        return True
    return subject_code == "TTr"


def subject_phrase(first: str) -> str | None:
    """The words of the first part naming its subject ("Kế hoạch số hóa hồ sơ TTHC năm 2024
    của Sở Công Thương" of "… thực hiện KH nào"); None when it is the asked document itself
    ("Chỉ thị nào của Chủ tịch tỉnh làm …")."""
    folded = fold(first)
    asking = _TYPE_ASKED.search(folded)
    if asking is None:
        return None
    cut = None
    for m in _PREDICATE.finditer(folded, 0, asking.start()):
        cut = m.start()
    if cut is None or cut == 0:
        return None
    phrase = first[:cut].strip(" ,:;")
    # the asked document leads ("Chỉ thị nào … làm …"): no subject of its own
    if _ASKING.search(fold(phrase)):
        return None
    return phrase or None


def second_question(parts: Parts, named: str) -> str:
    """The second part as a question of its own, the document it means written out
    (``named``: "Quyết định số 14/CT-UBND"): in place of the word pointing back, else
    before it ("Kế hoạch số 3/KH-SCT sau đó được gia hạn bằng văn bản nào")."""
    folded = parts.folded_second
    for pattern in (_BACK, _IT):
        m = pattern.search(folded)
        if m:
            return f"{parts.second[: m.start()]}{named}{parts.second[m.end() :]}"
    if _ACTOR.search(folded):
        carrying = _CARRYING.search(folded)
        if carrying:
            # "Sở triển khai bằng CV nào": what carries it out
            end = carrying.end()
            return f"{parts.second[:end]} {named}{parts.second[end:]}"
        # "(sau đó) Sở ra QĐ nào" after "… duyệt bằng QĐ nào": what rests on it
        kind = _KIND_WORDS.get(asked_type(parts.second) or "", "văn bản")
        return f"Những {kind} nào căn cứ {named}"
    return f"{named} {parts.second}"


# The type codes of the abbreviations staff type (folded); full words by ``code_of_word``.
_ABBREVIATIONS = {
    "qd": "QĐ",
    "ct": "CT",
    "kh": "KH",
    "cv": "CV",
    "ttr": "TTr",
    "bc": "BC",
    "nd": "NĐ",
    "tb": "TB",
}


# The words a rewritten second part asks with ("Những quyết định nào căn cứ …").
_KIND_WORDS = {
    "quyet dinh": "quyết định",
    "qd": "quyết định",
    "decision": "quyết định",
    "ke hoach": "kế hoạch",
    "kh": "kế hoạch",
    "plan": "kế hoạch",
    "cong van": "công văn",
    "cv": "công văn",
    "letter": "công văn",
    "thong bao": "thông báo",
    "tb": "thông báo",
}


def _code(word: str | None) -> str | None:
    """The type code of a folded type word ("quyet dinh" → "QĐ"); None for "văn bản"."""
    return _ABBREVIATIONS.get(word or "") or code_of_word(word or "")


# --- questions listing the documents they ask for ----------------------------------------

# "Tài liệu kiểm chứng …: KH CCHC năm, KH kiểm tra, KH tuyên truyền và BC kết quả CCHC năm
# 2023 là những văn bản nào?", "quy chế làm việc, quy chế chi tiêu nội bộ, quy trình nội bộ
# giải quyết TTHC và quy định chức năng các phòng của Sở đang áp dụng theo những QĐ nào?":
# each listed document is a question of its own, asked in the question's words (folded).
_ENUM_TYPE = (
    r"(?:ke hoach|kh|bao cao|bc|quyet dinh|qd|quy che|quy trinh|quy dinh|danh muc|cong van"
    r"|cv|chi thi|de an|to trinh|ttr|thong bao)"
)
# ("kèm" joins a listed document only after a comma: "KH ban hành kèm QĐ" is one document)
_ENUM_SEP = re.compile(
    r"\s*[,;]\s*(?:(?:va|kem|cung|and|roi|sau do|then)\s+)?|\s+(?:va|cung|and)\s+"
)
# (a unit's functions or organisation named without its decision is one too, and a criterion
# of the index, "tiêu chí chuyển đổi số", names its evidence documents)
_ENUM_THING = (
    rf"(?:{_ENUM_TYPE}|chuc nang|co cau to chuc|he thong iso|iso|tieu chi|ban chi dao|bcd"
    r"|to cong tac)"
)
# "chức năng, nhiệm vụ (, quyền hạn)" names one thing: its commas cut no item
_ONE_THING_COMMA = re.compile(
    r"(?<=\bchuc nang),(?=\s+nhiem vu\b)|(?<=\bnhiem vu),(?=\s+quyen han\b)"
    # "chức năng, nhiệm vụ và cơ cấu tổ chức": the "và" too
    r"|(?:(?<=\bnhiem vu )|(?<=\bquyen han ))va(?= co cau to chuc\b)"
)
_ENUM_HEAD = re.compile(rf"(?:(?:cac|nhung|ban|ca)\s+)*{_ENUM_THING}\b")
# The first item inside its segment: the last document word outside brackets ("lúc đó quy
# chế một cửa (kể cả QĐ đính chính)", "gồm những VB nào (KH CCHC năm").
_ENUM_FIRST = re.compile(rf"\b{_ENUM_THING}\b")
_CLOSED = re.compile(r"\([^()]*\)")


def without_asides(text: str) -> str:
    """``text`` without what it says in brackets ("quy chế một cửa (kể cả QĐ đính chính)")."""
    return _CLOSED.sub(" ", text)

# Where the last item ends: the asking words, a bracket, a dash.
_ENUM_LAST = re.compile(
    r"(?<!\bchi)\s+(?:la|thi|dang|deu|gom|se|duoc|con|hien)\b|\s*[)?:]|\.\s|\s+[-—–]\s"
)
# Where what a listing question asks of each begins after its list (folded).
_ENUM_ASKING = re.compile(
    r"\b(?:dang|con|hien|la|co hieu luc|ap dung|thuc hien|theo|in force|applied|were|was|are"
    r"|is)\b"
)
_WHICH_OF_THEM = re.compile(r"\bnao\s+trong\s+(?:so|cac)\b|\bwhich\s+of\b")
MIN_ITEMS = 2
# Two documents listed are each named by more than its type and age ("KH CCHC năm 2022 …
# và các báo cáo năm 2022"; not "QĐ cũ và QĐ thay thế", one rule's two versions, nor "KH …
# và các BC thực hiện", a plan and what carries it out).
_PAIR_WORDS = 3
_VERSION_WORD = re.compile(
    r"\b(?:cu|moi|goc|dau tien|sau cung|hien hanh|thay the|sua doi|bai bo|truoc|sau"
    # "… và các BC thực hiện": the reports carrying the first out (``asked_carrying_out``)
    r"|thuc hien|trien khai)\s*$"
)
# Documents asked for by their numbers: "cho xin số, ký hiệu từng văn bản", "số hiệu".
# Evidence files asked for ("tài liệu kiểm chứng", "hồ sơ minh chứng") are documents too.
_NUMBERS_ASKED = re.compile(
    r"\bso(?:,)?\s+(?:ky\s+)?hieu\b|\bso\s+may\b|\bcho xin so\b"
    r"|\b(?:tai lieu|ho so)\s+(?:kiem|minh)\s+chung\b|\bevidence\b"
)


def asks_documents(parsed: ParsedQuestion) -> bool:
    """Whether a question asks for documents: a list, or their numbers."""
    return parsed.wants_list or bool(_NUMBERS_ASKED.search(fold(parsed.clean)))


@dataclass(frozen=True)
class Listed:
    """One document a listing question asks for: its words and the question asked of it
    (and, ``own``, without the words leading to the list: "Đoàn kiểm tra … ngày 25/6/2024:
    tại thời điểm kiểm tra, " would read as a topic of each)."""

    item: str
    question: str
    own: str = ""


# A rule or register an English question lists, as the glossary reads it: "working rules",
# "internal procedure", "spending rules" (``quy chế làm việc``, ``quy trình nội bộ``, ``quy chế
# chi tiêu nội bộ``); a term of its kind alone ("quy chế") names none.
_EN_RULE = re.compile(r"^(?:quy chế|quy trình|quy định|danh mục)\s+\S+\s+\S+")
_EN_RULE_OF = {"chi tiêu nội bộ": "quy chế chi tiêu nội bộ"}
# … asked of as in force now: "currently", "now", "in force", "still".
_EN_NOW = re.compile(r"(?i)\b(?:currently|now|today|at present|in force|still)\b")


def enumerated_en(clean: str, language: str) -> list[Listed] | None:
    """The rules an English question lists one by one ("its working rules, internal procedure
    for procedures and spending rules on 15 January 2024"), two or more, each asked alone in
    Vietnamese: what held (``own``) and, without a day, what holds now; None when it lists
    fewer."""
    if language != "en":
        return None
    # ("working rules, internal spending and …": the spending rules, listed among rules)
    terms = [_EN_RULE_OF.get(t, t) for t in glossed_terms(clean)]
    items = [t for t in terms if _EN_RULE.match(t)]
    # (one term inside another is one rule: "chi tiêu nội bộ" of "quy chế chi tiêu nội bộ")
    items = [t for t in items if not any(t != u and t in u for u in items)]
    if len(items) < MIN_ITEMS:
        return None
    asked = "hiện hành là những quyết định nào?" if _EN_NOW.search(clean) else "là những QĐ nào?"
    return [
        Listed(item, f"{item} {asked}", f"{item} đang áp dụng theo những quyết định nào?")
        for item in items
    ]


# What a body does, asked as the rules it does it by (folded): "Sở làm việc, giải quyết TTHC
# và báo cáo số liệu CCHC theo những quyết định nào", "Ban … xử lý hồ sơ TTHC và ký số theo
# những quy chế, quy trình nào": each activity's rules.
_ACTIVITY_RULES = (
    (re.compile(r"\blam viec\b"), "quy chế làm việc"),
    (
        re.compile(
            r"\b(?:giai quyet|xu ly|tiep nhan)\s+(?:ho so\s+)?(?:tthc|thu tuc hanh chinh|ho so)\b"
        ),
        "quy trình nội bộ giải quyết thủ tục hành chính",
    ),
    (re.compile(r"\bky (?:so|dien tu)\b|\bchu ky so\b"), "quy chế chữ ký số"),
    (re.compile(r"\bchi tieu(?: noi bo)?\b"), "quy chế chi tiêu nội bộ"),
    (re.compile(r"\bbao cao(?: so lieu)?\b"), "chế độ báo cáo"),
)
_BY_RULES = re.compile(
    r"\s+(?:theo|bang|dua tren)\s+(?:nhung|cac)\s+(?:quy che|quy trinh|quyet dinh|qd|van ban|vb"
    r"|quy dinh)\b[^?]*?\bnao\b"
)


def enumerated_activities(clean: str) -> list[Listed] | None:
    """The rules a question asks for by what a body does under them, two or more
    (``_ACTIVITY_RULES``), each asked alone; None otherwise."""
    folded = fold(clean)
    m = _BY_RULES.search(folded)
    if m is None:
        return None
    # the activities: the words before "theo …", after the last clause break
    lead = folded[: m.start()]
    lead = lead[max(lead.rfind(":"), lead.rfind("?")) + 1 :]
    found = [rule for pattern, rule in _ACTIVITY_RULES if pattern.search(lead)]
    if len(found) < MIN_ITEMS:
        return None
    asked = [(rule, f"{rule} đang áp dụng theo những quyết định nào?") for rule in found]
    return [Listed(rule, question, question) for rule, question in asked]


# A part of a year a report is of, opening a listed segment (folded): "quý III", "6 tháng",
# "cả năm 2025", "năm 2025".
_ENUM_PART = re.compile(r"(?:ca\s+)?(?:quy\s+(?:[ivx]+|\d)\b|\d{1,2}\s+thang\b|nam\b)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# An aside listing parts of a year (folded): "(quý I, 6 tháng, 9 tháng, năm)".
_PART_WORD = r"(?:quy\s+(?:[ivx]+|\d)|(?:6|9|sau|chin)\s+thang(?:\s+dau\s+nam)?|ca\s+nam|nam)"
_PARTS_ASIDE = re.compile(rf"\(\s*{_PART_WORD}(?:\s*(?:,|va)\s*{_PART_WORD})*\s*\)")
# A listed report or plan up to the part of a year it is of: "các BC CCHC " of "các BC CCHC
# 6 tháng".
_REPORT_HEAD = re.compile(
    rf"(?:(?:cac|nhung|ca)\s+)?((?:bc|bao cao|kh|ke hoach)\b.*?)\s+{_ENUM_PART.pattern}"
)


def _shared_head(
    clean: str, folded: str, span: tuple[int, int], shared: dict[tuple[int, int], str]
) -> str:
    """The words a part of a year listed after ``span`` shares: its report's type and topic
    as typed; "" when ``span`` is no report or plan of a part of a year."""
    if span in shared:
        return shared[span]
    m = _REPORT_HEAD.match(folded, *span)
    return f"{clean[m.start(1) : m.end(1)]} " if m else ""


def _pair(folded: str, best: list[tuple[int, int]]) -> bool:
    """Whether two segments are two documents listed, as staff type them without asking
    ("KH CCHC năm 2022 của Sở và các báo cáo năm 2022", "KH CCHC 2025 của Sở, rồi các báo
    cáo trong năm 2025"): joined by "và" (or "rồi", "sau đó"), each named by more
    than its type and age, and nothing asked ("… và QĐ áp dụng từ tháng 3/2025, là những QĐ
    nào", "QĐ nào, và QĐ ấy thay cho QĐ nào": asked parts, ``split``)."""
    between = folded[best[0][1] : best[1][0]]
    return (
        re.search(r"\b(?:va|and|roi|sau do|then)\b", between) is not None
        and not _ASKING.search(folded)
        and all(
            len(folded[x:y].split()) >= _PAIR_WORDS
            and not _VERSION_WORD.search(folded[x:y])
            and not _CARRYING_ITEM.match(folded[x:y])
            for x, y in best
        )
    )


# Documents of a type told by what they carry out, no document of their own: "báo cáo thực
# hiện KH 170/KH-STTTT" of "các kế hoạch và báo cáo thực hiện KH 170/KH-STTTT" (folded).
_CARRYING_ITEM = re.compile(
    r"\s*(?:cac\s+|nhung\s+)?(?:bao cao|bc|ke hoach|kh|van ban|vb|quyet dinh|qd|cong van|cv)"
    r"\s+(?:ket qua\s+)?(?:thuc hien|trien khai)\b"
)


def enumerated(clean: str) -> list[Listed] | None:
    """The documents a question lists one by one (three or more), each asked alone; None when
    it lists none."""
    folded = fold(clean)
    if len(folded) != len(clean):
        return None
    folded = _ONE_THING_COMMA.sub(lambda m: " " * len(m.group()), folded)
    # (the parts of a year an aside in brackets lists are said of one item: "các báo cáo
    # trong năm 2025 (quý I, 6 tháng, 9 tháng, năm)" are the year's reports; not the documents
    # it lists: "những VB nào (KH CCHC năm, KH kiểm tra, …)")
    unbracketed = _CLOSED.sub(
        lambda m: (
            "(" + " " * (len(m.group()) - 2) + ")"
            if _PARTS_ASIDE.fullmatch(m.group())
            else m.group()
        ),
        folded,
    )
    cuts = [(m.start(), m.end()) for m in _ENUM_SEP.finditer(unbracketed)]
    bounds = [0, *(e for _, e in cuts)]
    ends = [*(s for s, _ in cuts), len(folded)]
    segments = list(zip(bounds, ends, strict=True))
    best: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    # a part of a year after a report listed shares its words ("các BC CCHC 6 tháng, quý III
    # và cả năm 2025": the BC CCHC quý III, the BC CCHC cả năm): what it is said after
    shared: dict[tuple[int, int], str] = {}
    for a, b in segments:
        part = _ENUM_PART.match(folded, a, b)
        if _ENUM_HEAD.match(folded, a, b):
            run.append((a, b))
        elif part and run and _shared_head(clean, folded, run[-1], shared):
            shared[(a, b)] = _shared_head(clean, folded, run[-1], shared)
            run.append((a, b))
        else:
            bare = _CLOSED.sub(lambda m: " " * len(m.group()), folded[:b])
            first = list(_ENUM_FIRST.finditer(bare, a, b))
            run = [(first[-1].start(), b)] if first else []
        if len(run) > len(best):
            best = list(run)
    if (
        len(best) < MIN_ITEMS
        or _WHICH_OF_THEM.search(folded)
        # a type word alone is no document asked for ("tính cả KH … và QĐ")
        or any(len(folded[a:b].split()) < 2 for a, b in best)
        or (len(best) == 2 and not _pair(folded, best))
    ):
        # "… những VB nào trong số đó bị thay thế": the documents listed are the ones asked
        # of, not what is asked for
        return None
    start = best[0][0]
    # "Quy chế chi tiêu nội bộ: QĐ ban hành ban đầu, QĐ bãi bỏ một điều và QĐ thay thế": what
    # stands before the colon is what each is of
    colon = folded.find(": ", start, best[0][1])
    if colon >= 0 and _ENUM_FIRST.search(folded, colon, best[0][1]):
        start = colon + 2
        best[0] = (start, best[0][1])
    a, b = best[-1]
    end = b
    for last in _ENUM_LAST.finditer(folded, a, b):
        said = folded[a : last.start()]
        if said.count("(") > said.count(")"):
            continue  # inside the item's own aside: "KH chuyển đổi số (kể cả CV gia hạn)"
        end = last.start()
        break
    if (a, b) in shared:
        shared[(a, end)] = shared[(a, b)]
    best[-1] = (a, end)
    # what is asked of each, without what the list runs on into ("… quy chế Bộ phận Một cửa
    # và tiếp nhận hồ sơ trực tuyến đang có hiệu lực?")
    asking = _ENUM_ASKING.search(folded, end)
    rest = clean[asking.start() :] if asking else clean[end:]
    # a part of a year listed without its year is of the one year the question names
    years = sorted(set(_YEAR.findall(folded)))
    out = []
    for a, b in best:
        item = shared.get((a, b), "") + clean[a:b].strip(" ,;")
        asked = item
        if len(years) == 1 and _ENUM_PART.search(fold(item)) and not _YEAR.search(item):
            asked = f"{item} năm {years[0]}"
        back = _BACK_TAIL.search(fold(asked))
        if back and back.start() > 0:
            # "…, rồi các báo cáo trong năm 2025 viết theo KH đó": the plan listed before
            # is no type this one asks
            asked = asked[: back.start()]
        out.append(Listed(item, f"{clean[:start]}{asked}{clean[end:]}", f"{asked} {rest.lstrip()}"))
    return out

