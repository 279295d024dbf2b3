"""Question understanding: years, periods, document types, instruments, numbers and intent.

``parse_question("Những quyết định nào sắp xếp tổ chức Sở năm 2021?")`` gives
years (2021,), codes ("QĐ",), a list intent and the Vietnamese language. What a
question's words imply (its years, period, types, instrument, area) ranks documents and
never removes one: only the filters a user sets (UI dropdowns, CLI ``--year``/``--type``:
``filter_years``/``filter_codes``) exclude. A period ("giai đoạn 2021 - 2025") is not
issue years; "quy chế nào" asks for the decision that issues a Quy chế.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace

from assistant.archive.periods import EN_MONTHS, Period, period_of
from assistant.ingest.legacy import is_syllable
from assistant.retrieval.glossary import gloss, legal_terms

# Type words (folded: no diacritics, lower case, đ→d) → type code of Phụ lục III.
# "CV" stands for công văn, which has no code of its own.
_TYPE_WORDS: dict[str, str] = {
    "quyet dinh": "QĐ",
    "ke hoach": "KH",
    "cong van": "CV",
    "to trinh": "TTr",
    "bao cao": "BC",
    "thong bao": "TB",
    "nghi dinh": "NĐ",
    "thong tu": "TT",
    "chi thi": "CT",
    "nghi quyet": "NQ",
    "chuong trinh": "CTr",
    "huong dan": "HD",
    "decision": "QĐ",
    "decisions": "QĐ",
    "decide": "QĐ",
    "decided": "QĐ",
    "plan": "KH",
    "plans": "KH",
    "official letter": "CV",
    "official letters": "CV",
    "letter": "CV",
    "letters": "CV",
    "dispatch": "CV",
    "dispatches": "CV",
    "proposal": "TTr",
    "proposals": "TTr",
    "submission": "TTr",
    "submissions": "TTr",
    "report": "BC",
    "reports": "BC",
    "notice": "TB",
    "notices": "TB",
    "announcement": "TB",
    "decree": "NĐ",
    "decrees": "NĐ",
    "circular": "TT",
    "circulars": "TT",
    "directive": "CT",
    "directives": "CT",
    "resolution": "NQ",
    "resolutions": "NQ",
    "programme": "CTr",
    "program": "CTr",
    "programmes": "CTr",
    "programs": "CTr",
}
# Instruments a decision issues or approves (``archive.instruments``), as people ask for
# them: "quy chế nào" wants the Quyết định that issues it, and a Quy chế with its own
# number. "Kế hoạch" is both a type of its own and an instrument decisions approve. English
# "rules", "regulation" name a Quy chế or a Quy định alike (``_ENGLISH_RULES``).
_INSTRUMENT_WORDS: dict[str, str] = {
    "quy che": "Quy chế",
    "de an": "Đề án",
    "phuong an": "Phương án",
    "ke hoach": "Kế hoạch",
    "regulation": "Quy chế",
    "regulations": "Quy chế",
    "rules": "Quy chế",
    "scheme": "Đề án",
    "project": "Đề án",
    "plan": "Kế hoạch",
    "plans": "Kế hoạch",
    "internal procedure": "Quy trình",
    "internal procedures": "Quy trình",
}
_ENGLISH_RULES = frozenset({"regulation", "regulations", "rules"})
_INSTRUMENT_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _INSTRUMENT_WORDS), key=len, reverse=True)) + r")\b"
)
# "hiện nay", "đang áp dụng", "in force": the document now in force is wanted first.
_CURRENT_RE = re.compile(
    r"\b(hien nay|hien hanh|hien tai|dang ap dung|dang co hieu luc|con hieu luc|dang thuc hien"
    r"|dang dung|dang su dung|(?:dang )?(?:con|van) (?:dung|ap dung|su dung)|currently|current"
    r"|in force|now|today|presently|in use)\b"
)
# (not a person: "hướng dẫn viên" is a tour guide, no Hướng dẫn)
_TYPE_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _TYPE_WORDS), key=len, reverse=True)) + r")\b"
    r"(?!\s+vien\b)"
)
# Bodies whose name holds a type word (folded): "Sở / Bộ Kế hoạch và Đầu tư", "Phòng Kế hoạch
# - Tài chính", "the Department of Planning and Investment"; files submitted online ("online
# submissions", "the online-submission rate"), no Tờ trình; a suspension ("đình chỉ thi hành").
_UNIT_NAMES_RE = re.compile(
    r"\bke hoach\s*(?:va|&|-|–)\s*(?:dau tu|tai chinh)\b|\bplanning and investment\b"
    r"|\bonline[\s-]+submissions?\b|\bsubmissions?\s+(?:made\s+)?online\b"
    # a suspension, "đình chỉ (việc) thi hành", no Chỉ thị
    r"|\bdinh chi (?:viec )?thi hanh\b"
)
# Reporting as the topic of a rule asked for by another type ("VB nào quy định mốc chốt số
# liệu báo cáo năm", "QĐ nào quy định chế độ báo cáo"): no report asked (folded).
_REPORTING_TOPIC = re.compile(r"\b(?:so lieu|che do|ky|thoi diem|thoi han|moc) bao cao\b")
# Reports as what a letter asks for (folded): "đôn đốc báo cáo", "hướng dẫn báo cáo".
_OBJECT_REPORT_RE = re.compile(
    r"(\b(?:don doc|nhac nho|nhac|yeu cau|huong dan|de nghi gui|gui|nop|tong hop)"
    r"(?:\s+(?:thuc hien|viec|che do))?)\s+(?:bao cao|bc)\b"
)
_OTHER_TYPE_ASKED = re.compile(
    r"\b(?:van ban|quyet dinh|quy che|quy dinh)\s+nao\b"
    # "văn bản đính chính số liệu báo cáo CCHC quý I": documents of any type, first
    r"|^(?:(?:cac|nhung)\s+)?(?:van ban|vb)\b"
)
# A report word as the verb of "văn bản nào" (folded): "văn bản nào báo cáo số liệu chính
# thức năm 2025", "VB nào thông báo kết quả": what it did, any type.
_REPORTING_VERB = re.compile(r"\b(?:van ban|vb)\s+nao\s+(?:da\s+)?(?:bao cao|thong bao)\b")
# The decision a plan or rule comes with, named beside the type asked ("những KH nào …, tính
# cả KH ban hành kèm QĐ"): not a type asked, unless asked of ("Quy chế ban hành kèm QĐ nào").
_VEHICLE_RE = re.compile(
    r"\bkem(?: theo)? (?:cac |nhung |mot )?quyet dinh\b(?![^,.;:?()]{0,30}\b(?:nao|gi|may)\b)"
)
# A year of the documents' era, not a count like "1753".
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
# "giai đoạn 2021 - 2025", "2016-2020", "from 2019 to 2021", "từ năm 2019 đến năm 2021".
_RANGE_RE = re.compile(rf"\b({_YEAR})\s*(?:-|–|—|to|den|den nam|toi)\s*(?:nam\s+)?({_YEAR})\b")
# Years of issue as a stretch: "từ năm 2021 đến năm 2023", "from 2022 to 2023", "between 2022
# and 2023", "từ 2021 đến nay", "since 2022" — the documents issued then, not a period a
# plan concerns ("giai đoạn 2021 - 2025", which stays a period).
_ISSUED_RANGE_RE = re.compile(
    rf"(?:(?<!giai doan )\b(?:tu|from|between)"
    # "ban hành trong giai đoạn 2022 - 2023": when they were issued, not a plan's period
    r"|(?<=\bban hanh )(?:trong\s+)?giai doan|(?<=\bky )(?:trong\s+)?giai doan"
    r"|(?<=\bissued )(?:in\s+|during\s+)?the period)"
    rf"\s+(?:(?:nam|thang\s+\d{{1,2}}\s*(?:/|nam))\s*)?"
    rf"({_YEAR})\s*(?:-|–|—|\s(?:den|toi|to|and|va|until|through)\s)\s*(?:het\s+)?"
    rf"(?:(?:nam|thang\s+\d{{1,2}}\s*(?:/|nam))\s*)?({_YEAR})\b"
)
_ISSUED_SINCE_RE = re.compile(
    rf"(?<!giai doan )\b(?:tu|ke tu|since)\s+(?:dau\s+|the\s+(?:start|beginning)\s+of\s+)?"
    rf"(?:nam\s+)?({_YEAR})"
    r"(?:\s+(?:den|toi|to|until)\s+(?:nay|hien nay|hien tai|bay gio|now|date|today|the present))?"
    r"(?!\s*(?:-|–|—|den|toi|to|and|va|until|through)\s*(?:het\s+)?(?:nam\s+)?\d)"
    # in English "from 2024" alone is that year's ("documents from 2024"): onwards only said
    rf"|\bfrom\s+(?:the\s+(?:start|beginning)\s+of\s+)?({_YEAR})(?=\s+(?:on\b|onwards?\b"
    r"|forward\b|so far\b|(?:up\s+)?(?:to|until|till)\s+(?:now|date|today|the present|this day)\b))"
)
# The date a question asks as of: "đến hết tháng 6/2024", "tính đến ngày 30/6/2024", "đến hết
# năm 2023", "as of 30/6/2024".
_AS_OF_LEAD = r"\b(?:den het|tinh den|cho den het|cho den|den cuoi|as of|by the end of)\s+"
_AS_OF_DAY_RE = re.compile(
    _AS_OF_LEAD + rf"(?:ngay\s+)?(\d{{1,2}})\s*[/.\-]\s*(\d{{1,2}})\s*[/.\-]\s*({_YEAR})\b"
)
_AS_OF_MONTH_RE = re.compile(
    _AS_OF_LEAD + rf"(?:thang\s+)?(1[0-2]|0?[1-9])\s*(?:/|nam)\s*({_YEAR})\b"
)
_AS_OF_YEAR_RE = re.compile(_AS_OF_LEAD + rf"(?:nam\s+)?({_YEAR})\b")
# The last years of the archive: "hai năm gần đây", "3 năm qua", "the past two years".
_RECENT_RE = re.compile(
    r"\b(hai|ba|bon|nam|2|3|4|5)\s+nam\s+(?:gan day|qua|vua qua|gan nhat|tro lai day)\b"
    r"|\b(?:last|past|recent)\s+(two|three|four|five|2|3|4|5)\s+years\b"
)
# A year relative to now: "năm nay", "this year" (0); "năm ngoái", "năm trước", "năm vừa
# qua", "last year" (-1). Not "hai năm qua" (``_RECENT_RE``), nor "nam" of Việt Nam.
RELATIVE_RE = re.compile(
    r"(?<!viet )\b(?:(?P<now>nam nay|this year)|(?P<last>nam ngoai|nam truoc|nam vua qua"
    r"|last year|the previous year))\b"
)
_COUNTS = {"hai": 2, "ba": 3, "bon": 4, "nam": 5, "two": 2, "three": 3, "four": 4, "five": 5}
# A year that stands alone: "năm 2021", "in 2021", "2021?" — not inside a number or a date.
_YEAR_RE = re.compile(rf"(?<![\d/.\-])({_YEAR})(?![\d/\-])")
# Asking for a list of documents rather than a fact.
_DOCUMENT_WORDS = (
    "|".join(sorted(map(re.escape, {**_TYPE_WORDS, **_INSTRUMENT_WORDS}), key=len, reverse=True))
    + r"|van ban|documents?|paperwork|papers|giay to"
)
_LIST_RE = re.compile(
    # "ds" / "dsach": danh sách as typed in a hurry; "give me every plan …"
    r"\b(nhung|cac|liet ke|danh sach|dsach|ds|ke ten|which|what|list|all|every|show me|give me)"
    rf"\b.*\b({_DOCUMENT_WORDS})\b"
    # "… đã trải qua mấy QĐ … ? Kể tên.": the documents counted, then named
    rf"|\b(?:{_DOCUMENT_WORDS})\b.*\b(?:ke ten|liet ke)\W*$"
    # "… rules: what amended them and what is replacing them?": the documents that did it
    r"|\b(?:which|what)\b(?:\s+\w+){0,2}?\s+(?:later\s+)?(?:has\s+|have\s+|is\s+|are\s+)?"
    r"(?:changed|amended|modified|replaced|replacing|superseded|repealed)\s+(?:them|it)\b"
    # "Decisions signed by the department between April and June 2024?"
    r"|^(?:decisions|plans|official letters|letters|reports|proposals|notices|directives"
    r"|documents|regulations|circulars|decrees)\b"
    # "Sở có kế hoạch cấp phiếu lý lịch tư pháp bản điện tử không": whether it has any, and
    # which ("sở có quyết định nào … không" is matched below)
    rf"|\bco\s+(?:(?:da\s+)?(?:ban hanh|ky|xay dung|lap|gui)\s+)?(?:nhung\s+|cac\s+)?"
    rf"(?:{_DOCUMENT_WORDS})\b.*\b(?:khong|chua)\s*\??\s*$"
    # the grounds a document rests on: "… dựa trên những căn cứ nào", "có căn cứ pháp lý
    # nào", "what legal grounds …"
    r"|\b(?:nhung\s+|cac\s+)?can cu(?:\s+phap ly)?\s+nao\b"
    r"|\b(?:what|which)\s+(?:\w+\s+)?(?:grounds|bases|basis)\b"
    # asked for in English without "which": "Find the reports on …", "I need the plans for
    # 2023", "Are there any plans on digitising records?", "Could you pull up …"
    r"|\b(?:find|need|want|any|pull up|look(?:ing)? for|search for|retrieve|fetch|get me)\b"
    rf".*\b(?:{_DOCUMENT_WORDS})\b"
    # "… rules at the Thanh tra tỉnh — which ones were issued?"
    r"|\b(?:which|what)\s+ones\b"
    # "What was suspended in 2024?", "what has been replaced since the merger": the documents
    r"|\bwhat\s+(?:was|were|has been|have been|had been|got)\s+(?:\w+\s+)?(?:suspended|replaced"
    r"|superseded|repealed|annulled|revoked|amended|extended|ended|abolished|cancell?ed"
    r"|issued|signed|adopted|published)\b"
    # "Quy định về … nằm ở đâu / ở văn bản nào": the document holding a rule
    r"|\bquy dinh\b.*\b(?:nam|duoc quy dinh|quy dinh)\s+(?:o|tai)\s+(?:dau|van ban nao)\b"
    r"|\b(van ban|quyet dinh|ke hoach|cong van|to trinh|thong bao|bao cao|nghi dinh|quy che"
    r"|de an|chi thi|huong dan|nghi quyet|thong tu|chuong trinh)\s+nao\b"
    # "Quy chế chi tiêu nội bộ nào …", "kế hoạch tuyên truyền nào", "thông báo kết luận kiểm
    # tra nào": a document named by its subject, then "nào" — not "quyết định … gồm những
    # thành viên nào" (a fact about one).
    r"|\b(van ban|quyet dinh|ke hoach|quy che|de an|quy trinh|thong bao|to trinh|cong van)"
    r"(?:\s+(?!(?:nao|gom|co|la|nhung|cac|duoc|bi|thi|thuoc|tai|o)\b)\w+){1,5}\s+nao\b"
)
# A document described, not numbered, asked for by its number or whether it holds: "Báo
# cáo 9 tháng năm 2023 là báo cáo số mấy?", "… kèm theo quyết định số mấy", "Quy chế phối
# hợp … còn hiệu lực không", "… bây giờ còn dùng được không?", "Danh mục TTHC của Sở còn
# hiệu lực": answered with the document (the one in force), not a sentence.
_WHICH_ONE_RE = re.compile(
    rf"\b(?:{_DOCUMENT_WORDS})\s+(?:(?:cchc|nam\s+\d{{4}})\s+)?so\s+(?:may|bao nhieu)\b"
    # ("Quy định tạm thời … giờ còn hiệu lực ko": a Quy định named first is the noun)
    rf"|(?:\b(?:{_DOCUMENT_WORDS}|danh muc)|^\W*quy dinh)\b.*\b(?:con|dang|van con)\s+(?:co\s+)?"
    r"(?:hieu luc"
    r"|ap dung|dung duoc|duoc ap dung|duoc dung|su dung duoc)(?:\s+(?:nua|khong|nua khong|chu))*"
    r"\s*\??\s*$"
)
# A document's number with its symbol ("1753/QĐ-UBND", "06/2025/QĐ-UBND"): it is named.
_SYMBOL_RE = re.compile(r"\b\d+[a-zđ]?/(?:\d{4}/)?[\w&]+-[\w&]", re.IGNORECASE)
# Lists asked in words the patterns above miss: "những danh mục TTHC nào" (decisions
# publishing procedures), "theo decision nào" (an English type, a Vietnamese question),
# "…báo cáo kết quả CCHC, những bản nào?"
_ALSO_LIST_RE = re.compile(
    r"\b(?:nhung|cac)\s+danh muc\b|\bdanh muc\s+(?:tthc|thu tuc hanh chinh)\s+nao\b"
    r"|\b(?:decisions?|plans?|documents?|letters?|reports?|regulations?|proposals?)\s+nao\b"
    rf"|\b(?:{_DOCUMENT_WORDS})\b.*\b(?:nhung|cac)\s+ban\s+nao\b"
    # "ở Sở có quy định TTHC nào đang bị ngưng": whether there are any, and which
    rf"|\bco\s+(?:{_DOCUMENT_WORDS}|quy dinh|quy trinh)\s+(?:\S+\s+){{0,2}}?nao\b"
    # pilots asked for are the decisions that ran them: "đợt thí điểm nào", "which pilots"
    r"|\b(?:dot\s+)?thi diem\s+nao\b|\bwhich\s+(?:\w+\s+)?pilots?\b"
)
# What a department did about something is answered with the documents that did it: "What
# has the department done to …", "Sở đã làm gì để …", "đã có những biện pháp gì"; and what
# it issued or signed: "What did the department issue in 2023?", "Sở đã ban hành những gì".
_DONE_RE = re.compile(
    r"\bwhat (?:has|have|did) (?:the |this |our )?[\w' ]{0,60}?\b(?:done|do|issued?|sign(?:ed)?"
    r"|sent|send|publish(?:ed)?|adopt(?:ed)?|approved?|put out|released?|produced?)\b"
    # "What came out from June to September 2023?"
    r"|\bwhat\s+(?:came|has come|have come|was put|were put)\s+out\b"
    r"|\b(?:da )?(?:lam|thuc hien|ban hanh|ky|ra|gui) (?:nhung )?(?:gi|viec gi|van ban gi)\b"
    # "Sở vừa ra quy chế gì", "đã ban hành kế hoạch gì": a type, then "gì"
    rf"|\b(?:ban hanh|ky|ra|gui|co)\s+(?:nhung\s+)?(?:{_DOCUMENT_WORDS})\s+gi\b"
    r"|\bda co (?:nhung )?(?:bien phap|hoat dong|van ban|viec) gi\b"
    r"|\b(?:anything|everything)\b.{0,50}\b(?:issued?|sign(?:ed)?|sent|publish(?:ed)?|adopt(?:ed)?"
    r"|approved?|released?|put out|signatures?)\b"
)
# How many documents it issued is answered with the documents ("how many QĐ has the
# department signed in 2024", "Trung tâm đã trình bao nhiêu tờ trình"); not "Sở có bao nhiêu
# quyết định" nor how many it reviewed ("đã kiểm tra bao nhiêu văn bản": a report's figure).
_COUNT_ISSUED_RE = re.compile(
    rf"\bhow many\s+(?:\w+\s+)?(?:{_DOCUMENT_WORDS})\b.*\b(?:signed|issued|sent"
    r"|submitted|put out|adopted|drawn up|drew up)\b"
    rf"|\b(?:ky|ban hanh|trinh|gui)\s+(?:duoc\s+)?bao nhieu\s+(?:{_DOCUMENT_WORDS})\b"
    rf"|\bbao nhieu\s+(?:{_DOCUMENT_WORDS})\b.*\b(?:da|duoc)\s+(?:ky|ban hanh|trinh|gui)\b"
)
# What the department advised another body to issue, legal documents counted: a report's
# figure ("tham mưu UBND tỉnh ban hành bao nhiêu văn bản quy phạm pháp luật").
_ADVISED_RE = re.compile(r"\btham muu\b|\bquy pham phap luat\b|\bqppl\b|\blegal\b")
# A document asked for by its name alone, as typed into a search box: "kế hoạch chuyển đổi
# số năm 2024 của Sở", "Quy chế chi tiêu nội bộ" — a type or instrument first, and no word
# that asks a fact ("bao nhiêu", "gì", "khi nào" …).
_DOCUMENT_NAME_RE = re.compile(
    r"^(?:cac\s+|nhung\s+)?(?:van ban|quyet dinh|ke hoach|cong van|to trinh|thong bao|bao cao"
    r"|quy che|quy trinh|de an|phuong an|chi thi|chuong trinh|huong dan|nghi quyet|danh muc)\b"
)
_NAME_VERB_RE = re.compile(r"^((?:cac\s+|nhung\s+)?(?:van ban|quyet dinh))\s+quy dinh\b")
_ASKS_FACT_RE = re.compile(
    # "mấy" folds to "may", as "bộ máy" and "máy tính" do
    r"(?<!bo )\bmay\b(?!\s+(?:tinh|chu|moc|quet|in)\b)"
    r"|\b(bao nhieu|gi|the nao|ra sao|khi nao|luc nao|o dau|ai|tai sao|vi sao|co phai"
    # "… đặt chỉ tiêu SIPAS ở mức nào": a level asked
    r"|hay khong|khong|chua|bao gio|muc dich|noi dung|quy dinh|gom|la|muc nao)\b|\?"
)
# A rate asked for ("what share of the documents …", "what on-time rate did the plan set",
# "tỷ lệ văn bản …"): a figure, not a list.
_RATE_RE = re.compile(
    r"\bwhat\s+(?:[\w()-]+\s+){0,2}?(?:share|percentage|proportion|rate|per ?cent|fraction"
    r"|figure|target|score|index|rank(?:ing)?)\b(?!s)|^(?:ty le|so luong)\b"
    # "What was the online submission rate in Q1 2025 according to the Q1 report?"
    r"|\bwhat\s+(?:was|is|were|are)\s+(?:[\w()-]+\s+){0,3}?(?:share|percentage|proportion"
    r"|rate|per ?cent)\b(?!s)"
)
# ALQAC-style tails that carry no content: "…, đúng hay sai?".
_NOISE_RE = re.compile(
    r"[,;]?\s*(đúng hay sai|đúng không|có đúng không|phải không|hay không|true or false)\s*\??\s*$",
    re.IGNORECASE,
)
_VI_LETTERS = re.compile(r"[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower case without diacritics, ``đ`` → ``d``: for matching what people type."""
    text = unicodedata.normalize("NFD", text.lower()).replace("đ", "d").replace("\u0111", "d")
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@dataclass(frozen=True)
class ParsedQuestion:
    """What a question asks for, as filters and boosts."""

    text: str
    clean: str
    # Issue years the words imply ("năm 2021", "in 2021"), not a period's years: rank.
    years: tuple[int, ...] = ()
    # Type codes the words imply ("quyết định" → QĐ): rank.
    codes: tuple[str, ...] = ()
    idents: tuple[str, ...] = ()
    wants_list: bool = False
    language: str = "vi"
    # Written with Vietnamese diacritics (False for "quyet dinh sap xep" and for English).
    accented: bool = True
    # An English question's Vietnamese terms, searched with it (see ``glossary``); "" else.
    gloss: str = ""
    # A Vietnamese question's everyday phrases in the law's words ("bỏ nhau" → "ly hôn"),
    # searched with it (see ``glossary.legal_terms``); "" else.
    legal: str = ""
    # The period the question names ("giai đoạn 2021 - 2025", "quý I/2024", "năm 2024").
    period: Period | None = None
    # Instruments asked for ("quy chế", "regulation" → Quy chế): rank their issuers.
    instruments: tuple[str, ...] = ()
    # Asks for what applies now ("hiện nay", "đang áp dụng").
    current: bool = False
    # The date it asks as of ("đến hết tháng 6/2024" → 2024-06-30), ISO; None for today.
    as_of: str | None = None
    # The moment it asks what held at ("tại thời điểm 31/12/2023 … đang áp dụng", "Ngày
    # 30/6/2025, … là những QĐ nào"), ISO; None when it names none (``moment``).
    at: str | None = None
    # Asks for the archive's last so many years ("hai năm gần đây"): resolved into ``years``
    # against the archive (``with_recent_years``).
    recent: int = 0
    # A year named relative to the archive's present: "năm nay" 0, "năm ngoái" -1; resolved
    # into ``years`` against the archive (``with_recent_years``); None when none is named.
    relative: int | None = None
    # Filters the user set (UI, CLI): the only ones that exclude documents.
    filter_years: tuple[int, ...] = ()
    filter_codes: tuple[str, ...] = ()
    # Types the question leaves out ("Apart from its periodic PAR reports, what did … issue",
    # "ngoài các báo cáo"): not asked, and not listed.
    excluded_codes: tuple[str, ...] = ()


