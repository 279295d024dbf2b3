"""Twenty-third held-out archive: what its texts share. The Sở Khoa học và Công nghệ of tỉnh Đại
Phong (fictional), January 2023 – November 2026. Do not tune on it.

The marks, the Sở's and the UBND tỉnh's issuer blocks, signers, the grounds ("Căn cứ …") its
decisions and plans cite, a decision's, a paper's and a report's frame. The Sở files ALL its work
here: the reform's documents (cải cách hành chính) beside its professional, sector work (nhiệm vụ
khoa học và công nghệ, an toàn bức xạ, đo lường, sở hữu trí tuệ, khởi nghiệp, and from 01/3/2025
bưu chính, viễn thông, báo chí and the province's chuyển đổi số). Facts in
``bench/data/heldout23_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from sample_header import header

MARK = "[MẪU — văn bản hư cấu: tỉnh Đại Phong, Sở Khoa học và Công nghệ và mọi cá nhân nêu tên đều không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết — TÀI LIỆU MẪU hư cấu do scripts/make_heldout23_archive.py tạo; tỉnh Đại Phong không có thật; MẪU]"
SO = ("UBND TỈNH ĐẠI PHONG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
UB = ("ỦY BAN NHÂN DÂN", "TỈNH ĐẠI PHONG")
PLACE = "Đại Phong"
# Signers. Sở KH&CN: Giám đốc Hoàng Minh Tuấn; Phó Giám đốc Lương Thị Thu Hà and Đỗ Văn Kiên;
# Chánh Văn phòng Trịnh Thị Mai. UBND tỉnh: Chủ tịch Bạch Văn Lộc; Phó Chủ tịch Mạc Thị Hương.
TUAN = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nHoàng Minh Tuấn\n"
HA = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nLương Thị Thu Hà\n"
KIEN = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nĐỗ Văn Kiên\n"
MAI = "\nTL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\n(Đã ký)\n\nTrịnh Thị Mai\n"
HUONG = "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nMạc Thị Hương\n"

NQ76 = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"
ND61 = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;"
ND63 = "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;"
ND30 = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;"
ND09 = "Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ quy định về chế độ báo cáo của cơ quan hành chính nhà nước;"
LUAT_KHCN = "Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013;"
LUAT_2015 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
QD749 = "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;"
# The Sở's functions: 18/2021/QĐ-UBND until the Sở takes over the Sở Thông tin và Truyền thông's
# tasks on 01/3/2025, then 09/2025/QĐ-UBND (both cited only).
FUNCS = "Căn cứ Quyết định số 18/2021/QĐ-UBND ngày 15/6/2021 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ tỉnh Đại Phong;"
FUNCS25 = "Căn cứ Quyết định số 09/2025/QĐ-UBND ngày 26/02/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ tỉnh Đại Phong (có hiệu lực từ ngày 01/3/2025);"
GD = "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐẠI PHONG"
CT_WHO = "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐẠI PHONG"
TO_SO = "- Như Điều 3;\n- UBND tỉnh (để b/c);\n- Giám đốc, các Phó Giám đốc Sở;\n- Lưu: VT, VP."
TO_PAPER = "- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP."


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = SO) -> str:
    """The stacked header of a document of tỉnh Đại Phong (the Sở KH&CN, the UBND tỉnh)."""
    return header(number, day, kind, subject, issuer, place=PLACE, mark=MARK)


def decision(
    number: str,
    day: str,
    subject: str,
    grounds: str,
    articles: str,
    signer: str,
    *,
    issuer: tuple[str, ...] = SO,
    who: str = GD,
    to: str = TO_SO,
    annex: str = "",
) -> str:
    """A Quyết định: header, who decides, grounds, articles, recipients, signer, annex."""
    return (
        head(number, day, "QUYẾT ĐỊNH", subject, issuer)
        + f"\n{who}\n\n{grounds}\n\nQUYẾT ĐỊNH:\n\n{articles}\n\nNơi nhận:\n{to}\n"
        + signer
        + annex
    )


def paper(
    number: str, day: str, kind: str, subject: str, body: str, signer: str, to: str = ""
) -> str:
    """A Kế hoạch, Thông báo, Tờ trình, Báo cáo or Công văn (kind empty): header, body,
    recipients, signer."""
    return head(number, day, kind, subject) + f"\n{body}\n\nNơi nhận:\n{to or TO_PAPER}\n" + signer


def report(
    number: str, day: str, title: str, opening: str, sections: str, tasks: str, signer: str
) -> str:
    """A periodic CCHC report: its figures and what was done, area by area, then the next tasks."""
    return (
        head(number, day, "BÁO CÁO", title)
        + f"""
{opening}

I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH

{sections}

II. NHIỆM VỤ TRỌNG TÂM KỲ TỚI

{tasks}

Nơi nhận:
- UBND tỉnh (để b/c);
- Sở Nội vụ (để t/h);
- Giám đốc, các Phó Giám đốc Sở;
- Lưu: VT, VP.
"""
        + signer
    )
