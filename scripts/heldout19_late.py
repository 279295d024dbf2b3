"""Nineteenth held-out archive, 2025 – 2026: the Sở Y tế of tỉnh An Trường (fictional) through
the end of the district level (01/7/2025), to November 2026. Do not tune on it.

The huyện Tân Khê's coordination rules kept in force by the UBND tỉnh to a stated day after the
district ends (its tasks to three new communes and the Sở), the huyện Phú Lộc's left without a
word; a decision of the Sở whose execution the Chủ tịch UBND tỉnh SUSPENDS ("đình chỉ việc thi
hành"), never lifted, then replaced; a one-stop Quy chế whose ground cites a wrong date, fixed
by a Quyết định đính chính; targets "áp dụng trong năm 2025"; the extended pilot ending on
30/6/2025; the suspended-and-restored appraisal procedure replaced in 2026; internal procedures
signed in November 2026, effective 2027. Written by hand; facts in
``bench/data/heldout19_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout19_common import (
    APPRAISAL,
    BAO,
    FIG,
    LAN,
    LUAT_2025,
    LUAT_2025_JUNE,
    ND54,
    ND61,
    ND63,
    NHUNG,
    ONE_STOP,
    QUANG_UB,
    QUARTERS_2025,
    QUARTERS_2026,
    THINH,
    UB,
    closing,
    head,
    num,
    plan,
    report,
    year_before,
)
from sample_header import Sample

QD08_GROUND = "Căn cứ Quyết định số 08/2025/QĐ-UBND ngày 27/02/2025 của Ủy ban nhân dân tỉnh quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế;"

# ---------------------------------------------------------------- 2025
KH_04_2025 = plan(
    "04/KH-SYT",
    "ngày 07 tháng 01 năm 2025",
    2025,
    province_plan="Kế hoạch số 03/KH-UBND ngày 03/01/2025",
    online="60%",
    on_time="99%",
    tasks="""1. Triển khai tiếp nhận hồ sơ qua dịch vụ bưu chính công ích từ ngày 01/01/2025.

2. Chuẩn bị bàn giao nhiệm vụ khi kết thúc hoạt động của chính quyền địa phương cấp huyện.

3. Xây dựng Quy chế tổ chức và hoạt động của Bộ phận Một cửa thay cho Quyết định số 26/QĐ-SYT ngày 10/5/2021.""",
    signer=BAO,
)

TB_02_2025 = (
    head(
        "02/TB-SYT",
        "ngày 02 tháng 01 năm 2025",
        "THÔNG BÁO",
        "Về việc tiếp nhận hồ sơ, trả kết quả thủ tục hành chính qua dịch vụ bưu chính công ích",
    )
    + """
Thực hiện Quyết định số 77/QĐ-SYT ngày 18/11/2024 của Giám đốc Sở Y tế, Sở Y tế thông báo:

1. Kể từ ngày 01/01/2025, tổ chức, cá nhân có thể gửi hồ sơ của 62 thủ tục hành chính qua dịch vụ bưu chính công ích đến Bộ phận Một cửa Sở Y tế.

2. Cước dịch vụ do tổ chức, cá nhân trả theo giá của Bưu điện tỉnh.

Nơi nhận:
- Trung tâm Phục vụ hành chính công tỉnh;
- Bưu điện tỉnh An Trường;
- Lưu: VT, VP.
"""
    + LAN
)

QD_12_2025 = (
    head(
        "12/QĐ-SYT",
        "ngày 15 tháng 01 năm 2025",
        "QUYẾT ĐỊNH",
        "Giao chỉ tiêu số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2025",
    )
    + """
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

Căn cứ Kế hoạch số 04/KH-SYT ngày 07/01/2025 của Sở Y tế thực hiện công tác cải cách hành chính năm 2025;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Giao chỉ tiêu số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2025: tỷ lệ hồ sơ được số hóa khi tiếp nhận đạt từ 90% trở lên đối với mỗi phòng chuyên môn.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và áp dụng trong năm 2025.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.
"""
    + LAN
)

QD_08_2025 = (
    head(
        "08/2025/QĐ-UBND",
        "ngày 27 tháng 02 năm 2025",
        "QUYẾT ĐỊNH",
        "Quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh An Trường",
        UB,
    )
    + f"""
ỦY BAN NHÂN DÂN TỈNH AN TRƯỜNG

{LUAT_2025}

Căn cứ Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương;

