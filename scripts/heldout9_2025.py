"""Ninth held-out archive, 2025: the last weeks of the Sở Lao động - Thương binh và Xã hội of
the fictional tỉnh Hưng Lĩnh and the first months of the merged Sở Nội vụ. Do not tune on it.

From 01/3/2025 the Sở's state-management tasks on labour, employment and người có công
pass to the Sở Nội vụ, organised anew by merging the two (the UBND tỉnh's regulation
``06/2025/QĐ-UBND`` ends the two former regulations on their functions); giáo dục nghề
nghiệp goes to the Sở Giáo dục và Đào tạo, bảo trợ xã hội and trẻ em to the Sở Y tế. The
Sở's 2025 plan, its Tờ trình on the reorganisation and its Công văn handing over pending
dossiers; the Sở Nội vụ's Thông báo on procedures from 01/3/2025, its Quy chế làm việc
(replacing both former ones), its 2025 plan (replacing both former plans), its one-stop
Quy chế signed 16/6 and effective 01/7/2025, after the archive's last document, the
6-month report of 20/6/2025 ("nay"). Facts: ``bench/data/heldout9_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout9_early import (
    CHAIRMAN,
    DEPUTY,
    NEW_DIRECTOR,
    SNV,
    SNV_DEPUTY,
    SNV_DIRECTOR,
    UBND,
    head,
)
from sample_header import Sample

KH_04 = (
    head(
        "04/KH-SLĐTBXH",
        "ngày 09 tháng 01 năm 2025",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2025",
    )
    + """
Thực hiện Kế hoạch số 03/KH-UBND ngày 06/01/2025 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2025, Sở Lao động - Thương binh và Xã hội ban hành Kế hoạch cải cách hành chính năm 2025 như sau:

I. CHỈ TIÊU

1. Hoàn thành 36 nhiệm vụ của Kế hoạch.

2. Tỷ lệ thủ tục hành chính trực tuyến toàn trình đạt từ 65% trở lên; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt từ 75% trở lên; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 99,8% trở lên.

3. Kiểm tra công tác cải cách hành chính tại 06 đơn vị; cử 90 lượt công chức, viên chức đi bồi dưỡng.

II. NHIỆM VỤ

1. Bảo đảm tiếp nhận, giải quyết thủ tục hành chính về lao động, việc làm, người có công, bảo trợ xã hội liên tục, không gián đoạn trong quá trình sắp xếp tổ chức bộ máy.

2. Hoàn thành số hóa hồ sơ người có công đang quản lý.

3. Các nhiệm vụ của Kế hoạch này được điều chỉnh sau khi có phương án sắp xếp tổ chức bộ máy theo Kế hoạch số 211/KH-UBND ngày 10/12/2024 của Ủy ban nhân dân tỉnh.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
)

