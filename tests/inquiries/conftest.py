"""Fixtures of the letter-pipeline tests: a private home for stored originals."""

from __future__ import annotations

from pathlib import Path

import pytest

from sufragio import conf
from sufragio.inquiries import pipeline
from tests.inquiries.approvals import approve

SYSTEMS = ("redactor", "classifier", "searcher", "drafter")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh SUFRAGIO_HOME (letters are stored under it); the search index stays cached."""
    monkeypatch.setenv("SUFRAGIO_SEARCH_CACHE", conf.get("SUFRAGIO_SEARCH_CACHE"))
    monkeypatch.setenv("SUFRAGIO_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def stored_files(home: Path) -> list[Path]:
    root = home / "letters"
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


@pytest.fixture(scope="session")
def engines() -> dict[str, pipeline.Engine]:
    """Load every engine once, under the test home (before any test moves SUFRAGIO_HOME)."""
    return {name: getattr(pipeline, name)() for name in SYSTEMS}


@pytest.fixture
def approved(engines) -> dict[str, pipeline.Engine]:
    for engine in engines.values():
        approve(engine.component)
    return engines
