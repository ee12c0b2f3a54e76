"""JSON API of the review desk: read the inbox, and approve — but only from a person's session.

Scanners and mail gateways authenticate with staff tokens (`Authorization: Bearer …`); such a
request may read what its account may read, but :func:`approve` refuses it whoever owns the token:
approving a reply is a person's act in an interactive session (with CSRF), never a script's.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from ninja import Query, Router, Schema
from ninja import Status as Reply
from ninja.security import django_auth

from sufragio.inquiries.api import StaffToken
from sufragio.review import workflow
from sufragio.review.access import case_for, require_desk
from sufragio.review.inbox import PAGE_SIZE, Filters, filtered

router = Router(tags=["review"])


class MarkedToken(StaffToken):
    """A staff token that marks the request, so endpoints know no session is behind it."""

    def authenticate(self, request: HttpRequest, token: str):
        user = super().authenticate(request, token)
        if user is not None:
            request.review_token_auth = True
        return user


AUTH = [MarkedToken(), django_auth]


class CaseOut(Schema):
    id: int
    folio: str
    state: str
    category: str
    unit_code: str
    due_date: date | None
    assignee: str | None


class FiltersIn(Schema):
    estado: str = "abiertas"
    categoria: str = ""
    unidad: str = ""
    asignada: str = ""
    vence: str = ""
    q: str = ""
    pagina: int = 1


class Detail(Schema):
    detail: str


def _out(case) -> dict:
    return {
        "id": case.letter_id,
        "folio": case.letter.folio,
        "state": case.state,
        "category": case.category,
        "unit_code": case.unit_code,
        "due_date": case.due_date,
        "assignee": case.assignee.username if case.assignee else None,
    }


@router.get("/letters", auth=AUTH, response={200: list[CaseOut], 403: Detail})
def list_letters(request: HttpRequest, params: Query[FiltersIn]):
    """One page (50) of the inbox the caller may see, overdue first."""
    try:
        require_desk(request.user)
    except PermissionDenied as exc:
        return Reply(403, {"detail": str(exc)})
    filters = Filters(
        estado=params.estado,
        categoria=params.categoria,
        unidad=params.unidad,
        asignada=params.asignada,
        vence=params.vence,
        q=params.q,
    )
    start = (max(params.pagina, 1) - 1) * PAGE_SIZE
    return [_out(c) for c in filtered(request.user, filters)[start : start + PAGE_SIZE]]


@router.post(
    "/letters/{letter_id}/approve",
    auth=AUTH,
    response={200: CaseOut, 403: Detail, 404: Detail, 409: Detail},
)
def approve(request: HttpRequest, letter_id: int):
    """Approve the reply as it stands; refused for token (non-interactive) requests."""
    try:
        case = case_for(request.user, letter_id)
        workflow.approve(
            case.letter,
            request.user,
            interactive=not getattr(request, "review_token_auth", False),
        )
    except PermissionDenied as exc:
        return Reply(403, {"detail": str(exc)})
    except Http404:
        return Reply(404, {"detail": "carta no encontrada"})
    except workflow.Forbidden as exc:
        return Reply(403, {"detail": str(exc)})
    except workflow.ReviewError as exc:
        return Reply(409, {"detail": str(exc)})
    case.refresh_from_db()
    return _out(case)
