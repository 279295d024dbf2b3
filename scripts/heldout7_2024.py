"""Seventh held-out archive, 2024: Ủy ban nhân dân huyện Đông Sơn of the fictional tỉnh Hà
Trung. Do not tune on it.

The year's plan (recalling 2023), the Phòng Nội vụ's inspection plan, the digital plan
(setting a different online-dossier target than the annual plan), the repeal of one article
of the one-stop Quy chế (from a later date), the first-quarter report, a Phòng Nội vụ letter
on the commune index, the 9-month report, and a new one-stop Quy chế replacing the 2022 one
and its repeal (from a later date). The Trưởng phòng Nội vụ is new from early 2024. Facts:
``bench/data/heldout7_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout7_early import NEW_HEAD, PNV, UBND_NEW_CHAIRMAN, UBND_VICE, head
from sample_header import Sample

KH_06 = (
    head(
        "06/KH-UBND",
        "ngày 08 tháng 01 năm 2024",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2024",
    )
    + """
Thực hiện Kế hoạch số 07/KH-UBND ngày 04/01/2024 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2024 và Kế hoạch số 156/KH-UBND ngày 18/10/2021 của Ủy ban nhân dân huyện về cải cách hành chính giai đoạn 2021 - 2025; xét đề nghị của Phòng Nội vụ tại Tờ trình số 71/TTr-PNV ngày 18/12/2023, Ủy ban nhân dân huyện Đông Sơn ban hành Kế hoạch cải cách hành chính năm 2024 như sau:

I. KẾT QUẢ NĂM 2023

Năm 2023, huyện hoàn thành 34/35 nhiệm vụ; 131/275 thủ tục hành chính được cung cấp trực tuyến toàn trình (47,6%); tỷ lệ hồ sơ trực tuyến đạt 39,0%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,00%. Chỉ số cải cách hành chính năm 2022 của huyện xếp thứ 5/11.

II. CHỈ TIÊU NĂM 2024

1. Hoàn thành 36 nhiệm vụ của Kế hoạch.

2. Tỷ lệ thủ tục hành chính trực tuyến toàn trình đạt từ 55% trở lên; tỷ lệ hồ sơ trực tuyến đạt từ 45% trở lên; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 99% trở lên.

3. Kiểm tra công tác cải cách hành chính tại 08 đơn vị; đăng ít nhất 50 tin, bài tuyên truyền.

4. Cử 220 lượt cán bộ, công chức đi bồi dưỡng; tỷ lệ văn bản đi được ký số đạt từ 95% trở lên.

III. NHIỆM VỤ

1. Chỉ đạo, điều hành: Phòng Nội vụ ban hành kế hoạch kiểm tra, kế hoạch tuyên truyền trong quý I; hướng dẫn các xã, thị trấn tự đánh giá Chỉ số cải cách hành chính.

2. Thể chế: rà soát, hệ thống hóa văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân huyện ban hành.

3. Thủ tục hành chính: bãi bỏ việc tiếp nhận hồ sơ vào sáng thứ Bảy; ban hành Quy chế mới của Bộ phận Một cửa huyện theo Nghị định số 107/2021/NĐ-CP.

4. Tổ chức bộ máy: ban hành quy định mới về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng Nội vụ thay cho quy định năm 2021.

5. Chế độ công vụ: ban hành kế hoạch đào tạo, bồi dưỡng cán bộ, công chức năm 2024.

6. Tài chính công: phê duyệt phương án tự chủ tài chính của Trung tâm Văn hóa - Thông tin và Thể thao huyện.

7. Chính quyền số: ban hành kế hoạch chuyển đổi số năm 2024; số hóa hồ sơ ngay khi tiếp nhận.

IV. TỔ CHỨC THỰC HIỆN

