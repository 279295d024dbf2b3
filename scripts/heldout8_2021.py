"""Eighth held-out archive, 2021: Sở Giáo dục và Đào tạo of the fictional tỉnh Bắc Hòa. Do not
tune on it.

The year's plan (the old Giám đốc's last); the UBND tỉnh's regulation ``12/2021/QĐ-UBND`` on
the Sở's functions (effective after signing, replacing a cited-only 2016 regulation); the
new Giám đốc's Quy chế làm việc (replacing the 2019 one whole) and Steering Committee (the
very same title as the 2019 decision, replacing it); the Sở's decision on its offices'
functions; a Chỉ thị of the Chủ tịch UBND tỉnh declaring an earlier Chỉ thị "hết hiệu
lực"; the 2021 – 2025 plan and the annual report (which alone tells that the 2020 Hướng dẫn
was replaced). Facts: ``bench/data/heldout8_archive_truth.json``.
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

from heldout8_early import CHAIRMAN, DEPUTY, DIRECTOR, NEW_DIRECTOR, UBND, UBND_VICE, head
from sample_header import Sample

QD_12_2021 = (
    head(
        "12/2021/QĐ-UBND",
        "ngày 05 tháng 4 năm 2021",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo tỉnh Bắc Hòa",
        UBND,
    )
    + """
ỦY BAN NHÂN DÂN TỈNH BẮC HÒA

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương; Nghị định số 107/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP;

Căn cứ Thông tư số 12/2020/TT-BGDĐT ngày 22 tháng 5 năm 2020 của Bộ trưởng Bộ Giáo dục và Đào tạo hướng dẫn chức năng, nhiệm vụ, quyền hạn của Sở Giáo dục và Đào tạo thuộc Ủy ban nhân dân cấp tỉnh;

Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 58/TTr-SGDĐT ngày 24/11/2020 và Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng

Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên và giáo dục nghề nghiệp trong trường sư phạm.

Điều 3. Cơ cấu tổ chức

Lãnh đạo Sở gồm Giám đốc và không quá 03 Phó Giám đốc. Các tổ chức tham mưu, tổng hợp và chuyên môn, nghiệp vụ gồm 08 đầu mối: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học - Giáo dục thường xuyên; Phòng Khảo thí và Kiểm định chất lượng giáo dục; Phòng Giáo dục dân tộc.

Điều 5. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày 20 tháng 4 năm 2021 và thay thế Quyết định số 35/2016/QĐ-UBND ngày 18 tháng 8 năm 2016 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo tỉnh Bắc Hòa.

Điều 6. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Giáo dục và Đào tạo và Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 6;
- Bộ Giáo dục và Đào tạo;
- Cục Kiểm tra VBQPPL - Bộ Tư pháp;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
"""
    + UBND_VICE
)

KH_22 = (
    head(
        "22/KH-SGDĐT",
        "ngày 18 tháng 01 năm 2021",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2021",
    )
    + """
Thực hiện Kế hoạch số 07/KH-UBND ngày 11/01/2021 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2021, Sở Giáo dục và Đào tạo ban hành Kế hoạch cải cách hành chính năm 2021 như sau:

I. CHỈ TIÊU

1. Hoàn thành 32 nhiệm vụ; Chỉ số cải cách hành chính năm 2021 của Sở thuộc nhóm 05 sở, ban, ngành dẫn đầu.

2. Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt từ 40% trở lên; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 99% trở lên.

3. Kiểm tra công tác cải cách hành chính tại 07 đơn vị; đăng ít nhất 40 tin, bài tuyên truyền.

4. Cử 80 lượt công chức, viên chức đi bồi dưỡng; tỷ lệ văn bản đi được ký số đạt từ 85% trở lên.

II. NHIỆM VỤ

1. Ban hành kế hoạch tuyên truyền cải cách hành chính năm 2021 trong quý I.

2. Sau khi Ủy ban nhân dân tỉnh quy định lại chức năng, nhiệm vụ của Sở, quy định chức năng, nhiệm vụ của các phòng và phê duyệt vị trí việc làm.

3. Ban hành Quy chế làm việc mới của Sở.

