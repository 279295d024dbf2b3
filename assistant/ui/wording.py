"""What staff read in the UI, in Vietnamese: file names, the checker's advice.

The checker's ``suggestion`` is an English sentence that the CLI's JSON keeps as it
is; the UI words the same facts (status, what the archive says, where) in
Vietnamese here, from the finding's fields rather than by translating the sentence.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from assistant.generation.marking import vn_date

_OCR_NOTE = " (đọc bằng OCR từ bản quét: hãy đối chiếu bản quét)"
# Citation parts the grammar reports as missing, in Vietnamese.
_MISSING = {"number": "số", "date": "ngày", "symbol": "ký hiệu", "year": "năm", "kind": "loại"}


def source_label(source: str | None, corpus: Path | str | None = None) -> str:
    """A source as staff know it: its path inside the archive, never the server's path.

    Example: ``/srv/cchc/corpus/2023/qd-15.pdf`` with corpus ``/srv/cchc/corpus`` →
    ``2023/qd-15.pdf``; a file outside the archive shows its name only.
    """
    if not source:
        return "—"
    path = PurePosixPath(source.replace("\\", "/"))
    if not path.is_absolute():
        return path.as_posix()
    if corpus is not None:
        try:
            return Path(source).resolve().relative_to(Path(corpus).resolve()).as_posix()
        except (ValueError, OSError):
            pass
    return path.name


def where_label(evidence: dict | None, corpus: Path | str | None = None) -> str:
    """``qd-15.pdf, trang 1, II > 1`` (or ``qd-15.pdf, phần đầu văn bản``) from evidence."""
    if not evidence or not evidence.get("source"):
        return ""
    parts = [source_label(evidence["source"], corpus)]
    if evidence.get("where") == "header":
        parts.append("phần đầu văn bản")
    else:
        if evidence.get("page"):
            parts.append(f"trang {evidence['page']}")
        if evidence.get("section"):
            parts.append(str(evidence["section"]))
    return ", ".join(parts)


def locator_label(locator: str | None) -> str:
    """``p. 1, II > 1`` → ``trang 1, II > 1``; ``header`` → ``phần đầu văn bản``."""
    text = locator or ""
    if text == "header":
        return "phần đầu văn bản"
    return "trang " + text[3:] if text.startswith("p. ") else text


def vi_suggestion(finding: object) -> str:
    """What is wrong with one citation and what the archive says, in Vietnamese."""
    f = finding
    status = getattr(f, "status", "")
    expected = getattr(f, "expected", None) or {}
    citation = getattr(f, "citation", None)
    written = getattr(f, "ident", None) or (citation.text if citation else "trích dẫn này")
    ident = expected.get("ident") or written
    date = vn_date(expected.get("date"))
    ocr = _OCR_NOTE if getattr(f, "ocr", False) else ""
    if status == "verified":
        return ""
    if status == "date_mismatch":
        return f"Kho tài liệu ghi {ident} ngày {date or '?'}: hãy sửa ngày cho đúng{ocr}."
    named = getattr(f, "wrong_issuer", None)
    if status == "kind_mismatch" and named:
        issuer = expected.get("issuer") or "cơ quan khác"
        return (
            f"Kho tài liệu ghi {ident} do {issuer} ban hành, không phải "
            f"{named}: hãy sửa tên cơ quan ban hành{ocr}."
        )
    if status == "kind_mismatch":
        kind = expected.get("kind") or "công văn"
        return f"Kho tài liệu ghi {ident} là {kind.lower()}, không phải loại đã viết{ocr}."
    if status == "symbol_variant":
        return f"Kho tài liệu ghi số, ký hiệu là {ident}: hãy viết đúng như vậy{ocr}."
    if status == "not_found":
        if expected:
            dated = f" ngày {date}" if date else ""
            return f"Không có {written} trong kho; có thể là {ident}{dated}{ocr}."
        return f"Không có {written} trong kho tài liệu: hãy kiểm tra lại số, ký hiệu."
    if status == "unverifiable":
        missing = [_MISSING.get(m, m) for m in getattr(citation, "missing", ()) or ()]
        if missing:
            likely = ""
            if expected.get("ident"):
                dated = f" ngày {date}" if date else ""
                likely = f" Kho tài liệu có {expected['ident']}{dated}: có thể là văn bản này."
            return f"Trích dẫn thiếu {', '.join(missing)}, không đối chiếu được với kho.{likely}"
        if expected:
            return (
                f"Kho tài liệu có nhắc {ident} nhưng không ghi đủ ngày: "
                "ngày đã viết chưa được kiểm chứng."
            )
        return "Không đối chiếu được trích dẫn này với kho tài liệu."
    if status in ("superseded", "partly_superseded"):
        what = (
            "đã bị thay thế hoặc hết hiệu lực"
            if status == "superseded"
            else "đã bị sửa đổi một phần"
        )
        by = f" (theo {ident})" if expected.get("ident") and expected["ident"] != written else ""
        return f"{written} {what}{by}: hãy kiểm tra văn bản còn hiệu lực."
    return "Kho tài liệu không xác nhận trích dẫn này."


# Why a file could not be ingested (the loaders' English reasons), in Vietnamese.
_LOAD_REASONS = [
    (re.compile(r"is empty: nothing to ingest"), "tệp rỗng, không có gì để nạp"),
    (
        re.compile(r"is password-protected"),
        "tệp có đặt mật khẩu: hãy lưu một bản không mật khẩu rồi tải lên bản đó",
    ),
    (re.compile(r"is not a readable PDF"), "không đọc được tệp PDF: hãy xuất lại hoặc quét lại"),
    (re.compile(r"has no pages"), "tệp PDF không có trang nào: hãy xuất lại"),
    (
        re.compile(r"looks like a binary file"),
        "không phải tệp văn bản: hãy tải lên tài liệu gốc (PDF, DOCX, TXT)",
    ),
    (re.compile(r"is a damaged \.docx"), "tệp .docx bị hỏng: hãy mở và lưu lại bằng Word"),
    (
        re.compile(r"is not a \.docx \(Word 2007 or later\) file|is not a readable Word document"),
        "không đọc được tệp .docx: hãy mở bằng Word hoặc LibreOffice và lưu lại thành .docx",
    ),
    (
        re.compile(r"expands to \d+ MB when unzipped"),
        "tệp nén bung ra quá lớn, có thể là tệp độc hại: nếu đúng là tài liệu, hãy mở và lưu "
        "lại bằng Word, Excel hoặc LibreOffice",
    ),
    (
        re.compile(r"is [\d.]+ MB, over the [\d.]+ MB limit"),
        "tệp vượt giới hạn dung lượng: hãy tách nhỏ tệp, hoặc tăng giới hạn bằng "
        "ASSISTANT_MAX_FILE_MB",
    ),
    (
        re.compile(r"unsupported file type"),
        "loại tệp chưa được hỗ trợ: hãy chuyển sang PDF, DOCX, DOC, RTF, ODT, XLSX hoặc TXT",
    ),
    (
        re.compile(r"is a damaged Word 97–2003 file|is not a Word 97–2003 \(\.doc\) file"),
        "không đọc được tệp .doc: hãy mở bằng Word hoặc LibreOffice và lưu thành .docx",
    ),
    (
        re.compile(r"is a Word 6 or Word 95 file"),
        "tệp Word 6/95 quá cũ: hãy mở bằng Word hoặc LibreOffice và lưu thành .docx",
    ),
    (
        re.compile(r"is not a readable Excel workbook|is not a \.xlsx|is a damaged \.xlsx"),
        "không đọc được tệp Excel: hãy mở bằng Excel hoặc LibreOffice và lưu thành .xlsx",
    ),
    (
        re.compile(r"is not an OpenDocument"),
        "không phải tệp OpenDocument: hãy mở bằng LibreOffice và lưu lại thành .odt hoặc .ods",
    ),
    (
        re.compile(r"is a damaged OpenDocument file|is a damaged \.od[ts]"),
        "tệp OpenDocument bị hỏng: hãy mở bằng LibreOffice và lưu lại",
    ),
    (
        re.compile(r"is an OpenDocument [\w ]+, not a text document"),
        "tệp OpenDocument không phải văn bản hay bảng tính (ví dụ bản trình chiếu): hãy xuất "
        "ra .pdf rồi nạp tệp đó",
    ),
    (
        re.compile(r"is an Excel \.xlsx file with a \.\w+ name"),
        "tệp Excel .xlsx mang đuôi khác: hãy đổi đuôi thành .xlsx rồi nạp lại",
    ),
    (
        re.compile(r"is a web archive holding no page"),
        "tệp lưu trang web (MHTML) không có trang nào: hãy mở và lưu thành .docx",
    ),
    (
        re.compile(r"is not an RTF file|is a damaged RTF file"),
        "không đọc được tệp RTF: hãy mở bằng Word hoặc LibreOffice và lưu thành .docx",
    ),
    (
        re.compile(r"is an RTF file nested over"),
        "tệp RTF lồng nhóm sâu bất thường (hỏng hoặc độc hại): hãy mở bằng Word hoặc "
        "LibreOffice và lưu thành .docx",
    ),
    (re.compile(r"is an image: reading it needs OCR"), "là ảnh quét, cần OCR nhưng máy chưa có"),
    (re.compile(r"is not a readable image"), "không đọc được ảnh: hãy quét hoặc xuất lại"),
    (re.compile(r"cannot read \("), "không đọc được tệp"),
]


def load_failure(message: str) -> str:
    """``qd.pdf: is password-protected: …`` → ``qd.pdf: tệp có đặt mật khẩu: …``."""
    for pattern, vietnamese in _LOAD_REASONS:
        found = pattern.search(message)
        if found:
            name = message[: found.start()].rstrip(": ")
            return f"{source_label(name)}: {vietnamese}" if name else vietnamese
    return message


def vi_error(exc: Exception) -> str:
    """What the page says for a domain error: ours are Vietnamese already; the index's
    and the store's (English, for the CLI) are said again in Vietnamese."""
    from assistant.errors import (
        ConfigError,
        IndexBusyError,
        IndexMissingError,
        IndexWriteError,
        StoreUnavailableError,
    )

    if isinstance(exc, IndexBusyError):
        return (
            "Đang có một lượt nạp tài liệu khác vào kho: hãy chờ nó xong rồi thử lại "
            "(trong lúc đó vẫn hỏi đáp được)."
        )
    if isinstance(exc, IndexWriteError):
        return (
            "Không ghi được chỉ mục (ổ đĩa đầy hoặc không có quyền ghi): hãy báo quản trị "
            "viên; chỉ mục cũ vẫn nguyên vẹn và vẫn tìm kiếm được."
        )
    if isinstance(exc, StoreUnavailableError):
        return "Không kết nối được máy chủ Chroma: hãy báo quản trị viên khởi động lại máy chủ."
    if isinstance(exc, IndexMissingError):
        return "Kho chưa có chỉ mục: hãy tải tài liệu lên ở thẻ Tài liệu (biên tập viên)."
    if isinstance(exc, ConfigError):
        return f"Cấu hình máy chủ chưa đúng, hãy báo quản trị viên: {exc}"
    return load_failure(str(exc))
