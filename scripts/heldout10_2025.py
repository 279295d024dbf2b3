"""Tenth held-out archive, 2025: the last months of the Sở Tư pháp of the fictional tỉnh Lạc
Giang and of the fictional tỉnh Tây Phong, and the first months of the merged Sở Tư pháp of
tỉnh Lạc Giang (from 01/7/2025). Do not tune on it.

From 01/7/2025 the two provinces are one, tỉnh Lạc Giang (the real Nghị quyết 202/2025/QH15
reorganised provinces; the names here are fictional), districts are abolished and the
communes take over hộ tịch and chứng thực. The two former Sở's 2025 plans; the Lạc Giang Sở's
Công văn handing the district Phòng Tư pháp's registers to the communes; the Tây Phong Sở's
Công văn handing its records over; the merged Sở's Thông báo, its Quy chế làm việc
(replacing both former ones in one sentence), the UBND tỉnh's regulation on its functions
(ending both former provinces'), its 2025 plan (replacing both former plans), its Công văn
to the communes and the 2025 report for the whole province (which dates 61/QĐ-STP wrongly).
Facts: ``bench/data/heldout10_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout10_early import DEPUTY, DIRECTOR, TP_DIRECTOR, UBND, head, head_tp
from sample_header import Sample

# The merged Sở: Giám đốc Hà Văn Khải (the former Tây Phong Giám đốc); Phó Giám đốc Trần Quang
# Vinh (the former Lạc Giang Giám đốc) and Nguyễn Thị Hồng Nhung sign KT. GIÁM ĐỐC.
M_DIRECTOR = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nHà Văn Khải\n"
M_VINH = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nTrần Quang Vinh\n"
M_NHUNG = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nNguyễn Thị Hồng Nhung\n"
UBND_VICE = "\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nLý Thị Mai\n"

KH_05 = (
    head(
        "05/KH-STP",
        "ngày 09 tháng 01 năm 2025",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2025 của Sở Tư pháp",
    )
    + """
Thực hiện Kế hoạch số 03/KH-UBND ngày 06/01/2025 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2025, Sở Tư pháp ban hành Kế hoạch cải cách hành chính năm 2025 như sau:

I. CHỈ TIÊU

1. Hoàn thành 33 nhiệm vụ của Kế hoạch.

2. Tỷ lệ thủ tục hành chính trực tuyến toàn trình đạt từ 55% trở lên; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt từ 65% trở lên; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 99,5% trở lên; tỷ lệ Phiếu lý lịch tư pháp cấp qua ứng dụng VNeID đạt từ 40% trở lên.

3. Kiểm tra công tác cải cách hành chính, hộ tịch, chứng thực tại 06 Phòng Tư pháp cấp huyện; cử 55 lượt công chức đi bồi dưỡng.

II. NHIỆM VỤ

1. Bảo đảm tiếp nhận, giải quyết thủ tục hành chính về lý lịch tư pháp, quốc tịch, hộ tịch liên tục, không gián đoạn trong quá trình sắp xếp tổ chức bộ máy.

2. Số hóa sổ hộ tịch đang lưu tại Sở và Phòng Tư pháp cấp huyện.

3. Các nhiệm vụ của Kế hoạch này được điều chỉnh khi có chủ trương sắp xếp đơn vị hành chính cấp tỉnh, cấp xã.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

