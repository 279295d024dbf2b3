"""Archive text escaped for Gradio's Markdown: shown as written, never turned into markup."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.ui.safe import as_html, as_text, highlight, inline, plain

HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "</details><details open><summary>forged</summary>",
    "[link](javascript:alert(1))",
    "![ảnh](x)",
    "<b>bold</b> **đậm** __đậm__ *nghiêng* _nghiêng_ ~~gạch~~ `mã`",
    "<a href='javascript:alert(2)'>link</a>",
    "<javascript:alert(3)> <http://evil.example>",
    "http://evil.example www.evil.example thu@evil.example",
    "# Tiêu đề giả\n- mục\n+ mục\n1. mục\n2) mục\n> trích\n    mã\n---\n===\n| a | b |\n|---|---|",
    "$$x^2$$ và \\$ và \\<b\\>",
    "tỷ lệ < 5% & > 3% &lt;b&gt;",
]


def _render(markdown: str) -> str:
    md = (
        pytest.importorskip("markdown_it")
        .MarkdownIt("commonmark")
        .enable(["table", "strikethrough"])
    )
    return str(md.render(markdown))


@pytest.mark.parametrize("text", HOSTILE)
def test_a_renderer_makes_only_paragraphs_of_escaped_text(text: str) -> None:
    rendered = _render(as_text(text))
    tags = set(re.findall(r"</?([a-z0-9]+)", rendered))
    assert tags <= {"p", "br"}, rendered


@pytest.mark.parametrize("text", HOSTILE)
def test_the_text_reads_back_as_written(text: str) -> None:
    lines = [line.lstrip() for line in text.splitlines()]
    assert plain(as_text(text)) == "\n".join(lines)


def test_numbers_and_dates_stay_as_written() -> None:
    text = "Theo Quyết định số 15/QĐ-SKHCN ngày 12/3/2023 và 07/2018/QĐ-UBND, 12-CTr/TU."
    assert as_text(text) == text


def test_highlight_marks_the_cited_number_after_escaping() -> None:
    shown = highlight("<b>Theo</b> 15/QĐ-SKHCN [x](javascript:y)", ["15/QĐ-SKHCN", ""])
    assert shown == "&lt;b&gt;Theo&lt;/b&gt; <mark>15/QĐ-SKHCN</mark> \\[x\\](javascript:y)"
    assert set(re.findall(r"</?([a-z]+)", _render(shown))) <= {"p", "mark"}


def test_a_document_cannot_forge_our_marks() -> None:
    forged = "\ue000<img src=x>\ue001"
    assert "mark" not in highlight(forged, [])
    assert highlight(forged, ["img"]).count("<mark>") == 1
    assert "<" not in as_text(forged)


def test_html_context_escapes_quotes_and_latex() -> None:
    assert as_html('a "b" <c> $$d$$\n e') == "a &quot;b&quot; &lt;c&gt; &#36;&#36;d&#36;&#36; e"
    assert inline("a\n\n- b") == "a - b"  # mid-line: no list, nothing to escape


@given(st.text(max_size=200))
def test_no_angle_bracket_or_raw_markdown_link_survives(text: str) -> None:
    shown = as_text(text)
    assert "<" not in shown
    assert ">" not in shown
    assert "](" not in shown.replace("\\](", "")
    assert "$$" not in shown
