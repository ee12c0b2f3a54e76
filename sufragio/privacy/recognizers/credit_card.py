"""CREDIT_CARD: Presidio's own Luhn-validated card recognizer, given Spanish context words.

Named MxCreditCardRecognizer because Presidio's registry loader finds recognizer classes by name.

One long number in ten passes the Luhn check by chance, so a match must also have a length its
issuer uses (Visa 13/16/19 digits from 4, Amex 15 from 34/37, …): a 15-digit transparency folio
from 33 or a 13-digit credential OCR number from 3 is no card. A number right after a reference
label ("folio 4…", "expediente") is a reference, unless a card word is near.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer as PresidioCard

from sufragio.privacy.text import fold

SPANISH_CONTEXT = ["tarjeta", "credito", "debito", "visa", "mastercard", "amex", "banco"]
#: Card number lengths by issuer prefix (IIN ranges of the card networks in use in Mexico).
_ISSUERS = (
    (re.compile(r"4"), (13, 16, 19)),
    (re.compile(r"5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)"), (16,)),
    (re.compile(r"3[47]"), (15,)),
    (re.compile(r"3(?:0[0-5]|[689])"), (14, 16, 19)),
    (re.compile(r"35"), (16, 17, 18, 19)),
    (re.compile(r"6(?:011|4[4-9]|5|2)"), (16, 17, 18, 19)),
    (re.compile(r"50|5[6-9]|6\d"), (12, 13, 14, 15, 16, 17, 18, 19)),
)
_REFERENCE_LABEL = re.compile(
    r"\b(?:folio|expediente|oficio|referencia|solicitud|ticket|guia|pedido|factura|ocr|cic)\b"
    r"[^\n\d]{0,12}$"
)
_CARD_WORD = re.compile(r"\b(?:tarjeta|credito|debito|visa|mastercard|amex)\b")


def issuer_length_ok(digits: str) -> bool:
    """Whether a card network issues numbers of this length with this prefix."""
    return any(prefix.match(digits) and len(digits) in lengths for prefix, lengths in _ISSUERS)


class MxCreditCardRecognizer(PresidioCard):
    """Card numbers of 12-19 digits that pass the Luhn check (Presidio scores them 1.0)."""

    ENTITY = "CREDIT_CARD"  # as on the other recognizers (RegexRecognizer.ENTITY)

    def __init__(self) -> None:
        super().__init__(
            supported_language="es",
            supported_entity=self.ENTITY,
            context=SPANISH_CONTEXT,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's Luhn-valid matches with an issuer's length and no reference label."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if not results:
            return results
        folded = fold(text)
        kept = []
        for result in results:
            if not issuer_length_ok(re.sub(r"\D", "", text[result.start : result.end])):
                continue
            before = folded[max(0, result.start - 40) : result.start]
            if _REFERENCE_LABEL.search(before) and not _CARD_WORD.search(before):
                continue
            kept.append(result)
        return kept
