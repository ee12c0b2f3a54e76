"""The optional LLM rewriter is an AI system of its own: it runs only once the registry approves it.

A real OpenAI-compatible endpoint on 127.0.0.1 echoes the draft it receives, so the test can tell
whether the pipeline called it at all.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sufragio.governance.bootstrap import register_bundled_components
from sufragio.governance.gate import Component
from sufragio.governance.models import State, SystemVersion
from sufragio.inquiries import pipeline
from sufragio.inquiries.drafting import get_drafter
from sufragio.inquiries.intake.ingest import ingest_bytes
from sufragio.inquiries.models import DraftRecord, Status
from tests.inquiries.approvals import approve

pytestmark = pytest.mark.django_db

LETTER = (
    "Buenas tardes. Perdí mi credencial para votar y solicito saber cómo tramitar la reposición "
    "y si necesito cita en el módulo. Atentamente, Rebeca Solís Ávila."
)


class EchoEndpoint:
    """Answers every chat completion with the draft it was sent, and counts the calls."""

    def __init__(self) -> None:
        self.calls = 0
        self.url = ""


@pytest.fixture
def echo() -> Iterator[EchoEndpoint]:
    state = EchoEndpoint()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            state.calls += 1
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            draft = body["messages"][-1]["content"].split("Borrador:\n", 1)[1]
            reply = json.dumps({"choices": [{"message": {"content": draft}}]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def llm_on(echo: EchoEndpoint, monkeypatch: pytest.MonkeyPatch) -> Iterator[Component]:
    monkeypatch.setenv("SUFRAGIO_LLM_URL", echo.url)
    monkeypatch.setenv("SUFRAGIO_LLM_MODEL", "modelo-local")
    get_drafter.cache_clear()
    pipeline.drafter.cache_clear()
    yield Component("llm-endpoint", get_drafter().rewriter_version, "generator")
    get_drafter.cache_clear()
    pipeline.drafter.cache_clear()


def _draft_of(text: str) -> DraftRecord:
    letter = ingest_bytes(text.encode(), filename="carta.txt", channel="file").letter
    pipeline.process_letters([letter.pk])
    letter.refresh_from_db()
    assert letter.status == Status.DRAFTED, letter.reason
    return DraftRecord.objects.get(letter=letter)


def test_unapproved_rewriter_is_never_called(home, approved, llm_on, echo) -> None:
    draft = _draft_of(LETTER)
    assert echo.calls == 0
    assert draft.generator == "template"
    assert "llm-endpoint" not in [p["system"] for p in draft.provenance]


def test_approved_rewriter_runs_and_is_in_the_provenance(home, approved, llm_on, echo) -> None:
    approve(llm_on)
    draft = _draft_of(LETTER)
    assert echo.calls == 1
    assert draft.generator == "llm:modelo-local"
    assert draft.provenance[-1] == {"system": "llm-endpoint", "version": llm_on.version}


def test_init_registers_a_configured_rewriter_in_draft(home, llm_on) -> None:
    register_bundled_components()
    row = SystemVersion.objects.get(system__name="llm-endpoint")
    assert (row.artefact_hash, row.state) == (llm_on.version, State.DRAFT)
