"""Twenty-seventh held-out archive, 2023 – 2024: the Sở Y tế of tỉnh Khánh Lâm (fictional). The
reform's documents (plans, the Quy chế làm việc, the internal procedure, the Quy chế chi tiêu nội
bộ, the Ban Chỉ đạo, the autonomy of the public service units, the first quarterly reports of
2024 — quý I, 6 tháng stating the first half only, quý III with a footnote — and one decision kept
only as a scan) beside the sector's work (vaccination campaigns, food safety inspections, medical
practice licences). Written by hand; facts in ``bench/data/heldout27_archive_truth.json``. Do not
tune on it.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout27_common import (
    FUNCS_OLD,
    GD_WHO,
    HUNG,
    KHOI,
    ND30,
    ND45,
    ND61B,
    NQ76,
    PHUONG,
    TO_QD,
    TO_REPORT,
    TO_UNITS,
    Doc,
    decision,
)

EARLY: list[Doc] = [
    Doc(
        "KH CCHC 2023.docx", "docx", "05/KH-SYT", "2023-01-06", "KẾ HOẠCH",
        "Cải cách hành chính năm 2023 của Sở Y tế",
        """Thực hiện Kế hoạch số 03/KH-UBND ngày 03/01/2023 của UBND tỉnh về cải cách hành chính năm 2023, Sở Y tế ban hành Kế hoạch cải cách hành chính năm 2023 như sau:

I. MỤC ĐÍCH, YÊU CẦU

Triển khai đồng bộ các nhiệm vụ cải cách hành chính của ngành y tế; nâng cao chất lượng giải quyết thủ tục hành chính, lấy người dân, doanh nghiệp làm trung tâm.

II. NHIỆM VỤ VÀ CHỈ TIÊU

1. Cải cách thủ tục hành chính: tối thiểu 98% hồ sơ thủ tục hành chính được giải quyết đúng hạn; ban hành Quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở trong quý I năm 2023.

2. Chế độ công vụ: ban hành Quy chế làm việc mới của Sở trong quý I năm 2023.

3. Tài chính công: sửa đổi Quy chế chi tiêu nội bộ của Văn phòng Sở trong quý III năm 2023.

