"""Repairs of the parse where the grammar itself says the parser chose the wrong head.

The small English parser attaches a phrase to a word several tokens back more often than a
larger one would; every rule that reads a holder off the tree then reads the wrong one. Each
repair here is narrow and checked by agreement, punctuation or a word list, never by what a
phrase says about openness.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from bot.understanding.holders import MODEL_NOUNS
from bot.understanding.lexicon import AIM_NOUNS, ORG_NOUNS, USE_VERBS

# the relative pronouns a clause's subject may be ("models that are ...")
RELATIVIZERS = {"that", "which", "who"}
PLURAL_NOUN_TAGS = {"NNS", "NNPS"}
SINGULAR_NOUN_TAGS = {"NN", "NNP"}


def verb_number(verb: Token) -> str | None:
    """'are', 'have', 'keep' are plural; 'is', 'has', 'keeps' singular; a past or modal verb
    tells nothing (except "were"/"was")."""
    if verb.tag_ == "VBP" or verb.lower_ == "were":
        return "plural"
    if verb.tag_ == "VBZ" or verb.lower_ == "was":
        return "singular"
    # "that are sold", "that has been known": the first auxiliary carries the number
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return verb_number(auxiliaries[0]) if auxiliaries else None


def noun_number(noun: Token) -> str | None:
    """A noun's grammatical number, or None when a list or a pronoun makes it unclear."""
    if any(c.dep_ == "conj" for c in noun.children):
        return None  # "A and B that are ...": the pair is plural
    if noun.tag_ == "NNPS" and noun.ent_type_ not in ("", "NORP"):
        return "singular"  # "Orbit Labs", "Meta Platforms": one company's name
    if noun.tag_ in PLURAL_NOUN_TAGS:
        return "plural"
    return "singular" if noun.tag_ in SINGULAR_NOUN_TAGS else None


def relative_subject(verb: Token) -> Token | None:
    """A relative clause's subject, the pronoun in "that are ...", "which keeps ..."."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def agreeing_antecedent(verb: Token) -> Token | None:
    """The noun a relative clause's verb agrees with, when the head the parser chose does not:
    the noun right before the pronoun ("an alternative to A and other models that are only
    served through an API" hangs the clause on "alternative", but "are" says "models"), or
    the noun before "of" ("a maker of chips that is known for ..." is the maker)."""
    pronoun = relative_subject(verb)
    if pronoun is None or pronoun.lower_ not in RELATIVIZERS or pronoun.i < 1:
        return None
    number = verb_number(verb)
    if number is None or noun_number(verb.head) in (number, None):
        return None
    before = verb.doc[pronoun.i - 1]
    candidates = [before]
    if before.dep_ == "pobj" and before.head.lower_ == "of" and before.head.head.i < before.i:
        candidates.append(before.head.head)
    for noun in candidates:
        if noun.i != verb.head.i and noun_number(noun) == number and not verb.is_ancestor(noun):
            return noun  # (never a noun inside the clause itself)
    return None


def aimed_noun(verb: Token) -> Token | None:
    """The noun of aiming an infinitive completes, when the parser hung the infinitive on the
    clause's verb instead: "will support X's work to create open models" (the work, not the
    supporting, is "to create"); "used the money to build" is left alone (no aim)."""
    if verb.dep_ != "advcl" or verb.i < 2 or verb.doc[verb.i - 1].lower_ != "to":
        return None
    before = verb.doc[verb.i - 2]
    if before.lemma_ not in AIM_NOUNS or before.tag_ not in ("NN", "NNS"):
        return None
    if before.dep_ not in ("dobj", "pobj") or verb.is_ancestor(before):
        return None
    if before.dep_ == "dobj" and before.head.lemma_ in USE_VERBS:
        return None  # "used the campaign to attack open models": a purpose of the using
    return before if before.head.i == verb.head.i or before.head.head.i == verb.head.i else None


# the heads a description set off after a name may take: "invested in X, a startup ..."
APPOSITION_DETS = {"a", "an", "the"}
NAME_TYPES = {"ORG", "PERSON", "PRODUCT", "GPE", "NORP", "FAC", "WORK_OF_ART", "LAW"}


def misplaced_apposition(noun: Token) -> Token | None:
    """The name a description set off by a comma describes, when the parser made the
    description the verb's object or adverb instead: "invested in X, a startup known for its
    open models" (the startup is X, not a second thing invested in)."""
    if noun.dep_ not in ("dobj", "npadvmod", "appos", "attr") or noun.tag_ not in ("NN", "NNS"):
        return None
    if noun.dep_ == "attr" and not second_attr(noun):
        return None
    left = noun.left_edge
    if left.lower_ not in APPOSITION_DETS or left.i < 2 or noun.doc[left.i - 1].text != ",":
        return None
    name = name_before(noun.doc[left.i - 2], left.i)
    if name is None or name.i == noun.head.i:
        return None
    if noun.dep_ == "appos":
        # "a stake in X, the owner of ...": the apposition hung on "stake", far from its name
        # (not "the CEO of X, a former banker", whose banker is the CEO: X inside his phrase)
        # (nor "in A, a payments startup, and in B, a maker of ...": B is a list's next item;
        # nor "the launch of X, an open-source initiative" hung on a verb's object far back)
        if not noun.head.is_ancestor(name) or listed_below(noun.head, name):
            return name
        return name if described_kind(noun, name) else None
    if name.dep_ not in ("pobj", "dobj") or not noun.head.is_ancestor(name):
        return None
    return name


