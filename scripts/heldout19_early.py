"""Nineteenth held-out archive, 2022 – 2024: the Sở Y tế of tỉnh An Trường (fictional) and the
UBND tỉnh's and its Chủ tịch's decisions on it. Do not tune on it.

The functions decision amended once and then printed as a consolidated text (VĂN BẢN HỢP NHẤT,
no document of its own); a công bố the Sở had no power to issue, annulled ("Hủy bỏ"); a pilot
valid "đến hết ngày 31/12/2024" and extended ("kéo dài thời hạn áp dụng") before its end; one
article of the appraisal procedure SUSPENDED ("tạm dừng áp dụng Điều 6 … cho đến khi Bộ Y tế có
văn bản hướng dẫn") and restored ("khôi phục hiệu lực thi hành Điều 6"), the suspending decision
ending that day; postal rules signed in November 2024 and effective from 01/01/2025, asked
about in between. Written by hand; facts in ``bench/data/heldout19_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout19_common import (
    APPRAISAL,
    BAO,
    LAN,
    LUAT_2015,
    MARK,
    ND45,
    ND54,
    ND61,
    ND63,
    NHUNG,
    PLACE,
    QUANG,
    QUANG_UB,
    THINH,
    UB,
    closing,
    head,
    plan,
    report,
    year_before,
)
from sample_header import Sample

ND24 = "Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương, được sửa đổi, bổ sung bởi Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ;"
FUNCTIONS = (
    "Quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh An Trường"
)

# ---------------------------------------------------------------- 2022
KH_02_2022 = plan(
    "02/KH-SYT",
    "ngày 10 tháng 01 năm 2022",
    2022,
    province_plan="Kế hoạch số 04/KH-UBND ngày 05/01/2022",
    online="30%",
    on_time="98%",
    tasks="""1. Tham mưu Ủy ban nhân dân tỉnh ban hành quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở thay cho Quyết định số 14/2016/QĐ-UBND ngày 15/8/2016.

2. Ban hành Quy chế làm việc mới của Sở thay cho Quyết định số 52/QĐ-SYT ngày 12/6/2019.

3. Tiếp tục vận hành Bộ phận Một cửa theo Quyết định số 26/QĐ-SYT ngày 10/5/2021 của Giám đốc Sở.""",
    signer=BAO,
)

QD_11_2022 = (
    head("11/2022/QĐ-UBND", "ngày 25 tháng 02 năm 2022", "QUYẾT ĐỊNH", FUNCTIONS, UB)
    + f"""
ỦY BAN NHÂN DÂN TỈNH AN TRƯỜNG

{LUAT_2015}

{ND24}

Theo đề nghị của Giám đốc Sở Y tế và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí, chức năng: Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về y tế, gồm: y tế dự phòng; khám bệnh, chữa bệnh; dược, mỹ phẩm; an toàn thực phẩm; trang thiết bị y tế; dân số.

Điều 2. Nhiệm vụ, quyền hạn theo quy định của pháp luật chuyên ngành và phân cấp của Ủy ban nhân dân tỉnh.

Điều 3. Cơ cấu tổ chức: Văn phòng, Thanh tra, Phòng Kế hoạch - Tài chính, Phòng Nghiệp vụ Y, Phòng Nghiệp vụ Dược, Chi cục Dân số - Kế hoạch hóa gia đình, Chi cục An toàn vệ sinh thực phẩm.

Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày 10 tháng 3 năm 2022 và thay thế Quyết định số 14/2016/QĐ-UBND ngày 15/8/2016 của Ủy ban nhân dân tỉnh.

Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Y tế và thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 5;
- Bộ Y tế;
- Cục Kiểm tra văn bản QPPL - Bộ Tư pháp;
- Lưu: VT, KGVX.
"""
    + QUANG_UB
)

QD_33_2022 = (
    head(
        "33/QĐ-SYT",
        "ngày 28 tháng 3 năm 2022",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Y tế",
    )
    + """
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

Căn cứ Quyết định số 11/2022/QĐ-UBND ngày 25/02/2022 của Ủy ban nhân dân tỉnh quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Y tế.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 52/QĐ-SYT ngày 12/6/2019 của Giám đốc Sở Y tế.

