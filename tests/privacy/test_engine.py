"""The engine end to end: analysis, the four operators, offsets, hard negatives, bad input."""

import re

import pytest

from sufragio.privacy.engine import Entity, decrypt_token, get_engine
from sufragio.privacy.lexicon import towns
from sufragio.privacy.text import MAX_CHARS, UnreadableInputError

LETTER = (
    "La que suscribe, Rosa María Villalobos Cárdenas, con CURP VICR850503MDFLRS06 y domicilio "
    "en Calle Fresno 128, Col. Santa María la Ribera, Alcaldía Cuauhtémoc, C.P. 06400. "
    "Teléfono 55 2841 7730, correo rosa.villalobos@correo-ejemplo.mx.\n\n"
    "Atentamente\nRosa María Villalobos Cárdenas"
)


def test_engine_is_cached_and_versioned():
    engine = get_engine()
    assert engine is get_engine()
    assert re.fullmatch(r"pii-[0-9a-f]{16}", engine.version)


def test_analyze_finds_each_type_in_order():
    entities = get_engine().analyze(LETTER)
    assert all(isinstance(e, Entity) for e in entities)
    assert [e.type for e in entities] == [
        "PERSON",
        "CURP",
        "ADDRESS",
        "POSTAL_CODE",
        "PHONE",
        "EMAIL",
        "PERSON",
    ]
    assert [e.start for e in entities] == sorted(e.start for e in entities)


def test_placeholders_and_offsets_in_both_texts():
    redaction = get_engine().redact(LETTER)
    assert "VICR850503MDFLRS06" not in redaction.text and "Villalobos" not in redaction.text
    assert redaction.text.startswith("La que suscribe, [NOMBRE], con CURP [CURP]")
    for e in redaction.entities:
        assert redaction.text[e.redacted_start : e.redacted_end] == e.placeholder
        assert LETTER[e.start : e.end] not in redaction.text


def test_mask_keeps_length():
    redaction = get_engine().redact(LETTER, "mask")
    assert len(redaction.text) == len(LETTER)
    assert redaction.text[17:47] == "*" * 30


def test_pseudonyms_are_consistent_within_a_document():
    text = "Mi nombre es Juan Pérez López. Mi vecino Pedro Canul Pech. Firma: Juan Pérez López"
    redacted = get_engine().redact(text, "pseudonym").text
    assert redacted.count("[NOMBRE_1]") == 2 and redacted.count("[NOMBRE_2]") == 1


def test_encryption_round_trip():
    redaction = get_engine().redact("CURP VICR850503MDFLRS06", "encrypt")
    (entity,) = redaction.entities
    token = redaction.text[entity.redacted_start : entity.redacted_end]
    assert token.startswith("[CURP:") and "VICR" not in token
    assert decrypt_token(token) == "VICR850503MDFLRS06"
    with pytest.raises(ValueError, match="invalid redaction token"):
        decrypt_token(token[:-10] + "AAAAAAAAA]")


def test_unknown_operator_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown operator"):
        get_engine().redact("hola", "shred")


@pytest.mark.parametrize(
    "negative",
    [
        "folio INE/DJ/2025/001234",
        "el artículo 41, fracción III, de la Constitución Política de los Estados Unidos Mexicanos",
        "la Ley General de Instituciones y Procedimientos Electorales",
        "la reforma publicada en el DOF 14-10-2024",
        "una multa de $15,000.00 MXN",
        "la casilla 1234 B de la sección 1234",
        "el Instituto Nacional Electoral, el Consejo General y el Tribunal Electoral",
    ],
)
def test_hard_negatives_stay(negative):
    assert get_engine().redact(negative).text == negative


def test_empty_and_whitespace():
    assert get_engine().redact("").text == ""
    assert get_engine().analyze("  \n ") == []


def test_mixed_scripts_and_binary_junk_do_not_crash():
    text = "Привет 漢字 مرحبا — mi nombre es Juan Pérez López \x00\x01\x7f 🙏"
    assert "Juan Pérez López" not in get_engine().redact(text).text
    junk = bytes(range(256)).decode("latin-1") * 4
    assert get_engine().redact(junk).text  # processed, not crashed


def test_ten_megabytes_is_refused_with_a_clear_error():
    with pytest.raises(UnreadableInputError, match="limit is"):
        get_engine().analyze("a" * (10 * 1024 * 1024))
    assert MAX_CHARS < 10 * 1024 * 1024


def test_non_text_is_refused():
    with pytest.raises(UnreadableInputError, match="expected text"):
        get_engine().analyze(b"bytes")  # type: ignore[arg-type]


def test_many_texts_at_once_match_one_at_a_time():
    texts = [LETTER, "", "Soy Teodoro Samaniego Urías, CURP VICR850503MDFLRS06.", "sin datos"]
    engine = get_engine()
    assert engine.analyze_many(texts) == [engine.analyze(t) for t in texts]
    assert [r.text for r in engine.redact_many(texts, "mask")] == [
        engine.redact(t, "mask").text for t in texts
    ]


def test_unknown_operator_fails_before_any_work_in_batches():
    with pytest.raises(ValueError, match="unknown operator"):
        get_engine().redact_many(["Soy Teodoro Samaniego Urías"], "shred")


