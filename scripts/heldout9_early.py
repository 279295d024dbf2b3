"""Ninth held-out archive, 2022 – 2023: Sở Lao động - Thương binh và Xã hội of the fictional
tỉnh Hưng Lĩnh. Do not tune on it.

A department of labour, invalids and social affairs: its texts speak of lao động, việc làm,
người có công, bảo trợ xã hội, giáo dục nghề nghiệp and trẻ em whatever reform area they
belong to; its symbol is ``SLĐTBXH`` (with Đ), its Công văn ``…/SLĐTBXH-VP``. The 2022 plan,
the Quy chế chi tiêu nội bộ, the propaganda plan, the Quy chế làm việc, the UBND tỉnh's
regulation on the Sở's functions, the Quy chế on procedures at the provincial service
centre and the 2022 report; in 2023 the year's plan (a target table), a Công văn to the
districts, the ISO decision, a new Quy chế làm việc with the very same title (the new
Giám đốc) and the 2023 report (a plan-against-result table; it dates 812/QĐ-SLĐTBXH
wrongly). Written by hand, before any code ran on it; facts in
``bench/data/heldout9_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from sample_header import Sample, header

MARK = "[MẪU — tài liệu hư cấu: tỉnh Hưng Lĩnh, Sở Lao động - Thương binh và Xã hội và Sở Nội vụ tỉnh Hưng Lĩnh không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết văn bản — TÀI LIỆU MẪU hư cấu do scripts/make_heldout9_archive.py tạo; tỉnh Hưng Lĩnh không có thật; MẪU]"
SO = ("UBND TỈNH HƯNG LĨNH", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
SNV = ("UBND TỈNH HƯNG LĨNH", "SỞ NỘI VỤ")
UBND = ("ỦY BAN NHÂN DÂN", "TỈNH HƯNG LĨNH")
# The Giám đốc changed on 15/9/2023: Phạm Văn Thắng, then Đinh Thị Thu Hà, who becomes a
# Phó Giám đốc of the merged Sở Nội vụ (Giám đốc Hoàng Quốc Khánh) from 01/3/2025.
DIRECTOR = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nPhạm Văn Thắng\n"
NEW_DIRECTOR = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nĐinh Thị Thu Hà\n"
DEPUTY = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nLương Đức Mạnh\n"
SNV_DIRECTOR = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nHoàng Quốc Khánh\n"
SNV_DEPUTY = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nĐinh Thị Thu Hà\n"
CHAIRMAN = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Hữu Lộc\n"
UBND_VICE = "\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nBùi Thị Thanh Xuân\n"


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = SO) -> str:
    """The header of a Hưng Lĩnh document (the shared layout, this archive's place and mark)."""
    return header(number, day, kind, subject, issuer, place="Hưng Lĩnh", mark=MARK)


KH_21 = (
    head(
        "21/KH-SLĐTBXH",
        "ngày 19 tháng 01 năm 2022",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2022",
    )
    + """
Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;

Thực hiện Kế hoạch số 12/KH-UBND ngày 07/01/2022 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2022 và Kế hoạch số 88/KH-SLĐTBXH ngày 02/11/2021 của Sở về cải cách hành chính giai đoạn 2021 - 2025, Sở Lao động - Thương binh và Xã hội xây dựng Kế hoạch cải cách hành chính năm 2022 như sau:

I. MỤC TIÊU, CHỈ TIÊU

1. Hoàn thành 30 nhiệm vụ của Kế hoạch; cải thiện thứ hạng Chỉ số cải cách hành chính của Sở so với năm 2021.

2. Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến đạt từ 30% trở lên; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 99% trở lên; chi trả trợ cấp ưu đãi người có công, trợ cấp xã hội qua tài khoản được mở rộng ở tất cả các huyện.

3. Kiểm tra công tác cải cách hành chính tại 04 đơn vị (Phòng Lao động - Thương binh và Xã hội các huyện, đơn vị sự nghiệp trực thuộc); đăng ít nhất 24 tin, bài tuyên truyền.

4. Cử 60 lượt công chức, viên chức đi bồi dưỡng; tỷ lệ văn bản đi được ký số đạt từ 85% trở lên.

II. NHIỆM VỤ

1. Ban hành Kế hoạch kiểm tra và Kế hoạch tuyên truyền cải cách hành chính năm 2022 trong quý I.

2. Ban hành Quy chế làm việc mới của Sở; ban hành Quy chế chi tiêu nội bộ năm 2022.

3. Tham mưu Ủy ban nhân dân tỉnh ban hành quy định mới về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở.

4. Xây dựng quy chế phối hợp giải quyết thủ tục hành chính lĩnh vực lao động, việc làm, người có công tại Trung tâm Phục vụ hành chính công tỉnh.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở là đầu mối theo dõi, tổng hợp; các phòng, đơn vị báo cáo kết quả hằng quý trước ngày 15 tháng cuối quý.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Ban Giám đốc Sở;
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

QD_86 = (
    head(
        "86/QĐ-SLĐTBXH",
        "ngày 15 tháng 02 năm 2022",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế chi tiêu nội bộ và quản lý, sử dụng tài sản công của Sở Lao động - Thương binh và Xã hội",
    )
    + """
GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HƯNG LĨNH

Căn cứ Quyết định số 28/2016/QĐ-UBND ngày 14/7/2016 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Lao động - Thương binh và Xã hội tỉnh Hưng Lĩnh;

Theo đề nghị của Chánh Văn phòng Sở và Trưởng phòng Kế hoạch - Tài chính.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ và quản lý, sử dụng tài sản công của Sở Lao động - Thương binh và Xã hội.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng phòng Kế hoạch - Tài chính, Trưởng các phòng thuộc Sở và công chức, người lao động cơ quan Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Kho bạc Nhà nước tỉnh;
- Lưu: VT, KHTC.
"""
    + DIRECTOR
    + """
QUY CHẾ
Chi tiêu nội bộ và quản lý, sử dụng tài sản công

Điều 5. Công tác phí

Công chức đi công tác tại các huyện để kiểm tra chi trả trợ cấp người có công, bảo trợ xã hội được thanh toán theo mức khoán quy định tại Phụ lục kèm theo.

Điều 9. Sử dụng kinh phí tiết kiệm

Kinh phí tiết kiệm được từ chi thường xuyên dùng để chi thu nhập tăng thêm, khen thưởng, phúc lợi và trích lập quỹ theo quy định.
"""
)

KH_44 = (
    head(
        "44/KH-SLĐTBXH",
        "ngày 28 tháng 02 năm 2022",
        "KẾ HOẠCH",
        "Tuyên truyền cải cách hành chính năm 2022",
    )
    + """
Thực hiện Kế hoạch số 21/KH-SLĐTBXH ngày 19/01/2022 của Sở về cải cách hành chính năm 2022, Sở Lao động - Thương binh và Xã hội ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2022 như sau:

1. Nội dung: các thủ tục hành chính về lao động, việc làm, trợ cấp thất nghiệp, chế độ ưu đãi người có công và trợ giúp xã hội được nộp trực tuyến; địa chỉ Cổng dịch vụ công; kết quả thực hiện Chỉ số cải cách hành chính của Sở.

2. Hình thức: đăng ít nhất 24 tin, bài trên Trang thông tin điện tử của Sở; phát tờ rơi tại Trung tâm Dịch vụ việc làm tỉnh và các cơ sở bảo trợ xã hội; lồng ghép tại các phiên giao dịch việc làm.

3. Tổ chức thực hiện: Văn phòng Sở chủ trì; Trung tâm Dịch vụ việc làm và Phòng Người có công phối hợp; báo cáo kết quả cùng báo cáo cải cách hành chính hằng quý.

Nơi nhận:
- Các phòng, đơn vị thuộc Sở;
- Phòng LĐTBXH các huyện;
- Lưu: VT, VP.
"""
    + DEPUTY
)

QD_118 = (
    head(
        "118/QĐ-SLĐTBXH",
        "ngày 08 tháng 3 năm 2022",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Lao động - Thương binh và Xã hội tỉnh Hưng Lĩnh",
    )
    + """
GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HƯNG LĨNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Quyết định số 28/2016/QĐ-UBND ngày 14/7/2016 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Lao động - Thương binh và Xã hội tỉnh Hưng Lĩnh;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Lao động - Thương binh và Xã hội tỉnh Hưng Lĩnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 205/QĐ-SLĐTBXH ngày 14/5/2018 của Giám đốc Sở ban hành Quy chế làm việc của Sở Lao động - Thương binh và Xã hội.

Điều 3. Chánh Văn phòng, Trưởng các phòng, Thủ trưởng các đơn vị thuộc Sở và công chức, viên chức, người lao động chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (b/c);
- Lưu: VT, VP.
"""
    + DIRECTOR
    + """
QUY CHẾ
Làm việc của Sở Lao động - Thương binh và Xã hội tỉnh Hưng Lĩnh

Điều 3. Nguyên tắc làm việc

Sở làm việc theo chế độ thủ trưởng; mỗi việc chỉ giao một phòng, đơn vị chủ trì; giải quyết công việc đúng thẩm quyền, đúng thời hạn.

Điều 11. Giao ban

1. Giao ban Ban Giám đốc Sở vào sáng thứ Hai hằng tuần.

2. Giao ban với Phòng Lao động - Thương binh và Xã hội các huyện mỗi quý một lần.

Điều 17. Tiếp công dân

Giám đốc Sở tiếp công dân định kỳ vào ngày 15 hằng tháng; công dân đến đề nghị giải quyết chế độ người có công được tiếp tại Phòng tiếp công dân của Sở.
"""
)

QD_09_2022 = (
    head(
        "09/2022/QĐ-UBND",
        "ngày 25 tháng 3 năm 2022",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Lao động - Thương binh và Xã hội tỉnh Hưng Lĩnh",
        UBND,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH HƯNG LĨNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương, được sửa đổi, bổ sung bởi Nghị định số 107/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ;

Căn cứ Thông tư số 11/2021/TT-BLĐTBXH ngày 30 tháng 9 năm 2021 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn chức năng, nhiệm vụ, quyền hạn của cơ quan chuyên môn về lao động, người có công và xã hội thuộc Ủy ban nhân dân cấp tỉnh, cấp huyện;

Theo đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng

Sở Lao động - Thương binh và Xã hội là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về việc làm, lao động, tiền lương, an toàn, vệ sinh lao động, giáo dục nghề nghiệp, người có công, bảo trợ xã hội, trẻ em, bình đẳng giới, phòng, chống tệ nạn xã hội.

Điều 3. Cơ cấu tổ chức

Lãnh đạo Sở gồm Giám đốc và không quá 03 Phó Giám đốc. Các tổ chức tham mưu gồm 07 đầu mối: Văn phòng; Thanh tra; Phòng Kế hoạch - Tài chính; Phòng Lao động - Việc làm - Giáo dục nghề nghiệp; Phòng Người có công; Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới; Phòng Phòng, chống tệ nạn xã hội.

Điều 5. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày 10 tháng 4 năm 2022 và thay thế Quyết định số 28/2016/QĐ-UBND ngày 14 tháng 7 năm 2016 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Lao động - Thương binh và Xã hội tỉnh Hưng Lĩnh.

Điều 6. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Lao động - Thương binh và Xã hội và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 6;
- Bộ Lao động - Thương binh và Xã hội;
- Cục Kiểm tra VBQPPL - Bộ Tư pháp;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
"""
    + UBND_VICE
)

QD_402_HEAD = head(
    "402/QĐ-SLĐTBXH",
    "ngày 12 tháng 7 năm 2022",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế phối hợp tiếp nhận, giải quyết thủ tục hành chính của Sở Lao động - Thương binh và Xã hội tại Trung tâm Phục vụ hành chính công tỉnh",
)
QD_402_BODY = """
GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HƯNG LĨNH

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;

Căn cứ Quyết định số 09/2022/QĐ-UBND ngày 25/3/2022 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Lao động - Thương binh và Xã hội tỉnh Hưng Lĩnh;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp tiếp nhận, giải quyết thủ tục hành chính của Sở Lao động - Thương binh và Xã hội tại Trung tâm Phục vụ hành chính công tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2022.

Điều 3. Chánh Văn phòng, Trưởng các phòng có thủ tục hành chính và công chức được cử làm việc tại Trung tâm Phục vụ hành chính công tỉnh chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
QD_402_RULES = (
    DEPUTY
    + """
QUY CHẾ
Phối hợp tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh

Điều 4. Công chức được cử

Các phòng có thủ tục hành chính cử công chức làm việc tại quầy của Sở tại Trung tâm Phục vụ hành chính công tỉnh theo bảng dưới đây.
"""
)
QD_402_TABLE = [
    ["Phòng cử công chức", "Lĩnh vực tiếp nhận", "Số thủ tục", "Số công chức"],
    [
        "Phòng Lao động - Việc làm - Giáo dục nghề nghiệp",
        "Lao động, việc làm, giấy phép lao động, giáo dục nghề nghiệp",
        "46",
        "02",
    ],
    ["Phòng Người có công", "Chế độ ưu đãi người có công", "38", "02"],
    ["Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới", "Bảo trợ xã hội, trẻ em", "20", "01"],
    ["Thanh tra Sở", "An toàn, vệ sinh lao động", "08", "01"],
]
QD_402_AFTER = """Điều 6. Thời gian chuyển hồ sơ

1. Hồ sơ tiếp nhận tại Trung tâm được chuyển về phòng chuyên môn như sau:

a) Hồ sơ nộp trực tuyến: chuyển ngay trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh;

