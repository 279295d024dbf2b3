"""How well a document's profile fits what a question implies: year, period, type, area.

A question's words rank documents; they never remove one (only filters the user sets
do, see ``documents.candidates``). Each implied facet a document meets adds a weight;
a list answer keeps the documents that meet the most facets among those relevant to
the question's topic (``documents.select``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from assistant.archive.areas import area_of_heading, area_of_text, heading_areas, heading_pattern
from assistant.archive.periods import ANY_YEAR, EN_MONTH, EN_MONTHS, Period, find_period
from assistant.archive.profiles import Profile
from assistant.archive.relations import SUSPENSION, Relation
from assistant.citations import RegistryEntry
from assistant.citations.issuers import FOLDED_UNITS, Organ, organ_of_entry, organ_of_name
from assistant.generation.report_documents import sends_figures
from assistant.retrieval.glossary import gloss
from assistant.retrieval.query import (
    BEFORE_DAY_RE,
    RELATIVE_RE,
    ParsedQuestion,
    code_of_word,
    expand_types,
    facet_spans,
    fold,
    moment,
)

# Issued in a year the question names, or concerning exactly the period it names.
YEAR_WEIGHT = 0.06
# Concerning a period that overlaps the one named (a 2024 plan for "giai đoạn 2021-2025").
PERIOD_WEIGHT = 0.03
# Of a type the question names, or issuing the instrument it names ("quy chế nào").
TYPE_WEIGHT = 0.05
# Filed (first area) under the reform area the question names ("tổ chức bộ máy").
AREA_WEIGHT = 0.04
# Acts on another document as the question asks ("quyết định nào sửa đổi quy chế làm việc").
ACT_WEIGHT = 0.05
# Issued by whom the question says ("do UBND tỉnh ban hành", "Giám đốc Sở đã ký").
ISSUER_WEIGHT = 0.05
# The province (or district) the question names, in an archive of two of them (after a
# merger: "UBND tỉnh Tây Phong", "Sở Tư pháp tỉnh Lạc Giang cũ").
PLACE_WEIGHT = 0.05
# The archive holds its own file: the least facet, which only orders documents that
# meet the same others ("văn bản nào ban hành năm 2021": the archive's own first).
OWN_WEIGHT = 0.01
# "quy chế nào" is also answered by a Quy chế with a number of its own.
_INSTRUMENT_CODES = {"Quy chế": "QC", "Đề án": "ĐA", "Kế hoạch": "KH"}

ProfileMap = Mapping[tuple[str, int | None], Profile]

# The names of a province's departments (Nghị định 24/2014/NĐ-CP and 107/2020/NĐ-CP, and
# the merged ones of 2025) name who acts, not what a question is about: "Sở Tư pháp"
# would file every question of a justice department under thể chế, "Sở Nội vụ" under
# tổ chức bộ máy. They are left out of the text whose area is read.
_DEPARTMENTS = (
    "nội vụ",
    "tư pháp",
    "kế hoạch và đầu tư",
    "tài chính",
    "công thương",
    "nông nghiệp và phát triển nông thôn",
    "nông nghiệp và môi trường",
    "giao thông vận tải",
    "xây dựng",
    "tài nguyên và môi trường",
    "thông tin và truyền thông",
    "lao động - thương binh và xã hội",
    "lao động, thương binh và xã hội",
    "văn hóa, thể thao và du lịch",
    "văn hóa và thể thao",
    "du lịch",
    "khoa học và công nghệ",
    "giáo dục và đào tạo",
    "y tế",
    "ngoại vụ",
    "dân tộc và tôn giáo",
    # a district's phòng
    "tài chính - kế hoạch",
    "kinh tế - hạ tầng",
    "kinh tế và hạ tầng",
    "văn hóa và thông tin",
    "văn hóa - thông tin",
    "quản lý đô thị",
    "kinh tế",
)
# A province's Ban with a symbol of its own ("Ban Dân tộc" → ``BDT``, "Ban Quản lý các khu
# công nghiệp" → ``BQLKCN``): a department as a Sở is.
_BANS = (
    "dân tộc",
    "tôn giáo",
    "quản lý các khu công nghiệp",
    "quản lý khu công nghiệp",
    "quản lý khu kinh tế",
    "thi đua - khen thưởng",
    "thi đua, khen thưởng",
)
_AGENCY_RE = re.compile(
    r"\bban\s+(?:"
    + "|".join(sorted(map(re.escape, _BANS), key=len, reverse=True))
    + r")\b"
    r"|\b(?:sở|phòng|department of)\s+(?:"
    + "|".join(sorted(map(re.escape, _DEPARTMENTS), key=len, reverse=True))
    + r"|justice|home affairs|finance|health|science and technology|education and training"
    r"|planning and investment|industry and trade|construction|transport"
    r"|natural resources and environment|information and communications"
    r"|labou?r, invalids and social affairs|agriculture and rural development"
    r"|culture, sports and tourism|foreign affairs"
    # the departments' names as their letterheads shorten them
    r"|kh\s*&\s*cn|khcn|gtvt|tn\s*&\s*mt|tnmt|gd\s*&\s*đt|gdđt|nn\s*&\s*ptnt|kh\s*&\s*đt"
    r"|tt\s*&\s*tt|lđtbxh|vhttdl|dttg|dt\s*&\s*tg)\b"
    # any other by "Sở" and its initials in capitals ("Sở DL", "Sở NN&MT")
    r"|\bsở\s+(?-i:[A-ZĐ][A-ZĐ&]{1,9})\b",
    re.IGNORECASE,
)


# A Sở by its symbol alone, in capitals as its numbers write it ("STP", "SLĐTBXH").
_DEPARTMENT_SYMBOL = re.compile(
    r"\bS(?:TP|NV|KHCN|KH&CN|GTVT|LĐTBXH|LDTBXH|YT|GDĐT|GDDT|XD|TC|CT|TNMT|TTTT|VHTTDL|KHĐT"
    r"|KHDT|NNPTNT|NNMT|NN&MT|NGV|DTTG)\b"
)
# … and as "Sở" and its initials, typed in any case: "so vhttdl", "Sở LĐTBXH", "so gtvt".
_DEPARTMENT_INITIALS = re.compile(
    r"\b[Ss][ởo]\s+(?:TP|NV|KHCN|KH&CN|GTVT|LĐTBXH|LDTBXH|YT|GDĐT|GDDT|XD|TC|CT|TNMT|TTTT"
    r"|VHTTDL|KHĐT|KHDT|NNPTNT|NNMT|NN&MT|DTTG|DT&TG|DL|NGV)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Asked:
    """The facets a question implies."""

    years: tuple[int, ...] = ()
    period: Period | None = None
    codes: tuple[str, ...] = ()
    instruments: tuple[str, ...] = ()
    area: str | None = None
    # Registry keys of the documents that act as the question asks (``asked_acts``).
    acting: frozenset[tuple[str, int | None]] = frozenset()
    # Who issued them: "UBND" (the province's People's Committee) or "SO" (the department).
    issuer: str | None = None
    # The committee's unit when the question names one ("UBND tỉnh", "UBND huyện"): a
    # district's archive cites the province's decisions, both "…/QĐ-UBND".
    unit: str | None = None
    # Asks for legal normative documents ("những văn bản quy phạm pháp luật nào"): those
    # numbered with their year ("18/2024/QĐ-UBND", Nghị định 30/2020/NĐ-CP, Điều 8).
    legal: bool = False
    # The symbol of the Sở it names, when the issuer is a Sở ("Sở LĐTBXH ban hành").
    department: str | None = None
    # The place (folded: "tay phong") whose bodies issued them, when the archive's documents
    # are of two or more (``asked_place``), and where each of them was issued.
    place: str | None = None
    places: Places | None = None
    # It says when they were issued ("được ban hành năm 2022", "issued in 2022"): the issue
    # year decides, whatever year a document states as its own.
    issued: bool = False
    # Its years are a stretch ("từ năm 2025 đến nay", "since 2022"), not years named one by one.
    stretch: bool = False
    # Registry keys of the documents in force at some time of the years asked, when it asks
    # what applied then ("áp dụng trong năm 2023", ``asks_held_during``): that is its year
    # facet, not the issue year.
    held: frozenset[tuple[str, int | None]] | None = None
    # Asked what was signed in a stretch of years ("ký năm 2018 - 2019"), not a programme's
    # span (``_issued_as_asked``).
    signed_in: bool = False
    # Its year said of a thing a trích yếu names with it ("Chỉ số CCHC năm 2024 … được phê
    # duyệt tại văn bản nào"): that phrase (folded, expanded), whose documents meet the
    # year wherever they were issued (the index of 2024 is approved in 2025).
    topic_year: str | None = None
    # It asks of figures ("báo cáo số liệu chính thức"): a letter sending a period's figures
    # is a report of them (not when the year's reports are asked).
    figures: bool = False

    @classmethod
    def of(cls, parsed: ParsedQuestion, *, codes: tuple[str, ...] | None = None) -> Asked:
        """The facets of ``parsed`` (``codes`` overrides its types, e.g. without ``BC``)."""
        return cls(
            years=parsed.years,
            period=parsed.period,
            codes=parsed.codes if codes is None else codes,
            instruments=parsed.instruments,
            area=question_area(parsed),
            # (several bodies named, none is the one issuer: ``asked_issuers``)
            issuer=asked_issuer(parsed.clean) if len(asked_issuers(parsed.clean)) < 2 else None,
            unit=asked_unit(parsed.clean),
            legal=bool(_LEGAL_ASKED.search(fold(parsed.clean))),
            department=asked_department(parsed.clean),
            issued=bool(
                _ISSUED_WORD.search(_BY_WHOM.sub(" ", _WHEN_SIGNED.sub(" ", fold(parsed.clean))))
            ),
            stretch=bool(_STRETCH_ASKED.search(fold(parsed.clean))),
            signed_in=bool(_SIGNED_IN.search(fold(parsed.clean))),
            topic_year=_topic_year(parsed.clean),
            figures=bool(_FIGURES_WORD.search(fold(parsed.clean))),
        )


_FIGURES_WORD = re.compile(r"\bso lieu\b|\bfigures?\b")
# A thing named with its year (folded, abbreviations spelt out): "chỉ số cải cách hành chính
# năm 2024", published the next year; not a type's year ("kế hoạch … năm 2024", "báo cáo kết
# quả … năm 2024": a plan's or a report's own, ``own_year``).
_THING_YEAR = re.compile(r"\bchi so\s+((?:[a-z]+\s+){1,5}?)nam\s+((?:19|20)\d\d)\b")


def _topic_year(clean: str) -> str | None:
    """The thing a question names with its year, spelt out (``_THING_YEAR``), None if none."""
    m = _THING_YEAR.search(_spelt(fold(clean)))
    return " ".join(m.group(0).split()) if m else None


def _spelt(folded: str) -> str:
    """``folded`` with the reform's abbreviation spelt out ("cchc")."""
    return re.sub(r"\bcchc\b", "cai cach hanh chinh", folded)


# Signed in the years asked ("văn bản PGĐ … ký năm 2018 - 2019", "Giai đoạn 2020-2024, Chủ
# tịch UBND tỉnh đã ký những QĐ …"): the signing's, not a programme's span ("KH CCHC giai
# đoạn 2021 - 2025 được ban hành kèm theo văn bản nào") — folded.
_SIGNED_IN = re.compile(r"\b(?:ky|signed|signatures?)\b")


# Years asked as a stretch (folded): "từ năm 2025 đến nay", "từ 2022 tới giờ", "since 2022",
# "from 2022 to 2024".
_STRETCH_ASKED = re.compile(
    r"\b(?:tu|ke tu|since|from)\s+(?:(?:nam|the year)\s+)?(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d\s*(?:-|–|den|toi|to|until)\s*(?:nam\s+)?(?:19|20)\d\d\b"
)


# The legal normative documents asked for as such, not a plan to review them ("kế hoạch
# rà soát văn bản quy phạm pháp luật"). Folded text.
_LEGAL = r"(?:van ban quy pham phap luat|van ban qppl|vbqppl)"
_LEGAL_ASKED = re.compile(
    rf"\b{_LEGAL}\s+nao\b|\b(?:nhung|cac|liet ke|danh sach)\s+{_LEGAL}"
    r"|\b(?:which|what|list|all)\b.*\blegal (?:normative )?documents\b"
)
# A legal normative document's number holds its year: "18/2024/QĐ-UBND".
_LEGAL_NUMBER = re.compile(r"^\d+[a-zđ]?/(?:19|20)\d\d/", re.IGNORECASE)


_UNIT_ASKED = re.compile(
    r"\b(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan)\s+(tinh|huyen|thanh pho|thi xa|quan|xa)\b"
)


def asked_unit(clean: str) -> str | None:
    """The unit of the committee a question names ("UBND tỉnh" → ``tinh``), folded."""
    m = _UNIT_ASKED.search(fold(clean))
    return m.group(1) if m else None


def of_unit(entry: RegistryEntry, unit: str | None) -> bool:
    """Whether ``entry``'s issuer can be of ``unit``: what its header, else its mentions
    ("của UBND tỉnh Hòa An"), say; a document nothing places fits any unit."""
    if unit is None:
        return True
    organ = organ_of_entry(entry)
    return organ is None or organ.unit is None or organ.unit == unit


# "do UBND tỉnh ban hành", "UBND tỉnh đã ban hành / công bố / phê duyệt", "của Ủy ban nhân dân
# tỉnh", "issued by the People's Committee" (folded); "Giám đốc Sở đã ký", "Sở Tư pháp ban
# hành", "did the department issue" (lower case, with diacritics: "sở" is not "số").
_BY_COMMITTEE = re.compile(
    r"\b(?:do|cua)\s+(?:ubnd|uy ban nhan dan)\b"
    r"|\b(?:ubnd|uy ban nhan dan)\s+(?:tinh\s+)?(?:\w+\s+){0,3}?(?:da\s+)?(?:ky\s+)?"
    r"(?:ban hanh|cong bo|phe duyet|ky|(?<!dua )(?<!de )ra)\b"
    r"|\bpeople'?s committee\b.{0,40}\b(?:issued|signed|issue|sign|adopt|adopted|approve"
    r"|approved)\b"
    r"|\b(?:issued|signed)\s+by\s+the\s+(?:provincial\s+)?people'?s committee\b"
    # "Which decisions of the provincial People's Committee …"
    r"|\b(?:decisions?|documents?|plans?|directives?)\s+(?:of|from)\s+the\s+"
    r"(?:provincial\s+|province'?s\s+)?people'?s committee\b(?!'?s?\s+office)"
    # "kế hoạch CCHC của tỉnh", "liệt kê các KH của tỉnh": the province's, its committee's
    # (not "kể cả văn bản của tỉnh": the province's beside the others)
    r"|(?<!ke ca )(?<!tinh ca )(?<!bao gom )(?<!ca )"
    r"\b(?:kh|ke hoach|qd|quyet dinh|van ban|vb|chi thi|ct|bc|bao cao)(?:\s+ket qua)?"
    r"(?:\s+cchc|\s+cai cach hanh chinh)?"
    r"(?:\s+(?:nam\s+)?\d{4})?\s+(?:cua|do)\s+tinh\b(?!\s+(?:uy|doan|hoi|dang))"
    # "the province's administrative reform plan for 2026" (not "the province's Department of
    # Home Affairs' plan": another body's)
    r"|\bthe\s+province'?s\s+(?:(?!department|office|dept|so\b|ban\b)[\w-]+\s+){0,4}?"
    r"(?:plans?|reports?|decisions?|documents?|directives?|programmes?|programs?)\b"
)
# "HĐND tỉnh thành lập … bằng nghị quyết nào", "do HĐND tỉnh ban hành", "resolutions of the
# People's Council" (folded).
_BY_COUNCIL = re.compile(
    r"\b(?:do|cua)\s+(?:hdnd|hoi dong nhan dan)\b"
    r"|\b(?:hdnd|hoi dong nhan dan)\s+(?:tinh\s+)?(?:\w+\s+){0,3}?(?:da\s+)?"
    r"(?:ban hanh|thanh lap|thong qua|quyet nghi|phe duyet)\b"
    r"|\b(?:of|by)\s+the\s+(?:provincial\s+)?people'?s council\b"
    r"|\bpeople'?s council\b.{0,40}\b(?:issued|adopted|passed|set up|established)\b"
)
_BY_DEPARTMENT = re.compile(
    r"\bgiám đốc\b.{0,40}\b(?:ký|ban hành)\b"
    r"|\b(?:do\s+)?sở\b(?:\s+\w+){0,4}?\s+(?:đã\s+)?(?:ký\s+)?ban hành\b"
    r"|\bsở\b(?:\s+\w+){0,3}?\s+(?:đã\s+)?(?:ký|ky)\s+(?:những|các|nhung|cac)\b"
    # "did the (merged) Justice department issue"
    r"|\b(?:did|has|have) the (?:(?:merged|new|former|old)\s+)?department\b.{0,30}"
    r"\b(?:issued?|sign(?:ed)?)\b"
    r"|\b(?:the department|director)(?:'s)?\s+(?:has\s+|have\s+)?(?:issued|signed)\b"
    r"|\b(?:issued|signed)\s+by\s+the\s+(?:department|director)\b"
    # "List the Department's own quarterly … reports": its own, not the province's it keeps
    r"|\bdepartment's own\b"
    # whose documents: "các văn bản của Sở KH&ĐT", "the Sở KH&ĐT's documents" (the Sở by
    # its name, ``asked_issuer``), not what a document is about ("QĐ … chức năng của Sở")
    r"|\b(?:văn bản|vb|tài liệu)\s+(?:\w+\s+){0,2}?(?:của|do)\s+sở\b"
    r"|\bsở's\s+(?:\w+\s+)?(?:documents|papers|paperwork)\b"
    r"|\b(?:documents|papers|paperwork)\s+(?:of|from|by)\s+the\s+sở\b"
)


# Whose the documents asked are, the archive's own Sở or Ban named bare, as typed ("kế hoạch
# CCHC năm 2025 của Ban (không phải của tỉnh)", "QĐ nào của Sở") — not a body named after it
# ("KH nào của Ban Dân tộc và Ban Tôn giáo trước đây"), nor a Ban Chỉ đạo.
_AFTER_WHOSE = r"(?=\s*(?:$|[(,.;?]|\s+(?:năm|trong|từ|đến|ban hành|đã|về|nào|hiện)\b))"
_WHOSE_BARE = re.compile(
    # (a decision "về tổ chức bộ máy của Sở" is about it: "QĐ nào của Sở" is whose)
    rf"\b(?:quyết định|qđ|qd)\s+nào\s+(?:của|do)\s+(?:sở|ban){_AFTER_WHOSE}"
    r"|\b(?:kế hoạch|kh|báo cáo|bc|công văn|cv|tờ trình|ttr)\s+(?:\w+\s+){0,5}?(?:của|do)\s+"
    rf"(?:sở|ban){_AFTER_WHOSE}"
)
# The same, of the one Sở a question names ("Kế hoạch CCHC năm 2024 của Sở Tài nguyên và Môi
# trường"; read on ``department_named``'s text): whose, when it names no other body.
_WHOSE_NAMED = re.compile(
    r"\b(?:kế hoạch|kh|báo cáo|bc|công văn|cv|tờ trình|ttr)\s+(?:\w+\s+){0,5}?(?:của|do)\s+sở\b"
)
# Whose the documents asked are, typed without diacritics: "qd nao cua so ngoai vu …" (the
# "số" of a number is not "của" anything's).
_WHOSE_FOLDED = re.compile(
    r"\b(?:quyet dinh|qd|ke hoach|kh|bao cao|bc|cong van|cv|to trinh|ttr)\s+nao\s+(?:cua|do)"
    r"\s+so\b"
)


# "Văn phòng UBND tỉnh đã ban hành những kế hoạch nào", "do VP UBND tỉnh ban hành": the
# committee's office (its numbers end "/…-VP"), not the committee (folded).
_BY_OFFICE = re.compile(
    r"\b(?:van phong|vp)\s+(?:ubnd|uy ban nhan dan)(?:\s+tinh)?\b(?:\s+\w+){0,3}?\s+(?:da\s+)?"
    r"(?:ky\s+)?(?:ban hanh|ky|ra|gui|lap)\b"
    r"|\b(?:do|cua)\s+(?:van phong|vp)\s+(?:ubnd|uy ban nhan dan)\b"
    r"|\b(?:provincial\s+)?people'?s committee(?:'s)? office\b"
    r"|\boffice of the (?:provincial\s+)?people'?s committee\b"
)


_ASIDE = re.compile(r"\([^()]*\)")


def department_named(clean: str) -> str:
    """``clean`` with a department's name read as "sở" (Vietnamese) or "department" (its
    English name too: "the justice department")."""
    # (a district's "Phòng Nội vụ" is its department: "Phòng Nội vụ đã ban hành")
    named = _AGENCY_RE.sub(
        lambda m: "sở" if m.group().lower().startswith(("s", "p", "b")) else "department",
        clean,
    )
    return _EN_DEPARTMENT.sub("department", named)


def asked_issuer(clean: str) -> str | None:
    """Who the question says issued the documents: "UBND", "HĐND" (the council), "VP" (the
    committee's office), "SO" (the department), or None."""
    # an aside in brackets is said of the issuer, not between it and its verb: "UBND tỉnh
    # Tường An (kể cả Chủ tịch UBND tỉnh) đã ban hành"
    folded = " ".join(_ASIDE.sub(" ", fold(clean)).split())
    if _BY_OFFICE.search(folded):
        return "VP"
    if _BY_COMMITTEE.search(folded):
        return "UBND"
    if _BY_COUNCIL.search(folded):
        return "HĐND"
    named = " ".join(_ASIDE.sub(" ", department_named(clean)).split())
    # "so gddt bac hoa ky nhung quyet dinh nao": the Sở by its initials, typed in any case
    named = _DEPARTMENT_INITIALS.sub("sở", named)
    if (
        _BY_DEPARTMENT.search(named.lower())
        or _BY_DEPARTMENT_FOLDED.search(folded)
        or _WHOSE_FOLDED.search(folded)
        or _WHOSE_BARE.search(clean.lower())
        or (
            _WHOSE_NAMED.search(named.lower()) is not None
            and len(_AGENCY_RE.findall(clean)) == 1
        )
    ):
        return "SO"
    return None


