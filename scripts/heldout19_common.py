"""Nineteenth held-out archive: what its texts share. The Sở Y tế of tỉnh An Trường (fictional),
January 2022 – November 2026; from 01/7/2025 the district level is gone (the huyện Tân Khê and
Phú Lộc end, their tasks go to the new communes and the Sở). Do not tune on it.

The marks, the Sở's, the UBND tỉnh's and the districts' issuer blocks, signers, the figures of
every period (written once here, so that a figure and its restatement agree), the report and
plan templates, and the block under a consolidated text (VĂN BẢN HỢP NHẤT). Facts in
``bench/data/heldout19_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from sample_header import header

MARK = "[MẪU — văn bản hư cấu: tỉnh An Trường, Sở Y tế và mọi cá nhân nêu tên đều không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết — TÀI LIỆU MẪU hư cấu do scripts/make_heldout19_archive.py tạo; tỉnh An Trường không có thật; MẪU]"
SYT = ("UBND TỈNH AN TRƯỜNG", "SỞ Y TẾ")
UB = ("ỦY BAN NHÂN DÂN", "TỈNH AN TRƯỜNG")
PLACE = "An Trường"
# Signers. Sở Y tế: Giám đốc Phạm Quốc Bảo; Phó Giám đốc Nguyễn Thị Mai Lan and Trần Đức Thịnh.
# UBND tỉnh: Chủ tịch Võ Minh Quang; Phó Chủ tịch Đỗ Thị Hồng Nhung.
BAO = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nPhạm Quốc Bảo\n"
LAN = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nNguyễn Thị Mai Lan\n"
THINH = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nTrần Đức Thịnh\n"
QUANG_UB = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nVõ Minh Quang\n"
QUANG = "\nCHỦ TỊCH\n\n(Đã ký)\n\nVõ Minh Quang\n"
NHUNG = "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nĐỗ Thị Hồng Nhung\n"

# Figures by year and period: hồ sơ TTHC tiếp nhận, tỷ lệ giải quyết đúng hạn, tỷ lệ hồ sơ nộp
# trực tuyến, chứng chỉ hành nghề (dược, khám bệnh, chữa bệnh) cấp mới và cấp lại.
FIG: dict[int, dict[str, tuple[int, str, str, int]]] = {
    2021: {"year": (4120, "96,8%", "18,4%", 512)},
    2022: {"6m": (2035, "97,5%", "26,7%", 248), "year": (4385, "97,9%", "29,3%", 531)},
    2023: {"6m": (2210, "98,1%", "37,2%", 263), "year": (4602, "98,4%", "40,6%", 547)},
    2024: {"6m": (2384, "98,7%", "48,9%", 279), "year": (4871, "98,9%", "52,3%", 566)},
    2025: {
        "q1": (1192, "99,0%", "55,8%", 141),
        "6m": (2493, "99,1%", "58,4%", 287),
        "9m": (3760, "99,2%", "61,7%", 428),
        "year": (5036, "99,3%", "64,5%", 583),
    },
    2026: {
        "q1": (1305, "99,4%", "68,2%", 152),
        "6m": (2650, "99,5%", "70,9%", 301),
        "9m": (3988, "99,6%", "72,6%", 446),
    },
}
QUARTERS_2025 = (1192, 1301, 1267, 1276)
QUARTERS_2026 = (1305, 1345, 1338)
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
    """A count as Vietnamese documents write it: 1.192."""
    return f"{n:,}".replace(",", ".")


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = SYT) -> str:
    """The stacked header of a document of tỉnh An Trường (the Sở, the UBND tỉnh)."""
    return header(number, day, kind, subject, issuer, place=PLACE, mark=MARK)


def figures_paragraph(year: int, period: str) -> str:
    """The period's figures as a report states them."""
    d, on_time, online, licences = FIG[year][period]
    when = PERIOD_SHORT[period].format(y=year)
    return (
        f"{when}, Sở tiếp nhận {num(d)} hồ sơ thủ tục hành chính, tỷ lệ giải quyết đúng hạn đạt {on_time}; "
        f"tỷ lệ hồ sơ nộp trực tuyến đạt {online}; cấp mới, cấp lại {num(licences)} chứng chỉ hành nghề."
    )


def year_before(year: int) -> str:
    """An annual report's sentence on the year before, restated."""
    d, on_time, online, licences = FIG[year - 1]["year"]
    return (
        f"So với năm {year - 1} (tiếp nhận {num(d)} hồ sơ, đúng hạn {on_time}, trực tuyến {online}, "
        f"cấp {num(licences)} chứng chỉ hành nghề), kết quả năm {year} tiếp tục được cải thiện."
    )


def closing(signer: str) -> str:
    """The closing of a periodic report."""
    return (
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI\n\n"
        "1. Tiếp tục rà soát, cắt giảm thành phần hồ sơ, thời gian giải quyết thủ tục hành chính lĩnh vực y tế.\n\n"
        "2. Đẩy mạnh tiếp nhận hồ sơ trực tuyến, số hóa hồ sơ và kết quả giải quyết thủ tục hành chính.\n\n"
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
    title = "Kết quả thực hiện công tác cải cách hành chính " + PERIOD_TITLE[period].format(y=year)
    top = head(number, day, "BÁO CÁO", title)
    text = f"""
Thực hiện chế độ báo cáo định kỳ, Sở Y tế báo cáo kết quả thực hiện công tác cải cách hành chính {PERIOD_TITLE[period].format(y=year)} như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

{lead}

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH

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
        head(number, day, "KẾ HOẠCH", f"Thực hiện công tác cải cách hành chính năm {year}")
        + f"""
{NQ76}

Thực hiện {province_plan} của Ủy ban nhân dân tỉnh về cải cách hành chính năm {year}, Sở Y tế xây dựng Kế hoạch thực hiện công tác cải cách hành chính năm {year} như sau:

I. MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU

1. Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến đạt từ {online} trở lên.

2. Tỷ lệ hồ sơ được giải quyết đúng hạn đạt từ {on_time} trở lên.

II. NHIỆM VỤ CỤ THỂ

{tasks}

III. TỔ CHỨC THỰC HIỆN

Kế hoạch này được triển khai thực hiện trong năm {year}. Văn phòng Sở là đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện.

Nơi nhận:
- UBND tỉnh (để b/c);
- Sở Nội vụ;
- Các phòng chức năng, đơn vị trực thuộc Sở;
- Lưu: VT, VP.
"""
        + signer
    )


NQ76 = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"
ND63 = "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ;"
ND61 = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;"
ND54 = "Căn cứ Nghị định số 54/2017/NĐ-CP ngày 08/5/2017 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Dược;"
ND45 = "Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;"
LUAT_2015 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
LUAT_2025 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"
LUAT_2025_JUNE = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"
ONE_STOP = "Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Y tế"
APPRAISAL = "Quy trình thẩm định điều kiện kinh doanh dược tại cơ sở"
