"""The settings table and its documentation must agree (docs that tests check)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sufragio import conf

DOC = Path(__file__).resolve().parent.parent / "docs" / "settings.md"


def _documented() -> dict[str, str]:
    rows = re.findall(r"^\| `([A-Z_]+)` \| `([^`]*)` \|", DOC.read_text(), flags=re.M)
    return dict(rows)


def test_every_setting_is_documented_with_its_default() -> None:
    documented = _documented()
    for setting in conf.SETTINGS:
        assert documented.get(setting.name) == setting.default, setting.name


def test_docs_list_no_setting_the_code_does_not_have() -> None:
    assert set(_documented()) == {s.name for s in conf.SETTINGS}


def test_defaults_expand_against_the_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SUFRAGIO_HOME", str(tmp_path))
    monkeypatch.delenv("SUFRAGIO_SEARCH_CACHE", raising=False)
    assert conf.get("SUFRAGIO_SEARCH_CACHE") == f"{tmp_path}/index"


def test_environment_overrides_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUFRAGIO_PORT", "9123")
    assert conf.get("SUFRAGIO_PORT") == "9123"


def test_unknown_setting_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        conf.get("SUFRAGIO_NOT_A_SETTING")


def test_suite_runs_in_its_own_home() -> None:
    from django.conf import settings

    assert settings.HOME.parts[-2:] == ("var", "test-home")