4. Chính quyền số: tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt tối thiểu 40%.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở là đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch này.""",
        KHOI, to=TO_REPORT,
    ),
    Doc(
        "QD 18 quy che lam viec 2023.pdf", "pdf", "18/QĐ-SYT", "2023-02-20", "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Y tế tỉnh Khánh Lâm",
        decision(GD_WHO, [FUNCS_OLD, "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Y tế tỉnh Khánh Lâm, gồm 03 chương, 12 điều.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng thuộc Sở và công chức, người lao động của Sở chịu trách nhiệm thi hành Quyết định này./."""),
        KHOI, to=TO_QD,
        annex="""QUY CHẾ LÀM VIỆC CỦA SỞ Y TẾ TỈNH KHÁNH LÂM

(Ban hành kèm theo Quyết định số 18/QĐ-SYT ngày 20 tháng 02 năm 2023 của Giám đốc Sở Y tế)

Chương I. QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng: Quy chế này quy định nguyên tắc, chế độ trách nhiệm, lề lối làm việc, quan hệ công tác của Sở Y tế; áp dụng đối với công chức, người lao động của Sở.

Điều 2. Nguyên tắc làm việc: thực hiện chế độ thủ trưởng; mỗi việc chỉ giao một đơn vị chủ trì.

Chương II. TRÁCH NHIỆM, PHẠM VI GIẢI QUYẾT CÔNG VIỆC

Điều 3 – Điều 9. Trách nhiệm của Giám đốc, các Phó Giám đốc, Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng và công chức.

Chương III. CHẾ ĐỘ HỘI HỌP, THÔNG TIN, BÁO CÁO

Điều 10. Chế độ hội họp: giao ban lãnh đạo Sở vào sáng thứ Hai hằng tuần.

Điều 11. Chế độ thông tin: văn bản đi, đến được xử lý trên Hệ thống quản lý văn bản và điều hành.

Điều 12. Chế độ báo cáo: các phòng gửi báo cáo kết quả thực hiện nhiệm vụ về Văn phòng Sở trước ngày 20 của tháng cuối quý; Văn phòng Sở tổng hợp, trình Giám đốc Sở.""",
    ),
    Doc(
        "Quy trinh noi bo TTHC 2023.docx", "docx", "40/QĐ-SYT", "2023-03-15", "QUYẾT ĐỊNH",
        "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Y tế",
        decision(GD_WHO, [ND61B, FUNCS_OLD, "Căn cứ Quyết định số 2215/QĐ-UBND ngày 20/12/2022 của Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính lĩnh vực y tế thuộc thẩm quyền giải quyết của Sở Y tế;", "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết 88 thủ tục hành chính thuộc thẩm quyền của Sở Y tế, tiếp nhận và trả kết quả tại Bộ phận Một cửa của Sở tại Trung tâm Phục vụ hành chính công tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2023.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở và công chức được giao giải quyết thủ tục hành chính chịu trách nhiệm thi hành Quyết định này./."""),
        KHOI, to=TO_QD,
    ),
    Doc(
        "CV 412 tiem vac xin soi rubella.txt", "txt", "412/SYT-NVY", "2023-04-12", "",
        "triển khai tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi năm 2023",
        """Thực hiện chỉ đạo của Bộ Y tế về tiêm bổ sung vắc xin phòng bệnh sởi - rubella, Sở Y tế đề nghị các đơn vị:

1. Rà soát, lập danh sách trẻ từ 1 đến 5 tuổi chưa tiêm đủ mũi vắc xin sởi - rubella trên địa bàn.

2. Tổ chức tiêm bổ sung tại các trạm y tế xã, phường trong tháng 5 năm 2023; bảo đảm an toàn tiêm chủng.

3. Báo cáo kết quả về Sở Y tế (qua phòng Nghiệp vụ Y) trước ngày 15/6/2023.""",
        HUNG, to=TO_UNITS, kinh_gui="Trung tâm Kiểm soát bệnh tật tỉnh; Trung tâm Y tế các huyện, thị xã, thành phố",
    ),
    Doc(
        "KH kiem tra ATTP Trung thu 2023.pdf", "pdf", "66/KH-SYT", "2023-06-05", "KẾ HOẠCH",
        "Kiểm tra an toàn thực phẩm dịp Tết Trung thu năm 2023",
        """Để chủ động phòng ngừa ngộ độc thực phẩm dịp Tết Trung thu năm 2023, Sở Y tế xây dựng Kế hoạch kiểm tra như sau:

1. Đối tượng: cơ sở sản xuất, kinh doanh bánh Trung thu, kẹo, nguyên liệu làm bánh trên địa bàn tỉnh.

2. Thời gian: từ ngày 01/8/2023 đến ngày 30/9/2023.

3. Lực lượng: 02 đoàn kiểm tra của Chi cục An toàn vệ sinh thực phẩm; phối hợp với Trung tâm Y tế các huyện.""",
        HUNG, to=TO_REPORT,
    ),
    Doc(
        "QD 95 quy che chi tieu noi bo.txt", "eoffice", "95/QĐ-SYT", "2023-08-14", "QUYẾT ĐỊNH",
        "Ban hành Quy chế chi tiêu nội bộ của Văn phòng Sở Y tế",
        decision(GD_WHO, [FUNCS_OLD, "Xét đề nghị của Chánh Văn phòng Sở và Trưởng phòng Kế hoạch - Tài chính."], """Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Văn phòng Sở Y tế, gồm 10 điều.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2023.

Điều 3. Chánh Văn phòng, Trưởng phòng Kế hoạch - Tài chính và công chức, người lao động của Sở chịu trách nhiệm thi hành Quyết định này./."""),
        PHUONG, to=TO_QD,
        annex="""QUY CHẾ CHI TIÊU NỘI BỘ CỦA VĂN PHÒNG SỞ Y TẾ

(Ban hành kèm theo Quyết định số 95/QĐ-SYT ngày 14 tháng 8 năm 2023 của Giám đốc Sở Y tế)

Điều 1 – Điều 7. Nguyên tắc, phạm vi, các khoản chi thường xuyên, chi hội nghị, chi tiếp khách.

Điều 8. Khoán công tác phí: công chức thường xuyên đi công tác lưu động được khoán 500.000 đồng/người/tháng.

Điều 9. Chi văn phòng phẩm, điện thoại theo định mức của từng phòng.

Điều 10. Sử dụng kinh phí tiết kiệm được.""",
    ),
    Doc(
        "BC CCHC nam 2023.docx", "docx", "152/BC-SYT", "2023-12-12", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2023",
        """Thực hiện Kế hoạch số 05/KH-SYT ngày 06/01/2023 của Sở Y tế, Sở Y tế báo cáo kết quả cải cách hành chính năm 2023 (số liệu từ ngày 15/12/2022 đến ngày 14/12/2023) như sau:

1. Chỉ đạo, điều hành: hoàn thành 24/24 nhiệm vụ của Kế hoạch.

2. Chế độ công vụ: ban hành Quy chế làm việc của Sở tại Quyết định số 18/QĐ-SYT ngày 20/02/2023.

3. Cải cách thủ tục hành chính: ban hành Quy trình nội bộ tại Quyết định số 40/QĐ-SYT ngày 15/3/2023; tiếp nhận 10.020 hồ sơ, giải quyết đúng hạn 10.002 hồ sơ (99,8%); tiếp nhận trực tuyến 4.509 hồ sơ (45,0%, vượt chỉ tiêu 40%).

4. Tài chính công: ban hành Quy chế chi tiêu nội bộ tại Quyết định số 95/QĐ-SYT ngày 14/8/2023.

5. Từ năm 2024, Sở Y tế báo cáo kết quả cải cách hành chính theo quý; số liệu thủ tục hành chính tính theo quý dương lịch, báo cáo gửi trước ngày 10 của tháng đầu quý sau.""",
        KHOI, to=TO_REPORT,
    ),
    Doc(
        "KH CCHC 2024.docx", "docx", "168/KH-SYT", "2023-12-28", "KẾ HOẠCH",
        "Cải cách hành chính năm 2024 của Sở Y tế",
        """Sở Y tế ban hành Kế hoạch cải cách hành chính năm 2024 như sau:

I. CHỈ TIÊU

1. Tối thiểu 98% hồ sơ thủ tục hành chính được giải quyết đúng hạn.

2. Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt tối thiểu 50%.

II. NHIỆM VỤ

1. Kiện toàn Ban Chỉ đạo cải cách hành chính của Sở trong tháng 01 năm 2024.

2. Ban hành Quy chế quản lý, sử dụng Hệ thống quản lý văn bản và điều hành và chữ ký số.

3. Phê duyệt phương án tự chủ tài chính của các đơn vị sự nghiệp công lập trực thuộc.

III. CHẾ ĐỘ BÁO CÁO

Văn phòng Sở tổng hợp báo cáo cải cách hành chính hằng quý (quý I, 6 tháng, quý III và 9 tháng, năm), gửi UBND tỉnh trước ngày 10 của tháng đầu quý sau.""",
        KHOI, to=TO_REPORT,
    ),
    # ------------------------------------------------------------------ 2024
    Doc(
        "QD 12 kien toan BCD CCHC.docx", "docx", "12/QĐ-SYT", "2024-01-22", "QUYẾT ĐỊNH",
        "Kiện toàn Ban Chỉ đạo cải cách hành chính của Sở Y tế",
        decision(GD_WHO, [NQ76, FUNCS_OLD, "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Kiện toàn Ban Chỉ đạo cải cách hành chính của Sở Y tế gồm 09 thành viên: Trưởng ban là Giám đốc Sở Trần Minh Khôi; Phó Trưởng ban thường trực là Phó Giám đốc Sở Nguyễn Thị Lan Phương; các thành viên là Trưởng các phòng thuộc Sở.

Điều 2. Ban Chỉ đạo chỉ đạo, đôn đốc việc thực hiện Kế hoạch cải cách hành chính hằng năm; cho ý kiến vào báo cáo cải cách hành chính hằng quý của Sở.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở và các thành viên Ban Chỉ đạo chịu trách nhiệm thi hành Quyết định này./."""),
        KHOI, to=TO_QD,
    ),
    Doc(
        "ke hoach kiem tra cchc 2024.txt", "txt", "25/KH-SYT", "2024-02-26", "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2024",
        """Thực hiện Kế hoạch số 168/KH-SYT ngày 28/12/2023 của Sở Y tế về cải cách hành chính năm 2024, Sở Y tế ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2024 như sau:

1. Đối tượng kiểm tra: Bộ phận Một cửa của Sở; Trung tâm Kiểm soát bệnh tật tỉnh; Bệnh viện Đa khoa tỉnh; Trung tâm Y tế các huyện Tân Khê, Đông Hòa.

2. Nội dung: việc tiếp nhận, giải quyết hồ sơ thủ tục hành chính; việc sử dụng Hệ thống quản lý văn bản và điều hành.

3. Thời gian: quý II và quý III năm 2024.""",
        PHUONG, to=TO_REPORT,
    ),
    Doc(
        "BC CCHC quy I 2024.docx", "docx", "38/BC-SYT", "2024-04-10", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính quý I năm 2024",
        """Thực hiện Kế hoạch số 168/KH-SYT ngày 28/12/2023, Sở Y tế báo cáo kết quả cải cách hành chính quý I năm 2024 (từ ngày 01/01/2024 đến ngày 31/3/2024) như sau:

1. Chỉ đạo, điều hành: kiện toàn Ban Chỉ đạo cải cách hành chính tại Quyết định số 12/QĐ-SYT ngày 22/01/2024; ban hành Kế hoạch kiểm tra số 25/KH-SYT ngày 26/02/2024.

2. Kết quả giải quyết thủ tục hành chính quý I năm 2024: tiếp nhận 2.615 hồ sơ, giải quyết đúng hạn 2.609 hồ sơ (99,8%); tiếp nhận trực tuyến 1.360 hồ sơ (52,0%). So với cùng kỳ năm 2023 (2.410 hồ sơ), số hồ sơ tiếp nhận tăng 205 hồ sơ (tăng 8,5%). Riêng tháng 3/2024 tiếp nhận 948 hồ sơ.

3. Nhiệm vụ quý II năm 2024: ban hành Quy chế quản lý, sử dụng Hệ thống quản lý văn bản và điều hành và chữ ký số; kiểm tra cải cách hành chính tại các đơn vị.""",
        PHUONG, to=TO_REPORT,
    ),
    Doc(
        "CV 540 cap giay phep hanh nghe KBCB.txt", "txt", "540/SYT-NVY", "2024-05-20", "",
        "cấp giấy phép hành nghề khám bệnh, chữa bệnh theo Luật Khám bệnh, chữa bệnh năm 2023",
        """Luật Khám bệnh, chữa bệnh năm 2023 có hiệu lực từ ngày 01/01/2024; chứng chỉ hành nghề được chuyển thành giấy phép hành nghề. Sở Y tế đề nghị các cơ sở:

1. Rà soát danh sách người hành nghề; lập hồ sơ đề nghị cấp giấy phép hành nghề cho người hành nghề chưa có giấy phép theo quy định mới.

2. Cập nhật danh sách người hành nghề tại cơ sở lên Hệ thống quản lý hành nghề khám bệnh, chữa bệnh trước ngày 30/6/2024.

3. Không bố trí người chưa có giấy phép hành nghề tham gia khám bệnh, chữa bệnh.""",
        HUNG, to=TO_UNITS, kinh_gui="Các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh Khánh Lâm",
    ),
    Doc(
        "BC 6 thang 2024.pdf", "pdf", "84/BC-SYT", "2024-07-08", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024",
        """Sở Y tế báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2024 (từ ngày 01/01/2024 đến ngày 30/6/2024) như sau:

1. Chỉ đạo, điều hành: triển khai Kế hoạch số 168/KH-SYT ngày 28/12/2023; kiểm tra cải cách hành chính tại 03/05 đơn vị theo Kế hoạch số 25/KH-SYT ngày 26/02/2024.

2. Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2024: tiếp nhận 5.445 hồ sơ, giải quyết đúng hạn 5.433 hồ sơ (99,8%); tiếp nhận trực tuyến 2.940 hồ sơ (54,0%). So với cùng kỳ năm 2023 (4.980 hồ sơ), số hồ sơ tiếp nhận tăng 9,3%.

3. Tồn tại: một số thủ tục cấp giấy phép hành nghề khám bệnh, chữa bệnh còn phải nộp hồ sơ giấy do Hệ thống quản lý hành nghề chưa kết nối với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.""",
        PHUONG, to=TO_REPORT,
    ),
    Doc(
        "scan_20240722_143015.pdf", "scan", "90/QĐ-SYT", "2024-07-22", "QUYẾT ĐỊNH",
        "Ban hành Quy chế quản lý, sử dụng Hệ thống quản lý văn bản và điều hành và chữ ký số tại Sở Y tế",
        decision(GD_WHO, [ND30, ND45, FUNCS_OLD, "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng Hệ thống quản lý văn bản và điều hành và chữ ký số tại Sở Y tế tỉnh Khánh Lâm.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở và công chức, người lao động của Sở chịu trách nhiệm thi hành Quyết định này./."""),
        KHOI, to=TO_QD, scan={"dpi": 200, "mode": "L", "skew": 1.2, "seed": 90},
    ),
    Doc(
        "BC quy III va 9 thang 2024.docx", "docx", "118/BC-SYT", "2024-10-08", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính quý III và 9 tháng đầu năm 2024",
        """Sở Y tế báo cáo kết quả cải cách hành chính quý III và 9 tháng đầu năm 2024 như sau:

1. Chỉ đạo, điều hành: ban hành Quy chế quản lý, sử dụng Hệ thống quản lý văn bản và điều hành và chữ ký số tại Quyết định số 90/QĐ-SYT ngày 22/7/2024; 100% văn bản đi được ký số.

2. Kết quả giải quyết thủ tục hành chính quý III năm 2024 (từ ngày 01/7/2024 đến ngày 30/9/2024): tiếp nhận 2.790 hồ sơ[^1], giải quyết đúng hạn 2.785 hồ sơ; so với quý II năm 2024, số hồ sơ tiếp nhận giảm 40 hồ sơ (giảm 1,4%).

3. Lũy kế 9 tháng đầu năm 2024: tiếp nhận 8.235 hồ sơ, giải quyết đúng hạn 8.218 hồ sơ (99,8%); tiếp nhận trực tuyến 4.475 hồ sơ (54,3%). So với cùng kỳ năm 2023 (7.420 hồ sơ), tăng 11,0%.

4. Nhiệm vụ quý IV năm 2024: phê duyệt phương án tự chủ tài chính của các đơn vị sự nghiệp công lập trực thuộc; xây dựng Kế hoạch cải cách hành chính năm 2025.""",
        PHUONG, to=TO_REPORT,
        footnotes=["Riêng quý III năm 2024, tiếp nhận trực tuyến 1.535 hồ sơ (55,0%)."],
    ),
    Doc(
        "QD 125 phuong an tu chu 2024-2025.pdf", "pdf", "125/QĐ-SYT", "2024-10-25", "QUYẾT ĐỊNH",
        "Phê duyệt phương án tự chủ tài chính của các đơn vị sự nghiệp công lập trực thuộc Sở Y tế giai đoạn 2024 - 2025",
        decision(GD_WHO, [FUNCS_OLD, "Xét đề nghị của Trưởng phòng Kế hoạch - Tài chính."], """Điều 1. Phê duyệt phương án tự chủ tài chính của 12 đơn vị sự nghiệp công lập trực thuộc Sở Y tế: 03 đơn vị tự bảo đảm chi thường xuyên, 09 đơn vị tự bảo đảm một phần chi thường xuyên (danh sách kèm theo).

Điều 2. Thời gian thực hiện phương án tự chủ tài chính: từ ngày 01/01/2024 đến hết ngày 31/12/2025.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Trưởng phòng Kế hoạch - Tài chính và Thủ trưởng các đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."""),
        PHUONG, to=TO_QD,
    ),
    Doc(
        "KH chien dich tiem vac xin Td 2024.docx", "docx", "138/KH-SYT", "2024-11-12", "KẾ HOẠCH",
        "Triển khai chiến dịch tiêm vắc xin uốn ván - bạch hầu giảm liều (Td) cho trẻ 7 tuổi năm 2024",
        """Sở Y tế xây dựng Kế hoạch triển khai chiến dịch tiêm vắc xin Td cho trẻ 7 tuổi năm 2024 như sau:

1. Đối tượng: khoảng 21.500 trẻ 7 tuổi tại các trường tiểu học trên địa bàn tỉnh.

2. Thời gian: từ ngày 25/11/2024 đến ngày 20/12/2024.

3. Tổ chức: Trung tâm Kiểm soát bệnh tật tỉnh tiếp nhận, phân bổ vắc xin; Trung tâm Y tế các huyện tổ chức tiêm tại trường học.""",
        HUNG, to=TO_REPORT,
    ),
    Doc(
        "KH CCHC 2025.docx", "docx", "176/KH-SYT", "2024-12-27", "KẾ HOẠCH",
        "Cải cách hành chính năm 2025 của Sở Y tế",
        """Thực hiện Kế hoạch số 250/KH-UBND ngày 20/12/2024 của UBND tỉnh về cải cách hành chính năm 2025, Sở Y tế ban hành Kế hoạch cải cách hành chính năm 2025 như sau:

I. CHỈ TIÊU

1. Tối thiểu 99% hồ sơ thủ tục hành chính được giải quyết đúng hạn.

2. Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt tối thiểu 65%.

II. NHIỆM VỤ

1. Ban hành Quy trình nội bộ giải quyết thủ tục hành chính thay thế Quyết định số 40/QĐ-SYT ngày 15/3/2023, trong quý I năm 2025.

2. Triển khai tiếp nhận, giải quyết hồ sơ cấp giấy phép hành nghề khám bệnh, chữa bệnh trực tuyến toàn trình trong quý II năm 2025.

3. Kiểm tra cải cách hành chính tại các đơn vị trực thuộc.

III. CHẾ ĐỘ BÁO CÁO

Báo cáo quý I, 6 tháng, quý III và 9 tháng, quý IV và năm gửi UBND tỉnh trước ngày 10 của tháng đầu quý sau.""",
        KHOI, to=TO_REPORT,
    ),
]