def described_kind(noun: Token, name: Token) -> bool:
    """'... with the launch of X, an ambitious open-source initiative': a description of a
    kind of organisation or made thing, beside a name of one, hung on a noun that is no such
    kind ("push"); not "the CEO of X, a former banker" (a person's description)."""
    if noun.lemma_ not in DESCRIBED_KINDS or name.ent_type_ not in ("ORG", "PRODUCT"):
        return False
    head = noun.head
    return head.pos_ != "PROPN" and head.lemma_ not in DESCRIBED_KINDS


def listed_below(head: Token, name: Token) -> bool:
    """Whether the way down from `head` to `name` passes a list's later item ("and in B")."""
    tok = name
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "conj":
            return True
        tok = tok.head
    return False


def listed_apposition(name: Token) -> bool:
    """'A, B and C signed the pledge' read with B as A's apposition and C as B's conjunct: a
    name set beside a name that itself opens an "and" list is the list's second item."""
    if name.dep_ != "appos" or name.ent_type_ not in NAME_TYPES:
        return False
    head = name.head
    if head.i > name.i or name.left_edge.i < 1:
        return False
    if head.ent_type_ not in NAME_TYPES and head.pos_ != "PROPN":
        return False  # (the NER may not have typed the first name yet: "Orbit Labs")
    if name.doc[name.left_edge.i - 1].text != ",":
        return False
    return opens_and_list(name) or closed_by_first(head, name)


def closed_by_first(head: Token, name: Token) -> bool:
    """'A, B, and C released X' read with B as A's apposition and C as A's conjunct: a name
    set off by commas before A's "and C" is the list's second item."""
    after = name.right_edge.i + 1
    if after >= len(name.doc) or name.doc[after].text != ",":
        return False
    return opens_and_list(head, after=name.i)


def opens_and_list(tok: Token, after: int = -1) -> bool:
    """Whether a token carries an "and" (or "or") and a conjunct, both after `after`."""
    kids = [c for c in tok.children if c.i > after]
    return any(c.dep_ == "cc" for c in kids) and any(c.dep_ == "conj" for c in kids)


def phrase_head(last: Token, limit: int) -> Token:
    """The head word of the noun phrase whose compounds end at `last` ("AI" of "Corvid AI",
    "app" of "chat app"), not past the token at `limit`."""
    head = last
    while head.dep_ in ("compound", "flat") and head.i < head.head.i < limit:
        head = head.head
    return head


def name_before(last: Token, limit: int) -> Token | None:
    """The head word of the name ending at `last` ("AI" of "Corvid AI", "3" of "Halcyon
    Large 3": a version number the name's words hang on), if it is one."""
    name = phrase_head(last, limit)
    if name.pos_ == "NUM":  # (the NER may call the number a count: the name's words decide)
        words = [c for c in name.children if c.i < name.i and c.pos_ == "PROPN"]
        return name if words and words[0].ent_type_ in NAME_TYPES else None
    if name.pos_ != "PROPN" or name.ent_type_ not in NAME_TYPES:
        return None
    return name


