"""The last, weakest reading: a player named beside one side's cues, that no rule gave a side.

The frame rules attribute a cue to its holder through the sentence's grammar (speaker, subject,
agent, owner, ...). Real sentences often defeat them: a product listed in an appositive three
words from "open-weight", a researcher introduced in a clause of their own. Read across many
pages, a person named in a sentence whose cues all name one side, or a product, place or law
named in the very clause of such a cue, more often holds that side than not; organisations,
named as makers, hosts and customers, do not (as many came out wrong as right), so they are
left to the rules.

What such a reading gives is a lean, never a statement: its strength keeps the player's
confidence far below `confidence.ASSERT_CONFIDENCE`, so the brief and the answers show it as
unsure. It reads only players that no rule gave a side, and never a mention that stands aside
from the cue: a name that qualifies another noun ("the X maker"), a yardstick or a date ("beats
X", "since X launched"), a host, recipient or source ("on X", "to X", "by X").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from bot.understanding.cue_context import clause_verb
from bot.understanding.holders import MODEL_NOUNS, YARDSTICK_NOUNS, Holders
from bot.understanding.lexicon import ASIDE_PREPS, COMPETE_VERBS
from bot.understanding.nlp import Cue

# who may take a side from a sentence's cues alone, and who only from a cue in their own clause
SENTENCE_TYPES = {"PERSON"}
CLAUSE_TYPES = {"PRODUCT", "GPE", "OTHER", "LAW"}
QUALIFIER_DEPS = {"compound", "poss", "nmod", "amod"}
EXAMPLE_PREPS = {"like", "including", "as"}  # "models such as X", "chatbots like X"


def phrase_head(tok: Token) -> Token:
    """The noun phrase a name stands in: up a list or an appositive ("A, B and C", "A, a
    model"), and up a model noun the name qualifies ("the X model")."""
    while tok.head.i != tok.i:
        listed = tok.dep_ in ("conj", "appos")
        if not listed and not (tok.dep_ in QUALIFIER_DEPS and tok.head.lower_ in MODEL_NOUNS):
            break
        tok = tok.head
    return tok


def stands_aside(tok: Token) -> bool:
    """Whether a name is only scenery for the sentence's cue: it qualifies another noun, or it
    is the object of a preposition of place, time, source or comparison, or the yardstick of a
    verb of competing."""
    if tok.dep_ in QUALIFIER_DEPS and tok.head.lower_ not in MODEL_NOUNS:
        return True  # "the X maker", "X's launch"
    if any(t.lower_ in YARDSTICK_NOUNS for t in tok.doc[tok.i + 1 : tok.head.i]):
        return True  # "X-class models": a measure of the models, not their name
    head = phrase_head(tok)
    while head.dep_ == "pobj" and head.head.lower_ in EXAMPLE_PREPS:
        head = phrase_head(head.head.head)  # "behind chatbots like X": up to what X exemplifies
    if head.dep_ == "pobj" and head.head.lower_ in ASIDE_PREPS:
        return True  # "on X", "since X", "a letter to X", "a guide by X"
    return yardstick(head)


def read_by_rules(tok: Token) -> bool:
    """A subject, or a name in a denied clause: the frame rules read subjects with care (what
    they say, do, are), and what they leave of them is no lean; "is not X" gives X nothing."""
    if phrase_head(tok).dep_ in ("nsubj", "nsubjpass"):
        return True
    verb = clause_verb(tok)
    return verb is not None and any(c.dep_ == "neg" for c in verb.children)


def yardstick(tok: Token) -> bool:
    """Whether a word's phrase is what a verb of competing measures against: "outperforms X",
    "competes with X". A cue there ("beats proprietary models") gives its rival no side."""
    head = phrase_head(tok)
    if head.dep_ in ("dobj", "npadvmod"):  # "trailed X" is at times parsed as the second
        return head.head.lemma_ in COMPETE_VERBS
    return head.dep_ == "pobj" and head.head.head.lemma_ in COMPETE_VERBS


def cue_sides(tok: Token, sentence_cues: Iterable[Cue], same_clause: bool) -> set[str]:
    """The sides of the cues a mention may lean to: all of its sentence's, or only those said
    in its own clause."""
    doc = tok.doc
    clause = clause_verb(tok)
    sides = set()
    for cue in sentence_cues:
        root = doc[cue.start : cue.end].root
        if yardstick(root) or (same_clause and (clause is None or clause_verb(root) != clause)):
            continue
        if phrase_head(root) == phrase_head(tok):
            continue  # "A, B and closed models": a list with the cue's noun is the rules' to read
        sides.add(cue.side)
    return sides


def named_beside(
    holders: Holders, held: set[str], sentence_cues: dict[int, list[Cue]]
) -> Iterable[tuple[str, str, int]]:
    """(player, side, sentence) for each player without a side whose mentions lean one way."""
    doc = holders.doc
    for key, info in holders.players.items():
        if key in held or info.type not in SENTENCE_TYPES | CLAUSE_TYPES:
            continue
        sides: set[str] = set()
        first = None
        for mention in info.mentions:
            sidx = holders.sent_of.get(mention.start, -1)
            tok = doc[mention.start : mention.end].root
            if sidx not in sentence_cues or stands_aside(tok) or read_by_rules(tok):
                continue
            near = cue_sides(tok, sentence_cues[sidx], info.type in CLAUSE_TYPES)
            if near:
                sides |= near
                first = sidx if first is None else first
        if len(sides) == 1 and first is not None:
            yield key, next(iter(sides)), first
