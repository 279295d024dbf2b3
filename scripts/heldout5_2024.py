"""Fifth held-out archive, 2024: the Sở Y tế of the fictional tỉnh Tường An. Do not tune on it.

The year's plan, the repeal of one article of the Quy chế làm việc (effective after
signing), the digital plan, a Công văn on online licence applications, a Tờ trình, the new
UBND decision on the Sở (replacing the 2022 one from a later date), the divisions'
functions after a merger, and the report for the third quarter and nine months. Facts:
``bench/data/heldout5_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout5_early import CHAIRMAN, DEPUTY, DIRECTOR, UBND, head
from sample_header import Sample

KH_03 = (
    head(
        "03/KH-SYT",
        "ngày 08 tháng 01 năm 2024",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2024",
    )
    + """
Thực hiện Kế hoạch số 05/KH-UBND ngày 04/01/2024 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2024, Sở Y tế ban hành Kế hoạch cải cách hành chính năm 2024 như sau:

I. CHỈ TIÊU

1. Hoàn thành 34 nhiệm vụ của Kế hoạch.

2. Tỷ lệ thủ tục hành chính trực tuyến toàn trình đạt từ 60% trở lên; tỷ lệ hồ sơ trực tuyến đạt từ 50% trở lên.

3. 100% bệnh viện tuyến tỉnh triển khai bệnh án điện tử trong năm 2024.

4. Cử 90 lượt công chức, viên chức đi bồi dưỡng.

II. NHIỆM VỤ

1. Chỉ đạo, điều hành: ban hành kế hoạch kiểm tra, kế hoạch tuyên truyền, kế hoạch chuyển đổi số năm 2024 trong quý I.

2. Thể chế: tham mưu Quy định quản lý hành nghề y, dược tư nhân trên địa bàn tỉnh.

3. Thủ tục hành chính: tiếp nhận trực tuyến toàn trình hồ sơ cấp giấy phép hành nghề khám bệnh, chữa bệnh theo Luật Khám bệnh, chữa bệnh năm 2023.

4. Tổ chức bộ máy: trình Ủy ban nhân dân tỉnh quyết định mới về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở; sáp nhập Phòng Tổ chức cán bộ vào Văn phòng Sở.

5. Chế độ công vụ: đổi mới giao ban, giảm họp trực tiếp.

6. Tài chính công: phê duyệt phương án tự chủ tài chính của Trung tâm Kiểm soát bệnh tật tỉnh.

7. Chính quyền số: liên thông dữ liệu khám sức khỏe, giấy chứng sinh, giấy báo tử lên Cổng dịch vụ công quốc gia.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, tổng hợp; báo cáo quý gửi Sở Nội vụ trước ngày 15 tháng cuối quý.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

QD_21 = (
    head(
        "21/QĐ-SYT",
        "ngày 31 tháng 01 năm 2024",
        "QUYẾT ĐỊNH",
        "Bãi bỏ Điều 12 Quy chế làm việc của Sở Y tế ban hành kèm theo Quyết định số 101/QĐ-SYT ngày 28/6/2022",
    )
    + """
GIÁM ĐỐC SỞ Y TẾ

Căn cứ Quyết định số 17/2022/QĐ-UBND ngày 06/6/2022 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh Tường An;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Bãi bỏ Điều 12 (Giao ban trực tiếp hằng tuần) của Quy chế làm việc của Sở Y tế tỉnh Tường An ban hành kèm theo Quyết định số 101/QĐ-SYT ngày 28/6/2022 của Giám đốc Sở Y tế.

Từ ngày Quyết định này có hiệu lực, giao ban hằng tuần được tổ chức trực tuyến qua hệ thống hội nghị truyền hình của ngành; các đơn vị báo cáo trên Hệ thống quản lý văn bản và điều hành, không gửi văn bản giấy.

Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 02 năm 2024.

Điều 3. Chánh Văn phòng, Trưởng các phòng, Chi cục trưởng các Chi cục, Thủ trưởng các đơn vị trực thuộc chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.
"""
    + DEPUTY
)

