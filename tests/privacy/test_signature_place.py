"""The place line under a person's name at the end of a letter."""

from sufragio.privacy.signature_place import signature_place
from sufragio.privacy.text import fold


def place(text: str) -> str | None:
    span = signature_place(text, fold(text))
    return text[span[0] : span[1]] if span else None


def test_place_line_under_a_name() -> None:
    text = "Gracias por su atención.\nRebeca Solís\nCol. Las Huertas, Tijuana\n664 123 4567\n"
    assert place(text) == "Col. Las Huertas, Tijuana"


def test_place_line_ending_in_a_state() -> None:
    text = "Atentamente,\nJosé Armando Cisneros Lara\nCuliacán, Sinaloa"
    assert place(text) == "Culiacán, Sinaloa"


def test_no_name_above_means_no_place() -> None:
    assert place("Atentamente,\nJunta Distrital Ejecutiva\nCuliacán, Sinaloa") is None
