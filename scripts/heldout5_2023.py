"""Fifth held-out archive, 2023: the Sở Y tế of the fictional tỉnh Tường An. Do not tune on it.

The year's plan, an amendment of one clause of the spending rules (effective after signing),
the propaganda plan, the province's decision publishing pharmacy procedures, a new
one-stop-counter Quy chế replacing the 2020 one, and the annual report. Facts:
``bench/data/heldout5_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout5_early import DEPUTY, DIRECTOR, UBND, VICE_CHAIR, head
from sample_header import Sample

KH_04 = (
    head(
        "04/KH-SYT",
        "ngày 09 tháng 01 năm 2023",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2023",
    )
    + """
Thực hiện Kế hoạch số 06/KH-UBND ngày 05/01/2023 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2023, Sở Y tế ban hành Kế hoạch cải cách hành chính năm 2023 như sau:

I. CHỈ TIÊU

1. Hoàn thành 32 nhiệm vụ của Kế hoạch.

2. Tỷ lệ thủ tục hành chính trực tuyến toàn trình đạt từ 50% trở lên; tỷ lệ hồ sơ trực tuyến đạt từ 40% trở lên.

3. Tỷ lệ văn bản đi được ký số đạt từ 95% trở lên.

II. NHIỆM VỤ

1. Chỉ đạo, điều hành: ban hành kế hoạch kiểm tra và kế hoạch thông tin, tuyên truyền cải cách hành chính trong quý I.

2. Thể chế: tham mưu Ủy ban nhân dân tỉnh ban hành Quy định quản lý chất thải y tế trên địa bàn tỉnh.

3. Thủ tục hành chính: rà soát thủ tục lĩnh vực dược phẩm, mỹ phẩm; trình công bố thủ tục mới, được sửa đổi, bổ sung; ban hành Quy chế mới của Bộ phận Một cửa.

4. Tổ chức bộ máy: xây dựng phương án sắp xếp Phòng Tổ chức cán bộ.

5. Chế độ công vụ: hoàn thiện đề án vị trí việc làm trình Ủy ban nhân dân tỉnh phê duyệt.

6. Tài chính công: sửa đổi mức khoán công tác phí trong Quy chế chi tiêu nội bộ.

7. Chính quyền số: triển khai bệnh án điện tử tại Bệnh viện Đa khoa tỉnh; kết nối dữ liệu khám sức khỏe lái xe lên Cổng dịch vụ công quốc gia.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở tổng hợp, báo cáo Giám đốc Sở hằng quý.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Nội vụ;
- Các phòng, đơn vị;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

QD_46 = (
    head(
        "46/QĐ-SYT",
        "ngày 15 tháng 3 năm 2023",
        "QUYẾT ĐỊNH",
        "Sửa đổi, bổ sung khoản 2 Điều 8 Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 58/QĐ-SYT ngày 04 tháng 3 năm 2022 của Giám đốc Sở Y tế",
    )
    + """
GIÁM ĐỐC SỞ Y TẾ

Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước;

Xét đề nghị của Trưởng phòng Kế hoạch - Tài chính sau khi thống nhất với Công đoàn cơ quan.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung khoản 2 Điều 8 Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 58/QĐ-SYT ngày 04/3/2022 của Giám đốc Sở Y tế như sau:

"2. Công chức thường xuyên đi kiểm tra cơ sở hành nghề y, dược, an toàn thực phẩm tại các huyện được khoán công tác phí theo tháng: Thanh tra viên, công chức Thanh tra Sở 700.000 đồng; công chức Phòng Nghiệp vụ Y, Phòng Nghiệp vụ Dược 600.000 đồng; văn thư, nhân viên giao nhận văn bản 400.000 đồng."

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2023. Các nội dung khác của Quy chế chi tiêu nội bộ giữ nguyên.

Điều 3. Chánh Văn phòng, Trưởng phòng Kế hoạch - Tài chính và công chức, người lao động của cơ quan Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Kho bạc Nhà nước tỉnh;
- Lưu: VT, KHTC.
"""
    + DIRECTOR
)

