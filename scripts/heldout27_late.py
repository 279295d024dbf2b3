"""Twenty-seventh held-out archive, 2025 – 2026: the Sở Y tế of tỉnh Khánh Lâm (fictional). The
quarterly reports (quý IV and năm 2024 signed in January 2025 with its table of quarters, quý I 2025
kept only as a scan, 6 tháng 2025 correcting quý I, quý III 2025 printed with the quarters on one
line, quý IV and năm 2025 in January 2026 with a footnote, and 2026's), decisions kept as scans —
two beside their unsigned Word files, one of them with the number and the day still blank —, a
suspension lifted and then a replacement of the same decision, an extension, a partial repeal,
an amendment by article; sector work (food safety, medical practice). Written by hand; facts in
``bench/data/heldout27_archive_truth.json``. Do not tune on it.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout27_common import (
    CT_WHO,
    FUNCS_NEW,
    FUNCS_OLD,
    GD_WHO,
    HUNG,
    KHOI,
    ND45,
    ND61B,
    PHUONG,
    THAC,
    TO_QD,
    TO_REPORT,
    TO_UNITS,
    UB,
    Doc,
    decision,
)

QUARTERS_2024 = [
    ["Quý", "Tiếp nhận (hồ sơ)", "Giải quyết đúng hạn (hồ sơ)"],
    ["Quý I", "2.615", "2.609"],
    ["Quý II", "2.830", "2.824"],
    ["Quý III", "2.790", "2.785"],
    ["Quý IV", "2.905", "2.899"],
    ["Cả năm 2024", "11.140", "11.117"],
]
QUARTERS_2025_H1 = [
    ["Kỳ báo cáo", "Tiếp nhận (hồ sơ)", "Đúng hạn (hồ sơ)", "Trực tuyến (hồ sơ)", "Tỷ lệ trực tuyến"],
    ["Quý I/2025 (đã điều chỉnh)", "2.981", "2.975", "1.780", "59,7%"],
    ["Quý II/2025", "3.140", "3.136", "2.041", "65,0%"],
    ["Lũy kế 6 tháng", "6.121", "6.111", "3.821", "62,4%"],
]
QUARTERS_2025 = [
    ["Quý", "Tiếp nhận (hồ sơ)", "Đúng hạn (hồ sơ)", "Trực tuyến (hồ sơ)"],
    ["Quý I", "2.981", "2.975", "1.780"],
    ["Quý II", "3.140", "3.136", "2.041"],
    ["Quý III", "3.265", "3.261", "2.220"],
    ["Quý IV", "3.372", "3.369", "2.394"],
    ["Cả năm 2025", "12.758", "12.741", "8.435"],
]
QUARTERS_2026_H1 = [
    ["Kỳ báo cáo", "Tiếp nhận (hồ sơ)", "Trực tuyến (hồ sơ)", "Tỷ lệ trực tuyến"],
    ["Quý I/2026", "3.205", "2.244", "70,0%"],
    ["Quý II/2026", "3.318", "2.390", "72,0%"],
    ["Lũy kế 6 tháng", "6.523", "4.634", "71,0%"],
]

QD26_ANNEX = """QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN CỦA SỞ Y TẾ

(Ban hành kèm theo Quyết định số 26/QĐ-SYT ngày 10 tháng 3 năm 2025 của Giám đốc Sở Y tế)

1. Lĩnh vực khám bệnh, chữa bệnh (32 thủ tục): Bộ phận Một cửa tiếp nhận, chuyển phòng Nghiệp vụ Y thẩm định trong 10 ngày làm việc; lãnh đạo Sở ký duyệt trong 02 ngày làm việc; trả kết quả qua Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.

2. Lĩnh vực dược, mỹ phẩm (29 thủ tục): phòng Nghiệp vụ Dược thẩm định trong 12 ngày làm việc; lãnh đạo Sở ký duyệt trong 02 ngày làm việc.

3. Lĩnh vực an toàn thực phẩm và dinh dưỡng (14 thủ tục): Chi cục An toàn vệ sinh thực phẩm thẩm định trong 08 ngày làm việc.

4. Lĩnh vực y tế dự phòng, trang thiết bị y tế và các lĩnh vực khác (17 thủ tục): phòng Nghiệp vụ Y thẩm định trong 07 ngày làm việc.

5. Hồ sơ quá hạn phải có văn bản xin lỗi tổ chức, cá nhân và hẹn lại ngày trả kết quả; Văn phòng Sở tổng hợp tình hình giải quyết hồ sơ theo quý."""

LATE: list[Doc] = [
    Doc(
        "BC CCHC quy IV va nam 2024.docx", "docx", "04/BC-SYT", "2025-01-08", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính quý IV và năm 2024",
        """Thực hiện Kế hoạch số 168/KH-SYT ngày 28/12/2023, Sở Y tế báo cáo kết quả cải cách hành chính quý IV và năm 2024 như sau:

1. Chỉ đạo, điều hành: hoàn thành 26/26 nhiệm vụ của Kế hoạch năm 2024; phê duyệt phương án tự chủ tài chính của các đơn vị sự nghiệp công lập trực thuộc tại Quyết định số 125/QĐ-SYT ngày 25/10/2024.

2. Kết quả giải quyết thủ tục hành chính quý IV năm 2024 (từ ngày 01/10/2024 đến ngày 31/12/2024): tiếp nhận 2.905 hồ sơ, giải quyết đúng hạn 2.899 hồ sơ; so với quý III năm 2024 tăng 115 hồ sơ (tăng 4,1%).

