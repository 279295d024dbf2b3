"""Eighteenth held-out archive, 2025 – 2026: the Sở Xây dựng of tỉnh Xuân Thủy (fictional) after
it takes over the tasks of the Sở Giao thông vận tải (01/3/2025) and after the district level
ends (01/7/2025), to November 2026. Do not tune on it.

The online building-permit rules SUSPENDED from 01/7/2025 ("tạm ngưng hiệu lực … cho đến khi có
quyết định khác") and restored from 15/9/2025 by a decision repealing the suspension; two
provincial decisions in the files of the Sở's certified copies ("SAO Y", a number …/SY-SXD of
their own under the original); a one-stop Quy chế whose replacement clause names a wrong number,
corrected by a Quyết định đính chính; an article of the Quy chế làm việc replaced ("Thay thế
Điều 7") in a file named like a new Quy chế; the 2026 plan in a file named for 2025; spending
rules applied from a day before they are signed; the 9-month 2025 count corrected in the annual
report; an unsigned draft beside the internal procedures effective after the last document.
Written by hand, before any code ran on it; facts in
``bench/data/heldout18_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout18_common import (
    FIG,
    HA,
    KHAI,
    LAM_UB,
    LUAT_2025,
    LUAT_2025_JUNE,
    ND61,
    ND63,
    ND118,
    NINE_MONTHS_2025_CORRECTED,
    Q3_2025_FIRST,
    QD07_GROUND,
    QUARTERS_2025,
    QUARTERS_2026,
    TRANG,
    TUAN,
    UB,
    UNSIGNED,
    closing,
    copy_block,
    draft_head,
    head,
    num,
    plan,
    report,
    spending_rules,
    year_before,
)
from sample_header import Sample

ONE_STOP = "Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Xây dựng"
PERMITS_ONLINE = "Quy định tiếp nhận, giải quyết hồ sơ đề nghị cấp giấy phép xây dựng theo hình thức trực tuyến toàn trình"

# ---------------------------------------------------------------- 2025
KH_04_2025 = plan(
    "04/KH-SXD",
    "ngày 08 tháng 01 năm 2025",
    2025,
    province_plan="Kế hoạch số 01/KH-UBND ngày 03/01/2025",
    online="65%",
    on_time="99%",
    tasks="""1. Chuẩn bị tiếp nhận chức năng, nhiệm vụ quản lý nhà nước về giao thông vận tải từ Sở Giao thông vận tải theo chủ trương sắp xếp tổ chức bộ máy.

2. Duy trì tiếp nhận hồ sơ vào buổi sáng thứ Bảy tại Bộ phận Một cửa.

3. Tăng tỷ lệ hồ sơ đề nghị cấp giấy phép xây dựng nộp trực tuyến toàn trình.""",
    signer=KHAI,
)

QD_07_2025 = (
    head(
        "07/2025/QĐ-UBND",
        "ngày 28 tháng 02 năm 2025",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Xây dựng tỉnh Xuân Thủy",
        UB,
    )
    + f"""
ỦY BAN NHÂN DÂN TỈNH XUÂN THỦY

{LUAT_2025}

Căn cứ Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương;

Căn cứ Nghị quyết số 05/NQ-HĐND ngày 26/02/2025 của Hội đồng nhân dân tỉnh về việc thành lập, tổ chức lại các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh;

Theo đề nghị của Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí, chức năng: Sở Xây dựng là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về quy hoạch xây dựng và kiến trúc; hoạt động đầu tư xây dựng; phát triển đô thị; hạ tầng kỹ thuật; nhà ở; thị trường bất động sản; vật liệu xây dựng; giao thông vận tải. Sở Xây dựng tiếp nhận chức năng, nhiệm vụ quản lý nhà nước về giao thông vận tải từ Sở Giao thông vận tải; Sở Giao thông vận tải kết thúc hoạt động kể từ ngày 01/3/2025.

Điều 2. Nhiệm vụ, quyền hạn theo quy định của pháp luật chuyên ngành và phân cấp của Ủy ban nhân dân tỉnh.

Điều 3. Cơ cấu tổ chức: Văn phòng, Thanh tra, 06 phòng chuyên môn, Trung tâm Giám định chất lượng xây dựng và Ban Quản lý bảo trì đường bộ.

Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2025 và thay thế Quyết định số 09/2022/QĐ-UBND ngày 10/3/2022 và Quyết định số 11/2021/QĐ-UBND ngày 18/6/2021 của Ủy ban nhân dân tỉnh.

Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Xây dựng và thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 5;
- Bộ Xây dựng;
- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp;
- Lưu: VT, NC.
"""
    + LAM_UB
    + copy_block(
        "08/SY-SXD",
        "ngày 05 tháng 3 năm 2025",
        HA,
        "- Các phòng, đơn vị thuộc Sở;\n- Ban Quản lý bảo trì đường bộ;",
    )
)

QD_30_2025 = spending_rules(
    "30/QĐ-SXD",
    "ngày 14 tháng 3 năm 2025",
    2025,
    "Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2025 và thay thế Quyết định số 18/QĐ-SXD ngày 06/02/2024 của Giám đốc Sở Xây dựng và Quyết định số 10/QĐ-SGTVT ngày 22/01/2024 của Giám đốc Sở Giao thông vận tải.",
    "\n" + QD07_GROUND + "\n",
    KHAI,
)

QD_35_2025 = (
    head(
        "35/QĐ-SXD",
        "ngày 25 tháng 3 năm 2025",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Xây dựng",
    )
    + f"""
