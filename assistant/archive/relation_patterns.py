"""Named patterns of the relation grammar, eyecite-style: each with its reason and an example.

Only patterns live here; ``relations`` reads them. Every pattern runs on NFC text (the
citation grammar's ``normalize``), and ``SP`` is the citation grammar's blank.
"""

from __future__ import annotations

import re

from assistant.citations.regexes import DATE, SP

# One blank or more, as written between words.
_ = rf"{SP}+"
# A capital letter, Vietnamese ones too (`Đ`, `Ể`): the range `À-Ỹ` holds the small letters
# between them (`đ`, `ể`), which begin no sentence (`…; để Bộ phận Một cửa …`).
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper())
# A date without named groups, for patterns that hold two (`28/6/2021`, `28 tháng 6 năm 2021`).
ANY_DATE = (
    rf"\d{{1,2}}{SP}*[/.\-]{SP}*\d{{1,2}}{SP}*[/.\-]{SP}*\d{{4}}"
    rf"|(?:\d{{1,2}})?{SP}*tháng{SP}+\d{{1,2}}{SP}*,?{SP}+năm{SP}+\d{{4}}"
)

# --- documents the grammar names without a number ------------------------------------

# The kinds a document named by title alone may have: laws, codes, ordinances,
# constitutions, and the decrees and decisions preambles sometimes cite by title.
TITLE_KINDS = (
    r"Hiến{_}pháp|Bộ{_}luật|Luật|Pháp{_}lệnh|Nghị{_}quyết|Nghị{_}định|Quyết{_}định"
    r"|Thông{_}tư|Chỉ{_}thị|Kế{_}hoạch|Chương{_}trình|Đề{_}án|Quy{_}chế|Quy{_}định"
).replace("{_}", _)

# A title: the kind, then words up to `ngày`, `số`, a clause end or a bracket. The first
# word after the kind is a capital (`Luật Tổ chức Chính phủ`, `Bộ luật hình sự`), or the
# kind is a code or law: `Quy định thực tập` is a title, `kế hoạch công tác` is none.
# Where a title stops: its date or number, a clause end, or the verb of its sentence
# (`Bộ luật hình sự hết hiệu lực`, `Luật Cư trú đã được sửa đổi`).
TITLE_STOP = (
    rf"{SP}+(?:ngày{SP}|số{SP}*:?{SP}*\d|năm{SP}\d|(?:hết|có){_}hiệu{_}lực|đã{SP}|được{SP}|bị{SP}|kể{_}từ"
    rf"|thì{SP}|như{_}sau|và{SP}+(?:{TITLE_KINDS}){SP}|quy{_}định{_}(?:chi{_}tiết|về)|hướng{_}dẫn"
    rf"|(?:thay{_}thế|sửa{_}đổi|bãi{_}bỏ){SP}+(?:{TITLE_KINDS}|[Đđ]iều|khoản|điểm))"
)
TITLE_RE = re.compile(
    rf"(?<![\w])(?P<title>(?P<kind>{TITLE_KINDS})(?:{SP}+(?!số{SP}*:?{SP}*\d|\S*\d/)[^\s;:()“”\"]*[^\s;:()“”\".]){{1,25}}?)"
    rf"(?={TITLE_STOP}|{SP}*[;:()\n]|\.(?:\s|$)|{SP}*,{SP}*(?:ngày|được|đã)|{SP}*$)"
)
# A date right after a title: `Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015`.
TITLE_DATE_RE = re.compile(rf"{SP}*,?{SP}*(?:được{SP}+)?(?:thông{SP}+qua{SP}+)?ngày{SP}*(?:{DATE})")

# The text's own document: `Luật này`, `Nghị định này`, `Quyết định này`, `Thông tư này`.
SELF_KINDS = (
    rf"{TITLE_KINDS}|Văn{_}bản|Hướng{_}dẫn|Công{_}văn|Thông{_}báo|Báo{_}cáo|Tờ{_}trình"
    rf"|Phương{_}án|Thông{_}tư{_}liên{_}tịch|Nghị{_}quyết{_}liên{_}tịch"
)
# `các kế hoạch này` is several documents named before, not the text (``relation_anaphora``).
SELF_RE = re.compile(
    rf"(?<![\w])(?<!các )(?<!những )(?:{SELF_KINDS}){SP}+này(?![\w])", re.IGNORECASE
)