KH_23 = (
    head(
        "23/KH-SYT",
        "ngày 20 tháng 3 năm 2023",
        "KẾ HOẠCH",
        "Thông tin, tuyên truyền cải cách hành chính năm 2023",
    )
    + """
Thực hiện Kế hoạch số 04/KH-SYT ngày 09/01/2023 của Sở Y tế về cải cách hành chính năm 2023, Sở Y tế ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2023:

I. NỘI DUNG

1. Giới thiệu dịch vụ công trực tuyến của ngành y tế: cấp chứng chỉ hành nghề, cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.

2. Hướng dẫn người bệnh đặt lịch khám, thanh toán viện phí không dùng tiền mặt.

3. Phổ biến quy tắc ứng xử của viên chức y tế và đường dây nóng tiếp nhận phản ánh.

II. HÌNH THỨC

1. Đăng tin, bài trên Trang thông tin điện tử của Sở: ít nhất 40 tin, bài trong năm.

2. Phát hành tờ gấp tại khu khám bệnh của các bệnh viện; phối hợp Đài Phát thanh - Truyền hình tỉnh thực hiện chuyên mục "Sức khỏe và cải cách".

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở chủ trì; các bệnh viện, Trung tâm Y tế huyện bố trí bảng tin cải cách hành chính tại khu tiếp đón người bệnh.

Nơi nhận:
- Các đơn vị trực thuộc;
- Lưu: VT, VP.
"""
    + DEPUTY
)

QD_1372_HEAD = head(
    "1372/QĐ-UBND",
    "ngày 22 tháng 6 năm 2023",
    "QUYẾT ĐỊNH",
    "Công bố danh mục thủ tục hành chính mới ban hành, được sửa đổi, bổ sung trong lĩnh vực dược phẩm thuộc phạm vi chức năng quản lý của Sở Y tế tỉnh Tường An",
    UBND,
)
QD_1372_BODY = (
    """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TƯỜNG AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;

Theo đề nghị của Giám đốc Sở Y tế.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục 03 thủ tục hành chính mới ban hành, được sửa đổi, bổ sung trong lĩnh vực dược phẩm thuộc phạm vi chức năng quản lý của Sở Y tế tỉnh Tường An.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Sở Y tế cập nhật các thủ tục hành chính tại Điều 1 lên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, niêm yết tại Bộ phận Một cửa của Sở trong thời hạn 05 ngày làm việc.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Cục Kiểm soát TTHC (Văn phòng Chính phủ);
- Lưu: VT, KSTT.
"""
    + VICE_CHAIR
    + """
DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC DƯỢC PHẨM
(Kèm theo Quyết định số 1372/QĐ-UBND ngày 22/6/2023 của Chủ tịch Ủy ban nhân dân tỉnh)
"""
)
QD_1372_TABLE = [
    ["STT", "Tên thủ tục hành chính", "Thời hạn giải quyết", "Ghi chú"],
    ["1", "Cấp Chứng chỉ hành nghề dược", "20 ngày", "Sửa đổi, bổ sung"],
    [
        "2",
        "Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược đối với nhà thuốc",
        "30 ngày",
        "Sửa đổi, bổ sung",
    ],
    ["3", "Đăng ký hội thảo giới thiệu thuốc", "15 ngày", "Mới ban hành"],
]
QD_1372_AFTER = "Cách thức thực hiện: trực tiếp tại Bộ phận Một cửa Sở Y tế, qua dịch vụ bưu chính công ích hoặc trực tuyến."