KH_07_TP_HEAD = head_tp(
    "07/KH-STP",
    "ngày 13 tháng 01 năm 2025",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2025 của Sở Tư pháp tỉnh Tây Phong",
)
KH_07_TP_BODY = """
Thực hiện Kế hoạch số 05/KH-UBND ngày 07/01/2025 của Ủy ban nhân dân tỉnh Tây Phong về cải cách hành chính năm 2025, Sở Tư pháp tỉnh Tây Phong ban hành Kế hoạch cải cách hành chính năm 2025 với các chỉ tiêu sau:
"""
KH_07_TP_TABLE = [
    ["STT", "Chỉ tiêu năm 2025", "Mức phấn đấu"],
    ["1", "Nhiệm vụ của Kế hoạch hoàn thành", "27/27"],
    ["2", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "từ 60%"],
    ["3", "Tỷ lệ hồ sơ giải quyết đúng hạn", "từ 99%"],
    ["4", "Tỷ lệ Phiếu lý lịch tư pháp cấp qua ứng dụng VNeID", "từ 35%"],
    ["5", "Phòng Tư pháp cấp huyện được kiểm tra", "05"],
    ["6", "Lượt công chức được bồi dưỡng", "40"],
]
KH_07_TP_AFTER = (
    """NHIỆM VỤ TRỌNG TÂM

1. Duy trì Quy chế làm việc và Quy chế một cửa của Sở; chuẩn bị hồ sơ, tài liệu phục vụ sắp xếp tổ chức bộ máy.

2. Nâng tỷ lệ cấp Phiếu lý lịch tư pháp bản điện tử.

Nơi nhận:
- UBND tỉnh Tây Phong (b/c);
- Các phòng thuộc Sở;
- Lưu: VT, VP."""
    + TP_DIRECTOR
)

CV_161_TP = (
    head_tp(
        "161/STP-VP",
        "ngày 20 tháng 6 năm 2025",
        "",
        "V/v bàn giao hồ sơ, tài liệu, dữ liệu của Sở Tư pháp tỉnh Tây Phong khi sắp xếp đơn vị hành chính cấp tỉnh",
    )
    + """
Kính gửi: Sở Tư pháp tỉnh Lạc Giang.

Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh, theo đó tỉnh Tây Phong và tỉnh Lạc Giang được sắp xếp thành tỉnh Lạc Giang, Sở Tư pháp tỉnh Tây Phong bàn giao cho Sở Tư pháp tỉnh Lạc Giang như sau:

1. Hồ sơ, tài liệu lưu trữ của Sở, đã chỉnh lý theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư, gồm 412 hồ sơ; trong đó có Quy chế làm việc ban hành kèm theo Quyết định số 45/QĐ-STP ngày 02/5/2024, Kế hoạch số 07/KH-STP ngày 13/01/2025 về cải cách hành chính năm 2025 và Báo cáo số 118/BC-STP ngày 10/12/2024 về kết quả cải cách hành chính năm 2024.

2. Cơ sở dữ liệu lý lịch tư pháp của tỉnh Tây Phong với 61.250 hồ sơ lý lịch tư pháp.

3. 214 hồ sơ thủ tục hành chính đã tiếp nhận nhưng chưa giải quyết xong đến hết ngày 30/6/2025, kèm danh sách; Sở Tư pháp tỉnh Lạc Giang tiếp tục giải quyết, không yêu cầu người dân nộp lại hồ sơ.

Trân trọng./.

Nơi nhận:
- Như trên;
- UBND tỉnh Tây Phong (b/c);
- Lưu: VT, VP.
"""
    + TP_DIRECTOR
)

CV_318 = (
    head(
        "318/STP-HCTP",
        "ngày 23 tháng 6 năm 2025",
        "",
        "V/v bàn giao sổ hộ tịch, sổ chứng thực của Phòng Tư pháp cấp huyện khi kết thúc hoạt động của chính quyền địa phương cấp huyện",
    )
    + """
Kính gửi:
- Ủy ban nhân dân các huyện, thị xã, thành phố;
- Phòng Tư pháp các huyện, thị xã, thành phố.

Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh và Nghị định số 120/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp, từ ngày 01/7/2025 không tổ chức chính quyền địa phương cấp huyện, Sở Tư pháp đề nghị:

1. Phòng Tư pháp lập danh mục và bàn giao toàn bộ sổ hộ tịch, sổ chứng thực, hồ sơ lưu trữ cho Ủy ban nhân dân xã, phường nơi tiếp nhận nhiệm vụ trước ngày 30/6/2025 (toàn tỉnh dự kiến 1.846 quyển sổ hộ tịch).

2. Hồ sơ hộ tịch, chứng thực đã tiếp nhận nhưng chưa giải quyết xong được bàn giao cùng danh sách để Ủy ban nhân dân cấp xã tiếp tục giải quyết.

3. Tài khoản của Phòng Tư pháp trên Phần mềm đăng ký, quản lý hộ tịch điện tử được chuyển cho công chức tư pháp - hộ tịch cấp xã từ ngày 01/7/2025.

Trân trọng./.

Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Lưu: VT, HCTP.
"""
    + DEPUTY
)

