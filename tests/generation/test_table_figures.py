"""A report's tables read cell by cell for a figure: a quarter's column, a field's row,
a Markdown table with its numbering column; and the stretches Nghị định 09/2019/NĐ-CP
closes figures on, read as the calendar period they report."""

from __future__ import annotations

import pytest

from assistant.archive.periods import Period, find_period
from assistant.generation.passages import sentences, table_cells
from assistant.generation.timely import counts, sentence_period
from assistant.models import Chunk

QUARTERS = (
    "Số hồ sơ tiếp nhận theo quý:\n\n"
    "Chỉ tiêu | Quý I | Quý II | Quý III | Quý IV | Cả năm\n"
    "Hồ sơ tiếp nhận năm 2023 | 820 | 900 | 840 | 920 | 3.480\n"
)
FIELDS = (
    "Kết quả theo lĩnh vực:\n\n"
    "| STT | Lĩnh vực | Tiếp nhận | Đúng hạn |\n"
    "|-----|----------|-----------|----------|\n"
    "| 1 | Quản lý công sản | 1.204 | 98,1% |\n"
    "| 2 | Tin học - thống kê | 1.386 | 99,6% |\n"
)


def chunk(text: str) -> Chunk:
    return Chunk("bc.txt#0", "bc.txt", text, "", "", 1, 1, 0, len(text))


def test_a_rows_figures_each_with_its_column_and_the_caption() -> None:
    read = [s.text for s in sentences(chunk(QUARTERS), cells=True)]
    assert "Số hồ sơ tiếp nhận theo quý: Chỉ tiêu | Quý II … Hồ sơ tiếp nhận năm 2023 | 900" in read
    assert len([t for t in read if "…" in t]) == 5
    # each cell is a sentence of its own, where it stands in the row
    starts = [s.start for s in sentences(chunk(QUARTERS), cells=True)]
    assert len(set(starts)) == len(starts)
    # not asked for a figure: the row is one sentence, as before
    plain = [s.text for s in sentences(chunk(QUARTERS))]
    assert "Hồ sơ tiếp nhận năm 2023 | 820 | 900 | 840 | 920 | 3.480" in plain


def test_equal_figures_of_a_row_are_each_their_own_cell() -> None:
    # (a sentence is kept once by where it starts: "22 | 22" are two)
    cells = table_cells(
        "Thủ tục | Tiếp nhận | Đúng hạn | Trực tuyến", "Công nhận người có uy tín | 22 | 22 | 8"
    )
    assert [at for _, at in cells] == [28, 33, 38]
    assert cells[0][0] == "Thủ tục | Tiếp nhận … Công nhận người có uy tín | 22"


def test_a_markdown_table_without_its_rule_and_numbering_column() -> None:
    read = [s.text for s in sentences(chunk(FIELDS), cells=True)]
    assert "Kết quả theo lĩnh vực: Lĩnh vực | Tiếp nhận … Tin học - thống kê | 1.386" in read
    assert not any("-----" in t or "| 2 |" in t for t in read)


@pytest.mark.parametrize(
    ("header", "row"),
    [
        # a single figure: quoted with its whole row
        ("Lĩnh vực | Số hồ sơ", "Đất đai | 5.470"),
        # not as many cells
        ("Lĩnh vực | Đất đai | Môi trường", "Số hồ sơ | 5.470"),
        # a row of figures only
        ("Năm | Tiếp nhận | Đúng hạn", "2023 | 820 | 815"),
    ],
)
def test_rows_not_read_cell_by_cell(header: str, row: str) -> None:
    assert table_cells(header, row) == []


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Chỉ tiêu | Quý II … Hồ sơ tiếp nhận năm 2023 | 900", Period("2023-04-01", "2023-06-30")),
        ("Chỉ tiêu | Cả năm … Hồ sơ tiếp nhận năm 2023 | 3.480", Period.of_years(2023)),
        # no year in the row: the document's
        ("Chỉ tiêu | 9 tháng … Hồ sơ tiếp nhận | 3.575", Period("2026-01-01", "2026-09-30")),
    ],
)
def test_a_cells_period_is_its_columns(text: str, period: Period) -> None:
    assert sentence_period(text, 2026) == period


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        # what is counted named by the row, the column, or what was done with dossiers
        ("Lĩnh vực | Đất đai … Số hồ sơ | 5.470", "ho", True),
        ("Thủ tục | Tiếp nhận … Công nhận người có uy tín | 22", "ho", True),
        ("Quý | Tiếp nhận | Đúng hạn … Quý III | 104 | 104", "ho", True),
        # a rate is no count
        ("Lĩnh vực | Đúng hạn … Tin học - thống kê | 99,6%", "ho", False),
        ("Lĩnh vực | Số giấy phép … Xuất bản | 12", "ho", False),
    ],
)
def test_what_a_cell_counts(text: str, unit: str, expected: bool) -> None:
    assert counts(text, unit) is expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("số liệu từ ngày 15/12/2022 đến ngày 14/12/2023", Period.of_years(2023)),
        ("từ ngày 15/12/2024 đến ngày 14/6/2025", Period("2025-01-01", "2025-06-30")),
        ("từ ngày 15/3/2025 đến ngày 14/6/2025", Period("2025-04-01", "2025-06-30")),
        ("từ ngày 15/6/2025 đến ngày 14/9/2025", Period("2025-07-01", "2025-09-30")),
        # other days are what they say
        ("từ ngày 01/01/2024 đến ngày 30/11/2024", Period("2024-01-01", "2024-11-30")),
        ("từ ngày 15/12/2022 đến ngày 14/12/2024", Period("2022-12-15", "2024-12-14")),
    ],
)
def test_the_days_figures_are_closed_on_name_the_period_reported(text: str, period: Period) -> None:
    found = find_period(text)
    assert found is not None
    assert found[0] == period


YEAR_BY_QUARTER = (
    "3. Kết quả cả năm 2024 theo từng quý:\n\n"
    "Quý | Tiếp nhận (hồ sơ) | Giải quyết đúng hạn (hồ sơ)\n"
    "Quý I | 2.615 | 2.609\n"
    "Quý II | 2.830 | 2.824\n"
    "Cả năm 2024 | 11.140 | 11.117\n"
)


def test_a_row_of_a_quarter_gives_each_figure_with_its_column_and_the_quarter() -> None:
    """A table of a year's quarters, row by row: asked for quý II's dossiers received, the
    row's first figure under its column, of the quarter the row names."""
    read = [s.text for s in sentences(chunk(YEAR_BY_QUARTER), cells=True)]
    cell = "3. Kết quả cả năm 2024 theo từng quý: Quý | Tiếp nhận (hồ sơ) … Quý II | 2.830"
    assert cell in read
    assert sentence_period(cell, 2024) == Period("2024-04-01", "2024-06-30")
    assert counts(cell, "ho")
    # and the whole row, naming every column ("tiếp nhận trực tuyến" asks two of them)
    assert any(t.endswith("… Quý II | 2.830 | 2.824") for t in read)
    # not asked for a figure: the row with its header, as before
    plain = [s.text for s in sentences(chunk(YEAR_BY_QUARTER))]
    assert any(t.endswith("… Quý II | 2.830 | 2.824") for t in plain)
