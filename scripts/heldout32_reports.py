"""Thirty-second held-out archive: the REPORTS. The Sở Nội vụ tỉnh Kiến Phong (fictional) — the old
Sở to 30/6/2025, the new Sở of the merged province from 01/7/2025 — and the Sở Nội vụ tỉnh Vạn
Ninh (received files, 2023 – 6/2025). Do not tune on it.

- each old Sở's CCHC reports (2023, 2024 and quý I, 6 tháng 2025) with its own province's figures,
  the year reports signed in December with 11 months and an ESTIMATE, the official figures sent in
  January by Công văn and restated in the next quý I report; the two old Sở's 140/BC-SNV of 2024
  (a six-month and a quý III report) share number, symbol and year;
- the new Sở's reports (quý III 2025, the year 2025 that sums both old provinces' first half and
  the new province's second half, saying so; quý I and 6 tháng 2026) and its report on labour
  (no reform area).

Facts in ``bench/data/heldout32_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout32_common import HUY, KHAI, NGUYET, TAM, TO_LD, TO_REPORT, VSNV, Doc

K, V = "So Noi vu", "Ho so SNV Van Ninh (cu) tiep nhan"
TASKS = "Tiếp tục thực hiện các nhiệm vụ cải cách hành chính theo kế hoạch; nâng cao tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến, số hóa hồ sơ; nâng cao mức độ hài lòng của người dân, doanh nghiệp."


def report(file: str, fmt: str, number: str, iso: str, title: str, paras: list[str], *, signer: tuple[str, ...] = HUY, table: list[list[str]] | None = None, vn: bool = False) -> Doc:
    """One of the Sở Nội vụ's CCHC reports (Kiến Phong's, or Vạn Ninh's with ``vn``)."""
    who = "Sở Nội vụ tỉnh Vạn Ninh" if vn else "Sở Nội vụ tỉnh Kiến Phong"
    body = [f"{who} báo cáo kết quả thực hiện công tác cải cách hành chính {title} như sau:", "I. KẾT QUẢ THỰC HIỆN", *paras, "II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", TASKS, f"{who} báo cáo Bộ Nội vụ, UBND tỉnh./."]
    kw = {"issuer": VSNV} if vn else {}
    return Doc(file, fmt, number, iso, "BÁO CÁO", f"Kết quả thực hiện công tác cải cách hành chính {title}", "\n\n".join(body), signer, TO_REPORT, table=table, **kw)


def official(file: str, fmt: str, number: str, iso: str, subject: str, paras: list[str], signer: tuple[str, ...], *, vn: bool = False) -> Doc:
    """A January letter of the official figures, to the Bộ Nội vụ and the UBND tỉnh."""
    kw = {"issuer": VSNV} if vn else {}
    to = ("- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, CCHC.")
    return Doc(file, fmt, number, iso, "", subject, "\n\n".join(paras), signer, to, kinh_gui="Bộ Nội vụ; UBND tỉnh.", **kw)


