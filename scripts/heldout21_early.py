"""Twenty-first held-out archive, 2022 – 2024: the Thanh tra tỉnh of tỉnh Thuận Yên (fictional)
and the UBND tỉnh's and its Chủ tịch's decisions on it. Do not tune on it.

Its plans and reports go AREA BY AREA (chỉ đạo điều hành, kiểm tra, tuyên truyền, thể chế, thủ
tục hành chính, tổ chức bộ máy, chế độ công vụ, tài chính công, chính quyền số); titles that do
not name their area in the obvious words (chữ ký số, quy chế chi tiêu nội bộ, giao quyền tự chủ,
ISO 9001, kiểm tra công vụ beside tự kiểm tra CCHC, cuộc thi tìm hiểu); the 2023 report dated
January 2024, a quy chế chi tiêu signed 30/12/2024 for 2025. Written by hand; facts in
``bench/data/heldout21_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout21_common import (
    BAO_UB,
    CT_WHO,
    HA,
    LAN,
    LUAT_2015,
    LUAT_TT,
    MAI,
    ND30,
    ND61,
    ND63,
    ND130,
    NGHIA,
    NQ76,
    QUANG,
    TO_UB_LAW,
    UB,
    UBND_WHO,
    decision,
    paper,
    report,
)
from sample_header import Sample

# ---------------------------------------------------------------- 2022
KH_02_2022 = paper(
    "02/KH-TTT",
    "ngày 06 tháng 01 năm 2022",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2022 của Thanh tra tỉnh",
    f"""{NQ76}

Thực hiện Kế hoạch số 05/KH-UBND ngày 04/01/2022 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2022, Thanh tra tỉnh ban hành Kế hoạch như sau:

1. Trình Ủy ban nhân dân tỉnh quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Thanh tra tỉnh thay thế Quyết định số 15/2017/QĐ-UBND ngày 12/6/2017.

2. Ban hành Quy chế làm việc mới thay cho Quyết định số 40/QĐ-TTT ngày 08/5/2018.

3. Ban hành Quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực tiếp công dân, khiếu nại, tố cáo thay cho Quyết định số 22/QĐ-TTT ngày 15/7/2019.

4. 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn.

Văn phòng Thanh tra tỉnh theo dõi, tổng hợp, báo cáo kết quả theo quý, 6 tháng và năm.""",
    QUANG,
)

QD_09_2022 = decision(
    "09/2022/QĐ-UBND",
    "ngày 14 tháng 3 năm 2022",
    "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Thanh tra tỉnh Thuận Yên",
    f"{LUAT_2015}\n\nCăn cứ Luật Thanh tra ngày 15 tháng 11 năm 2010;\n\nTheo đề nghị của Chánh Thanh tra tỉnh và Giám đốc Sở Nội vụ.",
    """Điều 1. Vị trí và chức năng: Thanh tra tỉnh là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng, tiêu cực.

Điều 2. Cơ cấu tổ chức: Văn phòng, Phòng Nghiệp vụ 1, Phòng Nghiệp vụ 2, Phòng Nghiệp vụ 3, Phòng Giải quyết khiếu nại, tố cáo, Phòng Phòng, chống tham nhũng.

Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày 25 tháng 3 năm 2022 và thay thế Quyết định số 15/2017/QĐ-UBND ngày 12/6/2017 của Ủy ban nhân dân tỉnh. Chánh Văn phòng Ủy ban nhân dân tỉnh, Chánh Thanh tra tỉnh, Giám đốc Sở Nội vụ và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.""",
    BAO_UB,
    issuer=UB,
    who=UBND_WHO,
    to=TO_UB_LAW,
)

QD_31_2022 = decision(
    "31/QĐ-TTT",
    "ngày 20 tháng 4 năm 2022",
    "Ban hành Quy chế làm việc của Thanh tra tỉnh",
    "Căn cứ Quyết định số 09/2022/QĐ-UBND ngày 14/3/2022 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Thanh tra tỉnh;\n\nTheo đề nghị của Chánh Văn phòng.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Thanh tra tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 40/QĐ-TTT ngày 08/5/2018 của Chánh Thanh tra tỉnh.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Thanh tra tỉnh chịu trách nhiệm thi hành Quyết định này./.""",
    QUANG,
    annex="""
QUY CHẾ LÀM VIỆC CỦA THANH TRA TỈNH

Điều 3. Chánh Thanh tra họp giao ban với các Phó Chánh Thanh tra và Trưởng các phòng vào sáng thứ Hai hằng tuần.

Điều 7. Văn bản đi, đến được xử lý trên Hệ thống quản lý văn bản và điều hành của tỉnh.

Điều 10. Văn phòng là đầu mối tham mưu công tác cải cách hành chính, tổng hợp báo cáo định kỳ.
""",
)

