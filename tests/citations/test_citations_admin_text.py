"""Real university text: NFD diacritics and malformed numbers, returned and marked."""

from __future__ import annotations

import unicodedata

import pytest

from assistant.citations import extract, normalize


@pytest.fixture(scope="module")
def found(admin_text: str):
    return extract(admin_text)


def test_text_is_decomposed_and_offsets_refer_to_nfc(admin_text: str, found) -> None:
    assert admin_text != unicodedata.normalize("NFC", admin_text)  # the point of this fixture
    text = normalize(admin_text)
    assert len(found) > 40
    assert all(text[c.start : c.end] == c.text for c in found)


@pytest.mark.parametrize(
    ("ident", "missing"),
    [
        ("766/QĐ-", ("issuer",)),
        ("286b/QĐ-", ("issuer",)),
        ("326", ("symbol",)),
        ("1021/TB-", ("issuer",)),
        ("739/QĐ-", ("issuer",)),
    ],
)
def test_malformed_are_returned_and_marked(found, ident: str, missing: tuple) -> None:
    hits = [c for c in found if c.ident == ident]
    assert hits
    assert all(c.missing == missing for c in hits)


def test_canonicalised_with_a_note(found) -> None:
    c = next(c for c in found if c.ident == "1982/QĐ-TTg")
    assert c.date == "2016-10-18"
    assert any("1982/QĐ- TTg" in n for n in c.notes)
    ministry = next(c for c in found if c.ident == "07/2015/TT-BGDĐT")
    assert any("Bộ GDĐT" in n for n in ministry.notes)


def test_legal_references_are_complete(found) -> None:
    idents = {c.ident for c in found if not c.missing}
    assert {"04/2016/TT-GDĐT", "38/2005/QH11", "08/2012/QH13", "17/2021/TT-BGDĐT"} <= idents


def test_no_false_positives_from_ratios_and_units(found) -> None:
    assert not [c for c in found if c.ident and ("GV" in c.ident or "phòng" in c.text)]
