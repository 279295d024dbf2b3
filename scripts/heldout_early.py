"""Held-out archive, 2022–2023: the Sở Tư pháp of the fictional tỉnh Bình Sơn.

Written apart from the Hòa An samples (other agency, numbering, wording) so benches can
report figures on documents nobody tuned on. Facts: ``bench/data/heldout_archive_truth.json``.
Do not tune on these texts.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

MARK = "[TÀI LIỆU MẪU ĐỂ ĐÁNH GIÁ — cơ quan hư cấu, tỉnh Bình Sơn không có thật; không có giá trị pháp lý]"
STP = ("UBND TỈNH BÌNH SƠN", "SỞ TƯ PHÁP")
UBND = ("ỦY BAN NHÂN DÂN", "TỈNH BÌNH SƠN")


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = STP) -> str:
    """The header of a Bình Sơn document: issuer, Quốc hiệu, number, place and date, type, trích yếu."""
    lines = [
        MARK,
        "",
        *issuer,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",
    ]
    lines += [f"Số: {number}", f"Bình Sơn, {day}", ""]
    if kind:
        lines.append(kind)
    return "\n".join([*lines, subject, ""]) + "\n"


QD_15_2022 = (
    head(
        "15/2022/QĐ-UBND",
        "ngày 08 tháng 4 năm 2022",
        "QUYẾT ĐỊNH",
        "Ban hành Quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp tỉnh Bình Sơn",
        UBND,
    )
    + """ỦY BAN NHÂN DÂN TỈNH BÌNH SƠN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;

Căn cứ Thông tư số 07/2020/TT-BTP ngày 18 tháng 12 năm 2020 của Bộ trưởng Bộ Tư pháp hướng dẫn chức năng, nhiệm vụ, quyền hạn của Sở Tư pháp thuộc Ủy ban nhân dân cấp tỉnh;

Theo đề nghị của Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp tỉnh Bình Sơn.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 20 tháng 4 năm 2022 và thay thế Quyết định số 27/2016/QĐ-UBND ngày 11 tháng 8 năm 2016 của Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Nội vụ, Tư pháp và thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lương Thế Vinh

QUY ĐỊNH
Vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp tỉnh Bình Sơn

Điều 1. Vị trí, chức năng

Sở Tư pháp là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu về xây dựng và thi hành pháp luật, kiểm tra và xử lý văn bản quy phạm pháp luật, phổ biến, giáo dục pháp luật, hộ tịch, chứng thực, lý lịch tư pháp, bổ trợ tư pháp.

Điều 2. Cơ cấu tổ chức

Sở gồm Văn phòng, Thanh tra, Phòng Xây dựng và Kiểm tra văn bản, Phòng Phổ biến, giáo dục pháp luật, Phòng Hành chính tư pháp, Phòng Bổ trợ tư pháp; đơn vị sự nghiệp: Trung tâm Trợ giúp pháp lý nhà nước, Phòng Công chứng số 1.
"""
)

QD_137 = (
    head(
        "137/QĐ-STP",
        "ngày 16 tháng 5 năm 2022",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Tư pháp",
    )
    + """GIÁM ĐỐC SỞ TƯ PHÁP

Căn cứ Quyết định số 15/2022/QĐ-UBND ngày 08 tháng 4 năm 2022 của Ủy ban nhân dân tỉnh Bình Sơn ban hành Quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Tư pháp tỉnh Bình Sơn, gồm 04 chương, 18 điều.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng và đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

GIÁM ĐỐC

Hà Quang Minh

QUY CHẾ LÀM VIỆC CỦA SỞ TƯ PHÁP

Điều 7. Chế độ hội họp

1. Giao ban lãnh đạo Sở vào sáng thứ Hai hằng tuần.

2. Họp toàn cơ quan mỗi tháng một lần vào ngày làm việc đầu tiên của tháng.

Điều 12. Xử lý văn bản đến

Văn bản đến được Văn thư vào sổ, trình Chánh Văn phòng trong ngày và chuyển đơn vị xử lý chậm nhất vào ngày làm việc tiếp theo.
"""
)

QD_162 = (
    head(
        "162/QĐ-STP",
        "ngày 20 tháng 6 năm 2022",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ của các phòng chuyên môn, nghiệp vụ thuộc Sở Tư pháp",
    )
    + """GIÁM ĐỐC SỞ TƯ PHÁP

Căn cứ Quyết định số 15/2022/QĐ-UBND ngày 08 tháng 4 năm 2022 của Ủy ban nhân dân tỉnh Bình Sơn;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Các phòng chuyên môn, nghiệp vụ

Sở có 04 phòng chuyên môn, nghiệp vụ cùng Văn phòng và Thanh tra Sở; chức năng, nhiệm vụ của từng phòng quy định tại các Điều 2 đến Điều 5.

