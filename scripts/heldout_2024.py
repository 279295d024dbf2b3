"""Held-out archive, 2024: the Sở Tư pháp of the fictional tỉnh Bình Sơn. Do not tune on it.

Replacements with later effect dates, a termination, a partial repeal, the year's plans in
every reform area and the six-month report. Facts: ``bench/data/heldout_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout_early import UBND, head

SIGNED = "\nGIÁM ĐỐC\n\nHà Quang Minh\n"

KH_07 = (
    head("07/KH-STP", "ngày 09 tháng 01 năm 2024", "KẾ HOẠCH", "Cải cách hành chính năm 2024")
    + """Nhằm cụ thể hóa Kế hoạch số 245/KH-UBND ngày 30 tháng 12 năm 2021 của Ủy ban nhân dân tỉnh về cải cách hành chính tỉnh Bình Sơn giai đoạn 2022 - 2025, Sở Tư pháp xây dựng Kế hoạch cải cách hành chính năm 2024 như sau:

I. MỤC TIÊU

Hoàn thành 24 nhiệm vụ; nâng số thủ tục hành chính trực tuyến toàn trình lên 79/131 thủ tục; tỷ lệ hồ sơ đúng hạn trên 99%; bồi dưỡng 70 lượt công chức, viên chức.

II. NHIỆM VỤ

1. Chỉ đạo, điều hành: kế hoạch kiểm tra, kế hoạch tuyên truyền; báo cáo định kỳ.

2. Thể chế: kiểm tra, rà soát văn bản quy phạm pháp luật của tỉnh.

3. Thủ tục hành chính: cắt giảm giấy tờ trong thủ tục lý lịch tư pháp; cập nhật quy trình nội bộ.

4. Tổ chức bộ máy: quy định lại chức năng, nhiệm vụ của các phòng.

5. Công vụ: bồi dưỡng, đánh giá, kỷ luật công vụ.

6. Tài chính công: quy chế chi tiêu nội bộ năm 2024.

7. Chính quyền số: hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; Phiếu lý lịch tư pháp điện tử.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi; các phòng, đơn vị báo cáo trước ngày 05 của tháng cuối quý.
"""
    + SIGNED
)

KH_19 = (
    head(
        "19/KH-STP",
        "ngày 05 tháng 02 năm 2024",
        "KẾ HOẠCH",
        "Phổ biến, tuyên truyền về cải cách hành chính năm 2024",
    )
    + """Căn cứ Kế hoạch số 07/KH-STP ngày 09/01/2024 của Sở Tư pháp, Sở xây dựng Kế hoạch phổ biến, tuyên truyền về cải cách hành chính năm 2024:

1. Đăng tối thiểu 48 tin, bài trên Cổng thông tin điện tử của Sở.

2. Tổ chức 03 buổi đối thoại với người dân về cấp Phiếu lý lịch tư pháp trực tuyến.

3. Lồng ghép tuyên truyền cải cách hành chính trong Ngày Pháp luật Việt Nam 09/11.

Phòng Phổ biến, giáo dục pháp luật chủ trì thực hiện.
"""
    + SIGNED
)

QD_44 = (
    head(
        "44/QĐ-STP",
        "ngày 20 tháng 02 năm 2024",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế chi tiêu nội bộ năm 2024 của Sở Tư pháp",
    )
    + """GIÁM ĐỐC SỞ TƯ PHÁP

Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17 tháng 10 năm 2005 của Chính phủ; Nghị định số 117/2013/NĐ-CP ngày 07 tháng 10 năm 2013 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 130/2005/NĐ-CP;

Xét đề nghị của Chánh Văn phòng.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ năm 2024 của Sở Tư pháp; kinh phí giao tự chủ năm 2024 là 5.960 triệu đồng.

Điều 2. Quyết định có hiệu lực kể từ ngày ký. Quyết định số 31/QĐ-STP ngày 14 tháng 02 năm 2023 của Giám đốc Sở hết hiệu lực kể từ ngày Quyết định này có hiệu lực.

Điều 3. Chánh Văn phòng, kế toán và các phòng thi hành Quyết định này./.
"""
    + SIGNED
)

QD_61 = (
    head(
        "61/QĐ-STP",
        "ngày 01 tháng 3 năm 2024",
        "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2024",
    )
    + """GIÁM ĐỐC SỞ TƯ PHÁP

Căn cứ Kế hoạch số 07/KH-STP ngày 09 tháng 01 năm 2024 của Sở Tư pháp về cải cách hành chính năm 2024;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra công tác cải cách hành chính năm 2024: kiểm tra 03 đơn vị (Phòng Hành chính tư pháp, Trung tâm Trợ giúp pháp lý nhà nước, Phòng Công chứng số 1) trong tháng 8 và tháng 9 năm 2024.

