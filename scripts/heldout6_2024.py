"""Sixth held-out archive, 2024: the Sở Lao động - Thương binh và Xã hội of the fictional
tỉnh Phú Khê. Do not tune on it.

The year's plan (recalling the 2023 results), the digital plan, the repeal of one article of
the spending rules (from signing), a Công văn on linked online procedures, the half-year
report, a new Quy chế làm việc with the very same title as the 2021 one (replacing it from a
later date), and the 9-month report. Facts: ``bench/data/heldout6_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout6_early import DEPUTY, NEW_DIRECTOR, head
from sample_header import Sample

KH_04 = (
    head(
        "04/KH-SLĐTBXH",
        "ngày 09 tháng 01 năm 2024",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2024",
    )
    + """
Thực hiện Kế hoạch số 02/KH-UBND ngày 03/01/2024 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2024 và Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 ban hành kèm theo Quyết định số 168/QĐ-SLĐTBXH ngày 15/11/2021, Sở Lao động - Thương binh và Xã hội ban hành Kế hoạch cải cách hành chính năm 2024 như sau:

I. KẾT QUẢ NĂM 2023

Năm 2023, Sở hoàn thành 28/30 nhiệm vụ; 69/131 thủ tục hành chính được cung cấp trực tuyến toàn trình (52,7%); tỷ lệ hồ sơ trực tuyến đạt 41,6%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,74%. Còn 02 nhiệm vụ chuyển sang năm 2024.

II. CHỈ TIÊU NĂM 2024

1. Hoàn thành 32 nhiệm vụ của Kế hoạch.

2. Tỷ lệ thủ tục hành chính trực tuyến toàn trình đạt từ 65% trở lên; tỷ lệ hồ sơ trực tuyến đạt từ 50% trở lên; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 99,5% trở lên.

3. Kiểm tra 06 đơn vị; đăng ít nhất 40 tin, bài tuyên truyền.

4. Cử 70 lượt công chức, viên chức đi bồi dưỡng; tỷ lệ văn bản đi được ký số đạt từ 95% trở lên; từ 80% đối tượng bảo trợ xã hội nhận trợ cấp qua tài khoản.

III. NHIỆM VỤ

1. Chỉ đạo, điều hành: ban hành kế hoạch kiểm tra, kế hoạch tuyên truyền, kế hoạch chuyển đổi số năm 2024 trong quý I.

2. Thể chế: tham mưu Quy chế phối hợp quản lý nhà nước về an toàn, vệ sinh lao động trên địa bàn tỉnh.

3. Thủ tục hành chính: thực hiện liên thông điện tử nhóm thủ tục đăng ký khai tử, hỗ trợ chi phí mai táng, hưởng chế độ tử tuất.

4. Tổ chức bộ máy: kiện toàn các đơn vị sự nghiệp trợ giúp xã hội.

5. Chế độ công vụ: ban hành Quy chế làm việc mới của Sở thay cho Quy chế năm 2021.

6. Tài chính công: bãi bỏ quy định hỗ trợ cước điện thoại di động trong Quy chế chi tiêu nội bộ.

7. Chính quyền số: hoàn thành số hóa hồ sơ người có công; xây dựng cơ sở dữ liệu trẻ em có hoàn cảnh đặc biệt.

IV. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, tổng hợp; báo cáo 6 tháng gửi Sở Nội vụ trước ngày 15/6, báo cáo 9 tháng trước ngày 05/10.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
)