Theo đề nghị của Giám đốc Sở Y tế và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí, chức năng: Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về y tế; bảo trợ xã hội; trẻ em; phòng, chống tệ nạn xã hội (tiếp nhận từ Sở Lao động - Thương binh và Xã hội).

Điều 2. Cơ cấu tổ chức: Văn phòng, Thanh tra, 05 phòng chuyên môn, Chi cục Dân số và Chi cục An toàn vệ sinh thực phẩm.

Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2025 và thay thế Quyết định số 11/2022/QĐ-UBND ngày 25/02/2022 và Quyết định số 24/2022/QĐ-UBND ngày 20/10/2022 của Ủy ban nhân dân tỉnh.

Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Y tế và thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Bộ Y tế;
- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp;
- Lưu: VT, KGVX.
"""
    + QUANG_UB
)

BC_28_TOP, BC_28_BODY = report(
    "28/BC-SYT",
    "ngày 25 tháng 3 năm 2025",
    2025,
    "q1",
    lead="Sở triển khai Kế hoạch số 04/KH-SYT ngày 07/01/2025 và Quyết định số 12/QĐ-SYT ngày 15/01/2025 giao chỉ tiêu số hóa năm 2025.",
    middle="""1. Từ ngày 01/3/2025, Sở thực hiện chức năng, nhiệm vụ theo Quyết định số 08/2025/QĐ-UBND ngày 27/02/2025, thay thế Quyết định số 11/2022/QĐ-UBND và Quyết định số 24/2022/QĐ-UBND.

2. Từ ngày 01/01/2025, Sở tiếp nhận hồ sơ qua dịch vụ bưu chính công ích theo Quyết định số 77/QĐ-SYT ngày 18/11/2024; quý I tiếp nhận 164 hồ sơ qua bưu chính.""",
    signer=THINH,
)

QD_41_2025 = (
    head(
        "41/QĐ-SYT",
        "ngày 10 tháng 4 năm 2025",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Y tế",
    )
    + f"""
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

{QD08_GROUND}

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Y tế.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 33/QĐ-SYT ngày 28/3/2022 của Giám đốc Sở Y tế.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng, Chi cục trưởng các Chi cục chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (để b/c);
- Lưu: VT, VP.
"""
    + BAO
    + """
QUY CHẾ LÀM VIỆC CỦA SỞ Y TẾ

Điều 5. Giám đốc Sở họp giao ban trực tuyến với các Phó Giám đốc, Trưởng các phòng và Chi cục trưởng vào sáng thứ Hai đầu tháng.
"""
)

TTR_18_2025 = (
    head(
        "18/TTr-SYT",
        "ngày 21 tháng 4 năm 2025",
        "TỜ TRÌNH",
        "Đề nghị công bố Danh mục thủ tục hành chính ngành y tế năm 2025",
    )
    + """
Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh An Trường.

Thực hiện các quyết định công bố thủ tục hành chính của Bộ Y tế, Sở Y tế kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, công bố Danh mục 104 thủ tục hành chính ngành y tế thuộc thẩm quyền giải quyết của Sở Y tế, thay thế Danh mục công bố tại Quyết định số 1096/QĐ-UBND ngày 10/7/2023.

(Có dự thảo Quyết định và Danh mục kèm theo.)

Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./.

Nơi nhận:
- Như trên;
- Văn phòng UBND tỉnh;
- Lưu: VT, VP.
"""
    + BAO
)

QD_1190 = (
    head(
        "1190/QĐ-UBND",
        "ngày 05 tháng 5 năm 2025",
        "QUYẾT ĐỊNH",
        "Công bố Danh mục thủ tục hành chính ngành y tế thuộc thẩm quyền giải quyết của Sở Y tế tỉnh An Trường năm 2025",
        UB,
    )
    + f"""
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN TRƯỜNG

{ND63}

Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 18/TTr-SYT ngày 21/4/2025.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 104 thủ tục hành chính ngành y tế thuộc thẩm quyền giải quyết của Sở Y tế.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1096/QĐ-UBND ngày 10/7/2023 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.
"""
    + NHUNG
    + "\nDANH MỤC THỦ TỤC HÀNH CHÍNH (tổng hợp theo lĩnh vực)\n"
)
LIST_1190 = [
    ["STT", "Lĩnh vực", "Số thủ tục"],
    ["1", "Dược, mỹ phẩm", "35"],
    ["2", "Khám bệnh, chữa bệnh", "33"],
    ["3", "An toàn thực phẩm", "17"],
    ["4", "Trang thiết bị y tế", "08"],
    ["5", "Bảo trợ xã hội, trẻ em", "11"],
]

BC_97_TOP, BC_97_BODY = report(
    "97/BC-SYT",
    "ngày 13 tháng 6 năm 2025",
    2025,
    "6m",
    lead="Sở thực hiện Kế hoạch số 04/KH-SYT ngày 07/01/2025; Quy chế làm việc mới ban hành kèm theo Quyết định số 41/QĐ-SYT ngày 10/4/2025, thay thế Quyết định số 33/QĐ-SYT.",
    middle="""1. Ngày 05/5/2025, Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1190/QĐ-UBND công bố Danh mục 104 thủ tục hành chính ngành y tế, thay thế Quyết định số 1096/QĐ-UBND.

