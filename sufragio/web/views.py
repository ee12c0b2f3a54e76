"""Home page and the health endpoint that load balancers and `make run` users probe."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from sufragio import __version__


def home(request: HttpRequest) -> HttpResponse:
    """Landing page: what sufragio is and where each desk lives."""
    return render(request, "web/home.html")


def healthz(request: HttpRequest) -> JsonResponse:
    """Report liveness and whether the database answers; 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        database = "ok"
    except Exception as exc:
        database = f"error: {type(exc).__name__}"
    status = 200 if database == "ok" else 503
    return JsonResponse(
        {
            "status": "ok" if status == 200 else "error",
            "database": database,
            "version": __version__,
        },
        status=status,
    )
