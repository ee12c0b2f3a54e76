"""Web pages of the `inquiries` app: the letter list, upload and a letter's detail."""

from django.urls import path

from sufragio.inquiries import views

app_name = "inquiries"
urlpatterns = [
    path("", views.letter_list, name="list"),
    path("subir/", views.upload, name="upload"),
    path("<int:pk>/", views.detail, name="detail"),
]
