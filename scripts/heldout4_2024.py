"""Fourth held-out archive, 2024: the Sở Giao thông vận tải of the fictional tỉnh Vĩnh Hà. Do not tune on it.

The year's plan, the province's new decision on the Sở (same number 12 as the 2021 one,
effective after signing, replacing it), a repeal of one article of the working rules, the
divisions' new functions (effective later, replacing the 2022 decision), a công văn and the
half-year report. Facts: ``bench/data/heldout4_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout4_early import CHAIRMAN, DIRECTOR, UBND, head
from sample_header import Sample

KH_08_HEAD = head(
    "08/KH-SGTVT",
    "ngày 12 tháng 01 năm 2024",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2024",
)
KH_08_BODY = (
    """
Thực hiện Kế hoạch số 04/KH-UBND ngày 03 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2024; căn cứ Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 ban hành kèm theo Quyết định số 186/QĐ-SGTVT ngày 28 tháng 9 năm 2021 của Giám đốc Sở, Sở Giao thông vận tải ban hành Kế hoạch cải cách hành chính năm 2024 như sau:

I. CHỈ TIÊU

1. Hoàn thành 36 nhiệm vụ của Kế hoạch.

2. Trên 65% thủ tục hành chính được cung cấp trực tuyến toàn trình; tỷ lệ hồ sơ nộp trực tuyến đạt từ 50% trở lên; trên 99,9% hồ sơ giải quyết đúng hạn.

3. Đào tạo, bồi dưỡng 90 lượt công chức, viên chức.

II. NHIỆM VỤ TRỌNG TÂM

1. Quý I: ban hành kế hoạch kiểm tra, kế hoạch thông tin, tuyên truyền cải cách hành chính và kế hoạch chuyển đổi số năm 2024.

2. Quý I: quy định lại chức năng, nhiệm vụ của các phòng sau khi Ủy ban nhân dân tỉnh ban hành quyết định mới về Sở; bỏ Sổ giao việc bằng giấy.

3. Quý II: tiếp nhận trực tuyến toàn trình hồ sơ cấp đổi giấy phép lái xe.

4. Quý II: giao quyền tự chủ tài chính cho Trung tâm Đăng kiểm xe cơ giới.

5. Cả năm: tham mưu Ủy ban nhân dân tỉnh quy định quản lý đường giao thông nông thôn.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, đôn đốc; báo cáo 6 tháng trước ngày 15/6/2024 và báo cáo năm trước ngày 10/12/2024.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

