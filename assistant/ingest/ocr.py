"""OCR of scanned pages: Tesseract with its Vietnamese model (``vie``).

Pages of a PDF are rendered with pypdfium2 (a wheel that carries PDFium itself: no
poppler to install, and it renders one page at a time at any resolution); PNG, JPEG
and TIFF files are opened with Pillow (every frame of a multi-page TIFF). Each page
is handed to the ``tesseract`` command as a grey-scale PGM on standard input, and
its TSV output gives both the text (rebuilt line by line) and each word's
confidence, in one run.

Why the ``tesseract`` command itself and not a wrapper: pytesseract is a thin shell
around the same subprocess, but its command path and environment are process-wide
globals (``pytesseract.tesseract_cmd``, ``os.environ``) and its language list is
cached for the life of the process; we need a command path from ``Settings``, and
``OMP_THREAD_LIMIT=1`` on each call (two pages on two cores must not start four
OpenMP threads each) while several threads call at once. ocrmypdf answers another
question: it writes a new PDF with a text layer (through Ghostscript and its own
process pool) where we only need each page's text and confidence, and we already
read the text layer of the other pages with pypdf. A subprocess per page, run from
a thread pool the size of the core count, is all that is needed.

Rendering stays in the calling thread (PDFium is not thread-safe); only the
Tesseract runs go to the pool, and at most two pages per worker wait in memory.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.errors import AssistantError

INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-vie"
DEFAULT_DPI = 300
# A rendered page whose darkest pixel is this light holds no ink (a blank scan).
_BLANK_LEVEL = 200

# (pages done, pages in all, message such as "OCR trang 3/12: file.pdf")
PageProgress = Callable[[int, int, str], None]


class OcrUnavailableError(AssistantError):
    """Tesseract or its Vietnamese model is not installed (the message says what to install)."""


@dataclass(frozen=True)
class OcrOptions:
    """How to run Tesseract.

    Attributes:
        command: the ``tesseract`` executable, a name on PATH or a path.
        lang: Tesseract language(s), ``vie`` or e.g. ``vie+eng``.
        dpi: resolution PDF pages are rendered at (Tesseract's sweet spot is 300).
        workers: pages read at once; 0 for one per core.
        timeout: seconds one page may take before it is given up.
        progress: called after each page with (done, total, message).
    """

    command: str = "tesseract"
    lang: str = "vie"
    dpi: int = DEFAULT_DPI
    workers: int = 0
    timeout: float = 180.0
    progress: PageProgress | None = None

    @property
    def pool_size(self) -> int:
        """Threads to use: ``workers``, or the cores this process may run on."""
        if self.workers > 0:
            return self.workers
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not on Linux
            return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class OcrPage:
    """What Tesseract read on one page.

    Attributes:
        text: the page's text, one line per line of print, paragraphs apart by a blank line.
        confidence: mean word confidence (0-100), None when no word was read.
    """

    text: str
    confidence: float | None


def ensure_tesseract(command: str, lang: str = "vie") -> str:
    """The full path of a Tesseract that has ``lang``, or an error saying what to install.

    Raises:
        OcrUnavailableError: no such command, it does not run, or the model is missing.
    """
    return _probe(command, lang)


@lru_cache(maxsize=8)
def _probe(command: str, lang: str) -> str:
    path = shutil.which(command)
    if path is None:
        raise OcrUnavailableError(
            f"Tesseract is not installed (no '{command}' command): "
            f"{INSTALL_HINT}, or point ASSISTANT_TESSERACT at the tesseract executable"
        )
    try:
        out = subprocess.run(
            [path, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OcrUnavailableError(
            f"Tesseract at {path} does not run ({exc}): reinstall it with {INSTALL_HINT}"
        ) from exc
    have = set(out.stdout.split()) | set(out.stderr.split())
    missing = [code for code in lang.split("+") if code not in have]
    if missing:
        packages = " ".join(f"tesseract-ocr-{code}" for code in missing)
        raise OcrUnavailableError(
            f"Tesseract at {path} has no {'+'.join(missing)} model: apt-get install {packages}"
        )
    return path


# --- Tesseract runs -------------------------------------------------------------------


def _run(command: str, image: bytes, *, lang: str, dpi: int, timeout: float) -> OcrPage:
    """Read one grey-scale image (PGM bytes) with Tesseract's TSV output."""
    # One thread per Tesseract: the pool already runs one page per core.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    args = [command, "stdin", "stdout", "-l", lang, "--dpi", str(dpi), "--psm", "3", "tsv"]
    try:
        out = subprocess.run(
            args, input=image, capture_output=True, env=env, timeout=timeout, check=False
        )
    except FileNotFoundError as exc:
        raise OcrUnavailableError(f"Tesseract is not installed ({exc}): {INSTALL_HINT}") from exc
    except subprocess.TimeoutExpired as exc:
        raise OcrUnavailableError(
            f"Tesseract took over {timeout:.0f} s on one page: scan at 300 dpi or less"
        ) from exc
    if out.returncode != 0:
        err = out.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrUnavailableError(
            f"Tesseract failed ({err[-1] if err else out.returncode}): "
            f"check the install with: tesseract --list-langs ({INSTALL_HINT})"
        )
    return parse_tsv(out.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> OcrPage:
    """Text and mean confidence from Tesseract's TSV (one row per word).

    Words of a line are joined by a space, lines by a line break, and
    paragraphs and blocks by a blank line, as Tesseract's own text output does.
    """
    lines: list[tuple[tuple[int, int], list[str]]] = []
    confidences: list[float] = []
    current: tuple[int, int, int] | None = None
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        block, par, line = int(cols[2]), int(cols[3]), int(cols[4])
        if (block, par, line) != current:
            current = (block, par, line)
            lines.append(((block, par), []))
        lines[-1][1].append(cols[11].strip())
        conf = float(cols[10])
        if conf >= 0:
            confidences.append(conf)
    text_lines: list[str] = []
    previous: tuple[int, int] | None = None
    for paragraph, words in lines:
        if previous is not None and paragraph != previous:
            text_lines.append("")
        text_lines.append(" ".join(words))
        previous = paragraph
    mean = round(sum(confidences) / len(confidences), 1) if confidences else None
    return OcrPage("\n".join(text_lines), mean)


# --- Repairs of what OCR typically misreads -------------------------------------------

# A number with l, I, | or O read for 1 and 0 ("l753/QĐ-UBND", "năm 2O21"): a token made
# only of digits and those letters, with at least two digits, touching no other letter.
_DIGITISH = re.compile(r"(?<![^\W\d_])(?=[lI|Oo]*\d[lI|Oo]*\d)[\dlI|Oo]{2,}(?![^\W\d_])")
_DIGIT_FOR = str.maketrans({"l": "1", "I": "1", "|": "1", "O": "0", "o": "0"})


def repair_ocr_digits(text: str) -> str:
    """Map look-alike letters inside numbers to digits: ``l753`` → ``1753``, ``2O21`` → ``2021``.

    Only tokens that are digits but for ``l I | O o`` and hold two or more digits are
    touched, so words (``lOl``, ``Ông``) and codes (``I/2021`` has one digit) stay as read.
    """
    return _DIGITISH.sub(lambda m: m.group().translate(_DIGIT_FOR), text)


# --- Pages from PDFs and image files --------------------------------------------------


def _pgm(image: object) -> bytes | None:
    """The page as PGM bytes for Tesseract; None when it holds no ink."""
    from PIL import Image

    assert isinstance(image, Image.Image)
    grey = image.convert("L")
    darkest = grey.getextrema()[0]  # (min, max) for a one-band image
    if isinstance(darkest, int | float) and darkest >= _BLANK_LEVEL:
        return None
    buf = io.BytesIO()
    grey.save(buf, format="PPM")
    return buf.getvalue()


def _read_all(
    images: Iterable[tuple[int, bytes | None, int]],
    total: int,
    name: str,
    options: OcrOptions,
) -> dict[int, OcrPage]:
    """OCR every (index, PGM or None, dpi), at most ``pool_size`` at once; progress per page."""
    command = ensure_tesseract(options.command, options.lang)
    results: dict[int, OcrPage] = {}
    done = 0

    def report() -> None:
        if options.progress is not None:
            options.progress(done, total, f"OCR trang {done}/{total}: {Path(name).name}")

    with ThreadPoolExecutor(max_workers=options.pool_size) as pool:
        pending: dict[Future[OcrPage], int] = {}

        def collect(block: bool) -> None:
            nonlocal done
            finished, _ = wait(pending, return_when=FIRST_COMPLETED) if block else (set(), None)
            for future in finished:
                results[pending.pop(future)] = future.result()
                done += 1
                report()

        for index, image, dpi in images:
            if image is None:
                results[index] = OcrPage("", None)
                done += 1
                report()
                continue
            while len(pending) >= 2 * options.pool_size:
                collect(block=True)
            future = pool.submit(
                _run, command, image, lang=options.lang, dpi=dpi, timeout=options.timeout
            )
            pending[future] = index
        while pending:
            collect(block=True)
    return results


def ocr_pdf_pages(
    path: Path, indexes: list[int], name: str, options: OcrOptions | None = None
) -> dict[int, OcrPage]:
    """OCR the given pages (0-based) of a PDF.

    Args:
        path: the PDF.
        indexes: which pages to read.
        name: the file's name in messages and progress.
        options: how to run Tesseract.

    Returns:
        Page index → what was read.

    Raises:
        OcrUnavailableError: Tesseract or its Vietnamese model is missing.
    """
    options = options or OcrOptions()
    ensure_tesseract(options.command, options.lang)
    import pypdfium2 as pdfium

    def rendered() -> Iterator[tuple[int, bytes | None, int]]:
        pdf = pdfium.PdfDocument(str(path))
        try:
            for index in indexes:
                page = pdf[index]
                bitmap = page.render(scale=options.dpi / 72, grayscale=True)
                yield index, _pgm(bitmap.to_pil()), options.dpi
                bitmap.close()
                page.close()
        finally:
            pdf.close()

    return _read_all(rendered(), len(indexes), name, options)


def ocr_image_file(path: Path, name: str, options: OcrOptions | None = None) -> list[OcrPage]:
    """OCR every frame of a PNG, JPEG or TIFF file, in order.

    Raises:
        OcrUnavailableError: Tesseract or its Vietnamese model is missing.
        OSError, PIL.Image.DecompressionBombError: the image cannot be read.
    """
    from PIL import Image, ImageSequence

    options = options or OcrOptions()
    # The image is opened first: a broken file is reported as such, Tesseract or not.
    with Image.open(path) as image:
        frames = []
        for frame in ImageSequence.Iterator(image):
            dpi = frame.info.get("dpi", (0, 0))[0]
            # Below 70 the value is a default, not a scan resolution.
            frames.append((_pgm(frame), int(dpi) if dpi and dpi >= 70 else options.dpi))
    images = ((i, pgm, dpi) for i, (pgm, dpi) in enumerate(frames))
    results = _read_all(images, len(frames), name, options)
    return [results[i] for i in range(len(frames))]