Điều 2. Quyết định có hiệu lực kể từ ngày ký./.
"""
    + SIGNED
)

QD_09_2024 = (
    head(
        "09/2024/QĐ-UBND",
        "ngày 14 tháng 3 năm 2024",
        "QUYẾT ĐỊNH",
        "Ban hành Quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp tỉnh Bình Sơn",
        UBND,
    )
    + """ỦY BAN NHÂN DÂN TỈNH BÌNH SƠN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ; Nghị định số 107/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP;

Căn cứ Thông tư số 07/2020/TT-BTP ngày 18 tháng 12 năm 2020 của Bộ trưởng Bộ Tư pháp;

Theo đề nghị của Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp tỉnh Bình Sơn.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 25 tháng 3 năm 2024 và thay thế Quyết định số 15/2022/QĐ-UBND ngày 08 tháng 4 năm 2022 của Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Nội vụ, Tư pháp và thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lương Thế Vinh

QUY ĐỊNH
Vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp tỉnh Bình Sơn

Điều 1. Cơ cấu tổ chức

Sở gồm Văn phòng, Thanh tra và 03 phòng chuyên môn: Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật; Phòng Phổ biến, giáo dục pháp luật và Bổ trợ tư pháp; Phòng Hành chính tư pháp. Đơn vị sự nghiệp: Trung tâm Trợ giúp pháp lý nhà nước; Phòng Công chứng số 1.
"""
)

QD_88 = (
    head(
        "88/QĐ-STP",
        "ngày 20 tháng 3 năm 2024",
        "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch kiểm tra, rà soát văn bản quy phạm pháp luật năm 2024",
    )
    + """GIÁM ĐỐC SỞ TƯ PHÁP

Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ; Nghị định số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra, rà soát văn bản quy phạm pháp luật năm 2024: kiểm tra 280 văn bản của Hội đồng nhân dân, Ủy ban nhân dân cấp huyện; rà soát văn bản của tỉnh về đất đai sau khi Luật Đất đai năm 2024 được ban hành.

Điều 2. Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật chủ trì. Quyết định có hiệu lực kể từ ngày ký./.
"""
    + SIGNED
)

QD_96 = (
    head(
        "96/QĐ-STP",
        "ngày 03 tháng 4 năm 2024",
        "QUYẾT ĐỊNH",
        "Bãi bỏ Điều 3 và Điều 5 của Quyết định số 201/QĐ-STP ngày 12 tháng 8 năm 2022",
    )
    + """GIÁM ĐỐC SỞ TƯ PHÁP

Căn cứ Nghị định số 104/2022/NĐ-CP ngày 21 tháng 12 năm 2022 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định liên quan đến việc nộp, xuất trình sổ hộ khẩu, sổ tạm trú giấy khi thực hiện thủ tục hành chính, cung cấp dịch vụ công;

Xét đề nghị của Trưởng phòng Hành chính tư pháp.

QUYẾT ĐỊNH:

Điều 1. Bãi bỏ Điều 3 và Điều 5 của Quyết định số 201/QĐ-STP ngày 12 tháng 8 năm 2022 của Giám đốc Sở Tư pháp về phân công tiếp nhận, giải quyết thủ tục hành chính lĩnh vực lý lịch tư pháp và chứng thực. Người yêu cầu cấp Phiếu lý lịch tư pháp nộp hồ sơ trực tuyến không phải nộp bản giấy; phí được thanh toán trực tuyến.

Điều 2. Quyết định có hiệu lực kể từ ngày ký./.
"""
    + SIGNED
)

QD_104_HEAD = head(
    "104/QĐ-STP",
    "ngày 15 tháng 4 năm 2024",
    "QUYẾT ĐỊNH",
    "Quy định chức năng, nhiệm vụ của các phòng chuyên môn, nghiệp vụ thuộc Sở Tư pháp",
)
QD_104_BODY = """GIÁM ĐỐC SỞ TƯ PHÁP

Căn cứ Quyết định số 09/2024/QĐ-UBND ngày 14 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Bình Sơn;

QUYẾT ĐỊNH:

Điều 1. Sau khi sắp xếp, Sở có 03 phòng chuyên môn cùng Văn phòng và Thanh tra; giảm 01 phòng so với trước. Phòng Phổ biến, giáo dục pháp luật và Phòng Bổ trợ tư pháp hợp nhất thành Phòng Phổ biến, giáo dục pháp luật và Bổ trợ tư pháp.

Điều 2. Số lãnh đạo cấp phòng giảm từ 14 xuống 11 người; Sở được giao 38 biên chế công chức năm 2024.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 162/QĐ-STP ngày 20 tháng 6 năm 2022 của Giám đốc Sở Tư pháp.

GIÁM ĐỐC

Hà Quang Minh"""

QD_165 = (
    head(
        "165/QĐ-STP",
        "ngày 03 tháng 6 năm 2024",
        "QUYẾT ĐỊNH",
        "Công bố Hệ thống quản lý chất lượng của Sở Tư pháp phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015",
    )
    + """GIÁM ĐỐC SỞ TƯ PHÁP

Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05 tháng 3 năm 2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Công bố Hệ thống quản lý chất lượng của Sở Tư pháp phù hợp TCVN ISO 9001:2015, áp dụng cho 131 thủ tục hành chính và hoạt động quản lý nội bộ.