Điều 3. Chánh Văn phòng Sở, Chánh Thanh tra Sở, Trưởng các phòng, Chi cục trưởng các Chi cục chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (để b/c);
- Lưu: VT, VP.
"""
    + BAO
    + """
QUY CHẾ LÀM VIỆC CỦA SỞ Y TẾ

Điều 5. Giám đốc Sở họp giao ban với các Phó Giám đốc và Trưởng các phòng vào chiều thứ Năm hằng tuần.

Điều 9. Văn bản đi, văn bản đến được xử lý trên Hệ thống quản lý văn bản và điều hành của tỉnh; không in văn bản giấy đối với văn bản gửi nội bộ.
"""
)

BC_95_TOP, BC_95_BODY = report(
    "95/BC-SYT",
    "ngày 15 tháng 6 năm 2022",
    2022,
    "6m",
    lead="Sở ban hành Kế hoạch số 02/KH-SYT ngày 10/01/2022 thực hiện công tác cải cách hành chính năm 2022 và giao nhiệm vụ cụ thể cho từng phòng, đơn vị.",
    middle="""1. Ủy ban nhân dân tỉnh ban hành Quyết định số 11/2022/QĐ-UBND ngày 25/02/2022 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở, có hiệu lực từ ngày 10/3/2022, thay thế Quyết định số 14/2016/QĐ-UBND.

2. Giám đốc Sở ký Quyết định số 33/QĐ-SYT ngày 28/3/2022 ban hành Quy chế làm việc, thay thế Quyết định số 52/QĐ-SYT ngày 12/6/2019.

3. Thủ tục hành chính lĩnh vực y tế tiếp tục thực hiện theo Danh mục công bố tại Quyết định số 1520/QĐ-UBND ngày 20/9/2021 của Chủ tịch Ủy ban nhân dân tỉnh.""",
    signer=LAN,
)

QD_24_2022 = (
    head(
        "24/2022/QĐ-UBND",
        "ngày 20 tháng 10 năm 2022",
        "QUYẾT ĐỊNH",
        "Sửa đổi, bổ sung Điều 3 Quyết định số 11/2022/QĐ-UBND ngày 25/02/2022 của Ủy ban nhân dân tỉnh quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế",
        UB,
    )
    + f"""
ỦY BAN NHÂN DÂN TỈNH AN TRƯỜNG

{LUAT_2015}

Theo đề nghị của Giám đốc Sở Y tế và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung Điều 3 Quyết định số 11/2022/QĐ-UBND ngày 25/02/2022 như sau:

"Điều 3. Cơ cấu tổ chức: Văn phòng, Thanh tra, Phòng Kế hoạch - Tài chính, Phòng Nghiệp vụ Y, Phòng Nghiệp vụ Dược, Phòng Tổ chức cán bộ, Chi cục Dân số - Kế hoạch hóa gia đình, Chi cục An toàn vệ sinh thực phẩm."

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 11 năm 2022.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Cục Kiểm tra văn bản QPPL - Bộ Tư pháp;
- Lưu: VT, KGVX.
"""
    + QUANG_UB
)

# A consolidated text: the Văn phòng UBND tỉnh's VĂN BẢN HỢP NHẤT of 11/2022 and 24/2022. It has
# a number of its own (05/VBHN-UBND) but is no new document: it changes and replaces nothing.
VBHN_05 = (
    "\n".join(
        [
            MARK,
            "",
            *UB,
            "",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Số: 05/VBHN-UBND",
            "",
            f"{PLACE}, ngày 25 tháng 11 năm 2022",
            "",
            "VĂN BẢN HỢP NHẤT",
            "QUYẾT ĐỊNH",
            FUNCTIONS,
            "",
        ]
    )
    + """
Quyết định số 11/2022/QĐ-UBND ngày 25/02/2022 của Ủy ban nhân dân tỉnh quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh An Trường, có hiệu lực kể từ ngày 10/3/2022, được sửa đổi, bổ sung bởi:

Quyết định số 24/2022/QĐ-UBND ngày 20/10/2022 của Ủy ban nhân dân tỉnh sửa đổi, bổ sung Điều 3 Quyết định số 11/2022/QĐ-UBND, có hiệu lực kể từ ngày 01/11/2022.

Điều 1. Vị trí, chức năng: Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về y tế.

