"""Fifteenth held-out archive: what its texts share. The Sở Công Thương of tỉnh Lam Điền
(fictional), 2020 – November 2026. Do not tune on it.

The marks, issuer blocks, signers, the two header layouts (the stacked one the other archives
use, and the one a Word-made PDF gives when its two header columns are read line by line: the
issuer beside the Quốc hiệu, "Số: …" beside the place and date), the figures of every period
(written once here, so that a figure and its restatement agree) and the report and plan
templates. Facts in ``bench/data/heldout15_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from sample_header import Sample, header

MARK = "[MẪU — tài liệu hư cấu: tỉnh Lam Điền và các cơ quan, cá nhân nêu trong văn bản không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết văn bản — TÀI LIỆU MẪU hư cấu do scripts/make_heldout15_archive.py tạo; tỉnh Lam Điền không có thật; MẪU]"
SO = ("UBND TỈNH LAM ĐIỀN", "SỞ CÔNG THƯƠNG")
UB = ("ỦY BAN NHÂN DÂN", "TỈNH LAM ĐIỀN")
# Signers. The Giám đốc Lương Văn Thành (to 2023), then Đỗ Thị Minh Nguyệt (from 2024); the Phó
# Giám đốc Vũ Đình Khang (all years); the Chủ tịch UBND tỉnh Hoàng Trọng Nghĩa and the Phó Chủ
# tịch Mai Thị Lan Anh.
THANH = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nLương Văn Thành\n"
NGUYET = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nĐỗ Thị Minh Nguyệt\n"
KHANG = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nVũ Đình Khang\n"
NGHIA = "\nCHỦ TỊCH\n\n(Đã ký)\n\nHoàng Trọng Nghĩa\n"
NGHIA_UB = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nHoàng Trọng Nghĩa\n"
LANANH = "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nMai Thị Lan Anh\n"
LANANH_UB = "\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nMai Thị Lan Anh\n"

# Figures by year and period: hồ sơ TTHC tiếp nhận (from 01/01), tỷ lệ giải quyết đúng hạn,
# tỷ lệ hồ sơ nộp trực tuyến, cuộc kiểm tra CCHC, tin bài tuyên truyền (from 01/01).
FIG: dict[int, dict[str, tuple[int, str, str, int, int]]] = {
    2019: {"year": (1985, "97,40%", "9,6%", 3, 38)},
    2020: {"year": (2140, "97,85%", "18,4%", 3, 46)},
    2021: {"6m": (1260, "98,10%", "26,5%", 1, 22), "year": (2615, "98,32%", "31,7%", 4, 59)},
    2022: {"9m": (2215, "98,61%", "44,9%", 3, 47), "year": (3045, "98,70%", "47,2%", 5, 66)},
    2023: {"6m": (1720, "98,95%", "58,3%", 2, 35), "year": (3480, "99,05%", "61,8%", 5, 71)},
    2024: {
        "q1": (905, "99,12%", "66,0%", 1, 17),
        "6m": (1890, "99,20%", "68,4%", 2, 38),
        "9m": (2870, "99,26%", "70,2%", 4, 55),
        "year": (3910, "99,31%", "72,5%", 6, 79),
    },
    2025: {
        "q1": (1010, "99,38%", "76,1%", 1, 19),
        "6m": (2105, "99,42%", "78,9%", 3, 41),
        "9m": (3230, "99,47%", "80,6%", 4, 60),
        "year": (4365, "99,51%", "82,3%", 6, 84),
    },
    2026: {
        "q1": (1138, "99,55%", "85,2%", 1, 21),
        "6m": (2340, "99,60%", "87,0%", 3, 44),
        "9m": (3575, "99,63%", "88,4%", 5, 65),
    },
}
# Dossiers by quarter (the annual reports' tables).
QUARTERS = {
    2022: (690, 760, 765, 830),
    2023: (820, 900, 840, 920),
    2024: (905, 985, 980, 1040),
    2025: (1010, 1095, 1125, 1135),
    2026: (1138, 1202, 1235),
}
# The Sở's CCHC index of a year (score, rank), published in the next year's 6-month report.
INDEX = {
    2021: ("84,25", "8/19"),
    2022: ("86,40", "6/19"),
    2023: ("88,15", "5/19"),
    2024: ("90,02", "3/19"),
    2025: ("91,37", "2/19"),
}
PERIOD_TITLE = {
    "q1": "quý I năm {y}",
    "6m": "6 tháng đầu năm {y}",
    "9m": "9 tháng năm {y}",
    "year": "năm {y}",
}


def num(n: int) -> str:
    """A count as Vietnamese documents write it: 1.245."""
    return f"{n:,}".replace(",", ".")


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = SO) -> str:
    """The stacked header of a document of tỉnh Lam Điền (the Sở, or the UBND tỉnh)."""
    return header(number, day, kind, subject, issuer, place="Lam Điền", mark=MARK)


def word_head(
    number: str, day: str, kind: str, subject_lines: tuple[str, ...], issuer: tuple[str, ...] = SO
) -> str:
    """The header as a Word-made PDF reads out: its two columns side by side on each line, the
    issuer's two lines beside the Quốc hiệu and "Số: …" beside "Lam Điền, ngày …"; the trích
    yếu may run over two lines."""
    width = 30
    lines = [
        MARK,
        "",
        f"{issuer[0]:<{width}}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{issuer[1]:<{width}}Độc lập - Tự do - Hạnh phúc",
        "",
        f"{'Số: ' + number:<{width}}Lam Điền, {day}",
        "",
    ]
    if kind:
        lines.append(kind)
    lines += [*subject_lines, ""]
    return "\n".join(lines)


def figures_paragraph(year: int, period: str) -> str:
    """The period's figures as a report states them."""
    d, on_time, online, checks, news = FIG[year][period]
    title = PERIOD_TITLE[period].format(y=year)
    when = title[0].upper() + title[1:]
    return (
        f"{when}, Sở tiếp nhận {num(d)} hồ sơ thủ tục hành chính; tỷ lệ hồ sơ giải quyết đúng hạn đạt {on_time}; "
        f"tỷ lệ hồ sơ nộp trực tuyến đạt {online}. Sở đã tổ chức {checks:02d} cuộc kiểm tra công tác cải cách hành chính "
        f"tại các phòng, đơn vị và đăng {news} tin, bài tuyên truyền về cải cách hành chính trên Trang thông tin điện tử của Sở."
    )