GIÁM ĐỐC SỞ XÂY DỰNG TỈNH XUÂN THỦY

{QD07_GROUND}

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Xây dựng.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 38/QĐ-SXD ngày 15/4/2022 của Giám đốc Sở Xây dựng và Quyết định số 29/QĐ-SGTVT ngày 12/5/2022 của Giám đốc Sở Giao thông vận tải.

Điều 3. Chánh Văn phòng Sở, Chánh Thanh tra Sở, Trưởng các phòng và Thủ trưởng các đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (để b/c);
- Lưu: VT, VP.
"""
    + KHAI
    + """
QUY CHẾ LÀM VIỆC CỦA SỞ XÂY DỰNG

Điều 7. Chế độ hội họp: Giám đốc Sở họp giao ban với các Phó Giám đốc, Trưởng các phòng và Thủ trưởng các đơn vị vào sáng thứ Hai hằng tuần.

Điều 12. Quản lý văn bản đi, văn bản đến thực hiện trên Hệ thống quản lý văn bản và điều hành của tỉnh; văn bản đi của Sở tiếp tục đánh số theo năm.
"""
)

BC_52_TOP, BC_52_BODY = report(
    "52/BC-SXD",
    "ngày 08 tháng 4 năm 2025",
    2025,
    "q1",
    lead="Sở ban hành Kế hoạch số 04/KH-SXD ngày 08/01/2025 về cải cách hành chính năm 2025. Từ ngày 01/3/2025, Sở tiếp nhận chức năng, nhiệm vụ quản lý nhà nước về giao thông vận tải theo Quyết định số 07/2025/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh, thay thế Quyết định số 09/2022/QĐ-UBND ngày 10/3/2022.",
    middle="""1. Quy chế chi tiêu nội bộ năm 2025 ban hành kèm theo Quyết định số 30/QĐ-SXD ngày 14/3/2025, áp dụng từ ngày 01/3/2025.

2. Quy chế làm việc của Sở ban hành kèm theo Quyết định số 35/QĐ-SXD ngày 25/3/2025.

3. Số liệu quý I bao gồm hồ sơ lĩnh vực giao thông vận tải tiếp nhận từ ngày 01/3/2025.""",
    signer=TUAN,
)

QD_1046 = (
    head(
        "1046/QĐ-UBND",
        "ngày 18 tháng 4 năm 2025",
        "QUYẾT ĐỊNH",
        "Công bố Danh mục thủ tục hành chính lĩnh vực xây dựng, giao thông vận tải thuộc thẩm quyền giải quyết của Sở Xây dựng và Ủy ban nhân dân cấp huyện tỉnh Xuân Thủy",
        UB,
    )
    + f"""
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH XUÂN THỦY

{ND63}

Xét đề nghị của Giám đốc Sở Xây dựng.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 73 thủ tục hành chính lĩnh vực xây dựng, giao thông vận tải (Phần I: 61 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Xây dựng; Phần II: 12 thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp huyện).

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2025 và thay thế Quyết định số 768/QĐ-UBND ngày 20/4/2023 và Quyết định số 1377/QĐ-UBND ngày 14/8/2023 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Xây dựng, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Cục Kiểm soát thủ tục hành chính - Văn phòng Chính phủ;
- Lưu: VT, KSTT.
"""
    + TRANG
    + copy_block(
        "21/SY-SXD",
        "ngày 25 tháng 4 năm 2025",
        HA,
        "- Các phòng chuyên môn;\n- Bộ phận Một cửa Sở;",
    )
)

QD_39_2025 = (
    head(
        "39/QĐ-SXD",
        "ngày 12 tháng 5 năm 2025",
        "QUYẾT ĐỊNH",
        "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Xây dựng",
    )
    + f"""
GIÁM ĐỐC SỞ XÂY DỰNG TỈNH XUÂN THỦY

{ND61}

Căn cứ Quyết định số 1046/QĐ-UBND ngày 18/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính lĩnh vực xây dựng, giao thông vận tải;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt kèm theo Quyết định này 61 quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Xây dựng.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 47/QĐ-SXD ngày 10/7/2023 của Giám đốc Sở Xây dựng và Quyết định số 33/QĐ-SGTVT ngày 20/7/2023 của Giám đốc Sở Giao thông vận tải.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + KHAI
)