Điều 3. Cơ cấu tổ chức (1): Văn phòng, Thanh tra, Phòng Kế hoạch - Tài chính, Phòng Nghiệp vụ Y, Phòng Nghiệp vụ Dược, Phòng Tổ chức cán bộ, Chi cục Dân số - Kế hoạch hóa gia đình, Chi cục An toàn vệ sinh thực phẩm.

Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày 10 tháng 3 năm 2022 và thay thế Quyết định số 14/2016/QĐ-UBND ngày 15/8/2016 của Ủy ban nhân dân tỉnh (2).

(1) Điều này được sửa đổi, bổ sung theo quy định tại Điều 1 Quyết định số 24/2022/QĐ-UBND, có hiệu lực kể từ ngày 01/11/2022.

(2) Điều 2 Quyết định số 24/2022/QĐ-UBND quy định: "Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 11 năm 2022."

Văn bản hợp nhất này không thay thế Quyết định số 11/2022/QĐ-UBND và Quyết định số 24/2022/QĐ-UBND.

XÁC THỰC VĂN BẢN HỢP NHẤT
"""
    + QUANG
)

BC_210_TOP, BC_210_BODY = report(
    "210/BC-SYT",
    "ngày 14 tháng 12 năm 2022",
    2022,
    "year",
    lead="Sở tổ chức thực hiện Kế hoạch số 02/KH-SYT ngày 10/01/2022; Quy chế làm việc ban hành kèm theo Quyết định số 33/QĐ-SYT ngày 28/3/2022 được thực hiện nghiêm túc.",
    middle="""1. Tổ chức bộ máy: Sở thực hiện chức năng, nhiệm vụ theo Quyết định số 11/2022/QĐ-UBND ngày 25/02/2022, được sửa đổi, bổ sung Điều 3 tại Quyết định số 24/2022/QĐ-UBND ngày 20/10/2022 (thành lập Phòng Tổ chức cán bộ từ ngày 01/11/2022).

2. Thủ tục hành chính: Sở đang xây dựng dự thảo danh mục thủ tục hành chính mới để trình Chủ tịch Ủy ban nhân dân tỉnh công bố thay thế Quyết định số 1520/QĐ-UBND ngày 20/9/2021.""",
    extra=year_before(2022) + "\n\nSố hồ sơ tiếp nhận theo lĩnh vực năm 2022:",
    signer=BAO,
    end=False,
)
FIELDS_2022 = [
    [
        "Lĩnh vực",
        "Dược, mỹ phẩm",
        "Khám bệnh, chữa bệnh",
        "An toàn thực phẩm",
        "Y tế dự phòng và lĩnh vực khác",
        "Tổng số",
    ],
    ["Số hồ sơ", "1.620", "1.245", "1.080", "440", "4.385"],
]

# ---------------------------------------------------------------- 2023
KH_03_2023 = plan(
    "03/KH-SYT",
    "ngày 09 tháng 01 năm 2023",
    2023,
    province_plan="Kế hoạch số 02/KH-UBND ngày 04/01/2023",
    online="40%",
    on_time="98,5%",
    tasks="""1. Tham mưu Chủ tịch Ủy ban nhân dân tỉnh công bố danh mục thủ tục hành chính ngành y tế mới.

2. Ban hành quy trình thẩm định điều kiện kinh doanh dược, cho phép thẩm định trực tuyến đối với cơ sở bán lẻ thuốc.

3. Thí điểm trả kết quả giải quyết thủ tục hành chính bản điện tử.""",
    signer=BAO,
)

QD_19_2023 = (
    head("19/QĐ-SYT", "ngày 08 tháng 3 năm 2023", "QUYẾT ĐỊNH", f"Ban hành {APPRAISAL}")
    + f"""
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

{ND54}

Căn cứ Quyết định số 11/2022/QĐ-UBND ngày 25/02/2022 của Ủy ban nhân dân tỉnh quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế;

Theo đề nghị của Trưởng phòng Nghiệp vụ Dược.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này {APPRAISAL}.

Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2023.

Điều 3. Chánh Văn phòng Sở, Trưởng phòng Nghiệp vụ Dược và các tổ chức, cá nhân liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Cục Quản lý Dược - Bộ Y tế;
- Lưu: VT, NVD.
"""
    + BAO
    + """
QUY TRÌNH THẨM ĐỊNH ĐIỀU KIỆN KINH DOANH DƯỢC TẠI CƠ SỞ

