"""Sixteenth held-out archive: what its texts share. The Ban Quản lý các khu công nghiệp of tỉnh
Kim Xuyên (fictional), 2021 – November 2026. Do not tune on it.

The marks, issuer blocks, signers, the figures of every period (written once here, so that a
figure and its restatement agree), the report and plan templates, and the header of a DRAFT
(Dự thảo) kept beside a signed decision. Facts in ``bench/data/heldout16_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from sample_header import Sample, header

MARK = "[MẪU — văn bản hư cấu: tỉnh Kim Xuyên, Ban Quản lý các khu công nghiệp và mọi cá nhân nêu tên đều không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết — TÀI LIỆU MẪU hư cấu do scripts/make_heldout16_archive.py tạo; tỉnh Kim Xuyên không có thật; MẪU]"
BQ = ("UBND TỈNH KIM XUYÊN", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP")
UB = ("ỦY BAN NHÂN DÂN", "TỈNH KIM XUYÊN")
# Signers. The Trưởng ban Trịnh Văn Hậu (2021 – 2023), then Ngô Thị Thu Hiền (from 2024); the
# Phó Trưởng ban La Quốc Bảo (all years); the Chủ tịch UBND tỉnh Đinh Công Tuấn and the Phó
# Chủ tịch Hồ Thị Bích Ngọc.
HAU = "\nTRƯỞNG BAN\n\n(Đã ký)\n\nTrịnh Văn Hậu\n"
HIEN = "\nTRƯỞNG BAN\n\n(Đã ký)\n\nNgô Thị Thu Hiền\n"
HIEN_WORD = "\nTRƯỞNG BAN\n\n\n\nNgô Thị Thu Hiền\n"
BAO = "\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n(Đã ký)\n\nLa Quốc Bảo\n"
TUAN_UB = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nĐinh Công Tuấn\n"
NGOC = "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nHồ Thị Bích Ngọc\n"

# Figures by year and period: hồ sơ TTHC tiếp nhận (from 01/01), tỷ lệ đúng hạn, tỷ lệ hồ sơ
# nộp trực tuyến, giấy phép lao động cấp (from 01/01), dự án cấp mới GCNĐKĐT (from 01/01).
FIG: dict[int, dict[str, tuple[int, str, str, int, int]]] = {
    2020: {"year": (1640, "97,90%", "21,5%", 410, 14)},
    2021: {"6m": (905, "98,35%", "30,2%", 226, 7), "year": (1880, "98,52%", "34,6%", 468, 15)},
    2022: {"6m": (1010, "98,74%", "41,3%", 251, 9), "year": (2105, "98,90%", "45,8%", 533, 18)},
    2023: {
        "q1": (520, "99,04%", "50,6%", 128, 4),
        "6m": (1125, "99,10%", "52,9%", 279, 10),
        "9m": (1725, "99,15%", "55,0%", 430, 15),
        "year": (2360, "99,21%", "57,4%", 590, 21),
    },
    2024: {
        "q1": (575, "99,27%", "61,0%", 142, 5),
        "6m": (1230, "99,30%", "63,8%", 301, 11),
        "9m": (1895, "99,34%", "66,2%", 462, 17),
        "year": (2590, "99,40%", "69,5%", 648, 24),
    },
    2025: {
        "q1": (640, "99,45%", "72,8%", 155, 6),
        "6m": (1345, "99,48%", "75,1%", 330, 13),
        "9m": (2070, "99,52%", "78,4%", 505, 19),
        "year": (2815, "99,56%", "81,2%", 702, 26),
    },
    2026: {
        "q1": (690, "99,58%", "84,0%", 170, 7),
        "6m": (1420, "99,61%", "86,3%", 352, 14),
        "9m": (2185, "99,64%", "88,0%", 533, 20),
    },
}
# Dossiers by quarter (the annual reports' tables, and the 9-month table of 2026).
QUARTERS = {
    2022: (480, 530, 530, 565),
    2023: (520, 605, 600, 635),
    2024: (575, 655, 665, 695),
    2025: (640, 705, 725, 745),
    2026: (690, 730, 765),
}
# The Ban's CCHC index of a year (score, rank among 21 sở, ban, ngành), told in the next
# year's 6-month report.
INDEX = {
    2021: ("83,60", "11/21"),
    2022: ("85,12", "9/21"),
    2023: ("87,46", "6/21"),
    2024: ("89,03", "4/21"),
    2025: ("90,75", "3/21"),
}
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


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = BQ) -> str:
    """The stacked header of a document of tỉnh Kim Xuyên (the Ban, or the UBND tỉnh)."""
    return header(number, day, kind, subject, issuer, place="Kim Xuyên", mark=MARK)


def draft_head(number: str, day: str, kind: str, subject: str) -> str:
    """The header of an unsigned DRAFT: "DỰ THẢO" above, a blank number and a blank day."""
    return "\n".join(
        [
            MARK,
            "",
            "DỰ THẢO (lần 2)",
            "",
            *BQ,
            "",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            f"Số:       {number}",
            "",
            f"Kim Xuyên, {day}",
            "",
            kind,
            subject,
            "",
        ]
    )


def figures_paragraph(year: int, period: str) -> str:
    """The period's figures as a report states them."""
    d, on_time, online, permits, projects = FIG[year][period]
    when = PERIOD_SHORT[period].format(y=year)
    return (
        f"{when}, Bộ phận Một cửa của Ban tiếp nhận {num(d)} hồ sơ thủ tục hành chính, giải quyết đúng hạn đạt tỷ lệ {on_time}; "
        f"hồ sơ nộp trực tuyến chiếm {online} tổng số hồ sơ. Ban đã cấp {num(permits)} giấy phép lao động cho người lao động nước ngoài "
        f"làm việc trong các khu công nghiệp và cấp mới Giấy chứng nhận đăng ký đầu tư cho {projects} dự án."
    )


