"""Seventeenth held-out archive, 2025 – 2026: the merger of the two Sở of tỉnh Hà Lâm (fictional)
into the Sở Nông nghiệp và Môi trường (``SNNMT``) on 01/3/2025, and its documents to November
2026. Do not tune on it.

The founding decision, the merged Sở's functions (signed 20/3, effective 01/4/2025), Quy chế làm
việc (replacing both former Sở's; an article amended in 2026), Quy chế chi tiêu nội bộ by year,
internal procedures (the last signed 10/11/2026, effective 01/01/2027), the Chủ tịch's list
replacing three lists and partly repealed; a plan ended by the merger with its replacement
stated, another without; a digital plan extended ("gia hạn"); ``05/QĐ-SNNMT`` of 2025 and of
2026 (numbering restarts each year); the 2025 report's appendix table (a DOCX table) naming
three documents known nowhere else; a Công văn exported with its HTML; a quarterly report saved
in Windows-1258. Written by hand, before any code ran on it; facts in
``bench/data/heldout17_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout17_common import (
    DUC_UB,
    FIG,
    HUY,
    LAN,
    LUAT_2025,
    MAI,
    ND63,
    ND118,
    NM,
    NQ76,
    ONLINE_2025_CORRECTED,
    THINH,
    UB,
    appendix_rows,
    closing,
    head,
    html_export,
    num,
    plan,
    report,
)
from sample_header import Sample

# ---------------------------------------------------------------- 2025, before the merger
KH_01_2025 = plan(
    "01/KH-SNNPTNT",
    "ngày 06 tháng 01 năm 2025",
    "NN",
    2025,
    basis=NQ76,
    province_plan="Kế hoạch số 01/KH-UBND ngày 03/01/2025",
    online="55%",
    on_time="99%",
    tasks="""1. Niêm yết, công khai mức thu phí, lệ phí theo Nghị quyết số 25/2024/NQ-HĐND ngày 10/12/2024 của Hội đồng nhân dân tỉnh tại Bộ phận Một cửa.

2. Chuẩn bị hồ sơ, tài liệu phục vụ việc hợp nhất với Sở Tài nguyên và Môi trường.""",
    signer=THINH,
)

KH_02_2025_TN = plan(
    "02/KH-STNMT",
    "ngày 08 tháng 01 năm 2025",
    "TN",
    2025,
    basis=NQ76,
    province_plan="Kế hoạch số 01/KH-UBND ngày 03/01/2025",
    online="45%",
    on_time="97,5%",
    tasks="""1. Hoàn thành số hóa hồ sơ địa chính còn lại của 03 huyện.

2. Chuẩn bị hồ sơ, tài liệu phục vụ việc hợp nhất với Sở Nông nghiệp và Phát triển nông thôn.""",
    signer=HUY,
)

QD_356 = (
    head(
        "356/QĐ-UBND",
        "ngày 26 tháng 02 năm 2025",
        "QUYẾT ĐỊNH",
        "Thành lập Sở Nông nghiệp và Môi trường tỉnh Hà Lâm trên cơ sở hợp nhất Sở Nông nghiệp và Phát triển nông thôn và Sở Tài nguyên và Môi trường",
        UB,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH HÀ LÂM

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;

Căn cứ Nghị quyết số 08/NQ-HĐND ngày 20/02/2025 của Hội đồng nhân dân tỉnh về việc thành lập, tổ chức lại các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh;

Theo đề nghị của Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Thành lập Sở Nông nghiệp và Môi trường tỉnh Hà Lâm trên cơ sở hợp nhất Sở Nông nghiệp và Phát triển nông thôn và Sở Tài nguyên và Môi trường, kể từ ngày 01 tháng 3 năm 2025.

Điều 2. Sở Nông nghiệp và Phát triển nông thôn và Sở Tài nguyên và Môi trường chấm dứt hoạt động kể từ ngày 01/3/2025. Trong thời gian Ủy ban nhân dân tỉnh chưa ban hành quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Môi trường, Sở thực hiện chức năng, nhiệm vụ theo Quyết định số 12/2022/QĐ-UBND ngày 15/4/2022 và Quyết định số 20/2021/QĐ-UBND ngày 18/8/2021 của Ủy ban nhân dân tỉnh.

Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 3 năm 2025.

Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, Giám đốc Sở Tài nguyên và Môi trường và thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Bộ Nông nghiệp và Môi trường;
- Lưu: VT, NC.
"""
    + DUC_UB
)

