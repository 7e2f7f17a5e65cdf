"""The last, weakest reading: a player named beside one side's cues, that no rule gave a side.

The frame rules attribute a cue to its holder through the sentence's grammar (speaker, subject,
agent, owner, ...). Real sentences often defeat them: a product listed in an appositive three
words from "open-weight", a researcher introduced in a clause of their own. Read across many
pages, a person named in a sentence whose cues all name one side, or a product, organisation,
place or law named in the very clause of such a cue, more often holds that side than not, once
the mentions that stand aside (below) are left out. (Organisations anywhere in the sentence, and
products too, came out wrong about as often as right.)

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
from bot.understanding.cue_patterns import OPEN_LICENCES
from bot.understanding.holders import MODEL_NOUNS, Holders
from bot.understanding.holders import yardstick as named_as_measure
from bot.understanding.lexicon import (
    ACT_TOPIC_PREPS,
    ADDRESSING_VERBS,
    ADJUNCT_PREPS,
    ALONGSIDE,
    ASIDE_PREPS,
    COMPETE_VERBS,
    CROWD_PREPS,
    EXAMPLE_PREPS,
    EXTERNAL_ROLES,
    IN_PLACE_OF,
    LICENCES,
    LIFE_VERBS,
    MEMBERSHIP_VERBS,
    OPPOSERS,
    PLACING_VERBS,
    PRAISING_VERBS,
    ROLE_PREPS,
    VENUE_PREPS,
)
from bot.understanding.nlp import Cue, ends_set_aside, set_aside_prep
from bot.understanding.polarity import negated_verb

# who may take a side from a sentence's cues alone, and who only from a cue in their own clause
SENTENCE_TYPES = {"PERSON"}
CLAUSE_TYPES = {"PRODUCT", "ORG", "GPE", "OTHER", "LAW"}
QUALIFIER_DEPS = {"compound", "poss", "nmod", "amod"}
# what makes "under X" a licence one releases under, not a rule one obeys
LICENCE_WORDS = LICENCES | set(OPEN_LICENCES) | {"licenses", "licences", "commons"}


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
    between = tok.doc[tok.i + 1 : tok.head.i]  # "Pyre 3 class models": the name's other words
    if named_as_measure(tok) or any(named_as_measure(t) for t in between):
        return True  # "X-class models": a measure of the models, not their name
    head = phrase_head(tok)
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.pos_ in ("ADJ", "ADV"):
        return True  # "as good as X": a yardstick, not an example
    head = exemplified(tok)  # "behind chatbots like X": up to what X exemplifies
    if head.dep_ == "pobj" and crowd_or_rule(tok, head.head):
        return True
    if under_aside_prep(head):
        return True  # "on X", "since X", "a letter to X", "a guide by X"
    if head.dep_ == "dative" or (head.dep_ == "dobj" and head.head.lemma_ in ADDRESSING_VERBS):
        return True  # "showed X a demo", "told X that ...", "urged X to ..."
    if opposed(tok, head):
        return True  # "closed AI has many critics, among them X"
    if set_aside_before(tok):
        return True  # "they spoke of open models rather than the firm X": set aside
    if any(past_life(a) for a in tok.ancestors):
        return True  # "X, who co-founded the lab alongside Y, said ...": Y is X's past
    return competed_against(head)


def set_aside_before(tok: Token) -> bool:
    """'rather than (instead of) the company X': a name whose phrase follows the words that
    set it aside, however the parser hangs them."""
    while tok.dep_ in ("appos", "compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    left = tok.left_edge.i
    return left >= 2 and ends_set_aside(tok.doc[left - 1])


def past_life(verb: Token) -> bool:
    """'who co-founded X alongside Y' (the parser may hang "founded" as a participle): a
    clause about someone's past."""
    return (
        verb.dep_ in ("relcl", "acl") and verb.lemma_ in LIFE_VERBS and verb.tag_ in ("VBD", "VBN")
    )


