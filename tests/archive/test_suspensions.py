"""Suspended documents and corrected ones: a suspension ends a document (or a part) only
while it lasts, until the suspending document ends, a text restores it or its own last day
passes; a correction (đính chính) changes nothing in force, and the corrected wording it
quotes states the corrected document's own acts. Read from the texts, seen in the status,
in the check of a draft and in the answer to "còn hiệu lực không"."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from archive_builders import document

from assistant.archive.relation_terms import extract_restorations
from assistant.archive.relations import CORRECTION, SELF, SUSPENSION, extract_relations
from assistant.archive.supersession import flag_superseded
from assistant.citations import check
from assistant.config import Settings
from assistant.generation.answer import Answerer
from assistant.retrieval.archive import open_archive

_SIGNS = "Điều 3. Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này./."

FILES = {
    # suspended whole until further notice; the suspension repealed later
    "qd-20-2024-truc-tuyen.txt": document(
        "QUYẾT ĐỊNH",
        "20/QĐ-SCT",
        "10/3/2024",
        "Ban hành Quy định tiếp nhận hồ sơ trực tuyến toàn trình",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy định tiếp nhận hồ sơ.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-31-2025-tam-ngung.txt": document(
        "QUYẾT ĐỊNH",
        "31/QĐ-SCT",
        "20/6/2025",
        "Tạm ngưng hiệu lực Quyết định số 20/QĐ-SCT ngày 10/3/2024",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Tạm ngưng hiệu lực Quyết định số 20/QĐ-SCT ngày 10/3/2024 của "
        "Giám đốc Sở Công Thương kể từ ngày 01 tháng 7 năm 2025 cho đến khi có quyết định "
        "khác.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2025.\n\n"
        + _SIGNS,
    ),
    "qd-40-2025-bai-bo.txt": document(
        "QUYẾT ĐỊNH",
        "40/QĐ-SCT",
        "10/9/2025",
        "Bãi bỏ Quyết định số 31/QĐ-SCT ngày 20/6/2025",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Bãi bỏ Quyết định số 31/QĐ-SCT ngày 20/6/2025 của Giám đốc "
        "Sở Công Thương.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 9 năm "
        "2025.\n\n" + _SIGNS,
    ),
    # one article suspended for a stated stretch
    "qd-12-2025-quy-che.txt": document(
        "QUYẾT ĐỊNH",
        "12/QĐ-SCT",
        "05/01/2025",
        "Ban hành Quy chế phối hợp kiểm tra thị trường",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-18-2025-dinh-chi.txt": document(
        "QUYẾT ĐỊNH",
        "18/QĐ-SCT",
        "03/02/2025",
        "Đình chỉ thi hành Điều 4 Quy chế phối hợp kiểm tra thị trường",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Đình chỉ thi hành Điều 4 của Quy chế ban hành kèm theo "
        "Quyết định số 12/QĐ-SCT ngày 05/01/2025 từ ngày 10/02/2025 đến hết ngày 30/4/2025."
        "\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + _SIGNS,
    ),
    # suspended, then restored in words by another decision
    "qd-08-2024-mot-cua.txt": document(
        "QUYẾT ĐỊNH",
        "08/QĐ-SCT",
        "15/01/2024",
        "Ban hành Quy trình tiếp nhận hồ sơ tại Bộ phận Một cửa",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy trình.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-22-2025-ngung.txt": document(
        "QUYẾT ĐỊNH",
        "22/QĐ-SCT",
        "02/4/2025",
        "Ngưng hiệu lực thi hành Quyết định số 08/QĐ-SCT",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ngưng hiệu lực thi hành Quyết định số 08/QĐ-SCT ngày "
        "15/01/2024 của Giám đốc Sở Công Thương.\n\nĐiều 2. Quyết định này có hiệu lực kể "
        "từ ngày ký.\n\n" + _SIGNS,
    ),
    "qd-45-2025-khoi-phuc.txt": document(
        "QUYẾT ĐỊNH",
        "45/QĐ-SCT",
        "25/7/2025",
        "Khôi phục hiệu lực Quyết định số 08/QĐ-SCT",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Khôi phục hiệu lực thi hành Quyết định số 08/QĐ-SCT ngày "
        "15/01/2024 của Giám đốc Sở Công Thương kể từ ngày 01/8/2025.\n\nĐiều 2. Quyết định "
        "này có hiệu lực kể từ ngày ký.\n\n" + _SIGNS,
    ),
    # a decision naming a wrong number, and its correction quoting the corrected article
    "qd-63-2024-quy-che.txt": document(
        "QUYẾT ĐỊNH",
        "63/QĐ-SCT",
        "10/9/2024",
        "Ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-52-2025-quy-che.txt": document(
        "QUYẾT ĐỊNH",
        "52/QĐ-SCT",
        "25/7/2025",
        "Ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm 2025 và thay thế "
        "Quyết định số 36/QĐ-SCT ngày 10/9/2024 của Giám đốc Sở Công Thương.\n\n" + _SIGNS,
    ),
    "qd-55-2025-dinh-chinh.txt": document(
        "QUYẾT ĐỊNH",
        "55/QĐ-SCT",
        "05/8/2025",
        "Đính chính Quyết định số 52/QĐ-SCT ngày 25/7/2025",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Đính chính Điều 2 Quyết định số 52/QĐ-SCT ngày 25/7/2025 "
        "của Giám đốc Sở Công Thương như sau:\n\n"
        'Tại Điều 2 đã ghi: "Quyết định số 36/QĐ-SCT ngày 10/9/2024".\n\n'
        'Điều 2 sau khi đính chính là: "Quyết định này có hiệu lực kể từ ngày 01 tháng 8 năm '
        "2025 và thay thế Quyết định số 63/QĐ-SCT ngày 10/9/2024 của Giám đốc Sở Công "
        'Thương."\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n' + _SIGNS,
    ),
    # rules signed one year, in force from the next; and rules signed, not yet in force
    "qd-77-2024-buu-chinh.txt": document(
        "QUYẾT ĐỊNH",
        "77/QĐ-SCT",
        "18/11/2024",
        "Ban hành Quy định tiếp nhận hồ sơ qua dịch vụ bưu chính công ích",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\n\nĐiều 2. Quyết "
        "định này có hiệu lực kể từ ngày 01 tháng 01 năm 2025.",
    ),
    "qd-81-2025-quy-trinh.txt": document(
        "QUYẾT ĐỊNH",
        "81/QĐ-SCT",
        "10/12/2025",
        "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính áp dụng từ năm 2026",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt quy trình nội bộ.\n\nĐiều 2. Quyết định này có hiệu "
        "lực kể từ ngày 01 tháng 01 năm 2026.",
    ),
    # the year's report, the archive's last day: tells the suspension and its end
    # its trích yếu names the one suspended, its article the day the suspension starts
    "qd-70-2025-cham-diem.txt": document(
        "QUYẾT ĐỊNH",
        "70/QĐ-SCT",
        "10/01/2025",
        "Ban hành Quy định chấm điểm cải cách hành chính các phòng",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy định chấm điểm.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "qd-74-2025-tam-dung.txt": document(
        "QUYẾT ĐỊNH",
        "74/QĐ-SCT",
        "25/3/2025",
        "Tạm dừng áp dụng Quyết định số 70/QĐ-SCT ngày 10/01/2025",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Tạm dừng áp dụng Quyết định số 70/QĐ-SCT ngày 10/01/2025 "
        "của Giám đốc Sở Công Thương kể từ ngày 01 tháng 4 năm 2025 đến hết ngày 30 tháng 6 "
        "năm 2025.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + _SIGNS,
    ),
    "bc-2025-cchc.txt": document(
        "BÁO CÁO",
        "210/BC-SCT",
        "15/12/2025",
        "Kết quả cải cách hành chính năm 2025",
        "1. Quyết định số 20/QĐ-SCT ngày 10/3/2024 bị tạm ngưng hiệu lực từ ngày 01/7/2025 "
        "theo Quyết định số 31/QĐ-SCT và tiếp tục có hiệu lực từ ngày 15/9/2025.",
    ),
}


@pytest.fixture(scope="module")
def settings(ingest_files: Callable[[str, dict[str, str]], Settings]) -> Settings:
    return ingest_files("suspensions", FILES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Điều 1. Tạm ngưng hiệu lực Quyết định số 27/QĐ-SXD ngày 15/4/2024 kể từ ngày "
            "01 tháng 7 năm 2025 cho đến khi có quyết định khác.",
            [("terminates", SELF, "27/QĐ-SXD", None, "2025-07-01", SUSPENSION)],
        ),
        (
            "Điều 1. Tạm ngưng hiệu lực thi hành Điều 5 của Quyết định số 12/2024/QĐ-UBND "
            "ngày 02/3/2024 kể từ ngày 01/01/2025 đến hết ngày 30/6/2025.",
            [("terminates", SELF, "12/2024/QĐ-UBND", "Điều 5", "2025-01-01", SUSPENSION)],
        ),
        (
            "Quyết định số 27/QĐ-SXD ngày 15/4/2024 bị tạm ngưng hiệu lực từ ngày 01/7/2025 "
            "theo Quyết định số 44/QĐ-SXD ngày 25/6/2025.",
            [("terminates", "44/QĐ-SXD", "27/QĐ-SXD", None, "2025-07-01", SUSPENSION)],
        ),
        (
            "Quyết định số 88/QĐ-STC đã bị đình chỉ thi hành bởi Quyết định số 90/QĐ-UBND "
            "ngày 05/5/2024.",
            [("terminates", "90/QĐ-UBND", "88/QĐ-STC", None, None, SUSPENSION)],
        ),
        # told as a state, its agent after
        (
            "1. Quy định chấm điểm theo Quyết định số 55/QĐ-STC đang tạm dừng áp dụng theo "
            "Quyết định số 18/QĐ-STC (đến hết ngày 30/6/2026).",
            [("terminates", "18/QĐ-STC", "55/QĐ-STC", None, None, SUSPENSION)],
        ),
        # a report's words with no "đang": what stops, its days, then its agent
        (
            "- Tài chính công: Điều 12 Quy chế chi tiêu nội bộ (Quyết định số 35/QĐ-STC ngày "
            "14/3/2025) tạm dừng áp dụng từ ngày 01/9/2025 đến hết ngày 31/12/2025 theo "
            "Quyết định số 90/QĐ-STC ngày 14/8/2025.",
            [("terminates", "90/QĐ-STC", "35/QĐ-STC", None, "2025-09-01", SUSPENSION)],
        ),
        (
            "Điều 7 Quy định chấm điểm (Quyết định số 52/QĐ-SCT) tạm dừng theo Quyết định số "
            "61/QĐ-SCT và tiếp tục áp dụng từ ngày 01/10/2025.",
            [("terminates", "61/QĐ-SCT", "52/QĐ-SCT", None, None, SUSPENSION)],
        ),
        # a pause named as a noun is no act on the document before it
        (
            "Điều 6 Quy trình được khôi phục hiệu lực thi hành từ ngày 01/10/2024 theo Quyết "
            "định số 64/QĐ-SYT ngày 23/9/2024, sau thời gian tạm dừng theo Quyết định số "
            "29/QĐ-SYT.",
            [],
        ),
        # a state with no agent is a report's words, no act
        ("Quy định chấm điểm theo Quyết định số 55/QĐ-STC đang tạm dừng áp dụng.", []),
        (
            "Điều 1. Đính chính Điều 2 Quyết định số 52/QĐ-SXD ngày 25/7/2025 như sau:",
            [("amends", SELF, "52/QĐ-SXD", "Điều 2", None, CORRECTION)],
        ),
        (
            "Quy chế ban hành kèm theo Quyết định số 52/QĐ-SXD (đã được đính chính tại "
            "Quyết định số 55/QĐ-SXD ngày 05/8/2025).",
            [("amends", "55/QĐ-SXD", "52/QĐ-SXD", None, None, CORRECTION)],
        ),
        (
            "Điều 1. Đính chính sai sót tại căn cứ thứ hai của Quyết định số 49/QĐ-SYT ngày "
            "16/6/2025 như sau:",
            [("amends", SELF, "49/QĐ-SYT", None, None, CORRECTION)],
        ),
        # prose: a service paused, no document stopped
        ("Sở đã tạm dừng tiếp nhận hồ sơ trực tuyến trong 03 ngày do sự cố.", []),
    ],
)
def test_suspensions_and_corrections_as_texts_state_them(text: str, expected: list) -> None:
    found = [
        (r.type, r.source, r.target, r.target_scope, r.effective, r.mode)
        for r in extract_relations(text)
    ]
    assert found == expected


def test_the_corrected_wording_states_the_corrected_documents_acts() -> None:
    text = FILES["qd-55-2025-dinh-chinh.txt"]
    found = {(r.type, r.source, r.target, r.mode) for r in extract_relations(text)}
    # the number corrected to: 52 replaces 63 (the wrong 36 is only "đã ghi")
    assert ("replaces", "52/QĐ-SCT", "63/QĐ-SCT", None) in found
    assert ("amends", SELF, "52/QĐ-SCT", CORRECTION) in found
    assert not any(t == "36/QĐ-SCT" for _, _, t, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Điều 2. Quyết định số 27/QĐ-SXD ngày 15/4/2024 của Giám đốc Sở tiếp tục có hiệu "
            "lực thi hành kể từ ngày 15 tháng 9 năm 2025.",
            [("27/QĐ-SXD", "2025-09-15")],
        ),
        (
            "Quyết định số 27/QĐ-SXD bị tạm ngưng hiệu lực từ ngày 01/7/2025 theo Quyết định "
            "số 44/QĐ-SXD và tiếp tục có hiệu lực từ ngày 15/9/2025 theo Quyết định số "
            "61/QĐ-SXD.",
            [("27/QĐ-SXD", "2025-09-15")],
        ),
        (
            "Điều 1. Chấm dứt việc tạm ngưng hiệu lực của Quyết định số 88/QĐ-STC.",
            [("88/QĐ-STC", None)],
        ),
        # a report carrying a plan on restores nothing
        ("Sở tiếp tục thực hiện Kế hoạch số 04/KH-SXD ngày 08/01/2025.", []),
    ],
)
def test_restorations_as_texts_state_them(text: str, expected: list) -> None:
    assert [(r.target, r.since) for r in extract_restorations(text)] == expected


@pytest.mark.parametrize(
    ("ident", "as_of", "status"),
    [
        ("20/QĐ-SCT", "2025-06-30", "in_force"),  # the suspension starts on 01/7
        ("20/QĐ-SCT", "2025-07-01", "not_in_force"),
        ("20/QĐ-SCT", "2025-09-14", "not_in_force"),
        ("20/QĐ-SCT", "2025-09-15", "in_force"),  # the suspension repealed from 15/9
        ("31/QĐ-SCT", "2025-09-15", "not_in_force"),
        ("12/QĐ-SCT", "2025-02-09", "in_force"),
        ("12/QĐ-SCT", "2025-03-01", "partly_in_force"),  # Điều 4 suspended
        ("12/QĐ-SCT", "2025-05-01", "in_force"),  # its stated last day passed
        ("08/QĐ-SCT", "2025-05-01", "not_in_force"),
        ("08/QĐ-SCT", "2025-07-31", "not_in_force"),  # signed 25/7, restores from 01/8
        ("08/QĐ-SCT", "2025-08-01", "in_force"),  # restored in words from 01/8
        ("52/QĐ-SCT", "2025-09-01", "in_force"),  # a correction changes nothing in force
        ("63/QĐ-SCT", "2025-07-31", "in_force"),
        ("63/QĐ-SCT", "2025-08-01", "not_in_force"),  # replaced, as corrected
        ("70/QĐ-SCT", "2025-03-31", "in_force"),  # signed 25/3, suspends from 01/4
        ("70/QĐ-SCT", "2025-04-15", "not_in_force"),
        ("70/QĐ-SCT", "2025-07-01", "in_force"),
    ],
)
def test_status_follows_suspensions_and_corrections(
    settings: Settings, ident: str, as_of: str, status: str
) -> None:
    _, lives = open_archive(settings)
    assert lives.status(ident, as_of)["status"] == status


def test_a_suspension_event_says_when_it_was_lifted(settings: Settings) -> None:
    _, lives = open_archive(settings)
    [event] = lives.status("20/QĐ-SCT", "2025-08-01")["events"]
    assert (event["type"], event["by"], event["date"]) == ("suspended", "31/QĐ-SCT", "2025-07-01")
    assert event["lifted"] == "2025-09-15"
    assert "Tạm ngưng hiệu lực" in event["evidence"]["quote"]


def test_a_draft_citing_a_suspended_decision_is_warned_only_while_suspended(
    settings: Settings,
) -> None:
    registry, lives = open_archive(settings)
    text = "Sở tiếp nhận hồ sơ theo Quyết định số 20/QĐ-SCT ngày 10/3/2024."
    [during] = flag_superseded(check(text, registry), lives, as_of="2025-08-01", text=text).findings
    assert during.status == "superseded"
    assert "tạm ngưng hiệu lực" in (during.suggestion or "")
    assert "31/QĐ-SCT" in (during.suggestion or "")
    [after] = flag_superseded(check(text, registry), lives, as_of="2025-10-01", text=text).findings
    assert after.status == "verified"


def test_is_it_in_force_tells_the_suspension_and_its_end(settings: Settings) -> None:
    text = Answerer(settings, llm=None).ask("Quyết định số 20/QĐ-SCT còn hiệu lực không?").text
    assert "còn hiệu lực" in text.splitlines()[0]
    assert "tạm ngưng hiệu lực" in text
    assert "có hiệu lực trở lại từ ngày 15/9/2025" in text


def test_what_suspended_a_decision_names_the_suspending_one(settings: Settings) -> None:
    text = Answerer(settings, llm=None).ask("QĐ 20/QĐ-SCT bị tạm ngưng hiệu lực bởi QĐ nào?").text
    first = next(line for line in text.splitlines() if line.startswith("- "))
    assert "31/QĐ-SCT" in first
    assert "có hiệu lực trở lại từ ngày 15/9/2025" in first


def test_what_restored_a_decision_names_the_restoring_one(settings: Settings) -> None:
    text = Answerer(settings, llm=None).ask("QĐ nào khôi phục hiệu lực QĐ 08/QĐ-SCT?").text
    first = next(line for line in text.splitlines() if line.startswith("- "))
    assert first.startswith("- Quyết định số 45/QĐ-SCT")
    assert "01/8/2025" in first


def test_the_documents_suspended_on_a_day(settings: Settings) -> None:
    text = Answerer(settings, llm=None).ask(
        "Ngày 01/8/2025, văn bản nào của Sở đang bị tạm ngưng hiệu lực?"
    ).text
    listed = [line for line in text.splitlines() if line[:2] in ("1.", "2.", "3.")]
    # 08 was restored that day, Điều 4 of 12 on 01/5: only 20 is suspended then
    assert len(listed) == 1
    assert "20/QĐ-SCT" in listed[0]


def test_a_suspension_in_words_is_no_directive() -> None:
    from assistant.retrieval.query import parse_question

    assert "CT" not in parse_question("QĐ 55 bị đình chỉ thi hành bởi QĐ số mấy?").codes


def test_what_corrected_a_decision_names_the_correction_and_the_part(settings: Settings) -> None:
    text = Answerer(settings, llm=None).ask("QĐ 52/QĐ-SCT bị đính chính chỗ nào, bằng QĐ nào?").text
    listed = [line for line in text.splitlines() if line.startswith("1. ")]
    assert listed[0].startswith("1. Quyết định số 55/QĐ-SCT")
    assert "đính chính Điều 2" in listed[0]


def test_rules_signed_one_year_in_force_the_next_are_listed(settings: Settings) -> None:
    text = Answerer(settings, llm=None).ask(
        "Van ban nao cua So ky nam 2024 nhung den 2025 moi co hieu luc?"
    ).text
    listed = [line for line in text.splitlines() if line[:2] in ("1.", "2.")]
    assert len(listed) == 1
    assert "77/QĐ-SCT" in listed[0]
    assert "01/01/2025" in listed[0]


def test_rules_signed_and_not_yet_in_force_without_a_list_word(settings: Settings) -> None:
    text = Answerer(settings, llm=None).ask("VB đã ký nhưng chưa có hiệu lực?").text
    listed = [line for line in text.splitlines() if line[:2] in ("1.", "2.")]
    assert len(listed) == 1
    assert "81/QĐ-SCT" in listed[0]


def test_which_of_the_named_were_in_force_on_a_day(settings: Settings) -> None:
    text = Answerer(settings, llm=None).ask(
        "Ngày 01/8/2025, trong các QĐ 20, 08, 12 và 63 của Sở, QĐ nào còn hiệu lực?"
    ).text
    lines = text.splitlines()
    assert lines[0].startswith("Ngày 01/8/2025")
    listed = [line for line in lines if line[:2] in ("1.", "2.", "3.", "4.")]
    # 20 suspended, 63 replaced that day; 08 restored that day, 12's suspended article back
    assert [next(i for i in ("20/", "08/", "12/", "63/") if i in line) for line in listed] == [
        "08/",
        "12/",
    ]
    [rest] = [line for line in lines if line.startswith("Không còn")]
    assert "20/QĐ-SCT" in rest
    assert "63/QĐ-SCT" in rest


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the replacement told beside it: the act is said, no warning
        (
            "Bộ phận Một cửa hoạt động theo Quyết định số 52/QĐ-SCT ngày 25/7/2025, thay thế "
            "Quyết định số 63/QĐ-SCT ngày 10/9/2024.",
            "verified",
        ),
        # told, and then said to hold still
        (
            "Bộ phận Một cửa hoạt động theo Quyết định số 52/QĐ-SCT ngày 25/7/2025, thay thế "
            "Quyết định số 63/QĐ-SCT ngày 10/9/2024 (quy chế này vẫn áp dụng cho hồ sơ cũ).",
            "superseded",
        ),
        # cited for itself, the new one named in another clause
        (
            "Hồ sơ giải quyết theo Quyết định số 63/QĐ-SCT ngày 10/9/2024 sửa đổi quy trình; "
            "Quy chế mới ban hành tại Quyết định số 52/QĐ-SCT ngày 25/7/2025.",
            "superseded",
        ),
    ],
)
def test_a_replacement_told_beside_excuses_only_what_it_says(
    settings: Settings, text: str, status: str
) -> None:
    registry, lives = open_archive(settings)
    findings = flag_superseded(check(text, registry), lives, as_of="2025-10-01", text=text)
    [cited] = [f for f in findings.findings if "63/QĐ-SCT" in text[f.start : f.end]]
    assert cited.status == status


def test_the_years_ends_and_suspensions_asked_together(settings: Settings) -> None:
    # "bị thay thế hoặc bị tạm ngưng": the replacements and the suspensions of the year,
    # those lifted since too; the ones asked for alone stay apart
    text = Answerer(settings, llm=None).ask(
        "Trong năm 2025, những QĐ nào của Sở bị thay thế hoặc bị tạm ngưng hiệu lực?"
    ).text
    listed = [line for line in text.splitlines() if line[:3] in ("1. ", "2. ", "3. ", "4. ")]
    named = " ".join(line.split(":")[0] for line in listed)
    for ident in ("63/QĐ-SCT", "20/QĐ-SCT", "08/QĐ-SCT"):
        assert ident in named
    alone = Answerer(settings, llm=None).ask(
        "Ngày 01/8/2025, văn bản nào của Sở đang bị tạm ngưng hiệu lực?"
    ).text
    assert "63/QĐ-SCT" not in alone
