"""Django app configuration: base layout, home page, health check, init and serve commands."""

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "sufragio.web"
    label = "web"
    verbose_name = "Web"
