"""Sixteenth held-out archive, 2021 – 2023: the Ban Quản lý các khu công nghiệp of tỉnh Kim Xuyên
(fictional), the UBND tỉnh's functions decision and the Chủ tịch's list of procedures. Do not
tune on it.

A decision annulled (``47/QĐ-BQLKCN``, "hủy bỏ" by ``58/QĐ-BQLKCN``), a list of procedures
amended and partly repealed (``845`` by ``1322/QĐ-UBND``), the first ``05/KH-BQLKCN`` (of 2023;
another of 2025 has the same number). Written by hand, before any code ran on it; facts in
``bench/data/heldout16_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout16_common import (
    BAO,
    HAU,
    ND61,
    NGOC,
    NQ76,
    QC_SUBJECT,
    TUAN_UB,
    UB,
    docx_report,
    head,
    index_paragraph,
    plan,
    quy_che_body,
    report,
    year_before,
)
from sample_header import Sample

LUAT_2015 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
ND82 = "Căn cứ Nghị định số 82/2018/NĐ-CP ngày 22/5/2018 của Chính phủ quy định về quản lý khu công nghiệp và khu kinh tế;"
ND63 = "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ;"
ND152 = "Căn cứ Nghị định số 152/2020/NĐ-CP ngày 30/12/2020 của Chính phủ quy định về người lao động nước ngoài làm việc tại Việt Nam và tuyển dụng, quản lý người lao động Việt Nam làm việc cho tổ chức, cá nhân nước ngoài tại Việt Nam;"
ND152_70 = "Căn cứ Nghị định số 152/2020/NĐ-CP ngày 30/12/2020 của Chính phủ quy định về người lao động nước ngoài làm việc tại Việt Nam, được sửa đổi, bổ sung bởi Nghị định số 70/2023/NĐ-CP ngày 18/9/2023 của Chính phủ;"
TTHC_SUBJECT = "Công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ban Quản lý các khu công nghiệp tỉnh Kim Xuyên"

# ---------------------------------------------------------------- 2021
KH_04_2021 = plan(
    "04/KH-BQLKCN",
    "ngày 12 tháng 01 năm 2021",
    2021,
    basis="Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020;",
    province_plan="Kế hoạch số 08/KH-UBND ngày 05/01/2021",
    online="30%",
    on_time="98%",
    tasks="""1. Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa mới, phù hợp với Nghị định số 61/2018/NĐ-CP.

2. Phối hợp với Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh quy định lại chức năng, nhiệm vụ, quyền hạn của Ban.

3. Cập nhật tin, bài về cải cách hành chính trên Trang thông tin điện tử của Ban.""",
    signer=HAU,
)

QD_09_2021 = (
    head(
        "09/2021/QĐ-UBND",
        "ngày 12 tháng 3 năm 2021",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý các khu công nghiệp tỉnh Kim Xuyên",
        UB,
    )
    + f"""
ỦY BAN NHÂN DÂN TỈNH KIM XUYÊN

{LUAT_2015}

{ND82}

Theo đề nghị của Trưởng ban Ban Quản lý các khu công nghiệp tỉnh và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí, chức năng: Ban Quản lý các khu công nghiệp tỉnh là cơ quan trực thuộc Ủy ban nhân dân tỉnh, thực hiện chức năng quản lý nhà nước trực tiếp đối với các khu công nghiệp trên địa bàn tỉnh.

Điều 2. Nhiệm vụ, quyền hạn: cấp, điều chỉnh, thu hồi Giấy chứng nhận đăng ký đầu tư; cấp giấy phép lao động cho người lao động nước ngoài làm việc trong khu công nghiệp theo ủy quyền; các nhiệm vụ khác theo Nghị định số 82/2018/NĐ-CP.

