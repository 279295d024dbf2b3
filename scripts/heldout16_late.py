"""Sixteenth held-out archive, 2024 – 2026: the Ban Quản lý các khu công nghiệp of tỉnh Kim Xuyên
(fictional). Do not tune on it.

The one-stop Quy chế ``35/QĐ-BQLKCN`` in TWO files (the signed PDF and the Word file it was made
from: one document); the annual report of 2025 likewise; a 6-month report citing 35 with a wrong
day; a 9-month report citing the internal procedures decision 41 as "14"; the decision 41 with its
annex (Phụ lục) in a file of its own; the second ``05/KH-BQLKCN`` (of 2025), adjusted by
``09/KH-BQLKCN``; the new functions decision ``31/2025/QĐ-UBND``; the Quy chế ``71/QĐ-BQLKCN``
signed 12/11/2026, effective 01/01/2027, and beside it its unsigned DRAFT (Dự thảo), whose text
differs. Written by hand, before any code ran on it; facts in
``bench/data/heldout16_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout16_common import (
    BAO,
    HIEN,
    HIEN_WORD,
    MARK,
    ND61_107,
    ND118,
    NGOC,
    NQ76,
    QC_SUBJECT,
    TUAN_UB,
    UB,
    annual_after,
    docx_report,
    draft_head,
    head,
    index_paragraph,
    num,
    plan,
    quarter_table,
    quy_che_body,
    report,
    table_as_text,
    year_before,
)
from sample_header import Sample

ND63 = "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ;"
QD_09_2021_GROUND = "Căn cứ Quyết định số 09/2021/QĐ-UBND ngày 12/3/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý các khu công nghiệp tỉnh;"
QD_31_2025_GROUND = "Căn cứ Quyết định số 31/2025/QĐ-UBND ngày 20/8/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý các khu công nghiệp tỉnh;"

# ---------------------------------------------------------------- 2024
KH_03_2024 = plan(
    "03/KH-BQLKCN",
    "ngày 11 tháng 01 năm 2024",
    2024,
    basis=NQ76,
    province_plan="Kế hoạch số 04/KH-UBND ngày 08/01/2024",
    online="65%",
    on_time="99,2%",
    tasks="""1. Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa thay cho Quy chế năm 2021.

2. Khảo sát sự hài lòng của doanh nghiệp đối với việc giải quyết thủ tục hành chính.

3. Duy trì Quy chế phối hợp cấp giấy phép lao động với Sở Lao động - Thương binh và Xã hội.""",
    signer=HIEN,
)

BC_36_TOP, BC_36_BODY = report(
    "36/BC-BQLKCN",
    "ngày 15 tháng 3 năm 2024",
    2024,
    "q1",
    lead="Ban ban hành Kế hoạch số 03/KH-BQLKCN ngày 11/01/2024 về cải cách hành chính năm 2024.",
    middle="""1. Văn phòng Ban đã hoàn thiện dự thảo Quyết định ban hành Quy chế một cửa thay thế Quyết định số 23/QĐ-BQLKCN ngày 15/4/2021, trình Trưởng ban ký ban hành trong tháng 3/2024.

2. Danh mục thủ tục hành chính thực hiện theo Quyết định số 845/QĐ-UBND ngày 10/5/2022, đã được sửa đổi, bổ sung tại Quyết định số 1322/QĐ-UBND ngày 02/10/2023.""",
    signer=BAO,
)

QD_35_TOP = head("35/QĐ-BQLKCN", "ngày 18 tháng 3 năm 2024", "QUYẾT ĐỊNH", QC_SUBJECT)
QD_35_GROUNDS = QD_09_2021_GROUND + "\n\n" + ND61_107
QD_35_EFFECT = "Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2024 và thay thế Quyết định số 23/QĐ-BQLKCN ngày 15/4/2021 của Trưởng ban Ban Quản lý các khu công nghiệp tỉnh."
QD_35_SIGNED = QD_35_TOP + quy_che_body(
    grounds=QD_35_GROUNDS, effect=QD_35_EFFECT, signer=HIEN, days="05"
)
QD_35_WORD = QD_35_TOP + quy_che_body(
    grounds=QD_35_GROUNDS, effect=QD_35_EFFECT, signer=HIEN_WORD, days="05"
)

BC_110_TOP, BC_110_BODY = report(
    "110/BC-BQLKCN",
    "ngày 18 tháng 6 năm 2024",
    2024,
    "6m",
    lead="Ban tiếp tục thực hiện Kế hoạch số 03/KH-BQLKCN ngày 11/01/2024. "
    + index_paragraph(2023),
    middle="""1. Bộ phận Một cửa thực hiện Quy chế ban hành kèm theo Quyết định số 35/QĐ-BQLKCN ngày 28/3/2024 của Trưởng ban, áp dụng từ ngày 01/4/2024; thời hạn cấp giấy phép lao động còn 05 ngày làm việc.