KH_31 = (
    head(
        "31/KH-SYT",
        "ngày 12 tháng 3 năm 2024",
        "KẾ HOẠCH",
        "Chuyển đổi số ngành Y tế năm 2024",
    )
    + """
Thực hiện Kế hoạch số 03/KH-SYT ngày 08/01/2024 của Sở Y tế về cải cách hành chính năm 2024; căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030, Sở Y tế ban hành Kế hoạch chuyển đổi số ngành Y tế năm 2024:

I. CHỈ TIÊU

1. 100% bệnh viện tuyến tỉnh triển khai bệnh án điện tử; 03 Trung tâm Y tế huyện triển khai thí điểm.

2. 100% cơ sở khám bệnh, chữa bệnh công lập chấp nhận thanh toán viện phí không dùng tiền mặt.

3. Liên thông điện tử giấy chứng sinh, giấy báo tử; dữ liệu giấy khám sức khỏe lái xe lên Cổng dịch vụ công quốc gia.

4. Tỷ lệ văn bản đi được ký số đạt từ 98% trở lên.

II. NHIỆM VỤ

1. Hạ tầng: nâng cấp đường truyền, máy chủ của Bệnh viện Đa khoa tỉnh.

2. Dữ liệu: hoàn thiện cơ sở dữ liệu người hành nghề khám bệnh, chữa bệnh và cơ sở bán lẻ thuốc.

3. Nhân lực: tập huấn kỹ năng số cho 300 viên chức y tế.

III. KINH PHÍ

Từ dự toán ngân sách năm 2024 giao cho Sở và nguồn thu hợp pháp của các đơn vị.

Nơi nhận:
- Sở Thông tin và Truyền thông;
- Các đơn vị trực thuộc;
- Lưu: VT, NVY.
"""
    + DIRECTOR
)

CV_652 = (
    head(
        "652/SYT-NVY",
        "ngày 16 tháng 4 năm 2024",
        "",
        "V/v tiếp nhận hồ sơ trực tuyến toàn trình thủ tục cấp giấy phép hành nghề khám bệnh, chữa bệnh",
    )
    + """
Kính gửi:
- Các bệnh viện, Trung tâm Y tế huyện, thị xã, thành phố;
- Các cơ sở khám bệnh, chữa bệnh tư nhân trên địa bàn tỉnh.

Thực hiện Kế hoạch số 03/KH-SYT ngày 08/01/2024 của Sở Y tế về cải cách hành chính năm 2024; căn cứ Quyết định số 845/QĐ-UBND ngày 03/4/2024 của Chủ tịch Ủy ban nhân dân tỉnh công bố danh mục thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực khám bệnh, chữa bệnh thuộc thẩm quyền giải quyết của Sở Y tế, Sở Y tế thông báo:

1. Từ ngày 02/5/2024, Sở tiếp nhận hồ sơ cấp mới, cấp lại, gia hạn giấy phép hành nghề khám bệnh, chữa bệnh trực tuyến toàn trình trên Cổng dịch vụ công quốc gia; người hành nghề không phải nộp bản giấy.

2. Hồ sơ nộp trực tuyến được tiếp nhận theo Điều 8 Quy chế ban hành kèm theo Quyết định số 162/QĐ-SYT ngày 11/9/2023 của Giám đốc Sở Y tế.

3. Đề nghị các đơn vị phổ biến đến người hành nghề thuộc đơn vị mình; tổng hợp vướng mắc gửi Phòng Nghiệp vụ Y trước ngày 25 hằng tháng.

Trân trọng./.

Nơi nhận:
- Như trên;
- Giám đốc Sở (b/c);
- Văn phòng Sở (Bộ phận Một cửa);
- Lưu: VT, NVY.
"""
    + DEPUTY
)