# ---------------------------------------------------------------- 2025, the merged Sở
TB_25 = (
    head(
        "25/TB-SNNMT",
        "ngày 03 tháng 3 năm 2025",
        "THÔNG BÁO",
        "Về việc Sở Nông nghiệp và Môi trường chính thức đi vào hoạt động",
        NM,
    )
    + """
Thực hiện Quyết định số 356/QĐ-UBND ngày 26/02/2025 của Ủy ban nhân dân tỉnh, Sở Nông nghiệp và Môi trường thông báo:

1. Sở Nông nghiệp và Môi trường chính thức hoạt động từ ngày 01/3/2025, sử dụng con dấu mới từ ngày 03/3/2025; trụ sở chính tại số 12 đường Lê Lợi, thành phố Hà Lâm.

2. Hồ sơ thủ tục hành chính thuộc thẩm quyền của Sở Nông nghiệp và Phát triển nông thôn và Sở Tài nguyên và Môi trường (cũ) tiếp tục được tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh.

3. Văn bản đi của Sở được đánh số từ số 01 kể từ ngày 01/3/2025.

Nơi nhận:
- Các sở, ban, ngành;
- UBND các huyện, thành phố;
- Lưu: VT, VP.
"""
    + THINH
)

TTR_15 = (
    head(
        "15/TTr-SNNMT",
        "ngày 05 tháng 3 năm 2025",
        "TỜ TRÌNH",
        "Đề nghị ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Môi trường",
        NM,
    )
    + """
Kính gửi: Ủy ban nhân dân tỉnh.

Thực hiện Quyết định số 356/QĐ-UBND ngày 26/02/2025 của Ủy ban nhân dân tỉnh, Sở Nông nghiệp và Môi trường kính trình Ủy ban nhân dân tỉnh dự thảo Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở, thay thế Quyết định số 12/2022/QĐ-UBND ngày 15/4/2022 và Quyết định số 20/2021/QĐ-UBND ngày 18/8/2021 của Ủy ban nhân dân tỉnh.

Dự thảo gồm 05 điều; cơ cấu tổ chức gồm 07 phòng chuyên môn và 05 Chi cục.

Kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.

Nơi nhận:
- Như trên;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + THINH
)

QD_05_2025 = (
    head(
        "05/QĐ-SNNMT",
        "ngày 10 tháng 3 năm 2025",
        "QUYẾT ĐỊNH",
        "Phân công nhiệm vụ của Giám đốc và các Phó Giám đốc Sở Nông nghiệp và Môi trường",
        NM,
    )
    + """
GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÀ LÂM

Căn cứ Quyết định số 356/QĐ-UBND ngày 26/02/2025 của Ủy ban nhân dân tỉnh thành lập Sở Nông nghiệp và Môi trường;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Giám đốc Sở Lê Văn Thịnh lãnh đạo, quản lý chung; trực tiếp phụ trách công tác tổ chức cán bộ, tài chính, cải cách hành chính.

Điều 2. Phó Giám đốc Nguyễn Quang Huy phụ trách lĩnh vực đất đai, môi trường, tài nguyên nước, khoáng sản; Phó Giám đốc Đỗ Thị Mai phụ trách lĩnh vực trồng trọt, chăn nuôi, lâm nghiệp, thủy lợi.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở và các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (để b/c);
- Lưu: VT, VP.
"""
    + THINH
)

KH_08_2025 = (
    head("08/KH-SNNMT", "ngày 12 tháng 3 năm 2025", "KẾ HOẠCH", "Cải cách hành chính năm 2025", NM)
    + """
Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;

Thực hiện Kế hoạch số 01/KH-UBND ngày 03/01/2025 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2025, Sở Nông nghiệp và Môi trường ban hành Kế hoạch cải cách hành chính năm 2025 như sau:

I. MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU

1. Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt 60% trở lên.

2. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5% trở lên.

II. NHIỆM VỤ

1. Tham mưu Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở.

2. Ban hành Quy chế làm việc, Quy chế chi tiêu nội bộ và quy trình nội bộ giải quyết thủ tục hành chính của Sở.

3. Đề nghị Chủ tịch Ủy ban nhân dân tỉnh công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở.

III. TỔ CHỨC THỰC HIỆN

Kế hoạch này được thực hiện trong năm 2025 và thay thế Kế hoạch số 01/KH-SNNPTNT ngày 06/01/2025 của Sở Nông nghiệp và Phát triển nông thôn. Văn phòng Sở chủ trì theo dõi, tổng hợp, báo cáo định kỳ.

Nơi nhận:
- UBND tỉnh (để b/c);
- Sở Nội vụ;
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + THINH
)

