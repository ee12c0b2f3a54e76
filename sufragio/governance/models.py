"""Tables of the AI registry: systems, their versions, the approval history, votes, DPIAs and
AI-literacy training records.

Field choices follow the deployer section of the EU AI Act (Annex VIII), the Dutch Algorithm
Register publication standard and the UK ATRS, so that the public register can be exported from
these rows without a second data-entry step. A version's ``state`` changes only through
:mod:`sufragio.governance.workflow`; nothing else in the code base writes it.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class State(models.TextChoices):
    """Approval states of one version; the allowed moves between them live in workflow.py."""

    DRAFT = "draft", _("borrador")
    SUBMITTED = "submitted", _("solicitado")
    TECHNICAL_OPINION = "technical_opinion", _("con opinión técnica")
    COMMITTEE = "committee", _("en comité")
    APPROVED = "approved", _("aprobado")
    REJECTED = "rejected", _("rechazado")
    SUSPENDED = "suspended", _("suspendido")
    RETIRED = "retired", _("retirado")


class SystemType(models.TextChoices):
    CLASSIFIER = "classifier", _("clasificador")
    RETRIEVER = "retriever", _("buscador / recuperación")
    GENERATOR = "generator", _("generador de texto")
    LANGUAGE_ID = "language-id", _("identificación de idioma")
    REDACTION = "redaction", _("testado de datos personales")
    DRAFTER = "drafter", _("redactor de borradores")
    OTHER = "other", _("otro")


class RiskLevel(models.TextChoices):
    MINIMAL = "minimal", _("mínimo")
    LIMITED = "limited", _("limitado")
    HIGH = "high", _("alto")


class ProviderKind(models.TextChoices):
    IN_HOUSE = "in_house", _("desarrollo propio")
    THIRD_PARTY = "third_party", _("tercero")


class AISystem(models.Model):
    """One AI application the institute uses, described once for staff, committee and public."""

    name = models.SlugField(_("nombre"), max_length=64, unique=True)
    purpose = models.TextField(_("finalidad"))
    system_type = models.CharField(_("tipo"), max_length=32, choices=SystemType.choices)
    owner_unit = models.CharField(_("unidad responsable"), max_length=200)
    responsible_official = models.CharField(_("persona servidora responsable"), max_length=200)
    provider_kind = models.CharField(
        _("proveedor"), max_length=16, choices=ProviderKind.choices, default=ProviderKind.IN_HOUSE
    )
    provider_name = models.CharField(_("nombre del proveedor"), max_length=200, blank=True)
    contract_reference = models.CharField(_("referencia de contrato"), max_length=200, blank=True)
    risk_level = models.CharField(
        _("nivel de riesgo"), max_length=16, choices=RiskLevel.choices, default=RiskLevel.LIMITED
    )
    legal_basis = models.TextField(_("fundamento legal"), blank=True)
    data_categories = models.JSONField(_("categorías de datos"), default=list, blank=True)
    personal_data = models.BooleanField(_("trata datos personales"), default=False)
    human_oversight = models.TextField(_("supervisión humana"), blank=True)
    impact = models.TextField(_("impacto en las personas"), blank=True)
    proportionality = models.TextField(_("proporcionalidad"), blank=True)
    known_limitations = models.TextField(_("limitaciones conocidas"), blank=True)
    evaluation_results = models.JSONField(_("resultados de evaluación"), default=dict, blank=True)
    review_date = models.DateField(_("fecha de revisión"), null=True, blank=True)
    public_summary = models.TextField(_("resumen público"), blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("sistema de IA")
        verbose_name_plural = _("sistemas de IA")

    def __str__(self) -> str:
        return self.name

    @property
    def status(self) -> str:
        """The state of the newest version: derived, so it can never disagree with the versions."""
        latest = self.versions.order_by("-created", "-pk").first()
        return latest.state if latest else State.DRAFT


class SystemVersion(models.Model):
    """One build of a system, identified by its artefact hash; approval is per version because a
    retrained model is a different system as far as the committee is concerned."""

    system = models.ForeignKey(AISystem, on_delete=models.CASCADE, related_name="versions")
    version = models.CharField(_("versión"), max_length=64)
    artefact_hash = models.CharField(_("hash del artefacto"), max_length=128)
    state = models.CharField(
        _("estado"), max_length=24, choices=State.choices, default=State.DRAFT, db_index=True
    )
    #: Incremented on every submission, so votes of an earlier round never count in a later one.
    round = models.PositiveSmallIntegerField(_("ronda"), default=0)
    documentation = models.JSONField(_("documentación de la solicitud"), default=dict, blank=True)
    opinion_favourable = models.BooleanField(_("opinión favorable"), null=True, blank=True)
    opinion_conditions = models.TextField(_("condiciones de la opinión técnica"), blank=True)
    approved_uses = models.JSONField(_("usos aprobados"), default=list, blank=True)
    approval_scope = models.TextField(_("alcance aprobado"), blank=True)
    approval_conditions = models.TextField(_("condiciones de la aprobación"), blank=True)
    approved_at = models.DateTimeField(_("aprobado el"), null=True, blank=True)
    expires_on = models.DateField(_("vence el"), null=True, blank=True)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["system__name", "-created", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["system", "artefact_hash"], name="unique_system_artefact"
            )
        ]
        verbose_name = _("versión de sistema")
        verbose_name_plural = _("versiones de sistema")

    def __str__(self) -> str:
        return f"{self.system.name}@{self.version}"

    @property
    def short_hash(self) -> str:
        return self.artefact_hash[:12]

    @property
    def ref(self) -> str:
        """Stable reference used in the audit log."""
        return f"ai-system:{self.system.name}@{self.artefact_hash}"

    def is_expired(self, today: date | None = None) -> bool:
        """An approval past its expiry date stops counting, whatever the stored state says."""
        today = today or timezone.localdate()
        return self.expires_on is not None and self.expires_on < today

    def latest_dpia(self) -> DPIA | None:
        return self.dpias.order_by("-created", "-pk").first()


class Transition(models.Model):
    """Who moved a version from one state to another, when and why (the approval history)."""

    version = models.ForeignKey(SystemVersion, on_delete=models.CASCADE, related_name="history")
    action = models.CharField(_("acción"), max_length=32)
    from_state = models.CharField(_("estado previo"), max_length=24, choices=State.choices)
    to_state = models.CharField(_("estado nuevo"), max_length=24, choices=State.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("actor"),
    )
    reasons = models.TextField(_("motivos"))
    data = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(_("fecha"), default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("transición")
        verbose_name_plural = _("transiciones")

    def __str__(self) -> str:
        return f"{self.version} {self.from_state}→{self.to_state}"


class Vote(models.Model):
    """One committee member's vote on one round of a version's request."""

    version = models.ForeignKey(SystemVersion, on_delete=models.CASCADE, related_name="votes")
    round = models.PositiveSmallIntegerField()
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    in_favour = models.BooleanField(_("a favor"))
    reasons = models.TextField(_("motivos"), blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "round", "member"], name="one_vote_per_member_per_round"
            )
        ]
        verbose_name = _("voto")
        verbose_name_plural = _("votos")


class DPIA(models.Model):
    """A data-protection impact assessment answered from the YAML questionnaire."""

    version = models.ForeignKey(SystemVersion, on_delete=models.CASCADE, related_name="dpias")
    questionnaire = models.CharField(_("cuestionario"), max_length=32)
    answers = models.JSONField(_("respuestas"))
    score = models.PositiveIntegerField(_("puntaje"))
    max_score = models.PositiveIntegerField(_("puntaje máximo"))
    level = models.CharField(_("nivel de riesgo"), max_length=16)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("evaluación de impacto (EIPD)")
        verbose_name_plural = _("evaluaciones de impacto (EIPD)")


class TrainingRecord(models.Model):
    """Proof that a person completed AI-literacy training; staff may use AI only while one is
    current (see :func:`sufragio.governance.training.user_may_use_ai`)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="ai_training"
    )
    course = models.CharField(_("curso"), max_length=200)
    completed_on = models.DateField(_("completado el"))
    expires_on = models.DateField(_("vence el"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("registrado por"),
    )
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-completed_on", "-pk"]
        indexes = [models.Index(fields=["user", "expires_on"])]
        verbose_name = _("registro de capacitación en IA")
        verbose_name_plural = _("registros de capacitación en IA")

    def __str__(self) -> str:
        return f"{self.user} · {self.course} · {self.completed_on}"