KH_20_2025 = (
    head(
        "20/KH-SXD",
        "ngày 22 tháng 5 năm 2025",
        "KẾ HOẠCH",
        "Tuyên truyền cải cách hành chính năm 2025",
    )
    + """
Thực hiện Kế hoạch số 04/KH-SXD ngày 08/01/2025 của Sở Xây dựng về cải cách hành chính năm 2025, Sở Xây dựng ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025 như sau:

I. CHỈ TIÊU

1. Đăng tải ít nhất 32 tin, bài về cải cách hành chính trên Trang thông tin điện tử của Sở.

2. Tổ chức 02 hội nghị phổ biến thủ tục hành chính lĩnh vực xây dựng, giao thông vận tải cho doanh nghiệp.

II. NỘI DUNG

Tuyên truyền việc Sở tiếp nhận nhiệm vụ giao thông vận tải, danh mục thủ tục hành chính mới, tiếp nhận hồ sơ trực tuyến toàn trình và buổi sáng thứ Bảy.

III. TỔ CHỨC THỰC HIỆN

Kế hoạch này được thực hiện trong năm 2025. Văn phòng Sở chủ trì.

Nơi nhận:
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + HA
)

BC_105_TOP, BC_105_BODY = report(
    "105/BC-SXD",
    "ngày 17 tháng 6 năm 2025",
    2025,
    "6m",
    lead="Sở thực hiện Kế hoạch số 04/KH-SXD ngày 08/01/2025 và Kế hoạch số 20/KH-SXD ngày 22/5/2025 về tuyên truyền cải cách hành chính năm 2025.",
    middle="""1. Từ ngày 01/5/2025, Danh mục thủ tục hành chính thực hiện theo Quyết định số 1046/QĐ-UBND ngày 18/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh, thay thế Quyết định số 768/QĐ-UBND và Quyết định số 1377/QĐ-UBND.

2. Quy trình nội bộ giải quyết thủ tục hành chính được phê duyệt tại Quyết định số 39/QĐ-SXD ngày 12/5/2025.

3. Sở chuẩn bị chuyển giao nhiệm vụ cấp giấy phép xây dựng của Ủy ban nhân dân cấp huyện cho Ủy ban nhân dân cấp xã từ ngày 01/7/2025.""",
    signer=HA,
)

QD_44_2025 = (
    head(
        "44/QĐ-SXD",
        "ngày 25 tháng 6 năm 2025",
        "QUYẾT ĐỊNH",
        f"Tạm ngưng hiệu lực Quyết định số 27/QĐ-SXD ngày 15/4/2024 của Giám đốc Sở Xây dựng ban hành {PERMITS_ONLINE}",
    )
    + f"""
GIÁM ĐỐC SỞ XÂY DỰNG TỈNH XUÂN THỦY

{QD07_GROUND}

Xét việc chuyển đổi Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh và việc sắp xếp đơn vị hành chính cấp xã, kết thúc hoạt động của chính quyền cấp huyện từ ngày 01/7/2025;

Theo đề nghị của Trưởng phòng Quản lý hoạt động xây dựng.

QUYẾT ĐỊNH:

Điều 1. Tạm ngưng hiệu lực Quyết định số 27/QĐ-SXD ngày 15/4/2024 của Giám đốc Sở Xây dựng ban hành {PERMITS_ONLINE}, kể từ ngày 01 tháng 7 năm 2025 cho đến khi có quyết định khác. Trong thời gian tạm ngưng, hồ sơ đề nghị cấp giấy phép xây dựng được tiếp nhận trực tiếp tại Bộ phận Một cửa, qua dịch vụ bưu chính công ích hoặc trực tuyến một phần.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2025.

Điều 3. Chánh Văn phòng Sở, Trưởng phòng Quản lý hoạt động xây dựng và công chức Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, QLHĐXD.
"""
    + KHAI
)

CV_1124 = (
    head(
        "1124/SXD-VP",
        "ngày 27 tháng 6 năm 2025",
        "",
        "V/v tiếp nhận hồ sơ đề nghị cấp giấy phép xây dựng từ ngày 01/7/2025",
    )
    + """
Kính gửi:
- Các phòng chuyên môn thuộc Sở;
- Trung tâm Phục vụ hành chính công tỉnh.

Thực hiện Quyết định số 44/QĐ-SXD ngày 25/6/2025 của Giám đốc Sở về việc tạm ngưng hiệu lực Quyết định số 27/QĐ-SXD ngày 15/4/2024, Sở Xây dựng đề nghị:

1. Từ ngày 01/7/2025, hồ sơ đề nghị cấp giấy phép xây dựng thuộc thẩm quyền của Sở được tiếp nhận trực tiếp, qua dịch vụ bưu chính công ích hoặc trực tuyến một phần; không yêu cầu tổ chức, cá nhân nộp lại hồ sơ đã nộp trực tuyến toàn trình trước ngày 01/7/2025.

2. Hồ sơ cấp giấy phép xây dựng công trình thuộc thẩm quyền của Ủy ban nhân dân cấp huyện (cũ) do Ủy ban nhân dân cấp xã tiếp nhận, giải quyết từ ngày 01/7/2025.

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + HA
)

QD_1360 = (
    head(
        "1360/QĐ-UBND",
        "ngày 30 tháng 6 năm 2025",
        "QUYẾT ĐỊNH",
        "Công bố Danh mục thủ tục hành chính lĩnh vực xây dựng thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã và bãi bỏ Phần II Danh mục ban hành kèm theo Quyết định số 1046/QĐ-UBND ngày 18/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh",
        UB,
    )
    + f"""
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH XUÂN THỦY

{LUAT_2025_JUNE}

{ND63}

Xét đề nghị của Giám đốc Sở Xây dựng.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 12 thủ tục hành chính lĩnh vực xây dựng thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã.

Điều 2. Bãi bỏ Phần II (12 thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp huyện) Danh mục ban hành kèm theo Quyết định số 1046/QĐ-UBND ngày 18/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025.

Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Xây dựng, Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.
"""
    + TRANG
    + "\nDANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN CỦA ỦY BAN NHÂN DÂN CẤP XÃ\n"
)
LIST_1360 = [
    ["STT", "Nhóm thủ tục", "Số thủ tục"],
    ["1", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "05"],
    ["2", "Cấp giấy phép xây dựng công trình cấp III, cấp IV", "04"],
    ["3", "Quản lý chất lượng công trình xây dựng", "03"],
]

