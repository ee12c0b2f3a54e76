from sufragio.textkit.spanish import analyze, content_tokens, stem, tokenize


def test_tokenize_folds_and_keeps_numbers():
    assert tokenize("¿Artículo 41, párrafo 3?") == ["articulo", "41", "parrafo", "3"]


def test_stop_words_are_removed():
    assert content_tokens("¿Dónde está la casilla de mi sección?") == ["casilla", "seccion"]


def test_inflections_share_a_stem():
    assert analyze("Credenciales para Votar") == analyze("credencial para votar")
    assert stem("elecciones") == stem("eleccion")


def test_accented_and_plain_spelling_analyse_the_same():
    assert analyze("votación en el extranjero") == analyze("votacion en el extranjero")
