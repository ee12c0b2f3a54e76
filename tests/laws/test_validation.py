"""Bad input to search and lookup becomes a clear message, never a crash."""

from __future__ import annotations

import pytest

from sufragio.laws.validation import (
    MAX_QUERY_CHARS,
    InvalidQuery,
    clean_k,
    clean_law,
    clean_query,
    normalise_article_id,
)


@pytest.mark.parametrize("raw", [None, "", "   ", "\n\t"])
def test_empty_query_is_refused(raw: str | None) -> None:
    with pytest.raises(InvalidQuery, match="vacía"):
        clean_query(raw)


def test_huge_query_is_refused() -> None:
    with pytest.raises(InvalidQuery, match="demasiado larga"):
        clean_query("voto " * 200_000)


def test_query_at_the_limit_is_accepted() -> None:
    assert len(clean_query("a" * MAX_QUERY_CHARS)) == MAX_QUERY_CHARS


def test_control_characters_are_refused() -> None:
    with pytest.raises(InvalidQuery, match="control"):
        clean_query("credencial\x00para votar\x07")


def test_whitespace_is_collapsed() -> None:
    assert clean_query("  voto\n desde\tel   extranjero ") == "voto desde el extranjero"


def test_law_codes_are_case_insensitive_and_checked() -> None:
    assert clean_law("lgipe") == "LGIPE"
    assert clean_law("") is None
    with pytest.raises(InvalidQuery, match="Ley desconocida"):
        clean_law("LFT")


@pytest.mark.parametrize("raw", ["0", "51", "cinco", "-3"])
def test_k_outside_range_is_refused(raw: str) -> None:
    with pytest.raises(InvalidQuery):
        clean_k(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("41", "41"), ("1o", "1"), ("1o.", "1"), ("218bis", "218 Bis"), ("218 BIS", "218 Bis")],
)
def test_article_ids_are_normalised(raw: str, expected: str) -> None:
    assert normalise_article_id(raw) == expected


def test_article_id_without_number_is_refused() -> None:
    with pytest.raises(InvalidQuery):
        normalise_article_id("Bis")
