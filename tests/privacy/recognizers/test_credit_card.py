from sufragio.privacy.recognizers.credit_card import MxCreditCardRecognizer
from tests.privacy.recognizers.helpers import found


def test_luhn_valid_card_numbers():
    text = "cargo a mi tarjeta 4111 1111 1111 1111 por $350.00"
    assert found(MxCreditCardRecognizer(), text) == ["4111 1111 1111 1111"]


def test_luhn_invalid_numbers_are_ignored():
    assert found(MxCreditCardRecognizer(), "tarjeta 4111 1111 1111 1112") == []
