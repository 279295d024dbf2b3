"""Thirty-first held-out archive: the REPORTS. The UBND thành phố Bảo An of tỉnh Hạ Uyên
(fictional) to 30/6/2025, then the UBND phường Bảo An. Do not tune on it.

- the city's CCHC reports (2022 – 2024, quý I 2025 and its last report of June 2025, which hands
  its files to the phường) and the phường's (quý III 2025 – quý III 2026); the year reports
  signed in December with 11 months and an ESTIMATE, the official figures sent in January by
  Công văn and restated in the next quý I report;
- the province's CCHC reports (…/BC-UBND, incoming; 208/BC-UBND of 2024 shares its number and
  symbol with the city's quý III report of 2024).

Facts in ``bench/data/heldout31_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout31_common import (
    BINH,
    HA_CV,
    HA_PH,
    HA_PHCV,
    HUNG,
    KHOA,
    PH,
    TO_PBC,
    TO_PCV,
    TO_REPORT,
    TO_UBCV,
    TP,
    UB,
    Doc,
)

C, P = "UBND TP Bao An", "UBND phuong Bao An"
END_TP = "UBND thành phố Bảo An báo cáo UBND tỉnh, Sở Nội vụ biết, tổng hợp./."
END_PH = "UBND phường Bảo An báo cáo UBND tỉnh, Sở Nội vụ biết, tổng hợp./."
TASKS = "Tiếp tục thực hiện các nhiệm vụ cải cách hành chính theo kế hoạch; nâng cao tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến, số hóa hồ sơ; nâng cao mức độ hài lòng của người dân, doanh nghiệp."


def city_report(file: str, fmt: str, number: str, iso: str, title: str, paras: list[str], *, signer: tuple[str, ...] = HA_CV, table: list[list[str]] | None = None, subject: str = "") -> Doc:
    """One of the UBND thành phố's CCHC reports."""
    body = [f"UBND thành phố Bảo An báo cáo kết quả thực hiện công tác cải cách hành chính {title} như sau:", "I. KẾT QUẢ THỰC HIỆN", *paras, "II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", TASKS, END_TP]
    return Doc(file, fmt, number, iso, "BÁO CÁO", subject or f"Kết quả thực hiện công tác cải cách hành chính {title}", "\n\n".join(body), signer, TO_REPORT, issuer=TP, table=table)


def ward_report(file: str, fmt: str, number: str, iso: str, title: str, paras: list[str], *, signer: tuple[str, ...] = KHOA, table: list[list[str]] | None = None) -> Doc:
    """One of the UBND phường Bảo An's CCHC reports."""
    body = [f"UBND phường Bảo An báo cáo kết quả thực hiện công tác cải cách hành chính {title} như sau:", "I. KẾT QUẢ THỰC HIỆN", *paras, "II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", TASKS, END_PH]
    return Doc(file, fmt, number, iso, "BÁO CÁO", f"Kết quả thực hiện công tác cải cách hành chính {title}", "\n\n".join(body), signer, TO_PBC, issuer=PH, table=table)


