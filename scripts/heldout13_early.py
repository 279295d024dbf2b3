"""Thirteenth held-out archive, January 2023 – February 2025: the Sở Kế hoạch và Đầu tư of
tỉnh Vân Phú (fictional), the UBND tỉnh's and the Chủ tịch's documents about it, and three
files of the former Sở Tài chính handed over at the merger. Do not tune on it.

The Sở's CCHC plans of 2023 and 2024, its one-stop Quy chế (2023) and its Quy chế on
cooperation with the Phòng Đăng ký kinh doanh (2024, proposed by the Trưởng phòng), its
6-month report of 2024 and its annual reports of 2023 and 2024 (tables by quarter; the 2024
report corrects the first half's new enterprises); the Chủ tịch's list of procedures on
enterprise registration (a table) and the decision amending and repealing parts of the list
on investment; the UBND tỉnh's decision on the Sở's functions (2023) and, on 28/02/2025, the
decision on the functions of the Sở Tài chính formed by merging the two departments from
01/3/2025. The former Sở Tài chính's ISO decision, its 2024 CCHC report and its one-stop Quy
chế of 20/01/2025 (``15/QĐ-STC``, the same number and symbol as a decision of the new Sở Tài
chính of 20/3/2025; ``10/BC-STC`` likewise). Written by hand, before any code ran on it;
facts in ``bench/data/heldout13_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from sample_header import Sample, header

MARK = "[MẪU — tài liệu hư cấu: tỉnh Vân Phú và các cơ quan, cá nhân nêu trong văn bản không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết văn bản — TÀI LIỆU MẪU hư cấu do scripts/make_heldout13_archive.py tạo; tỉnh Vân Phú không có thật; MẪU]"
SKH = ("UBND TỈNH VÂN PHÚ", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ")
# The former Sở Tài chính (to 28/02/2025) and the new one (from 01/3/2025) print the very same
# issuer lines.
STC = ("UBND TỈNH VÂN PHÚ", "SỞ TÀI CHÍNH")
UB = ("ỦY BAN NHÂN DÂN", "TỈNH VÂN PHÚ")
# The Sở KH&ĐT's Giám đốc Nguyễn Văn Khải (to 28/02/2025; then Phó Giám đốc of the new Sở Tài
# chính) and Phó Giám đốc Trần Thị Thu Hà (then of the new Sở too); the former Sở Tài chính's
# Giám đốc Phạm Quốc Hưng (then Giám đốc of the new Sở) and Phó Giám đốc Đỗ Thị Lan; the Chủ
# tịch UBND tỉnh Hoàng Đình Nam and the Phó Chủ tịch Vũ Thị Hồng Nhung.
KHAI = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nNguyễn Văn Khải\n"
HA = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nTrần Thị Thu Hà\n"
HUNG = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nPhạm Quốc Hưng\n"
LAN = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nĐỗ Thị Lan\n"
NAM = "\nCHỦ TỊCH\n\n(Đã ký)\n\nHoàng Đình Nam\n"
NAM_UB = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nHoàng Đình Nam\n"
NHUNG = "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nVũ Thị Hồng Nhung\n"
NHUNG_UB = "\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nVũ Thị Hồng Nhung\n"


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = SKH) -> str:
    """The header of a document of tỉnh Vân Phú (a Sở, or the UBND tỉnh)."""
    return header(number, day, kind, subject, issuer, place="Vân Phú", mark=MARK)


KH_07 = (
    head(
        "07/KH-SKHĐT",
        "ngày 10 tháng 01 năm 2023",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2023 của Sở Kế hoạch và Đầu tư",
    )
    + """
Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;

Thực hiện Kế hoạch số 08/KH-UBND ngày 05/01/2023 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2023, Sở Kế hoạch và Đầu tư ban hành Kế hoạch cải cách hành chính năm 2023 như sau:

I. MỤC TIÊU, CHỈ TIÊU

1. Tỷ lệ hồ sơ đăng ký doanh nghiệp nộp trực tuyến đạt từ 90% trở lên; tỷ lệ giải quyết đúng hạn đạt từ 99,5% trở lên.

2. Số doanh nghiệp thành lập mới đạt từ 1.200 doanh nghiệp trở lên.

