"""Fixtures every test gets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def spanish_by_default() -> Iterator[None]:
    """Start every test in the default language (es-MX).

    The test client runs requests in the test's own thread, and LocaleMiddleware leaves the
    request's language active there; without this, one English request would turn later tests'
    messages English.
    """
    translation.activate("es-mx")
    yield
    translation.activate("es-mx")
