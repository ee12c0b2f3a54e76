"""Lexicon-anchored name runs: names found without a trigger phrase, and places that look alike."""

import pytest

from sufragio.privacy.name_runs import (
    classify,
    extend_name,
    historical_at,
    name_runs,
    place_before,
    read_ocr_zeros,
)


def runs(text: str) -> list[str]:
    return [text[start:end] for start, end, _, _ in name_runs(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Acudió Teodoro Samaniego Urías a la junta.", "Teodoro Samaniego Urías"),
        ("EL CIUDADANO ROGELIO ARTEAGA PONCE SOLICITA", "ROGELIO ARTEAGA PONCE"),
        ("lo firmo Anastasia Quiroga Baez sin acentos", "Anastasia Quiroga Baez"),
        ("Reporta: Ledesma Tinoco, Fermín", "Ledesma Tinoco, Fermín"),
        ("vino la señora Gaitán Sepúlveda con su hija", "Gaitán Sepúlveda"),
        ("lo atendió Itzamná Tzec Balam en ventanilla", "Itzamná Tzec Balam"),
        ('platiqué con Epifanio "el Chato" Robledo ayer', 'Epifanio "el Chato" Robledo'),
        ("Suscribe: Ma. de la Luz Corona Saldaña", "Ma. de la Luz Corona Saldaña"),
        ("firmó J. Refugio Galindo R. en la hoja", "J. Refugio Galindo R."),
        ("hablé con rogelio de jesus olvera ponce hoy", "rogelio de jesus olvera ponce"),
    ],
)
def test_names_without_a_trigger(text, name):
    assert name in runs(text)


def test_ocr_zeros_are_read_as_letters_without_moving_offsets():
    text = "TITULAR: R0GELI0 ARTEAGA P0NCE"
    assert read_ocr_zeros(text) == "TITULAR: ROGELIO ARTEAGA PONCE"
    assert runs(text) == ["R0GELI0 ARTEAGA P0NCE"]


@pytest.mark.parametrize(
    "text",
    [
        "la Escuela Primaria Adolfo López Mateos de la comunidad",
        "en la alcaldía Gustavo A. Madero se instaló el módulo",
        "sobre la calle Vicente Guerrero esquina con Morelos",
        "el partido Movimiento Ciudadano y Morena registraron candidaturas",
        "ASUNTO: SOLICITUD DE ACLARACIÓN DE DATOS",
        "Ley General de Instituciones y Procedimientos Electorales",
        "el lunes 5 de Mayo en Santa Rosa Jáuregui",
        "la avenida Benito Juárez está cerrada",
        "el municipio de Dolores Hidalgo, Guanajuato",
    ],
)
def test_places_institutions_and_headings_are_not_names(text):
    assert runs(text) == []


def test_a_lone_given_name_counts_unless_it_is_also_a_place_or_word():
    assert runs("Oye, Rigoberto llegó tarde a la capacitación") == ["Rigoberto"]
    assert runs("nos vemos en Victoria el martes") == []
    assert runs("la Esperanza y la Soledad son colonias") == []
    assert runs("AVISO PARA RIGOBERTO") == []  # capitals alone are headings


def test_a_lone_ambiguous_given_name_does_not_vouch_for_a_company():
    assert runs("Servicios Integrales Paz y Luna, S.A. de C.V.") == []


def test_classify_uses_folded_lexicons_and_position():
    assert classify("JOSÉ") == "G"
    assert classify("Villa") == ""  # a place word at the start of a run
    assert classify("Villa", inside=True) == "S"  # "Juan Villa Torres"
    assert classify("Instituto") == ""
    assert classify("de") == "C"


def test_extend_name_takes_the_second_surname_spacy_left_behind():
    text = "Reportó Yatziri Cuevas Tapia el incidente"
    start = text.index("Yatziri")
    assert text[start : extend_name(text, start, start + len("Yatziri Cuevas"))] == (
        "Yatziri Cuevas Tapia"
    )


def test_a_name_ending_a_multi_word_place_name_is_a_place():
    assert runs("La casilla estará en el Jardín de Niños Juana Ocampo, junto al mercado") == []
    assert runs("la vacuna en el Centro de Salud Rural Anselmo Trejo Ruiz") == []
    assert runs("Después, Anselmo Trejo Ruiz llegó al Centro de Salud") == ["Anselmo Trejo Ruiz"]


def test_short_forms_of_given_names_are_given_names():
    assert classify("Tavo") == "G"
    assert classify("Moni") == "G"
    assert classify("Leo") == "S"  # also a verb ("leo el artículo"): not enough alone
    assert runs("Oye, Tavo llegó tarde a la capacitación") == ["Tavo"]


def test_hyphenated_given_names_and_surnames():
    assert classify("Nicte-Ha") == "G"
    assert classify("Ruiz-Esparza") == "S"
    assert "Nicte-Ha Balam" in runs("me atendió Nicte-Ha Balam en el módulo")


def test_towns_named_like_people_are_places():
    text = "Felipe Carrillo Puerto, Q. Roo, 4 de abril"
    assert historical_at(text, 0, len("Felipe Carrillo"))
    assert runs(text) == []
    assert not historical_at("Benito Juárez Ortega firmó", 0, len("Benito Juárez Ortega"))


def test_quotes_and_brackets_between_a_place_word_and_a_name():
    text = 'en el Jardín de Niños "Amado Nervo" y en (San Bartolo Coyotepec)'
    assert place_before(text, text.index("Amado"))
    assert place_before(text, text.index("Bartolo"))
    assert runs(text) == []


def test_a_town_before_a_state_is_not_part_of_a_name():
    assert runs("soy Anselmo Ruiz Tapia de Sombrerete Zacatecas") == ["Anselmo Ruiz Tapia"]


def test_a_numbered_place_before_a_name_makes_it_a_place():
    assert place_before("la Escuela No. 45 Rosaura Zapata", 18)
    assert place_before("acudí al MAC 150633 (Ramón Corona Sur)", 21)
    assert not place_before("le entregué 45 Rosaura Zapata", 15)


def test_a_place_kind_before_its_qualifiers_number_and_title_makes_a_place():
    text = "la Escuela Secundaria Técnica No. 14 Profra. Rosaura Zapata"
    assert place_before(text, text.index("Rosaura"))
    text = "EN LA ESC. SEC. TEC. NUM. 7 LAZARO CARDENAS"
    assert place_before(text, text.index("LAZARO"))
    text = "en la escuela primaria bilingüe Cuauhtémoc Tizoc"
    assert place_before(text, text.index("Cuauhtémoc"))
    # a shop named by its owner is about the owner
    text = "junto a la tienda de don Eulogio"
    assert not place_before(text, text.index("Eulogio"))


def test_a_post_named_after_its_place_is_followed_by_a_person():
    text = "Atendió: Operador de módulo Jonathan Flores"
    assert not place_before(text, text.index("Jonathan"))
    text = "somos de la junta auxiliar de San Miguel Tzinacapan"
    assert place_before(text, text.index("Miguel"))


def test_a_tab_separates_cells_not_the_words_of_a_name():
    assert "Rosa Elena Tapia" in runs("0012\tRosa Elena Tapia\tTapachula")
    assert not any("\t" in run for run in runs("0012\tRosa Elena Tapia\tTapachula"))


def test_a_person_in_apposition_after_a_place_word_and_a_comma():
    text = "y que el topil de la comunidad, Eleuterio Pérez, acompañe al personal"
    assert runs(text) == ["Eleuterio Pérez"]
    assert not place_before(text, text.index("Eleuterio"))
    assert place_before("en la comunidad Eleuterio Pérez", len("en la comunidad "))