QD_54_2022 = decision(
    "54/QĐ-TTT",
    "ngày 05 tháng 8 năm 2022",
    "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực tiếp công dân, giải quyết khiếu nại, tố cáo tại Thanh tra tỉnh",
    f"{ND61}\n\n{ND63}\n\nCăn cứ Quyết định số 09/2022/QĐ-UBND ngày 14/3/2022 của Ủy ban nhân dân tỉnh;\n\nTheo đề nghị của Chánh Văn phòng.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực tiếp công dân, giải quyết khiếu nại, tố cáo tại Thanh tra tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 8 năm 2022 và thay thế Quyết định số 22/QĐ-TTT ngày 15/7/2019 của Chánh Thanh tra tỉnh.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Thanh tra tỉnh chịu trách nhiệm thi hành Quyết định này./.""",
    QUANG,
    annex="""
QUY TRÌNH NỘI BỘ

Điều 4. Thời hạn chuyển hồ sơ: bộ phận tiếp nhận chuyển đơn, hồ sơ đến phòng được giao xử lý chậm nhất 08 giờ làm việc kể từ khi tiếp nhận.

Điều 6. Kết quả giải quyết được trả qua Bộ phận Một cửa của tỉnh hoặc qua dịch vụ bưu chính công ích.
""",
)

BC_148_2022 = report(
    "148/BC-TTT",
    "ngày 12 tháng 12 năm 2022",
    "Kết quả công tác cải cách hành chính năm 2022",
    "Thực hiện Kế hoạch số 02/KH-TTT ngày 06/01/2022, Thanh tra tỉnh báo cáo kết quả công tác cải cách hành chính năm 2022 (số liệu tính đến ngày 30/11/2022) như sau:",
    """1. Tổ chức bộ máy: Ủy ban nhân dân tỉnh ban hành Quyết định số 09/2022/QĐ-UBND ngày 14/3/2022 quy định chức năng, nhiệm vụ của Thanh tra tỉnh (hiệu lực từ ngày 25/3/2022). Chánh Thanh tra ban hành Quy chế làm việc kèm Quyết định số 31/QĐ-TTT ngày 20/4/2022.

2. Cải cách thủ tục hành chính: ban hành Quy trình nội bộ kèm Quyết định số 54/QĐ-TTT ngày 05/8/2022, áp dụng từ ngày 15/8/2022. Đến ngày 30/11/2022, Thanh tra tỉnh tiếp 690 lượt công dân, tiếp nhận 802 đơn; 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn.""",
    "1. Xây dựng Quy chế quản lý, sử dụng chữ ký số.\n\n2. Ban hành Quy chế chi tiêu nội bộ.",
    QUANG,
)

# ---------------------------------------------------------------- 2023
KH_03_2023 = paper(
    "03/KH-TTT",
    "ngày 05 tháng 01 năm 2023",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2023 của Thanh tra tỉnh",
    f"""{NQ76}

Thực hiện Kế hoạch số 08/KH-UBND ngày 03/01/2023 của Ủy ban nhân dân tỉnh, Thanh tra tỉnh ban hành Kế hoạch cải cách hành chính năm 2023:

1. Ban hành Quy chế quản lý, sử dụng chữ ký số tại cơ quan (quý I).

2. Ban hành Quy chế chi tiêu nội bộ (quý II).

3. 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn.""",
    QUANG,
)

QD_12_2023 = decision(
    "12/QĐ-TTT",
    "ngày 15 tháng 02 năm 2023",
    "Ban hành Quy chế quản lý, sử dụng chữ ký số tại Thanh tra tỉnh",
    f"{ND30}\n\nCăn cứ Quyết định số 1650/QĐ-UBND ngày 10/8/2021 của Chủ tịch Ủy ban nhân dân tỉnh ban hành Quy chế quản lý, sử dụng chữ ký số trong các cơ quan nhà nước tỉnh Thuận Yên;\n\nCăn cứ Quyết định số 09/2022/QĐ-UBND ngày 14/3/2022 của Ủy ban nhân dân tỉnh;\n\nTheo đề nghị của Chánh Văn phòng.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số tại Thanh tra tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng và công chức được cấp chứng thư số chịu trách nhiệm thi hành./.""",
    QUANG,
    annex="""
QUY CHẾ

Điều 4. Văn bản điện tử đi của Thanh tra tỉnh được ký số bằng chứng thư số của cơ quan và của người có thẩm quyền trước khi phát hành trên Hệ thống quản lý văn bản và điều hành.

Điều 6. Văn thư cơ quan quản lý thiết bị lưu khóa bí mật (USB token) của cơ quan.
""",
)

