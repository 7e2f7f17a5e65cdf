"""Cues their own sentence takes back: a hedge, an idiom, a foil, a past state superseded.

- "not fully open", "open-weight but not open-source": the negation only grades the openness
  (or denies one flavour of it beside another granted); the thing is still partly open, so the
  hedged cue says no side rather than the opposite one.
- "open to working with regulators", "open for business": a bare open/closed in an idiom.
- "the debate over open-source AI": a cue that names a discussion's topic; "regardless of
  openness": a cue named as what does not matter; "defines an open model as ...": the term a
  definition explains.
- "open source, not proprietary": the negated foil restates the side of the cue before it.
- "began as an open lab but has since turned proprietary": the past state is the foil of the
  present one, so only the present cue speaks.

`settled(doc, spans)` takes the marker's (start, end, side) triples and drops those cues. It
reads only the cue's sentence, so the pass stays linear in the text.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from bot.understanding.cue_patterns import (
    AUDIENCES,
    CIVIC_VALUES,
    COPYRIGHT_WORDS,
    CROWD_NOUNS,
    DEGREE_WORDS,
    DIVIDES,
    DURATIONS,
    FETCHED_THINGS,
    FETCHERS,
    FORMER_WORDS,
    FOUNDING_VERBS,
    FREE_ROUTES,
    HARDWARE_NOUNS,
    HEDGE_JOINERS,
    HOSTING_HUBS,
    IDIOM_PREPS,
    INDIFFERENT_WORDS,
    KEPT_BACK,
    KEPT_MODEL_NOUNS,
    LICENCE_WORDS,
    LIMITING_WORDS,
    MEANING_VERBS,
    MODEL_PART_WORDS,
    MODEL_THINGS,
    MODEL_THINGS_DESCRIBED,
    NAMED_TYPES,
    NEGATION_WORDS,
    OPENLY_WORDS,
    OTHER_WEIGHTS,
    PAST_WORDS,
    PRIVATE_MEETINGS,
    PRIVATE_RECIPIENTS,
    PUBLIC_SOURCE_NOUNS,
    PUBLICATIONS,
    RANKINGS,
    REACTION_NOUNS,
    REACTION_PLACES,
    RELEASE_LEMMAS,
    REQUIRING_VERBS,
    RESEARCH_USES,
    RESTRICTED_THINGS,
    SCENE_PREPS,
    SCENE_WORDS,
    SECRETIVE_WORDS,
    SERVING_SURFACES,
    SETTING_NOUNS,
    SHARE_VERBS,
    SHARE_WORDS,
    SHUT_THINGS,
    SIDE_WORDS,
    STANCE_NOUNS,
    TECH_NOUN_SET,
    TINKERING,
    TOPIC_NOUNS,
    TOPIC_PREPS,
    TRAINING_DATA_NOUNS,
    UNIT_NAME_NOUNS,
    WRITINGS,
)
from bot.understanding.lexicon import NEGATIVE, ONLY_WORDS, POSITIVE

# words that judge: a clause with one of them says more than it measures or sets
JUDGING = POSITIVE | NEGATIVE

Triple = tuple[int, int, str]


def unquoted_start(doc: Doc, i: int, floor: int = 0) -> int:
    """Token `i`, or the quotation mark that opens right before it (not before token
    `floor`): 'not "open-source"' and '"open-weight", not ...' read as if unquoted (a quote
    marks a term, not a new thought)."""
    while i > floor and doc[i - 1].is_quote:
        i -= 1
    return i


def partial_hedge(doc: Doc, cue: Triple, before: list[Triple]) -> bool:
    """'not fully open', 'isn't truly open source' (a degree word between the negation and the
    cue), or 'open-weight but not open-source' (a cue of the same side granted just before)."""
    start = unquoted_start(doc, cue[0])
    i = start - 1
    while i >= 0 and doc[i].lower_ in DEGREE_WORDS:
        i -= 1
    if i < 0 or doc[i].lower_ not in NEGATION_WORDS:
        return False
    if i < start - 1:
        return True  # a degree word stands between
    joiner = doc[unquoted_start(doc, i) - 1] if i >= 1 else None
    if joiner is None or joiner.lower_ not in HEDGE_JOINERS:
        return False
    return any(side == cue[2] and end <= joiner.i for _, end, side in before)


def foil(doc: Doc, cue: Triple, before: list[Triple]) -> bool:
    """'open source, not proprietary', 'closed, not open': the negated cue right after a cue of
    the other side only restates that side; the first cue says it already."""
    i = unquoted_start(doc, cue[0]) - 1
    if i < 1 or doc[i].lower_ not in NEGATION_WORDS:
        return False
    joiner = doc[unquoted_start(doc, i) - 1]
    if joiner.lower_ not in HEDGE_JOINERS:
        return False
    start = joiner.i - 1 if joiner.lower_ != "," and doc[joiner.i - 1].text == "," else joiner.i
    start = unquoted_start(doc, start)  # '"open source", not "proprietary"'
    return any(side != cue[2] and end == start for _, end, side in before)


def figurative(doc: Doc, cue: Triple) -> bool:
    """A bare 'open' or 'closed' with a preposition that makes it an idiom: 'open to working
    with regulators', 'open for business', 'closed on Sundays', 'open about its plans'; not
    when the object is an audience ('open to all developers', 'open for anyone')."""
    tok = doc[cue[0]]
    if cue[1] - cue[0] != 1 or tok.lower_ not in ("open", "closed"):
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in IDIOM_PREPS):
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        words = {t.lower_ for o in objects for t in o.subtree}
        if objects and not words & (AUDIENCES | DURATIONS):  # "closed for now" is no idiom
            return True
    return False


def met_in_private(doc: Doc, cue: Triple) -> bool:
    """'lobbied lawmakers behind closed doors', 'talks held behind closed doors': people meeting
    in private, not models kept private ("models built behind closed doors" stays a cue)."""
    if doc[cue[1] - 1].lower_ != "doors":
        return False
    verb = clause_verb(doc[cue[0]])
    if verb is None:
        return False
    held = {c.lemma_.lower() for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")}
    return verb.lemma_.lower() in PRIVATE_MEETINGS or bool(held & SHUT_THINGS)  # "talks held"


def fetched_other(doc: Doc, cue: Triple) -> bool:
    """'users can download the code': who may fetch something the verb names itself, not the
    thing named before ("a flagship you cannot download")."""
    if doc[cue[0]].lower_ not in FETCHERS:
        return False
    verb = doc[cue[1] - 1]
    if verb.dep_ == "relcl" and not fetchable(verb.head):
        return True  # "the report, which you can download here": a document, not a model
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]  # "download and use X"
    objects = [
        c
        for v in verbs
        for c in v.children
        if c.dep_ == "dobj" and c.lower_ not in ("that", "which")
    ]
    if objects and for_free(verb) and all(fetchable(o) or o.lower_ == "it" for o in objects):
        return False  # "developers can download it (the model) for free": the model is open
    return bool(objects)


def for_free(verb: Token) -> bool:
    """'download it for free': the verb's "for free"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.lower_ == "free" for g in c.children)
        for c in verb.children
    )


