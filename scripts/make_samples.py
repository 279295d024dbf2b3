"""Write the sample corpus: documents of a FICTIONAL agency, marked as samples.

The Sở Khoa học và Công nghệ tỉnh Hòa An does not exist; every document says it
is a sample without legal value. A multi-year archive, 2020–2024: the original
seven documents are here, the others in ``samples_early.py``, ``samples_2024.py``
and ``samples_reports.py`` (facts: ``bench/data/sample_archive_truth.json``).
Formats: PDFs (fpdf2, DejaVu Sans), DOCX with a table (python-docx), the rest
plain UTF-8 text. Output is
deterministic: fixed dates in the PDF and DOCX metadata and fixed zip timestamps,
so re-running the script does not change the files.

Run: ``python scripts/make_samples.py [--out corpus]``
"""

# The document texts keep one paragraph per source line, as the documents do.
# ruff: noqa: E501

from __future__ import annotations

import argparse
from pathlib import Path

from sample_header import FOOTER, Sample, Style, header, write_sample
from samples_2024 import DOCS_2024
from samples_early import DOCS
from samples_reports import REPORTS

STYLE = Style(
    footer=FOOTER,
    pdf_author="Sở Khoa học và Công nghệ tỉnh Hòa An (MẪU, hư cấu)",
    docx_author="Sở KH&CN tỉnh Hòa An (MẪU)",
    tool="make_samples.py",
)


QD_15 = (
    header(
        "15/QĐ-SKHCN",
        "ngày 12 tháng 3 năm 2023",
        "QUYẾT ĐỊNH",
        "Về việc sắp xếp, kiện toàn cơ cấu tổ chức các phòng chuyên môn thuộc Sở Khoa học và Công nghệ",
    )
    + """
GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÒA AN

Căn cứ Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương;

Căn cứ Quyết định số 356/QĐ-UBND ngày 02/3/2023 của UBND tỉnh Hòa An phê duyệt phương án sắp xếp các phòng chuyên môn thuộc Sở Khoa học và Công nghệ;

Xét Tờ trình số 31/TTr-SKHCN ngày 20/02/2023 của Sở Khoa học và Công nghệ và theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Sắp xếp các phòng chuyên môn

1. Hợp nhất Phòng Quản lý khoa học và Phòng Quản lý công nghệ thành Phòng Quản lý khoa học và công nghệ. Phòng mới kế thừa toàn bộ chức năng, nhiệm vụ, hồ sơ và tài liệu của hai phòng trước khi hợp nhất.

2. Giữ nguyên Văn phòng Sở, Thanh tra Sở và Phòng Quản lý chuyên ngành; điều chỉnh nhiệm vụ của Văn phòng Sở để bảo đảm đầu mối thống nhất về công tác cải cách hành chính.

3. Sau khi sắp xếp, Sở Khoa học và Công nghệ có 04 phòng chuyên môn, giảm 01 phòng so với trước ngày Quyết định này có hiệu lực.

Điều 2. Chức năng, nhiệm vụ của Phòng Quản lý khoa học và công nghệ

1. Tham mưu quản lý hoạt động nghiên cứu khoa học, phát triển công nghệ và đổi mới sáng tạo trên địa bàn tỉnh.

2. Nhiệm vụ cụ thể gồm:

a) Tổ chức xác định, tuyển chọn, giao trực tiếp và đánh giá nghiệm thu các nhiệm vụ khoa học và công nghệ cấp tỉnh;

b) Quản lý hoạt động chuyển giao công nghệ, thẩm định công nghệ các dự án đầu tư theo quy định;

c) Theo dõi, tổng hợp kết quả ứng dụng các nhiệm vụ khoa học và công nghệ sau nghiệm thu;

d) Thực hiện các thủ tục hành chính thuộc lĩnh vực được giao tại Bộ phận Một cửa của Sở theo Quy chế ban hành kèm theo Quyết định số 118/QĐ-SKHCN ngày 15/9/2022.

Điều 3. Nhân sự và biên chế

1. Công chức của hai phòng hợp nhất được bố trí vào Phòng Quản lý khoa học và công nghệ; việc bố trí bảo đảm đúng vị trí việc làm đã được phê duyệt.

2. Trưởng phòng, Phó Trưởng phòng của phòng mới do Giám đốc Sở bổ nhiệm theo quy định phân cấp quản lý cán bộ của tỉnh. Trong thời gian chưa bổ nhiệm, Phó Giám đốc phụ trách trực tiếp điều hành hoạt động của phòng.

3. Tổng số biên chế công chức của Sở không thay đổi; số lãnh đạo cấp phòng giảm dần theo lộ trình đến hết năm 2025.

Điều 4. Tổ chức thực hiện

1. Văn phòng Sở chủ trì, phối hợp với các phòng liên quan bàn giao hồ sơ, tài liệu, tài sản và con dấu (nếu có) trước ngày 31/3/2023.

2. Các phòng chuyên môn rà soát, cập nhật danh mục thủ tục hành chính, quy trình nội bộ giải quyết thủ tục hành chính và hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 phù hợp với cơ cấu tổ chức mới.

3. Việc soạn thảo, ban hành và quản lý văn bản của phòng mới thực hiện theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.

Điều 5. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày 01/4/2023. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn, Chánh Thanh tra Sở và công chức, người lao động có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 5;
- UBND tỉnh (để báo cáo);
- Sở Nội vụ;
- Lưu: VT, VP.

GIÁM ĐỐC

Trần Minh Khang
"""
)