Điều 2. Phòng Xây dựng và Kiểm tra văn bản: góp ý, thẩm định, kiểm tra và rà soát văn bản quy phạm pháp luật.

Điều 3. Phòng Phổ biến, giáo dục pháp luật: tham mưu Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh.

Điều 4. Phòng Hành chính tư pháp: hộ tịch, quốc tịch, chứng thực, lý lịch tư pháp.

Điều 5. Phòng Bổ trợ tư pháp: luật sư, công chứng, giám định tư pháp, đấu giá tài sản.

Điều 6. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng và Trưởng các phòng thi hành Quyết định này./.

GIÁM ĐỐC

Hà Quang Minh
"""
)

QD_201 = (
    head(
        "201/QĐ-STP",
        "ngày 12 tháng 8 năm 2022",
        "QUYẾT ĐỊNH",
        "Phân công tiếp nhận, giải quyết thủ tục hành chính lĩnh vực lý lịch tư pháp và chứng thực",
    )
    + """GIÁM ĐỐC SỞ TƯ PHÁP

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Theo đề nghị của Trưởng phòng Hành chính tư pháp.

QUYẾT ĐỊNH:

Điều 1. Phòng Hành chính tư pháp chủ trì giải quyết thủ tục cấp Phiếu lý lịch tư pháp và chứng thực bản sao từ bản chính.

Điều 2. Hồ sơ được tiếp nhận tại quầy của Sở tại Trung tâm Phục vụ hành chính công tỉnh.

Điều 3. Hồ sơ cấp Phiếu lý lịch tư pháp được tiếp nhận trực tiếp; người nộp trực tuyến phải nộp bản giấy khi nhận kết quả.

Điều 4. Thời hạn giải quyết Phiếu lý lịch tư pháp là 10 ngày làm việc.

Điều 5. Phí cấp Phiếu lý lịch tư pháp thu bằng tiền mặt tại quầy.

Điều 6. Quyết định này có hiệu lực kể từ ngày ký./.

GIÁM ĐỐC

Hà Quang Minh
"""
)

QD_412 = (
    head(
        "412/QĐ-STP",
        "ngày 20 tháng 12 năm 2022",
        "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch chuyển đổi số của Sở Tư pháp giai đoạn 2023 - 2025",
    )
    + """GIÁM ĐỐC SỞ TƯ PHÁP

Căn cứ Quyết định số 942/QĐ-TTg ngày 15 tháng 6 năm 2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, định hướng đến năm 2030;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số của Sở Tư pháp giai đoạn 2023 - 2025 với các chỉ tiêu: đến năm 2025, 100% hồ sơ công việc được xử lý trên môi trường mạng; 80% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình; 100% Phiếu lý lịch tư pháp được cấp bản điện tử khi người dân yêu cầu.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành./.

GIÁM ĐỐC

Hà Quang Minh
"""
)

QD_31 = (
    head(
        "31/QĐ-STP",
        "ngày 14 tháng 02 năm 2023",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế chi tiêu nội bộ và quản lý, sử dụng tài sản công của Sở Tư pháp",
    )
    + """GIÁM ĐỐC SỞ TƯ PHÁP

Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17 tháng 10 năm 2005 của Chính phủ;

Căn cứ dự toán ngân sách năm 2023 được giao;

Xét đề nghị của Chánh Văn phòng và ý kiến thống nhất của Công đoàn cơ sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ và quản lý, sử dụng tài sản công của Sở Tư pháp tỉnh Bình Sơn; kinh phí giao tự chủ năm 2023 là 5.420 triệu đồng.

Điều 2. Quyết định có hiệu lực kể từ ngày ký./.

GIÁM ĐỐC

Hà Quang Minh
"""
)

QD_58 = (
    head(
        "58/QĐ-STP",
        "ngày 09 tháng 3 năm 2023",
        "QUYẾT ĐỊNH",
        "Sửa đổi, bổ sung một số điều của Quy chế làm việc của Sở Tư pháp ban hành kèm theo Quyết định số 137/QĐ-STP ngày 16 tháng 5 năm 2022",
    )
    + """GIÁM ĐỐC SỞ TƯ PHÁP

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung khoản 2 Điều 7 và Điều 12 của Quy chế làm việc ban hành kèm theo Quyết định số 137/QĐ-STP ngày 16 tháng 5 năm 2022 của Giám đốc Sở Tư pháp như sau:

1. Khoản 2 Điều 7 được sửa đổi như sau: "2. Họp toàn cơ quan mỗi quý một lần, kết hợp hình thức trực tuyến."

