"""Twenty-fifth held-out archive, 2018 – 2020: the Sở Thông tin và Truyền thông of tỉnh Minh Giang
(fictional). Do not tune on it.

An older office's files: most are Word 97–2003 ``.doc``; the 2018 – 2019 ones typed in the old
fonts — TCVN3 (.VnTime / .VnTimeH: the 2018 CCHC plan and Quy chế làm việc, the 2018 CCHC
inspection plan whose body only is TCVN3, the 2018 yearly report as a PDF, the 2019 six-month
report as a text file) and VNI (the 2019 Tổ công tác CCHC decision, a 2019 letter on radio
frequencies as a text file). The reform's documents beside the Sở's sector work (telecom, post,
press, frequencies). Written by hand; facts in ``bench/data/heldout25_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout25_common import (
    FUNCS,
    GD,
    HA,
    HUY,
    MANH,
    ND45,
    ND61,
    ND130,
    NQ30C,
    TO_REPORT,
    TO_SO,
    Doc,
    decision,
)

TO_DN = ("- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, VP.")

EARLY: list[Doc] = [
    Doc(
        "KH CCHC 2018.doc", "doc", "05/KH-STTTT", "2018-01-12", "KẾ HOẠCH",
        "Cải cách hành chính năm 2018 của Sở Thông tin và Truyền thông",
        f"""{NQ30C}

Thực hiện Kế hoạch số 09/KH-UBND ngày 05/01/2018 của UBND tỉnh về cải cách hành chính năm 2018, Sở Thông tin và Truyền thông ban hành Kế hoạch cải cách hành chính năm 2018 như sau:

I. MỤC ĐÍCH, YÊU CẦU

Triển khai đồng bộ các nhiệm vụ cải cách hành chính; nâng cao chất lượng giải quyết thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả của Sở.

II. NHIỆM VỤ TRỌNG TÂM

1. Cải cách thủ tục hành chính: tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 95%; xây dựng quy trình nội bộ giải quyết thủ tục hành chính khi Chính phủ ban hành quy định mới về cơ chế một cửa.

2. Chế độ công vụ: ban hành Quy chế làm việc mới của Sở trong tháng 01 năm 2018.

