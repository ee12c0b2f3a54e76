"""Resource limits for reading untrusted files, and the error that parks a letter.

Letters come from the public: a file may be huge, a zip bomb, or an e-mail nested a thousand
times. Every parser spends from one :class:`Budget` per letter, so the total work per letter is
bounded whatever the nesting.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sufragio import conf

MB = 1024 * 1024


def _configured_max_bytes() -> int:
    return int(float(conf.get("SUFRAGIO_MAX_LETTER_MB")) * MB)


class Unreadable(Exception):
    """The letter cannot be read automatically; ``reason`` is plain Spanish for the person who
    will handle it by hand."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class LimitExceeded(Unreadable):
    """A resource limit was hit: the whole letter is parked, not just the offending part."""


@dataclass(frozen=True)
class Limits:
    """Bounds per letter. Defaults fit a public-facing inbox on a small machine."""

    max_bytes: int = field(default_factory=_configured_max_bytes)  # size of the file as received
    max_depth: int = 3  # e-mails inside e-mails (an attached message counts one level)
    max_parts: int = 25  # attachments and nested messages together
    max_expanded_bytes: int = 40 * MB  # decoded attachments and unzipped DOCX contents
    max_zip_ratio: int = 100  # uncompressed / compressed size of a DOCX
    max_pages: int = 200  # PDF pages read
    max_ocr_pages: int = 10  # pages (or images) sent to OCR
    max_text_chars: int = 500_000  # extracted text kept


@dataclass
class Budget:
    """What one letter has spent so far against its :class:`Limits`."""

    limits: Limits = field(default_factory=Limits)
    parts: int = 0
    expanded: int = 0
    ocr_pages: int = 0

    def add_part(self) -> None:
        self.parts += 1
        if self.parts > self.limits.max_parts:
            raise LimitExceeded(
                f"demasiados adjuntos o mensajes anidados (más de {self.limits.max_parts}); "
                "posible archivo malicioso"
            )

    def expand(self, size: int) -> None:
        self.expanded += size
        if self.expanded > self.limits.max_expanded_bytes:
            raise LimitExceeded(
                "el contenido descomprimido o decodificado excede "
                f"{self.limits.max_expanded_bytes // MB} MB; posible archivo malicioso"
            )

    def ocr_page(self) -> bool:
        """Count one page for OCR; False once the OCR allowance is spent."""
        if self.ocr_pages >= self.limits.max_ocr_pages:
            return False
        self.ocr_pages += 1
        return True
