"""Real citations from the bundled legal corpus, and a tiny OpenAI-compatible HTTP server.

The server is a real socket on 127.0.0.1 answering /v1/chat/completions with whatever completion
a test queues, so the drafter's HTTP client and grounding checks run unmodified.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sufragio.inquiries.drafting import Citation

ARTICLES = Path(__file__).resolve().parents[3] / "sufragio" / "laws" / "data" / "articles.jsonl"


@cache
def _corpus() -> dict[tuple[str, str], dict]:
    rows = (json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines())
    return {(r["law"], r["article"]): r for r in rows if not r["transitory"]}


def citation(law: str, article: str, paragraph: int = 0) -> Citation:
    """A Citation built from the real article text, as the retrieval step would pass it."""
    row = _corpus()[(law, article)]
    return Citation(law, article, " › ".join(row["heading"]), row["paragraphs"][paragraph])


class FakeEndpoint:
    """Queue of canned completions plus the requests received, for assertions."""

    def __init__(self) -> None:
        self.replies: list[str | bytes] = []
        self.requests: list[dict] = []
        self.url = ""


@pytest.fixture(scope="session")
def endpoint() -> Iterator[FakeEndpoint]:
    state = FakeEndpoint()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers["Content-Length"])
            state.requests.append({"path": self.path, "body": json.loads(self.rfile.read(length))})
            reply = state.replies.pop(0)
            body = (
                reply
                if isinstance(reply, bytes)
                else json.dumps(
                    {"choices": [{"message": {"role": "assistant", "content": reply}}]}
                ).encode()
            )
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    yield state
    server.shutdown()
    server.server_close()
