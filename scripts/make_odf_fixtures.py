"""Write the OpenDocument test files ``tests/ingest/data/*.odt``, ``*.ods``: the DOCX and XLSX
of ``make_doc_fixtures.py`` (fictional documents of tỉnh Hòa An, marked as samples) and one
more DOCX (a numbered list, a hidden run, merged cells) saved by LibreOffice as an office's
LibreOffice would save them:

- ``decision.odt``, ``letter.odt``, ``old_font.odt``, ``footnoted.odt``, ``features.odt``;
- ``annex.ods`` (an English LibreOffice: its cells' text says "1,234"), ``annex_vi.ods``
  (a Vietnamese one, vi-VN: "1.234");
- ``encrypted.odt``: ``decision`` saved with the password "matkhau" (by a Basic macro: the
  command line cannot set a password).

The tests read the committed files: CI has no LibreOffice. Run again only to change them:

    python scripts/make_odf_fixtures.py
    # needs soffice (Debian: libreoffice-writer-nogui libreoffice-calc-nogui)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "tests"))
import make_doc_fixtures as word  # noqa: E402

OUT = REPO / "tests" / "ingest" / "data"
PASSWORD = "matkhau"
# No thumbnail (it would be most of each file); the locale LibreOffice formats numbers in.
_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Save/Document"><prop oor:name="GenerateThumbnail"
 oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale"
 oor:op="fuse"><value>{locale}</value></prop></item>
</oor:items>
"""
_MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub SaveWithPassword(source As String, target As String, secret As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden"
  load(0).Value = True
  document = StarDesktop.loadComponentFromURL(ConvertToURL(source), "_blank", 0, load())
  Dim save(1) As New com.sun.star.beans.PropertyValue
  save(0).Name = "FilterName"
  save(0).Value = "writer8"
  save(1).Name = "Password"
  save(1).Value = secret
  document.storeToURL(ConvertToURL(target), save())
  document.close(True)
End Sub
</script:module>
"""


def features(path: Path) -> None:
    """A plan's tasks as a numbered list (Word's automatic numbers), a run hidden in Word
    (``w:vanish``), and a table with a cell merged down two rows and one across two columns."""
    document = docx.Document()
    document.add_paragraph(word.MARK)
    document.add_paragraph("Các nhiệm vụ trọng tâm năm 2022:")
    for task in ("Rà soát thủ tục hành chính.", "Số hóa hồ sơ, kết quả giải quyết."):
        document.add_paragraph(task, style="List Number")
    told = document.add_paragraph("Kết quả ")
    hidden = told.add_run("GHI CHÚ ẨN ")
    hidden._r.get_or_add_rPr().append(OxmlElement("w:vanish"))
    told.add_run("được tổng hợp trong bảng sau.")
    table = document.add_table(rows=3, cols=3)
    for i, row in enumerate(
        [
            ["Lĩnh vực", "Tiếp nhận", "Đúng hạn"],
            ["", "1.234", "98,5%"],
            ["Tổng", "1.234 hồ sơ", ""],
        ]
    ):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(2, 1).merge(table.cell(2, 2))
    document.save(str(path))


def _profile(root: Path, locale: str) -> Path:
    profile = root / f"profile-{locale}"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(
        _SETTINGS.format(locale=locale), encoding="utf-8"
    )
    return profile


def _soffice(soffice: str, profile: Path, *arguments: str) -> None:
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", *arguments],
        check=True,
        capture_output=True,
    )


def main() -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice not found: install LibreOffice (Debian: libreoffice-writer-nogui)")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        made = []
        for name, write in (
            ("decision", word.decision),
            ("letter", word.letter),
            ("old_font", word.old_font),
            ("footnoted", word.footnoted),
            ("features", features),
        ):
            path = folder / f"{name}.docx"
            write(path)
            made.append(str(path))
        word.annex(folder / "annex.xlsx")
        english = _profile(folder, "en-US")
        _soffice(soffice, english, "--convert-to", "odt", "--outdir", str(OUT), *made)
        annex = str(folder / "annex.xlsx")
        _soffice(soffice, english, "--convert-to", "ods", "--outdir", str(OUT), annex)
        vietnamese = _profile(folder, "vi-VN")
        (folder / "vi").mkdir()
        _soffice(soffice, vietnamese, "--convert-to", "ods", "--outdir", str(folder / "vi"), annex)
        shutil.copy(folder / "vi" / "annex.ods", OUT / "annex_vi.ods")
        # the first run made the profile's Basic library: the macro goes in its module
        module = english / "user" / "basic" / "Standard" / "Module1.xba"
        module.write_text(_MACRO, encoding="utf-8")
        encrypted = OUT / "encrypted.odt"
        _soffice(
            soffice,
            english,
            f'macro:///Standard.Module1.SaveWithPassword("{made[0]}","{encrypted}","{PASSWORD}")',
        )
    for path in sorted([*OUT.glob("*.odt"), *OUT.glob("*.ods")]):
        print(path.relative_to(REPO), path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
