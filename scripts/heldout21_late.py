"""Twenty-first held-out archive, 2025 – 2026: the Thanh tra tỉnh of tỉnh Thuận Yên (fictional).
Do not tune on it.

A year with documents in every reform area (a plan naming all of them; tự kiểm tra beside kiểm
tra công vụ; a tuyên truyền plan and a contest's result; rà soát VBQPPL; an internal procedure
approved by the Chủ tịch; functions anew and the units' decision replaced within the year; vị trí
việc làm; tài sản công; chữ ký số with its DỰ THẢO), the year's reports telling each area in
prose, and documents of the year that are not the reform's at all (a budget made public, a
ceremony's plan); the 2024 report dated January 2025 and the 2026 plan signed 30/12/2025; an
article suspended to a stated day, a pilot extended, a Quy chế repealed in part, a decision
ended. Written by hand; facts in ``bench/data/heldout21_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout21_common import (
    BAO_UB,
    CT_WHO,
    HA,
    LAN,
    LUAT_2025,
    LUAT_TT,
    MAI,
    ND30,
    ND61,
    ND63,
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

# ---------------------------------------------------------------- 2025
BC_04_2025 = report(
    "04/BC-TTT",
    "ngày 08 tháng 01 năm 2025",
    "Kết quả công tác cải cách hành chính năm 2024",
    "Thực hiện Kế hoạch số 04/KH-TTT ngày 11/01/2024, Thanh tra tỉnh báo cáo kết quả cải cách hành chính năm 2024 (số liệu cả năm, từ ngày 01/01/2024 đến ngày 31/12/2024) như sau:",
    """1. Công tác chỉ đạo, điều hành: Kế hoạch số 04/KH-TTT ngày 11/01/2024 được triển khai đầy đủ; báo cáo quý, 6 tháng, 9 tháng gửi đúng hạn.

2. Công tác kiểm tra: theo Kế hoạch số 15/KH-TTT ngày 26/02/2024, Tổ kiểm tra (Quyết định số 19/QĐ-TTT ngày 01/3/2024) đã kiểm tra 06/06 phòng, đạt chỉ tiêu 100%.

3. Công tác tuyên truyền: Cuộc thi trực tuyến theo Kế hoạch số 22/KH-TTT ngày 20/3/2024 có 1.268 lượt người dự thi; Công văn số 690/TTT-VP ngày 19/8/2024 yêu cầu các phòng viết tin, bài.

4. Cải cách thể chế: Ủy ban nhân dân tỉnh ban hành Quyết định số 18/2024/QĐ-UBND ngày 05/9/2024 bãi bỏ Quyết định số 27/2020/QĐ-UBND theo đề nghị tại Tờ trình số 79/TTr-TTT ngày 12/8/2024.

5. Cải cách thủ tục hành chính: Quyết định số 1480/QĐ-UBND ngày 25/6/2024 công bố 14 thủ tục; Quyết định số 64/QĐ-TTT ngày 02/7/2024 sửa đổi Quy trình nội bộ. Năm 2024 tiếp 812 lượt công dân, tăng 9,0% so với năm 2023 (745 lượt); tiếp nhận 906 đơn; 100% hồ sơ đúng hạn.

6. Cải cách tổ chức bộ máy: giữ ổn định theo Quyết định số 09/2022/QĐ-UBND.

7. Cải cách chế độ công vụ: Quyết định số 44/QĐ-TTT ngày 06/5/2024 về đánh giá, xếp loại công chức hằng tháng; kiểm tra công vụ đột xuất 02 lần theo Kế hoạch số 18/KH-TTT ngày 12/3/2024.

8. Cải cách tài chính công: thực hiện Quyết định số 1215/QĐ-UBND ngày 20/5/2024 giao quyền tự chủ; sửa đổi Quy chế chi tiêu nội bộ (Quyết định số 37/QĐ-TTT ngày 08/4/2024); ban hành Quy chế chi tiêu nội bộ áp dụng từ năm 2025 (Quyết định số 121/QĐ-TTT ngày 30/12/2024). Kinh phí tiết kiệm năm 2024 là 186,4 triệu đồng.

9. Xây dựng chính quyền số: Quyết định số 60/QĐ-TTT ngày 20/6/2024 công bố hệ thống ISO 9001:2015; thí điểm Zalo OA theo Quyết định số 73/QĐ-TTT ngày 15/7/2024, từ ngày 01/8 đến ngày 31/12/2024 tiếp nhận 143 phản ánh.

Số lượt tiếp công dân theo quý năm 2024:""",
    "1. Ban hành Kế hoạch tự kiểm tra, Kế hoạch tuyên truyền cải cách hành chính năm 2025.\n\n2. Thay thế Quy chế quản lý, sử dụng chữ ký số.",
    QUANG,
)
QUARTERS_2024 = [
    ["Quý", "Lượt tiếp công dân", "Lũy kế từ đầu năm"],
    ["Quý I", "186", "186"],
    ["Quý II", "216", "402"],
    ["Quý III", "197", "599"],
    ["Quý IV", "213", "812"],
]

KH_05_2025 = paper(
    "05/KH-TTT",
    "ngày 10 tháng 01 năm 2025",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2025 của Thanh tra tỉnh",
    f"""{NQ76}

