"""Fourteenth held-out archive, 2026 to its last document, the Công văn of 25/11/2026 ("now"):
the Sở Văn hóa, Thể thao và Du lịch of tỉnh Trà Giang (fictional). Its 2026 plan, Quy chế chi
tiêu nội bộ (``15/QĐ-SVHTTDL`` again, as in 2022), quý I (``74/BC-SVHTTDL`` again), 6-month and
9-month reports, the Tờ trình and the Chủ tịch's new list of procedures, and the Quy chế chi
tiêu nội bộ of 2027, signed on 20/11/2026 and in force only from 01/01/2027. Do not tune on
it. Facts in ``bench/data/heldout14_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout14_early import (
    CT_AFTER,
    HAO,
    HUONG,
    NQ76,
    QD_512_AFTER,
    UB,
    VIET,
    VISITORS_9M,
    chi_tieu,
    docx_report,
    head,
    num,
    pct_change,
    plan,
    q1_extra,
    quarter_alone,
    report,
    targets,
)
from sample_header import Sample

KH_06_2026 = plan(
    "06/KH-SVHTTDL",
    "ngày 09 tháng 01 năm 2026",
    2026,
    basis=NQ76,
    province_plan="Kế hoạch số 05/KH-UBND ngày 05/01/2026",
    targets=targets("90%", "99,6%", "nằm trong nhóm 03 sở, ban, ngành dẫn đầu"),
    tasks="""1. Đề nghị Chủ tịch UBND tỉnh công bố Danh mục thủ tục hành chính hợp nhất của Sở, thay cho các Danh mục năm 2024 và năm 2025.

2. Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực báo chí, xuất bản.""",
    signer=HUONG,
)

QD_15_2026 = chi_tieu(
    "15/QĐ-SVHTTDL",
    "ngày 14 tháng 01 năm 2026",
    2026,
    replaces="Quyết định số 08/QĐ-SVHTTDL ngày 09/01/2025 của Giám đốc Sở Văn hóa, Thể thao và Du lịch",
    signer=HUONG,
)
TABLE_CT_2026 = [
    ["Nội dung chi", "Mức chi"],
    ["Văn phòng phẩm", "200.000 đồng/người/tháng"],
    ["Khoán điện thoại Giám đốc Sở", "500.000 đồng/tháng"],
    ["Công tác phí khoán", "700.000 đồng/người/tháng"],
]

BC_74_2026_TOP, BC_74_2026_BODY = report(
    "74/BC-SVHTTDL",
    "ngày 16 tháng 3 năm 2026",
    2026,
    "q1",
    plan="Sở ban hành Kế hoạch số 06/KH-SVHTTDL ngày 09/01/2026 về cải cách hành chính năm 2026 và Quy chế chi tiêu nội bộ năm 2026 tại Quyết định số 15/QĐ-SVHTTDL ngày 14/01/2026.",
    middle="1. Sở tiếp nhận hồ sơ theo Quy chế tại Quyết định số 46/QĐ-SVHTTDL ngày 10/3/2025.\n\n2. Sở đang rà soát để đề nghị công bố Danh mục thủ tục hành chính hợp nhất.",
    signer=HAO,
    extra_figures=q1_extra(2026),
)

BC_145_TOP, BC_145_BODY = report(
    "145/BC-SVHTTDL",
    "ngày 15 tháng 6 năm 2026",
    2026,
    "6m",
    plan="Sở tiếp tục triển khai Kế hoạch số 06/KH-SVHTTDL ngày 09/01/2026; đã hoàn thành 12/22 nhiệm vụ.",
    middle="1. Sở thực hiện Quy chế một cửa tại Quyết định số 46/QĐ-SVHTTDL ngày 10/3/2025 và Danh mục tại Quyết định số 640/QĐ-UBND ngày 08/4/2024, Quyết định số 452/QĐ-UBND ngày 05/3/2025.\n\n2. 100% hồ sơ lĩnh vực báo chí, xuất bản được số hóa.",
    signer=HAO,
    index_of=2025,
)

VIS = (
    f"Tổng lượt khách du lịch đến tỉnh 9 tháng năm 2026 ước đạt {num(VISITORS_9M[2026])} lượt, "
    f"{pct_change(VISITORS_9M[2026], VISITORS_9M[2025])} so với cùng kỳ năm 2025 ({num(VISITORS_9M[2025])} lượt)."
)
BC_231_TOP, BC_231_BODY = report(
    "231/BC-SVHTTDL",
    "ngày 15 tháng 9 năm 2026",
    2026,
    "9m",
    plan="Sở tiếp tục triển khai Kế hoạch số 06/KH-SVHTTDL ngày 09/01/2026; đã hoàn thành 18/22 nhiệm vụ.",
    middle="1. Sở đã hoàn thành rà soát, chuẩn bị trình Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính hợp nhất.\n\n2. Du lịch: " + VIS,
    signer=HAO,
    extra_figures=quarter_alone(2026, 3),
)
BC_231_BODY = BC_231_BODY.split("\nIV. NHIỆM VỤ")[0] + "\nSố hồ sơ tiếp nhận theo quý (năm 2026 và cùng kỳ năm 2025):\n"
TABLE_231 = [
    ["Quý", "Năm 2026", "Năm 2025"],
    ["Quý I", "2.050", "1.402"],
    ["Quý II", "2.187", "1.985"],
    ["Quý III", "2.264", "2.140"],
    ["9 tháng", "6.501", "5.527"],
]

TTR_19 = (
    head(
        "19/TTr-SVHTTDL",
        "ngày 08 tháng 9 năm 2026",
        "TỜ TRÌNH",
        "Đề nghị công bố Danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Văn hóa, Thể thao và Du lịch",
    )
    + """
Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh.

