"""Web pages of the `review` app (mounted at /revision/)."""

from django.urls import path

from sufragio.review import views

app_name = "review"
urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("asignar/", views.assign, name="assign"),
    path("tablero/", views.dashboard, name="dashboard"),
    path("<int:pk>/", views.letter, name="letter"),
    path("<int:pk>/cambios/", views.changes, name="changes"),
    path("<int:pk>/original/", views.original, name="original"),
    path("<int:pk>/respuesta.<str:fmt>", views.export, name="export"),
    path("<int:pk>/<slug:action>/", views.act, name="act"),
]
