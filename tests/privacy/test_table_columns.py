"""The header of the table column a value sits in: CSV, tab- and pipe-separated text."""

from sufragio.privacy.engine import get_engine
from sufragio.privacy.table_columns import cells_with_headers, column_header, table_header
from sufragio.privacy.text import fold


def header_of(text: str, value: str) -> str:
    return column_header(fold(text), text.index(value))


def test_csv_tab_and_pipe_headers():
    csv = 'NO,NOMBRE,CIC,RESULTADO\n1,"RUIZ, ANA",201324237,COINCIDE'
    assert header_of(csv, "201324237") == "cic"  # a quoted comma is not a separator
    tsv = "Nombre\tFecha nac\tCel\nAna Ruiz\t24/06/1991\t998 340 1276"
    assert header_of(tsv, "998 340") == "cel"
    pipes = "| Folio | CLABE |\n| AL-01 | 012 180 01234567890 1 |"
    assert header_of(pipes, "012 180") == "clabe"


def test_prose_and_rows_without_a_header_have_none():
    assert header_of("Hola, buenas, le escribo por mi cuenta 201324237.", "201324237") == ""
    assert header_of("1,201324237,OK\n2,716494556,OK", "716494556") == ""


def test_identifiers_in_a_pasted_table_are_redacted():
    text = (
        "RFC,NOMBRE,CLABE,CIC,OCR\n"
        "LOFR940909UR5,LOZANO FIERRO RUBEN,014503200846182022,201324237,2152911790044\n"
        "Sección\tNombre\tCel\n"
        "1024\tWilbert Tzuc Canul\t9991 88 2043\n"
        "1025\tLandy Domínguez Pech\t981.112.66.38"
    )
    redacted = get_engine().redact(text).text
    for value in ("014503200846182022", "201324237", "2152911790044", "9991 88 2043", "981.112"):
        assert value not in redacted
    assert (
        get_engine().redact("Total: 1,234 votos, 5,678 nulos").text
        == "Total: 1,234 votos, 5,678 nulos"
    )


def test_every_data_cell_comes_with_its_header():
    text = 'nombre,apellido_paterno,sección\nGILBERTO,"SEPÚLVEDA",1602\nsin tabla aquí'
    cells = [(text[s:e], h) for s, e, h in cells_with_headers(fold(text))]
    assert cells == [("GILBERTO", "nombre"), ("SEPÚLVEDA", "apellido_paterno"), ("1602", "seccion")]


def test_names_under_name_headers_are_redacted_cell_by_cell():
    text = (
        "Representantes acreditados\n"
        "nombre,apellido_paterno,apellido_materno,tipo,sección\n"
        "GILBERTO,SEPÚLVEDA,MARROQUÍN,GENERAL,1602\n"
        "PENDIENTE,—,—,CASILLA,1603"
    )
    redacted = get_engine().redact(text).text
    for value in ("GILBERTO", "SEPÚLVEDA", "MARROQUÍN"):
        assert value not in redacted
    assert "PENDIENTE" in redacted and "GENERAL" in redacted


def test_the_header_row_of_a_cells_table():
    text = "clave_mac,tipo,domicilio,horario\n140151,FIJO,Av. Alcalde 1351,L-V 8:00-20:00"
    assert table_header(fold(text), text.index("Av.")) == [
        "clave_mac",
        "tipo",
        "domicilio",
        "horario",
    ]
    assert table_header(fold("una línea sin tabla"), 3) == []


def test_where_each_person_of_a_table_lives_and_an_office_directory():
    engine = get_engine()
    people = (
        "folio,nombre_completo,curp,municipio_residencia\n"
        "ARCO-12,Leticia Orozco Bañuelos,OOBL790402MJCRXT00,Tlaquepaque\n"
    )
    assert "Tlaquepaque" not in engine.redact(people).text
    offices = (
        "clave_mac,tipo,domicilio,municipio,horario\n"
        '140151,FIJO,"Av. Alcalde 1351, Col. Miraflores",Guadalajara,L-V 8:00-20:00\n'
    )
    assert engine.redact(offices).text == offices
