"""Tables of the review desk: one case per letter, its history, revisions and corrections.

The AI outputs (``TriageRecord``, ``DraftRecord`` in the inquiries app) are never edited: what a
person changes is stored here — the final text and every saved :class:`Revision`, the category a
reviewer set (:class:`CategoryCorrection`) — so the machine's proposal and the lawyer's decision
can always be told apart and compared.

:class:`ReviewCase` repeats a few values of the letter and its triage (state, category, unit, due
date) on purpose: the inbox filters and sorts on them for 50,000 letters, and composite indexes on
one table answer those queries without joins or sorting (see docs/adr/0008-review-desk.md).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sufragio.inquiries.models import Letter, Status

#: The desk's states are the letter's statuses: one vocabulary, owned by the letter model.
State = Status


#: States in which a letter still needs someone on the desk.
OPEN_STATES: tuple[str, ...] = (
    State.TRIAGED,
    State.DRAFTED,
    State.NEEDS_MANUAL_TRIAGE,
    State.NEEDS_MANUAL_HANDLING,
    State.IN_REVIEW,
    State.RETURNED,
)
CLOSED_STATES: tuple[str, ...] = (State.APPROVED, State.SENT)


class ReviewCase(models.Model):
    """The desk's view of one letter: where it stands, who has it, when it is due, the reply."""

    letter = models.OneToOneField(
        Letter, on_delete=models.CASCADE, related_name="review_case", verbose_name=_("carta")
    )
    state = models.CharField(_("estado"), max_length=32, choices=State.choices)
    #: Current category: the AI's, or the one a reviewer set.
    category = models.CharField(_("categoría"), max_length=64, blank=True)
    ai_category = models.CharField(_("categoría propuesta"), max_length=64, blank=True)
    unit_code = models.CharField(_("unidad"), max_length=32, blank=True)
    due_date = models.DateField(_("vence"), null=True, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="review_cases",
        verbose_name=_("asignada a"),
    )
    #: The reply as the reviewer left it; the salutation keeps the {{destinatario}} placeholder.
    final_text = models.TextField(_("texto final"), blank=True)
    #: Name for the salutation, filled in only when the reply is shown or exported.
    recipient_name = models.CharField(_("nombre del destinatario"), max_length=200, blank=True)
    review_started_at = models.DateTimeField(null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("aprobada por"),
    )
    sent_at = models.DateTimeField(null=True, blank=True)
    #: 1 − difflib ratio between the AI draft and the approved text (0 = unchanged).
    edit_ratio = models.FloatField(_("proporción editada"), null=True, blank=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("caso de revisión")
        verbose_name_plural = _("casos de revisión")
        indexes = [
            models.Index(fields=["due_date", "id"], name="review_case_due"),
            models.Index(fields=["state", "due_date", "id"], name="review_case_state_due"),
            models.Index(fields=["unit_code", "state", "due_date"], name="review_case_unit"),
            models.Index(fields=["category", "state", "due_date"], name="review_case_category"),
            models.Index(fields=["assignee", "state", "due_date"], name="review_case_assignee"),
        ]

    def __str__(self) -> str:
        return f"{self.letter_id}:{self.state}"


class Transition(models.Model):
    """One change of state: who, when and why (append-only history)."""

    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="transitions")
    from_state = models.CharField(max_length=32, blank=True)
    to_state = models.CharField(max_length=32)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    #: The username, or the automated process (e.g. "system") when no person acted.
    actor_name = models.CharField(max_length=150)
    reason = models.TextField(blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("cambio de estado")
        verbose_name_plural = _("cambios de estado")


class Revision(models.Model):
    """A saved version of the reply; ``author`` is empty when the text is an AI draft."""

    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="revisions")
    text = models.TextField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    note = models.CharField(max_length=200, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("revisión")
        verbose_name_plural = _("revisiones")


class CategoryCorrection(models.Model):
    """A reviewer's category for a letter, against what the classifier proposed (for retraining)."""

    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="corrections")
    ai_category = models.CharField(max_length=64, blank=True)
    category = models.CharField(max_length=64)
    secondary = models.JSONField(default=list, blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField(blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("corrección de categoría")
        verbose_name_plural = _("correcciones de categoría")


class UnitMembership(models.Model):
    """Which unit (triage ``unit_code``, e.g. DERFE) a member of unit staff belongs to."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_units"
    )
    unit_code = models.CharField(_("clave de unidad"), max_length=32)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "unit_code"], name="review_unit_member")
        ]
        verbose_name = _("adscripción a unidad")
        verbose_name_plural = _("adscripciones a unidades")


class AutomatedAccount(models.Model):
    """An account used by a machine (scanner, mail gateway, batch job): it can never approve."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_automation"
    )
    description = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = _("cuenta automatizada")
        verbose_name_plural = _("cuentas automatizadas")
