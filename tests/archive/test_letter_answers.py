"""Letters and their answers in a city's archive: the province's and the Sở Nội vụ's letters,
the city's answers sent back to them, a letter carried out by letters down to the wards (no
answer), and a letter withdrawn."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.citations import extract, lookup_key
from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.generation.fit import asked_answering
from assistant.retrieval.query import fold

SAMPLE = "(MẪU — tài liệu mẫu của một cơ quan hư cấu, không có giá trị pháp lý)\n\n"
PROVINCE = "ỦY BAN NHÂN DÂN\nTỈNH HẠ UYÊN"
HOME_AFFAIRS = "UBND TỈNH HẠ UYÊN\nSỞ NỘI VỤ"
CITY = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BẢO AN"


def letter(head: str, number: str, day: str, about: str, to: str, body: str) -> str:
    d, m, y = day.split("/")
    return (
        f"{SAMPLE}{head}\nSố: {number}\nV/v {about}\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        f"Bảo An, ngày {d} tháng {m} năm {y}\n\nKính gửi: {to}\n\n{body}\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Tư\n"
    )


FILES = {
    "den-cv-1234-tinh.txt": letter(
        PROVINCE,
        "1234/UBND-NC",
        "12/3/2024",
        "rà soát thủ tục hành chính",
        "UBND các huyện, thành phố.",
        "UBND tỉnh đề nghị UBND các huyện, thành phố rà soát thủ tục hành chính, báo cáo "
        "trước ngày 30/3/2024.",
    ),
    "den-cv-56-snv.txt": letter(
        HOME_AFFAIRS,
        "56/SNV-CCHC",
        "15/01/2024",
        "góp ý dự thảo Bộ chỉ số cải cách hành chính cấp xã",
        "UBND các huyện, thành phố.",
        "Sở Nội vụ đề nghị góp ý dự thảo Bộ chỉ số.",
    ),
    "den-cv-905-snv.txt": letter(
        HOME_AFFAIRS,
        "905/SNV-CCHC",
        "14/10/2024",
        "tự đánh giá Chỉ số cải cách hành chính năm 2024",
        "UBND các huyện, thành phố.",
        "Sở Nội vụ hướng dẫn tự đánh giá Chỉ số cải cách hành chính năm 2024.",
    ),
    "di-cv-145.txt": letter(
        CITY,
        "145/UBND-NV",
        "28/3/2024",
        "báo cáo kết quả rà soát thủ tục hành chính",
        "Ủy ban nhân dân tỉnh Hạ Uyên.",
        "Thực hiện Công văn số 1234/UBND-NC ngày 12/3/2024 của UBND tỉnh, UBND thành phố báo "
        "cáo kết quả rà soát 214 thủ tục hành chính.",
    ),
    "di-cv-38.txt": letter(
        CITY,
        "38/UBND-NV",
        "25/01/2024",
        "góp ý dự thảo Bộ chỉ số cải cách hành chính cấp xã",
        "Sở Nội vụ tỉnh Hạ Uyên.",
        "Phúc đáp Công văn số 56/SNV-CCHC ngày 15/01/2024 của Sở Nội vụ, UBND thành phố góp ý "
        "như sau: thống nhất với dự thảo.",
    ),
    # carried down to the wards: no answer to the Sở
    "di-cv-560.txt": letter(
        CITY,
        "560/UBND-NV",
        "18/10/2024",
        "tự đánh giá Chỉ số cải cách hành chính năm 2024 của cấp xã",
        "UBND các phường, xã thuộc thành phố.",
        "Thực hiện Công văn số 905/SNV-CCHC ngày 14/10/2024 của Sở Nội vụ, UBND thành phố đề "
        "nghị UBND các phường, xã tự đánh giá, chấm điểm.",
    ),
    "di-cv-402.txt": letter(
        CITY,
        "402/UBND-VP",
        "15/8/2024",
        "số hóa hồ sơ thủ tục hành chính tại Bộ phận Một cửa cấp xã",
        "UBND các phường, xã thuộc thành phố.",
        "UBND thành phố đề nghị các phường, xã số hóa toàn bộ hồ sơ từ ngày 01/9/2024.",
    ),
    "di-cv-415.txt": letter(
        CITY,
        "415/UBND-VP",
        "19/8/2024",
        "thu hồi Công văn số 402/UBND-VP ngày 15/8/2024",
        "UBND các phường, xã thuộc thành phố.",
        "Do nội dung chưa phù hợp với lộ trình số hóa, UBND thành phố thu hồi Công văn số "
        "402/UBND-VP ngày 15/8/2024 của UBND thành phố.",
    ),
}


@pytest.fixture(scope="module")
def answerer(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Answerer:
    return Answerer(ingest_files("letter-answers", FILES), llm=None)


def listed(text: str) -> set[str]:
    lines = [line for line in text.splitlines() if line[:1].isdigit()]
    return {c.key for line in lines for c in extract(line)[:1] if c.key}


def keys(*idents: str) -> set[str]:
    return {lookup_key(i) for i in idents}


@pytest.mark.parametrize(
    ("question", "side"),
    [
        ("thành phố đã trả lời những công văn nào của Sở Nội vụ năm 2024", "answered"),
        ("Những CV nào của tỉnh đã được thành phố phúc đáp?", "answered"),
        ("Which letters of the province did the city answer?", "answered"),
        ("các công văn của thành phố trả lời UBND tỉnh", "answering"),
        ("letters replying to the Department of Home Affairs", "answering"),
        ("Những công văn nào đôn đốc thành phố?", None),
        ("Các thủ tục hành chính nào được trả lời qua mạng?", None),
    ],
)
def test_what_a_question_about_answers_asks(question: str, side: str | None) -> None:
    assert asked_answering(fold(question)) == side


def test_the_letters_the_city_answered(answerer: Answerer) -> None:
    text = answerer.ask("thành phố đã trả lời những công văn nào của Sở Nội vụ năm 2024").text
    # 905 was carried out by a letter down to the wards, not answered
    assert listed(text) == keys("56/SNV-CCHC")
    text = answerer.ask("Which letters did the city answer?").text
    assert listed(text) == keys("56/SNV-CCHC", "1234/UBND-NC")


def test_the_citys_answers_to_the_province(answerer: Answerer) -> None:
    text = answerer.ask("các công văn của thành phố trả lời UBND tỉnh").text
    assert listed(text) == keys("145/UBND-NV")


def test_a_letter_withdrawn_is_no_longer_in_force(answerer: Answerer) -> None:
    status = answerer.lives.status("402/UBND-VP", "2024-12-31")
    assert status["status"] == "not_in_force"


def test_the_withdrawal_asked_of(answerer: Answerer) -> None:
    text = answerer.ask("Which letter withdrew an earlier letter of the city?").text
    (line,) = [x for x in text.splitlines() if x.startswith("1. ")]
    named, _, acted = line.partition(": repeals ")
    assert "415/UBND-VP" in named
    assert "402/UBND-VP" in acted
    # its trích yếu names what it withdrew: no warning on that
    assert "⚠" not in named
    assert not [x for x in text.splitlines() if x.startswith("2. ")]
    text = answerer.ask("Công văn nào đã bị thu hồi?").text
    assert "Công văn số 402/UBND-VP" in text.splitlines()[1]
    assert "bởi Công văn số 415/UBND-VP" in text.splitlines()[1]


def test_the_bodies_a_question_names_as_who_issued() -> None:
    from assistant.generation.fit import subject_bodies

    both = subject_bodies("UBND tỉnh và Sở Nội vụ đã có những công văn nào đôn đốc thành phố")
    assert [(b.unit, b.field) for b in both] == [("tinh", None), (None, "nv")]
    assert [b.unit for b in subject_bodies("Tỉnh đã ban hành những QĐ nào về CCHC?")] == ["tinh"]
    # a topic, not a body, before the verb
    assert subject_bodies("Năm 2024 đã có những công văn nào?") == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "UBND tỉnh và Sở Nội vụ đã có những công văn nào?",
            ("1234/UBND-NC", "56/SNV-CCHC", "905/SNV-CCHC"),
        ),
        ("Tỉnh đã có những công văn nào gửi thành phố năm 2024?", ("1234/UBND-NC",)),
    ],
)
def test_letters_of_the_bodies_named_as_who_sent_them(
    answerer: Answerer, question: str, expected: tuple[str, ...]
) -> None:
    # the city's own letters share the province's symbol (UBND-…): the body decides
    assert listed(answerer.ask(question).text) == keys(*expected)
