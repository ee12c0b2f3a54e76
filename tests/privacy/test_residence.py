"""The town where someone lives, named after a verb of living or moving."""

import pytest

from sufragio.privacy.residence import residence_places
from sufragio.privacy.text import fold


def places(text: str) -> list[str]:
    return [text[start:end] for start, end in residence_places(text, fold(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ahora vivo en Chicago desde 2004.", ["Chicago"]),
        ("Les escribo desde Tucson, Arizona, donde resido.", ["Tucson, Arizona"]),
        ("Me cambié de Champotón a la ciudad de Campeche.", ["Champotón", "ciudad de Campeche"]),
        ("Nos vemos en mi casa a las 8, Galeana 44.", ["Galeana 44"]),
    ],
)
def test_towns_where_someone_lives(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vivo en Texas desde hace años.",
        "Soy de Zamora.",
        "Llegamos desde Madrid el lunes.",
    ],
)
def test_states_origins_and_trips_are_public(text: str) -> None:
    assert places(text) == []
