"""Whether a cue's context endorses its side or rejects it: negation, contrast, fear, harm.

`polarity(cue, path)` walks the cue's path up the parse (the cue's root and the heads above it,
as far as the caller's frame reaches) and returns +1 or -1. The word lists are in lexicon.py.
"""

from __future__ import annotations

from collections.abc import Collection
from itertools import pairwise

from spacy.tokens import Doc, Token

from bot.understanding.cue_context import clause_verb
from bot.understanding.cue_patterns import RELEASED_MODELS, TECH_NOUN_SET
from bot.understanding.lexicon import (
    ACCEPTING,
    ACCUSATIONS,
    ADVANTAGE_PHRASES,
    ADVANTAGES,
    ADVOCACY,
    ADVOCACY_NOUNS,
    AGAINST_IDIOMS,
    AVOIDING,
    AWAY_VERBS,
    BELITTLING,
    BLOCKING,
    BLOWS,
    BURDENS,
    CAUSE_LINKS,
    CAUSE_WORDS,
    CAUSING,
    CHALLENGES,
    CHARGE_WORDS,
    CHARGED_FOR,
    COMPETE_VERBS,
    CONTRAST_BEFORE,
    CONTRAST_WORD,
    COUNTERING,
    COURSE_NOUNS,
    DASHES,
    DEALING_VERBS,
    DEALT_HARMS,
    DEMAND_VERBS,
    DEMISE_NOUNS,
    DEPENDENCE,
    DEPENDENCE_VERBS,
    DISCREDITING,
    DISMISSING,
    DISMISSING_PHRASAL,
    DISMISSIVE_NAMES,
    DRIVEN_AWAY,
    DRIVING_VERBS,
    EXTENDING,
    FAILING_TO_SEE,
    GIFTS,
    GIVEN_UP_WORK,
    GIVING,
    GIVING_UP,
    GOVERNED_PREPS,
    GROUNDS_NOUNS,
    HARM_JUDGEMENTS,
    HARM_VERBS,
    HARMFUL_IMPACTS,
    HOLDING_ON,
    HURDLE_NOUNS,
    HURDLES,
    IMPACT_NOUNS,
    JUSTIFYING,
    KIND_WORDS,
    LAW_BLAME,
    LEAVE_MARKS,
    LEFT_BEHIND_LINKS,
    LEGAL_NOUNS,
    LIABILITIES,
    LIABILITY_VERBS,
    LICENSING,
    LIFTING,
    LIKENING,
    MADE_HARDER,
    MERIT_NOUNS,
    MISTAKEN,
    MISUSERS,
    MODAL_DEMANDS,
    NAMING_VERBS,
    NEEDING,
    NEGATIVE,
    OTHERS_NOUNS,
    OUTFIT_NOUNS,
    OUTWEIGHING,
    OVERSIGHT,
    PEJORATIVE_HARM,
    PERIL_NOUNS,
    PLAYED_DOWN,
    POSING,
    POSITIVE,
    PRAISING_VERBS,
    PREDICTING,
    REASON_NOUNS,
    RECEIVER_OWNERS,
    REFUSING,
    REGARDING_VERBS,
    RELEASABLE,
    REPLACING,
    REPORTING,
    REQUIRING,
    RESTRAINTS,
    RISK_NOUNS,
    RIVAL_NOUNS,
    RIVALS_TRADE,
    RULE_NOUNS,
    RULES_AGAINST,
    RULES_FOR,
    SHIFT_NOUNS,
    SLIGHT_WORDS,
    STANCE_AGAINST,
    STANCE_FOR,
    TOO_LITTLE,
    TOPIC_NOUNS,
    UNDOING,
    USE_VERBS,
    VERDICT_HEADS,
    VERDICT_NOUNS,
    VIEW_WORRIES,
    WANTING,
    WARNING_VERBS,
    WASHING,
    WELCOMING,
    WISH_VERBS,
    WITHDRAWING,
    WITHDRAWN_THINGS,
    WITHHOLDING,
    WORK_NOUNS,
    WORRYING,
    WORTH_NOUNS,
    WRONGDOING,
    verb_forms,
)
from bot.understanding.nlp import Cue, ends_set_aside


def negated_verb(word: Token) -> bool:
    """A word with its own negation ("did not sign", "is not open", "would not depart"), or
    with nobody to do it ("nobody should hold them liable", "no lab should ...")."""
    return any(c.dep_ == "neg" or no_subject(c) for c in word.children)


NOBODY = {"nobody", "none", "neither", "nothing"}


def nobody(tok: Token) -> bool:
    """'nobody', 'none', 'no one', 'no company', 'neither company': a word that denies its
    clause."""
    return tok.lower_ in NOBODY or any(
        c.lower_ in ("no", "neither") and c.dep_ in ("det", "preconj") for c in tok.children
    )


def no_subject(child: Token) -> bool:
    """A subject that is nobody: "nobody", "no one", "no company" deny their verb."""
    if child.dep_ not in ("nsubj", "nsubjpass"):
        return False
    # "no one has done more for open AI than X": praise of X, no denial (the clause is read
    # only for a subject that is nobody: most subjects are not)
    return nobody(child) and not any(t.lower_ == "than" for t in child.head.subtree)


def feared_harm(tok: Token, below: Token | None) -> bool:
    """A harm that only could happen to the cue (the cue in its object, a could/would/might
    before it): said to warn about it, not to approve of it. So too a burden that only could
    be laid on it ("would assign liability to open-source developers")."""
    if below is None or below.dep_ in ("nsubj", "nsubjpass", "csubj"):
        return False  # (the cue does the harm: "requiring a licence would stifle startups")
    if below.dep_ in ("advcl", "ccomp", "parataxis"):
        return False  # the cue in a reason beside the harm: "threaten us because X is open"
    if tok.lemma_ not in HARM_VERBS and not burdened(tok, below):
        return False
    if tok.dep_ == "relcl" and tok.head.dep_ == "dobj" and tok.head.head.lemma_ in ADVOCACY:
        return False  # "wants a law that would restrict open models": the harm is wished
    if tok.lemma_ in PEJORATIVE_HARM:
        return True  # "the bill will stifle open source": a harm, whatever its mood
    if listed_with_harms(tok):
        return True  # "would chill research and limit open models": one of them
    verbs = [tok, tok.head] if tok.dep_ == "conj" else [tok]  # "would penalize A and stifle B"
    return any(
        c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "may")
        for v in verbs
        for c in v.children
    )


def listed_with_harms(verb: Token) -> bool:
    """'the rules would chill research, limit open-weight releases and ...': a restraint in
    one list with harms named as harms is said as a harm too ("discourage" only of work:
    "discourages fraud and limits open releases" lists no harm)."""
    first = verb.head if verb.dep_ == "conj" else verb
    members = [m for m in (first, *first.conjuncts) if m.i != verb.i and m.pos_ == "VERB"]
    return any(m.lemma_ in PEJORATIVE_HARM or discourages_work(m) for m in members)


def discourages_work(verb: Token) -> bool:
    """'discourage innovation (research, investment)': a harm to work."""
    return verb.lemma_ == "discourage" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in WORK_NOUNS for c in verb.children
    )


def own_verb(path: list[Token], k: int) -> bool:
    """Whether the verb at `k` is the holder's own: the top of the path, or reached from it
    through infinitives only ("is trying to kill open-source AI", "plans to restrict")."""
    return all(path[j].dep_ == "xcomp" for j in range(k, len(path) - 1))


# what a harm that follows from a condition is called: "startups will suffer", "everyone
# will be losers", "we will be at a disadvantage", "innovation will stall"
OUTCOME_HARMS = {
    "suffer", "loser", "disadvantage", "stall", "wither", "die", "collapse", "disaster",
    "hurt", "harm", "damage", "cripple", "stifle", "kill", "crush", "trouble",
}  # fmt: skip
# who may suffer a harm that is good news: bad actors and bad things
BAD_ACTORS = {
    "attacker", "criminal", "hacker", "terrorist", "adversary", "misuse", "abuse", "risk",
    "threat", "attack", "cyberattack", "fraud", "scam", "malware", "disinformation", "danger",
    "enemy", "rival", "catastrophe", "actor", "weapon",
}  # fmt: skip


def harm_outcome(tok: Token, below: Token) -> bool:
    """The main clause a condition is hung on says its own subject is harmed: the verb
    ("innovation will suffer") or what "be" says of it ("startups will be the losers"), of
    a subject that is no bad actor ("attackers will suffer" is good news); not a harm only
    conceded beside a gain ("safer, even if some startups suffer")."""
    words = [tok, *(c for c in tok.children if c.dep_ in ("attr", "acomp", "dobj"))]
    words += [  # "would be at a disadvantage", "left in trouble"
        g for c in tok.children if c.lower_ in ("at", "in") for g in c.children if g.dep_ == "pobj"
    ]
    harmed_words = any(w.lemma_.lower() in OUTCOME_HARMS and not denied(w) for w in words)
    if not (harmed_words or work_given_up(tok)):
        return False
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(t.lemma_.lower() in BAD_ACTORS for s in subjects for t in s.subtree) and not any(
        c.dep_ == "advcl" and c.i != below.i for c in tok.children
    )


def work_given_up(tok: Token) -> bool:
    """'would stop publishing (building, sharing)': work its subject gives up, a harm as a
    consequence."""
    if tok.lemma_ not in GIVING_UP or tok.pos_ != "VERB" or negated_verb(tok):
        return False
    return any(
        c.dep_ in ("xcomp", "dobj", "pcomp") and c.tag_ == "VBG" and c.lemma_ in GIVEN_UP_WORK
        for c in tok.children
    )


def condition(clause: Token | None) -> bool:
    """A clause of condition: "if ...", "once ...", "when ..."."""
    return (
        clause is not None
        and clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("if", "once", "when") for c in clause.children)
    )


def bad_consequence(tok: Token, below: Token | None) -> bool:
    """'X will get exploited if its code is open': the path comes up from a condition, and the
    clause it conditions names a harm."""
    if below is None or not condition(below):
        return False
    inside = {t.i for t in below.subtree}
    rest = [t for t in tok.subtree if t.i not in inside][:20]
    return any(is_negative(t) and not denied(t) for t in rest)


# what a thing is called when it is said to strike at the cue: "an attack on open science"
ATTACK_NOUNS = {"attack", "assault", "war", "onslaught", "broadside"}


def attack_on(tok: Token, below: Token | None) -> bool:
    """'the bill is an attack (an assault) on open-source AI', 'described the Act as a war on
    open models': what something is called, an attack on the cue, falls on the cue (not an
    attack the cue makes: "open models' attack on incumbents")."""
    if below is None or below.dep_ != "prep" or below.lower_ not in ("on", "against"):
        return False
    if tok.lemma_ not in ATTACK_NOUNS or negated_verb(tok.head):
        return False  # ("is not an attack on open source": no harm said)
    # what something is called: a complement, or what a verb regards it "as" (not "suffered a
    # cyber attack on its servers")
    called_as = tok.dep_ == "pobj" and tok.head.lower_ == "as"
    return (tok.dep_ in ("attr", "oprd") or called_as) and not any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.children
    )


def threatened(tok: Token, below: Token | None) -> bool:
    """'open source is under threat (attack, siege)', 'open models are at risk': the cue,
    the subject of a copula, is in peril, so whoever says so (or warns of it) defends it."""
    if below is None or below.dep_ not in ("nsubj", "nsubjpass") or tok.lemma_ != "be":
        return False
    if negated_verb(tok):
        return False  # "open source is not under threat": no harm said
    # ("at risk of being misused", "in danger of falling into hostile hands": a danger the
    # cue poses, read as the cue's own harm elsewhere)
    return any(
        g.lemma_ in PERIL_NOUNS and not any(c.lower_ == "of" for c in g.children)
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ in ("under", "at", "in")
        for g in p.children
        if g.dep_ == "pobj"
    )


def harm_to(tok: Token, below: Token | None) -> bool:
    """'perilous for startups that rely on open models', 'a threat to open-source AI', 'a
    ruinous bill for open models': the cue is what the harm falls on, so whoever says
    so defends it."""
    if below is not None and below.lower_ == "of" and tok.lemma_.lower() in DEMISE_NOUNS:
        # "warned of the death of open-source AI": what dies is defended (an end predicted,
        # welcomed or called for is wished: "predicted the end of closed models")
        verb = clause_verb(tok)
        if verb is not None and verb.lemma_ == "be":
            return tok.dep_ in ("attr", "acomp")  # "would be the death of", not "... is near"
        return verb is not None and (verb.lemma_ in WORRYING or verb.lemma_ in CAUSING)
    if threatened(tok, below):
        return True  # "open source is under threat", "open models are at risk"
    if had_impact_on(tok, below):
        return True  # "the act will have a chilling effect on open-source research"
    if dealt_blow(tok, below):
        return True  # "a bill that would have dealt open-source AI a blow"
    if attack_on(tok, below):
        return True  # "called the bill an attack on open science"
    if harm_dealt(tok, below):
        return True  # "the damage the bill could cause to open-source developers"
    if below is None or below.dep_ != "prep" or below.lower_ not in ("for", "to"):
        return False
    if tok.lemma_ == "be":  # "would be perilous for ...", the preposition hung on the copula
        return any(c.dep_ in ("acomp", "attr") and harmful(c) for c in tok.children)
    if tok.lemma_ in POSING and below.lower_ == "to":
        # "poses a threat (a challenge) to open-source developers", the "to" hung on the verb
        posed = [c for c in tok.children if c.dep_ == "dobj"]
        return any(harmful(c) or (c.lower_ in CHALLENGES and burdened_on(below)) for c in posed)
    if tok.pos_ not in ("ADJ", "NOUN"):
        return False
    if any(c.dep_ == "amod" and harmful(c) for c in tok.children):
        return True  # "rushing a ruinous bill for open models through"
    if tok.lemma_.lower() in BARRIER_NOUNS and tok.dep_ in ("acomp", "attr", "oprd"):
        return True  # "the rules are a roadblock for open-source developers": a complaint
    if tok.lower_ in CHALLENGES and tok.dep_ in ("dobj", "attr"):
        # "the bill poses a challenge to open-source developers": a burden on them (a
        # challenge to open models is rivalry, read as a contrast)
        return burdened_on(below)
    return tok.dep_ in ("acomp", "attr", "dobj", "nsubj", "oprd") and harmful(tok)


