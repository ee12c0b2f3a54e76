"""sufragio's recognizers for Mexican personal data, one per file; `all_recognizers` lists them."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from sufragio.privacy.recognizers.address import MxAddressRecognizer
from sufragio.privacy.recognizers.clabe import MxClabeRecognizer
from sufragio.privacy.recognizers.clave_elector import MxClaveElectorRecognizer
from sufragio.privacy.recognizers.credit_card import MxCreditCardRecognizer
from sufragio.privacy.recognizers.curp import MxCurpRecognizer
from sufragio.privacy.recognizers.date_of_birth import MxDateOfBirthRecognizer
from sufragio.privacy.recognizers.email import MxEmailRecognizer
from sufragio.privacy.recognizers.ine_cic import MxIneCicRecognizer
from sufragio.privacy.recognizers.ine_ocr import MxIneOcrRecognizer
from sufragio.privacy.recognizers.ip_address import MxIpAddressRecognizer
from sufragio.privacy.recognizers.person import MxPersonRecognizer
from sufragio.privacy.recognizers.phone import MxPhoneRecognizer
from sufragio.privacy.recognizers.postal_code import MxPostalCodeRecognizer
from sufragio.privacy.recognizers.rfc import MxRfcRecognizer

RECOGNIZER_CLASSES = (
    MxPersonRecognizer,
    MxEmailRecognizer,
    MxPhoneRecognizer,
    MxCurpRecognizer,
    MxRfcRecognizer,
    MxClaveElectorRecognizer,
    MxIneCicRecognizer,
    MxIneOcrRecognizer,
    MxClabeRecognizer,
    MxCreditCardRecognizer,
    MxAddressRecognizer,
    MxPostalCodeRecognizer,
    MxDateOfBirthRecognizer,
    MxIpAddressRecognizer,
)

#: Every entity type sufragio reports, in the order of its recognizers.
ENTITY_TYPES = tuple(cls.ENTITY for cls in RECOGNIZER_CLASSES)


def all_recognizers() -> list[EntityRecognizer]:
    """Fresh instances of every recognizer, for one analyzer registry."""
    return [cls() for cls in RECOGNIZER_CLASSES]