QD_45_2023 = decision(
    "45/QĐ-TTT",
    "ngày 18 tháng 5 năm 2023",
    "Ban hành Quy chế chi tiêu nội bộ của Thanh tra tỉnh",
    f"{ND130}\n\nCăn cứ Quyết định số 09/2022/QĐ-UBND ngày 14/3/2022 của Ủy ban nhân dân tỉnh;\n\nTheo đề nghị của Chánh Văn phòng.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Thanh tra tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng, kế toán cơ quan chịu trách nhiệm thi hành Quyết định này./.""",
    QUANG,
    annex="""
QUY CHẾ CHI TIÊU NỘI BỘ

Điều 6. Chi công tác phí: phụ cấp lưu trú 150.000 đồng/người/ngày đối với đoàn thanh tra đi công tác trong tỉnh.

Điều 9. Kinh phí tiết kiệm được từ kinh phí quản lý hành chính được chi thu nhập tăng thêm cho công chức theo kết quả đánh giá, xếp loại.
""",
)

# ---------------------------------------------------------------- 2024
BC_06_2024 = report(
    "06/BC-TTT",
    "ngày 09 tháng 01 năm 2024",
    "Kết quả công tác cải cách hành chính năm 2023",
    "Thực hiện Kế hoạch số 03/KH-TTT ngày 05/01/2023, Thanh tra tỉnh báo cáo kết quả cải cách hành chính năm 2023 (số liệu cả năm, từ ngày 01/01/2023 đến ngày 31/12/2023) như sau:",
    """1. Chính quyền số: ban hành Quy chế quản lý, sử dụng chữ ký số kèm Quyết định số 12/QĐ-TTT ngày 15/02/2023; 100% văn bản đi được ký số.

2. Tài chính công: ban hành Quy chế chi tiêu nội bộ kèm Quyết định số 45/QĐ-TTT ngày 18/5/2023.

3. Thủ tục hành chính: năm 2023, Thanh tra tỉnh tiếp 745 lượt công dân, tăng 8,0% so với năm 2022 (690 lượt); tiếp nhận 861 đơn; 100% hồ sơ giải quyết đúng hạn.

Số lượt tiếp công dân theo quý năm 2023:""",
    "1. Tổ chức cuộc thi tìm hiểu về cải cách hành chính.\n\n2. Xây dựng quy định đánh giá, xếp loại công chức hằng tháng.",
    QUANG,
)
QUARTERS_2023 = [
    ["Quý", "Lượt tiếp công dân", "Lũy kế từ đầu năm"],
    ["Quý I", "172", "172"],
    ["Quý II", "190", "362"],
    ["Quý III", "181", "543"],
    ["Quý IV", "202", "745"],
]

KH_04_2024 = paper(
    "04/KH-TTT",
    "ngày 11 tháng 01 năm 2024",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2024 của Thanh tra tỉnh",
    f"""{NQ76}

Thực hiện Kế hoạch số 04/KH-UBND ngày 03/01/2024 của Ủy ban nhân dân tỉnh, Thanh tra tỉnh ban hành Kế hoạch cải cách hành chính năm 2024:

1. Tự kiểm tra công tác cải cách hành chính 100% phòng thuộc cơ quan.

2. Tổ chức cuộc thi tìm hiểu về cải cách hành chính, phấn đấu tối thiểu 1.000 lượt người dự thi.

3. Trình Ủy ban nhân dân tỉnh bãi bỏ văn bản quy phạm pháp luật không còn phù hợp về tiếp công dân.

4. 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn; sửa đổi thời hạn chuyển hồ sơ trong Quy trình nội bộ.

5. Ban hành quy định đánh giá, xếp loại chất lượng công chức hằng tháng.

6. Tiết kiệm tối thiểu 10% chi thường xuyên.

7. Thí điểm tiếp nhận phản ánh, kiến nghị qua nền tảng số.""",
    QUANG,
)