# A person named as the signer: "Bà Phạm Thị Thu Hà đã ký …", "Phó Giám đốc Lê Văn Nam
# ký", "documents signed by Mr Tran Minh Khang" — a title, then two to four capitalised
# syllables. Matched as typed.
_SIGNER_TITLE = re.compile(
    r"(?:\b[Bb]à|\b[Ôô]ng|\b[Đđ]ồng chí|\b(?:[Pp]hó\s+)?[Gg]iám đốc|\bMr\.?|\bMrs\.?|\bMs\.?"
    # a district's: "Chủ tịch Phạm Quốc Hưng", "Trưởng phòng Nội vụ Đặng Văn Minh" (the
    # phòng's name is blanked before: "Trưởng   Đặng Văn Minh")
    r"|\b(?:[Pp]hó\s+)?[Cc]hủ tịch|\b(?:[Pp]hó\s+)?[Tt]rưởng(?:\s+phòng)?|\b[Cc]hánh [Vv]ăn phòng"
    r"|\b(?:[Dd]eputy\s+|[Vv]ice\s+)?(?:[Dd]irector|[Cc]hair(?:man|woman|person)?|[Hh]ead))\s+"
)
_NOT_NAMES = frozenset(
    {"Sở", "UBND", "Ủy", "Uỷ", "Tỉnh", "Huyện", "Phòng", "Department", "Province", "District"}
)
_POSSESSIVE = re.compile(r"['’]s$")
_SIGNS = re.compile(r"\b(?:ký|ky|signed|signs|sign|signatures?)\b", re.IGNORECASE)


# A month of signing named without its year (folded): "ký vào tháng 12", "signed in
# December" — of any year ("tháng 12/2024", "December 2024" are a period: ``find_period``).
_SIGNED_MONTH = re.compile(
    r"\b(?:ky|ban hanh|signed|issued|adopted)\s+(?:vao\s+|in\s+|trong\s+)?(?:thang\s+"
    r"(?P<m>1[0-2]|0?[1-9])|(?P<e>" + EN_MONTH + r"))\b(?!\s*(?:/|-|nam\b|of\b|\d))"
)
# For the year after the one it was signed in: "cho năm sau", "for the following year".
_FOR_NEXT_YEAR = re.compile(
    r"\b(?:cho|cua)\s+nam\s+(?:sau|toi|tiep theo|ke tiep)\b"
    r"|\bfor\s+the\s+(?:following|next|coming)\s+year\b"
)


def signed_month(folded: str) -> tuple[int, bool] | None:
    """The month a list question says its documents were signed in, of any year, and
    whether it asks those for the year after ("Which CCHC plans were signed in December for
    the following year?" → ``(12, True)``); None when it names no such month."""
    m = _SIGNED_MONTH.search(folded)
    if m is None:
        return None
    month = int(m.group("m")) if m.group("m") else EN_MONTHS[m.group("e")]
    return month, _FOR_NEXT_YEAR.search(folded) is not None


def asks_signing(clean: str) -> bool:
    """Whether a question speaks of signing ("ký", "signed")."""
    return bool(_SIGNS.search(clean))


def asked_signer(clean: str) -> str | None:
    """The person a question says signed the documents ("Bà Phạm Thị Thu Hà đã ký những
    văn bản nào?" → "pham thi thu ha"): after a title, two to four capitalised words;
    folded. None if it names none."""
    if not _SIGNS.search(clean):
        return None
    clean = _AGENCY_RE.sub(" ", clean)  # "Giám đốc Sở Tư pháp" names no one
    for m in _SIGNER_TITLE.finditer(clean):
        words = []
        for typed in clean[m.end() :].split()[:4]:
            # "Deputy Director Lương Thị Thu Hà's signature": the name ends at its "'s"
            word = _POSSESSIVE.sub("", typed)
            if not (word[0].isupper() and word.isalpha()) or word in _NOT_NAMES:
                break
            words.append(word)
            if word != typed:
                break
        if len(words) >= 2:
            return fold(" ".join(words))
    return None


# A deputy asked for by title alone ("Phó Giám đốc Sở đã ký những văn bản nào?", "the deputy
# director"): the documents signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", by the title in capitals as
# a signature writes it (a "Nơi nhận" list names "các Phó Giám đốc" in lower case).
_DEPUTY = re.compile(
    r"\b(?:pho\s+(chanh van phong|giam doc|chu tich|truong phong)"
    r"|deputy\s+(director|chair(?:man)?|chief of (?:the )?office)"
    # as staff shorten them: "PGĐ Sở ký những văn bản gì", "PCT UBND tỉnh", "PCVP"
    r"|(pgd|pct|pcvp)"
    # the chief of the office, who signs "TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG"
    r"|(chanh van phong|cvp|chief of (?:the )?office))\b"
)
# Each title asked (folded, as matched) as a signature writes it.
_DEPUTY_TITLES = {
    "chanh van phong": "CHÁNH VĂN PHÒNG",
    "giam doc": "PHÓ GIÁM ĐỐC",
    "director": "PHÓ GIÁM ĐỐC",
    "chu tich": "PHÓ CHỦ TỊCH",
    "chair": "PHÓ CHỦ TỊCH",
    "chairman": "PHÓ CHỦ TỊCH",
    "truong phong": "PHÓ TRƯỞNG PHÒNG",
    "pgd": "PHÓ GIÁM ĐỐC",
    "pct": "PHÓ CHỦ TỊCH",
    "pcvp": "PHÓ CHÁNH VĂN PHÒNG",
    "cvp": "CHÁNH VĂN PHÒNG",
    "chief of office": "CHÁNH VĂN PHÒNG",
    "chief of the office": "CHÁNH VĂN PHÒNG",
}


# How a document asked for was signed for its head (folded): "ký thay" (KT.), "thừa lệnh"
# (TL.), "thừa ủy quyền" (TUQ.); "signed on behalf of" (KT.), "by order of" (TL.).
_SIGNING_FORMS = (
    ("KT.", re.compile(r"\b(?:ky thay|kt\.|on behalf of)\b")),
    ("TL.", re.compile(r"\b(?:thua lenh|tl\.|by order of)\b")),
    ("TUQ.", re.compile(r"\b(?:thua uy quyen|tuq\.|by authori[sz]ation)\b")),
)


def asked_signing_forms(folded: str) -> tuple[str, ...]:
    """The marks of the forms of signature a question asks for ("KT.", "TL.", "TUQ."),
    none when it asks for none."""
    return tuple(mark for mark, pattern in _SIGNING_FORMS if pattern.search(folded))


def asked_deputy(clean: str) -> str | None:
    """The deputy's title as a signature writes it ("PHÓ GIÁM ĐỐC"), or the chief of the
    office's ("CHÁNH VĂN PHÒNG"), when the question asks what one signed without naming
    the person; None otherwise."""
    if not _SIGNS.search(clean) or asked_signer(clean):
        return None
    return signing_title(clean)


def signing_title(clean: str) -> str | None:
    """The deputy's or the chief of the office's title a question names, as a signature
    writes it, whoever it names with it ("… ông Trần Quang Vinh ký từ khi về làm PGĐ")."""
    m = _DEPUTY.search(" ".join(fold(clean).split()))
    if m is None:
        return None
    said = next(g for g in m.groups() if g)
    title = _DEPUTY_TITLES[said]
    # a deputy of the chief of the office ("Phó Chánh Văn phòng", "deputy chief of office")
    deputy = m.group(1) == "chanh van phong" or (m.group(2) or "").startswith("chief")
    return f"PHÓ {title}" if deputy and not title.startswith("PHÓ") else title


def signed_by(tail: str, signer: str) -> bool:
    """Whether a document's last lines (``tail``: where its signature stands) name
    ``signer`` (folded, as ``asked_signer`` gives it)."""
    return signer in " ".join(fold(tail).split())


# "(Đã ký)" beside a title: the copy's mark that it was signed.
_SIGNED_MARK = re.compile(r"\(?[Đđ]ã ký\)?")
# A signature block: the signer's title (or "(Đã ký)") on one line, the name on the next
# ("GIÁM ĐỐC (Đã ký)\nHoàng Minh Tuấn"; a PDF may run the name on into a bracketed note on its
# line: "Trần Quốc Huy [Hết — …]"). A decision issuing a Quy chế signs before the
# Quy chế it attaches, so the block is not always in the last lines.
_SIGNATURE = re.compile(
    r"^[^\n]*(?:GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG|CHÁNH|KT\.|TM\.|TL\.|[Đđ]ã ký)[^\n]*\n\s*"
    r"(?=(?:(?:Ông|Bà)\s+)?(?P<name>[A-ZĐÀ-Ỹ][^\n\d,;:.\[]{3,40}?)[ \t]*(?:$|\[))",
    re.M,
)


def _signatures(text: str) -> Iterator[re.Match[str]]:
    """``text``'s signature blocks, by their name (a title in capitals under another, "KT.
    GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC (Đã ký)", is no name)."""
    return (
        m for m in _SIGNATURE.finditer(text) if not _SIGNED_MARK.sub("", m.group("name")).isupper()
    )


def signers(text: str) -> list[str]:
    """The names in ``text``'s signature blocks, folded."""
    return [" ".join(fold(m.group("name")).split()) for m in _signatures(text)]


# How many lines above a signer's name the titles of a block stand ("KT. GIÁM ĐỐC" /
# "PHÓ GIÁM ĐỐC" / "(Đã ký)" / name).
_BLOCK_LINES = 5


def signature_blocks(text: str) -> list[str]:
    """The signature blocks of ``text`` (a signer's name with the lines of titles above
    it), wherever they stand: a decision signs before the Quy chế it attaches."""
    return [
        "\n".join([*text[: m.end()].splitlines()[-_BLOCK_LINES:], m.group("name")])
        for m in _signatures(text)
    ]


# Two bodies named together as those issuing, in English (folded, the department's name read
# as "department"): "what did the labour department and the PPC issue", "by the PPC and by
# the health department", "the health department and the provincial office put out" — not
# the department a document is about ("issued … concerning the department").
_BODY = (
    r"(?:(?:the\s+)?(?:[\w-]+\s+)?department|(?:the\s+)?ppc|(?:the\s+)?(?:provincial\s+)?"
    r"people'?s (?:committee|council)(?:'s office)?|(?:the\s+)?provincial office"
    r"|(?:the\s+)?(?:provincial\s+)?council)"
)
_BODIES = re.compile(rf"\b{_BODY}\s*(?:,|and|or)\s+(?:by\s+)?{_BODY}(?:'s)?\b")
_BODY_CODES = (
    ("VP", re.compile(r"\bprovincial office\b|\bpeople'?s committee'?s office\b")),
    ("UBND", re.compile(r"\bppc\b|\bpeople'?s committee\b(?!'?s office)")),
    ("HĐND", re.compile(r"\bcouncil\b")),
    ("SO", re.compile(r"\bdepartment\b")),
)


def asked_issuers(clean: str) -> frozenset[str]:
    """The bodies an English question names together as issuing ("UBND", "HĐND", "VP",
    "SO"; ``_BODIES``): each one's documents are asked for. Empty when it names none so."""
    folded = fold(department_named(clean)).replace("so's", "department's")
    folded = re.sub(r"\bso\b", "department", folded)
    m = _BODIES.search(folded)
    if m is None:
        return frozenset()
    return frozenset(who for who, pattern in _BODY_CODES if pattern.search(m.group()))


# Another body named as whose the documents are: "văn bản hướng dẫn của Sở Nội vụ", "văn bản
# đến từ Bộ Ngoại giao", "công văn do Sở Tài chính gửi" (folded) — its kind and name, run to a
# joining or time word, or the end.
_OTHER_BODY = re.compile(
    r"\b(?:cua|tu|do)\s+(?P<body>(?:bo|cuc|ban|so|phong|trung tam|chi cuc)\s+[a-z]+(?:\s+(?!(?:va"
    r"|hoac|truoc|cu|da|bi|duoc|trong|nam|tu|nay|hien|ve|gui|ban|ky|la|nao|gi|co|tinh)\b)[a-z]+)*)"
)
# A body whose symbol is on this share of the archive's own files is the archive's own.
OWN_SHARE = 0.2


def other_bodies(clean: str, entries: Iterable[RegistryEntry]) -> frozenset[str]:
    """The symbol issuers (folded) of other bodies a question names as whose its documents
    are, by their initials ("của Sở Nội vụ" → ``snv``, "từ Bộ Ngoại giao" → ``bng``): each
    the issuer of some document of the archive, none the archive's own (on ``OWN_SHARE`` of
    its files: its own body is asked by ``asked_issuer``); empty otherwise."""
    named = {
        "".join(word[0] for word in m.group("body").split())
        for m in _OTHER_BODY.finditer(fold(clean))
    }
    if not named:
        return frozenset()
    entries = list(entries)
    held = {fold(e.issuer) for e in entries if e.issuer}
    files = Counter(fold(e.issuer) for e in entries if e.issuer and e.own_source)
    total = sum(files.values())
    own = {who for who, n in files.items() if n >= OWN_SHARE * total}
    return frozenset(named) if named <= held and not named & own else frozenset()


def issued_by(entry: RegistryEntry, who: str, department: str | None = None) -> bool:
    """Whether ``entry`` was issued by ``who``: "UBND", "HĐND" or "SO" (a Sở's own symbol; with
    ``department``, that Sở's: ``asked_department``)."""
    issuer = (entry.issuer or "").upper()
    if who == "VP":
        return issuer == "VP"
    if who in ("UBND", "HĐND"):
        return issuer.startswith(who)
    if department is not None:
        return re.sub(r"[\s&-]", "", issuer) == department
    return bool(re.match(r"S[A-ZĐ]", issuer))  # SKHCN, STP, SNV: a Sở's own symbol


@dataclass(frozen=True)
class Places:
    """Where the archive's documents were issued.

    Attributes:
        names: the places (folded: "lac giang", "tay phong") its issuers are of.
        home: the archive's own place: that of most of its files.
        of: each document's place (by ``profile_key``), when known: what its header, else
            its mentions, say ("của Ủy ban nhân dân tỉnh Tây Phong"); for a document only
            cited, with no place said, that of the files citing it when they are all of one
            place and their issuer's symbol is its own ("Kế hoạch số 06/KH-STP … của Sở Tư
            pháp" in the Sở Tư pháp tỉnh Tây Phong's report).
    """

    names: tuple[str, ...] = ()
    home: str | None = None
    of: Mapping[tuple[str, int | None], str] = field(default_factory=dict)


# The last registry entries' places: the registry hands out the same list until a file
# changes, and reading every issuer costs ~45 µs a document (100 ms on 2,000), on each
# list or figure question.
_LAST_PLACES: tuple[list[RegistryEntry], Places] | None = None


def archive_places(entries: list[RegistryEntry]) -> Places:
    """The places of the archive's documents (``Places``), computed once per ``entries``
    (``Registry.entries()``)."""
    global _LAST_PLACES
    last = _LAST_PLACES
    if last is not None and last[0] is entries:
        return last[1]
    found = _places(entries)
    _LAST_PLACES = (entries, found)
    return found


def _places(entries: list[RegistryEntry]) -> Places:
    of: dict[tuple[str, int | None], str] = {}
    files: dict[str, tuple[str | None, str]] = {}  # own file -> (symbol's issuer, place)
    own: Counter[str] = Counter()
    for e in entries:
        organ = organ_of_entry(e)
        if organ is not None and organ.place:
            of[profile_key(e)] = organ.place
            if e.own_source:
                own[organ.place] += 1
                files[e.own_source] = (e.issuer, organ.place)
    for e in entries:
        if profile_key(e) in of or e.own_source:
            continue
        citing = {files[m.source] for m in e.mentions if m.source in files}
        if citing and all(issuer == e.issuer for issuer, _ in citing):
            found = {place for _, place in citing}
            if len(found) == 1:
                of[profile_key(e)] = found.pop()
    return Places(tuple(sorted(set(of.values()))), own.most_common(1)[0][0] if own else None, of)


_TO_PLACE = re.compile(
    r"\b(?:don doc|nhac nho|gui|kinh gui|cho|toi|den|urg\w*|remind\w*|sent to|to)\s+"
    r"(?:(?:ubnd|uy ban nhan dan|cac|thanh pho|tp|tinh|huyen|phuong|xa|quan|thi xa)\s+){0,3}$"
)


# The bodies a question names as who issued what it asks (NFC), before its verb: "UBND tỉnh
# và Sở Nội vụ đã có những công văn nào …", "Tỉnh đã ban hành những QĐ nào …".
_SUBJECT_BODIES = re.compile(
    r"^\W*(?P<who>[^?]{2,80}?)\s+(?:đã\s+|da\s+)?(?:có|co|ban hành|ban hanh|gửi|gui|ra)\s+"
    r"(?:những|nhung|các|cac)\s",
    re.IGNORECASE,
)
_BARE_UNITS = {"tỉnh": "tinh", "tinh": "tinh", "huyện": "huyen", "huyen": "huyen"}


def subject_bodies(clean: str) -> list[Organ]:
    """The bodies a question names as who issued the documents it asks for
    (``_SUBJECT_BODIES``), each read as ``organ_of_name`` reads it ("tỉnh" alone is the UBND
    tỉnh); [] when it names none, or names something else there."""
    m = _SUBJECT_BODIES.match(clean)
    if m is None:
        return []
    out = []
    for part in re.split(r"\s*(?:,|\bvà\b|\bva\b)\s*", m.group("who")):
        part = part.strip()
        unit = _BARE_UNITS.get(part.lower())
        named = Organ(frozenset({"ubnd"}), None, unit) if unit else organ_of_name(part)
        if named is None or not (named.unit or named.field or named.place):
            return []
        out.append(named)
    return out


# A level of government named in English as whose the documents are: "of the city and then of
# the ward", "the province's reports", "issued by the district".
_EN_UNIT_BODY = re.compile(
    r"\b(?:of|by|from)\s+the\s+(?P<of>city|ward|province|district|commune|town)\b(?!'s)",
    re.IGNORECASE,
)
# Another body named beside them: "the Phòng Nội vụ's, the district's and the province's".
_EN_OTHER_BODY = re.compile(
    r"\b(?:ph[oò]ng|s[oở]|department|office|agency|council|committee'?s?)\b", re.IGNORECASE
)
_EN_UNITS = {
    "city": "thanh pho", "ward": "phuong", "province": "tinh", "district": "huyen",
    "commune": "xa", "town": "thi tran",
}  # fmt: skip


def en_unit_bodies(clean: str) -> list[Organ]:
    """The levels of government an English question names as whose its documents are
    ("Every full-year report, first of the city and then of the ward": the UBND thành phố's
    and the UBND phường's), each an ``Organ`` of the UBND of that unit; [] when it names
    none."""
    if _EN_OTHER_BODY.search(clean):
        return []
    units = dict.fromkeys(_EN_UNITS[m.group("of").lower()] for m in _EN_UNIT_BODY.finditer(clean))
    return [Organ(frozenset({"ubnd"}), None, unit) for unit in units]


def asked_place(clean: str, places: Sequence[str]) -> str | None:
    """The place a question names ("UBND tỉnh Tây Phong", "STP Lạc Giang cũ", "the former
    Tây Phong justice department", typed without diacritics too), among ``places``
    (``archive_places``), when there are two or more: one place restricts nothing."""
    if len(places) < 2:
        return None
    folded = fold(clean)
    # (a place named as whom letters went to is no issuer's: "công văn nào đôn đốc thành phố
    # Bảo An", "gửi UBND tỉnh")
    named = [
        p
        for p in places
        if any(
            not _TO_PLACE.search(folded[max(0, m.start() - 40) : m.start()])
            for m in re.finditer(rf"\b{re.escape(p)}\b", folded)
        )
    ]
    if len(named) < 2:
        return named[0] if named else None

    def weight(place: str) -> tuple[int, int]:
        # the one marked former ("xã Hòa An cũ") before the one merged into ("… trước khi
        # sáp nhập vào xã Hòa Phong"), then the longest
        said = re.escape(place)
        former = re.search(
            rf"\b(?:former|old)\s+(?:\w+\s+){{0,2}}?{said}\b|\b{said}\s+cu\b", folded
        )
        into = re.search(rf"\b(?:vao|into)\s+(?:\w+\s+){{0,3}}?{said}\b", folded)
        return (bool(former) - bool(into), len(place))

    return max(named, key=weight)


def without_place(clean: str, place: str) -> str:
    """``clean`` without the place it names and the words marking it as former ("tỉnh Tây
    Phong cũ", "STP Lạc Giang cũ", "the former Tây Phong …"): who, not what about."""
    pattern = rf"(?:\b(?:former|old)\s+)?\b{re.escape(place)}\b(?:\s+(?:cu|truoc day)\b)?"
    return _without_matches(clean, pattern)


# The head noun of a body named by a common noun, not a Sở, a huyện or a xã: a Trung tâm,
# a Chi cục, a Ban quản lý, a Văn phòng (folded).
_BODY_HEAD = re.compile(r"^(trung tam|chi cuc|ban quan ly|van phong)\b")
# A body named by its work and its level ("Thanh tra tỉnh"): who by its whole name only, its
# head noun being a topic too ("kế hoạch thanh tra công vụ").
_BODY_OF_LEVEL = re.compile(r"^thanh tra (?:tinh|huyen|thanh pho)$")


