"""Twentieth held-out archive, 2022 – 2024: the Sở Tài chính of tỉnh Long Thạnh (fictional) and
the UBND tỉnh's and its Chủ tịch's decisions on it. Do not tune on it.

Plans with targets and reports of every period whose figures must not be mixed: to a stated day
("tính đến ngày 15/6/2024", the year to 30/11) against the whole period, in a quarter against
since January, a year against the year before, a target beside its result, the province beside
the Sở; a 9-month figure only in a Công văn; a 6-month figure corrected by a Công văn and the
next report; the online measure named anew and counted anew from 2024. Written by hand; facts in
``bench/data/heldout20_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout20_common import (
    DANH_UB,
    HANH,
    KHAI,
    LUAT_2015,
    ND24,
    ND45,
    ND61,
    ND63,
    THU,
    TUAN,
    UB,
    closing,
    decision,
    head,
    plan,
    report,
)
from sample_header import Sample

UBND_WHO = "ỦY BAN NHÂN DÂN TỈNH LONG THẠNH"
CT_WHO = "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LONG THẠNH"
FUNCTIONS = (
    "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính tỉnh Long Thạnh"
)

# ---------------------------------------------------------------- 2022
KH_03_2022 = plan(
    "03/KH-STC",
    "ngày 07 tháng 01 năm 2022",
    2022,
    "Kế hoạch số 06/KH-UBND ngày 05/01/2022",
    """1. Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt tối thiểu 30%.

2. Phấn đấu 98% hồ sơ thủ tục hành chính được giải quyết đúng hạn; 100% thủ tục hành chính được công khai đầy đủ trên Cổng Dịch vụ công.""",
    """1. Tham mưu Ủy ban nhân dân tỉnh ban hành quyết định quy định chức năng, nhiệm vụ của Sở thay thế Quyết định số 19/2016/QĐ-UBND ngày 15/7/2016.

2. Ban hành Quy chế làm việc mới của Sở thay cho Quyết định số 45/QĐ-STC ngày 10/4/2018.

3. Quy định chế độ thông tin, báo cáo số liệu cải cách hành chính nội bộ (mốc chốt số liệu từng kỳ).""",
    KHAI,
)

QD_08_2022 = decision(
    "08/2022/QĐ-UBND",
    "ngày 18 tháng 02 năm 2022",
    FUNCTIONS,
    f"{LUAT_2015}\n\n{ND24}\n\nTheo đề nghị của Giám đốc Sở Tài chính và Giám đốc Sở Nội vụ.",
    """Điều 1. Vị trí và chức năng: Sở Tài chính là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về tài chính, ngân sách nhà nước, giá, tài sản công, tài chính doanh nghiệp, tin học và thống kê tài chính.

Điều 2. Cơ cấu tổ chức: Văn phòng, Thanh tra, Phòng Quản lý ngân sách, Phòng Tài chính hành chính sự nghiệp, Phòng Quản lý giá và công sản, Phòng Tài chính đầu tư, Phòng Tin học và Thống kê.

Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2022 và thay thế Quyết định số 19/2016/QĐ-UBND ngày 15/7/2016 của Ủy ban nhân dân tỉnh.

Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.""",
    DANH_UB,
    issuer=UB,
    who=UBND_WHO,
    to="- Như Điều 4;\n- Bộ Tài chính;\n- Cục Kiểm tra văn bản QPPL - Bộ Tư pháp;\n- Lưu: VT, KT.",
)

QD_28_2022 = decision(
    "28/QĐ-STC",
    "ngày 21 tháng 3 năm 2022",
    "Ban hành Quy chế làm việc của Sở Tài chính",
    "Căn cứ Quyết định số 08/2022/QĐ-UBND ngày 18/02/2022 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Tài chính.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 45/QĐ-STC ngày 10/4/2018 của Giám đốc Sở Tài chính.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    KHAI,
    annex="""
QUY CHẾ LÀM VIỆC CỦA SỞ TÀI CHÍNH

Điều 4. Giám đốc Sở họp giao ban với Phó Giám đốc và Trưởng các phòng vào sáng thứ Hai hằng tuần.

