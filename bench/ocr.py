"""OCR speed and accuracy on rendered scans: pages per second and character error rate.

Pages are drawn with Pillow in DejaVu Sans (a decision's header and body, and a page
of the seed report read from ../shared, never copied here), clean at 300 dpi and
noisy at 200 dpi with a slight skew, saved as image-only PDFs and read through
``assistant.ingest.ocr`` (PDFium rendering, Tesseract ``vie``, one page per core).
CER = edit distance / reference length, on whitespace-folded text; speed is the
median of several runs.

    python bench/ocr.py [--runs 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
# The page renderer the OCR tests use (tests/ingest is no package: import it by path).
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "ingest"))

from builders import render_page

from assistant.citations.check import edit_distance
from assistant.ingest.ocr import OcrOptions, ocr_pdf_pages, repair_ocr_digits

SHARED = Path(os.environ.get("ASSISTANT_SHARED", Path(__file__).resolve().parents[2] / "shared"))
SEED = SHARED / "seed" / "bao-cao-cchc-2021-skhcn-khanh-hoa.txt"

DECISION = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH KHÁNH HÒA",
    "Số: 1753/QĐ-UBND",
    "Khánh Hòa, ngày 28 tháng 6 năm 2021",
    "QUYẾT ĐỊNH",
    "Về việc sắp xếp cơ cấu tổ chức Sở Khoa học và Công nghệ",
    "Căn cứ Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ;",
    "Căn cứ Quyết định số 1908/QĐ-UBND ngày 08/7/2021 của UBND tỉnh;",
    "Điều 1. Thực hiện Kế hoạch số 4806/KH-UBND ngày 12/10/2021 về kiểm tra",
    "công tác cải cách hành chính năm 2021 tại các cơ quan, đơn vị.",
    "Điều 2. Sở Nội vụ có Công văn số 2320/SNV-TCBC-CCVC ngày 23/9/2021",
    "hướng dẫn thực hiện; báo cáo kết quả trước ngày 30/6/2022.",
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
]


def seed_page(lines: int = 40) -> list[str]:
    """The first page of the seed report, wrapped at 80 characters (as printed on A4)."""
    text = SEED.read_text(encoding="utf-8")
    out: list[str] = []
    for paragraph in text.splitlines():
        out.extend(textwrap.wrap(paragraph, 80) if paragraph.strip() else [])
        if len(out) >= lines:
            break
    return out[:lines]


def render(lines: list[str], *, dpi: int, noise: float, skew: float, seed: int = 0) -> Image.Image:
    """An A4 page of ``lines`` in 12 pt, with salt-and-pepper ``noise`` and ``skew`` degrees."""
    return render_page(
        lines, dpi=dpi, noise=noise, skew=skew, seed=seed, height=11.69, top=0.8, leading=17
    )


def cer(read: str, reference: str) -> float:
    """Character error rate on whitespace-folded text."""
    a, b = " ".join(read.split()), " ".join(reference.split())
    return edit_distance(a, b) / max(1, len(b))


def run_case(name: str, pages: list[list[str]], *, dpi: int, noise: float, skew: float, runs: int):
    """OCR ``pages`` rendered one way, ``runs`` times: median pages/s and CER per page."""
    images = [render(p, dpi=dpi, noise=noise, skew=skew, seed=i) for i, p in enumerate(pages)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.pdf"
        images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
        speeds = []
        for _ in range(runs):
            began = time.perf_counter()
            read = ocr_pdf_pages(path, list(range(len(pages))), path.name, OcrOptions(dpi=dpi))
            speeds.append(len(pages) / (time.perf_counter() - began))
    texts = [repair_ocr_digits(read[i].text) for i in range(len(pages))]
    errors = [cer(t, "\n".join(p)) for t, p in zip(texts, pages, strict=True)]
    confidences = [read[i].confidence or 0.0 for i in range(len(pages))]
    return {
        "case": name,
        "pages": len(pages),
        "dpi": dpi,
        "noise": noise,
        "skew": skew,
        "pages_per_s": round(statistics.median(speeds), 3),
        "cer": round(statistics.mean(errors), 4),
        "confidence": round(statistics.mean(confidences), 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per case (median speed)")
    parser.add_argument("--json", action="store_true", help="print JSON lines")
    args = parser.parse_args()
    decision = [DECISION, DECISION[::-1]]
    cases = [
        ("decision-clean-300dpi", decision, 300, 0.0, 0.0),
        ("decision-noisy-200dpi-skew0.7", decision, 200, 0.003, 0.7),
    ]
    if SEED.is_file():
        page = [seed_page()]
        cases += [
            ("seed-page-clean-300dpi", page, 300, 0.0, 0.0),
            ("seed-page-noisy-200dpi-skew0.7", page, 200, 0.003, 0.7),
        ]
    else:
        print(f"(no seed report at {SEED}: its page is skipped)", file=sys.stderr)
    cores = OcrOptions().pool_size
    for name, pages, dpi, noise, skew in cases:
        result = run_case(name, pages, dpi=dpi, noise=noise, skew=skew, runs=args.runs) | {
            "cores": cores
        }
        if args.json:
            print(json.dumps(result))
        else:
            print(
                f"{result['case']:<34} {result['pages']} p  {result['pages_per_s']:6.2f} pages/s"
                f"  CER {result['cer'] * 100:5.2f}%  conf {result['confidence']:.0f}"
                f"  ({cores} cores, median of {args.runs})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
