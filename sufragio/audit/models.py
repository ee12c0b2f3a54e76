"""Tables of the audit log: entries, stored subtree hashes, the append head, checkpoints, runs.

Entries, nodes and checkpoints are append-only at the ORM level (saving an existing row, updating
or deleting raise). That stops honest code from rewriting history by accident; a deliberate edit
through SQL is what ``sufragio audit verify`` exists to catch.
"""

from __future__ import annotations

from typing import Any, NoReturn

from django.db import models
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(Exception):
    """Raised when code tries to change or remove an audit record."""


class AppendOnlyQuerySet(models.QuerySet):
    """Bulk ``update()`` and ``delete()`` would bypass the per-instance guards, so forbid them."""

    def update(self, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError(f"{self.model.__name__} rows are append-only")

    def delete(self) -> NoReturn:
        raise AppendOnlyError(f"{self.model.__name__} rows are append-only")


class AppendOnlyModel(models.Model):
    """Base for rows that may be inserted once and never changed."""

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnlyError(f"{type(self).__name__} {self.pk} is append-only")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError(f"{type(self).__name__} {self.pk} is append-only")


class AuditEntry(AppendOnlyModel):
    """One recorded action. ``canonical`` is the authoritative text; the other columns mirror it
    for querying and display, and ``verify`` checks that they agree with it."""

    seq = models.PositiveBigIntegerField(_("número"), primary_key=True)
    time = models.DateTimeField(_("fecha y hora"))
    actor = models.CharField(_("actor"), max_length=150)
    action = models.CharField(_("acción"), max_length=64)
    object_ref = models.CharField(_("objeto"), max_length=255, blank=True)
    before_hash = models.CharField(_("hash previo"), max_length=64, null=True, blank=True)
    after_hash = models.CharField(_("hash posterior"), max_length=64, null=True, blank=True)
    canonical = models.TextField(_("JSON canónico"))
    leaf_hash = models.CharField(_("hash de hoja"), max_length=64)
    chain_hash = models.CharField(_("hash encadenado"), max_length=64)

    class Meta:
        ordering = ["seq"]
        verbose_name = _("entrada de auditoría")
        verbose_name_plural = _("entradas de auditoría")

    def __str__(self) -> str:
        return f"#{self.seq} {self.action} {self.object_ref}"


class MerkleNode(AppendOnlyModel):
    """Hash of a complete subtree (``level`` >= NODE_MIN_LEVEL) so proofs never rehash the log."""

    level = models.PositiveSmallIntegerField()
    position = models.PositiveBigIntegerField()
    hash = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["level", "position"], name="audit_node_level_position")
        ]


class AuditHead(models.Model):
    """The single mutable row: size, last chain hash, last time and frontier of the log.

    Appends lock this row, which serialises them (so ``seq`` has no gaps) and lets an append
    extend the tree in O(log n) without reading earlier entries.
    """

    size = models.PositiveBigIntegerField(default=0)
    chain_hash = models.CharField(max_length=64, default="0" * 64)
    last_time = models.CharField(max_length=32, blank=True)
    frontier = models.TextField(blank=True)


class Checkpoint(AppendOnlyModel):
    """A signed statement of (tree size, root) at a moment, with the key that signed it."""

    tree_size = models.PositiveBigIntegerField()
    root_hash = models.CharField(max_length=64)
    time = models.CharField(max_length=32)
    statement = models.TextField()
    signature = models.CharField(max_length=128)
    public_key = models.CharField(max_length=64)

    class Meta:
        ordering = ["id"]
        get_latest_by = "id"


class VerificationRun(models.Model):
    """Outcome of one full verification, shown on the audit page without re-running it."""

    time = models.DateTimeField(auto_now_add=True)
    ok = models.BooleanField()
    tree_size = models.PositiveBigIntegerField()
    root_hash = models.CharField(max_length=64, blank=True)
    first_problem = models.TextField(blank=True)
    problem_count = models.PositiveIntegerField(default=0)
    seconds = models.FloatField()

    class Meta:
        ordering = ["-id"]
        get_latest_by = "id"