KIEN_PHONG = [
    report(f"{K}/2023/Van ban di/285_BC-SNV_20231212.pdf", "pdf", "285/BC-SNV", "2023-12-12", "năm 2023", [
        "1. Công tác chỉ đạo, điều hành: tham mưu UBND tỉnh ban hành Kế hoạch số 18/KH-UBND ngày 06/01/2023 về cải cách hành chính năm 2023, Quy chế đánh giá, xác định Chỉ số cải cách hành chính (Quyết định số 412/QĐ-UBND ngày 20/3/2023) và kiện toàn Ban Chỉ đạo cải cách hành chính tỉnh (Quyết định số 590/QĐ-UBND ngày 12/4/2023); ban hành Quy chế làm việc của Sở (Quyết định số 12/QĐ-SNV ngày 08/02/2023).",
        "2. Công tác kiểm tra: kiểm tra 13 cơ quan, đơn vị theo Kế hoạch số 10/KH-SNV ngày 16/01/2023 (kế hoạch 14 cơ quan, đơn vị).",
        "3. Cải cách thủ tục hành chính: năm 2023 (số liệu từ ngày 15/12/2022 đến ngày 14/12/2023), các cơ quan, đơn vị trên địa bàn tỉnh Kiến Phong tiếp nhận 612.400 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến đạt 48,6%, vượt chỉ tiêu tối thiểu 45% tại Kế hoạch số 18/KH-UBND ngày 06/01/2023.",
    ], signer=KHAI),
    report(f"{K}/2024/Van ban di/BC 140 CCHC 6 thang 2024.docx", "docx", "140/BC-SNV", "2024-06-20", "6 tháng đầu năm 2024", [
        "1. Công tác chỉ đạo, điều hành: triển khai Kế hoạch số 20/KH-UBND ngày 08/01/2024 của UBND tỉnh; ban hành Kế hoạch số 25/KH-SNV ngày 20/02/2024 về kiểm tra công tác cải cách hành chính năm 2024 và Quy chế phối hợp kiểm tra (Quyết định số 30/QĐ-SNV ngày 15/3/2024); tham mưu UBND tỉnh công bố danh mục 68 TTHC lĩnh vực nội vụ (Quyết định số 1045/QĐ-UBND ngày 20/5/2024). UBND tỉnh phê duyệt kết quả Chỉ số cải cách hành chính năm 2023 (Quyết định số 520/QĐ-UBND ngày 25/3/2024): Sở Nội vụ đạt 91,20 điểm, xếp thứ 1/20 sở, ban, ngành.",
        "2. Công tác tuyên truyền: thực hiện Kế hoạch số 118/KH-SNV ngày 26/12/2023, đăng tải 104 tin, bài về cải cách hành chính.",
        "3. Cải cách thủ tục hành chính: 6 tháng đầu năm 2024 (từ ngày 15/12/2023 đến ngày 14/6/2024), toàn tỉnh Kiến Phong tiếp nhận 338.150 hồ sơ (cùng kỳ năm 2023: 301.900 hồ sơ); tỷ lệ tiếp nhận trực tuyến đạt 55,2%.",
    ]),
    report(f"{K}/2024/Van ban di/298_BC-SNV_20241213.pdf", "pdf", "298/BC-SNV", "2024-12-13", "năm 2024", [
        "1. Công tác chỉ đạo, điều hành: sửa đổi Điều 4 Quy chế phối hợp kiểm tra công tác cải cách hành chính (Quyết định số 88/QĐ-SNV ngày 10/9/2024); đôn đốc nâng tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến (Công văn số 450/SNV-CCHC ngày 15/10/2024).",
        "2. Công tác kiểm tra: kiểm tra 12 cơ quan, đơn vị theo Kế hoạch số 25/KH-SNV ngày 20/02/2024 (kế hoạch 15 cơ quan, đơn vị).",
        "3. Công tác tuyên truyền: đăng tải 236 tin, bài (kế hoạch 200 tin, bài tại Kế hoạch số 118/KH-SNV ngày 26/12/2023).",
        "4. Cải cách thủ tục hành chính: từ ngày 01/01/2024 đến ngày 30/11/2024, toàn tỉnh Kiến Phong tiếp nhận 642.800 hồ sơ; tỷ lệ tiếp nhận trực tuyến đạt 61,3%. Ước thực hiện cả năm 2024: tiếp nhận khoảng 701.500 hồ sơ; tỷ lệ trực tuyến ước đạt 61,5%, vượt chỉ tiêu tối thiểu 60% tại Kế hoạch số 20/KH-UBND ngày 08/01/2024.",
        "5. Xây dựng chính quyền số: tỷ lệ hồ sơ TTHC được số hóa đạt 72,4%.",
    ], signer=KHAI),
    official(f"{K}/2025/Van ban di/CV 12 so lieu chinh thuc CCHC 2024.docx", "docx", "12/SNV-CCHC", "2025-01-10", "báo cáo số liệu chính thức về cải cách hành chính năm 2024", [
        "Tại Báo cáo số 298/BC-SNV ngày 13/12/2024, Sở Nội vụ đã báo cáo số liệu giải quyết TTHC năm 2024 tính đến ngày 30/11/2024 và số liệu ước thực hiện cả năm. Sở Nội vụ tỉnh Kiến Phong báo cáo số liệu chính thức năm 2024 như sau:",
        "Năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh Kiến Phong tiếp nhận 698.240 hồ sơ; giải quyết đúng hạn 98,9%; tỷ lệ tiếp nhận trực tuyến đạt 61,8%; tỷ lệ hồ sơ được số hóa đạt 74,0%.",
        "Sở Nội vụ tỉnh Kiến Phong kính báo cáo./.",
    ], KHAI),
    report(f"{K}/2025/Van ban di/BC 72 CCHC quy I 2025.docx", "docx", "72/BC-SNV", "2025-04-04", "quý I năm 2025", [
        "1. Công tác chỉ đạo, điều hành: tham mưu UBND tỉnh ban hành Kế hoạch số 15/KH-UBND ngày 10/01/2025 về cải cách hành chính năm 2025 và Quyết định số 380/QĐ-UBND ngày 28/02/2025 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ sau khi hợp nhất Sở Lao động - Thương binh và Xã hội (có hiệu lực từ ngày 01/3/2025); ban hành Kế hoạch số 44/KH-SNV ngày 12/3/2025 về kiểm tra công tác cải cách hành chính năm 2025.",
        "2. Số liệu chính thức năm 2024 (Công văn số 12/SNV-CCHC ngày 10/01/2025): toàn tỉnh tiếp nhận 698.240 hồ sơ, tỷ lệ trực tuyến 61,8%.",
        "3. Cải cách thủ tục hành chính: quý I năm 2025, toàn tỉnh Kiến Phong tiếp nhận 176.300 hồ sơ (cùng kỳ năm 2024: 165.400 hồ sơ); tỷ lệ tiếp nhận trực tuyến đạt 64,0%.",
    ]),
    report(f"{K}/2025/Van ban di/118_BC-SNV_20250624.pdf", "pdf", "118/BC-SNV", "2025-06-24", "6 tháng đầu năm 2025", [
        "1. Công tác chỉ đạo, điều hành: chuẩn bị bàn giao hồ sơ, tài liệu cải cách hành chính phục vụ hợp nhất tỉnh (Công văn số 95/SNV-CCHC ngày 20/5/2025). Từ ngày 01/3/2025, Sở Nội vụ thực hiện thêm nhiệm vụ lĩnh vực lao động, người có công và xã hội; kết quả các lĩnh vực này được báo cáo riêng.",
        "2. Cải cách thủ tục hành chính: từ ngày 01/01/2025 đến ngày 20/6/2025, toàn tỉnh Kiến Phong tiếp nhận 352.900 hồ sơ; tỷ lệ tiếp nhận trực tuyến đạt 65,1%. Số liệu đến ngày 30/6/2025 được chốt khi bàn giao.",
    ], signer=KHAI),
]

