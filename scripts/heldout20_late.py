"""Twentieth held-out archive, 2025 – 2026: the Sở Tài chính of tỉnh Long Thạnh (fictional),
from 01/3/2025 with the Sở Kế hoạch và Đầu tư's tasks. Do not tune on it.

The dossier count that grows with business registration from the second quarter of 2025 (the
measure's scope changes, the report says so); a year reported twice — to 30/11 in December and
officially in January, the second "thay thế số liệu tại Báo cáo số …"; no 9-month report in
2025, its figure only as "cùng kỳ" a year later; a quarter's rate corrected in the next report;
a procedure amended a second time and then replaced; an article of the reporting rules repealed;
a working group's decision ended; a scoring rule suspended to a stated day; a Quy chế beside its
DỰ THẢO. Written by hand; facts in ``bench/data/heldout20_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from heldout20_common import (
    DANH_UB,
    GD,
    HANH,
    KHAI,
    LUAT_2025,
    MARK,
    ND45,
    ND45_2025,
    ND61,
    ND63,
    PLACE,
    STC,
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

# ---------------------------------------------------------------- 2025
KH_07_2025 = plan(
    "07/KH-STC",
    "ngày 10 tháng 01 năm 2025",
    2025,
    "Kế hoạch số 14/KH-UBND ngày 06/01/2025",
    """1. Tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt tối thiểu 50%.

2. Phấn đấu 99% hồ sơ được giải quyết đúng hạn.""",
    """1. Chuẩn bị tiếp nhận chức năng, nhiệm vụ của Sở Kế hoạch và Đầu tư; tham mưu quyết định quy định chức năng, nhiệm vụ của Sở sau sắp xếp.

2. Sửa đổi phạm vi Quy trình nội bộ (Quyết định số 61/QĐ-STC) để áp dụng cho thủ tục lĩnh vực đăng ký doanh nghiệp, đầu tư.""",
    KHAI,
)

QD_09_2025 = decision(
    "09/QĐ-STC",
    "ngày 20 tháng 01 năm 2025",
    "Bãi bỏ Điều 4 Quy định chế độ thông tin, báo cáo số liệu cải cách hành chính ban hành kèm theo Quyết định số 102/QĐ-STC ngày 19/9/2022",
    "Căn cứ Quyết định số 08/2022/QĐ-UBND ngày 18/02/2022 của Ủy ban nhân dân tỉnh;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Bãi bỏ Điều 4 Quyết định số 102/QĐ-STC ngày 19/9/2022 của Giám đốc Sở Tài chính. Từ kỳ báo cáo quý I năm 2025, số liệu quý, 6 tháng, 9 tháng được tính đến hết ngày cuối cùng của kỳ báo cáo. Các điều khác của Quyết định số 102/QĐ-STC giữ nguyên.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 02 năm 2025.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    HANH,
)

TTR_16_2025 = (
    head(
        "16/TTr-STC",
        "ngày 12 tháng 02 năm 2025",
        "TỜ TRÌNH",
        "Về việc ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính sau sắp xếp",
    )
    + """
Kính gửi: Ủy ban nhân dân tỉnh Long Thạnh.

Thực hiện chủ trương sắp xếp tổ chức bộ máy, Sở Kế hoạch và Đầu tư hợp nhất vào Sở Tài chính từ ngày 01/3/2025. Sở Tài chính kính trình Ủy ban nhân dân tỉnh ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính, thay thế Quyết định số 08/2022/QĐ-UBND ngày 18/02/2022 và Quyết định số 14/2021/QĐ-UBND ngày 05/4/2021 (chức năng, nhiệm vụ của Sở Kế hoạch và Đầu tư).

Dự kiến cơ cấu tổ chức gồm Văn phòng, Thanh tra, 06 phòng chuyên môn, trong đó Phòng Đăng ký kinh doanh tiếp nhận từ Sở Kế hoạch và Đầu tư.

Kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.

Nơi nhận:
- Như trên;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + KHAI
)