QD_08_2025 = (
    head(
        "08/2025/QĐ-UBND",
        "ngày 20 tháng 3 năm 2025",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Môi trường tỉnh Hà Lâm",
        UB,
    )
    + f"""
ỦY BAN NHÂN DÂN TỈNH HÀ LÂM

{LUAT_2025}

Căn cứ Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương;

Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 15/TTr-SNNMT ngày 05/3/2025 và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí, chức năng: Sở Nông nghiệp và Môi trường là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về nông nghiệp, lâm nghiệp, thủy sản, thủy lợi, phát triển nông thôn, đất đai, tài nguyên nước, khoáng sản, môi trường, khí tượng thủy văn.

Điều 2. Nhiệm vụ, quyền hạn theo quy định của pháp luật chuyên ngành và phân cấp của Ủy ban nhân dân tỉnh.

Điều 3. Cơ cấu tổ chức: Văn phòng, Thanh tra, 07 phòng chuyên môn và 05 Chi cục.

Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2025 và thay thế Quyết định số 12/2022/QĐ-UBND ngày 15/4/2022 và Quyết định số 20/2021/QĐ-UBND ngày 18/8/2021 của Ủy ban nhân dân tỉnh.

Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Nông nghiệp và Môi trường và thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 5;
- Bộ Nông nghiệp và Môi trường;
- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp;
- Lưu: VT, NC.
"""
    + DUC_UB
)

QD_12_2025 = (
    head(
        "12/QĐ-SNNMT",
        "ngày 25 tháng 3 năm 2025",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Nông nghiệp và Môi trường",
        NM,
    )
    + """
GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÀ LÂM

Căn cứ Quyết định số 356/QĐ-UBND ngày 26/02/2025 của Ủy ban nhân dân tỉnh thành lập Sở Nông nghiệp và Môi trường;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Nông nghiệp và Môi trường.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 45/QĐ-SNNPTNT ngày 20/5/2022 của Giám đốc Sở Nông nghiệp và Phát triển nông thôn và Quyết định số 38/QĐ-STNMT ngày 15/3/2023 của Giám đốc Sở Tài nguyên và Môi trường.

Điều 3. Chánh Văn phòng Sở, Chánh Thanh tra Sở, Trưởng các phòng, Chi cục trưởng các Chi cục thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (để b/c);
- Lưu: VT, VP.
"""
    + THINH
    + """
QUY CHẾ LÀM VIỆC
của Sở Nông nghiệp và Môi trường

Điều 8. Chế độ họp giao ban: Giám đốc Sở họp giao ban với các Phó Giám đốc và Trưởng các phòng, Chi cục vào sáng thứ Hai hằng tuần.
"""
)

BC_45_TOP, BC_45_BODY = report(
    "45/BC-SNNMT",
    "ngày 08 tháng 4 năm 2025",
    "NM",
    2025,
    "q1",
    lead="Ngày 26/02/2025, Ủy ban nhân dân tỉnh ban hành Quyết định số 356/QĐ-UBND thành lập Sở Nông nghiệp và Môi trường trên cơ sở hợp nhất hai Sở; Sở đi vào hoạt động từ ngày 01/3/2025 và ban hành Kế hoạch số 08/KH-SNNMT ngày 12/3/2025 về cải cách hành chính năm 2025, thay thế Kế hoạch số 01/KH-SNNPTNT ngày 06/01/2025.",
    middle="""1. Ngày 20/3/2025, Ủy ban nhân dân tỉnh ban hành Quyết định số 08/2025/QĐ-UBND quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở, có hiệu lực từ ngày 01/4/2025.

2. Quy chế làm việc của Sở ban hành kèm theo Quyết định số 12/QĐ-SNNMT ngày 25/3/2025, thay thế Quy chế làm việc của hai Sở cũ.

3. Số liệu quý I tính chung hai Sở (tháng 01 - 02/2025) và Sở Nông nghiệp và Môi trường (tháng 3/2025).""",
    signer=HUY,
)

QD_615 = (
    head(
        "615/QĐ-UBND",
        "ngày 15 tháng 4 năm 2025",
        "QUYẾT ĐỊNH",
        "Công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Môi trường tỉnh Hà Lâm",
        UB,
    )
    + f"""
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ LÂM

{ND63}

Xét đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 52 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Môi trường (Mục I - nông nghiệp; Mục II - đất đai; Mục III - môi trường, tài nguyên nước, khoáng sản).

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2025 và thay thế các Quyết định của Chủ tịch Ủy ban nhân dân tỉnh: số 968/QĐ-UBND ngày 16/6/2023, số 1540/QĐ-UBND ngày 12/9/2024 và số 1877/QĐ-UBND ngày 15/9/2022.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.
"""
    + LAN
)

QD_20_2025 = (
    head(
        "20/QĐ-SNNMT",
        "ngày 05 tháng 5 năm 2025",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế chi tiêu nội bộ năm 2025 của Sở Nông nghiệp và Môi trường",
        NM,
    )
    + """
GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÀ LÂM

Căn cứ Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ năm 2025 của Sở Nông nghiệp và Môi trường.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 07/QĐ-SNNPTNT ngày 15/01/2024 của Giám đốc Sở Nông nghiệp và Phát triển nông thôn và Quyết định số 10/QĐ-STNMT ngày 18/01/2024 của Giám đốc Sở Tài nguyên và Môi trường.

Điều 3. Chánh Văn phòng Sở và các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Kho bạc Nhà nước khu vực;
- Lưu: VT, VP.
"""
    + THINH
)

