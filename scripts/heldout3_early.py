"""Third held-out archive, 2022–2023: the Sở Nội vụ of the fictional tỉnh Tân Lâm.

A department whose everyday words (tổ chức, biên chế, công chức, viên chức, lưu trữ) are
one reform area's words, whatever area a document belongs to. Written by hand, before any
code ran on it; facts in ``bench/data/heldout3_archive_truth.json``. Do not tune on it.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from sample_header import Sample, header

MARK = "[VĂN BẢN MẪU — hư cấu; tỉnh Tân Lâm không có thật; không có giá trị pháp lý]"
FOOTER = "— Hết văn bản MẪU (hư cấu, tỉnh Tân Lâm không có thật) —"
SNV = ("UBND TỈNH TÂN LÂM", "SỞ NỘI VỤ")
UBND = ("ỦY BAN NHÂN DÂN", "TỈNH TÂN LÂM")
DIRECTOR = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nPhan Văn Thịnh\n"
DEPUTY = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nLê Thị Thu Hà\n"


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = SNV) -> str:
    """The header of a Tân Lâm document (the shared layout, this archive's place and mark)."""
    return header(number, day, kind, subject, issuer, place="Tân Lâm", mark=MARK)


QD_22 = (
    head(
        "22/QĐ-SNV",
        "ngày 15 tháng 02 năm 2022",
        "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch cải cách hành chính của Sở Nội vụ giai đoạn 2021 - 2025",
    )
    + """
GIÁM ĐỐC SỞ NỘI VỤ TỈNH TÂN LÂM

Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;

Căn cứ Kế hoạch số 196/KH-UBND ngày 30 tháng 12 năm 2021 của Ủy ban nhân dân tỉnh về cải cách hành chính nhà nước tỉnh Tân Lâm giai đoạn 2021 - 2025;

Căn cứ Quyết định số 34/2016/QĐ-UBND ngày 05 tháng 9 năm 2016 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ;

Theo đề nghị của Trưởng phòng Cải cách hành chính.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính của Sở Nội vụ giai đoạn 2021 - 2025.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng, Trưởng Ban Thi đua - Khen thưởng, Trưởng Ban Tôn giáo, Chi cục trưởng Chi cục Văn thư - Lưu trữ và công chức, viên chức thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (để báo cáo);
- Lưu: VT, CCHC.
"""
    + DIRECTOR
    + """
KẾ HOẠCH
Cải cách hành chính của Sở Nội vụ giai đoạn 2021 - 2025
(Ban hành kèm theo Quyết định số 22/QĐ-SNV ngày 15/02/2022 của Giám đốc Sở Nội vụ)

I. MỤC TIÊU ĐẾN NĂM 2025

1. 100% thủ tục hành chính thuộc thẩm quyền giải quyết của Sở đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình; mức độ hài lòng của người dân, tổ chức đạt trên 95%.

2. Giảm tối thiểu 10% số phòng, đơn vị và số lãnh đạo cấp phòng so với năm 2021.

3. 100% công chức, viên chức được bố trí đúng vị trí việc làm; 100% công chức lãnh đạo, quản lý được bồi dưỡng theo tiêu chuẩn chức danh.

4. 100% hồ sơ công việc tại Sở (trừ hồ sơ mật) được xử lý trên môi trường mạng.

II. NHIỆM VỤ CHỦ YẾU

1. Cải cách thể chế: tham mưu hoàn thiện các văn bản quy phạm pháp luật của tỉnh thuộc lĩnh vực nội vụ; rà soát, hệ thống hóa văn bản hằng năm.

2. Cải cách thủ tục hành chính: cắt giảm thành phần hồ sơ, rút ngắn thời hạn giải quyết; số hóa kết quả giải quyết.

3. Cải cách tổ chức bộ máy: sắp xếp các phòng, đơn vị thuộc Sở theo hướng tinh gọn; đánh giá mô hình Chi cục Văn thư - Lưu trữ.

4. Cải cách chế độ công vụ: hoàn thiện vị trí việc làm; siết chặt kỷ luật, kỷ cương hành chính.

5. Cải cách tài chính công: thực hiện tự chủ kinh phí quản lý hành chính; đẩy mạnh tự chủ tài chính của đơn vị sự nghiệp.

6. Xây dựng, phát triển Chính quyền điện tử, Chính quyền số: ký số văn bản, lưu trữ điện tử, vận hành các cơ sở dữ liệu chuyên ngành.

III. TỔ CHỨC THỰC HIỆN

Phòng Cải cách hành chính là đầu mối theo dõi; hằng năm tham mưu Giám đốc Sở ban hành kế hoạch cải cách hành chính năm và tổng hợp, báo cáo kết quả.
"""
)

QD_73 = (
    head(
        "73/QĐ-SNV",
        "ngày 12 tháng 4 năm 2022",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn của các phòng chuyên môn, nghiệp vụ thuộc Sở Nội vụ",
    )
    + """
GIÁM ĐỐC SỞ NỘI VỤ TỈNH TÂN LÂM

Căn cứ Quyết định số 34/2016/QĐ-UBND ngày 05 tháng 9 năm 2016 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Văn phòng Sở

Tham mưu tổng hợp, hành chính, quản trị, tài chính, kế toán, văn thư, lưu trữ cơ quan; quản lý Bộ phận Một cửa của Sở tại Trung tâm Phục vụ hành chính công tỉnh.

Điều 2. Thanh tra Sở

Thanh tra hành chính, thanh tra chuyên ngành nội vụ; tiếp công dân, giải quyết khiếu nại, tố cáo; phòng, chống tham nhũng.

Điều 3. Phòng Tổ chức, biên chế và tổ chức phi chính phủ

Thẩm định đề án thành lập, tổ chức lại, giải thể cơ quan, đơn vị; quản lý biên chế công chức, số lượng người làm việc; quản lý hội, quỹ xã hội, quỹ từ thiện.

Điều 4. Phòng Cán bộ, công chức, viên chức

Tuyển dụng, sử dụng, quản lý công chức, viên chức; nâng ngạch, thăng hạng; đào tạo, bồi dưỡng; chính sách tiền lương.

Điều 5. Phòng Xây dựng chính quyền và công tác thanh niên

Tổ chức chính quyền địa phương, địa giới hành chính, bầu cử; cán bộ, công chức cấp xã; công tác thanh niên.

Điều 6. Phòng Cải cách hành chính

Tham mưu Giám đốc Sở giúp Ủy ban nhân dân tỉnh chỉ đạo, theo dõi, đánh giá công tác cải cách hành chính trên địa bàn tỉnh; là đầu mối cải cách hành chính nội bộ Sở.

Điều 7. Trưởng các phòng xây dựng quy chế làm việc của phòng, phân công nhiệm vụ cho công chức trong phòng, gửi Văn phòng Sở trước ngày 30 tháng 4 năm 2022.

Điều 8. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng chuyên môn, nghiệp vụ chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 8;
- Ban Giám đốc Sở;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

QD_95_HEAD = head(
    "95/QĐ-SNV",
    "ngày 18 tháng 5 năm 2022",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế hoạt động của Bộ phận Một cửa Sở Nội vụ",
)
QD_95_BODY = (
    """
GIÁM ĐỐC SỞ NỘI VỤ TỈNH TÂN LÂM

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;

Căn cứ Thông tư số 01/2018/TT-VPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Bộ phận Một cửa Sở Nội vụ tỉnh Tân Lâm.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng, ban, đơn vị có thủ tục hành chính và công chức làm việc tại Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Văn phòng UBND tỉnh;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + DIRECTOR
    + """
QUY CHẾ
Hoạt động của Bộ phận Một cửa Sở Nội vụ
(Ban hành kèm theo Quyết định số 95/QĐ-SNV ngày 18/5/2022 của Giám đốc Sở Nội vụ)

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc tiếp nhận hồ sơ, chuyển hồ sơ, theo dõi và trả kết quả giải quyết thủ tục hành chính thuộc thẩm quyền của Sở Nội vụ, gồm các lĩnh vực: công chức, viên chức; tổ chức hành chính, đơn vị sự nghiệp; tổ chức phi chính phủ; thi đua, khen thưởng; tôn giáo, tín ngưỡng; văn thư, lưu trữ.

Điều 2. Vị trí

Bộ phận Một cửa của Sở đặt tại quầy số 7, Trung tâm Phục vụ hành chính công tỉnh, do Văn phòng Sở quản lý.

Điều 3. Công chức làm việc tại Bộ phận Một cửa

Văn phòng Sở cử 02 công chức làm việc thường xuyên; các phòng, ban có thủ tục hành chính cử người phối hợp khi số hồ sơ tăng đột biến.

Điều 6. Thời gian tiếp nhận hồ sơ

1. Buổi sáng từ 7 giờ 30 đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ các ngày làm việc trong tuần.

2. Hồ sơ nộp trực tuyến sau 17 giờ được tính là tiếp nhận vào ngày làm việc tiếp theo.

3. Bộ phận Một cửa không tiếp nhận hồ sơ trực tiếp vào ngày thứ Bảy.

Điều 9. Sổ theo dõi hồ sơ

Bộ phận Một cửa lập Sổ theo dõi hồ sơ bằng giấy theo mẫu, ghi đầy đủ ngày nhận, ngày chuyển phòng xử lý, ngày trả kết quả; cuối mỗi tháng đối chiếu với phòng, ban giải quyết.

Điều 12. Xin lỗi khi trễ hạn

Hồ sơ giải quyết quá hạn phải có văn bản xin lỗi người dân, tổ chức, ghi rõ lý do và thời hạn trả kết quả mới.
"""
)

QD_128_HEAD = head(
    "128/QĐ-SNV",
    "ngày 05 tháng 7 năm 2022",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế làm việc của Sở Nội vụ tỉnh Tân Lâm",
)
QD_128_BODY = (
    """
GIÁM ĐỐC SỞ NỘI VỤ TỈNH TÂN LÂM

Căn cứ Quyết định số 34/2016/QĐ-UBND ngày 05 tháng 9 năm 2016 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ;

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Nội vụ tỉnh Tân Lâm, gồm 05 chương, 24 điều.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Các quy định trước đây của Sở trái với Quy chế này đều bãi bỏ.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng, ban, Chi cục trưởng Chi cục Văn thư - Lưu trữ và công chức, viên chức, người lao động của Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Ban Giám đốc Sở;
- Lưu: VT, VP.
"""
    + DIRECTOR
    + """
QUY CHẾ LÀM VIỆC CỦA SỞ NỘI VỤ TỈNH TÂN LÂM

Chương I. QUY ĐỊNH CHUNG

Điều 3. Nguyên tắc làm việc

Mỗi việc chỉ giao một phòng, một người chủ trì và chịu trách nhiệm chính; giải quyết công việc đúng thẩm quyền, đúng thời hạn.

Chương II. CHẾ ĐỘ HỘI HỌP, XỬ LÝ CÔNG VIỆC

Điều 8. Chế độ hội họp

1. Lãnh đạo Sở giao ban chiều thứ Hai hằng tuần.

2. Họp toàn cơ quan 06 tháng một lần để sơ kết, tổng kết công tác.

3. Các cuộc họp chuyên đề do Giám đốc Sở quyết định; thành phần họp do phòng chủ trì đề xuất.

Điều 15. Xử lý văn bản đến

1. Văn thư cơ quan tiếp nhận, đăng ký văn bản đến trong ngày.

2. Văn bản giấy được chuyển Chánh Văn phòng trong ngày; Chánh Văn phòng trình Giám đốc Sở phân phối chậm nhất 01 ngày làm việc kể từ khi nhận.

Điều 19. Chế độ báo cáo

Các phòng, ban, đơn vị gửi báo cáo tháng về Văn phòng Sở trước ngày 20 hằng tháng.

Chương IV. KỶ LUẬT, KỶ CƯƠNG

Điều 21. Thời giờ làm việc

Công chức, viên chức chấp hành nghiêm thời giờ làm việc; vắng mặt phải báo cáo người đứng đầu phòng, ban.
"""
)

QD_236 = (
    head(
        "236/QĐ-SNV",
        "ngày 23 tháng 11 năm 2022",
        "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch chuyển đổi số của Sở Nội vụ giai đoạn 2022 - 2025",
    )
    + """
GIÁM ĐỐC SỞ NỘI VỤ TỈNH TÂN LÂM

Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;

Căn cứ Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số của Sở Nội vụ giai đoạn 2022 - 2025.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng, ban, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Thông tin và Truyền thông;
- Lưu: VT, VP.
"""
    + DIRECTOR
    + """
KẾ HOẠCH
Chuyển đổi số của Sở Nội vụ giai đoạn 2022 - 2025

I. CHỈ TIÊU

1. Từ năm 2023, 100% văn bản đi của Sở (trừ văn bản mật) được ký số và gửi, nhận qua Hệ thống quản lý văn bản và điều hành.

2. Đến năm 2025, 100% kết quả giải quyết thủ tục hành chính còn hiệu lực được số hóa, tái sử dụng.

3. Đến năm 2025, phần mềm quản lý hồ sơ cán bộ, công chức, viên chức của tỉnh được cập nhật đầy đủ, kết nối với Cơ sở dữ liệu quốc gia.

4. Đến năm 2025, tài liệu lưu trữ lịch sử có giá trị sử dụng cao được số hóa và phục vụ tra cứu trực tuyến.

II. NHIỆM VỤ

1. Hoàn thiện hạ tầng: thay thế 18 máy tính cũ; trang bị thiết bị ký số cho 100% lãnh đạo cấp phòng trở lên.

2. Nâng cao kỹ năng số cho công chức, viên chức; mỗi phòng, đơn vị có 01 người làm đầu mối chuyển đổi số.

3. Bảo đảm an toàn thông tin theo cấp độ cho các hệ thống do Sở quản lý.

III. KINH PHÍ

Từ dự toán chi thường xuyên của Sở và nguồn sự nghiệp công nghệ thông tin của tỉnh.
"""
)

BC_279_HEAD = head(
    "279/BC-SNV",
    "ngày 13 tháng 12 năm 2022",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2022 của Sở Nội vụ",
)
BC_279_BODY = (
    """
Thực hiện Kế hoạch số 08/KH-SNV ngày 10 tháng 01 năm 2022 của Sở Nội vụ về cải cách hành chính năm 2022, Sở Nội vụ báo cáo kết quả như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH

1. Về kế hoạch cải cách hành chính

Sở ban hành Kế hoạch số 08/KH-SNV ngày 10/01/2022 về cải cách hành chính năm 2022 với 26 nhiệm vụ và Quyết định số 22/QĐ-SNV ngày 15/02/2022 ban hành Kế hoạch cải cách hành chính của Sở giai đoạn 2021 - 2025. Đến ngày 30/11/2022, Sở hoàn thành 24/26 nhiệm vụ; 02 nhiệm vụ đang thực hiện.

2. Về kiểm tra cải cách hành chính

Theo Kế hoạch số 35/KH-SNV ngày 07/3/2022, Sở kiểm tra 04/09 phòng, ban, đơn vị thuộc Sở; sau kiểm tra đã chấn chỉnh việc cập nhật hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính.

3. Về thông tin, tuyên truyền

Đăng 37 tin, bài về cải cách hành chính trên Cổng thông tin điện tử của Sở; tổ chức 01 hội nghị tập huấn nghiệp vụ cải cách hành chính cho 120 lượt công chức làm đầu mối của các sở, ngành, địa phương.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH

1. Cải cách thể chế

Sở tham mưu Ủy ban nhân dân tỉnh ban hành 04 văn bản quy phạm pháp luật thuộc lĩnh vực nội vụ, trong đó có Quyết định số 19/2022/QĐ-UBND ngày 25/8/2022 ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh. Rà soát 46 văn bản quy phạm pháp luật, kiến nghị sửa đổi 03 văn bản.

2. Cải cách thủ tục hành chính

Giám đốc Sở ban hành Quyết định số 95/QĐ-SNV ngày 18/5/2022 ban hành Quy chế hoạt động của Bộ phận Một cửa Sở Nội vụ. Sở có 98 thủ tục hành chính, trong đó 31 thủ tục được cung cấp trực tuyến toàn trình (31,6%). Năm 2022, Sở tiếp nhận 1.246 hồ sơ (trực tuyến 702 hồ sơ), giải quyết đúng hạn 1.239 hồ sơ (99,4%); 07 hồ sơ quá hạn đều có văn bản xin lỗi.

3. Cải cách tổ chức bộ máy

Giám đốc Sở ban hành Quyết định số 73/QĐ-SNV ngày 12/4/2022 quy định chức năng, nhiệm vụ, quyền hạn của các phòng chuyên môn, nghiệp vụ. Sở có Văn phòng, Thanh tra, 04 phòng chuyên môn, Ban Thi đua - Khen thưởng, Ban Tôn giáo và Chi cục Văn thư - Lưu trữ. Năm 2022, Sở được giao 62 biên chế công chức, có mặt 58 người.

4. Cải cách chế độ công vụ

Giám đốc Sở ban hành Quyết định số 128/QĐ-SNV ngày 05/7/2022 ban hành Quy chế làm việc của Sở. Cử 64 lượt công chức, viên chức tham gia đào tạo, bồi dưỡng; 100% công chức được đánh giá, xếp loại chất lượng đúng quy định.

5. Cải cách tài chính công

Sở thực hiện Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 13/QĐ-SNV ngày 24/01/2022. Kinh phí giao tự chủ năm 2022 là 9.870 triệu đồng; tiết kiệm 312 triệu đồng để chi thu nhập tăng thêm.

6. Xây dựng, phát triển Chính quyền điện tử, Chính quyền số

Giám đốc Sở ban hành Quyết định số 236/QĐ-SNV ngày 23/11/2022 ban hành Kế hoạch chuyển đổi số của Sở giai đoạn 2022 - 2025. Tỷ lệ văn bản đi được ký số đạt 92%; Sở duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.

III. TỒN TẠI, HẠN CHẾ

Tỷ lệ thủ tục trực tuyến toàn trình còn thấp; hồ sơ giấy vẫn theo dõi song song bằng sổ; cơ sở dữ liệu công chức, viên chức chưa được cập nhật đầy đủ.

IV. NHIỆM VỤ NĂM 2023

Triển khai ký số toàn bộ văn bản đi; cập nhật cơ cấu tổ chức khi Ủy ban nhân dân tỉnh ban hành quy định mới về chức năng, nhiệm vụ của Sở theo Thông tư số 05/2021/TT-BNV ngày 12 tháng 8 năm 2021 của Bộ trưởng Bộ Nội vụ.

V. KIẾN NGHỊ

Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí số hóa tài liệu lưu trữ lịch sử.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT, CCHC.
"""
    + DIRECTOR
)

QD_18 = (
    head(
        "18/QĐ-SNV",
        "ngày 09 tháng 02 năm 2023",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế chi tiêu nội bộ và quản lý, sử dụng tài sản công của Sở Nội vụ",
    )
    + """
GIÁM ĐỐC SỞ NỘI VỤ TỈNH TÂN LÂM

Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17 tháng 10 năm 2005 của Chính phủ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước;

Căn cứ Thông tư liên tịch số 71/2014/TTLT-BTC-BNV ngày 30 tháng 5 năm 2014 của Bộ Tài chính và Bộ Nội vụ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng kinh phí quản lý hành chính đối với các cơ quan nhà nước;

Căn cứ dự toán ngân sách nhà nước năm 2023 được Ủy ban nhân dân tỉnh giao;

Xét đề nghị của Chánh Văn phòng Sở và ý kiến thống nhất của Ban Chấp hành Công đoàn cơ sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ và quản lý, sử dụng tài sản công của Sở Nội vụ tỉnh Tân Lâm.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 13/QĐ-SNV ngày 24 tháng 01 năm 2022 của Giám đốc Sở Nội vụ.

Điều 3. Chánh Văn phòng, kế toán trưởng, Trưởng các phòng, ban và công chức, người lao động của Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Tài chính;
- Kho bạc Nhà nước tỉnh;
- Lưu: VT, VP.
"""
    + DIRECTOR
    + """
QUY CHẾ CHI TIÊU NỘI BỘ (trích)

Điều 5. Khoán văn phòng phẩm: 150.000 đồng/người/tháng.

Điều 7. Công tác phí: khoán 300.000 đồng/người/tháng cho công chức thường xuyên đi công tác cơ sở trên 10 ngày/tháng.

Điều 10. Chi thu nhập tăng thêm: từ kinh phí tiết kiệm, tối đa 0,8 lần quỹ tiền lương ngạch, bậc, chi theo kết quả xếp loại hằng quý.

Điều 14. Sử dụng xe ô tô: xe phục vụ công tác chung do Văn phòng Sở điều hành; đăng ký trước 01 ngày làm việc.
"""
)

QD_49 = (
    head(
        "49/QĐ-SNV",
        "ngày 07 tháng 3 năm 2023",
        "QUYẾT ĐỊNH",
        "Sửa đổi, bổ sung Điều 8 và khoản 2 Điều 15 của Quy chế làm việc của Sở Nội vụ ban hành kèm theo Quyết định số 128/QĐ-SNV ngày 05 tháng 7 năm 2022",
    )
    + """
GIÁM ĐỐC SỞ NỘI VỤ TỈNH TÂN LÂM

Căn cứ Quyết định số 34/2016/QĐ-UBND ngày 05 tháng 9 năm 2016 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ;

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung một số điều của Quy chế làm việc ban hành kèm theo Quyết định số 128/QĐ-SNV ngày 05 tháng 7 năm 2022 của Giám đốc Sở Nội vụ như sau:

1. Điều 8 được sửa đổi, bổ sung như sau:

"Điều 8. Chế độ hội họp

1. Lãnh đạo Sở giao ban sáng thứ Hai hằng tuần.

2. Họp toàn cơ quan mỗi quý một lần; cuộc họp có thể kết hợp trực tuyến.

3. Hạn chế tổ chức họp chuyên đề; nội dung có thể xử lý trên Hệ thống quản lý văn bản và điều hành thì không tổ chức họp."

2. Khoản 2 Điều 15 được sửa đổi như sau:

"2. Văn bản giấy được số hóa, đưa lên Hệ thống quản lý văn bản và điều hành trong ngày; Chánh Văn phòng trình Giám đốc Sở phân phối trên Hệ thống trong 04 giờ làm việc."

Điều 2. Các nội dung khác của Quy chế làm việc ban hành kèm theo Quyết định số 128/QĐ-SNV giữ nguyên hiệu lực.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các phòng, ban, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

QD_08_2023 = (
    head(
        "08/2023/QĐ-UBND",
        "ngày 17 tháng 3 năm 2023",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Tân Lâm",
        UBND,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH TÂN LÂM

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;

Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;

Căn cứ Nghị định số 107/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP;

Căn cứ Thông tư số 05/2021/TT-BNV ngày 12 tháng 8 năm 2021 của Bộ trưởng Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ, quyền hạn của Sở Nội vụ thuộc Ủy ban nhân dân cấp tỉnh và Phòng Nội vụ thuộc Ủy ban nhân dân cấp huyện;

Theo đề nghị của Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng

Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về: tổ chức bộ máy; vị trí việc làm, biên chế công chức và số lượng người làm việc trong đơn vị sự nghiệp công lập; cải cách hành chính; cán bộ, công chức, viên chức; chính quyền địa phương, địa giới hành chính; văn thư, lưu trữ; tôn giáo; thi đua, khen thưởng; công tác thanh niên.

Điều 2. Cơ cấu tổ chức

1. Văn phòng; Thanh tra; Phòng Tổ chức, biên chế và tổ chức phi chính phủ; Phòng Cán bộ, công chức, viên chức; Phòng Xây dựng chính quyền và công tác thanh niên; Phòng Cải cách hành chính.

2. Ban Thi đua - Khen thưởng; Ban Tôn giáo; Chi cục Văn thư - Lưu trữ (Trung tâm Lưu trữ lịch sử thuộc Chi cục).

Điều 3. Biên chế

Biên chế công chức của Sở được giao hằng năm trong tổng biên chế công chức của tỉnh; năm 2023 là 60 biên chế.

Điều 4. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2023 và thay thế Quyết định số 34/2016/QĐ-UBND ngày 05 tháng 9 năm 2016 của Ủy ban nhân dân tỉnh.

Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 5;
- Bộ Nội vụ;
- Cục Kiểm tra văn bản QPPL - Bộ Tư pháp;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

(Đã ký)

Vũ Đình Toàn
"""
)

QD_1187_HEAD = head(
    "1187/QĐ-UBND",
    "ngày 27 tháng 6 năm 2023",
    "QUYẾT ĐỊNH",
    "Công bố danh mục thủ tục hành chính được chuẩn hóa lĩnh vực văn thư, lưu trữ thuộc phạm vi chức năng quản lý của Sở Nội vụ tỉnh Tân Lâm",
    UBND,
)
QD_1187_BODY = """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂN LÂM

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính; Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính;

Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Văn phòng Chính phủ hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính;

Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 118/TTr-SNV ngày 19 tháng 6 năm 2023.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục 09 thủ tục hành chính được chuẩn hóa lĩnh vực văn thư, lưu trữ thuộc phạm vi chức năng quản lý của Sở Nội vụ tỉnh Tân Lâm.

Điều 2. Sở Nội vụ cập nhật các thủ tục hành chính này lên Cơ sở dữ liệu quốc gia về thủ tục hành chính, niêm yết tại Bộ phận Một cửa và xây dựng quy trình nội bộ giải quyết trong 05 ngày làm việc kể từ ngày ký.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Cục Kiểm soát TTHC - Văn phòng Chính phủ;
- Lưu: VT, KSTT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

(Đã ký)

Hồ Thanh Bình

DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC CHUẨN HÓA LĨNH VỰC VĂN THƯ, LƯU TRỮ
"""
TABLE_1187 = [
    ["STT", "Tên thủ tục hành chính", "Thời hạn giải quyết", "Cách thức thực hiện"],
    [
        "1",
        "Cấp Chứng chỉ hành nghề lưu trữ",
        "15 ngày làm việc",
        "Trực tiếp, bưu chính, trực tuyến",
    ],
    [
        "2",
        "Cấp lại Chứng chỉ hành nghề lưu trữ",
        "10 ngày làm việc",
        "Trực tiếp, bưu chính, trực tuyến",
    ],
    [
        "3",
        "Phục vụ việc sử dụng tài liệu của độc giả tại phòng đọc",
        "Trong ngày",
        "Trực tiếp, trực tuyến",
    ],
    [
        "4",
        "Cấp bản sao và chứng thực tài liệu lưu trữ",
        "03 ngày làm việc",
        "Trực tiếp, trực tuyến",
    ],
    ["5", "Đăng ký hoạt động dịch vụ lưu trữ", "10 ngày làm việc", "Trực tiếp, bưu chính"],
    ["6", "Thẩm định danh mục tài liệu hết giá trị", "15 ngày làm việc", "Trực tiếp, bưu chính"],
    ["7", "Thẩm định danh mục hồ sơ nộp lưu", "15 ngày làm việc", "Trực tiếp, bưu chính"],
    ["8", "Tiếp nhận tài liệu lưu trữ tư nhân hiến tặng", "20 ngày làm việc", "Trực tiếp"],
    ["9", "Đưa tài liệu lưu trữ ra nước ngoài", "10 ngày làm việc", "Trực tiếp"],
]
QD_1187_AFTER = "Ghi chú: Nội dung cụ thể của từng thủ tục hành chính được đăng tải trên Cơ sở dữ liệu quốc gia về thủ tục hành chính."

QD_187 = (
    head(
        "187/QĐ-SNV",
        "ngày 23 tháng 8 năm 2023",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế quản lý, sử dụng chữ ký số và Hệ thống quản lý văn bản và điều hành tại Sở Nội vụ",
    )
    + """
GIÁM ĐỐC SỞ NỘI VỤ TỈNH TÂN LÂM

Căn cứ Nghị định số 130/2018/NĐ-CP ngày 27 tháng 9 năm 2018 của Chính phủ quy định chi tiết thi hành Luật Giao dịch điện tử về chữ ký số và dịch vụ chứng thực chữ ký số;

Căn cứ Quyết định số 08/2023/QĐ-UBND ngày 17 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Tân Lâm;

Căn cứ Kế hoạch chuyển đổi số của Sở Nội vụ giai đoạn 2022 - 2025 ban hành kèm theo Quyết định số 236/QĐ-SNV ngày 23 tháng 11 năm 2022 của Giám đốc Sở Nội vụ;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số và Hệ thống quản lý văn bản và điều hành tại Sở Nội vụ.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng, ban, đơn vị và công chức, viên chức thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Thông tin và Truyền thông;
- Lưu: VT, VP.
"""
    + DEPUTY
    + """
QUY CHẾ
Quản lý, sử dụng chữ ký số và Hệ thống quản lý văn bản và điều hành tại Sở Nội vụ

Điều 3. Văn bản điện tử

Văn bản đi của Sở (trừ văn bản mật) được ký số bằng chữ ký số của người có thẩm quyền và chữ ký số của cơ quan, phát hành qua Hệ thống quản lý văn bản và điều hành; không gửi kèm bản giấy, trừ trường hợp pháp luật quy định.

Điều 6. Trách nhiệm của Văn thư cơ quan

Văn thư cơ quan quản lý chữ ký số của Sở; kiểm tra thể thức, ký số, phát hành văn bản trong ngày ký.

Điều 8. Lập hồ sơ điện tử

Công chức lập hồ sơ công việc trên Hệ thống; hết năm, hồ sơ điện tử được nộp vào Lưu trữ cơ quan trước ngày 31 tháng 3 năm sau.

Điều 10. Quản lý thiết bị ký số

Người được cấp thiết bị ký số không giao cho người khác sử dụng; mất thiết bị phải báo ngay Văn phòng Sở để thu hồi chứng thư số.
"""
)

BC_301_HEAD = head(
    "301/BC-SNV",
    "ngày 12 tháng 12 năm 2023",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2023 của Sở Nội vụ",
)
BC_301_BODY = (
    """
Triển khai Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 ban hành kèm theo Quyết định số 22/QĐ-SNV ngày 15/02/2022, Sở Nội vụ đã ban hành Kế hoạch số 10/KH-SNV ngày 09/01/2023 về cải cách hành chính năm 2023. Sở báo cáo kết quả năm 2023 như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH

1. Kế hoạch cải cách hành chính năm 2023 gồm 28 nhiệm vụ; đến ngày 30/11/2023 hoàn thành 27/28 nhiệm vụ.

2. Kiểm tra cải cách hành chính: theo Kế hoạch số 29/KH-SNV ngày 22/02/2023, Sở kiểm tra 05/09 phòng, ban, đơn vị; ban hành thông báo kết luận và theo dõi việc khắc phục.

3. Thông tin, tuyên truyền: thực hiện Kế hoạch số 21/KH-SNV ngày 14/02/2023 về thông tin, tuyên truyền cải cách hành chính năm 2023, Sở đăng 45 tin, bài; phối hợp tổ chức cuộc thi trực tuyến tìm hiểu về cải cách hành chính với 2.350 lượt người tham gia.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH

1. Cải cách thể chế

Sở tham mưu Ủy ban nhân dân tỉnh ban hành 03 văn bản quy phạm pháp luật, trong đó có Quyết định số 25/2023/QĐ-UBND ngày 14/9/2023 ban hành Quy định phân cấp quản lý tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức trên địa bàn tỉnh. Rà soát 51 văn bản quy phạm pháp luật thuộc lĩnh vực nội vụ.

2. Cải cách thủ tục hành chính

Sở tham mưu Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1187/QĐ-UBND ngày 27/6/2023 công bố 09 thủ tục hành chính được chuẩn hóa lĩnh vực văn thư, lưu trữ. Sở có 101 thủ tục hành chính, trong đó 46 thủ tục trực tuyến toàn trình (45,5%). Năm 2023, Sở tiếp nhận 1.412 hồ sơ, giải quyết đúng hạn 1.409 hồ sơ (99,8%).

3. Cải cách tổ chức bộ máy

Ủy ban nhân dân tỉnh ban hành Quyết định số 08/2023/QĐ-UBND ngày 17/3/2023 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ (có hiệu lực từ ngày 01/4/2023), thay thế Quyết định số 34/2016/QĐ-UBND ngày 05/9/2016. Cơ cấu tổ chức của Sở giữ ổn định; năm 2023, Sở được giao 60 biên chế công chức, có mặt 57 người.

4. Cải cách chế độ công vụ

Giám đốc Sở ban hành Quyết định số 49/QĐ-SNV ngày 07/3/2023 sửa đổi, bổ sung Điều 8 và khoản 2 Điều 15 của Quy chế làm việc ban hành kèm theo Quyết định số 128/QĐ-SNV ngày 05/7/2022. Ủy ban nhân dân tỉnh ban hành Quyết định số 1560/QĐ-UBND ngày 15/8/2023 phê duyệt danh mục 48 vị trí việc làm, bản mô tả công việc và khung năng lực vị trí việc làm của Sở Nội vụ. Cử 71 lượt công chức, viên chức đi đào tạo, bồi dưỡng.

5. Cải cách tài chính công

Giám đốc Sở ban hành Quyết định số 18/QĐ-SNV ngày 09/02/2023 ban hành Quy chế chi tiêu nội bộ và quản lý, sử dụng tài sản công. Kinh phí giao tự chủ năm 2023 là 10.340 triệu đồng.

6. Xây dựng, phát triển Chính quyền điện tử, Chính quyền số

Giám đốc Sở ban hành Quyết định số 187/QĐ-SNV ngày 23/8/2023 ban hành Quy chế quản lý, sử dụng chữ ký số và Hệ thống quản lý văn bản và điều hành. Tỷ lệ văn bản đi được ký số đạt 97%.

III. TỒN TẠI, HẠN CHẾ

Chi cục Văn thư - Lưu trữ và Trung tâm Lưu trữ lịch sử có chức năng chồng chéo; tài liệu lưu trữ lịch sử chưa được số hóa.

IV. NHIỆM VỤ NĂM 2024

Sắp xếp lại đầu mối bên trong Sở; số hóa hồ sơ, tài liệu; rà soát vị trí việc làm sau sắp xếp.

V. KIẾN NGHỊ

Đề nghị Ủy ban nhân dân tỉnh xem xét sửa đổi Quyết định số 08/2023/QĐ-UBND để tổ chức lại Chi cục Văn thư - Lưu trữ theo hướng giảm đầu mối.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT, CCHC.
"""
    + DIRECTOR
)

EARLY = (
    Sample("qd-22-2022-ke-hoach-cchc-2021-2025.txt", "txt", (QD_22,)),
    Sample("qd-73-2022-chuc-nang-cac-phong.txt", "txt", (QD_73,)),
    Sample(
        "qd-95-2022-quy-che-mot-cua.docx",
        "docx",
        (QD_95_HEAD, QD_95_BODY),
        title="Quy chế Bộ phận Một cửa (MẪU)",
    ),
    Sample(
        "qd-128-2022-quy-che-lam-viec.pdf",
        "pdf",
        (QD_128_HEAD, QD_128_BODY),
        title="Quy chế làm việc Sở Nội vụ (MẪU, hư cấu)",
    ),
    Sample("qd-236-2022-chuyen-doi-so-2022-2025.txt", "txt", (QD_236,)),
    Sample(
        "bc-279-2022-cchc-nam-2022.pdf",
        "pdf",
        (BC_279_HEAD, BC_279_BODY),
        title="Báo cáo CCHC năm 2022 (MẪU, hư cấu)",
    ),
    Sample("qd-18-2023-quy-che-chi-tieu-noi-bo.txt", "txt", (QD_18,)),
    Sample("qd-49-2023-sua-doi-quy-che-lam-viec.txt", "txt", (QD_49,)),
    Sample(
        "qd-08-2023-qd-ubnd-chuc-nang-so-noi-vu.pdf",
        "pdf",
        (QD_08_2023,),
        title="Quyết định 08/2023 (MẪU, hư cấu)",
    ),
    Sample(
        "qd-1187-2023-cong-bo-tthc-van-thu-luu-tru.docx",
        "docx",
        (QD_1187_HEAD, QD_1187_BODY),
        table=TABLE_1187,
        after=QD_1187_AFTER,
        title="Công bố TTHC văn thư, lưu trữ (MẪU)",
    ),
    Sample("qd-187-2023-quy-che-chu-ky-so.txt", "txt", (QD_187,)),
    Sample(
        "bc-301-2023-cchc-nam-2023.docx",
        "docx",
        (BC_301_HEAD, BC_301_BODY),
        title="Báo cáo CCHC năm 2023 (MẪU)",
    ),
)