Điều 3. Cơ cấu tổ chức: Văn phòng, Phòng Quản lý đầu tư, Phòng Quản lý lao động, Phòng Quản lý quy hoạch và môi trường.

Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày 25 tháng 3 năm 2021 và thay thế Quyết định số 14/2016/QĐ-UBND ngày 22/7/2016 của Ủy ban nhân dân tỉnh.

Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Trưởng ban Ban Quản lý các khu công nghiệp tỉnh và thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.
"""
    + TUAN_UB
)

QD_23 = head("23/QĐ-BQLKCN", "ngày 15 tháng 4 năm 2021", "QUYẾT ĐỊNH", QC_SUBJECT) + quy_che_body(
    grounds="Căn cứ Quyết định số 09/2021/QĐ-UBND ngày 12/3/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý các khu công nghiệp tỉnh;\n\n"
    + ND61,
    effect="Quyết định này có hiệu lực kể từ ngày ký, thay thế Quyết định số 118/QĐ-BQLKCN ngày 06/9/2019 của Trưởng ban Ban Quản lý các khu công nghiệp tỉnh.",
    signer=HAU,
    days="07",
)

BC_88_TOP, BC_88_BODY = report(
    "88/BC-BQLKCN",
    "ngày 18 tháng 6 năm 2021",
    2021,
    "6m",
    lead="Ban đã ban hành Kế hoạch số 04/KH-BQLKCN ngày 12/01/2021 về cải cách hành chính năm 2021, phân công nhiệm vụ cụ thể cho từng phòng.",
    middle="""1. Về tổ chức bộ máy: Ủy ban nhân dân tỉnh ban hành Quyết định số 09/2021/QĐ-UBND ngày 12/3/2021 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban, có hiệu lực từ ngày 25/3/2021, thay thế Quyết định số 14/2016/QĐ-UBND ngày 22/7/2016.

2. Về thủ tục hành chính: ngày 15/4/2021, Trưởng ban ký Quyết định số 23/QĐ-BQLKCN ban hành Quy chế một cửa mới, thay thế Quyết định số 118/QĐ-BQLKCN ngày 06/9/2019; thời hạn cấp giấy phép lao động rút xuống còn 07 ngày làm việc.""",
    signer=BAO,
)

BC_205_TOP, BC_205_BODY = report(
    "205/BC-BQLKCN",
    "ngày 15 tháng 12 năm 2021",
    2021,
    "year",
    lead="Ban triển khai Kế hoạch số 04/KH-BQLKCN ngày 12/01/2021; quán triệt Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ đến toàn thể công chức.",
    middle="""1. Danh mục thủ tục hành chính của Ban thực hiện theo Quyết định số 1530/QĐ-UBND ngày 25/8/2020 của Chủ tịch Ủy ban nhân dân tỉnh.

2. Bộ phận Một cửa vận hành theo Quy chế ban hành kèm theo Quyết định số 23/QĐ-BQLKCN ngày 15/4/2021.""",
    extra=year_before(2021),
    signer=HAU,
)

# ---------------------------------------------------------------- 2022
KH_01_2022 = plan(
    "01/KH-BQLKCN",
    "ngày 10 tháng 01 năm 2022",
    2022,
    basis=NQ76,
    province_plan="Kế hoạch số 05/KH-UBND ngày 04/01/2022",
    online="40%",
    on_time="98,5%",
    tasks="""1. Rà soát, tham mưu Chủ tịch Ủy ban nhân dân tỉnh công bố danh mục thủ tục hành chính mới của Ban thay cho danh mục năm 2020.

2. Xây dựng quy trình nội bộ giải quyết thủ tục hành chính.

3. Ký kết quy chế phối hợp với Sở Lao động - Thương binh và Xã hội trong cấp giấy phép lao động.""",
    signer=HAU,
)

KH_08_2022 = (
    head(
        "08/KH-BQLKCN",
        "ngày 02 tháng 3 năm 2022",
        "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2022",
    )
    + """
Thực hiện Kế hoạch số 01/KH-BQLKCN ngày 10/01/2022 của Ban Quản lý các khu công nghiệp về cải cách hành chính năm 2022, Ban xây dựng Kế hoạch kiểm tra công tác cải cách hành chính năm 2022 như sau:

