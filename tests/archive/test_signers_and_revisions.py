"""Who signed what, since when, and what a later document corrected, withdrew or revised.

A small archive of one department over two years: documents its Giám đốc and a Phó Giám đốc
signed on reform and on its labour work; a decision corrected by a đính chính, one withdrawn
and issued again; a year report's estimate replaced by the official figures of a January
letter, a quarter's report with a báo cáo bổ sung; the province's decision approving the
year's reform index, issued the next year. Each question is one a blind writer asked of a
larger archive (``bench/data/lists_writer24.jsonl``, the thirty-second and thirty-third
held-out archives), in other words.
"""

from __future__ import annotations

from collections.abc import Callable

import archive_builders as builders
import pytest
from archive_builders import SAMPLE

from assistant.citations import extract, lookup_key
from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.passages import Sentence
from assistant.generation.report import Reporter
from assistant.generation.timely import corrections_in

DIRECTOR = "GIÁM ĐỐC\n\nTrần Văn An"
DEPUTY = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Minh Hòa"


def document(
    kind: str,
    number: str,
    day: str,
    title: str,
    body: str,
    *,
    signed: str = DIRECTOR,
    ubnd: bool = False,
) -> str:
    if ubnd:
        return builders.document(
            kind,
            number,
            day,
            title,
            body,
            issuer="ỦY BAN NHÂN DÂN\nTỈNH KIM SƠN",
            signature="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nPhạm Quốc Bảo",
        )
    return builders.document(
        kind, number, day, title, body, issuer="UBND TỈNH KIM SƠN\nSỞ NỘI VỤ", signature=signed
    )


def letter(number: str, day: str, subject: str, body: str, *, signed: str = DIRECTOR) -> str:
    d, m, y = day.split("/")
    return (
        f"{SAMPLE}UBND TỈNH KIM SƠN\nSỞ NỘI VỤ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\n\nSố: {number}\n\nKim Sơn, ngày {d} tháng {m} năm {y}\n\n"
        f"V/v {subject}\n\nKính gửi: UBND tỉnh; Bộ Nội vụ.\n\n{body}\n\n{signed}\n"
    )


def decision(number: str, day: str, title: str, body: str, **kw: object) -> str:
    return document("QUYẾT ĐỊNH", number, day, title, f"QUYẾT ĐỊNH:\n\n{body}", **kw)  # type: ignore[arg-type]


