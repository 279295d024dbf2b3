"""Twenty-fourth held-out archive, 2025 – 2026: the Sở Tài chính of tỉnh Bảo Lâm (fictional),
which takes over the Sở Kế hoạch và Đầu tư's tasks on 01/3/2025, keeping its name and symbol.
Do not tune on it.

The reform's documents (the yearly report of 2024 signed in January 2025, the phòng after the
merger, the new Quy chế chi tiêu nội bộ with an article suspended, the Quy chế làm việc and its
amendment, the Chủ tịch's list proposed by a Tờ trình and saved from the portal, the internal
procedure replacing two, a pilot of electronic results extended, the autonomy decision
repealed, the CCHC reports, plans and inspection, the plan for 2026 signed on 29/12/2025, a DỰ
THẢO, and the last Công văn) beside the Sở's sector work (the budget disclosures, an inspection of
budget units, public investment, a price appraisal). Written by hand; facts in
``bench/data/heldout24_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout24_common import (
    CT_WHO,
    FUNCS25,
    GD,
    LAN,
    LUAT_2015,
    LUAT_NS,
    ND30,
    ND61,
    ND130,
    NGHIA,
    NHUNG,
    NQ76,
    THINH,
    TO_REPORT,
    TO_SO,
    UB,
    VINH,
    Doc,
    decision,
)

TABLE_2024 = [
    ["Lĩnh vực", "Hồ sơ tiếp nhận", "Giải quyết đúng hạn"],
    ["Đăng ký mã số đơn vị có quan hệ với ngân sách", "318", "318"],
    ["Quản lý công sản", "164", "163"],
    ["Quản lý giá, tin học - thống kê", "120", "119"],
    ["Tổng cộng năm 2024", "602", "600"],
]

TABLE_2025 = [
    ["Lĩnh vực", "Hồ sơ tiếp nhận", "Giải quyết đúng hạn"],
    ["Đăng ký mã số đơn vị có quan hệ với ngân sách", "402", "402"],
    ["Quản lý công sản", "188", "187"],
    ["Quản lý giá", "96", "96"],
    ["Đầu tư (từ 01/3/2025)", "1.064", "1.058"],
    ["Đăng ký doanh nghiệp (từ 01/3/2025)", "5.124", "5.112"],
    ["Tổng cộng năm 2025", "6.874", "6.855"],
]

LATE: list[Doc] = [
    Doc(
        "bao cao CCHC 2024 gui So Noi vu.docx", "docx", "04/BC-STC", "2025-01-10", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2024",
        """Thực hiện Kế hoạch số 188/KH-STC ngày 27/12/2023 của Sở, thời gian chốt số liệu từ ngày 15/12/2023 đến ngày 14/12/2024, Sở Tài chính báo cáo kết quả cải cách hành chính năm 2024 như sau:

I. KẾT QUẢ THỰC HIỆN

1. Chỉ đạo, điều hành: Chỉ số cải cách hành chính năm 2023 của Sở đạt 86,74 điểm, xếp thứ 5/19 sở, ban, ngành.

2. Kiểm tra, tuyên truyền: kiểm tra 05/05 phòng theo Kế hoạch số 11/KH-STC ngày 17/01/2024; đăng 27 tin, bài theo Kế hoạch số 52/KH-STC ngày 28/3/2024.

3. Thủ tục hành chính: năm 2024, Sở tiếp nhận 602 hồ sơ thủ tục hành chính, giải quyết đúng hạn 600 hồ sơ (99,7%); tiếp nhận trực tuyến 443 hồ sơ, đạt 73,6% (chỉ tiêu tối thiểu 60%). Chỉ số hài lòng (SIPAS) năm 2024 đạt 91,3%. Số liệu theo lĩnh vực:

[[TABLE]]

4. Chế độ công vụ, tài chính công: thực hiện Quy chế làm việc (Quyết định số 40/QĐ-STC ngày 11/3/2024) và phương án tự chủ tài chính của Trung tâm Tư vấn, Thẩm định giá và Dịch vụ tài chính (Quyết định số 74/QĐ-STC ngày 06/5/2024).

