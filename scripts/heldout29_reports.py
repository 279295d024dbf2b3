"""Twenty-ninth held-out archive: the REPORTS and the province's decisions on TTHC and on the CCHC
index. The Sở Du lịch of tỉnh Ninh Thủy (fictional). Do not tune on it.

- the Sở's CCHC reports of quý I, 6 tháng, quý III và 9 tháng and năm, 2023 – quý III 2026, each
  area with the period's figures (in prose, and in a table in the DOCX ones), "cùng kỳ" and
  "lũy kế", the plan's target beside the result; the year reports of 2024 and 2025 signed in
  December with 11 months and an ESTIMATE ("ước thực hiện cả năm"), the official figure sent in
  January (a Công văn) and restated in the next quý I report; the six months of 2026 corrected in
  the quý III report;
- the province's reports (…/BC-UBND) on reform in the tourism sector, drafted by the Sở, with
  province-wide figures, and the UBND tỉnh's report on tourism activity (sector statistics);
- the Chủ tịch's decisions announcing the list of TTHC lĩnh vực du lịch and the CCHC index.

Facts in ``bench/data/heldout29_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout29_common import (
    ANH,
    CT_WHO,
    LOCAL,
    LOCAL25,
    ND61B,
    NQ76,
    PHUONG,
    TAM,
    THINH,
    TO_REPORT,
    TO_UBBC,
    TO_UBQD,
    UB,
    Doc,
    decision,
)

END = "Sở Du lịch báo cáo để UBND tỉnh, Sở Nội vụ biết, tổng hợp./."
TASKS = "Tiếp tục thực hiện các nhiệm vụ cải cách hành chính theo kế hoạch; nâng cao tỷ lệ hồ sơ trực tuyến toàn trình, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết TTHC; nâng cao mức độ hài lòng của tổ chức, cá nhân."


def report(file: str, fmt: str, number: str, iso: str, title: str, paras: list[str], *, signer: tuple[str, ...] = PHUONG, table: list[list[str]] | None = None) -> Doc:
    """One of the Sở's CCHC reports: the opening, the areas as written, the tasks, the close."""
    body = [f"Sở Du lịch báo cáo kết quả thực hiện công tác cải cách hành chính {title} như sau:", "I. KẾT QUẢ THỰC HIỆN", *paras, "II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", TASKS, END]
    return Doc(file, fmt, number, iso, "BÁO CÁO", f"Kết quả thực hiện công tác cải cách hành chính {title}", "\n\n".join(body), signer, TO_REPORT, table=table)


