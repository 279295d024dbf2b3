"""Named patterns and tables of the Vietnamese citation grammar (see vn-citations.md).

Every pattern is built from the small helpers and tables below; each carries a
comment with the reason it exists and an example it accepts. The extractor runs
one pre-scan (``SCAN``) over the whole text and applies the others only locally,
anchored at or ending at a hit, so the cost stays linear in the text length.
"""

from __future__ import annotations

import re
import unicodedata

# --- tables -----------------------------------------------------------------------------

# Type codes of Phụ lục III of Nghị định 30/2020/NĐ-CP, plus the legal normative ones.
# code -> canonical type name.
CODES: dict[str, str] = {
    "NQ": "Nghị quyết",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "QC": "Quy chế",
    "QyĐ": "Quy định",
    "TC": "Thông cáo",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "KH": "Kế hoạch",
    "PA": "Phương án",
    "ĐA": "Đề án",
    "DA": "Dự án",
    "BC": "Báo cáo",
    "BB": "Biên bản",
    "TTr": "Tờ trình",
    "HĐ": "Hợp đồng",
    "CĐ": "Công điện",
    "BGN": "Bản ghi nhớ",
    "BTT": "Bản thỏa thuận",
    "GUQ": "Giấy ủy quyền",
    "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu",
    "GNP": "Giấy nghỉ phép",
    "PG": "Phiếu gửi",
    "PC": "Phiếu chuyển",
    "PB": "Phiếu báo",
    "SY": "Bản sao y",
    "TrS": "Bản trích sao",
    "SL": "Bản sao lục",
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "PL": "Pháp lệnh",
    "NQLT": "Nghị quyết liên tịch",
    "VBHN": "Văn bản hợp nhất",
}

# Type words as written in running text (lower case) -> canonical type name.
# Longer phrases first so that the alternation prefers them.
TYPE_WORDS: dict[str, str] = {
    "chương trình hành động": "Chương trình",
    "thông tư liên tịch": "Thông tư liên tịch",
    "nghị quyết liên tịch": "Nghị quyết liên tịch",
    "văn bản hợp nhất": "Văn bản hợp nhất",
    "quyết định": "Quyết định",
    "nghị định": "Nghị định",
    "nghị quyết": "Nghị quyết",
    "thông tư": "Thông tư",
    "chỉ thị": "Chỉ thị",
    "quy chế": "Quy chế",
    "quy định": "Quy định",
    "thông báo": "Thông báo",
    "thông cáo": "Thông cáo",
    "hướng dẫn": "Hướng dẫn",
    "chương trình": "Chương trình",
    "kế hoạch": "Kế hoạch",
    "phương án": "Phương án",
    "đề án": "Đề án",
    "dự án": "Dự án",
    "báo cáo": "Báo cáo",
    "biên bản": "Biên bản",
    "tờ trình": "Tờ trình",
    "hợp đồng": "Hợp đồng",
    "công điện": "Công điện",
    "công văn": "Công văn",
    "thư công": "Thư công",
    "giấy mời": "Giấy mời",
    "pháp lệnh": "Pháp lệnh",
    "bộ luật": "Luật",
    "luật": "Luật",
    "văn bản": "văn bản",
}

# Abbreviations used as type words before a number (`QĐ số 1023/QĐ-`, `CV 12/UBND`).
# Case-sensitive: lower-case `kh`, `tb` are not type words.
TYPE_ABBREVIATIONS: dict[str, str] = {
    "QĐ": "Quyết định",
    "NĐ": "Nghị định",
    "NQ": "Nghị quyết",
    "TT": "Thông tư",
    "CT": "Chỉ thị",
    "TB": "Thông báo",
    "KH": "Kế hoạch",
    "CV": "Công văn",
    "VB": "văn bản",
}

# Words that name no particular type: the kind then comes from the symbol.
GENERIC_KINDS = frozenset({"văn bản"})

# Type words that may stand for a document issued with another type's code:
# a Quy định or Quy chế is usually promulgated by a Quyết định (`Quy định 768/QĐ-`).
COMPATIBLE_CODES: dict[str, frozenset[str]] = {
    "Quy định": frozenset({"QyĐ", "QĐ"}),
    "Quy chế": frozenset({"QC", "QĐ"}),
    "Hướng dẫn": frozenset({"HD", "HDLT"}),
}

# Known spellings of one issuer: `&` typed as `H` (`SKHHCN`) or dropped (`SKHCN`).
ISSUER_VARIANTS: dict[str, str] = {
    "SKHHCN": "SKHCN",
    "BKHHCN": "BKHCN",
    "SKHHĐT": "SKHĐT",
}

