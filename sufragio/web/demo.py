"""Demo accounts for `sufragio init --demo`: one per role, with passwords kept in the home.

Passwords are random per home (never a well-known default), stored in
``$SUFRAGIO_HOME/demo_credentials.json`` so that `make run` can print them again on every start.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from sufragio import conf

#: username -> (groups, is_superuser, description shown to the person trying the demo)
DEMO_ACCOUNTS: dict[str, tuple[tuple[str, ...], bool, str]] = {
    "admin": ((), True, "administrador (todo)"),
    "solicitante": (("unit_requester",), False, "unidad que solicita aprobar sistemas de IA"),
    "ggtic": (("ggtic",), False, "GGTIC: opinión técnica sobre sistemas de IA"),
    "comite1": (("committee",), False, "integrante del comité de IA (vota)"),
    "comite2": (("committee",), False, "integrante del comité de IA (vota)"),
    "comite3": (("committee",), False, "integrante del comité de IA (vota)"),
    "presidencia": (("committee_chair",), False, "presidencia del comité de IA (cierra votos)"),
    "gobernanza": (("admin",), False, "administración de IA: suspensiones y capacitación"),
    "revisora": (("reviewer",), False, "área jurídica: revisa, corrige y aprueba respuestas"),
    "supervisora": (("supervisor",), False, "supervisión jurídica: reasigna y aprueba sensibles"),
    "unidad_derfe": (("unit_staff",), False, "personal de la DERFE: solo cartas de su unidad"),
}


def credentials_path() -> Path:
    """Where the demo passwords of this home are kept."""
    return Path(conf.get("SUFRAGIO_HOME")) / "demo_credentials.json"


def ensure_demo_accounts() -> dict[str, str]:
    """Create missing demo accounts (idempotent) and return username -> password."""
    path = credentials_path()
    stored: dict[str, str] = json.loads(path.read_text()) if path.exists() else {}
    user_model = get_user_model()
    for username, (groups, is_superuser, _description) in DEMO_ACCOUNTS.items():
        password = stored.get(username) or secrets.token_urlsafe(9)
        user, created = user_model.objects.get_or_create(username=username)
        if created or not user.check_password(password):
            user.set_password(password)
        user.is_superuser = is_superuser
        user.is_staff = is_superuser
        user.save()
        for group_name in groups:
            user.groups.add(Group.objects.get_or_create(name=group_name)[0])
        stored[username] = password
    path.write_text(json.dumps(stored, indent=2))
    path.chmod(0o600)
    return stored
