"""Letter triage: which unit answers a letter, by when, how sure we are and why.

Framework-free (no Django imports) so the pipeline, the benchmark and a batch job share it.
The public API is this module: :func:`get_classifier`, :class:`TriageClassifier`,
:class:`TriageResult`, :func:`load_taxonomy` and :func:`train`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from sufragio import conf
from sufragio.inquiries.triage.classifier import TriageClassifier, TriageResult
from sufragio.inquiries.triage.model import TriageModel, artefact_digest
from sufragio.inquiries.triage.taxonomy import Taxonomy, TaxonomyError, load_taxonomy
from sufragio.inquiries.triage.training import (
    BUNDLED_LETTERS,
    TrainingError,
    TrainReport,
    read_letters,
    train,
)

BUNDLED_MODEL = Path(__file__).resolve().parent.parent / "data" / "triage_model"

__all__ = [
    "BUNDLED_MODEL",
    "Taxonomy",
    "TaxonomyError",
    "TrainReport",
    "TrainingError",
    "TriageClassifier",
    "TriageResult",
    "get_classifier",
    "load_classifier",
    "load_taxonomy",
    "local_model_dir",
    "train",
]


def local_model_dir() -> Path:
    """Where `sufragio triage train` writes, and which get_classifier prefers when present."""
    return Path(conf.get("SUFRAGIO_HOME")) / "models" / "triage"


def load_classifier(
    model_dir: str | Path, taxonomy: Taxonomy | None = None, threshold: float | None = None
) -> TriageClassifier:
    """Load one artefact directory (uncached; tests and the benchmark pick their model)."""
    return TriageClassifier(
        TriageModel.load(model_dir),
        taxonomy or load_taxonomy(),
        model_digest=artefact_digest(model_dir),
        threshold=(
            float(conf.get("SUFRAGIO_TRIAGE_THRESHOLD")) if threshold is None else threshold
        ),
    )


@cache
def get_classifier() -> TriageClassifier:
    """The process-wide classifier: the local retrained model if any, else the bundled one.

    A source checkout without the bundled artefact trains once into SUFRAGIO_HOME instead.
    """
    for candidate in (local_model_dir(), BUNDLED_MODEL):
        if (candidate / "model.npz").exists():
            return load_classifier(candidate)
    train(read_letters([BUNDLED_LETTERS]), local_model_dir())
    return load_classifier(local_model_dir())
