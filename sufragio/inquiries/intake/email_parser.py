"""Text of an e-mail letter: subject, body and every attachment, nested messages included.

The body and each attachment become one text, attachments under a header line
("--- Adjunto: nombre ---") so that a reader can tell where each part came from. Attached messages
(message/rfc822) are followed up to ``Limits.max_depth``; every part spends from the letter's
:class:`Budget`, so no nesting trick can make the work unbounded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from html.parser import HTMLParser

from sufragio.inquiries.intake.limits import Budget, LimitExceeded, Unreadable

_HEADER = re.compile(
    rb"^(from|to|subject|date|mime-version|received|message-id|return-path|delivered-to):",
    re.IGNORECASE | re.MULTILINE,
)

#: Extracts an attachment: (bytes, file name, budget, depth) -> (text, ocr pages).
PartReader = Callable[[bytes, str, Budget, int], tuple[str, int]]


def looks_like_email(data: bytes) -> bool:
    """True when the first lines are RFC 5322 headers (two known header names at least)."""
    head = data[:4096].split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    return len({m.group(1).lower() for m in _HEADER.finditer(head)}) >= 2


def email_text(
    data: bytes, budget: Budget, read_part: PartReader, depth: int = 0
) -> tuple[str, int]:
    """(text, OCR pages) of the message in ``data``."""
    message = BytesParser(policy=policy.default).parsebytes(data)
    return _message_text(message, budget, read_part, depth)


def _message_text(
    message: EmailMessage, budget: Budget, read_part: PartReader, depth: int
) -> tuple[str, int]:
    if depth > budget.limits.max_depth:
        raise LimitExceeded(
            f"mensajes anidados en más de {budget.limits.max_depth} niveles; "
            "posible archivo malicioso"
        )
    chunks: list[str] = []
    if message.get("subject"):
        chunks.append(f"Asunto: {message['subject']}")
    body = message.get_body(preferencelist=("plain", "html"))
    if body is not None:
        chunks.append(_part_text(body))
    ocr_pages = 0
    for part in message.iter_attachments():
        budget.add_part()
        name = part.get_filename() or part.get_content_type()
        if part.get_content_type() == "message/rfc822":
            inner = part.get_content()
            text, pages = _message_text(inner, budget, read_part, depth + 1)
            chunks.append(f"--- Mensaje adjunto: {inner.get('subject', '')} ---\n{text}")
            ocr_pages += pages
            continue
        payload = part.get_payload(decode=True) or b""
        budget.expand(len(payload))
        try:
            text, pages = read_part(payload, name, budget, depth + 1)
        except LimitExceeded:
            raise
        except Unreadable as exc:
            chunks.append(f"--- Adjunto: {name} (no se pudo leer: {exc.reason}) ---")
            continue
        chunks.append(f"--- Adjunto: {name} ---\n{text}")
        ocr_pages += pages
    return "\n\n".join(c.strip() for c in chunks if c.strip()), ocr_pages


def _part_text(part: EmailMessage) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError):  # unknown charset: decode leniently
        content = (part.get_payload(decode=True) or b"").decode("latin-1")
    if not isinstance(content, str):
        return ""
    return html_to_text(content) if part.get_content_subtype() == "html" else content


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in {"script", "style"}:
            self._skip += 1
        elif tag in {"p", "br", "div", "li", "tr"}:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"} and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML body (scripts and styles dropped)."""
    parser = _TextOnly()
    parser.feed(html)
    return re.sub(r"\n\s*\n+", "\n\n", "".join(parser.parts)).strip()
