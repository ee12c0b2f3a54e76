"""Django app configuration: personal-data detection and redaction."""

from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "sufragio.privacy"
    label = "privacy"
    verbose_name = "Privacy"
