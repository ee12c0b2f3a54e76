import json

import pytest
from django.test import Client


@pytest.fixture
def client():
    return Client()


def post(client, body):
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return client.post("/api/privacy/redact", data=data, content_type="application/json")


def test_redact_returns_offsets_but_never_values(client):
    response = post(client, {"text": "Soy Ana María Gómez Ruiz, CURP VICR850503MDFLRS06"})
    assert response.status_code == 200
    body = response.json()
    assert body["redacted_text"] == "Soy [NOMBRE], CURP [CURP]"
    assert [e["type"] for e in body["entities"]] == ["PERSON", "CURP"]
    assert set(body["entities"][0]) == {"type", "start", "end", "score"}
    assert "VICR850503MDFLRS06" not in response.content.decode()


def test_operator_choice(client):
    body = post(client, {"text": "CURP VICR850503MDFLRS06", "operator": "mask"}).json()
    assert body["redacted_text"] == "CURP " + "*" * 18


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"\xff\xfe not json", "JSON object"),
        ([1, 2], "JSON object"),
        ({"txt": "hola"}, '"text" is required'),
        ({"text": 5}, '"text" is required'),
        ({"text": "hola", "operator": "shred"}, '"operator" must be one of'),
    ],
)
def test_bad_input_is_a_clear_400(client, body, message):
    response = post(client, body)
    assert response.status_code == 400
    assert message in response.json()["detail"]
