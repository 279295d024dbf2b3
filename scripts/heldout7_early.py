"""Seventh held-out archive, 2021 – 2022: Ủy ban nhân dân huyện Đông Sơn of the fictional
tỉnh Hà Trung, its Phòng Nội vụ leading administrative reform. Do not tune on it.

A district: its texts speak of xã, thị trấn, đất đai, hộ tịch, chứng thực, Bộ phận Một cửa
whatever reform area they belong to; its own decisions are ``…/QĐ-UBND`` like the
province's. Written by hand, before any code ran on it; facts in
``bench/data/heldout7_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from sample_header import Sample, header

MARK = (
    "[TÀI LIỆU MẪU, hư cấu: huyện Đông Sơn, tỉnh Hà Trung không có thật; không có giá trị pháp lý]"
)
FOOTER = "[Hết văn bản. TÀI LIỆU MẪU hư cấu do scripts/make_heldout7_archive.py tạo; huyện Đông Sơn, tỉnh Hà Trung không có thật; MẪU]"
UBND = ("ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG SƠN")
PNV = ("UBND HUYỆN ĐÔNG SƠN", "PHÒNG NỘI VỤ")
# The Chủ tịch changed in May 2023: Lê Văn Thành signs before, Phạm Quốc Hưng after.
# A Chủ tịch's own decision is signed "CHỦ TỊCH"; the Committee's "TM. ỦY BAN NHÂN DÂN".
CHAIRMAN = "\nCHỦ TỊCH\n\n(Đã ký)\n\nLê Văn Thành\n"
UBND_CHAIRMAN = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nLê Văn Thành\n"
NEW_CHAIRMAN = "\nCHỦ TỊCH\n\n(Đã ký)\n\nPhạm Quốc Hưng\n"
UBND_NEW_CHAIRMAN = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nPhạm Quốc Hưng\n"
UBND_VICE = "\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nTrần Thị Mai Lan\n"
OFFICE = "\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n(Đã ký)\n\nHoàng Văn Tùng\n"
# The Trưởng phòng Nội vụ changed early in 2024: Nguyễn Thị Thu Hà, then Đặng Văn Minh.
HEAD = "\nTRƯỞNG PHÒNG\n\n(Đã ký)\n\nNguyễn Thị Thu Hà\n"
NEW_HEAD = "\nTRƯỞNG PHÒNG\n\n(Đã ký)\n\nĐặng Văn Minh\n"
DEPUTY_HEAD = "\nKT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n\n(Đã ký)\n\nBùi Đức Long\n"


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = UBND) -> str:
    """The header of a Đông Sơn document (the shared layout, this archive's place and mark)."""
    return header(number, day, kind, subject, issuer, place="Đông Sơn", mark=MARK)


QD_1862 = (
    head(
        "1862/QĐ-UBND",
        "ngày 20 tháng 8 năm 2021",
        "QUYẾT ĐỊNH",
        "Kiện toàn Ban Chỉ đạo cải cách hành chính huyện Đông Sơn",
    )
    + """
CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;

Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;

Xét đề nghị của Trưởng phòng Nội vụ huyện.

QUYẾT ĐỊNH:

Điều 1. Kiện toàn Ban Chỉ đạo cải cách hành chính huyện Đông Sơn, gồm các ông, bà có tên sau:

1. Trưởng ban: Ông Lê Văn Thành, Chủ tịch Ủy ban nhân dân huyện.

2. Phó Trưởng ban thường trực: Bà Trần Thị Mai Lan, Phó Chủ tịch Ủy ban nhân dân huyện.

3. Phó Trưởng ban: Bà Nguyễn Thị Thu Hà, Trưởng phòng Nội vụ.

4. Các thành viên: Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện; Trưởng phòng Tư pháp; Trưởng phòng Tài chính - Kế hoạch; Trưởng phòng Tài nguyên và Môi trường; Trưởng phòng Văn hóa và Thông tin; Chánh Thanh tra huyện; Giám đốc Trung tâm Văn hóa - Thông tin và Thể thao huyện.

Điều 2. Ban Chỉ đạo giúp Chủ tịch Ủy ban nhân dân huyện chỉ đạo, đôn đốc các cơ quan chuyên môn và Ủy ban nhân dân các xã, thị trấn thực hiện cải cách hành chính; họp định kỳ 06 tháng một lần. Phòng Nội vụ là cơ quan thường trực của Ban Chỉ đạo.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1245/QĐ-UBND ngày 14/6/2019 của Chủ tịch Ủy ban nhân dân huyện về việc kiện toàn Ban Chỉ đạo cải cách hành chính huyện.

Điều 4. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Nội vụ, Thủ trưởng các cơ quan, đơn vị liên quan và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Sở Nội vụ tỉnh (b/c);
- TT Huyện ủy, TT HĐND huyện (b/c);
- Lưu: VT, NV.
"""
    + CHAIRMAN
)

QD_2034 = (
    head(
        "2034/QĐ-UBND",
        "ngày 10 tháng 9 năm 2021",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Ủy ban nhân dân huyện Đông Sơn nhiệm kỳ 2021 - 2026",
    )
    + """
ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;

Theo đề nghị của Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân huyện Đông Sơn nhiệm kỳ 2021 - 2026.

Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 9 năm 2021 và thay thế Quyết định số 1790/QĐ-UBND ngày 22 tháng 8 năm 2016 của Ủy ban nhân dân huyện ban hành Quy chế làm việc của Ủy ban nhân dân huyện nhiệm kỳ 2016 - 2021.

Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (b/c);
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT.
"""
    + UBND_CHAIRMAN
    + """
QUY CHẾ
Làm việc của Ủy ban nhân dân huyện Đông Sơn nhiệm kỳ 2021 - 2026

Chương I. QUY ĐỊNH CHUNG

Điều 3. Nguyên tắc làm việc

Ủy ban nhân dân huyện làm việc theo chế độ tập thể kết hợp với trách nhiệm cá nhân của Chủ tịch; mỗi việc chỉ giao một cơ quan chủ trì; giải quyết công việc đúng thẩm quyền, trình tự, thời hạn.

Chương III. CHẾ ĐỘ HỌP VÀ GIAO BAN

Điều 14. Phiên họp và giao ban

1. Ủy ban nhân dân huyện họp thường kỳ mỗi tháng một lần vào tuần cuối của tháng.

2. Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân huyện giao ban trực tiếp với Trưởng các cơ quan chuyên môn vào sáng thứ Hai của tuần đầu tiên hằng tháng tại trụ sở Ủy ban nhân dân huyện.

Chương IV. TIẾP CÔNG DÂN

Điều 21. Lịch tiếp công dân

Chủ tịch Ủy ban nhân dân huyện tiếp công dân định kỳ vào ngày 15 hằng tháng; hồ sơ đất đai, hộ tịch tồn đọng của người dân được ưu tiên giải quyết.
"""
)

KH_156_HEAD = head(
    "156/KH-UBND",
    "ngày 18 tháng 10 năm 2021",
    "KẾ HOẠCH",
    "Cải cách hành chính nhà nước huyện Đông Sơn giai đoạn 2021 - 2025",
)
KH_156_BODY = """
Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;

Thực hiện Kế hoạch số 178/KH-UBND ngày 30/9/2021 của Ủy ban nhân dân tỉnh Hà Trung về cải cách hành chính nhà nước tỉnh Hà Trung giai đoạn 2021 - 2025 và Nghị quyết số 05-NQ/HU ngày 12/10/2021 của Ban Chấp hành Đảng bộ huyện về đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân giai đoạn 2021 - 2025, Ủy ban nhân dân huyện ban hành Kế hoạch cải cách hành chính nhà nước giai đoạn 2021 - 2025 như sau:

I. MỤC TIÊU

Xây dựng chính quyền huyện, xã phục vụ người dân; thủ tục đất đai, hộ tịch, chứng thực được giải quyết nhanh, công khai; Chỉ số cải cách hành chính của huyện thuộc nhóm khá của tỉnh.

II. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2025
"""
KH_156_TABLE = [
    ["STT", "Chỉ tiêu", "Đến năm 2025"],
    [
        "1",
        "Tỷ lệ thủ tục hành chính cấp huyện cung cấp dịch vụ công trực tuyến toàn trình",
        "từ 80%",
    ],
    ["2", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến", "từ 50%"],
    ["3", "Tỷ lệ hồ sơ giải quyết đúng hạn", "trên 99%"],
    ["4", "Mức độ hài lòng của người dân, doanh nghiệp", "từ 90%"],
    ["5", "Thứ hạng Chỉ số cải cách hành chính của huyện", "nhóm 05 huyện dẫn đầu"],
    [
        "6",
        "Xã, thị trấn giải quyết thủ tục trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh",
        "17/17 xã, thị trấn",
    ],
]
KH_156_AFTER = (
    """III. NHIỆM VỤ

1. Cải cách thể chế: nâng cao chất lượng thẩm định, rà soát văn bản của Ủy ban nhân dân huyện và Hội đồng nhân dân huyện.

2. Cải cách thủ tục hành chính: rà soát quy trình giải quyết thủ tục đất đai, xây dựng, hộ tịch; thực hiện tốt cơ chế một cửa, một cửa liên thông ở cấp huyện và cấp xã.

3. Cải cách tổ chức bộ máy: sắp xếp các cơ quan chuyên môn, đơn vị sự nghiệp công lập thuộc huyện theo hướng tinh gọn.

4. Cải cách chế độ công vụ: thực hiện vị trí việc làm; tuyển dụng, bồi dưỡng công chức cấp xã.

5. Cải cách tài chính công: giao tự chủ tài chính cho các đơn vị sự nghiệp công lập thuộc huyện.

6. Xây dựng chính quyền số: 100% văn bản giữa huyện và xã được gửi, nhận dưới dạng điện tử; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.

IV. TỔ CHỨC THỰC HIỆN

Phòng Nội vụ là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện ban hành kế hoạch cải cách hành chính hằng năm trên cơ sở Kế hoạch này.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- TT Huyện ủy, TT HĐND huyện;
- Các cơ quan chuyên môn thuộc UBND huyện;
- UBND các xã, thị trấn;
- Lưu: VT, NV.
"""
    + UBND_VICE
)

KH_09 = (
    head(
        "09/KH-UBND",
        "ngày 14 tháng 01 năm 2022",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2022",
    )
    + """
Thực hiện Kế hoạch số 05/KH-UBND ngày 07/01/2022 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2022, Quyết định số 15/QĐ-UBND ngày 05/01/2022 của Ủy ban nhân dân tỉnh ban hành Bộ tiêu chí đánh giá, xác định Chỉ số cải cách hành chính của Ủy ban nhân dân các huyện, thị xã, thành phố và Kế hoạch số 156/KH-UBND ngày 18/10/2021 của Ủy ban nhân dân huyện về cải cách hành chính giai đoạn 2021 - 2025, Ủy ban nhân dân huyện Đông Sơn ban hành Kế hoạch cải cách hành chính năm 2022 như sau:

I. CHỈ TIÊU NĂM 2022

1. Hoàn thành 32 nhiệm vụ của Kế hoạch; Chỉ số cải cách hành chính năm 2022 của huyện tăng ít nhất 02 bậc so với năm 2021.

2. Tỷ lệ thủ tục hành chính trực tuyến toàn trình đạt từ 25% trở lên; tỷ lệ hồ sơ trực tuyến đạt từ 20% trở lên; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 97% trở lên.

3. Kiểm tra công tác cải cách hành chính tại 06 đơn vị; đăng ít nhất 40 tin, bài tuyên truyền.

4. Cử 180 lượt cán bộ, công chức đi bồi dưỡng; tỷ lệ văn bản đi được ký số đạt từ 70% trở lên.

II. NHIỆM VỤ

1. Chỉ đạo, điều hành: ban hành kế hoạch kiểm tra trong quý I; Phòng Nội vụ ban hành kế hoạch tuyên truyền cải cách hành chính.

2. Thể chế: theo dõi tình hình thi hành pháp luật; rà soát văn bản quy phạm pháp luật do Ủy ban nhân dân huyện ban hành.

3. Thủ tục hành chính: ban hành Quy chế hoạt động mới của Bộ phận Một cửa huyện thay cho Quy chế năm 2018; niêm yết đầy đủ thủ tục tại Bộ phận Một cửa cấp xã.

4. Tổ chức bộ máy: giữ ổn định các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện.

5. Chế độ công vụ: bồi dưỡng kỹ năng tiếp nhận hồ sơ cho công chức tư pháp - hộ tịch, địa chính cấp xã.

6. Tài chính công: giao quyền tự chủ tài chính cho các trường mầm non, tiểu học, trung học cơ sở công lập.

7. Chính quyền số: sử dụng chữ ký số trong gửi, nhận văn bản giữa huyện và xã.

III. TỔ CHỨC THỰC HIỆN

Phòng Nội vụ theo dõi, tổng hợp; các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn báo cáo kết quả trước ngày 15 tháng cuối quý.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- TT Huyện ủy, TT HĐND huyện;
- Các cơ quan chuyên môn; UBND các xã, thị trấn;
- Lưu: VT, NV.
"""
    + UBND_VICE
)

KH_18 = (
    head(
        "18/KH-PNV",
        "ngày 22 tháng 02 năm 2022",
        "KẾ HOẠCH",
        "Tuyên truyền cải cách hành chính năm 2022",
        PNV,
    )
    + """
Thực hiện Kế hoạch số 09/KH-UBND ngày 14/01/2022 của Ủy ban nhân dân huyện về cải cách hành chính năm 2022, Phòng Nội vụ xây dựng Kế hoạch tuyên truyền cải cách hành chính năm 2022 như sau:

I. NỘI DUNG TUYÊN TRUYỀN

1. Hướng dẫn người dân nộp hồ sơ trực tuyến các thủ tục đăng ký đất đai, cấp bản sao từ sổ gốc, chứng thực, đăng ký khai sinh, khai tử.

2. Giới thiệu Bộ phận Một cửa huyện, Bộ phận Một cửa các xã, thị trấn và kênh tiếp nhận phản ánh, kiến nghị.

3. Phổ biến kết quả Chỉ số cải cách hành chính năm 2021 của huyện và những việc cần cải thiện.

II. HÌNH THỨC

1. Đăng ít nhất 40 tin, bài trên Trang thông tin điện tử huyện và Đài Truyền thanh huyện, các đài truyền thanh xã.

2. Tổ chức 01 hội thi tìm hiểu cải cách hành chính cho cán bộ, công chức cấp xã trong quý III.

III. TỔ CHỨC THỰC HIỆN

Phòng Nội vụ chủ trì; Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thông tin và Thể thao huyện phối hợp; Ủy ban nhân dân các xã, thị trấn tuyên truyền trên hệ thống truyền thanh cơ sở.

Nơi nhận:
- UBND huyện (b/c);
- UBND các xã, thị trấn;
- Lưu: VT.
"""
    + HEAD
)

QD_420_HEAD = head(
    "420/QĐ-UBND",
    "ngày 28 tháng 3 năm 2022",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế hoạt động của Bộ phận Một cửa huyện Đông Sơn",
)
QD_420_BODY = (
    """
ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;

Theo đề nghị của Trưởng phòng Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Bộ phận Một cửa huyện Đông Sơn.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2022 và thay thế Quyết định số 2311/QĐ-UBND ngày 18/10/2018 của Ủy ban nhân dân huyện ban hành Quy chế hoạt động của Bộ phận Tiếp nhận và Trả kết quả huyện.

Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Nội vụ, Thủ trưởng các cơ quan chuyên môn có thủ tục hành chính và công chức được cử làm việc tại Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Văn phòng UBND tỉnh (Phòng Kiểm soát TTHC);
- Lưu: VT, NV.
"""
    + UBND_VICE
    + """
QUY CHẾ
Hoạt động của Bộ phận Một cửa huyện Đông Sơn

Điều 4. Vị trí

Bộ phận Một cửa huyện đặt tại tầng 1 trụ sở Ủy ban nhân dân huyện, do Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện quản lý; Phòng Nội vụ theo dõi, kiểm tra việc thực hiện.

Điều 6. Công chức làm việc tại Bộ phận Một cửa

Các cơ quan chuyên môn cử công chức làm việc tại Bộ phận Một cửa theo bảng dưới đây.
"""
)
QD_420_TABLE = [
    ["Cơ quan cử công chức", "Lĩnh vực tiếp nhận", "Số công chức"],
    ["Phòng Tài nguyên và Môi trường", "Đất đai, môi trường", "02"],
    ["Phòng Tư pháp", "Hộ tịch, chứng thực", "01"],
    ["Phòng Kinh tế và Hạ tầng", "Xây dựng, giao thông", "01"],
    ["Phòng Tài chính - Kế hoạch", "Đăng ký hộ kinh doanh", "01"],
    ["Phòng Lao động - Thương binh và Xã hội", "Người có công, bảo trợ xã hội", "01"],
]
QD_420_AFTER = """Điều 9. Tiếp nhận hồ sơ vào sáng thứ Bảy

Bộ phận Một cửa tiếp nhận hồ sơ, trả kết quả vào sáng thứ Bảy hằng tuần, từ 7 giờ 30 đến 11 giờ 30, đối với thủ tục lĩnh vực đất đai, hộ tịch, chứng thực; công chức làm việc ngày thứ Bảy được bố trí nghỉ bù.

Điều 11. Đánh giá mức độ hài lòng

Người dân đánh giá việc giải quyết hồ sơ bằng thiết bị điện tử đặt tại Bộ phận Một cửa hoặc trên Cổng dịch vụ công; kết quả đánh giá là căn cứ xếp loại công chức hằng năm."""

CV_75 = (
    head(
        "75/PNV-CCHC",
        "ngày 09 tháng 5 năm 2022",
        "",
        "V/v rà soát, niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa cấp xã",
        PNV,
    )
    + """
Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Thực hiện Kế hoạch số 09/KH-UBND ngày 14/01/2022 của Ủy ban nhân dân huyện về cải cách hành chính năm 2022; để Bộ phận Một cửa các xã, thị trấn thống nhất cách làm với Quy chế hoạt động của Bộ phận Một cửa huyện ban hành kèm theo Quyết định số 420/QĐ-UBND ngày 28/3/2022 của Ủy ban nhân dân huyện, Phòng Nội vụ đề nghị:

1. Rà soát, niêm yết đầy đủ, đúng danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã; gỡ bỏ các thủ tục đã bị bãi bỏ, thay thế.

2. Công khai số điện thoại đường dây nóng của Chủ tịch Ủy ban nhân dân xã, thị trấn và của Phòng Nội vụ tại Bộ phận Một cửa.

3. Cập nhật đầy đủ hồ sơ tiếp nhận trực tiếp lên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; không để hồ sơ nằm ngoài Hệ thống.

4. Báo cáo kết quả rà soát về Phòng Nội vụ trước ngày 31/5/2022.

Trân trọng./.

Nơi nhận:
- Như trên;
- Chủ tịch, PCT UBND huyện (b/c);
- Lưu: VT, CCHC.
"""
    + DEPUTY_HEAD
)

BC_212 = (
    head(
        "212/BC-UBND",
        "ngày 12 tháng 12 năm 2022",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2022",
    )
    + """
Thực hiện Kế hoạch số 09/KH-UBND ngày 14/01/2022 của Ủy ban nhân dân huyện về cải cách hành chính năm 2022, Ủy ban nhân dân huyện Đông Sơn báo cáo kết quả năm 2022 như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2022 có 32 nhiệm vụ; đến ngày 30/11/2022 đã hoàn thành 31 nhiệm vụ (96,9%).

2. Chỉ số cải cách hành chính: theo Quyết định số 705/QĐ-UBND ngày 30/3/2022 của Ủy ban nhân dân tỉnh công bố Chỉ số cải cách hành chính năm 2021, huyện Đông Sơn đạt 79,36 điểm, xếp thứ 8/11 huyện, thị xã, thành phố. Ủy ban nhân dân huyện đã tự đánh giá năm 2022 theo Bộ tiêu chí ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 05/01/2022 của Ủy ban nhân dân tỉnh.

3. Kiểm tra: thực hiện Kế hoạch số 21/KH-UBND ngày 01/3/2022 của Ủy ban nhân dân huyện về kiểm tra công tác cải cách hành chính năm 2022, đã kiểm tra 06 đơn vị (04 xã và 02 cơ quan chuyên môn), chỉ ra 09 tồn tại cần khắc phục.

4. Tuyên truyền: thực hiện Kế hoạch số 18/KH-PNV ngày 22/02/2022 của Phòng Nội vụ, đã đăng 46 tin, bài trên Trang thông tin điện tử huyện và Đài Truyền thanh huyện; tổ chức 01 hội thi tìm hiểu cải cách hành chính với 17 đội thi của các xã, thị trấn.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thể chế

Thực hiện Kế hoạch số 12/KH-UBND ngày 20/01/2022 của Ủy ban nhân dân huyện về theo dõi tình hình thi hành pháp luật năm 2022, Phòng Tư pháp đã rà soát 46 văn bản quy phạm pháp luật do Ủy ban nhân dân huyện ban hành, đề nghị bãi bỏ 03 văn bản không còn phù hợp.

2. Cải cách thủ tục hành chính

Ủy ban nhân dân huyện ban hành Quyết định số 420/QĐ-UBND ngày 28/3/2022 ban hành Quy chế hoạt động của Bộ phận Một cửa huyện Đông Sơn (có hiệu lực từ ngày 01/4/2022), thay thế Quyết định số 2311/QĐ-UBND ngày 18/10/2018. Phòng Nội vụ có Công văn số 75/PNV-CCHC ngày 09/5/2022 hướng dẫn các xã, thị trấn rà soát, niêm yết thủ tục; sau khi Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1320/QĐ-UBND ngày 15/6/2022 công bố danh mục thủ tục hành chính được chuẩn hóa thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp huyện, Bộ phận Một cửa huyện đã cập nhật niêm yết.

Huyện có 268 thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện, trong đó 82 thủ tục trực tuyến toàn trình (30,6%). Năm 2022 tiếp nhận 14.236 hồ sơ, trong đó 3.418 hồ sơ trực tuyến (24,0%); giải quyết đúng hạn 14.011 hồ sơ (98,42%), trễ hạn 225 hồ sơ, chủ yếu lĩnh vực đất đai.

3. Cải cách tổ chức bộ máy

Các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện giữ ổn định 12 phòng, ban; Phòng Nội vụ thực hiện chức năng, nhiệm vụ theo Quyết định số 2178/QĐ-UBND ngày 28/9/2021 của Ủy ban nhân dân huyện.

4. Cải cách chế độ công vụ

Ủy ban nhân dân huyện tiếp tục thực hiện Quy chế làm việc ban hành kèm theo Quyết định số 2034/QĐ-UBND ngày 10/9/2021. Huyện được giao 92 biên chế công chức, có mặt 89 người; đã cử 186 lượt cán bộ, công chức đi đào tạo, bồi dưỡng.

5. Cải cách tài chính công

Ủy ban nhân dân huyện ban hành Quyết định số 1477/QĐ-UBND ngày 29/7/2022 giao quyền tự chủ tài chính giai đoạn 2022 - 2025 cho 41 đơn vị sự nghiệp giáo dục công lập. Tiết kiệm chi thường xuyên năm 2022 là 980 triệu đồng.

6. Xây dựng chính quyền điện tử, chính quyền số

Tỷ lệ văn bản đi được ký số đạt 78%; 17/17 xã, thị trấn sử dụng Hệ thống quản lý văn bản và điều hành.

III. TỒN TẠI, HẠN CHẾ

Hồ sơ đất đai còn trễ hạn; tỷ lệ hồ sơ trực tuyến ở các xã vùng xa còn thấp; một số xã niêm yết thủ tục chưa kịp thời.

IV. PHƯƠNG HƯỚNG NĂM 2023

Ban hành Bộ tiêu chí đánh giá Chỉ số cải cách hành chính của Ủy ban nhân dân các xã, thị trấn thay cho Bộ tiêu chí năm 2020; giảm hồ sơ đất đai trễ hạn; nâng tỷ lệ hồ sơ trực tuyến.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ;
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT, NV.
"""
    + UBND_CHAIRMAN
)

EARLY = (
    Sample("qd-1862-2021-kien-toan-ban-chi-dao-cchc.txt", "txt", (QD_1862,)),
    Sample(
        "qd-2034-2021-quy-che-lam-viec-ubnd-huyen.pdf",
        "pdf",
        (QD_2034,),
        title="Quy chế làm việc UBND huyện 2021 - 2026 (MẪU, hư cấu)",
    ),
    Sample(
        "kh-156-2021-cchc-giai-doan-2021-2025.docx",
        "docx",
        (KH_156_HEAD, KH_156_BODY),
        table=KH_156_TABLE,
        after=KH_156_AFTER,
        title="Kế hoạch CCHC giai đoạn 2021 - 2025 (MẪU, hư cấu)",
    ),
    Sample("kh-09-2022-cchc-nam-2022.txt", "txt", (KH_09,)),
    Sample("kh-18-2022-pnv-tuyen-truyen-cchc.txt", "txt", (KH_18,)),
    Sample(
        "qd-420-2022-quy-che-bo-phan-mot-cua.docx",
        "docx",
        (QD_420_HEAD, QD_420_BODY),
        table=QD_420_TABLE,
        after=QD_420_AFTER,
        title="Quy chế hoạt động Bộ phận Một cửa huyện 2022 (MẪU, hư cấu)",
    ),
    Sample("cv-75-2022-pnv-niem-yet-tthc-cap-xa.txt", "txt", (CV_75,)),
    Sample(
        "bc-212-2022-ket-qua-cchc-nam-2022.pdf",
        "pdf",
        (BC_212,),
        title="Báo cáo CCHC năm 2022 (MẪU, hư cấu)",
    ),
)
