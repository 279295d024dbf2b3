"""Seventh held-out archive, 2023: Ủy ban nhân dân huyện Đông Sơn of the fictional tỉnh Hà
Trung. Do not tune on it.

The year's plan; the Chủ tịch's decision 15/QĐ-UBND issuing the inspection plan (the
province has a decision with the very same number and symbol, of 2022, cited elsewhere);
the commune reform-index criteria (effective after signing, replacing a cited-only 2020
decision); the Steering Committee re-formed by the new Chủ tịch (replacing the 2021
decision whole, same title); the Committee's conclusions (a Thông báo); one clause of the
Quy chế làm việc amended; the annual report (which dates 734/QĐ-UBND wrongly) and a Tờ
trình of the Phòng Nội vụ. Facts: ``bench/data/heldout7_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout7_early import (
    CHAIRMAN,
    HEAD,
    NEW_CHAIRMAN,
    OFFICE,
    PNV,
    UBND_CHAIRMAN,
    UBND_NEW_CHAIRMAN,
    UBND_VICE,
    head,
)
from sample_header import Sample

KH_11 = (
    head(
        "11/KH-UBND",
        "ngày 10 tháng 01 năm 2023",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2023",
    )
    + """
Thực hiện Kế hoạch số 03/KH-UBND ngày 05/01/2023 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2023 và Kế hoạch số 156/KH-UBND ngày 18/10/2021 của Ủy ban nhân dân huyện về cải cách hành chính giai đoạn 2021 - 2025; căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử, Ủy ban nhân dân huyện ban hành Kế hoạch cải cách hành chính năm 2023 như sau:

I. CHỈ TIÊU NĂM 2023

1. Hoàn thành 35 nhiệm vụ của Kế hoạch; Chỉ số cải cách hành chính năm 2023 của huyện thuộc nhóm 05 huyện dẫn đầu của tỉnh.

2. Tỷ lệ thủ tục hành chính trực tuyến toàn trình đạt từ 45% trở lên; tỷ lệ hồ sơ trực tuyến đạt từ 35% trở lên; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98,5% trở lên.

3. Kiểm tra công tác cải cách hành chính tại 08 đơn vị; đăng ít nhất 45 tin, bài tuyên truyền.

4. Cử 200 lượt cán bộ, công chức đi bồi dưỡng; tỷ lệ văn bản đi được ký số đạt từ 90% trở lên.

II. NHIỆM VỤ

1. Chỉ đạo, điều hành: Chủ tịch Ủy ban nhân dân huyện ban hành kế hoạch kiểm tra cải cách hành chính năm 2023 trong tháng 01; ban hành Bộ tiêu chí đánh giá, xác định Chỉ số cải cách hành chính của Ủy ban nhân dân các xã, thị trấn thay thế Bộ tiêu chí ban hành năm 2020; Phòng Nội vụ ban hành kế hoạch tuyên truyền.

2. Thể chế: rà soát, bãi bỏ các văn bản quy phạm pháp luật do Ủy ban nhân dân huyện ban hành không còn phù hợp.

3. Thủ tục hành chính: giảm hồ sơ đất đai trễ hạn; thực hiện xin lỗi người dân khi giải quyết hồ sơ quá hạn.

4. Tổ chức bộ máy: rà soát chức năng, nhiệm vụ của các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện.

5. Chế độ công vụ: tuyển dụng công chức cấp xã còn thiếu; tăng cường kỷ luật, kỷ cương hành chính.

6. Tài chính công: thực hành tiết kiệm, chống lãng phí trong chi thường xuyên.

7. Chính quyền số: ban hành kế hoạch chuyển đổi số năm 2023; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.

III. TỔ CHỨC THỰC HIỆN

Phòng Nội vụ theo dõi, đôn đốc, tổng hợp; báo cáo Ủy ban nhân dân huyện hằng quý.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- TT Huyện ủy, TT HĐND huyện;
- Các cơ quan chuyên môn; UBND các xã, thị trấn;
- Lưu: VT, NV.
"""
    + UBND_VICE
)

QD_15 = (
    head(
        "15/QĐ-UBND",
        "ngày 16 tháng 01 năm 2023",
        "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2023",
    )
    + """
CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Kế hoạch số 11/KH-UBND ngày 10/01/2023 của Ủy ban nhân dân huyện về cải cách hành chính năm 2023;

