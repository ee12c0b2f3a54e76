from stdnum.mx import rfc

from sufragio.privacy.recognizers.rfc import MxRfcRecognizer
from tests.privacy.recognizers.helpers import found

VALID_PERSON = "GODE561231GR8"
VALID_COMPANY = "AMB080205880"


def test_stdnum_agrees_with_the_fixtures():
    assert rfc.is_valid(VALID_PERSON) and rfc.is_valid(VALID_COMPANY)


def test_personal_and_company_forms():
    text = f"RFC {VALID_PERSON}; la empresa tiene {VALID_COMPANY}"
    assert found(MxRfcRecognizer(), text) == [VALID_PERSON, VALID_COMPANY]


def test_failing_check_digit_kept_only_with_rfc_context():
    bad = VALID_PERSON[:-1] + ("9" if VALID_PERSON[-1] != "9" else "8")
    assert found(MxRfcRecognizer(), f"mi RFC es {bad}") == [bad]
    assert found(MxRfcRecognizer(), f"la referencia {bad}") == []


def test_curp_is_not_read_as_rfc():
    assert found(MxRfcRecognizer(), "VICR850503MDFLRS06") == []
