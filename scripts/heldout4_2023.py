"""Fourth held-out archive, 2023: the Sở Giao thông vận tải of the fictional tỉnh Vĩnh Hà. Do not tune on it.

The year's plans, a one-article amendment of the spending rules, a new one-stop-counter
Quy chế replacing the 2021 one (same title), a digital-transformation plan, a Tờ trình
asking the province for a new decision on the Sở, and the annual report. Facts:
``bench/data/heldout4_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout4_early import DEPUTY, DIRECTOR, head
from sample_header import Sample

KH_11 = (
    head(
        "11/KH-SGTVT",
        "ngày 10 tháng 01 năm 2023",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2023",
    )
    + """
Thực hiện Kế hoạch số 05/KH-UBND ngày 04/01/2023 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2023; căn cứ Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 ban hành kèm theo Quyết định số 186/QĐ-SGTVT ngày 28/9/2021, Sở Giao thông vận tải ban hành Kế hoạch cải cách hành chính năm 2023:

I. CHỈ TIÊU

1. Hoàn thành 35 nhiệm vụ của Kế hoạch.

2. Trên 50% thủ tục hành chính được cung cấp trực tuyến toàn trình; tỷ lệ hồ sơ nộp trực tuyến đạt từ 40% trở lên.

3. 100% văn bản đi (trừ văn bản mật) được ký số.

II. NHIỆM VỤ

1. Ban hành kế hoạch thông tin, tuyên truyền và kế hoạch kiểm tra cải cách hành chính năm 2023 (quý I).

2. Sửa đổi Quy chế chi tiêu nội bộ về chi thu nhập tăng thêm (quý I).

3. Ban hành Quy chế mới của Bộ phận Một cửa sau khi Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ có hiệu lực (quý II).

4. Ban hành kế hoạch chuyển đổi số của Sở giai đoạn 2023 - 2025 (quý III).

5. Rà soát chức năng, nhiệm vụ, đề xuất sắp xếp các phòng chuyên môn (quý III - IV).

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, tổng hợp; các phòng, đơn vị báo cáo kết quả trước ngày 15 của tháng cuối quý.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

QD_28 = (
    head(
        "28/QĐ-SGTVT",
        "ngày 17 tháng 02 năm 2023",
        "QUYẾT ĐỊNH",
        "Sửa đổi Điều 9 Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 35/QĐ-SGTVT ngày 21 tháng 02 năm 2022 của Giám đốc Sở Giao thông vận tải",
    )
    + """
GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI

Căn cứ Thông tư liên tịch số 71/2014/TTLT-BTC-BNV ngày 30/5/2014 của Bộ Tài chính, Bộ Nội vụ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng kinh phí quản lý hành chính đối với các cơ quan nhà nước;

Xét đề nghị của Trưởng phòng Kế hoạch - Tài chính.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi Điều 9 Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 35/QĐ-SGTVT ngày 21/02/2022 của Giám đốc Sở Giao thông vận tải như sau:

"Điều 9. Chi thu nhập tăng thêm

Từ kinh phí tiết kiệm được, chi thu nhập tăng thêm mỗi năm 02 lần (tháng 7 và tháng 12), tối đa 0,8 lần quỹ tiền lương ngạch, bậc; mức chi theo kết quả xếp loại chất lượng công chức của kỳ đánh giá liền trước."

Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Các điều khác của Quy chế chi tiêu nội bộ không thay đổi.

Điều 3. Chánh Văn phòng, Trưởng phòng Kế hoạch - Tài chính và công chức, người lao động thuộc Văn phòng Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Kho bạc Nhà nước tỉnh;
- Lưu: VT, KHTC.
"""
    + DIRECTOR
)