FILES = {
    # the deputy's documents: two on postal services, one on labour, one reform plan
    "qd-30-2025.txt": decision(
        "30/QĐ-SNV",
        "12/3/2025",
        "Thí điểm trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích",
        "Điều 1. Thí điểm trả kết quả qua dịch vụ bưu chính công ích từ ngày 01/4/2025.",
        signed=DEPUTY,
    ),
    "cv-410-2025.txt": letter(
        "410/SNV-CCHC",
        "20/8/2025",
        "đôn đốc thực hiện chuyển phát hồ sơ qua bưu chính công ích",
        "Sở Nội vụ đề nghị các đơn vị thực hiện chuyển phát hồ sơ qua bưu chính công ích.",
        signed=DEPUTY,
    ),
    "kh-52-2025.txt": document(
        "KẾ HOẠCH",
        "52/KH-SNV",
        "06/5/2025",
        "Tổ chức Ngày hội việc làm năm 2025",
        "I. MỤC ĐÍCH\nKết nối người lao động với doanh nghiệp.",
        signed=DEPUTY,
    ),
    "kh-12-2025.txt": document(
        "KẾ HOẠCH",
        "12/KH-SNV",
        "10/01/2025",
        "Cải cách hành chính năm 2025 của Sở Nội vụ",
        "I. MỤC ĐÍCH, YÊU CẦU\nTriển khai công tác cải cách hành chính năm 2025.",
        signed=DEPUTY,
    ),
    # the director's
    "qd-18-2024.txt": decision(
        "18/QĐ-SNV",
        "05/3/2024",
        "Ban hành Quy chế làm việc của Sở Nội vụ",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Nội vụ.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày 15/3/2024.",
    ),
    "qd-25-2024.txt": decision(
        "25/QĐ-SNV",
        "20/3/2024",
        "Đính chính Quyết định số 18/QĐ-SNV ngày 05/3/2024 của Giám đốc Sở Nội vụ",
        'Điều 1. Đính chính Điều 2 Quyết định số 18/QĐ-SNV ngày 05/3/2024 như sau: "ngày '
        '15/3/2024" được sửa thành "ngày 01/4/2024".',
    ),
    "qd-38-2025.txt": decision(
        "38/QĐ-SNV",
        "18/3/2025",
        "Ban hành Quy chế tiếp nhận hồ sơ trên môi trường điện tử",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận hồ sơ trên môi trường "
        "điện tử.",
    ),
    "qd-41-2025.txt": decision(
        "41/QĐ-SNV",
        "24/3/2025",
        "Thu hồi Quyết định số 38/QĐ-SNV ngày 18/3/2025 của Giám đốc Sở Nội vụ",
        "Điều 1. Thu hồi Quyết định số 38/QĐ-SNV ngày 18/3/2025 của Giám đốc Sở Nội vụ do "
        "sai sót về thể thức.",
    ),
    "qd-42-2025.txt": decision(
        "42/QĐ-SNV",
        "25/3/2025",
        "Ban hành Quy chế tiếp nhận hồ sơ trên môi trường điện tử",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận hồ sơ trên môi trường "
        "điện tử.",
    ),
    # the year's report with an estimate, the official figures in January
    "bc-265-2024.txt": document(
        "BÁO CÁO",
        "265/BC-SNV",
        "13/12/2024",
        "Kết quả thực hiện công tác cải cách hành chính năm 2024",
        "I. KẾT QUẢ\nNăm 2024, Sở tiếp nhận 17.840 hồ sơ thủ tục hành chính (ước thực hiện cả "
        "năm 19.500 hồ sơ).",
    ),
    "cv-08-2025.txt": letter(
        "08/SNV-VP",
        "09/01/2025",
        "báo cáo số liệu chính thức về cải cách hành chính năm 2024",
        "Sở Nội vụ báo cáo số liệu chính thức năm 2024 thay cho số liệu ước tại Báo cáo số "
        "265/BC-SNV ngày 13/12/2024 như sau: năm 2024, Sở tiếp nhận 19.386 hồ sơ thủ tục "
        "hành chính.",
    ),
    # a quarter's report, and the báo cáo bổ sung correcting it
    "bc-172-2025.txt": document(
        "BÁO CÁO",
        "172/BC-SNV",
        "05/10/2025",
        "Kết quả thực hiện công tác cải cách hành chính quý III năm 2025",
        "I. KẾT QUẢ\nQuý III năm 2025, Sở tiếp nhận 6.240 hồ sơ thủ tục hành chính.",
    ),
    "bc-178-2025.txt": document(
        "BÁO CÁO",
        "178/BC-SNV",
        "15/10/2025",
        "Bổ sung, điều chỉnh số liệu tại Báo cáo số 172/BC-SNV ngày 05/10/2025",
        "Sở Nội vụ bổ sung, điều chỉnh số liệu tại Báo cáo số 172/BC-SNV ngày 05/10/2025 như "
        "sau: quý III năm 2025, Sở tiếp nhận 6.310 hồ sơ TTHC (thay cho số liệu 6.240 hồ sơ đã "
        "báo cáo); lũy kế 9 tháng năm 2025 tiếp nhận 17.640 hồ sơ (thay cho số liệu 17.570 hồ "
        "sơ).",
    ),
    # the province's approval of the 2024 index, in 2025
    "qd-610-2025.txt": decision(
        "610/QĐ-UBND",
        "02/4/2025",
        "Phê duyệt kết quả Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành tỉnh",
        "Điều 1. Phê duyệt kết quả Chỉ số cải cách hành chính năm 2024 của các sở, ban, "
        "ngành tỉnh.\n\nPHỤ LỤC\nSở Nội vụ: 87,35 điểm, xếp thứ 6/19.",
        ubnd=True,
    ),
    "qd-655-2025.txt": decision(
        "655/QĐ-UBND",
        "10/4/2025",
        "Đính chính Quyết định số 610/QĐ-UBND ngày 02/4/2025 của UBND tỉnh phê duyệt kết quả "
        "Chỉ số cải cách hành chính năm 2024",
        "Điều 1. Đính chính Phụ lục kèm theo Quyết định số 610/QĐ-UBND ngày 02/4/2025 như sau: "
        'kết quả Chỉ số cải cách hành chính năm 2024 của Sở Nội vụ "87,35" điểm được sửa thành '
        '"88,35" điểm.',
        ubnd=True,
    ),
    "kh-08-2024.txt": document(
        "KẾ HOẠCH",
        "08/KH-UBND",
        "08/01/2024",
        "Cải cách hành chính năm 2024 của tỉnh Kim Sơn",
        "I. MỤC ĐÍCH, YÊU CẦU\nTriển khai công tác cải cách hành chính năm 2024.",
        ubnd=True,
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("signers-and-revisions", FILES), llm=None)


def listed(text: str) -> set[str]:
    """The documents an answer lists, one per numbered line (its first citation)."""
    lines = [line for line in text.splitlines() if line[:1].isdigit()]
    return {c.key for line in lines for c in extract(line)[:1] if c.key}


def keys(*idents: str) -> set[str]:
    return {lookup_key(i) for i in idents}


def test_what_a_deputy_signed_on_a_topic(answerer: Answerer) -> None:
    text = answerer.ask(
        "PGĐ Lê Minh Hòa đã ký những văn bản nào về bưu chính công ích?"
    ).text
    assert listed(text) == keys("30/QĐ-SNV", "410/SNV-CCHC")


def test_everything_a_deputy_put_his_signature_on(answerer: Answerer) -> None:
    text = answerer.ask(
        "For 2025, list everything Deputy Director Lê Minh Hòa put his signature on."
    ).text
    assert listed(text) == keys("30/QĐ-SNV", "410/SNV-CCHC", "52/KH-SNV", "12/KH-SNV")


def test_since_a_day_named_after_an_event(answerer: Answerer) -> None:
    text = answerer.ask(
        "Since the merger on 1 July 2025, which documents did the department issue?"
    ).text
    assert listed(text) == keys("410/SNV-CCHC", "172/BC-SNV", "178/BC-SNV")


def test_the_decisions_a_correction_corrected(answerer: Answerer) -> None:
    text = answerer.ask("các QĐ đã bị đính chính").text
    assert listed(text) == keys("18/QĐ-SNV", "610/QĐ-UBND")
    assert "25/QĐ-SNV" in text
    assert "655/QĐ-UBND" in text


def test_withdrawn_and_issued_again(answerer: Answerer) -> None:
    text = answerer.ask("Which decisions were withdrawn and re-issued?").text
    assert listed(text) == keys("38/QĐ-SNV", "42/QĐ-SNV")
    text = answerer.ask("văn bản nào thu hồi Quyết định 38/QĐ-SNV").text
    assert "41/QĐ-SNV" in text


def test_reports_revised_and_what_revised_them(answerer: Answerer) -> None:
    text = answerer.ask("báo cáo nào có số liệu ước đã được điều chỉnh").text
    assert listed(text) == keys("265/BC-SNV", "172/BC-SNV")
    text = answerer.ask("các báo cáo bổ sung, điều chỉnh số liệu của Sở").text
    assert listed(text) == keys("178/BC-SNV")
    text = answerer.ask("các văn bản báo cáo số liệu chính thức CCHC của Sở").text
    assert listed(text) == keys("08/SNV-VP")


def test_each_figure_corrected_in_its_own_clause() -> None:
    said = Sentence(
        "Quý III năm 2025, Sở tiếp nhận 6.310 hồ sơ TTHC (thay cho số liệu 6.240 hồ sơ đã "
        "báo cáo); lũy kế 9 tháng năm 2025 tiếp nhận 17.640 hồ sơ (thay cho số liệu 17.570 "
        "hồ sơ).",
        None,  # type: ignore[arg-type]
        0,
    )
    fixes = corrections_in([said], 2025)
    assert [(f.period.start, f.period.end, f.old, f.new) for f in fixes] == [
        ("2025-07-01", "2025-09-30", "6.240", "6.310"),
        ("2025-01-01", "2025-09-30", "17.570", "17.640"),
    ]
    quoted = Sentence(
        'Chỉ số cải cách hành chính năm 2024 của Sở Nội vụ "87,35" điểm được sửa thành '
        '"88,35" điểm.',
        None,  # type: ignore[arg-type]
        0,
    )
    assert [(f.old, f.new) for f in corrections_in([quoted], 2025)] == [("87,35", "88,35")]


def test_the_index_of_a_year_approved_the_next(answerer: Answerer) -> None:
    text = answerer.ask("Chỉ số CCHC năm 2024 được phê duyệt tại văn bản nào").text
    assert listed(text) == keys("610/QĐ-UBND", "655/QĐ-UBND")


def test_a_report_tells_a_figure_corrected_since(answerer: Answerer) -> None:
    text = Reporter(answerer).report("2025").text()
    line = next(line for line in text.splitlines() if "87,35" in line)
    assert "điều chỉnh thành 88,35" in line
    assert "655/QĐ-UBND" in line


def test_a_day_of_effect_a_correction_moved(answerer: Answerer) -> None:
    rules = answerer.registry.find("18/QĐ-SNV")
    assert rules is not None
    # its own text says 15/3/2024; the đính chính of 20/3/2024 made it 01/4/2024
    assert answerer.lives.status(rules, "2024-03-25")["status"] == "not_yet_in_force"
    assert answerer.lives.status(rules, "2024-04-02")["status"] == "in_force"
