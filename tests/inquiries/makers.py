"""Build letter files of every supported (and unsupported) kind in memory, for the tests.

Nothing binary is committed: PDFs come from fpdf2, DOCX from python-docx, images from Pillow with
a DejaVu font, e-mails from the standard library.
"""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from pathlib import Path

import docx
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfWriter

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

LETTER = (
    "Ciudad de México, 3 de marzo de 2026.\n"
    "Instituto Nacional Electoral\n"
    "Perdí mi credencial para votar en el metro y solicito saber qué documentos necesito "
    "para la reposición y si puedo sacar cita en línea.\n"
    "Atentamente, Rocío Barrientos Olguín"
)
SCAN_LINES = ["Solicito la reposición de mi", "credencial para votar.", "Atentamente, Juan"]


def pdf_bytes(text: str = LETTER) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(FONT))
    pdf.set_font("dejavu", size=12)
    pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def encrypted_pdf_bytes(password: str = "secreto") -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(pdf_bytes()))
    writer.encrypt(user_password=password, owner_password=password + "-owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def scan_image(lines: list[str] = SCAN_LINES, size: tuple[int, int] = (1700, 700)) -> Image.Image:
    """A clean "scan": black text on white at roughly 200 dpi."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 56)
    for i, line in enumerate(lines):
        draw.text((80, 80 + i * 110), line, fill=0, font=font)
    return image


def png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def scanned_pdf_bytes() -> bytes:
    """A PDF whose only page is an image (no text layer), like a scanner's output."""
    pdf = FPDF()
    pdf.add_page()
    pdf.image(scan_image(), x=10, y=10, w=190)
    return bytes(pdf.output())


def docx_bytes(text: str = LETTER, table: list[list[str]] | None = None) -> bytes:
    document = docx.Document()
    for paragraph in text.split("\n"):
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docx_bomb_bytes(expanded_mb: int = 60) -> bytes:
    """A "DOCX" whose document.xml inflates from a few KB to ``expanded_mb`` MB."""
    out = io.BytesIO()
    block = b"\0" * (1024 * 1024)
    with (
        zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as member,
    ):
        for _ in range(expanded_mb):
            member.write(block)
    return out.getvalue()


def email_bytes(
    body: str = LETTER,
    subject: str = "Reposición de credencial",
    attachments: list[tuple[str, bytes, str]] = (),
) -> bytes:
    message = EmailMessage()
    message["From"] = "Rocío Barrientos <rocio@example.org>"
    message["To"] = "juridico@ine.example"
    message["Subject"] = subject
    message.set_content(body)
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes()


def nested_email_bytes(depth: int) -> bytes:
    """An e-mail forwarding an e-mail forwarding … ``depth`` levels down."""
    inner = EmailMessage()
    inner["From"], inner["Subject"] = "a@example.org", "nivel 0"
    inner.set_content("Solicito información sobre mi credencial para votar.")
    for level in range(1, depth + 1):
        outer = EmailMessage()
        outer["From"], outer["Subject"] = "a@example.org", f"nivel {level}"
        outer.set_content(f"Reenvío el mensaje (nivel {level}).")
        outer.add_attachment(inner)
        inner = outer
    return inner.as_bytes()