# what stands in the way: said of something, a complaint about it on the cue's behalf
BARRIER_NOUNS = {
    "barrier", "obstacle", "roadblock", "hurdle", "impediment", "hindrance", "bottleneck",
}  # fmt: skip


def harmful(tok: Token) -> bool:
    return is_negative(tok) or tok.lemma_.lower() in HARM_JUDGEMENTS


def dealt_blow(tok: Token, below: Token | None) -> bool:
    """'dealt open-source AI a major blow', 'struck a blow to open models': a verb whose
    object is a blow, given to the cue (its indirect object, or "to" / "against" it) and not
    to something the cue only describes or owns ("a blow to open-source AI's rivals"); not any
    burden ("assign liability to open-source developers" is a restraint, read as such)."""
    if tok.pos_ != "VERB" or below is None:
        return False
    if below.dep_ == "dative":
        receiver = below
    elif below.dep_ == "prep" and below.lower_ in ("to", "against"):
        receiver = next((c for c in below.children if c.dep_ == "pobj"), None)
    else:
        return False
    if receiver is None or any(c.dep_ in RECEIVER_OWNERS for c in receiver.children):
        return False  # "a blow to open-source AI's rivals", "to efforts to restrict ...": theirs
    return any(c.dep_ == "dobj" and c.lemma_.lower() in BLOWS for c in tok.children)


def harm_dealt(tok: Token, below: Token | None) -> bool:
    """'the harms the bill could inflict on X', 'warned of the damage it might cause to X': a
    verb that deals out a harm (its object, or the noun its clause follows) to the cue."""
    if tok.lemma_ not in DEALING_VERBS or below is None or below.lower_ not in ("to", "on"):
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return False  # "would cause no harm", "will not do damage": read as before
    receiver = next((c for c in below.children if c.dep_ == "pobj"), None)
    if receiver is None or any(c.dep_ in RECEIVER_OWNERS for c in receiver.children):
        return False  # "harm to open-source AI's rivals": theirs
    dealt = [c for c in tok.children if c.dep_ == "dobj"]
    dealt += [tok.head] if tok.dep_ == "relcl" else []
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if tok.dep_ == "ccomp" and subject is not None and subject.left_edge.i:
        dealt.append(tok.doc[subject.left_edge.i - 1])  # "the damage | the bill might cause"
    if any(c.lower_ in SLIGHT_WORDS for t in dealt for c in t.children):
        return False  # "would cause no (little) harm to X": none dealt
    return any(t.pos_ == "NOUN" and (harmful(t) or t.lemma_ in DEALT_HARMS) for t in dealt)


def had_impact_on(tok: Token, below: Token | None) -> bool:
    """'will have a chilling effect on X', 'the dire consequences a law would have on
    X', 'serious consequences for X': an impact judged harmful, laid on the cue by "on" or
    "for" (hung on the impact itself, or on the verb "have" whose object or relative clause's
    antecedent the impact is)."""
    if below is None or below.lower_ not in ("on", "for") or below.dep_ != "prep":
        return False
    things = [tok]
    if tok.lemma_ == "have":
        things = [c for c in tok.children if c.dep_ == "dobj"]
        things += [tok.head] if tok.dep_ == "relcl" else []
    if any(
        c.dep_ == "neg" or c.lower_ == "no" for t in (tok, tok.head, *things) for c in t.children
    ):
        return False  # "would not have a chilling effect": no harm said (read as before)
    if any(a.lemma_ in DEMAND_VERBS for t in things for a in t.ancestors):
        return False  # "called for serious consequences for X": a penalty wanted, not a harm
    return any(
        t.lemma_.lower() in IMPACT_NOUNS
        and any(
            c.dep_ == "amod" and (harmful(c) or c.lower_ in HARMFUL_IMPACTS) for c in t.children
        )
        for t in things
    )


def own_harm(tok: Token, k: int, path: list[Token]) -> bool:
    """'X is a threat to open-source AI', 'X would be devastating for open models': the harm
    is the subject's own, told by its own copula at the top of the path."""
    top = len(path) - 1
    caused = tok.lemma_.lower() in DEMISE_NOUNS or tok.lemma_ in ("harm", "damage", "ruin")
    if (
        caused
        and k < top
        and all(t.lemma_ in CAUSING or t.lower_ in CAUSE_LINKS for t in path[k + 1 :])
    ):
        return True  # "the bill would lead to (pave the way for) the death of open source"
    if k == top - 1 and path[top].lemma_ == "have" and tok.dep_ == "dobj":
        return tok.head.i == path[top].i  # "the act will have a chilling effect on X"
    # ("poses a threat to", "represents a danger for": the harm posed is the subject's)
    posing = path[top].lemma_ == "be" or path[top].lemma_ in POSING
    return k == top or (k == top - 1 and posing and tok.head.i == path[top].i)


def harmed(noun: Token) -> bool:
    """'perilous for startups that rely on open models': a noun a harm falls on."""
    return noun.dep_ == "pobj" and harm_to(noun.head.head, noun.head)


def made_harder(tok: Token, below: Token | None) -> bool:
    """'the bill would make it harder to release open models': a harm done to the cue, so
    whoever says so defends it (not 'it is harder to trust open models', a judgement)."""
    return (
        tok.lower_ in MADE_HARDER
        and below is not None
        and below.dep_ in ("xcomp", "advcl", "ccomp")
        and tok.head.lemma_ == "make"
    )


def embedded_wish(verb: Token) -> bool:
    """A clause someone wishes for: its subject is what the wisher wants something of, not a
    holder ("Macron said Europe should back open AI", "wanted Britain to be a champion",
    "argued that Europe needs open labs"; "said X should adopt Y and use open models")."""
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not own_subject:
        verb = verb.head  # "should adopt ... and use ...": one wish, the first verb's
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in WISH_VERBS:
        return True
    modal = any(
        c.dep_ == "aux" and c.lower_ in ("should", "must", "ought", "needs") for c in verb.children
    )
    necessity = verb.lemma_ in ("need", "require")  # "argued that France needs ...": = should
    return (modal or necessity) and verb.dep_ == "ccomp" and verb.head.lemma_ in REPORTING


def evaluative(copula: Token) -> bool:
    """Whether a copula's complement judges (safe, dangerous, the answer): only then does
    negating it reject the subject."""
    for child in copula.children:
        if child.dep_ in ("acomp", "attr", "oprd"):
            words = {t.lemma_.lower() for t in child.subtree} | {child.lower_}
            if words & (POSITIVE | NEGATIVE):
                return True
    return False


def burdened_on(prep: Token) -> bool:
    """Whether a challenge "to" someone falls on people or firms (a burden), not on models
    or systems (a rivalry)."""
    receiver = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return receiver is not None and receiver.lower_ not in TECH_NOUN_SET


def rival_things(cue: Cue, doc: Doc) -> bool:
    """Whether a cue names models or systems (a challenge to them is rivalry), not the
    people who make them (a challenge to open-source developers is a burden on them)."""
    after = doc[cue.end] if cue.end < len(doc) else None
    # the noun the cue describes: the one after it ("open-source developers"), else its own
    noun = after if after is not None and after.pos_ == "NOUN" else doc[cue.end - 1]
    return noun.lower_ in TECH_NOUN_SET


def posed_by_a_model(challenge: Token) -> bool:
    """Whether a challenge is a rival's: posed by a named thing or a model ("Tern poses a
    challenge to closed models", "a model that is a challenge to ..."), not a difficulty
    ("the biggest challenge to open models is funding", "rules pose a challenge to ...")."""
    verb = challenge.head if challenge.dep_ in ("dobj", "attr") else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head  # "a model that poses ...": the model
    if subject is None:
        return False
    return subject.pos_ == "PROPN" or subject.lower_ in RELEASED_MODELS


def contrast_words(cue: Cue, doc: Doc) -> set[int]:
    """The contrast right before the cue, as token indices: "rather than open models", "not
    closed", "switching from closed APIs to ...": the context is against the cue's side."""
    before = [doc[i].lower_ for i in range(max(0, cue.start - 3), cue.start)]
    at = cue.start - len(before)  # the index of before[0]
    if away := moved_away_from(cue, doc) or moved_beyond(cue, doc):
        return away
    if len(before) >= 2 and (before[-2], before[-1]) in CONTRAST_BEFORE:
        if doc[cue.start - 2].lower_ in REPLACING and not replaces_a_model(cue, doc, cue.start - 2):
            return set()  # "a replacement for its open-source chief": no model set aside
        if before[-2] in CHALLENGES and not (
            rival_things(cue, doc) and posed_by_a_model(doc[cue.start - 2])
        ):
            return set()  # "a challenge to open-source developers": a harm (see harm_to)
        return {cue.start - 2, cue.start - 1}
    if before and before[-1] in CONTRAST_WORD:
        word = doc[cue.start - 1]
        if word.lower_ == "against" and measuring(word.head):
            return set()  # "benchmarked against closed models": measured, not opposed
        if word.lower_ == "over" and cue.start >= 2 and about_noun(doc[cue.start - 2]):
            return set()  # "concerns over open models", "the debate over": about, not above
        return {cue.start - 1}
    if len(before) >= 3 and (before[-3], before[-2]) in CONTRAST_BEFORE:
        if before[-1] in KIND_WORDS:
            return set()  # "an alternative to other open models": the subject is one of them
        if before[-3] in REPLACING and not replaces_a_model(cue, doc, at):
            return set()  # "a replacement for its open-source chief": no model set aside
        return {at, at + 1}
    return set_aside_clause(cue, doc)


def replaces_a_model(cue: Cue, doc: Doc, at: int) -> bool:
    """'a replacement (substitute) for proprietary models': what is replaced is a model or a
    kind of AI (not "a replacement for its open-source chief (library)"), and the replacement
    is not denied ("no replacement for proprietary models")."""
    if any(c.lower_ == "no" or c.dep_ == "neg" for c in doc[at].children):
        return False
    noun = doc[cue.start : cue.end].root
    noun = noun.head if noun.dep_ in ("amod", "compound", "nmod") else noun
    return noun.lower_ in TECH_NOUN_SET


def set_aside_clause(cue: Cue, doc: Doc) -> set[int]:
    """'sold through an API rather than having its weights openly released', 'instead of
    making the model open': the cue's clause is what "rather than" or "instead of" sets
    aside, however many words stand between. The indices of the two contrast words."""
    tok = doc[cue.start : cue.end].root
    for _ in range(3):  # the cue's verb, a gerund above it, the "than" or "of"
        head = tok.head
        if head.i == tok.i or head.i > cue.start or head.i < 1:
            return set()
        if ends_set_aside(head):
            return {head.i - 1, head.i}
        if head.lemma_ not in LIGHT_VERBS:
            return set()  # "rather than fretting about open models": the worry is set aside
        tok = head
    return set()


# the verbs between "rather than" and a cue that add nothing of their own: "having its
# weights released", "making the model open"
LIGHT_VERBS = {"have", "make", "be", "get", "let"}


def about_noun(tok: Token) -> bool:
    """A noun after which "over" means "about": a worry ("fears over") or a topic ("debate")."""
    return tok.pos_ == "NOUN" and (is_negative(tok) or tok.lemma_ in TOPIC_NOUNS)


def moved_away_from(cue: Cue, doc: Doc) -> set[int]:
    """'switching from closed APIs', 'a departure from the closed approach', 'moved away
    from its open roots': a move away from the cue, as the indices of the move and "from"."""
    j = cue.start - 1
    # "from the", "from its", "from the closed, proprietary": what stands between
    while j > max(0, cue.start - 5) and (doc[j].tag_ in ("DT", "PRP$", "JJ", "CC", ",")):
        j -= 1
    if j < 1 or doc[j].lower_ != "from":
        return set()
    left = doc[j - 1]
    if negated_verb(left):
        return set()  # "would not depart from its closed approach": no move made
    away = left.lemma_ in AWAY_VERBS or left.lemma_ == "away"
    shift = left.lemma_ in SHIFT_NOUNS and left.pos_ == "NOUN"  # "a departure from"
    return {j - 1, j} if away or shift else set()


