"""Tables of the letter pipeline: letters as received, folio counters, and the AI outputs.

The AI outputs (:class:`TriageRecord`, :class:`DraftRecord`) live in their own tables and are never
edited: the review desk stores what a person changes elsewhere, so what the machine proposed and
what a lawyer decided can always be told apart. Each output carries its ``provenance`` (which
approved system and artefact produced it).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    """Where a letter is: the pipeline's states, then the review desk's. Every change goes through
    ``sufragio.review.workflow.transition``, which holds the table of allowed moves."""

    RECEIVED = "received", _("recibida")
    TRIAGED = "triaged", _("clasificada")
    DRAFTED = "drafted", _("con borrador")
    NEEDS_MANUAL_TRIAGE = "needs_manual_triage", _("requiere clasificación manual")
    NEEDS_MANUAL_HANDLING = "needs_manual_handling", _("requiere atención manual")
    IN_REVIEW = "in_review", _("en revisión")
    RETURNED = "returned", _("devuelta")
    APPROVED = "approved", _("aprobada")
    SENT = "sent", _("enviada")


class Channel(models.TextChoices):
    FILE = "file", _("archivo")
    EMAIL = "email", _("correo electrónico")
    UPLOAD = "upload", _("carga web")
    API = "api", _("API")


class FolioCounter(models.Model):
    """Last folio sequence number handed out in one year (one row per year)."""

    year = models.PositiveIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("contador de folios")


class Letter(models.Model):
    """One letter as received: where the original bytes are, its text and where it stands."""

    folio = models.CharField(_("folio"), max_length=64, unique=True)
    received = models.DateTimeField(_("recibida el"), db_index=True)
    channel = models.CharField(_("canal"), max_length=16, choices=Channel.choices)
    original_name = models.CharField(_("nombre del archivo"), max_length=255, blank=True)
    media_type = models.CharField(_("tipo de archivo"), max_length=100, blank=True)
    #: SHA-256 of the original bytes; also their address under $SUFRAGIO_HOME/letters/.
    sha256 = models.CharField(max_length=64, unique=True)
    size = models.PositiveBigIntegerField(_("tamaño en bytes"))
    text = models.TextField(_("texto extraído"), blank=True)
    language = models.CharField(_("idioma"), max_length=8, blank=True)
    pages = models.PositiveIntegerField(_("páginas"), default=0)
    ocr_pages = models.PositiveIntegerField(_("páginas leídas con OCR"), default=0)
    redacted_text = models.TextField(_("texto testado"), blank=True)
    #: [{type, start, end, score}] offsets into ``text``; never the values themselves.
    entities = models.JSONField(_("datos personales detectados"), default=list, blank=True)
    redaction_provenance = models.JSONField(default=list, blank=True)
    status = models.CharField(
        _("estado"), max_length=32, choices=Status.choices, default=Status.RECEIVED, db_index=True
    )
    #: Why a person must look at the letter, in plain Spanish; empty when nothing is needed.
    reason = models.TextField(_("motivo"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("cargada por"),
    )
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-received", "-pk"]
        verbose_name = _("carta")
        verbose_name_plural = _("cartas")

    def __str__(self) -> str:
        return self.folio

    @property
    def ref(self) -> str:
        """Identifier used in the audit log (never personal data)."""
        return f"letter:{self.folio}"

    def latest_triage(self) -> TriageRecord | None:
        return self.triages.order_by("-created", "-pk").first()

    def latest_draft(self) -> DraftRecord | None:
        return self.drafts.order_by("-created", "-pk").first()


class TriageRecord(models.Model):
    """What the triage classifier proposed for a letter (immutable AI output)."""

    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="triages")
    category = models.CharField(_("categoría"), max_length=64)
    confidence = models.FloatField(_("confianza"))
    unit = models.CharField(_("unidad"), max_length=200, blank=True)
    unit_code = models.CharField(_("clave de unidad"), max_length=32, blank=True)
    deadline_business_days = models.PositiveIntegerField(_("plazo en días hábiles"), null=True)
    needs_manual_triage = models.BooleanField(_("requiere clasificación manual"), default=False)
    secondary = models.JSONField(default=list, blank=True)
    urgency_flags = models.JSONField(default=list, blank=True)
    #: The classifier's own account: deciding terms, nearest training letters, probabilities.
    explanation = models.JSONField(_("explicación"), default=dict, blank=True)
    provenance = models.JSONField(default=list)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("clasificación propuesta")


class DraftRecord(models.Model):
    """The draft reply the drafter proposed, with the articles it cites (immutable AI output)."""

    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="drafts")
    text = models.TextField(_("borrador"))
    #: [{law, article, heading, score}] as retrieved and cited.
    citations = models.JSONField(default=list, blank=True)
    template_id = models.CharField(max_length=64, blank=True)
    template_version = models.CharField(max_length=64, blank=True)
    generator = models.CharField(max_length=64, blank=True)
    provenance = models.JSONField(default=list)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("borrador propuesto")


class ApiToken(models.Model):
    """A staff member's token for `POST /api/inbox/letters` from scanners and mail gateways.

    Only the SHA-256 of the token is kept, so a copy of the database does not leak usable tokens.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    token_hash = models.CharField(max_length=64, unique=True)
    label = models.CharField(_("etiqueta"), max_length=100, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("token de API")
