"""Twenty-second held-out archive, 2023 – 2024: the Sở Giáo dục và Đào tạo of tỉnh Hải Minh
(fictional) and the Chủ tịch UBND tỉnh's decision on its procedures. Do not tune on it.

Its reports come by part of a year — quý I (issued in early April), 6 tháng (mid-June, "chốt
số liệu từ ngày 15/12 năm trước đến ngày 14/6"), 9 tháng (September) and năm (mid-December) —
with figures "trong quý", "lũy kế", "cùng kỳ năm trước" and against the plan's target; the
plan for 2024 signed on 28/12/2023, a plan for "6 tháng cuối năm" signed in June, the spending
rules signed on 20/12/2024 for 2025. Written by hand; facts in
``bench/data/heldout22_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout22_common import (
    CT_WHO,
    FUNCS,
    HONG,
    KHANH,
    LUAT_2015,
    ND09,
    ND30,
    ND61,
    ND63,
    ND130,
    NGAN,
    NQ76,
    THANH,
    UB,
    YEN,
    decision,
    paper,
    report,
)
from sample_header import Sample

# ---------------------------------------------------------------- 2023
KH_05_2023 = paper(
    "05/KH-SGDĐT",
    "ngày 06 tháng 01 năm 2023",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2023 của Sở Giáo dục và Đào tạo",
    f"""{NQ76}

Thực hiện Kế hoạch số 10/KH-UBND ngày 03/01/2023 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2023, Sở Giáo dục và Đào tạo ban hành Kế hoạch cải cách hành chính năm 2023 như sau:

1. Ban hành Quy chế làm việc mới của Sở (quý I).

2. Ban hành Quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực giáo dục và đào tạo (quý II).

3. Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt tối thiểu 50%; 100% hồ sơ được giải quyết đúng hạn.

4. Văn phòng Sở tổng hợp, báo cáo kết quả cải cách hành chính định kỳ quý, 6 tháng, 9 tháng và năm theo chế độ báo cáo của Ủy ban nhân dân tỉnh.""",
    THANH,
)

QD_28_2023 = decision(
    "28/QĐ-SGDĐT",
    "ngày 15 tháng 02 năm 2023",
    "Ban hành Quy chế làm việc của Sở Giáo dục và Đào tạo",
    f"{FUNCS}\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Giáo dục và Đào tạo tỉnh Hải Minh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 112/QĐ-SGDĐT ngày 20/8/2019 của Giám đốc Sở Giáo dục và Đào tạo ban hành Quy chế làm việc của Sở.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở, Thủ trưởng các đơn vị trực thuộc và công chức, viên chức Sở chịu trách nhiệm thi hành Quyết định này./.""",
    THANH,
    annex="""
QUY CHẾ LÀM VIỆC CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO

Điều 4. Giám đốc Sở làm việc theo chế độ thủ trưởng; các Phó Giám đốc giúp Giám đốc phụ trách các lĩnh vực được phân công.

Điều 8. Văn phòng Sở tổ chức giao ban trực tiếp vào chiều thứ Sáu hằng tuần; biên bản giao ban được lưu bản giấy tại Văn phòng.

Điều 12. Văn bản đi, đến được xử lý trên Hệ thống quản lý văn bản và điều hành của tỉnh.
""",
)

BC_41_2023 = report(
    "41/BC-SGDĐT",
    "ngày 05 tháng 4 năm 2023",
    "Kết quả công tác cải cách hành chính quý I năm 2023",
    f"{ND09}\n\nThực hiện Kế hoạch số 05/KH-SGDĐT ngày 06/01/2023, Sở Giáo dục và Đào tạo báo cáo kết quả cải cách hành chính quý I năm 2023 (số liệu tính từ ngày 15/12/2022 đến ngày 14/3/2023) như sau:",
    """1. Công tác chỉ đạo, điều hành: Sở ban hành Kế hoạch cải cách hành chính năm 2023 (Kế hoạch số 05/KH-SGDĐT ngày 06/01/2023).

2. Chế độ công vụ: ban hành Quy chế làm việc kèm theo Quyết định số 28/QĐ-SGDĐT ngày 15/02/2023.

3. Thủ tục hành chính: trong quý I, Sở tiếp nhận 1.245 hồ sơ thủ tục hành chính, trong đó 612 hồ sơ trực tuyến (đạt 49,2%); 100% hồ sơ giải quyết đúng hạn.""",
    "1. Xây dựng Quy trình nội bộ giải quyết thủ tục hành chính.\n\n2. Đẩy mạnh tiếp nhận hồ sơ trực tuyến.",
    KHANH,
)

