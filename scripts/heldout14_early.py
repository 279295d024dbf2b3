"""Fourteenth held-out archive, 2019 – 2024: the Sở Văn hóa, Thể thao và Du lịch of tỉnh Trà
Giang (fictional), the UBND tỉnh's and the Chủ tịch's decisions about it. Do not tune on it.

A DENSE, REPETITIVE archive: a CCHC plan every year, a quý I, 6-month, 9-month and annual report
for most years, each restating the same period of the previous year; the one-stop Quy chế
reissued (2019, 2021, 2023), the functions decision of 2021, the Chủ tịch's lists of
procedures (2020, 2021 in part, 2022, 2023 in part, 2024), the ISO decision, the Quy chế chi
tiêu nội bộ of 2022 and 2024, a Quy chế phối hợp with the Sở Thông tin và Truyền thông, Tờ
trình and Công văn. Numbers restart each year: ``01/KH-SVHTTDL`` (2021, 2024),
``112/BC-SVHTTDL`` (2020, 2023), ``74/BC-SVHTTDL`` (2022, 2026) and ``15/QĐ-SVHTTDL`` (2022,
2026) name two documents each. Written by hand, before any code ran on it; facts in
``bench/data/heldout14_archive_truth.json``.

The figures of every period are written once, in ``FIG`` below, and the report texts are
built from them, so that a figure and its restatement a year later agree.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from sample_header import Sample, header

MARK = "[MẪU — tài liệu hư cấu: tỉnh Trà Giang và các cơ quan, cá nhân nêu trong văn bản không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết văn bản — TÀI LIỆU MẪU hư cấu do scripts/make_heldout14_archive.py tạo; tỉnh Trà Giang không có thật; MẪU]"
SO = ("UBND TỈNH TRÀ GIANG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")
UB = ("ỦY BAN NHÂN DÂN", "TỈNH TRÀ GIANG")
# Signers. The Sở's Giám đốc Hà Minh Đức (to 31/12/2022), then Tạ Thị Thu Hương (from 2023);
# the Phó Giám đốc Cao Văn Lộc (all years) and Ninh Thị Hảo (from 2024); the Chủ tịch UBND tỉnh
# Phan Quốc Việt and the Phó Chủ tịch Đinh Thị Ngọc Diệp.
DUC = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nHà Minh Đức\n"
HUONG = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nTạ Thị Thu Hương\n"
LOC = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nCao Văn Lộc\n"
HAO = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nNinh Thị Hảo\n"
VIET = "\nCHỦ TỊCH\n\n(Đã ký)\n\nPhan Quốc Việt\n"
VIET_UB = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nPhan Quốc Việt\n"
DIEP = "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nĐinh Thị Ngọc Diệp\n"
DIEP_UB = "\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nĐinh Thị Ngọc Diệp\n"

# Figures by year and period: hồ sơ TTHC tiếp nhận (cumulative from 01/01), tỷ lệ giải quyết
# đúng hạn, tỷ lệ hồ sơ nộp trực tuyến, giấy phép / giấy chứng nhận đã cấp (cumulative).
# Periods no report of their own year gives (2019's and 2020's first quarters, 2019's half and
# nine months) are told only as "cùng kỳ" in the next year's reports.
FIG: dict[int, dict[str, tuple[int, str, str, int]]] = {
    2018: {"year": (4115, "97,35%", "6,2%", 298)},
    2019: {"6m": (2085, "97,48%", "7,9%", 149), "9m": (3235, "97,55%", "8,1%", 226), "year": (4470, "97,62%", "8,4%", 312)},
    2020: {"q1": (870, "97,90%", "11,2%", 52), "6m": (1630, "98,05%", "12,6%", 118), "9m": (2720, "98,12%", "13,9%", 181), "year": (3900, "98,21%", "15,3%", 246)},
    2021: {"q1": (1040, "98,34%", "21,7%", 61), "6m": (2160, "98,40%", "24,9%", 132), "9m": (3100, "98,47%", "27,3%", 190), "year": (4390, "98,52%", "29,8%", 268)},
    2022: {"q1": (1185, "98,70%", "48,2%", 79), "6m": (2525, "98,76%", "51,5%", 171), "9m": (3935, "98,81%", "54,0%", 262), "year": (5390, "98,88%", "56,7%", 355)},
    2023: {"q1": (1245, "98,95%", "61,4%", 88), "6m": (2665, "99,02%", "63,8%", 192), "9m": (4170, "99,10%", "65,5%", 295), "year": (5730, "99,16%", "67,2%", 398)},
    2024: {"q1": (1318, "99,21%", "70,3%", 93), "6m": (2814, "99,28%", "72,6%", 205), "9m": (4394, "99,33%", "74,1%", 311), "year": (6036, "99,40%", "75,8%", 421)},
    2025: {"q1": (1402, "99,45%", "78,9%", 104), "6m": (3387, "99,51%", "81,2%", 268), "9m": (5527, "99,56%", "83,0%", 430), "year": (7743, "99,60%", "84,7%", 586)},
    2026: {"q1": (2050, "99,64%", "88,5%", 151), "6m": (4237, "99,68%", "90,2%", 309), "9m": (6501, "99,71%", "91,4%", 468)},
}
# Dossiers by quarter (the annual reports' tables).
QUARTERS = {
    2018: (905, 1010, 1060, 1140),
    2019: (980, 1105, 1150, 1235),
    2020: (870, 760, 1090, 1180),
    2021: (1040, 1120, 940, 1290),
    2022: (1185, 1340, 1410, 1455),
    2023: (1245, 1420, 1505, 1560),
    2024: (1318, 1496, 1580, 1642),
    2025: (1402, 1985, 2140, 2216),
    2026: (2050, 2187, 2264),
}
# The Sở's own CCHC index of a year (score, rank), published the next year; the province's PAR
# Index and SIPAS of a year likewise.
INDEX = {
    2017: ("79,64", "15/20"),
    2018: ("80,90", "14/20"),
    2019: ("82,45", "12/20"),
    2020: ("84,10", "11/20"),
    2021: ("86,10", "9/20"),
    2022: ("87,34", "7/20"),
    2023: ("89,02", "5/20"),
    2024: ("90,56", "4/20"),
    2025: ("91,88", "3/16"),
}
PAR = {2021: ("84,71%", "86,20%"), 2022: ("85,90%", "82,56%"), 2023: ("86,63%", "83,91%"), 2024: ("88,12%", "84,77%"), 2025: ("89,40%", "86,05%")}
# Tourists (lượt khách du lịch đến tỉnh) of a year; 2026 to September.
VISITORS = {2018: 1984200, 2019: 2150400, 2020: 1126800, 2021: 942300, 2022: 2386500, 2023: 2874100, 2024: 3215600, 2025: 3602900}
VISITORS_9M = {2025: 2741500, 2026: 2918700}
PERIOD_WORDS = {"q1": "quý I", "6m": "6 tháng đầu năm", "9m": "9 tháng", "year": "năm"}
PERIOD_TITLE = {
    "q1": "quý I năm {y}",
    "6m": "6 tháng đầu năm {y}",
    "9m": "9 tháng năm {y}",
    "year": "năm {y}",
}


def num(n: int) -> str:
    """A count as Vietnamese documents write it: 1.245."""
    return f"{n:,}".replace(",", ".")


def pct_change(cur: int, prev: int) -> str:
    """'tăng 5,1%' or 'giảm 6,4%' (one decimal, comma)."""
    change = (cur / prev - 1) * 100
    word = "tăng" if change >= 0 else "giảm"
    return f"{word} {abs(change):.1f}%".replace(".", ",")


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = SO) -> str:
    """The header of a document of tỉnh Trà Giang (the Sở, or the UBND tỉnh)."""
    return header(number, day, kind, subject, issuer, place="Trà Giang", mark=MARK)


def figures_paragraph(year: int, period: str, *, lead: str = "") -> str:
    """The period's figures, each with the same period of the previous year restated."""
    cur, prev = FIG[year][period], FIG[year - 1][period]
    title = PERIOD_TITLE[period].format(y=year)
    when = title[0].upper() + title[1:]
    text = (
        f"{lead}{when}, Sở tiếp nhận {num(cur[0])} hồ sơ thủ tục hành chính, {pct_change(cur[0], prev[0])} so với cùng kỳ năm {year - 1} ({num(prev[0])} hồ sơ); "
        f"tỷ lệ hồ sơ giải quyết đúng hạn đạt {cur[1]} (cùng kỳ năm {year - 1}: {prev[1]}); "
        f"tỷ lệ hồ sơ nộp trực tuyến đạt {cur[2]} (cùng kỳ năm {year - 1}: {prev[2]}). "
        f"Sở đã cấp {num(cur[3])} giấy phép, giấy chứng nhận, văn bản chấp thuận các loại (cùng kỳ năm {year - 1}: {num(prev[3])})."
    )
    return text


