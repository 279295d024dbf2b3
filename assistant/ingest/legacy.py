"""Text typed in the old Vietnamese fonts, converted to Unicode.

Before Unicode was required (Nghị định 30/2020/NĐ-CP requires it; Thông tư 01/2011/TT-BNV
before it), offices typed in fonts that drew Vietnamese over single-byte codes:
- **TCVN3** (TCVN 5712:1993, the ABC fonts ``.VnTime``, ``.VnArial``): one code a letter,
  "Quyết định" stored as ``QuyÕt ®Þnh``; capitals with a tone come from the ``H`` fonts
  (``.VnTimeH``), which draw the lower-case codes as capitals: ``QUYÕT ®ÞNH``.
- **VNI** (``VNI-Times``): a base letter and a code for its marks, "Quyết định" stored as
  ``Quyeát ñònh``.
Read from a DOCX, a ``.doc``, a PDF's text layer or a text file, such text shows Latin-1
letters that Vietnamese never uses (``®``, ``Þ``, ``ñ`` after a consonant…) and none of the
letters only Vietnamese has (ă, đ, ơ, ư, ạ…). ``from_legacy`` finds those lines and converts
each from the encoding that makes it Vietnamese; a line that already has Vietnamese letters
is Unicode and left alone, so a document whose header is Unicode and whose body was pasted
from an old file is converted where it needs to be.
"""

from __future__ import annotations

import re
import unicodedata

# TCVN3 code (as the Latin-1 character it is read as) → the letter it draws.
_TCVN3_PAIRS = (
    "µà ¸á ¶ả ·ã ¹ạ ¨ă »ằ ¾ắ ¼ẳ ½ẵ Æặ ©â Çầ Êấ Èẩ Éẫ Ëậ ®đ "
    "Ìè Ðé Îẻ Ïẽ Ñẹ ªê Òề Õế Óể Ôễ Öệ ×ì Ýí Øỉ Üĩ Þị "
    "ßò ãó áỏ âõ äọ «ô åồ èố æổ çỗ éộ ¬ơ êờ íớ ëở ìỡ îợ "
    "ïù óú ñủ òũ ôụ \u00adư õừ øứ öử ÷ữ ùự úỳ ýý ûỷ üỹ þỵ "
    "¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ"
)
TCVN3 = {pair[0]: pair[1] for pair in _TCVN3_PAIRS.split()}

# VNI: a base letter, then a code for its marks; a few letters are one code.
_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng
_VNI_PLAIN = "ùøûõï"  # a tone on a, e, o, u, y, ơ, ư
_VNI_HAT = "áàåãä"  # a tone on â, ê, ô (the hat's code "â" carries it)
_VNI_BREVE = "éèúüë"  # a tone on ă (the breve's code "ê" carries it)
_VNI_I = "íìæóò"  # i with a tone: one code each


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}

    def add(code: str, letter: str) -> None:
        table[code] = unicodedata.normalize("NFC", letter)
        table[code.upper()] = unicodedata.normalize("NFC", letter.upper())

    for base in "aeouy":
        for mark, tone in zip(_VNI_PLAIN, _TONES, strict=True):
            add(base + mark, base + tone)
    for base in "aeo":
        add(base + "â", base + "\u0302")
        for mark, tone in zip(_VNI_HAT, _TONES, strict=True):
            add(base + mark, base + "\u0302" + tone)
    add("aê", "ă")
    for mark, tone in zip(_VNI_BREVE, _TONES, strict=True):
        add("a" + mark, "ă" + tone)
    for code, letter in (("ô", "ơ"), ("ö", "ư")):
        add(code, letter)
        for mark, tone in zip(_VNI_PLAIN, _TONES, strict=True):
            add(code + mark, letter + tone)
    for mark, tone in zip(_VNI_I, _TONES, strict=True):
        add(mark, "i" + tone)
    add("î", "ỵ")
    add("ñ", "đ")
    return table


VNI = _vni_table()
_VNI_CODE = re.compile("|".join(sorted(map(re.escape, VNI), key=len, reverse=True)))
_TCVN3_CODE = re.compile("[" + re.escape("".join(TCVN3)) + "]")
_LATIN1 = re.compile("[\u00a1-\u00ff]")