Điều 2. Quyết định có hiệu lực kể từ ngày ký./.
"""
    + SIGNED
)

BC_176 = (
    head(
        "176/BC-STP",
        "ngày 17 tháng 6 năm 2024",
        "BÁO CÁO",
        "Tình hình, kết quả công tác cải cách hành chính 6 tháng đầu năm 2024 của Sở Tư pháp",
    )
    + """I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Sở ban hành Kế hoạch số 07/KH-STP ngày 09/01/2024 với 24 nhiệm vụ; đã hoàn thành 10/24 nhiệm vụ.

2. Ban hành Quyết định số 61/QĐ-STP ngày 01/3/2024 về Kế hoạch kiểm tra cải cách hành chính năm 2024; việc kiểm tra thực hiện trong quý III.

3. Theo Kế hoạch số 19/KH-STP ngày 05/02/2024, Sở đăng 23 tin, bài; tổ chức 01 buổi đối thoại.

II. KẾT QUẢ THỰC HIỆN CÁC LĨNH VỰC

1. Cải cách thể chế: theo Quyết định số 88/QĐ-STP ngày 20/3/2024, đã kiểm tra 148 văn bản.

2. Cải cách thủ tục hành chính: Quyết định số 96/QĐ-STP ngày 03/4/2024 bãi bỏ Điều 3 và Điều 5 của Quyết định số 201/QĐ-STP, người dân không phải nộp bản giấy hồ sơ lý lịch tư pháp. Sở có 131 thủ tục, 79 thủ tục trực tuyến toàn trình (60,3%). Tiếp nhận 10.212 hồ sơ, đúng hạn 99,5%. Quy trình nội bộ mới đang được xây dựng để thay thế Quyết định số 145/QĐ-STP ngày 19/6/2023.

3. Cải cách tổ chức bộ máy: Ủy ban nhân dân tỉnh ban hành Quyết định số 09/2024/QĐ-UBND ngày 14/3/2024 (có hiệu lực từ ngày 25/3/2024) thay thế Quyết định số 15/2022/QĐ-UBND; Giám đốc Sở ban hành Quyết định số 104/QĐ-STP ngày 15/4/2024, Sở còn 03 phòng chuyên môn.

4. Cải cách chế độ công vụ: cử 33 lượt công chức, viên chức đi bồi dưỡng.

5. Cải cách tài chính công: Quyết định số 44/QĐ-STP ngày 20/02/2024 ban hành Quy chế chi tiêu nội bộ năm 2024.

6. Chính quyền số: Quyết định số 165/QĐ-STP ngày 03/6/2024 công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015; 98% hồ sơ công việc xử lý trên mạng.

III. TỒN TẠI, HẠN CHẾ

Tỷ lệ thanh toán phí trực tuyến còn thấp.

IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM

Ban hành quy trình nội bộ mới; kiểm tra 03 đơn vị.

Nơi nhận:
- UBND tỉnh;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + SIGNED
)

QD_210 = (
    head(
        "210/QĐ-STP",
        "ngày 22 tháng 7 năm 2024",
        "QUYẾT ĐỊNH",
        "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Tư pháp năm 2024",
    )
    + """GIÁM ĐỐC SỞ TƯ PHÁP

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ; Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ;

Căn cứ Quyết định số 09/2024/QĐ-UBND ngày 14 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Bình Sơn;

QUYẾT ĐỊNH:

Điều 1. Phê duyệt kèm theo Quyết định này 131 quy trình nội bộ giải quyết thủ tục hành chính, trong đó 79 thủ tục trực tuyến toàn trình.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2024 và thay thế Quyết định số 145/QĐ-STP ngày 19 tháng 6 năm 2023 của Giám đốc Sở Tư pháp./.
"""
    + SIGNED
)

# file name → (format, text or (head, body)); the DOCX bodies have no table.
LATE = {
    "ke-hoach-07-2024-cchc.docx": ("docx", KH_07),
    "ke-hoach-19-2024-tuyen-truyen.txt": ("txt", KH_19),
    "qd-44-2024-quy-che-chi-tieu.txt": ("txt", QD_44),
    "qd-61-2024-ke-hoach-kiem-tra.txt": ("txt", QD_61),
    "qd-09-2024-qd-ubnd-chuc-nang-so-tu-phap.pdf": ("pdf", QD_09_2024),
    "qd-88-2024-kiem-tra-van-ban.txt": ("txt", QD_88),
    "qd-96-2024-bai-bo-mot-phan.txt": ("txt", QD_96),
    "qd-104-2024-chuc-nang-cac-phong.docx": ("docx", QD_104_HEAD + QD_104_BODY),
    "qd-165-2024-iso-9001.txt": ("txt", QD_165),
    "bao-cao-176-2024-6-thang.txt": ("txt", BC_176),
    "qd-210-2024-quy-trinh-noi-bo.pdf": ("pdf", QD_210),
}