# How staff type in a chat box what the archive writes out: "HS" (in capitals), "online",
# "bn" (bao nhiêu: "quý II năm 2024 tiếp nhận bn hồ sơ").
_CHAT_FORMS = {
    "hs": "hồ sơ",
    "online": "trực tuyến",
    "ko": "không",
    "đc": "được",
    "dc": "được",
    "bn": "bao nhiêu",
}
_DEPT_RE = re.compile(r"\b[Dd]ept\b\.?")
_CHAT_WORDS = re.compile(r"(?<![\w/-])(?:HS|[Oo]nline|ONLINE|[Kk]o|đc|dc|bn)(?![\w/-])")


def _chat_form(word: str, plain: bool) -> str:
    """A chat word's written form; "ko", "dc", "bn" without diacritics in a question typed
    without them ("hs", "online" as the archive writes them, as before)."""
    form = _CHAT_FORMS[word.lower()]
    return fold(form) if plain and word.lower() in ("ko", "dc", "bn") else form


# A Telex tone key left after a word when typing fast ("nàof", "truyenf", "quyetj"): f, r, x
# and j (huyền, hỏi, ngã, nặng) end no Vietnamese syllable, nor the English words a
# Vietnamese question may hold once cut ("of", "for", "per"); s (sắc) ends English plurals.
_TELEX_SLIP = re.compile(r"(?<![\w/-])([^\W\d_A-Z]{2,})[fjrx](?![\w/-])")


