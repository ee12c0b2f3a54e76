"""The person recognizer through the real engine (spaCy NER included) and on its own."""

import pytest

from sufragio.privacy.engine import get_engine
from sufragio.privacy.recognizers.person import MxPersonRecognizer
from tests.privacy.recognizers.helpers import found


def persons(text: str) -> list[str]:
    return [text[e.start : e.end] for e in get_engine().analyze(text) if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Buenas tardes, mi nombre es Juan Carlos Mendoza Ruiz.", "Juan Carlos Mendoza Ruiz"),
        (
            "La que suscribe, Rosa María Villalobos Cárdenas, con CURP",
            "Rosa María Villalobos Cárdenas",
        ),
        (
            "en representación de la C. Ana Sofía Quintero Beltrán, personalidad",
            "Ana Sofía Quintero Beltrán",
        ),
        ("YO JOSE LUIS TREVIÑO GARZA VENGO A PEDIR QUE ME DEN DE BAJA", "JOSE LUIS TREVIÑO GARZA"),
        ("buenas noches, me llamo itzel martinez cruz y", "itzel martinez cruz"),
        (
            "Sin más por el momento.\n\nAtentamente\nMaría del Carmen López Figueroa",
            "María del Carmen López Figueroa",
        ),
    ],
)
def test_names_after_triggers_in_every_style(text, name):
    assert name in persons(text)


def test_whatsapp_sender_is_found_on_every_line():
    text = "[09:14] Lupita: buenas\n[09:15] Lupita: se llama Pedro Canul Pech"
    assert persons(text) == ["Lupita", "Lupita", "Pedro Canul Pech"]


def test_form_fields():
    text = "Nombre(s): Ernesto\nApellido paterno: Zavala\nApellido materno: Ibarra\n"
    assert found(MxPersonRecognizer(), text) == ["Ernesto", "Zavala", "Ibarra"]


@pytest.mark.parametrize(
    "text",
    [
        "C. Consejero Presidente del Instituto Nacional Electoral\nP r e s e n t e",
        "el Consejo General y la Sala Superior del Tribunal Electoral resolvieron",
        "Buenas tardes.\nGracias de antemano.\nATENTAMENTE\nLa Vocalía Ejecutiva",
        "Distribuidora del Sol de Oriente, S.A. de C.V. entregó el material.",
    ],
)
def test_institutions_offices_and_common_words_are_not_people(text):
    assert persons(text) == []


def test_form_blocks_and_split_surname_fields():
    credential = "NOMBRE\nOCAMPO\nTINOCO\nMARCELINO\nDOMICILIO\nC HIDALGO 4"
    assert found(MxPersonRecognizer(), credential) == ["OCAMPO", "TINOCO", "MARCELINO"]
    form = "Primer apellido: De la Garza\nSegundo apellido: LEÓN"
    assert found(MxPersonRecognizer(), form) == ["De la Garza", "LEÓN"]


def test_more_triggers():
    assert "Ocampo" in found(MxPersonRecognizer(), "soy Nicanor, de apellido Ocampo, y llamo")
    assert "Tinoco" in found(MxPersonRecognizer(), "el profe Tinoco era el presidente de casilla")
    assert "Paula Ibarra" in found(MxPersonRecognizer(), "el recibo a nombre de Paula Ibarra")


def test_a_role_and_an_acronym_are_not_a_person():
    assert found(MxPersonRecognizer(), "[10:02] Asesor INETEL: buenas tardes") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("me lo dijo mi compadre el Chueco, que trabaja ahí", "Chueco"),
        ("dile que vas de parte de la sobrina de Tencha", "Tencha"),
        ("[08:12] Tío Beto: ya voté\n[08:13] Lalo: yo también", "Beto"),
        ("[21:40] Profe Jacinta: mañana hay junta", "Jacinta"),
        ("Nos vemos el domingo.\nUn abrazo,\nNena", "Nena"),
        ('en la lista aparezco como "Maricela Ibarra" y soy Marisela', "Maricela Ibarra"),
        ("@pepe_loza77 qué vergüenza lo de la casilla", "pepe_loza77"),
    ],
)
def test_nicknames_kin_chat_roles_closings_and_handles(text, name):
    assert name in found(MxPersonRecognizer(), text)


def test_lower_case_names_after_me_llamo_and_soy():
    assert "rosalba quintero" in found(MxPersonRecognizer(), "hola me llamo rosalba quintero")
    assert "maria lopez" in found(MxPersonRecognizer(), "buenas, soy maria lopez de Tlaxcala")
    assert found(MxPersonRecognizer(), "soy de oaxaca y vivo aqui") == []


def test_places_named_after_people_and_institutional_handles_are_not_persons():
    assert persons("Me atendieron en el Hospital General Dr. Manuel Gea González.") == []
    assert persons("Estudia en la Escuela Primaria Profr. Rafael Ramírez Castañeda.") == []
    assert found(MxPersonRecognizer(), "Lo publicó @INEMexico en su cuenta") == []
    assert persons("Publicación de Facebook: se busca a la familia") == []
