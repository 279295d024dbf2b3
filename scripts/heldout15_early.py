"""Fifteenth held-out archive, 2020 – 2023: the Sở Công Thương of tỉnh Lam Điền (fictional), the
UBND tỉnh's legal (QPPL) decisions about its field and the Chủ tịch's lists of procedures. Do not
tune on it.

Lives that end WITHOUT a replacing act: the UBND tỉnh's support decision ``08/2021/QĐ-UBND``
"áp dụng đến hết ngày 31 tháng 12 năm 2023" (a Tờ trình proposed to replace it; nothing did), the
Quy chế phối hợp ``21/QĐ-SCT`` "áp dụng đến hết ngày 31/12/2023", the Đề án ``95/QĐ-SCT`` of
"giai đoạn 2021 – 2025", the Tổ công tác ``66/QĐ-SCT`` that "tự giải thể sau khi hoàn thành nhiệm
vụ". Legal decisions of the UBND tỉnh (``05/2021``, ``12/2023``, ``17/2020``, ``15/2023``) take
effect on a stated later day. Written by hand, before any code ran on it; facts in
``bench/data/heldout15_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout15_common import (
    KHANG,
    LANANH,
    LANANH_UB,
    ND61,
    ND61_107,
    NGHIA,
    NGHIA_UB,
    NQ30C,
    NQ76,
    QC_SUBJECT,
    THANH,
    UB,
    docx_report,
    head,
    index_paragraph,
    plan,
    quy_che_body,
    report,
    word_head,
    year_before,
)
from sample_header import Sample

LUAT_CQDP = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
ND24 = "Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương, được sửa đổi, bổ sung bởi Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ;"
ND63 = "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ;"
TTHC_SUBJECT = "Công bố Danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Công Thương tỉnh Lam Điền"

# ---------------------------------------------------------------- 2020
KH_08_2020 = plan(
    "08/KH-SCT",
    "ngày 10 tháng 01 năm 2020",
    2020,
    basis=NQ30C,
    province_plan="Kế hoạch số 12/KH-UBND ngày 06/01/2020",
    online="20%",
    on_time="97%",
    tasks="""1. Rà soát, ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở thay cho Quy chế năm 2018.

2. Tham mưu Ủy ban nhân dân tỉnh ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh.

3. Tuyên truyền về cải cách hành chính trên Trang thông tin điện tử của Sở.""",
    signer=THANH,
)

QD_38 = head("38/QĐ-SCT", "ngày 12 tháng 3 năm 2020", "QUYẾT ĐỊNH", QC_SUBJECT) + quy_che_body(
    grounds="Căn cứ Quyết định số 28/2016/QĐ-UBND ngày 18/8/2016 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương;\n\n"
    + ND61,
    effect="Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 45/QĐ-SCT ngày 05/4/2018 của Giám đốc Sở Công Thương.",
    signer=THANH,
)

QD_17_2020 = (
    head(
        "17/2020/QĐ-UBND",
        "ngày 14 tháng 9 năm 2020",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Lam Điền",
        UB,
    )
    + f"""
ỦY BAN NHÂN DÂN TỈNH LAM ĐIỀN

{LUAT_CQDP}

Căn cứ Nghị định số 68/2017/NĐ-CP ngày 25/5/2017 của Chính phủ về quản lý, phát triển cụm công nghiệp;

Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 52/TTr-SCT ngày 20/8/2020.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Lam Điền.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2020.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở: Công Thương, Kế hoạch và Đầu tư, Tài chính, Tài nguyên và Môi trường; Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.
"""
    + NGHIA_UB
    + """
QUY CHẾ
Quản lý cụm công nghiệp trên địa bàn tỉnh Lam Điền

Điều 5. Trách nhiệm của Sở Công Thương
1. Chủ trì tham mưu quản lý nhà nước về cụm công nghiệp trên địa bàn tỉnh.
2. Thẩm định hồ sơ thành lập, mở rộng cụm công nghiệp trong thời hạn 25 ngày làm việc.

Điều 12. Hỗ trợ đầu tư hạ tầng kỹ thuật cụm công nghiệp
Ngân sách tỉnh hỗ trợ tối đa 5 tỷ đồng cho mỗi cụm công nghiệp để đầu tư hạ tầng kỹ thuật.
"""
)

BC_186_TOP, BC_186_BODY = report(
    "186/BC-SCT",
    "ngày 14 tháng 12 năm 2020",
    2020,
    "year",
    lead="Sở đã ban hành Kế hoạch số 08/KH-SCT ngày 10/01/2020 về cải cách hành chính năm 2020 và giao nhiệm vụ cho các phòng, đơn vị.",
    middle="""1. Ngày 12/3/2020, Sở ban hành Quyết định số 38/QĐ-SCT về Quy chế một cửa, thay thế quy chế cũ.