3. Kết quả cả năm 2024 theo từng quý:

[[TABLE]]

Năm 2024 tiếp nhận 11.140 hồ sơ, tăng 11,2% so với năm 2023; giải quyết đúng hạn 11.117 hồ sơ (99,8%); tiếp nhận trực tuyến 6.240 hồ sơ (56,0%), vượt chỉ tiêu 50% của Kế hoạch.

4. Chỉ số cải cách hành chính năm 2023 của Sở Y tế đạt 84,37 điểm, xếp thứ 6/19 sở, ban, ngành.""",
        KHOI, to=TO_REPORT, table=QUARTERS_2024,
    ),
    Doc(
        "QD 09 da ky.pdf", "scan", "09/QĐ-SYT", "2025-01-20", "QUYẾT ĐỊNH",
        "Kiện toàn Ban Chỉ đạo cải cách hành chính của Sở Y tế",
        decision(GD_WHO, [FUNCS_OLD, "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Kiện toàn Ban Chỉ đạo cải cách hành chính của Sở Y tế gồm 11 thành viên: Trưởng ban là Giám đốc Sở Trần Minh Khôi; Phó Trưởng ban thường trực là Phó Giám đốc Sở Nguyễn Thị Lan Phương; Phó Trưởng ban là Phó Giám đốc Sở Đặng Quốc Hưng; các thành viên là Chánh Văn phòng, Chánh Thanh tra và Trưởng các phòng thuộc Sở.

Điều 2. Ban Chỉ đạo cho ý kiến vào báo cáo cải cách hành chính hằng quý trước khi trình Giám đốc Sở ký ban hành.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 12/QĐ-SYT ngày 22/01/2024 của Giám đốc Sở Y tế. Chánh Văn phòng Sở và các thành viên Ban Chỉ đạo chịu trách nhiệm thi hành Quyết định này./."""),
        KHOI, to=TO_QD, scan={"dpi": 200, "mode": "RGB", "seed": 9},
    ),
    Doc(
        "IMG_20250310_0001.pdf", "scan", "26/QĐ-SYT", "2025-03-10", "QUYẾT ĐỊNH",
        "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Y tế",
        decision(GD_WHO, [ND61B, ND45, FUNCS_OLD, "Căn cứ Quyết định số 2215/QĐ-UBND ngày 20/12/2022 của Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính lĩnh vực y tế thuộc thẩm quyền giải quyết của Sở Y tế;", "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết 92 thủ tục hành chính thuộc thẩm quyền của Sở Y tế.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2025 và thay thế Quyết định số 40/QĐ-SYT ngày 15/3/2023 của Giám đốc Sở Y tế ban hành Quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Y tế.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở, Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm chịu trách nhiệm thi hành Quyết định này./."""),
        KHOI, to=TO_QD, annex=QD26_ANNEX, scan={"dpi": 200, "mode": "RGB", "seed": 26},
        word="QD 26 (ban word).docx",
    ),
    Doc(
        "QD 612 UBND cong bo TTHC y te.pdf", "pdf", "612/QĐ-UBND", "2025-03-25", "QUYẾT ĐỊNH",
        "Công bố Danh mục thủ tục hành chính lĩnh vực y tế thuộc thẩm quyền giải quyết của Sở Y tế tỉnh Khánh Lâm",
        decision(CT_WHO, [ND61B, "Xét đề nghị của Giám đốc Sở Y tế."], """Điều 1. Công bố kèm theo Quyết định này Danh mục 92 thủ tục hành chính lĩnh vực y tế thuộc thẩm quyền giải quyết của Sở Y tế tỉnh Khánh Lâm.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 2215/QĐ-UBND ngày 20/12/2022 của Chủ tịch UBND tỉnh.

Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."""),
        THAC, to=("- Như Điều 3;", "- Bộ Y tế;", "- Cục Kiểm soát TTHC, VPCP;", "- Lưu: VT, KSTT."), issuer=UB,
    ),
    Doc(
        "KH kiem tra CCHC 2025 (scan).pdf", "scan", "38/KH-SYT", "2025-04-02", "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2025",
        """Thực hiện Kế hoạch số 176/KH-SYT ngày 27/12/2024 của Sở Y tế về cải cách hành chính năm 2025, Sở Y tế ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2025 như sau:

1. Đối tượng kiểm tra: Bộ phận Một cửa của Sở; Bệnh viện Y học cổ truyền tỉnh; Trung tâm Y tế các huyện Tân Khê, Phú Lạc, Đông Hòa.

2. Nội dung: việc áp dụng Quy trình nội bộ giải quyết thủ tục hành chính ban hành kèm theo Quyết định số 26/QĐ-SYT ngày 10/3/2025; việc thực hiện phương án tự chủ tài chính; việc ký số văn bản đi.

3. Thời gian: tháng 5 và tháng 8 năm 2025. Kết quả kiểm tra được tổng hợp vào báo cáo cải cách hành chính quý III năm 2025.""",
        PHUONG, to=TO_REPORT, scan={"dpi": 200, "mode": "L", "seed": 38},
    ),
    Doc(
        "scan_0412.pdf", "scan", "41/BC-SYT", "2025-04-10", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính quý I năm 2025",
        """Thực hiện Kế hoạch số 176/KH-SYT ngày 27/12/2024, Sở Y tế báo cáo kết quả cải cách hành chính quý I năm 2025 (từ ngày 01/01/2025 đến ngày 31/3/2025) như sau:

1. Chỉ đạo, điều hành: kiện toàn Ban Chỉ đạo cải cách hành chính tại Quyết định số 09/QĐ-SYT ngày 20/01/2025; ban hành Kế hoạch kiểm tra số 38/KH-SYT ngày 02/4/2025.

2. Cải cách thủ tục hành chính: ban hành Quy trình nội bộ tại Quyết định số 26/QĐ-SYT ngày 10/3/2025, áp dụng từ ngày 01/4/2025; UBND tỉnh công bố 92 thủ tục hành chính lĩnh vực y tế tại Quyết định số 612/QĐ-UBND ngày 25/3/2025.

3. Kết quả giải quyết thủ tục hành chính quý I năm 2025: tiếp nhận 2.918 hồ sơ, giải quyết đúng hạn 2.911 hồ sơ (99,8%); tiếp nhận trực tuyến 1.780 hồ sơ (61,0%). So với quý IV năm 2024 (2.905 hồ sơ), tăng 0,4%; so với cùng kỳ năm 2024 (2.615 hồ sơ), tăng 303 hồ sơ (tăng 11,6%). Riêng tháng 3/2025 tiếp nhận 1.046 hồ sơ.

4. Nhiệm vụ quý II năm 2025: triển khai tiếp nhận hồ sơ cấp giấy phép hành nghề khám bệnh, chữa bệnh trực tuyến toàn trình.""",
        PHUONG, to=TO_REPORT, scan={"dpi": 240, "mode": "L", "seed": 41},
    ),
    Doc(
        "QD 58 tiep nhan truc tuyen GPHN.docx", "docx", "58/QĐ-SYT", "2025-05-12", "QUYẾT ĐỊNH",
        "Ban hành Quy định tiếp nhận, giải quyết hồ sơ cấp, cấp lại giấy phép hành nghề khám bệnh, chữa bệnh trực tuyến toàn trình",
        decision(GD_WHO, [ND61B, ND45, FUNCS_OLD, "Xét đề nghị của Trưởng phòng Nghiệp vụ Y và Chánh Văn phòng Sở."], """Điều 1. Ban hành kèm theo Quyết định này Quy định tiếp nhận, giải quyết hồ sơ cấp, cấp lại giấy phép hành nghề khám bệnh, chữa bệnh trực tuyến toàn trình trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh: người đề nghị nộp hồ sơ điện tử, nhận giấy phép hành nghề điện tử, không phải nộp bản giấy.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2025.

Điều 3. Chánh Văn phòng, Trưởng phòng Nghiệp vụ Y và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."""),
        HUNG, to=TO_QD,
    ),
    Doc(
        "QD 62 bai bo Dieu 8 QC chi tieu.txt", "txt", "62/QĐ-SYT", "2025-06-09", "QUYẾT ĐỊNH",
        "Bãi bỏ Điều 8 Quy chế chi tiêu nội bộ của Văn phòng Sở Y tế",
        decision(GD_WHO, [FUNCS_OLD, "Xét đề nghị của Trưởng phòng Kế hoạch - Tài chính."], """Điều 1. Bãi bỏ Điều 8 (khoán công tác phí) của Quy chế chi tiêu nội bộ của Văn phòng Sở Y tế ban hành kèm theo Quyết định số 95/QĐ-SYT ngày 14/8/2023 của Giám đốc Sở Y tế. Các điều khác của Quy chế giữ nguyên hiệu lực.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2025.

Điều 3. Chánh Văn phòng, Trưởng phòng Kế hoạch - Tài chính chịu trách nhiệm thi hành Quyết định này./."""),
        PHUONG, to=TO_QD,
    ),
    Doc(
        "TB ket qua kiem tra ATTP thang hanh dong 2025.pdf", "pdf", "71/TB-SYT", "2025-06-20", "THÔNG BÁO",
        "Kết quả kiểm tra an toàn thực phẩm trong Tháng hành động vì an toàn thực phẩm năm 2025",
        """Từ ngày 15/4/2025 đến ngày 15/5/2025, các đoàn kiểm tra của Sở Y tế đã kiểm tra 214 cơ sở sản xuất, kinh doanh thực phẩm, dịch vụ ăn uống. Kết quả:

1. 189 cơ sở đạt yêu cầu (88,3%); 25 cơ sở vi phạm, đã xử phạt 14 cơ sở với tổng số tiền 96.500.000 đồng.

2. Lấy 120 mẫu thực phẩm xét nghiệm nhanh; 06 mẫu không đạt, đã tiêu hủy.

3. Đề nghị Trung tâm Y tế các huyện tiếp tục kiểm tra, giám sát các bếp ăn tập thể trong khu công nghiệp.""",
        HUNG, to=TO_REPORT,
    ),
    Doc(
        "BC 6 thang 2025.docx", "docx", "80/BC-SYT", "2025-07-07", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025",
        """Thực hiện Kế hoạch số 176/KH-SYT ngày 27/12/2024, Sở Y tế báo cáo kết quả cải cách hành chính quý II và 6 tháng đầu năm 2025 như sau:

1. Cải cách thủ tục hành chính: từ ngày 01/6/2025 tiếp nhận hồ sơ cấp, cấp lại giấy phép hành nghề khám bệnh, chữa bệnh trực tuyến toàn trình theo Quyết định số 58/QĐ-SYT ngày 12/5/2025.

2. Tài chính công: bãi bỏ Điều 8 (khoán công tác phí) Quy chế chi tiêu nội bộ tại Quyết định số 62/QĐ-SYT ngày 09/6/2025, từ ngày 01/7/2025.

3. Kết quả giải quyết thủ tục hành chính quý II năm 2025 (từ ngày 01/4/2025 đến ngày 30/6/2025): tiếp nhận 3.140 hồ sơ, giải quyết đúng hạn 3.136 hồ sơ; tiếp nhận trực tuyến 2.041 hồ sơ (65,0%). So với quý I năm 2025, số hồ sơ tiếp nhận tăng 159 hồ sơ (tăng 5,3%); so với cùng kỳ năm 2024 (2.830 hồ sơ), tăng 310 hồ sơ (tăng 11,0%). Riêng tháng 6/2025 tiếp nhận 1.092 hồ sơ.

4. Điều chỉnh số liệu: số liệu quý I năm 2025 đã báo cáo tại Báo cáo số 41/BC-SYT ngày 10/4/2025 là 2.918 hồ sơ, nay điều chỉnh thành 2.981 hồ sơ do bổ sung 63 hồ sơ tiếp nhận trực tiếp tại Bộ phận Một cửa chưa được cập nhật lên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.

5. Lũy kế 6 tháng đầu năm 2025 (số liệu quý I đã điều chỉnh):

[[TABLE]]

So với cùng kỳ năm 2024 (5.445 hồ sơ), số hồ sơ tiếp nhận 6 tháng đầu năm 2025 tăng 12,4%.""",
        PHUONG, to=TO_REPORT, table=QUARTERS_2025_H1,
    ),
    Doc(
        "QD 86 da ky.pdf", "scan", "86/QĐ-SYT", "2025-07-18", "QUYẾT ĐỊNH",
        "Tạm dừng thực hiện Quyết định số 58/QĐ-SYT ngày 12/5/2025 của Giám đốc Sở Y tế",
        decision(GD_WHO, [ND61B, FUNCS_OLD, "Xét đề nghị của Trưởng phòng Nghiệp vụ Y về việc nâng cấp, kết nối Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh với Hệ thống quản lý hành nghề khám bệnh, chữa bệnh."], """Điều 1. Tạm dừng thực hiện Quyết định số 58/QĐ-SYT ngày 12/5/2025 của Giám đốc Sở Y tế ban hành Quy định tiếp nhận, giải quyết hồ sơ cấp, cấp lại giấy phép hành nghề khám bệnh, chữa bệnh trực tuyến toàn trình, kể từ ngày 21 tháng 7 năm 2025 cho đến khi có quyết định của Giám đốc Sở Y tế.

Điều 2. Trong thời gian tạm dừng, hồ sơ được tiếp nhận trực tiếp tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính công ích.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng phòng Nghiệp vụ Y chịu trách nhiệm thi hành Quyết định này./."""),
        HUNG, to=TO_QD, scan={"dpi": 250, "mode": "RGB", "seed": 86},
        word="QD 86 (ban word).docx", word_blank=True,
    ),
    Doc(
        "CV 805 bo sung so lieu chi so CCHC 2024.txt", "txt", "805/SYT-VP", "2025-08-15", "",
        "bổ sung tài liệu kiểm chứng phục vụ thẩm định Chỉ số cải cách hành chính năm 2024",
        """Thực hiện đề nghị của Sở Nội vụ về thẩm định kết quả tự đánh giá Chỉ số cải cách hành chính năm 2024, Sở Y tế bổ sung tài liệu kiểm chứng như sau:

1. Báo cáo số 04/BC-SYT ngày 08/01/2025 về kết quả cải cách hành chính quý IV và năm 2024 (bảng số liệu theo quý).

2. Quyết định số 90/QĐ-SYT ngày 22/7/2024 ban hành Quy chế quản lý, sử dụng Hệ thống quản lý văn bản và điều hành và chữ ký số (bản chụp văn bản đã ký).

3. Quyết định số 125/QĐ-SYT ngày 25/10/2024 phê duyệt phương án tự chủ tài chính của các đơn vị sự nghiệp công lập trực thuộc.

Sở Y tế gửi Sở Nội vụ tổng hợp./.""",
        PHUONG, to=("- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, VP."), kinh_gui="Sở Nội vụ tỉnh Khánh Lâm",
    ),
    Doc(
        "Scan 15-09-2025.pdf", "scan", "112/QĐ-SYT", "2025-09-15", "QUYẾT ĐỊNH",
        "Tiếp tục thực hiện Quyết định số 58/QĐ-SYT ngày 12/5/2025 của Giám đốc Sở Y tế",
        decision(GD_WHO, [ND61B, FUNCS_OLD, "Xét đề nghị của Trưởng phòng Nghiệp vụ Y về việc hoàn thành kết nối Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh với Hệ thống quản lý hành nghề khám bệnh, chữa bệnh."], """Điều 1. Tiếp tục thực hiện Quyết định số 58/QĐ-SYT ngày 12/5/2025 của Giám đốc Sở Y tế ban hành Quy định tiếp nhận, giải quyết hồ sơ cấp, cấp lại giấy phép hành nghề khám bệnh, chữa bệnh trực tuyến toàn trình, kể từ ngày 16 tháng 9 năm 2025.

Điều 2. Quyết định số 86/QĐ-SYT ngày 18/7/2025 của Giám đốc Sở Y tế về việc tạm dừng thực hiện Quyết định số 58/QĐ-SYT hết hiệu lực thi hành kể từ ngày 16 tháng 9 năm 2025.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng phòng Nghiệp vụ Y chịu trách nhiệm thi hành Quyết định này./."""),
        HUNG, to=TO_QD, scan={"dpi": 200, "mode": "L", "noise": 9000, "seed": 112},
    ),
    Doc(
        "QD 118 chuc nang nhiem vu cac phong.docx", "docx", "118/QĐ-SYT", "2025-09-26", "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng, Thanh tra và các phòng chuyên môn thuộc Sở Y tế",
        decision(GD_WHO, [FUNCS_NEW, "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng, Thanh tra và 05 phòng chuyên môn thuộc Sở Y tế (Kế hoạch - Tài chính, Nghiệp vụ Y, Nghiệp vụ Dược, Tổ chức cán bộ, Quản lý hành nghề) theo cơ cấu tổ chức quy định tại Quyết định số 15/2025/QĐ-UBND.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2025.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        KHOI, to=TO_QD,
    ),
    Doc(
        "BC quy III 2025.pdf", "pdf", "130/BC-SYT", "2025-10-09", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính quý III và 9 tháng đầu năm 2025",
        """Thực hiện Kế hoạch số 176/KH-SYT ngày 27/12/2024, Sở Y tế báo cáo kết quả cải cách hành chính quý III và 9 tháng đầu năm 2025 như sau:

1. Cải cách thủ tục hành chính: Quyết định số 58/QĐ-SYT ngày 12/5/2025 tạm dừng thực hiện từ ngày 21/7/2025 theo Quyết định số 86/QĐ-SYT ngày 18/7/2025 và tiếp tục thực hiện từ ngày 16/9/2025 theo Quyết định số 112/QĐ-SYT ngày 15/9/2025.

2. Tổ chức bộ máy: quy định chức năng, nhiệm vụ của Văn phòng, Thanh tra và các phòng chuyên môn tại Quyết định số 118/QĐ-SYT ngày 26/9/2025, áp dụng từ ngày 01/10/2025.

3. Kiểm tra: đã kiểm tra 05/05 đơn vị theo Kế hoạch số 38/KH-SYT ngày 02/4/2025.

4. Kết quả giải quyết thủ tục hành chính quý III năm 2025 (từ ngày 01/7/2025 đến ngày 30/9/2025): tiếp nhận 3.265 hồ sơ, giải quyết đúng hạn 3.261 hồ sơ; tiếp nhận trực tuyến 2.220 hồ sơ (68,0%). So với quý trước tăng 4,0%; so với cùng kỳ năm 2024 (2.790 hồ sơ) tăng 475 hồ sơ (tăng 17,0%).

5. Số hồ sơ tiếp nhận theo quý năm 2025:

[[ROW]]Quý I: 2.981 | Quý II: 3.140 | Quý III: 3.265 | Lũy kế 9 tháng: 9.386

6. Lũy kế 9 tháng đầu năm 2025: tiếp nhận 9.386 hồ sơ, giải quyết đúng hạn 9.372 hồ sơ (99,9%); tiếp nhận trực tuyến 6.041 hồ sơ (64,4%). So với cùng kỳ năm 2024 (8.235 hồ sơ), tăng 14,0%.""",
        PHUONG, to=TO_REPORT,
    ),
    Doc(
        "ke hoach kiem tra lien nganh ATTP Tet 2026.txt", "eoffice", "185/KH-SYT", "2025-12-05", "KẾ HOẠCH",
        "Kiểm tra liên ngành an toàn thực phẩm Tết Nguyên đán Bính Ngọ và mùa Lễ hội Xuân năm 2026",
        """Sở Y tế (cơ quan thường trực Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh) xây dựng Kế hoạch kiểm tra như sau:

1. Thời gian: từ ngày 22/12/2025 đến ngày 15/3/2026.

2. Đối tượng: cơ sở sản xuất, kinh doanh thực phẩm, dịch vụ ăn uống, chợ đầu mối, các lễ hội xuân trên địa bàn tỉnh.

3. Lực lượng: 03 đoàn liên ngành cấp tỉnh (y tế, công thương, nông nghiệp và môi trường, công an); các huyện thành lập đoàn kiểm tra cấp huyện.""",
        HUNG, to=TO_REPORT,
    ),
    Doc(
        "QD 190 keo dai phuong an tu chu.docx", "docx", "190/QĐ-SYT", "2025-12-19", "QUYẾT ĐỊNH",
        "Kéo dài thời gian thực hiện phương án tự chủ tài chính của các đơn vị sự nghiệp công lập trực thuộc Sở Y tế",
        decision(GD_WHO, [FUNCS_NEW, "Xét đề nghị của Trưởng phòng Kế hoạch - Tài chính."], """Điều 1. Sửa đổi Điều 2 Quyết định số 125/QĐ-SYT ngày 25/10/2024 của Giám đốc Sở Y tế phê duyệt phương án tự chủ tài chính của các đơn vị sự nghiệp công lập trực thuộc Sở Y tế giai đoạn 2024 - 2025 như sau: "Thời gian thực hiện phương án tự chủ tài chính: từ ngày 01/01/2024 đến hết ngày 31/12/2026."

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Trưởng phòng Kế hoạch - Tài chính và Thủ trưởng các đơn vị sự nghiệp công lập trực thuộc chịu trách nhiệm thi hành Quyết định này./."""),
        PHUONG, to=TO_QD,
    ),
    Doc(
        "KH CCHC 2026.docx", "docx", "196/KH-SYT", "2025-12-26", "KẾ HOẠCH",
        "Cải cách hành chính năm 2026 của Sở Y tế",
        """Sở Y tế ban hành Kế hoạch cải cách hành chính năm 2026 như sau:

I. CHỈ TIÊU

1. Tối thiểu 99% hồ sơ thủ tục hành chính được giải quyết đúng hạn.

2. Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt tối thiểu 75%.

II. NHIỆM VỤ

1. Ban hành Quy định mới về tiếp nhận hồ sơ giấy phép hành nghề trực tuyến toàn trình thay thế Quyết định số 58/QĐ-SYT, trong quý I năm 2026.

2. Sửa đổi chế độ báo cáo trong Quy chế làm việc của Sở.

3. Tuyên truyền cải cách hành chính; kiểm tra cải cách hành chính tại các đơn vị.

III. CHẾ ĐỘ BÁO CÁO

Báo cáo quý gửi UBND tỉnh trước ngày 10 của tháng đầu quý sau; quý IV báo cáo cùng báo cáo năm.""",
        KHOI, to=TO_REPORT,
    ),
    # ------------------------------------------------------------------ 2026
    Doc(
        "BC CCHC quy IV va nam 2025.docx", "docx", "03/BC-SYT", "2026-01-09", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính quý IV và năm 2025",
        """Thực hiện Kế hoạch số 176/KH-SYT ngày 27/12/2024, Sở Y tế báo cáo kết quả cải cách hành chính quý IV và năm 2025 như sau:

1. Chỉ đạo, điều hành: hoàn thành 28/28 nhiệm vụ của Kế hoạch năm 2025; Chỉ số cải cách hành chính năm 2024 của Sở tiếp tục được cải thiện[^1].

2. Cải cách thủ tục hành chính: áp dụng Quy trình nội bộ ban hành kèm theo Quyết định số 26/QĐ-SYT ngày 10/3/2025 (thay thế Quyết định số 40/QĐ-SYT); tiếp nhận hồ sơ giấy phép hành nghề trực tuyến toàn trình theo Quyết định số 58/QĐ-SYT, tạm dừng từ ngày 21/7/2025 đến ngày 15/9/2025.

3. Tài chính công: kéo dài thời gian thực hiện phương án tự chủ tài chính của các đơn vị sự nghiệp công lập trực thuộc đến hết năm 2026 tại Quyết định số 190/QĐ-SYT ngày 19/12/2025.

4. Kết quả giải quyết thủ tục hành chính quý IV năm 2025 (từ ngày 01/10/2025 đến ngày 31/12/2025): tiếp nhận 3.372 hồ sơ, giải quyết đúng hạn 3.369 hồ sơ; tiếp nhận trực tuyến 2.394 hồ sơ (71,0%). So với quý III năm 2025 tăng 3,3%; so với cùng kỳ năm 2024 tăng 16,1%.

5. Kết quả cả năm 2025 theo từng quý:

[[TABLE]]

Năm 2025 tiếp nhận 12.758 hồ sơ, tăng 14,5% so với năm 2024; giải quyết đúng hạn 12.741 hồ sơ (99,9%); tiếp nhận trực tuyến 8.435 hồ sơ (66,1%), vượt chỉ tiêu 65% của Kế hoạch.""",
        KHOI, to=TO_REPORT, table=QUARTERS_2025,
        footnotes=["Chỉ số cải cách hành chính năm 2024 của Sở Y tế đạt 87,46 điểm, xếp thứ 4/19 sở, ban, ngành (năm 2023 xếp thứ 6/19)."],
    ),
    Doc(
        "QD 14 sua doi Dieu 12 quy che lam viec.docx", "docx", "14/QĐ-SYT", "2026-02-02", "QUYẾT ĐỊNH",
        "Sửa đổi Điều 12 Quy chế làm việc của Sở Y tế tỉnh Khánh Lâm",
        decision(GD_WHO, [FUNCS_NEW, "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Sửa đổi Điều 12 Quy chế làm việc của Sở Y tế tỉnh Khánh Lâm ban hành kèm theo Quyết định số 18/QĐ-SYT ngày 20/02/2023 của Giám đốc Sở Y tế như sau: "Điều 12. Chế độ báo cáo: các phòng gửi báo cáo kết quả thực hiện nhiệm vụ quý về Văn phòng Sở trước ngày 05 của tháng đầu quý sau; Văn phòng Sở tổng hợp báo cáo cải cách hành chính quý, trình Giám đốc Sở ký ban hành trước ngày 10 của tháng đầu quý sau."

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 3 năm 2026.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        KHOI, to=TO_QD,
    ),
    Doc(
        "QD 30-2026 GPHN truc tuyen (thay the QD 58).docx", "docx", "30/QĐ-SYT", "2026-03-03", "QUYẾT ĐỊNH",
        "Ban hành Quy định tiếp nhận, giải quyết hồ sơ đề nghị cấp, cấp lại, gia hạn giấy phép hành nghề khám bệnh, chữa bệnh trực tuyến toàn trình",
        decision(GD_WHO, [ND61B, ND45, FUNCS_NEW, "Xét đề nghị của Trưởng phòng Quản lý hành nghề."], """Điều 1. Ban hành kèm theo Quyết định này Quy định tiếp nhận, giải quyết hồ sơ đề nghị cấp, cấp lại, gia hạn giấy phép hành nghề khám bệnh, chữa bệnh trực tuyến toàn trình; hồ sơ được đồng bộ với Hệ thống quản lý hành nghề khám bệnh, chữa bệnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2026 và thay thế Quyết định số 58/QĐ-SYT ngày 12/5/2025 của Giám đốc Sở Y tế.

Điều 3. Chánh Văn phòng, Trưởng phòng Quản lý hành nghề và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."""),
        HUNG, to=TO_QD,
    ),
    Doc(
        "KH kiem tra CCHC 2026.txt", "txt", "35/KH-SYT", "2026-03-16", "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2026",
        """Thực hiện Kế hoạch số 196/KH-SYT ngày 26/12/2025 của Sở Y tế về cải cách hành chính năm 2026, Sở Y tế ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026 như sau:

1. Đối tượng kiểm tra: Bộ phận Một cửa của Sở; Bệnh viện Đa khoa tỉnh; Trung tâm Y tế các huyện Phú Lạc, Đông Hòa.

2. Nội dung: việc giải quyết hồ sơ giấy phép hành nghề trực tuyến toàn trình; việc thực hiện chế độ báo cáo quý.

3. Thời gian: quý II năm 2026.""",
        PHUONG, to=TO_REPORT,
    ),
    Doc(
        "KH tuyen truyen CCHC 2026.docx", "docx", "40/KH-SYT", "2026-03-27", "KẾ HOẠCH",
        "Tuyên truyền cải cách hành chính năm 2026 của Sở Y tế",
        """Sở Y tế ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026 như sau:

1. Nội dung: hướng dẫn nộp hồ sơ giấy phép hành nghề khám bệnh, chữa bệnh trực tuyến toàn trình; công khai kết quả giải quyết hồ sơ theo quý trên Cổng thông tin điện tử của Sở.

2. Hình thức: chuyên mục trên Cổng thông tin điện tử của Sở; tờ rơi tại Bộ phận Một cửa; tập huấn cho người hành nghề tại các cơ sở khám bệnh, chữa bệnh.

3. Thời gian: từ tháng 4 đến tháng 12 năm 2026.""",
        PHUONG, to=TO_REPORT,
    ),
    Doc(
        "BC quy I 2026 (xuat tu he thong).txt", "eoffice", "45/BC-SYT", "2026-04-08", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính quý I năm 2026",
        """Thực hiện Kế hoạch số 196/KH-SYT ngày 26/12/2025, Sở Y tế báo cáo kết quả cải cách hành chính quý I năm 2026 (từ ngày 01/01/2026 đến ngày 31/3/2026) như sau:

1. Chế độ công vụ: sửa đổi Điều 12 (chế độ báo cáo) Quy chế làm việc tại Quyết định số 14/QĐ-SYT ngày 02/02/2026, áp dụng từ ngày 01/3/2026.

2. Cải cách thủ tục hành chính: ban hành Quy định tiếp nhận hồ sơ giấy phép hành nghề trực tuyến toàn trình tại Quyết định số 30/QĐ-SYT ngày 03/3/2026, áp dụng từ ngày 01/4/2026 thay thế Quyết định số 58/QĐ-SYT.

3. Kết quả giải quyết thủ tục hành chính quý I năm 2026: tiếp nhận 3.205 hồ sơ, giải quyết đúng hạn 3.201 hồ sơ; tiếp nhận trực tuyến 2.244 hồ sơ (70,0%). So với quý IV năm 2025 (3.372 hồ sơ), giảm 167 hồ sơ (giảm 5,0%) do nghỉ Tết Nguyên đán; so với cùng kỳ năm 2025 (2.981 hồ sơ), tăng 224 hồ sơ (tăng 7,5%).""",
        PHUONG, to=TO_REPORT,
    ),
    Doc(
        "CV 418 kiem tra hanh nghe ngoai cong lap.txt", "txt", "418/SYT-NVY", "2026-05-06", "",
        "tăng cường kiểm tra hoạt động khám bệnh, chữa bệnh ngoài công lập năm 2026",
        """Để chấn chỉnh hoạt động khám bệnh, chữa bệnh ngoài công lập, Sở Y tế đề nghị Trung tâm Y tế các huyện, thị xã, thành phố:

1. Kiểm tra việc niêm yết giá dịch vụ, giấy phép hoạt động và giấy phép hành nghề tại các phòng khám tư nhân trên địa bàn.

2. Lập biên bản, đề nghị xử lý các cơ sở hoạt động không có giấy phép hoặc người hành nghề không có giấy phép hành nghề.

3. Báo cáo kết quả về Sở Y tế (qua phòng Nghiệp vụ Y) trước ngày 30/6/2026.""",
        HUNG, to=TO_UNITS, kinh_gui="Trung tâm Y tế các huyện, thị xã, thành phố",
    ),
    Doc(
        "BC 6 thang 2026.docx", "docx", "92/BC-SYT", "2026-07-06", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026",
        """Thực hiện Kế hoạch số 196/KH-SYT ngày 26/12/2025, Sở Y tế báo cáo kết quả cải cách hành chính quý II và 6 tháng đầu năm 2026 như sau:

1. Cải cách thủ tục hành chính: từ ngày 01/4/2026 áp dụng Quyết định số 30/QĐ-SYT ngày 03/3/2026 thay thế Quyết định số 58/QĐ-SYT; 100% hồ sơ giấy phép hành nghề được tiếp nhận trực tuyến toàn trình.

2. Kiểm tra, tuyên truyền: kiểm tra 04/04 đơn vị theo Kế hoạch số 35/KH-SYT ngày 16/3/2026; triển khai Kế hoạch tuyên truyền số 40/KH-SYT ngày 27/3/2026.

3. Kết quả giải quyết thủ tục hành chính quý II năm 2026 (từ ngày 01/4/2026 đến ngày 30/6/2026): tiếp nhận 3.318 hồ sơ; tiếp nhận trực tuyến 2.390 hồ sơ (72,0%). So với quý I năm 2026 tăng 3,5%; so với cùng kỳ năm 2025 (3.140 hồ sơ) tăng 5,7%.

4. Lũy kế 6 tháng đầu năm 2026:

[[TABLE]]

So với cùng kỳ năm 2025 (6.121 hồ sơ), số hồ sơ tiếp nhận 6 tháng đầu năm 2026 tăng 6,6%; tỷ lệ trực tuyến 71,0%, chưa đạt chỉ tiêu 75% của Kế hoạch năm.""",
        PHUONG, to=TO_REPORT, table=QUARTERS_2026_H1,
    ),
    Doc(
        "BC quy III 2026.pdf", "pdf", "140/BC-SYT", "2026-10-07", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính quý III và 9 tháng đầu năm 2026",
        """Thực hiện Kế hoạch số 196/KH-SYT ngày 26/12/2025, Sở Y tế báo cáo kết quả cải cách hành chính quý III và 9 tháng đầu năm 2026 như sau:

1. Kết quả giải quyết thủ tục hành chính quý III năm 2026 (từ ngày 01/7/2026 đến ngày 30/9/2026): tiếp nhận 3.402 hồ sơ; tiếp nhận trực tuyến 2.484 hồ sơ (73,0%). So với quý II năm 2026 tăng 2,5%; so với cùng kỳ năm 2025 (3.265 hồ sơ) tăng 4,2%. Riêng tháng 9/2026 tiếp nhận 1.162 hồ sơ.

2. Lũy kế 9 tháng đầu năm 2026: tiếp nhận 9.925 hồ sơ; tiếp nhận trực tuyến 7.118 hồ sơ (71,7%). So với cùng kỳ năm 2025 (9.386 hồ sơ), tăng 5,7%.

3. Tài chính công: các đơn vị sự nghiệp công lập tiếp tục thực hiện phương án tự chủ tài chính theo Quyết định số 125/QĐ-SYT, được kéo dài đến hết năm 2026 tại Quyết định số 190/QĐ-SYT ngày 19/12/2025; Sở đang xây dựng phương án tự chủ giai đoạn 2027 - 2029.""",
        PHUONG, to=TO_REPORT,
    ),
    Doc(
        "CV 1385 so lieu chi so CCHC 2026.docx", "docx", "1385/SYT-VP", "2026-11-23", "",
        "cung cấp số liệu phục vụ xác định Chỉ số cải cách hành chính năm 2026",
        """Thực hiện đề nghị của Sở Nội vụ, Sở Y tế cung cấp số liệu phục vụ xác định Chỉ số cải cách hành chính năm 2026 như sau:

1. Văn bản đang áp dụng: Quy chế làm việc (Quyết định số 18/QĐ-SYT ngày 20/02/2023, Điều 12 được sửa đổi tại Quyết định số 14/QĐ-SYT ngày 02/02/2026); Quy trình nội bộ giải quyết thủ tục hành chính (Quyết định số 26/QĐ-SYT ngày 10/3/2025); Quy định tiếp nhận hồ sơ giấy phép hành nghề trực tuyến toàn trình (Quyết định số 30/QĐ-SYT ngày 03/3/2026); Quy chế quản lý, sử dụng Hệ thống quản lý văn bản và điều hành và chữ ký số (Quyết định số 90/QĐ-SYT ngày 22/7/2024).

2. Báo cáo cải cách hành chính quý năm 2026 đã gửi: Báo cáo số 45/BC-SYT ngày 08/4/2026 (quý I), số 92/BC-SYT ngày 06/7/2026 (6 tháng), số 140/BC-SYT ngày 07/10/2026 (quý III và 9 tháng).

3. Số liệu từ ngày 01/01/2026 đến ngày 20/11/2026: tiếp nhận 11.835 hồ sơ; tiếp nhận trực tuyến 8.520 hồ sơ (72,0%).

Sở Y tế gửi Sở Nội vụ tổng hợp./.""",
        PHUONG, to=("- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, VP."), kinh_gui="Sở Nội vụ tỉnh Khánh Lâm",
    ),
]

# The DỰ THẢO of 30/QĐ-SYT (2026): unsigned, blanks, a different effective day; no document.
DRAFT_30 = [
    "DỰ THẢO (lần 1)",
    "UBND TỈNH KHÁNH LÂM",
    "SỞ Y TẾ",
    "Số:       /QĐ-SYT",
    "Khánh Lâm, ngày      tháng 02 năm 2026",
    "QUYẾT ĐỊNH",
    "Ban hành Quy định tiếp nhận, giải quyết hồ sơ cấp, cấp lại giấy phép hành nghề khám bệnh, chữa bệnh trực tuyến toàn trình",
    "Điều 1. Ban hành kèm theo Quyết định này Quy định tiếp nhận, giải quyết hồ sơ cấp, cấp lại giấy phép hành nghề khám bệnh, chữa bệnh trực tuyến toàn trình.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 3 năm 2026 và thay thế Quyết định số 58/QĐ-SYT ngày 12/5/2025 của Giám đốc Sở Y tế.",
    "Điều 3. Chánh Văn phòng, Trưởng phòng Nghiệp vụ Y chịu trách nhiệm thi hành Quyết định này./.",
    "GIÁM ĐỐC",
    "(chưa ký)",
]
