"""Bytes of any supported letter format → text, or :class:`Unreadable` with a Spanish reason.

The format is recognised from the bytes first (magic numbers) and the file name second, because
senders rename files. Supported: plain text in any common encoding, e-mail (.eml), PDF (text layer
or scanned), DOCX, PNG/JPEG/TIFF images (OCR). Anything else is parked for a person, never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from sufragio.inquiries.intake.decoding import decode_text
from sufragio.inquiries.intake.documents import docx_text, pdf_text
from sufragio.inquiries.intake.email_parser import email_text, looks_like_email
from sufragio.inquiries.intake.limits import MB, Budget, LimitExceeded, Limits, Unreadable
from sufragio.inquiries.intake.ocr import ocr_image, open_image

_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class Extraction:
    """The text of a letter and how it was obtained."""

    text: str
    media_type: str
    pages: int = 0
    ocr_pages: int = 0


def sniff(data: bytes, filename: str) -> str:
    """Media type of ``data``, judged by content first and extension second."""
    suffix = PurePath(filename).suffix.lower()
    if b"%PDF-" in data[:1024]:
        return "application/pdf"
    if data.startswith(_IMAGE_MAGIC):
        return (
            "image/png"
            if data.startswith(b"\x89PNG")
            else "image/jpeg"
            if data.startswith(b"\xff\xd8")
            else "image/tiff"
        )
    if data.startswith(b"PK\x03\x04"):
        if suffix == ".docx" or b"word/" in data[:4096]:
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        return "application/zip"
    if data.startswith(_OLE_MAGIC):
        return "application/msword"
    if suffix == ".eml" or looks_like_email(data):
        return "message/rfc822"
    return "text/plain"


def extract(data: bytes, filename: str, limits: Limits | None = None) -> Extraction:
    """Text of the letter in ``data``; raises :class:`Unreadable` when a person must read it."""
    limits = limits or Limits()
    if len(data) > limits.max_bytes:
        raise LimitExceeded(
            f"archivo demasiado grande ({len(data) / MB:.1f} MB; el límite es "
            f"{limits.max_bytes / MB:.0f} MB)"
        )
    if not data.strip():
        raise Unreadable("carta vacía: el archivo no tiene contenido")
    media_type = sniff(data, filename)
    budget = Budget(limits)
    text, pages, ocr_pages = _read(data, media_type, budget, depth=0)
    text = text.strip()[: limits.max_text_chars]
    if not text:
        if ocr_pages or media_type.startswith("image/"):
            raise Unreadable("imagen sin texto legible: el OCR no encontró texto")
        raise Unreadable("carta vacía: no se encontró texto en el archivo")
    return Extraction(text, media_type, pages, ocr_pages)


def _read(data: bytes, media_type: str, budget: Budget, depth: int) -> tuple[str, int, int]:
    """(text, pages, OCR pages) for one file or attachment of known type."""
    if media_type == "application/pdf":
        result = pdf_text(data, budget)
        return result.text, result.pages, result.ocr_pages
    if media_type.startswith("image/"):
        image = open_image(data)
        if not budget.ocr_page():
            raise LimitExceeded("demasiadas imágenes para OCR en una sola carta")
        return ocr_image(image), 1, 1
    if media_type.endswith("wordprocessingml.document"):
        return docx_text(data, budget), 0, 0
    if media_type == "message/rfc822":
        text, ocr_pages = email_text(data, budget, _read_attachment, depth)
        return text, 0, ocr_pages
    if media_type == "application/zip":
        raise Unreadable("archivo comprimido (.zip) no admitido: envíe los documentos sueltos")
    if media_type == "application/msword":
        raise Unreadable("formato no admitido: documento de Word antiguo (.doc); use PDF o DOCX")
    return decode_text(data)[0], 0, 0


def _read_attachment(data: bytes, name: str, budget: Budget, depth: int) -> tuple[str, int]:
    """An e-mail attachment (same formats as a letter); nested e-mails keep their depth."""
    if not data.strip():
        return "", 0
    text, _pages, ocr_pages = _read(data, sniff(data, name), budget, depth)
    return text, ocr_pages
