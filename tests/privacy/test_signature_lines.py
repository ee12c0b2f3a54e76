"""The bare signature line at the end of an e-mail or a chat message."""

from sufragio.privacy.signature_lines import signature_line
from sufragio.privacy.text import fold


def signature(text: str) -> list[str]:
    return [text[start:end] for start, end, _, _ in signature_line(text, fold(text))]


def test_a_given_name_alone_on_the_last_line_signs_the_message():
    assert signature("Ya mandé los documentos.\nRocío") == ["Rocío"]


def test_initials_sign_too():
    assert signature("Quedo pendiente.\nJP") == ["JP"]


def test_a_leading_title_is_left_out():
    assert signature("Le envío el oficio.\nLic. Hugo Ramírez") == ["Hugo Ramírez"]


def test_replies_closings_and_firms_do_not_sign():
    assert signature("Revisé el expediente.\nPendiente") == []
    assert signature("Revisé el expediente.\nSaludos") == []
    assert signature("Revisé el expediente.\nAbogados Asociados") == []


def test_only_the_last_line_counts():
    assert signature("Rocío\nte mando la constancia mañana temprano") == []