TTR_88_HEAD = head(
    "88/TTr-SYT",
    "ngày 20 tháng 5 năm 2024",
    "TỜ TRÌNH",
    "Đề nghị ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh Tường An",
)
TTR_88_BODY = """
Kính gửi: Ủy ban nhân dân tỉnh Tường An.

Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương; Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP;

Căn cứ Luật Khám bệnh, chữa bệnh ngày 09 tháng 01 năm 2023, có hiệu lực từ ngày 01/01/2024;

Sở Y tế kính trình Ủy ban nhân dân tỉnh xem xét, ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh Tường An, thay thế Quyết định số 17/2022/QĐ-UBND ngày 06/6/2022, với các nội dung sau:

I. SỰ CẦN THIẾT

Luật Khám bệnh, chữa bệnh năm 2023 thay đổi thẩm quyền cấp giấy phép hành nghề; cơ cấu của Sở cần gọn hơn theo phương án sáp nhập Phòng Tổ chức cán bộ vào Văn phòng Sở mà Sở Nội vụ đã thống nhất.

II. NỘI DUNG CHÍNH

Cơ cấu tổ chức so với hiện hành:
"""
TTR_88_TABLE = [
    ["Nội dung", "Theo Quyết định số 17/2022/QĐ-UBND", "Đề nghị"],
    ["Văn phòng, Thanh tra", "02", "02"],
    ["Phòng chuyên môn, nghiệp vụ", "04", "03"],
    ["Chi cục", "02", "02"],
]
TTR_88_AFTER = (
    """III. HỒ SƠ KÈM THEO

Dự thảo Quyết định; ý kiến thẩm định của Sở Tư pháp; ý kiến thống nhất của Sở Nội vụ.

Sở Y tế kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.

Nơi nhận:
- Như trên;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

QD_31_2024 = (
    head(
        "31/2024/QĐ-UBND",
        "ngày 09 tháng 7 năm 2024",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh Tường An",
        UBND,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH TƯỜNG AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Luật Khám bệnh, chữa bệnh ngày 09 tháng 01 năm 2023;

Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương; Nghị định số 107/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP;

Căn cứ Thông tư số 37/2021/TT-BYT ngày 31 tháng 12 năm 2021 của Bộ trưởng Bộ Y tế hướng dẫn chức năng, nhiệm vụ, quyền hạn của Sở Y tế thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương và Phòng Y tế thuộc Ủy ban nhân dân huyện, quận, thị xã, thành phố thuộc tỉnh, thành phố thuộc thành phố trực thuộc Trung ương;

Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 88/TTr-SYT ngày 20/5/2024 và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng

Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về y tế, gồm: y tế dự phòng; khám bệnh, chữa bệnh; phục hồi chức năng; giám định y khoa, pháp y, pháp y tâm thần; y dược cổ truyền; sức khỏe sinh sản; trang thiết bị y tế; dược; mỹ phẩm; an toàn thực phẩm; bảo hiểm y tế; dân số.

Điều 2. Cơ cấu tổ chức

1. Lãnh đạo Sở: Giám đốc và không quá 03 Phó Giám đốc.

2. Các tổ chức tham mưu, tổng hợp và chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Kế hoạch - Tài chính; Phòng Nghiệp vụ Y; Phòng Nghiệp vụ Dược.

3. Chi cục: Chi cục An toàn vệ sinh thực phẩm; Chi cục Dân số - Kế hoạch hóa gia đình.

4. Các đơn vị sự nghiệp công lập trực thuộc Sở theo quyết định thành lập.

Điều 3. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2024 và thay thế Quyết định số 17/2022/QĐ-UBND ngày 06 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh Tường An.

Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Y tế, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Bộ Y tế;
- Cục Kiểm tra văn bản QPPL (Bộ Tư pháp);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""
    + CHAIRMAN
)

QD_139_HEAD = head(
    "139/QĐ-SYT",
    "ngày 12 tháng 8 năm 2024",
    "QUYẾT ĐỊNH",
    "Quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng, Thanh tra và các phòng chuyên môn, nghiệp vụ thuộc Sở Y tế",
)
QD_139_BODY = (
    """
GIÁM ĐỐC SỞ Y TẾ

Căn cứ Quyết định số 31/2024/QĐ-UBND ngày 09/7/2024 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh Tường An;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Văn phòng, Thanh tra và các phòng chuyên môn, nghiệp vụ thuộc Sở Y tế có chức năng, nhiệm vụ, quyền hạn như bảng kèm theo. Văn phòng Sở tiếp nhận nhiệm vụ của Phòng Tổ chức cán bộ (sáp nhập).

Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 8 năm 2024 và thay thế Quyết định số 118/QĐ-SYT ngày 20/7/2022 của Giám đốc Sở Y tế.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng chuyên môn, nghiệp vụ và công chức cơ quan Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)
QD_139_TABLE = [
    ["Tổ chức", "Chức năng, nhiệm vụ chính"],
    [
        "Văn phòng",
        "Tổng hợp, hành chính, văn thư, lưu trữ; tổ chức cán bộ, thi đua, khen thưởng; cải cách hành chính; quản lý Bộ phận Một cửa",
    ],
    [
        "Thanh tra",
        "Thanh tra hành chính, thanh tra chuyên ngành y tế; tiếp công dân, giải quyết khiếu nại, tố cáo",
    ],
    [
        "Phòng Kế hoạch - Tài chính",
        "Kế hoạch, ngân sách, giá dịch vụ y tế, tài sản công; hướng dẫn tự chủ tài chính của đơn vị sự nghiệp",
    ],
    [
        "Phòng Nghiệp vụ Y",
        "Khám bệnh, chữa bệnh, y tế dự phòng; cấp giấy phép hành nghề, giấy phép hoạt động",
    ],
    ["Phòng Nghiệp vụ Dược", "Dược, mỹ phẩm, trang thiết bị y tế; cấp chứng chỉ hành nghề dược"],
]
QD_139_AFTER = "Người đứng đầu mỗi tổ chức chịu trách nhiệm trước Giám đốc Sở về kết quả thực hiện nhiệm vụ được giao."