2. Điều 12 được sửa đổi như sau: "Điều 12. Xử lý văn bản đến. Văn bản đến được tiếp nhận, xử lý trên Hệ thống quản lý văn bản và điều hành; văn bản giấy được số hóa trong ngày."

Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

GIÁM ĐỐC

Hà Quang Minh
"""
)

QD_145 = (
    head(
        "145/QĐ-STP",
        "ngày 19 tháng 6 năm 2023",
        "QUYẾT ĐỊNH",
        "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Tư pháp",
    )
    + """GIÁM ĐỐC SỞ TƯ PHÁP

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ; Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt kèm theo Quyết định này 127 quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Tư pháp, trong đó 52 thủ tục thực hiện trực tuyến toàn trình.

Điều 2. Các phòng, đơn vị cấu hình quy trình trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh trong 10 ngày kể từ ngày Quyết định có hiệu lực.

Điều 3. Quyết định có hiệu lực kể từ ngày ký./.

GIÁM ĐỐC

Hà Quang Minh
"""
)

BC_298 = (
    head(
        "298/BC-STP",
        "ngày 08 tháng 12 năm 2023",
        "BÁO CÁO",
        "Tình hình, kết quả công tác cải cách hành chính năm 2023 của Sở Tư pháp",
    )
    + """Thực hiện Kế hoạch số 12/KH-STP ngày 10 tháng 01 năm 2023 về cải cách hành chính năm 2023, Sở Tư pháp báo cáo như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Sở ban hành Kế hoạch số 12/KH-STP ngày 10/01/2023 với 21 nhiệm vụ; hoàn thành 20/21 nhiệm vụ.

2. Kiểm tra: tự kiểm tra 06/06 phòng, đơn vị.

3. Tuyên truyền: đăng 41 tin, bài trên Cổng thông tin điện tử của Sở.

II. KẾT QUẢ THỰC HIỆN CÁC LĨNH VỰC

1. Cải cách thể chế: tự kiểm tra 312 văn bản, phát hiện 04 văn bản trái pháp luật, kiến nghị xử lý.

2. Cải cách thủ tục hành chính: Giám đốc Sở ban hành Quyết định số 145/QĐ-STP ngày 19/6/2023 phê duyệt 127 quy trình nội bộ; 52/127 thủ tục trực tuyến toàn trình (40,9%). Tiếp nhận 18.406 hồ sơ, đúng hạn 99,1%.

3. Cải cách tổ chức bộ máy: Sở giữ ổn định 04 phòng chuyên môn theo Quyết định số 162/QĐ-STP ngày 20/6/2022.

4. Cải cách chế độ công vụ: cử 57 lượt công chức, viên chức đi bồi dưỡng; sửa đổi Quy chế làm việc bằng Quyết định số 58/QĐ-STP ngày 09/3/2023.

5. Cải cách tài chính công: ban hành Quyết định số 31/QĐ-STP ngày 14/02/2023 về Quy chế chi tiêu nội bộ.

6. Chính quyền số: triển khai Kế hoạch chuyển đổi số giai đoạn 2023 - 2025 ban hành kèm theo Quyết định số 412/QĐ-STP ngày 20/12/2022; 96% hồ sơ công việc xử lý trên mạng.

III. TỒN TẠI, HẠN CHẾ

Người dân còn phải nộp bản giấy hồ sơ lý lịch tư pháp; phí thu bằng tiền mặt.

IV. NHIỆM VỤ NĂM 2024

Cắt giảm giấy tờ trong thủ tục lý lịch tư pháp; cập nhật quy trình nội bộ; kiện toàn phòng sau khi tỉnh ban hành quy định mới về Sở.

V. ĐỀ XUẤT, KIẾN NGHỊ

Đề nghị Sở Nội vụ sớm trình Ủy ban nhân dân tỉnh quy định mới về chức năng, nhiệm vụ của Sở Tư pháp.

Nơi nhận:
- UBND tỉnh;
- Sở Nội vụ;
- Lưu: VT, VP.

GIÁM ĐỐC

Hà Quang Minh
"""
)

EARLY = {
    "qd-15-2022-qd-ubnd-chuc-nang-so-tu-phap.txt": QD_15_2022,
    "qd-137-2022-quy-che-lam-viec.txt": QD_137,
    "qd-162-2022-chuc-nang-cac-phong.txt": QD_162,
    "qd-201-2022-phan-cong-tthc-lltp.txt": QD_201,
    "qd-412-2022-ke-hoach-chuyen-doi-so-2023-2025.txt": QD_412,
    "qd-31-2023-quy-che-chi-tieu.txt": QD_31,
    "qd-58-2023-sua-doi-quy-che-lam-viec.txt": QD_58,
    "qd-145-2023-quy-trinh-noi-bo.txt": QD_145,
    "bao-cao-298-2023-cchc.txt": BC_298,
}