def left_behind_mark(noun: Token) -> Token | None:
    """The "behind" of "left its proprietary past behind", when the noun is what "leave"
    leaves there (negation is the caller's to read)."""
    if noun.dep_ != "dobj" or noun.head.lemma_ != "leave":
        return None
    return next(
        (c for c in noun.head.children if c.lower_ == "behind" and c.dep_ in LEAVE_MARKS), None
    )


def moved_beyond(cue: Cue, doc: Doc) -> set[int]:
    """'moving beyond an era dominated by closed, proprietary giants', 'shifted away from a
    market ruled by closed APIs': a move past a time or a state the cue describes, however
    deep in its description; the indices of the move and its preposition."""
    tok = doc[cue.start : cue.end].root
    for _ in range(6):
        if (behind := left_behind_mark(tok)) is not None:
            if negated_verb(tok.head):
                return set()  # "never left its proprietary past behind": still there
            return {tok.head.i, behind.i}  # "has left its proprietary past behind"
        if tok.dep_ not in LEFT_BEHIND_LINKS or tok.head.i == tok.i:
            return set()
        if tok.dep_ == "pobj" and tok.head.lower_ in ("beyond", "past", "from"):
            verb = tok.head.head
            away = verb.lemma_ in AWAY_VERBS or any(c.lower_ == "away" for c in verb.children)
            if verb.pos_ == "VERB" and away and not negated_verb(verb):
                return {verb.i, tok.head.i}
            return set()
        tok = tok.head
    return set()


def contrasted(cue: Cue, doc: Doc) -> bool:
    """Whether a contrast stands right before the cue (see `contrast_words`)."""
    return bool(contrast_words(cue, doc))


def refusal_denied(tok: Token, below: Token | None) -> bool:
    """A verb of refusing, itself negated, over the cue's verb: the two cancel ("didn't
    hesitate to release", "did not refuse to share")."""
    if tok.lemma_ not in REFUSING or below is None or below.dep_ != "xcomp":
        return False
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)


def refused(tok: Token, refusing: Collection[str] = REFUSING) -> bool:
    """'declined to release the weights', 'stopped open-sourcing its models': the cue's verb is
    the complement of a verb of refusing, so the refusal governs it (`refusing`: which verbs
    count; a denied one does not: "did not refuse to")."""
    if ruled_out(tok):
        return True  # "has ruled out releasing the weights"
    return tok.dep_ == "xcomp" and tok.head.lemma_ in refusing and not denied(tok.head)


def ruled_out(tok: Token) -> bool:
    """'ruled out releasing the weights': the gerund under "rule out", however hung."""
    head = tok.head
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("xcomp", "advcl", "dobj", "pcomp")
        and head.lemma_ == "rule"
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
        and not denied(head)
    )


def dismisses(tok: Token, below: Token | None) -> bool:
    """A verb that brushes a worry aside: 'dismissed the fears', 'played down the risks',
    'rejected claims that ...'; accepting only a named risk ('accepted the risks'), not a
    claim ('accepted that open models are risky' agrees with it)."""
    if tok.pos_ != "VERB" or below is None:
        return False
    if tok.lemma_ in DISMISSING:
        return True
    particles = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod")}
    if any((tok.lemma_, p) in DISMISSING_PHRASAL for p in particles):
        return True
    return tok.lemma_ in ACCEPTING and below.dep_ == "dobj" and below.lemma_ in RISK_NOUNS


def outweighed(tok: Token, below: Token | None, via: Token | None) -> bool:
    """'the risks outweigh the benefits of openness', 'the gains outweigh the risks of open
    models': a judgement of the cue (its merits or its risks, "of" it) that the verb's
    subject outweighs counts for less, so it turns (the subject's words are not read again).
    Not a cost ("the savings outweigh the costs of open models": no judgement to turn), nor
    the cue as who gains ("its benefits for open-source projects")."""
    if tok.lemma_ != "outweigh" or below is None or below.dep_ != "dobj":
        return False
    if via is None or via.lower_ != "of":
        return False
    judged = below.lemma_ in MERIT_NOUNS or is_negative(below)
    return judged and any(c.dep_ == "nsubj" for c in tok.children)  # a clause, not a noun


def is_negative(tok: Token) -> bool:
    """A word against what it governs: a worry, an attack, a refusal ("criticize", "lashed out
    at"); the exceptions first ("end up", "dropped a new model", "a cracked team")."""
    if tok.lemma_ == "end" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return False  # "end up in the hands of students" ends nothing ("crack down" stays)
    if tok.lemma_ == "drop" and any(
        c.dep_ == "dobj" and (c.ent_type_ == "PRODUCT" or c.lower_ in RELEASABLE)
        for c in tok.children
    ):
        return False  # "dropped a new model": a release ("dropped its open plans" stays)
    if tok.lemma_ in ("crack", "clamp") and tok.pos_ != "NOUN":
        # "crack down on open models" restrains; "a cracked team" (slang: skilled) does not
        return any(c.lower_ == "down" for c in tok.children)
    if tok.lemma_ == "question" and tok.pos_ == "NOUN":
        # "questions about open models" doubt them; "the question of open models" is a topic
        return any(c.dep_ == "prep" and c.lower_ in ("about", "over") for c in tok.children)
    if tok.lower_ == "concerned":
        # "concerned about (over, by) open models" worries; "concerned with" (busy with) and
        # "as far as open models are concerned" (a topic) do not
        return any(c.dep_ in ("prep", "agent") and c.lower_ in WORRY_PREPS for c in tok.children)
    if tok.lower_ == "against" and measuring(tok.head):
        return False  # "performs competitively against open models": measured, not opposed
    if tok.lower_ in ("critical", "dismissive", "contemptuous") and tok.pos_ == "ADJ":
        # "critical of open models" criticises; "critical to (for) innovation" is essential
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    return tok.lemma_.lower() in NEGATIVE or tok.lower_ in NEGATIVE or against_idiom(tok)


WORRY_PREPS = ("about", "over", "by", "at")
SUBJECTS = ("nsubj", "csubj")
# verbs that say one thing is another: "amounts to", "is tantamount to", "equates to"
EQUATING = {"amount", "equate", "equal", "tantamount", "boil"}
# verbs of measuring one thing against another: "benchmarked (performs, stacks up) against"
MEASURING = {
    *COMPETE_VERBS, "perform", "compete", "fare", "benchmark", "test", "compare", "evaluate",
    "rank", "score",
}  # fmt: skip
MEASURING_FORMS = verb_forms(MEASURING, ("", "s", "es", "d", "ed", "ing"))


def measuring(verb: Token) -> bool:
    """A verb of measuring, by lemma or by form (the lemmatiser writes "benchmarke")."""
    if verb.pos_ != "VERB":
        return False  # "tough measures against open models" oppose them
    return verb.lemma_ in MEASURING or verb.lower_ in MEASURING_FORMS


def against_idiom(tok: Token) -> bool:
    """'took issue with X', 'pushed back against X', 'lashed out at X': an attack on X."""
    if tok.pos_ != "VERB":
        return False
    words = {c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "prt", "advmod", "prep")}
    if tok.lemma_ == "speak" and not words & {"against"}:
        return False  # "spoke out for open models" is support
    if tok.lemma_ == "turn" and any(c.dep_ == "dobj" and c.lower_ == "back" for c in tok.children):
        return True  # "turned its back on open source" ("turned back to it" returns)
    return any((tok.lemma_, w) in AGAINST_IDIOMS for w in words)


def struggle_for(tok: Token, below: Token | None) -> bool:
    """'leads the fight for open models': struggling *for* something backs it."""
    return tok.lemma_ in ("fight", "battle", "struggle") and (
        below is not None and below.dep_ == "prep" and below.lower_ == "for"
    )


def countered(tok: Token, top: Token) -> bool:
    """'help defenders catch attackers', 'help defend against attackers': a harm that a verb
    between it and the clause's top acts against; or one done "without" ("deploy without
    restriction")."""
    if tok.head.lower_ == "without":
        return True
    while tok.i != top.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_ in COUNTERING:
            return True
    return False


def counters_object(tok: Token) -> bool:
    """'help defenders fight crime (hackers)': a verb acting against its object is no worry
    itself."""
    return tok.lemma_ in COUNTERING and any(c.dep_ == "dobj" for c in tok.children)


def hands_lead(tok: Token) -> bool:
    """'would hand the lead (an edge) to China (rivals)': a verb of giving that hands an
    advantage to another country or to rivals."""
    if tok.lemma_ not in GIVING or not any(c.dep_ == "dobj" and advantage(c) for c in tok.children):
        return False
    receivers = [g for c in tok.children if c.lower_ == "to" for g in c.children]
    receivers += [c for c in tok.children if c.dep_ == "dative"]
    return any(
        r.ent_type_ in ("GPE", "NORP") or r.lemma_ in OTHERS_NOUNS or negative_noun(r)
        for r in receivers
    )


def advantage(noun: Token) -> bool:
    """'the lead', 'an edge', 'the upper hand', 'a head start'."""
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    return noun.lemma_ in ADVANTAGES or any((m, noun.lower_) in ADVANTAGE_PHRASES for m in mods)


def gives_to_worry(tok: Token) -> bool:
    """A verb of giving whose receiver is a worry: "give adversaries a head start", "hand
    capabilities to hostile states" (who would gain from the cue)."""
    gift = any(c.dep_ in ("oprd", "attr") and c.lemma_ in GIFTS for c in tok.children)
    if tok.lemma_ not in GIVING and not gift:  # "called open models a gift to adversaries"
        return False
    receivers = [c for c in tok.children if c.dep_ == "dative"]
    # ("hand them to adversaries", the "to" read as the dative: its object receives)
    receivers += [g for c in receivers if c.pos_ == "ADP" for g in c.children if g.dep_ == "pobj"]
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]  # "hand X to Y", however hung
    # ("give hackers tools", the receiver read as the gift's first word)
    receivers += [
        c for h in heads[1:] for c in h.children if c.dep_ == "compound" and c.tag_ == "NNS"
    ]
    # "are a gift to every scam call centre": the gift's own "to"
    heads += [c for c in tok.children if c.dep_ in ("oprd", "attr") and c.lemma_ in GIFTS]
    receivers += [
        g
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children
    ]
    # ("scam call centres": an outfit's first words say its kind; "malware analysts" are not
    # malware)
    return any(
        negative_noun(t)
        for r in receivers
        for t in r.subtree
        if t.i == r.i or (t.dep_ == "compound" and t.i < r.i and r.lemma_ in OUTFIT_NOUNS)
    )


def set_aside(tok: Token) -> bool:
    """A word contrasted away right before it: "rather than restrict", "instead of banning"."""
    doc = tok.doc
    before = tuple(doc[i].lower_ for i in range(max(0, tok.i - 2), tok.i))
    return len(before) == 2 and before in CONTRAST_BEFORE


def lifts_barrier_to(tok: Token, below: Token) -> bool:
    """'remove barriers to regulating X', 'ease restrictions on releasing X' as the parser often
    hangs them: the path comes up through the preposition on the lifting verb, while the
    restraint is the verb's object beside it."""
    if below.dep_ != "prep" or below.lower_ not in ("to", "on") or tok.lemma_ not in LIFTING:
        return False
    return any(c.dep_ == "dobj" and c.lemma_ in RESTRAINTS for c in tok.children)


# protections whose absence is a worry ("without oversight"); restraints are not ("usable
# without restrictions" is the open side itself)
PROTECTIONS = {
    "oversight", "monitoring", "safeguard", "guardrail", "vetting", "supervision",
    "accountability", "protection", "control", "check",
}  # fmt: skip


def unguarded(tok: Token) -> bool:
    """'made available to anyone without monitoring or oversight': a thing let out with no
    protection is said to be a worry."""
    things = [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "without" for g in c.children
    ]
    things += [c for t in things for c in t.conjuncts]
    return any(t.lemma_.lower() in PROTECTIONS for t in things)


def short_of(tok: Token, below: Token | None) -> bool:
    """'falls (stops) short of being open source': the cue is what it does not reach."""
    if below is None or below.lower_ != "of":
        return False
    words = [t for c in below.children for t in (c, *c.children)]  # its object and modifiers
    if not any(t.tag_ == "VBG" or t.lower_.endswith("ing") for t in words):
        return False  # "falls short of proprietary rivals on tests": a comparison, no act
    if tok.lower_ == "short":  # "of" hung on "short"
        return tok.head.lemma_ in ("fall", "stop")
    return tok.lemma_ in ("fall", "stop") and any(c.lower_ == "short" for c in tok.children)


def needs_oversight(tok: Token, below: Token | None) -> bool:
    """'open models need guardrails', 'open-source AI requires strict oversight': what the cue
    is said to need is a restraint on it (not 'open models need more compute')."""
    if tok.lemma_ not in NEEDING or below is None or below.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ == "advcl" for c in tok.children):
        return False  # "needs rules to stop it being banned": rules for its sake
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in OVERSIGHT
        and not denied(c)  # "need no rules"
        # not rules that serve them: "need clear rules that protect them", "safeguards
        # against patent trolls", "rules to stop it being banned"
        and not any(g.dep_ in ("relcl", "acl", "prep") for g in c.children)
        for c in tok.children
    )


