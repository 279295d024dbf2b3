"""Twenty-second held-out archive, 2025 – 2026: the Sở Giáo dục và Đào tạo of tỉnh Hải Minh
(fictional) and the Chủ tịch UBND tỉnh's list of its procedures. Do not tune on it.

Boundary traps of the parts of a year: the quý I report issued in April, the 6-month report
in mid-June closing its figures on 14/6, a procedure signed on 30/6/2025 effective 01/7, the
Chủ tịch's list signed on 01/7/2025, a plan for "6 tháng cuối năm" signed in June, a decision of
quý III replaced within quý III, the 9-month report issued in September, the next year's plan
signed on 29/12; lives: replaced, amended, an article repealed, an article suspended to a stated
day, a pilot extended then ended by its time, a decision declared "hết hiệu lực", a DỰ THẢO.
Written by hand; facts in ``bench/data/heldout22_archive_truth.json``.
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
    NGAN,
    NQ76,
    THANH,
    UB,
    YEN,
    decision,
    head,
    paper,
    report,
)
from sample_header import Sample

FUNCS25 = "Căn cứ Quyết định số 23/2025/QĐ-UBND ngày 28/8/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo tỉnh Hải Minh;"

# ---------------------------------------------------------------- 2025
QD_12_2025 = decision(
    "12/QĐ-SGDĐT",
    "ngày 13 tháng 01 năm 2025",
    "Giao nhiệm vụ cải cách hành chính năm 2025 cho các phòng, đơn vị thuộc Sở",
    f"{FUNCS}\n\nCăn cứ Kế hoạch số 172/KH-SGDĐT ngày 26/12/2024 của Sở Giáo dục và Đào tạo về cải cách hành chính năm 2025;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Giao nhiệm vụ cải cách hành chính năm 2025 cho các phòng thuộc Sở và các đơn vị trực thuộc theo Phụ lục kèm theo Quyết định này; mỗi nhiệm vụ ghi rõ đơn vị chủ trì, thời hạn hoàn thành theo quý.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở, Thủ trưởng các đơn vị trực thuộc chịu trách nhiệm thi hành Quyết định này./.""",
    THANH,
    annex="""
PHỤ LỤC: NHIỆM VỤ THEO QUÝ

Quý I: Kế hoạch kiểm tra, Kế hoạch tuyên truyền (Văn phòng); thí điểm bản sao văn bằng điện tử (Phòng Quản lý chất lượng).

Quý II: Quy chế chữ ký số mới (Văn phòng); rà soát, đơn giản hóa thủ tục hành chính; Quy trình nội bộ mới (Văn phòng).

Quý III, quý IV: kiểm tra 15 đơn vị; tổng kết năm.
""",
)

KH_15_2025 = paper(
    "15/KH-SGDĐT",
    "ngày 10 tháng 02 năm 2025",
    "KẾ HOẠCH",
    "Kiểm tra công tác cải cách hành chính năm 2025 tại các đơn vị trực thuộc",
    """Thực hiện Kế hoạch số 172/KH-SGDĐT ngày 26/12/2024, Sở Giáo dục và Đào tạo ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2025:

1. Đối tượng: 15 đơn vị trực thuộc (10 trường trung học phổ thông, 05 trung tâm giáo dục thường xuyên).

2. Nội dung: công khai thủ tục hành chính, tiếp nhận hồ sơ trực tuyến, ký số văn bản, kỷ luật, kỷ cương hành chính.

3. Thời gian: quý II và quý III năm 2025.""",
    KHANH,
)

KH_20_2025 = paper(
    "20/KH-SGDĐT",
    "ngày 24 tháng 02 năm 2025",
    "KẾ HOẠCH",
    "Tuyên truyền cải cách hành chính năm 2025 của ngành Giáo dục và Đào tạo",
    """Thực hiện Kế hoạch số 172/KH-SGDĐT ngày 26/12/2024, Sở Giáo dục và Đào tạo ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025:

1. Đăng tải tối thiểu 50 tin, bài về cải cách hành chính trên Trang thông tin điện tử của Sở.

2. Xây dựng chuyên mục "Dịch vụ công trực tuyến ngành Giáo dục" trên Trang thông tin điện tử.

3. Tuyên truyền thí điểm trả bản sao văn bằng điện tử tới người học.""",
    HONG,
)

QD_31_2025 = decision(
    "31/QĐ-SGDĐT",
    "ngày 17 tháng 3 năm 2025",
    "Thí điểm trả kết quả bản điện tử thủ tục cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
    f"{ND61}\n\n{FUNCS}\n\nTheo đề nghị của Trưởng phòng Quản lý chất lượng.",
    """Điều 1. Thí điểm trả kết quả bản điện tử (có chữ ký số của Sở) đối với thủ tục cấp bản sao văn bằng, chứng chỉ từ sổ gốc cho người nộp hồ sơ trực tuyến.

Điều 2. Phòng Quản lý chất lượng chủ trì; Văn phòng Sở bảo đảm hạ tầng ký số.

Điều 3. Thời gian thí điểm: từ ngày 01 tháng 4 năm 2025 đến hết ngày 30 tháng 9 năm 2025.

Điều 4. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2025. Chánh Văn phòng, Trưởng phòng Quản lý chất lượng chịu trách nhiệm thi hành Quyết định này./.""",
    KHANH,
    to="- Như Điều 4;\n- Trung tâm Phục vụ hành chính công tỉnh;\n- Lưu: VT, QLCL.",
)