2. Chuẩn bị khảo sát sự hài lòng của doanh nghiệp năm 2024.""",
    signer=BAO,
)

BC_140 = (
    head(
        "140/BC-BQLKCN",
        "ngày 05 tháng 8 năm 2024",
        "BÁO CÁO",
        "Kết quả khảo sát sự hài lòng của doanh nghiệp đối với việc giải quyết thủ tục hành chính tại Ban Quản lý các khu công nghiệp năm 2024",
    )
    + """
Thực hiện Kế hoạch số 03/KH-BQLKCN ngày 11/01/2024 về cải cách hành chính năm 2024, Ban đã tổ chức khảo sát sự hài lòng của doanh nghiệp từ ngày 01/7 đến ngày 25/7/2024. Kết quả như sau:

1. Số phiếu phát ra 320, số phiếu thu về 298.

2. Tỷ lệ doanh nghiệp hài lòng và rất hài lòng: 94,6%; không hài lòng: 1,3%.

3. Nội dung doanh nghiệp kiến nghị nhiều nhất: rút ngắn thời gian điều chỉnh Giấy chứng nhận đăng ký đầu tư; tăng hướng dẫn nộp hồ sơ trực tuyến.

Nơi nhận:
- UBND tỉnh (để b/c);
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + BAO
)

BC_167_TOP, BC_167_BODY = report(
    "167/BC-BQLKCN",
    "ngày 17 tháng 9 năm 2024",
    2024,
    "9m",
    lead="Ban chỉ đạo các phòng thực hiện nghiêm Kế hoạch số 03/KH-BQLKCN ngày 11/01/2024.",
    middle="""1. Khảo sát sự hài lòng năm 2024 (Báo cáo số 140/BC-BQLKCN ngày 05/8/2024): 94,6% doanh nghiệp hài lòng và rất hài lòng.

2. Duy trì Quy chế phối hợp ban hành kèm theo Quyết định số 19/QĐ-BQLKCN ngày 10/3/2022.""",
    signer=BAO,
)

CV_1630 = (
    head(
        "1630/BQLKCN-VP",
        "ngày 08 tháng 10 năm 2024",
        "",
        "V/v thực hiện Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa",
    )
    + """
Kính gửi: Các doanh nghiệp đang hoạt động trong các khu công nghiệp trên địa bàn tỉnh.

Từ ngày 01/4/2024, Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa ban hành kèm theo Quyết định số 35/QĐ-BQLKCN ngày 18/3/2024 của Trưởng ban thay thế Quy chế ban hành kèm theo Quyết định số 23/QĐ-BQLKCN ngày 15/4/2021. Ban Quản lý các khu công nghiệp đề nghị các doanh nghiệp lưu ý:

1. Hồ sơ cấp giấy phép lao động được giải quyết trong 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.

2. Khuyến khích nộp hồ sơ trực tuyến trên Cổng Dịch vụ công; Bộ phận Một cửa không tiếp nhận hồ sơ vào thứ Bảy.

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + HIEN
)

BC_226_TOP, BC_226_BODY = report(
    "226/BC-BQLKCN",
    "ngày 13 tháng 12 năm 2024",
    2024,
    "year",
    lead="Ban thực hiện Kế hoạch số 03/KH-BQLKCN ngày 11/01/2024; hoàn thành khảo sát sự hài lòng của doanh nghiệp (94,6% hài lòng).",
    middle="""1. Quy chế một cửa ban hành kèm theo Quyết định số 35/QĐ-BQLKCN ngày 18/3/2024 áp dụng từ ngày 01/4/2024.

2. Tiếp tục thực hiện Danh mục thủ tục hành chính theo Quyết định số 845/QĐ-UBND ngày 10/5/2022 và Quyết định số 1322/QĐ-UBND ngày 02/10/2023.""",
    extra=year_before(2024),
    signer=HIEN,
    closing=False,
)

# ---------------------------------------------------------------- 2025
KH_05_2025 = (
    head(
        "05/KH-BQLKCN",
        "ngày 06 tháng 01 năm 2025",
        "KẾ HOẠCH",
        "Chuyển đổi số năm 2025 của Ban Quản lý các khu công nghiệp",
    )
    + """
Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;

Ban Quản lý các khu công nghiệp ban hành Kế hoạch chuyển đổi số năm 2025 như sau:

I. CHỈ TIÊU

1. 100% hồ sơ thủ tục hành chính được số hóa khi tiếp nhận.

2. a) Tỷ lệ hồ sơ cấp giấy phép lao động nộp trực tuyến toàn trình đạt 70%.
b) Tỷ lệ hồ sơ điều chỉnh dự án đầu tư nộp trực tuyến đạt 60%.

