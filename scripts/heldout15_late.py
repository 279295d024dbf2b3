"""Fifteenth held-out archive, 2024 to its last document, the Công văn of 20/11/2026 ("now"): the
Sở Công Thương of tỉnh Lam Điền (fictional). Do not tune on it.

The Chủ tịch's yearly decisions publishing the province's legal documents that ended (2023's as a
DOCX table, 2024's as a PDF list), the plan for digitising dossiers whose time a Công văn extends
to 30/6/2025, the one-stop Quy chế of 2025 and the decision correcting a wrong date in it
(đính chính), the new list of procedures, and the UBND tỉnh's functions decision
``21/2026/QĐ-UBND``, signed 28/10/2026 and in force only from 10/12/2026, after the last
document. Facts in ``bench/data/heldout15_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout15_common import (
    CLOSING,
    FIG,
    KHANG,
    LANANH,
    ND61_107,
    NGHIA,
    NGHIA_UB,
    NGUYET,
    NQ76,
    QC_SUBJECT,
    QUARTERS,
    UB,
    docx_report,
    head,
    index_paragraph,
    num,
    plan,
    quy_che_body,
    report,
    word_head,
    year_before,
)
from heldout15_early import ND63, TTHC_SUBJECT
from sample_header import Sample

ND34 = "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật, được sửa đổi, bổ sung bởi Nghị định số 154/2020/NĐ-CP ngày 31/12/2020 của Chính phủ;"
LIST_SUBJECT = "Công bố Danh mục văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh hết hiệu lực toàn bộ hoặc một phần năm {y}"


def nine_month_table(year: int) -> list[list[str]]:
    """Dossiers by quarter of the first nine months of ``year``."""
    q = QUARTERS[year]
    return [
        ["Chỉ tiêu", "Quý I", "Quý II", "Quý III", "9 tháng"],
        [f"Hồ sơ tiếp nhận năm {year}", *(num(v) for v in q[:3]), num(FIG[year]["9m"][0])],
    ]


# ---------------------------------------------------------------- 2024
QD_186_HEAD = head(
    "186/QĐ-UBND", "ngày 19 tháng 01 năm 2024", "QUYẾT ĐỊNH", LIST_SUBJECT.format(y=2023), UB
)
QD_186_BODY = f"""
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAM ĐIỀN

{ND34}

Xét đề nghị của Giám đốc Sở Tư pháp.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 14 văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh hết hiệu lực toàn bộ và 06 văn bản hết hiệu lực một phần năm 2023. Các văn bản thuộc lĩnh vực Công Thương như sau:
"""
QD_186_TABLE = [
    [
        "STT",
        "Tên loại văn bản",
        "Số, ký hiệu; ngày, tháng, năm ban hành; tên gọi của văn bản",
        "Lý do hết hiệu lực",
        "Ngày hết hiệu lực",
    ],
    ["A", "VĂN BẢN HẾT HIỆU LỰC TOÀN BỘ", "", "", ""],
    [
        "1",
        "Quyết định",
        "Số 22/2019/QĐ-UBND ngày 12/7/2019 ban hành Quy định quản lý vật liệu nổ công nghiệp trên địa bàn tỉnh Lam Điền",
        "Được thay thế bởi Quyết định số 09/2023/QĐ-UBND ngày 18/4/2023 của Ủy ban nhân dân tỉnh",
        "01/5/2023",
    ],
    [
        "2",
        "Quyết định",
        "Số 05/2021/QĐ-UBND ngày 03/3/2021 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương tỉnh Lam Điền",
        "Được thay thế bởi Quyết định số 12/2023/QĐ-UBND ngày 10/5/2023 của Ủy ban nhân dân tỉnh",
        "25/5/2023",
    ],
    ["B", "VĂN BẢN HẾT HIỆU LỰC MỘT PHẦN", "", "", ""],
    [
        "1",
        "Quyết định",
        "Số 17/2020/QĐ-UBND ngày 14/9/2020 ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Lam Điền",
        "Khoản 2 Điều 5 được sửa đổi; Điều 12 bị bãi bỏ bởi Quyết định số 15/2023/QĐ-UBND ngày 20/7/2023 của Ủy ban nhân dân tỉnh",
        "01/8/2023",
    ],
]
QD_186_AFTER = (
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nĐiều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này./."
    + NGHIA
)

KH_03_2024 = plan(
    "03/KH-SCT",
    "ngày 05 tháng 01 năm 2024",
    2024,
    basis=NQ76,
    province_plan="Kế hoạch số 04/KH-UBND ngày 03/01/2024",
    online="70%",
    on_time="99,2%",
    tasks="""1. Xây dựng kế hoạch số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024.