BC_40_2025 = report(
    "40/BC-SGDĐT",
    "ngày 03 tháng 4 năm 2025",
    "Kết quả công tác cải cách hành chính quý I năm 2025",
    f"{ND09}\n\nThực hiện Kế hoạch số 172/KH-SGDĐT ngày 26/12/2024, Sở Giáo dục và Đào tạo báo cáo kết quả cải cách hành chính quý I năm 2025 (số liệu tính từ ngày 15/12/2024 đến ngày 14/3/2025) như sau:",
    """1. Chỉ đạo, điều hành: giao nhiệm vụ cải cách hành chính năm 2025 cho các phòng, đơn vị tại Quyết định số 12/QĐ-SGDĐT ngày 13/01/2025.

2. Kiểm tra, tuyên truyền: ban hành Kế hoạch số 15/KH-SGDĐT ngày 10/02/2025 và Kế hoạch số 20/KH-SGDĐT ngày 24/02/2025.

3. Tài chính công: áp dụng Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 170/QĐ-SGDĐT ngày 20/12/2024 từ ngày 01/01/2025.

4. Thủ tục hành chính, chính quyền số: thí điểm trả kết quả bản sao văn bằng điện tử từ ngày 01/4/2025 (Quyết định số 31/QĐ-SGDĐT ngày 17/3/2025). Trong quý I năm 2025, Sở tiếp nhận 1.536 hồ sơ, tăng so với cùng kỳ năm 2024 (1.402 hồ sơ) và so với quý trước (quý IV năm 2024: 1.390 hồ sơ); trong đó 998 hồ sơ trực tuyến, đạt 65,0% (chỉ tiêu năm 2025: tối thiểu 70%).""",
    "1. Ban hành Quy chế chữ ký số mới.\n\n2. Rà soát, đơn giản hóa thủ tục hành chính.",
    KHANH,
)

QD_48_2025 = decision(
    "48/QĐ-SGDĐT",
    "ngày 21 tháng 4 năm 2025",
    "Ban hành Quy chế quản lý, sử dụng chữ ký số, chứng thư số tại Sở Giáo dục và Đào tạo",
    f"{ND30}\n\n{FUNCS}\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số, chứng thư số tại Sở Giáo dục và Đào tạo.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2025 và thay thế Quyết định số 58/QĐ-SGDĐT ngày 10/5/2024 của Giám đốc Sở.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở và công chức được cấp chứng thư số chịu trách nhiệm thi hành Quyết định này./.""",
    THANH,
    annex="""
QUY CHẾ

Điều 4. Văn bản điện tử đi của Sở được ký số trước khi phát hành trên Hệ thống quản lý văn bản và điều hành.

Điều 7. Lãnh đạo Sở được sử dụng chữ ký số từ xa (ký số trên thiết bị di động) đối với văn bản điện tử khi đi công tác.

Điều 9. Bản sao văn bằng điện tử trả cho người học được ký số bằng chứng thư số của cơ quan.
""",
)

KH_55_2025 = paper(
    "55/KH-SGDĐT",
    "ngày 12 tháng 5 năm 2025",
    "KẾ HOẠCH",
    "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực giáo dục và đào tạo năm 2025",
    f"""{ND63}

Thực hiện Kế hoạch số 172/KH-SGDĐT ngày 26/12/2024, Sở Giáo dục và Đào tạo ban hành Kế hoạch rà soát, đơn giản hóa thủ tục hành chính năm 2025:

1. Rà soát 18 thủ tục hành chính đã công bố tại Quyết định số 1120/QĐ-UBND ngày 20/5/2024 của Chủ tịch Ủy ban nhân dân tỉnh.

2. Đề xuất cắt giảm tối thiểu 20% thời gian giải quyết đối với thủ tục cấp bản sao văn bằng, chứng chỉ.

3. Trình Chủ tịch Ủy ban nhân dân tỉnh công bố danh mục mới trong tháng 6/2025.""",
    HONG,
)

QD_64_2025 = decision(
    "64/QĐ-SGDĐT",
    "ngày 26 tháng 5 năm 2025",
    "Giao chỉ tiêu tuyển sinh lớp 10 trung học phổ thông công lập năm học 2025 - 2026",
    f"{FUNCS}\n\nCăn cứ Quyết định giao kế hoạch phát triển giáo dục năm học 2025 - 2026 của Ủy ban nhân dân tỉnh;\n\nTheo đề nghị của Trưởng phòng Giáo dục Trung học.",
    """Điều 1. Giao chỉ tiêu tuyển sinh lớp 10 năm học 2025 - 2026 cho 32 trường trung học phổ thông công lập: tổng số 14.280 học sinh, 357 lớp (chi tiết tại Phụ lục).

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Trưởng phòng Giáo dục Trung học, Hiệu trưởng các trường trung học phổ thông chịu trách nhiệm thi hành Quyết định này./.""",
    HONG,
)

BC_68_2025 = report(
    "68/BC-SGDĐT",
    "ngày 13 tháng 6 năm 2025",
    "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2025",
    f"{ND09}\n\nThực hiện Kế hoạch số 172/KH-SGDĐT ngày 26/12/2024, Sở Giáo dục và Đào tạo báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2025 (thời gian chốt số liệu từ ngày 15/12/2024 đến ngày 14/6/2025) như sau:",
    """1. Chỉ đạo, điều hành: Quyết định số 12/QĐ-SGDĐT ngày 13/01/2025 giao nhiệm vụ cho các phòng, đơn vị; báo cáo năm 2024 (Báo cáo số 165/BC-SGDĐT ngày 16/12/2024) và báo cáo quý I (Báo cáo số 40/BC-SGDĐT ngày 03/4/2025) gửi đúng hạn.

2. Công tác kiểm tra: triển khai Kế hoạch số 15/KH-SGDĐT ngày 10/02/2025; kiện toàn Tổ kiểm tra cải cách hành chính tại Quyết định số 62/QĐ-SGDĐT ngày 20/5/2025; đã kiểm tra 06/15 đơn vị.

3. Công tác tuyên truyền: thực hiện Kế hoạch số 20/KH-SGDĐT ngày 24/02/2025, đăng tải 28 tin, bài.

4. Thủ tục hành chính: ban hành Kế hoạch số 55/KH-SGDĐT ngày 12/5/2025 rà soát, đơn giản hóa thủ tục hành chính. 6 tháng đầu năm 2025, Sở tiếp nhận 3.160 hồ sơ (quý II: 1.624 hồ sơ), tăng 8,6% so với cùng kỳ năm 2024 (2.910 hồ sơ); trong đó 2.101 hồ sơ trực tuyến, đạt 66,5% (chỉ tiêu năm: tối thiểu 70%).

5. Chính quyền số: Quy chế quản lý, sử dụng chữ ký số, chứng thư số mới kèm theo Quyết định số 48/QĐ-SGDĐT ngày 21/4/2025, áp dụng từ ngày 01/5/2025; thí điểm trả bản sao văn bằng điện tử (Quyết định số 31/QĐ-SGDĐT ngày 17/3/2025) đã trả 412 bản.

6. Tài chính công: thực hiện Quy chế chi tiêu nội bộ theo Quyết định số 170/QĐ-SGDĐT ngày 20/12/2024.""",
    "1. Ban hành Quy trình nội bộ mới, trình công bố danh mục thủ tục hành chính.\n\n2. Tuyên truyền 6 tháng cuối năm.",
    HONG,
)

