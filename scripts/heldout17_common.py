"""Seventeenth held-out archive: what its texts share. The Sở Nông nghiệp và Môi trường of tỉnh
Hà Lâm (fictional), formed on 01/3/2025 from the Sở Nông nghiệp và Phát triển nông thôn and the
Sở Tài nguyên và Môi trường; January 2022 – November 2026. Do not tune on it.

The marks, the three Sở's and the UBND tỉnh's issuer blocks, signers, the figures of every
period (written once here, so that a figure and its restatement agree), the report and plan
templates, the appendix table of documents issued ("Phụ lục: Danh mục văn bản đã ban hành"),
a Công văn exported from an e-office system with its HTML left in, and the Windows-1258 bytes
of a text saved by an old editor. Facts in ``bench/data/heldout17_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

import unicodedata

from sample_header import Sample, header

MARK = "[MẪU — văn bản hư cấu: tỉnh Hà Lâm, các Sở nêu tên và mọi cá nhân đều không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết — TÀI LIỆU MẪU hư cấu do scripts/make_heldout17_archive.py tạo; tỉnh Hà Lâm không có thật; MẪU]"
NN = ("UBND TỈNH HÀ LÂM", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN")
TN = ("UBND TỈNH HÀ LÂM", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG")
NM = ("UBND TỈNH HÀ LÂM", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")
UB = ("ỦY BAN NHÂN DÂN", "TỈNH HÀ LÂM")
# Signers. Sở NN&PTNT: Giám đốc Lê Văn Thịnh, Phó Giám đốc Đỗ Thị Mai; Sở TN&MT: Giám đốc Phạm
# Thị Hạnh, Phó Giám đốc Nguyễn Quang Huy; Sở NN&MT (from 01/3/2025): Giám đốc Lê Văn Thịnh,
# Phó Giám đốc Nguyễn Quang Huy and Đỗ Thị Mai. The Chủ tịch UBND tỉnh Trần Minh Đức, the Phó
# Chủ tịch Vũ Thị Lan.
THINH = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nLê Văn Thịnh\n"
MAI = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nĐỗ Thị Mai\n"
HANH = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nPhạm Thị Hạnh\n"
HUY = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nNguyễn Quang Huy\n"
DUC_UB = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nTrần Minh Đức\n"
LAN = "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nVũ Thị Lan\n"

NAME = {
    "NN": "Sở Nông nghiệp và Phát triển nông thôn",
    "TN": "Sở Tài nguyên và Môi trường",
    "NM": "Sở Nông nghiệp và Môi trường",
}
BLOCK = {"NN": NN, "TN": TN, "NM": NM}

# Figures by body, year and period: hồ sơ TTHC tiếp nhận (from 01/01), tỷ lệ giải quyết đúng
# hạn, tỷ lệ hồ sơ nộp trực tuyến, tỷ lệ hồ sơ được số hóa khi tiếp nhận. The merged Sở's quý I
# 2025 counts both former Sở (January – February) and itself (March).
FIG: dict[str, dict[int, dict[str, tuple[int, str, str, str]]]] = {
    "NN": {
        2021: {"year": (3610, "97,6%", "24,8%", "38,5%")},
        2022: {"6m": (1840, "97,8%", "28,5%", "45,0%"), "year": (3920, "98,1%", "31,2%", "52,6%")},
        2023: {"6m": (2010, "98,4%", "38,0%", "61,3%"), "year": (4180, "98,6%", "41,5%", "70,2%")},
        2024: {"6m": (2150, "98,9%", "49,2%", "78,0%"), "year": (4460, "99,1%", "53,4%", "84,5%")},
    },
    "TN": {
        2021: {"year": (5980, "94,7%", "18,9%", "33,0%")},
        2022: {"year": (6350, "95,2%", "22,4%", "40,1%")},
        2023: {"year": (6820, "96,0%", "30,6%", "55,8%")},
        2024: {"year": (7150, "97,3%", "42,8%", "72,4%")},
    },
    "NM": {
        2025: {
            "q1": (2705, "97,9%", "47,5%", "80,2%"),
            "6m": (5610, "98,2%", "52,3%", "83,0%"),
            "9m": (8540, "98,5%", "58,1%", "86,4%"),
            "year": (11620, "98,7%", "68,4%", "89,5%"),
        },
        2026: {
            "q1": (2940, "98,9%", "70,2%", "91,0%"),
            "6m": (6080, "99,0%", "72,5%", "92,4%"),
            "9m": (9310, "99,1%", "74,8%", "93,6%"),
        },
    },
}
# The 2025 online share as corrected by the 6-month 2026 report (duplicates removed).
ONLINE_2025_CORRECTED = "64,8%"
PERIOD_TITLE = {
    "q1": "quý I năm {y}",
    "6m": "6 tháng đầu năm {y}",
    "9m": "9 tháng năm {y}",
    "year": "năm {y}",
}
PERIOD_SHORT = {
    "q1": "Quý I/{y}",
    "6m": "6 tháng đầu năm {y}",
    "9m": "9 tháng năm {y}",
    "year": "Năm {y}",
}


def num(n: int) -> str:
    """A count as Vietnamese documents write it: 1.245."""
    return f"{n:,}".replace(",", ".")


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...]) -> str:
    """The stacked header of a document of tỉnh Hà Lâm."""
    return header(number, day, kind, subject, issuer, place="Hà Lâm", mark=MARK)


def figures_paragraph(body: str, year: int, period: str) -> str:
    """The period's figures as a report states them."""
    d, on_time, online, digit = FIG[body][year][period]
    when = PERIOD_SHORT[period].format(y=year)
    return (
        f"{when}, Sở tiếp nhận {num(d)} hồ sơ thủ tục hành chính, tỷ lệ giải quyết đúng hạn đạt {on_time}; "
        f"tỷ lệ hồ sơ nộp trực tuyến đạt {online}; tỷ lệ hồ sơ được số hóa khi tiếp nhận đạt {digit}."
    )