KH_15_2024 = paper(
    "15/KH-TTT",
    "ngày 26 tháng 02 năm 2024",
    "KẾ HOẠCH",
    "Tự kiểm tra công tác cải cách hành chính năm 2024",
    """Căn cứ Kế hoạch số 04/KH-TTT ngày 11/01/2024 của Thanh tra tỉnh;

1. Đối tượng: 06 phòng thuộc Thanh tra tỉnh.

2. Nội dung: việc thực hiện nhiệm vụ cải cách hành chính được giao, niêm yết thủ tục hành chính, lưu trữ hồ sơ giải quyết đơn.

3. Thời gian: quý II và quý III năm 2024. Tổ kiểm tra do Chánh Thanh tra thành lập thực hiện.""",
    LAN,
)

KH_18_2024 = paper(
    "18/KH-TTT",
    "ngày 12 tháng 3 năm 2024",
    "KẾ HOẠCH",
    "Kiểm tra công vụ, việc chấp hành kỷ luật, kỷ cương hành chính năm 2024",
    """Nhằm chấn chỉnh lề lối làm việc, nâng cao ý thức trách nhiệm của công chức, Thanh tra tỉnh ban hành Kế hoạch:

1. Kiểm tra việc chấp hành thời giờ làm việc, nội quy cơ quan, văn hóa công sở, quy tắc ứng xử của công chức.

2. Kiểm tra đột xuất tối thiểu 02 lần/năm; kết quả là căn cứ đánh giá, xếp loại công chức cuối năm.""",
    NGHIA,
)

KH_22_2024 = paper(
    "22/KH-TTT",
    "ngày 20 tháng 3 năm 2024",
    "KẾ HOẠCH",
    "Tổ chức Cuộc thi trực tuyến tìm hiểu về cải cách hành chính và chuyển đổi số năm 2024",
    """Căn cứ Kế hoạch số 04/KH-TTT ngày 11/01/2024 của Thanh tra tỉnh;

I. MỤC ĐÍCH

Nâng cao nhận thức của công chức, người dân về cải cách hành chính, chuyển đổi số, dịch vụ công trực tuyến.

II. HÌNH THỨC, THỜI GIAN

Thi trắc nghiệm trực tuyến trên Trang thông tin điện tử của Thanh tra tỉnh từ ngày 15/5/2024 đến ngày 15/8/2024; phấn đấu tối thiểu 1.000 lượt người dự thi.""",
    LAN,
)

BC_35_2024 = report(
    "35/BC-TTT",
    "ngày 04 tháng 4 năm 2024",
    "Kết quả công tác cải cách hành chính quý I năm 2024",
    "Thanh tra tỉnh báo cáo kết quả cải cách hành chính quý I năm 2024 như sau:",
    """1. Chỉ đạo, điều hành: ban hành Kế hoạch số 04/KH-TTT ngày 11/01/2024.

2. Kiểm tra: ban hành Kế hoạch số 15/KH-TTT ngày 26/02/2024 tự kiểm tra công tác cải cách hành chính; thành lập Tổ kiểm tra cải cách hành chính tại Quyết định số 19/QĐ-TTT ngày 01/3/2024.

3. Tuyên truyền: ban hành Kế hoạch số 22/KH-TTT ngày 20/3/2024 tổ chức Cuộc thi trực tuyến tìm hiểu về cải cách hành chính và chuyển đổi số.

4. Chế độ công vụ: ban hành Kế hoạch số 18/KH-TTT ngày 12/3/2024 kiểm tra công vụ, kỷ luật, kỷ cương.

5. Thủ tục hành chính: quý I năm 2024 tiếp 186 lượt công dân, tiếp nhận 214 đơn; 100% hồ sơ giải quyết đúng hạn.""",
    "1. Ban hành quy định đánh giá, xếp loại công chức hằng tháng.\n\n2. Sửa đổi Quy chế chi tiêu nội bộ.",
    NGHIA,
)

QD_37_2024 = decision(
    "37/QĐ-TTT",
    "ngày 08 tháng 4 năm 2024",
    "Sửa đổi, bổ sung Điều 6 Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 45/QĐ-TTT ngày 18/5/2023",
    f"{ND130}\n\nTheo đề nghị của Chánh Văn phòng.",
    """Điều 1. Sửa đổi, bổ sung Điều 6 Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 45/QĐ-TTT ngày 18/5/2023 như sau:

"Điều 6. Chi công tác phí: phụ cấp lưu trú 200.000 đồng/người/ngày đối với đoàn thanh tra, đoàn kiểm tra đi công tác trong tỉnh."

Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 4 năm 2024.

Điều 3. Chánh Văn phòng, kế toán cơ quan chịu trách nhiệm thi hành Quyết định này./.""",
    QUANG,
)