KH_14_2025 = (
    head(
        "14/KH-SNNMT",
        "ngày 12 tháng 5 năm 2025",
        "KẾ HOẠCH",
        "Chuyển đổi số năm 2025 của Sở Nông nghiệp và Môi trường",
        NM,
    )
    + """
Căn cứ Kế hoạch số 08/KH-SNNMT ngày 12/3/2025 của Sở Nông nghiệp và Môi trường về cải cách hành chính năm 2025;

Sở Nông nghiệp và Môi trường ban hành Kế hoạch chuyển đổi số năm 2025 như sau:

I. CHỈ TIÊU

1. Tỷ lệ hồ sơ thủ tục hành chính được số hóa khi tiếp nhận đạt 95%.

2. Hợp nhất hai cơ sở dữ liệu hồ sơ thủ tục hành chính của hai Sở cũ trên hệ thống một cửa điện tử của tỉnh.

II. NHIỆM VỤ

1. Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực của hai Sở cũ.

2. Kết nối cơ sở dữ liệu đất đai với Cổng Dịch vụ công của tỉnh.

III. TỔ CHỨC THỰC HIỆN

Kế hoạch này được thực hiện đến hết ngày 31/12/2025. Văn phòng Sở theo dõi, đôn đốc, báo cáo kết quả cùng báo cáo cải cách hành chính định kỳ.

Nơi nhận:
- Các phòng, đơn vị thuộc Sở;
- Sở Khoa học và Công nghệ;
- Lưu: VT, VP.
"""
    + HUY
)

QD_33_2025 = (
    head(
        "33/QĐ-SNNMT",
        "ngày 16 tháng 6 năm 2025",
        "QUYẾT ĐỊNH",
        "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Nông nghiệp và Môi trường",
        NM,
    )
    + f"""
GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÀ LÂM

{ND118}

Căn cứ Quyết định số 615/QĐ-UBND ngày 15/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Môi trường;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt kèm theo Quyết định này 52 quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Nông nghiệp và Môi trường.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 28/QĐ-SNNPTNT ngày 10/7/2023 của Giám đốc Sở Nông nghiệp và Phát triển nông thôn và Quyết định số 15/QĐ-STNMT ngày 20/7/2023 của Giám đốc Sở Tài nguyên và Môi trường.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng, Chi cục trưởng các Chi cục chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + THINH
)

BC_98_TOP, BC_98_BODY = report(
    "98/BC-SNNMT",
    "ngày 17 tháng 6 năm 2025",
    "NM",
    2025,
    "6m",
    lead="Sở thực hiện Kế hoạch số 08/KH-SNNMT ngày 12/3/2025 và Kế hoạch số 14/KH-SNNMT ngày 12/5/2025 về chuyển đổi số năm 2025.",
    middle="""1. Từ ngày 01/5/2025, Danh mục 52 thủ tục hành chính của Sở thực hiện theo Quyết định số 615/QĐ-UBND ngày 15/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh, thay thế các Quyết định số 968/QĐ-UBND, số 1540/QĐ-UBND và số 1877/QĐ-UBND.

2. Quy chế chi tiêu nội bộ năm 2025 ban hành kèm theo Quyết định số 20/QĐ-SNNMT ngày 05/5/2025.

3. Ngày 16/6/2025, Giám đốc Sở ký Quyết định số 33/QĐ-SNNMT phê duyệt 52 quy trình nội bộ, thay thế quy trình nội bộ của hai Sở cũ.""",
    signer=MAI,
)

CV_1420_TEXT = (
    head(
        "1420/SNNMT-VP",
        "ngày 15 tháng 8 năm 2025",
        "",
        "V/v đôn đốc số hóa hồ sơ thủ tục hành chính",
        NM,
    )
    + """
Kính gửi: Các phòng, đơn vị thuộc Sở.

Thực hiện Kế hoạch số 14/KH-SNNMT ngày 12/5/2025 của Sở về chuyển đổi số năm 2025, đến ngày 31/7/2025 tỷ lệ hồ sơ được số hóa khi tiếp nhận mới đạt 84,1%, thấp hơn chỉ tiêu 95% của Kế hoạch.

Giám đốc Sở yêu cầu:

1. Các phòng chuyên môn số hóa 100% hồ sơ tiếp nhận từ ngày 01/9/2025, thực hiện đúng quy trình nội bộ tại Quyết định số 33/QĐ-SNNMT ngày 16/6/2025.

2. Văn phòng Sở tổng hợp kết quả số hóa hằng tuần, báo cáo Giám đốc Sở vào chiều thứ Sáu.

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + HUY
)
CV_1420 = html_export(CV_1420_TEXT)