def lifted_restraint(tok: Token, below: Token | None, chain: int, restrained: bool) -> bool:
    """A closed cue that names a restraint ("the licence restrictions", "usage limits") as the
    object of a verb that lifts it ("lifted", "removed", "eased"): lifting it opens up. Only
    verbs that undo a restraint, not every word against one (those count as worries)."""
    return (
        restrained
        and not chain
        and below is not None
        and below.dep_ in ("dobj", "nsubjpass")
        and tok.pos_ == "VERB"
        and tok.lemma_ in UNDOING
    )


def warned_of_restraint(tok: Token, below: Token) -> bool:
    """A warning whose clause predicts a restraint ("warned the act would ban open models")
    speaks against it; one whose clause demands it ("warned that regulators must ban ...",
    "warned that a ban is needed") does not."""
    if tok.lemma_ not in WARNING_VERBS or below.dep_ not in ("ccomp", "parataxis"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in PREDICTING for c in below.children)


def warned_to_act(
    tok: Token, below: Token | None, path: list[Token], k: int, cue_tokens: set[int]
) -> bool:
    """A warning whose clause demands the thing ("warns that Europe needs open models",
    "warned that Norway must adopt open models"): a call to act, not a fear of it. Only
    for the cue itself as what the demand takes ("needs protection from open models" asks
    for something else); whatever below turns it still does."""
    if tok.lemma_ not in WARNING_VERBS or below is None or k < 2:
        return False
    if needed_of(below, path, k, cue_tokens):
        return True  # "warned of the need for open-source AI"
    if below.dep_ not in ("ccomp", "parataxis") or path[k - 2].dep_ != "dobj":
        return False
    if not cue_up_to(path, k - 2, cue_tokens):
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in MODAL_DEMANDS for c in below.children)
    # ("criminals need only open models": what bad actors need is feared)
    needers = [c for c in below.children if c.dep_ == "nsubj"]
    feared = any(n.lemma_.lower() in NEGATIVE or n.lower_ in NEGATIVE for n in needers)
    return modal or (below.lemma_ in NEEDING and not feared)


def cue_up_to(path: list[Token], j: int, cue_tokens: set[int]) -> bool:
    """Whether the path below `j` is the cue's own words: the word at `j` takes the cue itself
    ("needs open models"), not something about it ("needs protection from open models")."""
    return all(t.i in cue_tokens for t in path[:j])


# what a warning "of" may name as wanted: "warned of the need for open models"
NEED_NOUNS = {"need", "necessity", "importance", "urgency"}


def needed_of(below: Token, path: list[Token], k: int, cue_tokens: set[int]) -> bool:
    """'warned of (about) the need for open-source AI': the cue named as what is needed."""
    if below.dep_ != "prep" or below.lower_ not in ("of", "about") or k < 4:
        return False
    need, prep = path[k - 2], path[k - 3]
    if need.lemma_ not in NEED_NOUNS or prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
        return False
    return cue_up_to(path, k - 4, cue_tokens) and path[k - 4].dep_ == "pobj"


def shut_down(tok: Token) -> bool:
    """'shut down (stamp out) competition from open models' ('call it shut' is not)."""
    parts = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod", "prep")}
    return (tok.lemma_ == "shut" and "down" in parts) or (tok.lemma_ == "stamp" and "out" in parts)


# the prepositions that name what a burden or a check is laid on ("liability on", "to")
LAID_ON = ("on", "to", "upon")


def burdened(tok: Token, below: Token | None) -> bool:
    """'would assign liability to open-source developers', 'places new duties on open
    models': a verb laying a burden (its object) on what the path comes up from."""
    # ("aux": the "to" of a misread "to open source developers", put back on the path)
    if below is None or below.dep_ not in ("prep", "aux") or below.lower_ not in LAID_ON:
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if tok.dep_ == "relcl":  # "the limits the act places on open models"
        objects.append(tok.head)
    words = [w for c in objects for w in (c, *(g for g in c.children if g.dep_ == "compound"))]
    return tok.pos_ == "VERB" and any(w.lemma_.lower() in BURDENS for w in words)


ANSWERABLE = {"accountable", "liable", "responsible", "answerable"}


def held_to_account(tok: Token, below: Token | None) -> bool:
    """'would hold open model makers liable for misuse', 'treats open-source developers as
    liable', 'could make contributors legally responsible': a liability laid on the object."""
    if tok.lemma_ not in LIABILITY_VERBS or below is None:
        return False
    if tok.lemma_ != "hold" and not liability_named(tok):
        return False  # "makes maintainers responsible for reviewing": a duty, no liability
    if below.dep_ in ("ccomp", "xcomp", "oprd"):  # parsed as a small clause: "[makers liable]"
        return below.lemma_.lower() in ANSWERABLE
    # ("make contributors to open-source projects responsible": the object's "to" hung on
    # the verb)
    misplaced = below.dep_ == "prep" and any(
        c.dep_ == "dobj" and c.i == below.i - 1 for c in tok.children
    )
    if below.dep_ != "dobj" and not misplaced:
        return False
    # (the parser may hang "liable" anywhere after the object: "hold developers of open
    # models liable")
    return any(t.lemma_.lower() in ANSWERABLE for t in tok.subtree if t.i > below.i)


def liability_named(verb: Token) -> bool:
    """'treats developers as liable', 'make them legally responsible', 'responsible for
    misuse': a liability, not a duty ("responsible for reviewing their own code")."""
    for t in verb.subtree:
        if t.lower_ == "liable":
            return True
        if t.lower_ in ANSWERABLE and any(c.lower_ == "legally" for c in t.children):
            return True
        if t.lower_ in ANSWERABLE and any(
            g.lemma_.lower() in LIABILITIES
            for c in t.children
            if c.lower_ == "for"
            for g in c.children
        ):
            return True
    return False


def burden_on(tok: Token, below: Token | None) -> bool:
    """'the fines on open-weight releases', 'liability for open models': a burden
    named as a noun, laid on what the path comes up from."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in BURDENS
        and below is not None
        and below.dep_ == "prep"
        and (below.lower_ in LAID_ON or (below.lower_ == "for" and tok.lemma_ in CHARGED_FOR))
    )


def required_of(tok: Token, below: Token | None) -> bool:
    """'rules requiring all models, open-source ones included, to pass a review', 'subjects
    open models to an audit', 'mandates that open models undergo a review': a duty laid on
    the verb's object (or its clause's subject). ("Requires labs to open-source
    their models" asks for the cue itself: the path then comes up through the clause.)"""
    if below is not None and below.dep_ == "prep" and below.lower_ in LAID_ON:
        # the check named with what it is laid on: "extends security review to open models",
        # the preposition on the check or on the verb
        if tok.pos_ == "NOUN":
            return tok.lemma_ in HURDLE_NOUNS | BURDENS and tok.head.lemma_ in EXTENDING
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        return tok.lemma_ in EXTENDING and any(o.lemma_ in HURDLE_NOUNS for o in objects)
    if below is not None and below.dep_ == "ccomp" and tok.lemma_ in REQUIRING:
        return below.lemma_ in HURDLES  # "mandates that open models undergo a review"
    if required_check(tok, below):
        return True
    if below is None or below.dep_ != "dobj" or tok.lemma_ not in REQUIRING:
        return False
    if tok.lemma_ == "subject":
        duties = [g for c in tok.children if c.lower_ == "to" for g in c.children]
        return any(d.lemma_ in HURDLE_NOUNS | BURDENS for d in duties)
    # the hurdle on the verb, or (as the parser may hang it) on the noun the verb describes:
    # "rules requiring all models ... to undergo a review"
    hosts = [tok, tok.head] if tok.dep_ == "acl" else [tok]
    return tok.pos_ == "VERB" and any(
        c.dep_ in ("xcomp", "acl", "advcl") and c.lemma_ in HURDLES and c.i > tok.i
        for host in hosts
        for c in host.children
    )


# what cannot be done to something out of control: "open weights cannot be recalled"
# fmt: off
UNRECALLABLE = {
    "recall", "control", "contain", "undo", "retract", "police", "reverse", "unrelease",
}
# fmt: on


def beyond_recall(tok: Token, below: Token | None) -> bool:
    """'open weights cannot be recalled (controlled, taken back)': said of the cue's thing, a
    danger of it (whoever warns of it), not a negated act."""
    if below is None or below.dep_ != "nsubjpass" or tok.lemma_ not in UNRECALLABLE:
        return False
    return negated_verb(tok) and any(
        c.dep_ == "aux" and c.lower_ in ("can", "could", "ca") for c in tok.children
    )


def required_check(tok: Token, below: Token | None) -> bool:
    """'requires labs to test (register) open models', '... to test models, including
    open-weight ones', '... to pass a review before releasing open models': the check a
    requirement names reaches what the path comes up from."""
    if below is None or not (below.lower_ in ("including", "before") or below.dep_ == "dobj"):
        return False
    return tok.lemma_ in HURDLES and tok.dep_ == "xcomp" and tok.head.lemma_ in REQUIRING


# what makes a link of a restraint chain a restraint (not a word against one)
RESTRAINING = RESTRAINTS | HARM_VERBS | LICENSING


def licence_demanded(tok: Token, below: Token | None) -> bool:
    """'open models must be licensed', 'developers of open models should have to be
    licensed': a licence demanded of the cue (or of its makers) restrains it. "Is licensed
    under Apache 2.0" and "licensed for commercial use" grant one instead."""
    if below is None or below.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if tok.lemma_ in ("have", "need"):  # "must have to be licensed": the licence below it
        licensed = [c for c in tok.children if c.dep_ == "xcomp" and demanded_licence(c)]
        return bool(licensed)
    return demanded_licence(tok) and any(
        c.dep_ == "aux" and c.lower_ in MODAL_DEMANDS for c in tok.children
    )


def demanded_licence(tok: Token) -> bool:
    """A passive "licensed" that grants nothing: no "under", "for" or "as" after it, and no
    manner ("licensed more permissively", "licensed in a way that lets anyone reuse them")."""
    return (
        tok.lemma_ in ("license", "licence")
        and tok.tag_ == "VBN"
        and not any(
            (c.dep_ in ("prep", "agent") and c.lower_ in LICENCE_TERMS_PREPS) or c.dep_ == "advmod"
            for c in tok.children
        )
    )


# what a licence is granted under or for: "licensed under Apache 2.0", "in a way that ..."
LICENCE_TERMS_PREPS = {"under", "for", "as", "to", "with", "in", "on", "so"}


def checked_before(tok: Token, below: Token | None) -> bool:
    """'require a safety audit before weights are posted', 'must pass a review before models
    are released': a check demanded before the cue's act happens holds it back."""
    if (
        below is None
        or below.dep_ != "advcl"
        or not any(c.dep_ == "mark" and c.lower_ == "before" for c in below.children)
    ):
        return False
    if tok.lemma_ not in REQUIRING | HURDLES:
        return False
    return any(
        c.dep_ == "dobj" and (c.lemma_ in HURDLE_NOUNS or c.lemma_ in LICENSING)
        for c in tok.children
    )


def withdrawn(tok: Token, below: Token | None) -> bool:
    """'pulled (removed, took down) the open weights of X': the verb takes back its object,
    the open thing the path comes up from."""
    if below is None or below.dep_ != "dobj" or tok.pos_ != "VERB":
        return False
    if below.lemma_.lower() not in WITHDRAWN_THINGS and below.ent_type_ != "PRODUCT":
        return False  # "removed a malicious copy of the open model": not the model itself
    if tok.lemma_ == "take":
        return any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)
    return tok.lemma_ in WITHDRAWING


def harm_verb(tok: Token) -> bool:
    """A verb that harms its object: 'stifle', 'hurt', and driving away ('would push
    development offshore', 'would drive open-source developers out of the state')."""
    if tok.lemma_ in HARM_VERBS:
        return True
    if tok.lemma_ not in DRIVING_VERBS or tok.pos_ != "VERB":
        return False
    # the work or the workers driven off, not a thing sent out ("push its open model out")
    driven = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in WORK_NOUNS]
    away = any(
        c.lower_ in DRIVEN_AWAY and c.dep_ in ("advmod", "prt", "prep") for c in tok.children
    )
    return bool(driven) and away


def charged_name(verb: Token) -> bool:
    """A name given as a charge: by one who opposes ("voted against the bill, calling it a
    ban"), or with words that say the thing hides what it is ("a ban by another name", "a de
    facto ban"); not "praised the rule, calling it a sensible ban"."""
    head = verb.head
    if head.lemma_ in PRAISING_VERBS or head.lemma_ in WELCOMING:
        return False  # "praised the rule, calling it another step toward licensing"
    opposing = is_negative(head) or any(
        c.dep_ == "prep" and c.lower_ == "against" for c in head.children
    )
    words = [t.lower_ for t in verb.subtree]
    renamed = any(a == "another" and b == "name" for a, b in pairwise(words))
    return opposing or renamed or any(w in CHARGE_WORDS for w in words)


def judged_harsh(copula: Token) -> bool:
    """'are too tough', 'is excessive', 'are too strict': a copula whose complement finds its
    subject (a restraint) too heavy."""
    return copula.lemma_ == "be" and bool(complements(copula) & RULES_AGAINST)


def blamed_verdict(word: Token) -> bool:
    """'misguided', 'a mistake', 'a bad idea', 'regulatory capture': a word that finds what
    it is said of a wrong step."""
    if word.lower_ in LAW_BLAME or word.lower_ in RULES_AGAINST or word.lemma_ in VERDICT_NOUNS:
        return True
    if word.lemma_ in VERDICT_HEADS:
        return any(c.dep_ == "amod" and c.lower_ in LAW_BLAME for c in word.children)
    return word.lemma_ == "capture" and any(c.lower_ == "regulatory" for c in word.children)


