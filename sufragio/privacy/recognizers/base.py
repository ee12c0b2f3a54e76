"""The common shape of sufragio's pattern recognizers, on top of Presidio's `LocalRecognizer`.

Each recognizer is a regular expression plus optional validation (check digits) and context words
looked up in the accent-folded text just before the match. Presidio's own context enhancer works on
lemmas, which we do not compute (the lemmatizer is disabled for speed) and which ALL-CAPS or
accent-less letters would defeat anyway, so context is resolved here on folded text instead.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sufragio.privacy.table_columns import column_header
from sufragio.privacy.text import fold, has_context


class RegexRecognizer(LocalRecognizer):
    """One entity type found by a regular expression, scored by validation and context.

    Subclasses set the class attributes and may override :meth:`score`, which returns the final
    confidence of a match or None to drop it.
    """

    ENTITY: ClassVar[str]
    PATTERN: ClassVar[re.Pattern[str]]
    #: Folded context words (a regex alternation) searched before the match.
    CONTEXT: ClassVar[re.Pattern[str] | None] = None
    CONTEXT_WINDOW: ClassVar[int] = 40
    #: Run the pattern on the folded text (case- and accent-insensitive) instead of the original.
    ON_FOLDED: ClassVar[bool] = False

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            supported_language="es",
            name=type(self).__name__,
        )

    def load(self) -> None:
        """Nothing to load: patterns are compiled at import."""

    def context_near(self, folded: str, start: int) -> bool:
        """Whether one of the context words occurs shortly before `start`, or heads the table
        column `start` is in ("CLABE" over a CSV column of account numbers)."""
        if self.CONTEXT is None:
            return False
        return has_context(folded, start, self.CONTEXT, self.CONTEXT_WINDOW) or bool(
            self.CONTEXT.search(column_header(folded, start))
        )

    def score(self, match: re.Match[str], folded: str) -> float | None:
        """Confidence for a match; the default accepts every match at 0.8."""
        return 0.8

    def span(self, match: re.Match[str]) -> tuple[int, int]:
        """Character span of the value inside the match (group "value" when present)."""
        if "value" in self.PATTERN.groupindex:
            return match.span("value")
        return match.span()

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Run the pattern and keep the matches that :meth:`score` accepts."""
        folded = fold(text)
        results = []
        for match in self.PATTERN.finditer(folded if self.ON_FOLDED else text):
            confidence = self.score(match, folded)
            if confidence is None:
                continue
            start, end = self.span(match)
            explanation = AnalysisExplanation(
                recognizer=self.name,
                original_score=confidence,
                textual_explanation=f"{self.ENTITY} pattern",
            )
            results.append(RecognizerResult(self.ENTITY, start, end, confidence, explanation))
        return results