2. Sở tham mưu Ủy ban nhân dân tỉnh ban hành Quyết định số 17/2020/QĐ-UBND ngày 14/9/2020 ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh, có hiệu lực từ ngày 01/10/2020.

3. Danh mục thủ tục hành chính của Sở thực hiện theo Quyết định số 1120/QĐ-UBND ngày 15/6/2020 của Chủ tịch Ủy ban nhân dân tỉnh.""",
    extra=year_before(2020)
    + "\n\nIV. NHIỆM VỤ NĂM 2021\n\nTiếp tục rà soát thủ tục hành chính; tham mưu quy định lại chức năng, nhiệm vụ của Sở.\n\nNơi nhận:\n- UBND tỉnh (b/c);\n- Sở Nội vụ;\n- Lưu: VT, VP.\n"
    + THANH,
    signer=THANH,
)

# ---------------------------------------------------------------- 2021
KH_05_2021 = plan(
    "05/KH-SCT",
    "ngày 08 tháng 01 năm 2021",
    2021,
    basis=NQ30C,
    province_plan="Kế hoạch số 09/KH-UBND ngày 05/01/2021",
    online="30%",
    on_time="98%",
    tasks="""1. Tham mưu Ủy ban nhân dân tỉnh ban hành quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở thay thế quyết định năm 2016.

2. Xây dựng Đề án chuyển đổi số ngành Công Thương giai đoạn 2021 – 2025.""",
    signer=THANH,
)

QD_05_2021 = (
    word_head(
        "05/2021/QĐ-UBND",
        "ngày 03 tháng 3 năm 2021",
        "QUYẾT ĐỊNH",
        (
            "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu",
            "tổ chức của Sở Công Thương tỉnh Lam Điền",
        ),
        UB,
    )
    + f"""
ỦY BAN NHÂN DÂN TỈNH LAM ĐIỀN

{LUAT_CQDP}

{ND24}

Theo đề nghị của Giám đốc Sở Công Thương và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng: Sở Công Thương là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về công nghiệp, thương mại, năng lượng, an toàn thực phẩm thuộc ngành.

Điều 2. Nhiệm vụ và quyền hạn theo quy định tại Nghị định số 24/2014/NĐ-CP và hướng dẫn của Bộ Công Thương.

Điều 3. Cơ cấu tổ chức: Văn phòng, Thanh tra, 04 phòng chuyên môn và Trung tâm Khuyến công và Xúc tiến thương mại.

Điều 4. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2021 và thay thế Quyết định số 28/2016/QĐ-UBND ngày 18/8/2016 của Ủy ban nhân dân tỉnh.

Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này./.
"""
    + NGHIA_UB
)

QD_08_2021 = (
    head(
        "08/2021/QĐ-UBND",
        "ngày 22 tháng 3 năm 2021",
        "QUYẾT ĐỊNH",
        "Quy định nội dung và mức hỗ trợ phát triển thương mại điện tử trên địa bàn tỉnh Lam Điền",
        UB,
    )
    + f"""
ỦY BAN NHÂN DÂN TỈNH LAM ĐIỀN

{LUAT_CQDP}

Căn cứ Nghị định số 52/2013/NĐ-CP ngày 16/5/2013 của Chính phủ về thương mại điện tử;

Theo đề nghị của Giám đốc Sở Công Thương.

QUYẾT ĐỊNH:

Điều 1. Phạm vi điều chỉnh: nội dung và mức hỗ trợ từ ngân sách tỉnh cho doanh nghiệp, hợp tác xã ứng dụng thương mại điện tử.

Điều 5. Mức hỗ trợ: tối đa 50% chi phí xây dựng gian hàng trên sàn thương mại điện tử, không quá 20 triệu đồng cho một doanh nghiệp.

Điều 9. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày 05 tháng 4 năm 2021 và áp dụng đến hết ngày 31 tháng 12 năm 2023.

