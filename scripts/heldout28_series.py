"""Twenty-eighth held-out archive: the LONG SERIES, written from templates with figures that
change from one member to the next. The Sở Nội vụ of tỉnh Yên Khê (fictional). Do not tune on it.

- the Sở's monthly CCHC reports (2025: every month but 3, 6, 9; 2026: January – October but 3, 6,
  9; the quarterly report replaces the monthly in months 3, 6, 9), each with the month's figures
  and the "lũy kế từ đầu năm"; May 2025 reported late (12/6/2025); July 2026 corrected in August's;
  December 2025 signed 06/01/2026;
- the Sở's quarterly, six-month, nine-month and year reports, 2022 – quý III 2026;
- the province's CCHC reports (…/BC-UBND) the Sở drafts for the UBND tỉnh;
- the Chủ tịch's decisions announcing lists of TTHC by lĩnh vực;
- the Công văn đôn đốc / hướng dẫn; the yearly plans; the decisions on the CCHC index.

Facts in ``bench/data/heldout28_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout28_common import (
    CT_WHO,
    HA,
    HUONG,
    KHAI,
    LOCAL,
    LOCAL25,
    ND61B,
    NQ76,
    TO_PAPER,
    TO_REPORT,
    TO_UBBC,
    TO_UBQD,
    TO_UNITS,
    UB,
    VINH,
    Doc,
    decision,
    num,
    pct,
    short,
)

# ------------------------------------------------------------------ figures

# The Sở's own TTHC dossiers by month: (tiếp nhận, đúng hạn, trực tuyến).
MONTHS = {
    2025: {1: (212, 212, 148), 2: (186, 186, 134), 3: (241, 240, 176), 4: (228, 228, 169), 5: (254, 253, 191), 6: (237, 237, 180),
           7: (263, 263, 203), 8: (249, 249, 194), 9: (270, 269, 213), 10: (258, 258, 206), 11: (266, 266, 215), 12: (281, 281, 230)},
    2026: {1: (231, 231, 187), 2: (198, 198, 162), 3: (264, 264, 219), 4: (252, 252, 212), 5: (275, 275, 234), 6: (268, 268, 230),
           7: (297, 297, 258), 8: (284, 284, 249), 9: (279, 279, 246), 10: (302, 302, 268)},
}
# July 2026 as first reported (101/BC-SNV), corrected in August's report (115/BC-SNV).
JULY_2026_FIRST = (291, 291, 252)
# Before 2025 the Sở reported by quarter only: (tiếp nhận, đúng hạn, trực tuyến) by quarter.
QUARTERS = {
    2022: {1: (498, 496, 149), 2: (540, 539, 178), 3: (571, 570, 205)},
    2023: {1: (552, 552, 221), 2: (589, 588, 259), 3: (610, 610, 281)},
    2024: {1: (590, 590, 325), 2: (622, 622, 361), 3: (648, 647, 389)},
}
# The year reports of 2022 – 2024 (chốt số liệu 15/12 of the year before – 14/12).
YEARS = {2022: (2190, 2186, 766), 2023: (2380, 2377, 1071), 2024: (2520, 2519, 1512)}
# 2025's year report (16/12/2025) gives 11 months and an ESTIMATE for the year.
ESTIMATE_2025 = 2950


def months(year: int, upto: int, start: int = 1) -> tuple[int, int, int]:
    vals = [MONTHS[year][m] for m in range(start, upto + 1)]
    return tuple(sum(v[i] for v in vals) for i in range(3))  # type: ignore[return-value]


def quarter(year: int, q: int) -> tuple[int, int, int]:
    if year in MONTHS:
        return months(year, 3 * q, 3 * q - 2)
    return QUARTERS[year][q]


def cumul(year: int, q: int) -> tuple[int, int, int]:
    if year in MONTHS:
        return months(year, 3 * q)
    vals = [QUARTERS[year][i] for i in range(1, q + 1)]
    return tuple(sum(v[i] for v in vals) for i in range(3))  # type: ignore[return-value]


# The province's figures (the whole province, all levels) in its reports: (tiếp nhận, trực tuyến).
PROVINCE = {
    ("2023", "năm"): (368450, 152530),
    ("2024", "6 tháng"): (196210, 98300),
    ("2024", "năm"): (402880, 214330),
    ("2025", "6 tháng"): (211640, 127830),
    ("2025", "năm"): (431900, 285050),
    ("2026", "6 tháng"): (224560, 166170),
    ("2026", "9 tháng"): (338420, 254830),
}
# The CCHC index of the sở, ban, ngành (the Sở's score and rank), by the year MEASURED.
INDEX = {2023: ("88,64", "4/20"), 2024: ("90,72", "2/20"), 2025: ("92,15", "1/14")}

# Online targets of the yearly plans.
TARGETS = {2022: "30%", 2023: "40%", 2024: "50%", 2025: "70%", 2026: "80%"}

MONTH_NAMES = {m: f"tháng {m}" for m in range(1, 13)}

# ------------------------------------------------------------------ monthly reports

# (year, month): number, date signed, file, fmt, what else the month saw.
MONTHLY = {
    (2025, 1): ("14/BC-SNV", "2025-02-05", "2025/Bao cao thang/BC thang 1.2025.docx", "docx",
                "Ban hành Quyết định số 11/QĐ-SNV ngày 21/01/2025 kiện toàn Tổ giúp việc cải cách hành chính của Sở và Kế hoạch số 19/KH-SNV ngày 23/01/2025 về tuyên truyền cải cách hành chính năm 2025; ban hành Công văn số 76/SNV-CCHC ngày 15/01/2025 hướng dẫn các cơ quan, đơn vị báo cáo tình hình thực hiện cải cách hành chính hằng tháng."),
    (2025, 2): ("27/BC-SNV", "2025-03-05", "2025/Bao cao thang/BC thang 2.2025.docx", "docx",
                "Hoàn thành tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của Sở, gửi Hội đồng thẩm định của tỉnh đúng thời hạn; tổng hợp kết quả tự đánh giá của 20 sở, ban, ngành và 09 huyện, thành phố."),
    (2025, 4): ("52/BC-SNV", "2025-05-06", "2025/Bao cao thang/BC thang 4.2025.pdf", "pdf",
                "Ban hành Kế hoạch số 58/KH-SNV ngày 14/4/2025 về khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2025; triển khai Quy trình nội bộ giải quyết TTHC lĩnh vực tổ chức, biên chế trực tuyến toàn trình (Quyết định số 72/QĐ-SNV ngày 20/3/2025) từ ngày 01/4/2025."),
    (2025, 5): ("68/BC-SNV", "2025-06-12", "2025/Bao cao thang/BC thang 5.2025.docx", "docx",
                "Đôn đốc các cơ quan, đơn vị phối hợp khảo sát sự hài lòng năm 2025 (Công văn số 560/SNV-CCHC ngày 09/5/2025); kiểm tra công tác cải cách hành chính tại 04 cơ quan, đơn vị theo Kế hoạch số 30/KH-SNV ngày 03/3/2025."),
    (2025, 7): ("99/BC-SNV", "2025-08-06", "2025/Bao cao thang/BC thang 7.2025 (xuat tu he thong).txt", "eoffice",
                "Từ ngày 01/7/2025, tỉnh thực hiện mô hình chính quyền địa phương hai cấp, Phòng Nội vụ các huyện, thành phố chấm dứt hoạt động; Sở ban hành Công văn số 862/SNV-CCHC ngày 02/7/2025 hướng dẫn UBND các xã, phường báo cáo công tác cải cách hành chính. Quyết định số 72/QĐ-SNV ngày 20/3/2025 tạm dừng thực hiện từ ngày 10/7/2025 theo Quyết định số 105/QĐ-SNV ngày 08/7/2025 để chuyển đổi hệ thống thông tin giải quyết TTHC. Quyết định số 36/QĐ-SNV ngày 10/4/2023 đã được bãi bỏ tại Quyết định số 110/QĐ-SNV ngày 15/7/2025."),
    (2025, 8): ("112/BC-SNV", "2025-09-05", "2025/Bao cao thang/BC thang 8.2025.docx", "docx",
                "Ban hành Quy chế làm việc của Sở Nội vụ tại Quyết định số 101/QĐ-SNV ngày 18/8/2025, áp dụng từ ngày 01/9/2025, thay thế Quyết định số 16/QĐ-SNV ngày 14/02/2022; tham mưu UBND tỉnh công bố Danh mục TTHC lĩnh vực thi đua, khen thưởng (Quyết định số 1385/QĐ-UBND ngày 08/8/2025)."),
    (2025, 10): ("139/BC-SNV", "2025-11-05", "2025/Bao cao thang/BC thang 10.2025.docx", "docx",
                 "Ban hành Thông báo số 24/TB-SNV ngày 20/10/2025 về kết quả kiểm tra công tác cải cách hành chính năm 2025; tham mưu UBND tỉnh công bố Danh mục TTHC bị bãi bỏ lĩnh vực tổ chức, biên chế (Quyết định số 1890/QĐ-UBND ngày 22/10/2025)."),
    (2025, 11): ("151/BC-SNV", "2025-12-04", "2025/Bao cao thang/BC thang 11.2025.pdf", "pdf",
                 "Ban hành Công văn số 1210/SNV-CCHC ngày 12/11/2025 hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025."),
    (2025, 12): ("03/BC-SNV", "2026-01-06", "2025/Bao cao thang/BC thang 12.2025.docx", "docx",
                 "Ban hành Kế hoạch số 169/KH-SNV ngày 24/12/2025 về cải cách hành chính năm 2026 của Sở; đôn đốc hoàn thành tự đánh giá Chỉ số cải cách hành chính năm 2025 (Công văn số 1349/SNV-CCHC ngày 15/12/2025)."),
    (2026, 1): ("16/BC-SNV", "2026-02-05", "2026/Bao cao thang/BC thang 01-2026.docx", "docx",
                "Ban hành Kế hoạch số 21/KH-SNV ngày 22/01/2026 về tuyên truyền cải cách hành chính năm 2026; triển khai Kế hoạch số 169/KH-SNV ngày 24/12/2025."),
    (2026, 2): ("29/BC-SNV", "2026-03-05", "2026/Bao cao thang/BC thang 02-2026.txt", "txt",
                "Tham mưu UBND tỉnh công bố Danh mục TTHC lĩnh vực tôn giáo tại Quyết định số 260/QĐ-UBND ngày 12/02/2026, thay thế Quyết định số 1460/QĐ-UBND ngày 20/9/2023."),
    (2026, 4): ("57/BC-SNV", "2026-05-06", "2026/Bao cao thang/BC thang 04-2026.docx", "docx",
                "Triển khai kiểm tra công tác cải cách hành chính năm 2026 theo Kế hoạch số 33/KH-SNV ngày 04/3/2026 tại 03 sở và 05 xã, phường."),
    (2026, 5): ("71/BC-SNV", "2026-06-05", "2026/Bao cao thang/BC thang 05-2026.pdf", "pdf",
                "Tham mưu UBND tỉnh công bố Danh mục TTHC bị bãi bỏ lĩnh vực văn thư, lưu trữ (Quyết định số 731/QĐ-UBND ngày 14/5/2026)."),
    (2026, 7): ("101/BC-SNV", "2026-08-05", "2026/Bao cao thang/BC thang 07-2026.docx", "docx",
                "Tổ chức tập huấn nghiệp vụ cải cách hành chính cho công chức văn phòng UBND các xã, phường (ngày 22/7/2026); đôn đốc các cơ quan, đơn vị phối hợp khảo sát sự hài lòng năm 2026 (Công văn số 812/SNV-CCHC ngày 20/7/2026)."),
    (2026, 8): ("115/BC-SNV", "2026-09-07", "2026/Bao cao thang/BC thang 08-2026.docx", "docx",
                "Tham mưu UBND tỉnh công bố Danh mục TTHC lĩnh vực thanh niên tại Quyết định số 1244/QĐ-UBND ngày 18/8/2026, thay thế Quyết định số 918/QĐ-UBND ngày 14/6/2023; thành lập Đoàn kiểm tra cải cách hành chính năm 2026 (Quyết định số 88/QĐ-SNV ngày 03/8/2026)."),
    (2026, 10): ("144/BC-SNV", "2026-11-05", "2026/Bao cao thang/BC thang 10-2026 (xuat tu he thong).txt", "eoffice",
                 "Chuẩn bị hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026; tổng hợp kết quả khảo sát sự hài lòng năm 2026."),
}

def _dossier_line(label: str, v: tuple[int, int, int]) -> str:
    return f"{label}: tiếp nhận {num(v[0])} hồ sơ; giải quyết đúng hạn {num(v[1])} hồ sơ, đạt {pct(v[1], v[0])}; tiếp nhận trực tuyến {num(v[2])} hồ sơ, đạt {pct(v[2], v[0])}"


def _next(year: int, month: int) -> str:
    return f"tháng {month + 1} năm {year}" if month < 12 else f"tháng 01 năm {year + 1}"


def monthly(year: int, month: int) -> Doc:
    number, iso, file, fmt, events = MONTHLY[(year, month)]
    v = MONTHS[year][month]
    if (year, month) == (2026, 7):
        v = JULY_2026_FIRST
    cum = months(year, month)
    if (year, month) == (2026, 7):
        cum = tuple(c - a + b for c, a, b in zip(cum, MONTHS[2026][7], JULY_2026_FIRST, strict=True))
    prev_m = month - 1
    prev = MONTHS[year][prev_m] if prev_m >= 1 else None
    mm = f"{month:02d}" if month < 3 else str(month)
    label = f"tháng {month} năm {year}"
    paras = [
        f"Sở Nội vụ báo cáo tình hình thực hiện công tác cải cách hành chính {label} (số liệu tính từ ngày 01 đến hết ngày cuối tháng) như sau:",
        "I. KẾT QUẢ THỰC HIỆN TRONG THÁNG",
        f"1. Công tác chỉ đạo, điều hành: {events}",
        "2. Cải cách thủ tục hành chính",
    ]
    line = _dossier_line(f"a) Trong {label}, Sở", v)
    if prev:
        line += f" (tháng trước: {num(prev[0])} hồ sơ)"
    if year == 2026:
        line += f"; cùng kỳ năm 2025: {num(MONTHS[2025][month][0])} hồ sơ"
    paras.append(line + ".")
    paras.append(_dossier_line(f"b) Lũy kế từ đầu năm đến hết {label}, Sở", cum) + ".")
    if (year, month) == (2026, 8):
        a, b = JULY_2026_FIRST, MONTHS[2026][7]
        paras.append(
            f"c) Điều chỉnh số liệu: số liệu tháng 7 năm 2026 đã báo cáo tại Báo cáo số 101/BC-SNV ngày 05/8/2026 là {num(a[0])} hồ sơ tiếp nhận, {num(a[2])} hồ sơ trực tuyến, nay điều chỉnh thành {num(b[0])} hồ sơ tiếp nhận, {num(b[2])} hồ sơ trực tuyến do bổ sung {b[0] - a[0]} hồ sơ tiếp nhận qua dịch vụ bưu chính công ích chưa được đồng bộ lên Hệ thống thông tin giải quyết TTHC của tỉnh. Số liệu lũy kế tại mục b đã được điều chỉnh tương ứng."
        )
    if fmt == "docx":
        paras.append("[[TABLE]]")
    paras += [
        "3. Các lĩnh vực khác: duy trì thực hiện nghiêm Quy chế làm việc, chế độ công vụ, kỷ luật, kỷ cương hành chính; 100% văn bản đi, đến (trừ văn bản mật) được xử lý trên Hệ thống quản lý văn bản và điều hành.",
        f"II. NHIỆM VỤ TRỌNG TÂM {_next(year, month).upper()}",
        "1. Tiếp tục thực hiện các nhiệm vụ cải cách hành chính theo kế hoạch; theo dõi, đôn đốc các cơ quan, đơn vị báo cáo đúng thời hạn.",
        "2. Nâng cao tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến; công khai, cập nhật đầy đủ TTHC trên Cổng Dịch vụ công.",
        f"Sở Nội vụ báo cáo tình hình thực hiện công tác cải cách hành chính {label} để UBND tỉnh biết, chỉ đạo./.",
    ]
    table = None
    if fmt == "docx":
        table = [
            ["Chỉ tiêu", f"Tháng {mm}/{year}", f"Lũy kế {month} tháng"],
            ["Hồ sơ tiếp nhận", num(v[0]), num(cum[0])],
            ["Giải quyết đúng hạn", num(v[1]), num(cum[1])],
            ["Tiếp nhận trực tuyến", num(v[2]), num(cum[2])],
            ["Tỷ lệ trực tuyến", pct(v[2], v[0]), pct(cum[2], cum[0])],
        ]
    return Doc(file, fmt, number, iso, "BÁO CÁO", f"Tình hình thực hiện công tác cải cách hành chính {label}",
               "\n\n".join(paras), HA, TO_REPORT, table=table)


MONTHLY_DOCS = [monthly(y, m) for (y, m) in MONTHLY]

# ------------------------------------------------------------------ the Sở's quarterly, 6-, 9-month, year reports

# (year, part): number, date, file, fmt, what else.
PERIODIC = {
    (2022, 1): ("38/BC-SNV", "2022-04-08", "2022/BC CCHC quy I 2022.docx", "docx", "Ban hành Kế hoạch số 05/KH-SNV ngày 10/01/2022 về cải cách hành chính năm 2022; kiện toàn Tổ giúp việc cải cách hành chính (Quyết định số 08/QĐ-SNV ngày 18/01/2022); ban hành Quy chế làm việc (Quyết định số 16/QĐ-SNV ngày 14/02/2022)."),
    (2022, 2): ("79/BC-SNV", "2022-07-07", "2022/BC CCHC 6 thang 2022.pdf", "pdf", "Tham mưu UBND tỉnh công bố Danh mục TTHC lĩnh vực thi đua, khen thưởng (Quyết định số 640/QĐ-UBND ngày 12/5/2022)."),
    (2022, 3): ("118/BC-SNV", "2022-10-07", "2022/BC CCHC quy III 2022.docx", "docx", "Tham mưu UBND tỉnh công bố Danh mục TTHC lĩnh vực văn thư, lưu trữ (Quyết định số 1188/QĐ-UBND ngày 19/8/2022)."),
    (2022, 4): ("162/BC-SNV", "2022-12-15", "2022/BC CCHC nam 2022.docx", "docx", "Hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2022 (Công văn số 905/SNV-CCHC ngày 11/11/2022)."),
    (2023, 1): ("35/BC-SNV", "2023-04-07", "2023/BC CCHC quy I 2023.txt", "txt", "Triển khai Kế hoạch số 170/KH-SNV ngày 28/12/2022 về cải cách hành chính năm 2023; tham mưu UBND tỉnh công bố Danh mục TTHC lĩnh vực tổ chức, biên chế (Quyết định số 302/QĐ-UBND ngày 06/3/2023)."),
    (2023, 2): ("81/BC-SNV", "2023-07-06", "2023/BC CCHC 6 thang 2023.docx", "docx", "Ban hành Quy chế phối hợp với Phòng Nội vụ các huyện, thành phố trong công tác cải cách hành chính (Quyết định số 36/QĐ-SNV ngày 10/4/2023); tham mưu công bố Danh mục TTHC lĩnh vực thanh niên (Quyết định số 918/QĐ-UBND ngày 14/6/2023)."),
    (2023, 3): ("120/BC-SNV", "2023-10-06", "2023/BC CCHC quy III 2023.pdf", "pdf", "Tham mưu UBND tỉnh công bố Danh mục TTHC lĩnh vực tôn giáo tại Quyết định số 1460/QĐ-UBND ngày 20/9/2023, thay thế Quyết định số 215/QĐ-UBND ngày 18/02/2022."),
    (2023, 4): ("165/BC-SNV", "2023-12-14", "2023/BC CCHC nam 2023.docx", "docx", "Hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023 (Công văn số 1036/SNV-CCHC ngày 14/11/2023)."),
    (2024, 1): ("40/BC-SNV", "2024-04-08", "2024/BC CCHC quy I 2024.docx", "docx", "Ban hành Kế hoạch số 22/KH-SNV ngày 25/01/2024 về tuyên truyền và Kế hoạch số 35/KH-SNV ngày 04/3/2024 về kiểm tra cải cách hành chính năm 2024; UBND tỉnh phê duyệt kết quả Chỉ số cải cách hành chính năm 2023 tại Quyết định số 365/QĐ-UBND ngày 22/3/2024: Sở Nội vụ đạt 88,64 điểm, xếp thứ 4/20 sở, ban, ngành."),
    (2024, 2): ("85/BC-SNV", "2024-07-05", "2024/BC CCHC 6 thang 2024 (xuat tu he thong).txt", "eoffice", "Thí điểm tiếp nhận, giải quyết hồ sơ TTHC lĩnh vực thi đua, khen thưởng trực tuyến toàn trình theo Quyết định số 54/QĐ-SNV ngày 20/5/2024; tham mưu công bố Danh mục TTHC lĩnh vực văn thư, lưu trữ tại Quyết định số 777/QĐ-UBND ngày 10/5/2024, thay thế Quyết định số 1188/QĐ-UBND ngày 19/8/2022."),
    (2024, 3): ("124/BC-SNV", "2024-10-08", "2024/BC CCHC quy III 2024.docx", "docx", "Điều chỉnh Kế hoạch kiểm tra cải cách hành chính năm 2024 (Kế hoạch số 121/KH-SNV ngày 15/7/2024 sửa đổi Mục III Kế hoạch số 35/KH-SNV); tham mưu công bố Danh mục TTHC lĩnh vực chính quyền địa phương (Quyết định số 1322/QĐ-UBND ngày 16/8/2024)."),
    (2024, 4): ("160/BC-SNV", "2024-12-13", "2024/BC CCHC nam 2024.pdf", "pdf", "Hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 (Công văn số 1192/SNV-CCHC ngày 13/11/2024); tham mưu công bố Danh mục TTHC lĩnh vực công chức, viên chức (Quyết định số 1905/QĐ-UBND ngày 25/11/2024)."),
    (2025, 1): ("41/BC-SNV", "2025-04-10", "2025/BC CCHC quy I 2025.docx", "docx", "UBND tỉnh phê duyệt kết quả Chỉ số cải cách hành chính năm 2024 tại Quyết định số 498/QĐ-UBND ngày 20/3/2025: Sở Nội vụ đạt 90,72 điểm, xếp thứ 2/20 sở, ban, ngành; ban hành Quyết định số 72/QĐ-SNV ngày 20/3/2025 về Quy trình nội bộ giải quyết TTHC lĩnh vực tổ chức, biên chế trực tuyến toàn trình; tham mưu công bố Danh mục TTHC bị bãi bỏ lĩnh vực tôn giáo (Quyết định số 410/QĐ-UBND ngày 17/3/2025)."),
    (2025, 2): ("83/BC-SNV", "2025-07-08", "2025/BC CCHC 6 thang 2025.docx", "docx", "Kết thúc thí điểm tiếp nhận hồ sơ thi đua, khen thưởng trực tuyến toàn trình ngày 30/6/2025 (Quyết định số 54/QĐ-SNV, được kéo dài tại Quyết định số 150/QĐ-SNV ngày 20/12/2024); tham mưu công bố Danh mục TTHC lĩnh vực chính quyền địa phương tại Quyết định số 1120/QĐ-UBND ngày 04/7/2025, thay thế Quyết định số 1322/QĐ-UBND ngày 16/8/2024."),
    (2025, 3): ("127/BC-SNV", "2025-10-09", "2025/BC CCHC quy III 2025.pdf", "pdf", "Quyết định số 72/QĐ-SNV tạm dừng thực hiện từ ngày 10/7/2025 theo Quyết định số 105/QĐ-SNV và tiếp tục thực hiện từ ngày 08/9/2025 theo Quyết định số 118/QĐ-SNV ngày 05/9/2025; điều chỉnh Kế hoạch cải cách hành chính năm 2025 sau sắp xếp (Kế hoạch số 98/KH-SNV ngày 21/7/2025)."),
    (2025, 4): ("158/BC-SNV", "2025-12-16", "2025/BC CCHC nam 2025.docx", "docx", "Hoàn thành 100% nhiệm vụ tại Kế hoạch số 176/KH-SNV ngày 26/12/2024 (được điều chỉnh tại Kế hoạch số 98/KH-SNV ngày 21/7/2025); hướng dẫn UBND các xã, phường thực hiện cải cách hành chính sau sắp xếp."),
    (2026, 1): ("44/BC-SNV", "2026-04-09", "2026/BC CCHC quy I 2026.docx", "docx", "UBND tỉnh phê duyệt kết quả Chỉ số cải cách hành chính năm 2025 tại Quyết định số 455/QĐ-UBND ngày 18/3/2026: Sở Nội vụ đạt 92,15 điểm, xếp thứ 1/14 sở, ban, ngành; sửa đổi Điều 9 Quy chế làm việc của Sở (Quyết định số 27/QĐ-SNV ngày 09/3/2026)."),
    (2026, 2): ("86/BC-SNV", "2026-07-08", "2026/BC CCHC 6 thang 2026.pdf", "pdf", "Tham mưu UBND tỉnh bãi bỏ 02 TTHC lĩnh vực văn thư, lưu trữ tại Quyết định số 731/QĐ-UBND ngày 14/5/2026; đôn đốc công khai, cập nhật TTHC (Công văn số 702/SNV-CCHC ngày 16/6/2026)."),
    (2026, 3): ("131/BC-SNV", "2026-10-08", "2026/BC CCHC quy III 2026.docx", "docx", "Điều chỉnh số liệu tháng 7 năm 2026 (Báo cáo số 115/BC-SNV ngày 07/9/2026); thành lập Đoàn kiểm tra cải cách hành chính năm 2026 (Quyết định số 88/QĐ-SNV ngày 03/8/2026); tham mưu công bố Danh mục TTHC lĩnh vực thanh niên (Quyết định số 1244/QĐ-UBND ngày 18/8/2026)."),
}

PART_TITLE = {1: "quý I năm {y}", 2: "6 tháng đầu năm {y}", 3: "quý III và 9 tháng năm {y}", 4: "năm {y}"}


def periodic(year: int, part: int) -> Doc:
    number, iso, file, fmt, events = PERIODIC[(year, part)]
    title = PART_TITLE[part].format(y=year)
    paras = [f"Sở Nội vụ báo cáo kết quả thực hiện công tác cải cách hành chính {title} như sau:", "I. KẾT QUẢ THỰC HIỆN", f"1. Công tác chỉ đạo, điều hành: {events}", "2. Cải cách thủ tục hành chính"]
    table = None
    if part == 4 and year < 2025:
        v = YEARS[year]
        paras.append(_dossier_line(f"Năm {year} (số liệu từ ngày 15/12/{year - 1} đến ngày 14/12/{year}), Sở", v) + f". Chỉ tiêu trực tuyến tại Kế hoạch cải cách hành chính năm {year} là tối thiểu {TARGETS[year]}.")
        if year > 2022:
            paras.append(f"So với năm {year - 1} ({num(YEARS[year - 1][0])} hồ sơ), số hồ sơ tiếp nhận tăng {pct(v[0] - YEARS[year - 1][0], YEARS[year - 1][0])}.")
    elif part == 4:
        c = months(2025, 11)
        paras.append(_dossier_line("Từ ngày 01/01/2025 đến ngày 30/11/2025, Sở", c) + ".")
        paras.append(f"Ước thực hiện cả năm 2025: tiếp nhận khoảng {num(ESTIMATE_2025)} hồ sơ; tỷ lệ tiếp nhận trực tuyến ước đạt trên 76%, vượt chỉ tiêu tối thiểu {TARGETS[2025]} tại Kế hoạch cải cách hành chính năm 2025. Số liệu chính thức cả năm được tổng hợp tại báo cáo tháng 12 năm 2025.")
    else:
        q = quarter(year, part)
        qname = {1: "Quý I", 2: "Quý II", 3: "Quý III"}[part]
        paras.append(_dossier_line(f"a) {qname} năm {year}, Sở", q) + ".")
        if part > 1:
            paras.append(_dossier_line(f"b) Lũy kế {3 * part} tháng năm {year}, Sở", cumul(year, part)) + ".")
        if year in MONTHS:
            m = 3 * part
            paras.append(f"Riêng tháng {m} năm {year} (không báo cáo riêng): tiếp nhận {num(MONTHS[year][m][0])} hồ sơ, trực tuyến {num(MONTHS[year][m][2])} hồ sơ, đạt {pct(MONTHS[year][m][2], MONTHS[year][m][0])}.")
        if year > 2022:
            same = quarter(year - 1, part)
            paras.append(f"So với cùng kỳ năm {year - 1} ({qname[0].lower() + qname[1:]}: {num(same[0])} hồ sơ), số hồ sơ tiếp nhận trong quý tăng {pct(q[0] - same[0], same[0])}.")
        if fmt == "docx" and part > 1:
            rows = [["Chỉ tiêu", *[f"Quý {r}" for r in ("I", "II", "III")[:part]], f"Lũy kế {3 * part} tháng"]]
            rows.append(["Hồ sơ tiếp nhận", *[num(quarter(year, i)[0]) for i in range(1, part + 1)], num(cumul(year, part)[0])])
            rows.append(["Tiếp nhận trực tuyến", *[num(quarter(year, i)[2]) for i in range(1, part + 1)], num(cumul(year, part)[2])])
            table = rows
            paras.append("[[TABLE]]")
    paras += [
        "3. Cải cách tổ chức bộ máy, chế độ công vụ: thực hiện nghiêm kỷ luật, kỷ cương hành chính; không có cán bộ, công chức vi phạm phải xử lý kỷ luật.",
        "4. Xây dựng chính quyền số: 100% văn bản đi, đến (trừ văn bản mật) được xử lý trên môi trường điện tử; 100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.",
        "II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",
        "Tiếp tục thực hiện các nhiệm vụ cải cách hành chính theo kế hoạch; nâng cao chất lượng giải quyết TTHC, tỷ lệ hồ sơ trực tuyến và mức độ hài lòng của người dân, tổ chức.",
        f"Sở Nội vụ báo cáo kết quả thực hiện công tác cải cách hành chính {title} để UBND tỉnh biết, chỉ đạo./.",
    ]
    return Doc(file, fmt, number, iso, "BÁO CÁO", f"Kết quả thực hiện công tác cải cách hành chính {title}", "\n\n".join(paras), KHAI if part == 4 else HA, TO_REPORT, table=table)


PERIODIC_DOCS = [periodic(y, p) for (y, p) in PERIODIC]

# ------------------------------------------------------------------ the province's reports (drafted by the Sở)

PROVINCE_REPORTS = {
    ("2023", "năm"): ("312/BC-UBND", "2023-12-18", "2023/BC UBND tinh CCHC nam 2023.docx", "docx", VINH, "năm 2023", "UBND tỉnh phê duyệt, công bố Danh mục TTHC các lĩnh vực thuộc thẩm quyền giải quyết của Sở Nội vụ (tổ chức, biên chế; thanh niên; tôn giáo); Chỉ số cải cách hành chính năm 2022 của tỉnh được Bộ Nội vụ công bố đạt 84,20%."),
    ("2024", "6 tháng"): ("168/BC-UBND", "2024-07-10", "2024/BC UBND tinh 6 thang 2024.pdf", "pdf", HUONG, "6 tháng đầu năm 2024", "Phê duyệt kết quả Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành và UBND các huyện, thành phố (Quyết định số 365/QĐ-UBND ngày 22/3/2024)."),
    ("2024", "năm"): ("330/BC-UBND", "2024-12-17", "2024/BC UBND tinh CCHC nam 2024.docx", "docx", VINH, "năm 2024", "Tỷ lệ hồ sơ trực tuyến toàn tỉnh tăng mạnh; 100% cơ quan, đơn vị cấp tỉnh, cấp huyện thực hiện tự đánh giá Chỉ số cải cách hành chính đúng thời hạn."),
    ("2025", "6 tháng"): ("175/BC-UBND", "2025-07-11", "2025/BC UBND tinh 6 thang 2025.docx", "docx", HUONG, "6 tháng đầu năm 2025", "Phê duyệt kết quả Chỉ số cải cách hành chính năm 2024 (Quyết định số 498/QĐ-UBND ngày 20/3/2025); hoàn thành sắp xếp đơn vị hành chính cấp xã, vận hành chính quyền địa phương hai cấp từ ngày 01/7/2025."),
    ("2025", "năm"): ("341/BC-UBND", "2025-12-18", "2025/BC UBND tinh CCHC nam 2025.pdf", "pdf", VINH, "năm 2025", "Chính quyền địa phương hai cấp vận hành ổn định; Trung tâm Phục vụ hành chính công tỉnh và các xã, phường tiếp nhận hồ sơ không phụ thuộc địa giới hành chính."),
    ("2026", "6 tháng"): ("170/BC-UBND", "2026-07-10", "2026/BC UBND tinh 6 thang 2026.docx", "docx", HUONG, "6 tháng đầu năm 2026", "Phê duyệt kết quả Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành và UBND các xã, phường (Quyết định số 455/QĐ-UBND ngày 18/3/2026)."),
    ("2026", "9 tháng"): ("262/BC-UBND", "2026-10-12", "2026/BC UBND tinh quy III 2026.docx", "docx", HUONG, "quý III và 9 tháng năm 2026", "Tiếp tục rà soát, đơn giản hóa TTHC; công bố Danh mục TTHC lĩnh vực thanh niên (Quyết định số 1244/QĐ-UBND ngày 18/8/2026)."),
}
PROVINCE_QIII_2026 = 113860


def province(key: tuple[str, str]) -> Doc:
    number, iso, file, fmt, signer, title, events = PROVINCE_REPORTS[key]
    v = PROVINCE[key]
    paras = [
        f"Thực hiện chế độ báo cáo định kỳ về công tác cải cách hành chính, UBND tỉnh Yên Khê báo cáo kết quả thực hiện {title} như sau:",
        "I. KẾT QUẢ THỰC HIỆN",
        f"1. Công tác chỉ đạo, điều hành: {events}",
        f"2. Cải cách thủ tục hành chính: {title[0].upper() + title[1:]}, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận {num(v[0])} hồ sơ TTHC, trong đó tiếp nhận trực tuyến {num(v[1])} hồ sơ, đạt {pct(v[1], v[0])}; tỷ lệ giải quyết đúng hạn đạt 99,2%.",
    ]
    if key == ("2026", "9 tháng"):
        paras.append(f"Riêng quý III năm 2026, toàn tỉnh tiếp nhận {num(PROVINCE_QIII_2026)} hồ sơ.")
    paras += [
        "3. Cải cách tổ chức bộ máy hành chính nhà nước; cải cách chế độ công vụ; cải cách tài chính công; xây dựng chính quyền số: thực hiện theo kế hoạch, bảo đảm tiến độ.",
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
        "Tiếp tục đẩy mạnh cải cách hành chính gắn với chuyển đổi số; nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của tỉnh.",
        f"UBND tỉnh Yên Khê báo cáo Bộ Nội vụ kết quả thực hiện công tác cải cách hành chính {title}./.",
    ]
    return Doc(file, fmt, number, iso, "BÁO CÁO", f"Kết quả thực hiện công tác cải cách hành chính {title}", "\n\n".join(paras), signer, TO_UBBC, issuer=UB)


PROVINCE_DOCS = [province(k) for k in PROVINCE_REPORTS]

# ------------------------------------------------------------------ lists of TTHC (the Chủ tịch's decisions)

PROCS = {
    "tôn giáo": ["Thủ tục đăng ký sinh hoạt tôn giáo tập trung", "Thủ tục đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo", "Thủ tục thông báo danh mục hoạt động tôn giáo", "Thủ tục đề nghị giảng đạo ngoài địa bàn phụ trách", "Thủ tục thông báo tổ chức quyên góp"],
    "thi đua, khen thưởng": ["Thủ tục tặng Bằng khen của Chủ tịch UBND tỉnh", "Thủ tục tặng Cờ thi đua của UBND tỉnh", "Thủ tục tặng danh hiệu Chiến sĩ thi đua cấp tỉnh", "Thủ tục tặng danh hiệu Tập thể lao động xuất sắc", "Thủ tục khen thưởng theo chuyên đề"],
    "văn thư, lưu trữ": ["Thủ tục phục vụ việc sử dụng tài liệu của độc giả tại phòng đọc", "Thủ tục cấp bản sao và chứng thực lưu trữ", "Thủ tục cấp, cấp lại Chứng chỉ hành nghề lưu trữ"],
    "tổ chức, biên chế": ["Thủ tục thẩm định việc thành lập đơn vị sự nghiệp công lập", "Thủ tục thẩm định việc tổ chức lại đơn vị sự nghiệp công lập", "Thủ tục thẩm định việc giải thể đơn vị sự nghiệp công lập", "Thủ tục thành lập hội"],
    "thanh niên": ["Thủ tục xét tặng Kỷ niệm chương vì sự nghiệp phát triển thanh niên", "Thủ tục thành lập tổ chức thanh niên xung phong cấp tỉnh", "Thủ tục giải thể tổ chức thanh niên xung phong cấp tỉnh"],
    "chính quyền địa phương": ["Thủ tục thẩm định thành lập thôn mới, tổ dân phố mới", "Thủ tục phê chuẩn kết quả bầu cử thành viên UBND", "Thủ tục công nhận thôn, tổ dân phố"],
    "công chức, viên chức": ["Thủ tục thi tuyển công chức", "Thủ tục xét tuyển viên chức", "Thủ tục tiếp nhận vào làm công chức"],
}

# number, date, file, fmt, signer, lĩnh vực, how many, what it does to an earlier list.
TTHC = [
    ("215/QĐ-UBND", "2022-02-18", "Cong bo TTHC/QD 215 cong bo TTHC ton giao 2022.docx", "docx", HUONG, "tôn giáo", 28, None),
    ("640/QĐ-UBND", "2022-05-12", "Cong bo TTHC/QD 640 cong bo TTHC thi dua khen thuong.pdf", "pdf", HUONG, "thi đua, khen thưởng", 14, None),
    ("1188/QĐ-UBND", "2022-08-19", "Cong bo TTHC/QD 1188 cong bo TTHC van thu luu tru 2022.docx", "docx", HUONG, "văn thư, lưu trữ", 6, None),
    ("302/QĐ-UBND", "2023-03-06", "Cong bo TTHC/QD 302 cong bo TTHC to chuc bien che.docx", "docx", HUONG, "tổ chức, biên chế", 17, None),
    ("918/QĐ-UBND", "2023-06-14", "Cong bo TTHC/QD 918 cong bo TTHC thanh nien.txt", "txt", HUONG, "thanh niên", 5, None),
    ("1460/QĐ-UBND", "2023-09-20", "Cong bo TTHC/QD 1460 cong bo TTHC ton giao 2023.docx", "docx", HUONG, "tôn giáo", 30, ("replace", "215/QĐ-UBND")),
    ("188/QĐ-UBND", "2024-02-02", "Cong bo TTHC/QD 188 bai bo 03 TTHC thi dua.docx", "docx", HUONG, "thi đua, khen thưởng", 3, ("repeal", "640/QĐ-UBND", "4, 5 và 9")),
    ("777/QĐ-UBND", "2024-05-10", "Cong bo TTHC/QD 777 cong bo TTHC van thu luu tru 2024.pdf", "pdf", HUONG, "văn thư, lưu trữ", 7, ("replace", "1188/QĐ-UBND")),
    ("1322/QĐ-UBND", "2024-08-16", "Cong bo TTHC/QD 1322 cong bo TTHC chinh quyen dia phuong.docx", "docx", HUONG, "chính quyền địa phương", 12, None),
    ("1905/QĐ-UBND", "2024-11-25", "Cong bo TTHC/QD 1905 cong bo TTHC cong chuc vien chuc.docx", "docx", HUONG, "công chức, viên chức", 9, None),
    ("410/QĐ-UBND", "2025-03-17", "Cong bo TTHC/QD 410 bai bo 02 TTHC ton giao.txt", "txt", HUONG, "tôn giáo", 2, ("repeal", "1460/QĐ-UBND", "12 và 17")),
    ("1120/QĐ-UBND", "2025-07-04", "Cong bo TTHC/QD 1120 cong bo TTHC chinh quyen dia phuong 2025.docx", "docx", VINH, "chính quyền địa phương", 6, ("replace", "1322/QĐ-UBND")),
    ("1385/QĐ-UBND", "2025-08-08", "Cong bo TTHC/QD 1385 cong bo TTHC thi dua khen thuong 2025.docx", "docx", HUONG, "thi đua, khen thưởng", 11, ("replace2", "640/QĐ-UBND", "188/QĐ-UBND")),
    ("1890/QĐ-UBND", "2025-10-22", "Cong bo TTHC/QD 1890 bai bo 03 TTHC to chuc bien che.pdf", "pdf", HUONG, "tổ chức, biên chế", 3, ("repeal", "302/QĐ-UBND", "2, 6 và 11")),
    ("260/QĐ-UBND", "2026-02-12", "Cong bo TTHC/QD 260 cong bo TTHC ton giao 2026.docx", "docx", HUONG, "tôn giáo", 26, ("replace", "1460/QĐ-UBND")),
    ("731/QĐ-UBND", "2026-05-14", "Cong bo TTHC/QD 731 bai bo 02 TTHC van thu luu tru.docx", "docx", HUONG, "văn thư, lưu trữ", 2, ("repeal", "777/QĐ-UBND", "3 và 5")),
    ("1244/QĐ-UBND", "2026-08-18", "Cong bo TTHC/QD 1244 cong bo TTHC thanh nien 2026.docx", "docx", HUONG, "thanh niên", 4, ("replace", "918/QĐ-UBND")),
]
# The same decision saved a second time under another name.
COPY_1385 = "2025/QD 1385-QD-UBND TDKT.docx"

_BY = {t[0]: t for t in TTHC}


def _cited(ident: str) -> str:
    return f"Quyết định số {ident} ngày {short(_BY[ident][1])} của Chủ tịch UBND tỉnh"


def tthc(row: tuple) -> Doc:
    number, iso, file, fmt, signer, field, n, act = row
    scope = "thuộc thẩm quyền giải quyết của Sở Nội vụ tỉnh Yên Khê" if field != "chính quyền địa phương" or iso < "2025-07-01" else "thuộc thẩm quyền giải quyết của Sở Nội vụ và UBND cấp xã tỉnh Yên Khê"
    repeal = act is not None and act[0] == "repeal"
    if repeal:
        subject = f"Công bố Danh mục thủ tục hành chính bị bãi bỏ lĩnh vực {field} {scope}"
        art1 = f"Điều 1. Công bố kèm theo Quyết định này Danh mục {n:02d} thủ tục hành chính bị bãi bỏ lĩnh vực {field} {scope}."
        art2 = f"Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký. Bãi bỏ {n:02d} thủ tục hành chính có số thứ tự {act[2]} tại Danh mục ban hành kèm theo {_cited(act[1])} công bố Danh mục thủ tục hành chính lĩnh vực {field}; các thủ tục hành chính khác tại Quyết định số {act[1]} giữ nguyên hiệu lực."
    else:
        subject = f"Công bố Danh mục thủ tục hành chính lĩnh vực {field} {scope}"
        art1 = f"Điều 1. Công bố kèm theo Quyết định này Danh mục {n:02d} thủ tục hành chính lĩnh vực {field} {scope}."
        art2 = "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký."
        if act and act[0] == "replace":
            art2 = f"Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế {_cited(act[1])} công bố Danh mục thủ tục hành chính lĩnh vực {field}."
        elif act and act[0] == "replace2":
            art2 = f"Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế {_cited(act[1])} và {_cited(act[2])}."
    art3 = "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các " + ("xã, phường" if iso >= "2025-07-01" else "huyện, thành phố") + " và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
    grounds = [LOCAL25 if iso >= "2025-07-01" else LOCAL, ND61B, "Theo đề nghị của Giám đốc Sở Nội vụ."]
    body = decision(CT_WHO, grounds, f"{art1}\n\n{art2}\n\n{art3}")
    procs = PROCS[field]
    lines = [f"{i + 1}. {procs[i % len(procs)]}" + ("" if i < len(procs) else f" (mã số {i + 1:02d})") for i in range(min(n, 5))]
    more = f"… (tổng số {n:02d} thủ tục)" if n > 5 else ""
    annex = f"PHỤ LỤC\n\nDANH MỤC THỦ TỤC HÀNH CHÍNH {'BỊ BÃI BỎ ' if repeal else ''}LĨNH VỰC {field.upper()}\n\n(Kèm theo Quyết định số {number} {vn_short(iso)} của Chủ tịch UBND tỉnh Yên Khê)\n\n" + "\n\n".join(lines) + (f"\n\n{more}" if more else "")
    return Doc(file, fmt, number, iso, "QUYẾT ĐỊNH", subject, body, signer, TO_UBQD, issuer=UB, annex=annex, copy=COPY_1385 if number == "1385/QĐ-UBND" else "")


def vn_short(iso: str) -> str:
    return f"ngày {short(iso)}"


TTHC_DOCS = [tthc(r) for r in TTHC]

# ------------------------------------------------------------------ Công văn đôn đốc / hướng dẫn

UNITS_OLD = "- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thành phố."
UNITS_NEW = "- Các sở, ban, ngành tỉnh;\n- UBND các xã, phường."

# number, date, file, fmt, subject, what it asks.
LETTERS = [
    ("118/SNV-CCHC", "2022-03-07", "2022/CV 118 don doc bao cao CCHC quy I.docx", "docx", "đôn đốc báo cáo kết quả thực hiện cải cách hành chính quý I năm 2022",
     "Để kịp thời tổng hợp, báo cáo UBND tỉnh và Bộ Nội vụ, Sở Nội vụ đề nghị các cơ quan, đơn vị gửi báo cáo kết quả thực hiện cải cách hành chính quý I năm 2022 (số liệu từ ngày 15/12/2021 đến ngày 14/3/2022) về Sở Nội vụ trước ngày 18/3/2022."),
    ("905/SNV-CCHC", "2022-11-11", "2022/CV 905 huong dan tu danh gia chi so CCHC 2022.pdf", "pdf", "hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2022",
     "Sở Nội vụ hướng dẫn các cơ quan, đơn vị tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2022 trên Phần mềm quản lý Chỉ số cải cách hành chính của tỉnh, kèm tài liệu kiểm chứng, hoàn thành trước ngày 15/01/2023."),
    ("131/SNV-CCHC", "2023-03-06", "2023/CV 131 don doc bao cao CCHC quy I.docx", "docx", "đôn đốc báo cáo kết quả thực hiện cải cách hành chính quý I năm 2023",
     "Sở Nội vụ đề nghị các cơ quan, đơn vị gửi báo cáo kết quả thực hiện cải cách hành chính quý I năm 2023 (số liệu từ ngày 15/12/2022 đến ngày 14/3/2023) về Sở Nội vụ trước ngày 17/3/2023."),
    ("1036/SNV-CCHC", "2023-11-14", "2023/CV 1036 huong dan tu danh gia chi so CCHC 2023.docx", "docx", "hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023",
     "Sở Nội vụ hướng dẫn các cơ quan, đơn vị tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023 trên Phần mềm quản lý Chỉ số cải cách hành chính của tỉnh, kèm tài liệu kiểm chứng, hoàn thành trước ngày 15/01/2024."),
    ("144/SNV-CCHC", "2024-03-06", "2024/CV 144 don doc bao cao CCHC quy I.txt", "txt", "đôn đốc báo cáo kết quả thực hiện cải cách hành chính quý I năm 2024",
     "Sở Nội vụ đề nghị các cơ quan, đơn vị gửi báo cáo kết quả thực hiện cải cách hành chính quý I năm 2024 (số liệu từ ngày 15/12/2023 đến ngày 14/3/2024) về Sở Nội vụ trước ngày 18/3/2024."),
    ("688/SNV-CCHC", "2024-06-24", "2024/CV 688 don doc cong khai TTHC.docx", "docx", "đôn đốc công khai, cập nhật thủ tục hành chính trên Cơ sở dữ liệu quốc gia",
     "Qua rà soát, một số TTHC đã được công bố chưa được công khai, cập nhật kịp thời trên Cơ sở dữ liệu quốc gia về TTHC và Cổng Dịch vụ công của tỉnh. Sở Nội vụ đề nghị các cơ quan, đơn vị rà soát, hoàn thành việc công khai trước ngày 10/7/2024."),
    ("1192/SNV-CCHC", "2024-11-13", "2024/CV 1192 huong dan tu danh gia chi so CCHC 2024.docx", "docx", "hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024",
     "Sở Nội vụ hướng dẫn các cơ quan, đơn vị tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 trên Phần mềm quản lý Chỉ số cải cách hành chính của tỉnh, kèm tài liệu kiểm chứng, hoàn thành trước ngày 10/01/2025."),
    ("1311/SNV-CCHC", "2024-12-17", "2024/CV 1311 don doc tu danh gia chi so CCHC 2024.pdf", "pdf", "đôn đốc hoàn thành tự đánh giá Chỉ số cải cách hành chính năm 2024",
     "Đến ngày 16/12/2024, còn 07 cơ quan, đơn vị chưa cập nhật kết quả tự đánh giá Chỉ số cải cách hành chính năm 2024 theo Công văn số 1192/SNV-CCHC ngày 13/11/2024 của Sở Nội vụ. Sở Nội vụ đề nghị các cơ quan, đơn vị khẩn trương hoàn thành trước ngày 10/01/2025."),
    ("76/SNV-CCHC", "2025-01-15", "2025/CV 76 huong dan bao cao CCHC hang thang.docx", "docx", "hướng dẫn báo cáo tình hình thực hiện cải cách hành chính hằng tháng năm 2025",
     "Từ tháng 01 năm 2025, các cơ quan, đơn vị báo cáo tình hình thực hiện cải cách hành chính hằng tháng (số liệu tính từ ngày 01 đến hết ngày cuối tháng) gửi Sở Nội vụ trước ngày 03 của tháng sau; tháng 3, tháng 6, tháng 9 và tháng 12 thực hiện báo cáo quý, 6 tháng, 9 tháng và năm thay cho báo cáo tháng."),
    ("560/SNV-CCHC", "2025-05-09", "2025/CV 560 don doc khao sat SIPAS 2025.docx", "docx", "đôn đốc phối hợp khảo sát sự hài lòng (SIPAS) năm 2025",
     "Thực hiện Kế hoạch số 58/KH-SNV ngày 14/4/2025 của Sở Nội vụ, Sở Nội vụ đề nghị các cơ quan, đơn vị phối hợp phát phiếu khảo sát sự hài lòng của người dân, tổ chức năm 2025, hoàn thành trước ngày 30/6/2025."),
    ("862/SNV-CCHC", "2025-07-02", "2025/CV 862 huong dan xa bao cao CCHC.docx", "docx", "hướng dẫn UBND các xã, phường báo cáo công tác cải cách hành chính",
     "Từ ngày 01/7/2025, tỉnh thực hiện mô hình chính quyền địa phương hai cấp, Phòng Nội vụ các huyện, thành phố chấm dứt hoạt động. Sở Nội vụ hướng dẫn UBND các xã, phường báo cáo tình hình thực hiện cải cách hành chính hằng tháng, quý trực tiếp về Sở Nội vụ theo đề cương kèm theo, bắt đầu từ báo cáo tháng 7 năm 2025."),
    ("1210/SNV-CCHC", "2025-11-12", "2025/CV 1210 huong dan tu danh gia chi so CCHC 2025.pdf", "pdf", "hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025",
     "Sở Nội vụ hướng dẫn các sở, ban, ngành và UBND các xã, phường tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 trên Phần mềm quản lý Chỉ số cải cách hành chính của tỉnh, kèm tài liệu kiểm chứng, hoàn thành trước ngày 10/01/2026."),
    ("1349/SNV-CCHC", "2025-12-15", "2025/CV 1349 don doc tu danh gia chi so CCHC 2025.docx", "docx", "đôn đốc hoàn thành tự đánh giá Chỉ số cải cách hành chính năm 2025",
     "Đến ngày 12/12/2025, còn 11 cơ quan, đơn vị chưa cập nhật kết quả tự đánh giá Chỉ số cải cách hành chính năm 2025 theo Công văn số 1210/SNV-CCHC ngày 12/11/2025 của Sở Nội vụ. Sở Nội vụ đề nghị các cơ quan, đơn vị khẩn trương hoàn thành trước ngày 10/01/2026."),
    ("214/SNV-CCHC", "2026-03-10", "2026/CV 214 don doc bao cao CCHC quy I.docx", "docx", "đôn đốc báo cáo kết quả thực hiện cải cách hành chính quý I năm 2026",
     "Sở Nội vụ đề nghị các sở, ban, ngành và UBND các xã, phường gửi báo cáo kết quả thực hiện cải cách hành chính quý I năm 2026 về Sở Nội vụ trước ngày 03/4/2026."),
    ("702/SNV-CCHC", "2026-06-16", "2026/CV 702 don doc cong khai TTHC.txt", "txt", "đôn đốc công khai, cập nhật thủ tục hành chính trên Cơ sở dữ liệu quốc gia",
     "Qua rà soát, một số TTHC sau sắp xếp chưa được công khai, cập nhật kịp thời trên Cơ sở dữ liệu quốc gia về TTHC và Cổng Dịch vụ công của tỉnh. Sở Nội vụ đề nghị các cơ quan, đơn vị rà soát, hoàn thành việc công khai trước ngày 30/6/2026."),
    ("812/SNV-CCHC", "2026-07-20", "2026/CV 812 don doc khao sat SIPAS 2026.docx", "docx", "đôn đốc phối hợp khảo sát sự hài lòng (SIPAS) năm 2026",
     "Thực hiện kế hoạch khảo sát sự hài lòng của người dân, tổ chức năm 2026 do Bộ Nội vụ triển khai trên địa bàn tỉnh, Sở Nội vụ đề nghị các sở, ban, ngành và UBND các xã, phường phối hợp hướng dẫn người dân trả lời phiếu khảo sát trực tuyến, hoàn thành trước ngày 31/8/2026."),
    ("1240/SNV-CCHC", "2026-11-25", "2026/CV 1240 huong dan tu danh gia chi so CCHC 2026.docx", "docx", "hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026",
     "Sở Nội vụ hướng dẫn các sở, ban, ngành và UBND các xã, phường tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026 trên Phần mềm quản lý Chỉ số cải cách hành chính của tỉnh, kèm tài liệu kiểm chứng, hoàn thành trước ngày 08/01/2027."),
]


def letter(row: tuple) -> Doc:
    number, iso, file, fmt, subject, ask = row
    kinh = UNITS_NEW if iso >= "2025-07-01" else UNITS_OLD
    body = f"{ask}\n\nTrong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Phòng Cải cách hành chính, Sở Nội vụ để được hướng dẫn./."
    return Doc(file, fmt, number, iso, "", subject, body, HA, TO_UNITS, kinh_gui=kinh.replace("\n", " "))


LETTER_DOCS = [letter(r) for r in LETTERS]

# ------------------------------------------------------------------ plans

# number, date, file, fmt, kind of plan, year, text.
PLANS = [
    ("05/KH-SNV", "2022-01-10", "2022/KH CCHC 2022.docx", "docx", "Cải cách hành chính năm 2022 của Sở Nội vụ", 2022, None),
    ("170/KH-SNV", "2022-12-28", "2022/KH CCHC nam 2023.docx", "docx", "Cải cách hành chính năm 2023 của Sở Nội vụ", 2023, None),
    ("172/KH-SNV", "2023-12-27", "2023/KH CCHC 2024.pdf", "pdf", "Cải cách hành chính năm 2024 của Sở Nội vụ", 2024, None),
    ("176/KH-SNV", "2024-12-26", "2024/KH CCHC 2025.docx", "docx", "Cải cách hành chính năm 2025 của Sở Nội vụ", 2025, None),
    ("169/KH-SNV", "2025-12-24", "2025/KH CCHC 2026.docx", "docx", "Cải cách hành chính năm 2026 của Sở Nội vụ", 2026, None),
    ("22/KH-SNV", "2024-01-25", "2024/KH tuyen truyen CCHC 2024.docx", "docx", "Tuyên truyền cải cách hành chính năm 2024", 2024, "tuyen"),
    ("19/KH-SNV", "2025-01-23", "2025/KH tuyen truyen CCHC 2025.txt", "txt", "Tuyên truyền cải cách hành chính năm 2025", 2025, "tuyen"),
    ("21/KH-SNV", "2026-01-22", "2026/KH tuyen truyen CCHC 2026.docx", "docx", "Tuyên truyền cải cách hành chính năm 2026", 2026, "tuyen"),
    ("35/KH-SNV", "2024-03-04", "2024/KH kiem tra CCHC 2024.docx", "docx", "Kiểm tra công tác cải cách hành chính năm 2024", 2024, "kiemtra"),
    ("30/KH-SNV", "2025-03-03", "2025/KH kiem tra CCHC 2025.pdf", "pdf", "Kiểm tra công tác cải cách hành chính năm 2025", 2025, "kiemtra"),
    ("33/KH-SNV", "2026-03-04", "2026/KH kiem tra CCHC 2026.docx", "docx", "Kiểm tra công tác cải cách hành chính năm 2026", 2026, "kiemtra"),
    ("60/KH-SNV", "2024-04-15", "2024/KH khao sat su hai long 2024.docx", "docx", "Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2024", 2024, "sipas"),
    ("58/KH-SNV", "2025-04-14", "2025/KH khao sat su hai long 2025.docx", "docx", "Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2025", 2025, "sipas"),
]


def plan(row: tuple) -> Doc:
    number, iso, file, fmt, subject, year, sort = row
    if sort is None:
        paras = [
            "I. MỤC ĐÍCH, YÊU CẦU",
            f"Triển khai đồng bộ, hiệu quả các nhiệm vụ cải cách hành chính năm {year} của Sở Nội vụ theo Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030; gắn trách nhiệm người đứng đầu với kết quả thực hiện.",
            "II. NHIỆM VỤ VÀ CHỈ TIÊU",
            f"1. Cải cách thủ tục hành chính: 100% TTHC được công khai đúng quy định; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt tối thiểu {TARGETS[year]}; tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.",
            "2. Cải cách tổ chức bộ máy, chế độ công vụ: thực hiện nghiêm Quy chế làm việc, kỷ luật, kỷ cương hành chính.",
            "3. Xây dựng chính quyền số: 100% văn bản được ký số và xử lý trên môi trường điện tử (trừ văn bản mật).",
            "4. Chế độ thông tin, báo cáo: " + ("báo cáo cải cách hành chính hằng tháng, quý, 6 tháng, 9 tháng và năm" if year >= 2025 else "báo cáo cải cách hành chính hằng quý, 6 tháng, 9 tháng và năm") + " đúng thời hạn.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Các phòng, đơn vị thuộc Sở căn cứ Kế hoạch này xây dựng kế hoạch thực hiện; Phòng Cải cách hành chính theo dõi, tổng hợp, báo cáo Giám đốc Sở.",
        ]
    elif sort == "tuyen":
        paras = ["I. MỤC ĐÍCH, YÊU CẦU", f"Nâng cao nhận thức của cán bộ, công chức và người dân về cải cách hành chính năm {year}.", "II. NỘI DUNG, HÌNH THỨC", "Tuyên truyền trên Cổng thông tin điện tử của Sở, Báo Yên Khê, Đài Phát thanh và Truyền hình tỉnh; tổ chức Cuộc thi tìm hiểu về cải cách hành chính trực tuyến (quý III).", "III. TỔ CHỨC THỰC HIỆN", "Phòng Cải cách hành chính chủ trì, phối hợp với Văn phòng Sở triển khai."]
    elif sort == "kiemtra":
        units = {2024: "06 sở, ban, ngành và 03 huyện", 2025: "05 sở, ban, ngành và 04 huyện", 2026: "03 sở, ban, ngành và 05 xã, phường"}[year]
        paras = ["I. MỤC ĐÍCH, YÊU CẦU", f"Đánh giá việc thực hiện nhiệm vụ cải cách hành chính năm {year}; kịp thời chấn chỉnh tồn tại, hạn chế.", "II. NỘI DUNG KIỂM TRA", "Công tác chỉ đạo, điều hành; kiểm soát, công khai TTHC; thực hiện cơ chế một cửa, một cửa liên thông; kỷ luật, kỷ cương hành chính.", "III. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA", f"Kiểm tra tại {units}; thời gian từ tháng 4 đến tháng 10 năm {year}.", "IV. TỔ CHỨC THỰC HIỆN", "Đoàn kiểm tra do Giám đốc Sở quyết định thành lập; Phòng Cải cách hành chính là cơ quan thường trực."]
    else:
        paras = ["I. MỤC ĐÍCH, YÊU CẦU", f"Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm {year}.", "II. PHẠM VI, ĐỐI TƯỢNG", "Người dân, tổ chức đã giao dịch tại Trung tâm Phục vụ hành chính công tỉnh và Bộ phận Một cửa cấp huyện, cấp xã; 3.600 phiếu khảo sát.", "III. TỔ CHỨC THỰC HIỆN", "Phòng Cải cách hành chính chủ trì; thời gian khảo sát từ tháng 5 đến tháng 7."]
    return Doc(file, fmt, number, iso, "KẾ HOẠCH", subject, "\n\n".join(paras), KHAI if sort is None else HA, TO_PAPER)


PLAN_DOCS = [plan(r) for r in PLANS]

# ------------------------------------------------------------------ the index decisions

INDEX_DECISIONS = [
    ("365/QĐ-UBND", "2024-03-22", "2024/QD 365 phe duyet chi so CCHC 2023.docx", "docx", 2023, "huyện, thành phố", 20, 9),
    ("498/QĐ-UBND", "2025-03-20", "2025/QD 498 phe duyet chi so CCHC 2024.pdf", "pdf", 2024, "huyện, thành phố", 20, 9),
    ("455/QĐ-UBND", "2026-03-18", "2026/QD 455 phe duyet chi so CCHC 2025.docx", "docx", 2025, "xã, phường", 14, 48),
]


def index_decision(row: tuple) -> Doc:
    number, iso, file, fmt, year, lower, n_so, n_lower = row
    score, rank = INDEX[year]
    subject = f"Phê duyệt kết quả Chỉ số cải cách hành chính năm {year} của các sở, ban, ngành tỉnh và UBND các {lower}"
    art1 = f"Điều 1. Phê duyệt kết quả Chỉ số cải cách hành chính năm {year} của {n_so} sở, ban, ngành tỉnh và {n_lower:02d} UBND {lower} (chi tiết tại Phụ lục kèm theo)."
    art2 = f"Điều 2. Giao Sở Nội vụ thông báo kết quả đến các cơ quan, đơn vị; các cơ quan, đơn vị có kết quả Chỉ số xếp loại thấp xây dựng kế hoạch khắc phục trong năm {year + 1}."
    art3 = f"Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh và Chủ tịch UBND các {lower} chịu trách nhiệm thi hành Quyết định này./."
    grounds = [LOCAL25 if iso >= "2025-07-01" else LOCAL, NQ76, "Theo đề nghị của Giám đốc Sở Nội vụ."]
    body = decision(CT_WHO, grounds, f"{art1}\n\n{art2}\n\n{art3}")
    table = [["STT", "Cơ quan, đơn vị", "Điểm", "Xếp hạng"], ["1", "Sở Tư pháp", "91,88" if year < 2025 else "90,36", "1" if year < 2025 else "2"], ["2", "Sở Nội vụ", score, rank.split("/")[0]]]
    if year == 2025:
        table[1], table[2] = ["1", "Sở Nội vụ", score, "1"], ["2", "Sở Tư pháp", "90,36", "2"]
    elif year == 2023:
        table.insert(2, ["", "…", "…", "…"])
    annex = f"PHỤ LỤC\n\nKẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {year} CỦA CÁC SỞ, BAN, NGÀNH TỈNH (trích)\n\n" + "\n\n".join(" | ".join(r) for r in table) + f"\n\nSở Nội vụ: {score} điểm, xếp thứ {rank}."
    return Doc(file, fmt, number, iso, "QUYẾT ĐỊNH", subject, body, VINH if year == 2025 else HUONG, TO_UBQD, issuer=UB, annex=annex)


INDEX_DOCS = [index_decision(r) for r in INDEX_DECISIONS]

SERIES = MONTHLY_DOCS + PERIODIC_DOCS + PROVINCE_DOCS + TTHC_DOCS + LETTER_DOCS + PLAN_DOCS + INDEX_DOCS
