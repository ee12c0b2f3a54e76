"""Who may read the audit log: staff, or members of the "auditor" or "admin" groups.

The log names users and objects, so it is not for every signed-in person; one predicate serves
the web pages and the API so that the two cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

AUDIT_GROUPS = ("auditor", "admin")


def can_audit(user: Any) -> bool:
    """True for staff and for members of an audit group."""
    if not user.is_authenticated:
        return False
    return bool(user.is_staff or user.groups.filter(name__in=AUDIT_GROUPS).exists())


def auditor_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Send anonymous users to sign in; refuse (403) signed-in users without audit rights."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not can_audit(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