def fetchable(noun: Token) -> bool:
    """A model, its weights or a name: what a "you can download" says is open."""
    return noun.pos_ == "PROPN" or noun.lemma_.lower() in FETCHED_THINGS


def use_of_other(doc: Doc, cue: Triple) -> bool:
    """'restricts commercial use of facial recognition': a restriction on the use of something
    named that is no model ("... use of the model", "... use of Kestrel" stay cues)."""
    last = doc[cue[1] - 1]
    if last.lemma_ not in ("use", "usage", "deployment") or cue[1] >= len(doc):
        return False
    things = [g for c in last.children if c.lower_ == "of" for g in c.children]
    return any(not fetchable(t) and t.lemma_.lower() not in TECH_NOUN_SET for t in things)


def hardware(doc: Doc, cue: Triple) -> bool:
    """'export restrictions on AI chips': a curb whose "AI" is the chips' kind, not a model
    ("on AI chips and model weights" curbs the weights too)."""
    last = doc[cue[1] - 1]
    if last.lower_ not in ("ai", "a.i.") or cue[1] >= len(doc):
        return False
    noun = doc[cue[1]] if doc[cue[1]].lower_ in HARDWARE_NOUNS else last.head
    if noun.lower_ not in HARDWARE_NOUNS:
        return False
    after = doc[noun.i + 1 : noun.i + 5]  # "chips and model weights", however parsed
    joined = next((t.i for t in after if t.lower_ in ("and", "or")), None)
    return joined is None or not any(
        t.lower_ in KEPT_MODEL_NOUNS or t.lower_ == "software" for t in doc[joined + 1 : noun.i + 5]
    )


def freedom_over_other(doc: Doc, cue: Triple) -> bool:
    """'lets users modify the code of its website', 'the model's answers', 'the code that the
    model writes': a freedom over something the model makes or owns, not over the model."""
    last = doc[cue[1] - 1]
    if last.lower_ not in ("code", "model", "models", "ai", "weights") or cue[1] >= len(doc):
        return False
    if not any(t.lemma_ in TINKERING for t in doc[cue[0] : cue[1]]):
        return False
    nxt = doc[cue[1]]
    return nxt.lower_ in ("'s", "\u2019s", "of", "that", "which", "samples", "snippets", "written")


def content_licensing(doc: Doc, cue: Triple) -> bool:
    """'back the licensing regime' in a sentence about copyright: the licences are for
    creative works used in training, not for models."""
    if not any(t.lower_ in LICENCE_WORDS for t in doc[cue[0] : cue[1]]):
        return False
    regime = doc[cue[1] - 1]
    if any(t.lower_ in KEPT_MODEL_NOUNS for t in regime.subtree if t.lower_ not in ("ai", "a.i.")):
        return False  # "a licensing regime for AI models, apart from copyright law"
    return any(t.lower_ in COPYRIGHT_WORDS for t in doc[cue[0]].sent)


def modified_noun(tok: Token) -> Token:
    """The noun a cue's words modify, however many stand before it ("open-weight" of
    "open-weight models", "closed" of "closed-source solutions"), else the word itself."""
    while tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i:
        tok = tok.head
    return tok


def ranked(doc: Doc, cue: Triple) -> bool:
    """'a leaderboard for (of) open-weight models', 'a ranking of proprietary chatbots': the
    cue names what a table ranks, which takes no side."""
    root = modified_noun(doc[cue[0] : cue[1]].root)
    head = root.head
    if root.dep_ != "pobj" or head.lower_ not in ("for", "of") or head.i == 0:
        return False
    # (the parser may hang the "for" on the verb: the noun right before it then)
    return head.head.lemma_ in RANKINGS or doc[head.i - 1].lemma_ in RANKINGS


def topic(doc: Doc, cue: Triple) -> bool:
    """'the debate over open-source AI', 'the question of open models', 'the split between
    closed labs and open developers': the cue names what a discussion or a divide is about,
    which takes no side."""
    tok = doc[cue[0] : cue[1]].root
    noun = tok.head if tok.dep_ in ("amod", "compound", "nmod") else tok
    while noun.dep_ == "conj" and noun.head.i != noun.i:  # "open versus closed models"
        noun = noun.head
    if noun is not tok and split_pair(noun):
        return True  # "the gap between open-weight and proprietary systems", misparsed
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    head = prep.head
    if head.lemma_ == "question":
        return prep.lower_ == "of"  # "questions about open models" doubt them
    if head.lemma_ in DIVIDES:  # "divided between closed labs and the open community"
        # ... but "between proprietary giants like X and Y" names its members: they keep it
        return prep.lower_ == "between" and not any(t.pos_ == "PROPN" for t in noun.subtree)
    if head.lemma_ in STUDIED_NOUNS:  # "an examination of trends in openness"
        verdict = head.dep_ in ("nsubj", "nsubjpass") or any(
            c.dep_ in ("relcl", "acl") for c in head.children
        )  # "the trend in open models is worrying", "a study of X that found them unsafe"
        own = any(c.dep_ == "poss" for c in noun.children)  # "an overview of its closed models"
        return not verdict and not own and prep.lower_ in (*TOPIC_PREPS, "in", "into")
    return head.lemma_ in TOPIC_NOUNS and prep.lower_ in TOPIC_PREPS