TTR_70_2025 = paper(
    "70/TTr-SGDĐT",
    "ngày 16 tháng 6 năm 2025",
    "TỜ TRÌNH",
    "Đề nghị công bố Danh mục thủ tục hành chính lĩnh vực giáo dục và đào tạo thuộc thẩm quyền giải quyết của Sở Giáo dục và Đào tạo",
    """Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh.

Thực hiện Kế hoạch số 55/KH-SGDĐT ngày 12/5/2025 về rà soát, đơn giản hóa thủ tục hành chính, Sở Giáo dục và Đào tạo kính trình Chủ tịch Ủy ban nhân dân tỉnh:

1. Công bố Danh mục 20 thủ tục hành chính lĩnh vực giáo dục và đào tạo thuộc thẩm quyền giải quyết của Sở (bổ sung 02 thủ tục mới).

2. Thay thế Danh mục đã công bố tại Quyết định số 1120/QĐ-UBND ngày 20/5/2024.

(Dự thảo Quyết định kèm theo.)""",
    THANH,
    "- Như trên;\n- Văn phòng UBND tỉnh;\n- Lưu: VT, VP.",
)

KH_72_2025 = paper(
    "72/KH-SGDĐT",
    "ngày 20 tháng 6 năm 2025",
    "KẾ HOẠCH",
    "Tuyên truyền cải cách hành chính 6 tháng cuối năm 2025",
    """Tiếp theo Kế hoạch số 20/KH-SGDĐT ngày 24/02/2025, Sở Giáo dục và Đào tạo ban hành Kế hoạch tuyên truyền cải cách hành chính 6 tháng cuối năm 2025 (từ ngày 01/7/2025 đến ngày 31/12/2025):

1. Tuyên truyền Quy trình nội bộ mới và Danh mục thủ tục hành chính mới của ngành.

2. Tuyên truyền dịch vụ công trực tuyến trong tuyển sinh lớp 10 năm học 2025 - 2026.

3. Đăng tải tối thiểu 25 tin, bài.""",
    HONG,
)

QD_75_2025 = decision(
    "75/QĐ-SGDĐT",
    "ngày 30 tháng 6 năm 2025",
    "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực giáo dục và đào tạo thuộc thẩm quyền của Sở Giáo dục và Đào tạo",
    f"{ND61}\n\n{ND63}\n\n{FUNCS}\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực giáo dục và đào tạo thuộc thẩm quyền của Sở Giáo dục và Đào tạo.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025 và thay thế Quyết định số 66/QĐ-SGDĐT ngày 12/5/2023 và Quyết định số 52/QĐ-SGDĐT ngày 16/4/2024 của Giám đốc Sở Giáo dục và Đào tạo.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    THANH,
    annex="""
QUY TRÌNH NỘI BỘ

Điều 4. Hồ sơ trực tuyến được chuyển ngay trên Hệ thống thông tin giải quyết thủ tục hành chính; hồ sơ giấy được số hóa và chuyển chậm nhất 04 giờ làm việc.

Điều 6. Kết quả giải quyết được trả bản điện tử có chữ ký số, hoặc bản giấy tại Trung tâm Phục vụ hành chính công tỉnh.
""",
)

QD_1425_2025 = decision(
    "1425/QĐ-UBND",
    "ngày 01 tháng 7 năm 2025",
    "Công bố Danh mục thủ tục hành chính lĩnh vực giáo dục và đào tạo thuộc thẩm quyền giải quyết của Sở Giáo dục và Đào tạo tỉnh Hải Minh",
    f"{LUAT_2015}\n\n{ND63}\n\n{ND61}\n\nTheo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 70/TTr-SGDĐT ngày 16/6/2025.",
    """Điều 1. Công bố kèm theo Quyết định này Danh mục 20 thủ tục hành chính lĩnh vực giáo dục và đào tạo thuộc thẩm quyền giải quyết của Sở Giáo dục và Đào tạo tỉnh Hải Minh.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 1120/QĐ-UBND ngày 20/5/2024 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo và các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.""",
    NGAN,
    issuer=UB,
    who=CT_WHO,
    to="- Như Điều 3;\n- Cục Kiểm soát thủ tục hành chính - Văn phòng Chính phủ;\n- Trung tâm Phục vụ hành chính công tỉnh;\n- Lưu: VT, KSTT.",
)
LIST_1425 = [
    ["STT", "Nhóm thủ tục", "Số thủ tục"],
    ["1", "Văn bằng, chứng chỉ", "7"],
    ["2", "Thi, tuyển sinh", "5"],
    ["3", "Cơ sở giáo dục phổ thông, giáo dục thường xuyên", "5"],
    ["4", "Giáo dục nghề nghiệp và giáo dục khác", "3"],
    ["", "Tổng cộng", "20"],
]