def year_before(year: int) -> str:
    """An annual report's sentence on the year before, restated."""
    d, on_time, online, _, _ = FIG[year - 1]["year"]
    return f"So với năm {year - 1}: {num(d)} hồ sơ, tỷ lệ đúng hạn {on_time}, tỷ lệ nộp trực tuyến {online}."


def index_paragraph(year: int) -> str:
    """The Sở's CCHC index of ``year``, published the next year."""
    score, rank = INDEX[year]
    return f"Kết quả Chỉ số cải cách hành chính năm {year} do Ủy ban nhân dân tỉnh công bố: Sở Công Thương đạt {score} điểm, xếp thứ {rank} các sở, ban, ngành."


def report(
    number: str,
    day: str,
    year: int,
    period: str,
    *,
    lead: str,
    middle: str,
    extra: str = "",
    signer: str,
    closing: bool = True,
) -> tuple[str, str]:
    """A periodic CCHC report's header and body (an annual report, or one with a table after
    its body, closes elsewhere)."""
    title = "Kết quả thực hiện công tác cải cách hành chính " + PERIOD_TITLE[period].format(y=year)
    top = head(number, day, "BÁO CÁO", title)
    body = f"""
Sở Công Thương báo cáo kết quả thực hiện công tác cải cách hành chính (CCHC) {PERIOD_TITLE[period].format(y=year)} như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

{lead}

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CCHC

{middle}

III. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH, KIỂM TRA, TUYÊN TRUYỀN

{figures_paragraph(year, period)}
"""
    if extra:
        body += "\n" + extra + "\n"
    if period != "year" and closing:
        body += "\n" + CLOSING + signer
    return top, body