BC_150_TOP, BC_150_BODY = report(
    "150/BC-SNNMT",
    "ngày 18 tháng 9 năm 2025",
    "NM",
    2025,
    "9m",
    lead="Sở tiếp tục thực hiện Kế hoạch số 08/KH-SNNMT ngày 12/3/2025; Công văn số 1420/SNNMT-VP ngày 15/8/2025 đôn đốc số hóa hồ sơ thủ tục hành chính.",
    middle="""1. Quy trình nội bộ giải quyết thủ tục hành chính thực hiện theo Quyết định số 33/QĐ-SNNMT ngày 16/6/2025.

2. Quy chế làm việc của Sở ban hành kèm theo Quyết định số 12/QĐ-SNNMT ngày 25/3/2025 được thực hiện nghiêm.""",
    signer=MAI,
)

APPENDIX_2025 = appendix_rows(
    [
        (
            "356/QĐ-UBND",
            "26/02/2025",
            "Thành lập Sở Nông nghiệp và Môi trường tỉnh Hà Lâm",
            "UBND tỉnh",
        ),
        (
            "25/TB-SNNMT",
            "03/3/2025",
            "Về việc Sở Nông nghiệp và Môi trường chính thức đi vào hoạt động",
            "Sở NN&MT",
        ),
        (
            "05/QĐ-SNNMT",
            "10/3/2025",
            "Phân công nhiệm vụ của Giám đốc và các Phó Giám đốc Sở",
            "Sở NN&MT",
        ),
        ("08/KH-SNNMT", "12/3/2025", "Cải cách hành chính năm 2025", "Sở NN&MT"),
        (
            "08/2025/QĐ-UBND",
            "20/3/2025",
            "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Môi trường",
            "UBND tỉnh",
        ),
        (
            "12/QĐ-SNNMT",
            "25/3/2025",
            "Ban hành Quy chế làm việc của Sở Nông nghiệp và Môi trường",
            "Sở NN&MT",
        ),
        (
            "615/QĐ-UBND",
            "15/4/2025",
            "Công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Môi trường",
            "Chủ tịch UBND tỉnh",
        ),
        (
            "19/QĐ-SNNMT",
            "22/4/2025",
            "Kiện toàn Tổ công tác cải cách hành chính của Sở",
            "Sở NN&MT",
        ),
        ("20/QĐ-SNNMT", "05/5/2025", "Ban hành Quy chế chi tiêu nội bộ năm 2025", "Sở NN&MT"),
        ("14/KH-SNNMT", "12/5/2025", "Chuyển đổi số năm 2025", "Sở NN&MT"),
        ("26/KH-SNNMT", "10/6/2025", "Tuyên truyền cải cách hành chính năm 2025", "Sở NN&MT"),
        (
            "33/QĐ-SNNMT",
            "16/6/2025",
            "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính",
            "Sở NN&MT",
        ),
        (
            "31/KH-SNNMT",
            "25/7/2025",
            "Kiểm tra công tác cải cách hành chính năm 2025 tại các Chi cục",
            "Sở NN&MT",
        ),
        ("1420/SNNMT-VP", "15/8/2025", "Đôn đốc số hóa hồ sơ thủ tục hành chính", "Sở NN&MT"),
    ]
)
NM24 = FIG["NN"][2024]["year"][0] + FIG["TN"][2024]["year"][0]

BC_180_TOP, BC_180_BODY = report(
    "180/BC-SNNMT",
    "ngày 12 tháng 12 năm 2025",
    "NM",
    2025,
    "year",
    lead="Năm 2025 là năm đầu tiên Sở Nông nghiệp và Môi trường hoạt động sau hợp nhất. Sở thực hiện Kế hoạch số 08/KH-SNNMT ngày 12/3/2025 về cải cách hành chính năm 2025; các văn bản chỉ đạo, điều hành ban hành trong năm được liệt kê tại Phụ lục kèm theo Báo cáo này.",
    middle="""1. Về tổ chức bộ máy: hoàn thành hợp nhất, ổn định tổ chức theo Quyết định số 08/2025/QĐ-UBND ngày 20/3/2025 của Ủy ban nhân dân tỉnh (có hiệu lực từ ngày 01/4/2025).

2. Về thủ tục hành chính: thực hiện Danh mục 52 thủ tục hành chính theo Quyết định số 615/QĐ-UBND ngày 15/4/2025 và quy trình nội bộ theo Quyết định số 33/QĐ-SNNMT ngày 16/6/2025.

3. Về chuyển đổi số: tỷ lệ hồ sơ được số hóa khi tiếp nhận đạt 89,5%, chưa đạt chỉ tiêu 95% của Kế hoạch số 14/KH-SNNMT ngày 12/5/2025; Sở sẽ gia hạn thời gian thực hiện Kế hoạch.""",
    extra=f"Cùng kỳ năm 2024, hai Sở trước hợp nhất tiếp nhận tổng cộng {num(NM24)} hồ sơ thủ tục hành chính.",
    signer=THINH,
    end=False,
)
BC_180_AFTER = closing(THINH, "NM")

