"""A Matcher that only tries its patterns where a literal word of theirs stands.

spaCy's Matcher starts every pattern at every token: with ~75 cue patterns and the
gazetteer's token patterns that is a large share of what newsbrief adds to a bare
`nlp(text)` pass. Most patterns begin with a required literal word or word set ("open",
LEMMA in {release, publish}, ...), or reach one after a fixed number of single tokens
(`[{"IS_TITLE": True}, {"ORTH": "AI"}]`). One array pass over the doc finds where those words
stand, and only the patterns anchored on that word are run there, on a window no longer than
their longest match. The matches are exactly the plain Matcher's (tests compare both);
patterns without such an anchor run over the whole doc as before.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, NamedTuple

from spacy.attrs import LEMMA, LOWER, NORM, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

Pattern = list[dict[str, Any]]

# the token attribute each literal key reads
_ATTRS = {"LOWER": "lower_", "LEMMA": "lemma_", "ORTH": "text", "TEXT": "text", "NORM": "norm_"}
# the array column each attribute is read from, for finding start positions in one pass
_ATTR_IDS = {"lower_": LOWER, "lemma_": LEMMA, "text": ORTH, "norm_": NORM}
# longest span tried from a start; a longer match would be cut, so patterns are bounded by it
WINDOW = 40


def longest(pattern: Pattern) -> int:
    """How many tokens the pattern can match at most (WINDOW when a token may repeat): the
    Matcher tries every start in the window it is given, so the window is kept this short."""
    if any(token.get("OP") not in (None, "1", "?", "!") for token in pattern):
        return WINDOW
    return min(len(pattern), WINDOW)


def anchor(pattern: Pattern) -> tuple[int, list[tuple[str, str]]] | None:
    """Where the pattern's first literal token stands and the (attribute, word) pairs one of
    which it must have, or None when no literal follows a run of single tokens (then the
    pattern runs everywhere). A match of `[{"IS_TITLE": True}, {"ORTH": "AI"}]` starts one
    token before an "AI"."""
    for offset, token in enumerate(pattern):
        if token.get("OP") not in (None, "1"):
            return None
        for key, attr in _ATTRS.items():
            value = token.get(key)
            if isinstance(value, str):
                return offset, [(attr, value)]
            if isinstance(value, dict) and set(value) == {"IN"}:
                return offset, [(attr, str(word)) for word in value["IN"]]
    return None


class _Anchored(NamedTuple):
    """The patterns tried where one word stands: `offset` tokens before it, `reach` long."""

    offset: int
    matcher: Matcher
    reach: int


class AnchoredMatcher:
    """Label -> patterns, matched like `Matcher` but only at positions their literal word allows."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.everywhere = Matcher(vocab)
        self.by_word: dict[tuple[str, str], list[_Anchored]] = {}
        self._grouped: dict[tuple[int, str, str], list[tuple[str, Pattern]]] = defaultdict(list)
        self._attrs: set[str] = set()
        # attribute -> {hash: word} of the anchor words read from that attribute
        self._words: dict[str, dict[int, str]] = {}

    def add(self, label: str, patterns: list[Pattern]) -> None:
        for pattern in patterns:
            found = anchor(pattern)
            if found is None:
                self.everywhere.add(label, [pattern])
                continue
            offset, words = found
            for attr, word in words:
                self._grouped[(offset, attr, word)].append((label, pattern))
                self._attrs.add(attr)
        self.by_word = defaultdict(list)
        for (offset, attr, word), items in self._grouped.items():
            matcher = Matcher(self.vocab)
            for name, pattern in items:
                matcher.add(name, [pattern])
            reach = max(longest(pattern) for _, pattern in items)
            self.by_word[(attr, word)].append(_Anchored(offset, matcher, reach))
        strings = self.vocab.strings
        self._words = {
            attr: {strings[w]: w for a, w in self.by_word if a == attr} for attr in self._attrs
        }

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        found = set(self.everywhere(doc)) if len(self.everywhere) else set()
        n = len(doc)
        if n and self.by_word:
            attrs = sorted(self._attrs)
            table = doc.to_array([_ATTR_IDS[attr] for attr in attrs]).reshape(n, len(attrs))
            tried: set[tuple[int, int]] = set()
            for column, attr in enumerate(attrs):
                for i, word in self._anchors_in(attr, table[:, column].tolist()):
                    for offset, matcher, reach in self.by_word[(attr, word)]:
                        start = i - offset
                        if start < 0 or (start, id(matcher)) in tried:
                            continue
                        tried.add((start, id(matcher)))
                        window = doc[start : min(n, start + reach)]
                        found.update(
                            (m, start + s, start + e) for m, s, e in matcher(window) if s == 0
                        )
        return sorted(
            ((int(m), int(s), int(e)) for m, s, e in found), key=lambda m: (m[1], m[2], m[0])
        )

    def _anchors_in(self, attr: str, values: list[int]) -> list[tuple[int, str]]:
        """(index, word) for each token whose attribute is an anchor word: a dict lookup per
        token, cheaper for a few hundred tokens than `numpy.isin`, which sorts the anchor
        hashes (thousands for the gazetteer) on every call."""
        words = self._words[attr]
        return [(i, words[key]) for i, key in enumerate(values) if key in words]
