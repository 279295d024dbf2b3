"""Eighteenth held-out archive, 2022 – 2024: the Sở Xây dựng of tỉnh Xuân Thủy (fictional) and
the UBND tỉnh's and its Chủ tịch's decisions on it. Do not tune on it.

Spending rules applied from 01 January though signed in February (effective before they are
signed); the one-stop Quy chế whose Điều 3 alone is replaced ("Thay thế Điều 3"), that decision
saved under the Quy chế's own number ("QD 41 quy che mot cua.pdf"); the online building-permit
rules that 2025 will suspend. Written by hand, before any code ran on it; facts in
``bench/data/heldout18_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout18_common import (
    HA,
    KHAI,
    LAM_UB,
    LUAT_2015,
    ND61,
    ND63,
    TRANG,
    UB,
    closing,
    head,
    plan,
    report,
    spending_rules,
    year_before,
)
from sample_header import Sample

ND24 = "Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương, được sửa đổi, bổ sung bởi Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ;"
ONE_STOP = "Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Xây dựng"

# ---------------------------------------------------------------- 2022
KH_03_2022 = plan(
    "03/KH-SXD",
    "ngày 07 tháng 01 năm 2022",
    2022,
    province_plan="Kế hoạch số 05/KH-UBND ngày 05/01/2022",
    online="35%",
    on_time="98%",
    tasks="""1. Tham mưu Ủy ban nhân dân tỉnh ban hành quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở thay thế Quyết định số 18/2016/QĐ-UBND ngày 22/7/2016.

2. Ban hành Quy chế làm việc mới của Sở.

3. Duy trì hoạt động của Bộ phận Một cửa theo Quyết định số 56/QĐ-SXD ngày 10/3/2021 của Giám đốc Sở.""",
    signer=KHAI,
)

QD_09_2022 = (
    head(
        "09/2022/QĐ-UBND",
        "ngày 10 tháng 3 năm 2022",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Xây dựng tỉnh Xuân Thủy",
        UB,
    )
    + f"""
ỦY BAN NHÂN DÂN TỈNH XUÂN THỦY

{LUAT_2015}

{ND24}

Theo đề nghị của Giám đốc Sở Xây dựng và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí, chức năng: Sở Xây dựng là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về quy hoạch xây dựng và kiến trúc; hoạt động đầu tư xây dựng; phát triển đô thị; hạ tầng kỹ thuật; nhà ở; thị trường bất động sản; vật liệu xây dựng.

Điều 2. Nhiệm vụ, quyền hạn theo quy định của pháp luật chuyên ngành và phân cấp của Ủy ban nhân dân tỉnh.

Điều 3. Cơ cấu tổ chức: Văn phòng, Thanh tra, Phòng Quản lý hoạt động xây dựng, Phòng Quy hoạch - Kiến trúc, Phòng Quản lý nhà và thị trường bất động sản, Phòng Hạ tầng kỹ thuật và phát triển đô thị; Trung tâm Giám định chất lượng xây dựng.

Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày 21 tháng 3 năm 2022 và thay thế Quyết định số 18/2016/QĐ-UBND ngày 22/7/2016 của Ủy ban nhân dân tỉnh.

Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Xây dựng và thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 5;
- Bộ Xây dựng;
- Cục Kiểm tra văn bản QPPL - Bộ Tư pháp;
- Lưu: VT, NC.
"""
    + LAM_UB
)

QD_38_2022 = (
    head(
        "38/QĐ-SXD",
        "ngày 15 tháng 4 năm 2022",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Xây dựng",
    )
    + """
GIÁM ĐỐC SỞ XÂY DỰNG TỈNH XUÂN THỦY

Căn cứ Quyết định số 09/2022/QĐ-UBND ngày 10/3/2022 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Xây dựng;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Xây dựng.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 45/QĐ-SXD ngày 20/5/2019 của Giám đốc Sở.

Điều 3. Chánh Văn phòng Sở, Chánh Thanh tra Sở, Trưởng các phòng, Giám đốc Trung tâm Giám định chất lượng xây dựng chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (để b/c);
- Lưu: VT, VP.
"""
    + KHAI
    + """
QUY CHẾ LÀM VIỆC CỦA SỞ XÂY DỰNG

Điều 7. Chế độ hội họp: Giám đốc Sở họp giao ban với các Phó Giám đốc, Trưởng các phòng và Thủ trưởng các đơn vị vào sáng thứ Hai hằng tuần.