Thực hiện Kế hoạch số 06/KH-UBND ngày 03/01/2025 của Ủy ban nhân dân tỉnh, Thanh tra tỉnh ban hành Kế hoạch cải cách hành chính năm 2025 với các nhiệm vụ:

1. Chỉ đạo, điều hành: báo cáo định kỳ quý, 6 tháng, 9 tháng, năm đúng hạn.

2. Kiểm tra: tự kiểm tra 100% phòng.

3. Tuyên truyền: tổ chức cuộc thi tìm hiểu, phấn đấu tối thiểu 1.500 lượt người dự thi.

4. Thể chế: rà soát văn bản quy phạm pháp luật liên quan công tác thanh tra, tiếp công dân.

5. Thủ tục hành chính: trình phê duyệt Quy trình nội bộ mới; 100% hồ sơ đúng hạn.

6. Tổ chức bộ máy: tham mưu quyết định quy định chức năng, nhiệm vụ mới theo quy định hiện hành.

7. Chế độ công vụ: bản mô tả công việc, khung năng lực vị trí việc làm; kiểm tra công vụ.

8. Tài chính công: thực hiện Quy chế chi tiêu nội bộ; tiết kiệm tối thiểu 10% chi thường xuyên.

9. Chính quyền số: thay thế Quy chế quản lý, sử dụng chữ ký số; trả lời 100% phản ánh qua Zalo OA đúng hạn.""",
    QUANG,
)

QD_09_2025 = decision(
    "09/QĐ-TTT",
    "ngày 15 tháng 01 năm 2025",
    "Công bố công khai dự toán ngân sách nhà nước năm 2025 của Thanh tra tỉnh",
    "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n\nCăn cứ Quyết định giao dự toán ngân sách năm 2025 của Ủy ban nhân dân tỉnh;\n\nTheo đề nghị của Chánh Văn phòng.",
    """Điều 1. Công bố công khai dự toán ngân sách nhà nước năm 2025 của Thanh tra tỉnh: tổng dự toán 9.842 triệu đồng, trong đó kinh phí thực hiện chế độ tự chủ 7.315 triệu đồng.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, kế toán cơ quan chịu trách nhiệm thi hành./.""",
    QUANG,
)

KH_11_2025 = paper(
    "11/KH-TTT",
    "ngày 20 tháng 01 năm 2025",
    "KẾ HOẠCH",
    "Tự kiểm tra công tác cải cách hành chính năm 2025",
    """Căn cứ Kế hoạch số 05/KH-TTT ngày 10/01/2025 của Thanh tra tỉnh;

1. Đối tượng: 06 phòng thuộc Thanh tra tỉnh.

2. Nội dung: thực hiện nhiệm vụ cải cách hành chính, niêm yết, công khai thủ tục, lưu trữ hồ sơ, ký số văn bản.

3. Thời gian: quý II và quý III năm 2025.""",
    LAN,
)

KH_14_2025 = paper(
    "14/KH-TTT",
    "ngày 10 tháng 02 năm 2025",
    "KẾ HOẠCH",
    "Thông tin, truyền thông về cải cách hành chính năm 2025",
    """Căn cứ Kế hoạch số 05/KH-TTT ngày 10/01/2025 của Thanh tra tỉnh;

1. Đăng tải tin, bài về cải cách hành chính trên Trang thông tin điện tử của Thanh tra tỉnh, tối thiểu 01 tin/phòng/quý.

2. Tổ chức Cuộc thi trực tuyến tìm hiểu về cải cách hành chính năm 2025 từ ngày 01/6/2025 đến ngày 31/8/2025; phấn đấu tối thiểu 1.500 lượt người dự thi.""",
    LAN,
)

QD_17_2025 = decision(
    "17/QĐ-TTT",
    "ngày 25 tháng 02 năm 2025",
    "Ban hành Bản mô tả công việc và Khung năng lực của từng vị trí việc làm tại Thanh tra tỉnh",
    "Căn cứ Quyết định số 2890/QĐ-UBND ngày 30/12/2024 của Chủ tịch Ủy ban nhân dân tỉnh phê duyệt danh mục vị trí việc làm của Thanh tra tỉnh;\n\nTheo đề nghị của Chánh Văn phòng.",
    """Điều 1. Ban hành kèm theo Quyết định này Bản mô tả công việc và Khung năng lực của 17 vị trí việc làm tại Thanh tra tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng và công chức chịu trách nhiệm thi hành./.""",
    QUANG,
)

KH_21_2025 = paper(
    "21/KH-TTT",
    "ngày 05 tháng 3 năm 2025",
    "KẾ HOẠCH",
    "Kiểm tra công vụ, việc chấp hành kỷ luật, kỷ cương hành chính năm 2025",
    """1. Kiểm tra việc chấp hành thời giờ làm việc, nội quy, văn hóa công sở, quy tắc ứng xử của công chức; việc chấp hành kỷ luật phát ngôn.