Phòng Nội vụ theo dõi, tổng hợp; báo cáo quý I gửi Sở Nội vụ trước ngày 25/3, báo cáo 9 tháng trước ngày 25/9, báo cáo năm trước ngày 15/12.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- TT Huyện ủy, TT HĐND huyện;
- Các cơ quan chuyên môn; UBND các xã, thị trấn;
- Lưu: VT, NV.
"""
    + UBND_NEW_CHAIRMAN
)

KH_27 = (
    head(
        "27/KH-PNV",
        "ngày 01 tháng 3 năm 2024",
        "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2024",
        PNV,
    )
    + """
Thực hiện Kế hoạch số 06/KH-UBND ngày 08/01/2024 của Ủy ban nhân dân huyện về cải cách hành chính năm 2024, Phòng Nội vụ xây dựng Kế hoạch kiểm tra công tác cải cách hành chính năm 2024 như sau:

I. ĐƠN VỊ VÀ THỜI GIAN KIỂM TRA

Kiểm tra 08 đơn vị: Ủy ban nhân dân các xã Đông Tiến, Đông Văn, Đông Khê (quý II); Ủy ban nhân dân xã Đông Ninh và thị trấn Đông Sơn (quý III); Phòng Kinh tế và Hạ tầng, Phòng Tài chính - Kế hoạch, Phòng Lao động - Thương binh và Xã hội (quý IV).

II. NỘI DUNG

1. Việc thực hiện kế hoạch cải cách hành chính năm 2024 của đơn vị.

2. Việc tự đánh giá theo Bộ tiêu chí ban hành kèm theo Quyết định số 236/QĐ-UBND ngày 20/02/2023 của Ủy ban nhân dân huyện (đối với các xã, thị trấn).

3. Việc tiếp nhận, số hóa hồ sơ và trả kết quả giải quyết thủ tục hành chính; việc xin lỗi người dân khi trễ hạn.

III. TỔ CHỨC THỰC HIỆN

Phòng Nội vụ thành lập đoàn kiểm tra; sau mỗi cuộc kiểm tra, tham mưu Ủy ban nhân dân huyện thông báo kết luận.

Nơi nhận:
- UBND huyện (b/c);
- Các đơn vị được kiểm tra;
- Lưu: VT.
"""
    + NEW_HEAD
)

KH_48 = (
    head(
        "48/KH-UBND",
        "ngày 04 tháng 3 năm 2024",
        "KẾ HOẠCH",
        "Chuyển đổi số huyện Đông Sơn năm 2024",
    )
    + """
Thực hiện Kế hoạch số 06/KH-UBND ngày 08/01/2024 của Ủy ban nhân dân huyện về cải cách hành chính năm 2024; căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 và Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030, Ủy ban nhân dân huyện ban hành Kế hoạch chuyển đổi số năm 2024:

I. CHỈ TIÊU

1. Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến đạt từ 50% trở lên.

2. 100% hồ sơ thủ tục hành chính được số hóa ngay khi tiếp nhận tại Bộ phận Một cửa huyện và cấp xã.

3. Tỷ lệ hồ sơ có phí, lệ phí được thanh toán trực tuyến đạt từ 30% trở lên.

4. 17/17 xã, thị trấn có điểm hỗ trợ người dân nộp hồ sơ trực tuyến.

II. NHIỆM VỤ

1. Dữ liệu: số hóa sổ hộ tịch, hồ sơ đất đai đang lưu trữ tại huyện và xã.

2. Ứng dụng: sử dụng dữ liệu dân cư để giảm giấy tờ khi giải quyết thủ tục hộ tịch, chứng thực.

3. Nhân lực: tập huấn kỹ năng số cho 120 cán bộ, công chức cấp huyện, cấp xã.

III. KINH PHÍ

Từ dự toán ngân sách huyện năm 2024 và nguồn kinh phí hợp pháp khác.

Nơi nhận:
- Sở Thông tin và Truyền thông (b/c);
- Các cơ quan chuyên môn; UBND các xã, thị trấn;
- Lưu: VT, VHTT.
"""
    + UBND_VICE
)

QD_285 = (
    head(
        "285/QĐ-UBND",
        "ngày 15 tháng 3 năm 2024",
        "QUYẾT ĐỊNH",
        "Bãi bỏ Điều 9 Quy chế hoạt động của Bộ phận Một cửa huyện Đông Sơn ban hành kèm theo Quyết định số 420/QĐ-UBND ngày 28/3/2022 của Ủy ban nhân dân huyện",
    )
    + """
ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;