II. NHIỆM VỤ

1. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực.

2. Tập huấn cho doanh nghiệp về nộp hồ sơ trực tuyến toàn trình.

III. TỔ CHỨC THỰC HIỆN

Kế hoạch này được thực hiện trong năm 2025. Văn phòng Ban theo dõi, đôn đốc, báo cáo kết quả cùng báo cáo cải cách hành chính định kỳ.

Nơi nhận:
- Các phòng thuộc Ban;
- Sở Khoa học và Công nghệ;
- Lưu: VT, VP.
"""
    + HIEN
)

KH_07_2025 = plan(
    "07/KH-BQLKCN",
    "ngày 15 tháng 01 năm 2025",
    2025,
    basis=NQ76,
    province_plan="Kế hoạch số 07/KH-UBND ngày 08/01/2025",
    online="75%",
    on_time="99,4%",
    tasks="""1. Thực hiện Kế hoạch chuyển đổi số năm 2025 của Ban.

2. Rà soát quy trình nội bộ giải quyết thủ tục hành chính khi Chủ tịch Ủy ban nhân dân tỉnh công bố danh mục mới.

3. Tham mưu Ủy ban nhân dân tỉnh quy định lại chức năng, nhiệm vụ của Ban theo quy định mới.""",
    signer=HIEN,
)

BC_33_TOP, BC_33_BODY = report(
    "33/BC-BQLKCN",
    "ngày 14 tháng 3 năm 2025",
    2025,
    "q1",
    lead="Ban ban hành Kế hoạch số 07/KH-BQLKCN ngày 15/01/2025 về cải cách hành chính và Kế hoạch số 05/KH-BQLKCN ngày 06/01/2025 về chuyển đổi số năm 2025.",
    middle="""1. Từ ngày 01/3/2025, Sở Lao động - Thương binh và Xã hội hợp nhất vào Sở Nội vụ. Ban đang cùng Sở Nội vụ rà soát Quy chế phối hợp ban hành kèm theo Quyết định số 19/QĐ-BQLKCN ngày 10/3/2022; trong thời gian rà soát, hai bên tạm thời trao đổi hồ sơ qua hệ thống điện tử.

2. Số hóa 100% hồ sơ khi tiếp nhận.""",
    signer=BAO,
)

QD_702 = (
    head(
        "702/QĐ-UBND",
        "ngày 16 tháng 4 năm 2025",
        "QUYẾT ĐỊNH",
        "Công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ban Quản lý các khu công nghiệp tỉnh Kim Xuyên",
        UB,
    )
    + f"""
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIM XUYÊN

{ND63}

Xét đề nghị của Trưởng ban Ban Quản lý các khu công nghiệp tỉnh.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 10 thủ tục hành chính thuộc thẩm quyền giải quyết của Ban Quản lý các khu công nghiệp tỉnh, gồm: 04 thủ tục lĩnh vực đầu tư, 04 thủ tục lĩnh vực lao động, 02 thủ tục lĩnh vực xây dựng.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2025.