Điều 4. Đoàn thẩm định gồm từ 03 đến 05 thành viên do Giám đốc Sở quyết định thành lập.

Điều 6. Thẩm định trực tuyến: đối với cơ sở bán lẻ thuốc đề nghị cấp lại hoặc điều chỉnh giấy chứng nhận đủ điều kiện kinh doanh dược, Đoàn thẩm định có thể thẩm định qua hình thức trực tuyến (truyền hình ảnh trực tiếp) thay cho thẩm định tại cơ sở.

Điều 8. Biên bản thẩm định được lập trong ngày thẩm định và gửi cơ sở trong 02 ngày làm việc.
"""
)

# Issued by the Sở without power: a công bố of procedures is the Chủ tịch UBND tỉnh's.
QD_38_2023 = (
    head(
        "38/QĐ-SYT",
        "ngày 02 tháng 6 năm 2023",
        "QUYẾT ĐỊNH",
        "Công bố danh mục thủ tục hành chính lĩnh vực dược thuộc thẩm quyền giải quyết của Sở Y tế",
    )
    + f"""
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

{ND63}

Theo đề nghị của Trưởng phòng Nghiệp vụ Dược.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục 24 thủ tục hành chính lĩnh vực dược thuộc thẩm quyền giải quyết của Sở Y tế.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Sở, Trưởng phòng Nghiệp vụ Dược chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, NVD.
"""
    + THINH
)

BC_98_TOP, BC_98_BODY = report(
    "98/BC-SYT",
    "ngày 16 tháng 6 năm 2023",
    2023,
    "6m",
    lead="Sở triển khai Kế hoạch số 03/KH-SYT ngày 09/01/2023 thực hiện công tác cải cách hành chính năm 2023.",
    middle="""1. Ngày 08/3/2023, Giám đốc Sở ban hành Quyết định số 19/QĐ-SYT ban hành Quy trình thẩm định điều kiện kinh doanh dược tại cơ sở, có hiệu lực từ ngày 15/3/2023; Điều 6 cho phép thẩm định trực tuyến đối với cơ sở bán lẻ thuốc.

2. Ngày 02/6/2023, Sở ban hành Quyết định số 38/QĐ-SYT công bố danh mục 24 thủ tục hành chính lĩnh vực dược.

3. Sở phối hợp với Ủy ban nhân dân huyện Tân Khê kiểm tra an toàn thực phẩm theo Quy chế ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 14/4/2023 của Ủy ban nhân dân huyện Tân Khê.""",
    signer=LAN,
)

QD_44_2023 = (
    head(
        "44/QĐ-SYT",
        "ngày 23 tháng 6 năm 2023",
        "QUYẾT ĐỊNH",
        "Hủy bỏ Quyết định số 38/QĐ-SYT ngày 02/6/2023 của Giám đốc Sở Y tế",
    )
    + f"""
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

{ND63}

Xét Công văn số 1587/VP-KSTT ngày 15/6/2023 của Văn phòng Ủy ban nhân dân tỉnh về việc công bố thủ tục hành chính không đúng thẩm quyền;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Hủy bỏ Quyết định số 38/QĐ-SYT ngày 02/6/2023 của Giám đốc Sở Y tế về việc công bố danh mục thủ tục hành chính lĩnh vực dược, do ban hành không đúng thẩm quyền.

Điều 2. Trong thời gian Chủ tịch Ủy ban nhân dân tỉnh chưa công bố danh mục mới, thủ tục hành chính lĩnh vực dược tiếp tục thực hiện theo Quyết định số 1520/QĐ-UBND ngày 20/9/2021 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Nghiệp vụ Dược chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Văn phòng UBND tỉnh;
- Lưu: VT, VP.
"""
    + BAO
)

QD_1096 = (
    head(
        "1096/QĐ-UBND",
        "ngày 10 tháng 7 năm 2023",
        "QUYẾT ĐỊNH",
        "Công bố Danh mục thủ tục hành chính ngành y tế thuộc thẩm quyền giải quyết của Sở Y tế tỉnh An Trường",
        UB,
    )
    + f"""
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN TRƯỜNG

{ND63}