QD_44_2024 = decision(
    "44/QĐ-TTT",
    "ngày 06 tháng 5 năm 2024",
    "Ban hành Quy định tiêu chí đánh giá, xếp loại chất lượng công chức hằng tháng tại Thanh tra tỉnh",
    "Căn cứ Quyết định số 09/2022/QĐ-UBND ngày 14/3/2022 của Ủy ban nhân dân tỉnh;\n\nTheo đề nghị của Chánh Văn phòng.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy định tiêu chí đánh giá, xếp loại chất lượng công chức hằng tháng tại Thanh tra tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2024.

Điều 3. Chánh Văn phòng, Trưởng các phòng và công chức Thanh tra tỉnh chịu trách nhiệm thi hành Quyết định này./.""",
    QUANG,
    annex="""
QUY ĐỊNH

Điều 3. Công chức được xếp loại hằng tháng ở một trong bốn mức: hoàn thành xuất sắc, hoàn thành tốt, hoàn thành, không hoàn thành nhiệm vụ.

Điều 5. Công chức tự chấm điểm trên Phần mềm đánh giá công chức của tỉnh trước ngày 03 của tháng sau; Trưởng phòng duyệt trước ngày 05.
""",
)

QD_1215_2024 = decision(
    "1215/QĐ-UBND",
    "ngày 20 tháng 5 năm 2024",
    "Giao quyền tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính giai đoạn 2024 - 2026 cho Thanh tra tỉnh",
    f"{ND130}\n\nXét đề nghị của Giám đốc Sở Tài chính và Chánh Thanh tra tỉnh.",
    """Điều 1. Giao quyền tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính cho Thanh tra tỉnh giai đoạn 2024 - 2026 (từ năm ngân sách 2024 đến hết năm ngân sách 2026): biên chế công chức được giao 32 người; kinh phí tự chủ giao hằng năm theo định mức.

Điều 2. Chánh Thanh tra tỉnh ban hành và thực hiện Quy chế chi tiêu nội bộ theo quy định.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Chánh Thanh tra tỉnh chịu trách nhiệm thi hành Quyết định này./.""",
    MAI,
    issuer=UB,
    who=CT_WHO,
    to="- Như Điều 3;\n- Kho bạc Nhà nước tỉnh;\n- Lưu: VT, KT.",
)

BC_50_2024 = report(
    "50/BC-TTT",
    "ngày 14 tháng 6 năm 2024",
    "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024",
    "Thanh tra tỉnh báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2024 như sau:",
    """1. Chế độ công vụ: ban hành Quy định tiêu chí đánh giá, xếp loại chất lượng công chức hằng tháng kèm Quyết định số 44/QĐ-TTT ngày 06/5/2024, áp dụng từ ngày 01/6/2024.

2. Tài chính công: Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1215/QĐ-UBND ngày 20/5/2024 giao quyền tự chủ về biên chế và kinh phí quản lý hành chính giai đoạn 2024 - 2026; Thanh tra tỉnh sửa đổi Điều 6 Quy chế chi tiêu nội bộ tại Quyết định số 37/QĐ-TTT ngày 08/4/2024.

3. Kiểm tra: Tổ kiểm tra đã kiểm tra 03/06 phòng theo Kế hoạch số 15/KH-TTT.

4. Thủ tục hành chính: lũy kế 6 tháng đầu năm 2024 tiếp 402 lượt công dân (quý II: 216 lượt), tiếp nhận 455 đơn; 100% hồ sơ đúng hạn.""",
    "1. Trình công bố danh mục thủ tục hành chính.\n\n2. Tổ chức Cuộc thi tìm hiểu cải cách hành chính.",
    LAN,
)

QD_60_2024 = decision(
    "60/QĐ-TTT",
    "ngày 20 tháng 6 năm 2024",
    "Công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại Thanh tra tỉnh",
    "Căn cứ Quyết định số 09/2022/QĐ-UBND ngày 14/3/2022 của Ủy ban nhân dân tỉnh;\n\nTheo đề nghị của Chánh Văn phòng.",
    """Điều 1. Công bố Hệ thống quản lý chất lượng của Thanh tra tỉnh phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 đối với các hoạt động tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo thuộc thẩm quyền.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng chịu trách nhiệm thi hành Quyết định này./.""",
    QUANG,
)

QD_1480_2024 = decision(
    "1480/QĐ-UBND",
    "ngày 25 tháng 6 năm 2024",
    "Công bố Danh mục thủ tục hành chính lĩnh vực tiếp công dân, giải quyết khiếu nại, tố cáo, xử lý đơn thuộc thẩm quyền giải quyết của Thanh tra tỉnh Thuận Yên",
    f"{ND63}\n\n{ND61}\n\nXét đề nghị của Chánh Thanh tra tỉnh.",
    """Điều 1. Công bố kèm theo Quyết định này Danh mục 14 thủ tục hành chính thuộc thẩm quyền giải quyết của Thanh tra tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 2105/QĐ-UBND ngày 20/9/2021 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Chánh Thanh tra tỉnh chịu trách nhiệm thi hành Quyết định này./.

DANH MỤC THỦ TỤC HÀNH CHÍNH (số thủ tục theo lĩnh vực)""",
    MAI,
    issuer=UB,
    who=CT_WHO,
    to="- Như Điều 3;\n- Cục Kiểm soát TTHC - Văn phòng Chính phủ;\n- Lưu: VT, KSTT.",
)
LIST_1480 = [
    ["STT", "Lĩnh vực", "Số thủ tục"],
    ["1", "Tiếp công dân", "3"],
    ["2", "Giải quyết khiếu nại", "4"],
    ["3", "Giải quyết tố cáo", "3"],
    ["4", "Xử lý đơn", "2"],
    ["5", "Phòng, chống tham nhũng", "2"],
    ["", "Tổng cộng", "14"],
]

QD_64_2024 = decision(
    "64/QĐ-TTT",
    "ngày 02 tháng 7 năm 2024",
    "Sửa đổi Điều 4 Quy trình nội bộ giải quyết thủ tục hành chính ban hành kèm theo Quyết định số 54/QĐ-TTT ngày 05/8/2022",
    f"{ND61}\n\nCăn cứ Quyết định số 1480/QĐ-UBND ngày 25/6/2024 của Chủ tịch Ủy ban nhân dân tỉnh;\n\nTheo đề nghị của Chánh Văn phòng.",
    """Điều 1. Sửa đổi Điều 4 Quy trình nội bộ ban hành kèm theo Quyết định số 54/QĐ-TTT ngày 05/8/2022 như sau:

"Điều 4. Thời hạn chuyển hồ sơ: bộ phận tiếp nhận chuyển đơn, hồ sơ đến phòng được giao xử lý ngay trong ngày làm việc tiếp nhận."

Điều 2. Quyết định này có hiệu lực kể từ ngày 10 tháng 7 năm 2024.

Điều 3. Chánh Văn phòng, Trưởng các phòng chịu trách nhiệm thi hành Quyết định này./.""",
    QUANG,
)

QD_73_2024 = decision(
    "73/QĐ-TTT",
    "ngày 15 tháng 7 năm 2024",
    'Thí điểm tiếp nhận phản ánh, kiến nghị của người dân qua Zalo OA "Thanh tra tỉnh Thuận Yên"',
    "Căn cứ Kế hoạch số 04/KH-TTT ngày 11/01/2024 của Thanh tra tỉnh;\n\nTheo đề nghị của Chánh Văn phòng.",
    """Điều 1. Thí điểm tiếp nhận, trả lời phản ánh, kiến nghị của người dân về hành vi hành chính, quy định hành chính qua tài khoản Zalo OA "Thanh tra tỉnh Thuận Yên".

Điều 2. Thời gian thí điểm từ ngày 01 tháng 8 năm 2024 đến hết ngày 31 tháng 7 năm 2025.

Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2024. Chánh Văn phòng, Trưởng các phòng chịu trách nhiệm thi hành./.""",
    LAN,
)

TTR_79_2024 = paper(
    "79/TTr-TTT",
    "ngày 12 tháng 8 năm 2024",
    "TỜ TRÌNH",
    "Về việc bãi bỏ Quyết định số 27/2020/QĐ-UBND ngày 14/8/2020 của Ủy ban nhân dân tỉnh",
    """Kính gửi: Ủy ban nhân dân tỉnh Thuận Yên.

Qua rà soát văn bản quy phạm pháp luật, Quyết định số 27/2020/QĐ-UBND ngày 14/8/2020 ban hành Quy chế tổ chức tiếp công dân tại Trụ sở tiếp công dân tỉnh không còn phù hợp với quy định hiện hành. Thanh tra tỉnh kính trình Ủy ban nhân dân tỉnh ban hành Quyết định bãi bỏ toàn bộ Quyết định số 27/2020/QĐ-UBND.

Kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.""",
    QUANG,
    to="- Như trên;\n- Sở Tư pháp;\n- Lưu: VT, VP.",
)

CV_690_2024 = paper(
    "690/TTT-VP",
    "ngày 19 tháng 8 năm 2024",
    "",
    "V/v đẩy mạnh tuyên truyền cải cách hành chính trên Trang thông tin điện tử",
    """Kính gửi: Các phòng thuộc Thanh tra tỉnh.

Để thực hiện Kế hoạch số 04/KH-TTT ngày 11/01/2024, Chánh Thanh tra yêu cầu:

1. Mỗi phòng gửi ít nhất 01 tin, bài/quý về cải cách hành chính, kết quả tiếp công dân, giải quyết khiếu nại cho Ban biên tập Trang thông tin điện tử.

2. Niêm yết công khai đầy đủ thủ tục hành chính và số điện thoại đường dây nóng tại Trụ sở tiếp công dân./.""",
    HA,
    to="- Như trên;\n- Lưu: VT, VP.",
)

QD_18_2024 = decision(
    "18/2024/QĐ-UBND",
    "ngày 05 tháng 9 năm 2024",
    "Bãi bỏ Quyết định số 27/2020/QĐ-UBND ngày 14/8/2020 của Ủy ban nhân dân tỉnh ban hành Quy chế tổ chức tiếp công dân tại Trụ sở tiếp công dân tỉnh",
    f"{LUAT_2015}\n\n{LUAT_TT}\n\nTheo đề nghị của Chánh Thanh tra tỉnh tại Tờ trình số 79/TTr-TTT ngày 12/8/2024.",
    """Điều 1. Bãi bỏ toàn bộ Quyết định số 27/2020/QĐ-UBND ngày 14/8/2020 của Ủy ban nhân dân tỉnh ban hành Quy chế tổ chức tiếp công dân tại Trụ sở tiếp công dân tỉnh.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 20 tháng 9 năm 2024.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Chánh Thanh tra tỉnh, thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.""",
    BAO_UB,
    issuer=UB,
    who=UBND_WHO,
    to=TO_UB_LAW,
)

BC_98_2024 = report(
    "98/BC-TTT",
    "ngày 04 tháng 10 năm 2024",
    "Kết quả công tác cải cách hành chính 9 tháng năm 2024",
    "Thanh tra tỉnh báo cáo kết quả cải cách hành chính 9 tháng năm 2024 như sau:",
    """1. Tuyên truyền: Cuộc thi trực tuyến theo Kế hoạch số 22/KH-TTT kết thúc ngày 15/8/2024 với 1.268 lượt người dự thi, vượt chỉ tiêu 1.000 lượt; kết quả được công bố tại Thông báo số 85/TB-TTT ngày 10/9/2024. Chánh Thanh tra ban hành Công văn số 690/TTT-VP ngày 19/8/2024 đẩy mạnh tuyên truyền trên Trang thông tin điện tử.

2. Thể chế: trên cơ sở Tờ trình số 79/TTr-TTT ngày 12/8/2024, Ủy ban nhân dân tỉnh ban hành Quyết định số 18/2024/QĐ-UBND ngày 05/9/2024 bãi bỏ Quyết định số 27/2020/QĐ-UBND (hiệu lực từ ngày 20/9/2024).

3. Thủ tục hành chính: Chủ tịch Ủy ban nhân dân tỉnh công bố 14 thủ tục tại Quyết định số 1480/QĐ-UBND ngày 25/6/2024; Thanh tra tỉnh sửa đổi Điều 4 Quy trình nội bộ tại Quyết định số 64/QĐ-TTT ngày 02/7/2024. Trong quý III năm 2024 tiếp 197 lượt công dân; lũy kế 9 tháng tiếp 599 lượt, tiếp nhận 673 đơn.

4. Chính quyền số: công bố Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Quyết định số 60/QĐ-TTT ngày 20/6/2024; từ ngày 01/8/2024 thí điểm tiếp nhận phản ánh qua Zalo OA theo Quyết định số 73/QĐ-TTT ngày 15/7/2024.""",
    "1. Hoàn thành tự kiểm tra các phòng còn lại.\n\n2. Ban hành Quy chế chi tiêu nội bộ áp dụng từ năm 2025.",
    NGHIA,
)

QD_121_2024 = decision(
    "121/QĐ-TTT",
    "ngày 30 tháng 12 năm 2024",
    "Ban hành Quy chế chi tiêu nội bộ của Thanh tra tỉnh áp dụng từ năm 2025",
    f"{ND130}\n\nCăn cứ Quyết định số 1215/QĐ-UBND ngày 20/5/2024 của Chủ tịch Ủy ban nhân dân tỉnh;\n\nTheo đề nghị của Chánh Văn phòng.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Thanh tra tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2025 và thay thế Quyết định số 45/QĐ-TTT ngày 18/5/2023 và Quyết định số 37/QĐ-TTT ngày 08/4/2024 của Chánh Thanh tra tỉnh.

Điều 3. Chánh Văn phòng, Trưởng các phòng, kế toán cơ quan chịu trách nhiệm thi hành Quyết định này./.""",
    QUANG,
)

