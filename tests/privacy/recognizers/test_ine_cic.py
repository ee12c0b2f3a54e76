from sufragio.privacy.recognizers.ine_cic import MxIneCicRecognizer
from tests.privacy.recognizers.helpers import found


def test_cic_with_context():
    assert found(MxIneCicRecognizer(), "MI CREDENCIAL TIENE EL CIC 514026140.") == ["514026140"]
    assert found(MxIneCicRecognizer(), "al reverso: IDMEX 247045585 y") == ["247045585"]


def test_nine_digits_without_context_are_ignored():
    assert found(MxIneCicRecognizer(), "la partida presupuestal 514026140") == []


def test_cic_named_after_the_number_and_folios_near_credencial():
    recognizer = MxIneCicRecognizer()
    text = "el número de atrás es 307551902 (me dijeron que es el CIC)."
    assert found(recognizer, text) == ["307551902"]
    assert found(recognizer, "trámite de credencial, folio 307551902") == []