Xét đề nghị của Giám đốc Sở Y tế.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 96 thủ tục hành chính ngành y tế thuộc thẩm quyền giải quyết của Sở Y tế.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1520/QĐ-UBND ngày 20/9/2021 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.
"""
    + NHUNG
    + "\nDANH MỤC THỦ TỤC HÀNH CHÍNH (tổng hợp theo lĩnh vực)\n"
)
LIST_1096 = [
    ["STT", "Lĩnh vực", "Số thủ tục"],
    ["1", "Dược, mỹ phẩm", "34"],
    ["2", "Khám bệnh, chữa bệnh", "31"],
    ["3", "An toàn thực phẩm", "17"],
    ["4", "Trang thiết bị y tế", "08"],
    ["5", "Y tế dự phòng, dân số", "06"],
]

QD_71_2023 = (
    head(
        "71/QĐ-SYT",
        "ngày 20 tháng 11 năm 2023",
        "QUYẾT ĐỊNH",
        "Thí điểm trả kết quả giải quyết thủ tục hành chính bản điện tử tại Sở Y tế",
    )
    + f"""
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

{ND45}

Căn cứ Quyết định số 1096/QĐ-UBND ngày 10/7/2023 của Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính ngành y tế;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Thí điểm trả kết quả giải quyết thủ tục hành chính bản điện tử (có chữ ký số của Sở) qua Cổng Dịch vụ công của tỉnh đối với thủ tục cấp lại chứng chỉ hành nghề dược và thủ tục cấp giấy xác nhận nội dung quảng cáo mỹ phẩm.

Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 12 năm 2023 đến hết ngày 31 tháng 12 năm 2024.

Điều 3. Chánh Văn phòng Sở, Trưởng phòng Nghiệp vụ Dược và công chức Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + BAO
)

BC_221_TOP, BC_221_BODY = report(
    "221/BC-SYT",
    "ngày 13 tháng 12 năm 2023",
    2023,
    "year",
    lead="Sở thực hiện Kế hoạch số 03/KH-SYT ngày 09/01/2023; các nhiệm vụ trọng tâm được hoàn thành đúng tiến độ.",
    middle="""1. Ngày 23/6/2023, Giám đốc Sở ban hành Quyết định số 44/QĐ-SYT hủy bỏ Quyết định số 38/QĐ-SYT ngày 02/6/2023 do công bố thủ tục hành chính không đúng thẩm quyền; ngày 10/7/2023, Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1096/QĐ-UBND công bố Danh mục 96 thủ tục hành chính ngành y tế.

2. Từ ngày 01/12/2023, Sở thí điểm trả kết quả bản điện tử theo Quyết định số 71/QĐ-SYT ngày 20/11/2023.

3. Thẩm định điều kiện kinh doanh dược thực hiện theo Quyết định số 19/QĐ-SYT ngày 08/3/2023; 41 cơ sở bán lẻ thuốc được thẩm định trực tuyến.""",
    extra=year_before(2023),
    signer=BAO,
)

# ---------------------------------------------------------------- 2024
KH_01_2024 = plan(
    "01/KH-SYT",
    "ngày 08 tháng 01 năm 2024",
    2024,
    province_plan="Kế hoạch số 01/KH-UBND ngày 03/01/2024",
    online="50%",
    on_time="99%",
    tasks="""1. Đánh giá kết quả thí điểm trả kết quả bản điện tử; đề xuất kéo dài hoặc mở rộng.

2. Triển khai tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích.

3. Ban hành Kế hoạch chuyển đổi số năm 2024.""",
    signer=BAO,
)