REPORTS = [
    # ------------------------------------------------------------ 2023
    report("2023/BC CCHC quy I 2023.docx", "docx", "32/BC-SDL", "2023-04-07", "quý I năm 2023", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 08/KH-SDL ngày 12/01/2023 về cải cách hành chính năm 2023; kiện toàn Tổ giúp việc công tác cải cách hành chính (Quyết định số 15/QĐ-SDL ngày 06/02/2023).",
        "2. Cải cách thủ tục hành chính: Sở đang thực hiện 38 TTHC thuộc thẩm quyền giải quyết. Quý I năm 2023, Sở tiếp nhận 812 hồ sơ; giải quyết đúng hạn 810 hồ sơ, quá hạn 02 hồ sơ; tiếp nhận trực tuyến 447 hồ sơ, đạt 55,0%.",
        "3. Xây dựng chính quyền số: 98,7% văn bản đi được ký số, phát hành trên Hệ thống quản lý văn bản và điều hành.",
    ]),
    report("2023/BC CCHC 6 thang 2023.pdf", "pdf", "88/BC-SDL", "2023-07-06", "6 tháng đầu năm 2023", [
        "1. Công tác chỉ đạo, điều hành: ban hành Quy chế làm việc của Sở (Quyết định số 42/QĐ-SDL ngày 18/4/2023); tham mưu UBND tỉnh công bố Danh mục 38 TTHC lĩnh vực du lịch (Quyết định số 1120/QĐ-UBND ngày 20/6/2023).",
        "2. Cải cách thủ tục hành chính: 6 tháng đầu năm 2023, Sở tiếp nhận 1.717 hồ sơ (quý II: 905 hồ sơ); giải quyết đúng hạn 1.713 hồ sơ, quá hạn 04 hồ sơ; tiếp nhận trực tuyến 969 hồ sơ, đạt 56,4%.",
    ]),
    report("2023/BC CCHC quy III 2023.txt", "txt", "131/BC-SDL", "2023-10-06", "quý III và 9 tháng năm 2023", [
        "1. Công tác chỉ đạo, điều hành: tổ chức tập huấn nghiệp vụ giải quyết TTHC cho công chức Bộ phận Một cửa; xây dựng dự thảo Quy chế phối hợp với Phòng Văn hóa và Thông tin các huyện, thành phố trong giải quyết TTHC lĩnh vực du lịch.",
        "2. Cải cách thủ tục hành chính: quý III năm 2023, Sở tiếp nhận 978 hồ sơ; lũy kế 9 tháng năm 2023 tiếp nhận 2.695 hồ sơ, tiếp nhận trực tuyến 1.545 hồ sơ, đạt 57,3%.",
    ]),
    report("2023/BC CCHC nam 2023.docx", "docx", "175/BC-SDL", "2023-12-14", "năm 2023", [
        "1. Công tác chỉ đạo, điều hành: hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023 (Công văn số 1012/SDL-CCHC ngày 15/11/2023).",
        "2. Cải cách thủ tục hành chính: năm 2023 (số liệu từ ngày 15/12/2022 đến ngày 14/12/2023), Sở tiếp nhận 3.541 hồ sơ; giải quyết đúng hạn 3.533 hồ sơ, quá hạn 08 hồ sơ; tiếp nhận trực tuyến 2.064 hồ sơ, đạt 58,3%, vượt chỉ tiêu tối thiểu 50% tại Kế hoạch số 08/KH-SDL ngày 12/01/2023.",
        "3. Cải cách tổ chức bộ máy: cơ cấu tổ chức của Sở gồm 05 phòng chuyên môn và 02 đơn vị sự nghiệp.",
    ], signer=TAM),
    # ------------------------------------------------------------ 2024
    report("2024/BC CCHC quy I 2024.docx", "docx", "35/BC-SDL", "2024-04-09", "quý I năm 2024", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 22/KH-SDL ngày 22/01/2024 về tuyên truyền cải cách hành chính năm 2024; UBND tỉnh phê duyệt kết quả Chỉ số cải cách hành chính năm 2023 tại Quyết định số 402/QĐ-UBND ngày 26/3/2024: Sở Du lịch đạt 85,36 điểm, xếp thứ 9/19 sở, ban, ngành.",
        "2. Cải cách thủ tục hành chính: quý I năm 2024, Sở tiếp nhận 880 hồ sơ (cùng kỳ năm 2023: 812 hồ sơ); giải quyết đúng hạn 879 hồ sơ, quá hạn 01 hồ sơ; tiếp nhận trực tuyến 598 hồ sơ, đạt 68,0%.",
    ]),
    report("2024/BC CCHC 6 thang 2024.docx", "docx", "92/BC-SDL", "2024-07-08", "6 tháng đầu năm 2024", [
        "1. Công tác chỉ đạo, điều hành: ban hành Quy trình nội bộ cấp, cấp lại, đổi thẻ hướng dẫn viên du lịch trực tuyến toàn trình (Quyết định số 66/QĐ-SDL ngày 08/5/2024); kiểm tra công tác cải cách hành chính theo Kế hoạch số 30/KH-SDL ngày 01/3/2024.",
        "2. Cải cách thủ tục hành chính: 6 tháng đầu năm 2024, Sở tiếp nhận 1.848 hồ sơ (quý II: 968 hồ sơ; cùng kỳ năm 2023: 1.717 hồ sơ); giải quyết đúng hạn 1.845 hồ sơ, quá hạn 03 hồ sơ; tiếp nhận trực tuyến 1.279 hồ sơ, đạt 69,2%.",
    ]),
    report("2024/BC CCHC quy III 2024.pdf", "pdf", "139/BC-SDL", "2024-10-08", "quý III và 9 tháng năm 2024", [
        "1. Công tác chỉ đạo, điều hành: Quy trình nội bộ cấp thẻ hướng dẫn viên du lịch trực tuyến toàn trình (Quyết định số 66/QĐ-SDL ngày 08/5/2024) vận hành ổn định.",
        "2. Cải cách thủ tục hành chính: quý III năm 2024, Sở tiếp nhận 1.021 hồ sơ (cùng kỳ năm 2023: 978 hồ sơ); lũy kế 9 tháng năm 2024 tiếp nhận 2.869 hồ sơ (cùng kỳ năm 2023: 2.695 hồ sơ), tiếp nhận trực tuyến 2.021 hồ sơ, đạt 70,4%.",
    ]),
    report("2024/BC CCHC nam 2024.docx", "docx", "181/BC-SDL", "2024-12-12", "năm 2024", [
        "1. Công tác chỉ đạo, điều hành: hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 (Công văn số 1040/SDL-CCHC ngày 13/11/2024).",
        "2. Công tác tuyên truyền: đăng tải 52 tin, bài về cải cách hành chính trên Cổng thông tin điện tử của Sở.",
        "3. Cải cách thể chế: tham mưu UBND tỉnh ban hành 01 văn bản quy phạm pháp luật; rà soát 12 văn bản quy phạm pháp luật thuộc lĩnh vực du lịch.",
        "4. Cải cách thủ tục hành chính: Sở đang thực hiện 38 TTHC thuộc thẩm quyền giải quyết. Từ ngày 01/01/2024 đến ngày 30/11/2024, Sở tiếp nhận 3.540 hồ sơ; giải quyết đúng hạn 3.534 hồ sơ, quá hạn 06 hồ sơ; tiếp nhận trực tuyến 2.535 hồ sơ, đạt 71,6%. Ước thực hiện cả năm 2024: tiếp nhận khoảng 3.900 hồ sơ; tỷ lệ trực tuyến ước đạt 71%, vượt chỉ tiêu tối thiểu 70% tại Kế hoạch số 186/KH-SDL ngày 26/12/2023. Tỷ lệ hài lòng của tổ chức, cá nhân đạt 97,1%.",
        "5. Cải cách tổ chức bộ máy: cơ cấu tổ chức của Sở gồm 05 phòng chuyên môn và 02 đơn vị sự nghiệp.",
        "6. Cải cách chế độ công vụ: biên chế công chức được giao năm 2024 là 41 biên chế; cử 17 lượt công chức tham gia đào tạo, bồi dưỡng.",
    ], signer=TAM),
    # ------------------------------------------------------------ 2025
    report("2025/BC CCHC quy I 2025.docx", "docx", "38/BC-SDL", "2025-04-08", "quý I năm 2025", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 20/KH-SDL ngày 20/01/2025 về tuyên truyền và Kế hoạch số 31/KH-SDL ngày 27/02/2025 về kiểm tra công tác cải cách hành chính năm 2025; kiện toàn Tổ giúp việc công tác cải cách hành chính tại Quyết định số 09/QĐ-SDL ngày 16/01/2025; UBND tỉnh phê duyệt kết quả Chỉ số cải cách hành chính năm 2024 tại Quyết định số 388/QĐ-UBND ngày 21/3/2025: Sở Du lịch đạt 88,12 điểm, xếp thứ 6/19 sở, ban, ngành.",
        "2. Công tác tuyên truyền: đăng tải 14 tin, bài về cải cách hành chính.",
        "3. Cải cách thể chế: trình UBND tỉnh dự thảo Quy định quản lý khu du lịch, điểm du lịch trên địa bàn tỉnh (Tờ trình số 12/TTr-SDL ngày 14/02/2025).",
        "4. Cải cách thủ tục hành chính: Sở đang thực hiện 38 TTHC thuộc thẩm quyền giải quyết. Quý I năm 2025, Sở tiếp nhận 925 hồ sơ (cùng kỳ năm 2024: 880 hồ sơ); giải quyết đúng hạn 922 hồ sơ, quá hạn 03 hồ sơ; tỷ lệ tiếp nhận trực tuyến đạt 74,2% (chỉ tiêu năm 2025: tối thiểu 80%); tỷ lệ hồ sơ trực tuyến toàn trình đạt 51,3%; tỷ lệ thanh toán trực tuyến đạt 35,6%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 68,0%; tỷ lệ hài lòng đạt 97,6%. Số liệu chính thức năm 2024 đã được báo cáo tại Công văn số 45/SDL-VP ngày 10/01/2025.",
        "5. Xây dựng chính quyền số: công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 (Quyết định số 33/QĐ-SDL ngày 12/3/2025).",
        "[[TABLE]]",
    ], table=[["Chỉ tiêu", "Quý I/2025", "Cùng kỳ 2024"], ["Hồ sơ tiếp nhận", "925", "880"], ["Giải quyết đúng hạn", "922", "879"], ["Quá hạn", "03", "01"], ["Tỷ lệ trực tuyến", "74,2%", "68,0%"]]),
    report("2025/BC CCHC 6 thang 2025.pdf", "pdf", "97/BC-SDL", "2025-07-07", "6 tháng đầu năm 2025", [
        "1. Công tác chỉ đạo, điều hành: tham mưu UBND tỉnh công bố Danh mục 34 TTHC lĩnh vực du lịch tại Quyết định số 845/QĐ-UBND ngày 16/5/2025, thay thế Quyết định số 1120/QĐ-UBND ngày 20/6/2023; ban hành Quy trình nội bộ giải quyết TTHC lĩnh vực du lịch (Quyết định số 81/QĐ-SDL ngày 20/6/2025), áp dụng từ ngày 01/7/2025.",
        "2. Công tác tuyên truyền: đăng tải 31 tin, bài; phối hợp Đài Phát thanh và Truyền hình tỉnh thực hiện 06 buổi phát sóng chuyên mục cải cách hành chính.",
        "3. Cải cách thể chế: tham mưu UBND tỉnh ban hành Quyết định số 08/2025/QĐ-UBND ngày 10/4/2025 quy định quản lý khu du lịch, điểm du lịch trên địa bàn tỉnh.",
        "4. Cải cách thủ tục hành chính: Sở đang thực hiện 34 TTHC thuộc thẩm quyền giải quyết. 6 tháng đầu năm 2025, Sở tiếp nhận 1.959 hồ sơ (quý II: 1.034 hồ sơ; cùng kỳ năm 2024: 1.848 hồ sơ); giải quyết đúng hạn 1.954 hồ sơ, quá hạn 05 hồ sơ; tỷ lệ tiếp nhận trực tuyến đạt 76,8%; trực tuyến toàn trình 55,0%; thanh toán trực tuyến 38,9%; số hóa hồ sơ 72,5%; tỷ lệ hài lòng 97,9%.",
    ]),
    report("2025/BC CCHC quy III 2025.docx", "docx", "141/BC-SDL", "2025-10-08", "quý III và 9 tháng năm 2025", [
        "1. Công tác chỉ đạo, điều hành: bãi bỏ Quyết định số 130/QĐ-SDL ngày 20/10/2023 tại Quyết định số 92/QĐ-SDL ngày 08/7/2025 do Phòng Văn hóa và Thông tin các huyện, thành phố chấm dứt hoạt động từ ngày 01/7/2025; ban hành Quy chế làm việc của Sở tại Quyết định số 118/QĐ-SDL ngày 10/9/2025, áp dụng từ ngày 01/10/2025.",
        "2. Cải cách thủ tục hành chính: quý III năm 2025, Sở tiếp nhận 1.102 hồ sơ (cùng kỳ năm 2024: 1.021 hồ sơ); lũy kế 9 tháng năm 2025 tiếp nhận 3.061 hồ sơ (cùng kỳ năm 2024: 2.869 hồ sơ); giải quyết đúng hạn 3.055 hồ sơ, quá hạn 06 hồ sơ; tỷ lệ tiếp nhận trực tuyến 9 tháng đạt 78,4%.",
        "[[TABLE]]",
    ], table=[["Chỉ tiêu", "Quý I", "Quý II", "Quý III", "Lũy kế 9 tháng"], ["Hồ sơ tiếp nhận", "925", "1.034", "1.102", "3.061"], ["Cùng kỳ năm 2024", "880", "968", "1.021", "2.869"]]),
    report("2025/BC CCHC nam 2025.docx", "docx", "168/BC-SDL", "2025-12-10", "năm 2025", [
        "1. Công tác chỉ đạo, điều hành: hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 (Công văn số 1088/SDL-CCHC ngày 14/11/2025). Chỉ số cải cách hành chính năm 2024 của Sở đạt 88,12 điểm, xếp thứ 6/19 (Quyết định số 388/QĐ-UBND ngày 21/3/2025).",
        "2. Công tác kiểm tra: kiểm tra công tác cải cách hành chính tại 05 phòng, đơn vị thuộc Sở theo Kế hoạch số 31/KH-SDL ngày 27/02/2025 (kế hoạch 06 phòng, đơn vị; 01 đơn vị chuyển sang năm 2026 do sắp xếp); kết quả tại Thông báo số 26/TB-SDL ngày 22/10/2025.",
        "3. Công tác tuyên truyền: đăng tải 68 tin, bài về cải cách hành chính (kế hoạch 60 tin, bài); thực hiện 12 buổi phát sóng chuyên mục cải cách hành chính.",
        "4. Cải cách thể chế: tham mưu UBND tỉnh ban hành 02 văn bản quy phạm pháp luật (trong đó có Quyết định số 08/2025/QĐ-UBND ngày 10/4/2025); rà soát 17 văn bản quy phạm pháp luật.",
        "5. Cải cách thủ tục hành chính: Sở đang thực hiện 34 TTHC thuộc thẩm quyền giải quyết. Từ ngày 01/01/2025 đến ngày 30/11/2025, Sở tiếp nhận 3.871 hồ sơ; giải quyết đúng hạn 3.864 hồ sơ, quá hạn 07 hồ sơ; tỷ lệ tiếp nhận trực tuyến đạt 79,3%; trực tuyến toàn trình 58,7%; thanh toán trực tuyến 42,5%; số hóa hồ sơ 81,2%; tỷ lệ hài lòng đạt 98,1% (chỉ tiêu kế hoạch 95%). Ước thực hiện cả năm 2025: tiếp nhận khoảng 4.250 hồ sơ; tỷ lệ trực tuyến ước đạt 80%, đạt chỉ tiêu tối thiểu 80% tại Kế hoạch số 190/KH-SDL ngày 24/12/2024. So với năm 2024 (3.906 hồ sơ), số hồ sơ ước tăng 8,8%.",
        "6. Cải cách tổ chức bộ máy: sau sắp xếp, cơ cấu tổ chức của Sở gồm 04 phòng chuyên môn và 01 đơn vị sự nghiệp (năm 2024: 05 phòng chuyên môn và 02 đơn vị sự nghiệp).",
        "7. Cải cách chế độ công vụ: biên chế công chức được giao năm 2025 là 38 biên chế; cử 21 lượt công chức tham gia đào tạo, bồi dưỡng.",
        "8. Cải cách tài chính công: tỷ lệ giải ngân kế hoạch vốn đầu tư công năm 2025 đến ngày 30/11/2025 đạt 87,3%; ước cả năm đạt 96,5%.",
        "9. Xây dựng chính quyền số: 99,6% văn bản điện tử được ký số; 92,4% hồ sơ công việc được xử lý trên môi trường mạng.",
        "[[TABLE]]",
    ], signer=TAM, table=[["Chỉ tiêu", "11 tháng năm 2025", "Ước cả năm 2025", "Năm 2024", "Kế hoạch 2025"], ["Hồ sơ tiếp nhận", "3.871", "4.250", "3.906", "—"], ["Tỷ lệ trực tuyến", "79,3%", "80%", "72,0%", "80%"], ["Tỷ lệ hài lòng", "98,1%", "—", "97,4%", "95%"]]),
    # ------------------------------------------------------------ 2026
    report("2026/BC CCHC quy I 2026.docx", "docx", "26/BC-SDL", "2026-04-08", "quý I năm 2026", [
        "1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch số 18/KH-SDL ngày 19/01/2026 về tuyên truyền, Kế hoạch số 29/KH-SDL ngày 26/02/2026 về kiểm tra công tác cải cách hành chính và Kế hoạch số 40/KH-SDL ngày 10/3/2026 về chuyển đổi số năm 2026; UBND tỉnh phê duyệt kết quả Chỉ số cải cách hành chính năm 2025 tại Quyết định số 371/QĐ-UBND ngày 24/3/2026: Sở Du lịch đạt 90,47 điểm, xếp thứ 3/17 sở, ban, ngành; sửa đổi Điều 7 Quy chế làm việc của Sở (Quyết định số 21/QĐ-SDL ngày 02/3/2026).",
        "2. Số liệu chính thức năm 2025 (thay số liệu ước tại Báo cáo số 168/BC-SDL ngày 10/12/2025): năm 2025, Sở tiếp nhận 4.218 hồ sơ; giải quyết đúng hạn 4.210 hồ sơ, quá hạn 08 hồ sơ; tiếp nhận trực tuyến 3.400 hồ sơ, đạt 80,6%; tỷ lệ giải ngân kế hoạch vốn đầu tư công năm 2025 đạt 97,2%.",
        "3. Cải cách thủ tục hành chính: Sở đang thực hiện 34 TTHC thuộc thẩm quyền giải quyết. Quý I năm 2026, Sở tiếp nhận 1.012 hồ sơ (cùng kỳ năm 2025: 925 hồ sơ); giải quyết đúng hạn 1.011 hồ sơ, quá hạn 01 hồ sơ; tỷ lệ tiếp nhận trực tuyến đạt 82,3% (chỉ tiêu năm 2026: tối thiểu 85%); trực tuyến toàn trình 61,4%; thanh toán trực tuyến 41,2%; số hóa hồ sơ 84,0%; tỷ lệ hài lòng 98,3%.",
        "[[TABLE]]",
    ], table=[["Chỉ tiêu", "Quý I/2026", "Cùng kỳ 2025", "Năm 2025 (chính thức)"], ["Hồ sơ tiếp nhận", "1.012", "925", "4.218"], ["Quá hạn", "01", "03", "08"], ["Tỷ lệ trực tuyến", "82,3%", "74,2%", "80,6%"]]),
    report("2026/BC CCHC 6 thang 2026.docx", "docx", "95/BC-SDL", "2026-07-07", "6 tháng đầu năm 2026", [
        "1. Công tác chỉ đạo, điều hành: đính chính số liệu quý I năm 2026 (Công văn số 512/SDL-VP ngày 06/5/2026); đôn đốc các phòng, đơn vị báo cáo số liệu giải quyết TTHC có chốt ngày.",
        "2. Công tác tuyên truyền: đăng tải 36 tin, bài (kế hoạch năm 2026: 70 tin, bài); thực hiện 07 buổi phát sóng chuyên mục cải cách hành chính.",
        "3. Cải cách thể chế: rà soát 09 văn bản quy phạm pháp luật thuộc lĩnh vực du lịch.",
        "4. Cải cách thủ tục hành chính: Sở đang thực hiện 34 TTHC thuộc thẩm quyền giải quyết. 6 tháng đầu năm 2026, Sở tiếp nhận 2.110 hồ sơ (quý II: 1.098 hồ sơ; cùng kỳ năm 2025: 1.959 hồ sơ); giải quyết đúng hạn 2.107 hồ sơ, quá hạn 03 hồ sơ; tiếp nhận trực tuyến 1.752 hồ sơ, đạt 83,0%; trực tuyến toàn trình 63,8%; thanh toán trực tuyến 49,5%; số hóa hồ sơ 86,7%; tỷ lệ hài lòng 98,4%.",
        "5. Cải cách chế độ công vụ: biên chế công chức được giao năm 2026 là 36 biên chế; cử 11 lượt công chức tham gia đào tạo, bồi dưỡng.",
        "6. Cải cách tài chính công: tỷ lệ giải ngân kế hoạch vốn đầu tư công năm 2026 đến ngày 30/6/2026 đạt 41,8%.",
        "7. Xây dựng chính quyền số: 99,8% văn bản điện tử được ký số; 95,1% hồ sơ công việc được xử lý trên môi trường mạng.",
        "[[TABLE]]",
    ], table=[["Chỉ tiêu", "Quý I", "Quý II", "6 tháng 2026", "Cùng kỳ 2025"], ["Hồ sơ tiếp nhận", "1.012", "1.098", "2.110", "1.959"], ["Tiếp nhận trực tuyến", "—", "—", "1.752", "—"], ["Tỷ lệ hài lòng", "98,3%", "—", "98,4%", "97,9%"]]),
    report("2026/BC CCHC quy III 2026.docx", "docx", "152/BC-SDL", "2026-10-09", "quý III và 9 tháng năm 2026", [
        "1. Công tác chỉ đạo, điều hành: tham mưu UBND tỉnh công bố Danh mục TTHC bị bãi bỏ lĩnh vực du lịch (Quyết định số 1502/QĐ-UBND ngày 12/8/2026); đôn đốc số hóa hồ sơ, kết quả giải quyết TTHC (Công văn số 702/SDL-CCHC ngày 16/7/2026).",
        "2. Công tác kiểm tra: điều chỉnh Kế hoạch kiểm tra năm 2026 tại Kế hoạch số 104/KH-SDL ngày 20/7/2026; thành lập Đoàn kiểm tra (Quyết định số 97/QĐ-SDL ngày 10/8/2026), quý III kiểm tra 03 phòng, đơn vị thuộc Sở.",
        "3. Công tác tuyên truyền: quý III đăng tải 19 tin, bài; lũy kế 9 tháng 55 tin, bài.",
        "4. Cải cách thủ tục hành chính: từ ngày 12/8/2026, Sở thực hiện 33 TTHC thuộc thẩm quyền giải quyết. Quý III năm 2026, Sở tiếp nhận 1.187 hồ sơ (cùng kỳ năm 2025: 1.102 hồ sơ); giải quyết đúng hạn 1.186 hồ sơ, quá hạn 01 hồ sơ; tiếp nhận trực tuyến 1.033 hồ sơ, đạt 87,0%, vượt chỉ tiêu tối thiểu 85% tại Kế hoạch số 178/KH-SDL ngày 23/12/2025; trực tuyến toàn trình 66,2%; thanh toán trực tuyến 52,3%; số hóa hồ sơ 89,5%; tỷ lệ hài lòng 98,6%. Lũy kế 9 tháng năm 2026, Sở tiếp nhận 3.297 hồ sơ (cùng kỳ năm 2025: 3.061 hồ sơ); quá hạn 04 hồ sơ; tiếp nhận trực tuyến 2.811 hồ sơ, đạt 85,3%.",
        "5. Điều chỉnh số liệu: số hồ sơ tiếp nhận trực tuyến 6 tháng đầu năm 2026 đã báo cáo tại Báo cáo số 95/BC-SDL ngày 07/7/2026 là 1.752 hồ sơ (83,0%), nay điều chỉnh thành 1.778 hồ sơ (84,3%) do bổ sung 26 hồ sơ nộp qua Cổng Dịch vụ công quốc gia chưa được đồng bộ về Hệ thống thông tin giải quyết TTHC của tỉnh. Số liệu lũy kế 9 tháng đã được điều chỉnh tương ứng.",
        "6. Cải cách tài chính công: tỷ lệ giải ngân kế hoạch vốn đầu tư công năm 2026 đến ngày 30/9/2026 đạt 68,9%.",
        "7. Xây dựng chính quyền số: quý III, 99,9% văn bản điện tử được ký số.",
        "[[TABLE]]",
    ], table=[["Chỉ tiêu", "Quý III/2026", "Lũy kế 9 tháng", "Cùng kỳ quý III/2025", "Cùng kỳ 9 tháng 2025"], ["Hồ sơ tiếp nhận", "1.187", "3.297", "1.102", "3.061"], ["Tiếp nhận trực tuyến", "1.033", "2.811", "—", "—"], ["Tỷ lệ trực tuyến", "87,0%", "85,3%", "—", "78,4%"]]),
]