REPORTS = [
    # ------------------------------------------------------------ the city, 2022 – 2023
    city_report(f"{C}/2022/Van ban di/BC 310 CCHC nam 2022.docx", "docx", "310/BC-UBND", "2022-12-14", "năm 2022", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 08/KH-UBND ngày 14/01/2022 về cải cách hành chính năm 2022; kiện toàn Ban Chỉ đạo cải cách hành chính thành phố (Quyết định số 16/QĐ-UBND ngày 20/01/2022); ban hành Quy định chấm điểm, xếp loại kết quả cải cách hành chính đối với UBND các phường, xã (Quyết định số 98/QĐ-UBND ngày 22/02/2022).",
        "2. Cải cách thủ tục hành chính: năm 2022 (số liệu từ ngày 15/12/2021 đến ngày 14/12/2022), UBND thành phố và UBND các phường, xã tiếp nhận 14.250 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến đạt 38,2%.",
    ], signer=HUNG),
    city_report(f"{C}/2023/Van ban di/318_BC-UBND_20231213.pdf", "pdf", "318/BC-UBND", "2023-12-13", "năm 2023", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 10/KH-UBND ngày 12/01/2023 về cải cách hành chính năm 2023; ban hành Quy chế phối hợp giữa Bộ phận Một cửa thành phố và UBND các phường, xã (Quyết định số 88/QĐ-UBND ngày 10/02/2023) và Quy chế tổ chức và hoạt động của Bộ phận Một cửa thành phố (Quyết định số 230/QĐ-UBND ngày 15/3/2023).",
        "2. Cải cách thủ tục hành chính: năm 2023 (số liệu từ ngày 15/12/2022 đến ngày 14/12/2023), tiếp nhận 16.820 hồ sơ; tỷ lệ tiếp nhận trực tuyến đạt 52,4%, vượt chỉ tiêu tối thiểu 50% tại Kế hoạch số 10/KH-UBND ngày 12/01/2023.",
        "3. Cải cách chế độ công vụ: biên chế công chức được giao năm 2023 là 151 biên chế.",
    ], signer=HUNG),
    # ------------------------------------------------------------ the city, 2024
    city_report(f"{C}/2024/Van ban di/BC 72 CCHC quy I 2024.docx", "docx", "72/BC-UBND", "2024-04-03", "quý I năm 2024", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 15/KH-UBND ngày 22/01/2024 về tuyên truyền cải cách hành chính năm 2024 và Kế hoạch số 40/KH-UBND ngày 26/02/2024 về kiểm tra công tác cải cách hành chính năm 2024; kiện toàn Ban Chỉ đạo cải cách hành chính thành phố (Quyết định số 36/QĐ-UBND ngày 25/01/2024); Chủ tịch UBND thành phố họp đánh giá công tác cải cách hành chính quý I (Thông báo số 45/TB-UBND ngày 12/3/2024). UBND tỉnh phê duyệt kết quả Chỉ số cải cách hành chính năm 2023 tại Quyết định số 512/QĐ-UBND ngày 14/3/2024 của UBND tỉnh: thành phố Bảo An đạt 84,12 điểm, xếp thứ 5/9 huyện, thành phố.",
        "2. Cải cách thủ tục hành chính: quý I năm 2024, tiếp nhận 4.310 hồ sơ (cùng kỳ năm 2023: 3.980 hồ sơ), giải quyết đúng hạn 99,1%; tỷ lệ tiếp nhận trực tuyến đạt 61,5%. Báo cáo kết quả rà soát TTHC theo Công văn số 1234/UBND-NC ngày 12/3/2024 của UBND tỉnh (Công văn số 145/UBND-NV ngày 28/3/2024).",
    ]),
    city_report(f"{C}/2024/Van ban di/158_BC-UBND_20240704.pdf", "pdf", "158/BC-UBND", "2024-07-04", "6 tháng đầu năm 2024", [
        "1. Công tác chỉ đạo, điều hành: thực hiện Kế hoạch số 15/KH-UBND ngày 10/01/2024, chuẩn bị hồ sơ, tài liệu phục vụ Đoàn kiểm tra công tác cải cách hành chính; phê duyệt Đề án số hóa hồ sơ, kết quả giải quyết TTHC giai đoạn 2024 - 2025 (Quyết định số 512/QĐ-UBND ngày 05/6/2024); báo cáo số liệu biên chế, vị trí việc làm theo đôn đốc của Sở Nội vụ (Công văn số 301/UBND-NV ngày 12/6/2024).",
        "2. Công tác tuyên truyền: thực hiện Kế hoạch số 15/KH-UBND ngày 22/01/2024, đăng tải 61 tin, bài về cải cách hành chính.",
        "3. Cải cách thủ tục hành chính: 6 tháng đầu năm 2024, tiếp nhận 8.905 hồ sơ (quý II: 4.595 hồ sơ; cùng kỳ năm 2023: 8.064 hồ sơ), giải quyết đúng hạn 99,0%; tỷ lệ tiếp nhận trực tuyến đạt 63,0%.",
    ]),
    city_report(f"{C}/2024/Van ban di/BC 208 CCHC quy III 2024.docx", "docx", "208/BC-UBND", "2024-10-04", "quý III và 9 tháng năm 2024", [
        "1. Công tác chỉ đạo, điều hành: sửa đổi Điều 5 Quy chế tổ chức và hoạt động của Bộ phận Một cửa thành phố (Quyết định số 640/QĐ-UBND ngày 12/9/2024); thu hồi Công văn số 402/UBND-VP ngày 15/8/2024 (Công văn số 415/UBND-VP ngày 19/8/2024).",
        "2. Cải cách thủ tục hành chính: quý III năm 2024, tiếp nhận 4.720 hồ sơ (cùng kỳ năm 2023: 4.415 hồ sơ); lũy kế 9 tháng năm 2024 tiếp nhận 13.625 hồ sơ (cùng kỳ năm 2023: 12.479 hồ sơ); tỷ lệ tiếp nhận trực tuyến 9 tháng đạt 64,8%.",
        "[[TABLE]]",
    ], table=[["Chỉ tiêu", "Quý I", "Quý II", "Quý III", "Lũy kế 9 tháng"], ["Hồ sơ tiếp nhận", "4.310", "4.595", "4.720", "13.625"], ["Cùng kỳ năm 2023", "3.980", "4.084", "4.415", "12.479"]]),
    city_report(f"{C}/2024/Van ban di/296_BC-UBND_20241212.pdf", "pdf", "296/BC-UBND", "2024-12-12", "năm 2024", [
        "1. Công tác chỉ đạo, điều hành: thực hiện Kế hoạch số 288/KH-UBND ngày 25/12/2023 về cải cách hành chính năm 2024; bãi bỏ Quyết định số 98/QĐ-UBND ngày 22/02/2022 (Quyết định số 715/QĐ-UBND ngày 08/10/2024); hướng dẫn UBND các phường, xã tự đánh giá Chỉ số cải cách hành chính năm 2024 (Công văn số 620/UBND-NV ngày 18/11/2024, thay thế Công văn số 560/UBND-NV ngày 21/10/2024).",
        "2. Công tác kiểm tra: kiểm tra công tác cải cách hành chính tại 08 phường, xã theo Kế hoạch số 40/KH-UBND ngày 26/02/2024 (kế hoạch 10 phường, xã).",
        "3. Công tác tuyên truyền: đăng tải 134 tin, bài về cải cách hành chính (kế hoạch 120 tin, bài).",
        "4. Cải cách thủ tục hành chính: từ ngày 01/01/2024 đến ngày 30/11/2024, UBND thành phố và UBND các phường, xã tiếp nhận 16.940 hồ sơ; giải quyết đúng hạn 99,0%; tỷ lệ tiếp nhận trực tuyến đạt 65,9%. Ước thực hiện cả năm 2024: tiếp nhận khoảng 18.400 hồ sơ; tỷ lệ trực tuyến ước đạt 66%, vượt chỉ tiêu tối thiểu 60% tại Kế hoạch số 288/KH-UBND ngày 25/12/2023.",
        "5. Cải cách chế độ công vụ: biên chế công chức được giao năm 2024 là 142 biên chế (năm 2023: 151 biên chế); cử 56 lượt cán bộ, công chức tham gia đào tạo, bồi dưỡng.",
        "6. Xây dựng chính quyền số: thực hiện Đề án số hóa (Quyết định số 512/QĐ-UBND ngày 05/6/2024), 78,5% hồ sơ TTHC được số hóa.",
    ], signer=HUNG),
    # ------------------------------------------------------------ the city, 2025 (to 30/6)
    city_report(f"{C}/2025/Van ban di/68_BC-UBND_20250403.pdf", "pdf", "68/BC-UBND", "2025-04-03", "quý I năm 2025", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 01/KH-UBND ngày 06/01/2025 về cải cách hành chính năm 2025; giao chỉ tiêu cải cách hành chính năm 2025 (Quyết định số 05/QĐ-UBND ngày 10/01/2025). UBND tỉnh phê duyệt kết quả Chỉ số cải cách hành chính năm 2024 (Quyết định số 455/QĐ-UBND ngày 18/3/2025 của UBND tỉnh): thành phố Bảo An đạt 86,40 điểm, xếp thứ 3/9 huyện, thành phố.",
        "2. Số liệu chính thức năm 2024 (Công văn số 12/UBND-NV ngày 09/01/2025): tiếp nhận 18.312 hồ sơ, tỷ lệ trực tuyến 66,4%.",
        "3. Cải cách thủ tục hành chính: quý I năm 2025, tiếp nhận 4.050 hồ sơ (cùng kỳ năm 2024: 4.310 hồ sơ); tỷ lệ tiếp nhận trực tuyến đạt 67,9%; báo cáo hồ sơ TTHC đang giải quyết phục vụ sắp xếp đơn vị hành chính (Công văn số 102/UBND-NV ngày 24/02/2025).",
    ]),
    city_report(f"{C}/2025/Van ban di/BC 265 CCHC 6 thang 2025 va ban giao.docx", "docx", "265/BC-UBND", "2025-06-25", "6 tháng đầu năm 2025", [
        "1. Công tác chỉ đạo, điều hành: báo cáo kết quả số hóa hồ sơ TTHC theo Công văn số 1850/UBND-NC ngày 20/5/2025 của UBND tỉnh (Công văn số 230/UBND-NV ngày 28/5/2025).",
        "2. Cải cách thủ tục hành chính: từ ngày 01/01/2025 đến ngày 20/6/2025, UBND thành phố và UBND các phường, xã tiếp nhận 8.120 hồ sơ; tỷ lệ tiếp nhận trực tuyến đạt 68,7%.",
        "3. Bàn giao: UBND thành phố Bảo An kết thúc hoạt động từ ngày 01/7/2025. Hồ sơ, tài liệu, văn bản của UBND thành phố liên quan đến địa bàn phường Bảo An được bàn giao cho UBND phường Bảo An theo danh mục kèm theo; Bộ phận Một cửa thành phố chuyển thành Trung tâm Phục vụ hành chính công phường Bảo An; hồ sơ TTHC đang giải quyết được chuyển tiếp, không để gián đoạn.",
    ], signer=HUNG, subject="Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025 và bàn giao hồ sơ, tài liệu cho UBND phường Bảo An"),
    # ------------------------------------------------------------ the phường, 2025 – 2026
    ward_report(f"{P}/2025/Van ban di/BC 32 CCHC quy III 2025.docx", "docx", "32/BC-UBND", "2025-10-06", "quý III năm 2025", [
        "1. Công tác chỉ đạo, điều hành: UBND phường Bảo An hoạt động từ ngày 01/7/2025; ban hành Kế hoạch số 01/KH-UBND ngày 08/7/2025 về cải cách hành chính 6 tháng cuối năm 2025; Quy chế tổ chức và hoạt động của Trung tâm Phục vụ hành chính công phường (Quyết định số 05/QĐ-UBND ngày 15/7/2025); Quy chế phối hợp giải quyết TTHC (Quyết định số 18/QĐ-UBND ngày 01/8/2025); thí điểm tiếp nhận hồ sơ sáng thứ Bảy (Quyết định số 24/QĐ-UBND ngày 20/8/2025). Quyết định số 88/QĐ-UBND ngày 10/02/2023 của UBND thành phố Bảo An tiếp tục được áp dụng đến hết ngày 31/12/2025 theo Quyết định số 1420/QĐ-UBND ngày 27/6/2025 của UBND tỉnh.",
        "2. Cải cách thủ tục hành chính: quý III năm 2025 (từ ngày 01/7/2025 đến ngày 30/9/2025), Trung tâm Phục vụ hành chính công phường tiếp nhận 1.960 hồ sơ, giải quyết đúng hạn 99,6%; tỷ lệ tiếp nhận trực tuyến đạt 72,4%.",
    ], signer=HA_PHCV),
    ward_report(f"{P}/2025/Van ban di/88_BC-UBND_20251212.pdf", "pdf", "88/BC-UBND", "2025-12-12", "năm 2025", [
        "1. Công tác chỉ đạo, điều hành: thực hiện Kế hoạch số 01/KH-UBND ngày 08/7/2025; chỉ đạo niêm yết, công khai TTHC tại Trung tâm Phục vụ hành chính công phường (Công văn số 96/UBND-VP ngày 20/10/2025).",
        "2. Công tác tuyên truyền: đăng tải 38 tin, bài về cải cách hành chính (kế hoạch 30 tin, bài).",
        "3. Cải cách thủ tục hành chính: từ ngày 01/7/2025 đến ngày 30/11/2025, UBND phường tiếp nhận 3.310 hồ sơ; giải quyết đúng hạn 99,6%; tỷ lệ tiếp nhận trực tuyến đạt 74,1%. Ước thực hiện từ ngày 01/7/2025 đến ngày 31/12/2025: tiếp nhận khoảng 4.000 hồ sơ; tỷ lệ trực tuyến ước đạt 74%, vượt chỉ tiêu tối thiểu 70% tại Kế hoạch số 01/KH-UBND ngày 08/7/2025. Số liệu từ ngày 01/01/2025 đến ngày 20/6/2025 của UBND thành phố Bảo An (toàn thành phố trước sắp xếp) tại Báo cáo số 265/BC-UBND ngày 25/6/2025: 8.120 hồ sơ.",
        "4. Cải cách tổ chức bộ máy: UBND phường có 03 phòng chuyên môn (Văn phòng HĐND và UBND, Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội) và Trung tâm Phục vụ hành chính công.",
        "5. Cải cách chế độ công vụ: phường được giao 58 biên chế cán bộ, công chức; cử 21 lượt cán bộ, công chức tham gia đào tạo, bồi dưỡng.",
    ], signer=HA_PHCV),
    ward_report(f"{P}/2026/Van ban di/BC 41 CCHC quy I 2026.docx", "docx", "41/BC-UBND", "2026-04-06", "quý I năm 2026", [
        "1. Công tác chỉ đạo, điều hành: thực hiện Kế hoạch số 22/KH-UBND ngày 15/01/2026 của UBND tỉnh về cải cách hành chính năm 2026, UBND phường triển khai Kế hoạch số 120/KH-UBND ngày 22/12/2025 về cải cách hành chính năm 2026; ban hành Kế hoạch số 22/KH-UBND ngày 05/02/2026 về kiểm tra và Kế hoạch số 30/KH-UBND ngày 10/02/2026 về tuyên truyền cải cách hành chính năm 2026; bãi bỏ Điều 4 Quy chế phối hợp giải quyết TTHC (Quyết định số 62/QĐ-UBND ngày 02/3/2026).",
        "2. Số liệu chính thức từ ngày 01/7/2025 đến ngày 31/12/2025 (thay số liệu ước tại Báo cáo số 88/BC-UBND ngày 12/12/2025; Công văn số 05/UBND-VP ngày 08/01/2026): UBND phường tiếp nhận 3.985 hồ sơ; tiếp nhận trực tuyến 2.973 hồ sơ, đạt 74,6%.",
        "3. Cải cách thủ tục hành chính: quý I năm 2026, tiếp nhận 2.180 hồ sơ (quý IV năm 2025: 2.025 hồ sơ), giải quyết đúng hạn 99,7%; tỷ lệ tiếp nhận trực tuyến đạt 76,2% (chỉ tiêu năm 2026: tối thiểu 78%).",
        "[[TABLE]]",
    ], table=[["Chỉ tiêu", "Quý I/2026", "Quý IV/2025", "01/7 – 31/12/2025 (chính thức)"], ["Hồ sơ tiếp nhận", "2.180", "2.025", "3.985"], ["Tỷ lệ trực tuyến", "76,2%", "75,3%", "74,6%"]]),
    ward_report(f"{P}/2026/Van ban di/102_BC-UBND_20260706.pdf", "pdf", "102/BC-UBND", "2026-07-06", "6 tháng đầu năm 2026", [
        "1. Công tác chỉ đạo, điều hành: gia hạn thí điểm tiếp nhận hồ sơ sáng thứ Bảy đến ngày 30/6/2026 (Quyết định số 95/QĐ-UBND ngày 24/12/2025).",
        "2. Công tác tuyên truyền: đăng tải 19 tin, bài (kế hoạch năm 2026: 40 tin, bài).",
        "3. Cải cách thủ tục hành chính: 6 tháng đầu năm 2026, tiếp nhận 4.410 hồ sơ (quý II: 2.230 hồ sơ), giải quyết đúng hạn 99,7%; tỷ lệ tiếp nhận trực tuyến đạt 77,0%; tỷ lệ thanh toán trực tuyến đạt 44,8%.",
    ]),
    ward_report(f"{P}/2026/Van ban di/148_BC-UBND_20261006.pdf", "pdf", "148/BC-UBND", "2026-10-06", "quý III và 9 tháng năm 2026", [
        "1. Công tác chỉ đạo, điều hành: báo cáo kết quả thanh toán trực tuyến theo Công văn số 2210/UBND-NC ngày 08/9/2026 của UBND tỉnh (Công văn số 215/UBND-VP ngày 18/9/2026).",
        "2. Công tác kiểm tra: quý III kiểm tra 04 tổ dân phố theo Kế hoạch số 22/KH-UBND ngày 05/02/2026 (kế hoạch năm 06 tổ dân phố).",
        "3. Công tác tuyên truyền: quý III đăng tải 18 tin, bài; lũy kế 9 tháng 37 tin, bài.",
        "4. Cải cách thủ tục hành chính: quý III năm 2026, tiếp nhận 2.315 hồ sơ (quý II: 2.230 hồ sơ), tỷ lệ tiếp nhận trực tuyến đạt 79,1%; lũy kế 9 tháng năm 2026 tiếp nhận 6.725 hồ sơ, tỷ lệ trực tuyến 9 tháng đạt 78,3%. Tỷ lệ thanh toán trực tuyến quý III đạt 52,6%, vượt chỉ tiêu tối thiểu 50% tại Công văn số 2210/UBND-NC ngày 08/9/2026 của UBND tỉnh.",
        "5. Xây dựng chính quyền số: quý III, 99,4% văn bản đi được ký số.",
        "[[TABLE]]",
    ], table=[["Chỉ tiêu", "Quý I", "Quý II", "Quý III", "Lũy kế 9 tháng"], ["Hồ sơ tiếp nhận", "2.180", "2.230", "2.315", "6.725"], ["Tỷ lệ trực tuyến", "76,2%", "77,8%", "79,1%", "78,3%"]]),
]