def second_attr(noun: Token) -> bool:
    """'The highlight was the launch of X, the firm's new open model': a description the
    parser made the copula's second complement, after a first one of its own."""
    return any(c.dep_ == "attr" and c.i < noun.i for c in noun.head.children)


# what a description beside an organisation's or product's name may call it
DESCRIBED_KINDS = ORG_NOUNS | MODEL_NOUNS | {
    "initiative", "project", "programme", "program", "effort", "consortium", "alliance",
    "vendor", "provider", "tool", "framework",
}  # fmt: skip
# names a "which" clause cannot describe: people are "who"
PERSON_TYPES = {"PERSON"}


def inanimate_antecedent(verb: Token) -> Token | None:
    """'Lena Park, the chief scientist of Halvard AI, which keeps its models closed, ...': a
    "which" clause the parser hung on a person describes the thing named right before it."""
    pronoun = relative_subject(verb)
    if pronoun is None or pronoun.lower_ != "which" or pronoun.i < 3:
        return None
    if verb.head.ent_type_ not in PERSON_TYPES:
        return None
    comma = verb.doc[pronoun.i - 1]
    name = name_before(verb.doc[pronoun.i - 2], pronoun.i) if comma.text == "," else None
    if name is None or name.ent_type_ in PERSON_TYPES or verb.is_ancestor(name):
        return None
    return name


def described_conjunct(tok: Token) -> Token | None:
    """'Halvard, the studio known for its racing games and chat app Chatter, unveiled ...'
    read with "Chatter" as Halvard's conjunct: a conjunct that follows the name's description
    with no comma between continues the description's last noun. (A second subject after a
    description is set off by the comma that closes it: "Halvard, the studio, and Nimbus".)"""
    if tok.dep_ != "conj" or tok.head.i > tok.i or tok.left_edge.i < 1:
        return None
    if tok.head.ent_type_ not in NAME_TYPES and tok.head.pos_ != "PROPN":
        return None  # the name described, whose conjunct the parser made it
    description = next((c for c in tok.head.children if c.dep_ == "appos" and c.i < tok.i), None)
    if description is None or description.right_edge.i >= tok.left_edge.i:
        return None
    between = tok.doc[description.right_edge.i + 1 : tok.left_edge.i]
    if [t.dep_ for t in between] != ["cc"]:
        return None  # a comma closes the description, or other words stand between
    last = phrase_head(description.right_edge, len(tok.doc))
    if last.i == description.i or last.pos_ not in ("NOUN", "PROPN"):
        return None  # the description itself is the last noun: a plain list of names
    return last


def stranded_subject(name: Token) -> Token | None:
    """'At a summit in Oslo, Halvard chief Lena Park said ...' read with the name as the
    place's apposition and "said" without a subject: a name right before a verb that has no
    subject, inside an opening phrase of that verb, is the verb's subject."""
    if name.dep_ != "appos" or name.ent_type_ not in NAME_TYPES or name.head.dep_ != "pobj":
        return None
    after = name.right_edge.i + 1
    if after >= len(name.doc):
        return None
    verb = name.doc[after]
    opening = name.head.head  # the preposition of the opening phrase ("at a summit in Oslo")
    while opening.dep_ == "pobj" or (opening.dep_ == "prep" and opening.head.i != verb.i):
        opening = opening.head
    if verb.pos_ != "VERB" or opening.head.i != verb.i or opening.i > name.i:
        return None  # not a phrase that opens the verb's clause
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    return verb


def bracket_owner(note: Token) -> Token | None:
    """'proprietary models and open models (A and B)' read with the bracket on the list's
    first noun: a bracket right after a conjunct names that conjunct's members."""
    if note.dep_ != "appos" or note.left_edge.i < 1:
        return None
    bracket = note.doc[note.left_edge.i - 1]
    if bracket.text != "(" or note.pos_ != "PROPN":
        return None  # ("A and B (both champions of ...)": a description of the two)
    nearest = next(
        (
            c
            for c in note.head.children
            if c.dep_ == "conj" and note.head.i < c.i < note.i and c.right_edge.i == bracket.i - 1
        ),
        None,
    )
    return nearest


