"""Finding the tokens that spell given words in one array pass.

Walking every token in Python to test one attribute is a large share of what newsbrief adds
to a bare `nlp(text)` pass; most of the words looked for are rare, so reading the attribute
as one array and keeping the hits costs far less.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.tokens import Doc, Token


def tokens_where(doc: Doc, attr: int, values: Iterable[str]) -> list[Token]:
    """The tokens whose attribute (ORTH, LOWER, DEP, ...) is one of the values, in order."""
    if not len(doc):
        return []
    found = doc.to_array(attr)
    keys = numpy.array([doc.vocab.strings[v] for v in values], dtype=found.dtype)
    return [doc[int(i)] for i in numpy.flatnonzero(numpy.isin(found, keys))]
