"""Twenty-sixth held-out archive, 2024 – 2026: the Ban Dân tộc of tỉnh Quảng Hà (fictional) to
February 2025, then the Sở Dân tộc và Tôn giáo formed on 01/3/2025 from it (with the Ban Tôn
giáo's religion tasks). From 2024 the office's decisions are DOCX whose "Điều 1.", khoản "1." and
điểm "a)" come from Word's automatic numbering; some files stay OpenDocument or RTF; two
spreadsheets (.ods); one DOCX holds hidden text. Written by hand; facts in
``bench/data/heldout26_archive_truth.json``. Do not tune on it.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout26_common import (
    BAN,
    BTG,
    CT_WHO,
    FOUNDING,
    FUNCS_BAN,
    FUNCS_SO,
    GD_WHO,
    HIEN,
    HIEN_B,
    LUAN,
    ND45,
    ND61B,
    NQ76,
    PAO_B,
    SO,
    TB_WHO,
    THANG,
    THANG_B,
    TO_BAN,
    TO_BAN_REPORT,
    TO_SO,
    TO_SO_REPORT,
    TON,
    TON_B,
    UB,
    Doc,
    decision,
)

TO_HUYEN = ("- Như trên;", "- Lãnh đạo Ban;", "- Lưu: VT, CS.")
TO_HUYEN_SO = ("- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, TG.")
TO_UB = ("- Như Điều 3;", "- Văn phòng Chính phủ (Cục Kiểm soát TTHC);", "- Chủ tịch, các PCT UBND tỉnh;", "- Lưu: VT, KSTT.")

LATE: list[Doc] = [
    Doc(
        "QD 08-BDT kien toan To CCHC.docx", "docx", "08/QĐ-BDT", "2024-01-19", "QUYẾT ĐỊNH",
        "Kiện toàn Tổ công tác cải cách hành chính của Ban Dân tộc",
        decision(TB_WHO, [FUNCS_BAN, "Thực hiện Kế hoạch số 99/KH-BDT ngày 27/12/2023 về cải cách hành chính năm 2024;", "Xét đề nghị của Chánh Văn phòng Ban."], """#D Kiện toàn Tổ công tác cải cách hành chính của Ban Dân tộc, gồm các ông (bà) có tên sau:

#K Bà Lò Thị Hiên, Phó Trưởng ban, Tổ trưởng;

#K Ông Vi Văn Khánh, Chánh Văn phòng, Tổ phó;

#K Bà Hoàng Thị Nguyệt, Phó Chánh Văn phòng, thành viên;

#K Ông Lục Văn Sinh, chuyên viên Phòng Chính sách dân tộc, thành viên.

#D Tổ công tác có nhiệm vụ:

#K Tham mưu Trưởng ban xây dựng, theo dõi thực hiện Kế hoạch cải cách hành chính hằng năm;

#K Tổng hợp, báo cáo kết quả cải cách hành chính 6 tháng, năm.