2. Đề nghị Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính mới của Sở thay cho Danh mục năm 2022.""",
    signer=NGUYET,
)

BC_52_TOP, BC_52_BODY = report(
    "52/BC-SCT",
    "ngày 15 tháng 3 năm 2024",
    2024,
    "q1",
    lead="Kế hoạch số 03/KH-SCT ngày 05/01/2024 của Sở đã được giao đến các phòng, đơn vị; các phòng tiếp tục quán triệt Chỉ thị số 03/CT-UBND ngày 15/02/2023 của Chủ tịch Ủy ban nhân dân tỉnh.",
    middle="""1. Theo Quyết định số 186/QĐ-UBND ngày 19/01/2024 của Chủ tịch Ủy ban nhân dân tỉnh, Quyết định số 05/2021/QĐ-UBND đã hết hiệu lực toàn bộ từ ngày 25/5/2023; Quy chế quản lý cụm công nghiệp hết hiệu lực một phần.

2. Quy chế phối hợp với Cục Quản lý thị trường tỉnh hết thời hạn áp dụng; hai bên đang trao đổi dự thảo Quy chế phối hợp mới.

3. Quyết định số 08/2021/QĐ-UBND ngày 22/3/2021 hết thời hạn áp dụng từ ngày 01/01/2024.""",
    signer=KHANG,
)

KH_58 = (
    head(
        "58/KH-SCT",
        "ngày 20 tháng 3 năm 2024",
        "KẾ HOẠCH",
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024",
    )
    + """
Thực hiện Kế hoạch số 03/KH-SCT ngày 05/01/2024 của Sở Công Thương về cải cách hành chính năm 2024, Sở xây dựng Kế hoạch số hóa hồ sơ, kết quả giải quyết thủ tục hành chính như sau:

I. MỤC TIÊU

1. Số hóa 100% hồ sơ tiếp nhận từ ngày 01/4/2024.

2. Số hóa 2.500 hồ sơ, kết quả giải quyết thủ tục hành chính đang lưu trữ giai đoạn 2020 – 2023.

II. THỜI GIAN THỰC HIỆN

Từ tháng 4 đến hết ngày 31/12/2024.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở chủ trì; các phòng chuyên môn phối hợp bàn giao hồ sơ lưu trữ theo lĩnh vực.

Nơi nhận:
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + NGUYET
)

BC_110_TOP, BC_110_BODY = report(
    "110/BC-SCT",
    "ngày 14 tháng 6 năm 2024",
    2024,
    "6m",
    lead="Kế hoạch số 03/KH-SCT ngày 05/01/2024 và Kế hoạch số 58/KH-SCT ngày 20/3/2024 về số hóa hồ sơ của Sở đã được giao đến các phòng, đơn vị.",
    middle="""1. Đến ngày 10/6/2024, Sở đã số hóa 820/2.500 hồ sơ lưu trữ.

2. Sở đã trình Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính mới.""",
    extra=index_paragraph(2023),
    signer=KHANG,
)

QD_1188_HEAD = head("1188/QĐ-UBND", "ngày 20 tháng 8 năm 2024", "QUYẾT ĐỊNH", TTHC_SUBJECT, UB)
QD_1188_BODY = f"""
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAM ĐIỀN

{ND63}

Căn cứ Quyết định số 12/2023/QĐ-UBND ngày 10/5/2023 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương;

Xét đề nghị của Giám đốc Sở Công Thương.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 104 thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Công Thương tỉnh Lam Điền.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2024 và thay thế Quyết định số 512/QĐ-UBND ngày 21/3/2022 và Quyết định số 1350/QĐ-UBND ngày 12/9/2023 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này./.
"""
QD_1188_TABLE = [
    ["Phần / Mục", "Lĩnh vực", "Số TTHC"],
    ["Phần I, Mục I", "Lưu thông hàng hóa trong nước", "30"],
    ["Phần I, Mục II", "Điện", "24"],
    ["Phần I, Mục III", "An toàn thực phẩm", "17"],
    ["Phần I, Mục IV", "Kinh doanh khí và xăng dầu", "19"],
    ["Phần II", "Thủ tục cấp huyện", "14"],
]

