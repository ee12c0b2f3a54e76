"""Web pages of the `governance` app: the staff registry and the public transparency register."""

from django.urls import path

from sufragio.governance import views

app_name = "governance"
urlpatterns = [
    path("", views.system_list, name="index"),
    path("registro/", views.public_register, name="register"),
    path("sistemas/<slug:name>/", views.system_detail, name="system"),
    path("sistemas/<slug:name>/<int:pk>/eipd/", views.dpia_form, name="dpia"),
    path(
        "sistemas/<slug:name>/<int:pk>/<str:action>/",
        views.version_action,
        name="action",
    ),
]