# A tone slipped onto the wrong key ("QĐ Sở ban hàng", "ban hanhf"): "ban hàng" is no
# phrase of an archive ("bán hàng", selling, takes the sắc on "bán"), so it is "ban hành".
_TONE_SLIPS = re.compile(r"(?<![\w/-])([Bb])an\s+hàng(?![\w/-])")


def _without_telex_slips(text: str) -> str:
    """``text`` without the tone keys left after its words: "nàof" → "nào"."""

    def mended(m: re.Match[str]) -> str:
        word = m.group(1)
        return word if is_syllable(word) and (not word.isascii() or _slip(word)) else m.group(0)

    return _TELEX_SLIP.sub(mended, text)


def _slip(word: str) -> bool:
    """Whether ``word`` (an ASCII syllable), a tone key after it, was a slip: three letters
    or more, not an English word's stem ("fo", "pe", "ta" of "tax")."""
    return len(word) >= 3 and not word.startswith(("p", "f"))


# What the asker leaves out ("(không tính QĐ của UBND)", "excluding the committee's"): not
# a facet of what is asked, so not read as one.
_LEAVING_OUT = (
    r"(?:không tính|khong tinh|không kể|khong ke|ngoại trừ|ngoai tru|excluding|not counting"
    r"|except|bỏ qua|bo qua|không lấy|khong lay|leave out|leaving out|leave aside)\b"
)
_LEFT_OUT = re.compile(
    rf"\(\s*{_LEAVING_OUT}[^()]*\)|[,;]\s*{_LEAVING_OUT}[^,;.?()]*", re.IGNORECASE
)
# "nửa đầu năm": reports write "6 tháng đầu năm" (typed with diacritics or without)
_HALF_WORDS = re.compile(r"\b(?:[Nn]ửa|[Nn]ua)\s+(?=(?:đầu|cuối|dau|cuoi)\s+(?:năm|nam)\b)")


