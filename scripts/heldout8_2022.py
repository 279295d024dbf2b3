"""Eighth held-out archive, 2022: Sở Giáo dục và Đào tạo of the fictional tỉnh Bắc Hòa. Do not
tune on it.

The year's plan; a Công văn to the districts' Phòng Giáo dục và Đào tạo and the schools; the
6-month report and the Thông báo of the Giám đốc's conclusions; one clause of the Quy chế
làm việc amended (effective after signing); new rules for the document system and digital
signatures, signed in December and effective from 01/01/2023, after the archive's last
document, the annual report of 16/12/2022 ("nay"). Facts:
``bench/data/heldout8_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout8_early import DEPUTY, NEW_DIRECTOR, OFFICE, head
from sample_header import Sample

KH_18 = (
    head(
        "18/KH-SGDĐT",
        "ngày 14 tháng 01 năm 2022",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2022",
    )
    + """
Thực hiện Kế hoạch số 04/KH-UBND ngày 06/01/2022 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2022 và Kế hoạch số 95/KH-SGDĐT ngày 12/10/2021 của Sở về cải cách hành chính giai đoạn 2021 - 2025, Sở Giáo dục và Đào tạo ban hành Kế hoạch cải cách hành chính năm 2022 như sau:

I. CHỈ TIÊU NĂM 2022

1. Hoàn thành 34 nhiệm vụ của Kế hoạch; giữ Chỉ số cải cách hành chính của Sở trong nhóm 05 sở, ban, ngành dẫn đầu.

2. Tỷ lệ thủ tục hành chính trực tuyến toàn trình đạt từ 70% trở lên; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt từ 65% trở lên; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 99,5% trở lên.

3. Kiểm tra công tác cải cách hành chính tại 08 đơn vị; đăng ít nhất 45 tin, bài tuyên truyền.

4. Cử 100 lượt công chức, viên chức đi bồi dưỡng; tỷ lệ văn bản đi được ký số đạt từ 95% trở lên.

II. NHIỆM VỤ

1. Ban hành kế hoạch kiểm tra cải cách hành chính năm 2022 trong tháng 02.

2. Sửa đổi quy định về họp cơ quan trong Quy chế làm việc của Sở để họp trực tuyến với Phòng Giáo dục và Đào tạo các huyện.

3. Tham mưu Ủy ban nhân dân tỉnh giao quyền tự chủ tài chính cho các trường trung học phổ thông giai đoạn 2022 - 2025.

4. Ban hành quy chế mới về Hệ thống quản lý văn bản và điều hành và chữ ký số thay cho quy chế năm 2020.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, tổng hợp; báo cáo 6 tháng trước ngày 25/6/2022 và báo cáo năm trước ngày 20/12/2022.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Các phòng thuộc Sở;
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
)

CV_45 = (
    head(
        "45/SGDĐT-VP",
        "ngày 20 tháng 01 năm 2022",
        "",
        "V/v đẩy mạnh tiếp nhận hồ sơ trực tuyến và thanh toán trực tuyến phí, lệ phí",
    )
    + """
Kính gửi:
- Phòng Giáo dục và Đào tạo các huyện, thành phố;
- Các trường trung học phổ thông, trung tâm giáo dục thường xuyên.

Thực hiện Chỉ thị số 14/CT-UBND ngày 09/8/2021 của Chủ tịch Ủy ban nhân dân tỉnh và Kế hoạch số 18/KH-SGDĐT ngày 14/01/2022 của Sở về cải cách hành chính năm 2022, Sở Giáo dục và Đào tạo đề nghị các đơn vị:

1. Hướng dẫn học sinh, cựu học sinh, cha mẹ học sinh nộp hồ sơ cấp bản sao văn bằng, chứng chỉ, chuyển trường trên Cổng dịch vụ công của tỉnh; tiếp tục thực hiện Hướng dẫn số 05/HD-SGDĐT ngày 10/9/2021 của Sở về tiếp nhận hồ sơ trực tuyến.

2. Niêm yết mã QR dẫn đến Cổng dịch vụ công tại phòng tiếp dân của đơn vị.

3. Khuyến khích thanh toán trực tuyến phí, lệ phí; không thu tiền mặt đối với hồ sơ nộp trực tuyến.

4. Báo cáo số hồ sơ đã hướng dẫn nộp trực tuyến về Sở (qua Văn phòng) trước ngày 25 hằng tháng.

Trân trọng./.

Nơi nhận:
- Như trên;
- Giám đốc Sở (b/c);
- Lưu: VT, VP.
"""
    + DEPUTY
)

