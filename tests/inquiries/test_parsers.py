"""Every supported format yields the letter's text; every bad one a Spanish reason."""

from __future__ import annotations

import pytest

from sufragio.inquiries.intake.limits import LimitExceeded, Limits, Unreadable
from sufragio.inquiries.intake.parsers import extract, sniff
from tests.inquiries import makers

PHRASE = "reposición"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_plain_text_in_common_encodings(encoding):
    result = extract(makers.LETTER.encode(encoding), "carta.txt")
    assert result.text == makers.LETTER
    assert result.media_type == "text/plain"


def test_windows_line_ends_are_normalised():
    assert extract(b"Hola\r\nsolicito informes\r\n", "a.txt").text == "Hola\nsolicito informes"


@pytest.mark.parametrize("encoding", ["cp500", "utf-16-le", "utf-32-le"])
def test_unknown_encoding_is_refused(encoding):
    with pytest.raises(Unreadable, match="codificación"):
        extract(makers.LETTER.encode(encoding), "carta.txt")


def test_pdf_text_layer():
    result = extract(makers.pdf_bytes(), "carta.pdf")
    assert PHRASE in result.text and "Rocío" in result.text
    assert (result.pages, result.ocr_pages) == (1, 0)


def test_docx_paragraphs_and_tables():
    data = makers.docx_bytes(table=[["Clave", "Trámite"], ["01", "Reposición urgente"]])
    result = extract(data, "carta.docx")
    assert PHRASE in result.text
    assert "01 | Reposición urgente" in result.text


def test_email_body_and_attachments_of_every_kind():
    data = makers.email_bytes(
        body="Adjunto mi solicitud.",
        attachments=[
            ("nota.txt", "Mi domicilio cambió de sección.".encode("cp1252"), "text/plain"),
            ("solicitud.pdf", makers.pdf_bytes(), "application/pdf"),
            (
                "anexo.docx",
                makers.docx_bytes("Anexo con la copia del acta"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ),
        ],
    )
    result = extract(data, "mensaje.eml")
    assert result.media_type == "message/rfc822"
    text = result.text
    assert text.startswith("Asunto: Reposición de credencial")
    assert "Adjunto mi solicitud." in text
    assert "--- Adjunto: nota.txt ---\nMi domicilio cambió de sección." in text
    assert "--- Adjunto: solicitud.pdf ---" in text and PHRASE in text
    assert "Anexo con la copia del acta" in text


def test_email_is_recognised_without_extension():
    assert sniff(makers.email_bytes(), "sin_nombre") == "message/rfc822"


def test_unreadable_attachment_is_noted_not_fatal():
    data = makers.email_bytes(attachments=[("roto.pdf", b"%PDF-1.4 basura", "application/pdf")])
    text = extract(data, "m.eml").text
    assert "roto.pdf (no se pudo leer: PDF dañado" in text
    assert PHRASE in text


def test_nested_email_within_depth_is_followed():
    text = extract(makers.nested_email_bytes(2), "m.eml").text
    assert "nivel 2" in text and "nivel 0" in text
    assert "Solicito información sobre mi credencial" in text


def test_deeply_nested_email_is_refused():
    with pytest.raises(LimitExceeded, match="anidados"):
        extract(makers.nested_email_bytes(10), "m.eml")


def test_too_many_attachments_is_refused():
    parts = [(f"a{i}.txt", b"hola", "text/plain") for i in range(40)]
    with pytest.raises(LimitExceeded, match="adjuntos"):
        extract(makers.email_bytes(attachments=parts), "m.eml")


def test_zip_bomb_docx_is_refused_before_inflating():
    bomb = makers.docx_bomb_bytes(60)
    assert len(bomb) < 200_000
    with pytest.raises(LimitExceeded, match="expansión"):
        extract(bomb, "carta.docx")


def test_attachment_bytes_are_budgeted():
    big = ("Solicito " * 200_000).encode()  # 1.8 MB of text
    parts = [(f"a{i}.txt", big, "text/plain") for i in range(5)]
    with pytest.raises(LimitExceeded, match="excede"):
        extract(makers.email_bytes(attachments=parts), "m.eml", Limits(max_expanded_bytes=5 << 20))


def test_size_limit():
    with pytest.raises(LimitExceeded, match="demasiado grande"):
        extract(b"a" * 2048, "a.txt", Limits(max_bytes=1024))


def test_corrupt_and_locked_pdfs():
    with pytest.raises(Unreadable, match="dañado"):
        extract(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage", "c.pdf")
    with pytest.raises(Unreadable, match="contraseña"):
        extract(makers.encrypted_pdf_bytes(), "c.pdf")


def test_empty_letters():
    for data in (b"", b"   \n\t "):
        with pytest.raises(Unreadable, match="vacía"):
            extract(data, "a.txt")


def test_unsupported_formats():
    with pytest.raises(Unreadable, match=r"\.zip"):
        extract(b"PK\x03\x04" + b"\0" * 100, "fotos.zip")
    with pytest.raises(Unreadable, match=r"\.doc"):
        extract(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "carta.doc")


def test_ocr_of_a_scanned_png():
    result = extract(makers.png_bytes(makers.scan_image()), "scan.png")
    assert result.ocr_pages == 1
    assert "credencial" in result.text.lower()


def test_ocr_of_a_scanned_pdf():
    result = extract(makers.scanned_pdf_bytes(), "scan.pdf")
    assert (result.pages, result.ocr_pages) == (1, 1)
    assert "credencial" in result.text.lower()


def test_blank_image_has_no_text():
    from PIL import Image

    with pytest.raises(Unreadable, match="sin texto"):
        extract(makers.png_bytes(Image.new("RGB", (800, 600), "white")), "blank.png")
