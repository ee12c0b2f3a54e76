from sufragio.privacy.recognizers.ine_cic import MxIneCicRecognizer
from tests.privacy.recognizers.helpers import found


def test_cic_with_context():
    assert found(MxIneCicRecognizer(), "MI CREDENCIAL TIENE EL CIC 514026140.") == ["514026140"]
    assert found(MxIneCicRecognizer(), "al reverso: IDMEX 247045585 y") == ["247045585"]


def test_nine_digits_without_context_are_ignored():
    assert found(MxIneCicRecognizer(), "la partida presupuestal 514026140") == []
