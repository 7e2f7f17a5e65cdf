"""A Matcher that only tries its patterns where their first token can match.

spaCy's Matcher starts every pattern at every token: with ~75 cue patterns that is the
largest cost newsbrief adds to a bare `nlp(text)` pass. Each cue pattern begins with a
required literal word or word set ("open", LEMMA in {release, publish}, ...), so a dictionary
lookup of each token's words finds the few positions where a pattern can start, and only the
patterns that start with that word are run there, on a short window of the doc. The matches
are exactly the plain Matcher's (tests compare both); patterns whose first token is not a
literal run over the whole doc as before.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

Pattern = list[dict[str, Any]]

# the token attribute each literal key reads
_ATTRS = {"LOWER": "lower_", "LEMMA": "lemma_", "ORTH": "text", "TEXT": "text", "NORM": "norm_"}
# longest span tried from a start; a longer match would be cut, so patterns are bounded by it
WINDOW = 40


def first_words(pattern: Pattern) -> list[tuple[str, str]] | None:
    """The (attribute, word) pairs one of which the pattern's first token must have, or None
    when the first token is optional or not a literal (then the pattern runs everywhere)."""
    first = pattern[0]
    if first.get("OP") not in (None, "1"):
        return None
    for key, attr in _ATTRS.items():
        value = first.get(key)
        if isinstance(value, str):
            return [(attr, value)]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return [(attr, str(word)) for word in value["IN"]]
    return None


class AnchoredMatcher:
    """Label -> patterns, matched like `Matcher` but only at positions their first word allows."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.everywhere = Matcher(vocab)
        self.by_word: dict[tuple[str, str], Matcher] = {}
        self._grouped: dict[tuple[str, str], list[tuple[str, Pattern]]] = defaultdict(list)
        self._attrs: set[str] = set()

    def add(self, label: str, patterns: list[Pattern]) -> None:
        for pattern in patterns:
            words = first_words(pattern)
            if words is None:
                self.everywhere.add(label, [pattern])
                continue
            for attr, word in words:
                self._grouped[(attr, word)].append((label, pattern))
                self._attrs.add(attr)
        self.by_word = {}
        for key, items in self._grouped.items():
            matcher = Matcher(self.vocab)
            for label, pattern in items:
                matcher.add(label, [pattern])
            self.by_word[key] = matcher

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        found = set(self.everywhere(doc)) if len(self.everywhere) else set()
        attrs = sorted(self._attrs)
        n = len(doc)
        for tok in doc:
            seen: set[int] = set()
            for attr in attrs:
                matcher = self.by_word.get((attr, getattr(tok, attr)))
                if matcher is None or id(matcher) in seen:
                    continue
                seen.add(id(matcher))
                i = tok.i
                window = doc[i : min(n, i + WINDOW)]
                found.update((m, i + s, i + e) for m, s, e in matcher(window) if s == 0)
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))