Xét đề nghị của Trưởng phòng Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra công tác cải cách hành chính năm 2023.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Nội vụ, Thủ trưởng các cơ quan, đơn vị và Chủ tịch Ủy ban nhân dân các xã được kiểm tra chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Sở Nội vụ tỉnh (b/c);
- Lưu: VT, NV.
"""
    + CHAIRMAN
    + """
KẾ HOẠCH
Kiểm tra công tác cải cách hành chính năm 2023
(Kèm theo Quyết định số 15/QĐ-UBND ngày 16/01/2023 của Chủ tịch Ủy ban nhân dân huyện)

I. MỤC ĐÍCH

Đánh giá việc thực hiện kế hoạch cải cách hành chính, việc tiếp nhận, giải quyết hồ sơ đất đai, hộ tịch, chứng thực và việc chấp hành kỷ luật, kỷ cương hành chính tại các xã và cơ quan chuyên môn.

II. ĐƠN VỊ VÀ THỜI GIAN KIỂM TRA

Kiểm tra 08 đơn vị: Ủy ban nhân dân các xã Đông Hòa, Đông Phú, Đông Yên (quý II); Ủy ban nhân dân các xã Đông Lĩnh, Đông Quang, Đông Thịnh (quý III); Phòng Tài nguyên và Môi trường, Phòng Tư pháp (tháng 10).

III. NỘI DUNG

1. Việc ban hành và thực hiện kế hoạch cải cách hành chính của đơn vị.

2. Việc niêm yết thủ tục; việc cập nhật hồ sơ lên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; việc xin lỗi người dân khi trễ hạn.

3. Việc sử dụng chữ ký số, Hệ thống quản lý văn bản và điều hành.

IV. TỔ CHỨC THỰC HIỆN

Phòng Nội vụ chủ trì, phối hợp Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Phòng Tư pháp; sau mỗi cuộc kiểm tra, Phòng Nội vụ tham mưu thông báo kết luận.
"""
)

QD_236_HEAD = head(
    "236/QĐ-UBND",
    "ngày 20 tháng 02 năm 2023",
    "QUYẾT ĐỊNH",
    "Ban hành Bộ tiêu chí đánh giá, xác định Chỉ số cải cách hành chính của Ủy ban nhân dân các xã, thị trấn thuộc huyện Đông Sơn",
)
QD_236_BODY = (
    """
ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;

Căn cứ Quyết định số 15/QĐ-UBND ngày 05/01/2022 của Ủy ban nhân dân tỉnh Hà Trung ban hành Bộ tiêu chí đánh giá, xác định Chỉ số cải cách hành chính của Ủy ban nhân dân các huyện, thị xã, thành phố;

Theo đề nghị của Trưởng phòng Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Bộ tiêu chí đánh giá, xác định Chỉ số cải cách hành chính của Ủy ban nhân dân các xã, thị trấn thuộc huyện Đông Sơn.

Điều 2. Hằng năm, Ủy ban nhân dân các xã, thị trấn tự đánh giá, chấm điểm theo Bộ tiêu chí, gửi Phòng Nội vụ trước ngày 15 tháng 11; Phòng Nội vụ thẩm định, trình Ủy ban nhân dân huyện công bố kết quả.

Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 3 năm 2023 và thay thế Quyết định số 318/QĐ-UBND ngày 10/3/2020 của Ủy ban nhân dân huyện ban hành Bộ tiêu chí đánh giá, xác định Chỉ số cải cách hành chính của Ủy ban nhân dân các xã, thị trấn.

Điều 4. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Nội vụ, Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Sở Nội vụ tỉnh (b/c);
- Lưu: VT, NV.
"""
    + UBND_CHAIRMAN
    + """
