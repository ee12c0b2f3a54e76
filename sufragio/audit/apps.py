"""Django app configuration: the tamper-evident, Merkle-tree audit log."""

from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "sufragio.audit"
    label = "audit"
    verbose_name = "Audit"

    def ready(self) -> None:
        """Connect the sign-in/sign-out receivers (unique ids: ready() may run more than once)."""
        from django.contrib.auth.signals import user_logged_in, user_logged_out

        from sufragio.audit import signals

        user_logged_in.connect(signals.on_login, dispatch_uid="audit.on_login")
        user_logged_out.connect(signals.on_logout, dispatch_uid="audit.on_logout")
