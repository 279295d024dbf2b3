"""Eighteenth held-out archive: what its texts share. The Sở Xây dựng of tỉnh Xuân Thủy
(fictional), January 2022 – November 2026; from 01/3/2025 it also holds the tasks of the former
Sở Giao thông vận tải, from 01/7/2025 the district level is gone. Do not tune on it.

The marks, the Sở's and the UBND tỉnh's issuer blocks, signers, the figures of every period
(written once here, so that a figure and its restatement agree; the 9-month 2025 count as first
reported and as corrected), the report and plan templates, the header of an unsigned draft, and
the "SAO Y" block a department prints under a copy of a provincial decision it sends on. Facts
in ``bench/data/heldout18_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from sample_header import header

MARK = "[MẪU — văn bản hư cấu: tỉnh Xuân Thủy, Sở Xây dựng và mọi cá nhân nêu tên đều không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết — TÀI LIỆU MẪU hư cấu do scripts/make_heldout18_archive.py tạo; tỉnh Xuân Thủy không có thật; MẪU]"
SXD = ("UBND TỈNH XUÂN THỦY", "SỞ XÂY DỰNG")
UB = ("ỦY BAN NHÂN DÂN", "TỈNH XUÂN THỦY")
PLACE = "Xuân Thủy"
# Signers. Sở Xây dựng: Giám đốc Trương Văn Khải; Phó Giám đốc Lê Thị Ngọc Hà; from 01/3/2025
# also Phó Giám đốc Đặng Minh Tuấn (formerly of the Sở Giao thông vận tải). UBND tỉnh: Chủ tịch
# Hoàng Văn Lâm; Phó Chủ tịch Nguyễn Thị Thu Trang.
KHAI = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nTrương Văn Khải\n"
HA = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nLê Thị Ngọc Hà\n"
TUAN = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nĐặng Minh Tuấn\n"
LAM_UB = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nHoàng Văn Lâm\n"
TRANG = "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Thị Thu Trang\n"
UNSIGNED = "\nGIÁM ĐỐC\n\n\n\n(chưa ký)\n"

# Figures by year and period: hồ sơ TTHC tiếp nhận (from 01/01), tỷ lệ giải quyết đúng hạn, tỷ lệ
# hồ sơ nộp trực tuyến, giấy phép xây dựng cấp. From 01/3/2025 the counts include the transport
# procedures taken over from the Sở Giao thông vận tải; from 01/7/2025 the household building
# permits are the communes'.
FIG: dict[int, dict[str, tuple[int, str, str, int]]] = {
    2021: {"year": (2840, "97,2%", "21,5%", 312)},
    2022: {"6m": (1465, "97,9%", "30,2%", 148), "year": (3105, "98,2%", "33,8%", 327)},
    2023: {"6m": (1612, "98,6%", "41,0%", 160), "year": (3390, "98,8%", "46,3%", 341)},
    2024: {"6m": (1780, "99,0%", "52,4%", 171), "year": (3655, "99,2%", "57,9%", 358)},
    2025: {
        "q1": (1245, "99,0%", "60,5%", 86),
        "6m": (3120, "99,1%", "63,8%", 175),
        # As first reported by 150/BC-SXD; the annual report corrects the count to 4.962.
        "9m": (4926, "99,2%", "66,0%", 240),
        "year": (6710, "99,3%", "68,9%", 318),
    },
    2026: {
        "q1": (1690, "99,4%", "72,1%", 64),
        "6m": (3540, "99,4%", "74,0%", 131),
        "9m": (5415, "99,5%", "75,6%", 197),
    },
}
NINE_MONTHS_2025_CORRECTED = 4962
Q3_2025_FIRST = 1806  # 4.926 − 3.120, as the 9-month report gives it
QUARTERS_2025 = (1245, 1875, 1842, 1748)  # the annual report's table (quý III corrected)
QUARTERS_2026 = (1690, 1850, 1875)
PERIOD_TITLE = {
    "q1": "quý I năm {y}",
    "6m": "6 tháng đầu năm {y}",
    "9m": "9 tháng năm {y}",
    "year": "năm {y}",
}
PERIOD_SHORT = {
    "q1": "Quý I năm {y}",
    "6m": "6 tháng đầu năm {y}",
    "9m": "9 tháng năm {y}",
    "year": "Năm {y}",
}


def num(n: int) -> str:
    """A count as Vietnamese documents write it: 1.245."""
    return f"{n:,}".replace(",", ".")


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = SXD) -> str:
    """The stacked header of a document of tỉnh Xuân Thủy (the Sở, or the UBND tỉnh)."""
    return header(number, day, kind, subject, issuer, place=PLACE, mark=MARK)


def draft_head(number: str, day: str, kind: str, subject: str) -> str:
    """The header of an unsigned DRAFT: "DỰ THẢO" above, a blank number and a blank day."""
    return "\n".join(
        [
            MARK,
            "",
            "DỰ THẢO",
            "",
            *SXD,
            "",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            f"Số:        {number}",
            "",
            f"{PLACE}, {day}",
            "",
            kind,
            subject,
            "",
        ]
    )


def copy_block(number: str, day: str, signer: str, to: str) -> str:
    """The "SAO Y" block the Sở prints under a copy of a provincial decision it sends on: its
    own issuer lines, its own number (…/SY-SXD) and day, its recipients and signature. The copy
    is no document of its own."""
    return (
        "\n\n- - - - - - - - - - - - - - - - - - - -\n\n"
        + "\n".join(SXD)
        + f"\n\nSAO Y\n\nSố: {number}\n\n{PLACE}, {day}\n\nNơi nhận:\n{to}\n- Lưu: VT."
        + signer
    )


def figures_paragraph(year: int, period: str) -> str:
    """The period's figures as a report states them."""
    d, on_time, online, permits = FIG[year][period]
    when = PERIOD_SHORT[period].format(y=year)
    return (
        f"{when}, Sở tiếp nhận {num(d)} hồ sơ thủ tục hành chính, tỷ lệ giải quyết đúng hạn đạt {on_time}; "
        f"tỷ lệ hồ sơ nộp trực tuyến đạt {online}; cấp {num(permits)} giấy phép xây dựng."
    )


