"""Forms of the workflow pages; the DPIA form is generated from the YAML questionnaire."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from sufragio.governance import dpia, workflow


def _textarea(label: Any, required: bool = True) -> forms.CharField:
    return forms.CharField(label=label, required=required, widget=forms.Textarea(attrs={"rows": 3}))


class ReasonsForm(forms.Form):
    """Every move records why; convene, suspend and retire need nothing else."""

    reasons = _textarea(_("Motivos"))


class SubmissionForm(ReasonsForm):
    """The unit's request: function, risks, data needs and evidence for each of the six
    principles, all required (the workflow checks again, so the rule holds outside the web)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for key, label in workflow.REQUEST_FIELDS:
            self.fields[key] = _textarea(label)
        for key, label in workflow.PRINCIPLES:
            self.fields[f"principle_{key}"] = _textarea(label)
        self.order_fields([*(k for k, _l in workflow.REQUEST_FIELDS), "reasons"])

    def documentation(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            **{key: data[key] for key, _label in workflow.REQUEST_FIELDS},
            "principles": {key: data[f"principle_{key}"] for key, _label in workflow.PRINCIPLES},
        }


class OpinionForm(ReasonsForm):
    favourable = forms.TypedChoiceField(
        label=_("Sentido de la opinión técnica"),
        choices=[("1", _("Favorable")), ("0", _("Desfavorable"))],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )
    conditions = _textarea(_("Condiciones"), required=False)


class VoteForm(forms.Form):
    in_favour = forms.TypedChoiceField(
        label=_("Voto"),
        choices=[("1", _("A favor")), ("0", _("En contra"))],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )
    reasons = _textarea(_("Motivos (opcional)"), required=False)


def _next_year() -> Any:
    return timezone.localdate() + timedelta(days=365)


class CloseForm(ReasonsForm):
    """Closing the vote; the terms apply only when the majority approves."""

    uses = forms.CharField(
        label=_("Usos autorizados (separados por comas)"),
        initial="default",
        help_text=_("El nombre de uso que cada componente pide al control de ejecución."),
    )
    scope = _textarea(_("Alcance"), required=False)
    conditions = _textarea(_("Condiciones"), required=False)
    expires_on = forms.DateField(
        label=_("Vence el"), initial=_next_year, widget=forms.DateInput(attrs={"type": "date"})
    )

    def terms(self) -> workflow.ApprovalTerms:
        data = self.cleaned_data
        uses = tuple(u.strip() for u in data["uses"].split(",") if u.strip())
        return workflow.ApprovalTerms(uses, data["scope"], data["conditions"], data["expires_on"])


class DPIAForm(forms.Form):
    """One radio group per question of the YAML questionnaire, in the page's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        lang = (get_language() or "es")[:2]
        for question in dpia.questionnaire().questions:
            self.fields[question.id] = forms.ChoiceField(
                label=question.text.get(lang, question.text["es"]),
                choices=[(o.id, o.label.get(lang, o.label["es"])) for o in question.options],
                widget=forms.RadioSelect,
            )