def _own_file_bodies(entries: Iterable[RegistryEntry]) -> Counter[str]:
    """How many of the archive's own files each body issued: the last line of their header's
    issuer block, folded ("so ngoai vu", "trung tam phuc vu hanh chinh cong")."""
    return Counter(header_body(e.issuer_name) for e in entries if e.own_source and e.issuer_name)


def own_body(entries: Iterable[RegistryEntry]) -> str | None:
    """The folded name of the body most of the archive's own files are issued by ("trung
    tam phuc vu hanh chinh cong"), when a common noun heads it; None otherwise (a Sở, a
    district, a commune: their words are read as who elsewhere)."""
    names = _own_file_bodies(entries)
    if not names:
        return None
    name = names.most_common(1)[0][0]
    return name if _BODY_HEAD.match(name) or _BODY_OF_LEVEL.match(name) else None


def body_since(entries: Iterable[RegistryEntry]) -> str | None:
    """The day the archive's latest body began issuing, when an earlier one issued its files
    before (the Ban Dân tộc's files, then the Sở Dân tộc và Tôn giáo's from 14/3/2025): the
    first own file of ``latest_body``; None when that body issued from the archive's start."""
    dates = _body_dates(entries)
    latest = latest_body(entries, dates)
    if latest is None:
        return None
    start = min(dates[latest])
    return start if any(min(d) < start for n, d in dates.items() if n != latest) else None


def latest_body(
    entries: Iterable[RegistryEntry], dates: dict[str, list[str]] | None = None
) -> str | None:
    """The body (its header's last line, folded: "phuong bao an") of those issuing
    ``OWN_SHARE`` of the archive's own files or more whose last file is the latest; None when
    fewer than two bodies issue that many. (The province's files are no body of the
    department's: "tỉnh …" is its last header line.)"""
    dates = _body_dates(entries) if dates is None else dates
    if len(dates) < 2:
        return None
    return max(dates, key=lambda n: max(dates[n]))


def _body_dates(entries: Iterable[RegistryEntry]) -> dict[str, list[str]]:
    """The dates of the own files of each body issuing ``OWN_SHARE`` of them or more."""
    own = [e for e in entries if e.own_source and e.issuer_name and e.date]
    names = _own_file_bodies(own)
    total = sum(names.values())
    big = {n for n, k in names.items() if total and k / total >= OWN_SHARE}
    big = {n for n in big if not n.startswith("tinh ")}
    dates: dict[str, list[str]] = {}
    for e in own:
        name = header_body(e.issuer_name)
        if name in big:
            dates.setdefault(name, []).append(e.date or "")
    return dates


def header_body(issuer_name: str | None) -> str:
    """The last line of a header's issuer block, folded ("phuong bao an")."""
    return " ".join(fold((issuer_name or "").split("/")[-1]).split())


def own_fields(entries: Iterable[RegistryEntry]) -> frozenset[str]:
    """The fields (folded) of the Sở whose files the archive holds most of ("ngoai vu" of the
    Sở Ngoại vụ, on ``OWN_SHARE`` of its own files or more): "lĩnh vực ngoại vụ" in a
    question is the department's whole work, no topic of it."""
    names = _own_file_bodies(entries)
    total = sum(names.values())
    return frozenset(
        name[3:]
        for name, n in names.items()
        if n >= OWN_SHARE * total and name.startswith("so ") and len(name) > 3
    )


def without_field(clean: str, fields: frozenset[str]) -> str:
    """``clean`` without "lĩnh vực <field>" / "ngành <field>" of the department's own field."""
    if not fields:
        return clean
    names = "|".join(re.escape(f) for f in sorted(fields))
    return _without_matches(clean, rf"\b(?:trong\s+)?(?:linh vuc|nganh)\s+(?:{names})\b")


# Issued, as a question says it after who (folded): "(đã) (ký) ban hành", "ký", "ra".
_ISSUING = r"(?:da\s+)?(?:ky\s+)?(?:ban hanh|ky|ra)\b"


def issued_by_body(folded: str, body: str) -> bool:
    """Whether a question names the archive's own body as who issued the documents asked
    ("Thanh tra tỉnh ban hành những VB nào", "thanh tra tinh da ky …"), not as what they are
    about ("những văn bản nào về Trung tâm")."""
    head = _BODY_HEAD.match(body)
    names = [re.escape(body)] + ([re.escape(head.group(1))] if head else [])
    return re.search(rf"\b(?:{'|'.join(names)})\s+(?:\w+\s+){{0,2}}?{_ISSUING}", folded) is not None


def without_agencies(text: str) -> str:
    """``text`` without the departments and Ban it names ("Sở Nội vụ", "Ban Dân tộc"): who,
    not what about (the "vụ" of "Sở Nội vụ" is not the "nhiệm vụ" a question asks)."""
    return _AGENCY_RE.sub(" ", text)


def without_body(clean: str, body: str) -> str:
    """``clean`` without the archive's own body named (in full, or by its head noun: "Các
    TTr của Trung tâm", "văn bản nào về Trung tâm Phục vụ hành chính công"): who, not what
    about."""
    head = _BODY_HEAD.match(body)
    names = [re.escape(body)] + ([re.escape(head.group(1))] if head else [])
    return _without_matches(clean, rf"\b(?:{'|'.join(names)})\b")


def _without_matches(clean: str, pattern: str | re.Pattern[str]) -> str:
    """``clean`` with what ``pattern`` matches in its folded form made blanks, spaces
    squeezed (folded when folding changed its length)."""
    folded = fold(clean)
    text = clean if len(folded) == len(clean) else folded
    return " ".join(_blanked(text, (m.span() for m in re.finditer(pattern, folded))).split())


def _blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each span (of its folded form, as long as it) made blanks."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def of_place(entry: RegistryEntry, place: str, places: Places) -> bool:
    """Whether ``entry`` was issued by a body of ``place`` (``Places.of``); a document
    nothing places is of the archive's own place."""
    found = places.of.get(profile_key(entry))
    return found == place if found else place == places.home


def held_department(department: str | None, entries: Iterable[RegistryEntry]) -> str | None:
    """``department`` (``asked_department``) when some of ``entries`` are that Sở's, else
    None: a Sở whose symbol the archive does not hold restricts nothing."""
    if department and any(issued_by(e, "SO", department) for e in entries):
        return department
    return None


# The province's and its bodies' symbols, which are nobody's own archive; and how many times
# a Sở's own files the archive's main symbol must outnumber to be its own (and another Sở's
# files must reach a MAIN_SHARE-th of the main issuer's to be one of its bodies: documents).
MAIN_SHARE = 4
_PROVINCE_SYMBOLS = frozenset({"UBND", "HĐND", "VP", "CT"})


def own_symbol(entries: Iterable[RegistryEntry]) -> str | None:
    """The symbol most of the archive's own files are issued under, when it is not a Sở's
    ("BQL", "TTT", "BDT": a Ban, the Thanh tra, whose documents "của Ban" asks), else None
    (a Sở's own symbol is the "SO" of ``issued_by`` already)."""
    symbols = Counter(
        e.issuer.upper()
        for e in entries
        if e.own_source and e.issuer and e.issuer.upper() not in _PROVINCE_SYMBOLS
    )
    if not symbols:
        return None
    symbol, count = symbols.most_common(1)[0]
    # (a Ban become a Sở keeps both: "của Sở" there is the Sở's, as for any Sở)
    departments = sum(n for s, n in symbols.items() if re.match(r"S[A-ZĐ]", s))
    return None if departments * MAIN_SHARE >= count else symbol


# The departments as English questions name them, by their symbols' letters.
_EN_DEPARTMENTS = {
    "labour": "LĐTBXH",
    "labor": "LĐTBXH",
    "home affairs": "NV",
    "interior": "NV",
    "justice": "TP",
    "education": "GDĐT",
    "health": "YT",
    "finance": "TC",
    "transport": "GTVT",
    "science and technology": "KHCN",
    "industry and trade": "CT",
    "construction": "XD",
    "agriculture": "NNPTNT",
    "natural resources": "TNMT",
    "information and communications": "TTTT",
    "culture": "VHTTDL",
    "planning and investment": "KHĐT",
    "foreign affairs": "NGV",
}
_EN_DEPARTMENT = re.compile(
    r"\b(?:(?P<a>" + "|".join(_EN_DEPARTMENTS) + r")(?:\s+and\s+[\w ]+?)?\s+department"
    r"|department\s+of\s+(?P<b>" + "|".join(_EN_DEPARTMENTS) + r"))\b",
    re.IGNORECASE,
)


# Names whose symbol is not their initials: the Sở Ngoại vụ is "SNgV", not the Sở Nội vụ's
# "SNV" (folded name → letters, upper-cased as ``issued_by`` compares them).
_SYMBOL_LETTERS = {"ngoai vu": "NGV"}


def _initials(name: str) -> str:
    """A department's name's initials, as its symbol writes them ("tư pháp" → ``TP``)."""
    if (letters := _SYMBOL_LETTERS.get(" ".join(fold(name).split()))) is not None:
        return letters
    words = [w for w in re.split(r"[\s,-]+", name) if w and fold(w) not in ("va", "cac")]
    return "".join(w[0].upper() for w in words)


def asked_department(clean: str) -> str | None:
    """The symbol of the Sở a question names ("Sở LĐTBXH", "Sở Lao động - Thương binh và Xã
    hội", "the labour department" → ``SLĐTBXH``; "Sở Nội vụ" → ``SNV``): "S" and the initials
    of its name, as Sở symbols are made; None when it names no Sở."""
    for m in _AGENCY_RE.finditer(clean):
        head, _, name = m.group().partition(" ")
        if fold(head) not in ("so", "phong", "ban"):
            continue
        # a Sở's symbol, a district's Phòng's ("Phòng Nội vụ" → ``PNV``), a Ban's ("BDT")
        lead = fold(head)[0].upper()
        letters = re.sub(r"[\s&,-]", "", name)
        # its letters already ("LĐTBXH", "KH&CN", "gtvt"): no name of a Sở is one word
        if letters.isupper() or "&" in name or len(name.split()) == 1:
            return lead + letters.upper()
        return lead + _initials(name)
    # typed without diacritics: "so tu phap", "phong noi vu" (the name's own letters: Đ)
    folded = _AGENCY_FOLDED.search(fold(clean))
    if folded is not None:
        head, _, name = folded.group().partition(" ")
        written = next((d for d in (*_DEPARTMENTS, *_BANS) if fold(d) == name), name)
        return head[0].upper() + _initials(written)
    en = _EN_DEPARTMENT.search(clean)
    return "S" + _EN_DEPARTMENTS[(en.group("a") or en.group("b")).lower()] if en else None


def _glossed(parsed: ParsedQuestion) -> str:
    """An English question's gloss with its terms kept apart, to read phrases in (no phrase
    of two terms side by side: ``glossary.gloss``); "" for a Vietnamese one."""
    return gloss(parsed.clean, sep=" ; ") if parsed.gloss else ""


def _area_text(parsed: ParsedQuestion) -> str:
    """The question and its gloss, where an area's heading phrase is looked for, without the
    department's name ("Sở Nội vụ" names no area)."""
    return _AGENCY_RE.sub(" ", f"{parsed.clean} {_glossed(parsed)}")


def question_area(parsed: ParsedQuestion) -> str | None:
    """The reform area a question names: a heading phrase ("tổ chức bộ máy", "kế hoạch
    cải cách hành chính"), else its topic words (``topic_text``: not its types, years,
    period, the department or the reform's own name) by ``areas.area_of_text``."""
    named = heading_areas(_area_text(parsed))
    if named:  # one area named; several: none of them is the question's
        return named[0] if len(named) == 1 else None
    rest = f"{topic_text(parsed.clean)} {topic_text(parsed.gloss)}"
    return area_of_text(rest) if _LETTER.search(rest) else None


# The heading phrases that name a part of an area, not the area: "văn bản về một cửa" asks
# for the one-stop shop's rules, not every procedure the department published; with the
# procedures ("một cửa, giải quyết thủ tục cho dân") it is the area.
_PART_OF_AREA = re.compile(
    r"\b(?:mot cua|tap huan|thong tin|van ban quy pham|ke hoach (?:cai cach hanh chinh|cchc)"
    r"|hien dai hoa)\b"
)
_PROCEDURES = re.compile(r"\bthu tuc\b")


def names_area(parsed: ParsedQuestion) -> bool:
    """Whether the question names its area by the area's name ("TTHC", "kiểm tra",
    "chuyển đổi số", "administrative procedures" through the gloss), not by a part of it
    alone, nor only in words the area's profile reads as it."""
    text = _area_text(parsed)
    named = heading_areas(text)
    if len(named) != 1:
        return False
    folded = fold(text)
    if heading_pattern(named[0]).search(_PART_OF_AREA.sub(" ", folded)):
        return True
    return named[0] == "thu_tuc_hanh_chinh" and bool(_PROCEDURES.search(folded))


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
    # Asked what was issued within part of a year ("ban hành trong quý I/2025"), unless
    # asked for reports ("báo cáo quý I"): the quý I report signed in April is not.
    issued_within = (
        asked.issued
        and asked.period is not None
        and not asked.period.whole_years
        and "BC" not in asked.codes
    )
    # A period named apart from issue years ("giai đoạn 2021 - 2025", "quý I/2024"), or a
    # stretch that is both ("từ năm 2019 đến năm 2021"), counts like a year; "năm 2021"
    # beside a type asks for the issue year, the period only helps.
    same_period = (
        asked.period is not None
        and period == asked.period
        and (not asked.years or len(asked.period.years) > 1)
        and not issued_within
    )
    # issued in a year asked but stating another whole year as its own ("Quy chế chi tiêu
    # nội bộ năm 2027" signed in 2026, asked "năm 2026"; the 2024 report sent in January 2025,
    # asked "cho năm 2023 và cho năm 2025"): not of that year (a stretch "từ năm 2025 đến
    # nay", "từ năm 2022 đến năm 2024", or "được ban hành năm 2026", asks the issue years)
    other_year = (
        not asked.issued
        and period is not None
        and period.whole_years
        and bool(asked.years)
        and (len(asked.years) == 1 or not asked.stretch)
        and (asked.period is None or (asked.period.whole_years and len(asked.period.years) == 1))
        and not any(y in period.years for y in asked.years)
    )
    # a plan or a report stating as its own the one year asked, wherever signed ("KH CCHC năm
    # 2025" signed on 26/12/2024: the plan of 2025; "BC kết quả CCHC năm 2024" signed on
    # 10/01/2025; a letter sending the year's official figures in January), unless the issue
    # year is asked (a decision announcing the 2022 index in 2023 is 2023's)
    own_year = (
        (entry.code in ("KH", "BC") or sends_figures(entry.subject))
        and not asked.issued
        and period is not None
        and period.whole_years
        and len(period.years) == 1
        and asked.years == tuple(period.years)
        and (asked.period is None or asked.period.whole_years)
    )
    # the index of the year asked, approved the next year (that thing's year, not a plan's or
    # a report's own)
    thing_year = (
        asked.topic_year is not None
        and not asked.issued
        and asked.topic_year in " ".join(_spelt(fold(entry.subject or "")).split())
    )
    own_year = own_year and (asked.topic_year is None or thing_year)
    if asked.held is not None:
        score += YEAR_WEIGHT if profile_key(entry) in asked.held else 0.0
    elif (
        (_issued_as_asked(entry, asked) and not other_year) or same_period or own_year or thing_year
    ):
        score += YEAR_WEIGHT
    elif wanted and period is not None and period.overlaps(wanted):
        score += PERIOD_WEIGHT
    if _type_fits(entry, profile, asked) or (asked.legal and _LEGAL_NUMBER.match(entry.ident)):
        score += TYPE_WEIGHT
    if asked.area and meets_area(entry, profile, asked.area):
        score += AREA_WEIGHT
    if asked.acting and profile_key(entry) in asked.acting:
        score += ACT_WEIGHT
    if (
        asked.issuer
        and issued_by(entry, asked.issuer, asked.department)
        and of_unit(entry, asked.unit)
    ):
        score += ISSUER_WEIGHT
    if asked.place and asked.places and of_place(entry, asked.place, asked.places):
        score += PLACE_WEIGHT
    if entry.own_source:
        score += OWN_WEIGHT
    return round(score, 6)


def _issued_as_asked(entry: RegistryEntry, asked: Asked) -> bool:
    """Issued when the question says: within its months ("quý I/2024", "6 tháng đầu năm
    2024", "tháng 3/2024", "từ tháng 3/2023 đến nay"), else in one of its years."""
    p = asked.period
    if p is not None and not p.whole_years:
        return entry.date is not None and entry.date in p
    if p is not None and not asked.years and asked.signed_in:
        # signed in a stretch of whole years ("ký năm 2018 - 2019"): issued within it
        return entry.date is not None and entry.date in p
    return bool(asked.years) and entry.year in asked.years


# A document named for an area: "Kế hoạch kiểm tra, rà soát văn bản quy phạm pháp luật" is
# an inspection plan by its name, though its work is filed under thể chế.
_NAMED_FOR = re.compile(r"\b(?:ke hoach|quy che|de an|chuong trinh|phuong an)\s+(.{0,40})")


def meets_area(entry: RegistryEntry, profile: Profile | None, area: str) -> bool:
    """Whether the document is filed under ``area`` (its profile's first area) or is named
    for it (``named_for``)."""
    return (profile is not None and profile.area == area) or named_for(entry, area)


def named_for(entry: RegistryEntry, area: str) -> bool:
    """Whether ``entry``'s trích yếu names it a plan (rules …) of ``area``, the area's name
    right after the instrument's ("Kế hoạch kiểm tra …", "Quy chế … một cửa" is not)."""
    pattern = heading_pattern(area)
    return any(pattern.match(m.group(1)) for m in _NAMED_FOR.finditer(fold(entry.subject or "")))


def _type_fits(entry: RegistryEntry, profile: Profile | None, asked: Asked) -> bool:
    code = entry.code or "CV"
    if code in asked.codes:
        return True
    if "HD" in asked.codes and code == "CV" and fold(entry.subject or "").startswith("huong dan"):
        return True  # "văn bản hướng dẫn": a Công văn "V/v hướng dẫn …" is one
    if "BC" in asked.codes and code == "CV" and asked.figures and sends_figures(entry.subject):
        return True  # "báo cáo số liệu chính thức năm 2024": the letter sending them is one
    if profile is not None and profile.instrument and profile.instrument in asked.instruments:
        return True
    return any(_INSTRUMENT_CODES.get(i) == code for i in asked.instruments)


# "Quyết định nào sửa đổi …", "which decision replaced …": the document that acts, asked in
# the active voice (the passive "đã được thay thế", "was replaced" asks for the one acted on:
# ``relational``). Folded text.
_ACTS_ASKED = (
    (("amends",), re.compile(r"\b(sua doi|bo sung|amend\w*|modif\w*)\b")),
    (("replaces",), re.compile(r"\b(thay the|replac\w*|supersed\w*)\b")),
    (
        ("repeals", "terminates"),
        re.compile(r"\b(bai bo|thu hoi|repeal\w*|annul\w*|withdr[ae]w\w*|revok\w*)\b"),
    ),
    (
        ("suspends",),
        re.compile(r"\b(tam (?:dung|ngung|dinh chi)|dinh chi|suspen\w*)\b"),
    ),
)
# A change asked of two bodies at once ("which new documents replaced documents of both of
# them at once", "thay thế văn bản của cả hai sở cũ"): the documents whose one act reaches a
# document of each. Folded text.
_OF_BOTH = re.compile(
    r"\b(?:both|each former|of each|at once|in the same sentence|ca hai|moi (?:so|xa|tinh"
    r"|huyen|don vi|co quan) cu|cua hai (?:so|xa|tinh|huyen|don vi|co quan) cu)\b"
)


# The former bodies' documents and the merged one's asked together (folded): "KH CCHC năm
# 2025 của 2 sở cũ và của Sở Nội vụ sau hợp nhất", "quy che lam viec cua 2 so cu va cua so
# nn&mt moi": the merged body's document and those it replaced.
_FORMER_AND_NEW = re.compile(
    r"\b(?:2|hai|cac|nhung)\s+(?:so|xa|huyen|tinh|don vi|co quan)\s+cu\s+(?:va|,)\s+"
    r"(?:cua\s+)?(?:\S+\s+){0,6}?(?:moi|sau (?:khi )?(?:hop nhat|sap nhap|sap xep))\b"
)


def asks_former_and_new(folded: str) -> bool:
    """Whether a question asks for the merged body's document with the former bodies' it
    replaced."""
    return bool(_FORMER_AND_NEW.search(folded))


def asks_of_both(folded: str) -> bool:
    """Whether a question about a change asks for the acts that reach two bodies' documents."""
    return bool(_OF_BOTH.search(folded))