CLOSING = "IV. NHIỆM VỤ THỜI GIAN TỚI\n\n1. Tiếp tục rà soát, đơn giản hóa thủ tục hành chính ngành Công Thương.\n\n2. Nâng cao tỷ lệ hồ sơ nộp trực tuyến toàn trình.\n\nNơi nhận:\n- UBND tỉnh (b/c);\n- Sở Nội vụ;\n- Lưu: VT, VP.\n"


def annual_table(year: int) -> list[list[str]]:
    """Dossiers by quarter of ``year``."""
    q = QUARTERS[year]
    return [
        ["Chỉ tiêu", "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm"],
        [f"Hồ sơ tiếp nhận năm {year}", *(num(v) for v in q), num(FIG[year]["year"][0])],
    ]


def annual_after(signer: str) -> str:
    """The closing part of an annual report after its table."""
    return (
        "IV. NHIỆM VỤ TRỌNG TÂM NĂM TỚI\n\n1. Tiếp tục rà soát, đơn giản hóa thủ tục hành chính ngành Công Thương.\n\n"
        "2. Nâng cao chất lượng giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh.\n\n"
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Sở Nội vụ;\n- Lưu: VT, VP." + signer
    )


def docx_report(file: str, top: str, body: str, year: int, signer: str, title: str) -> Sample:
    """An annual report as a DOCX with its table of dossiers by quarter."""
    return Sample(
        file,
        "docx",
        (top, body + "\nSố hồ sơ tiếp nhận theo quý:\n"),
        table=annual_table(year),
        after=annual_after(signer),
        title=title,
    )


NQ30C = "Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020;"
NQ76 = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"


def plan(
    number: str,
    day: str,
    year: int,
    *,
    basis: str,
    province_plan: str,
    online: str,
    on_time: str,
    tasks: str,
    signer: str,
) -> str:
    """A yearly CCHC plan of the Sở, carried out within its year."""
    return (
        head(number, day, "KẾ HOẠCH", f"Cải cách hành chính năm {year} của Sở Công Thương")
        + f"""
{basis}

Thực hiện {province_plan} của Ủy ban nhân dân tỉnh về cải cách hành chính năm {year}, Sở Công Thương xây dựng Kế hoạch cải cách hành chính năm {year} như sau:

I. MỤC ĐÍCH, YÊU CẦU, CHỈ TIÊU

1. Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt từ {online} trở lên.

2. Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ {on_time} trở lên.

II. NHIỆM VỤ CỤ THỂ

{tasks}

III. TỔ CHỨC THỰC HIỆN

Kế hoạch này được thực hiện trong năm {year}. Văn phòng Sở là đầu mối theo dõi, đôn đốc và tổng hợp báo cáo quý, 6 tháng, 9 tháng và năm.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Nội vụ;
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
        + signer
    )


QC_SUBJECT = "Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở Công Thương"
ND61 = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;"
ND61_107 = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;"


def quy_che_body(*, grounds: str, effect: str, signer: str) -> str:
    """The body of the Giám đốc's decision issuing the one-stop Quy chế."""
    return (
        f"""
GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH LAM ĐIỀN

{grounds}

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở Công Thương.

Điều 2. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn và công chức làm việc tại Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này.

Điều 3. {effect}

Nơi nhận:
- Như Điều 2;
- Văn phòng UBND tỉnh;
- Lưu: VT, VP.
"""
        + signer
        + """
QUY CHẾ
Tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở Công Thương

Điều 1. Phạm vi điều chỉnh: việc tiếp nhận hồ sơ, giải quyết và trả kết quả thủ tục hành chính thuộc thẩm quyền của Sở tại Trung tâm Phục vụ hành chính công tỉnh.

Điều 2. Công chức Bộ phận Một cửa kiểm tra, hướng dẫn, tiếp nhận hồ sơ và chuyển phòng chuyên môn trong ngày làm việc.
"""
    )