BC_168_TOP, BC_168_BODY = report(
    "168/BC-SCT",
    "ngày 16 tháng 9 năm 2024",
    2024,
    "9m",
    lead="Kế hoạch số 03/KH-SCT ngày 05/01/2024 của Sở đã được giao đến các phòng, đơn vị; tiến độ bảo đảm.",
    middle="""1. Từ ngày 01/9/2024, Danh mục thủ tục hành chính của Sở thực hiện theo Quyết định số 1188/QĐ-UBND ngày 20/8/2024 (thay thế các Quyết định số 512/QĐ-UBND và 1350/QĐ-UBND).

2. Ngày 05/9/2024, Ủy ban nhân dân tỉnh ban hành Quyết định số 19/2024/QĐ-UBND ban hành Quy chế quản lý cụm công nghiệp, thay thế Quyết định số 17/2020/QĐ-UBND ngày 14/9/2020, có hiệu lực từ ngày 20/9/2024.""",
    extra="Số hồ sơ tiếp nhận theo quý:",
    signer=KHANG,
    closing=False,
)

BC_220_TOP, BC_220_BODY = report(
    "220/BC-SCT",
    "ngày 13 tháng 12 năm 2024",
    2024,
    "year",
    lead="Sở ban hành Kế hoạch số 03/KH-SCT ngày 05/01/2024; 11/12 nhiệm vụ hoàn thành.",
    middle="""1. Kế hoạch số 58/KH-SCT ngày 20/3/2024 về số hóa hồ sơ được gia hạn thời gian thực hiện đến ngày 30/6/2025 theo Công văn số 2011/SCT-VP ngày 10/12/2024; đã số hóa 1.640/2.500 hồ sơ lưu trữ.

2. Danh mục thủ tục hành chính thực hiện theo Quyết định số 1188/QĐ-UBND ngày 20/8/2024 của Chủ tịch Ủy ban nhân dân tỉnh.""",
    extra=year_before(2024),
    signer=NGUYET,
)

