"""Twentieth held-out archive: what its texts share. The Sở Tài chính of tỉnh Long Thạnh
(fictional), January 2022 – November 2026; from 01/3/2025 it takes over the Sở Kế hoạch và Đầu
tư's tasks (business registration among them). Do not tune on it.

The marks, the Sở's and the UBND tỉnh's issuer blocks, signers, a decision's and a report's
frame, and the grounds the texts share. The figures of every period are written in the texts
themselves (each report words them its own way); facts in
``bench/data/heldout20_archive_truth.json``.
"""

# ruff: noqa: E501

from __future__ import annotations

from sample_header import header

MARK = "[MẪU — văn bản hư cấu: tỉnh Long Thạnh, Sở Tài chính và mọi cá nhân nêu tên đều không có thật; không có giá trị pháp lý]"
FOOTER = "[Hết — TÀI LIỆU MẪU hư cấu do scripts/make_heldout20_archive.py tạo; tỉnh Long Thạnh không có thật; MẪU]"
STC = ("UBND TỈNH LONG THẠNH", "SỞ TÀI CHÍNH")
UB = ("ỦY BAN NHÂN DÂN", "TỈNH LONG THẠNH")
PLACE = "Long Thạnh"
# Signers. Sở Tài chính: Giám đốc Lê Văn Khải; Phó Giám đốc Trần Thị Hạnh and Ngô Minh Tuấn.
# UBND tỉnh: Chủ tịch Huỳnh Công Danh; Phó Chủ tịch Lý Thị Thu.
KHAI = "\nGIÁM ĐỐC\n\n(Đã ký)\n\nLê Văn Khải\n"
HANH = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nTrần Thị Hạnh\n"
TUAN = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nNgô Minh Tuấn\n"
DANH_UB = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nHuỳnh Công Danh\n"
THU = "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nLý Thị Thu\n"

NQ76 = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"
ND61 = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;"
ND63 = "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;"
ND45 = "Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;"
ND24 = "Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương;"
ND45_2025 = "Căn cứ Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương;"
LUAT_2015 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
LUAT_2025 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"
GD = "GIÁM ĐỐC SỞ TÀI CHÍNH TỈNH LONG THẠNH"
PROCEDURE = "Quy trình nội bộ giải quyết thủ tục hành chính tại Sở Tài chính"


def head(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = STC) -> str:
    """The stacked header of a document of tỉnh Long Thạnh (the Sở, the UBND tỉnh)."""
    return header(number, day, kind, subject, issuer, place=PLACE, mark=MARK)


def decision(
    number: str,
    day: str,
    subject: str,
    grounds: str,
    articles: str,
    signer: str,
    *,
    issuer: tuple[str, ...] = STC,
    who: str = GD,
    to: str = "- Như Điều 3;\n- UBND tỉnh (để b/c);\n- Lưu: VT, VP.",
    annex: str = "",
) -> str:
    """A Quyết định: header, who decides, grounds, articles, recipients, signer, annex."""
    return (
        head(number, day, "QUYẾT ĐỊNH", subject, issuer)
        + f"\n{who}\n\n{grounds}\n\nQUYẾT ĐỊNH:\n\n{articles}\n\nNơi nhận:\n{to}\n"
        + signer
        + annex
    )


def closing(signer: str, tasks: str = "") -> str:
    """The closing of a periodic report."""
    tasks = tasks or (
        "1. Tiếp tục rà soát, đơn giản hóa thủ tục hành chính lĩnh vực tài chính, giá, công sản.\n\n"
        "2. Nâng tỷ lệ hồ sơ trực tuyến toàn trình, số hóa hồ sơ và kết quả giải quyết thủ tục hành chính."
    )
    return (
        f"III. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI\n\n{tasks}\n\n"
        "Nơi nhận:\n- UBND tỉnh (để b/c);\n- Sở Nội vụ;\n- Lưu: VT, VP." + signer
    )


def report(number: str, day: str, title: str, opening: str, body: str) -> tuple[str, str]:
    """A periodic CCHC report's header and body up to its closing (which the caller adds)."""
    top = head(number, day, "BÁO CÁO", title)
    text = f"""
{opening}

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ KẾT QUẢ THỰC HIỆN NHIỆM VỤ

{body}
"""
    return top, text


def plan(
    number: str, day: str, year: int, province_plan: str, targets: str, tasks: str, signer: str
) -> str:
    """A yearly CCHC plan of the Sở, carried out within its year."""
    return (
        head(number, day, "KẾ HOẠCH", f"Cải cách hành chính năm {year} của Sở Tài chính")
        + f"""
{NQ76}

Thực hiện {province_plan} của Ủy ban nhân dân tỉnh về cải cách hành chính năm {year}, Sở Tài chính ban hành Kế hoạch cải cách hành chính năm {year} như sau:

I. MỤC TIÊU VÀ CHỈ TIÊU

{targets}

II. NHIỆM VỤ CỤ THỂ

{tasks}

III. TỔ CHỨC THỰC HIỆN

Kế hoạch thực hiện trong năm {year}. Văn phòng Sở theo dõi, tổng hợp, báo cáo kết quả theo quý, 6 tháng, 9 tháng và năm.

Nơi nhận:
- UBND tỉnh (để b/c);
- Sở Nội vụ;
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
"""
        + signer
    )