TTR_15 = (
    head(
        "15/TTr-SLĐTBXH",
        "ngày 16 tháng 01 năm 2025",
        "TỜ TRÌNH",
        "Phương án sắp xếp, chuyển giao chức năng, nhiệm vụ của Sở Lao động - Thương binh và Xã hội",
    )
    + """
Kính gửi: Ủy ban nhân dân tỉnh Hưng Lĩnh (qua Sở Nội vụ).

Căn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả;

Thực hiện Kế hoạch số 211/KH-UBND ngày 10/12/2024 của Ủy ban nhân dân tỉnh về sắp xếp, tinh gọn tổ chức bộ máy các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh,

Sở Lao động - Thương binh và Xã hội kính trình Ủy ban nhân dân tỉnh phương án như sau:

1. Hợp nhất Sở Lao động - Thương binh và Xã hội với Sở Nội vụ; Sở Nội vụ sau hợp nhất thực hiện quản lý nhà nước về lao động, tiền lương, việc làm, người có công, an toàn, vệ sinh lao động.

2. Chuyển chức năng quản lý nhà nước về giáo dục nghề nghiệp sang Sở Giáo dục và Đào tạo; về bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội sang Sở Y tế; về giảm nghèo sang Sở Nông nghiệp và Môi trường.

3. Chuyển nguyên trạng 46 công chức của 07 phòng thuộc Sở: 29 công chức về Sở Nội vụ, 10 công chức về Sở Y tế, 07 công chức về Sở Giáo dục và Đào tạo; các đơn vị sự nghiệp chuyển theo lĩnh vực.

4. Đề nghị Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh thành lập Sở Nội vụ trên cơ sở hợp nhất và ban hành quy định chức năng, nhiệm vụ của Sở Nội vụ thay cho Quyết định số 09/2022/QĐ-UBND ngày 25/3/2022, thời điểm thực hiện từ ngày 01/3/2025.

Kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.

Nơi nhận:
- Như trên;
- Sở Nội vụ, Sở Y tế, Sở Giáo dục và Đào tạo;
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
)

CV_95 = (
    head(
        "95/SLĐTBXH-VP",
        "ngày 20 tháng 02 năm 2025",
        "",
        "V/v bàn giao hồ sơ thủ tục hành chính đang giải quyết khi sắp xếp tổ chức bộ máy",
    )
    + """
Kính gửi:
- Trung tâm Phục vụ hành chính công tỉnh;
- Sở Nội vụ; Sở Y tế; Sở Giáo dục và Đào tạo.

Thực hiện chủ trương hợp nhất Sở Lao động - Thương binh và Xã hội với Sở Nội vụ từ ngày 01/3/2025 theo Kế hoạch số 211/KH-UBND ngày 10/12/2024 của Ủy ban nhân dân tỉnh, Sở Lao động - Thương binh và Xã hội đề nghị:

1. Hồ sơ thủ tục hành chính đã tiếp nhận nhưng chưa giải quyết xong đến hết ngày 28/02/2025 (dự kiến 1.126 hồ sơ) được lập danh sách và bàn giao: lĩnh vực lao động, việc làm, người có công cho Sở Nội vụ; bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội cho Sở Y tế; giáo dục nghề nghiệp cho Sở Giáo dục và Đào tạo.

2. Trung tâm Phục vụ hành chính công tỉnh chuyển tài khoản của công chức Sở trên Hệ thống thông tin giải quyết thủ tục hành chính sang đơn vị tiếp nhận từ ngày 01/3/2025.

3. Dữ liệu số hóa theo Quy chế ban hành kèm theo Quyết định số 514/QĐ-SLĐTBXH ngày 19/8/2024 được bàn giao cùng hồ sơ, không yêu cầu người dân nộp lại.

Trân trọng./.

Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Lưu: VT, VP.
"""
    + DEPUTY
)

QD_06_2025 = (
    head(
        "06/2025/QĐ-UBND",
        "ngày 28 tháng 02 năm 2025",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Hưng Lĩnh",
        UBND,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH HƯNG LĨNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;

Căn cứ Nghị định số 45/2025/NĐ-CP ngày 28 tháng 02 năm 2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân huyện, quận, thị xã, thành phố thuộc tỉnh, thành phố thuộc thành phố trực thuộc trung ương;

Căn cứ Nghị quyết số 12/NQ-HĐND ngày 26 tháng 02 năm 2025 của Hội đồng nhân dân tỉnh về việc thành lập Sở Nội vụ tỉnh Hưng Lĩnh trên cơ sở hợp nhất Sở Nội vụ và Sở Lao động - Thương binh và Xã hội;

Theo đề nghị của Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng

Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức, chính quyền địa phương, cải cách hành chính, văn thư, lưu trữ, thi đua, khen thưởng, tín ngưỡng, tôn giáo, thanh niên; lao động, tiền lương, việc làm, người có công, an toàn, vệ sinh lao động.

Điều 3. Cơ cấu tổ chức

Lãnh đạo Sở gồm Giám đốc và không quá 04 Phó Giám đốc. Các tổ chức tham mưu gồm 09 đầu mối: Văn phòng; Thanh tra; Phòng Tổ chức, biên chế và tổ chức phi chính phủ; Phòng Cán bộ, công chức, viên chức; Phòng Xây dựng chính quyền và công tác thanh niên; Phòng Cải cách hành chính - Văn thư, lưu trữ; Phòng Lao động - Tiền lương - Việc làm; Phòng Người có công; Ban Tôn giáo.

Điều 6. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày 01 tháng 3 năm 2025. Quyết định số 16/2021/QĐ-UBND ngày 22 tháng 6 năm 2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Hưng Lĩnh và Quyết định số 09/2022/QĐ-UBND ngày 25 tháng 3 năm 2022 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Lao động - Thương binh và Xã hội tỉnh Hưng Lĩnh hết hiệu lực kể từ ngày Quyết định này có hiệu lực.

Điều 7. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 7;
- Bộ Nội vụ;
- Cục Kiểm tra VBQPPL - Bộ Tư pháp;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
"""
    + CHAIRMAN
)

