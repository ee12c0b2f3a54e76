"""Run one recognizer on a text and return the matched substrings."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer


def found(recognizer: EntityRecognizer, text: str, threshold: float = 0.5) -> list[str]:
    """Values the recognizer reports at or above the engine's threshold."""
    results = recognizer.analyze(text, recognizer.supported_entities, None)
    return [text[r.start : r.end] for r in results if r.score >= threshold]