def split_pair(noun: Token) -> bool:
    """'the gap between open-weight systems and the top proprietary ones': the parser may join the
    second member to the divide itself rather than to the first member; the divide, with its
    "between" holding the first member and no name inside, is still only what the pair is."""
    if noun.lemma_ not in DIVIDES:
        return False
    between = [g for c in noun.children if c.lower_ == "between" for g in c.children]
    return bool(between) and not any(t.pos_ == "PROPN" for b in between for t in b.subtree)


# what a study looks at: "trends in openness", "an analysis of open models"
STUDIED_NOUNS = {"trend", "examination", "analysis", "study", "survey", "overview", "dynamic"}
# words that only name what is looked at: "a report covering open and closed LLMs"
PAIR_TOPIC_WORDS = {
    "cover", "include", "discuss", "debate", "compare", "study", "examine", "weigh", "review",
    "explore", "address", "survey", "list", "rank", "benchmark", "evaluate", "test",
}  # fmt: skip
OTHER_SIDE_WORDS = {"open": {"closed", "closed-", "proprietary"}, "closed": {"open", "open-"}}
# the words that may stand between the two sides named as a pair: "open and closed models",
# "open vs. closed", "open- and closed-source AI"
PAIR_JOINERS = {
    "and", "or", "vs", "vs.", "versus", "-", ",", "/", "both", "nor", "either", "as", "well",
}  # fmt: skip


def paired(doc: Doc, cue: Triple, others: list[Triple]) -> bool:
    """'a report covering open and closed LLMs', 'a course on open- as well as closed-source
    models': the two sides named as a pair, joined in one phrase, under a word that only
    names what is looked at, take neither side. Held by anyone else ("makes open and closed
    models", "supports both", "must lead in both") the pair is both sides, mixed."""
    root = doc[cue[0] : cue[1]].root
    if not topical(root):
        return False
    before = doc[max(0, cue[0] - 4) : cue[0]]
    words = OTHER_SIDE_WORDS[cue[2]]
    for k, tok in enumerate(before):  # "open- and closed-source": "open-" is no cue itself
        if tok.lower_ in words and all(t.lower_ in PAIR_JOINERS for t in before[k + 1 :]):
            return True
    for other in others:
        if other[2] == cue[2]:
            continue
        first, second = (cue, other) if cue[0] < other[0] else (other, cue)
        between = doc[first[1] : second[0]]
        other_root = doc[other[0] : other[1]].root
        joined = (
            root.head.i in (other_root.i, other_root.head.i)
            or other_root.head.i == root.i
            or "conj" in (root.dep_, other_root.dep_)
        )
        if len(between) <= 3 and joined and all(t.lower_ in PAIR_JOINERS for t in between):
            return True
    return False


def topic_word(tok: Token) -> bool:
    """'compare', 'comparing', and a gerund the parser made a noun ('stress-testing')."""
    low = tok.lower_
    stems = (low[:-3], low[:-3] + "e") if low.endswith("ing") else ()
    return tok.lemma_ in PAIR_TOPIC_WORDS or any(s in PAIR_TOPIC_WORDS for s in stems)


def topical(tok: Token) -> bool:
    """The first verb (or "including") above a word only names a topic: "covering",
    "including", "discuss", "compare" (not "makes", "supports", "lead in"); or a gerund the
    parser hung on the pair's noun ("a role in stress-testing open and closed models")."""
    noun = tok.head if tok.dep_ in ("amod", "compound", "conj") else tok
    noun = noun.head if noun.dep_ in ("amod", "compound") else noun
    if any(
        c.dep_ in ("nmod", "compound", "amod") and c.i < tok.i and topic_word(c)
        for c in noun.children
    ):
        return True
    for a in tok.ancestors:
        if a.lower_ == "including" or a.lemma_ in PAIR_TOPIC_WORDS:
            return True
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False


def whichever(doc: Doc, cue: Triple) -> bool:
    """'safe use depends on training regardless of openness', 'the audit applies
    irrespective of open weights': the cue names what does not matter, which takes no side."""
    i = cue[0] - 1
    while i > 0 and doc[i].tag_ in ("DT", "PRP$", "JJ"):
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return False
    return doc[i - 1].lower_ in INDIFFERENT_WORDS