# ------------------------------------------------------------------ the province's reports (drafted by the Sở)


def province(file: str, fmt: str, number: str, iso: str, title: str, para: str, signer: tuple[str, ...] = ANH) -> Doc:
    body = [
        f"Thực hiện chế độ báo cáo định kỳ, UBND tỉnh Ninh Thủy báo cáo kết quả cải cách hành chính trong lĩnh vực du lịch {title} như sau:",
        "I. KẾT QUẢ THỰC HIỆN",
        para,
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
        "Tiếp tục đơn giản hóa TTHC lĩnh vực du lịch; nâng cao tỷ lệ hồ sơ trực tuyến toàn trình và mức độ hài lòng của doanh nghiệp, hướng dẫn viên du lịch.",
        f"UBND tỉnh Ninh Thủy báo cáo Bộ Văn hóa, Thể thao và Du lịch kết quả cải cách hành chính trong lĩnh vực du lịch {title}./.",
    ]
    return Doc(file, fmt, number, iso, "BÁO CÁO", f"Kết quả cải cách hành chính trong lĩnh vực du lịch {title}", "\n\n".join(body), signer, TO_UBBC, issuer=UB)


PROVINCE = [
    province("2025/BC UBND tinh CCHC linh vuc du lich 2025.pdf", "pdf", "318/BC-UBND", "2025-12-22", "năm 2025",
             "Tính đến ngày 15/12/2025, các cơ quan giải quyết TTHC lĩnh vực du lịch trên địa bàn tỉnh (Sở Du lịch và UBND cấp huyện, cấp xã) tiếp nhận 5.960 hồ sơ, trong đó trực tuyến 4.756 hồ sơ, đạt 79,8%; Danh mục 34 TTHC lĩnh vực du lịch thuộc thẩm quyền giải quyết của Sở Du lịch được công bố tại Quyết định số 845/QĐ-UBND ngày 16/5/2025.",
             THINH),
    province("2026/BC UBND tinh CCHC linh vuc du lich 6 thang 2026.docx", "docx", "176/BC-UBND", "2026-07-14", "6 tháng đầu năm 2026",
             "6 tháng đầu năm 2026, các cơ quan giải quyết TTHC lĩnh vực du lịch trên địa bàn tỉnh (Sở Du lịch và UBND các xã, phường) tiếp nhận 2.985 hồ sơ, trong đó trực tuyến 2.424 hồ sơ, đạt 81,2%; Chỉ số cải cách hành chính năm 2025 của Sở Du lịch được phê duyệt tại Quyết định số 371/QĐ-UBND ngày 24/3/2026."),
    province("2026/BC UBND tinh CCHC linh vuc du lich 9 thang 2026.docx", "docx", "254/BC-UBND", "2026-10-14", "quý III và 9 tháng năm 2026",
             "9 tháng năm 2026, các cơ quan giải quyết TTHC lĩnh vực du lịch trên địa bàn tỉnh tiếp nhận 4.720 hồ sơ (riêng quý III: 1.735 hồ sơ), trong đó trực tuyến 3.965 hồ sơ, đạt 84,0%; bãi bỏ 01 TTHC lĩnh vực du lịch tại Quyết định số 1502/QĐ-UBND ngày 12/8/2026."),
]