BỘ TIÊU CHÍ
Đánh giá, xác định Chỉ số cải cách hành chính của Ủy ban nhân dân các xã, thị trấn
(Kèm theo Quyết định số 236/QĐ-UBND ngày 20/02/2023 của Ủy ban nhân dân huyện)
"""
)
QD_236_TABLE = [
    ["STT", "Lĩnh vực", "Số tiêu chí", "Điểm tối đa"],
    ["1", "Công tác chỉ đạo, điều hành cải cách hành chính", "6", "14"],
    ["2", "Cải cách thể chế", "3", "8"],
    ["3", "Cải cách thủ tục hành chính", "8", "22"],
    ["4", "Cải cách tổ chức bộ máy", "3", "8"],
    ["5", "Cải cách chế độ công vụ", "5", "14"],
    ["6", "Cải cách tài chính công", "3", "8"],
    ["7", "Xây dựng chính quyền điện tử, chính quyền số", "6", "16"],
    ["8", "Mức độ hài lòng của người dân", "2", "10"],
    ["", "Tổng cộng", "36", "100"],
]
QD_236_AFTER = "Xếp loại: Tốt từ 90 điểm trở lên; Khá từ 80 đến dưới 90 điểm; Trung bình từ 65 đến dưới 80 điểm; Yếu dưới 65 điểm. Xã xếp loại Yếu phải có kế hoạch khắc phục, báo cáo Ủy ban nhân dân huyện trong quý I năm sau."

QD_734 = (
    head(
        "734/QĐ-UBND",
        "ngày 05 tháng 6 năm 2023",
        "QUYẾT ĐỊNH",
        "Kiện toàn Ban Chỉ đạo cải cách hành chính huyện Đông Sơn",
    )
    + """
CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;

Xét đề nghị của Trưởng phòng Nội vụ huyện do thay đổi nhân sự lãnh đạo Ủy ban nhân dân huyện.

QUYẾT ĐỊNH:

Điều 1. Kiện toàn Ban Chỉ đạo cải cách hành chính huyện Đông Sơn, gồm các ông, bà có tên sau:

1. Trưởng ban: Ông Phạm Quốc Hưng, Chủ tịch Ủy ban nhân dân huyện.

2. Phó Trưởng ban thường trực: Bà Trần Thị Mai Lan, Phó Chủ tịch Ủy ban nhân dân huyện.

3. Phó Trưởng ban: Bà Nguyễn Thị Thu Hà, Trưởng phòng Nội vụ.

4. Các thành viên: Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện; Trưởng phòng Tư pháp; Trưởng phòng Tài chính - Kế hoạch; Trưởng phòng Tài nguyên và Môi trường; Trưởng phòng Văn hóa và Thông tin; Trưởng phòng Kinh tế và Hạ tầng; Chánh Thanh tra huyện.

Điều 2. Ban Chỉ đạo giúp Chủ tịch Ủy ban nhân dân huyện chỉ đạo thực hiện cải cách hành chính trên địa bàn huyện; họp định kỳ 06 tháng một lần; Phòng Nội vụ là cơ quan thường trực.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1862/QĐ-UBND ngày 20/8/2021 của Chủ tịch Ủy ban nhân dân huyện về việc kiện toàn Ban Chỉ đạo cải cách hành chính huyện Đông Sơn.

Điều 4. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Nội vụ, Thủ trưởng các cơ quan, đơn vị liên quan và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Sở Nội vụ tỉnh (b/c);
- TT Huyện ủy, TT HĐND huyện (b/c);
- Lưu: VT, NV.
"""
    + NEW_CHAIRMAN
)

TB_96 = (
    head(
        "96/TB-UBND",
        "ngày 21 tháng 7 năm 2023",
        "THÔNG BÁO",
        "Kết luận của Chủ tịch Ủy ban nhân dân huyện tại cuộc họp Ban Chỉ đạo cải cách hành chính huyện sơ kết 6 tháng đầu năm 2023",
    )
    + """
Ngày 18/7/2023, ông Phạm Quốc Hưng, Chủ tịch Ủy ban nhân dân huyện, Trưởng Ban Chỉ đạo cải cách hành chính huyện (kiện toàn tại Quyết định số 734/QĐ-UBND ngày 05/6/2023 của Chủ tịch Ủy ban nhân dân huyện) chủ trì cuộc họp sơ kết công tác cải cách hành chính 6 tháng đầu năm 2023. Sau khi nghe Phòng Nội vụ báo cáo và ý kiến của các thành viên, Chủ tịch Ủy ban nhân dân huyện kết luận như sau:

1. Kết quả: 6 tháng đầu năm 2023 đã hoàn thành 17/35 nhiệm vụ của Kế hoạch số 11/KH-UBND ngày 10/01/2023; tỷ lệ hồ sơ trực tuyến đạt 36,2%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,87%.

2. Tồn tại: lĩnh vực đất đai còn 67 hồ sơ trễ hạn; một số xã chưa cập nhật hồ sơ lên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; việc giao ban trực tiếp hằng tháng mất nhiều thời gian của Chủ tịch các xã.

3. Giao nhiệm vụ:

a) Phòng Nội vụ tham mưu sửa đổi quy định về giao ban tại Quy chế làm việc của Ủy ban nhân dân huyện ban hành kèm theo Quyết định số 2034/QĐ-UBND ngày 10/9/2021 theo hướng giao ban trực tuyến với các xã, thị trấn; trình trước ngày 10/8/2023.

b) Phòng Tài nguyên và Môi trường rà soát toàn bộ hồ sơ đất đai trễ hạn, thực hiện xin lỗi người dân bằng văn bản.

c) Ủy ban nhân dân các xã, thị trấn cập nhật đầy đủ hồ sơ lên Hệ thống trước ngày 31/7/2023.

Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.

Nơi nhận:
- Thành viên Ban Chỉ đạo;
- UBND các xã, thị trấn;
- Lưu: VT.
"""
    + OFFICE
)

QD_1108 = (
    head(
        "1108/QĐ-UBND",
        "ngày 14 tháng 8 năm 2023",
        "QUYẾT ĐỊNH",
        "Sửa đổi khoản 2 Điều 14 Quy chế làm việc của Ủy ban nhân dân huyện Đông Sơn nhiệm kỳ 2021 - 2026 ban hành kèm theo Quyết định số 2034/QĐ-UBND ngày 10 tháng 9 năm 2021 của Ủy ban nhân dân huyện",
    )
    + """
ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;

Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 58/TTr-PNV ngày 04/8/2023 đề nghị sửa đổi quy định về giao ban tại Quy chế làm việc của Ủy ban nhân dân huyện.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi khoản 2 Điều 14 Quy chế làm việc của Ủy ban nhân dân huyện Đông Sơn nhiệm kỳ 2021 - 2026 ban hành kèm theo Quyết định số 2034/QĐ-UBND ngày 10 tháng 9 năm 2021 của Ủy ban nhân dân huyện như sau:

"2. Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân huyện giao ban trực tuyến với Trưởng các cơ quan chuyên môn và Chủ tịch Ủy ban nhân dân các xã, thị trấn vào sáng thứ Hai của tuần đầu tiên hằng tháng; điểm cầu tại các xã do Chủ tịch Ủy ban nhân dân xã chủ trì."

Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Các nội dung khác của Quy chế làm việc giữ nguyên hiệu lực.

Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT.
"""
    + UBND_NEW_CHAIRMAN
)

BC_245_HEAD = head(
    "245/BC-UBND",
    "ngày 15 tháng 12 năm 2023",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2023",
)
BC_245_BODY = """
Thực hiện Kế hoạch số 11/KH-UBND ngày 10/01/2023 của Ủy ban nhân dân huyện về cải cách hành chính năm 2023, Ủy ban nhân dân huyện Đông Sơn báo cáo kết quả năm 2023 như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2023 có 35 nhiệm vụ; đến ngày 30/11/2023 đã hoàn thành 34 nhiệm vụ (97,1%).

2. Chủ tịch Ủy ban nhân dân huyện ban hành Quyết định số 734/QĐ-UBND ngày 15/6/2023 kiện toàn Ban Chỉ đạo cải cách hành chính huyện, thay thế Quyết định số 1862/QĐ-UBND ngày 20/8/2021. Ban Chỉ đạo họp sơ kết 6 tháng; kết luận của Chủ tịch Ủy ban nhân dân huyện được thông báo tại Thông báo số 96/TB-UBND ngày 21/7/2023.

3. Chỉ số cải cách hành chính: theo Quyết định số 612/QĐ-UBND ngày 24/3/2023 của Ủy ban nhân dân tỉnh công bố Chỉ số cải cách hành chính năm 2022, huyện Đông Sơn đạt 84,12 điểm, xếp thứ 5/11, tăng 03 bậc so với năm 2021. Ủy ban nhân dân huyện ban hành Quyết định số 236/QĐ-UBND ngày 20/02/2023 ban hành Bộ tiêu chí đánh giá, xác định Chỉ số cải cách hành chính của Ủy ban nhân dân các xã, thị trấn (có hiệu lực từ ngày 01/3/2023), thay thế Quyết định số 318/QĐ-UBND ngày 10/3/2020.

4. Kiểm tra: thực hiện Kế hoạch kiểm tra ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 16/01/2023 của Chủ tịch Ủy ban nhân dân huyện, đã kiểm tra 08 đơn vị (06 xã và 02 cơ quan chuyên môn), chỉ ra 11 tồn tại.