CV_2105 = (
    head(
        "2105/SNNMT-VP",
        "ngày 20 tháng 12 năm 2025",
        "",
        "V/v gia hạn thời gian thực hiện Kế hoạch chuyển đổi số năm 2025",
        NM,
    )
    + """
Kính gửi: Các phòng, đơn vị thuộc Sở.

Kế hoạch số 14/KH-SNNMT ngày 12/5/2025 của Sở về chuyển đổi số năm 2025 được thực hiện đến hết ngày 31/12/2025. Do việc hợp nhất hai cơ sở dữ liệu hồ sơ thủ tục hành chính chưa hoàn thành, Giám đốc Sở quyết định gia hạn thời gian thực hiện Kế hoạch số 14/KH-SNNMT đến hết ngày 30/6/2026; các chỉ tiêu, nhiệm vụ khác của Kế hoạch giữ nguyên.

Đề nghị các phòng, đơn vị tiếp tục thực hiện và báo cáo kết quả trước ngày 05/7/2026.

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + THINH
)

# ---------------------------------------------------------------- 2026
KH_02_2026 = plan(
    "02/KH-SNNMT",
    "ngày 08 tháng 01 năm 2026",
    "NM",
    2026,
    basis=NQ76,
    province_plan="Kế hoạch số 05/KH-UBND ngày 05/01/2026",
    online="75%",
    on_time="99%",
    tasks="""1. Hoàn thành các nhiệm vụ còn lại của Kế hoạch số 14/KH-SNNMT ngày 12/5/2025 (đã được gia hạn đến ngày 30/6/2026).

2. Rà soát quy trình nội bộ giải quyết thủ tục hành chính để áp dụng từ năm 2027.""",
    signer=THINH,
)

QD_05_2026 = (
    head(
        "05/QĐ-SNNMT",
        "ngày 12 tháng 01 năm 2026",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế chi tiêu nội bộ năm 2026 của Sở Nông nghiệp và Môi trường",
        NM,
    )
    + """
GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÀ LÂM

Căn cứ Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ năm 2026 của Sở Nông nghiệp và Môi trường.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 20/QĐ-SNNMT ngày 05/5/2025 của Giám đốc Sở.

Điều 3. Chánh Văn phòng Sở và các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.
"""
    + THINH
)

QD_410 = (
    head(
        "410/QĐ-UBND",
        "ngày 10 tháng 3 năm 2026",
        "QUYẾT ĐỊNH",
        "Bãi bỏ một số thủ tục hành chính trong Danh mục ban hành kèm theo Quyết định số 615/QĐ-UBND ngày 15/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh",
        UB,
    )
    + f"""
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ LÂM

{ND63}

Xét đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.

QUYẾT ĐỊNH:

Điều 1. Bãi bỏ 02 thủ tục hành chính lĩnh vực khoáng sản tại Mục III của Danh mục thủ tục hành chính ban hành kèm theo Quyết định số 615/QĐ-UBND ngày 15/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.
"""
    + LAN
)

BC_40_TOP, BC_40_BODY = report(
    "40/BC-SNNMT",
    "ngày 08 tháng 4 năm 2026",
    "NM",
    2026,
    "q1",
    lead="Sở ban hành Kế hoạch số 02/KH-SNNMT ngày 08/01/2026 về cải cách hành chính năm 2026 và Quyết định số 05/QĐ-SNNMT ngày 12/01/2026 ban hành Quy chế chi tiêu nội bộ năm 2026.",
    middle="""1. Ngày 10/3/2026, Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 410/QĐ-UBND bãi bỏ 02 thủ tục hành chính lĩnh vực khoáng sản trong Danh mục ban hành kèm theo Quyết định số 615/QĐ-UBND ngày 15/4/2025.

2. Tiếp tục thực hiện Kế hoạch số 14/KH-SNNMT ngày 12/5/2025 theo thời hạn đã được gia hạn tại Công văn số 2105/SNNMT-VP ngày 20/12/2025.""",
    signer=HUY,
)

QD_27_2026 = (
    head(
        "27/QĐ-SNNMT",
        "ngày 15 tháng 5 năm 2026",
        "QUYẾT ĐỊNH",
        "Sửa đổi, bổ sung Điều 8 Quy chế làm việc ban hành kèm theo Quyết định số 12/QĐ-SNNMT ngày 25/3/2025 của Giám đốc Sở Nông nghiệp và Môi trường",
        NM,
    )
    + """
GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÀ LÂM

Căn cứ Quyết định số 08/2025/QĐ-UBND ngày 20/3/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Môi trường;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung Điều 8 Quy chế làm việc của Sở Nông nghiệp và Môi trường ban hành kèm theo Quyết định số 12/QĐ-SNNMT ngày 25/3/2025 như sau:

"Điều 8. Chế độ họp giao ban: Giám đốc Sở họp giao ban trực tuyến với các Phó Giám đốc, Trưởng các phòng và Chi cục trưởng vào sáng thứ Hai của tuần đầu tiên và tuần thứ ba hằng tháng."

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2026. Các điều khác của Quy chế làm việc giữ nguyên.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng, Chi cục trưởng các Chi cục chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.
"""
    + THINH
)

BC_96_TOP, BC_96_BODY = report(
    "96/BC-SNNMT",
    "ngày 16 tháng 6 năm 2026",
    "NM",
    2026,
    "6m",
    lead="Sở thực hiện Kế hoạch số 02/KH-SNNMT ngày 08/01/2026; ngày 15/5/2026 ban hành Quyết định số 27/QĐ-SNNMT sửa đổi, bổ sung Điều 8 Quy chế làm việc ban hành kèm theo Quyết định số 12/QĐ-SNNMT ngày 25/3/2025 (áp dụng từ ngày 01/6/2026).",
    middle=f"""1. Danh mục thủ tục hành chính thực hiện theo Quyết định số 615/QĐ-UBND ngày 15/4/2025, đã được bãi bỏ 02 thủ tục tại Quyết định số 410/QĐ-UBND ngày 10/3/2026.

2. Điều chỉnh số liệu: tỷ lệ hồ sơ nộp trực tuyến năm 2025 nêu tại Báo cáo số 180/BC-SNNMT ngày 12/12/2025 là {FIG["NM"][2025]["year"][2]}; sau khi rà soát, loại trừ hồ sơ trùng lặp trên hệ thống một cửa điện tử, tỷ lệ đúng là {ONLINE_2025_CORRECTED}.""",
    extra="Số hồ sơ tiếp nhận theo quý năm 2026:",
    signer=MAI,
    end=False,
)
QUARTERS_2026 = [
    ["Nội dung", "Quý I", "Quý II", "6 tháng"],
    ["Số hồ sơ tiếp nhận", "2.940", "3.140", "6.080"],
]

BC_145_TOP, BC_145_BODY = report(
    "145/BC-SNNMT",
    "ngày 17 tháng 9 năm 2026",
    "NM",
    2026,
    "9m",
    lead="Sở tiếp tục thực hiện Kế hoạch số 02/KH-SNNMT ngày 08/01/2026. Kế hoạch số 14/KH-SNNMT ngày 12/5/2025 đã kết thúc ngày 30/6/2026 theo thời hạn được gia hạn; hai cơ sở dữ liệu hồ sơ của hai Sở cũ đã được hợp nhất.",
    middle="""1. Họp giao ban trực tuyến hai lần mỗi tháng theo Điều 8 Quy chế làm việc đã được sửa đổi tại Quyết định số 27/QĐ-SNNMT ngày 15/5/2026.

2. Sở đang xây dựng quy trình nội bộ mới giải quyết thủ tục hành chính để áp dụng từ năm 2027.""",
    extra="Số hồ sơ tiếp nhận theo quý: Quý I: 2.940 | Quý II: 3.140 | Quý III: 3.230.",
    signer=HUY,
)

QD_62_2026 = (
    head(
        "62/QĐ-SNNMT",
        "ngày 10 tháng 11 năm 2026",
        "QUYẾT ĐỊNH",
        "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Nông nghiệp và Môi trường áp dụng từ năm 2027",
        NM,
    )
    + f"""
GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÀ LÂM

{ND118}

Căn cứ Quyết định số 615/QĐ-UBND ngày 15/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh, được bãi bỏ một số thủ tục tại Quyết định số 410/QĐ-UBND ngày 10/3/2026;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt kèm theo Quyết định này 50 quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Nông nghiệp và Môi trường.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2027 và thay thế Quyết định số 33/QĐ-SNNMT ngày 16/6/2025 của Giám đốc Sở.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng, Chi cục trưởng các Chi cục chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + THINH
)