4. Duy trì tiếp nhận hồ sơ trực tuyến và trả kết quả qua dịch vụ bưu chính công ích.

III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, đôn đốc; báo cáo Ủy ban nhân dân tỉnh theo quy định.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Các phòng thuộc Sở; Phòng GDĐT các huyện;
- Lưu: VT, VP.
"""
    + DIRECTOR
)

QD_125 = (
    head(
        "125/QĐ-SGDĐT",
        "ngày 18 tháng 3 năm 2021",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế làm việc của Sở Giáo dục và Đào tạo tỉnh Bắc Hòa",
    )
    + """
GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC HÒA

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Giáo dục và Đào tạo tỉnh Bắc Hòa.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2021 và thay thế Quyết định số 560/QĐ-SGDĐT ngày 15/7/2019 của Giám đốc Sở ban hành Quy chế làm việc của Sở Giáo dục và Đào tạo tỉnh Bắc Hòa.

Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng thuộc Sở và công chức, người lao động cơ quan Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- UBND tỉnh (b/c);
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
    + """
QUY CHẾ

Làm việc của Sở Giáo dục và Đào tạo tỉnh Bắc Hòa

Điều 4. Nguyên tắc làm việc

Sở làm việc theo chế độ thủ trưởng, đề cao trách nhiệm cá nhân; công khai, minh bạch trong giải quyết công việc của tổ chức, cá nhân, nhà trường.

Điều 15. Hội họp

1. Giám đốc Sở giao ban với các Phó Giám đốc vào sáng thứ Hai hằng tuần.

2. Họp cơ quan Sở được tổ chức trực tiếp mỗi tháng một lần vào chiều thứ Sáu của tuần cuối tháng, có Trưởng phòng Giáo dục và Đào tạo các huyện dự khi cần.

Điều 19. Văn bản điện tử

Văn bản đi, đến được xử lý trên Hệ thống quản lý văn bản và điều hành; văn bản giấy chỉ dùng khi pháp luật yêu cầu.
"""
)

