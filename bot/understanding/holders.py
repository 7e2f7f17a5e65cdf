"""Who holds a position: the player a token stands for, a quote's speaker, a clause's subject.

Holder resolution, apart from the frame rules that use it: a name (or the name inside a
compound or apposition), a pronoun's antecedent, "the company" as the story's organisation, a
relative pronoun's antecedent, "members of X" as X, a passive verb's agent, a quote's speaker,
"according to X". Every look-back is bounded to a few sentences, so the cost stays linear.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from functools import cache
from importlib import resources

from spacy.attrs import DEP, LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from bot.understanding.cue_context import clause_verb
from bot.understanding.cue_patterns import KEEP_VERBS
from bot.understanding.lexicon import (
    ABOUT_PREPS,
    ACCUSING_VERBS,
    ACTING_THINGS,
    ADVOCACY,
    ADVOCACY_NOUNS,
    AGENT_GROUPS,
    ARTEFACT_NOUNS,
    AUTHORED,
    BACKING,
    CAUSATIVE_VERBS,
    CHANGE_MARKS,
    CLAUSE_ONLY,
    COLLABORATION_NOUNS,
    COLLECTIONS,
    COMPETE_VERBS,
    CONCEDING_MARKS,
    CONCESSIVE,
    COUNTED_DETS,
    DOCUMENT_NAME,
    DOCUMENT_NAME_WORDS,
    DOCUMENT_NOUNS,
    DOUBTING_ADVERBS,
    EXAMPLE_SUBJECTS,
    FOIL_PREPS,
    FORTUNE_NOUNS,
    HONORIFICS,
    INTERVIEW_VERBS,
    INTERVIEW_WORDS,
    ISSUING,
    IT_KINDS,
    LAW_BLAME,
    LAW_NAME,
    LAW_NOUNS,
    LAW_PRAISE,
    LAWMAKERS,
    LEADER_TITLES,
    LEGISLATURE_WORDS,
    MADE_BY_ACTS,
    MAKER_ACTS,
    MAKER_PREPS,
    MAKER_STAFF,
    MAKER_THINGS,
    MAKER_VERBS,
    MAKING_NOUNS,
    MEMBER_NOUNS,
    MEMBER_PREPS,
    MODAL_DEMANDS,
    NAMEABLE_THINGS,
    NAMING_VERBS,
    NOT_ANTECEDENTS,
    NUMBER_WORDS,
    OPPOSING,
    ORG_NOUNS,
    OTHER_ROLE_WORDS,
    PARTISANS,
    PARTITIVES,
    PEOPLE_NOUNS,
    PERSON_NOUNS,
    POINTING_DETS,
    PRACTICE,
    PRAISING_VERBS,
    QUOTING,
    REFUSING,
    REPORTING,
    ROLE_SIGNERS,
    SIGN_ON_VERBS,
    SIGN_VERBS,
    SIGNER_NOUNS,
    STATE_BODY_WORDS,
    TOP_TITLES,
    UNIT_NOUNS,
    UNNAMED,
    VERSION_NOUNS,
    VIEW_NOUNS,
    VOUCHING,
    verb_forms,
)
from bot.understanding.players import PlayerInfo
from bot.understanding.polarity import negated_verb, not_only
from bot.understanding.token_arrays import indices_where, tokens_at, tokens_where

# generic bodies of states, whose members a range ("from A to B") may name
STATE_BODIES = {"government", "country", "nation", "capital", "state", "regulator", "policymaker"}
# titles of those who speak for a state: "Chinese Premier X", "France's president X"
STATE_TITLES = {"premier", "president", "minister", "chancellor"}
TITLE_WORDS = {*STATE_TITLES, "prime", "foreign", "vice", "digital", "deputy"}
# titles of those who act for an organisation: "Acme CEO X", "X, the lab's secretary general"
ORG_LEAD_TITLES = {
    *LEADER_TITLES,
    "ceo",
    "cto",
    "founder",
    "co-founder",
    "cofounder",
    "chief",
    "general",
    "secretary",
    "chairman",
    "executive",
}
# a product referred to by its kind: "the model is open-weight"
MODEL_NOUNS = {"model", "chatbot", "llm", "system", "family", "models", "chatbots", "llms"}
# model nouns that name other things too: the model just named only when bare ("that system")
BARE_ONLY = {"system", "family"}
# a place named by its kind: "the state of X", "the city of Y"
PLACE_KINDS = {"state", "province", "city", "region", "republic", "kingdom", "emirate"}
BACK_DETS = {"both", "all", "these", "those", "the", "each", "such"}


# what a first-person writer names their workplace by: "my team at Acme", "I work at Acme"
WRITER_GROUPS = {"team", "colleague", "lab", "group"}
# words that say a writer has moved on, so "we" may be a newer workplace: "my new startup",
# "my former employer"
MOVED_ON = {"former", "previous", "new", "old", "last", "next"}
WORKPLACES = {"job", "team", "startup", "lab", "employer", "company", "firm", "role", "venture"}
# verbs of leaving a workplace, and verbs that only suppose one: "my team laid me off",
# "say I work at X"
LEAVING = {"lay", "leave", "quit", "fire", "depart", "resign"}
SUPPOSING = {"say", "suppose", "assume", "pretend", "imagine"}
WRITER_JOBS = {"work", "lead", "run", "found", "head", "manage"}
# counted nouns of time, no group of actors: "three years ago"
TIME_NOUNS = {"year", "month", "week", "day", "decade", "hour", "quarter", "time"}
# prepositions that join a verb of -ing to the clause whose subject does it
TIME_LINKS = {"after", "before", "by", "while", "since", "upon", "when"}


def supposed_or_left(tok: Token) -> bool:
    """'Say I work at X', 'my team at X laid me off', 'I no longer work at X': a workplace
    only supposed, or left."""
    head = tok.head
    governing = head.head if head.dep_ in ("nsubj", "nsubjpass") else head
    if governing.lemma_ in LEAVING:
        return True
    if any(a.lemma_ in SUPPOSING for a in head.ancestors):
        return True
    return any(
        c.lower_ in ("longer", "until", "anymore") for t in (head, governing) for c in t.subtree
    )


def plain_present(word: Token) -> bool:
    """A present, plain statement: not negated, not past, with no auxiliary (a modal, "am
    leading") or condition, and no "former" or "old" on it ("my former team at X", "I
    worked at X")."""
    if word.tag_ in ("VBD", "VBN") or any(
        c.dep_ in ("neg", "aux", "mark") or c.lower_ in ("former", "old", "previous", "once")
        for c in word.children
    ):
        return False
    return not any(c.dep_ == "mark" for c in word.head.children)


@cache
def _demonym_data() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    raw = json.loads(resources.files("bot").joinpath("data/demonyms.json").read_text("utf-8"))
    names = {word: tuple(countries) for word, countries in raw["demonyms"].items()}
    return names, frozenset(raw["made_things"])


def demonym_players(players: dict[str, PlayerInfo]) -> dict[str, str]:
    """Adjective of nationality -> the country player it names ("Chinese" -> China), for the
    countries the text has as players."""
    names, _ = _demonym_data()
    out: dict[str, str] = {}
    for info in players.values():
        if info.type != "GPE":
            continue
        forms = {info.name, *info.aliases}
        for word, countries in names.items():
            if forms.intersection(countries):
                out.setdefault(word, info.key)
    return out


# the marks `quote_regions` reads: the only characters of a paragraph it has to look at
QUOTE_MARKS = re.compile('[“”"]')


def quote_regions(doc: Doc, text: str | None = None) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks, paragraph by paragraph (`text` is the doc's
    text when the caller has it already: `Doc.text` joins every token on each call). A quote
    left open at a paragraph's end runs on into the next when that one continues it (see
    `continues_quote`): one quotation, whose speaker is named after its close."""
    regions: list[tuple[int, int]] = []
    text = doc.text if text is None else text
    pos = 0
    carried = None  # where a quote left open at the last paragraph's end began
    carried_end = 0  # and where that paragraph ended
    carried_for = 0  # over how many paragraphs it has run on
    for para in text.split("\n"):
        if carried is not None and not para.strip():
            pos += len(para) + 1
            continue  # a blank line between the paragraphs of one quotation
        on = carried is not None and continues_quote(para) and carried_for < MAX_CARRIED
        start = carried if on else None
        carried_for = carried_for + 1 if on else 0
        if carried is not None and start is None:
            regions.append((carried, carried_end))
        skip = len(para) - len(para.lstrip()) if start is not None else -1
        for mark in QUOTE_MARKS.finditer(para):  # only the marks, not every character
            i, ch = mark.start(), mark.group()
            if i == skip and ch == "\u201c":
                continue  # the mark that reopens a quote carried on
            if ch == "\u201c" or (ch == '"' and start is None):
                start = pos + i
            elif (ch == "\u201d" or ch == '"') and start is not None:
                regions.append((start, pos + i + 1))
                start = None
        carried, carried_end = start, pos + len(para)  # a quote running to the paragraph's end
        pos += len(para) + 1
    if carried is not None:
        regions.append((carried, carried_end))
    return regions


# a quotation runs on over at most this many paragraphs: a stray or unclosed mark (an inch
# mark, a quote its writer forgot to close) cannot carry far
MAX_CARRIED = 4


def continues_quote(para: str) -> bool:
    """Whether a paragraph carries on a quotation left open: it reopens it (a paragraph that
    starts with an opening mark, as quotations of several paragraphs are printed) or closes
    it (a closing mark before any opening one)."""
    if para.lstrip().startswith("\u201c"):
        return True
    close, opening = para.find("\u201d"), para.find("\u201c")
    return close >= 0 and (opening < 0 or close < opening)


def set_against(tok: Token) -> bool:
    """A name the sentence sets its subject against ("Unlike A, B keeps ..."): a foil."""
    for head in [tok, *list(tok.ancestors)[:3]]:
        if head.dep_ == "pobj" and (head.head.lower_ == "unlike" or head.head.lower_ in CONCESSIVE):
            return True
    return False


def fronted_participle(tok: Token) -> bool:
    """'Quoting details of X, ...': a noun whose phrase opens with a participle at the start
    of its sentence (a fronted phrase the parser may take for a subject)."""
    first = tok.left_edge
    return first.i == tok.sent.start and first.tag_ == "VBG" and first.i < tok.i


def main_clause(verb: Token) -> bool:
    """A sentence's main verb, or one joined to it ("..., while B took ...", "... and B
    took ..."), that reports nothing: its subject is one of what the sentence is about."""
    if verb.lemma_ in REPORTING:
        return False
    if verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return True
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return verb.dep_ == "advcl" and verb.head.dep_ == "ROOT" and bool(marks & {"while", "whereas"})


def in_subject(tok: Token) -> bool:
    """A name that is a clause's subject, or the one example its subject names ("startups
    such as X have released ...")."""
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        if tok.dep_ == "compound":
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("as", "like", "including"):
            tok = tok.head.head.head if tok.head.head.lower_ == "such" else tok.head.head
        else:
            return False
    return False


def expletive(be: Token) -> bool:
    """'It is hard to say ...', 'it is clear that ...', 'it is time to ...': an "it" that
    stands for the clause that follows, not for something named before."""
    words = [be, *(c for c in be.children if c.dep_ in ("acomp", "attr"))]
    clauses = [c for w in words for c in w.children if c.dep_ in ("xcomp", "ccomp", "csubj")]
    # "it is free to download" is the thing itself: the verb after it lacks its own object
    return any(c.dep_ != "xcomp" or any(g.dep_ in OWN_OBJECTS for g in c.children) for c in clauses)


OWN_OBJECTS = ("dobj", "ccomp", "xcomp", "attr", "acomp", "nsubj")


# a player's circle named by the player: "the a16z crowd", "the OpenAI camp"
CIRCLE_NOUNS = {"crowd", "camp", "team", "folks", "faction", "wing", "contingent", "side"}
# the words between the names of a list ("A, B's C, and the D (D2)")
LIST_WORDS = {",", "and", "or", "the", "'s", "\u2019s", "as", "(", ")"}


def possessor_word(tok: Token) -> bool:
    """A word followed by its possessive ending ("Germany's", "Meta's")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ in ("'s", "\u2019s")


def titles_of(info: PlayerInfo) -> list[str]:
    """The words of the role the text gave a person ("chief executive, Acme")."""
    return (info.role or "").lower().replace(",", " ").split()


def has_aux(verb: Token) -> bool:
    """A verb with its own auxiliary ("have released"): finite, so it has a subject."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children)


def has_modal(verb: Token) -> bool:
    """A verb under a modal ("should release", "could misuse", "will follow"): a view or a
    plan, not a thing done."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def objects_of(tok: Token, prep: str) -> list[Token]:
    """The objects of one preposition under a token: 'similar [to A]', 'as [with B]'."""
    return [g for p in tok.children if p.lower_ == prep for g in p.children if g.dep_ == "pobj"]


def first_conjunct(tok: Token) -> Token:
    """The first member of the list a token ends ("C" of "A, B and C": A)."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def self_defined(tok: Token, members_refer: bool = False) -> bool:
    """'the first model to ...', 'the largest model of its kind', 'the model that ...': a noun
    its own words define, which refers to nothing named before. With `members_refer`, a
    clause that only lists its members ("that system, comprising A and B,") defines nothing."""
    return any(
        (c.dep_ in ("acl", "relcl") and not (members_refer and c.lemma_ in MEMBERSHIP))
        or c.dep_ in ("prep", "nummod")
        or (c.dep_ == "amod" and (c.tag_ in ("JJS", "RBS") or c.lower_ in ORDINALS))
        for c in tok.children
    )


ORDINALS = {"first", "second", "third", "last", "only", "next", "same", "other", "such"}


def artefact_of_one_just_named(tok: Token) -> bool:
    """'The weights are public', 'its code and weights', 'the full code and model
    weights': a model's parts named without their model belong to the model just named. Not
    'open weights' in general, nor parts whose owner is spelt out ('the weights of X')."""
    group = [tok, *tok.conjuncts]
    if not any(t.lower_ in ARTEFACT_NOUNS for t in group):
        return False
    if any(self_defined(t) for t in group):
        return False  # "the weights of X", "the code behind a model": said there
    if any(c.dep_ == "poss" and c.lower_ != "its" for t in group for c in t.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in MODAL_DEMANDS for c in tok.head.children):
        return False  # "the weights should be public": a demand, of no model in particular
    marks = {c.lower_ for t in group for c in t.children if c.dep_ in ("det", "poss", "predet")}
    marks |= {c.lower_ for t in group for c in t.children if c.dep_ in ("compound", "amod")}
    return bool(marks & {"the", "its", "model", "associated"})


def passive_agent(verb: Token) -> Token | None:
    """The "by" of a passive verb, or of the passive it is joined with that has no subject of
    its own: "was trained and released by X" (X did both)."""
    # (only acts of making: "released under ... and criticized by X" did not make it)
    verbs = [verb, *(c for c in verb.conjuncts if c.tag_ == "VBN" and c.lemma_ in MADE_BY_ACTS)]
    for v in verbs:
        if v is not verb and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            continue
        if (agent := next((c for c in v.children if c.dep_ == "agent"), None)) is not None:
            return agent
    return None


def said_to_be_a_model(it: Token) -> bool:
    """'it was the largest model ...', 'it is an open-weight LLM': the "it" is called a model,
    which only a product can be."""
    if it.dep_ != "nsubj" or it.head.lemma_ != "be":
        return False
    return any(c.dep_ == "attr" and c.lower_ in MODEL_NOUNS for c in it.head.children)


# the phrases that may open a sentence before its subject: "At launch,", "In 2023,", "Later,"
INTRO_DEPS = ("prep", "advmod", "npadvmod", "advcl")


def opens_sentence(tok: Token, start: int) -> bool:
    """The word opens its sentence, or comes right after an opening phrase set off by a comma
    ("At launch, it was ...", "On Monday, it said ...")."""
    if tok.i == start:
        return True
    if tok.i - start < 2 or tok.doc[tok.i - 1].text != "," or extraposed(tok.head):
        return False
    openers = [c for c in tok.head.children if c.i < tok.i and c.dep_ in INTRO_DEPS]
    covered = {t.i for c in openers for t in c.subtree} | {tok.i - 1}
    return covered >= set(range(start, tok.i))