2. Thí điểm trả kết quả bản điện tử theo Quyết định số 71/QĐ-SYT, được kéo dài đến hết ngày 30/6/2025 theo Quyết định số 80/QĐ-SYT ngày 16/12/2024; 6 tháng đầu năm trả 702 kết quả bản điện tử.

3. Sở chuẩn bị tiếp nhận nhiệm vụ của Phòng Y tế các huyện khi kết thúc hoạt động của chính quyền địa phương cấp huyện từ ngày 01/7/2025.""",
    signer=LAN,
)

QD_49_2025 = (
    head("49/QĐ-SYT", "ngày 16 tháng 6 năm 2025", "QUYẾT ĐỊNH", f"Ban hành {ONE_STOP}")
    + f"""
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

{ND61}

Căn cứ Quyết định số 1190/QĐ-UBND ngày 15/5/2025 của Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính ngành y tế;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này {ONE_STOP}.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2025 và thay thế Quyết định số 26/QĐ-SYT ngày 10/5/2021 của Giám đốc Sở Y tế.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn và công chức làm việc tại Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + BAO
    + """
QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA BỘ PHẬN MỘT CỬA SỞ Y TẾ

Điều 3. Bộ phận Một cửa tiếp nhận hồ sơ và trả kết quả từ thứ Hai đến thứ Sáu hằng tuần, trừ ngày nghỉ lễ, Tết; hồ sơ nộp trực tuyến và qua dịch vụ bưu chính công ích được tiếp nhận theo quy định riêng.
"""
)

QD_1402 = (
    head(
        "1402/QĐ-UBND",
        "ngày 27 tháng 6 năm 2025",
        "QUYẾT ĐỊNH",
        "Về việc áp dụng văn bản của Ủy ban nhân dân huyện Tân Khê trong lĩnh vực y tế khi kết thúc hoạt động của chính quyền địa phương cấp huyện",
        UB,
    )
    + f"""
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN TRƯỜNG

{LUAT_2025_JUNE}

Căn cứ Nghị quyết số 190/2025/QH15 ngày 19/02/2025 của Quốc hội quy định về xử lý một số vấn đề liên quan đến sắp xếp tổ chức bộ máy nhà nước;

Xét đề nghị của Giám đốc Sở Y tế.

QUYẾT ĐỊNH:

Điều 1. Quy chế phối hợp kiểm tra an toàn thực phẩm ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 14/4/2023 của Ủy ban nhân dân huyện Tân Khê tiếp tục được áp dụng trên địa bàn các xã Tân Khê, Khê Thượng và Khê Nam đến hết ngày 31 tháng 12 năm 2025.

Điều 2. Nhiệm vụ của Ủy ban nhân dân huyện Tân Khê theo Quy chế nêu tại Điều 1 do Ủy ban nhân dân các xã Tân Khê, Khê Thượng, Khê Nam thực hiện; nhiệm vụ của Phòng Y tế huyện Tân Khê do Sở Y tế thực hiện.

Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2025.

Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế, Chủ tịch Ủy ban nhân dân các xã Tân Khê, Khê Thượng, Khê Nam chịu trách nhiệm thi hành Quyết định này./.
"""
    + NHUNG
)

QD_53_2025 = (
    head(
        "53/QĐ-SYT",
        "ngày 30 tháng 6 năm 2025",
        "QUYẾT ĐỊNH",
        "Đính chính Quyết định số 49/QĐ-SYT ngày 16/6/2025 của Giám đốc Sở Y tế",
    )
    + """
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Đính chính sai sót tại căn cứ thứ hai của Quyết định số 49/QĐ-SYT ngày 16/6/2025 của Giám đốc Sở Y tế ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Y tế như sau:

Đã ghi: "Quyết định số 1190/QĐ-UBND ngày 15/5/2025 của Chủ tịch Ủy ban nhân dân tỉnh".

Nay đính chính là: "Quyết định số 1190/QĐ-UBND ngày 05/5/2025 của Chủ tịch Ủy ban nhân dân tỉnh".

Điều 2. Các nội dung khác của Quyết định số 49/QĐ-SYT giữ nguyên. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Sở và các phòng chuyên môn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.
"""
    + BAO
)

