from sufragio.textkit.normalize import fold, normalize_space


def test_fold_strips_accents_case_and_extra_space():
    assert fold("  VOTACIÓN\u00a0 en  el Año ") == "votacion en el ano"
    assert fold("Pingüino “cómputo”") == 'pinguino "computo"'


def test_fold_is_idempotent():
    text = "Credencial para Votar con Fotografía — Artículo 156"
    assert fold(fold(text)) == fold(text)


def test_normalize_space_keeps_accents():
    assert normalize_space("Elección\n\tfederal ") == "Elección federal"
