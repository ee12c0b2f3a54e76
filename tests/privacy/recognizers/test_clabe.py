from sufragio.privacy.recognizers.clabe import (
    MxClabeRecognizer,
    clabe_check_digit,
    is_valid_clabe,
)
from tests.privacy.recognizers.helpers import found

VALID = "002010077777777771"  # Banamex example CLABE


def test_check_digit_uses_weights_3_7_1():
    assert clabe_check_digit(VALID[:17]) == 1
    assert is_valid_clabe(VALID) and not is_valid_clabe(VALID[:-1] + "2")


def test_valid_clabe_grouped_or_not():
    assert found(MxClabeRecognizer(), f"deposite a {VALID}") == [VALID]
    assert found(MxClabeRecognizer(), "CLABE 002 010 07777777777 1") == ["002 010 07777777777 1"]


def test_invalid_clabe_needs_context():
    bad = VALID[:-1] + "2"
    assert found(MxClabeRecognizer(), f"CLABE interbancaria {bad}") == [bad]
    assert found(MxClabeRecognizer(), f"expediente {bad}") == []


def test_clabe_in_groups_of_four():
    assert found(MxClabeRecognizer(), "mi CLABE 0020 1007 7777 7777 71 para") == [
        "0020 1007 7777 7777 71"
    ]