b) Hồ sơ nộp trực tiếp hoặc qua bưu chính: chuyển bản giấy về Sở chậm nhất 16 giờ 30 phút hằng ngày.

2. Kết quả giải quyết được chuyển lại Trung tâm chậm nhất 01 ngày làm việc trước ngày hẹn trả.

Điều 9. Trách nhiệm khi hồ sơ quá hạn

Phòng để hồ sơ quá hạn phải có văn bản xin lỗi tổ chức, cá nhân theo mẫu, nêu rõ lý do và thời hạn trả kết quả mới."""

BC_298 = (
    head(
        "298/BC-SLĐTBXH",
        "ngày 14 tháng 12 năm 2022",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2022",
    )
    + """
Thực hiện Kế hoạch số 21/KH-SLĐTBXH ngày 19/01/2022 của Sở về cải cách hành chính năm 2022, Sở Lao động - Thương binh và Xã hội báo cáo kết quả năm 2022 (số liệu đến ngày 30/11/2022) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2022 có 30 nhiệm vụ; đã hoàn thành 29 nhiệm vụ (96,7%), nhiệm vụ còn lại chuyển sang năm 2023.

2. Chỉ số cải cách hành chính năm 2021 của Sở theo Quyết định số 624/QĐ-UBND ngày 15/4/2022 của Ủy ban nhân dân tỉnh công bố Chỉ số cải cách hành chính năm 2021 đạt 81,26 điểm, xếp thứ 11/20 sở, ban, ngành.

