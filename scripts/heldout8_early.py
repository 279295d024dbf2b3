"""Eighth held-out archive, 2019 – 2020: Sở Giáo dục và Đào tạo of the fictional tỉnh Bắc Hòa.
Do not tune on it.

A department of education: its texts speak of trường, học sinh, văn bằng, chứng chỉ, Phòng
Giáo dục và Đào tạo các huyện whatever reform area they belong to; its symbol is ``SGDĐT``
(with Đ). The 2019 plan and report, the Steering Committee, the Quy chế làm việc, the
one-stop Quy chế; in 2020 (COVID-19) the year's plan, a Hướng dẫn on online and postal
dossiers, one article of the one-stop Quy chế repealed, the rules of the document system, a
Tờ trình to the UBND tỉnh and the 2020 report. Written by hand, before any code ran on it;
facts in ``bench/data/heldout8_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from sample_header import Sample, header

MARK = "[MẪU — tài liệu hư cấu: tỉnh Bắc Hòa và Sở Giáo dục và Đào tạo tỉnh Bắc Hòa không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết văn bản — TÀI LIỆU MẪU hư cấu do scripts/make_heldout8_archive.py tạo; tỉnh Bắc Hòa không có thật; MẪU]"
SO = ("UBND TỈNH BẮC HÒA", "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
UBND = ("ỦY BAN NHÂN DÂN", "TỈNH BẮC HÒA")
# The Giám đốc changed at the start of March 2021: Nguyễn Văn Hậu, then Trần Thị Bích Ngọc.
DIRECTOR = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nNguyễn Văn Hậu\n"
NEW_DIRECTOR = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nTrần Thị Bích Ngọc\n"
DEPUTY = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nLê Quang Vinh\n"
OFFICE = "\nTL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n(Đã ký)\n\nĐỗ Thị Hằng\n"
CHAIRMAN = "\nCHỦ TỊCH\n\n(Đã ký)\n\nHoàng Minh Tuấn\n"
UBND_VICE = "\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nVũ Thị Lan Anh\n"


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = SO) -> str:
    """The header of a Bắc Hòa document (the shared layout, this archive's place and mark)."""
    return header(number, day, kind, subject, issuer, place="Bắc Hòa", mark=MARK)


KH_28 = (
    head(
        "28/KH-SGDĐT",
        "ngày 22 tháng 01 năm 2019",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2019 của Sở Giáo dục và Đào tạo",
    )
    + """
Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020;

Thực hiện Kế hoạch số 09/KH-UBND ngày 10/01/2019 của Ủy ban nhân dân tỉnh Bắc Hòa về cải cách hành chính năm 2019, Sở Giáo dục và Đào tạo ban hành Kế hoạch cải cách hành chính năm 2019 như sau:

I. MỤC TIÊU, CHỈ TIÊU

1. Hoàn thành 28 nhiệm vụ của Kế hoạch; giữ vững thứ hạng Chỉ số cải cách hành chính của Sở trong nhóm khá của các sở, ban, ngành.

2. Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến đạt từ 5% trở lên; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên.

3. Kiểm tra công tác cải cách hành chính tại 05 đơn vị (Phòng Giáo dục và Đào tạo các huyện, trường trung học phổ thông); đăng ít nhất 30 tin, bài tuyên truyền.

4. Cử 60 lượt công chức, viên chức đi bồi dưỡng; tỷ lệ văn bản đi được ký số đạt từ 30% trở lên.

II. NHIỆM VỤ

1. Kiện toàn Ban Chỉ đạo cải cách hành chính của Sở trong quý I; ban hành kế hoạch tuyên truyền cải cách hành chính.

2. Ban hành Quy chế làm việc mới của Sở thay cho Quy chế năm 2016; ban hành Quy chế hoạt động của Bộ phận Một cửa Sở theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.

3. Rà soát thủ tục cấp bản sao văn bằng, chứng chỉ từ sổ gốc; chỉnh sửa nội dung văn bằng, chứng chỉ; cho phép hoạt động giáo dục đối với trung tâm ngoại ngữ, tin học.

4. Áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015 tại cơ quan Sở.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở là đầu mối tham mưu, theo dõi; các phòng chuyên môn, nghiệp vụ báo cáo kết quả hằng quý về Văn phòng trước ngày 15 tháng cuối quý.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Giám đốc, các PGĐ Sở;
- Các phòng thuộc Sở; Phòng GDĐT các huyện;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

QD_215 = (
    head(
        "215/QĐ-SGDĐT",
        "ngày 12 tháng 3 năm 2019",
        "QUYẾT ĐỊNH",
        "Kiện toàn Ban Chỉ đạo cải cách hành chính Sở Giáo dục và Đào tạo",
    )
    + """
GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC HÒA

Căn cứ Quyết định số 35/2016/QĐ-UBND ngày 18/8/2016 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo tỉnh Bắc Hòa;

Căn cứ Kế hoạch số 28/KH-SGDĐT ngày 22/01/2019 của Sở Giáo dục và Đào tạo về cải cách hành chính năm 2019;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Kiện toàn Ban Chỉ đạo cải cách hành chính Sở Giáo dục và Đào tạo, gồm:

1. Trưởng ban: Ông Nguyễn Văn Hậu, Giám đốc Sở.

2. Phó Trưởng ban: Ông Lê Quang Vinh, Phó Giám đốc Sở.

3. Thành viên: Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng Tổ chức cán bộ, Kế hoạch - Tài chính, Giáo dục Trung học, Giáo dục chuyên nghiệp - Giáo dục thường xuyên, Khảo thí và Kiểm định chất lượng giáo dục.

Điều 2. Ban Chỉ đạo giúp Giám đốc Sở chỉ đạo, đôn đốc các phòng và đơn vị trực thuộc thực hiện cải cách hành chính; Văn phòng Sở là bộ phận thường trực.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 102/QĐ-SGDĐT ngày 20/02/2017 của Giám đốc Sở Giáo dục và Đào tạo về việc kiện toàn Ban Chỉ đạo cải cách hành chính Sở.

Điều 4. Chánh Văn phòng Sở, Trưởng các phòng thuộc Sở và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Sở Nội vụ (b/c);
- Lưu: VT, VP.
"""
    + DIRECTOR
)

QD_560 = (
    head(
        "560/QĐ-SGDĐT",
        "ngày 15 tháng 7 năm 2019",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Giáo dục và Đào tạo tỉnh Bắc Hòa",
    )
    + """
GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC HÒA

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Quyết định số 35/2016/QĐ-UBND ngày 18/8/2016 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo tỉnh Bắc Hòa;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Giáo dục và Đào tạo tỉnh Bắc Hòa.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2019 và thay thế Quyết định số 412/QĐ-SGDĐT ngày 08/6/2016 của Giám đốc Sở ban hành Quy chế làm việc của Sở Giáo dục và Đào tạo.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở và công chức, người lao động của cơ quan Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (b/c);
- Lưu: VT, VP.
"""
    + DIRECTOR
    + """
QUY CHẾ
Làm việc của Sở Giáo dục và Đào tạo tỉnh Bắc Hòa

Điều 4. Nguyên tắc làm việc

Sở làm việc theo chế độ thủ trưởng; mỗi việc chỉ giao một phòng chủ trì; giải quyết công việc đúng thẩm quyền, trình tự, thời hạn.

Điều 12. Hội họp

1. Giao ban lãnh đạo Sở vào sáng thứ Hai hằng tuần.

2. Họp cơ quan Sở mỗi tháng một lần vào chiều thứ Sáu của tuần cuối tháng.

Điều 18. Xử lý văn bản đến

Văn bản đến được Văn phòng vào sổ, trình Giám đốc Sở trong ngày; văn bản khẩn được chuyển ngay đến phòng chủ trì.
"""
)

QD_610_HEAD = head(
    "610/QĐ-SGDĐT",
    "ngày 26 tháng 8 năm 2019",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế hoạt động của Bộ phận Một cửa Sở Giáo dục và Đào tạo",
)
QD_610_BODY = (
    """
GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC HÒA

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Căn cứ Thông tư số 01/2018/TT-VPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Bộ phận Một cửa Sở Giáo dục và Đào tạo.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng có thủ tục hành chính và công chức làm việc tại Bộ phận Một cửa chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Văn phòng UBND tỉnh (Phòng Kiểm soát TTHC);
- Lưu: VT, VP.
"""
    + DEPUTY
    + """
QUY CHẾ
Hoạt động của Bộ phận Một cửa Sở Giáo dục và Đào tạo

Điều 3. Vị trí

Bộ phận Một cửa đặt tại tầng 1 trụ sở Sở, do Văn phòng Sở quản lý, tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính thuộc thẩm quyền của Sở.

Điều 5. Công chức làm việc tại Bộ phận Một cửa

Các phòng có thủ tục hành chính cử công chức làm việc tại Bộ phận Một cửa theo bảng dưới đây.
"""
)
QD_610_TABLE = [
    ["Phòng cử công chức", "Lĩnh vực tiếp nhận", "Số công chức"],
    ["Phòng Khảo thí và Kiểm định chất lượng giáo dục", "Văn bằng, chứng chỉ", "02"],
    ["Phòng Giáo dục Trung học", "Chuyển trường, thi cử, dạy thêm", "01"],
    ["Phòng Giáo dục chuyên nghiệp - Giáo dục thường xuyên", "Trung tâm ngoại ngữ, tin học", "01"],
    ["Phòng Tổ chức cán bộ", "Thành lập, sáp nhập trường", "01"],
]
QD_610_AFTER = """Điều 10. Trả kết quả trực tiếp

Kết quả giải quyết thủ tục hành chính chỉ được trả trực tiếp tại Bộ phận Một cửa; người nhận phải xuất trình bản chính giấy tờ tùy thân và phiếu hẹn trả kết quả.

Điều 12. Đánh giá việc giải quyết thủ tục

Tổ chức, cá nhân đánh giá mức độ hài lòng bằng phiếu hoặc thiết bị điện tử đặt tại Bộ phận Một cửa; Văn phòng Sở tổng hợp hằng quý."""

BC_312 = (
    head(
        "312/BC-SGDĐT",
        "ngày 13 tháng 12 năm 2019",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2019",
    )
    + """
Thực hiện Kế hoạch số 28/KH-SGDĐT ngày 22/01/2019 của Sở Giáo dục và Đào tạo về cải cách hành chính năm 2019, Sở báo cáo kết quả năm 2019 như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2019 có 28 nhiệm vụ; đã hoàn thành 27 nhiệm vụ (96,4%).

2. Sở đã kiện toàn Ban Chỉ đạo cải cách hành chính tại Quyết định số 215/QĐ-SGDĐT ngày 12/3/2019, thay thế Quyết định số 102/QĐ-SGDĐT ngày 20/02/2017. Thực hiện Chỉ thị số 08/CT-UBND ngày 12/4/2019 của Chủ tịch Ủy ban nhân dân tỉnh về đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân, Sở đã quán triệt đến từng phòng và đơn vị trực thuộc.

3. Chỉ số cải cách hành chính năm 2018 của Sở theo Quyết định số 486/QĐ-UBND ngày 22/4/2019 của Ủy ban nhân dân tỉnh đạt 78,52 điểm, xếp thứ 9/19 sở, ban, ngành.

4. Kiểm tra, tuyên truyền: đã kiểm tra 05 đơn vị; thực hiện Kế hoạch số 40/KH-SGDĐT ngày 25/02/2019 về tuyên truyền cải cách hành chính, đã đăng 34 tin, bài trên Cổng thông tin điện tử của Sở.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thủ tục hành chính: Sở ban hành Quy chế hoạt động của Bộ phận Một cửa tại Quyết định số 610/QĐ-SGDĐT ngày 26/8/2019. Sở có 92 thủ tục hành chính, trong đó 21 thủ tục cung cấp dịch vụ công trực tuyến mức độ 3, 4. Năm 2019 tiếp nhận 6.842 hồ sơ, trong đó 412 hồ sơ trực tuyến (6,0%); giải quyết đúng hạn 6.795 hồ sơ (99,31%), trễ hạn 47 hồ sơ.

2. Cải cách chế độ công vụ: Quy chế làm việc ban hành kèm theo Quyết định số 560/QĐ-SGDĐT ngày 15/7/2019 được áp dụng từ ngày 01/8/2019, thay thế Quyết định số 412/QĐ-SGDĐT; đã cử 65 lượt công chức, viên chức đi bồi dưỡng.

3. Cải cách tài chính công: tiết kiệm chi thường xuyên 420 triệu đồng.

4. Hiện đại hóa hành chính: Sở công bố hệ thống quản lý chất lượng phù hợp tiêu chuẩn TCVN ISO 9001:2015 tại Quyết định số 705/QĐ-SGDĐT ngày 20/9/2019; tỷ lệ văn bản đi được ký số đạt 35%.

III. PHƯƠNG HƯỚNG NĂM 2020

Nâng tỷ lệ hồ sơ trực tuyến; đưa Hệ thống quản lý văn bản và điều hành vào sử dụng tại tất cả các phòng.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

KH_36_HEAD = head(
    "36/KH-SGDĐT",
    "ngày 20 tháng 01 năm 2020",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2020",
)
KH_36_BODY = """
Thực hiện Kế hoạch số 11/KH-UBND ngày 08/01/2020 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2020, Sở Giáo dục và Đào tạo ban hành Kế hoạch cải cách hành chính năm 2020 gồm 30 nhiệm vụ, với các chỉ tiêu sau:
"""
KH_36_TABLE = [
    ["STT", "Chỉ tiêu năm 2020", "Mức phấn đấu"],
    ["1", "Nhiệm vụ của Kế hoạch hoàn thành", "30/30"],
    ["2", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "từ 10%"],
    ["3", "Tỷ lệ hồ sơ giải quyết đúng hạn", "từ 98,5%"],
    ["4", "Đơn vị được kiểm tra công tác cải cách hành chính", "06"],
    ["5", "Tin, bài tuyên truyền", "35"],
    ["6", "Lượt công chức, viên chức được bồi dưỡng", "70"],
    ["7", "Tỷ lệ văn bản đi được ký số", "từ 60%"],
]
KH_36_AFTER = (
    """NHIỆM VỤ TRỌNG TÂM

1. Ban hành Kế hoạch kiểm tra cải cách hành chính năm 2020 trong tháng 02.

2. Ban hành Quy chế quản lý, vận hành, sử dụng Hệ thống quản lý văn bản và điều hành của Sở; gửi, nhận văn bản điện tử với Phòng Giáo dục và Đào tạo các huyện.

3. Tham mưu Ủy ban nhân dân tỉnh ban hành quy định mới về chức năng, nhiệm vụ của Sở theo hướng dẫn của Bộ Giáo dục và Đào tạo.

4. Ban hành Quy chế chi tiêu nội bộ năm 2020.

Văn phòng Sở theo dõi, tổng hợp; các phòng báo cáo trước ngày 15 tháng cuối quý.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Các phòng thuộc Sở;
- Lưu: VT, VP."""
    + DIRECTOR
)

HD_02 = (
    head(
        "02/HD-SGDĐT",
        "ngày 20 tháng 4 năm 2020",
        "HƯỚNG DẪN",
        "Tiếp nhận, giải quyết thủ tục hành chính trực tuyến và qua dịch vụ bưu chính công ích trong thời gian phòng, chống dịch COVID-19",
    )
    + """
Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19; căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử, Sở Giáo dục và Đào tạo hướng dẫn như sau:

1. Tạm dừng tiếp nhận hồ sơ trực tiếp tại Bộ phận Một cửa Sở từ ngày 22/4/2020 đến khi có thông báo mới, trừ trường hợp khẩn cấp.

2. Tổ chức, cá nhân, các trường và Phòng Giáo dục và Đào tạo các huyện nộp hồ sơ trên Cổng dịch vụ công của tỉnh hoặc qua dịch vụ bưu chính công ích; hồ sơ cấp bản sao văn bằng, chứng chỉ được nhận bản chụp kèm bản khai.

3. Kết quả giải quyết được gửi qua dịch vụ bưu chính công ích đến địa chỉ người nộp đăng ký; người nhận trả cước theo giá dịch vụ.

4. Công chức Bộ phận Một cửa làm việc luân phiên; Văn phòng Sở theo dõi hồ sơ trên Hệ thống thông tin một cửa điện tử hằng ngày.

Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Văn phòng Sở để được hướng dẫn.

Nơi nhận:
- Phòng GDĐT các huyện; các trường THPT;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + DEPUTY
)

QD_455 = (
    head(
        "455/QĐ-SGDĐT",
        "ngày 05 tháng 6 năm 2020",
        "QUYẾT ĐỊNH",
        "Bãi bỏ Điều 10 Quy chế hoạt động của Bộ phận Một cửa Sở Giáo dục và Đào tạo ban hành kèm theo Quyết định số 610/QĐ-SGDĐT ngày 26/8/2019",
    )
    + """
GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC HÒA

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Bãi bỏ Điều 10 (Trả kết quả trực tiếp) của Quy chế hoạt động của Bộ phận Một cửa Sở Giáo dục và Đào tạo ban hành kèm theo Quyết định số 610/QĐ-SGDĐT ngày 26/8/2019 của Giám đốc Sở. Kết quả giải quyết thủ tục hành chính được trả trực tiếp, qua dịch vụ bưu chính công ích hoặc trên Cổng dịch vụ công theo lựa chọn của người nộp.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2020. Các điều khác của Quy chế tiếp tục được thực hiện.

Điều 3. Chánh Văn phòng, Trưởng các phòng có thủ tục hành chính chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Văn phòng UBND tỉnh;
- Lưu: VT, VP.
"""
    + DEPUTY
)

QD_734 = (
    head(
        "734/QĐ-SGDĐT",
        "ngày 14 tháng 9 năm 2020",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế quản lý, vận hành, sử dụng Hệ thống quản lý văn bản và điều hành của Sở Giáo dục và Đào tạo",
    )
    + """
GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC HÒA

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;

Căn cứ Kế hoạch số 36/KH-SGDĐT ngày 20/01/2020 của Sở về cải cách hành chính năm 2020;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành, sử dụng Hệ thống quản lý văn bản và điều hành của Sở Giáo dục và Đào tạo.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2020.

Điều 3. Chánh Văn phòng, Trưởng các phòng thuộc Sở, công chức và người lao động chịu trách nhiệm thi hành Quyết định này./.
"""
    + DIRECTOR
    + """
QUY CHẾ
Quản lý, vận hành, sử dụng Hệ thống quản lý văn bản và điều hành

Điều 5. Văn bản điện tử

Văn bản đi của Sở gửi Phòng Giáo dục và Đào tạo các huyện, các trường trung học phổ thông được gửi dưới dạng điện tử qua Hệ thống, trừ văn bản mật.

Điều 8. Chữ ký số

Lãnh đạo Sở và Chánh Văn phòng được cấp chứng thư số; văn bản điện tử được ký số trước khi phát hành.
"""
)

TTR_58 = (
    head(
        "58/TTr-SGDĐT",
        "ngày 24 tháng 11 năm 2020",
        "TỜ TRÌNH",
        "Đề nghị ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo tỉnh Bắc Hòa",
    )
    + """
Kính gửi: Ủy ban nhân dân tỉnh Bắc Hòa.

Căn cứ Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;

Căn cứ Thông tư số 12/2020/TT-BGDĐT ngày 22/5/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo hướng dẫn chức năng, nhiệm vụ, quyền hạn của Sở Giáo dục và Đào tạo,

Sở Giáo dục và Đào tạo kính trình Ủy ban nhân dân tỉnh như sau:

1. Quyết định số 35/2016/QĐ-UBND ngày 18/8/2016 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở không còn phù hợp với Thông tư số 12/2020/TT-BGDĐT.

2. Sở đề nghị Ủy ban nhân dân tỉnh ban hành quyết định mới thay thế Quyết định số 35/2016/QĐ-UBND; giảm từ 09 xuống 08 đầu mối (Văn phòng, Thanh tra và 06 phòng chuyên môn, nghiệp vụ), sáp nhập Phòng Giáo dục chuyên nghiệp - Giáo dục thường xuyên vào Phòng Giáo dục Trung học.

3. Dự thảo đã được Sở Tư pháp thẩm định và Sở Nội vụ góp ý.

Kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.

Nơi nhận:
- Như trên;
- Sở Nội vụ, Sở Tư pháp;
- Lưu: VT, TCCB.
"""
    + DIRECTOR
)

BC_298 = (
    head(
        "298/BC-SGDĐT",
        "ngày 15 tháng 12 năm 2020",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2020",
    )
    + """
Thực hiện Kế hoạch số 36/KH-SGDĐT ngày 20/01/2020 của Sở Giáo dục và Đào tạo về cải cách hành chính năm 2020, Sở báo cáo kết quả năm 2020 như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2020 có 30 nhiệm vụ; đã hoàn thành 30/30 nhiệm vụ (100%), dù học sinh nghỉ học và nhiều hoạt động phải dừng do dịch COVID-19.

2. Chỉ số cải cách hành chính năm 2019 của Sở theo Quyết định số 395/QĐ-UBND ngày 27/3/2020 của Ủy ban nhân dân tỉnh đạt 82,37 điểm, xếp thứ 6/19 sở, ban, ngành.

3. Kiểm tra: thực hiện Kế hoạch số 41/KH-SGDĐT ngày 18/02/2020 về kiểm tra công tác cải cách hành chính, do dịch COVID-19 chỉ kiểm tra được 03 đơn vị.

4. Tuyên truyền: đã đăng 41 tin, bài, trong đó nhiều tin hướng dẫn nộp hồ sơ trực tuyến trong thời gian giãn cách.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thủ tục hành chính

Trong thời gian phòng, chống dịch, Sở ban hành Hướng dẫn số 02/HD-SGDĐT ngày 20/4/2020 tiếp nhận, giải quyết thủ tục hành chính trực tuyến và qua dịch vụ bưu chính công ích. Quyết định số 455/QĐ-SGDĐT ngày 08/6/2020 của Giám đốc Sở bãi bỏ Điều 10 (trả kết quả trực tiếp) của Quy chế hoạt động của Bộ phận Một cửa ban hành kèm theo Quyết định số 610/QĐ-SGDĐT, có hiệu lực từ ngày 01/7/2020.

Sở có 95 thủ tục hành chính, trong đó 58 thủ tục cung cấp dịch vụ công trực tuyến mức độ 3, 4 (61,1%). Năm 2020 tiếp nhận 5.216 hồ sơ, trong đó 1.984 hồ sơ trực tuyến (38,0%), tăng mạnh so với năm 2019; 1.236 kết quả được trả qua dịch vụ bưu chính công ích; giải quyết đúng hạn 5.190 hồ sơ (99,50%).

2. Cải cách tổ chức bộ máy

Sở có Tờ trình số 58/TTr-SGDĐT ngày 24/11/2020 đề nghị Ủy ban nhân dân tỉnh ban hành quy định mới về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở thay thế Quyết định số 35/2016/QĐ-UBND ngày 18/8/2016.

3. Cải cách chế độ công vụ

Đã cử 48 lượt công chức, viên chức đi bồi dưỡng, chủ yếu theo hình thức trực tuyến.

4. Cải cách tài chính công

Sở thực hiện Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 88/QĐ-SGDĐT ngày 31/01/2020; tiết kiệm chi thường xuyên 1,15 tỷ đồng do cắt giảm hội nghị, hội thảo.

5. Hiện đại hóa hành chính

Sở ban hành Quy chế quản lý, vận hành, sử dụng Hệ thống quản lý văn bản và điều hành kèm theo Quyết định số 734/QĐ-SGDĐT ngày 14/9/2020 (có hiệu lực từ ngày 01/10/2020). Tỷ lệ văn bản đi được ký số đạt 72%.

III. PHƯƠNG HƯỚNG NĂM 2021

Tiếp tục tiếp nhận hồ sơ trực tuyến; ban hành Quy chế làm việc mới sau khi Ủy ban nhân dân tỉnh quy định lại chức năng, nhiệm vụ của Sở.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

EARLY = (
    Sample("KH CCHC nam 2019.txt", "txt", (KH_28,)),
    Sample("qd-215-2019-kien-toan-ban-chi-dao-cchc.txt", "txt", (QD_215,)),
    Sample(
        "Quy che lam viec 2019.pdf",
        "pdf",
        (QD_560,),
        title="Quy chế làm việc Sở GDĐT 2019 (MẪU, hư cấu)",
    ),
    Sample(
        "qd-610-2019-quy-che-bo-phan-mot-cua.docx",
        "docx",
        (QD_610_HEAD, QD_610_BODY),
        table=QD_610_TABLE,
        after=QD_610_AFTER,
        title="Quy chế Bộ phận Một cửa Sở GDĐT (MẪU, hư cấu)",
    ),
    Sample(
        "Bao cao CCHC nam 2019.pdf",
        "pdf",
        (BC_312,),
        title="Báo cáo CCHC năm 2019 (MẪU, hư cấu)",
    ),
    Sample(
        "KH 36 CCHC 2020.docx",
        "docx",
        (KH_36_HEAD, KH_36_BODY),
        table=KH_36_TABLE,
        after=KH_36_AFTER,
        title="Kế hoạch CCHC năm 2020 (MẪU, hư cấu)",
    ),
    Sample("huong-dan-02-2020-tthc-truc-tuyen-covid.txt", "txt", (HD_02,)),
    Sample("QD455 bai bo dieu 10.txt", "txt", (QD_455,)),
    Sample("tailieu_03.pdf", "pdf", (QD_734,), title="tailieu_03 (MẪU, hư cấu)"),
    Sample("to trinh 58.txt", "txt", (TTR_58,)),
    Sample(
        "Bao cao CCHC 2020 (ban cuoi).pdf",
        "pdf",
        (BC_298,),
        title="Báo cáo CCHC năm 2020 (MẪU, hư cấu)",
    ),
)
