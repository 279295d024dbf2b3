"""A draft kept beside the decision signed from it ("DỰ THẢO", no number), or its unsigned
Word file, is no document of the archive's lives: what its text would do once signed did
not happen."""

from __future__ import annotations

from collections.abc import Callable

from archive_builders import SAMPLE, document

from assistant.archive.lives import read_claims
from assistant.config import Settings
from assistant.ingest.header import parse_header
from assistant.retrieval.archive import open_archive

DRAFT = (
    f"{SAMPLE}DỰ THẢO (lần 2)\n\nUBND TỈNH KIM SƠN\nSỞ CÔNG THƯƠNG\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: /QĐ-SCT\n\nKim Sơn, ngày tháng 10 năm 2026\n\nQUYẾT ĐỊNH\n"
    "Ban hành Quy chế một cửa của Sở Công Thương\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo "
    "Quyết định này Quy chế một cửa.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký và "
    "thay thế Quyết định số 35/QĐ-SCT ngày 20/3/2024 của Giám đốc Sở Công Thương.\n"
)
FILES = {
    "qd-35-2024-mot-cua.txt": document(
        "QUYẾT ĐỊNH",
        "35/QĐ-SCT",
        "20/3/2024",
        "Ban hành Quy chế một cửa của Sở Công Thương",
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế một cửa.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ),
    "Du thao QC mot cua 2026.txt": DRAFT,
}


def test_a_draft_states_no_act(ingest_files: Callable[[str, dict[str, str]], Settings]) -> None:
    claims = read_claims("Du thao QC mot cua 2026.txt", DRAFT, identity=None)
    assert claims.statements == ()
    _, lives = open_archive(ingest_files("drafts", FILES))
    # the draft would replace 35/QĐ-SCT once signed: it was not
    assert lives.status("35/QĐ-SCT", "2026-11-30")["status"] == "in_force"


def test_the_unsigned_word_file_beside_a_signed_scan_states_no_act(
    ingest_files: Callable[[str, dict[str, str]], Settings],
) -> None:
    """The Word file a clerk keeps beside the signed scan, its number and day still blank,
    is the same decision unsigned: the suspension is the signed one's, once, not a second
    act of an unnamed document's."""
    unsigned = DRAFT.replace("DỰ THẢO (lần 2)\n\n", "").replace(
        "Kim Sơn, ngày tháng 10 năm 2026", "Kim Sơn, ngày   tháng   năm 2026"
    )
    identity = parse_header(unsigned)
    assert identity is not None
    assert (identity.number, identity.date) == (None, None)
    assert read_claims("QD (ban word).txt", unsigned, identity=identity).statements == ()
    signed = unsigned.replace("Số: /QĐ-SCT", "Số: 61/QĐ-SCT").replace(
        "ngày   tháng   năm 2026", "ngày 02 tháng 11 năm 2026"
    )
    claims = read_claims("QD 61 da ky.txt", signed, identity=parse_header(signed))
    assert [s.relation.type for s in claims.statements] == ["replaces"]
    files = {**FILES, "QD (ban word).txt": unsigned, "QD 61 da ky.txt": signed}
    _, lives = open_archive(ingest_files("unsigned", files))
    assert lives.status("35/QĐ-SCT", "2026-11-30")["status"] == "not_in_force"
