"""Thirty-fourth held-out archive: the CCHC REPORTS of the Ban Quản lý các khu công nghiệp tỉnh
Thanh Bình (fictional), 2021 – 2026. Do not tune on it.

- the year reports of December (2021 – 2025), whose trích yếu differ only by the year, each with
  near figures (hồ sơ, tỷ lệ trực tuyến), and beside the UBND tỉnh's own year reports of 2024 and
  2025 (in ``heldout34_docs.py``) whose province-wide rate is close to the Ban's;
- the six-month report of 2025 and the quarterly reports of 2026 with the quarter's own figure
  beside the lũy kế từ đầu năm;
- the TTHC settled under the UBND tỉnh's delegation each year, the index scores of 2024 and 2025.

Facts in ``bench/data/heldout34_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout34_common import BAO, HANG, KHAI, TO_REPORT, Doc

S = "Ban Quan ly KCN"
TASKS = "Tiếp tục thực hiện các nhiệm vụ cải cách hành chính theo kế hoạch; nâng cao tỷ lệ hồ sơ trực tuyến toàn trình, số hóa hồ sơ; rút ngắn thời gian giải quyết thủ tục hành chính cho nhà đầu tư."


def _f(year: int, name: str) -> str:
    return f"{S}/{year}/Van ban di/{name}"


def report(file: str, fmt: str, number: str, iso: str, title: str, paras: list[str], *, signer: tuple[str, ...] = HANG, table: list[list[str]] | None = None) -> Doc:
    """One of the Ban's CCHC reports."""
    lead = f"Ban Quản lý các khu công nghiệp tỉnh Thanh Bình báo cáo kết quả thực hiện công tác cải cách hành chính {title} như sau:"
    body = [lead, "I. KẾT QUẢ THỰC HIỆN", *paras, "II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", TASKS, "Ban Quản lý các khu công nghiệp tỉnh Thanh Bình báo cáo UBND tỉnh, Sở Nội vụ./."]
    subject = f"Kết quả thực hiện công tác cải cách hành chính {title}"
    return Doc(file, fmt, number, iso, "BÁO CÁO", subject, "\n\n".join(body), signer, TO_REPORT, table=table)