def year_before(year: int) -> str:
    """An annual report's sentence on the year before, restated."""
    d, on_time, online, permits, _ = FIG[year - 1]["year"]
    return (
        f"Cùng kỳ năm {year - 1}, Ban tiếp nhận {num(d)} hồ sơ (đúng hạn {on_time}, trực tuyến {online}) "
        f"và cấp {num(permits)} giấy phép lao động."
    )


def index_paragraph(year: int) -> str:
    """The Ban's CCHC index of ``year``, told in the next year's 6-month report."""
    score, rank = INDEX[year]
    return (
        f"Theo kết quả xác định Chỉ số cải cách hành chính năm {year} do Ủy ban nhân dân tỉnh công bố, "
        f"Ban Quản lý các khu công nghiệp đạt {score}/100 điểm, xếp hạng {rank} sở, ban, ngành."
    )


CLOSING = (
    "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI\n\n"
    "1. Tiếp tục rút ngắn thời gian giải quyết thủ tục cấp giấy phép lao động và điều chỉnh dự án đầu tư.\n\n"
    "2. Đẩy mạnh tiếp nhận hồ sơ trực tuyến toàn trình trên Cổng Dịch vụ công.\n\n"
    "Nơi nhận:\n- UBND tỉnh (để b/c);\n- Sở Nội vụ;\n- Lưu: VT, VP.\n"
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
    closing: bool = True,
) -> tuple[str, str]:
    """A periodic CCHC report's header and body (an annual one closes elsewhere)."""
    title = "Tình hình, kết quả thực hiện công tác cải cách hành chính " + PERIOD_TITLE[
        period
    ].format(y=year)
    top = head(number, day, "BÁO CÁO", title)
    body = f"""
Thực hiện chế độ báo cáo định kỳ, Ban Quản lý các khu công nghiệp tỉnh báo cáo tình hình, kết quả thực hiện công tác cải cách hành chính (CCHC) {PERIOD_TITLE[period].format(y=year)} như sau:

I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO

{lead}

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CCHC

{middle}

III. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH

{figures_paragraph(year, period)}
"""
    if extra:
        body += "\n" + extra + "\n"
    if closing:
        body += "\n" + CLOSING + signer
    return top, body


