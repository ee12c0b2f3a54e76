import pytest

from sufragio.privacy.text import UnreadableInputError, decode_bytes, fold


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