Thay thế Quyết định số 845/QĐ-UBND ngày 10/5/2022 và Quyết định số 1322/QĐ-UBND ngày 02/10/2023 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Trưởng ban Ban Quản lý các khu công nghiệp tỉnh và các tổ chức, cá nhân liên quan chịu trách nhiệm thi hành Quyết định này./.
"""
    + NGOC
)

QD_41 = (
    head(
        "41/QĐ-BQLKCN",
        "ngày 20 tháng 5 năm 2025",
        "QUYẾT ĐỊNH",
        "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Ban Quản lý các khu công nghiệp tỉnh",
    )
    + """
TRƯỞNG BAN BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH KIM XUYÊN

Căn cứ Quyết định số 702/QĐ-UBND ngày 16/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ban Quản lý các khu công nghiệp tỉnh;

Theo đề nghị của Chánh Văn phòng Ban.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt kèm theo Quyết định này 10 quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Ban (chi tiết tại Phụ lục kèm theo).

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 64/QĐ-BQLKCN ngày 15/6/2022 của Trưởng ban.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Ban chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Văn phòng UBND tỉnh (Phòng Kiểm soát TTHC);
- Lưu: VT, VP.
"""
    + HIEN
)

PHU_LUC_41 = f"""{MARK}

PHỤ LỤC

QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN CỦA BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH

(Kèm theo Quyết định số 41/QĐ-BQLKCN ngày 20/5/2025 của Trưởng ban Ban Quản lý các khu công nghiệp tỉnh)

Tổng thời gian giải quyết của từng quy trình tính theo ngày làm việc, kể từ khi Bộ phận Một cửa nhận đủ hồ sơ hợp lệ:
"""
TABLE_41 = [
    ["STT", "Quy trình", "Bộ phận Một cửa", "Phòng chuyên môn", "Lãnh đạo Ban", "Tổng"],
    ["1", "Cấp Giấy chứng nhận đăng ký đầu tư", "0,5 ngày", "12 ngày", "2,5 ngày", "15 ngày"],
    ["2", "Điều chỉnh Giấy chứng nhận đăng ký đầu tư", "0,5 ngày", "8 ngày", "1,5 ngày", "10 ngày"],
    ["3", "Cấp giấy phép lao động", "0,5 ngày", "3,5 ngày", "1 ngày", "05 ngày"],
    ["4", "Cấp lại giấy phép lao động", "0,5 ngày", "2 ngày", "0,5 ngày", "03 ngày"],
    ["5", "Cấp giấy phép xây dựng", "0,5 ngày", "17 ngày", "2,5 ngày", "20 ngày"],
]

BC_115_TOP, BC_115_BODY = report(
    "115/BC-BQLKCN",
    "ngày 17 tháng 6 năm 2025",
    2025,
    "6m",
    lead="Ban tổ chức thực hiện Kế hoạch số 07/KH-BQLKCN ngày 15/01/2025. " + index_paragraph(2024),
    middle="""1. Quyết định số 702/QĐ-UBND ngày 16/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh công bố 10 thủ tục hành chính của Ban, có hiệu lực từ ngày 01/5/2025, thay thế Quyết định số 845/QĐ-UBND ngày 10/5/2022 và Quyết định số 1322/QĐ-UBND ngày 02/10/2023.

2. Trưởng ban ký Quyết định số 41/QĐ-BQLKCN ngày 20/5/2025 phê duyệt 10 quy trình nội bộ, thay thế Quyết định số 64/QĐ-BQLKCN ngày 15/6/2022.""",
    signer=BAO,
)

TTR_18 = (
    head(
        "18/TTr-BQLKCN",
        "ngày 08 tháng 7 năm 2025",
        "TỜ TRÌNH",
        "Dự thảo Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý các khu công nghiệp tỉnh",
    )
    + """
Kính gửi: Ủy ban nhân dân tỉnh.

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Nghị định số 35/2022/NĐ-CP ngày 28/3/2022 của Chính phủ quy định về quản lý khu công nghiệp và khu kinh tế;

Quyết định số 09/2021/QĐ-UBND ngày 12/3/2021 được ban hành trên cơ sở Nghị định số 82/2018/NĐ-CP, nay đã được thay thế bởi Nghị định số 35/2022/NĐ-CP. Ban Quản lý các khu công nghiệp kính trình Ủy ban nhân dân tỉnh ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban thay thế Quyết định số 09/2021/QĐ-UBND ngày 12/3/2021.