QD_66_2023 = decision(
    "66/QĐ-SGDĐT",
    "ngày 12 tháng 5 năm 2023",
    "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực giáo dục và đào tạo thuộc thẩm quyền của Sở Giáo dục và Đào tạo",
    f"{ND61}\n\n{ND63}\n\n{FUNCS}\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực giáo dục và đào tạo thuộc thẩm quyền của Sở Giáo dục và Đào tạo.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 6 năm 2023.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở và công chức được giao tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh chịu trách nhiệm thi hành Quyết định này./.""",
    THANH,
    annex="""
QUY TRÌNH NỘI BỘ

Điều 3. Hồ sơ được tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh hoặc trên Cổng Dịch vụ công của tỉnh.

Điều 5. Thời hạn chuyển hồ sơ: công chức tiếp nhận chuyển hồ sơ đến phòng chuyên môn chậm nhất 08 giờ làm việc kể từ khi tiếp nhận.

Điều 7. Kết quả được trả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu chính công ích.
""",
)

BC_78_2023 = report(
    "78/BC-SGDĐT",
    "ngày 14 tháng 6 năm 2023",
    "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2023",
    f"{ND09}\n\nSở Giáo dục và Đào tạo báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2023 (thời gian chốt số liệu từ ngày 15/12/2022 đến ngày 14/6/2023) như sau:",
    """1. Chế độ công vụ: Quy chế làm việc mới (Quyết định số 28/QĐ-SGDĐT ngày 15/02/2023) được thực hiện nghiêm.

2. Thủ tục hành chính: ban hành Quy trình nội bộ kèm theo Quyết định số 66/QĐ-SGDĐT ngày 12/5/2023, áp dụng từ ngày 01/6/2023. 6 tháng đầu năm, Sở tiếp nhận 2.580 hồ sơ (quý I: 1.245 hồ sơ; quý II: 1.335 hồ sơ), trong đó 1.301 hồ sơ trực tuyến (đạt 50,4%; chỉ tiêu năm 2023 tối thiểu 50%).""",
    "1. Tuyên truyền cải cách hành chính trong các trường học.\n\n2. Duy trì tỷ lệ hồ sơ trực tuyến trên 50%.",
    HONG,
)

BC_121_2023 = report(
    "121/BC-SGDĐT",
    "ngày 20 tháng 9 năm 2023",
    "Kết quả công tác cải cách hành chính 9 tháng năm 2023",
    "Sở Giáo dục và Đào tạo báo cáo kết quả cải cách hành chính 9 tháng năm 2023 (số liệu từ ngày 15/12/2022 đến ngày 14/9/2023) như sau:",
    """1. Thủ tục hành chính: trong quý III năm 2023, Sở tiếp nhận 1.380 hồ sơ; lũy kế 9 tháng tiếp nhận 3.960 hồ sơ, trong đó 2.050 hồ sơ trực tuyến (đạt 51,8%). 100% hồ sơ giải quyết đúng hạn.

2. Chính quyền số: 100% văn bản đi của Sở được ký số và phát hành trên Hệ thống quản lý văn bản và điều hành.""",
    "1. Chuẩn bị Kế hoạch cải cách hành chính năm 2024.\n\n2. Tổng kết công tác cải cách hành chính năm 2023.",
    KHANH,
)