Theo đề nghị của Trưởng phòng Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Bãi bỏ Điều 9 (Tiếp nhận hồ sơ vào sáng thứ Bảy) của Quy chế hoạt động của Bộ phận Một cửa huyện Đông Sơn ban hành kèm theo Quyết định số 420/QĐ-UBND ngày 28/3/2022 của Ủy ban nhân dân huyện.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2024. Các điều khác của Quy chế tiếp tục được thực hiện.

Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Nội vụ và công chức làm việc tại Bộ phận Một cửa huyện chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Văn phòng UBND tỉnh (Phòng Kiểm soát TTHC);
- Lưu: VT, NV.
"""
    + UBND_VICE
)

BC_98 = (
    head(
        "98/BC-UBND",
        "ngày 22 tháng 3 năm 2024",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính quý I năm 2024",
    )
    + """
Thực hiện Kế hoạch số 06/KH-UBND ngày 8/01/2024 của Ủy ban nhân dân huyện về cải cách hành chính năm 2024, Ủy ban nhân dân huyện Đông Sơn báo cáo kết quả quý I năm 2024 (số liệu tính đến ngày 15/3/2024) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2024 có 36 nhiệm vụ; đã hoàn thành 08 nhiệm vụ.

2. Chỉ số cải cách hành chính: theo Quyết định số 540/QĐ-UBND ngày 18/3/2024 của Ủy ban nhân dân tỉnh công bố Chỉ số cải cách hành chính năm 2023, huyện Đông Sơn đạt 87,45 điểm, xếp thứ 3/11, tăng 02 bậc so với năm 2022.

3. Kiểm tra: Phòng Nội vụ ban hành Kế hoạch số 27/KH-PNV ngày 01/3/2024 kiểm tra công tác cải cách hành chính năm 2024 tại 08 đơn vị, bắt đầu từ quý II.

4. Tuyên truyền: thực hiện Kế hoạch số 23/KH-PNV ngày 26/02/2024 của Phòng Nội vụ về tuyên truyền cải cách hành chính năm 2024, đã đăng 12 tin, bài.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thể chế

Ủy ban nhân dân huyện ban hành Kế hoạch số 19/KH-UBND ngày 29/01/2024 về rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2024.

2. Cải cách thủ tục hành chính

Ủy ban nhân dân huyện ban hành Quyết định số 285/QĐ-UBND ngày 15/3/2024 bãi bỏ Điều 9 Quy chế hoạt động của Bộ phận Một cửa huyện ban hành kèm theo Quyết định số 420/QĐ-UBND ngày 28/3/2022 (có hiệu lực từ ngày 01/4/2024).

Huyện có 279 thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện, trong đó 138 thủ tục trực tuyến toàn trình (49,5%). Quý I tiếp nhận 3.905 hồ sơ, trong đó 1.642 hồ sơ trực tuyến (42,0%); giải quyết đúng hạn 3.881 hồ sơ (99,39%).

3. Cải cách tổ chức bộ máy

Phòng Nội vụ hoàn thiện dự thảo quy định mới về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng, trình Ủy ban nhân dân huyện trong quý II.

4. Cải cách chế độ công vụ

Ủy ban nhân dân huyện ban hành Kế hoạch số 57/KH-UBND ngày 20/3/2024 về đào tạo, bồi dưỡng cán bộ, công chức năm 2024.

5. Cải cách tài chính công

Trung tâm Văn hóa - Thông tin và Thể thao huyện xây dựng phương án tự chủ tài chính giai đoạn 2024 - 2026, trình Ủy ban nhân dân huyện phê duyệt.

6. Xây dựng chính quyền điện tử, chính quyền số

