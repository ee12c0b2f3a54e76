"""Pages of the AI registry: staff pages for the registry and its workflow, and the public
transparency register (the only page here that needs no login)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from sufragio.governance import dpia, export, gate, roles, workflow
from sufragio.governance.forms import (
    CloseForm,
    DPIAForm,
    OpinionForm,
    ReasonsForm,
    SubmissionForm,
    VoteForm,
)
from sufragio.governance.models import AISystem, SystemVersion

#: Form of each workflow action, as shown on the detail page and read back on POST.
ACTION_FORMS: dict[str, type] = {
    "submit": SubmissionForm,
    "opinion": OpinionForm,
    "convene": ReasonsForm,
    "vote": VoteForm,
    "close": CloseForm,
    "suspend": ReasonsForm,
    "retire": ReasonsForm,
}
ACTION_LABELS: dict[str, Any] = {
    "submit": gettext_lazy("Solicitar aprobación"),
    "opinion": gettext_lazy("Emitir opinión técnica"),
    "convene": gettext_lazy("Turnar al comité"),
    "vote": gettext_lazy("Votar"),
    "close": gettext_lazy("Cerrar la votación"),
    "suspend": gettext_lazy("Suspender"),
    "retire": gettext_lazy("Retirar"),
    "dpia": gettext_lazy("Responder la EIPD"),
}


def staff_only(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Login first; then only people with a governance role (or Django staff) get in."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not roles.is_governance_staff(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def _form(action: str, version: SystemVersion, data: Any = None) -> Any:
    return ACTION_FORMS[action](data, prefix=f"v{version.pk}-{action}")


@staff_only
def system_list(request: HttpRequest) -> HttpResponse:
    """Every registered system with its versions and their states."""
    systems = AISystem.objects.prefetch_related("versions")
    return render(
        request,
        "governance/system_list.html",
        {"systems": systems, "loaded": gate.loaded_components()},
    )


@staff_only
def system_detail(request: HttpRequest, name: str) -> HttpResponse:
    """A system's entry, each version's history, DPIA, votes and the forms the user may use."""
    system = get_object_or_404(AISystem, name=name)
    lang = (request.LANGUAGE_CODE or "es")[:2]
    versions = []
    for version in system.versions.prefetch_related("history__actor", "votes__member"):
        allowed = workflow.allowed_actions(version, request.user)
        assessment = version.latest_dpia()
        versions.append(
            {
                "obj": version,
                "history": version.history.all(),
                "votes": [v for v in version.votes.all() if v.round == version.round],
                "tally": workflow.tally(version),
                "dpia": assessment,
                "dpia_level": dpia.level_label(assessment.level, lang) if assessment else "",
                "forms": [
                    (action, ACTION_LABELS[action], _form(action, version))
                    for action in allowed
                    if action in ACTION_FORMS
                ],
                "may_dpia": "dpia" in allowed,
                "evidence": [
                    (label, version.documentation.get("principles", {}).get(key, ""))
                    for key, label in workflow.PRINCIPLES
                ],
            }
        )
    return render(
        request,
        "governance/system_detail.html",
        {"system": system, "versions": versions},
    )


@require_POST
@staff_only
def version_action(request: HttpRequest, name: str, pk: int, action: str) -> HttpResponse:
    """Run one workflow action from its form; the workflow itself re-checks role and state."""
    version = get_object_or_404(SystemVersion, pk=pk, system__name=name)
    if action not in ACTION_FORMS:
        raise PermissionDenied
    form = _form(action, version, request.POST)
    if not form.is_valid():
        messages.error(request, _("Revise el formulario: faltan datos obligatorios."))
        return redirect("governance:system", name=name)
    try:
        _run(action, version, request.user, form)
    except workflow.Forbidden as exc:
        raise PermissionDenied(str(exc)) from None
    except workflow.WorkflowError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, _("Acción registrada: %(action)s") % {"action": ACTION_LABELS[action]}
        )
    return redirect("governance:system", name=name)


def _run(action: str, version: SystemVersion, user: Any, form: Any) -> None:
    data = form.cleaned_data
    if action == "submit":
        workflow.submit(version, user, form.documentation(), data["reasons"])
    elif action == "opinion":
        workflow.give_opinion(
            version, user, data["favourable"], data["conditions"], data["reasons"]
        )
    elif action == "vote":
        workflow.cast_vote(version, user, data["in_favour"], data["reasons"])
    elif action == "close":
        workflow.close_vote(version, user, data["reasons"], form.terms())
    else:
        getattr(workflow, action)(version, user, data["reasons"])


@staff_only
def dpia_form(request: HttpRequest, name: str, pk: int) -> HttpResponse:
    """The DPIA questionnaire for one version, generated from the YAML."""
    version = get_object_or_404(
        SystemVersion.objects.select_related("system"), pk=pk, system__name=name
    )
    form = DPIAForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            workflow.record_dpia(version, request.user, form.cleaned_data)
        except workflow.Forbidden as exc:
            raise PermissionDenied(str(exc)) from None
        except workflow.WorkflowError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("EIPD registrada."))
            return redirect("governance:system", name=name)
    lang = (request.LANGUAGE_CODE or "es")[:2]
    title = dpia.questionnaire().title
    return render(
        request,
        "governance/dpia_form.html",
        {"version": version, "form": form, "title": title.get(lang, title["es"])},
        status=400 if request.method == "POST" else 200,
    )


def public_register(request: HttpRequest) -> HttpResponse:
    """The public transparency register: approved systems and their public summaries."""
    register = export.public_register()
    return render(request, "governance/register.html", {"register": register})