3. Giữ vững vị trí trong nhóm 5 sở, ngành dẫn đầu Chỉ số cải cách hành chính của tỉnh.

II. NHIỆM VỤ

1. Cải cách thể chế: rà soát, trình sửa đổi Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở.

2. Cải cách thủ tục hành chính: rà soát, đề nghị Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục thủ tục hành chính lĩnh vực thành lập và hoạt động của doanh nghiệp theo Nghị định số 01/2021/NĐ-CP ngày 04/01/2021 của Chính phủ.

3. Cải cách tổ chức bộ máy: rà soát chức năng, nhiệm vụ của Sở và các phòng chuyên môn.

4. Xây dựng chính quyền số: 100% hồ sơ đăng ký doanh nghiệp được xử lý trên Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở là đầu mối theo dõi, tổng hợp kết quả trong báo cáo định kỳ.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Nội vụ;
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + KHAI
)

QD_186 = (
    head(
        "186/QĐ-SKHĐT",
        "ngày 14 tháng 3 năm 2023",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở Kế hoạch và Đầu tư",
    )
    + """
GIÁM ĐỐC SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH VÂN PHÚ

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;

Căn cứ Quyết định số 1460/QĐ-UBND ngày 09/7/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Kế hoạch và Đầu tư;

Theo đề nghị của Chánh Văn phòng Sở và Trưởng phòng Đăng ký kinh doanh.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở Kế hoạch và Đầu tư.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 205/QĐ-SKHĐT ngày 20/5/2020 của Giám đốc Sở Kế hoạch và Đầu tư.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn và công chức làm việc tại Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Văn phòng UBND tỉnh;
- Lưu: VT, VP.
"""
    + KHAI
    + """
QUY CHẾ
Tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở Kế hoạch và Đầu tư

Điều 3. Nơi tiếp nhận

Hồ sơ thủ tục hành chính của Sở được tiếp nhận tại quầy của Sở ở Trung tâm Phục vụ hành chính công tỉnh và trên Cổng Dịch vụ công của tỉnh; hồ sơ đăng ký doanh nghiệp được tiếp nhận qua Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.

Điều 6. Thời hạn chuyển hồ sơ

Hồ sơ tiếp nhận trước 15 giờ được chuyển đến phòng chuyên môn ngay trong ngày; hồ sơ tiếp nhận sau 15 giờ được chuyển chậm nhất vào sáng ngày làm việc tiếp theo.

Điều 9. Trách nhiệm của Phòng Đăng ký kinh doanh

Phòng Đăng ký kinh doanh giải quyết hồ sơ đăng ký doanh nghiệp trong 03 ngày làm việc; trường hợp hồ sơ chưa hợp lệ, thông báo bằng văn bản một lần để doanh nghiệp bổ sung.
"""
)

QD_1205_HEAD = head(
    "1205/QĐ-UBND",
    "ngày 22 tháng 6 năm 2023",
    "QUYẾT ĐỊNH",
    "Công bố Danh mục thủ tục hành chính lĩnh vực thành lập và hoạt động của doanh nghiệp thuộc phạm vi chức năng quản lý của Sở Kế hoạch và Đầu tư tỉnh Vân Phú",
    UB,
)
QD_1205_BODY = (
    """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VÂN PHÚ

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ;

Căn cứ Nghị định số 01/2021/NĐ-CP ngày 04 tháng 01 năm 2021 của Chính phủ về đăng ký doanh nghiệp;

Xét đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Tờ trình số 58/TTr-SKHĐT ngày 12/6/2023.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục 57 thủ tục hành chính lĩnh vực thành lập và hoạt động của doanh nghiệp, hộ kinh doanh thuộc phạm vi chức năng quản lý của Sở Kế hoạch và Đầu tư tỉnh Vân Phú.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2023 và thay thế Quyết định số 2130/QĐ-UBND ngày 18/10/2021 của Chủ tịch Ủy ban nhân dân tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Kế hoạch và Đầu tư, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Cục Kiểm soát thủ tục hành chính - VPCP;
- Lưu: VT, KSTT.
"""
    + NHUNG
    + """
DANH MỤC
Thủ tục hành chính lĩnh vực thành lập và hoạt động của doanh nghiệp, hộ kinh doanh
(Ban hành kèm theo Quyết định số 1205/QĐ-UBND ngày 22/6/2023 của Chủ tịch Ủy ban nhân dân tỉnh)

Số thủ tục theo từng phần, mục như bảng dưới đây.
"""
)
QD_1205_TABLE = [
    ["Phần, mục", "Nhóm thủ tục", "Cơ quan giải quyết", "Số thủ tục"],
    ["Phần I, Mục 1", "Đăng ký thành lập doanh nghiệp", "Sở Kế hoạch và Đầu tư", "19"],
    [
        "Phần I, Mục 2",
        "Đăng ký thay đổi nội dung đăng ký doanh nghiệp",
        "Sở Kế hoạch và Đầu tư",
        "17",
    ],
    ["Phần I, Mục 3", "Tạm ngừng, giải thể, chấm dứt hoạt động", "Sở Kế hoạch và Đầu tư", "9"],
    ["Phần II", "Đăng ký hộ kinh doanh", "UBND cấp huyện", "12"],
    ["", "Tổng cộng", "", "57"],
]
QD_1205_AFTER = "Nội dung cụ thể của từng thủ tục hành chính được công khai trên Cơ sở dữ liệu quốc gia về thủ tục hành chính."