Điều 8. Văn bản đi, đến được xử lý trên Hệ thống quản lý văn bản và điều hành; Văn phòng Sở tổng hợp số liệu cải cách hành chính.
""",
)

BC_85_TOP, BC_85_BODY = report(
    "85/BC-STC",
    "ngày 15 tháng 6 năm 2022",
    "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2022",
    "Thực hiện chế độ báo cáo định kỳ, Sở Tài chính báo cáo kết quả công tác cải cách hành chính 6 tháng đầu năm 2022 như sau:",
    """1. Sở ban hành Kế hoạch số 03/KH-STC ngày 07/01/2022 cải cách hành chính năm 2022. Ủy ban nhân dân tỉnh ban hành Quyết định số 08/2022/QĐ-UBND ngày 18/02/2022 quy định chức năng, nhiệm vụ của Sở (hiệu lực từ 01/3/2022, thay thế Quyết định số 19/2016/QĐ-UBND). Giám đốc Sở ký Quyết định số 28/QĐ-STC ngày 21/3/2022 ban hành Quy chế làm việc.

2. Kết quả giải quyết thủ tục hành chính: tính đến ngày 15/6/2022, Sở tiếp nhận 1.912 hồ sơ; tỷ lệ giải quyết đúng hạn 96,4%; tỷ lệ hồ sơ nộp trực tuyến 27,3% (chỉ tiêu cả năm tối thiểu 30%).

3. Sở đang rà soát danh mục thủ tục hành chính lĩnh vực tài chính để trình Chủ tịch Ủy ban nhân dân tỉnh công bố lại.""",
)

QD_102_2022 = decision(
    "102/QĐ-STC",
    "ngày 19 tháng 9 năm 2022",
    "Ban hành Quy định chế độ thông tin, báo cáo số liệu cải cách hành chính của Sở Tài chính",
    "Căn cứ Quyết định số 08/2022/QĐ-UBND ngày 18/02/2022 của Ủy ban nhân dân tỉnh;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Phạm vi: số liệu cải cách hành chính, kết quả giải quyết thủ tục hành chính các phòng gửi Văn phòng Sở để tổng hợp báo cáo.

Điều 2. Các phòng nhập số liệu trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, không báo cáo bằng văn bản giấy.

Điều 3. Văn phòng Sở là đầu mối tổng hợp; Phòng Tin học và Thống kê đối soát số liệu trên Hệ thống.

Điều 4. Thời điểm chốt số liệu báo cáo quý, 6 tháng, 9 tháng: ngày 15 của tháng cuối kỳ báo cáo.

Điều 5. Thời điểm chốt số liệu báo cáo năm: ngày 30 tháng 11; số liệu chính thức cả năm được báo cáo bổ sung trong tháng 01 năm sau.

Điều 6. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    HANH,
    to="- Như Điều 6;\n- Lưu: VT, VP.",
)

CV_1876 = (
    head(
        "1876/STC-VP",
        "ngày 20 tháng 10 năm 2022",
        "",
        "V/v số liệu cải cách hành chính 9 tháng năm 2022",
    )
    + """
Kính gửi: Sở Nội vụ tỉnh Long Thạnh.

Phúc đáp Công văn của Sở Nội vụ đề nghị cung cấp số liệu cải cách hành chính 9 tháng năm 2022, Sở Tài chính không xây dựng báo cáo 9 tháng riêng và cung cấp số liệu như sau:

- 9 tháng năm 2022, Sở tiếp nhận 2.905 hồ sơ thủ tục hành chính; tỷ lệ giải quyết đúng hạn 96,7%; tỷ lệ hồ sơ nộp trực tuyến 29,1%.

- Trong quý III năm 2022 không phát sinh hồ sơ trễ hạn mới.

Số liệu cả năm được tổng hợp trong báo cáo năm theo Quyết định số 102/QĐ-STC ngày 19/9/2022 của Giám đốc Sở.

Sở Tài chính gửi Sở Nội vụ tổng hợp./.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + HANH
)

BC_212_TOP, BC_212_BODY = report(
    "212/BC-STC",
    "ngày 12 tháng 12 năm 2022",
    "Kết quả công tác cải cách hành chính năm 2022",
    "Thực hiện Kế hoạch số 03/KH-STC ngày 07/01/2022, Sở Tài chính báo cáo kết quả công tác cải cách hành chính năm 2022 (số liệu chốt đến ngày 30/11/2022 theo Điều 5 Quyết định số 102/QĐ-STC ngày 19/9/2022) như sau:",
    """1. Về tổ chức bộ máy: Quyết định số 08/2022/QĐ-UBND ngày 18/02/2022 của Ủy ban nhân dân tỉnh có hiệu lực từ ngày 01/3/2022; Quy chế làm việc ban hành kèm Quyết định số 28/QĐ-STC ngày 21/3/2022.

2. Kết quả giải quyết thủ tục hành chính: từ ngày 01/01/2022 đến ngày 30/11/2022, Sở tiếp nhận 3.742 hồ sơ; giải quyết đúng hạn đạt 96,9% (chỉ tiêu Kế hoạch phấn đấu 98%, chưa đạt); tỷ lệ hồ sơ nộp trực tuyến đạt 30,8%, đạt chỉ tiêu tối thiểu 30%. Cấp mới 214 mã số đơn vị có quan hệ với ngân sách.

3. Năm 2021, Sở tiếp nhận 3.870 hồ sơ, tỷ lệ nộp trực tuyến 21,5%.""",
)
BC_212_BODY += "\n" + closing(KHAI)

