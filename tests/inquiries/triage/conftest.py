"""One classifier per test session: loading the sentence encoder and the model costs seconds."""

from __future__ import annotations

import pytest

from sufragio.inquiries.triage import TriageClassifier, get_classifier


@pytest.fixture(scope="session")
def classifier() -> TriageClassifier:
    return get_classifier()
