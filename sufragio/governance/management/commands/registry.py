"""`sufragio registry list|show|suspend`: the AI registry from the command line, including the
emergency kill switch."""

from __future__ import annotations

import json
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from sufragio.audit.log import record
from sufragio.governance import workflow
from sufragio.governance.export import system_dict
from sufragio.governance.models import AISystem, State


class Command(BaseCommand):
    help = "AI registry: list systems, show one, suspend one at once (kill switch)."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        listing = sub.add_parser("list", help="every system with its versions and states")
        listing.add_argument("--json", action="store_true", dest="as_json")
        show = sub.add_parser("show", help="one system's registry entry and history")
        show.add_argument("name")
        show.add_argument("--json", action="store_true", dest="as_json")
        suspend = sub.add_parser(
            "suspend", help="suspend every approved version of a system, effective immediately"
        )
        suspend.add_argument("name")
        suspend.add_argument("--reason", required=True, help="why (kept in the history)")
        suspend.add_argument(
            "--by", required=True, help="username holding the admin or committee_chair role"
        )

    def handle(self, *args: Any, action: str, **opts: Any) -> None:
        try:
            getattr(self, f"_{action}")(**opts)
        except workflow.WorkflowError as exc:
            raise CommandError(str(exc)) from None

    def _list(self, as_json: bool = False, **opts: Any) -> None:
        rows = [
            {
                "name": s.name,
                "version": v.version,
                "artefact_hash": v.artefact_hash,
                "status": v.state,
                "expired": v.is_expired(),
            }
            for s in AISystem.objects.prefetch_related("versions")
            for v in s.versions.all()
        ]
        if as_json:
            self._export(rows, "registry")
            return
        for row in rows:
            flag = " (vencida)" if row["status"] == State.APPROVED and row["expired"] else ""
            self.stdout.write(f"{row['name']:<24} {row['version']:<28} {row['status']}{flag}")

    def _show(self, name: str, as_json: bool = False, **opts: Any) -> None:
        data = system_dict(self._system(name), history=True)
        if as_json:
            self._export(data, f"ai-system:{name}")
            return
        self.stdout.write(f"{data['name']} — {data['purpose']}")
        for v in data["versions"]:
            self.stdout.write(f"  {v['version']}  {v['state']}  vence: {v['expires_on'] or '-'}")
            for t in v["history"]:
                self.stdout.write(f"    {t['at']}  {t['by']}: {t['from']} → {t['to']}")

    def _suspend(self, name: str, reason: str, by: str, **opts: Any) -> None:
        system = self._system(name)
        try:
            user = get_user_model().objects.get(username=by)
        except get_user_model().DoesNotExist:
            raise CommandError(f"no existe la cuenta «{by}»") from None
        approved = list(system.versions.filter(state=State.APPROVED))
        if not approved:
            raise CommandError(f"«{name}» no tiene versiones aprobadas que suspender")
        for version in approved:
            workflow.suspend(version, user, reason)
            self.stdout.write(f"suspendido: {name}@{version.version}")

    def _system(self, name: str) -> AISystem:
        try:
            return AISystem.objects.get(name=name)
        except AISystem.DoesNotExist:
            raise CommandError(f"no hay un sistema «{name}» en el registro") from None

    def _export(self, data: Any, ref: str) -> None:
        """Machine-readable output leaves the system: it is recorded like any other export."""
        record("cli", "governance.export", ref)
        self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