Điều 12. Quản lý văn bản đi, văn bản đến thực hiện trên Hệ thống quản lý văn bản và điều hành của tỉnh.
"""
)

BC_102_TOP, BC_102_BODY = report(
    "102/BC-SXD",
    "ngày 16 tháng 6 năm 2022",
    2022,
    "6m",
    lead="Sở ban hành Kế hoạch số 03/KH-SXD ngày 07/01/2022 về cải cách hành chính năm 2022. Quy chế chi tiêu nội bộ năm 2022 ban hành kèm theo Quyết định số 12/QĐ-SXD ngày 20/01/2022.",
    middle="""1. Ngày 10/3/2022, Ủy ban nhân dân tỉnh ban hành Quyết định số 09/2022/QĐ-UBND quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở, có hiệu lực từ ngày 21/3/2022, thay thế Quyết định số 18/2016/QĐ-UBND.

2. Ngày 15/4/2022, Giám đốc Sở ký Quyết định số 38/QĐ-SXD ban hành Quy chế làm việc mới, thay thế Quyết định số 45/QĐ-SXD ngày 20/5/2019.

3. Danh mục thủ tục hành chính thực hiện theo Quyết định số 1612/QĐ-UBND ngày 15/9/2021 của Chủ tịch Ủy ban nhân dân tỉnh.""",
    signer=HA,
)

BC_215_TOP, BC_215_BODY = report(
    "215/BC-SXD",
    "ngày 14 tháng 12 năm 2022",
    2022,
    "year",
    lead="Sở thực hiện Kế hoạch số 03/KH-SXD ngày 07/01/2022; Quy chế làm việc ban hành kèm theo Quyết định số 38/QĐ-SXD ngày 15/4/2022 được thực hiện nghiêm.",
    middle="""1. Chức năng, nhiệm vụ của Sở thực hiện theo Quyết định số 09/2022/QĐ-UBND ngày 10/3/2022 của Ủy ban nhân dân tỉnh.

2. Sở đã trình Chủ tịch Ủy ban nhân dân tỉnh dự thảo Quyết định công bố danh mục thủ tục hành chính lĩnh vực xây dựng thay thế Quyết định số 1612/QĐ-UBND ngày 15/9/2021.""",
    extra=year_before(2022) + "\n\nSố hồ sơ tiếp nhận theo lĩnh vực năm 2022:",
    signer=KHAI,
    end=False,
)
FIELDS_2022 = [
    [
        "Lĩnh vực",
        "Hoạt động xây dựng",
        "Quy hoạch - kiến trúc",
        "Nhà ở và thị trường bất động sản",
        "Vật liệu xây dựng",
        "Tổng số",
    ],
    ["Số hồ sơ", "1.420", "610", "745", "330", "3.105"],
]

# ---------------------------------------------------------------- 2023
KH_02_2023 = plan(
    "02/KH-SXD",
    "ngày 06 tháng 01 năm 2023",
    2023,
    province_plan="Kế hoạch số 04/KH-UBND ngày 04/01/2023",
    online="45%",
    on_time="98,5%",
    tasks="""1. Đề nghị Chủ tịch Ủy ban nhân dân tỉnh công bố danh mục thủ tục hành chính lĩnh vực xây dựng mới.

2. Ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa thay cho Quyết định số 56/QĐ-SXD ngày 10/3/2021.

3. Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị thuộc Sở.""",
    signer=KHAI,
)

QD_25_2023 = spending_rules(
    "25/QĐ-SXD",
    "ngày 17 tháng 02 năm 2023",
    2023,
    "Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2023 và thay thế Quyết định số 12/QĐ-SXD ngày 20/01/2022 của Giám đốc Sở. Các khoản chi phát sinh từ ngày 01/01/2023 đến ngày ký Quyết định này được thực hiện theo Quy chế ban hành kèm theo Quyết định này.",
    "",
    KHAI,
)

KH_14_2023 = (
    head(
        "14/KH-SXD",
        "ngày 10 tháng 3 năm 2023",
        "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2023",
    )
    + """
Căn cứ Kế hoạch số 02/KH-SXD ngày 06/01/2023 của Sở Xây dựng về cải cách hành chính năm 2023;

Sở Xây dựng ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2023 như sau:

