"""Seventeenth held-out archive, 2022 – 2024: the two Sở of tỉnh Hà Lâm (fictional) before their
merger — the Sở Nông nghiệp và Phát triển nông thôn (``SNNPTNT``) and the Sở Tài nguyên và Môi
trường (``STNMT``) — and the UBND tỉnh's and its Chủ tịch's decisions on them. Do not tune on it.

Two Sở numbering apart (``04/KH-SNNPTNT`` and ``04/KH-STNMT`` of 2023, ``03/KH-…`` of 2024, two
``210/BC-…``); a list of procedures amended and partly repealed in one decision; the 2024 report
of the Sở NN&PTNT printing its appendix "Danh mục văn bản đã ban hành" as text lines, two of its
rows known nowhere else. Written by hand, before any code ran on it; facts in
``bench/data/heldout17_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout17_common import (
    DUC_UB,
    HANH,
    HUY,
    LAN,
    LUAT_2015,
    MAI,
    ND61,
    ND63,
    NN,
    NQ76,
    THINH,
    TN,
    UB,
    appendix_rows,
    closing,
    head,
    plan,
    report,
    table_as_text,
    year_before,
)
from sample_header import Sample

ND24 = "Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương, được sửa đổi, bổ sung bởi Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ;"
NN_QCCTNB = "Ban hành Quy chế chi tiêu nội bộ năm {y} của Sở Nông nghiệp và Phát triển nông thôn"


def qcctnb_nn(number: str, day: str, year: int, replaced: str, signer: str) -> str:
    """The Giám đốc's yearly decision issuing the internal spending rules (Quy chế chi tiêu nội bộ)."""
    return (
        head(number, day, "QUYẾT ĐỊNH", NN_QCCTNB.format(y=year), NN)
        + f"""
GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÀ LÂM

Căn cứ Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ năm {year} của Sở Nông nghiệp và Phát triển nông thôn.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế {replaced}.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng và công chức, người lao động thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Kho bạc Nhà nước tỉnh;
- Lưu: VT, VP.
"""
        + signer
    )


# ---------------------------------------------------------------- 2022
KH_02_2022 = plan(
    "02/KH-SNNPTNT",
    "ngày 10 tháng 01 năm 2022",
    "NN",
    2022,
    basis=NQ76,
    province_plan="Kế hoạch số 06/KH-UBND ngày 05/01/2022",
    online="30%",
    on_time="98%",
    tasks="""1. Tham mưu Ủy ban nhân dân tỉnh quy định lại chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở.

2. Ban hành Quy chế làm việc mới của Sở.

3. Rà soát, đề nghị Chủ tịch Ủy ban nhân dân tỉnh công bố lại danh mục thủ tục hành chính lĩnh vực nông nghiệp.""",
    signer=THINH,
)

KH_05_2022_TN = plan(
    "05/KH-STNMT",
    "ngày 12 tháng 01 năm 2022",
    "TN",
    2022,
    basis=NQ76,
    province_plan="Kế hoạch số 06/KH-UBND ngày 05/01/2022",
    online="25%",
    on_time="95%",
    tasks="""1. Số hóa hồ sơ địa chính, kết quả giải quyết thủ tục hành chính lĩnh vực đất đai.

2. Rà soát quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực đất đai, môi trường.""",
    signer=HANH,
)

QD_08_2022 = qcctnb_nn(
    "08/QĐ-SNNPTNT",
    "ngày 20 tháng 01 năm 2022",
    2022,
    "Quyết định số 12/QĐ-SNNPTNT ngày 18/01/2021 của Giám đốc Sở",
    THINH,
)

