from sufragio.privacy.recognizers.postal_code import MxPostalCodeRecognizer
from tests.privacy.recognizers.helpers import found


def test_postal_code_needs_cp_context():
    assert found(MxPostalCodeRecognizer(), "Jalisco, C.P. 45050.") == ["45050"]
    assert found(MxPostalCodeRecognizer(), "Código postal: 58260") == ["58260"]
    assert found(MxPostalCodeRecognizer(), "con cargo a la partida 21101") == []