Ủy ban nhân dân huyện ban hành Kế hoạch số 48/KH-UBND ngày 04/3/2024 về chuyển đổi số năm 2024. Tỷ lệ văn bản đi được ký số đạt 95%.

III. NHIỆM VỤ QUÝ II

Bắt đầu kiểm tra theo Kế hoạch số 27/KH-PNV; ban hành quy định mới về chức năng, nhiệm vụ của Phòng Nội vụ; hướng dẫn các xã tự đánh giá Chỉ số cải cách hành chính năm 2024.

Nơi nhận:
- Sở Nội vụ;
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT, NV.
"""
    + UBND_VICE
)

CV_112 = (
    head(
        "112/PNV",
        "ngày 10 tháng 4 năm 2024",
        "",
        "V/v hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của Ủy ban nhân dân các xã, thị trấn",
        PNV,
    )
    + """
Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Thực hiện Kế hoạch số 06/KH-UBND ngày 08/01/2024 của Ủy ban nhân dân huyện về cải cách hành chính năm 2024 và Công văn số 1186/SNV-CCHC ngày 02/4/2024 của Sở Nội vụ tỉnh Hà Trung về việc hướng dẫn tự đánh giá Chỉ số cải cách hành chính năm 2024, Phòng Nội vụ hướng dẫn như sau:

1. Ủy ban nhân dân các xã, thị trấn tự đánh giá, chấm điểm theo Bộ tiêu chí ban hành kèm theo Quyết định số 236/QĐ-UBND ngày 20/02/2023 của Ủy ban nhân dân huyện (36 tiêu chí, thang điểm 100).

2. Mỗi tiêu chí có tài liệu kiểm chứng là văn bản, số liệu do xã ban hành hoặc trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; không chấm điểm tiêu chí thiếu tài liệu kiểm chứng.

3. Kết quả tự đánh giá và tài liệu kiểm chứng gửi Phòng Nội vụ trên Hệ thống quản lý văn bản và điều hành trước ngày 15/11/2024.

Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Phòng Nội vụ (bộ phận cải cách hành chính) để được hướng dẫn.

Trân trọng./.

Nơi nhận:
- Như trên;
- Chủ tịch, PCT UBND huyện (b/c);
- Lưu: VT, CCHC.
"""
    + NEW_HEAD
)

BC_254_HEAD = head(
    "254/BC-UBND",
    "ngày 23 tháng 9 năm 2024",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2024",
)
BC_254_BODY = """
Thực hiện Kế hoạch số 06/KH-UBND ngày 08/01/2024 của Ủy ban nhân dân huyện về cải cách hành chính năm 2024, Ủy ban nhân dân huyện Đông Sơn báo cáo kết quả 9 tháng đầu năm 2024 (số liệu tính đến ngày 15/9/2024) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2024 có 36 nhiệm vụ; đã hoàn thành 27 nhiệm vụ, 09 nhiệm vụ đang thực hiện.

2. Phòng Nội vụ có Công văn số 112/PNV ngày 10/4/2024 hướng dẫn Ủy ban nhân dân các xã, thị trấn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024.

3. Kiểm tra: thực hiện Kế hoạch số 27/KH-PNV ngày 01/3/2024 của Phòng Nội vụ, đã kiểm tra 06/08 đơn vị.

4. Tuyên truyền: thực hiện Kế hoạch số 23/KH-PNV ngày 26/02/2024, đã đăng 39 tin, bài.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thể chế

Thực hiện Kế hoạch số 19/KH-UBND ngày 29/01/2024, đã rà soát 38 văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân huyện ban hành; công bố danh mục văn bản còn hiệu lực.

2. Cải cách thủ tục hành chính