def year_before(year: int) -> str:
    """An annual report's sentence on the year before, restated."""
    d, on_time, online, permits = FIG[year - 1]["year"]
    return (
        f"Cùng kỳ năm {year - 1}, Sở tiếp nhận {num(d)} hồ sơ (đúng hạn {on_time}, trực tuyến {online}) "
        f"và cấp {num(permits)} giấy phép xây dựng."
    )


def closing(signer: str) -> str:
    """The closing of a periodic report."""
    return (
        "IV. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI\n\n"
        "1. Tiếp tục rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của Sở.\n\n"
        "2. Nâng cao tỷ lệ hồ sơ nộp trực tuyến và chất lượng giải quyết thủ tục hành chính tại Bộ phận Một cửa.\n\n"
        "Nơi nhận:\n- UBND tỉnh (để b/c);\n- Sở Nội vụ;\n- Lưu: VT, VP." + signer
    )


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
    end: bool = True,
) -> tuple[str, str]:
    """A periodic CCHC report's header and body (``end=False``: it closes elsewhere)."""
    title = "Kết quả công tác cải cách hành chính " + PERIOD_TITLE[period].format(y=year)
    top = head(number, day, "BÁO CÁO", title)
    text = f"""
Thực hiện chế độ báo cáo định kỳ, Sở Xây dựng báo cáo kết quả công tác cải cách hành chính (CCHC) {PERIOD_TITLE[period].format(y=year)} như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

{lead}

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CCHC

{middle}

III. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH

{figures_paragraph(year, period)}
"""
    if extra:
        text += "\n" + extra + "\n"
    if end:
        text += "\n" + closing(signer)
    return top, text


def plan(
    number: str,
    day: str,
    year: int,
    *,
    province_plan: str,
    online: str,
    on_time: str,
    tasks: str,
    signer: str,
) -> str:
    """A yearly CCHC plan of the Sở, carried out within its year."""
    return (
        head(number, day, "KẾ HOẠCH", f"Cải cách hành chính năm {year}")
        + f"""
{NQ76}

Thực hiện {province_plan} của Ủy ban nhân dân tỉnh về cải cách hành chính năm {year}, Sở Xây dựng ban hành Kế hoạch cải cách hành chính năm {year} như sau:

I. MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU

1. Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt {online} trở lên.

2. Tỷ lệ hồ sơ giải quyết đúng hạn đạt {on_time} trở lên.

II. NHIỆM VỤ

{tasks}

III. TỔ CHỨC THỰC HIỆN

Kế hoạch này được thực hiện trong năm {year}. Văn phòng Sở chủ trì theo dõi, đôn đốc, tổng hợp, báo cáo định kỳ.

Nơi nhận:
- UBND tỉnh (để b/c);
- Sở Nội vụ;
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
        + signer
    )


def spending_rules(number: str, day: str, year: int, effect: str, grounds: str, signer: str) -> str:
    """The Giám đốc's yearly decision issuing the internal spending rules, applied from a day
    the decision names (here always before or on the day it is signed)."""
    return (
        head(
            number,
            day,
            "QUYẾT ĐỊNH",
            f"Ban hành Quy chế chi tiêu nội bộ năm {year} của Sở Xây dựng",
        )
        + f"""
GIÁM ĐỐC SỞ XÂY DỰNG TỈNH XUÂN THỦY

{ND60}
{grounds}
Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ năm {year} của Sở Xây dựng.

Điều 2. {effect}

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng, đơn vị và công chức, người lao động thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Kho bạc Nhà nước;
- Lưu: VT, VP.
"""
        + signer
    )


NQ76 = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"
ND63 = "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ;"
ND61 = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;"
ND118 = "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại bộ phận một cửa và Cổng Dịch vụ công quốc gia;"
ND60 = "Căn cứ Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập;"
LUAT_2015 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
LUAT_2025 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"
LUAT_2025_JUNE = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"
QD07_GROUND = "Căn cứ Quyết định số 07/2025/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Xây dựng;"