KH_09_2024 = (
    head(
        "09/KH-SYT",
        "ngày 26 tháng 02 năm 2024",
        "KẾ HOẠCH",
        "Chuyển đổi số trong giải quyết thủ tục hành chính năm 2024",
    )
    + """
Căn cứ Kế hoạch số 01/KH-SYT ngày 08/01/2024 của Sở Y tế thực hiện công tác cải cách hành chính năm 2024;

Sở Y tế ban hành Kế hoạch chuyển đổi số trong giải quyết thủ tục hành chính năm 2024 như sau:

I. CHỈ TIÊU

1. Tỷ lệ hồ sơ cấp chứng chỉ hành nghề nộp trực tuyến toàn trình đạt từ 35% trở lên.

2. 100% kết quả giải quyết thủ tục hành chính còn hiệu lực được số hóa.

II. TỔ CHỨC THỰC HIỆN

Kế hoạch này áp dụng đến hết ngày 31/12/2024. Văn phòng Sở tổng hợp kết quả vào báo cáo cải cách hành chính năm 2024.

Nơi nhận:
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + LAN
)

QD_29_2024 = (
    head(
        "29/QĐ-SYT",
        "ngày 06 tháng 5 năm 2024",
        "QUYẾT ĐỊNH",
        f"Tạm dừng áp dụng Điều 6 {APPRAISAL} ban hành kèm theo Quyết định số 19/QĐ-SYT ngày 08/3/2023",
    )
    + f"""
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

{ND54}

Theo đề nghị của Trưởng phòng Nghiệp vụ Dược.

QUYẾT ĐỊNH:

Điều 1. Tạm dừng áp dụng Điều 6 (thẩm định trực tuyến) {APPRAISAL} ban hành kèm theo Quyết định số 19/QĐ-SYT ngày 08/3/2023 của Giám đốc Sở Y tế, kể từ ngày 10 tháng 5 năm 2024 cho đến khi Bộ Y tế có văn bản hướng dẫn về thẩm định trực tuyến. Trong thời gian tạm dừng, việc thẩm định được thực hiện tại cơ sở.

Điều 2. Quyết định này có hiệu lực kể từ ngày 10 tháng 5 năm 2024. Các điều khác của Quy trình giữ nguyên.

Điều 3. Chánh Văn phòng Sở, Trưởng phòng Nghiệp vụ Dược chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, NVD.
"""
    + BAO
)

BC_96_TOP, BC_96_BODY = report(
    "96/BC-SYT",
    "ngày 14 tháng 6 năm 2024",
    2024,
    "6m",
    lead="Sở triển khai Kế hoạch số 01/KH-SYT ngày 08/01/2024 và Kế hoạch số 09/KH-SYT ngày 26/02/2024 về chuyển đổi số trong giải quyết thủ tục hành chính.",
    middle="""1. Từ ngày 10/5/2024, Điều 6 Quy trình thẩm định điều kiện kinh doanh dược (thẩm định trực tuyến) tạm dừng áp dụng theo Quyết định số 29/QĐ-SYT ngày 06/5/2024; các điều khác của Quyết định số 19/QĐ-SYT vẫn thực hiện.

2. Thí điểm trả kết quả bản điện tử theo Quyết định số 71/QĐ-SYT ngày 20/11/2023 được thực hiện ổn định.

3. Sở phối hợp với Ủy ban nhân dân huyện Phú Lộc theo Quyết định số 87/QĐ-UBND ngày 20/3/2024 của Ủy ban nhân dân huyện Phú Lộc ban hành Quy chế phối hợp quản lý hành nghề y, dược tư nhân trên địa bàn huyện.""",
    signer=LAN,
)

QD_64_2024 = (
    head(
        "64/QĐ-SYT",
        "ngày 23 tháng 9 năm 2024",
        "QUYẾT ĐỊNH",
        f"Khôi phục hiệu lực thi hành Điều 6 {APPRAISAL}",
    )
    + f"""
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

{ND54}

Căn cứ Công văn số 5123/BYT-QLD ngày 28/8/2024 của Bộ Y tế hướng dẫn thẩm định điều kiện kinh doanh dược theo hình thức trực tuyến;

Theo đề nghị của Trưởng phòng Nghiệp vụ Dược.

QUYẾT ĐỊNH:

Điều 1. Khôi phục hiệu lực thi hành Điều 6 {APPRAISAL} ban hành kèm theo Quyết định số 19/QĐ-SYT ngày 08/3/2023 của Giám đốc Sở Y tế, kể từ ngày 01 tháng 10 năm 2024.

Điều 2. Quyết định số 29/QĐ-SYT ngày 06/5/2024 của Giám đốc Sở Y tế hết hiệu lực thi hành kể từ ngày 01 tháng 10 năm 2024.

Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2024. Chánh Văn phòng Sở, Trưởng phòng Nghiệp vụ Dược chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, NVD.
"""
    + BAO
)

QD_77_2024 = (
    head(
        "77/QĐ-SYT",
        "ngày 18 tháng 11 năm 2024",
        "QUYẾT ĐỊNH",
        "Ban hành Quy định tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích",
    )
    + f"""
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

{ND61}

Căn cứ Quyết định số 1096/QĐ-UBND ngày 10/7/2023 của Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính ngành y tế;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích.

Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 01 năm 2025.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn, Bưu điện tỉnh An Trường và tổ chức, cá nhân liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.
"""
    + BAO
    + """
QUY ĐỊNH

Điều 1. Tổ chức, cá nhân có thể gửi hồ sơ của 62 thủ tục hành chính qua dịch vụ bưu chính công ích và đăng ký nhận kết quả tại địa chỉ.

Điều 2. Thời hạn giải quyết được tính từ ngày Bộ phận Một cửa nhận hồ sơ từ nhân viên bưu chính.
"""
)

CV_1985 = (
    head(
        "1985/SYT-VP",
        "ngày 05 tháng 12 năm 2024",
        "",
        "V/v áp dụng Quyết định số 77/QĐ-SYT về tiếp nhận hồ sơ qua dịch vụ bưu chính công ích",
    )
    + """
Kính gửi: Bưu điện tỉnh An Trường.

Sở Y tế nhận được Công văn của Bưu điện tỉnh đề nghị cho biết thời điểm bắt đầu tiếp nhận hồ sơ thủ tục hành chính qua dịch vụ bưu chính công ích. Về việc này, Sở Y tế có ý kiến như sau:

1. Quyết định số 77/QĐ-SYT ngày 18/11/2024 của Giám đốc Sở Y tế có hiệu lực từ ngày 01/01/2025. Đến hết ngày 31/12/2024, Sở chưa tiếp nhận hồ sơ qua dịch vụ bưu chính công ích theo Quy định này.

2. Đề nghị Bưu điện tỉnh bố trí nhân viên và tập huấn trước ngày 25/12/2024.

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + LAN
)