CV_1120 = (
    head(
        "1120/SYT-VP",
        "ngày 03 tháng 7 năm 2025",
        "",
        "V/v triển khai nhiệm vụ lĩnh vực y tế sau khi kết thúc hoạt động cấp huyện",
    )
    + """
Kính gửi:
- Ủy ban nhân dân các xã Tân Khê, Khê Thượng, Khê Nam;
- Ủy ban nhân dân các xã Phú Lộc, Phú Thành.

Từ ngày 01/7/2025, chính quyền địa phương cấp huyện kết thúc hoạt động. Sở Y tế đề nghị:

1. Ủy ban nhân dân các xã Tân Khê, Khê Thượng, Khê Nam tiếp tục phối hợp kiểm tra an toàn thực phẩm theo Quy chế ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 14/4/2023 của Ủy ban nhân dân huyện Tân Khê (cũ), được tiếp tục áp dụng đến hết ngày 31/12/2025 theo Quyết định số 1402/QĐ-UBND ngày 27/6/2025 của Chủ tịch Ủy ban nhân dân tỉnh.

2. Đối với địa bàn huyện Phú Lộc (cũ), Sở sẽ báo cáo Ủy ban nhân dân tỉnh về việc áp dụng Quyết định số 87/QĐ-UBND ngày 20/3/2024 của Ủy ban nhân dân huyện Phú Lộc.

3. Thí điểm trả kết quả bản điện tử theo Quyết định số 71/QĐ-SYT đã kết thúc ngày 30/6/2025; từ ngày 01/7/2025 thực hiện theo Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ.

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + LAN
)

QD_55_2025 = (
    head(
        "55/QĐ-SYT",
        "ngày 20 tháng 7 năm 2025",
        "QUYẾT ĐỊNH",
        "Quy định thành phần hồ sơ bổ sung đối với thủ tục cấp chứng chỉ hành nghề dược",
    )
    + f"""
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

{ND54}

Theo đề nghị của Trưởng phòng Nghiệp vụ Dược.

QUYẾT ĐỊNH:

Điều 1. Ngoài thành phần hồ sơ theo quy định, người đề nghị cấp chứng chỉ hành nghề dược nộp thêm bản sao có chứng thực giấy xác nhận thời gian thực hành và phiếu lý lịch tư pháp.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2025.

Điều 3. Chánh Văn phòng Sở, Trưởng phòng Nghiệp vụ Dược chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, NVD.
"""
    + THINH
)

QD_1285 = (
    head(
        "1285/QĐ-UBND",
        "ngày 12 tháng 8 năm 2025",
        "QUYẾT ĐỊNH",
        "Đình chỉ việc thi hành Quyết định số 55/QĐ-SYT ngày 20/7/2025 của Giám đốc Sở Y tế",
        UB,
    )
    + f"""
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN TRƯỜNG

{LUAT_2025_JUNE}

Xét đề nghị của Giám đốc Sở Tư pháp tại Báo cáo số 312/BC-STP ngày 06/8/2025 về kết quả kiểm tra văn bản;

QUYẾT ĐỊNH:

Điều 1. Đình chỉ việc thi hành toàn bộ Quyết định số 55/QĐ-SYT ngày 20/7/2025 của Giám đốc Sở Y tế quy định thành phần hồ sơ bổ sung đối với thủ tục cấp chứng chỉ hành nghề dược, do quy định thêm thành phần hồ sơ trái quy định, kể từ ngày ký cho đến khi Giám đốc Sở Y tế ban hành văn bản thay thế.

Điều 2. Giám đốc Sở Y tế có trách nhiệm rà soát, ban hành văn bản thay thế, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 30/9/2025.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp, Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này./.
"""
    + NHUNG
)

QD_60_2025 = (
    head(
        "60/QĐ-SYT",
        "ngày 25 tháng 8 năm 2025",
        "QUYẾT ĐỊNH",
        "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính ngành y tế thuộc thẩm quyền của Sở Y tế",
    )
    + f"""
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

{ND61}

Căn cứ Quyết định số 1190/QĐ-UBND ngày 05/5/2025 của Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính ngành y tế;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt kèm theo Quyết định này 104 quy trình nội bộ giải quyết thủ tục hành chính ngành y tế thuộc thẩm quyền của Sở Y tế.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 50/QĐ-SYT ngày 24/7/2023 của Giám đốc Sở Y tế.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + BAO
)

