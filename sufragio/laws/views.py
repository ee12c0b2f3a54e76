"""Public pages for reading and searching the legal corpus (no login: the law is public)."""

from __future__ import annotations

from itertools import groupby

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from sufragio.laws.lookup import get_article
from sufragio.laws.models import Law
from sufragio.laws.validation import InvalidQuery, clean_k, clean_law, clean_query


def index(request: HttpRequest) -> HttpResponse:
    """All laws with their article counts."""
    laws = Law.objects.all()
    return render(request, "laws/index.html", {"laws": laws})


def law_detail(request: HttpRequest, law: str) -> HttpResponse:
    """A law's table of contents: its articles grouped under their heading path."""
    law_obj = get_object_or_404(Law, code=law.upper())
    articles = law_obj.articles.filter(transitory=False).only("article", "heading", "paragraphs")
    sections = [
        (" › ".join(heading), list(group))
        for heading, group in groupby(articles, key=lambda a: tuple(a.heading))
    ]
    return render(request, "laws/law.html", {"law": law_obj, "sections": sections})


def article_detail(request: HttpRequest, law: str, article: str) -> HttpResponse:
    """One article with its heading path and reform notes."""
    try:
        art = get_article(law, article)
    except InvalidQuery as exc:
        raise Http404(str(exc)) from None
    return render(request, "laws/article.html", {"art": art})


def search(request: HttpRequest) -> HttpResponse:
    """Search form and results; bad input is explained on the page with HTTP 400."""
    context: dict = {"q": request.GET.get("q", ""), "law": request.GET.get("law", "")}
    context["laws"] = Law.objects.all()
    if "q" not in request.GET:
        return render(request, "laws/search.html", context)
    try:
        query = clean_query(request.GET.get("q"))
        law_code = clean_law(request.GET.get("law"))
        k = clean_k(request.GET.get("k"), default=10)
    except InvalidQuery as exc:
        context["error"] = str(exc)
        return render(request, "laws/search.html", context, status=400)
    from sufragio.laws.search import get_searcher

    context["hits"] = get_searcher().search(query, k, law_code)
    return render(request, "laws/search.html", context)