# The UBND tỉnh's report on tourism activity: SECTOR statistics, not reform figures.
TOURISM_2025 = Doc(
    "2026/BC UBND tinh tinh hinh hoat dong du lich 2025.pdf", "pdf", "12/BC-UBND", "2026-01-12", "BÁO CÁO",
    "Tình hình hoạt động du lịch năm 2025 và nhiệm vụ năm 2026",
    "I. TÌNH HÌNH HOẠT ĐỘNG DU LỊCH NĂM 2025\n\nNăm 2025, tỉnh Ninh Thủy đón 4,85 triệu lượt khách du lịch (tăng 11,2% so với năm 2024), trong đó 612 nghìn lượt khách quốc tế; tổng thu từ khách du lịch đạt 9.870 tỷ đồng. Toàn tỉnh có 486 cơ sở lưu trú du lịch với 9.140 buồng, trong đó 38 cơ sở được công nhận hạng từ 1 đến 5 sao.\n\nII. NHIỆM VỤ NĂM 2026\n\nĐẩy mạnh xúc tiến, quảng bá du lịch; phấn đấu đón 5,3 triệu lượt khách, tổng thu từ khách du lịch đạt 10.900 tỷ đồng.\n\nUBND tỉnh Ninh Thủy báo cáo Bộ Văn hóa, Thể thao và Du lịch./.",
    ANH, TO_UBBC, issuer=UB)