BC_168_2023 = report(
    "168/BC-SGDĐT",
    "ngày 18 tháng 12 năm 2023",
    "Kết quả công tác cải cách hành chính năm 2023",
    f"{ND09}\n\nThực hiện Kế hoạch số 05/KH-SGDĐT ngày 06/01/2023, Sở Giáo dục và Đào tạo báo cáo kết quả cải cách hành chính năm 2023 (số liệu từ ngày 15/12/2022 đến ngày 14/12/2023) như sau:",
    """1. Chỉ đạo, điều hành: triển khai Kế hoạch số 05/KH-SGDĐT ngày 06/01/2023; báo cáo định kỳ quý, 6 tháng, 9 tháng đúng hạn.

2. Chế độ công vụ: Quy chế làm việc ban hành kèm theo Quyết định số 28/QĐ-SGDĐT ngày 15/02/2023.

3. Thủ tục hành chính: Quy trình nội bộ kèm theo Quyết định số 66/QĐ-SGDĐT ngày 12/5/2023. Năm 2023, Sở tiếp nhận 5.270 hồ sơ, trong đó 2.740 hồ sơ trực tuyến (đạt 52,0%, vượt chỉ tiêu 50%).

Số hồ sơ thủ tục hành chính tiếp nhận theo quý năm 2023:""",
    "1. Triển khai Kế hoạch cải cách hành chính năm 2024.\n\n2. Phấn đấu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 60%.",
    THANH,
)
QUARTERS_2023 = [
    ["Quý", "Hồ sơ tiếp nhận trong quý", "Lũy kế từ đầu năm", "Trong đó trực tuyến (lũy kế)"],
    ["Quý I", "1.245", "1.245", "612"],
    ["Quý II", "1.335", "2.580", "1.301"],
    ["Quý III", "1.380", "3.960", "2.050"],
    ["Quý IV", "1.310", "5.270", "2.740"],
]

KH_175_2023 = paper(
    "175/KH-SGDĐT",
    "ngày 28 tháng 12 năm 2023",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2024 của Sở Giáo dục và Đào tạo",
    f"""{NQ76}

Thực hiện Kế hoạch số 215/KH-UBND ngày 22/12/2023 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2024, Sở Giáo dục và Đào tạo ban hành Kế hoạch cải cách hành chính năm 2024 như sau:

1. Kiểm tra công tác cải cách hành chính tại tối thiểu 12 trường trung học phổ thông.

2. Tuyên truyền cải cách hành chính trong toàn ngành.

3. Sửa đổi thời hạn chuyển hồ sơ trong Quy trình nội bộ; tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt tối thiểu 60%; 100% hồ sơ giải quyết đúng hạn.

4. Rà soát văn bản quy phạm pháp luật trong lĩnh vực giáo dục do Ủy ban nhân dân tỉnh ban hành.

5. Ban hành Quy chế quản lý, sử dụng chữ ký số của Sở.

Kế hoạch được thực hiện từ ngày 01/01/2024 đến ngày 31/12/2024.""",
    THANH,
)

# ---------------------------------------------------------------- 2024
KH_18_2024 = paper(
    "18/KH-SGDĐT",
    "ngày 25 tháng 01 năm 2024",
    "KẾ HOẠCH",
    "Kiểm tra công tác cải cách hành chính năm 2024 tại các trường trung học phổ thông",
    """Thực hiện Kế hoạch số 175/KH-SGDĐT ngày 28/12/2023 của Sở Giáo dục và Đào tạo về cải cách hành chính năm 2024, Sở ban hành Kế hoạch kiểm tra như sau:

1. Đối tượng: 12 trường trung học phổ thông công lập (danh sách kèm theo).

2. Nội dung: việc niêm yết, công khai thủ tục hành chính; giải quyết hồ sơ đúng hạn; ứng dụng chữ ký số; thực hiện kỷ luật, kỷ cương hành chính.

3. Thời gian: quý II và quý III năm 2024.""",
    KHANH,
)

KH_30_2024 = paper(
    "30/KH-SGDĐT",
    "ngày 04 tháng 3 năm 2024",
    "KẾ HOẠCH",
    "Tuyên truyền cải cách hành chính năm 2024 của ngành Giáo dục và Đào tạo",
    """Thực hiện Kế hoạch số 175/KH-SGDĐT ngày 28/12/2023, Sở Giáo dục và Đào tạo ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024:

1. Đăng tải tin, bài về cải cách hành chính trên Trang thông tin điện tử của Sở, tối thiểu 40 tin, bài trong năm.

2. Lồng ghép tuyên truyền vào sinh hoạt dưới cờ, họp phụ huynh học sinh tại các trường.

3. Hướng dẫn phụ huynh nộp hồ sơ trực tuyến các thủ tục tuyển sinh, cấp bản sao văn bằng.""",
    HONG,
)

