"""Twenty-sixth held-out archive, 2021 – 2023: the Ban Dân tộc of tỉnh Quảng Hà (fictional), which
worked in LibreOffice (most files OpenDocument text: a table of figures, footnotes, a running
header and footer, tracked changes kept, chapter numbering, a list style, one flat .fodt), and one
file of the Ban Tôn giáo (Sở Nội vụ) handed over in 2025 (an RTF export). The reform's documents
beside the Ban's sector work (ethnic-minority programmes, people of prestige). Written by hand;
facts in ``bench/data/heldout26_archive_truth.json``. Do not tune on it.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout26_common import (
    BTG,
    BTG_WHO,
    FUNCS_BAN,
    HIEN_B,
    ND30,
    ND45,
    ND61,
    ND61B,
    NQ76,
    PAO_B,
    TB_WHO,
    THANG_B,
    TO_BAN,
    TO_BAN_REPORT,
    TON_B,
    Doc,
    decision,
)

TO_HUYEN = ("- Như trên;", "- Lãnh đạo Ban;", "- Lưu: VT, CS.")
TO_BTG = ("- Như Điều 3;", "- Giám đốc Sở Nội vụ (để b/c);", "- Lưu: VT, BTG.")

EARLY: list[Doc] = [
    Doc(
        "KH CCHC 2021.odt", "odt", "03/KH-BDT", "2021-01-08", "KẾ HOẠCH",
        "Cải cách hành chính năm 2021 của Ban Dân tộc",
        """Thực hiện Kế hoạch số 05/KH-UBND ngày 04/01/2021 của UBND tỉnh về cải cách hành chính năm 2021, Ban Dân tộc ban hành Kế hoạch cải cách hành chính năm 2021 như sau:

I. MỤC ĐÍCH, YÊU CẦU

Triển khai đồng bộ các nhiệm vụ cải cách hành chính của Ban; giải quyết thủ tục hành chính đúng quy định, công khai, minh bạch.

II. NHIỆM VỤ TRỌNG TÂM

1. Cải cách thủ tục hành chính: 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn; ban hành Quy trình nội bộ giải quyết thủ tục hành chính của Ban trong quý II năm 2021.

2. Chế độ công vụ: ban hành Quy chế làm việc mới của Ban trong quý I năm 2021.

3. Hiện đại hóa hành chính: tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt tối thiểu 30%.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Ban là đầu mối theo dõi, tổng hợp, báo cáo kết quả thực hiện Kế hoạch này.""",
        THANG_B, to=TO_BAN_REPORT,
    ),
    Doc(
        "QD 12-BDT quy che lam viec.odt", "odt", "12/QĐ-BDT", "2021-03-15", "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Ban Dân tộc",
        decision(TB_WHO, [FUNCS_BAN, "Xét đề nghị của Chánh Văn phòng Ban."], """#D Ban hành kèm theo Quyết định này Quy chế làm việc của Ban Dân tộc tỉnh Quảng Hà, gồm 03 chương, 08 điều.

#D Quyết định này có hiệu lực kể từ ngày ký.

