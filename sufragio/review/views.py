"""Pages of the review desk: inbox, letter, changes, exports and dashboard.

Each view checks access through :mod:`sufragio.review.access` and acts through
:mod:`sufragio.review.workflow`; a rule the workflow refuses comes back as a message to the person,
never as a half-done change.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from itertools import pairwise

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from sufragio.audit.log import record
from sufragio.inquiries.intake.storage import path_for
from sufragio.inquiries.models import Letter
from sufragio.review import dashboard as figures
from sufragio.review import roles, workflow
from sufragio.review.access import case_for, require_desk, sees_personal_data
from sufragio.review.categories import category_choices, category_name, unit_choices
from sufragio.review.export import DOCX_TYPE, rendered_text, to_docx, to_pdf
from sufragio.review.inbox import PAGE_SIZE, Filters, filtered, state_counts
from sufragio.review.metrics import WordDiff, word_diff
from sufragio.review.models import CLOSED_STATES, OPEN_STATES, ReviewCase, State


def _options(choices: list[tuple[object, str]], selected: str) -> SafeString:
    """<option> elements for a filter, built in Python (a template loop costs more per option)."""
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        (
            (value, mark_safe(" selected") if str(value) == selected else "", label)
            for value, label in choices
        ),
    )


def _rows(cases: list[ReviewCase]) -> list[dict]:
    """What the inbox table shows, precomputed: plain dicts render several times faster than
    model attribute lookups and per-row template filters, which matters at 20 reviewers."""
    names = dict(category_choices())
    labels = dict(State.choices)
    today = timezone.localdate()
    return [
        {
            "pk": case.letter_id,
            "folio": case.letter.folio,
            "url": reverse("review:letter", args=[case.letter_id]),
            "received": date_format(timezone.localtime(case.letter.received), "SHORT_DATE_FORMAT"),
            "state": case.state,
            "state_label": labels.get(case.state, case.state),
            "category": names.get(case.category, case.category) or "—",
            "unit": case.unit_code or "—",
            "due_iso": case.due_date.isoformat() if case.due_date else "",
            "due": date_format(case.due_date, "SHORT_DATE_FORMAT") if case.due_date else "—",
            "overdue": bool(case.due_date and case.due_date < today),
            "assignee": case.assignee.username if case.assignee else "—",
        }
        for case in cases
    ]


@login_required
@require_GET
def inbox(request: HttpRequest) -> HttpResponse:
    require_desk(request.user)
    filters = Filters.from_query(request.GET)
    counts = state_counts(request.user)
    paginator = Paginator(filtered(request.user, filters), PAGE_SIZE)
    if filters.is_default_view:  # the busiest view: its total is already in the state counts
        paginator.count = sum(counts.get(state, 0) for state in OPEN_STATES)
    page = paginator.get_page(request.GET.get("pagina"))
    assignees = list(workflow.assignable_users().values_list("pk", "username"))
    return render(
        request,
        "review/inbox.html",
        {
            "page": page,
            "rows": _rows(list(page.object_list)),
            "filters": filters,
            "querystring": filters.querystring(),
            "counts": [(code, label, counts.get(code, 0)) for code, label in State.choices],
            "state_options": _options(State.choices, filters.estado),
            "category_options": _options(category_choices(), filters.categoria),
            "unit_options": _options([(u, u) for u, _ in unit_choices()], filters.unidad),
            "assignee_options": _options(assignees, filters.asignada),
            "bulk_options": _options(assignees, ""),
            "can_assign": roles.is_senior(request.user),
        },
    )


@login_required
@require_POST
def assign(request: HttpRequest) -> HttpResponse:
    require_desk(request.user)
    ids = [int(v) for v in request.POST.getlist("cartas") if v.isdigit()]
    target = request.POST.get("asignar_a", "")
    assignee = get_user_model().objects.filter(pk=target).first() if target.isdigit() else None
    if target and assignee is None:
        messages.error(request, _("Persona no encontrada."))
        return redirect("review:inbox")
    letters = [case_for(request.user, pk).letter for pk in ids]
    try:
        changed = workflow.assign(letters, assignee, request.user)
    except workflow.ReviewError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("%d cartas reasignadas.") % changed)
    return redirect(request.POST.get("next") or "review:inbox")


@login_required
@require_GET
def letter(request: HttpRequest, pk: int) -> HttpResponse:
    case = case_for(request.user, pk)
    letter = case.letter
    draft = letter.latest_draft()
    legal = roles.is_legal(request.user)
    return render(
        request,
        "review/letter.html",
        {
            "case": case,
            "letter": letter,
            "triage": letter.latest_triage(),
            "draft": draft,
            "category_label": category_name(case.category),
            "ai_category_label": category_name(case.ai_category),
            "rendered": rendered_text(case) if case.final_text else "",
            "diff": _changed(draft.text if draft else "", case.final_text),
            "transitions": letter.transitions.order_by("created", "pk"),
            "state_labels": dict(State.choices),
            "revisions": letter.revisions.select_related("author").order_by("-created", "-pk"),
            "corrections": letter.corrections.select_related("author"),
            "personal": sees_personal_data(request.user),
            "legal": legal,
            "editable": legal and case.state in workflow.EDITABLE,
            "redraftable": legal and case.state in workflow.REDRAFTABLE,
            "can_approve": legal and case.state == State.IN_REVIEW,
            "sensitive": roles.is_sensitive(case.category),
            "exportable": case.state in CLOSED_STATES,
            "categories": category_choices(),
            "original_kind": _original_kind(letter),
        },
    )


def _changed(before: str, after: str) -> WordDiff | None:
    """The diff from the AI draft, or None when there is nothing to compare or nothing changed."""
    if not before or not after or before == after:
        return None
    return word_diff(before, after)


def _original_kind(letter: Letter) -> str:
    if letter.media_type == "application/pdf":
        return "pdf"
    if letter.media_type.startswith("image/"):
        return "image"
    return "file"


@login_required
@require_GET
def changes(request: HttpRequest, pk: int) -> HttpResponse:
    """Every saved revision, each compared with the one before it."""
    case = case_for(request.user, pk)
    revisions = list(case.letter.revisions.select_related("author").order_by("created", "pk"))
    steps = [
        {"revision": rev, "diff": word_diff(prev.text, rev.text)}
        for prev, rev in pairwise(revisions)
    ]
    draft = case.letter.latest_draft()
    overall = word_diff(draft.text, case.final_text) if draft and case.final_text else None
    return render(
        request,
        "review/changes.html",
        {"case": case, "letter": case.letter, "steps": steps[::-1], "overall": overall},
    )


def _save(request: HttpRequest, case: ReviewCase) -> str:
    revision = workflow.save_revision(
        case.letter, request.user, request.POST.get("texto", ""), request.POST.get("destinatario")
    )
    return _("Cambios guardados.") if revision else _("Sin cambios en el texto.")


def _approve(request: HttpRequest, case: ReviewCase) -> str:
    if "texto" in request.POST:
        _save(request, case)
    workflow.approve(case.letter, request.user, interactive=True)
    return _("Respuesta aprobada.")


def _return(request: HttpRequest, case: ReviewCase) -> str:
    workflow.return_letter(case.letter, request.user, request.POST.get("motivo", ""))
    return _("Carta devuelta.")


def _retriage(request: HttpRequest, case: ReviewCase) -> str:
    workflow.correct_category(
        case.letter,
        request.user,
        request.POST.get("categoria", ""),
        request.POST.getlist("secundarias"),
        request.POST.get("motivo", ""),
    )
    return _("Categoría corregida.")


def _regenerate(request: HttpRequest, case: ReviewCase) -> str:
    workflow.regenerate(case.letter, request.user)
    return _("Borrador regenerado.")


def _take(request: HttpRequest, case: ReviewCase) -> str:
    workflow.start_review(case.letter, request.user)
    return _("Carta en revisión.")


def _send(request: HttpRequest, case: ReviewCase) -> str:
    workflow.mark_sent(case.letter, request.user)
    return _("Registrada como enviada.")


def _park(request: HttpRequest, case: ReviewCase) -> str:
    workflow.park(case.letter, request.user, request.POST.get("motivo", ""))
    return _("Enviada a atención manual.")


ACTIONS: dict[str, Callable[[HttpRequest, ReviewCase], str]] = {
    "guardar": _save,
    "aprobar": _approve,
    "devolver": _return,
    "reclasificar": _retriage,
    "regenerar": _regenerate,
    "tomar": _take,
    "enviar": _send,
    "manual": _park,
}


@login_required
@require_POST
def act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """Run one workflow action from the letter page."""
    handler = ACTIONS.get(action)
    if handler is None:
        raise Http404("acción desconocida")
    case = case_for(request.user, pk)
    try:
        messages.success(request, handler(request, case))
    except workflow.ReviewError as exc:
        messages.error(request, str(exc))
    return redirect("review:letter", pk=pk)


@login_required
@require_GET
def original(request: HttpRequest, pk: int) -> FileResponse:
    """The original file as received, for the legal department only."""
    case = case_for(request.user, pk)
    if not sees_personal_data(request.user):
        raise PermissionDenied("el original contiene datos personales")
    path = path_for(case.letter.sha256)
    if not path.exists():
        raise Http404("original no disponible")
    kind = case.letter.media_type or mimetypes.guess_type(case.letter.original_name)[0] or ""
    # Only PDFs and images are shown in the page; anything else (HTML, e-mail…) is downloaded,
    # so a hostile attachment never runs in the desk's origin.
    inline = kind == "application/pdf" or kind.startswith("image/")
    response = FileResponse(
        path.open("rb"), content_type=kind if inline else "application/octet-stream"
    )
    response["Content-Disposition"] = "inline" if inline else "attachment"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_GET
def export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The approved reply as DOCX or PDF (audited); refused until it is approved."""
    case = case_for(request.user, pk)
    if case.state not in CLOSED_STATES:
        raise PermissionDenied("solo se exportan respuestas aprobadas")
    if fmt == "docx":
        data, kind = to_docx(case), DOCX_TYPE
    elif fmt == "pdf":
        data, kind = to_pdf(case), "application/pdf"
    else:
        raise Http404("formato desconocido")
    record(request.user.get_username(), "review.export", case.letter.ref, None, {"format": fmt})
    name = case.letter.folio.replace("/", "-")
    response = HttpResponse(data, content_type=kind)
    response["Content-Disposition"] = f'attachment; filename="respuesta-{name}.{fmt}"'
    return response


@login_required
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    require_desk(request.user)
    user = request.user
    accuracy = figures.category_accuracy(user)
    backlog = figures.backlog_by_unit(user)
    charts = [
        figures.bar_chart(
            "por-dia",
            _("Cartas por día (últimos 30 días)"),
            _("Número de cartas recibidas cada día."),
            figures.letters_per_day(user),
        ),
        figures.bar_chart(
            "por-categoria",
            _("Cartas por categoría"),
            _("Número de cartas en cada categoría vigente."),
            figures.letters_per_category(user),
        ),
        figures.bar_chart(
            "rezago",
            _("Rezago por unidad"),
            _("Cartas abiertas en cada unidad."),
            [(row["unit"], row["n"]) for row in backlog],
        ),
        figures.bar_chart(
            "edicion",
            _("Proporción editada mediana por categoría"),
            _("0 = aprobada tal como la propuso la IA; 1 = reescrita por completo."),
            figures.median_edit_ratio(user),
            "{:.2f}",
        ),
    ]
    return render(
        request,
        "review/dashboard.html",
        {
            "charts": charts,
            "backlog": backlog,
            "sla": figures.sla(user),
            "accuracy": accuracy,
            "overall_accuracy": figures.overall_accuracy(accuracy),
        },
    )