QD_05_2025 = decision(
    "05/2025/QĐ-UBND",
    "ngày 26 tháng 02 năm 2025",
    "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính tỉnh Long Thạnh",
    f"{LUAT_2025}\n\n{ND45_2025}\n\nTheo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 16/TTr-STC ngày 12/02/2025.",
    """Điều 1. Sở Tài chính là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu quản lý nhà nước về tài chính, ngân sách, giá, tài sản công, kế hoạch và đầu tư, đăng ký doanh nghiệp, kinh tế tập thể.

Điều 2. Cơ cấu tổ chức: Văn phòng, Thanh tra, Phòng Quản lý ngân sách, Phòng Tài chính hành chính sự nghiệp, Phòng Quản lý giá và công sản, Phòng Tổng hợp - Quy hoạch, Phòng Đầu tư, Phòng Đăng ký kinh doanh.

Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2025 và thay thế Quyết định số 08/2022/QĐ-UBND ngày 18/02/2022 và Quyết định số 14/2021/QĐ-UBND ngày 05/4/2021 của Ủy ban nhân dân tỉnh.

Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.""",
    DANH_UB,
    issuer=UB,
    who=UBND_WHO,
    to="- Như Điều 4;\n- Bộ Tài chính;\n- Cục Kiểm tra văn bản QPPL - Bộ Tư pháp;\n- Lưu: VT, KT.",
)

TB_11_2025 = (
    head(
        "11/TB-STC",
        "ngày 27 tháng 02 năm 2025",
        "THÔNG BÁO",
        "Về việc tiếp nhận hồ sơ đăng ký doanh nghiệp, đầu tư tại Bộ phận Một cửa Sở Tài chính",
    )
    + """
Thực hiện Quyết định số 05/2025/QĐ-UBND ngày 26/02/2025 của Ủy ban nhân dân tỉnh, Sở Tài chính thông báo:

1. Từ ngày 01/3/2025, hồ sơ đăng ký doanh nghiệp, đầu tư trước đây nộp tại Sở Kế hoạch và Đầu tư được tiếp nhận tại Bộ phận Một cửa Sở Tài chính hoặc trực tuyến trên Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.

2. Việc giải quyết hồ sơ đăng ký doanh nghiệp tạm thời tiếp tục thực hiện theo Quy trình nội bộ ban hành kèm theo Quyết định số 86/QĐ-SKHĐT ngày 12/8/2022 của Sở Kế hoạch và Đầu tư.

3. Trong tháng 3/2025, Phòng Đăng ký kinh doanh tiếp tục theo dõi, báo cáo riêng số liệu hồ sơ đăng ký doanh nghiệp; từ quý II/2025 số liệu được tổng hợp chung vào báo cáo cải cách hành chính của Sở.

Sở Tài chính thông báo để tổ chức, cá nhân biết./.

Nơi nhận:
- Cổng thông tin điện tử tỉnh;
- Lưu: VT, VP.
"""
    + HANH
)

