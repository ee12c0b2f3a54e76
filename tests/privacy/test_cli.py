import io
import json

import pytest
from django.core.management import CommandError, call_command


def run(*args, stdin: bytes = b"", monkeypatch=None):
    out, err = io.StringIO(), io.StringIO()
    if monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    try:
        call_command("redact", *args, stdout=out, stderr=err)
        code = 0
    except CommandError as exc:
        code = exc.returncode
    return code, out.getvalue(), err.getvalue()


def test_json_line_per_file_and_latin1_input(tmp_path):
    utf8 = tmp_path / "a.txt"
    utf8.write_text("Mi nombre es Juan Pérez López", encoding="utf-8")
    latin = tmp_path / "b.txt"
    latin.write_bytes("tel 55 2841 7730, Peña".encode("cp1252"))
    code, out, _ = run(str(utf8), str(latin), "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [line["file"] for line in lines] == [str(utf8), str(latin)]
    assert lines[0]["redacted_text"] == "Mi nombre es [NOMBRE]"
    assert lines[1]["entities"][0]["type"] == "PHONE"
    assert "value" not in lines[0]["entities"][0]


def test_values_only_on_request(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("CURP VICR850503MDFLRS06")
    _, out, _ = run(str(path), "--json", "--show-values")
    assert json.loads(out)["entities"][0]["value"] == "VICR850503MDFLRS06"


def test_stdin(monkeypatch):
    code, out, _ = run(
        "-", "--json", stdin=b"correo ana@correo-ejemplo.mx", monkeypatch=monkeypatch
    )
    assert code == 0 and json.loads(out)["redacted_text"] == "correo [CORREO]"


def test_unreadable_files_are_reported_and_others_still_processed(tmp_path):
    good = tmp_path / "ok.txt"
    good.write_text("CURP VICR850503MDFLRS06")
    binary = tmp_path / "img.bin"
    binary.write_bytes(bytes(range(32)) * 50)
    code, out, err = run(str(tmp_path / "missing.txt"), str(binary), str(good), "--json")
    assert code == 1
    assert "missing.txt: No such file or directory" in err
    assert "img.bin: input looks like binary data" in err
    assert json.loads(out)["redacted_text"] == "CURP [CURP]"


def test_plain_output_without_json(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("CURP VICR850503MDFLRS06")
    assert run(str(path))[1].strip() == "CURP [CURP]"


@pytest.mark.parametrize("operator", ["pseudonym", "mask"])
def test_operator_option(tmp_path, operator):
    path = tmp_path / "a.txt"
    path.write_text("CURP VICR850503MDFLRS06")
    out = run(str(path), "--json", "--operator", operator)[1]
    assert "VICR850503MDFLRS06" not in out
