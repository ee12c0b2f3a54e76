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
        ("Desde que enviudé vivo sola en Tuxpan con mis gatos.", ["Tuxpan"]),
        ("Vivo con mi nieta en Orizaba.", ["Orizaba"]),
        ("no llego temprano, vivo hasta Chablekal", ["Chablekal"]),
        ("Hi, I'm writing from Milwaukee about my card.", ["Milwaukee"]),
        ("q bueno, yo aqui en Waukegan ni pude registrarme", ["Waukegan"]),
        ("I moved from Pilsen to Berwyn last year", ["Pilsen"]),
        ("vecina informa q se mudo hace como 6 meses a Celaya", ["Celaya"]),
        ("su mama dice q se fue pa Las Cruces", ["Las Cruces"]),
        ("se fue a trabajar a Ensenada desde noviembre", ["Ensenada"]),
        # a town named like its state is the town when the state follows it
        ("Vivo en Zacatecas, Zac., desde niña.", ["Zacatecas, Zac"]),
        # all capitals hide names, but a saint's name marks a town; the "Y" after it is not part
        ("NOSOTROS VIVIMOS EN SANTA ROSA TEPETLAN Y NO HAY MODULO", ["SANTA ROSA TEPETLAN"]),
        ("lleva 15 años viviendo en Fresno y no tiene credencial", ["Fresno"]),
        ("Vive con su abuela en Tecate; trajo comprobante.", ["Tecate"]),
        ("la hija dice que ya se fue a Toluca", ["Toluca"]),
        ("clave de elector vigente, con domicilio en Zinacantepec.", ["Zinacantepec"]),
        # a house number after the town, and a street or colonia without one
        ("mi suegra vive conmigo en Tabachines 12", ["Tabachines 12"]),
        ("Vivo en Saltillo 3 años y medio.", ["Saltillo"]),
        ("My father lives with me in San Antonio since his stroke.", ["San Antonio"]),
        ("ahora rento un cuarto en la ciudad de Puebla, ¿eso afecta?", ["ciudad de Puebla"]),
        ("Aquí en Tecate yo vivo sola, mi hijo está en Denver.", ["Tecate"]),
        ("ahí mero en la Tierra Blanca vivo yo.", ["Tierra Blanca"]),
        ("le habla Chabela, de acá del barrio de la Cancha, pues.", ["barrio de la Cancha"]),
        ("Es que me voy a cambiar a Ensenada por el trabajo", ["Ensenada"]),
        # a place named right before "y ahí vivo" / ". Aquí vivo"
        ("Nací en la comunidad de Abasolo y ahí vivo todavía.", ["comunidad de Abasolo"]),
        (
            "pescador del campo pesquero El Desemboque, municipio de Pitiquito. Aquí vivo, en",
            ["campo pesquero El Desemboque, municipio de Pitiquito"],
        ),
        ("dijo vivir en la calle Ignacio Allende, pero no", ["calle Ignacio Allende"]),
        ("Soy Meche, vivo aquí en la privada Los Pinos, para lo que gusten", ["privada Los Pinos"]),
    ],
)
def test_towns_where_someone_lives(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vivo en Texas desde hace años.",
        "Vivo en Texas, USA, desde 2012.",
        "Vivo en Nuevo León desde 2010.",
        "Si vives en Tesistán, espera al módulo itinerante.",
        "Soy de Zamora.",
        "Llegamos desde Madrid el lunes.",
        "se fue a La Paz con su comadre el fin de semana",
        "Luego todos se fueron a la Macroplaza a seguir con el mitin.",
        "Fui a la junta en la Casa Ejidal y ahí votamos todos.",
        "nació en Jerez, vivimos en el ejido desde entonces",
        "yo estoy aquí en Arizona vivo de lo que me pagan",
    ],
)
def test_states_origins_and_trips_are_public(text: str) -> None:
    assert places(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tendría domicilio en el municipio de Cajeme, Sonora.", ["municipio de Cajeme, Sonora"]),
        ("mire le hablo desde Chicago, yo vivo aquí en Pilsen", ["Chicago", "Pilsen"]),
    ],
)
def test_domiciles_in_a_municipality_and_callers(text: str, expected: list[str]) -> None:
    assert places(text) == expected


def test_currently_living_in() -> None:
    assert places("a political scientist, currently living in Playa del Carmen, where") == [
        "Playa del Carmen"
    ]