CV_2011 = (
    head(
        "2011/SCT-VP",
        "ngày 10 tháng 12 năm 2024",
        "",
        "V/v gia hạn thời gian thực hiện Kế hoạch số hóa hồ sơ năm 2024",
    )
    + """
Kính gửi: Các phòng, đơn vị thuộc Sở.

Do khối lượng hồ sơ lưu trữ cần số hóa lớn, Sở Công Thương gia hạn thời gian thực hiện Kế hoạch số 58/KH-SCT ngày 20/3/2024 về số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024 đến ngày 30/6/2025. Các nội dung khác của Kế hoạch giữ nguyên.

Văn phòng Sở tổng hợp tiến độ hằng tháng, báo cáo Giám đốc Sở./.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + NGUYET
)

# ---------------------------------------------------------------- 2025
QD_142 = (
    word_head(
        "142/QĐ-UBND", "ngày 21 tháng 01 năm 2025", "QUYẾT ĐỊNH", (LIST_SUBJECT.format(y=2024),), UB
    )
    + f"""
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAM ĐIỀN

{ND34}

Xét đề nghị của Giám đốc Sở Tư pháp.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 11 văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh hết hiệu lực toàn bộ và 04 văn bản hết hiệu lực một phần năm 2024.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này./.
"""
    + NGHIA
    + """
DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT HẾT HIỆU LỰC NĂM 2024 (trích: lĩnh vực Công Thương)

A. VĂN BẢN HẾT HIỆU LỰC TOÀN BỘ

1. Quyết định số 08/2021/QĐ-UBND ngày 22/3/2021 của Ủy ban nhân dân tỉnh quy định nội dung và mức hỗ trợ phát triển thương mại điện tử trên địa bàn tỉnh Lam Điền.
Lý do hết hiệu lực: hết thời hạn áp dụng quy định tại Điều 9 của Quyết định.
Ngày hết hiệu lực: 01/01/2024.

2. Quyết định số 14/2022/QĐ-UBND ngày 06/6/2022 của Ủy ban nhân dân tỉnh quy định phân cấp quản lý nhà nước về an toàn thực phẩm thuộc phạm vi quản lý của ngành Công Thương.
Lý do hết hiệu lực: được thay thế bởi Quyết định số 06/2024/QĐ-UBND ngày 26/02/2024 của Ủy ban nhân dân tỉnh.
Ngày hết hiệu lực: 10/3/2024.

3. Quyết định số 17/2020/QĐ-UBND ngày 14/9/2020 của Ủy ban nhân dân tỉnh ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Lam Điền.
Lý do hết hiệu lực: được thay thế bởi Quyết định số 19/2024/QĐ-UBND ngày 05/9/2024 của Ủy ban nhân dân tỉnh.
Ngày hết hiệu lực: 20/9/2024.

4. Quyết định số 15/2023/QĐ-UBND ngày 20/7/2023 của Ủy ban nhân dân tỉnh sửa đổi, bổ sung một số điều của Quy chế quản lý cụm công nghiệp.
Lý do hết hiệu lực: được thay thế bởi Quyết định số 19/2024/QĐ-UBND ngày 05/9/2024 của Ủy ban nhân dân tỉnh.
Ngày hết hiệu lực: 20/9/2024.

B. VĂN BẢN HẾT HIỆU LỰC MỘT PHẦN

Không có văn bản thuộc lĩnh vực Công Thương.
"""
)

KH_02_2025 = plan(
    "02/KH-SCT",
    "ngày 07 tháng 01 năm 2025",
    2025,
    basis=NQ76,
    province_plan="Kế hoạch số 03/KH-UBND ngày 03/01/2025",
    online="80%",
    on_time="99,4%",
    tasks="""1. Hoàn thành Kế hoạch số 58/KH-SCT ngày 20/3/2024 về số hóa hồ sơ trong thời hạn đã được gia hạn.

2. Ban hành Quy chế một cửa mới của Sở.

3. Tổng kết Đề án chuyển đổi số ngành Công Thương giai đoạn 2021 – 2025.""",
    signer=NGUYET,
)

QD_27 = word_head(
    "27/QĐ-SCT", "ngày 18 tháng 02 năm 2025", "QUYẾT ĐỊNH", (QC_SUBJECT,)
) + quy_che_body(
    grounds="Căn cứ Quyết định số 12/2023/QĐ-UBND ngày 10/5/2023 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương;\n\n"
    + ND61_107,
    effect="Quyết định này có hiệu lực kể từ ngày 01 tháng 3 năm 2025 và thay thế Quyết định số 112/QĐ-SCT ngày 20/8/2021 của Giám đốc Sở Công Thương.",
    signer=NGUYET,
)

QD_34 = (
    head(
        "34/QĐ-SCT",
        "ngày 04 tháng 3 năm 2025",
        "QUYẾT ĐỊNH",
        "Đính chính Quyết định số 27/QĐ-SCT ngày 18/02/2025 của Giám đốc Sở Công Thương",
    )
    + """
GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH LAM ĐIỀN

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Đính chính sai sót về ngày ban hành tại Điều 3 Quyết định số 27/QĐ-SCT ngày 18/02/2025 của Giám đốc Sở Công Thương như sau:

Đã ghi: "thay thế Quyết định số 112/QĐ-SCT ngày 20/8/2021 của Giám đốc Sở Công Thương".

Nay sửa lại là: "thay thế Quyết định số 112/QĐ-SCT ngày 20/8/2022 của Giám đốc Sở Công Thương".

Điều 2. Các nội dung khác của Quyết định số 27/QĐ-SCT giữ nguyên. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Sở và các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + NGUYET
)

BC_49_TOP, BC_49_BODY = report(
    "49/BC-SCT",
    "ngày 14 tháng 3 năm 2025",
    2025,
    "q1",
    lead="Kế hoạch số 02/KH-SCT ngày 07/01/2025 về cải cách hành chính năm 2025 của Sở đã được giao đến các phòng, đơn vị; tiến độ bảo đảm.",
    middle="""1. Từ ngày 01/3/2025, Sở áp dụng Quy chế một cửa ban hành kèm theo Quyết định số 27/QĐ-SCT ngày 18/02/2025 (đã được đính chính tại Quyết định số 34/QĐ-SCT ngày 04/3/2025).

2. Kế hoạch số 58/KH-SCT tiếp tục thực hiện trong thời hạn đã gia hạn; đã số hóa 2.010/2.500 hồ sơ lưu trữ.""",
    signer=KHANG,
)