QD_83_2025 = decision(
    "83/QĐ-SGDĐT",
    "ngày 14 tháng 7 năm 2025",
    "Quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng và các phòng chuyên môn thuộc Sở Giáo dục và Đào tạo",
    f"{FUNCS}\n\nTheo đề nghị của Trưởng phòng Tổ chức cán bộ - Pháp chế.",
    """Điều 1. Quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng Sở và 06 phòng chuyên môn: Tổ chức cán bộ - Pháp chế; Kế hoạch - Tài chính; Giáo dục Mầm non; Giáo dục Tiểu học; Giáo dục Trung học; Quản lý chất lượng (chi tiết tại Quy định kèm theo).

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    THANH,
)

QD_88_2025 = decision(
    "88/QĐ-SGDĐT",
    "ngày 01 tháng 8 năm 2025",
    "Bãi bỏ Điều 8 Quy chế làm việc của Sở Giáo dục và Đào tạo ban hành kèm theo Quyết định số 28/QĐ-SGDĐT ngày 15/02/2023",
    f"{FUNCS}\n\nCăn cứ Quyết định số 28/QĐ-SGDĐT ngày 15/02/2023 của Giám đốc Sở;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Bãi bỏ Điều 8 Quy chế làm việc của Sở Giáo dục và Đào tạo ban hành kèm theo Quyết định số 28/QĐ-SGDĐT ngày 15/02/2023 (giao ban trực tiếp và lưu biên bản giấy). Các điều khác của Quy chế giữ nguyên.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Việc giao ban thực hiện trực tuyến theo lịch công tác tuần của Giám đốc Sở.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    THANH,
)

QD_90_2025 = decision(
    "90/QĐ-SGDĐT",
    "ngày 11 tháng 8 năm 2025",
    "Tạm dừng áp dụng Điều 7 Quy chế quản lý, sử dụng chữ ký số, chứng thư số ban hành kèm theo Quyết định số 48/QĐ-SGDĐT ngày 21/4/2025",
    f"{ND30}\n\nCăn cứ Quyết định số 48/QĐ-SGDĐT ngày 21/4/2025 của Giám đốc Sở;\n\nXét đề nghị của Chánh Văn phòng Sở về việc nâng cấp hệ thống ký số từ xa của tỉnh.",
    """Điều 1. Tạm dừng áp dụng Điều 7 Quy chế quản lý, sử dụng chữ ký số, chứng thư số ban hành kèm theo Quyết định số 48/QĐ-SGDĐT ngày 21/4/2025 kể từ ngày 15 tháng 8 năm 2025 đến hết ngày 15 tháng 10 năm 2025. Trong thời gian này, lãnh đạo Sở ký số văn bản tại trụ sở.

Điều 2. Hết thời hạn tạm dừng, Điều 7 của Quy chế tiếp tục được áp dụng. Các điều khác của Quy chế giữ nguyên.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành./.""",
    THANH,
)

QD_94_2025 = decision(
    "94/QĐ-SGDĐT",
    "ngày 12 tháng 9 năm 2025",
    "Quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng và các phòng chuyên môn thuộc Sở Giáo dục và Đào tạo",
    "Căn cứ Quyết định số 23/2025/QĐ-UBND ngày 28/8/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo tỉnh Hải Minh, có hiệu lực từ ngày 10/9/2025;\n\nTheo đề nghị của Trưởng phòng Tổ chức cán bộ - Pháp chế.",
    """Điều 1. Quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng Sở và 05 phòng chuyên môn: Tổ chức cán bộ - Pháp chế; Kế hoạch - Tài chính; Giáo dục Mầm non và Tiểu học; Giáo dục Trung học - Giáo dục thường xuyên; Quản lý chất lượng (chi tiết tại Quy định kèm theo).

Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 9 năm 2025 và thay thế Quyết định số 83/QĐ-SGDĐT ngày 14/7/2025 của Giám đốc Sở.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    THANH,
)

BC_101_2025 = report(
    "101/BC-SGDĐT",
    "ngày 17 tháng 9 năm 2025",
    "Kết quả công tác cải cách hành chính 9 tháng năm 2025",
    "Sở Giáo dục và Đào tạo báo cáo kết quả cải cách hành chính 9 tháng năm 2025 (số liệu từ ngày 15/12/2024 đến ngày 14/9/2025) như sau:",
    """1. Công tác kiểm tra: đã kiểm tra 13/15 đơn vị theo Kế hoạch số 15/KH-SGDĐT ngày 10/02/2025.

2. Công tác tuyên truyền: triển khai Kế hoạch số 72/KH-SGDĐT ngày 20/6/2025 về tuyên truyền 6 tháng cuối năm.

3. Tổ chức bộ máy: thực hiện Quyết định số 23/2025/QĐ-UBND ngày 28/8/2025 của Ủy ban nhân dân tỉnh, Giám đốc Sở ban hành Quyết định số 94/QĐ-SGDĐT ngày 12/9/2025 quy định chức năng, nhiệm vụ của Văn phòng và 05 phòng, thay thế Quyết định số 83/QĐ-SGDĐT ngày 14/7/2025.

4. Chế độ công vụ: bãi bỏ Điều 8 Quy chế làm việc (Quyết định số 88/QĐ-SGDĐT ngày 01/8/2025), giao ban trực tuyến.

5. Thủ tục hành chính: Quy trình nội bộ mới kèm theo Quyết định số 75/QĐ-SGDĐT ngày 30/6/2025, áp dụng từ ngày 01/7/2025; Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục 20 thủ tục hành chính tại Quyết định số 1425/QĐ-UBND ngày 01/7/2025. Trong quý III năm 2025, Sở tiếp nhận 1.702 hồ sơ; lũy kế 9 tháng tiếp nhận 4.862 hồ sơ, tăng 11,4% so với cùng kỳ năm 2024 (4.365 hồ sơ); trong đó 3.310 hồ sơ trực tuyến, đạt 68,1% (chỉ tiêu năm: tối thiểu 70%).

6. Chính quyền số: tạm dừng áp dụng Điều 7 Quy chế chữ ký số (ký số từ xa) từ ngày 15/8/2025 đến hết ngày 15/10/2025 theo Quyết định số 90/QĐ-SGDĐT ngày 11/8/2025.""",
    "1. Đánh giá thí điểm trả bản sao văn bằng điện tử (kết thúc ngày 30/9/2025).\n\n2. Phấn đấu đạt chỉ tiêu 70% hồ sơ trực tuyến.",
    KHANH,
)

