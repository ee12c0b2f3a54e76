from sufragio.privacy.recognizers.credit_card import MxCreditCardRecognizer
from tests.privacy.recognizers.helpers import found


def test_luhn_valid_card_numbers():
    text = "cargo a mi tarjeta 4111 1111 1111 1111 por $350.00"
    assert found(MxCreditCardRecognizer(), text) == ["4111 1111 1111 1111"]


def test_luhn_invalid_numbers_are_ignored():
    assert found(MxCreditCardRecognizer(), "tarjeta 4111 1111 1111 1112") == []


def test_luhn_valid_numbers_of_no_card_length_or_after_a_folio_label():
    recognizer = MxCreditCardRecognizer()
    assert (
        found(recognizer, "solicitud ARCO folio 330031425004419 en trámite") == []
    )  # 15, no 34/37
    assert found(recognizer, "el OCR 3091827364510 de mi credencial") == []  # 13 digits from 3
    assert found(recognizer, "referencia de pago folio 4111111111111111") == []
    assert found(recognizer, "pagué con mi tarjeta 378282246310005") == ["378282246310005"]