I. MỤC ĐÍCH: phát hiện, chấn chỉnh kịp thời việc giải quyết hồ sơ quá hạn, yêu cầu bổ sung hồ sơ không đúng quy định.

II. ĐỐI TƯỢNG VÀ THỜI GIAN: Văn phòng, Phòng Quản lý đầu tư, Phòng Quản lý lao động; kiểm tra 02 đợt trong tháng 5 và tháng 10 năm 2022.

III. NỘI DUNG: việc thực hiện Quy chế ban hành kèm theo Quyết định số 23/QĐ-BQLKCN ngày 15/4/2021; việc cập nhật hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.

Nơi nhận:
- Các phòng thuộc Ban;
- Lưu: VT, VP.
"""
    + BAO
)

QD_19 = (
    head(
        "19/QĐ-BQLKCN",
        "ngày 10 tháng 3 năm 2022",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế phối hợp giữa Ban Quản lý các khu công nghiệp và Sở Lao động - Thương binh và Xã hội trong cấp giấy phép lao động",
    )
    + f"""
TRƯỞNG BAN BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH KIM XUYÊN

Căn cứ Quyết định số 09/2021/QĐ-UBND ngày 12/3/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý các khu công nghiệp tỉnh;

{ND152}

Theo thống nhất với Giám đốc Sở Lao động - Thương binh và Xã hội và đề nghị của Trưởng phòng Quản lý lao động.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Ban Quản lý các khu công nghiệp và Sở Lao động - Thương binh và Xã hội trong cấp, cấp lại, gia hạn giấy phép lao động cho người lao động nước ngoài làm việc trong các khu công nghiệp.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng phòng Quản lý lao động và các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.
"""
    + HAU
)

TTR_07 = (
    head(
        "07/TTr-BQLKCN",
        "ngày 22 tháng 4 năm 2022",
        "TỜ TRÌNH",
        "Đề nghị công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ban Quản lý các khu công nghiệp",
    )
    + f"""
Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh.

{ND63}

Qua rà soát, Ban Quản lý các khu công nghiệp kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, ban hành Quyết định công bố Danh mục 09 thủ tục hành chính thuộc thẩm quyền giải quyết của Ban, thay thế Quyết định số 1530/QĐ-UBND ngày 25/8/2020 của Chủ tịch Ủy ban nhân dân tỉnh.

(Có dự thảo Quyết định và Danh mục kèm theo)

Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./.

Nơi nhận:
- Như trên;
- Văn phòng UBND tỉnh;
- Lưu: VT, VP.
"""
    + HAU
)

QD_845 = (
    head("845/QĐ-UBND", "ngày 10 tháng 5 năm 2022", "QUYẾT ĐỊNH", TTHC_SUBJECT, UB)
    + f"""
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIM XUYÊN

{LUAT_2015}

{ND63}

