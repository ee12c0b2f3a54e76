"""Directions to a house, said after a phrase that names someone's home, are its address."""

import pytest

from sufragio.privacy.house_directions import house_directions
from sufragio.privacy.text import fold


def directions(text: str) -> list[str]:
    return [text[start:end] for start, end in house_directions(fold(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "su casa está subiendo por la brecha que va a la capilla, la de techo de palma.",
            ["subiendo por la brecha que va a la capilla, la de techo de palma"],
        ),
        (
            "él vive acá arriba, en el camino viejo a Jicaltepec, después de la comisaría.",
            ["el camino viejo a Jicaltepec, después de la comisaría"],
        ),
        (
            "Domicilio: a un lado de la galera comunitaria, la casa de block sin pintar.\nSección",
            ["a un lado de la galera comunitaria, la casa de block sin pintar"],
        ),
        (
            'Mi casa queda "pasando el puente, la de lámina azul" y ahí',
            ["pasando el puente, la de lámina azul"],
        ),
    ],
)
def test_directions_after_a_home(text: str, expected: list[str]) -> None:
    assert directions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "la casilla está junto a la escuela primaria.",
        "Referencia: frente al Parque Borunda",  # the recognizer reads it under a home only
        "Mi casa es muy chica y no caben.",
        "vive en Calle Hidalgo 12, Centro.",  # an address, not directions
    ],
)
def test_public_places_and_other_sentences_are_left_alone(text: str) -> None:
    assert directions(text) == []
