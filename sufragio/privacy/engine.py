"""sufragio's personal-data engine: Presidio configured for Mexican Spanish documents.

Framework-free on purpose (no Django): the API, the CLI, the letter pipeline and the benchmark all
call `get_engine()`, which loads spaCy and the recognizers once per process.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_anonymizer import AnonymizerEngine

from sufragio.privacy.nlp import MODEL_NAME, WindowedSpacyNlpEngine
from sufragio.privacy.operators import PLACEHOLDERS, operator_configs
from sufragio.privacy.operators import decrypt_token as _decrypt_token
from sufragio.privacy.recognizers import ENTITY_TYPES, all_recognizers
from sufragio.privacy.text import check_text

#: Minimum confidence reported; recognizers put uncertain matches (RFC-shaped strings failing the
#: check digit, bare digits without context) below it.
SCORE_THRESHOLD = 0.5
#: When two detections overlap, the longer one wins; on equal length, this order decides.
_PRIORITY = {
    t: i
    for i, t in enumerate(
        (
            "CURP",
            "CLAVE_ELECTOR",
            "RFC",
            "CLABE",
            "CREDIT_CARD",
            "INE_OCR",
            "INE_CIC",
            "EMAIL",
            "IP_ADDRESS",
            "PHONE",
            "DATE_OF_BIRTH",
            "POSTAL_CODE",
            "ADDRESS",
            "PERSON",
        )
    )
}
_SOURCES = Path(__file__).parent


@dataclass(frozen=True)
class Entity:
    """A detected personal value: its type, character span in the original text and confidence."""

    type: str
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class RedactedEntity(Entity):
    """An entity after redaction, with its span in the redacted text and what replaced it."""

    redacted_start: int
    redacted_end: int
    placeholder: str


@dataclass(frozen=True)
class Redaction:
    """Redacted text and where each entity was (original and redacted offsets)."""

    text: str
    entities: list[RedactedEntity]


class _NoContextEnhancer(ContextAwareEnhancer):
    """Context is resolved inside sufragio's recognizers on folded text (see recognizers.base)."""

    def __init__(self) -> None:
        super().__init__(
            context_similarity_factor=0,
            min_score_with_context_similarity=0,
            context_prefix_count=0,
            context_suffix_count=0,
        )

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results


def _code_hash() -> str:
    digest = hashlib.sha256()
    for path in (
        sorted(_SOURCES.glob("*.py"))
        + sorted(_SOURCES.glob("recognizers/*.py"))
        + sorted(_SOURCES.glob("data/*.txt"))
    ):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class PiiEngine:
    """Detect and redact personal data in Spanish (es-MX) text."""

    def __init__(self) -> None:
        nlp_engine = WindowedSpacyNlpEngine()
        nlp_engine.load()
        registry = RecognizerRegistry(supported_languages=["es"])
        for recognizer in all_recognizers():
            registry.add_recognizer(recognizer)
        self._analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=nlp_engine,
            supported_languages=["es"],
            context_aware_enhancer=_NoContextEnhancer(),
        )
        self._anonymizer = AnonymizerEngine()
        model_version = nlp_engine.nlp["es"].meta.get("version", "?")
        config = {"threshold": SCORE_THRESHOLD, "entities": ENTITY_TYPES, "model": MODEL_NAME}
        digest = hashlib.sha256(
            (_code_hash() + model_version + json.dumps(config, sort_keys=True)).encode()
        ).hexdigest()
        self.version = f"pii-{digest[:16]}"

    def analyze(self, text: str) -> list[Entity]:
        """Personal values in `text`, non-overlapping, in document order."""
        text = check_text(text)
        if not text.strip():
            return []
        results = self._analyzer.analyze(
            text=text, language="es", entities=list(ENTITY_TYPES), score_threshold=SCORE_THRESHOLD
        )
        results = results + _propagate_names(text, results)
        return _resolve(results)

    def redact(self, text: str, operator: str = "placeholder") -> Redaction:
        """Replace every personal value with the chosen operator's output."""
        entities = self.analyze(text)
        configs = operator_configs(operator, [(e.type, text[e.start : e.end]) for e in entities])
        if not entities:
            return Redaction(text=text, entities=[])
        result = self._anonymizer.anonymize(
            text=text,
            analyzer_results=[RecognizerResult(e.type, e.start, e.end, e.score) for e in entities],
            operators=configs,
        )
        items = sorted(result.items, key=lambda item: item.start)
        if len(items) != len(entities):
            raise RuntimeError("anonymizer merged entities; offsets cannot be mapped back")
        redacted = [
            RedactedEntity(
                type=e.type,
                start=e.start,
                end=e.end,
                score=e.score,
                redacted_start=item.start,
                redacted_end=item.end,
                placeholder=item.text if operator != "encrypt" else f"[{PLACEHOLDERS[e.type]}]",
            )
            for e, item in zip(entities, items, strict=True)
        ]
        return Redaction(text=result.text, entities=redacted)


def _propagate_names(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Other verbatim occurrences of a detected name ("Lupita" found once, redacted everywhere)."""
    extra = []
    names = {text[r.start : r.end] for r in results if r.entity_type == "PERSON"}
    for name in names:
        if len(name) < 3:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            extra.append(RecognizerResult("PERSON", match.start(), match.end(), 0.7))
    return extra


def _resolve(results: list[RecognizerResult]) -> list[Entity]:
    """Keep the longest of overlapping detections; merge partial overlaps so nothing leaks.

    Adjacent spans of one type separated only by spaces are merged, as Presidio's anonymizer would,
    so that every reported entity maps to exactly one replacement.
    """
    ordered = sorted(
        results, key=lambda r: (-(r.end - r.start), -r.score, _PRIORITY.get(r.entity_type, 99))
    )
    chosen: list[list] = []  # [type, start, end, score]
    for r in ordered:
        overlapping = [c for c in chosen if r.start < c[2] and c[1] < r.end]
        if not overlapping:
            chosen.append([r.entity_type, r.start, r.end, r.score])
            continue
        for c in overlapping:
            c[1], c[2] = min(c[1], r.start), max(c[2], r.end)
    chosen.sort(key=lambda c: c[1])
    merged: list[list] = []
    for c in chosen:
        if merged and (
            c[1] < merged[-1][2]
            or (c[0] == merged[-1][0] and c[1] - merged[-1][2] <= 1 and c[1] >= merged[-1][2])
        ):
            merged[-1][2] = max(merged[-1][2], c[2])
            merged[-1][3] = max(merged[-1][3], c[3])
        else:
            merged.append(c)
    return [Entity(type=t, start=s, end=e, score=round(sc, 3)) for t, s, e, sc in merged]


_ENGINE: PiiEngine | None = None
_LOCK = threading.Lock()


def get_engine() -> PiiEngine:
    """The process-wide engine, created on first use."""
    global _ENGINE
    if _ENGINE is None:
        with _LOCK:
            if _ENGINE is None:
                _ENGINE = PiiEngine()
    return _ENGINE


def decrypt_token(token: str) -> str:
    """Original value of an encrypt-operator token. Callers must check permission and audit."""
    return _decrypt_token(token)