def extraposed(verb: Token) -> bool:
    """A verb whose "it" stands for a clause that follows ("it was common for labs to
    withhold ...", "it seems obvious that ...") or for a cleft's focus, a name ("it was the
    Act that ..."): no thing named before ("it was the largest model whose weights ..." is)."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd"))]
    clauses = [
        c for w in words for c in w.children if c.dep_ in ("xcomp", "ccomp", "csubj", "advcl")
    ]
    cleft = any(
        c.dep_ == "relcl" and (w.pos_ == "PROPN" or w.ent_type_)
        for w in words[1:]
        for c in w.children
    )
    return bool(clauses) or cleft


# words that make "the model" another than the one just named: "the prior version"
OTHER_VERSIONS = {"prior", "previous", "earlier", "older", "original", "former", "next", "upcoming"}


def joined_active(verb: Token) -> bool:
    """A verb joined by "and" to the one before it that acts on its own ("funded by Y and
    will build Z", "backed by Y and has released Z"); not a participle or a copula that
    shares a passive ("built by Y and released openly", "built by Y and is open": the
    agent's act, or what the agent made)."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.lemma_ == "be":
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    participle = verb.tag_ == "VBN" and not perfect
    return not participle and not any(c.dep_ == "auxpass" for c in verb.children)


def split_open_source(verb: Token) -> bool:
    """'open sourced', 'open sources': the verb "open-source" written as two words, the
    parser reading "open" as a word of its own."""
    return verb.i > 0 and verb.lower_ in SOURCE_FORMS and verb.nbor(-1).lower_ == "open"


SOURCE_FORMS = {"source", "sourced", "sources", "sourcing"}


def definite(tok: Token) -> bool:
    """'the senator', 'this executive': a noun that refers back to someone already named."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


# "A joined B in a letter", "A teamed up with B", "A sided with B": B takes part in A's act
# what a player decides, whose pronouns are its own: "X's decision to open-source their model"
DECISION_NOUNS = {"decision", "choice", "plan", "move", "bid", "effort", "push", "attempt"}
COMPANION_VERBS = {"join", "team", "partner", "ally", "unite", "side", "collaborate"}


def partners(verb: Token) -> list[Token]:
    """The partners of a verb of acting together: its object ("joined B"), or its "with"
    phrase ("teamed up with B", "joined forces with B")."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        out += [g for g in prep.children if g.dep_ == "pobj"]
    return out


def person_role(tok: Token) -> bool:
    """A noun of a person's role ("the senator"), or a word for a person joined to one ("the
    former party leader and deputy prime minister"; not "the union and a minister")."""
    return tok.lower_ in PERSON_NOUNS or (
        tok.lower_ in PEOPLE_NOUNS
        and any(c.dep_ == "conj" and c.lower_ in PERSON_NOUNS for c in tok.children)
    )


def other_role(role: Token) -> bool:
    """'the opposition leader', 'the rival investor': a modifier that sets the role's holder
    apart from the person just named."""
    return any(c.lower_ in OTHER_ROLE_WORDS for c in role.children)


def followed_in(verb: Token) -> bool:
    """'Mistral followed Meta in publishing its weights': the one followed did the act first,
    so it shares it (a bare "followed Meta" says nothing of what Meta did). Only when the
    following is the subject's one act: in "followed Meta in hiring, then released open
    models" the release is the follower's alone."""
    return (
        verb.lemma_ == "follow"
        and not any(c.dep_ in ("conj", "dep") and c.pos_ == "VERB" for c in verb.children)
        and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pcomp" for g in c.children)
            for c in verb.children
        )
    )


# "Written by X, the report backs ...": a participle of authoring before the document noun
AUTHORING = {"author", "write", "draft", "prepare", "produce", "commission", "compile", "issue"}


def fronted_author(h: Holders, noun: Token) -> str | None:
    """'Authored by the agency, the report supports open models': the document's author, named
    in a participle clause before the document, speaks through it."""
    if noun.dep_ != "nsubj":
        return None
    for clause in noun.head.children:
        if clause.dep_ != "advcl" or clause.lemma_ not in AUTHORING or clause.i > noun.i:
            continue
        for agent in (c for c in clause.children if c.dep_ == "agent"):
            for pobj in (g for g in agent.children if g.dep_ == "pobj"):
                if key := h.player_at(pobj):
                    return key
    return None


def partitive_whole(tok: Token) -> Token:
    """'Most of the powerful systems, such as A and B, remain closed': the whole a part is
    taken from stands for the subject."""
    if tok.lower_ not in PARTITIVES:
        return tok
    of = next((c for c in tok.children if c.lower_ == "of"), None)
    whole = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return whole if whole is not None and whole.pos_ in ("NOUN", "PROPN") else tok


def relative_of(pronoun: Token) -> Token | None:
    """The relative clause a "who", "which" or "that" opens: its verb, or the verb a clause
    of saying inside it embeds ("R1, which he says was released ..."). None if it opens none."""
    if pronoun.lower_ not in ("who", "which", "that") or pronoun.tag_ not in ("WDT", "WP"):
        return None
    verb = pronoun.head
    if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" and verb.i > verb.head.i:
        verb = verb.head
    return verb if verb.dep_ == "relcl" else None


def whose_antecedent(noun: Token) -> Token | None:
    """'rivals A and B, whose strategy is ...' with the clause misparsed as the main verb's: the
    names right before "whose" (the first of a list) are whose the noun is."""
    whose = next((c for c in noun.children if c.lower_ == "whose"), None)
    if whose is None or whose.i < 2:
        return None
    before = noun.doc[whose.i - 1]
    if before.is_punct:
        before = noun.doc[whose.i - 2]
    if before.pos_ not in ("PROPN", "NOUN"):
        return None
    return first_conjunct(before)


def document_antecedent(pronoun: Token) -> Token | None:
    """'The letter, signed by A, B and C, warns of risks. Yet it argues ...': an "it" that
    speaks, right after a sentence whose subject is a document (a letter, a report, a bill),
    is that document, not the last organisation its signers' list names."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj" or pronoun.sent.start == 0:
        return None
    head = pronoun.head
    if head.lemma_ not in REPORTING and head.lemma_ not in ADVOCACY:
        return None
    before = pronoun.doc[pronoun.sent.start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    document = next(
        (c for c in subjects if c.lemma_.lower() in DOCUMENT_NOUNS and c.pos_ == "NOUN"), None
    )
    if document is None:
        return None
    # "The letter was delivered to Acme. It responded ...": an organisation the sentence's
    # predicate names (not the document's signers or authors) may be the "it" instead
    others = [t for t in before if t.i > before.root.i and t.ent_type_ == "ORG"]
    return None if others else document


def charged(verb: Token) -> bool:
    """A verb that charges or credits its object with a deed ("sued X for ...", "praised X
    for ..."): the deed after "for" is the object's."""
    return verb.lemma_ in ACCUSING_VERBS or verb.lemma_ in PRAISING_VERBS


def law_antecedent(pronoun: Token) -> Token | None:
    """The bill an "it" stands for when the "it" does what a bill would do: 'X attacked the
    bill, warning that it would gut ...' (the bill the clause above it acts on), or 'The bill
    ... . Critics say it will ...' (the last sentence's subject). Not when the sentence names
    an organisation, place or product before the "it" ("Critics of Acme say it will ..."), nor
    when the "it" does a maker's act ("it will keep its models closed"): the "it" is then most
    likely that other thing; never an "it" without a modal ("it was time", "it rained")."""
    if not bill_like_it(pronoun):
        return None
    start = pronoun.sent.start
    if other_candidate_before(pronoun):
        return None  # "Critics of Acme say it will ...": Acme, or the bill
    for verb in pronoun.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        law = next((c for c in verb.children if c.dep_ == "dobj" and law_noun(c)), None)
        if law is not None:
            return law  # "X criticised the bill, saying it ...": the nearest thing acted on
    if start == 0:
        return None
    before = pronoun.doc[start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    law = next((c for c in subjects if law_noun(c)), None)
    # ("The bill passed the Senate. It would ...": a legislature the bill goes through is no
    # other candidate for the "it")
    others = [
        t
        for t in before
        if t.i > before.root.i and nameable_thing(t) and t.lower_ not in LEGISLATURE_WORDS
    ]
    return None if law is None or others else law


def bill_like_it(pronoun: Token) -> bool:
    """An "it" subject that acts as a bill would: with a modal ("it would gut ...", "it will
    protect ..."), doing no maker's act ("release", "keep ... closed", "keep publishing") and
    owning no models ("it will keep its model weights private")."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = pronoun.head
    if not would_act(verb):
        return False
    acts = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    if any(t.lemma_ in MAKER_ACTS for t in acts):
        return False
    owned = [t.head for t in verb.subtree if t.lower_ == "its"]
    return not any(t.lemma_.lower() in MODEL_NOUNS | MAKER_THINGS for t in owned)


def other_candidate_before(pronoun: Token) -> bool:
    """Whether the "it"'s sentence names, before it, an organisation, place or product that
    the "it" could be; not one that only describes a person ("X, a researcher at Acme, said
    it would ...")."""
    for t in pronoun.doc[pronoun.sent.start : pronoun.i]:
        if nameable_thing(t) and not describes_person(t):
            return True
    return False


def describes_person(tok: Token) -> bool:
    """A word inside an apposition set beside a person's name ("X, a researcher at Acme,")."""
    return any(a.dep_ == "appos" and a.head.ent_type_ == "PERSON" for a in tok.ancestors)


def nameable_thing(tok: Token) -> bool:
    """A name an "it" may stand for: an organisation, place or product, or a proper noun the
    NER left untyped (not a person, nor a title before one: "Professor X"; not a date)."""
    untyped = tok.pos_ == "PROPN" and not tok.ent_type_
    return tok.ent_type_ in NAMEABLE_THINGS or (untyped and tok.head.ent_type_ != "PERSON")


def law_noun(tok: Token) -> bool:
    """'the bill', 'the legislation': a law named by its kind."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in LAW_NOUNS


# verbs by which a group's relative clause names its members: "which includes A and B"
MEMBERSHIP = {"include", "comprise", "count", "unite", "gather"}


class Holders:
    """Resolves tokens of one doc to the players already found in it."""

    def __init__(
        self, doc: Doc, players: dict[str, PlayerInfo], token_player: dict[int, str]
    ) -> None:
        self.doc = doc
        self.players = players
        self.token_player = token_player
        self.sents = list(doc.sents)
        self.sent_of: dict[int, int] = {}
        for idx, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = idx
        self.text = doc.text  # built once: `Doc.text` joins every token on each call
        self.quotes = quote_regions(doc, self.text)
        self._quote_starts = [start for start, _ in self.quotes]
        self._speakers: dict[int, list[str] | None] = {}
        self.demonyms = demonym_players(players)
        self._first_of: dict[str, str] = {}  # the first player of each type the text names
        self._document_keys: frozenset[str] | None = None  # named laws and documents
        self._interview: tuple[list[str], frozenset[int]] | None = None
        self._writer_org: list[str] | None = None
        self._leaders: dict[str, str] | None = None

    def interviewee(self, sidx: int) -> list[str]:
        """Who answers in an interview's answer paragraph; [] outside one (see `interview`)."""
        if self._interview is None:
            self._interview = interview(self)
        keys, answers = self._interview
        return keys if sidx in answers else []

    def in_quote(self, tok: Token) -> tuple[int, int] | None:
        """The quotation a token sits in: a binary search over the sorted regions."""
        at = bisect_right(self._quote_starts, tok.idx) - 1
        if at >= 0 and tok.idx < self.quotes[at][1]:
            return self.quotes[at]
        return None

    def player_at(self, tok: Token) -> str | None:
        key = self.token_player.get(tok.i)
        if key is None and tok.dep_ in ("compound", "poss") and tok.head.i in self.token_player:
            key = self.token_player.get(tok.head.i)
        return key

    def recent(
        self,
        before: int,
        kinds: tuple[str, ...],
        count: int = 1,
        within_sents: int = 3,
        loose: bool = False,
    ) -> list[str]:
        """The last `count` distinct players of these types mentioned before token `before`
        (with `loose`, a one-word "person" counts as an organisation: `of_kind`)."""
        first_sent = max(0, self.sent_of.get(before, 0) - within_sents)
        limit = self.sents[first_sent].start if self.sents else 0
        out: list[str] = []
        for i in range(before - 1, limit - 1, -1):
            key = self.token_player.get(i)
            if not key or key in out:
                continue
            if self.players[key].type in kinds or (
                "ORG" in kinds and self.of_kind(key, "ORG", loose)
            ):
                out.append(key)
                if len(out) == count:
                    break
        return out

    def not_own_subject(self, t: Token) -> list[str]:
        """The person an object "him" or "her" stands for: the last one named who is not its
        own clause's subject (that would be "himself")."""
        verb = t.head.head if t.dep_ == "pobj" else t.head
        own = {k for s in self.subjects(verb) if (k := self.player_at(s))}
        recent = self.recent(t.i, ("PERSON",), count=len(own) + 1)
        return [k for k in recent if k not in own][:1]

    def named_by_part(self, t: Token) -> list[str]:
        """'the 70B model', 'the Pro model': a model noun whose modifier is the distinctive last
        word of exactly one product named shortly before (a size or a capitalised word, not
        "the new model")."""
        parts = [
            c.text for c in t.children if c.dep_ in ("compound", "nummod", "amod") and c.i < t.i
        ]
        if len(parts) != 1 or not (parts[0][:1].isupper() or any(ch.isdigit() for ch in parts[0])):
            return []
        recent = self.recent(t.i, ("PRODUCT",), count=6, within_sents=4)
        found = [k for k in recent if self.players[k].name.split()[-1] == parts[0]]
        return found if len(found) == 1 and found[0] != parts[0] else []

    def enumerated(self, i: int) -> bool:
        """A player's name that is one item of a list of names ("A, B and C"), read from the
        words around it rather than the parse, which often splits such lists."""
        key = self.token_player.get(i)
        start, end = i, i
        while start > 0 and self.token_player.get(start - 1) == key:
            start -= 1
        while end + 1 < len(self.doc) and self.token_player.get(end + 1) == key:
            end += 1
        for at, step in ((start - 1, -1), (end + 1, 1)):
            if not 0 <= at < len(self.doc) or self.doc[at].lower_ not in (",", "and", "or"):
                continue
            at += step
            if 0 <= at < len(self.doc) and self.doc[at].lower_ in ("and", "or"):
                at += step  # "A, and B"
            other = self.token_player.get(at) if 0 <= at < len(self.doc) else None
            if other is not None and other != key:
                return True
        return False

    def recent_topic(
        self, before: int, kind: str = "ORG", loose: bool = False, within: int = 3
    ) -> list[str]:
        """'the company', 'he': the organisation (or person) that was last the subject of a
        clause (what the story is about), else the last one named. When no organisation is
        found, a one-word "person" may be one (`of_kind`)."""
        first_sent = max(0, self.sent_of.get(before, 0) - within)
        limit = self.sents[first_sent].start if self.sents else 0
        listed: set[str] = set()
        for i in range(before - 1, limit - 1, -1):
            key = self.token_player.get(i)
            tok = self.doc[i]
            if not key or not self.of_kind(key, kind, loose):
                continue
            if self.enumerated(i) or set_against(tok):
                # "A, B and C joined", "unlike A, ...": "the company" is none of them
                listed.add(key)
                continue
            if in_subject(tok):
                return [key]
        found = [
            k for k in self.recent(before, (kind,), 6 + len(listed), loose=loose) if k not in listed
        ]
        if kind == "ORG" and len(found) > 1:
            # no subject to go by: the organisation the text is about (named in its headline,
            # most often so far, or first), the last named among equals
            return [max(found, key=lambda k: (*self.about(k, before), -found.index(k)))]
        if not found and kind == "ORG" and not loose:
            return self.recent_topic(before, kind, loose=True)
        return found[:1]

    def pronoun_run(self, t: Token) -> bool:
        """Whether the sentence before a "he" or "she" speaks of that person too ("he",
        "his"; "she", "her"): the pronoun goes on telling one person's story."""
        idx = self.sent_of.get(t.i, 0)
        if idx == 0:
            return False
        words = {t.lower_, "his" if t.lower_ == "he" else "her"}
        return any(w.lower_ in words for w in self.sents[idx - 1])

    def no_other_person(self, found: list[str], before: int) -> bool:
        """Whether no person but the one found is named between that person's last mention's
        sentence and token `before`."""
        if len(found) != 1:
            return False
        first = self.sents[max(0, self.sent_of.get(before, 0) - 8)].start  # recent_topic's reach
        mentions = [i for i in range(first, before) if self.token_player.get(i) == found[0]]
        if not mentions:
            return False
        last = mentions[-1]
        start = self.sents[self.sent_of.get(last, 0)].end
        others = {self.token_player.get(i) for i in range(start, before)} - {None, found[0]}
        return not any(self.players[k].type == "PERSON" for k in others)

    def of_kind(self, key: str, kind: str, loose: bool) -> bool:
        """Whether a player is of a kind; with `loose`, a one-word "person" counts as an
        organisation too ("Glasswing's generator ...; the startup ..."): the small model often
        takes a new company's one-word name for a person's, and a person is named in full."""
        info = self.players[key]
        if info.type == kind:
            return True
        return loose and kind == "ORG" and info.type == "PERSON" and " " not in key

    def about(self, key: str, before: int) -> tuple[bool, int, bool]:
        """How much the text is about a player up to a point: in its headline, how often
        named, the first of its kind the text names."""
        info = self.players[key]
        if info.type not in self._first_of:
            named = [(i.mentions[0].start, k) for k, i in self.players.items() if i.mentions]
            self._first_of[info.type] = min(
                (at, k) for at, k in named if self.players[k].type == info.type
            )[1]
        count = sum(m.start < before for m in info.mentions)
        return info.in_headline, count, self._first_of[info.type] == key

    def conjuncts(self, tok: Token) -> list[Token]:
        """A token and the names coordinated with it, including one the parser hung on it as
        a modifier with its "and" ("Mistral and Aleph Alpha" read as one compound name), or
        on another word of its own name."""
        out = [tok]
        key = self.token_player.get(tok.i)
        # "Mistral Small 4 and Llama 4" with "and Llama 4" hung on a word inside the first name
        inside = [c for c in tok.children if key and self.token_player.get(c.i) == key]
        for child in (c for t in (tok, *inside) for c in t.children):
            if child.dep_ == "conj" or (
                child.dep_ == "nmod" and any(g.dep_ == "cc" for g in child.children)
            ):
                out.extend(self.conjuncts(child))
        return out

    def model_of_parts(self, tok: Token) -> list[str]:
        """'Acme released X. The weights are on Hugging Face': the model just named, when its
        parts are named without their owner (see `artefact_of_one_just_named`)."""
        if not artefact_of_one_just_named(tok):
            return []
        return self.recent(tok.i, ("PRODUCT",), within_sents=2)

    def conjunct_keys(self, tok: Token) -> list[str]:
        """The players a token and the names coordinated with it name ("A, B and C")."""
        return [k for t in self.conjuncts(tok) if (k := self.player_at(t))]

    def appositive_list(self, tok: Token) -> list[str]:
        """'A, B and C', parsed with "B and C" in apposition to A: the names of that list (an
        apposition that is one name alone, or a role, describes A and is no list)."""
        if self.player_at(tok) is None:
            return []
        out: list[str] = []
        for appos in (c for c in tok.children if c.dep_ == "appos" and self.player_at(c)):
            if any(c.dep_ == "conj" and self.player_at(c) for c in appos.children):
                out += self.conjunct_keys(appos)
        return out

    def listed(self, tok: Token) -> list[str]:
        """The players named in apposition to a token, with their own lists: "a coalition of
        groups — A, B and C —" names A, B and C."""
        out: list[str] = []
        group = [tok]  # "a coalition of groups — A, B —": the list may hang on "groups"
        group += [
            g for p in tok.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
        ]
        # "Opponents of SB 1047" read with "1047" in apposition: the name after "of" is what
        # the noun is about, not who the noun is
        about = {self.player_at(g) for g in group[1:]} - {None}
        stack = [c for t in group for c in t.children if c.dep_ == "appos"]
        while stack:
            t = stack.pop(0)
            key = self.player_at(t)
            if key and key not in out and key not in about:
                out.append(key)
            # a name in the list may be parsed as a bare noun phrase ("A, B, C" with B npadvmod)
            stack.extend(
                c
                for c in t.children
                if c.dep_ in ("appos", "conj") or (c.dep_ == "npadvmod" and c.pos_ == "PROPN")
            )
        return out

    def named_among(self, tok: Token) -> list[str]:
        """'Critics of closed AI, including A', 'giants such as A, B and C': those named."""
        out: list[str] = []
        out.extend(k for k in self.ranged(tok) if k not in out)  # "firms, from A to B, ..."
        for prep in (c for c in tok.children if c.lower_ in ("including", "like", "as")):
            if prep.lower_ == "as" and not any(g.lower_ == "such" for g in prep.children):
                continue
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                named = [self.player_at(t) or self.place_of(t) for t in self.conjuncts(pobj)]
                named += self.listed(pobj)
                named += self.bodies_of(pobj)  # "leaders, including the CEOs of A and B"
                out.extend(k for k in named if k and k not in out)
            out.extend(k for k in self.names_after(prep) if k not in out)
        # "the coalition, which includes A and B, ...": the members its relative clause names;
        # "opponents of the bill, which include A and B": the clause hung on the "of" object
        # names the group's members when it names players (a bill includes no companies)
        # ("that system, comprising A and B,": the same members in a participle)
        clauses = [c for c in tok.children if c.dep_ in ("relcl", "acl") and c.lemma_ in MEMBERSHIP]
        if tok.tag_ == "NNS" and tok.lemma_ in PARTISANS:
            clauses += [
                c
                for prep in tok.children
                if prep.lower_ == "of"
                for g in prep.children
                for c in g.children
                if c.dep_ == "relcl" and c.lemma_ in MEMBERSHIP and c.i > g.i
            ]
        for clause in clauses:
            for obj in (g for g in clause.children if g.dep_ == "dobj"):
                named = [self.player_at(t) for t in self.conjuncts(obj)] + self.listed(obj)
                out.extend(k for k in named if k and k not in out)
        return out

    def names_after(self, prep: Token) -> list[str]:
        """The names listed right after "including" or "such as", read from the words (the
        parser often breaks a list of possessed names, "A's X, B's Y, and C's Z", apart)."""
        out: list[str] = []
        end = self.sents[self.sent_of.get(prep.i, 0)].end
        affiliation = False  # "A of X and Y, B of Z": X, Y and Z only say where A and B work
        for t in self.doc[prep.i + 1 : min(end, prep.i + 40)]:
            key = self.token_player.get(t.i)
            if t.text == ",":
                affiliation = False
            if key is not None:
                keep = key not in out and not self.employer(t) and not affiliation
                out += [key] if keep else []
            elif t.lower_ in MEMBER_PREPS and out and self.players[out[-1]].type == "PERSON":
                affiliation = True
            elif t.lower_ not in LIST_WORDS and t.tag_ != "POS" and not affiliation:
                break
        return out

    def employer(self, t: Token) -> bool:
        """'Meta' in "Meta's Yann LeCun": the possessor that only says where a person works;
        'China' in "China's DeepSeek": where a company or a model comes from."""
        key, last = self.token_player.get(t.i), t.i
        while last + 1 < len(self.doc) and self.token_player.get(last + 1) == key:
            last += 1  # the name's last word
        if not possessor_word(self.doc[last]):
            return False
        owned = self.token_player.get(last + 2)
        if owned is None:
            return False
        # "China's DeepSeek": a country's company or model, said where it comes from (not
        # "India's Ministry of ...", through which India acts)
        home = self.players[key].type == "GPE" if key else False
        state_body = bool(set(owned.lower().split()) & STATE_BODY_WORDS)
        return self.players[owned].type == "PERSON" or (
            home and self.players[owned].type in ("ORG", "PRODUCT") and not state_body
        )

    def resolve(self, tok: Token, conjuncts: bool = True) -> list[str] | None:
        """Players a subject token stands for; [] for a generic or unnamed subject, None when
        it is something else (a thing, a topic, the writer)."""
        keys: list[str] = []
        whole = partitive_whole(tok)
        if whole is not tok and (among := self.named_among(tok)):
            return among  # "many of the labs, including A and B," parsed onto "many"
        tok = whole
        for t in self.conjuncts(tok) if conjuncts else [tok]:
            found = self.named(t)
            if not found:
                found = self.referred(t)
                if found is None:
                    return None
            keys.extend(k for k in found if k not in keys)
            keys.extend(k for k in self.companions(t) if k not in keys)
            keys.extend(k for k in self.parent_of_unit(t) if k not in keys)
        return keys or self.unnamed(tok)

    def parent_of_unit(self, t: Token) -> list[str]:
        """'Meta's research division (FAIR)', 'Google's AI unit': the organisation whose part
        acts, beside the part's own name (in its compounds too: "Meta's FAIR center")."""
        if t.pos_ != "NOUN" or t.lemma_.lower() not in UNIT_NOUNS:
            return []
        owners = [self.player_at(c) for c in t.children if c.dep_ in ("poss", "compound", "nmod")]
        return [k for k in dict.fromkeys(owners) if k and self.players[k].type == "ORG"]

    def companions(self, t: Token) -> list[str]:
        """'X, along with Y, said', 'X, together with figures like Y,', 'X alongside Y'."""
        near = list(t.children)
        # the parser may hang "along with" on the verb (not a relative clause's: "unlike some
        # who keep X closed, Y, alongside Z, ..." sets Z beside Y, not beside "some")
        if t.dep_ == "nsubj" and t.head.dep_ != "relcl":
            near += [c for c in t.head.children if c.dep_ == "prep"]
        preps = [c for c in near if c.lower_ == "alongside"]
        preps += [
            g
            for c in near
            if c.lower_ in ("along", "together")
            for g in c.children
            if g.lower_ == "with"
        ]
        pobjs = [g for p in preps for g in p.children if g.dep_ == "pobj"]
        if t.dep_ == "nsubj" and (t.head.lemma_ in COMPANION_VERBS or followed_in(t.head)):
            pobjs += partners(t.head)
        keys = [k for pobj in pobjs for c in self.conjuncts(pobj) for k in self.named(c)]
        # the list after "along with" read from the words too: the parser often breaks it
        keys += [k for p in preps for k in self.names_after(p) if k not in keys]
        return keys

    def named(self, t: Token) -> list[str]:
        """The players a token names: itself, the names listed beside it ("a coalition — A,
        B —", "giants such as A and B"), its author ("the letter, organised by X"), or the
        name in its compound ("Meta CEO said"; not "UK safety institute")."""
        key = self.player_at(t)
        if key is not None:
            return [key]
        if t.lower_ == "likes":  # "the likes of A or B": A and B
            ofs = objects_of(t, "of")
            return list(
                dict.fromkeys(k for g in ofs for c in self.conjuncts(g) for k in self.named(c))
            )
        if t.lemma_ in AUTHORED and (authors := self.authors(t)):
            return authors  # "the Linux Foundation's paper argues ...": its author's words
        # "Acme's models, like Zeta, are open": the maker's practice, and its examples'
        owners = self.possessor(t) if t.lower_ in MODEL_NOUNS else []
        if listed := self.listed(t):
            return owners + [k for k in listed if k not in owners]
        if t.pos_ == "NOUN" and (among := self.named_among(t)):
            return owners + [k for k in among if k not in owners]
        if t.pos_ == "NOUN" and (called := self.called(t)):
            return called  # "a bill called the ENFORCE Act, which would ban ...": the Act
        if t.pos_ == "NOUN":
            for acl in (c for c in t.children if c.dep_ == "acl" and c.lemma_ not in BACKING):
                for agent in (c for c in acl.children if c.dep_ == "agent"):
                    pobj = next((g for g in agent.children if g.dep_ == "pobj"), None)
                    if pobj is not None and (key := self.player_at(pobj)):
                        # ("employed by A and B": every agent listed)
                        return list(dict.fromkeys([key, *self.conjunct_keys(pobj)]))
        if t.lower_ in CIRCLE_NOUNS:  # "the a16z crowd", "the Meta camp": that player
            circle = [
                self.token_player[c.i]
                for c in t.children
                if c.dep_ in ("compound", "poss") and c.i in self.token_player
            ]
            if circle:
                return circle[-1:]
        if country := self.national(t):  # after the names listed beside the noun
            return country
        if place := self.place_of(t):
            return [place]
        if places := self.rule_makers_of(t):
            return places
        if t.lower_ in MODEL_NOUNS or t.lemma_.lower() in MODEL_NOUNS:
            # "the Nimbus models ship next week": the family its name calls them
            family = [
                key
                for c in t.children
                if c.dep_ == "compound"
                and (key := self.token_player.get(c.i))
                and self.players[key].type == "PRODUCT"
            ]
            if family:
                return list(dict.fromkeys(family))
            if makers := self.maker_of(t):  # "the new model from Acme is open": Acme's
                return makers
        if owners:
            return owners
        if t.pos_ == "NOUN" and (key := fronted_author(self, t)):
            return [key]
        if t.pos_ == "PROPN" or t.lower_ in PERSON_NOUNS:
            names = [
                self.token_player[c.i]
                for c in t.children
                if c.dep_ == "compound" and c.i in self.token_player
            ]
            # "Acme's CEO", "its founder": the role's organisation, and a definite role
            owners = self.possessor(t) if t.lower_ in PERSON_NOUNS else []
            names += owners
            person = [k for k in names if self.players[k].type == "PERSON"]
            if not person and t.lower_ in PERSON_NOUNS and (owners or self.refers_back(t)):
                person = self.role_holder(t, names)  # "the former Google CEO": a person
            return person[:1] or names[-1:]
        return []

    def called(self, noun: Token) -> list[str]:
        """'a bill called the X Act', 'a model dubbed Y': the player the noun is named as."""
        names = [
            g
            for c in noun.children
            if c.dep_ == "acl" and c.lemma_ in NAMING_VERBS and c.tag_ == "VBN"
            for g in c.children
            if g.dep_ in ("oprd", "attr", "dobj")
        ]
        return [k for g in names if (k := self.player_at(g))][:1]

    def authors(self, noun: Token) -> list[str]:
        """Whoever a possessive names as a writing's author ("Acme's paper", "Roe's essay"),
        or an organisation its name does ("the NTIA report", "a RAND study")."""
        if any(c.dep_ == "prep" and c.lower_ in ABOUT_PREPS for c in noun.children):
            return []  # "X's report on Y's models": what it is about is read, not who wrote it
        keys = [self.player_at(c) for c in noun.children if c.dep_ == "poss"]
        found = [k for k in keys if k and self.players[k].type in ("ORG", "GPE", "PERSON")]
        named = [self.player_at(c) for c in noun.children if c.dep_ == "compound"]
        return found or [k for k in named if k and self.players[k].type in ("ORG", "GPE")]

    def possessor(self, noun: Token) -> list[str]:
        """The organisation a noun's possessive names ("Acme's models", "its models")."""
        return [k for c in noun.children if c.dep_ == "poss" for k in self.owner_of(c)]

    def owner_of(self, poss: Token) -> list[str]:
        """The organisation (or country) a possessive names: "Acme's", or "its" for the one
        just named."""
        if key := self.player_at(poss):
            return [key] if self.players[key].type in ("ORG", "GPE") else []
        if poss.lower_ == "its":
            owners = bound_possessor(self, poss)
            owners = self._antecedent_it(poss) if owners is None else owners
            return [k for k in owners if self.players[k].type in ("ORG", "GPE")]
        return []

    def national(self, t: Token) -> list[str]:
        """'Chinese labs', 'French models', 'the German government': makers or their models
        named by nationality stand for that country, when the text has it as a player."""
        _, made = _demonym_data()
        if not self.demonyms or (t.lower_ not in made and t.lemma_.lower() not in made):
            return []
        if t.dep_ in ("appos", "compound") or self.beside_a_name(t):
            return []  # "A and B, Chinese firms", "Chinese startups A and B": not China
        if t.lower_ != "government" and any(c.lower_ in BACK_DETS for c in t.children):
            return []  # "both Chinese firms", "these French labs": named ones, not the country
        for adj in (c for c in t.children if c.dep_ in ("amod", "compound")):
            before = adj.doc[adj.i - 1].lower_ + " " if adj.i else ""
            key = self.demonyms.get(before + adj.lower_) or self.demonyms.get(adj.lower_)
            if key is not None:
                return [key]
        return []

    def beside_a_name(self, t: Token) -> bool:
        """A noun that describes a player named right beside it."""
        near = [c for c in t.children if c.dep_ in ("appos", "compound", "nmod", "npadvmod")]
        if t.i + 1 < len(t.doc):
            near.append(t.doc[t.i + 1])
        return any(self.player_at(c) for c in near)

    def role_holder(self, role: Token, orgs: list[str]) -> list[str]:
        """'the senator', 'the former Acme CEO': the person last named with that role (or at
        that organisation), else the person the recent sentences are about, unless what the
        text says of that person is another role."""
        near = self.recent(role.i, ("PERSON",), count=4, within_sents=6)
        at = self.names_of(orgs)
        if orgs:  # "Acme's CEO" far from the name: the one person the text gave that job
            near += [k for k in self.people_at(at, role) if k not in near]
        for key in near:
            info = self.players[key]
            if info.affiliation and orgs and info.affiliation not in at:
                continue  # "Google's CEO" is not the CEO of Mistral named before
            if role.lower_ in titles_of(info) or (info.affiliation and info.affiliation in at):
                return [key]
        topic = [k for k in self.recent_topic(role.i, "PERSON") if k in near]
        return [k for k in topic if not self.players[k].role]

    def reporter_of(self, pronoun: Token) -> str | None:
        """The person whose report a clause is, when "he" or "she" is that clause's subject:
        "X said (that) she believes ...", "X added he would ..." speak of X."""
        clause = pronoun.head
        if clause.dep_ != "ccomp" or clause.head.lemma_ not in REPORTING:
            return None
        subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ == "who" and clause.head.dep_ == "relcl":
            subject = clause.head.head  # "X, who said she backs ...": X
        key = self.player_at(subject) if subject is not None else None
        return key if key is not None and self.players[key].type == "PERSON" else None

    def names_of(self, keys: list[str]) -> set[str]:
        """Every name and alias of these players, as a role's affiliation may be written."""
        return {n for k in keys for n in (self.players[k].name, *self.players[k].aliases)}

    def people_at(self, at: set[str], role: Token) -> list[str]:
        """The person named before this role whom the text introduced with the role at one
        of the organisations with these names ("Jane Roe, CEO of Acme"), if there is exactly
        one."""
        found = [
            info.key
            for info in self.players.values()
            if info.type == "PERSON"
            and info.affiliation in at
            and role.lower_ in titles_of(info)
            and info.mentions
            and info.mentions[0].start < role.i
        ]
        return found if len(found) == 1 else []

    def referred(self, t: Token) -> list[str] | None:
        """The players a pronoun or a definite description refers to; None for the writer, the
        reader, or an expletive "it"."""
        low = t.lower_
        if low in ("who", "which", "that") and (clause := relative_of(t)) is not None:
            if members := self.counted_among(clause.head):
                return members  # "A and B are among the startups that promised ..."
            return self.resolve(clause.head, conjuncts=False) or []  # "Delangue, who said"
        if low in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass"):
            if (reporter := self.reporter_of(t)) is not None:
                return [reporter]  # "X said that she believes ...": X
            found = self.recent_topic(t.i, "PERSON")  # a subject pronoun: the last subject
            if not found and self.pronoun_run(t):
                # "X ... he said ... He argues ... He also criticized": a run of sentences
                # about one person, naming no other, carries the name further back
                found = self.recent_topic(t.i, "PERSON", within=8)
                found = found if self.no_other_person(found, t.i) else []
            return found
        if low in ("him", "her") and t.dep_ in ("dobj", "dative", "pobj"):
            return self.not_own_subject(t)  # "X accused him": someone other than X
        if low in ("he", "she", "him", "her", "his"):
            return self.recent(t.i, ("PERSON",))
        if low == "it" and t.dep_ == "nsubj" and t.head.lemma_ == "be" and expletive(t.head):
            return None  # expletive: "it's difficult to tell whether ..."
        if low in ("it", "its"):
            return self._antecedent_it(t)
        if low in ("we", "us") and (company := self.we_at(t)):
            return company  # "we at Acme are releasing ...": the company speaks
        writer = low in ("we", "us", "our") and not self.in_quote(t) and not self.generic_we(t)
        if writer and (own := self.writer_org()):
            return own  # the writer said "my team at Acme": their "we" is Acme
        if low in ("we", "i", "you", "us", "our", "my", "me"):
            return None  # the writer or the reader: not a player
        if low in ("they", "them", "their"):
            return self.recent_group(t)
        if low == "government" and (country := self.only_country(t)):
            return country  # "India will ... The government plans ...": the one country named
        if low in ("government", "governments", "administration"):
            return []  # which government is rarely the last organisation named
        if low in ("country", "nation") and definite(t):  # "the country": the one last acting
            # not "the country of origin": a noun its own words define refers to nothing before
            return [] if self_defined(t) else self.recent_topic(t.i, "GPE")
        if (document := self.document_named(t)) is not None:
            return document  # "the plan", after "the National AI Action Plan"
        if (group := self.counted_group(t)) is not None:
            return group
        if (group := self.all_of_count(t)) is not None:
            return group
        if (group := self.pointed_group(t)) is not None:
            return group
        if low in ORG_NOUNS or t.lemma_ in ORG_NOUNS:
            det = next((c.lower_ for c in t.children if c.dep_ in ("det", "predet")), "")
            if det in ("both", "neither"):  # "neither company will release ...": the two named
                return self.joined_pair(t) or self.recent(t.i, ("ORG",), 2)
            if det in ("the", "this") and t.tag_ != "NNS" and (own := self.speakers_company(t)):
                return own  # "Acme CEO Jane Roe said the company would ...": Acme
            return self.recent_topic(t.i) if det in ("the", "this") and t.tag_ != "NNS" else []
        if (
            low in MODEL_NOUNS
            and t.tag_ == "NN"
            and definite(t)
            and (part := self.named_by_part(t))
        ):
            return part  # "the 70B model", after "Nimbus 3 70B"
        versions = low in VERSION_NOUNS or low in MODEL_NOUNS
        if versions and any(c.lower_ in OTHER_VERSIONS for c in t.children):
            return []  # "the prior version", "an earlier release": a thing, not one just named
        if low in BARE_ONLY and any(c.dep_ in ("amod", "compound", "nmod") for c in t.children):
            return []  # "the regulatory system", "the Smith family": not the model just named
        if low in MODEL_NOUNS and t.tag_ == "NN" and definite(t) and not self_defined(t, True):
            found = self.recent(t.i, ("PRODUCT",), within_sents=2)  # "the model": one just named
            # (not one the sentence sets against it: "Unlike X, the new model's weights ...")
            return [] if found and self.foil_before(t, found[0]) else found
        if parts := self.model_of_parts(t):
            return parts  # "the weights": the weights of the model just named
        if low in MODEL_NOUNS and t.tag_ == "NNS" and not self_defined(t):
            return self.models_just_named(t)
        if person_role(t) and self.refers_back(t):
            return self.role_holder(t, []) or self.recent(t.i, ("PERSON",), within_sents=6)
        return []

    def foil_before(self, tok: Token, key: str) -> bool:
        """Whether the player is named before `tok`, in its sentence, as what it is compared
        with ("unlike X", "than X", "versus X"; `set_against` reads "unlike" and concessions
        for a name's own mention)."""
        sent = self.sents[self.sent_of.get(tok.i, 0)]
        return any(
            self.token_player.get(t.i) == key
            and any(a.dep_ == "prep" and a.lower_ in FOIL_PREPS for a in (t, *t.ancestors))
            for t in self.doc[sent.start : tok.i]
        )

    def refers_back(self, role: Token) -> bool:
        """'the senator', 'the veteran': a definite role that points back to someone named
        before; not one its own words define ("the first senator to ..."), another's ("the
        opposition leader"), or one first met unnamed ("hired a veteran ... the veteran")."""
        if not definite(role) or self_defined(role) or other_role(role):
            return False
        return not self.met_unnamed(role)

    def met_unnamed(self, role: Token) -> bool:
        """'X hired a veteran of Y. The veteran says ...': the role was first met without a
        name ("a veteran"), in this sentence or the two before; "the veteran" is that one. Not
        a role said of someone named ("X became a minister": "the minister" is X)."""
        sidx = self.sent_of.get(role.i, 0)
        start = self.sents[max(0, sidx - 2)].start
        return any(
            t.lemma_ == role.lemma_
            and t.i < role.i
            and t.dep_ not in ("attr", "appos", "oprd")
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children)
            for t in self.doc[start : role.i]
        )

    def writer_org(self) -> list[str]:
        """The organisation a first-person writer works at, as they say it outside quotes:
        "my team at Acme", "I work at Acme", "I lead Acme". One pass over the text, done
        once."""
        if self._writer_org is None:
            self._writer_org = []
            for tok in self.doc:
                if tok.lower_ not in ("my", "i") or self.in_quote(tok):
                    continue
                if not plain_present(tok.head) or supposed_or_left(tok):
                    continue  # "I worked at", "I don't work at", "if I worked at", "my former team"
                if tok.lower_ == "my" and tok.head.lemma_ in WRITER_GROUPS:
                    place = [g for c in tok.head.children if c.lower_ == "at" for g in c.children]
                elif tok.lower_ == "i" and tok.head.lemma_ in WRITER_JOBS:
                    verb = tok.head
                    place = [c for c in verb.children if c.dep_ == "dobj"]
                    place += [
                        g for c in verb.children if c.lower_ in ("at", "for") for g in c.children
                    ]
                else:
                    continue
                keys = [
                    k for g in place if (k := self.player_at(g)) and self.players[k].type == "ORG"
                ]
                if keys:
                    self._writer_org = keys[:1]
                    break
            if self._writer_org and any(
                t.lower_ in MOVED_ON and t.head.lemma_ in WORKPLACES for t in self.doc
            ):
                self._writer_org = []  # "now ... at my new startup": which "we" is unsure
        return self._writer_org

    def generic_we(self, we: Token) -> bool:
        """'As citizens, we ...', 'we all', 'we developers', 'we, the public', 'we in Europe':
        everyone or a kind of people, not the writer's employer."""
        if any(c.lower_ == "all" or c.dep_ in ("appos", "prep") for c in we.children):
            return True
        nxt = we.doc[we.i + 1] if we.i + 1 < len(we.doc) else None
        if nxt is not None and nxt.tag_ in ("NNS", "NNPS") and nxt.head.i == we.i:
            return True  # "we developers", "we Americans"
        clause = we.head
        return any(
            c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children) for c in clause.children
        )

    def we_at(self, we: Token) -> list[str]:
        """'We at Acme are releasing', 'here at Acme, we believe': the organisation the
        first person plural names as its own."""
        at = [c for c in we.children if c.lower_ == "at"]
        at += [g for c in we.head.children if c.lower_ == "here" for g in c.children]
        at += [c for c in we.head.children if c.lower_ == "at" and c.i < we.i]  # "here at X we"
        places = [g for p in at if p.lower_ == "at" for g in p.children if g.dep_ == "pobj"]
        keys = [k for g in places if (k := self.player_at(g)) and self.players[k].type == "ORG"]
        return list(dict.fromkeys(keys))

    def document_keys(self) -> frozenset[str]:
        """The players that are named laws or policy documents (asked for every token of a
        text by `signers`: worked out once)."""
        if self._document_keys is None:
            self._document_keys = frozenset(
                k for k, info in self.players.items() if named_document(info)
            )
        return self._document_keys

    def document_named(self, t: Token) -> list[str] | None:
        """'the plan', 'the order': the one named policy document whose name ends in that word
        ("the National AI Action Plan ... the plan"); None when the text names none or two."""
        if t.lower_ not in DOCUMENT_NAME_WORDS or t.tag_ != "NN" or not definite(t):
            return None
        named = [
            key
            for key, info in self.players.items()
            if key in self.document_keys()
            and (m := DOCUMENT_NAME.search(info.name))
            and m.group(0).lower() == t.lower_
            and info.mentions
            and info.mentions[0].start < t.i
        ]
        return named if len(named) == 1 else None

    def speakers_company(self, t: Token) -> list[str]:
        """'the company' in what a leader introduced with her company's title says: that
        company ("Acme CEO Jane Roe said the company would keep releasing open models")."""
        for verb in (a for a in t.ancestors if a.pos_ == "VERB" and a.lemma_ in REPORTING):
            for subj in (c for c in verb.children if c.dep_ == "nsubj"):
                if led := _led_by(self, subj):
                    return led
                # "Jane Roe, Acme's chief executive, said the company would ..."
                if (org := self.leaders().get(self.player_at(subj) or "")) is not None:
                    return [org]
            break
        return []

    def leaders(self) -> dict[str, str]:
        """Person -> the organisation they lead (see `leaders`), worked out once per text."""
        if self._leaders is None:
            self._leaders = leaders(self)
        return self._leaders

    def models_just_named(self, t: Token) -> list[str]:
        """'Both models ...', 'the two models': the products named just before, when the
        words say how many (both, two, three) and the last two sentences name that many.
        ("These models" says no number: the last products named may be a comparison's.)"""
        words = {c.lower_ for c in t.children if c.dep_ in ("det", "predet", "nummod")}
        count = 2 if words & {"both", "two"} else 3 if "three" in words else 0
        named = self.recent(t.i, ("PRODUCT",), count, within_sents=3) if count else []
        return named if len(named) == count else []

    def unnamed(self, tok: Token) -> list[str] | None:
        """A subject that names no player: whose decision it is, the body its members belong
        to; [] for a generic group ("critics"), None for a thing."""
        if (ante := whose_antecedent(tok)) is not None:
            if tok.lemma_ in ORG_NOUNS and (org := self.workplace(ante)):
                return org  # "the Acme chief executive, whose company keeps ...": Acme
            return self.resolve(ante) or []  # "A and B, whose strategy is to keep ...": A and B
        if tok.lemma_ in ADVOCACY_NOUNS:  # "the company's decision to keep its models closed"
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None and (owners := self.resolve(poss)):
                return owners
        if bodies := self.bodies_of(tok):  # "Members of the European Parliament"
            return bodies
        if among := self.named_among(tok):  # "Critics of closed AI, including X, said"
            return among
        if places := self.ranged(tok):  # "governments from A to B"
            return places
        if tok.lower_ in UNNAMED or tok.lemma_ in UNNAMED or tok.pos_ == "PRON":
            return []
        return [] if tok.tag_ == "NNS" and tok.pos_ == "NOUN" else None

    def joined_pair(self, t: Token) -> list[str]:
        """'A and B ... . Neither company ...': the two organisations the text joined last, in
        this sentence before the word or in the one before."""
        idx = self.sent_of.get(t.i, 0)
        for sent in (self.sents[idx], self.sents[idx - 1] if idx else None):
            if sent is None:
                continue
            for tok in reversed(list(sent)):
                if tok.i >= t.i or tok.dep_ != "conj":
                    continue
                first, second = self.player_at(tok.head), self.player_at(tok)
                if first is None or second is None or first == second:
                    continue
                if self.players[first].type == self.players[second].type == "ORG":
                    return [first, second]
        return []

    def workplace(self, person: Token) -> list[str]:
        """The organisation of a person named by a role ("the Acme chief executive") or by
        name (one the text says leads or works at it)."""
        named = [
            k
            for c in person.children
            if c.dep_ in ("compound", "poss", "amod", "nmod") and (k := self.player_at(c))
        ]
        orgs = [k for k in named if self.players[k].type == "ORG"]
        if orgs:
            return orgs[:1]
        people = [k for k in (self.resolve(person) or []) if self.players[k].type == "PERSON"]
        led = [self.leaders().get(k) for k in people]
        return [k for k in led if k][:1]

    def bodies_of(self, tok: Token) -> list[str]:
        """'researchers from A and B', 'the CEOs of A and B': the bodies members belong to."""
        if tok.lemma_.lower() not in MEMBER_NOUNS:
            return []
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in MEMBER_PREPS]
        pobjs = [g for p in preps for g in p.children if g.dep_ == "pobj"]
        bodies = [self.player_at(t) for pobj in pobjs for t in self.conjuncts(pobj)]
        bodies += [k for p in preps for k in self.names_after(p)]  # a list the parse broke
        kinds = ("ORG", "GPE")
        return list(dict.fromkeys(k for k in bodies if k and self.players[k].type in kinds))

    def place_of(self, t: Token) -> str | None:
        """'the state of X', 'the city of Y': the place named by its kind."""
        if t.lemma_.lower() not in PLACE_KINDS:
            return None
        return next((k for g in objects_of(t, "of") if (k := self.player_at(g))), None)

    def rule_makers_of(self, t: Token) -> list[str]:
        """'Lawmakers in California and Europe', 'regulators in X': the places whose rules the
        people who make them stand for (unnamed people of a named place)."""
        if t.lemma_.lower() not in LAWMAKERS or t.tag_ != "NNS" or t.dep_ != "nsubj":
            return []
        # only the plain body, saying or asking for something: not "opposition lawmakers",
        # "some officials", "lawmakers who oppose ...", nor a meeting, a clash or a briefing
        if any(c.dep_ not in ("prep", "det", "punct") for c in t.children) or any(
            c.dep_ == "det" and c.lower_ != "the" for c in t.children
        ):
            return []
        if t.head.lemma_ not in ADVOCACY:
            return []  # (not a report: "lawmakers in X said Meta released ...")
        places = [
            g
            for c in t.children
            if c.dep_ == "prep" and c.lower_ in ("in", "from")
            for g in c.children
        ]
        keys = [self.player_at(c) for g in places for c in self.conjuncts(g)]
        return [k for k in dict.fromkeys(keys) if k and self.players[k].type == "GPE"]

    def maker_of(self, noun: Token) -> list[str]:
        """'the latest models from Acme', 'a chatbot by startup Acme': the makers a maker
        preposition names on a model noun."""
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in MAKER_PREPS]
        keys = [k for p in preps for g in p.children if g.dep_ == "pobj" for k in self.named(g)]
        return [k for k in dict.fromkeys(keys) if self.players[k].type in ("ORG", "GPE")]

    def ranged(self, tok: Token) -> list[str]:
        """'Governments from A to B back ...', 'From A to B, states are ...': the places a
        range gives a generic body of states span hold what the body holds. So too any
        plural noun's range set off by commas: "Chinese firms, from A to B, are ..."."""
        if tok.tag_ != "NNS":
            return []
        spans = [c for c in tok.children if c.dep_ == "acl" and c.lemma_ == "range"]
        if spans and (
            tok.lemma_ in AGENT_GROUPS or any(c.lemma_ in AGENT_GROUPS for c in tok.conjuncts)
        ):
            return self.range_spanned(spans)  # "groups ranging from A to B"
        preps = [c for c in tok.children if c.dep_ == "prep"]
        aside = [p for p in preps if p.lower_ == "from" and p.i and tok.doc[p.i - 1].text == ","]
        if tok.lemma_.lower() not in STATE_BODIES and not aside:
            return []
        preps = aside or preps
        if tok.dep_ in ("nsubj", "nsubjpass"):  # a range fronted before the subject
            preps += [c for c in tok.head.children if c.dep_ == "prep" and c.i < tok.i]
        froms = [p for p in preps if p.lower_ == "from"]
        if not froms:
            return []
        ends = [*froms, *(p for p in preps if p.lower_ == "to")]
        ends += [c for f in froms for c in f.children if c.dep_ == "prep" and c.lower_ == "to"]
        keys = [self.player_at(g) for p in ends for g in p.children if g.dep_ == "pobj"]
        kinds = ("GPE", "ORG") if tok.lemma_.lower() in STATE_BODIES else ("ORG", "PRODUCT")
        return list(dict.fromkeys(k for k in keys if k and self.players[k].type in kinds))

    def range_spanned(self, participles: list[Token]) -> list[str]:
        """'groups and people ranging from A to the researcher B': the players at either end
        of the range (a name, or the name in a title's apposition; not "A's critics")."""
        ends = [
            g
            for c in participles
            for p in c.children
            if p.dep_ == "prep" and p.lower_ in ("from", "to")
            for g in p.children
            if g.dep_ == "pobj"
        ]
        ends += [c for g in ends for c in g.children if c.dep_ == "appos"]
        keys = [self.player_at(g) for g in ends]
        return list(dict.fromkeys(k for k in keys if k))

    def _antecedent_it(self, tok: Token) -> list[str]:
        """'it'/'its': the nearest organisation before it, unless a thing comes first
        ("the industry ... it should") or the 'it' is expletive ("it's difficult to")."""
        if document_antecedent(tok) is not None or law_antecedent(tok) is not None:
            return []  # "The letter ... . It argues ...": the document speaks
        if (law := self.law_acted_on(tok)) is not None:
            return [law]  # "sent a memo opposing the X Act, arguing it would ...": the Act
        if tok.dep_ == "nsubj" and (tok.head.lemma_ in REPORTING or tok.head.lemma_ in ADVOCACY):
            return self.recent_topic(tok.i)  # "It said ...": things do not speak
        if tok.lower_ == "its" and (owner := self.clause_owner(tok)) is not None:
            return owner
        if tok.lower_ == "its" and tok.i == self.sents[self.sent_of.get(tok.i, 0)].start:
            return self.recent_topic(tok.i)  # "Its models ..." opening a sentence: the topic
        # "it is an open model", "it is openly licensed": a description fits a product too
        described = tok.lower_ == "it" and (
            tok.dep_ == "nsubjpass" or (tok.dep_ == "nsubj" and tok.head.lemma_ == "be")
        )
        kinds = ("ORG", "PRODUCT") if described else ("ORG",)
        if tok.lower_ == "it" and tok.dep_ == "nsubj" and would_act(tok.head):
            kinds = ("ORG", "PRODUCT", "OTHER")  # "critics of the bill say it would ...": laws act
        idx = self.sent_of.get(tok.i, 0)
        topic = None
        if tok.dep_ == "nsubj" and opens_sentence(tok, self.sents[idx].start) and idx:
            # "X raised money last year. It released ...": a sentence opened by "it" goes on
            # about the last one's subject, whatever things its phrases named
            topic = self.main_subject(idx - 1)
            topic = topic if topic is not None and self.players[topic].type in kinds else None
            if topic is not None and self.sole_actor(idx - 1, topic):
                return [topic]
        if topic is not None and said_to_be_a_model(tok) and self.players[topic].type == "PRODUCT":
            return [topic]  # "X arrived from lab Y. It was the largest model ...": X
        nearest = self.nearest_it(tok, kinds, described)
        rival = nearest and nearest != [topic] and self.players[nearest[0]].type == "ORG"
        if topic is not None and rival:
            return []  # "X signed a deal with Y. It ...": X or Y, the text does not settle
        return nearest

    def law_acted_on(self, tok: Token) -> str | None:
        """The named law an "it" stands for when a clause above the "it" acts on that law:
        'opposed the X Act, arguing it would ...', 'sent a memo backing the X Act, saying it
        will ...' (as `law_antecedent` finds "the bill"); not past a subject that could be
        the "it" itself, and not for a maker's act."""
        if not bill_like_it(tok):
            return None
        for verb in tok.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            if any(nameable_thing(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
                return None  # "Acme opposed the X Act, saying it would ...": Acme, or the Act
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            objects += [
                g
                for o in objects
                for a in o.children
                if a.dep_ == "acl"
                for g in a.children
                if g.dep_ == "dobj"
            ]
            for obj in objects:
                key = self.token_player.get(obj.i)
                if key is not None and named_law(self.players[key]):
                    return key
        return None

    def nearest_it(self, tok: Token, kinds: tuple[str, ...], described: bool) -> list[str]:
        """The nearest organisation (or product) before an "it", unless a thing comes first."""
        idx = self.sent_of.get(tok.i, 0)
        limit = self.sents[max(0, idx - 1)].start
        for i in range(tok.i - 1, limit - 1, -1):
            t = self.doc[i]
            key = self.token_player.get(i)
            if key is not None:
                if (subject := self.conceded_subject(t)) is not None:
                    return [subject]  # "While X trails Y, it is open": X, not Y
                if self.players[key].type in kinds and not set_against(t):
                    return [key]  # ("unlike X, it says ...": not X)
                continue
            if (
                t.pos_ == "NOUN"
                and t.tag_ == "NN"
                and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                and t.lemma_ not in NOT_ANTECEDENTS
                and not (described and t.dep_ == "pobj" and t.i < self.sents[idx].start)
            ):
                # (a thing in the last sentence's phrases does not stand between a described
                # "it" and the name before: "X is a model trained on text and code. It is open")
                if t.lemma_ in ORG_NOUNS and any(c.lower_ == "the" for c in t.children):
                    return self.recent(t.i, ("ORG",))
                owner = [self.player_at(c) for c in t.children if c.dep_ == "poss"]
                if owner and owner[0] and self.players[owner[0]].type in kinds:
                    return owner[:1]  # "LLaMA's distinctiveness. It is ...": LLaMA
                return []
        return []

    def conceded_subject(self, name: Token) -> str | None:
        """The subject of a conceding clause ("while", "although") that names `name` only as
        a yardstick: "While X is not as strong as Y, it ..." goes on about X, not Y."""
        clause = next((a for a in name.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is None or clause.dep_ != "advcl":
            return None
        if not any(c.dep_ == "mark" and c.lower_ in CONCEDING_MARKS for c in clause.children):
            return None
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i == name.i or subject.is_ancestor(name):
            return None
        # only a yardstick: the object of a rivalry ("trails Y") or a comparison ("as Y")
        between = [t for t in name.ancestors if clause.is_ancestor(t)]
        compared = any(t.lower_ in ("than", "as", "like", "to", "with") for t in between)
        if clause.lemma_ not in COMPETE_VERBS and not compared:
            return None  # "While X admires Y, it is open": which one the text does not settle
        key = self.player_at(subject)
        return key if key is not None and self.players[key].type in ("ORG", "PRODUCT") else None

    def main_subject(self, idx: int) -> str | None:
        """The player a sentence's main clause is about: the subject of its root verb."""
        root = self.sents[idx].root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        return self.player_at(subjects[0]) if subjects else None

    def only_country(self, t: Token) -> list[str]:
        """'The government', bare and definite, in a text that has named one country (or
        state) so far and no other: that country's government."""
        if not definite(t) or any(c.dep_ not in ("det", "punct") for c in t.children):
            return []
        named = [k for k, info in self.players.items() if info.type == "GPE" and info.mentions]
        before = [k for k in named if min(m.start for m in self.players[k].mentions) < t.i]
        return before if len(before) == 1 else []

    def sole_actor(self, idx: int, topic: str) -> bool:
        """Whether a sentence names nothing but its subject that a following "it" could be:
        no other organisation, product or law, and no organisation, document, law or model
        spoken of by a common noun ("X criticized the bill. It would ...": the bill)."""
        for t in self.sents[idx]:
            key = self.token_player.get(t.i)
            # (a name that only qualifies a noun, "a former Google researcher", is no rival
            # antecedent; a thing inside a phrase, "in a blog post", neither)
            other = key is not None and key != topic and self.players[key].type in IT_KINDS
            qualifier = t.dep_ in ("compound", "amod", "nmod") and t.head.i not in self.token_player
            if other and not qualifier:
                return False
            if t.pos_ != "NOUN" or t.tag_ != "NN":
                continue
            if t.lemma_ in ORG_NOUNS:
                return False  # "invested in a French lab": the lab may be "it"
            core = t.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")
            if core and (t.lemma_ in AUTHORED or t.lemma_ in ACTING_THINGS):
                return False
        return True

    def clause_owner(self, tok: Token) -> list[str] | None:
        """'X is challenging rivals with its open model': a possessive "its" after its clause's
        subject belongs to that subject; [] when the subject is a name we do not know (not
        someone named earlier); None when the clause gives no such subject."""
        verb = clause_verb(tok)
        subjects = self.subjects(verb) if verb is not None else []
        subj = subjects[0] if subjects else None
        if (
            subj is None
            or subj.i > tok.i
            or subj.pos_ == "PRON"
            or subj.i <= tok.i <= max(t.i for t in subj.subtree)
        ):
            return None
        if self.rule_makers_of(subj):
            return None  # "lawmakers in X grilled Y about its models": their "its" is not X
        named = self.named(subj)
        if keys := [k for k in named if self.players[k].type in ("ORG", "PRODUCT", "GPE")]:
            return keys
        if named or subj.ent_type_ == "PERSON":
            return None  # "Jane Roe praised its model": "its" is no person
        return [] if subj.pos_ == "PROPN" or subj.tag_ == "CD" else None

    def counted_group(self, t: Token) -> list[str] | None:
        """'the two tech leaders', 'these three companies': the last N people or
        organisations named before; None when the noun is no such group."""
        if t.tag_ != "NNS" or not any(c.lower_ in COUNTED_DETS for c in t.children):
            return None
        num = next((c for c in t.children if c.dep_ == "nummod"), None)
        count = NUMBER_WORDS.get(num.lower_, 0) if num is not None else 0
        if num is not None and num.text.isdigit():
            count = int(num.text)
        if not 2 <= count <= 10:
            return None
        kinds = ("PERSON",) if t.lemma_ in PEOPLE_NOUNS else ("ORG",)
        if listed := self.listed_count(t.i, kinds, count):
            return listed
        found = self.recent(t.i, kinds, count)
        return found if len(found) == count else []

    def counted_among(self, group: Token) -> list[str]:
        """'A and B are among the startups that ...', 'A ranks among the labs that ...': the
        named subjects counted among an unnamed group are its members here."""
        prep = group.head
        if group.dep_ != "pobj" or prep.lower_ != "among" or group.tag_ != "NNS":
            return []
        verb = prep.head
        if any(c.dep_ in ("neg", "aux") or c.lower_ in ("once", "soon") for c in verb.children):
            return []  # "not among", "could soon be among", "were once among": not members now
        if verb.dep_ != "ROOT" or any(t.lower_ in ("neither", "nor") for t in verb.subtree):
            return []  # "denied that X is among ...", "neither A nor B is among ..."
        subjects = [c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return [k for s in subjects for c in self.conjuncts(s) if (k := self.player_at(c))]

    def all_of_count(self, t: Token) -> list[str] | None:
        """'All three are closed-model companies': "all" and a bare count standing for the
        nearest list, in this sentence or the one before, of exactly that many players of one
        type; None when the word is no such count."""
        count = NUMBER_WORDS.get(t.lower_, 0)
        if t.pos_ != "NUM" or not 2 <= count <= 10 or t.dep_ not in ("nsubj", "nsubjpass"):
            return None
        if not any(c.lower_ in ("all", "both") for c in t.children):
            return None
        first = self.sents[max(0, self.sent_of.get(t.i, 0) - 1)].start
        if any(
            n.lower_ == t.lower_
            and n.dep_ == "nummod"
            and n.head.dep_ not in ("attr", "appos")
            and n.head.lemma_ not in TIME_NOUNS
            for n in self.doc[first : t.i]
        ):  # "... met three senators. All three ...": the nearer group ("A, B and C are the
            return []  # three biggest labs" names the list itself)
        nearest = next(iter(self.lists_before(t.i, first)), None)
        if nearest is None or len(nearest) != count or None in nearest:
            return []  # the nearest list is the group meant; a list of things names nobody
        kinds = {self.players[k].type for k in nearest if k}
        return list(dict.fromkeys(k for k in nearest if k)) if len(kinds) == 1 else []

    def pointed_group(self, t: Token) -> list[str] | None:
        """'Those companies', 'these labs': the players of the last list of organisations
        (people, for "these researchers") in this sentence or the one before; None when the
        noun is no such group, [] when no list is near."""
        if t.tag_ != "NNS" or not any(c.lower_ in POINTING_DETS for c in t.children):
            return None
        if any(c.dep_ in ("relcl", "acl") for c in t.children):
            return None  # "those companies that publish their weights": a group it defines
        if t.lemma_ in PEOPLE_NOUNS:
            kinds: tuple[str, ...] = ("PERSON",)
        elif t.lemma_ in ORG_NOUNS:
            kinds = ("ORG",)
        else:
            return None
        first = self.sents[max(0, self.sent_of.get(t.i, 0) - 1)].start
        start = max(first, t.i - 60)  # a bounded look back
        for keys in self.lists_before(t.i, start):
            named = [k for k in dict.fromkeys(keys) if k]
            if len(named) >= 2 and all(self.players[k].type in kinds for k in named):
                subjects = self.clause_subjects_before(t.i, start, kinds)
                two = len(subjects) >= 2 and not set(named) & set(subjects)
                if two and self.listed_after_from(named, start, t.i, subjects):
                    # "A raised money from X, while B took it from Y and Z. These companies
                    # ...": the clauses' subjects, not the backers listed after "from"
                    return subjects
                return named
        return []

    def listed_after_from(
        self, keys: list[str], first: int, before: int, subjects: list[str]
    ) -> bool:
        """Whether the last mention of a list's players between tokens `first` and `before`
        is a list after "from" (backers, sources: "money from Y and Z") in a clause whose
        subject is one of `subjects` ("the models come from Y and Z" is about Y and Z)."""
        mentions = [i for i in range(first, before) if self.token_player.get(i) == keys[0]]
        if not mentions:
            return False
        last = mentions[-1]
        head = self.doc[last]
        while head.dep_ in ("conj", "appos") and head.head.i != head.i:
            head = head.head
        if head.dep_ != "pobj" or head.head.lower_ != "from":
            return False
        verb = head.head.head
        while verb.dep_ in ("dobj", "pobj", "prep") and verb.head.i != verb.i:
            verb = verb.head  # "took money from", "won a contract from": the verb
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and self.player_at(c) in subjects
            for c in verb.children
        )

    def clause_subjects_before(self, before: int, first: int, kinds: tuple[str, ...]) -> list[str]:
        """The named subjects of the joined main clauses between token `first` and token
        `before` ("A did X, while B did Y"; not a reported clause's or a relative clause's
        subject: "A said B would ...")."""
        keys = [
            key
            for tok in self.doc[first:before]
            if tok.dep_ in ("nsubj", "nsubjpass")
            and main_clause(tok.head)
            and (key := self.player_at(tok)) is not None
            and self.players[key].type in kinds
        ]
        return list(dict.fromkeys(keys))

    def lists_before(self, before: int, first: int) -> Iterator[list[str | None]]:
        """The coordinated lists that end before a token, nearest first, back to token
        `first`: the player of each item (None for an item that names nobody). "A, B, C and
        D" parsed with B in apposition to A is one list."""
        for i in range(before - 1, first - 1, -1):
            tok = self.doc[i]
            if tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in tok.children):
                continue  # only the head of a coordinated list
            items = self.conjuncts(tok)
            if tok.dep_ == "appos" and tok.head.i in self.token_player:
                items = [tok.head, *items]
            before = self.names_before_list(items[0])  # the first name once: "A, (B and C)"
            yield [*before, *(self.token_player.get(c.i) for c in items)]

    def names_before_list(self, head: Token) -> list[str]:
        """'A, B and C' parsed with A hung elsewhere: the names written right before the
        list's first item, each followed by a comma, are its first items."""
        out: list[str] = []
        i = head.left_edge.i - 1
        while i >= 1 and self.doc[i].text == "," and (key := self.token_player.get(i - 1)):
            if key in out or self.doc[i - 1].dep_ == "pobj":
                break  # "In Paris, A and B ...": a setting, not an item
            out.insert(0, key)
            i -= 1
            while i >= 1 and self.token_player.get(i - 1) == key:
                i -= 1  # the rest of a name of several words
            i -= 1
        return out

    def listed_count(self, before: int, kinds: tuple[str, ...], count: int) -> list[str]:
        """'A, B, C, D and E were chosen ... the five finalists': the last list of exactly that
        many players, a few sentences back at most (a bounded look, as everywhere here)."""
        first = self.sents[max(0, self.sent_of.get(before, 0) - 10)].start
        for keys in self.lists_before(before, first):
            named = [k for k in keys if k]
            whole = len(named) == len(keys) and len(set(named)) == count
            if whole and all(self.players[k].type in kinds for k in named):
                return list(dict.fromkeys(named))
        return []

    def recent_group(self, tok: Token) -> list[str]:
        """'they': the players of the nearest plural subject in this or the last sentence; a
        plural subject that names nobody ("if the models are open, they ...") takes it."""
        idx = self.sent_of.get(tok.i, 0)
        start = self.sents[idx - 1].start if idx else self.sents[idx].start
        # "They are open-weight models": a description fits products listed just before
        described = tok.dep_ == "nsubjpass" or (tok.dep_ == "nsubj" and tok.head.lemma_ == "be")
        for i in range(tok.i - 1, start - 1, -1):
            t = self.doc[i]
            if described and (products := self.listed_products(t)):
                return products
            if t.dep_ not in ("nsubj", "nsubjpass") or t.lower_ in ("they", "them"):
                continue
            if members := self.collection_of(t):
                return members  # "the Vexa family of models ... their weights"
            plural = (
                len(self.conjuncts(t)) > 1
                or any(c.lower_ == "both" for c in t.children)
                or self.counted_group(t)
            )
            if plural and (keys := self.resolve(t)):
                return keys
            if t.tag_ in ("NNS", "NNPS") and self.player_at(t) is None:
                return self.resolve(t) or []  # a thing or an unnamed group, not the last org
        return self.recent(tok.i, ("ORG",), 2, within_sents=1)

    def collection_of(self, t: Token) -> list[str]:
        """'the Vexa family (series, suite) of models': the products a collection noun names,
        which a later "they" or "their" stands for."""
        if t.lemma_ not in COLLECTIONS:
            return []
        keys = [self.token_player.get(c.i) for c in t.children if c.dep_ == "compound"]
        return [k for k in keys if k is not None and self.players[k].type == "PRODUCT"]

    def listed_products(self, t: Token) -> list[str]:
        """The products of a list of two or more product names a token belongs to."""
        key = self.token_player.get(t.i)
        if key is None or self.players[key].type != "PRODUCT":
            return []
        head = t
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
        keys = [self.player_at(c) for c in self.conjuncts(head)]
        products = [k for k in dict.fromkeys(keys) if k and self.players[k].type == "PRODUCT"]
        return products if len(products) >= 2 else []

    def subjects(self, verb: Token) -> list[Token]:
        """The subject of a verb, inherited through participles, infinitives and conjuncts;
        for a finite verb the parser left without one ("AI startup A and B have released X"
        read with "startup" as a verb), the names that open the clause."""
        found = self._subjects(verb)
        lost = not found and verb.dep_ == "ROOT"
        named = any(
            self.player_at(s) or self.named_among(s) or relative_of(s) is not None for s in found
        )
        if (lost or verb.dep_ == "conj") and has_aux(verb) and not named:
            return self.names_before(verb) or found
        return found

    def person_after_title(self, subjects: list[Token]) -> list[Token]:
        """'The Office of Science Policy Director Jane Roe said': the parser may split the
        subject in two, the organisation and its official; the person, named right after the
        organisation (her title, if any, hung on her name or between them, title-case words
        only: no comma), is the one who speaks (the organisation stays, after her)."""
        first = subjects[0]
        # (or the official hung on the organisation as its apposition)
        beside = [c for c in first.children if c.dep_ == "appos" and c.i > first.i]
        if len(subjects) < 2 and not beside:
            return subjects
        last = subjects[-1] if len(subjects) >= 2 else beside[0]
        key = self.player_at(last)
        if key is None or self.players[key].type != "PERSON":
            return subjects
        end = max((t.i for t in first.subtree if t.i < last.left_edge.i), default=first.i)
        between = self.doc[end + 1 : last.left_edge.i]
        if first.i > last.i or any(not t.is_title for t in between):
            return subjects
        return [last, *(t for t in subjects if t.i != last.i)]

    def _subjects(self, verb: Token) -> list[Token]:
        seen = 0
        # "X is funded by Y and will build Z": an active verb joined to a passive one shares
        # its subject (X), not its agent (Y)
        active_conj = False
        while verb is not None and seen < 6:
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj and split_open_source(verb):
                # "X open sourced Y" with X hung on "open", whatever the parser calls it
                subj = [c for c in verb.nbor(-1).children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj:  # "X has long opposed": the parser may hang X on the auxiliary
                # (or on an adverb right before the verb, which the parser may take for the
                # clause's head)
                subj = [
                    g
                    for c in verb.children
                    if c.dep_ in ("aux", "auxpass") or (c.dep_ == "advmod" and c.i < verb.i)
                    for g in c.children
                    if g.dep_ in ("nsubj", "nsubjpass")
                ]
            if (
                len(subj) > 1
                and all(c.dep_ == "nsubj" for c in subj)
                and fronted_participle(subj[0])
            ):
                # "Quoting figures from X, the Acme CEO claimed ...": a fronted participle's
                # noun parsed as a second subject; the one that names a player speaks
                named = [
                    c
                    for c in subj
                    if self.player_at(c)
                    or any(g.dep_ == "compound" and self.player_at(g) for g in c.children)
                ]
                subj = named if named else subj
            if subj:
                subj = self.person_after_title(subj)
                if subj[0].dep_ == "nsubjpass" and not active_conj:  # "released by Meta"
                    agent = passive_agent(verb)
                    if agent is not None:
                        objs = [c for c in agent.children if c.dep_ == "pobj"]
                        if objs:
                            return objs
                return subj
            if verb.dep_ == "pcomp" and verb.head.lower_ == "from":
                # "discourage companies like A from releasing ...": the object does it
                objs = [c for c in verb.head.head.children if c.dep_ == "dobj"]
                if objs:
                    return objs
            if verb.dep_ == "pcomp" and verb.head.lower_ == "for" and charged(verb.head.head):
                # "sued X for keeping ...", "praised X for releasing ...": the object did it
                return [c for c in verb.head.head.children if c.dep_ == "dobj"]
            if verb.dep_ == "xcomp" and verb.head.lemma_ in CAUSATIVE_VERBS and done(verb.head):
                # "concerns prompted (led, forced) X to withhold it": the object did it (not
                # "would force X to", "tried to persuade X to": read as before)
                objs = [c for c in verb.head.children if c.dep_ == "dobj"]
                if objs:
                    return objs
            if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acl") and verb.head is not verb:
                if verb.dep_ == "acl" and verb.tag_ == "VBG" and self.player_at(verb.head):
                    # "labs like A, B, and C keeping their models closed", with "keeping" hung
                    # on C: the named one does it, with the list it closes
                    return [first_conjunct(verb.head)]
                if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
                    return []
                if verb.dep_ == "conj":
                    active_conj = joined_active(verb)
                verb = verb.head
                seen += 1
                continue
            if (
                verb.dep_ == "prep"
                and verb.lower_ in TIME_LINKS
                and verb.head.pos_ == "VERB"
                and not any(c.dep_ == "neg" for c in (*verb.children, *verb.head.children))
                and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)
            ):
                # "raised funds after promising to ...": the raiser promised (only a subject
                # of the verb's own: "requires labs to pass a review before releasing" is
                # the labs' release, not the law's)
                return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            return []
        return []

    def names_before(self, verb: Token) -> list[Token]:
        """'AI startup A and B, the research arm of C, have released X', parsed with "startup"
        as the root and "released" hung on it: the names that open the sentence before the
        verb are its subject (not one inside a phrase like "of C", which only describes them)."""
        sent = self.sents[self.sent_of.get(verb.i, 0)]
        out: list[Token] = []
        seen: set[str] = set()
        for t in self.doc[sent.start : verb.i]:
            key = self.token_player.get(t.i)
            if key is None or key in seen:
                continue
            if any(a.dep_ in ("prep", "agent") for a in (t, *t.ancestors)):
                continue  # "of C", "against giants like D": not who acts
            seen.add(key)
            out.append(t)
        return out

    # -- quotes -----------------------------------------------------------------------------

    def quote_speaker(self, region: tuple[int, int]) -> list[str] | None:
        """The speaker of a quote: a reporting verb outside the quote, in the sentence that
        ends it, the one after, or the one that introduces it."""
        if region[0] in self._speakers:
            return self._speakers[region[0]]
        start_tok = self.doc.char_span(region[0], region[0] + 1, alignment_mode="expand")
        end_tok = self.doc.char_span(
            max(region[0], region[1] - 1), region[1], alignment_mode="expand"
        )
        speaker = None
        if start_tok is not None and end_tok is not None:
            first = self.sent_of.get(start_tok.start, 0)
            last = self.sent_of.get(end_tok.start, first)
            order = [last, last + 1, first, first - 1, *list(range(first + 1, last))]
            for idx in order:
                if not 0 <= idx < len(self.sents):
                    continue
                if idx > last and self._own_quote(self.sents[idx], region):
                    continue  # '"..." Responding, X said, "...".': X's verb reports X's quote
                speaker = self._reporter_in(self.sents[idx], region)
                if speaker is not None:
                    break
        self._speakers[region[0]] = speaker
        return speaker

    def _own_quote(self, sent: Span, region: tuple[int, int]) -> bool:
        """Whether a sentence holds a quote of its own (another than `region`)."""
        lo = bisect_left(self._quote_starts, sent.start_char)  # sorted: a bounded look
        hi = bisect_left(self._quote_starts, sent.end_char)
        return any(self.quotes[i] != region for i in range(lo, hi))

    def according(self, tok: Token) -> list[str] | None:
        """'according to X', 'in X's view', 'in the eyes of X', and 'For X, ...' opening a
        sentence: the players X names, whose view the sentence gives."""
        if tok.lower_ == "in" and tok.dep_ == "prep":
            return self.in_view_of(tok)
        if tok.lower_ == "for" and tok.dep_ == "prep" and tok.i == tok.sent.start:
            return self.view_for(tok)
        if tok.lower_ != "according" or tok.i + 1 >= len(self.doc):
            return None
        pobj = [c for c in self.doc[tok.i + 1].children if c.dep_ == "pobj"]
        return self.resolve(pobj[0]) if pobj else None

    def in_view_of(self, prep: Token) -> list[str] | None:
        """'in X's view (opinion, eyes)', 'in the view of X': X."""
        view = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if view is None or view.lemma_.lower() not in VIEW_NOUNS:
            return None
        owners = [c for c in view.children if c.dep_ == "poss"]
        owners += [g for p in view.children if p.lower_ == "of" for g in p.children]
        keys = [k for o in owners for k in self.resolve(o) or []]
        return keys or None

    def view_for(self, prep: Token) -> list[str] | None:
        """'For X, open models are the only way': a named person or organisation set before
        the comma that opens the sentence, whose view it gives; not "For years, ...", not when
        someone else's words follow ("the court said ..."), nor what befell X ("was a blow")."""
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.i + 1 >= len(self.doc) or self.doc[pobj.i + 1].text != ",":
            return None
        key = self.player_at(pobj)
        if key is None or self.players[key].type not in ("PERSON", "ORG"):
            return None
        sent = prep.sent
        if any(t.lemma_ in REPORTING and t.pos_ == "VERB" for t in sent):
            return None  # "For Meta, ...: the court said ...": the words are someone else's
        if any(t.dep_ in ("attr", "acomp") and t.lemma_.lower() in FORTUNE_NOUNS for t in sent):
            return None  # "For Meta, the ruling was a blow": what befell it, not its view
        return [key]

    def _reporter_in(self, sent: Span, region: tuple[int, int]) -> list[str] | None:
        for tok in sent:
            if region[0] <= tok.idx < region[1] or self.in_quote(tok):
                continue
            if _closes_quote(tok, region) and not _object_only(tok):
                for subj in self.subjects(tok):
                    if self.in_quote(subj) or subj.dep_ == "nsubjpass":
                        continue  # "the bill is to be considered": talked of, not talking
                    keys = self.resolve(subj)
                    if keys:
                        return keys
                if (issuer := self._issuer(tok)) is not None:
                    return issuer
            if keys := self.according(tok):
                return keys
        return None

    def _issuer(self, verb: Token) -> list[str] | None:
        """'X released a letter saying "..."': the words are the letter's, so its issuer's
        (the subject of the verb that puts the letter out, else its possessor); an empty
        list when the letter's issuer goes unnamed, so nobody else is taken for it."""
        letter = verb.head
        if verb.dep_ != "acl" or letter.lemma_ not in DOCUMENT_NOUNS:
            return None
        puts_out = letter.dep_ == "dobj" and letter.head.lemma_ in ISSUING
        issuers = self.subjects(letter.head) if puts_out else []  # not who "received" it
        issuers += [c for c in letter.children if c.dep_ == "poss"]
        return next(filter(None, map(self.resolve, issuers)), [])

    # -- polarity ---------------------------------------------------------------------------

    def sentence_speaker(self, sent: Span) -> list[str] | None:
        """'Closed models, he says, would ...' / 'according to X' / 'X said.' at the end / 'As
        X said, ...'."""
        for tok in sent:
            if self.in_quote(tok):
                continue
            vouching = tok.pos_ == "VERB" and as_said(tok)  # "as X said (put it), ..."
            if tok.pos_ == "VERB" and (
                (tok.lemma_ in REPORTING and (tok.dep_ in ("parataxis", "ROOT") or vouching))
                or (vouching and put_it(tok))
            ):
                subj = [c for c in tok.children if c.dep_ == "nsubj"]
                if subj and (keys := self.resolve(subj[0])):
                    return keys
            if keys := self.according(tok):
                return keys
        return None

    def colon_speaker(self, sidx: int) -> list[str] | None:
        """'To quote Senator X:' / 'X said in a statement:' then a new paragraph: the words
        that follow are X's (the reporting verb's subject, else the last person named)."""
        if sidx == 0:
            return None
        before = self.sents[sidx - 1]
        tail = [t for t in before if not t.is_space]
        if (
            not tail
            or not tail[-1].text.endswith(":")
            or "\n" not in self.doc[tail[-1].i : self.sents[sidx].start].text
        ):
            return None
        if keys := self.sentence_speaker(before):
            return keys
        people = [self.token_player[t.i] for t in before if t.i in self.token_player]
        people = [k for k in people if self.players[k].type == "PERSON"]
        return people[-1:] or None


def as_said(verb: Token) -> bool:
    """'As the minister said on Friday, open source creates jobs', '..., as X noted': a clause
    of saying that vouches for the sentence it hangs on."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    ):
        return False
    if put_it(verb):  # "as X put it": the wording is X's
        return True
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return False  # "as X said it would": what X said is in its own clause
    return verb.lemma_ in VOUCHING  # ("as X feared, ...": what X feared is not what X holds)


# words that make "put it" a deed: "put it down (away, aside, off)"
PUT_PARTICLES = {"down", "away", "aside", "off", "back", "forward", "together", "up", "out"}


def put_it(verb: Token) -> bool:
    """'as X put it', 'as X puts it': a phrase that hands the sentence's wording to X (not
    "as X put it down": a particle or a place makes it a deed)."""
    if verb.lemma_ != "put" or any(
        c.dep_ in ("prt", "prep") or (c.dep_ == "advmod" and c.lower_ in PUT_PARTICLES)
        for c in verb.children
    ):
        return False
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)


def paragraphs(h: Holders, text: str) -> list[list[int]]:
    """The sentence indices of each paragraph (a line break between sentences starts one).
    `text` is the doc's text, built once: `Doc.text` joins every token on each call."""
    out: list[list[int]] = []
    for idx, sent in enumerate(h.sents):
        before = text[h.sents[idx - 1].start_char : sent.start_char] if idx else "\n"
        if "\n" in before[len(before.rstrip()) :] or not out:  # the break may end the sentence
            out.append([])
        out[-1].append(idx)
    return out


def question_paragraph(h: Holders, para: list[int], text: str) -> bool:
    """A short paragraph that ends in a question mark and is nobody's quotation."""
    first, last = h.sents[para[0]], h.sents[para[-1]]
    if last.end_char - first.start_char > 400:
        return False
    words = text[first.start_char : last.end_char].strip()
    return words.endswith("?") and not words.startswith(("“", '"', "'", "‘")) and len(words) < 300


def says_interview(tok: Token) -> bool:
    """'the interview', 'Q&A', 'spoke with the AP', 'sat down with us'."""
    if tok.lower_ in INTERVIEW_WORDS:
        return True
    after = tok.doc[tok.i + 1 : tok.i + 3]
    return tok.lemma_ in INTERVIEW_VERBS and any(t.lower_ == "with" for t in after)


def interview(h: Holders) -> tuple[list[str], frozenset[int]]:
    """'He spoke with the AP.' then 'Why does openness matter?' and an answer paragraph:
    in a text that says it is an interview and asks at least two questions, the paragraphs
    after the first question paragraph (other than the questions) are the interviewee's
    words. Nobody otherwise: an op-ed's own question headings are answered by its writer,
    who is not a player, and "said in an interview" before one heading makes no Q&A."""
    text = h.text
    paras = paragraphs(h, text)
    asked = [i for i, para in enumerate(paras) if question_paragraph(h, para, text)]
    if not asked:
        return [], frozenset()
    intro = [t for para in paras[: asked[0]] for idx in para for t in h.sents[idx]]
    if not any(says_interview(t) for t in intro):
        return [], frozenset()
    chosen = interviewee_named(h, intro)
    if chosen is None:
        return [], frozenset()
    # one question is enough when its answer opens with the interviewee's name and a colon
    if len(asked) < 2 and not labelled_answer(h, paras, asked[0] + 1, chosen):
        return [], frozenset()
    answers = {
        idx for i, para in enumerate(paras) if i > asked[0] and i not in asked for idx in para
    }
    return [chosen], frozenset(answers)


def labelled_answer(h: Holders, paras: list[list[int]], at: int, key: str) -> bool:
    """'Jane Roe: We have always ...': the paragraph opens with the player's name and a colon."""
    if at >= len(paras):
        return False
    first = h.sents[paras[at][0]]
    colon = next((t for t in first[:8] if t.text == ":"), None)
    return colon is not None and any(
        h.token_player.get(t.i) == key for t in first.doc[first.start : colon.i]
    )


def interviewee_named(h: Holders, intro: list[Token]) -> str | None:
    """The person the introduction says spoke with the interviewer ("He spoke with the AP",
    "X sat down with us"), else the person it names most (the latest named, on a tie): the
    founder a profile names often is not who answers."""
    spoke = [
        k
        for t in intro
        if t.lemma_ in INTERVIEW_VERBS and t.pos_ == "VERB"
        for s in h.subjects(t)
        for k in h.resolve(s) or []
        if h.players[k].type == "PERSON"
    ]
    if spoke:
        return spoke[-1]
    tp = h.token_player
    people = [  # one per mention: the first token of each
        tp[t.i]
        for t in intro
        if t.i in tp and h.players[tp[t.i]].type == "PERSON" and tp.get(t.i - 1) != tp[t.i]
    ]
    if not people:
        return None
    counts = Counter(people)
    top = max(counts.values())
    return next(k for k in reversed(people) if counts[k] == top)


def bound_possessor(h: Holders, poss: Token) -> list[str] | None:
    """Whom 'its'/'their' means when a clause around it says: the nearest subject above it
    that does not contain it. 'China leads because its models are open' is China's; 'Chinese
    labs benefit from opening their models' is the labs' (nobody named: []). None when the
    clause does not settle it (a pronoun subject, a subject naming others), for the usual
    look back."""
    number = {"their": "NNS", "its": "NN"}.get(poss.lower_)
    if number is None:
        return None
    if (owner := deciding_owner(h, poss)) is not None:
        return [owner]
    for verb in (t for t in poss.ancestors if t.pos_ in ("VERB", "AUX", "NOUN")):
        if verb.pos_ == "NOUN":  # (a noun on the way up, not a verb)
            noun = verb
            # "invested in X, a startup known for its open models": the described name's
            if noun.dep_ == "appos" and noun.tag_ == number and (key := h.player_at(noun.head)):
                return [key] if h.players[key].type in ("ORG", "GPE", "PRODUCT") else None
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        inside = list(subject.subtree)
        if poss in inside:
            continue  # "its open nature helps": the clause above decides
        key = h.player_at(subject)
        if key is not None:
            single = poss.lower_ == "its" and not any(c.dep_ == "conj" for c in subject.children)
            return [key] if single and h.players[key].type in ("ORG", "GPE") else None
        if subject.pos_ != "NOUN" or subject.tag_ != number or any(h.player_at(t) for t in inside):
            return None
        return None if h.resolve(subject) else []
    return None


def deciding_owner(h: Holders, poss: Token) -> str | None:
    """'praised Zuckerberg's decision to open-source their model': a pronoun inside what
    completes a named player's decision (plan, move, choice) is that player's, before any
    subject further up."""
    doc = poss.doc
    # the parser often hangs "to open-source their model" elsewhere: the words then
    to = next((j for j in range(poss.i - 1, max(poss.i - 6, 1), -1) if doc[j].lower_ == "to"), 0)
    decision = doc[to - 1] if to else None
    for anc in poss.ancestors:
        if anc.pos_ in ("VERB", "AUX") and any(c.dep_.startswith("nsubj") for c in anc.children):
            break  # a clause with its own subject comes first
        if anc.pos_ == "NOUN" and anc.lemma_ in DECISION_NOUNS:
            decision = anc
            break
    if decision is None or decision.lemma_ not in DECISION_NOUNS or decision.pos_ != "NOUN":
        return None
    # what the decision does with "their" model: releasing or keeping it is the decider's own
    # ("Meta's decision to attack their closed models" is about someone else's)
    act = doc[to + 1 : poss.i] if to else [a for a in poss.ancestors if a.i > decision.i][:1]
    if not any(t.lemma_ in PRACTICE or t.lemma_ in KEEP_VERBS or t.lower_ == "open" for t in act):
        return None
    owner = next((c for c in decision.children if c.dep_ == "poss"), None)
    return h.player_at(owner) if owner is not None and owner != poss else None


# -- the makers of products ------------------------------------------------------------------


# nouns that make a name a measure: "GPT-4 class", "GPT-3 level", "frontier-grade"
YARDSTICK_NOUNS = {"level", "class", "grade", "scale", "calibre", "caliber", "league"}


def yardstick(tok: Token) -> bool:
    """A name used as a measure ("a model of GPT-4 class", "(GPT-3 level)"): what is described
    or released is the thing measured, not the name's own model."""
    if tok.dep_ in ("compound", "nmod", "amod") and tok.head.lower_ in YARDSTICK_NOUNS:
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ in YARDSTICK_NOUNS


def makers(h: Holders) -> dict[str, list[str]]:
    """Product -> the organisations the text names as its maker: "Google's Gemma", "Gemma, from
    Google", "a model developed by Google", "Google released Gemma". One look around each
    product mention (a few tokens up the parse), so linear in the text."""
    out: dict[str, list[str]] = named_after(h.players)
    named = [(i, key) for i, key in h.token_player.items() if not yardstick(h.doc[i])]
    found = [(key, _makers_at(h, h.doc[i]), ("ORG",)) for i, key in named]
    found += [(key, _launchers_at(h, h.doc[i]), MAKER_TYPES) for i, key in named]
    found += [(key, orgs, ("ORG",)) for key, orgs in the_model_made(h)]
    for key, orgs, types in found:
        if h.players[key].type != "PRODUCT":
            continue
        for maker in orgs:
            if maker != key and h.players[maker].type in types:
                out.setdefault(key, [])
                if maker not in out[key]:
                    out[key].append(maker)
    return out


MAKER_TYPES = ("ORG", "GPE")  # who releases a product: a company, or a state acting as one


def the_model_made(h: Holders) -> list[tuple[str, list[str]]]:
    """'Acme released Nimbus. The model was developed by A and B': "the model" is the
    product just named, and the agents of its making are its makers."""
    out = []
    for tok in tokens_where(h.doc, LOWER, ("model",)):
        if tok.dep_ != "nsubjpass" or not definite(tok):
            continue
        if tok.head.lemma_ not in MAKER_VERBS or self_defined(tok):
            continue
        product = h.recent(tok.i, ("PRODUCT",), within_sents=2)
        agents = [c for c in tok.head.children if c.dep_ == "agent"]
        pobjs = [g for a in agents for g in a.children if g.dep_ == "pobj"]
        orgs = [k for p in pobjs for c in h.conjuncts(p) for k in agent_orgs(h, c)]
        if product and orgs:
            out.append((product[0], orgs))
    return out


def agent_orgs(h: Holders, tok: Token, depth: int = 0) -> list[str]:
    """The players an agent of making names: itself, or, for the people of an organisation
    ("researchers at A and B", "a number of engineers of A"), the organisations they are of."""
    keys = h.resolve(tok, False) or []
    if keys or depth > 1 or tok.lemma_.lower() not in MAKER_STAFF:
        return keys
    return [
        k
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "from")
        for g in prep.children
        if g.dep_ == "pobj"
        for c in h.conjuncts(g)
        for k in agent_orgs(h, c, depth + 1)
    ]


def _name_words(name: str) -> list[str]:
    return name.replace("-", " ").split()


def named_after(players: dict[str, PlayerInfo]) -> dict[str, list[str]]:
    """Product -> the organisation whose name its own name starts with ("Acme R2",
    "Acme-7B", "Acme Large 3" are Acme's): whole words only, and never the whole name. Once
    per pair of players, so it does not depend on the text's length."""
    orgs = [
        (words, info.key)
        for info in players.values()
        if info.type == "ORG"
        for words in {tuple(_name_words(n)) for n in (info.name, *info.aliases)}
        if words
    ]
    out: dict[str, list[str]] = {}
    for info in players.values():
        if info.type != "PRODUCT":
            continue
        for name in (info.name, *info.aliases):
            words = tuple(_name_words(name))
            if any(words == org_words for org_words, _ in orgs):
                continue  # an organisation's own name, whatever the parser typed it as
            for org_words, org in orgs:
                if len(org_words) < len(words) and words[: len(org_words)] == org_words:
                    out.setdefault(info.key, [])
                    out[info.key] += [org] if org not in out[info.key] else []
    return out


def _makers_at(h: Holders, tok: Token) -> list[str]:
    nouns = [tok]
    own = any(c.dep_ == "poss" for c in tok.children)  # "A's X or B's Y": Y is B's alone
    if (tok.dep_ == "compound" or (tok.dep_ == "appos" and not split_off(h, tok))) or (
        tok.dep_ == "conj" and tok.head.pos_ == "PROPN" and not own
    ):
        nouns.append(tok.head)  # "Meta's Llama model", "Google's new model, Gemma"
    # "Gemma, Google's model"; not a plural ("Kimi, ..., beating models from Google"): other
    # models, not this one
    nouns.extend(c for c in tok.children if c.dep_ == "appos" and c.tag_ != "NNS")
    found: list[str] = []
    # "A's X and B's Y" parsed with both possessives on Y, or with A's alone on Y and B hung
    # elsewhere: Y is the one whose possessive mark stands right before it
    near = _name_possessor(h, tok, describing=True)
    for noun in nouns:
        owners = [c for c in noun.children if c.dep_ == "poss"]
        far = {c.i for c in owners[:-1]}
        if near is not None:
            far |= {c.i for c in owners if h.token_player.get(c.i) != h.token_player[near.i]}
        for child in noun.children:
            if child.i in far:
                continue
            if child.dep_ in ("poss", "compound") and not rivalry_between(child, tok):
                found.extend(h.resolve(child) or [])
            elif child.dep_ in ("prep", "agent") and child.lower_ in MAKER_PREPS:
                found.extend(
                    k for g in child.children if g.dep_ == "pobj" for k in h.resolve(g) or []
                )
            elif child.dep_ == "acl":  # "developed by Google"
                for agent in (g for g in child.children if g.dep_ == "agent"):
                    found.extend(
                        k for g in agent.children if g.dep_ == "pobj" for k in h.resolve(g) or []
                    )
    found.extend(_adjacent_maker(h, tok))
    found.extend(_collaborators(h, tok))
    return found


def _launchers_at(h: Holders, tok: Token) -> list[str]:
    """Who the text says released or launched the product: an organisation, or a country
    acting as one ("Norway released Fjord", "Norway's launch of Fjord")."""
    found = _maker_of_launch(h, tok)
    verb = _making_verb(tok)
    if verb is not None:
        for subj in h.subjects(verb):
            found.extend(h.resolve(subj) or [])
    return found


def _maker_of_launch(h: Holders, tok: Token) -> list[str]:
    """'X's launch of Y', 'X made waves with the release of Y', 'X entered the race with the
    launch of a model named Y': who launches or releases the product is its maker."""
    node = tok
    for _ in range(4):  # up through the product's own phrase ("a model named Y")
        if node.dep_ == "pobj" and node.head.lower_ == "of":
            break
        if node.dep_ not in ("compound", "appos", "oprd", "dobj", "acl", "attr"):
            return []
        node = node.head
    else:
        return []
    noun = node.head.head
    if noun.lemma_ not in MAKING_NOUNS or noun.pos_ != "NOUN":
        return []
    found = [k for c in noun.children if c.dep_ == "poss" for k in h.resolve(c) or []]
    if by := objects_of(noun, "by"):  # "after the launch of Y by X": X, not the clause's subject
        return found + [k for g in by for k in h.resolve(g) or []]
    if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "after", "through", "by"):
        verb = noun.head.head
        if verb.pos_ in ("VERB", "AUX"):
            found += [k for subj in h.subjects(verb) for k in h.resolve(subj) or []]
    return found