Xét đề nghị của Trưởng ban Ban Quản lý các khu công nghiệp tỉnh tại Tờ trình số 07/TTr-BQLKCN ngày 22/4/2022.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 09 thủ tục hành chính thuộc thẩm quyền giải quyết của Ban Quản lý các khu công nghiệp tỉnh (Phần I: Mục I lĩnh vực đầu tư; Mục II lĩnh vực lao động; Mục III lĩnh vực xây dựng).

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 1530/QĐ-UBND ngày 25/8/2020 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Trưởng ban Ban Quản lý các khu công nghiệp tỉnh và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.
"""
    + NGOC
    + "\nDANH MỤC THỦ TỤC HÀNH CHÍNH\n(Ban hành kèm theo Quyết định số 845/QĐ-UBND ngày 10/5/2022 của Chủ tịch Ủy ban nhân dân tỉnh)\n"
)
TABLE_845 = [
    ["STT", "Tên thủ tục hành chính", "Lĩnh vực", "Thời hạn giải quyết"],
    [
        "I.1",
        "Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư",
        "Đầu tư",
        "15 ngày",
    ],
    ["I.2", "Điều chỉnh Giấy chứng nhận đăng ký đầu tư", "Đầu tư", "10 ngày"],
    ["I.3", "Chấm dứt hoạt động dự án đầu tư", "Đầu tư", "15 ngày"],
    ["II.1", "Cấp giấy phép lao động cho người lao động nước ngoài", "Lao động", "07 ngày"],
    ["II.2", "Cấp lại giấy phép lao động", "Lao động", "05 ngày"],
    [
        "II.3",
        "Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động",
        "Lao động",
        "05 ngày",
    ],
    ["III.1", "Cấp giấy phép xây dựng công trình trong khu công nghiệp", "Xây dựng", "20 ngày"],
    ["III.2", "Thẩm định thiết kế cơ sở", "Xây dựng", "30 ngày"],
    ["III.3", "Gia hạn giấy phép xây dựng", "Xây dựng", "05 ngày"],
]

BC_96_TOP, BC_96_BODY = report(
    "96/BC-BQLKCN",
    "ngày 17 tháng 6 năm 2022",
    2022,
    "6m",
    lead="Ban triển khai Kế hoạch số 01/KH-BQLKCN ngày 10/01/2022 và Kế hoạch kiểm tra số 08/KH-BQLKCN ngày 02/3/2022. "
    + index_paragraph(2021),
    middle="""1. Chủ tịch Ủy ban nhân dân tỉnh ký Quyết định số 845/QĐ-UBND ngày 10/5/2022 công bố Danh mục 09 thủ tục hành chính của Ban, thay thế Quyết định số 1530/QĐ-UBND ngày 25/8/2020.

2. Ngày 15/6/2022, Trưởng ban phê duyệt quy trình nội bộ giải quyết thủ tục hành chính tại Quyết định số 64/QĐ-BQLKCN.

3. Quy chế phối hợp với Sở Lao động - Thương binh và Xã hội ban hành theo Quyết định số 19/QĐ-BQLKCN ngày 10/3/2022 đã rút ngắn thời gian xác minh hồ sơ giấy phép lao động.""",
    signer=BAO,
)

BC_214_TOP, BC_214_BODY = report(
    "214/BC-BQLKCN",
    "ngày 14 tháng 12 năm 2022",
    2022,
    "year",
    lead="Ban thực hiện Kế hoạch số 01/KH-BQLKCN ngày 10/01/2022; hoàn thành 02 đợt kiểm tra theo Kế hoạch số 08/KH-BQLKCN.",
    middle="""1. Thủ tục hành chính: 09 thủ tục công bố tại Quyết định số 845/QĐ-UBND ngày 10/5/2022 được niêm yết tại Trung tâm Phục vụ hành chính công tỉnh.

2. Đã kiểm tra việc giải quyết 60 hồ sơ, không phát hiện hồ sơ quá hạn do lỗi chủ quan.""",
    extra=year_before(2022),
    signer=HAU,
    closing=False,
)

# ---------------------------------------------------------------- 2023
KH_02_2023 = plan(
    "02/KH-BQLKCN",
    "ngày 09 tháng 01 năm 2023",
    2023,
    basis=NQ76,
    province_plan="Kế hoạch số 06/KH-UBND ngày 05/01/2023",
    online="55%",
    on_time="99%",
    tasks="""1. Xây dựng kế hoạch tuyên truyền cải cách hành chính năm 2023.

2. Nghiên cứu mở rộng thời gian tiếp nhận hồ sơ cho doanh nghiệp trong các khu công nghiệp.

3. Theo dõi việc thực hiện Quyết định số 845/QĐ-UBND ngày 10/5/2022.""",
    signer=HAU,
)

KH_05_2023 = (
    head(
        "05/KH-BQLKCN",
        "ngày 20 tháng 02 năm 2023",
        "KẾ HOẠCH",
        "Tuyên truyền cải cách hành chính năm 2023",
    )
    + """