2. Kiểm tra đột xuất tối thiểu 02 lần/năm; kết quả là căn cứ đánh giá, xếp loại công chức.""",
    NGHIA,
)

QD_25_2025 = decision(
    "25/QĐ-TTT",
    "ngày 10 tháng 3 năm 2025",
    "Quy định chức năng, nhiệm vụ của Văn phòng và các phòng thuộc Thanh tra tỉnh",
    "Căn cứ Quyết định số 09/2022/QĐ-UBND ngày 14/3/2022 của Ủy ban nhân dân tỉnh;\n\nTheo đề nghị của Chánh Văn phòng.",
    """Điều 1. Quy định chức năng, nhiệm vụ của Văn phòng, 03 Phòng Nghiệp vụ, Phòng Giải quyết khiếu nại, tố cáo và Phòng Phòng, chống tham nhũng.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng chịu trách nhiệm thi hành./.""",
    QUANG,
)

QD_33_ARTICLES = """Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số, chứng thư số tại Thanh tra tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2025 và thay thế Quyết định số 12/QĐ-TTT ngày 15/02/2023 của Chánh Thanh tra tỉnh.

Điều 3. Chánh Văn phòng, Trưởng các phòng và công chức được cấp chứng thư số chịu trách nhiệm thi hành./."""
QD_33_ANNEX = """
QUY CHẾ

Điều 4. 100% văn bản đi và hồ sơ giải quyết đơn trên Hệ thống quản lý văn bản và điều hành được ký số; công chức sử dụng chữ ký số trên thiết bị di động (ký số từ xa).

Điều 7. Văn phòng quản lý, đề nghị cấp mới, thu hồi chứng thư số khi công chức chuyển công tác.
"""
QD_33_2025 = decision(
    "33/QĐ-TTT",
    "ngày 20 tháng 3 năm 2025",
    "Ban hành Quy chế quản lý, sử dụng chữ ký số, chứng thư số tại Thanh tra tỉnh",
    f"{ND30}\n\nTheo đề nghị của Chánh Văn phòng.",
    QD_33_ARTICLES,
    QUANG,
    annex=QD_33_ANNEX,
)

DRAFT_33 = (
    "[MẪU — văn bản hư cấu: tỉnh Thuận Yên, Thanh tra tỉnh và mọi cá nhân nêu tên đều không có thật; không có giá trị pháp lý]\n\n"
    "DỰ THẢO (lần 1)\n\nUBND TỈNH THUẬN YÊN\nTHANH TRA TỈNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số:      /QĐ-TTT\n\nThuận Yên, ngày      tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n"
    "Ban hành Quy chế quản lý, sử dụng chữ ký số, chứng thư số tại Thanh tra tỉnh\n\n"
    "CHÁNH THANH TRA TỈNH THUẬN YÊN\n\n"
    f"{ND30}\n\nTheo đề nghị của Chánh Văn phòng.\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số, chứng thư số tại Thanh tra tỉnh.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
    "Điều 3. Chánh Văn phòng, Trưởng các phòng chịu trách nhiệm thi hành./.\n\n"
    "CHÁNH THANH TRA\n\n(chưa ký)"
)

BC_30_2025 = report(
    "30/BC-TTT",
    "ngày 03 tháng 4 năm 2025",
    "Kết quả công tác cải cách hành chính quý I năm 2025",
    "Thanh tra tỉnh báo cáo kết quả cải cách hành chính quý I năm 2025 như sau:",
    """1. Chỉ đạo, điều hành: ban hành Kế hoạch số 05/KH-TTT ngày 10/01/2025; gửi Báo cáo số 04/BC-TTT ngày 08/01/2025 kết quả năm 2024.

2. Kiểm tra: ban hành Kế hoạch số 11/KH-TTT ngày 20/01/2025; kiện toàn Tổ kiểm tra cải cách hành chính tại Quyết định số 36/QĐ-TTT ngày 28/3/2025.

3. Tuyên truyền: ban hành Kế hoạch số 14/KH-TTT ngày 10/02/2025 về thông tin, truyền thông cải cách hành chính.

4. Tổ chức bộ máy: Quyết định số 25/QĐ-TTT ngày 10/3/2025 quy định chức năng, nhiệm vụ của Văn phòng và các phòng.

5. Chế độ công vụ: Quyết định số 17/QĐ-TTT ngày 25/02/2025 ban hành bản mô tả công việc, khung năng lực vị trí việc làm; Kế hoạch số 21/KH-TTT ngày 05/3/2025 kiểm tra công vụ.

6. Tài chính công: áp dụng Quy chế chi tiêu nội bộ ban hành kèm Quyết định số 121/QĐ-TTT từ ngày 01/01/2025.

7. Chính quyền số: Quyết định số 33/QĐ-TTT ngày 20/3/2025 ban hành Quy chế chữ ký số mới, áp dụng từ ngày 01/4/2025.

8. Thủ tục hành chính: quý I năm 2025 tiếp 201 lượt công dân, tiếp nhận 230 đơn; 100% hồ sơ đúng hạn.""",
    "1. Rà soát văn bản quy phạm pháp luật.\n\n2. Trình phê duyệt Quy trình nội bộ.",
    NGHIA,
)

KH_38_2025 = paper(
    "38/KH-TTT",
    "ngày 15 tháng 4 năm 2025",
    "KẾ HOẠCH",
    "Rà soát, hệ thống hóa văn bản quy phạm pháp luật liên quan đến công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo năm 2025",
    """Căn cứ Kế hoạch số 05/KH-TTT ngày 10/01/2025 của Thanh tra tỉnh;