# ---------------------------------------------------------------- 2023
KH_05_2023 = plan(
    "05/KH-STC",
    "ngày 09 tháng 01 năm 2023",
    2023,
    "Kế hoạch số 11/KH-UBND ngày 04/01/2023",
    """1. Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt tối thiểu 40%.

2. Phấn đấu 98% hồ sơ được giải quyết đúng hạn.""",
    """1. Ban hành Quy trình nội bộ giải quyết thủ tục hành chính thay cho Quyết định số 73/QĐ-STC ngày 22/6/2020.

2. Thành lập Tổ công tác rà soát, đối soát số liệu cải cách hành chính.""",
    KHAI,
)

QD_37_2023 = decision(
    "37/QĐ-STC",
    "ngày 20 tháng 3 năm 2023",
    "Thành lập Tổ công tác rà soát, đối soát số liệu cải cách hành chính của Sở Tài chính",
    "Căn cứ Quyết định số 08/2022/QĐ-UBND ngày 18/02/2022 của Ủy ban nhân dân tỉnh;\n\nCăn cứ Quyết định số 102/QĐ-STC ngày 19/9/2022 của Giám đốc Sở Tài chính;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Thành lập Tổ công tác rà soát, đối soát số liệu cải cách hành chính gồm 05 thành viên do Phó Giám đốc Trần Thị Hạnh làm Tổ trưởng.

Điều 2. Tổ công tác đối soát số liệu hồ sơ trên Hệ thống với sổ theo dõi của Bộ phận Một cửa trước mỗi kỳ báo cáo.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các phòng và các thành viên Tổ công tác chịu trách nhiệm thi hành./.""",
    KHAI,
)

BC_44_TOP, BC_44_BODY = report(
    "44/BC-STC",
    "ngày 06 tháng 4 năm 2023",
    "Kết quả công tác cải cách hành chính quý I năm 2023",
    "Sở Tài chính báo cáo kết quả công tác cải cách hành chính quý I năm 2023 như sau:",
    """1. Sở ban hành Kế hoạch số 05/KH-STC ngày 09/01/2023 và Quyết định số 37/QĐ-STC ngày 20/3/2023 thành lập Tổ công tác rà soát, đối soát số liệu.

2. Quý I năm 2023, Sở tiếp nhận 958 hồ sơ thủ tục hành chính; tỷ lệ đúng hạn 97,1%; tỷ lệ hồ sơ nộp trực tuyến 33,5%.""",
)
BC_44_BODY += "\n" + closing(TUAN)

QD_61_2023 = decision(
    "61/QĐ-STC",
    "ngày 25 tháng 5 năm 2023",
    "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính tại Sở Tài chính",
    f"{ND61}\n\n{ND63}\n\nCăn cứ Quyết định số 08/2022/QĐ-UBND ngày 18/02/2022 của Ủy ban nhân dân tỉnh;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết thủ tục hành chính tại Sở Tài chính.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2023 và thay thế Quyết định số 73/QĐ-STC ngày 22/6/2020 của Giám đốc Sở Tài chính.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    KHAI,
    annex="""
QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH

Điều 5. Thời hạn chuyển hồ sơ: Bộ phận Một cửa chuyển hồ sơ đến phòng chuyên môn chậm nhất 04 giờ làm việc kể từ khi tiếp nhận.

Điều 7. Phạm vi áp dụng: thủ tục hành chính lĩnh vực quản lý công sản, giá, tin học - thống kê, tài chính ngân sách và tài chính doanh nghiệp thuộc thẩm quyền giải quyết của Sở.
""",
)

BC_97_TOP, BC_97_BODY = report(
    "97/BC-STC",
    "ngày 16 tháng 6 năm 2023",
    "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2023",
    "Sở Tài chính báo cáo kết quả công tác cải cách hành chính 6 tháng đầu năm 2023 (số liệu tính đến ngày 15/6/2023) như sau:",
    """1. Giám đốc Sở ký Quyết định số 61/QĐ-STC ngày 25/5/2023 ban hành Quy trình nội bộ giải quyết thủ tục hành chính, có hiệu lực từ ngày 01/6/2023, thay thế Quyết định số 73/QĐ-STC ngày 22/6/2020.

2. Lũy kế từ đầu năm đến ngày 15/6/2023, Sở tiếp nhận 2.036 hồ sơ, trong đó quý I là 958 hồ sơ; tỷ lệ giải quyết đúng hạn 97,4%; tỷ lệ hồ sơ nộp trực tuyến 36,9%, thấp hơn chỉ tiêu năm (tối thiểu 40%).""",
)

TB_69_2023 = (
    head(
        "69/TB-STC",
        "ngày 14 tháng 7 năm 2023",
        "THÔNG BÁO",
        "Kết luận của Giám đốc Sở tại cuộc họp giao ban cải cách hành chính 6 tháng đầu năm 2023",
    )
    + """
Ngày 12/7/2023, Giám đốc Sở Lê Văn Khải chủ trì họp giao ban cải cách hành chính 6 tháng đầu năm 2023. Giám đốc Sở kết luận:

1. Tỷ lệ hồ sơ nộp trực tuyến 6 tháng đạt 36,9%, thấp hơn chỉ tiêu 40% của Kế hoạch số 05/KH-STC ngày 09/01/2023; Phòng Quản lý giá và công sản, Phòng Tin học và Thống kê hướng dẫn tổ chức, cá nhân nộp hồ sơ trực tuyến.

2. Tổ công tác theo Quyết định số 37/QĐ-STC ngày 20/3/2023 đối soát số liệu trước ngày 15 hằng tháng.

Văn phòng Sở thông báo để các phòng biết, thực hiện./.

Nơi nhận:
- Các phòng thuộc Sở;
- Lưu: VT, VP.

TL. GIÁM ĐỐC
CHÁNH VĂN PHÒNG

(Đã ký)

Đặng Thu Trang
"""
)

BC_158_TOP, BC_158_BODY = report(
    "158/BC-STC",
    "ngày 05 tháng 10 năm 2023",
    "Kết quả công tác cải cách hành chính 9 tháng năm 2023",
    "Sở Tài chính báo cáo kết quả công tác cải cách hành chính 9 tháng năm 2023 như sau:",
    """1. Quy trình nội bộ theo Quyết định số 61/QĐ-STC ngày 25/5/2023 được áp dụng từ ngày 01/6/2023.

2. Trong quý III năm 2023, Sở tiếp nhận 1.104 hồ sơ. Lũy kế 9 tháng năm 2023 tiếp nhận 3.140 hồ sơ; tỷ lệ đúng hạn 97,6%; tỷ lệ hồ sơ nộp trực tuyến 39,2%.""",
)
BC_158_BODY += "\n" + closing(TUAN)

KH_12_2023 = (
    head(
        "12/KH-STC",
        "ngày 18 tháng 10 năm 2023",
        "KẾ HOẠCH",
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Sở Tài chính giai đoạn 2023 - 2024",
    )
    + f"""
{ND45}

I. CHỈ TIÊU

1. Tối thiểu 85% hồ sơ thủ tục hành chính được số hóa khi tiếp nhận.

2. 100% kết quả giải quyết thủ tục hành chính còn hiệu lực được số hóa.

II. THỜI GIAN THỰC HIỆN

Kế hoạch thực hiện từ ngày ký đến hết ngày 31/12/2024.

Nơi nhận:
- Các phòng thuộc Sở;
- Lưu: VT, TH&TK.
"""
    + HANH
)

# ---------------------------------------------------------------- 2024
BC_06_TOP, BC_06_BODY = report(
    "06/BC-STC",
    "ngày 10 tháng 01 năm 2024",
    "Kết quả công tác cải cách hành chính năm 2023",
    "Thực hiện Kế hoạch số 05/KH-STC ngày 09/01/2023, Sở Tài chính báo cáo kết quả công tác cải cách hành chính năm 2023 (số liệu cả năm, từ ngày 01/01/2023 đến ngày 31/12/2023) như sau:",
    """1. Sở ban hành Quy trình nội bộ giải quyết thủ tục hành chính (Quyết định số 61/QĐ-STC ngày 25/5/2023), thành lập Tổ công tác đối soát số liệu (Quyết định số 37/QĐ-STC ngày 20/3/2023) và Kế hoạch số 12/KH-STC ngày 18/10/2023 về số hóa hồ sơ.

2. Năm 2023, Sở tiếp nhận 4.318 hồ sơ thủ tục hành chính, tăng 5,2% so với năm 2022 (4.105 hồ sơ). Tỷ lệ giải quyết đúng hạn đạt 97,8%, tăng 1,0 điểm phần trăm so với năm 2022 (96,8%). Tỷ lệ hồ sơ nộp trực tuyến đạt 41,7% (năm 2022: 31,2%), vượt chỉ tiêu tối thiểu 40%; toàn tỉnh đạt 38,9%. Cấp mới 236 mã số đơn vị có quan hệ với ngân sách. Tỷ lệ hồ sơ được số hóa khi tiếp nhận đạt 78,5% (chỉ tiêu đến hết năm 2024 là 85%).

3. Số hồ sơ tiếp nhận theo quý năm 2023:""",
)

KH_02_2024 = plan(
    "02/KH-STC",
    "ngày 12 tháng 01 năm 2024",
    2024,
    "Kế hoạch số 09/KH-UBND ngày 05/01/2024",
    """1. Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình đạt tối thiểu 45% (từ năm 2024 chỉ tiêu này chỉ tính hồ sơ thực hiện toàn trình, không tính hồ sơ dịch vụ công trực tuyến một phần như các năm trước).

2. Phấn đấu 98,5% hồ sơ được giải quyết đúng hạn.

3. Tiếp tục thực hiện Kế hoạch số 12/KH-STC ngày 18/10/2023 về số hóa hồ sơ.""",
    """1. Sửa đổi thời hạn chuyển hồ sơ tại Quy trình nội bộ ban hành kèm Quyết định số 61/QĐ-STC.

2. Thí điểm trả kết quả cấp mã số đơn vị có quan hệ với ngân sách bản điện tử.""",
    KHAI,
)

QD_15_2024 = decision(
    "15/QĐ-STC",
    "ngày 05 tháng 3 năm 2024",
    "Sửa đổi, bổ sung Điều 5 Quy trình nội bộ giải quyết thủ tục hành chính ban hành kèm theo Quyết định số 61/QĐ-STC ngày 25/5/2023",
    f"{ND61}\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Sửa đổi, bổ sung Điều 5 Quy trình nội bộ giải quyết thủ tục hành chính ban hành kèm theo Quyết định số 61/QĐ-STC ngày 25/5/2023 như sau:

"Điều 5. Thời hạn chuyển hồ sơ: Bộ phận Một cửa chuyển hồ sơ đến phòng chuyên môn ngay trong ngày làm việc tiếp nhận; hồ sơ tiếp nhận sau 15 giờ chuyển trong buổi sáng ngày làm việc tiếp theo."

Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2024.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    KHAI,
)

BC_49_TOP, BC_49_BODY = report(
    "49/BC-STC",
    "ngày 08 tháng 4 năm 2024",
    "Kết quả công tác cải cách hành chính quý I năm 2024",
    "Sở Tài chính báo cáo kết quả công tác cải cách hành chính quý I năm 2024 như sau:",
    """1. Sở ban hành Kế hoạch số 02/KH-STC ngày 12/01/2024 và Quyết định số 15/QĐ-STC ngày 05/3/2024 sửa đổi Điều 5 Quy trình nội bộ (Quyết định số 61/QĐ-STC), áp dụng từ ngày 15/3/2024.

2. Quý I năm 2024, Sở tiếp nhận 1.021 hồ sơ; tỷ lệ đúng hạn 98,0%; tỷ lệ hồ sơ DVC trực tuyến toàn trình 31,8%.

Lưu ý: từ năm 2024 tỷ lệ trực tuyến chỉ tính hồ sơ toàn trình (năm 2023 tính cả hồ sơ dịch vụ công trực tuyến một phần), nên không so sánh trực tiếp với tỷ lệ 41,7% của năm 2023; theo cách tính mới, năm 2023 chỉ đạt 29,4%.""",
)
BC_49_BODY += "\n" + closing(TUAN)

QD_1120 = decision(
    "1120/QĐ-UBND",
    "ngày 10 tháng 5 năm 2024",
    "Công bố Danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Tài chính tỉnh Long Thạnh",
    f"{ND63}\n\n{ND61}\n\nXét đề nghị của Giám đốc Sở Tài chính.",
    """Điều 1. Công bố kèm theo Quyết định này Danh mục 58 thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Tài chính.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1820/QĐ-UBND ngày 16/8/2022 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.

DANH MỤC THỦ TỤC HÀNH CHÍNH (số thủ tục theo lĩnh vực)""",
    THU,
    issuer=UB,
    who=CT_WHO,
    to="- Như Điều 3;\n- Cục Kiểm soát TTHC - Văn phòng Chính phủ;\n- Lưu: VT, KSTT.",
)
LIST_1120 = [
    ["STT", "Lĩnh vực", "Số thủ tục"],
    ["1", "Quản lý công sản", "21"],
    ["2", "Quản lý giá", "9"],
    ["3", "Tin học - thống kê", "6"],
    ["4", "Tài chính ngân sách", "15"],
    ["5", "Tài chính doanh nghiệp", "7"],
    ["", "Tổng cộng", "58"],
]

QD_12_2024 = decision(
    "12/2024/QĐ-UBND",
    "ngày 20 tháng 5 năm 2024",
    "Bãi bỏ Quyết định số 25/2021/QĐ-UBND ngày 12/7/2021 của Ủy ban nhân dân tỉnh quy định phân cấp quản lý tài sản công tại cơ quan, đơn vị thuộc phạm vi quản lý của tỉnh",
    f"{LUAT_2015}\n\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\n\nTheo đề nghị của Giám đốc Sở Tài chính.",
    """Điều 1. Bãi bỏ Quyết định số 25/2021/QĐ-UBND ngày 12/7/2021 của Ủy ban nhân dân tỉnh quy định phân cấp quản lý tài sản công tại cơ quan, đơn vị thuộc phạm vi quản lý của tỉnh (Nghị quyết của Hội đồng nhân dân tỉnh về phân cấp đã quy định đầy đủ nội dung này).

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 6 năm 2024.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.""",
    DANH_UB,
    issuer=UB,
    who=UBND_WHO,
    to="- Như Điều 3;\n- Bộ Tài chính;\n- Cục Kiểm tra văn bản QPPL - Bộ Tư pháp;\n- Lưu: VT, KT.",
)

BC_101_TOP, BC_101_BODY = report(
    "101/BC-STC",
    "ngày 17 tháng 6 năm 2024",
    "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024",
    "Sở Tài chính báo cáo kết quả công tác cải cách hành chính 6 tháng đầu năm 2024 (số liệu tính đến ngày 15/6/2024 theo Điều 4 Quyết định số 102/QĐ-STC) như sau:",
    """1. Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1120/QĐ-UBND ngày 10/5/2024 công bố Danh mục 58 thủ tục hành chính, thay thế Quyết định số 1820/QĐ-UBND ngày 16/8/2022. Ủy ban nhân dân tỉnh ban hành Quyết định số 12/2024/QĐ-UBND ngày 20/5/2024 bãi bỏ Quyết định số 25/2021/QĐ-UBND (hiệu lực từ 01/6/2024).

2. Tính đến ngày 15/6/2024, Sở tiếp nhận 2.187 hồ sơ; tỷ lệ đúng hạn 98,2%; tỷ lệ hồ sơ trực tuyến toàn trình 36,5% (chỉ tiêu năm tối thiểu 45%).""",
)

QD_52_2024 = decision(
    "52/QĐ-STC",
    "ngày 24 tháng 6 năm 2024",
    "Thí điểm trả kết quả cấp mã số đơn vị có quan hệ với ngân sách bản điện tử",
    f"{ND45}\n\nCăn cứ Kế hoạch số 02/KH-STC ngày 12/01/2024 của Sở Tài chính;\n\nTheo đề nghị của Trưởng phòng Tin học và Thống kê.",
    """Điều 1. Thí điểm trả kết quả cấp mã số đơn vị có quan hệ với ngân sách bản điện tử (có chữ ký số của Sở) qua Cổng Dịch vụ công của tỉnh, không trả bản giấy trừ khi tổ chức đề nghị.

Điều 2. Thời gian thí điểm từ ngày 01 tháng 7 năm 2024 đến hết ngày 30 tháng 6 năm 2025.

Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2024. Chánh Văn phòng, Trưởng phòng Tin học và Thống kê chịu trách nhiệm thi hành./.""",
    HANH,
)

CV_1254 = (
    head(
        "1254/STC-VP",
        "ngày 12 tháng 8 năm 2024",
        "",
        "V/v điều chỉnh số liệu báo cáo cải cách hành chính 6 tháng đầu năm 2024",
    )
    + """
Kính gửi: Sở Nội vụ tỉnh Long Thạnh.

Ngày 17/6/2024, Sở Tài chính gửi Báo cáo số 101/BC-STC kết quả cải cách hành chính 6 tháng đầu năm 2024. Qua đối soát, một số hồ sơ tiếp nhận trực tiếp tại Bộ phận Một cửa chưa được đồng bộ lên Hệ thống thông tin giải quyết thủ tục hành chính. Sở Tài chính điều chỉnh số liệu như sau (thay thế số liệu tại Báo cáo số 101/BC-STC):

- Số hồ sơ tiếp nhận 6 tháng đầu năm 2024: 2.214 hồ sơ (đã báo cáo 2.187 hồ sơ).
- Tỷ lệ hồ sơ trực tuyến toàn trình: 36,1% (đã báo cáo 36,5%).
- Tỷ lệ giải quyết đúng hạn không thay đổi (98,2%).

Đề nghị Sở Nội vụ sử dụng số liệu điều chỉnh nêu trên khi tổng hợp./.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + HANH
)