QD_162 = (
    head(
        "162/QĐ-SYT",
        "ngày 11 tháng 9 năm 2023",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Y tế",
    )
    + """
GIÁM ĐỐC SỞ Y TẾ

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;

Căn cứ Quyết định số 17/2022/QĐ-UBND ngày 06/6/2022 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh Tường An;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Y tế.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 143/QĐ-SYT ngày 24/7/2020 của Giám đốc Sở Y tế ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Y tế.

Điều 3. Chánh Văn phòng, Trưởng phòng Nghiệp vụ Y, Trưởng phòng Nghiệp vụ Dược, Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm và công chức làm việc tại Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Văn phòng UBND tỉnh;
- Lưu: VT, VP.
"""
    + DIRECTOR
    + """
QUY CHẾ
Tổ chức và hoạt động của Bộ phận Một cửa Sở Y tế

Điều 3. Vị trí

Bộ phận Một cửa đặt tại Trung tâm Phục vụ hành chính công tỉnh, quầy số 12 và 13; tiếp nhận hồ sơ các lĩnh vực khám bệnh, chữa bệnh, dược phẩm, mỹ phẩm, trang thiết bị y tế, an toàn thực phẩm.

Điều 5. Công chức làm việc tại Bộ phận Một cửa

Văn phòng Sở cử 01 công chức; Phòng Nghiệp vụ Y, Phòng Nghiệp vụ Dược mỗi phòng cử 01 công chức; luân phiên 12 tháng một lần.

Điều 8. Tiếp nhận hồ sơ trực tuyến

Hồ sơ nộp trực tuyến được tiếp nhận trong giờ hành chính của ngày làm việc; hồ sơ nộp sau 16 giờ 30 được tiếp nhận vào ngày làm việc tiếp theo. Công chức hướng dẫn người nộp bổ sung hồ sơ một lần, bằng văn bản điện tử.

Điều 11. Trả kết quả

Kết quả được trả tại quầy, qua dịch vụ bưu chính công ích hoặc bản điện tử trên Cổng dịch vụ công; hồ sơ trễ hạn phải có văn bản xin lỗi người dân, tổ chức.
"""
)

