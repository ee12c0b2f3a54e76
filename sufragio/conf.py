"""Every setting sufragio reads from the environment, with its default and meaning.

One table, so that the documentation (docs/settings.md) and the code cannot drift apart:
a test checks that each setting here is documented there with the same default. Django's
settings module and the domain apps read values only through :func:`get`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    """One environment variable: its name, default (as text) and why it exists."""

    name: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "SUFRAGIO_HOME",
        "./var",
        "Data directory: SQLite database, stored letters, search indexes, keys.",
    ),
    Setting(
        "DATABASE_URL",
        "sqlite:///$SUFRAGIO_HOME/sufragio.sqlite3",
        "Database. SQLite is the embedded default; use postgres://user@host:5432/db in production.",
    ),
    Setting(
        "SUFRAGIO_SECRET_KEY",
        "(generated once into $SUFRAGIO_HOME/secret_key)",
        "Django secret key. Set it explicitly in production.",
    ),
    Setting("SUFRAGIO_DEBUG", "false", "Django debug mode. Never true in production."),
    Setting(
        "SUFRAGIO_ALLOWED_HOSTS",
        "127.0.0.1,localhost",
        "Comma-separated host names the web server answers to.",
    ),
    Setting("SUFRAGIO_HOST", "127.0.0.1", "Address `sufragio serve` binds to."),
    Setting("SUFRAGIO_PORT", "8000", "Port `sufragio serve` listens on."),
    Setting(
        "SUFRAGIO_SEARCH_CACHE",
        "$SUFRAGIO_HOME/index",
        "Where the article-search index (BM25 and embeddings) is cached between runs.",
    ),
    Setting(
        "SUFRAGIO_REDACTION_KEY",
        "(generated once into $SUFRAGIO_HOME/redaction.key)",
        "Fernet key for reversible redaction. Revealing an original value needs a permission.",
    ),
    Setting(
        "SUFRAGIO_AUDIT_SIGNING_KEY",
        "$SUFRAGIO_HOME/audit_ed25519.pem",
        "Ed25519 private key that signs audit-log checkpoints; created on first use.",
    ),
    Setting(
        "SUFRAGIO_TASKS",
        "inprocess",
        "How background jobs run: `inprocess` (embedded default) or `celery`.",
    ),
    Setting(
        "SUFRAGIO_CELERY_BROKER_URL",
        "redis://127.0.0.1:6379/0",
        "Celery broker when SUFRAGIO_TASKS=celery.",
    ),
    Setting(
        "SUFRAGIO_LLM_URL",
        "",
        "OpenAI-compatible endpoint for optional draft rewriting. Empty: off (the default).",
    ),
    Setting("SUFRAGIO_LLM_MODEL", "", "Model name sent to SUFRAGIO_LLM_URL."),
    Setting(
        "SUFRAGIO_FOLIO_PATTERN",
        "INE/DJ/{year}/{seq:06d}",
        "Pattern for letter folios; `{year}` and `{seq}` are filled in.",
    ),
    Setting(
        "SUFRAGIO_MAX_LETTER_MB",
        "20",
        "Largest letter file read automatically; a larger one is stored, then parked for a person.",
    ),
    Setting(
        "SUFRAGIO_TRIAGE_THRESHOLD",
        "0.50",
        "Below this calibrated confidence a letter goes to manual triage "
        "(chosen on training cross-validation: 13.5% manual).",
    ),
    Setting(
        "SUFRAGIO_COMMITTEE_QUORUM",
        "3",
        "Committee votes needed before an AI-system decision counts.",
    ),
    Setting(
        "SUFRAGIO_COMMITTEE_MAJORITY",
        "0.5",
        "Share of favourable votes that must be exceeded to approve an AI system.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> str:
    """Return the environment value of a registered setting, or its default.

    Defaults that mention ``$SUFRAGIO_HOME`` are expanded against the effective home. Asking for an
    unregistered name is a programming error, so it raises rather than silently returning "".
    """
    setting = _BY_NAME[name]
    value = os.environ.get(name)
    if value is None or value == "":
        value = setting.default
    if name == "SUFRAGIO_HOME":
        return str(Path(value).resolve())
    if "$SUFRAGIO_HOME" in value:
        value = value.replace("$SUFRAGIO_HOME", get("SUFRAGIO_HOME"))
    return value


def get_bool(name: str) -> bool:
    """Read a boolean setting; accepts 1/true/yes/on in any case."""
    return get(name).strip().lower() in {"1", "true", "yes", "on"}