I. ĐỐI TƯỢNG, NỘI DUNG KIỂM TRA

1. Kiểm tra 04 phòng, đơn vị: Phòng Quản lý hoạt động xây dựng, Phòng Quy hoạch - Kiến trúc, Phòng Quản lý nhà và thị trường bất động sản, Trung tâm Giám định chất lượng xây dựng.

2. Nội dung: việc giải quyết thủ tục hành chính, thực hiện Quy chế làm việc, kỷ luật, kỷ cương hành chính.

II. THỜI GIAN

Từ tháng 8 đến hết tháng 11 năm 2023.

III. TỔ CHỨC THỰC HIỆN

Thanh tra Sở chủ trì, phối hợp Văn phòng Sở thực hiện; báo cáo kết quả trước ngày 05/12/2023.

Nơi nhận:
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, TTr.
"""
    + HA
)

QD_768 = (
    head(
        "768/QĐ-UBND",
        "ngày 20 tháng 4 năm 2023",
        "QUYẾT ĐỊNH",
        "Công bố Danh mục thủ tục hành chính lĩnh vực xây dựng thuộc thẩm quyền giải quyết của Sở Xây dựng và Ủy ban nhân dân cấp huyện tỉnh Xuân Thủy",
        UB,
    )
    + f"""
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH XUÂN THỦY

{ND63}

Xét đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 21/TTr-SXD ngày 05/4/2023.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 47 thủ tục hành chính lĩnh vực xây dựng (Phần I: 38 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Xây dựng; Phần II: 09 thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp huyện).

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1612/QĐ-UBND ngày 15/9/2021 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Xây dựng, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.
"""
    + TRANG
    + "\nDANH MỤC THỦ TỤC HÀNH CHÍNH (trích)\n"
)
LIST_768 = [
    ["Phần", "Lĩnh vực", "Số thủ tục"],
    ["I.1", "Hoạt động xây dựng", "16"],
    ["I.2", "Quy hoạch - kiến trúc", "08"],
    ["I.3", "Nhà ở và thị trường bất động sản", "10"],
    ["I.4", "Vật liệu xây dựng", "04"],
    ["II", "Thủ tục thuộc thẩm quyền Ủy ban nhân dân cấp huyện", "09"],
]

QD_41_2023 = (
    head(
        "41/QĐ-SXD",
        "ngày 12 tháng 6 năm 2023",
        "QUYẾT ĐỊNH",
        f"Ban hành {ONE_STOP}",
    )
    + f"""
GIÁM ĐỐC SỞ XÂY DỰNG TỈNH XUÂN THỦY

{ND61}

Căn cứ Quyết định số 768/QĐ-UBND ngày 20/4/2023 của Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính lĩnh vực xây dựng;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này {ONE_STOP}.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2023 và thay thế Quyết định số 56/QĐ-SXD ngày 10/3/2021 của Giám đốc Sở.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn và công chức làm việc tại Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + KHAI
    + """
QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA BỘ PHẬN MỘT CỬA SỞ XÂY DỰNG

Điều 1. Bộ phận Một cửa Sở Xây dựng đặt tại Trung tâm Phục vụ hành chính công tỉnh, tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính thuộc thẩm quyền của Sở.

Điều 3. Thời gian tiếp nhận hồ sơ và trả kết quả: Bộ phận Một cửa tiếp nhận hồ sơ và trả kết quả từ thứ Hai đến thứ Sáu hằng tuần (buổi sáng từ 7 giờ 30 đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ), trừ ngày nghỉ lễ, Tết.

Điều 4. Hồ sơ nộp trực tuyến được tiếp nhận trên Cổng Dịch vụ công của tỉnh trong mọi thời gian; hồ sơ nộp sau 16 giờ 30 được tính là tiếp nhận vào ngày làm việc tiếp theo.
"""
)