VAN_NINH = [
    report(f"{V}/2023/Van ban di/BC 260 CCHC nam 2023.docx", "docx", "260/BC-SNV", "2023-12-08", "năm 2023", [
        "1. Công tác chỉ đạo, điều hành: ban hành Quy chế làm việc của Sở (Quyết định số 09/QĐ-SNV ngày 02/02/2023) và kiện toàn Tổ giúp việc Ban Chỉ đạo cải cách hành chính tỉnh (Quyết định số 12/QĐ-SNV ngày 15/3/2023); tham mưu UBND tỉnh ban hành Quy chế đánh giá, xác định Chỉ số cải cách hành chính (Quyết định số 385/QĐ-UBND ngày 05/4/2023) và kiện toàn Ban Chỉ đạo cải cách hành chính tỉnh (Quyết định số 620/QĐ-UBND ngày 08/5/2023).",
        "2. Công tác kiểm tra: kiểm tra 10 cơ quan, đơn vị theo Kế hoạch số 22/KH-SNV ngày 18/01/2023.",
        "3. Cải cách thủ tục hành chính: năm 2023, các cơ quan, đơn vị trên địa bàn tỉnh Vạn Ninh tiếp nhận 415.300 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến đạt 45,2%.",
    ], signer=TAM, vn=True),
    report(f"{V}/2024/Van ban di/140_BC-SNV_20240924.pdf", "pdf", "140/BC-SNV", "2024-09-24", "quý III và 9 tháng năm 2024", [
        "1. Công tác chỉ đạo, điều hành: tham mưu UBND tỉnh ban hành Quyết định số 702/QĐ-UBND ngày 10/5/2024 về tiếp nhận hồ sơ vào sáng thứ Bảy và Quyết định số 980/QĐ-UBND ngày 11/6/2024 công bố danh mục 64 TTHC lĩnh vực nội vụ; đôn đốc công khai TTHC (Công văn số 450/SNV-CCHC ngày 20/8/2024).",
        "2. Cải cách thủ tục hành chính: quý III năm 2024, toàn tỉnh Vạn Ninh tiếp nhận 118.600 hồ sơ; lũy kế 9 tháng năm 2024 tiếp nhận 342.700 hồ sơ; tỷ lệ tiếp nhận trực tuyến 9 tháng đạt 57,0%.",
    ], signer=TAM, vn=True),
    report(f"{V}/2024/Van ban di/BC 275 CCHC nam 2024.docx", "docx", "275/BC-SNV", "2024-12-10", "năm 2024", [
        "1. Công tác kiểm tra: kiểm tra 10 cơ quan, đơn vị theo Kế hoạch số 31/KH-SNV ngày 20/3/2024 (đạt 100% kế hoạch).",
        "2. Công tác tuyên truyền: đăng tải 171 tin, bài (kế hoạch 150 tin, bài tại Kế hoạch số 25/KH-SNV ngày 05/3/2024).",
        "3. Cải cách thủ tục hành chính: từ ngày 01/01/2024 đến ngày 30/11/2024, toàn tỉnh Vạn Ninh tiếp nhận 428.900 hồ sơ; tỷ lệ tiếp nhận trực tuyến đạt 58,4%. Ước thực hiện cả năm 2024: tiếp nhận khoảng 468.000 hồ sơ.",
    ], signer=NGUYET, vn=True),
    official(f"{V}/2025/Van ban di/08_SNV-CCHC_20250109.pdf", "pdf", "08/SNV-CCHC", "2025-01-09", "báo cáo số liệu chính thức về cải cách hành chính năm 2024", [
        "Tại Báo cáo số 275/BC-SNV ngày 10/12/2024, Sở Nội vụ tỉnh Vạn Ninh đã báo cáo số liệu ước thực hiện năm 2024. Sở Nội vụ tỉnh Vạn Ninh báo cáo số liệu chính thức năm 2024 như sau:",
        "Năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh Vạn Ninh tiếp nhận 465.720 hồ sơ; giải quyết đúng hạn 98,6%; tỷ lệ tiếp nhận trực tuyến đạt 58,9%.",
        "Sở Nội vụ tỉnh Vạn Ninh kính báo cáo./.",
    ], NGUYET, vn=True),
    report(f"{V}/2025/Van ban di/BC 65 CCHC quy I 2025.docx", "docx", "65/BC-SNV", "2025-04-02", "quý I năm 2025", [
        "1. Công tác chỉ đạo, điều hành: triển khai Kế hoạch số 15/KH-UBND ngày 16/01/2025 của UBND tỉnh Vạn Ninh; ban hành Kế hoạch số 01/KH-SNV ngày 08/01/2025 về tuyên truyền cải cách hành chính năm 2025 và giao nhiệm vụ theo dõi cải cách hành chính (Quyết định số 05/QĐ-SNV ngày 20/01/2025).",
        "2. Số liệu chính thức năm 2024 (Công văn số 08/SNV-CCHC ngày 09/01/2025): toàn tỉnh Vạn Ninh tiếp nhận 465.720 hồ sơ, tỷ lệ trực tuyến 58,9%.",
        "3. Cải cách thủ tục hành chính: quý I năm 2025, toàn tỉnh Vạn Ninh tiếp nhận 119.450 hồ sơ; tỷ lệ tiếp nhận trực tuyến đạt 61,2%.",
    ], signer=TAM, vn=True),
    report(f"{V}/2025/Van ban di/112_BC-SNV_20250623.pdf", "pdf", "112/BC-SNV", "2025-06-23", "6 tháng đầu năm 2025", [
        "1. Công tác chỉ đạo, điều hành: phối hợp lập danh mục hồ sơ, tài liệu bàn giao theo Công văn số 95/SNV-CCHC ngày 20/5/2025 của Sở Nội vụ tỉnh Kiến Phong.",
        "2. Cải cách thủ tục hành chính: từ ngày 01/01/2025 đến ngày 20/6/2025, toàn tỉnh Vạn Ninh tiếp nhận 241.300 hồ sơ; tỷ lệ tiếp nhận trực tuyến đạt 62,5%.",
        "3. Bàn giao: Sở Nội vụ tỉnh Vạn Ninh kết thúc hoạt động từ ngày 01/7/2025; hồ sơ, tài liệu cải cách hành chính năm 2023 - 2025 được bàn giao cho Sở Nội vụ tỉnh Kiến Phong.",
    ], signer=NGUYET, vn=True),
]

