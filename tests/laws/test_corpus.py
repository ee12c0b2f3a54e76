"""The bundled legal corpus: complete, clean of PDF furniture, and faithful on known texts.

These tests read only the committed files, through ``sufragio.laws.corpus`` (no database).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from datetime import date

import pytest

from sufragio.laws import corpus

LAW_IDS = ["CPEUM", "LGIPE", "LGPP", "LGSMIME", "LGPDPPSO", "LFPDPPP", "LGTAIP"]
# Last article of each law (non-transitory), from the official texts.
LAST_ARTICLE = {
    "CPEUM": 136,
    "LGIPE": 535,
    "LGPP": 97,
    "LGSMIME": 112,
    "LGPDPPSO": 137,
    "LFPDPPP": 64,
    "LGTAIP": 216,
}
SUFFIX_ORDER = ["", "Bis", "Ter", "Quáter", "Quinquies", "Sexies", "Septies"]


@pytest.fixture(scope="module")
def articles() -> list[corpus.Article]:
    return corpus.load_articles()


@pytest.fixture(scope="module")
def by_key(articles) -> dict[tuple[str, str], corpus.Article]:
    return {(a.law, a.article): a for a in articles if not a.transitory}


def all_strings(article: corpus.Article) -> list[str]:
    return [*article.heading, *article.paragraphs, *article.notes]


def test_laws_metadata():
    laws = {law.id: law for law in corpus.load_laws()}
    assert list(laws) == LAW_IDS
    assert laws["LGIPE"].name == "Ley General de Instituciones y Procedimientos Electorales"
    assert laws["CPEUM"].name == "Constitución Política de los Estados Unidos Mexicanos"
    assert laws["LGIPE"].last_reform == date(2024, 10, 14)
    assert laws["LGIPE"].last_reform_label == "Última reforma DOF 14-10-2024"
    assert laws["LGIPE"].published == date(2014, 5, 23)
    assert laws["CPEUM"].published == date(1917, 2, 5)
    assert laws["LGTAIP"].last_reform == date(2025, 3, 20)
    assert laws["LGTAIP"].last_reform_label == "Nueva Ley DOF 20-03-2025"
    assert all(law.source for law in laws.values())


def test_loader_is_cached_and_immutable(articles):
    assert corpus.load_articles() is articles
    assert corpus.load_laws() is corpus.load_laws()
    with pytest.raises(dataclasses.FrozenInstanceError):
        articles[0].article = "999"  # type: ignore[misc]
    assert isinstance(articles[0].paragraphs, tuple)


@pytest.mark.parametrize("law", LAW_IDS)
def test_every_article_number_appears_once(articles, law):
    own = [a for a in articles if a.law == law and not a.transitory]
    numbers = {a.number for a in own}
    assert max(numbers) == LAST_ARTICLE[law]
    assert numbers == set(range(1, LAST_ARTICLE[law] + 1))
    counts = Counter((a.number, a.suffix) for a in own)
    assert [key for key, n in counts.items() if n > 1] == []
    # Document order: numbers never go back, and Bis follows its base article.
    order = [(a.number, SUFFIX_ORDER.index(a.suffix)) for a in own]
    assert order == sorted(order)


def test_bis_articles_are_separate(by_key):
    assert ("LGIPE", "442 Bis") in by_key
    assert ("LGIPE", "463 Ter") in by_key
    assert ("LGSMIME", "78 Bis") in by_key
    bis = by_key[("LGIPE", "442 Bis")]
    assert (bis.number, bis.suffix) == (442, "Bis")
    # Articles suppressed by the SCJN ruling are kept with their printed placeholder.
    assert by_key[("LGIPE", "11 Bis")].paragraphs == ("[Suprimido]",)


def test_article_labels_are_normalised(articles):
    for a in articles:
        if a.transitory:
            continue
        assert a.article == f"{a.number} {a.suffix}".strip()
        assert not re.search(r"\d(o|º)$", a.article)


def test_keys_are_unique_and_transitory_decrees_set(articles):
    keys = Counter(a.key for a in articles)
    assert [k for k, n in keys.items() if n > 1] == []
    for a in articles:
        assert (a.decree is not None) == a.transitory
        if a.transitory:
            assert re.match(r"DOF \d{2}-\d{2}-\d{4}", a.decree)
            assert a.number >= 1


def test_original_transitory_articles_carry_the_publication_decree(articles):
    lgipe = {a.article: a for a in articles if a.law == "LGIPE" and a.decree == "DOF 23-05-2014"}
    assert (
        lgipe["Primero"]
        .paragraphs[0]
        .startswith("La presente Ley entrará en vigor al día siguiente de su publicación")
    )
    assert "Vigésimo Cuarto" in lgipe
    cpeum = {a.article: a for a in articles if a.law == "CPEUM" and a.decree == "DOF 05-02-1917"}
    assert cpeum["Primero"].paragraphs[0].startswith("Esta Constitución se publicará desde luego")
    # Reform decrees repeat numbers: each keeps its own "Primero".
    firsts = [a for a in articles if a.law == "CPEUM" and a.transitory and a.article == "Primero"]
    assert len({a.decree for a in firsts}) == len(firsts) >= 100


def test_decree_preamble_is_not_article_one(by_key):
    first = by_key[("LGIPE", "1")]
    assert not any("Se expide la Ley" in p for p in first.paragraphs)
    assert first.paragraphs[0].startswith("1. La presente Ley es de orden público")


KNOWN_TEXTS = [
    ("CPEUM", "1", 0, "En los Estados Unidos Mexicanos todas las personas gozarán de los derechos"),
    ("CPEUM", "35", 1, "I. Votar en las elecciones populares;"),
    (
        "CPEUM",
        "41",
        2,
        "La renovación de los poderes Legislativo y Ejecutivo se realizará mediante",
    ),
    ("CPEUM", "34", 0, "Son ciudadanos de la República los varones y mujeres que"),
    ("LGIPE", "1", 0, "1. La presente Ley es de orden público y de observancia general"),
    ("LGIPE", "7", 0, "1. Votar en las elecciones constituye un derecho y una obligación"),
    ("LGIPE", "218", 0, "1. El Consejo General organizará dos debates obligatorios"),
    ("LGPP", "1", 0, "1. La presente Ley es de orden público y de observancia general"),
    ("LGPP", "3", 0, "1. Los partidos políticos son entidades de interés público"),
    ("LGSMIME", "1", 0, "1. La presente ley es de orden público, de observancia general"),
    ("LGSMIME", "3", 0, "1. El sistema de medios de impugnación regulado por esta ley"),
    ("LGPDPPSO", "1", 0, "La presente Ley es reglamentaria de los artículos 6o., Base A, y 16"),
    ("LGPDPPSO", "3", 0, "Para los efectos de la presente Ley se entenderá por:"),
    ("LFPDPPP", "1", 0, "La presente Ley es de orden público y de observancia general en todo"),
    ("LFPDPPP", "2", 0, "Para los efectos de esta Ley, se entenderá por:"),
    ("LGTAIP", "1", 0, "La presente Ley es reglamentaria del artículo 6o. de la Constitución"),
    ("LGTAIP", "4", 0, "El derecho humano de acceso a la información comprende solicitar"),
]


@pytest.mark.parametrize(("law", "article", "index", "start"), KNOWN_TEXTS)
def test_known_texts(by_key, law, article, index, start):
    assert by_key[(law, article)].paragraphs[index].startswith(start)


def test_paragraphs_rejoin_page_breaks(by_key):
    # CPEUM 1's fourth paragraph starts on page 1 and continues on page 2 of the PDF.
    cpeum1 = by_key[("CPEUM", "1")].paragraphs
    assert cpeum1[3] == (
        "Está prohibida la esclavitud en los Estados Unidos Mexicanos. Los esclavos del extranjero"
        " que entren al territorio nacional alcanzarán, por este solo hecho, su libertad y la"
        " protección de las leyes."
    )
    # LGIPE 1, numeral 4 is printed at the top of page 2 after numeral 3.
    assert by_key[("LGIPE", "1")].paragraphs[3].startswith("4. La renovación de los poderes")


def test_headings(by_key, articles):
    lgipe_218 = by_key[("LGIPE", "218")].heading
    assert lgipe_218[0] == "LIBRO QUINTO De los Procesos Electorales"
    assert lgipe_218[1].startswith("TÍTULO PRIMERO De las Reglas Generales")
    assert lgipe_218[2] == "CAPÍTULO VIII De los Debates"
    assert by_key[("CPEUM", "41")].heading == (
        "Título Segundo",
        "Capítulo I De la Soberanía Nacional y de la Forma de Gobierno",
    )
    # A label the SCJN restored is printed in brackets; it is still a heading, not text.
    assert by_key[("LGIPE", "29")].heading[1] == "[TÍTULO PRIMERO] Del Instituto Nacional Electoral"
    assert by_key[("LGIPE", "28 Ter")].paragraphs == ("[Suprimido]",)
    levels = ("LIBRO", "TÍTULO", "TITULO", "CAPÍTULO", "CAPITULO", "SECCIÓN")
    for a in articles:
        if not a.transitory:
            assert a.heading, (a.law, a.article)
        for heading in a.heading:
            assert heading and heading == heading.strip() and "\n" not in heading
            assert heading.upper().lstrip("[").startswith(levels)
            assert "DOF" not in heading and "Denominación" not in heading


FURNITURE = [
    re.compile(r"\b\d+ de \d+\b"),  # page counter "12 de 287"
    re.compile(r"CÁMARA DE DIPUTADOS DEL H\. CONGRESO"),
    re.compile(r"Secretaría General Secretaría de Servicios Parlamentarios"),
    re.compile(r"Secretaría de Servicios Parlamentarios"),
    re.compile(r"Última Reforma DOF"),
    re.compile(r"Nueva Ley DOF"),
]


def test_no_page_furniture_survives(articles):
    running_titles = [law.name.upper() for law in corpus.load_laws()]
    leaks = [
        (a.law, a.article, text[:80])
        for a in articles
        for text in [*a.heading, *a.paragraphs]
        if any(p.search(text) for p in FURNITURE) or any(t in text for t in running_titles)
    ]
    assert leaks == []


def test_paragraph_hygiene(articles):
    for a in articles:
        assert a.paragraphs, (a.law, a.article)
        for p in a.paragraphs:
            assert p and p == p.strip() and "\n" not in p and "  " not in p, (a.law, a.article)


EDITORIAL = re.compile(
    r"^\[?(Artículo|Párrafo|Fracción|Inciso|Numeral|Apartado|Base|Subinciso|Derogación)"
    r"( \S+){0,3} (reformad|adicionad|derogad|declarad|recorrid)\w*"
)


def test_editorial_notes_are_moved_out_of_paragraphs(articles, by_key):
    for a in articles:
        for p in a.paragraphs:
            assert not EDITORIAL.match(p), (a.law, a.article, p[:80])
        for note in a.notes:
            assert re.search(r"DOF|SCJN", note), (a.law, a.article, note)
    lgipe_1 = by_key[("LGIPE", "1")]
    assert "Numeral reformado DOF 14-10-2024" in lgipe_1.notes
    assert any(n.startswith("Numeral declarado inválido") and n.endswith("DOF 24-11-2023")
               for n in lgipe_1.notes)  # fmt: skip
    assert by_key[("CPEUM", "1")].notes[-1] == "Artículo reformado DOF 14-08-2001"


def test_repealed_articles_are_kept(articles):
    repealed = [
        a
        for a in articles
        if not a.transitory and re.match(r"\(?Se deroga|\(?Derogad", a.paragraphs[0])
    ]
    assert repealed
    assert all(any("derog" in n.lower() for n in a.notes) for a in repealed)


def test_counts_are_plausible(articles):
    per_law: dict[str, Counter] = defaultdict(Counter)
    for a in articles:
        per_law[a.law][a.transitory] += 1
    assert per_law["LGIPE"][False] == 561  # 535 + 26 Bis/Ter/... articles
    assert per_law["CPEUM"][True] > 500  # transitory articles of ~150 reform decrees
