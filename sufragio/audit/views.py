"""The audit-log browser: newest entries first, under the outcome of the last verification."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sufragio.audit.access import auditor_required
from sufragio.audit.models import AuditEntry, Checkpoint, VerificationRun
from sufragio.audit.verify import verify_and_store

PER_PAGE = 50


@auditor_required
def index(request: HttpRequest) -> HttpResponse:
    """List entries; verification status comes from the last stored run (re-run on demand)."""
    page = Paginator(AuditEntry.objects.order_by("-seq"), PER_PAGE).get_page(
        request.GET.get("page")
    )
    context = {
        "page": page,
        "run": VerificationRun.objects.order_by("-id").first(),
        "checkpoint": Checkpoint.objects.order_by("-id").first(),
    }
    return render(request, "audit/index.html", context)


@require_POST
@auditor_required
def verify(request: HttpRequest) -> HttpResponse:
    """Run a full verification now and show its outcome on the index."""
    report, _run = verify_and_store()
    if report.ok:
        messages.success(
            request, _("Bitácora íntegra: %(n)d entradas verificadas.") % {"n": report.tree_size}
        )
    else:
        messages.error(
            request, _("La bitácora NO pasó la verificación: %(p)s") % {"p": report.problems[0]}
        )
    return redirect("audit:index")