def quarter_table(year: int) -> list[list[str]]:
    """Dossiers by quarter of ``year`` (and the year's total when the year is over)."""
    q = QUARTERS[year]
    names = ["Quý I", "Quý II", "Quý III", "Quý IV"][: len(q)]
    if len(q) == 4:
        return [
            ["Nội dung", *names, "Cả năm"],
            [f"Số hồ sơ tiếp nhận năm {year}", *(num(v) for v in q), num(FIG[year]["year"][0])],
        ]
    return [["Nội dung", *names], [f"Số hồ sơ tiếp nhận năm {year}", *(num(v) for v in q)]]


def table_as_text(rows: list[list[str]]) -> str:
    """A table as a signed PDF prints it: one line a row, cells apart by " | "."""
    return "\n".join(" | ".join(row) for row in rows)


def annual_after(signer: str) -> str:
    """The closing part of an annual report after its table."""
    return (
        "IV. NHIỆM VỤ TRỌNG TÂM NĂM TIẾP THEO\n\n"
        "1. Rà soát, kiến nghị đơn giản hóa thủ tục hành chính trong lĩnh vực đầu tư, lao động tại các khu công nghiệp.\n\n"
        "2. Nâng cao Chỉ số hài lòng của doanh nghiệp đối với sự phục vụ của Ban.\n\n"
        "Nơi nhận:\n- UBND tỉnh (để b/c);\n- Sở Nội vụ;\n- Lưu: VT, VP." + signer
    )


def docx_report(file: str, top: str, body: str, year: int, signer: str, title: str) -> Sample:
    """An annual report as a DOCX with its table of dossiers by quarter."""
    return Sample(
        file,
        "docx",
        (top, body + "\nSố hồ sơ tiếp nhận theo từng quý:\n"),
        table=quarter_table(year),
        after=annual_after(signer),
        title=title,
    )


NQ76 = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"
ND61_107 = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;"
ND61 = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;"
ND118 = "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại bộ phận một cửa và Cổng Dịch vụ công quốc gia;"


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
    """A yearly CCHC plan of the Ban, carried out within its year."""
    return (
        head(number, day, "KẾ HOẠCH", f"Cải cách hành chính năm {year}")
        + f"""
{basis}

Thực hiện {province_plan} của Ủy ban nhân dân tỉnh về cải cách hành chính năm {year}, Ban Quản lý các khu công nghiệp ban hành Kế hoạch cải cách hành chính năm {year} với các nội dung sau:

I. MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU

1. Phấn đấu tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt {online} trở lên.

2. Tỷ lệ hồ sơ giải quyết đúng hạn đạt {on_time} trở lên.

II. NHIỆM VỤ

{tasks}

III. TỔ CHỨC THỰC HIỆN

Kế hoạch này được thực hiện trong năm {year}. Văn phòng Ban chủ trì theo dõi, tổng hợp, tham mưu báo cáo định kỳ quý, 6 tháng, 9 tháng và năm.

Nơi nhận:
- UBND tỉnh (để b/c);
- Sở Nội vụ;
- Các phòng thuộc Ban;
- Lưu: VT, VP.
"""
        + signer
    )


QC_SUBJECT = "Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Ban Quản lý các khu công nghiệp tỉnh"


def quy_che_body(*, grounds: str, effect: str, signer: str, days: str) -> str:
    """The body of the Trưởng ban's decision issuing the one-stop Quy chế."""
    return (
        f"""
TRƯỞNG BAN BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH KIM XUYÊN

{grounds}

Theo đề nghị của Chánh Văn phòng Ban.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Ban Quản lý các khu công nghiệp tỉnh.

Điều 2. Chánh Văn phòng Ban, Trưởng phòng Quản lý đầu tư, Trưởng phòng Quản lý lao động và công chức được cử làm việc tại Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này.

Điều 3. {effect}

Nơi nhận:
- Như Điều 2;
- Văn phòng UBND tỉnh;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
        + signer
        + f"""
QUY CHẾ
Tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Ban Quản lý các khu công nghiệp tỉnh

Điều 1. Quy chế này quy định việc tiếp nhận hồ sơ, giải quyết và trả kết quả thủ tục hành chính thuộc thẩm quyền của Ban tại Trung tâm Phục vụ hành chính công tỉnh.

Điều 2. Hồ sơ cấp giấy phép lao động được giải quyết trong thời hạn {days} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.
"""
    )