def exemplified(tok: Token) -> Token:
    """The phrase a name stands in, and up what it is an example of ("chatbots like X")."""
    head = phrase_head(tok)
    while head.dep_ == "pobj" and head.head.lower_ in EXAMPLE_PREPS:
        head = phrase_head(head.head.head)
    return head


def crowd_or_rule(tok: Token, prep: Token) -> bool:
    """'Popular among banks like X', 'a feud between X and Y', 'within X': a crowd or a setting;
    'register under the X Act': a rule one obeys (not a licence one releases under, nor a
    leader: "a team under X")."""
    if prep.lower_ in CROWD_PREPS:
        return prep.head.pos_ != "VERB" or prep.lower_ in ("within", "inside")
    if prep.lower_ != "under" or tok.ent_type_ == "PERSON":
        return False
    return not any(t.lower_ in LICENCE_WORDS for t in tok.subtree)


def under_aside_prep(head: Token) -> bool:
    """Whether a phrase hangs on a preposition of place, time, topic, source or comparison:
    its own ("about X"), or one above it short of a verb, as when the parser reads the name
    as a verb's object ("downloadable from Hugging Face"), or the agent of a passive other than
    one of praise."""
    for above in (head, *head.ancestors):
        if above.pos_ in ("VERB", "AUX") and not inside_name(above, head):
            return False
        if above.dep_ == "agent":  # "praised by X" is X's act; "founded by X", "backed by X"
            return above.head.lemma_ not in PRAISING_VERBS  # tie X to a lab, not to its views
        # "sent a letter to X" hangs "to" as a dative; "through A and through B" the second
        # "through" as a conjunct of the first
        joined = above.dep_ == "conj" and above.head.dep_ in ("prep", "dative")
        if above.dep_ in ("prep", "dative") or joined:
            return above.lower_ in ASIDE_PREPS and (head.dep_ != "pobj" or above.i == head.head.i)
    return False


def inside_name(word: Token, name: Token) -> bool:
    """'on Hugging Face' with "Hugging" read as a verb taking "Face": a word of the name itself,
    inside the same entity, is no verb the name hangs on."""
    return bool(name.ent_type_) and word.ent_type_ == name.ent_type_ and abs(word.i - name.i) <= 1


def opposed(tok: Token, head: Token) -> bool:
    """A critic, opponent or 'against' governs the name or shares its clause: the name is
    set against something, and which side that leaves it on is for the rules to read."""
    verb = clause_verb(tok)
    scope = [t for t in tok.sent if clause_verb(t) == verb]  # the clause, not clauses below it
    return any(t.lemma_.lower() in OPPOSERS for t in (*tok.ancestors, *head.ancestors, *scope))


def subject_of(verb: Token) -> Token | None:
    """A verb's subject, its own or the one it shares up a chain of clauses ("wants to X")."""
    for _ in range(5):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ not in ("xcomp", "conj", "advcl", "ccomp"):
            return subject
        verb = verb.head
    return None


def topic_of_act(tok: Token, cue_root: Token) -> bool:
    """'Reporters quizzed X about the proprietary chatbot': a cue in the topic of what is done
    to the name is what the name hears about, not what it holds."""
    head = phrase_head(tok)
    if head.dep_ not in ("dobj", "dative"):
        return False
    return any(
        a.dep_ == "prep" and a.lower_ in ACT_TOPIC_PREPS and a.head.i == head.head.i
        for a in cue_root.ancestors
    )


def held_by_subject(tok: Token, cue_root: Token) -> bool:
    """'Open-source fans mocked X', 'open models worry X': a cue inside the subject of the verb
    whose object the name is belongs to that subject (not when the verb names members:
    "the open-source movement counts X among its founders")."""
    for head in {phrase_head(tok), exemplified(tok)}:
        if head.dep_ not in ("dobj", "dative", "npadvmod") or head.head.lemma_ in MEMBERSHIP_VERBS:
            continue
        subject = subject_of(head.head)
        if subject is not None and (cue_root == subject or subject in cue_root.ancestors):
            return True
    return False