KH_30 = (
    head(
        "30/KH-SGTVT",
        "ngày 02 tháng 3 năm 2023",
        "KẾ HOẠCH",
        "Thông tin, tuyên truyền cải cách hành chính năm 2023",
    )
    + """
Thực hiện Kế hoạch số 11/KH-SGTVT ngày 10/01/2023 của Sở về cải cách hành chính năm 2023, Sở Giao thông vận tải ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2023 như sau:

I. NỘI DUNG TUYÊN TRUYỀN

1. Chủ trương cải cách hành chính của Chính phủ, của tỉnh và của Sở.

2. Hướng dẫn người dân nộp hồ sơ cấp đổi giấy phép lái xe, đăng ký xe máy chuyên dùng trên Cổng dịch vụ công.

3. Quy định mới về Bộ phận Một cửa, về thu phí, lệ phí qua thanh toán trực tuyến.

II. HÌNH THỨC

1. Đăng tin, bài trên Trang thông tin điện tử của Sở: tối thiểu 48 tin, bài.

2. Phối hợp Đài Phát thanh và Truyền hình tỉnh thực hiện 04 phóng sự về dịch vụ công trực tuyến ngành giao thông.

3. In 5.000 tờ gấp hướng dẫn nộp hồ sơ trực tuyến, phát tại các cơ sở đào tạo lái xe.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở chủ trì; Trung tâm Sát hạch lái xe, Trung tâm Đăng kiểm xe cơ giới phối hợp phát tờ gấp.

Nơi nhận:
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + DEPUTY
)

KH_33 = (
    head(
        "33/KH-SGTVT",
        "ngày 06 tháng 3 năm 2023",
        "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2023",
    )
    + """
Thực hiện Kế hoạch số 11/KH-SGTVT ngày 10/01/2023 của Sở về cải cách hành chính năm 2023, Sở ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2023:

I. ĐỐI TƯỢNG KIỂM TRA

06 phòng, đơn vị: Văn phòng Sở (Bộ phận Một cửa); Phòng Quản lý vận tải, phương tiện và người lái; Phòng Kế hoạch - Tài chính; Phòng Quản lý chất lượng công trình giao thông; Trung tâm Sát hạch lái xe; Trung tâm Đăng kiểm xe cơ giới.

II. NỘI DUNG

1. Việc giải quyết hồ sơ đúng quy trình nội bộ; xin lỗi người dân khi trễ hạn.

2. Việc thực hiện Quy chế chi tiêu nội bộ, nhất là chi thu nhập tăng thêm.

3. Việc ký số văn bản, lập hồ sơ điện tử.

III. THỜI GIAN

Từ tháng 4 đến tháng 10 năm 2023; kết luận kiểm tra gửi đơn vị trong 10 ngày làm việc sau mỗi đợt.

Nơi nhận:
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + DEPUTY
)

QD_118_HEAD = head(
    "118/QĐ-SGTVT",
    "ngày 12 tháng 6 năm 2023",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Giao thông vận tải",
)
QD_118_BODY = (
    """
GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Giao thông vận tải.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 214/QĐ-SGTVT ngày 02 tháng 11 năm 2021 của Giám đốc Sở Giao thông vận tải.

Điều 3. Chánh Văn phòng, Trưởng các phòng có thủ tục hành chính, Giám đốc Trung tâm Sát hạch lái xe và công chức, viên chức làm việc tại Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Văn phòng UBND tỉnh;
- Lưu: VT, VP.
"""
    + DIRECTOR
    + """
QUY CHẾ
Tổ chức và hoạt động của Bộ phận Một cửa Sở Giao thông vận tải

Điều 2. Địa điểm

Bộ phận Một cửa đặt tại trụ sở Sở Giao thông vận tải, số 15 đường Lê Lợi, thành phố Vĩnh Hà; gồm 03 quầy: quầy giấy phép lái xe, quầy phương tiện và vận tải, quầy kết cấu hạ tầng.

Điều 4. Nhân sự

Văn phòng Sở cử 02 công chức; Phòng Quản lý vận tải, phương tiện và người lái cử 02 công chức; Trung tâm Sát hạch lái xe cử 01 viên chức hỗ trợ người dân nộp hồ sơ trực tuyến.

Điều 7. Thời gian làm việc

Từ thứ Hai đến thứ Sáu; sáng từ 7 giờ 00 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ 00. Hồ sơ nộp trực tuyến được tiếp nhận 24/7, xử lý trong giờ hành chính.

Điều 9. Số hóa hồ sơ

Hồ sơ giấy được số hóa ngay khi tiếp nhận; kết quả giải quyết được số hóa và lưu trong kho dữ liệu của Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.

Điều 10. Trả kết quả

Kết quả được trả tại quầy, qua dịch vụ bưu chính công ích hoặc bản điện tử trên tài khoản của người nộp hồ sơ.
"""
)