QD_103_2025 = decision(
    "103/QĐ-SGDĐT",
    "ngày 22 tháng 9 năm 2025",
    "Kéo dài thời gian thí điểm trả kết quả bản điện tử thủ tục cấp bản sao văn bằng, chứng chỉ theo Quyết định số 31/QĐ-SGDĐT ngày 17/3/2025",
    f"Căn cứ Quyết định số 31/QĐ-SGDĐT ngày 17/3/2025 của Giám đốc Sở;\n\n{FUNCS25}\n\nTheo đề nghị của Trưởng phòng Quản lý chất lượng.",
    """Điều 1. Sửa đổi Điều 3 Quyết định số 31/QĐ-SGDĐT ngày 17/3/2025 như sau: "Điều 3. Thời gian thí điểm: từ ngày 01 tháng 4 năm 2025 đến hết ngày 31 tháng 12 năm 2025."

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng phòng Quản lý chất lượng chịu trách nhiệm thi hành Quyết định này./.""",
    KHANH,
)

TB_131_2025 = paper(
    "131/TB-SGDĐT",
    "ngày 05 tháng 11 năm 2025",
    "THÔNG BÁO",
    "Kết quả kiểm tra công tác cải cách hành chính năm 2025 tại các đơn vị trực thuộc",
    """Thực hiện Kế hoạch số 15/KH-SGDĐT ngày 10/02/2025, Tổ kiểm tra cải cách hành chính của Sở đã kiểm tra 15/15 đơn vị trực thuộc. Sở Giáo dục và Đào tạo thông báo kết quả như sau:

1. 12 đơn vị thực hiện tốt việc công khai thủ tục hành chính và tiếp nhận hồ sơ trực tuyến.

2. 03 đơn vị còn niêm yết thủ tục hành chính hết hiệu lực; yêu cầu khắc phục trước ngày 30/11/2025.

3. Kết quả kiểm tra là căn cứ đánh giá, xếp loại thi đua năm học 2025 - 2026.""",
    KHANH,
)

BC_150_2025 = report(
    "150/BC-SGDĐT",
    "ngày 15 tháng 12 năm 2025",
    "Kết quả công tác cải cách hành chính năm 2025",
    f"{ND09}\n\nThực hiện Kế hoạch số 172/KH-SGDĐT ngày 26/12/2024, Sở Giáo dục và Đào tạo báo cáo kết quả cải cách hành chính năm 2025 (số liệu từ ngày 15/12/2024 đến ngày 14/12/2025) như sau:",
    """1. Chỉ đạo, điều hành: Quyết định số 12/QĐ-SGDĐT ngày 13/01/2025 giao nhiệm vụ theo quý; báo cáo quý I, 6 tháng, 9 tháng gửi đúng hạn.

2. Công tác kiểm tra: kiểm tra 15/15 đơn vị (Kế hoạch số 15/KH-SGDĐT ngày 10/02/2025), thông báo kết quả tại Thông báo số 131/TB-SGDĐT ngày 05/11/2025.

3. Công tác tuyên truyền: Kế hoạch số 20/KH-SGDĐT ngày 24/02/2025 và Kế hoạch số 72/KH-SGDĐT ngày 20/6/2025; đăng tải 61 tin, bài.

4. Thủ tục hành chính: Kế hoạch số 55/KH-SGDĐT ngày 12/5/2025; Quy trình nội bộ theo Quyết định số 75/QĐ-SGDĐT ngày 30/6/2025; Danh mục 20 thủ tục theo Quyết định số 1425/QĐ-UBND ngày 01/7/2025. Năm 2025, Sở tiếp nhận 6.502 hồ sơ, tăng 13,0% so với năm 2024 (5.755 hồ sơ); trong đó 4.480 hồ sơ trực tuyến, đạt 68,9% (chưa đạt chỉ tiêu 70%).

5. Tổ chức bộ máy: Quyết định số 94/QĐ-SGDĐT ngày 12/9/2025.

6. Chế độ công vụ: Quyết định số 88/QĐ-SGDĐT ngày 01/8/2025 bãi bỏ Điều 8 Quy chế làm việc.

7. Tài chính công: thực hiện Quy chế chi tiêu nội bộ (Quyết định số 170/QĐ-SGDĐT ngày 20/12/2024).

8. Chính quyền số: Quy chế chữ ký số (Quyết định số 48/QĐ-SGDĐT ngày 21/4/2025); Điều 7 tạm dừng theo Quyết định số 90/QĐ-SGDĐT và tiếp tục áp dụng từ ngày 16/10/2025; thí điểm bản sao văn bằng điện tử kéo dài đến hết năm 2025 (Quyết định số 103/QĐ-SGDĐT ngày 22/9/2025).

Số hồ sơ thủ tục hành chính tiếp nhận theo quý năm 2025:""",
    "1. Triển khai Kế hoạch cải cách hành chính năm 2026.\n\n2. Phấn đấu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%.",
    THANH,
)
QUARTERS_2025 = [
    ["Quý", "Hồ sơ tiếp nhận trong quý", "Lũy kế từ đầu năm", "Trong đó trực tuyến (lũy kế)"],
    ["Quý I", "1.536", "1.536", "998"],
    ["Quý II", "1.624", "3.160", "2.101"],
    ["Quý III", "1.702", "4.862", "3.310"],
    ["Quý IV", "1.640", "6.502", "4.480"],
]