def split_off(h: Holders, tok: Token) -> bool:
    """'their evaluation of Nimbus 70B' with "70B" read as set beside "evaluation": the
    name's own first word is the object of that noun's "of", so the noun is not the name's."""
    before = tok.doc[tok.i - 1] if tok.i else tok
    return (
        before.i != tok.i
        and h.token_player.get(before.i) == h.token_player.get(tok.i)
        and before.dep_ == "pobj"
        and before.head.head.i == tok.head.i
    )


def _collaborators(h: Holders, tok: Token) -> list[str]:
    """'X is a model that came out of a collaboration between A, B and C': the
    partners of the collaboration a product's own sentence says it came from."""
    if tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
        return []
    sent = h.sents[h.sent_of.get(tok.i, 0)]
    for t in h.doc[tok.i + 1 : sent.end]:
        if t.lemma_ in COLLABORATION_NOUNS and t.head.lower_ == "of":
            between = next((c for c in t.children if c.lower_ in ("between", "among")), None)
            if between is None:
                return []
            keys: list[str] = []
            for w in h.doc[between.i + 1 : sent.end]:  # the parser often breaks the list up
                if w.tag_ in ("VBZ", "VBP", "VBD", "MD") or w.text == ";":
                    break  # the next clause
                if (k := h.player_at(w)) and k not in keys:
                    keys.append(k)
            return keys
    return []