BC_98_TOP, BC_98_BODY = report(
    "98/BC-SXD",
    "ngày 15 tháng 6 năm 2023",
    2023,
    "6m",
    lead="Sở ban hành Kế hoạch số 02/KH-SXD ngày 06/01/2023 về cải cách hành chính năm 2023 và Kế hoạch số 14/KH-SXD ngày 10/3/2023 kiểm tra công tác cải cách hành chính năm 2023. Quy chế chi tiêu nội bộ năm 2023 ban hành kèm theo Quyết định số 25/QĐ-SXD ngày 17/02/2023, áp dụng từ ngày 01/01/2023.",
    middle="""1. Ngày 20/4/2023, Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 768/QĐ-UBND công bố Danh mục 47 thủ tục hành chính lĩnh vực xây dựng, thay thế Quyết định số 1612/QĐ-UBND ngày 15/9/2021.

2. Ngày 12/6/2023, Giám đốc Sở ký Quyết định số 41/QĐ-SXD ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa, có hiệu lực từ ngày 01/7/2023.""",
    signer=HA,
)

QD_47_2023 = (
    head(
        "47/QĐ-SXD",
        "ngày 10 tháng 7 năm 2023",
        "QUYẾT ĐỊNH",
        "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Xây dựng",
    )
    + f"""
GIÁM ĐỐC SỞ XÂY DỰNG TỈNH XUÂN THỦY

{ND61}

Căn cứ Quyết định số 768/QĐ-UBND ngày 20/4/2023 của Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính lĩnh vực xây dựng;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt kèm theo Quyết định này 38 quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Xây dựng.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + KHAI
)

BC_226_TOP, BC_226_BODY = report(
    "226/BC-SXD",
    "ngày 15 tháng 12 năm 2023",
    2023,
    "year",
    lead="Sở thực hiện Kế hoạch số 02/KH-SXD ngày 06/01/2023; kiểm tra công tác cải cách hành chính tại 04 phòng, đơn vị theo Kế hoạch số 14/KH-SXD ngày 10/3/2023.",
    middle="""1. Danh mục 47 thủ tục hành chính thực hiện theo Quyết định số 768/QĐ-UBND ngày 20/4/2023; quy trình nội bộ được phê duyệt tại Quyết định số 47/QĐ-SXD ngày 10/7/2023.

2. Từ ngày 01/7/2023, Bộ phận Một cửa hoạt động theo Quy chế ban hành kèm theo Quyết định số 41/QĐ-SXD ngày 12/6/2023, thay thế Quyết định số 56/QĐ-SXD ngày 10/3/2021.""",
    extra=year_before(2023),
    signer=KHAI,
)

# ---------------------------------------------------------------- 2024
KH_01_2024 = plan(
    "01/KH-SXD",
    "ngày 05 tháng 01 năm 2024",
    2024,
    province_plan="Kế hoạch số 03/KH-UBND ngày 03/01/2024",
    online="55%",
    on_time="99%",
    tasks="""1. Triển khai tiếp nhận hồ sơ đề nghị cấp giấy phép xây dựng theo hình thức trực tuyến toàn trình.

2. Rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực xây dựng.

3. Nghiên cứu việc tiếp nhận hồ sơ vào buổi sáng thứ Bảy tại Bộ phận Một cửa.""",
    signer=KHAI,
)

QD_18_2024 = spending_rules(
    "18/QĐ-SXD",
    "ngày 06 tháng 02 năm 2024",
    2024,
    "Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2024 và thay thế Quyết định số 25/QĐ-SXD ngày 17/02/2023 của Giám đốc Sở.",
    "",
    KHAI,
)

KH_07_2024 = (
    head(
        "07/KH-SXD",
        "ngày 20 tháng 02 năm 2024",
        "KẾ HOẠCH",
        "Rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực xây dựng năm 2024",
    )
    + """
Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật, được sửa đổi, bổ sung bởi Nghị định số 154/2020/NĐ-CP ngày 31/12/2020 của Chính phủ;

Thực hiện Kế hoạch số 01/KH-SXD ngày 05/01/2024 của Sở Xây dựng về cải cách hành chính năm 2024;

Sở Xây dựng ban hành Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực xây dựng năm 2024 như sau:

I. PHẠM VI RÀ SOÁT

Rà soát 12 quyết định quy phạm pháp luật của Ủy ban nhân dân tỉnh thuộc lĩnh vực xây dựng còn hiệu lực, trong đó có Quyết định số 15/2021/QĐ-UBND ngày 12/5/2021 của Ủy ban nhân dân tỉnh quy định phân cấp cấp giấy phép xây dựng trên địa bàn tỉnh.

II. THỜI GIAN

Hoàn thành trước ngày 30/11/2024; kết quả rà soát tổng hợp vào báo cáo cải cách hành chính năm 2024.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở (bộ phận pháp chế) chủ trì; các phòng chuyên môn phối hợp.

Nơi nhận:
- Sở Tư pháp;
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + HA
)

