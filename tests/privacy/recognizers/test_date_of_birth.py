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


def test_more_birth_wordings_and_formats():
    recognizer = MxDateOfBirthRecognizer()
    assert found(recognizer, "F. Nac.: 03-feb-1990") == ["03-feb-1990"]
    assert found(recognizer, "mi hija cumplió 18 años el 14/02/2007") == ["14/02/2007"]
    assert found(recognizer, "naci el 3 de ocutbre de 1971 en Tepic") == ["3 de ocutbre de 1971"]


def test_nacional_and_cumplido_are_not_birth_words():
    recognizer = MxDateOfBirthRecognizer()
    assert found(recognizer, "Instituto Nacional Electoral, acuerdo del 4 de mayo de 1998") == []
    assert found(recognizer, "no ha cumplido lo ordenado el 2 de junio de 2025") == []


def test_spelled_out_and_english_birth_dates():
    recognizer = MxDateOfBirthRecognizer()
    dictated = "nací el catorce de marzo de mil novecientos sesenta y ocho, en Colima"
    assert found(recognizer, dictated) == ["catorce de marzo de mil novecientos sesenta y ocho"]
    assert found(recognizer, "I was born on March 3, 1990 in Jalisco") == ["March 3, 1990"]


def test_ocr_digits_and_data_keys_as_birth_words():
    recognizer = MxDateOfBirthRecognizer()
    assert found(recognizer, "FECHA DE NAC1MIENTO: 05/07/1983") == ["05/07/1983"]
    assert found(recognizer, '{"fecha_nacimiento": "1990-01-31"}') == ["1990-01-31"]
    assert found(recognizer, '"date_of_birth": "1990-01-31"') == ["1990-01-31"]
    assert found(recognizer, "NACIONALIDAD: MEXICANA, alta 12/12/2000") == []


def test_birth_word_right_after_an_adults_date_but_not_a_recent_one():
    recognizer = MxDateOfBirthRecognizer()
    text = "en la credencial dice 11/04/1958 y yo nací el 04/11/1958"
    assert found(recognizer, text) == ["11/04/1958", "04/11/1958"]
    assert found(recognizer, "la audiencia fue el 10/10/2024 y nací en Puebla") == []


def test_what_the_birth_certificate_says_is_a_birth_date():
    recognizer = MxDateOfBirthRecognizer()
    text = "[10:02] Módulo: el acta dice 14 de julio de 1988 pero el sistema trae otra"
    assert found(recognizer, text) == ["14 de julio de 1988"]
    assert found(recognizer, "el acta de matrimonio dice 3 de mayo de 2001") == []


def test_a_recent_date_of_a_birth_certificate_is_its_issue_date():
    recognizer = MxDateOfBirthRecognizer()
    text = "el Registro Civil me expidió una nueva acta de nacimiento el 5 de marzo de 2025."
    assert found(recognizer, text) == []
    assert found(recognizer, "mi acta de nacimiento dice 5 de marzo de 1979") == [
        "5 de marzo de 1979"
    ]
    assert found(recognizer, "mi nieta nació el 5 de marzo de 2024") == ["5 de marzo de 2024"]


def test_a_later_event_between_the_birth_word_and_the_date_is_not_a_birth():
    text = "quien nació el 30 de abril de 1946 y falleció el 22 de mayo de 2026 en Tepic"
    assert found(MxDateOfBirthRecognizer(), text) == ["30 de abril de 1946"]
    text = "cumplí 18 años antes de la jornada electoral del 6 de junio de 2027."
    assert found(MxDateOfBirthRecognizer(), text) == []