3. Thực hiện Kế hoạch số 35/KH-SLĐTBXH ngày 22/02/2022 về kiểm tra công tác cải cách hành chính năm 2022, Sở đã kiểm tra 04 đơn vị. Thực hiện Kế hoạch số 44/KH-SLĐTBXH ngày 28/02/2022, đã đăng 26 tin, bài tuyên truyền.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thủ tục hành chính

Sở ban hành Quy chế phối hợp tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh kèm theo Quyết định số 402/QĐ-SLĐTBXH ngày 12/7/2022, áp dụng từ ngày 01/8/2022. Sở có 112 thủ tục hành chính, trong đó 38 thủ tục cung cấp dịch vụ công trực tuyến toàn trình. Năm 2022 tiếp nhận 18.426 hồ sơ, trong đó 6.081 hồ sơ trực tuyến (33,0%); giải quyết đúng hạn 18.390 hồ sơ (99,80%), trễ hạn 36 hồ sơ, chủ yếu hồ sơ xác nhận người có công cần xác minh.

2. Cải cách tổ chức bộ máy

Ủy ban nhân dân tỉnh ban hành Quyết định số 09/2022/QĐ-UBND ngày 25/3/2022 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở, có hiệu lực từ ngày 10/4/2022, thay thế Quyết định số 28/2016/QĐ-UBND ngày 14/7/2016; Sở giảm từ 08 xuống 07 phòng.

