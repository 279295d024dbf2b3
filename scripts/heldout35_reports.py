"""Thirty-fifth held-out archive: the CCHC REPORTS of the Sở Công Thương tỉnh Phú Diên (fictional),
2022 – 2026, and one sector report. Do not tune on it.

- reports of every period (quý I, 6 tháng, 9 tháng, năm; quý II và 6 tháng, quý III) that give
  this year's figure beside the same period of last year, in paragraphs and in tables of two year
  columns;
- the year reports of December 2024 and 2025 with figures to 30/11 and an estimate (the January
  letters 05/SCT-VP of official figures, in ``heldout35_docs.py``, replace them);
- the report of quý II và 6 tháng đầu năm 2026 with a wrong number of late dossiers (put right by
  the Công văn đính chính 298/SCT-VP);
- the Chỉ số CCHC of year X (decided in year X+1) as the reports cite it; each plan's targets and
  whether they were met.

Some reports are kept in the year folders, most in the folder "Bao cao". Facts in
``bench/data/heldout35_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout35_common import LONG, TO_REPORT, TO_SECTOR, TRANG, Doc

S = "So Cong Thuong"
TASKS = "Tiếp tục thực hiện các nhiệm vụ cải cách hành chính theo kế hoạch; nâng cao tỷ lệ hồ sơ trực tuyến toàn trình, số hóa hồ sơ; không để phát sinh hồ sơ trễ hạn."


def _y(year: int, name: str) -> str:
    return f"{S}/{year}/Van ban di/{name}"


def _b(name: str) -> str:
    return f"{S}/Bao cao/{name}"


def report(file: str, fmt: str, number: str, iso: str, title: str, paras: list[str], *, signer: tuple[str, ...] = TRANG, table: list[list[str]] | None = None) -> Doc:
    """One of the Sở's CCHC reports."""
    lead = f"Sở Công Thương tỉnh Phú Diên báo cáo kết quả thực hiện công tác cải cách hành chính {title} như sau:"
    body = [lead, "I. KẾT QUẢ THỰC HIỆN", *paras, "II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", TASKS, "Sở Công Thương báo cáo UBND tỉnh, Sở Nội vụ./."]
    subject = f"Kết quả thực hiện công tác cải cách hành chính {title}"
    return Doc(file, fmt, number, iso, "BÁO CÁO", subject, "\n\n".join(body), signer, TO_REPORT, table=table)


