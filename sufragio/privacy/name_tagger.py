"""A trained sequence labeller that proposes names the hand-written rules do not explain.

The rules (`recognizers.person`, `chat_names`, `name_triggers`) encode how Mexican letters
introduce people; each new writer still brings a few shapes they miss ("Hermelinda Soto G." alone
under a signature, a name in a reply to a post). A linear-chain CRF (python-crfsuite) over the
same lexicons, word shapes and neighbouring words learns those shapes from the labelled dev split
of `eval/privacy`, never from its test split. It only ever adds candidates: each one it proposes
passes the same vetting as every rule's (`name_vetting.vetted_end`), so a school, a street or a
town named after a person is still not a person. See docs/adr/0002-personal-data-engine.md.

The model file ships in `data/` (a few hundred kB, trained in seconds by
`python -m sufragio.privacy.name_tagger_training`); nothing is downloaded.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from sufragio.privacy.lexicon import (
    COMMON_WORDS,
    INSTITUTION_WORDS,
    LETTER_WORDS,
    PLACE_WORDS,
    STATES,
    given_names,
    surnames,
)
from sufragio.privacy.text import fold

MODEL_PATH = Path(__file__).parent / "data" / "name_tagger.crfsuite"
#: Least probability, for every word of a proposed name, that the word is part of a name. Chosen
#: by leave-one-batch-out runs on the dev split: below it, schools and monuments named after
#: people got through the vetting.
MIN_PROBABILITY = 0.8
#: Labels the model is trained on: names and addresses (learning both teaches it that "calle
#: Benito Juárez" is not a person), and everything else.
LABELS = ("B-PERSON", "I-PERSON", "B-ADDRESS", "I-ADDRESS", "O")
#: Words (letters and digits, with inner apostrophes or hyphens) and single punctuation marks.
TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|\S")
#: Positions, relative to a word, of the neighbours whose features it sees.
_OFFSETS = (-2, -1, 1, 2)


def tokens(text: str) -> list[tuple[int, int]]:
    """Character spans of the words and punctuation marks of `text`."""
    return [match.span() for match in TOKEN.finditer(text)]


def shape(word: str) -> str:
    """A word's shape: digits, punctuation, all caps, one capital, capitalised, lower or mixed."""
    if word.isdigit():
        return "d"
    if not word[0].isalnum():
        return "p"
    if word.isupper():
        return "X" if len(word) > 1 else "I"
    if word[0].isupper():
        return "Xx"
    return "x" if word.islower() else "m"


@lru_cache(maxsize=65536)
def _word_features(word: str, prefix: str = "") -> tuple[str, ...]:
    """A word's features as crfsuite attribute names, with `prefix` when a neighbour sees them.

    Cached, because letters repeat most of their words; a flag that is false is left out.
    """
    folded = fold(word)
    own = [f"w={folded}", f"shape={shape(word)}"]
    flags = {
        "given": folded in given_names(),
        "surname": folded in surnames(),
        "common": folded in COMMON_WORDS,
    }
    if not prefix:
        own += [f"suffix={folded[-3:]}", f"length={min(len(word), 8)}"]
        flags |= {
            "institution": folded in INSTITUTION_WORDS,
            "letter": folded in LETTER_WORDS,
            "place": folded in PLACE_WORDS,
            "state": folded in STATES,
        }
    return tuple(prefix + item for item in own + [name for name, on in flags.items() if on])


@lru_cache(maxsize=65536)
def _neighbour_features(word: str) -> tuple[tuple[str, ...], ...]:
    """The features a word's neighbours see of it, one tuple per offset in `_OFFSETS`."""
    return tuple(_word_features(word, f"{offset}:") for offset in _OFFSETS)


def features(text: str, spans: list[tuple[int, int]]) -> list[list[str]]:
    """One attribute list per token: its own features, line start, and its neighbours'."""
    words = [text[start:end] for start, end in spans]
    seen = [_neighbour_features(word) for word in words]
    out = []
    for i, (start, _) in enumerate(spans):
        item = ["bias", *_word_features(words[i])]
        if i == 0 or "\n" in text[spans[i - 1][1] : start]:
            item.append("line_start")
        add_neighbours(item, seen, i, _OFFSETS)
        out.append(item)
    return out


def add_neighbours(
    item: list[str], seen: list[tuple[tuple[str, ...], ...]], i: int, offsets: tuple[int, ...]
) -> None:
    """Add to token `i`'s `item` what each neighbour at `offsets` shows of itself (`seen[j][k]`
    for the k-th offset), or an edge marker where the text ends; shared with `address_tagger`."""
    for k, offset in enumerate(offsets):
        j = i + offset
        if 0 <= j < len(seen):
            item.extend(seen[j][k])
        else:
            item.append(f"{offset}:edge")


class NameTagger:
    """Proposes name spans with the probability that each is a name (load once per process)."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def names(self, text: str) -> list[tuple[int, int, float]]:
        """(start, end, probability) of each name the model finds with `MIN_PROBABILITY`.

        The probability of a span is the least, over its words, of the marginal probability that
        the word is inside a name: one doubtful word makes the whole span doubtful.
        """
        spans = tokens(text)
        if not spans:
            return []
        self._tagger.set(features(text, spans))
        tags = self._tagger.tag()
        found = []
        begin = None
        for i, tag in enumerate([*tags, "O"]):
            inside = tag.endswith("PERSON") and not (tag == "B-PERSON" and begin is not None)
            if begin is not None and not inside:
                probability = min(
                    self._tagger.marginal("B-PERSON", k) + self._tagger.marginal("I-PERSON", k)
                    for k in range(begin, i)
                )
                if probability >= MIN_PROBABILITY:
                    found.append((spans[begin][0], spans[i - 1][1], round(probability, 3)))
                begin = None
            if tag.endswith("PERSON") and begin is None:
                begin = i
        return found
