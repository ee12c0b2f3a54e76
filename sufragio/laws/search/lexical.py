"""Okapi BM25 over pre-analysed documents, with weighted query terms.

Written on scipy.sparse rather than through bm25s because the search needs two things that
library does not expose: a full score vector per query (fusion looks at every document, not a
top-k) and per-term query weights (thesaurus expansions count less than the user's own words).
The term × document weight matrix is precomputed (CSR), so a query adds a few row slices.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from scipy import sparse

K1 = 1.2
B = 0.75


class BM25:
    """A BM25 index: ``vocabulary`` maps a term to a row of the (terms × docs) weight matrix."""

    def __init__(self, vocabulary: dict[str, int], weights: sparse.csr_matrix) -> None:
        self.vocabulary = vocabulary
        self.weights = weights
        # docs × terms: a document's terms are one row slice (explanations need them per hit).
        self._by_doc = weights.T.tocsr()

    @property
    def size(self) -> int:
        """Number of indexed documents."""
        return self.weights.shape[1]

    @classmethod
    def build(cls, documents: list[list[str]], k1: float = K1, b: float = B) -> BM25:
        """Index documents given as lists of analysed terms."""
        vocabulary: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        for doc_id, terms in enumerate(documents):
            for term in terms:
                rows.append(vocabulary.setdefault(term, len(vocabulary)))
                cols.append(doc_id)
        n_docs = len(documents)
        tf = sparse.csr_matrix(
            (np.ones(len(rows), dtype=np.float32), (rows, cols)),
            shape=(len(vocabulary), n_docs),
        )
        tf.sum_duplicates()
        lengths = np.array([len(d) for d in documents], dtype=np.float32)
        norm = k1 * (1.0 - b + b * lengths / max(float(lengths.mean()), 1.0))
        df = np.diff(tf.indptr).astype(np.float32)
        idf = np.log1p((n_docs - df + 0.5) / (df + 0.5))
        coo = tf.tocoo()
        data = idf[coo.row] * coo.data * (k1 + 1.0) / (coo.data + norm[coo.col])
        weights = sparse.csr_matrix((data.astype(np.float32), (coo.row, coo.col)), shape=tf.shape)
        return cls(vocabulary, weights)

    def scores(self, query: dict[str, float]) -> np.ndarray:
        """Score every document for a query given as ``{term: weight}``; unknown terms add 0."""
        # A query has a handful of terms: adding their CSR rows directly skips scipy's
        # per-call indexing overhead, which was most of the lexical cost of a search.
        out = np.zeros(self.size, dtype=np.float32)
        indptr, indices, data = self.weights.indptr, self.weights.indices, self.weights.data
        for term, weight in query.items():
            row = self.vocabulary.get(term)
            if row is not None:
                start, stop = indptr[row], indptr[row + 1]
                out[indices[start:stop]] += np.float32(weight) * data[start:stop]
        return out

    def matched_terms(self, query: list[str], doc: int) -> list[str]:
        """The query terms that occur in document ``doc`` (for explanations)."""
        row = self._by_doc
        present = set(row.indices[row.indptr[doc] : row.indptr[doc + 1]].tolist())
        return [t for t in query if self.vocabulary.get(t, -1) in present]

    def save(self, path: Path) -> None:
        """Write the index as one .npz (terms in vocabulary order, CSR arrays)."""
        terms = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        np.savez(
            path,
            terms=np.array(terms, dtype=object).astype(str),
            data=self.weights.data,
            indices=self.weights.indices,
            indptr=self.weights.indptr,
            shape=np.array(self.weights.shape),
        )

    @classmethod
    def load(cls, path: Path) -> BM25:
        """Read an index written by :meth:`save`."""
        with np.load(path, allow_pickle=False) as z:
            weights = sparse.csr_matrix(
                (z["data"], z["indices"], z["indptr"]), shape=tuple(z["shape"])
            )
            vocabulary = {str(t): i for i, t in enumerate(z["terms"])}
        return cls(vocabulary, weights)