def outside_role(tok: Token, cue_root: Token) -> bool:
    """'Users of the open-weight model include X', 'counts X among its investors', 'chose X as
    the host of its proprietary model': a customer, user, investor, host or rival of what the
    cue describes stands outside it."""
    verb = clause_verb(tok)
    between = [*up_to(cue_root, verb), *up_to(tok, verb)]
    if verb is not None:
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ROLE_PREPS):
            between += [c for c in prep.children if c.dep_ == "pobj"]
    return any(t.lemma_.lower() in EXTERNAL_ROLES for t in between)


def used_on(tok: Token, cue_root: Token) -> bool:
    """'Replaced X with an open model', 'trained X on open-source data', 'compared X with open
    models', 'dropped X in favour of open ones': the cue hangs from a phrase of the verb whose
    object the name is, naming what is used on it or set beside it (not when the verb places
    the name among the cue's things: "turned X into an open-weight release")."""
    head = exemplified(tok)
    if head.dep_ != "dobj" or head.head.lemma_.lower() in PLACING_VERBS:
        return False
    path = up_to(cue_root, head.head)
    if not path or path[-1].head.i != head.head.i:
        return False
    phrase = path[-1]  # what of the verb the cue hangs from
    if phrase.lower_ in ("next", "instead", "ahead"):  # "next to", "instead of"
        return True
    if set_aside_prep(phrase):
        return True  # "chose X instead of closed models", "instead" hung on its "of"
    if phrase.dep_ != "prep":
        return False
    if phrase.lower_ == "in":  # "in favour of", "in place of"
        return any(c.lemma_.lower() in IN_PLACE_OF for c in phrase.children)
    return phrase.lower_ in ADJUNCT_PREPS


def up_to(tok: Token, stop: Token | None) -> list[Token]:
    """A token and its ancestors, short of `stop`."""
    out = []
    for t in (tok, *tok.ancestors):
        if stop is not None and t.i == stop.i:
            break
        out.append(t)
    return out


def read_by_rules(tok: Token) -> bool:
    """A subject, or a name in a denied clause: the frame rules read subjects with care (what
    they say, do, are), and what they leave of them is no lean; "is not X" gives X nothing."""
    if phrase_head(tok).dep_ in ("nsubj", "nsubjpass"):
        return True
    verb = clause_verb(tok)
    return verb is not None and negated_verb(verb)  # "did not include X", "nobody listed X"


def competed_against(tok: Token) -> bool:
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
        if same_clause and (clause is None or clause_verb(root) != clause):
            continue
        if not belongs_elsewhere(tok, root):
            sides.add(cue.side)
    return sides


def belongs_elsewhere(tok: Token, root: Token) -> bool:
    """Whether a cue is plainly someone else's or something else's, not the name's to lean to:
    a rival's yardstick, the subject's ("open-source fans mocked X"), the topic of what is done
    to the name ("asked X about ..."), the cue's own list ("A, B and closed models", which the
    rules read), a venue ("at the open-source launch"), what a critic is set against, what the
    name only buys, uses, funds or hosts, or what is used on it ("replaced X with ...")."""
    if competed_against(root) or held_by_subject(tok, root) or topic_of_act(tok, root):
        return True
    if outside_role(tok, root) or used_on(tok, root):
        return True
    if phrase_head(root) == phrase_head(tok):
        return True
    if set_beside(tok, root):
        return True
    return any(
        (a.dep_ == "prep" and a.lower_ in VENUE_PREPS) or a.lemma_.lower() in OPPOSERS
        for a in root.ancestors
    )


def set_beside(tok: Token, root: Token) -> bool:
    """'hosts A, B and C alongside proprietary in-house models': a cue in a phrase set beside
    the name is what the name is set beside, not what it is."""
    for above in root.ancestors:
        if above.dep_ == "prep" and above.lower_ in ALONGSIDE:
            return not above.is_ancestor(tok)
    return False


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
