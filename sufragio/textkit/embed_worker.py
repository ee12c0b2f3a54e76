"""Helper process for :func:`sufragio.textkit.embeddings.embed_texts`.

Usage: ``python -m sufragio.textkit.embed_worker TEXTS.json VECTORS.npy`` — reads a JSON list
of strings, writes their float32 embeddings. A separate module (not multiprocessing) so the
parent never has to be importable as ``__main__``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from sufragio.textkit.embeddings import SentenceEmbedder


def main(argv: list[str]) -> None:
    """Embed the texts in ``argv[0]`` into ``argv[1]`` with one BLAS thread."""
    source, target = Path(argv[0]), Path(argv[1])
    texts = json.loads(source.read_text(encoding="utf-8"))
    np.save(target, SentenceEmbedder(threads=1).embed(texts))


if __name__ == "__main__":
    main(sys.argv[1:])