Quy chế hoạt động của Bộ phận Một cửa huyện ban hành kèm theo Quyết định số 420/QĐ-UBND ngày 28/3/2022 tiếp tục được thực hiện, trừ Điều 9 đã bị bãi bỏ tại Quyết định số 285/QĐ-UBND ngày 15/3/2024 (từ ngày 01/4/2024). Thực hiện Quyết định số 1687/QĐ-UBND ngày 02/8/2024 của Chủ tịch Ủy ban nhân dân tỉnh công bố danh mục thủ tục hành chính được sửa đổi, bổ sung lĩnh vực đất đai thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp huyện, Bộ phận Một cửa huyện đã cập nhật niêm yết.

Huyện có 281 thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện, trong đó 146 thủ tục trực tuyến toàn trình (52,0%). 9 tháng đầu năm tiếp nhận 12.644 hồ sơ, trong đó 5.816 hồ sơ trực tuyến (46,0%); giải quyết đúng hạn 12.580 hồ sơ (99,49%), trễ hạn 64 hồ sơ.

3. Cải cách tổ chức bộ máy

Ủy ban nhân dân huyện ban hành Quyết định số 1265/QĐ-UBND ngày 22/7/2024 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng Nội vụ huyện Đông Sơn, thay thế Quyết định số 2178/QĐ-UBND ngày 28/9/2021.

4. Cải cách chế độ công vụ

Quy chế làm việc của Ủy ban nhân dân huyện ban hành kèm theo Quyết định số 2034/QĐ-UBND ngày 10/9/2021, đã được sửa đổi khoản 2 Điều 14 tại Quyết định số 1108/QĐ-UBND ngày 14/8/2023, được thực hiện nghiêm. Thực hiện Kế hoạch số 57/KH-UBND ngày 20/3/2024, đã cử 167 lượt cán bộ, công chức đi đào tạo, bồi dưỡng.

5. Cải cách tài chính công

Ủy ban nhân dân huyện ban hành Quyết định số 402/QĐ-UBND ngày 08/4/2024 phê duyệt phương án tự chủ tài chính giai đoạn 2024 - 2026 của Trung tâm Văn hóa - Thông tin và Thể thao huyện. Tiết kiệm chi thường xuyên 9 tháng là 870 triệu đồng.

6. Xây dựng chính quyền điện tử, chính quyền số

Thực hiện Kế hoạch số 48/KH-UBND ngày 04/3/2024, 17/17 xã, thị trấn có điểm hỗ trợ người dân nộp hồ sơ trực tuyến; tỷ lệ hồ sơ có phí, lệ phí được thanh toán trực tuyến đạt 24,5%; tỷ lệ văn bản đi được ký số đạt 96%.

III. SỐ LIỆU 9 THÁNG SO VỚI KẾ HOẠCH NĂM 2024
"""
BC_254_TABLE = [
    ["Chỉ tiêu", "Kế hoạch năm 2024", "Thực hiện 9 tháng"],
    ["Nhiệm vụ hoàn thành", "36", "27"],
    ["Thủ tục trực tuyến toàn trình", "từ 55%", "146/281 thủ tục (52,0%)"],
    ["Hồ sơ trực tuyến", "từ 45%", "5.816/12.644 hồ sơ (46,0%)"],
    ["Hồ sơ giải quyết đúng hạn", "từ 99%", "12.580 hồ sơ (99,49%)"],
    ["Đơn vị được kiểm tra", "08", "06"],
    ["Tin, bài tuyên truyền", "50", "39"],
    ["Lượt cán bộ, công chức được bồi dưỡng", "220", "167"],
    ["Văn bản đi được ký số", "từ 95%", "96%"],
]
BC_254_AFTER = (
    """IV. TỒN TẠI, HẠN CHẾ

Tỷ lệ thủ tục trực tuyến toàn trình chưa đạt chỉ tiêu; còn 64 hồ sơ trễ hạn, chủ yếu lĩnh vực đất đai; tỷ lệ thanh toán trực tuyến còn thấp.

V. NHIỆM VỤ QUÝ IV NĂM 2024

Ban hành Quy chế tổ chức và hoạt động mới của Bộ phận Một cửa huyện; kiểm tra 02 đơn vị còn lại; hoàn thành 09 nhiệm vụ đang thực hiện.

