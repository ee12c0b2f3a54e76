"""`sufragio laws load|stats|search|show`: the legal corpus from the command line."""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sufragio.laws.lookup import hit_as_dict
from sufragio.laws.validation import InvalidQuery, clean_k, clean_law, clean_query


class Command(BaseCommand):
    help = "Legal corpus: load it, count it, search it and show articles."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("load", help="load the bundled corpus into the database (idempotent)")
        stats = sub.add_parser("stats", help="articles per law")
        stats.add_argument("--json", action="store_true")
        search = sub.add_parser("search", help="hybrid article search")
        search.add_argument("query", nargs="?", help="question or keywords")
        search.add_argument("--law", help="only this law (e.g. LGIPE)")
        search.add_argument("-k", type=int, default=5, help="number of results (default 5)")
        search.add_argument("--json", action="store_true")
        search.add_argument(
            "--batch", action="store_true", help="one query per stdin line, one JSON list per line"
        )
        show = sub.add_parser("show", help="print one article")
        show.add_argument("law")
        show.add_argument("article")
        show.add_argument("--json", action="store_true")

    def handle(self, *args: Any, action: str, **opts: Any) -> None:
        try:
            getattr(self, f"_{action}")(**opts)
        except InvalidQuery as exc:
            raise CommandError(str(exc)) from None

    def _load(self, **opts: Any) -> None:
        from sufragio.laws.bootstrap import load_bundled_corpus

        self.stdout.write(load_bundled_corpus())

    def _stats(self, **opts: Any) -> None:
        from sufragio.laws import corpus

        counts = Counter(a.law for a in corpus.load_articles() if not a.transitory)
        result = {law.id: counts[law.id] for law in corpus.load_laws()}
        if opts["json"]:
            self.stdout.write(_dumps(result))
        else:
            for law, n in result.items():
                self.stdout.write(f"{law:10} {n:5}")

    def _search(self, query: str | None, law: str | None, k: int, batch: bool, **opts: Any) -> None:
        from sufragio.laws.search import get_searcher

        law_code, k = clean_law(law), clean_k(k)
        if batch:
            searcher = get_searcher()
            for line in sys.stdin:
                # A bad line still yields its (empty) list so output lines stay aligned with input.
                try:
                    hits = [hit_as_dict(h) for h in searcher.search(clean_query(line), k, law_code)]
                except InvalidQuery as exc:
                    hits = []
                    self.stderr.write(f"línea ignorada: {exc}")
                self.stdout.write(_dumps(hits))
            return
        hits = get_searcher().search(clean_query(query), k, law_code)
        if opts["json"]:
            self.stdout.write(_dumps([hit_as_dict(h) for h in hits]))
            return
        for rank, hit in enumerate(hits, 1):
            self.stdout.write(
                f"{rank}. {hit.law} art. {hit.article}  ({hit.score:.3f})  {hit.heading}"
            )
            self.stdout.write(f"   {hit.snippet[:240]}")
            self.stdout.write(f"   ↳ {hit.why}")

    def _show(self, law: str, article: str, **opts: Any) -> None:
        from sufragio.laws.lookup import article_as_dict, get_article

        data = article_as_dict(get_article(law, article))
        if opts["json"]:
            self.stdout.write(_dumps(data))
            return
        self.stdout.write(f"{data['law_name']}\nArtículo {data['article']}  ({data['heading']})\n")
        self.stdout.write("\n".join(data["paragraphs"]))


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
