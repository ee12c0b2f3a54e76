"""The header of the table column a value sits in, for text pasted from spreadsheets and systems.

A CLABE, a voter card's CIC or a mobile number in a CSV row or a tab- or pipe-separated table has
its context word in the header row ("CLABE", "CIC", "CEL", "FECHA NAC"), often many lines above,
not beside the value. Recognizers consult it through `RegexRecognizer.context_near`; the person
recognizer reads the cells under name headers ("nombre", "apellido_paterno") as names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

#: Columns that hold names: "nombre", "apellido_paterno", "Primer apellido", "NAME".
NAME_HEADER = re.compile(
    r"(?:nombres?|nombre[ _]completo|nombre\(s\)|apellidos?"
    r"|(?:apellido|ap)[ _.]*(?:paterno|materno)|(?:primer|segundo)[ _]apellido"
    r"|(?:first|last|full)?[ _]?name|titular|ciudadan[oa]"
    r"|jefe\(a\) de familia|jef[ea] de familia|informante|solicitante)"
)
#: Columns that hold where a person lives, in a table of people: "municipio_residencia",
#: "LOCALIDAD", "domicilio".
RESIDENCE_HEADER = re.compile(
    r"(?:municipio|localidad|ciudad|colonia|domicilio|direccion|poblacion|comunidad|residencia)"
    r"(?:[ _](?:de[ _])?(?:residencia|actual|particular))?"
)
#: Cell separators, most specific first; a comma separates cells only in rows with two or more.
_SEPARATORS = (("\t", 1), ("|", 1), (";", 2), (",", 2))
#: How far above a row its header may be.
_MAX_LINES_UP = 40
#: A header cell is a short label.
_MAX_HEADER_CELL = 30


def _cells(line: str, separator: str) -> list[tuple[int, int]]:
    """Spans of the cells of `line`, ignoring separators inside double quotes (CSV)."""
    spans, begin, quoted = [], 0, False
    for i, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            spans.append((begin, i))
            begin = i + 1
    spans.append((begin, len(line)))
    return spans


def _separator(line: str) -> str | None:
    for separator, minimum in _SEPARATORS:
        if line.count(separator) >= minimum:
            return separator
    return None


def _is_header(cells: list[str]) -> bool:
    """A row of short labels: no digits, some letters, every cell brief."""
    filled = [c.strip().strip('"') for c in cells if c.strip()]
    return (
        len(filled) >= 2
        and all(len(c) <= _MAX_HEADER_CELL and not any(ch.isdigit() for ch in c) for c in filled)
        and any(any(ch.isalpha() for ch in c) for c in filled)
    )


def _header_above(lines: list[str], index: int, separator: str, width: int) -> list[str] | None:
    """The header row's cells above line `index`: the nearest line above with the same
    separator and `width` cells, all short labels, with no blank line between."""
    for above in range(index - 1, max(-1, index - 1 - _MAX_LINES_UP), -1):
        line = lines[above]
        if not line.strip():
            break
        cells = [line[b:e] for b, e in _cells(line, separator)]
        if len(cells) == width and _is_header(cells):
            return [c.strip().strip('"') for c in cells]
    return None


class _Row(NamedTuple):
    start: int  # offset of the line in the text
    cells: list[tuple[int, int]]  # cell spans within the line
    header: list[str] | None


@lru_cache(maxsize=16)
def _rows(folded: str) -> tuple[list[int], list[_Row | None]]:
    """Every line's start, and for each line that is a table row its cells and its header.

    Computed once per text (the recognizers ask about many positions of the same text), and in
    one pass: a row shaped like the row above it shares that row's header, so a long table
    does not search upwards once per row."""
    lines = folded.split("\n")
    starts, rows = [], []
    offset = 0
    previous: tuple[str, int, list[str] | None, int] | None = None  # separator, width, header, i
    for index, line in enumerate(lines):
        starts.append(offset)
        separator = _separator(line)
        row = None
        if separator is not None:
            cells = _cells(line, separator)
            if (
                previous
                and previous[:2] == (separator, len(cells))
                and previous[2] is not None
                and index - previous[3] <= _MAX_LINES_UP
            ):
                header = previous[2]
            else:
                header = _header_above(lines, index, separator, len(cells))
            row = _Row(offset, cells, header)
            previous = (separator, len(cells), header, index) if header is not None else None
        elif not line.strip():
            previous = None
        rows.append(row)
        offset += len(line) + 1
    return starts, rows


def _row_at(folded: str, pos: int) -> _Row | None:
    starts, rows = _rows(folded)
    return rows[bisect_right(starts, pos) - 1]


def table_header(folded: str, pos: int) -> list[str]:
    """The header row's cells of the table whose row holds `pos`, or [] outside a table."""
    row = _row_at(folded, pos)
    return list(row.header) if row and row.header else []


def column_header(folded: str, pos: int) -> str:
    """The header cell over the column that holds `pos` in `folded`, or "" outside a table.

    The header is the nearest line above with the same separator and the same number of cells
    whose cells are all short labels.
    """
    row = _row_at(folded, pos)
    if not row or not row.header:
        return ""
    column = pos - row.start
    index = next(i for i, (begin, end) in enumerate(row.cells) if begin <= column <= end)
    return row.header[index]


def rows_with_headers(folded: str) -> Iterator[list[tuple[int, int, str]]]:
    """The data rows of the tables in `folded`, each a list of its filled cells with their
    column's header: (start, end, header), the span without the padding and quotes around the
    value."""
    _, rows = _rows(folded)
    for row in rows:
        if not row or not row.header:
            continue
        cells = []
        for (begin, end), label in zip(row.cells, row.header, strict=True):
            value = folded[row.start + begin : row.start + end]
            inner = value.strip().strip('"').strip()
            if inner:
                offset = row.start + begin + value.index(inner)
                cells.append((offset, offset + len(inner), label))
        if cells:
            yield cells


def cells_with_headers(folded: str) -> Iterator[tuple[int, int, str]]:
    """Every data cell of the tables in `folded` with its column's header."""
    for row in rows_with_headers(folded):
        yield from row