# A remark after the question, not a condition of it: "What did the Inspectorate issue in
# July and August 2025? I think one of them extended a pilot.", "… ? The year report should
# be one.", "…? Hình như có cả quyết định gia hạn."
_HINT_RE = re.compile(
    r"\?\s+(?:(?:i|we)\s+(?:think|believe|remember|guess|recall)\b|probably\b|maybe\b|perhaps\b"
    r"|one of (?:them|these|those)\b|(?:[^?.]*\b(?:should|must|would|will) be (?:one|among)\b)"
    r"|hình như\b|hinh nhu\b|chắc là\b|chac la\b|trong đó có\b|trong do co\b)[^?]*$",
    re.IGNORECASE,
)


def _without_hint(clean: str) -> str:
    """``clean`` without a remark after its question mark (``_HINT_RE``)."""
    m = _HINT_RE.search(clean)
    return clean[: m.start() + 1] if m else clean


# A type a question leaves out (folded): "apart from its periodic PAR reports", "except the
# plans", "ngoài các báo cáo định kỳ", "trừ kế hoạch".
_EXCLUDED_TYPE_RE = re.compile(
    r"\b(?:(?:apart from|except(?:\s+for)?|other than|besides|excluding|not counting"
    r"|leaving aside)\s+(?:(?:its|the|their)\s+)?(?:[\w&-]+\s+){0,3}?"
    # (folded, "trừ" is "trụ" too: "trụ sở làm việc")
    r"|(?:ngoai|tru|khong ke|khong tinh)\s+(?:(?:cac|nhung)\s+)?)"
    rf"(?P<t>{'|'.join(sorted(map(re.escape, _TYPE_WORDS), key=len, reverse=True))})\b"
)


# A question led by what its answer is for, up to a colon (folded): "For our donor report on
# civil service reform:", "Cho mục cải cách thể chế của BC năm 2023:".
_PURPOSE_RE = re.compile(
    r"^\s*(?:for|cho(?! biet)|de|phuc vu|to prepare|in preparing|as part of)\b[^:?]{0,150}?"
    r"\b(?:report|reports|bao cao|bc|section|chapter|muc|phan|chuong)\b[^:?]{0,80}:"
)
# The report being written, said around the question (folded), whose "báo cáo" is no type
# asked: a lead up to a colon or comma naming it ("Phần kiểm tra CCHC của báo cáo năm
# 2025: …", "For the first-half 2026 reform report, which …", "Trước khi viết BC CCHC quý
# III/2026, …"); the report and its part leading the question ("Báo cáo CCHC năm 2024 phần
# cải cách TTHC cần dẫn những QĐ nào"); what the answer goes into, at its end ("… để đưa
# vào báo cáo năm", "… to cite in the annual report"). Its period and part stay in the
# question: they say what is asked.
_REPORT_CONTEXT = (
    re.compile(
        r"^\s*(?:(?:phan|muc|section)\b|(?:for|in) the (?:[\w-]+ ){0,6}(?:section|part) of\b"
        r"|(?:truoc khi|khi|de|sap) (?:viet|soan|lam|chuan bi)\b|(?:before|while|when) "
        r"(?:writing|drafting|preparing)\b)"
        r"[^:?,]{0,150}?\b(?:report|reports|bao cao|bc)\b[^:?,]{0,60}[:,]"
    ),
    re.compile(r"^\s*(?:for|in) the (?:[\w-]+ ){0,5}report\s*[:,]"),
    re.compile(
        r"^\s*(?:bao cao|bc)\b[^?,:]{0,80}?(?=\b(?:phan|muc)\b[^?]{0,60}?\b(?:can|nen|phai)\s+"
        r"(?:dan|neu|trich dan|viet|dua)\b)"
    ),
    re.compile(
        r"\b(?:de|nham)\s+(?:dua|dan|neu|trich dan|viet|soan|lam can cu(?: de)? viet)(?:\s+vao)?"
        r"\s+(?:cho\s+)?(?:bao cao|bc)\b[^?]*|\b(?:to (?:cite|include|use|quote) in|for) the "
        r"(?:[\w-]+ ){0,5}(?:report|section)\b[^?]*$"
    ),
)


def for_a_report(text: str) -> bool:
    """Whether a question says the report its answer goes into (``_REPORT_CONTEXT``)."""
    plain = fold(" ".join(text.split()))
    return any(context.search(plain) for context in _REPORT_CONTEXT)


def without_report_context(clean: str) -> str:
    """``clean`` without the report being written said around it (``_REPORT_CONTEXT``):
    the report's name in a lead ("Phần kiểm tra CCHC của báo cáo năm 2025: …" → "Phần kiểm
    tra CCHC của năm 2025: …"), what the answer goes into at its end ("… để đưa vào báo cáo
    năm"), and the asking to cite ("cần dẫn", "should be cited"); as it was when nothing
    else would be left."""
    plain = fold(clean)
    if len(plain) != len(clean):
        return clean
    spans: list[tuple[int, int]] = []
    for i, context in enumerate(_REPORT_CONTEXT):
        said = context.search(plain)
        if said is None:
            continue
        if i == len(_REPORT_CONTEXT) - 1:
            spans.append(said.span())  # what the answer goes into: all of it
        else:
            spans += [
                (said.start() + m.start(), said.start() + m.end())
                for m in _REPORT_NAME.finditer(said.group())
            ]
    spans += [m.span() for m in _TO_CITE.finditer(plain)]
    if not spans:
        return clean
    out = clean
    for start, end in sorted(spans, reverse=True):
        out = out[:start] + " " * (end - start) + out[end:]
    out = " ".join(out.split())
    return out if re.search(r"\w", out) else clean