QD_52_2025 = (
    head(
        "52/QĐ-SXD",
        "ngày 25 tháng 7 năm 2025",
        "QUYẾT ĐỊNH",
        f"Ban hành {ONE_STOP}",
    )
    + f"""
GIÁM ĐỐC SỞ XÂY DỰNG TỈNH XUÂN THỦY

{ND118}

{QD07_GROUND}

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này {ONE_STOP}.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2025 và thay thế Quyết định số 41/QĐ-SXD ngày 12/6/2023 và Quyết định số 36/QĐ-SXD ngày 10/9/2024 của Giám đốc Sở Xây dựng.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn và công chức làm việc tại Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + KHAI
    + """
QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA BỘ PHẬN MỘT CỬA SỞ XÂY DỰNG

Điều 3. Thời gian tiếp nhận hồ sơ và trả kết quả: từ thứ Hai đến thứ Sáu hằng tuần và buổi sáng thứ Bảy, trừ ngày nghỉ lễ, Tết; hồ sơ trực tuyến được tiếp nhận trong mọi thời gian.

Điều 5. Bộ phận Một cửa tiếp nhận hồ sơ thủ tục hành chính lĩnh vực xây dựng, giao thông vận tải thuộc thẩm quyền của Sở; hồ sơ thuộc thẩm quyền của Ủy ban nhân dân cấp xã được hướng dẫn nộp tại Trung tâm Phục vụ hành chính công cấp xã.
"""
)

QD_55_2025 = (
    head(
        "55/QĐ-SXD",
        "ngày 05 tháng 8 năm 2025",
        "QUYẾT ĐỊNH",
        "Đính chính Quyết định số 52/QĐ-SXD ngày 25/7/2025 của Giám đốc Sở Xây dựng",
    )
    + """
GIÁM ĐỐC SỞ XÂY DỰNG TỈNH XUÂN THỦY

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Đính chính Điều 2 Quyết định số 52/QĐ-SXD ngày 25/7/2025 của Giám đốc Sở Xây dựng ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Xây dựng, như sau:

Tại Điều 2 đã ghi: "Quyết định số 36/QĐ-SXD ngày 10/9/2024".

Nay đính chính là: "Quyết định số 63/QĐ-SXD ngày 10/9/2024".

Điều 2 sau khi đính chính là: "Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2025 và thay thế Quyết định số 41/QĐ-SXD ngày 12/6/2023 và Quyết định số 63/QĐ-SXD ngày 10/9/2024 của Giám đốc Sở Xây dựng."

Các nội dung khác của Quyết định số 52/QĐ-SXD giữ nguyên.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Sở và các phòng, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + KHAI
)

QD_61_2025 = (
    head(
        "61/QĐ-SXD",
        "ngày 12 tháng 9 năm 2025",
        "QUYẾT ĐỊNH",
        "Bãi bỏ Quyết định số 44/QĐ-SXD ngày 25/6/2025 của Giám đốc Sở Xây dựng về việc tạm ngưng hiệu lực Quyết định số 27/QĐ-SXD ngày 15/4/2024",
    )
    + f"""
GIÁM ĐỐC SỞ XÂY DỰNG TỈNH XUÂN THỦY

{QD07_GROUND}

Xét việc Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh đã vận hành ổn định từ tháng 9/2025;

Theo đề nghị của Trưởng phòng Quản lý hoạt động xây dựng.

QUYẾT ĐỊNH:

Điều 1. Bãi bỏ Quyết định số 44/QĐ-SXD ngày 25/6/2025 của Giám đốc Sở Xây dựng về việc tạm ngưng hiệu lực Quyết định số 27/QĐ-SXD ngày 15/4/2024.

Điều 2. Quyết định số 27/QĐ-SXD ngày 15/4/2024 của Giám đốc Sở Xây dựng ban hành {PERMITS_ONLINE} tiếp tục có hiệu lực thi hành kể từ ngày 15 tháng 9 năm 2025.

Điều 3. Quyết định này có hiệu lực kể từ ngày 15 tháng 9 năm 2025.

Điều 4. Chánh Văn phòng Sở, Trưởng phòng Quản lý hoạt động xây dựng và công chức Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, QLHĐXD.
"""
    + KHAI
)

