"""Train the triage model: model selection, calibration and threshold study, all by CV.

Everything is decided on cross-validation inside the training letters (the held-out evaluation
set is only ever read by ``bench/triage.py``). The same function serves the build step that
produces the bundled artefact and ``sufragio triage train`` run with reviewers' corrections.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize_scalar
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold

from sufragio.inquiries.triage import features
from sufragio.inquiries.triage.model import TriageModel, softmax
from sufragio.inquiries.triage.taxonomy import Taxonomy, load_taxonomy

log = logging.getLogger(__name__)

BUNDLED_LETTERS = Path(__file__).resolve().parent.parent / "data" / "training_letters.jsonl"
#: (C, embedding weight) pairs tried by CV. Small on purpose: training must stay around a
#: minute on two cores, and the CV scores of neighbouring settings differ by noise only.
DEFAULT_GRID: tuple[tuple[float, float], ...] = ((10.0, 1.0), (30.0, 1.0))
THRESHOLDS = tuple(round(0.30 + 0.05 * i, 2) for i in range(13))
#: The threshold recommended by training keeps the manual-triage share under this on CV,
#: a little under the 15 % service target.
MANUAL_BUDGET = 0.14
ECE_BINS = 10
#: Probability floors tried for reporting a second category; the one with the best F1 against
#: the training letters' labelled secondary categories (on CV) is stored with the model.
SECONDARY_FLOORS = (0.05, 0.1, 0.15, 0.2, 0.3)
MAX_SECONDARY = 2


class TrainingError(ValueError):
    """The labelled letters cannot train a model (unknown category, too few letters...)."""


@dataclass
class TrainReport:
    """What training did and how well the chosen model did on cross-validation."""

    out_dir: str
    letters: int
    per_category: dict[str, int]
    redaction: str
    folds: int
    c: float
    embed_weight: float
    grid: list[dict[str, float]]
    cv_accuracy: float
    cv_macro_f1: float
    cv_per_class_f1: dict[str, float]
    temperature: float
    ece_uncalibrated: float
    ece: float
    cv_mean_confidence: float
    threshold_curve: list[dict[str, float]]
    recommended_threshold: float
    secondary_floor: float
    secondary_f1: float
    trained_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def read_letters(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """Read labelled letters from JSONL files (the bundled file and exported corrections)."""
    rows: list[dict[str, Any]] = []
    for path in paths:
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise TrainingError(f"{path}:{number}: JSON no válido ({exc.msg}).") from None
    return rows


def redactor() -> tuple[Callable[[str], str], str]:
    """The function that puts training text in the form the pipeline will send, and its name.

    Letters reach the classifier already redacted, so training text must be redacted the same
    way. When the privacy engine is not installed the text is used as is and the artefact
    records ``redaction: none``; retraining later (``sufragio triage train``) picks it up.
    """
    try:
        from sufragio.privacy.engine import get_engine
    except ImportError:
        return (lambda text: text), "none"
    engine = get_engine()
    return (lambda text: engine.redact(text).text), "sufragio.privacy.engine"


def train(
    letters: Iterable[dict[str, Any]],
    out_dir: str | Path,
    *,
    taxonomy: Taxonomy | None = None,
    grid: Iterable[tuple[float, float]] = DEFAULT_GRID,
    folds: int = 5,
    redact: bool = True,
) -> TrainReport:
    """Select, calibrate and fit the model on ``letters``; write the artefact to ``out_dir``.

    Letters with the same ``id`` keep the last occurrence, so a correction file given after the
    bundled letters overrides the original label. ``redact=False`` is for text that is
    already redacted (the pipeline's exported corrections are).
    """
    taxonomy = taxonomy or load_taxonomy()
    rows = _validated(letters, taxonomy, folds)
    redact_fn, redaction = redactor() if redact else ((lambda t: t), "pre-redacted")
    texts = [redact_fn(r["text"]) for r in rows]
    labels = np.array([r["category"] for r in rows])
    embeddings = features.embed(texts)

    splits = list(StratifiedKFold(folds, shuffle=True, random_state=0).split(texts, labels))
    scored = []
    for c, weight in grid:
        logits, categories = _oof_logits(texts, labels, embeddings, splits, c, weight)
        predicted = np.array(categories)[logits.argmax(axis=1)]
        scored.append((f1_score(labels, predicted, average="macro"), c, weight, logits))
        log.info("C=%s weight=%s CV macro-F1=%.4f", c, weight, scored[-1][0])
    best = max(scored, key=lambda s: s[0])
    _, c, weight, logits = best
    categories = sorted(set(labels))
    gold = np.array([categories.index(label) for label in labels])
    temperature = fit_temperature(logits, gold)
    probs = softmax(logits / temperature)
    predicted = np.array(categories)[probs.argmax(axis=1)]
    curve = threshold_curve(probs, gold)
    floor, floor_f1 = secondary_floor(probs, categories, [r.get("secondary") or [] for r in rows])

    model = TriageModel.fit(texts, list(labels), embeddings, c=c, embed_weight=weight)
    model.temperature = temperature
    model.train_ids = [str(r.get("id") or f"letter-{i + 1}") for i, r in enumerate(rows)]
    report = TrainReport(
        out_dir=str(out_dir),
        letters=len(rows),
        per_category=dict(sorted(Counter(labels.tolist()).items())),
        redaction=redaction,
        folds=folds,
        c=c,
        embed_weight=weight,
        grid=[{"c": s[1], "embed_weight": s[2], "cv_macro_f1": round(s[0], 4)} for s in scored],
        cv_accuracy=round(float(accuracy_score(labels, predicted)), 4),
        cv_macro_f1=round(float(f1_score(labels, predicted, average="macro")), 4),
        cv_per_class_f1={
            k: round(float(v), 4)
            for k, v in zip(
                categories,
                f1_score(labels, predicted, average=None, labels=categories),
                strict=True,
            )
        },
        temperature=round(temperature, 4),
        ece_uncalibrated=round(expected_calibration_error(softmax(logits), gold), 4),
        ece=round(expected_calibration_error(probs, gold), 4),
        cv_mean_confidence=round(float(probs.max(axis=1).mean()), 4),
        threshold_curve=curve,
        recommended_threshold=recommend_threshold(curve),
        secondary_floor=floor,
        secondary_f1=floor_f1,
    )
    model.meta = {"taxonomy_version": taxonomy.version, "report": report.to_dict()}
    model.save(out_dir)
    return report


def _validated(letters: Iterable[dict[str, Any]], taxonomy: Taxonomy, folds: int) -> list[dict]:
    by_id: dict[str, dict[str, Any]] = {}
    known = set(taxonomy.ids)
    for i, row in enumerate(letters):
        category, text = row.get("category"), row.get("text")
        if category not in known:
            where = row.get("id", i + 1)
            raise TrainingError(f"Carta {where}: categoría desconocida {category!r}.")
        if not isinstance(text, str) or not text.strip():
            raise TrainingError(f"Carta {row.get('id', i + 1)}: texto vacío.")
        by_id[str(row.get("id") or f"row-{i + 1}")] = row
    rows = list(by_id.values())
    counts = Counter(r["category"] for r in rows)
    scarce = sorted(k for k, n in counts.items() if n < folds)
    if scarce or len(counts) < 2:
        raise TrainingError(
            f"Se necesitan al menos {folds} cartas por categoría y dos categorías; "
            f"insuficientes: {', '.join(scarce) or 'solo una categoría'}."
        )
    return rows


def _oof_logits(
    texts: list[str],
    labels: np.ndarray,
    embeddings: np.ndarray,
    splits: list[tuple[np.ndarray, np.ndarray]],
    c: float,
    weight: float,
) -> tuple[np.ndarray, list[str]]:
    """Out-of-fold logits: every letter scored by a model that never saw it."""
    categories = sorted(set(labels))
    out = np.zeros((len(texts), len(categories)), dtype=np.float64)
    for train_idx, test_idx in splits:
        fold = TriageModel.fit(
            [texts[i] for i in train_idx],
            list(labels[train_idx]),
            embeddings[train_idx],
            c=c,
            embed_weight=weight,
        )
        columns = [categories.index(k) for k in fold.categories]
        encoded = fold.encode([texts[i] for i in test_idx], embeddings[test_idx])
        out[np.ix_(test_idx, columns)] = fold.logits(encoded)
    return out, categories


def fit_temperature(logits: np.ndarray, gold: np.ndarray) -> float:
    """Temperature minimising the negative log-likelihood of out-of-fold logits."""

    def nll(t: float) -> float:
        p = softmax(logits / t)
        return float(-np.log(p[np.arange(len(gold)), gold] + 1e-12).mean())

    return float(minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded").x)


def expected_calibration_error(probs: np.ndarray, gold: np.ndarray, bins: int = ECE_BINS) -> float:
    """ECE over equal-width confidence bins: weighted mean |accuracy - confidence|."""
    confidence = probs.max(axis=1)
    correct = probs.argmax(axis=1) == gold
    edges = np.linspace(0.0, 1.0, bins + 1)
    total = 0.0
    for lo, hi in itertools.pairwise(edges):
        inside = (confidence > lo) & (confidence <= hi)
        if inside.any():
            total += inside.mean() * abs(correct[inside].mean() - confidence[inside].mean())
    return float(total)


def threshold_curve(probs: np.ndarray, gold: np.ndarray) -> list[dict[str, float]]:
    """Manual-triage share and accuracy of the automatically routed rest, per threshold."""
    confidence = probs.max(axis=1)
    correct = probs.argmax(axis=1) == gold
    curve = []
    for t in THRESHOLDS:
        auto = confidence >= t
        curve.append(
            {
                "threshold": t,
                "manual_rate": round(float(1 - auto.mean()), 4),
                "auto_accuracy": round(float(correct[auto].mean()) if auto.any() else 0.0, 4),
            }
        )
    return curve


def secondary_floor(
    probs: np.ndarray, categories: list[str], gold: list[list[str]]
) -> tuple[float, float]:
    """The floor whose predicted secondary categories best match the labelled ones (F1)."""
    best = (SECONDARY_FLOORS[0], -1.0)
    for floor in SECONDARY_FLOORS:
        tp = fp = fn = 0
        for row, labelled in zip(probs, gold, strict=True):
            order = np.argsort(-row)[1 : 1 + MAX_SECONDARY]
            predicted = {categories[k] for k in order if row[k] >= floor}
            tp += len(predicted & set(labelled))
            fp += len(predicted - set(labelled))
            fn += len(set(labelled) - predicted)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best[1]:
            best = (floor, round(f1, 4))
    return best


def recommend_threshold(curve: list[dict[str, float]]) -> float:
    """The highest threshold whose CV manual-triage share stays within MANUAL_BUDGET."""
    fitting = [p["threshold"] for p in curve if p["manual_rate"] <= MANUAL_BUDGET]
    return max(fitting) if fitting else min(p["threshold"] for p in curve)
