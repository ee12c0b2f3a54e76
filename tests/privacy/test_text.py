import pytest

from sufragio.privacy.text import UnreadableInputError, decode_bytes, fold, read_ocr_letters


def test_fold_keeps_length_and_strips_accents():
    for text in ["MÉRIDA", "Treviño", "İstanbul", "漢字 Привет"]:
        assert len(fold(text)) == len(text)
    assert fold("JOSÉ TREVIÑO") == "jose trevino"


def test_decode_utf8_cp1252_and_latin1():
    assert decode_bytes("Peña “Ruiz”".encode()) == "Peña “Ruiz”"
    assert decode_bytes("Peña “Ruiz”".encode("cp1252")) == "Peña “Ruiz”"
    assert decode_bytes(b"Pe\xf1a \x81") == "Peña \x81"  # 0x81 is undefined in cp1252


def test_binary_is_refused():
    with pytest.raises(UnreadableInputError, match="binary"):
        decode_bytes(bytes(range(32)) * 100)


@pytest.mark.parametrize(
    ("scanned", "read"),
    [
        ("Ca11e Hidalgo 12, Co1. Centro", "Calle Hidalgo 12, Col. Centro"),
        ("DURANG0, DG0.", "DURANGO, DGO."),
        ("Vil1ahermosa, Tab.", "Villahermosa, Tab."),
    ],
)
def test_ocr_digits_inside_words_are_read_as_letters(scanned: str, read: str) -> None:
    assert read_ocr_letters(scanned) == read


@pytest.mark.parametrize(
    "kept",
    [
        "CURP MERJ791121HJCNZN07",  # identifiers carry other digits
        "Mz1 Lt10, Calle 10",  # units with their number, bare numbers
        "4718 W 1st Ave, 10mo piso, 1ra. Sección",  # ordinals
        "1a Hacienda",  # one letter is not a word OCR misread
    ],
)
def test_numbers_units_and_ordinals_keep_their_digits(kept: str) -> None:
    assert read_ocr_letters(kept) == kept