# the verbs of competing in the forms a headline writes them ("Surpasses", "Beats")
COMPETE_FORMS = verb_forms(COMPETE_VERBS)


def rivalry_between(maker: Token, product: Token) -> bool:
    """'Acme Surpasses Nimbus 2 and Vireo' read as one noun phrase (a headline's capitals):
    a verb of competing between the name and the product sets them apart."""
    lo, hi = sorted((maker.i, product.i))
    words = maker.doc[lo + 1 : hi]
    # (a capitalised verb is often tagged a name and left unlemmatised: "Surpasses")
    return any(w.lemma_.lower() in COMPETE_VERBS or w.lower_ in COMPETE_FORMS for w in words)


def possessed_makers(h: Holders, parsed: dict[str, list[str]]) -> dict[str, list[str]]:
    """Product -> the organisations a possessive names before it, read from the words alone
    (`_possessive_maker`), beyond the makers the parse gave (`parsed`, from `makers`). These
    pass the product's side to its maker (`owned`), not the maker's practice to the product
    (`products_of`): that leap to a maker's only named product stays on the parse's links."""
    out: dict[str, list[str]] = {}
    for i, key in h.token_player.items():
        if h.players[key].type != "PRODUCT":
            continue
        for maker in _possessive_maker(h, h.doc[i]):
            if maker != key and maker not in parsed.get(key, []) + out.get(key, []):
                out.setdefault(key, []).append(maker)
    return out


