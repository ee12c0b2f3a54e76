"""Django app configuration: letter intake, triage, drafting and the review desk."""

from django.apps import AppConfig


class InquiriesConfig(AppConfig):
    name = "sufragio.inquiries"
    label = "inquiries"
    verbose_name = "Inquiries"
