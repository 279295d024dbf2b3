"""An older office's archive (session 49, the twenty-fifth archive's focus): files of 2018 –
2019 typed in the old fonts (a TCVN3 text file, a VNI one), and the questions its blind run
missed — the working rules asked without diacritics, a pilot whose time was extended asked
as amended, letters a deputy signed over two years, the yearly reports, what replaced the
2018 spending rules. Real files on disk, ingested, asked as staff ask."""

from __future__ import annotations

import unicodedata

import pytest
from archive_builders import keys, listed

from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.ingest.legacy import TCVN3, VNI
from assistant.retrieval.indexer import Indexer

MARK = "(MẪU — tài liệu hư cấu của tỉnh Hòa An, không có giá trị pháp lý)"
SIGNERS = {
    "GĐ": ["GIÁM ĐỐC", "Trần Minh Khoa"],
    "PGĐ": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lương Đức Mạnh"],
}


def text(kind: str, number: str, day: str, title: str, body: list[str], signer: str = "GĐ") -> str:
    d, m, y = day.split("/")
    letter = kind == "CÔNG VĂN"
    return "\n".join(
        [
            MARK,
            "UBND TỈNH HÒA AN",
            "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            f"Số: {number}",
            *([title] if letter else []),
            f"Hòa An, ngày {d} tháng {m} năm {y}",
            *([] if letter else [kind, title]),
            *body,
            "Nơi nhận:",
            "- Lưu: VT, VP.",
            *SIGNERS[signer],
        ]
    )


def tcvn3(value: str) -> bytes:
    """``value`` as a .VnTime text file holds it (capitals with a tone as an H font's)."""
    codes = {letter: code for code, letter in TCVN3.items()}
    typed = unicodedata.normalize("NFC", value.replace("—", "-"))
    return "".join(codes.get(c, codes.get(c.lower(), c)) for c in typed).encode("latin-1")


def vni(value: str) -> bytes:
    codes = {letter: code for code, letter in VNI.items()}
    return "".join(codes.get(c, c) for c in unicodedata.normalize("NFC", value)).encode("cp1252")


def report(number: str, day: str, period: str) -> str:
    return text(
        "BÁO CÁO",
        number,
        day,
        f"Kết quả thực hiện công tác cải cách hành chính {period}",
        [f"Sở Thông tin và Truyền thông báo cáo kết quả cải cách hành chính {period} như sau:",
         "Sở tiếp nhận 221 hồ sơ thủ tục hành chính, giải quyết đúng hạn 219 hồ sơ."],
    )


