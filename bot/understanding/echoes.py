"""Words that point back to the side just named: "this approach", "the move", "doing so".

"Acme publishes its weights for anyone. Rivals say this approach is dangerous": the second
sentence judges openness without a word of its own about it. When the sentence before names
one side only (every cue in it says the same side) and the pointing sentence has no cue of its
own, the pointing words become a cue of that side, so the usual rules read the judgement
("is dangerous", "praised the move", "warned that doing so ...").

`echoes(doc, spans)` takes the marker's (start, end, side) triples and returns them with the
echoes added. It reads each sentence and the one before it once: linear in the text.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

Triple = tuple[int, int, str]

# nouns that stand for an act or a way of acting just described
ECHO_NOUNS = {
    "approach", "strategy", "practice", "move", "decision", "step", "way", "choice", "path",
    "route", "philosophy", "stance", "release",
}  # fmt: skip
# determiners that point back ("a move" is a new one)
ECHO_DETS = {"this", "that", "such", "the", "these", "those"}
# what makes the noun its own words' ("the move to Paris", "the way forward"), not an echo
DEFINING_DEPS = {"prep", "acl", "relcl", "advmod", "compound", "poss"}


def echo_noun(tok: Token) -> bool:
    """'this approach', 'the move', 'such a strategy': a pointing noun with nothing of its own
    that says what it is."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in ECHO_NOUNS or tok.tag_ != "NN":
        return False
    dets = [c for c in tok.children if c.dep_ in ("det", "predet")]
    if not any(d.lower_ in ECHO_DETS for d in dets):
        return False
    return not any(c.dep_ in DEFINING_DEPS for c in tok.children)


def doing_so(tok: Token) -> bool:
    """'doing so', 'did so': the act just named, done."""
    return tok.lower_ == "so" and tok.head.lemma_ == "do" and tok.head.i == tok.i - 1


def echo_spans(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The pointing words in tokens [start, end): a noun, or "doing so" as two tokens."""
    out: list[tuple[int, int]] = []
    for tok in doc[start:end]:
        if echo_noun(tok):
            out.append((tok.i, tok.i + 1))
        elif doing_so(tok):
            out.append((tok.i - 1, tok.i + 1))
    return out


def echoes(doc: Doc, spans: list[Triple]) -> list[Triple]:
    """The cues with echoes added (see the module's doc)."""
    if not doc.has_annotation("DEP") or not spans:
        return spans
    sides: dict[int, set[str]] = {}
    for s, _, side in spans:
        sides.setdefault(doc[s].sent.start, set()).add(side)
    added: list[Triple] = []
    previous = None
    for sent in doc.sents:
        before = sides.get(previous.start, set()) if previous is not None else set()
        if len(before) == 1 and sent.start not in sides:
            side = next(iter(before))
            added += [(s, e, side) for s, e in echo_spans(doc, sent.start, sent.end)]
        previous = sent
    return sorted(spans + added) if added else spans
