"""Django app configuration: the review desk, where named people approve every reply."""

from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "sufragio.review"
    label = "review"
    verbose_name = "Review desk"
