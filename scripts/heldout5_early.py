"""Fifth held-out archive, 2022: the Sở Y tế of the fictional tỉnh Tường An. Do not tune on it.

A health department: its texts speak of khám bệnh, chữa bệnh, hành nghề, dược, an toàn
thực phẩm and bệnh viện whatever reform area they belong to. Written by hand, before any
code ran on it; facts in ``bench/data/heldout5_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from sample_header import Sample, header

MARK = "[TÀI LIỆU MẪU - hư cấu: tỉnh Tường An và Sở Y tế tỉnh Tường An không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết văn bản. TÀI LIỆU MẪU hư cấu do scripts/make_heldout5_archive.py tạo; tỉnh Tường An không có thật]"
SYT = ("UBND TỈNH TƯỜNG AN", "SỞ Y TẾ")
UBND = ("ỦY BAN NHÂN DÂN", "TỈNH TƯỜNG AN")
DIRECTOR = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nLương Văn Thịnh\n"
DEPUTY = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nPhạm Thị Thu Hà\n"
CHAIRMAN = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nCao Xuân Phong\n"
VICE_CHAIR = "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nLê Thị Mai Anh\n"


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = SYT) -> str:
    """The header of a Tường An document (the shared layout, this archive's place and mark)."""
    return header(number, day, kind, subject, issuer, place="Tường An", mark=MARK)


QD_12 = (
    head(
        "12/QĐ-SYT",
        "ngày 10 tháng 01 năm 2022",
        "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch cải cách hành chính của Sở Y tế giai đoạn 2022 - 2025",
    )
    + """
GIÁM ĐỐC SỞ Y TẾ

Căn cứ Quyết định số 24/2016/QĐ-UBND ngày 05/8/2016 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế;

Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;

Căn cứ Kế hoạch số 168/KH-UBND ngày 29/10/2021 của Ủy ban nhân dân tỉnh về cải cách hành chính nhà nước tỉnh Tường An giai đoạn 2021 - 2025;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính của Sở Y tế giai đoạn 2022 - 2025.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Sở, Chánh Thanh tra Sở, Trưởng các phòng chức năng, Chi cục trưởng các Chi cục, Thủ trưởng các đơn vị y tế trực thuộc chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (để b/c);
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
    + """
KẾ HOẠCH
Cải cách hành chính của Sở Y tế giai đoạn 2022 - 2025
(Ban hành kèm theo Quyết định số 12/QĐ-SYT ngày 10/01/2022 của Giám đốc Sở Y tế)

I. MỤC TIÊU CHUNG

Xây dựng nền hành chính ngành y tế phục vụ người dân; lấy sự hài lòng của người bệnh và người dân làm thước đo chất lượng phục vụ.

II. CHỈ TIÊU ĐẾN NĂM 2025

1. 100% thủ tục hành chính đủ điều kiện trong các lĩnh vực khám bệnh, chữa bệnh, dược phẩm, mỹ phẩm, an toàn thực phẩm được cung cấp dịch vụ công trực tuyến toàn trình.

2. Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%; tỷ lệ hài lòng của người dân, tổ chức đạt từ 90% trở lên.

3. 100% bệnh viện công lập tuyến tỉnh triển khai bệnh án điện tử; 100% cơ sở khám bệnh, chữa bệnh thanh toán viện phí không dùng tiền mặt.

4. Giảm tối thiểu 01 đầu mối phòng thuộc Sở; 100% đơn vị sự nghiệp có đủ điều kiện được giao tự chủ tài chính.

III. NHIỆM VỤ THEO TỪNG NỘI DUNG

1. Cải cách thể chế: tham mưu ban hành các văn bản quy phạm pháp luật của tỉnh về y tế, an toàn thực phẩm.

2. Cải cách thủ tục hành chính: rà soát, đơn giản hóa thủ tục cấp chứng chỉ hành nghề, giấy phép hoạt động khám bệnh, chữa bệnh; công khai thủ tục tại Bộ phận Một cửa.

3. Cải cách tổ chức bộ máy: rà soát, sắp xếp các phòng thuộc Sở và các đơn vị sự nghiệp y tế.

4. Cải cách chế độ công vụ: thực hiện vị trí việc làm; siết chặt kỷ luật, kỷ cương, y đức.

5. Cải cách tài chính công: giao tự chủ tài chính cho các bệnh viện và Trung tâm Kiểm soát bệnh tật tỉnh.

6. Xây dựng chính quyền số: hồ sơ sức khỏe điện tử, bệnh án điện tử, kết nối liên thông dữ liệu khám bệnh, chữa bệnh.

IV. TỔ CHỨC THỰC HIỆN

Văn phòng Sở là đầu mối tham mưu; hằng năm xây dựng kế hoạch cải cách hành chính của Sở trên cơ sở Kế hoạch này và kế hoạch của Ủy ban nhân dân tỉnh.
"""
)

KH_07 = (
    head(
        "07/KH-SYT",
        "ngày 14 tháng 01 năm 2022",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2022",
    )
    + """
Thực hiện Kế hoạch số 09/KH-UBND ngày 07/01/2022 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2022 và Kế hoạch cải cách hành chính của Sở Y tế giai đoạn 2022 - 2025 ban hành kèm theo Quyết định số 12/QĐ-SYT ngày 10/01/2022, Sở Y tế xây dựng Kế hoạch cải cách hành chính năm 2022 như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Cụ thể hóa nhiệm vụ năm 2022; phân công rõ đơn vị chủ trì, thời hạn hoàn thành.

2. Kế hoạch gồm 30 nhiệm vụ, gắn trách nhiệm người đứng đầu các phòng, đơn vị với kết quả thực hiện.

II. NHIỆM VỤ TRỌNG TÂM

1. Công tác chỉ đạo, điều hành: ban hành kế hoạch kiểm tra công tác cải cách hành chính; báo cáo định kỳ hằng quý, 6 tháng, năm.

2. Cải cách thể chế: tham mưu Ủy ban nhân dân tỉnh ban hành Quy định phân cấp quản lý nhà nước về an toàn thực phẩm.

3. Cải cách thủ tục hành chính: đưa thủ tục cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm lên dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt từ 20% trở lên.

4. Cải cách tổ chức bộ máy: tham mưu Ủy ban nhân dân tỉnh ban hành quyết định mới quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế thay thế quyết định năm 2016.

5. Cải cách chế độ công vụ: ban hành Quy chế làm việc mới của Sở; cử 70 lượt công chức, viên chức đi bồi dưỡng.

6. Cải cách tài chính công: ban hành Quy chế chi tiêu nội bộ mới theo Nghị định số 60/2021/NĐ-CP.

7. Xây dựng chính quyền số: tỷ lệ văn bản đi được ký số đạt từ 85% trở lên.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, đôn đốc; các phòng, đơn vị báo cáo kết quả trước ngày 10 tháng cuối quý.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Nội vụ;
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

QD_58_HEAD = head(
    "58/QĐ-SYT",
    "ngày 04 tháng 3 năm 2022",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế chi tiêu nội bộ của Sở Y tế",
)
QD_58_BODY = (
    """
GIÁM ĐỐC SỞ Y TẾ

Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước;

Căn cứ Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập;

Xét đề nghị của Trưởng phòng Kế hoạch - Tài chính.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Sở Y tế.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 31/QĐ-SYT ngày 12/02/2020 của Giám đốc Sở Y tế ban hành Quy chế chi tiêu nội bộ.

Điều 3. Chánh Văn phòng, Trưởng phòng Kế hoạch - Tài chính, Trưởng các phòng và công chức, người lao động của cơ quan Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Kho bạc Nhà nước tỉnh;
- Lưu: VT, KHTC.
"""
    + DIRECTOR
    + """
QUY CHẾ
Chi tiêu nội bộ của Sở Y tế

Điều 3. Nguyên tắc chi tiêu

Chi đúng mục đích, trong phạm vi dự toán được giao; công khai, dân chủ; bảo đảm quyền lợi hợp pháp của công chức, người lao động.

Điều 8. Chế độ công tác phí

1. Công chức được cử đi công tác được thanh toán tiền tàu xe, phụ cấp lưu trú và tiền thuê phòng nghỉ theo chứng từ hợp lệ.

2. Công chức thường xuyên đi kiểm tra cơ sở hành nghề y, dược, an toàn thực phẩm tại các huyện được khoán công tác phí theo tháng như bảng dưới đây.

Điều 11. Sử dụng kinh phí tiết kiệm

Kinh phí tiết kiệm được dùng để chi thu nhập tăng thêm, khen thưởng, phúc lợi theo tỷ lệ do Giám đốc Sở quyết định sau khi thống nhất với Công đoàn cơ quan.
"""
)
QD_58_TABLE = [
    ["Đối tượng", "Mức khoán (đồng/người/tháng)"],
    ["Thanh tra viên, công chức Thanh tra Sở", "500.000"],
    ["Công chức Phòng Nghiệp vụ Y, Phòng Nghiệp vụ Dược", "400.000"],
    ["Văn thư, nhân viên giao nhận văn bản", "300.000"],
]
QD_58_AFTER = "Mức khoán tại khoản 2 Điều 8 không áp dụng cho tháng có đi công tác được thanh toán theo khoản 1 Điều 8."

KH_19 = (
    head(
        "19/KH-SYT",
        "ngày 09 tháng 3 năm 2022",
        "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2022",
    )
    + """
Thực hiện Kế hoạch số 07/KH-SYT ngày 14/01/2022 của Sở Y tế về cải cách hành chính năm 2022, Sở Y tế ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2022 như sau:

I. MỤC ĐÍCH

Đánh giá việc thực hiện nhiệm vụ cải cách hành chính, nhất là việc tiếp nhận, giải quyết hồ sơ cấp chứng chỉ hành nghề và công khai giá dịch vụ khám bệnh, chữa bệnh tại các đơn vị.

II. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA

Kiểm tra 04/07 đơn vị: Bệnh viện Đa khoa tỉnh (tháng 5); Trung tâm Kiểm soát bệnh tật tỉnh (tháng 6); Chi cục An toàn vệ sinh thực phẩm (tháng 8); Trung tâm Y tế huyện Bắc Tường (tháng 10).

III. NỘI DUNG

1. Việc ban hành, thực hiện kế hoạch cải cách hành chính của đơn vị.

2. Việc niêm yết, công khai thủ tục hành chính, giá dịch vụ; tiếp nhận, trả kết quả đúng hạn.

3. Việc chấp hành giờ giấc, quy tắc ứng xử của viên chức y tế.

IV. TỔ CHỨC THỰC HIỆN

Văn phòng Sở chủ trì, phối hợp Thanh tra Sở thành lập Đoàn kiểm tra; kết thúc mỗi cuộc kiểm tra có thông báo kết luận.

Nơi nhận:
- Các đơn vị được kiểm tra;
- Lưu: VT, VP.
"""
    + DEPUTY
)

QD_17_2022 = (
    head(
        "17/2022/QĐ-UBND",
        "ngày 06 tháng 6 năm 2022",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh Tường An",
        UBND,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH TƯỜNG AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;

Căn cứ Nghị định số 107/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ;

Căn cứ Thông tư số 37/2021/TT-BYT ngày 31 tháng 12 năm 2021 của Bộ trưởng Bộ Y tế hướng dẫn chức năng, nhiệm vụ, quyền hạn của Sở Y tế thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương và Phòng Y tế thuộc Ủy ban nhân dân huyện, quận, thị xã, thành phố thuộc tỉnh, thành phố thuộc thành phố trực thuộc Trung ương;

Theo đề nghị của Giám đốc Sở Y tế và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng

1. Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về y tế, gồm: y tế dự phòng; khám bệnh, chữa bệnh; phục hồi chức năng; giám định y khoa, pháp y; y dược cổ truyền; trang thiết bị y tế; dược; mỹ phẩm; an toàn thực phẩm; bảo hiểm y tế; dân số.

2. Sở Y tế có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Y tế.

Điều 2. Cơ cấu tổ chức

1. Lãnh đạo Sở: Giám đốc và không quá 03 Phó Giám đốc.

2. Các phòng chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Kế hoạch - Tài chính; Phòng Nghiệp vụ Y; Phòng Nghiệp vụ Dược; Phòng Tổ chức cán bộ.

3. Chi cục: Chi cục An toàn vệ sinh thực phẩm; Chi cục Dân số - Kế hoạch hóa gia đình.

4. Các đơn vị sự nghiệp công lập trực thuộc Sở theo quyết định thành lập.

Điều 3. Biên chế

Biên chế công chức của Sở được giao trong tổng biên chế công chức của tỉnh, trên cơ sở vị trí việc làm.

Điều 4. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày 20 tháng 6 năm 2022 và thay thế Quyết định số 24/2016/QĐ-UBND ngày 05 tháng 8 năm 2016 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế.

Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Y tế, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 5;
- Bộ Y tế;
- Cục Kiểm tra văn bản QPPL (Bộ Tư pháp);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""
    + CHAIRMAN
)

QD_101 = (
    head(
        "101/QĐ-SYT",
        "ngày 28 tháng 6 năm 2022",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Y tế tỉnh Tường An",
    )
    + """
GIÁM ĐỐC SỞ Y TẾ

Căn cứ Quyết định số 17/2022/QĐ-UBND ngày 06/6/2022 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh Tường An;

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Y tế tỉnh Tường An.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng, Chi cục trưởng các Chi cục và công chức, người lao động cơ quan Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (b/c);
- Lưu: VT, VP.
"""
    + DIRECTOR
    + """
QUY CHẾ
Làm việc của Sở Y tế tỉnh Tường An

Chương I. QUY ĐỊNH CHUNG

Điều 2. Nguyên tắc làm việc

Mỗi việc chỉ giao một đơn vị chủ trì; đề cao trách nhiệm cá nhân người đứng đầu; giải quyết công việc đúng thẩm quyền, thời hạn.

Chương III. CHẾ ĐỘ HỘI HỌP, GIAO BAN

Điều 11. Họp lãnh đạo Sở

Lãnh đạo Sở họp thường kỳ mỗi tháng một lần vào ngày làm việc đầu tiên của tháng.

Điều 12. Giao ban trực tiếp hằng tuần

Sáng thứ Hai hằng tuần, Giám đốc Sở chủ trì giao ban trực tiếp tại trụ sở Sở với Trưởng các phòng, Chi cục trưởng và Giám đốc các bệnh viện tuyến tỉnh; các đơn vị ở huyện báo cáo bằng văn bản giấy gửi Văn phòng Sở trước 16 giờ thứ Sáu tuần trước.

Chương IV. XỬ LÝ VĂN BẢN

Điều 15. Xử lý văn bản đến

Văn bản đến được cập nhật vào Hệ thống quản lý văn bản và điều hành trong ngày; lãnh đạo Sở cho ý kiến phân công trên Hệ thống.
"""
)

BC_285 = (
    head(
        "285/BC-SYT",
        "ngày 12 tháng 12 năm 2022",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2022",
    )
    + """
Thực hiện Kế hoạch số 07/KH-SYT ngày 14/01/2022 của Sở Y tế về cải cách hành chính năm 2022, Sở Y tế báo cáo kết quả như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Sở triển khai Kế hoạch cải cách hành chính giai đoạn 2022 - 2025 ban hành kèm theo Quyết định số 12/QĐ-SYT ngày 10/01/2022. Kế hoạch năm 2022 có 30 nhiệm vụ, đã hoàn thành 29 nhiệm vụ (96,7%).

2. Kiểm tra: thực hiện Kế hoạch số 19/KH-SYT ngày 09/3/2022, Sở đã kiểm tra 04/07 đơn vị; 02 đơn vị bị nhắc nhở về niêm yết giá dịch vụ.

3. Tuyên truyền: đăng 36 tin, bài trên Trang thông tin điện tử của Sở.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thể chế

Sở tham mưu 02 văn bản quy phạm pháp luật, trong đó có Quyết định số 14/2022/QĐ-UBND ngày 11/5/2022 của Ủy ban nhân dân tỉnh ban hành Quy định phân cấp quản lý nhà nước về an toàn thực phẩm trên địa bàn tỉnh.

2. Cải cách thủ tục hành chính

Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1896/QĐ-UBND ngày 26/9/2022 công bố danh mục thủ tục hành chính lĩnh vực khám bệnh, chữa bệnh thuộc thẩm quyền giải quyết của Sở Y tế. Sở có 148 thủ tục hành chính, trong đó 41 thủ tục trực tuyến toàn trình (27,7%). Năm 2022 tiếp nhận 12.486 hồ sơ, trong đó 2.915 hồ sơ trực tuyến (23,3%); giải quyết đúng hạn 12.470 hồ sơ (99,87%), trễ hạn 16 hồ sơ. Bộ phận Một cửa hoạt động theo Quy chế ban hành kèm theo Quyết định số 143/QĐ-SYT ngày 24/7/2020.

3. Cải cách tổ chức bộ máy

Ủy ban nhân dân tỉnh ban hành Quyết định số 17/2022/QĐ-UBND ngày 06/6/2022 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh Tường An, thay thế Quyết định số 24/2016/QĐ-UBND ngày 05/8/2016. Giám đốc Sở ban hành Quyết định số 118/QĐ-SYT ngày 20/7/2022 quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng, Thanh tra và các phòng chuyên môn, nghiệp vụ thuộc Sở Y tế.

4. Cải cách chế độ công vụ

Giám đốc Sở ban hành Quyết định số 101/QĐ-SYT ngày 28/6/2022 ban hành Quy chế làm việc của Sở Y tế tỉnh Tường An. Sở được giao 62 biên chế công chức, có mặt 58 người; cử 74 lượt công chức, viên chức đi đào tạo, bồi dưỡng.

5. Cải cách tài chính công

Giám đốc Sở ban hành Quyết định số 58/QĐ-SYT ngày 04/3/2022 ban hành Quy chế chi tiêu nội bộ của Sở Y tế, thay thế Quyết định số 31/QĐ-SYT ngày 12/02/2020. Kinh phí tiết kiệm năm 2022 là 214 triệu đồng.

6. Xây dựng chính quyền điện tử, chính quyền số

Tỷ lệ văn bản đi được ký số đạt 87%; 02 bệnh viện tuyến tỉnh triển khai thí điểm thanh toán viện phí không dùng tiền mặt.

III. TỒN TẠI, HẠN CHẾ

Tỷ lệ hồ sơ trực tuyến còn thấp; một số cơ sở hành nghề tư nhân chưa quen nộp hồ sơ qua mạng.

IV. PHƯƠNG HƯỚNG NĂM 2023

Nâng tỷ lệ thủ tục trực tuyến toàn trình; ban hành Quy chế mới của Bộ phận Một cửa; sửa đổi mức khoán công tác phí cho phù hợp thực tế.

Nơi nhận:
- UBND tỉnh;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

EARLY = (
    Sample("qd-12-2022-ke-hoach-cchc-giai-doan-2022-2025.txt", "txt", (QD_12,)),
    Sample("kh-07-2022-cchc-nam-2022.txt", "txt", (KH_07,)),
    Sample(
        "qd-58-2022-quy-che-chi-tieu-noi-bo.docx",
        "docx",
        (QD_58_HEAD, QD_58_BODY),
        table=QD_58_TABLE,
        after=QD_58_AFTER,
        title="Quy chế chi tiêu nội bộ 2022 (MẪU, hư cấu)",
    ),
    Sample("kh-19-2022-kiem-tra-cchc.txt", "txt", (KH_19,)),
    Sample(
        "qd-17-2022-qd-ubnd-chuc-nang-so-y-te.pdf",
        "pdf",
        (QD_17_2022,),
        title="Quyết định 17/2022/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample("qd-101-2022-quy-che-lam-viec.txt", "txt", (QD_101,)),
    Sample(
        "bc-285-2022-ket-qua-cchc-nam-2022.pdf",
        "pdf",
        (BC_285,),
        title="Báo cáo CCHC năm 2022 (MẪU, hư cấu)",
    ),
)
