"""Classify redacted letters: category, routing, calibrated confidence, urgency, explanation.

A reviewer must be able to see why a letter went where it went, so every result carries the
deciding terms, the most similar training letters and the top probabilities; and a letter the
model is unsure about (or cannot read at all) is sent to a person instead of being guessed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from sufragio.inquiries.triage.features import is_placeholder_term
from sufragio.inquiries.triage.model import Encoded, TriageModel
from sufragio.inquiries.triage.taxonomy import Category, Taxonomy
from sufragio.inquiries.triage.training import MAX_SECONDARY
from sufragio.textkit.normalize import fold

#: A second category is reported when its probability reaches this floor; models trained by
#: this version store the floor chosen on CV, and this is only the fallback.
SECONDARY_FLOOR = 0.15
#: Fewer known words than this and the text is unreadable to the model (empty, gibberish,
#: another script): manual triage whatever the probabilities say.
MIN_KNOWN_TERMS = 3
TOP_TERMS = 8
NEAREST = 3
BATCH = 64
SHORT_DEADLINE_DAYS = 5
#: Categories whose deadline is a legal term rather than an internal service level
#: (LGPDPPSO art. 45 for ARCO, LGTAIP art. 134 for access to information).
LEGAL_DEADLINE_CATEGORIES = frozenset({"datos_personales_arco", "transparencia"})
_URGENT = re.compile(
    r"\b(urgen\w*|urge|plazos?|vence\w*|vencimiento|a la brevedad|de inmediato|inmediata\w*|"
    r"lo antes posible|cuanto antes|hoy mismo|ultimo dia)\b"
)


@dataclass(frozen=True)
class TriageResult:
    """Where a letter goes, how sure the model is and why. ``explanation`` is JSON-ready."""

    category: str
    confidence: float
    unit: str
    unit_code: str
    deadline_business_days: int
    needs_manual_triage: bool
    secondary: list[str]
    urgency_flags: list[str]
    explanation: dict[str, Any]


class TriageClassifier:
    """A loaded model plus the taxonomy it routes to; thread-safe for reading."""

    def __init__(
        self,
        model: TriageModel,
        taxonomy: Taxonomy,
        *,
        model_digest: str,
        threshold: float,
        clock: Callable[[], date] = date.today,
    ) -> None:
        unknown = sorted(set(model.categories) - set(taxonomy.ids))
        if unknown:
            raise ValueError(
                f"El modelo de triage conoce categorías ausentes de la taxonomía: {unknown}. "
                "Reentrene con `sufragio triage train`."
            )
        self.model = model
        self.taxonomy = taxonomy
        self.threshold = threshold
        self.clock = clock
        self.version = hashlib.sha256(f"{model_digest}|{taxonomy!r}".encode()).hexdigest()[:16]
        self._terms = np.array(model.word.get_feature_names_out())
        self._word_columns = len(model.word.vocabulary_)
        self.secondary_floor = float(
            model.meta.get("report", {}).get("secondary_floor", SECONDARY_FLOOR)
        )

    def classify(self, redacted_text: str) -> TriageResult:
        return self.classify_many([redacted_text])[0]

    def classify_many(self, texts: list[str]) -> list[TriageResult]:
        """Classify in batches so the sentence encoder runs once per batch, not per letter."""
        results: list[TriageResult] = []
        for start in range(0, len(texts), BATCH):
            chunk = [t or "" for t in texts[start : start + BATCH]]
            encoded = self.model.encode(chunk)
            probs = self.model.probabilities(encoded)
            results.extend(self._result(chunk[i], encoded, probs, i) for i in range(len(chunk)))
        return results

    def _result(self, text: str, encoded: Encoded, probs: np.ndarray, row: int) -> TriageResult:
        order = np.argsort(-probs[row])
        top = int(order[0])
        category = self.taxonomy[self.model.categories[top]]
        confidence = float(probs[row, top])
        known_terms = int(encoded.word[row].nnz)
        reason = None
        if known_terms < MIN_KNOWN_TERMS:
            reason = "texto ilegible o sin términos conocidos"
        elif confidence < self.threshold:
            reason = f"confianza {confidence:.2f} menor que el umbral {self.threshold:.2f}"
        explanation: dict[str, Any] = {
            "terms": self._deciding_terms(encoded, row, top),
            "nearest": self._nearest(encoded.embeddings[row]),
            "probabilities": {
                self.model.categories[int(k)]: round(float(probs[row, k]), 4) for k in order[:3]
            },
            "threshold": self.threshold,
        }
        if reason:
            explanation["manual_triage_reason"] = reason
        secondary = [
            self.model.categories[int(k)]
            for k in order[1 : 1 + MAX_SECONDARY]
            if probs[row, k] >= self.secondary_floor
        ]
        return TriageResult(
            category=category.id,
            confidence=round(confidence, 4),
            unit=category.unit,
            unit_code=category.unit_code,
            deadline_business_days=category.deadline_business_days,
            needs_manual_triage=reason is not None,
            secondary=secondary,
            urgency_flags=self.urgency_flags(text, category),
            explanation=explanation,
        )

    def _deciding_terms(self, encoded: Encoded, row: int, top: int) -> list[str]:
        """Word n-grams present in the letter that pushed hardest towards the chosen class."""
        vector = encoded.word[row]
        weights = self.model.coef[top, : self._word_columns][vector.indices] * vector.data
        ranked = [
            (w, str(self._terms[c]))
            for w, c in sorted(zip(weights, vector.indices, strict=True), reverse=True)
            if w > 0
        ]
        return [t for _, t in ranked if not is_placeholder_term(t)][:TOP_TERMS]

    def _nearest(self, vector: np.ndarray) -> list[dict[str, Any]]:
        similarities = self.model.train_embeddings @ vector
        best = np.argsort(-similarities)[:NEAREST]
        return [
            {
                "id": self.model.train_ids[i],
                "category": self.model.train_categories[i],
                "similarity": round(float(similarities[i]), 4),
            }
            for i in best
        ]

    def urgency_flags(self, text: str, category: Category) -> list[str]:
        """Reasons to look at a letter first; documented in docs/adr/0006-triage-and-drafting.md.

        - ``plazo_legal``: the answer is due within a legal term (ARCO, access to information);
        - ``plazo_breve``: the category's deadline is five business days or fewer;
        - ``proceso_electoral``: election day is within the taxonomy's window;
        - ``urgencia_expresa``: the writer says it is urgent or mentions a term that runs out.
        """
        flags = []
        if category.id in LEGAL_DEADLINE_CATEGORIES:
            flags.append("plazo_legal")
        if category.deadline_business_days <= SHORT_DEADLINE_DAYS:
            flags.append("plazo_breve")
        today = self.clock()
        window = self.taxonomy.election_window_days
        if any(0 <= (day - today).days <= window for day in self.taxonomy.elections):
            flags.append("proceso_electoral")
        if _URGENT.search(fold(text)):
            flags.append("urgencia_expresa")
        return flags