BC_150_TOP, BC_150_BODY = report(
    "150/BC-SXD",
    "ngày 18 tháng 9 năm 2025",
    2025,
    "9m",
    lead="Sở tiếp tục thực hiện Kế hoạch số 04/KH-SXD ngày 08/01/2025 về cải cách hành chính năm 2025.",
    middle="""1. Từ ngày 01/7/2025, Phần II Danh mục ban hành kèm theo Quyết định số 1046/QĐ-UBND ngày 18/4/2025 bị bãi bỏ theo Quyết định số 1360/QĐ-UBND ngày 30/6/2025 của Chủ tịch Ủy ban nhân dân tỉnh; nhiệm vụ cấp giấy phép xây dựng của Ủy ban nhân dân cấp huyện do Ủy ban nhân dân cấp xã thực hiện.

2. Quyết định số 27/QĐ-SXD ngày 15/4/2024 bị tạm ngưng hiệu lực từ ngày 01/7/2025 theo Quyết định số 44/QĐ-SXD ngày 25/6/2025 và tiếp tục có hiệu lực từ ngày 15/9/2025 theo Quyết định số 61/QĐ-SXD ngày 12/9/2025.

3. Từ ngày 01/8/2025, Bộ phận Một cửa hoạt động theo Quy chế ban hành kèm theo Quyết định số 52/QĐ-SXD ngày 25/7/2025 (đã được đính chính tại Quyết định số 55/QĐ-SXD ngày 05/8/2025).""",
    extra=f"Riêng quý III năm 2025, Sở tiếp nhận {num(Q3_2025_FIRST)} hồ sơ.",
    signer=TUAN,
)

TTR_72 = (
    head(
        "72/TTr-SXD",
        "ngày 06 tháng 10 năm 2025",
        "TỜ TRÌNH",
        "Đề nghị ban hành Quyết định quy định phân cấp cấp giấy phép xây dựng trên địa bàn tỉnh Xuân Thủy",
    )
    + """
Kính gửi: Ủy ban nhân dân tỉnh.

Quyết định số 15/2021/QĐ-UBND ngày 12/5/2021 của Ủy ban nhân dân tỉnh quy định phân cấp cấp giấy phép xây dựng cho Ủy ban nhân dân cấp huyện không còn phù hợp từ ngày 01/7/2025, khi chính quyền địa phương được tổ chức theo mô hình hai cấp.

Sở Xây dựng kính trình Ủy ban nhân dân tỉnh dự thảo Quyết định quy định phân cấp cấp giấy phép xây dựng trên địa bàn tỉnh, thay thế Quyết định số 15/2021/QĐ-UBND ngày 12/5/2021. Dự thảo gồm 06 điều; Ủy ban nhân dân cấp xã cấp giấy phép xây dựng nhà ở riêng lẻ và công trình cấp III, cấp IV.

Kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.

Nơi nhận:
- Như trên;
- Sở Tư pháp;
- Lưu: VT, QLHĐXD.
"""
    + KHAI
)

QD_29_2025 = (
    head(
        "29/2025/QĐ-UBND",
        "ngày 10 tháng 11 năm 2025",
        "QUYẾT ĐỊNH",
        "Quy định phân cấp cấp giấy phép xây dựng trên địa bàn tỉnh Xuân Thủy",
        UB,
    )
    + f"""
ỦY BAN NHÂN DÂN TỈNH XUÂN THỦY

{LUAT_2025_JUNE}

Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;

Theo đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 72/TTr-SXD ngày 06/10/2025.

QUYẾT ĐỊNH:

Điều 1. Sở Xây dựng cấp giấy phép xây dựng đối với công trình cấp I, cấp II và công trình trên các tuyến, trục đường phố chính trong đô thị; Ủy ban nhân dân cấp xã cấp giấy phép xây dựng nhà ở riêng lẻ và công trình cấp III, cấp IV trên địa bàn.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 20 tháng 11 năm 2025 và thay thế Quyết định số 15/2021/QĐ-UBND ngày 12/5/2021 của Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Xây dựng, Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Bộ Xây dựng;
- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp;
- Lưu: VT, KT.
"""
    + LAM_UB
)

BC_228_TOP, BC_228_BODY = report(
    "228/BC-SXD",
    "ngày 12 tháng 12 năm 2025",
    2025,
    "year",
    lead="Năm 2025, Sở tiếp nhận chức năng, nhiệm vụ quản lý nhà nước về giao thông vận tải từ ngày 01/3/2025 và thực hiện Kế hoạch số 04/KH-SXD ngày 08/01/2025 về cải cách hành chính năm 2025.",
    middle="""1. Về tổ chức bộ máy: Sở thực hiện chức năng, nhiệm vụ theo Quyết định số 07/2025/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh.

2. Về thể chế: ngày 10/11/2025, Ủy ban nhân dân tỉnh ban hành Quyết định số 29/2025/QĐ-UBND quy định phân cấp cấp giấy phép xây dựng, có hiệu lực từ ngày 20/11/2025, thay thế Quyết định số 15/2021/QĐ-UBND ngày 12/5/2021.

3. Về thủ tục hành chính: Danh mục thủ tục hành chính thực hiện theo Quyết định số 1046/QĐ-UBND ngày 18/4/2025, được bãi bỏ Phần II tại Quyết định số 1360/QĐ-UBND ngày 30/6/2025; quy trình nội bộ theo Quyết định số 39/QĐ-SXD ngày 12/5/2025.

4. Về chính quyền số: hồ sơ đề nghị cấp giấy phép xây dựng được tiếp nhận trực tuyến toàn trình theo Quyết định số 27/QĐ-SXD ngày 15/4/2024 (tạm ngưng từ ngày 01/7 đến hết ngày 14/9/2025).

5. Về tuyên truyền: thực hiện Kế hoạch số 20/KH-SXD ngày 22/5/2025, đăng tải 37 tin, bài trên Trang thông tin điện tử của Sở.""",
    extra=(
        f"Số liệu 9 tháng năm 2025 đã báo cáo tại Báo cáo số 150/BC-SXD ngày 18/9/2025 là {num(FIG[2025]['9m'][0])} hồ sơ; "
        f"sau khi rà soát, số liệu chính thức là {num(NINE_MONTHS_2025_CORRECTED)} hồ sơ (điều chỉnh so với báo cáo 9 tháng do bổ sung hồ sơ "
        "lĩnh vực giao thông vận tải tiếp nhận qua dịch vụ bưu chính công ích).\n\n"
        + year_before(2025)
        + "\n\nSố hồ sơ tiếp nhận theo quý năm 2025:"
    ),
    signer=KHAI,
    end=False,
)
TABLE_2025 = [
    ["Nội dung", "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm"],
    ["Số hồ sơ tiếp nhận", *(num(q) for q in QUARTERS_2025), num(sum(QUARTERS_2025))],
]

