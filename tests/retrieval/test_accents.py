"""Diacritics put back into a question typed without them, from the archive's words."""

from __future__ import annotations

from assistant.retrieval.accents import Accents

ARCHIVE = [
    "Quyết định số 137/QĐ-STP ban hành Quy chế làm việc của Sở Tư pháp.",
    "Giám đốc Sở ban hành Quy chế làm việc; Quy chế chi tiêu nội bộ của Sở Tư pháp.",
    "Sở tiếp nhận 1.200 hồ sơ; số hồ sơ trực tuyến tăng. Báo cáo số 12/BC-STP.",
    "Báo cáo kết quả; báo cáo quý I; bao gồm 05 phòng. Số liệu của Sở Tư pháp.",
]


def test_the_archive_s_writing_of_each_phrase_is_put_back() -> None:
    accents = Accents(ARCHIVE)
    got = accents.restore("cac quyet dinh ve quy che lam viec cua so tu phap")
    assert got == "các quyết định về quy chế làm việc của sở tư pháp"


def test_case_numbers_and_marked_words_are_kept() -> None:
    accents = Accents(ARCHIVE)
    assert accents.restore("Quy che lam viec nam 2022?") == "Quy chế làm việc năm 2022?"
    assert accents.restore("QUY CHE lam việc") == "QUY CHẾ làm việc"


def test_a_lone_syllable_the_archive_writes_several_ways_is_left_alone() -> None:
    # "so" is số and sở; "bao" is báo and bao: typed alone, neither is guessed
    accents = Accents(ARCHIVE)
    assert accents.restore("so") == "so"
    assert accents.restore("bao nhieu ho so") == "bao nhiêu hồ sơ"


def test_the_runs_that_restore_most_syllables_win_over_the_longest_first() -> None:
    # "cong bo chi" is a run of the archive, but taking it leaves "so" unmarked (số or
    # sở); "công bố" and "chỉ số" restore all four syllables
    accents = Accents(["Quyết định công bố chỉ số cải cách hành chính; công bố chỉ số năm."])
    assert accents.restore("cong bo chi so") == "công bố chỉ số"