BC_141_TOP, BC_141_BODY = report(
    "141/BC-SYT",
    "ngày 22 tháng 9 năm 2025",
    2025,
    "9m",
    lead="Sở thực hiện Kế hoạch số 04/KH-SYT ngày 07/01/2025; từ ngày 01/7/2025 Sở thực hiện nhiệm vụ của Phòng Y tế các huyện theo Quyết định số 1402/QĐ-UBND ngày 27/6/2025 của Chủ tịch Ủy ban nhân dân tỉnh.",
    middle="""1. Từ ngày 01/7/2025, Bộ phận Một cửa hoạt động theo Quy chế ban hành kèm theo Quyết định số 49/QĐ-SYT ngày 16/6/2025 (đã được đính chính tại Quyết định số 53/QĐ-SYT ngày 30/6/2025), thay thế Quyết định số 26/QĐ-SYT ngày 10/5/2021.

2. Quyết định số 55/QĐ-SYT ngày 20/7/2025 bị đình chỉ việc thi hành từ ngày 12/8/2025 theo Quyết định số 1285/QĐ-UBND của Chủ tịch Ủy ban nhân dân tỉnh; Sở đang hoàn thiện văn bản thay thế.

3. Quy trình nội bộ giải quyết thủ tục hành chính được phê duyệt lại tại Quyết định số 60/QĐ-SYT ngày 25/8/2025.""",
    signer=THINH,
)

QD_70_2025 = (
    head(
        "70/QĐ-SYT",
        "ngày 25 tháng 9 năm 2025",
        "QUYẾT ĐỊNH",
        "Quy định việc tiếp nhận, kiểm tra thành phần hồ sơ đề nghị cấp chứng chỉ hành nghề dược",
    )
    + f"""
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

{ND54}

Căn cứ Quyết định số 1285/QĐ-UBND ngày 12/8/2025 của Chủ tịch Ủy ban nhân dân tỉnh;

Theo đề nghị của Trưởng phòng Nghiệp vụ Dược.

QUYẾT ĐỊNH:

Điều 1. Thành phần hồ sơ đề nghị cấp chứng chỉ hành nghề dược thực hiện đúng theo Danh mục thủ tục hành chính công bố tại Quyết định số 1190/QĐ-UBND ngày 05/5/2025; công chức tiếp nhận không yêu cầu nộp thêm giấy tờ ngoài Danh mục.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2025 và thay thế Quyết định số 55/QĐ-SYT ngày 20/7/2025 của Giám đốc Sở Y tế.

Điều 3. Chánh Văn phòng Sở, Trưởng phòng Nghiệp vụ Dược và công chức Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (để b/c);
- Sở Tư pháp;
- Lưu: VT, NVD.
"""
    + BAO
)

QD_92_2025 = (
    head(
        "92/QĐ-SYT",
        "ngày 10 tháng 12 năm 2025",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế phối hợp giữa Sở Y tế và Ủy ban nhân dân các xã Tân Khê, Khê Thượng, Khê Nam trong kiểm tra an toàn thực phẩm",
    )
    + f"""
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

{QD08_GROUND}

Căn cứ Quyết định số 1402/QĐ-UBND ngày 27/6/2025 của Chủ tịch Ủy ban nhân dân tỉnh;

Theo đề nghị của Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Sở Y tế và Ủy ban nhân dân các xã Tân Khê, Khê Thượng, Khê Nam trong kiểm tra an toàn thực phẩm.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2026. Quy chế ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 14/4/2023 của Ủy ban nhân dân huyện Tân Khê (cũ) được áp dụng đến hết ngày 31/12/2025 theo Quyết định số 1402/QĐ-UBND.

Điều 3. Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm, Chủ tịch Ủy ban nhân dân các xã Tân Khê, Khê Thượng, Khê Nam chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (để b/c);
- Lưu: VT, ATTP.
"""
    + BAO
)