def defined(doc: Doc, cue: Triple) -> bool:
    """'defines an open model as one whose weights can be downloaded', 'open source is defined
    as ...': a cue in the term a definition explains, or in what it explains it as, takes no
    side."""
    below = doc[cue[0] : cue[1]].root
    for verb in list(below.ancestors)[:8]:
        if verb.lemma_ == "define" and any(
            c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
        ):
            # the term defined is a common noun ("defines itself as an open-source company",
            # "defined open-sourcing Llama as a mistake" describe, they define no term)
            term = below.dep_ in ("dobj", "nsubjpass") and below.pos_ == "NOUN"
            defined_thing = next(
                (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None
            )
            described = defined_thing is not None and defined_thing.pos_ in ("PRON", "PROPN")
            return term or (below.lower_ == "as" and not described)
        below = verb
    return False


def explained(doc: Doc, cue: Triple) -> bool:
    """'An open-weights system means a system whose weights anyone may copy', 'open-weight
    models are ones whose weights anyone can download': a clause that explains its subject
    in the subject's own words is a definition, and no cue in it takes a side. 'Open source
    means more competition' is a claim: its clause says something new."""
    below = doc[cue[0] : cue[1]].root
    for verb in list(below.ancestors)[:6]:
        if below.dep_ in ("advcl", "conj", "parataxis"):
            return False  # another clause
        if definition(verb):
            return True
        below = verb
    return False


def definition(verb: Token) -> bool:
    """Whether a verb of meaning ("means", "refers to", "are ones whose ...") explains its
    subject with words the subject already has ("weights", "model", "code")."""
    ones = any(c.dep_ == "attr" and c.lower_ in ("one", "ones") for c in verb.children)
    if verb.lemma_ not in MEANING_VERBS and not (verb.lemma_ == "be" and ones):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    # the common nouns only: "Kestrel's strategy means Kestrel's customers ..." shares a name
    words = {t.lemma_.lower() for t in subject.subtree if t.pos_ == "NOUN"} - SIDE_WORDS
    told = {
        t.lemma_.lower()
        for c in verb.children
        if c.dep_ not in ("nsubj", "punct", "advcl", "cc", "conj")
        for t in c.subtree
        if t.pos_ == "NOUN"
    }
    return bool(words & told)


def clause_verb(tok: Token) -> Token | None:
    """The first verb at or above a token: the clause the cue is said in."""
    for t in (tok, *tok.ancestors):
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def in_the_past(tok: Token, verb: Token) -> bool:
    """'once released open models', 'originally open', 'began as an open lab', 'founded as an
    open-source nonprofit', 'used to be open'."""
    chain = [verb]  # "initially set out to present itself as open": the time on the verb above
    while chain[-1].dep_ == "xcomp" and len(chain) < 4:
        chain.append(chain[-1].head)
    # (or on the cue's own word: "models that were once open")
    if any(
        c.dep_ == "advmod" and c.lower_ in PAST_WORDS for v in (*chain, tok) for c in v.children
    ):
        return True
    if verb.tag_ == "VBD" and any(
        c.dep_ == "conj" and any(g.lower_ == "now" for g in c.children) for c in verb.children
    ):
        return True  # "models which were open and are now closed"
    if verb.lemma_ in FOUNDING_VERBS and any(
        t.dep_ == "prep" and t.lower_ == "as" and t.head.i == verb.i for t in tok.ancestors
    ):
        return True
    return verb.head.lemma_ == "use" and verb.dep_ == "xcomp" and verb.head.tag_ == "VBD"


def same_holder(past: Token, now: Token) -> bool:
    """Whether the present clause is about whoever the past one is: it shares the subject
    ("used to publish X but now keeps Y"), is the noun the past clause describes ("X, which
    began as ..., has since ..."), or refers back to it in a linked clause ("it", "its")."""
    subjects = [c for c in now.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:  # a conjunct sharing the subject
        return now.dep_ == "conj" and now.head.i in {past.i, *(t.i for t in past.ancestors)}
    subject = subjects[0]
    if past.dep_ == "relcl" and past.head.i == subject.i:
        return True
    pronoun = subject.pos_ == "PRON" or any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children
    )
    return pronoun and linked(past, now)


def linked(a: Token, b: Token) -> bool:
    """Two clauses of one statement: one is a conjunct of, or above, the other."""
    return a.i in {t.i for t in b.ancestors} or b.i in {t.i for t in a.ancestors}


def past_description(tok: Token, verb: Token) -> bool:
    """'X, once a champion of open research, now ...': a past marker on a noun inside the
    subject of the clause's verb (an apposition) that holds the cue."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or tok.i not in {t.i for t in subjects[0].subtree}:
        return False
    for t in (tok, *tok.ancestors):
        if t.i == verb.i:
            return False
        if any(c.dep_ in ("advmod", "amod") and c.lower_ in FORMER_WORDS for c in t.children):
            return True
    return False


def published_writing(doc: Doc, cue: Triple) -> bool:
    """'The White House publicly released its report', 'made the comments publicly
    available', "Meta's [submission] wasn't publicly published": a writing made public, not a
    model opened. Only the cues spelled with "publicly" (or "openly", "freely")."""
    words = doc[cue[0] : cue[1]]
    if not any(t.lower_ in OPENLY_WORDS for t in words):
        return False
    root = words.root
    if root.dep_ == "amod" and root.head.lemma_.lower() in WRITINGS:
        return True  # "a publicly available catalogue of chatbots": the catalogue is public
    verb = clause_verb(root)
    if verb is None:
        return False
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    things += [c for c in root.children if c.dep_ == "nsubj"]  # "made the comments available"
    if verb.lemma_ == "be" or any(c.dep_ == "acomp" for c in verb.children):
        things += [c for c in verb.children if c.dep_ == "nsubj"]  # "X is publicly available"
    if verb.dep_ in ("ccomp", "oprd", "xcomp") and verb.head.lemma_ == "make":
        things += [c for c in verb.head.children if c.dep_ == "dobj"]
    for thing in things:
        if thing.lemma_.lower() in WRITINGS:
            return True
        if thing.dep_ == "nsubjpass" and any(c.lower_ in ("'s", "\u2019s") for c in thing.children):
            return True  # "Meta's wasn't publicly published": a possessive, its noun left out
    return False


def shared_privately(doc: Doc, cue: Triple) -> bool:
    """'Shared the code and weights with the AI Safety Institute', '... only with select
    partners': a release to named recipients opens nothing."""
    if cue[2] != "open":
        return False
    verb = doc[cue[0]]
    if verb.pos_ != "VERB":
        return False
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    only = any(c.lower_ == "only" for w in withs for c in (*w.children, *verb.children))
    recipients = [g for w in withs for g in w.children if g.dep_ == "pobj"]
    return any(private_recipient(g, only) for g in recipients)


def private_recipient(tok: Token, only: bool) -> bool:
    """A body named (not a hub anyone fetches from), or a noun of the few a release may be
    kept to (partners, researchers) when a word limits it ("select", "only")."""
    if tok.ent_type_ in ("ORG", "GPE", "NORP"):
        return not any(t.lower_ in HOSTING_HUBS for t in tok.subtree)
    if tok.lemma_.lower() not in PRIVATE_RECIPIENTS:
        return False
    return only or any(c.lower_ in LIMITING_WORDS for c in tok.children)


def no_view_on(doc: Doc, cue: Triple) -> bool:
    """'Had (took) no view (position, stance) on open models': a side disclaimed, not held."""
    tok = doc[cue[0] : cue[1]].root
    for _ in range(3):
        if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "about", "regarding"):
            noun = tok.head.head
            return noun.lemma_.lower() in STANCE_NOUNS and any(
                c.dep_ == "det" and c.lower_ == "no" for c in noun.children
            )
        tok = tok.head
    return False


