"""Fourth held-out archive, 2021–2022: the Sở Giao thông vận tải of the fictional tỉnh Vĩnh Hà.

A department of roads, vehicles and driving licences: its texts speak of bến xe, đăng kiểm,
giấy phép lái xe and bảo trì đường bộ whatever reform area they belong to. Written by hand,
before any code ran on it; facts in ``bench/data/heldout4_archive_truth.json``. Do not tune
on it.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from sample_header import Sample, header

MARK = "[MẪU - hư cấu; tỉnh Vĩnh Hà không có thật, không có giá trị pháp lý]"
FOOTER = "[Hết văn bản MẪU - hư cấu; tỉnh Vĩnh Hà không có thật]"
SGTVT = ("UBND TỈNH VĨNH HÀ", "SỞ GIAO THÔNG VẬN TẢI")
UBND = ("ỦY BAN NHÂN DÂN", "TỈNH VĨNH HÀ")
DIRECTOR = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nTrần Quốc Khánh\n"
DEPUTY = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nNguyễn Thị Hồng Nhung\n"
CHAIRMAN = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nĐặng Văn Lực\n"


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = SGTVT) -> str:
    """The header of a Vĩnh Hà document (the shared layout, this archive's place and mark)."""
    return header(number, day, kind, subject, issuer, place="Vĩnh Hà", mark=MARK)


QD_12_2021 = (
    head(
        "12/2021/QĐ-UBND",
        "ngày 08 tháng 3 năm 2021",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giao thông vận tải tỉnh Vĩnh Hà",
        UBND,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH VĨNH HÀ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;

Căn cứ Nghị định số 107/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ;

Theo đề nghị của Giám đốc Sở Giao thông vận tải và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng

1. Sở Giao thông vận tải là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về: đường bộ, đường thủy nội địa; vận tải; an toàn giao thông; quản lý, khai thác, duy tu, bảo trì hạ tầng giao thông đô thị.

2. Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Giao thông vận tải.

Điều 2. Cơ cấu tổ chức

1. Lãnh đạo Sở: Giám đốc và không quá 03 Phó Giám đốc.

2. Các tổ chức tham mưu, tổng hợp và chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Kế hoạch - Tài chính; Phòng Quản lý vận tải, phương tiện và người lái; Phòng Quản lý kết cấu hạ tầng giao thông; Phòng Quản lý chất lượng công trình giao thông.

3. Đơn vị sự nghiệp công lập: Ban Quản lý bảo trì đường bộ; Trung tâm Đăng kiểm xe cơ giới; Trung tâm Sát hạch lái xe.

Điều 3. Biên chế

Biên chế công chức và số lượng người làm việc của Sở được giao hằng năm trên cơ sở vị trí việc làm, gắn với chức năng, nhiệm vụ, phạm vi hoạt động.

Điều 4. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày 20 tháng 3 năm 2021 và thay thế Quyết định số 27/2016/QĐ-UBND ngày 14 tháng 7 năm 2016 của Ủy ban nhân dân tỉnh.

Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Giao thông vận tải và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 5;
- Bộ Giao thông vận tải;
- Cục Kiểm tra văn bản QPPL (Bộ Tư pháp);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
"""
    + CHAIRMAN
)

QD_186 = (
    head(
        "186/QĐ-SGTVT",
        "ngày 28 tháng 9 năm 2021",
        "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch cải cách hành chính của Sở Giao thông vận tải giai đoạn 2021 - 2025",
    )
    + """
GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI

Căn cứ Quyết định số 12/2021/QĐ-UBND ngày 08/3/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giao thông vận tải tỉnh Vĩnh Hà;

Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;

Căn cứ Kế hoạch số 145/KH-UBND ngày 20/8/2021 của Ủy ban nhân dân tỉnh về cải cách hành chính nhà nước tỉnh Vĩnh Hà giai đoạn 2021 - 2025;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính của Sở Giao thông vận tải giai đoạn 2021 - 2025.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng, Thủ trưởng các đơn vị sự nghiệp trực thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (b/c);
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
    + """
KẾ HOẠCH
Cải cách hành chính của Sở Giao thông vận tải giai đoạn 2021 - 2025
(Kèm theo Quyết định số 186/QĐ-SGTVT ngày 28/9/2021 của Giám đốc Sở Giao thông vận tải)

I. MỤC TIÊU

1. Đến năm 2025, 100% thủ tục hành chính đủ điều kiện của ngành giao thông vận tải được cung cấp trực tuyến toàn trình; tỷ lệ hồ sơ nộp trực tuyến đạt từ 50% trở lên.

2. Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%; mức độ hài lòng của người dân, doanh nghiệp đạt từ 90% trở lên.

3. Sắp xếp các phòng chuyên môn theo hướng giảm đầu mối; đơn vị sự nghiệp tăng mức tự chủ tài chính.

4. 100% văn bản trao đổi giữa Sở với các cơ quan hành chính (trừ văn bản mật) dưới dạng điện tử.

II. NHIỆM VỤ

1. Cải cách thể chế: tham mưu ban hành các quy định của tỉnh về quản lý bến xe, đường địa phương, đường giao thông nông thôn.

2. Cải cách thủ tục hành chính: rà soát, đơn giản hóa thủ tục lĩnh vực đường bộ, đường thủy nội địa; nâng cao hiệu quả Bộ phận Một cửa.

3. Cải cách tổ chức bộ máy: rà soát chức năng các phòng; đánh giá việc hợp nhất các phòng có nhiệm vụ gần nhau.

4. Cải cách chế độ công vụ: xây dựng vị trí việc làm; nâng cao kỷ luật, kỷ cương của công chức làm nhiệm vụ thanh tra giao thông, sát hạch lái xe.

5. Cải cách tài chính công: thực hiện khoán chi hành chính; giao tự chủ cho Trung tâm Đăng kiểm xe cơ giới và Trung tâm Sát hạch lái xe.

6. Xây dựng chính quyền điện tử, chính quyền số: số hóa hồ sơ giấy phép lái xe, hồ sơ phương tiện; kết nối dữ liệu với Bộ Giao thông vận tải.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở là đầu mối theo dõi, đôn đốc; hằng năm tham mưu Giám đốc Sở ban hành kế hoạch cải cách hành chính và báo cáo kết quả theo quy định.
"""
)

QD_214_HEAD = head(
    "214/QĐ-SGTVT",
    "ngày 02 tháng 11 năm 2021",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Giao thông vận tải",
)
QD_214_BODY = (
    """
GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Căn cứ Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Bộ phận Một cửa Sở Giao thông vận tải.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng Phòng Quản lý vận tải, phương tiện và người lái, Trưởng các phòng có thủ tục hành chính và công chức được cử làm việc tại Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Văn phòng UBND tỉnh;
- Lưu: VT, VP.
"""
    + DIRECTOR
    + """
QUY CHẾ
Tổ chức và hoạt động của Bộ phận Một cửa Sở Giao thông vận tải

Điều 2. Địa điểm

Bộ phận Một cửa đặt tại trụ sở Sở Giao thông vận tải, số 15 đường Lê Lợi, thành phố Vĩnh Hà; gồm 04 quầy: quầy giấy phép lái xe, quầy phương tiện, quầy vận tải, quầy kết cấu hạ tầng.

Điều 4. Nhân sự

Văn phòng Sở cử 01 công chức phụ trách; Phòng Quản lý vận tải, phương tiện và người lái cử 03 công chức; các phòng khác cử công chức theo lịch trực.

Điều 7. Thời gian làm việc

Từ thứ Hai đến thứ Sáu; sáng từ 7 giờ 00 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ 00. Sáng thứ Bảy tiếp nhận hồ sơ cấp đổi giấy phép lái xe.

Điều 10. Trả kết quả

Kết quả được trả tại quầy hoặc qua dịch vụ bưu chính công ích theo đăng ký của người nộp hồ sơ.
"""
)

KH_09 = (
    head(
        "09/KH-SGTVT",
        "ngày 14 tháng 01 năm 2022",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2022",
    )
    + """
Thực hiện Kế hoạch số 07/KH-UBND ngày 06/01/2022 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2022; căn cứ Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 ban hành kèm theo Quyết định số 186/QĐ-SGTVT ngày 28/9/2021 của Giám đốc Sở, Sở Giao thông vận tải ban hành Kế hoạch cải cách hành chính năm 2022 như sau:

I. MỤC ĐÍCH, YÊU CẦU

Cụ thể hóa nhiệm vụ năm 2022 cho từng phòng, đơn vị; gắn trách nhiệm người đứng đầu với kết quả cải cách hành chính.

II. CHỈ TIÊU

1. Hoàn thành 32 nhiệm vụ của Kế hoạch.

2. Trên 99% hồ sơ thủ tục hành chính được giải quyết đúng hạn; tối thiểu 25% thủ tục được cung cấp trực tuyến toàn trình.

3. 100% phòng, đơn vị cập nhật quy trình nội bộ giải quyết thủ tục hành chính.

III. NHIỆM VỤ CHỦ YẾU

1. Chỉ đạo, điều hành: ban hành kế hoạch kiểm tra cải cách hành chính trong quý I năm 2022.

2. Thể chế: tham mưu Ủy ban nhân dân tỉnh quy định quản lý, khai thác bến xe khách.

3. Thủ tục hành chính: rà soát 100% thủ tục lĩnh vực đường thủy nội địa.

4. Tổ chức bộ máy: quy định lại chức năng, nhiệm vụ các phòng chuyên môn theo Quyết định số 12/2021/QĐ-UBND.

5. Công vụ: ban hành Quy chế làm việc mới của Sở.

6. Tài chính công: ban hành Quy chế chi tiêu nội bộ năm 2022.

7. Chính quyền số: triển khai ký số trên Hệ thống quản lý văn bản và điều hành.

IV. TỔ CHỨC THỰC HIỆN

Các phòng, đơn vị báo cáo kết quả hằng quý về Văn phòng Sở trước ngày 15 của tháng cuối quý.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

QD_35 = (
    head(
        "35/QĐ-SGTVT",
        "ngày 21 tháng 02 năm 2022",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế chi tiêu nội bộ của Sở Giao thông vận tải",
    )
    + """
GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI

Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước;

Căn cứ Thông tư liên tịch số 71/2014/TTLT-BTC-BNV ngày 30/5/2014 của Bộ Tài chính, Bộ Nội vụ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng kinh phí quản lý hành chính đối với các cơ quan nhà nước;

Xét đề nghị của Trưởng phòng Kế hoạch - Tài chính sau khi thống nhất với Ban Chấp hành Công đoàn cơ sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Sở Giao thông vận tải.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 18/QĐ-SGTVT ngày 22 tháng 01 năm 2019 của Giám đốc Sở Giao thông vận tải ban hành Quy chế chi tiêu nội bộ.

Điều 3. Chánh Văn phòng, Trưởng phòng Kế hoạch - Tài chính, Trưởng các phòng và công chức, người lao động thuộc Văn phòng Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Kho bạc Nhà nước tỉnh;
- Lưu: VT, KHTC.
"""
    + DIRECTOR
    + """
QUY CHẾ CHI TIÊU NỘI BỘ (trích)

Điều 5. Văn phòng phẩm: khoán 120.000 đồng/người/tháng.

Điều 7. Công tác phí: khoán 400.000 đồng/người/tháng cho công chức thanh tra giao thông đi kiểm tra hiện trường trên 10 ngày/tháng.

Điều 9. Chi thu nhập tăng thêm: từ kinh phí tiết kiệm được, chi hằng quý, tối đa 0,6 lần quỹ tiền lương ngạch, bậc; chi theo hệ số lương.

Điều 12. Điện thoại công vụ: Giám đốc 300.000 đồng/tháng; Phó Giám đốc 250.000 đồng/tháng.
"""
)

KH_41 = (
    head(
        "41/KH-SGTVT",
        "ngày 03 tháng 3 năm 2022",
        "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2022",
    )
    + """
Thực hiện Kế hoạch số 09/KH-SGTVT ngày 14/01/2022 của Sở Giao thông vận tải về cải cách hành chính năm 2022, Sở xây dựng Kế hoạch kiểm tra công tác cải cách hành chính năm 2022 như sau:

I. MỤC ĐÍCH

Đánh giá việc thực hiện nhiệm vụ cải cách hành chính tại các phòng, đơn vị; kịp thời chấn chỉnh hạn chế, nhất là việc giải quyết hồ sơ giấy phép lái xe và đăng ký phương tiện.

II. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA

1. Trung tâm Sát hạch lái xe: tháng 5/2022.

2. Trung tâm Đăng kiểm xe cơ giới: tháng 6/2022.

3. Phòng Quản lý vận tải, phương tiện và người lái: tháng 8/2022.

4. Ban Quản lý bảo trì đường bộ: tháng 9/2022.

5. Phòng Quản lý kết cấu hạ tầng giao thông: tháng 10/2022.

III. NỘI DUNG KIỂM TRA

Việc ban hành và thực hiện kế hoạch cải cách hành chính của đơn vị; niêm yết, công khai thủ tục hành chính; tiếp nhận, giải quyết hồ sơ; thực hiện kỷ luật, kỷ cương hành chính; ứng dụng công nghệ thông tin.

IV. TỔ CHỨC THỰC HIỆN

Đoàn kiểm tra do Phó Giám đốc Sở làm Trưởng đoàn; Văn phòng Sở là thường trực, thông báo lịch kiểm tra trước 05 ngày làm việc.

Nơi nhận:
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + DEPUTY
)

QD_96_HEAD = head(
    "96/QĐ-SGTVT",
    "ngày 16 tháng 5 năm 2022",
    "QUYẾT ĐỊNH",
    "Quy định chức năng, nhiệm vụ, quyền hạn của các phòng chuyên môn, nghiệp vụ thuộc Sở Giao thông vận tải",
)
QD_96_BODY = (
    """
GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI

Căn cứ Quyết định số 12/2021/QĐ-UBND ngày 08 tháng 3 năm 2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giao thông vận tải tỉnh Vĩnh Hà;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Văn phòng Sở: tham mưu tổng hợp, hành chính, văn thư, lưu trữ, tổ chức cán bộ, thi đua, khen thưởng; quản lý Bộ phận Một cửa của Sở.

Điều 2. Thanh tra Sở: thanh tra hành chính, thanh tra chuyên ngành giao thông vận tải; tiếp công dân, giải quyết khiếu nại, tố cáo.

Điều 3. Phòng Kế hoạch - Tài chính: kế hoạch, đầu tư, ngân sách, kế toán, quản lý tài sản công của Sở.

Điều 4. Phòng Quản lý vận tải, phương tiện và người lái: quản lý vận tải hành khách, hàng hóa; đăng ký xe máy chuyên dùng; đào tạo, sát hạch, cấp, đổi giấy phép lái xe.

Điều 5. Phòng Quản lý kết cấu hạ tầng giao thông: quản lý, bảo trì đường tỉnh, đường thủy nội địa địa phương; cấp phép thi công trên đường bộ đang khai thác.

Điều 6. Phòng Quản lý chất lượng công trình giao thông: thẩm định, kiểm tra chất lượng công trình giao thông theo phân cấp.

Điều 7. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng chuyên môn, nghiệp vụ chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 7;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

QD_142_HEAD = head(
    "142/QĐ-SGTVT",
    "ngày 15 tháng 7 năm 2022",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế làm việc của Sở Giao thông vận tải tỉnh Vĩnh Hà",
)
QD_142_BODY = (
    """
GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI

Căn cứ Quyết định số 12/2021/QĐ-UBND ngày 08 tháng 3 năm 2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giao thông vận tải tỉnh Vĩnh Hà;

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Giao thông vận tải tỉnh Vĩnh Hà.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng, Thủ trưởng các đơn vị sự nghiệp và công chức, viên chức, người lao động thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.
"""
    + DIRECTOR
    + """
QUY CHẾ LÀM VIỆC CỦA SỞ GIAO THÔNG VẬN TẢI TỈNH VĨNH HÀ

Điều 3. Nguyên tắc làm việc

Giải quyết công việc đúng thẩm quyền; mỗi việc chỉ giao một phòng, đơn vị chủ trì; đề cao trách nhiệm cá nhân người đứng đầu.

Điều 5. Trách nhiệm của Giám đốc Sở

Giám đốc Sở lãnh đạo toàn diện hoạt động của Sở; trực tiếp phụ trách công tác tổ chức cán bộ, kế hoạch - tài chính, thanh tra và cải cách hành chính.

Điều 7. Sổ giao việc

Văn phòng Sở lập Sổ giao việc bằng giấy, ghi nội dung, thời hạn, người thực hiện từng nhiệm vụ do lãnh đạo Sở giao; cuối tuần báo cáo lãnh đạo Sở kết quả thực hiện.

Điều 11. Giao ban

Lãnh đạo Sở giao ban sáng thứ Hai hằng tuần; giao ban toàn Sở vào tuần cuối của tháng.

Điều 18. Chế độ thông tin, báo cáo

Các phòng, đơn vị gửi báo cáo tháng về Văn phòng Sở trước ngày 18 hằng tháng.
"""
)

BC_268_HEAD = head(
    "268/BC-SGTVT",
    "ngày 09 tháng 12 năm 2022",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2022",
)
BC_268_BODY = (
    """
Thực hiện Kế hoạch số 09/KH-SGTVT ngày 14/01/2022 của Sở Giao thông vận tải về cải cách hành chính năm 2022, Sở báo cáo kết quả thực hiện như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch cải cách hành chính năm 2022 của Sở có 32 nhiệm vụ; đến ngày 30/11/2022 hoàn thành 30/32 nhiệm vụ (93,8%), 02 nhiệm vụ đang triển khai.

2. Công tác kiểm tra: theo Kế hoạch số 41/KH-SGTVT ngày 03/3/2022, Sở kiểm tra 05/09 phòng, đơn vị; phát hiện 03 đơn vị chậm cập nhật trạng thái hồ sơ, đã chấn chỉnh.

3. Công tác tuyên truyền: đăng 41 tin, bài trên Trang thông tin điện tử của Sở; niêm yết hướng dẫn nộp hồ sơ trực tuyến tại 04 quầy của Bộ phận Một cửa.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thể chế

Sở tham mưu Ủy ban nhân dân tỉnh ban hành 03 văn bản quy phạm pháp luật, trong đó có Quyết định số 08/2022/QĐ-UBND ngày 22/4/2022 ban hành Quy định quản lý, khai thác bến xe khách trên địa bàn tỉnh.

2. Cải cách thủ tục hành chính

Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 1127/QĐ-UBND ngày 30/5/2022 công bố danh mục thủ tục hành chính lĩnh vực đường thủy nội địa thuộc thẩm quyền giải quyết của Sở Giao thông vận tải. Sở có 132 thủ tục hành chính, trong đó 38 thủ tục được cung cấp trực tuyến toàn trình (28,8%). Năm 2022, Sở tiếp nhận 48.652 hồ sơ, trong đó 9.317 hồ sơ nộp trực tuyến (19,2%); giải quyết đúng hạn 48.598 hồ sơ (99,89%); 54 hồ sơ quá hạn, đều có văn bản xin lỗi. Bộ phận Một cửa hoạt động theo Quy chế ban hành kèm theo Quyết định số 214/QĐ-SGTVT ngày 02/11/2021.

3. Cải cách tổ chức bộ máy

Giám đốc Sở ban hành Quyết định số 96/QĐ-SGTVT ngày 16/5/2022 quy định chức năng, nhiệm vụ, quyền hạn của các phòng chuyên môn, nghiệp vụ. Sở có Văn phòng, Thanh tra, 04 phòng chuyên môn và 03 đơn vị sự nghiệp; năm 2022 được giao 78 biên chế công chức, có mặt 74 người.

4. Cải cách chế độ công vụ

Giám đốc Sở ban hành Quyết định số 142/QĐ-SGTVT ngày 15/7/2022 ban hành Quy chế làm việc của Sở. Cử 86 lượt công chức, viên chức tham gia đào tạo, bồi dưỡng.

5. Cải cách tài chính công

Giám đốc Sở ban hành Quyết định số 35/QĐ-SGTVT ngày 21/02/2022 ban hành Quy chế chi tiêu nội bộ. Kinh phí giao tự chủ năm 2022 là 12.450 triệu đồng; tiết kiệm 385 triệu đồng.

6. Xây dựng chính quyền điện tử, chính quyền số

Tỷ lệ văn bản đi được ký số đạt 89%; 100% phòng, đơn vị sử dụng Hệ thống quản lý văn bản và điều hành.

III. HẠN CHẾ

Tỷ lệ hồ sơ nộp trực tuyến còn thấp, nhất là hồ sơ cấp đổi giấy phép lái xe; Sổ giao việc còn ghi bằng giấy.

IV. NHIỆM VỤ NĂM 2023

Sửa đổi quy định chi thu nhập tăng thêm; kiện toàn Bộ phận Một cửa; xây dựng kế hoạch chuyển đổi số của Sở.

Nơi nhận:
- UBND tỉnh;
- Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

EARLY = (
    Sample(
        "qd-12-2021-qd-ubnd-chuc-nang-so-gtvt.pdf",
        "pdf",
        (QD_12_2021,),
        title="Quyết định 12/2021/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample("qd-186-2021-ke-hoach-cchc-2021-2025.txt", "txt", (QD_186,)),
    Sample(
        "qd-214-2021-quy-che-mot-cua.docx",
        "docx",
        (QD_214_HEAD, QD_214_BODY),
        title="Quy chế Bộ phận Một cửa 2021 (MẪU, hư cấu)",
    ),
    Sample("kh-09-2022-cchc-nam-2022.txt", "txt", (KH_09,)),
    Sample("qd-35-2022-quy-che-chi-tieu-noi-bo.txt", "txt", (QD_35,)),
    Sample("kh-41-2022-kiem-tra-cchc.txt", "txt", (KH_41,)),
    Sample(
        "qd-96-2022-chuc-nang-cac-phong.pdf",
        "pdf",
        (QD_96_HEAD, QD_96_BODY),
        title="Chức năng các phòng (MẪU, hư cấu)",
    ),
    Sample(
        "qd-142-2022-quy-che-lam-viec.docx",
        "docx",
        (QD_142_HEAD, QD_142_BODY),
        title="Quy chế làm việc (MẪU, hư cấu)",
    ),
    Sample(
        "bc-268-2022-ket-qua-cchc-nam-2022.pdf",
        "pdf",
        (BC_268_HEAD, BC_268_BODY),
        title="Báo cáo CCHC năm 2022 (MẪU, hư cấu)",
    ),
)