Điều 10. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở: Công Thương, Tài chính và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.
"""
    + LANANH_UB
)

QD_95 = (
    head(
        "95/QĐ-SCT",
        "ngày 20 tháng 5 năm 2021",
        "QUYẾT ĐỊNH",
        "Phê duyệt Đề án chuyển đổi số ngành Công Thương tỉnh Lam Điền giai đoạn 2021 – 2025",
    )
    + """
GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH LAM ĐIỀN

Căn cứ Quyết định số 05/2021/QĐ-UBND ngày 03/3/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương;

Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Đề án chuyển đổi số ngành Công Thương tỉnh Lam Điền giai đoạn 2021 – 2025 (kèm theo).

Điều 2. Đề án được thực hiện từ năm 2021 đến hết năm 2025. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

ĐỀ ÁN CHUYỂN ĐỔI SỐ NGÀNH CÔNG THƯƠNG GIAI ĐOẠN 2021 – 2025

Mục tiêu: tỷ lệ doanh nghiệp công nghiệp, thương mại ứng dụng thương mại điện tử theo từng năm như sau:
"""
)
TABLE_95 = [
    ["Chỉ tiêu", "2021", "2022", "2023", "2024", "2025"],
    ["Tỷ lệ doanh nghiệp ứng dụng thương mại điện tử", "12%", "18%", "25%", "33%", "42%"],
]

BC_98_TOP, BC_98_BODY = report(
    "98/BC-SCT",
    "ngày 15 tháng 6 năm 2021",
    2021,
    "6m",
    lead="Sở đã ban hành Kế hoạch số 05/KH-SCT ngày 08/01/2021 về cải cách hành chính năm 2021.",
    middle="""1. Từ ngày 15/3/2021, Sở thực hiện chức năng, nhiệm vụ theo Quyết định số 05/2021/QĐ-UBND ngày 03/3/2021 của Ủy ban nhân dân tỉnh (thay thế Quyết định số 28/2016/QĐ-UBND ngày 18/8/2016).

2. Ngày 20/5/2021, Giám đốc Sở ký Quyết định số 95/QĐ-SCT phê duyệt Đề án chuyển đổi số ngành Công Thương giai đoạn 2021 – 2025.""",
    signer=KHANG,
)

BC_205_TOP, BC_205_BODY = report(
    "205/BC-SCT",
    "ngày 13 tháng 12 năm 2021",
    2021,
    "year",
    lead="Sở đã ban hành Kế hoạch số 05/KH-SCT ngày 08/01/2021; các nhiệm vụ của Kế hoạch hoàn thành đúng tiến độ.",
    middle="""1. Sở áp dụng Quy chế một cửa ban hành kèm theo Quyết định số 38/QĐ-SCT ngày 12/3/2020. Sở đang xây dựng dự thảo Quyết định thay thế Quy chế một cửa cho phù hợp với Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ.

2. Quyết định số 08/2021/QĐ-UBND ngày 22/3/2021 của Ủy ban nhân dân tỉnh hỗ trợ 46 doanh nghiệp xây dựng gian hàng thương mại điện tử.""",
    extra=year_before(2021)
    + "\n\nIV. NHIỆM VỤ NĂM 2022\n\nBan hành Quy chế một cửa mới; rà soát danh mục thủ tục hành chính.\n\nNơi nhận:\n- UBND tỉnh (b/c);\n- Sở Nội vụ;\n- Lưu: VT, VP.\n"
    + THANH,
    signer=THANH,
)

# ---------------------------------------------------------------- 2022
KH_06_2022 = plan(
    "06/KH-SCT",
    "ngày 07 tháng 01 năm 2022",
    2022,
    basis=NQ76,
    province_plan="Kế hoạch số 07/KH-UBND ngày 04/01/2022",
    online="45%",
    on_time="98,5%",
    tasks="""1. Ban hành Quy chế một cửa mới của Sở.

2. Đề nghị Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính của Sở.

3. Ký kết Quy chế phối hợp với Cục Quản lý thị trường tỉnh trong kiểm tra kinh doanh xăng dầu.""",
    signer=THANH,
)

QD_21 = (
    word_head(
        "21/QĐ-SCT",
        "ngày 05 tháng 3 năm 2022",
        "QUYẾT ĐỊNH",
        (
            "Ban hành Quy chế phối hợp giữa Sở Công Thương và Cục Quản lý thị trường",
            "tỉnh trong kiểm tra hoạt động kinh doanh xăng dầu",
        ),
    )
    + """
GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH LAM ĐIỀN