1. Rà soát các quyết định quy phạm pháp luật của Ủy ban nhân dân tỉnh do Thanh tra tỉnh tham mưu.

2. Kiến nghị sửa đổi, bãi bỏ văn bản không còn phù hợp; báo cáo Sở Tư pháp trước ngày 30/9/2025.""",
    LAN,
)

QD_48_2025 = decision(
    "48/QĐ-TTT",
    "ngày 05 tháng 5 năm 2025",
    "Ban hành Quy chế quản lý, sử dụng tài sản công tại Thanh tra tỉnh",
    "Căn cứ Luật Quản lý, sử dụng tài sản công ngày 21 tháng 6 năm 2017;\n\nTheo đề nghị của Chánh Văn phòng.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng tài sản công tại Thanh tra tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng, kế toán cơ quan chịu trách nhiệm thi hành./.""",
    QUANG,
)

QD_1320_2025 = decision(
    "1320/QĐ-UBND",
    "ngày 12 tháng 5 năm 2025",
    "Phê duyệt Quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực tiếp công dân, giải quyết khiếu nại, tố cáo, xử lý đơn thuộc thẩm quyền của Thanh tra tỉnh",
    f"{ND61}\n\n{ND63}\n\nXét đề nghị của Chánh Thanh tra tỉnh.",
    """Điều 1. Phê duyệt kèm theo Quyết định này 14 quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Thanh tra tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 54/QĐ-TTT ngày 05/8/2022 và Quyết định số 64/QĐ-TTT ngày 02/7/2024 của Chánh Thanh tra tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Chánh Thanh tra tỉnh chịu trách nhiệm thi hành Quyết định này./.""",
    MAI,
    issuer=UB,
    who=CT_WHO,
    to="- Như Điều 3;\n- Lưu: VT, KSTT.",
)

BC_55_2025 = report(
    "55/BC-TTT",
    "ngày 16 tháng 6 năm 2025",
    "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2025",
    "Thanh tra tỉnh báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2025 như sau:",
    """1. Thể chế: triển khai Kế hoạch số 38/KH-TTT ngày 15/4/2025 rà soát văn bản quy phạm pháp luật.

2. Thủ tục hành chính: Chủ tịch Ủy ban nhân dân tỉnh phê duyệt Quy trình nội bộ tại Quyết định số 1320/QĐ-UBND ngày 12/5/2025, thay thế Quyết định số 54/QĐ-TTT và Quyết định số 64/QĐ-TTT. Lũy kế 6 tháng đầu năm 2025 tiếp 418 lượt công dân (quý II: 217 lượt), tiếp nhận 476 đơn.

3. Tài chính công: Quyết định số 48/QĐ-TTT ngày 05/5/2025 ban hành Quy chế quản lý, sử dụng tài sản công.

4. Kiểm tra: Tổ kiểm tra đã kiểm tra 02/06 phòng theo Kế hoạch số 11/KH-TTT.

5. Chính quyền số: 6 tháng đầu năm 2025 tiếp nhận 166 phản ánh qua Zalo OA.""",
    "1. Tổ chức Cuộc thi trực tuyến năm 2025.\n\n2. Kiện toàn chức năng, nhiệm vụ các phòng khi có quyết định mới của Ủy ban nhân dân tỉnh.",
    LAN,
)

QD_15_2025 = decision(
    "15/2025/QĐ-UBND",
    "ngày 20 tháng 6 năm 2025",
    "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Thanh tra tỉnh Thuận Yên",
    f"{LUAT_2025}\n\n{LUAT_TT}\n\nTheo đề nghị của Chánh Thanh tra tỉnh và Giám đốc Sở Nội vụ.",
    """Điều 1. Thanh tra tỉnh là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thực hiện chức năng quản lý nhà nước về công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo, phòng, chống tham nhũng, tiêu cực.

Điều 2. Cơ cấu tổ chức: Văn phòng, Phòng Nghiệp vụ 1, Phòng Nghiệp vụ 2, Phòng Tiếp công dân và xử lý đơn, Phòng Phòng, chống tham nhũng.

Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025 và thay thế Quyết định số 09/2022/QĐ-UBND ngày 14/3/2022 của Ủy ban nhân dân tỉnh. Chánh Văn phòng Ủy ban nhân dân tỉnh, Chánh Thanh tra tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.""",
    BAO_UB,
    issuer=UB,
    who=UBND_WHO,
    to=TO_UB_LAW,
)

