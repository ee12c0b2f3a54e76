"""The header of the table column a value sits in, for text pasted from spreadsheets and systems.

A CLABE, a voter card's CIC or a mobile number in a CSV row or a tab- or pipe-separated table has
its context word in the header row ("CLABE", "CIC", "CEL", "FECHA NAC"), often many lines above,
not beside the value. Recognizers consult it through `RegexRecognizer.context_near`; the person
recognizer reads the cells under name headers ("nombre", "apellido_paterno") as names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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


def _header_above(folded: str, line_start: int, separator: str, width: int) -> list[str] | None:
    """The header row's cells above the row starting at `line_start`, or None: the nearest line
    above with the same separator and `width` cells, all short labels."""
    cursor = line_start
    for _ in range(_MAX_LINES_UP):
        if cursor == 0:
            break
        above_start = folded.rfind("\n", 0, cursor - 1) + 1
        above = folded[above_start : cursor - 1]
        cursor = above_start
        if not above.strip():
            break
        cells = [above[b:e] for b, e in _cells(above, separator)]
        if len(cells) == width and _is_header(cells):
            return [c.strip().strip('"') for c in cells]
    return None


def table_header(folded: str, pos: int) -> list[str]:
    """The header row's cells of the table whose row holds `pos`, or [] outside a table."""
    line_start = folded.rfind("\n", 0, pos) + 1
    line_end = folded.find("\n", pos)
    line = folded[line_start : line_end if line_end >= 0 else len(folded)]
    separator = _separator(line)
    if separator is None:
        return []
    return _header_above(folded, line_start, separator, len(_cells(line, separator))) or []


def column_header(folded: str, pos: int) -> str:
    """The header cell over the column that holds `pos` in `folded`, or "" outside a table.

    The header is the nearest line above with the same separator and the same number of cells
    whose cells are all short labels.
    """
    line_start = folded.rfind("\n", 0, pos) + 1
    line_end = folded.find("\n", pos)
    line = folded[line_start : line_end if line_end >= 0 else len(folded)]
    separator = _separator(line)
    if separator is None:
        return ""
    spans = _cells(line, separator)
    index = next(i for i, (begin, end) in enumerate(spans) if begin <= pos - line_start <= end)
    header = _header_above(folded, line_start, separator, len(spans))
    return header[index] if header else ""


def rows_with_headers(folded: str) -> Iterator[list[tuple[int, int, str]]]:
    """The data rows of the tables in `folded`, each a list of its filled cells with their
    column's header: (start, end, header), the span without the padding and quotes around the
    value."""
    line_start = 0
    for line in folded.split("\n"):
        separator = _separator(line)
        if separator is not None:
            spans = _cells(line, separator)
            header = _header_above(folded, line_start, separator, len(spans))
            row = []
            for (begin, end), label in zip(spans, header or (), strict=False):
                value = line[begin:end]
                inner = value.strip().strip('"').strip()
                if inner:
                    offset = line_start + begin + value.index(inner)
                    row.append((offset, offset + len(inner), label))
            if row:
                yield row
        line_start += len(line) + 1


def cells_with_headers(folded: str) -> Iterator[tuple[int, int, str]]:
    """Every data cell of the tables in `folded` with its column's header."""
    for row in rows_with_headers(folded):
        yield from row