def quarter_alone(year: int, q: int) -> str:
    """'Riêng quý III năm 2023 ...' with the previous year's same quarter."""
    name = ("I", "II", "III", "IV")[q - 1]
    cur, prev = QUARTERS[year][q - 1], QUARTERS[year - 1][q - 1]
    return f"Riêng quý {name} năm {year}, Sở tiếp nhận {num(cur)} hồ sơ (quý {name} năm {year - 1}: {num(prev)} hồ sơ)."


def index_paragraph(year: int) -> str:
    """The Sở's CCHC index of ``year`` (published the next year) against the year before."""
    score, rank = INDEX[year]
    before, before_rank = INDEX[year - 1]
    diff = float(score.replace(",", ".")) - float(before.replace(",", "."))
    text = (
        f"Kết quả Chỉ số cải cách hành chính năm {year} do Ủy ban nhân dân tỉnh công bố: Sở đạt {score} điểm, xếp thứ {rank} "
        f"các sở, ban, ngành, tăng {diff:.2f} điểm so với năm {year - 1} ({before} điểm, xếp thứ {before_rank})."
    ).replace(f"{diff:.2f}", f"{diff:.2f}".replace(".", ","))
    if year in PAR:
        par, sipas = PAR[year]
        text += f" Chỉ số PAR Index năm {year} của tỉnh đạt {par}; Chỉ số SIPAS năm {year} của tỉnh đạt {sipas}."
    return text


def visitors_paragraph(year: int) -> str:
    """Tourists of the year against the year before."""
    cur, prev = VISITORS[year], VISITORS[year - 1]
    return f"Tổng lượt khách du lịch đến tỉnh năm {year} ước đạt {num(cur)} lượt, {pct_change(cur, prev)} so với năm {year - 1} ({num(prev)} lượt)."


def report(
    number: str,
    day: str,
    year: int,
    period: str,
    *,
    plan: str,
    middle: str,
    signer: str,
    index_of: int | None = None,
    extra_figures: str = "",
) -> tuple[str, str]:
    """A periodic report's header and body: the plan, the work, the figures, the tasks ahead."""
    title = "Kết quả thực hiện công tác cải cách hành chính " + PERIOD_TITLE[period].format(y=year)
    top = head(number, day, "BÁO CÁO", title)
    body = (
        f"""
Sở Văn hóa, Thể thao và Du lịch báo cáo kết quả thực hiện công tác cải cách hành chính (CCHC) {PERIOD_TITLE[period].format(y=year)} như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

{plan}

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CCHC

{middle}

III. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH

{figures_paragraph(year, period)}{(chr(10) * 2 + extra_figures) if extra_figures else ""}
"""
    )
    if index_of:
        body += "\n" + index_paragraph(index_of) + "\n"
    body += """
IV. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI

1. Tiếp tục rà soát, đơn giản hóa thủ tục hành chính; nâng cao tỷ lệ hồ sơ nộp trực tuyến.

2. Duy trì việc tiếp nhận, trả kết quả tại quầy của Sở ở Trung tâm Phục vụ hành chính công tỉnh.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Nội vụ;
- Lưu: VT, VP.
""" + signer
    return top, body


def annual_table(year: int) -> list[list[str]]:
    """Dossiers by quarter of ``year`` with the previous year's quarters restated."""
    cur, prev = QUARTERS[year], QUARTERS[year - 1]
    return [
        ["Chỉ tiêu", "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm"],
        [f"Hồ sơ tiếp nhận năm {year}", *(num(v) for v in cur), num(FIG[year]["year"][0])],
        [f"Hồ sơ tiếp nhận năm {year - 1}", *(num(v) for v in prev), num(FIG[year - 1]["year"][0])],
    ]


def table_after(signer: str) -> str:
    """The closing part of an annual report after its table."""
    return (
        """IV. NHIỆM VỤ TRỌNG TÂM NĂM TỚI

1. Tiếp tục rà soát, đơn giản hóa thủ tục hành chính; nâng cao tỷ lệ hồ sơ nộp trực tuyến toàn trình.

2. Duy trì Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Nội vụ;
- Lưu: VT, VP."""
        + signer
    )


