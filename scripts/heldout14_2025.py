"""Fourteenth held-out archive, 2025: the Sở Văn hóa, Thể thao và Du lịch of tỉnh Trà Giang
(fictional) takes over the state management of báo chí, xuất bản, in và phát hành from the Sở
Thông tin và Truyền thông, and hands gia đình over to the Sở Y tế, from 01/3/2025 (the real
reorganisation of provincial departments); its functions decision, list of procedures and
one-stop Quy chế are issued anew. Do not tune on it. Facts in
``bench/data/heldout14_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout14_early import (
    DIEP,
    HAO,
    HUONG,
    LOC,
    NQ76,
    QC_BASIS_2021,
    QD_512_AFTER,
    UB,
    VIET_UB,
    annual_table,
    docx_report,
    head,
    plan,
    q1_extra,
    quarter_alone,
    quy_che,
    report,
    targets,
    visitors_paragraph,
)
from sample_header import Sample

KH_07_2025 = plan(
    "07/KH-SVHTTDL",
    "ngày 10 tháng 01 năm 2025",
    2025,
    basis=NQ76,
    province_plan="Kế hoạch số 08/KH-UBND ngày 06/01/2025",
    targets=targets("85%", "99,5%", "nằm trong nhóm 03 sở, ban, ngành dẫn đầu"),
    tasks="""1. Chuẩn bị tiếp nhận chức năng, nhiệm vụ quản lý nhà nước về báo chí, xuất bản, in và phát hành; bàn giao chức năng quản lý nhà nước về gia đình theo chủ trương sắp xếp tổ chức bộ máy.

2. Trình ban hành Quy chế một cửa mới sau khi tiếp nhận chức năng, nhiệm vụ.""",
    signer=HUONG,
)

QD_398 = (
    head(
        "398/QĐ-UBND",
        "ngày 28 tháng 02 năm 2025",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Giang",
        UB,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH TRÀ GIANG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;

Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng

Sở Văn hóa, Thể thao và Du lịch là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về văn hóa, thể dục, thể thao, du lịch, quảng cáo; báo chí, xuất bản, in và phát hành (tiếp nhận từ Sở Thông tin và Truyền thông). Chức năng quản lý nhà nước về gia đình chuyển sang Sở Y tế.

Điều 3. Cơ cấu tổ chức

Văn phòng, Thanh tra, Phòng Quản lý văn hóa, Phòng Quản lý thể dục thể thao, Phòng Quản lý du lịch, Phòng Báo chí, Xuất bản, Phòng Kế hoạch - Tài chính và 05 đơn vị sự nghiệp công lập.

Điều 4. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày 01 tháng 3 năm 2025 và thay thế Quyết định số 1642/QĐ-UBND ngày 16/8/2021 của Ủy ban nhân dân tỉnh.

Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Nội vụ, Văn hóa, Thể thao và Du lịch, Khoa học và Công nghệ, Y tế chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 5;
- Bộ Văn hóa, Thể thao và Du lịch;
- Lưu: VT, NC.
"""
    + VIET_UB
)

CV_236 = (
    head(
        "236/SVHTTDL-VP",
        "ngày 03 tháng 3 năm 2025",
        "",
        "V/v tiếp nhận hồ sơ thủ tục hành chính lĩnh vực báo chí, xuất bản",
    )
    + """
Kính gửi: Trung tâm Phục vụ hành chính công tỉnh.

Theo Quyết định số 398/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh (thay thế Quyết định số 1642/QĐ-UBND ngày 16/8/2021), từ ngày 01/3/2025 Sở Văn hóa, Thể thao và Du lịch thực hiện chức năng quản lý nhà nước về báo chí, xuất bản, in và phát hành; chức năng quản lý nhà nước về gia đình chuyển sang Sở Y tế.

Trong thời gian chờ Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục mới, Sở tiếp tục tiếp nhận hồ sơ lĩnh vực báo chí, xuất bản tại quầy của Sở Thông tin và Truyền thông trước đây và áp dụng Quy chế một cửa tại Quyết định số 38/QĐ-SVHTTDL ngày 20/3/2023.

Đề nghị Trung tâm phối hợp bố trí công chức tiếp nhận.

Nơi nhận:
- Như trên;
- Sở Khoa học và Công nghệ;
- Lưu: VT, VP.
"""
    + LOC
)