QD_176 = (
    head(
        "176/QĐ-SGTVT",
        "ngày 25 tháng 8 năm 2023",
        "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch chuyển đổi số của Sở Giao thông vận tải giai đoạn 2023 - 2025",
    )
    + """
GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI

Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;

Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;

Căn cứ Quyết định số 12/2021/QĐ-UBND ngày 08/3/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giao thông vận tải tỉnh Vĩnh Hà;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số của Sở Giao thông vận tải giai đoạn 2023 - 2025.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng, Thủ trưởng các đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Thông tin và Truyền thông;
- Lưu: VT, VP.
"""
    + DIRECTOR
    + """
KẾ HOẠCH
Chuyển đổi số của Sở Giao thông vận tải giai đoạn 2023 - 2025

I. CHỈ TIÊU

1. Năm 2024, 100% hồ sơ cấp đổi giấy phép lái xe được tiếp nhận trực tuyến toàn trình, sử dụng dữ liệu sức khỏe điện tử.

2. Đến năm 2025, 100% hồ sơ giấy phép lái xe lưu trữ tại Sở được số hóa.

3. Đến năm 2025, dữ liệu đường tỉnh, cầu trên đường tỉnh được số hóa trên bản đồ số.

II. NHIỆM VỤ

1. Hạ tầng: nâng cấp đường truyền của Trung tâm Sát hạch lái xe; trang bị camera giám sát phòng thi lý thuyết.

2. Dữ liệu: số hóa 86.000 hồ sơ giấy phép lái xe; cập nhật dữ liệu phương tiện thủy nội địa.

3. Kỹ năng số: bồi dưỡng kỹ năng số cho 100% công chức, viên chức.

III. KINH PHÍ

Từ dự toán chi thường xuyên của Sở và nguồn sự nghiệp công nghệ thông tin của tỉnh.
"""
)

