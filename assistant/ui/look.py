"""How the page looks: one font family that holds every Vietnamese letter, and tables that fit.

Gradio's default font (Source Sans Pro, shipped as a web font) lacks some Vietnamese
letters, so a number like ``15/QĐ-SKHCN`` was drawn in two fonts (the ``Đ`` from a
fallback), worse in bold. System fonts with full Vietnamese coverage are used
instead, and marked or bold numbers, and table cells, keep the text's font. Tables
wrap their cells instead of running past the page.
"""

from __future__ import annotations

import gradio as gr

# Fonts that hold every Vietnamese letter (ế, ị, ạ…), on Windows, Android/ChromeOS and
# Linux desktops. Liberation Sans is left out: its common builds lack the stacked
# letters, so a word would mix two fonts.
FONTS = ["Segoe UI", "Roboto", "Noto Sans", "DejaVu Sans", "Arial", "sans-serif"]
MONO = ["Consolas", "Liberation Mono", "DejaVu Sans Mono", "monospace"]

THEME = gr.themes.Default(font=FONTS, font_mono=MONO)

CSS = """
mark, b, strong, .doc-number { font-family: inherit; font-variant-numeric: lining-nums; }
/* Gradio draws table cells in the monospace font, whose Vietnamese marks sit apart. */
.table-container th, .table-container td, .table-container .cell-wrap {
  font-family: var(--font) !important;
}
mark { padding: 0 0.15em; border-radius: 0.2em; }
.findings table { table-layout: fixed; width: 100%; }
.findings th, .findings td { white-space: normal !important; overflow-wrap: anywhere; }
.findings .table-wrap, .findings .table-container { overflow-x: hidden; max-width: 100%; }
#sources details summary { cursor: pointer; }
"""