BC_226_TOP, BC_226_BODY = report(
    "226/BC-SYT",
    "ngày 12 tháng 12 năm 2025",
    2025,
    "year",
    lead="Năm 2025, Sở thực hiện Kế hoạch số 04/KH-SYT ngày 07/01/2025 trong bối cảnh sắp xếp tổ chức bộ máy và kết thúc hoạt động của chính quyền địa phương cấp huyện từ ngày 01/7/2025.",
    middle="""1. Tổ chức bộ máy: Sở thực hiện chức năng, nhiệm vụ theo Quyết định số 08/2025/QĐ-UBND ngày 27/02/2025; Quy chế làm việc theo Quyết định số 41/QĐ-SYT ngày 10/4/2025.

2. Thủ tục hành chính: Danh mục 104 thủ tục theo Quyết định số 1190/QĐ-UBND ngày 05/5/2025; Quyết định số 55/QĐ-SYT bị đình chỉ thi hành từ ngày 12/8/2025 và được thay thế bằng Quyết định số 70/QĐ-SYT ngày 25/9/2025 từ ngày 01/10/2025.

3. Chính quyền số: tỷ lệ hồ sơ được số hóa khi tiếp nhận đạt 93,6% (chỉ tiêu 90% theo Quyết định số 12/QĐ-SYT ngày 15/01/2025); thí điểm trả kết quả bản điện tử kết thúc ngày 30/6/2025.

4. Phối hợp với cấp xã: ngày 10/12/2025, Sở ban hành Quyết định số 92/QĐ-SYT về Quy chế phối hợp với Ủy ban nhân dân các xã Tân Khê, Khê Thượng, Khê Nam, áp dụng từ ngày 01/01/2026.""",
    extra=year_before(2025) + "\n\nSố hồ sơ tiếp nhận theo quý năm 2025:",
    signer=BAO,
    end=False,
)
TABLE_2025 = [
    ["Nội dung", "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm"],
    ["Số hồ sơ tiếp nhận", *(num(q) for q in QUARTERS_2025), num(sum(QUARTERS_2025))],
]

# ---------------------------------------------------------------- 2026
KH_06_2026 = plan(
    "06/KH-SYT",
    "ngày 08 tháng 01 năm 2026",
    2026,
    province_plan="Kế hoạch số 05/KH-UBND ngày 06/01/2026",
    online="70%",
    on_time="99,5%",
    tasks="""1. Ban hành Quy trình thẩm định điều kiện kinh doanh dược mới thay cho Quyết định số 19/QĐ-SYT ngày 08/3/2023.

2. Phối hợp với Ủy ban nhân dân cấp xã theo Quy chế ban hành kèm theo Quyết định số 92/QĐ-SYT ngày 10/12/2025.

3. Phê duyệt quy trình nội bộ áp dụng từ năm 2027.""",
    signer=BAO,
)

QD_05_2026 = (
    head(
        "05/QĐ-SYT",
        "ngày 12 tháng 01 năm 2026",
        "QUYẾT ĐỊNH",
        "Giao chỉ tiêu số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2026",
    )
    + """
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

Căn cứ Kế hoạch số 06/KH-SYT ngày 08/01/2026 của Sở Y tế thực hiện công tác cải cách hành chính năm 2026;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Giao chỉ tiêu năm 2026: tỷ lệ hồ sơ được số hóa khi tiếp nhận đạt từ 95% trở lên; tỷ lệ kết quả giải quyết được trả bản điện tử đạt từ 80% trở lên.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và áp dụng trong năm 2026.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.
"""
    + LAN
)

BC_27_TOP, BC_27_BODY = report(
    "27/BC-SYT",
    "ngày 24 tháng 3 năm 2026",
    2026,
    "q1",
    lead="Sở triển khai Kế hoạch số 06/KH-SYT ngày 08/01/2026 và Quyết định số 05/QĐ-SYT ngày 12/01/2026 giao chỉ tiêu số hóa năm 2026.",
    middle="""1. Từ ngày 01/01/2026, Sở phối hợp với Ủy ban nhân dân các xã Tân Khê, Khê Thượng, Khê Nam theo Quyết định số 92/QĐ-SYT ngày 10/12/2025.

2. Sở đang xây dựng Quy trình thẩm định điều kiện kinh doanh dược mới.""",
    signer=THINH,
)

