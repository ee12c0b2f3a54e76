"""Turn a redacted letter into the three views the classifier reads.

- **word n-grams** (TF-IDF, accent-folded, 1–2 grams): precise, explainable cues such as
  "lista nominal" or "compra de votos"; they are also the "deciding terms" shown to reviewers;
- **character n-grams** (TF-IDF, 2–5 within word boundaries): robust to the misspellings and
  missing accents of WhatsApp messages ("credensial", "ine q hago");
- **a sentence embedding** (multilingual USE, 512-d): meaning beyond exact words, and the space
  in which the nearest training letters are looked up.

Redaction placeholders ([NOMBRE], [CURP] …) become one opaque token each so that "nombre" in
"mi nombre es" and a redacted name do not collapse into the same feature.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from sufragio.textkit.normalize import fold

_PLACEHOLDER = re.compile(r"\[([A-Z][A-Z_]*)\]")
#: USE cost grows with length while the topic of a letter is stated early; 2,000 characters
#: cover the whole of nearly every letter and cap the worst case for very long ones.
EMBED_CHARS = 2000


def prepare(text: str) -> str:
    """Fold accents and case; turn each placeholder into a single token like ``zznombre``."""
    return fold(_PLACEHOLDER.sub(lambda m: f" zz{m.group(1).lower().replace('_', '')} ", text))


def is_placeholder_term(term: str) -> bool:
    """True for features built from placeholders, which explain nothing to a reviewer."""
    return any(part.startswith("zz") for part in term.split())


def word_vectorizer(vocabulary: dict[str, int] | None = None) -> TfidfVectorizer:
    return TfidfVectorizer(
        preprocessor=prepare,
        token_pattern=r"(?u)\b\w\w+\b",
        ngram_range=(1, 2),
        min_df=2,
        sublinear_tf=True,
        vocabulary=vocabulary,
        dtype=np.float32,
    )


def char_vectorizer(vocabulary: dict[str, int] | None = None) -> TfidfVectorizer:
    return TfidfVectorizer(
        preprocessor=prepare,
        analyzer="char_wb",
        ngram_range=(2, 5),
        min_df=2,
        max_features=40_000,
        sublinear_tf=True,
        vocabulary=vocabulary,
        dtype=np.float32,
    )


def restore(vectorizer: TfidfVectorizer, idf: np.ndarray) -> TfidfVectorizer:
    """Rebuild a fitted vectorizer from its stored vocabulary and IDF weights (no pickle)."""
    vectorizer.idf_ = idf.astype(np.float64)
    return vectorizer


def embed(texts: list[str]) -> np.ndarray:
    """Sentence vectors of the (truncated) letters, L2-normalised, (n, 512) float32."""
    from sufragio.textkit.embeddings import get_embedder

    return get_embedder().embed([t[:EMBED_CHARS] for t in texts])


def stack(word: Any, char: Any, embeddings: np.ndarray, embed_weight: float) -> sparse.csr_matrix:
    """One design matrix; the embedding block is scaled so C regularises the views comparably."""
    dense = sparse.csr_matrix(embeddings * np.float32(embed_weight))
    return sparse.hstack([word, char, dense], format="csr", dtype=np.float32)