BC_108_TOP, BC_108_BODY = report(
    "108/BC-SCT",
    "ngày 13 tháng 6 năm 2025",
    2025,
    "6m",
    lead="Kế hoạch số 02/KH-SCT ngày 07/01/2025 của Sở đã được giao đến các phòng, đơn vị; các phòng tiếp tục quán triệt Chỉ thị số 03/CT-UBND ngày 15/02/2023 của Chủ tịch Ủy ban nhân dân tỉnh.",
    middle="""1. Kế hoạch số 58/KH-SCT về số hóa hồ sơ: đã số hóa 2.430/2.500 hồ sơ lưu trữ, dự kiến hoàn thành trước ngày 30/6/2025.

2. Sở đang tổng kết Đề án chuyển đổi số ngành Công Thương giai đoạn 2021 – 2025.""",
    extra=index_paragraph(2024),
    signer=KHANG,
)

BC_170_TOP, BC_170_BODY = report(
    "170/BC-SCT",
    "ngày 15 tháng 9 năm 2025",
    2025,
    "9m",
    lead="Kế hoạch số 02/KH-SCT ngày 07/01/2025 của Sở đã được giao đến các phòng, đơn vị; tiến độ bảo đảm.",
    middle="""1. Kế hoạch số 58/KH-SCT đã hoàn thành: 2.500/2.500 hồ sơ lưu trữ được số hóa.

2. Quy chế một cửa thực hiện theo Quyết định số 27/QĐ-SCT ngày 18/02/2025.""",
    signer=KHANG,
)

BC_225_TOP, BC_225_BODY = report(
    "225/BC-SCT",
    "ngày 12 tháng 12 năm 2025",
    2025,
    "year",
    lead="Sở ban hành Kế hoạch số 02/KH-SCT ngày 07/01/2025; 12/12 nhiệm vụ hoàn thành.",
    middle="""1. Đề án chuyển đổi số ngành Công Thương giai đoạn 2021 – 2025 (Quyết định số 95/QĐ-SCT ngày 20/5/2021) kết thúc vào cuối năm 2025; tỷ lệ doanh nghiệp ứng dụng thương mại điện tử đạt 43,5%.

2. Quy chế một cửa ban hành kèm theo Quyết định số 27/QĐ-SCT ngày 18/02/2025 thay thế Quyết định số 112/QĐ-SCT ngày 20/8/2022.""",
    extra=year_before(2025),
    signer=NGUYET,
)

# ---------------------------------------------------------------- 2026
KH_01_2026 = plan(
    "01/KH-SCT",
    "ngày 06 tháng 01 năm 2026",
    2026,
    basis=NQ76,
    province_plan="Kế hoạch số 02/KH-UBND ngày 05/01/2026",
    online="90%",
    on_time="99,7%",
    tasks="""1. Tham mưu Ủy ban nhân dân tỉnh quy định lại chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở.

2. Xây dựng Đề án chuyển đổi số ngành Công Thương giai đoạn 2026 – 2030.""",
    signer=NGUYET,
)

BC_47_TOP, BC_47_BODY = report(
    "47/BC-SCT",
    "ngày 13 tháng 3 năm 2026",
    2026,
    "q1",
    lead="Kế hoạch số 01/KH-SCT ngày 06/01/2026 về cải cách hành chính năm 2026 của Sở đã được giao đến các phòng, đơn vị; tiến độ bảo đảm.",
    middle="""1. Đề án chuyển đổi số ngành Công Thương giai đoạn 2021 – 2025 đã kết thúc; Sở đang xây dựng dự thảo Đề án giai đoạn 2026 – 2030.

2. Chỉ thị số 03/CT-UBND ngày 15/02/2023 của Chủ tịch Ủy ban nhân dân tỉnh tiếp tục được quán triệt trong toàn Sở.""",
    signer=KHANG,
)

BC_104_TOP, BC_104_BODY = report(
    "104/BC-SCT",
    "ngày 12 tháng 6 năm 2026",
    2026,
    "6m",
    lead="Kế hoạch số 01/KH-SCT ngày 06/01/2026 của Sở đã được giao đến các phòng, đơn vị; tiến độ bảo đảm.",
    middle="""1. Sở đang dự thảo quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở, trình Ủy ban nhân dân tỉnh trong quý III.

2. Quy chế một cửa thực hiện theo Quyết định số 27/QĐ-SCT ngày 18/02/2025.""",
    extra=index_paragraph(2025),
    signer=KHANG,
)

