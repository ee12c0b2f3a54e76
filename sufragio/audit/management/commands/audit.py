"""`sufragio audit checkpoint|verify|proof`: sign, check and prove the audit log by hand or cron."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sufragio.audit.checkpoints import checkpoint_dict, create_checkpoint
from sufragio.audit.log import AuditIntegrityError
from sufragio.audit.models import AuditEntry
from sufragio.audit.proofs import inclusion_proof
from sufragio.audit.verify import verify_and_store


class Command(BaseCommand):
    help = "Audit log: sign a checkpoint, verify the whole log, or prove one entry's inclusion."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        sub.add_parser("checkpoint", help="sign (tree size, root) now and print it as JSON")
        verify = sub.add_parser("verify", help="recompute and check everything; exit 1 if broken")
        verify.add_argument("--json", action="store_true", help="print the report as JSON")
        proof = sub.add_parser("proof", help="inclusion proof of one entry, verified")
        proof.add_argument("entry_id", type=int, help="entry number (seq)")
        proof.add_argument("--json", action="store_true", help="print the proof as JSON")

    def handle(self, *args: object, subcommand: str, **options: object) -> None:
        if subcommand == "checkpoint":
            self._checkpoint()
        elif subcommand == "verify":
            self._verify(bool(options["json"]))
        else:
            self._proof(int(options["entry_id"]), bool(options["json"]))  # type: ignore[call-overload]

    def _checkpoint(self) -> None:
        try:
            checkpoint = create_checkpoint()
        except AuditIntegrityError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(json.dumps(checkpoint_dict(checkpoint), indent=2))

    def _verify(self, as_json: bool) -> None:
        report, _run = verify_and_store()
        if as_json:
            self.stdout.write(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
        elif report.ok:
            self.stdout.write(
                self.style.SUCCESS(
                    f"OK: {report.tree_size} entries, root {report.root_hash}, "
                    f"{report.checkpoints} checkpoints, {report.seconds:.1f} s"
                )
            )
        else:
            for problem in report.problems:
                self.stderr.write(f"  {problem}")
        if not report.ok:
            raise CommandError(
                f"audit log FAILED verification ({report.problem_count} problems); "
                f"first: {report.problems[0]}"
            )

    def _proof(self, seq: int, as_json: bool) -> None:
        try:
            proof = inclusion_proof(seq)
        except AuditEntry.DoesNotExist as exc:
            raise CommandError(f"entry {seq} does not exist") from exc
        except AuditIntegrityError as exc:
            raise CommandError(f"cannot build a proof for entry {seq}: {exc}") from exc
        if as_json:
            self.stdout.write(json.dumps(proof, indent=2, ensure_ascii=False))
        else:
            anchor = proof["anchor"]["kind"]
            self.stdout.write(
                f"entry {seq} in tree of {proof['tree_size']} ({anchor}), root {proof['root_hash']}"
            )
            for node in proof["path"]:
                self.stdout.write(f"  {node}")
        if not proof["verified"]:
            raise CommandError(f"proof for entry {seq} does NOT verify: {proof['problem']}")
