"""Record sign-ins and sign-outs: who entered the system is part of the accountability trail."""

from __future__ import annotations

from typing import Any

from sufragio.audit.log import record


def on_login(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    """``user_logged_in`` receiver."""
    record(user.get_username(), "auth.login", f"user:{user.pk}")


def on_logout(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    """``user_logged_out`` receiver; ``user`` is None when the session was already anonymous."""
    if user is None:
        return
    record(user.get_username(), "auth.logout", f"user:{user.pk}")