QD_42 = (
    header(
        "42/QĐ-SKHCN",
        "ngày 20 tháng 4 năm 2023",
        "QUYẾT ĐỊNH",
        "Về việc phê duyệt Kế hoạch kiểm tra công tác cải cách hành chính năm 2023",
    )
    + """
GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÒA AN

Căn cứ Kế hoạch số 09/KH-SKHCN ngày 05/01/2023 của Sở Khoa học và Công nghệ về cải cách hành chính năm 2023;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Kế hoạch kiểm tra công tác cải cách hành chính năm 2023 của Sở Khoa học và Công nghệ (kèm theo Quyết định này), gồm các nội dung chính sau:

1. Đối tượng kiểm tra: 04 phòng chuyên môn và 02 đơn vị sự nghiệp công lập trực thuộc Sở.

2. Nội dung kiểm tra:

a) Việc ban hành và thực hiện kế hoạch cải cách hành chính của đơn vị;

b) Việc giải quyết thủ tục hành chính, tỷ lệ hồ sơ đúng hạn và trễ hạn;

c) Việc thực hiện quy chế văn hóa công sở, kỷ luật, kỷ cương hành chính.

3. Thời gian kiểm tra: từ tháng 6 đến tháng 10 năm 2023.

Điều 2. Giao Văn phòng Sở chủ trì tổ chức thực hiện Kế hoạch, tổng hợp kết quả và báo cáo Giám đốc Sở trước ngày 15/11/2023.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng các phòng, Thủ trưởng các đơn vị trực thuộc chịu trách nhiệm thi hành Quyết định này./.

GIÁM ĐỐC

Trần Minh Khang
"""
)

QD_118 = (
    header(
        "118/QĐ-SKHCN",
        "ngày 15 tháng 9 năm 2022",
        "QUYẾT ĐỊNH",
        "Về việc ban hành Quy chế hoạt động của Bộ phận Một cửa Sở Khoa học và Công nghệ",
    )
    + """
GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÒA AN

Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;

Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;

Theo đề nghị của Chánh Văn phòng Sở.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Bộ phận Một cửa Sở Khoa học và Công nghệ tỉnh Hòa An.

Điều 2. Nguyên tắc hoạt động của Bộ phận Một cửa

1. Lấy sự hài lòng của tổ chức, cá nhân làm thước đo chất lượng và hiệu quả phục vụ.

2. Giải quyết thủ tục hành chính kịp thời, nhanh chóng, thuận tiện, đúng pháp luật, công bằng, công khai, minh bạch.

3. Không làm phát sinh chi phí ngoài quy định cho tổ chức, cá nhân.

Điều 3. Quyết định này có hiệu lực kể từ ngày 01/10/2022 và thay thế các quy định trước đây trái với Quyết định này. Chánh Văn phòng Sở và các phòng liên quan chịu trách nhiệm thi hành./.

GIÁM ĐỐC

Trần Minh Khang
"""
)

CV_245 = (
    header(
        "245/SKHCN-VP",
        "ngày 10 tháng 5 năm 2023",
        "",
        "V/v triển khai Kế hoạch kiểm tra công tác cải cách hành chính năm 2023",
    )
    + """
Kính gửi:
- Các phòng chuyên môn thuộc Sở;
- Trung tâm Ứng dụng tiến bộ khoa học và công nghệ;
- Trung tâm Kỹ thuật tiêu chuẩn đo lường chất lượng.

Thực hiện Quyết định số 42/QĐ-SKHCN ngày 20/4/2023 của Giám đốc Sở phê duyệt Kế hoạch kiểm tra công tác cải cách hành chính năm 2023, Sở Khoa học và Công nghệ đề nghị các đơn vị:

1. Tự kiểm tra công tác cải cách hành chính tại đơn vị và gửi báo cáo tự kiểm tra về Văn phòng Sở trước ngày 31/5/2023.

2. Chuẩn bị hồ sơ, tài liệu minh chứng theo các nội dung kiểm tra; bố trí lãnh đạo đơn vị làm việc với Đoàn kiểm tra theo lịch được thông báo.

3. Cập nhật quy trình nội bộ giải quyết thủ tục hành chính sau khi sắp xếp tổ chức theo Quyết định số 15/QĐ-SKHCN ngày 12/3/2023.

Đề nghị các đơn vị nghiêm túc triển khai thực hiện./.

TL. GIÁM ĐỐC
CHÁNH VĂN PHÒNG

Lê Thị Hạnh
"""
)