# Letters only Vietnamese writes (beyond those of Latin-1, which old-font codes reuse).
_VIETNAMESE = re.compile("[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]")
# A Vietnamese syllable, its tone taken off: onset, vowels, final consonant.
_ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]"
# Vowels that end a syllable (a glide last, or ia/ua/ưa), and those a consonant may follow.
_CLOSED = (
    "uya|uyu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|iêu|yêu|"
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu"
)
_OPEN = "uyê|iê|yê|uô|ươ|oa|oă|oe|oo|uâ|uê|uơ|uy|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y"
_SYLLABLE = re.compile(
    f"(?:{_ONSET})?(?:(?:{_CLOSED})|(?:{_OPEN})(?:ch|ng|nh|[cmnpt])?)", re.IGNORECASE
)
# The same typed without diacritics ("truyen", "quyet").
_ASCII_SYLLABLE = re.compile(
    _SYLLABLE.pattern.translate(str.maketrans("ăâđêôơư", "aadeoou")), re.IGNORECASE
)
# Latin-1 letters and signs that Vietnamese in Unicode never uses: old-font codes.
_FOREIGN = re.compile(
    "[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df"
    "\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]"
)
_VOWEL = re.compile("[aăâeêioôơuưy]", re.IGNORECASE)
_WORD = re.compile(r"[^\s\d.,;:!?()\[\]\"'/\\|–—-]+")
_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_LETTERS = re.compile(r"[^\W\d_]+")


def _toneless(word: str) -> tuple[str, int]:
    """``word`` without its tone marks (hats, breves and horns kept), and how many it had."""
    decomposed = unicodedata.normalize("NFD", word)
    bare = decomposed.translate(_TONE_MARKS)
    return unicodedata.normalize("NFC", bare), len(decomposed) - len(bare)


def is_syllable(word: str) -> bool:
    """Whether ``word`` spells a Vietnamese syllable (one tone at most; "nào", "truyen"
    typed without diacritics; not "naof", "plan")."""
    bare, tones = _toneless(word)
    syllable = _ASCII_SYLLABLE if bare.isascii() else _SYLLABLE
    return tones <= 1 and syllable.fullmatch(bare) is not None


def _reading(text: str) -> tuple[int, int, int]:
    """Of the words with a letter beyond ASCII: how many are Vietnamese syllables, how many
    are not (an abbreviation without a vowel, "QĐ", is neither); and how many signs or
    letters Vietnamese never writes the text has."""
    syllables = others = 0
    for word in _LETTERS.findall(text):
        if word.isascii():
            continue
        if is_syllable(word):
            syllables += 1
        elif _VOWEL.search(_toneless(word)[0]):
            others += 1
    return syllables, others, len(_FOREIGN.findall(text))


def _score(reading: tuple[int, int, int]) -> int:
    syllables, others, foreign = reading
    return syllables - others - foreign


def _vietnamese(reading: tuple[int, int, int]) -> bool:
    """Whether a converted line reads as Vietnamese: no old-font code left, and two
    syllables for every word that is none (French converted as TCVN3 is not)."""
    syllables, others, foreign = reading
    return foreign == 0 and syllables > 0 and syllables >= 2 * others


def _capitals(text: str) -> bool:
    """Whether the Latin letters of ``text`` are all capitals (and there are two or more)."""
    latin = [c for c in text if c.isascii() and c.isalpha()]
    return len(latin) >= 2 and all(c.isupper() for c in latin)


def _codes(text: str) -> str:
    return _TCVN3_CODE.sub(lambda c: TCVN3[c.group(0)], text)


def _coded_capitals(word: str) -> bool:
    return _capitals(word) and bool(_TCVN3_CODE.search(word))


def _tcvn3_line(line: str) -> str:
    words = _WORD.findall(line)  # every code is in a word: the separators hold none
    if _capitals(line) and any(_coded_capitals(w) for w in words):
        return _codes(line).upper()

    def capital(i: int, word: str) -> bool:
        latin = [c for c in word if c.isascii() and c.isalpha()]
        beside = words[max(i - 1, 0) : i] + words[i + 1 : i + 2]
        return _capitals(word) or (
            len(latin) == 1
            and latin[0].isupper()
            and bool(_TCVN3_CODE.search(word))
            and any(_coded_capitals(w) for w in beside)
        )

    upper = {i for i, word in enumerate(words) if capital(i, word)}
    at = iter(range(len(words)))
    return _WORD.sub(
        lambda m: _codes(m.group(0)).upper() if next(at) in upper else _codes(m.group(0)), line
    )