# A document carrying out another, asked about through the other one described ("Những kế
# hoạch nào được ban hành để thực hiện Kế hoạch CCHC giai đoạn 2021 - 2025": what carries it
# out), or the one it carries out asked through it ("KH CCHC năm 2024 được xây dựng để cụ thể
# hóa kế hoạch nào của UBND tỉnh": what it carries out). Folded text.
_CARRY_OUT = (
    r"(?:thuc hien|trien khai|cu the hoa|implement(?:s|ed)?|carr(?:y|ies|ied) out"
    r"|follow(?:s|ed)? up(?: on)?"
    # a letter answering another carries it out: "gửi để trả lời văn bản nào"
    r"|tra loi|phuc dap|repl(?:y|ies|ied) to|respond(?:s|ed)? to)"
)
_DOCUMENT_WORD = (
    r"(?:ke hoach|quyet dinh|chuong trinh|nghi quyet|chi thi|van ban|cong van"
    r"|plans?|decisions?|programmes?|programs?|resolutions?|directives?|documents?|letters?)"
)
_CARRIED_OUT = re.compile(
    rf"(?<!dang )(?<!duoc )\b{_CARRY_OUT}\s+(?P<what>{_DOCUMENT_WORD})\s+(?:\w+\s+){{0,3}}?nao\b"
    # "KH CCHC 5 năm … được lập để thực hiện những VB nào": documents of no type, which no
    # facet finds (not "Sở thực hiện những kế hoạch nào năm 2024", the plans it has; nor "…
    # để thực hiện KH nào của UBND tỉnh", whose type and issuer find them)
    r"|\b(?:de|nham)\s+" + _CARRY_OUT + r"\s+(?:nhung\s+|cac\s+)?"
    r"(?P<what2>van ban|vb)\s+(?:\w+\s+){0,3}?nao\b"
    rf"|\b(?:which|what)\s+(?:\w+\s+){{0,2}}?(?P<ewhat>{_DOCUMENT_WORD})\s+(?:does|did|do)\b"
    rf".*\b{_CARRY_OUT}\b"
)
# What carries a described document out: "… nào để thực hiện Kế hoạch …", "KH CCHC năm 2024
# được thực hiện qua / triển khai bằng những văn bản nào", "những văn bản nào thực hiện Nghị
# quyết …", "vb nào dựa trên hoặc thực thi kế hoạch …", "những vb nào đc ban hành căn cứ KH …"
# (folded).
_PLAN_WORD = r"(?:ke hoach|kh|chuong trinh|nghi quyet|chi thi|plan|programme|program)"
_ANY_DOCUMENT = r"(?:van ban|vb|quyet dinh|qd|ke hoach|kh|cong van|cv|documents?)"
_DO_OUT = rf"(?:{_CARRY_OUT}|thuc thi)"
_LISTED_DOCUMENT = r"(?:van ban|vb|quyet dinh|qd|ke hoach|kh|cong van|cv|bao cao|bc)"
# Two types or more listed: "kế hoạch và báo cáo", "QĐ, KH, BC" (folded).
_SEVERAL_LISTED = rf"{_LISTED_DOCUMENT}(?:\s*(?:,|va|hoac)\s+{_LISTED_DOCUMENT})+"
_CARRYING_OUT = re.compile(
    rf"\b(?:nao|which|what)\b.{{0,80}}?\b(?:de|nham|to)\s+{_CARRY_OUT}\s+(?:\S+\s+){{0,3}}?"
    rf"{_DOCUMENT_WORD}\b"
    # what was done to carry out a meeting's conclusions: "What did the department do to
    # carry out the provincial chairman's conclusions", "Sở đã làm gì để thực hiện kết luận"
    rf"|\b(?:what|gi)\b.{{0,60}}?\b(?:de|nham|to)\s+{_CARRY_OUT}\s+(?:\S+\s+){{0,4}}?"
    r"(?:conclusions?|ket luan|thong bao ket luan)\b"
    rf"|\b{_PLAN_WORD}\b.{{0,80}}?\b(?:duoc|dc|da duoc)\s+{_DO_OUT}"
    # (", báo cáo" after the verb: "KH 176/KH-SYT đã được triển khai, báo cáo bằng những KH,
    # BC nào")
    r"(?:\s*,\s*(?:bao cao|theo doi|danh gia))?\s+(?:qua|bang|thong qua)"
    rf"\s+(?:nhung\s+|cac\s+)?{_ANY_DOCUMENT}(?:\s*,\s*{_LISTED_DOCUMENT})*\s+nao\b"

    # (the type asked kept: "những kế hoạch nào thực hiện KH X" asks plans, "những báo cáo
    # nào thực hiện KH X" reports)
    rf"|\b(?P<what>{_ANY_DOCUMENT}|bao cao|bc)\s+nao\s+(?:(?:dua tren|can cu(?:\s+vao)?)\s+"
    rf"(?:hoac|va|,)\s+)?{_DO_OUT}\s+(?:\S+\s+){{0,2}}?{_PLAN_WORD}\b"
    rf"|\b{_ANY_DOCUMENT}\s+nao\s+(?:(?:da\s+)?(?:duoc|dc)\s+)?ban hanh\s+"
    rf"(?:can cu|dua tren|de thuc hien)\s+(?:vao\s+|theo\s+)?{_PLAN_WORD}\b"
    # several types listed: "những kế hoạch và báo cáo nào thực hiện KH 236/KH-UBND"
    rf"|\b{_SEVERAL_LISTED}\s+nao\s+{_DO_OUT}"
    rf"\s+(?:\S+\s+){{0,2}}?{_PLAN_WORD}\b"
)
# The types a question lists before its "nào" ("những kế hoạch và báo cáo nào", folded).
_TYPES_LISTED = re.compile(
    rf"\b(?P<listed>{_SEVERAL_LISTED})\s+nao\b"
)


def listed_types(folded: str) -> frozenset[str]:
    """The type codes of the types a question lists before "nào" (two or more: "những kế
    hoạch và báo cáo nào" → KH, BC); empty when it lists none, or asks any document."""
    m = _TYPES_LISTED.search(folded)
    if m is None:
        return frozenset()
    words = re.findall(_LISTED_DOCUMENT, m.group("listed"))
    codes = [_ground_code(w) for w in words]
    return frozenset() if None in codes else frozenset(c for c in codes if c)


# The same said in other words: a verb of carrying out, a plan named or described, and the
# documents asked for, wherever each stands — "Huyện triển khai KH CCHC năm 2024 bằng những
# văn bản nào", "KH CCHC năm 2024 của STP đc triển khai cụ thể bằng nhưng VB nào", "Which
# documents put the department's 2024 plan 03/KH-SKHCN into practice?" (folded). Not what
# held ("chức năng … thực hiện theo quyết định nào").
_DOING_OUT = re.compile(
    r"(?<!dang )(?<!duoc )\b(?:thuc hien|trien khai|cu the hoa|thuc thi|hien thuc hoa"
    r"|(?:lap|lap ra|xay dung|de ra)\s+theo|implement(?:s|ed|ing)?"
    r"|carr(?:y|ies|ied|ying) out|put\b.{0,80}?\binto (?:practice|effect|action)"
    r"|follow(?:s|ed)? up(?: on)?|give[sn]? effect to)\b(?!\s+theo\b)"
)
_DOCUMENTS_ASKED = re.compile(
    rf"\b(?:nhung\s+|cac\s+)?(?P<what>{_ANY_DOCUMENT})\s+(?:\S+\s+){{0,2}}?nao\b"
    # several types listed ("những kế hoạch và báo cáo nào"): those types (``listed_types``)
    rf"|\b(?:nhung\s+|cac\s+)?{_SEVERAL_LISTED}\s+nao\b"
    r"|\b(?:which|what)\s+(?:\w+\s+){0,2}?(?:documents?|decisions?|plans?|letters?|papers?"
    r"|instruments?)\b"
)
_PLAN_NAMED = re.compile(rf"\b{_PLAN_WORD}\b")
# The documents named before the verb, no asking word: "các văn bản thực hiện kế hoạch CCHC
# năm ngoái", "các kế hoạch và báo cáo thực hiện KH 170/KH-STTTT" (folded).
_LISTED_CARRYING = re.compile(
    rf"\b(?:cac|nhung)\s+{_LISTED_DOCUMENT}(?:\s*(?:,|va|hoac)\s+{_LISTED_DOCUMENT})*"
    rf"\s+(?:ket qua\s+)?(?:thuc hien|trien khai|cu the hoa)\s+(?:\S+\s+)?{_PLAN_WORD}\b"
    # opening the question bare, what is carried out named by its number: "văn bản thực hiện
    # Thông báo kết luận số 45/TB-UBND", "VB triển khai Công văn 905/SNV-CCHC"
    rf"|^\W*{_LISTED_DOCUMENT}\s+(?:thuc hien|trien khai|cu the hoa)\s+(?:{_PLAN_WORD}"
    r"|thong bao|tb|cong van|cv)\b[^?]*?\d+\s*/"
    # closing the question after the one described: "thông báo kết luận kiểm tra CCHC tại Sở
    # và văn bản thực hiện", "… và các công văn triển khai nó"
    r"|\s(?:va|and)\s+(?:cac\s+|nhung\s+|the\s+)?(?:van ban|vb|cong van|cv|documents?"
    r"|letters?)\s+(?:thuc hien|trien khai|carrying (?:it )?out)(?:\s+(?:no|do|it))?"
    r"\s*[?.]?\s*$"
)
# The reports asked for as carrying out a plan the question names, no asking word needed:
# "KH CCHC năm 2024 của Sở và các BC thực hiện", "các báo cáo kết quả triển khai KH số hóa"
# (folded).
_REPORTS_CARRYING = re.compile(
    r"\b(?:cac|nhung)\s+(?:bc|bao cao)(?:\s+ket qua)?\s+(?:thuc hien|trien khai)\b"
)


def _carrying_said(folded: str) -> tuple[str, str | None] | None:
    """What ``asked_carrying_out`` returns, read in other words than ``_CARRIED_OUT`` and
    ``_CARRYING_OUT``: what carries out the plan named or described, unless the documents
    asked for are the verb's object ("để thực hiện KH nào")."""
    asked = _DOCUMENTS_ASKED.search(folded)
    doing = _DOING_OUT.search(folded)
    if asked is None or doing is None:
        return None
    rest = folded[: asked.start()] + " " + folded[asked.end() :]
    between = folded[doing.end() : asked.start()].split()
    means = {"bang", "qua", "boi", "by", "through", "via", "with"}
    object_ = not (means | {"la", "is", "was", "are", "were"}) & set(between)
    if doing.end() <= asked.start() and len(between) <= 1 and object_:
        # "KH … để thực hiện KH nào của UBND tỉnh": the documents asked for are the verb's
        # object, and their facets (type, year, issuer) already find them
        return None
    # of the type asked: "… là những KH nào" (not the Tờ trình proposing one)
    what = asked.group("what")
    return ("carrying_out", _ground_code(what)) if _PLAN_NAMED.search(rest) else None


# The documents asked for with their kind's words between the type and "nào": "những kế
# hoạch CCHC từng năm nào", "KH CCHC hằng năm nào" (folded): read as "kế hoạch nào CCHC từng
# năm", where the readers of a relation asked look for the type. Not a verb or a link
# between them ("QĐ được ký năm nào", "văn bản của Sở nào").
_ASKED_TYPE = (
    r"(?:van ban|vb|quyet dinh|qd|ke hoach|kh|cong van|cv|to trinh|ttr|bao cao|bc|quy che"
    r"|chuong trinh|nghi quyet|nghi dinh|thong tu|chi thi)"
)
_KIND_WORD = (
    r"(?!(?:nao|duoc|dc|bi|da|la|co|con|dang|se|ma|cua|va|hoac|thi|nam|ngay|thang|so|ky"
    r"|ban hanh)\b)[a-z]+"
)
_TYPE_KIND_NAO = re.compile(
    rf"\b(?P<type>{_ASKED_TYPE})(?P<kind>(?:\s+{_KIND_WORD}){{1,2}}(?:\s+(?:tung|hang|moi)"
    r"\s+nam)?|(?:\s+{_KIND_WORD})?\s+(?:tung|hang|moi)\s+nam)\s+nao\b"
)


def asked_type_first(folded: str) -> str:
    """``folded`` with "nào" moved next to the type it asks for ("kh cchc tung nam nao" →
    "kh nao cchc tung nam")."""
    return _TYPE_KIND_NAO.sub(lambda m: f"{m.group('type')} nao{m.group('kind')}", folded)


def asked_carrying_out(folded: str) -> tuple[str, str | None] | None:
    """``("carried_out", code)`` for a question asking what a described document carries
    out (``code``: the type asked, "KH" for "kế hoạch nào"), ``("carrying_out", None)`` for
    one asking what carries a described document out; None otherwise."""
    folded = asked_type_first(folded)
    m = _CARRIED_OUT.search(folded)
    if m is not None:
        return "carried_out", _ground_code(m.group("what") or m.group("what2") or m.group("ewhat"))
    carrying = _CARRYING_OUT.search(folded)
    if carrying is not None:
        return "carrying_out", _ground_code(carrying.group("what"))
    if _REPORTS_CARRYING.search(folded) and _PLAN_NAMED.search(folded):
        return "carrying_out", "BC"
    if _LISTED_CARRYING.search(folded):
        return "carrying_out", None
    return _carrying_said(folded)


# What answered a proposal, asked of a Tờ trình named (folded): "Tờ trình 88/TTr-SYT …: UBND
# tỉnh đã ban hành QĐ nào theo tờ trình đó", "TTr 58/TTr-PNV được huyện chấp thuận bằng văn
# bản nào", "which decision was issued on proposal 36/TTr-STC"; and what followed it ("rồi
# Giám đốc Sở ra QĐ gì tiếp theo", "sau đó Sở ra QĐ nào").
_ANSWERED = re.compile(
    r"\b(?:theo|tai)\s+(?:to trinh|ttr)\b"
    r"|\b(?:duyet|phe duyet|chap thuan|dong y|chap nhan|giai quyet|tra loi)\b"
    r"|\b(?:approved|accepted|answered|granted)\b|\bon (?:the |that )?proposal\b"
)
_FOLLOWED = re.compile(
    r"\b(?:sau do|roi|tiep theo|tiep do|then|after that|afterwards|next)\b.{0,60}?"
    r"\b(?:ra|ban hanh|ky|issued?|signed?|made)\b"
)


# and what that answer replaced, asked after it: "…, và QĐ ấy thay cho QĐ nào trước đó", "khi
# có hiệu lực sẽ thay cho QĐ nào", "and which decision did it replace" (folded)
_REPLACED_TOO = re.compile(r"\b(?:thay (?:the )?cho|thay the|replac\w*|supersed\w*)\b")


def asks_answered_proposal(folded: str) -> tuple[bool, bool]:
    """(whether a question asks what answered a Tờ trình it names, and whether it asks what
    followed that answer too)."""
    if not _ANSWERED.search(folded):
        return False, False
    return True, bool(_FOLLOWED.search(folded))


# A proposal described, not named, before the verb of its answer: "Hai tờ trình Phòng Nội vụ
# gửi UBND huyện trong năm 2023 (sau đó) được huyện chấp thuận bằng những văn bản nào" (folded;
# "giải quyết" is the procedures' far more often than a proposal's).
_PROPOSAL_WORD = re.compile(r"\b(?:to trinh|ttr|proposals?|submissions?)\b")
_ANSWERED_DESCRIBED = re.compile(
    r"\b(?:sau do\s+)?(?:da\s+)?(?:duoc|dc)\s+(?:\S+\s+){0,4}?"
    r"(?:duyet|phe duyet|chap thuan|dong y|chap nhan)\s+(?:bang|boi|qua)\b"
    r"|\b(?:was|were)\s+(?:\S+\s+){0,3}?(?:approved|accepted|granted)\s+(?:by|with|in)\b"
)


def described_proposals(clean: str) -> str | None:
    """The words describing the proposals whose answer a question asks for, when it names
    none by number ("Hai tờ trình Phòng Nội vụ gửi UBND huyện trong năm 2023" of "… được huyện
    chấp thuận bằng những văn bản nào"); None when it describes no proposal so."""
    folded = fold(clean)
    m = _ANSWERED_DESCRIBED.search(folded)
    if m is None or not _PROPOSAL_WORD.search(folded[: m.start()]):
        return None
    return clean[: m.start()].strip(" ,;:")


def asks_what_answer_replaced(folded: str) -> bool:
    """Whether a question asking what answered a Tờ trình also asks what that answer
    replaced (the change asked after the answer, not the proposal's own)."""
    m = _ANSWERED.search(folded)
    return m is not None and _REPLACED_TOO.search(folded, m.end()) is not None


# Documents no later one has changed: "chưa hề bị sửa đổi, thay thế hay bãi bỏ", "chưa
# từng bị sửa, bãi bỏ hay thay thế lần nào", "with nothing amended, repealed or replaced",
# "without any article changed" (folded).
_CHANGE_WORD = r"(?:sua doi|sua|bo sung|thay the|bai bo|amended|repealed|replaced|changed)"
_UNTOUCHED = re.compile(
    rf"\b(?:chua he|chua tung|chua|khong he)\s+(?:bi\s+|duoc\s+)?{_CHANGE_WORD}"
    rf"(?:\s*(?:,|hay|hoac|va|or|and)\s*(?:bi\s+)?{_CHANGE_WORD})*(?:\s+lan nao)?"
    rf"|\b(?:with nothing|never|not been|without any(?:\s+\w+)?)\s+(?:been\s+)?{_CHANGE_WORD}"
    rf"(?:\s*(?:,|or|and)\s*{_CHANGE_WORD})*"
)


# What the documents asked for say inside, not in their trích yếu (folded): "báo cáo nào có
# ghi số điểm Chỉ số CCHC", "kế hoạch nào có đặt chỉ tiêu tỷ lệ hài lòng", "công văn nào yêu
# cầu các phòng số hóa 100% hồ sơ", "plans that include a task on …", "put the Office in
# charge". Not "có nhắc tới Nghị định …" or "có nêu những QĐ nào" (the documents cited:
# ``_NAMES_DOCUMENT``), nor "which decisions set the list …" (what a decision issues).
_SAID_INSIDE = re.compile(
    r"\b(?:co|duoc)\s+(?:ghi(?:\s+ro)?|neu(?:\s+ro)?|nhac(?:\s+(?:den|toi))?"
    r"|de cap(?:\s+(?:den|toi))?|cap nhat|dat(?:\s+ra)?|dua ra|de ra)\s+(?P<vi>.+)$"
    r"|\bnao\s+(?:co\s+)?yeu cau\s+(?P<asks>.+)$"
    r"|\b(?:includes?|mentions?|requires?)\s+(?P<en>(?:a|an|the|its|their)\s+.+)$"
    r"|\bsets?\s+(?P<target>(?:a|an)\s+(?:target|deadline|goal)\b.+)$"
    r"|\bputs?\s+(?P<charge>.+\bin charge\b.*)$"
)
_NAMES_DOCUMENT = re.compile(
    r"\bnao\b|\bwhich\b|\d{2,}/"
    r"|\b(?:nghi dinh|thong tu|quyet dinh|qd|nd|kh|ke hoach)\s+(?:so\s+)?\d"
)
# Words that point back to what was said before them ("— những báo cáo nào có ghi điều đó"):
# no content of their own.
_POINTING_BACK = frozenset(
    {"dieu do", "dieu nay", "viec do", "viec nay", "noi dung do", "that", "it"}
)


def said_inside(clean: str) -> str | None:
    """What the documents asked for say in their text (``_SAID_INSIDE``), as typed; None when
    the question asks no such thing, names the documents said (a number, "QĐ nào") or points
    back to what it said before."""
    folded = fold(clean)
    m = _SAID_INSIDE.search(folded)
    if m is None:
        return None
    start = next(m.start(g) for g in ("vi", "asks", "en", "target", "charge") if m.group(g))
    said = folded[start:].strip(" ?.!")
    if _NAMES_DOCUMENT.search(said) or said in _POINTING_BACK or len(said.split()) < 2:
        return None
    # as typed (with its diacritics) when folding kept the length
    return clean[start:].strip(" ?.!") if len(folded) == len(clean) else said


def asks_untouched(folded: str) -> bool:
    """Whether a list question asks for the documents no later one changed."""
    return bool(_UNTOUCHED.search(folded))


def without_untouched(clean: str) -> str:
    """``clean`` without its "chưa bị sửa đổi, thay thế hay bãi bỏ": a state asked, not a
    topic."""
    return _without_matches(clean, _UNTOUCHED)


# A question asking which documents mention one it names (folded): "văn bản nào có nhắc tới
# Nghị định 115/2020/NĐ-CP", "… viện dẫn …", "which documents cite / mention / refer to …";
# and those mentioning it without resting on it ("mà không phải để làm căn cứ", "nhưng không
# lấy làm căn cứ", "not as a legal ground").
_MENTION_VERB = (
    r"(?:nhac(?:\s+(?:toi|den))?|de\s+cap\s+(?:toi|den)|vien\s+dan|dan\s+chieu|trich\s+dan)"
)
_MENTIONS = re.compile(
    rf"\b(?:{_MENTION_VERB}"
    r"|mentions?|mentioned|mentioning|cites?|cited|citing|refers?\s+to|referred\s+to"
    r"|referring\s+to)\b"
)
_NOT_GROUNDS = re.compile(
    r"\b(?:ma|nhung|chu)?\s*khong\s+(?:phai\s+)?(?:de\s+)?(?:lay\s+)?(?:lam\s+)?can\s+cu"
    r"|\bnot\s+(?:as\s+)?(?:a\s+|its\s+|their\s+)?(?:legal\s+)?(?:grounds?|basis)"
    r"|\bwithout\s+(?:resting|being\s+based)"
)