KH_26 = (
    head(
        "26/KH-SLĐTBXH",
        "ngày 05 tháng 3 năm 2024",
        "KẾ HOẠCH",
        "Chuyển đổi số năm 2024 của Sở Lao động - Thương binh và Xã hội",
    )
    + """
Thực hiện Kế hoạch số 04/KH-SLĐTBXH ngày 09/01/2024 của Sở về cải cách hành chính năm 2024; căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 và Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030, Sở Lao động – Thương binh và Xã hội ban hành Kế hoạch chuyển đổi số năm 2024:

I. CHỈ TIÊU

1. 100% hồ sơ người có công đang quản lý được số hóa, khai thác trên phần mềm quản lý người có công.

2. Từ 80% đối tượng bảo trợ xã hội, người có công nhận trợ cấp hằng tháng qua tài khoản.

3. Tỷ lệ văn bản đi được ký số đạt từ 98% trở lên.

4. Xây dựng cơ sở dữ liệu trẻ em có hoàn cảnh đặc biệt, kết nối với cơ sở dữ liệu quốc gia về dân cư.

II. NHIỆM VỤ

1. Dữ liệu: làm sạch dữ liệu người hưởng trợ cấp xã hội theo số định danh cá nhân.

2. Ứng dụng: triển khai sàn giao dịch việc làm trực tuyến của tỉnh.

3. Nhân lực: tập huấn kỹ năng số cho 150 công chức, viên chức.

III. KINH PHÍ

Từ dự toán ngân sách năm 2024 giao cho Sở và nguồn kinh phí hợp pháp khác.

Nơi nhận:
- Sở Thông tin và Truyền thông;
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + DEPUTY
)

QD_35 = (
    head(
        "35/QĐ-SLĐTBXH",
        "ngày 18 tháng 3 năm 2024",
        "QUYẾT ĐỊNH",
        "Bãi bỏ Điều 10 Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 38/QĐ-SLĐTBXH ngày 28/02/2022 của Giám đốc Sở Lao động - Thương binh và Xã hội",
    )
    + """
GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI

Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước;

Xét đề nghị của Trưởng phòng Kế hoạch - Tài chính sau khi thống nhất với Công đoàn cơ quan.

QUYẾT ĐỊNH:

Điều 1. Bãi bỏ Điều 10 (Hỗ trợ cước điện thoại di động) của Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 38/QĐ-SLĐTBXH ngày 28/02/2022 của Giám đốc Sở Lao động - Thương binh và Xã hội.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Các điều khác của Quy chế chi tiêu nội bộ tiếp tục được thực hiện.

Điều 3. Chánh Văn phòng, Trưởng phòng Kế hoạch - Tài chính và công chức, người lao động cơ quan Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Kho bạc Nhà nước tỉnh;
- Lưu: VT, KHTC.
"""
    + NEW_DIRECTOR
)

CV_812 = (
    head(
        "812/SLĐTBXH-VP",
        "ngày 22 tháng 4 năm 2024",
        "",
        "V/v thực hiện liên thông thủ tục hành chính đăng ký khai tử, hỗ trợ chi phí mai táng, hưởng chế độ tử tuất",
    )
    + """
Kính gửi:
- Phòng Lao động - Thương binh và Xã hội các huyện, thị xã, thành phố;
- Ủy ban nhân dân các xã, phường, thị trấn.

Thực hiện Kế hoạch số 04/KH-SLĐTBXH ngày 09/01/2024 của Sở về cải cách hành chính năm 2024; căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử và Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ, Sở Lao động - Thương binh và Xã hội đề nghị:

1. Từ ngày 02/5/2024, tiếp nhận hồ sơ liên thông đăng ký khai tử, hỗ trợ chi phí mai táng, hưởng chế độ tử tuất đối với người có công trực tuyến trên Cổng dịch vụ công quốc gia; thân nhân không phải nộp lại giấy tờ đã có trong cơ sở dữ liệu.

2. Công chức văn hóa - xã hội cấp xã hướng dẫn thân nhân người có công, đối tượng bảo trợ xã hội nộp hồ sơ; cập nhật kết quả trong ngày.

3. Phòng Lao động - Thương binh và Xã hội cấp huyện tổng hợp vướng mắc gửi Văn phòng Sở trước ngày 25 hằng tháng.

Trân trọng./.

Nơi nhận:
- Như trên;
- Giám đốc Sở (b/c);
- Phòng Người có công;
- Lưu: VT, VP.
"""
    + DEPUTY
)

BC_145 = (
    head(
        "145/BC-SLĐTBXH",
        "ngày 14 tháng 6 năm 2024",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024",
    )
    + """
Thực hiện Kế hoạch số 04/KH-SLĐTBXH ngày 09/01/2024 của Sở về cải cách hành chính năm 2024, Sở Lao động - Thương binh và Xã hội báo cáo kết quả 6 tháng đầu năm 2024 (số liệu tính đến ngày 10/6/2024) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2024 có 32 nhiệm vụ; đã hoàn thành 13 nhiệm vụ.

2. Kiểm tra: thực hiện Kế hoạch số 15/KH-SLĐTBXH ngày 26/02/2024 về kiểm tra công tác cải cách hành chính năm 2024, Sở đã kiểm tra 02/06 đơn vị.

3. Tuyên truyền: thực hiện Kế hoạch số 19/KH-SLĐTBXH ngày 04/3/2024 về thông tin, tuyên truyền cải cách hành chính năm 2024, Sở đăng 17 tin, bài.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thể chế

Sở tham mưu Ủy ban nhân dân tỉnh ban hành Quyết định số 09/2024/QĐ-UBND ngày 22/3/2024 ban hành Quy chế phối hợp quản lý nhà nước về an toàn, vệ sinh lao động trên địa bàn tỉnh.

2. Cải cách thủ tục hành chính

Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1190/QĐ-UBND ngày 27/5/2024 công bố danh mục thủ tục hành chính được sửa đổi, bổ sung lĩnh vực bảo trợ xã hội thuộc thẩm quyền giải quyết của Sở Lao động - Thương binh và Xã hội. Sở có Công văn số 812/SLĐTBXH-VP ngày 22/4/2024 triển khai liên thông thủ tục đăng ký khai tử, hỗ trợ chi phí mai táng, hưởng chế độ tử tuất từ ngày 02/5/2024.

Sở có 133 thủ tục hành chính, trong đó 84 thủ tục trực tuyến toàn trình (63,2%). 6 tháng đầu năm tiếp nhận 6.214 hồ sơ, trong đó 2.983 hồ sơ trực tuyến (48,0%); giải quyết đúng hạn 6.205 hồ sơ (99,86%).

3. Cải cách tổ chức bộ máy

Cơ cấu tổ chức của Sở thực hiện theo Quyết định số 19/2021/QĐ-UBND ngày 25/8/2021 của Ủy ban nhân dân tỉnh, đã được sửa đổi, bổ sung khoản 2 Điều 3 tại Quyết định số 11/2023/QĐ-UBND ngày 14/4/2023.

4. Cải cách chế độ công vụ

Sở đang hoàn thiện dự thảo Quy chế làm việc mới. 6 tháng đầu năm cử 29 lượt công chức, viên chức đi đào tạo, bồi dưỡng.

5. Cải cách tài chính công

Giám đốc Sở ban hành Quyết định số 35/QĐ-SLĐTBXH ngày 18/3/2024 bãi bỏ Điều 10 Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 38/QĐ-SLĐTBXH ngày 28/02/2022.

6. Xây dựng chính quyền điện tử, chính quyền số

Sở ban hành Kế hoạch số 26/KH-SLĐTBXH ngày 05/3/2024 về chuyển đổi số năm 2024. Tỷ lệ văn bản đi được ký số đạt 96%; 74% đối tượng bảo trợ xã hội nhận trợ cấp qua tài khoản.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM

Ban hành Quy chế làm việc mới; kiểm tra 04 đơn vị còn lại; hoàn thành số hóa hồ sơ người có công.

Nơi nhận:
- UBND tỉnh;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
)