def tcvn3_to_unicode(text: str) -> str:
    """TCVN3 codes → letters. Capitals with a tone have no code: a line or a word whose
    Latin letters are all capitals was typed in an ``H`` font, which draws every code as
    a capital (``QUYÕT ®ÞNH`` → ``QUYẾT ĐỊNH``, ``X·`` in ``CéNG HOµ X· HéI`` → ``XÃ``),
    and so was a one-letter word beside such a word, in a line the header's two columns
    share (``Së TH¤NG TIN Vµ TRUYÒN TH¤NG §éc lËp`` → ``SỞ THÔNG TIN VÀ TRUYỀN THÔNG Độc
    lập``); ``Sè: 12/Q§-UBND`` has no such word, and reads ``Số: 12/QĐ-UBND``."""
    return "\n".join(_tcvn3_line(line) for line in text.split("\n"))


def vni_to_unicode(text: str) -> str:
    """VNI codes (a letter and its marks' code, or one code) → letters."""
    return _VNI_CODE.sub(lambda m: VNI[m.group(0)], text)


_CONVERTERS = (("TCVN3", tcvn3_to_unicode), ("VNI", vni_to_unicode))
_FONTS = {"TCVN3": ".VnTime", "VNI": "VNI-Times"}


def _candidate(line: str) -> bool:
    """A line with Latin-1 letters and none only Vietnamese in Unicode writes."""
    return bool(_LATIN1.search(line)) and not _VIETNAMESE.search(line)


def _conversions(line: str) -> dict[str, tuple[str, int, bool]]:
    """Each encoding's conversion of ``line`` that changes it and reads as Vietnamese at
    least as well as the line as it is: the text, its score, and whether it reads better."""
    before = _score(_reading(line))
    found = {}
    for label, convert in _CONVERTERS:
        converted = convert(line)
        reading = _reading(converted)
        if converted != line and _score(reading) >= before and _vietnamese(reading):
            found[label] = (converted, _score(reading), _score(reading) > before)
    return found


# Lines an encoding must convert for certain before it is trusted with a line that reads as
# well either way ("Sè: 76/BC-STTTT" is "Sè" or, in TCVN3, "Số").
_SURE_LINES = 2


def convert_legacy(text: str) -> tuple[str, dict[str, int]]:
    """``text`` with its lines typed in TCVN3 or VNI converted to Unicode, and how many
    lines each encoding converted (empty when none).

    A document is typed in one font. A line is converted from the encoding that reads best;
    where both read as well (a short line, "ña va"), from the one that read best on more of
    the text's lines; a line that reads as well converted as not ("Sè", "Soá") is converted
    when the text's other lines were, surely, in that encoding.
    """
    if not _LATIN1.search(text):
        return text, {}
    lines = text.split("\n")
    options = {i: _conversions(line) for i, line in enumerate(lines) if _candidate(line)}
    options = {i: found for i, found in options.items() if found}
    votes = dict.fromkeys(_FONTS, 0)
    for found in options.values():
        better = {label: score for label, (_, score, gain) in found.items() if gain}
        for label, score in better.items():
            votes[label] += score == max(better.values())
    preferred = sorted(votes, key=lambda label: -votes[label])
    first, second = votes[preferred[0]], votes[preferred[1]]
    sure = preferred[0] if first >= _SURE_LINES and first > second else None
    converted: dict[str, int] = {}
    for i, found in options.items():
        better = {label: score for label, (_, score, gain) in found.items() if gain}
        if better:
            best = max(better.values())
            label = next(label for label in preferred if better.get(label) == best)
        elif sure in found:
            label = sure
        else:
            continue
        lines[i] = found[label][0]
        converted[label] = converted.get(label, 0) + 1
    return ("\n".join(lines) if converted else text), converted


def legacy_note(found: dict[str, int]) -> str | None:
    """What to tell the user of the lines ``convert_legacy`` converted."""
    if not found:
        return None
    what = " and ".join(
        f"{n} line{'s' if n > 1 else ''} in {name} ({_FONTS[name]})" for name, n in found.items()
    )
    return f"typed in an old Vietnamese font: {what} converted to Unicode"


def from_legacy(text: str) -> tuple[str, str | None]:
    """``text`` with its lines typed in TCVN3 or VNI converted, and a note (None when
    nothing was converted)."""
    converted, found = convert_legacy(text)
    return converted, legacy_note(found)


def vietnamese_score(text: str) -> int:
    """Vietnamese syllables less other words and old-font codes: which of two decodings of
    the same bytes reads better."""
    return _score(_reading(text))