BC_176_HEAD = head(
    "176/BC-SGDĐT",
    "ngày 24 tháng 6 năm 2022",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2022",
)
BC_176_BODY = """
Thực hiện Kế hoạch số 18/KH-SGDĐT ngày 14/01/2022 của Sở về cải cách hành chính năm 2022, Sở Giáo dục và Đào tạo báo cáo kết quả 6 tháng đầu năm 2022 (số liệu đến ngày 15/6/2022) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2022 có 34 nhiệm vụ; đến ngày 15/6/2022 đã hoàn thành 14/34 nhiệm vụ, các nhiệm vụ còn lại đang thực hiện đúng tiến độ.

2. Theo Quyết định số 603/QĐ-UBND ngày 08/4/2022 của Ủy ban nhân dân tỉnh công bố Chỉ số cải cách hành chính năm 2021, Sở đạt 87,14 điểm, xếp thứ 3/19 sở, ban, ngành, tăng 01 bậc so với năm 2020.

3. Thực hiện Kế hoạch số 25/KH-SGDĐT ngày 21/02/2022 về kiểm tra công tác cải cách hành chính năm 2022, đã kiểm tra 02 đơn vị; đã đăng 19 tin, bài tuyên truyền.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thủ tục hành chính: sau khi Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1105/QĐ-UBND ngày 19/5/2022 công bố danh mục thủ tục hành chính lĩnh vực giáo dục và đào tạo thuộc thẩm quyền giải quyết của Sở, Sở có 98 thủ tục hành chính, trong đó 71 thủ tục trực tuyến toàn trình. Sở có Công văn số 45/SGDĐT-VP ngày 20/01/2022 đề nghị các đơn vị hướng dẫn nộp hồ sơ trực tuyến.

2. Cải cách chế độ công vụ: đã cử 35 lượt công chức, viên chức đi bồi dưỡng.

3. Chính quyền số: tỷ lệ văn bản đi được ký số đạt 94%.

Số liệu giải quyết thủ tục hành chính 6 tháng đầu năm 2022:
"""
BC_176_TABLE = [
    ["Nội dung", "6 tháng đầu năm 2022"],
    ["Hồ sơ tiếp nhận", "3.045"],
    ["Trong đó hồ sơ trực tuyến", "1.827 (60,0%)"],
    ["Hồ sơ giải quyết đúng hạn", "3.036 (99,70%)"],
    ["Hồ sơ đang giải quyết, chưa đến hạn", "09"],
]
BC_176_AFTER = (
    """III. NHIỆM VỤ 6 THÁNG CUỐI NĂM

Sửa đổi quy định về họp cơ quan tại Quy chế làm việc của Sở; ban hành quy chế mới về văn bản điện tử và chữ ký số; trình Ủy ban nhân dân tỉnh phương án tự chủ tài chính của các trường trung học phổ thông.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DEPUTY
)

TB_112 = (
    head(
        "112/TB-SGDĐT",
        "ngày 08 tháng 7 năm 2022",
        "THÔNG BÁO",
        "Kết luận của Giám đốc Sở tại cuộc họp Ban Chỉ đạo cải cách hành chính sơ kết 6 tháng đầu năm 2022",
    )
    + """
Ngày 05/7/2022, bà Trần Thị Bích Ngọc, Giám đốc Sở, Trưởng Ban Chỉ đạo cải cách hành chính Sở (kiện toàn tại Quyết định số 388/QĐ-SGDĐT ngày 20/5/2021) chủ trì cuộc họp sơ kết công tác cải cách hành chính 6 tháng đầu năm 2022. Sau khi nghe Văn phòng Sở báo cáo kết quả (Báo cáo số 176/BC-SGDĐT ngày 24/6/2022) và ý kiến của các thành viên, Giám đốc Sở kết luận:

1. Sáu tháng đầu năm, Sở đã hoàn thành 14/34 nhiệm vụ; tỷ lệ hồ sơ trực tuyến đạt 60,0%, tỷ lệ hồ sơ đúng hạn đạt 99,70%; Chỉ số cải cách hành chính năm 2021 của Sở tăng 01 bậc.

2. Văn phòng Sở tham mưu sửa đổi khoản 2 Điều 15 Quy chế làm việc ban hành kèm theo Quyết định số 125/QĐ-SGDĐT ngày 18/3/2021 để họp cơ quan kết hợp trực tuyến với Phòng Giáo dục và Đào tạo các huyện, trình trong tháng 8/2022.

3. Văn phòng Sở xây dựng quy chế mới về Hệ thống quản lý văn bản và điều hành và chữ ký số, thay cho Quy chế ban hành kèm theo Quyết định số 734/QĐ-SGDĐT ngày 14/9/2020, trình trong quý IV.

4. Phòng Kế hoạch - Tài chính hoàn thiện tờ trình phương án tự chủ tài chính của các trường trung học phổ thông, trình Ủy ban nhân dân tỉnh trong tháng 9/2022.

5. Thanh tra Sở phối hợp với Văn phòng kiểm tra 06 đơn vị còn lại theo kế hoạch trong quý III và quý IV.

Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./.

Nơi nhận:
- Các thành viên Ban Chỉ đạo;
- Các phòng thuộc Sở;
- Lưu: VT, VP.
"""
    + OFFICE
)

QD_702 = (
    head(
        "702/QĐ-SGDĐT",
        "ngày 15 tháng 8 năm 2022",
        "QUYẾT ĐỊNH",
        "Sửa đổi khoản 2 Điều 15 Quy chế làm việc của Sở Giáo dục và Đào tạo ban hành kèm theo Quyết định số 125/QĐ-SGDĐT ngày 18 tháng 3 năm 2021",
    )
    + """
GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC HÒA

Căn cứ Quyết định số 12/2021/QĐ-UBND ngày 05/4/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo tỉnh Bắc Hòa;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi khoản 2 Điều 15 Quy chế làm việc của Sở Giáo dục và Đào tạo ban hành kèm theo Quyết định số 125/QĐ-SGDĐT ngày 18/3/2021 của Giám đốc Sở như sau:

"2. Họp cơ quan Sở được tổ chức mỗi tháng một lần vào chiều thứ Sáu của tuần cuối tháng, theo hình thức trực tiếp kết hợp trực tuyến; mỗi quý một lần có Trưởng phòng Giáo dục và Đào tạo các huyện, thành phố tham dự tại điểm cầu của huyện."

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2022. Các nội dung khác của Quy chế làm việc giữ nguyên hiệu lực.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.
"""
    + DEPUTY
)

QD_1018 = (
    head(
        "1018/QĐ-SGDĐT",
        "ngày 09 tháng 12 năm 2022",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế quản lý, sử dụng Hệ thống quản lý văn bản và điều hành và chữ ký số tại Sở Giáo dục và Đào tạo",
    )
    + """
GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC HÒA

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;

Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;

Căn cứ Quyết định số 12/2021/QĐ-UBND ngày 05/4/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo tỉnh Bắc Hòa;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng Hệ thống quản lý văn bản và điều hành và chữ ký số tại Sở Giáo dục và Đào tạo.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2023 và thay thế Quyết định số 734/QĐ-SGDĐT ngày 14/9/2020 của Giám đốc Sở ban hành Quy chế quản lý, vận hành, sử dụng Hệ thống quản lý văn bản và điều hành của Sở.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng thuộc Sở, công chức và người lao động chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Thông tin và Truyền thông;
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
    + """
QUY CHẾ
Quản lý, sử dụng Hệ thống quản lý văn bản và điều hành và chữ ký số

Điều 4. Văn bản điện tử

Toàn bộ văn bản đi của Sở, trừ văn bản mật, được ký số và gửi qua Hệ thống; hồ sơ công việc được lập và lưu trên Hệ thống.

Điều 7. Chữ ký số

Lãnh đạo Sở, Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng và văn thư được cấp chứng thư số; chữ ký số cá nhân dùng để ký văn bản trình, hồ sơ công việc.
"""
)

