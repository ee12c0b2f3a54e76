"""The `sufragio` console command: every job a user runs by hand, as Django management commands.

Each domain app ships its own commands (``sufragio/<app>/management/commands``), so a new job is
one file in the app that owns it. This wrapper only chooses the settings module and prints a short
help that lists sufragio's own jobs first, instead of Django's long list of built-ins.
"""

from __future__ import annotations

import os
import sys

#: Django built-ins worth showing in `sufragio --help`; the rest stay reachable but unlisted.
_BUILTINS_SHOWN = ("migrate", "createsuperuser", "changepassword", "shell", "dbshell", "check")


def _usage() -> str:
    from django.core.management import get_commands, load_command_class

    ours: list[tuple[str, str]] = []
    for name, app in sorted(get_commands().items()):
        if not app.startswith("sufragio") and name not in _BUILTINS_SHOWN:
            continue
        help_text = (load_command_class(app, name).help or "").strip().splitlines()
        ours.append((name, help_text[0] if help_text else ""))
    width = max(len(n) for n, _ in ours)
    lines = [
        "usage: sufragio COMMAND [options]   (sufragio COMMAND --help for details)",
        "",
        "commands:",
        *(f"  {name.ljust(width)}  {text}" for name, text in ours),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `sufragio` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sufragio.settings")
    import django

    django.setup()
    if not args or (args[0] in {"-h", "--help", "help"} and len(args) == 1):
        print(_usage())
        return
    from django.core.management import execute_from_command_line

    execute_from_command_line(["sufragio", *args])


if __name__ == "__main__":
    main()
