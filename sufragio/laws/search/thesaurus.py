"""A legal thesaurus: everyday (and English) words → the terms Mexican electoral law uses.

Citizens ask about "la credencial del INE" or "votar desde Estados Unidos"; the law says
"credencial para votar" and "mexicanos residentes en el extranjero". Lexical search cannot
bridge that gap by itself, so queries are expanded with the legal wording before BM25 and
the matched entries steer the search towards the laws they belong to.

Entries live in ``sufragio/laws/data/thesaurus.yaml`` so that lawyers can extend them
without touching code. Matching is on folded, stemmed words with only articles and
prepositions dropped, so "compran votos" triggers "compra de votos" while "¿dónde voto?"
stays distinct from a bare "votar" (question words carry meaning here).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from sufragio.textkit.spanish import stem, tokenize

THESAURUS_PATH = Path(__file__).resolve().parent.parent / "data" / "thesaurus.yaml"

#: Words skipped when matching phrases: articles and prepositions only (possessives such as
#: "mis datos" carry meaning).
_GLUE = frozenset(
    str.split(
        "a al de del el la las lo los en y o u un una unos unas por para con "
        "the of an to for in on with and or"
    )
)


def phrase_terms(text: str) -> list[str]:
    """Folded, stemmed words of ``text`` without glue words: the unit of thesaurus matching."""
    return [stem(t) for t in tokenize(text) if t not in _GLUE]


@dataclass(frozen=True)
class Entry:
    """One thesaurus entry: any trigger phrase adds the legal terms and favours the laws."""

    triggers: tuple[tuple[str, ...], ...]  # trigger phrases as phrase_terms()
    labels: tuple[str, ...]  # the trigger phrases as written, for explanations
    expansions: tuple[str, ...]  # legal wording, as written
    laws: tuple[str, ...]  # law ids this vocabulary belongs to (may be empty)


@dataclass(frozen=True)
class Expansion:
    """A thesaurus entry that fired on a query, with the phrase that fired it."""

    trigger: str
    expansions: tuple[str, ...]
    laws: tuple[str, ...]


class Thesaurus:
    """Matches analysed queries against trigger phrases and returns the expansions."""

    def __init__(self, entries: list[Entry], digest: str) -> None:
        self.entries = entries
        self.digest = digest
        # first word of a trigger -> (entry, trigger) pairs, so matching costs one dict
        # look-up per query word instead of a scan of every trigger.
        self._by_first: dict[str, list[tuple[int, int]]] = {}
        for e_index, entry in enumerate(entries):
            for t_index, trigger in enumerate(entry.triggers):
                self._by_first.setdefault(trigger[0], []).append((e_index, t_index))

    @classmethod
    def load(cls, path: Path = THESAURUS_PATH) -> Thesaurus:
        """Parse the YAML file: a list of ``{when: [...], add: [...], laws: [...]}`` mappings."""
        raw = path.read_bytes()
        entries: list[Entry] = []
        for item in yaml.safe_load(raw) or []:
            when = [str(w) for w in item.get("when", [])]
            analysed = [tuple(phrase_terms(w)) for w in when]
            kept = [(a, w) for a, w in zip(analysed, when, strict=True) if a]
            if not kept:
                continue
            entries.append(
                Entry(
                    triggers=tuple(a for a, _ in kept),
                    labels=tuple(w for _, w in kept),
                    expansions=tuple(str(x) for x in item.get("add", [])),
                    laws=tuple(str(x).upper() for x in item.get("laws", [])),
                )
            )
        return cls(entries, hashlib.sha256(raw).hexdigest()[:16])

    def match(self, terms: list[str]) -> list[Expansion]:
        """Entries whose trigger occurs as a contiguous run in ``terms`` (see :func:`phrase_terms`).

        Per entry only the longest matching trigger is reported, so "credencial para votar"
        does not also list "credencial". Entries come back in thesaurus order.
        """
        best: dict[int, int] = {}
        for start, term in enumerate(terms):
            for e_index, t_index in self._by_first.get(term, ()):
                trigger = self.entries[e_index].triggers[t_index]
                if tuple(terms[start : start + len(trigger)]) != trigger:
                    continue
                known = best.get(e_index)
                if known is None or len(trigger) > len(self.entries[e_index].triggers[known]):
                    best[e_index] = t_index
        return [
            Expansion(self.entries[e].labels[t], self.entries[e].expansions, self.entries[e].laws)
            for e, t in sorted(best.items())
        ]


@cache
def get_thesaurus() -> Thesaurus:
    """The bundled thesaurus, parsed once per process."""
    return Thesaurus.load()
