"""`sufragio init [--demo]`: prepare a home so that every other command works (idempotent)."""

from __future__ import annotations

from importlib import import_module

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from sufragio import conf
from sufragio.web.demo import DEMO_ACCOUNTS, ensure_demo_accounts

#: Steps run by every init, in order; each is "module:function" and must be idempotent.
INIT_STEPS: tuple[str, ...] = (
    "sufragio.laws.bootstrap:load_bundled_corpus",
    "sufragio.governance.bootstrap:ensure_role_groups",
    "sufragio.governance.bootstrap:register_bundled_components",
)
#: Extra steps for --demo, after the accounts exist.
DEMO_STEPS: tuple[str, ...] = (
    "sufragio.governance.demo:approve_bundled_components",
    "sufragio.governance.demo:record_demo_training",
    "sufragio.inquiries.demo:ingest_demo_letters",
    "sufragio.review.demo:prepare_review_desk",
)
#: Steps after everything else, so that they cover what the others did.
FINAL_STEPS: tuple[str, ...] = ("sufragio.audit.checkpoints:ensure_checkpoint",)


def _run(step: str) -> str:
    module, func = step.split(":")
    result = getattr(import_module(module), func)()
    return str(result) if result is not None else "ok"


class Command(BaseCommand):
    help = "Prepare a home: migrations, bundled data and, with --demo, demo accounts and data."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--demo", action="store_true", help="also create demo accounts and data"
        )

    def handle(self, *args: object, demo: bool = False, **options: object) -> None:
        self.stdout.write(f"Home: {conf.get('SUFRAGIO_HOME')}")
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("  migraciones aplicadas")
        steps = INIT_STEPS
        if demo:
            credentials = ensure_demo_accounts()
            steps += DEMO_STEPS
        for step in steps + FINAL_STEPS:
            self.stdout.write(f"  {step.split(':')[1]}: {_run(step)}")
        if not demo:
            return
        self.stdout.write(self.style.WARNING("\nCuentas de demostración (solo para pruebas):"))
        for username, (_groups, _su, description) in DEMO_ACCOUNTS.items():
            self.stdout.write(f"  {username} / {credentials[username]}   ({description})")
