"""Home page and health check."""

from django.urls import path

from sufragio.web import views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
]