def year_before(body: str, year: int) -> str:
    """An annual report's sentence on the year before, restated."""
    d, on_time, online, _ = FIG[body][year - 1]["year"]
    return f"Cùng kỳ năm {year - 1}, Sở tiếp nhận {num(d)} hồ sơ (đúng hạn {on_time}, trực tuyến {online})."


def closing(signer: str, body: str) -> str:
    """The closing of a periodic report."""
    return (
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI\n\n"
        "1. Tiếp tục rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của Sở.\n\n"
        "2. Đẩy mạnh tiếp nhận hồ sơ trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.\n\n"
        "Nơi nhận:\n- UBND tỉnh (để b/c);\n- Sở Nội vụ;\n- Lưu: VT, VP." + signer
    )


def report(
    number: str,
    day: str,
    body: str,
    year: int,
    period: str,
    *,
    lead: str,
    middle: str,
    extra: str = "",
    signer: str,
    end: bool = True,
) -> tuple[str, str]:
    """A periodic CCHC report's header and body (``end=False``: it closes elsewhere)."""
    title = "Kết quả thực hiện công tác cải cách hành chính " + PERIOD_TITLE[period].format(y=year)
    top = head(number, day, "BÁO CÁO", title, BLOCK[body])
    text = f"""
Thực hiện chế độ báo cáo định kỳ, {NAME[body]} báo cáo kết quả thực hiện công tác cải cách hành chính (CCHC) {PERIOD_TITLE[period].format(y=year)} như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

{lead}

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CCHC

{middle}

III. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH

{figures_paragraph(body, year, period)}
"""
    if extra:
        text += "\n" + extra + "\n"
    if end:
        text += "\n" + closing(signer, body)
    return top, text


APPENDIX_COLUMNS = ["STT", "Số, ký hiệu", "Ngày ban hành", "Trích yếu", "Cơ quan ban hành"]


def appendix_rows(rows: list[tuple[str, str, str, str]]) -> list[list[str]]:
    """The appendix table "Danh mục văn bản đã ban hành": a header row, then numbered rows."""
    return [APPENDIX_COLUMNS] + [[str(i), *row] for i, row in enumerate(rows, 1)]


def table_as_text(rows: list[list[str]]) -> str:
    """A table as a signed PDF prints it: one line a row, cells apart by " | "."""
    return "\n".join(" | ".join(row) for row in rows)


def plan(
    number: str,
    day: str,
    body: str,
    year: int,
    *,
    basis: str,
    province_plan: str,
    online: str,
    on_time: str,
    tasks: str,
    signer: str,
    extra: str = "",
) -> str:
    """A yearly CCHC plan of a Sở, carried out within its year."""
    return (
        head(number, day, "KẾ HOẠCH", f"Cải cách hành chính năm {year}", BLOCK[body])
        + f"""
{basis}

Thực hiện {province_plan} của Ủy ban nhân dân tỉnh về cải cách hành chính năm {year}, {NAME[body]} ban hành Kế hoạch cải cách hành chính năm {year} như sau:
{extra}
I. MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU

1. Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt {online} trở lên.

2. Tỷ lệ hồ sơ giải quyết đúng hạn đạt {on_time} trở lên.

II. NHIỆM VỤ

{tasks}

III. TỔ CHỨC THỰC HIỆN

Kế hoạch này được thực hiện trong năm {year}. Văn phòng Sở chủ trì theo dõi, tổng hợp, báo cáo định kỳ.

Nơi nhận:
- UBND tỉnh (để b/c);
- Sở Nội vụ;
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
        + signer
    )


def docx_sample(
    file: str, top: str, body: str, after: str, table: list[list[str]], title: str
) -> Sample:
    """A DOCX with one table between its body and its closing part."""
    return Sample(file, "docx", (top, body), table=table, after=after, title=title)


def html_export(text: str) -> str:
    """A text as an e-office system exports it: paragraphs in <p>, lines in <br>, indents as
    &nbsp; and a few entities (the mark stays on the first line, the footer is added later)."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [ln.replace("&", "&amp;") for ln in para.split("\n")]
        lines = [("&nbsp;&nbsp;&nbsp;&nbsp;" + ln) if ln[:1].isdigit() else ln for ln in lines]
        out.append('<p style="text-align:justify">' + "<br>".join(lines) + "</p>")
    return "\n".join(out)


def to_cp1258(text: str) -> bytes:
    """``text`` in Windows-1258 as Vietnamese Windows editors wrote it: the base letters that
    have a code (â, ê, ô, ơ, ư, ă, đ, and a few with a tone) precomposed, the other tone marks
    as combining characters; CRLF line ends. Decoding and NFC give ``text`` back."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text.replace("\n", "\r\n")):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        shape = "".join(m for m in parts[1:] if m in "\u0302\u0306\u031b")
        tones = "".join(m for m in parts[1:] if m not in shape)
        # The vowel's shape (circumflex, breve, horn) on the base, the tone as a combining mark.
        out += unicodedata.normalize("NFC", parts[0] + shape).encode("cp1258")
        out += tones.encode("cp1258")
    data = bytes(out)
    assert unicodedata.normalize("NFC", data.decode("cp1258")) == unicodedata.normalize(
        "NFC", text.replace("\n", "\r\n")
    )
    return data


NQ76 = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"
ND63 = "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ;"
ND61 = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;"
ND118 = "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại bộ phận một cửa và Cổng Dịch vụ công quốc gia;"
LUAT_2015 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
LUAT_2025 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"