def split_subject(noun: Token) -> Token | None:
    """'Omar Haddad, once a champion of open models, has since ...' read with the description
    as the verb's second subject: a common noun set off by commas right after the verb's
    named subject describes that name."""
    if noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or noun.left_edge.i < 2:
        return None
    doc = noun.doc
    end = noun.right_edge.i
    if doc[noun.left_edge.i - 1].text != "," or end + 1 >= len(doc):
        return None
    if doc[end].text != "," and doc[end + 1].text != ",":
        return None  # (the closing comma may hang on the noun itself)
    name = next(
        (
            c
            for c in noun.head.children
            if c.dep_ == "nsubj" and c.i < noun.i and c.right_edge.i == noun.left_edge.i - 2
        ),
        None,
    )
    if name is None or name.ent_type_ not in NAME_TYPES:
        return None
    return name


def plural_subject_member(name: Token) -> Token | None:
    """'The Government of Norway and Nimbus have signed ...': a name joined to the object of
    "of" in a singular subject whose verb is plural is the subject's second member (the verb's
    number says so), not a second thing the first one is "of"."""
    if name.dep_ != "conj" or name.ent_type_ not in NAME_TYPES:
        return None
    inner = name.head
    if inner.dep_ != "pobj" or inner.head.lower_ != "of":
        return None
    subject = inner.head.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.tag_ not in SINGULAR_NOUN_TAGS:
        return None
    if any(c.dep_ == "conj" and c.i != name.i for c in subject.children):
        return None
    return subject if verb_number(subject.head) == "plural" else None


# the links some repair below may change: a relative clause, an infinitive of aim (advcl), a
# misplaced description, an apposition, a second subject, a conjunct
REPAIRED_DEPS = frozenset({"relcl", "advcl", "dobj", "npadvmod", "appos", "nsubj", "conj", "attr"})


@Language.component("newsbrief_attachment")
def repair_attachment(doc: Doc) -> Doc:
    """Re-attach a phrase the parser hung on the wrong word, by the grammar's own evidence:
    a relative clause on a noun its verb does not agree with, an infinitive of aim on the
    verb before its noun, a description set off after a name on the verb, a "which" clause on
    a person, a list's second name read as the first one's apposition, a description's last
    conjunct read as the name's, a speaker read as an opening phrase's apposition, a bracket
    hung on a list's first noun, a description read as a second subject.

    The small parser often hangs such phrases on a head several words back, and the rules
    read holders off that head: the wrong head gives the phrase's side to the wrong player.
    """
    for tok in doc:
        if tok.dep_ not in REPAIRED_DEPS:
            continue  # (most tokens: no repair looks at them)
        if tok.dep_ == "relcl":
            antecedent = agreeing_antecedent(tok) or inanimate_antecedent(tok)
            if antecedent is not None:
                reattach(tok, antecedent, "relcl")
        elif (noun := aimed_noun(tok)) is not None:
            reattach(tok, noun, "acl")
        elif (name := misplaced_apposition(tok)) is not None:
            reattach(tok, name, "appos")
        elif listed_apposition(tok):
            tok.dep_ = "conj"
        elif (name := split_subject(tok)) is not None:
            reattach(tok, name, "appos")
        elif (owner := bracket_owner(tok)) is not None:
            reattach(tok, owner, "appos")
        elif (verb := stranded_subject(tok)) is not None:
            reattach(tok, verb, "nsubj")
        elif (noun := described_conjunct(tok) or plural_subject_member(tok)) is not None:
            cc = tok.doc[tok.left_edge.i - 1]
            reattach(tok, noun, "conj")
            if tok.head.i == noun.i:  # (only when the conjunct itself moved)
                reattach(cc, noun, "cc")
    return doc


def reattach(tok: Token, head: Token, dep: str) -> None:
    """Hang `tok` on `head` with `dep`, only inside one sentence and never under itself: the
    head setter checks neither, and recomputes sentence starts from the heads."""
    if tok.i == head.i or tok.is_ancestor(head):
        return
    low, high = sorted((tok.i, head.i))
    if any(t.is_sent_start for t in tok.doc[low + 1 : high + 1]):
        return
    tok.head = head
    tok.dep_ = dep