KH_12_2024 = (
    head(
        "12/KH-SXD",
        "ngày 05 tháng 3 năm 2024",
        "KẾ HOẠCH",
        "Chuyển đổi số năm 2024 của Sở Xây dựng",
    )
    + """
Căn cứ Kế hoạch số 01/KH-SXD ngày 05/01/2024 của Sở Xây dựng về cải cách hành chính năm 2024;

Sở Xây dựng ban hành Kế hoạch chuyển đổi số năm 2024 như sau:

I. CHỈ TIÊU

1. Tỷ lệ hồ sơ đề nghị cấp giấy phép xây dựng nộp trực tuyến toàn trình đạt 40% trở lên.

2. 100% hồ sơ thủ tục hành chính được số hóa khi tiếp nhận.

II. NHIỆM VỤ

1. Ban hành quy định tiếp nhận, giải quyết hồ sơ đề nghị cấp giấy phép xây dựng theo hình thức trực tuyến toàn trình.

2. Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực.

III. TỔ CHỨC THỰC HIỆN

Kế hoạch này được thực hiện đến hết ngày 31/12/2024. Văn phòng Sở theo dõi, tổng hợp, báo cáo kết quả cùng báo cáo cải cách hành chính năm 2024.

Nơi nhận:
- Các phòng, đơn vị thuộc Sở;
- Sở Thông tin và Truyền thông;
- Lưu: VT, VP.
"""
    + HA
)

QD_27_2024 = (
    head(
        "27/QĐ-SXD",
        "ngày 15 tháng 4 năm 2024",
        "QUYẾT ĐỊNH",
        "Ban hành Quy định tiếp nhận, giải quyết hồ sơ đề nghị cấp giấy phép xây dựng theo hình thức trực tuyến toàn trình",
    )
    + """
GIÁM ĐỐC SỞ XÂY DỰNG TỈNH XUÂN THỦY

Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;

Căn cứ Quyết định số 768/QĐ-UBND ngày 20/4/2023 của Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính lĩnh vực xây dựng;

Căn cứ Kế hoạch số 12/KH-SXD ngày 05/3/2024 của Sở Xây dựng về chuyển đổi số năm 2024;

Theo đề nghị của Trưởng phòng Quản lý hoạt động xây dựng.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định tiếp nhận, giải quyết hồ sơ đề nghị cấp giấy phép xây dựng theo hình thức trực tuyến toàn trình.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 5 năm 2024.

Điều 3. Chánh Văn phòng Sở, Trưởng phòng Quản lý hoạt động xây dựng và công chức Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, QLHĐXD.
"""
    + KHAI
    + """
QUY ĐỊNH
Tiếp nhận, giải quyết hồ sơ đề nghị cấp giấy phép xây dựng theo hình thức trực tuyến toàn trình

Điều 1. Phạm vi: 05 thủ tục cấp giấy phép xây dựng thuộc thẩm quyền của Sở (cấp mới, sửa đổi, điều chỉnh, gia hạn, cấp lại).

Điều 2. Hồ sơ được tiếp nhận trên Cổng Dịch vụ công của tỉnh; kết quả được trả bản điện tử có giá trị pháp lý như bản giấy.

Điều 3. Thời hạn giải quyết không quá 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.
"""
)

BC_96_TOP, BC_96_BODY = report(
    "96/BC-SXD",
    "ngày 14 tháng 6 năm 2024",
    2024,
    "6m",
    lead="Sở triển khai Kế hoạch số 01/KH-SXD ngày 05/01/2024 về cải cách hành chính năm 2024, Kế hoạch số 07/KH-SXD ngày 20/02/2024 về rà soát văn bản quy phạm pháp luật và Kế hoạch số 12/KH-SXD ngày 05/3/2024 về chuyển đổi số.",
    middle="""1. Quy chế chi tiêu nội bộ năm 2024 ban hành kèm theo Quyết định số 18/QĐ-SXD ngày 06/02/2024, áp dụng từ ngày 01/01/2024, thay thế Quyết định số 25/QĐ-SXD ngày 17/02/2023.

2. Từ ngày 01/5/2024, hồ sơ đề nghị cấp giấy phép xây dựng được tiếp nhận trực tuyến toàn trình theo Quyết định số 27/QĐ-SXD ngày 15/4/2024.

3. Sở phối hợp quản lý trật tự xây dựng với Ủy ban nhân dân huyện Vạn Thủy theo Quyết định số 86/QĐ-UBND ngày 14/3/2024 của Ủy ban nhân dân huyện Vạn Thủy ban hành Quy chế phối hợp quản lý trật tự xây dựng trên địa bàn huyện.

4. Sở đang lấy ý kiến các phòng, đơn vị về việc thay thế Điều 3 Quy chế tổ chức và hoạt động của Bộ phận Một cửa để tiếp nhận hồ sơ vào buổi sáng thứ Bảy.""",
    signer=HA,
)

