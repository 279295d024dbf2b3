"""The header, marks and footer every sample document of the fictional Hòa An archive shares.

Shared by ``make_samples.py`` and the text modules it reads (``samples_early.py``,
``samples_2024.py``), so the header is written in one place.
"""

from __future__ import annotations

MARK = "(MẪU — tài liệu mẫu của một cơ quan hư cấu, không có giá trị pháp lý)"
FOOTER = "Ghi chú: Đây là tài liệu MẪU do scripts/make_samples.py tạo ra; tỉnh Hòa An là hư cấu."
# The issuer blocks: the Sở under the provincial People's Committee, and the Committee itself.
SO = ("UBND TỈNH HÒA AN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
UBND = ("ỦY BAN NHÂN DÂN", "TỈNH HÒA AN")


def header(number: str, day: str, kind: str, subject: str, issuer: tuple[str, ...] = SO) -> str:
    """The standard header block of a document of the sample archive.

    Args:
        number: ``Số:`` as printed, e.g. ``15/QĐ-SKHCN``.
        day: the date as printed after ``Hòa An,``.
        kind: the type line (``QUYẾT ĐỊNH``), empty for a công văn.
        subject: the trích yếu.
        issuer: the capitalised issuer lines above the Quốc hiệu.
    """
    lines = [
        MARK,
        "",
        *issuer,
        "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",
        f"Số: {number}",
        "",
        f"Hòa An, {day}",
        "",
    ]
    if kind:
        lines.append(kind)
    lines += [subject, ""]
    return "\n".join(lines)


class Sample:
    """One sample file: its name, format and text (a DOCX may hold one table).

    Attributes:
        file: the file name written into the output folder.
        fmt: ``txt``, ``pdf`` or ``docx``.
        blocks: the text, in blocks; a DOCX splits each block into paragraphs at blank lines
            and puts ``table`` after the blocks, ``after`` behind it.
        table: rows of a DOCX table, or None.
        after: DOCX text after the table.
        title: the PDF/DOCX metadata title.
    """

    def __init__(
        self,
        file: str,
        fmt: str,
        blocks: tuple[str, ...],
        *,
        table: list[list[str]] | None = None,
        after: str = "",
        title: str = "",
    ) -> None:
        self.file, self.fmt, self.blocks = file, fmt, blocks
        self.table, self.after, self.title = table, after, title

    @property
    def text(self) -> str:
        """The whole text (for a text or PDF file)."""
        return "".join(self.blocks)