def restraint_blamed(tok: Token, below: Token) -> bool:
    """'the curbs on open models are misguided', 'called the ban on open weights a mistake',
    'sees limits on open models as an error': a verdict against the restraint the path has
    reached, said of it as a subject (the restraint itself: not "the lack of limits is a
    mistake") or of the object a regarding verb judges (its own complements only: not a
    warning in a clause beside it, nor "called on X to ..."); a verdict denied ("was no
    mistake", "is not misguided") is none."""
    if below.dep_ in ("nsubj", "nsubjpass"):
        if below.lemma_ not in RESTRAINING and below.lemma_ not in RULE_NOUNS:
            return False
        if blamed_verdict(tok):  # "are misguided" (parsed as a passive), "deems X misguided"
            return not denied_verdict(tok, tok)
        return tok.lemma_ == "be" and any(
            c.dep_ in ("acomp", "attr") and blamed_verdict(c) and not denied_verdict(tok, c)
            for c in tok.children
        )
    if tok.lemma_ not in REGARDING_VERBS or negated_verb(tok):
        return False
    if any(
        c.dep_ == "prep" and c.lower_ in ("on", "for") and c.i == tok.i + 1 for c in tok.children
    ):
        return False  # "called on lawmakers to ...", "called for": no verdict given
    # ("called the ban on open models a mistake", its "on" hung on the verb: the ban is the
    # object judged all the same)
    judged = any(c.dep_ == "dobj" and c.lemma_ in RESTRAINING for c in tok.children)
    if below.dep_ not in ("dobj", "xcomp", "oprd") and not (below.dep_ == "prep" and judged):
        return False
    return any(blamed_verdict(t) and not denied_verdict(tok, t) for t in verdicts_given(tok, below))


def verdicts_given(verb: Token, below: Token) -> list[Token]:
    """The words a regarding verb gives as its verdict on the object below: its own
    complements after it, what it regards the object "as", and an adjective the parser hung
    after the object's noun; with "a form (kind) of X", X too."""
    own = [c for c in verb.children if c.dep_ in OWN_VERDICT_DEPS and c.i > below.i]
    own += regarded_as(verb) + regarded_as(below)
    own += [t for t in verb.subtree if trailing_adjective(t, verb) and t.i > below.i]
    inner = [g for t in own for c in t.children if c.lower_ == "of" for g in c.children]
    return own + inner


def regarded_as(tok: Token) -> list[Token]:
    """What "as" names on a word ("sees X as an error", "dismissed them as doomers")."""
    return [g for c in tok.children if c.lower_ == "as" for g in c.children]


# a regarding verb's own complements ("called X a mistake", "deems X misguided")
OWN_VERDICT_DEPS = ("oprd", "ccomp", "xcomp", "acomp", "attr", "dobj")


def trailing_adjective(word: Token, verb: Token) -> bool:
    """An adjective the parser hung after a noun of the verb's own phrase ("called the curbs
    on open models counterproductive"), with no other verb between."""
    if word.dep_ != "amod" or word.i < word.head.i:
        return False
    return not any(
        a.pos_ in ("VERB", "AUX") for a in word.ancestors if a.i != verb.i and verb.is_ancestor(a)
    )


def denied_verdict(verb: Token, verdict: Token) -> bool:
    """'was no mistake', 'is not misguided', 'are hardly a bad idea', 'were never an error'."""
    words = [*verb.children, *verdict.children]
    return any(
        w.dep_ == "neg" or (w.lower_ in ("no", "hardly", "never", "scarcely") and w.i < verdict.i)
        for w in words
    )


def rules_judged(copula: Token) -> bool:
    """'the rules ... are too tough (too lax)': a copula that judges rules as its subject."""
    return copula.lemma_ == "be" and bool(complements(copula) & (RULES_AGAINST | RULES_FOR))


def complements(copula: Token) -> set[str]:
    """The words a copula says its subject is ("are too tough": {"tough"})."""
    return {c.lemma_.lower() for c in copula.children if c.dep_ == "acomp"}


def rules_on(tok: Token, below: Token | None) -> bool:
    """'rules for open models', 'regulation on open weights': rules laid on what they govern
    restrain it, when someone wants, opposes or judges them (rules merely drafted or weighed
    are read as no side by the frame: `frames.governed`)."""
    if tok.lemma_ not in RULE_NOUNS or tok.pos_ != "NOUN" or below is None:
        return False
    # ("oversight of open models": what is overseen)
    governed = below.lower_ in GOVERNED_PREPS or (
        below.lower_ == "of" and tok.lemma_ == "oversight"
    )
    if below.dep_ != "prep" or not governed or judged(tok) == "for":
        return False
    # taken a stand on: wanted, opposed, called for, judged ("shed light on the rules" no)
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ == "nsubj":
        # judged ("are too tough", "are too lax"), not merely said of ("are still unclear")
        return rules_judged(head)
    stand = head.lemma_ in ADVOCACY or head.lemma_ in WANTING or is_negative(head)
    # ("new rules for open models, backed by X, ...": backed where they stand)
    backed = any(c.dep_ == "acl" and c.lemma_ in ADVOCACY for c in tok.children)
    return backed or (tok.dep_ in ("dobj", "pobj") and stand)


CRIME_NOUNS = {"crime", "offence", "offense", "felony"}


def made_a_crime(tok: Token, below: Token | None) -> bool:
    """'would make it a crime (a criminal offence) to publish the weights': the act made
    punishable is restrained, however the parser hangs the noun (often as the infinitive's
    subject)."""
    if tok.lemma_ != "make" or below is None or below.dep_ not in ("ccomp", "xcomp", "advcl"):
        return False
    words = [*tok.children, *below.children]
    return any(
        w.lemma_ in CRIME_NOUNS and w.dep_ in ("nsubj", "dobj", "attr", "oprd", "ccomp")
        for w in words
    )


def kept_control(tok: Token, below: Token | None) -> bool:
    """'maintaining proprietary control': control kept, which the cue only says is the
    holder's own (given up, "relinquished proprietary control", it is lifted as before)."""
    if tok.lemma_ != "control" or below is None or below.dep_ != "amod":
        return False
    return tok.dep_ == "dobj" and tok.head.lemma_ in HOLDING_ON


def restraint_step(
    tok: Token, below: Token | None, chain: int, restrained: bool = False
) -> int | None:
    """How a token of the path counts in a chain of restraints: a restraint on what is below
    ("a ban on open models", "barriers to open AI") counts 1; a word against the restraint
    it governs ("opposes the ban", "fought limits", "lobbied against curbs", "lift the
    restrictions", "fear a ban") counts 1 too, so opposing a ban backs open models; the verb
    of "lobbied against" is the same opposition, 0. None: no part of a chain. A negated
    restraint or opposition ("should not restrict", "did not oppose the ban") is none."""
    if negated_verb(tok):
        return None
    if set_aside(tok):
        return 0  # "monitor, rather than restrict, open models": the restraint is turned down
    # (a harm the cue does, its subject, restrains nothing: "open models will hurt startups")
    harms_it = harm_verb(tok) and not (below is not None and below.dep_ in SUBJECTS)
    if kept_control(tok, below):
        return None  # "maintaining proprietary control": the cue says whose, not what is held
    if tok.lemma_ in RESTRAINTS or (harms_it and not chain) or shut_down(tok):
        return 0 if restrained else 1  # "impose restrictions on": one restraint, said twice
    if rules_on(tok, below):
        return 0 if restrained else 1  # "opposes new rules for open models": a restraint
    if (
        tok.lemma_ in LICENSING
        and tok.tag_ != "VBN"  # "is licensed for royalty-free use": a permission
        # ("licensed its model only for research": a licence granted on the thing)
        and not (tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children))
        and below is not None
        and below.lower_ in ("for", "on")
    ):
        return 0 if restrained else 1  # "require licences for open models"
    if licence_demanded(tok, below):
        return 0 if restrained else 1  # "open models must be licensed"
    if burdened(tok, below) or required_of(tok, below) or burden_on(tok, below):
        # "assign liability to open-source developers"; "called the ban on open models a
        # mistake", parsed flat, is the restraint and the verdict on it at one word
        return (0 if restrained else 1) + restraint_blamed(tok, below)
    if held_to_account(tok, below):
        return 0 if restrained else 1  # "would hold open model makers liable"
    if (
        not chain
        and tok.pos_ == "VERB"
        and tok.lemma_ in BLOCKING
        and below is not None
        and below.dep_ in ("dobj", "pobj", "prep", "xcomp")
    ):
        return 1  # "moves to block the export of models": blocking the cue restrains it
    if below is not None and lifts_barrier_to(tok, below):
        return 2  # "remove barriers to regulating X": the barrier and its removal, parsed flat
    if (
        below is not None
        and (below.lower_ in ("before", "to") or below.dep_ == "xcomp")
        and any(c.dep_ == "dobj" and c.lemma_ in LICENSING for c in tok.children)
    ):
        # "obtain a licence before releasing open models", "requiring licences to publish
        # model weights"
        return 0 if restrained else 1
    if checked_before(tok, below):
        return 0 if restrained else 1  # "require a safety audit before weights are posted"
    if lifted_restraint(tok, below, chain, restrained):
        return 1  # "lifted the licence restrictions": the cue names the restraint it lifts
    # (a closed cue that names a restraint is the first link: "called export controls on
    # open models counterproductive")
    odd = chain % 2 or (restrained and not chain)
    if odd and below is not None and restraint_blamed(tok, below):
        return 1  # "the curbs on open models are a mistake": the restraint judged wrong
    if not chain or below is None:
        return None
    if (
        chain % 2
        and tok.pos_ == "VERB"
        and tok.lemma_ in BLOCKING
        and below.dep_ in ("prep", "dobj", "xcomp", "pcomp")
    ):
        return 1  # "would bar agencies from requiring licences to publish weights": blocked
    if restrained and tok.lemma_ in NAMING_VERBS and below.dep_ == "oprd" and charged_name(tok):
        return 1  # "calling it a ban on open source by another name": the name is a charge
    if below.lower_ == "against" and tok.pos_ in ("VERB", "AUX", "NOUN"):
        return 0  # "lobbied against curbs": "against" already counted
    if warned_of_restraint(tok, below):
        return 1  # "the bill would impose liability on open developers, she warned"
    if chain % 2 and below.dep_ == "nsubj" and judged_harsh(tok):
        return 1  # "the rules for open models are too tough": the restraint judged against
    if tok.lemma_ in WARNING_VERBS and below.dep_ == "prep" and below.lower_ in ("about", "of"):
        return 1  # "warned about the fines on open-weight releases"
    governs = below.dep_ in ("dobj", "pobj", "prep", "pcomp", "xcomp")  # "declined to impose"
    if governs and (tok.lemma_.lower() in LIFTING or tok.lower_ in LIFTING or is_negative(tok)):
        return 1
    return None