POSSESSIVE_MARKS = ("'s", "’s", "'", "’")


def _possessive_maker(h: Holders, tok: Token) -> list[str]:
    """'Acme’s Nimbus', 'Acme's open-weight Nimbus': an organisation's name, a possessive
    mark, then the product's name (a describing word or two between), read from the words
    themselves. The parser often misses the possessive after a curly apostrophe and hangs the
    organisation on the product as a modifier or a list member instead."""
    owner = _name_possessor(h, tok, describing=True)
    key = h.token_player.get(owner.i) if owner is not None else None
    return [key] if key is not None and h.players[key].type == "ORG" else []


def _name_possessor(h: Holders, tok: Token, describing: bool = False) -> Token | None:
    """The last word of a player named right before a possessive mark before the name that
    `tok` begins ("Acme’s Nimbus", "President X's AI Action Plan"), read from the words; with
    `describing`, a describing word or two may stand between ("Acme's open-weight Nimbus")."""
    doc = tok.doc
    if tok.i < 2 or h.token_player.get(tok.i - 1) == h.token_player.get(tok.i):
        return None  # not the name's first token
    i = tok.i - 1
    while describing and i > 0 and tok.i - i <= 4 and (doc[i].pos_ == "ADJ" or doc[i].text == "-"):
        i -= 1  # "open-weight", "new"
    if doc[i].text not in POSSESSIVE_MARKS or i < 1:
        return None
    return doc[i - 1] if h.token_player.get(i - 1) is not None else None