def plan(
    number: str,
    day: str,
    year: int,
    *,
    basis: str,
    province_plan: str,
    targets: str,
    tasks: str,
    signer: str,
) -> str:
    """A yearly CCHC plan of the Sở."""
    return (
        head(number, day, "KẾ HOẠCH", f"Cải cách hành chính năm {year} của Sở Văn hóa, Thể thao và Du lịch")
        + f"""
{basis}

Thực hiện {province_plan} của Ủy ban nhân dân tỉnh về cải cách hành chính năm {year}, Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch cải cách hành chính năm {year} như sau:

I. MỤC ĐÍCH, YÊU CẦU, CHỈ TIÊU

{targets}

II. NHIỆM VỤ CỤ THỂ

{tasks}

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở là đầu mối theo dõi, đôn đốc; các phòng, đơn vị thuộc Sở báo cáo kết quả định kỳ quý, 6 tháng, 9 tháng và năm về Văn phòng Sở trước ngày 10 của tháng cuối kỳ để tổng hợp.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Nội vụ;
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
        + signer
    )


NQ30C = "Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020;"
NQ76 = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"


def targets(online: str, on_time: str, rank: str) -> str:
    """The three numbered targets of a plan."""
    return (
        f"1. Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt từ {online} trở lên.\n\n"
        f"2. Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ {on_time} trở lên.\n\n"
        f"3. Chỉ số cải cách hành chính của Sở {rank}."
    )


KH_2019 = plan(
    "04/KH-SVHTTDL",
    "ngày 16 tháng 01 năm 2019",
    2019,
    basis=NQ30C,
    province_plan="Kế hoạch số 15/KH-UBND ngày 08/01/2019",
    targets=targets("10%", "97%", "tăng ít nhất 02 bậc so với năm 2018"),
    tasks="""1. Rà soát, trình Giám đốc Sở ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa mới thay cho Quy chế năm 2017.

2. Phối hợp với Văn phòng UBND tỉnh trình Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính lĩnh vực văn hóa, gia đình, thể dục thể thao, du lịch.

3. Tuyên truyền về cải cách hành chính trên Trang thông tin điện tử của Sở và tại các thiết chế văn hóa cơ sở.""",
    signer=DUC,
)

QC_BASIS_2018 = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;"
QC_BASIS_2021 = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;"
QC_SUBJECT = "Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở Văn hóa, Thể thao và Du lịch"


def quy_che(number: str, day: str, *, grounds: str, effect: str, signer: str, articles: str) -> str:
    """The Sở's one-stop Quy chế, issued by the Giám đốc's decision."""
    return (
        head(number, day, "QUYẾT ĐỊNH", QC_SUBJECT)
        + f"""
GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH TRÀ GIANG

{grounds}

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở Văn hóa, Thể thao và Du lịch.

Điều 2. {effect}

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn và công chức làm việc tại Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Văn phòng UBND tỉnh;
- Lưu: VT, VP.
"""
        + signer
        + f"""
QUY CHẾ
Tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở Văn hóa, Thể thao và Du lịch

{articles}
"""
    )


QD_57 = quy_che(
    "57/QĐ-SVHTTDL",
    "ngày 15 tháng 4 năm 2019",
    grounds=QC_BASIS_2018
    + "\n\nCăn cứ Quyết định số 1018/QĐ-UBND ngày 22/5/2016 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch;",
    effect="Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 86/QĐ-SVHTTDL ngày 20/3/2017 của Giám đốc Sở Văn hóa, Thể thao và Du lịch.",
    signer=DUC,
    articles="""Điều 3. Nơi tiếp nhận hồ sơ

Hồ sơ được tiếp nhận tại Bộ phận Một cửa của Sở (số 12 đường Bến Đình, thành phố Trà Giang) và qua dịch vụ bưu chính công ích.

Điều 7. Thời hạn chuyển hồ sơ

Hồ sơ tiếp nhận trước 15 giờ được chuyển đến phòng chuyên môn trong ngày; hồ sơ tiếp nhận sau 15 giờ được chuyển vào sáng ngày làm việc tiếp theo.""",
)

BC_268_TOP, BC_268_BODY = report(
    "268/BC-SVHTTDL",
    "ngày 12 tháng 12 năm 2019",
    2019,
    "year",
    plan="Sở ban hành Kế hoạch số 04/KH-SVHTTDL ngày 16/01/2019 về cải cách hành chính năm 2019; hoàn thành 18/20 nhiệm vụ đề ra.",
    middle="""1. Cải cách thủ tục hành chính: Quy chế một cửa mới ban hành kèm theo Quyết định số 57/QĐ-SVHTTDL ngày 15/4/2019 được áp dụng từ ngày ký; Bộ phận Một cửa của Sở tiếp nhận hồ sơ của 116 thủ tục hành chính.

2. Du lịch: """
    + visitors_paragraph(2019),
    signer=DUC,
    index_of=2018,
)
BC_268_BODY = BC_268_BODY.split("\nIV. NHIỆM VỤ")[0] + "\nSố hồ sơ tiếp nhận theo quý:\n"

KH_2020 = plan(
    "03/KH-SVHTTDL",
    "ngày 14 tháng 01 năm 2020",
    2020,
    basis=NQ30C,
    province_plan="Kế hoạch số 09/KH-UBND ngày 07/01/2020",
    targets=targets("15%", "98%", "nằm trong nhóm 10 sở, ban, ngành dẫn đầu"),
    tasks="""1. Phối hợp trình Chủ tịch UBND tỉnh công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở thay cho Danh mục công bố năm 2018.

2. Xây dựng quy chế phối hợp với Sở Thông tin và Truyền thông trong giải quyết thủ tục hành chính lĩnh vực quảng cáo.

3. Đẩy mạnh tiếp nhận hồ sơ trực tuyến mức độ 3, 4.""",
    signer=DUC,
)

QD_512_HEAD = head(
    "512/QĐ-UBND",
    "ngày 18 tháng 3 năm 2020",
    "QUYẾT ĐỊNH",
    "Công bố Danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Giang",
    UB,
)
QD_512_BODY = (
    """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ GIANG

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ;

Xét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 118 thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Giang.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1342/QĐ-UBND ngày 25/6/2018 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Cục Kiểm soát thủ tục hành chính - VPCP;
- Lưu: VT, KSTT.
"""
    + DIEP
    + """
DANH MỤC
Thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Văn hóa, Thể thao và Du lịch
(Ban hành kèm theo Quyết định số 512/QĐ-UBND ngày 18/3/2020 của Chủ tịch Ủy ban nhân dân tỉnh)
"""
)
QD_512_TABLE = [
    ["Phần, mục", "Lĩnh vực", "Số thủ tục"],
    ["Phần I, Mục I", "Văn hóa", "46"],
    ["Phần I, Mục II", "Gia đình", "8"],
    ["Phần I, Mục III", "Thể dục, thể thao", "24"],
    ["Phần I, Mục IV", "Du lịch", "30"],
    ["Phần II", "Thủ tục hành chính liên thông, quảng cáo", "10"],
    ["", "Tổng cộng", "118"],
]
QD_512_AFTER = "Nội dung cụ thể của từng thủ tục được công khai trên Cơ sở dữ liệu quốc gia về thủ tục hành chính."

BC_112_2020_TOP, BC_112_2020_BODY = report(
    "112/BC-SVHTTDL",
    "ngày 15 tháng 6 năm 2020",
    2020,
    "6m",
    plan="Sở triển khai Kế hoạch số 03/KH-SVHTTDL ngày 14/01/2020 về cải cách hành chính năm 2020; do ảnh hưởng của dịch COVID-19, số hồ sơ tiếp nhận trong quý II giảm mạnh.",
    middle="1. Cải cách thủ tục hành chính: Danh mục 118 thủ tục hành chính thuộc thẩm quyền của Sở được Chủ tịch Ủy ban nhân dân tỉnh công bố tại Quyết định số 512/QĐ-UBND ngày 18/3/2020 (thay thế Danh mục công bố năm 2018).\n\n2. Quy chế một cửa tại Quyết định số 57/QĐ-SVHTTDL ngày 15/4/2019 tiếp tục được thực hiện.",
    signer=LOC,
    index_of=2019,
)

QD_97 = (
    head(
        "97/QĐ-SVHTTDL",
        "ngày 14 tháng 7 năm 2020",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế phối hợp giữa Sở Văn hóa, Thể thao và Du lịch và Sở Thông tin và Truyền thông trong giải quyết thủ tục hành chính lĩnh vực quảng cáo",
    )
    + """
GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH TRÀ GIANG

Căn cứ Quyết định số 1018/QĐ-UBND ngày 22/5/2016 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch;

Sau khi thống nhất với Sở Thông tin và Truyền thông;

Theo đề nghị của Trưởng phòng Quản lý văn hóa.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Sở Văn hóa, Thể thao và Du lịch và Sở Thông tin và Truyền thông trong giải quyết thủ tục hành chính lĩnh vực quảng cáo.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Sở, Trưởng phòng Quản lý văn hóa và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Thông tin và Truyền thông;
- Lưu: VT, QLVH.
"""
    + DUC
    + """
QUY CHẾ PHỐI HỢP

Điều 4. Thời hạn lấy ý kiến

Trong thời hạn 03 ngày làm việc kể từ ngày nhận được văn bản đề nghị của Sở Văn hóa, Thể thao và Du lịch về nội dung quảng cáo trên báo chí, trang thông tin điện tử, Sở Thông tin và Truyền thông có ý kiến bằng văn bản.
"""
)

BC_275_TOP, BC_275_BODY = report(
    "275/BC-SVHTTDL",
    "ngày 14 tháng 12 năm 2020",
    2020,
    "year",
    plan="Sở ban hành Kế hoạch số 03/KH-SVHTTDL ngày 14/01/2020 về cải cách hành chính năm 2020; hoàn thành 19/21 nhiệm vụ.",
    middle="""1. Cải cách thủ tục hành chính: Sở thực hiện Danh mục tại Quyết định số 512/QĐ-UBND ngày 18/3/2020 của Chủ tịch Ủy ban nhân dân tỉnh; ban hành Quy chế phối hợp với Sở Thông tin và Truyền thông tại Quyết định số 97/QĐ-SVHTTDL ngày 14/7/2020.

2. Du lịch: """
    + visitors_paragraph(2020),
    signer=DUC,
)
BC_275_BODY = BC_275_BODY.split("\nIV. NHIỆM VỤ")[0] + "\nSố hồ sơ tiếp nhận theo quý:\n"


def q1_extra(year: int) -> str:
    """A first quarter against the quarter before it (quý IV of the previous year)."""
    cur, before = QUARTERS[year][0], QUARTERS[year - 1][3]
    return f"So với quý IV năm {year - 1} ({num(before)} hồ sơ), số hồ sơ tiếp nhận quý I năm {year} {pct_change(cur, before)}."


KH_01_2021 = plan(
    "01/KH-SVHTTDL",
    "ngày 08 tháng 01 năm 2021",
    2021,
    basis=NQ30C,
    province_plan="Kế hoạch số 07/KH-UBND ngày 05/01/2021",
    targets=targets("30%", "98,5%", "nằm trong nhóm 10 sở, ban, ngành dẫn đầu"),
    tasks="""1. Rà soát, sửa đổi Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở cho phù hợp với việc tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh.

2. Tham mưu Ủy ban nhân dân tỉnh quy định lại chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở.

3. Rà soát thủ tục hành chính lĩnh vực thể dục, thể thao, đề nghị công bố bổ sung.""",
    signer=DUC,
)

BC_48_TOP, BC_48_BODY = report(
    "48/BC-SVHTTDL",
    "ngày 16 tháng 3 năm 2021",
    2021,
    "q1",
    plan="Sở ban hành Kế hoạch số 01/KH-SVHTTDL ngày 08/01/2021 về cải cách hành chính năm 2021 và giao nhiệm vụ cho các phòng, đơn vị.",
    middle="1. Sở tiếp tục thực hiện Quy chế một cửa ban hành kèm theo Quyết định số 57/QĐ-SVHTTDL ngày 15/4/2019 và Danh mục thủ tục hành chính tại Quyết định số 512/QĐ-UBND ngày 18/3/2020.\n\n2. Sở đang dự thảo Quy chế một cửa mới để tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh từ tháng 7/2021.",
    signer=LOC,
    extra_figures=q1_extra(2021),
)

QD_124 = quy_che(
    "124/QĐ-SVHTTDL",
    "ngày 10 tháng 6 năm 2021",
    grounds=QC_BASIS_2018
    + "\n\nCăn cứ Quyết định số 1018/QĐ-UBND ngày 22/5/2016 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch;",
    effect="Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2021 và thay thế Quyết định số 57/QĐ-SVHTTDL ngày 15/4/2019 của Giám đốc Sở Văn hóa, Thể thao và Du lịch.",
    signer=DUC,
    articles="""Điều 3. Nơi tiếp nhận hồ sơ

Từ ngày 01/7/2021, hồ sơ thủ tục hành chính của Sở được tiếp nhận tại quầy của Sở ở Trung tâm Phục vụ hành chính công tỉnh, trên Cổng Dịch vụ công của tỉnh và qua dịch vụ bưu chính công ích.

Điều 8. Trả kết quả

Kết quả giải quyết được trả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu chính công ích theo yêu cầu của tổ chức, cá nhân.""",
)

BC_119_TOP, BC_119_BODY = report(
    "119/BC-SVHTTDL",
    "ngày 14 tháng 6 năm 2021",
    2021,
    "6m",
    plan="Sở tiếp tục triển khai Kế hoạch số 01/KH-SVHTTDL ngày 08/01/2021; đã hoàn thành 9/22 nhiệm vụ, các nhiệm vụ còn lại đang thực hiện đúng tiến độ.",
    middle="1. Ngày 10/6/2021, Giám đốc Sở ban hành Quy chế một cửa tại Quyết định số 124/QĐ-SVHTTDL, có hiệu lực từ ngày 01/7/2021.\n\n2. Sở đã trình Ủy ban nhân dân tỉnh dự thảo quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở.",
    signer=LOC,
    index_of=2020,
)

QD_1187 = (
    head(
        "1187/QĐ-UBND",
        "ngày 28 tháng 6 năm 2021",
        "QUYẾT ĐỊNH",
        "Công bố thủ tục hành chính mới ban hành và bãi bỏ thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Giang",
        UB,
    )
    + """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ GIANG

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;

Xét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung Danh mục thủ tục hành chính ban hành kèm theo Quyết định số 512/QĐ-UBND ngày 18/3/2020 của Chủ tịch Ủy ban nhân dân tỉnh như sau:

1. Bổ sung 04 thủ tục hành chính mới ban hành lĩnh vực thể dục, thể thao vào Mục III Phần I.

2. Bãi bỏ các TTHC số 3, 5 tại Phần II.

Sau khi sửa đổi, bổ sung, Danh mục gồm 120 thủ tục hành chính.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, KSTT.
"""
    + DIEP
)

CV_412 = (
    head(
        "412/SVHTTDL-VP",
        "ngày 05 tháng 7 năm 2021",
        "",
        "V/v niêm yết Danh mục thủ tục hành chính sau khi sửa đổi, bổ sung",
    )
    + """
Kính gửi: Trung tâm Phục vụ hành chính công tỉnh.

Ngày 28/6/2021, Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1187/QĐ-UBND; theo đó Danh mục tại Quyết định số 512/QĐ-UBND ngày 18/3/2020 được bổ sung 04 thủ tục lĩnh vực thể dục, thể thao và các thủ tục số 3, 5 tại Phần II bị bãi bỏ.

Sở Văn hóa, Thể thao và Du lịch đề nghị Trung tâm phối hợp cập nhật, niêm yết Danh mục 120 thủ tục hành chính tại quầy của Sở và trên Cổng Dịch vụ công của tỉnh; từ ngày 01/7/2021, việc tiếp nhận hồ sơ thực hiện theo Quy chế ban hành kèm theo Quyết định số 124/QĐ-SVHTTDL ngày 10/6/2021.

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + LOC
)