# ------------------------------------------------------------------ the Chủ tịch's decisions


def _ubqd(file: str, fmt: str, number: str, iso: str, subject: str, grounds: list[str], articles: str, signer: tuple[str, ...] = ANH, annex: str = "") -> Doc:
    return Doc(file, fmt, number, iso, "QUYẾT ĐỊNH", subject, decision(CT_WHO, grounds, articles), signer, TO_UBQD, issuer=UB, annex=annex)


ART3 = "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Du lịch, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các {lower} và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
TTHC_ANNEX = "PHỤ LỤC\n\nDANH MỤC THỦ TỤC HÀNH CHÍNH {what}LĨNH VỰC DU LỊCH\n\n(Kèm theo Quyết định số {number} ngày {date} của Chủ tịch UBND tỉnh Ninh Thủy)\n\n{items}"
ITEMS = "1. Thủ tục cấp giấy phép kinh doanh dịch vụ lữ hành nội địa\n\n2. Thủ tục cấp giấy phép kinh doanh dịch vụ lữ hành quốc tế\n\n3. Thủ tục cấp thẻ hướng dẫn viên du lịch nội địa\n\n4. Thủ tục cấp thẻ hướng dẫn viên du lịch quốc tế\n\n5. Thủ tục công nhận hạng cơ sở lưu trú du lịch: hạng 1 sao, 2 sao, 3 sao\n\n…"

