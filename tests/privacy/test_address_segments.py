"""Segments of an address and where a new clause cuts them."""

import pytest

from sufragio.privacy.address_segments import place_like, reach_end, split_segments, trim
from sufragio.privacy.text import fold


def test_segments_split_at_commas_and_stop_at_a_blank_line() -> None:
    text = "Calle Juárez 12, Col. Centro\nOaxaca, Oax.\n\nOtra cosa"
    parts = [(text[s.start : s.end], s.new_line) for s in split_segments(text, 0)]
    assert parts == [
        ("Calle Juárez 12", False),
        (" Col. Centro", False),
        ("Oaxaca", True),
        (" Oax.", False),
    ]


def test_trim_cuts_at_a_new_clause() -> None:
    text = "avenida Juárez desde las 16:00"
    start, end, ended = trim(text, fold(text), 0, len(text))
    assert (text[start:end], ended) == ("avenida Juárez", True)


def test_trim_keeps_an_abbreviation_period() -> None:
    text = "Av. Hidalgo No. 41"
    start, end, ended = trim(text, fold(text), 0, len(text))
    assert (text[start:end], ended) == ("Av. Hidalgo No. 41", False)


def test_reach_includes_the_postal_code() -> None:
    text = "Av. Hidalgo 41, C.P. 68000. Gracias."
    assert text[: reach_end(text, fold(text), 0)] == "Av. Hidalgo 41, C.P. 68000"


@pytest.mark.parametrize(
    ("value", "lower_case", "expected"),
    [
        ("Oaxaca de Juárez", False, True),
        ("Tulancingo hgo", False, True),
        ("que fue", False, False),
        ("ECATEPEC DE M0RELOS", False, True),
        ("Calle 5", False, False),
        ("santa lucia", True, True),
    ],
)
def test_place_like(value: str, lower_case: bool, expected: bool) -> None:
    assert place_like(value, fold(value), lower_case, False) is expected


def test_segments_stop_before_a_table_row_or_a_sections_line() -> None:
    text = "Av. Morelos 41, Col. Centro\nSECCIÓN 0233 | BÁSICA | Escuela Hidalgo\nfin"
    assert [text[s.start : s.end] for s in split_segments(text, 0)] == [
        "Av. Morelos 41",
        " Col. Centro",
    ]
    text = "Av. Morelos 41\nCol. Centro\nTepic, Nay."
    assert len(split_segments(text, 0)) == 4


def test_segments_stop_at_the_end_of_a_table_cell() -> None:
    text = "Calle Nieto 230, Zona Centro | Embarazo | 13/02/2027"
    assert [text[s.start : s.end] for s in split_segments(text, 0)] == [
        "Calle Nieto 230",
        " Zona Centro ",
    ]


def test_segments_stop_at_a_tab_separated_column() -> None:
    text = "AND 7 MZ 3 LT 14 COL SANTA MARTHA\t12/02\tNotificado"
    assert [text[s.start : s.end] for s in split_segments(text, 0)] == [
        "AND 7 MZ 3 LT 14 COL SANTA MARTHA"
    ]
