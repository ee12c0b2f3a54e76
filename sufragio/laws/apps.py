"""Django app configuration: the legal corpus and article search."""

from django.apps import AppConfig


class LawsConfig(AppConfig):
    name = "sufragio.laws"
    label = "laws"
    verbose_name = "Laws"
