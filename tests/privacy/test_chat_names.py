"""Chat sources of names: senders, lower-case mentions, handles, chat labels and vocatives."""

from sufragio.privacy.chat_names import chat_candidates
from sufragio.privacy.text import fold


def chat_names(text: str) -> list[tuple[str, str]]:
    return [
        (text[start:end], source) for start, end, _, source in chat_candidates(text, fold(text))
    ]


def test_senders_are_found_without_their_role_or_office():
    text = "[09:14] Tía Cuca: ya llegué\n[09:15] Kike CAE: voy para allá"
    assert chat_names(text) == [("Cuca", "chat sender"), ("Kike", "chat sender")]


def test_a_contact_saved_as_a_relation_names_no_one():
    text = "[09:14] Mamá: ya llegué\n[09:15] Mamá: abre"
    assert ("Mamá", "chat sender") not in chat_names(text)


def test_a_single_agenda_item_is_not_a_sender():
    assert chat_names("14:00 Cierre: 37 trámites") == []


def test_a_senders_given_name_in_lower_case_is_a_mention():
    text = "[10:01] Gaby Tzuc: hola\n[10:02] Rosa: nooo gaby"
    assert ("gaby", "chat mention") in chat_names(text)


def test_personal_handles_count_and_institutional_ones_do_not():
    names = chat_names("me escribió @lupita_canul y lo compartió @inemexico")
    assert ("lupita_canul", "social handle") in names
    assert all(value != "inemexico" for value, _ in names)


def test_repeated_labels_without_time_stamps_are_chat_labels():
    text = "Yoli: ¿ya votaste?\nBeto: todavía no\nYoli: apúrate"
    assert [value for value, source in chat_names(text) if source == "chat label"] == [
        "Yoli",
        "Beto",
        "Yoli",
    ]


def test_form_labels_are_not_chat_labels():
    assert chat_names("Domicilio: Calle 5\nDomicilio: Calle 7") == []


def test_a_given_name_opening_a_line_is_a_vocative():
    assert ("Leo", "vocative") in chat_names("Leo, te comparto la liga")
    assert ("Itzel", "vocative") in chat_names("ok Itzel, entonces mañana")
    assert chat_names("Asimismo, te informo que") == []


def test_help_desk_roles_and_parties_are_not_part_of_a_senders_name():
    text = "[10:02] Asesor Rigoberto: buen día\n[10:03] Promotora Tere PRI: vecina, le dejo esto"
    senders = [value for value, source in chat_names(text) if source == "chat sender"]
    assert senders == ["Rigoberto", "Tere"]


def test_a_known_given_name_after_a_greeting_is_a_vocative():
    names = chat_names("Respuesta por mensaje directo: Hola, Matilde. Ya revisamos su caso.")
    assert ("Matilde", "vocative") in names
    assert chat_names("Respuesta: Gracias, Saludos. Ya revisamos su caso.") == []