QD_35_2026 = (
    head("35/QĐ-SYT", "ngày 15 tháng 4 năm 2026", "QUYẾT ĐỊNH", f"Ban hành {APPRAISAL}")
    + f"""
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

{ND54}

{QD08_GROUND}

Theo đề nghị của Trưởng phòng Nghiệp vụ Dược.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này {APPRAISAL}.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 5 năm 2026 và thay thế Quyết định số 19/QĐ-SYT ngày 08/3/2023 và Quyết định số 64/QĐ-SYT ngày 23/9/2024 của Giám đốc Sở Y tế.

Điều 3. Chánh Văn phòng Sở, Trưởng phòng Nghiệp vụ Dược và các tổ chức, cá nhân liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, NVD.
"""
    + BAO
    + """
QUY TRÌNH THẨM ĐỊNH ĐIỀU KIỆN KINH DOANH DƯỢC TẠI CƠ SỞ

Điều 6. Thẩm định trực tuyến được áp dụng đối với cơ sở bán lẻ thuốc đề nghị cấp lại, điều chỉnh giấy chứng nhận và cơ sở bán buôn đề nghị điều chỉnh phạm vi kinh doanh.
"""
)

BC_102_TOP, BC_102_BODY = report(
    "102/BC-SYT",
    "ngày 15 tháng 6 năm 2026",
    2026,
    "6m",
    lead="Sở thực hiện Kế hoạch số 06/KH-SYT ngày 08/01/2026.",
    middle="""1. Từ ngày 01/5/2026, thẩm định điều kiện kinh doanh dược thực hiện theo Quy trình ban hành kèm theo Quyết định số 35/QĐ-SYT ngày 15/4/2026, thay thế Quyết định số 19/QĐ-SYT và Quyết định số 64/QĐ-SYT.

2. Bộ phận Một cửa hoạt động theo Quy chế ban hành kèm theo Quyết định số 49/QĐ-SYT ngày 16/6/2025.

Số hồ sơ tiếp nhận theo quý năm 2026:""",
    signer=LAN,
    end=False,
)
TABLE_2026 = [
    ["Nội dung", "Quý I", "Quý II", "6 tháng"],
    ["Số hồ sơ tiếp nhận", num(QUARTERS_2026[0]), num(QUARTERS_2026[1]), num(FIG[2026]["6m"][0])],
]

BC_143_TOP, BC_143_BODY = report(
    "143/BC-SYT",
    "ngày 21 tháng 9 năm 2026",
    2026,
    "9m",
    lead="Sở thực hiện Kế hoạch số 06/KH-SYT ngày 08/01/2026; các chỉ tiêu tại Quyết định số 05/QĐ-SYT ngày 12/01/2026 cơ bản đạt tiến độ.",
    middle=f"""1. Số hồ sơ tiếp nhận quý III năm 2026 là {num(QUARTERS_2026[2])} hồ sơ.

2. Sở đang xây dựng quy trình nội bộ giải quyết thủ tục hành chính áp dụng từ năm 2027 thay thế Quyết định số 60/QĐ-SYT ngày 25/8/2025.""",
    signer=THINH,
)

QD_81_2026 = (
    head(
        "81/QĐ-SYT",
        "ngày 16 tháng 11 năm 2026",
        "QUYẾT ĐỊNH",
        "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính ngành y tế thuộc thẩm quyền của Sở Y tế áp dụng từ năm 2027",
    )
    + f"""
GIÁM ĐỐC SỞ Y TẾ TỈNH AN TRƯỜNG

{ND61}

Căn cứ Quyết định số 1190/QĐ-UBND ngày 05/5/2025 của Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính ngành y tế;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt kèm theo Quyết định này 104 quy trình nội bộ giải quyết thủ tục hành chính ngành y tế, đã được điện tử hóa trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.

Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 01 năm 2027 và thay thế Quyết định số 60/QĐ-SYT ngày 25/8/2025 của Giám đốc Sở Y tế.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + BAO
)

CV_1890 = (
    head(
        "1890/SYT-VP",
        "ngày 26 tháng 11 năm 2026",
        "",
        "V/v chuẩn bị báo cáo cải cách hành chính năm 2026",
    )
    + """
Kính gửi: Các phòng chức năng, Chi cục thuộc Sở.

Để chuẩn bị báo cáo cải cách hành chính năm 2026, Giám đốc Sở đề nghị:

1. Các phòng, Chi cục tổng hợp số liệu giải quyết thủ tục hành chính đến hết ngày 30/11/2026. Tháng 10/2026, Sở tiếp nhận 431 hồ sơ thủ tục hành chính, tỷ lệ giải quyết đúng hạn đạt 99,7%.

2. Quy trình nội bộ phê duyệt tại Quyết định số 81/QĐ-SYT ngày 16/11/2026 áp dụng từ ngày 01/01/2027; đến hết năm 2026 tiếp tục thực hiện theo Quyết định số 60/QĐ-SYT ngày 25/8/2025.

3. Đánh giá việc thực hiện chỉ tiêu số hóa năm nay theo Quyết định số 05/QĐ-SYT ngày 12/01/2026.

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + BAO
)


