"""The JSON API (django-ninja), with its OpenAPI schema at /api/openapi.json and docs at /api/docs.

Each domain app contributes one router from its own ``api.py``.
"""

from ninja import NinjaAPI

from sufragio.audit.api import router as audit_router
from sufragio.governance.api import router as governance_router
from sufragio.inquiries.api import router as inquiries_router
from sufragio.laws.api import router as laws_router
from sufragio.privacy.api import router as privacy_router
from sufragio.review.api import router as review_router

api = NinjaAPI(
    title="sufragio API",
    version="0.1.0",
    description=(
        "Legal search, redaction, letter intake and AI governance for electoral authorities."
    ),
    urls_namespace="api",
)
api.add_router("/laws/", laws_router)
api.add_router("/privacy/", privacy_router)
api.add_router("/inbox/", inquiries_router)
api.add_router("/governance/", governance_router)
api.add_router("/audit/", audit_router)
api.add_router("/review/", review_router)