Dự kiến cơ cấu tổ chức: Văn phòng, Phòng Quản lý đầu tư, Phòng Quản lý lao động, Phòng Quản lý quy hoạch, xây dựng và môi trường.

Kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.

Nơi nhận:
- Như trên;
- Sở Tư pháp; Sở Nội vụ;
- Lưu: VT, VP.
"""
    + HIEN
)

KH_09_2025 = (
    head(
        "09/KH-BQLKCN",
        "ngày 15 tháng 8 năm 2025",
        "KẾ HOẠCH",
        "Điều chỉnh, bổ sung Kế hoạch số 05/KH-BQLKCN ngày 06/01/2025 về chuyển đổi số năm 2025",
    )
    + """
Căn cứ kết quả thực hiện 6 tháng đầu năm 2025, Ban Quản lý các khu công nghiệp điều chỉnh, bổ sung Kế hoạch số 05/KH-BQLKCN ngày 06/01/2025 về chuyển đổi số năm 2025 như sau:

1. Điều chỉnh chỉ tiêu tại điểm a khoản 2 Mục I: tỷ lệ hồ sơ cấp giấy phép lao động nộp trực tuyến toàn trình đạt 85% (thay cho 70%).

2. Bổ sung nhiệm vụ 3 vào Mục II: kết nối dữ liệu giấy phép lao động với Sở Nội vụ.

Các nội dung khác của Kế hoạch số 05/KH-BQLKCN giữ nguyên.

Nơi nhận:
- Các phòng thuộc Ban;
- Lưu: VT, VP.
"""
    + HIEN
)

QD_31_2025 = (
    head(
        "31/2025/QĐ-UBND",
        "ngày 20 tháng 8 năm 2025",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý các khu công nghiệp tỉnh Kim Xuyên",
        UB,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH KIM XUYÊN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Nghị định số 35/2022/NĐ-CP ngày 28/3/2022 của Chính phủ quy định về quản lý khu công nghiệp và khu kinh tế;

Theo đề nghị của Trưởng ban Ban Quản lý các khu công nghiệp tỉnh tại Tờ trình số 18/TTr-BQLKCN ngày 08/7/2025.

QUYẾT ĐỊNH:

Điều 1. Vị trí, chức năng: Ban Quản lý các khu công nghiệp tỉnh là cơ quan trực thuộc Ủy ban nhân dân tỉnh, thực hiện chức năng quản lý nhà nước trực tiếp đối với các khu công nghiệp.

Điều 2. Cơ cấu tổ chức: Văn phòng, Phòng Quản lý đầu tư, Phòng Quản lý lao động, Phòng Quản lý quy hoạch, xây dựng và môi trường.

Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2025 và thay thế Quyết định số 09/2021/QĐ-UBND ngày 12/3/2021 của Ủy ban nhân dân tỉnh.

Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Trưởng ban Ban Quản lý các khu công nghiệp tỉnh chịu trách nhiệm thi hành Quyết định này./.
"""
    + TUAN_UB
)