# ---------------------------------------------------------------- 2026
KH_05_2026 = plan(
    "05/KH-SXD",
    "ngày 07 tháng 01 năm 2026",
    2026,
    province_plan="Kế hoạch số 06/KH-UBND ngày 05/01/2026",
    online="75%",
    on_time="99,5%",
    tasks="""1. Rà soát quy trình nội bộ giải quyết thủ tục hành chính để áp dụng từ năm 2027.

2. Kiểm tra công tác cải cách hành chính tại 05 phòng, đơn vị thuộc Sở.

3. Duy trì tiếp nhận trực tuyến toàn trình hồ sơ đề nghị cấp giấy phép xây dựng.""",
    signer=KHAI,
)

QD_09_2026 = spending_rules(
    "09/QĐ-SXD",
    "ngày 21 tháng 01 năm 2026",
    2026,
    "Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026 và thay thế Quyết định số 30/QĐ-SXD ngày 14/3/2025 của Giám đốc Sở.",
    "",
    KHAI,
)

KH_11_2026 = (
    head(
        "11/KH-SXD",
        "ngày 05 tháng 3 năm 2026",
        "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2026",
    )
    + """
Căn cứ Kế hoạch số 05/KH-SXD ngày 07/01/2026 của Sở Xây dựng về cải cách hành chính năm 2026;

Sở Xây dựng ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026 như sau:

I. ĐỐI TƯỢNG, NỘI DUNG KIỂM TRA

1. Kiểm tra 05 phòng, đơn vị thuộc Sở, trong đó có Ban Quản lý bảo trì đường bộ.

2. Nội dung: giải quyết thủ tục hành chính, thực hiện Quy chế làm việc và Quy chế tổ chức và hoạt động của Bộ phận Một cửa.

II. THỜI GIAN

Từ tháng 5 đến hết tháng 10 năm 2026.

III. TỔ CHỨC THỰC HIỆN

Thanh tra Sở chủ trì, phối hợp Văn phòng Sở thực hiện.

Nơi nhận:
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, TTr.
"""
    + TUAN
)

BC_48_TOP, BC_48_BODY = report(
    "48/BC-SXD",
    "ngày 08 tháng 4 năm 2026",
    2026,
    "q1",
    lead="Sở ban hành Kế hoạch số 05/KH-SXD ngày 07/01/2026 về cải cách hành chính năm 2026, Kế hoạch số 11/KH-SXD ngày 05/3/2026 kiểm tra công tác cải cách hành chính và Quyết định số 09/QĐ-SXD ngày 21/01/2026 ban hành Quy chế chi tiêu nội bộ năm 2026, áp dụng từ ngày 01/01/2026.",
    middle="""1. Thủ tục hành chính thuộc thẩm quyền của Sở thực hiện theo Phần I Danh mục ban hành kèm theo Quyết định số 1046/QĐ-UBND ngày 18/4/2025.

2. Việc cấp giấy phép xây dựng thực hiện theo Quyết định số 29/2025/QĐ-UBND ngày 10/11/2025 của Ủy ban nhân dân tỉnh.""",
    signer=TUAN,
)

QD_24_2026 = (
    head(
        "24/QĐ-SXD",
        "ngày 20 tháng 4 năm 2026",
        "QUYẾT ĐỊNH",
        "Thay thế Điều 7 Quy chế làm việc của Sở Xây dựng ban hành kèm theo Quyết định số 35/QĐ-SXD ngày 25/3/2025 của Giám đốc Sở Xây dựng",
    )
    + f"""
GIÁM ĐỐC SỞ XÂY DỰNG TỈNH XUÂN THỦY

{QD07_GROUND}

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Thay thế Điều 7 Quy chế làm việc của Sở Xây dựng ban hành kèm theo Quyết định số 35/QĐ-SXD ngày 25/3/2025 như sau:

"Điều 7. Chế độ hội họp: Giám đốc Sở họp giao ban trực tuyến với các Phó Giám đốc, Trưởng các phòng và Thủ trưởng các đơn vị vào chiều thứ Sáu của tuần cuối cùng hằng tháng; các Phó Giám đốc họp với các phòng, đơn vị được phân công phụ trách khi cần."

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 5 năm 2026. Các điều khác của Quy chế làm việc giữ nguyên.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng và Thủ trưởng các đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.
"""
    + KHAI
)

