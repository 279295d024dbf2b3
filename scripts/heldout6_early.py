"""Sixth held-out archive, 2021 – 2022: the Sở Lao động - Thương binh và Xã hội of the
fictional tỉnh Phú Khê. Do not tune on it.

A labour, invalids and social-affairs department: its texts speak of việc làm, giáo dục
nghề nghiệp, người có công, bảo trợ xã hội, trẻ em and an toàn lao động whatever reform
area they belong to. Written by hand, before any code ran on it; facts in
``bench/data/heldout6_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from sample_header import Sample, header

MARK = "[TÀI LIỆU MẪU - hư cấu: tỉnh Phú Khê và Sở Lao động - Thương binh và Xã hội tỉnh Phú Khê không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết văn bản. TÀI LIỆU MẪU hư cấu do scripts/make_heldout6_archive.py tạo; tỉnh Phú Khê không có thật; MẪU]"
SO = ("UBND TỈNH PHÚ KHÊ", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
UBND = ("ỦY BAN NHÂN DÂN", "TỈNH PHÚ KHÊ")
# The Giám đốc changed in July 2023: Trịnh Văn Khải signs before, Hoàng Minh Tuấn after.
DIRECTOR = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nTrịnh Văn Khải\n"
NEW_DIRECTOR = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nHoàng Minh Tuấn\n"
DEPUTY = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nĐỗ Thị Hồng Nhung\n"
CHAIRMAN = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Hữu Lộc\n"
# For the Committee (a legal normative decision) and for the Chủ tịch (an individual decision).
VICE_CHAIR_UBND = (
    "\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nVũ Thị Thanh Bình\n"
)
VICE_CHAIR = "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nVũ Thị Thanh Bình\n"


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = SO) -> str:
    """The header of a Phú Khê document (the shared layout, this archive's place and mark)."""
    return header(number, day, kind, subject, issuer, place="Phú Khê", mark=MARK)


QD_19_2021 = (
    head(
        "19/2021/QĐ-UBND",
        "ngày 25 tháng 8 năm 2021",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Lao động - Thương binh và Xã hội tỉnh Phú Khê",
        UBND,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH PHÚ KHÊ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;

Căn cứ Nghị định số 107/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ;

Căn cứ Thông tư liên tịch số 37/2015/TTLT-BLĐTBXH-BNV ngày 02 tháng 10 năm 2015 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội và Bộ trưởng Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Lao động - Thương binh và Xã hội thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;

Theo đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng

1. Sở Lao động - Thương binh và Xã hội là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về: việc làm; giáo dục nghề nghiệp; lao động, tiền lương; bảo hiểm xã hội; an toàn, vệ sinh lao động; người có công; bảo trợ xã hội; trẻ em; bình đẳng giới; phòng, chống tệ nạn xã hội.

2. Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Lao động - Thương binh và Xã hội.

Điều 2. Nhiệm vụ và quyền hạn

1. Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch phát triển lĩnh vực lao động, người có công và xã hội.

2. Tổ chức thực hiện chính sách ưu đãi người có công với cách mạng; chính sách trợ giúp xã hội; chương trình bảo vệ, chăm sóc trẻ em; giải quyết thủ tục hành chính thuộc thẩm quyền.

3. Quản lý các cơ sở giáo dục nghề nghiệp, Trung tâm Dịch vụ việc làm, các cơ sở trợ giúp xã hội công lập theo phân cấp.

Điều 3. Cơ cấu tổ chức

1. Lãnh đạo Sở: Giám đốc và không quá 03 Phó Giám đốc.

2. Các tổ chức tham mưu, tổng hợp và chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Kế hoạch - Tài chính; Phòng Lao động - Việc làm; Phòng Giáo dục nghề nghiệp; Phòng Người có công; Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới.

3. Các đơn vị sự nghiệp công lập trực thuộc Sở: Trung tâm Dịch vụ việc làm tỉnh; Cơ sở Bảo trợ xã hội tổng hợp tỉnh; Trung tâm Công tác xã hội tỉnh; Trường Cao đẳng Nghề Phú Khê.

Điều 4. Biên chế

Biên chế công chức của Sở được giao trên cơ sở vị trí việc làm, trong tổng biên chế công chức của tỉnh được cấp có thẩm quyền giao.

Điều 5. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày 10 tháng 9 năm 2021 và thay thế Quyết định số 28/2016/QĐ-UBND ngày 12 tháng 7 năm 2016 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Lao động - Thương binh và Xã hội.

Điều 6. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Lao động - Thương binh và Xã hội, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 6;
- Bộ Lao động - Thương binh và Xã hội;
- Cục Kiểm tra văn bản QPPL (Bộ Tư pháp);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""
    + CHAIRMAN
)

QD_142 = (
    head(
        "142/QĐ-SLĐTBXH",
        "ngày 05 tháng 10 năm 2021",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Lao động - Thương binh và Xã hội",
    )
    + """
GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI

Căn cứ Quyết định số 19/2021/QĐ-UBND ngày 25/8/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Lao động - Thương binh và Xã hội tỉnh Phú Khê;

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Lao động - Thương binh và Xã hội.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng, Thủ trưởng các đơn vị sự nghiệp trực thuộc và công chức, người lao động cơ quan Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (b/c);
- Lưu: VT, VP.
"""
    + DIRECTOR
    + """
QUY CHẾ
Làm việc của Sở Lao động - Thương binh và Xã hội

Chương I. QUY ĐỊNH CHUNG

Điều 3. Nguyên tắc làm việc

Giám đốc Sở làm việc theo chế độ thủ trưởng; mỗi việc chỉ giao một phòng chủ trì; giải quyết công việc đúng thẩm quyền, trình tự và thời hạn.

Chương III. CHẾ ĐỘ HỘI HỌP

Điều 14. Giao ban

Lãnh đạo Sở giao ban trực tiếp chiều thứ Hai hằng tuần với Trưởng các phòng; giao ban với Thủ trưởng các đơn vị sự nghiệp mỗi quý một lần tại trụ sở Sở.

Chương IV. XỬ LÝ VĂN BẢN

Điều 18. Văn bản đến

Văn bản đến được vào sổ, chuyển bản giấy đến lãnh đạo Sở trong ngày; hồ sơ chi trả trợ cấp người có công, trợ cấp xã hội được ưu tiên xử lý trước.
"""
)

QD_168_HEAD = head(
    "168/QĐ-SLĐTBXH",
    "ngày 15 tháng 11 năm 2021",
    "QUYẾT ĐỊNH",
    "Ban hành Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 của Sở Lao động - Thương binh và Xã hội",
)
QD_168_BODY = (
    """
GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI

Căn cứ Quyết định số 19/2021/QĐ-UBND ngày 25/8/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Lao động - Thương binh và Xã hội tỉnh Phú Khê;

Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;

Căn cứ Kế hoạch số 186/KH-UBND ngày 28/10/2021 của Ủy ban nhân dân tỉnh về cải cách hành chính nhà nước tỉnh Phú Khê giai đoạn 2021 - 2025;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 của Sở Lao động - Thương binh và Xã hội.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng, Thủ trưởng các đơn vị sự nghiệp trực thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (để b/c);
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
    + """
KẾ HOẠCH
Cải cách hành chính giai đoạn 2021 - 2025 của Sở Lao động - Thương binh và Xã hội
(Ban hành kèm theo Quyết định số 168/QĐ-SLĐTBXH ngày 15/11/2021 của Giám đốc Sở)

I. MỤC TIÊU

Xây dựng nền hành chính của ngành lao động, người có công và xã hội phục vụ người dân; người lao động, người có công, đối tượng bảo trợ xã hội được giải quyết chế độ nhanh, đúng, đủ.

II. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2025
"""
)
QD_168_TABLE = [
    ["STT", "Chỉ tiêu", "Đến năm 2025"],
    ["1", "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình", "từ 80%"],
    ["2", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến", "từ 50%"],
    ["3", "Tỷ lệ hồ sơ giải quyết đúng hạn", "trên 98%"],
    ["4", "Mức độ hài lòng của người dân, doanh nghiệp", "từ 90%"],
    ["5", "Tỷ lệ văn bản trao đổi giữa các cơ quan dưới dạng điện tử", "100%"],
]
QD_168_AFTER = """III. NHIỆM VỤ

1. Cải cách thể chế: tham mưu chính sách hỗ trợ đào tạo nghề, giải quyết việc làm, trợ giúp xã hội của tỉnh.

2. Cải cách thủ tục hành chính: rà soát, đơn giản hóa thủ tục lĩnh vực người có công, bảo trợ xã hội, giáo dục nghề nghiệp; thực hiện liên thông điện tử.

3. Cải cách tổ chức bộ máy: sắp xếp các phòng và đơn vị sự nghiệp trực thuộc theo hướng tinh gọn.

4. Cải cách chế độ công vụ: thực hiện vị trí việc làm; bồi dưỡng kỹ năng tiếp dân, giải quyết chế độ chính sách.

5. Cải cách tài chính công: giao tự chủ cho Trung tâm Dịch vụ việc làm tỉnh và Trường Cao đẳng Nghề Phú Khê.

6. Xây dựng chính quyền số: số hóa hồ sơ người có công; chi trả trợ cấp xã hội qua tài khoản.

IV. TỔ CHỨC THỰC HIỆN

Hằng năm, Văn phòng Sở tham mưu kế hoạch cải cách hành chính của Sở trên cơ sở Kế hoạch này."""

KH_09 = (
    head(
        "09/KH-SLĐTBXH",
        "ngày 12 tháng 01 năm 2022",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2022",
    )
    + """
Thực hiện Kế hoạch số 04/KH-UBND ngày 06/01/2022 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2022 và Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 ban hành kèm theo Quyết định số 168/QĐ-SLĐTBXH ngày 15/11/2021 của Giám đốc Sở, Sở Lao động - Thương binh và Xã hội ban hành Kế hoạch cải cách hành chính năm 2022 như sau:

I. CHỈ TIÊU NĂM 2022

1. Hoàn thành 28 nhiệm vụ của Kế hoạch.

2. Tỷ lệ thủ tục hành chính trực tuyến toàn trình đạt từ 30% trở lên; tỷ lệ hồ sơ trực tuyến đạt từ 20% trở lên; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên.

3. Kiểm tra công tác cải cách hành chính tại 04 đơn vị; đăng ít nhất 30 tin, bài tuyên truyền.

4. Cử 45 lượt công chức, viên chức đi bồi dưỡng; tỷ lệ văn bản đi được ký số đạt từ 80% trở lên.

II. NHIỆM VỤ

1. Chỉ đạo, điều hành: ban hành kế hoạch kiểm tra, kế hoạch tuyên truyền cải cách hành chính trong quý I.

2. Thể chế: tham mưu Ủy ban nhân dân tỉnh quy định mức trợ giúp xã hội đối với đối tượng bảo trợ xã hội.

3. Thủ tục hành chính: trình Chủ tịch Ủy ban nhân dân tỉnh phê duyệt lại quy trình nội bộ giải quyết thủ tục lĩnh vực người có công.

4. Tổ chức bộ máy: thực hiện cơ cấu tổ chức của Sở theo quy định mới của Ủy ban nhân dân tỉnh.

5. Chế độ công vụ: rà soát vị trí việc làm của các phòng.

6. Tài chính công: ban hành Quy chế chi tiêu nội bộ mới thay cho Quy chế năm 2020.

7. Chính quyền số: chi trả trợ cấp thất nghiệp, trợ cấp xã hội qua tài khoản ngân hàng tại các huyện thí điểm.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, tổng hợp; các phòng, đơn vị báo cáo kết quả trước ngày 10 tháng cuối quý.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Nội vụ;
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

KH_17 = (
    head(
        "17/KH-SLĐTBXH",
        "ngày 25 tháng 02 năm 2022",
        "KẾ HOẠCH",
        "Thông tin, tuyên truyền cải cách hành chính năm 2022",
    )
    + """
Thực hiện Kế hoạch số 09/KH-SLĐTBXH ngày 12/01/2022 của Sở Lao động - Thương binh và Xã hội về cải cách hành chính năm 2022, Sở ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2022 như sau:

I. NỘI DUNG TUYÊN TRUYỀN

1. Hướng dẫn người lao động nộp hồ sơ hưởng trợ cấp thất nghiệp, đăng ký tìm việc làm trực tuyến.

2. Giới thiệu thủ tục xác nhận, giải quyết chế độ đối với người có công và thân nhân; thủ tục trợ cấp xã hội hằng tháng.

3. Phổ biến đường dây nóng bảo vệ trẻ em và kênh tiếp nhận phản ánh, kiến nghị của người dân.

II. HÌNH THỨC

1. Đăng ít nhất 30 tin, bài trên Trang thông tin điện tử của Sở.

2. Tổ chức 02 hội nghị đối thoại với người lao động tại các khu công nghiệp; đặt pa-nô tại Trung tâm Dịch vụ việc làm tỉnh.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở chủ trì; Trung tâm Dịch vụ việc làm tỉnh, Phòng Người có công phối hợp cung cấp nội dung.

Nơi nhận:
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + DEPUTY
)

QD_38_HEAD = head(
    "38/QĐ-SLĐTBXH",
    "ngày 28 tháng 02 năm 2022",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế chi tiêu nội bộ của Sở Lao động - Thương binh và Xã hội",
)
QD_38_BODY = (
    """
GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI

Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước;

Căn cứ Thông tư liên tịch số 71/2014/TTLT-BTC-BNV ngày 30/5/2014 của Bộ Tài chính và Bộ Nội vụ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng kinh phí quản lý hành chính đối với các cơ quan nhà nước;

Xét đề nghị của Trưởng phòng Kế hoạch - Tài chính sau khi thống nhất với Công đoàn cơ quan.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Sở Lao động - Thương binh và Xã hội.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 3 năm 2022. Quyết định số 26/QĐ-SLĐTBXH ngày 19/02/2020 của Giám đốc Sở ban hành Quy chế chi tiêu nội bộ hết hiệu lực kể từ ngày Quyết định này có hiệu lực.

Điều 3. Chánh Văn phòng, Trưởng phòng Kế hoạch - Tài chính, Trưởng các phòng và công chức, người lao động cơ quan Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Kho bạc Nhà nước tỉnh;
- Lưu: VT, KHTC.
"""
    + DIRECTOR
    + """
QUY CHẾ
Chi tiêu nội bộ của Sở Lao động - Thương binh và Xã hội

Điều 4. Nguyên tắc chi tiêu

Chi đúng chế độ, trong phạm vi dự toán được giao; kinh phí chi trả trợ cấp người có công, trợ cấp xã hội được quản lý riêng, không thuộc phạm vi Quy chế này.

Điều 7. Khoán công tác phí

Công chức thường xuyên đi xác minh hồ sơ người có công, kiểm tra an toàn lao động, cơ sở trợ giúp xã hội tại các huyện được khoán công tác phí theo tháng như bảng dưới đây.
"""
)
QD_38_TABLE = [
    ["Đối tượng", "Mức khoán (đồng/người/tháng)"],
    ["Thanh tra viên, công chức Thanh tra Sở", "450.000"],
    [
        "Công chức Phòng Người có công, Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới",
        "350.000",
    ],
    ["Văn thư, lái xe", "250.000"],
]
QD_38_AFTER = """Điều 10. Hỗ trợ cước điện thoại di động

Lãnh đạo Sở được hỗ trợ 300.000 đồng/người/tháng; Trưởng phòng, Chánh Văn phòng, Chánh Thanh tra được hỗ trợ 200.000 đồng/người/tháng.

Điều 12. Sử dụng kinh phí tiết kiệm

Kinh phí tiết kiệm được chi thu nhập tăng thêm, khen thưởng, phúc lợi theo tỷ lệ do Giám đốc Sở quyết định sau khi thống nhất với Công đoàn cơ quan."""

QD_2214_HEAD = head(
    "2214/QĐ-UBND",
    "ngày 19 tháng 9 năm 2022",
    "QUYẾT ĐỊNH",
    "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực người có công thuộc thẩm quyền giải quyết của Sở Lao động - Thương binh và Xã hội tỉnh Phú Khê",
    UBND,
)
QD_2214_BODY = (
    """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ KHÊ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;

Theo đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết 04 thủ tục hành chính lĩnh vực người có công thuộc thẩm quyền giải quyết của Sở Lao động - Thương binh và Xã hội tỉnh Phú Khê.

Điều 2. Sở Lao động - Thương binh và Xã hội cấu hình quy trình tại Điều 1 trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh trong thời hạn 10 ngày làm việc.

Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 1530/QĐ-UBND ngày 02/7/2020 của Chủ tịch Ủy ban nhân dân tỉnh phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực người có công.

Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Lao động - Thương binh và Xã hội, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Cục Kiểm soát TTHC (Văn phòng Chính phủ);
- Lưu: VT, KSTT.
"""
    + VICE_CHAIR
    + """
QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC NGƯỜI CÓ CÔNG
(Kèm theo Quyết định số 2214/QĐ-UBND ngày 19/9/2022 của Chủ tịch Ủy ban nhân dân tỉnh)
"""
)
QD_2214_TABLE = [
    ["STT", "Tên thủ tục hành chính", "Tổng thời gian", "Các bước"],
    [
        "1",
        "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ",
        "12 ngày làm việc",
        "Bộ phận Một cửa 0,5 ngày; Phòng Người có công 10 ngày; lãnh đạo Sở 1 ngày; trả kết quả 0,5 ngày",
    ],
    [
        "2",
        "Giải quyết trợ cấp một lần đối với thân nhân người có công đã từ trần",
        "12 ngày làm việc",
        "Bộ phận Một cửa 0,5 ngày; Phòng Người có công 10 ngày; lãnh đạo Sở 1 ngày; trả kết quả 0,5 ngày",
    ],
    [
        "3",
        "Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ",
        "05 ngày làm việc",
        "Bộ phận Một cửa 0,5 ngày; Phòng Người có công 3,5 ngày; lãnh đạo Sở 1 ngày",
    ],
    [
        "4",
        "Di chuyển hồ sơ người có công đi ngoài tỉnh",
        "05 ngày làm việc",
        "Bộ phận Một cửa 0,5 ngày; Phòng Người có công 3,5 ngày; lãnh đạo Sở 1 ngày",
    ],
]
QD_2214_AFTER = (
    "Hồ sơ nộp trực tuyến được xử lý theo cùng quy trình; kết quả điện tử có giá trị như bản giấy."
)

CV_1630 = (
    head(
        "1630/SLĐTBXH-NCC",
        "ngày 06 tháng 10 năm 2022",
        "",
        "V/v triển khai quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực người có công",
    )
    + """
Kính gửi:
- Phòng Lao động - Thương binh và Xã hội các huyện, thị xã, thành phố;
- Bộ phận Một cửa của Sở.

Thực hiện Quyết định số 2214/QĐ-UBND ngày 19/9/2022 của Chủ tịch Ủy ban nhân dân tỉnh phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực người có công thuộc thẩm quyền giải quyết của Sở Lao động - Thương binh và Xã hội tỉnh Phú Khê (thay thế Quyết định số 1530/QĐ-UBND ngày 02/7/2020), Sở đề nghị:

1. Từ ngày 15/10/2022, hồ sơ giải quyết chế độ người có công được tiếp nhận, chuyển xử lý trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh theo quy trình mới; không chuyển hồ sơ giấy giữa các bước.

2. Phòng Lao động - Thương binh và Xã hội cấp huyện hướng dẫn thân nhân liệt sĩ, người có công nộp hồ sơ trực tuyến; đối với người cao tuổi, hỗ trợ nộp thay.

3. Vướng mắc phát sinh gửi về Phòng Người có công trước ngày 20 hằng tháng.

Trân trọng./.

Nơi nhận:
- Như trên;
- Giám đốc Sở (b/c);
- Lưu: VT, NCC.
"""
    + DEPUTY
)

BC_312 = (
    head(
        "312/BC-SLĐTBXH",
        "ngày 14 tháng 12 năm 2022",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2022",
    )
    + """
Thực hiện Kế hoạch số 09/KH-SLĐTBXH ngày 12/01/2022 của Sở Lao động - Thương binh và Xã hội về cải cách hành chính năm 2022, Sở báo cáo kết quả năm 2022 như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2022 có 28 nhiệm vụ, đã hoàn thành 27 nhiệm vụ (96,4%).

2. Kiểm tra: thực hiện Kế hoạch số 20/KH-SLĐTBXH ngày 08/3/2022 về kiểm tra công tác cải cách hành chính năm 2022, Sở đã kiểm tra 04 đơn vị (02 Phòng Lao động - Thương binh và Xã hội cấp huyện, Trung tâm Dịch vụ việc làm tỉnh và Cơ sở Bảo trợ xã hội tổng hợp tỉnh), chỉ ra 06 tồn tại cần khắc phục.

3. Tuyên truyền: thực hiện Kế hoạch số 17/KH-SLĐTBXH ngày 25/02/2022, Sở đăng 34 tin, bài; tổ chức 02 hội nghị đối thoại với người lao động.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thể chế

Sở tham mưu 03 văn bản quy phạm pháp luật, trong đó có Quyết định số 25/2022/QĐ-UBND ngày 18/7/2022 của Ủy ban nhân dân tỉnh quy định mức trợ giúp xã hội đối với đối tượng bảo trợ xã hội trên địa bàn tỉnh.

2. Cải cách thủ tục hành chính

Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 2214/QĐ-UBND ngày 19/9/2022 phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực người có công, thay thế Quyết định số 1530/QĐ-UBND ngày 02/7/2020; Sở có Công văn số 1630/SLĐTBXH-NCC ngày 06/10/2022 triển khai quy trình mới.

Sở có 126 thủ tục hành chính, trong đó 38 thủ tục trực tuyến toàn trình (30,2%). Năm 2022 tiếp nhận 9.842 hồ sơ, trong đó 2.067 hồ sơ trực tuyến (21,0%); giải quyết đúng hạn 9.791 hồ sơ (99,48%), trễ hạn 51 hồ sơ, chủ yếu hồ sơ xác nhận người có công phải chờ xác minh.

3. Cải cách tổ chức bộ máy

Sở thực hiện cơ cấu tổ chức theo Quyết định số 19/2021/QĐ-UBND ngày 25/8/2021 của Ủy ban nhân dân tỉnh (có hiệu lực từ ngày 10/9/2021): Văn phòng, Thanh tra, 05 phòng chuyên môn và 04 đơn vị sự nghiệp.

4. Cải cách chế độ công vụ

Sở tiếp tục thực hiện Quy chế làm việc ban hành kèm theo Quyết định số 142/QĐ-SLĐTBXH ngày 05/10/2021. Sở được giao 58 biên chế công chức, có mặt 55 người; cử 47 lượt công chức, viên chức đi đào tạo, bồi dưỡng.

5. Cải cách tài chính công

Giám đốc Sở ban hành Quyết định số 38/QĐ-SLĐTBXH ngày 28/02/2022 ban hành Quy chế chi tiêu nội bộ, thay thế Quyết định số 26/QĐ-SLĐTBXH ngày 19/02/2020. Kinh phí tiết kiệm năm 2022 là 186 triệu đồng.

6. Xây dựng chính quyền điện tử, chính quyền số

Tỷ lệ văn bản đi được ký số đạt 82%; thí điểm chi trả trợ cấp xã hội qua tài khoản ngân hàng tại 02 huyện.

III. TỒN TẠI, HẠN CHẾ

Tỷ lệ hồ sơ trực tuyến còn thấp; nhiều người có công, người cao tuổi chưa sử dụng được dịch vụ công trực tuyến.

IV. PHƯƠNG HƯỚNG NĂM 2023

Trình Ủy ban nhân dân tỉnh hợp nhất Phòng Lao động - Việc làm và Phòng Giáo dục nghề nghiệp; nâng tỷ lệ hồ sơ trực tuyến; mở rộng chi trả trợ cấp không dùng tiền mặt.

Nơi nhận:
- UBND tỉnh;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

EARLY = (
    Sample(
        "qd-19-2021-qd-ubnd-chuc-nang-so-ldtbxh.pdf",
        "pdf",
        (QD_19_2021,),
        title="Quyết định 19/2021/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample("qd-142-2021-quy-che-lam-viec.txt", "txt", (QD_142,)),
    Sample(
        "qd-168-2021-ke-hoach-cchc-2021-2025.docx",
        "docx",
        (QD_168_HEAD, QD_168_BODY),
        table=QD_168_TABLE,
        after=QD_168_AFTER,
        title="Kế hoạch CCHC giai đoạn 2021 - 2025 (MẪU, hư cấu)",
    ),
    Sample("kh-09-2022-cchc-nam-2022.txt", "txt", (KH_09,)),
    Sample("kh-17-2022-tuyen-truyen-cchc.txt", "txt", (KH_17,)),
    Sample(
        "qd-38-2022-quy-che-chi-tieu-noi-bo.docx",
        "docx",
        (QD_38_HEAD, QD_38_BODY),
        table=QD_38_TABLE,
        after=QD_38_AFTER,
        title="Quy chế chi tiêu nội bộ 2022 (MẪU, hư cấu)",
    ),
    Sample(
        "qd-2214-2022-quy-trinh-noi-bo-nguoi-co-cong.docx",
        "docx",
        (QD_2214_HEAD, QD_2214_BODY),
        table=QD_2214_TABLE,
        after=QD_2214_AFTER,
        title="Quyết định 2214/QĐ-UBND quy trình nội bộ (MẪU, hư cấu)",
    ),
    Sample("cv-1630-2022-quy-trinh-noi-bo-nguoi-co-cong.txt", "txt", (CV_1630,)),
    Sample(
        "bc-312-2022-ket-qua-cchc-nam-2022.pdf",
        "pdf",
        (BC_312,),
        title="Báo cáo CCHC năm 2022 (MẪU, hư cấu)",
    ),
)