# The January letters of the official figures (Công văn to the Sở Nội vụ).
OFFICIAL = [
    Doc(f"{C}/2025/Van ban di/CV 12 so lieu chinh thuc CCHC 2024.docx", "docx", "12/UBND-NV", "2025-01-09", "", "báo cáo số liệu chính thức về cải cách hành chính năm 2024",
        "Tại Báo cáo số 296/BC-UBND ngày 12/12/2024, UBND thành phố đã báo cáo số liệu giải quyết TTHC năm 2024 tính đến ngày 30/11/2024 và số liệu ước thực hiện cả năm. UBND thành phố Bảo An báo cáo số liệu chính thức năm 2024 như sau:\n\nNăm 2024, UBND thành phố và UBND các phường, xã tiếp nhận 18.312 hồ sơ; giải quyết đúng hạn 99,2%; tiếp nhận trực tuyến 12.159 hồ sơ, đạt 66,4%; tỷ lệ hồ sơ được số hóa đạt 80,1%.\n\nUBND thành phố Bảo An kính gửi Sở Nội vụ tổng hợp./.",
        HA_CV, ("- Như trên;", "- UBND tỉnh (để b/c);", "- Lưu: VT, NV."), kinh_gui="Sở Nội vụ tỉnh Hạ Uyên."),
    Doc(f"{P}/2026/Van ban di/05_UBND-VP_20260108.pdf", "pdf", "05/UBND-VP", "2026-01-08", "", "báo cáo số liệu chính thức về cải cách hành chính từ ngày 01/7/2025 đến ngày 31/12/2025",
        "Tại Báo cáo số 88/BC-UBND ngày 12/12/2025, UBND phường đã báo cáo số liệu giải quyết TTHC tính đến ngày 30/11/2025 và số liệu ước thực hiện đến hết năm (khoảng 4.000 hồ sơ). UBND phường Bảo An báo cáo số liệu chính thức như sau:\n\nTừ ngày 01/7/2025 đến ngày 31/12/2025, UBND phường Bảo An tiếp nhận 3.985 hồ sơ; giải quyết đúng hạn 99,7%; tiếp nhận trực tuyến 2.973 hồ sơ, đạt 74,6%.\n\nUBND phường Bảo An kính gửi Sở Nội vụ tổng hợp./.",
        HA_PHCV, TO_PCV, issuer=PH, kinh_gui="Sở Nội vụ tỉnh Hạ Uyên."),
]