CV_1207 = (
    head(
        "1207/BQLKCN-VP",
        "ngày 05 tháng 9 năm 2025",
        "",
        "V/v đôn đốc thực hiện Kế hoạch chuyển đổi số năm 2025",
    )
    + """
Kính gửi: Các phòng thuộc Ban.

Thực hiện Kế hoạch số 05/KH-BQLKCN ngày 06/01/2025 về chuyển đổi số năm 2025, đã được điều chỉnh, bổ sung tại Kế hoạch số 09/KH-BQLKCN ngày 15/8/2025, Trưởng ban yêu cầu:

1. Phòng Quản lý lao động hướng dẫn doanh nghiệp nộp hồ sơ giấy phép lao động trực tuyến toàn trình, bảo đảm chỉ tiêu 85% đến hết năm 2025.

2. Văn phòng Ban báo cáo tiến độ trước ngày 25 hằng tháng.

(Lưu ý: không nhầm với Kế hoạch số 05/KH-BQLKCN ngày 20/02/2023 về tuyên truyền cải cách hành chính năm 2023, đã kết thúc.)

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + BAO
)

BC_172_TOP, BC_172_BODY = report(
    "172/BC-BQLKCN",
    "ngày 16 tháng 9 năm 2025",
    2025,
    "9m",
    lead="Ban thực hiện Kế hoạch số 07/KH-BQLKCN ngày 15/01/2025 và Kế hoạch số 09/KH-BQLKCN ngày 15/8/2025.",
    middle="""1. Ủy ban nhân dân tỉnh ban hành Quyết định số 31/2025/QĐ-UBND ngày 20/8/2025 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban, có hiệu lực từ ngày 01/9/2025, thay thế Quyết định số 09/2021/QĐ-UBND ngày 12/3/2021.

2. Các phòng giải quyết hồ sơ theo quy trình nội bộ phê duyệt tại Quyết định số 14/QĐ-BQLKCN ngày 20/5/2025.""",
    signer=BAO,
)

BC_230_TOP, BC_230_BODY = report(
    "230/BC-BQLKCN",
    "ngày 12 tháng 12 năm 2025",
    2025,
    "year",
    lead="Ban triển khai Kế hoạch số 07/KH-BQLKCN ngày 15/01/2025 và Kế hoạch số 05/KH-BQLKCN ngày 06/01/2025 về chuyển đổi số (điều chỉnh, bổ sung tại Kế hoạch số 09/KH-BQLKCN ngày 15/8/2025).",
    middle="""1. Tổ chức bộ máy: thực hiện Quyết định số 31/2025/QĐ-UBND ngày 20/8/2025 từ ngày 01/9/2025.

2. Thủ tục hành chính: thực hiện Danh mục công bố tại Quyết định số 702/QĐ-UBND ngày 16/4/2025 và quy trình nội bộ tại Quyết định số 41/QĐ-BQLKCN ngày 20/5/2025.

3. Chuyển đổi số: tỷ lệ hồ sơ cấp giấy phép lao động nộp trực tuyến toàn trình năm 2025 đạt 86,2%, vượt chỉ tiêu điều chỉnh (85%).""",
    extra=year_before(2025),
    signer=HIEN,
    closing=False,
)
BC_230_PDF = (
    BC_230_TOP
    + BC_230_BODY
    + "\nSố hồ sơ tiếp nhận theo từng quý:\n\n"
    + table_as_text(quarter_table(2025))
    + "\n\n"
    + annual_after(HIEN)
)

# ---------------------------------------------------------------- 2026
KH_06_2026 = plan(
    "06/KH-BQLKCN",
    "ngày 12 tháng 01 năm 2026",
    2026,
    basis=NQ76,
    province_plan="Kế hoạch số 03/KH-UBND ngày 07/01/2026",
    online="85%",
    on_time="99,5%",
    tasks="""1. Xây dựng Quy chế một cửa mới theo Nghị định số 118/2025/NĐ-CP.

2. Ký lại quy chế phối hợp cấp giấy phép lao động với Sở Nội vụ.

3. Nâng tỷ lệ hồ sơ cấp giấy phép lao động nộp trực tuyến toàn trình lên 90%.""",
    signer=HIEN,
)

BC_31_TOP, BC_31_BODY = report(
    "31/BC-BQLKCN",
    "ngày 13 tháng 3 năm 2026",
    2026,
    "q1",
    lead="Ban ban hành Kế hoạch số 06/KH-BQLKCN ngày 12/01/2026 về cải cách hành chính năm 2026.",
    middle="""1. Văn phòng Ban bắt đầu xây dựng dự thảo Quy chế một cửa mới theo Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ.

2. Quy chế phối hợp với Sở Nội vụ về giấy phép lao động chưa được ký lại.""",
    signer=BAO,
)

BC_118_TOP, BC_118_BODY = report(
    "118/BC-BQLKCN",
    "ngày 16 tháng 6 năm 2026",
    2026,
    "6m",
    lead="Ban thực hiện Kế hoạch số 06/KH-BQLKCN ngày 12/01/2026. " + index_paragraph(2025),
    middle="""1. Lấy ý kiến doanh nghiệp đối với dự thảo Quy chế một cửa mới (lần 1).

2. Tiếp tục thực hiện Quy chế ban hành kèm theo Quyết định số 35/QĐ-BQLKCN ngày 18/3/2024.""",
    signer=BAO,
)

BC_176_TOP, BC_176_BODY = report(
    "176/BC-BQLKCN",
    "ngày 15 tháng 9 năm 2026",
    2026,
    "9m",
    lead="Ban tiếp tục thực hiện Kế hoạch số 06/KH-BQLKCN ngày 12/01/2026.",
    middle="""1. Hoàn thiện dự thảo Quy chế một cửa (lần 2), dự kiến ban hành trong quý IV năm 2026.

2. Quyết định số 31/2025/QĐ-UBND ngày 20/8/2025 và Quyết định số 702/QĐ-UBND ngày 16/4/2025 tiếp tục được thực hiện.""",
    signer=BAO,
    closing=False,
)

QD_71 = head("71/QĐ-BQLKCN", "ngày 12 tháng 11 năm 2026", "QUYẾT ĐỊNH", QC_SUBJECT) + quy_che_body(
    grounds=QD_31_2025_GROUND + "\n\n" + ND118,
    effect="Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2027 và thay thế Quyết định số 35/QĐ-BQLKCN ngày 18/3/2024 của Trưởng ban Ban Quản lý các khu công nghiệp tỉnh.",
    signer=HIEN,
    days="03",
)

DRAFT_71 = draft_head(
    "/QĐ-BQLKCN", "ngày      tháng 10 năm 2026", "QUYẾT ĐỊNH", QC_SUBJECT
) + quy_che_body(
    grounds=QD_31_2025_GROUND + "\n\n" + ND118,
    effect="Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 35/QĐ-BQLKCN ngày 18/3/2024 của Trưởng ban Ban Quản lý các khu công nghiệp tỉnh.",
    signer="\nTRƯỞNG BAN\n\n\n\n(chưa ký)\n",
    days="04",
)

CV_1954 = (
    head(
        "1954/BQLKCN-VP",
        "ngày 18 tháng 11 năm 2026",
        "",
        "V/v cung cấp số liệu phục vụ xác định Chỉ số cải cách hành chính năm 2026",
    )
    + f"""
Kính gửi: Sở Nội vụ tỉnh Kim Xuyên.

Ban Quản lý các khu công nghiệp cung cấp số liệu như sau:

1. 9 tháng năm 2026: tiếp nhận {num(2185)} hồ sơ, đúng hạn 99,64%, trực tuyến 88,0%. Riêng tháng 10/2026: tiếp nhận 248 hồ sơ, giải quyết đúng hạn 99,70%.

2. Ngày 12/11/2026, Trưởng ban ký Quyết định số 71/QĐ-BQLKCN ban hành Quy chế một cửa mới, có hiệu lực từ ngày 01/01/2027, thay thế Quyết định số 35/QĐ-BQLKCN ngày 18/3/2024; đến hết năm 2026 Bộ phận Một cửa tiếp tục thực hiện Quy chế ban hành kèm theo Quyết định số 35/QĐ-BQLKCN.

3. Chức năng, nhiệm vụ của Ban thực hiện theo Quyết định số 31/2025/QĐ-UBND ngày 20/8/2025; danh mục thủ tục hành chính theo Quyết định số 702/QĐ-UBND ngày 16/4/2025.

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + HIEN
)