5. Tuyên truyền: thực hiện Kế hoạch số 20/KH-PNV ngày 13/02/2023 của Phòng Nội vụ về tuyên truyền cải cách hành chính năm 2023, đã đăng 52 tin, bài; tổ chức 02 buổi đối thoại với người dân về thủ tục đất đai.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thể chế

Ủy ban nhân dân huyện ban hành Quyết định số 01/2023/QĐ-UBND ngày 06/6/2023 bãi bỏ 03 văn bản quy phạm pháp luật do Ủy ban nhân dân huyện ban hành không còn phù hợp.

2. Cải cách thủ tục hành chính

Ủy ban nhân dân huyện có Công văn số 1315/UBND-VP ngày 12/9/2023 chấn chỉnh việc giải quyết hồ sơ đất đai trễ hạn. Huyện có 275 thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện, trong đó 131 thủ tục trực tuyến toàn trình (47,6%). Năm 2023 tiếp nhận 15.870 hồ sơ, trong đó 6.190 hồ sơ trực tuyến (39,0%); giải quyết đúng hạn 15.712 hồ sơ (99,00%), trễ hạn 158 hồ sơ.

3. Cải cách tổ chức bộ máy

Các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện giữ ổn định 12 phòng, ban; Phòng Nội vụ đang xây dựng dự thảo quy định mới về chức năng, nhiệm vụ của Phòng.

4. Cải cách chế độ công vụ

Ủy ban nhân dân huyện ban hành Quyết định số 1108/QĐ-UBND ngày 14/8/2023 sửa đổi khoản 2 Điều 14 Quy chế làm việc ban hành kèm theo Quyết định số 2034/QĐ-UBND ngày 10/9/2021, chuyển sang giao ban trực tuyến với các xã, thị trấn. Thực hiện Kế hoạch số 88/KH-UBND ngày 02/6/2023 về tuyển dụng công chức cấp xã năm 2023, đã tuyển dụng 14 công chức. Huyện được giao 90 biên chế công chức, có mặt 88 người; đã cử 214 lượt cán bộ, công chức đi đào tạo, bồi dưỡng.

5. Cải cách tài chính công

Thực hiện Kế hoạch số 95/KH-UBND ngày 16/6/2023 về thực hành tiết kiệm, chống lãng phí năm 2023, tiết kiệm chi thường xuyên 1,26 tỷ đồng.

6. Xây dựng chính quyền điện tử, chính quyền số

Ủy ban nhân dân huyện ban hành Kế hoạch số 41/KH-UBND ngày 10/3/2023 về chuyển đổi số năm 2023. Tỷ lệ văn bản đi được ký số đạt 91%.

III. SỐ LIỆU SO VỚI KẾ HOẠCH NĂM 2023
"""
BC_245_TABLE = [
    ["Chỉ tiêu", "Kế hoạch năm 2023", "Thực hiện năm 2023"],
    ["Nhiệm vụ hoàn thành", "35", "34 (97,1%)"],
    ["Thủ tục trực tuyến toàn trình", "từ 45%", "131/275 thủ tục (47,6%)"],
    ["Hồ sơ trực tuyến", "từ 35%", "6.190/15.870 hồ sơ (39,0%)"],
    ["Hồ sơ giải quyết đúng hạn", "từ 98,5%", "15.712 hồ sơ (99,00%)"],
    ["Đơn vị được kiểm tra", "08", "08"],
    ["Tin, bài tuyên truyền", "45", "52"],
    ["Lượt cán bộ, công chức được bồi dưỡng", "200", "214"],
    ["Văn bản đi được ký số", "từ 90%", "91%"],
]
BC_245_AFTER = (
    """IV. TỒN TẠI, HẠN CHẾ

Còn 158 hồ sơ trễ hạn, chủ yếu lĩnh vực đất đai; 01 nhiệm vụ chưa hoàn thành (quy định mới về chức năng, nhiệm vụ của Phòng Nội vụ); Bộ phận Một cửa huyện tiếp nhận rất ít hồ sơ vào sáng thứ Bảy.

V. PHƯƠNG HƯỚNG NĂM 2024

Bãi bỏ việc tiếp nhận hồ sơ vào sáng thứ Bảy tại Bộ phận Một cửa huyện; ban hành quy định mới về chức năng, nhiệm vụ của Phòng Nội vụ; nâng tỷ lệ hồ sơ trực tuyến.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ;
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT, NV.
"""
    + UBND_VICE
)

TTR_71_HEAD = head(
    "71/TTr-PNV",
    "ngày 18 tháng 12 năm 2023",
    "TỜ TRÌNH",
    "Đề nghị ban hành Kế hoạch cải cách hành chính năm 2024 của Ủy ban nhân dân huyện",
    PNV,
)
TTR_71_BODY = """
Kính gửi: Ủy ban nhân dân huyện Đông Sơn.

