"""``parse_header``: what a document says about itself in its first lines.

A Vietnamese administrative document opens (Nghị định 30/2020/NĐ-CP, Phụ lục I)
with the issuer in capitals, ``Số: 1753/QĐ-UBND``, ``Khánh Hòa, ngày 28 tháng 6
năm 2021``, the type line (``QUYẾT ĐỊNH``) and the trích yếu (``Về việc …``); a
công văn has no type line but a ``V/v …`` line. Drafts leave the number and the
day blank. Nothing here raises: a document without a header has an empty identity.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.models import Identity

HEADER_LINES = 40
HEADER_CHARS = 3000

# Phụ lục III of Nghị định 30/2020/NĐ-CP, plus the legal normative types; keyed upper-case.
TYPE_CODES: dict[str, str] = {
    c.upper(): c
    for c in [
        "NQ",
        "QĐ",
        "CT",
        "QC",
        "QyĐ",
        "TC",
        "TB",
        "HD",
        "CTr",
        "KH",
        "PA",
        "ĐA",
        "DA",
        "BC",
        "BB",
        "TTr",
        "HĐ",
        "CĐ",
        "BGN",
        "BTT",
        "GUQ",
        "GM",
        "GGT",
        "GNP",
        "PG",
        "PC",
        "PB",
        "SY",
        "TrS",
        "SL",
        "NĐ",
        "TT",
        "TTLT",
        "PL",
        "NQLT",
    ]
}

# Type lines as printed, longest first so "THÔNG TƯ LIÊN TỊCH" wins over "THÔNG TƯ".
TYPE_NAMES: tuple[str, ...] = tuple(
    sorted(
        (
            "NGHỊ QUYẾT LIÊN TỊCH",
            "THÔNG TƯ LIÊN TỊCH",
            "NGHỊ QUYẾT",
            "QUYẾT ĐỊNH",
            "CHỈ THỊ",
            "QUY CHẾ",
            "QUY ĐỊNH",
            "THÔNG CÁO",
            "THÔNG BÁO",
            "HƯỚNG DẪN",
            "CHƯƠNG TRÌNH",
            "KẾ HOẠCH",
            "PHƯƠNG ÁN",
            "ĐỀ ÁN",
            "DỰ ÁN",
            "BÁO CÁO",
            "BIÊN BẢN",
            "TỜ TRÌNH",
            "HỢP ĐỒNG",
            "CÔNG ĐIỆN",
            "CÔNG VĂN",
            "BẢN GHI NHỚ",
            "BẢN THỎA THUẬN",
            "GIẤY ỦY QUYỀN",
            "GIẤY MỜI",
            "GIẤY GIỚI THIỆU",
            "NGHỊ ĐỊNH",
            "THÔNG TƯ",
            "PHÁP LỆNH",
            "LUẬT",
            "KẾT LUẬN",
        ),
        key=len,
        reverse=True,
    )
)

# "Số: 1753/QĐ-UBND", "Số:1753/QĐ-UBND", "Số 1753/QĐ-UBND", "Số:   /BC-SKHCN",
# "Số: 107/2020/NĐ-CP", "Số: 12-CTr/TU". Symbol parts are ASCII letters, Đ, digits, &.
_PART = r"[A-ZĐ0-9&][A-Za-zĐđ0-9&]*"
_SO = re.compile(
    rf"""(?:^|\s)Số\s*[:.]?\s*
    (?P<number>\d{{1,6}}[a-z]?)?\s*
    (?P<sep>[/-])\s*
    (?P<symbol>{_PART}(?:\s*[-/]\s*{_PART})*)""",
    re.VERBOSE,
)
# "<Place>, ngày 28 tháng 6 năm 2021" (blank day allowed) or "<Place>, ngày 28/6/2021",
# as the whole line: "… Chính phủ ngày 19 tháng 6 năm 2015;" in a preamble is no date line.
_PLACE = r"(?:(?P<place>[^\d,;:]{2,40}?)\s*,\s*)?"
_DATE_WORDS = re.compile(
    rf"{_PLACE}ngày\s*(?P<d>\d{{1,2}})?\s*tháng\s*(?P<m>\d{{1,2}})\s*năm\s*(?P<y>\d{{4}})\.?"
)
_DATE_DIGITS = re.compile(
    rf"{_PLACE}ngày\s*(?P<d>\d{{1,2}})\s*[/.-]\s*(?P<m>\d{{1,2}})\s*[/.-]\s*(?P<y>\d{{4}})\.?"
)
_MOTTO = re.compile(
    r"CỘNG\s+H[OÒ]A\s+X[ÃA]\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM"
    r"|Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc",
    re.IGNORECASE,
)
_SUBJECT_LEAD = re.compile(r"^(?:V/v|V/V|v/v|Về\s+việc|VỀ\s+VIỆC|Về|VỀ)\b\s*[:.]?\s*")
_VV = re.compile(r"^(?:V/v|V/V|v/v|Về\s+việc|VỀ\s+VIỆC)\b")
_RULE = re.compile(r"^[-_=*.~—–]{3,}$")
# A rule drawn under a trích yếu and read onto its line: "… của Sở Tài chính ————".
_TRAILING_RULE = re.compile(r"\s*[-_=*.~—–]{3,}$")
# Lines that begin the body: the trích yếu never runs into them.
# The body's first line (a justified PDF line may space its words twice: "Thực  hiện").
_BODY = re.compile(
    r"^(?:Căn\s+cứ|Kính\s+gửi|Thực\s+hiện|[IVX]+\.|\d{1,2}\.|[a-zđ]\)|Điều\s+\d|Chương\s)"
)
# A plan's trích yếu may open as a body does: "KẾ HOẠCH / Thực hiện công tác cải cách hành
# chính năm 2024" (the body's "Thực hiện Kế hoạch số …" cites what it carries out).
_TASK_SUBJECT = re.compile(r"^Thực\s+hiện\s+(?:công\s+tác|nhiệm\s+vụ\s+cải\s+cách)\s", re.I)
# A report's or a letter's opening sentence, wrapped under its trích yếu with no blank line
# (a PDF): "Sở Văn hóa, Thể thao và Du lịch báo cáo kết quả … 6 tháng đầu năm 2025 như sau:".
_OPENING = re.compile(r"[^.:;]{0,400}?\snhư\s+sau\s*:")
_BODY_INSIDE = re.compile(r"\s(?:Căn\s+cứ|Thực\s+hiện|Kính\s+gửi)\s+\S")
_DECORATION = re.compile(r"^(?:#+\s*|>\s*)|\*\*|__")
_WRAPS = ("VÀ", "&", "CỦA", "-", ",")
# How a line of the issuer block begins: a body, a level of government, a draft's stamp. A
# capitalised line that begins otherwise goes on with the name above it, wrapped in a narrow
# header column ("SỞ VĂN HÓA, THỂ THAO VÀ DU" / "LỊCH", "TRUNG TÂM PHỤC VỤ HÀNH" / "CHÍNH CÔNG").
_ISSUER_HEAD = re.compile(
    r"(?:UBND|HĐND|ỦY|UỶ|SỞ|BAN|BCĐ|BCH|TT|BỘ|CỤC|CHI\s+CỤC|TỔNG|VĂN\s+PHÒNG|PHÒNG"
    r"|TRUNG\s+TÂM|THANH\s+TRA|TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|XÃ|PHƯỜNG|ĐẶC\s+KHU|HỘI|ĐOÀN|TỔ|BỆNH\s+VIỆN"
    r"|TRƯỜNG\s+(?:THPT|THCS|TIỂU|MẦM|MẪU|ĐẠI|CAO|TRUNG|CHÍNH|BỒI|DẠY|PHỔ)|VIỆN|HỌC\s+VIỆN"
    r"|ĐẠI\s+HỌC|ĐẢNG|ĐẠI\s+HỘI|MẶT\s+TRẬN|LIÊN|CÔNG\s+AN|QUÂN|KHO\s+BẠC|BẢO\s+HIỂM"
    r"|NGÂN\s+HÀNG|CÔNG\s+TY|ĐÀI|BÁO|TÒA|KIỂM|CHÍNH\s+PHỦ|THỦ\s+TƯỚNG|QUỐC\s+HỘI|CHỦ\s+TỊCH"
    r"|THƯỜNG\s+TRỰC|DỰ\s+THẢO|BẢN\s+SAO|SAO\s+Y|MẬT|KHẨN|HỎA\s+TỐC)\b"
)
# What an e-office system stamps on a file, no part of its header: the incoming stamp
# ("VĂN BẢN ĐẾN — Số đến: 2043 — Ngày đến: 21/11/2024"), the digital signature's lines ("Ký
# bởi: Sở Ngoại vụ Email: … Thời gian ký: 12.12.2024 09:12:45 +07:00"), the register's number
# ("Số đăng ký: 0962/VBĐi-SNgV", "Mã văn bản: …"). A trích yếu never runs into them.
_STAMP = re.compile(
    r"^(?:VĂN\s+BẢN\s+ĐẾN\b|(?:Số|Ngày)\s+đến\s*:|Ký\s+bởi\s*:|Thời\s+gian\s+ký\s*:"
    r"|Số\s+đăng\s+ký\s*:|Mã\s+văn\s+bản\s*:)",
    re.IGNORECASE,
)
# An e-office export opens with the system's record of the document: "Số ký hiệu:
# 125/QĐ-STC", "Ngày ban hành: 12/03/2025", "Loại văn bản: Quyết định", "Trích yếu: …",
# "Cơ quan ban hành: Sở Tài chính". It fills what the document's own header does not show.
_RECORD = re.compile(
    r"^(?P<field>Số\s+ký\s+hiệu|Số\s+hiệu(?:\s+văn\s+bản)?|Ngày\s+ban\s+hành|Ngày\s+ký"
    r"|Loại\s+văn\s+bản|Trích\s+yếu(?:\s+nội\s+dung)?|Cơ\s+quan\s+ban\s+hành)"
    r"\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
_RECORD_DATE = re.compile(
    r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
)


def _clean(line: str) -> str:
    """A header line without Markdown decoration (``## …``, ``**…**``)."""
    return _DECORATION.sub("", line).strip()


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _title(name: str) -> str:
    """``QUYẾT ĐỊNH`` → ``Quyết định``."""
    return name[:1] + name[1:].lower()


def parse_ident(raw_number: str | None, sep: str, symbol: str) -> tuple[str, str | None]:
    """Canonical ``ident`` and type code of a number and symbol as matched.

    Args:
        raw_number: the number, None when left blank.
        sep: ``/`` (administrative, legal) or ``-`` (Party style ``12-CTr/TU``).
        symbol: what follows the separator, possibly with stray spaces.

    Returns:
        ``(ident, code)``: e.g. ``("1753/QĐ-UBND", "QĐ")``, ``("1294/UBND", None)``.
    """
    symbol = re.sub(r"\s+", "", symbol)
    groups = re.split(r"[/-]", symbol)
    if groups and re.fullmatch(r"\d{4}", groups[0]):
        groups = groups[1:]  # 107/2020/NĐ-CP: the year comes before the type
    code = TYPE_CODES.get(groups[0].upper()) if groups else None
    return f"{raw_number or ''}{sep}{symbol}", code


def _iso(day: str | None, month: str, year: str) -> str | None:
    """ISO date, ``YYYY-MM`` when the day is blank, None when it is no date."""
    try:
        if day is None:
            dt.date(int(year), int(month), 1)
            return f"{int(year):04d}-{int(month):02d}"
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _date_in(line: str) -> tuple[str | None, str | None] | None:
    """``(iso, place)`` when the whole line is a date line, else None."""
    for pattern in (_DATE_WORDS, _DATE_DIGITS):
        m = pattern.fullmatch(line)
        if m:
            place = m.group("place")
            if place and not place[0].isupper():
                return None
            return _iso(m.group("d"), m.group("m"), m.group("y")), place
    return None


def _type_line(line: str) -> tuple[str, str] | None:
    """``(kind, rest)`` when ``line`` is a type line such as ``QUYẾT ĐỊNH``."""
    if not _is_caps(line) or line.endswith(":"):
        return None
    for name in TYPE_NAMES:
        if line == name or line.startswith(name + " "):
            return _title(name), line[len(name) :].strip()
    return None


def _subject(lines: list[str], start: int, first: str = "") -> str | None:
    """The trích yếu beginning at ``lines[start]`` (or ``first``), continued while it goes on."""
    parts = [first] if first else []
    i = start
    while i < len(lines) and len(parts) < 4:
        line = lines[i]
        if not line:
            nxt = next((x for x in lines[i + 1 : i + 3] if x), "")
            if parts and not (nxt[:1].islower() and not _BODY.match(nxt)):
                break
            i += 1
            continue
        if _RULE.match(line) or (parts and _is_caps(line)):
            break
        if _BODY.match(line) and (parts or not _TASK_SUBJECT.match(line)):
            break
        if parts and (_SO.match(line) or _date_in(line)):
            break
        if parts and line[:1].isupper() and _OPENING.match(_run_on(lines, i)):
            break
        parts.append(line)
        i += 1
    text = _TRAILING_RULE.sub("", _SUBJECT_LEAD.sub("", " ".join(parts))).strip()
    # A PDF's lines re-flowed into one paragraph carry the body on: "Chuyển đổi số năm 2024
    # của Sở … Thực hiện Kế hoạch số 04/KH-… ngày …". The trích yếu ends where it starts.
    body = _BODY_INSIDE.search(text)
    if body:
        text = text[: body.start()].rstrip(" ,;:")
    if _is_caps(text):
        text = text[:1] + text[1:].lower()
    return text or None


def _run_on(lines: list[str], i: int) -> str:
    """``lines[i]`` and the lines that run on from it (no blank line, no body line between),
    at most four."""
    out = [lines[i]]
    for line in lines[i + 1 : i + 4]:
        if not line or _BODY.match(line):
            break
        out.append(line)
    return " ".join(out)


def _issuer(lines: list[str]) -> str | None:
    """The capitalised lines above the number: ``UBND TỈNH KHÁNH HÒA / SỞ …``."""
    names: list[str] = []
    for raw in lines:
        line = _MOTTO.sub("", raw).strip(" -–—_")
        if not line or _RULE.match(line) or not _is_caps(line) or _type_line(line):
            continue
        if names and (names[-1].endswith(_WRAPS) or not _ISSUER_HEAD.match(line)):
            names[-1] = f"{names[-1]} {line}"  # a long name wrapped onto two lines
        else:
            names.append(line)
    return " / ".join(names) or None


def parse_header(text: str) -> Identity:
    """Read the document's own number, date, type, subject and issuer.

    Only the first ``HEADER_LINES`` lines and ``HEADER_CHARS`` characters are read.

    Args:
        text: the normalised document text.

    Returns:
        The identity; fields the header does not show are None.
    """
    # A row of a header table read as one line ("SỞ NỘI VỤ | CỘNG HÒA …", "Số: 125/QĐ-SNV |
    # Hòa An, ngày …": an HTML page's, a DOCX table not seen as a layout) is its cells' lines.
    lines = [
        cell.strip()
        for x in text[:HEADER_CHARS].split("\n")[:HEADER_LINES]
        for cell in _clean(x).split(" | ")
    ]
    lines = ["" if _STAMP.match(line) else line for line in lines]
    fields: dict[str, str | None] = {}
    anchors: list[int] = []
    for i, line in enumerate(lines):
        so = _SO.match(line) or (_SO.search(line) if "Số:" in line else None)
        if so and "ident" not in fields:
            fields["ident"], fields["code"] = parse_ident(
                so.group("number"), so.group("sep"), so.group("symbol")
            )
            fields["number"] = so.group("number")
            anchors.append(i)
        date = _date_in(line[so.end() :].strip() if so else line)
        if date and "date" not in fields:
            fields["date"], fields["place"] = date
            anchors.append(i)
    kind, subject, kind_at = _kind_and_subject(lines)
    fields.update(kind=kind, subject=subject)
    if kind_at is not None:
        anchors.append(kind_at)
    if anchors:
        # (a PDF may give the header's right column first: the Quốc hiệu and the date, then
        # the issuer above "Số:")
        fields["issuer"] = _issuer(lines[: min(anchors)]) or _issuer(lines[: max(anchors)])
    for name, value in _record(lines).items():
        if not fields.get(name):
            fields[name] = value
    return Identity(**fields)


def _record(lines: list[str]) -> dict[str, str | None]:
    """The fields of an e-office record above the text (``_RECORD``), by ``Identity`` name."""
    fields: dict[str, str | None] = {}
    for line in lines:
        m = _RECORD.match(line)
        if not m:
            continue
        field, value = m.group("field").lower(), m.group("value").strip()
        if field.startswith("số") and "ident" not in fields:
            so = _SO.match(f"Số: {value}")
            if so and so.group("number"):
                fields["ident"], fields["code"] = parse_ident(
                    so.group("number"), so.group("sep"), so.group("symbol")
                )
                fields["number"] = so.group("number")
        elif field.startswith("ngày") and "date" not in fields:
            d = _RECORD_DATE.match(value)
            if d:
                fields["date"] = (
                    _iso(d.group("d"), d.group("m"), d.group("y"))
                    if d.group("y")
                    else _iso(d.group("id"), d.group("im"), d.group("iy"))
                )
        elif field.startswith("loại") and "kind" not in fields:
            typed = _type_line(value.upper())
            if typed and not typed[1]:
                fields["kind"] = typed[0]
        elif field.startswith("trích") and "subject" not in fields:
            fields["subject"] = _SUBJECT_LEAD.sub("", value).strip() or None
        elif field.startswith("cơ quan") and "issuer" not in fields:
            fields["issuer"] = value.upper()
    return fields


def _kind_and_subject(lines: list[str]) -> tuple[str | None, str | None, int | None]:
    """``(kind, subject, index of the type line)`` from the type line or a ``V/v`` line."""
    for i, line in enumerate(lines):
        typed = _type_line(line)
        if typed:
            kind, rest = typed
            return kind, _subject(lines, i + 1, rest), i
    for i, line in enumerate(lines):
        if _VV.match(line):
            vv_kind = "Công văn" if line.startswith(("V/v", "V/V", "v/v")) else None
            return vv_kind, _subject(lines, i), None
    return None, None, None