@pytest.mark.parametrize(
    "negative",
    [
        "Oficinas centrales: Viaducto Tlalpan No. 100, Col. Arenal Tepepan, C.P. 14610, Tlalpan.",
        "El consulado en Denver, 5350 Leetsdale Dr, Denver, CO 80246, abre a las 8.",
        "Informes en contacto@ine.mx o en el Hospital General Dr. Aurelio Valdivieso.",
        "JUNTA LOCAL EJECUTIVA EN EL ESTADO DE JALISCO\nVOCALÍA DEL REGISTRO FEDERAL DE ELECTORES",
        "Colonia Roma, Condesa y Narvarte registraron la mayor participación.",
        # a chat's anonymous roles, greetings in other languages, an office's words, a laboratory
        "[09:10] Invitado: hola\n[09:11] Visitante: buenas\nNombre: Anónimo",
        "Guten Tag\nLes escribo por mi credencial.",
        "el Laboratorio de Geografía Electoral de la universidad",
        "una lona sobre el Eje Juan Pablo II",
        "Atte. Cónsul Adscrito\nDécima Primera Sesión Extraordinaria del Comité",
        "Próxima reunión: sala Ignacio Ramírez. Envíos al Centro de Cómputo y Resguardo Documental",
        "Oficialía de Partes de Viaducto Tlalpan 100, Arenal Tepepan.",
        # things named like people, firms with their legal form, a town one goes to vote in
        'andan repartiendo la "Tarjeta Violeta" en el mercado',
        'la empresa "Rótulos y Lonas del Bajío SA de CV" no está registrada',
        "mi abuela ya fue a votar a Dolores Hidalgo",
        "la llevamos a la Cruz Roja de la colonia",
        "Ubicación: Salón Los Olivos\nSindicatura: propietario y suplente",
        "Jefe de Vigilancia; Prevención de Fraudes; el partido Redes Sociales Progresistas",
    ],
)
def test_public_addresses_and_headings_stay(negative):
    assert get_engine().redact(negative).text == negative


def test_an_office_after_a_name_stays():
    redacted = get_engine().redact("Margarito Ruelas, Gobernador Indígena de la comunidad").text
    assert redacted == "[NOMBRE], Gobernador Indígena de la comunidad"
    text = "Atentamente\nRutilio Gámez Soto, Presidente del Comisariado\nAmada Ruiz Paz, Tesorera"
    assert get_engine().redact(text).text == (
        "Atentamente\n[NOMBRE], Presidente del Comisariado\n[NOMBRE], Tesorera"
    )


def test_an_address_for_notifications_is_personal():
    text = "Domicilio para notificaciones: Río Nazas 41 Pte., Col. del Valle, Torreón, Coah."
    assert get_engine().redact(text).text == "Domicilio para notificaciones: [DIRECCION]."


def test_a_multi_line_address_leaves_no_line_behind():
    text = "Domicilio:\nCalle Ocote 14, Int. 2\nCol. Las Flores\nTehuacán, Pue.\n\nGracias."
    redacted = get_engine().redact(text).text
    for line in ("Calle Ocote 14", "Col. Las Flores", "Tehuacán"):
        assert line not in redacted
    assert redacted.endswith("Gracias.")


def _persons(text: str) -> list[str]:
    return [text[e.start : e.end] for e in get_engine().analyze(text) if e.type == "PERSON"]


def test_short_forms_of_a_detected_name_are_redacted_too():
    text = (
        "Me llamo Tlanezi Ocotitla Xalpa y pido mi reposición.\n\n"
        "Att. Tlanezi O. X.\n\nCopia a la Lic. Berenice Altamirano Rojo; "
        "le respondió B. Altamirano."
    )
    found = _persons(text)
    assert "Tlanezi O. X." in found
    assert "B. Altamirano" in found


def test_quoted_misspellings_of_a_detected_name_are_redacted():
    text = (
        'Me llamo Ameyalli Zepeda Tlacotla. En la credencial dice "AMEYALI CEPEDA TLACOTLA" '
        'y en la cita "AMEYALLI". El sistema dice "CURP no válida".'
    )
    found = _persons(text)
    assert "AMEYALI CEPEDA TLACOTLA" in found
    assert "AMEYALLI" in found
    assert "CURP no válida" not in found


def test_a_detected_given_name_used_alone_later():
    text = "Entrevistado: Tenoch Ibarra Solís.\nEntrevistadora: ¿Y su domicilio, Tenoch?"
    assert _persons(text).count("Tenoch") == 1
    street = "Soy Rosendo Acuña Vela y vivo en calle Rosendo Salazar 4."
    assert "Rosendo" not in [p for p in _persons(street) if p != "Rosendo Acuña Vela"]


def test_a_given_name_said_right_before_the_full_name_is_redacted_too():
    text = "Buenas tardes, le llama Eustolia, Eustolia Barragán Quiroz, de la colonia Centro."
    redacted = get_engine().redact(text).text
    assert "Eustolia" not in redacted
    # a different word before the name is left alone
    assert get_engine().redact("Sí, Eustolia Barragán Quiroz llamó.").text.startswith("Sí, ")


def test_towns_named_like_people_are_loaded_from_the_gazetteer():
    assert len(towns()) >= 150
    assert {"gomez palacio", "ramos arizpe", "dolores hidalgo"} <= towns()
    assert get_engine().redact("Nací en Gómez Palacio, Dgo.").text == "Nací en Gómez Palacio, Dgo."