QD_1876 = (
    head(
        "1876/QĐ-UBND",
        "ngày 28 tháng 9 năm 2023",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Kế hoạch và Đầu tư tỉnh Vân Phú",
        UB,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH VÂN PHÚ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương;

Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng

Sở Kế hoạch và Đầu tư là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về quy hoạch, kế hoạch, đầu tư công, đầu tư trong nước và đầu tư nước ngoài, đăng ký doanh nghiệp, kinh tế tập thể, hợp tác xã và kinh tế tư nhân.

Điều 2. Nhiệm vụ và quyền hạn

Tổ chức thực hiện đăng ký doanh nghiệp, cấp, điều chỉnh, thu hồi Giấy chứng nhận đăng ký đầu tư theo quy định; hướng dẫn Ủy ban nhân dân cấp huyện đăng ký hộ kinh doanh.

Điều 3. Cơ cấu tổ chức

1. Lãnh đạo Sở gồm Giám đốc và không quá 03 Phó Giám đốc.

2. Các phòng chuyên môn: Văn phòng; Thanh tra; Phòng Tổng hợp, quy hoạch; Phòng Đầu tư; Phòng Đăng ký kinh doanh; Phòng Doanh nghiệp, kinh tế tập thể và tư nhân.

Điều 4. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày 10 tháng 10 năm 2023 và thay thế Quyết định số 1460/QĐ-UBND ngày 09/7/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Kế hoạch và Đầu tư.

Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Kế hoạch và Đầu tư chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 5;
- Bộ Kế hoạch và Đầu tư (b/c);
- Lưu: VT, NC.
"""
    + NAM_UB
)

BC_248_HEAD = head(
    "248/BC-SKHĐT",
    "ngày 14 tháng 12 năm 2023",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2023",
)
BC_248_BODY = """
Kính gửi: Sở Nội vụ tỉnh Vân Phú.

Sở Kế hoạch và Đầu tư báo cáo kết quả công tác cải cách hành chính năm 2023 (số liệu từ ngày 15/12/2022 đến ngày 14/12/2023) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

Thực hiện Kế hoạch số 07/KH-SKHĐT ngày 10/01/2023 của Sở, 100% nhiệm vụ được giao đã hoàn thành đúng tiến độ.

II. KẾT QUẢ THỰC HIỆN

1. Cải cách thể chế: Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở ban hành kèm theo Quyết định số 186/QĐ-SKHĐT ngày 14/3/2023 thay thế Quy chế năm 2020 (Quyết định số 205/QĐ-SKHĐT ngày 20/5/2020).

2. Cải cách thủ tục hành chính: Danh mục 57 thủ tục hành chính lĩnh vực thành lập và hoạt động của doanh nghiệp được công bố tại Quyết định số 1205/QĐ-UBND ngày 22/6/2023 của Chủ tịch Ủy ban nhân dân tỉnh, thay thế Danh mục công bố năm 2021. Năm 2023, Sở tiếp nhận 6.842 hồ sơ đăng ký doanh nghiệp, tỷ lệ giải quyết đúng hạn 99,62%, tỷ lệ hồ sơ nộp trực tuyến 92,3%; có 1.276 doanh nghiệp thành lập mới với tổng vốn đăng ký 14.580 tỷ đồng.

3. Cải cách tổ chức bộ máy: chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở được quy định lại tại Quyết định số 1876/QĐ-UBND ngày 28/9/2023 của Ủy ban nhân dân tỉnh.

4. Chỉ số cải cách hành chính năm 2022 của Sở đạt 90,12 điểm, xếp thứ 4/19 sở, ban, ngành. Chỉ số PCI năm 2022 của tỉnh đạt 64,35 điểm, xếp thứ 31/63; Chỉ số PAR Index năm 2022 đạt 85,17%, xếp thứ 24/63; Chỉ số SIPAS năm 2022 đạt 80,46%.

Số liệu đăng ký doanh nghiệp theo quý như bảng dưới đây.
"""
BC_248_TABLE = [
    ["Quý", "Hồ sơ tiếp nhận", "Doanh nghiệp thành lập mới", "Vốn đăng ký (tỷ đồng)"],
    ["Quý I/2023", "1.516", "268", "3.105"],
    ["Quý II/2023", "1.798", "335", "3.920"],
    ["Quý III/2023", "1.702", "322", "3.640"],
    ["Quý IV/2023", "1.826", "351", "3.915"],
    ["Năm 2023", "6.842", "1.276", "14.580"],
]
BC_248_AFTER = (
    """III. PHƯƠNG HƯỚNG NĂM 2024

Nâng tỷ lệ hồ sơ trực tuyến; rà soát Danh mục thủ tục hành chính lĩnh vực đầu tư.

Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Lưu: VT, VP."""
    + HA
)

KH_12 = (
    head(
        "12/KH-SKHĐT",
        "ngày 11 tháng 01 năm 2024",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2024 của Sở Kế hoạch và Đầu tư",
    )
    + """
Căn cứ Quyết định số 1876/QĐ-UBND ngày 28/9/2023 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Kế hoạch và Đầu tư;

Thực hiện Kế hoạch số 06/KH-UBND ngày 04/01/2024 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2024, Sở Kế hoạch và Đầu tư ban hành Kế hoạch như sau:

I. CHỈ TIÊU

1. Tỷ lệ hồ sơ đăng ký doanh nghiệp nộp trực tuyến đạt từ 95% trở lên; 100% hồ sơ giải quyết đúng hạn.

2. Số doanh nghiệp thành lập mới đạt từ 1.350 doanh nghiệp trở lên.

3. Chỉ số cải cách hành chính của Sở thuộc nhóm 3 sở, ngành dẫn đầu.

II. NHIỆM VỤ

1. Ban hành Quy chế phối hợp giữa Phòng Đăng ký kinh doanh và các phòng chuyên môn.

2. Rà soát, đề nghị công bố thủ tục hành chính lĩnh vực đầu tư được sửa đổi, bổ sung, bãi bỏ.

3. Duy trì Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + KHAI
)

QD_203 = (
    head(
        "203/QĐ-SKHĐT",
        "ngày 05 tháng 4 năm 2024",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế phối hợp giữa Phòng Đăng ký kinh doanh và các phòng chuyên môn trong giải quyết thủ tục hành chính lĩnh vực doanh nghiệp, đầu tư",
    )
    + """
GIÁM ĐỐC SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH VÂN PHÚ

Căn cứ Quyết định số 1876/QĐ-UBND ngày 28/9/2023 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Kế hoạch và Đầu tư;

Căn cứ Quyết định số 186/QĐ-SKHĐT ngày 14/3/2023 của Giám đốc Sở ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở;

Theo đề nghị của Trưởng phòng Đăng ký kinh doanh.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Phòng Đăng ký kinh doanh và các phòng chuyên môn trong giải quyết thủ tục hành chính lĩnh vực doanh nghiệp, đầu tư.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Sở, Trưởng phòng Đăng ký kinh doanh, Trưởng phòng Đầu tư và các phòng liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, ĐKKD.
"""
    + HA
    + """
QUY CHẾ
Phối hợp giữa Phòng Đăng ký kinh doanh và các phòng chuyên môn

Điều 4. Hồ sơ cần ý kiến phối hợp

Hồ sơ đăng ký doanh nghiệp có ngành nghề kinh doanh có điều kiện hoặc gắn với dự án đầu tư được Phòng Đăng ký kinh doanh gửi lấy ý kiến Phòng Đầu tư qua hệ thống quản lý văn bản; phòng được hỏi trả lời trong 01 ngày làm việc.

Điều 7. Trách nhiệm khi trễ hạn

Phòng để hồ sơ trễ hạn chịu trách nhiệm lập văn bản xin lỗi tổ chức, cá nhân và báo cáo Giám đốc Sở.
"""
)

QD_845 = (
    head(
        "845/QĐ-UBND",
        "ngày 19 tháng 4 năm 2024",
        "QUYẾT ĐỊNH",
        "Công bố thủ tục hành chính được sửa đổi, bổ sung, bị bãi bỏ lĩnh vực đầu tư tại Việt Nam thuộc phạm vi chức năng quản lý của Sở Kế hoạch và Đầu tư",
        UB,
    )
    + """
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VÂN PHÚ

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;

Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi, bổ sung Mục A và bãi bỏ Mục B của Danh mục thủ tục hành chính lĩnh vực đầu tư tại Việt Nam ban hành kèm theo Quyết định số 1788/QĐ-UBND ngày 30/8/2022 của Chủ tịch Ủy ban nhân dân tỉnh như sau:

1. Sửa đổi, bổ sung 06 thủ tục hành chính tại Mục A (điều chỉnh dự án đầu tư).

2. Bãi bỏ 02 thủ tục hành chính tại Mục B (bảo đảm thực hiện dự án đầu tư).

Các nội dung khác của Danh mục giữ nguyên.

Điều 2. Bãi bỏ Quyết định số 356/QĐ-UBND ngày 25/02/2019 của Chủ tịch Ủy ban nhân dân tỉnh phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực đầu tư tại Việt Nam.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Kế hoạch và Đầu tư chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Lưu: VT, KSTT.
"""
    + NAM
)

BC_131 = (
    head(
        "131/BC-SKHĐT",
        "ngày 14 tháng 6 năm 2024",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024",
    )
    + """
Kính gửi: Sở Nội vụ tỉnh Vân Phú.

1. Thực hiện Kế hoạch số 12/KH-SKHĐT ngày 11/01/2024 của Sở, Giám đốc Sở đã ban hành Quy chế phối hợp giữa Phòng Đăng ký kinh doanh và các phòng chuyên môn (Quyết định số 203/QĐ-SKHĐT ngày 05/4/2024).

2. Danh mục thủ tục hành chính lĩnh vực đầu tư tại Việt Nam ban hành kèm theo Quyết định số 1788/QĐ-UBND ngày 30/8/2022, được sửa đổi, bổ sung bởi Quyết định số 845/QĐ-UBND ngày 19/4/2024 của Chủ tịch Ủy ban nhân dân tỉnh.

3. 6 tháng đầu năm 2024, Sở tiếp nhận 3.548 hồ sơ đăng ký doanh nghiệp (quý I: 1.604 hồ sơ), tỷ lệ giải quyết đúng hạn 99,70%, tỷ lệ hồ sơ nộp trực tuyến 94,6%; có 652 doanh nghiệp thành lập mới (quý I: 297 doanh nghiệp) với tổng vốn đăng ký 7.530 tỷ đồng.

4. Chỉ số PCI năm 2023 của tỉnh đạt 65,88 điểm, xếp thứ 26/63; Chỉ số PAR Index năm 2023 đạt 86,94%, xếp thứ 19/63; Chỉ số SIPAS năm 2023 đạt 81,72%.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + HA
)

BC_262_HEAD = head(
    "262/BC-SKHĐT",
    "ngày 13 tháng 12 năm 2024",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2024",
)
BC_262_BODY = """
Kính gửi: Sở Nội vụ tỉnh Vân Phú.

Sở Kế hoạch và Đầu tư báo cáo kết quả công tác cải cách hành chính năm 2024 (số liệu từ ngày 15/12/2023 đến ngày 13/12/2024) như sau:

I. KẾT QUẢ CHỦ YẾU

1. Thực hiện Kế hoạch số 12/KH-SKHĐT ngày 11/01/2024 của Sở, đã hoàn thành 24/25 nhiệm vụ; nhiệm vụ còn lại chuyển sang năm 2025.

2. Năm 2024, Sở tiếp nhận 7.315 hồ sơ đăng ký doanh nghiệp, tỷ lệ giải quyết đúng hạn 99,74%, tỷ lệ hồ sơ nộp trực tuyến 95,1%; có 1.392 doanh nghiệp thành lập mới với tổng vốn đăng ký 16.215 tỷ đồng. Số doanh nghiệp thành lập mới 6 tháng đầu năm được điều chỉnh từ 652 lên 658 sau khi rà soát dữ liệu trên Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.

3. Quyết định số 356/QĐ-UBND ngày 25/02/2019 về quy trình nội bộ lĩnh vực đầu tư đã được bãi bỏ bởi Quyết định số 845/QĐ-UBND ngày 19/4/2024 của Chủ tịch Ủy ban nhân dân tỉnh.

4. Chỉ số cải cách hành chính năm 2023 của Sở đạt 91,25 điểm, xếp thứ 3/19 sở, ban, ngành.

Số liệu theo quý như bảng dưới đây.
"""
BC_262_TABLE = [
    ["Quý", "Hồ sơ tiếp nhận", "Doanh nghiệp thành lập mới", "Vốn đăng ký (tỷ đồng)"],
    ["Quý I/2024", "1.604", "297", "3.380"],
    ["Quý II/2024", "1.944", "361", "4.150"],
    ["Quý III/2024", "1.822", "352", "4.105"],
    ["Quý IV/2024", "1.945", "382", "4.580"],
    ["Năm 2024", "7.315", "1.392", "16.215"],
]
BC_262_AFTER = (
    """II. PHƯƠNG HƯỚNG NĂM 2025

Chuẩn bị sắp xếp tổ chức bộ máy theo chủ trương của Trung ương; bàn giao hồ sơ, tài liệu đúng quy định.

Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Lưu: VT, VP."""
    + KHAI
)

QD_118 = (
    head(
        "118/QĐ-STC",
        "ngày 25 tháng 10 năm 2024",
        "QUYẾT ĐỊNH",
        "Công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại Sở Tài chính",
        STC,
    )
    + """
GIÁM ĐỐC SỞ TÀI CHÍNH TỈNH VÂN PHÚ

Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước;

Căn cứ Quyết định số 2350/QĐ-UBND ngày 30/9/2022 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Công bố Hệ thống quản lý chất lượng của Sở Tài chính phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 đối với 38 quy trình giải quyết thủ tục hành chính và 12 quy trình nội bộ.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Khoa học và Công nghệ;
- Lưu: VT, VP.
"""
    + HUNG
)

BC_10_OLD = (
    head(
        "10/BC-STC",
        "ngày 15 tháng 01 năm 2025",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2024 của Sở Tài chính",
        STC,
    )
    + """
Kính gửi: Sở Nội vụ tỉnh Vân Phú.

1. Thực hiện Kế hoạch số 06/KH-UBND ngày 04/01/2024 của Ủy ban nhân dân tỉnh, Sở Tài chính đã hoàn thành các nhiệm vụ cải cách hành chính năm 2024.

2. Năm 2024, Bộ phận Một cửa của Sở tiếp nhận 1.284 hồ sơ thủ tục hành chính lĩnh vực tài chính, giá, quản lý công sản; 100% giải quyết đúng hạn; tỷ lệ hồ sơ trực tuyến 88,9%.

3. Sở duy trì Hệ thống quản lý chất lượng theo Quyết định số 118/QĐ-STC ngày 25/10/2024 của Giám đốc Sở.

4. Chỉ số cải cách hành chính năm 2023 của Sở Tài chính đạt 88,40 điểm, xếp thứ 7/19 sở, ban, ngành.

5. Kiến nghị: sớm có hướng dẫn về việc sắp xếp, hợp nhất Sở Tài chính và Sở Kế hoạch và Đầu tư.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
"""
    + LAN
)

QD_15_OLD_HEAD = head(
    "15/QĐ-STC",
    "ngày 20 tháng 01 năm 2025",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở Tài chính",
    STC,
)
QD_15_OLD_BODY = (
    """
GIÁM ĐỐC SỞ TÀI CHÍNH TỈNH VÂN PHÚ

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Căn cứ Quyết định số 2350/QĐ-UBND ngày 30/9/2022 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở Tài chính.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 02 năm 2025 và thay thế Quyết định số 96/QĐ-STC ngày 16/5/2022 của Giám đốc Sở Tài chính.

Điều 3. Chánh Văn phòng Sở, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.
"""
    + HUNG
    + """
QUY CHẾ
Tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa tại Sở Tài chính

Điều 4. Thủ tục hành chính tiếp nhận tại Bộ phận Một cửa

Bộ phận Một cửa của Sở tiếp nhận thủ tục hành chính theo lĩnh vực như bảng dưới đây.
"""
)
QD_15_OLD_TABLE = [
    ["Lĩnh vực", "Số thủ tục", "Phòng giải quyết"],
    ["Quản lý giá", "9", "Phòng Quản lý giá và công sản"],
    ["Quản lý công sản", "14", "Phòng Quản lý giá và công sản"],
    ["Tài chính ngân sách", "11", "Phòng Quản lý ngân sách"],
    ["Tin học và thống kê", "4", "Văn phòng Sở"],
    ["Tổng cộng", "38", ""],
]
QD_15_OLD_AFTER = """Điều 7. Thời gian làm việc

Bộ phận Một cửa làm việc từ thứ Hai đến thứ Sáu; hồ sơ nộp trực tuyến ngoài giờ hành chính được tiếp nhận vào ngày làm việc tiếp theo."""

QD_410_HEAD = head(
    "410/QĐ-UBND",
    "ngày 28 tháng 02 năm 2025",
    "QUYẾT ĐỊNH",
    "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính tỉnh Vân Phú",
    UB,
)
QD_410_BODY = """
ỦY BAN NHÂN DÂN TỈNH VÂN PHÚ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 45/2025/NĐ-CP ngày 28 tháng 02 năm 2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân huyện, quận, thị xã, thành phố thuộc tỉnh, thành phố trực thuộc trung ương;

Căn cứ Nghị quyết số 12/NQ-HĐND ngày 26/02/2025 của Hội đồng nhân dân tỉnh về việc thành lập Sở Tài chính trên cơ sở hợp nhất Sở Kế hoạch và Đầu tư và Sở Tài chính;

Theo đề nghị của Giám đốc Sở Tài chính, Giám đốc Sở Kế hoạch và Đầu tư và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng

Sở Tài chính tỉnh Vân Phú được thành lập trên cơ sở hợp nhất Sở Kế hoạch và Đầu tư và Sở Tài chính; là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về tài chính, ngân sách, giá, tài sản công, quy hoạch, kế hoạch, đầu tư, đăng ký doanh nghiệp, kinh tế tập thể, hợp tác xã và kinh tế tư nhân.

Điều 2. Nhiệm vụ và quyền hạn

Sở Tài chính kế thừa nhiệm vụ, quyền hạn của Sở Kế hoạch và Đầu tư và Sở Tài chính trước khi hợp nhất; tiếp tục giải quyết các hồ sơ thủ tục hành chính đã tiếp nhận.

Điều 3. Cơ cấu tổ chức

Lãnh đạo Sở gồm Giám đốc và không quá 04 Phó Giám đốc. Các phòng chuyên môn theo bảng dưới đây.
"""
QD_410_TABLE = [
    ["TT", "Phòng, đơn vị", "Hình thành từ"],
    ["1", "Văn phòng", "Văn phòng hai Sở"],
    ["2", "Thanh tra", "Thanh tra hai Sở"],
    ["3", "Phòng Quản lý ngân sách", "Sở Tài chính"],
    ["4", "Phòng Quản lý giá và công sản", "Sở Tài chính"],
    ["5", "Phòng Tổng hợp, quy hoạch", "Sở Kế hoạch và Đầu tư"],
    ["6", "Phòng Đầu tư", "Sở Kế hoạch và Đầu tư"],
    ["7", "Phòng Đăng ký kinh doanh", "Sở Kế hoạch và Đầu tư"],
    ["8", "Phòng Doanh nghiệp, kinh tế tập thể và tư nhân", "Sở Kế hoạch và Đầu tư"],
]
QD_410_AFTER = (
    """Điều 4. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày 01 tháng 3 năm 2025 và thay thế Quyết định số 2350/QĐ-UBND ngày 30/9/2022 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài chính và Quyết định số 1876/QĐ-UBND ngày 28/9/2023 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Kế hoạch và Đầu tư.

Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 5;
- Bộ Tài chính, Bộ Nội vụ (b/c);
- Lưu: VT, NC."""
    + NHUNG_UB
)

EARLY = [
    Sample("KH CCHC 2023.txt", "txt", (KH_07,)),
    Sample(
        "QD 186 quy che mot cua SKHDT.pdf",
        "pdf",
        (QD_186,),
        title="QĐ 186 Quy chế một cửa Sở KH&ĐT tỉnh Vân Phú (MẪU, hư cấu)",
    ),
    Sample(
        "1205-danh muc TTHC DKDN.docx",
        "docx",
        (QD_1205_HEAD, QD_1205_BODY),
        table=QD_1205_TABLE,
        after=QD_1205_AFTER,
        title="QĐ 1205 Danh mục TTHC thành lập và hoạt động doanh nghiệp (MẪU, hư cấu)",
    ),
    Sample(
        "QD chuc nang nhiem vu So KHDT 2023.pdf",
        "pdf",
        (QD_1876,),
        title="QĐ 1876 chức năng, nhiệm vụ Sở KH&ĐT tỉnh Vân Phú (MẪU, hư cấu)",
    ),
    Sample(
        "BC CCHC nam 2023_SKHDT (ban trinh ky).docx",
        "docx",
        (BC_248_HEAD, BC_248_BODY),
        table=BC_248_TABLE,
        after=BC_248_AFTER,
        title="Báo cáo CCHC năm 2023 Sở KH&ĐT (MẪU, hư cấu)",
    ),
    Sample(
        "ke hoach cchc 2024.pdf",
        "pdf",
        (KH_12,),
        title="Kế hoạch CCHC năm 2024 Sở KH&ĐT (MẪU, hư cấu)",
    ),
    Sample("QC phoi hop phong DKKD.txt", "txt", (QD_203,)),
    Sample("tailieu_03.txt", "txt", (QD_845,)),
    Sample("bc 6 thang 2024.txt", "txt", (BC_131,)),
    Sample(
        "BC nam 2024 - SKHDT_final.docx",
        "docx",
        (BC_262_HEAD, BC_262_BODY),
        table=BC_262_TABLE,
        after=BC_262_AFTER,
        title="Báo cáo CCHC năm 2024 Sở KH&ĐT (MẪU, hư cấu)",
    ),
    Sample("STC cu_QD 118 ISO.txt", "txt", (QD_118,)),
    Sample(
        "STC cu - bao cao CCHC 2024.pdf",
        "pdf",
        (BC_10_OLD,),
        title="Báo cáo CCHC năm 2024 Sở Tài chính (trước sắp xếp) (MẪU, hư cấu)",
    ),
    Sample(
        "STC cu_QC mot cua 2025.docx",
        "docx",
        (QD_15_OLD_HEAD, QD_15_OLD_BODY),
        table=QD_15_OLD_TABLE,
        after=QD_15_OLD_AFTER,
        title="QĐ 15 Quy chế một cửa Sở Tài chính (trước sắp xếp) (MẪU, hư cấu)",
    ),
    Sample(
        "QD 410 chuc nang STC (hop nhat).docx",
        "docx",
        (QD_410_HEAD, QD_410_BODY),
        table=QD_410_TABLE,
        after=QD_410_AFTER,
        title="QĐ 410 chức năng, nhiệm vụ Sở Tài chính sau hợp nhất (MẪU, hư cấu)",
    ),
]