QD_452_HEAD = head(
    "452/QĐ-UBND",
    "ngày 05 tháng 3 năm 2025",
    "QUYẾT ĐỊNH",
    "Công bố Danh mục thủ tục hành chính lĩnh vực báo chí, xuất bản, in và phát hành thuộc phạm vi chức năng quản lý của Sở Văn hóa, Thể thao và Du lịch; bãi bỏ thủ tục hành chính lĩnh vực gia đình",
    UB,
)
QD_452_BODY = (
    """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ GIANG

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;

Căn cứ Quyết định số 398/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch;

Xét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 28 thủ tục hành chính lĩnh vực báo chí, xuất bản, in và phát hành thuộc phạm vi chức năng quản lý của Sở Văn hóa, Thể thao và Du lịch.

Điều 2. Bãi bỏ Mục II Phần I (lĩnh vực gia đình, 08 thủ tục) của Danh mục ban hành kèm theo Quyết định số 640/QĐ-UBND ngày 08/4/2024 của Chủ tịch Ủy ban nhân dân tỉnh. Sau khi bổ sung và bãi bỏ, Sở giải quyết 144 thủ tục hành chính.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Lưu: VT, KSTT.
"""
    + DIEP
    + """
DANH MỤC
Thủ tục hành chính lĩnh vực báo chí, xuất bản, in và phát hành
"""
)
QD_452_TABLE = [
    ["Mục", "Lĩnh vực", "Số thủ tục"],
    ["Mục I", "Báo chí", "11"],
    ["Mục II", "Xuất bản, in và phát hành", "17"],
    ["", "Tổng cộng", "28"],
]

QD_46 = quy_che(
    "46/QĐ-SVHTTDL",
    "ngày 10 tháng 3 năm 2025",
    grounds=QC_BASIS_2021
    + "\n\nCăn cứ Quyết định số 398/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch;",
    effect="Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2025 và thay thế Quyết định số 38/QĐ-SVHTTDL ngày 20/3/2023 của Giám đốc Sở Văn hóa, Thể thao và Du lịch.",
    signer=HUONG,
    articles="""Điều 3. Nơi tiếp nhận hồ sơ

Hồ sơ thủ tục hành chính của Sở, kể cả lĩnh vực báo chí, xuất bản, in và phát hành, được tiếp nhận tại quầy của Sở ở Trung tâm Phục vụ hành chính công tỉnh và trên Cổng Dịch vụ công quốc gia.""",
)

BC_63_TOP, BC_63_BODY = report(
    "63/BC-SVHTTDL",
    "ngày 17 tháng 3 năm 2025",
    2025,
    "q1",
    plan="Sở ban hành Kế hoạch số 07/KH-SVHTTDL ngày 10/01/2025 về cải cách hành chính năm 2025 và Quy chế chi tiêu nội bộ năm 2025 tại Quyết định số 08/QĐ-SVHTTDL ngày 09/01/2025.",
    middle="1. Từ ngày 01/3/2025, Sở thực hiện chức năng, nhiệm vụ theo Quyết định số 398/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh; tiếp nhận lĩnh vực báo chí, xuất bản từ Sở Thông tin và Truyền thông và chuyển lĩnh vực gia đình sang Sở Y tế.\n\n2. Quy chế một cửa mới ban hành tại Quyết định số 46/QĐ-SVHTTDL ngày 10/3/2025, áp dụng từ ngày 15/3/2025.",
    signer=HAO,
    extra_figures=q1_extra(2025) + " Trong quý, từ ngày 01/3/2025 Sở tiếp nhận 96 hồ sơ lĩnh vực báo chí, xuất bản.",
)

BC_140_TOP, BC_140_BODY = report(
    "140/BC-SVHTTDL",
    "ngày 16 tháng 6 năm 2025",
    2025,
    "6m",
    plan="Sở tiếp tục triển khai Kế hoạch số 07/KH-SVHTTDL ngày 10/01/2025; đã hoàn thành 13/25 nhiệm vụ.",
    middle="1. Danh mục 28 thủ tục hành chính lĩnh vực báo chí, xuất bản, in và phát hành được công bố tại Quyết định số 452/QĐ-UBND ngày 05/3/2025; Mục II Phần I (lĩnh vực gia đình) của Danh mục tại Quyết định số 640/QĐ-UBND bị bãi bỏ.\n\n2. Sở thực hiện Quy chế một cửa tại Quyết định số 46/QĐ-SVHTTDL ngày 10/3/2025.",
    signer=HAO,
    index_of=2024,
)