def _adjacent_maker(h: Holders, tok: Token) -> list[str]:
    """'supports Llama from Meta' with "from Meta" hung on the verb: a maker preposition right
    after the product's name, then an organisation within a few words of a name."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or h.token_player.get(tok.i + 1) == h.token_player.get(tok.i):
        return []  # not the name's last token
    prep = doc[tok.i + 1]
    if prep.lower_ not in MAKER_PREPS or prep.head.i == tok.i:
        return []  # no maker preposition, or one the parse already gave the product
    for t in doc[tok.i + 2 : min(len(doc), tok.i + 6)]:
        key = h.token_player.get(t.i)
        if key is not None:
            return [key] if h.players[key].type == "ORG" else []
        if t.pos_ not in ("DET", "ADJ", "PROPN") and t.dep_ != "compound":
            return []  # "the French lab Mistral" reads on; "servers that X runs" does not
    return []


def _making_verb(tok: Token) -> Token | None:
    """The verb of making whose object holds this product, within three steps up."""
    node = tok
    for _ in range(3):
        if node.dep_ in ("dobj", "nsubjpass") and node.head.lemma_ in MAKER_VERBS:
            return node.head
        if node.dep_ not in ("compound", "nmod", "appos", "conj", "dobj", "pobj", "prep"):
            return None
        if node.dep_ == "nmod" and node.head.lower_ not in MODEL_NOUNS:
            return None  # "launched its X model" (not "its X reseller programme")
        node = node.head
    return None


# -- the signers of documents ----------------------------------------------------------------


Signer = tuple[str, str, int, bool]  # player, document lemma ("" for any), sentence, against


def _closes_quote(tok: Token, region: tuple[int, int]) -> bool:
    """A reporting verb, or a verb of the quotation's own ('asked', 'quipped') standing right
    after it: '"...?" asked X' ('X asked for more time' later on reports nothing)."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ not in QUOTING:
        return False
    return tok.lemma_ in REPORTING or 0 <= tok.idx - region[1] <= 3