3. Cải cách chế độ công vụ

Quy chế làm việc của Sở ban hành kèm theo Quyết định số 118/QĐ-SLĐTBXH ngày 08/3/2022 thay thế Quyết định số 205/QĐ-SLĐTBXH ngày 14/5/2018. Đã cử 72 lượt công chức, viên chức đi bồi dưỡng.

4. Cải cách tài chính công

Sở thực hiện Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 86/QĐ-SLĐTBXH ngày 15/02/2022; tiết kiệm chi thường xuyên 640 triệu đồng; chi trả trợ cấp ưu đãi người có công qua tài khoản đạt 41% số người hưởng.

5. Xây dựng chính quyền số

Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ, Sở đã làm sạch dữ liệu của 18.540 người có công và thân nhân để kết nối với Cơ sở dữ liệu quốc gia về dân cư. Tỷ lệ văn bản đi được ký số đạt 88%.

III. PHƯƠNG HƯỚNG NĂM 2023

Nâng tỷ lệ hồ sơ trực tuyến và chi trả không dùng tiền mặt; áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 phiên bản mới.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

KH_15_HEAD = head(
    "15/KH-SLĐTBXH",
    "ngày 13 tháng 01 năm 2023",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2023",
)
KH_15_BODY = """
Thực hiện Kế hoạch số 07/KH-UBND ngày 09/01/2023 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2023, Sở Lao động - Thương binh và Xã hội ban hành Kế hoạch cải cách hành chính năm 2023 gồm 32 nhiệm vụ, với các chỉ tiêu sau:
"""
KH_15_TABLE = [
    ["STT", "Chỉ tiêu năm 2023", "Mức phấn đấu"],
    ["1", "Nhiệm vụ của Kế hoạch hoàn thành", "32/32"],
    ["2", "Tỷ lệ thủ tục hành chính trực tuyến toàn trình", "từ 40%"],
    ["3", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "từ 45%"],
    ["4", "Tỷ lệ hồ sơ giải quyết đúng hạn", "từ 99,5%"],
    ["5", "Đơn vị được kiểm tra công tác cải cách hành chính", "05"],
    ["6", "Tin, bài tuyên truyền", "30"],
    ["7", "Lượt công chức, viên chức được bồi dưỡng", "80"],
    ["8", "Tỷ lệ văn bản đi được ký số", "từ 90%"],
]
KH_15_AFTER = (
    """NHIỆM VỤ TRỌNG TÂM

1. Ban hành Kế hoạch kiểm tra cải cách hành chính năm 2023 trong tháng 02.

2. Chuyển đổi hệ thống quản lý chất lượng của Sở sang phiên bản TCVN ISO 9001:2015 và công bố trong quý II.

3. Mở rộng nộp hồ sơ trực tuyến đối với chế độ ưu đãi người có công, trợ cấp thất nghiệp, cấp giấy phép lao động cho người nước ngoài.

4. Rà soát Quy chế làm việc của Sở sau khi kiện toàn lãnh đạo Sở.

Văn phòng Sở theo dõi, tổng hợp; báo cáo năm gửi Sở Nội vụ trước ngày 15/12/2023.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP."""
    + DIRECTOR
)