LATE = [
    Sample("KH CCHC 2024 - BQLKCN.txt", "txt", (KH_03_2024,)),
    Sample("BC quy 1 2024.txt", "txt", (BC_36_TOP, BC_36_BODY)),
    Sample(
        "QD 35 quy che mot cua 2024 (ban ky).pdf",
        "pdf",
        (QD_35_SIGNED,),
        title="Quy chế một cửa 2024 - bản ký (MẪU, hư cấu)",
    ),
    Sample(
        "QD 35 quy che mot cua 2024 (ban word).docx",
        "docx",
        (QD_35_WORD,),
        title="Quy chế một cửa 2024 - bản word (MẪU, hư cấu)",
    ),
    Sample(
        "BC 6 thang 2024.pdf",
        "pdf",
        (BC_110_TOP + BC_110_BODY,),
        title="Báo cáo CCHC 6 tháng 2024 (MẪU, hư cấu)",
    ),
    Sample(
        "BC khao sat hai long DN 2024.pdf",
        "pdf",
        (BC_140,),
        title="Khảo sát hài lòng 2024 (MẪU, hư cấu)",
    ),
    Sample("bc 9 thang 2024.txt", "txt", (BC_167_TOP, BC_167_BODY)),
    Sample("CV 1630 trien khai quy che mot cua.txt", "txt", (CV_1630,)),
    docx_report(
        "BC nam 2024_v3.docx",
        BC_226_TOP,
        BC_226_BODY,
        2024,
        HIEN,
        "Báo cáo CCHC năm 2024 (MẪU, hư cấu)",
    ),
    Sample(
        "KH chuyen doi so 2025.pdf",
        "pdf",
        (KH_05_2025,),
        title="Kế hoạch chuyển đổi số 2025 (MẪU, hư cấu)",
    ),
    Sample("KH CCHC 2025.txt", "txt", (KH_07_2025,)),
    Sample("bc quy I 2025.txt", "txt", (BC_33_TOP, BC_33_BODY)),
    Sample(
        "QD 702 danh muc TTHC 2025.pdf", "pdf", (QD_702,), title="Danh mục TTHC 2025 (MẪU, hư cấu)"
    ),
    Sample(
        "QD 41 quy trinh noi bo.pdf", "pdf", (QD_41,), title="Quy trình nội bộ 2025 (MẪU, hư cấu)"
    ),
    Sample(
        "Phu luc QD 41 - quy trinh noi bo.docx",
        "docx",
        (PHU_LUC_41,),
        table=TABLE_41,
        after="",
        title="Phụ lục Quyết định 41 (MẪU, hư cấu)",
    ),
    Sample("BC 6 thang 2025.txt", "txt", (BC_115_TOP, BC_115_BODY)),
    Sample("TTr 18 chuc nang nhiem vu (trinh UBND).txt", "txt", (TTR_18,)),
    Sample("KH 09 dieu chinh KH 05.txt", "txt", (KH_09_2025,)),
    Sample("scan_0031.pdf", "pdf", (QD_31_2025,), title="scan_0031 (MẪU, hư cấu)"),
    Sample("CV 1207 don doc chuyen doi so.txt", "txt", (CV_1207,)),
    Sample("bc 9 thang 2025.txt", "txt", (BC_172_TOP, BC_172_BODY)),
    Sample(
        "BC CCHC 2025 (ban ky).pdf",
        "pdf",
        (BC_230_PDF,),
        title="Báo cáo CCHC năm 2025 - bản ký (MẪU, hư cấu)",
    ),
    docx_report(
        "BC CCHC 2025 (ban word).docx",
        BC_230_TOP,
        BC_230_BODY,
        2025,
        HIEN,
        "Báo cáo CCHC năm 2025 - bản word (MẪU, hư cấu)",
    ),
    Sample("KH CCHC nam 2026.txt", "txt", (KH_06_2026,)),
    Sample("bc quy I 2026.txt", "txt", (BC_31_TOP, BC_31_BODY)),
    Sample(
        "BC 6 thang 2026.pdf",
        "pdf",
        (BC_118_TOP + BC_118_BODY,),
        title="Báo cáo CCHC 6 tháng 2026 (MẪU, hư cấu)",
    ),
    Sample(
        "bc 9 thang 2026.docx",
        "docx",
        (BC_176_TOP, BC_176_BODY + "\nSố hồ sơ tiếp nhận theo quý năm 2026:\n"),
        table=quarter_table(2026),
        after="IV. PHƯƠNG HƯỚNG QUÝ IV NĂM 2026\n\nBan hành Quy chế một cửa mới; hoàn thành chỉ tiêu năm 2026.\n\nNơi nhận:\n- UBND tỉnh (để b/c);\n- Sở Nội vụ;\n- Lưu: VT, VP."
        + BAO,
        title="Báo cáo CCHC 9 tháng 2026 (MẪU, hư cấu)",
    ),
    Sample(
        "QD 71 quy che mot cua 2026.pdf",
        "pdf",
        (QD_71,),
        title="Quy chế một cửa 2026 (MẪU, hư cấu)",
    ),
    Sample(
        "Du thao QC mot cua 2026 (lan 2).docx",
        "docx",
        (DRAFT_71,),
        title="Dự thảo Quy chế một cửa (lần 2) (MẪU, hư cấu)",
    ),
    Sample("CV 1954 so lieu CCHC 2026.txt", "txt", (CV_1954,)),
]