BC_45_2024 = report(
    "45/BC-SGDĐT",
    "ngày 03 tháng 4 năm 2024",
    "Kết quả công tác cải cách hành chính quý I năm 2024",
    f"{ND09}\n\nThực hiện Kế hoạch số 175/KH-SGDĐT ngày 28/12/2023, Sở Giáo dục và Đào tạo báo cáo kết quả cải cách hành chính quý I năm 2024 (số liệu tính từ ngày 15/12/2023 đến ngày 14/3/2024) như sau:",
    """1. Công tác kiểm tra: ban hành Kế hoạch số 18/KH-SGDĐT ngày 25/01/2024 kiểm tra công tác cải cách hành chính tại 12 trường trung học phổ thông.

2. Công tác tuyên truyền: ban hành Kế hoạch số 30/KH-SGDĐT ngày 04/3/2024.

3. Thủ tục hành chính: trong quý I năm 2024, Sở tiếp nhận 1.402 hồ sơ (cùng kỳ năm 2023: 1.245 hồ sơ), trong đó 789 hồ sơ trực tuyến (đạt 56,3%; chỉ tiêu năm 2024 tối thiểu 60%).""",
    "1. Sửa đổi Quy trình nội bộ giải quyết thủ tục hành chính.\n\n2. Ban hành Quy chế quản lý, sử dụng chữ ký số.",
    KHANH,
)

QD_52_2024 = decision(
    "52/QĐ-SGDĐT",
    "ngày 16 tháng 4 năm 2024",
    "Sửa đổi Điều 5 Quy trình nội bộ giải quyết thủ tục hành chính ban hành kèm theo Quyết định số 66/QĐ-SGDĐT ngày 12/5/2023",
    f"{ND61}\n\nCăn cứ Quyết định số 66/QĐ-SGDĐT ngày 12/5/2023 của Giám đốc Sở Giáo dục và Đào tạo;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Sửa đổi Điều 5 Quy trình nội bộ giải quyết thủ tục hành chính ban hành kèm theo Quyết định số 66/QĐ-SGDĐT ngày 12/5/2023 như sau:

"Điều 5. Thời hạn chuyển hồ sơ: hồ sơ trực tuyến được chuyển ngay trên Hệ thống thông tin giải quyết thủ tục hành chính; hồ sơ giấy được chuyển đến phòng chuyên môn chậm nhất 04 giờ làm việc kể từ khi tiếp nhận."

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2024. Các điều khác của Quy trình giữ nguyên.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    THANH,
)

QD_58_2024 = decision(
    "58/QĐ-SGDĐT",
    "ngày 10 tháng 5 năm 2024",
    "Ban hành Quy chế quản lý, sử dụng chữ ký số, chứng thư số tại Sở Giáo dục và Đào tạo",
    f"{ND30}\n\n{FUNCS}\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số, chứng thư số tại Sở Giáo dục và Đào tạo.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở và công chức được cấp chứng thư số chịu trách nhiệm thi hành Quyết định này./.""",
    THANH,
    annex="""
QUY CHẾ

Điều 4. Văn bản điện tử đi của Sở được ký số bởi người có thẩm quyền và ký số của cơ quan trước khi phát hành.

Điều 7. Văn thư Sở quản lý thiết bị lưu khóa bí mật của cơ quan; không mang thiết bị ra khỏi trụ sở.
""",
)

QD_1120_2024 = decision(
    "1120/QĐ-UBND",
    "ngày 20 tháng 5 năm 2024",
    "Công bố Danh mục thủ tục hành chính lĩnh vực giáo dục và đào tạo thuộc thẩm quyền giải quyết của Sở Giáo dục và Đào tạo tỉnh Hải Minh",
    f"{LUAT_2015}\n\n{ND63}\n\n{ND61}\n\nTheo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 49/TTr-SGDĐT ngày 08/4/2024.",
    """Điều 1. Công bố kèm theo Quyết định này Danh mục 18 thủ tục hành chính lĩnh vực giáo dục và đào tạo thuộc thẩm quyền giải quyết của Sở Giáo dục và Đào tạo tỉnh Hải Minh.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 1530/QĐ-UBND ngày 15/7/2022 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo và các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.""",
    NGAN,
    issuer=UB,
    who=CT_WHO,
    to="- Như Điều 3;\n- Cục Kiểm soát thủ tục hành chính - Văn phòng Chính phủ;\n- Trung tâm Phục vụ hành chính công tỉnh;\n- Lưu: VT, KSTT.",
)
LIST_1120 = [
    ["STT", "Nhóm thủ tục", "Số thủ tục"],
    ["1", "Văn bằng, chứng chỉ", "6"],
    ["2", "Thi, tuyển sinh", "4"],
    ["3", "Cơ sở giáo dục phổ thông, giáo dục thường xuyên", "5"],
    ["4", "Giáo dục nghề nghiệp và giáo dục khác", "3"],
    ["", "Tổng cộng", "18"],
]