QD_12_2022 = (
    head(
        "12/2022/QĐ-UBND",
        "ngày 15 tháng 4 năm 2022",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Lâm",
        UB,
    )
    + f"""
ỦY BAN NHÂN DÂN TỈNH HÀ LÂM

{LUAT_2015}

{ND24}

Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí, chức năng: Sở Nông nghiệp và Phát triển nông thôn là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về nông nghiệp, lâm nghiệp, thủy sản, thủy lợi, phát triển nông thôn.

Điều 2. Nhiệm vụ, quyền hạn theo quy định của pháp luật chuyên ngành và phân cấp của Ủy ban nhân dân tỉnh.

Điều 3. Cơ cấu tổ chức: Văn phòng, Thanh tra, Phòng Kế hoạch - Tài chính, Phòng Quản lý xây dựng công trình; Chi cục Trồng trọt và Bảo vệ thực vật, Chi cục Chăn nuôi và Thú y, Chi cục Kiểm lâm, Chi cục Thủy lợi.

Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2022 và thay thế Quyết định số 25/2016/QĐ-UBND ngày 10/8/2016 của Ủy ban nhân dân tỉnh.

Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Nông nghiệp và Phát triển nông thôn và thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 5;
- Bộ Nông nghiệp và Phát triển nông thôn;
- Cục Kiểm tra văn bản QPPL - Bộ Tư pháp;
- Lưu: VT, NC.
"""
    + DUC_UB
)

QD_45_2022 = (
    head(
        "45/QĐ-SNNPTNT",
        "ngày 20 tháng 5 năm 2022",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Nông nghiệp và Phát triển nông thôn",
        NN,
    )
    + """
GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÀ LÂM

Căn cứ Quyết định số 12/2022/QĐ-UBND ngày 15/4/2022 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Phát triển nông thôn;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Nông nghiệp và Phát triển nông thôn.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 30/QĐ-SNNPTNT ngày 14/6/2017 của Giám đốc Sở.

Điều 3. Chánh Văn phòng Sở, Chánh Thanh tra Sở, Trưởng các phòng, Chi cục trưởng các Chi cục thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (để b/c);
- Lưu: VT, VP.
"""
    + THINH
    + """
QUY CHẾ LÀM VIỆC
của Sở Nông nghiệp và Phát triển nông thôn

Điều 8. Chế độ họp giao ban: Giám đốc Sở họp giao ban với các Phó Giám đốc và Trưởng các phòng, Chi cục vào sáng thứ Hai hằng tuần.
"""
)

BC_95_TOP, BC_95_BODY = report(
    "95/BC-SNNPTNT",
    "ngày 17 tháng 6 năm 2022",
    "NN",
    2022,
    "6m",
    lead="Sở ban hành Kế hoạch số 02/KH-SNNPTNT ngày 10/01/2022 về cải cách hành chính năm 2022 và Quyết định số 08/QĐ-SNNPTNT ngày 20/01/2022 ban hành Quy chế chi tiêu nội bộ năm 2022.",
    middle="""1. Về tổ chức bộ máy: Ủy ban nhân dân tỉnh ban hành Quyết định số 12/2022/QĐ-UBND ngày 15/4/2022 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở, có hiệu lực từ ngày 01/5/2022, thay thế Quyết định số 25/2016/QĐ-UBND ngày 10/8/2016.

2. Ngày 20/5/2022, Giám đốc Sở ký Quyết định số 45/QĐ-SNNPTNT ban hành Quy chế làm việc mới của Sở.

3. Danh mục thủ tục hành chính lĩnh vực nông nghiệp thực hiện theo Quyết định số 1120/QĐ-UBND ngày 20/7/2021 của Chủ tịch Ủy ban nhân dân tỉnh.""",
    signer=MAI,
)

BC_210_2022_TN_TOP, BC_210_2022_TN_BODY = report(
    "210/BC-STNMT",
    "ngày 15 tháng 12 năm 2022",
    "TN",
    2022,
    "year",
    lead="Sở triển khai Kế hoạch số 05/KH-STNMT ngày 12/01/2022 về cải cách hành chính năm 2022.",
    middle="""1. Chức năng, nhiệm vụ của Sở thực hiện theo Quyết định số 20/2021/QĐ-UBND ngày 18/8/2021 của Ủy ban nhân dân tỉnh.

2. Ngày 15/9/2022, Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1877/QĐ-UBND công bố danh mục thủ tục hành chính lĩnh vực đất đai, môi trường, tài nguyên nước thuộc thẩm quyền giải quyết của Sở.

3. Hoàn thành số hóa hồ sơ địa chính của 04 huyện.""",
    extra=year_before("TN", 2022),
    signer=HANH,
)