# --- helpers ----------------------------------------------------------------------------


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A non-capturing alternation, longest first, each word escaped.

    Example: ``alternation(["luật", "bộ luật"])`` gives ``(?:bộ\\ luật|luật)``.
    """
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in ordered) + ")"


def case_insensitive(pattern: str) -> str:
    """Scope IGNORECASE to ``pattern`` only (type words start a sentence or not)."""
    return f"(?i:{pattern})"


# Upper-case Latin letters, Vietnamese included (`Ủ`, `Đ`, `Ư`), for "a capital follows".
UPPER = "".join(
    ch
    for lo, hi in ((0x41, 0x5A), (0xC0, 0x24F), (0x1E00, 0x1EFF))
    for ch in map(chr, range(lo, hi + 1))
    if ch.isupper() and unicodedata.category(ch) == "Lu"
)

# --- pieces -----------------------------------------------------------------------------

# Horizontal blank: a citation never spans a line break.
SP = r"[ \t\u00a0]"

# The number: Arabic digits, an optional letter suffix (`286b/QĐ-`).
NUMBER = r"\d{1,5}[a-z]?"

# One group of a symbol: starts upper case, at most one lower-case letter inside
# (`QĐ`, `SKH&CN`, `TTg`, `CTr`, `QyĐ`, `QH13`); a following letter ends it, so
# words like `Phòng`, `Ban` are not groups.
GROUP = r"[A-ZĐ][A-ZĐ0-9&]*(?:[a-z][A-ZĐ0-9&]*)?(?![^\W_])"
GROUP_RE = re.compile(GROUP)

# A ministry written out before its acronym: `TT-Bộ GDĐT` (read as `BGDĐT`).
MINISTRY_GROUP_RE = re.compile(rf"Bộ{SP}+({GROUP})")

# Between two groups: a dash (or `_` typed for it), maybe with stray blanks
# (`QĐ- TTg`, `QĐ -  ngày`); at most three blanks so that prose is not swallowed.
SEPARATOR_RE = re.compile(rf"{SP}?[-_]{SP}{{0,3}}")

# The anchor of the pre-scan: a number right before a slash (`1753/`, `568/ -KH`),
# or a Party number `12-CTr/`; or `số` before digits, for citations that lost
# their symbol (`Thông báo số 326 ngày 26/04/2019`); or `số` before a slash, a number
# left blank in a draft (`Quyết định số    /QĐ-SKHCN`, `số …/KH-UBND`). Not after a letter, digit,
# `/`, `.`, `,` or `-`, so that `m2/phòng`, `26,54`, `Covid-19` and the middle of a
# date are not anchors.
SCAN = re.compile(
    rf"(?<![\w/.,\-])(?<!\d:)(?P<num>{NUMBER})(?:{SP}?/{SP}?|-(?=[A-ZĐ][A-Za-zĐ]{{0,4}}/))"
    rf"|(?<!\w)(?P<so>[Ss]ố{SP}*:?{SP}*)(?=\d)"
    rf"|(?<!\w)(?P<blank>[Ss]ố{SP}*:?{SP}*)(?:\.{{2,}}|…|_{{2,}})?{SP}*/{SP}?(?=[A-ZĐ])"
)

# A legal normative year between number and symbol: `107/2020/NĐ-CP`.
YEAR_PART_RE = re.compile(rf"((?:19|20)\d\d){SP}?/{SP}?")

# National Assembly symbol: the group is the issuer, no type code (`80/2015/QH13`).
ASSEMBLY_RE = re.compile(r"QH\d*|UBTVQH\d*")

# A number that was not followed by a symbol (`số 326 ngày`, not `số 326/`).
BARE_NUMBER_RE = re.compile(rf"({NUMBER})(?![\w/]|{SP}?/|-\w|[.,]\d)")

# --- context before the number ------------------------------------------------------------

_WORDS = alternation(list(TYPE_WORDS))
_ABBREVIATIONS = alternation(list(TYPE_ABBREVIATIONS))
TYPE_WORD = rf"(?<![\w])(?P<word>{case_insensitive(_WORDS)}|{_ABBREVIATIONS})"
_SO = rf"(?P<so>[Ss]ố{SP}*:?{SP}*)"

# Type word right before the number, `số` optional: `Nghị định 107/2020/NĐ-CP`,
# `Quyết định số 1753/QĐ-UBND`, `QĐ số 1023/QĐ-`.
DIRECT_TYPE_RE = re.compile(rf"{TYPE_WORD}{SP}+(?:{_SO})?$")

# Type word with qualifiers, then `số`: `Kế hoạch kiểm tra số 4806/KH-UBND`,
# `văn bản chỉ đạo số 9787/UBND-KGVX`, `Chương trình hành động số 12-CTr/TU`.
QUALIFIED_TYPE_RE = re.compile(rf"{TYPE_WORD}(?P<qual>(?:{SP}+[^\s\d,.;:()/]+){{1,8}}){SP}+{_SO}$")

# A law cited by name before its number: `Luật giáo dục số 38/2005/QH11`, `Luật GDĐH 08/2012/QH13`.
NAMED_LAW_RE = re.compile(
    rf"(?<![\w])(?P<word>(?:Bộ{SP}+)?[Ll]uật)(?P<qual>(?:{SP}+[^\s\d,.;:()/]+){{1,8}}){SP}+(?:{_SO})?$"
)

# A pinpoint right before the type word: `điểm b khoản 2 Điều 3 Nghị định 54/2016/NĐ-CP`.
PINPOINT_RE = re.compile(
    rf"(?i:(?<![\w])(?P<pin>(?:điểm{SP}+[a-zđ]\){SP}*|điểm{SP}+[a-zđ]{SP}+)?"
    rf"(?:khoản{SP}+\d+{SP}+)?(?:điều{SP}+\d+[a-z]?{SP}+)?)(?:của{SP}+)?)$"
)

# --- context after the number ----------------------------------------------------------

# A date: `28/6/2021`, `26-4-2016`, `28 tháng 6 năm 2021`; the day may be blank
# in drafts (`ngày   tháng 11 năm 2021`), then only the month and year are kept.
DATE = (
    rf"(?P<d>\d{{1,2}}){SP}*(?P<sep>[/.\-]){SP}*(?P<m>\d{{1,2}}){SP}*(?P=sep){SP}*(?P<y>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})?{SP}*tháng{SP}+(?P<m2>\d{{1,2}}){SP}*,?{SP}+năm{SP}+(?P<y2>\d{{4}})"
)

# The date after a citation: `ngày 28/6/2021`, `, ngày 16/12/2015`, `ban hành ngày 14/06/2005`,
# `ban hành 18 tháng 6 năm 2012`.
DATE_AFTER_RE = re.compile(
    rf"{SP}*,?{SP}*\(?(?:(?:được{SP}+)?ban{SP}+hành{SP}+(?:ngày|vào{SP}+ngày)?|[Nn]gày)"
    rf"{SP}*:?{SP}*(?:{DATE})(?![\d/])"
)

# The date written first, when the citation follows an issuing verb:
# `ngày 23/9/2021, Sở Nội vụ đã có Công văn số 2320/SNV-TCBC-CCVC`.
DATE_BEFORE_RE = re.compile(rf"(?<![\w])[Nn]gày{SP}+(?:{DATE}){SP}*,")
ISSUING_VERB_RE = re.compile(
    rf"(?i:(?<![\w])(?:đã{SP}+)?(?:có|ban{SP}+hành|gửi|ký|phát{SP}+hành){SP}+)$"
)

# A body named as the subject of the issuing verb right before a citation: `Ủy ban nhân
# dân huyện ban hành Kế hoạch số …`, `Sở Nội vụ đã có Công văn số …`.
ISSUER_BEFORE_RE = re.compile(
    r"(?<![\w])(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Chính phủ|Thủ tướng|Bộ(?! phận)"
    r"|Sở|Phòng|Ban|Văn phòng|Tỉnh ủy|Huyện ủy)(?![\w])"
)

# `của <issuer name>`: `của UBND tỉnh`, `của Bộ trưởng Bộ GDĐT`.
ISSUER_NAME_RE = re.compile(rf"{SP}*,?{SP}*của{SP}+(?P<name>[^\n,;.:()“”\"]{{1,100}})")

# The verbs a trích yếu opens with beside `ban hành`, `quy định`: `… của UBND tỉnh công bố
# Chỉ số cải cách hành chính năm 2021`, `… của Thủ tướng Chính phủ phê duyệt Chương trình …`.
_ACTS = (
    r"công bố|phê duyệt|thành lập|kiện toàn|đính chính|bãi bỏ|hủy bỏ|huỷ bỏ|điều chỉnh|gia hạn"
    r"|phân cấp|ủy quyền|uỷ quyền"
)
# The same, its words apart by any run of spaces.
_ACTS_SPACED = _ACTS.replace(" ", SP + "+")

# Where an issuer's name stops: at a subject lead or a verb that starts the clause (those
# written in lower case only: "Ban Thành lập …" would be a name).
ISSUER_STOP_RE = re.compile(
    r"(?<![\w])(?:(?i:về|quy định|ban hành|hướng dẫn|kết luận|thông báo|tại|theo|đã|để|cho|trong"
    r"|với|thì|là|gồm|nhằm|thay thế|sửa đổi|bổ sung|đối với|và(?=\s+\S+\s+\S+\s+số|\s+\d))"
    rf"|{_ACTS}|như sau|hết hiệu lực|có hiệu lực|đạt|được|tiếp tục)(?![\w])"
)

# Where a clause begins, looking back from a citation for the thing it issued.
CLAUSE_BEFORE_RE = re.compile(rf"[;:\n()“”\"]|\.(?=\s)|,[ \t]+(?=[{UPPER}])")

# A thing a document makes, named before its citation, written with a capital; the verb
# that made it may stand first (`Sở ban hành Quy chế …`, `Sở đã kiện toàn Ban Chỉ đạo …`).
# A body (`organ`) is taken only with such a verb: "Ban Chỉ đạo … họp sơ kết" is no subject.
THING_RE = re.compile(
    rf"(?:(?<![\w])(?P<act>ban{SP}+hành|(?i:{_ACTS_SPACED})){SP}+)?"
    r"(?<![\w])(?<!Sở )(?P<head>Chỉ số|CHỈ SỐ|Quy chế|QUY CHẾ|Quy trình|QUY TRÌNH|Quy định|Danh mục"
    r"|DANH MỤC|Kế hoạch|KẾ HOẠCH|Chương trình|CHƯƠNG TRÌNH|Đề án|ĐỀ ÁN|Hệ thống quản lý chất lượng"
    r"|Phương án|Bộ tiêu chí|Nội quy|Điều lệ"
    r"|(?P<organ>Ban Chỉ đạo|Tổ công tác|Hội đồng|Bộ phận [Mm]ột cửa))(?![\w])"
)

# Words that put the thing named before a citation in another relation to it (`Quy chế
# này thay thế Quy chế … tại Quyết định số …`).
THING_OTHER_RE = re.compile(r"(?<![\w])(?:thay thế|thay cho)(?![\w])")

# A passive verb inside that thing's words (`Danh mục … được sửa đổi, bãi bỏ một phần`),
# moved to the front of the subject.
THING_PASSIVE_RE = re.compile(rf"{SP}+được{SP}+")

# Words that end the thing's name but are none of it: `Danh mục … của Sở (hiện) thực hiện`
# theo …, `Quy chế … của Sở đã` được sửa đổi.
THING_TAIL_RE = re.compile(
    r"(?:\s+(?:hiện|đang|đã|sẽ|vẫn|đều|tiếp tục|thực hiện|áp dụng))+$"
)

# What links that thing to the citation right after it: `… theo`, `… tại`, `… (ban hành)
# kèm theo`, `… được kiện toàn tại`, `… công bố tại`.
THING_LINK_RE = re.compile(
    rf"(?:{SP}+(?:đã{SP}+)?(?:được{SP}+)?(?P<verb>ban{SP}+hành|(?i:{_ACTS_SPACED})"
    rf"|sửa{SP}+đổi,?{SP}+bổ{SP}+sung))?"
    rf"{SP}+(?P<link>kèm{SP}+theo|theo|tại|bằng){SP}*$"
)

# The lead of a subject: `về việc …`, `về …`, `quy định …`, `ban hành …`, `công bố …`.
SUBJECT_LEAD_RE = re.compile(
    rf"{SP}*,?{SP}*(?P<lead>[Vv]ề{SP}+việc|[Vv]ề|[Qq]uy{SP}+định|[Bb]an{SP}+hành|[Hh]ướng{SP}+dẫn"
    rf"|(?i:{_ACTS_SPACED}))"
    rf"{SP}+"
)

# Where a subject stops: the end of the clause. A comma ends it only before a capital
# (`…năm 2020, Sở đã tuyên truyền`), not inside a list (`tồn tại, hạn chế`). The clause's own
# verb ends it too: `… thành lập Trung tâm … hết hiệu lực kể từ ngày …`, `… công bố Chỉ số
# cải cách hành chính năm 2021 đạt 81,26 điểm` (a trích yếu may say "hết hiệu lực", not
# "hết hiệu lực kể từ").
SUBJECT_END_RE = re.compile(
    rf"[;\n:“”\"(]|\.(?=\s|$)|,[ \t]+(?=[{UPPER}])"
    rf"|{SP}+(?:hết|có){SP}+hiệu{SP}+lực{SP}+(?:kể{SP}+)?từ(?![\w])|{SP}+đạt{SP}+\d"
)

# A header line's number: `Số: 1753/QĐ-UBND` at the start of a line.
HEADER_BEFORE_RE = re.compile(rf"(?:^|\n){SP}*Số{SP}*:?{SP}*$")