QD_112 = (
    head(
        "112/QĐ-SLĐTBXH",
        "ngày 28 tháng 6 năm 2024",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Lao động - Thương binh và Xã hội",
    )
    + """
GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI

Căn cứ Quyết định số 19/2021/QĐ-UBND ngày 25/8/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Lao động - Thương binh và Xã hội tỉnh Phú Khê, đã được sửa đổi, bổ sung tại Quyết định số 11/2023/QĐ-UBND ngày 14/4/2023 của Ủy ban nhân dân tỉnh;

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Lao động - Thương binh và Xã hội.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2024 và thay thế Quyết định số 142/QĐ-SLĐTBXH ngày 05/10/2021 của Giám đốc Sở ban hành Quy chế làm việc của Sở Lao động - Thương binh và Xã hội.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng, Thủ trưởng các đơn vị sự nghiệp trực thuộc và công chức, người lao động cơ quan Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (b/c);
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
    + """
QUY CHẾ
Làm việc của Sở Lao động - Thương binh và Xã hội

Chương I. QUY ĐỊNH CHUNG

Điều 3. Nguyên tắc làm việc

Giám đốc Sở làm việc theo chế độ thủ trưởng; mỗi việc chỉ giao một phòng chủ trì; công việc được giao, theo dõi và báo cáo trên Hệ thống quản lý văn bản và điều hành.

Chương III. CHẾ ĐỘ HỘI HỌP

Điều 13. Giao ban

Lãnh đạo Sở giao ban chiều thứ Hai hằng tuần với Trưởng các phòng; giao ban trực tuyến với Thủ trưởng các đơn vị sự nghiệp và Phòng Lao động - Thương binh và Xã hội cấp huyện mỗi tháng một lần.

Chương IV. XỬ LÝ VĂN BẢN

Điều 17. Văn bản đến

Văn bản đến được số hóa, chuyển trên Hệ thống trong ngày; không chuyển bản giấy, trừ văn bản mật; hồ sơ chi trả trợ cấp người có công, trợ cấp xã hội được ưu tiên xử lý trước.
"""
)

BC_238 = (
    head(
        "238/BC-SLĐTBXH",
        "ngày 03 tháng 10 năm 2024",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2024",
    )
    + """
Thực hiện Kế hoạch số 04/KH-SLĐTBXH ngày 09/01/2024 của Sở về cải cách hành chính năm 2024, Sở Lao động - Thương binh và Xã hội báo cáo kết quả 9 tháng đầu năm 2024 (số liệu tính đến ngày 30/9/2024) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2024 có 32 nhiệm vụ; đã hoàn thành 24 nhiệm vụ, 08 nhiệm vụ đang thực hiện.

2. Kiểm tra: thực hiện Kế hoạch số 15/KH-SLĐTBXH ngày 26/02/2024, Sở đã kiểm tra 04/06 đơn vị; ban hành 04 thông báo kết luận.

3. Tuyên truyền: thực hiện Kế hoạch số 19/KH-SLĐTBXH ngày 04/3/2024, Sở đăng 31 tin, bài; tổ chức 01 hội nghị đối thoại với người lao động tại Khu công nghiệp Đông Khê.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thể chế

Quyết định số 09/2024/QĐ-UBND ngày 22/3/2024 của Ủy ban nhân dân tỉnh ban hành Quy chế phối hợp quản lý nhà nước về an toàn, vệ sinh lao động được triển khai tại 100% huyện, thị xã, thành phố.

2. Cải cách thủ tục hành chính

Thực hiện Quyết định số 1190/QĐ-UBND ngày 27/5/2024 của Chủ tịch Ủy ban nhân dân tỉnh, Sở cập nhật 06 thủ tục lĩnh vực bảo trợ xã hội lên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh. Liên thông thủ tục khai tử, mai táng phí, tử tuất theo Công văn số 812/SLĐTBXH-VP ngày 22/4/2024 đã tiếp nhận 412 hồ sơ.

Sở có 135 thủ tục hành chính, trong đó 89 thủ tục trực tuyến toàn trình (65,9%). 9 tháng đầu năm tiếp nhận 9.486 hồ sơ, trong đó 4.838 hồ sơ trực tuyến (51,0%); giải quyết đúng hạn 9.474 hồ sơ (99,87%).

3. Cải cách tổ chức bộ máy

Ủy ban nhân dân tỉnh ban hành Quyết định số 1876/QĐ-UBND ngày 12/8/2024 tổ chức lại Cơ sở Bảo trợ xã hội tổng hợp tỉnh trên cơ sở sáp nhập Trung tâm Công tác xã hội tỉnh; Sở còn 03 đơn vị sự nghiệp trực thuộc.

4. Cải cách chế độ công vụ

Giám đốc Sở ban hành Quyết định số 112/QĐ-SLĐTBXH ngày 28/6/2024 ban hành Quy chế làm việc của Sở Lao động - Thương binh và Xã hội (có hiệu lực từ ngày 01/7/2024), thay thế Quyết định số 142/QĐ-SLĐTBXH ngày 05/10/2021. 9 tháng đầu năm cử 48 lượt công chức, viên chức đi đào tạo, bồi dưỡng.

5. Cải cách tài chính công

Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 38/QĐ-SLĐTBXH ngày 28/02/2022 tiếp tục được thực hiện, trừ Điều 10 đã bị bãi bỏ tại Quyết định số 35/QĐ-SLĐTBXH ngày 18/3/2024. Kinh phí tiết kiệm 9 tháng là 142 triệu đồng.

6. Xây dựng chính quyền điện tử, chính quyền số

Thực hiện Kế hoạch số 26/KH-SLĐTBXH ngày 05/3/2024, đã số hóa 100% hồ sơ người có công đang quản lý; tỷ lệ văn bản đi được ký số đạt 97%; 81% đối tượng bảo trợ xã hội nhận trợ cấp qua tài khoản.

III. TỒN TẠI, HẠN CHẾ

Cơ sở dữ liệu trẻ em có hoàn cảnh đặc biệt chưa kết nối với cơ sở dữ liệu quốc gia về dân cư; còn 12 hồ sơ trễ hạn.

IV. NHIỆM VỤ QUÝ IV NĂM 2024

Kiểm tra 02 đơn vị còn lại; hoàn thành 08 nhiệm vụ đang thực hiện; tổng kết công tác cải cách hành chính năm 2024.

Nơi nhận:
- UBND tỉnh;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
)

LATE = (
    Sample("kh-04-2024-cchc-nam-2024.txt", "txt", (KH_04,)),
    Sample(
        "kh-26-2024-chuyen-doi-so-nam-2024.pdf",
        "pdf",
        (KH_26,),
        title="Kế hoạch chuyển đổi số năm 2024 (MẪU, hư cấu)",
    ),
    Sample("qd-35-2024-bai-bo-dieu-10-quy-che-chi-tieu.txt", "txt", (QD_35,)),
    Sample("cv-812-2024-lien-thong-khai-tu-mai-tang.txt", "txt", (CV_812,)),
    Sample(
        "bc-145-2024-cchc-6-thang-dau-nam.pdf",
        "pdf",
        (BC_145,),
        title="Báo cáo CCHC 6 tháng đầu năm 2024 (MẪU, hư cấu)",
    ),
    Sample(
        "qd-112-2024-quy-che-lam-viec.pdf",
        "pdf",
        (QD_112,),
        title="Quy chế làm việc 2024 (MẪU, hư cấu)",
    ),
    Sample("bc-238-2024-cchc-9-thang-dau-nam.txt", "txt", (BC_238,)),
)