# The documents a described one cites, asked for (folded): "Báo cáo năm 2019 viện dẫn những
# văn bản nào (của UBND tỉnh)", "Which documents … does the 2019 report refer to?" — the
# documents asked for come after the verb, or the question ends on it.
_DOES_CITE = r"\b(?:does|do|did)\b(.*)\b(?:refer\s+to|cite|mention)\s*\??\s*$"
# A report tells of documents in other words too: "BC quý III … nêu những QĐ nào", "Trong
# báo cáo …, Sở kể ra những QĐ nào", "BC … kể những QĐ nào", "BC … nhắc tới những quyết định, kế
# hoạch nào".
_TELLS_VERB = r"(?:neu|ke ra|ke ten|ke lai|ke|liet ke|nhac lai|noi (?:den|toi))"
# "những QĐ", "các văn bản", "QĐ nào" (the one or ones cited)
_CITED_TYPES = r"(?:van ban|quyet dinh|ke hoach|chi thi|nghi dinh|thong tu|vb|qd|kh)"
_ASKED_CITED = rf"(?:(?:nhung|cac)\s+{_CITED_TYPES}\b|{_CITED_TYPES}\s+nao\b)"
_CITED_BY = re.compile(rf"\b{_MENTION_VERB}\s+{_ASKED_CITED}|{_DOES_CITE}")
_TOLD_BY = re.compile(rf"\b{_TELLS_VERB}\s+{_ASKED_CITED}")
# The verbs also said to the assistant, at the head of their clause: "…; liệt kê các KH của
# tỉnh", "…, hãy kể tên những QĐ …" (not "Sở Tư pháp kể ra những QĐ nào").
_IMPERATIVE_LIST = re.compile(r"(?:liet ke|ke ten|ke ra)\b")
_SAID_TO_US = re.compile(r"\s*(?:(?:hay|giup|cho|toi|minh|em|anh|chi|vui long|xin)\s*)*")
# The citing document described as a document: "BC …", "Báo cáo …", "Kế hoạch …", "the …
# report" (folded).
_CITING_DOCUMENT = re.compile(
    r"\b(?:bc|bao cao|ke hoach|kh|quyet dinh|qd|to trinh|ttr|cong van|report|plan|decision)\b"
)


# Asks, of the documents a report or letter cites, those already changed when it was
# written: "có viện dẫn QĐ nào mà đến ngày lập BC đã bị thay, hoặc bị sửa một phần", "có
# nhắc những QĐ nào đã bị thay thế, sửa đổi hoặc bỏ một phần trước ngày lập BC", "which
# of the decisions it cites had already been replaced" (folded).
_CHANGED_BY_THEN = re.compile(
    r"\b(?:da\s+)?bi\s+(?:thay|sua|bai bo|bo|huy|cham dut)"
    r"|\b(?:da\s+)?(?:duoc\s+)?(?:thay the|sua doi|bai bo)\b[^?]{0,40}"
    r"\b(?:truoc|den)\s+(?:ngay|khi|luc)"
    r"|\b(?:da\s+)?het hieu luc\b"
    r"|\b(?:had|has|have|were|was)\s+(?:already\s+)?(?:been\s+)?(?:replaced|amended|repealed"
    r"|superseded|changed|ended)\b"
)


def asks_changed_by_then(folded: str) -> bool:
    """Whether the part of a question after the citing document asks for the cited ones
    already replaced, amended or ended (in part or whole) when it was written."""
    return bool(_CHANGED_BY_THEN.search(folded))


# The citing document's own date named by its type ("trước ngày lập BC"): no type asked of
# the cited ones (folded).
_OWN_DATE = re.compile(
    r"\b(?:ngay|khi|luc)\s+(?:lap|ky|ban hanh|gui)\s+"
    r"(?:bc|bao cao|kh|ke hoach|cv|cong van|ttr|to trinh|qd|quyet dinh)\b"
)


def without_own_date(clean: str) -> str:
    """``clean`` without the citing document's own date named by its type ("… đã bị thay
    trước ngày lập BC" → "… đã bị thay trước")."""
    return _without_matches(clean, _OWN_DATE)


def asks_cited_by(folded: str) -> bool:
    """Whether a question asks which documents a described one cites (a document named
    before the verb: "Sở đã nêu những QĐ nào" describes none)."""
    if _CITED_BY.search(folded):
        return True
    m = _TOLD_BY.search(folded)
    if m is None:
        return False
    # the citing document in the clause of the verb: "ubnd tỉnh ra KH CCHC mỗi năm, …; liệt
    # kê các KH của tỉnh" asks the plans listed, "liệt kê" said to the assistant
    clause = re.split(r"[;.?!]", folded[: m.start()])[-1]
    if _IMPERATIVE_LIST.match(m.group()) and _SAID_TO_US.fullmatch(clause.split(",")[-1]):
        return False  # "…; liệt kê các KH của tỉnh": no document before it does the telling
    return bool(_CITING_DOCUMENT.search(clause))


def described_citing(clean: str) -> str:
    """The part of a "cited by" question that describes the citing document: before its
    verb ("Báo cáo CCHC năm 2019 của Sở" of "… viện dẫn những văn bản nào"), or after
    "does" ("the department's 2019 reform report" of "Which documents … does the … refer
    to?")."""
    folded = fold(clean)
    m = re.search(_DOES_CITE, folded)
    if m:
        return clean[m.start(1) : m.end(1)].strip()
    m = _CITED_BY.search(folded) or _TOLD_BY.search(folded)
    return clean[: m.start()].strip() if m else clean


def asked_mentioning(folded: str) -> str | None:
    """ "mentions" for a question asking which documents mention one it names, "not_grounds"
    when they must not rest on it (a mention beside the legal grounds), None for others."""
    if not _MENTIONS.search(folded):
        return None
    return "not_grounds" if _NOT_GROUNDS.search(folded) else "mentions"


# The national issuer whose documents a mention question asks about, by the symbol's tail
# (folded): "quyết định của Thủ tướng Chính phủ" (…/QĐ-TTg), "nghị định của Chính phủ"
# (…/NĐ-CP), "the Prime Minister's decisions", "government decrees".
_NATIONAL_ISSUER = re.compile(
    r"\b(?:quyet dinh|chi thi|cong dien|van ban|nghi dinh|nghi quyet)\s+(?:nao\s+)?(?:cua\s+)?"
    r"(?P<vi>thu tuong|chinh phu)\b"
    r"|\b(?P<en>prime minister|government)(?:'s)?\s+"
    r"(?:decisions?|directives?|decrees?|resolutions?)"
    r"|\b(?:decisions?|directives?|decrees?|resolutions?)\s+(?:of|by)\s+the\s+"
    r"(?P<en2>prime minister|government)\b"
)


def mentioned_issuer(folded: str) -> str | None:
    """The symbol's tail of the national issuer whose documents a question asks about
    ("TTg", "CP"), None if it names none."""
    m = _NATIONAL_ISSUER.search(folded)
    if m is None:
        return None
    who = m.group("vi") or m.group("en") or m.group("en2")
    return "TTg" if who in ("thu tuong", "prime minister") else "CP"


# Since the archive's bodies merged (folded): "since the merger", "sau khi sáp nhập", "từ khi
# hợp nhất" — a stretch of issue from the merged body's first document.
_SINCE_MERGER = re.compile(
    r"\b(?:since|after)\s+the\s+merger\b"
    r"|\b(?:tu|ke tu|sau|tu sau)\s+(?:khi\s+)?(?:sap nhap|hop nhat)\b"
    # "Từ khi thành lập, Sở …", "since it was set up": the merged body's own time
    r"|\b(?:tu|ke tu)\s+khi\s+(?:so\s+)?(?:duoc\s+)?thanh lap\b"
    r"|\bsince\s+(?:it\s+was\s+|its\s+)?(?:set up|founded|founding|established|formed"
    r"|formation|establishment)\b"
)


# "trước khi hợp nhất vào Sở Tài chính", "(trước hợp nhất)", "before the merger": issued
# before the archive's bodies merged; what they merged into is when, not what about.
_BEFORE_MERGER = re.compile(
    r"\bbefore\s+(?:the\s+)?merg(?:er|ing)\b"
    r"|\btruoc\s+(?:khi\s+)?(?:sap nhap|hop nhat)\b(?:\s+(?:vao|voi|thanh)\s+[^,;?()]*)?"
)


def asks_before_merger(folded: str) -> bool:
    """Whether a question asks about what was issued before the archive's bodies merged."""
    return bool(_BEFORE_MERGER.search(folded))


def without_before_merger(clean: str) -> str:
    """``clean`` without its "before the merger": when, not what."""
    return _without_matches(clean, _BEFORE_MERGER)


def asks_since_merger(folded: str) -> bool:
    """Whether a question asks about what was issued since the archive's bodies merged."""
    return bool(_SINCE_MERGER.search(folded))


def without_since_merger(clean: str) -> str:
    """``clean`` without its "since the merger": when, not what."""
    return _without_matches(clean, _SINCE_MERGER)


# A decision founding a body out of merged ones (folded trích yếu): "thành lập Sở Tư pháp
# tỉnh Lạc Giang trên cơ sở hợp nhất Sở Tư pháp tỉnh Lạc Giang và Sở Tư pháp tỉnh Tây Phong".
_FOUNDED_BY_MERGER = re.compile(
    r"\b(?:thanh lap|to chuc lai)\b.*\btren co so\s+(?:hop nhat|sap nhap)\b"
)


def merged_since(entries: list[RegistryEntry]) -> str | None:
    """The day the archive's latest body began, when it was made of merged ones: the date of
    the decision founding it so, or of its first document when the archive holds the files
    of bodies of more than one place (a merger of provinces or communes), the later of the
    two (a merged body may keep one of the old names); None otherwise."""
    places = archive_places(entries)
    own = [e for e in entries if e.own_source and e.date and profile_key(e) in places.of]
    founded = [
        e.date for e in entries if e.date and _FOUNDED_BY_MERGER.search(fold(e.subject or ""))
    ]
    first = None
    if len({places.of[profile_key(e)] for e in own}) >= 2:
        last = places.of[profile_key(max(own, key=lambda e: e.date or ""))]
        dates = [e.date or "" for e in own if places.of[profile_key(e)] == last]
        # a merged body keeping one old name ("tỉnh Kiến Phong" after Vạn Ninh joined it):
        # its files from after the other bodies' last
        others_end = max(e.date or "" for e in own if places.of[profile_key(e)] != last)
        first = min([d for d in dates if d > others_end] or dates)
    return max(filter(None, [first, *founded]), default=None)


# When the documents asked for took effect (folded): later than signed ("không có hiệu lực
# ngay khi ký mà từ một ngày sau đó", "có hiệu lực sau ngày ký", "took effect later than the
# day they were signed"), or within a period ("bắt đầu có hiệu lực trong quý II/2024", "có
# hiệu lực từ trong 6 tháng cuối năm 2020", "came into force in 2024").
_LATER_EFFECT = re.compile(
    # "ký trước nhưng đến một ngày sau mới có hiệu lực", "signed but only in force later"
    r"\bky(?:\s+truoc)?\b[^?]*\b(?:nhung|ma)\b[^?]*\b(?:moi|bat dau)\s+co hieu luc\b"
    r"|\bsigned\b[^?]*\b(?:but|only)\b[^?]*\b(?:effective|in force|take effect|took effect)\b|"
    r"\bkhong\s+(?:co\s+)?hieu\s+luc\s+(?:ngay\s+)?(?:khi|tu|ke tu)?\s*(?:ngay\s+)?ky"
    r"(?:\s+ma\s+(?:tu|ke tu)\s+(?:mot\s+)?ngay\s+sau(?:\s+do)?)?"
    r"|\b(?:co\s+)?hieu\s+luc\s+(?:sau|muon hon|cham hon|tre hon)\s+(?:ngay|khi|thoi diem)\s+"
    r"(?:ky|ban hanh)"
    r"|\b(?:took|take|takes|taking|came into|come into|comes into|entered into|became)\s+"
    r"(?:effect|force|effective)\s+(?:later than|after)\s+(?:the\s+(?:day|date)\s+)?"
    r"(?:(?:they|it)\s+(?:were|was)\s+)?(?:signed|signing|issued|issue)"
    # the day of effect written later: "có ngày hiệu lực ghi sau ngày ký", "an effective date
    # later than the signing date"
    r"|\bngay\s+(?:co\s+)?hieu\s+luc\b(?:\s+\S+){0,3}?\s+(?:sau|muon hon|cham hon|tre hon)\s+"
    r"(?:ngay|khi|thoi diem)\s+(?:ky|ban hanh)"
    r"|\beffective\s+(?:date|day)s?\b.{0,30}?\b(?:later than|after)\b.{0,20}?\b(?:sign|issu)\w*"
    # applied only some day after signing: "phải chờ tới một ngày cụ thể sau khi ký mới áp
    # dụng"
    r"|(?:\b(?:phai\s+)?(?:cho|doi)\s+(?:toi|den)\s+(?:mot\s+)?ngay(?:\s+cu the|\s+nhat dinh)?\s+)?"
    r"\bsau\s+(?:khi|ngay)\s+(?:ky|ban hanh)\s+(?:\S+\s+){0,2}?moi\s+(?:duoc\s+)?"
    r"(?:ap dung|co hieu luc|hieu luc|thi hanh)\b"
)
_EFFECT_IN = re.compile(
    r"\b(?:bat\s+dau\s+)?(?:co\s+)?hieu\s+luc\s+(?:thi hanh\s+)?(?:trong|vao|tu trong)\b"
    # "bắt đầu có hiệu lực từ tháng 7 đến tháng 12 năm 2025": months, not a day
    r"|\b(?:co\s+)?hieu\s+luc\s+(?:thi hanh\s+)?tu\s+thang\s+\d{1,2}(?:/\d{4})?\s+(?:den|toi)"
    r"\s+(?:het\s+)?thang\b"
    # "ký rồi nhưng phải sang năm 2027 mới áp dụng"
    r"|\b(?:sang|tu|trong|vao|den)\s+(?:nam\s+)?(?:19|20)\d\d\s+(?:moi\s+)?"
    r"(?:ap dung|co hieu luc|hieu luc)\b"
    r"|\b(?:took|take|takes|came into|come into|comes into|entered into|became)\s+"
    r"(?:effect|force|effective)\s+(?:in|during|within|between)\b"
)


def asked_effect(folded: str) -> str | None:
    """ "later" for a question asking which documents took effect later than signed, "in"
    for one asking which took effect within a period it names, None for others."""
    if _LATER_EFFECT.search(folded):
        return "later"
    return "in" if _EFFECT_IN.search(folded) else None


# A question about what applied within a year or period ("Quy chế chi tiêu nội bộ áp dụng
# trong năm 2023 là QĐ nào", "decisions in force during 2023"): not what was issued then
# (folded).
_HOLDING = (
    r"(?:ap dung|ap dun|con hieu luc|co hieu luc|thuc thi|in force|applied|applicable|apply"
    r"|applying|governed|valid)"
)
_WITHIN = r"(?:trong|cho|suot|during|in|throughout|for)\s+(?:ca\s+)?(?:nam|the year)?\s*"
_HELD_DURING = re.compile(
    rf"\b{_HOLDING}\b[^?.;]{{0,40}}?\b{_WITHIN}(?:19|20)\d\d\b"
    rf"|\b{_WITHIN}(?:19|20)\d\d\b[^?.;]{{0,40}}?\b{_HOLDING}\b"
    # "… áp dụng từ tháng 3/2025": from a month on
    rf"|\b{_HOLDING}\s+(?:ke\s+)?tu\s+(?:thang|ngay)\b"
    # "Năm 2024 Sở có những kế hoạch nào đang triển khai": running in the year it names
    rf"|(?:^\W*|\b(?:trong|suot)\s+(?:ca\s+)?)(?:nam\s+)?(?:19|20)\d\d\b[^?.;]{{0,60}}?"
    r"\bdang\s+(?:duoc\s+)?(?:trien khai|thuc hien)\b"
)


# What a thing was governed by, asked of a year ("Năm 2023 chức năng các phòng … do QĐ nào
# quy định", "Trong năm 2022, Sở chi tiêu nội bộ theo quy chế ở những QĐ nào"): the year is
# the time it held in, as with a verb of holding; not what was done then ("trong năm 2020
# được kiện toàn theo QĐ nào", "ban hành … ở QĐ nào"), folded.
_GOVERNED_BY = (
    r"(?:do|theo|(?:duoc\s+)?quy dinh\s+(?:o|tai|boi|trong))\s+(?:nhung\s+|cac\s+)?"
    r"(?:qd|quyet dinh|van ban|vb|quy che)\b(?:\s+nao|[^?.;,]{0,25}?\b(?:qd|quyet dinh|van ban"
    r"|vb)\s+nao)\b"
)
_YEAR_HELD = r"(?:^\W*|\b(?:trong|suot)\s+(?:ca\s+)?)(?:nam\s+)?(?:19|20)\d\d\b"
_HELD_IN_YEAR = re.compile(
    rf"{_YEAR_HELD}(?P<between>[^?.;]{{0,90}}?)\b{_GOVERNED_BY}"
    rf"|\b{_GOVERNED_BY}(?P<after>[^?.;]{{0,20}}?){_YEAR_HELD}"
)
# Acts done in the year, which make it the year of issue ("được kiện toàn", "ban hành").
_DONE_THEN = re.compile(
    r"\b(?:ban hanh|ky|kien toan|thanh lap|phe duyet|cong bo|sua doi|thay the|bai bo|lap|gui"
    r"|trinh)\b"
)


def asks_held_during(folded: str) -> bool:
    """Whether a question asks what applied within a year it names ("áp dụng trong năm
    2023", "in force during 2024", "trong năm 2023 … còn hiệu lực", "Năm 2023 chức năng các
    phòng do QĐ nào quy định"), not what was issued then and holds now ("Các QĐ năm 2022
    hiện còn hiệu lực"). Its caller checks that it asks no date of effect
    (``asked_effect``)."""
    if _NOW.search(folded):
        return False
    if _HELD_DURING.search(folded):
        return True
    return any(
        not _DONE_THEN.search(m.group("between") or m.group("after") or "")
        for m in _HELD_IN_YEAR.finditer(folded)
    )


# Words saying the question asks about now ("Các QĐ ban hành trong năm 2022 hiện còn hiệu
# lực"), folded.
_NOW = re.compile(r"\b(?:hien|den nay|toi nay|den gio|bay gio|now|currently|today|still)\b")


# A day a change began, leading the question: "Từ ngày 01/3/2025 Sở tiếp nhận chức năng quản
# lý báo chí theo văn bản nào" asks for the document in force from that day, not one issued
# since (folded).
_FROM_DAY = re.compile(
    r"^\W*(?:ke\s+)?(?:tu|bat dau tu)\s+ngay\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d\d)\b"
)
# "… là KH nào, ký ngày nào?": when it was signed is asked, not a year of signing.
_WHEN_SIGNED = re.compile(r"\b(?:ky|ban hanh|gui)\s+(?:vao\s+)?(?:ngay|khi|luc|thoi diem)\s+nao\b")
# Who issued them, told as "do … ban hành" with no time after it ("kế hoạch cải cách hành
# chính năm 2025 do UBND tỉnh ban hành"): the year said is the plan's own, not when it was
# signed (the province's plan of 2026 was signed in December 2025). Folded.
_BY_WHOM = re.compile(
    r"\bdo\s+(?:\w+\s+){1,5}?(?:da\s+)?(?:ky\s+)?ban hanh\b"
    r"(?!\s+(?:nam|trong|tu|vao|thang|quy|ngay|dau|cuoi|sau|truoc|khi|luc)\b)"
)
_ISSUED_WORD = re.compile(
    r"\b(?:ban hanh|ky|gui|trinh|lap|xay dung|issued?|signed?|sent|made|submitted|drew up"
    r"|drawn up|adopted|published|put out)\b"
)


# The day of effect asked anywhere (folded): "ký năm 2024 nhưng có hiệu lực từ ngày 01/01/2025".
_EFFECTIVE_FROM_DAY = re.compile(
    r"\bhieu luc\s+(?:ke\s+)?tu\s+(?:ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d\d)\b"
)


def effect_day(folded: str) -> str | None:
    """The ISO day a question asks what began to apply from (``_FROM_DAY``; or "có hiệu lực
    từ ngày …" anywhere), None when it names none or asks what was issued since."""
    m = _FROM_DAY.search(folded)
    if m is not None and _ISSUED_WORD.search(folded):
        m = None
    m = m or _EFFECTIVE_FROM_DAY.search(folded)
    if m is None:
        return None
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    except ValueError:
        return None


# What the asker counts in beside the documents asked ("…, tính cả QĐ sửa đổi", "kể cả QĐ
# bãi bỏ một phần", "including the decisions amending it"), folded: the clause names an act
# the answer adds, not a facet the answer meets.
_CHANGING_ACT = (
    r"\b(?:sua doi|bo sung|bai bo|dinh chinh|gia han|keo dai|amend\w*|modif\w*|repeal\w*"
    r"|correct\w*|extend\w*)\b"
)
_INCLUDING_CHANGING = re.compile(
    r"(?:,\s*)?\(?\b(?:tinh ca|ke ca|bao gom ca|gom ca|including|counting)\b"
    rf"(?=[^?.;)]*{_CHANGING_ACT})[^?.;)]*\)?"
    # "Quy chế Bộ phận Một cửa hiện hành và QĐ đính chính nó", "…: QĐ thí điểm và QĐ gia
    # hạn?": the act on the one asked for, closing the question
    r"|\s+(?:va|and)\s+(?:cac\s+|nhung\s+|the\s+)?(?:qd|quyet dinh|vb|van ban|cv|cong van"
    rf"|decisions?|documents?|lan)\s+(?:da\s+)?{_CHANGING_ACT}(?:\s+(?:no|chung|it|them))?"
    r"(?=\s*[?.]?\s*$)"
    # "… và các lần sửa đổi", "and its amendments", "with every amendment"
    r"|\s+(?:va|and|with)\s+(?:cac\s+|nhung\s+|its\s+|all\s+|every\s+|any\s+)?"
    r"(?:amendments?|changes|corrections)(?=\s*[?.]?\s*$)"
)


def includes_changing(folded: str) -> bool:
    """Whether the question counts in the documents that changed those asked ("Quy chế chi
    tiêu nội bộ … là những QĐ nào, tính cả QĐ sửa đổi")."""
    return bool(_INCLUDING_CHANGING.search(folded))


def without_including(clean: str) -> str:
    """``clean`` without its "tính cả QĐ sửa đổi" clause (``includes_changing``)."""
    return _without_matches(clean, _INCLUDING_CHANGING)