ALL = [
    report(_b("BC 128 CCHC 6 thang 2022.docx"), "docx", "128/BC-SCT", "2022-06-20", "6 tháng đầu năm 2022", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 05/KH-SCT ngày 17/01/2022 về cải cách hành chính năm 2022, Quy chế làm việc của Sở (Quyết định số 25/QĐ-SCT ngày 02/3/2022) và Quy chế tổ chức và hoạt động của Bộ phận Một cửa (Quyết định số 40/QĐ-SCT ngày 12/4/2022).",
        "2. Cải cách thủ tục hành chính: UBND tỉnh công bố danh mục 128 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở (Quyết định số 615/QĐ-UBND ngày 20/5/2022). 6 tháng đầu năm 2022, Sở tiếp nhận 6.020 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến đạt 82,0%; giải quyết trễ hạn 30 hồ sơ.",
    ], signer=LONG),
    report(_b("230_BC-SCT_20221212.pdf"), "pdf", "230/BC-SCT", "2022-12-12", "năm 2022", [
        "1. Công tác chỉ đạo, điều hành: thực hiện Kế hoạch số 05/KH-SCT ngày 17/01/2022 của Sở về cải cách hành chính năm 2022.",
        "2. Công tác kiểm tra: kiểm tra 03 cuộc tại các phòng, đơn vị thuộc Sở.",
        "3. Cải cách thủ tục hành chính: rà soát, cắt giảm, đơn giản hóa 6 TTHC. Năm 2022, Sở tiếp nhận 12.480 hồ sơ TTHC; giải quyết đúng hạn 98,6%; giải quyết trễ hạn 64 hồ sơ; tỷ lệ tiếp nhận trực tuyến đạt 85,2% (chỉ tiêu 80%: đạt).",
        "4. Chính quyền số: tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa đạt 46,3% (chỉ tiêu 40%: đạt).",
    ], signer=LONG),
    report(_y(2023, "BC 95 CCHC 9 thang 2023.docx"), "docx", "95/BC-SCT", "2023-10-05", "9 tháng năm 2023", [
        "1. Công tác chỉ đạo, điều hành: thực hiện Kế hoạch số 06/KH-SCT ngày 12/01/2023 của Sở về cải cách hành chính năm 2023; thành lập Tổ công tác rà soát, đơn giản hóa TTHC (Quyết định số 78/QĐ-SCT ngày 10/7/2023).",
        "2. Cải cách thủ tục hành chính: ban hành quy trình nội bộ giải quyết 07 TTHC lĩnh vực an toàn thực phẩm (Quyết định số 52/QĐ-SCT ngày 08/5/2023). 9 tháng năm 2023, Sở tiếp nhận 10.240 hồ sơ TTHC, tăng so với 9.310 hồ sơ 9 tháng năm 2022; tỷ lệ tiếp nhận trực tuyến đạt 92,8%; giải quyết trễ hạn 33 hồ sơ.",
    ]),
    report(_b("BC 236 CCHC nam 2023.docx"), "docx", "236/BC-SCT", "2023-12-11", "năm 2023", [
        "1. Công tác chỉ đạo, điều hành: thực hiện Kế hoạch số 06/KH-SCT ngày 12/01/2023 của Sở về cải cách hành chính năm 2023. Theo Quyết định số 385/QĐ-UBND ngày 10/4/2023 của UBND tỉnh, Chỉ số cải cách hành chính năm 2022 của Sở đạt 84,15 điểm, xếp thứ 9/19 sở, ban, ngành.",
        "2. Công tác kiểm tra: kiểm tra 04 cuộc tại các phòng, đơn vị thuộc Sở.",
        "3. Cải cách thủ tục hành chính: triển khai 09 thủ tục hành chính được sửa đổi, bổ sung theo Quyết định số 2150/QĐ-BCT ngày 21/8/2023 của Bộ Công Thương; rà soát, cắt giảm, đơn giản hóa 8 TTHC. Năm 2023, Sở tiếp nhận 13.950 hồ sơ TTHC, tăng so với 12.480 hồ sơ năm 2022; giải quyết đúng hạn 99,0%; giải quyết trễ hạn 41 hồ sơ; tỷ lệ tiếp nhận trực tuyến đạt 93,4%, tăng so với 85,2% năm 2022 (chỉ tiêu 90%: đạt).",
        "4. Chính quyền số: tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa đạt 71,2% (chỉ tiêu 60%: đạt).",
    ], signer=LONG),
    report(_y(2024, "BC 72 CCHC quy I 2024.docx"), "docx", "72/BC-SCT", "2024-04-03", "quý I năm 2024", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 09/KH-SCT ngày 16/01/2024 về cải cách hành chính năm 2024 và Kế hoạch số 18/KH-SCT ngày 20/02/2024 về kiểm tra cải cách hành chính năm 2024.",
        "2. Cải cách thủ tục hành chính: quý I năm 2024, Sở tiếp nhận 3.410 hồ sơ TTHC, tăng so với 3.020 hồ sơ quý I năm 2023; tỷ lệ tiếp nhận trực tuyến đạt 94,8%; giải quyết trễ hạn 4 hồ sơ.",
    ]),
    report(_b("141_BC-SCT_20240702.pdf"), "pdf", "141/BC-SCT", "2024-07-02", "6 tháng đầu năm 2024", [
        "1. Công tác chỉ đạo, điều hành: theo Quyết định số 356/QĐ-UBND ngày 05/4/2024 của UBND tỉnh, Chỉ số cải cách hành chính năm 2023 của Sở đạt 86,02 điểm, xếp thứ 6/19 sở, ban, ngành.",
        "2. Cải cách thủ tục hành chính: theo đề nghị của Sở (Tờ trình số 21/TTr-SCT ngày 03/6/2024), UBND tỉnh công bố danh mục 121 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở, có hiệu lực từ ngày 01/7/2024, thay thế danh mục 128 thủ tục hành chính (Quyết định số 1290/QĐ-UBND ngày 14/6/2024); thí điểm trả kết quả giải quyết TTHC tại nhà từ ngày 01/7/2024 (Quyết định số 60/QĐ-SCT ngày 25/6/2024).",
        "3. 6 tháng đầu năm 2024, Sở tiếp nhận 7.150 hồ sơ TTHC, tăng so với 6.540 hồ sơ 6 tháng đầu năm 2023; tỷ lệ tiếp nhận trực tuyến đạt 95,3%; giải quyết trễ hạn 9 hồ sơ.",
    ]),
    report(_y(2024, "198_BC-SCT_20241004.pdf"), "pdf", "198/BC-SCT", "2024-10-04", "9 tháng năm 2024", [
        "1. Công tác chỉ đạo, điều hành: thực hiện Công văn số 312/SNV-CCHC ngày 20/9/2024 của Sở Nội vụ (Công văn số 318/SCT-VP ngày 02/10/2024).",
        "2. Cải cách thủ tục hành chính: sửa đổi thời gian tiếp nhận hồ sơ của Bộ phận Một cửa, tiếp nhận cả sáng thứ Bảy từ ngày 01/8/2024 (Quyết định số 70/QĐ-SCT ngày 22/7/2024). 9 tháng năm 2024, Sở tiếp nhận 11.020 hồ sơ TTHC, tăng so với 10.240 hồ sơ 9 tháng năm 2023; tỷ lệ tiếp nhận trực tuyến đạt 95,7%; giải quyết trễ hạn 15 hồ sơ.",
    ]),
    report(_b("262_BC-SCT_20241210.pdf"), "pdf", "262/BC-SCT", "2024-12-10", "năm 2024", [
        "1. Công tác chỉ đạo, điều hành: thực hiện Kế hoạch số 09/KH-SCT ngày 16/01/2024 của Sở về cải cách hành chính năm 2024. Chỉ số cải cách hành chính năm 2023 của Sở đạt 86,02 điểm, xếp thứ 6/19 (Quyết định số 356/QĐ-UBND ngày 05/4/2024).",
        "2. Công tác kiểm tra: kiểm tra 05 cuộc theo Kế hoạch số 18/KH-SCT ngày 20/02/2024 (kế hoạch 05 cuộc: đạt 100%).",
        "3. Cải cách thủ tục hành chính: rà soát, cắt giảm, đơn giản hóa 11 TTHC; gia hạn thí điểm trả kết quả tại nhà đến hết ngày 30/6/2025 (Quyết định số 92/QĐ-SCT ngày 05/12/2024). Từ ngày 01/01/2024 đến ngày 30/11/2024, Sở tiếp nhận 14.362 hồ sơ TTHC, ước cả năm 15.700 hồ sơ; giải quyết đúng hạn 99,5%; giải quyết trễ hạn 19 hồ sơ; tỷ lệ tiếp nhận trực tuyến đạt 95,9%, tăng so với 93,4% năm 2023 (chỉ tiêu 95%: đạt).",
        "4. Chính quyền số: tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa đạt 77,8% (chỉ tiêu 80%).",
        "Số liệu chính thức cả năm 2024 sẽ được Sở báo cáo bổ sung trong tháng 01/2025.",
    ], signer=LONG),
    report(_y(2025, "68_BC-SCT_20250402.pdf"), "pdf", "68/BC-SCT", "2025-04-02", "quý I năm 2025", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 07/KH-SCT ngày 15/01/2025 về cải cách hành chính năm 2025 và Kế hoạch số 15/KH-SCT ngày 18/02/2025 về kiểm tra. Theo Quyết định số 298/QĐ-UBND ngày 28/3/2025 của UBND tỉnh, Chỉ số cải cách hành chính năm 2024 của Sở đạt 88,47 điểm, xếp thứ 4/19, tăng so với 86,02 điểm năm 2023.",
        "2. Cải cách thủ tục hành chính: tạm dừng áp dụng quy trình nội bộ lĩnh vực an toàn thực phẩm từ ngày 01/4/2025 đến hết ngày 30/6/2025 (Quyết định số 30/QĐ-SCT ngày 25/3/2025). Quý I năm 2025, Sở tiếp nhận 3.880 hồ sơ TTHC, tăng so với 3.410 hồ sơ quý I năm 2024; tỷ lệ tiếp nhận trực tuyến đạt 96,9%; giải quyết trễ hạn 3 hồ sơ.",
    ]),
    report(_b("BC 136 CCHC 6 thang 2025.docx"), "docx", "136/BC-SCT", "2025-07-03", "6 tháng đầu năm 2025", [
        "1. Công tác kiểm tra: kiểm tra 03 cuộc theo Kế hoạch số 15/KH-SCT ngày 18/02/2025.",
        "2. Cải cách thủ tục hành chính: kết thúc thí điểm trả kết quả tại nhà ngày 30/6/2025 theo thời hạn tại Quyết định số 92/QĐ-SCT ngày 05/12/2024; quy trình nội bộ lĩnh vực an toàn thực phẩm được áp dụng lại từ ngày 01/7/2025. 6 tháng đầu năm 2025, Sở tiếp nhận 8.120 hồ sơ TTHC, tăng so với 7.150 hồ sơ 6 tháng đầu năm 2024; tỷ lệ tiếp nhận trực tuyến đạt 97,2%; giải quyết trễ hạn 6 hồ sơ.",
        "[[TABLE]]",
    ], table=[["Chỉ tiêu", "6 tháng 2024", "6 tháng 2025"], ["Hồ sơ tiếp nhận", "7.150", "8.120"], ["Tỷ lệ trực tuyến", "95,3%", "97,2%"], ["Hồ sơ trễ hạn", "9", "6"]]),
    report(_y(2025, "192_BC-SCT_20251006.pdf"), "pdf", "192/BC-SCT", "2025-10-06", "9 tháng năm 2025", [
        "1. Công tác chỉ đạo, điều hành: ban hành Quy chế làm việc mới của Sở (Quyết định số 88/QĐ-SCT ngày 18/7/2025, có hiệu lực từ ngày 01/8/2025); khắc phục tồn tại theo Thông báo số 205/TB-UBND ngày 12/8/2025 của UBND tỉnh (Công văn số 352/SCT-VP ngày 25/8/2025).",
        "2. Cải cách thủ tục hành chính: 9 tháng năm 2025, Sở tiếp nhận 12.640 hồ sơ TTHC, tăng so với 11.020 hồ sơ 9 tháng năm 2024; tỷ lệ tiếp nhận trực tuyến đạt 97,4%; giải quyết trễ hạn 11 hồ sơ.",
    ]),
    report(_b("255_BC-SCT_20251210.pdf"), "pdf", "255/BC-SCT", "2025-12-10", "năm 2025", [
        "1. Công tác chỉ đạo, điều hành: thực hiện Kế hoạch số 07/KH-SCT ngày 15/01/2025 của Sở về cải cách hành chính năm 2025. Chỉ số cải cách hành chính năm 2024 của Sở đạt 88,47 điểm, xếp thứ 4/19 (Quyết định số 298/QĐ-UBND ngày 28/3/2025).",
        "2. Công tác kiểm tra: kiểm tra 06 cuộc theo Kế hoạch số 15/KH-SCT ngày 18/02/2025 (kế hoạch 06 cuộc: đạt 100%); UBND tỉnh kiểm tra tại Sở (Thông báo số 205/TB-UBND ngày 12/8/2025).",
        "3. Cải cách thủ tục hành chính: rà soát, cắt giảm, đơn giản hóa 9 TTHC. Từ ngày 01/01/2025 đến ngày 30/11/2025, Sở tiếp nhận 15.904 hồ sơ TTHC, ước cả năm 17.300 hồ sơ; giải quyết đúng hạn 99,7%; giải quyết trễ hạn 12 hồ sơ; tỷ lệ tiếp nhận trực tuyến đạt 97,6% (chỉ tiêu 96%: đạt).",
        "4. Chính quyền số: tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa đạt 88,1% (chỉ tiêu 85%: đạt).",
        "5. So sánh với năm 2024 (số liệu chính thức năm 2024 tại Công văn số 05/SCT-VP ngày 07/01/2025):",
        "[[TABLE]]",
        "Số liệu chính thức cả năm 2025 sẽ được Sở báo cáo bổ sung trong tháng 01/2026.",
    ], signer=LONG, table=[["Chỉ tiêu", "Năm 2024", "Năm 2025 (đến 30/11/2025)"], ["Hồ sơ tiếp nhận", "15.618", "15.904"], ["Tỷ lệ trực tuyến", "96,1%", "97,6%"], ["Tỷ lệ số hóa", "78,6%", "88,1%"], ["Hồ sơ trễ hạn", "21", "12"]]),
    report(_y(2026, "BC 70 CCHC quy I 2026.docx"), "docx", "70/BC-SCT", "2026-04-03", "quý I năm 2026", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 06/KH-SCT ngày 14/01/2026 về cải cách hành chính năm 2026 và Kế hoạch số 12/KH-SCT ngày 10/02/2026 về kiểm tra. Theo Quyết định số 310/QĐ-UBND ngày 27/3/2026 của UBND tỉnh, Chỉ số cải cách hành chính năm 2025 của Sở đạt 90,12 điểm, xếp thứ 2/19, tăng so với 88,47 điểm năm 2024.",
        "2. Công tác kiểm tra: quý I kiểm tra 01 cuộc.",
        "3. Cải cách thủ tục hành chính: quý I năm 2026, Sở tiếp nhận 4.105 hồ sơ TTHC, tăng so với 3.880 hồ sơ quý I năm 2025; tỷ lệ tiếp nhận trực tuyến đạt 97,9%; giải quyết trễ hạn 3 hồ sơ.",
    ]),
    report(_b("142_BC-SCT_20260703.pdf"), "pdf", "142/BC-SCT", "2026-07-03", "quý II và 6 tháng đầu năm 2026", [
        "1. Công tác chỉ đạo, điều hành: sửa đổi chỉ tiêu của Kế hoạch cải cách hành chính năm 2026 (Kế hoạch số 45/KH-SCT ngày 12/6/2026); ban hành Quy chế quản lý, sử dụng chữ ký số và văn bản điện tử (Quyết định số 38/QĐ-SCT ngày 20/4/2026).",
        "2. Công tác kiểm tra: quý II kiểm tra 02 cuộc; lũy kế 6 tháng kiểm tra 03 cuộc (kế hoạch năm 06 cuộc).",
        "3. Cải cách thủ tục hành chính: bãi bỏ 05 TTHC lĩnh vực kinh doanh khí từ ngày 01/6/2026 (Quyết định số 455/QĐ-UBND ngày 15/5/2026; Công văn số 215/SCT-VP ngày 25/5/2026), danh mục còn 116 thủ tục hành chính. Quý II năm 2026, Sở tiếp nhận 4.470 hồ sơ TTHC; lũy kế 6 tháng đầu năm 2026 tiếp nhận 8.575 hồ sơ, tăng so với 8.120 hồ sơ 6 tháng đầu năm 2025; tỷ lệ tiếp nhận trực tuyến quý II đạt 98,3%, 6 tháng đạt 98,0% (chỉ tiêu 98%: đạt); quý II năm 2026 giải quyết trễ hạn 52 hồ sơ; lũy kế 6 tháng giải quyết trễ hạn 55 hồ sơ.",
        "4. Chính quyền số: tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa 6 tháng đạt 93,5% (chỉ tiêu 100% theo Kế hoạch số 45/KH-SCT: chưa đạt).",
        "[[TABLE]]",
    ], table=[["Chỉ tiêu", "Quý II/2026", "6 tháng 2025", "6 tháng 2026"], ["Hồ sơ tiếp nhận", "4.470", "8.120", "8.575"], ["Tỷ lệ trực tuyến", "98,3%", "97,2%", "98,0%"], ["Hồ sơ trễ hạn", "52", "6", "55"]]),
    report(_y(2026, "188_BC-SCT_20261005.pdf"), "pdf", "188/BC-SCT", "2026-10-05", "quý III năm 2026", [
        "1. Công tác kiểm tra: quý III kiểm tra 02 cuộc; lũy kế 9 tháng kiểm tra 05 cuộc (kế hoạch năm 06 cuộc tại Kế hoạch số 12/KH-SCT ngày 10/02/2026).",
        "2. Cải cách thủ tục hành chính: quý III năm 2026 (từ ngày 01/7/2026 đến ngày 30/9/2026), Sở tiếp nhận 4.390 hồ sơ TTHC; lũy kế 9 tháng năm 2026 tiếp nhận 12.965 hồ sơ, tăng so với 12.640 hồ sơ 9 tháng năm 2025; tỷ lệ tiếp nhận trực tuyến quý III đạt 98,6%; quý III giải quyết trễ hạn 7 hồ sơ, lũy kế 9 tháng 35 hồ sơ.",
    ]),
    # A sector report (khuyến công): not a CCHC report, no reform area.
    Doc(_y(2025, "BC 75 khuyen cong 6 thang 2025.docx"), "docx", "75/BC-SCT", "2025-07-08", "BÁO CÁO", "Kết quả thực hiện công tác khuyến công 6 tháng đầu năm 2025",
        "Sở Công Thương báo cáo kết quả công tác khuyến công 6 tháng đầu năm 2025 như sau:\n\n1. Thực hiện Kế hoạch số 40/KH-SCT ngày 20/3/2025 về khuyến công năm 2025: hoàn thành 07 đề án khuyến công địa phương với kinh phí 2.380 triệu đồng; hỗ trợ 26 cơ sở công nghiệp nông thôn đổi mới máy móc, thiết bị.\n\n2. Bình chọn 12 sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh.\n\nSở Công Thương báo cáo UBND tỉnh./.",
        TRANG, TO_SECTOR),
]