# The report's name in its context (folded): "báo cáo", "BC CCHC", "the first-half 2026
# reform report".
_REPORT_NAME = re.compile(
    r"\b(?:(?:bao cao|bc)(?:\s+(?:cchc|cai cach hanh chinh))?|(?:reform )?reports?)\b"
)
# Asking what to cite (folded): "cần dẫn", "nên nêu", "should be cited", "to cite".
_TO_CITE = re.compile(
    r"\b(?:can|nen|phai)\s+(?:dan|neu|trich dan|dua vao)\b|\bshould be (?:cited|quoted|included)\b"
)


def parse_question(text: str) -> ParsedQuestion:
    """Years, type codes, document numbers and intent of a question.

    Args:
        text: the question as typed (Vietnamese or English, with or without diacritics).
    """
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    clean = _NOISE_RE.sub("", text).strip() or text
    clean = " ".join(_LEFT_OUT.sub(" ", clean).split()) or clean
    clean = _without_hint(clean)
    clean = without_report_context(clean)
    folded = fold(expand_types(clean))
    language = _language(clean, folded)
    # "the justice dept", "bao nhiêu % HS nộp online": the words the archive writes
    written = _DEPT_RE.sub("department", clean)
    if language == "vi":
        # ("ko", "đc" typed without diacritics: "khong", "duoc")
        plain = not _VI_LETTERS.search(clean)
        written = _TONE_SLIPS.sub(r"\1an hành", _without_telex_slips(written))
        written = _CHAT_WORDS.sub(lambda m: _chat_form(m.group(0), plain), written)
        written = _HALF_WORDS.sub(
            lambda m: "6 tháng " if "ử" in m.group(0) else "6 thang ", written
        )
    if written != clean:
        clean, folded = written, fold(expand_types(written))
    # "Sở Kế hoạch và Đầu tư", "Phòng Kế hoạch - Tài chính" name a body, not plans
    typed = _UNIT_NAMES_RE.sub(" ", folded)
    # "các công văn đôn đốc báo cáo CCHC quý I": the reports are what the letters ask for,
    # a topic, after a type asked
    typed = _OBJECT_REPORT_RE.sub(
        lambda m: m.group(0) if not _TYPE_RE.search(typed, 0, m.start()) else m.group(1)
        + " " * (m.end() - m.end(1)),
        typed,
    )
    # "For the annual PAR report to our donor: which documents were replaced in 2024?", "Cho
    # mục công chức của báo cáo: …": what the answer is for, not a type asked
    purpose = _PURPOSE_RE.match(typed)
    if purpose and typed[purpose.end() :].strip():
        typed = " " * purpose.end() + typed[purpose.end() :]
    if _OTHER_TYPE_ASKED.search(typed):
        typed = _REPORTING_TOPIC.sub(" ", typed)
    typed = _REPORTING_VERB.sub(lambda m: m.group()[: m.group().index("nao") + 3], typed)
    unvehicled = _VEHICLE_RE.sub(" ", typed)
    if _TYPE_RE.search(unvehicled):
        typed = unvehicled
    # "Apart from its periodic PAR reports, …": a type left out is no type asked
    excluded = tuple(
        dict.fromkeys(_TYPE_WORDS[m.group("t")] for m in _EXCLUDED_TYPE_RE.finditer(typed))
    )
    typed = _EXCLUDED_TYPE_RE.sub(lambda m: " " * len(m.group()), typed)
    named = _INSTRUMENT_RE.findall(typed)
    # (English "rules" may be a Quy định's: "the online licensing rules")
    also = ["Quy định" for m in named if m in _ENGLISH_RULES]
    instruments = tuple(dict.fromkeys([*(_INSTRUMENT_WORDS[m] for m in named), *also]))
    parsed = ParsedQuestion(
        text=text,
        clean=clean,
        years=_years(folded),
        codes=tuple(dict.fromkeys(_TYPE_WORDS[m] for m in _TYPE_RE.findall(typed))),
        excluded_codes=excluded,
        period=period_of(clean),
        instruments=instruments,
        current=bool(_CURRENT_RE.search(folded)),
        recent=_recent(folded),
        relative=_relative(folded),
        as_of=_as_of(folded),
        at=_moment_day(folded),
        idents=_idents(clean),
        wants_list=bool(
            _LIST_RE.search(folded)
            or _DONE_RE.search(folded)
            or (_COUNT_ISSUED_RE.search(folded) and not _ADVISED_RE.search(folded))
            or _names_documents(folded)
            or (language == "en" and _en_names_documents(clean, folded))
            or _ALSO_LIST_RE.search(folded)
            or (not _SYMBOL_RE.search(clean) and _WHICH_ONE_RE.search(folded))
        )
        and not _RATE_RE.search(folded),
        language=language,
        accented=bool(_VI_LETTERS.search(clean)),
        gloss=gloss(clean) if language == "en" else "",
        legal=legal_terms(clean) if language == "vi" else "",
    )
    before = _before_day(folded, moment=parsed.at is not None) if parsed.wants_list else None
    # "Sở Tài chính cũ (trước ngày 01/3/2025) có những văn bản nào": issued before that day
    return replace(parsed, period=before) if before else parsed


# A type written as its code, alone: "Những QĐ nào", "các CV năm 2023", typed in lower case
# in a chat box ("qđ về một cửa năm 2024?"; "TB" only in capitals: "tb" is "trung bình") —
# not inside a number ("1753/QĐ-UBND") nor "KH&CN" (khoa học và công nghệ). "VB" is any
# document ("VB nào do CVP ký"), "NQ" a resolution.
_TYPE_CODES = {
    "qđ": "quyết định",
    "qd": "quyết định",
    "kh": "kế hoạch",
    "cv": "công văn",
    "bc": "báo cáo",
    "ttr": "tờ trình",
    "tb": "thông báo",
    "vb": "văn bản",
    "nq": "nghị quyết",
}
_TYPE_CODE_RE = re.compile(r"(?<![\w/&-])((?i:QĐ|QD|KH|CV|BC|TTr|VB|NQ)|TB)(?![\w/&-])")


def expand_types(text: str) -> str:
    """``text`` with a type written as its code ("QĐ", "kh") written as its name."""
    return _TYPE_CODE_RE.sub(lambda m: _TYPE_CODES[m.group(1).lower()], text)


# A number that is no year: a document's ("Quyết định 1753 có hiệu lực từ ngày nào?").
_NUMBER_RE = re.compile(r"(?<![\d/])(?!(?:19|20)\d\d(?!\d))\d{2,}")


# An English query naming the documents it wants, typed as in a search box: "2024 PAR
# communication plans", "internal spending rules in force" — a document word among its first
# words, no question word, no figure asked (folded).
_EN_NAMED_RE = re.compile(rf"^(?:[\w&'-]+\s+){{0,5}}?(?:{_DOCUMENT_WORDS})\b")
_EN_FACT_RE = re.compile(
    r"\b(?:how|who|whom|whose|when|why|where|is|are|was|were|does|do|did|can|could|should"
    r"|target|targets|rate|share|percentage|score|rank|ranking|figure|figures|results?|number"
    r"|content|contents|purpose|say|says|said|status|valid)\b"
)


def _en_names_documents(clean: str, folded: str) -> bool:
    """An English query that is the name of the documents it asks for (``_EN_NAMED_RE``),
    naming no document's number."""
    return bool(
        _EN_NAMED_RE.search(folded)
        and not _EN_FACT_RE.search(folded)
        and not _SYMBOL_RE.search(clean)
    )


_LEFT_OUT_ASIDE = re.compile(r"\(\s*(?:khong|ko|k|chu khong|not)\b[^()]*\)")


def _names_documents(folded: str) -> bool:
    """A document asked for by its name alone ("kế hoạch chuyển đổi số năm 2024 của Sở"),
    with a question mark too when it names no document's number ("qđ về một cửa năm
    2024?")."""
    if not _DOCUMENT_NAME_RE.search(folded):
        # "Thí điểm trả kết quả bản điện tử: QĐ thí điểm và QĐ gia hạn?": named after a lead
        lead, colon, named = folded.rpartition(":")
        if colon and lead.strip() and _DOCUMENT_NAME_RE.search(named.strip()):
            folded = named.strip()
        else:
            # "thí điểm trả kết quả TTHC tại nhà và quyết định gia hạn": named after "và",
            # nothing asked of the whole
            lead, joined, named = folded.rpartition(" va ")
            if not (joined and lead.strip() and _DOCUMENT_NAME_RE.search(named.strip())):
                return False
    asked = folded.rstrip(" ?.")
    if asked != folded.rstrip(" .") and _NUMBER_RE.search(asked):
        return False
    # "(không phải của tỉnh)", "(ko kể …)": what is left out, not a yes-or-no question
    asked = _LEFT_OUT_ASIDE.sub(" ", asked)
    # "Quyết định quy định chức năng, nhiệm vụ của Sở hiện hành": its trích yếu's verb, no
    # fact asked
    return not _ASKS_FACT_RE.search(_NAME_VERB_RE.sub(r"\1", asked))