QD_63_2025 = decision(
    "63/QĐ-TTT",
    "ngày 27 tháng 6 năm 2025",
    "Tạm dừng áp dụng Điều 5 Quy định tiêu chí đánh giá, xếp loại chất lượng công chức hằng tháng ban hành kèm theo Quyết định số 44/QĐ-TTT ngày 06/5/2024",
    "Căn cứ thông báo của Sở Nội vụ về việc nâng cấp Phần mềm đánh giá công chức của tỉnh;\n\nTheo đề nghị của Chánh Văn phòng.",
    """Điều 1. Tạm dừng áp dụng Điều 5 Quy định ban hành kèm theo Quyết định số 44/QĐ-TTT ngày 06/5/2024 kể từ ngày 01 tháng 7 năm 2025 đến hết ngày 30 tháng 9 năm 2025. Trong thời gian tạm dừng, công chức tự đánh giá bằng phiếu giấy; các điều khác của Quy định giữ nguyên.

Điều 2. Hết thời hạn tạm dừng, Điều 5 của Quy định tiếp tục được áp dụng.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các phòng chịu trách nhiệm thi hành./.""",
    NGHIA,
)

QD_68_2025 = decision(
    "68/QĐ-TTT",
    "ngày 15 tháng 7 năm 2025",
    "Quy định chức năng, nhiệm vụ của Văn phòng và các phòng thuộc Thanh tra tỉnh",
    "Căn cứ Quyết định số 15/2025/QĐ-UBND ngày 20/6/2025 của Ủy ban nhân dân tỉnh;\n\nTheo đề nghị của Chánh Văn phòng.",
    """Điều 1. Quy định chức năng, nhiệm vụ của Văn phòng, Phòng Nghiệp vụ 1, Phòng Nghiệp vụ 2, Phòng Tiếp công dân và xử lý đơn, Phòng Phòng, chống tham nhũng. Văn phòng là đầu mối tham mưu công tác cải cách hành chính.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 25/QĐ-TTT ngày 10/3/2025 của Chánh Thanh tra tỉnh.

Điều 3. Chánh Văn phòng, Trưởng các phòng chịu trách nhiệm thi hành./.""",
    QUANG,
)

QD_70_2025 = decision(
    "70/QĐ-TTT",
    "ngày 25 tháng 7 năm 2025",
    "Kéo dài thời gian thí điểm tiếp nhận phản ánh, kiến nghị qua Zalo OA theo Quyết định số 73/QĐ-TTT ngày 15/7/2024",
    "Căn cứ Quyết định số 73/QĐ-TTT ngày 15/7/2024 của Chánh Thanh tra tỉnh;\n\nTheo đề nghị của Chánh Văn phòng.",
    """Điều 1. Sửa đổi Điều 2 Quyết định số 73/QĐ-TTT ngày 15/7/2024 như sau: "Thời gian thí điểm từ ngày 01 tháng 8 năm 2024 đến hết ngày 31 tháng 12 năm 2025."

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng chịu trách nhiệm thi hành./.""",
    LAN,
)

QD_74_2025 = decision(
    "74/QĐ-TTT",
    "ngày 05 tháng 8 năm 2025",
    "Bãi bỏ Điều 3 và Điều 10 Quy chế làm việc của Thanh tra tỉnh ban hành kèm theo Quyết định số 31/QĐ-TTT ngày 20/4/2022",
    "Căn cứ Quyết định số 68/QĐ-TTT ngày 15/7/2025 của Chánh Thanh tra tỉnh;\n\nTheo đề nghị của Chánh Văn phòng.",
    """Điều 1. Bãi bỏ Điều 3 và Điều 10 Quy chế làm việc ban hành kèm theo Quyết định số 31/QĐ-TTT ngày 20/4/2022. Các điều khác của Quy chế giữ nguyên.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng chịu trách nhiệm thi hành./.""",
    QUANG,
)

QD_1876_2025 = decision(
    "1876/QĐ-UBND",
    "ngày 10 tháng 9 năm 2025",
    "Công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Thanh tra tỉnh Thuận Yên",
    f"{ND63}\n\n{ND61}\n\nXét đề nghị của Chánh Thanh tra tỉnh.",
    """Điều 1. Công bố kèm theo Quyết định này Danh mục 12 thủ tục hành chính thuộc thẩm quyền giải quyết của Thanh tra tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1480/QĐ-UBND ngày 25/6/2024 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Chánh Thanh tra tỉnh chịu trách nhiệm thi hành Quyết định này./.

DANH MỤC THỦ TỤC HÀNH CHÍNH (số thủ tục theo lĩnh vực)""",
    MAI,
    issuer=UB,
    who=CT_WHO,
    to="- Như Điều 3;\n- Cục Kiểm soát TTHC - Văn phòng Chính phủ;\n- Lưu: VT, KSTT.",
)
LIST_1876 = [
    ["STT", "Lĩnh vực", "Số thủ tục"],
    ["1", "Tiếp công dân", "2"],
    ["2", "Giải quyết khiếu nại", "4"],
    ["3", "Giải quyết tố cáo", "3"],
    ["4", "Xử lý đơn", "1"],
    ["5", "Phòng, chống tham nhũng", "2"],
    ["", "Tổng cộng", "12"],
]

TB_88_2025 = paper(
    "88/TB-TTT",
    "ngày 18 tháng 9 năm 2025",
    "THÔNG BÁO",
    "Kết quả Cuộc thi trực tuyến tìm hiểu về cải cách hành chính năm 2025",
    """Thực hiện Kế hoạch số 14/KH-TTT ngày 10/02/2025, Cuộc thi trực tuyến tìm hiểu về cải cách hành chính năm 2025 diễn ra từ ngày 01/6/2025 đến ngày 31/8/2025 với 1.540 lượt người dự thi (chỉ tiêu tối thiểu 1.500 lượt). Ban Tổ chức trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến khích.

Văn phòng thông báo để các phòng biết./.""",
    HA,
)

