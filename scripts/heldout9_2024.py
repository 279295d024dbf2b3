"""Ninth held-out archive, 2024: Sở Lao động - Thương binh và Xã hội of the fictional tỉnh
Hưng Lĩnh. Do not tune on it.

The year's plan; the inspection plan; one clause of the Quy chế on procedures at the
provincial service centre amended (from signing); the 6-month report (which alone tells
that the 2022 Quy chế chi tiêu nội bộ was replaced); the Quy chế on digitising dossiers;
the annual report, whose figures differ from the half-year's for every measure. Facts:
``bench/data/heldout9_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout9_early import DEPUTY, NEW_DIRECTOR, head
from sample_header import Sample

KH_09 = (
    head(
        "09/KH-SLĐTBXH",
        "ngày 10 tháng 01 năm 2024",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2024",
    )
    + """
Thực hiện Kế hoạch số 05/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2024, Sở Lao động - Thương binh và Xã hội ban hành Kế hoạch cải cách hành chính năm 2024 như sau:

I. CHỈ TIÊU NĂM 2024

1. Hoàn thành 34 nhiệm vụ của Kế hoạch; đưa Chỉ số cải cách hành chính của Sở vào nhóm 05 sở, ban, ngành dẫn đầu.

2. Tỷ lệ thủ tục hành chính trực tuyến toàn trình đạt từ 55% trở lên; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt từ 65% trở lên; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 99,8% trở lên; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt từ 80% trở lên.

3. Kiểm tra công tác cải cách hành chính tại 06 đơn vị; đăng ít nhất 32 tin, bài tuyên truyền.

4. Cử 90 lượt công chức, viên chức đi bồi dưỡng; tỷ lệ văn bản đi được ký số đạt từ 97% trở lên.

II. NHIỆM VỤ

1. Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2024 trong tháng 02.

2. Sửa đổi quy định về thời gian chuyển hồ sơ giấy tại Quy chế phối hợp ban hành kèm theo Quyết định số 402/QĐ-SLĐTBXH ngày 12/7/2022.

3. Ban hành quy chế số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của Sở.

4. Chi trả trợ cấp ưu đãi người có công, trợ cấp xã hội hằng tháng qua tài khoản đạt từ 70% số người hưởng.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, tổng hợp; báo cáo 6 tháng trước ngày 20/6/2024, báo cáo năm trước ngày 15/12/2024.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
)

KH_62 = (
    head(
        "62/KH-SLĐTBXH",
        "ngày 27 tháng 02 năm 2024",
        "KẾ HOẠCH",
        "Kiểm tra công tác cải cách hành chính năm 2024",
    )
    + """
Thực hiện Kế hoạch số 09/KH-SLĐTBXH ngày 10/01/2024 của Sở về cải cách hành chính năm 2024, Sở Lao động - Thương binh và Xã hội ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2024 như sau:

I. MỤC ĐÍCH, YÊU CẦU

Đánh giá việc giải quyết thủ tục hành chính, việc niêm yết, công khai và việc tiếp nhận hồ sơ trực tuyến tại các đơn vị; kịp thời chấn chỉnh hồ sơ trễ hạn, hồ sơ yêu cầu bổ sung nhiều lần.

II. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA

Kiểm tra 06 đơn vị:

1. Phòng Lao động - Thương binh và Xã hội huyện Tân Hưng (tháng 4/2024).

2. Phòng Lao động - Thương binh và Xã hội huyện Lĩnh Bắc (tháng 5/2024).

3. Trung tâm Dịch vụ việc làm tỉnh (tháng 6/2024).

4. Trung tâm Bảo trợ xã hội tỉnh (tháng 8/2024).

5. Phòng Lao động - Thương binh và Xã hội thị xã Hưng Phú (tháng 9/2024).

6. Cơ sở cai nghiện ma túy tỉnh (tháng 10/2024).

III. NỘI DUNG KIỂM TRA

Việc thực hiện thủ tục hành chính về trợ cấp thất nghiệp, chế độ người có công, trợ giúp xã hội; việc số hóa hồ sơ; việc chi trả qua tài khoản; việc thực hiện Quy chế làm việc của Sở đối với các đơn vị trực thuộc.

IV. TỔ CHỨC THỰC HIỆN

Đoàn kiểm tra do Phó Giám đốc Sở làm Trưởng đoàn; Văn phòng Sở là thường trực; kết quả được thông báo bằng văn bản sau mỗi đợt kiểm tra.

Nơi nhận:
- Các đơn vị được kiểm tra;
- Ban Giám đốc Sở;
- Lưu: VT, VP.
"""
    + DEPUTY
)

