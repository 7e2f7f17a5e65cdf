"""Finding the tokens that spell given words in one array pass.

Walking every token in Python to test one attribute is a large share of what newsbrief adds
to a bare `nlp(text)` pass: each step makes a `Token` object. Most of the words looked for
are rare, so reading the attribute as one array and keeping the hits costs far less.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token


def indices_where(doc: Doc, attr: int, values: Iterable[str]) -> list[int]:
    """The indices of the tokens whose attribute (ORTH, LOWER, LEMMA, DEP, ...) is one of the
    values, in order. A set lookup per array entry: for a few hundred tokens it beats
    `numpy.isin`, which sorts both arrays on every call."""
    if not len(doc):
        return []
    wanted = {doc.vocab.strings[v] for v in values}
    return [i for i, key in enumerate(doc.to_array(attr).tolist()) if key in wanted]


def tokens_where(doc: Doc, attr: int, values: Iterable[str]) -> list[Token]:
    """The tokens whose attribute (ORTH, LOWER, DEP, ...) is one of the values, in order."""
    return [doc[i] for i in indices_where(doc, attr, values)]


def tokens_at(doc: Doc, indices: Iterable[int]) -> list[Token]:
    """The tokens at these indices, each once, in document order: the union of several
    `indices_where` lookups, for a scan whose rule starts from any of several words."""
    return [doc[i] for i in sorted(set(indices))]