FILES: dict[str, str | bytes] = {
    "QD 12 quy che lam viec 2018.txt": tcvn3(
        text(
            "QUYẾT ĐỊNH",
            "12/QĐ-STTTT",
            "25/01/2018",
            "Ban hành Quy chế làm việc của Sở Thông tin và Truyền thông",
            ["Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở.",
             "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."],
        )
    ),
    "QD 68 quy che lam viec 2021.txt": text(
        "QUYẾT ĐỊNH",
        "68/QĐ-STTTT",
        "21/6/2021",
        "Ban hành Quy chế làm việc của Sở Thông tin và Truyền thông",
        ["Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số "
         "12/QĐ-STTTT ngày 25/01/2018 của Giám đốc Sở."],
    ),
    "QD 25 chi tieu noi bo 2018.txt": text(
        "QUYẾT ĐỊNH",
        "25/QĐ-STTTT",
        "08/3/2018",
        "Ban hành Quy chế chi tiêu nội bộ của Sở Thông tin và Truyền thông",
        ["Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Sở.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."],
    ),
    "QD 08 chi tieu noi bo 2022.txt": text(
        "QUYẾT ĐỊNH",
        "08/QĐ-STTTT",
        "14/01/2022",
        "Ban hành Quy chế chi tiêu nội bộ của Sở Thông tin và Truyền thông",
        ["Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của Sở.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số "
         "25/QĐ-STTTT ngày 08/3/2018 của Giám đốc Sở."],
    ),
    "QD 30 thi diem 2022.txt": text(
        "QUYẾT ĐỊNH",
        "30/QĐ-STTTT",
        "25/3/2022",
        "Thí điểm tiếp nhận hồ sơ cấp giấy phép bưu chính hoàn toàn trực tuyến",
        ["Điều 1. Thí điểm tiếp nhận, giải quyết hồ sơ cấp giấy phép bưu chính hoàn toàn "
         "trực tuyến qua Cổng dịch vụ công của tỉnh.",
         "Điều 2. Thời gian thí điểm từ ngày 01/4/2022 đến hết ngày 30/9/2022."],
    ),
    "QD 112 gia han thi diem 2022.txt": text(
        "QUYẾT ĐỊNH",
        "112/QĐ-STTTT",
        "26/9/2022",
        "Gia hạn thời gian thí điểm tiếp nhận hồ sơ cấp giấy phép bưu chính hoàn toàn trực tuyến",
        ["Điều 1. Sửa đổi Điều 2 Quyết định số 30/QĐ-STTTT ngày 25/3/2022 của Giám đốc Sở như "
         "sau: Thời gian thí điểm từ ngày 01/4/2022 đến hết ngày 31/3/2023.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."],
    ),
    "CV 156 Tet 2018.txt": text(
        "CÔNG VĂN",
        "156/STTTT-VP",
        "05/02/2018",
        "V/v bảo đảm thông tin liên lạc phục vụ Tết Nguyên đán Mậu Tuất năm 2018",
        ["Kính gửi: các doanh nghiệp viễn thông trên địa bàn tỉnh.",
         "Đề nghị các doanh nghiệp bảo đảm thông tin liên lạc thông suốt trong dịp Tết."],
        signer="PGĐ",
    ),
    "cong van 612 tan so.txt": vni(
        text(
            "CÔNG VĂN",
            "612/STTTT-VP",
            "14/5/2019",
            "V/v rà soát việc sử dụng tần số vô tuyến điện của các đài truyền thanh",
            ["Kính gửi: UBND các huyện, thị xã, thành phố.",
             "Đề nghị rà soát giấy phép sử dụng tần số của các đài truyền thanh cấp huyện."],
            signer="PGĐ",
        )
    ),
    "BC 70 6 thang 2018.txt": report("70/BC-STTTT", "14/6/2018", "6 tháng đầu năm 2018"),
    "BC 148 nam 2018.txt": report("148/BC-STTTT", "14/12/2018", "năm 2018"),
    "BC 76 6 thang 2019.txt": report("76/BC-STTTT", "14/6/2019", "6 tháng đầu năm 2019"),
    "BC 141 nam 2019.txt": report("141/BC-STTTT", "13/12/2019", "năm 2019"),
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Answerer:
    root = tmp_path_factory.mktemp("older")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, content in FILES.items():
        path = corpus / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    settings = Settings(corpus=corpus, index=root / "indexes")
    report = Indexer(settings).ingest([corpus])
    assert not report.failed
    return Answerer(settings, llm=None)


@pytest.mark.parametrize(
    ("ident", "date", "subject"),
    [
        ("12/QĐ-STTTT", "2018-01-25", "Ban hành Quy chế làm việc của Sở Thông tin và Truyền thông"),
        ("612/STTTT-VP", "2019-05-14", "rà soát việc sử dụng tần số vô tuyến điện"),
    ],
)
def test_files_typed_in_the_old_fonts_say_who_they_are(
    answerer: Answerer, ident: str, date: str, subject: str
) -> None:
    entry = answerer.registry.find(ident)
    assert entry is not None
    assert entry.date == date
    assert (entry.subject or "").startswith(subject)


def test_the_working_rules_in_force_asked_without_diacritics(answerer: Answerer) -> None:
    """"Quy chế làm việc" names its topic: not the spending rules, which read as close."""
    got = listed(answerer.ask("quy che lam viec hien hanh cua So").text)
    assert keys("68/QĐ-STTTT") <= got
    assert not got & keys("08/QĐ-STTTT", "25/QĐ-STTTT")


def test_a_pilot_whose_time_was_extended_is_among_those_amended(answerer: Answerer) -> None:
    answer = answerer.ask("QĐ nào của Sở bị sửa đổi hoặc bãi bỏ một điều").text
    assert keys("30/QĐ-STTTT") <= listed(answer)
    assert "Đã được gia hạn thời gian thực hiện bởi Quyết định số 112/QĐ-STTTT" in answer


def test_what_a_deputy_signed_over_two_years(answerer: Answerer) -> None:
    got = listed(answerer.ask("văn bản PGĐ Lương Đức Mạnh ký năm 2018 - 2019").text)
    assert got == keys("156/STTTT-VP", "612/STTTT-VP")


def test_the_yearly_reports_asked_hang_nam(answerer: Answerer) -> None:
    got = listed(answerer.ask("BC kết quả CCHC hằng năm của Sở").text)
    assert got == keys("148/BC-STTTT", "141/BC-STTTT")


def test_what_replaced_the_2018_spending_rules_comes_first(answerer: Answerer) -> None:
    answer = answerer.ask("văn bản thay thế Quy chế chi tiêu nội bộ năm 2018").text
    first = next(line for line in answer.splitlines() if line.startswith("1."))
    assert "08/QĐ-STTTT" in first