def kept_shut(doc: Doc, cue: Triple) -> bool:
    """'Kept the door closed on a merger', 'kept the consultation closed to the public': a
    "keep ... closed" whose object is a door, a meeting or a process, not a model."""
    words = doc[cue[0] : cue[1]]
    if words[0].lemma_ != "keep" or len(words) < 3:
        return False
    return any(t.lemma_.lower() in SHUT_THINGS for t in words[1:-1])


def wrapped_other(doc: Doc, cue: Triple) -> bool:
    """'Kept its launch plans under wraps': what is kept under wraps is no model, nor its
    weights, code or data (a name, or "it", is); nor is a secret kept only until a launch."""
    span = doc[cue[0] : cue[1]]
    if span[-1].lower_ != "wraps" or span[0].lower_ != "under":
        return False
    verb = span[0].head
    if any(c.lower_ in ("until", "before") for c in verb.children):
        return True  # "kept under wraps until launch (before its open release)": for a time
    kept = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    kept = [c for c in kept if c.i < span[0].i]
    if not kept:
        return False
    objects = [c for c in kept if c.dep_ == "dobj"]
    thing = objects[0] if verb.lemma_ == "keep" and objects else kept[0]
    if thing.lower_ in MODEL_PART_WORDS:  # "the details of its merger": details of what?
        owners = [g for c in thing.children if c.lower_ == "of" for g in c.children]
        return any(not model_like(g) for g in owners)
    return not model_like(thing)


def model_like(tok: Token) -> bool:
    """A model, its weights, code or data, a name, or a pronoun for one."""
    return tok.lower_ in MODEL_THINGS or tok.pos_ in ("PRON", "PROPN") or bool(tok.ent_type_)


def access_to_other(doc: Doc, cue: Triple) -> bool:
    """'Restricted (blocked) access to its offices': access limited to what is no model, nor
    its weights, code or data, nor a thing named."""
    span = doc[cue[0] : cue[1]]
    if span[-1].lower_ != "access" or cue[2] != "closed":
        return False
    things = [g for c in span[-1].children if c.lower_ == "to" for g in c.children]
    # (a model, its parts, a name, a pronoun for one, or the way it is served)
    served = TECH_NOUN_SET | SERVING_SURFACES
    return any(g.dep_ == "pobj" and not model_like(g) and g.lower_ not in served for g in things)