KH_90_2025 = paper(
    "90/KH-TTT",
    "ngày 22 tháng 9 năm 2025",
    "KẾ HOẠCH",
    "Tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống ngành Thanh tra Việt Nam (23/11/1945 - 23/11/2025)",
    """1. Tổ chức Lễ kỷ niệm vào sáng ngày 21/11/2025 tại Hội trường Ủy ban nhân dân tỉnh; mời nguyên lãnh đạo Thanh tra tỉnh qua các thời kỳ.

2. Văn phòng chuẩn bị phóng sự truyền thống, khánh tiết, khen thưởng; kinh phí từ nguồn chi thường xuyên năm 2025.""",
    QUANG,
)

BC_96_2025 = report(
    "96/BC-TTT",
    "ngày 06 tháng 10 năm 2025",
    "Kết quả công tác cải cách hành chính 9 tháng năm 2025",
    "Thanh tra tỉnh báo cáo kết quả cải cách hành chính 9 tháng năm 2025 như sau:",
    """1. Tổ chức bộ máy: Ủy ban nhân dân tỉnh ban hành Quyết định số 15/2025/QĐ-UBND ngày 20/6/2025 quy định chức năng, nhiệm vụ của Thanh tra tỉnh (hiệu lực từ ngày 01/7/2025); Chánh Thanh tra ban hành Quyết định số 68/QĐ-TTT ngày 15/7/2025 thay thế Quyết định số 25/QĐ-TTT.

2. Chế độ công vụ: Quyết định số 63/QĐ-TTT ngày 27/6/2025 tạm dừng Điều 5 Quy định đánh giá công chức từ ngày 01/7/2025 đến hết ngày 30/9/2025; Quyết định số 74/QĐ-TTT ngày 05/8/2025 bãi bỏ Điều 3 và Điều 10 Quy chế làm việc.

3. Tuyên truyền: Cuộc thi trực tuyến năm 2025 có 1.540 lượt người dự thi (Thông báo số 88/TB-TTT ngày 18/9/2025).

4. Thủ tục hành chính: Quyết định số 1876/QĐ-UBND ngày 10/9/2025 công bố 12 thủ tục, thay thế Quyết định số 1480/QĐ-UBND. Trong quý III năm 2025 tiếp 205 lượt công dân; lũy kế 9 tháng tiếp 623 lượt, tiếp nhận 702 đơn.

5. Chính quyền số: thời gian thí điểm Zalo OA được kéo dài đến hết ngày 31/12/2025 (Quyết định số 70/QĐ-TTT ngày 25/7/2025).""",
    "1. Hoàn thành tự kiểm tra các phòng.\n\n2. Tổng kết thí điểm Zalo OA.",
    NGHIA,
)

BC_118_2025 = report(
    "118/BC-TTT",
    "ngày 12 tháng 12 năm 2025",
    "Kết quả công tác cải cách hành chính năm 2025",
    "Thực hiện Kế hoạch số 05/KH-TTT ngày 10/01/2025, Thanh tra tỉnh báo cáo kết quả cải cách hành chính năm 2025 (số liệu từ ngày 01/01/2025 đến ngày 30/11/2025) như sau:",
    """1. Chỉ đạo, điều hành: Kế hoạch số 05/KH-TTT ngày 10/01/2025 được triển khai đầy đủ.

2. Kiểm tra: theo Kế hoạch số 11/KH-TTT ngày 20/01/2025 đã kiểm tra 06/06 phòng.

3. Tuyên truyền: Kế hoạch số 14/KH-TTT ngày 10/02/2025; Cuộc thi trực tuyến có 1.540 lượt người dự thi, vượt chỉ tiêu 1.500 lượt (Thông báo số 88/TB-TTT ngày 18/9/2025).

4. Thể chế: rà soát văn bản quy phạm pháp luật theo Kế hoạch số 38/KH-TTT ngày 15/4/2025, không phát hiện văn bản cần bãi bỏ.

5. Thủ tục hành chính: Quyết định số 1320/QĐ-UBND ngày 12/5/2025 phê duyệt Quy trình nội bộ; Quyết định số 1876/QĐ-UBND ngày 10/9/2025 công bố 12 thủ tục. Từ ngày 01/01/2025 đến ngày 30/11/2025 tiếp 771 lượt công dân, tiếp nhận 865 đơn; 100% hồ sơ đúng hạn.

6. Tổ chức bộ máy: Quyết định số 15/2025/QĐ-UBND ngày 20/6/2025; Quyết định số 68/QĐ-TTT ngày 15/7/2025.

7. Chế độ công vụ: Quyết định số 17/QĐ-TTT ngày 25/02/2025 (vị trí việc làm); Kế hoạch số 21/KH-TTT ngày 05/3/2025 kiểm tra công vụ; Điều 5 Quy định đánh giá công chức (Quyết định số 44/QĐ-TTT) tạm dừng theo Quyết định số 63/QĐ-TTT và tiếp tục áp dụng từ ngày 01/10/2025; Quyết định số 74/QĐ-TTT ngày 05/8/2025 bãi bỏ hai điều của Quy chế làm việc.

8. Tài chính công: thực hiện Quy chế chi tiêu nội bộ (Quyết định số 121/QĐ-TTT); Quyết định số 48/QĐ-TTT ngày 05/5/2025 về quản lý tài sản công. Kinh phí tiết kiệm đến ngày 30/11/2025 là 203,7 triệu đồng.

9. Chính quyền số: Quy chế chữ ký số (Quyết định số 33/QĐ-TTT ngày 20/3/2025); thí điểm Zalo OA kéo dài theo Quyết định số 70/QĐ-TTT ngày 25/7/2025, từ ngày 01/01/2025 đến ngày 30/11/2025 tiếp nhận 298 phản ánh.""",
    "1. Ban hành Kế hoạch cải cách hành chính năm 2026.\n\n2. Đánh giá kết thúc thí điểm Zalo OA.",
    QUANG,
)