QD_20_2025 = decision(
    "20/QĐ-STC",
    "ngày 24 tháng 3 năm 2025",
    "Về việc chấm dứt hoạt động của Tổ công tác rà soát, đối soát số liệu cải cách hành chính",
    "Căn cứ Quyết định số 05/2025/QĐ-UBND ngày 26/02/2025 của Ủy ban nhân dân tỉnh;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Chấm dứt hoạt động của Tổ công tác rà soát, đối soát số liệu cải cách hành chính; nhiệm vụ đối soát số liệu giao Văn phòng Sở thực hiện.

Điều 2. Quyết định số 37/QĐ-STC ngày 20/3/2023 của Giám đốc Sở Tài chính hết hiệu lực kể từ ngày ký Quyết định này.

Điều 3. Chánh Văn phòng, Trưởng các phòng và các thành viên Tổ công tác chịu trách nhiệm thi hành Quyết định này./.""",
    KHAI,
)

BC_38_TOP, BC_38_BODY = report(
    "38/BC-STC",
    "ngày 07 tháng 4 năm 2025",
    "Kết quả công tác cải cách hành chính quý I năm 2025",
    "Sở Tài chính báo cáo kết quả công tác cải cách hành chính quý I năm 2025 (số liệu đến hết ngày 31/3/2025) như sau:",
    """1. Quyết định số 05/2025/QĐ-UBND ngày 26/02/2025 của Ủy ban nhân dân tỉnh có hiệu lực từ ngày 01/3/2025, thay thế Quyết định số 08/2022/QĐ-UBND và Quyết định số 14/2021/QĐ-UBND. Quyết định số 09/QĐ-STC ngày 20/01/2025 bãi bỏ Điều 4 Quyết định số 102/QĐ-STC. Quyết định số 37/QĐ-STC hết hiệu lực theo Quyết định số 20/QĐ-STC ngày 24/3/2025.

2. Quý I năm 2025, Sở tiếp nhận 1.096 hồ sơ (chưa bao gồm hồ sơ đăng ký doanh nghiệp tháng 3/2025 do Phòng Đăng ký kinh doanh báo cáo riêng); tỷ lệ đúng hạn 98,6%; tỷ lệ hồ sơ nộp trực tuyến toàn trình 44,8%; cấp mới năm mươi tư mã số đơn vị có quan hệ với ngân sách.""",
)
BC_38_BODY += "\n" + closing(TUAN)

QD_33_2025 = decision(
    "33/QĐ-STC",
    "ngày 15 tháng 4 năm 2025",
    "Sửa đổi, bổ sung Điều 7 Quy trình nội bộ giải quyết thủ tục hành chính ban hành kèm theo Quyết định số 61/QĐ-STC ngày 25/5/2023",
    f"{ND61}\n\nCăn cứ Quyết định số 05/2025/QĐ-UBND ngày 26/02/2025 của Ủy ban nhân dân tỉnh;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Sửa đổi, bổ sung Điều 7 Quy trình nội bộ giải quyết thủ tục hành chính ban hành kèm theo Quyết định số 61/QĐ-STC ngày 25/5/2023 (đã được sửa đổi, bổ sung Điều 5 bởi Quyết định số 15/QĐ-STC ngày 05/3/2024) như sau:

"Điều 7. Phạm vi áp dụng: thủ tục hành chính lĩnh vực quản lý công sản, giá, tin học - thống kê, tài chính ngân sách, tài chính doanh nghiệp, thành lập và hoạt động doanh nghiệp, đầu tư tại Việt Nam thuộc thẩm quyền giải quyết của Sở."

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 5 năm 2025.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    KHAI,
)

RULES_2025 = """
QUY CHẾ LÀM VIỆC CỦA SỞ TÀI CHÍNH

Điều 4. Giám đốc Sở họp giao ban với Phó Giám đốc và Trưởng các phòng vào sáng thứ Hai hằng tuần; giao ban cải cách hành chính hằng quý.

Điều 9. Phòng Đăng ký kinh doanh báo cáo số liệu hồ sơ đăng ký doanh nghiệp cùng kỳ báo cáo của Sở.
"""
QD_40_ARTICLES = """Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Tài chính.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 28/QĐ-STC ngày 21/3/2022 của Giám đốc Sở Tài chính.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./."""
QD_40_2025 = decision(
    "40/QĐ-STC",
    "ngày 05 tháng 5 năm 2025",
    "Ban hành Quy chế làm việc của Sở Tài chính",
    "Căn cứ Quyết định số 05/2025/QĐ-UBND ngày 26/02/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    QD_40_ARTICLES,
    KHAI,
    annex=RULES_2025,
)

# The DỰ THẢO of 40/QĐ-STC (lần 2), beside the signed file: no number, no day, no signature.
DRAFT_40 = (
    "\n".join(
        [
            MARK,
            "",
            *STC,
            "",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "DỰ THẢO (lần 2)",
            "",
            "Số:      /QĐ-STC",
            "",
            f"{PLACE}, ngày      tháng 4 năm 2025",
            "",
            "QUYẾT ĐỊNH",
            "Ban hành Quy chế làm việc của Sở Tài chính",
            "",
        ]
    )
    + f"""
{GD}

Căn cứ Quyết định số 05/2025/QĐ-UBND ngày 26/02/2025 của Ủy ban nhân dân tỉnh;

QUYẾT ĐỊNH:

{QD_40_ARTICLES.replace("có hiệu lực kể từ ngày ký", "có hiệu lực kể từ ngày 01 tháng 5 năm 2025")}

(Dự thảo lấy ý kiến các phòng đến ngày 28/4/2025; góp ý gửi Văn phòng Sở.)

GIÁM ĐỐC
"""
    + RULES_2025
)

QD_1385 = decision(
    "1385/QĐ-UBND",
    "ngày 09 tháng 6 năm 2025",
    "Công bố Danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Tài chính tỉnh Long Thạnh sau sắp xếp",
    f"{ND63}\n\n{ND61}\n\nXét đề nghị của Giám đốc Sở Tài chính.",
    """Điều 1. Công bố kèm theo Quyết định này Danh mục 142 thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Tài chính (gồm cả lĩnh vực thành lập và hoạt động doanh nghiệp, đầu tư tiếp nhận từ Sở Kế hoạch và Đầu tư).

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1120/QĐ-UBND ngày 10/5/2024 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.

DANH MỤC THỦ TỤC HÀNH CHÍNH (số thủ tục theo lĩnh vực)""",
    THU,
    issuer=UB,
    who=CT_WHO,
    to="- Như Điều 3;\n- Cục Kiểm soát TTHC - Văn phòng Chính phủ;\n- Lưu: VT, KSTT.",
)
LIST_1385 = [
    ["STT", "Lĩnh vực", "Số thủ tục"],
    ["1", "Quản lý công sản", "21"],
    ["2", "Quản lý giá", "9"],
    ["3", "Tin học - thống kê", "6"],
    ["4", "Tài chính ngân sách", "15"],
    ["5", "Tài chính doanh nghiệp", "7"],
    ["6", "Thành lập và hoạt động doanh nghiệp", "62"],
    ["7", "Đầu tư tại Việt Nam", "22"],
    ["", "Tổng cộng", "142"],
]

BC_112_TOP, BC_112_BODY = report(
    "112/BC-STC",
    "ngày 16 tháng 6 năm 2025",
    "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2025",
    "Sở Tài chính báo cáo kết quả công tác cải cách hành chính 6 tháng đầu năm 2025 như sau:",
    """1. Giám đốc Sở ký Quyết định số 40/QĐ-STC ngày 05/5/2025 ban hành Quy chế làm việc, thay thế Quyết định số 28/QĐ-STC; Quyết định số 33/QĐ-STC ngày 15/4/2025 sửa đổi Điều 7 Quy trình nội bộ (Quyết định số 61/QĐ-STC) từ ngày 01/5/2025. Chủ tịch Ủy ban nhân dân tỉnh công bố 142 thủ tục hành chính tại Quyết định số 1385/QĐ-UBND ngày 09/6/2025, thay thế Quyết định số 1120/QĐ-UBND.

2. 6 tháng đầu năm 2025, Sở tiếp nhận 4.874 hồ sơ, trong đó lĩnh vực đăng ký doanh nghiệp 2.611 hồ sơ (từ quý II/2025 số liệu của Sở bao gồm hồ sơ đăng ký doanh nghiệp, đầu tư, nên không so sánh với cùng kỳ năm 2024); tỷ lệ đúng hạn 98,7%; tỷ lệ nộp trực tuyến toàn trình 58,2%, toàn tỉnh 52,3%.

3. Thí điểm trả kết quả bản điện tử theo Quyết định số 52/QĐ-STC kết thúc ngày 30/6/2025 theo thời hạn thí điểm; Văn phòng Sở tổng kết trong tháng 7/2025.""",
)
BC_112_BODY += "\n" + closing(HANH)

KH_19_2025 = (
    head(
        "19/KH-STC",
        "ngày 08 tháng 7 năm 2025",
        "KẾ HOẠCH",
        "Chuyển đổi số trong giải quyết thủ tục hành chính tại Sở Tài chính năm 2025",
    )
    + f"""
{ND45}

I. CHỈ TIÊU

1. Phấn đấu 100% hồ sơ thủ tục hành chính được số hóa khi tiếp nhận.

2. 100% kết quả cấp mã số đơn vị có quan hệ với ngân sách trả bản điện tử (tiếp tục cách làm thí điểm theo Quyết định số 52/QĐ-STC đã kết thúc ngày 30/6/2025).

II. THỜI GIAN

Thực hiện đến hết ngày 31/12/2025.

Nơi nhận:
- Các phòng thuộc Sở;
- Lưu: VT, VP.
"""
    + HANH
)

QD_55_2025 = decision(
    "55/QĐ-STC",
    "ngày 28 tháng 7 năm 2025",
    "Ban hành Quy định chấm điểm, xếp loại kết quả cải cách hành chính các phòng thuộc Sở Tài chính",
    "Căn cứ Quyết định số 05/2025/QĐ-UBND ngày 26/02/2025 của Ủy ban nhân dân tỉnh;\n\nCăn cứ Kế hoạch số 07/KH-STC ngày 10/01/2025 của Sở Tài chính;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy định chấm điểm, xếp loại kết quả cải cách hành chính các phòng thuộc Sở (thang điểm 100, tỷ lệ hồ sơ đúng hạn 30 điểm, tỷ lệ trực tuyến toàn trình 25 điểm).

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2025.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    KHAI,
)

BC_248_TOP, BC_248_BODY = report(
    "248/BC-STC",
    "ngày 15 tháng 12 năm 2025",
    "Kết quả công tác cải cách hành chính năm 2025",
    "Thực hiện Kế hoạch số 07/KH-STC ngày 10/01/2025, Sở Tài chính báo cáo kết quả cải cách hành chính năm 2025 (số liệu chốt đến ngày 30/11/2025 theo Điều 5 Quyết định số 102/QĐ-STC; số liệu chính thức cả năm báo cáo bổ sung trong tháng 01/2026) như sau:",
    """1. Tổ chức bộ máy: Sở thực hiện chức năng, nhiệm vụ theo Quyết định số 05/2025/QĐ-UBND ngày 26/02/2025; Quy chế làm việc theo Quyết định số 40/QĐ-STC ngày 05/5/2025.

2. Thể chế: Quyết định số 09/QĐ-STC ngày 20/01/2025 bãi bỏ Điều 4 Quyết định số 102/QĐ-STC; Quyết định số 55/QĐ-STC ngày 28/7/2025 quy định chấm điểm cải cách hành chính các phòng.

3. Từ ngày 01/01/2025 đến ngày 30/11/2025, Sở tiếp nhận 9.652 hồ sơ; tỷ lệ đúng hạn 98,9%; tỷ lệ nộp trực tuyến toàn trình 63,4% (chỉ tiêu tối thiểu 50%); cấp mới 238 mã số đơn vị có quan hệ với ngân sách.""",
)
BC_248_BODY += "\n" + closing(KHAI)

# ---------------------------------------------------------------- 2026
BC_09_TOP, BC_09_BODY = report(
    "09/BC-STC",
    "ngày 12 tháng 01 năm 2026",
    "Số liệu chính thức kết quả công tác cải cách hành chính năm 2025",
    "Thực hiện Điều 5 Quyết định số 102/QĐ-STC ngày 19/9/2022, Sở Tài chính báo cáo số liệu chính thức cả năm 2025 (từ ngày 01/01/2025 đến ngày 31/12/2025), thay thế số liệu tại Báo cáo số 248/BC-STC ngày 15/12/2025 (số liệu đến 30/11/2025):",
    """1. Năm 2025, Sở tiếp nhận 10.516 hồ sơ thủ tục hành chính, tăng 132,1% so với năm 2024 (4.530 hồ sơ), chủ yếu do tiếp nhận lĩnh vực đăng ký doanh nghiệp, đầu tư từ ngày 01/3/2025.

2. Tỷ lệ giải quyết đúng hạn 99,1% (năm 2024: 98,5%), vượt chỉ tiêu 99% của Kế hoạch số 07/KH-STC. Tỷ lệ hồ sơ nộp trực tuyến toàn trình 64,0%, vượt chỉ tiêu 50% (năm 2024: 43,5%); toàn tỉnh đạt 57,6%.

3. Cấp mới 251 mã số đơn vị có quan hệ với ngân sách. Tỷ lệ hồ sơ được số hóa khi tiếp nhận đạt 96,4% (Kế hoạch số 19/KH-STC ngày 08/7/2025 phấn đấu 100%).

4. Số hồ sơ tiếp nhận theo quý năm 2025 (quý I chưa gồm hồ sơ đăng ký doanh nghiệp tháng 3):""",
)
QUARTERS_2025 = [
    ["Kỳ", "Hồ sơ tiếp nhận", "Ghi chú"],
    ["Quý I", "1.096", "chưa gồm đăng ký doanh nghiệp"],
    ["Quý II", "3.778", ""],
    ["Quý III", "2.804", ""],
    ["Quý IV", "2.838", ""],
    ["Cả năm 2025", "10.516", "số liệu chính thức"],
]

KH_04_2026 = plan(
    "04/KH-STC",
    "ngày 14 tháng 01 năm 2026",
    2026,
    "Kế hoạch số 08/KH-UBND ngày 07/01/2026",
    """1. Phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.

2. Tối thiểu 70% hồ sơ thủ tục hành chính được nộp trực tuyến toàn trình.

3. Phấn đấu 100% hồ sơ được giải quyết đúng hạn.""",
    """1. Ban hành Quy trình nội bộ giải quyết thủ tục hành chính mới thay cho Quyết định số 61/QĐ-STC và các quyết định sửa đổi.

2. Rà soát Quy định chấm điểm cải cách hành chính các phòng (Quyết định số 55/QĐ-STC) theo Bộ chỉ số mới của tỉnh.""",
    KHAI,
)

QD_08_2026 = decision(
    "08/QĐ-STC",
    "ngày 22 tháng 01 năm 2026",
    "Giao chỉ tiêu cải cách hành chính năm 2026 cho các phòng thuộc Sở Tài chính",
    "Căn cứ Kế hoạch số 04/KH-STC ngày 14/01/2026 của Sở Tài chính;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Giao chỉ tiêu năm 2026: Phòng Đăng ký kinh doanh đạt tối thiểu 85% hồ sơ nộp trực tuyến toàn trình; các phòng khác tối thiểu 60%; tỷ lệ hồ sơ được số hóa khi tiếp nhận tối thiểu 95%.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và áp dụng trong năm 2026.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    HANH,
)

QD_18_2026 = decision(
    "18/QĐ-STC",
    "ngày 25 tháng 3 năm 2026",
    "Tạm dừng áp dụng Quyết định số 55/QĐ-STC ngày 28/7/2025 ban hành Quy định chấm điểm, xếp loại kết quả cải cách hành chính các phòng thuộc Sở",
    "Căn cứ Quyết định số 05/2025/QĐ-UBND ngày 26/02/2025 của Ủy ban nhân dân tỉnh;\n\nXét đề nghị của Chánh Văn phòng Sở về việc điều chỉnh tiêu chí chấm điểm theo Bộ chỉ số cải cách hành chính mới của tỉnh.",
    """Điều 1. Tạm dừng áp dụng Quyết định số 55/QĐ-STC ngày 28/7/2025 của Giám đốc Sở Tài chính kể từ ngày 01 tháng 4 năm 2026 đến hết ngày 30 tháng 6 năm 2026. Trong thời gian tạm dừng, không chấm điểm quý II năm 2026.

Điều 2. Hết thời hạn tạm dừng, Quyết định số 55/QĐ-STC tiếp tục được áp dụng.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành./.""",
    KHAI,
)

BC_52_TOP, BC_52_BODY = report(
    "52/BC-STC",
    "ngày 06 tháng 4 năm 2026",
    "Kết quả công tác cải cách hành chính quý I năm 2026",
    "Sở Tài chính báo cáo kết quả công tác cải cách hành chính quý I năm 2026 như sau:",
    """1. Sở ban hành Kế hoạch số 04/KH-STC ngày 14/01/2026, Quyết định số 08/QĐ-STC ngày 22/01/2026 giao chỉ tiêu cho các phòng và Quyết định số 18/QĐ-STC ngày 25/3/2026 tạm dừng áp dụng Quyết định số 55/QĐ-STC từ ngày 01/4/2026 đến hết ngày 30/6/2026.

2. Quý I năm 2026, Sở tiếp nhận 2.712 hồ sơ, tỷ lệ đúng hạn 99,2%; tỷ lệ hồ sơ trực tuyến toàn trình 66,8% (chỉ tiêu năm tối thiểu 70%).""",
)
BC_52_BODY += "\n" + closing(TUAN)

BC_118_TOP, BC_118_BODY = report(
    "118/BC-STC",
    "ngày 16 tháng 6 năm 2026",
    "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2026",
    "Sở Tài chính báo cáo kết quả công tác cải cách hành chính 6 tháng đầu năm 2026 như sau:",
    """1. Quy định chấm điểm theo Quyết định số 55/QĐ-STC đang tạm dừng áp dụng theo Quyết định số 18/QĐ-STC (đến hết ngày 30/6/2026).

2. 6 tháng đầu năm 2026, Sở tiếp nhận 5.430 hồ sơ, trong đó quý II là 2.718 hồ sơ; tỷ lệ đúng hạn 99,3%; DVC trực tuyến toàn trình 68,5%; cấp mới một trăm mười hai (112) mã số đơn vị có quan hệ với ngân sách.

3. Số liệu theo kỳ:""",
)
TABLE_2026 = [
    ["Kỳ", "Hồ sơ tiếp nhận", "Đúng hạn", "Trực tuyến toàn trình"],
    ["Quý I/2026", "2.712", "99,2%", "66,8%"],
    ["Quý II/2026", "2.718", "99,6%", "70,1%"],
    ["6 tháng 2026", "5.430", "99,3%", "68,5%"],
]

QD_36_2026 = decision(
    "36/QĐ-STC",
    "ngày 20 tháng 8 năm 2026",
    "Ban hành Quy trình nội bộ giải quyết thủ tục hành chính tại Sở Tài chính",
    f"{ND61}\n\n{ND63}\n\nCăn cứ Quyết định số 05/2025/QĐ-UBND ngày 26/02/2025 của Ủy ban nhân dân tỉnh;\n\nCăn cứ Quyết định số 1385/QĐ-UBND ngày 09/6/2025 của Chủ tịch Ủy ban nhân dân tỉnh;\n\nTheo đề nghị của Chánh Văn phòng Sở.",
    """Điều 1. Ban hành kèm theo Quyết định này Quy trình nội bộ giải quyết 142 thủ tục hành chính tại Sở Tài chính.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2026 và thay thế Quyết định số 61/QĐ-STC ngày 25/5/2023, Quyết định số 15/QĐ-STC ngày 05/3/2024 và Quyết định số 33/QĐ-STC ngày 15/4/2025 của Giám đốc Sở Tài chính.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.""",
    KHAI,
)

BC_171_TOP, BC_171_BODY = report(
    "171/BC-STC",
    "ngày 06 tháng 10 năm 2026",
    "Kết quả công tác cải cách hành chính 9 tháng năm 2026",
    "Sở Tài chính báo cáo kết quả công tác cải cách hành chính 9 tháng năm 2026 như sau:",
    """1. Giám đốc Sở ký Quyết định số 36/QĐ-STC ngày 20/8/2026 ban hành Quy trình nội bộ mới, có hiệu lực từ ngày 01/9/2026, thay thế Quyết định số 61/QĐ-STC, Quyết định số 15/QĐ-STC và Quyết định số 33/QĐ-STC. Quyết định số 55/QĐ-STC tiếp tục áp dụng từ ngày 01/7/2026 sau thời gian tạm dừng.

2. Trong quý III năm 2026, Sở tiếp nhận 2.675 hồ sơ. Lũy kế 9 tháng năm 2026 tiếp nhận 8.105 hồ sơ, tăng 5,6% so với cùng kỳ năm 2025 (7.678 hồ sơ); tỷ lệ đúng hạn 99,4%; tỷ lệ hồ sơ nộp trực tuyến toàn trình 70,2%, đạt chỉ tiêu tối thiểu 70% của Kế hoạch số 04/KH-STC. Riêng Phòng Đăng ký kinh doanh đạt 86,4% (chỉ tiêu giao 85%).

3. Điều chỉnh số liệu: tỷ lệ giải quyết đúng hạn quý I năm 2026 sau đối soát là 99,0% (Báo cáo số 52/BC-STC ngày 06/4/2026 đã nêu 99,2%); số liệu này thay thế số liệu đã báo cáo.""",
)
BC_171_BODY += "\n" + closing(TUAN)

CV_1436 = (
    head(
        "1436/STC-VP",
        "ngày 25 tháng 11 năm 2026",
        "",
        "V/v chuẩn bị số liệu báo cáo cải cách hành chính năm 2026",
    )
    + """
Kính gửi: Trưởng các phòng thuộc Sở.

Để chuẩn bị báo cáo cải cách hành chính năm 2026 (số liệu chốt đến ngày 30/11/2026 theo Điều 5 Quyết định số 102/QĐ-STC ngày 19/9/2022), Văn phòng Sở thông tin số liệu đã tổng hợp:

- Tháng 10/2026, Sở tiếp nhận 905 hồ sơ; tỷ lệ đúng hạn 99,5%.
- Lũy kế từ đầu năm đến ngày 31/10/2026: 9.010 hồ sơ.

Đề nghị các phòng rà soát số liệu trên Hệ thống, gửi Văn phòng Sở trước ngày 03/12/2026; việc giải quyết hồ sơ thực hiện theo Quy trình nội bộ ban hành kèm Quyết định số 36/QĐ-STC ngày 20/8/2026./.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.

TL. GIÁM ĐỐC
CHÁNH VĂN PHÒNG

(Đã ký)

Đặng Thu Trang
"""
)

LATE: list[Sample] = [
    Sample("KH CCHC 2025.docx", "docx", (KH_07_2025,), title="KH 07/KH-STC (MẪU)"),
    Sample("QD 09 bai bo Dieu 4 QD 102.txt", "txt", (QD_09_2025,)),
    Sample("TTr 16 chuc nang STC sau hop nhat.txt", "txt", (TTR_16_2025,)),
    Sample(
        "QD 05-2025-QD-UBND chuc nang STC.pdf",
        "pdf",
        (QD_05_2025,),
        title="QĐ 05/2025/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample("TB 11 tiep nhan ho so DKDN.txt", "txt", (TB_11_2025,)),
    Sample("scan_20250324.pdf", "pdf", (QD_20_2025,), title="scan_20250324 (MẪU, hư cấu)"),
    Sample("bc quy I 2025.txt", "txt", (BC_38_TOP, BC_38_BODY)),
    Sample(
        "QD 33 sua doi Dieu 7 quy trinh.docx", "docx", (QD_33_2025,), title="QĐ 33/QĐ-STC (MẪU)"
    ),
    Sample(
        "Du thao QD quy che lam viec (lan 2).docx",
        "docx",
        (DRAFT_40,),
        title="Dự thảo Quy chế làm việc (MẪU)",
    ),
    Sample(
        "QD 40 quy che lam viec 2025.pdf", "pdf", (QD_40_2025,), title="QĐ 40/QĐ-STC (MẪU, hư cấu)"
    ),
    Sample(
        "QD 1385 danh muc TTHC STC 2025.docx",
        "docx",
        (QD_1385,),
        table=LIST_1385,
        after="(Nội dung cụ thể từng thủ tục được công khai trên Cổng Dịch vụ công của tỉnh.)",
        title="QĐ 1385/QĐ-UBND (MẪU)",
    ),
    Sample("BC 6 thang 2025.txt", "txt", (BC_112_TOP, BC_112_BODY)),
    Sample("KH 19 chuyen doi so 2025.txt", "txt", (KH_19_2025,)),
    Sample(
        "QD 55 cham diem CCHC cac phong.docx", "docx", (QD_55_2025,), title="QĐ 55/QĐ-STC (MẪU)"
    ),
    Sample(
        "BC CCHC nam 2025 (so lieu den 30-11).pdf",
        "pdf",
        (BC_248_TOP, BC_248_BODY),
        title="BC 248/BC-STC (MẪU, hư cấu)",
    ),
    Sample(
        "BC CCHC nam 2025 chinh thuc.docx",
        "docx",
        (BC_09_TOP, BC_09_BODY),
        table=QUARTERS_2025,
        after=closing(KHAI),
        title="BC 09/BC-STC (MẪU)",
    ),
    Sample("KH CCHC 2026.txt", "txt", (KH_04_2026,)),
    Sample("QD 08 giao chi tieu CCHC 2026.txt", "txt", (QD_08_2026,)),
    Sample("QD 18 tam dung QD 55.txt", "txt", (QD_18_2026,)),
    Sample("bc quy I 2026.txt", "txt", (BC_52_TOP, BC_52_BODY)),
    Sample(
        "BC 6 thang 2026.docx",
        "docx",
        (BC_118_TOP, BC_118_BODY),
        table=TABLE_2026,
        after=closing(HANH),
        title="BC 118/BC-STC (MẪU)",
    ),
    Sample(
        "QD 36 quy trinh noi bo 2026.pdf", "pdf", (QD_36_2026,), title="QĐ 36/QĐ-STC (MẪU, hư cấu)"
    ),
    Sample(
        "bc 9 thang 2026.pdf", "pdf", (BC_171_TOP, BC_171_BODY), title="BC 171/BC-STC (MẪU, hư cấu)"
    ),
    Sample("CV 1436 chuan bi bao cao CCHC 2026.txt", "txt", (CV_1436,)),
]