def without_effect(clean: str) -> str:
    """``clean`` without how it asks when the documents took effect: a state, not a topic
    ("bắt đầu có hiệu lực trong", "không có hiệu lực ngay khi ký mà từ một ngày sau đó")."""
    return _without_matches(clean, rf"{_LATER_EFFECT.pattern}|{_EFFECT_IN.pattern}")


# Who proposed the documents asked for, as the question names them (folded): "QĐ nào Sở ban
# hành theo đề nghị của Trưởng phòng CCHC", "Phòng Kế hoạch - Tài chính đã trình Giám đốc
# ký những QĐ nào", "Giám đốc Trung tâm … đã đề xuất những QĐ nào", "quyết định nào được
# ban hành trên cơ sở tờ trình của Trung tâm".
_PROPOSER_ASKED = re.compile(
    r"\b(?:theo|xet|tren co so)\s+(?:de nghi|de xuat|to trinh)\s+cua\s+(?P<after>[^?.;]+)"
    r"|^(?:\w+\s+){0,3}?(?P<before>(?:truong |giam doc |pho )?(?:phong|trung tam|van phong"
    r"|chi cuc|thanh tra|giam doc|chanh van phong)\b[^?.;]{0,60}?)\s+(?:da\s+)?"
    r"(?:trinh|de xuat|de nghi)\b"
)
# Where a file names its proposer: "Theo đề nghị của Trưởng phòng Cải cách hành chính.",
# "Xét đề nghị của Giám đốc Trung tâm … tại Tờ trình số …" (folded).
_PROPOSED_IN = re.compile(r"\b(?:theo|xet)\s+de nghi\s+cua\s+(?P<who>[^.;\n]+)")
_PROPOSER_STOP = re.compile(r"\s+(?:nhung|cac|ban hanh|ky|la|gom)\b.*$")


def asked_proposer(clean: str) -> str | None:
    """The proposer a list question names (folded: "truong phong cchc"), None if none."""
    m = _PROPOSER_ASKED.search(fold(clean))
    if m is None:
        return None
    who = _PROPOSER_STOP.sub("", (m.group("after") or m.group("before") or "").strip())
    return " ".join(who.split()) or None


def proposed_by(text: str, proposer: str) -> bool:
    """Whether ``text`` (a file's preamble) names ``proposer`` as who proposed it: every
    word of the name found in its "Theo / Xét đề nghị của …" line, an initialism
    ("CCHC") standing for the syllables it abbreviates ("Cải cách hành chính")."""
    words = [w for w in re.findall(r"[a-z0-9]+", proposer) if w not in ("cua", "so")]
    for m in _PROPOSED_IN.finditer(fold(text)):
        said = re.findall(r"[a-z0-9]+", m.group("who"))
        initials = "".join(w[0] for w in said)
        if words and all(w in said or (len(w) > 2 and w in initials) for w in words):
            return True
    return False


# Whom the documents asked for were sent to, said right after them: "các công văn gửi doanh
# nghiệp lữ hành", "những CV nào gửi Phòng LĐTBXH các huyện", "tờ trình Sở đã gửi UBND tỉnh"
# (folded); not what was sent ("đã gửi những báo cáo nào"), sent out ("gửi đi") or sent with
# ("gửi kèm"), nor whom a document the question describes was sent to ("BC … của xã gửi Sở
# Nội vụ là làm theo CV nào"). The recipient ends at the next clause: a year, "và", "nào".
_SENT_TO = re.compile(
    r"\b(?:(?:van ban|vb|cong van|cv|to trinh|ttr|bao cao|bc|ke hoach|kh|quyet dinh|qd"
    r"|documents?|letters?|reports?|proposals?|plans?|decisions?)(?:\s+\S+){0,2}?|nao)"
    r"\s+(?:(?:da|duoc|dc)\s+)?(?:gui|goi)\s+(?:(?:cho|den|toi|len|ve)\s+)?"
    r"(?!(?:nhung|cac)\s+(?:van ban|vb|bao cao|bc|cong van|cv|to trinh|ttr|ke hoach|kh)\b)"
    r"(?!(?:di|kem|lai|de|nhung|va|bao cao|bc|van ban|vb|cong van|cv|to trinh|ttr)\b)"
    r"(?P<who>[a-z0-9 ]+?)\s*(?=[,.;:?!()]|$|\s(?:va|hoac|nam|trong|tu|den|nao|gi|la|de|ve"
    r"|theo|sau|truoc|quy|thang|ngay|co|da|duoc|phai|gom|bao gom|nhung|can|se|roi|thi|ma)\b)"
)
# Syllables that name no recipient of their own.
_RECIPIENT_STOP = frozenset({"cac", "nhung", "tren", "dia", "ban", "cap"})
# "Kính gửi: …" to the end of its paragraph, a list of recipients ("- Sở Nội vụ;") included.
_ADDRESSED = re.compile(r"\bkinh gui\s*:?\s*(?P<to>(?:[^\n]|\n(?!\s*\n))*)")
# The short forms of bodies a question types and a file writes in full (folded).
_BODY_SHORT = {"ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan"}


# … in English, read through the glossary: "letters sent to the Department of Home Affairs",
# "which letters did the department send to travel businesses" (folded).
_EN_SENT_TO = re.compile(
    r"\b(?:sent|send|sends|addressed|written)\s+(?:out\s+)?to\s+(?:the\s+)?"
    r"(?P<who>[a-z' ]+?)\s*(?=[,.;:?!()]|$|\s(?:in|during|on|since|from|between|before|after"
    r"|about|and|or|that|which|this|last|for)\b)"
)


def asked_recipient(clean: str) -> tuple[str, ...]:
    """The syllables of whom a list question asks documents sent to ("các CV gửi doanh
    nghiệp lữ hành" → ``("doanh", "nghiep", "lu", "hanh")``; in English through the
    glossary), empty if it names none or a single syllable ("gửi huyện": too loose to read
    a file's recipients by)."""
    folded = fold(clean)
    m = _SENT_TO.search(folded)
    who = m.group("who") if m else None
    if m is None and (en := _EN_SENT_TO.search(folded)) is not None:
        who = fold(gloss(en.group("who")))
    if not who:
        return ()
    words = [w for w in who.split() if w not in _RECIPIENT_STOP]
    return tuple(words) if len(words) >= 2 else ()


# Letters and their answers (folded). What was answered: "thành phố đã trả lời những công văn
# nào của Sở Nội vụ", "những CV nào của tỉnh đã được phúc đáp", "which letters of the province
# did the city answer"; what answered: "các công văn của thành phố trả lời UBND tỉnh", "văn bản
# phúc đáp Công văn …", "letters replying to the Department of Home Affairs".
_ANSWER_VERB = r"(?:tra loi|phuc dap)"
_LETTER_WORD = r"(?:cong van|van ban|cv|vb)"
_ANSWERED_ASKED = re.compile(
    rf"\b{_ANSWER_VERB}\s+(?:lai\s+)?(?:nhung|cac)\s+(?:{_LETTER_WORD})\s+(?:nao|gi)\b"
    rf"|\b{_ANSWER_VERB}\s+(?:lai\s+)?(?:nhung|cac)\s+(?:{_LETTER_WORD})\b[^?]{{0,60}}?\bnao\b"
    rf"|\b(?:{_LETTER_WORD})\s+nao\b[^?]{{0,60}}?\bda\s+(?:duoc\s+)?(?:\S+\s+){{0,3}}?{_ANSWER_VERB}\b"
    r"|\b(?:answered|replied to)\s+(?:which|what)\b"
    r"|\bwhich\s+(?:letters|documents)\b[^?]{0,80}?\b(?:did|has|have)\b[^?]{0,60}?"
    r"\b(?:answer|reply to)\b"
)
_ANSWERING_ASKED = re.compile(
    rf"\b(?:{_LETTER_WORD})\b[^?]{{0,50}}?\b{_ANSWER_VERB}\b"
    r"|\b(?:letters?|documents?|replies|answers)\b[^?]{0,50}?\b(?:answering|replying to"
    r"|in reply to|in answer to|that answered|that replied to|answered|replied to)\b"
)


def asked_answering(folded: str) -> str | None:
    """``"answered"`` for a question asking which letters were answered, ``"answering"`` for
    one asking which letters answer others, None otherwise."""
    if _ANSWERED_ASKED.search(folded):
        return "answered"
    return "answering" if _ANSWERING_ASKED.search(folded) else None


# Whose letters a question about answers names (NFC, as typed): the body after "của", "gửi",
# "trả lời", "phúc đáp" ("… trả lời UBND tỉnh", "… công văn nào của Sở Nội vụ").
_ANSWER_BODY = re.compile(
    r"\b(?:của|gửi|trả lời|phúc đáp|cua|gui|tra loi|phuc dap|of|from|to)\s+(?:các\s+|cac\s+)?"
    r"(?:công văn\s+|cong van\s+|văn bản\s+|van ban\s+|the\s+)?(?:của\s+|cua\s+)?",
    re.IGNORECASE,
)


def answer_body(clean: str) -> Organ | None:
    """The body whose letters, or whose answers, a question about answers names; None if it
    names none (``_ANSWER_BODY``)."""
    for m in _ANSWER_BODY.finditer(clean):
        if _ANSWERER.match(clean, m.start()):
            continue  # "các công văn của thành phố trả lời …": who answered (``answering_body``)
        named = organ_of_name(clean[m.end() : m.end() + 60])
        if named is not None:
            return named
    return None


# Who answered, named before the verb of answering: "các công văn của thành phố (Bảo An) trả
# lời UBND tỉnh", "… của UBND phường phúc đáp …".
_ANSWERER = re.compile(
    r"(?:của|cua)\s+(?P<who>(?:(?:UBND|Ủy ban nhân dân|ubnd)\s+)?(?:thành phố|thanh pho|tỉnh|tinh"
    r"|huyện|huyen|phường|phuong|xã|xa|thị xã|thi xa|quận|quan|Sở|So)\b[^,.;:?]{0,30}?)\s+"
    r"(?:đã\s+|da\s+)?(?:trả lời|phúc đáp|tra loi|phuc dap)\b",
    re.IGNORECASE,
)


def answering_body(clean: str) -> Organ | None:
    """The body a question about answers names as who answered ("các công văn của thành phố
    trả lời UBND tỉnh": the city's), None if it names none."""
    m = _ANSWERER.search(clean)
    if m is None:
        return None
    who = m.group("who")
    named = organ_of_name(who)
    if named is not None:
        return named
    words = fold(who).split()
    for n in (2, 1):
        unit = FOLDED_UNITS.get(" ".join(words[:n]))
        if unit:
            return Organ(frozenset({"ubnd"}), None, unit)
    return None


def addressed_organs(text: str) -> list[Organ]:
    """The bodies a file's "Kính gửi: …" names (NFC text), one per recipient line or item."""
    out = []
    for m in re.finditer(r"[Kk]ính gửi\s*:?\s*((?:[^\n]|\n(?!\s*\n))*)", text):
        for part in re.split(r"[;\n]|\s-\s|^-\s", m.group(1)[:400]):
            named = organ_of_name(part.strip(" -–.;,"))
            if named is not None:
                out.append(named)
    return out


def addressed_to(text: str, recipient: tuple[str, ...]) -> bool:
    """Whether a file's "Kính gửi: …" names ``recipient`` (``asked_recipient``, read by
    ``names_recipient``)."""
    return any(
        names_recipient(m.group("to")[:400], recipient) for m in _ADDRESSED.finditer(fold(text))
    )


# Sending said in a sentence (folded): "gửi", "trình", "đề nghị", "báo cáo", "kính gửi".
_SENDING = re.compile(r"\b(?:gui|trinh|de nghi|bao cao)\s+(?:len\s+|den\s+|toi\s+|ve\s+)?")


def sent_to_in(sentence: str, recipient: tuple[str, ...]) -> bool:
    """Whether a sentence (folded: one citing a document) says something was sent to
    ``recipient`` ("Sở đã trình UBND tỉnh tại Tờ trình số …"): the recipient named in the
    words after a verb of sending."""
    return any(
        names_recipient(sentence[m.end() : m.end() + 80], recipient)
        for m in _SENDING.finditer(sentence)
    )


def names_recipient(said: str, recipient: tuple[str, ...]) -> bool:
    """Whether ``said`` (folded: a "Kính gửi" line, a sentence citing a document) names
    ``recipient``: every syllable in it, a body's short form ("UBND") standing for its full
    name and an initialism ("LĐTBXH") for the syllables it abbreviates."""
    for short, full in _BODY_SHORT.items():
        said = re.sub(rf"\b{short}\b", full, said)
    syllables = re.findall(r"[a-z0-9]+", said)
    initials = "".join(w[0] for w in syllables if w != "va")
    return all(
        (w in syllables)
        or (w in _BODY_SHORT and all(x in syllables for x in _BODY_SHORT[w].split()))
        or (len(w) > 2 and w in initials)
        for w in recipient
    )


# The latest document of a kind asked for: "kế hoạch mới nhất", "QĐ … gần đây nhất",
# "Sở vừa ra quy chế gì", "the newest regulation", "the most recent report" (folded).
_LATEST = re.compile(
    r"\b(?:moi nhat|gan (?:day )?nhat|vua (?:moi )?(?:ban hanh|ra|ky)|newest|latest"
    r"|most recent)\b"
)


# A document's history asked for: "qua các thời kỳ", "over the years", "đã lần lượt được ban
# hành, thay thế qua những QĐ nào", "đã trải qua mấy QĐ" (folded).
_HISTORY = re.compile(
    r"\b(?:qua cac (?:thoi ky|nam|lan)|over the years|lan luot|da trai qua|tu truoc (?:den|toi) nay"
    r"|one after (?:another|the other)|in turn|in succession)\b"
    # "Quy chế Bộ phận Một cửa: QĐ cũ và QĐ thay thế", "văn bản cũ và mới", "old and new"
    r"|\bcu\s+(?:va|,)\s+(?:(?:qd|quyet dinh|vb|van ban|kh|ke hoach|quy che)\s+)?"
    r"(?:moi|thay the)\b|\bold\s+and\s+(?:the\s+)?(?:new|replacing)\b"
    # its issuing and its changes asked together: "được ban hành, thay thế và bỏ bớt điều
    # khoản qua những QĐ nào", "được quy định và sửa đổi qua những quyết định nào", "đã mấy
    # lần đổi … cả bản cũ", "issued, amended and replaced by which decisions"
    r"|\b(?:ban hanh|quy dinh)\s*(?:,|va|roi|hoac)\s+(?:(?:duoc|bi|da)\s+)?(?:sua doi|sua"
    r"|thay the|thay|bai bo|bo bot|dieu chinh)\b|\bmay lan\s+(?:doi|sua|thay)\b"
    r"|\bissued\s*(?:,|and|then)\s+(?:later\s+)?(?:amended|replaced|repealed|changed)\b"
    # "đã được ban hành mấy lần", "how many times was it issued"
    r"|\b(?:ban hanh|ban hang|thay|sua doi|doi)\s+(?:may|bao nhieu)\s+lan\b"
    r"|\bhow many times\b[^?]*\b(?:issued|replaced|reissued)\b"
)
# A document and what later acted on it, asked together (folded): "the list itself and every
# later decision that amended, partly repealed or replaced it", "QĐ đó và các QĐ sau này sửa
# đổi, thay thế nó".
_LATER_CHANGES = re.compile(
    r"\b(?:itself|it)\s+and\s+(?:every|all|each|the)\s+(?:later\s+|subsequent\s+)?"
    r"(?:decisions?|documents?|acts?)\s+that\s+(?:later\s+)?(?:amended|changed|replaced"
    r"|repealed)"
    r"|\bva\s+(?:moi|cac|tat ca|nhung)\s+(?:qd|quyet dinh|van ban|vb)\s+(?:sau (?:nay|do)\s+"
    r"|ve sau\s+)?(?:da\s+)?(?:sua doi|thay the|bai bo)\b[^?]*\bno\b"
    # "…: quyết định ban hành và quyết định bãi bỏ", "QĐ ban hành ban đầu, QĐ sửa đổi"
    r"|\b(?:qd|quyet dinh|van ban|vb)\s+ban hanh(?:\s+ban dau)?\s*(?:,|va)\s+"
    r"(?:(?:cac\s+|nhung\s+)?(?:qd|quyet dinh|van ban|vb)\s+)?(?:sua doi|bai bo|thay the|bo sung)\b"
)


# Every document about one described, asked for (folded): "Toàn bộ văn bản về Kế hoạch chuyển
# đổi số năm 2025 …", "tất cả văn bản liên quan đến QĐ …", "every document about the 2025 plan".
_EVERYTHING_ABOUT = re.compile(
    r"\b(?:toan bo|tat ca|moi)\s+(?:cac\s+|nhung\s+)?(?:van ban|vb|ho so|giay to)\s+"
    r"(?:ve|lien quan(?:\s+(?:den|toi))?)\s+(?:viec\s+)?(?:ke hoach|kh|quyet dinh|qd|de an|quy che"
    r"|chuong trinh)\b"
    r"|\b(?:every|all)\s+(?:the\s+)?documents?\s+(?:about|on|related to|concerning)\s+the\b"
)


def asks_everything_about(folded: str) -> bool:
    """Whether a list question asks for a described document with every one that carries it
    out, reports on it or acts on it."""
    return bool(_EVERYTHING_ABOUT.search(folded))


def asks_later_changes(folded: str) -> bool:
    """Whether a list question asks for a document with every later act on it."""
    return bool(_LATER_CHANGES.search(folded))


# A yearly series asked for: "KH CCHC hằng năm của Ban giai đoạn 2021-2026", "các kế hoạch
# từng năm", "the annual reform plans" (folded).
_SERIES = re.compile(r"\b(?:hang nam|tung nam|moi nam|yearly|annual|each year|every year)\b")


def asks_series(folded: str) -> bool:
    """Whether a question asks for a yearly series of documents (one a year)."""
    return bool(_SERIES.search(folded))


# The old versions counted in, of a year (folded): "tính cả bản cũ năm 2022", "kể cả bản trước
# năm 2022", "including the old ones from 2022".
_OLD_ONES_TOO = re.compile(
    r"\b(?:ke ca|tinh ca|bao gom ca)\s+(?:(?:nhung|cac)\s+)?(?:ban|van ban|vb|qd|quyet dinh"
    r"|quy che)?\s*(?:cu\s+)?(?:(?:tu|truoc|trong)\s+)?(?:nam\s+)?((?:19|20)\d\d)\b"
    r"|\bincluding\s+(?:the\s+)?(?:old(?:er)?|earlier|original|previous)?\s*(?:ones?|versions?"
    r"|rules?)?\s*(?:from|before|of|in)\s+((?:19|20)\d\d)\b"
)


def old_ones_years(folded: str) -> set[str]:
    """The years a question names only as those of old versions counted in (``_OLD_ONES_TOO``):
    no year the answer is of."""
    return {m.group(1) or m.group(2) for m in _OLD_ONES_TOO.finditer(folded)}


def asks_history(folded: str) -> bool:
    """Whether a list question asks for a document's history: it, those it replaced and
    those replacing it."""
    return bool(_HISTORY.search(folded))


# A list of administrative procedures asked for ("danh mục TTHC … đang áp dụng", "the list of
# procedures", "QĐ công bố TTHC"), and a decision publishing one: "Công bố Danh mục thủ tục
# hành chính …", "Công bố thủ tục hành chính được sửa đổi, bổ sung và bị bãi bỏ …" (folded).
# Not the one-stop rules for receiving them, nor a Tờ trình proposing the list.
_PROCEDURE_LIST = re.compile(
    r"\bdanh muc (?:cac )?(?:thu tuc hanh chinh|tthc|thu tuc)\b"
    r"|\b(?:list of (?:\S+\s+){0,4}?procedures|procedures? list)\b"
    r"|\bcong bo (?:cac )?(?:thu tuc hanh chinh|tthc)\b"
)
_PUBLISHES_PROCEDURES = re.compile(
    r"\bcong bo\b.{0,60}?\b(?:thu tuc hanh chinh|tthc)\b|\bdanh muc (?:cac )?thu tuc hanh chinh\b"
)


# The request for a list, described: "What legal grounds did the department cite when it
# asked … for the amended list of procedures to be published?", "Tờ trình đề nghị công bố
# danh mục TTHC …" (folded).
_REQUESTED = re.compile(
    r"\b(?:to trinh|ttr|de nghi|kien nghi|proposals?|proposed|asked|requested|submission)\b"
)


# Another instrument asked beside the list: "danh mục TTHC … và quy trình nội bộ giải quyết
# các TTHC đó được ban hành ở những QĐ nào" (folded).
_BESIDE_LIST = re.compile(
    r"\b(?:va|and)\s+(?:(?:cac|the|its)\s+)?(?:quy trinh|quy che|internal procedures?|rules)\b"
)


def asks_procedure_list(folded: str) -> bool:
    """Whether a list question asks for the decisions publishing lists of procedures (not
    the request for one, nor the list with another instrument)."""
    return (
        bool(_PROCEDURE_LIST.search(folded))
        and not _REQUESTED.search(folded)
        and not _BESIDE_LIST.search(folded)
    )


def publishes_procedures(entry: RegistryEntry, context: str = "") -> bool:
    """Whether ``entry`` is a decision publishing procedures, by its trích yếu or, for one
    the archive only cites, by the ``context`` it is cited in."""
    if (entry.code or "CV") != "QĐ":
        return False
    said = entry.subject or ("" if entry.own_source else context)
    return _PUBLISHES_PROCEDURES.search(fold(said)) is not None


def asks_latest(folded: str) -> bool:
    """Whether a list question asks for the latest document of its kind."""
    return bool(_LATEST.search(folded))


