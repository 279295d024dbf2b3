"""A question's typing slips, mended by the archive's own words (``Speller``)."""

from __future__ import annotations

from assistant.retrieval.spelling import Speller

ARCHIVE = [
    "Kế hoạch tuyên truyền cải cách hành chính năm 2025 của Sở.",
    "Báo cáo kết quả tuyên truyền cải cách hành chính; thủ tục hành chính được công bố.",
    "Tuyên truyền về thủ tục hành chính trên cổng thông tin; kiểm tra cải cách hành chính.",
    "Quyết định công bố thủ tục hành chính không còn hiệu lực.",
    "Gói bao thiểu; bao thiểu; bao thiểu.",  # a pair one edit from "bao nhiêu"
    "Số: 12/SVHTTDL-VP; số 14/SVHTTDL-VP; số 15/SVHTTDL-VP.",  # "số" then a symbol's code
]


def test_a_slipped_syllable_is_mended_as_the_archive_writes_it() -> None:
    speller = Speller(ARCHIVE)
    assert speller.mend("Kế hoạch tuyên truền CCHC năm 2025") == (
        "Kế hoạch tuyên truyền CCHC năm 2025"
    )
    assert speller.mend("Những QĐ nào về thủ tục hành chín?") == (
        "Những QĐ nào về thủ tục hành chính?"
    )
    # typed without diacritics, mended without them
    assert speller.mend("ke hoach tuyen truen nam 2025") == "ke hoach tuyen truyen nam 2025"


def test_words_the_archive_uses_short_words_and_capitals_are_left_as_typed() -> None:
    speller = Speller(ARCHIVE)
    for question in (
        "những văn bản năm 2025 ko phải CCHC",  # "ko": too short to tell from "có"
        "Quyết định nào không còn hiệu lực?",  # every word and pair is the archive's
        "Sở Tư pháp có những QĐ nào về KSTTHC?",  # capitals: an initialism
        "Kế hoạch chuyển đổi số năm 2025",  # words the archive lacks, no near pair
        "Báo cáo năm 2025 tiếp nhận bao nhiêu hồ sơ?",  # the words a question asks with
        "cac cong van so vhttdl nam 2025",  # an initialism typed in lower case
    ):
        assert speller.mend(question) == question
