"""The cues that announce a name, matched on folded text."""

import pytest

from sufragio.privacy.name_triggers import (
    CLOSING_LINE,
    LABEL_LINE,
    ROSTER_LABEL,
    TRIGGER,
    WRIT_OPENING,
)
from sufragio.privacy.text import fold


def after_trigger(text: str) -> list[str]:
    folded = fold(text)
    return [text[match.end() :].split()[0] for match in TRIGGER.finditer(folded)]


@pytest.mark.parametrize(
    ("text", "first_word"),
    [
        ("Buenas tardes, mi nombre es Juan Mendoza", "Juan"),
        ("La que suscribe, Rosa Villalobos", "Rosa"),
        ("vino mi abuelita Chona", "Chona"),
        ("dice llamarse Leydi", "Leydi"),
        ("habló el consejero Arcos Uscanga", "Arcos"),
        ('aparezco como "maria lopes"', "maria"),
    ],
)
def test_triggers_end_where_the_name_begins(text, first_word):
    assert first_word in after_trigger(text)


def test_a_closing_line_ends_before_the_signer():
    text = "Le agradezco la atención.\n\nAtentamente\nLic. María López"
    match = CLOSING_LINE.search(fold(text))
    assert text[match.end() :] == "María López"  # the title is read with the closing


def test_form_and_writ_labels_end_at_the_value():
    text = "Apellido paterno: RUIZ    Apellido materno: SOTO"
    assert [text[m.end() :].split()[0] for m in LABEL_LINE.finditer(fold(text))] == [
        "RUIZ",
        "SOTO",
    ]
    writ = "ANA RUIZ SOTO, en mi carácter de autorizada"
    assert WRIT_OPENING.match(writ).group("value") == "ANA RUIZ SOTO"


def test_roster_labels_open_a_line_and_singular_roles_do_not():
    assert ROSTER_LABEL.match("Asistentes: Ana Ruiz, Luis Mena")
    assert not ROSTER_LABEL.match("Operador: buenas tardes")