Căn cứ Quyết định số 05/2021/QĐ-UBND ngày 03/3/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương;

Theo đề nghị của Trưởng phòng Quản lý thương mại.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Sở Công Thương và Cục Quản lý thị trường tỉnh trong kiểm tra hoạt động kinh doanh xăng dầu.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Sở, Trưởng phòng Quản lý thương mại chịu trách nhiệm thi hành Quyết định này./.
"""
    + THANH
    + """
QUY CHẾ PHỐI HỢP

Điều 3. Hai bên tổ chức kiểm tra liên ngành hoạt động kinh doanh xăng dầu ít nhất 02 lần mỗi năm.

Điều 10. Hiệu lực
Quy chế này áp dụng đến hết ngày 31/12/2023. Hết thời hạn, hai bên đánh giá và thống nhất việc ký kết quy chế mới.
"""
)

QD_512_HEAD = head("512/QĐ-UBND", "ngày 21 tháng 3 năm 2022", "QUYẾT ĐỊNH", TTHC_SUBJECT, UB)
QD_512_BODY = f"""
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAM ĐIỀN

{ND63}

Xét đề nghị của Giám đốc Sở Công Thương.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 96 thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Công Thương tỉnh Lam Điền (Phần I: thủ tục cấp tỉnh; Phần II: thủ tục cấp huyện).

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1120/QĐ-UBND ngày 15/6/2020 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này./.
"""
QD_512_TABLE = [
    ["Phần / Mục", "Lĩnh vực", "Số TTHC"],
    ["Phần I, Mục I", "Lưu thông hàng hóa trong nước", "28"],
    ["Phần I, Mục II", "Điện", "21"],
    ["Phần I, Mục III", "An toàn thực phẩm", "15"],
    ["Phần I, Mục IV", "Kinh doanh khí và xăng dầu", "18"],
    ["Phần II", "Thủ tục cấp huyện", "14"],
]

QD_112 = head("112/QĐ-SCT", "ngày 20 tháng 8 năm 2022", "QUYẾT ĐỊNH", QC_SUBJECT) + quy_che_body(
    grounds="Căn cứ Quyết định số 05/2021/QĐ-UBND ngày 03/3/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương;\n\n"
    + ND61_107,
    effect="Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 38/QĐ-SCT ngày 12/3/2020 của Giám đốc Sở Công Thương.",
    signer=THANH,
)

TTR_61 = (
    head(
        "61/TTr-SCT",
        "ngày 10 tháng 10 năm 2022",
        "TỜ TRÌNH",
        "Đề nghị ban hành Quyết định quy định mức hỗ trợ phát triển thương mại điện tử giai đoạn 2023 – 2025",
    )
    + """
Kính gửi: Ủy ban nhân dân tỉnh.

Quyết định số 08/2021/QĐ-UBND ngày 22/3/2021 của Ủy ban nhân dân tỉnh quy định nội dung và mức hỗ trợ phát triển thương mại điện tử chỉ áp dụng đến hết năm 2023. Để bảo đảm chính sách hỗ trợ được liên tục, Sở Công Thương kính đề nghị Ủy ban nhân dân tỉnh xem xét, ban hành Quyết định thay thế Quyết định số 08/2021/QĐ-UBND, áp dụng cho giai đoạn 2023 – 2025, với mức hỗ trợ tối đa 30 triệu đồng cho một doanh nghiệp.

(Kèm theo dự thảo Quyết định và Báo cáo đánh giá tác động chính sách.)

Sở Công Thương kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.

Nơi nhận:
- Như trên;
- Sở Tư pháp;
- Lưu: VT, QLTM.
"""
    + THANH
)

BC_165_TOP, BC_165_BODY = report(
    "165/BC-SCT",
    "ngày 15 tháng 9 năm 2022",
    2022,
    "9m",
    lead="Kế hoạch số 06/KH-SCT ngày 07/01/2022 về cải cách hành chính năm 2022 của Sở đã được giao đến các phòng, đơn vị; tiến độ bảo đảm.",
    middle="""1. Ngày 20/8/2022, Sở ban hành Quyết định số 112/QĐ-SCT ngày 20/8/2022 thay thế Quyết định số 38/QĐ-SCT ngày 12/3/2020 về Quy chế một cửa.

2. Danh mục thủ tục hành chính của Sở được công bố tại Quyết định số 512/QĐ-UBND ngày 21/3/2022 của Chủ tịch Ủy ban nhân dân tỉnh.