QD_277 = (
    head(
        "277/QĐ-SLĐTBXH",
        "ngày 05 tháng 4 năm 2024",
        "QUYẾT ĐỊNH",
        "Sửa đổi điểm b khoản 1 Điều 6 Quy chế phối hợp tiếp nhận, giải quyết thủ tục hành chính của Sở Lao động - Thương binh và Xã hội tại Trung tâm Phục vụ hành chính công tỉnh ban hành kèm theo Quyết định số 402/QĐ-SLĐTBXH ngày 12/7/2022",
    )
    + """
GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HƯNG LĨNH

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Căn cứ Quyết định số 09/2022/QĐ-UBND ngày 25/3/2022 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Lao động - Thương binh và Xã hội tỉnh Hưng Lĩnh;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Sửa đổi điểm b khoản 1 Điều 6 Quy chế phối hợp tiếp nhận, giải quyết thủ tục hành chính của Sở Lao động - Thương binh và Xã hội tại Trung tâm Phục vụ hành chính công tỉnh ban hành kèm theo Quyết định số 402/QĐ-SLĐTBXH ngày 12/7/2022 của Giám đốc Sở như sau:

"b) Hồ sơ nộp trực tiếp hoặc qua bưu chính: được số hóa ngay khi tiếp nhận và chuyển trên Hệ thống; bản giấy được chuyển về Sở hai lần trong ngày, chậm nhất 10 giờ 30 phút và 16 giờ 00 phút."

Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Các quy định khác của Quy chế giữ nguyên.

Điều 3. Chánh Văn phòng, Trưởng các phòng có thủ tục hành chính và công chức làm việc tại Trung tâm Phục vụ hành chính công tỉnh chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
)

BC_176_HEAD = head(
    "176/BC-SLĐTBXH",
    "ngày 21 tháng 6 năm 2024",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024",
)
BC_176_BODY = """
Thực hiện Kế hoạch số 09/KH-SLĐTBXH ngày 10/01/2024 của Sở về cải cách hành chính năm 2024, Sở Lao động - Thương binh và Xã hội báo cáo kết quả 6 tháng đầu năm 2024 (số liệu đến ngày 15/6/2024) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2024 có 34 nhiệm vụ; đến ngày 15/6/2024 đã hoàn thành 15/34 nhiệm vụ, các nhiệm vụ còn lại đúng tiến độ.

2. Theo Quyết định số 701/QĐ-UBND ngày 19/4/2024 của Ủy ban nhân dân tỉnh công bố Chỉ số cải cách hành chính năm 2023, Sở đạt 86,02 điểm, xếp thứ 6/20 sở, ban, ngành.

3. Thực hiện Kế hoạch số 62/KH-SLĐTBXH ngày 27/02/2024, đã kiểm tra 02 đơn vị (Phòng Lao động - Thương binh và Xã hội huyện Tân Hưng, huyện Lĩnh Bắc); đã đăng 14 tin, bài tuyên truyền.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thủ tục hành chính: Quyết định số 277/QĐ-SLĐTBXH ngày 05/4/2024 của Giám đốc Sở sửa đổi điểm b khoản 1 Điều 6 Quy chế phối hợp ban hành kèm theo Quyết định số 402/QĐ-SLĐTBXH, có hiệu lực từ ngày ký; hồ sơ giấy được số hóa ngay khi tiếp nhận. Sở có 121 thủ tục hành chính, trong đó 61 thủ tục trực tuyến toàn trình.

2. Cải cách chế độ công vụ: đã cử 36 lượt công chức, viên chức đi bồi dưỡng.

3. Cải cách tài chính công: Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định số 86/QĐ-SLĐTBXH ngày 15/02/2022 đã được thay thế bằng Quyết định số 95/QĐ-SLĐTBXH ngày 26/02/2024 ban hành Quy chế chi tiêu nội bộ và quản lý, sử dụng tài sản công; chi trả trợ cấp qua tài khoản đạt 66% số người hưởng.

4. Chính quyền số: tỷ lệ văn bản đi được ký số đạt 96%.

Số liệu giải quyết thủ tục hành chính 6 tháng đầu năm 2024:
"""
BC_176_TABLE = [
    ["Nội dung", "6 tháng đầu năm 2024"],
    ["Hồ sơ tiếp nhận", "11.352"],
    ["Trong đó hồ sơ trực tuyến", "7.038 (62,0%)"],
    ["Hồ sơ giải quyết đúng hạn", "11.340 (99,89%)"],
    ["Hồ sơ trễ hạn", "12"],
]
BC_176_AFTER = (
    """III. NHIỆM VỤ 6 THÁNG CUỐI NĂM

Ban hành quy chế số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trong tháng 8/2024; kiểm tra 04 đơn vị còn lại theo Kế hoạch số 62/KH-SLĐTBXH.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ;
- Lưu: VT, VP.
"""
    + DEPUTY
)

QD_514 = (
    head(
        "514/QĐ-SLĐTBXH",
        "ngày 19 tháng 8 năm 2024",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Sở Lao động - Thương binh và Xã hội",
    )
    + """
GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HƯNG LĨNH

Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;

Căn cứ Kế hoạch số 09/KH-SLĐTBXH ngày 10/01/2024 của Sở về cải cách hành chính năm 2024;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Sở Lao động - Thương binh và Xã hội.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Trưởng các phòng có thủ tục hành chính, công chức tiếp nhận hồ sơ và văn thư cơ quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
    + """
QUY CHẾ
Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính

Điều 3. Phạm vi số hóa

Toàn bộ hồ sơ nộp trực tiếp, qua bưu chính và kết quả giải quyết thủ tục hành chính về lao động, việc làm, người có công, bảo trợ xã hội được số hóa, ký số và lưu trên kho dữ liệu của tỉnh.

Điều 6. Tái sử dụng dữ liệu

Giấy tờ, kết quả đã được số hóa còn hiệu lực không yêu cầu tổ chức, cá nhân nộp lại khi thực hiện thủ tục khác.
"""
)