KH_158_2025 = paper(
    "158/KH-SGDĐT",
    "ngày 29 tháng 12 năm 2025",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2026 của Sở Giáo dục và Đào tạo",
    f"""{NQ76}

Thực hiện Kế hoạch số 220/KH-UBND ngày 24/12/2025 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2026, Sở Giáo dục và Đào tạo ban hành Kế hoạch cải cách hành chính năm 2026:

1. Ban hành Quy chế làm việc mới thay cho Quy chế năm 2023.

2. Chấm dứt tiếp nhận hồ sơ theo Quy định tạm thời qua bưu chính (Quyết định số 96/QĐ-SGDĐT ngày 15/7/2024) khi 100% kết quả bản sao văn bằng được trả bản điện tử.

3. Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt tối thiểu 80%.

4. Kiểm tra, tuyên truyền cải cách hành chính theo kế hoạch riêng.

Kế hoạch được thực hiện từ ngày 01/01/2026 đến ngày 31/12/2026.""",
    THANH,
)

# ---------------------------------------------------------------- 2026
KH_12_2026 = paper(
    "12/KH-SGDĐT",
    "ngày 15 tháng 01 năm 2026",
    "KẾ HOẠCH",
    "Tuyên truyền cải cách hành chính năm 2026 của ngành Giáo dục và Đào tạo",
    """Thực hiện Kế hoạch số 158/KH-SGDĐT ngày 29/12/2025, Sở Giáo dục và Đào tạo ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026:

1. Đăng tải tối thiểu 60 tin, bài trên Trang thông tin điện tử của Sở.

2. Tuyên truyền việc trả kết quả bản sao văn bằng điện tử chính thức từ ngày 01/01/2026.""",
    HONG,
)

KH_19_2026 = paper(
    "19/KH-SGDĐT",
    "ngày 03 tháng 02 năm 2026",
    "KẾ HOẠCH",
    "Kiểm tra công tác cải cách hành chính năm 2026",
    """Thực hiện Kế hoạch số 158/KH-SGDĐT ngày 29/12/2025, Sở Giáo dục và Đào tạo ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026:

1. Đối tượng: 16 đơn vị trực thuộc và 03 phòng thuộc Sở (tự kiểm tra).

2. Thời gian: quý II và quý III năm 2026.""",
    KHANH,
)

BC_38_2026 = report(
    "38/BC-SGDĐT",
    "ngày 06 tháng 4 năm 2026",
    "Kết quả công tác cải cách hành chính quý I năm 2026",
    f"{ND09}\n\nThực hiện Kế hoạch số 158/KH-SGDĐT ngày 29/12/2025, Sở Giáo dục và Đào tạo báo cáo kết quả cải cách hành chính quý I năm 2026 (số liệu tính từ ngày 15/12/2025 đến ngày 14/3/2026) như sau:",
    """1. Kiểm tra, tuyên truyền: ban hành Kế hoạch số 12/KH-SGDĐT ngày 15/01/2026 và Kế hoạch số 19/KH-SGDĐT ngày 03/02/2026.

2. Thủ tục hành chính, chính quyền số: thí điểm trả bản sao văn bằng điện tử kết thúc ngày 31/12/2025 theo thời hạn tại Quyết định số 103/QĐ-SGDĐT; từ ngày 01/01/2026 việc trả bản điện tử thực hiện theo Quy trình nội bộ (Quyết định số 75/QĐ-SGDĐT ngày 30/6/2025). Trong quý I năm 2026, Sở tiếp nhận 1.688 hồ sơ, tăng so với cùng kỳ năm 2025 (1.536 hồ sơ) và quý trước (quý IV năm 2025: 1.640 hồ sơ); trong đó 1.249 hồ sơ trực tuyến, đạt 74,0% (chỉ tiêu năm 2026: tối thiểu 80%).""",
    "1. Ban hành Quy chế làm việc mới.\n\n2. Chấm dứt Quy định tạm thời tiếp nhận hồ sơ qua bưu chính.",
    KHANH,
)

QD_44_2026 = decision(
    "44/QĐ-SGDĐT",
    "ngày 20 tháng 4 năm 2026",
    "Ban hành Quy chế làm việc của Sở Giáo dục và Đào tạo",
    f"{FUNCS25}\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Giáo dục và Đào tạo tỉnh Hải Minh.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 5 năm 2026 và thay thế Quyết định số 28/QĐ-SGDĐT ngày 15/02/2023 của Giám đốc Sở Giáo dục và Đào tạo.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở, Thủ trưởng các đơn vị trực thuộc chịu trách nhiệm thi hành Quyết định này./.""",
    THANH,
    annex="""
QUY CHẾ LÀM VIỆC

Điều 8. Giao ban lãnh đạo Sở thực hiện trực tuyến vào sáng thứ Hai hằng tuần; kết luận giao ban được ký số và phát hành trên Hệ thống quản lý văn bản và điều hành.
""",
)

DRAFT_44_2026 = (
    "DỰ THẢO (lần 2)\n\n"
    + head(
        "      /QĐ-SGDĐT",
        "ngày      tháng 4 năm 2026",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Giáo dục và Đào tạo",
    )
    + """
GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HẢI MINH

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Giáo dục và Đào tạo tỉnh Hải Minh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

GIÁM ĐỐC

(chưa ký)
"""
)

