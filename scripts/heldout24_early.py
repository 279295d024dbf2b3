"""Twenty-fourth held-out archive, 2022 – 2024: the Sở Tài chính of tỉnh Bảo Lâm (fictional).
Do not tune on it.

The reform's documents (the yearly CCHC plans and reports, the Quy chế chi tiêu nội bộ, the
internal procedure for TTHC with its annex in a file of its own and its amendment, the Quy chế
làm việc, the CCHC inspection and tuyên truyền plans, the financial autonomy of a public service
unit, a 6-month report in Windows-1258) beside the Sở's sector work (budget guidance and the
budget disclosure, an inspection of public assets, a price appraisal, a letter on the public
asset data). Written by hand; facts in ``bench/data/heldout24_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout24_common import (
    FUNCS,
    GD,
    LAN,
    LUAT_NS,
    LUAT_TSC,
    ND30,
    ND60,
    ND61,
    ND130,
    NGHIA,
    NQ76,
    TO_REPORT,
    TO_SO,
    VINH,
    Doc,
    decision,
)

EARLY: list[Doc] = [
    Doc(
        "KH CCHC 2022.txt", "txt", "05/KH-STC", "2022-01-10", "KẾ HOẠCH",
        "Cải cách hành chính năm 2022 của Sở Tài chính",
        f"""{NQ76}

Thực hiện Kế hoạch số 12/KH-UBND ngày 06/01/2022 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2022, Sở Tài chính ban hành Kế hoạch cải cách hành chính năm 2022 như sau:

I. MỤC ĐÍCH, YÊU CẦU

Triển khai đồng bộ các nhiệm vụ cải cách hành chính; nâng cao chất lượng giải quyết thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả của Sở đặt tại Trung tâm Phục vụ hành chính công tỉnh.

II. NHIỆM VỤ TRỌNG TÂM

1. Cải cách thủ tục hành chính: xây dựng Quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở trong quý II năm 2022; tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt tối thiểu 40%.

2. Cải cách tài chính công: xây dựng Quy chế chi tiêu nội bộ mới của Sở trong quý I năm 2022; thực hiện công khai dự toán, quyết toán theo quy định.

3. Chế độ công vụ: rà soát Quy chế làm việc của Sở ban hành năm 2020.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở là đầu mối theo dõi, tổng hợp, báo cáo kết quả thực hiện Kế hoạch này.""",
        NGHIA, to=TO_REPORT,
    ),
    Doc(
        "QD 38-STC quy che chi tieu noi bo.docx", "docx", "38/QĐ-STC", "2022-03-15", "QUYẾT ĐỊNH",
        "Ban hành Quy chế chi tiêu nội bộ của Sở Tài chính",
        decision(GD, [ND130, FUNCS, "Theo đề nghị của Chánh Văn phòng Sở."], """Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Sở Tài chính, gồm 04 chương, 18 điều.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2022 và thay thế Quyết định số 112/QĐ-STC ngày 20/3/2019 của Giám đốc Sở Tài chính ban hành Quy chế chi tiêu nội bộ.

Điều 3. Chánh Văn phòng, Trưởng các phòng, đơn vị thuộc Sở và công chức, người lao động của Sở chịu trách nhiệm thi hành Quyết định này./."""),
        NGHIA, to=TO_SO, layout="one_row",
    ),
    Doc(
        "QD 47-STC.docx", "docx", "47/QĐ-STC", "2022-04-05", "QUYẾT ĐỊNH",
        "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Tài chính",
        decision(GD, [ND61, FUNCS, "Theo đề nghị của Chánh Văn phòng Sở."], """Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết 38 thủ tục hành chính thuộc thẩm quyền của Sở Tài chính (Phụ lục kèm theo).

Điều 2. Hồ sơ được tiếp nhận tại Bộ phận tiếp nhận và trả kết quả của Sở đặt tại Trung tâm Phục vụ hành chính công tỉnh; kết quả được trả tại nơi tiếp nhận hoặc qua dịch vụ bưu chính công ích.

Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 4 năm 2022.