II. NHIỆM VỤ NĂM 2025

Triển khai Kế hoạch số 189/KH-STC ngày 27/12/2024; sắp xếp tổ chức khi tiếp nhận nhiệm vụ của Sở Kế hoạch và Đầu tư.""",
        NGHIA, to=TO_REPORT, layout="one_row", table=TABLE_2024,
    ),
    Doc(
        "QD 12-STC cong khai du toan 2025.html", "html:Công khai ngân sách", "12/QĐ-STC", "2025-01-20", "QUYẾT ĐỊNH",
        "Công bố công khai dự toán ngân sách nhà nước năm 2025 của Sở Tài chính",
        decision(GD, [LUAT_NS, "Căn cứ Quyết định số 2250/QĐ-UBND ngày 12/12/2024 của Ủy ban nhân dân tỉnh về việc giao dự toán ngân sách nhà nước năm 2025;", "Theo đề nghị của Chánh Văn phòng Sở."], """Điều 1. Công bố công khai dự toán ngân sách nhà nước năm 2025 của Sở Tài chính, tổng số 21.870 triệu đồng, trong đó kinh phí thực hiện chế độ tự chủ 14.520 triệu đồng (biểu kèm theo).

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Kế toán trưởng và Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        VINH, to=TO_SO,
    ),
    Doc(
        "KH 14 kiem tra CCHC 2025.pdf", "pdf", "14/KH-STC", "2025-01-22", "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2025",
        """Thực hiện Kế hoạch số 189/KH-STC ngày 27/12/2024 của Sở về cải cách hành chính năm 2025, Sở Tài chính ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2025 như sau:

1. Đối tượng: 07 phòng, đơn vị thuộc Sở (kể cả các phòng tiếp nhận từ Sở Kế hoạch và Đầu tư).

2. Nội dung: thực hiện Quy chế làm việc, Quy trình nội bộ giải quyết thủ tục hành chính, Quy chế chi tiêu nội bộ và việc ký số văn bản.

3. Thời gian: quý III năm 2025; Văn phòng Sở thông báo kết quả trước ngày 30/11/2025.""",
        LAN, layout="lines",
    ),
    Doc(
        "KH kiem tra tai chinh ngan sach 2025.txt", "txt", "20/KH-STC", "2025-02-10", "KẾ HOẠCH",
        "Kiểm tra công tác quản lý tài chính, ngân sách tại các đơn vị dự toán năm 2025",
        f"""{LUAT_NS}

Sở Tài chính ban hành Kế hoạch kiểm tra công tác quản lý tài chính, ngân sách năm 2025 như sau:

1. Đối tượng: 09 đơn vị dự toán cấp tỉnh và 02 huyện.

2. Nội dung: việc chấp hành dự toán, quyết toán ngân sách năm 2024; việc sử dụng kinh phí tự chủ, kinh phí không tự chủ.

3. Thời gian: từ tháng 4 đến tháng 9 năm 2025; Phòng Quản lý ngân sách chủ trì.""",
        VINH, to=("- Các đơn vị được kiểm tra;", "- UBND tỉnh (để b/c);", "- Lưu: VT, QLNS."),
    ),
    Doc(
        "QD 28-STC 2025.docx", "docx", "28/QĐ-STC", "2025-03-05", "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ của các phòng chuyên môn thuộc Sở Tài chính",
        decision(GD, [FUNCS25, "Theo đề nghị của Chánh Văn phòng Sở."], """Điều 1. Các phòng chuyên môn thuộc Sở Tài chính gồm: Văn phòng; Phòng Quản lý ngân sách; Phòng Quản lý giá và công sản; Phòng Tài chính đầu tư; Phòng Quản lý đầu tư công; Phòng Đăng ký kinh doanh và Doanh nghiệp (tiếp nhận từ Sở Kế hoạch và Đầu tư); chức năng, nhiệm vụ của từng phòng quy định tại Quy định kèm theo.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        NGHIA, to=TO_SO, layout="two_rows",
    ),
    Doc(
        "35.QD-STC 2025.pdf", "pdf", "35/QĐ-STC", "2025-03-14", "QUYẾT ĐỊNH",
        "Ban hành Quy chế chi tiêu nội bộ của Sở Tài chính",
        decision(GD, [ND130, FUNCS25, "Theo đề nghị của Chánh Văn phòng Sở."], """Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Sở Tài chính, gồm 04 chương, 20 điều; Điều 12 của Quy chế quy định việc chi thu nhập tăng thêm hằng quý từ kinh phí tiết kiệm.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2025 và thay thế Quyết định số 38/QĐ-STC ngày 15/3/2022 của Giám đốc Sở Tài chính ban hành Quy chế chi tiêu nội bộ.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở và công chức, người lao động của Sở chịu trách nhiệm thi hành Quyết định này./."""),
        NGHIA, to=TO_SO, layout="cells",
    ),
    Doc(
        "QD 44 quy che lam viec 2025.docx", "docx", "44/QĐ-STC", "2025-03-24", "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Tài chính",
        decision(GD, [FUNCS25, ND30, "Theo đề nghị của Chánh Văn phòng Sở."], """Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Tài chính sau khi tiếp nhận chức năng, nhiệm vụ của Sở Kế hoạch và Đầu tư.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 40/QĐ-STC ngày 11/3/2024 của Giám đốc Sở Tài chính ban hành Quy chế làm việc.

Điều 3. Chánh Văn phòng, Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        NGHIA, to=TO_SO, layout="merged",
    ),
    Doc(
        "KH tuyen truyen CCHC 2025.txt", "eoffice", "56/KH-STC", "2025-04-02", "KẾ HOẠCH",
        "Tuyên truyền cải cách hành chính năm 2025",
        """Thực hiện Kế hoạch số 189/KH-STC ngày 27/12/2024 của Sở, Sở Tài chính ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025 như sau:

1. Nội dung: thủ tục hành chính về đầu tư, đăng ký doanh nghiệp do Sở tiếp nhận từ ngày 01/3/2025; nộp hồ sơ trực tuyến; Quy chế làm việc mới.

2. Hình thức: tối thiểu 30 tin, bài trên Trang thông tin điện tử của Sở; hội nghị đối thoại với doanh nghiệp trong quý III.

3. Văn phòng Sở chủ trì, Phòng Đăng ký kinh doanh và Doanh nghiệp phối hợp.""",
        LAN,
    ),
    Doc(
        "To trinh 57 danh muc TTHC.docx", "docx", "57/TTr-STC", "2025-04-08", "TỜ TRÌNH",
        "Về việc công bố Danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Tài chính",
        """Kính gửi: Ủy ban nhân dân tỉnh Bảo Lâm.

Từ ngày 01/3/2025, Sở Tài chính tiếp nhận chức năng, nhiệm vụ của Sở Kế hoạch và Đầu tư. Sở Tài chính đã rà soát và đề nghị Ủy ban nhân dân tỉnh công bố Danh mục 96 thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở (trong đó 41 thủ tục lĩnh vực đầu tư, thành lập và hoạt động doanh nghiệp), thay thế Danh mục đã công bố tại Quyết định số 1520/QĐ-UBND ngày 22/8/2023 của Chủ tịch Ủy ban nhân dân tỉnh.

Sở Tài chính kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.""",
        NGHIA, to=("- Như trên;", "- Văn phòng UBND tỉnh;", "- Lưu: VT, VP."), layout="one_row",
    ),
    Doc(
        "QD 685-QD-UBND cong bo TTHC So Tai chinh.html", "html:Quyết định công bố thủ tục hành chính", "685/QĐ-UBND", "2025-04-18", "QUYẾT ĐỊNH",
        "Công bố Danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Tài chính tỉnh Bảo Lâm",
        decision(CT_WHO, [LUAT_2015, ND61, "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 57/TTr-STC ngày 08/4/2025."], """Điều 1. Công bố kèm theo Quyết định này Danh mục 96 thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Tài chính tỉnh Bảo Lâm.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 1520/QĐ-UBND ngày 22/8/2023 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính và các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./."""),
        THINH, issuer=UB, to=("- Như Điều 3;", "- Cục Kiểm soát thủ tục hành chính;", "- Lưu: VT, KSTT."),
    ),
    Doc(
        "scan_bao cao 6 thang.pdf", "pdf", "70/BC-STC", "2025-06-13", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025",
        """Thực hiện Kế hoạch số 189/KH-STC ngày 27/12/2024 của Sở, thời gian chốt số liệu từ ngày 15/12/2024 đến ngày 14/6/2025, Sở Tài chính báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2025 như sau:

1. Chỉ đạo, điều hành: Chỉ số cải cách hành chính năm 2024 của Sở đạt 88,06 điểm, xếp thứ 4/19 sở, ban, ngành.

2. Tổ chức bộ máy, chế độ công vụ: từ ngày 01/3/2025, Sở tiếp nhận chức năng, nhiệm vụ của Sở Kế hoạch và Đầu tư; quy định chức năng, nhiệm vụ 06 phòng tại Quyết định số 28/QĐ-STC ngày 05/3/2025; ban hành Quy chế làm việc tại Quyết định số 44/QĐ-STC ngày 24/3/2025.

3. Tài chính công: Quy chế chi tiêu nội bộ mới (Quyết định số 35/QĐ-STC ngày 14/3/2025) áp dụng từ ngày 01/4/2025.

4. Thủ tục hành chính: Danh mục 96 thủ tục được công bố tại Quyết định số 685/QĐ-UBND ngày 18/4/2025. 6 tháng đầu năm 2025, Sở tiếp nhận 3.126 hồ sơ thủ tục hành chính, giải quyết đúng hạn 3.114 hồ sơ (99,6%); tiếp nhận trực tuyến 2.688 hồ sơ, đạt 86,0%. Riêng lĩnh vực đăng ký doanh nghiệp, có 412 doanh nghiệp thành lập mới.

5. Nhiệm vụ 6 tháng cuối năm: ban hành Quy trình nội bộ mới; thí điểm trả kết quả điện tử lĩnh vực đăng ký doanh nghiệp.""",
        LAN, to=TO_REPORT, layout="lines", justify=True,
    ),
    Doc(
        "QD 78-STC quy trinh noi bo 2025.docx", "docx", "78/QĐ-STC", "2025-06-26", "QUYẾT ĐỊNH",
        "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Tài chính",
        decision(GD, [ND61, FUNCS25, "Căn cứ Quyết định số 685/QĐ-UBND ngày 18/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Tài chính;", "Theo đề nghị của Chánh Văn phòng Sở."], """Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết 96 thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Tài chính.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025 và thay thế Quyết định số 47/QĐ-STC ngày 05/4/2022 và Quyết định số 64/QĐ-STC ngày 12/5/2023 của Giám đốc Sở Tài chính.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        NGHIA, to=TO_SO, layout="two_rows",
    ),
    Doc(
        "QD 90 tam dung Dieu 12 QCCTNB.txt", "txt", "90/QĐ-STC", "2025-08-14", "QUYẾT ĐỊNH",
        "Tạm dừng áp dụng Điều 12 Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 35/QĐ-STC ngày 14/3/2025",
        decision(GD, [ND130, FUNCS25, "Xét kết quả rà soát nguồn kinh phí tiết kiệm 6 tháng đầu năm 2025."], """Điều 1. Tạm dừng áp dụng Điều 12 (chi thu nhập tăng thêm hằng quý) của Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 35/QĐ-STC ngày 14/3/2025 của Giám đốc Sở Tài chính, kể từ ngày 01 tháng 9 năm 2025 đến hết ngày 31 tháng 12 năm 2025. Hết thời hạn tạm dừng, Điều 12 của Quy chế tiếp tục được áp dụng; các điều khác của Quy chế giữ nguyên.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Kế toán trưởng và Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        NGHIA, to=TO_SO,
    ),
    Doc(
        "QD 98 thi diem tra ket qua dien tu.pdf", "pdf", "98/QĐ-STC", "2025-08-22", "QUYẾT ĐỊNH",
        "Thí điểm trả kết quả giải quyết thủ tục hành chính lĩnh vực đăng ký doanh nghiệp bằng bản điện tử",
        decision(GD, [ND61, FUNCS25, "Theo đề nghị của Trưởng phòng Đăng ký kinh doanh và Doanh nghiệp."], """Điều 1. Thí điểm trả kết quả giải quyết thủ tục hành chính lĩnh vực đăng ký doanh nghiệp bằng bản điện tử có ký số của Sở vào tài khoản của tổ chức, cá nhân trên Cổng Dịch vụ công.

Điều 2. Phòng Đăng ký kinh doanh và Doanh nghiệp chủ trì, Văn phòng Sở phối hợp thực hiện.

Điều 3. Thời gian thí điểm: từ ngày 01 tháng 9 năm 2025 đến hết ngày 30 tháng 11 năm 2025.

Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 9 năm 2025. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        VINH, to=TO_SO, layout="cells",
    ),
    Doc(
        "cong van 1865.txt", "txt", "1865/STC-VP", "2025-09-22", "",
        "đôn đốc giải ngân kế hoạch vốn đầu tư công năm 2025",
        """Đến ngày 15/9/2025, tỷ lệ giải ngân kế hoạch vốn đầu tư công năm 2025 của tỉnh đạt 52,4%, thấp hơn bình quân chung cả nước. Sở Tài chính đề nghị các chủ đầu tư:

1. Khẩn trương hoàn thiện hồ sơ thanh toán khối lượng hoàn thành; báo cáo tiến độ giải ngân về Sở (Phòng Quản lý đầu tư công) trước ngày 05 hằng tháng.

2. Đề xuất điều chuyển vốn của các dự án chậm giải ngân trước ngày 15/10/2025.

Sở Tài chính đề nghị các chủ đầu tư quan tâm thực hiện./.""",
        VINH, to=("- Như trên;", "- UBND tỉnh (để b/c);", "- Lưu: VT, QLĐTC."),
        kinh_gui="Các chủ đầu tư dự án sử dụng vốn đầu tư công trên địa bàn tỉnh",
    ),
    Doc(
        "TB ket qua kiem tra CCHC 2025.txt", "eoffice", "125/TB-STC", "2025-11-18", "THÔNG BÁO",
        "Kết quả kiểm tra công tác cải cách hành chính năm 2025",
        """Thực hiện Kế hoạch số 14/KH-STC ngày 22/01/2025 của Sở, Đoàn kiểm tra đã kiểm tra 07/07 phòng, đơn vị thuộc Sở. Sở Tài chính thông báo kết quả như sau:

1. Các phòng thực hiện đúng Quy chế làm việc và Quy trình nội bộ giải quyết thủ tục hành chính; 100% văn bản đi được ký số.

2. Tồn tại: 02 phòng còn chậm cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.

3. Yêu cầu các phòng khắc phục trước ngày 15/12/2025.""",
        LAN,
    ),
    Doc(
        "Document (3).docx", "docx", "131/QĐ-STC", "2025-11-24", "QUYẾT ĐỊNH",
        "Kéo dài thời gian thí điểm trả kết quả giải quyết thủ tục hành chính lĩnh vực đăng ký doanh nghiệp bằng bản điện tử",
        decision(GD, [FUNCS25, "Xét kết quả thí điểm theo Quyết định số 98/QĐ-STC ngày 22/8/2025 của Giám đốc Sở Tài chính."], """Điều 1. Sửa đổi Điều 3 Quyết định số 98/QĐ-STC ngày 22/8/2025 như sau: "Điều 3. Thời gian thí điểm: từ ngày 01 tháng 9 năm 2025 đến hết ngày 31 tháng 3 năm 2026."

Các điều khác của Quyết định số 98/QĐ-STC giữ nguyên.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng phòng Đăng ký kinh doanh và Doanh nghiệp chịu trách nhiệm thi hành Quyết định này./."""),
        VINH, to=TO_SO, layout="one_row", sign_plain=True,
    ),
    Doc(
        "BC CCHC nam 2025.docx", "docx", "140/BC-STC", "2025-12-12", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2025",
        """Thực hiện Kế hoạch số 189/KH-STC ngày 27/12/2024 của Sở, thời gian chốt số liệu từ ngày 15/12/2024 đến ngày 14/12/2025, Sở Tài chính báo cáo kết quả cải cách hành chính năm 2025 như sau:

I. KẾT QUẢ THỰC HIỆN

1. Chỉ đạo, điều hành: Chỉ số cải cách hành chính năm 2024 của Sở đạt 88,06 điểm, xếp thứ 4/19 sở, ban, ngành.

2. Kiểm tra: kiểm tra 07/07 phòng, đơn vị (Thông báo số 125/TB-STC ngày 18/11/2025).

3. Thủ tục hành chính: Quy trình nội bộ mới (Quyết định số 78/QĐ-STC ngày 26/6/2025) áp dụng từ ngày 01/7/2025. Năm 2025, Sở tiếp nhận 6.874 hồ sơ thủ tục hành chính, giải quyết đúng hạn 6.855 hồ sơ (99,7%); tiếp nhận trực tuyến 5.981 hồ sơ, đạt 87,0% (chỉ tiêu tối thiểu 80%). Chỉ số hài lòng (SIPAS) năm 2025 đạt 93,8%. Số liệu theo lĩnh vực:

[[TABLE]]

4. Tài chính công: Điều 12 Quy chế chi tiêu nội bộ (Quyết định số 35/QĐ-STC ngày 14/3/2025) tạm dừng áp dụng từ ngày 01/9/2025 đến hết ngày 31/12/2025 theo Quyết định số 90/QĐ-STC ngày 14/8/2025.

5. Chính quyền số: thí điểm trả kết quả điện tử lĩnh vực đăng ký doanh nghiệp (Quyết định số 98/QĐ-STC ngày 22/8/2025), kéo dài đến hết ngày 31/3/2026 theo Quyết định số 131/QĐ-STC ngày 24/11/2025.

II. NHIỆM VỤ NĂM 2026

Nâng tỷ lệ hồ sơ trực tuyến lên tối thiểu 90%; tổng kết thí điểm trả kết quả điện tử.""",
        NGHIA, to=TO_REPORT, layout="two_rows", table=TABLE_2025,
    ),
    Doc(
        "KH CCHC 2026.txt", "txt", "150/KH-STC", "2025-12-29", "KẾ HOẠCH",
        "Cải cách hành chính năm 2026 của Sở Tài chính",
        f"""{NQ76}

Thực hiện Kế hoạch số 230/KH-UBND ngày 12/12/2025 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2026, Sở Tài chính ban hành Kế hoạch cải cách hành chính năm 2026 như sau:

1. Chỉ tiêu: tỷ lệ hồ sơ tiếp nhận trực tuyến tối thiểu 90%; SIPAS trên 93%.

2. Nhiệm vụ: kiểm tra cải cách hành chính tại 07 phòng, đơn vị; sửa đổi Quy chế làm việc cho phù hợp với việc phân cấp ký văn bản; tổng kết thí điểm trả kết quả điện tử.

3. Văn phòng Sở là đầu mối theo dõi, tổng hợp, báo cáo.""",
        NGHIA, to=TO_REPORT,
    ),
    # ------------------------------------------------------------ 2026
    Doc(
        "KH kiem tra CCHC 2026.docx", "docx", "08/KH-STC", "2026-01-15", "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2026",
        """Thực hiện Kế hoạch số 150/KH-STC ngày 29/12/2025 của Sở, Sở Tài chính ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026 như sau:

1. Đối tượng: 07 phòng, đơn vị thuộc Sở.

2. Nội dung: thực hiện Quy chế làm việc, Quy trình nội bộ, việc trả kết quả điện tử và lưu trữ hồ sơ điện tử.

3. Thời gian: quý II và quý III năm 2026.""",
        LAN, layout="merged",
    ),
    Doc(
        "cong khai du toan 2026.pdf", "pdf", "16/QĐ-STC", "2026-01-20", "QUYẾT ĐỊNH",
        "Công bố công khai dự toán ngân sách nhà nước năm 2026 của Sở Tài chính",
        decision(GD, [LUAT_NS, FUNCS25, "Theo đề nghị của Chánh Văn phòng Sở."], """Điều 1. Công bố công khai dự toán ngân sách nhà nước năm 2026 của Sở Tài chính, tổng số 42.350 triệu đồng, trong đó kinh phí thực hiện chế độ tự chủ 27.180 triệu đồng (biểu kèm theo).

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Kế toán trưởng và Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        VINH, to=TO_SO, layout="lines",
    ),
    Doc(
        "QD 36-STC bai bo QD 74.txt", "txt", "36/QĐ-STC", "2026-03-10", "QUYẾT ĐỊNH",
        "Bãi bỏ Quyết định số 74/QĐ-STC ngày 06/5/2024 phê duyệt phương án tự chủ tài chính của Trung tâm Tư vấn, Thẩm định giá và Dịch vụ tài chính",
        decision(GD, [ND130, FUNCS25, "Xét việc Trung tâm Tư vấn, Thẩm định giá và Dịch vụ tài chính được tổ chức lại và chuyển giao nhiệm vụ theo quyết định của Ủy ban nhân dân tỉnh."], """Điều 1. Bãi bỏ Quyết định số 74/QĐ-STC ngày 06/5/2024 của Giám đốc Sở Tài chính phê duyệt phương án tự chủ tài chính của Trung tâm Tư vấn, Thẩm định giá và Dịch vụ tài chính giai đoạn 2024 - 2026.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2026.

Điều 3. Chánh Văn phòng, Kế toán trưởng chịu trách nhiệm thi hành Quyết định này./."""),
        NGHIA, to=TO_SO,
    ),
    Doc(
        "TB 48 tham dinh gia thu gom rac.txt", "eoffice", "48/TB-STC", "2026-04-16", "THÔNG BÁO",
        "Kết quả thẩm định phương án giá dịch vụ thu gom, vận chuyển chất thải rắn sinh hoạt",
        """Sở Tài chính thông báo kết quả thẩm định phương án giá dịch vụ thu gom, vận chuyển chất thải rắn sinh hoạt trên địa bàn thành phố Bảo Lâm như sau:

1. Mức giá đề nghị đối với hộ gia đình: 42.000 đồng/hộ/tháng.

2. Kết quả thẩm định: 38.000 đồng/hộ/tháng; đơn vị cung ứng dịch vụ hoàn chỉnh phương án trình Ủy ban nhân dân tỉnh.""",
        VINH, to=("- Ủy ban nhân dân thành phố Bảo Lâm;", "- Lưu: VT, GCS."),
    ),
    Doc(
        "BC 60 CCHC 6 thang 2026.pdf", "pdf", "60/BC-STC", "2026-06-12", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026",
        """Thực hiện Kế hoạch số 150/KH-STC ngày 29/12/2025 của Sở, thời gian chốt số liệu từ ngày 15/12/2025 đến ngày 14/6/2026, Sở Tài chính báo cáo như sau:

1. Chỉ đạo, điều hành: Chỉ số cải cách hành chính năm 2025 của Sở đạt 90,15 điểm, xếp thứ 2/19 sở, ban, ngành.

2. Tài chính công: Điều 12 Quy chế chi tiêu nội bộ tiếp tục được áp dụng từ ngày 01/01/2026 khi hết thời hạn tạm dừng; phương án tự chủ tài chính của Trung tâm Tư vấn, Thẩm định giá và Dịch vụ tài chính bị bãi bỏ từ ngày 01/4/2026 (Quyết định số 36/QĐ-STC ngày 10/3/2026).

3. Chính quyền số: thí điểm trả kết quả điện tử lĩnh vực đăng ký doanh nghiệp kết thúc ngày 31/3/2026 theo thời hạn đã kéo dài; Sở đang tổng kết để đề xuất áp dụng chính thức.

4. Thủ tục hành chính: 6 tháng đầu năm 2026, Sở tiếp nhận 3.402 hồ sơ thủ tục hành chính, giải quyết đúng hạn 3.398 hồ sơ (99,9%); tiếp nhận trực tuyến 3.095 hồ sơ, đạt 91,0%.""",
        LAN, to=TO_REPORT, layout="cells",
    ),
    Doc(
        "QD 95 sua doi Dieu 8 QCLV.docx", "docx", "95/QĐ-STC", "2026-07-15", "QUYẾT ĐỊNH",
        "Sửa đổi Điều 8 Quy chế làm việc ban hành kèm theo Quyết định số 44/QĐ-STC ngày 24/3/2025",
        decision(GD, [FUNCS25, ND30, "Theo đề nghị của Chánh Văn phòng Sở."], """Điều 1. Sửa đổi Điều 8 Quy chế làm việc của Sở Tài chính ban hành kèm theo Quyết định số 44/QĐ-STC ngày 24/3/2025 như sau: "Điều 8. Trưởng phòng được Giám đốc ủy quyền ký thừa lệnh các văn bản hướng dẫn nghiệp vụ, đôn đốc, trả lời kiến nghị thuộc lĩnh vực phòng phụ trách." Các điều khác của Quy chế giữ nguyên.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2026.

Điều 3. Chánh Văn phòng, Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        NGHIA, to=TO_SO, layout="one_row",
    ),
    Doc(
        "CV 2210 so lieu chi so CCHC 2026.docx", "docx", "2210/STC-VP", "2026-11-24", "",
        "cung cấp số liệu phục vụ xác định Chỉ số cải cách hành chính năm 2026",
        """Thực hiện đề nghị của Sở Nội vụ về việc cung cấp số liệu phục vụ xác định Chỉ số cải cách hành chính năm 2026, Sở Tài chính cung cấp như sau:

1. Văn bản hiện hành: Quy chế làm việc của Sở ban hành kèm theo Quyết định số 44/QĐ-STC ngày 24/3/2025, Điều 8 được sửa đổi tại Quyết định số 95/QĐ-STC ngày 15/7/2026; Quy trình nội bộ giải quyết thủ tục hành chính ban hành kèm theo Quyết định số 78/QĐ-STC ngày 26/6/2025; Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 35/QĐ-STC ngày 14/3/2025.

2. Số liệu 11 tháng năm 2026 (đến ngày 15/11/2026): tiếp nhận 6.512 hồ sơ thủ tục hành chính, giải quyết đúng hạn 6.505 hồ sơ; tiếp nhận trực tuyến đạt 91,6%.

Sở Tài chính trân trọng đề nghị Sở Nội vụ tổng hợp./.""",
        NHUNG, to=("- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, VP."), layout="one_row",
        kinh_gui="Sở Nội vụ tỉnh Bảo Lâm",
    ),
]

DRAFT_95 = [
    "DỰ THẢO (lần 1)",
    "UBND TỈNH BẢO LÂM",
    "SỞ TÀI CHÍNH",
    "Số:       /QĐ-STC",
    "Bảo Lâm, ngày      tháng 6 năm 2026",
    "QUYẾT ĐỊNH",
    "Sửa đổi Điều 8 Quy chế làm việc của Sở Tài chính",
    "Điều 1. Sửa đổi Điều 8 Quy chế làm việc: Trưởng phòng ký thừa lệnh các văn bản đôn đốc thuộc lĩnh vực phòng phụ trách.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "GIÁM ĐỐC",
    "(chưa ký)",
]