NEW = [
    report(f"{K}/2025/Van ban di/BC 25 CCHC quy III 2025.docx", "docx", "25/BC-SNV", "2025-10-06", "quý III năm 2025", [
        "1. Công tác chỉ đạo, điều hành: Sở Nội vụ tỉnh Kiến Phong (sau hợp nhất) hoạt động từ ngày 01/7/2025 theo Quyết định số 1602/QĐ-UBND ngày 03/7/2025 của UBND tỉnh; ban hành Quy chế làm việc (Quyết định số 03/QĐ-SNV ngày 04/7/2025), Kế hoạch số 01/KH-SNV ngày 14/7/2025 về kiểm tra, phân công theo dõi cải cách hành chính (Quyết định số 05/QĐ-SNV ngày 15/7/2025), Quy chế tiếp nhận, xử lý phản ánh, kiến nghị (Quyết định số 18/QĐ-SNV ngày 05/9/2025); thí điểm tiếp nhận hồ sơ qua dịch vụ bưu chính công ích (Quyết định số 22/QĐ-SNV ngày 22/9/2025). Theo Quyết định số 1580/QĐ-UBND ngày 01/7/2025 của UBND tỉnh, Quyết định số 412/QĐ-UBND ngày 20/3/2023 của UBND tỉnh Kiến Phong (cũ) và Quyết định số 385/QĐ-UBND ngày 05/4/2023 của UBND tỉnh Vạn Ninh (cũ) tiếp tục được áp dụng trên địa bàn mỗi tỉnh cũ.",
        "2. Cải cách thủ tục hành chính: quý III năm 2025 (từ ngày 01/7/2025 đến ngày 30/9/2025), toàn tỉnh tiếp nhận 305.800 hồ sơ; giải quyết đúng hạn 98,8%; tỷ lệ tiếp nhận trực tuyến đạt 68,4%.",
    ], signer=NGUYET),
    report(f"{K}/2025/Van ban di/68_BC-SNV_20251212.pdf", "pdf", "68/BC-SNV", "2025-12-12", "năm 2025", [
        "1. Công tác chỉ đạo, điều hành: thực hiện Kế hoạch số 168/KH-UBND ngày 10/7/2025 của UBND tỉnh; tham mưu UBND tỉnh ban hành Quy chế đánh giá, xác định Chỉ số cải cách hành chính áp dụng thống nhất toàn tỉnh (Quyết định số 2150/QĐ-UBND ngày 12/11/2025, có hiệu lực từ ngày 01/01/2026, thay thế Quyết định số 412/QĐ-UBND ngày 20/3/2023 của UBND tỉnh Kiến Phong (cũ) và Quyết định số 385/QĐ-UBND ngày 05/4/2023 của UBND tỉnh Vạn Ninh (cũ)) và công bố danh mục 157 TTHC thuộc thẩm quyền giải quyết của Sở Nội vụ (Quyết định số 1890/QĐ-UBND ngày 15/8/2025).",
        "2. Công tác kiểm tra: kiểm tra 14 cơ quan, đơn vị theo Kế hoạch số 01/KH-SNV ngày 14/7/2025 (kế hoạch 16 cơ quan, đơn vị).",
        "3. Cải cách thủ tục hành chính: số liệu năm 2025 của toàn tỉnh gồm số liệu 6 tháng đầu năm của hai tỉnh cũ (chốt khi bàn giao) và số liệu của tỉnh Kiến Phong sau hợp nhất. Từ ngày 01/01/2025 đến ngày 30/6/2025, tỉnh Kiến Phong (cũ) tiếp nhận 361.450 hồ sơ và tỉnh Vạn Ninh (cũ) tiếp nhận 247.100 hồ sơ; từ ngày 01/7/2025 đến ngày 30/11/2025, tỉnh Kiến Phong tiếp nhận 512.600 hồ sơ, tỷ lệ tiếp nhận trực tuyến đạt 69,2%. Tổng 11 tháng năm 2025: 1.121.150 hồ sơ. Ước thực hiện cả năm 2025: tiếp nhận khoảng 1.232.000 hồ sơ; tỷ lệ trực tuyến cả năm ước đạt 67,5%.",
        "4. Cải cách tổ chức bộ máy: Sở Nội vụ sau hợp nhất có Văn phòng, Thanh tra, 09 phòng chuyên môn và Chi cục Văn thư - Lưu trữ; toàn tỉnh có 21 sở, ban, ngành và 96 xã, phường.",
        "5. Xây dựng chính quyền số: thí điểm tiếp nhận hồ sơ qua dịch vụ bưu chính công ích tại 12 xã (Quyết định số 22/QĐ-SNV ngày 22/9/2025) tiếp nhận 1.126 hồ sơ đến ngày 30/11/2025.",
    ], signer=NGUYET),
    official(f"{K}/2026/Van ban di/CV 04 so lieu chinh thuc CCHC 2025.docx", "docx", "04/SNV-CCHC", "2026-01-09", "báo cáo số liệu chính thức về cải cách hành chính năm 2025", [
        "Tại Báo cáo số 68/BC-SNV ngày 12/12/2025, Sở Nội vụ đã báo cáo số liệu giải quyết TTHC năm 2025 tính đến ngày 30/11/2025 và số liệu ước thực hiện cả năm (khoảng 1.232.000 hồ sơ). Sở Nội vụ tỉnh Kiến Phong báo cáo số liệu chính thức năm 2025 như sau:",
        "Năm 2025, toàn tỉnh Kiến Phong tiếp nhận 1.236.480 hồ sơ, gồm 608.550 hồ sơ của hai tỉnh cũ từ ngày 01/01/2025 đến ngày 30/6/2025 và 627.930 hồ sơ của tỉnh Kiến Phong từ ngày 01/7/2025 đến ngày 31/12/2025; giải quyết đúng hạn 98,9%; tỷ lệ tiếp nhận trực tuyến cả năm đạt 67,9% (từ ngày 01/7/2025 đến ngày 31/12/2025: 69,5%).",
        "Sở Nội vụ tỉnh Kiến Phong kính báo cáo./.",
    ], NGUYET),
    Doc(f"{K}/2026/Van ban di/BC 35 lao dong viec lam quy I 2026.docx", "docx", "35/BC-SNV", "2026-03-20", "BÁO CÁO", "Tình hình lao động, việc làm quý I năm 2026",
        "Sở Nội vụ tỉnh Kiến Phong báo cáo tình hình lao động, việc làm quý I năm 2026 như sau:\n\n1. Quý I năm 2026, giải quyết việc làm cho 4.120 lao động (kế hoạch năm 19.500 lao động); đưa 310 lao động đi làm việc ở nước ngoài theo hợp đồng.\n\n2. Tiếp nhận 2.870 hồ sơ đề nghị hưởng trợ cấp thất nghiệp.\n\nSở Nội vụ tỉnh Kiến Phong báo cáo Bộ Nội vụ, UBND tỉnh./.",
        HUY, TO_LD),
    report(f"{K}/2026/Van ban di/30_BC-SNV_20260403.pdf", "pdf", "30/BC-SNV", "2026-04-03", "quý I năm 2026", [
        "1. Công tác chỉ đạo, điều hành: thực hiện Kế hoạch số 305/KH-UBND ngày 26/12/2025 của UBND tỉnh; ban hành Kế hoạch số 20/KH-SNV ngày 20/01/2026 về kiểm tra công tác cải cách hành chính năm 2026; bãi bỏ Điều 6 Quy chế tiếp nhận, xử lý phản ánh, kiến nghị (Quyết định số 09/QĐ-SNV ngày 10/3/2026); gia hạn thí điểm tiếp nhận hồ sơ qua dịch vụ bưu chính công ích đến ngày 30/9/2026 (Quyết định số 14/QĐ-SNV ngày 25/3/2026). Từ ngày 01/01/2026, Quy chế đánh giá Chỉ số cải cách hành chính tại Quyết định số 2150/QĐ-UBND ngày 12/11/2025 được áp dụng thống nhất trên địa bàn toàn tỉnh.",
        "2. Số liệu chính thức năm 2025 (Công văn số 04/SNV-CCHC ngày 09/01/2026): toàn tỉnh tiếp nhận 1.236.480 hồ sơ, tỷ lệ trực tuyến 67,9%.",
        "3. Cải cách thủ tục hành chính: quý I năm 2026, toàn tỉnh tiếp nhận 318.200 hồ sơ; tỷ lệ tiếp nhận trực tuyến đạt 71,4% (chỉ tiêu năm 2026: tối thiểu 75%).",
    ]),
    report(f"{K}/2026/Van ban di/BC 92 CCHC 6 thang 2026.docx", "docx", "92/BC-SNV", "2026-07-06", "6 tháng đầu năm 2026", [
        "1. Công tác chỉ đạo, điều hành: đôn đốc số hóa hồ sơ, kết quả giải quyết TTHC (Công văn số 245/SNV-CCHC ngày 15/6/2026).",
        "2. Công tác kiểm tra: kiểm tra 9 cơ quan, đơn vị theo Kế hoạch số 20/KH-SNV ngày 20/01/2026 (kế hoạch năm 20 cơ quan, đơn vị).",
        "3. Cải cách thủ tục hành chính: 6 tháng đầu năm 2026, toàn tỉnh tiếp nhận 652.300 hồ sơ (quý II: 334.100 hồ sơ); tỷ lệ tiếp nhận trực tuyến 6 tháng đạt 72,8% (quý II: 74,1%); tỷ lệ thanh toán trực tuyến đạt 51,6%.",
        "4. Xây dựng chính quyền số: tỷ lệ hồ sơ TTHC được số hóa đạt 88,3%; thí điểm tiếp nhận hồ sơ qua dịch vụ bưu chính công ích tiếp nhận lũy kế 1.846 hồ sơ đến ngày 30/6/2026.",
        "[[TABLE]]",
    ], signer=NGUYET, table=[["Chỉ tiêu", "Quý I/2026", "Quý II/2026", "6 tháng"], ["Hồ sơ tiếp nhận", "318.200", "334.100", "652.300"], ["Tỷ lệ trực tuyến", "71,4%", "74,1%", "72,8%"]]),
]

ALL = [*KIEN_PHONG, *VAN_NINH, *NEW]