3. Tài chính công: sửa đổi Quy chế chi tiêu nội bộ của Sở trong quý I năm 2018.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở là đầu mối theo dõi, tổng hợp, báo cáo kết quả thực hiện Kế hoạch này.""",
        HUY, to=TO_REPORT, font="tcvn3",
    ),
    Doc(
        "QD 12-STTTT.doc", "doc", "12/QĐ-STTTT", "2018-01-25", "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Thông tin và Truyền thông",
        decision(GD, [FUNCS, "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Thông tin và Truyền thông tỉnh Minh Giang, gồm 05 chương, 24 điều.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng, đơn vị thuộc Sở và công chức, viên chức của Sở chịu trách nhiệm thi hành Quyết định này./."""),
        HUY, to=TO_SO, layout="plain", font="tcvn3",
    ),
    Doc(
        "CV 156 dam bao thong tin Tet 2018.doc", "doc", "156/STTTT-VP", "2018-02-05", "",
        "bảo đảm thông tin liên lạc phục vụ Tết Nguyên đán Mậu Tuất năm 2018",
        """Để bảo đảm thông tin liên lạc thông suốt phục vụ sự lãnh đạo, chỉ đạo của các cấp ủy, chính quyền và nhu cầu của Nhân dân trong dịp Tết Nguyên đán Mậu Tuất năm 2018, Sở Thông tin và Truyền thông đề nghị các doanh nghiệp:

1. Xây dựng phương án ứng cứu thông tin, bố trí lực lượng trực 24/24 giờ từ ngày 14/02/2018 đến hết ngày 20/02/2018.

2. Bảo đảm an toàn mạng lưới, chất lượng dịch vụ viễn thông, Internet và dịch vụ bưu chính công ích; báo cáo sự cố về Sở qua Phòng Bưu chính, Viễn thông.

Sở Thông tin và Truyền thông đề nghị các doanh nghiệp nghiêm túc triển khai thực hiện./.""",
        MANH, to=TO_DN, kinh_gui="Các doanh nghiệp viễn thông, bưu chính trên địa bàn tỉnh",
    ),
    Doc(
        "KH kiem tra CCHC 2018.docx", "docx", "20/KH-STTTT", "2018-02-26", "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2018",
        """Thực hiện Kế hoạch số 05/KH-STTTT ngày 12/01/2018 của Sở Thông tin và Truyền thông về cải cách hành chính năm 2018, Sở ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2018 như sau:

1. Đối tượng kiểm tra: Bộ phận tiếp nhận và trả kết quả của Sở, các phòng chuyên môn và Trung tâm Công nghệ thông tin và Truyền thông.

2. Nội dung kiểm tra: việc giải quyết thủ tục hành chính, niêm yết công khai thủ tục hành chính, thực hiện Quy chế làm việc và kỷ luật, kỷ cương hành chính.

3. Thời gian kiểm tra: trong quý II và quý III năm 2018.

Văn phòng Sở chủ trì, phối hợp với các phòng tổ chức thực hiện Kế hoạch này./.""",
        HA, font="tcvn3_body",
    ),
    Doc(
        "QD 25 quy che chi tieu noi bo.doc", "doc", "25/QĐ-STTTT", "2018-03-08", "QUYẾT ĐỊNH",
        "Ban hành Quy chế chi tiêu nội bộ của Sở Thông tin và Truyền thông",
        decision(GD, [ND130, FUNCS, "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Sở Thông tin và Truyền thông, gồm 04 chương, 18 điều.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2018 và thay thế Quyết định số 45/QĐ-STTTT ngày 10/3/2016 của Giám đốc Sở Thông tin và Truyền thông ban hành Quy chế chi tiêu nội bộ.

Điều 3. Chánh Văn phòng, Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        HUY, to=TO_SO, layout="two_rows",
    ),
    Doc(
        "bao cao 6 thang 2018 (ban cuoi).doc", "doc", "70/BC-STTTT", "2018-06-14", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2018",
        """Thực hiện Kế hoạch số 05/KH-STTTT ngày 12/01/2018, Sở Thông tin và Truyền thông báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2018 (số liệu từ ngày 15/12/2017 đến ngày 14/6/2018) như sau:

1. Công tác chỉ đạo, điều hành: ban hành Quy chế làm việc (Quyết định số 12/QĐ-STTTT ngày 25/01/2018), Quy chế chi tiêu nội bộ (Quyết định số 25/QĐ-STTTT ngày 08/3/2018) và Kế hoạch kiểm tra công tác cải cách hành chính năm 2018.

2. Cải cách thủ tục hành chính: Sở tiếp nhận 196 hồ sơ, giải quyết đúng hạn 193 hồ sơ, đạt 98,5%; tiếp nhận trực tuyến 14 hồ sơ, đạt 7,1%.

3. Phương hướng 6 tháng cuối năm: xây dựng Quy trình nội bộ giải quyết thủ tục hành chính theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.""",
        HA, to=TO_REPORT, layout="plain",
    ),
    Doc(
        "QD 74 quy trinh noi bo 2018.doc", "doc", "74/QĐ-STTTT", "2018-06-25", "QUYẾT ĐỊNH",
        "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Thông tin và Truyền thông",
        decision(GD, [ND61, FUNCS, "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết 52 thủ tục hành chính thuộc thẩm quyền của Sở Thông tin và Truyền thông.

Điều 2. Hồ sơ được tiếp nhận tại Bộ phận tiếp nhận và trả kết quả của Sở đặt tại Trung tâm Hành chính công tỉnh.

Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2018.

Điều 4. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        HUY, to=("- Như Điều 4;", *TO_SO[1:]),
    ),
    Doc(
        "BC CCHC 2018.pdf", "pdf", "148/BC-STTTT", "2018-12-14", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2018",
        """Thực hiện Kế hoạch số 05/KH-STTTT ngày 12/01/2018, Sở Thông tin và Truyền thông báo cáo kết quả cải cách hành chính năm 2018 (số liệu từ ngày 15/12/2017 đến ngày 14/12/2018) như sau:

1. Công tác chỉ đạo, điều hành: ban hành Quy chế làm việc, Quy chế chi tiêu nội bộ, Quy trình nội bộ giải quyết thủ tục hành chính (Quyết định số 74/QĐ-STTTT ngày 25/6/2018); kiểm tra công tác cải cách hành chính tại 04 phòng, đơn vị.

2. Cải cách thủ tục hành chính: trong năm Sở tiếp nhận 412 hồ sơ, giải quyết đúng hạn 405 hồ sơ, đạt 98,3%; tiếp nhận trực tuyến 35 hồ sơ, đạt 8,5%.

3. Chỉ số cải cách hành chính năm 2017 của Sở đạt 78,45 điểm, xếp thứ 12/20 sở, ban, ngành của tỉnh.

4. Phương hướng năm 2019: đẩy mạnh cung cấp dịch vụ công trực tuyến mức độ 3, 4.""",
        HUY, to=TO_REPORT, font="tcvn3",
    ),
    Doc(
        "KH CCHC 2019.doc", "doc", "155/KH-STTTT", "2018-12-26", "KẾ HOẠCH",
        "Cải cách hành chính năm 2019 của Sở Thông tin và Truyền thông",
        f"""{NQ30C}

Sở Thông tin và Truyền thông ban hành Kế hoạch cải cách hành chính năm 2019 như sau:

I. MỤC TIÊU

Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%; 100% thủ tục hành chính được niêm yết công khai tại Bộ phận tiếp nhận và trả kết quả và trên Cổng thông tin điện tử của Sở.

II. NHIỆM VỤ

1. Kiện toàn Tổ công tác cải cách hành chính của Sở trong quý I năm 2019.

2. Xây dựng Kế hoạch ứng dụng công nghệ thông tin năm 2019, trong đó xác định chỉ tiêu tiếp nhận hồ sơ trực tuyến.

3. Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, đôn đốc và tổng hợp báo cáo Giám đốc Sở.""",
        HUY, to=TO_REPORT,
    ),
    Doc(
        "QD kien toan To CCHC 2019.docx", "docx", "18/QĐ-STTTT", "2019-02-20", "QUYẾT ĐỊNH",
        "Kiện toàn Tổ công tác cải cách hành chính của Sở Thông tin và Truyền thông",
        decision(GD, [FUNCS, "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Kiện toàn Tổ công tác cải cách hành chính của Sở Thông tin và Truyền thông gồm 07 thành viên: Phó Giám đốc Nguyễn Thị Thu Hà làm Tổ trưởng; Chánh Văn phòng Hoàng Minh Tâm làm Tổ phó; các thành viên là Trưởng các phòng, đơn vị thuộc Sở.

Điều 2. Tổ công tác giúp Giám đốc Sở theo dõi, đôn đốc việc thực hiện kế hoạch cải cách hành chính hằng năm của Sở.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các phòng, đơn vị và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."""),
        HUY, to=TO_SO, font="vni",
    ),
    Doc(
        "KH CNTT 2019.doc", "doc", "26/KH-STTTT", "2019-03-05", "KẾ HOẠCH",
        "Ứng dụng công nghệ thông tin trong hoạt động của Sở Thông tin và Truyền thông năm 2019",
        """Thực hiện Kế hoạch số 155/KH-STTTT ngày 26/12/2018 của Sở về cải cách hành chính năm 2019, Sở Thông tin và Truyền thông ban hành Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của Sở năm 2019 như sau:

I. MỤC TIÊU

100% văn bản đi, đến của Sở được xử lý trên Hệ thống quản lý văn bản và điều hành; 100% công chức sử dụng thư điện tử công vụ trong công việc. {+Phấn đấu tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến mức độ 3, 4 đạt tối thiểu 20%.+}

II. NHIỆM VỤ

1. Cung cấp dịch vụ công trực tuyến mức độ 3 đối với các thủ tục hành chính lĩnh vực xuất bản, in và phát hành{- (tối thiểu 15% số hồ sơ)-}.

2. Duy trì Cổng thông tin điện tử của Sở; cập nhật đầy đủ thủ tục hành chính và kết quả giải quyết.

III. TỔ CHỨC THỰC HIỆN

Trung tâm Công nghệ thông tin và Truyền thông chủ trì thực hiện; Văn phòng Sở theo dõi, tổng hợp.""",
        HA,
    ),
    Doc(
        "cong van 612 tan so.txt", "vni_txt", "612/STTTT-VP", "2019-05-14", "",
        "rà soát việc sử dụng tần số vô tuyến điện của các đài truyền thanh cấp huyện",
        """Thực hiện chỉ đạo của UBND tỉnh về quản lý tần số vô tuyến điện, Sở Thông tin và Truyền thông đề nghị UBND các huyện, thị xã, thành phố:

1. Rà soát giấy phép sử dụng tần số của đài truyền thanh cấp huyện và các đài truyền thanh cấp xã; đài nào chưa có giấy phép hoặc giấy phép đã hết hạn thì hoàn thiện hồ sơ gửi Cục Tần số vô tuyến điện.

2. Gửi kết quả rà soát về Sở Thông tin và Truyền thông trước ngày 15/6/2019.

Sở Thông tin và Truyền thông đề nghị các đơn vị quan tâm thực hiện./.""",
        MANH, to=TO_DN, kinh_gui="UBND các huyện, thị xã, thành phố", font="vni",
    ),
    Doc(
        "bc6thang2019.txt", "tcvn3_txt", "76/BC-STTTT", "2019-06-14", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2019",
        """Thực hiện Kế hoạch số 155/KH-STTTT ngày 26/12/2018, Sở Thông tin và Truyền thông báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2019 (số liệu từ ngày 15/12/2018 đến ngày 14/6/2019) như sau:

1. Công tác chỉ đạo, điều hành: kiện toàn Tổ công tác cải cách hành chính (Quyết định số 18/QĐ-STTTT ngày 20/02/2019); ban hành Kế hoạch ứng dụng công nghệ thông tin năm 2019 (Kế hoạch số 26/KH-STTTT ngày 05/3/2019).

2. Cải cách thủ tục hành chính: Sở tiếp nhận 221 hồ sơ, giải quyết đúng hạn 219 hồ sơ, đạt 99,1%; tiếp nhận trực tuyến 38 hồ sơ, đạt 17,2%.

3. Phương hướng 6 tháng cuối năm: nâng tỷ lệ hồ sơ trực tuyến theo chỉ tiêu đã đề ra.""",
        HA, to=TO_REPORT, font="tcvn3",
    ),
    Doc(
        "TB 97 kiem tra ban tin 2019.doc", "doc", "97/TB-STTTT", "2019-08-20", "THÔNG BÁO",
        "Kết quả kiểm tra hoạt động xuất bản bản tin trên địa bàn tỉnh năm 2019",
        """Từ ngày 05/8/2019 đến ngày 14/8/2019, Đoàn kiểm tra của Sở Thông tin và Truyền thông đã kiểm tra hoạt động xuất bản bản tin của 09 cơ quan, tổ chức được cấp giấy phép trên địa bàn tỉnh. Sở thông báo kết quả như sau:

1. 07 cơ quan, tổ chức xuất bản bản tin đúng giấy phép, nộp lưu chiểu đầy đủ.

2. 02 cơ quan xuất bản chậm kỳ so với giấy phép; Sở đề nghị khắc phục trước ngày 30/9/2019.

Các cơ quan, tổ chức có tên nêu trên thực hiện theo nội dung Thông báo này./.""",
        MANH, to=TO_DN, layout="plain",
    ),
    Doc(
        "BC CCHC nam 2019.doc", "doc", "141/BC-STTTT", "2019-12-13", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2019",
        """Thực hiện Kế hoạch số 155/KH-STTTT ngày 26/12/2018, Sở Thông tin và Truyền thông báo cáo kết quả cải cách hành chính năm 2019 (số liệu từ ngày 15/12/2018 đến ngày 14/12/2019) như sau:

1. Công tác chỉ đạo, điều hành: kiện toàn Tổ công tác cải cách hành chính; thực hiện Kế hoạch ứng dụng công nghệ thông tin năm 2019.

2. Cải cách thủ tục hành chính: Sở tiếp nhận 468 hồ sơ, giải quyết đúng hạn 463 hồ sơ, đạt 98,9%; tiếp nhận trực tuyến 97 hồ sơ, đạt 20,7% (chỉ tiêu tối thiểu 20%). Kết quả theo lĩnh vực:

[[TABLE]]

3. Chỉ số cải cách hành chính năm 2018 của Sở đạt 80,12 điểm, xếp thứ 10/20 sở, ban, ngành.

4. Phương hướng năm 2020: triển khai Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử khi được ban hành.""",
        HUY, to=TO_REPORT,
        table=[
            ["Lĩnh vực", "Tiếp nhận", "Đúng hạn", "Trực tuyến"],
            ["Báo chí", "64", "64", "9"],
            ["Xuất bản, in và phát hành", "203", "201", "41"],
            ["Bưu chính", "38", "38", "12"],
            ["Viễn thông và Internet", "121", "119", "27"],
            ["Phát thanh, truyền hình và thông tin điện tử", "42", "41", "8"],
            ["Tổng cộng", "468", "463", "97"],
        ],
    ),
    Doc(
        "KH CCHC 2020.doc", "doc", "150/KH-STTTT", "2019-12-27", "KẾ HOẠCH",
        "Cải cách hành chính năm 2020 của Sở Thông tin và Truyền thông",
        f"""{NQ30C}

Sở Thông tin và Truyền thông ban hành Kế hoạch cải cách hành chính năm 2020 như sau:

I. MỤC TIÊU

Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%; tỷ lệ hồ sơ tiếp nhận trực tuyến mức độ 3, 4 đạt tối thiểu 30%; mức độ hài lòng của người dân, tổ chức (SIPAS) đạt trên 85%.

II. NHIỆM VỤ

1. Rà soát, sửa đổi Quy trình nội bộ giải quyết thủ tục hành chính của Sở.

2. Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, đôn đốc và báo cáo Giám đốc Sở.""",
        HUY, to=TO_REPORT, running="Kế hoạch cải cách hành chính năm 2020 - Sở Thông tin và Truyền thông tỉnh Minh Giang",
    ),
    Doc(
        "KH kiem tra buu chinh 2020.doc", "doc", "28/KH-STTTT", "2020-03-02", "KẾ HOẠCH",
        "Kiểm tra hoạt động bưu chính trên địa bàn tỉnh năm 2020",
        """Sở Thông tin và Truyền thông ban hành Kế hoạch kiểm tra hoạt động bưu chính trên địa bàn tỉnh năm 2020 như sau:

1. Đối tượng: 06 doanh nghiệp cung ứng dịch vụ bưu chính và các điểm phục vụ bưu chính công ích.

2. Nội dung: việc chấp hành giấy phép bưu chính, văn bản xác nhận thông báo hoạt động bưu chính, chất lượng dịch vụ bưu chính công ích.

3. Thời gian: trong quý II và quý III năm 2020.

Phòng Bưu chính, Viễn thông chủ trì thực hiện Kế hoạch này./.""",
        MANH,
    ),
    Doc(
        "Doc1.doc", "doc", "35/KH-STTTT", "2020-03-16", "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2020",
        """Thực hiện Kế hoạch số 150/KH-STTTT ngày 27/12/2019 của Sở về cải cách hành chính năm 2020, Sở Thông tin và Truyền thông ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2020 như sau:

1. Đối tượng: các phòng chuyên môn, Trung tâm Công nghệ thông tin và Truyền thông và Bộ phận tiếp nhận và trả kết quả của Sở.

2. Nội dung: việc thực hiện Quy trình nội bộ giải quyết thủ tục hành chính, Quy chế làm việc, Quy chế chi tiêu nội bộ.

3. Thời gian: tháng 5 và tháng 10 năm 2020.

Văn phòng Sở chủ trì thực hiện Kế hoạch này./.""",
        HA,
    ),
    Doc(
        "BC 6 thang 2020.doc", "doc", "88/BC-STTTT", "2020-06-15", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2020",
        """Thực hiện Kế hoạch số 150/KH-STTTT ngày 27/12/2019, Sở Thông tin và Truyền thông báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2020 như sau:

1. Công tác chỉ đạo, điều hành: ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2020 (Kế hoạch số 35/KH-STTTT ngày 16/3/2020); Chỉ số cải cách hành chính năm 2019 của Sở được công bố[^1].

2. Cải cách thủ tục hành chính[^2]: Sở tiếp nhận 244 hồ sơ, giải quyết đúng hạn 243 hồ sơ, đạt 99,6%; tiếp nhận trực tuyến 81 hồ sơ, đạt 33,2%.

3. Phương hướng 6 tháng cuối năm: ban hành Quy trình nội bộ mới theo Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ.""",
        HA, to=TO_REPORT,
        footnotes=[
            "Chỉ số cải cách hành chính năm 2019 của Sở đạt 82,67 điểm, xếp thứ 8/20 sở, ban, ngành của tỉnh.",
            "Số liệu tính từ ngày 15/12/2019 đến ngày 14/6/2020.",
        ],
    ),
    Doc(
        "QD 95-STTTT quy trinh noi bo.doc", "doc", "95/QĐ-STTTT", "2020-07-10", "QUYẾT ĐỊNH",
        "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Thông tin và Truyền thông",
        decision(GD, [ND61, ND45, FUNCS, "Xét đề nghị của Chánh Văn phòng Sở."], """Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết 58 thủ tục hành chính thuộc thẩm quyền của Sở Thông tin và Truyền thông, trong đó 31 thủ tục được tiếp nhận trực tuyến mức độ 3, 4.

Điều 2. Hồ sơ được tiếp nhận tại Bộ phận tiếp nhận và trả kết quả của Sở đặt tại Trung tâm Hành chính công tỉnh hoặc trên Cổng Dịch vụ công của tỉnh.

Điều 3. Thời gian giải quyết thực hiện theo Quy trình kèm theo; công chức được phân công giải quyết hồ sơ chuyển kết quả cho Bộ phận tiếp nhận và trả kết quả chậm nhất 01 ngày làm việc trước hạn trả kết quả.

Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 7 năm 2020 và thay thế Quyết định số 74/QĐ-STTTT ngày 25/6/2018 của Giám đốc Sở.

Điều 5. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""),
        HUY, to=("- Như Điều 5;", *TO_SO[1:]), layout="two_rows",
    ),
    Doc(
        "CV 1085 dich vu cong truc tuyen.doc", "doc", "1085/STTTT-VP", "2020-08-12", "",
        "đẩy mạnh nộp hồ sơ thủ tục hành chính trực tuyến mức độ 3, 4",
        """Thực hiện Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử, Sở Thông tin và Truyền thông đề nghị các cơ quan, doanh nghiệp:

1. Nộp hồ sơ các thủ tục hành chính thuộc thẩm quyền của Sở qua Cổng Dịch vụ công của tỉnh tại địa chỉ [[LINK:https://dichvucong.minhgiang.gov.vn|https://dichvucong.minhgiang.gov.vn]] (31 thủ tục mức độ 3, 4).

2. Đăng ký tài khoản và nhận kết quả qua dịch vụ bưu chính công ích khi có nhu cầu.

Sở Thông tin và Truyền thông đề nghị các cơ quan, doanh nghiệp quan tâm phối hợp thực hiện./.""",
        HA, to=TO_DN, kinh_gui="Các cơ quan báo chí, nhà xuất bản, doanh nghiệp bưu chính, viễn thông trên địa bàn tỉnh",
    ),
    Doc(
        "Báo cáo CCHC năm 2020.docx", "docx", "162/BC-STTTT", "2020-12-14", "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2020",
        """Thực hiện Kế hoạch số 150/KH-STTTT ngày 27/12/2019, Sở Thông tin và Truyền thông báo cáo kết quả cải cách hành chính năm 2020 (số liệu từ ngày 15/12/2019 đến ngày 14/12/2020) như sau:

1. Công tác chỉ đạo, điều hành: ban hành Quy trình nội bộ giải quyết thủ tục hành chính mới (Quyết định số 95/QĐ-STTTT ngày 10/7/2020) thay thế Quyết định số 74/QĐ-STTTT ngày 25/6/2018; kiểm tra công tác cải cách hành chính tại 05 phòng, đơn vị.

2. Cải cách thủ tục hành chính: Sở tiếp nhận 505 hồ sơ, giải quyết đúng hạn 502 hồ sơ, đạt 99,4%; tiếp nhận trực tuyến 187 hồ sơ, đạt 37,0% (chỉ tiêu tối thiểu 30%); mức độ hài lòng (SIPAS) đạt 85,6%.

3. Phương hướng năm 2021: kiện toàn tổ chức bộ máy của Sở theo quy định mới của UBND tỉnh.""",
        HUY, to=TO_REPORT, layout="two_rows",
    ),
    Doc(
        "KH CCHC 2021 (ky 28-12-2020).docx", "docx", "170/KH-STTTT", "2020-12-28", "KẾ HOẠCH",
        "Cải cách hành chính năm 2021 của Sở Thông tin và Truyền thông",
        """Sở Thông tin và Truyền thông ban hành Kế hoạch cải cách hành chính năm 2021 như sau:

I. MỤC TIÊU

Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt tối thiểu 50%; mức độ hài lòng (SIPAS) đạt trên 87%.

II. NHIỆM VỤ

1. Sắp xếp, kiện toàn các phòng chuyên môn của Sở sau khi UBND tỉnh ban hành quy định mới về chức năng, nhiệm vụ của Sở.

2. Ban hành Quy chế làm việc mới của Sở.

3. Kiểm tra công tác cải cách hành chính năm 2021.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, tổng hợp, báo cáo Giám đốc Sở.""",
        HUY, to=TO_REPORT,
    ),
]