def _object_only(verb: Token) -> bool:
    """'maintain a lead', 'see the point': a verb that reports speech only with a clause,
    here with an object and no clause ('highlight a belief that ...' has one)."""
    if verb.lemma_ not in CLAUSE_ONLY or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(
        g.dep_ in ("ccomp", "acl") for o in objects for g in o.children
    )


def done(verb: Token) -> bool:
    """A verb said to have happened: no modal on it, and no infinitive of another verb
    ("tried to persuade", "hopes to convince": not done)."""
    return not has_modal(verb) and verb.dep_ not in ("xcomp", "ccomp")


def signers(h: Holders) -> list[Signer]:
    """Each player the text names as signing, backing, writing or sponsoring a document (a
    letter, a statement, a bill, a project): "X signed the letter", "the bill was introduced
    by X", "X and Y are its signatories", "participants include X"; `against` for "X opposed
    the bill". One pass over the tokens."""
    out: list[Signer] = []
    for tok in _signing_candidates(h):
        if tok.pos_ == "VERB" and tok.lemma_ in SIGN_ON_VERBS:
            out.extend(_signing_on(h, tok))
        if law := _named_law(h, tok):
            if (author := _possessor_before(h, tok)) is not None:
                # "President X's AI Action Plan": its possessor is its author
                out.extend(s for s in _take(h, author, law) if s[0] != law)
            if tok.dep_ in ("dobj", "nsubjpass"):
                out.extend(_acting_on_law(h, tok, law))
            # "voted for (against) the X Act"
            out.extend(s for s in _voters(h, tok, law) or [] if s[0] != law)
            out.extend(_law_participle(h, tok, law))
            out.extend(_undone_law(h, tok, law))
            if tok.dep_ in ("nsubj", "nsubjpass"):
                out.extend(_judged_law(h, tok, law))
        if tok.pos_ != "NOUN":
            continue
        if tok.lemma_ in DOCUMENT_NOUNS:
            out.extend(_acting_on_document(h, tok))
            if not _named_law(h, tok):
                out.extend(_undone_law(h, tok, tok.lemma_))  # "welcomed the veto of the bill"
        elif tok.lower_ in SIGNER_NOUNS or tok.lower_ in ROLE_SIGNERS:
            out.extend(_named_signers(h, tok))
        elif tok.lemma_ in PARTISANS and tok.tag_ == "NNS":
            out.extend(_document_partisans(h, tok))
        elif tok.lemma_ in PARTISANS:
            out.extend(_named_partisan(h, tok))
    return out


def _signing_candidates(h: Holders) -> list[Token]:
    """The tokens `signers` can read a signer from, in order: each of its checks starts from
    a verb or noun of these word lists or a token of a named law, so the rest of the text,
    most of it, is never made into tokens."""
    lemmas = SIGN_ON_VERBS | DOCUMENT_NOUNS | PARTISANS
    words = set(DOCUMENT_NAME_WORDS) | SIGNER_NOUNS | ROLE_SIGNERS
    laws = h.document_keys()
    return tokens_at(
        h.doc,
        [
            *indices_where(h.doc, LEMMA, lemmas),
            *indices_where(h.doc, LOWER, words),
            *(i for i, key in h.token_player.items() if key in laws),
        ],
    )


# partisans of a document who stand against it
DOCUMENT_OPPONENTS = {"critic", "opponent", "skeptic", "sceptic", "detractor", "foe"}


def _document_of(h: Holders, tok: Token) -> str:
    """The document a noun of signing or backing is of ("the author of the bill", "the
    project's founder", "supporters of the Safe Models Act"): a named law's key first, else
    the document noun's lemma; "" for none."""
    of = [g for p in tok.children if p.lower_ == "of" for g in p.children]
    of += [c for c in tok.children if c.dep_ == "poss"]
    law = next((law for g in of if (law := _named_law(h, g))), "")
    return law or next((g.lemma_ for g in of if g.lemma_ in DOCUMENT_NOUNS), "")


def _document_partisans(h: Holders, tok: Token) -> list[Signer]:
    """'Supporters (critics) of the bill include A and B': the members listed back (oppose)
    the document their group is named for; only a document, and only where the sentence
    lists them ("include", "such as", "including")."""
    document = _document_of(h, tok)
    if not document:
        return []
    against = tok.lemma_ in DOCUMENT_OPPONENTS
    listed: list[Token | None] = []
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "include":
        listed += [c for c in tok.head.children if c.dep_ == "dobj"]
    listed += [
        next((g for g in prep.children if g.dep_ == "pobj"), None)
        for prep in tok.children
        if prep.lower_ in ("including", "like")
        or (prep.lower_ == "as" and "such" in {g.lower_ for g in prep.children})
    ]
    return [s for item in listed for s in _take(h, item, document, against) if s[0] != document]


def role_doubted(tok: Token, copula: Token) -> bool:
    """Whether a role said of a name (signer, backer, critic) is denied or dated, in the role's
    own words or its copula's: "is not (no longer, hardly) a backer of", "a former critic"."""
    if any(t.lower_ in CHANGE_MARKS for t in (*tok.subtree, *copula.children)):
        return True
    if copula.lemma_ == "be" and negated_verb(copula):
        return True
    return any(c.lower_ in DOUBTING_ADVERBS for c in copula.children)


def _role_said_of(tok: Token, copula: Token) -> Token | None:
    """The name a role noun is said of: 'X, a backer of ...' (an apposition), 'X is a backer
    of ...' or 'X is among its backers' (after the copula); None when the role is denied or
    dated (`role_doubted`)."""
    if role_doubted(tok, copula):
        return None
    if tok.dep_ in ("attr", "pobj") and copula.lemma_ == "be":
        return next((c for c in copula.children if c.dep_ == "nsubj"), None)
    return tok.head if tok.dep_ == "appos" else None


def _named_partisan(h: Holders, tok: Token) -> list[Signer]:
    """'X, a vocal critic of the Safe Models Act', 'X is a backer of the bill': one named as a
    partisan of a document backs (opposes) it."""
    document = _document_of(h, tok)
    if not document:
        return []
    against = tok.lemma_ in DOCUMENT_OPPONENTS
    named = _role_said_of(tok, tok.head)
    return [s for s in _take(h, named, document, against) if s[0] != document]


# acts against a document named by a noun: "Ward's veto of the bill", "welcomed the repeal of"
UNDOING_NOUNS = {"veto", "repeal", "rejection", "defeat", "withdrawal", "scrapping", "killing"}


def _undone_law(h: Holders, tok: Token, law: str) -> list[Signer]:
    """'Governor X's veto of the Act' opposes the Act; 'B welcomed (praised) the veto of the
    Act' opposes it too, and 'B criticised the veto' backs it."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lemma_ not in UNDOING_NOUNS:
        return []
    act = tok.head.head
    out = [s for c in act.children if c.dep_ == "poss" for s in _take(h, c, law, True)]
    verb = act.head
    if act.dep_ == "dobj" and (verb.lemma_ in SIGN_VERBS or verb.lemma_ in OPPOSING):
        against = (verb.lemma_ in SIGN_VERBS) != refused_act(verb)
        out += [s for subj in h.subjects(verb) for s in _take(h, subj, law, against)]
    return [s for s in out if s[0] != law]


def named_law(info: PlayerInfo) -> bool:
    """A player that is a named law: "the Safe Models Act", "SB 1047" (never a person)."""
    return info.type != "PERSON" and bool(LAW_NAME.search(info.name))


def named_document(info: PlayerInfo) -> bool:
    """A named law, or a named policy document: "the National AI Action Plan"."""
    return named_law(info) or (info.type == "OTHER" and bool(DOCUMENT_NAME.search(info.name)))


def _named_law(h: Holders, tok: Token) -> str | None:
    """The player a token names when that player is a named law or policy document, or the
    one such document "the plan" (the order, the strategy) stands for."""
    key = h.token_player.get(tok.i)
    if key is None:
        return next(iter(h.document_named(tok) or []), None)
    return key if key in h.document_keys() else None


def _possessor_before(h: Holders, tok: Token) -> Token | None:
    """'X's' right before the first word of the name a token begins (the parser often hangs the
    possessive elsewhere in "X's AI action plan addresses ..."); "'s" only, not a bare "'"."""
    owner = _name_possessor(h, tok)
    if owner is None or not possessor_word(owner) or _inside_title(h, owner):
        return None
    return owner


def _inside_title(h: Holders, owner: Token) -> bool:
    """'the Shielding America's Compute Act': a possessor right after a capitalised
    word mid-sentence that is no word of the possessor's own name is a word of the law's
    title, which the NER cut short, and no author; a person's title before it is no such
    word ("Senator X's bill")."""
    info = h.players.get(h.token_player.get(owner.i, ""))
    if info is None or owner.ent_type_ == "PERSON" or info.type == "PERSON":
        return False  # "Representative X's Act", "California Democrat X's Act": a person
    own_words = {w.lower() for n in (info.name, *info.aliases) for w in n.split()}
    i = owner.i
    while i > owner.sent.start and owner.doc[i - 1].lower_ in own_words:
        i -= 1  # "United States's": the name's own words
    if i - 1 <= owner.sent.start:
        return False  # "The EU's AI Act": a capital that only opens the sentence
    before = owner.doc[i - 1]
    if not before.is_title or before.pos_ in ("DET", "PRON"):
        return False
    return before.lower_.rstrip(".") not in PERSON_NOUNS | HONORIFICS


def _acting_on_law(h: Holders, tok: Token, law: str) -> list[Signer]:
    """'X opposes (or backs) the Safe Models Act': X signs the named law's side, or the
    opposite; the document is the law's player key (see StanceFinder.signed)."""
    verb = tok.head
    if not (verb.lemma_ in OPPOSING or verb.lemma_ in SIGN_VERBS):
        return []
    if denied_act(verb):
        return []  # "would not oppose (did not back) the Act": neither side taken
    against = (verb.lemma_ in OPPOSING) != refused_act(verb)
    if tok.dep_ == "nsubjpass":  # "the Act was backed (opposed) by X"
        agents = [c for c in verb.children if c.dep_ == "agent"]
        subjects = [g for a in agents for g in a.children if g.dep_ == "pobj"]
    else:
        subjects = h.subjects(verb)
    return [s for subj in subjects for s in _take(h, subj, law, against) if s[0] != law]


def fronted_participles(subject: Token) -> list[Token]:
    """'Sponsored by A and B, the bill would ...': a participle opening the sentence, set off
    by a comma, describes the clause's subject as one on the subject itself would."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return [
        c
        for c in subject.head.children
        if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < subject.i and c.i == c.left_edge.i
    ]


def _law_participle(h: Holders, tok: Token, law: str) -> list[Signer]:
    """'the Safe Models Act, sponsored (introduced) by X, would ...': the participle on the
    named law itself names its backers, as it does on "the bill"; so does one opening the
    sentence ("Introduced by X, the Act would ...")."""
    out = []
    for acl in [c for c in tok.children if c.dep_ == "acl"] + fronted_participles(tok):
        if acl.lemma_ not in SIGN_VERBS and acl.lemma_ not in OPPOSING:
            continue
        against = acl.lemma_ in OPPOSING  # "the Act, opposed by X, ..."
        agents = [a for a in acl.children if a.dep_ == "agent"]
        pobjs = [g for a in agents for g in a.children if g.dep_ == "pobj"]
        out += [s for pobj in pobjs for s in _take(h, pobj, law, against) if s[0] != law]
    for verb, against in relative_acts(tok):
        out += [s for subj in h.subjects(verb) for s in _take(h, subj, law, against) if s[0] != law]
    return out


def denied_act(verb: Token) -> bool:
    """'did not back', 'would not oppose': the act denied (not "did not just oppose it; it
    also ...", which says more)."""
    if not negated_verb(verb):
        return False
    return not any(c.dep_ == "neg" and not_only(c) for c in verb.children)


def relative_acts(document: Token) -> list[tuple[Token, bool]]:
    """'the Act, which X introduced (opposes), would ...': a relative clause whose pronoun is
    the object of a verb of signing or opposing names, in its subject, a backer (a critic)."""
    out = []
    for verb in (c for c in document.children if c.dep_ == "relcl"):
        if verb.lemma_ not in SIGN_VERBS and verb.lemma_ not in OPPOSING:
            continue
        if denied_act(verb) or any(c.lower_ == "longer" for c in verb.subtree):
            continue  # "which X did not sign", "which X no longer opposes": neither side
        if any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children):
            out.append((verb, verb.lemma_ in OPPOSING))
    return out