Thực hiện Kế hoạch số 02/KH-BQLKCN ngày 09/01/2023 của Ban Quản lý các khu công nghiệp về cải cách hành chính năm 2023, Ban ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2023 như sau:

I. MỤC TIÊU: 100% doanh nghiệp trong các khu công nghiệp được phổ biến về dịch vụ công trực tuyến; đăng tối thiểu 40 tin, bài về cải cách hành chính trên Trang thông tin điện tử của Ban.

II. HÌNH THỨC: hội nghị đối thoại doanh nghiệp (02 hội nghị trong năm), tài liệu hướng dẫn nộp hồ sơ trực tuyến, nhóm Zalo hỗ trợ doanh nghiệp.

III. TỔ CHỨC THỰC HIỆN: Văn phòng Ban chủ trì; kế hoạch thực hiện trong năm 2023.

Nơi nhận:
- Các phòng thuộc Ban;
- Lưu: VT, VP.
"""
    + BAO
)

BC_38_TOP, BC_38_BODY = report(
    "38/BC-BQLKCN",
    "ngày 17 tháng 3 năm 2023",
    2023,
    "q1",
    lead="Ban ban hành Kế hoạch số 02/KH-BQLKCN ngày 09/01/2023 và Kế hoạch số 05/KH-BQLKCN ngày 20/02/2023 về tuyên truyền cải cách hành chính.",
    middle="""1. Tổ chức 01 hội nghị đối thoại với 85 doanh nghiệp về thủ tục đầu tư và lao động.

2. Đang khảo sát nhu cầu tiếp nhận hồ sơ ngoài giờ hành chính của doanh nghiệp.""",
    signer=BAO,
)

QD_47 = (
    head(
        "47/QĐ-BQLKCN",
        "ngày 12 tháng 6 năm 2023",
        "QUYẾT ĐỊNH",
        "Quy định tiếp nhận hồ sơ thủ tục hành chính vào sáng thứ Bảy hằng tuần tại Bộ phận Một cửa của Ban",
    )
    + """
TRƯỞNG BAN BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH KIM XUYÊN

Căn cứ Quyết định số 09/2021/QĐ-UBND ngày 12/3/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý các khu công nghiệp tỉnh;

Căn cứ Quy chế ban hành kèm theo Quyết định số 23/QĐ-BQLKCN ngày 15/4/2021 của Trưởng ban;

Theo đề nghị của Chánh Văn phòng Ban.

QUYẾT ĐỊNH:

Điều 1. Bộ phận Một cửa của Ban tiếp nhận hồ sơ thủ tục hành chính lĩnh vực đầu tư và lao động vào sáng thứ Bảy hằng tuần, từ 7 giờ 30 đến 11 giờ 30.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2023.

Điều 3. Chánh Văn phòng Ban và công chức Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.
"""
    + HAU
)

BC_102_TOP, BC_102_BODY = report(
    "102/BC-BQLKCN",
    "ngày 16 tháng 6 năm 2023",
    2023,
    "6m",
    lead="Ban tiếp tục thực hiện Kế hoạch số 02/KH-BQLKCN ngày 09/01/2023. "
    + index_paragraph(2022),
    middle="""1. Trưởng ban ký Quyết định số 47/QĐ-BQLKCN ngày 12/6/2023 tiếp nhận hồ sơ vào sáng thứ Bảy, áp dụng từ ngày 01/7/2023.

2. Tổ chức hội nghị đối thoại doanh nghiệp lần thứ hai theo Kế hoạch tuyên truyền năm 2023.""",
    signer=BAO,
)

QD_58 = (
    head(
        "58/QĐ-BQLKCN",
        "ngày 04 tháng 8 năm 2023",
        "QUYẾT ĐỊNH",
        "Hủy bỏ Quyết định số 47/QĐ-BQLKCN ngày 12/6/2023 của Trưởng ban Ban Quản lý các khu công nghiệp tỉnh",
    )
    + """