Căn cứ Kế hoạch số 156/KH-UBND ngày 18/10/2021 của Ủy ban nhân dân huyện về cải cách hành chính nhà nước huyện Đông Sơn giai đoạn 2021 - 2025 và kết quả năm 2023 tại Báo cáo số 245/BC-UBND ngày 15/12/2023 của Ủy ban nhân dân huyện, Phòng Nội vụ kính trình Ủy ban nhân dân huyện xem xét, ban hành Kế hoạch cải cách hành chính năm 2024 với 36 nhiệm vụ, phân theo lĩnh vực như sau:
"""
TTR_71_TABLE = [
    ["STT", "Lĩnh vực", "Số nhiệm vụ"],
    ["1", "Chỉ đạo, điều hành", "6"],
    ["2", "Cải cách thể chế", "3"],
    ["3", "Cải cách thủ tục hành chính", "7"],
    ["4", "Cải cách tổ chức bộ máy", "4"],
    ["5", "Cải cách chế độ công vụ", "5"],
    ["6", "Cải cách tài chính công", "3"],
    ["7", "Xây dựng chính quyền điện tử, chính quyền số", "8"],
    ["", "Tổng cộng", "36"],
]
TTR_71_AFTER = (
    """Trong lĩnh vực thủ tục hành chính, Phòng Nội vụ đề xuất bãi bỏ việc tiếp nhận hồ sơ vào sáng thứ Bảy tại Điều 9 Quy chế hoạt động của Bộ phận Một cửa huyện ban hành kèm theo Quyết định số 420/QĐ-UBND ngày 28/3/2022 của Ủy ban nhân dân huyện, do lượng hồ sơ thấp và người dân đã nộp trực tuyến; đồng thời xây dựng Quy chế mới của Bộ phận Một cửa trong năm 2024.

Hồ sơ kèm theo: dự thảo Kế hoạch; ý kiến góp ý của các cơ quan chuyên môn.

Phòng Nội vụ kính trình Ủy ban nhân dân huyện xem xét, quyết định./.

Nơi nhận:
- Như trên;
- Lưu: VT, NV.
"""
    + HEAD
)

MID = (
    Sample(
        "kh-11-2023-cchc-nam-2023.pdf",
        "pdf",
        (KH_11,),
        title="Kế hoạch CCHC năm 2023 (MẪU, hư cấu)",
    ),
    Sample("qd-15-2023-ke-hoach-kiem-tra-cchc.txt", "txt", (QD_15,)),
    Sample(
        "qd-236-2023-bo-tieu-chi-chi-so-cchc-cap-xa.docx",
        "docx",
        (QD_236_HEAD, QD_236_BODY),
        table=QD_236_TABLE,
        after=QD_236_AFTER,
        title="Bộ tiêu chí Chỉ số CCHC cấp xã (MẪU, hư cấu)",
    ),
    Sample(
        "qd-734-2023-kien-toan-ban-chi-dao-cchc.pdf",
        "pdf",
        (QD_734,),
        title="Quyết định 734/QĐ-UBND kiện toàn Ban Chỉ đạo CCHC (MẪU, hư cấu)",
    ),
    Sample("tb-96-2023-ket-luan-ban-chi-dao-cchc.txt", "txt", (TB_96,)),
    Sample("qd-1108-2023-sua-doi-quy-che-lam-viec.txt", "txt", (QD_1108,)),
    Sample(
        "bc-245-2023-ket-qua-cchc-nam-2023.docx",
        "docx",
        (BC_245_HEAD, BC_245_BODY),
        table=BC_245_TABLE,
        after=BC_245_AFTER,
        title="Báo cáo CCHC năm 2023 (MẪU, hư cấu)",
    ),
    Sample(
        "ttr-71-2023-pnv-de-nghi-ke-hoach-cchc-2024.docx",
        "docx",
        (TTR_71_HEAD, TTR_71_BODY),
        table=TTR_71_TABLE,
        after=TTR_71_AFTER,
        title="Tờ trình 71/TTr-PNV (MẪU, hư cấu)",
    ),
)