BC_74_2024 = report(
    "74/BC-SGDĐT",
    "ngày 14 tháng 6 năm 2024",
    "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024",
    f"{ND09}\n\nSở Giáo dục và Đào tạo báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2024 (thời gian chốt số liệu từ ngày 15/12/2023 đến ngày 14/6/2024) như sau:",
    """1. Công tác kiểm tra: triển khai Kế hoạch số 18/KH-SGDĐT ngày 25/01/2024; kiện toàn Tổ kiểm tra cải cách hành chính của Sở tại Quyết định số 60/QĐ-SGDĐT ngày 27/5/2024; đã kiểm tra 05/12 trường.

2. Công tác tuyên truyền: thực hiện Kế hoạch số 30/KH-SGDĐT ngày 04/3/2024, đăng tải 23 tin, bài.

3. Thủ tục hành chính: sửa đổi Điều 5 Quy trình nội bộ (Quyết định số 52/QĐ-SGDĐT ngày 16/4/2024, áp dụng từ ngày 01/5/2024); Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục 18 thủ tục hành chính tại Quyết định số 1120/QĐ-UBND ngày 20/5/2024. 6 tháng đầu năm 2024, Sở tiếp nhận 2.910 hồ sơ (quý II: 1.508 hồ sơ), tăng 12,8% so với cùng kỳ năm 2023 (2.580 hồ sơ); trong đó 1.690 hồ sơ trực tuyến, đạt 58,1% (chỉ tiêu năm: tối thiểu 60%).

4. Chính quyền số: ban hành Quy chế quản lý, sử dụng chữ ký số, chứng thư số kèm theo Quyết định số 58/QĐ-SGDĐT ngày 10/5/2024.""",
    "1. Tuyên truyền cải cách hành chính 6 tháng cuối năm.\n\n2. Hoàn thành kiểm tra 07 trường còn lại trong quý III.",
    HONG,
)

KH_79_2024 = paper(
    "79/KH-SGDĐT",
    "ngày 24 tháng 6 năm 2024",
    "KẾ HOẠCH",
    "Tuyên truyền cải cách hành chính 6 tháng cuối năm 2024",
    """Tiếp theo Kế hoạch số 30/KH-SGDĐT ngày 04/3/2024, Sở Giáo dục và Đào tạo ban hành Kế hoạch tuyên truyền cải cách hành chính 6 tháng cuối năm 2024 (từ ngày 01/7/2024 đến ngày 31/12/2024):

1. Tuyên truyền dịch vụ công trực tuyến trong mùa tuyển sinh lớp 10 và đầu năm học 2024 - 2025.

2. Đăng tải tối thiểu 20 tin, bài trên Trang thông tin điện tử của Sở.

3. Phát hành tờ gấp hướng dẫn nộp hồ sơ trực tuyến tại các trường trung học phổ thông.""",
    HONG,
)