BC_225_TOP, BC_225_BODY = report(
    "225/BC-SNNPTNT",
    "ngày 16 tháng 12 năm 2022",
    "NN",
    2022,
    "year",
    lead="Sở thực hiện Kế hoạch số 02/KH-SNNPTNT ngày 10/01/2022; Quy chế làm việc ban hành kèm theo Quyết định số 45/QĐ-SNNPTNT ngày 20/5/2022 được thực hiện nghiêm.",
    middle="""1. Chức năng, nhiệm vụ của Sở thực hiện theo Quyết định số 12/2022/QĐ-UBND ngày 15/4/2022 của Ủy ban nhân dân tỉnh.

2. Sở đã trình Chủ tịch Ủy ban nhân dân tỉnh dự thảo Quyết định công bố danh mục thủ tục hành chính lĩnh vực nông nghiệp thay thế Quyết định số 1120/QĐ-UBND ngày 20/7/2021.""",
    extra=year_before("NN", 2022) + "\n\nSố hồ sơ tiếp nhận theo lĩnh vực năm 2022:",
    signer=THINH,
    end=False,
)
FIELDS_2022 = [
    ["Lĩnh vực", "Trồng trọt, BVTV", "Chăn nuôi, thú y", "Lâm nghiệp", "Thủy lợi", "Tổng số"],
    ["Số hồ sơ", "1.210", "1.380", "860", "470", "3.920"],
]

# ---------------------------------------------------------------- 2023
KH_04_2023 = plan(
    "04/KH-SNNPTNT",
    "ngày 09 tháng 01 năm 2023",
    "NN",
    2023,
    basis=NQ76,
    province_plan="Kế hoạch số 03/KH-UBND ngày 04/01/2023",
    online="40%",
    on_time="98,5%",
    tasks="""1. Xây dựng quy trình nội bộ giải quyết thủ tục hành chính sau khi Chủ tịch Ủy ban nhân dân tỉnh công bố danh mục mới.

2. Kiểm tra công tác cải cách hành chính tại 04 Chi cục.""",
    signer=THINH,
)

KH_04_2023_TN = plan(
    "04/KH-STNMT",
    "ngày 11 tháng 01 năm 2023",
    "TN",
    2023,
    basis=NQ76,
    province_plan="Kế hoạch số 03/KH-UBND ngày 04/01/2023",
    online="30%",
    on_time="96%",
    tasks="""1. Ban hành Quy chế làm việc mới của Sở.

2. Xây dựng quy trình nội bộ giải quyết thủ tục hành chính theo danh mục tại Quyết định số 1877/QĐ-UBND ngày 15/9/2022 của Chủ tịch Ủy ban nhân dân tỉnh.""",
    signer=HANH,
)

QD_38_2023 = (
    head(
        "38/QĐ-STNMT",
        "ngày 15 tháng 3 năm 2023",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Tài nguyên và Môi trường",
        TN,
    )
    + """
GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH HÀ LÂM

Căn cứ Quyết định số 20/2021/QĐ-UBND ngày 18/8/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài nguyên và Môi trường;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Tài nguyên và Môi trường.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 52/QĐ-STNMT ngày 20/9/2019 của Giám đốc Sở.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.
"""
    + HANH
)

QD_968 = (
    head(
        "968/QĐ-UBND",
        "ngày 16 tháng 6 năm 2023",
        "QUYẾT ĐỊNH",
        "Công bố Danh mục thủ tục hành chính lĩnh vực nông nghiệp thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Lâm",
        UB,
    )
    + f"""
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ LÂM

{ND63}

Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 24 thủ tục hành chính lĩnh vực nông nghiệp thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Phát triển nông thôn (Phần A: Mục I - trồng trọt, bảo vệ thực vật; Mục II - chăn nuôi, thú y; Mục III - lâm nghiệp, thủy lợi).

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1120/QĐ-UBND ngày 20/7/2021 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.
"""
    + LAN
    + "\nDANH MỤC THỦ TỤC HÀNH CHÍNH (trích)\n"
)
LIST_968 = [
    ["Mục", "Lĩnh vực", "Số thủ tục"],
    ["I", "Trồng trọt, bảo vệ thực vật", "09"],
    ["II", "Chăn nuôi, thú y", "08"],
    ["III", "Lâm nghiệp, thủy lợi", "07"],
]