BC_163_TOP, BC_163_BODY = report(
    "163/BC-STC",
    "ngày 07 tháng 10 năm 2024",
    "Kết quả công tác cải cách hành chính 9 tháng năm 2024",
    "Sở Tài chính báo cáo kết quả công tác cải cách hành chính 9 tháng năm 2024 như sau:",
    """1. Từ ngày 01/7/2024, Sở thí điểm trả kết quả cấp mã số đơn vị có quan hệ với ngân sách bản điện tử theo Quyết định số 52/QĐ-STC ngày 24/6/2024.

2. Số liệu 6 tháng đầu năm 2024 đã được điều chỉnh tại Công văn số 1254/STC-VP ngày 12/8/2024: 2.214 hồ sơ (Báo cáo số 101/BC-STC nêu 2.187 hồ sơ), tỷ lệ toàn trình 36,1%.

3. Trong quý III năm 2024, Sở tiếp nhận 1.142 hồ sơ; lũy kế 9 tháng tiếp nhận 3.356 hồ sơ; tỷ lệ đúng hạn 98,3%; tỷ lệ hồ sơ trực tuyến toàn trình 39,4%.""",
)
BC_163_BODY += "\n" + closing(TUAN)

BC_231 = (
    head(
        "231/BC-STC",
        "ngày 16 tháng 12 năm 2024",
        "BÁO CÁO",
        "Kết quả công tác cải cách hành chính năm 2024",
    )
    + """
Thực hiện Kế hoạch số 02/KH-STC ngày 12/01/2024, Sở Tài chính báo cáo kết quả công tác cải cách hành chính năm 2024 (số liệu chốt đến ngày 30/11/2024 theo Điều 5 Quyết định số 102/QĐ-STC ngày 19/9/2022) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Thể chế, thủ tục hành chính: Quyết định số 15/QĐ-STC ngày 05/3/2024 sửa đổi Điều 5 Quy trình nội bộ ban hành kèm Quyết định số 61/QĐ-STC; Quyết định số 1120/QĐ-UBND ngày 10/5/2024 công bố 58 thủ tục hành chính; Quyết định số 12/2024/QĐ-UBND ngày 20/5/2024 bãi bỏ Quyết định số 25/2021/QĐ-UBND.

2. Chính quyền số: thí điểm trả kết quả bản điện tử theo Quyết định số 52/QĐ-STC ngày 24/6/2024, đến ngày 30/11/2024 đã trả 318 kết quả cấp mã số bản điện tử. Tỷ lệ hồ sơ được số hóa khi tiếp nhận đạt 88,2%, vượt chỉ tiêu 85% của Kế hoạch số 12/KH-STC ngày 18/10/2023.

3. Kết quả giải quyết thủ tục hành chính: từ ngày 01/01/2024 đến ngày 30/11/2024, Sở tiếp nhận 4.187 hồ sơ; tỷ lệ giải quyết đúng hạn đạt 98,4%, tăng 0,6 điểm phần trăm so với năm 2023 (97,8%); tỷ lệ hồ sơ trực tuyến toàn trình đạt 42,6%, chưa đạt chỉ tiêu tối thiểu 45% của Kế hoạch. Cấp mới 229 mã số đơn vị có quan hệ với ngân sách.

Bảng: Số hồ sơ tiếp nhận theo lĩnh vực (01/01 - 30/11/2024)

| STT | Lĩnh vực               | Tiếp nhận | Đúng hạn |
|-----|------------------------|-----------|----------|
| 1   | Quản lý công sản       | 1.204     | 98,1%    |
| 2   | Tin học - thống kê     | 1.386     | 99,6%    |
| 3   | Quản lý giá            | 512       | 97,9%    |
| 4   | Tài chính ngân sách    | 1.085     | 97,7%    |
|     | Tổng số                | 4.187     | 98,4%    |

"""
    + closing(KHAI)
)