EARLY: list[Sample] = [
    Sample("KH CCHC 2022.txt", "txt", (KH_02_2022,)),
    Sample(
        "QD 09-2022-QD-UBND chuc nang Thanh tra tinh.pdf",
        "pdf",
        (QD_09_2022,),
        title="QĐ 09/2022/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample("QD 31 quy che lam viec.docx", "docx", (QD_31_2022,), title="QĐ 31/QĐ-TTT (MẪU)"),
    Sample(
        "QD 54 quy trinh noi bo TTHC.pdf", "pdf", (QD_54_2022,), title="QĐ 54/QĐ-TTT (MẪU, hư cấu)"
    ),
    Sample("BC CCHC nam 2022.pdf", "pdf", (BC_148_2022,), title="BC 148/BC-TTT (MẪU, hư cấu)"),
    Sample("KH CCHC 2023.txt", "txt", (KH_03_2023,)),
    Sample("QD 12 quy che chu ky so 2023.txt", "txt", (QD_12_2023,)),
    Sample("QD 45 quy che chi tieu noi bo.docx", "docx", (QD_45_2023,), title="QĐ 45/QĐ-TTT (MẪU)"),
    Sample(
        "BC CCHC nam 2023.docx",
        "docx",
        (BC_06_2024.split("II. NHIỆM VỤ TRỌNG TÂM")[0],),
        table=QUARTERS_2023,
        after="II. NHIỆM VỤ TRỌNG TÂM" + BC_06_2024.split("II. NHIỆM VỤ TRỌNG TÂM")[1],
        title="BC 06/BC-TTT (MẪU)",
    ),
    Sample("KH CCHC 2024.txt", "txt", (KH_04_2024,)),
    Sample("KH tu kiem tra CCHC 2024.txt", "txt", (KH_15_2024,)),
    Sample("KH kiem tra cong vu 2024.txt", "txt", (KH_18_2024,)),
    Sample(
        "KH cuoc thi tim hieu CCHC 2024.docx", "docx", (KH_22_2024,), title="KH 22/KH-TTT (MẪU)"
    ),
    Sample("bc quy I 2024.txt", "txt", (BC_35_2024,)),
    Sample("QD 37 sua doi quy che chi tieu.txt", "txt", (QD_37_2024,)),
    Sample(
        "QD 44 danh gia xep loai cong chuc.docx", "docx", (QD_44_2024,), title="QĐ 44/QĐ-TTT (MẪU)"
    ),
    Sample(
        "QD 1215 giao tu chu 2024-2026.docx", "docx", (QD_1215_2024,), title="QĐ 1215/QĐ-UBND (MẪU)"
    ),
    Sample("BC 6 thang 2024.pdf", "pdf", (BC_50_2024,), title="BC 50/BC-TTT (MẪU, hư cấu)"),
    Sample("QD 60 ISO 9001.txt", "txt", (QD_60_2024,)),
    Sample(
        "QD 1480 danh muc TTHC.docx",
        "docx",
        (QD_1480_2024,),
        table=LIST_1480,
        after="(Nội dung cụ thể từng thủ tục được công khai trên Cổng Dịch vụ công của tỉnh.)",
        title="QĐ 1480/QĐ-UBND (MẪU)",
    ),
    Sample("QD 64 sua doi Dieu 4 quy trinh.txt", "txt", (QD_64_2024,)),
    Sample("QD 73 thi diem Zalo OA.txt", "txt", (QD_73_2024,)),
    Sample("TTr 79 bai bo QD 27-2020.txt", "txt", (TTR_79_2024,)),
    Sample("CV 690 tuyen truyen CCHC.txt", "txt", (CV_690_2024,)),
    Sample(
        "QD 18-2024-QD-UBND bai bo QD 27-2020.pdf",
        "pdf",
        (QD_18_2024,),
        title="QĐ 18/2024/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample("bc 9 thang 2024.txt", "txt", (BC_98_2024,)),
    Sample(
        "QD 121 quy che chi tieu 2025.docx", "docx", (QD_121_2024,), title="QĐ 121/QĐ-TTT (MẪU)"
    ),
]