3. Theo Quy chế phối hợp ban hành kèm theo Quyết định số 21/QĐ-SCT ngày 05/3/2022, Sở và Cục Quản lý thị trường tỉnh đã kiểm tra 24 cửa hàng xăng dầu.""",
    signer=KHANG,
)

BC_210_TOP, BC_210_BODY = report(
    "210/BC-SCT",
    "ngày 14 tháng 12 năm 2022",
    2022,
    "year",
    lead="Sở ban hành Kế hoạch số 06/KH-SCT ngày 07/01/2022; 12/12 nhiệm vụ hoàn thành.",
    middle="""1. Quy chế một cửa của Sở được ban hành lại tại Quyết định số 112/QĐ-SCT ngày 20/8/2022.

2. Sở đã trình Ủy ban nhân dân tỉnh Tờ trình số 61/TTr-SCT ngày 10/10/2022 đề nghị ban hành quyết định thay thế Quyết định số 08/2021/QĐ-UBND ngày 22/3/2021; đến nay Ủy ban nhân dân tỉnh chưa ban hành.""",
    extra=year_before(2022),
    signer=THANH,
)

# ---------------------------------------------------------------- 2023
KH_04_2023 = plan(
    "04/KH-SCT",
    "ngày 06 tháng 01 năm 2023",
    2023,
    basis=NQ76,
    province_plan="Kế hoạch số 05/KH-UBND ngày 04/01/2023",
    online="60%",
    on_time="99%",
    tasks="""1. Tham mưu Ủy ban nhân dân tỉnh sửa đổi Quy chế quản lý cụm công nghiệp.

2. Tham mưu Ủy ban nhân dân tỉnh quy định lại chức năng, nhiệm vụ của Sở.

3. Kiểm tra đột xuất việc giải quyết thủ tục hành chính tại Bộ phận Một cửa.""",
    signer=THANH,
)

CT_03 = (
    head(
        "03/CT-UBND",
        "ngày 15 tháng 02 năm 2023",
        "CHỈ THỊ",
        "Về tăng cường kỷ luật, kỷ cương trong giải quyết thủ tục hành chính",
        UB,
    )
    + """
Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ, để chấn chỉnh tình trạng hồ sơ thủ tục hành chính giải quyết quá hạn, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:

1. Thủ trưởng các sở, ban, ngành chịu trách nhiệm về hồ sơ quá hạn của cơ quan mình; xin lỗi tổ chức, cá nhân bằng văn bản đối với mọi hồ sơ quá hạn.

2. Các sở tự kiểm tra đột xuất Bộ phận Một cửa ít nhất 01 lần mỗi năm, báo cáo kết quả về Văn phòng Ủy ban nhân dân tỉnh.

3. Chỉ thị này có hiệu lực kể từ ngày ký./.
"""
    + NGHIA
)

QD_12_2023 = (
    word_head(
        "12/2023/QĐ-UBND",
        "ngày 10 tháng 5 năm 2023",
        "QUYẾT ĐỊNH",
        (
            "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu",
            "tổ chức của Sở Công Thương tỉnh Lam Điền",
        ),
        UB,
    )
    + f"""
ỦY BAN NHÂN DÂN TỈNH LAM ĐIỀN

{LUAT_CQDP}

{ND24}

Theo đề nghị của Giám đốc Sở Công Thương và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng: Sở Công Thương là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về công nghiệp, thương mại, năng lượng, hóa chất, an toàn thực phẩm thuộc ngành.

Điều 3. Cơ cấu tổ chức: Văn phòng, Thanh tra, 03 phòng chuyên môn (sau khi hợp nhất Phòng Quản lý năng lượng và Phòng Kỹ thuật an toàn - Môi trường) và Trung tâm Khuyến công và Xúc tiến thương mại.

Điều 4. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày 25 tháng 5 năm 2023 và thay thế Quyết định số 05/2021/QĐ-UBND ngày 03/3/2021 của Ủy ban nhân dân tỉnh.

Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này./.
"""
    + NGHIA_UB
)

QD_15_2023 = (
    head(
        "15/2023/QĐ-UBND",
        "ngày 20 tháng 7 năm 2023",
        "QUYẾT ĐỊNH",
        "Sửa đổi, bổ sung một số điều của Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Lam Điền ban hành kèm theo Quyết định số 17/2020/QĐ-UBND ngày 14/9/2020 của Ủy ban nhân dân tỉnh",
        UB,
    )
    + f"""