TB_01 = (
    head(
        "01/TB-STP",
        "ngày 01 tháng 7 năm 2025",
        "THÔNG BÁO",
        "Về việc tổ chức hoạt động của Sở Tư pháp tỉnh Lạc Giang sau sắp xếp và địa điểm tiếp nhận hồ sơ thủ tục hành chính",
    )
    + """
Thực hiện Quyết định số 08/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh về việc thành lập Sở Tư pháp tỉnh Lạc Giang trên cơ sở hợp nhất Sở Tư pháp tỉnh Lạc Giang và Sở Tư pháp tỉnh Tây Phong, Sở Tư pháp thông báo:

1. Từ ngày 01/7/2025, Sở Tư pháp tỉnh Lạc Giang (sau sắp xếp) chính thức hoạt động. Trụ sở chính đặt tại trụ sở Sở Tư pháp tỉnh Lạc Giang trước sắp xếp; cơ sở 2 đặt tại trụ sở Sở Tư pháp tỉnh Tây Phong trước sắp xếp.

2. Hồ sơ thủ tục hành chính được tiếp nhận tại quầy của Sở tại Trung tâm Phục vụ hành chính công tỉnh (cơ sở 1 và cơ sở 2) hoặc trên Cổng dịch vụ công quốc gia. Trong khi chờ ban hành quy chế mới, tại cơ sở 1 tiếp tục áp dụng Quy chế ban hành kèm theo Quyết định số 52/QĐ-STP ngày 12/4/2023 (đã được sửa đổi tại Quyết định số 61/QĐ-STP ngày 22/4/2024); tại cơ sở 2 tiếp tục áp dụng Quy chế ban hành kèm theo Quyết định số 73/QĐ-STP ngày 18/9/2023 của Sở Tư pháp tỉnh Tây Phong.

3. Phòng Tư pháp cấp huyện kết thúc hoạt động từ ngày 01/7/2025; việc đăng ký hộ tịch, chứng thực thuộc thẩm quyền của Ủy ban nhân dân xã, phường. Sổ hộ tịch, sổ chứng thực được bàn giao theo Công văn số 318/STP-HCTP ngày 23/6/2025.

4. Giấy tờ, kết quả giải quyết thủ tục hành chính do Sở Tư pháp tỉnh Lạc Giang và Sở Tư pháp tỉnh Tây Phong cấp trước ngày 01/7/2025 tiếp tục có giá trị sử dụng.

Sở Tư pháp thông báo để tổ chức, cá nhân biết, thực hiện./.

Nơi nhận:
- Trung tâm Phục vụ hành chính công tỉnh;
- UBND các xã, phường;
- Lưu: VT, VP.
"""
    + M_DIRECTOR
)

