"""The legal corpus in the database: laws and their articles, for browsing, citing and joins.

The bundled JSONL corpus is the source of truth; `sufragio laws load` mirrors it here so that
letters can reference articles with foreign keys and the web can browse by heading.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Law(models.Model):
    """One law of the corpus, identified by its short code (e.g. ``LGIPE``)."""

    code = models.CharField(_("clave"), max_length=16, unique=True)
    name = models.CharField(_("nombre"), max_length=300)
    last_reform = models.DateField(_("última reforma"))
    last_reform_label = models.CharField(_("leyenda de reforma"), max_length=120)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]
        verbose_name = _("ley")
        verbose_name_plural = _("leyes")

    def __str__(self) -> str:
        return self.code


class Article(models.Model):
    """One article as printed. Transitory articles repeat numbers, so the decree is in the key."""

    law = models.ForeignKey(Law, on_delete=models.CASCADE, related_name="articles")
    article = models.CharField(_("artículo"), max_length=24)
    number = models.PositiveIntegerField()
    suffix = models.CharField(max_length=16, blank=True)
    transitory = models.BooleanField(_("transitorio"), default=False)
    decree = models.CharField(_("decreto"), max_length=300, blank=True)
    heading = models.JSONField(_("encabezados"), default=list)
    paragraphs = models.JSONField(_("párrafos"), default=list)
    notes = models.JSONField(_("notas de reforma"), default=list)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["law__position", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["law", "article", "transitory", "decree"], name="unique_article_per_decree"
            )
        ]
        indexes = [models.Index(fields=["law", "article"])]
        verbose_name = _("artículo")
        verbose_name_plural = _("artículos")

    def __str__(self) -> str:
        return f"{self.law.code} {self.article}"

    @property
    def text(self) -> str:
        """The article's text, one paragraph per line."""
        return "\n".join(self.paragraphs)
