"""Write the RTF test files ``tests/ingest/data/*.rtf``:
- the DOCX of ``make_doc_fixtures.py`` (a decision, a letter with tracked changes and a
  field, one typed in the old TCVN3 fonts, a report with a footnote) and one of merged and
  nested cells made here, saved as RTF by LibreOffice, as an office's LibreOffice would;
- ``word_style.rtf``, written here as Word 2016 and later write RTF (``\\ansicpg1252``,
  Vietnamese as ``\\uN\\'3f``, a ``\\fcharset163`` font's bytes in cp1258, ``{\\*\\…}`` groups,
  rsids, the revision table, a header table whose row properties follow its cells, a field,
  a footnote and an endnote, a tracked deletion and insertion, hidden text, a comment, a
  picture, list numbers, a nested table, a page header and footer, a ``.VnTime`` run).
The tests read the committed files: CI has no LibreOffice. Run again only to change them:

    python scripts/make_rtf_fixtures.py
    # needs soffice (Debian: libreoffice-writer-nogui)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "tests" / "ingest"))
from builders import cp1258_bytes  # noqa: E402
from make_doc_fixtures import MARK, _old, decision, footnoted, letter, old_font  # noqa: E402

OUT = REPO / "tests" / "ingest" / "data"
_OF = "của UBND tỉnh Hòa An"


def merged(path: Path) -> None:
    """A table with a cell merged across two columns and one down two rows, and a table
    holding another in a cell."""
    document = docx.Document()
    document.add_paragraph("Bảng 1. Kết quả tiếp nhận hồ sơ")
    table = document.add_table(rows=3, cols=3)
    for i, row in enumerate([["", "", "Ghi chú"], ["Quý I", "120", ""], ["Quý II", "135", ""]]):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Kỳ báo cáo và số hồ sơ"
    table.cell(1, 2).merge(table.cell(2, 2)).text = "Đúng hạn 100%"
    document.add_paragraph("Bảng 2. Phân công")
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Văn phòng Sở"
    inner = outer.cell(0, 1).add_table(rows=2, cols=2)
    for i, row in enumerate([["Tiếp dân", "Thứ Hai"], ["Một cửa", "Hằng ngày"]]):
        for j, value in enumerate(row):
            inner.cell(i, j).text = value
    document.add_paragraph("Hết.")
    document.save(str(path))


# --- written as Word writes RTF ----------------------------------------------------


def _word(text: str) -> str:
    """``text`` as Word 2016 writes it with \\ansicpg1252: ASCII as it is, a character of
    cp1252 as ``\\'hh``, any other as ``\\uN\\'3f`` (N a signed 16-bit number)."""
    out = []
    for char in text:
        if char in "\\{}":
            out.append("\\" + char)
        elif ord(char) < 0x80:
            out.append(char)
        else:
            try:
                out.append("".join(f"\\'{b:02x}" for b in char.encode("cp1252")))
            except UnicodeEncodeError:
                code = ord(char)
                out.append(f"\\u{code - 0x10000 if code > 0x7FFF else code}\\'3f")
    return "".join(out)


def _hex(data: bytes) -> str:
    return "".join(chr(b) if 0x20 <= b < 0x80 and b not in b"\\{}" else f"\\'{b:02x}" for b in data)


_FONTS = (
    r"{\fonttbl{\f0\fbidi \froman\fcharset0\fprq2{\*\panose 02020603050405020304}Times New Roman;}"
    r"{\f3\fbidi \froman\fcharset2\fprq2{\*\panose 05050102010706020507}Symbol;}"
    r"{\f41\fbidi \froman\fcharset163\fprq2 Times New Roman (Vietnamese);}"
    r"{\f42\fnil\fcharset0\fprq2 .VnTime;}{\f43\fnil\fcharset0\fprq2 .VnTimeH;}"
    r"{\flomajor\f31500\fbidi \froman\fcharset0\fprq2{\*\panose 02020603050405020304}"
    r"Times New Roman;}}"
)
_PREAMBLE = (
    r"{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff0\deff0\stshfdbch31505\stshfloch31506"
    r"\deflang1033\deflangfe1033\themelang1033" + _FONTS + "\r\n"
    r"{\colortbl;\red0\green0\blue0;\red0\green0\blue255;}{\*\defchp \f31506\fs22 }"
    r"{\*\defpap \ql \li0\ri0\sa160\sl259\slmult1 }\noqfpromote {\stylesheet{\ql \li0\ri0"
    r"\widctlpar\itap0 \rtlch\fcs1 \af0\afs22 \ltrch\fcs0 \f0\fs22\lang1033 \snext0 \sqformat"
    r" Normal;}{\*\cs10 \additive \ssemihidden Default Paragraph Font;}{\s15\qc \f43\fs26"
    r" \sbasedon0 \snext15 Tieu de cu;}}"
    r"{\*\listtable{\list\listtemplateid1{\listlevel\levelnfc4\leveljc0\levelstartat1"
    r"{\leveltext\'02\'00);}{\levelnumbers\'01;}}\listid1}}"
    r"{\*\listoverridetable{\listoverride\listid1\listoverridecount0\ls1}}"
    r"{\*\revtbl {Unknown;}{" + _word("Chuyên viên") + ";}}"
    r"{\*\rsidtbl \rsid1180\rsid2261\rsid4127}{\mmathPr\mmathFont34\mbrkBin0}"
    r"{\info{\title " + _word("Quyết định tiếp công dân") + r"}{\author Chuyen vien}"
    r"{\creatim\yr2021\mo3\dy2\hr9\min0}{\version2}}"
    r"{\*\xmlnstbl {\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}"
    "\r\n"
    r"\paperw11906\paperh16838\margl1701\margr1134\margt1134\margb1134\gutter0\ltrsect "
    r"\deftab720\ftnbj\aenddoc\revprop3\rsidroot1180 {\*\generator Microsoft Word 16.0;}"
    r"\sectd \ltrsect\linex0\headery708\footery708\endnhere\sectdefaultcl\sftnbj "
    r"{\headerr \ltrpar \pard\plain \ltrpar\qc \f0\fs20 {\insrsid1180 "
    + _word("SỞ NỘI VỤ — ĐẦU TRANG")
    + r" \chpgn \par }}"
    r"{\footerr \ltrpar \pard\plain \f0\fs20 {\insrsid1180 " + _word("Chân trang mẫu") + r"\par }}"
    r"{\*\pnseclvl1\pnucrm\pnqc\pnstart1\pnindent720\pnhang {\pntxta .}}" + "\r\n"
)
_PARAGRAPH = (
    r"\pard\plain \ltrpar\qj \li0\ri0\sa120\widctlpar\itap0 \rtlch\fcs1 \af0 \ltrch\fcs0 \f0\fs28"
)
_CELL = r"\pard\plain \ltrpar\qc \li0\ri0\widctlpar\intbl \rtlch\fcs1 \af0 \ltrch\fcs0 \f0\fs26"


def _row(cells: list[str], edges: list[int], *, borders: bool = False, merges: str = "") -> str:
    """A table row as Word writes it: its properties, the cells, then (in a group before
    ``\\row``) its properties again."""
    line = r"\brdrs\brdrw10" if borders else r"\brdrnone"
    props = (
        r"\trowd \irow0\irowband0\ltrrow\ts11\trgaph108\trleft-108\trftsWidth1\tblrsid1180"
        r"\tbllkhdrrows\tblind0\tblindtype3 "
    )
    for i, edge in enumerate(edges):
        mark = {"f": r"\clvmgf", "r": r"\clvmrg"}.get(merges[i:i + 1], "")
        props += (
            rf"{mark}\clvertalt\clbrdrt{line} \clbrdrl{line} \clbrdrb{line} \clbrdrr{line} "
            rf"\cltxlrtb\clftsWidth3\clwWidth{edge} \cellx{edge}"
        )
    body = "".join(
        rf"{_CELL} {{\rtlch\fcs1 \af0 \ltrch\fcs0 \insrsid1180 {c}\cell }}" for c in cells
    )
    return props + body + rf"\pard\plain \ltrpar\ql \intbl {{\insrsid1180 {props}\row }}" + "\r\n"


def _cell(*paragraphs: str) -> str:
    return r"\par ".join(_word(p) for p in paragraphs)


def _paragraph(body: str) -> str:
    return rf"{_PARAGRAPH} {{\rtlch\fcs1 \af0 \ltrch\fcs0 \insrsid2261 {body}\par }}" + "\r\n"


def word_style() -> bytes:
    """A decision of 2021 as Word 2016 saves it as RTF (see the module's docstring)."""
    header = _row(
        [
            _cell("UBND TỈNH HÒA AN", "SỞ NỘI VỤ", "Số: 12/QĐ-SNV"),
            _cell(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Hòa An, ngày 02 tháng 3 năm 2021",
            ),
        ],
        [3861, 9639],
    )
    # typed in TCVN3: small letters in the style's font (.VnTimeH draws them as capitals)
    old_heading = _old("giám đốc sở nội vụ").encode("latin-1")
    old_heading_rtf = (
        rf"\pard\plain \ltrpar\s15\qc \fs26 {{\insrsid4127 {_hex(old_heading)}\par }}" + "\r\n"
    )
    old_body = _old("Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013;").encode("latin-1")
    old_body_rtf = _paragraph(r"{\f42 " + _hex(old_body) + "}")
    vietnamese_page = _paragraph(
        r"{\hich\af41\dbch\af31505\loch\f41 "
        + _hex(cp1258_bytes(f"Căn cứ Quyết định số 28/2016/QĐ-UBND ngày 15/7/2016 {_OF};"))
        + "}"
    )
    listed = "".join(
        rf"{{\listtext\pard\plain \ltrpar \rtlch\fcs1 \af0 \ltrch\fcs0 \f0 {mark})\tab}}"
        rf"\pard\plain \ltrpar\qj \fi-360\li720\ls1\ilvl0\itap0 \f0 {{\insrsid2261 {_word(text)}"
        r"\par }"
        + "\r\n"
        for mark, text in (("a", "Tiếp công dân thường xuyên tại Trụ sở;"), ("b", "Định kỳ."))
    )
    revised = _paragraph(
        _word("Điều 2. Quyết định này có hiệu lực ")
        + r"}{\rtlch\fcs1 \af0 \ltrch\fcs0 \deleted\revauthdel1\revdttmdel1234567890\insrsid4127 "
        + _word("từ ngày 01/4/2021")
        + r"}{\rtlch\fcs1 \af0 \ltrch\fcs0 \revised\revauth1\revdttm1234567890\insrsid4127 "
        + _word("kể từ ngày ký")
        + r"}{\insrsid2261 ."
    )
    field = _paragraph(
        _word("Quy chế được đăng tại ")
        + r'{\field{\*\fldinst {\insrsid2261  HYPERLINK \\l "tcd" }{\*\datafield 0a}}'
        r"{\fldrslt {\cs15\ul\cf2\insrsid2261 " + _word("Cổng thông tin điện tử") + "}}}"
        + _word(" của Sở")
        + r"{\cs16\super\chftn {\footnote \ltrpar \pard\plain \ltrpar\s17 \f0 {\cs16\super\chftn }"
        + r"{\insrsid2261  " + _word("Địa chỉ: https://hoaan.example/tcd (mẫu).") + "}}}"
        + r"{\*\atnid CV}{\*\atnauthor " + _word("Chuyên viên")
        + r"}\chatn {\*\annotation{\*\atnref 1}"
        + r"\pard\plain \f0\fs20 " + _word("Xem lại câu này") + r"}"
        + r"{\v " + _word(" (ghi chú ẩn: bản nháp lần 2)") + r"}."
        + r"{\cs16\super\chftn {\footnote\ftnalt \pard\plain \f0\fs20 {\cs16\super\chftn }"
        + _word(" Quy chế gồm 5 chương, 20 điều.") + "}}"
    )
    picture = (
        r"{\*\shppict{\pict{\*\picprop}\pngblip\picw1\pich1\picwgoal15\pichgoal15 "
        + "\r\n89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489\r\n"
        + r"}}{\nonshppict{\pict\wmetafile8\picw1\pich1 0100090000}}"
    )
    nested = (
        r"\trowd \irow0\irowband0\lastrow\ltrrow\trgaph108\trleft-108 \clbrdrt\brdrs\brdrw10 "
        r"\cellx3000\clbrdrt\brdrs\brdrw10 \cellx9639"
        rf"{_CELL} {{\insrsid2261 {_word('Tổ tiếp công dân')}\cell }}"
        + "".join(
            rf"\pard\plain \ltrpar\ql \intbl\itap2 {{\insrsid2261 {_word(a)}\nestcell }}"
            rf"{{\insrsid2261 {_word(b)}\nestcell }}"
            r"\pard\plain \ltrpar\ql \intbl\itap2 {\insrsid2261 {\*\nesttableprops\trowd "
            r"\irow0\ltrrow\cellx5000\cellx9000\nestrow}{\nonesttables\par }}"
            for a, b in (("Thứ Hai", "Lãnh đạo Sở"), ("Thứ Năm", "Chánh Văn phòng"))
        )
        + r"\pard\plain \ltrpar\ql \intbl\itap1 {\insrsid2261 \cell }"
        r"\pard\plain \ltrpar\ql \intbl {\insrsid2261 \trowd \irow0\irowband0\lastrow\ltrrow"
        r"\trgaph108\trleft-108 \clbrdrt\brdrs\brdrw10 \cellx3000\clbrdrt\brdrs\brdrw10 \cellx9639"
        r"\row }"
        + "\r\n"
    )
    edges = [3000, 6000, 9639]
    figures = (
        _row([_word("Kỳ"), _word("Hồ sơ"), _word("Ghi chú")], edges, borders=True)
        + _row([_word("Quý I"), "120", _word("Đúng hạn 100%")], edges, borders=True, merges="  f")
        + _row([_word("Quý II"), "135", ""], edges, borders=True, merges="  r")
    )
    signature = _row(
        [
            _cell("Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."),
            _cell("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Trần Văn Bình"),
        ],
        [4500, 9639],
    )
    body = (
        _paragraph(_word(MARK))
        + header
        + _paragraph(r"\b " + _word("QUYẾT ĐỊNH"))
        + _paragraph(_word("Về việc ban hành Quy chế tiếp công dân của Sở Nội vụ"))
        + old_heading_rtf
        + old_body_rtf
        + vietnamese_page
        + _paragraph(_word("QUYẾT ĐỊNH:"))
        + _paragraph(_word("Điều 1. Ban hành kèm theo Quyết định này Quy chế") + picture + ":")
        + listed
        + revised
        + field
        + nested
        + _paragraph(_word("Bảng số liệu:"))
        + figures
        + _paragraph(_word("Điều 3. Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này."))
        + signature
        + _paragraph(_word("Tài liệu mẫu hư cấu, không phải văn bản thật."))
    )
    return (_PREAMBLE + body + "}\r\n").encode("ascii")


def main() -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice not found: install LibreOffice (Debian: libreoffice-writer-nogui)")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "word_style.rtf").write_bytes(word_style())
    with tempfile.TemporaryDirectory() as tmp:
        made = []
        for name, write in (
            ("decision", decision),
            ("letter", letter),
            ("old_font", old_font),
            ("footnoted", footnoted),
            ("merged", merged),
        ):
            path = Path(tmp) / f"{name}.docx"
            write(path)
            made.append(str(path))
        profile = Path(tmp) / "profile"
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                "rtf",
                "--outdir",
                str(OUT),
                *made,
            ],
            check=True,
            capture_output=True,
        )
    for path in sorted(OUT.glob("*.rtf")):
        print(path.relative_to(REPO), path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