BC_225_TOP, BC_225_BODY = report(
    "225/BC-SYT",
    "ngày 12 tháng 12 năm 2024",
    2024,
    "year",
    lead="Sở thực hiện Kế hoạch số 01/KH-SYT ngày 08/01/2024; Kế hoạch số 09/KH-SYT ngày 26/02/2024 về chuyển đổi số được thực hiện đến hết ngày 31/12/2024.",
    middle="""1. Điều 6 Quy trình thẩm định điều kiện kinh doanh dược được khôi phục hiệu lực thi hành từ ngày 01/10/2024 theo Quyết định số 64/QĐ-SYT ngày 23/9/2024, sau thời gian tạm dừng theo Quyết định số 29/QĐ-SYT.

2. Tỷ lệ hồ sơ cấp chứng chỉ hành nghề nộp trực tuyến toàn trình đạt 38,2%, vượt chỉ tiêu 35% của Kế hoạch số 09/KH-SYT.

3. Ngày 18/11/2024, Giám đốc Sở ký Quyết định số 77/QĐ-SYT ban hành Quy định tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích, áp dụng từ ngày 01/01/2025.

4. Thí điểm trả kết quả bản điện tử theo Quyết định số 71/QĐ-SYT: đã trả 1.146 kết quả bản điện tử; Sở đang hoàn thiện dự thảo quyết định kéo dài thời hạn thí điểm.""",
    extra=year_before(2024) + "\n\nSố hồ sơ tiếp nhận theo lĩnh vực năm 2024:",
    signer=BAO,
    end=False,
)
FIELDS_2024 = [
    [
        "Lĩnh vực",
        "Dược, mỹ phẩm",
        "Khám bệnh, chữa bệnh",
        "An toàn thực phẩm",
        "Y tế dự phòng và lĩnh vực khác",
        "Tổng số",
    ],
    ["Số hồ sơ", "1.790", "1.402", "1.196", "483", "4.871"],
]