TTR_31 = (
    header(
        "31/TTr-SKHCN",
        "ngày 20 tháng 02 năm 2023",
        "TỜ TRÌNH",
        "Về việc đề nghị phê duyệt phương án sắp xếp các phòng chuyên môn thuộc Sở",
    )
    + """
Kính gửi: Ủy ban nhân dân tỉnh Hòa An.

Căn cứ Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ; thực hiện Kế hoạch số 09/KH-SKHCN ngày 05/01/2023 về cải cách hành chính năm 2023, Sở Khoa học và Công nghệ kính trình UBND tỉnh xem xét, phê duyệt phương án sắp xếp các phòng chuyên môn như sau:

I. SỰ CẦN THIẾT

Hiện nay Sở có 05 phòng chuyên môn, trong đó chức năng của Phòng Quản lý khoa học và Phòng Quản lý công nghệ còn chồng chéo, chưa đáp ứng yêu cầu tinh gọn bộ máy theo chủ trương chung.

II. PHƯƠNG ÁN SẮP XẾP

1. Hợp nhất Phòng Quản lý khoa học và Phòng Quản lý công nghệ thành Phòng Quản lý khoa học và công nghệ.

2. Giữ nguyên Văn phòng Sở, Thanh tra Sở và Phòng Quản lý chuyên ngành.

III. KIẾN NGHỊ

Sở Khoa học và Công nghệ kính đề nghị UBND tỉnh xem xét, phê duyệt để Sở có cơ sở ban hành quyết định sắp xếp trong tháng 3 năm 2023./.

GIÁM ĐỐC

Trần Minh Khang
"""
)

KH_09_HEAD = header(
    "09/KH-SKHCN", "ngày 05 tháng 01 năm 2023", "KẾ HOẠCH", "Cải cách hành chính năm 2023"
)
KH_09_BODY = """Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030, Sở Khoa học và Công nghệ ban hành Kế hoạch cải cách hành chính năm 2023 như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

Triển khai đồng bộ các nhiệm vụ cải cách hành chính; nâng cao chỉ số cải cách hành chính và mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của Sở.

2. Yêu cầu

Nhiệm vụ phải cụ thể, có sản phẩm, thời hạn hoàn thành và đơn vị chịu trách nhiệm.

II. NHIỆM VỤ TRỌNG TÂM

1. Cải cách tổ chức bộ máy

a) Xây dựng phương án sắp xếp các phòng chuyên môn theo Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ, trình UBND tỉnh trong quý I năm 2023.

b) Rà soát vị trí việc làm, cơ cấu ngạch công chức sau sắp xếp.

2. Cải cách thủ tục hành chính

a) Rà soát, đơn giản hóa ít nhất 05 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở.

b) Kiểm tra việc giải quyết thủ tục hành chính tại Bộ phận Một cửa.

3. Hiện đại hóa nền hành chính

Thực hiện quản lý văn bản điện tử theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.

III. PHÂN CÔNG THỰC HIỆN

Các nhiệm vụ cụ thể được phân công theo bảng sau:"""
KH_09_TABLE = [
    ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"],
    ["1", "Trình phương án sắp xếp các phòng chuyên môn", "Văn phòng Sở", "Quý I/2023"],
    ["2", "Ban hành kế hoạch kiểm tra cải cách hành chính", "Văn phòng Sở", "Tháng 4/2023"],
    ["3", "Rà soát, đơn giản hóa thủ tục hành chính", "Các phòng chuyên môn", "Tháng 9/2023"],
    ["4", "Báo cáo kết quả cải cách hành chính năm 2023", "Văn phòng Sở", "Tháng 12/2023"],
]
KH_09_END = """IV. TỔ CHỨC THỰC HIỆN

Văn phòng Sở là đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; báo cáo Giám đốc Sở định kỳ hằng quý.

GIÁM ĐỐC

Trần Minh Khang"""


ORIGINAL = (
    Sample("qd-15-2023-sap-xep-to-chuc.pdf", "pdf", (QD_15,), title="Quyết định 15/QĐ-SKHCN (MẪU)"),
    Sample(
        "ke-hoach-09-2023-cchc.docx",
        "docx",
        (KH_09_HEAD, KH_09_BODY),
        table=KH_09_TABLE,
        after=KH_09_END,
        title="Kế hoạch 09/KH-SKHCN (MẪU)",
    ),
    Sample("qd-42-2023-phe-duyet-ke-hoach-kiem-tra.txt", "txt", (QD_42,)),
    Sample("qd-118-2022-quy-che-mot-cua.txt", "txt", (QD_118,)),
    Sample("cong-van-245-2023-trien-khai-kiem-tra.txt", "txt", (CV_245,)),
    Sample("to-trinh-31-2023-phuong-an-sap-xep.txt", "txt", (TTR_31,)),
)
# Every sample, oldest first within each module; the file names say the year.
SAMPLES = ORIGINAL + DOCS + REPORTS + DOCS_2024


def main(argv: list[str] | None = None) -> None:
    """Write every sample document into the output folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "corpus")
    out = parser.parse_args(argv).out
    out.mkdir(parents=True, exist_ok=True)
    for sample in SAMPLES:
        write_sample(out, sample, STYLE)
    print(f"wrote {len(SAMPLES)} sample documents to {out}")


if __name__ == "__main__":
    main()