Nơi nhận:
- Sở Nội vụ;
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT, NV.
"""
    + UBND_NEW_CHAIRMAN
)

QD_1795 = (
    head(
        "1795/QĐ-UBND",
        "ngày 05 tháng 11 năm 2024",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa huyện Đông Sơn",
    )
    + """
ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;

Căn cứ Thông tư số 01/2023/TT-VPCP ngày 05 tháng 4 năm 2023 của Văn phòng Chính phủ quy định một số nội dung và biện pháp thi hành trong số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và thực hiện thủ tục hành chính trên môi trường điện tử;

Căn cứ Quyết định số 1265/QĐ-UBND ngày 22/7/2024 của Ủy ban nhân dân huyện quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng Nội vụ huyện Đông Sơn;

Theo đề nghị của Trưởng phòng Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Bộ phận Một cửa huyện Đông Sơn.

Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 11 năm 2024 và thay thế Quyết định số 420/QĐ-UBND ngày 28/3/2022 của Ủy ban nhân dân huyện ban hành Quy chế hoạt động của Bộ phận Một cửa huyện Đông Sơn và Quyết định số 285/QĐ-UBND ngày 15/3/2024 của Ủy ban nhân dân huyện bãi bỏ Điều 9 của Quy chế đó.

Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Nội vụ, Thủ trưởng các cơ quan chuyên môn có thủ tục hành chính và công chức làm việc tại Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Văn phòng UBND tỉnh (Phòng Kiểm soát TTHC);
- Sở Nội vụ;
- Lưu: VT, NV.
"""
    + UBND_VICE
    + """
QUY CHẾ
Tổ chức và hoạt động của Bộ phận Một cửa huyện Đông Sơn

Điều 5. Vị trí, tổ chức

Bộ phận Một cửa huyện đặt tại tầng 1 trụ sở Ủy ban nhân dân huyện, do Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện quản lý; Phòng Nội vụ hướng dẫn, kiểm tra nghiệp vụ cải cách thủ tục hành chính.

Điều 8. Số hóa hồ sơ

Hồ sơ nộp trực tiếp được công chức tại Bộ phận Một cửa số hóa ngay khi tiếp nhận; kết quả giải quyết được số hóa trước khi trả; người dân không phải nộp lại giấy tờ đã được số hóa.

Điều 10. Thời gian làm việc

Bộ phận Một cửa làm việc từ thứ Hai đến thứ Sáu hằng tuần theo giờ hành chính; hồ sơ trực tuyến được tiếp nhận mọi ngày trong tuần.
"""
)

LATE = (
    Sample("kh-06-2024-cchc-nam-2024.txt", "txt", (KH_06,)),
    Sample("kh-27-2024-pnv-kiem-tra-cchc.txt", "txt", (KH_27,)),
    Sample(
        "kh-48-2024-chuyen-doi-so-nam-2024.pdf",
        "pdf",
        (KH_48,),
        title="Kế hoạch chuyển đổi số năm 2024 (MẪU, hư cấu)",
    ),
    Sample("qd-285-2024-bai-bo-dieu-9-quy-che-mot-cua.txt", "txt", (QD_285,)),
    Sample("bc-98-2024-cchc-quy-i.txt", "txt", (BC_98,)),
    Sample("cv-112-2024-pnv-tu-danh-gia-chi-so-cchc-xa.txt", "txt", (CV_112,)),
    Sample(
        "bc-254-2024-cchc-9-thang-dau-nam.docx",
        "docx",
        (BC_254_HEAD, BC_254_BODY),
        table=BC_254_TABLE,
        after=BC_254_AFTER,
        title="Báo cáo CCHC 9 tháng đầu năm 2024 (MẪU, hư cấu)",
    ),
    Sample(
        "qd-1795-2024-quy-che-bo-phan-mot-cua.pdf",
        "pdf",
        (QD_1795,),
        title="Quy chế tổ chức và hoạt động Bộ phận Một cửa huyện 2024 (MẪU, hư cấu)",
    ),
)