TTR_72 = (
    head(
        "72/TTr-SCT",
        "ngày 15 tháng 8 năm 2026",
        "TỜ TRÌNH",
        "Đề nghị ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương",
    )
    + """
Kính gửi: Ủy ban nhân dân tỉnh.

Quyết định số 12/2023/QĐ-UBND ngày 10/5/2023 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ của Sở Công Thương không còn phù hợp với Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ. Sở Công Thương kính đề nghị Ủy ban nhân dân tỉnh ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở thay thế Quyết định số 12/2023/QĐ-UBND.

(Kèm theo dự thảo Quyết định, ý kiến thẩm định của Sở Tư pháp và Sở Nội vụ.)

Sở Công Thương kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.

Nơi nhận:
- Như trên;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + NGUYET
)

BC_166_TOP, BC_166_BODY = report(
    "166/BC-SCT",
    "ngày 15 tháng 9 năm 2026",
    2026,
    "9m",
    lead="Kế hoạch số 01/KH-SCT ngày 06/01/2026 của Sở đã được giao đến các phòng, đơn vị; tiến độ bảo đảm.",
    middle="""1. Ngày 15/8/2026, Sở trình Ủy ban nhân dân tỉnh Tờ trình số 72/TTr-SCT đề nghị ban hành quyết định mới quy định chức năng, nhiệm vụ của Sở.

2. Danh mục thủ tục hành chính thực hiện theo Quyết định số 1188/QĐ-UBND ngày 20/8/2024 của Chủ tịch Ủy ban nhân dân tỉnh.""",
    extra="Số hồ sơ tiếp nhận theo quý:",
    signer=KHANG,
    closing=False,
)

QD_21_2026 = (
    word_head(
        "21/2026/QĐ-UBND",
        "ngày 28 tháng 10 năm 2026",
        "QUYẾT ĐỊNH",
        (
            "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu",
            "tổ chức của Sở Công Thương tỉnh Lam Điền",
        ),
        UB,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH LAM ĐIỀN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;

Xét đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 72/TTr-SCT ngày 15/8/2026.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng: Sở Công Thương là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về công nghiệp, thương mại, năng lượng, hóa chất, an toàn thực phẩm thuộc ngành và thương mại điện tử.

Điều 3. Cơ cấu tổ chức: Văn phòng, Thanh tra, 03 phòng chuyên môn và Trung tâm Khuyến công và Xúc tiến thương mại.

Điều 4. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày 10 tháng 12 năm 2026 và thay thế Quyết định số 12/2023/QĐ-UBND ngày 10/5/2023 của Ủy ban nhân dân tỉnh.

Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này./.
"""
    + NGHIA_UB
)