TRƯỞNG BAN BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH KIM XUYÊN

Căn cứ Quyết định số 09/2021/QĐ-UBND ngày 12/3/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý các khu công nghiệp tỉnh;

Xét Công văn số 2874/VP-KSTT ngày 18/7/2023 của Văn phòng Ủy ban nhân dân tỉnh về việc rà soát thời gian tiếp nhận hồ sơ thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh;

Xét thấy thời gian làm việc của Trung tâm Phục vụ hành chính công tỉnh do Ủy ban nhân dân tỉnh quy định, việc Ban quy định riêng thời gian tiếp nhận hồ sơ là chưa đúng thẩm quyền.

QUYẾT ĐỊNH:

Điều 1. Hủy bỏ Quyết định số 47/QĐ-BQLKCN ngày 12/6/2023 của Trưởng ban Ban Quản lý các khu công nghiệp tỉnh quy định tiếp nhận hồ sơ thủ tục hành chính vào sáng thứ Bảy hằng tuần.

Điều 2. Bộ phận Một cửa tiếp nhận hồ sơ trong giờ hành chính theo Quy chế ban hành kèm theo Quyết định số 23/QĐ-BQLKCN ngày 15/4/2021. Doanh nghiệp có nhu cầu nộp hồ sơ ngoài giờ sử dụng dịch vụ công trực tuyến.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ban và công chức Bộ phận Một cửa chịu trách nhiệm thi hành./.
"""
    + HAU
)

QD_1322 = (
    head(
        "1322/QĐ-UBND",
        "ngày 02 tháng 10 năm 2023",
        "QUYẾT ĐỊNH",
        "Công bố thủ tục hành chính được sửa đổi, bổ sung và bị bãi bỏ thuộc thẩm quyền giải quyết của Ban Quản lý các khu công nghiệp tỉnh",
        UB,
    )
    + f"""
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIM XUYÊN

{ND63}

{ND152_70}

Xét đề nghị của Trưởng ban Ban Quản lý các khu công nghiệp tỉnh.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung 02 thủ tục hành chính tại Mục II Phần I (cấp giấy phép lao động; cấp lại giấy phép lao động) và bãi bỏ 01 thủ tục hành chính tại Mục III Phần I (gia hạn giấy phép xây dựng) của Danh mục ban hành kèm theo Quyết định số 845/QĐ-UBND ngày 10/5/2022 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Trưởng ban Ban Quản lý các khu công nghiệp tỉnh chịu trách nhiệm thi hành Quyết định này./.
"""
    + NGOC
)

BC_165_TOP, BC_165_BODY = report(
    "165/BC-BQLKCN",
    "ngày 15 tháng 9 năm 2023",
    2023,
    "9m",
    lead="Ban quán triệt Kế hoạch số 02/KH-BQLKCN ngày 09/01/2023 đến các phòng.",
    middle="""1. Ngày 04/8/2023, Trưởng ban ban hành Quyết định số 58/QĐ-BQLKCN hủy bỏ Quyết định số 47/QĐ-BQLKCN ngày 12/6/2023 về tiếp nhận hồ sơ sáng thứ Bảy; từ ngày này Bộ phận Một cửa tiếp nhận hồ sơ trong giờ hành chính.

2. Hướng dẫn doanh nghiệp nộp hồ sơ giấy phép lao động trực tuyến ngoài giờ hành chính.""",
    signer=BAO,
)

BC_221_TOP, BC_221_BODY = report(
    "221/BC-BQLKCN",
    "ngày 15 tháng 12 năm 2023",
    2023,
    "year",
    lead="Ban thực hiện Kế hoạch số 02/KH-BQLKCN ngày 09/01/2023 và Kế hoạch số 05/KH-BQLKCN ngày 20/02/2023; đăng 46 tin, bài tuyên truyền cải cách hành chính.",
    middle="""1. Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1322/QĐ-UBND ngày 02/10/2023 sửa đổi, bổ sung 02 thủ tục và bãi bỏ 01 thủ tục của Danh mục ban hành kèm theo Quyết định số 845/QĐ-UBND ngày 10/5/2022.