KH_126_2025 = paper(
    "126/KH-TTT",
    "ngày 30 tháng 12 năm 2025",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2026 của Thanh tra tỉnh",
    f"""{NQ76}

Thực hiện Kế hoạch số 215/KH-UBND ngày 25/12/2025 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2026, Thanh tra tỉnh ban hành Kế hoạch như sau:

1. Tự kiểm tra 100% phòng; tổ chức cuộc thi tìm hiểu cải cách hành chính năm 2026.

2. Sau khi kết thúc thí điểm Zalo OA (31/12/2025), tiếp nhận phản ánh, kiến nghị qua Cổng Dịch vụ công của tỉnh.

3. 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn; tiết kiệm tối thiểu 10% chi thường xuyên.""",
    QUANG,
)

# ---------------------------------------------------------------- 2026
QD_05_2026 = decision(
    "05/QĐ-TTT",
    "ngày 15 tháng 01 năm 2026",
    "Về việc Quyết định số 44/QĐ-TTT ngày 06/5/2024 hết hiệu lực thi hành",
    "Căn cứ Quyết định số 15/2025/QĐ-UBND ngày 20/6/2025 của Ủy ban nhân dân tỉnh;\n\nTheo đề nghị của Chánh Văn phòng.",
    """Điều 1. Quyết định số 44/QĐ-TTT ngày 06/5/2024 của Chánh Thanh tra tỉnh ban hành Quy định tiêu chí đánh giá, xếp loại chất lượng công chức hằng tháng hết hiệu lực thi hành kể từ ngày 01 tháng 02 năm 2026; việc đánh giá, xếp loại công chức thực hiện thống nhất theo quy định chung của Ủy ban nhân dân tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng chịu trách nhiệm thi hành./.""",
    QUANG,
)

BC_27_2026 = report(
    "27/BC-TTT",
    "ngày 06 tháng 4 năm 2026",
    "Kết quả công tác cải cách hành chính quý I năm 2026",
    "Thanh tra tỉnh báo cáo kết quả cải cách hành chính quý I năm 2026 như sau:",
    """1. Chỉ đạo, điều hành: triển khai Kế hoạch số 126/KH-TTT ngày 30/12/2025.

2. Chế độ công vụ: Quyết định số 05/QĐ-TTT ngày 15/01/2026, Quyết định số 44/QĐ-TTT hết hiệu lực từ ngày 01/02/2026.

3. Chính quyền số: thí điểm Zalo OA kết thúc ngày 31/12/2025 theo thời hạn tại Quyết định số 70/QĐ-TTT; phản ánh, kiến nghị được tiếp nhận qua Cổng Dịch vụ công.

4. Thủ tục hành chính: quý I năm 2026 tiếp 194 lượt công dân, giảm 3,5% so với cùng kỳ năm 2025 (201 lượt); tiếp nhận 221 đơn.""",
    "1. Tổ chức cuộc thi tìm hiểu cải cách hành chính năm 2026.",
    NGHIA,
)

BC_95_2026 = report(
    "95/BC-TTT",
    "ngày 05 tháng 10 năm 2026",
    "Kết quả công tác cải cách hành chính 9 tháng năm 2026",
    "Thanh tra tỉnh báo cáo kết quả cải cách hành chính 9 tháng năm 2026 như sau:",
    """1. Tuyên truyền: Cuộc thi trực tuyến năm 2026 có 1.602 lượt người dự thi.

2. Thủ tục hành chính: trong quý III năm 2026 tiếp 188 lượt công dân; lũy kế 9 tháng năm 2026 tiếp 587 lượt, giảm 5,8% so với cùng kỳ năm 2025 (623 lượt); tiếp nhận 664 đơn; 100% hồ sơ đúng hạn.""",
    "1. Tổng kết công tác cải cách hành chính năm 2026.",
    NGHIA,
)

