"""Uploads into the corpus folder: allowed types, size limit, safe names, no silent overwrite.

Plain functions, no Gradio: the UI's handlers call them and tests call them directly.
"""

from __future__ import annotations

import filecmp
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from assistant.fsutil import free_name
from assistant.ingest import SUPPORTED_SUFFIXES

# Letters (any script), digits, space, dot, dash, underscore, parentheses; the rest becomes "-".
_UNSAFE = re.compile(r"[^\w .()\-]+")
MAX_NAME = 120


def safe_name(name: str) -> str:
    """A file name that cannot leave its folder: no path parts, no leading dots, NFC.

    Example: ``"../../etc/Quyết định 15.pdf"`` → ``"Quyết định 15.pdf"``.
    """
    base = unicodedata.normalize("NFC", name.replace("\\", "/").split("/")[-1])
    base = _UNSAFE.sub("-", base).strip(" .-") or "tai-lieu"
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        return base[:MAX_NAME]
    return f"{stem[: MAX_NAME - len(suffix) - 1]}.{suffix.lower()}"


@dataclass
class SavedUploads:
    """What happened to each uploaded file before ingest."""

    saved: list[Path] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)


def save_uploads(paths: list[Path], corpus: Path, *, max_bytes: int) -> SavedUploads:
    """Copy uploaded files into ``corpus``; refuse what cannot be ingested.

    A file whose name is taken by a different file is saved as ``name-1.ext`` (and
    reported); an identical file already in the corpus is not copied again.
    """
    result = SavedUploads()
    corpus.mkdir(parents=True, exist_ok=True)
    for path in paths:
        name = safe_name(path.name)
        reason = _refusal(path, name, max_bytes)
        if reason:
            result.rejected.append((path.name, reason))
            continue
        target = corpus / name
        if target.exists() and filecmp.cmp(path, target, shallow=False):
            result.duplicates.append(name)
            result.saved.append(target)
            continue
        final = free_name(target)
        shutil.copyfile(path, final)
        if final.name != name:
            result.renamed.append((name, final.name))
        result.saved.append(final)
    return result


def _refusal(path: Path, name: str, max_bytes: int) -> str | None:
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        allowed = " ".join(SUPPORTED_SUFFIXES)
        return f"loại tệp {suffix or '(không có đuôi)'} không được hỗ trợ; chỉ nhận {allowed}"
    size = path.stat().st_size
    if size > max_bytes:
        return (
            f"tệp {size / 2**20:.1f} MB vượt giới hạn {max_bytes / 2**20:.0f} MB; "
            "hãy tách nhỏ tệp hoặc tăng ASSISTANT_MAX_FILE_MB"
        )
    if size == 0:
        return "tệp rỗng, không có gì để nạp"
    return None