def province(file: str, number: str, iso: str, title: str, para: str, signer: tuple[str, ...] = BINH) -> Doc:
    body = [
        f"UBND tỉnh Hạ Uyên báo cáo kết quả thực hiện công tác cải cách hành chính {title} như sau:",
        "I. KẾT QUẢ THỰC HIỆN",
        para,
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
        "Tiếp tục đẩy mạnh cải cách thủ tục hành chính, chuyển đổi số; nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, doanh nghiệp.",
        f"UBND tỉnh Hạ Uyên báo cáo Bộ Nội vụ kết quả cải cách hành chính {title}./.",
    ]
    return Doc(file, "pdf", number, iso, "BÁO CÁO", f"Kết quả thực hiện công tác cải cách hành chính {title} của tỉnh Hạ Uyên", "\n\n".join(body), signer, ("- Bộ Nội vụ;", "- Thường trực Tỉnh ủy, HĐND tỉnh;", "- UBND các huyện, thành phố;", "- Lưu: VT, NC."), issuer=UB)


PROVINCE = [
    province(f"{C}/2024/Van ban den/208_BC-UBND tinh_20241218.pdf", "208/BC-UBND", "2024-12-18", "năm 2024",
             "Năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận 1.254.300 hồ sơ TTHC, trong đó trực tuyến đạt 63,1%; tỷ lệ giải quyết đúng hạn đạt 98,7%."),
    province(f"{P}/2026/Van ban den/246_BC-UBND tinh_20261012.pdf", "246/BC-UBND", "2026-10-12", "quý III và 9 tháng năm 2026",
             "9 tháng năm 2026, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận 1.108.440 hồ sơ TTHC (riêng quý III: 386.920 hồ sơ), trong đó trực tuyến đạt 80,1%."),
]

_ = (HA_PH, TO_UBCV)
ALL = [*REPORTS, *OFFICIAL, *PROVINCE]
