"""CREDIT_CARD: Presidio's own Luhn-validated card recognizer, given Spanish context words.

Named MxCreditCardRecognizer because Presidio's registry loader finds recognizer classes by name.
"""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import CreditCardRecognizer as PresidioCard

SPANISH_CONTEXT = ["tarjeta", "credito", "debito", "visa", "mastercard", "amex", "banco"]


class MxCreditCardRecognizer(PresidioCard):
    """Card numbers of 12-19 digits that pass the Luhn check (Presidio scores them 1.0)."""

    def __init__(self) -> None:
        super().__init__(
            supported_language="es",
            supported_entity="CREDIT_CARD",
            context=SPANISH_CONTEXT,
        )