def negative_child(child: Token, path: list[Token], cue_tokens: set[int]) -> bool:
    """A worry beside the path: "could help bad actors build weapons", "is dangerous"."""
    if child in path or child.i in cue_tokens:
        return False
    if child.dep_ in ("xcomp", "ccomp"):
        if other_side_of_speech(child, cue_tokens):
            return False
        return any(
            is_negative(t) and not countered(t, child) and not counters_object(t)
            for t in list(child.subtree)[:15]
        )
    if child.dep_ == "prep" and wrong_hands(child):
        return True
    if child.dep_ == "agent" and child.head.lemma_ in USE_VERBS:
        # "open models are being used by criminals": who uses the cue is a bad actor
        return any(g.dep_ == "pobj" and misuser(g) for g in child.children)
    if child.dep_ == "prep" and child.lower_ == "to" and child.head.lemma_ in EQUATING:
        # "releasing weights amounts to handing them to adversaries": what it is likened to
        return any((is_negative(t) and not denied(t)) or gives_to_worry(t) for t in child.subtree)
    if child.dep_ in ("prep", "prt") and risky_course(child):  # "heading down (prt) a path"
        return True
    if child.dep_ == "prep" and child.lower_ == "as" and child.head.lemma_ in REGARDING_VERBS:
        # "flagged (described, sees) open-weight AI as a threat": the judgement on the cue
        pobjs = [p for p in child.children if p.dep_ == "pobj"]
        return any(negative_noun(p) and not denied(p) for p in pobjs)
    if child.dep_ not in ("acomp", "attr", "oprd", "dobj", "advmod", "amod") or denied(child):
        return False  # "no more dangerous than search engines": a worry denied
    if child.dep_ == "amod" and child.tag_ == "VB":
        return False  # "... and stifle open research": a verb misparsed as an adjective
    if child.dep_ == "dobj" and child.head.lemma_ in COUNTERING:
        return False  # "open models help fix problems"
    recipients = [  # "a gift to bad actors", "a boon for criminals"
        p
        for prep in child.children
        if prep.dep_ == "prep" and prep.lower_ in ("to", "for") and child.dep_ in ("attr", "oprd")
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    # "a kind (form, sort) of tax", "one of the most reckless things": the kind after "of"
    kinds = [
        g
        for prep in child.children
        if child.lemma_ in ("kind", "sort", "form", "type", "one") and prep.lower_ == "of"
        for g in prep.children
        if g.dep_ == "pobj"
    ]
    return any(negative_noun(n) for n in (child, *recipients, *kinds))


def misuser(noun: Token) -> bool:
    """'criminals', 'hackers', 'bad (malicious) actors': users whose use is a misuse (not
    "worried parents" or "critics of closed AI")."""
    if noun.lemma_.lower() in MISUSERS:
        return True
    return noun.lemma_ == "actor" and any(c.lower_ in ("bad", "malicious") for c in noun.children)


def other_side_of_speech(clause: Token, cue_tokens: set[int]) -> bool:
    """'While rivals oppose sharing, Acme goes its own way; its chief says, "Open will win"':
    a clause on the far side of the reporting verb from the cue is not what the speaker says
    of the cue."""
    verb = clause.head
    if verb.lemma_ not in REPORTING or not cue_tokens:
        return False
    cue_at = min(cue_tokens)
    return (clause.i < verb.i < cue_at) or (cue_at < verb.i < clause.i)


def risky_course(prep: Token) -> bool:
    """'drifting down a reckless path', 'on a reckless course': where the cue is said to be
    going is a worry (a dangerous path, not 'against dangerous actors'; 'not on a dangerous
    path' denies it)."""
    if negated_verb(prep.head):
        return False
    return any(
        p.dep_ == "pobj"
        and p.lemma_.lower() in COURSE_NOUNS
        and any(a.dep_ == "amod" and is_negative(a) for a in p.children)
        for p in prep.children
    )


def judged_badly(noun: Token, path: list[Token], cue_tokens: set[int]) -> bool:
    """'closed models that lack transparency', 'open models, which are dangerous': a worry in
    the cue's own relative clause."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        if any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in clause.children):
            continue  # "open weights, which Dana Pell criticised": her reaction, not the thing's
        if clause.lemma_ == "lack" or (is_negative(clause) and not denied(clause)):
            return True
        if any(negative_child(c, path, cue_tokens) for c in clause.children):
            return True
    return False


def denied(tok: Token) -> bool:
    """A worry word negated: 'not dangerous', 'no more dangerous', 'no risk', 'nothing
    wrong'."""
    if tok.head.lower_ in ("nothing", "none") and tok.dep_ == "amod":
        return True
    if any(
        c.dep_ == "amod" and c.lower_ in ("less", "fewer", "lower", "reduced") for c in tok.children
    ):
        return True  # "less bias", "fewer risks"

    def negation(t: Token) -> bool:
        return (
            t.dep_ == "neg" or (t.lower_ == "no" and t.dep_ in ("det", "advmod")) or no_subject(t)
        )

    # "no more dangerous": the negation may hang from the degree word
    degrees = [c for c in tok.children if c.dep_ == "advmod" and c.lower_ in ("more", "less")]
    return any(negation(c) for c in tok.children) or any(
        negation(g) for d in degrees for g in d.children
    )


def played_down(worry: Token, below: Token | None) -> bool:
    """'fears about open models are overblown', 'the risks of open models are manageable':
    the worry is the subject of a judgement that plays it down."""
    if below is None:
        return False
    if worry.dep_ == "dobj" and worry.lemma_ in VIEW_WORRIES and named_dismissively(worry):
        return True  # "called critics of open models alarmists"
    if worry.dep_ == "dobj":  # "said fears about X, which ..., were overblown" read with the
        # fears as what was said and "were overblown" as a clause of its own with no subject
        verb = next((c for c in worry.head.children if stray_copula(c, worry)), None)
        return verb is not None and judged_played_down(verb)
    if worry.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if worry.dep_ == "nsubjpass" and worry.head.lower_ in PLAYED_DOWN:
        return not negated_verb(worry.head)  # "the risks are overrated"
    if discredited(worry.head) and not negated_verb(worry.head):
        return True  # "critics of open models fail to see ...", "the fears ignore ..."
    if worry.lemma_ in VIEW_WORRIES and mistaken(worry.head):
        return True  # "critics of open models are wrong"
    return judged_played_down(worry.head)


# verbs that mend a harm: "patched a vulnerability", "fixed a flaw"
FIXING = {"patch", "fix", "mend", "repair", "resolve", "remedy", "address", "close"}


def discredited(verb: Token) -> bool:
    """'ignore the benefits', 'fail to see (grasp) how ...': the worry's own verb shows it
    wrong ("fail to reach lawmakers" does not)."""
    if verb.lemma_ in DISCREDITING:
        return True
    return verb.lemma_ == "fail" and any(
        c.dep_ == "xcomp" and c.lemma_ in FAILING_TO_SEE for c in verb.children
    )


def named_dismissively(holders: Token) -> bool:
    """'called critics of open models alarmists', 'dismissed them as doomers': the holders of
    a view, as the object of a verb that names them, given a name that dismisses them."""
    verb = holders.head
    if holders.dep_ != "dobj" or verb.lemma_ not in REGARDING_VERBS or negated_verb(verb):
        return False
    names = [
        c for c in verb.children if c.dep_ in ("oprd", "attr", "dobj", "ccomp") and c != holders
    ]
    return any(n.lemma_.lower() in DISMISSIVE_NAMES for n in names + regarded_as(verb))


def mistaken(copula: Token) -> bool:
    """'are wrong', 'were mistaken': a verdict that the holders of a view are mistaken."""
    return not negated_verb(copula) and any(
        c.dep_ in ("acomp", "attr") and c.lower_ in MISTAKEN for c in copula.children
    )


def dependence_beside(tok: Token, below: Token) -> bool:
    """The "to" or "on" the parser hung on a verb that avoids, ends or breeds a dependence
    named as its object: "avoid (vendor) lock-in to X", "creates dependence on X" (the
    dependence is on X, a harm of X). Not a holder's own "increased its reliance on X", which
    is its practice."""
    if below.dep_ != "prep" or below.lower_ not in ("to", "on") or below.head.i != tok.i:
        return False
    if tok.lemma_ not in DEPENDENCE_VERBS:
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    # ("lock-in" is split at its hyphen, and may follow "vendor": its words joined)
    joined = ["".join(t.lower_ for t in o.subtree) for o in objects]
    return any(o.lemma_ in DEPENDENCE for o in objects) or any("lock-in" in w for w in joined)


def in_contrast_to(tok: Token) -> bool:
    """The "to" (or "with") of "in contrast to", "by contrast with": what follows is the foil
    of the act the phrase hangs on. So too "contrasted its approach with", where the parser
    hangs the "with" on the verb's object."""
    if tok.lower_ not in ("to", "with"):
        return False
    on_object = tok.head.dep_ == "dobj" and tok.head.head.lemma_ == "contrast"
    return tok.head.lemma_ == "contrast" or on_object


def verdict_on_worry(tok: Token, worry: Token, below: Token | None) -> bool:
    """The verb above a worry that plays it down ("fail" of "critics ... fail to see", "are"
    of "fears are overblown"): counted at the worry, not again as a worry of its own."""
    return tok.i == worry.head.i and is_negative(worry) and played_down(worry, below)


def stray_copula(verb: Token, worry: Token) -> bool:
    """A subjectless clause after the worry, under the same verb: the worry's own predicate."""
    return (
        verb.dep_ == "ccomp"
        and verb.i > worry.i
        and verb.lemma_ == "be"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    )


def judged_played_down(verb: Token) -> bool:
    """'are overblown', 'were exaggerated': the verb's complement plays a worry down ("were
    not overblown" does not)."""
    return not negated_verb(verb) and any(
        c.dep_ in ("acomp", "oprd", "attr") and c.lower_ in PLAYED_DOWN and not negated_verb(c)
        for c in verb.children
    )


def negative_noun(tok: Token) -> bool:
    """A worry word, or a noun a worry word describes: "bad actors", "hostile states"."""
    return is_negative(tok) or any(a.dep_ == "amod" and is_negative(a) for a in tok.children)


def likened_to_worry(tok: Token) -> bool:
    """'compared open models to nuclear weapons', 'the comparison of open AI with the spread
    of dangerous weapons': a likening whose analogue is a worry, however the "to" was hung
    (on the likening word, its object or what it is "of")."""
    if tok.lemma_ not in LIKENING:
        return False
    if tok.dep_ in ("csubj", "nsubj") and tok.head.lemma_ == "be":
        return False  # "comparing open AI to weapons is absurd": the likening is judged
    return any(negative_noun(t) for p in analogue_preps(tok) for t in list(p.subtree)[1:10])


# what a simile may liken a release to that makes it a danger ("like handing out guns")
ARMS = {"gun", "guns", "bomb", "bombs", "nuke", "nukes", "explosive", "explosives", "grenade"}


def simile_of_worry(copula: Token, below: Token | None) -> bool:
    """'releasing the weights is like handing out blueprints for a bomb': the cue, subject of
    a copula, likened by "like" to a danger: arms, or a worry the likeness itself names (not
    what it guards against: "like a vaccine against disinformation", nor a clause on it)."""
    if copula.lemma_ != "be" or below is None or below.dep_ not in SUBJECTS:
        return False
    similes = [c for c in copula.children if c.dep_ == "prep" and c.lower_ == "like"]
    return any(negative_noun(t) or t.lower_ in ARMS for s in similes for t in likeness(s))


def likeness(simile: Token) -> list[Token]:
    """The words of what a "like" names, not past "against", "from", "of" or a clause."""
    out, stack = [], list(simile.children)
    while stack:
        t = stack.pop()
        if t.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj") or t.lower_ in GUARDED_PREPS:
            continue
        out.append(t)
        stack.extend(t.children)
    return out


# what a likeness guards against rather than is: "a shield against monopolies"
GUARDED_PREPS = {"against", "from", "of"}


def analogue_preps(tok: Token) -> list[Token]:
    """The "to" or "with" by which a likening word names its analogue ("likened X to Y",
    "the comparison of X with Y"), however the parser hung it: on the word, on its object,
    or on what it is "of"."""
    compared = [c for c in tok.children if c.dep_ == "dobj"]
    compared += [g for c in tok.children if c.lower_ == "of" for g in c.children]
    preps = (p for t in (tok, *compared) for p in t.children)
    return [p for p in preps if p.dep_ == "prep" and p.lower_ in ("to", "with")]


def wrong_hands(prep: Token) -> bool:
    """'fall into the hands of hostile states', 'end up in the wrong hands': who the thing
    would reach is a worry."""
    hands = [c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "hands"]
    return prep.lower_ in ("into", "in") and any(
        is_negative(t) for h in hands for t in list(h.subtree)[:8]
    )


def belittled(tok: Token, below: Token | None, cue_tokens: set[int]) -> bool:
    """'Robin Li said open-source models are irrelevant', 'the importance of open
    models is negligible': a copula that belittles its subject, the cue or the cue's worth."""
    if below is None or below.head.i != tok.i:
        return False
    participle = tok.lower_ in BELITTLING and below.dep_ == "nsubjpass"  # "are overrated"
    if not participle and (tok.lemma_ != "be" or below.dep_ != "nsubj"):
        return False
    named = below.i in cue_tokens or any(
        c.i in cue_tokens for c in below.children if c.dep_ in ("amod", "compound")
    )  # "open-source models", the cue's own noun
    if not named and below.lemma_.lower() not in WORTH_NOUNS:
        return False
    judged = [tok, *(c for c in tok.children if c.dep_ in ("acomp", "attr"))]
    denials = [c for t in judged for c in t.children]
    if any(c.dep_ == "neg" or c.lower_ in ("hardly", "scarcely") for c in denials):
        return False  # "open models are not (hardly) irrelevant"
    return participle or any(
        c.dep_ in ("acomp", "attr") and c.lower_ in BELITTLING for c in tok.children
    )


def judged_by_subject(tok: Token, below: Token | None, accusation: bool) -> bool:
    """A copula whose subject is the judgement and the cue its complement: "the danger is open
    models", "the real problem is closed labs"."""
    if accusation or tok.lemma_ != "be" or below is None or below.head.i != tok.i:
        return False
    if below.dep_ not in ("attr", "acomp"):
        return False
    return any(c.dep_ == "nsubj" and is_negative(c) for c in tok.children)


def but_between(doc: Doc, neg_at: int, cue_start: int) -> bool:
    """A "but" between a negation and the cue: "was not the threat but the value of open
    models" negates the threat (read by position: the parse of such sentences varies)."""
    return any(doc[i].lower_ == "but" and doc[i].dep_ == "cc" for i in range(neg_at + 1, cue_start))


def set_off_after(neg: Token) -> bool:
    """'the mainstream of open research, not a fringe': a "not" set off by a comma after the
    word it hangs from negates what follows it, not that word."""
    doc = neg.doc
    return neg.i > neg.head.i and neg.i > 0 and doc[neg.i - 1].lower_ in (",", ";", *DASHES)


def too_little(tok: Token) -> bool:
    """'not enough (insufficient, too little) evidence': grounds said to be lacking, which
    denies what they would support."""
    if tok.lemma_ not in GROUNDS_NOUNS or tok.pos_ != "NOUN":
        return False
    for c in tok.children:
        if c.dep_ != "amod":
            continue
        if c.lower_ in TOO_LITTLE:
            return True
        if c.lower_ == "enough" and any(g.dep_ == "neg" or g.lower_ == "too" for g in c.children):
            return True
    return False


# "not only (just, merely) X but Y": X is said, and more besides
NOT_ONLY = {"only", "just", "merely", "simply", "solely"}


def negations_of(tok: Token, counted: set[int] | None = None, cue_start: int = -1) -> int:
    """The negations on a token, except "not only ... but", those `counted` already (the
    contrast right before the cue), and one a "but" separates from the cue ("not X but <the
    cue>" negates X)."""
    if tok.lemma_ == "go" and any(c.lower_ == "enough" for c in tok.children):
        return 0  # "does not go far enough in restricting ...": wants more of it, not less
    if tok.lemma_ == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return 0  # "has not ruled out releasing the weights": the release left open
    count = 0
    if too_little(tok):
        count += 1  # "not enough evidence to justify restricting open models": none
    for child in tok.children:
        if (
            (counted and child.i in counted)
            or (cue_start >= 0 and but_between(tok.doc, child.i, cue_start))
            or set_off_after(child)
        ):
            continue
        if (
            no_longer(child)
            or (child.lower_ == "yet" and yet_to(tok))  # "has yet to release": not done so far
            or child.dep_ == "neg"
            or no_subject(child)
            or (child.lower_ in ("never", "no") and child.dep_ in ("advmod", "det"))
        ):
            count += 0 if not_only(child) else 1
    return count


def not_only(neg: Token) -> bool:
    """A "not" (or "never") that opens "not only (just, merely) X but ...": no negation."""
    return neg.i + 1 < len(neg.doc) and neg.doc[neg.i + 1].lower_ in NOT_ONLY


def yet_to(verb: Token) -> bool:
    """'has (is) yet to release': a verb whose infinitive is not done so far."""
    return (
        verb.lemma_ in ("have", "be")
        and any(c.lower_ == "yet" and c.dep_ == "advmod" for c in verb.children)
        and any(c.dep_ == "xcomp" for c in verb.children)
    )


def no_longer(child: Token) -> bool:
    """'no longer' on a verb: its act has stopped."""
    return child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children)


