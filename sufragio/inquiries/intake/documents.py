"""Text of PDF and DOCX letters.

PDF pages with a text layer are read with pypdf; pages without one (scans) have their embedded
images sent to OCR, within the letter's OCR allowance. DOCX files are zip archives, so their
directory is checked for size and compression ratio before anything is decompressed.
"""

from __future__ import annotations

import io
import logging
import zipfile
from dataclasses import dataclass

import docx
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from sufragio.inquiries.intake.limits import MB, Budget, LimitExceeded, Unreadable
from sufragio.inquiries.intake.ocr import ocr_image

#: A page whose text layer has fewer characters than this is treated as a scan.
MIN_PAGE_CHARS = 25

logging.getLogger("pypdf").setLevel(logging.ERROR)


@dataclass(frozen=True)
class PageText:
    text: str
    pages: int
    ocr_pages: int


def pdf_text(data: bytes, budget: Budget) -> PageText:
    """Text of every page; raises :class:`Unreadable` for corrupt or locked PDFs."""
    try:
        return _pdf_text(data, budget)
    except Unreadable:
        raise
    except FileNotDecryptedError as exc:
        raise Unreadable("PDF protegido con contraseña: no se puede leer sin ella") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise Unreadable("PDF dañado o incompleto: no se pudo leer su contenido") from exc


def _pdf_text(data: bytes, budget: Budget) -> PageText:
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise Unreadable("PDF protegido con contraseña: no se puede leer sin ella")
    count = len(reader.pages)
    if count > budget.limits.max_pages:
        raise LimitExceeded(f"PDF de {count} páginas; el límite es {budget.limits.max_pages}")
    texts: list[str] = []
    ocr_pages = 0
    for page in reader.pages:
        text = page.extract_text() or ""
        if len(text.strip()) < MIN_PAGE_CHARS:
            scanned = _ocr_page_images(page, budget)
            if scanned is not None:
                text, ocr_pages = scanned, ocr_pages + 1
        texts.append(text.strip())
    return PageText("\n\n".join(t for t in texts if t), count, ocr_pages)


def _ocr_page_images(page, budget: Budget) -> str | None:
    """OCR of a scanned page's images, or None when it has none or the allowance is spent."""
    images = list(page.images)
    if not images or not budget.ocr_page():
        return None
    return "\n".join(ocr_image(item.image).strip() for item in images)


def docx_text(data: bytes, budget: Budget) -> str:
    """Paragraphs and table rows of a Word document, in document order."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise Unreadable("documento de Word dañado: no se pudo abrir") from exc
    expanded = sum(info.file_size for info in infos)
    packed = max(1, sum(info.compress_size for info in infos))
    if expanded > MB and expanded / packed > budget.limits.max_zip_ratio:
        raise LimitExceeded(
            f"documento comprimido con una razón de expansión de {expanded // packed}:1; "
            "posible archivo malicioso"
        )
    budget.expand(expanded)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises assorted errors on foreign zips
        raise Unreadable("documento de Word dañado o no es un DOCX") from exc
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            for row in block.rows:
                cells = [cell.text.strip() for cell in row.cells]
                lines.append(" | ".join(c for c in cells if c))
        else:
            lines.append(block.text)
    return "\n".join(line for line in lines if line.strip())