QD_80_2024 = (
    head(
        "80/QĐ-SYT",
        "ngày 16 tháng 12 năm 2024",
        "QUYẾT ĐỊNH",
        "Kéo dài thời hạn áp dụng Quyết định số 71/QĐ-SYT ngày 20/11/2023 về thí điểm trả kết quả giải quyết thủ tục hành chính bản điện tử",
    )
    + f"""
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

{ND45}

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Kéo dài thời hạn áp dụng Quyết định số 71/QĐ-SYT ngày 20/11/2023 của Giám đốc Sở Y tế về thí điểm trả kết quả giải quyết thủ tục hành chính bản điện tử đến hết ngày 30 tháng 6 năm 2025.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Sở, Trưởng phòng Nghiệp vụ Dược chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + BAO
)


def _docx(file: str, top: str, body: str, rows: list[list[str]], signer: str, title: str) -> Sample:
    return Sample(file, "docx", (top, body), table=rows, after=closing(signer), title=title)


EARLY: list[Sample] = [
    Sample("KH CCHC 2022.txt", "txt", (KH_02_2022,)),
    Sample(
        "QD 11-2022-QD-UBND chuc nang SYT.pdf",
        "pdf",
        (QD_11_2022,),
        title="QĐ 11/2022/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample("QD 33 quy che lam viec.docx", "docx", (QD_33_2022,), title="QĐ 33/QĐ-SYT (MẪU)"),
    Sample("bc 6 thang 2022.txt", "txt", (BC_95_TOP, BC_95_BODY)),
    Sample(
        "QD 24-2022 sua doi Dieu 3 QD 11.pdf",
        "pdf",
        (QD_24_2022,),
        title="QĐ 24/2022/QĐ-UBND (MẪU, hư cấu)",
    ),
    # A consolidated text: no document of its own.
    Sample(
        "VBHN chuc nang nhiem vu SYT 2022.docx",
        "docx",
        (VBHN_05,),
        title="Văn bản hợp nhất 05/VBHN-UBND (MẪU)",
    ),
    _docx(
        "BC CCHC nam 2022.docx", BC_210_TOP, BC_210_BODY, FIELDS_2022, BAO, "BC 210/BC-SYT (MẪU)"
    ),
    Sample("KH CCHC 2023.txt", "txt", (KH_03_2023,)),
    Sample(
        "QD 19 quy trinh tham dinh duoc.pdf",
        "pdf",
        (QD_19_2023,),
        title="QĐ 19/QĐ-SYT (MẪU, hư cấu)",
    ),
    Sample("QD 38 cong bo TTHC duoc.txt", "txt", (QD_38_2023,)),
    Sample("bc 6 thang 2023.txt", "txt", (BC_98_TOP, BC_98_BODY)),
    Sample("QD 44 huy bo QD 38.txt", "txt", (QD_44_2023,)),
    Sample(
        "QD 1096 danh muc TTHC nganh y te.docx",
        "docx",
        (QD_1096,),
        table=LIST_1096,
        after="(Nội dung cụ thể từng thủ tục được công khai trên Cổng Dịch vụ công của tỉnh.)",
        title="QĐ 1096/QĐ-UBND (MẪU)",
    ),
    Sample(
        "QD 71 thi diem ket qua dien tu.pdf",
        "pdf",
        (QD_71_2023,),
        title="QĐ 71/QĐ-SYT (MẪU, hư cấu)",
    ),
    Sample(
        "BC CCHC 2023.pdf", "pdf", (BC_221_TOP, BC_221_BODY), title="BC 221/BC-SYT (MẪU, hư cấu)"
    ),
    Sample("KH CCHC 2024.docx", "docx", (KH_01_2024,), title="KH 01/KH-SYT (MẪU)"),
    Sample("KH 09 chuyen doi so 2024.txt", "txt", (KH_09_2024,)),
    Sample("QD 29 tam dung Dieu 6.txt", "txt", (QD_29_2024,)),
    Sample(
        "BC 6 thang 2024.pdf", "pdf", (BC_96_TOP, BC_96_BODY), title="BC 96/BC-SYT (MẪU, hư cấu)"
    ),
    Sample("QD 64 khoi phuc Dieu 6.docx", "docx", (QD_64_2024,), title="QĐ 64/QĐ-SYT (MẪU)"),
    Sample(
        "QD 77 buu chinh cong ich.pdf", "pdf", (QD_77_2024,), title="QĐ 77/QĐ-SYT (MẪU, hư cấu)"
    ),
    Sample("CV 1985 tra loi Buu dien.txt", "txt", (CV_1985,)),
    _docx(
        "BC CCHC nam 2024.docx", BC_225_TOP, BC_225_BODY, FIELDS_2024, BAO, "BC 225/BC-SYT (MẪU)"
    ),
    Sample("QD 80 keo dai thi diem.txt", "txt", (QD_80_2024,)),
]