def _judged_law(h: Holders, tok: Token, law: str) -> list[Signer]:
    """'X said the Safe Models Act was necessary' backs the law; '... was misguided' opposes
    it: the speaker of the clause that judges the named law."""
    verb = tok.head
    if negated_verb(verb):
        return []
    if verb.lemma_ == "be":
        words = {c.lower_ for c in verb.children if c.dep_ in ("acomp", "attr")}
    else:  # "the Act was misguided", parsed as a passive
        words = {verb.lower_} if any(c.dep_ == "auxpass" for c in verb.children) else set()
    praised, blamed = bool(words & LAW_PRAISE), bool(words & LAW_BLAME)
    if praised == blamed:
        return []
    said = verb.head if verb.dep_ == "ccomp" else None
    if said is None or said.lemma_ not in REPORTING or said.pos_ != "VERB":
        return []
    return [s for subj in h.subjects(said) for s in _take(h, subj, law, blamed) if s[0] != law]


def _take(h: Holders, tok: Token | None, document: str, against: bool = False) -> list[Signer]:
    if tok is None:
        return []
    keys = [*(h.resolve(tok) or []), *(k for t in h.conjuncts(tok) for k in _led_by(h, t))]
    return [(key, document, h.sent_of.get(tok.i, 0), against) for key in dict.fromkeys(keys)]


def _led_by(h: Holders, tok: Token) -> list[str]:
    """'Acme CEO Jane Roe signed': the organisation a signer leads signs through her, when
    her title and its organisation stand right before her name (or right after it)."""
    name = tok.doc[tok.left_edge.i : tok.i]  # "Acme CEO Jane", however the compounds nest
    titles = [t for t in name if t.lower_ in LEADER_TITLES and t.dep_ == "compound"]
    if not titles:
        return _led_by_title_after(h, tok)
    before = [h.token_player.get(t.i) for t in name if t.i < titles[0].i]
    return [k for k in before if k and h.players[k].type == "ORG"][-1:]


def _led_by_title_after(h: Holders, tok: Token) -> list[str]:
    """'Jane Roe, the CEO of Acme, said': the company her title set beside her names (a chief
    executive's or founder's: "X, chairman of the committee" speaks for himself)."""
    titles = [c for c in tok.children if c.dep_ == "appos" and c.lower_ in TOP_TITLES]
    orgs = [
        h.token_player.get(g.i)
        for t in titles
        for p in t.children
        if p.lower_ in ("of", "at")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return [k for k in orgs if k and h.players[k].type == "ORG"][:1]


def refused_act(verb: Token) -> bool:
    """'refused (declined) to sign the letter': the act is turned down."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ in REFUSING


def _acting_on_document(h: Holders, tok: Token) -> list[Signer]:
    """'X signed (or opposed) the letter', 'the bill was introduced by X'; 'X refused to sign
    the letter' holds the letter's opposite."""
    verb, document = tok.head, tok.lemma_
    against = (verb.lemma_ in OPPOSING) != refused_act(verb)
    acting = verb.lemma_ in OPPOSING or verb.lemma_ in SIGN_VERBS
    if tok.dep_ == "dobj" and acting and denied_act(verb):
        return []  # "would not oppose a bill that ...": neither side taken
    if tok.dep_ == "dobj" and acting:
        return [s for subj in h.subjects(verb) for s in _take(h, subj, document, against)]
    if (voters := _voters(h, tok, document)) is not None:  # "X voted for (against) the bill"
        return voters
    agents = []
    if tok.dep_ == "nsubjpass" and verb.lemma_ in SIGN_VERBS:
        # "is led by A and co-written by B": the agents of every signing verb of the clause
        agents = [t for t in verb.subtree if t.dep_ == "agent" and t.head.lemma_ in SIGN_VERBS]
    # "the bill, introduced by A and B, would ...": the participle on the document itself
    acls = [c for c in tok.children if c.dep_ == "acl" and c.lemma_ in SIGN_VERBS]
    acls += [c for c in fronted_participles(tok) if c.lemma_ in SIGN_VERBS]
    agents += [a for acl in acls for a in acl.children if a.dep_ == "agent"]
    # "the bill, which X introduced, would ...": its sponsor (a critic: "which X opposes")
    acted = [(subj, against) for verb, against in relative_acts(tok) for subj in h.subjects(verb)]
    # "a report from A", "a letter by B": the document is theirs
    agents += [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "by")]
    pobjs = [g for agent in agents for g in agent.children if g.dep_ == "pobj"]
    named = [s for pobj in pobjs for s in _others_named(h, pobj, document)]
    named += [s for subj, against in acted for s in _take(h, subj, document, against)]
    return [s for pobj in pobjs for s in _take(h, pobj, document)] + named


def voted_on(tok: Token) -> tuple[Token, bool] | None:
    """'voted for (in favour of) the bill' backs it, 'voted against the bill' opposes it; a
    vote denied ("did not vote for") the opposite. The verb, and whether it opposes."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("for", "against", "of"):
        return None
    verb = prep.head
    if prep.lower_ == "of":  # "in favour of": the "of" hangs on "favour", under "in"
        favour = prep.head
        if favour.lemma_.lower() not in ("favour", "favor") or favour.head.lower_ != "in":
            return None
        verb = favour.head.head
    if verb.lemma_ != "vote":
        return None
    return verb, (prep.lower_ == "against") != negated_verb(verb)


def _voters(h: Holders, tok: Token, document: str) -> list[Signer] | None:
    """Who votes for (against) the document `tok` names; None when no vote is cast on it."""
    if (vote := voted_on(tok)) is None:
        return None
    voter, against = vote
    return [s for subj in h.subjects(voter) for s in _take(h, subj, document, against)]


def _others_named(h: Holders, tok: Token, document: str) -> list[Signer]:
    """'signed by A and others, including B of X and C of Y': the others the list names sign
    too (not where they work), however the parser hung the list."""
    others = [t for t in h.conjuncts(tok) if t.lower_ == "others"]
    after = [w for t in others for w in t.doc[t.i + 1 : t.i + 3] if w.lower_ == "including"]
    sidx = h.sent_of.get(tok.i, 0)
    return [(key, document, sidx, False) for w in after[:1] for key in h.names_after(w)]


def _signing_on(h: Holders, verb: Token) -> list[Signer]:
    """'X signed on', 'X joined too, alongside Y': signing with no document named holds the
    side of whatever the text's documents say (one side only; see StanceFinder.signed)."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return []  # "signed the letter" is read from the letter's side
    bare_on = any(
        c.lower_ == "on" and c.dep_ in ("prt", "prep") and not list(c.children)
        for c in verb.children
    )
    if not bare_on and verb.lemma_ != "join":
        return []
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("PROPN", "NOUN"):
        subjects = [verb.head]  # "X, a veteran investor, signed on" parsed as a participle
    else:
        subjects = h.subjects(verb)
    preps = [c for c in verb.children if c.lower_ in ("alongside", "with")]
    pobjs = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    # "alongside A's officer B": a possessive the parser made a conjunct is an employer
    named = [c for g in [*subjects, *pobjs] for c in h.conjuncts(g)]
    subjects = [c for c in named if not any(x.dep_ == "case" for x in c.children)]
    sidx = h.sent_of.get(verb.i, 0)
    return [(key, "", sidx, False) for subj in subjects for key in h.resolve(subj, False) or []]


def _included(h: Holders, listed: Token | None, document: str = "") -> list[Signer]:
    """'members include A's B, C's D and E': every player the listed phrase names, however the
    parser hung the list, except the possessives ("Finland's") that only say where one is."""
    if listed is None:
        return []
    sidx = h.sent_of.get(listed.i, 0)
    keys: list[str] = []
    for t in listed.subtree:
        key = h.player_at(t)
        if key is None or key in keys or any(c.dep_ == "case" for c in t.children):
            continue
        if t.dep_ == "compound" and any(c.dep_ == "case" for c in t.head.children):
            continue
        keys.append(key)
    return [(key, document, sidx, False) for key in keys]


def _named_signers(h: Holders, tok: Token) -> list[Signer]:
    """'X and Y are its signatories', 'signatories including X', 'members include A, B', 'the
    author of the bill'. A role that is also a job title needs its document named."""
    document = _document_of(h, tok)
    includes = tok.dep_ == "nsubj" and tok.head.lemma_ == "include"
    listed = next((c for c in tok.head.children if c.dep_ == "dobj"), None) if includes else None
    if tok.lower_ in ROLE_SIGNERS and not document:  # "partner at a fund" signs nothing
        return _included(h, listed) if includes and tok.tag_ == "NNS" else []
    out = _included(h, listed, document)
    copula = tok.head.head if tok.head.lower_ == "among" else tok.head  # "X is among them"
    out += _take(h, _role_said_of(tok, copula), document)
    for prep in (c for c in tok.children if c.lower_ in ("including", "like")):
        out += _take(h, next((g for g in prep.children if g.dep_ == "pobj"), None), document)
    return out


# -- examples listed after a sentence ------------------------------------------------------


# the verbs `same_act` reads a repeated act from
SAME_ACT_VERBS = ("do", "follow")


def same_act(verb: Token) -> bool:
    """'does the same', 'did likewise', 'followed suit': a verb that repeats the act of the
    sentence before it."""
    if verb.lemma_ == "do":
        return any(
            (c.dep_ == "dobj" and c.lower_ == "same") or c.lower_ in ("likewise", "similarly")
            for c in verb.children
        )
    return verb.lemma_ == "follow" and any(
        c.dep_ == "dobj" and c.lower_ == "suit" for c in verb.children
    )


def done_itself(verb: Token) -> bool:
    """A repeat that is done: a finite verb without a modal ("should", "will"), not one
    under another verb ("refused to do the same", "has yet to follow suit"), nor the second
    of two acts in one sentence ("raised its prices, and B followed suit": that act)."""
    if verb.dep_ in ("xcomp", "ccomp", "advcl", "conj", "relcl", "pcomp"):
        return False
    return not has_modal(verb)


def repeaters(h: Holders) -> list[tuple[list[str], list[str], int]]:
    """(actors, things, sentence index) for 'B does the same with Y', 'B followed suit': who
    repeats the previous sentence's act, and what it does it with ("with Y", "for Y")."""
    out = []
    for tok in tokens_where(h.doc, LEMMA, SAME_ACT_VERBS):
        if tok.pos_ not in ("VERB", "AUX") or not same_act(tok):
            continue
        if negated_verb(tok) or not done_itself(tok):
            continue  # "did not do the same", "has yet to (is expected to) follow suit"
        actors = [k for s in h.subjects(tok) for k in h.resolve(s) or []]
        things = [
            k
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("with", "for")
            for g in c.children
            if g.dep_ == "pobj"
            for t in h.conjuncts(g)
            for k in h.resolve(t, False) or []
        ]
        if actors:
            out.append((actors, things, h.sent_of.get(tok.i, 0)))
    return out


# verbs of reacting to an act: backing it, or speaking against it
WELCOMING = {"praise", "applaud", "hail", "laud", "welcome", "celebrate", "cheer", "endorse"}
REACTION_NOUNS = {"move", "step", "decision", "change", "shift"}


def in_main_clause(noun: Token) -> bool:
    """Whether the first verb above a noun is its sentence's main verb (or one joined to it)."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def reactions(h: Holders) -> list[tuple[list[str], int, bool]]:
    """(reactors, sentence index, against) for an act followed by a reaction to the whole of it:
    "A released X openly, which B praised", "..., a move B criticised". The relative clause
    closes the sentence after a comma, whatever noun the parser hangs it on."""
    out = []
    for tok in tokens_where(h.doc, DEP, ("relcl",)):
        if tok.pos_ != "VERB" or negated_verb(tok):
            continue
        welcome = tok.lemma_ in WELCOMING
        if not welcome and tok.lemma_ not in OPPOSING:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
            continue  # "criticised for coming too late": a reason that may cut either way
        if not in_main_clause(tok.head):
            continue  # "on the day it published a report, which B praised": the report
        which = any(c.dep_ == "dobj" and c.lower_ == "which" for c in tok.children)
        move = tok.head.lemma_ in REACTION_NOUNS and tok.head.dep_ in ("appos", "dobj", "npadvmod")
        start = tok.head.left_edge.i if move else tok.left_edge.i
        if not (which or move) or start == 0 or tok.doc[start - 1].text != ",":
            continue
        actors = [k for s in h.subjects(tok) if s.lower_ != "which" for k in h.resolve(s) or []]
        if actors:
            out.append((actors, h.sent_of.get(tok.i, 0), not welcome))
    return out


def listed_examples(h: Holders) -> list[tuple[str, int]]:
    """(player, sentence index) for "Examples include A's X and B's Y" and the like: the
    products listed, and their possessors, are examples of the previous sentence's kind."""
    out: list[tuple[str, int]] = []
    for tok in tokens_where(h.doc, LEMMA, ("include",)):
        if tok.pos_ != "VERB":
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in EXAMPLE_SUBJECTS for c in tok.children):
            continue
        # the list's last item may hang on the verb: "include A, B, and C by D"
        objs = [
            c
            for c in tok.children
            if c.dep_ == "dobj" or (c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))
        ]
        for obj in objs:
            for t in obj.subtree:
                key = h.player_at(t)
                if (
                    key
                    and h.players[key].type in ("PRODUCT", "ORG")
                    and key not in (k for k, _ in out)
                ):
                    out.append((key, h.sent_of.get(tok.i, 0)))
    return out


# -- heads of government -------------------------------------------------------------------


def heads_of_state(h: Holders) -> dict[str, str]:
    """Person -> the country they speak for: a name right after a state title and its country
    ("Chinese Premier X", "France's president X", "the Japanese prime minister, X"), when the
    text has that country acting as a subject of its own. A one-word name that is part of
    such a person's name ("X said" for "Li X") speaks for it too. One pass over the tokens."""
    out: dict[str, str] = {}
    acting = _acting(h)
    for i, key in h.token_player.items():
        if h.players[key].type != "PERSON" or h.token_player.get(i - 1) == key:
            continue  # not the first word of a person's name
        country = _state_before(h, i)
        if country is not None and country in acting:
            out.setdefault(key, country)
    for info in h.players.values():
        words = info.name.split()
        if info.type == "PERSON" and len(words) == 1 and info.key not in out:
            for head, country in list(out.items()):
                if words[0] in h.players[head].name.split():
                    out[info.key] = country
    return out


def _acting(h: Holders) -> set[str]:
    """Countries the text has as a subject somewhere ("A and B have clashed" counts both)."""
    out: set[str] = set()
    for i, key in h.token_player.items():
        tok = h.doc[i]
        while tok.dep_ in ("compound", "conj") and tok.head is not tok:
            tok = tok.head
        if h.players[key].type == "GPE" and tok.dep_ in ("nsubj", "nsubjpass"):
            out.add(key)
    return out


def _state_before(h: Holders, at: int) -> str | None:
    """The country of a state title right before token `at`, if there is one."""
    i = at - 1
    while i >= 0 and h.doc[i].lower_ in (",", "the"):
        i -= 1
    titles = []
    while i >= 0 and h.doc[i].lower_ in TITLE_WORDS:
        titles.append(h.doc[i].lower_)
        i -= 1
    if not STATE_TITLES.intersection(titles) or i < 0:
        return None
    if h.doc[i].lower_ in ("'s", "’s") and i > 0:
        i -= 1
    key = h.token_player.get(i)
    if key is not None:
        return key if h.players[key].type == "GPE" else None
    before = h.doc[i - 1].lower_ + " " if i else ""
    return h.demonyms.get(before + h.doc[i].lower_) or h.demonyms.get(h.doc[i].lower_)


# -- leaders of organisations ------------------------------------------------------------------


def leaders(h: Holders) -> dict[str, str]:
    """Person -> the organisation they lead, as the text introduces them: "Acme CEO X",
    "X, Acme's chief executive", "X, the CEO of Acme". One look around each name."""
    out: dict[str, str] = {}
    for i, key in h.token_player.items():
        if h.players[key].type != "PERSON" or key in out:
            continue
        tok = h.doc[i]
        org = _led_by(h, tok) if tok.dep_ != "compound" else []
        for appos in (c for c in tok.children if c.dep_ == "appos"):
            org = org or _org_of_title(h, appos)
        if tok.dep_ == "appos":  # "Acme's CEO, X," with the name in apposition
            org = org or _org_of_title(h, tok.head)
        if org and not formerly(h, tok):
            out[key] = org[0]
    # "The CEO of Acme ... urged": the title standing for its holder, named elsewhere
    for title in (t for t in tokens_where(h.doc, LOWER, TOP_TITLES) if definite(t)):
        org = _org_of_title(h, title)
        person = h.role_holder(title, org) if org else []
        if person and person[0] not in out and not formerly(h, title):
            out[person[0]] = org[0]
    return out


def formerly(h: Holders, name: Token) -> bool:
    """'former Acme CEO X', 'X, Acme's ex-chief': a title the person no longer holds."""
    near = h.doc[max(0, name.left_edge.i - 1) : name.i]
    appos = [t for c in name.children if c.dep_ == "appos" for t in c.subtree]
    if name.dep_ == "appos":
        appos += [t for t in name.head.subtree if t.i < name.i]
    return any(t.lower_ in ("former", "ex", "ex-", "onetime", "erstwhile") for t in [*near, *appos])


def _org_of_title(h: Holders, title: Token) -> list[str]:
    """'Acme's chief executive', 'the CEO of Acme': the organisation a title belongs to."""
    words = [title, *(c for c in title.children if c.dep_ == "compound")]
    if not any(w.lower_ in ORG_LEAD_TITLES for w in words):
        return []
    owners = [
        c
        for c in title.children
        if c.dep_ == "poss" or (c.dep_ == "nmod" and any(g.dep_ == "case" for g in c.children))
    ]
    owners += [g for c in title.children if c.lower_ == "of" for g in c.children]
    keys = [h.player_at(o) for o in owners]
    return [k for k in keys if k and h.players[k].type == "ORG"][:1]


def would_act(verb: Token) -> bool:
    """'would harm', 'will ban': a verb with a modal of what a thing is expected to do."""
    return any(
        c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might") for c in verb.children
    )
