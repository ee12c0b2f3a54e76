"""`sufragio serve`: serve the web app and API with waitress, a production-grade WSGI server."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandParser

from sufragio import conf


class Command(BaseCommand):
    help = "Serve the web app and API (waitress) on SUFRAGIO_HOST:SUFRAGIO_PORT."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=conf.get("SUFRAGIO_HOST"))
        parser.add_argument("--port", type=int, default=int(conf.get("SUFRAGIO_PORT")))
        parser.add_argument("--threads", type=int, default=8)

    def handle(self, *args: object, host: str, port: int, threads: int, **options: object) -> None:
        from waitress import serve

        from sufragio.wsgi import application

        self.stdout.write(f"sufragio en http://{host}:{port}/  (Ctrl+C para detener)")
        serve(application, host=host, port=port, threads=threads, ident="sufragio")
