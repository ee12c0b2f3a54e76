"""A minimal client for an OpenAI-compatible chat endpoint (vLLM, llama.cpp server...).

Standard library only: one POST to ``{SUFRAGIO_LLM_URL}/chat/completions`` with a timeout. The
model receives only the redacted template draft and the retrieved articles, never the letter
with personal data, and its answer is checked by :mod:`.grounding` before anyone sees it.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request

TIMEOUT_SECONDS = 60.0

SYSTEM_PROMPT = (
    "Eres una persona abogada de la Dirección Jurídica del Instituto Nacional Electoral. "
    "Mejora la redacción del borrador de respuesta en español formal, sin agregar hechos, "
    "artículos, leyes, cifras, fechas ni plazos que no estén en el borrador. Conserva sin cambios "
    "el folio, el marcador {{destinatario}}, los marcadores entre corchetes, las citas textuales y "
    "el apartado «Fundamento legal». Responde solo con el texto del oficio."
)


class LLMError(RuntimeError):
    """The endpoint could not be reached or answered something that is not a completion."""


def rewrite(
    url: str, model: str, draft: str, articles: str, timeout: float = TIMEOUT_SECONDS
) -> str:
    """Ask the endpoint to rewrite ``draft``; returns the completion text or raises LLMError."""
    payload = {
        "model": model,
        "temperature": 0,
        "messages": [
            {"role": "system", "content": SYSTEM_PROMPT},
            {
                "role": "user",
                "content": f"Artículos recuperados:\n{articles}\n\nBorrador:\n{draft}",
            },
        ],
    }
    request = urllib.request.Request(
        url.rstrip("/") + "/chat/completions",
        data=json.dumps(payload).encode("utf-8"),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = json.loads(response.read().decode("utf-8"))
        content = body["choices"][0]["message"]["content"]
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise LLMError(f"sin respuesta del servicio: {exc}") from exc
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise LLMError(f"respuesta con formato inesperado: {exc!r}") from exc
    if not isinstance(content, str) or not content.strip():
        raise LLMError("respuesta vacía")
    return content.strip()