# The first document of its kind asked: "QĐ đầu tiên năm 2023", "bản đầu tiên", "the first
# decision" (folded; not "the first quarter", "6 tháng đầu năm").
_EARLIEST = re.compile(
    r"\b(?:qd|quyet dinh|vb|van ban|kh|ke hoach|ban|cong van|cv|bao cao|bc|quy che)\s+"
    r"(?:\w+\s+)?dau tien\b"
    r"|\bthe (?:very )?first (?:decision|plan|version|document|regulation|letter|report)\b"
)


def asks_earliest(folded: str) -> bool:
    """Whether a list question asks for the first document of its kind (``_EARLIEST``)."""
    return bool(_EARLIEST.search(folded)) and not asks_latest(folded)


# A document's legal grounds, asked in either direction (folded): what rests on a document
# named or described ("Những văn bản nào của Sở lấy Nghị định 90/2020/NĐ-CP làm căn cứ",
# "QĐ nào căn cứ vào quy định chức năng, nhiệm vụ năm 2021", "văn bản viện dẫn quyết định
# thành lập … làm căn cứ", "which decisions are based on …"), or what one described rests on
# ("quy chế chữ ký số của Sở căn cứ vào những văn bản nào", "what is … based on").
_GROUND_DOCUMENT = rf"(?:{_DOCUMENT_WORD}|qd|kh|vb|qc|quy che|to trinh|ttr|bao cao)"
# the kinds of act a document's grounds are ("viện dẫn căn cứ những nghị định nào")
_GROUND_KIND = r"(?:nghi dinh|thong tu|luat|nghi quyet|quyet dinh|van ban|vb|qd)"
_RESTS_ON = re.compile(
    rf"\b(?P<what>{_GROUND_DOCUMENT})\s+(?:nao\b.{{0,60}}?)?\b(?:lay|vien dan|dung)\b"
    r".{0,150}?\blam can cu\b"
    rf"|\b(?P<what2>{_GROUND_DOCUMENT})\s+nao\b.{{0,60}}?\bcan cu (?:vao|theo)\b"
    # "VB nào được ban hành căn cứ Quyết định số 31/2025/QĐ-UBND"
    rf"|\b(?P<what4>{_GROUND_DOCUMENT})\s+nao\b.{{0,60}}?\bcan cu\s+"
    r"(?:quyet dinh|qd|nghi dinh|thong tu|luat|nghi quyet|chi thi)\b"
    rf"|\b(?:which|what)\s+(?:[\w']+\s+){{0,4}}?(?P<ewhat>{_DOCUMENT_WORD})\b.{{0,60}}?"
    r"\b(?:based on|rest on|cite\b.{0,80}?\bas\b.{0,20}?\b(?:basis|ground)"
    # "Which of the department's own decisions were issued on the basis of …"
    r"|on the (?:legal )?(?:basis|grounds?) of|pursuant to)"
    # the documents asked for after the ground: "đã dẫn QĐ 1876 làm căn cứ trong những văn
    # bản nào"
    rf"|\b(?:lay|vien dan|dan|dung)\b.{{0,80}}?\blam can cu\s+(?:trong|o|tai)\s+"
    rf"(?:nhung\s+|cac\s+)?(?P<what3>{_GROUND_DOCUMENT})\s+nao\b"
    # and after what they rest on: "Sở đã căn cứ vào QĐ 1532/QĐ-UBND ra (những) QĐ nào"
    # (one clause: "Căn cứ quy chế, Sở đã ban hành …" leads with its ground, asks no relation)
    r"|\bcan cu\s+(?:vao\s+|theo\s+)?(?:[^\s,;:]+\s+){1,12}?(?:de\s+)?(?:ra|ban hanh)\s+"
    rf"(?:nhung\s+|cac\s+)?(?P<what5>{_GROUND_DOCUMENT})\s+(?:nao|gi)\b"
    # the documents asked for, then "có căn cứ" a higher one: "qd nao cua so co can cu nghi
    # dinh 61/2018", "Các QĐ do … ký có căn cứ Nghị định 61/2018 … là những QĐ nào"
    rf"|\b(?P<what6>{_GROUND_DOCUMENT})\b.{{0,80}}?\bco can cu\s+(?:vao\s+|theo\s+)?"
    r"(?:quyet dinh|qd|nghi dinh|nd|thong tu|luat|nghi quyet|chi thi)\b"
    # typed as a search: "qd so y te can cu nd 61/2018" (the documents first, then the ground)
    rf"|^(?P<what7>{_GROUND_DOCUMENT})\b.{{0,60}}?\bcan cu\s+(?:vao\s+|theo\s+)?"
    r"(?:quyet dinh|qd|nghi dinh|nd|thong tu|luat|nghi quyet|chi thi)\b(?!.*\bnao\b)"
)
_GROUNDS_OF = re.compile(
    # the document whose grounds are asked is named before ("Hiện các phòng làm nhiệm vụ gì
    # thì căn cứ vào QĐ nào" asks which decision sets the tasks, not a document's grounds)
    rf"\b{_GROUND_DOCUMENT}\b(?:\s+\S+){{0,24}}?\s+can cu (?:vao |theo )?(?:nhung |cac )?"
    rf"(?P<what>{_GROUND_DOCUMENT}|{_GROUND_KIND})\s+nao\b"
    # "QĐ ban hành KH … dựa trên các căn cứ nào", "… có những căn cứ pháp lý nào"
    rf"|\b{_GROUND_DOCUMENT}\b(?:\s+\S+){{0,16}}?\s+(?:dua tren|co|gom)\s+(?:nhung |cac )?"
    r"can cu(?: phap ly)? nao\b"
    r"|\bbased on\s*\??\s*$|(?<!on the )(?<!on the legal )\b(?:legal )?(?:basis|bases|grounds)"
    r"\s+(?:of|for)\b"
    # the grounds asked for after the verb: "Quy chế … lấy những văn bản nào làm căn cứ"
    rf"|\b(?:lay|dung|vien dan|dan)\s+(?:nhung\s+|cac\s+)?(?P<what2>{_GROUND_DOCUMENT})\s+nao"
    r"\s+(?:de\s+)?lam can cu\b"
    # "What legal grounds does decision 88/QĐ-STP … cite?"
    r"|\b(?:what|which)\s+(?:\w+\s+)?(?:grounds?|bases|basis)\b"
    # the grounds asked after a verb of citing: "QĐ … dẫn những căn cứ pháp lý nào", "Tờ
    # trình … viện dẫn căn cứ những nghị định nào", "QĐ … được ban hành dựa trên những văn
    # bản nào"
    rf"|\b{_GROUND_DOCUMENT}\b(?:\s+\S+){{0,24}}?\s+(?:vien dan|dan|dua tren|neu)\s+"
    rf"(?:can cu\s+)?(?:nhung\s+|cac\s+)?(?:(?P<what3>{_GROUND_KIND})|can cu(?: phap ly)?)\s+nao\b"
    # the document named as who cites: "các văn bản mà 12/QĐ-SYT … viện dẫn làm căn cứ",
    # "những VB được QĐ 45 dẫn làm căn cứ"
    rf"|\b{_GROUND_DOCUMENT}\s+(?:ma|duoc|dc)\s+(?:\S+\s+){{1,20}}?"
    r"(?:vien dan|dan|dung|lay|neu)\s+(?:\S+\s+){0,2}?lam can cu\b"
)


def asked_grounds(folded: str) -> tuple[str, str | None] | None:
    """``("resting_on", code)`` for a question asking which documents (of type ``code``)
    take a document as their legal ground, ``("grounds", code)`` for one asking what a
    described document rests on; None otherwise."""
    folded = asked_type_first(folded)
    m = _GROUNDS_OF.search(folded)
    if m is not None:
        return "grounds", _ground_code(m.group("what") or m.group("what2") or m.group("what3"))
    m = _RESTS_ON.search(folded)
    if m is not None:
        what = (
            m.group("what")
            or m.group("what2")
            or m.group("ewhat")
            or m.group("what3")
            or m.group("what4")
            or m.group("what5")
            or m.group("what6")
            or m.group("what7")
        )
        return "resting_on", _ground_code(what)
    return None


def _ground_code(word: str | None) -> str | None:
    """The type code of the document word a grounds question asks for ("QĐ nào"), None for
    any ("văn bản nào")."""
    if word is None or word in ("van ban", "vb") or word.startswith("document"):
        return None
    return {"qd": "QĐ", "kh": "KH", "quy che": "QĐ", "cv": "CV"}.get(word) or code_of_word(word)


_PASSIVE = re.compile(
    r"\b(duoc|bi|da duoc|da bi)\s+(sua doi|bo sung|thay the|bai bo)\b"
    r"|\b(was|were|been|is|are|be)\s+(amended|modified|replaced|superseded|repealed)\b"
)


# The document that acted on one the question describes, asked for: "Quyết định năm 2016 …
# đã được thay bằng quyết định nào", "bị bãi bỏ bởi văn bản nào", "was replaced by which
# decision", "văn bản nào làm chấm dứt hiệu lực quy định … năm 2022" (the year is the
# described one's). The events of the described document's life that answer (``validity``).
_AGENT_VERBS = (
    (("replaced", "partly_replaced"), r"thay(?: the)?|replaced|superseded"),
    (("amended",), r"sua(?: doi)?(?:,? bo sung)?|bo sung|dieu chinh|amended|modified"),
    (
        ("repealed", "partly_repealed", "ended"),
        r"bai bo|huy bo|thu hoi|cham dut(?: hieu luc)?|bo bot|bo di|loai bo|repealed|annulled"
        r"|revoked",
    ),
)
_AGENT = re.compile(
    # "bị thay thế khi nào, bởi QĐ nào": a comma may stand before the agent asked
    r"\b(?:duoc|bi)\s+(?P<vi>" + "|".join(v for _, v in _AGENT_VERBS) + r")"
    r"\s+(?:\w+,?\s+){0,3}?(?:bang|boi)\s+(?:nhung\s+|cac\s+)?(?:\w+\s+){0,2}?(?:nao|gi)\b"
    r"|\b(?P<en>" + "|".join(v for _, v in _AGENT_VERBS) + r")\s+by\s+(?:which|what)\b"
    # "What replaced the 2021 functions decision?", "which decision superseded the 2019
    # rules": the year is the one described's (without one, the acting are ranked by their
    # own facets, ``asked_acts``)
    # ("Which documents were replaced in 2024?" asks for the ones replaced)
    r"|^\s*(?:what|which(?:\s+(?!(?:was|were|been|is|are|got)\b)\w+){0,2}?)\s+(?:has\s+|have\s+)?"
    r"(?P<en2>replaced|superseded"
    r"|amended|modified|repealed|annulled|revoked)\s+(?:\S+\s+){0,3}?(?:19|20)\d\d\b"
    # the agent asked before the verb: "đã bị QĐ nào chấm dứt", "được những văn bản nào
    # sửa đổi, thay thế"
    r"|\b(?:duoc|bi)\s+(?:nhung\s+|cac\s+)?(?:\w+\s+){1,2}?nao\s+(?:\w+\s+)?"
    r"(?P<vi2>" + "|".join(v for _, v in _AGENT_VERBS) + r")\b"
    # the changes told as times: "đã qua những lần sửa, thay bằng QĐ nào"
    r"|\bqua\s+(?:nhung|cac|may)\s+lan\s+(?P<vi3>" + "|".join(v for _, v in _AGENT_VERBS) + r")"
    r"(?:\s*(?:,|va|hoac|hay)\s*(?:\w+\s*){1,3}?)?\s+(?:bang|boi)\s+(?:nhung\s+|cac\s+)?"
    r"(?:\w+\s+){0,2}?(?:nao|gi)\b"
    # "Has anything been struck out of the 2022 rules, and by which decision?"
    r"|\b(?P<en3>" + "|".join(v for _, v in _AGENT_VERBS) + r"|struck|removed|deleted"
    r"|abolished|ended|terminated|cancell?ed)\b.{0,120}?\bby\s+(?:which|what)\b"
    # the acting asked first, as staff type it: "văn bản thay thế Quy chế chi tiêu nội bộ năm
    # 2018", "QĐ nào sửa đổi quy trình nội bộ năm 2020" (the year is the one described's)
    r"|^\s*(?:(?:cac|nhung)\s+)?(?:van ban|vb|quyet dinh|qd)(?:\s+nao)?\s+(?:da\s+)?"
    # (not "QĐ nào bãi bỏ văn bản khác năm 2024": the acting ones, nothing described)
    r"(?P<vi4>thay the|sua doi|bai bo)\s+(?!(?:cac\s+|nhung\s+)?(?:van ban|vb|qd|quyet dinh)"
    r"\s+khac\b)(?:\S+\s+){1,8}?(?:nam\s+)?(?:19|20)\d\d\b"
)
# ``_AGENT``'s alternatives, each naming the verb it read.
_AGENT_GROUPS = ("vi", "en", "en2", "vi2", "vi3", "en3", "vi4")
# The verbs of a change asked in English beyond ``_AGENT_VERBS``: an article struck out, a
# document ended.
_EN_ENDED = {"struck": ("partly_repealed", "repealed"), "removed": ("partly_repealed", "repealed")}
_EN_ENDED["deleted"] = _EN_ENDED["struck"]
# Ending a document's force, in the active voice: its end and its replacement both do.
_ENDING = re.compile(r"\b(?:lam\s+)?cham dut hieu luc\b|\blam het hieu luc\b")


# Acts on another document that its life does not record, asked as who did them: "Quyết
# định nào đính chính Quyết định số 27/QĐ-SCT?", "Kế hoạch số hóa hồ sơ năm 2024 được gia
# hạn bằng văn bản nào?", "Which letter extended the 2024 digitisation plan?". The act is
# named in the acting document's trích yếu ("Gia hạn thời gian thực hiện Kế hoạch …"): the
# act's words, folded, as a trích yếu writes them.
_ACTS_ON = {
    "dinh chinh": ("dinh chinh",),
    "gia han": ("gia han", "keo dai"),
    "keo dai": ("gia han", "keo dai"),
    "tam dung": ("tam dung", "tam ngung"),
    "tam ngung": ("tam dung", "tam ngung"),
    "dinh chi": ("dinh chi",),
    "corrected": ("dinh chinh",),
    "corrects": ("dinh chinh",),
    "extended": ("gia han", "keo dai"),
    "extends": ("gia han", "keo dai"),
    "suspended": ("tam dung", "tam ngung", "dinh chi"),
}
_ACT_ON = "|".join(sorted(_ACTS_ON, key=len, reverse=True))
_ACTED_ON = re.compile(
    # "… được gia hạn bằng văn bản nào", "bị đình chỉ bởi QĐ nào"
    rf"\b(?P<vi>{_ACT_ON})\s+(?:\w+\s+){{0,3}}?(?:bang|boi|theo)\s+(?:nhung\s+|cac\s+)?"
    r"(?:\w+\s+){0,2}?(?:nao|gi)\b"
    # "Quyết định nào đính chính Quyết định số 27/QĐ-SCT", "CV nào gia hạn KH 58"
    rf"|\bnao\s+(?:da\s+)?(?P<vi2>{_ACT_ON})\b"
    # "Which letter extended the plan?", "corrected by which decision" (not "what was
    # suspended in 2024": the documents suspended)
    rf"|\b(?:which|what)\b(?:\s+(?!(?:was|were|been|is|are|got)\b)\w+){{0,2}}?\s+"
    rf"(?P<en>{_ACT_ON})\b"
    rf"|\b(?P<en2>{_ACT_ON})\s+by\s+(?:which|what)\b"
)


def asked_act_on(folded: str) -> tuple[str, ...]:
    """The words (folded) of an act on a document that a question asks who did, as a trích
    yếu names it ("dinh chinh", "gia han"); () if it asks none."""
    m = _ACTED_ON.search(folded)
    if m is None:
        return ()
    verb = next(v for v in m.groups() if v)
    return _ACTS_ON[verb]


def names_act(entry: RegistryEntry, acts: Sequence[str]) -> bool:
    """Whether ``entry``'s trích yếu names one of ``acts`` (folded)."""
    subject = fold(entry.subject or "")
    return any(re.search(rf"\b{a}\b", subject) for a in acts)


# What a described document replaced: "KH CCHC năm 2025 của Sở sau hợp nhất thay cho những
# KH nào", "Quy chế làm việc … ban hành năm 2024 thay thế QĐ nào" (folded; active: not "bị
# thay bởi", "được thay bằng").
_REPLACED_WHAT = re.compile(
    r"(?<!bi )(?<!duoc )\bthay\s+(?:the\s+)?(?:cho\s+)?(?:nhung\s+|cac\s+)?"
    r"(?P<what>qd|quyet dinh|kh|ke hoach|van ban|vb|quy che|de an)\s+(?:\S+\s+){0,8}?nao\b"
    # "Which decisions did the department's new 2026 internal procedure replace?"
    r"|\b(?:which|what)\s+(?P<ewhat>decisions?|plans?|documents?|rules|regulations?)\s+did\b"
    r"[^?]*\b(?:replace|supersede)\b"
    # "The 2025 internal expenditure regulation … superseded which earlier regulations?"
    r"|\b(?:replaced|superseded|took the place of)\s+(?P<ewhat2>which|what)\b"
)


# What a described document repealed, amended or ended: "Which decisions did the July 2025
# decision on the former provinces' documents repeal?", "QĐ … năm 2025 bãi bỏ những QĐ nào"
# (folded; active: not "bị bãi bỏ bởi").
_ACTED_WHAT = re.compile(
    r"\b(?:which|what)\s+(?:decisions?|plans?|documents?|rules|regulations?|letters?)\s+did\b"
    r"[^?]*\b(?P<en>repeal|revoke|annul|amend|modify|end|terminate)\b"
    r"|(?<!bi )(?<!duoc )\b(?P<vi>bai bo|sua doi|cham dut)\s+(?:nhung\s+|cac\s+)?"
    r"(?:qd|quyet dinh|kh|ke hoach|van ban|vb|quy che)\s+(?:\S+\s+){0,4}?nao\b(?!\s+(?:bang|boi))"
)
_ACTED_RELATION = {
    "repeal": "repeals", "revoke": "repeals", "annul": "repeals", "bai bo": "repeals",
    "amend": "amends", "modify": "amends", "sua doi": "amends",
    "end": "terminates", "terminate": "terminates", "cham dut": "terminates",
}  # fmt: skip


def asked_acted_on(folded: str) -> str | None:
    """The relation (``repeals``, ``amends``, ``terminates``) by which a question asks what
    the document it describes acted on; None for other questions (a replacement is
    ``asks_what_it_replaced``'s)."""
    m = _ACTED_WHAT.search(folded)
    return _ACTED_RELATION[m.group("en") or m.group("vi")] if m else None


def asks_what_it_replaced(folded: str) -> bool:
    """Whether a question asks what the document it describes replaced (not the new ones
    replacing old ones, ``asks_replacing_old``)."""
    m = _REPLACED_WHAT.search(folded)
    return (
        m is not None
        and not re.match(
            r"\s*(?:bang|boi)\b",
            folded[next(m.end(g) for g in ("what", "ewhat", "ewhat2") if m[g]) :],
        )
        and not asks_replacing_old(folded)
    )


# Documents asked for as replacing older ones (folded): "những văn bản mới nào được ban hành
# để thay thế văn bản cũ", "quy chế mới thay cho quy chế cũ ở những QĐ nào", "the new
# decisions replacing old ones".
_REPLACING_OLD = re.compile(
    r"\bthay\s+(?:the\s+)?(?:cho\s+)?(?:cac\s+|nhung\s+)?(?:van ban|vb|qd|quyet dinh|ke hoach"
    r"|kh|quy che)\s+cu\b|\breplac\w*\s+(?:the\s+)?(?:old|older|earlier|previous)\b"
)


def asks_replacing_old(folded: str) -> bool:
    """Whether a list question asks for the documents that replaced older ones."""
    return _REPLACING_OLD.search(folded) is not None


# English, the described document named before as "them", "it": "The 2022 working rules:
# which decisions later changed them or took their place?", "… what amended them and what is
# replacing them?", "Which decision struck an article out of the 2019 rules?".
_EN_AGENT = re.compile(
    r"\b(?:which|what)\b(?:\s+\w+){0,2}?\s+(?:later\s+)?(?:has\s+|have\s+|is\s+|are\s+)?"
    r"(?P<verb>changed|amended|modified|replaced|replacing|superseded|repealed|took)"
    r"\s+(?:them|it|their\s+place|its\s+place)\b"
    r"|\b(?:which|what)\b(?:\s+\w+){0,2}?\s+(?P<struck>struck|removed)\s+(?:an?|one|some)\s+"
    r"(?:article|clause|point|part)s?\s+(?:out\s+)?(?:of|from)\b"
)
_EN_AGENT_TYPES = {
    "changed": ("amended", "replaced", "partly_replaced"),
    "amended": ("amended",),
    "modified": ("amended",),
    "replaced": ("replaced", "partly_replaced"),
    "replacing": ("replaced", "partly_replaced"),
    "superseded": ("replaced", "partly_replaced"),
    "took": ("replaced", "partly_replaced"),
    "repealed": ("repealed", "partly_repealed", "ended"),
}


# The described document taken up again as "nó" after who acted on it: "QĐ nào sửa đổi quy
# chế chi tiêu nội bộ năm 2023, rồi cái nào thay thế nó?": every act asked so is an agent's.
_AGENT_VERB = "|".join(v for _, v in _AGENT_VERBS)
_WHO_ACTED = re.compile(
    r"\b(?:qd|quyet dinh|vb|van ban|cai|kh|ke hoach)\s+nao\s+(?:da\s+|lai\s+)?"
    rf"(?P<verb>{_AGENT_VERB})\b"
)
_ACTED_ON_IT = re.compile(rf"\b(?:{_AGENT_VERB})\s+(?:lai\s+)?no\b")


