"""Train the name tagger (`name_tagger`) on the dev split of the personal-data evaluation set.

Only snippets marked ``dev`` are read: the test split is what the benchmark reports, so the model
must never see it. The result is deterministic for a given file (crfsuite's L-BFGS has no random
start), and it is written to ``sufragio/privacy/data/name_tagger.crfsuite``, which ships with the
package. Run it after adding labelled dev snippets:

    .venv/bin/python -m sufragio.privacy.name_tagger_training
    .venv/bin/python -m sufragio.privacy.name_tagger_training --exclude dev9 dev11  # others too
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from pathlib import Path

import pycrfsuite

from sufragio.privacy.name_tagger import MODEL_PATH, features, tokens

#: The evaluation set, in the repository (not installed with the package).
SNIPPETS = Path(__file__).resolve().parents[2] / "eval" / "privacy" / "snippets.jsonl"
#: Elastic-net weights and iterations: the crfsuite defaults for L-BFGS, with a little L1 so that
#: the file stays small; more iterations changed no dev-batch figure.
PARAMS = {"c1": 0.1, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}
_TRAINED_TYPES = ("PERSON", "ADDRESS")
#: A dev batch by a writer nobody has tuned on: left out of training (and out of
#: `eval.privacy.misses`) so that `bench/pii.py` can report how the engine does on a writer it
#: has not met. Whoever replaces it with a newly written batch names that one here, then
#: retrains with this one in.
HELD_OUT_BATCH = "dev11"


def token_labels(spans: list[tuple[int, int]], entities: Iterable[dict]) -> list[str]:
    """BIO labels of the tokens from the gold entity spans (only names and addresses)."""
    labels = ["O"] * len(spans)
    for entity in entities:
        if entity["type"] not in _TRAINED_TYPES:
            continue
        inside = [
            i
            for i, (start, end) in enumerate(spans)
            if start < entity["end"] and end > entity["start"]
        ]
        for position, i in enumerate(inside):
            labels[i] = ("B-" if position == 0 else "I-") + entity["type"]
    return labels


def dev_records(path: Path = SNIPPETS, exclude: tuple[str, ...] = ()) -> list[dict]:
    """The dev snippets of the evaluation file, minus the batches (id prefixes) in `exclude`."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [
        r
        for r in records
        if r["split"] == "dev" and not any(r["id"].startswith(f"{batch}-") for batch in exclude)
    ]


#: A tagger's features: one attribute list per token of a text.
Features = Callable[[str, list[tuple[int, int]]], list[list[str]]]


def train(records: list[dict], output: Path, features: Features = features) -> None:
    """Fit the CRF on `records` (dicts with ``text`` and ``entities``) and write it to `output`.

    `features` is the name tagger's by default; the address tagger trains with its own
    (`address_tagger_training`), on the same labels.
    """
    if any(r.get("split") == "test" for r in records):
        raise ValueError("the taggers are never trained on test snippets")
    trainer = pycrfsuite.Trainer(verbose=False)
    for record in records:
        spans = tokens(record["text"])
        if spans:
            trainer.append(features(record["text"], spans), token_labels(spans, record["entities"]))
    trainer.set_params(PARAMS)
    output.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(output))


def command(argv: list[str] | None, description: str, output: Path, features: Features) -> int:
    """The command line of a tagger's training: train on the dev split minus the held-out batch
    (or `--exclude`d ones) and write the model to `output` (or `--output`)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--output", type=Path, default=output)
    parser.add_argument(
        "--exclude", nargs="*", default=[HELD_OUT_BATCH], help="dev batches to hold out"
    )
    args = parser.parse_args(argv)
    records = dev_records(exclude=tuple(args.exclude))
    train(records, args.output, features)
    print(f"trained on {len(records)} dev snippets -> {args.output}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return command(argv, __doc__.splitlines()[0], MODEL_PATH, features)


if __name__ == "__main__":
    raise SystemExit(main())