2. Quyết định số 47/QĐ-BQLKCN về tiếp nhận hồ sơ sáng thứ Bảy đã bị hủy bỏ; Ban rút kinh nghiệm trong việc ban hành văn bản.""",
    extra=year_before(2023),
    signer=HAU,
    closing=False,
)

EARLY = [
    Sample("KH CCHC 2021.txt", "txt", (KH_04_2021,)),
    Sample(
        "QD 09-2021 chuc nang nhiem vu BQL.pdf",
        "pdf",
        (QD_09_2021,),
        title="Quyết định 09/2021/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample(
        "QD 23 quy che mot cua 2021.pdf",
        "pdf",
        (QD_23,),
        title="Quy chế một cửa 2021 (MẪU, hư cấu)",
    ),
    Sample("BC 6 thang 2021.txt", "txt", (BC_88_TOP, BC_88_BODY)),
    Sample("BC CCHC nam 2021 (ban trinh ky).txt", "txt", (BC_205_TOP, BC_205_BODY)),
    Sample("ke hoach CCHC 2022.txt", "txt", (KH_01_2022,)),
    Sample(
        "KH kiem tra CCHC 2022.pdf",
        "pdf",
        (KH_08_2022,),
        title="Kế hoạch kiểm tra CCHC 2022 (MẪU, hư cấu)",
    ),
    Sample(
        "QD 19 quy che phoi hop cap GPLD.pdf",
        "pdf",
        (QD_19,),
        title="Quy chế phối hợp cấp giấy phép lao động (MẪU, hư cấu)",
    ),
    Sample("TTr 07 de nghi cong bo TTHC.txt", "txt", (TTR_07,)),
    Sample(
        "QD 845 danh muc TTHC BQL 2022.docx",
        "docx",
        (QD_845,),
        table=TABLE_845,
        after="",
        title="Danh mục TTHC 2022 (MẪU, hư cấu)",
    ),
    Sample("bc 6 thang 2022.txt", "txt", (BC_96_TOP, BC_96_BODY)),
    docx_report(
        "BC CCHC nam 2022.docx",
        BC_214_TOP,
        BC_214_BODY,
        2022,
        HAU,
        "Báo cáo CCHC năm 2022 (MẪU, hư cấu)",
    ),
    Sample("KH 02 CCHC 2023.txt", "txt", (KH_02_2023,)),
    Sample(
        "KH 05-2023 tuyen truyen CCHC.pdf",
        "pdf",
        (KH_05_2023,),
        title="Kế hoạch tuyên truyền CCHC 2023 (MẪU, hư cấu)",
    ),
    Sample("bao cao quy I 2023.txt", "txt", (BC_38_TOP, BC_38_BODY)),
    Sample(
        "QD 47 tiep nhan ho so thu 7.pdf",
        "pdf",
        (QD_47,),
        title="Tiếp nhận hồ sơ sáng thứ Bảy (MẪU, hư cấu)",
    ),
    Sample("BC 6 thang dau nam 2023.txt", "txt", (BC_102_TOP, BC_102_BODY)),
    Sample("QD 58 huy bo QD 47.txt", "txt", (QD_58,)),
    Sample("tailieu_07.pdf", "pdf", (QD_1322,), title="tailieu_07 (MẪU, hư cấu)"),
    Sample("bc 9 thang 2023 (gui SNV).txt", "txt", (BC_165_TOP, BC_165_BODY)),
    docx_report(
        "BC CCHC 2023_final.docx",
        BC_221_TOP,
        BC_221_BODY,
        2023,
        HAU,
        "Báo cáo CCHC năm 2023 (MẪU, hư cấu)",
    ),
]