QD_96_2024 = decision(
    "96/QĐ-SGDĐT",
    "ngày 15 tháng 7 năm 2024",
    "Ban hành Quy định tạm thời về tiếp nhận hồ sơ, trả kết quả thủ tục cấp bản sao văn bằng, chứng chỉ qua dịch vụ bưu chính công ích",
    f"{ND61}\n\n{FUNCS}\n\nTheo đề nghị của Trưởng phòng Quản lý chất lượng và Chánh Văn phòng Sở.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy định tạm thời về tiếp nhận hồ sơ, trả kết quả thủ tục cấp bản sao văn bằng, chứng chỉ từ sổ gốc qua dịch vụ bưu chính công ích.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2024.

Điều 3. Chánh Văn phòng, Trưởng phòng Quản lý chất lượng và các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.""",
    KHANH,
)

CV_1187_2024 = paper(
    "1187/SGDĐT-VP",
    "ngày 12 tháng 8 năm 2024",
    "",
    "V/v tăng cường tuyên truyền, hướng dẫn nộp hồ sơ tuyển sinh và cấp bản sao văn bằng trực tuyến",
    """Kính gửi: Hiệu trưởng các trường trung học phổ thông, Giám đốc các trung tâm giáo dục thường xuyên.

Thực hiện Kế hoạch số 79/KH-SGDĐT ngày 24/6/2024 về tuyên truyền cải cách hành chính 6 tháng cuối năm 2024, Sở Giáo dục và Đào tạo đề nghị các đơn vị:

1. Niêm yết hướng dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công của tỉnh tại bảng tin nhà trường.

2. Cử giáo viên hỗ trợ phụ huynh, học sinh tạo tài khoản định danh điện tử và nộp hồ sơ trực tuyến.

3. Báo cáo kết quả về Sở (qua Văn phòng) trước ngày 30/9/2024.""",
    YEN,
    "- Như trên;\n- Giám đốc Sở (để b/c);\n- Lưu: VT, VP.",
)

BC_118_2024 = report(
    "118/BC-SGDĐT",
    "ngày 18 tháng 9 năm 2024",
    "Kết quả công tác cải cách hành chính 9 tháng năm 2024",
    "Sở Giáo dục và Đào tạo báo cáo kết quả cải cách hành chính 9 tháng năm 2024 (số liệu từ ngày 15/12/2023 đến ngày 14/9/2024) như sau:",
    """1. Công tác kiểm tra: hoàn thành kiểm tra 12/12 trường theo Kế hoạch số 18/KH-SGDĐT ngày 25/01/2024.

2. Công tác tuyên truyền: triển khai Kế hoạch số 79/KH-SGDĐT ngày 24/6/2024; Công văn số 1187/SGDĐT-VP ngày 12/8/2024 hướng dẫn các trường tuyên truyền dịch vụ công trực tuyến.

3. Thủ tục hành chính: ban hành Quy định tạm thời tiếp nhận, trả kết quả cấp bản sao văn bằng qua bưu chính công ích (Quyết định số 96/QĐ-SGDĐT ngày 15/7/2024, áp dụng từ ngày 01/8/2024). Trong quý III năm 2024, Sở tiếp nhận 1.455 hồ sơ; lũy kế 9 tháng tiếp nhận 4.365 hồ sơ, tăng 10,2% so với cùng kỳ năm 2023 (3.960 hồ sơ); trong đó 2.558 hồ sơ trực tuyến (đạt 58,6%).""",
    "1. Rà soát văn bản quy phạm pháp luật trong lĩnh vực giáo dục.\n\n2. Phấn đấu đạt chỉ tiêu 60% hồ sơ trực tuyến.",
    KHANH,
)

KH_130_2024 = paper(
    "130/KH-SGDĐT",
    "ngày 10 tháng 10 năm 2024",
    "KẾ HOẠCH",
    "Rà soát, hệ thống hóa văn bản quy phạm pháp luật trong lĩnh vực giáo dục và đào tạo do Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành",
    """Thực hiện Kế hoạch số 175/KH-SGDĐT ngày 28/12/2023, Sở Giáo dục và Đào tạo ban hành Kế hoạch rà soát như sau:

1. Phạm vi: các nghị quyết của Hội đồng nhân dân tỉnh, quyết định của Ủy ban nhân dân tỉnh về giáo dục và đào tạo còn hiệu lực đến ngày 30/9/2024.

2. Kết quả: lập danh mục văn bản đề nghị sửa đổi, bổ sung, thay thế, bãi bỏ; gửi Sở Tư pháp trước ngày 30/11/2024.

3. Phòng Tổ chức cán bộ - Pháp chế chủ trì, các phòng chuyên môn phối hợp.""",
    KHANH,
)

BC_165_2024 = report(
    "165/BC-SGDĐT",
    "ngày 16 tháng 12 năm 2024",
    "Kết quả công tác cải cách hành chính năm 2024",
    f"{ND09}\n\nThực hiện Kế hoạch số 175/KH-SGDĐT ngày 28/12/2023, Sở Giáo dục và Đào tạo báo cáo kết quả cải cách hành chính năm 2024 (số liệu từ ngày 15/12/2023 đến ngày 14/12/2024) như sau:",
    """1. Công tác kiểm tra: kiểm tra 12/12 trường theo Kế hoạch số 18/KH-SGDĐT ngày 25/01/2024.

2. Công tác tuyên truyền: Kế hoạch số 30/KH-SGDĐT ngày 04/3/2024 và Kế hoạch số 79/KH-SGDĐT ngày 24/6/2024; đăng tải 47 tin, bài.

3. Cải cách thể chế: rà soát văn bản quy phạm pháp luật theo Kế hoạch số 130/KH-SGDĐT ngày 10/10/2024, đề nghị bãi bỏ 02 quyết định của Ủy ban nhân dân tỉnh.

4. Thủ tục hành chính: Quyết định số 52/QĐ-SGDĐT ngày 16/4/2024; Quyết định số 1120/QĐ-UBND ngày 20/5/2024; Quyết định số 96/QĐ-SGDĐT ngày 15/7/2024. Năm 2024, Sở tiếp nhận 5.755 hồ sơ, tăng 9,2% so với năm 2023 (5.270 hồ sơ); trong đó 3.430 hồ sơ trực tuyến, đạt 59,6% (chưa đạt chỉ tiêu 60%).

5. Chính quyền số: Quy chế quản lý, sử dụng chữ ký số kèm theo Quyết định số 58/QĐ-SGDĐT ngày 10/5/2024.

Số hồ sơ thủ tục hành chính tiếp nhận theo quý năm 2024:""",
    "1. Triển khai Kế hoạch cải cách hành chính năm 2025.\n\n2. Phấn đấu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 70%.",
    THANH,
)
QUARTERS_2024 = [
    ["Quý", "Hồ sơ tiếp nhận trong quý", "Lũy kế từ đầu năm", "Cùng kỳ năm 2023 (lũy kế)"],
    ["Quý I", "1.402", "1.402", "1.245"],
    ["Quý II", "1.508", "2.910", "2.580"],
    ["Quý III", "1.455", "4.365", "3.960"],
    ["Quý IV", "1.390", "5.755", "5.270"],
]

QD_170_2024 = decision(
    "170/QĐ-SGDĐT",
    "ngày 20 tháng 12 năm 2024",
    "Ban hành Quy chế chi tiêu nội bộ của Văn phòng Sở Giáo dục và Đào tạo áp dụng từ năm 2025",
    f"{ND130}\n\n{FUNCS}\n\nTheo đề nghị của Chánh Văn phòng Sở và Trưởng phòng Kế hoạch - Tài chính.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Văn phòng Sở Giáo dục và Đào tạo.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2025 và thay thế Quyết định số 33/QĐ-SGDĐT ngày 02/3/2023 của Giám đốc Sở.

Điều 3. Chánh Văn phòng, Trưởng phòng Kế hoạch - Tài chính, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    THANH,
    annex="""
QUY CHẾ CHI TIÊU NỘI BỘ

Điều 5. Phụ cấp lưu trú khi đi công tác trong tỉnh: 200.000 đồng/người/ngày.

Điều 11. Kinh phí tiết kiệm được chi thu nhập tăng thêm theo kết quả đánh giá, xếp loại công chức.
""",
)

KH_172_2024 = paper(
    "172/KH-SGDĐT",
    "ngày 26 tháng 12 năm 2024",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2025 của Sở Giáo dục và Đào tạo",
    f"""{NQ76}

Thực hiện Kế hoạch số 205/KH-UBND ngày 20/12/2024 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2025, Sở Giáo dục và Đào tạo ban hành Kế hoạch cải cách hành chính năm 2025:

1. Kiểm tra công tác cải cách hành chính tại 15 đơn vị trực thuộc.

2. Tuyên truyền cải cách hành chính cả năm và theo từng 6 tháng.

3. Ban hành Quy trình nội bộ giải quyết thủ tục hành chính mới; rà soát, đơn giản hóa thủ tục hành chính; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt tối thiểu 70%.

4. Thí điểm trả kết quả bản điện tử đối với thủ tục cấp bản sao văn bằng.

5. Ban hành Quy chế quản lý, sử dụng chữ ký số mới thay cho Quy chế năm 2024.

Kế hoạch được thực hiện từ ngày 01/01/2025 đến ngày 31/12/2025.""",
    THANH,
)

EARLY: list[Sample] = [
    Sample("KH CCHC nam 2023.txt", "txt", (KH_05_2023,)),
    Sample("QD 28 quy che lam viec 2023.docx", "docx", (QD_28_2023,), title="QĐ 28/QĐ-SGDĐT (MẪU)"),
    Sample("BC quy I 2023.txt", "txt", (BC_41_2023,)),
    Sample(
        "QD 66 quy trinh noi bo TTHC.pdf",
        "pdf",
        (QD_66_2023,),
        title="QĐ 66/QĐ-SGDĐT (MẪU, hư cấu)",
    ),
    Sample(
        "BC 6 thang dau nam 2023.pdf", "pdf", (BC_78_2023,), title="BC 78/BC-SGDĐT (MẪU, hư cấu)"
    ),
    Sample("bc 9 thang 2023.txt", "txt", (BC_121_2023,)),
    Sample(
        "BC CCHC nam 2023.docx",
        "docx",
        (BC_168_2023.split("II. NHIỆM VỤ TRỌNG TÂM")[0],),
        table=QUARTERS_2023,
        after="II. NHIỆM VỤ TRỌNG TÂM" + BC_168_2023.split("II. NHIỆM VỤ TRỌNG TÂM")[1],
        title="BC 168/BC-SGDĐT (MẪU)",
    ),
    Sample("KH CCHC 2024 (ky 28-12-2023).txt", "txt", (KH_175_2023,)),
    Sample("KH kiem tra CCHC 2024.txt", "txt", (KH_18_2024,)),
    Sample("KH tuyen truyen CCHC 2024.docx", "docx", (KH_30_2024,), title="KH 30/KH-SGDĐT (MẪU)"),
    Sample("bc quy 1-2024.txt", "txt", (BC_45_2024,)),
    Sample("QD 52 sua doi Dieu 5 quy trinh.txt", "txt", (QD_52_2024,)),
    Sample("QD 58 quy che chu ky so.docx", "docx", (QD_58_2024,), title="QĐ 58/QĐ-SGDĐT (MẪU)"),
    Sample(
        "QD 1120-QD-UBND danh muc TTHC giao duc.docx",
        "docx",
        (QD_1120_2024,),
        table=LIST_1120,
        after="(Nội dung cụ thể từng thủ tục được công khai trên Cổng Dịch vụ công của tỉnh.)",
        title="QĐ 1120/QĐ-UBND (MẪU)",
    ),
    Sample("BC 6 thang 2024.pdf", "pdf", (BC_74_2024,), title="BC 74/BC-SGDĐT (MẪU, hư cấu)"),
    Sample("KH 79 tuyen truyen 6 thang cuoi nam 2024.txt", "txt", (KH_79_2024,)),
    Sample("QD 96 quy dinh tam thoi buu chinh.txt", "txt", (QD_96_2024,)),
    Sample("CV 1187 tuyen truyen DVC truc tuyen.txt", "txt", (CV_1187_2024,)),
    Sample("BC 9 thang 2024.txt", "txt", (BC_118_2024,)),
    Sample(
        "KH 130 ra soat VBQPPL 2024.pdf",
        "pdf",
        (KH_130_2024,),
        title="KH 130/KH-SGDĐT (MẪU, hư cấu)",
    ),
    Sample(
        "BC CCHC nam 2024.docx",
        "docx",
        (BC_165_2024.split("II. NHIỆM VỤ TRỌNG TÂM")[0],),
        table=QUARTERS_2024,
        after="II. NHIỆM VỤ TRỌNG TÂM" + BC_165_2024.split("II. NHIỆM VỤ TRỌNG TÂM")[1],
        title="BC 165/BC-SGDĐT (MẪU)",
    ),
    Sample(
        "QD 170 quy che chi tieu noi bo 2025.docx",
        "docx",
        (QD_170_2024,),
        title="QĐ 170/QĐ-SGDĐT (MẪU)",
    ),
    Sample("KH CCHC nam 2025.txt", "txt", (KH_172_2024,)),
]