def warrant_denied(verb: Token) -> int:
    """'The evidence is not sufficient (strong enough) to warrant X': the negation on the
    judgement the warranting verb completes denies the warrant; so does a lack of the
    grounds it would rest on ("there is not enough evidence to justify X", "no reason to")."""
    grounds = verb.head
    if verb.dep_ == "acl" and grounds.lemma_ in GROUNDS_NOUNS and grounds.dep_ == "attr":
        copula = grounds.head
        return int(too_little(grounds)) + (negations_of(copula) if copula.lemma_ == "be" else 0)
    if verb.dep_ != "xcomp":
        return 0
    if verb.head.pos_ == "ADJ":
        judgement = verb.head
        copula = judgement.head if judgement.dep_ == "acomp" else judgement
    elif verb.head.lemma_ == "be":  # the "to warrant" hung on the copula itself
        copula = verb.head
        judgement = next((c for c in copula.children if c.dep_ == "acomp"), copula)
    else:
        return 0
    return negations_of(judgement) + (negations_of(copula) if copula is not judgement else 0)


def harms_no_one(verb: Token) -> bool:
    """'Open models hurt nobody (no one)': the harm is denied by its object."""
    return any(c.dep_ == "dobj" and nobody(c) for c in verb.children)


def harms_rivals(verb: Token) -> bool:
    """'Open models will hurt closed rivals (OpenAI's profits, incumbents' margins)': a harm
    to rivals, or to a trade a rival or a named company owns; not "small businesses"."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_ in RIVAL_NOUNS or obj.lemma_ == "incumbent":
            return True
        owners = [c for c in obj.children if c.dep_ in ("poss", "compound", "amod")]
        owners += [g for p in obj.children if p.lower_ == "of" for g in p.children]
        owned = any(rival_owner(c) for c in owners)
        if obj.lemma_.lower() in RIVALS_TRADE and owned:
            return True
    return False


def turns_claim(verb: Token, cue: Cue) -> bool:
    """A verb above a claim that denies or doubts it: 'denied that ...', 'does not believe
    that ...', 'doubts that ...'."""
    if verb.lemma_ in DISMISSING or verb.lemma_ == "doubt":
        return True
    return verb.lemma_ in REPORTING and negations_of(verb, None, cue.start) % 2 == 1


def rival_owner(tok: Token) -> bool:
    """A rival, an incumbent, a named company, or a closed lab ("closed labs' dominance")."""
    if tok.ent_type_ == "ORG" or tok.lemma_ in RIVAL_NOUNS or tok.lemma_ == "incumbent":
        return True
    return any(c.lower_ in ("closed", "proprietary") for c in tok.children)


def no_greater_than(no: Token, below: Token) -> bool:
    """'There is no bigger threat than X', 'no more pressing issue than X': "no" with a
    comparative and "than" makes X, the path come up through "than", the most of all; it
    denies nothing ("X is no more dangerous than Y" still denies of X)."""
    # (the cue after "than", or in the ranked noun's own "of": "no bigger champion of open
    # models than X")
    if no.lower_ != "no" or no.dep_ != "det" or below.lower_ not in ("than", "of"):
        return False
    noun = no.head
    between = noun.doc[no.i + 1 : noun.i]
    comparative = any(t.tag_ in ("JJR", "RBR") or t.lower_ in ("more", "less") for t in between)
    return comparative and any(t.lower_ == "than" for t in noun.subtree)


def in_scope(
    tok: Token, first_verb: bool, cue_tokens: set[int], below: Token | None = None
) -> bool:
    """A negation counts on the cue's own clause and on verbs of saying or wanting that embed
    it ("does not believe open models are safe"), not on unrelated clauses, nor on a copula
    that judges nothing ("openness is not an all-or-nothing choice"). A copula's negation
    does reach the predicate the cue hangs from ("is not opposed to open models", "is not
    against open source")."""
    is_verb = tok.pos_ in ("VERB", "AUX")
    scoped = not is_verb or first_verb or tok.lemma_ in REPORTING or tok.lemma_ in ADVOCACY
    predicate = any(  # "is not open": the cue is the complement
        c.i in cue_tokens and c.dep_ in ("acomp", "attr", "oprd") for c in tok.children
    )
    # "is not opposed to", "is not against", "is not a fan of": the copula and its predicate
    # are one clause
    copula_of = (
        below is not None
        and tok.lemma_ == "be"
        and below.head.i == tok.i
        and below.i > tok.i
        and (
            below.dep_ in ("acomp", "attr") or (below.dep_ == "prep" and below.lower_ == "against")
        )
    )
    if copula_of:
        return True
    # "there is not enough evidence to justify ...": the grounds for it are denied
    if tok.lemma_ == "be" and any(c.dep_ == "expl" for c in tok.children):
        return any(c.dep_ == "attr" and c.lemma_ in GROUNDS_NOUNS for c in tok.children)
    return scoped and not (tok.lemma_ == "be" and not evaluative(tok) and not predicate)


def aimed_at(path: list[Token]) -> bool:
    """ "a bill aimed at open-source releases", "rules targeting open models"."""
    return any(
        tok.lemma_ in ("aim", "target", "apply")
        and any(
            t.lemma_ in LEGAL_NOUNS or (t.pos_ == "PROPN" and t.lower_ in ("act", "bill"))
            for t in (tok, tok.head, *tok.children, *tok.head.children)
        )
        for tok in path
    )


# verbs of putting a model out, whose "without" says what it came out lacking
SHIPPING_VERBS = {"release", "publish", "ship", "launch", "unveil", "debut", "deploy", "offer"}


def left_out(tok: Token, below: Token | None) -> bool:
    """'published without being open-sourced', 'launched Nimbus without open weights': a
    "without" over the cue's clause, or over the cue's noun when it hangs on a verb of
    putting a model out, denies it ("a world without open models would be poorer" is a
    judgement of its own, left alone)."""
    if tok.lower_ != "without" or below is None:
        return False
    if below.dep_ == "pcomp":
        return True
    return below.dep_ == "pobj" and tok.head.lemma_ in SHIPPING_VERBS


def lacked(tok: Token, below: Token | None, depth: int) -> bool:
    """'is not lacking in open models': what is lacked is not had, so a lack denied gives it
    back (the denial alone would turn the cue). Only the cue's own noun (not "lacks the
    competence to define open source"); a lack not denied is a shortage, no side, read by the
    frame ("Europe lacks open models")."""
    if tok.lemma_ != "lack" or below is None or not negated_verb(tok):
        return False
    if below.dep_ == "prep" and below.lower_ == "in":
        return depth <= 3
    return below.dep_ == "dobj" and depth <= 2


def judged(noun: Token) -> str | None:
    """'restrictive stance', 'a friendly policy', 'tight rules': "against" or "for" when a
    describing word judges the stance (or the rules) the noun names, else None."""
    words = {c.lemma_.lower() for c in noun.children if c.dep_ == "amod"}
    rules = noun.lemma_ in RULE_NOUNS
    if words & (RULES_AGAINST if rules else STANCE_AGAINST):
        return "against"
    return "for" if words & (RULES_FOR if rules else STANCE_FOR) else None


def judged_against(noun: Token) -> bool:
    """'a tough stance', 'a restrictive approach': a stance noun a describing word judges
    as against what it is about."""
    return (
        noun.pos_ == "NOUN"
        and (noun.lemma_ in ADVOCACY_NOUNS | TOPIC_NOUNS or noun.lemma_ in RULE_NOUNS)
        and judged(noun) == "against"
    )


# verbs of stopping a harm, said of a practice as its subject: "keeping X closed prevents ..."
GUARDING = {"prevent", "stop", "deter", "halt", "curb", "thwart", "avert"}


# what a guard stops that is a harm even without a word of harm: copying a model, theft
STOPPED_HARMS = {
    "copy", "replicate", "clone", "steal", "theft", "leak", "exploit", "distill", "catch",
    "overtake",
}  # fmt: skip


def guards_harm(verb: Token) -> bool:
    """'deters attacks', 'prevents misuse', 'stops rivals from copying it': a verb of
    stopping whose object, or the act it keeps someone from, is a harm."""
    if verb.lemma_ not in GUARDING:
        return False
    stopped = [c for c in verb.children if c.dep_ == "dobj"]
    stopped += [g for c in verb.children if c.lower_ == "from" for g in c.children]
    return any(
        is_negative(t) or t.lemma_ in STOPPED_HARMS or t.lemma_.lower() in NEGATIVE for t in stopped
    )


def gerund_restraint(cue: Cue, root: Token) -> bool:
    """'warned against over-regulating open models': a restraint's gerund that the parser
    read as an adjective of the cue's noun restrains the cue all the same."""
    return any(
        c.dep_ == "amod" and c.tag_ == "VBG" and c.lemma_ in RESTRAINTS and c.i < cue.start
        for c in root.children
    )


def charge_token(doc: Doc, start: int, end: int) -> Token | None:
    """The attack word among the tokens from `start` to `end` ("fearmongering", "regulatory
    capture", "open-washing": the bare "washing" counts only after "open -")."""
    for i in range(start, end):
        word = doc[i].lower_
        if word in ACCUSATIONS:
            return doc[i]
        before = [t.lower_ for t in doc[max(0, i - 2) : i]]
        if word in WASHING and (before[-1:] == ["open"] or before == ["open", "-"]):
            return doc[i]
    return None


def less_of(child: Token) -> bool:
    """'has become less open', 'a less closed approach': the cue's side, lessened (not "no
    less open", which keeps it)."""
    if child.lower_ != "less" or child.dep_ != "advmod" or child.head.pos_ != "ADJ":
        return False
    return not any(c.lower_ in ("no", "not", "none") for c in child.children)


def remedy(clause: Token) -> bool:
    """An "unless" clause: what would avert what the clause above says will happen."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "unless" for c in clause.children
    )


def harmless(harm: Token) -> bool:
    """A harm verb that does no harm: denied, done to no one, or done to the cue's rivals."""
    return denied(harm) or harms_no_one(harm) or harms_rivals(harm)


def cause_of(word: Token | None) -> bool:
    """'due to X', 'because of X', 'owing to X', 'thanks to X': an adjunct that names a cause."""
    return word is not None and word.dep_ == "prep" and word.lower_ in CAUSE_WORDS


def own_cause(below: Token, path: list[Token], k: int, cue: Cue) -> bool:
    """'because of open models, X will hurt': the cue itself named as the cause of a harm
    (not "due to the lack of open models", whose cause is the lack; nor "thanks to", said
    of a good)."""
    if not cause_of(below) or below.lower_ == "thanks" or k < 2:
        return False
    # (the cause's object is the cue's word, or the first word past it: "open | models")
    return all(cue.start <= t.i < cue.end for t in path[: k - 2])