CV_312 = (
    head(
        "312/SLĐTBXH-VP",
        "ngày 06 tháng 3 năm 2023",
        "",
        "V/v đẩy mạnh tiếp nhận hồ sơ trực tuyến, thanh toán trực tuyến trong giải quyết chế độ ưu đãi người có công",
    )
    + """
Kính gửi:
- Phòng Lao động - Thương binh và Xã hội các huyện, thị xã, thành phố;
- Trung tâm Dịch vụ việc làm tỉnh.

Thực hiện Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng và Kế hoạch số 15/KH-SLĐTBXH ngày 13/01/2023 của Sở về cải cách hành chính năm 2023, Sở Lao động - Thương binh và Xã hội đề nghị các đơn vị:

1. Hướng dẫn người có công, thân nhân người có công nộp hồ sơ đề nghị hưởng chế độ ưu đãi, trợ cấp mai táng trên Cổng dịch vụ công quốc gia; người lao động nộp hồ sơ hưởng trợ cấp thất nghiệp trực tuyến.

2. Không yêu cầu nộp bản sao giấy tờ đã có trong Cơ sở dữ liệu quốc gia về dân cư.

3. Khuyến khích nhận trợ cấp qua tài khoản; báo cáo số người nhận qua tài khoản về Sở (qua Văn phòng) trước ngày 20 hằng tháng.

Trân trọng./.

Nơi nhận:
- Như trên;
- Giám đốc Sở (b/c);
- Lưu: VT, VP.
"""
    + DEPUTY
)