# --- scopes -----------------------------------------------------------------------------

# One part of a document, as written: `điểm d khoản 1 Điều 44`, `khoản 2 Điều 32`,
# `Điều 5a`, `Điều này` (this article: of the acting text, not a target); a list's or an
# annex's section, `Mục 3`, `Mục II Phần I`, `Phần II` (of a Danh mục of procedures).
SCOPE_PART = (
    rf"(?i:điểm){_}[a-zđ]\)?(?:{SP}+(?i:khoản){_}\d+[a-z]?)?(?:{SP}+(?i:điều){_}\d+[a-z]?)?"
    rf"|(?i:khoản){_}\d+[a-z]?(?:{SP}+(?i:điều){_}\d+[a-z]?)?"
    rf"|(?i:điều){_}\d+[a-z]?"
    rf"|(?i:mục){_}(?:\d+[a-z]?|[IVXLC]+\b|[A-Z]\b)(?:{_}(?i:phần){_}(?:[IVXLC]+\b|\d+|[A-Z]\b))?"
    rf"|(?i:phần){_}(?:[IVXLC]+\b|\d+|[A-Z]\b)"
)
# A list of parts: `khoản 3 và khoản 4 Điều 19`, `Điều 5 và Điều 9`, `các điểm a, b khoản 2`.
SCOPE_LIST_RE = re.compile(
    rf"(?:(?i:các){SP}+)?(?:(?i:điểm|khoản|điều|mục){SP}+(?:[a-zđ]|\d+[a-z]?)(?:{SP}*(?:,|và){SP}*(?:[a-zđ]|\d+[a-z]?)\b)+"
    rf"(?:{SP}+(?i:khoản){_}\d+)?(?:{SP}+(?i:điều){_}\d+[a-z]?)?|{SCOPE_PART})"
    rf"(?:{SP}*(?:,|và|;){SP}*(?:{SCOPE_PART}))*"
)
# One part read on its own, to split a list.
SCOPE_PART_RE = re.compile(
    rf"(?:(?i:điểm){_}(?P<p>[a-zđ])\)?)?{SP}*(?:(?i:khoản){_}(?P<k>\d+[a-z]?))?{SP}*"
    rf"(?:(?i:điều){_}(?P<d>\d+[a-z]?))?{SP}*(?:(?i:mục){_}(?P<m>\d+[a-z]?))?"
)
# Procedures of a list named as the part acted on: `các TTHC số 3, 5 tại Phần II`, `03 thủ
# tục hành chính tại Mục IV Phần I (lĩnh vực du lịch)`, `02 thủ tục hành chính lĩnh vực
# khoáng sản tại Mục III`, `02 thủ tục tại Mục II Phần A`, `một số thủ tục` (of a Danh mục).
# (a field's words run to the next link word: `lĩnh vực du lịch và …`, `… tại Mục III`)
_FIELD_END = r"(?:tại|thuộc|trong|của|và|theo|bởi)"
PROCEDURES_RE = re.compile(
    rf"(?:(?:\d+|(?i:một{_}số|các|những)){_})?(?:TTHC|(?i:thủ{_}tục{_}hành{_}chính|thủ{_}tục))"
    # (their numbers in the list: "số 3, 5", "có số thứ tự 12 và 17", "STT 4")
    rf"(?:{_}(?:(?i:có){_})?(?i:số{_}thứ{_}tự|số|stt){_}\d+(?:{SP}*(?:,|và){SP}*\d+)*)?"
    rf"(?:{_}(?i:lĩnh{_}vực)(?:{_}(?!{_FIELD_END}\b)[^\s,;:.()]+){{1,6}}?"
    rf"(?={_}{_FIELD_END}{SP}|{SP}*[,;.()]|{SP}*$))?"
    rf"(?:{_}(?i:tại|thuộc|trong|ở){_}(?i:mục|phần){_}(?:[IVXLC\d]+[a-z]?|[A-Z]\b)"
    rf"(?:{_}(?i:phần){_}(?:[IVXLC\d]+|[A-Z]\b))?)?"
    rf"(?:{SP}*\([^()\n]{{0,80}}\))?"
)
# The parts between a verb and its document: `bãi bỏ Điều 9 của`, `khoản 1 Điều 73 tại`.
OF_RE = re.compile(rf"{SP}*(?:,{SP}*)?(?:của|tại|thuộc|trong){SP}+")
# An instrument issued with a decision stands for it: `Điều 7 của Quy chế làm việc ban
# hành kèm theo Quyết định số 19/2019/QĐ-UBND` acts on that decision.
INSTRUMENTS = (
    rf"Quy{_}chế|Quy{_}định|Điều{_}lệ|Danh{_}mục|Phụ{_}lục|Kế{_}hoạch|Chương{_}trình|Đề{_}án"
    rf"|Hướng{_}dẫn|Quy{_}trình|Bộ{_}tiêu{_}chí|Bảng"
)
# … written in running text too, before "ban hành kèm theo" or after a part: `Tạm dừng áp
# dụng quy trình nội bộ … ban hành kèm theo Quyết định số 52/QĐ-SCT`, `Bãi bỏ Mục II (…) danh
# mục thủ tục hành chính ban hành kèm theo …`.
INSTRUMENTS_ANY = re.sub(
    r"(?<![\w{])([A-ZĐ])", lambda m: f"[{m[1]}{m[1].lower()}]", INSTRUMENTS
)
# `ban hành kèm theo`, `kèm theo`, and as typed in a hurry `ban hành kèm`.
_ISSUED_WITH = rf"(?:ban{_}hành{_}kèm(?:{_}theo)?|kèm{_}theo)"
ISSUED_WITH_RE = re.compile(
    rf"(?:{INSTRUMENTS_ANY})[^;:.\n]{{0,160}}?{SP}(?:được{_})?{_ISSUED_WITH}{SP}+"
)
# A part of an instrument issued with a decision, right before the decision: `Phần II (12
# thủ tục …) Danh mục ban hành kèm theo Quyết định số 1046/QĐ-UBND … bị bãi bỏ theo …`.
PART_OF_ISSUED_RE = re.compile(
    rf"(?P<part>{SCOPE_PART})(?:{SP}*\([^()\n]{{0,80}}\))?{SP}*(?:của{SP}+)?(?:{INSTRUMENTS_ANY})"
    rf"[^;:.()\n]{{0,160}}?{SP}(?:được{_})?{_ISSUED_WITH}{SP}+$"
)
# An instrument named by its title, its decision in brackets: `thay thế Quy chế làm việc
# của xã Hòa An (Quyết định số 28/QĐ-UBND ngày 05/3/2024)` acts on that decision.
BRACKETED_BY_RE = re.compile(
    rf"(?:{INSTRUMENTS})[^;:.()\n]{{0,160}}?{SP}*\({SP}*(?:(?:ban{_}hành{_})?kèm{_}theo{SP}+)?"
)
# A list announced by its type and issuer, then a colon: `thay thế các Quyết định của Chủ
# tịch Ủy ban nhân dân tỉnh: số 968/QĐ-UBND ngày 16/6/2023, số 1540/QĐ-UBND …`.
TYPED_LIST_RE = re.compile(
    rf"(?:các{_})?(?:Quyết{_}định|Kế{_}hoạch|Công{_}văn|Thông{_}tư|Nghị{_}định|Chỉ{_}thị"
    rf"|Thông{_}báo|văn{_}bản|Văn{_}bản)(?:{_}của{_}[^;:.()\n]{{1,100}}?)?{SP}*:{SP}*"
    rf"(?:số{SP}*)?"
)
# What a report implements may be an instruction in a letter: `Thực hiện chỉ đạo của UBND
# tỉnh tại Công văn số 1294/UBND-KGVX`, `Thực hiện ý kiến chỉ đạo … theo Văn bản số …`.
INSTRUCTION_RE = re.compile(
    rf"(?:ý{_}kiến{_})?(?:chỉ{_}đạo|nội{_}dung|yêu{_}cầu)(?:{_}của{SP}+[^,;:.()]{{1,80}}?)?"
    rf"{SP}+(?:tại|theo){SP}+"
)
# `một số điều`, `một số điều và biện pháp thi hành`: part of the document, none named.
SOME_ARTICLES_RE = re.compile(
    rf"(?:một{_}số|các){_}(?:điều|khoản|điểm|nội{_}dung|quy{_}định)"
    rf"(?:{SP}*(?:,|và){SP}*(?:khoản|biện{_}pháp{_}(?:thi{_}hành|để{_}thi{_}hành)|điểm))*"
    rf"(?:{_}(?:của|tại|trong))?",
    re.IGNORECASE,
)