BC_101_TOP, BC_101_BODY = report(
    "101/BC-SXD",
    "ngày 16 tháng 6 năm 2026",
    2026,
    "6m",
    lead="Sở thực hiện Kế hoạch số 05/KH-SXD ngày 07/01/2026; ngày 20/4/2026 ban hành Quyết định số 24/QĐ-SXD thay thế Điều 7 Quy chế làm việc ban hành kèm theo Quyết định số 35/QĐ-SXD ngày 25/3/2025 (áp dụng từ ngày 01/5/2026).",
    middle="""1. Tiếp tục tiếp nhận trực tuyến toàn trình hồ sơ đề nghị cấp giấy phép xây dựng theo Quyết định số 27/QĐ-SXD ngày 15/4/2024.

2. Kiểm tra công tác cải cách hành chính tại 02 phòng theo Kế hoạch số 11/KH-SXD ngày 05/3/2026.""",
    extra="Số hồ sơ tiếp nhận theo quý năm 2026:",
    signer=HA,
    end=False,
)
TABLE_2026 = [
    ["Nội dung", "Quý I", "Quý II", "6 tháng"],
    [
        "Số hồ sơ tiếp nhận",
        num(QUARTERS_2026[0]),
        num(QUARTERS_2026[1]),
        num(sum(QUARTERS_2026[:2])),
    ],
]

BC_145_TOP, BC_145_BODY = report(
    "145/BC-SXD",
    "ngày 17 tháng 9 năm 2026",
    2026,
    "9m",
    lead="Sở tiếp tục thực hiện Kế hoạch số 05/KH-SXD ngày 07/01/2026 về cải cách hành chính năm 2026.",
    middle="""1. Giao ban trực tuyến hằng tháng theo Điều 7 Quy chế làm việc đã được thay thế tại Quyết định số 24/QĐ-SXD ngày 20/4/2026.

2. Sở đang xây dựng quy trình nội bộ mới giải quyết thủ tục hành chính để áp dụng từ năm 2027, thay thế Quyết định số 39/QĐ-SXD ngày 12/5/2025.""",
    extra="Số hồ sơ tiếp nhận theo quý: Quý I: {} | Quý II: {} | Quý III: {}.".format(
        *(num(q) for q in QUARTERS_2026)
    ),
    signer=TUAN,
)

QD_71_SUBJECT = "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Xây dựng áp dụng từ năm 2027"
QD_71_GROUNDS = f"""{ND118}

Căn cứ Quyết định số 1046/QĐ-UBND ngày 18/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh, được bãi bỏ Phần II tại Quyết định số 1360/QĐ-UBND ngày 30/6/2025;

Theo đề nghị của Chánh Văn phòng Sở."""


def _procedures_2027(count: str, effect: str) -> str:
    return f"""
GIÁM ĐỐC SỞ XÂY DỰNG TỈNH XUÂN THỦY

{QD_71_GROUNDS}

QUYẾT ĐỊNH:

Điều 1. Phê duyệt kèm theo Quyết định này {count} quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Xây dựng.

Điều 2. {effect}

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""


QD_71_2026 = (
    head("71/QĐ-SXD", "ngày 12 tháng 11 năm 2026", "QUYẾT ĐỊNH", QD_71_SUBJECT)
    + _procedures_2027(
        "61",
        "Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2027 và thay thế Quyết định số 39/QĐ-SXD ngày 12/5/2025 của Giám đốc Sở.",
    )
    + KHAI
)

# The unsigned draft of 71: another count, and "kể từ ngày ký". No document of the archive.
DRAFT_71 = (
    draft_head("/QĐ-SXD", "ngày      tháng 10 năm 2026", "QUYẾT ĐỊNH", QD_71_SUBJECT)
    + _procedures_2027(
        "59",
        "Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 39/QĐ-SXD ngày 12/5/2025 của Giám đốc Sở.",
    )
    + UNSIGNED
)

CV_1815 = (
    head(
        "1815/SXD-VP",
        "ngày 27 tháng 11 năm 2026",
        "",
        "V/v chuẩn bị báo cáo cải cách hành chính năm 2026",
    )
    + """
Kính gửi: Các phòng, đơn vị thuộc Sở.

Để chuẩn bị báo cáo cải cách hành chính năm 2026 gửi Ủy ban nhân dân tỉnh, Giám đốc Sở đề nghị:

1. Các phòng, đơn vị tổng hợp số liệu giải quyết thủ tục hành chính đến hết ngày 30/11/2026. Tháng 10/2026, Sở tiếp nhận 598 hồ sơ thủ tục hành chính, tỷ lệ giải quyết đúng hạn đạt 99,6%.

2. Từ ngày 01/01/2027, áp dụng quy trình nội bộ phê duyệt tại Quyết định số 71/QĐ-SXD ngày 12/11/2026, thay thế Quyết định số 39/QĐ-SXD ngày 12/5/2025; đến hết năm 2026 tiếp tục thực hiện theo Quyết định số 39/QĐ-SXD.

3. Bộ phận Một cửa tiếp tục tiếp nhận hồ sơ vào buổi sáng thứ Bảy theo Quy chế ban hành kèm theo Quyết định số 52/QĐ-SXD ngày 25/7/2025.

