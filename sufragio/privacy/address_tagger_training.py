"""Train the address tagger (`address_tagger`) on the dev split of the personal-data evaluation set.

Same data, labels, held-out batch and CRF settings as the name tagger
(`name_tagger_training`), with the address tagger's features; deterministic for a given file.
Run it after adding labelled dev snippets, with the name tagger's training:

    .venv/bin/python -m sufragio.privacy.address_tagger_training
"""

from __future__ import annotations

from sufragio.privacy.address_tagger import MODEL_PATH, features
from sufragio.privacy.name_tagger_training import command


def main(argv: list[str] | None = None) -> int:
    return command(argv, __doc__.splitlines()[0], MODEL_PATH, features)


if __name__ == "__main__":
    raise SystemExit(main())