DECISIONS = [
    _ubqd("2023/QD 1120 cong bo TTHC linh vuc du lich.docx", "docx", "1120/QĐ-UBND", "2023-06-20",
          "Công bố Danh mục thủ tục hành chính lĩnh vực du lịch thuộc thẩm quyền giải quyết của Sở Du lịch tỉnh Ninh Thủy",
          [LOCAL, ND61B, "Theo đề nghị của Giám đốc Sở Du lịch."],
          "Điều 1. Công bố kèm theo Quyết định này Danh mục 38 thủ tục hành chính lĩnh vực du lịch thuộc thẩm quyền giải quyết của Sở Du lịch tỉnh Ninh Thủy.\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n" + ART3.format(lower="huyện, thành phố"),
          annex=TTHC_ANNEX.format(what="", number="1120/QĐ-UBND", date="20/6/2023", items=ITEMS + " (tổng số 38 thủ tục)")),
    _ubqd("2024/QD 402 phe duyet chi so CCHC 2023.docx", "docx", "402/QĐ-UBND", "2024-03-26",
          "Phê duyệt kết quả Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành tỉnh và UBND các huyện, thành phố",
          [LOCAL, NQ76, "Theo đề nghị của Giám đốc Sở Nội vụ."],
          "Điều 1. Phê duyệt kết quả Chỉ số cải cách hành chính năm 2023 của 19 sở, ban, ngành tỉnh và 08 UBND huyện, thành phố (chi tiết tại Phụ lục kèm theo).\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3.format(lower="huyện, thành phố").replace("Giám đốc Sở Du lịch", "Giám đốc Sở Nội vụ"),
          annex="PHỤ LỤC\n\nKẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA CÁC SỞ, BAN, NGÀNH TỈNH (trích)\n\nSTT | Cơ quan, đơn vị | Điểm | Xếp hạng\n\n1 | Sở Tư pháp | 91,02 | 1\n\n9 | Sở Du lịch | 85,36 | 9\n\nSở Du lịch: 85,36 điểm, xếp thứ 9/19."),
    _ubqd("2025/QD 388 phe duyet chi so CCHC 2024.pdf", "pdf", "388/QĐ-UBND", "2025-03-21",
          "Phê duyệt kết quả Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành tỉnh và UBND các huyện, thành phố",
          [LOCAL, NQ76, "Theo đề nghị của Giám đốc Sở Nội vụ."],
          "Điều 1. Phê duyệt kết quả Chỉ số cải cách hành chính năm 2024 của 19 sở, ban, ngành tỉnh và 08 UBND huyện, thành phố (chi tiết tại Phụ lục kèm theo).\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3.format(lower="huyện, thành phố").replace("Giám đốc Sở Du lịch", "Giám đốc Sở Nội vụ"),
          annex="PHỤ LỤC\n\nKẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA CÁC SỞ, BAN, NGÀNH TỈNH (trích)\n\nSTT | Cơ quan, đơn vị | Điểm | Xếp hạng\n\n1 | Sở Tư pháp | 92,15 | 1\n\n6 | Sở Du lịch | 88,12 | 6\n\nSở Du lịch: 88,12 điểm, xếp thứ 6/19."),
    _ubqd("2025/QD 08-2025 quy dinh quan ly khu diem du lich.docx", "docx", "08/2025/QĐ-UBND", "2025-04-10",
          "Ban hành Quy định quản lý khu du lịch, điểm du lịch trên địa bàn tỉnh Ninh Thủy",
          [LOCAL, "Theo đề nghị của Giám đốc Sở Du lịch."],
          "Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý khu du lịch, điểm du lịch trên địa bàn tỉnh Ninh Thủy.\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày 25 tháng 4 năm 2025.\n\n" + ART3.format(lower="huyện, thành phố"),
          signer=THINH),
    _ubqd("2025/QD 845 cong bo TTHC linh vuc du lich 2025.docx", "docx", "845/QĐ-UBND", "2025-05-16",
          "Công bố Danh mục thủ tục hành chính lĩnh vực du lịch thuộc thẩm quyền giải quyết của Sở Du lịch tỉnh Ninh Thủy",
          [LOCAL, ND61B, "Theo đề nghị của Giám đốc Sở Du lịch."],
          "Điều 1. Công bố kèm theo Quyết định này Danh mục 34 thủ tục hành chính lĩnh vực du lịch thuộc thẩm quyền giải quyết của Sở Du lịch tỉnh Ninh Thủy.\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 1120/QĐ-UBND ngày 20/6/2023 của Chủ tịch UBND tỉnh công bố Danh mục thủ tục hành chính lĩnh vực du lịch.\n\n" + ART3.format(lower="huyện, thành phố"),
          annex=TTHC_ANNEX.format(what="", number="845/QĐ-UBND", date="16/5/2025", items=ITEMS + " (tổng số 34 thủ tục)")),
    _ubqd("2026/QD 371 phe duyet chi so CCHC 2025.docx", "docx", "371/QĐ-UBND", "2026-03-24",
          "Phê duyệt kết quả Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành tỉnh và UBND các xã, phường",
          [LOCAL25, NQ76, "Theo đề nghị của Giám đốc Sở Nội vụ."],
          "Điều 1. Phê duyệt kết quả Chỉ số cải cách hành chính năm 2025 của 17 sở, ban, ngành tỉnh và 52 UBND xã, phường (chi tiết tại Phụ lục kèm theo).\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + ART3.format(lower="xã, phường").replace("Giám đốc Sở Du lịch", "Giám đốc Sở Nội vụ"),
          signer=THINH,
          annex="PHỤ LỤC\n\nKẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA CÁC SỞ, BAN, NGÀNH TỈNH (trích)\n\nSTT | Cơ quan, đơn vị | Điểm | Xếp hạng\n\n1 | Sở Tư pháp | 92,60 | 1\n\n3 | Sở Du lịch | 90,47 | 3\n\nSở Du lịch: 90,47 điểm, xếp thứ 3/17."),
    _ubqd("2026/QD 1502 bai bo 01 TTHC du lich.txt", "txt", "1502/QĐ-UBND", "2026-08-12",
          "Công bố Danh mục thủ tục hành chính bị bãi bỏ lĩnh vực du lịch thuộc thẩm quyền giải quyết của Sở Du lịch tỉnh Ninh Thủy",
          [LOCAL25, ND61B, "Theo đề nghị của Giám đốc Sở Du lịch."],
          "Điều 1. Công bố kèm theo Quyết định này Danh mục 01 thủ tục hành chính bị bãi bỏ lĩnh vực du lịch thuộc thẩm quyền giải quyết của Sở Du lịch tỉnh Ninh Thủy.\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký. Bãi bỏ 01 thủ tục hành chính có số thứ tự 21 (Thủ tục cấp lại giấy phép kinh doanh dịch vụ lữ hành nội địa) tại Danh mục ban hành kèm theo Quyết định số 845/QĐ-UBND ngày 16/5/2025 của Chủ tịch UBND tỉnh; các thủ tục hành chính khác tại Quyết định số 845/QĐ-UBND giữ nguyên hiệu lực.\n\n" + ART3.format(lower="xã, phường")),
]

ALL = [*REPORTS, *PROVINCE, TOURISM_2025, *DECISIONS]