LATE: list[Sample] = [
    Sample("KH 04 CCHC 2025.docx", "docx", (KH_04_2025,), title="KH 04/KH-SYT (MẪU)"),
    Sample("TB 02 buu chinh cong ich.txt", "txt", (TB_02_2025,)),
    Sample("QD 12 chi tieu so hoa 2025.txt", "txt", (QD_12_2025,)),
    Sample(
        "QD 08-2025-QD-UBND chuc nang SYT.pdf",
        "pdf",
        (QD_08_2025,),
        title="QĐ 08/2025/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample("bc quy I 2025.txt", "txt", (BC_28_TOP, BC_28_BODY)),
    Sample(
        "QD 41 quy che lam viec 2025.pdf", "pdf", (QD_41_2025,), title="QĐ 41/QĐ-SYT (MẪU, hư cấu)"
    ),
    Sample("TTr 18 danh muc TTHC 2025.txt", "txt", (TTR_18_2025,)),
    Sample(
        "QD 1190 danh muc TTHC 2025.docx",
        "docx",
        (QD_1190,),
        table=LIST_1190,
        after="(Nội dung cụ thể từng thủ tục được công khai trên Cổng Dịch vụ công của tỉnh.)",
        title="QĐ 1190/QĐ-UBND (MẪU)",
    ),
    Sample("BC 6 thang 2025.txt", "txt", (BC_97_TOP, BC_97_BODY)),
    Sample(
        "QD 49 quy che mot cua 2025.pdf", "pdf", (QD_49_2025,), title="QĐ 49/QĐ-SYT (MẪU, hư cấu)"
    ),
    Sample("QD 1402 van ban huyen Tan Khe.docx", "docx", (QD_1402,), title="QĐ 1402/QĐ-UBND (MẪU)"),
    Sample("QD 53 dinh chinh QD 49.txt", "txt", (QD_53_2025,)),
    Sample("CV 1120 nhiem vu sau cap huyen.txt", "txt", (CV_1120,)),
    Sample("QD 55 ho so CCHN duoc.docx", "docx", (QD_55_2025,), title="QĐ 55/QĐ-SYT (MẪU)"),
    Sample("scan_0812.pdf", "pdf", (QD_1285,), title="scan_0812 (MẪU, hư cấu)"),
    Sample("QD 60 quy trinh noi bo 2025.txt", "txt", (QD_60_2025,)),
    Sample(
        "bc 9 thang 2025.pdf", "pdf", (BC_141_TOP, BC_141_BODY), title="BC 141/BC-SYT (MẪU, hư cấu)"
    ),
    Sample("QD 70 thay the QD 55.txt", "txt", (QD_70_2025,)),
    Sample("QD 92 quy che phoi hop cap xa.docx", "docx", (QD_92_2025,), title="QĐ 92/QĐ-SYT (MẪU)"),
    Sample(
        "BC CCHC nam 2025.docx",
        "docx",
        (BC_226_TOP, BC_226_BODY),
        table=TABLE_2025,
        after=closing(BAO),
        title="BC 226/BC-SYT (MẪU)",
    ),
    Sample("KH CCHC 2026.txt", "txt", (KH_06_2026,)),
    Sample("QD 05 chi tieu so hoa 2026.docx", "docx", (QD_05_2026,), title="QĐ 05/QĐ-SYT (MẪU)"),
    Sample("bc quy I 2026.txt", "txt", (BC_27_TOP, BC_27_BODY)),
    Sample(
        "QD 35 quy trinh tham dinh duoc 2026.pdf",
        "pdf",
        (QD_35_2026,),
        title="QĐ 35/QĐ-SYT (MẪU, hư cấu)",
    ),
    Sample(
        "BC 6 thang 2026.docx",
        "docx",
        (BC_102_TOP, BC_102_BODY),
        table=TABLE_2026,
        after=closing(LAN),
        title="BC 102/BC-SYT (MẪU)",
    ),
    Sample(
        "bc 9 thang 2026.pdf", "pdf", (BC_143_TOP, BC_143_BODY), title="BC 143/BC-SYT (MẪU, hư cấu)"
    ),
    Sample("QD 81 quy trinh noi bo 2027.txt", "txt", (QD_81_2026,)),
    Sample("CV 1890 chuan bi bao cao CCHC 2026.txt", "txt", (CV_1890,)),
]
