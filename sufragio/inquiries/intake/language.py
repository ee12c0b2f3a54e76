"""Language of a letter (Spanish, English, Portuguese or French), with one detector per process.

The detector is restricted to the languages the institute actually receives and runs in lingua's
low-accuracy mode (trigrams only): it loads in a fraction of a second instead of several, and on
texts of a sentence or more — letters — it is as reliable. Only the first part is examined.
"""

from __future__ import annotations

import threading

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

_LANGUAGES = (Language.SPANISH, Language.ENGLISH, Language.PORTUGUESE, Language.FRENCH)
SAMPLE_CHARS = 1000
_detector: LanguageDetector | None = None
_lock = threading.Lock()


def _get_detector() -> LanguageDetector:
    global _detector
    with _lock:
        if _detector is None:
            builder = LanguageDetectorBuilder.from_languages(*_LANGUAGES)
            _detector = builder.with_low_accuracy_mode().build()
        return _detector


def detect_language(text: str) -> str:
    """ISO 639-1 code ("es", "en", "pt", "fr"), or "" when the text is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < 10:
        return ""
    language = _get_detector().detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language else ""