# --- the verbs --------------------------------------------------------------------------

# A cheap first look: a statement without any of these words states no relation.
ANY_VERB_RE = re.compile(
    r"[Ss]ửa đổi|[Bb]ổ sung|[Tt]hay thế|[Bb]ãi bỏ|[Hh]ủy bỏ|hiệu lực|chi tiết|[Hh]ướng dẫn"
    r"|[Tt]riển khai|[Tt]hực hiện|[Tt]rên cơ sở|SỬA ĐỔI|BÃI BỎ|THAY THẾ|HƯỚNG DẪN|THỰC HIỆN"
    r"|[Cc]ụ thể h(?:óa|oá)|[Gg]ia hạn|[Kk]éo dài|[Tt]ạm (?:ngưng|ngừng|dừng|đình chỉ)"
    r"|[Đđ]ình chỉ|[Đđ]ính chính|[Đđ]iều chỉnh|ĐIỀU CHỈNH"
    r"|[Nn]g[ưừ]ng (?:áp dụng|thi hành|thực hiện|việc)|[Tt]hu hồi|[Pp]húc đáp|[Tt]rả lời"
)

# Amends, active: `sửa đổi, bổ sung một số điều của`, `sửa đổi khoản 2`, `Bổ sung Điều 5a`, a
# plan adjusted `điều chỉnh, bổ sung Kế hoạch số …`, `điều chỉnh Kế hoạch số 30/KH-VP …`.
# `bổ sung` and `điều chỉnh` alone are common prose (`bổ sung nhân sự`, `điều chỉnh lịch công
# tác`): they count only before a part or a document, which the object check does.
AMEND_RE = re.compile(
    rf"(?<![\w])(?:[Ss]ửa{_}đổi(?:{SP}*,?{SP}*bổ{_}sung)?|[Đđ]iều{_}chỉnh(?:{SP}*,?{SP}*bổ{_}sung)?"
    rf"|[Bb]ổ{_}sung)(?![\w])"
)
# The passive lead of amends, replaces and repeals: `(có nội dung) (đã) được/bị `.
PASSIVE = rf"(?<![\w])(?:có{_}nội{_}dung{_})?(?:đã{_})?(?:[Đđ]ược|[Bb]ị){_}"
# Passive: `đã được sửa đổi, bổ sung một số điều theo Luật số 16/2008/QH12`,
# `có nội dung được sửa đổi bởi`, `được sửa đổi như sau` (no agent: the acting text).
AMEND_PASSIVE_RE = re.compile(
    PASSIVE + rf"(?:sửa{_}đổi(?:{SP}*,?{SP}*bổ{_}sung)?|điều{_}chỉnh(?:{SP}*,?{SP}*bổ{_}sung)?"
    rf"|bổ{_}sung)"
    rf"(?:{_}(?:một{_}số{_}(?:điều|nội{_}dung)|lần{_}thứ{_}\w+))?(?:{_}(?P<by>theo|bởi|tại|bằng))?(?![\w])"
)
# An extension amends a plan's time: `gia hạn thời gian thực hiện Kế hoạch số 58/KH-SCT …
# đến ngày 30/6/2025`; passive `theo thời hạn đã được gia hạn tại Công văn số 2105/SNNMT-VP`.
# (`Gia hạn giấy phép lao động` is a procedure's name: no time, no document.)
# `Kéo dài thời hạn áp dụng Quyết định số 71/QĐ-SYT … đến hết ngày 30/6/2025`, passive
# `được kéo dài đến hết ngày 30/6/2025 theo Quyết định số 80/QĐ-SYT` (its day before its agent).
_TIME = rf"(?:thời{_}gian|thời{_}hạn)(?:{_}(?:thực{_}hiện|áp{_}dụng))?"
EXTEND_RE = re.compile(
    rf"(?<![\w])(?:[Gg]ia{_}hạn|[Kk]éo{_}dài){_}{_TIME}(?:{_}(?:của|cho))?(?![\w])"
)
EXTEND_PASSIVE_RE = re.compile(
    PASSIVE + rf"(?:gia{_}hạn|kéo{_}dài)(?:{_}{_TIME})?"
    rf"(?:{_}đến{_}(?:hết{_})?ngày{SP}*(?:{ANY_DATE}))?(?:{SP}*,?{_}(?P<by>bởi|theo|tại|bằng))?(?![\w])"
)
EXTENDED = "thời gian thực hiện"
# Replaces: `thay thế Quyết định số …`, `thay thế cho`; passive `được thay thế bởi`.
REPLACE_RE = re.compile(rf"(?<![\w])[Tt]hay{_}thế(?:{_}cho)?(?![\w])")
REPLACE_PASSIVE_RE = re.compile(
    PASSIVE + rf"thay{_}thế(?:{_}(?P<by>bởi|bằng|theo|tại))?(?![\w])"
)
# Repeals: `Bãi bỏ Điều 9 của …`, `bãi bỏ khoản 2`, an annulment `Hủy bỏ Quyết định số …`;
# passive `có nội dung bị bãi bỏ bởi`.
# A letter or decision withdrawn, `thu hồi Công văn số 402/UBND-VP …`, is repealed too; not
# land, a licence or money taken back (`thu hồi 12,6 ha`, `thu hồi Giấy phép …`). (So too an
# answer: to a letter, not to a citizen, ``IMPLEMENT_RE``.)
_WITHDRAWN = (
    rf"(?={_}(?:Công{_}văn|Quyết{_}định|Kế{_}hoạch|Thông{_}báo|Hướng{_}dẫn|[Vv]ăn{_}bản)\s)"
)
REPEAL_RE = re.compile(
    rf"(?<![\w])(?:(?:[Bb]ãi|[Hh]ủy|[Hh]uỷ){_}bỏ|[Tt]hu{_}hồi{_WITHDRAWN})(?![\w])"
)
REPEAL_PASSIVE_RE = re.compile(
    PASSIVE + rf"(?:bãi{_}bỏ|hủy{_}bỏ)"
    rf"(?:{_}(?P<by>bởi|theo|tại))?(?![\w])"
)
# Suspends (a ``terminates`` for as long as it lasts, ``Relation.mode``): `Tạm ngưng
# hiệu lực Quyết định số 27/QĐ-SXD … cho đến khi có quyết định khác`, `đình chỉ thi hành Điều
# 5 của …`, `tạm dừng áp dụng …`; passive `bị tạm ngưng hiệu lực từ ngày 01/7/2025 theo …`.
# A bare `ngưng`, `dừng` or `đình chỉ` is prose (`dừng tiếp nhận hồ sơ`): it needs what
# stops, its effect, its execution or its application.
_STOPPED = rf"(?:việc{_})?(?:hiệu{_}lực(?:{_}thi{_}hành)?|thi{_}hành|áp{_}dụng|thực{_}hiện)"
_SUSPEND = (
    rf"(?:[Tt]ạm{_}(?:ngưng|ngừng|dừng|đình{_}chỉ)(?:{_}{_STOPPED})?"
    rf"|(?:[Nn]gưng|[Nn]gừng|[Đđ]ình{_}chỉ){_}{_STOPPED})(?:{_}của)?"
)
SUSPEND_RE = re.compile(rf"(?<![\w]){_SUSPEND}(?![\w])")
SUSPEND_PASSIVE_RE = re.compile(
    PASSIVE + _SUSPEND.replace("[Tt]", "t").replace("[Nn]", "n").replace("[Đđ]", "đ")
    # its day may stand before its agent: `bị tạm ngưng hiệu lực từ ngày 01/7/2025 theo …`
    + rf"(?:{SP}*,?{_}(?:kể{_})?từ{_}ngày{SP}*(?:{ANY_DATE}))?"
    + rf"(?:{SP}*,?{_}(?P<by>bởi|theo|tại))?(?![\w])"
)
# A span of days a suspension or an extension runs: `từ ngày 01/9/2025 đến hết ngày 31/12/2025`.
_SPAN = (
    rf"(?:{SP}*,?{_}(?:kể{_})?từ{_}ngày{SP}*(?:{ANY_DATE}))?"
    rf"(?:{SP}*,?{_}(?:đến|tới){_}(?:hết{_})?ngày{SP}*(?:{ANY_DATE}))?"
)
# A suspension told as a state, its agent after: `Quy định … theo Quyết định số 55/QĐ-STC
# đang tạm dừng áp dụng theo Quyết định số 18/QĐ-STC` (no agent, no act: a report's words),
# or with no "đang" but its span of days: `Điều 12 Quy chế … (Quyết định số 35/QĐ-STC …) tạm
# dừng áp dụng từ ngày 01/9/2025 đến hết ngày 31/12/2025 theo Quyết định số 90/QĐ-STC`.
# ("sau thời gian tạm dừng theo Quyết định số 29" is a noun: its document the suspending one,
# and nothing suspended named.)
SUSPEND_STATE_RE = re.compile(
    r"(?<![\w])(?<!thời gian )(?<!việc )(?<!sau khi )(?:đang{_}(?:bị{_})?)?".replace("{_}", _)
    + _SUSPEND.replace("[Tt]", "t").replace("[Nn]", "n").replace("[Đđ]", "đ")
    + _SPAN
    + rf"{SP}*,?{_}(?P<by>theo|bởi|tại){_}(?=(?:{SELF_KINDS}|{INSTRUMENTS}))"
)
# An extension told as a state, its agent after: `thí điểm … (Quyết định số 98/QĐ-STC …), kéo
# dài đến hết ngày 31/3/2026 theo Quyết định số 131/QĐ-STC` (a report's words: no "được").
EXTEND_STATE_RE = re.compile(
    rf"(?<![\w])(?:gia{_}hạn|kéo{_}dài)(?:{_}{_TIME})?"
    rf"{SP}*,?{_}(?:đến|tới){_}(?:hết{_})?ngày{SP}*(?:{ANY_DATE})"
    rf"{SP}*,?{_}(?P<by>theo|bởi|tại){_}(?=(?:{SELF_KINDS}|{INSTRUMENTS}))"
)
# Corrects (an ``amends`` that changes nothing in force, ``Relation.mode``): `Đính chính
# Điều 2 Quyết định số 52/QĐ-SXD`, `Đính chính sai sót về ngày ban hành tại Điều 3 …`, `Đính
# chính sai sót tại căn cứ thứ hai của Quyết định số …`;
# passive `(đã được đính chính tại Quyết định số 55/QĐ-SXD …)`.
CORRECT_RE = re.compile(
    rf"(?<![\w])[Đđ]ính{_}chính(?:{_}(?:một{_}số{_})?(?:sai{_}sót|lỗi|nội{_}dung)"
    rf"[^.;:\n\"“\d]{{0,60}}{_}(?:tại|của|trong)(?={_}))?(?![\w])"
)
CORRECT_PASSIVE_RE = re.compile(PASSIVE + rf"đính{_}chính(?:{_}(?P<by>bởi|theo|tại))?(?![\w])")
# Terminates: `X hết hiệu lực (thi hành) kể từ ngày Luật này có hiệu lực`; a plan's `Kế hoạch số
# 15/KH-UBND … chấm dứt thực hiện kể từ ngày 01/7/2025`.
TERMINATE_RE = re.compile(
    rf"(?<![\w])(?:đều{_})?(?:(?:hết|chấm{_}dứt){_}hiệu{_}lực(?:{_}(?:thi{_}hành|pháp{_}luật"
    rf"|toàn{_}bộ))?|chấm{_}dứt{_}(?:việc{_})?thực{_}hiện(?={_}(?:kể{_})?từ{_}ngày))(?![\w])"
)
# Guides: `quy định chi tiết một số điều của`, `hướng dẫn thi hành`, `hướng dẫn thực hiện`.
GUIDE_RE = re.compile(
    rf"(?<![\w])(?:[Qq]uy{_}định{_}chi{_}tiết(?:{_}(?:và{_})?(?:hướng{_}dẫn{_})?thi{_}hành)?"
    rf"|[Hh]ướng{_}dẫn{_}(?:thi{_}hành|thực{_}hiện|chi{_}tiết))(?![\w])"
)
# Implements: `triển khai thực hiện Kế hoạch số …`, `Thực hiện Quyết định số …`, `Nhằm cụ thể
# hóa Kế hoạch số …`.
IMPLEMENT_RE = re.compile(
    rf"(?<![\w])(?:[Tt]riển{_}khai(?:{_}(?:thực{_}hiện|thi{_}hành))?|[Tt]hực{_}hiện|[Tt]ổ{_}chức{_}thực{_}hiện"
    rf"|[Cc]ụ{_}thể{_}h(?:óa|oá)"
    # an answer to a letter: `Phúc đáp Công văn số 56/SNV-CCHC …`, `Trả lời Công văn số …`
    rf"|(?:[Pp]húc{_}đáp|[Tt]rả{_}lời){_WITHDRAWN})(?![\w])"
)
# Based on, in a report's lead-in: `Trên cơ sở Quyết định số 356/QĐ-UBND …, Giám đốc Sở ban
# hành Quyết định số 15/QĐ-SKHCN`.
BASIS_RE = re.compile(rf"(?<![\w])[Tt]rên{_}cơ{_}sở(?![\w])")
# Based on: a preamble line `Căn cứ …;`, `Căn cứ vào …`, `Căn cứ theo …`.
BASED_ON_RE = re.compile(rf"(?:[-–•+*]{SP}*)?[Cc]ăn{_}cứ(?:{_}(?:vào|theo))?{SP}+")