QD_57_2026 = decision(
    "57/QĐ-SGDĐT",
    "ngày 26 tháng 5 năm 2026",
    "Về việc Quyết định số 96/QĐ-SGDĐT ngày 15/7/2024 hết hiệu lực thi hành",
    f"{FUNCS25}\n\nCăn cứ Quyết định số 75/QĐ-SGDĐT ngày 30/6/2025 ban hành Quy trình nội bộ giải quyết thủ tục hành chính;\n\nTheo đề nghị của Trưởng phòng Quản lý chất lượng.",
    """Điều 1. Quyết định số 96/QĐ-SGDĐT ngày 15/7/2024 của Giám đốc Sở ban hành Quy định tạm thời về tiếp nhận hồ sơ, trả kết quả thủ tục cấp bản sao văn bằng, chứng chỉ qua dịch vụ bưu chính công ích hết hiệu lực thi hành kể từ ngày 01 tháng 6 năm 2026.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng phòng Quản lý chất lượng chịu trách nhiệm thi hành Quyết định này./.""",
    KHANH,
)

BC_66_2026 = report(
    "66/BC-SGDĐT",
    "ngày 12 tháng 6 năm 2026",
    "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2026",
    f"{ND09}\n\nThực hiện Kế hoạch số 158/KH-SGDĐT ngày 29/12/2025, Sở Giáo dục và Đào tạo báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2026 (thời gian chốt số liệu từ ngày 15/12/2025 đến ngày 14/6/2026) như sau:",
    """1. Kiểm tra, tuyên truyền: thực hiện Kế hoạch số 19/KH-SGDĐT ngày 03/02/2026 (đã kiểm tra 08/19 đơn vị) và Kế hoạch số 12/KH-SGDĐT ngày 15/01/2026 (32 tin, bài).

2. Chế độ công vụ: ban hành Quy chế làm việc mới kèm theo Quyết định số 44/QĐ-SGDĐT ngày 20/4/2026, áp dụng từ ngày 01/5/2026, thay thế Quyết định số 28/QĐ-SGDĐT ngày 15/02/2023.

3. Thủ tục hành chính: Quyết định số 57/QĐ-SGDĐT ngày 26/5/2026 chấm dứt Quy định tạm thời tiếp nhận hồ sơ qua bưu chính từ ngày 01/6/2026. 6 tháng đầu năm 2026, Sở tiếp nhận 3.470 hồ sơ, tăng 9,8% so với cùng kỳ năm 2025 (3.160 hồ sơ); trong đó 2.620 hồ sơ trực tuyến, đạt 75,5% (chỉ tiêu năm: tối thiểu 80%).

Số hồ sơ thủ tục hành chính tiếp nhận theo quý:""",
    "1. Tuyên truyền 6 tháng cuối năm 2026.\n\n2. Phấn đấu đạt chỉ tiêu 80% hồ sơ trực tuyến.",
    HONG,
)
QUARTERS_2026 = [
    ["Quý", "Năm 2026 (trong quý)", "Năm 2025 (cùng kỳ)", "Tỷ lệ trực tuyến năm 2026"],
    ["Quý I", "1.688", "1.536", "74,0%"],
    ["Quý II", "1.782", "1.624", "76,9%"],
    ["6 tháng", "3.470", "3.160", "75,5%"],
]

KH_70_2026 = paper(
    "70/KH-SGDĐT",
    "ngày 19 tháng 6 năm 2026",
    "KẾ HOẠCH",
    "Tuyên truyền cải cách hành chính 6 tháng cuối năm 2026",
    """Tiếp theo Kế hoạch số 12/KH-SGDĐT ngày 15/01/2026, Sở Giáo dục và Đào tạo ban hành Kế hoạch tuyên truyền cải cách hành chính 6 tháng cuối năm 2026 (từ ngày 01/7/2026 đến ngày 31/12/2026):

1. Tuyên truyền Quy chế làm việc mới và việc giao ban trực tuyến.

2. Tuyên truyền dịch vụ công trực tuyến toàn trình trong tuyển sinh năm học 2026 - 2027.""",
    HONG,
)

BC_95_2026 = report(
    "95/BC-SGDĐT",
    "ngày 16 tháng 9 năm 2026",
    "Kết quả công tác cải cách hành chính 9 tháng năm 2026",
    "Sở Giáo dục và Đào tạo báo cáo kết quả cải cách hành chính 9 tháng năm 2026 (số liệu từ ngày 15/12/2025 đến ngày 14/9/2026) như sau:",
    """1. Công tác tuyên truyền: triển khai Kế hoạch số 70/KH-SGDĐT ngày 19/6/2026.

2. Công tác kiểm tra: đã kiểm tra 17/19 đơn vị theo Kế hoạch số 19/KH-SGDĐT ngày 03/02/2026.

3. Thủ tục hành chính: trong quý III năm 2026, Sở tiếp nhận 1.850 hồ sơ; lũy kế 9 tháng tiếp nhận 5.320 hồ sơ, tăng 9,4% so với cùng kỳ năm 2025 (4.862 hồ sơ); trong đó 4.010 hồ sơ trực tuyến, đạt 75,4% (chỉ tiêu năm: tối thiểu 80%).""",
    "1. Hoàn thành kiểm tra 02 đơn vị còn lại.\n\n2. Chuẩn bị số liệu Chỉ số cải cách hành chính năm 2026.",
    KHANH,
)

