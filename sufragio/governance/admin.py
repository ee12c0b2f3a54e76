"""Django admin for the registry's descriptive fields and for AI-literacy training records.

States, votes, history and DPIAs are read-only here: they change only through the workflow, so
the admin can never approve a system or rewrite how it was approved.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from sufragio.governance import roles
from sufragio.governance.models import AISystem, SystemVersion, TrainingRecord, Transition
from sufragio.governance.training import audit_training


class VersionInline(admin.TabularInline):
    model = SystemVersion
    fields = ("version", "artefact_hash", "state", "expires_on")
    readonly_fields = ("state", "expires_on")
    extra = 0
    can_delete = False


@admin.register(AISystem)
class AISystemAdmin(admin.ModelAdmin):
    list_display = ("name", "system_type", "owner_unit", "risk_level", "personal_data")
    search_fields = ("name", "purpose", "owner_unit")
    inlines = [VersionInline]


@admin.register(Transition)
class TransitionAdmin(admin.ModelAdmin):
    list_display = ("version", "action", "from_state", "to_state", "actor", "at")
    list_filter = ("action",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(TrainingRecord)
class TrainingRecordAdmin(admin.ModelAdmin):
    """Governance admins record who completed AI-literacy training; each record is audited."""

    list_display = ("user", "course", "completed_on", "expires_on", "recorded_by")
    list_filter = ("course",)
    search_fields = ("user__username", "course")
    fields = ("user", "course", "completed_on", "expires_on")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return roles.ADMIN in roles.roles_of(request.user)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return roles.ADMIN in roles.roles_of(request.user)

    def save_model(
        self, request: HttpRequest, obj: TrainingRecord, form: Any, change: bool
    ) -> None:
        obj.recorded_by = request.user
        super().save_model(request, obj, form, change)
        audit_training(obj)