QD_63_2024 = (
    head(
        "63/QĐ-SXD",
        "ngày 10 tháng 9 năm 2024",
        "QUYẾT ĐỊNH",
        f"Thay thế Điều 3 {ONE_STOP} ban hành kèm theo Quyết định số 41/QĐ-SXD ngày 12/6/2023 của Giám đốc Sở Xây dựng",
    )
    + f"""
GIÁM ĐỐC SỞ XÂY DỰNG TỈNH XUÂN THỦY

{ND61}

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Thay thế Điều 3 {ONE_STOP} ban hành kèm theo Quyết định số 41/QĐ-SXD ngày 12/6/2023 như sau:

"Điều 3. Thời gian tiếp nhận hồ sơ và trả kết quả: Bộ phận Một cửa tiếp nhận hồ sơ và trả kết quả từ thứ Hai đến thứ Sáu hằng tuần (buổi sáng từ 7 giờ 30 đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ) và buổi sáng thứ Bảy (từ 7 giờ 30 đến 11 giờ 30), trừ ngày nghỉ lễ, Tết."

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2024. Các điều khác của Quy chế giữ nguyên.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn và công chức làm việc tại Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + KHAI
)

TB_15_2024 = (
    head(
        "15/TB-SXD",
        "ngày 20 tháng 9 năm 2024",
        "THÔNG BÁO",
        "Về việc tiếp nhận hồ sơ thủ tục hành chính vào buổi sáng thứ Bảy",
    )
    + f"""
Thực hiện Quyết định số 63/QĐ-SXD ngày 10/9/2024 của Giám đốc Sở Xây dựng thay thế Điều 3 {ONE_STOP} ban hành kèm theo Quyết định số 41/QĐ-SXD ngày 12/6/2023, Sở Xây dựng thông báo:

1. Kể từ ngày 01/10/2024, Bộ phận Một cửa Sở Xây dựng tại Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hồ sơ và trả kết quả vào buổi sáng thứ Bảy hằng tuần, từ 7 giờ 30 đến 11 giờ 30.

2. Hồ sơ nộp trực tuyến tiếp tục được tiếp nhận trên Cổng Dịch vụ công của tỉnh.

Nơi nhận:
- Trung tâm Phục vụ hành chính công tỉnh;
- Trang thông tin điện tử Sở;
- Lưu: VT, VP.
"""
    + HA
)

BC_230_TOP, BC_230_BODY = report(
    "230/BC-SXD",
    "ngày 13 tháng 12 năm 2024",
    2024,
    "year",
    lead="Sở thực hiện Kế hoạch số 01/KH-SXD ngày 05/01/2024 về cải cách hành chính năm 2024; Kế hoạch số 12/KH-SXD ngày 05/3/2024 về chuyển đổi số được thực hiện đến hết ngày 31/12/2024.",
    middle="""1. Từ ngày 01/10/2024, Điều 3 Quy chế tổ chức và hoạt động của Bộ phận Một cửa được thay thế theo Quyết định số 63/QĐ-SXD ngày 10/9/2024; Bộ phận Một cửa tiếp nhận hồ sơ vào buổi sáng thứ Bảy.

2. Tỷ lệ hồ sơ đề nghị cấp giấy phép xây dựng nộp trực tuyến toàn trình đạt 46,5%, vượt chỉ tiêu 40% của Kế hoạch số 12/KH-SXD.

3. Hoàn thành rà soát 12 quyết định quy phạm pháp luật theo Kế hoạch số 07/KH-SXD ngày 20/02/2024; Sở kiến nghị thay thế Quyết định số 15/2021/QĐ-UBND ngày 12/5/2021 về phân cấp cấp giấy phép xây dựng.""",
    extra=year_before(2024) + "\n\nSố hồ sơ tiếp nhận theo lĩnh vực năm 2024:",
    signer=KHAI,
    end=False,
)
FIELDS_2024 = [
    [
        "Lĩnh vực",
        "Hoạt động xây dựng",
        "Quy hoạch - kiến trúc",
        "Nhà ở và thị trường bất động sản",
        "Vật liệu xây dựng",
        "Tổng số",
    ],
    ["Số hồ sơ", "1.685", "705", "890", "375", "3.655"],
]


def _docx(file: str, top: str, body: str, rows: list[list[str]], signer: str, title: str) -> Sample:
    return Sample(file, "docx", (top, body), table=rows, after=closing(signer), title=title)


EARLY: list[Sample] = [
    Sample("KH CCHC 2022.txt", "txt", (KH_03_2022,)),
    Sample(
        "QD 09-2022-QD-UBND chuc nang SXD.pdf",
        "pdf",
        (QD_09_2022,),
        title="QĐ 09/2022/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample("QD 38 quy che lam viec 2022.docx", "docx", (QD_38_2022,), title="QĐ 38/QĐ-SXD (MẪU)"),
    Sample("bc 6 thang 2022.txt", "txt", (BC_102_TOP, BC_102_BODY)),
    _docx(
        "BC CCHC nam 2022.docx", BC_215_TOP, BC_215_BODY, FIELDS_2022, KHAI, "BC 215/BC-SXD (MẪU)"
    ),
    Sample("tailieu_11.pdf", "pdf", (KH_02_2023,), title="tailieu_11 (MẪU, hư cấu)"),
    Sample("QD 25 QCCTNB 2023.txt", "txt", (QD_25_2023,)),
    Sample("KH 14 kiem tra CCHC 2023.txt", "txt", (KH_14_2023,)),
    Sample(
        "QD 768 danh muc TTHC xay dung.docx",
        "docx",
        (QD_768,),
        table=LIST_768,
        after="(Danh mục chi tiết được công khai tại Bộ phận Một cửa và trên Cổng Dịch vụ công của tỉnh.)",
        title="QĐ 768/QĐ-UBND (MẪU)",
    ),
    Sample(
        "Quy che BP mot cua 2023 (ban ky).pdf",
        "pdf",
        (QD_41_2023,),
        title="QĐ 41/QĐ-SXD (MẪU, hư cấu)",
    ),
    Sample("bc 6 thang 2023.txt", "txt", (BC_98_TOP, BC_98_BODY)),
    Sample("QD 47 quy trinh noi bo.txt", "txt", (QD_47_2023,)),
    Sample(
        "BC CCHC 2023.pdf", "pdf", (BC_226_TOP, BC_226_BODY), title="BC 226/BC-SXD (MẪU, hư cấu)"
    ),
    Sample("KH CCHC 2024.txt", "txt", (KH_01_2024,)),
    Sample("QD 18 QCCTNB 2024.docx", "docx", (QD_18_2024,), title="QĐ 18/QĐ-SXD (MẪU)"),
    Sample("KH 07 ra soat VBQPPL 2024.txt", "txt", (KH_07_2024,)),
    Sample("KH chuyen doi so 2024.pdf", "pdf", (KH_12_2024,), title="KH 12/KH-SXD (MẪU, hư cấu)"),
    Sample("QD 27 tiep nhan GPXD truc tuyen toan trinh.txt", "txt", (QD_27_2024,)),
    Sample(
        "BC 6 thang 2024.pdf", "pdf", (BC_96_TOP, BC_96_BODY), title="BC 96/BC-SXD (MẪU, hư cấu)"
    ),
    # The file name names the Quy chế (41); the file holds the decision replacing its Điều 3.
    Sample(
        "QD 41 quy che mot cua.pdf",
        "pdf",
        (QD_63_2024,),
        title="QD 41 quy che mot cua (MẪU, hư cấu)",
    ),
    Sample("TB 15 tiep nhan ho so thu Bay.txt", "txt", (TB_15_2024,)),
    _docx(
        "BC CCHC nam 2024.docx", BC_230_TOP, BC_230_BODY, FIELDS_2024, KHAI, "BC 230/BC-SXD (MẪU)"
    ),
]