QD_09_HEAD = head(
    "09/QĐ-STP",
    "ngày 14 tháng 7 năm 2025",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế làm việc của Sở Tư pháp tỉnh Lạc Giang",
)
QD_09_BODY = (
    """
GIÁM ĐỐC SỞ TƯ PHÁP TỈNH LẠC GIANG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Quyết định số 08/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh về việc thành lập Sở Tư pháp tỉnh Lạc Giang trên cơ sở hợp nhất Sở Tư pháp tỉnh Lạc Giang và Sở Tư pháp tỉnh Tây Phong;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Tư pháp tỉnh Lạc Giang.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 38/QĐ-STP ngày 20/3/2023 của Giám đốc Sở Tư pháp tỉnh Lạc Giang và Quyết định số 45/QĐ-STP ngày 02/5/2024 của Giám đốc Sở Tư pháp tỉnh Tây Phong ban hành Quy chế làm việc của các Sở.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng thuộc Sở và công chức, người lao động chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (b/c);
- Lưu: VT, VP.
"""
    + M_DIRECTOR
    + """
QUY CHẾ
Làm việc của Sở Tư pháp tỉnh Lạc Giang

Điều 4. Phân công lãnh đạo Sở

Giám đốc và các Phó Giám đốc Sở phụ trách các lĩnh vực theo bảng dưới đây.
"""
)
QD_09_TABLE = [
    ["Lãnh đạo Sở", "Chức vụ", "Lĩnh vực phụ trách"],
    ["Hà Văn Khải", "Giám đốc", "Điều hành chung; tổ chức cán bộ; thanh tra"],
    [
        "Trần Quang Vinh",
        "Phó Giám đốc",
        "Hành chính tư pháp (hộ tịch, chứng thực, lý lịch tư pháp, quốc tịch); cải cách hành chính",
    ],
    [
        "Nguyễn Thị Hồng Nhung",
        "Phó Giám đốc",
        "Xây dựng, kiểm tra và rà soát văn bản; theo dõi thi hành pháp luật",
    ],
    [
        "Vũ Thị Lan",
        "Phó Giám đốc",
        "Phổ biến, giáo dục pháp luật; bổ trợ tư pháp; phụ trách cơ sở 2",
    ],
]
QD_09_AFTER = """Điều 11. Giao ban

1. Giao ban lãnh đạo Sở vào sáng thứ Hai hằng tuần, kết nối trực tuyến với cơ sở 2.

2. Giao ban trực tuyến với công chức tư pháp - hộ tịch các xã, phường mỗi quý một lần.

Điều 17. Tiếp công dân

Giám đốc Sở tiếp công dân định kỳ vào ngày 15 hằng tháng tại trụ sở chính; Phó Giám đốc phụ trách cơ sở 2 tiếp công dân vào ngày 25 hằng tháng tại cơ sở 2."""