QD_12_2024 = (
    head(
        "12/2024/QĐ-UBND",
        "ngày 25 tháng 01 năm 2024",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giao thông vận tải tỉnh Vĩnh Hà",
        UBND,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH VĨNH HÀ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;

Căn cứ Nghị định số 107/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ;

Theo đề nghị của Giám đốc Sở Giao thông vận tải tại Tờ trình số 205/TTr-SGTVT ngày 02 tháng 10 năm 2023 và ý kiến thẩm định của Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng

Sở Giao thông vận tải là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về: đường bộ, đường thủy nội địa; vận tải; an toàn giao thông; kết cấu hạ tầng giao thông và chất lượng công trình giao thông theo phân cấp.

Điều 2. Cơ cấu tổ chức

1. Lãnh đạo Sở: Giám đốc và không quá 03 Phó Giám đốc.

2. Các tổ chức tham mưu, tổng hợp và chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Kế hoạch - Tài chính; Phòng Quản lý vận tải, phương tiện và người lái; Phòng Quản lý kết cấu hạ tầng và chất lượng công trình giao thông.

3. Đơn vị sự nghiệp công lập: Ban Quản lý bảo trì đường bộ; Trung tâm Đăng kiểm xe cơ giới; Trung tâm Sát hạch lái xe.

Điều 3. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày 10 tháng 02 năm 2024 và thay thế Quyết định số 12/2021/QĐ-UBND ngày 08 tháng 3 năm 2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giao thông vận tải tỉnh Vĩnh Hà.

Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Giao thông vận tải và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Bộ Giao thông vận tải;
- Cục Kiểm tra văn bản QPPL (Bộ Tư pháp);
- Lưu: VT, NC.
"""
    + CHAIRMAN
)

QD_22 = (
    head(
        "22/QĐ-SGTVT",
        "ngày 29 tháng 01 năm 2024",
        "QUYẾT ĐỊNH",
        "Bãi bỏ Điều 7 của Quy chế làm việc ban hành kèm theo Quyết định số 142/QĐ-SGTVT ngày 15 tháng 7 năm 2022",
    )
    + """
GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Bãi bỏ Điều 7 (Sổ giao việc) của Quy chế làm việc của Sở Giao thông vận tải tỉnh Vĩnh Hà ban hành kèm theo Quyết định số 142/QĐ-SGTVT ngày 15/7/2022 của Giám đốc Sở. Việc giao việc, theo dõi thời hạn thực hiện nhiệm vụ được thực hiện trên Hệ thống quản lý văn bản và điều hành.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng, Thủ trưởng các đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

QD_40_HEAD = head(
    "40/QĐ-SGTVT",
    "ngày 26 tháng 02 năm 2024",
    "QUYẾT ĐỊNH",
    "Quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng, Thanh tra và các phòng chuyên môn, nghiệp vụ thuộc Sở Giao thông vận tải",
)
QD_40_BODY = (
    """
GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI

Căn cứ Quyết định số 12/2024/QĐ-UBND ngày 25 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giao thông vận tải tỉnh Vĩnh Hà;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Văn phòng Sở: tham mưu tổng hợp, hành chính, tổ chức cán bộ, cải cách hành chính; quản lý Bộ phận Một cửa của Sở.

Điều 2. Thanh tra Sở: thanh tra hành chính, thanh tra chuyên ngành giao thông vận tải; tiếp công dân, giải quyết khiếu nại, tố cáo, phòng, chống tham nhũng.

Điều 3. Phòng Kế hoạch - Tài chính: kế hoạch, đầu tư, ngân sách, kế toán, tài sản công; hướng dẫn đơn vị sự nghiệp thực hiện tự chủ tài chính.

Điều 4. Phòng Quản lý vận tải, phương tiện và người lái: quản lý vận tải, phương tiện, đào tạo, sát hạch, cấp, đổi giấy phép lái xe.

Điều 5. Phòng Quản lý kết cấu hạ tầng và chất lượng công trình giao thông: quản lý, bảo trì đường tỉnh, đường thủy nội địa địa phương; cấp phép thi công trên đường bộ đang khai thác; quản lý chất lượng công trình giao thông theo phân cấp.

Điều 6. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày 01 tháng 3 năm 2024 và thay thế Quyết định số 96/QĐ-SGTVT ngày 16 tháng 5 năm 2022 của Giám đốc Sở Giao thông vận tải.

Điều 7. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng chuyên môn, nghiệp vụ chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 7;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

CV_412 = (
    head(
        "412/SGTVT-VP",
        "ngày 02 tháng 4 năm 2024",
        "",
        "V/v tiếp nhận hồ sơ trực tuyến toàn trình thủ tục cấp đổi giấy phép lái xe",
    )
    + """
Kính gửi:
- Phòng Quản lý vận tải, phương tiện và người lái;
- Trung tâm Sát hạch lái xe.

Thực hiện Kế hoạch số 08/KH-SGTVT ngày 12/01/2024 của Sở về cải cách hành chính năm 2024; ngày 22/3/2024, Chủ tịch Ủy ban nhân dân tỉnh đã ban hành Quyết định số 620/QĐ-UBND công bố danh mục thủ tục hành chính được thực hiện trực tuyến toàn trình thuộc thẩm quyền giải quyết của Sở Giao thông vận tải, trong đó có thủ tục cấp đổi giấy phép lái xe. Sở Giao thông vận tải đề nghị:

1. Từ ngày 15/4/2024, tiếp nhận hồ sơ cấp đổi giấy phép lái xe trực tuyến toàn trình trên Cổng dịch vụ công quốc gia; sử dụng dữ liệu giấy khám sức khỏe điện tử, không yêu cầu người dân nộp bản giấy.

2. Công chức tại quầy giấy phép lái xe của Bộ phận Một cửa hướng dẫn người dân nộp trực tuyến theo Điều 9 Quy chế ban hành kèm theo Quyết định số 118/QĐ-SGTVT ngày 12/6/2023.

3. Báo cáo số hồ sơ tiếp nhận trực tuyến về Văn phòng Sở trước ngày 05 hằng tháng.

Đề nghị các đơn vị khẩn trương triển khai./.

Nơi nhận:
- Như trên;
- Giám đốc Sở (b/c);
- Lưu: VT, VP.

TL. GIÁM ĐỐC
CHÁNH VĂN PHÒNG

(Đã ký)

Võ Thành Trung
"""
)

BC_156 = (
    head(
        "156/BC-SGTVT",
        "ngày 14 tháng 6 năm 2024",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024",
    )
    + """
Thực hiện Kế hoạch số 08/KH-SGTVT ngày 12/01/2024 của Sở về cải cách hành chính năm 2024, Sở Giao thông vận tải báo cáo kết quả 6 tháng đầu năm 2024 như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2024 có 36 nhiệm vụ; đến ngày 10/6/2024 hoàn thành 17 nhiệm vụ, các nhiệm vụ còn lại đang triển khai đúng tiến độ.

2. Kiểm tra: Sở ban hành Kế hoạch số 39/KH-SGTVT ngày 01/3/2024 về kiểm tra công tác cải cách hành chính năm 2024; đã kiểm tra 02/08 phòng, đơn vị.

3. Tuyên truyền: Sở ban hành Kế hoạch số 45/KH-SGTVT ngày 04/3/2024 về thông tin, tuyên truyền cải cách hành chính năm 2024; đăng 27 tin, bài.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thể chế

Sở tham mưu Ủy ban nhân dân tỉnh ban hành Quyết định số 18/2024/QĐ-UBND ngày 10/5/2024 ban hành Quy định quản lý, vận hành, khai thác đường giao thông nông thôn trên địa bàn tỉnh.

2. Cải cách thủ tục hành chính

Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 620/QĐ-UBND ngày 22/3/2024 công bố danh mục thủ tục hành chính được thực hiện trực tuyến toàn trình thuộc thẩm quyền giải quyết của Sở Giao thông vận tải. Sở có Công văn số 412/SGTVT-VP ngày 02/4/2024 triển khai tiếp nhận trực tuyến toàn trình hồ sơ cấp đổi giấy phép lái xe từ ngày 15/4/2024. Sở có 126 thủ tục hành chính, trong đó 84 thủ tục trực tuyến toàn trình (66,7%). 6 tháng đầu năm, Sở tiếp nhận 27.815 hồ sơ, trong đó 15.102 hồ sơ trực tuyến (54,3%); giải quyết đúng hạn 27.809 hồ sơ (99,98%).

3. Cải cách tổ chức bộ máy

Ủy ban nhân dân tỉnh ban hành Quyết định số 12/2024/QĐ-UBND ngày 25/01/2024 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giao thông vận tải (có hiệu lực từ ngày 10/02/2024), thay thế Quyết định số 12/2021/QĐ-UBND ngày 08/3/2021. Giám đốc Sở ban hành Quyết định số 40/QĐ-SGTVT ngày 26/02/2024 quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng, Thanh tra và các phòng chuyên môn, nghiệp vụ (có hiệu lực từ ngày 01/3/2024), thay thế Quyết định số 96/QĐ-SGTVT ngày 16/5/2022. Sau sắp xếp, Sở có Văn phòng, Thanh tra, 03 phòng chuyên môn và 03 đơn vị sự nghiệp; giảm 01 phòng, 02 lãnh đạo cấp phòng.

4. Cải cách chế độ công vụ

Giám đốc Sở ban hành Quyết định số 22/QĐ-SGTVT ngày 29/01/2024 bãi bỏ Điều 7 của Quy chế làm việc ban hành kèm theo Quyết định số 142/QĐ-SGTVT ngày 15/7/2022; việc giao việc thực hiện trên Hệ thống quản lý văn bản và điều hành. Cử 38 lượt công chức, viên chức đi đào tạo, bồi dưỡng.

5. Cải cách tài chính công

Sở thực hiện Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 35/QĐ-SGTVT ngày 21/02/2022, đã được sửa đổi Điều 9 tại Quyết định số 28/QĐ-SGTVT ngày 17/02/2023. Giám đốc Sở ban hành Quyết định số 97/QĐ-SGTVT ngày 19/4/2024 giao quyền tự chủ tài chính giai đoạn 2024 - 2026 cho Trung tâm Đăng kiểm xe cơ giới.

6. Xây dựng chính quyền điện tử, chính quyền số

Sở ban hành Kế hoạch số 52/KH-SGTVT ngày 14/3/2024 về chuyển đổi số năm 2024, triển khai Kế hoạch chuyển đổi số giai đoạn 2023 - 2025 ban hành kèm theo Quyết định số 176/QĐ-SGTVT ngày 25/8/2023. Đã số hóa 31.400 hồ sơ giấy phép lái xe; tỷ lệ văn bản đi được ký số đạt 98,5%.

III. HẠN CHẾ

Một số cơ sở khám sức khỏe chưa liên thông dữ liệu giấy khám sức khỏe điện tử, người dân vẫn phải nộp bản giấy.

IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024

Hoàn thành kiểm tra 06 phòng, đơn vị còn lại; số hóa hồ sơ giấy phép lái xe còn lại; tổng kết 03 năm thực hiện Quy chế chi tiêu nội bộ.

Nơi nhận:
- UBND tỉnh;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

LATE = (
    Sample(
        "kh-08-2024-cchc-nam-2024.pdf",
        "pdf",
        (KH_08_HEAD, KH_08_BODY),
        title="Kế hoạch CCHC năm 2024 (MẪU, hư cấu)",
    ),
    Sample(
        "qd-12-2024-qd-ubnd-chuc-nang-so-gtvt.pdf",
        "pdf",
        (QD_12_2024,),
        title="Quyết định 12/2024/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample("qd-22-2024-bai-bo-dieu-7-quy-che-lam-viec.txt", "txt", (QD_22,)),
    Sample(
        "qd-40-2024-chuc-nang-cac-phong.docx",
        "docx",
        (QD_40_HEAD, QD_40_BODY),
        title="Chức năng các phòng 2024 (MẪU, hư cấu)",
    ),
    Sample("cv-412-2024-truc-tuyen-giay-phep-lai-xe.txt", "txt", (CV_412,)),
    Sample("bc-156-2024-cchc-6-thang-dau-nam.txt", "txt", (BC_156,)),
)
