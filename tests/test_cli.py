"""The `sufragio` console command lists the product's jobs."""

from __future__ import annotations

import subprocess
import sys


def test_help_lists_sufragio_commands() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "sufragio", "--help"], capture_output=True, text=True, check=True
    )
    for command in ("init", "serve", "laws", "migrate"):
        assert f"  {command} " in result.stdout
    # Django's long list of built-ins stays out of the summary.
    assert "sendtestemail" not in result.stdout
