from sufragio.privacy.recognizers.date_of_birth import MxDateOfBirthRecognizer
from tests.privacy.recognizers.helpers import found


def test_dates_with_birth_context():
    recognizer = MxDateOfBirthRecognizer()
    assert found(recognizer, "Fecha de nacimiento: 18/03/1974") == ["18/03/1974"]
    assert found(recognizer, "nacio el 12 de junio de 1958, me confundí") == ["12 de junio de 1958"]
    assert found(recognizer, "NACIDA EL 9 DE SEPTIEMBRE DE 2001") == ["9 DE SEPTIEMBRE DE 2001"]


def test_other_dates_are_not_birth_dates():
    recognizer = MxDateOfBirthRecognizer()
    assert found(recognizer, "reforma publicada en el DOF 14-10-2024") == []
    assert found(recognizer, "me fue robada el pasado 12 de agosto de 2025") == []