TB_12 = (
    head(
        "12/TB-SNV",
        "ngày 03 tháng 3 năm 2025",
        "THÔNG BÁO",
        "Tiếp nhận, giải quyết thủ tục hành chính lĩnh vực lao động, việc làm, người có công từ ngày 01/3/2025",
        SNV,
    )
    + """
Thực hiện Quyết định số 06/2025/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Hưng Lĩnh, Sở Nội vụ thông báo:

1. Từ ngày 01/3/2025, Sở Nội vụ tiếp nhận, giải quyết các thủ tục hành chính về lao động, tiền lương, việc làm, người có công, an toàn, vệ sinh lao động trước đây thuộc thẩm quyền của Sở Lao động - Thương binh và Xã hội. Hồ sơ được nộp tại quầy số 14, 15 Trung tâm Phục vụ hành chính công tỉnh hoặc trên Cổng dịch vụ công quốc gia.

2. Hồ sơ về giáo dục nghề nghiệp nộp tại quầy của Sở Giáo dục và Đào tạo; hồ sơ về bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội nộp tại quầy của Sở Y tế.

3. Trong khi chờ ban hành quy chế mới, Sở Nội vụ tiếp tục áp dụng Quy chế phối hợp ban hành kèm theo Quyết định số 402/QĐ-SLĐTBXH ngày 12/7/2022 của Giám đốc Sở Lao động - Thương binh và Xã hội (đã được sửa đổi tại Quyết định số 277/QĐ-SLĐTBXH ngày 05/4/2024) đối với các thủ tục nêu tại mục 1.

4. Kết quả giải quyết thủ tục hành chính từ ngày 01/3/2025 mang tên Sở Nội vụ; giấy tờ do Sở Lao động - Thương binh và Xã hội cấp trước ngày 01/3/2025 tiếp tục có giá trị sử dụng.

Sở Nội vụ thông báo để tổ chức, cá nhân biết, thực hiện./.

Nơi nhận:
- Trung tâm Phục vụ hành chính công tỉnh;
- UBND các huyện, thị xã, thành phố;
- Lưu: VT, VP.
"""
    + SNV_DEPUTY
)