Hiện nay thủ tục hành chính của Sở được công bố tại hai quyết định: Quyết định số 640/QĐ-UBND ngày 08/4/2024 (Mục II Phần I đã bị bãi bỏ) và Quyết định số 452/QĐ-UBND ngày 05/3/2025 của Chủ tịch Ủy ban nhân dân tỉnh. Sau rà soát, Sở đề xuất Danh mục hợp nhất gồm 143 thủ tục hành chính.

Sở Văn hóa, Thể thao và Du lịch kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, công bố.

Nơi nhận:
- Như trên;
- Văn phòng UBND tỉnh;
- Lưu: VT, VP.
"""
    + HUONG
)

QD_1575_HEAD = head(
    "1575/QĐ-UBND",
    "ngày 22 tháng 9 năm 2026",
    "QUYẾT ĐỊNH",
    "Công bố Danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Giang",
    UB,
)
QD_1575_BODY = (
    """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ GIANG

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;

Căn cứ Quyết định số 398/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch;

Xét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 19/TTr-SVHTTDL ngày 08/9/2026.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 143 thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Giang.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2026 và thay thế Quyết định số 640/QĐ-UBND ngày 08/4/2024 và Quyết định số 452/QĐ-UBND ngày 05/3/2025 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Cục Kiểm soát thủ tục hành chính - VPCP;
- Lưu: VT, KSTT.
"""
    + VIET
    + """
DANH MỤC
Thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Văn hóa, Thể thao và Du lịch
"""
)
QD_1575_TABLE = [
    ["Phần, mục", "Lĩnh vực", "Số thủ tục"],
    ["Phần I, Mục I", "Văn hóa", "49"],
    ["Phần I, Mục II", "Thể dục, thể thao", "29"],
    ["Phần I, Mục III", "Du lịch", "32"],
    ["Phần I, Mục IV", "Báo chí, xuất bản, in và phát hành", "28"],
    ["Phần II", "Thủ tục hành chính liên thông, quảng cáo", "5"],
    ["", "Tổng cộng", "143"],
]

QD_212 = chi_tieu(
    "212/QĐ-SVHTTDL",
    "ngày 20 tháng 11 năm 2026",
    2027,
    replaces="Quyết định số 15/QĐ-SVHTTDL ngày 14/01/2026 của Giám đốc Sở Văn hóa, Thể thao và Du lịch",
    signer=HUONG,
).replace(
    "Quyết định này có hiệu lực kể từ ngày ký, áp dụng cho năm ngân sách 2027",
    "Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2027, áp dụng cho năm ngân sách 2027",
) + "\n1. Văn phòng phẩm: 200.000 đồng/người/tháng.\n\n2. Công tác phí khoán: 750.000 đồng/người/tháng.\n"

CV_1386 = (
    head(
        "1386/SVHTTDL-VP",
        "ngày 25 tháng 11 năm 2026",
        "",
        "V/v cung cấp số liệu phục vụ xác định Chỉ số cải cách hành chính năm 2026",
    )
    + """
Kính gửi: Sở Nội vụ.

Sở Văn hóa, Thể thao và Du lịch cung cấp số liệu như sau:

1. Văn bản đang áp dụng: Quy chế một cửa tại Quyết định số 46/QĐ-SVHTTDL ngày 10/3/2025; Danh mục 143 thủ tục hành chính tại Quyết định số 1575/QĐ-UBND ngày 22/9/2026, áp dụng từ ngày 01/10/2026; Hệ thống quản lý chất lượng tại Quyết định số 173/QĐ-SVHTTDL ngày 15/9/2022 tiếp tục được duy trì. Quy chế chi tiêu nội bộ năm 2027 đã ban hành tại Quyết định số 212/QĐ-SVHTTDL ngày 20/11/2026, áp dụng từ ngày 01/01/2027.

2. Kết quả giải quyết thủ tục hành chính 9 tháng năm 2026 đã báo cáo tại Báo cáo số 231/BC-SVHTTDL ngày 15/9/2026: tiếp nhận 6.501 hồ sơ; tỷ lệ đúng hạn 99,71%. Tháng 10 năm 2026, Sở tiếp nhận 742 hồ sơ, tỷ lệ nộp trực tuyến 92,6%.

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + HAO
)

LATE = [
    Sample("KH CCHC nam 2026.pdf", "pdf", (KH_06_2026,), title="Kế hoạch CCHC năm 2026 (MẪU, hư cấu)"),
    Sample("QC chi tieu noi bo 2026.docx", "docx", (QD_15_2026,), table=TABLE_CT_2026, after=CT_AFTER, title="Quy chế chi tiêu nội bộ 2026 (MẪU)"),
    Sample("bc quy I-2026.txt", "txt", (BC_74_2026_TOP, BC_74_2026_BODY)),
    Sample("bao cao 6 thang 2026.txt", "txt", (BC_145_TOP, BC_145_BODY)),
    docx_report("BC quy III va 9 thang 2026.docx", BC_231_TOP, BC_231_BODY, TABLE_231, HAO, "Báo cáo CCHC 9 tháng 2026 (MẪU)"),
    Sample("TTr 19 danh muc hop nhat.txt", "txt", (TTR_19,)),
    Sample("danh-muc-tthc-svhttdl-2026.docx", "docx", (QD_1575_HEAD, QD_1575_BODY), table=QD_1575_TABLE, after=QD_512_AFTER, title="QĐ 1575/QĐ-UBND danh mục TTHC (MẪU)"),
    Sample("tailieu_57.txt", "txt", (QD_212,)),
    Sample("CV 1386 so lieu chi so CCHC 2026.txt", "txt", (CV_1386,)),
]