def unfit_other(doc: Doc, cue: Triple) -> bool:
    """'The survey findings were too risky to publish': what is judged too dangerous to put
    out is no model, nor its weights, code or data (a model named, or "it", is)."""
    span = doc[cue[0] : cue[1]]
    if span[0].lower_ != "too":
        return False
    adjective = span[1]
    if adjective.dep_ == "amod":  # "a model too dangerous to release"
        return not model_like(adjective.head)
    subjects = [c for c in adjective.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(not model_like(s) for s in subjects)


def withheld_other(doc: Doc, cue: Triple) -> bool:
    """'Withheld it' is a model withheld only right after a verb joined to it, with the same
    subject, whose object is a model ("announced X 2 on Monday but withheld it"); not when
    another thing comes between ("wrote a paper about it, but withheld it"), or another
    subject withholds ("finished the review of X 2, but Y withheld it")."""
    span = doc[cue[0] : cue[1]]
    if span[0].lemma_ != "withhold" or span[-1].lower_ not in ("it", "them"):
        return False
    verb = span[0]
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return True
    objects = [c for c in verb.head.children if c.dep_ == "dobj"]
    if not objects or not any(model_like(t) for t in objects[0].subtree if t.pos_ != "DET"):
        return True
    between = doc[objects[0].right_edge.i + 1 : verb.i]
    return any(t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME") for t in between)


def training_data(doc: Doc, cue: Triple) -> bool:
    """'Trained on licensed and publicly available data sets': data a model learns from,
    said to be available, is no model made open (an "open dataset" released is, and is a
    cue of its own)."""
    span = doc[cue[0] : cue[1]]
    if not any(t.lower_ == "available" for t in span):
        return False
    noun = span[-1]
    while noun.dep_ in ("amod", "conj", "advmod", "compound") and noun.head.i != noun.i:
        noun = noun.head
    data = TRAINING_DATA_NOUNS
    if noun.lower_ not in data and not any(c.lower_ in data for c in noun.children):
        return False
    return any(a.lemma_ in ("train", "pretrain") for a in noun.ancestors)


def research_use_of_other(doc: Doc, cue: Triple) -> bool:
    """'the grant is for research use only': use kept to research said of what is no model;
    only a sentence that names a model, its weights or a licence keeps the cue."""
    if cue[2] != "closed" or not any(t.lower_ in RESEARCH_USES for t in doc[cue[0] : cue[1]]):
        return False
    if doc[cue[0]].lower_ in SECRETIVE_WORDS:
        return False  # "a secretive approach to research": research is what is kept secret
    sent = doc[cue[0]].sent
    # (a name as the clause's subject counts too: "Kestrel is for research use only")
    verb = clause_verb(doc[cue[0] : cue[1]].root)
    named = verb is not None and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in verb.children
    )
    return not named and not any(
        t.lower_ in RESTRICTED_THINGS or t.ent_type_ == "PRODUCT" for t in sent
    )


def narrowed_to_research(doc: Doc, cue: Triple, others: list[Triple]) -> bool:
    """'available for research use only', 'free for academic purposes only': an open word
    the words right after it narrow to research; the closed cue they make says it all."""
    if cue[2] != "open":
        return False
    return any(
        side == "closed"
        and (cue[1] <= start <= cue[1] + 1 or start <= cue[0] < cue[1] <= end)
        and any(t.lower_ in RESEARCH_USES for t in doc[start:end])
        for start, end, side in others
    )


def superseded(doc: Doc, cue: Triple, others: list[Triple]) -> bool:
    """A past state of one side beside a present state of the other side, of the same holder."""
    tok = doc[cue[0] : cue[1]].root
    verb = clause_verb(tok)
    if verb is None:
        return False
    described = past_description(tok, verb)
    if not described and not in_the_past(tok, verb):
        return False
    for start, end, side in others:
        if side == cue[2]:
            continue
        other = doc[start:end].root
        now = clause_verb(other)
        if now is not None and now.dep_ in ("acomp", "oprd", "attr"):
            now = now.head  # "are now closed" with "closed" read as a participle
        if now is None or in_the_past(other, now) or past_description(other, now):
            continue
        if now.i == verb.i:
            if described:  # "X, once open, now sells access through an API"
                return True
            continue
        if same_holder(verb, now):
            return True
    return False


TITLE_JOINERS = {"with", "on", "of", "and", "for", "the", "in", "to", "-", ",", ":"}
# the words before a document's title: "comments on ...", "a paper titled ..."
TITLE_INTRODUCERS = {"on", "about", "regarding", "titled", "entitled", "called", "named"}


def civic_value(doc: Doc, cue: Triple) -> bool:
    """'the "fair," "open," and "inclusive" use of AI', 'an open, fair and secure
    digital future': a bare "open" listed among civic virtues is one of them (quotes and
    commas may stand between), not a release of models."""
    tok = doc[cue[0]]
    if cue[1] - cue[0] != 1 or tok.lower_ != "open" or values_of_a_model(tok):
        return False
    if any(c.lower_ in CIVIC_VALUES for c in tok.conjuncts):
        return True
    i = cue[1]
    while i < len(doc) and i < cue[1] + 4 and (doc[i].is_quote or doc[i].lower_ in (",", "and")):
        i += 1
    return i > cue[1] and i < len(doc) and doc[i].lower_ in CIVIC_VALUES


def values_of_a_model(tok: Token) -> bool:
    """'an open, safe model', 'wants Halcyon 3 to be open and secure', 'models should be open
    and secure': the virtues are a model's, and its openness is meant."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ in ("amod", "compound", "nmod"):
        described = [first.head]
    elif first.dep_ in ("acomp", "oprd", "attr"):
        described = [c for c in first.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:
        described = []
    after = next((t for t in tok.doc[tok.i + 1 : tok.i + 8] if t.pos_ in ("NOUN", "PROPN")), None)
    if after is not None and after.dep_ != "pobj":
        described.append(after)  # "an open, responsible model", parsed loosely
    return any(
        t.lower_ in MODEL_THINGS_DESCRIBED
        or (t.lower_ not in ("ai", "a.i.") and (t.pos_ == "PROPN" or t.ent_type_ == "PRODUCT"))
        for t in described
    )


def reaction_place(doc: Doc, cue: Triple) -> bool:
    """'setting off chatter in the open-source community', 'stirred excitement across the
    open-source world': the cue only says where a reaction happened; neither the one who
    caused it nor the speaker takes a side by it."""
    tok = doc[cue[0] : cue[1]].root
    noun = tok.head if tok.dep_ in ("amod", "compound", "nmod") else tok
    if noun.lower_ not in CROWD_NOUNS or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ not in REACTION_PLACES:
        return False
    head = prep.head  # "debate in ...", or "stirred excitement across ..." hung on the verb
    reactions = [head, *(c for c in head.children if c.dep_ == "dobj")]
    return any(t.lower_ in REACTION_NOUNS for t in reactions)


def public_sources(doc: Doc, cue: Triple) -> bool:
    """'open-source intelligence (investigations)': facts from public sources; 'the CIA's Open
    Source Enterprise division': a cue that only names a unit. Neither is open AI."""
    i = cue[1]
    while i < len(doc) and doc[i].is_title and doc[i].lower_ not in UNIT_NAME_NOUNS:
        i += 1  # "Open Source Program Office": on to the unit's noun
    named = i < len(doc) and doc[i].lower_ in UNIT_NAME_NOUNS and doc[i].is_title
    if named and doc[cue[0]].is_title:
        return True
    if cue[1] >= len(doc) or doc[cue[1]].lower_ not in PUBLIC_SOURCE_NOUNS:
        return False
    after = doc[cue[1] + 1] if cue[1] + 1 < len(doc) else None
    return after is None or after.lower_ not in TECH_NOUN_SET  # not "intelligence model"


def title_word(tok: Token) -> bool:
    return tok.is_title or tok.lower_ in TITLE_JOINERS


def in_title(doc: Doc, cue: Triple) -> bool:
    """'comments invited on Frontier Systems With Openly Released Model Weights': a cue
    inside the capitalised title of a document (a long run of capitalised words, introduced
    by "on", "titled" and the like, in a sentence otherwise written in lower case) names the
    document ('will release a "Powerful New Open Model"' is a claim)."""
    start, end, _ = cue
    if not all(t.text[:1].isupper() or not t.is_alpha for t in doc[start:end]):
        return False
    sent = doc[start].sent
    first, last = start, end - 1
    while first > sent.start and title_word(doc[first - 1]):
        first -= 1
    while last + 1 < sent.end and title_word(doc[last + 1]):
        last += 1
    while first < start and not doc[first].is_title:
        first += 1  # the run starts at its first capitalised word ("on" stays before it)
    run = [t for t in doc[first : last + 1] if t.is_title]
    rest = [t for t in sent if t.is_alpha and t.is_lower and not first <= t.i <= last]
    before = unquoted_start(doc, first, sent.start + 1) - 1
    named = doc[before].lower_ in TITLE_INTRODUCERS  # "comments on ...", "a report titled ..."
    return len(run) >= 6 and first > sent.start and len(rest) >= 3 and named


def settled(doc: Doc, spans: list[Triple]) -> list[Triple]:
    """The marker's cues without those their own sentence takes back (see the module's doc)."""
    if not doc.has_annotation("DEP") or not spans:
        return spans
    by_sentence: dict[int, list[Triple]] = {}
    for cue in spans:  # in text order
        by_sentence.setdefault(doc[cue[0]].sent.start, []).append(cue)
    out = []
    for group in by_sentence.values():
        for k, cue in enumerate(group):
            others = group[:k] + group[k + 1 :]
            earlier = group[:k]
            if partial_hedge(doc, cue, earlier) or foil(doc, cue, earlier):
                continue
            if figurative(doc, cue) or topic(doc, cue) or in_title(doc, cue):
                continue
            if civic_value(doc, cue) or reaction_place(doc, cue) or public_sources(doc, cue):
                continue
            if published_writing(doc, cue) or kept_shut(doc, cue) or fetched_other(doc, cue):
                continue
            if wrapped_other(doc, cue) or access_to_other(doc, cue) or training_data(doc, cue):
                continue
            if unfit_other(doc, cue) or withheld_other(doc, cue):
                continue
            if met_in_private(doc, cue) or shared_privately(doc, cue) or no_view_on(doc, cue):
                continue
            if use_of_other(doc, cue) or ranked(doc, cue) or whichever(doc, cue):
                continue
            if defined(doc, cue) or explained(doc, cue):
                continue
            if hardware(doc, cue) or content_licensing(doc, cue):
                continue
            if market_share(doc, cue) or open_access_of_other(doc, cue) or setting(doc, cue):
                continue
            if openness_not_required(doc, cue) or additional_gateway(doc, cue):
                continue
            if freedom_over_other(doc, cue) or other_weights(doc, cue) or free_of_other(doc, cue):
                continue
            if narrowed_to_research(doc, cue, others) or research_use_of_other(doc, cue):
                continue
            if superseded(doc, cue, others) or paired(doc, cue, others):
                continue
            out.append(cue)
    return out


# adverbs that add a way in beside others: "is also served through its API"
ADDITIVE = {"also", "too", "additionally", "likewise"}


def additional_gateway(doc: Doc, cue: Triple) -> bool:
    """'Its open-weight model is also served through its API', 'can be used for free or
    through an API': an API beside other ways in is no closed door ("only through its API",
    "behind an API" are)."""
    span = doc[cue[0] : cue[1]]
    if cue[2] != "closed" or span[0].lower_ not in ("through", "via"):
        return False
    verb = span[0].head
    if any(c.dep_ == "advmod" and c.lower_ in ADDITIVE for c in verb.children):
        return True
    return alternative_route(span[0])


def alternative_route(prep: Token) -> bool:
    """'for free or through an API': a way in joined to another by "or" (not "only through
    A or B")."""
    if prep.dep_ != "conj":
        return False
    before = prep.doc[prep.head.i : prep.i]
    if any(t.lower_ in ONLY_WORDS for t in prep.doc[max(prep.head.i - 1, 0) : prep.i]):
        return False
    # the other way in is free, a download or the weights ("in its chatbot or via a paid
    # API" offers two hosted ways, both closed)
    if not any(t.lower_ in FREE_ROUTES for t in before):
        return False
    return any(t.lower_ == "or" and t.dep_ == "cc" for t in before)


def market_share(doc: Doc, cue: Triple) -> bool:
    """'proprietary systems hold 70% of the market', 'open models account for the bulk of
    downloads': what the cue names is measured, which takes no side. Not when the clause
    judges the share ("a dangerous share"), nor when the measured thing names a player."""
    tok = modified_noun(doc[cue[0] : cue[1]].root)
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_ not in SHARE_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "hopes open models will one day hold half the market": a wish
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in JUDGING:
        return False  # "warned that closed models control 90% of the market": a worry
    if any(t.pos_ == "PROPN" for t in tok.subtree):
        return False  # "open alternatives (led by X) hold 19%": it still tells what X is
    if any(c.dep_ == "poss" for c in tok.children):
        return False  # "X, whose proprietary models hold 40%": still its models' kind
    measured = [t for c in verb.children if c.dep_ in ("dobj", "prep", "attr") for t in c.subtree]
    if not any(t.lower_ in SHARE_WORDS or t.ent_type_ == "PERCENT" for t in measured):
        return False
    return not any(t.lemma_ in JUDGING for t in measured)


def openness_not_required(doc: Doc, cue: Triple) -> bool:
    """'The act does not require that any model be open source', 'without requiring
    developers to open-source them': openness a rule declines to demand. Not demanding it
    opposes nothing (a rule that bars or limits openness says so in its own words)."""
    if cue[2] != "open":
        return False
    tok = doc[cue[0] : cue[1]].root
    for _ in range(5):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_ in REQUIRING_VERBS and tok.pos_ == "VERB":
            denied = any(c.dep_ == "neg" for c in tok.children)
            # "without requiring", "stops short of requiring": declined too
            declined = tok.dep_ == "pcomp" and (
                tok.head.lower_ == "without"
                or (tok.head.lower_ == "of" and tok.head.head.lower_ == "short")
            )
            return (denied or declined) and not judged_above(tok)
    return False


def judged_above(tok: Token) -> bool:
    """A verb of judging over the clause ("criticized the bill for not requiring ..."): the
    lack is what is judged, a side. ("Stops short of requiring" is the declining itself.)"""
    above = [t for t in list(tok.ancestors)[:4] if t.lower_ not in ("of", "short")]
    return any(t.lemma_ in JUDGING and t.lemma_ not in ("stop", "fall") for t in above)


def setting(doc: Doc, cue: Triple) -> bool:
    """'In an industry where most labs hide their weights, X moved to Lyon': the cue paints
    the scene a fronted phrase of "in (at, during) a world (an era, an industry) where
    (when) ..." sets; it is no one's side (the act it sets off is read on its own words).
    Not a world believed in, warned of or wanted ("believes in a world where ...", "we live
    in a world where closed models threaten ..."), nor a scene that names its own actor ("in
    the days when Acme kept its models closed")."""
    tok = doc[cue[0] : cue[1]].root
    for _ in range(6):
        if tok.dep_ == "relcl" and tok.head.lemma_ in SETTING_NOUNS:
            return scene_clause(tok)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def scene_clause(clause: Token) -> bool:
    """A relative clause of "where" or "when" on a scene noun that a fronted phrase sets
    before its verb's subject, with no name of its own (its own words, a worry included,
    are the scene's: "at a time when governments debate limits on open models")."""
    noun = clause.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in SCENE_PREPS:
        return False
    subjects = [c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not all(s.i > prep.i for s in subjects):
        return False  # "believes in a world where ...": no fronted scene
    if not any(c.lower_ in SCENE_WORDS for c in clause.children):
        return False
    return not any(t.ent_type_ in NAMED_TYPES for t in clause.subtree)


def open_access_of_other(doc: Doc, cue: Triple) -> bool:
    """'X will be open-access' said of what is no model: a journal, a report, a dataset. Only
    a name ("Nimbus will be open-access") or a model noun keeps the cue."""
    words = [t.lower_ for t in doc[cue[0] : cue[1]]]
    if cue[2] != "open" or words[-1] != "access" or doc[cue[0]].lemma_ != "be":
        return False
    subjects = [c for c in doc[cue[0]].children if c.dep_ == "nsubj"]
    # (a named journal or review is a writing: "the Halvard Review will be open-access")
    return not any(
        (s.pos_ == "PROPN" or s.ent_type_ in NAMED_TYPES or s.lower_ in KEPT_MODEL_NOUNS)
        and s.lower_ not in WRITINGS
        and s.lower_ not in PUBLICATIONS
        for s in subjects
    )


def other_weights(doc: Doc, cue: Triple) -> bool:
    """An open cue about weights that are not a model's handed out: "its mortgage weights
    were published", "its stolen weights were posted", "came with adjustable weights", "with
    its weights withheld", "posted online without permission"."""
    if cue[2] != "open":
        return False
    weights = [t for t in doc[cue[0] : cue[1]] if t.lower_ in ("weights", "checkpoints")]
    if not weights:
        return False
    # ("the weights of its pension portfolio": whose weights they are says it too)
    owners = [g for w in weights for c in w.children if c.lower_ == "of" for g in c.subtree]
    if any(c.lower_ in OTHER_WEIGHTS for w in weights for c in (*w.children, *owners)):
        return True
    if doc[cue[1] - 1].lower_ == "included" and not included_with_a_model(doc, cue):
        return True  # "its home gym, weights included", "no weights included"
    if cue[1] < len(doc) and doc[cue[1]].lower_ in KEPT_BACK:
        return True
    verb = weights[-1].head
    return any(
        c.lower_ == "without"
        and any(g.lower_ in ("permission", "authorization") for g in c.children)
        for c in verb.children
    )


def included_with_a_model(doc: Doc, cue: Triple) -> bool:
    """'..., weights included': said of a model the sentence names, and not "no weights
    included"."""
    if cue[0] > 0 and doc[cue[0] - 1].lower_ in ("no", "without"):
        return False
    sent = doc[cue[0]].sent
    released = any(t.pos_ == "VERB" and t.lemma_ in RELEASE_LEMMAS for t in sent)
    return released or model_in_sentence(sent, besides={"weight"})


def model_in_sentence(sent: Span, besides: set[str] | None = None) -> bool:
    """A model word ("model", "weights", "checkpoint") or a product whose name has a version
    in it ("Dew-8B", "Kestrel 2"); `besides`: words the cue itself spells, which do not
    count."""
    things = FETCHED_THINGS - (besides or set())
    if any(t.pos_ == "NOUN" and t.lemma_.lower() in things for t in sent):
        return True
    if any(t.ent_type_ == "PRODUCT" and any(ch.isdigit() for ch in t.text) for t in sent):
        return True
    # ("Kestrel 2" the tagger left untyped: a name with its version number after it)
    return any(t.pos_ == "PROPN" and t.nbor().like_num for t in sent if t.i + 1 < sent.end)


def free_of_other(doc: Doc, cue: Triple) -> bool:
    """'download Starfall for free', 'its safety report as a free download': a free download
    of something that is no model. Kept when the sentence names a model, its weights, or a
    product whose name has a version in it ("Dew-8B")."""
    words = doc[cue[0] : cue[1]]
    lows = [t.lower_ for t in words]
    # only "download X for free" and "a free download" ("free to download" says it of the model)
    downloaded_free = "download" in [t.lemma_ for t in words] and lows[-2:] == ["for", "free"]
    free_download = any(a == "free" and b in ("download", "downloads") for a, b in pairwise(lows))
    if not (downloaded_free or free_download):
        return False
    return not model_in_sentence(words.sent)