QD_1642 = (
    head(
        "1642/QĐ-UBND",
        "ngày 16 tháng 8 năm 2021",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Giang",
        UB,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH TRÀ GIANG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương, được sửa đổi, bổ sung bởi Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ;

Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng

Sở Văn hóa, Thể thao và Du lịch là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về văn hóa, gia đình, thể dục, thể thao, du lịch và quảng cáo trên địa bàn tỉnh.

Điều 3. Cơ cấu tổ chức

Văn phòng, Thanh tra, Phòng Quản lý văn hóa và Gia đình, Phòng Quản lý thể dục thể thao, Phòng Quản lý du lịch, Phòng Kế hoạch - Tài chính và 05 đơn vị sự nghiệp công lập.

Điều 4. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2021 và thay thế Quyết định số 1018/QĐ-UBND ngày 22/5/2016 của Ủy ban nhân dân tỉnh.

Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Văn hóa, Thể thao và Du lịch chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 5;
- Bộ Văn hóa, Thể thao và Du lịch;
- Lưu: VT, NC.
"""
    + VIET_UB
)

BC_203_TOP, BC_203_BODY = report(
    "203/BC-SVHTTDL",
    "ngày 15 tháng 9 năm 2021",
    2021,
    "9m",
    plan="Sở tiếp tục triển khai Kế hoạch số 01/KH-SVHTTDL ngày 08/01/2021; đã hoàn thành 15/22 nhiệm vụ.",
    middle="1. Tổ chức bộ máy: chức năng, nhiệm vụ của Sở thực hiện theo Quyết định số 1642/QĐ-UBND ngày 16/8/2021 của Ủy ban nhân dân tỉnh, có hiệu lực từ ngày 01/9/2021.\n\n2. Thủ tục hành chính: Danh mục của Sở gồm 120 thủ tục sau khi được sửa đổi, bổ sung theo Quyết định số 1187/QĐ-UBND ngày 28/6/2021.",
    signer=LOC,
    extra_figures=quarter_alone(2021, 3),
)

BC_281_TOP, BC_281_BODY = report(
    "281/BC-SVHTTDL",
    "ngày 13 tháng 12 năm 2021",
    2021,
    "year",
    plan="Sở ban hành Kế hoạch số 01/KH-SVHTTDL ngày 08/01/2021 về cải cách hành chính năm 2021; hoàn thành 21/22 nhiệm vụ.",
    middle="""1. Cải cách thể chế và thủ tục hành chính: Quy chế một cửa tại Quyết định số 124/QĐ-SVHTTDL ngày 10/6/2021 thay thế Quy chế năm 2019 (Quyết định số 57/QĐ-SVHTTDL ngày 15/4/2019); Danh mục tại Quyết định số 512/QĐ-UBND được sửa đổi, bổ sung bởi Quyết định số 1187/QĐ-UBND ngày 28/6/2021.

2. Tổ chức bộ máy: Quyết định số 1642/QĐ-UBND ngày 16/8/2021 của Ủy ban nhân dân tỉnh thay thế Quyết định số 1018/QĐ-UBND ngày 22/5/2016.

3. Du lịch: """
    + visitors_paragraph(2021),
    signer=DUC,
)
BC_281_BODY = BC_281_BODY.split("\nIV. NHIỆM VỤ")[0] + "\nSố hồ sơ tiếp nhận theo quý:\n"


def chi_tieu(number: str, day: str, year: int, *, replaces: str, signer: str) -> str:
    """The Giám đốc's decision issuing the year's Quy chế chi tiêu nội bộ."""
    return (
        head(number, day, "QUYẾT ĐỊNH", f"Ban hành Quy chế chi tiêu nội bộ năm {year} của Văn phòng Sở Văn hóa, Thể thao và Du lịch")
        + f"""
GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH TRÀ GIANG

Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước, được sửa đổi, bổ sung bởi Nghị định số 117/2013/NĐ-CP ngày 07/10/2013 của Chính phủ;

Theo đề nghị của Trưởng phòng Kế hoạch - Tài chính.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ năm {year} của Văn phòng Sở Văn hóa, Thể thao và Du lịch.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký, áp dụng cho năm ngân sách {year} và thay thế {replaces}.

Điều 3. Chánh Văn phòng Sở, Trưởng phòng Kế hoạch - Tài chính và công chức, người lao động Văn phòng Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Kho bạc Nhà nước tỉnh;
- Lưu: VT, KHTC.
"""
        + signer
        + f"""
QUY CHẾ CHI TIÊU NỘI BỘ NĂM {year}

Một số mức chi chủ yếu:
"""
    )


QD_15_2022 = chi_tieu(
    "15/QĐ-SVHTTDL",
    "ngày 13 tháng 01 năm 2022",
    2022,
    replaces="Quyết định số 06/QĐ-SVHTTDL ngày 11/01/2021 của Giám đốc Sở Văn hóa, Thể thao và Du lịch",
    signer=DUC,
)
TABLE_CT_2022 = [
    ["Nội dung chi", "Mức chi"],
    ["Văn phòng phẩm", "150.000 đồng/người/tháng"],
    ["Khoán điện thoại Giám đốc Sở", "400.000 đồng/tháng"],
    ["Công tác phí khoán", "500.000 đồng/người/tháng"],
]
TABLE_CT_2024 = [
    ["Nội dung chi", "Mức chi"],
    ["Văn phòng phẩm", "180.000 đồng/người/tháng"],
    ["Khoán điện thoại Giám đốc Sở", "400.000 đồng/tháng"],
    ["Công tác phí khoán", "600.000 đồng/người/tháng"],
]
CT_AFTER = "Các khoản chi khác thực hiện theo chế độ, định mức hiện hành của Nhà nước và của tỉnh."

KH_05_2022 = plan(
    "05/KH-SVHTTDL",
    "ngày 12 tháng 01 năm 2022",
    2022,
    basis=NQ76,
    province_plan="Kế hoạch số 11/KH-UBND ngày 06/01/2022",
    targets=targets("55%", "98,8%", "nằm trong nhóm 08 sở, ban, ngành dẫn đầu"),
    tasks="""1. Đề nghị Chủ tịch UBND tỉnh công bố Danh mục thủ tục hành chính mới của Sở, thay cho Danh mục năm 2020 và các quyết định sửa đổi, bổ sung.

2. Xây dựng, áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015.

3. Tuyên truyền cải cách hành chính gắn với các sự kiện văn hóa, thể thao, du lịch của tỉnh.""",
    signer=DUC,
)

BC_74_2022_TOP, BC_74_2022_BODY = report(
    "74/BC-SVHTTDL",
    "ngày 15 tháng 3 năm 2022",
    2022,
    "q1",
    plan="Sở ban hành Kế hoạch số 05/KH-SVHTTDL ngày 12/01/2022 về cải cách hành chính năm 2022 và Quy chế chi tiêu nội bộ năm 2022 tại Quyết định số 15/QĐ-SVHTTDL ngày 13/01/2022.",
    middle="1. Sở tiếp nhận hồ sơ theo Quy chế ban hành kèm theo Quyết định số 124/QĐ-SVHTTDL ngày 10/6/2021.\n\n2. Sở đang rà soát 120 thủ tục hành chính để đề nghị công bố Danh mục mới.",
    signer=LOC,
    extra_figures=q1_extra(2022),
)

TTR_27 = (
    head(
        "27/TTr-SVHTTDL",
        "ngày 25 tháng 4 năm 2022",
        "TỜ TRÌNH",
        "Đề nghị công bố Danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Văn hóa, Thể thao và Du lịch",
    )
    + """
Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh.

Danh mục thủ tục hành chính của Sở hiện thực hiện theo Quyết định số 512/QĐ-UBND ngày 18/3/2020, đã được sửa đổi, bổ sung bởi Quyết định số 1187/QĐ-UBND ngày 28/6/2021 của Chủ tịch Ủy ban nhân dân tỉnh. Sau khi các Bộ, ngành công bố thủ tục mới, Sở đã rà soát và đề xuất Danh mục gồm 121 thủ tục hành chính.

Sở Văn hóa, Thể thao và Du lịch kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, công bố Danh mục mới thay thế các quyết định nêu trên.

(Kèm theo dự thảo Quyết định và Danh mục)

Nơi nhận:
- Như trên;
- Văn phòng UBND tỉnh;
- Lưu: VT, VP.
"""
    + DUC
)

QD_905_HEAD = head(
    "905/QĐ-UBND",
    "ngày 12 tháng 5 năm 2022",
    "QUYẾT ĐỊNH",
    "Công bố Danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Giang",
    UB,
)
QD_905_BODY = (
    """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ GIANG

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;

Căn cứ Quyết định số 1642/QĐ-UBND ngày 16/8/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch;

Xét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 27/TTr-SVHTTDL ngày 25/4/2022.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 121 thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Giang.

Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 5 năm 2022 và thay thế Quyết định số 512/QĐ-UBND ngày 18/3/2020 và Quyết định số 1187/QĐ-UBND ngày 28/6/2021 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Cục Kiểm soát thủ tục hành chính - VPCP;
- Lưu: VT, KSTT.
"""
    + DIEP
    + """
DANH MỤC
Thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Văn hóa, Thể thao và Du lịch
"""
)
QD_905_TABLE = [
    ["Phần, mục", "Lĩnh vực", "Số thủ tục"],
    ["Phần I, Mục I", "Văn hóa", "47"],
    ["Phần I, Mục II", "Gia đình", "8"],
    ["Phần I, Mục III", "Thể dục, thể thao", "28"],
    ["Phần I, Mục IV", "Du lịch", "30"],
    ["Phần II", "Thủ tục hành chính liên thông, quảng cáo", "8"],
    ["", "Tổng cộng", "121"],
]

BC_126_TOP, BC_126_BODY = report(
    "126/BC-SVHTTDL",
    "ngày 15 tháng 6 năm 2022",
    2022,
    "6m",
    plan="Sở tiếp tục triển khai Kế hoạch số 05/KH-SVHTTDL ngày 12/01/2022; đã hoàn thành 10/24 nhiệm vụ.",
    middle="1. Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục 121 thủ tục hành chính của Sở tại Quyết định số 905/QĐ-UBND ngày 12/5/2022, áp dụng từ ngày 20/5/2022.\n\n2. Sở đang xây dựng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015.",
    signer=LOC,
    index_of=2021,
)

QD_173 = (
    head(
        "173/QĐ-SVHTTDL",
        "ngày 15 tháng 9 năm 2022",
        "QUYẾT ĐỊNH",
        "Công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại Sở Văn hóa, Thể thao và Du lịch",
    )
    + """
GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH TRÀ GIANG

Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước;

Căn cứ Quyết định số 1642/QĐ-UBND ngày 16/8/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Công bố Hệ thống quản lý chất lượng của Sở Văn hóa, Thể thao và Du lịch phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015, áp dụng cho toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của Sở.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Khoa học và Công nghệ;
- Lưu: VT, VP.
"""
    + DUC
)

BC_210_TOP, BC_210_BODY = report(
    "210/BC-SVHTTDL",
    "ngày 14 tháng 9 năm 2022",
    2022,
    "9m",
    plan="Sở tiếp tục triển khai Kế hoạch số 05/KH-SVHTTDL ngày 12/01/2022; đã hoàn thành 17/24 nhiệm vụ.",
    middle="1. Sở thực hiện Danh mục 121 thủ tục hành chính tại Quyết định số 905/QĐ-UBND ngày 12/5/2022.\n\n2. Hệ thống quản lý chất lượng đã được đánh giá nội bộ, chuẩn bị công bố trong tháng 9/2022.",
    signer=LOC,
    extra_figures=quarter_alone(2022, 3),
)

BC_290_TOP, BC_290_BODY = report(
    "290/BC-SVHTTDL",
    "ngày 14 tháng 12 năm 2022",
    2022,
    "year",
    plan="Sở ban hành Kế hoạch số 05/KH-SVHTTDL ngày 12/01/2022 về cải cách hành chính năm 2022; hoàn thành 23/24 nhiệm vụ.",
    middle="""1. Thủ tục hành chính: Danh mục tại Quyết định số 905/QĐ-UBND ngày 12/5/2022 thay thế Danh mục năm 2020 và quyết định sửa đổi năm 2021; số thủ tục hành chính thuộc thẩm quyền của Sở là 121 (năm 2021: 120 thủ tục).

2. Hiện đại hóa hành chính: Sở công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 tại Quyết định số 173/QĐ-SVHTTDL ngày 15/9/2022.

3. Du lịch: """
    + visitors_paragraph(2022),
    signer=DUC,
)
BC_290_BODY = BC_290_BODY.split("\nIV. NHIỆM VỤ")[0] + "\nSố hồ sơ tiếp nhận theo quý:\n"

KH_02_2023 = plan(
    "02/KH-SVHTTDL",
    "ngày 06 tháng 01 năm 2023",
    2023,
    basis=NQ76,
    province_plan="Kế hoạch số 06/KH-UBND ngày 04/01/2023",
    targets=targets("65%", "99%", "nằm trong nhóm 05 sở, ban, ngành dẫn đầu"),
    tasks="""1. Ban hành Quy chế một cửa mới phù hợp với Nghị định số 107/2021/NĐ-CP.

2. Rà soát, đề nghị bãi bỏ các thủ tục hành chính lĩnh vực quảng cáo không còn phù hợp.""",
    signer=HUONG,
)

QD_38 = quy_che(
    "38/QĐ-SVHTTDL",
    "ngày 20 tháng 3 năm 2023",
    grounds=QC_BASIS_2021
    + "\n\nCăn cứ Quyết định số 1642/QĐ-UBND ngày 16/8/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch;",
    effect="Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 124/QĐ-SVHTTDL ngày 10/6/2021 của Giám đốc Sở Văn hóa, Thể thao và Du lịch.",
    signer=HUONG,
    articles="""Điều 3. Nơi tiếp nhận hồ sơ

Hồ sơ được tiếp nhận tại quầy của Sở ở Trung tâm Phục vụ hành chính công tỉnh, trên Cổng Dịch vụ công quốc gia và Cổng Dịch vụ công của tỉnh.

Điều 9. Số hóa hồ sơ

Công chức tiếp nhận số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo Nghị định số 107/2021/NĐ-CP.""",
)

BC_52_TOP, BC_52_BODY = report(
    "52/BC-SVHTTDL",
    "ngày 15 tháng 3 năm 2023",
    2023,
    "q1",
    plan="Sở ban hành Kế hoạch số 02/KH-SVHTTDL ngày 06/01/2023 về cải cách hành chính năm 2023; Quy chế chi tiêu nội bộ năm 2023 ban hành tại Quyết định số 09/QĐ-SVHTTDL ngày 10/01/2023 (thay thế Quyết định số 15/QĐ-SVHTTDL ngày 13/01/2022).",
    middle="1. Sở tiếp nhận hồ sơ theo Quy chế tại Quyết định số 124/QĐ-SVHTTDL ngày 10/6/2021; dự thảo Quy chế mới đã hoàn thành.\n\n2. Danh mục thủ tục hành chính của Sở thực hiện theo Quyết định số 905/QĐ-UBND ngày 12/5/2022.",
    signer=LOC,
    extra_figures=q1_extra(2023),
)

BC_112_2023_TOP, BC_112_2023_BODY = report(
    "112/BC-SVHTTDL",
    "ngày 14 tháng 6 năm 2023",
    2023,
    "6m",
    plan="Sở tiếp tục triển khai Kế hoạch số 02/KH-SVHTTDL ngày 06/01/2023; đã hoàn thành 11/23 nhiệm vụ.",
    middle="1. Ngày 20/3/2023, Giám đốc Sở ban hành Quyết định số 38/QĐ-SVHTTDL về Quy chế một cửa, thay thế Quyết định số 124/QĐ-SVHTTDL ngày 10/6/2021.\n\n2. Sở đã đề nghị bãi bỏ 02 thủ tục hành chính lĩnh vực quảng cáo.",
    signer=LOC,
    index_of=2022,
)

QD_1466 = (
    head(
        "1466/QĐ-UBND",
        "ngày 21 tháng 7 năm 2023",
        "QUYẾT ĐỊNH",
        "Công bố thủ tục hành chính được sửa đổi, bổ sung và bãi bỏ thuộc phạm vi chức năng quản lý của Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Giang",
        UB,
    )
    + """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ GIANG

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;

Xét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung 03 thủ tục hành chính tại Mục IV Phần I (lĩnh vực du lịch) và bãi bỏ các TTHC số 3, 5 tại Phần II của Danh mục ban hành kèm theo Quyết định số 905/QĐ-UBND ngày 12/5/2022 của Chủ tịch Ủy ban nhân dân tỉnh. Sau khi bãi bỏ, Danh mục gồm 119 thủ tục hành chính.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2023.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, KSTT.
"""
    + DIEP
)

CV_788 = (
    head(
        "788/SVHTTDL-VP",
        "ngày 02 tháng 8 năm 2023",
        "",
        "V/v triển khai Quyết định số 1466/QĐ-UBND của Chủ tịch UBND tỉnh",
    )
    + """
Kính gửi: Các phòng chuyên môn thuộc Sở.

Từ ngày 01/8/2023, Danh mục tại Quyết định số 905/QĐ-UBND ngày 12/5/2022 được sửa đổi 03 thủ tục lĩnh vực du lịch và bãi bỏ các thủ tục số 3, 5 tại Phần II theo Quyết định số 1466/QĐ-UBND ngày 21/7/2023 của Chủ tịch Ủy ban nhân dân tỉnh.

Giám đốc Sở yêu cầu các phòng cập nhật quy trình nội bộ, phối hợp với Trung tâm Phục vụ hành chính công tỉnh niêm yết Danh mục 119 thủ tục hành chính.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + LOC
)

BC_198_TOP, BC_198_BODY = report(
    "198/BC-SVHTTDL",
    "ngày 15 tháng 9 năm 2023",
    2023,
    "9m",
    plan="Sở tiếp tục triển khai Kế hoạch số 02/KH-SVHTTDL ngày 06/01/2023; đã hoàn thành 18/23 nhiệm vụ.",
    middle="1. Danh mục thủ tục hành chính của Sở được sửa đổi, bãi bỏ một phần theo Quyết định số 1466/QĐ-UBND ngày 21/7/2023, áp dụng từ ngày 01/8/2023.\n\n2. Sở duy trì Hệ thống quản lý chất lượng tại Quyết định số 173/QĐ-SVHTTDL ngày 15/9/2022.",
    signer=LOC,
    extra_figures=quarter_alone(2023, 3),
)

BC_286_TOP, BC_286_BODY = report(
    "286/BC-SVHTTDL",
    "ngày 13 tháng 12 năm 2023",
    2023,
    "year",
    plan="Sở ban hành Kế hoạch số 02/KH-SVHTTDL ngày 06/01/2023 về cải cách hành chính năm 2023; hoàn thành 23/23 nhiệm vụ.",
    middle="""1. Cải cách thể chế: Quy chế một cửa tại Quyết định số 38/QĐ-SVHTTDL ngày 20/3/2023 thay thế Quy chế năm 2021.

2. Thủ tục hành chính: số thủ tục hành chính thuộc thẩm quyền của Sở là 119 (năm 2022: 121 thủ tục).

3. Du lịch: """
    + visitors_paragraph(2023),
    signer=HUONG,
)
BC_286_BODY = BC_286_BODY.split("\nIV. NHIỆM VỤ")[0] + "\nSố hồ sơ tiếp nhận theo quý:\n"

KH_01_2024 = plan(
    "01/KH-SVHTTDL",
    "ngày 05 tháng 01 năm 2024",
    2024,
    basis=NQ76,
    province_plan="Kế hoạch số 10/KH-UBND ngày 03/01/2024",
    targets=targets("75%", "99,2%", "nằm trong nhóm 05 sở, ban, ngành dẫn đầu"),
    tasks="""1. Đề nghị Chủ tịch UBND tỉnh công bố Danh mục thủ tục hành chính mới thay thế Danh mục năm 2022.

2. Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.""",
    signer=HUONG,
)

QD_11_2024 = chi_tieu(
    "11/QĐ-SVHTTDL",
    "ngày 12 tháng 01 năm 2024",
    2024,
    replaces="Quyết định số 09/QĐ-SVHTTDL ngày 10/01/2023 của Giám đốc Sở Văn hóa, Thể thao và Du lịch",
    signer=HUONG,
)

BC_57_TOP, BC_57_BODY = report(
    "57/BC-SVHTTDL",
    "ngày 14 tháng 3 năm 2024",
    2024,
    "q1",
    plan="Sở ban hành Kế hoạch số 01/KH-SVHTTDL ngày 05/01/2024 về cải cách hành chính năm 2024.",
    middle="1. Sở tiếp nhận hồ sơ theo Quy chế tại Quyết định số 38/QĐ-SVHTTDL ngày 20/3/2023.\n\n2. Sở đã trình Chủ tịch Ủy ban nhân dân tỉnh dự thảo Danh mục thủ tục hành chính mới.",
    signer=HAO,
    extra_figures=q1_extra(2024),
)

QD_640_HEAD = head(
    "640/QĐ-UBND",
    "ngày 08 tháng 4 năm 2024",
    "QUYẾT ĐỊNH",
    "Công bố Danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Giang",
    UB,
)
QD_640_BODY = (
    """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ GIANG

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;

Xét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 124 thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Giang.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 905/QĐ-UBND ngày 12/5/2022 và Quyết định số 1466/QĐ-UBND ngày 21/7/2023 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Cục Kiểm soát thủ tục hành chính - VPCP;
- Lưu: VT, KSTT.
"""
    + VIET
    + """
DANH MỤC
Thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Văn hóa, Thể thao và Du lịch
"""
)
QD_640_TABLE = [
    ["Phần, mục", "Lĩnh vực", "Số thủ tục"],
    ["Phần I, Mục I", "Văn hóa", "49"],
    ["Phần I, Mục II", "Gia đình", "8"],
    ["Phần I, Mục III", "Thể dục, thể thao", "29"],
    ["Phần I, Mục IV", "Du lịch", "32"],
    ["Phần II", "Thủ tục hành chính liên thông, quảng cáo", "6"],
    ["", "Tổng cộng", "124"],
]

BC_131_TOP, BC_131_BODY = report(
    "131/BC-SVHTTDL",
    "ngày 14 tháng 6 năm 2024",
    2024,
    "6m",
    plan="Sở tiếp tục triển khai Kế hoạch số 01/KH-SVHTTDL ngày 05/01/2024; đã hoàn thành 12/24 nhiệm vụ.",
    middle="1. Danh mục 124 thủ tục hành chính của Sở được công bố tại Quyết định số 640/QĐ-UBND ngày 08/4/2024 (thay thế Quyết định số 905/QĐ-UBND và Quyết định số 1466/QĐ-UBND).\n\n2. Quy chế chi tiêu nội bộ năm 2024 ban hành tại Quyết định số 11/QĐ-SVHTTDL ngày 12/01/2024.",
    signer=HAO,
    index_of=2023,
)

BC_215_TOP, BC_215_BODY = report(
    "215/BC-SVHTTDL",
    "ngày 13 tháng 9 năm 2024",
    2024,
    "9m",
    plan="Sở tiếp tục triển khai Kế hoạch số 01/KH-SVHTTDL ngày 05/01/2024; đã hoàn thành 19/24 nhiệm vụ.",
    middle="1. Sở thực hiện Danh mục tại Quyết định số 640/QĐ-UBND ngày 08/4/2024 và Quy chế một cửa tại Quyết định số 38/QĐ-SVHTTDL ngày 20/3/2023.\n\n2. Quy chế phối hợp với Sở Thông tin và Truyền thông tại Quyết định số 97/QĐ-SVHTTDL ngày 14/7/2020 tiếp tục được thực hiện.",
    signer=HAO,
)
BC_215_BODY = BC_215_BODY.split("\nIV. NHIỆM VỤ")[0] + "\nSố hồ sơ tiếp nhận theo quý (9 tháng năm 2024 và cùng kỳ năm 2023):\n"
TABLE_215 = [
    ["Quý", "Năm 2024", "Năm 2023"],
    ["Quý I", "1.318", "1.245"],
    ["Quý II", "1.496", "1.420"],
    ["Quý III", "1.580", "1.505"],
    ["9 tháng", "4.394", "4.170"],
]

BC_294_TOP, BC_294_BODY = report(
    "294/BC-SVHTTDL",
    "ngày 13 tháng 12 năm 2024",
    2024,
    "year",
    plan="Sở ban hành Kế hoạch số 01/KH-SVHTTDL ngày 05/01/2024 về cải cách hành chính năm 2024; hoàn thành 24/24 nhiệm vụ.",
    middle="""1. Thủ tục hành chính: Danh mục tại Quyết định số 640/QĐ-UBND ngày 08/4/2024 gồm 124 thủ tục (năm 2023: 119 thủ tục).

2. Chuẩn bị tiếp nhận chức năng quản lý nhà nước về báo chí, xuất bản từ Sở Thông tin và Truyền thông theo chủ trương sắp xếp tổ chức bộ máy.

3. Du lịch: """
    + visitors_paragraph(2024),
    signer=HUONG,
)
BC_294_BODY = BC_294_BODY.split("\nIV. NHIỆM VỤ")[0] + "\nKết quả qua các năm:\n"
TABLE_294 = [
    ["Năm", "2021", "2022", "2023", "2024"],
    ["Hồ sơ tiếp nhận", "4.390", "5.390", "5.730", "6.036"],
    ["Tỷ lệ đúng hạn", "98,52%", "98,88%", "99,16%", "99,40%"],
    ["Tỷ lệ nộp trực tuyến", "29,8%", "56,7%", "67,2%", "75,8%"],
    ["Giấy phép, giấy chứng nhận đã cấp", "268", "355", "398", "421"],
    ["Chỉ số CCHC của Sở (điểm)", "86,10", "87,34", "89,02", "chưa công bố"],
]


def docx_report(file: str, top: str, body: str, table: list[list[str]], signer: str, title: str) -> Sample:
    """An annual (or 9-month) report as a DOCX with its table by quarter."""
    return Sample(file, "docx", (top, body), table=table, after=table_after(signer), title=title)


EARLY = [
    Sample("KH CCHC 2019.pdf", "pdf", (KH_2019,), title="Kế hoạch CCHC năm 2019 (MẪU, hư cấu)"),
    Sample("QD 57 quy che mot cua 2019.pdf", "pdf", (QD_57,), title="Quy chế một cửa 2019 (MẪU, hư cấu)"),
    docx_report("BC CCHC nam 2019.docx", BC_268_TOP, BC_268_BODY, annual_table(2019), DUC, "Báo cáo CCHC năm 2019 (MẪU)"),
    Sample("ke hoach cchc 2020.pdf", "pdf", (KH_2020,), title="Kế hoạch CCHC 2020 (MẪU, hư cấu)"),
    Sample("danh muc TTHC 512-2020.docx", "docx", (QD_512_HEAD, QD_512_BODY), table=QD_512_TABLE, after=QD_512_AFTER, title="QĐ 512/QĐ-UBND danh mục TTHC (MẪU)"),
    Sample("bc 6 thang 2020.txt", "txt", (BC_112_2020_TOP, BC_112_2020_BODY)),
    Sample("tailieu_08.txt", "txt", (QD_97,)),
    docx_report("BC nam 2020 (chinh thuc).docx", BC_275_TOP, BC_275_BODY, annual_table(2020), DUC, "Báo cáo CCHC năm 2020 (MẪU)"),
    Sample("KH 01 CCHC 2021.txt", "txt", (KH_01_2021,)),
    Sample("bc quy I-2021.txt", "txt", (BC_48_TOP, BC_48_BODY)),
    Sample("QD 124 QC mot cua (ap dung tu 1-7-2021).pdf", "pdf", (QD_124,), title="Quy chế một cửa 2021 (MẪU, hư cấu)"),
    Sample("BC 6 thang dau nam 2021.pdf", "pdf", (BC_119_TOP + BC_119_BODY,), title="Báo cáo CCHC 6 tháng 2021 (MẪU, hư cấu)"),
    Sample("QD 1187 bo sung bai bo TTHC.pdf", "pdf", (QD_1187,), title="QĐ 1187/QĐ-UBND (MẪU, hư cấu)"),
    Sample("CV 412 niem yet danh muc.txt", "txt", (CV_412,)),
    Sample("QD 1642 chuc nang nhiem vu So VHTTDL.pdf", "pdf", (QD_1642,), title="Chức năng, nhiệm vụ Sở VHTTDL 2021 (MẪU, hư cấu)"),
    Sample("bao cao 9 thang 2021.txt", "txt", (BC_203_TOP, BC_203_BODY)),
    docx_report("BC CCHC 2021_final.docx", BC_281_TOP, BC_281_BODY, annual_table(2021), DUC, "Báo cáo CCHC năm 2021 (MẪU)"),
    Sample("KH CCHC 2022 (ban ky).pdf", "pdf", (KH_05_2022,), title="Kế hoạch CCHC năm 2022 (MẪU, hư cấu)"),
    Sample("QC chi tieu noi bo 2022.docx", "docx", (QD_15_2022,), table=TABLE_CT_2022, after=CT_AFTER, title="Quy chế chi tiêu nội bộ 2022 (MẪU)"),
    Sample("bc quy 1 nam 2022.txt", "txt", (BC_74_2022_TOP, BC_74_2022_BODY)),
    Sample("TTr 27 de nghi cong bo danh muc.txt", "txt", (TTR_27,)),
    Sample("QD 905 danh muc TTHC 2022.docx", "docx", (QD_905_HEAD, QD_905_BODY), table=QD_905_TABLE, after=QD_512_AFTER, title="QĐ 905/QĐ-UBND danh mục TTHC (MẪU)"),
    Sample("bc 6 thang 2022.txt", "txt", (BC_126_TOP, BC_126_BODY)),
    Sample("QD 173 ISO 9001-2015.pdf", "pdf", (QD_173,), title="Công bố HTQLCL ISO 9001:2015 (MẪU, hư cấu)"),
    Sample("bc 9 thang 2022 (gui SNV).txt", "txt", (BC_210_TOP, BC_210_BODY)),
    docx_report("BC CCHC nam 2022 - SVHTTDL.docx", BC_290_TOP, BC_290_BODY, annual_table(2022), DUC, "Báo cáo CCHC năm 2022 (MẪU)"),
    Sample("ke hoach CCHC nam 2023.pdf", "pdf", (KH_02_2023,), title="Kế hoạch CCHC năm 2023 (MẪU, hư cấu)"),
    Sample("QD 38 quy che mot cua 2023.pdf", "pdf", (QD_38,), title="Quy chế một cửa 2023 (MẪU, hư cấu)"),
    Sample("bc quy I-2023.txt", "txt", (BC_52_TOP, BC_52_BODY)),
    Sample("bao cao 6 thang 2023.txt", "txt", (BC_112_2023_TOP, BC_112_2023_BODY)),
    Sample("tailieu_31.pdf", "pdf", (QD_1466,), title="Quyết định (MẪU, hư cấu)"),
    Sample("CV 788 trien khai QD 1466.txt", "txt", (CV_788,)),
    Sample("bc 9 thang 2023.txt", "txt", (BC_198_TOP, BC_198_BODY)),
    docx_report("BC CCHC nam 2023 (ban trinh ky).docx", BC_286_TOP, BC_286_BODY, annual_table(2023), HUONG, "Báo cáo CCHC năm 2023 (MẪU)"),
    Sample("KH 01 CCHC 2024.txt", "txt", (KH_01_2024,)),
    Sample("QC chi tieu noi bo 2024.docx", "docx", (QD_11_2024,), table=TABLE_CT_2024, after=CT_AFTER, title="Quy chế chi tiêu nội bộ 2024 (MẪU)"),
    Sample("bc quy I-2024.txt", "txt", (BC_57_TOP, BC_57_BODY)),
    Sample("danh-muc-tthc-svhttdl-2024.docx", "docx", (QD_640_HEAD, QD_640_BODY), table=QD_640_TABLE, after=QD_512_AFTER, title="QĐ 640/QĐ-UBND danh mục TTHC (MẪU)"),
    Sample("bc 6 thang 2024.txt", "txt", (BC_131_TOP, BC_131_BODY)),
    docx_report("BC 9 thang 2024_v2.docx", BC_215_TOP, BC_215_BODY, TABLE_215, HAO, "Báo cáo CCHC 9 tháng 2024 (MẪU)"),
    docx_report("BC nam 2024 - SVHTTDL_final.docx", BC_294_TOP, BC_294_BODY, TABLE_294, HUONG, "Báo cáo CCHC năm 2024 (MẪU)"),
]