QD_431 = (
    head(
        "431/QĐ-SLĐTBXH",
        "ngày 28 tháng 6 năm 2023",
        "QUYẾT ĐỊNH",
        "Công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại Sở Lao động - Thương binh và Xã hội",
    )
    + """
GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HƯNG LĨNH

Căn cứ Quyết định số 09/2022/QĐ-UBND ngày 25/3/2022 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Lao động - Thương binh và Xã hội tỉnh Hưng Lĩnh;

Căn cứ Kế hoạch số 15/KH-SLĐTBXH ngày 13/01/2023 của Sở về cải cách hành chính năm 2023;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Công bố Hệ thống quản lý chất lượng của Sở Lao động - Thương binh và Xã hội phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015, áp dụng cho 112 thủ tục hành chính và các hoạt động quản lý nội bộ của Sở.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Khoa học và Công nghệ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

QD_812 = (
    head(
        "812/QĐ-SLĐTBXH",
        "ngày 20 tháng 10 năm 2023",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Lao động - Thương binh và Xã hội tỉnh Hưng Lĩnh",
    )
    + """
GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HƯNG LĨNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Quyết định số 09/2022/QĐ-UBND ngày 25/3/2022 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Lao động - Thương binh và Xã hội tỉnh Hưng Lĩnh;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Lao động - Thương binh và Xã hội tỉnh Hưng Lĩnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 11 năm 2023 và thay thế Quyết định số 118/QĐ-SLĐTBXH ngày 08/3/2022 của Giám đốc Sở ban hành Quy chế làm việc của Sở Lao động - Thương binh và Xã hội tỉnh Hưng Lĩnh.

Điều 3. Chánh Văn phòng, Trưởng các phòng, Thủ trưởng các đơn vị thuộc Sở và công chức, viên chức, người lao động chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (b/c);
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
    + """
QUY CHẾ
Làm việc của Sở Lao động - Thương binh và Xã hội tỉnh Hưng Lĩnh

Điều 11. Giao ban

1. Giao ban Ban Giám đốc Sở vào sáng thứ Hai hằng tuần.

2. Giao ban trực tuyến với Phòng Lao động - Thương binh và Xã hội các huyện mỗi tháng một lần, vào chiều thứ Năm của tuần đầu tháng.

Điều 17. Tiếp công dân

Giám đốc Sở tiếp công dân định kỳ vào ngày 15 hằng tháng; đơn thư về chế độ người có công được chuyển Phòng Người có công xem xét trong 05 ngày làm việc.
"""
)