CV_1876 = (
    head(
        "1876/SCT-VP",
        "ngày 20 tháng 11 năm 2026",
        "",
        "V/v cung cấp số liệu phục vụ xác định Chỉ số cải cách hành chính năm 2026",
    )
    + """
Kính gửi: Sở Nội vụ tỉnh Lam Điền.

Sở Công Thương cung cấp số liệu, tài liệu kiểm chứng phục vụ xác định Chỉ số cải cách hành chính năm 2026 như sau:

1. Tháng 10 năm 2026, Sở tiếp nhận 412 hồ sơ thủ tục hành chính; tỷ lệ giải quyết đúng hạn 99,76%.

2. Quy chế một cửa hiện hành: Quyết định số 27/QĐ-SCT ngày 18/02/2025 (đã đính chính tại Quyết định số 34/QĐ-SCT ngày 04/3/2025).

3. Chức năng, nhiệm vụ của Sở: Quyết định số 12/2023/QĐ-UBND ngày 10/5/2023; Quyết định số 21/2026/QĐ-UBND ngày 28/10/2026 của Ủy ban nhân dân tỉnh thay thế Quyết định số 12/2023/QĐ-UBND từ ngày 10/12/2026.

4. Danh mục thủ tục hành chính: Quyết định số 1188/QĐ-UBND ngày 20/8/2024 của Chủ tịch Ủy ban nhân dân tỉnh.

5. Chỉ thị số 03/CT-UBND ngày 15/02/2023 của Chủ tịch Ủy ban nhân dân tỉnh tiếp tục được quán triệt trong toàn Sở./.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + NGUYET
)

LATE = [
    Sample(
        "danh muc VB het hieu luc 2023.docx",
        "docx",
        (QD_186_HEAD, QD_186_BODY),
        table=QD_186_TABLE,
        after=QD_186_AFTER,
        title="QĐ 186/QĐ-UBND danh mục văn bản hết hiệu lực 2023 (MẪU)",
    ),
    Sample("KH 03 CCHC 2024.txt", "txt", (KH_03_2024,)),
    Sample("BC quy I 2024.txt", "txt", (BC_52_TOP, BC_52_BODY)),
    Sample(
        "KH 58 so hoa ho so 2024.pdf",
        "pdf",
        (KH_58,),
        title="Kế hoạch số hóa hồ sơ 2024 (MẪU, hư cấu)",
    ),
    Sample(
        "BC 6 thang 2024.pdf",
        "pdf",
        (BC_110_TOP + BC_110_BODY,),
        title="Báo cáo 6 tháng 2024 (MẪU, hư cấu)",
    ),
    Sample(
        "danh muc TTHC SCT 2024.docx",
        "docx",
        (QD_1188_HEAD, QD_1188_BODY),
        table=QD_1188_TABLE,
        after=LANANH.strip(),
        title="QĐ 1188/QĐ-UBND danh mục TTHC (MẪU)",
    ),
    Sample(
        "bao cao 9 thang 2024_v2.docx",
        "docx",
        (BC_168_TOP, BC_168_BODY),
        table=nine_month_table(2024),
        after=CLOSING + KHANG,
        title="Báo cáo 9 tháng 2024 (MẪU)",
    ),
    Sample("CV 2011 gia han KH 58.txt", "txt", (CV_2011,)),
    docx_report(
        "BC nam 2024 - SCT_final.docx",
        BC_220_TOP,
        BC_220_BODY,
        2024,
        NGUYET,
        "Báo cáo CCHC năm 2024 (MẪU)",
    ),
    Sample(
        "QD 142 danh muc VB het hieu luc 2024.pdf",
        "pdf",
        (QD_142,),
        title="QĐ 142/QĐ-UBND danh mục văn bản hết hiệu lực 2024 (MẪU, hư cấu)",
    ),
    Sample(
        "KH CCHC 2025 (ban ky).pdf",
        "pdf",
        (KH_02_2025,),
        title="Kế hoạch CCHC năm 2025 (MẪU, hư cấu)",
    ),
    Sample(
        "QD 27 quy che mot cua 2025.pdf",
        "pdf",
        (QD_27,),
        title="Quy chế một cửa 2025 (MẪU, hư cấu)",
    ),
    Sample("QD 34 dinh chinh QD 27.txt", "txt", (QD_34,)),
    Sample("bc quy I 2025.txt", "txt", (BC_49_TOP, BC_49_BODY)),
    Sample("BC 6 thang 2025.txt", "txt", (BC_108_TOP, BC_108_BODY)),
    Sample("bc 9 thang 2025.txt", "txt", (BC_170_TOP, BC_170_BODY)),
    docx_report(
        "BC CCHC nam 2025.docx",
        BC_225_TOP,
        BC_225_BODY,
        2025,
        NGUYET,
        "Báo cáo CCHC năm 2025 (MẪU)",
    ),
    Sample("KH 01 CCHC 2026.txt", "txt", (KH_01_2026,)),
    Sample("bc quy I 2026.txt", "txt", (BC_47_TOP, BC_47_BODY)),
    Sample(
        "BC 6 thang 2026.pdf",
        "pdf",
        (BC_104_TOP + BC_104_BODY,),
        title="Báo cáo 6 tháng 2026 (MẪU, hư cấu)",
    ),
    Sample("TTr 72 chuc nang SCT 2026.txt", "txt", (TTR_72,)),
    Sample(
        "bc 9 thang 2026 (gui SNV).docx",
        "docx",
        (BC_166_TOP, BC_166_BODY),
        table=nine_month_table(2026),
        after=CLOSING + KHANG,
        title="Báo cáo 9 tháng 2026 (MẪU)",
    ),
    Sample("tailieu_21.pdf", "pdf", (QD_21_2026,), title="tailieu_21 (MẪU, hư cấu)"),
    Sample("CV 1876 so lieu CCHC 2026.txt", "txt", (CV_1876,)),
]
