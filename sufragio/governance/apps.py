"""Django app configuration: the AI-system registry, approval workflow and runtime gate."""

from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    name = "sufragio.governance"
    label = "governance"
    verbose_name = "Governance"
