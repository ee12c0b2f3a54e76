from sufragio.privacy.recognizers.clave_elector import MxClaveElectorRecognizer
from tests.privacy.recognizers.helpers import found


def test_elector_key_upper_and_lower_case():
    text = "MI CLAVE DE ELECTOR ES TRGRLS68073019H318, la otra mnrzjn79112114h590"
    assert found(MxClaveElectorRecognizer(), text) == ["TRGRLS68073019H318", "mnrzjn79112114h590"]


def test_wrong_shape_is_ignored():
    assert found(MxClaveElectorRecognizer(), "TRGRLS68073019X318 TRGRL68073019H318") == []