def _as_of(folded: str) -> str | None:
    """The ISO date a question asks as of (``_AS_OF_*``), None if it names none."""
    m = _AS_OF_DAY_RE.search(folded)
    if m:
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            return None
    m = _AS_OF_MONTH_RE.search(folded)
    if m:
        year, month = int(m.group(2)), int(m.group(1))
        return dt.date(year, month, calendar.monthrange(year, month)[1]).isoformat()
    m = _AS_OF_YEAR_RE.search(folded)
    return f"{m.group(1)}-12-31" if m else None


# The moment a question asks what held at (folded): "tại / vào thời điểm 31/12/2023", "vào
# ngày 30/6/2025", "Ngày 31/12/2023, …" opening it, "cuối năm 2020 (31/12/2020)", "as at 31
# December 2023", "in force on 31/12/2023" — each only beside what held ("đang áp dụng",
# "còn hiệu lực", "được quy định", "là những …", "in force"): "Ngày 15/3/2024, Sở ban hành
# những văn bản nào" asks what was issued that day.
_DAY = r"(?:ngay\s+)?(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d\d)\b"
_EN_DAY = (
    r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(january|february|march|april|may|june|july"
    r"|august|september|october|november|december)\s*,?\s*((?:19|20)\d\d)\b"
)
_MOMENT_RES = (
    re.compile(rf"\b(?:(?:tai|vao)\s+(?:thoi\s+diem|ngay)|thoi\s+diem)\s+{_DAY}"),
    # "còn hiệu lực ngày 31/12/2022", "áp dụng ngày …"
    re.compile(rf"\b(?:hieu luc|ap dung|hien hanh)\s+ngay\s+{_DAY}"),
    # "Tính đến 25/7/2024, Sở … vận hành theo văn bản … nào"
    re.compile(rf"\b(?:tinh den|cho den)\s+{_DAY}"),
    re.compile(rf"^\W*(?:vao\s+|hom\s+)?{_DAY}\s*(?:,|(?=\s+[^\W\d]))"),
    re.compile(rf"\b(?:as\s+at|as\s+on|as\s+of|on|at)\s+(?:{_DAY}|{_EN_DAY})"),
    re.compile(rf"\b(?:cuoi|het)\s+nam\s+((?:19|20)\d\d)\b(?:\s*\(\s*{_DAY}\s*\))?"),
    re.compile(r"\b(?:at\s+)?the\s+end\s+of\s+((?:19|20)\d\d)\b"),
)
_HELD_RE = re.compile(
    r"\b(?:dang|con hieu luc|hieu luc|hien hanh|ap dung|duoc quy dinh|quy dinh (?:tai|o)"
    r"|(?:do|theo|cua|kem|kem theo) (?:nhung |cac )?(?:qd|quyet dinh|van ban|vb|quy che|qc"
    r"|quy trinh),?(?: \S+){0,4}? nao"
    # how a body worked then: "vận hành theo", "hoạt động theo", "làm việc theo"
    r"|(?:van hanh|hoat dong|lam viec|to chuc|operat\w*|work\w*) (?:theo|under)"
    r"|la nhung|la (?:quyet dinh|van ban|qd|vb) nao|in force|in effect|applied|applicable"
    # "Ngày 20/4/2024 quy chế chi tiêu nội bộ gồm những QĐ nào": what it was made of then
    r"|gom (?:nhung |cac )?(?:quyet dinh|van ban|qd|vb) nao"
    r"|valid|governed|were the|was the|still|held)\b"
)
# A day asked of nothing issued then, with no verb of holding: opening the question ("On 13
# August 2024, which of the director's decisions set out the duties of …"), or an English day
# anywhere ("Which decisions set the list of procedures handled by the department on 1 August
# 2025") asks what held that day.
_LONE_DAY = re.compile(
    rf"^\W*(?:on\s+|as\s+of\s+|vao\s+|hom\s+)?(?:{_DAY}|{_EN_DAY})\s*,"
    rf"|\b(?:on|as\s+of)\s+(?:the\s+)?{_EN_DAY}"
)
_ISSUING = re.compile(
    r"\b(?:ban hanh|ky|gui|trinh|lap|ra|issu(?:e|es|ed)|signs?|signed|sen[dt]s?|made|make"
    r"|submit(?:s|ted)?|drew up|drawn up|draw up|adopt(?:s|ed)?|publish(?:es|ed)?|put out"
    r"|release[sd]?|c[ao]me out)\b"
)


def asks_issuing(folded: str) -> bool:
    """Whether a question (folded) speaks of issuing, signing or sending (``_ISSUING``)."""
    return bool(_ISSUING.search(folded))


def _moment_day(folded: str) -> str | None:
    found = moment(folded)
    return found[0] if found else None


# Part of a month or the start of a year: "cuối tháng 10/2023 (ngày 25/10)", "đầu tháng
# 9/2025" (its first day), "giữa tháng 5/2024", "đầu năm 2023" (1 January), "at the end of
# May 2025 (31 May)".
_PART_MOMENT_RE = re.compile(
    r"\b(?P<part>cuoi|dau|giua)\s+thang\s+(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>(?:19|20)\d\d)\b"
    r"(?:\s*\(\s*(?:ngay\s+)?(?P<d>\d{1,2})\s*[/.\-]\s*(?P<dm>\d{1,2})\s*\))?"
    # (not "6 tháng đầu năm 2026", "nửa đầu năm": a period)
    r"|(?<!thang )(?<!nua )\bdau\s+nam\s+(?P<sy>(?:19|20)\d\d)\b"
    r"|\bthe\s+(?P<epart>end|start|beginning|middle)\s+of\s+(?P<em>january|february|march|april"
    r"|may|june|july|august|september|october|november|december)\s*,?\s*(?P<ey>(?:19|20)\d\d)\b"
    # "mid-June 2023", "early March 2024", "late May 2025"
    r"|\b(?P<spart>mid|early|late)[\s-](?P<sm>january|february|march|april|may|june|july"
    r"|august|september|october|november|december)\s*,?\s*(?P<sy2>(?:19|20)\d\d)\b"
    # "vào khoảng tháng 6/2024": about the middle of that month
    r"|\bkhoang\s+thang\s+(?P<km>\d{1,2})\s*[/.\-]\s*(?P<ky>(?:19|20)\d\d)\b"
)
_EN_PART = {
    "end": "cuoi", "start": "dau", "beginning": "dau", "middle": "giua", "mid": "giua",
    "early": "dau", "late": "cuoi",
}  # fmt: skip


def _part_moment(folded: str) -> tuple[str, tuple[int, int]] | None:
    m = _PART_MOMENT_RE.search(folded)
    if m is None:
        return None
    if m.group("sy"):
        return f"{m.group('sy')}-01-01", m.span()
    if m.group("ey"):
        year, month, part = int(m.group("ey")), EN_MONTHS[m.group("em")], _EN_PART[m["epart"]]
    elif m.group("sy2"):
        year, month, part = int(m["sy2"]), EN_MONTHS[m["sm"]], _EN_PART[m["spart"]]
    elif m.group("ky"):
        year, month, part = int(m.group("ky")), int(m.group("km")), "giua"
    else:
        year, month, part = int(m.group("y")), int(m.group("m")), m.group("part")
    try:
        if m.group("d"):
            day = dt.date(year, int(m.group("dm")), int(m.group("d")))
        else:
            last = calendar.monthrange(year, month)[1]
            day = dt.date(year, month, {"dau": 1, "giua": 15, "cuoi": last}[part])
    except (ValueError, calendar.IllegalMonthError):
        return None
    return day.isoformat(), m.span()


def part_day(folded: str) -> str | None:
    """The ISO day of a part of a month a question names ("khoảng giữa tháng 8/2025", "by
    mid-August 2025"), whatever it asks of it; None if it names none."""
    part = _part_moment(folded)
    return part[0] if part else None


def moment(folded: str) -> tuple[str, tuple[int, int]] | None:
    """The ISO day a question asks what held at (``_MOMENT_RES``, ``_PART_MOMENT_RE``), with
    its phrase's span; None if it names none or asks nothing that held."""
    if not _HELD_RE.search(folded):
        lone = _LONE_DAY.search(folded)
        day = None if lone is None or _ISSUING.search(folded) else _day_of(lone)
        return (day, lone.span()) if day and lone else None
    part = _part_moment(folded)
    if part is not None:
        return part
    for pattern in _MOMENT_RES:
        m = pattern.search(folded)
        if m is None:
            continue
        day = _day_of(m)
        return (day, m.span()) if day else None
    return _moment_told(folded)


# A moment pointed back at ("Đoàn kiểm tra … làm việc với Sở ngày 25/6/2024: tại thời điểm
# kiểm tra, …", "… ngày 30/9/2020. Tại thời điểm đó …", "lúc đó", "at that date").
_BACK_MOMENT_RE = re.compile(
    r"\b(?:(?:tai|vao)\s+)?thoi\s+diem\s+(?:do|kiem tra|lam viec|ay|nay)\b"
    r"|\b(?:luc|khi|hom|ngay)\s+(?:do|ay)\b|\bat\s+that\s+(?:time|date|day|moment)\b"
    r"|\bthat\s+day\b|\bthen\s+in\s+force\b"
)
_ANY_DAY = re.compile(rf"{_DAY}|{_EN_DAY}")


def _moment_told(folded: str) -> tuple[str, tuple[int, int]] | None:
    """The one day a question names and then points back at as the moment asked ("ngày
    25/6/2024: tại thời điểm kiểm tra …"); None unless it names exactly one."""
    if not _BACK_MOMENT_RE.search(folded):
        return None
    days = list(_ANY_DAY.finditer(folded))
    if len(days) != 1:
        return None
    day = _day_of(days[0])
    return (day, days[0].span()) if day else None


def _day_of(m: re.Match[str]) -> str | None:
    """The ISO day a moment's match names (``_MOMENT_RES``, ``_LONE_DAY``), None if none."""
    groups = [g for g in m.groups() if g is not None]
    try:
        if len(groups) == 1:  # "cuối năm 2020", "the end of 2020"
            return f"{groups[0]}-12-31"
        if len(groups) == 4:  # "cuối năm 2020 (31/12/2020)": the day
            groups = groups[1:]
        day, month, year = groups
        number = EN_MONTHS.get(month) or int(month)
        return dt.date(int(year), number, int(day)).isoformat()
    except ValueError:
        return None


# A stretch of issue up to a day (folded): "trước ngày 01/3/2025", "before 1 March 2025".
BEFORE_DAY_RE = re.compile(rf"\b(?:truoc|before)\s+(?:ngay\s+|the\s+)?(?:{_DAY}|{_EN_DAY})")


# The one day documents were issued on: "Đúng ngày 01/7/2025 có những văn bản nào được ký",
# "Ngày 15/3/2024, Sở ban hành những văn bản nào", "signed on 1 July 2025" (folded).
_ON_DAY_RE = re.compile(
    rf"(?:^\W*|\b(?:dung|trong|vao|cung|on)\s+)(?:ngay\s+|the\s+)?(?:{_DAY}|{_EN_DAY})"
    # "QĐ nào ký ngày 30/6/2025 …", "ban hành vào ngày …"
    rf"|\b(?:ky|ban hanh)\s+(?:vao\s+)?ngay\s+(?:{_DAY})"
)


# A stretch of issue from a day to the present (folded): "since the merger on 1 July 2025",
# "từ ngày 01/7/2025 đến nay", "kể từ sau ngày 01/3/2025" (not a range to another day).
_SINCE_DAY_RE = re.compile(
    # (not a day of effect: "có hiệu lực từ 01/7/2025", "effective from …")
    r"(?<!hieu luc )(?<!ap dung )(?<!effective )(?<!effect )(?<!force )"
    r"\b(?:since|(?:ke\s+)?tu(?:\s+sau)?|after)\s+"
    r"(?:(?:the\s+)?[a-z]+(?:\s+[a-z0-9]+){0,4}?\s+(?:on|tu ngay|vao ngay)\s+|the\s+)?"
    rf"(?:{_DAY}|{_EN_DAY})(?!\s*(?:-|–|den|toi|to|until)\s+(?:het\s+)?(?:ngay\s+)?\d)"
)


# Since local government went to two levels, which the law fixed for every province on
# 01/7/2025 (Luật Tổ chức chính quyền địa phương 2025; the districts ended that day): "từ khi
# chuyển sang chính quyền địa phương 2 cấp tới nay", "since the two-tier local government
# began" (folded).
_SINCE_TWO_LEVELS_RE = re.compile(
    r"\b(?:tu khi|ke tu khi|sau khi|since|after)\s+(?:\w+\s+){0,4}?"
    r"(?:chinh quyen dia phuong|chinh quyen|local government|government)\s+(?:2|hai)\s+cap\b"
    r"|\b(?:since|after)\s+(?:\w+\s+){0,4}?two[\s-](?:level|tier)\s+local\s+government\b"
)
TWO_LEVELS_DAY = "2025-07-01"


def _before_day(folded: str, *, moment: bool = False) -> Period | None:
    """The stretch before the day a list question names ("trước ngày 01/3/2025"), from it to
    the present ("since the merger on 1 July 2025", ``_SINCE_DAY_RE``), or that day alone
    when it asks what was issued on it ("đúng ngày 01/7/2025 … được ký"); None if it
    names neither. (A ``moment`` asked what held on its day: "Ngày 28/4/2024, … thực hiện
    theo quy chế ban hành kèm QĐ nào".)"""
    m = BEFORE_DAY_RE.search(folded)
    since = None if m or moment else _SINCE_DAY_RE.search(folded)
    day = _day_of(since) if since is not None else None
    if day is None and not (m or moment) and _SINCE_TWO_LEVELS_RE.search(folded):
        day = TWO_LEVELS_DAY
    if day is not None:
        return Period(day, max(day, dt.date.today().isoformat()))
    on = None if m or moment else _ON_DAY_RE.search(folded)
    if on is not None and not _ISSUING.search(folded):
        on = None
    found = m or on
    day = _day_of(found) if found is not None else None
    if day is None:
        return None
    if on is not None:
        return Period(day, day)
    return Period("1900-01-01", (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat())


def day_named(folded: str, lead: str) -> str | None:
    """The ISO day ``folded`` names right after ``lead`` (a pattern: "\\bon\\s+"), written
    "01/5/2025" or "1 May 2025"; None if none."""
    m = re.search(rf"{lead}(?:{_DAY}|{_EN_DAY})", folded)
    return _day_of(m) if m is not None else None


def _recent(folded: str) -> int:
    m = _RECENT_RE.search(folded)
    if m is None:
        return 0
    word = m.group(1) or m.group(2)
    return int(word) if word.isdigit() else _COUNTS[word]


def _relative(folded: str) -> int | None:
    m = RELATIVE_RE.search(folded)
    if m is None:
        return None
    return 0 if m.group("now") else -1


# A month relative to the archive's present: "tháng trước", "tháng vừa qua", "last month"
# (-1); "tháng này", "this month" (0). Matched on the text as typed, diacritics or not.
_MONTH_RELATIVE_RE = re.compile(
    r"\b(?:(?P<vi_last>[Tt]h[áa]ng (?:tr[ưu][ớo]c|v[ừu]a qua))|(?P<vi_now>[Tt]h[áa]ng n[àa]y)"
    r"|(?P<en_last>(?:[Ll]ast|[Tt]he previous) month)|(?P<en_now>[Tt]his month))\b"
    # not "tháng trước nữa" (two months back)
    r"(?!\s+n[ữu]a\b)"
)
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def with_recent_months(text: str, present: str | None) -> str:
    """``text`` with a month or quarter named relative to ``present`` (the archive's
    present, ISO) written as that one: "tháng trước" → "tháng 10 năm 2026", "last month" →
    "October 2026", "quý trước" → "quý III năm 2026", "last quarter" → "Q3 2026"; unchanged
    without a present or such words."""
    if not present:
        return text
    year, month = int(present[:4]), int(present[5:7])

    def month_of(m: re.Match[str]) -> str:
        back = 1 if (m.group("vi_last") or m.group("en_last")) else 0
        y, mo = (year - 1, 12) if month - back < 1 else (year, month - back)
        if m.group("vi_last") or m.group("vi_now"):
            # in the question's own writing: typed without diacritics, it stays so
            return f"tháng {mo} năm {y}" if _VI_LETTERS.search(text) else f"thang {mo} nam {y}"
        return f"{_MONTHS_EN[mo - 1]} {y}"

    text = _MONTH_RELATIVE_RE.sub(month_of, text)
    quarter = (month - 1) // 3 + 1

    def quarter_of(m: re.Match[str]) -> str:
        back = 1 if (m.group("vi_last") or m.group("en_last")) else 0
        y, q = (year - 1, 4) if quarter - back < 1 else (year, quarter - back)
        if m.group("vi_last") or m.group("vi_now"):
            word = "quý" if _VI_LETTERS.search(text) else "quy"
            return f"{word} {_ROMAN_QUARTERS[q - 1]} {'năm' if word == 'quý' else 'nam'} {y}"
        return f"Q{q} {y}"

    return _QUARTER_RELATIVE_RE.sub(quarter_of, text)


# A quarter named relative to the present: "quý trước", "quý vừa qua", "quý này", "last
# quarter", "this quarter".
_QUARTER_RELATIVE_RE = re.compile(
    r"\b(?:(?P<vi_last>[Qq]u[ýy] (?:tr[ưu][ớo]c|v[ừu]a qua))|(?P<vi_now>[Qq]u[ýy] n[àa]y)"
    r"|(?P<en_last>(?:[Ll]ast|[Tt]he previous) quarter)|(?P<en_now>[Tt]his quarter))\b"
    # not "quý trước nữa", nor "the last quarter of 2025" (its fourth)
    r"(?!\s+n[ữu]a\b|\s+of\s+(?:the\s+year\s+)?(?:19|20)\d\d)"
)
_ROMAN_QUARTERS = ("I", "II", "III", "IV")


def with_recent_years(parsed: ParsedQuestion, latest: int | None) -> ParsedQuestion:
    """``parsed`` with "hai năm gần đây" as the years up to ``latest`` (the archive's last
    year of issue), "năm nay" as ``latest`` and "năm ngoái" as the year before; unchanged
    when it names years itself, or none of these."""
    if parsed.years or latest is None:
        return parsed
    if parsed.relative is not None and not parsed.recent:
        year = latest + parsed.relative
        text = RELATIVE_RE.sub(f"nam {year}", fold(parsed.clean))
        # "từ năm ngoái đến nay", "since last year": every year from that one to the last
        since = tuple(y for y in _years(text) if y <= latest)
        if len(since) > 1:
            return replace(parsed, years=since, period=Period.of_years(since[0], since[-1]))
        # "kể từ tháng 3 năm nay", "quý I năm ngoái": the months of that year
        named = period_of(text)
        period = named if named is not None and named.start[:4] == str(year) else None
        return replace(parsed, years=(year,), period=period or Period.of_years(year))
    if not parsed.recent:
        return parsed
    years = tuple(range(latest - parsed.recent + 1, latest + 1))
    return replace(parsed, years=years, period=Period.of_years(years[0], years[-1]))


def facet_spans(folded: str) -> list[tuple[int, int]]:
    """Where ``folded`` names types, instruments, issue stretches, recent or relative years,
    years, ranges and "hiện nay", as offsets: what is between them may name a topic."""
    spans: list[tuple[int, int]] = []
    patterns = (
        _ISSUED_RANGE_RE,
        _ISSUED_SINCE_RE,
        _RECENT_RE,
        RELATIVE_RE,
        _TYPE_RE,
        _INSTRUMENT_RE,
        _RANGE_RE,
        _YEAR_RE,
        _CURRENT_RE,
    )
    for pattern in patterns:
        spans += [m.span() for m in pattern.finditer(folded)]
    return spans


def _years(folded: str) -> tuple[int, ...]:
    """The issue years: written alone, or a stretch of issue ("từ 2021 đến 2023", "từ 2021
    đến nay": through this year); a range alone ("2021 - 2025") is a period."""
    found: set[int] = set()
    for m in _ISSUED_RANGE_RE.finditer(folded):
        lo, hi = int(m.group(1)), int(m.group(2))
        if lo <= hi <= lo + 30:
            found.update(range(lo, hi + 1))
    this_year = dt.date.today().year
    for m in _ISSUED_SINCE_RE.finditer(_ISSUED_RANGE_RE.sub(" ", folded)):
        lo = int(m.group(1) or m.group(2))
        if lo <= this_year <= lo + 30:
            found.update(range(lo, this_year + 1))
    rest = _RANGE_RE.sub(" ", _ISSUED_SINCE_RE.sub(" ", folded))
    return tuple(sorted(found | {int(y) for y in _YEAR_RE.findall(rest)}))


def years_text(years: tuple[int, ...], language: str = "vi") -> str:
    """Years as an answer names them: "2023", "2023, 2024", a run of three or more
    "2021–2024", a run to this year (asked "từ 2021 đến nay") "2021 đến nay"."""
    run = len(years) >= 2 and list(years) == list(range(years[0], years[-1] + 1))
    if run and years[-1] == dt.date.today().year:
        return f"{years[0]} onwards" if language == "en" else f"{years[0]} đến nay"
    if run and len(years) >= 3:
        return f"{years[0]}–{years[-1]}"
    return ", ".join(map(str, years))


def _idents(text: str) -> tuple[str, ...]:
    from assistant.citations import parse_query_ident

    return tuple(dict.fromkeys(q.key for q in parse_query_ident(text)))


# Common Vietnamese words, as typed without diacritics (folded).
_VI_WORDS = re.compile(
    r"\b(?:cua|nao|nam|cac|nhung|da|duoc|bi|la|co|khong|ve|theo|nay|thi|voi|cho|trong"
    r"|ngay|thang|van ban|quyet dinh|ke hoach|bao cao|so)\b"
    # words of the trade, typed without diacritics ("quy trinh noi bo cap the huong dan
    # vien": its "the" is a thẻ), which English questions do not hold
    r"|\b(?:quy trinh|noi bo|huong dan|thu tuc|hanh chinh|cai cach|giai quyet|tiep nhan"
    r"|danh muc|ban hanh|sua doi|bai bo|hieu luc|ap dung|hien nay|tuyen truyen|kiem tra"
    r"|bo may|cong vu|chuyen doi|ho so|linh vuc|tham quyen|giam doc|cong van|to trinh"
    r"|thong bao|chi so|trien khai|thuc hien|phe duyet|dieu chinh)\b"
)


_ENGLISH_WORDS = re.compile(
    r"\b(the|which|what|how|of|in|did|does|is|are|and|from|for|about|were|was"
    r"|many|much|when|who|where|why|with"
    # a query typed as in a search box has few of those: "PAR communication plan 2024"
    r"|plans?|decisions?|reports?|documents?|letters?|regulations?|rules|reform|par|any"
    r"|inspections?|communication|department|issued|list|show|find|need|since|between"
    r"|during|year|quarter|half|this|last|currently|force|replaced|amended|repealed"
    r"|procedures?|public|administrative|spending|internal|digital|staff|servants?)\b"
)
# A name in an English question: "xã Hòa Phong", "the former Lam Điền centre", "the Văn
# phòng": capitalised words, and the unit before a name.
_NAME_WORDS = re.compile(r"\b(?:[A-ZĐ]\w*|xã|phường|huyện|tỉnh|thị trấn|phòng)\b")


def _language(text: str, folded: str) -> str:
    # A document number's symbol (1908/QĐ-UBND) is not Vietnamese prose,
    # nor is a type's abbreviation ("how many QĐ has the department signed")
    prose = re.sub(r"\S*/\S*|\b[A-ZĐ]{2,}(?:-[A-ZĐ]+)*\b", " ", text)
    # typed without diacritics, Vietnamese has English-looking syllables ("thay the", "in"):
    # the more common words decide
    english = len(_ENGLISH_WORDS.findall(folded.replace("thay the", " ")))
    if _VI_LETTERS.search(prose):
        # an English question naming Vietnamese places and units ("What rank did xã Hòa
        # Phong get …?") is English: its Vietnamese words are names
        words = [w for w in _NAME_WORDS.sub(" ", prose).split() if _VI_LETTERS.search(w)]
        return "en" if english >= 3 and english >= 2 * len(words) else "vi"
    vietnamese = len(re.findall(_VI_WORDS, folded))
    return "en" if english >= 1 and english >= vietnamese else "vi"


def code_of_word(folded: str) -> str | None:
    """The type code a type word stands for ("ke hoach", "plans" → ``KH``), None if it
    names no type ("van ban"). Folded text."""
    return _TYPE_WORDS.get(folded)


def type_code(text: str) -> str:
    """The type code a user typed, however spelled: ``QĐ``, ``qd``, ``Quyết định`` → ``QĐ``.

    Raises:
        AssistantError: not a type the archive knows.
    """
    from assistant.citations.regexes import CODES
    from assistant.errors import AssistantError

    folded = fold(text.strip())
    code = code_of_word(folded)
    if code is not None:
        return code
    known = {fold(code): code for code in [*CODES, *_TYPE_WORDS.values()]}
    if folded in known:
        return known[folded]
    raise AssistantError(
        f"Unknown document type {text!r}: use a type code such as QĐ, KH, CV, TTr, BC, TB"
    )
