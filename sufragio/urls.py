"""Top-level URL map: each domain app owns its pages and its API router."""

from django.contrib import admin
from django.urls import include, path

from sufragio.api import api

urlpatterns = [
    path("", include("sufragio.web.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("cuentas/", include("django.contrib.auth.urls")),
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("leyes/", include("sufragio.laws.urls")),
    path("privacidad/", include("sufragio.privacy.urls")),
    path("cartas/", include("sufragio.inquiries.urls")),
    path("revision/", include("sufragio.review.urls")),
    path("gobernanza/", include("sufragio.governance.urls")),
    path("auditoria/", include("sufragio.audit.urls")),
]