BC_305_HEAD = head(
    "305/BC-SLĐTBXH",
    "ngày 12 tháng 12 năm 2023",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2023",
)
BC_305_BODY = """
Thực hiện Kế hoạch số 15/KH-SLĐTBXH ngày 13/01/2023 của Sở về cải cách hành chính năm 2023, Sở Lao động - Thương binh và Xã hội báo cáo kết quả năm 2023 (số liệu đến ngày 30/11/2023) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2023 có 32 nhiệm vụ; đã hoàn thành 31 nhiệm vụ (96,9%).

2. Từ ngày 15/9/2023, bà Đinh Thị Thu Hà giữ chức Giám đốc Sở theo Quyết định số 1790/QĐ-UBND ngày 12/9/2023 của Chủ tịch Ủy ban nhân dân tỉnh, thay ông Phạm Văn Thắng nghỉ hưu theo chế độ.

3. Chỉ số cải cách hành chính năm 2022 của Sở theo Quyết định số 533/QĐ-UBND ngày 07/4/2023 của Ủy ban nhân dân tỉnh đạt 83,75 điểm, xếp thứ 8/20 sở, ban, ngành, tăng 03 bậc.

4. Thực hiện Kế hoạch số 27/KH-SLĐTBXH ngày 16/02/2023 về kiểm tra công tác cải cách hành chính, đã kiểm tra 05 đơn vị; đã đăng 31 tin, bài tuyên truyền.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thủ tục hành chính

Sở có Công văn số 312/SLĐTBXH-VP ngày 06/3/2023 đề nghị Phòng Lao động - Thương binh và Xã hội các huyện hướng dẫn người có công nộp hồ sơ trực tuyến. Sở có 118 thủ tục hành chính, trong đó 52 thủ tục trực tuyến toàn trình (44,1%). Năm 2023 tiếp nhận 21.087 hồ sơ, trong đó 10.966 hồ sơ trực tuyến (52,0%); giải quyết đúng hạn 21.045 hồ sơ (99,80%), trễ hạn 42 hồ sơ. Các phòng tiếp tục thực hiện Quy chế phối hợp ban hành kèm theo Quyết định số 402/QĐ-SLĐTBXH ngày 12/7/2022.

2. Cải cách chế độ công vụ

Giám đốc Sở ban hành Quy chế làm việc mới kèm theo Quyết định số 812/QĐ-SLĐTBXH ngày 02/10/2023, có hiệu lực từ ngày 01/11/2023, thay thế Quyết định số 118/QĐ-SLĐTBXH ngày 08/3/2022; giao ban trực tuyến với các huyện hằng tháng. Đã cử 85 lượt công chức, viên chức đi bồi dưỡng.

3. Cải cách tài chính công

Tiết kiệm chi thường xuyên 710 triệu đồng; chi trả trợ cấp qua tài khoản đạt 58% số người hưởng.

4. Xây dựng chính quyền số

Sở công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 tại Quyết định số 431/QĐ-SLĐTBXH ngày 28/6/2023. Tỷ lệ văn bản đi được ký số đạt 93%.

Kết quả so với chỉ tiêu của Kế hoạch năm 2023:
"""
BC_305_TABLE = [
    ["Chỉ tiêu", "Kế hoạch", "Kết quả"],
    ["Nhiệm vụ hoàn thành", "32", "31"],
    ["Tỷ lệ thủ tục trực tuyến toàn trình", "từ 40%", "44,1%"],
    ["Tỷ lệ hồ sơ trực tuyến", "từ 45%", "52,0%"],
    ["Tỷ lệ hồ sơ đúng hạn", "từ 99,5%", "99,80%"],
    ["Đơn vị được kiểm tra", "05", "05"],
    ["Tin, bài tuyên truyền", "30", "31"],
    ["Lượt bồi dưỡng", "80", "85"],
    ["Tỷ lệ văn bản ký số", "từ 90%", "93%"],
]
BC_305_AFTER = (
    """III. PHƯƠNG HƯỚNG NĂM 2024

Rà soát, sửa đổi Quy chế phối hợp tại Trung tâm Phục vụ hành chính công tỉnh để chuyển hồ sơ giấy hai lần mỗi ngày; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ;
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
)

EARLY = (
    Sample("KH CCHC 2022.txt", "txt", (KH_21,)),
    Sample(
        "quy che chi tieu noi bo 2022.pdf",
        "pdf",
        (QD_86,),
        title="Quy chế chi tiêu nội bộ 2022 (MẪU, hư cấu)",
    ),
    Sample("KH tuyen truyen CCHC 2022.txt", "txt", (KH_44,)),
    Sample(
        "qd 118 quy che lam viec.docx",
        "docx",
        (QD_118,),
        title="QĐ 118 Quy chế làm việc (MẪU, hư cấu)",
    ),
    Sample(
        "09_2022_QD-UBND.pdf",
        "pdf",
        (QD_09_2022,),
        title="Quyết định 09/2022/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample(
        "qd-402-2022-quy-che-phoi-hop-mot-cua.docx",
        "docx",
        (QD_402_HEAD, QD_402_BODY, QD_402_RULES),
        table=QD_402_TABLE,
        after=QD_402_AFTER,
        title="Quy chế phối hợp tại Trung tâm PVHCC (MẪU, hư cấu)",
    ),
    Sample(
        "Bao cao CCHC nam 2022.pdf",
        "pdf",
        (BC_298,),
        title="Báo cáo CCHC năm 2022 (MẪU, hư cấu)",
    ),
    Sample(
        "ke hoach 15.docx",
        "docx",
        (KH_15_HEAD, KH_15_BODY),
        table=KH_15_TABLE,
        after=KH_15_AFTER,
        title="Kế hoạch CCHC năm 2023 (MẪU, hư cấu)",
    ),
    Sample("cong van 312.txt", "txt", (CV_312,)),
    Sample("tailieu_02.pdf", "pdf", (QD_431,), title="tailieu_02 (MẪU, hư cấu)"),
    Sample("QD 812 nam 2023.txt", "txt", (QD_812,)),
    Sample(
        "BC CCHC 2023 (gui So Noi vu).docx",
        "docx",
        (BC_305_HEAD, BC_305_BODY),
        table=BC_305_TABLE,
        after=BC_305_AFTER,
        title="Báo cáo CCHC năm 2023 (MẪU, hư cấu)",
    ),
)