# Between a document and its verb, what may stand: its date, `của <issuer>`, `về việc …`
# is too long to cross. `Nghị định 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ sửa đổi`.
SUBJECT_GAP_RE = re.compile(
    rf"{SP}*(?:…|\.\.\.)?{SP}*(?:,?{SP}*\(?(?:ban{_}hành{_})?ngày{SP}*(?:{DATE})\)?)?"
    rf"(?:{SP}*,?{SP}*của{SP}+(?:[^\s,;:.()]+{SP}*){{1,8}}?)?{SP}*,?{SP}*"
    rf"(?:{SP}*[,(]?{SP}*có{_}hiệu{_}lực(?:{_}thi{_}hành)?{_}(?:kể{_})?từ{_}ngày{SP}*(?:{ANY_DATE}){SP}*\)?)?"
    rf"{SP}*,?{SP}*(?:được{_}(?:xây{_}dựng|ban{_}hành){_}(?:để|nhằm){SP}+)?"
    rf"(?:đã{SP}+|cũng{SP}+|để{SP}+|nhằm{SP}+|về{_}việc{SP}+|về{SP}+|V/v{SP}+)?\(?$"
)
# A change's date said after it: `thay thế Quyết định số … kể từ ngày 01/7/2024`.
FROM_DAY_RE = re.compile(rf"(?<![\w])(?:kể{_})?từ{_}ngày{SP}*(?:{DATE})")
# A reported document's trích yếu, then a comma, before its verb: `Quyết định số 38/QĐ-SKHCN
# ngày 20/5/2024 ban hành Quy chế …, thay thế`, `Quyết định số 1725/QĐ-UBND … công bố danh
# mục thủ tục hành chính …, thay thế`, `… về việc sắp xếp …, có hiệu lực thi hành
# kể từ ngày 01/7/2024, thay thế`. The trích yếu holds no sentence end and no other number.
SUBJECT_TAIL_RE = re.compile(
    rf"{SP}*(?:,?{SP}*\(?(?:ban{_}hành{_})?ngày{SP}*(?:{ANY_DATE})\)?)?"
    rf"(?:{SP}*của{SP}+[^,;:.()]{{1,60}}?)?"
    rf"{SP}+(?:ban{_}hành|về{_}việc|về|quy{_}định|phê{_}duyệt|hướng{_}dẫn|công{_}bố){SP}+"
    rf"[^;:.]{{1,250}}?"
    rf"(?:,{SP}*có{_}hiệu{_}lực(?:{_}thi{_}hành)?{_}(?:kể{_})?từ{_}ngày{SP}*(?:{ANY_DATE}))?"
    rf"{SP}*,{SP}*$"
)
# The enacting formula closing a preamble: `Bộ trưởng Bộ Nội vụ ban hành Thông tư hướng dẫn
# thi hành …`, `Chính phủ ban hành Nghị định sửa đổi, bổ sung …` — the document issued is
# the text itself.
ENACTING_RE = re.compile(
    rf"(?:ban{_}hành|quyết{_}định){SP}+(?:{TITLE_KINDS}|Thông{_}tư{_}liên{_}tịch){SP}*$",
    re.IGNORECASE,
)

