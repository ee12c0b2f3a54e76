"""Read the text of scanned pages and photographs with Tesseract (Spanish model).

Tesseract runs as a subprocess with a timeout, on a greyscale copy of the image enlarged when the
scan is small (Tesseract reads best at about 300 dpi). Images with implausible pixel counts are
refused before decoding: they are how image "bombs" exhaust memory.
"""

from __future__ import annotations

import io

import pytesseract
from PIL import Image, UnidentifiedImageError

from sufragio.inquiries.intake.limits import LimitExceeded, Unreadable

OCR_LANG = "spa"
OCR_TIMEOUT_S = 120
MAX_PIXELS = 60_000_000
MIN_WIDTH = 1400


def open_image(data: bytes) -> Image.Image:
    """Decode image bytes, refusing corrupt files and decompression bombs with a reason."""
    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_PIXELS:
            raise LimitExceeded("imagen de dimensiones excesivas; posible archivo malicioso")
        image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise Unreadable("imagen dañada o en un formato no admitido") from exc
    return image


def ocr_image(image: Image.Image) -> str:
    """Text Tesseract reads in ``image`` ("" for a page without text)."""
    if image.width * image.height > MAX_PIXELS:
        raise LimitExceeded("imagen de dimensiones excesivas; posible archivo malicioso")
    grey = image.convert("L")
    if grey.width < MIN_WIDTH:
        scale = MIN_WIDTH / grey.width
        grey = grey.resize((MIN_WIDTH, max(1, round(grey.height * scale))), Image.LANCZOS)
    try:
        return pytesseract.image_to_string(grey, lang=OCR_LANG, timeout=OCR_TIMEOUT_S)
    except RuntimeError as exc:  # pytesseract's timeout
        raise Unreadable("el OCR excedió el tiempo límite") from exc
    except pytesseract.TesseractError as exc:
        raise Unreadable("el OCR no pudo leer la imagen") from exc