ALL = [
    report(_f(2021, "BC 180 CCHC nam 2021.docx"), "docx", "180/BC-BQL", "2021-12-10", "năm 2021", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 08/KH-BQL ngày 25/01/2021 về cải cách hành chính năm 2021 và Quy chế làm việc của Ban (Quyết định số 35/QĐ-BQL ngày 05/4/2021).",
        "2. Cải cách thủ tục hành chính: năm 2021, Ban tiếp nhận 3.215 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến đạt 48,6%.",
    ], signer=KHAI),
    report(_f(2022, "195_BC-BQL_20221212.pdf"), "pdf", "195/BC-BQL", "2022-12-12", "năm 2022", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 06/KH-BQL ngày 20/01/2022 về cải cách hành chính năm 2022; phân công nhiệm vụ và ủy quyền cho Phó Trưởng ban ký văn bản giải quyết TTHC (Quyết định số 30/QĐ-BQL ngày 25/6/2022).",
        "2. Cải cách thủ tục hành chính: UBND tỉnh công bố danh mục 48 TTHC thuộc thẩm quyền giải quyết của Ban (Quyết định số 512/QĐ-UBND ngày 08/4/2022) và ủy quyền cho Ban giải quyết 03 nhóm TTHC về môi trường, quy hoạch xây dựng từ ngày 01/7/2022 (Quyết định số 890/QĐ-UBND ngày 15/6/2022). Năm 2022, Ban tiếp nhận 3.842 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến đạt 62,5%; giải quyết đúng hạn 99,1%; giải quyết theo ủy quyền 126 hồ sơ.",
    ], signer=KHAI),
    report(_f(2023, "BC 188 CCHC nam 2023.docx"), "docx", "188/BC-BQL", "2023-12-11", "năm 2023", [
        "1. Công tác chỉ đạo, điều hành: thực hiện Kế hoạch số 12/KH-BQL ngày 16/01/2023 về cải cách hành chính năm 2023; thành lập Tổ công tác hỗ trợ doanh nghiệp giải quyết TTHC (Quyết định số 40/QĐ-BQL ngày 01/6/2023).",
        "2. Cải cách thủ tục hành chính: ban hành Quy chế tiếp nhận, xử lý phản ánh, kiến nghị của doanh nghiệp (Quyết định số 21/QĐ-BQL ngày 20/3/2023); công bố quy trình nội bộ 09 TTHC lĩnh vực đầu tư (Quyết định số 55/QĐ-BQL ngày 05/9/2023) theo Quyết định số 1450/QĐ-BKHĐT ngày 10/8/2023 của Bộ Kế hoạch và Đầu tư. Năm 2023, Ban tiếp nhận 4.215 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến đạt 71,8%; giải quyết đúng hạn 99,3%; giải quyết theo ủy quyền 214 hồ sơ.",
    ], signer=KHAI),
    report(_f(2024, "205_BC-BQL_20241212.pdf"), "pdf", "205/BC-BQL", "2024-12-12", "năm 2024", [
        "1. Công tác chỉ đạo, điều hành: thực hiện Kế hoạch số 05/KH-BQL ngày 18/01/2024 của Ban về cải cách hành chính năm 2024; thực hiện Công văn số 385/SNV-CCHC ngày 25/9/2024 của Sở Nội vụ (Công văn số 402/BQL-VP ngày 03/10/2024).",
        "2. Công tác kiểm tra: kiểm tra 05 phòng, đơn vị theo Kế hoạch số 15/KH-BQL ngày 05/02/2024 (đạt 100% kế hoạch).",
        "3. Công tác tuyên truyền: đăng tải 42 tin, bài (kế hoạch 36 tin, bài tại Kế hoạch số 17/KH-BQL ngày 20/02/2024).",
        "4. Cải cách thủ tục hành chính: UBND tỉnh công bố danh mục 56 TTHC thuộc thẩm quyền giải quyết của Ban (Quyết định số 1187/QĐ-UBND ngày 20/5/2024, thay thế danh mục 48 TTHC); Ban triển khai tại Quyết định số 28/QĐ-BQL ngày 28/5/2024; rút thời hạn xử lý phản ánh, kiến nghị còn 07 ngày làm việc (Quyết định số 48/QĐ-BQL ngày 12/8/2024), tiếp nhận và xử lý xong 14 phản ánh, kiến nghị. UBND tỉnh gia hạn thời hạn ủy quyền đến hết ngày 31/12/2025 (Quyết định số 1020/QĐ-UBND ngày 20/6/2024); năm 2024 giải quyết theo ủy quyền 238 hồ sơ.",
        "5. Năm 2024, Ban tiếp nhận 4.630 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến đạt 86,4% (chỉ tiêu của Ban tối thiểu 85%); giải quyết đúng hạn 99,6%; tỷ lệ số hóa hồ sơ đạt 78,5%.",
    ], signer=KHAI),
    report(_f(2025, "BC 186 CCHC 6 thang 2025.docx"), "docx", "186/BC-BQL", "2025-06-20", "6 tháng đầu năm 2025", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 07/KH-BQL ngày 20/01/2025 về cải cách hành chính năm 2025, Kế hoạch số 12/KH-BQL ngày 10/02/2025 về kiểm tra và Kế hoạch số 16/KH-BQL ngày 25/02/2025 về rà soát, đánh giá TTHC. Theo Quyết định số 318/QĐ-UBND ngày 28/3/2025 của UBND tỉnh, Chỉ số cải cách hành chính năm 2024 của Ban đạt 86,72 điểm, xếp thứ 5/20 sở, ban, ngành.",
        "2. Tổ chức bộ máy: UBND tỉnh quy định lại chức năng, nhiệm vụ, cơ cấu tổ chức của Ban (Quyết định số 980/QĐ-UBND ngày 20/6/2025, có hiệu lực từ ngày 01/7/2025); Phòng Quản lý doanh nghiệp đổi tên thành Phòng Quản lý đầu tư và doanh nghiệp từ ngày 01/7/2025.",
        "3. Cải cách thủ tục hành chính: 6 tháng đầu năm 2025, Ban tiếp nhận 2.460 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến đạt 89,8%.",
    ]),
    report(_f(2025, "248_BC-BQL_20251210.pdf"), "pdf", "248/BC-BQL", "2025-12-10", "năm 2025", [
        "1. Công tác chỉ đạo, điều hành: thực hiện Kế hoạch số 07/KH-BQL ngày 20/01/2025 của Ban về cải cách hành chính năm 2025; triển khai Thông báo số 162/TB-UBND ngày 05/8/2025 của UBND tỉnh (Công văn số 380/BQL-VP ngày 15/8/2025).",
        "2. Công tác kiểm tra: kiểm tra 05 phòng, đơn vị theo Kế hoạch số 12/KH-BQL ngày 10/02/2025 (đạt 100% kế hoạch).",
        "3. Tổ chức bộ máy: ban hành Quy chế làm việc mới (Quyết định số 62/QĐ-BQL ngày 30/6/2025, có hiệu lực từ ngày 01/7/2025), quy định chức năng, nhiệm vụ các phòng (Quyết định số 63/QĐ-BQL ngày 02/7/2025) và phân công, ủy quyền cho Phó Trưởng ban (Quyết định số 70/QĐ-BQL ngày 10/7/2025).",
        "4. Cải cách thủ tục hành chính: rà soát 56 TTHC, đề xuất đơn giản hóa 07 TTHC (Kế hoạch số 16/KH-BQL ngày 25/02/2025). Từ ngày 01/10/2025, thủ tục điều chỉnh cục bộ quy hoạch chi tiết xây dựng tỷ lệ 1/500 không còn thuộc phạm vi ủy quyền (Quyết định số 1350/QĐ-UBND ngày 15/9/2025); năm 2025 giải quyết theo ủy quyền 251 hồ sơ. Năm 2025, Ban tiếp nhận 5.118 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến đạt 91,2% (chỉ tiêu của Ban tối thiểu 90%); giải quyết đúng hạn 99,7%; tỷ lệ số hóa hồ sơ đạt 92,3%.",
    ], signer=KHAI),
    report(_f(2026, "BC 88 CCHC quy I 2026.docx"), "docx", "88/BC-BQL", "2026-04-03", "quý I năm 2026", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 05/KH-BQL ngày 15/01/2026 về cải cách hành chính năm 2026, Kế hoạch số 14/KH-BQL ngày 09/02/2026 về kiểm tra và Kế hoạch số 18/KH-BQL ngày 20/02/2026 về tuyên truyền; bãi bỏ Quyết định thành lập Tổ công tác hỗ trợ doanh nghiệp (Quyết định số 08/QĐ-BQL ngày 05/3/2026). Theo Quyết định số 240/QĐ-UBND ngày 30/3/2026 của UBND tỉnh, Chỉ số cải cách hành chính năm 2025 của Ban đạt 88,15 điểm, xếp thứ 3/20.",
        "2. Cải cách thủ tục hành chính: UBND tỉnh ủy quyền cho Ban giải quyết 02 nhóm TTHC về môi trường từ ngày 10/01/2026 đến hết ngày 31/12/2027 (Quyết định số 45/QĐ-UBND ngày 06/01/2026). Quý I năm 2026, Ban tiếp nhận 1.235 hồ sơ TTHC; tỷ lệ tiếp nhận trực tuyến đạt 92,4% (chỉ tiêu năm 2026 của Ban: tối thiểu 95%).",
    ], signer=BAO),
    report(_f(2026, "150_BC-BQL_20260703.pdf"), "pdf", "150/BC-BQL", "2026-07-03", "quý II và 6 tháng đầu năm 2026", [
        "1. Cải cách thủ tục hành chính: hướng dẫn nộp hồ sơ lĩnh vực đầu tư trực tuyến toàn trình từ ngày 01/5/2026 (Công văn số 120/BQL-QLĐTDN ngày 15/4/2026). Quý II năm 2026, Ban tiếp nhận 1.373 hồ sơ TTHC; lũy kế 6 tháng đầu năm 2026 tiếp nhận 2.608 hồ sơ; tỷ lệ tiếp nhận trực tuyến 6 tháng đạt 92,9%.",
        "[[TABLE]]",
    ], signer=BAO, table=[["Chỉ tiêu", "Quý I/2026", "Quý II/2026", "6 tháng"], ["Hồ sơ tiếp nhận", "1.235", "1.373", "2.608"], ["Tỷ lệ trực tuyến", "92,4%", "93,3%", "92,9%"]]),
    report(_f(2026, "198_BC-BQL_20261006.pdf"), "pdf", "198/BC-BQL", "2026-10-06", "quý III năm 2026", [
        "1. Công tác chỉ đạo, điều hành: ban hành Quy chế quản lý, sử dụng chữ ký số và văn bản điện tử (Quyết định số 96/QĐ-BQL ngày 20/7/2026, có hiệu lực từ ngày 01/8/2026) và Quy chế tổ chức và hoạt động của Bộ phận Một cửa (Quyết định số 110/QĐ-BQL ngày 10/9/2026).",
        "2. Công tác kiểm tra: quý III kiểm tra 02 phòng, đơn vị; lũy kế 9 tháng kiểm tra 04 phòng, đơn vị (kế hoạch năm 05 phòng, đơn vị tại Kế hoạch số 14/KH-BQL ngày 09/02/2026).",
        "3. Cải cách thủ tục hành chính: quý III năm 2026 (từ ngày 01/7/2026 đến ngày 30/9/2026), Ban tiếp nhận 1.412 hồ sơ TTHC; lũy kế 9 tháng năm 2026 tiếp nhận 4.020 hồ sơ; tỷ lệ tiếp nhận trực tuyến quý III đạt 93,6%, lũy kế 9 tháng đạt 93,1%; giải quyết đúng hạn quý III 99,8%; 9 tháng giải quyết theo ủy quyền 196 hồ sơ (Quyết định số 45/QĐ-UBND ngày 06/01/2026).",
        "4. Chính quyền số: tỷ lệ hồ sơ TTHC được số hóa đạt 95,2% (thực hiện Công văn số 352/BQL-VP ngày 25/8/2026).",
    ], signer=BAO),
]