QD_19_2025 = (
    head(
        "19/2025/QĐ-UBND",
        "ngày 18 tháng 7 năm 2025",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp tỉnh Lạc Giang",
        UBND,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH LẠC GIANG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;

Căn cứ Nghị định số 120/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp;

Căn cứ Quyết định số 08/QĐ-UBND ngày 01 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh về việc thành lập Sở Tư pháp tỉnh Lạc Giang trên cơ sở hợp nhất Sở Tư pháp tỉnh Lạc Giang và Sở Tư pháp tỉnh Tây Phong;

Theo đề nghị của Giám đốc Sở Tư pháp và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng

Sở Tư pháp là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về xây dựng và thi hành pháp luật, kiểm tra, rà soát văn bản quy phạm pháp luật, phổ biến, giáo dục pháp luật, hộ tịch, quốc tịch, chứng thực, lý lịch tư pháp, bồi thường nhà nước, trợ giúp pháp lý, bổ trợ tư pháp và công tác tư pháp khác.

Điều 3. Cơ cấu tổ chức

Lãnh đạo Sở gồm Giám đốc và không quá 04 Phó Giám đốc. Các tổ chức tham mưu gồm 06 đầu mối: Văn phòng; Thanh tra; Phòng Xây dựng, kiểm tra văn bản và theo dõi thi hành pháp luật; Phòng Phổ biến, giáo dục pháp luật; Phòng Hành chính tư pháp; Phòng Bổ trợ tư pháp.

Điều 6. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2025. Quyết định số 14/2021/QĐ-UBND ngày 25 tháng 5 năm 2021 của Ủy ban nhân dân tỉnh Lạc Giang và Quyết định số 31/2022/QĐ-UBND ngày 16 tháng 9 năm 2022 của Ủy ban nhân dân tỉnh Tây Phong quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp hết hiệu lực kể từ ngày Quyết định này có hiệu lực.

Điều 7. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tư pháp, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 7;
- Bộ Tư pháp;
- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
"""
    + UBND_VICE
)

KH_14_HEAD = head(
    "14/KH-STP",
    "ngày 28 tháng 7 năm 2025",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2025 của Sở Tư pháp tỉnh Lạc Giang (sau sắp xếp)",
)
KH_14_BODY = """
Thực hiện Quyết định số 08/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh, Kế hoạch số 03/KH-UBND ngày 06/01/2025 của Ủy ban nhân dân tỉnh Lạc Giang và Kế hoạch số 05/KH-UBND ngày 07/01/2025 của Ủy ban nhân dân tỉnh Tây Phong về cải cách hành chính năm 2025, Sở Tư pháp (sau sắp xếp) ban hành Kế hoạch cải cách hành chính năm 2025 gồm 40 nhiệm vụ, với các chỉ tiêu cả năm sau:
"""
KH_14_TABLE = [
    ["STT", "Chỉ tiêu năm 2025", "Mức phấn đấu"],
    ["1", "Nhiệm vụ của Kế hoạch hoàn thành", "40/40"],
    ["2", "Tỷ lệ thủ tục hành chính trực tuyến toàn trình", "từ 70%"],
    ["3", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "từ 68%"],
    ["4", "Tỷ lệ hồ sơ giải quyết đúng hạn", "từ 99,5%"],
    ["5", "Tỷ lệ Phiếu lý lịch tư pháp cấp qua ứng dụng VNeID", "từ 50%"],
    ["6", "Tỷ lệ sổ hộ tịch được số hóa", "100%"],
    ["7", "Xã, phường được kiểm tra công tác hộ tịch, chứng thực", "12"],
    ["8", "Lượt công chức tư pháp - hộ tịch cấp xã được bồi dưỡng", "120"],
]
KH_14_AFTER = (
    """NHIỆM VỤ TRỌNG TÂM

1. Rà soát văn bản quy phạm pháp luật của Ủy ban nhân dân tỉnh Lạc Giang và tỉnh Tây Phong trước sắp xếp, tham mưu bãi bỏ văn bản không còn phù hợp với mô hình chính quyền địa phương 02 cấp.

2. Xây dựng quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa thống nhất của Sở thay cho các quy chế của hai sở trước đây.

3. Hướng dẫn, kiểm tra Ủy ban nhân dân cấp xã thực hiện đăng ký hộ tịch, chứng thực; bồi dưỡng công chức tư pháp - hộ tịch cấp xã.

Kế hoạch này thay thế Kế hoạch số 05/KH-STP ngày 09/01/2025 của Sở Tư pháp tỉnh Lạc Giang và Kế hoạch số 07/KH-STP ngày 13/01/2025 của Sở Tư pháp tỉnh Tây Phong về cải cách hành chính năm 2025.

Nơi nhận:
- UBND tỉnh (b/c);
- Các phòng thuộc Sở;
- Lưu: VT, VP."""
    + M_DIRECTOR
)

CV_57 = (
    head(
        "57/STP-HCTP",
        "ngày 25 tháng 8 năm 2025",
        "",
        "V/v hướng dẫn Ủy ban nhân dân cấp xã thực hiện đăng ký hộ tịch, chứng thực sau sắp xếp",
    )
    + """
Kính gửi: Ủy ban nhân dân các xã, phường.

Thực hiện Nghị định số 120/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp và Quyết định số 215/QĐ-UBND ngày 11/8/2025 của Chủ tịch Ủy ban nhân dân tỉnh công bố danh mục thủ tục hành chính lĩnh vực hộ tịch, chứng thực, lý lịch tư pháp thuộc thẩm quyền giải quyết của Sở Tư pháp và Ủy ban nhân dân cấp xã, Sở Tư pháp hướng dẫn như sau:

1. Ủy ban nhân dân xã, phường tiếp nhận, quản lý sổ hộ tịch, sổ chứng thực đã được Phòng Tư pháp cấp huyện bàn giao theo Công văn số 318/STP-HCTP ngày 23/6/2025 của Sở Tư pháp; trường hợp chưa nhận đủ thì báo cáo Sở trước ngày 15/9/2025.

2. Việc chứng thực bản sao từ bản chính, chứng thực chữ ký, chứng thực hợp đồng, giao dịch thực hiện theo Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ và thẩm quyền đã được phân định; không yêu cầu người dân nộp bản sao giấy tờ đã có trong Cơ sở dữ liệu quốc gia về dân cư.

3. Công chức tư pháp - hộ tịch cập nhật kết quả đăng ký hộ tịch vào Phần mềm đăng ký, quản lý hộ tịch điện tử ngay trong ngày; số hóa sổ hộ tịch theo lộ trình của Sở.

Trân trọng./.

Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Lưu: VT, HCTP.
"""
    + M_VINH
)

BC_126_HEAD = head(
    "126/BC-STP",
    "ngày 10 tháng 12 năm 2025",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2025",
)
BC_126_BODY = """
Thực hiện Kế hoạch số 14/KH-STP ngày 28/7/2025 của Sở Tư pháp về cải cách hành chính năm 2025, Sở Tư pháp báo cáo kết quả năm 2025 trên địa bàn toàn tỉnh (số liệu đến ngày 30/11/2025; số liệu 6 tháng đầu năm do Sở Tư pháp tỉnh Lạc Giang và Sở Tư pháp tỉnh Tây Phong trước sắp xếp tổng hợp) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, từ ngày 01/7/2025 Sở Tư pháp tỉnh Lạc Giang được thành lập trên cơ sở hợp nhất Sở Tư pháp tỉnh Lạc Giang và Sở Tư pháp tỉnh Tây Phong theo Quyết định số 08/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh. Ông Hà Văn Khải giữ chức Giám đốc Sở theo Quyết định số 27/QĐ-UBND ngày 01/7/2025 của Chủ tịch Ủy ban nhân dân tỉnh.

2. Ủy ban nhân dân tỉnh ban hành Quyết định số 19/2025/QĐ-UBND ngày 18/7/2025 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở, có hiệu lực từ ngày 01/8/2025; Quyết định số 14/2021/QĐ-UBND ngày 25/5/2021 của Ủy ban nhân dân tỉnh Lạc Giang và Quyết định số 31/2022/QĐ-UBND ngày 16/9/2022 của Ủy ban nhân dân tỉnh Tây Phong hết hiệu lực từ cùng ngày.

3. Kế hoạch năm 2025 của Sở (sau sắp xếp) có 40 nhiệm vụ, thay thế các kế hoạch của hai sở trước sắp xếp; đã hoàn thành 38/40 nhiệm vụ (95,0%).

4. Theo Quyết định số 612/QĐ-UBND ngày 14/4/2025 của Ủy ban nhân dân tỉnh Lạc Giang công bố Chỉ số cải cách hành chính năm 2024, Sở Tư pháp tỉnh Lạc Giang (trước sắp xếp) đạt 88,20 điểm, xếp thứ 4/19; theo Quyết định số 587/QĐ-UBND ngày 18/4/2025 của Ủy ban nhân dân tỉnh Tây Phong, Sở Tư pháp tỉnh Tây Phong đạt 85,47 điểm, xếp thứ 7/18.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Xây dựng và tổ chức thi hành pháp luật

Sở đã kiểm tra 97 văn bản quy phạm pháp luật theo thẩm quyền; rà soát văn bản quy phạm pháp luật của hai tỉnh trước sắp xếp.

2. Cải cách thủ tục hành chính

Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 215/QĐ-UBND ngày 11/8/2025 công bố danh mục thủ tục hành chính lĩnh vực hộ tịch, chứng thực, lý lịch tư pháp. Sở có 128 thủ tục hành chính, trong đó 96 thủ tục trực tuyến toàn trình (75,0%). Năm 2025 toàn tỉnh tiếp nhận 21.930 hồ sơ, trong đó 15.570 hồ sơ trực tuyến (71,0%); giải quyết đúng hạn 21.897 hồ sơ (99,85%). Đã cấp 15.402 Phiếu lý lịch tư pháp, trong đó 6.930 Phiếu qua ứng dụng VNeID (45,0%). Quy chế một cửa ban hành kèm theo Quyết định số 52/QĐ-STP ngày 12/4/2023, đã được sửa đổi tại Quyết định số 61/QĐ-STP ngày 12/4/2024, tiếp tục được áp dụng tại cơ sở 1. Sổ hộ tịch, sổ chứng thực của Phòng Tư pháp cấp huyện đã được bàn giao cho cấp xã theo Công văn số 318/STP-HCTP ngày 23/6/2025; Sở có Công văn số 57/STP-HCTP ngày 25/8/2025 hướng dẫn cấp xã thực hiện.

3. Cải cách tổ chức bộ máy và chế độ công vụ

Sở có 06 phòng theo Quyết định số 19/2025/QĐ-UBND. Quy chế làm việc ban hành kèm theo Quyết định số 09/QĐ-STP ngày 14/7/2025 thay thế Quyết định số 38/QĐ-STP ngày 20/3/2023 và Quyết định số 45/QĐ-STP ngày 02/5/2024 của Sở Tư pháp tỉnh Tây Phong. Hồ sơ, tài liệu của Sở Tư pháp tỉnh Tây Phong được bàn giao theo Công văn số 161/STP-VP ngày 20/6/2025. Đã tổ chức 134 lượt bồi dưỡng công chức tư pháp - hộ tịch cấp xã.

4. Xây dựng chính quyền số

Tỷ lệ sổ hộ tịch được số hóa đạt 96,4%; tỷ lệ văn bản đi được ký số đạt 99%.

Kết quả so với chỉ tiêu của Kế hoạch năm 2025:
"""
BC_126_TABLE = [
    ["Chỉ tiêu", "Kế hoạch", "Kết quả"],
    ["Nhiệm vụ hoàn thành", "40/40", "38/40"],
    ["Tỷ lệ thủ tục trực tuyến toàn trình", "từ 70%", "75,0%"],
    ["Tỷ lệ hồ sơ trực tuyến", "từ 68%", "71,0%"],
    ["Tỷ lệ hồ sơ đúng hạn", "từ 99,5%", "99,85%"],
    ["Tỷ lệ Phiếu lý lịch tư pháp qua VNeID", "từ 50%", "45,0%"],
    ["Tỷ lệ sổ hộ tịch được số hóa", "100%", "96,4%"],
    ["Xã, phường được kiểm tra", "12", "09"],
    ["Lượt bồi dưỡng công chức cấp xã", "120", "134"],
]
BC_126_AFTER = (
    """III. PHƯƠNG HƯỚNG NĂM 2026

Ban hành quy chế một cửa thống nhất của Sở; tham mưu bãi bỏ văn bản quy phạm pháp luật của hai tỉnh trước sắp xếp không còn phù hợp; công bố lại Hệ thống quản lý chất lượng sau sắp xếp.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ;
- Lưu: VT, VP.
"""
    + M_DIRECTOR
)

MID = (
    Sample("kh 05 cchc 2025 [LG cu].txt", "txt", (KH_05,)),
    Sample(
        "KH CCHC 2025 - So TP Tay Phong.docx",
        "docx",
        (KH_07_TP_HEAD, KH_07_TP_BODY),
        table=KH_07_TP_TABLE,
        after=KH_07_TP_AFTER,
        title="Kế hoạch CCHC năm 2025 Sở Tư pháp Tây Phong (MẪU, hư cấu)",
    ),
    Sample("cong van 161 ban giao ho so luu tru.txt", "txt", (CV_161_TP,)),
    Sample("cv ban giao so ho tich cap huyen.txt", "txt", (CV_318,)),
    Sample("thong bao 01-TB-STP.txt", "txt", (TB_01,)),
    Sample(
        "Quy che lam viec STP 2025 (sau sap xep).docx",
        "docx",
        (QD_09_HEAD, QD_09_BODY),
        table=QD_09_TABLE,
        after=QD_09_AFTER,
        title="Quy chế làm việc Sở Tư pháp 2025 (MẪU, hư cấu)",
    ),
    Sample(
        "19_2025_QD-UBND chuc nang STP.pdf",
        "pdf",
        (QD_19_2025,),
        title="Quyết định 19/2025/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample(
        "KH CCHC 2025 (hop nhat).docx",
        "docx",
        (KH_14_HEAD, KH_14_BODY),
        table=KH_14_TABLE,
        after=KH_14_AFTER,
        title="Kế hoạch CCHC năm 2025 sau sắp xếp (MẪU, hư cấu)",
    ),
    Sample(
        "CV 57 huong dan cap xa ho tich chung thuc.pdf",
        "pdf",
        (CV_57,),
        title="Công văn 57 hướng dẫn cấp xã (MẪU, hư cấu)",
    ),
    Sample(
        "Bao cao CCHC 2025 toan tinh.docx",
        "docx",
        (BC_126_HEAD, BC_126_BODY),
        table=BC_126_TABLE,
        after=BC_126_AFTER,
        title="Báo cáo CCHC năm 2025 (MẪU, hư cấu)",
    ),
)