BC_327 = (
    head(
        "327/BC-SLĐTBXH",
        "ngày 13 tháng 12 năm 2024",
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính năm 2024",
    )
    + """
Thực hiện Kế hoạch số 09/KH-SLĐTBXH ngày 10/01/2024 của Sở Lao động - Thương binh và Xã hội về cải cách hành chính năm 2024, Sở báo cáo kết quả năm 2024 (số liệu đến ngày 30/11/2024) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2024 có 34 nhiệm vụ; đã hoàn thành 34/34 nhiệm vụ (100%).

2. Chỉ số cải cách hành chính năm 2023 của Sở theo Quyết định số 701/QĐ-UBND ngày 19/4/2024 của Ủy ban nhân dân tỉnh đạt 86,02 điểm, xếp thứ 6/20 sở, ban, ngành.

3. Thực hiện Kế hoạch số 62/KH-SLĐTBXH ngày 27/02/2024 về kiểm tra công tác cải cách hành chính năm 2024, đã kiểm tra đủ 06 đơn vị; đã đăng 33 tin, bài tuyên truyền.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thủ tục hành chính

Quy chế phối hợp tại Trung tâm Phục vụ hành chính công tỉnh ban hành kèm theo Quyết định số 402/QĐ-SLĐTBXH ngày 12/7/2022 đã được sửa đổi điểm b khoản 1 Điều 6 tại Quyết định số 277/QĐ-SLĐTBXH ngày 05/4/2024. Sở có 123 thủ tục hành chính, trong đó 70 thủ tục trực tuyến toàn trình (56,9%). Năm 2024 tiếp nhận 23.514 hồ sơ, trong đó 16.225 hồ sơ trực tuyến (69,0%); giải quyết đúng hạn 23.497 hồ sơ (99,93%), trễ hạn 17 hồ sơ.

2. Cải cách chế độ công vụ

Sở thực hiện Quy chế làm việc ban hành kèm theo Quyết định số 812/QĐ-SLĐTBXH ngày 20/10/2023. Đã cử 94 lượt công chức, viên chức đi bồi dưỡng.

3. Cải cách tài chính công

Tiết kiệm chi thường xuyên 815 triệu đồng; chi trả trợ cấp ưu đãi người có công, trợ cấp xã hội hằng tháng qua tài khoản đạt 74% số người hưởng.

4. Xây dựng chính quyền số

Ngày 19/8/2024, Giám đốc Sở ban hành Quyết định số 514/QĐ-SLĐTBXH về Quy chế số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; tỷ lệ số hóa hồ sơ, kết quả đạt 86,5%. Tỷ lệ văn bản đi được ký số đạt 98%.

III. PHƯƠNG HƯỚNG NĂM 2025

Thực hiện Kế hoạch số 211/KH-UBND ngày 10/12/2024 của Ủy ban nhân dân tỉnh về sắp xếp, tinh gọn tổ chức bộ máy các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh; bảo đảm việc tiếp nhận, giải quyết thủ tục hành chính không bị gián đoạn trong quá trình sắp xếp.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ;
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
)

MID = (
    Sample("KHCCHC2024_final.pdf", "pdf", (KH_09,), title="KHCCHC2024_final (MẪU, hư cấu)"),
    Sample("kh kiem tra 2024.txt", "txt", (KH_62,)),
    Sample("tailieu_09.txt", "txt", (QD_277,)),
    Sample(
        "Bao cao 6 thang dau nam 2024.docx",
        "docx",
        (BC_176_HEAD, BC_176_BODY),
        table=BC_176_TABLE,
        after=BC_176_AFTER,
        title="Báo cáo CCHC 6 tháng đầu năm 2024 (MẪU, hư cấu)",
    ),
    Sample(
        "quy che so hoa [ban ky].pdf",
        "pdf",
        (QD_514,),
        title="Quy chế số hóa hồ sơ TTHC (MẪU, hư cấu)",
    ),
    Sample(
        "Bao cao CCHC 2024.pdf",
        "pdf",
        (BC_327,),
        title="Báo cáo CCHC năm 2024 (MẪU, hư cấu)",
    ),
)