CV_812_2026 = paper(
    "812/SGDĐT-VP",
    "ngày 23 tháng 11 năm 2026",
    "",
    "V/v cung cấp số liệu xác định Chỉ số cải cách hành chính năm 2026",
    """Kính gửi: Sở Nội vụ tỉnh Hải Minh.

Sở Giáo dục và Đào tạo nhận được Công văn của Sở Nội vụ đề nghị cung cấp số liệu xác định Chỉ số cải cách hành chính năm 2026. Sở Giáo dục và Đào tạo gửi kèm theo Công văn này:

1. Báo cáo số 66/BC-SGDĐT ngày 12/6/2026 (6 tháng) và Báo cáo số 95/BC-SGDĐT ngày 16/9/2026 (9 tháng).

2. Các văn bản: Quyết định số 44/QĐ-SGDĐT ngày 20/4/2026, Quyết định số 57/QĐ-SGDĐT ngày 26/5/2026, Kế hoạch số 70/KH-SGDĐT ngày 19/6/2026.

Số liệu năm 2026 được tổng hợp đầy đủ tại Báo cáo năm, chốt số liệu đến ngày 14/12/2026.""",
    YEN,
    "- Như trên;\n- Giám đốc Sở (để b/c);\n- Lưu: VT, VP.",
)

LATE: list[Sample] = [
    Sample("QD 12 giao nhiem vu CCHC 2025.txt", "txt", (QD_12_2025,)),
    Sample("KH kiem tra CCHC 2025.txt", "txt", (KH_15_2025,)),
    Sample("KH tuyen truyen CCHC 2025.docx", "docx", (KH_20_2025,), title="KH 20/KH-SGDĐT (MẪU)"),
    Sample("QD 31 thi diem ban sao van bang dien tu.txt", "txt", (QD_31_2025,)),
    Sample("BC quy I 2025.txt", "txt", (BC_40_2025,)),
    Sample(
        "QD 48 quy che chu ky so 2025.pdf",
        "pdf",
        (QD_48_2025,),
        title="QĐ 48/QĐ-SGDĐT (MẪU, hư cấu)",
    ),
    Sample("KH 55 ra soat don gian hoa TTHC 2025.txt", "txt", (KH_55_2025,)),
    Sample("QD 64 chi tieu tuyen sinh lop 10.txt", "txt", (QD_64_2025,)),
    Sample(
        "BC 6 thang dau nam 2025.pdf", "pdf", (BC_68_2025,), title="BC 68/BC-SGDĐT (MẪU, hư cấu)"
    ),
    Sample("TTr 70 cong bo danh muc TTHC 2025.txt", "txt", (TTR_70_2025,)),
    Sample("KH tuyen truyen 6 thang cuoi nam 2025.txt", "txt", (KH_72_2025,)),
    Sample("QD 75 quy trinh noi bo 2025.docx", "docx", (QD_75_2025,), title="QĐ 75/QĐ-SGDĐT (MẪU)"),
    Sample(
        "QD 1425-QD-UBND danh muc TTHC 2025.docx",
        "docx",
        (QD_1425_2025,),
        table=LIST_1425,
        after="(Nội dung cụ thể từng thủ tục được công khai trên Cổng Dịch vụ công của tỉnh.)",
        title="QĐ 1425/QĐ-UBND (MẪU)",
    ),
    Sample("QD 83 chuc nang cac phong.txt", "txt", (QD_83_2025,)),
    Sample("QD 88 bai bo Dieu 8 QCLV.txt", "txt", (QD_88_2025,)),
    Sample("QD 90 tam dung Dieu 7 QC chu ky so.txt", "txt", (QD_90_2025,)),
    Sample(
        "QD 94 chuc nang cac phong (thay QD 83).docx",
        "docx",
        (QD_94_2025,),
        title="QĐ 94/QĐ-SGDĐT (MẪU)",
    ),
    Sample("BC 9 thang 2025.txt", "txt", (BC_101_2025,)),
    Sample("QD 103 keo dai thi diem.txt", "txt", (QD_103_2025,)),
    Sample("TB 131 ket qua kiem tra CCHC 2025.txt", "txt", (TB_131_2025,)),
    Sample(
        "BC CCHC nam 2025.docx",
        "docx",
        (BC_150_2025.split("II. NHIỆM VỤ TRỌNG TÂM")[0],),
        table=QUARTERS_2025,
        after="II. NHIỆM VỤ TRỌNG TÂM" + BC_150_2025.split("II. NHIỆM VỤ TRỌNG TÂM")[1],
        title="BC 150/BC-SGDĐT (MẪU)",
    ),
    Sample("KH CCHC nam 2026.txt", "txt", (KH_158_2025,)),
    Sample("KH tuyen truyen CCHC 2026.txt", "txt", (KH_12_2026,)),
    Sample("KH kiem tra CCHC 2026.pdf", "pdf", (KH_19_2026,), title="KH 19/KH-SGDĐT (MẪU, hư cấu)"),
    Sample("BC quy I 2026.txt", "txt", (BC_38_2026,)),
    Sample(
        "QD 44 quy che lam viec 2026.pdf",
        "pdf",
        (QD_44_2026,),
        title="QĐ 44/QĐ-SGDĐT (MẪU, hư cấu)",
    ),
    Sample(
        "Du thao QC lam viec 2026.docx",
        "docx",
        (DRAFT_44_2026,),
        title="Dự thảo QĐ Quy chế làm việc",
    ),
    Sample("QD 57 het hieu luc QD 96.txt", "txt", (QD_57_2026,)),
    Sample(
        "BC 6 thang 2026.docx",
        "docx",
        (BC_66_2026.split("II. NHIỆM VỤ TRỌNG TÂM")[0],),
        table=QUARTERS_2026,
        after="II. NHIỆM VỤ TRỌNG TÂM" + BC_66_2026.split("II. NHIỆM VỤ TRỌNG TÂM")[1],
        title="BC 66/BC-SGDĐT (MẪU)",
    ),
    Sample("KH 70 tuyen truyen 6 thang cuoi nam 2026.txt", "txt", (KH_70_2026,)),
    Sample("bc 9 thang 2026.txt", "txt", (BC_95_2026,)),
    Sample("CV 812 so lieu chi so CCHC 2026.txt", "txt", (CV_812_2026,)),
]