CV_960_2026 = paper(
    "960/TTT-VP",
    "ngày 24 tháng 11 năm 2026",
    "",
    "V/v cung cấp số liệu xác định Chỉ số cải cách hành chính năm 2026",
    """Kính gửi: Sở Nội vụ tỉnh Thuận Yên.

Thanh tra tỉnh cung cấp số liệu phục vụ xác định Chỉ số cải cách hành chính năm 2026 như sau:

1. Văn bản đang áp dụng: Quyết định số 15/2025/QĐ-UBND ngày 20/6/2025 (chức năng, nhiệm vụ); Quyết định số 68/QĐ-TTT ngày 15/7/2025 (các phòng); Quyết định số 1320/QĐ-UBND ngày 12/5/2025 (quy trình nội bộ); Quyết định số 1876/QĐ-UBND ngày 10/9/2025 (danh mục 12 thủ tục); Quyết định số 33/QĐ-TTT ngày 20/3/2025 (chữ ký số).

2. Từ ngày 01/01/2026 đến ngày 15/11/2026 tiếp 652 lượt công dân; 100% hồ sơ đúng hạn.

Thanh tra tỉnh gửi Sở Nội vụ tổng hợp./.""",
    HA,
    to="- Như trên;\n- Lưu: VT, VP.",
)


def _report_docx(file: str, text: str, rows: list[list[str]], title: str) -> Sample:
    """A report in DOCX: its sections, the table, then the next tasks and signer after it."""
    top, rest = text.split("II. NHIỆM VỤ TRỌNG TÂM")
    return Sample(
        file, "docx", (top,), table=rows, after="II. NHIỆM VỤ TRỌNG TÂM" + rest, title=title
    )


LATE: list[Sample] = [
    _report_docx("BC CCHC nam 2024.docx", BC_04_2025, QUARTERS_2024, "BC 04/BC-TTT (MẪU)"),
    Sample("KH CCHC 2025.docx", "docx", (KH_05_2025,), title="KH 05/KH-TTT (MẪU)"),
    Sample("QD 09 cong khai du toan 2025.txt", "txt", (QD_09_2025,)),
    Sample("KH tu kiem tra CCHC 2025.txt", "txt", (KH_11_2025,)),
    Sample("KH thong tin truyen thong CCHC 2025.txt", "txt", (KH_14_2025,)),
    Sample("QD 17 ban mo ta VTVL.docx", "docx", (QD_17_2025,), title="QĐ 17/QĐ-TTT (MẪU)"),
    Sample("KH kiem tra cong vu 2025.txt", "txt", (KH_21_2025,)),
    Sample("QD 25 chuc nang cac phong.txt", "txt", (QD_25_2025,)),
    Sample(
        "QD 33 quy che chu ky so 2025.pdf", "pdf", (QD_33_2025,), title="QĐ 33/QĐ-TTT (MẪU, hư cấu)"
    ),
    Sample("Du thao QC chu ky so 2025.docx", "docx", (DRAFT_33,), title="Dự thảo (MẪU)"),
    Sample("bc quy I 2025.txt", "txt", (BC_30_2025,)),
    Sample("KH ra soat VBQPPL 2025.txt", "txt", (KH_38_2025,)),
    Sample("QD 48 tai san cong.txt", "txt", (QD_48_2025,)),
    Sample(
        "QD 1320 quy trinh noi bo.pdf",
        "pdf",
        (QD_1320_2025,),
        title="QĐ 1320/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample("BC 6 thang 2025.pdf", "pdf", (BC_55_2025,), title="BC 55/BC-TTT (MẪU, hư cấu)"),
    Sample(
        "QD 15-2025-QD-UBND chuc nang Thanh tra tinh.pdf",
        "pdf",
        (QD_15_2025,),
        title="QĐ 15/2025/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample("QD 63 tam dung Dieu 5.txt", "txt", (QD_63_2025,)),
    Sample("QD 68 chuc nang cac phong.docx", "docx", (QD_68_2025,), title="QĐ 68/QĐ-TTT (MẪU)"),
    Sample("QD 70 keo dai thi diem Zalo.txt", "txt", (QD_70_2025,)),
    Sample("QD 74 bai bo Dieu 3 Dieu 10 QCLV.txt", "txt", (QD_74_2025,)),
    Sample(
        "QD 1876 danh muc TTHC 2025.docx",
        "docx",
        (QD_1876_2025,),
        table=LIST_1876,
        after="(Nội dung cụ thể từng thủ tục được công khai trên Cổng Dịch vụ công của tỉnh.)",
        title="QĐ 1876/QĐ-UBND (MẪU)",
    ),
    Sample("TB 88 ket qua cuoc thi 2025.txt", "txt", (TB_88_2025,)),
    Sample("KH 90 le ky niem 80 nam.txt", "txt", (KH_90_2025,)),
    Sample("bc 9 thang 2025.txt", "txt", (BC_96_2025,)),
    Sample("BC CCHC nam 2025.pdf", "pdf", (BC_118_2025,), title="BC 118/BC-TTT (MẪU, hư cấu)"),
    Sample("KH CCHC 2026.txt", "txt", (KH_126_2025,)),
    Sample("QD 05 het hieu luc QD 44.txt", "txt", (QD_05_2026,)),
    Sample("bc quy I 2026.txt", "txt", (BC_27_2026,)),
    Sample("bc 9 thang 2026.txt", "txt", (BC_95_2026,)),
    Sample("CV 960 so lieu chi so CCHC 2026.txt", "txt", (CV_960_2026,)),
]