def asked_agent(folded: str) -> tuple[str, ...]:
    """The event types whose authors a question asks for, about a document it describes
    (see ``_AGENT``, ``_EN_AGENT``, ``_WHO_ACTED``); () for other questions."""
    if _ENDING.search(folded):
        return ("replaced", "partly_replaced", "repealed", "partly_repealed", "ended")
    if _ACTED_ON_IT.search(folded):
        verbs = [m.group("verb") for m in _WHO_ACTED.finditer(folded)]
        acted = [t for types, v in _AGENT_VERBS for w in verbs if re.fullmatch(v, w) for t in types]
        if acted:
            return tuple(dict.fromkeys(acted))
    m = _AGENT.search(folded)
    if m is None:
        types: list[str] = []
        for e in _EN_AGENT.finditer(folded):
            if e.group("struck"):
                types += ["partly_repealed", "repealed"]
            else:
                types += _EN_AGENT_TYPES[e.group("verb")]
        return tuple(dict.fromkeys(types))
    verb = next(m.group(g) for g in _AGENT_GROUPS if m.group(g))
    if verb in _EN_ENDED:
        return _EN_ENDED[verb]
    # every change a chain of verbs names: "bị sửa đổi hay thay thế bởi những QĐ nào"
    chain = folded[m.start() : m.end()]
    found = [
        t
        for types, v in _AGENT_VERBS
        if re.search(rf"\b(?:{v})\b", chain)
        for t in types
    ]
    return tuple(dict.fromkeys(found)) or ("repealed", "partly_repealed", "ended")


def without_agent(clean: str) -> str:
    """``clean`` without the verb of a change whose authors it asks (``asked_agent``):
    "Which documents replaced the department's 2018 decisions?" describes the 2018
    decisions, and "replaced" is what is asked of them, not what they are about."""
    folded = fold(clean)
    m = _AGENT.search(folded)
    if m is None:
        return clean
    group = next(g for g in _AGENT_GROUPS if m.group(g))
    text = clean if len(folded) == len(clean) else folded
    return " ".join(_blanked(text, [m.span(group)]).split())


# The kinds of act a question may name, in the order a list of them is written.
ACT_KINDS = tuple(types[0] for types, _ in _ACTS_ASKED)


def act_type(relation: Relation) -> str:
    """The kind of act a relation is as a question names it (``ACT_KINDS``): a suspension is
    a ``terminates`` while it lasts, asked as "tạm dừng"."""
    return "suspends" if relation.mode == SUSPENSION else relation.type


def acts_named(folded: str) -> frozenset[str]:
    """The kinds of act (``ACT_KINDS``) a question names, in either voice: "quyết định nào bãi
    bỏ … văn bản khác" names "repeals"."""
    return frozenset(types[0] for types, pattern in _ACTS_ASKED if pattern.search(folded))


def asked_acts(folded: str) -> tuple[str, ...]:
    """The relation types a question asks the listed documents to have acted by (``amends``
    …), in the active voice only; () for others."""
    # (with "of both former departments" the acting ones are the answer, ``asks_of_both``)
    if _PASSIVE.search(folded) or (asked_agent(folded) and not _OF_BOTH.search(folded)):
        return ()
    return tuple(t for types, pattern in _ACTS_ASKED if pattern.search(folded) for t in types)


# Words that ask, name types, years or the department, and say nothing of a topic: a list
# question made only of them ("Những văn bản nào được ban hành năm 2022?") asks for every
# document of its facets. Folded text.
_NO_TOPIC = re.compile(
    # "đã trình (UBND tỉnh)": how a Tờ trình is asked for, not what it is about
    r"\b((?:da|duoc|se|de)\s+trinh"
    # "tính cả KH ban hành kèm QĐ", "trong 12 tháng của năm 2023", "đang triển khai": which
    # documents and when, not what about
    r"|(?:tinh|ke|bao gom|gom)\s+ca|(?:ban hanh\s+)?kem(?:\s+theo)?|(?:ca\s+)?12\s+thang"
    r"|trien khai(?=\s*(?:[?(,;]|$))"
    # "tháng trước có văn bản nào mới … không": when, and the asking words
    r"|(?:thang|quy|nam|tuan)\s+(?:truoc|ngoai)|moi(?!\s+(?:truong|nhat))|khong(?=\s*\??\s*$)"
    # "trước và sau sắp xếp", "sau khi hợp nhất": when, not what about
    r"|(?:truoc|sau)(?:\s+(?:va|hay|hoac)\s+(?:truoc|sau))?\s+(?:khi\s+)?"
    r"(?:sap xep|sap nhap|hop nhat)(?:\s+(?:voi|vao))?(?=\s*(?:[?(),;]|$))"
    r"|nhung|cac|nao|gi|liet ke|danh sach|tat ca|toan bo|duoc|da|do|ban hanh|trong|nam|cua"
    # "trong kho lưu trữ": where the documents are kept (not "công tác lưu trữ", a topic)
    r"|van ban|ubnd|uy ban nhan dan|tinh|co|la|hien nay|hien co|kho(?:\s+luu\s+tru)?|tai lieu"
    r"|luu|ve|theo|cho"
    r"|doi voi|tai|o|nay|dang|giam doc|ky"
    # "UBND tỉnh ra những QĐ nào": issued (not "rà soát", a topic)
    r"|ra(?!\s+soat)"
    # a district's, a town's or a commune's own bodies: who, not what ("huyện đã ban
    # hành", "UBND xã", "Chủ tịch"; not "xã hội")
    r"|huyen|thi xa|thi tran|xa(?!\s+hoi)|(?:pho\s+)?chu tich|(?:pho\s+)?truong phong"
    # "ko phải CCHC": which, not what about
    r"|(?:ko|khong)\s+phai|cong tac|cai cach hanh chinh|cchc|lien quan (?:den|toi)|lien quan|va"
    # ("việc" of "về việc", not of "Quy chế làm việc", which names a topic)
    r"|gan day|hai|nhieu|hien|con|hieu luc|ap dung|thuc hien|gui(?:\s+di)?|(?<!lam )viec"
    r"|den het|tinh den"
    r"|cho den"
    r"|hang nam|hang quy|hang thang|dinh ky|ket qua|(?:bao\s+)?gom|bao nhieu"
    # "đến nay", "tới giờ", and a clause's "mà" left before the state asked
    r"|(?:den|toi)\s+(?:nay|gio)|ma(?=\s*(?:\?|$))"
    # the latest of a kind: which, not what about ("kế hoạch mới nhất Sở vừa ban hành")
    r"|moi nhat|gan (?:day )?nhat|vua (?:moi )?(?:ban hanh|ra|ky)"
    # the province's office named with its committee: who ("Văn phòng UBND tỉnh")
    r"|van phong\s+(?:ubnd|uy ban nhan dan)(?:\s+tinh)?"
    # months and quarters of a year named relative to now ("kể từ tháng 3 năm nay")
    r"|(?:ke\s+)?tu\s+thang\s+\d{1,2}|thang\s+\d{1,2}|quy\s+(?:iv|iii|ii|i|[1-4])|ke tu"
    # the public a department serves: whom, not what
    r"|(?:nguoi dan|ca nhan|cong dan)(?:\s*,\s*|\s+va\s+)(?:to chuc|doanh nghiep)"
    r"|to chuc(?:\s*,\s*|\s+va\s+)(?:ca nhan|cong dan)|nguoi dan|cong dan)\b"
)
# The same in English, matched on the text as typed (lower case, diacritics kept): folded,
# "the" would be "thể" (thể chế), "in" "in", "on" "ổn".
_NO_TOPIC_EN = re.compile(
    r"\b(cũ|former|newly merged|merged|signed off|signed|how many|director"
    r"|administrative reforms?|reforms?|about"
    # "its sector work rather than administrative reform": which, not what about
    r"|(?:its\s+)?sector work|rather than|professional work|sector"
    # "around the merger of the two departments": when, not what about
    r"|(?:around|at the time of|before and after|after|before|during|following|since)\s+the\s+"
    r"(?:\w+\s+)?merger(?:\s+of\s+the\s+(?:two\s+)?(?:departments|bodies|communes|provinces))?"
    # the reform's short name, and the words of asking for documents ("Find …", "I need …",
    # "could you pull up …", "did the department send")
    r"|par|public administration|find|need|want|i|please|could|can|you|tell|get|pull up"
    r"|look(?:ing)? for|search for|retrieve|fetch|provide|sen[dt](?:\s+out)?|submit"
    r"|currently|current"
    r"|in force|force|so far"
    r"|on|concerning|regarding"
    r"|related to|since|between|and|until|now|date|issue|issues|sign|signs|recent|recently"
    r"|last|past|new|month|quarter|week|two|three|still|carrying out|carry out|carried out"
    r"|running|valid|submitted"
    r"|sent out|send out|sent|citizens|the public|which|what|list|all|the|of|in|were|was"
    r"|issued|by|did|does|do"
    r"|department|archive|documents?|holds?|has|have|are|is|there|any|from|during|year|this"
    r"|annual|yearly|results|done|to|its|own|work|move|moved|came out|come out|comes out"
    r"|released?|published?|put out|adopted?|anything|everything|any|every|give me|show me"
    r"|paperwork|papers|dated|drew up|drawn up|draw up|through|during|in|at|for|me|our|we"
    # "the reports the department has written / prepared up to now": who and when
    r"|wr[io]te|written|writes|prepared|produced|made|compiled|my|up|till|ever"
    # "for my summary, I need …": what the list is for, not what it is about
    r"|summary|overview|briefing"
    # the commune's or district's people's committee, council: who, not what
    r"|(?:commune|ward|district|provincial|province)(?:'s)?|people'?s\s+(?:committee|council)"
    r"|ppc|pc|council|inspectorate|chairman|chairwoman|chair|(?:provincial\s+)?office"
    # "the transport department": who, not what
    r"|(?:transport|justice|health|education|finance|home affairs|labou?r|construction"
    r"|science and technology|industry and trade|agriculture|culture|tourism|interior)"
    r"\s+(?:department|dept|office))\b"
    # "the department's"
    r"|'s\b"
)


_LETTER = re.compile(r"[^\W\d_]")


# The departments' names typed without diacritics ("so tu phap", "phong noi vu"), on folded
# text.
_AGENCY_FOLDED = re.compile(
    r"\b(?:(?:so|phong)\s+(?:"
    + "|".join(sorted(map(re.escape, map(fold, _DEPARTMENTS)), key=len, reverse=True))
    + r")|ban\s+(?:"
    + "|".join(sorted(map(re.escape, map(fold, _BANS)), key=len, reverse=True))
    + r"))\b"
)
# The department named, typed without diacritics, as who issued: "so tu phap ban hanh",
# "phong noi vu da ky nhung vb nao" (folded).
_BY_DEPARTMENT_FOLDED = re.compile(
    rf"{_AGENCY_FOLDED.pattern}\s+{_ISSUING}"
    # typed as a search, the type and then whose: "qd so y te can cu nd 61/2018"
    r"|^(?:qd|kh|bc|cv|ttr|quyet dinh|ke hoach|bao cao|cong van|to trinh|van ban|vb)\s+"
    rf"(?:cua\s+)?{_AGENCY_FOLDED.pattern}"
)
_OURS = re.compile(
    r"\b(?:[Ss]ở|[Hh]uyện|[Xx]ã|[Pp]hường|[Pp]hòng|[Đđ]ơn vị|[Cc]ơ quan|[Bb]ên|[Cc]húng)"
    r"\s+(?:mình|ta|tôi|em)\b"
    r"|\b(?:so|huyen|xa|phong|don vi|co quan|ben|chung)\s+(?:minh|ta|toi|em)\b"
)
# The province, district or commune by name ("tỉnh Bình Sơn", "xã Hòa Phong", "thị trấn Ngã
# Ba", "Hòa Phong commune"): who, not what.
_PROVINCE = re.compile(
    r"\b(?:[Tt]ỉnh|TỈNH|[Pp]rovince|[Hh]uyện|HUYỆN|[Tt]hị xã|[Tt]hành phố|[Qq]uận|[Dd]istrict"
    r"|[Xx]ã|XÃ|[Pp]hường|PHƯỜNG|[Tt]hị trấn|THỊ TRẤN|[Cc]ommune|[Ww]ard)"
    r"(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){1,3}"
    r"|(?:[A-ZĐÀ-Ỹ][^\W\d_]*\s+){1,3}(?:commune|ward|district|province)\b"
)


def without_agency(text: str) -> str:
    """``text`` (NFC, as typed) without the department's or the province's name: "Chỉ số CCHC
    năm 2018 của Sở Giáo dục và Đào tạo Bắc Hòa đạt mấy điểm" asks what the department's own
    reports tell, and its name is in every file of the archive."""
    text = _AGENCY_RE.sub(" ", text)
    text = _PROVINCE.sub(" ", text)
    return " ".join(text.split())


def topic_text(text: str) -> str:
    """``text`` (NFC, as typed) with the words that name no topic blanked: types, years,
    periods and stretches of issue, "hiện nay", the department, the reform's own name and
    the asking words (``_NO_TOPIC``). What is left, if anything, is what it is about."""
    text = _AGENCY_RE.sub(lambda m: " " * len(m.group()), expand_types(text))
    # typed without diacritics ("cua so tu phap"): before "của So" is blanked below
    folded = fold(text)
    if len(folded) == len(text):
        text = _blanked(text, (m.span() for m in _AGENCY_FOLDED.finditer(folded)))
    # "Sở mình", "huyện mình", "chúng tôi": the asker's own body, not a topic
    text = _OURS.sub(lambda m: " " * len(m.group()), text)
    # the department by its symbol, as staff type it ("STP ban hành những văn bản gì")
    text = _DEPARTMENT_SYMBOL.sub(lambda m: " " * len(m.group()), text)
    text = _DEPARTMENT_INITIALS.sub(lambda m: " " * len(m.group()), text)
    # "Sở" alone is the department; folded, it would be "số" ("chuyển đổi số") too; typed
    # without diacritics, "của So", "do so".
    text = re.sub(r"\b[Ss]ở\b", "  ", text)
    text = re.sub(r"\b(?:của|cua|do|cho)\s+[Ss]o\b", lambda m: " " * len(m.group()), text)
    # The province or district by name ("tỉnh Bình Sơn", "huyện Đông Sơn"): who, not what.
    text = _PROVINCE.sub(lambda m: " " * len(m.group()), text)
    folded = fold(text)
    if len(folded) != len(text):  # a character folding to two: keep the folded words
        text = folded
    chars, marks = list(folded), list(text)

    def blank(start: int, end: int) -> None:
        chars[start:end] = marks[start:end] = " " * (end - start)

    spans = facet_spans(folded)  # before the period: "từ năm 2022 đến nay" is one stretch
    spans += [m.span() for m in _AGENCY_FOLDED.finditer(folded)]
    at = moment(folded)  # "tại thời điểm 31/12/2023": when, not what
    spans += [at[1]] if at else []
    spans += [m.span() for m in BEFORE_DAY_RE.finditer(folded)]  # "trước ngày 01/3/2025"
    found = find_period(text)
    if found is None and RELATIVE_RE.search(folded):
        # "6 tháng đầu năm nay", "quý I năm ngoái": a part of the year named relatively
        found = find_period(text, default_year=ANY_YEAR)
    for start, end in spans + ([found[1:]] if found else []):
        # "Từ tháng 5 đến tháng 8/2022", "since March": the word that leads the stretch too
        lead = _STRETCH_LEAD.search(folded, 0, start)
        blank(lead.start() if lead else start, end)
    for m in _NO_TOPIC.finditer("".join(chars)):
        blank(*m.span())
    for m in _NO_TOPIC_EN.finditer("".join(marks).lower()):
        blank(*m.span())
    return " ".join("".join(marks).split())


# The word leading a period or stretch of issue, right before it (folded text): "từ",
# "trong khoảng (thời gian) (từ)", "giữa", "since".
_STRETCH_LEAD = re.compile(
    r"\b(?:(?:trong\s+)?khoang(?:\s+thoi\s+gian)?(?:\s+tu)?|(?:ke\s+)?tu|giua|from|since"
    r"|between)\s+$"
)


# The reform's own plan ("Kế hoạch cải cách hành chính năm 2024", "kế hoạch CCHC"): one
# document, not every plan of the year. Folded text.
REFORM_PLAN = re.compile(
    r"\b(?:ke hoach|kh) (?:cong tac )?(?:cai cach hanh chinh|cchc)\b"
    # in English: "the PAR plans", "administrative reform plan", "annual PAR work plan"
    r"|\b(?:par|administrative reform|public administration reform)\s+(?:work\s+)?plans?\b"
    # the plan asked by the reform's targets it set: "Which plan set the 2026 administrative
    # reform targets?", "KH nào đặt ra chỉ tiêu CCHC năm 2026"
    r"|\b(?:plans?|ke hoach|kh)\b[^?.]{0,40}?\b(?:par|(?:public )?administrative reform)"
    r"\s+(?:targets?|goals?|objectives?)\b"
    r"|\b(?:plans?|ke hoach|kh)\b[^?.]{0,40}?\b(?:muc tieu|chi tieu)\s+"
    r"(?:cai cach hanh chinh|cchc)\b"
    # the plan the reform was done under: "Sở làm CCHC năm 2025 theo kế hoạch nào"
    r"|\b(?:lam|thuc hien|trien khai)\s+(?:cong tac\s+)?(?:cai cach hanh chinh|cchc)\b"
    r"[^?.]{0,25}?\btheo\s+(?:nhung\s+|cac\s+)?(?:ke hoach|kh)\b"
)


# Words around an area's name that add no topic to it ("lĩnh vực", "công tác cải cách").
_AREA_FILLER = re.compile(r"\b(?:linh vuc|cai cach|nha nuoc|hanh chinh|the field of|area)\b")


def area_only(parsed: ParsedQuestion) -> str | None:
    """The area a list question's topic is, when its topic is nothing but an area's name
    ("Những quyết định nào về tổ chức bộ máy từ năm 2022?", not "… sắp xếp tổ chức bộ máy
    của các phòng"): its documents are every one filed under that area."""
    area = area_of_heading(_AGENCY_RE.sub(" ", parsed.clean))
    if area is None:
        return None
    if REFORM_PLAN.search(fold(expand_types(parsed.clean))) and not asks_reform_plan(parsed.clean):
        return None  # "những quyết định và kế hoạch CCHC nào": the reform's work, every area
    rest = fold(topic_text(parsed.clean))
    rest = _AREA_FILLER.sub(" ", heading_pattern(area).sub(" ", rest))
    return None if _LETTER.search(rest) else area


# What may stand between two areas asked together (folded): a conjunction, and the type or
# the reform's name repeated ("kế hoạch tuyên truyền và kế hoạch kiểm tra", "kiểm tra CCHC
# và tuyên truyền").
_BETWEEN_AREAS = re.compile(
    r"^\s*(?:(?:cong tac\s+)?(?:cai cach hanh chinh|cchc)\s*)?(?:,|va|hoac|and|or|&)\s*"
    r"(?:(?:cac|nhung|cong tac)\s+)?(?:(?:ke hoach|kh|quyet dinh|qd|van ban|vb|bao cao|bc"
    r"|cong van|cv)\s+)?$"
)


def two_areas(clean: str) -> tuple[str, ...]:
    """A list question naming two areas side by side ("những KH kiểm tra và tuyên truyền
    CCHC nào trong 2023", "Kế hoạch tuyên truyền và kế hoạch kiểm tra CCHC năm 2026") as
    two questions, each naming one of them, its other words kept; ``()`` for one naming
    fewer or more, or two apart ("kết quả kiểm tra tại Bộ phận Một cửa": one topic)."""
    text = _AGENCY_RE.sub(lambda m: " " * len(m.group()), clean)
    folded = fold(text)
    if len(folded) != len(clean):
        return ()
    spans = []
    for code in heading_areas(text):
        found = list(heading_pattern(code).finditer(folded))
        if len(found) != 1:
            return ()
        spans.append((found[0].start(), found[0].end()))
    if len(spans) != 2:
        return ()
    (a0, a1), (b0, b1) = sorted(spans)
    if not _BETWEEN_AREAS.match(folded[a1:b0]):
        return ()
    return clean[:a1] + clean[b1:], clean[:a0] + clean[b0:]


def asks_reform_plan(clean: str) -> bool:
    """Whether a question names the reform's own plan ("KH CCHC của từng năm 2022, 2023",
    "Kế hoạch cải cách hành chính năm 2024"), not another plan of the reform ("KH kiểm tra
    công tác CCHC", "KH tuyên truyền CCHC"); not when another type shares the words
    ("những quyết định và kế hoạch CCHC nào", "QĐ, KH CCHC": the reform's documents of
    both types)."""
    folded = fold(expand_types(clean))
    return any(not _SHARED_TYPE.search(folded, 0, m.start()) for m in REFORM_PLAN.finditer(folded))


# Another type coordinated just before a plan (folded, types spelled out): "quyết định và
# kế hoạch cchc", "cong van, ke hoach cai cach hanh chinh".
_SHARED_TYPE = re.compile(
    r"\b(?:quyet dinh|cong van|bao cao|thong bao|to trinh|van ban|decisions?|letters?"
    r"|reports?)\s*(?:,|va|hoac|and|or|&)\s*$"
)


def names_topic(topic: str) -> bool:
    """Whether a question's ``topic_text`` has a word left."""
    return bool(_LETTER.search(topic))


def topicless(parsed: ParsedQuestion) -> bool:
    """Whether a list question names no topic beyond its types, years and the department."""
    if asks_reform_plan(parsed.clean):
        return False
    return not names_topic(topic_text(parsed.clean))


def issued_in(entry: RegistryEntry, years: tuple[int, ...]) -> bool:
    """Whether the document was issued in one of ``years``."""
    return entry.year in years