def polarity(cue: Cue, path: list[Token], act: bool = False, judge: bool | None = None) -> int:
    """+1 when the context endorses the cue's side, -1 when it rejects or fears it. With
    `act`, the path's top is the holder's own verb: a harm it could do ("the act would ban
    open models") is its act, not a harm someone warns about. `judge`: whether a judgement
    in the cue's own relative clause ("closed models that lack transparency") counts; by
    default only for what is said, not for what a holder does with the thing."""
    judge = not act if judge is None else judge
    negative, negations = aimed_at(path), 0
    cue_tokens = set(range(cue.start, cue.end))
    # an attack word ("regulatory capture") is a worry already: warning about it or against it
    # defends the side it names, so only negation turns it
    accusation = charge_token(path[0].doc, cue.start, cue.end) is not None
    first_verb = True
    # a contrast word on the path ("the fight against open models") is counted once, as the
    # contrast: neither it nor the worry it hangs from ("fight", "warn") count again
    contrast = contrast_words(cue, path[0].doc)
    # "opposes a ban on open models": restraints on the cue and words against them, in a row
    # up the path, each turn the side (see `restraint_step`)
    chain = 1 if gerund_restraint(cue, path[0]) else 0
    # the last link of the chain is a restraint (not a word against one); a closed cue that
    # names a restraint itself ("export restrictions on models") is that first link
    restrained = cue.side == "closed" and any(
        path[0].doc[i].lemma_ in RESTRAINTS | LICENSING for i in cue_tokens
    )
    last_link = 0  # where the chain's last link sat on the path
    for k, tok in enumerate(path):
        if tok.i in cue_tokens:
            # the cue's own verb may be negated: "would not be offered to developers" (a
            # "not" right before the cue is a contrast)
            # after the cue, a negation on its word denies what follows ("open-weight, not
            # open-source")
            negations += sum(
                1
                for c in tok.children
                if (c.dep_ == "neg" and c.i != cue.start - 1 and c.i < cue.end)
                or no_subject(c)
                or no_longer(c)
                or less_of(c)
            )
            # (a contrast word, "warned against open models that lack safeguards", already
            # says what the judgement says: not counted twice)
            if not accusation and judge and tok.i == path[0].i and not contrast:
                # (what a holder does with "closed models that lack transparency" is its act;
                # the judgement is the writer's or a speaker's)
                negative = negative or judged_badly(tok, path, cue_tokens)
            continue
        below = path[k - 1] if k else None
        # "there is no bigger threat than closed models": the cue, after "than", is the most
        ranked = {c.i for c in tok.children if below is not None and no_greater_than(c, below)}
        # (a restraint below is a link of the chain: its verdict is counted there)
        if (
            below is not None
            and not chain % 2
            and verdict_on_worry(tok, below, path[k - 2] if k >= 2 else None)
        ):
            continue  # "critics of open models fail to see": the verdict, counted below
        if in_contrast_to(tok):
            negations += 1  # "made its code public, in contrast to rivals' closed strategy"
            continue
        if outweighed(tok, below, path[k - 2] if k >= 2 else None):
            negations += 1  # "the risks outweigh the benefits of openness"
            continue
        if below is not None and dependence_beside(tok, below):
            # "avoid lock-in to proprietary models", the "to" hung on the verb: the lock-in,
            # not the verb, is what the cue leads to (a harm of the cue's side)
            negative = True
        if below is not None and remedy(below):
            break  # "X risks falling behind unless it invests in open labs": the way out
        if below is not None and below.lower_ == "short" and tok.lemma_ in ("stop", "fall"):
            continue  # "stopped short of": counted at "short", the stopping is no worry
        if refusal_denied(tok, below):
            continue  # "did not hesitate to release", "never refused to share": it was done
        if below is not None and below.dep_ in SUBJECTS and guards_harm(tok):
            # "keeping the weights secret has not stopped rivals from copying": what the cue's
            # practice fails to stop tells against it; a harm it stops ("deters attacks") is
            # no worry (stopping a good, "curbs competition", is read as before: a harm)
            negative = negative or any(c.dep_ == "neg" for c in tok.children)
            continue
        if beyond_recall(tok, below):
            negative = True  # "open weights cannot be recalled": a danger, its "not" with it
            continue
        if (negative or chain % 2) and dismisses(tok, below):
            # "dismissed fears that open models are dangerous", "accepted the risks of open
            # release": the worry below is brushed aside, which defends the cue's side; so is
            # a restraint ("denied that it wants to restrict open models")
            chain += 0 if negative else 1
            negative = False
            continue
        if (
            restrained
            and (chain % 2 or (chain == 0 and cue.side == "closed"))
            and (harm_verb(tok) or gives_to_worry(tok) or hands_lead(tok))
            and below is not None
            and below.dep_ in SUBJECTS
        ):
            # "restricting open models would hurt startups": the restraint harms; as with a
            # harm said outright, a worry above is about the harm ("warned that ..."), but a
            # denial or a doubt above still turns it ("denied that ...")
            chain += 1 + sum(1 for t in path[k + 1 :] if turns_claim(t, cue))
            break
        if restrained and chain % 2 and harm_verb(tok) and cause_of(below):
            # "due to its limits on open models, the act will hurt startups": the restraint is
            # the harm's cause, which defends the cue; the harm's own subject (the act) is the
            # one restraining
            if not (act and k == len(path) - 1):
                chain += 1 + sum(1 for t in path[k + 1 :] if turns_claim(t, cue))
            break
        if chain % 2 and condition(below) and harm_outcome(tok, below):
            # "if lawmakers ban open models, innovation will suffer": the harm follows from
            # the restraint in the condition, which defends the cue (as a harm said outright
            # does, the walk ends at the harm: "warned that ..." is about it)
            chain += 1
            break
        if (
            # (a move as a noun is a step taken: "a bold move by releasing X")
            (tok.lemma_ in WRONGDOING or (tok.lemma_ in AWAY_VERBS and tok.pos_ == "VERB"))
            and below is not None
            and below.lower_ == "by"
        ):
            # "claimed that by keeping X closed, the company violated its mission", "strayed
            # from its ideals by withholding its code": the act is called a wrong; the
            # wrongdoer's own act stays its practice
            negative = negative or not (act and k == len(path) - 1)
            continue
        if tok.lemma_ in REASON_NOUNS and below is not None and below.dep_ in ("acl", "relcl"):
            # "security fears as its reason to hold back the weights": the act the worry grounds
            # is the side taken ("no reason to withhold them": turned)
            negations += negations_of(tok)
            break
        if tok.lemma_ in JUSTIFYING and below is not None and below.dep_ in ("dobj", "xcomp"):
            # "risks serious enough to warrant withholding it": what the worry above warrants
            # is the side taken, not a harm it fears ("do not justify a ban": turned)
            negations += negations_of(tok) + warrant_denied(tok)
            break
        if act and harm_to(tok, below) and own_harm(tok, k, path):
            negative = True  # "the bill is a disaster for open-source AI": the bill's harm
            negations += sum(1 for t in path[k:] for c in t.children if c.dep_ == "neg")
            break
        if made_a_crime(tok, below):
            # "would make it a crime to publish the weights": the subject's own act; a
            # speaker who says so defends the cue, as with "make it illegal"
            if act and own_verb(path, k):
                negative = not negated_verb(tok)
            break
        if act and made_harder(tok, below) and k + 1 < len(path) and own_verb(path, k + 1):
            # "the Act would make it illegal (harder) to publish weights": the subject's own
            # "make" is its act, a restraint; a speaker who says so (below) defends the cue
            negative = not negated_verb(path[k + 1])
            break
        if not chain and harm_verb(tok) and below is not None and own_cause(below, path, k, cue):
            # "because of open models, X will hurt startups": the cue's harm, as when the cue
            # is the subject (a lack or a refusal of the cue as the cause is read below)
            negative = negative or not harmless(tok)
            continue
        if (
            (feared_harm(tok, below) and not (act and own_verb(path, k)))
            or made_harder(tok, below)
            or harm_to(tok, below)
        ):
            # "the rules could discourage open-source development": whoever says so defends
            # the cue's side; the worry above it ("warned that") is about the harm. For the
            # harm's own subject ("the act would ban open models"), the harm is its act.
            break
        if not chain and harm_verb(tok) and below is not None and below.dep_ in SUBJECTS:
            # "open models will hurt startups": the cue's harm ("will not hurt", "hurt nobody":
            # none; "will hurt closed rivals' margins": a boast, no worry)
            negative = negative or not (accusation or harmless(tok))
        step = None
        if not accusation and tok.i not in contrast:
            step = restraint_step(tok, below, chain, restrained)
        if step and chain and tok.lemma_ not in RESTRAINING and k - last_link > 3:
            step = None  # an opposition far above the restraint is about something else
        if step is not None:
            chain += step
            # (a relative clause's burden is its antecedent: "the restrictions the bill sets
            # on open models" is one restraint, not two)
            restrained = (
                tok.lemma_ in RESTRAINING
                or burden_on(tok, below)
                or (tok.dep_ == "relcl" and burdened(tok, below))
            )
            last_link = k
            continue
        restraining = (
            tok.lemma_ in RESTRAINING
            or tok.lemma_ in BLOCKING
            or held_to_account(tok, below)
            or licence_demanded(tok, below)
        )
        if tok.pos_ == "VERB" and restraining and denied(tok):
            # "should not outlaw (regulate) open source", "nobody should hold open-source
            # developers liable": the restraint denied
            if restrained and below is not None and below.dep_ == "dobj":
                chain += 1  # "not to impose licensing requirements on open models": the
                # restraint named below, and counted there, is the one denied
            continue
        if (
            is_negative(tok)
            and tok.i not in contrast
            and not (below is not None and below.i in contrast)
            and not accusation
            and not struggle_for(tok, below)
            and not held_to_account(tok.head, tok)  # "liable" of "hold X liable": one restraint
            and not warned_to_act(tok, below, path, k, cue_tokens)
        ):
            rivals_hurt = below is not None and below.dep_ in SUBJECTS and harms_rivals(tok)
            if (denied(tok) and not ranked) or harms_no_one(tok) or rivals_hurt:
                continue  # "should not restrict open models": the negation cancels the worry
            if played_down(tok, below):
                continue  # "fears about open models are overblown"
            if tok.dep_ == "dobj" and tok.head.lemma_ in FIXING:
                continue  # "patched a vulnerability in Llama": the harm is mended
            negative = True
        if judged_against(tok) and below is not None and below.dep_ == "prep":
            negative = True  # "took a tough stance on open models"
        if not accusation and gives_to_worry(tok):
            negative = True  # "open models give adversaries a head start"
        if not accusation and bad_consequence(tok, below):
            negative = True  # "easier to abuse once its code can be freely downloaded"
        if belittled(tok, below, cue_tokens):
            negative = True  # "open models are insignificant", "their value is minimal"
        if judged_by_subject(tok, below, accusation):
            negative = True  # "the danger is open models" (and "... is not ...": turned back)
        if left_out(tok, below) or lacked(tok, below, k):
            negations += 1  # "shipped Nimbus without open weights": the side is withheld
        # (not over a restraint: "is not opposed to restrictions on X" is left as it was)
        over_restraint = chain or any(t.lemma_ in RESTRAINING for t in path[:k])
        if in_scope(tok, first_verb, cue_tokens, None if over_restraint else below):
            negations += negations_of(tok, contrast | ranked, cue.start)
        first_verb = first_verb and tok.pos_ not in ("VERB", "AUX")
        negative = negative or likened_to_worry(tok) or simile_of_worry(tok, below)
        if tok.lemma_ in AVOIDING and below is not None:
            if chain % 2:
                # "should avoid restricting (restrictions on) open models": the restraint shunned
                chain += 1
            elif below.dep_ == "dobj" and below.pos_ in ("NOUN", "PROPN"):
                negative = True  # "avoided open source for years"
        if cue.side == "open" and withdrawn(tok, below):
            negations += 1  # "pulled the downloadable weights of X from Hugging Face": undone
        if cue.side == "open" and tok.lemma_ in WITHHOLDING and k == 1:
            # "withholds open models" (not "withheld judgement on the open release")
            negative = negative or path[0].dep_ == "dobj"
        if unguarded(tok):
            negative = True  # "available to anyone, without monitoring or oversight"
        if short_of(tok, below):
            negations += 1  # "falls short of being truly open source": not open source
        if needs_oversight(tok, below):
            negative = True  # "open models need guardrails": a restraint wanted on the cue
        if tok.lemma_ == "lack" and k and path[k - 1].dep_ == "nsubj":
            negative = True  # "open models lack safeguards" ("Europe lacks open models" no)
        if tok.lemma_ in OUTWEIGHING and k and path[k - 1].dep_ == "nsubj":
            continue  # "the benefits of open models outweigh the risks"
        # the holder's own act reached through the means it uses ("using closed models")
        by_means = act and k == len(path) - 1 and any(t.lemma_ in USE_VERBS for t in path[1:k])
        if not accusation:
            negative = negative or any(
                negative_child(c, path, cue_tokens)
                for c in tok.children
                if not but_between(tok.doc, c.i, cue.start)  # "not the threat but ..."
                # "achieved dominance using closed models": what a holder gains by its own
                # act is no worry about the thing it uses
                and not (by_means and c.dep_ == "dobj")
                # "an alternative to opaque proprietary models": the thing set aside, judged
                # as the contrast already judges it (counted once)
                and not (contrast and k == 1 and c.dep_ == "amod")
            )
    # the walk stopped below a verb of refusing whose complement holds the cue
    negative = negative or (refused(path[-1]) and not accusation)
    negative = negative or chain % 2 == 1
    sign = (-1 if negative else 1) * (-1 if negations % 2 else 1)
    return -sign if contrast and not accusation else sign


# -- the main pass ----------------------------------------------------------------------