CV_2190 = (
    head(
        "2190/SNNMT-VP",
        "ngày 24 tháng 11 năm 2026",
        "",
        "V/v chuẩn bị báo cáo cải cách hành chính năm 2026",
        NM,
    )
    + """
Kính gửi: Các phòng, đơn vị thuộc Sở.

Để chuẩn bị báo cáo cải cách hành chính năm 2026 gửi Ủy ban nhân dân tỉnh, Giám đốc Sở đề nghị:

1. Các phòng, đơn vị tổng hợp số liệu giải quyết thủ tục hành chính đến hết ngày 30/11/2026. Tháng 10/2026, Sở tiếp nhận 1.085 hồ sơ thủ tục hành chính, tỷ lệ giải quyết đúng hạn đạt 99,2%.

2. Từ ngày 01/01/2027, áp dụng quy trình nội bộ phê duyệt tại Quyết định số 62/QĐ-SNNMT ngày 10/11/2026, thay thế Quyết định số 33/QĐ-SNNMT ngày 16/6/2025; đến hết năm nay tiếp tục thực hiện theo Quyết định số 33/QĐ-SNNMT.

3. Quy chế chi tiêu nội bộ năm nay thực hiện theo Quyết định số 05/QĐ-SNNMT ngày 12/01/2026.

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + THINH
)


LATE: list[Sample] = [
    Sample("KH CCHC 2025 SNN.txt", "txt", (KH_01_2025,)),
    Sample("tailieu (7).docx", "docx", (KH_02_2025_TN,), title="tailieu (MẪU)"),
    Sample(
        "QD 356 thanh lap So NN va MT.pdf", "pdf", (QD_356,), title="QĐ 356/QĐ-UBND (MẪU, hư cấu)"
    ),
    Sample("TB 25 thong bao hoat dong.txt", "txt", (TB_25,)),
    Sample("TTr 15 chuc nang nhiem vu.txt", "txt", (TTR_15,)),
    Sample("QD 05 phan cong nhiem vu lanh dao So.txt", "txt", (QD_05_2025,)),
    Sample(
        "KH 08 CCHC 2025 So NN va MT.pdf",
        "pdf",
        (KH_08_2025,),
        title="KH 08/KH-SNNMT (MẪU, hư cấu)",
    ),
    Sample("QD 08-2025-QD-UBND.docx", "docx", (QD_08_2025,), title="QĐ 08/2025/QĐ-UBND (MẪU)"),
    Sample("QD 12 quy che lam viec 2025.txt", "txt", (QD_12_2025,)),
    Sample("bc quy I 2025.txt", "txt", (BC_45_TOP, BC_45_BODY)),
    Sample("QD 615 danh muc TTHC 2025.pdf", "pdf", (QD_615,), title="QĐ 615/QĐ-UBND (MẪU, hư cấu)"),
    Sample("QD 20 QCCTNB 2025.docx", "docx", (QD_20_2025,), title="QĐ 20/QĐ-SNNMT (MẪU)"),
    Sample("KH 14 chuyen doi so 2025.txt", "txt", (KH_14_2025,)),
    Sample(
        "QD 33 quy trinh noi bo 2025.pdf",
        "pdf",
        (QD_33_2025,),
        title="QĐ 33/QĐ-SNNMT (MẪU, hư cấu)",
    ),
    Sample("BC 6 thang 2025.txt", "txt", (BC_98_TOP, BC_98_BODY)),
    Sample("cv1420_eoffice_export.txt", "txt", (CV_1420,)),
    Sample("bc 9 thang 2025.txt", "txt", (BC_150_TOP, BC_150_BODY)),
    Sample(
        "BC CCHC nam 2025 - So NN&MT.docx",
        "docx",
        (
            BC_180_TOP,
            BC_180_BODY
            + "\n"
            + BC_180_AFTER
            + "\n\nPhụ lục\n\nDANH MỤC VĂN BẢN ĐÃ BAN HÀNH NĂM 2025\n\n(Kèm theo Báo cáo số 180/BC-SNNMT ngày 12/12/2025 của Sở Nông nghiệp và Môi trường)\n",
        ),
        table=APPENDIX_2025,
        after="Ghi chú: Danh mục gồm văn bản do Sở ban hành và văn bản của Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh liên quan đến Sở.",
        title="BC 180/BC-SNNMT (MẪU)",
    ),
    Sample("CV 2105 gia han KH 14.txt", "txt", (CV_2105,)),
    Sample("KH CCHC 2026.txt", "txt", (KH_02_2026,)),
    Sample("QD 05 QCCTNB 2026.docx", "docx", (QD_05_2026,), title="QĐ 05/QĐ-SNNMT (MẪU)"),
    Sample("QD 410 bai bo TTHC.txt", "txt", (QD_410,)),
    Sample("BC quy I-2026 (ANSI).txt", "cp1258", (BC_40_TOP, BC_40_BODY)),
    Sample("scan_0515.pdf", "pdf", (QD_27_2026,), title="scan_0515 (MẪU, hư cấu)"),
    Sample(
        "BC 6 thang 2026.docx",
        "docx",
        (BC_96_TOP, BC_96_BODY),
        table=QUARTERS_2026,
        after=closing(MAI, "NM"),
        title="BC 96/BC-SNNMT (MẪU)",
    ),
    Sample(
        "bc 9 thang 2026.pdf",
        "pdf",
        (BC_145_TOP, BC_145_BODY),
        title="BC 145/BC-SNNMT (MẪU, hư cấu)",
    ),
    Sample("QD 62 quy trinh noi bo 2027.txt", "txt", (QD_62_2026,)),
    Sample("CV 2190 chuan bi bao cao CCHC 2026.txt", "txt", (CV_2190,)),
]