BC_102_TOP, BC_102_BODY = report(
    "102/BC-SNNPTNT",
    "ngày 15 tháng 6 năm 2023",
    "NN",
    2023,
    "6m",
    lead="Sở ban hành Kế hoạch số 04/KH-SNNPTNT ngày 09/01/2023 về cải cách hành chính năm 2023 và Quyết định số 06/QĐ-SNNPTNT ngày 16/01/2023 ban hành Quy chế chi tiêu nội bộ năm 2023, thay thế Quyết định số 08/QĐ-SNNPTNT ngày 20/01/2022.",
    middle="""1. Sở đã trình Chủ tịch Ủy ban nhân dân tỉnh công bố danh mục 24 thủ tục hành chính lĩnh vực nông nghiệp.

2. Duy trì họp giao ban sáng thứ Hai hằng tuần theo Quy chế làm việc ban hành kèm theo Quyết định số 45/QĐ-SNNPTNT ngày 20/5/2022.""",
    signer=MAI,
)

QD_28_2023 = (
    head(
        "28/QĐ-SNNPTNT",
        "ngày 10 tháng 7 năm 2023",
        "QUYẾT ĐỊNH",
        "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực nông nghiệp thuộc thẩm quyền của Sở Nông nghiệp và Phát triển nông thôn",
        NN,
    )
    + f"""
GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÀ LÂM

{ND61}

Căn cứ Quyết định số 968/QĐ-UBND ngày 16/6/2023 của Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính lĩnh vực nông nghiệp thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Phát triển nông thôn;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt kèm theo Quyết định này 24 quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực nông nghiệp.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng, Chi cục trưởng các Chi cục chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + THINH
)

QD_15_2023_TN = (
    head(
        "15/QĐ-STNMT",
        "ngày 20 tháng 7 năm 2023",
        "QUYẾT ĐỊNH",
        "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Tài nguyên và Môi trường",
        TN,
    )
    + f"""
GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH HÀ LÂM

{ND61}

Căn cứ Quyết định số 1877/QĐ-UBND ngày 15/9/2022 của Chủ tịch Ủy ban nhân dân tỉnh công bố danh mục thủ tục hành chính lĩnh vực đất đai, môi trường, tài nguyên nước thuộc thẩm quyền giải quyết của Sở Tài nguyên và Môi trường;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt kèm theo Quyết định này 31 quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Tài nguyên và Môi trường.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng, Giám đốc Văn phòng Đăng ký đất đai chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.
"""
    + HUY
)

BC_215_TOP, BC_215_BODY = report(
    "215/BC-STNMT",
    "ngày 14 tháng 12 năm 2023",
    "TN",
    2023,
    "year",
    lead="Sở thực hiện Kế hoạch số 04/KH-STNMT ngày 11/01/2023 về cải cách hành chính năm 2023.",
    middle="""1. Ngày 15/3/2023, Giám đốc Sở ký Quyết định số 38/QĐ-STNMT ban hành Quy chế làm việc mới, thay thế Quyết định số 52/QĐ-STNMT ngày 20/9/2019.

2. Quy trình nội bộ giải quyết 31 thủ tục hành chính được phê duyệt tại Quyết định số 15/QĐ-STNMT ngày 20/7/2023.""",
    extra=year_before("TN", 2023) + "\n\nSố hồ sơ tiếp nhận theo lĩnh vực năm 2023:",
    signer=HANH,
    end=False,
)
FIELDS_2023_TN = [
    ["Lĩnh vực", "Đất đai", "Môi trường", "Tài nguyên nước", "Khoáng sản", "Tổng số"],
    ["Số hồ sơ", "5.470", "760", "410", "180", "6.820"],
]

BC_228_TOP, BC_228_BODY = report(
    "228/BC-SNNPTNT",
    "ngày 15 tháng 12 năm 2023",
    "NN",
    2023,
    "year",
    lead="Sở thực hiện Kế hoạch số 04/KH-SNNPTNT ngày 09/01/2023; kiểm tra công tác cải cách hành chính tại 04 Chi cục.",
    middle="""1. Ngày 16/6/2023, Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 968/QĐ-UBND công bố danh mục 24 thủ tục hành chính lĩnh vực nông nghiệp, thay thế Quyết định số 1120/QĐ-UBND ngày 20/7/2021.

2. Quy trình nội bộ được phê duyệt tại Quyết định số 28/QĐ-SNNPTNT ngày 10/7/2023.""",
    extra=year_before("NN", 2023),
    signer=THINH,
)

# ---------------------------------------------------------------- 2024
KH_03_2024 = plan(
    "03/KH-SNNPTNT",
    "ngày 08 tháng 01 năm 2024",
    "NN",
    2024,
    basis=NQ76,
    province_plan="Kế hoạch số 02/KH-UBND ngày 03/01/2024",
    online="50%",
    on_time="99%",
    tasks="""1. Rà soát, đề nghị sửa đổi các thủ tục hành chính lĩnh vực trồng trọt, bảo vệ thực vật trong Danh mục ban hành kèm theo Quyết định số 968/QĐ-UBND ngày 16/6/2023.

2. Tuyên truyền cải cách hành chính trên Trang thông tin điện tử của Sở.""",
    signer=THINH,
)

KH_03_2024_TN = plan(
    "03/KH-STNMT",
    "ngày 10 tháng 01 năm 2024",
    "TN",
    2024,
    basis=NQ76,
    province_plan="Kế hoạch số 02/KH-UBND ngày 03/01/2024",
    online="40%",
    on_time="97%",
    tasks="""1. Số hóa 100% hồ sơ đất đai khi tiếp nhận tại Bộ phận Một cửa.

2. Rút ngắn thời gian giải quyết thủ tục đăng ký biến động đất đai.""",
    signer=HANH,
)

QD_07_2024 = qcctnb_nn(
    "07/QĐ-SNNPTNT",
    "ngày 15 tháng 01 năm 2024",
    2024,
    "Quyết định số 06/QĐ-SNNPTNT ngày 16/01/2023 của Giám đốc Sở",
    THINH,
)

QD_10_2024_TN = (
    head(
        "10/QĐ-STNMT",
        "ngày 18 tháng 01 năm 2024",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế chi tiêu nội bộ năm 2024 của Sở Tài nguyên và Môi trường",
        TN,
    )
    + """
GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH HÀ LÂM

Căn cứ Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ năm 2024 của Sở Tài nguyên và Môi trường.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Sở và các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.
"""
    + HANH
)

BC_108_TOP, BC_108_BODY = report(
    "108/BC-SNNPTNT",
    "ngày 14 tháng 6 năm 2024",
    "NN",
    2024,
    "6m",
    lead="Sở triển khai Kế hoạch số 03/KH-SNNPTNT ngày 08/01/2024 và Chỉ thị số 05/CT-UBND ngày 12/02/2024 của Chủ tịch Ủy ban nhân dân tỉnh về tăng cường kỷ luật, kỷ cương hành chính trong giải quyết thủ tục hành chính.",
    middle="""1. Quy chế chi tiêu nội bộ năm 2024 ban hành kèm theo Quyết định số 07/QĐ-SNNPTNT ngày 15/01/2024.

2. Sở đã đề nghị Chủ tịch Ủy ban nhân dân tỉnh sửa đổi 03 thủ tục lĩnh vực trồng trọt, bảo vệ thực vật và bãi bỏ 02 thủ tục lĩnh vực chăn nuôi trong Danh mục ban hành kèm theo Quyết định số 968/QĐ-UBND ngày 16/6/2023.""",
    signer=MAI,
)

QD_1540 = (
    head(
        "1540/QĐ-UBND",
        "ngày 12 tháng 9 năm 2024",
        "QUYẾT ĐỊNH",
        "Sửa đổi, bổ sung và bãi bỏ một số thủ tục hành chính trong Danh mục ban hành kèm theo Quyết định số 968/QĐ-UBND ngày 16/6/2023 của Chủ tịch Ủy ban nhân dân tỉnh",
        UB,
    )
    + f"""
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ LÂM

{ND63}

Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung 03 thủ tục hành chính tại Mục I Phần A và bãi bỏ 02 thủ tục hành chính tại Mục II Phần A của Danh mục thủ tục hành chính ban hành kèm theo Quyết định số 968/QĐ-UBND ngày 16/6/2023 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Các nội dung khác của Quyết định số 968/QĐ-UBND ngày 16/6/2023 giữ nguyên hiệu lực.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.
"""
    + LAN
)

APPENDIX_2024 = appendix_rows(
    [
        ("03/KH-SNNPTNT", "08/01/2024", "Cải cách hành chính năm 2024", "Sở NN&PTNT"),
        (
            "07/QĐ-SNNPTNT",
            "15/01/2024",
            "Ban hành Quy chế chi tiêu nội bộ năm 2024 của Sở Nông nghiệp và Phát triển nông thôn",
            "Sở NN&PTNT",
        ),
        ("19/KH-SNNPTNT", "15/3/2024", "Tuyên truyền cải cách hành chính năm 2024", "Sở NN&PTNT"),
        (
            "35/QĐ-SNNPTNT",
            "08/5/2024",
            "Kiện toàn Tổ kiểm tra công tác cải cách hành chính của Sở",
            "Sở NN&PTNT",
        ),
        (
            "1540/QĐ-UBND",
            "12/9/2024",
            "Sửa đổi, bổ sung và bãi bỏ một số thủ tục hành chính trong Danh mục ban hành kèm theo Quyết định số 968/QĐ-UBND",
            "Chủ tịch UBND tỉnh",
        ),
    ]
)

BC_210_2024_TOP, BC_210_2024_BODY = report(
    "210/BC-SNNPTNT",
    "ngày 13 tháng 12 năm 2024",
    "NN",
    2024,
    "year",
    lead="Sở thực hiện Kế hoạch số 03/KH-SNNPTNT ngày 08/01/2024 và Chỉ thị số 05/CT-UBND ngày 12/02/2024 của Chủ tịch Ủy ban nhân dân tỉnh; các văn bản chỉ đạo, điều hành ban hành trong năm được liệt kê tại Phụ lục kèm theo Báo cáo này.",
    middle="""1. Ngày 12/9/2024, Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1540/QĐ-UBND sửa đổi, bổ sung 03 thủ tục và bãi bỏ 02 thủ tục trong Danh mục ban hành kèm theo Quyết định số 968/QĐ-UBND ngày 16/6/2023.

2. Sở chuẩn bị các điều kiện để hợp nhất với Sở Tài nguyên và Môi trường theo chủ trương sắp xếp tổ chức bộ máy.""",
    extra=year_before("NN", 2024),
    signer=THINH,
    end=False,
)
BC_210_2024 = (
    BC_210_2024_TOP
    + BC_210_2024_BODY
    + "\n"
    + closing(THINH, "NN")
    + "\nPhụ lục\nDANH MỤC VĂN BẢN ĐÃ BAN HÀNH NĂM 2024\n(Kèm theo Báo cáo số 210/BC-SNNPTNT ngày 13/12/2024 của Sở Nông nghiệp và Phát triển nông thôn)\n\n"
    + table_as_text(APPENDIX_2024)
    + "\n"
)

BC_218_TOP, BC_218_BODY = report(
    "218/BC-STNMT",
    "ngày 16 tháng 12 năm 2024",
    "TN",
    2024,
    "year",
    lead="Sở thực hiện Kế hoạch số 03/KH-STNMT ngày 10/01/2024 về cải cách hành chính năm 2024; Quy chế chi tiêu nội bộ năm 2024 ban hành kèm theo Quyết định số 10/QĐ-STNMT ngày 18/01/2024.",
    middle="""1. Số hóa 100% hồ sơ đất đai khi tiếp nhận từ tháng 6/2024.

2. Quy trình nội bộ giải quyết thủ tục hành chính tiếp tục thực hiện theo Quyết định số 15/QĐ-STNMT ngày 20/7/2023.""",
    extra=year_before("TN", 2024),
    signer=HANH,
)


def _docx(
    file: str, top: str, body: str, table: list[list[str]], signer: str, title: str
) -> Sample:
    return Sample(file, "docx", (top, body), table=table, after=closing(signer, ""), title=title)


EARLY: list[Sample] = [
    Sample("KH CCHC 2022 - SNN.txt", "txt", (KH_02_2022,)),
    Sample("STNMT_KH05_2022.pdf", "pdf", (KH_05_2022_TN,), title="KH 05/KH-STNMT (MẪU, hư cấu)"),
    Sample("QD 08 QCCTNB 2022.docx", "docx", (QD_08_2022,), title="QĐ 08/QĐ-SNNPTNT (MẪU)"),
    Sample("scan_0042.pdf", "pdf", (QD_12_2022,), title="scan_0042 (MẪU, hư cấu)"),
    Sample("QD 45 quy che lam viec.txt", "txt", (QD_45_2022,)),
    Sample("bc 6 thang 2022 SNN.txt", "txt", (BC_95_TOP, BC_95_BODY)),
    Sample("BC CCHC 2022 STNMT.txt", "txt", (BC_210_2022_TN_TOP, BC_210_2022_TN_BODY)),
    _docx(
        "BC CCHC nam 2022 - SNN.docx",
        BC_225_TOP,
        BC_225_BODY,
        FIELDS_2022,
        THINH,
        "BC 225/BC-SNNPTNT (MẪU)",
    ),
    Sample("KH 04 CCHC 2023.txt", "txt", (KH_04_2023,)),
    Sample("tailieu (3).docx", "docx", (KH_04_2023_TN,), title="tailieu (MẪU)"),
    Sample(
        "QD 38 quy che lam viec STNMT.pdf",
        "pdf",
        (QD_38_2023,),
        title="QĐ 38/QĐ-STNMT (MẪU, hư cấu)",
    ),
    Sample("bc 6 thang 2023.txt", "txt", (BC_102_TOP, BC_102_BODY)),
    Sample(
        "QD 968 danh muc TTHC nong nghiep.docx",
        "docx",
        (QD_968,),
        table=LIST_968,
        after="(Danh mục chi tiết do Sở Nông nghiệp và Phát triển nông thôn công khai tại Bộ phận Một cửa.)",
        title="QĐ 968/QĐ-UBND (MẪU)",
    ),
    Sample("QD 28 quy trinh noi bo.txt", "txt", (QD_28_2023,)),
    Sample(
        "QD 15 quy trinh noi bo TNMT.pdf",
        "pdf",
        (QD_15_2023_TN,),
        title="QĐ 15/QĐ-STNMT (MẪU, hư cấu)",
    ),
    _docx(
        "BC CCHC 2023 STNMT.docx",
        BC_215_TOP,
        BC_215_BODY,
        FIELDS_2023_TN,
        HANH,
        "BC 215/BC-STNMT (MẪU)",
    ),
    Sample(
        "BC nam 2023 SNN.pdf",
        "pdf",
        (BC_228_TOP, BC_228_BODY),
        title="BC 228/BC-SNNPTNT (MẪU, hư cấu)",
    ),
    Sample("KH CCHC 2024.txt", "txt", (KH_03_2024,)),
    Sample("scan_0107.pdf", "pdf", (KH_03_2024_TN,), title="scan_0107 (MẪU, hư cấu)"),
    Sample("QD 07 QCCTNB 2024.docx", "docx", (QD_07_2024,), title="QĐ 07/QĐ-SNNPTNT (MẪU)"),
    Sample("QD 10 chi tieu noi bo STNMT 2024.txt", "txt", (QD_10_2024_TN,)),
    Sample("bc 6 thang 2024.txt", "txt", (BC_108_TOP, BC_108_BODY)),
    Sample(
        "QD 1540 sua doi danh muc.pdf", "pdf", (QD_1540,), title="QĐ 1540/QĐ-UBND (MẪU, hư cấu)"
    ),
    Sample(
        "BC CCHC 2024 - SNN (ban ky).pdf",
        "pdf",
        (BC_210_2024,),
        title="BC 210/BC-SNNPTNT (MẪU, hư cấu)",
    ),
    Sample("bao cao CCHC 2024 TNMT.txt", "txt", (BC_218_TOP, BC_218_BODY)),
]
