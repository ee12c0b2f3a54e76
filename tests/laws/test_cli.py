"""`sufragio laws ...` end to end, through the real command, corpus and search index."""

from __future__ import annotations

import io
import json
import sys

import pytest
from django.core.management import CommandError, call_command

from sufragio.laws import corpus


def run(*args: str, stdin: str | None = None) -> str:
    out = io.StringIO()
    if stdin is not None:
        old, sys.stdin = sys.stdin, io.StringIO(stdin)
    try:
        call_command("laws", *args, stdout=out, stderr=io.StringIO())
    finally:
        if stdin is not None:
            sys.stdin = old
    return out.getvalue()


def test_stats_json_counts_articles_per_law() -> None:
    stats = json.loads(run("stats", "--json"))
    assert list(stats) == [law.id for law in corpus.load_laws()]
    assert stats["LGIPE"] > 500
    assert all(n > 40 for n in stats.values())


def test_search_json_has_the_contract_fields() -> None:
    hits = json.loads(run("search", "debates entre candidatos presidenciales", "-k", "3", "--json"))
    assert len(hits) == 3
    assert set(hits[0]) >= {"law", "article", "heading", "score", "snippet"}
    assert hits[0]["score"] >= hits[1]["score"] >= hits[2]["score"]


def test_search_law_filter() -> None:
    hits = json.loads(run("search", "datos personales", "--law", "lfpdppp", "--json"))
    assert hits and {h["law"] for h in hits} == {"LFPDPPP"}


def test_batch_prints_one_list_per_line_in_order() -> None:
    out = run("search", "--batch", "-k", "2", "--json", stdin="compra de votos\n\ndebates\n")
    lines = out.strip().split("\n")
    assert len(lines) == 3
    first, blank, third = (json.loads(line) for line in lines)
    assert len(first) == 2 and len(third) == 2
    assert blank == []


@pytest.mark.django_db
def test_show_json_prints_the_article() -> None:
    run("load")
    article = json.loads(run("show", "LGIPE", "218", "--json"))
    assert article["law"] == "LGIPE"
    assert article["article"] == "218"
    assert any("debates" in p for p in article["paragraphs"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("search", ""), "vacía"),
        (("search", "voto\x00"), "control"),
        (("search", "x" * 1_000_000), "demasiado larga"),
        (("search", "voto", "--law", "XYZ"), "Ley desconocida"),
    ],
)
def test_bad_search_input_is_a_clear_error(args: tuple[str, ...], message: str) -> None:
    with pytest.raises(CommandError, match=message):
        run(*args)


@pytest.mark.django_db
def test_show_unknown_article_is_a_clear_error() -> None:
    run("load")
    with pytest.raises(CommandError, match="No existe el artículo 9999"):
        run("show", "LGIPE", "9999")