QD_388 = (
    head(
        "388/QĐ-SGDĐT",
        "ngày 20 tháng 5 năm 2021",
        "QUYẾT ĐỊNH",
        "Kiện toàn Ban Chỉ đạo cải cách hành chính Sở Giáo dục và Đào tạo",
    )
    + """
GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC HÒA

Căn cứ Quyết định số 12/2021/QĐ-UBND ngày 05/4/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo tỉnh Bắc Hòa;

Xét đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Kiện toàn Ban Chỉ đạo cải cách hành chính Sở Giáo dục và Đào tạo, gồm:

1. Trưởng ban: Bà Trần Thị Bích Ngọc, Giám đốc Sở.

2. Phó Trưởng ban: Ông Lê Quang Vinh, Phó Giám đốc Sở.

3. Thành viên: Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng Tổ chức cán bộ, Kế hoạch - Tài chính, Giáo dục Mầm non - Tiểu học, Giáo dục Trung học - Giáo dục thường xuyên, Khảo thí và Kiểm định chất lượng giáo dục, Giáo dục dân tộc.

Điều 2. Ban Chỉ đạo họp định kỳ 06 tháng một lần; Văn phòng Sở là bộ phận thường trực.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 215/QĐ-SGDĐT ngày 12/3/2019 của Giám đốc Sở Giáo dục và Đào tạo.

Điều 4. Chánh Văn phòng Sở, Trưởng các phòng thuộc Sở và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Sở Nội vụ (b/c);
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
)

QD_540 = (
    head(
        "540/QĐ-SGDĐT",
        "ngày 28 tháng 6 năm 2021",
        "QUYẾT ĐỊNH",
        "Quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng, Thanh tra và các phòng chuyên môn, nghiệp vụ thuộc Sở Giáo dục và Đào tạo",
    )
    + """
GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC HÒA

Căn cứ Quyết định số 12/2021/QĐ-UBND ngày 05/4/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo tỉnh Bắc Hòa;

Xét đề nghị của Trưởng phòng Tổ chức cán bộ.

QUYẾT ĐỊNH:

Điều 1. Quy định chức năng, nhiệm vụ, quyền hạn của 08 đầu mối thuộc Sở: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học - Giáo dục thường xuyên; Phòng Khảo thí và Kiểm định chất lượng giáo dục; Phòng Giáo dục dân tộc.

Điều 2. Văn phòng Sở là đầu mối tham mưu công tác cải cách hành chính, kiểm soát thủ tục hành chính và quản lý Bộ phận Một cửa; Phòng Giáo dục Trung học - Giáo dục thường xuyên tiếp nhận nhiệm vụ của Phòng Giáo dục chuyên nghiệp - Giáo dục thường xuyên trước đây.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

Điều 4. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Sở Nội vụ;
- Lưu: VT, TCCB.
"""
    + DEPUTY
)

CT_14 = (
    head(
        "14/CT-UBND",
        "ngày 09 tháng 8 năm 2021",
        "CHỈ THỊ",
        "Về tăng cường kỷ luật, kỷ cương hành chính và đẩy mạnh cải cách hành chính trên địa bàn tỉnh Bắc Hòa",
        UBND,
    )
    + """
Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030, để khắc phục tình trạng hồ sơ trễ hạn, thái độ phục vụ chưa tốt ở một số cơ quan, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:

1. Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả cải cách hành chính của cơ quan, địa phương mình; thực hiện xin lỗi tổ chức, cá nhân khi để hồ sơ trễ hạn.

2. Không yêu cầu người dân nộp thêm giấy tờ ngoài quy định; đến hết năm 2021 tỷ lệ hồ sơ trực tuyến của mỗi sở, ngành đạt từ 50% trở lên.

3. Sở Giáo dục và Đào tạo đẩy mạnh tiếp nhận trực tuyến hồ sơ cấp bản sao văn bằng, chứng chỉ, chuyển trường của học sinh; chỉ đạo Phòng Giáo dục và Đào tạo các huyện hướng dẫn cha mẹ học sinh nộp hồ sơ tuyển sinh đầu cấp trực tuyến.

4. Sở Nội vụ theo dõi, kiểm tra việc thực hiện Chỉ thị này, tổng hợp báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.

5. Chỉ thị này có hiệu lực kể từ ngày ký. Chỉ thị số 08/CT-UBND ngày 12/4/2019 của Chủ tịch Ủy ban nhân dân tỉnh về đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân hết hiệu lực kể từ ngày Chỉ thị này có hiệu lực.

Nơi nhận:
- Văn phòng Chính phủ, Bộ Nội vụ (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Các sở, ban, ngành; UBND các huyện;
- Lưu: VT, NC.
"""
    + CHAIRMAN
)

KH_95_HEAD = head(
    "95/KH-SGDĐT",
    "ngày 12 tháng 10 năm 2021",
    "KẾ HOẠCH",
    "Cải cách hành chính giai đoạn 2021 - 2025 của Sở Giáo dục và Đào tạo",
)
KH_95_BODY = """
Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030; căn cứ Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Thực hiện Kế hoạch số 135/KH-UBND ngày 24/9/2021 của Ủy ban nhân dân tỉnh về cải cách hành chính nhà nước tỉnh Bắc Hòa giai đoạn 2021 - 2025 và Chỉ thị số 14/CT-UBND ngày 09/8/2021 của Chủ tịch Ủy ban nhân dân tỉnh, Sở Giáo dục và Đào tạo ban hành Kế hoạch cải cách hành chính giai đoạn 2021 - 2025 như sau:

I. MỤC TIÊU

Xây dựng nền hành chính ngành giáo dục phục vụ người học, cha mẹ học sinh và nhà trường; thủ tục về văn bằng, chứng chỉ, chuyển trường, tuyển sinh được giải quyết trực tuyến.

II. CHỈ TIÊU ĐẾN NĂM 2025
"""
KH_95_TABLE = [
    ["STT", "Chỉ tiêu", "Đến năm 2025"],
    ["1", "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình", "từ 80%"],
    ["2", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "từ 70%"],
    ["3", "Tỷ lệ hồ sơ giải quyết đúng hạn", "trên 99%"],
    ["4", "Mức độ hài lòng của người dân, tổ chức", "từ 90%"],
    ["5", "Thứ hạng Chỉ số cải cách hành chính của Sở", "nhóm 05 sở, ban, ngành dẫn đầu"],
    ["6", "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục được số hóa", "100%"],
]
KH_95_AFTER = (
    """III. NHIỆM VỤ

1. Cải cách thể chế: tham mưu Ủy ban nhân dân tỉnh rà soát các văn bản quy phạm pháp luật về giáo dục.

2. Cải cách thủ tục hành chính: số hóa hồ sơ tại Bộ phận Một cửa; trả kết quả qua dịch vụ bưu chính công ích.

3. Cải cách tổ chức bộ máy: sắp xếp các đơn vị sự nghiệp giáo dục công lập trực thuộc Sở.

4. Cải cách chế độ công vụ: thực hiện vị trí việc làm; bồi dưỡng kỹ năng số cho công chức.

5. Cải cách tài chính công: giao quyền tự chủ tài chính cho các trường trung học phổ thông.

6. Xây dựng chính quyền số: hoàn thiện Hệ thống quản lý văn bản và điều hành, ký số toàn bộ văn bản đi.

IV. TỔ CHỨC THỰC HIỆN

Văn phòng Sở là cơ quan thường trực, tham mưu ban hành kế hoạch cải cách hành chính hằng năm trên cơ sở Kế hoạch này.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ (b/c);
- Các phòng thuộc Sở; các đơn vị trực thuộc;
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
)

BC_305_HEAD = head(
    "305/BC-SGDĐT",
    "ngày 14 tháng 12 năm 2021",
    "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính năm 2021",
)
BC_305_BODY = """
Thực hiện Kế hoạch số 22/KH-SGDĐT ngày 18/01/2021 của Sở Giáo dục và Đào tạo về cải cách hành chính năm 2021, Sở báo cáo kết quả năm 2021 như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

1. Kế hoạch năm 2021 có 32 nhiệm vụ; đã hoàn thành 31 nhiệm vụ (96,9%). Từ ngày 01/3/2021, bà Trần Thị Bích Ngọc giữ chức Giám đốc Sở; Ban Chỉ đạo cải cách hành chính được kiện toàn tại Quyết định số 388/QĐ-SGDĐT ngày 20/5/2021, thay thế Quyết định số 215/QĐ-SGDĐT ngày 12/3/2019.

2. Thực hiện Chỉ thị số 14/CT-UBND ngày 09/8/2021 của Chủ tịch Ủy ban nhân dân tỉnh (Chỉ thị số 08/CT-UBND ngày 12/4/2019 hết hiệu lực từ ngày 09/8/2021), Sở ban hành Kế hoạch số 95/KH-SGDĐT ngày 12/10/2021 về cải cách hành chính giai đoạn 2021 - 2025.

3. Chỉ số cải cách hành chính năm 2020 của Sở theo Quyết định số 512/QĐ-UBND ngày 30/3/2021 của Ủy ban nhân dân tỉnh đạt 85,06 điểm, xếp thứ 4/19 sở, ban, ngành.

4. Đã kiểm tra 07 đơn vị; thực hiện Kế hoạch số 32/KH-SGDĐT ngày 05/02/2021 về tuyên truyền cải cách hành chính, đã đăng 45 tin, bài.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

1. Cải cách thể chế: Sở rà soát 14 văn bản quy phạm pháp luật về giáo dục do Ủy ban nhân dân tỉnh ban hành, đề nghị sửa đổi 02 văn bản.

2. Cải cách thủ tục hành chính: Hướng dẫn số 02/HD-SGDĐT ngày 20/4/2020 đã được thay thế bằng Hướng dẫn số 05/HD-SGDĐT ngày 10/9/2021 về tiếp nhận hồ sơ trực tuyến, thanh toán trực tuyến phí, lệ phí. Sở có 97 thủ tục hành chính, trong đó 64 thủ tục cung cấp dịch vụ công trực tuyến mức độ 4 (66,0%). Năm 2021 tiếp nhận 6.130 hồ sơ, trong đó 3.310 hồ sơ trực tuyến (54,0%); giải quyết đúng hạn 6.112 hồ sơ (99,71%).

3. Cải cách tổ chức bộ máy: Quyết định số 12/2021/QĐ-UBND ngày 05/4/2021 của Ủy ban nhân dân tỉnh (có hiệu lực từ ngày 20/4/2021) thay thế Quyết định số 35/2016/QĐ-UBND; Sở đã sáp nhập Phòng Giáo dục chuyên nghiệp - Giáo dục thường xuyên vào Phòng Giáo dục Trung học, ban hành Quyết định số 540/QĐ-SGDĐT ngày 28/6/2021 quy định chức năng, nhiệm vụ của các phòng và Quyết định số 781/QĐ-SGDĐT ngày 22/9/2021 phê duyệt danh mục vị trí việc làm, cơ cấu ngạch công chức của các phòng thuộc Sở sau sắp xếp.

4. Cải cách chế độ công vụ: Quyết định số 125/QĐ-SGDĐT ngày 18/3/2021 ban hành Quy chế làm việc mới, thay thế Quyết định số 560/QĐ-SGDĐT ngày 15/7/2019; đã cử 84 lượt công chức, viên chức đi bồi dưỡng.

5. Cải cách tài chính công: tiết kiệm chi thường xuyên 860 triệu đồng.

6. Xây dựng chính quyền điện tử: tiếp tục thực hiện Quy chế ban hành kèm theo Quyết định số 734/QĐ-SGDĐT; tỷ lệ văn bản đi được ký số đạt 90%.

Kết quả so với chỉ tiêu của Kế hoạch năm 2021:
"""
BC_305_TABLE = [
    ["Chỉ tiêu", "Kế hoạch năm 2021", "Kết quả năm 2021"],
    ["Nhiệm vụ hoàn thành", "32", "31"],
    ["Tỷ lệ hồ sơ trực tuyến", "từ 40%", "54,0%"],
    ["Tỷ lệ hồ sơ đúng hạn", "từ 99%", "99,71%"],
    ["Đơn vị được kiểm tra", "07", "07"],
    ["Tin, bài tuyên truyền", "40", "45"],
    ["Lượt bồi dưỡng", "80", "84"],
    ["Tỷ lệ văn bản ký số", "từ 85%", "90%"],
]
BC_305_AFTER = (
    """III. PHƯƠNG HƯỚNG NĂM 2022

Nâng tỷ lệ thủ tục trực tuyến toàn trình; sửa đổi quy định về họp cơ quan cho phù hợp với việc họp trực tuyến.

Nơi nhận:
- UBND tỉnh, Sở Nội vụ;
- Lưu: VT, VP.
"""
    + NEW_DIRECTOR
)

MID = (
    Sample(
        "qd-12-2021-qd-ubnd-chuc-nang-nhiem-vu-so-gddt.pdf",
        "pdf",
        (QD_12_2021,),
        title="Quyết định 12/2021/QĐ-UBND (MẪU, hư cấu)",
    ),
    Sample("kh-22-2021-cchc-nam-2021.txt", "txt", (KH_22,)),
    Sample("QD 125 nam 2021.docx", "docx", (QD_125,), title="QD 125 nam 2021 (MẪU, hư cấu)"),
    Sample("qd-388-2021-kien-toan-ban-chi-dao-cchc.txt", "txt", (QD_388,)),
    Sample("tailieu_07.txt", "txt", (QD_540,)),
    Sample("chi thi 14-CT-UBND.txt", "txt", (CT_14,)),
    Sample(
        "kh-95-2021-cchc-giai-doan-2021-2025.docx",
        "docx",
        (KH_95_HEAD, KH_95_BODY),
        table=KH_95_TABLE,
        after=KH_95_AFTER,
        title="Kế hoạch CCHC giai đoạn 2021 - 2025 (MẪU, hư cấu)",
    ),
    Sample(
        "BC CCHC 2021.docx",
        "docx",
        (BC_305_HEAD, BC_305_BODY),
        table=BC_305_TABLE,
        after=BC_305_AFTER,
        title="BC CCHC 2021 (MẪU, hư cấu)",
    ),
)