QD_35_HEAD = head(
    "35/QĐ-SNV",
    "ngày 14 tháng 3 năm 2025",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế làm việc của Sở Nội vụ tỉnh Hưng Lĩnh",
    SNV,
)
QD_35_BODY = (
    """
GIÁM ĐỐC SỞ NỘI VỤ TỈNH HƯNG LĨNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;

Căn cứ Quyết định số 06/2025/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Hưng Lĩnh;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Nội vụ tỉnh Hưng Lĩnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 96/QĐ-SNV ngày 12/3/2021 của Giám đốc Sở Nội vụ ban hành Quy chế làm việc của Sở Nội vụ và Quyết định số 812/QĐ-SLĐTBXH ngày 20/10/2023 của Giám đốc Sở Lao động - Thương binh và Xã hội ban hành Quy chế làm việc của Sở Lao động - Thương binh và Xã hội tỉnh Hưng Lĩnh.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng, Trưởng ban thuộc Sở và công chức, người lao động chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (b/c);
- Lưu: VT, VP.
"""
    + SNV_DIRECTOR
    + """
QUY CHẾ
Làm việc của Sở Nội vụ tỉnh Hưng Lĩnh

Điều 5. Phân công lãnh đạo Sở

Giám đốc và các Phó Giám đốc Sở phụ trách các lĩnh vực theo bảng dưới đây.
"""
)
QD_35_TABLE = [
    ["Lãnh đạo Sở", "Chức vụ", "Lĩnh vực phụ trách"],
    ["Hoàng Quốc Khánh", "Giám đốc", "Điều hành chung; tổ chức bộ máy, biên chế; thanh tra"],
    [
        "Đinh Thị Thu Hà",
        "Phó Giám đốc",
        "Lao động, tiền lương, việc làm, người có công; cải cách hành chính",
    ],
    ["Lương Đức Mạnh", "Phó Giám đốc", "An toàn, vệ sinh lao động; văn thư, lưu trữ"],
    ["Trần Văn Bình", "Phó Giám đốc", "Chính quyền địa phương, thi đua, khen thưởng, tôn giáo"],
]
QD_35_AFTER = """Điều 12. Giao ban

1. Giao ban lãnh đạo Sở vào sáng thứ Hai hằng tuần.

2. Giao ban trực tuyến với Phòng Nội vụ các huyện, thị xã, thành phố mỗi tháng một lần.

Điều 18. Tiếp công dân

Giám đốc Sở tiếp công dân định kỳ vào ngày 10 hằng tháng; đơn thư về chế độ người có công, tiền lương do Phó Giám đốc phụ trách lĩnh vực xem xét."""

KH_28_HEAD = head(
    "28/KH-SNV",
    "ngày 20 tháng 3 năm 2025",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2025 của Sở Nội vụ",
    SNV,
)
KH_28_BODY = """
Thực hiện Kế hoạch số 03/KH-UBND ngày 06/01/2025 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2025 và Quyết định số 06/2025/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh, Sở Nội vụ (sau hợp nhất) ban hành Kế hoạch cải cách hành chính năm 2025 gồm 42 nhiệm vụ, với các chỉ tiêu sau:
"""
KH_28_TABLE = [
    ["STT", "Chỉ tiêu năm 2025", "Mức phấn đấu"],
    ["1", "Nhiệm vụ của Kế hoạch hoàn thành", "42/42"],
    ["2", "Tỷ lệ thủ tục hành chính trực tuyến toàn trình", "từ 70%"],
    ["3", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "từ 80%"],
    ["4", "Tỷ lệ hồ sơ giải quyết đúng hạn", "từ 99,9%"],
    ["5", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "từ 90%"],
    ["6", "Đơn vị được kiểm tra công tác cải cách hành chính", "08"],
    ["7", "Lượt công chức được bồi dưỡng", "150"],
]
KH_28_AFTER = (
    """NHIỆM VỤ TRỌNG TÂM

1. Ban hành Quy chế làm việc của Sở Nội vụ sau hợp nhất trong tháng 3/2025.

2. Ban hành quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông của Sở Nội vụ thay cho các quy chế của hai sở trước đây.

3. Bảo đảm chi trả trợ cấp ưu đãi người có công không gián đoạn; số hóa toàn bộ hồ sơ người có công tiếp nhận từ Sở Lao động - Thương binh và Xã hội.

Kế hoạch này thay thế Kế hoạch số 05/KH-SNV ngày 08/01/2025 của Sở Nội vụ và Kế hoạch số 04/KH-SLĐTBXH ngày 09/01/2025 của Sở Lao động - Thương binh và Xã hội về cải cách hành chính năm 2025.

Nơi nhận:
- UBND tỉnh (b/c);
- Các phòng, ban thuộc Sở;
- Lưu: VT, CCHC."""
    + SNV_DIRECTOR
)

