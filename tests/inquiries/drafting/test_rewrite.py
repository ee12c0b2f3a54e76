"""Model rewrites go through a real HTTP socket and are kept only when fully grounded."""

from __future__ import annotations

import socket
from datetime import date

import pytest

from sufragio.inquiries.drafting import Drafter, get_drafter

from .conftest import FakeEndpoint, citation
from .test_drafter import ARCO_LETTER, FOLIO, triage_for

CITATIONS = [citation("LGPDPPSO", "45"), citation("CPEUM", "16", 1)]
BODY = "Su petición se tramitará como solicitud de ejercicio de derechos"


def _draft(url: str):
    drafter = Drafter(get_drafter().bank, version="test", llm_url=url, llm_model="tiny")
    return drafter.draft(
        folio=FOLIO,
        received=date(2026, 11, 20),
        redacted_text=ARCO_LETTER,
        triage=triage_for("datos_personales_arco"),
        citations=CITATIONS,
        dated=date(2026, 11, 23),
    )


@pytest.fixture
def template_text(endpoint: FakeEndpoint) -> str:
    return _draft("").text  # no endpoint: the plain template draft


def test_grounded_rewrite_is_accepted(endpoint: FakeEndpoint, template_text: str) -> None:
    polished = template_text.replace(
        BODY, "Le informamos que su petición será atendida como solicitud de ejercicio de derechos"
    )
    endpoint.replies.append(polished)
    draft = _draft(endpoint.url)
    assert draft.generator == "llm:tiny"
    assert draft.rejected_rewrite is None
    assert draft.text == polished
    request = endpoint.requests[-1]
    assert request["path"] == "/v1/chat/completions"
    assert request["body"]["model"] == "tiny"
    sent = " ".join(m["content"] for m in request["body"]["messages"])
    assert "Solicito el acceso a todos los datos personales" in sent
    assert CITATIONS[0].text in sent


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (lambda t: t.replace(BODY, "Conforme al artículo 99 de la LGIPE, " + BODY), "LGIPE"),
        (lambda t: t.replace(BODY, "Conforme al artículo 46 de la LGPDPPSO, " + BODY), "46"),
        (lambda t: t.replace(FOLIO, "INE/DJ/2026/000043"), "omite"),
        (lambda t: t.replace("{{destinatario}}", "C. Juan Pérez"), "destinatario"),
        (lambda t: t.replace("20 días hábiles", "10 días hábiles"), "cifras"),
        (lambda t: t.replace("20 días hábiles", "quince días hábiles"), "letra"),
        (
            lambda t: t.replace(
                "\n\nArtículo 45", "\n\nEl Instituto responde siempre a tiempo.\n\nArtículo 45"
            ),
            "Fundamento",
        ),
        (lambda t: t.replace("Fundamento legal", "Normativa"), "Fundamento legal"),
        (
            lambda t: t.replace(
                BODY,
                "Como dice la ley, «toda solicitud se resuelve el mismo "
                "día sin costo alguno». " + BODY,
            ),
            "cita textual",
        ),
    ],
)
def test_ungrounded_rewrites_are_rejected(
    endpoint: FakeEndpoint, template_text: str, edit, reason: str
) -> None:
    endpoint.replies.append(edit(template_text))
    draft = _draft(endpoint.url)
    assert draft.generator == "template"
    assert draft.text == template_text
    assert draft.rejected_rewrite is not None and reason in draft.rejected_rewrite


def test_malformed_answer_keeps_the_template(endpoint: FakeEndpoint, template_text: str) -> None:
    endpoint.replies.append(b'{"error": "model not loaded"}')
    draft = _draft(endpoint.url)
    assert (draft.generator, draft.text) == ("template", template_text)
    assert "formato" in draft.rejected_rewrite


def test_unreachable_endpoint_keeps_the_template(template_text: str) -> None:
    with socket.socket() as probe:  # a port nobody listens on once the probe is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    draft = _draft(f"http://127.0.0.1:{port}/v1")
    assert (draft.generator, draft.text) == ("template", template_text)
    assert "sin respuesta" in draft.rejected_rewrite
