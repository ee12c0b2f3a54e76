"""The place line under a person's name at the end of a letter."""

from sufragio.privacy.signature_place import contact_card_town, signature_place
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


def test_a_long_place_line_under_a_name() -> None:
    text = (
        "Atentamente,\nRosendo Pérez Ruiz\nBarrio de San Ramón, San Cristóbal de las Casas, Chis."
    )
    assert place(text) == "Barrio de San Ramón, San Cristóbal de las Casas, Chis"


def test_the_town_on_a_persons_one_line_contact_card():
    text = "Quedo atento.\nRamiro Ortega · Contador · Hermosillo, Son. · +52 662 118 4471"
    start, end = contact_card_town(text)
    assert text[start:end] == "Hermosillo, Son."
    text = "Gracias.\nLeti R. — 444 190 2231, San Luis Potosí, S.L.P."
    start, end = contact_card_town(text)
    assert text[start:end] == "San Luis Potosí, S.L.P."


def test_an_offices_card_or_a_line_without_contact_is_not_a_card():
    assert contact_card_town("INE · Junta Local · Hermosillo, Son. · 662 259 1200") is None
    assert contact_card_town("Saludos · Hermosillo, Son.") is None