# A document named by kind but no number, right before a verb: an unnamed (often
# future) document acts — `đề xuất xây dựng quyết định sửa đổi …`, `Thông tư hướng dẫn`.
UNNAMED_ACTOR_RE = re.compile(
    rf"(?<![\w])(?:{TITLE_KINDS}|văn{_}bản|dự{_}thảo)(?:{SP}+\S+){{0,2}}{SP}*$", re.IGNORECASE
)

# A delay after signing: `có hiệu lực sau 10 ngày kể từ ngày ký`.
AFTER_DAYS = rf"(?:sau{_}(?P<days>\d{{1,3}}){_}ngày{SP}*,?{SP}*)?"
# When the acting document takes effect, said in the same clause.
EFFECT_RE = re.compile(
    rf"(?<![\w])có{_}hiệu{_}lực(?:{_}(?:thi{_}hành|pháp{_}luật))?{SP}*,?{SP}*{AFTER_DAYS}"
    rf"(?:kể{_})?từ{_}ngày{SP}*"
    rf"(?:(?P<sign>(?:được{_})?ký(?:{_}ban{_}hành)?)|(?:{DATE})|(?P<self>(?:{SELF_KINDS}){_}này{_}có{_}hiệu{_}lực))",
    re.IGNORECASE,
)
# `kể từ ngày <document> có hiệu lực`: the termination's actor.
FROM_EFFECT_RE = re.compile(
    rf"(?:kể{_})?từ{_}ngày{SP}+(?P<who>.{{1,160}}?){SP}+có{_}hiệu{_}lực", re.IGNORECASE
)
# A termination's date said right after it: `kể từ ngày ký`, `kể từ ngày 01/01/2022`.
FROM_DATE_RE = re.compile(
    rf"{SP}*,?{SP}*(?:kể{_})?từ{_}ngày{SP}*(?:(?P<sign>(?:được{_})?ký(?:{_}ban{_}hành)?)|(?:{DATE}))"
)
# The text's own effective date, in its final provision: `Quyết định này có hiệu lực
# (thi hành) kể từ ngày ký`, `Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024`.
OWN_EFFECT_RE = re.compile(
    rf"(?<![\w])(?:{SELF_KINDS}){_}này{_}(?:có|có{_}hiệu{_}lực|bắt{_}đầu)"
    rf"(?:{_}hiệu{_}lực)?(?:{_}(?:thi{_}hành|pháp{_}luật))?{SP}*,?{SP}*{AFTER_DAYS}"
    rf"(?:kể{_})?từ{_}(?:ngày{SP}*)?"
    rf"(?:(?P<sign>(?:được{_})?ký(?:{_}ban{_}hành)?)|(?P<pub>ban{_}hành)|(?:{DATE}))",
    re.IGNORECASE,
)
DATE_RE = re.compile(DATE)

# A list item's marker: `1.`, `a)`, `đ)`, `-`, `+`, `Điều 5.`; its depth orders lead-ins.
# An article heading is `Điều 5.` or `Điều 5 Phạm vi` (markdown `### Điều 5.`), not the
# sentence `Điều 5 của Nghị định … được sửa đổi`.
ITEM_RE = re.compile(
    rf"^{SP}*(?:#+{SP}*)?(?:(?P<article>Điều{_}\d+[a-z]?(?:[.:]|{SP}+(?=[A-ZĐÀ-Ỹ])|{SP}*$))"
    rf"|(?P<num>\d+[a-z]?\.)(?!\d)|(?P<letter>[a-zđ]\))|(?P<dash>[-–+•]))"
)
# Amended text that follows `như sau:` is quoted: its words are the new law, not acts.
QUOTED_RE = re.compile(r"^\s*[“\"«]")