Điều 4. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        NGHIA, to=TO_SO, layout="two_rows",
    ),
    Doc(
        "cong van 1285 du toan 2023.pdf", "pdf", "1285/STC-VP", "2022-08-05", "",
        "hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2023",
        """Để chuẩn bị xây dựng dự toán ngân sách nhà nước năm 2023 trình Ủy ban nhân dân tỉnh, Sở Tài chính đề nghị các cơ quan, đơn vị:

1. Lập dự toán thu, chi ngân sách năm 2023 theo đúng định mức phân bổ hiện hành; thuyết minh chi tiết các khoản chi tăng so với năm 2022.

2. Gửi dự toán về Sở Tài chính (Phòng Quản lý ngân sách) trước ngày 25/8/2022, đồng thời gửi bản điện tử qua Hệ thống quản lý văn bản và điều hành.

Sở Tài chính đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.""",
        VINH, to=("- Như trên;", "- UBND tỉnh (để b/c);", "- Lưu: VT, QLNS."), layout="cells",
        kinh_gui="Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố",
    ),
    Doc(
        "BC CCHC nam 2022.pdf", "pdf", "176/BC-STC", "2022-12-14", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2022",
        """Thực hiện Kế hoạch số 05/KH-STC ngày 10/01/2022 của Sở, thời gian chốt số liệu từ ngày 15/12/2021 đến ngày 14/12/2022, Sở Tài chính báo cáo kết quả cải cách hành chính năm 2022 như sau:

I. KẾT QUẢ THỰC HIỆN

1. Chỉ đạo, điều hành: Chỉ số cải cách hành chính năm 2021 của Sở đạt 84,30 điểm, xếp thứ 9/19 sở, ban, ngành.

2. Cải cách thủ tục hành chính: ban hành Quy trình nội bộ tại Quyết định số 47/QĐ-STC ngày 05/4/2022. Năm 2022, Sở tiếp nhận 486 hồ sơ thủ tục hành chính, giải quyết đúng hạn 483 hồ sơ (99,4%); tiếp nhận trực tuyến 201 hồ sơ, đạt 41,4%.

3. Cải cách tài chính công: ban hành Quy chế chi tiêu nội bộ tại Quyết định số 38/QĐ-STC ngày 15/3/2022, áp dụng từ ngày 01/4/2022.

II. NHIỆM VỤ NĂM 2023

Nâng tỷ lệ hồ sơ trực tuyến; rà soát Quy chế làm việc của Sở.""",
        NGHIA, to=TO_REPORT, layout="lines",
    ),
    Doc(
        "KH CCHC 2023 (ky 28-12-2022).txt", "eoffice", "182/KH-STC", "2022-12-28", "KẾ HOẠCH",
        "Cải cách hành chính năm 2023 của Sở Tài chính",
        f"""{NQ76}

Sở Tài chính ban hành Kế hoạch cải cách hành chính năm 2023 như sau:

1. Cải cách thủ tục hành chính: tỷ lệ hồ sơ giải quyết đúng hạn trên 98%; tỷ lệ hồ sơ tiếp nhận trực tuyến tối thiểu 50%; bổ sung việc tiếp nhận hồ sơ trực tuyến vào Quy trình nội bộ.

2. Cải cách tài chính công: kiểm tra việc thực hiện Quy chế chi tiêu nội bộ; công khai dự toán năm 2023.

3. Chế độ công vụ: xây dựng Quy chế làm việc mới thay Quy chế năm 2020.

4. Văn phòng Sở theo dõi, báo cáo 6 tháng trước ngày 15/6/2023 và năm trước ngày 15/12/2023.""",
        NGHIA, to=TO_REPORT,
    ),
    # ------------------------------------------------------------ 2023
    Doc(
        "cong-khai-du-toan-2023.html", "html:Công khai ngân sách", "19/QĐ-STC", "2023-02-13", "QUYẾT ĐỊNH",
        "Công bố công khai dự toán ngân sách nhà nước năm 2023 của Sở Tài chính",
        decision(GD, [LUAT_NS, FUNCS, "Theo đề nghị của Chánh Văn phòng Sở."], """Điều 1. Công bố công khai dự toán ngân sách nhà nước năm 2023 của Sở Tài chính, tổng số 18.450 triệu đồng, trong đó kinh phí thực hiện chế độ tự chủ 12.960 triệu đồng (biểu kèm theo).

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Kế toán trưởng và Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        VINH, to=TO_SO,
    ),
    Doc(
        "QD 64-STC sua doi Dieu 2.txt", "txt", "64/QĐ-STC", "2023-05-12", "QUYẾT ĐỊNH",
        "Sửa đổi Điều 2 Quyết định số 47/QĐ-STC ngày 05/4/2022 ban hành Quy trình nội bộ giải quyết thủ tục hành chính",
        decision(GD, [ND61, FUNCS, "Theo đề nghị của Chánh Văn phòng Sở."], """Điều 1. Sửa đổi Điều 2 Quyết định số 47/QĐ-STC ngày 05/4/2022 của Giám đốc Sở Tài chính như sau:

"Điều 2. Hồ sơ được tiếp nhận tại Bộ phận tiếp nhận và trả kết quả của Sở đặt tại Trung tâm Phục vụ hành chính công tỉnh hoặc trực tuyến trên Cổng Dịch vụ công của tỉnh; kết quả được trả tại nơi tiếp nhận, qua dịch vụ bưu chính công ích hoặc bản điện tử."

Các điều khác của Quyết định số 47/QĐ-STC và Quy trình kèm theo giữ nguyên.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 6 năm 2023.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        NGHIA, to=TO_SO,
    ),
    Doc(
        "KH kiem tra tai san cong 2023.docx", "docx", "102/KH-STC", "2023-07-03", "KẾ HOẠCH",
        "Kiểm tra việc quản lý, sử dụng tài sản công tại các cơ quan, đơn vị năm 2023",
        f"""{LUAT_TSC}

Sở Tài chính ban hành Kế hoạch kiểm tra việc quản lý, sử dụng tài sản công năm 2023 như sau:

1. Đối tượng: 12 cơ quan, đơn vị cấp tỉnh có số lượng xe ô tô, trụ sở làm việc lớn.

2. Nội dung: việc mua sắm, sử dụng, cho thuê, thanh lý tài sản công; việc cập nhật dữ liệu vào Cơ sở dữ liệu quốc gia về tài sản công.

3. Thời gian: từ tháng 8 đến tháng 11 năm 2023; Phòng Quản lý giá và công sản chủ trì.""",
        VINH, to=("- Các cơ quan, đơn vị được kiểm tra;", "- UBND tỉnh (để b/c);", "- Lưu: VT, GCS."), layout="merged",
    ),
    Doc(
        "171.BC-STC 2023.pdf", "pdf", "171/BC-STC", "2023-12-12", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2023",
        """Thực hiện Kế hoạch số 182/KH-STC ngày 28/12/2022 của Sở, thời gian chốt số liệu từ ngày 15/12/2022 đến ngày 14/12/2023, Sở Tài chính báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN

1. Chỉ đạo, điều hành: Chỉ số cải cách hành chính năm 2022 của Sở đạt 85,12 điểm, xếp thứ 7/19 sở, ban, ngành.

2. Cải cách thủ tục hành chính: Quy trình nội bộ được sửa đổi tại Quyết định số 64/QĐ-STC ngày 12/5/2023 (tiếp nhận trực tuyến, trả kết quả điện tử). Năm 2023, Sở tiếp nhận 534 hồ sơ, giải quyết đúng hạn 532 hồ sơ (99,6%); tiếp nhận trực tuyến 298 hồ sơ, đạt 55,8%. Chỉ số hài lòng (SIPAS) đạt 90,2%.

3. Cải cách tài chính công: công khai dự toán năm 2023 theo quy định.

II. NHIỆM VỤ NĂM 2024

Ban hành Quy chế làm việc mới; đạt tỷ lệ trực tuyến tối thiểu 60%.""",
        NGHIA, to=TO_REPORT, layout="cells",
    ),
    Doc(
        "KH CCHC 2024 v2.docx", "docx", "188/KH-STC", "2023-12-27", "KẾ HOẠCH",
        "Cải cách hành chính năm 2024 của Sở Tài chính",
        f"""{NQ76}

Sở Tài chính ban hành Kế hoạch cải cách hành chính năm 2024 như sau:

1. Chỉ tiêu: 100% hồ sơ được giải quyết đúng hạn; tỷ lệ hồ sơ tiếp nhận trực tuyến tối thiểu 60%; SIPAS trên 90%.

2. Nhiệm vụ: ban hành Quy chế làm việc mới trong quý I năm 2024; kiểm tra cải cách hành chính tại 05 phòng; tuyên truyền cải cách hành chính; triển khai cơ chế tự chủ tài chính tại Trung tâm Tư vấn, Thẩm định giá và Dịch vụ tài chính.

3. Văn phòng Sở là đầu mối theo dõi, tổng hợp kết quả.""",
        NGHIA, to=TO_REPORT, layout="one_row",
    ),
    # ------------------------------------------------------------ 2024
    Doc(
        "KH kiem tra CCHC 2024.txt", "eoffice", "11/KH-STC", "2024-01-17", "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2024",
        """Thực hiện Kế hoạch số 188/KH-STC ngày 27/12/2023 của Sở về cải cách hành chính năm 2024, Sở Tài chính ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2024 như sau:

1. Đối tượng: 05 phòng thuộc Sở.

2. Nội dung: việc thực hiện Quy trình nội bộ giải quyết thủ tục hành chính, Quy chế chi tiêu nội bộ, việc ký số và lưu trữ hồ sơ điện tử.

3. Thời gian: quý II và quý III năm 2024.""",
        LAN,
    ),
    Doc(
        "QD 40-STC quy che lam viec.docx", "docx", "40/QĐ-STC", "2024-03-11", "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Tài chính",
        decision(GD, [FUNCS, ND30, "Theo đề nghị của Chánh Văn phòng Sở."], """Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Tài chính.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 135/QĐ-STC ngày 08/9/2020 của Giám đốc Sở Tài chính ban hành Quy chế làm việc.

Điều 3. Chánh Văn phòng, Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        NGHIA, to=TO_SO, layout="two_rows",
    ),
    Doc(
        "Kế hoạch tuyên truyền CCHC 2024.docx", "docx", "52/KH-STC", "2024-03-28", "KẾ HOẠCH",
        "Tuyên truyền cải cách hành chính năm 2024",
        """Thực hiện Kế hoạch số 188/KH-STC ngày 27/12/2023 của Sở, Sở Tài chính ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 như sau:

1. Nội dung: thủ tục hành chính thuộc thẩm quyền của Sở, việc nộp hồ sơ trực tuyến, Quy chế làm việc mới của Sở.

2. Hình thức: đăng tối thiểu 24 tin, bài trên Trang thông tin điện tử của Sở; niêm yết tại Trung tâm Phục vụ hành chính công tỉnh.

3. Văn phòng Sở chủ trì thực hiện.""",
        LAN, layout="one_row", sign_plain=True,
    ),
    Doc(
        "QD 74 tu chu tai chinh Trung tam.pdf", "pdf", "74/QĐ-STC", "2024-05-06", "QUYẾT ĐỊNH",
        "Phê duyệt phương án tự chủ tài chính của Trung tâm Tư vấn, Thẩm định giá và Dịch vụ tài chính giai đoạn 2024 - 2026",
        decision(GD, [ND60, FUNCS, "Xét đề nghị của Giám đốc Trung tâm Tư vấn, Thẩm định giá và Dịch vụ tài chính."], """Điều 1. Phê duyệt phương án tự chủ tài chính của Trung tâm Tư vấn, Thẩm định giá và Dịch vụ tài chính giai đoạn 2024 - 2026: đơn vị sự nghiệp công tự bảo đảm chi thường xuyên; dự kiến thu sự nghiệp bình quân 6.200 triệu đồng/năm.

Điều 2. Thời gian thực hiện: từ ngày 01 tháng 6 năm 2024 đến hết ngày 31 tháng 12 năm 2026.

Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2024.

Điều 4. Chánh Văn phòng, Giám đốc Trung tâm chịu trách nhiệm thi hành Quyết định này./."""),
        NGHIA, to=TO_SO, layout="lines",
    ),
    Doc(
        "BC 6 thang 2024 (ANSI).txt", "cp1258", "95/BC-STC", "2024-06-14", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024",
        """Thực hiện Kế hoạch số 188/KH-STC ngày 27/12/2023 của Sở, thời gian chốt số liệu từ ngày 15/12/2023 đến ngày 14/6/2024, Sở Tài chính báo cáo như sau:

1. Chỉ đạo, điều hành: Chỉ số cải cách hành chính năm 2023 của Sở đạt 86,74 điểm, xếp thứ 5/19 sở, ban, ngành.

2. Chế độ công vụ: ban hành Quy chế làm việc tại Quyết định số 40/QĐ-STC ngày 11/3/2024.

3. Thủ tục hành chính: 6 tháng đầu năm 2024, Sở tiếp nhận 289 hồ sơ, giải quyết đúng hạn 289 hồ sơ (100%); tiếp nhận trực tuyến 191 hồ sơ, đạt 66,1%.

4. Tài chính công: phê duyệt phương án tự chủ tài chính của Trung tâm Tư vấn, Thẩm định giá và Dịch vụ tài chính (Quyết định số 74/QĐ-STC ngày 06/5/2024).""",
        LAN, to=TO_REPORT,
    ),
    Doc(
        "TB 98 tham dinh gia nuoc sach.txt", "txt", "98/TB-STC", "2024-06-20", "THÔNG BÁO",
        "Kết quả thẩm định phương án giá nước sạch sinh hoạt trên địa bàn tỉnh",
        """Sở Tài chính thông báo kết quả thẩm định phương án giá nước sạch sinh hoạt do Công ty cổ phần Cấp thoát nước Bảo Lâm lập như sau:

1. Giá bán bình quân đề nghị: 9.800 đồng/m3 (chưa bao gồm thuế giá trị gia tăng); tỷ lệ thất thoát nước tính vào giá 18,5%.

2. Kết quả thẩm định: giá bán bình quân 9.350 đồng/m3; tỷ lệ thất thoát tính vào giá không quá 18%.

3. Công ty hoàn chỉnh phương án, trình Ủy ban nhân dân tỉnh quyết định.""",
        VINH, to=("- Công ty cổ phần Cấp thoát nước Bảo Lâm;", "- UBND tỉnh (để b/c);", "- Lưu: VT, GCS."),
    ),
    Doc(
        "cong van 1140.txt", "txt", "1140/STC-VP", "2024-07-15", "",
        "rà soát, cập nhật dữ liệu tài sản công năm 2024",
        """Để hoàn thành báo cáo kê khai tài sản công năm 2024, Sở Tài chính đề nghị các cơ quan, đơn vị rà soát, cập nhật đầy đủ dữ liệu về trụ sở làm việc, xe ô tô và tài sản cố định khác vào Cơ sở dữ liệu quốc gia về tài sản công trước ngày 15/8/2024.

Sở Tài chính đề nghị các cơ quan, đơn vị quan tâm thực hiện./.""",
        VINH, to=("- Như trên;", "- Lưu: VT, GCS."),
        kinh_gui="Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố",
    ),
    Doc(
        "KH CCHC 2025 (final).docx", "docx", "189/KH-STC", "2024-12-27", "KẾ HOẠCH",
        "Cải cách hành chính năm 2025 của Sở Tài chính",
        f"""{NQ76}

Thực hiện Kế hoạch số 236/KH-UBND ngày 16/12/2024 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2025, Sở Tài chính ban hành Kế hoạch cải cách hành chính năm 2025 như sau:

1. Chỉ tiêu: tỷ lệ hồ sơ tiếp nhận trực tuyến tối thiểu 80%; SIPAS trên 90%; 100% văn bản đi được ký số.

2. Tổ chức bộ máy: sắp xếp các phòng khi Sở tiếp nhận chức năng, nhiệm vụ của Sở Kế hoạch và Đầu tư.

3. Thủ tục hành chính: đề nghị công bố Danh mục thủ tục hành chính sau sắp xếp; ban hành Quy trình nội bộ mới.

4. Tài chính công: ban hành Quy chế chi tiêu nội bộ mới trong quý I năm 2025.""",
        NGHIA, to=TO_REPORT, layout="merged",
    ),
]

ANNEX_47 = (
    [
        "Phụ lục",
        "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN CỦA SỞ TÀI CHÍNH",
        "(Kèm theo Quyết định số 47/QĐ-STC ngày 05 tháng 4 năm 2022 của Giám đốc Sở Tài chính)",
    ],
    [
        ["TT", "Tên thủ tục hành chính", "Thời hạn giải quyết", "Phòng chủ trì"],
        ["1", "Đăng ký mã số đơn vị có quan hệ với ngân sách", "02 ngày làm việc", "Tin học - Thống kê"],
        ["2", "Thẩm định phương án giá hàng hóa, dịch vụ", "15 ngày làm việc", "Quản lý giá và công sản"],
        ["3", "Quyết định mua sắm, thanh lý tài sản công", "10 ngày làm việc", "Quản lý giá và công sản"],
        ["…", "(các thủ tục còn lại, tổng cộng 38 thủ tục)", "", ""],
    ],
    "Các bước tiếp nhận, thẩm định, phê duyệt và trả kết quả của từng thủ tục thực hiện theo sơ đồ của Quy trình này.",
)