QD_142 = (
    head(
        "142/QĐ-SNV",
        "ngày 16 tháng 6 năm 2025",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông của Sở Nội vụ",
        SNV,
    )
    + """
GIÁM ĐỐC SỞ NỘI VỤ TỈNH HƯNG LĨNH

Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;

Căn cứ Quyết định số 06/2025/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Hưng Lĩnh;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông của Sở Nội vụ.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2025 và thay thế Quyết định số 178/QĐ-SNV ngày 20/6/2022 của Giám đốc Sở Nội vụ ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính của Sở Nội vụ và Quyết định số 402/QĐ-SLĐTBXH ngày 12/7/2022 của Giám đốc Sở Lao động - Thương binh và Xã hội (đã được sửa đổi tại Quyết định số 277/QĐ-SLĐTBXH ngày 05/4/2024).

Điều 3. Chánh Văn phòng, Trưởng các phòng có thủ tục hành chính và công chức làm việc tại Trung tâm Phục vụ hành chính công tỉnh chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + SNV_DEPUTY
    + """
QUY CHẾ
Tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông của Sở Nội vụ

Điều 4. Nơi tiếp nhận

Hồ sơ được tiếp nhận tại quầy của Sở Nội vụ tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính công ích hoặc trên Cổng Dịch vụ công quốc gia; không tiếp nhận hồ sơ tại trụ sở Sở.

Điều 7. Số hóa hồ sơ

Hồ sơ nộp trực tiếp được số hóa ngay khi tiếp nhận; hồ sơ giấy được chuyển về phòng chuyên môn một lần trong ngày, chậm nhất 15 giờ 00 phút.
"""
)

BC_151 = (
    head(
        "151/BC-SNV",
        "ngày 20 tháng 6 năm 2025",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025",
        SNV,
    )
    + """
Thực hiện Kế hoạch số 28/KH-SNV ngày 20/3/2025 của Sở Nội vụ về cải cách hành chính năm 2025, Sở Nội vụ báo cáo kết quả 6 tháng đầu năm 2025 (số liệu đến ngày 15/6/2025) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Thực hiện Nghị quyết số 12/NQ-HĐND ngày 26/02/2025 của Hội đồng nhân dân tỉnh, từ ngày 01/3/2025 Sở Nội vụ được tổ chức lại trên cơ sở hợp nhất Sở Nội vụ và Sở Lao động - Thương binh và Xã hội. Quyết định số 06/2025/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ của Sở Nội vụ, có hiệu lực từ ngày 01/3/2025; Quyết định số 09/2022/QĐ-UBND ngày 25/3/2022 về Sở Lao động - Thương binh và Xã hội hết hiệu lực từ ngày 01/3/2025.

2. Sở ban hành Quy chế làm việc kèm theo Quyết định số 35/QĐ-SNV ngày 14/3/2025, thay thế Quyết định số 96/QĐ-SNV ngày 12/3/2021 và Quyết định số 812/QĐ-SLĐTBXH ngày 20/10/2023. Kế hoạch năm 2025 có 42 nhiệm vụ; đến ngày 15/6/2025 đã hoàn thành 18/42 nhiệm vụ.

3. Theo Quyết định số 389/QĐ-UBND ngày 28/3/2025 của Ủy ban nhân dân tỉnh công bố Chỉ số cải cách hành chính năm 2024, Sở Lao động - Thương binh và Xã hội (trước sắp xếp) đạt 88,46 điểm, xếp thứ 4/20; Sở Nội vụ (trước sắp xếp) đạt 90,12 điểm, xếp thứ 2/20 sở, ban, ngành.

4. Thực hiện Kế hoạch số 40/KH-SNV ngày 08/4/2025 về kiểm tra công tác cải cách hành chính năm 2025, đã kiểm tra 03 đơn vị; đã đăng 22 tin, bài tuyên truyền.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thủ tục hành chính

Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 318/QĐ-UBND ngày 05/3/2025 công bố danh mục thủ tục hành chính lĩnh vực lao động, việc làm, người có công thuộc thẩm quyền giải quyết của Sở Nội vụ. Sau sắp xếp, Sở có 153 thủ tục hành chính (71 thủ tục lĩnh vực nội vụ, 82 thủ tục lĩnh vực lao động, việc làm, người có công), trong đó 104 thủ tục trực tuyến toàn trình. Sáu tháng đầu năm 2025 (gồm cả hồ sơ do Sở Lao động - Thương binh và Xã hội tiếp nhận trong tháng 01 và tháng 02), tiếp nhận 12.207 hồ sơ, trong đó 8.911 hồ sơ trực tuyến (73,0%); giải quyết đúng hạn 12.195 hồ sơ (99,90%). Các hồ sơ đang giải quyết được bàn giao theo Công văn số 95/SLĐTBXH-VP ngày 20/02/2025 và Thông báo số 12/TB-SNV ngày 03/3/2025.

Đối với hồ sơ lĩnh vực lao động, việc làm, người có công, Sở tiếp tục thực hiện Quy chế phối hợp ban hành kèm theo Quyết định số 402/QĐ-SLĐTBXH ngày 12/7/2022 (đã được sửa đổi điểm b khoản 1 Điều 6 tại Quyết định số 277/QĐ-SLĐTBXH ngày 05/4/2024) và Quy chế số hóa ban hành kèm theo Quyết định số 514/QĐ-SLĐTBXH ngày 19/8/2024. Ngày 16/6/2025, Sở ban hành Quyết định số 142/QĐ-SNV về Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông, có hiệu lực từ ngày 01/7/2025, thay thế Quyết định số 178/QĐ-SNV ngày 20/6/2022 và Quyết định số 402/QĐ-SLĐTBXH ngày 12/7/2022.

2. Cải cách tổ chức bộ máy

Theo phương án tại Tờ trình số 15/TTr-SLĐTBXH ngày 16/01/2025 của Sở Lao động - Thương binh và Xã hội, chức năng về giáo dục nghề nghiệp đã chuyển sang Sở Giáo dục và Đào tạo; bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội chuyển sang Sở Y tế; 29 công chức chuyển về Sở Nội vụ. Sở có 09 phòng, ban theo Quyết định số 06/2025/QĐ-UBND.

3. Cải cách chế độ công vụ

Đã cử 61 lượt công chức đi bồi dưỡng, trong đó có lớp bồi dưỡng nghiệp vụ nội vụ cho công chức tiếp nhận từ Sở Lao động - Thương binh và Xã hội.

4. Xây dựng chính quyền số

Tỷ lệ văn bản đi được ký số đạt 99%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 91,2%.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM

Triển khai Quy chế mới theo cơ chế một cửa từ ngày 01/7/2025; kiểm tra 05 đơn vị còn lại.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, CCHC.
"""
    + SNV_DIRECTOR
)

LATE = (
    Sample("kh 04 cchc 2025 (cu).txt", "txt", (KH_04,)),
    Sample("to trinh phuong an sap xep.txt", "txt", (TTR_15,)),
    Sample("cong van ban giao ho so TTHC.txt", "txt", (CV_95,)),
    Sample(
        "06_2025_QD-UBND so noi vu.pdf",
        "pdf",
        (QD_06_2025,),
        title="Quyết định 06/2025/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample("thong bao 12-TB-SNV.txt", "txt", (TB_12,)),
    Sample(
        "Quy che lam viec SNV 2025.docx",
        "docx",
        (QD_35_HEAD, QD_35_BODY),
        table=QD_35_TABLE,
        after=QD_35_AFTER,
        title="Quy chế làm việc Sở Nội vụ 2025 (MẪU, hư cấu)",
    ),
    Sample(
        "KH CCHC 2025 SNV (hop nhat).docx",
        "docx",
        (KH_28_HEAD, KH_28_BODY),
        table=KH_28_TABLE,
        after=KH_28_AFTER,
        title="Kế hoạch CCHC năm 2025 Sở Nội vụ (MẪU, hư cấu)",
    ),
    Sample("qd-142-2025-quy-che-mot-cua-so-noi-vu.txt", "txt", (QD_142,)),
    Sample(
        "BC 6 thang 2025 SNV.pdf",
        "pdf",
        (BC_151,),
        title="Báo cáo CCHC 6 tháng đầu năm 2025 (MẪU, hư cấu)",
    ),
)
