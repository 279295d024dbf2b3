"""A hostile archive document, and a count of the page elements made from its text.

Shared by the headless-Chromium test and ``bench/hostile_ui.py`` (which also runs it
against another checkout, for the before/after figure).
"""

from __future__ import annotations

from typing import Any

HOSTILE_NAME = "thong-bao-77-2023-thu-nghiem.txt"
HOSTILE_TEXT = (
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ\n"
    "Số: 77/TB-SKHCN\n"
    "Hòa An, ngày 03 tháng 7 năm 2023\n"
    "THÔNG BÁO\n"
    "Về việc kiểm tra hiển thị hồ sơ trễ hạn <b>bold</b> <img src=x onerror=alert(1)>\n"
    "\n"
    "1. Tỷ lệ hồ sơ trễ hạn của bộ phận một cửa tỷ lệ < 5% trong quý II theo "
    "Thông báo số 77/TB-SKHCN ngày 03/7/2023 <img src=x onerror=alert(1)> và "
    "[link](javascript:alert(1)) cùng <b>bold</b> **đậm**.\n"
    "2. Hồ sơ trễ hạn được công khai </details><details open><summary>forged</summary>"
    "nội dung giả</details> trên cổng thông tin.\n"
    '3. Hồ sơ trễ hạn ![ảnh](x) và <a href="javascript:alert(2)">link</a> phải xin lỗi.\n'
)
QUESTION = "Tỷ lệ hồ sơ trễ hạn của bộ phận một cửa trong quý II là bao nhiêu?"

# Elements the document's text would create if it were rendered instead of shown.
COUNT_JS = """
() => {
  const root = document.querySelector('gradio-app') || document.body;
  // Each element is counted once, in the first view that shows it.
  const n = (sel, pred) => [...root.querySelectorAll(sel)]
    .filter(e => !e.dataset.hostileCounted && pred(e))
    .map(e => { e.dataset.hostileCounted = '1'; return e; }).length;
  return {
    img: n('img', e => /(^|\\/)x$/.test(e.getAttribute('src') || '')),
    details: n('details', e => (e.querySelector('summary')?.textContent || '').includes('forged')),
    a: n('a', e => (e.getAttribute('href') || '').startsWith('javascript')
                  || ['link', 'ảnh'].includes(e.textContent.trim())),
    b: n('b, strong', e => ['bold', 'đậm'].includes(e.textContent.trim())),
  };
}
"""

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def open_all_details(page: Any) -> None:
    """Expand every collapsible entry, so its text is on screen."""
    page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")


def visit_every_view(page: Any, url: str) -> dict[str, dict[str, int]]:
    """Ask about the hostile document, check it, list documents; count after each view.

    Returns:
        Per view, the count of elements of each kind made from the document's text.
    """
    counts: dict[str, dict[str, int]] = {}
    page.goto(url)
    page.get_by_label("Câu hỏi").fill(QUESTION)
    page.get_by_role("button", name="Gửi").click()
    page.get_by_text("Đoạn văn được truy xuất").filter(visible=True).first.wait_for(timeout=90_000)
    open_all_details(page)
    counts["hỏi đáp"] = page.evaluate(COUNT_JS)
    page.get_by_role("tab", name="Kiểm tra trích dẫn").click()
    page.get_by_label("Dán văn bản cần kiểm tra").fill(HOSTILE_TEXT)
    page.get_by_role("button", name="Kiểm tra trích dẫn").click()
    page.get_by_text("trích dẫn:").filter(visible=True).first.wait_for(timeout=60_000)
    counts["kiểm tra"] = page.evaluate(COUNT_JS)
    page.get_by_role("tab", name="Tài liệu").click()
    listed = page.get_by_text(HOSTILE_NAME, exact=True).filter(visible=True)
    listed.first.wait_for(timeout=30_000)
    counts["tài liệu"] = page.evaluate(COUNT_JS)
    return counts


def total(counts: dict[str, dict[str, int]]) -> int:
    """Elements made from the document's text, over every view."""
    return sum(sum(c.values()) for c in counts.values())