BC_236 = (
    head(
        "236/BC-SYT",
        "ngày 04 tháng 10 năm 2024",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính quý III và 9 tháng đầu năm 2024",
    )
    + """
Thực hiện Kế hoạch số 03/KH-SYT ngày 08/01/2024 của Sở Y tế về cải cách hành chính năm 2024, Sở Y tế báo cáo kết quả quý III và 9 tháng đầu năm 2024 như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2024 có 34 nhiệm vụ; đến ngày 30/9/2024 đã hoàn thành 26 nhiệm vụ.

2. Kiểm tra: thực hiện Kế hoạch số 11/KH-SYT ngày 19/02/2024 về kiểm tra công tác cải cách hành chính năm 2024, Sở đã kiểm tra 03/07 đơn vị (quý III kiểm tra Trung tâm Kiểm soát bệnh tật tỉnh).

3. Tuyên truyền: thực hiện Kế hoạch số 14/KH-SYT ngày 23/02/2024 về thông tin, tuyên truyền cải cách hành chính năm 2024, Sở đăng 39 tin, bài.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thể chế

Sở tham mưu Ủy ban nhân dân tỉnh ban hành Quyết định số 19/2024/QĐ-UBND ngày 14/6/2024 ban hành Quy định quản lý hành nghề y, dược tư nhân trên địa bàn tỉnh.

2. Cải cách thủ tục hành chính

Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 845/QĐ-UBND ngày 03/4/2024 công bố danh mục thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực khám bệnh, chữa bệnh thuộc thẩm quyền giải quyết của Sở Y tế và Quyết định số 2011/QĐ-UBND ngày 26/8/2024 công bố danh mục thủ tục hành chính nội bộ trong lĩnh vực y tế. Sở có Công văn số 652/SYT-NVY ngày 16/4/2024 triển khai tiếp nhận trực tuyến toàn trình hồ sơ cấp giấy phép hành nghề khám bệnh, chữa bệnh từ ngày 02/5/2024. Sở có 155 thủ tục hành chính, trong đó 101 thủ tục trực tuyến toàn trình (65,2%). 9 tháng đầu năm tiếp nhận 11.860 hồ sơ (riêng quý III là 4.105 hồ sơ), trong đó 6.522 hồ sơ trực tuyến (55,0%); giải quyết đúng hạn 11.856 hồ sơ (99,97%).

3. Cải cách tổ chức bộ máy

Ủy ban nhân dân tỉnh ban hành Quyết định số 31/2024/QĐ-UBND ngày 09/7/2024 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh Tường An (có hiệu lực từ ngày 01/8/2024), thay thế Quyết định số 17/2022/QĐ-UBND ngày 06/6/2022. Giám đốc Sở ban hành Quyết định số 139/QĐ-SYT ngày 12/8/2024 quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng, Thanh tra và các phòng chuyên môn, nghiệp vụ (có hiệu lực từ ngày 15/8/2024), thay thế Quyết định số 118/QĐ-SYT ngày 20/7/2022. Sau sắp xếp, Sở có Văn phòng, Thanh tra và 03 phòng chuyên môn, nghiệp vụ; giảm 01 phòng.

4. Cải cách chế độ công vụ

Giám đốc Sở ban hành Quyết định số 21/QĐ-SYT ngày 31/01/2024 bãi bỏ Điều 12 Quy chế làm việc của Sở Y tế ban hành kèm theo Quyết định số 101/QĐ-SYT ngày 28/6/2022; từ ngày 15/02/2024 giao ban hằng tuần được tổ chức trực tuyến. 9 tháng đầu năm cử 52 lượt công chức, viên chức đi đào tạo, bồi dưỡng.

5. Cải cách tài chính công

Sở tiếp tục thực hiện Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 58/QĐ-SYT ngày 04/3/2022, đã được sửa đổi, bổ sung khoản 2 Điều 8 tại Quyết định số 46/QĐ-SYT ngày 15/3/2023. Giám đốc Sở ban hành Quyết định số 104/QĐ-SYT ngày 03/6/2024 phê duyệt phương án tự chủ tài chính giai đoạn 2024 - 2026 của Trung tâm Kiểm soát bệnh tật tỉnh.

6. Xây dựng chính quyền điện tử, chính quyền số

Sở ban hành Kế hoạch số 31/KH-SYT ngày 12/3/2024 về chuyển đổi số ngành Y tế năm 2024. Đến ngày 30/9/2024, 04/04 bệnh viện tuyến tỉnh triển khai bệnh án điện tử; tỷ lệ văn bản đi được ký số đạt 98%.

III. TỒN TẠI, HẠN CHẾ

Một số cơ sở khám bệnh, chữa bệnh tư nhân chưa cập nhật dữ liệu người hành nghề; còn 08 nhiệm vụ của Kế hoạch năm chưa hoàn thành.

IV. NHIỆM VỤ QUÝ IV NĂM 2024

Kiểm tra 04 đơn vị còn lại; hoàn thành liên thông giấy chứng sinh, giấy báo tử; tổng kết năm 2024.

Nơi nhận:
- UBND tỉnh;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

LATE = (
    Sample(
        "kh-03-2024-cchc-nam-2024.pdf",
        "pdf",
        (KH_03,),
        title="Kế hoạch CCHC năm 2024 (MẪU, hư cấu)",
    ),
    Sample("qd-21-2024-bai-bo-dieu-12-quy-che-lam-viec.txt", "txt", (QD_21,)),
    Sample("kh-31-2024-chuyen-doi-so-nam-2024.txt", "txt", (KH_31,)),
    Sample("cv-652-2024-truc-tuyen-giay-phep-hanh-nghe.txt", "txt", (CV_652,)),
    Sample(
        "ttr-88-2024-de-nghi-quy-dinh-chuc-nang-so-y-te.docx",
        "docx",
        (TTR_88_HEAD, TTR_88_BODY),
        table=TTR_88_TABLE,
        after=TTR_88_AFTER,
        title="Tờ trình 88/TTr-SYT (MẪU, hư cấu)",
    ),
    Sample(
        "qd-31-2024-qd-ubnd-chuc-nang-so-y-te.pdf",
        "pdf",
        (QD_31_2024,),
        title="Quyết định 31/2024/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample(
        "qd-139-2024-chuc-nang-cac-phong.docx",
        "docx",
        (QD_139_HEAD, QD_139_BODY),
        table=QD_139_TABLE,
        after=QD_139_AFTER,
        title="Chức năng các phòng 2024 (MẪU, hư cấu)",
    ),
    Sample("bc-236-2024-cchc-quy-iii-9-thang.txt", "txt", (BC_236,)),
)
