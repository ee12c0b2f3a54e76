"""The trained triage model as plain arrays: fit once, save, load, score.

The artefact is ``model.json`` (vocabularies, categories, hyper-parameters, training report) plus
``model.npz`` (weights, IDF, temperature, training-letter embeddings). No pickle: a model file
committed to the repository or copied between machines cannot execute code when loaded, and a
change of scikit-learn version cannot make it unreadable.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from sufragio.inquiries.triage import features

FORMAT = 1
JSON_NAME = "model.json"
NPZ_NAME = "model.npz"


@dataclass
class Encoded:
    """A batch of letters in every view the model and its explanations need."""

    design: sparse.csr_matrix
    word: sparse.csr_matrix
    embeddings: np.ndarray


@dataclass
class TriageModel:
    """Multinomial logistic regression over word + char TF-IDF and a sentence embedding.

    ``temperature`` divides the logits before the softmax; it is fitted on out-of-fold
    predictions so that a reported 0.8 means "right about 80 % of the time".
    """

    categories: list[str]
    word: TfidfVectorizer
    char: TfidfVectorizer
    coef: np.ndarray
    intercept: np.ndarray
    embed_weight: float
    temperature: float
    train_ids: list[str]
    train_categories: list[str]
    train_embeddings: np.ndarray
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def fit(
        cls,
        texts: list[str],
        labels: list[str],
        embeddings: np.ndarray,
        *,
        c: float,
        embed_weight: float,
    ) -> TriageModel:
        """Fit vectorizers and weights on prepared (redacted) texts; temperature starts at 1."""
        word, char = features.word_vectorizer(), features.char_vectorizer()
        design = features.stack(
            word.fit_transform(texts), char.fit_transform(texts), embeddings, embed_weight
        )
        clf = LogisticRegression(C=c, max_iter=2000)
        clf.fit(design, labels)
        return cls(
            categories=[str(label) for label in clf.classes_],
            word=word,
            char=char,
            coef=clf.coef_.astype(np.float32),
            intercept=clf.intercept_.astype(np.float32),
            embed_weight=embed_weight,
            temperature=1.0,
            train_ids=[],
            train_categories=list(labels),
            train_embeddings=embeddings.astype(np.float32),
        )

    # -- scoring -------------------------------------------------------------------------
    def encode(self, texts: list[str], embeddings: np.ndarray | None = None) -> Encoded:
        """Vectorise texts; embeddings may be passed in when already computed."""
        vectors = features.embed(texts) if embeddings is None else embeddings
        word = self.word.transform(texts)
        design = features.stack(word, self.char.transform(texts), vectors, self.embed_weight)
        return Encoded(design=design, word=word.tocsr(), embeddings=vectors)

    def logits(self, encoded: Encoded) -> np.ndarray:
        return np.asarray(encoded.design @ self.coef.T) + self.intercept

    def probabilities(self, encoded: Encoded) -> np.ndarray:
        """Calibrated class probabilities, rows in the order of ``categories``."""
        return softmax(self.logits(encoded) / self.temperature)

    # -- persistence ---------------------------------------------------------------------
    def save(self, out_dir: str | Path) -> Path:
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        meta = {
            "format": FORMAT,
            "categories": self.categories,
            "embed_weight": self.embed_weight,
            "train_ids": self.train_ids,
            "train_categories": self.train_categories,
            "word_vocabulary": _vocab_list(self.word),
            "char_vocabulary": _vocab_list(self.char),
            **self.meta,
        }
        (out / JSON_NAME).write_text(
            json.dumps(meta, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8"
        )
        np.savez_compressed(
            out / NPZ_NAME,
            coef=self.coef.astype(np.float16),
            intercept=self.intercept.astype(np.float32),
            word_idf=self.word.idf_.astype(np.float32),
            char_idf=self.char.idf_.astype(np.float32),
            temperature=np.float32(self.temperature),
            train_embeddings=self.train_embeddings.astype(np.float16),
        )
        return out

    @classmethod
    def load(cls, model_dir: str | Path) -> TriageModel:
        path = Path(model_dir)
        meta = json.loads((path / JSON_NAME).read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise ValueError(f"Formato de modelo de triage no soportado en {path}.")
        with np.load(path / NPZ_NAME) as arrays:
            data = {k: arrays[k] for k in arrays.files}
        word = features.restore(
            features.word_vectorizer(_vocab_dict(meta.pop("word_vocabulary"))), data["word_idf"]
        )
        char = features.restore(
            features.char_vectorizer(_vocab_dict(meta.pop("char_vocabulary"))), data["char_idf"]
        )
        embeddings = data["train_embeddings"].astype(np.float32)
        embeddings /= np.linalg.norm(embeddings, axis=1, keepdims=True) + 1e-12
        return cls(
            categories=meta.pop("categories"),
            word=word,
            char=char,
            coef=data["coef"].astype(np.float32),
            intercept=data["intercept"],
            embed_weight=float(meta.pop("embed_weight")),
            temperature=float(data["temperature"]),
            train_ids=meta.pop("train_ids"),
            train_categories=meta.pop("train_categories"),
            train_embeddings=embeddings,
            meta=meta,
        )


def artefact_digest(model_dir: str | Path) -> str:
    """SHA-256 over the artefact files, so a retrained model gets a new version string."""
    digest = hashlib.sha256()
    for name in (JSON_NAME, NPZ_NAME):
        digest.update((Path(model_dir) / name).read_bytes())
    return digest.hexdigest()


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def _vocab_list(vectorizer: TfidfVectorizer) -> list[str]:
    """The vocabulary as a list indexed by column (smaller and stabler than the dict)."""
    terms = [""] * len(vectorizer.vocabulary_)
    for term, column in vectorizer.vocabulary_.items():
        terms[column] = term
    return terms


def _vocab_dict(terms: list[str]) -> dict[str, int]:
    return {term: column for column, term in enumerate(terms)}