BC_279_HEAD = head(
    "279/BC-SYT",
    "ngày 11 tháng 12 năm 2023",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2023",
)
BC_279_BODY = """
Thực hiện Kế hoạch số 04/KH-SYT ngày 09/01/2023 của Sở Y tế về cải cách hành chính năm 2023, Sở Y tế báo cáo kết quả năm 2023 như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2023 có 32 nhiệm vụ, đã hoàn thành 31 nhiệm vụ (96,9%).

2. Kiểm tra: thực hiện Kế hoạch số 17/KH-SYT ngày 02 tháng 3 năm 2023 về kiểm tra công tác cải cách hành chính năm 2023, Sở đã kiểm tra 05/07 đơn vị, ban hành 05 thông báo kết luận kiểm tra.

3. Tuyên truyền: thực hiện Kế hoạch số 23/KH-SYT ngày 20/3/2023, Sở đăng 44 tin, bài; phát hành 3.000 tờ gấp tại các bệnh viện.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thể chế

Sở tham mưu Ủy ban nhân dân tỉnh ban hành Quyết định số 22/2023/QĐ-UBND ngày 18/8/2023 ban hành Quy định quản lý chất thải y tế trên địa bàn tỉnh.

2. Cải cách thủ tục hành chính

Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1372/QĐ-UBND ngày 22/6/2023 công bố danh mục thủ tục hành chính mới ban hành, được sửa đổi, bổ sung trong lĩnh vực dược phẩm. Giám đốc Sở ban hành Quyết định số 162/QĐ-SYT ngày 11/9/2023 ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Y tế, thay thế Quyết định số 143/QĐ-SYT ngày 24/7/2020.

3. Cải cách tổ chức bộ máy

Sở có Công văn số 1580/SYT-TCCB ngày 18/10/2023 gửi Sở Nội vụ về phương án sáp nhập Phòng Tổ chức cán bộ vào Văn phòng Sở; cơ cấu tổ chức của Sở vẫn thực hiện theo Quyết định số 17/2022/QĐ-UBND ngày 06/6/2022.

4. Cải cách chế độ công vụ

Ủy ban nhân dân tỉnh ban hành Quyết định số 2140/QĐ-UBND ngày 02/11/2023 phê duyệt danh mục vị trí việc làm và cơ cấu ngạch công chức của Sở Y tế, gồm 38 vị trí việc làm. Sở được giao 60 biên chế công chức, có mặt 57 người; cử 81 lượt công chức, viên chức đi đào tạo, bồi dưỡng.

5. Cải cách tài chính công

Giám đốc Sở ban hành Quyết định số 46/QĐ-SYT ngày 15/3/2023 sửa đổi, bổ sung khoản 2 Điều 8 Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 58/QĐ-SYT ngày 04/3/2022 (mức khoán công tác phí, áp dụng từ ngày 01/4/2023). Kinh phí tiết kiệm năm 2023 là 236 triệu đồng.

6. Xây dựng chính quyền điện tử, chính quyền số

Sở ban hành Kế hoạch số 61/KH-SYT ngày 14/6/2023 về chuyển đổi số ngành y tế năm 2023. Bệnh viện Đa khoa tỉnh triển khai bệnh án điện tử từ tháng 10/2023; tỷ lệ văn bản đi được ký số đạt 95%.

III. SỐ LIỆU CHỦ YẾU
"""
BC_279_TABLE = [
    ["Chỉ tiêu", "Năm 2022", "Năm 2023"],
    ["Số thủ tục hành chính", "148", "152"],
    ["Thủ tục trực tuyến toàn trình", "41 (27,7%)", "83 (54,6%)"],
    ["Hồ sơ tiếp nhận", "12.486", "14.920"],
    ["Hồ sơ trực tuyến", "2.915 (23,3%)", "6.714 (45,0%)"],
    ["Hồ sơ giải quyết đúng hạn", "12.470 (99,87%)", "14.911 (99,94%)"],
]
BC_279_AFTER = (
    """IV. TỒN TẠI, HẠN CHẾ

Còn 09 hồ sơ trễ hạn do chờ kết quả thẩm định cơ sở; phần mềm bệnh án điện tử chưa kết nối với các Trung tâm Y tế huyện.

V. PHƯƠNG HƯỚNG NĂM 2024

Trình Ủy ban nhân dân tỉnh ban hành quyết định mới quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở theo Luật Khám bệnh, chữa bệnh năm 2023; triển khai tiếp nhận trực tuyến toàn trình hồ sơ cấp giấy phép hành nghề.

Nơi nhận:
- UBND tỉnh;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

MID = (
    Sample("kh-04-2023-cchc-nam-2023.txt", "txt", (KH_04,)),
    Sample("qd-46-2023-sua-doi-quy-che-chi-tieu.txt", "txt", (QD_46,)),
    Sample("kh-23-2023-tuyen-truyen-cchc.txt", "txt", (KH_23,)),
    Sample(
        "qd-1372-2023-cong-bo-tthc-linh-vuc-duoc.docx",
        "docx",
        (QD_1372_HEAD, QD_1372_BODY),
        table=QD_1372_TABLE,
        after=QD_1372_AFTER,
        title="Quyết định 1372/QĐ-UBND công bố TTHC (MẪU, hư cấu)",
    ),
    Sample(
        "qd-162-2023-quy-che-mot-cua.pdf",
        "pdf",
        (QD_162,),
        title="Quy chế Bộ phận Một cửa 2023 (MẪU, hư cấu)",
    ),
    Sample(
        "bc-279-2023-ket-qua-cchc-nam-2023.docx",
        "docx",
        (BC_279_HEAD, BC_279_BODY),
        table=BC_279_TABLE,
        after=BC_279_AFTER,
        title="Báo cáo CCHC năm 2023 (MẪU, hư cấu)",
    ),
)