ỦY BAN NHÂN DÂN TỈNH LAM ĐIỀN

{LUAT_CQDP}

Căn cứ Nghị định số 68/2017/NĐ-CP ngày 25/5/2017 của Chính phủ về quản lý, phát triển cụm công nghiệp, được sửa đổi, bổ sung bởi Nghị định số 66/2020/NĐ-CP ngày 11/6/2020 của Chính phủ;

Theo đề nghị của Giám đốc Sở Công Thương.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung, bãi bỏ một số điều của Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Lam Điền ban hành kèm theo Quyết định số 17/2020/QĐ-UBND ngày 14/9/2020 của Ủy ban nhân dân tỉnh như sau:

1. Sửa đổi khoản 2 Điều 5 như sau:
"2. Thẩm định hồ sơ thành lập, mở rộng cụm công nghiệp trong thời hạn 20 ngày làm việc."

2. Bãi bỏ Điều 12.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2023.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
"""
    + LANANH_UB
)

TB_28_TOP = head(
    "28/TB-SCT",
    "ngày 03 tháng 4 năm 2023",
    "THÔNG BÁO",
    "Kết luận của Giám đốc Sở tại cuộc họp về công tác cải cách hành chính quý I năm 2023",
)
TB_28_BODY = """
Ngày 31/3/2023, Giám đốc Sở chủ trì cuộc họp đánh giá công tác cải cách hành chính quý I năm 2023. Giám đốc Sở kết luận, giao nhiệm vụ như sau:

1. Các phòng quán triệt Chỉ thị số 03/CT-UBND ngày 15/02/2023 của Chủ tịch Ủy ban nhân dân tỉnh; không để phát sinh hồ sơ quá hạn.

2. Phân công cụ thể:
"""
TB_28_TABLE = [
    ["Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"],
    [
        "Dự thảo văn bản đề nghị sửa đổi Quy chế quản lý cụm công nghiệp",
        "Phòng Quản lý công nghiệp",
        "30/4/2023",
    ],
    ["Tham mưu thành lập Tổ công tác rà soát thủ tục hành chính", "Văn phòng Sở", "15/5/2023"],
    ["Kiểm tra đột xuất Bộ phận Một cửa", "Thanh tra Sở", "Quý III năm 2023"],
]
TB_28_AFTER = "Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./.\n\nNơi nhận:\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.\n\nTL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n(Đã ký)\n\nTrần Thị Hồng Vân"

QD_66 = (
    head(
        "66/QĐ-SCT",
        "ngày 10 tháng 5 năm 2023",
        "QUYẾT ĐỊNH",
        "Thành lập Tổ công tác rà soát, đơn giản hóa thủ tục hành chính ngành Công Thương",
    )
    + """
GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH LAM ĐIỀN

Căn cứ Quyết định số 05/2021/QĐ-UBND ngày 03/3/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ công tác rà soát, đơn giản hóa thủ tục hành chính ngành Công Thương gồm 07 thành viên, do Phó Giám đốc Sở Vũ Đình Khang làm Tổ trưởng.

Điều 2. Tổ công tác rà soát toàn bộ thủ tục hành chính thuộc thẩm quyền của Sở, đề xuất phương án đơn giản hóa. Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở và các thành viên Tổ công tác chịu trách nhiệm thi hành Quyết định này./.
"""
    + THANH
)

BC_118 = (
    head(
        "118/BC-SCT",
        "ngày 25 tháng 7 năm 2023",
        "BÁO CÁO",
        "Kết quả kiểm tra đột xuất việc tiếp nhận, giải quyết thủ tục hành chính tại Bộ phận Một cửa của Sở",
    )
    + """
Thực hiện Chỉ thị số 03/CT-UBND ngày 15/02/2023 của Chủ tịch Ủy ban nhân dân tỉnh, ngày 18/7/2023, Đoàn kiểm tra của Sở đã kiểm tra đột xuất việc tiếp nhận, giải quyết thủ tục hành chính tại Bộ phận Một cửa của Sở ở Trung tâm Phục vụ hành chính công tỉnh, đối chiếu với Quy chế ban hành kèm theo Quyết định số 112/QĐ-SCT ngày 20/8/2022 của Giám đốc Sở.

I. KẾT QUẢ KIỂM TRA

