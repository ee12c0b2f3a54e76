"""Web pages of the `laws` app: browse laws by heading, read an article, search."""

from django.urls import path

from sufragio.laws import views

app_name = "laws"
urlpatterns = [
    path("", views.index, name="index"),
    path("buscar/", views.search, name="search"),
    path("<str:law>/", views.law_detail, name="law"),
    path("<str:law>/<str:article>/", views.article_detail, name="article"),
]