4. Quy chế chi tiêu nội bộ năm nay thực hiện theo Quyết định số 09/QĐ-SXD ngày 21/01/2026, áp dụng từ ngày 01/01/2026.

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + KHAI
)


LATE: list[Sample] = [
    Sample("KH 04 CCHC 2025.docx", "docx", (KH_04_2025,), title="KH 04/KH-SXD (MẪU)"),
    # The Sở's certified copy ("SAO Y", 08/SY-SXD) of the UBND tỉnh's decision.
    Sample(
        "QD 07-2025 chuc nang nhiem vu (ban sao y).pdf",
        "pdf",
        (QD_07_2025,),
        title="QĐ 07/2025/QĐ-UBND - bản sao y (MẪU, hư cấu)",
    ),
    Sample("QD 30 QCCTNB 2025.docx", "docx", (QD_30_2025,), title="QĐ 30/QĐ-SXD (MẪU)"),
    Sample("QD 35 quy che lam viec 2025.txt", "txt", (QD_35_2025,)),
    Sample("bc quy I 2025.txt", "txt", (BC_52_TOP, BC_52_BODY)),
    # The Sở's certified copy ("SAO Y", 21/SY-SXD) of the Chủ tịch's list.
    Sample("1046 danh muc TTHC 2025 - sao y.txt", "txt", (QD_1046,)),
    Sample(
        "QD 39 quy trinh noi bo 2025.pdf", "pdf", (QD_39_2025,), title="QĐ 39/QĐ-SXD (MẪU, hư cấu)"
    ),
    Sample("KH 20 tuyen truyen CCHC 2025.txt", "txt", (KH_20_2025,)),
    Sample("BC 6 thang 2025.txt", "txt", (BC_105_TOP, BC_105_BODY)),
    Sample(
        "QD 44 tam ngung hieu luc QD 27.pdf",
        "pdf",
        (QD_44_2025,),
        title="QĐ 44/QĐ-SXD (MẪU, hư cấu)",
    ),
    Sample("CV 1124 tiep nhan ho so GPXD.txt", "txt", (CV_1124,)),
    Sample(
        "QD 1360 TTHC cap xa.docx",
        "docx",
        (QD_1360,),
        table=LIST_1360,
        after="(Danh mục chi tiết được công khai trên Cổng Dịch vụ công của tỉnh.)",
        title="QĐ 1360/QĐ-UBND (MẪU)",
    ),
    Sample("QD 52 quy che mot cua 2025.docx", "docx", (QD_52_2025,), title="QĐ 52/QĐ-SXD (MẪU)"),
    Sample("QD 55 dinh chinh.txt", "txt", (QD_55_2025,)),
    Sample("QD 61 bai bo QD 44.txt", "txt", (QD_61_2025,)),
    Sample(
        "bc 9 thang 2025.pdf", "pdf", (BC_150_TOP, BC_150_BODY), title="BC 150/BC-SXD (MẪU, hư cấu)"
    ),
    Sample("TTr 72 phan cap GPXD.txt", "txt", (TTR_72,)),
    Sample(
        "QD 29-2025-QD-UBND phan cap GPXD.docx",
        "docx",
        (QD_29_2025,),
        title="QĐ 29/2025/QĐ-UBND (MẪU)",
    ),
    Sample(
        "BC CCHC nam 2025.docx",
        "docx",
        (BC_228_TOP, BC_228_BODY),
        table=TABLE_2025,
        after=closing(KHAI),
        title="BC 228/BC-SXD (MẪU)",
    ),
    # The file name says 2025; the file holds the 2026 plan (last year's file, edited).
    Sample("KH CCHC 2025 (sua).txt", "txt", (KH_05_2026,)),
    Sample("QD 09 QCCTNB 2026.docx", "docx", (QD_09_2026,), title="QĐ 09/QĐ-SXD (MẪU)"),
    Sample(
        "KH 11 kiem tra CCHC 2026.pdf", "pdf", (KH_11_2026,), title="KH 11/KH-SXD (MẪU, hư cấu)"
    ),
    Sample("bc quy I 2026.txt", "txt", (BC_48_TOP, BC_48_BODY)),
    # The file name promises a new Quy chế làm việc; the file replaces one article of 35.
    Sample(
        "QD 35 quy che lam viec (ban moi).pdf",
        "pdf",
        (QD_24_2026,),
        title="QD 35 quy che lam viec (ban moi) (MẪU, hư cấu)",
    ),
    Sample(
        "BC 6 thang 2026.docx",
        "docx",
        (BC_101_TOP, BC_101_BODY),
        table=TABLE_2026,
        after=closing(HA),
        title="BC 101/BC-SXD (MẪU)",
    ),
    Sample(
        "bc 9 thang 2026.pdf", "pdf", (BC_145_TOP, BC_145_BODY), title="BC 145/BC-SXD (MẪU, hư cấu)"
    ),
    Sample("QD 71 quy trinh noi bo 2027.txt", "txt", (QD_71_2026,)),
    Sample(
        "Du thao QD quy trinh noi bo 2027.docx",
        "docx",
        (DRAFT_71,),
        title="Dự thảo QĐ quy trình nội bộ 2027 (MẪU, hư cấu)",
    ),
    Sample("CV 1815 chuan bi bao cao CCHC 2026.txt", "txt", (CV_1815,)),
]