Đoàn kiểm tra ngẫu nhiên 45 hồ sơ tiếp nhận từ 01/4/2023 đến 30/6/2023: 43 hồ sơ giải quyết đúng hạn; 02 hồ sơ quá hạn (lĩnh vực điện, quá hạn 01 và 03 ngày), đã có văn bản xin lỗi; 01 hồ sơ thiếu phiếu kiểm soát quá trình.

II. KIẾN NGHỊ

Phòng Quản lý năng lượng rút kinh nghiệm; Văn phòng Sở bổ sung phiếu kiểm soát trước ngày 31/7/2023./.

Nơi nhận:
- Văn phòng UBND tỉnh;
- Lưu: VT, TTr.
"""
    + KHANG
)

BC_101_TOP, BC_101_BODY = report(
    "101/BC-SCT",
    "ngày 14 tháng 6 năm 2023",
    2023,
    "6m",
    lead="Kế hoạch số 04/KH-SCT ngày 06/01/2023 của Sở đã được giao đến các phòng, đơn vị; các phòng quán triệt Chỉ thị số 03/CT-UBND ngày 15/02/2023 của Chủ tịch Ủy ban nhân dân tỉnh.",
    middle="""1. Từ ngày 25/5/2023, Sở thực hiện chức năng, nhiệm vụ theo Quyết định số 12/2023/QĐ-UBND ngày 10/5/2023 của Ủy ban nhân dân tỉnh, thay thế Quyết định số 05/2021/QĐ-UBND ngày 03/3/2021.

2. Ngày 10/5/2023, Sở thành lập Tổ công tác rà soát, đơn giản hóa thủ tục hành chính (Quyết định số 66/QĐ-SCT).""",
    extra=index_paragraph(2022),
    signer=KHANG,
)

QD_1350 = (
    head(
        "1350/QĐ-UBND",
        "ngày 12 tháng 9 năm 2023",
        "QUYẾT ĐỊNH",
        "Công bố thủ tục hành chính được sửa đổi, bổ sung và bị bãi bỏ thuộc phạm vi chức năng quản lý của Sở Công Thương",
        UB,
    )
    + f"""
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAM ĐIỀN

{ND63}

Xét đề nghị của Giám đốc Sở Công Thương.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung, bãi bỏ Danh mục thủ tục hành chính ban hành kèm theo Quyết định số 512/QĐ-UBND ngày 21/3/2022 của Chủ tịch Ủy ban nhân dân tỉnh như sau:

1. Sửa đổi, bổ sung 03 thủ tục hành chính tại Mục II Phần I (lĩnh vực điện).

2. Bãi bỏ 02 thủ tục hành chính tại Mục IV Phần I (lĩnh vực kinh doanh khí).

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này./.
"""
    + LANANH
)

BC_215_TOP, BC_215_BODY = report(
    "215/BC-SCT",
    "ngày 12 tháng 12 năm 2023",
    2023,
    "year",
    lead="Sở ban hành Kế hoạch số 04/KH-SCT ngày 06/01/2023; các phòng quán triệt Chỉ thị số 03/CT-UBND ngày 15/02/2023 của Chủ tịch Ủy ban nhân dân tỉnh.",
    middle="""1. Quy chế quản lý cụm công nghiệp ban hành kèm theo Quyết định số 17/2020/QĐ-UBND ngày 14/9/2020 đã được sửa đổi khoản 2 Điều 5 và bãi bỏ Điều 12 theo Quyết định số 15/2023/QĐ-UBND ngày 20/7/2023 của Ủy ban nhân dân tỉnh.

2. Danh mục thủ tục hành chính tại Quyết định số 512/QĐ-UBND ngày 21/3/2022 được sửa đổi, bổ sung 03 thủ tục và bãi bỏ 02 thủ tục theo Quyết định số 1350/QĐ-UBND ngày 12/9/2023.

3. Tổ công tác thành lập theo Quyết định số 66/QĐ-SCT ngày 10/5/2023 tiếp tục rà soát thủ tục hành chính.

4. Kết quả kiểm tra đột xuất Bộ phận Một cửa đã báo cáo tại Báo cáo số 118/BC-SCT ngày 25/7/2023.