#D Chánh Văn phòng, Trưởng các phòng thuộc Ban và công chức của Ban chịu trách nhiệm thi hành Quyết định này./."""),
        THANG_B, to=TO_BAN, numbering="outline",
        annex="""QUY CHẾ LÀM VIỆC CỦA BAN DÂN TỘC TỈNH QUẢNG HÀ

(Ban hành kèm theo Quyết định số 12/QĐ-BDT ngày 15 tháng 3 năm 2021 của Trưởng Ban Dân tộc)

#C

QUY ĐỊNH CHUNG

#D Phạm vi điều chỉnh

Quy chế này quy định nguyên tắc, chế độ trách nhiệm, lề lối làm việc và quan hệ công tác của Ban Dân tộc.

#D Đối tượng áp dụng

Lãnh đạo Ban, công chức, người lao động thuộc Ban.

#D Nguyên tắc làm việc

Mỗi việc chỉ giao một đơn vị, một người chủ trì và chịu trách nhiệm chính.

#C

TRÁCH NHIỆM, PHẠM VI GIẢI QUYẾT CÔNG VIỆC

#D Trách nhiệm của Trưởng ban

Trưởng ban lãnh đạo, điều hành toàn diện hoạt động của Ban.

#D Trách nhiệm của Phó Trưởng ban

Phó Trưởng ban giúp Trưởng ban phụ trách các lĩnh vực được phân công.

#D Trách nhiệm của Trưởng phòng

Trưởng phòng chịu trách nhiệm trước Trưởng ban về toàn bộ công việc của phòng.

#C

CHẾ ĐỘ HỘI HỌP VÀ XỬ LÝ VĂN BẢN

#D Chế độ giao ban

Ban giao ban lãnh đạo vào sáng thứ Hai hằng tuần.

#D Xử lý văn bản

Văn bản đến được xử lý trên Hệ thống quản lý văn bản và điều hành; văn bản đi do Văn phòng Ban phát hành."""
    ),
    Doc(
        "QD 25-BDT.odt", "odt", "25/QĐ-BDT", "2021-05-10", "QUYẾT ĐỊNH",
        "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Ban Dân tộc",
        decision(TB_WHO, [ND61, FUNCS_BAN, "Xét đề nghị của Chánh Văn phòng Ban."], """#D Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết 04 thủ tục hành chính thuộc thẩm quyền của Ban Dân tộc, gồm:

#K Thủ tục công nhận người có uy tín trong đồng bào dân tộc thiểu số;

#K Thủ tục đưa ra khỏi danh sách người có uy tín;

#K Thủ tục hỗ trợ người có uy tín bị ốm đau, gặp khó khăn;

#K Thủ tục xét tặng danh hiệu điển hình tiên tiến trong đồng bào dân tộc thiểu số.

#D Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 5 năm 2021.

#D Chánh Văn phòng, Trưởng các phòng thuộc Ban chịu trách nhiệm thi hành Quyết định này./."""),
        THANG_B, to=TO_BAN, numbering="numpr",
    ),
    Doc(
        "BC 6 thang 2021.odt", "odt", "41/BC-BDT", "2021-06-15", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2021",
        """Thực hiện Kế hoạch số 03/KH-BDT ngày 08/01/2021 về cải cách hành chính năm 2021, Ban Dân tộc báo cáo kết quả 6 tháng đầu năm 2021 như sau:

1. Công tác chỉ đạo, điều hành: ban hành Quy chế làm việc mới (Quyết định số 12/QĐ-BDT ngày 15/3/2021).

2. Cải cách thủ tục hành chính: ban hành Quy trình nội bộ giải quyết thủ tục hành chính (Quyết định số 25/QĐ-BDT ngày 10/5/2021). Trong kỳ[^1], Ban tiếp nhận 18 hồ sơ, giải quyết đúng hạn 18 hồ sơ (đạt 100%); tiếp nhận trực tuyến 06 hồ sơ (33,3%).

3. Chỉ số cải cách hành chính năm 2020 của Ban đạt 79,32 điểm[^2].""",
        HIEN_B, to=TO_BAN_REPORT,
        footnotes=["Số liệu từ ngày 15/12/2020 đến ngày 14/6/2021.", "Xếp thứ 12/21 cơ quan chuyên môn, cơ quan thuộc UBND tỉnh (Quyết định công bố của UBND tỉnh tháng 4/2021)."],
    ),
    Doc(
        "cong van 412 cap bao nguoi uy tin.txt", "txt", "412/BDT-CS", "2021-08-20", "",
        "cấp báo, tạp chí cho người có uy tín trong đồng bào dân tộc thiểu số năm 2021",
        """Thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, Ban Dân tộc đề nghị UBND các huyện:

1. Rà soát danh sách người có uy tín được cấp báo, tạp chí năm 2021; gửi về Ban (qua Phòng Chính sách dân tộc) trước ngày 10/9/2021.

2. Phối hợp với Bưu điện tỉnh bảo đảm báo, tạp chí đến tận tay người có uy tín.

Ban Dân tộc đề nghị UBND các huyện quan tâm phối hợp thực hiện./.""",
        PAO_B, to=TO_HUYEN, kinh_gui="UBND các huyện: Na Khê, Bắc Sơn, Mường Lìn",
    ),
    Doc(
        "BC CCHC nam 2021.odt", "odt", "96/BC-BDT", "2021-12-14", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2021",
        """Thực hiện Kế hoạch số 03/KH-BDT ngày 08/01/2021, Ban Dân tộc báo cáo kết quả cải cách hành chính năm 2021 như sau:

1. Công tác chỉ đạo, điều hành: hoàn thành các nhiệm vụ của Kế hoạch; ban hành Quy chế làm việc (Quyết định số 12/QĐ-BDT) và Quy trình nội bộ (Quyết định số 25/QĐ-BDT).

2. Kết quả giải quyết thủ tục hành chính (số liệu từ ngày 15/12/2020 đến ngày 14/12/2021):

[[TABLE]]

3. Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 36,6%, vượt chỉ tiêu 30% của Kế hoạch.""",
        THANG_B, to=TO_BAN_REPORT,
        table=[
            ["Thủ tục", "Tiếp nhận", "Đúng hạn", "Trực tuyến"],
            ["Công nhận người có uy tín", "22", "22", "8"],
            ["Đưa ra khỏi danh sách người có uy tín", "5", "5", "2"],
            ["Hỗ trợ người có uy tín bị ốm đau, gặp khó khăn", "11", "11", "4"],
            ["Xét tặng danh hiệu điển hình tiên tiến", "3", "3", "1"],
            ["Tổng cộng", "41", "41", "15"],
        ],
    ),
    Doc(
        "KH CCHC 2022.odt", "odt", "102/KH-BDT", "2021-12-28", "KẾ HOẠCH",
        "Cải cách hành chính năm 2022 của Ban Dân tộc",
        f"""{NQ76}

Ban Dân tộc ban hành Kế hoạch cải cách hành chính năm 2022 như sau:

I. MỤC TIÊU

Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt tối thiểu 50%; 100% hồ sơ giải quyết đúng hạn; mức độ hài lòng của người dân đạt trên 90%.

II. NHIỆM VỤ

1. Kiểm tra công tác cải cách hành chính tại các phòng thuộc Ban trong năm 2022.

2. Rà soát Quy trình nội bộ giải quyết thủ tục hành chính ban hành kèm theo Quyết định số 25/QĐ-BDT ngày 10/5/2021.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Ban tham mưu, theo dõi, đôn đốc; báo cáo kết quả 6 tháng trước ngày 15/6/2022 và năm trước ngày 15/12/2022.""",
        THANG_B, to=TO_BAN_REPORT, running="Ban Dân tộc tỉnh Quảng Hà - Kế hoạch CCHC năm 2022",
    ),
    Doc(
        "Untitled 1.odt", "odt", "15/KH-BDT", "2022-02-21", "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2022",
        """Thực hiện Kế hoạch số 102/KH-BDT ngày 28/12/2021 về cải cách hành chính năm 2022, Ban Dân tộc ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2022 như sau:

1. Đối tượng kiểm tra: Văn phòng Ban, Phòng Chính sách dân tộc, Phòng Kế hoạch - Tổng hợp.

2. Nội dung: việc thực hiện Quy chế làm việc (Quyết định số 12/QĐ-BDT ngày 15/3/2021) và Quy trình nội bộ giải quyết thủ tục hành chính (Quyết định số 25/QĐ-BDT ngày 10/5/2021).

3. Thời gian: trong quý III năm 2022.""",
        HIEN_B, to=TO_BAN_REPORT,
    ),
    Doc(
        "KH hoi nghi nguoi uy tin 2022.odt", "odt", "33/KH-BDT", "2022-04-05", "KẾ HOẠCH",
        "Tổ chức Hội nghị biểu dương người có uy tín trong đồng bào dân tộc thiểu số tỉnh Quảng Hà năm 2022",
        """Ban Dân tộc xây dựng Kế hoạch tổ chức Hội nghị biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2022 như sau:

1. Thành phần: 150 đại biểu là người có uy tín tiêu biểu của các huyện Na Khê, Bắc Sơn, Mường Lìn.

2. Thời gian, địa điểm: tháng 8 năm 2022, tại Hội trường UBND tỉnh.

3. Kinh phí: từ nguồn kinh phí thực hiện chính sách đối với người có uy tín năm 2022.""",
        PAO_B, to=TO_BAN_REPORT,
    ),
    Doc(
        "bao cao 6 thang 2022.rtf", "rtf", "47/BC-BDT", "2022-06-15", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2022",
        """Thực hiện Kế hoạch số 102/KH-BDT ngày 28/12/2021, Ban Dân tộc báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2022 như sau:

1. Kiểm tra: triển khai Kế hoạch số 15/KH-BDT ngày 21/02/2022 kiểm tra công tác cải cách hành chính tại các phòng.

2. Thủ tục hành chính (số liệu từ ngày 15/12/2021 đến ngày 14/6/2022): tiếp nhận 23 hồ sơ, giải quyết đúng hạn 23 hồ sơ (100%); tiếp nhận trực tuyến 11 hồ sơ (47,8%).

3. Chỉ số cải cách hành chính năm 2021 của Ban đạt 81,06 điểm, xếp thứ 9/21.""",
        HIEN_B, to=TO_BAN_REPORT,
    ),
    Doc(
        "QD 61-BDT quy che chi tieu noi bo.odt", "odt", "61/QĐ-BDT", "2022-08-10", "QUYẾT ĐỊNH",
        "Ban hành Quy chế chi tiêu nội bộ của Ban Dân tộc",
        decision(TB_WHO, [FUNCS_BAN, "Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước;", "Xét đề nghị của Chánh Văn phòng Ban."], """Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Ban Dân tộc, gồm 12 điều{+; Điều 9 quy định khoán chi văn phòng phẩm theo phòng+}.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2022{- và áp dụng từ năm ngân sách 2023-}.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Ban, kế toán và công chức của Ban chịu trách nhiệm thi hành Quyết định này./."""),
        THANG_B, to=TO_BAN,
    ),
    Doc(
        "BC CCHC nam 2022.odt", "odt", "98/BC-BDT", "2022-12-14", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2022",
        """Thực hiện Kế hoạch số 102/KH-BDT ngày 28/12/2021, Ban Dân tộc báo cáo kết quả cải cách hành chính năm 2022 như sau:

1. Kiểm tra: hoàn thành kiểm tra theo Kế hoạch số 15/KH-BDT ngày 21/02/2022 tại 03 phòng.

2. Tài chính công: ban hành Quy chế chi tiêu nội bộ (Quyết định số 61/QĐ-BDT ngày 10/8/2022), có hiệu lực từ ngày 01/9/2022.

3. Thủ tục hành chính (số liệu từ ngày 15/12/2021 đến ngày 14/12/2022): tiếp nhận 49 hồ sơ, giải quyết đúng hạn 48 hồ sơ (98,0%); tiếp nhận trực tuyến 27 hồ sơ (55,1%), đạt chỉ tiêu 50%. Mức độ hài lòng của người dân đạt 91,2%.""",
        THANG_B, to=TO_BAN_REPORT,
    ),
    Doc(
        "KH CCHC 2023.fodt", "fodt", "105/KH-BDT", "2022-12-28", "KẾ HOẠCH",
        "Cải cách hành chính năm 2023 của Ban Dân tộc",
        f"""{NQ76}

Thực hiện Kế hoạch số 236/KH-UBND ngày 20/12/2022 của UBND tỉnh về cải cách hành chính năm 2023, Ban Dân tộc ban hành Kế hoạch cải cách hành chính năm 2023 như sau:

I. MỤC TIÊU

Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt tối thiểu 60%; 100% hồ sơ giải quyết đúng hạn.

II. NHIỆM VỤ

1. Xây dựng Kế hoạch chuyển đổi số của Ban năm 2023.

2. Phối hợp với Ban Tôn giáo, Sở Nội vụ trong giải quyết các thủ tục hành chính có liên quan.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Ban là đầu mối tổng hợp, báo cáo.""",
        THANG_B, to=TO_BAN_REPORT,
    ),
    Doc(
        "KH chuyen doi so 2023.odt", "odt", "20/KH-BDT", "2023-03-01", "KẾ HOẠCH",
        "Chuyển đổi số trong hoạt động của Ban Dân tộc năm 2023",
        f"""{ND45}

Thực hiện Kế hoạch số 105/KH-BDT ngày 28/12/2022 về cải cách hành chính năm 2023, Ban Dân tộc ban hành Kế hoạch chuyển đổi số năm 2023 như sau:

1. 100% văn bản đi của Ban (trừ văn bản mật) được ký số và phát hành trên Hệ thống quản lý văn bản và điều hành.

2. Tỷ lệ hồ sơ thủ tục hành chính được số hóa kết quả giải quyết đạt tối thiểu {{+80%+}}{{-50%-}}.

3. Cập nhật cơ sở dữ liệu người có uy tín trong đồng bào dân tộc thiểu số trên phần mềm dùng chung của tỉnh.""",
        HIEN_B, to=TO_BAN_REPORT,
    ),
    Doc(
        "cong van 712 chuong trinh MTQG.txt", "txt", "712/BDT-CS", "2023-05-16", "",
        "triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2023",
        """Để triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2023 trên địa bàn tỉnh, Ban Dân tộc đề nghị UBND các huyện:

1. Rà soát, hoàn thiện danh mục dự án thuộc Dự án 1 (đất ở, nhà ở, nước sinh hoạt) năm 2023; gửi về Ban trước ngày 30/5/2023.

2. Báo cáo tiến độ giải ngân vốn Chương trình định kỳ hằng tháng, trước ngày 25.

Ban Dân tộc đề nghị UBND các huyện quan tâm thực hiện./.""",
        PAO_B, to=TO_HUYEN, kinh_gui="UBND các huyện: Na Khê, Bắc Sơn, Mường Lìn",
    ),
    Doc(
        "BC 6 thang 2023.pdf", "pdf", "44/BC-BDT", "2023-06-14", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2023",
        """Thực hiện Kế hoạch số 105/KH-BDT ngày 28/12/2022, Ban Dân tộc báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2023 như sau:

1. Chuyển đổi số: triển khai Kế hoạch số 20/KH-BDT ngày 01/3/2023; 100% văn bản đi được ký số.

2. Thủ tục hành chính (số liệu từ ngày 15/12/2022 đến ngày 14/6/2023): tiếp nhận 27 hồ sơ, giải quyết đúng hạn 27 hồ sơ (100%); tiếp nhận trực tuyến 16 hồ sơ (59,3%).

3. Chỉ số cải cách hành chính năm 2022 của Ban đạt 83,40 điểm, xếp thứ 7/21.""",
        HIEN_B, to=TO_BAN_REPORT,
    ),
    Doc(
        "QD 36-BTG quy trinh noi bo ton giao.rtf", "rtf", "36/QĐ-BTG", "2023-07-20", "QUYẾT ĐỊNH",
        "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực tôn giáo thuộc thẩm quyền tiếp nhận của Ban Tôn giáo",
        decision(BTG_WHO, [ND61B, "Căn cứ Quyết định số 856/QĐ-UBND ngày 12/5/2023 của Chủ tịch UBND tỉnh công bố Danh mục thủ tục hành chính lĩnh vực tôn giáo thuộc thẩm quyền giải quyết của Sở Nội vụ;", "Xét đề nghị của Phòng Quản lý tôn giáo."], """Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết 27 thủ tục hành chính lĩnh vực tôn giáo do Ban Tôn giáo tiếp nhận, tham mưu giải quyết.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2023.

Điều 3. Các phòng thuộc Ban Tôn giáo và công chức được giao tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh chịu trách nhiệm thi hành Quyết định này./."""),
        TON_B, to=TO_BTG, issuer=BTG,
    ),
    Doc(
        "bao cao nam 2023 (ban cuoi).rtf", "rtf", "92/BC-BDT", "2023-12-14", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2023",
        """Thực hiện Kế hoạch số 105/KH-BDT ngày 28/12/2022, Ban Dân tộc báo cáo kết quả cải cách hành chính năm 2023 như sau:

1. Chuyển đổi số: hoàn thành Kế hoạch số 20/KH-BDT ngày 01/3/2023; tỷ lệ hồ sơ được số hóa kết quả giải quyết đạt 84,5%.

2. Thủ tục hành chính (số liệu từ ngày 15/12/2022 đến ngày 14/12/2023): tiếp nhận 58 hồ sơ, giải quyết đúng hạn 58 hồ sơ (100%); tiếp nhận trực tuyến 38 hồ sơ (65,5%), vượt chỉ tiêu 60%. Mức độ hài lòng của người dân đạt 92,5%.

3. Chỉ số cải cách hành chính năm 2022 của Ban đạt 83,40 điểm, xếp thứ 7/21, tăng 02 bậc so với năm 2021.""",
        THANG_B, to=TO_BAN_REPORT,
    ),
    Doc(
        "KH CCHC 2024.doc", "rtfdoc", "99/KH-BDT", "2023-12-27", "KẾ HOẠCH",
        "Cải cách hành chính năm 2024 của Ban Dân tộc",
        f"""{NQ76}

{ND30}

Ban Dân tộc ban hành Kế hoạch cải cách hành chính năm 2024 như sau:

I. MỤC TIÊU

Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt tối thiểu 70%; mức độ hài lòng của người dân đạt trên 93%.

II. NHIỆM VỤ

1. Kiện toàn Tổ công tác cải cách hành chính của Ban trong tháng 01 năm 2024.

2. Kiểm tra công tác cải cách hành chính tại các phòng thuộc Ban.

3. Sửa đổi Quy chế chi tiêu nội bộ (Quyết định số 61/QĐ-BDT ngày 10/8/2022) cho phù hợp với việc mua sắm văn phòng phẩm tập trung.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Ban tham mưu, theo dõi, tổng hợp.""",
        THANG_B, to=TO_BAN_REPORT,
    ),
]
