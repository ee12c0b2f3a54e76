"""Web pages of the `audit` app."""

from django.urls import path

from sufragio.audit import views

app_name = "audit"
urlpatterns = [
    path("", views.index, name="index"),
    path("verificar", views.verify, name="verify"),
]
