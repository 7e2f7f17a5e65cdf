"""Words that point back to the side just named: "this approach", "the move", "doing so";
and "the opposite case", which points to the other side.

"Acme publishes its weights for anyone. Rivals say this approach is dangerous": the second
sentence judges openness without a word of its own about it. The pointing words become a cue
of the side the sentence before names, so the usual rules read the judgement, but only when
nothing makes the echo doubtful:

- the sentence before names one side, plainly: no negation, refusal, ban or worry in it
  ("OpenAI refused to open its models. X criticized the decision": the decision is a refusal,
  whose side the cue word alone does not tell);
- the pointing sentence has no cue of its own and names no act of its own before the pointing
  words ("the EU fined Google, and Google called the decision unfair": the fine);
- the pointing words are judged: the object of praise or criticism, the subject of a verdict
  ("is dangerous") or of "drew criticism". A bare mention ("the move lifted shares, X said")
  says nothing of the side.

`echoes(doc, spans)` takes the marker's (start, end, side) triples and returns them with the
echoes added. It reads each sentence and the one before it once: linear in the text.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from bot.understanding.lexicon import (
    CRITICISING,
    NEGATIVE,
    POSITIVE,
    PRAISING_VERBS,
    REPORTING,
    flip,
)

Triple = tuple[int, int, str]

# nouns that stand for an act or a way of acting just described
ECHO_NOUNS = {
    "approach", "strategy", "practice", "move", "decision", "step", "way", "choice", "path",
    "route", "philosophy", "stance",
}  # fmt: skip
# determiners that point back ("a move" is a new one)
ECHO_DETS = {"this", "that", "such", "the", "these", "those"}
# what makes the noun its own words' ("the move to Paris", "the way forward"), not an echo
DEFINING_DEPS = {"prep", "acl", "relcl", "advmod", "compound", "poss"}
# verbs whose object is judged by them
JUDGING_VERBS = PRAISING_VERBS | CRITICISING | {
    "welcome", "reject", "support", "back", "oppose", "defend", "endorse", "call", "question",
    "dismiss", "applaud", "blast", "fault",
}  # fmt: skip
# verbs by which a thing meets a verdict: "the move drew criticism", "won praise"
MEETING_VERBS = {"draw", "attract", "earn", "win", "face", "spark", "provoke", "receive"}
VERDICT_NOUNS = {"praise", "applause", "support", "acclaim", "welcome"}
# verbs a pointing sentence may have before the pointing words: saying and judging
SAYING_OR_JUDGING = REPORTING | JUDGING_VERBS


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


def judged(tok: Token) -> bool:
    """The pointing words (their head token) meet a judgement: praised or criticised, the
    subject of a verdict ("is dangerous", "is a mistake"), or of "drew criticism"."""
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_ in JUDGING_VERBS:
        return True
    if head.tag_ == "VBG" and head.dep_ in ("csubj", "nsubj") and head.i != tok.i:
        return judged(head)  # "working this way is dangerous": the gerund meets the verdict
    if tok.dep_ not in ("nsubj", "csubj", "nsubjpass"):
        return False
    if head.lemma_ == "be":
        words = {
            t.lemma_.lower()
            for c in head.children
            if c.dep_ in ("acomp", "attr")
            for t in c.subtree
        }
        return bool(words & (POSITIVE | NEGATIVE))
    if head.lemma_ in MEETING_VERBS:
        objects = [c for c in head.children if c.dep_ == "dobj"]
        return any(o.lemma_ in NEGATIVE or o.lemma_ in VERDICT_NOUNS for o in objects)
    return False


def plain(sent: Span) -> bool:
    """A sentence that names its side without turning it: no negation, refusal, ban or
    worry (whose side the cue word alone would misstate)."""
    return not any(
        t.dep_ == "neg" or t.lemma_.lower() in NEGATIVE or t.lower_ in NEGATIVE for t in sent
    )


def own_act_before(sent: Span, at: int, own: int) -> bool:
    """Whether the pointing sentence names an act of its own before token `at` (a verb that
    neither says nor judges: "fined Google", "would cut prices"); `own` is the gerund the
    pointing words belong to ("working this way"), which is no other act."""
    return any(
        t.pos_ == "VERB" and t.lemma_ not in SAYING_OR_JUDGING and t.i != own
        for t in sent.doc[sent.start : at]
    )


def echo_spans(doc: Doc, sent: Span) -> list[tuple[int, int]]:
    """The judged pointing words of a sentence: a noun, or "doing so" as two tokens."""
    out: list[tuple[int, int]] = []
    for tok in sent:
        if echo_noun(tok):
            start, head = tok.i, tok
        elif doing_so(tok):
            start, head = tok.i - 1, tok.head
        else:
            continue
        own = head.head.i if head.head.tag_ == "VBG" else -1
        if judged(head) and not own_act_before(sent, start, own):
            out.append((start, tok.i + 1))
    return out


# what one takes the opposite of: "make the opposite case", "take the opposite view"
STANCE_TAKING = {"case", "view", "position", "stance", "argument", "approach", "tack", "side"}
OPPOSITE_WORDS = {"opposite", "contrary", "reverse"}


def opposite_spans(sent: Span) -> list[tuple[int, int]]:
    """'B makes the opposite case', 'C takes the contrary view': a stance taken against the
    side the sentence before names (the span from "the" to the noun)."""
    out: list[tuple[int, int]] = []
    for tok in sent:
        if tok.lemma_ not in STANCE_TAKING or tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
            continue
        mods = [c for c in tok.children if c.dep_ == "amod" and c.lower_ in OPPOSITE_WORDS]
        if mods:
            out.append((tok.left_edge.i, tok.i + 1))
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
        if len(before) == 1 and sent.start not in sides and plain(previous):
            side = next(iter(before))
            added += [(s, e, side) for s, e in echo_spans(doc, sent)]
            added += [(s, e, flip(side)) for s, e in opposite_spans(sent)]
        previous = sent
    return sorted(spans + added) if added else spans