BC_226_TOP, BC_226_BODY = report(
    "226/BC-SVHTTDL",
    "ngày 15 tháng 9 năm 2025",
    2025,
    "9m",
    plan="Sở tiếp tục triển khai Kế hoạch số 07/KH-SVHTTDL ngày 10/01/2025; đã hoàn thành 20/25 nhiệm vụ.",
    middle="1. Sở giải quyết 144 thủ tục hành chính theo Quyết định số 640/QĐ-UBND ngày 08/4/2024 và Quyết định số 452/QĐ-UBND ngày 05/3/2025.\n\n2. Hồ sơ lĩnh vực báo chí, xuất bản tăng mạnh, chủ yếu là cấp giấy phép xuất bản bản tin và giấy phép hoạt động in.",
    signer=HAO,
    extra_figures=quarter_alone(2025, 3),
)

BC_302_TOP, BC_302_BODY = report(
    "302/BC-SVHTTDL",
    "ngày 12 tháng 12 năm 2025",
    2025,
    "year",
    plan="Sở ban hành Kế hoạch số 07/KH-SVHTTDL ngày 10/01/2025 về cải cách hành chính năm 2025; hoàn thành 25/25 nhiệm vụ.",
    middle="""1. Tổ chức bộ máy: Quyết định số 398/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh thay thế Quyết định số 1642/QĐ-UBND ngày 16/8/2021; từ ngày 01/3/2025 Sở tiếp nhận chức năng quản lý nhà nước về báo chí, xuất bản, in và phát hành.

2. Thủ tục hành chính: số thủ tục hành chính thuộc thẩm quyền của Sở là 144 (năm 2024: 124 thủ tục); Quy chế một cửa tại Quyết định số 46/QĐ-SVHTTDL ngày 10/3/2025 thay thế Quy chế năm 2023; Hệ thống quản lý chất lượng tại Quyết định số 173/QĐ-SVHTTDL ngày 15/9/2022 tiếp tục được duy trì.

3. Du lịch: """
    + visitors_paragraph(2025),
    signer=HUONG,
)
BC_302_BODY = BC_302_BODY.split("\nIV. NHIỆM VỤ")[0] + "\nSố hồ sơ tiếp nhận theo quý:\n"

MID = [
    Sample("KH CCHC 2025 SVHTTDL.pdf", "pdf", (KH_07_2025,), title="Kế hoạch CCHC năm 2025 (MẪU, hư cấu)"),
    Sample("QD 398 chuc nang So VHTTDL (tiep nhan bao chi).pdf", "pdf", (QD_398,), title="Chức năng, nhiệm vụ Sở VHTTDL 2025 (MẪU, hư cấu)"),
    Sample("CV 236 tiep nhan TTHC bao chi xuat ban.txt", "txt", (CV_236,)),
    Sample("QD 452 danh muc bao chi xuat ban.docx", "docx", (QD_452_HEAD, QD_452_BODY), table=QD_452_TABLE, after=QD_512_AFTER, title="QĐ 452/QĐ-UBND (MẪU)"),
    Sample("QD 46 quy che mot cua 2025.pdf", "pdf", (QD_46,), title="Quy chế một cửa 2025 (MẪU, hư cấu)"),
    Sample("bc quy I-2025.txt", "txt", (BC_63_TOP, BC_63_BODY)),
    Sample("BC 6 thang dau nam 2025.pdf", "pdf", (BC_140_TOP + BC_140_BODY,), title="Báo cáo CCHC 6 tháng 2025 (MẪU, hư cấu)"),
    Sample("bc 9 thang 2025.txt", "txt", (BC_226_TOP, BC_226_BODY)),
    docx_report("BC CCHC nam 2025 (ban ky).docx", BC_302_TOP, BC_302_BODY, annual_table(2025), HUONG, "Báo cáo CCHC năm 2025 (MẪU)"),
]