BC_335_HEAD = head(
    "335/BC-SGDĐT",
    "ngày 16 tháng 12 năm 2022",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2022",
)
BC_335_BODY = """
Thực hiện Kế hoạch số 18/KH-SGDĐT ngày 14/01/2022 của Sở Giáo dục và Đào tạo về cải cách hành chính năm 2022, Sở báo cáo kết quả năm 2022 (số liệu đến ngày 30/11/2022) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2022 có 34 nhiệm vụ; đã hoàn thành 33 nhiệm vụ (97,1%). Ban Chỉ đạo cải cách hành chính Sở họp sơ kết 6 tháng, kết luận tại Thông báo số 112/TB-SGDĐT ngày 08/7/2022.

2. Chỉ số cải cách hành chính năm 2021 của Sở theo Quyết định số 603/QĐ-UBND ngày 08/4/2022 của Ủy ban nhân dân tỉnh đạt 87,14 điểm, xếp thứ 3/19 sở, ban, ngành.

3. Thực hiện Kế hoạch số 25/KH-SGDĐT ngày 21/02/2022, đã kiểm tra 08 đơn vị (05 Phòng Giáo dục và Đào tạo, 03 trường trung học phổ thông); đã đăng 48 tin, bài tuyên truyền.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thủ tục hành chính

Thực hiện Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP, Bộ phận Một cửa đã số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ngay khi tiếp nhận. Sở có 101 thủ tục hành chính, trong đó 78 thủ tục trực tuyến toàn trình (77,2%). Năm 2022 tiếp nhận 6.654 hồ sơ, trong đó 4.458 hồ sơ trực tuyến (67,0%); giải quyết đúng hạn 6.641 hồ sơ (99,80%), trễ hạn 13 hồ sơ. Bộ phận Một cửa tiếp tục thực hiện Quy chế ban hành kèm theo Quyết định số 610/QĐ-SGDĐT ngày 26/8/2019, trừ Điều 10 đã bị bãi bỏ tại Quyết định số 455/QĐ-SGDĐT ngày 05/6/2020 (từ ngày 01/7/2020).

2. Cải cách tổ chức bộ máy

Các phòng thuộc Sở hoạt động ổn định theo Quyết định số 12/2021/QĐ-UBND ngày 05/4/2021 của Ủy ban nhân dân tỉnh và Quyết định số 540/QĐ-SGDĐT ngày 28/6/2021.

3. Cải cách chế độ công vụ

Quyết định số 125/QĐ-SGDĐT ngày 18/3/2021 ban hành Quy chế làm việc của Sở đã được sửa đổi khoản 2 Điều 15 tại Quyết định số 702/QĐ-SGDĐT ngày 15/8/2022 (có hiệu lực từ ngày 01/9/2022). Đã cử 102 lượt công chức, viên chức đi bồi dưỡng.

4. Cải cách tài chính công

Trên cơ sở Tờ trình số 96/TTr-SGDĐT ngày 12/9/2022 của Sở, Ủy ban nhân dân tỉnh ban hành Quyết định số 2045/QĐ-UBND ngày 14/10/2022 giao quyền tự chủ tài chính giai đoạn 2022 - 2025 cho 38 trường trung học phổ thông. Tiết kiệm chi thường xuyên 1,02 tỷ đồng.

5. Xây dựng chính quyền số

Tỷ lệ văn bản đi được ký số đạt 97%. Ngày 09/12/2022, Giám đốc Sở ban hành Quyết định số 1018/QĐ-SGDĐT về Quy chế quản lý, sử dụng Hệ thống quản lý văn bản và điều hành và chữ ký số, có hiệu lực từ ngày 01/01/2023, thay thế Quyết định số 734/QĐ-SGDĐT ngày 14/9/2020.

Kết quả so với chỉ tiêu của Kế hoạch năm 2022:
"""
BC_335_TABLE = [
    ["Chỉ tiêu", "Kế hoạch", "Kết quả"],
    ["Nhiệm vụ hoàn thành", "34", "33"],
    ["Tỷ lệ thủ tục trực tuyến toàn trình", "từ 70%", "77,2%"],
    ["Tỷ lệ hồ sơ trực tuyến", "từ 65%", "67,0%"],
    ["Tỷ lệ hồ sơ đúng hạn", "từ 99,5%", "99,80%"],
    ["Đơn vị được kiểm tra", "08", "08"],
    ["Lượt bồi dưỡng", "100", "102"],
    ["Tỷ lệ văn bản ký số", "từ 95%", "97%"],
]
BC_335_AFTER = (
    """III. PHƯƠNG HƯỚNG NĂM 2023

Triển khai Quy chế mới về văn bản điện tử và chữ ký số từ ngày 01/01/2023; nâng tỷ lệ hồ sơ trực tuyến; số hóa kết quả giải quyết thủ tục hành chính.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ;
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
)

LATE = (
    Sample("ke hoach cchc 2022.pdf", "pdf", (KH_18,), title="ke hoach cchc 2022 (MẪU, hư cấu)"),
    Sample("cong van so 45.txt", "txt", (CV_45,)),
    Sample(
        "BC 6 thang dau nam 2022.docx",
        "docx",
        (BC_176_HEAD, BC_176_BODY),
        table=BC_176_TABLE,
        after=BC_176_AFTER,
        title="Báo cáo CCHC 6 tháng đầu năm 2022 (MẪU, hư cấu)",
    ),
    Sample("thong bao ket luan so ket 6 thang.txt", "txt", (TB_112,)),
    Sample("qd-702-2022-sua-doi-quy-che-lam-viec.txt", "txt", (QD_702,)),
    Sample(
        "qd-1018-2022-quy-che-van-ban-dien-tu-chu-ky-so.pdf",
        "pdf",
        (QD_1018,),
        title="Quy chế văn bản điện tử và chữ ký số (MẪU, hư cấu)",
    ),
    Sample(
        "bc-335-2022-ket-qua-cchc-nam-2022.docx",
        "docx",
        (BC_335_HEAD, BC_335_BODY),
        table=BC_335_TABLE,
        after=BC_335_AFTER,
        title="Báo cáo CCHC năm 2022 (MẪU, hư cấu)",
    ),
)