#D Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các phòng thuộc Ban và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."""),
        THANG_B, to=TO_BAN, numbering="numpr",
    ),
    Doc(
        "KH kiem tra CCHC 2024.txt", "eoffice", "14/KH-BDT", "2024-02-26", "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2024",
        """Thực hiện Kế hoạch số 99/KH-BDT ngày 27/12/2023 về cải cách hành chính năm 2024, Ban Dân tộc ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2024 như sau:

1. Đối tượng: Văn phòng Ban, Phòng Chính sách dân tộc, Phòng Kế hoạch - Tổng hợp.

2. Nội dung: việc thực hiện Quy chế làm việc (Quyết định số 12/QĐ-BDT ngày 15/3/2021), Quy trình nội bộ giải quyết thủ tục hành chính (Quyết định số 25/QĐ-BDT ngày 10/5/2021) và Quy chế chi tiêu nội bộ (Quyết định số 61/QĐ-BDT ngày 10/8/2022).

3. Thời gian: tháng 9 năm 2024.""",
        HIEN_B, to=TO_BAN_REPORT,
    ),
    Doc(
        "KH le hoi tin nguong 2024 - BTG.docx", "docx", "41/KH-BTG", "2024-03-05", "KẾ HOẠCH",
        "Quản lý hoạt động lễ hội tín ngưỡng và hoạt động tôn giáo trên địa bàn tỉnh năm 2024",
        """Ban Tôn giáo xây dựng Kế hoạch quản lý hoạt động lễ hội tín ngưỡng và hoạt động tôn giáo trên địa bàn tỉnh năm 2024 như sau:

1. Nắm tình hình tổ chức lễ hội tại 14 cơ sở tín ngưỡng được xếp hạng di tích; hướng dẫn các cơ sở đăng ký, thông báo lễ hội theo quy định.

2. Phối hợp với Công an tỉnh, UBND các huyện bảo đảm an ninh, trật tự tại các lễ hội đầu xuân và dịp Phật đản năm 2024.

3. Báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2024.""",
        TON_B, to=("- Giám đốc Sở Nội vụ (để b/c);", "- UBND các huyện;", "- Lưu: VT, BTG."), issuer=BTG,
    ),
    Doc(
        "CV 420 rà soát người có uy tín 2024.txt", "txt", "420/BDT-CS", "2024-04-10", "",
        "rà soát, đề nghị công nhận người có uy tín trong đồng bào dân tộc thiểu số năm 2024",
        """Ban Dân tộc đề nghị UBND các huyện chỉ đạo UBND các xã rà soát, lập danh sách đề nghị công nhận, đưa ra khỏi danh sách người có uy tín trong đồng bào dân tộc thiểu số năm 2024; gửi về Ban trước ngày 15/5/2024.

Ban Dân tộc đề nghị UBND các huyện quan tâm chỉ đạo thực hiện./.""",
        PAO_B, to=TO_HUYEN, kinh_gui="UBND các huyện: Na Khê, Bắc Sơn, Mường Lìn",
    ),
    Doc(
        "QD 30-BDT quy che chu ky so.docx", "docx", "30/QĐ-BDT", "2024-05-06", "QUYẾT ĐỊNH",
        "Ban hành Quy chế quản lý, sử dụng chữ ký số và Hệ thống quản lý văn bản và điều hành của Ban Dân tộc",
        decision(TB_WHO, [ND45, FUNCS_BAN, "Xét đề nghị của Chánh Văn phòng Ban."], """#D Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số và Hệ thống quản lý văn bản và điều hành của Ban Dân tộc.

#D Quyết định này có hiệu lực kể từ ngày ký.

#D Chánh Văn phòng, Trưởng các phòng thuộc Ban và công chức của Ban chịu trách nhiệm thi hành Quyết định này./."""),
        HIEN_B, to=TO_BAN, numbering="style",
    ),
    Doc(
        "BC 6 thang 2024.odt", "odt", "45/BC-BDT", "2024-06-14", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024",
        """Thực hiện Kế hoạch số 99/KH-BDT ngày 27/12/2023, Ban Dân tộc báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2024 như sau:

1. Chỉ đạo, điều hành: kiện toàn Tổ công tác cải cách hành chính (Quyết định số 08/QĐ-BDT ngày 19/01/2024).

2. Chính quyền số: ban hành Quy chế quản lý, sử dụng chữ ký số và Hệ thống quản lý văn bản và điều hành (Quyết định số 30/QĐ-BDT ngày 06/5/2024).

3. Thủ tục hành chính (số liệu từ ngày 15/12/2023 đến ngày 14/6/2024): tiếp nhận 31 hồ sơ, giải quyết đúng hạn 31 hồ sơ (100%); tiếp nhận trực tuyến 22 hồ sơ (71,0%).""",
        HIEN_B, to=TO_BAN_REPORT,
    ),
    Doc(
        "QD 52-BDT bai bo Dieu 9.docx", "docx", "52/QĐ-BDT", "2024-07-15", "QUYẾT ĐỊNH",
        "Bãi bỏ Điều 9 Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 61/QĐ-BDT ngày 10/8/2022",
        decision(TB_WHO, [FUNCS_BAN, "Xét đề nghị của Chánh Văn phòng Ban."], """#D Bãi bỏ Điều 9 (khoán chi văn phòng phẩm theo phòng) của Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 61/QĐ-BDT ngày 10/8/2022 của Trưởng Ban Dân tộc. Các điều khác của Quy chế giữ nguyên.

#D Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2024.

#D Chánh Văn phòng, kế toán và Trưởng các phòng thuộc Ban chịu trách nhiệm thi hành Quyết định này./."""),
        THANG_B, to=TO_BAN, numbering="style",
    ),
    Doc(
        "TB 68 ket qua kiem tra chinh sach.pdf", "pdf", "68/TB-BDT", "2024-09-12", "THÔNG BÁO",
        "Kết quả kiểm tra việc thực hiện chính sách hỗ trợ đồng bào dân tộc thiểu số tại huyện Mường Lìn năm 2024",
        """Từ ngày 26/8 đến ngày 30/8/2024, Đoàn kiểm tra của Ban Dân tộc đã kiểm tra việc thực hiện chính sách hỗ trợ đất ở, nhà ở, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo tại huyện Mường Lìn. Ban Dân tộc thông báo kết quả như sau:

1. UBND huyện đã hỗ trợ 126 hộ làm nhà ở, 212 hộ nước sinh hoạt phân tán; giải ngân đạt 68% kế hoạch vốn.

2. Đề nghị UBND huyện đẩy nhanh tiến độ giải ngân, hoàn thiện hồ sơ thanh toán trước ngày 30/11/2024.""",
        PAO_B, to=("- UBND huyện Mường Lìn;", "- Lãnh đạo Ban;", "- Lưu: VT, CS."),
    ),
    Doc(
        "KH CCHC 2025 - Ban Dan toc.odt", "odt", "95/KH-BDT", "2024-12-27", "KẾ HOẠCH",
        "Cải cách hành chính năm 2025 của Ban Dân tộc",
        f"""{NQ76}

Ban Dân tộc ban hành Kế hoạch cải cách hành chính năm 2025 như sau:

I. MỤC TIÊU

Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt tối thiểu 70%; 100% hồ sơ giải quyết đúng hạn.

II. NHIỆM VỤ

1. Chuẩn bị các điều kiện sắp xếp tổ chức bộ máy theo chủ trương của Trung ương và của tỉnh.

2. Rà soát Quy trình nội bộ giải quyết thủ tục hành chính của Ban.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Ban tham mưu, theo dõi, tổng hợp.""",
        THANG_B, to=TO_BAN_REPORT,
    ),
    Doc(
        "BC CCHC nam 2024 (ky 10-01-2025).docx", "docx", "04/BC-BDT", "2025-01-10", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2024",
        """Thực hiện Kế hoạch số 99/KH-BDT ngày 27/12/2023, Ban Dân tộc báo cáo kết quả cải cách hành chính năm 2024 như sau:

1. Chỉ đạo, điều hành: kiện toàn Tổ công tác cải cách hành chính (Quyết định số 08/QĐ-BDT ngày 19/01/2024); kiểm tra tại 03 phòng theo Kế hoạch số 14/KH-BDT ngày 26/02/2024.

2. Tài chính công: bãi bỏ Điều 9 của Quy chế chi tiêu nội bộ từ ngày 01/8/2024 (Quyết định số 52/QĐ-BDT ngày 15/7/2024).

3. Thủ tục hành chính (số liệu từ ngày 15/12/2023 đến ngày 14/12/2024): tiếp nhận 64 hồ sơ, giải quyết đúng hạn 64 hồ sơ (100%); tiếp nhận trực tuyến 47 hồ sơ (73,4%), vượt chỉ tiêu 70%. Mức độ hài lòng của người dân đạt 94,1%.

4. Chỉ số cải cách hành chính năm 2023 của Ban đạt 85,12 điểm, xếp thứ 5/21.

Danh mục văn bản Ban ban hành năm 2024 tại Phụ lục kèm theo.""",
        THANG_B, to=TO_BAN_REPORT, layout="two_rows",
    ),
    Doc(
        "cong van 185 ban giao ho so.txt", "txt", "185/BDT-VP", "2025-02-20", "",
        "bàn giao hồ sơ, tài liệu khi sắp xếp tổ chức bộ máy",
        """Thực hiện chủ trương của UBND tỉnh về thành lập Sở Dân tộc và Tôn giáo trên cơ sở Ban Dân tộc và tiếp nhận chức năng, nhiệm vụ quản lý nhà nước về tín ngưỡng, tôn giáo từ Sở Nội vụ, Ban Dân tộc đề nghị Sở Nội vụ:

1. Bàn giao hồ sơ, tài liệu của Ban Tôn giáo (các quyết định, kế hoạch còn hiệu lực, hồ sơ thủ tục hành chính đang giải quyết) cho Ban Dân tộc trước ngày 28/02/2025.

2. Phối hợp lập danh sách công chức Ban Tôn giáo chuyển về Sở Dân tộc và Tôn giáo từ ngày 01/3/2025.

Ban Dân tộc đề nghị Sở Nội vụ quan tâm phối hợp./.""",
        HIEN_B, to=("- Như trên;", "- UBND tỉnh (để b/c);", "- Lưu: VT, VP."), kinh_gui="Sở Nội vụ tỉnh Quảng Hà",
    ),
    Doc(
        "QD 01-SDTTG chuc nang cac phong.docx", "docx", "01/QĐ-SDTTG", "2025-03-03", "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ của các phòng thuộc Sở Dân tộc và Tôn giáo",
        decision(GD_WHO, [FOUNDING, FUNCS_SO, "Xét đề nghị của Chánh Văn phòng Sở."], """#D Cơ cấu tổ chức của Sở gồm:

#K Văn phòng Sở;

#K Phòng Chính sách dân tộc;

#K Phòng Quản lý tôn giáo, tín ngưỡng.

#D Chức năng, nhiệm vụ của các phòng:

#K Văn phòng Sở tham mưu tổng hợp, hành chính, tổ chức cán bộ, tài chính, cải cách hành chính, tiếp nhận và trả kết quả thủ tục hành chính;

#K Phòng Chính sách dân tộc tham mưu thực hiện chính sách dân tộc, gồm:

#P các chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số;

#P chính sách đối với người có uy tín;

#K Phòng Quản lý tôn giáo, tín ngưỡng tham mưu quản lý nhà nước về tín ngưỡng, tôn giáo tiếp nhận từ Ban Tôn giáo thuộc Sở Nội vụ.

#D Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        THANG, to=TO_SO, issuer=SO, numbering="numpr",
    ),
    Doc(
        "QD 05-SDTTG To cong tac CCHC.docx", "docx", "05/QĐ-SDTTG", "2025-03-14", "QUYẾT ĐỊNH",
        "Thành lập Tổ công tác cải cách hành chính của Sở Dân tộc và Tôn giáo",
        decision(GD_WHO, [FUNCS_SO, "Xét đề nghị của Chánh Văn phòng Sở."], """#D Thành lập Tổ công tác cải cách hành chính của Sở Dân tộc và Tôn giáo, gồm:

#K Bà Lò Thị Hiên, Phó Giám đốc Sở, Tổ trưởng;

#K Ông Vi Văn Khánh, Chánh Văn phòng Sở, Tổ phó;

#K Ông Đặng Quốc Bảo, Trưởng phòng Quản lý tôn giáo, tín ngưỡng, thành viên.[[HIDDEN: (Ghi chú nội bộ: chờ ý kiến Giám đốc về việc bổ sung 01 thành viên Phòng Chính sách dân tộc; Văn phòng đề xuất ông Lục Văn Sinh, dự kiến từ ngày 01/4/2025 — không đưa vào bản ký.)]]

#D Tổ công tác tham mưu Giám đốc Sở triển khai, theo dõi, tổng hợp công tác cải cách hành chính của Sở.

#D Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 08/QĐ-BDT ngày 19/01/2024 của Trưởng Ban Dân tộc về việc kiện toàn Tổ công tác cải cách hành chính. Chánh Văn phòng Sở và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."""),
        HIEN, to=TO_SO, issuer=SO, numbering="numpr",
    ),
    Doc(
        "QD 08-SDTTG Quy che lam viec.docx", "docx", "08/QĐ-SDTTG", "2025-03-20", "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Dân tộc và Tôn giáo",
        decision(GD_WHO, [FOUNDING, FUNCS_SO, "Xét đề nghị của Chánh Văn phòng Sở."], """#D Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Dân tộc và Tôn giáo tỉnh Quảng Hà, gồm 02 chương, 06 điều.

#D Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 12/QĐ-BDT ngày 15/3/2021 của Trưởng Ban Dân tộc ban hành Quy chế làm việc của Ban Dân tộc.

#D Chánh Văn phòng, Trưởng các phòng thuộc Sở và công chức, người lao động của Sở chịu trách nhiệm thi hành Quyết định này./."""),
        THANG, to=TO_SO, issuer=SO, numbering="style",
        annex="""QUY CHẾ LÀM VIỆC CỦA SỞ DÂN TỘC VÀ TÔN GIÁO TỈNH QUẢNG HÀ

(Ban hành kèm theo Quyết định số 08/QĐ-SDTTG ngày 20 tháng 3 năm 2025 của Giám đốc Sở Dân tộc và Tôn giáo)

#C

QUY ĐỊNH CHUNG

#D Phạm vi điều chỉnh, đối tượng áp dụng

#K Quy chế này quy định nguyên tắc, chế độ trách nhiệm, lề lối làm việc của Sở Dân tộc và Tôn giáo.

#K Quy chế áp dụng đối với Lãnh đạo Sở, công chức, người lao động thuộc Sở.

#D Nguyên tắc làm việc

#K Mỗi việc chỉ giao một đơn vị, một người chủ trì và chịu trách nhiệm chính.

#K Giải quyết công việc đúng thẩm quyền, đúng thời hạn; đề cao trách nhiệm người đứng đầu.

#C

TRÁCH NHIỆM VÀ CHẾ ĐỘ LÀM VIỆC

#D Trách nhiệm của Giám đốc Sở

#K Lãnh đạo, điều hành toàn diện hoạt động của Sở.

#K Trực tiếp phụ trách công tác tổ chức cán bộ, tài chính.

#D Trách nhiệm của Phó Giám đốc Sở

#K Phó Giám đốc Lò Thị Hiên phụ trách Văn phòng Sở, cải cách hành chính, chính sách dân tộc.

#K Phó Giám đốc Nguyễn Đức Tôn phụ trách công tác tín ngưỡng, tôn giáo.

#D Chế độ giao ban

#K Lãnh đạo Sở giao ban vào sáng thứ Hai hằng tuần.

#D Xử lý văn bản

#K Văn bản đến, văn bản đi được xử lý, ký số và phát hành trên Hệ thống quản lý văn bản và điều hành.

#K Văn bản giấy chỉ dùng trong các trường hợp pháp luật quy định."""
    ),
    Doc(
        "KH CCHC 2025 - So DTTG.odt", "odt", "10/KH-SDTTG", "2025-03-25", "KẾ HOẠCH",
        "Cải cách hành chính năm 2025 của Sở Dân tộc và Tôn giáo",
        f"""{NQ76}

{FUNCS_SO}

Sở Dân tộc và Tôn giáo ban hành Kế hoạch cải cách hành chính năm 2025 như sau:

I. MỤC TIÊU

Tỷ lệ hồ sơ thủ tục hành chính (kể cả lĩnh vực tôn giáo) tiếp nhận trực tuyến đạt tối thiểu 75%; 100% hồ sơ giải quyết đúng hạn; mức độ hài lòng của người dân đạt trên 95%.

II. NHIỆM VỤ

1. Ban hành Quy trình nội bộ giải quyết thủ tục hành chính thống nhất của Sở trong tháng 4 năm 2025.

2. Ban hành Quy chế chi tiêu nội bộ của Sở trong quý II năm 2025.

3. Thí điểm tiếp nhận hồ sơ thủ tục hành chính lĩnh vực tôn giáo trực tuyến toàn trình.

III. TỔ CHỨC THỰC HIỆN

Kế hoạch này thay thế Kế hoạch số 95/KH-BDT ngày 27/12/2024 của Ban Dân tộc. Văn phòng Sở là đầu mối theo dõi, tổng hợp, báo cáo.""",
        THANG, to=TO_SO_REPORT, issuer=SO,
    ),
    Doc(
        "QD 21-SDTTG quy trinh noi bo.docx", "docx", "21/QĐ-SDTTG", "2025-04-22", "QUYẾT ĐỊNH",
        "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Dân tộc và Tôn giáo",
        decision(GD_WHO, [ND61B, FUNCS_SO, "Xét đề nghị của Chánh Văn phòng Sở."], """#D Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết 31 thủ tục hành chính thuộc thẩm quyền của Sở Dân tộc và Tôn giáo, gồm:

#K 04 thủ tục lĩnh vực công tác dân tộc;

#K 27 thủ tục lĩnh vực tín ngưỡng, tôn giáo.

#D Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2025 và thay thế các quyết định sau:

#K Quyết định số 25/QĐ-BDT ngày 10/5/2021 của Trưởng Ban Dân tộc ban hành Quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Ban Dân tộc;

#K Quyết định số 36/QĐ-BTG ngày 20/7/2023 của Trưởng Ban Tôn giáo ban hành Quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực tôn giáo.

#D Hồ sơ thực hiện trên môi trường điện tử:

#K Hồ sơ nộp trực tuyến được tiếp nhận trên Cổng Dịch vụ công của tỉnh;

#K Kết quả giải quyết được số hóa, ký số trước khi trả.

#D Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        THANG, to=TO_SO, issuer=SO, numbering="numpr",
    ),
    Doc(
        "KH kiem tra CCHC 2025.rtf", "rtf", "26/KH-SDTTG", "2025-05-05", "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2025",
        """Thực hiện Kế hoạch số 10/KH-SDTTG ngày 25/3/2025 về cải cách hành chính năm 2025, Sở Dân tộc và Tôn giáo ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2025 như sau:

1. Đối tượng: Văn phòng Sở, Phòng Chính sách dân tộc, Phòng Quản lý tôn giáo, tín ngưỡng.

2. Nội dung: việc thực hiện Quy chế làm việc (Quyết định số 08/QĐ-SDTTG ngày 20/3/2025) và Quy trình nội bộ giải quyết thủ tục hành chính (Quyết định số 21/QĐ-SDTTG ngày 22/4/2025).

3. Thời gian: tháng 10 năm 2025.""",
        HIEN, to=TO_SO_REPORT, issuer=SO,
    ),
    Doc(
        "QD 30 QCCTNB 2025.rtf", "rtf", "30/QĐ-SDTTG", "2025-05-26", "QUYẾT ĐỊNH",
        "Ban hành Quy chế chi tiêu nội bộ của Sở Dân tộc và Tôn giáo",
        decision(GD_WHO, [FUNCS_SO, "Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước;", "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Sở Dân tộc và Tôn giáo, gồm 11 điều.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2025 và thay thế Quyết định số 61/QĐ-BDT ngày 10/8/2022 của Trưởng Ban Dân tộc ban hành Quy chế chi tiêu nội bộ của Ban Dân tộc.

Điều 3. Chánh Văn phòng, kế toán, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        THANG, to=TO_SO, issuer=SO,
    ),
    Doc(
        "QD 1120-QD-UBND cong bo TTHC.pdf", "pdf", "1120/QĐ-UBND", "2025-06-10", "QUYẾT ĐỊNH",
        "Công bố Danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Dân tộc và Tôn giáo tỉnh Quảng Hà",
        decision(CT_WHO, ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;", ND61B, "Xét đề nghị của Giám đốc Sở Dân tộc và Tôn giáo."], """Điều 1. Công bố kèm theo Quyết định này Danh mục 31 thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Dân tộc và Tôn giáo tỉnh Quảng Hà (04 thủ tục lĩnh vực công tác dân tộc, 27 thủ tục lĩnh vực tín ngưỡng, tôn giáo).

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 856/QĐ-UBND ngày 12/5/2023 của Chủ tịch UBND tỉnh công bố Danh mục thủ tục hành chính lĩnh vực tôn giáo thuộc thẩm quyền giải quyết của Sở Nội vụ.

Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Dân tộc và Tôn giáo, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./."""),
        LUAN, to=TO_UB, issuer=UB,
    ),
    Doc(
        "BC 6 thang 2025.odt", "odt", "48/BC-SDTTG", "2025-06-13", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025",
        """Thực hiện Kế hoạch số 10/KH-SDTTG ngày 25/3/2025, Sở Dân tộc và Tôn giáo báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2025 như sau:

1. Tổ chức bộ máy: Sở được thành lập từ ngày 01/3/2025; quy định chức năng, nhiệm vụ của các phòng (Quyết định số 01/QĐ-SDTTG ngày 03/3/2025); thành lập Tổ công tác cải cách hành chính (Quyết định số 05/QĐ-SDTTG ngày 14/3/2025).

2. Thủ tục hành chính: ban hành Quy trình nội bộ thống nhất (Quyết định số 21/QĐ-SDTTG ngày 22/4/2025), thay thế Quy trình của Ban Dân tộc và của Ban Tôn giáo. Số liệu từ ngày 15/12/2024 đến ngày 14/6/2025 (kể cả hồ sơ lĩnh vực tôn giáo từ ngày 01/3/2025): tiếp nhận 146 hồ sơ, giải quyết đúng hạn 145 hồ sơ (99,3%); tiếp nhận trực tuyến 98 hồ sơ (67,1%).

3. Tài chính công: ban hành Quy chế chi tiêu nội bộ của Sở (Quyết định số 30/QĐ-SDTTG ngày 26/5/2025), áp dụng từ ngày 01/7/2025.""",
        HIEN, to=TO_SO_REPORT, issuer=SO,
    ),
    Doc(
        "QD 52-SDTTG thi diem truc tuyen toan trinh.docx", "docx", "52/QĐ-SDTTG", "2025-06-20", "QUYẾT ĐỊNH",
        "Thí điểm tiếp nhận, giải quyết hồ sơ thủ tục hành chính lĩnh vực tôn giáo trực tuyến toàn trình",
        decision(GD_WHO, [ND45, FUNCS_SO, "Xét đề nghị của Trưởng phòng Quản lý tôn giáo, tín ngưỡng và Chánh Văn phòng Sở."], """#D Thí điểm tiếp nhận, giải quyết trực tuyến toàn trình 06 thủ tục hành chính lĩnh vực tôn giáo, gồm:

#K Thủ tục thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động ở nhiều huyện;

#K Thủ tục đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo;

#K 04 thủ tục thông báo, đăng ký khác theo danh mục kèm theo.

#D Thời gian thí điểm: từ ngày 01 tháng 7 năm 2025 đến hết ngày 31 tháng 12 năm 2025.

#D Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025.

#D Chánh Văn phòng, Trưởng phòng Quản lý tôn giáo, tín ngưỡng chịu trách nhiệm thi hành Quyết định này./."""),
        TON, to=TO_SO, issuer=SO, numbering="numpr",
    ),
    Doc(
        "KH Vu Lan 2025.odt", "odt", "64/KH-SDTTG", "2025-07-28", "KẾ HOẠCH",
        "Bảo đảm hoạt động tôn giáo dịp Đại lễ Vu Lan và các lễ hội tín ngưỡng 6 tháng cuối năm 2025",
        """Sở Dân tộc và Tôn giáo xây dựng Kế hoạch bảo đảm hoạt động tôn giáo dịp Đại lễ Vu Lan và các lễ hội tín ngưỡng 6 tháng cuối năm 2025 như sau:

1. Hướng dẫn các cơ sở Phật giáo trên địa bàn tỉnh tổ chức Đại lễ Vu Lan năm 2025 đúng quy định, an toàn, tiết kiệm.

2. Phối hợp với Công an tỉnh, UBND các huyện nắm tình hình, bảo đảm an ninh, trật tự tại 14 cơ sở tín ngưỡng được xếp hạng di tích.

3. Báo cáo kết quả về Sở (qua Phòng Quản lý tôn giáo, tín ngưỡng) trước ngày 15/12/2025.""",
        TON, to=("- UBND các huyện;", "- Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh;", "- Lưu: VT, TG."), issuer=SO,
    ),
    Doc(
        "Công văn 640 cơ sở tín ngưỡng cuối năm.txt", "txt", "640/SDTTG-TG", "2025-09-15", "",
        "quản lý hoạt động của các cơ sở tín ngưỡng dịp cuối năm 2025",
        """Để quản lý hoạt động của các cơ sở tín ngưỡng dịp cuối năm 2025 và chuẩn bị Tết Nguyên đán Bính Ngọ năm 2026, Sở Dân tộc và Tôn giáo đề nghị UBND các huyện:

1. Chỉ đạo UBND các xã nắm tình hình hoạt động của các cơ sở tín ngưỡng trên địa bàn; hướng dẫn người đại diện cơ sở thông báo lễ hội theo quy định.

2. Kịp thời xử lý các trường hợp lợi dụng hoạt động tín ngưỡng để trục lợi; báo cáo về Sở trước ngày 20/12/2025.

Sở Dân tộc và Tôn giáo đề nghị UBND các huyện quan tâm chỉ đạo thực hiện./.""",
        TON, to=TO_HUYEN_SO, issuer=SO, kinh_gui="UBND các huyện: Na Khê, Bắc Sơn, Mường Lìn",
    ),
    Doc(
        "QD 95-SDTTG gia han thi diem.docx", "docx", "95/QĐ-SDTTG", "2025-12-05", "QUYẾT ĐỊNH",
        "Gia hạn thời gian thí điểm tiếp nhận, giải quyết hồ sơ thủ tục hành chính lĩnh vực tôn giáo trực tuyến toàn trình",
        decision(GD_WHO, [FUNCS_SO, "Xét đề nghị của Trưởng phòng Quản lý tôn giáo, tín ngưỡng."], """#D Sửa đổi Điều 2 Quyết định số 52/QĐ-SDTTG ngày 20/6/2025 của Giám đốc Sở Dân tộc và Tôn giáo như sau:

#K Thời gian thí điểm: từ ngày 01 tháng 7 năm 2025 đến hết ngày 30 tháng 6 năm 2026.

#K Các nội dung khác của Quyết định số 52/QĐ-SDTTG giữ nguyên.

#D Quyết định này có hiệu lực kể từ ngày ký.

#D Chánh Văn phòng, Trưởng phòng Quản lý tôn giáo, tín ngưỡng chịu trách nhiệm thi hành Quyết định này./."""),
        TON, to=TO_SO, issuer=SO, numbering="numpr",
    ),
    Doc(
        "BC CCHC nam 2025.odt", "odt", "98/BC-SDTTG", "2025-12-12", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2025",
        """Thực hiện Kế hoạch số 10/KH-SDTTG ngày 25/3/2025 (thay thế Kế hoạch số 95/KH-BDT ngày 27/12/2024 của Ban Dân tộc), Sở Dân tộc và Tôn giáo báo cáo kết quả cải cách hành chính năm 2025 như sau:

1. Tổ chức bộ máy: hoàn thành sắp xếp, ổn định tổ chức của Sở từ ngày 01/3/2025; Quy chế làm việc của Sở (Quyết định số 08/QĐ-SDTTG ngày 20/3/2025) thay thế Quy chế của Ban Dân tộc.

2. Kiểm tra: kiểm tra 03 phòng theo Kế hoạch số 26/KH-SDTTG ngày 05/5/2025.

3. Thủ tục hành chính (số liệu từ ngày 15/12/2024 đến ngày 14/12/2025): tiếp nhận 352 hồ sơ, giải quyết đúng hạn 350 hồ sơ (99,4%); tiếp nhận trực tuyến 261 hồ sơ (74,1%), chưa đạt chỉ tiêu 75%. Mức độ hài lòng của người dân đạt 95,3%.

4. Chính quyền số: thí điểm tiếp nhận hồ sơ lĩnh vực tôn giáo trực tuyến toàn trình từ ngày 01/7/2025 (Quyết định số 52/QĐ-SDTTG ngày 20/6/2025), được gia hạn đến hết ngày 30/6/2026 (Quyết định số 95/QĐ-SDTTG ngày 05/12/2025).

5. Chỉ số cải cách hành chính năm 2024 của Ban Dân tộc (nay là Sở Dân tộc và Tôn giáo) đạt 86,75 điểm, xếp thứ 4/21.""",
        THANG, to=TO_SO_REPORT, issuer=SO,
    ),
    Doc(
        "KH CCHC 2026.docx", "docx", "102/KH-SDTTG", "2025-12-29", "KẾ HOẠCH",
        "Cải cách hành chính năm 2026 của Sở Dân tộc và Tôn giáo",
        f"""{NQ76}

Sở Dân tộc và Tôn giáo ban hành Kế hoạch cải cách hành chính năm 2026 như sau:

I. MỤC TIÊU

Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt tối thiểu 80%; mức độ hài lòng của người dân đạt trên 95%.

II. NHIỆM VỤ

1. Sửa đổi Quy trình nội bộ giải quyết thủ tục hành chính (Quyết định số 21/QĐ-SDTTG ngày 22/4/2025) trong quý I năm 2026.

2. Tổng kết thí điểm tiếp nhận hồ sơ lĩnh vực tôn giáo trực tuyến toàn trình.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở là đầu mối theo dõi, tổng hợp, báo cáo.""",
        THANG, to=TO_SO_REPORT, issuer=SO,
    ),
    Doc(
        "Bieu so lieu TTHC theo quy 2025.ods", "ods", "03/BC-SDTTG", "2026-01-09", "BÁO CÁO",
        "Số liệu tiếp nhận, giải quyết thủ tục hành chính theo quý năm 2025",
        """Số liệu tính theo quý của năm dương lịch 2025 (từ ngày 01/01/2025 đến ngày 31/12/2025), kể cả hồ sơ lĩnh vực tôn giáo từ ngày 01/3/2025.

[[TABLE]]""",
        HIEN, to=TO_SO_REPORT, issuer=SO,
        table=[
            ["Quý", "Tiếp nhận", "Đúng hạn", "Trực tuyến"],
            ["Quý I", "48", "48", "30"],
            ["Quý II", "97", "96", "70"],
            ["Quý III", "104", "104", "79"],
            ["Quý IV", "113", "112", "88"],
            ["Cả năm", "362", "360", "267"],
        ],
    ),
    Doc(
        "QD 18-SDTTG sua doi Dieu 3 QD 21.docx", "docx", "18/QĐ-SDTTG", "2026-03-16", "QUYẾT ĐỊNH",
        "Sửa đổi Điều 3 Quyết định số 21/QĐ-SDTTG ngày 22/4/2025 ban hành Quy trình nội bộ giải quyết thủ tục hành chính",
        decision(GD_WHO, [ND61B, FUNCS_SO, "Xét đề nghị của Chánh Văn phòng Sở."], """#D Sửa đổi Điều 3 Quyết định số 21/QĐ-SDTTG ngày 22/4/2025 của Giám đốc Sở Dân tộc và Tôn giáo như sau:

#K Hồ sơ nộp trực tuyến được tiếp nhận trên Cổng Dịch vụ công quốc gia;

#K Kết quả giải quyết được số hóa, ký số và trả qua tài khoản định danh điện tử của người nộp.

#D Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2026. Các điều khác của Quyết định số 21/QĐ-SDTTG giữ nguyên.

#D Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        HIEN, to=TO_SO, issuer=SO, numbering="numpr",
    ),
    Doc(
        "BC 6 thang 2026.txt", "eoffice", "46/BC-SDTTG", "2026-06-12", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026",
        """Thực hiện Kế hoạch số 102/KH-SDTTG ngày 29/12/2025, Sở Dân tộc và Tôn giáo báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2026 như sau:

1. Thủ tục hành chính: sửa đổi Điều 3 Quy trình nội bộ (Quyết định số 18/QĐ-SDTTG ngày 16/3/2026), áp dụng từ ngày 01/4/2026. Số liệu từ ngày 15/12/2025 đến ngày 14/6/2026: tiếp nhận 189 hồ sơ, giải quyết đúng hạn 189 hồ sơ (100%); tiếp nhận trực tuyến 152 hồ sơ (80,4%).

2. Chính quyền số: thí điểm tiếp nhận hồ sơ lĩnh vực tôn giáo trực tuyến toàn trình kết thúc ngày 30/6/2026 theo Quyết định số 95/QĐ-SDTTG ngày 05/12/2025; Sở sẽ tổng kết trong quý III năm 2026.""",
        HIEN, to=TO_SO_REPORT, issuer=SO,
    ),
    Doc(
        "KH hoi nghi nguoi uy tin 2026.pdf", "pdf", "71/KH-SDTTG", "2026-08-05", "KẾ HOẠCH",
        "Tổ chức Hội nghị biểu dương người có uy tín trong đồng bào dân tộc thiểu số tỉnh Quảng Hà năm 2026",
        """Sở Dân tộc và Tôn giáo xây dựng Kế hoạch tổ chức Hội nghị biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2026 như sau:

1. Thành phần: 180 đại biểu là người có uy tín tiêu biểu của các huyện Na Khê, Bắc Sơn, Mường Lìn.

2. Thời gian, địa điểm: tháng 10 năm 2026, tại Hội trường UBND tỉnh.

3. Kinh phí: từ nguồn kinh phí thực hiện chính sách đối với người có uy tín năm 2026.""",
        HIEN, to=TO_SO_REPORT, issuer=SO,
    ),
    Doc(
        "CV 1480 so lieu chi so CCHC 2026.docx", "docx", "1480/SDTTG-VP", "2026-11-24", "",
        "cung cấp số liệu phục vụ xác định Chỉ số cải cách hành chính năm 2026",
        """Thực hiện đề nghị của Sở Nội vụ, Sở Dân tộc và Tôn giáo cung cấp số liệu phục vụ xác định Chỉ số cải cách hành chính năm 2026 như sau:

1. Văn bản đang áp dụng: Quy chế làm việc (Quyết định số 08/QĐ-SDTTG ngày 20/3/2025); Quy chế chi tiêu nội bộ (Quyết định số 30/QĐ-SDTTG ngày 26/5/2025); Quy trình nội bộ giải quyết thủ tục hành chính (Quyết định số 21/QĐ-SDTTG ngày 22/4/2025, Điều 3 được sửa đổi tại Quyết định số 18/QĐ-SDTTG ngày 16/3/2026).

2. Thí điểm tiếp nhận hồ sơ lĩnh vực tôn giáo trực tuyến toàn trình đã kết thúc ngày 30/6/2026.

3. Số liệu từ ngày 01/01/2026 đến ngày 20/11/2026: tiếp nhận 371 hồ sơ, giải quyết đúng hạn 370 hồ sơ; tiếp nhận trực tuyến 305 hồ sơ (82,2%).

Sở Dân tộc và Tôn giáo gửi Sở Nội vụ tổng hợp./.""",
        HIEN, to=("- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, VP."), issuer=SO, kinh_gui="Sở Nội vụ tỉnh Quảng Hà", layout="two_rows",
    ),
]

# The annex of 04/BC-BDT saved as a spreadsheet of its own: a list of the documents the Ban issued
# in 2024 (no header of its own, no number: a part of the report, not a document).
ANNEX_2024 = Doc(
    "Danh muc van ban 2024 (phu luc BC 04).ods", "ods", "", "2025-01-10", "",
    "Danh mục văn bản Ban Dân tộc ban hành năm 2024",
    """PHỤ LỤC: DANH MỤC VĂN BẢN BAN DÂN TỘC BAN HÀNH NĂM 2024

(Kèm theo Báo cáo số 04/BC-BDT ngày 10/01/2025 của Ban Dân tộc)

[[TABLE]]""",
    (), issuer=BAN,
    table=[
        ["STT", "Số, ký hiệu", "Ngày ban hành", "Trích yếu"],
        ["1", "08/QĐ-BDT", "19/01/2024", "Kiện toàn Tổ công tác cải cách hành chính của Ban Dân tộc"],
        ["2", "14/KH-BDT", "26/02/2024", "Kiểm tra công tác cải cách hành chính năm 2024"],
        ["3", "420/BDT-CS", "10/4/2024", "V/v rà soát, đề nghị công nhận người có uy tín năm 2024"],
        ["4", "30/QĐ-BDT", "06/5/2024", "Ban hành Quy chế quản lý, sử dụng chữ ký số và Hệ thống quản lý văn bản và điều hành"],
        ["5", "45/BC-BDT", "14/6/2024", "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024"],
        ["6", "52/QĐ-BDT", "15/7/2024", "Bãi bỏ Điều 9 Quy chế chi tiêu nội bộ"],
        ["7", "68/TB-BDT", "12/9/2024", "Kết quả kiểm tra việc thực hiện chính sách hỗ trợ đồng bào dân tộc thiểu số tại huyện Mường Lìn"],
        ["8", "95/KH-BDT", "27/12/2024", "Cải cách hành chính năm 2025 của Ban Dân tộc"],
    ],
)

DRAFT_08 = [
    "DỰ THẢO (lần 2)",
    "UBND TỈNH QUẢNG HÀ",
    "SỞ DÂN TỘC VÀ TÔN GIÁO",
    "Số:       /QĐ-SDTTG",
    "Quảng Hà, ngày      tháng 3 năm 2025",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế làm việc của Sở Dân tộc và Tôn giáo",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Dân tộc và Tôn giáo tỉnh Quảng Hà, gồm 02 chương, 07 điều.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2025.",
    "Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.",
    "GIÁM ĐỐC",
    "(chưa ký)",
]