def _docx(file: str, top: str, body: str, rows: list[list[str]], signer: str, title: str) -> Sample:
    """A report in DOCX with one table and its closing after it."""
    return Sample(file, "docx", (top, body), table=rows, after=closing(signer), title=title)


QUARTERS_2023 = [
    ["Quý", "Hồ sơ tiếp nhận", "Lũy kế từ đầu năm"],
    ["Quý I", "958", "958"],
    ["Quý II", "1.078", "2.036"],
    ["Quý III", "1.104", "3.140"],
    ["Quý IV", "1.178", "4.318"],
]

EARLY: list[Sample] = [
    Sample("KH CCHC 2022.txt", "txt", (KH_03_2022,)),
    Sample(
        "QD 08-2022-QD-UBND chuc nang STC.pdf",
        "pdf",
        (QD_08_2022,),
        title="QĐ 08/2022/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample("QD 28 quy che lam viec 2022.docx", "docx", (QD_28_2022,), title="QĐ 28/QĐ-STC (MẪU)"),
    Sample("bc 6 thang 2022.txt", "txt", (BC_85_TOP, BC_85_BODY + "\n" + closing(HANH))),
    Sample("QD 102 che do bao cao noi bo.txt", "txt", (QD_102_2022,)),
    Sample("CV 1876 so lieu 9 thang 2022.txt", "txt", (CV_1876,)),
    Sample(
        "BC CCHC nam 2022.pdf",
        "pdf",
        (BC_212_TOP, BC_212_BODY),
        title="BC 212/BC-STC (MẪU, hư cấu)",
    ),
    Sample("KH CCHC 2023.docx", "docx", (KH_05_2023,), title="KH 05/KH-STC (MẪU)"),
    Sample("QD 37 to cong tac so lieu CCHC.txt", "txt", (QD_37_2023,)),
    Sample("bc quy I 2023.txt", "txt", (BC_44_TOP, BC_44_BODY)),
    Sample(
        "QD 61 quy trinh noi bo TTHC.pdf", "pdf", (QD_61_2023,), title="QĐ 61/QĐ-STC (MẪU, hư cấu)"
    ),
    Sample(
        "BC 6 thang 2023.docx",
        "docx",
        (BC_97_TOP, BC_97_BODY),
        after=closing(HANH),
        title="BC 97/BC-STC (MẪU)",
    ),
    Sample("TB 69 ket luan giao ban CCHC.txt", "txt", (TB_69_2023,)),
    Sample("bc 9 thang 2023.txt", "txt", (BC_158_TOP, BC_158_BODY)),
    Sample("KH 12 so hoa ho so 2023-2024.txt", "txt", (KH_12_2023,)),
    _docx(
        "BC CCHC nam 2023.docx", BC_06_TOP, BC_06_BODY, QUARTERS_2023, KHAI, "BC 06/BC-STC (MẪU)"
    ),
    Sample("KH CCHC 2024.txt", "txt", (KH_02_2024,)),
    Sample("QD 15 sua doi Dieu 5 quy trinh.txt", "txt", (QD_15_2024,)),
    Sample("bc quy I 2024.txt", "txt", (BC_49_TOP, BC_49_BODY)),
    Sample(
        "QD 1120 danh muc TTHC tai chinh.docx",
        "docx",
        (QD_1120,),
        table=LIST_1120,
        after="(Nội dung cụ thể từng thủ tục được công khai trên Cổng Dịch vụ công của tỉnh.)",
        title="QĐ 1120/QĐ-UBND (MẪU)",
    ),
    Sample(
        "QD 12-2024-QD-UBND bai bo QD 25-2021.pdf",
        "pdf",
        (QD_12_2024,),
        title="QĐ 12/2024/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample(
        "BC 6 thang 2024.pdf",
        "pdf",
        (BC_101_TOP, BC_101_BODY + "\n" + closing(HANH)),
        title="BC 101/BC-STC (MẪU, hư cấu)",
    ),
    Sample("QD 52 thi diem ma so dien tu.docx", "docx", (QD_52_2024,), title="QĐ 52/QĐ-STC (MẪU)"),
    Sample("CV 1254 dieu chinh so lieu 6 thang 2024.txt", "txt", (CV_1254,)),
    Sample("bc 9 thang 2024.txt", "txt", (BC_163_TOP, BC_163_BODY)),
    Sample("BC CCHC nam 2024.txt", "txt", (BC_231,)),
]