5. Quy chế phối hợp ban hành kèm theo Quyết định số 21/QĐ-SCT ngày 05/3/2022 áp dụng đến hết ngày 31/12/2023.""",
    extra=year_before(2023),
    signer=THANH,
)

EARLY = [
    Sample(
        "KH CCHC 2020 - SCT.pdf", "pdf", (KH_08_2020,), title="Kế hoạch CCHC năm 2020 (MẪU, hư cấu)"
    ),
    Sample(
        "QD 38 quy che mot cua 2020.pdf",
        "pdf",
        (QD_38,),
        title="Quy chế một cửa 2020 (MẪU, hư cấu)",
    ),
    Sample(
        "QD 17-2020 quy che quan ly CCN.pdf",
        "pdf",
        (QD_17_2020,),
        title="Quy chế quản lý cụm công nghiệp (MẪU, hư cấu)",
    ),
    Sample("bao cao CCHC 2020.txt", "txt", (BC_186_TOP, BC_186_BODY)),
    Sample("KH CCHC 2021.txt", "txt", (KH_05_2021,)),
    Sample(
        "QD 05-2021-QD-UBND chuc nang SCT.pdf",
        "pdf",
        (QD_05_2021,),
        title="QĐ 05/2021/QĐ-UBND chức năng Sở Công Thương (MẪU, hư cấu)",
    ),
    Sample("QD 08-2021 ho tro TMDT.txt", "txt", (QD_08_2021,)),
    Sample(
        "QD 95 De an chuyen doi so 2021-2025.docx",
        "docx",
        (QD_95,),
        table=TABLE_95,
        after=THANH.strip(),
        title="Đề án chuyển đổi số 2021 – 2025 (MẪU)",
    ),
    Sample("BC 6 thang 2021.txt", "txt", (BC_98_TOP, BC_98_BODY)),
    Sample("BC nam 2021_SCT (ban trinh ky).txt", "txt", (BC_205_TOP, BC_205_BODY)),
    Sample(
        "KH 06 CCHC 2022.pdf", "pdf", (KH_06_2022,), title="Kế hoạch CCHC năm 2022 (MẪU, hư cấu)"
    ),
    Sample("scan_0012.pdf", "pdf", (QD_21,), title="scan_0012 (MẪU, hư cấu)"),
    Sample(
        "danh muc TTHC SCT 2022.docx",
        "docx",
        (QD_512_HEAD, QD_512_BODY),
        table=QD_512_TABLE,
        after=LANANH.strip(),
        title="QĐ 512/QĐ-UBND danh mục TTHC (MẪU)",
    ),
    Sample("QD 112 quy che mot cua 2022.txt", "txt", (QD_112,)),
    Sample("TTr 61 de nghi thay the QD 08-2021.txt", "txt", (TTR_61,)),
    Sample("bc 9 thang 2022 (gui UBND).txt", "txt", (BC_165_TOP, BC_165_BODY)),
    docx_report(
        "BC CCHC nam 2022.docx", BC_210_TOP, BC_210_BODY, 2022, THANH, "Báo cáo CCHC năm 2022 (MẪU)"
    ),
    Sample("KH CCHC 2023.txt", "txt", (KH_04_2023,)),
    Sample(
        "CT 03 ky luat ky cuong TTHC.pdf", "pdf", (CT_03,), title="Chỉ thị 03/CT-UBND (MẪU, hư cấu)"
    ),
    Sample(
        "QD 12-2023-QD-UBND chuc nang SCT.pdf",
        "pdf",
        (QD_12_2023,),
        title="QĐ 12/2023/QĐ-UBND chức năng Sở Công Thương (MẪU, hư cấu)",
    ),
    Sample("QD 15-2023 sua doi quy che CCN.txt", "txt", (QD_15_2023,)),
    Sample(
        "Tai lieu hop.docx",
        "docx",
        (TB_28_TOP, TB_28_BODY),
        table=TB_28_TABLE,
        after=TB_28_AFTER,
        title="Tài liệu họp (MẪU)",
    ),
    Sample("QD 66 to cong tac ra soat TTHC.txt", "txt", (QD_66,)),
    Sample(
        "BC kiem tra dot xuat mot cua.pdf",
        "pdf",
        (BC_118,),
        title="Báo cáo kiểm tra đột xuất (MẪU, hư cấu)",
    ),
    Sample("bc 6 thang 2023.txt", "txt", (BC_101_TOP, BC_101_BODY)),
    Sample("QD 1350 sua doi bai bo TTHC.txt", "txt", (QD_1350,)),
    docx_report(
        "BC CCHC nam 2023 (ban trinh ky).docx",
        BC_215_TOP,
        BC_215_BODY,
        2023,
        THANH,
        "Báo cáo CCHC năm 2023 (MẪU)",
    ),
]