TTR_205_HEAD = head(
    "205/TTr-SGTVT",
    "ngày 02 tháng 10 năm 2023",
    "TỜ TRÌNH",
    "Về việc đề nghị ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giao thông vận tải",
)
TTR_205_BODY = (
    """
Kính gửi: Ủy ban nhân dân tỉnh Vĩnh Hà.

Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;

Căn cứ Nghị định số 107/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP;

Sở Giao thông vận tải kính trình Ủy ban nhân dân tỉnh xem xét, ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giao thông vận tải, thay thế Quyết định số 12/2021/QĐ-UBND ngày 08/3/2021, với các nội dung chính sau:

I. SỰ CẦN THIẾT

Phòng Quản lý kết cấu hạ tầng giao thông và Phòng Quản lý chất lượng công trình giao thông có nhiệm vụ gần nhau, cùng theo dõi các công trình trên đường tỉnh; việc duy trì hai phòng làm tăng đầu mối và số lãnh đạo cấp phòng.

II. NỘI DUNG ĐỀ XUẤT

1. Hợp nhất hai phòng nêu trên thành Phòng Quản lý kết cấu hạ tầng và chất lượng công trình giao thông.

2. Sau sắp xếp, Sở có Văn phòng, Thanh tra, 03 phòng chuyên môn và 03 đơn vị sự nghiệp; giảm 01 phòng và 02 lãnh đạo cấp phòng.

III. HỒ SƠ KÈM THEO

Dự thảo Quyết định; báo cáo thẩm định của Sở Tư pháp; ý kiến của Sở Nội vụ.

Sở Giao thông vận tải kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.

Nơi nhận:
- Như trên;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

BC_251_HEAD = head(
    "251/BC-SGTVT",
    "ngày 08 tháng 12 năm 2023",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2023",
)
BC_251_BODY = (
    """
Thực hiện Kế hoạch số 11/KH-SGTVT ngày 10/01/2023 của Sở về cải cách hành chính năm 2023, Sở Giao thông vận tải báo cáo kết quả như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2023 có 35 nhiệm vụ; đến ngày 30/11/2023 hoàn thành 34/35 nhiệm vụ (97,1%).

2. Kiểm tra: thực hiện Kế hoạch số 33/KH-SGTVT ngày 06 tháng 3 năm 2023, Sở kiểm tra 06/09 phòng, đơn vị; ban hành 06 thông báo kết luận kiểm tra.

3. Tuyên truyền: thực hiện Kế hoạch số 30/KH-SGTVT ngày 02/3/2023, Sở đăng 52 tin, bài; thực hiện 04 phóng sự truyền hình; phát 5.000 tờ gấp hướng dẫn nộp hồ sơ trực tuyến.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thể chế

Sở tham mưu Ủy ban nhân dân tỉnh ban hành 02 văn bản quy phạm pháp luật, trong đó có Quyết định số 25/2023/QĐ-UBND ngày 11/8/2023 ban hành Quy định phân cấp quản lý, bảo trì đường địa phương trên địa bàn tỉnh.

2. Cải cách thủ tục hành chính

Giám đốc Sở ban hành Quyết định số 118/QĐ-SGTVT ngày 12/6/2023 ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa, thay thế Quyết định số 214/QĐ-SGTVT ngày 02/11/2021. Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1654/QĐ-UBND ngày 19/7/2023 công bố danh mục thủ tục hành chính được sửa đổi, bổ sung lĩnh vực đường bộ thuộc thẩm quyền giải quyết của Sở Giao thông vận tải. Sở có 128 thủ tục hành chính, trong đó 71 thủ tục trực tuyến toàn trình (55,5%). Năm 2023, Sở tiếp nhận 53.207 hồ sơ, trong đó 21.940 hồ sơ trực tuyến (41,2%); giải quyết đúng hạn 53.188 hồ sơ (99,96%); 19 hồ sơ quá hạn.

3. Cải cách tổ chức bộ máy

Sở có Tờ trình số 205/TTr-SGTVT ngày 02/10/2023 đề nghị Ủy ban nhân dân tỉnh ban hành quyết định mới quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở, hợp nhất 02 phòng chuyên môn. Năm 2023, Sở được giao 76 biên chế công chức, có mặt 72 người.

4. Cải cách chế độ công vụ

Ủy ban nhân dân tỉnh ban hành Quyết định số 2218/QĐ-UBND ngày 23/10/2023 phê duyệt danh mục vị trí việc làm và cơ cấu ngạch công chức của Sở Giao thông vận tải với 41 vị trí việc làm. Cử 93 lượt công chức, viên chức đi đào tạo, bồi dưỡng.

5. Cải cách tài chính công

Giám đốc Sở ban hành Quyết định số 28/QĐ-SGTVT ngày 17/02/2023 sửa đổi Điều 9 Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 35/QĐ-SGTVT ngày 21/02/2022. Kinh phí giao tự chủ năm 2023 là 13.120 triệu đồng; tiết kiệm 410 triệu đồng.

6. Xây dựng chính quyền điện tử, chính quyền số

Giám đốc Sở ban hành Quyết định số 176/QĐ-SGTVT ngày 25/8/2023 ban hành Kế hoạch chuyển đổi số của Sở giai đoạn 2023 - 2025. Tỷ lệ văn bản đi được ký số đạt 96%.

III. HẠN CHẾ

Hồ sơ cấp đổi giấy phép lái xe trực tuyến chưa dùng được dữ liệu sức khỏe điện tử; Sổ giao việc vẫn lập bằng giấy song song với Hệ thống.

IV. NHIỆM VỤ NĂM 2024

Hoàn thành sắp xếp các phòng sau khi Ủy ban nhân dân tỉnh ban hành quyết định mới; bỏ Sổ giao việc bằng giấy; triển khai tiếp nhận trực tuyến toàn trình hồ sơ cấp đổi giấy phép lái xe.

Nơi nhận:
- UBND tỉnh;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

MID = (
    Sample("kh-11-2023-cchc-nam-2023.txt", "txt", (KH_11,)),
    Sample("qd-28-2023-sua-doi-dieu-9-quy-che-chi-tieu.txt", "txt", (QD_28,)),
    Sample("kh-30-2023-tuyen-truyen-cchc.txt", "txt", (KH_30,)),
    Sample("kh-33-2023-kiem-tra-cchc.txt", "txt", (KH_33,)),
    Sample(
        "qd-118-2023-quy-che-mot-cua.docx",
        "docx",
        (QD_118_HEAD, QD_118_BODY),
        title="Quy chế Bộ phận Một cửa 2023 (MẪU, hư cấu)",
    ),
    Sample("qd-176-2023-chuyen-doi-so-2023-2025.txt", "txt", (QD_176,)),
    Sample(
        "ttr-205-2023-de-nghi-quy-dinh-chuc-nang.docx",
        "docx",
        (TTR_205_HEAD, TTR_205_BODY),
        title="Tờ trình 205 (MẪU, hư cấu)",
    ),
    Sample(
        "bc-251-2023-ket-qua-cchc-nam-2023.docx",
        "docx",
        (BC_251_HEAD, BC_251_BODY),
        title="Báo cáo CCHC năm 2023 (MẪU, hư cấu)",
    ),
)
