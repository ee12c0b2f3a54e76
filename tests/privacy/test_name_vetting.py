"""The checks every PERSON candidate passes: firms, streets, towns, laws and plain words."""

import pytest

from sufragio.privacy.name_vetting import vetted_end
from sufragio.privacy.text import fold


def vetted(text: str, value: str, source: str = "name run") -> str | None:
    start = text.index(value)
    end = vetted_end(text, fold(text), start, start + len(value), source)
    return None if end is None else text[start:end]


def test_a_person_passes_unchanged():
    assert vetted("Ayer vino Herminia Sarmiento Cruz.", "Herminia Sarmiento Cruz") == (
        "Herminia Sarmiento Cruz"
    )


def test_a_trailing_town_is_dropped_from_the_name():
    text = "Escribe Herminia Sarmiento de Cosamaloapan."
    assert vetted(text, "Herminia Sarmiento de Cosamaloapan") == "Herminia Sarmiento"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Contratamos a Ruiz Trejo y Asociados, S.C. para", "Ruiz Trejo"),
        ("Vive en Magdalena 21, Col. Del Valle", "Magdalena"),
        ("Pedro Escobedo, Qro., a 3 de mayo de 2025", "Pedro Escobedo"),
        ("Con fundamento en la Ley de Amparo vigente", "Amparo"),
        ("Trabaja como Técnico en Actualización Cartográfica", "Actualización Cartográfica"),
        ("Se reunió el Consejo General", "Consejo General"),
        ("nací en Apatzingan Michoacan en 1980", "Apatzingan Michoacan"),
        ("LUGAR: TEMOSACHIC CHIHUAHUA", "TEMOSACHIC CHIHUAHUA"),
        ("Club Guerrerense, 5725 Buford Hwy NE, Suite 210", "Buford Hwy NE"),
        ("LAW OFFICE OF MARTÍNEZ & REYNA, PLLC", "REYNA"),
        ("para la fiesta de la Candelaria vienen todos", "Candelaria"),
        ("el Día de la Candelaria hay tamales", "Candelaria"),
        ("PRESIDENTE      SECRETARIO      TESORERA", "TESORERA"),
        ("ATENTAMENTE\nGerencia de Recursos Humanos", "Gerencia de Recursos"),
        ("Marcela Hernández Jiménez\nRepresentante Legal", "Legal"),
        ("Tlapa de Comonfort, Gro., 18 de abril de 2027", "Tlapa de Comonfort"),
        ("Sufragio Efectivo. No Reelección.\nEl Agente Municipal", "Sufragio Efectivo"),
        ("Gracias, Dios les bendiga", "Dios"),
        ("Atentamente\nRecursos Humanos", "Recursos"),
        ("Atentamente\nCrisóforo Martín Cruz\nDelegado Municipal", "Delegado"),
        ("Lugar de nacimiento: GOMEZ PALACIO, DURANGO\nCURP", "GOMEZ PALACIO, DURANGO"),
        ("Boletín No. 214\nCiudad de México", "Boletín No"),
        ("Parroquia de San Francisco. Domingo 9 de febrero. Avisos", "Domingo"),
        ("que se traduzca a la lengua Jiak Noki.", "Jiak Noki"),
        ("el suscrito notificador de la 20 Junta Distrital Ejecutiva", "notificador"),
        ("17/03/2025 | Natalicio de Benito Juárez (tercer lunes)", "Benito Juárez"),
        ("Good day. Mi nombre es Abraham Friesen", "Good"),
        ("por acuerdo de la Guardia Tradicional, solicitamos", "Tradicional"),
        (
            "viajará a Salamanca y Dolores Hidalgo Cuna de la Independencia Nacional.",
            "Dolores Hidalgo Cuna de la Independencia",
        ),
        ("Síguenos en @INEMorelos y comparte", "INEMorelos"),
        ('nos vemos en el Aula Magna "Fernando Díaz Ramírez" a las 10', "Fernando Díaz Ramírez"),
        ('en el Lienzo Charro "Pedro Infante" el domingo', "Pedro Infante"),
    ],
)
def test_firms_streets_places_and_titles_are_not_persons(text, value):
    assert vetted(text, value) is None


def test_a_town_named_like_a_person_yields_to_a_stated_name():
    text = "vivo en Dolores Hidalgo desde niña"
    assert vetted(text, "Dolores Hidalgo") is None
    assert vetted(text, "Dolores Hidalgo", "trigger") == "Dolores Hidalgo"


def test_a_short_surname_counts_only_in_a_name_field():
    assert vetted("Apellido: UC", "UC", "form label") == "UC"
    assert vetted("Apellido: UC", "UC") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a town whose name ends in a state's, a town before "Estado de México", a head town
        ("Cabecera: Zamora de Hidalgo\nPROCESO ELECTORAL", "Zamora de Hidalgo"),
        ("C.P. 54400, Nicolás Romero, Estado de México.", "Nicolás Romero"),
        ("Junta Distrital 07, cabecera Cuauhtémoc", "Cuauhtémoc"),
        # a firm's legal form at the end of the candidate itself
        ('la empresa "Publicidad del Sureste SA de CV", RFC', "Publicidad del Sureste SA de CV"),
    ],
)
def test_towns_and_firms_found_in_official_paperwork_are_not_persons(text, value):
    assert vetted(text, value) is None


def test_holy_week_days_are_not_persons():
    assert vetted("cerrado el 25 y 26 de marzo (Jueves y Viernes Santos).", "Santos") is None
    assert vetted("Firmó la C. Rosa Santos.", "Rosa Santos") == "Rosa Santos"


def test_a_state_after_a_name_is_dropped_from_it():
    text = "Firmantes: Ana Ruiz Torres Oaxaca, Pedro Uc Yucatán"
    assert vetted(text, "Ana Ruiz Torres Oaxaca") == "Ana Ruiz Torres"
    # Guerrero and Hidalgo are surnames as well as states
    assert vetted("Firma: Rosa Ortiz Guerrero", "Rosa Ortiz Guerrero") == "Rosa Ortiz Guerrero"


def test_a_name_after_the_article_or_in_a_handle_of_a_person_stays():
    assert vetted("le dije a la Candelaria que venga", "Candelaria") == "Candelaria"
    assert vetted("gracias @lupita_rdz por compartir", "lupita_rdz", "social handle") == (
        "lupita_rdz"
    )


def test_a_models_word_then_unknown_word_is_no_name_but_a_chat_senders_is():
    text = "Recibo Telmex | 88 | 93.1 % | líneas partidas"
    assert vetted(text, "Recibo Telmex", "ner") is None
    chat = "[13:04] El Pelón Fragoso: no wey, sigo saliendo en la lista"
    assert vetted(chat, "Pelón Fragoso", "chat sender") == "Pelón Fragoso"
