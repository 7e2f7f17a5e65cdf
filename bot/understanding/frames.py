"""Frame rules: small named functions, each reading one kind of sentence around one cue.

A `Frame` is one cue in its context: the cue's root token, its path up the parse, its sentence,
and the holders of the doc. `RULES` runs in order; a rule adds positions (`Frame.add`) and may
end the frame (`Frame.done`) when what it found settles the sentence (a quote's speaker, a
question that holds no position). Every position names the rule that made it, and the rule's
strength becomes the player's confidence (see `RULE_STRENGTH`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from bot.understanding.cue_patterns import (
    FORMER_WORDS,
    RANKINGS,
    TECH_NOUN_SET,
    TECH_NOUNS,
    WEIGHT_PARTS,
)
from bot.understanding.holders import (
    DOCUMENT_OPPONENTS,
    MODEL_NOUNS,
    ORG_LEAD_TITLES,
    Holders,
    bound_possessor,
    charged,
    document_antecedent,
    first_conjunct,
    has_modal,
    joined_active,
    law_antecedent,
    named_law,
    objects_of,
    passive_agent,
    possessor_word,
    relative_of,
    split_open_source,
    voted_on,
    yardstick,
)
from bot.understanding.lexicon import (
    ACCUSATIONS,
    ACCUSING_VERBS,
    ADOPTING,
    ADVOCACY,
    ADVOCACY_NOUNS,
    AGREEING,
    AHEAD_WORDS,
    AIM_NOUNS,
    AIM_PREPS,
    ANSWER_NOUNS,
    ARGUING_PARTICIPLES,
    AWAY_VERBS,
    BEARERS,
    BELIEF_VERBS,
    BESIDE_PREPS,
    CAMPAIGN_BODIES,
    CAMPAIGN_NOUNS,
    CAMPAIGNING,
    CHANGE_MARKS,
    CHANGE_WORDS,
    CHANGING_VERBS,
    CHOOSING_VERBS,
    CIRCUMSTANCES,
    CLAIM_NOUNS,
    CLAIM_WORDS,
    CODE_NOUNS,
    COLLABORATION_NOUNS,
    COLLECTIONS,
    COMPETE_VERBS,
    CONCEDING,
    CONCESSIVE,
    CONDITIONS,
    CREDIT_NOUNS,
    CRITICISING,
    CRITICISM_NOUNS,
    DASHES,
    DEEDS,
    DEGREE_WORDS,
    DELIBERATING,
    DEMAND_NOUNS,
    DEMAND_VERBS,
    DEVELOPING_VERBS,
    DISAGREEING,
    DISMISSAL_WORDS,
    DISMISSING,
    DIVIDE_VERBS,
    DOCUMENT_NOUNS,
    DOWNSIDES,
    DRAWING_VERBS,
    DRIFTING,
    ENDING_VERBS,
    ERA_NOUNS,
    EXAMPLE_NOUNS,
    EXAMPLE_PREPS,
    EXPECTATION_NOUNS,
    FAVOUR_NOUNS,
    FEAR_NOUNS,
    FEARING,
    FOUNDED_AIMS,
    FOUNDING_VERBS,
    GATEWAYS,
    GOING_VERBS,
    GOVERNED_PREPS,
    HARM_VERBS,
    HOPE_NOUNS,
    IMPACT_NOUNS,
    INSTANCE_NOUNS,
    INVESTEE_NOUNS,
    KEEP_LIKE,
    KIND_WORDS,
    LABELLING_NOUNS,
    LAUNCH_NOUNS,
    LAUNCHING,
    LAW_NOUNS,
    LEAVING_VERBS,
    LICENCES,
    LIKENING,
    LIST_CLOSERS,
    LIST_ITEM_NOUNS,
    LIST_ITEM_WORDS,
    LIST_JOINERS,
    MADE_DOCUMENTS,
    MAKER_NOUN_PREPS,
    MAKER_PREPS,
    MAKER_TYPES,
    MAKER_VERBS,
    MAKER_WORDS,
    MAKING_NOUNS,
    MAKING_VERBS,
    MENTION_VERBS,
    METHOD_NOUNS,
    MIRRORING,
    MODAL_DEMANDS,
    NAMING_PARTICIPLES,
    NAMING_VERBS,
    NEARNESS_WORDS,
    NEGATIVE,
    NEW_WORDS,
    NUMBER_WORDS,
    OFFERINGS,
    ONLY_WORDS,
    OPEN_SOURCE_PEOPLE,
    OPENING_VERB_FORMS,
    ORG_NOUNS,
    ORIGIN_VERBS,
    ORIGIN_WORDS,
    OTHERS_NOUNS,
    OWNED_THINGS,
    OWNED_WAYS,
    PAR_WORDS,
    PARTISANS,
    PARTNER_PREPS,
    PLACE_PREPS,
    PLAN_DROPPING,
    POSITIVE,
    POSTING_VERBS,
    PRACTICE,
    PRAISING_VERBS,
    PRESENTING_VERBS,
    PRETENDING,
    PURSUING_VERBS,
    RANKED,
    RANKING_PREPS,
    REBUFFS,
    REFLEXIVES,
    REFUSALS,
    REPORTING,
    REQUEST_VERBS,
    RESTRAINTS,
    RETURN_VERBS,
    RIVAL_NOUNS,
    ROUT_VERBS,
    RULE_NOUNS,
    RUNNING_VERBS,
    SAMENESS,
    SHIFT_NOUNS,
    SIDE_MODIFIERS,
    SPEAKING_OF,
    SPEECH_KINDS,
    STANDING_NOUNS,
    STANDING_PREPS,
    STATED_DEPS,
    STRIVING_NOUNS,
    STUDY_VERBS,
    SUBJECT_DEPS,
    TIME_PREPS,
    TOPIC_NOUNS,
    TOPIC_PREPS,
    TOPIC_VERBS,
    UPSIDES,
    USE_VERBS,
    VERB_MARKERS,
    VERSION_NOUNS,
    VERSUS,
    WANTING,
    WARNING_VERBS,
    WEIGHING_VERBS,
    WELCOMES,
    WORRYING_THINGS,
    flip,
)
from bot.understanding.names import words as name_words
from bot.understanding.nlp import Cue, controlled_object, ends_set_aside, set_aside_prep
from bot.understanding.polarity import (
    EQUATING,
    RESTRAINING,
    against_idiom,
    analogue_preps,
    burdened,
    but_between,
    cause_of,
    charge_token,
    contrast_words,
    dealt_blow,
    embedded_wish,
    harm_to,
    harm_verb,
    harmed,
    is_negative,
    judged,
    left_behind_mark,
    less_of,
    likened_to_worry,
    measuring,
    negated_verb,
    not_only,
    polarity,
    refused,
    rules_judged,
    set_off_after,
    short_of,
    yet_to,
)

# How far each rule's evidence goes on its own (1.0: stated outright by the holder).
# the rules that read the writer's likening or contrasting ("unlike X", "like X"): weak, but
# of players named outright
LIKENESS_RULES = ("unlike", "like")

RULE_STRENGTH = {
    "quoted": 1.0,
    "partisan": 1.0,
    "said": 1.0,
    "advocated": 1.0,
    "advocacy_noun": 0.9,
    "standing": 0.7,
    "sentence_speaker": 0.9,
    "interview": 0.9,
    "clause_subject": 0.8,
    "described": 0.7,
    "released_object": 0.7,
    "made_by": 0.7,
    "relative_clause": 0.7,
    "unnamed_subject": 0.6,
    "owner": 0.6,
    "accused": 0.6,
    "praised": 0.6,
    "signatory": 0.7,
    "founder": 0.6,
    "leader": 0.6,  # the leader of a campaigning body (X, director of the pro-open Y)
    "examples": 0.6,
    "likewise": 0.6,
    "reacted": 0.6,
    "named_document": 0.6,
    "unattributed": 0.5,
    "sentence_subject": 0.5,
    "return_demand": 0.7,
    "appositive": 0.7,
    "unlike": 0.4,
    "like": 0.4,
    "critics": 0.7,
    "named_beside": 0.2,  # a lean, shown as unsure (beside.py)
}


@dataclass
class Found:
    """One position taken from one cue, with the rule that found it."""

    holder: str | None
    side: str
    kind: str
    sent_index: int
    sent_text: str
    weight: float
    rule: str = ""
    at: int = 0  # the cue's first token: which of a sentence's cues came first


@dataclass
class Frame:
    """One cue in its sentence, and what the rules found for it so far."""

    holders: Holders
    cue: Cue
    root: Token
    path: list[Token]
    sent: Span
    sent_index: int
    text: str
    found: list[Found] = field(default_factory=list)
    owners_done: set[str] = field(default_factory=set)
    demanded: set[str] = field(default_factory=set)  # asked to go back to a side
    speech_found: bool = False
    unnamed_speech: bool = False
    practice_found: bool = False
    done: bool = False
    voices: dict[str, set[str]] = field(default_factory=dict)
    voiced_at: dict[str, int] = field(default_factory=dict)  # a document's first side, where
    acts: dict[tuple[str, int], set[str]] = field(default_factory=dict)
    misread: bool = False  # "liability to open source developers" parsed as "to open"
    other_side: frozenset[int] = frozenset()  # the tokens of the sentence's other-side cues

    def add(self, keys: list[str] | None, side: str, kind: str, rule: str, weight: float = 0.0):
        for key in keys or []:
            strength = weight or RULE_STRENGTH[rule]
            at = self.cue.start
            self.found.append(
                Found(key, side, kind, self.sent_index, self.text, strength, rule, at)
            )

    def side_to(self, depth: int, act: bool = False, judge: bool | None = None) -> str:
        """The cue's side as seen from the path up to `depth` (inclusive); `act` when the verb
        at `depth` is the holder's own, `judge` whether a judgement of the cue's noun counts
        (see `polarity`)."""
        sign = polarity(self.cue, self.path[: depth + 1], act, judge)
        return self.cue.side if sign > 0 else flip(self.cue.side)

    def in_cue(self, tok: Token) -> bool:
        return self.cue.start <= tok.i < self.cue.end


Rule = Callable[[Frame], None]


# -- what the cue describes ------------------------------------------------------------------


def described_tokens(frame: Frame) -> list[Token]:
    """Tokens the cue describes: its noun (with the names inside it and beside it), and for a
    predicate ("which is open"), the subject or the relative clause's antecedent."""
    root = frame.root
    tok = cue_noun(root)
    for _ in range(2):  # "the closed-source billion-parameter model X": up to the noun itself
        if tok.dep_ in ("compound", "nmod") and tok.head.pos_ == "NOUN" and tok.i < tok.head.i:
            tok = tok.head
    # "a suite (family, series) of open models": the collection is what is named or predicated;
    # "X, one of the largest open models": the one is X
    inner = tok
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and (
            tok.head.head.lemma_ in COLLECTIONS
            or tok.head.head.lemma_ in INSTANCE_NOUNS
            or tok.head.head.lower_ == "one"
            or tok.head.head.lower_ in NUMBER_WORDS  # "A and B, two of the top open models"
        )
    ):
        tok = tok.head.head
    if tok.lemma_ in RANKINGS:  # "an open-model leaderboard": a table, and its owner, rank
        return []  # open models and are none themselves
    if tok.lemma_ in ("nature", "character"):  # "the closed nature of the models": the models
        tok = next((g for c in tok.children if c.lower_ == "of" for g in c.children), tok)
    heads = [tok, *examples(tok), *bare_conjuncts(frame, tok), *introduced(tok)]
    heads += named_next(frame, tok)
    heads += examples_before(frame, tok) + parenthetical_after(tok) + opened_object(frame)
    heads += dashed_names_after(tok) + first_since(frame, tok) + launched_with(frame, tok)
    heads += listed_after_colon(tok) + listed_before(frame, tok) + counted_members(frame, tok)
    if inner is not tok:  # "a family of open models called X": the name on the members' noun
        heads += [g for c in inner.children for g in names_given(c)]
    heads += bearer(tok) + named_as(tok) + titled_name(frame)
    if tok.lower_ in RELEASE_NOUNS and release_stands(frame):
        # "welcomed the release of X's weights": the weights, and so X ("halted the release
        # of its weights" released nothing)
        heads += [g for g in objects_of(tok, "of") if g.lower_ in WEIGHT_WORDS]
        # "praised the open release of X": the model released ("of X's weights": X above);
        # only a release reacted to or judged, not one called for, weighed or ruled out
        if release_reacted_to(tok):
            heads += [g for g in objects_of(tok, "of") if released_model(frame, g)]
    if (
        tok.dep_ == "appos"
        and not any(c.lemma_ in RIVAL_NOUNS for c in tok.children)
        and not past_closing_dash(tok.head, tok)
    ):
        heads.append(tok.head)  # "Qwen, an open-weight model" ("X, rival closed systems": foils)
        counted = any(
            c.dep_ == "nummod" and NUMBER_WORDS.get(c.lower_, 0) > 1 for c in tok.children
        )
        if tok.lower_ in NUMBER_WORDS or counted:  # "A and B, two (open) ...": the whole list
            heads += frame.holders.conjuncts(first_conjunct(tok.head))
    elif (listed := counted_aside(tok)) is not None:
        # "A and B – two of the most capable closed models –": the parser hangs the count on
        # the last name as its number, or on the verb as a second object; set off by a dash
        # or comma it describes the whole list, when it names as many models as the count
        members = frame.holders.conjuncts(first_conjunct(listed))
        if as_many(frame.holders, members, NUMBER_WORDS[tok.lower_]):
            heads += members
    if root.pos_ == "VERB":  # "Falcon models can be downloaded": the noun inside the cue
        inside = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and frame.in_cue(c)]
        heads += inside + [m for c in inside for m in model_of_parts(frame, c)]
    verb = predicate_verb(root, tok)
    if verb is not None:  # "were open once and are closed today, like the ones from X"
        heads += examples(verb)
    if verb is not None and verb.dep_ == "conj" and not subject_of(verb):
        verb = verb.head  # "systems that used to be open and are closed today": one subject
    if verb is not None:  # "Android, which is open", "Gemma is an open model"
        if verb.dep_ == "relcl" and not past_origin(verb):
            heads.append(verb.head)
            heads.extend(examples(verb.head))  # "models that are closed, such as A's"
        for subj in subjects_or_stray(frame, verb):
            subj = main_subject_for(subj, verb)
            heads.extend(frame.holders.conjuncts(subj))
            heads.extend(examples(subj))  # "programs such as A and B are open source"
            for whole in (g for p in subj.children if p.lower_ == "of" for g in p.children):
                heads.extend(examples(whole))  # "a handful of models, such as A, are open"
            # "the weights of X are available", "the models and source code of X are ..."
            parts = [subj, *(c for c in subj.children if c.dep_ == "conj")]
            heads.extend(w for part in parts for w in whose_weights(part))
            heads.extend(model_of_parts(frame, subj))  # "X is out. Its weights are public"
        heads.extend(likewise(frame.holders, verb))
        heads.extend(controlled_object(verb))
    out: list[Token] = []
    for head in heads:
        stack = [head]
        while stack:
            t = stack.pop()
            out.append(t)
            for child in t.children:
                if child.dep_ in ("compound", "amod", "nmod") and t.lemma_ in RIVAL_NOUNS:
                    continue  # "ChatGPT rival Grok": the rival named is not described
                if other_sided_appos(child, frame.other_side):
                    continue  # "its closed model, a partnership for open AI": the other side's
                if (
                    child.dep_ in ("compound", "nmod", "appos", "npadvmod")
                    or (
                        child.dep_ == "conj"
                        # "A, B and C" parsed "A, (B and C)"; "the A, B and C open models"
                        # with the list hung on the noun as a name modifier
                        and (t.dep_ == "appos" or (t.dep_ == "nmod" and t.pos_ == "PROPN"))
                    )
                    or (
                        child.dep_ == "amod"
                        and child.i in frame.holders.token_player
                        # ("A and B" with A hung on B as a modifier: both names, one list)
                        and (not coordinated_apart(child, t) or t.i in frame.holders.token_player)
                    )
                ):
                    stack.append(child)
                else:
                    stack.extend(names_given(child))
    return out


# nouns that describe an organisation written before its name ("open-source AI startup X"):
# names.json's, and the kinds of AI business; not "rival" ("ChatGPT rival Grok": a foil)
DESCRIPTOR_WORDS = (name_words()["descriptor_nouns"] - {"rival"}) | {
    "lab", "giant", "maker", "developer", "platform", "provider", "vendor", "specialist",
    "outfit", "champion", "pioneer",
}  # fmt: skip


def titled_name(frame: Frame) -> list[Token]:
    """'open-source AI startup X', 'closed-model maker Y': a descriptor noun written right
    after the cue and right before an organisation's name, as a title is, describes that
    organisation. Read from the words: the parser often takes the noun for a verb."""
    doc = frame.root.doc
    if frame.cue.start and doc[frame.cue.start - 1].lower_ in FORMER_WORDS:
        return []  # "former open-source AI startup X": what it was, not what it is
    for i in range(frame.cue.end, min(frame.cue.end + 5, len(doc) - 1)):
        word = doc[i]
        if word.lower_ in DESCRIPTOR_WORDS:
            if doc[i + 1].lower_ in DESCRIPTOR_WORDS:
                continue  # "open-source AI platform provider X": the title's last noun
            key = frame.holders.token_player.get(i + 1)
            if key is None or frame.holders.players[key].type != "ORG":
                return []
            return [doc[i + 1]]
        if not (word.is_alpha or word.text == "-") or word.pos_ in ("DET", "ADP", "VERB", "AUX"):
            return []  # only the words of one title: "open-source AI startup"
    return []


# the things a plural "they" may stand for: tools, products, models
THING_NOUNS = {"tool", "app", "chatbot", "assistant", "service", "offering", "product", "model"}


def main_subject_for(pronoun: Token, verb: Token) -> Token:
    """'X's tools were shelved because they were closed source': a "they" subject of a clause
    hung on the main one stands for the main clause's plural noun subject (the pronoun itself
    otherwise, for the usual look back)."""
    if pronoun.lower_ != "they" or verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i:
        return pronoun
    main = subject_of(verb.head)
    if main is None or main.tag_ != "NNS" or main.pos_ != "NOUN":
        return pronoun
    # things, not people: "X's engineers tested Y's models since they are open" is no case
    return main if main.lemma_ in THING_NOUNS or main.lower_ in TECH_NOUN_SET else pronoun


def subjects_or_stray(frame: Frame, verb: Token) -> list[Token]:
    """A predicate's subjects; for a root copula the parser left without one ("Domestically,
    A, B and C are open source" with the names hung on the adverb), the names that open the
    sentence before it."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if found or verb.dep_ != "ROOT" or verb.lemma_ != "be":
        return found
    if any(c.dep_ in ("expl", "csubj") for c in verb.children) or verb.sent[-1].text == "?":
        return []  # "there are ...", "what worries X is ...", a question: no subject was lost
    return frame.holders.names_before(verb)


def subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def names_given(participle: Token) -> list[Token]:
    """'(models) called X', '(a series) named Y': the name a participle of naming gives the
    noun it hangs on; [] for any other token."""
    if participle.dep_ != "acl" or participle.lemma_ not in NAMING_VERBS:
        return []
    return [g for g in participle.children if g.dep_ in ("oprd", "dobj", "attr")]


WEIGHT_WORDS = {*WEIGHT_PARTS, "code"}
RELEASE_NOUNS = {"release", "publication", "publishing", "upload", "sharing"}


def release_stands(frame: Frame) -> bool:
    """Whether the clause a release noun sits in leaves the release done: nothing on the way
    to the clause's verb turns it ("halted the release", "did not allow the release")."""
    verb = next((k for k, t in enumerate(frame.path) if t.pos_ in ("VERB", "AUX")), None)
    return verb is None or frame.side_to(verb, act=True) == frame.cue.side


def whose_weights(noun: Token) -> list[Token]:
    """'the weights of X and Y', 'the weights for X': the models whose weights they are."""
    if noun.lower_ not in WEIGHT_WORDS:
        return []
    return objects_of(noun, "of") + objects_of(noun, "for") + weights_for(noun)


# verbs that react to a release done: "praised (followed, criticised) the release of X"
REACTING_VERBS = {
    "praise", "welcome", "hail", "applaud", "celebrate", "follow", "criticize", "criticise",
    "condemn", "slam", "mark", "greet",
}  # fmt: skip


def release_reacted_to(release: Token) -> bool:
    """A release the sentence treats as done: reacted to, or judged as a subject ("the open
    release of X was reckless")."""
    if release.dep_ in ("nsubj", "nsubjpass"):
        return release.head.lemma_ == "be" and release.head.tag_ in ("VBD", "VBZ")
    return release.dep_ == "dobj" and release.head.lemma_ in REACTING_VERBS


def released_model(frame: Frame, tok: Token) -> bool:
    """A model named as what a release releases ("the open release of X")."""
    key = frame.holders.player_at(tok)
    return key is not None and frame.holders.players[key].type == "PRODUCT"


def model_named(tok: Token) -> bool:
    """A model's name or a model word ("its new X model"), not "download" or "researchers"."""
    return tok.ent_type_ == "PRODUCT" or tok.lower_ in MODEL_NOUNS


def model_of_parts(frame: Frame, noun: Token) -> list[Token]:
    """The last mention of the model whose parts the subject names (`Holders.model_of_parts`),
    as a token the described reading can walk from."""
    h = frame.holders
    keys = h.model_of_parts(noun)
    starts = [m.start for k in keys for m in h.players[k].mentions if m.start < noun.i]
    return [noun.doc[max(starts)]] if starts else []


def weights_for(noun: Token) -> list[Token]:
    """'released the weights for X under ...': the "for" the parser hung on the verb, right
    after the weights, still names whose weights they are."""
    if noun.lower_ not in WEIGHT_WORDS or noun.right_edge.i + 2 >= len(noun.doc):
        return []
    after = noun.doc[noun.right_edge.i + 1]
    if after.lower_ in ("available", "public") and after.nbor(1).lower_ == "for":
        # "not making any weights public for X, its newest model": the "for" on the adjective
        return [g for g in after.nbor(1).children if g.dep_ == "pobj" and model_named(g)]
    # "the code and weights for X": the list's first member is what hangs on the verb
    if after.lower_ not in ("of", "for") or after.head.i != first_conjunct(noun).head.i:
        return []
    return [g for g in after.children if g.dep_ == "pobj"]


def other_sided_appos(child: Token, other_side: frozenset[int]) -> bool:
    """An apposition holding a cue of the other side ("..., a proprietary assistant"); a
    verb the parser hung on it as a conjunct ("X, and building a closed model") is a clause
    of its own, not part of the apposition."""
    if child.dep_ != "appos":
        return False
    clauses = [c for c in child.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    apart = {g.i for c in clauses for g in c.subtree}
    return any(g.i in other_side and g.i not in apart for g in child.subtree)


def described_otherwise(tok: Token, other_side: frozenset[int]) -> bool:
    """'..., and Lumen, a proprietary assistant': a name its own apposition gives the other
    side."""
    return any(other_sided_appos(c, other_side) for c in tok.children)


def named_as(noun: Token) -> list[Token]:
    """'The best-known open model is Nimbus 3', 'an example of an open model is Nimbus', 'one
    with open weights is Nimbus': the name a copula gives the described subject."""
    subject = noun
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "with"):
        subject = noun.head.head if noun.head.head.lemma_ in EXAMPLE_NOUNS else noun
    if subject.dep_ != "nsubj" or subject.head.lemma_ != "be":
        return []
    if negated_verb(subject.head):
        return []  # "the best open model is not Nimbus"
    names = [c for c in subject.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"]
    return [t for name in names for t in (name, *name.conjuncts)]


def bearer(noun: Token) -> list[Token]:
    """'Kestrel, a small model with open weights': the thing that has the open (or closed)
    weights, and what it is set beside, is described too."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return []
    owner = noun.head.head
    # (any noun that describes a name: "X, a sparse mixture of experts with open weights")
    named = owner.dep_ == "appos" and (owner.head.pos_ == "PROPN" or bool(owner.head.ent_type_))
    if owner.pos_ != "PROPN" and owner.lemma_.lower() not in BEARERS and not named:
        return []  # "talks with open-source groups" are no model with open weights
    return [owner, *examples(owner)] + ([owner.head] if owner.dep_ == "appos" else [])


def opened_object(frame: Frame) -> list[Token]:
    """'chose to open-source its Acme models', 'open-sourced the weights of Zeta': what the
    verb "open-source" acts on. The parser rarely reads that verb as one, so the words decide:
    a verb form, or the base form after "to" or an auxiliary, then a determiner or a name."""
    doc = frame.root.doc
    words = "".join(t.lower_ for t in doc[frame.cue.start : frame.cue.end])
    if words not in OPENING_VERB_FORMS or frame.cue.end >= len(doc):
        return []
    before = doc[frame.cue.start - 1].lower_ if frame.cue.start else ""
    after = doc[frame.cue.end]
    verbal = words != "open-source" or before in VERB_MARKERS
    if not verbal or not (after.pos_ in ("DET", "PROPN") or after.tag_ == "PRP$"):
        return []
    if any(
        t.lower_ in ("whether", "if") for t in doc[max(0, frame.cue.start - 3) : frame.cue.start]
    ):
        return []  # "weighing whether to open-source it": undecided
    out: list[Token] = []
    for t in doc[frame.cue.end : min(len(doc), frame.cue.end + 10)]:
        if t.is_punct or t.pos_ in ("VERB", "AUX", "CCONJ") or t.lower_ in ("to", "as", "under"):
            break
        if t.pos_ == "ADP" and t.lower_ != "of":
            break  # "open-sources X amid Y's rivalry": Y is the setting, not the object
        out.append(t)  # the object's words ("the weights of Zeta")
    return out


def listed_after_colon(noun: Token) -> list[Token]:
    """'unveiled a crop of open-source releases: A (agents), B (robots) and C': the names a
    colon lists right after the cue's phrase, to the end of the sentence (what is in
    brackets only says what each is for). None if a clause follows the colon. A time between
    the phrase and the colon ("released open models this year: A, B and C") is passed over,
    and a list the parser hung on the noun ends the phrase at the colon."""
    doc = noun.doc
    at = noun.i + 1
    while at < noun.sent.end and doc[at].ent_type_ in ("DATE", "TIME"):
        at += 1
    if at < len(doc) and doc[at].text != ":":
        at = noun.right_edge.i + 1
    if at >= len(doc) or doc[at].text != ":" or noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return []
    out: list[Token] = []
    depth = 0
    for t in doc[at + 1 : noun.sent.end]:
        depth += (t.text == "(") - (t.text == ")")
        if depth or t.text in ("(", ")"):
            continue
        if t.tag_ in ("VBZ", "VBP", "VBD", "MD"):
            return []  # "...: the company says they are safe"
        if t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PRODUCT"):
            out.append(t)
    return out


def bracket_after_phrase(noun: Token) -> int:
    """Where a parenthesis opens right after a noun's participle phrase ("models built in
    Europe (A and B)"), before any comma or verb of the clause; else past the doc."""
    doc = noun.doc
    for t in doc[noun.i + 1 : min(len(doc), noun.right_edge.i + 2)]:
        if t.text == "(":
            return t.i
        if t.text in (",", ";", ":") or (t.pos_ in ("VERB", "AUX") and t.dep_ != "acl"):
            break
    return len(doc)


def parenthetical_after(noun: Token) -> list[Token]:
    """'models under permissive licences (A, B and C; D)': the names in a parenthesis right
    after the cue's phrase are its examples (a bounded look: a parenthesis is short)."""
    doc = noun.doc
    at = noun.i + 1
    if at < len(doc) and doc[at].text != "(" and any(c.dep_ == "acl" for c in noun.children):
        at = bracket_after_phrase(noun)  # "the proprietary models dominating the market (A, B)"
    if at >= len(doc) or doc[at].text != "(":
        return []
    out: list[Token] = []
    for t in doc[at + 1 : min(len(doc), at + 40)]:
        if t.text == ")":
            return out
        if not t.is_punct:
            out.append(t)  # the players among them are described (a product or a maker)
    return []


def first_since(frame: Frame, noun: Token) -> list[Token]:
    """'its first open-weight model since X', 'the first open release since X': X was one too.
    The "since" may hang on the noun or on the verb the noun is the object of. Only a model
    ("first open model since Acme": a company, a time), and not one the sentence gives the
    other side ("since the closed X")."""
    if not any(c.lower_ == "first" for c in noun.children):
        return []
    since = objects_of(noun, "since")
    if not since and noun.dep_ == "dobj":
        since = objects_of(noun.head, "since")
    names = [c for t in since if t.pos_ == "PROPN" for c in (t, *t.conjuncts)]
    return [t for t in names if own_product(frame, t)]


def own_product(frame: Frame, tok: Token) -> bool:
    """A product's name the sentence's other side does not describe ("the closed X")."""
    key = frame.holders.player_at(tok)
    if key is None or frame.holders.players[key].type != "PRODUCT":
        return False
    if any(c.dep_ in ("poss", "relcl") for c in tok.children):
        return False  # "since Nimbus's X", "since X, which Nimbus built": another's, a time
    other = SIDE_MODIFIERS["closed" if frame.cue.side == "open" else "open"]
    return not any(t.i in frame.other_side or t.lower_ in other for t in tok.subtree)


def launched_with(frame: Frame, noun: Token) -> list[Token]:
    """'unveiled its first open model with the release (launch) of X and Y': the models the
    release names are the model the verb's object describes. Only a verb of making or
    launching ("ended (replaced, matched) its open model with the launch of X" sets X against
    it), and not a model the sentence gives the other side ("X, which is closed")."""
    if noun.dep_ != "dobj" or noun.lower_ not in MODEL_NOUNS:
        return []
    if noun.head.lemma_ not in MAKER_VERBS or negated_verb(noun.head):
        return []
    events = [g for g in objects_of(noun.head, "with") if g.lemma_ in LAUNCH_NOUNS]
    named = [c for e in events for t in objects_of(e, "of") for c in (t, *t.conjuncts)]
    # ("the release of A and B" with B read as a second release: B is named all the same)
    named += [c for e in events for c in e.conjuncts if c.lemma_ not in LAUNCH_NOUNS]
    return [t for t in named if own_product(frame, t)]


def dashed_names_after(noun: Token) -> list[Token]:
    """'the closed models that became household names — A's X or B —': a list of names set
    off by dashes within the noun's phrase names its examples, however the parser hangs it.
    Only names: an aside with a verb or a common noun says something else."""
    doc = noun.doc
    dashes = [t.i for t in doc[noun.i + 1 : noun.sent.end] if t.text in DASHES]
    if len(dashes) < 2:
        return []
    # right after the noun, or after its relative clause ("that became household names —"),
    # not after another noun of its phrase ("models used by two banks — A and B —")
    before = dashes[0] - 1
    relative = {t.i for c in noun.children if c.dep_ == "relcl" for t in c.subtree}
    if before != noun.i and before not in relative:
        return []
    aside = doc[dashes[0] + 1 : dashes[1]]
    names = [t for t in aside if t.pos_ == "PROPN" or t.ent_type_]
    listed = all(
        t in names or t.lower_ in LIST_JOINERS or t.tag_ == "POS" or maker_word(t) for t in aside
    )
    return names if listed else []


def maker_word(tok: Token) -> bool:
    """'-maker' in "ChatGPT-maker A": a hyphened word that says whose product comes before."""
    return tok.text == "-" or (tok.lower_ in MAKER_WORDS and tok.i and tok.nbor(-1).text == "-")


def examples_before(frame: Frame, noun: Token) -> list[Token]:
    """'models like A or B underpin chatbots, yet the closed nature of the models ...': "the
    models" are the examples the same noun listed earlier in the sentence or the one before."""
    if (
        noun.tag_ != "NNS"
        or examples(noun)
        or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)
    ):
        return []
    # this sentence, or the one before ("Models like A or B ... The closed nature of the
    # models means ...")
    h = frame.holders
    start = h.sents[frame.sent_index - 1].start if frame.sent_index else frame.sent.start
    before = [
        t
        for t in frame.sent.doc[start : noun.i]
        if t.lemma_ == noun.lemma_ and t.tag_ == "NNS" and examples(t)
    ]
    return examples(before[-1]) if before else []


def introduced(noun: Token) -> list[Token]:
    """'unveiled its first open-weight models, introducing A and B': the products a
    participle after the verb names are the models the cue describes."""
    if noun.dep_ != "dobj":
        return []
    clauses = [
        c
        for c in noun.head.children
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ in NAMING_PARTICIPLES
    ]
    return names_from([g for c in clauses for g in c.children if g.dep_ in ("dobj", "conj")])


def named_next(frame: Frame, noun: Token) -> list[Token]:
    """'X built an open model last year. The new model, Vega Think, ...': a model introduced
    unnamed ("an open model") is the one the next sentence names in apposition to "the (new)
    model"."""
    if noun.lower_ not in ("model", "system") or noun.tag_ != "NN":
        return []
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return []
    # only a model made or put out, plainly ("has released an open model"; not wanted,
    # refused, feared, planned or denied: "declined to release an open model")
    verb = noun.head
    if noun.dep_ != "dobj" or not (verb.lemma_ in MAKING_VERBS or verb.lemma_ in LAUNCHING):
        return []
    if verb.dep_ not in ("ROOT", "conj") or negated_verb(verb) or has_modal(verb):
        return []
    if any(
        c.dep_ in ("appos", "acl") or c.pos_ == "PROPN" for c in noun.children if c.lower_ != "ai"
    ):
        return []  # named already ("an open model called X", "an open model, X")
    h = frame.holders
    if frame.sent_index + 1 >= len(h.sents):
        return []
    return named_at_start(h, h.sents[frame.sent_index + 1], noun.lemma_)


def named_at_start(h: Holders, sent: Span, lemma: str) -> list[Token]:
    """The product named in apposition to a bare "the (new) model" opening a sentence (not
    "the Osprey model", another's, nor "the new model, Dana Reyes", a person)."""
    for t in sent[:4]:
        if t.lemma_ != lemma or not any(c.lower_ == "the" for c in t.children):
            continue
        others = [c for c in t.children if c.dep_ not in ("det", "appos", "punct")]
        if any(c.lower_ not in NEW_WORDS for c in others):
            return []
        named = names_from([c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"])
        return [n for n in named if (k := h.player_at(n)) and h.players[k].type == "PRODUCT"]
    return []


def names_from(starts: list[Token]) -> list[Token]:
    """The tokens of the names listed from `starts` (their conjuncts, appositions and name
    parts), not what their own clauses say of them."""
    out: list[Token] = []
    stack = list(starts)
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ in NAME_DEPS)
        if t.lower_ in ("those", "that", "ones"):  # "like those of OpenAI": OpenAI's
            of = [g for c in t.children if c.lower_ in ("of", "from", "by") for g in c.children]
            # "such as those provided (offered, made) by OpenAI"
            acls = [c for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN"]
            of += [g for c in acls for a in c.children if a.dep_ == "agent" for g in a.children]
            stack.extend(g for g in of if g.dep_ == "pobj")
    return out


NAME_DEPS = ("conj", "appos", "nmod", "compound", "nummod")


def left_behind(noun: Token) -> bool:
    """'deviating from its open-source ethos', 'abandoned its open roots', 'slowed its own
    open-source engine': what its owner had and has left or harms."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("from", "beyond", "past"):
        # ("has moved beyond its open-source roots": past them, not still there; not a move
        # denied, "has not moved beyond")
        verb = head.head.head if head.head.lower_ == "away" else head.head
        return verb.lemma_ in AWAY_VERBS and not (head.lower_ != "from" and negated_verb(verb))
    if left_behind_mark(noun) is not None:
        return not negated_verb(head)  # "has left its proprietary past behind" (not "never")
    # "scaled back (walked back, ended) its open-source efforts": left behind too
    # (not "dropped its new open model": a release, in news slang)
    ended = (head.lemma_ in ENDING_VERBS and head.lemma_ != "drop") or against_idiom(head)
    # "by slowing down its own open-source engine": a harm done to one's own
    own_harm = head.lemma_ in HARM_VERBS and any(c.lower_ == "own" for c in noun.children)
    if negated_verb(head):
        return False  # "has not abandoned (neglected) its open-source roots": still there
    return noun.dep_ == "dobj" and (head.lemma_ in LEAVING_VERBS or ended or own_harm)


def likewise(h: Holders, verb: Token) -> list[Token]:
    """'X is open, as is Y', 'X is open source, and so is Y': the subject of a bare "as is" or
    "so is" after the predicate shares it."""
    out: list[Token] = []
    for clause in verb.children:
        if clause.lemma_ not in ("be", "do") or clause.dep_ not in ("advcl", "conj"):
            continue
        words = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
        if ("as" if clause.dep_ == "advcl" else "so") not in words:
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:  # "and so is Y", Y parsed as the predicate
            subjects = [c for c in clause.children if c.dep_ in ("attr", "acomp")]
            if len(subjects) != 1 or h.player_at(subjects[0]) is None:
                continue
        rest = [c for c in clause.children if c.dep_ in ("attr", "acomp", "dobj", "neg")]
        if [c for c in rest if c not in subjects]:
            continue  # "as is its rival, a closed model": its own predicate
        out += subjects
    return out


def contrasted(verb: Token) -> list[tuple[Token, bool]]:
    """'X is open source, but Y is not', '..., while Y isn't': the subject of a bare negated
    "is" after the predicate holds the other side; after "X is not open, and neither is Y", Y
    holds X's (each with True when it shares X's side)."""
    out: list[tuple[Token, bool]] = []
    for clause in verb.children:
        if clause.lemma_ not in ("be", "do") or clause.dep_ not in ("advcl", "conj"):
            continue
        words = {c.lower_ for c in clause.children}
        if not words & {"not", "n't", "neither", "nor"}:
            continue
        if any(c.dep_ in ("attr", "acomp", "dobj", "xcomp", "ccomp") for c in clause.children):
            continue  # "but Y is not a model": its own predicate
        same = bool(words & {"neither", "nor"})
        out += [(c, same) for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return out


def coordinated_apart(name: Token, noun: Token) -> bool:
    """'labs such as A and open groups such as B', A misparsed as a modifier of "groups": a
    conjunction between a name and the noun it seems to modify sets them apart."""
    low, high = sorted((name.i, noun.i))
    return any(t.dep_ == "cc" for t in name.doc[low + 1 : high])


def bare_conjuncts(frame: Frame, tok: Token) -> list[Token]:
    """'open-source A, B and C': the names listed after a described name, when they carry no
    words of their own ("open A and closed B" is two descriptions)."""
    if tok.pos_ != "PROPN" or frame.holders.player_at(tok) is None:
        return []
    out: list[Token] = []
    for conj in frame.holders.conjuncts(tok)[1:]:
        if any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in conj.children):
            break  # its own description: the list of bare names ends here
        out.append(conj)
    return out


def counted_members(frame: Frame, tok: Token) -> list[Token]:
    """'open-sourced two new models, A and B': the names a counted model noun is spelled out
    as, which the parser hangs on it as a list. Only as many names as the count, all of them
    players: "two models and Acme's backing" lists no members."""
    count = next((NUMBER_WORDS.get(c.lower_, 0) for c in tok.children if c.dep_ == "nummod"), 0)
    if not count or tok.lower_ not in MODEL_NOUNS or not tok.lower_.endswith("s"):
        return []
    names = frame.holders.conjuncts(tok)[1:]
    spelled = [c for c in tok.children if c.dep_ == "appos"]
    if not names and spelled:  # "three models, A, B and C": the list hung as an apposition
        names = frame.holders.conjuncts(spelled[0])
    after_comma = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ","
    if not after_comma or len(names) != count:
        return []
    if any(n.pos_ != "PROPN" or frame.holders.player_at(n) is None for n in names):
        return []
    return names


def counted_aside(tok: Token) -> Token | None:
    """'A and B – two of the priciest proprietary chatbots –': a count word the parser made
    the last name's number (or the verb's second object), though a dash or comma sets it off
    and an "of" phrase follows it; the list it counts. ("Nimbus 2" keeps its number:
    nothing sets it off.)"""
    if tok.lower_ not in NUMBER_WORDS or tok.i < 2:
        return None
    set_off = tok.doc[tok.i - 1].is_punct and tok.doc[tok.i - 1].text != "("
    if not set_off or not any(c.lower_ == "of" for c in tok.children):
        return None
    listed = None
    if tok.dep_ == "nummod" and tok.i > tok.head.i + 1:
        listed = tok.head
    elif tok.dep_ == "dobj":  # "beat A and B – two of ...": the object before it
        listed = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
    return listed


def as_many(h: Holders, members: list[Token], count: int) -> bool:
    """Whether a list names `count` players, or `count` models among its names ("X's A and
    Y's B – two of ..." names X and Y too)."""
    keys = {k for m in members if (k := h.player_at(m))}
    models = {k for k in keys if h.players[k].type == "PRODUCT"}
    return count in (len(keys), len(models))


def listed_before(frame: Frame, tok: Token) -> list[Token]:
    """'beats the A, B and C open models': the parser makes the model noun the list's last
    member; the names before it are the models it describes (only names: "Acme and open
    models" is no list of models)."""
    # "A, B, or another closed model": one more of the kind the names are (the cue before
    # the noun: "any other model, open or closed" names no kind)
    kind = any(c.lower_ == "another" for c in tok.children) or kind_marked(tok)
    one_more = kind and frame.cue.start < tok.i
    if tok.dep_ != "conj" or tok.lower_ not in MODEL_NOUNS:
        return []
    if not (tok.lower_.endswith("s") or one_more):
        return []
    # the names before the noun, from the list's first ("A, B or any other ...": the parser
    # may set B beside A instead of joining it)
    names = [t for t in whole_list(frame.holders, tok) if t.i < tok.i]
    keys = [frame.holders.player_at(n) for n in names]
    if len(names) < 2 or None in keys:
        return []
    if one_more:
        return names
    first = names[0]
    # one definite phrase ("the A, B and C open models"), or models listed as the noun's
    # kind ("A, B and other closed models"; "A, B and closed models" may be alternatives)
    one_phrase = any(c.dep_ == "det" and c.lower_ == "the" for c in first.children)
    return names if one_phrase or kind_marked(tok) else []


def listed_before_noun(h: Holders, noun: Token) -> list[Token]:
    """The names listed before a list's last noun ("A, B and other models": A and B)."""
    return [c for c in h.conjuncts(first_conjunct(noun)) if c.i < noun.i]


def kind_marked(noun: Token) -> bool:
    """'other models', 'similar labs': a noun its words make the kind of what is listed."""
    return any(c.lower_ in KIND_WORDS for c in noun.children)


def cue_noun(root: Token) -> Token:
    """The noun a cue's word modifies ("open" of "open models": the models), else the word."""
    return root.head if root.dep_ in ("amod", "compound", "nmod") else root


def predicate_verb(root: Token, noun: Token) -> Token | None:
    """The copula or verb the cue is predicated through: "is open", "is an open model", "was
    considered among the most open models"."""
    predicate = root if root.dep_ in ("acomp", "oprd", "attr") else noun
    if predicate.dep_ in ("acomp", "oprd", "attr") and predicate.head.pos_ in ("AUX", "VERB"):
        return predicate.head
    among = noun.head
    if noun.dep_ == "pobj" and among.lower_ == "among" and among.head.pos_ in ("AUX", "VERB"):
        return among.head
    if root.dep_ == "prep" and root.lower_ in GATEWAYS and root.head.pos_ in ("AUX", "VERB"):
        # "X's model is available (hosted) only through its API": the only way in (not "also
        # served through its API")
        only = any(c.lower_ in ONLY_WORDS for c in root.children)
        only = only or (root.i > 0 and root.doc[root.i - 1].lower_ in ONLY_WORDS)
        return root.head if only or root.lower_ == "behind" else None
    return None


def examples(noun: Token) -> list[Token]:
    """'open models such as A, B and C', 'closed systems like A', 'open labs include A and
    B': the examples named."""
    listed: list[Token] = []
    preps = list(noun.children)
    # "open source LLMs such as A" with "LLMs" split off as an apposition of "source"
    preps += [g for c in preps if split_model_noun(noun, c) for g in c.children]
    if noun.dep_ == "dobj" and noun.right_edge.i + 1 < len(noun.doc):
        # "beats open flagships like X", the "like" hung on the verb: right after the object
        after = noun.doc[noun.right_edge.i + 1]
        preps += [after] if after.head.i == noun.head.i and after.lower_ == "like" else []
    preps += like_after_comma(noun)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.right_edge.i + 2 < len(noun.doc):
        # "the case of open models, including A and B": "including" hung on the noun before
        # "of", right after the noun's phrase and its comma
        after = noun.doc[noun.right_edge.i + 1 : noun.right_edge.i + 4]
        whole = noun.head.head  # "criticism of ..., such as", never "critics of ..., such as"
        kinds = ("including", "as", "like") if whole.lemma_ in AMOUNT_NOUNS else ("including",)
        preps += [t for t in after if t.lower_ in kinds and t.head.i == whole.i]
    preps += examples_past_a_place(noun) + such_as_after(noun)
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ in EXAMPLE_PREPS:
            if prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.children):
                continue
            listed += [c for c in prep.children if c.dep_ == "pobj"]
            # "models such as X expressing ...": the name parsed into a clause after "as"
            listed += [
                g
                for c in prep.children
                if c.dep_ == "pcomp"
                for g in c.children
                if g.dep_ in ("npadvmod", "nsubj") and g.pos_ == "PROPN" and g.i < c.i
            ]
            listed += listed_words(prep)
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "include":
        listed += [c for c in noun.head.children if c.dep_ == "dobj"]  # "providers include X"
    if listed:  # "models like A and B" with B hung on the noun as its own conjunct
        end = max(t.right_edge.i for t in listed)
        listed += [
            c
            for c in noun.children
            if c.dep_ == "conj"
            and c.pos_ in ("PROPN", "NOUN")
            and c.i == end + 2
            and noun.doc[end + 1].lower_ in ("and", "or")
            # (a "place" with a digit in it is a model the NER misread: "Qwen3")
            and (c.ent_type_ in ("PRODUCT", "ORG") or any(ch.isdigit() for ch in c.text))
        ]
    # "proprietary systems like newer versions of X": the versions are X's
    listed += [g for t in listed if t.lemma_ in VERSION_NOUNS for g in objects_of(t, "of")]
    return names_from(listed + like_read_as_clause(noun))


def split_model_noun(noun: Token, child: Token) -> bool:
    """'open source LLMs': the parser may make "LLMs" an apposition of "source" right after it."""
    return child.dep_ == "appos" and child.i == noun.i + 1 and child.lower_ in MODEL_NOUNS


def like_read_as_clause(noun: Token) -> list[Token]:
    """'closed models like X often lead': the parser reads "like" as a conjunction and the
    name as the verb's second subject; the name right after "like" is still the example."""
    if noun.i + 2 >= len(noun.doc):
        return []
    like, name = noun.doc[noun.i + 1], noun.doc[noun.i + 2]
    if like.lower_ != "like" or like.dep_ != "mark" or name.head.i != like.head.i:
        return []
    # the clause hangs on the noun's verb ("models like X often lead") or on the noun itself
    clause = like.head
    if not ((noun.dep_ == "nsubj" and clause.i == noun.head.i) or clause.head.i == noun.i):
        return []
    return [name] if name.dep_ == "nsubj" and name.pos_ == "PROPN" else []


# nouns before "of" whose examples are examples of what follows "of": an amount, a kind, or
# talk of them ("the number of open models, like X"; not "critics of open models, like X")
AMOUNT_NOUNS = {
    "number", "case", "criticism", "release", "wave", "kind", "type", "set", "range", "family",
    "handful", "lot", "couple", "host", "series", "popularity", "rise", "growth", "spread",
}  # fmt: skip


def like_after_comma(noun: Token) -> list[Token]:
    """'restrict the releases of open models, like X's Y': a "like" right after the noun's
    phrase and its comma, hung by the parser on a verb above the noun, gives the noun's
    examples."""
    doc = noun.doc
    at = noun.right_edge.i + 1
    if at + 1 >= len(doc) or doc[at].text != "," or noun.tag_ != "NNS":
        return []
    after = doc[at + 1]
    above = {a.i for a in noun.ancestors if a.pos_ == "VERB"}  # (not "critics of X, like Y")
    if after.lower_ != "like" or after.head.i not in above:
        return []
    # only a model named ("like X's Y", a product): "opposes open models, like X" compares X
    named = [g for g in after.children if g.dep_ == "pobj"]
    owned = any(c.dep_ == "poss" and c.pos_ == "PROPN" for g in named for c in g.children)
    return [after] if owned or any(g.ent_type_ == "PRODUCT" for g in named) else []


def such_as_after(noun: Token) -> list[Token]:
    """'open models, such as A and B' with "such as" hung elsewhere by the parser (on a name
    earlier in the sentence, say): a plural noun's examples follow it at once (after its
    comma, at most)."""
    doc = noun.doc
    at = noun.right_edge.i + 1
    if at < len(doc) and doc[at].text == ",":
        at += 1
    if noun.tag_ != "NNS" or at + 1 >= len(doc):
        return []
    such, as_ = doc[at], doc[at + 1]
    if such.lower_ != "such" or as_.lower_ != "as" or as_.head.i == noun.i:
        return []
    return [as_]


def past_closing_dash(name: Token, noun: Token) -> bool:
    """'their closed systems—A and B—many open models ...': a noun beyond the dash that
    closes the aside a name stands in is no apposition of it (the parser hangs the rest of
    the sentence there)."""
    sent = name.sent
    before = sum(t.text in DASHES for t in name.doc[sent.start : name.i])
    return before % 2 == 1 and any(t.text in DASHES for t in name.doc[name.i + 1 : noun.i])


def examples_past_a_place(noun: Token) -> list[Token]:
    """'open models developed in the West, such as A's X': "such as" hung on the one place
    the noun's participle names (a place has no examples; "in countries such as France"
    does, and stays with them)."""
    out = []
    for clause in (c for c in noun.children if c.dep_ == "acl"):
        for prep in (c for c in clause.children if c.dep_ == "prep"):
            for place in (g for g in prep.children if g.dep_ == "pobj" and g.tag_ == "NNP"):
                out += [
                    c
                    for c in place.children
                    if c.lower_ == "as"
                    and any(g.lower_ == "such" for g in c.children)
                    and c.i > 0
                    and noun.doc[c.i - 2].text == ","
                ]
    return out


def listed_words(prep: Token) -> list[Token]:
    """'such as the X series from A, the Y family from B, and the Z model from C': the parser
    breaks a long list of examples apart (later items hung as appositions of a maker), so
    the words decide, when the list runs to the end of the sentence or a closing mark: the
    names, their makers after "from" or "by", and collection nouns between commas."""
    names: list[Token] = []
    doc = prep.doc
    for t in doc[prep.i + 1 : prep.sent.end]:
        if t.lower_ == "with" and (
            t.i + 1 >= len(doc) or doc[t.i + 1].lower_ not in ("its", "their")
        ):
            return []  # "compared A, B and C with GPT-4": not "A with its X model"
        if t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PRODUCT"):
            names.append(t)
        elif t.lower_ in LIST_CLOSERS:
            return names
        elif names and t.pos_ in ("VERB", "AUX") and t.lemma_ not in REPORTING:
            return names  # a verb after the names starts the clause they are the subject of
            # (a verb of saying breaks the list off: "such as A, B says, are ...")
        elif not (
            t.lower_ in LIST_ITEM_WORDS
            or t.tag_ == "POS"
            or t.like_num
            or t.lemma_.lower() in LIST_ITEM_NOUNS
        ):
            return []
    return names


def verb_read_as_adjective(frame: Frame) -> bool:
    """'refused to open-source Nimbus', 'no intention of open-sourcing its models' parsed as
    the adjective "open-source" before a noun: a word of the cue is tagged a verb, or it
    follows the infinitive's "to". Whether the thing is open is then what the clauses above
    it say (refused, no plans, decided)."""
    doc = frame.root.doc
    words = doc[frame.cue.start : frame.cue.end]
    after_to = frame.cue.start > 0 and doc[frame.cue.start - 1].tag_ == "TO"
    verb = any(t.tag_ in ("VB", "VBG") for t in words)  # "open" or "sourcing"
    return words[0].lower_ == "open" and (verb or after_to)


def stranded_on_adjective(frame: Frame) -> tuple[list[str], str] | None:
    """'Jane Roe announced Orbit Labs would open-source Quill Chat', parsed with "open" an
    adjective that carries the subject and the modal while the name hangs on "announced":
    the subject does the act (or refuses it, with its own "not")."""
    opener = frame.root.doc[frame.cue.start]
    kids = list(opener.children)
    subjects = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    if opener.lower_ != "open" or opener.dep_ not in ("amod", "compound") or not subjects:
        return None
    if not any(c.dep_ == "aux" for c in kids):
        return None
    keys = frame.holders.resolve(subjects[0]) or []
    side = flip(frame.cue.side) if any(c.dep_ == "neg" for c in kids) else frame.cue.side
    return (keys, side) if keys else None


def asked_misread(frame: Frame) -> bool:
    """'urged Google to open-source Gemini', 'demanded that Google open-source Gemini' parsed
    as "open-source Gemini" (an adjective before a name): a verb of asking just above, with
    the one asked named, makes the act asked, not done."""
    doc = frame.root.doc
    start, end = frame.cue.start, frame.cue.end
    if end >= len(doc) or frame.holders.player_at(doc[end]) is None or start == 0:
        return False
    before = doc[start - 1]
    if before.lower_ in MODAL_DEMANDS:
        return True  # "Google should open-source Gemini"
    if before.lower_ != "to" and frame.holders.player_at(before) is None:
        return False
    # (the one asked stands before the act: "urged Google to ...", not "plans to ... Llama")
    return any(
        t.lemma_ in REQUEST_VERBS
        or (t.lemma_ in DEMAND_VERBS and any(c.dep_ == "dobj" and c.i < start for c in t.children))
        for t in frame.path[1:5]
    )


def spoken_of(frame: Frame) -> bool:
    """A "whether", or a verb of saying declined or denied, above the cue: what is (not) said
    about an act, not the act ("declined to comment on its plans to open-source X")."""
    return any(
        any(c.lower_ == "whether" for c in t.children)
        or (t.lemma_ in REPORTING and (t.head.lemma_ in ("decline", "refuse") or negated_verb(t)))
        for t in frame.path[1:]
    )


def instance_of(noun: Token) -> Token | None:
    """'an example (one, a member of a family) of open models' said of a subject: the noun
    the copula predicates, for a negation on the copula to reach the cue."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    one = noun.head.head
    kinds = one.lemma_ in INSTANCE_NOUNS or one.lemma_ in COLLECTIONS or one.lower_ == "one"
    if any(c.lower_ in ("only", "sole") for c in one.children):
        return None  # "is not the only example of an open model": one of them all the same
    return one if kinds and one.dep_ in ("attr", "oprd") else None


def negated(frame: Frame) -> bool:
    """The cue itself negated ("not open source", a "not" on its own word), not contrasted."""
    doc = frame.root.doc
    before = doc[frame.cue.start - 1].lower_ if frame.cue.start else ""
    words = [frame.root]
    if frame.root.dep_ in ("acomp", "attr", "oprd"):
        words.append(frame.root.head)  # "is not open"
    noun = frame.root.head
    if frame.root.dep_ in ("amod", "compound") and noun.dep_ in ("attr", "oprd"):
        words.append(noun.head)  # "is not an open model"
    if frame.root.dep_ in ("amod", "compound") and (one := instance_of(noun)) is not None:
        words.append(one.head)  # "is not an example (one) of the open models"
    # "don't pretend Llama is open source", "claims falsely that X is open": the clause is
    # called untrue
    pretended = any(w.dep_ == "ccomp" and w.head.lemma_ in PRETENDING for w in words[1:])
    head = frame.root.head if frame.root.dep_ in ("amod", "compound") else frame.root
    none_of = any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)  # "no open weights"
    return (
        pretended
        or none_of
        or any(less_of(c) for c in frame.root.children)  # "has become less open"
        or before in ("not", "never", "n't", "n’t")
        or any(short_of(t, b) for b, t in zip(frame.path, frame.path[1:5], strict=False))
        or any(
            c.dep_ == "neg"
            and not but_between(doc, c.i, frame.cue.start)  # "not X but <cue>"
            and not (c.i >= frame.cue.end and set_off_after(c))  # "<cue>, not X"
            for w in words
            for c in w.children
        )
    )


def denied_as(root: Token) -> bool:
    """'systems not shared (released, licensed) as open source': the cue is what a denied
    verb would have made them, so they are the other side."""
    noun = root.head if root.dep_ in ("amod", "compound") else root
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "as" or prep.head.pos_ != "VERB":
        return False
    return any(c.dep_ == "neg" and not not_only(c) for c in prep.head.children)


def partly(frame: Frame) -> bool:
    """'not fully open', 'isn't entirely open source': a negated degree says the thing is
    partly open, not that it is closed ("not truly open" is no degree: it is closed)."""
    doc = frame.root.doc
    before = doc[max(frame.sent.start, frame.cue.start - 2) : frame.cue.start]
    near = [*before, *(c for c in frame.root.children if c.dep_ == "advmod")]
    return any(t.lower_ in DEGREE_WORDS for t in near)


def hedge(frame: Frame) -> None:
    """A negated degree of openness is a hedge: it gives nobody a side."""
    frame.done = negated(frame) and partly(frame)


def campaigning_cue(frame: Frame, body: Token) -> bool:
    """A cue that names a cause argued, not a product made: "the pro-open-source nonprofit",
    "an open-source advocacy group"."""
    doc, start = frame.root.doc, frame.cue.start
    before = [t.lower_ for t in doc[max(0, start - 2) : start]]
    if before[-1:] == ["pro"] or before == ["pro", "-"]:
        return True
    # the words between the cue and the name it describes ("open-source advocacy group X")
    return any(t.lower_ in CAMPAIGN_NOUNS for t in doc[frame.cue.end : body.i])


def leaders_of(h: Holders, body: Token) -> list[str]:
    """The people a text names as the body's leaders: "X, executive director of the Y",
    "Y's founder X" (a campaign's leader argues its cause; a firm's does not, by that alone,
    argue what the firm makes)."""
    while body.dep_ == "compound" and body.head.i > body.i:
        body = body.head  # "the advocacy group Y": the name's own head
    title = body.head.head if body.dep_ == "pobj" and body.head.lower_ == "of" else None
    if title is None or title.lower_ not in ORG_LEAD_TITLES:
        return []
    if any(c.lower_ in CHANGE_MARKS and c.lower_ != "now" for c in title.children):
        return []  # "X, the former head of the Y": no longer its voice ("now head": is)
    person = title.head if title.dep_ == "appos" else None
    key = h.player_at(person) if person is not None else None
    return [key] if key and h.players[key].type == "PERSON" else []


def described(frame: Frame) -> None:
    """'Meta's open-source Llama', 'Android, which is open': the product named and its owner."""
    if charge_word(frame):
        return  # "open-washing its model": a charge, read by `accused`
    if expected_state(frame):
        return  # "gave money on the understanding that X would remain open": expected
    h = frame.holders
    if conditional(frame, len(frame.path)):
        return  # "if Mistral's models are open": supposed, not described
    act = frame.root if frame.root.pos_ == "VERB" else None
    if (act is not None and asked_or_due(act)) or asked_misread(frame):
        return  # "demanded that Google open-source Gemini": asked, not done
    own_side = frame.cue.side
    if verb_read_as_adjective(frame):  # "declined to open-source its models": as done
        if spoken_of(frame):
            return  # "declined to comment on (whether) it would open-source X": nothing done
        # not past a criticism of the deed ("criticized the decision to open-source X")
        judged = (
            k
            for k, t in enumerate(frame.path)
            if k and (t.lemma_ in CRITICISING or t.lemma_ in EQUATING)
        )
        own_side = frame.side_to(next(judged, len(frame.path)) - 1)
    elif frame.root.pos_ in ("VERB", "AUX") or frame.root.head.lemma_ in KEEP_LIKE:
        own_side = frame.side_to(1)
    elif negated(frame) or denied_as(frame.root):
        own_side = flip(frame.cue.side)  # "will not open-source Nimbus": a product kept closed
    noun = cue_noun(frame.root)
    verb = predicate_verb(frame.root, noun)
    if verb is not None and asked_to_change(frame, verb):
        own_side = flip(own_side)  # "X should be open source": X is not, yet
    for tok in described_tokens(frame):
        if yardstick(tok):
            continue  # "(GPT-3 level)", "of GPT-4 class": a measure, not the thing described
        key = h.player_at(tok) or the_model_named(frame, tok)
        if key and h.players[key].type in ("PRODUCT", "ORG"):
            frame.add([key], own_side, "practice", "described")
            frame.owners_done.add(key)
            if campaigning_cue(frame, tok):
                frame.add(leaders_of(h, tok), own_side, "advocacy", "leader")
        for child in tok.children:
            if child.dep_ == "poss" and tok.lemma_ not in OTHERS_NOUNS:  # not "X's open rivals"
                bound = bound_possessor(h, child)
                keys = bound if bound is not None else h.resolve(child) or []
                keys = [k for k in keys if k not in frame.owners_done]
                # "X's model is not open"; "X strayed from its open-source ethos": left behind
                # (the cue inside what is left, not a verb beside it: "reversed course and
                # open-sourced its model" parsed with the model as what was reversed)
                behind = left_behind(tok) and frame.root in tok.subtree
                side = flip(own_side) if behind else own_side
                frame.add(keys, side, "practice", "described")
                frame.owners_done.update(keys)
    for subject, same in contrasted(verb) if verb is not None else []:
        key = h.player_at(subject)
        if key and h.players[key].type in ("PRODUCT", "ORG") and key not in frame.owners_done:
            frame.add([key], own_side if same else flip(own_side), "practice", "described")
            frame.owners_done.add(key)
    if (chosen := chosen_over(cue_noun(frame.root))) is not None:
        # "using X's models instead of the proprietary ones": what is chosen is the other side
        keys = [h.player_at(t) for t in chosen.subtree if t.i <= chosen.i]
        keys = [k for k in dict.fromkeys(keys) if k and k not in frame.owners_done]
        frame.add(keys, flip(own_side), "practice", "described")
        frame.owners_done.update(keys)
    stranded = stranded_on_adjective(frame)
    if stranded:
        keys, side = stranded
        frame.add(
            [k for k in keys if k not in frame.owners_done], side, "practice", "clause_subject"
        )
    # "A and open-source AI provider B said ...": a title before a name is the writer's
    # description of it, which no verb of the sentence says
    in_name = {h.player_at(t) for t in frame.root.doc[frame.cue.start : frame.cue.end]}
    frame.done = any(
        (key := h.player_at(t)) in frame.owners_done and key not in in_name
        for t in titled_name(frame)
    )


def expected_state(frame: Frame) -> bool:
    """The cue's clause is the content of an expectation ("the understanding (promise, hope)
    that X would remain open"): a state hoped for, not one described."""
    verb = next((t for t in frame.path if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "acl" or verb.head.lemma_ not in EXPECTATION_NOUNS:
        return False
    # (a "that" clause only: "surpassed expectations, outperforming open models" is no content)
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def chosen_over(noun: Token) -> Token | None:
    """'X's models instead of the proprietary ones', 'runs X rather than closed systems':
    what is chosen over the cue's noun, however the parser joins them (as conjuncts with
    "instead of" between, or "of" / "than" hung on the chosen noun or on the verb)."""
    if noun.dep_ == "conj":
        joiners = [c for c in noun.head.children if c.dep_ == "cc" and c.i < noun.i]
        set_aside = any(ends_set_aside(c) for c in joiners)
        chosen = noun.head if set_aside else None
    else:
        prep = noun.head
        if noun.dep_ != "pobj" or not ends_set_aside(prep):
            return None
        if prep.head.pos_ in ("NOUN", "PROPN"):
            chosen = prep.head
        else:
            chosen = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
    # only what is chosen, used or backed ("sued X instead of open developers" chose nothing)
    return chosen if chosen is not None and chosen_by_verb(chosen) else None


def chosen_by_verb(noun: Token) -> bool:
    """Whether the verb the noun is the object of (through "with", "on") is one of choosing,
    using or backing."""
    tok = noun
    while tok.dep_ in ("dobj", "pobj", "prep", "conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ == "VERB":
            return tok.lemma_ in CHOOSING_VERBS
    return False


def labelled_as(frame: Frame) -> None:
    """'Acme's description of Nimbus as open source', 'Nimbus was touted as the best open
    model', 'touted Nimbus as open': the thing presented is shown as the cue's side (a
    description, whatever critics make of it); a noun's presenter (its possessor or its "by"
    agent, else the thing's own: "its model") claims it. A verb's presenter is its subject,
    read up the tree."""
    found = label_and_things(frame)
    if found is None:
        return
    label, things = found
    if disowned(label):
        return  # "rejected the description of X as open", "wrongly marketed X as open"
    h = frame.holders
    side = frame.side_to(0)  # the label as given, not what is said of giving it
    if label.pos_ == "VERB" and negated_verb(label):
        side = flip(side)  # "never billed it as open"
    keys = [k for t in things for k in presented(h, t) if k not in frame.owners_done]
    frame.add(keys, side, "practice", "described")
    frame.owners_done.update(keys)
    if label.pos_ == "VERB":
        return
    labellers = [c for c in label.children if c.dep_ == "poss"]
    labellers += [g for p in label.children if p.lower_ == "by" for g in p.children]
    labellers = labellers or [c for t in things for c in t.children if c.dep_ == "poss"]
    speakers = [k for c in labellers for k in h.resolve(c) or [] if k not in keys]
    frame.add(list(dict.fromkeys(speakers)), side, "claim", "said")
    frame.done = bool(keys or speakers)  # what is said of the label is about the label


# words that call a presentation false, or turn it down
FALSELY = {"wrongly", "falsely", "misleadingly", "erroneously", "incorrectly", "dubiously"}
DISOWNING = {"reject", "dispute", "deny", "challenge", "question", "contest", "dismiss"}


def disowned(label: Token) -> bool:
    """'rejected the description of X as open', 'wrongly marketed X as open': the label is
    called false, so it describes nothing."""
    verb = label if label.pos_ == "VERB" else label.head
    if label.pos_ == "NOUN" and label.dep_ == "dobj" and verb.lemma_ in DISOWNING:
        return True
    return any(c.lower_ in FALSELY for c in verb.children if c.dep_ == "advmod")


def label_and_things(frame: Frame) -> tuple[Token, list[Token]] | None:
    """The noun or verb of presenting whose "as" the cue follows, and what it presents. The
    parser may read that "as" as a clause's "as" ("the description of X as open source has
    been ..."): then the noun phrase right before it is what is presented."""
    root, doc = frame.root, frame.root.doc
    noun = root if root.head.lower_ == "as" else cue_noun(root)  # 'as "open"': the word itself
    as_head = noun.head.lower_ == "as" and noun.dep_ in ("pobj", "amod")  # "as (\"open\")"
    hung = noun.dep_ in ("advcl", "oprd") and any(c.lower_ == "as" for c in noun.children)
    if hung and noun.head.lemma_ in PRESENTING_VERBS:  # "as" hung on the bare side word
        things = [c for c in noun.head.children if c.dep_ in ("dobj", "nsubjpass")]
        return noun.head, things
    if as_head and noun.head.head in frame.path:
        label = noun.head.head
        if label.pos_ == "NOUN" and label.lemma_ in LABELLING_NOUNS:
            return label, objects_of(label, "of")
        if label.pos_ == "VERB" and label.lemma_ in PRESENTING_VERBS:
            things = [c for c in label.children if c.dep_ in ("dobj", "nsubjpass")]
            return label, [label.head if t.tag_ == "WDT" else t for t in things]  # "X, which"
        return None
    at = frame.cue.start - 1
    while at > 1 and doc[at].pos_ in ("DET", "ADJ", "ADV") and doc[at].lower_ != "as":
        at -= 1  # "as (a) (true) open source"
    if at < 1 or doc[at].lower_ != "as" or doc[at].dep_ != "mark":
        return None
    thing = doc[at - 1]
    while thing.dep_ == "compound":
        thing = thing.head
    if thing.dep_ == "pobj" and thing.head.lower_ == "of":
        label = thing.head.head
        if label.pos_ == "NOUN" and label.lemma_ in LABELLING_NOUNS:
            return label, [thing]
    return None


def compound_chain(tok: Token) -> list[Token]:
    """A noun and the compounds that spell its name ("its Nimbus AI model")."""
    out = [tok]
    for c in tok.lefts:
        if c.dep_ == "compound":
            out += compound_chain(c)
    return out


def presented(h: Holders, thing: Token) -> list[str]:
    """The products (or companies) a presented thing names: itself or the name in its
    compounds ("its Nimbus model"), or the name it is set beside ("X, a version of Y")."""
    keys = [k for k in dict.fromkeys(h.player_at(n) for n in compound_chain(thing)) if k]
    if not keys and (beside := name_beside(h, thing)):
        keys = [beside]
    return [k for k in keys if h.players[k].type in ("PRODUCT", "ORG")]


def the_model_named(frame: Frame, noun: Token) -> str | None:
    """'DeepSeek released R1. The open-source model runs on a laptop': the cue's own noun, a
    definite "the ... model", is the one product just named."""
    root = frame.root
    modified = root.head if root.dep_ in ("amod", "compound") else root  # "open model"
    # or the subject the cue is said of: "the 405B model is open"
    said_of = (
        root.dep_ in ("acomp", "attr")
        and noun.head.i == root.head.i
        and not has_modal(noun.head)
        and frame.side_to(len(frame.path) - 1) == frame.cue.side  # not doubted nor denied
    )
    if (noun.i != modified.i and not said_of) or noun.tag_ != "NN":
        return None
    if noun.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return None  # "developers prefer the closed model": a kind, maybe not the one named
    if noun.lower_ not in MODEL_NOUNS:
        return None
    if not any(c.lower_ in ("the", "this") for c in noun.children):
        return None
    keys = [
        k for k in frame.holders.resolve(noun) or [] if frame.holders.players[k].type == "PRODUCT"
    ]
    return keys[0] if len(keys) == 1 else None


def credited(frame: Frame) -> None:
    """'DeepSeek is a big win for open-source AI', 'called X an advancement for open source':
    the one credited with doing the cause good holds its side (a description, so a practice;
    inside a quotation too, beside the speaker)."""
    prep = cue_noun(frame.root)
    if prep.dep_ == "conj":  # "for AI and open source"
        prep = prep.head
    prep = prep.head if prep.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("for", "to") or prep.head.lemma_ not in CREDIT_NOUNS:
        return
    noun = prep.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        holders = [c for c in noun.head.children if c.dep_ == "nsubj"]
    elif noun.dep_ == "oprd" and noun.head.lemma_ in NAMING_VERBS:
        holders = [c for c in noun.head.children if c.dep_ == "dobj"]
    else:
        return
    keys = [k for t in holders for k in frame.holders.resolve(t) or []]
    keys = [k for k in keys if frame.holders.players[k].type in ("PRODUCT", "ORG", "OTHER")]
    if not (negated_verb(noun.head) or negated(frame)):
        frame.add(keys, frame.cue.side, "practice", "described")
    frame.owners_done.update(keys)  # "X is not a win for open source": no side for X


def licence_owner(frame: Frame) -> None:
    """'Gemma's license restricts commercial use', 'the Llama licences carry restrictions': a
    restrictive licence keeps its product (and so its maker) partly closed."""
    h = frame.holders
    doc = frame.root.doc
    licence = next((t for t in doc[frame.cue.start : frame.cue.end] if t.lemma_ in LICENCES), None)
    if licence is None:
        return
    keys: list[str] = []
    for child in licence.children:
        if child.dep_ == "poss":
            keys += h.resolve(child) or []
        elif child.dep_ in ("compound", "nmod") and (key := h.player_at(child)):
            keys.append(key)
        elif child.dep_ == "prep" and child.lower_ in ("of", "for"):
            keys += [k for g in child.children if g.dep_ == "pobj" for k in h.resolve(g) or []]
    if licence.dep_ == "conj" and (key := h.player_at(licence.head)):
        keys.append(key)  # "A and B's licences"
    keys = [k for k in dict.fromkeys(keys) if h.players[k].type in ("PRODUCT", "ORG")]
    frame.add(keys, frame.cue.side, "practice", "described")
    frame.owners_done.update(keys)
    frame.done = bool(keys)


def released_object(frame: Frame) -> None:
    """'released its Finch model as open source', 'keep the weights of Sable private': the
    product a practice verb of the cue's own clause acts on."""
    h = frame.holders
    # "released X as open source", "released under an open licence": one step further
    reach = 4 if any(t.lower_ in ("as", "under") for t in frame.path[1:3]) else 3
    verb = cue_verb(frame, reach)
    if verb is None or verb.lemma_ not in PRACTICE or conditional(frame, len(frame.path)):
        return
    if release_not_done(frame.holders, verb):
        return
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [
        g
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp", "oprd")
        for g in c.children
        if g.dep_ == "nsubj"
    ]  # keep [its model] closed
    if not objects:
        objects = released_subject(verb)
    # "publish the code and weights of X": the weights listed beside what else is released
    objects += [c for o in objects for c in o.conjuncts if c.lower_ in WEIGHT_WORDS]
    objects += [g for o in objects for g in weights_for(o)]
    depth = frame.path.index(verb)
    if any(
        t.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        for t in frame.path[:depth]
    ):
        return  # "While its older models are open, X keeps Y closed": the clause's own thing
    for obj in objects:
        keys = []
        for t in obj.subtree:
            if hosted_on(t, obj) or (t.head.lemma_ in RIVAL_NOUNS and t.dep_ != "ROOT"):
                continue  # "on Azure", "ChatGPT rival Grok": not the product released
            if described_otherwise(t, frame.other_side):
                continue  # "Pike, its open model, and Lumen, a proprietary assistant"
            if yardstick(t):
                continue  # "an open model of GPT-4 class": the class, not the model
            keys += [key] if (key := h.player_at(t)) else []
        if not keys and obj.lower_ in MODEL_NOUNS and obj.tag_ == "NN":
            keys = h.resolve(obj, conjuncts=False) or []  # "X 2 came out in July. ... the model"
        if not keys and obj.lower_ in ("it", "them") and obj.dep_ == "dobj":
            keys = shared_object(h, verb)  # "announced X 2 but withheld it": X 2
        for key in keys:
            if h.players[key].type == "PRODUCT" and key not in frame.owners_done:
                frame.add([key], frame.side_to(depth), "practice", "released_object")
                frame.owners_done.add(key)


def shared_object(h: Holders, verb: Token) -> list[str]:
    """'Announced X 2 on Monday but withheld it': the product the verb a conjoined verb is
    joined to names as its object, which the second verb's "it" takes up."""
    if verb.dep_ != "conj":
        return []
    objects = [c for c in verb.head.children if c.dep_ == "dobj"]
    keys = [k for o in objects for t in o.subtree if (k := h.player_at(t))]
    return [k for k in dict.fromkeys(keys) if h.players[k].type == "PRODUCT"]


def release_not_done(h: Holders, verb: Token) -> bool:
    """A release that does not make the thing open (so the thing gets no side from it): asked
    of someone ("demanded that X publish the weights", "asked X to share"), due ("should
    upload"), not done yet or not planned ("has yet to release", "has no plans to release"),
    or posted by someone the text does not name ("hackers posted the weights of X").
    A release kept to named recipients is no cue at all (`cue_context.shared_privately`)."""
    if asked_or_due(verb) or not_yet(verb) or plan_denied(verb):
        return True
    if verb.lemma_ in POSTING_VERBS:
        return not [k for s in h.subjects(verb) for k in h.resolve(s) or []]
    return False


def plan_denied(verb: Token) -> bool:
    """'has no plans (intention) to release ...', 'shelved plans to release ...': a release
    nobody plans (any more)."""
    plan = verb.head
    if verb.dep_ not in ("acl", "xcomp") or plan.lemma_.lower() not in STRIVING_NOUNS:
        return False
    # "shelved (scrapped, abandoned) plans to release ...": the plan given up
    given_up = plan.dep_ == "dobj" and plan.head.lemma_ in PLAN_DROPPING
    return given_up or any(c.dep_ == "det" and c.lower_ == "no" for c in plan.children)


def not_yet(verb: Token) -> bool:
    """'has yet to release', 'is yet to publish': an act not done so far."""
    return verb.dep_ == "xcomp" and yet_to(verb.head)


def asked_or_due(verb: Token) -> bool:
    """An act asked of someone or said to be due ("should publish"): not done."""
    return demanded(verb) or asked_of_another(verb)


def asked_of_another(verb: Token) -> bool:
    """'demanded (insisted) that X publish ...', 'asked (urged) X to share ...': a release
    someone else is asked for. Not the asker's own plan ("pushed to release", "told reporters
    it would publish"): an infinitive counts only with the one asked as the object."""
    head = verb.head
    if verb.dep_ == "ccomp":
        return head.lemma_ in REQUEST_VERBS and head.lemma_ != "ask"
    asked = any(c.dep_ == "dobj" for c in head.children)
    return verb.dep_ == "xcomp" and asked and head.lemma_ in DEMAND_VERBS


def cue_verb(frame: Frame, reach: int, root: bool = False) -> Token | None:
    """The first verb on the cue's path within `reach` (or, with `root`, the clause's head
    however tagged: "will open-source its models" read as a noun), not the cue's own word
    used as a noun or a complement ("announced the open-sourcing of X", "keep X closed"). Not
    past a copula with its own subject: "X opened the model; the prior version was for research
    use only" says nothing of what "opened" acts on."""
    for t in frame.path[:reach]:
        if t.pos_ == "AUX" and t.dep_ in ("conj", "ccomp") and (subject_of(t) or dashed_subject(t)):
            return None
        if (t.pos_ == "VERB" or (root and t.dep_ == "ROOT")) and not nominal_cue(frame, t):
            return t
    return None


def nominal_cue(frame: Frame, tok: Token) -> bool:
    """A word of the cue tagged a verb but used as a noun or a complement ("the open-sourcing
    of X", "keep X closed"): not the verb of the practice."""
    return frame.in_cue(tok) and tok.dep_ in CUE_NOT_VERB


CUE_NOT_VERB = ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "oprd", "acomp", "amod")


def released_subject(verb: Token) -> list[Token]:
    """'Since being released under an open licence, Falcon models spread', 'Released as open
    source, Falcon ...': a passive participle with no subject of its own describes the
    subject of the clause it hangs on (through "since", "after", "once")."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "pcomp"):
        return []
    main = verb.head.head if verb.dep_ == "pcomp" else verb.head
    if verb.dep_ == "pcomp" and verb.head.dep_ != "prep":
        return []
    return [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]


def hosted_on(tok: Token, top: Token) -> bool:
    """'deploy open models on Azure': a platform where the product runs is not the product;
    nor is one in a concession ("keep their systems closed despite Meta's Llama")."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and (tok.lower_ in PLACE_PREPS or tok.lower_ in CONCESSIVE):
            return True
        if tok.dep_ == "prep" and beside(tok):
            return True  # "the technology behind X", "an open answer to X": X is not it
        if tok.dep_ in ("relcl", "acl") and tok.lemma_ in COMPETE_VERBS:
            return True  # "an open model that matches (beats) X": X is the rival, not released
        tok = tok.head
    return False


def beside(prep: Token) -> bool:
    """A preposition that sets a named thing beside the one described: its yardstick, rival
    or what it powers ("behind X", "than X", "an alternative to X")."""
    if prep.lower_ in BESIDE_PREPS:
        return True
    return prep.lower_ == "to" and prep.head.lemma_ in RIVAL_NOUNS | ANSWER_NOUNS


def made_by(frame: Frame) -> None:
    """'open models developed by Meta': the agent of a verb of making."""
    noun = cue_noun(frame.root)
    acls = [c for c in noun.children if c.dep_ == "acl"] if noun.i != frame.root.i else []
    for tok in [*frame.root.subtree, *(t for acl in acls for t in acl.children)]:
        # ("the black-box strategy used by X": a way of acting is its pursuer's)
        pursued = tok.head.lemma_ in PURSUING_VERBS and noun.lemma_ in OWNED_WAYS
        # ("open-sourced by X": the cue's own verb of release, done by its agent)
        own_act = frame.in_cue(tok.head)  # (the tagger may read "sourced" as an adjective)
        if tok.dep_ == "agent" and (tok.head.lemma_ in MAKING_VERBS or pursued or own_act):
            for pobj in (c for c in tok.children if c.dep_ == "pobj"):
                keys = frame.holders.resolve(pobj) or []
                keys = [k for k in keys if k not in frame.owners_done]
                frame.add(keys, frame.cue.side, "practice", "made_by")
        if made_at(tok):  # "an open model developed at the X institute": the place that made it
            add_makers(frame, [c for c in tok.children if c.dep_ == "pobj"], ("ORG",))
    for pobj in released_by(noun) + acted_by(frame):
        add_makers(frame, [pobj, *examples(pobj)], MAKER_TYPES)


def add_makers(frame: Frame, named: list[Token], types: tuple[str, ...]) -> None:
    """The players these tokens name, of these types, made the thing the cue describes: they
    hold its side (each once; one already read as the thing's owner is left to that)."""
    keys = [k for t in named for k in frame.holders.resolve(t) or []]
    keys = [k for k in dict.fromkeys(keys) if k not in frame.owners_done]
    keys = [k for k in keys if frame.holders.players[k].type in types]
    frame.add(keys, frame.cue.side, "practice", "made_by")
    frame.owners_done.update(keys)


def made_at(tok: Token) -> bool:
    """The "at" of a participle of making that describes a model: "developed at X"."""
    verb = tok.head
    return (
        tok.dep_ == "prep"
        and tok.lower_ == "at"
        and verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.lemma_ in DEVELOPING_VERBS
    )


def acted_by(frame: Frame) -> list[Token]:
    """'open-sourcing by Chinese firms such as A and B': the "by" on a cue that names an act
    ("open-sourcing", "releasing openly"), however the parser reads the act."""
    doc = frame.root.doc
    cue = doc[frame.cue.start : frame.cue.end]
    if not any(t.tag_ == "VBG" or t.lower_.endswith("sourcing") for t in cue):
        return []
    preps = [c for t in cue for c in t.children if c.dep_ == "prep" and c.lower_ == "by"]
    return [g for p in preps if not frame.in_cue(p) for g in p.children if g.dep_ == "pobj"]


def released_by(noun: Token) -> list[Token]:
    """'efforts to release open models by Google', 'the release of open models by Google': the
    "by" on the verb or noun of making whose object the cue's noun is."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_ in MAKING_VERBS:
        maker = head
    elif noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in MAKING_NOUNS:
        maker = head.head
    else:
        return []
    preps = [c for c in maker.children if c.dep_ == "prep" and c.lower_ == "by"]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]


def made_from(frame: Frame) -> None:
    """'open models from Chinese labs like DeepSeek', 'open systems coming from Alibaba': the
    makers a preposition names on the cue's noun or on a participle after it."""
    noun = cue_noun(frame.root)
    nouns = [noun] if noun.pos_ in ("NOUN", "PROPN") else []
    verb = predicate_verb(frame.root, noun)
    side = frame.cue.side
    if verb is not None:  # "models from labs like A and B are open"
        side = flip(side) if negated(frame) else side
        nouns += [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    preps = [c for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ in MAKER_PREPS]
    for acl in (c for n in nouns for c in n.children if c.dep_ == "acl"):
        preps += [c for c in acl.children if c.dep_ == "prep" and c.lower_ in MAKER_PREPS]
    if noun.dep_ == "nsubj" and noun.head.lemma_ in ORIGIN_VERBS:  # "open models come from"
        preps += [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "from"]
    preps += from_read_onto_verb(noun)
    # "the proprietary models of OpenAI and Google": whose models they are
    preps += [c for n in owned_works(nouns) for c in n.children if c.lower_ == "of"]
    for prep in preps:
        if set_aside_prep(prep):
            continue  # "uses open models instead of X": X is set aside, not their maker
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            keys = [k for k in frame.holders.resolve(pobj) or [] if k not in frame.owners_done]
            types = MAKER_TYPES + (("PRODUCT",) if pobj.lemma_ in ORG_NOUNS else ())
            keys = [k for k in keys if frame.holders.players[k].type in types]
            frame.add(keys, side, "practice", "made_by")
            frame.owners_done.update(keys)


def owned_works(nouns: list[Token]) -> list[Token]:
    """The nouns whose "of" names their maker: models and code ("the proprietary models of
    X", "the closed code of X"), and the last of a list of what is offered ("the closed code
    and pricey plans of X"; not past an owner already named, "X's closed models and the
    critics of Y")."""
    owned = [n for n in nouns if n.lower_ in MODEL_NOUNS or n.lower_ in CODE_NOUNS]
    return owned + [
        c
        for n in owned
        if not any(g.dep_ == "poss" for g in n.children)
        for c in n.children
        if c.dep_ == "conj" and (c.lemma_ in OFFERINGS or c.lower_ in CODE_NOUNS)
    ]


def from_read_onto_verb(noun: Token) -> list[Token]:
    """'focuses on open systems from labs like A': a "from" right after the noun's phrase,
    hung by the parser on the verb the phrase depends on, is the noun's."""
    top = noun
    while top.dep_ == "conj":  # "low-cost, open-weight and cheap systems": the whole list
        top = top.head
    if top.dep_ != "pobj" or top.head.head.pos_ != "VERB":
        return []
    after = max(noun.right_edge.i, top.right_edge.i) + 1
    return [c for c in top.head.head.children if c.lower_ == "from" and c.i == after]


def moving_away(frame: Frame) -> None:
    """ "the lab's shift away from open source": the possessor of a move away from the cue's
    side holds the other, however the parser attached "away"."""
    doc, at = frame.root.doc, frame.cue.start
    if at < 2 or doc[at - 1].lower_ != "from":
        return
    noun = doc[at - 3] if doc[at - 2].lower_ == "away" and at >= 3 else doc[at - 2]
    if noun.lemma_ not in SHIFT_NOUNS or noun.pos_ != "NOUN":
        return
    for poss in (c for c in noun.children if c.dep_ == "poss"):
        keys = frame.holders.resolve(poss) or []
        frame.add(keys, flip(frame.cue.side), "advocacy", "advocacy_noun")
        frame.owners_done.update(keys)


def judged_as(word: Token) -> list[Token]:
    """'X's lobbying is regulatory capture', 'the lab's warnings are fearmongering': the
    subject an accusation is predicated of, and whoever owns it."""
    if word.dep_ != "attr" or word.head.lemma_ != "be":
        return []
    subjects = [c for c in word.head.children if c.dep_ == "nsubj"]
    return subjects + [c for s in subjects for c in s.children if c.dep_ == "poss"]


def charge_word(frame: Frame) -> bool:
    """Whether the cue is itself an attack word ("open-washing", "regulatory capture"),
    whose accused `accused` reads."""
    return charge_token(frame.root.doc, frame.cue.start, frame.cue.end) is not None


def accused(frame: Frame) -> None:
    """'the labs' fearmongering', 'accused the lab of regulatory capture', 'X was criticised
    for open-washing', 'X engaged in open-washing': the accused hold the side the accuser
    attacks; the accuser (the accusing verb's subject, else whoever says so, found up the
    tree as usual) holds the other."""
    charge = charge_token(frame.root.doc, frame.cue.start, frame.cue.end)
    if charge is None:
        return
    targets = [c for c in charge.children if c.dep_ == "poss"]
    verb = next((a for a in charge.ancestors if a.pos_ == "VERB" and accusing(a)), None)
    if verb is not None:  # (the accused: its object, or its subject when passive)
        targets += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
    else:
        targets += judged_as(charge)
        clause = next((a for a in charge.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if not targets and clause is not None and clause.lemma_ not in REPORTING:
            targets += [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    for target in targets:
        keys = frame.holders.resolve(target) or []
        frame.add(keys, flip(frame.cue.side), "practice", "accused")
        frame.owners_done.update(keys)
    if verb is not None:  # the accuser: the accusing verb's negativity is the cue's own
        speakers = [s for s in frame.holders.subjects(verb) if s.dep_ != "nsubjpass"]
        accusers = [k for s in speakers for k in frame.holders.resolve(s) or []]
        frame.add(accusers, frame.cue.side, "claim", "said")
        # (with no accuser named, whoever says the sentence may be: "..., X said")
        frame.done = bool(accusers) or (
            bool(targets) and not frame.holders.sentence_speaker(frame.sent)
        )


# -- sentences that hold no position -------------------------------------------------------


def in_question(root: Token) -> bool:
    for tok in (root, *root.ancestors):
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in tok.children):
            return True
    return any(t.lower_ == "whether" and 0 < root.i - t.i < 12 for t in root.sent)


def rhetorical(sent: Span) -> bool:
    """'Why not open-source it?', 'Why hasn't the lab opened its model?': a question that
    suggests rather than states; it says nothing sure about anyone's practice."""
    words = {t.lower_ for t in sent}
    negation = any(t.dep_ == "neg" for t in sent) or words & {"not", "n't", "never"}
    return "why" in words and "?" in words and bool(negation)


def question(frame: Frame) -> None:
    """'whether open or closed models will win' asks; it takes no side. Asked of someone who
    answers ('Asked whether (if) X would keep releasing open models, Y said yes (no)'), the
    answer takes the side the question names (the other for "no")."""
    asked = asked_clause(frame.root)
    if asked is not None:
        answer(frame, asked)
        frame.done = True
    elif in_question(frame.root):
        frame.done = True


def asked_clause(root: Token) -> Token | None:
    """The clause of a question put to someone: 'Asked whether (if) ...', its verb."""
    for tok in (root, *root.ancestors):
        marked = any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children)
        if marked and tok.head.lemma_ == "ask" and tok.dep_ in ("ccomp", "advcl"):
            return tok
    return None


def answer(frame: Frame, asked: Token) -> None:
    """'..., Y said yes (no)': the one answering the question takes its side, or the other."""
    said = asked.head.head
    if asked.head.dep_ != "advcl" or said.lemma_ not in REPORTING:
        return
    reply = next((c.lower_ for c in said.children if c.lower_ in ("yes", "no")), None)
    if reply is None or asked not in frame.path:
        return
    speakers = [c for c in said.children if c.dep_ == "nsubj"]
    keys = [k for s in speakers for k in frame.holders.resolve(s) or []]
    side = frame.side_to(frame.path.index(asked))
    frame.add(keys, side if reply == "yes" else flip(side), "claim", "said")
    frame.speech_found = True


def demanded_return(frame: Frame) -> None:
    """'Critics urged the lab to become open source again', 'it should return to its open-source
    roots': whoever is asked to go back to a side holds the other side now (the ones who ask
    hold the cue's side, found up the tree as usual)."""
    verb = next((t for t in frame.path if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return
    words = {c.lower_ for c in verb.children}
    going_back = verb.lemma_ in GOING_VERBS and "back" in words
    if verb.lemma_ not in RETURN_VERBS and not going_back and "again" not in words:
        return
    asked = verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in DEMAND_VERBS
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    wished = any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
    # "it is time for the lab to return", "a call for the lab to return"
    asked = asked or (infinitive and (wished or verb.head.lemma_ in DEMAND_NOUNS))
    if not asked and not any(c.lower_ in MODAL_DEMANDS for c in verb.children):
        return  # "the lab returned to open source": done, not demanded
    targets = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not targets and asked:  # "urged the lab to return"
        targets = [c for c in verb.head.children if c.dep_ == "dobj"]
    keys = [k for t in targets[:1] for k in frame.holders.resolve(t) or []]
    frame.add(keys, flip(frame.side_to(frame.path.index(verb))), "practice", "return_demand")
    frame.owners_done.update(keys)
    frame.demanded.update(keys)  # the one asked is no practice: who asks is found above


# the forms an auxiliary opens a yes-no question with ("Did ...?", "Is ...?", "Will ...?")
OPENING_AUX = {"VBD", "VBZ", "VBP", "MD"}


def yes_no_question(frame: Frame) -> bool:
    """'Zuckerberg's bet: is open source the future?': a clause that opens with its verb and
    ends in a question mark asks; the possessor of the headline's noun does not answer."""
    if not any(t.text == "?" for t in frame.sent):
        return False
    first = next((t for t in frame.sent if t.is_alpha), None)
    opening = first is not None and first.dep_ in ("aux", "auxpass", "ROOT")
    # "Will X keep its models closed?" still says they are closed now: "keep" presupposes
    kept = any(t.lemma_ in KEEP_LIKE for t in frame.path)
    if opening and first.tag_ in OPENING_AUX and not kept:
        return True  # "Did X really criticize ...?", "Is X trying to ...?"
    verb = next((t for t in frame.path if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.pos_ != "AUX":
        return False
    before = verb.doc[verb.i - 1] if verb.i > frame.sent.start else None
    return before is None or before.text in (":", "-", '"', "“", *DASHES)


def rhetorical_question(frame: Frame) -> None:
    """A 'why not' question or a yes-no question holds no position, not even for the product
    it names."""
    frame.done = rhetorical(frame.sent) or yes_no_question(frame)


# -- documents ---------------------------------------------------------------------------


def document_noun(tok: Token) -> bool:
    """'the letter', and the last word of a named one ("the Harbor Project seeks ...")."""
    return tok.lemma_.lower() in DOCUMENT_NOUNS and tok.pos_ in ("NOUN", "PROPN")


def document_voice(frame: Frame) -> None:
    """'The letter argues that open models ...', 'a bill that would restrict open-source
    models': the side a document (letter, statement, bill) takes, kept for its signers and
    sponsors (see holders.signers). Adds no position itself."""
    for depth, tok in enumerate(frame.path):
        if depth and tok.pos_ == "NOUN" and tok.lemma_ in DOCUMENT_NOUNS:
            document = tok
        elif tok.pos_ in ("VERB", "AUX"):
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            document = next((c for c in subjects if document_noun(c)), None)
            # "The letter ... . It argues that ...": the document the "it" stands for
            document = document or next(filter(None, map(document_antecedent, subjects)), None)
            # "X attacked the bill, warning that it would ...": the bill the "it" stands for
            document = document or next(filter(None, map(law_antecedent, subjects)), None)
        else:
            continue
        if document is None:
            continue
        below = frame.path[: depth + 1]
        # "a letter addressing X's model, which uses an open model", "the report from X on
        # Llama's open release": what the document is about, not what it says
        topic = [t for t in below[:-1] if t.head.i == document.i]
        if any(t.lemma_ in TOPIC_VERBS or t.lower_ in TOPIC_PREPS for t in topic):
            return
        if governed(frame, depth, document):
            return  # "drafting rules for open models": what they govern, no side
        if reported_fact(frame, below, document):
            return
        sign = polarity(frame.cue, below)
        if len(below) > 1 and harm_to(document, below[-2]):
            sign = -1  # "a ruinous bill for open models": the harm is the bill's
        harms = [
            k + 1 for k, (b, t) in enumerate(pairwise(below)) if burdened(t, b) or dealt_blow(t, b)
        ]
        # (a harm word of the cue's own, "restrict access to the weights", is the cue's side,
        # read by the polarity)
        harms += [k for k, t in enumerate(below) if harm_verb(t) and not frame.in_cue(t)]
        # the harm must be the document's own act, no other verb between them: a document
        # that argues or opposes ("a statement arguing that banning open models would cripple
        # research", "a letter opposing limits on open models") says what its words say
        own = any(not any(speaks_to(t) for t in below[k + 1 : -1]) for k in harms)
        if own:
            # "a bill that would restrict open models (assign liability to open-source
            # developers)": the harm is the bill's own aim
            negations = sum(1 for t in below for c in t.children if c.dep_ == "neg")
            sign = 1 if negations % 2 else -1
        side = frame.cue.side if sign > 0 else flip(frame.cue.side)
        frame.voices.setdefault(document.lemma_.lower(), set()).add(side)
        frame.voiced_at.setdefault(document.lemma_.lower(), frame.sent_index)
        if (outer := reporting_document(frame, depth)) is not None:
            # "a letter saying the bill would crush open-source AI": the letter says it
            said, letter = outer
            frame.voices.setdefault(letter.lemma_.lower(), set()).add(frame.side_to(said))
            frame.voiced_at.setdefault(letter.lemma_.lower(), frame.sent_index)
        return


def speaks_to(tok: Token) -> bool:
    """A verb between a harm and the document that says something of the harm: arguing,
    opposing, urging ("a letter opposing limits on open models"); not a name given ("a bill
    called the X Act, which would ban ...")."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return False  # "a bill called (named) ...": the document's name, not its words
    return tok.pos_ in ("VERB", "AUX") and (
        tok.lemma_ in REPORTING or tok.lemma_ in ADVOCACY or is_negative(tok)
    )


def reported_fact(frame: Frame, below: list[Token], document: Token) -> bool:
    """'a report detailing how the army repurposed Llama, an open-source tool', 'a paper
    claiming its model beats proprietary ones': the document tells what someone else did,
    with no word of judging, wanting or fearing on the way; that says no side of its own."""
    if document.lemma_ in LAW_NOUNS:
        return False  # "a bill under which agencies buy only open models": the bill's rule
    cue_tokens = set(range(frame.cue.start, frame.cue.end))
    others_act = False
    for tok in below:
        if tok.i == document.i or tok.i in cue_tokens:
            continue
        low = tok.lemma_.lower()
        if low in ADVOCACY or is_negative(tok) or low in POSITIVE:
            return False
        if has_modal(tok):
            return False  # "could misuse", "should release": a view, not a fact
        subject = subject_of(tok) if tok.pos_ in ("VERB", "AUX") else None
        if (
            subject is not None
            and subject.i != document.i
            and not (frame.in_cue(subject) or any(frame.in_cue(t) for t in subject.subtree))
        ):
            # "a coalition says its members share their models": the body's own members
            own = subject.lemma_ in ("member", "signatory", "signer", "partner") and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children
            )
            others_act = others_act or (subject.lower_ not in ("that", "which", "it") and not own)
    return others_act


def reporting_document(frame: Frame, depth: int) -> tuple[int, Token] | None:
    """Above a document's words, a document that reports them: 'a letter saying (arguing,
    warning) that the bill would ...' (the reporting verb's depth on the path, the letter)."""
    for k in range(depth + 1, len(frame.path) - 1):
        verb, noun = frame.path[k], frame.path[k + 1]
        if verb.pos_ != "VERB" or verb.dep_ not in ("acl", "relcl"):
            continue
        reports = verb.lemma_ in REPORTING or verb.lemma_ in WARNING_VERBS
        if reports and noun.lemma_ in DOCUMENT_NOUNS and noun.i == verb.head.i:
            return k, noun
    return None


# -- speakers ------------------------------------------------------------------------------


def quoted_fragment(frame: Frame, region: tuple[int, int]) -> bool:
    """A phrase without a finite verb quoted under a verb of accusing outside the quote
    ("charging her with 'campaigning to outlaw open source'"): the words are the accuser's report
    of someone's act, not a whole quoted sentence."""
    span = frame.root.doc.char_span(region[0], region[1], alignment_mode="expand")
    if span is None or any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in span):
        return False
    return any(
        accusing(t) and not region[0] <= t.idx < region[1] for t in frame.path if t.pos_ == "VERB"
    )


def not_words(doc: Doc, region: tuple[int, int]) -> bool:
    """Quotation marks around something nobody says: a title ('a chapter called "Backing
    Open-Weight Models"', a short quoted name in title case with no finite verb), or a term
    the writer marks ('the models are "open-weight," meaning ...', a word or two, no verb)."""
    span = doc.char_span(region[0], region[1], alignment_mode="expand")
    if span is None:
        return False
    if len([t for t in span if t.is_alpha]) <= 3 and not any(
        t.pos_ in ("VERB", "AUX") for t in span
    ):
        return True
    if len(span) > 12:
        return False
    words = [t for t in span if t.is_alpha and len(t) > 3]
    finite = any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in span)
    return len(words) >= 2 and not finite and all(t.text[0].isupper() for t in words)


def quoted(frame: Frame) -> None:
    """A cue inside quotation marks belongs to the quote's speaker."""
    region = frame.holders.in_quote(frame.root)
    if region is None or not_words(frame.root.doc, region):
        return
    speaker = frame.holders.quote_speaker(region)
    if speaker and (others_practice(frame, region) or others_described(frame, speaker)):
        frame.done = True  # '"Several companies are developing closed models," X wrote'
        return
    if speaker:
        if not others_belief(frame, region, speaker):
            frame.add(speaker, frame.side_to(len(frame.path)), "quote", "quoted")
        actor = quoted_actor(frame, region)
        if actor is not None:
            keys, depth = actor
            frame.add(
                [k for k in keys if k not in speaker],
                frame.side_to(depth, act=True),
                "practice",
                "clause_subject",
            )
        # (a phrase quoted inside the writer's own clause, "accused him of 'lobbying to ban
        # open source'", leaves that clause to be read: whom it accuses)
        frame.done = not quoted_fragment(frame, region)


def others_described(frame: Frame, speaker: list[str]) -> bool:
    """'"A, B and C are also open source," X said': a quote that only states what a list of
    others' models or labs are describes the field; the speaker takes no side by saying it
    (one product stated so may be the speaker's own, and stays the speaker's word)."""
    root = frame.root
    if root.dep_ not in ("acomp", "attr") or root.head.lemma_ != "be":
        return False
    h = frame.holders
    if any(c.dep_ in ("conj", "advcl", "parataxis", "ccomp") for c in root.head.children):
        return False  # "A and B are open source, and that is great": judged, not just stated
    subjects = [c for c in root.head.children if c.dep_ == "nsubj"]
    if any(t.lower_ in ("our", "my", "we", "us") for s in subjects for t in s.subtree):
        return False  # "our models, A and B, are open source": the speaker's own
    keys = list(dict.fromkeys(k for s in subjects for t in s.subtree if (k := h.player_at(t))))
    types = {h.players[k].type for k in keys}
    return len(keys) > 1 and not set(keys) & set(speaker) and types <= {"ORG", "PRODUCT"}


def others_practice(frame: Frame, region: tuple[int, int]) -> bool:
    """A quote that only reports what an unnamed group of others does ("several companies
    are developing closed models"): the speaker describes the field, not a position."""
    verb = next((t for t in frame.path if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_ not in PRACTICE or not region[0] <= verb.idx < region[1]:
        return False
    if negated_verb(verb) or verb.dep_ not in ("ROOT", "conj"):
        return False
    subjects = frame.holders.subjects(verb)
    return bool(subjects) and all(
        s.pos_ == "NOUN" and s.tag_ == "NNS" and frame.holders.resolve(s) == [] for s in subjects
    )


def quoted_actor(frame: Frame, region: tuple[int, int]) -> tuple[list[str], int] | None:
    """'"Next month, Nimbus will open-source Falcon," its founder wrote': the speaker says it,
    and the named subject of the cue's own practice verb inside the quote does it (the cue's
    own verb first: "open-source" is often parsed as a modifier). Only a name (a pronoun
    inside a quote is the speaker's to resolve), and only the first verb."""
    h = frame.holders
    doc = frame.root.doc
    own = [doc[i] for i in range(frame.cue.start, frame.cue.end) if doc[i].pos_ == "VERB"]
    for depth, tok in [(0, t) for t in own] + list(enumerate(frame.path)):
        if not region[0] <= tok.idx < region[1]:
            return None
        if tok.pos_ != "VERB":
            continue
        if tok.lemma_ not in PRACTICE and tok.lemma_ not in RESTRAINING and not leads_on(tok):
            return None  # "X will release ...", "X will stifle ...": what X does
        keys = [k for s in h.subjects(tok) for k in named_or_antecedent(h, s)]
        return (keys, depth) if keys else None
    return None


def leads_on(verb: Token) -> bool:
    """'X is leading on openness', 'X leads in open models': X's own record (not "has leading
    open models", a misread adjective, which has no "on" or "in")."""
    return verb.lemma_ == "lead" and any(
        c.dep_ == "prep" and c.lower_ in ("on", "in") for c in verb.children
    )


def named_or_antecedent(h: Holders, subject: Token) -> list[str]:
    """A subject's player when it is a name, or the names a "who"/"which" stands for
    ('"OpenAI and Anthropic, who build closed models ..."'); never another pronoun."""
    key = h.player_at(subject)
    if key is not None:
        return [key]
    clause = relative_of(subject)
    if clause is None:
        return same_subject(h, subject)
    # "A and B, who build ...": a plural verb speaks of the whole list
    return h.resolve(clause.head, conjuncts=plural_verb(clause)) or []


def same_subject(h: Holders, pronoun: Token) -> list[str]:
    """'A and B, who run their labs thinking they will win ...': a "they" (or "it")
    subject of a clause a named subject's own verb governs is that subject."""
    if pronoun.lower_ not in ("they", "it") or pronoun.head.dep_ not in ("ccomp", "xcomp"):
        return []
    governor = pronoun.head.head
    if governor.lemma_ not in BELIEF_VERBS:
        return []
    for subject in h.subjects(governor):
        if subject.i != pronoun.i and subject.lower_ not in ("they", "it"):
            return named_list(h, subject)
    return []


def named_list(h: Holders, subject: Token) -> list[str]:
    """The players a subject and its conjuncts name ("A and B believe ...")."""
    return [k for c in h.conjuncts(subject) for k in named_or_antecedent(h, c)]


def others_belief(frame: Frame, region: tuple[int, int], speaker: list[str]) -> bool:
    """'"A and B run their labs sure that they will win with closed models," X said': the
    quote tells what named others believe; the speaker reports it."""
    h = frame.holders
    for tok in frame.path:
        if tok.lemma_ not in BELIEF_VERBS or not region[0] <= tok.idx < region[1]:
            continue
        keys = [k for s in h.subjects(tok) for k in named_list(h, s)]
        return bool(keys) and not set(keys) & set(speaker)
    return False


def colon_speaker(frame: Frame) -> None:
    """'As Senator X put it:' and then, in its own paragraph, the statement: X's words."""
    if frame.speech_found or frame.holders.in_quote(frame.root):
        return
    speaker = frame.holders.colon_speaker(frame.sent_index)
    if speaker:
        frame.add(speaker, frame.side_to(len(frame.path)), "claim", "sentence_speaker")
        frame.speech_found = True


def interview_answer(frame: Frame) -> None:
    """In an interview, what an answer paragraph says is the interviewee's ("We have pushed
    hard towards openness" after "Why is openness important to you?")."""
    if frame.speech_found:
        return
    if keys := frame.holders.interviewee(frame.sent_index):
        frame.add(keys, frame.side_to(len(frame.path)), "quote", "interview")
        frame.speech_found = True


def sentence_speaker(frame: Frame) -> None:
    """'Closed models, he says, would ...', 'according to X', '..., X said.'"""
    if frame.speech_found or any(t.dep_ == "relcl" for t in frame.path):
        return  # a relative clause describes someone; it is not what the speaker says
    speaker = frame.holders.sentence_speaker(frame.sent)
    if speaker:
        side = frame.side_to(len(frame.path))
        if others_dismissed(frame, len(frame.path)):
            side = flip(side)  # "some argue X, but that argument collapses, she said"
        frame.add(speaker, side, "claim", "sentence_speaker")
        frame.speech_found = True


def dismisses_claim(clause: Token) -> bool:
    """'that argument collapses', 'they are wrong', 'she sees the fears as overblown': a
    clause about the claim (or those who make it) that calls it wrong, not negated ("that
    is not wrong"), nor about something else ("the launch failed")."""
    if any(c.dep_ == "neg" for t in clause.subtree for c in t.children):
        return False
    words = {w for t in clause.subtree for w in (t.lower_, t.lemma_)}
    return bool(words & DISMISSAL_WORDS) and bool(words & CLAIM_WORDS)


def others_dismissed(frame: Frame, depth: int) -> bool:
    """'Some argue that ..., but that argument collapses (they are wrong)': below `depth`, a
    claim others make (a verb of saying whose subject names no one) and then a "but" clause
    that calls it wrong; whoever says so holds the other side."""
    for tok in frame.path[:depth]:
        subject = subject_of(tok) if tok.lemma_ in REPORTING else None
        if subject is None or frame.holders.player_at(subject):
            continue
        # (the "but" clause hung on the claim's verb, or on the verb above it, after it)
        near = [c for v in (tok, tok.head) for c in v.children if c.i > tok.i]
        turns = [c for c in near if c.dep_ == "cc" and c.lower_ in ("but", "yet")]
        joined = [c for c in near if c.dep_ == "conj" and turns and c.i > turns[0].i]
        if any(dismisses_claim(c) for c in joined):
            return True
    return False


# -- up the tree: whose noun, whose clause ---------------------------------------------------

STOP, ABORT = "stop", "abort"


def standing_noun(frame: Frame, depth: int, tok: Token) -> str | None:
    """'Oslo's prowess in open-weight tools', 'Brazil's edge in proprietary systems', 'its
    ecosystem of open-weight models': the possessor works on that side, as one that
    releases such models does. Only a possessor: 'the lead in open models' names nobody."""
    if not depth or tok.pos_ != "NOUN" or tok.lemma_.lower() not in STANDING_NOUNS:
        return None
    came = frame.path[depth - 1]
    if came.dep_ != "prep" or came.lower_ not in STANDING_PREPS:
        return None
    # the field is the cue's own noun ("prowess in open-weight tools"), not a task about it
    # ("expertise in safety testing of open models")
    if depth < 2 or frame.path[depth - 2].i != cue_noun(frame.root).i:
        return None
    if frame.path[depth - 2].lemma_ in RIVAL_NOUNS:
        return None  # "its edge in (over) open-source rivals": rivals, not the field
    poss = [c for c in tok.children if c.dep_ == "poss"]
    keys = [k for p in poss for k in frame.holders.resolve(p) or []]
    if not keys:
        return None
    frame.add(list(dict.fromkeys(keys)), frame.side_to(depth), "practice", "standing")
    return STOP


def advocacy_noun(frame: Frame, depth: int, tok: Token) -> str | None:
    """'the company's push for open models': the possessor of a noun of advocating; 'its
    restrictive stance toward open models': against what a stance judged so is about."""
    came = frame.path[depth - 1] if depth else tok
    # "a partnership with critics of open AI": the partners, not its aim, are reached
    joint = tok.lemma_ in COLLABORATION_NOUNS and joint_aim(came)
    # ("closed development methods": a way of working is a side when the cue is its own word,
    # not "her method for auditing closed models")
    method = tok.lemma_ in METHOD_NOUNS and came.dep_ in ("amod", "compound", "nmod")
    # ("X's work to create open models": an aim, by its infinitive; not "X's work on ...")
    aim = tok.lemma_ in AIM_NOUNS and came.dep_ == "acl" and came.i > tok.i
    aim = aim and any(c.dep_ == "aux" and c.lower_ == "to" for c in came.children)
    aim = aim and came.lemma_ not in STUDY_VERBS  # "work to measure the risks of X": a study
    if tok.lemma_ not in ADVOCACY_NOUNS and not (joint or method or aim):
        return None
    if tok.pos_ != "NOUN":
        return None
    if tok.dep_ == "dobj" and (tok.head.lemma_ in ENDING_VERBS or against_idiom(tok.head)):
        return None  # "ended (walked back) its backing of open-source AI": read at the verb
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if joint:  # "A's collaboration with B to open-source X", "a partnership between A and B"
        poss += [
            c
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ in PARTNER_PREPS
            for g in p.children
            if g.dep_ == "pobj"
            for c in frame.holders.conjuncts(g)
        ]
    if not poss:  # "the case for open weights, often made most loudly by A and by B"
        poss = owners_after(frame, tok) or made_by_agents(tok) or agents_by(tok)
        poss = poss or headline_subject(tok)
    if poss and (keys := [k for p in poss for k in frame.holders.resolve(p) or []]):
        # (a stance judged against, "its restrictive stance on open models", is turned by
        # polarity itself: `judged_against`)
        side = frame.side_to(depth)
        if tok.dep_ == "dobj" and tok.head.lemma_ in LEAVING_VERBS and not negated_verb(tok.head):
            side = flip(side)  # "betrayed (violated) its commitment to open source": left
        frame.add(list(dict.fromkeys(keys)), side, "advocacy", "advocacy_noun")
        frame.speech_found = True
        if tok.head.lemma_ in ADVOCACY and tok.dep_ == "dobj":
            return None  # "they embraced her philosophy of open models": they hold it too
        if judged_decision(frame, depth, tok):
            return None  # "X said Y's decision to keep Z closed was wrong": X judges it
        verdict = tok.head.head
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "for"
            and verdict.pos_ == "VERB"
            and charged(verdict)
        ):
            return None  # "X criticized Y for its closed approach": X judges it
        return STOP
    return None


def owners_after(frame: Frame, tok: Token) -> list[Token]:
    """'the closed approach of Orbit', 'the closed strategies of firms such as A and B': whose
    way of acting it is, named after it. Only named players, or a kind of player spelled out
    by examples ("of companies like A"); "a philosophy of open models" names no owner."""
    out: list[Token] = []
    if tok.lemma_ not in OWNED_WAYS and tok.lower_ not in OWNED_WAYS:
        return out
    for g in objects_of(tok, "of"):
        if frame.in_cue(g):
            continue
        named = [c for c in frame.holders.conjuncts(g) if frame.holders.player_at(c)]
        out += named or examples(g)
    return out


def joint_aim(came: Token) -> bool:
    """What a collaboration is for: its infinitive or clause ("to open-source X") or its
    topic ("on open models"), not its partners ("with", "between")."""
    if came.dep_ in ("acl", "relcl", "xcomp", "advcl"):
        return True
    # ("to open-source X" is often parsed as a preposition "to" and its object)
    return came.dep_ == "prep" and came.lower_ in AIM_PREPS


def felt_that(frame: Frame, depth: int, tok: Token) -> str | None:
    """'X's fear (worry, concern) is that open models will be misused': the possessor fears
    what the clause says; 'X's hope (wish, goal) is that ...': hopes for it. Only the clause
    the copula states, not the noun's own words ("her fear of open models is overblown")."""
    if not copula_states(frame, depth, tok):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    feeling = subject.lemma_.lower() if subject is not None else ""
    if feeling not in FEAR_NOUNS and feeling not in HOPE_NOUNS:
        return None
    owners = [c for c in subject.children if c.dep_ == "poss"]
    return felt_by(frame, depth, owners, fears=feeling in FEAR_NOUNS)


def copula_states(frame: Frame, depth: int, tok: Token) -> bool:
    """Whether the path reaches a copula through what it states (its complement clause or
    attribute), not through its subject."""
    return tok.lemma_ == "be" and bool(depth) and frame.path[depth - 1].dep_ in STATED_DEPS


def felt_by(frame: Frame, depth: int, holders: list[Token], fears: bool) -> str | None:
    """The ones who feel so about what the copula at `depth` states hold its side: a fear
    read as a verb of fearing would be (`feeling_side`), a hope or a wish as it stands."""
    keys = [k for t in holders for k in frame.holders.resolve(t) or []]
    if not keys:
        return None
    side = feeling_side(frame, depth) if fears else frame.side_to(depth)
    frame.add(keys, side, "claim", "said")
    frame.speech_found = True
    return STOP


def feeling_side(frame: Frame, depth: int) -> str:
    """The side of one who fears (opposes) what a copula states. What it states may favour
    the cue ("that open models will spread": the fear is of the cue), restrain the cue ("that
    regulators will ban open models": the fear defends it), or be a harm the cue does ("that
    open models will be misused": the fear is of that harm, the side it already reads)."""
    side = frame.side_to(depth)
    if side == frame.cue.side:
        return flip(side)
    return frame.cue.side if restrained_below(frame, depth) else side


def restrained_below(frame: Frame, depth: int) -> bool:
    """Whether a restraint or harm is done to the cue below `depth` (the cue in its object,
    not its subject: "ban open models", not "open models hurt ...")."""
    return any(
        frame.path[k].lemma_ in RESTRAINING and frame.path[k - 1].dep_ not in SUBJECT_DEPS
        for k in range(1, depth)
    )


def cleft_feeling(frame: Frame, depth: int, tok: Token) -> str | None:
    """'What worries X most is the spread of open models', 'What X fears (wants) is ...': the
    one the "what" clause names feels so about what the copula states."""
    if not copula_states(frame, depth, tok):
        return None
    clause = next((c for c in tok.children if c.dep_ == "csubj"), None)
    if clause is None and tok.dep_ == "ccomp":  # "What worries [X is ...]", misparsed
        clause = tok.head if any(c.lower_ == "what" for c in tok.head.children) else None
    if clause is None or not any(t.lower_ == "what" for t in clause.subtree):
        return None
    verb = clause.lemma_.lower()
    if verb in WORRYING_THINGS:  # "what worries X": X is the object (at times parsed as
        # the subject, "what" then a determiner)
        holders = [c for c in clause.children if c.dep_ == "dobj"]
        holders = holders or [
            c for c in clause.children if c.dep_ == "nsubj" and c.lower_ != "what"
        ]
        holders = holders or [
            c for c in tok.children if c.dep_ == "nsubj"
        ]  # "what concerns | X is"
        return felt_by(frame, depth, holders, fears=True)
    if verb in FEARING or verb in WANTING:  # "what X fears", "what X wants"
        holders = [c for c in clause.children if c.dep_ == "nsubj"]
        return felt_by(frame, depth, holders, fears=verb in FEARING)
    return None


def in_favour(frame: Frame, depth: int, tok: Token) -> str | None:
    """'X was (not) in favour of open-source AI', 'X is in support of open models': the
    subject of the clause the phrase hangs on argues for the cue, or against it when that
    clause is negated."""
    if tok.lemma_.lower() not in FAVOUR_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    if depth < 2 or frame.path[depth - 1].lower_ != "of":
        return None
    if frame.path[depth - 2].lemma_ in DOCUMENT_NOUNS and frame.path[depth - 2].pos_ == "NOUN":
        return STOP  # "voted in favour of the bill, which would ...": the bill's side, via signers
    verb = tok.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subjects = frame.holders.subjects(verb)
    keys = [k for s in subjects for k in frame.holders.resolve(s) or []]
    if not keys:
        return None
    side = frame.side_to(depth)
    if negated_verb(verb):
        side = flip(side)
    frame.add(keys, side, "advocacy", "advocated")
    frame.speech_found = True
    return STOP


def headline_subject(noun: Token) -> list[Token]:
    """'Acme bets on open source': a headline whose verb was read as a plural noun, with no
    verb left in it; the name hung on that noun is the subject."""
    if noun.dep_ != "ROOT" or noun.tag_ != "NNS":
        return []
    if any(t.pos_ in ("VERB", "AUX") for t in noun.sent):
        return []
    return [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]


def judged_decision(frame: Frame, depth: int, tok: Token) -> bool:
    """'Y's decision to keep Z closed was wrong': the advocacy noun is the subject of a
    judgement, whose speaker takes a side by it; only when the decision itself does what the
    cue says (not "the decision to attack closed models", a worry of its own)."""
    if tok.dep_ != "nsubj" or tok.head.lemma_ != "be" or not verdict(tok.head):
        return False
    return not any(is_negative(t) for t in frame.path[1:depth])


def verdict(copula: Token) -> bool:
    """'was wrong', 'was a big mistake', 'is the right call': the complement itself judges
    ("was a response to safety fears" names a cause, whatever words it holds)."""
    for c in copula.children:
        if c.dep_ in ("acomp", "attr"):
            words = {c.lemma_.lower()} | {a.lemma_.lower() for a in c.children if a.dep_ == "amod"}
            if words & (POSITIVE | NEGATIVE):
                return True
    return False


def agents_by(noun: Token) -> list[Token]:
    """'efforts by OpenAI to ban open models', 'a push by A and B for open weights': the "by"
    phrase of a noun of will names who makes it (not of a speech or a paper, whose topic is
    no aim: "a speech by X on open models")."""
    if noun.lemma_ not in AIMING_NOUNS:
        return []
    if any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in noun.children):
        return []  # "any attempt by X to restrict open models would ...": a supposition
    return objects_of(noun, "by")


# nouns of aiming at something, whose "by" phrase is the one who aims
WILL_NOUNS = {
    "effort", "efforts", "push", "bid", "attempt", "call", "campaign", "move", "decision",
    "plan", "proposal", "drive", "initiative",
}  # fmt: skip
# with the nouns whose infinitive is their aim: every noun a "by" phrase may own
AIMING_NOUNS = WILL_NOUNS | AIM_NOUNS


def made_by_agents(noun: Token) -> list[Token]:
    """'the case for X, made by A at Meta and by B': the agents of a participle of arguing
    on an advocacy noun (each "by" phrase, each name conjoined in it)."""
    out: list[Token] = []
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.lemma_ in ARGUING_PARTICIPLES]
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_ in ARGUING_PARTICIPLES:
        verbs.append(noun.head)  # the participle misread as the clause's verb
    for acl in verbs:
        agents = [
            a
            for a in acl.subtree
            if a.dep_ == "agent" or (a.lower_ == "by" and a.dep_ in ("prep", "conj"))
        ]
        for agent in agents:
            for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                out.extend([pobj, *(c for c in pobj.children if c.dep_ == "conj")])
    return out


def misread_infinitive(root: Token) -> Token | None:
    """'would assign liability to open source developers', parsed as the verb "to open" with
    "source developers" its object: nobody opens developers, so "to" is a preposition. The
    "to" token, to put back on the path where the preposition belongs."""
    if root.lemma_ != "open" or root.pos_ != "VERB" or root.i + 1 >= len(root.doc):
        return None
    if root.doc[root.i + 1].lower_ != "source":
        return None
    to = next((c for c in root.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    objects = [c for c in root.children if c.dep_ == "dobj" and c.lemma_ in OPEN_SOURCE_PEOPLE]
    return to if to is not None and objects else None


def misread_verb(root: Token) -> Token | None:
    """'has no plans to open-source Nimbus', parsed as "to" a preposition before the noun
    phrase "open-source Nimbus": the verb the infinitive completes lost its noun ("plans",
    "intention"). The noun right before "to", to put back on the path where it belongs, so
    that its "no" reaches the cue."""
    doc = root.doc
    first = next((t for t in root.subtree if t.lower_ == "open"), None)
    if first is None or first.pos_ != "VERB" or first.i < 2:
        return None
    to, noun = doc[first.i - 1], doc[first.i - 2]
    if to.lower_ != "to" or noun.pos_ != "NOUN":
        return None
    if to.dep_ == "prep":  # "has (there are) no plans | to open-source X"
        return noun if noun.head.i == to.head.i and noun.dep_ in ("dobj", "attr") else None
    # "has no plans to open-source Nimbus 3" with the name hung on the verb: a plan denied
    denied = any(c.lower_ == "no" and c.dep_ == "det" for c in noun.children)
    return (
        noun if denied and noun.lemma_.lower() in STRIVING_NOUNS and noun.dep_ == "dobj" else None
    )


def reattached_infinitive(path: list[Token]) -> list[Token]:
    """'pushed back on calls to restrict open models', parsed with "to restrict" as the
    purpose of "pushed": an infinitive right after a noun of striving or asking ("calls",
    "efforts", "plans") completes that noun. The path goes up through the noun and what it
    hangs on, so that what is done to the calls (pushed back on) reaches the cue."""
    for k, verb in enumerate(path[:-1]):
        if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "xcomp") or verb.i < 2:
            continue
        to, noun = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
        if to.lower_ != "to" or to.head.i != verb.i or noun.lemma_.lower() not in STRIVING_NOUNS:
            continue
        if not striven_act(verb) or (noun.dep_ == "dobj" and noun.head.lemma_ in USE_VERBS):
            continue  # "calls to comment on ...", "used the campaign to attack ...": a purpose
        above = path[k + 1]
        chain = [noun, *(a for a in noun.ancestors if a.i != above.i and above in a.ancestors)]
        if noun.head.i != above.i and above not in noun.ancestors:
            continue
        return [*path[: k + 1], *chain, *path[k + 1 :]]
    return path


def striven_act(verb: Token) -> bool:
    """An act one calls or strives for about models: a restraint, a release, a stance."""
    low = verb.lemma_.lower()
    return low in RESTRAINING or low in PRACTICE or low in ADVOCACY


def reattached(path: list[Token], depth: int) -> bool:
    """Whether the path goes up from an infinitive to a noun that is not its parsed head
    (see `reattached_infinitive`)."""
    tok = path[depth]
    if tok.pos_ != "VERB" or depth + 1 >= len(path) or path[depth + 1].i == tok.head.i:
        return False
    return path[depth + 1].lemma_.lower() in STRIVING_NOUNS


def weighed(noun: Token) -> bool:
    """'the benefits and risks', 'the pros and cons', 'risks and opportunities': a good and a
    bad side of a thing named together, so whoever studies them takes neither."""
    pair = [noun, *(c for c in noun.children if c.dep_ == "conj")]
    if noun.dep_ == "conj":
        pair.append(noun.head)
    lemmas = {t.lemma_.lower() for t in pair}
    return bool(lemmas & UPSIDES) and bool(lemmas & DOWNSIDES)


def foil(frame: Frame, depth: int, tok: Token) -> str | None:
    """'Unlike its rivals, who treat AI as a proprietary race, Acme shares its work': a cue
    inside what "unlike" sets against the clause describes the foil, not the clause's subject
    (the foil's own side is read by unlike_foil). A foil that names no one ("its rivals")
    leaves the contrast itself: the clause's subject is weakly on the other side."""
    if not depth or tok.dep_ != "prep" or tok.lower_ != "unlike":
        return None
    h = frame.holders
    # "Unlike closed rivals, X ...": the cue right after "unlike" already reads as contrasted
    if contrast_words(frame.cue, frame.root.doc) or frame.cue.start <= tok.i + 2:
        return ABORT
    if tok.head.pos_ in ("VERB", "AUX") and not any(h.player_at(t) for t in tok.subtree):
        keys = [k for subj in h.subjects(tok.head) for k in h.resolve(subj) or []]
        frame.add(keys, flip(frame.side_to(depth - 1)), "practice", "unlike")
    return ABORT


def topic(frame: Frame, depth: int, tok: Token) -> str | None:
    """'joined the debate over open versus closed AI', 'the field is divided between proprietary
    giants and the open community': what a debate is about, or the sides a division sets
    apart, is the sentence's topic, not its subject's position (the sides named keep theirs)."""
    if not depth:
        return None
    below = frame.path[depth - 1]
    about = below.dep_ == "prep" and below.lower_ in TOPIC_PREPS
    if tok.pos_ == "NOUN" and tok.lemma_ in TOPIC_NOUNS and judged(tok) is None:
        return ABORT if about or below.i == frame.root.i else None  # "the open-source debate"
    if tok.pos_ == "NOUN" and weighed(tok):
        return ABORT  # "the benefits and risks of open models": both sides, weighed
    if governed(frame, depth, tok):
        return ABORT  # "guidelines on the use of open models": what rules govern, no side
    if shed_light_on(tok, below):
        return ABORT  # "shed light on the rules for open models": what is explained
    choice = tok.pos_ == "NOUN" or tok.lemma_ in ("choose", "decide", "pick", "select")
    if choice and below.lower_ == "between" and names_both_sides(below):
        return ABORT  # "pick winners (choose) between open and closed models": a choice
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    if tok.lemma_ in LIKENING and set(analogue_preps(tok)) & set(frame.path[:depth]):
        return ABORT  # "likened the shift to the rise of open-source Linux": the analogue's
    if tok.lemma_ in SPEAKING_OF and below.lower_ in ("about", "on") and named_only(frame, depth):
        return ABORT  # "spoke about open-source AI": what was spoken of, not what was said
    if (
        tok.lemma_ in MENTION_VERBS
        and below.dep_ not in ("nsubj", "nsubjpass")
        and all(t.pos_ not in ("VERB", "AUX") for t in frame.path[1:depth])
        and not any(t.lemma_ in NEGATIVE for t in frame.path[1:depth])  # "raised questions"
    ):
        return ABORT  # "mentioning the lab's shift away from open source": a topic, however deep
    own = tok.lemma_ != "pit" and any(c.dep_ == "dobj" for c in tok.children)
    if tok.lemma_ in DIVIDE_VERBS and about and not own:
        return ABORT  # not "Meta split its lineup into open and closed models": its own act
    if about and any(c.dep_ == "dobj" and c.lemma_ in TOPIC_NOUNS for c in tok.children):
        return ABORT  # "joined the debate | over open models"
    if any(t.lower_ in VERSUS for t in [*frame.path[:depth], *frame.root.children]):
        return ABORT  # "weighs open versus closed models": both sides, compared
    if (below.dep_ in ("nsubj", "nsubjpass") or below.lemma_ in SAMENESS) and compares(tok):
        return ABORT  # "open-weight AI isn't the same as open-source code": a comparison
    return None


def shed_light_on(verb: Token, below: Token) -> bool:
    """'shed (threw, cast) light on X': X is what is explained, a topic."""
    if verb.lemma_ not in ("shed", "throw", "cast") or below.lower_ not in ("on", "light"):
        return False
    return any(c.lower_ == "light" for c in verb.children)


def governed(frame: Frame, depth: int, tok: Token) -> bool:
    """'rules for open models', 'guidance on the safe deployment of open weights': what
    rules govern, named by a preposition of topic, with no word that judges the rules (not
    "tough rules for ...", "light-touch rules on ...") nor a verb of restraint between (not
    "rules to restrict open models")."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in RULE_NOUNS or judged(tok) is not None:
        return False
    said_of = tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and not rules_judged(tok.head)
    if not said_of and (tok.dep_ != "dobj" or tok.head.lemma_ not in DELIBERATING):
        return False  # "opposes rules for open models": a restraint opposed, read as one
    preps = [t for t in frame.path[:depth] if t.dep_ == "prep"]
    if not preps or preps[-1].head.i != tok.i or preps[-1].lower_ not in GOVERNED_PREPS:
        return False
    # ("of" and the nouns between: "the safe deployment of open models")
    return all(t.pos_ in ("NOUN", "ADP", "ADJ", "PROPN") for t in frame.path[1:depth])


def named_only(frame: Frame, depth: int) -> bool:
    """The cue's noun phrase is the whole object of the preposition below `depth`: "about
    open-source AI" (not "about the promise of open models")."""
    below = frame.path[depth - 1]
    phrase = frame.path[: depth - 1]
    verb = frame.path[depth]
    # not "talked about open AI, calling it ...", "spoke about open models as a danger"
    said_of = any(c.dep_ in ("advcl", "xcomp", "ccomp") and c.i > below.i for c in verb.children)
    as_what = any(t.lower_ == "as" for t in [*verb.children, *phrase[-1].children] if t.i > below.i)
    return (
        below.dep_ == "prep"
        and bool(phrase)
        and phrase[-1].dep_ == "pobj"
        and all(t.dep_ in ("compound", "amod", "nmod") for t in phrase[:-1])
        and not said_of
        and not as_what
    )


def time_setting(frame: Frame, depth: int, tok: Token) -> str | None:
    """'Before the rise of proprietary models, labs shared', 'prior to the advent of closed
    systems': the era a cue names sets the time of the clause. It is no one's position (the
    examples it lists keep what they are, from `described`)."""
    if not depth or tok.lemma_ not in ERA_NOUNS or tok.dep_ != "pobj":
        return None
    prep = tok.head
    timed = prep.lower_ in TIME_PREPS or (prep.lower_ == "to" and prep.head.lower_ == "prior")
    return ABORT if timed else None


def met_with(frame: Frame) -> None:
    """'The open-source approach was met with support from Beijing', 'Meta's open release
    was met with criticism from X and Y': those it was met from take its side, or the
    other (the thing met, and its owner, keep theirs: read by the other rules)."""
    for depth, tok in enumerate(frame.path[:4]):
        if tok.lemma_ == "meet" and tok.tag_ == "VBN" and depth:
            if frame.path[depth - 1].dep_ == "nsubjpass" and not negated_verb(tok):
                met_from(frame, depth, tok)
            return


def met_from(frame: Frame, depth: int, tok: Token) -> None:
    for reply in (g for c in tok.children if c.lower_ == "with" for g in c.children):
        if reply.lemma_ not in WELCOMES and reply.lemma_ not in REBUFFS:
            continue
        sources = [g for c in reply.children if c.lower_ == "from" for g in c.children]
        sources += [g for c in tok.children if c.lower_ == "from" for g in c.children]
        h = frame.holders
        keys = [k for src in sources for k in h.resolve(src) or []]
        side = frame.side_to(depth - 1)
        side = side if reply.lemma_ in WELCOMES else flip(side)
        frame.add(list(dict.fromkeys(keys)), side, "advocacy", "advocated")
        return


def misread_subject(frame: Frame, depth: int, tok: Token) -> str | None:
    """'Unlike systems such as X, which have safeguards, open models lack oversight', parsed
    with "open models" as one more thing X has: a noun hung as a conjunct right before a
    verb that has no subject is that verb's subject, so the clause it was hung in is not its
    own (what the verb says of it is read from the words, not from that clause)."""
    if tok.dep_ != "conj" or tok.pos_ not in ("NOUN", "PROPN") or depth > 2:
        return None
    nxt = tok.right_edge.i + 1
    if nxt >= len(tok.doc) or tok.doc[nxt].pos_ not in ("VERB", "AUX"):
        return None
    verb = tok.doc[nxt]
    if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return ABORT


def made_thing(name: Token, description: Token) -> bool:
    """A name its clause makes or puts out: the object of "launched", "the launch of X";
    not when the description names another maker ("the release of X, a model from Y")."""
    if any(c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by") for c in description.subtree):
        return False
    if name.dep_ == "dobj":
        return name.head.lemma_ in MAKING_VERBS or name.head.lemma_ in LAUNCHING
    if name.dep_ == "pobj" and name.head.lower_ == "of":
        return name.head.head.lemma_ in MAKING_NOUNS
    return False


def names_both_sides(phrase: Token) -> bool:
    """A phrase that names both sides ("between open and proprietary models")."""
    words = {t.lower_ for t in phrase.subtree}
    return "open" in words and bool(words & {"closed", "proprietary"})


def compares(verb: Token) -> bool:
    """'is (not) the same as', 'works the same way', 'follows a similar path': the clause says
    how the subject compares with something, not whether it is good."""
    for c in verb.children:
        if c.dep_ in ("acomp", "attr", "dobj", "npadvmod", "advmod") and (
            c.lemma_ in SAMENESS or any(g.lemma_ in SAMENESS for g in c.children)
        ):
            return True
    return False


def described_name(frame: Frame, depth: int, tok: Token) -> str | None:
    """'an inquiry into DeepSeek, the lab behind the open model R1', 'founded by X, a manager
    with a passion for open AI': an appositive describes the player named in a phrase, which
    holds the side; whoever acts on that player takes none from the description. So too for
    what a company noun makes ("a probe of the firm behind the open model")."""
    if not depth or frame.path[depth - 1].dep_ not in ("appos", "prep"):
        return None
    if tok.dep_ == "pobj" and frame.path[depth - 1].dep_ == "appos":
        key = frame.holders.player_at(tok)
        if not key or frame.holders.players[key].type not in ("PERSON", "ORG"):
            return None
        frame.add([key], frame.side_to(depth), "practice", "appositive")
        frame.owners_done.add(key)
        # (its maker still holds what it made: "the launch of X, an open-source initiative",
        # "launched X, an open model"; an investor or a prober takes nothing from it)
        return None if made_thing(tok, frame.path[depth - 1]) else STOP
    if tok.tag_ == "NN" and tok.lemma_ in ORG_NOUNS and tok.dep_ not in ("attr", "nsubj"):
        return STOP if frame.path[depth - 1].lower_ in MAKER_NOUN_PREPS else None
    return None


def relative_clause(frame: Frame, depth: int, tok: Token) -> str | None:
    """'Meta, whose weights are public, declined ...': a description of Meta."""
    if tok.dep_ != "relcl" or (depth == 0 and tok.pos_ not in ("VERB", "AUX")):
        return None  # a relative clause above the cue, or the cue's own verb ("which kept")
    if tok.lemma_ in REPORTING and sided_with(frame, depth, tok):
        return STOP  # "X agreed with critics who say ...": X takes their words
    head = tok.head  # "a dinner with X, where ...": the clause may hang on X
    occasion = head.lemma_ in OCCASIONS or (
        head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.lemma_ in OCCASIONS
    )
    if occasion and any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in tok.children):
        return None  # "a dinner with X, where he argued ...": the occasion, not X, speaks
    if harmed(tok.head):
        return None  # "bad for startups that rely on open models": read on, to who says so
    if no_holder_clause(frame, depth, tok) == ABORT or rival_clause(frame, depth):
        return ABORT  # "a model which rivals closed ones": a foil, not the antecedent's practice
    if past_origin(tok):
        return ABORT  # "X, which began as an open lab, has since closed up": its past
    if depth and object_relative(tok):
        return None  # "X, which Z criticized for ...": Z speaks of X; read on, up the tree
    if ambiguous_anaphor(frame.holders, tok.head):
        return STOP  # "The company, which ..." after a list of companies: which one is unsure
    keys = appositive_holder(frame.holders, tok.head)
    listed = whole_list(frame.holders, tok.head) if tok.head.i in frame.holders.token_player else []
    if keys and len(listed) > 1 and singular_verb(tok):
        # "A and B, which has kept its models closed": the name just before, the last one
        keys = [k for k in [frame.holders.player_at(max(listed, key=lambda t: t.i))] if k]
    elif keys and (plural_verb(tok) or quantified(tok)) and listed:
        # "A, B and C, which have developed closed models": a plural verb speaks of them all
        # (so does "all" or "both" as the clause's subject: "A and B, both offering ...")
        named = [frame.holders.player_at(c) for c in listed]
        keys += [k for k in named if k and k not in keys]
    if keys:
        frame.add(keys, frame.side_to(depth, act=True), "practice", "relative_clause")
        add_founders(frame, depth, tok)
        return STOP
    if keys == [] and (named := named_of_kind(frame.holders, tok.head)):
        # "A and other models that are only served through an API": A is one of them
        frame.add(named, frame.side_to(depth, act=True), "practice", "relative_clause")
        return STOP
    if keys == [] and tok.head.tag_ in ("NNS", "NNPS") and depth <= 2:
        if attacked(tok.head) or made_things(tok.head):
            return None  # "lashed out at companies that keep their models closed": read on
        return STOP  # "a bill that fines developers who release open models": whom it targets
    return None


# what a "where" or "when" clause may hang on that is an occasion, not a player
OCCASIONS = {
    "dinner", "talk", "meeting", "conversation", "summit", "event", "interview", "panel",
    "conference", "visit", "podcast", "hearing", "session", "call", "speech", "forum", "debate",
}  # fmt: skip


def whole_list(h: Holders, last: Token) -> list[Token]:
    """The names listed with the one a clause hangs on, from the list's first ("A, B and C,
    which ..." hangs on C; the parser may set B beside A instead of joining it)."""
    chain = [last]
    while chain[-1].dep_ in ("conj", "appos") and chain[-1].head.i in h.token_player:
        chain.append(chain[-1].head)
    out = [t for link in reversed(chain) for t in h.conjuncts(link)]
    return list(dict.fromkeys([*out, *chain]))


def named_of_kind(h: Holders, noun: Token) -> list[str]:
    """'A, B and other models that ...': the players listed before a plural noun that "other"
    or "similar" makes their kind; a clause on that noun describes them as well."""
    if noun.dep_ != "conj" or noun.tag_ not in ("NNS", "NNPS") or not kind_marked(noun):
        return []
    keys = [h.player_at(n) for n in listed_before_noun(h, noun)]
    return [] if not keys or None in keys else list(dict.fromkeys(keys))


def made_things(noun: Token) -> bool:
    """'is developing systems that are open', 'builds models that stay closed': things made,
    whose openness is their maker's practice (the maker is read further up)."""
    if noun.lower_ not in TECH_NOUNS:
        return False
    return noun.dep_ == "dobj" and noun.head.lemma_ in MAKING_VERBS


def verb_forms(verb: Token) -> list[Token]:
    """A verb and its auxiliaries: the words whose forms say the subject's number."""
    return [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]


def plural_verb(verb: Token) -> bool:
    """'which have', 'which are', 'that were': a verb whose form says its subject is plural."""
    return any(t.tag_ == "VBP" or t.lower_ == "were" for t in verb_forms(verb))


def singular_verb(verb: Token) -> bool:
    """'which has', 'which is', 'that keeps': a verb whose form says its subject is one."""
    return any(t.tag_ == "VBZ" for t in verb_forms(verb))


def attacked(noun: Token) -> bool:
    """A noun an attack is aimed at: 'criticized companies that ...', 'lashed out at labs'."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
        return False
    # ("clauses that would burden firms which develop open models": a harm aimed too)
    return is_negative(verb) or (noun.dep_ == "dobj" and harm_verb(verb))


def rival_clause(frame: Frame, depth: int) -> bool:
    """'a model that matches or beats the capabilities of proprietary ones': a verb of rivalry
    between the cue and the relative clause, however deep the cue sits in its object."""
    return any(
        t.pos_ == "VERB"
        and t.lemma_ in COMPETE_VERBS
        and not frame.in_cue(t)
        # "matches the best while also being open source": the cue is its own clause
        and frame.path[k].dep_ not in ("advcl", "conj", "ccomp")
        for k, t in enumerate(frame.path[1 : depth + 1])
    )


def past_origin(clause: Token) -> bool:
    """'which was founded as an open lab', 'which originally kept its code closed': a clause
    about how the antecedent began, in a sentence that says it has changed since, is its past,
    not its position."""
    words = {t.lemma_.lower() for t in clause.subtree}
    past = clause.tag_ == "VBD" or any(c.tag_ == "VBD" for c in clause.children)
    if not past or not words & ORIGIN_WORDS:
        return False
    inside = {t.i for t in clause.subtree}
    rest = {t.lemma_.lower() for t in clause.sent if t.i not in inside}
    return bool(rest & CHANGE_WORDS)


def ambiguous_anaphor(h: Holders, noun: Token) -> bool:
    """'The company, which ...' after a sentence naming several organisations: the rules cannot
    tell which one it is, so the clause is given to none of them."""
    det = next((c.lower_ for c in noun.children if c.dep_ == "det"), "")
    if noun.lemma_ not in ORG_NOUNS or det not in ("the", "this") or h.named(noun):
        return False
    if h.referred(noun):
        return False  # the holders settle it: the story's company, never a list's item
    sidx = h.sent_of.get(noun.i, 0)
    start = h.sents[max(0, sidx - 1)].start
    named = {h.token_player.get(i) for i in range(start, noun.i)}
    return len({k for k in named if k and h.players[k].type == "ORG"}) > 1


def appositive_holder(h: Holders, noun: Token) -> list[str] | None:
    """The player a describing noun stands beside ("X, a coalition of A and B that ..." is
    X), else the players the noun itself names."""
    if noun.dep_ == "appos" and (key := h.player_at(noun.head)):
        if noun.tag_ in ("NNS", "NNPS"):
            # "A and B, two labs that ...": a plural description of the whole list
            return list(dict.fromkeys([key, *h.conjunct_keys(noun.head)]))
        return [key]
    return h.resolve(noun, conjuncts=False)


def object_relative(clause: Token) -> bool:
    """'X, which Z criticized for ...': the relative word is the clause's object, and the
    clause has a subject of its own, who does the verb to X."""
    kids = list(clause.children)
    relative = any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in kids)
    return relative and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in kids)


def concession(frame: Frame, depth: int, tok: Token) -> str | None:
    """'Despite the lab's history of open releases, its new model is closed': what a concessive
    phrase grants is not what the main clause's subject does."""
    if depth and tok.dep_ == "prep" and tok.lower_ in CONCESSIVE:
        return STOP
    return None


PURPOSE_DEPS = ("xcomp", "advcl", "prep")  # "designed to build", "aimed at building"


def purpose_participle(frame: Frame, depth: int, tok: Token) -> str | None:
    """'X, a project designed to build open models', 'a fund set up to back open labs': a
    participle that says what a named thing is for describes that thing."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or depth == 0:
        return None
    if tok.head.pos_ != "NOUN" or not any(c.dep_ in PURPOSE_DEPS for c in tok.children):
        return None
    keys = appositive_holder(frame.holders, tok.head)
    if not keys:
        return None
    frame.add(keys, frame.side_to(depth), "practice", "relative_clause")
    if tok.lemma_ in FOUNDING_VERBS:  # "a network funded by A and B to champion open AI": A, B
        agent = passive_agent(tok)
        founders = [g for g in agent.children if g.dep_ == "pobj"] if agent is not None else []
        named = [k for f in founders for k in frame.holders.conjunct_keys(f)]
        frame.add(list(dict.fromkeys(named)), frame.side_to(depth), "practice", "founder")
    return STOP


def founded_for(frame: Frame, depth: int, tok: Token) -> str | None:
    """'they founded X to build fully open models', 'launched X to promote open-source AI':
    the body set up holds the purpose it was set up for; its founders share it (the walk goes
    on to them)."""
    if tok.lemma_ not in FOUNDING_VERBS or tok.pos_ != "VERB" or depth == 0:
        return None
    below = frame.path[depth - 1]
    if below.dep_ not in ("xcomp", "advcl") or not any(c.lower_ == "to" for c in below.children):
        return None
    if below.lemma_ not in FOUNDED_AIMS or any(c.lower_ == "only" for c in below.children):
        return None  # "to be close to open-source developers", "only to watch open models win"
    if depth < 2 or frame.path[depth - 2].dep_ != "dobj":
        return None  # the aim's own object holds the cue ("to build open models")
    bodies = [c for c in tok.children if c.dep_ == "dobj"]
    keys = [k for b in bodies for k in frame.holders.conjunct_keys(b)]
    keys = [k for k in keys if frame.holders.players[k].type == "ORG"]
    frame.add(list(dict.fromkeys(keys)), frame.side_to(depth - 1, act=True), "practice", "founder")
    return None


def describing_participle(frame: Frame, depth: int, tok: Token) -> str | None:
    """'X, a partnership supporting open development', 'Y, a startup releasing open models':
    an "-ing" participle on a noun set beside a name describes what the named player does."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or depth == 0:
        return None
    key = name_beside(frame.holders, tok.head)
    keys = [key] if key is not None else included(frame.holders, tok.head)
    if not keys:
        return None
    if rival_clause(frame, depth) or tok.lemma_ in COMPETE_VERBS:
        return ABORT  # "a startup competing with open models": a foil, not its practice
    frame.add(keys, frame.side_to(depth, act=True), "practice", "relative_clause")
    add_founders(frame, depth, tok)
    return STOP


def add_founders(frame: Frame, depth: int, clause: Token) -> None:
    """'A and B launched the C Alliance, a group advocating for open science': those who set
    up a body to campaign share its cause (not those who fund a firm that builds models: a
    firm's product is no cause its backers argue)."""
    if clause.lemma_ not in CAMPAIGNING or negated_verb(clause):
        return
    kind = clause.head  # "a group advocating ...", "a new group called X that ..."
    if kind.lemma_.lower() not in CAMPAIGN_BODIES:
        return  # "founded Quill AI, a startup that promotes its open models": a firm
    body = kind.head if kind.dep_ == "appos" else kind
    verb = body.head
    if body.dep_ != "dobj" or verb.lemma_ not in FOUNDING_VERBS or verb.pos_ != "VERB":
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    keys = [k for s in subjects for k in frame.holders.conjunct_keys(s)]
    frame.add(list(dict.fromkeys(keys)), frame.side_to(depth, act=True), "advocacy", "founder")


def quantified(clause: Token) -> bool:
    """'A and B, both offering ...', 'A, B and C, all releasing ...': a clause whose subject
    is "all", "both" or "each" speaks of every member of the list it follows."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("all", "both", "each") for c in clause.children)


def included(h: Holders, noun: Token) -> list[str]:
    """'Companies working on open models include A and B': the names a subject includes."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "include":
        return []
    objects = [c for c in noun.head.children if c.dep_ == "dobj"]
    names = [c for o in objects for c in h.conjuncts(o)]
    # not a possessor ("Germany's" in "Germany's Aleph Alpha"): it only says whose it is
    keys = [h.token_player.get(c.i) for c in names if not possessor_word(c)]
    return list(dict.fromkeys(k for k in keys if k))


def name_beside(h: Holders, noun: Token) -> str | None:
    """The player a describing noun is set beside: "X, a startup ...", in apposition or (as
    the parser may read it) as a second object right after "X,"."""
    if noun.dep_ == "appos":
        return h.player_at(noun.head)
    at = noun.left_edge.i
    if at >= 2 and noun.doc[at - 1].text == "," and noun.dep_ in ("dobj", "pobj", "conj"):
        return h.token_player.get(at - 2)
    return None


def partisan(frame: Frame, depth: int, tok: Token) -> str | None:
    """'LeCun, a longtime advocate of open models', 'X is a critic of closed AI', 'supporters
    of open models include A and B'."""
    if tok.lemma_ not in PARTISANS or tok.pos_ != "NOUN":
        return None
    of = [
        o
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("of", "for")
        for o in c.children
    ]
    if any(o.lemma_ in INVESTEE_NOUNS for o in of):
        return None  # "backers of the proprietary lab": investors in a lab, not partisans of a side
    who = None
    if tok.dep_ == "appos":
        who = tok.head
    elif tok.dep_ == "attr" and tok.head.lemma_ == "be" and tok.head.dep_ not in ("xcomp", "ccomp"):
        # not "wanted Britain to be a champion of ..."
        who = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    elif tok.dep_ == "pobj" and tok.head.lower_ == "as":
        who = cast_as(frame.holders, tok.head.head)
    # "supporters of open models include A and B": the members listed
    keys = frame.holders.resolve(who) if who is not None else included(frame.holders, tok)
    if keys and dated_role(tok) and not still_held(tok):
        # "X, once a champion of open research, has since moved to ...": the role is past;
        # a change told beside it says where X stands now, else the text gives no side
        if changed_since(frame, tok):
            frame.add(keys, flip(frame.side_to(depth)), "advocacy", "partisan")
        frame.speech_found = True  # the role is the cue's reading, not a speaker's words
        return STOP
    if keys:
        frame.add(keys, frame.side_to(depth), "advocacy", "partisan")
        frame.speech_found = True
        return STOP
    return None


def dated_role(role: Token) -> bool:
    """'once a champion of', 'a former critic of', 'formerly an advocate for': a role the
    words before it date (not "now", which says it holds)."""
    # (the parser may hang the dating word on the name: "X, formerly an advocate of ...")
    before = role.doc[max(0, role.left_edge.i - 1) : role.i]
    return any(t.lower_ in CHANGE_MARKS and t.lower_ not in ("now", "longer") for t in before)


def still_held(role: Token) -> bool:
    """'once a critic of open models and still wary of them': the role's own words say it
    holds."""
    return any(t.lower_ == "still" for t in role.subtree)


def changed_since(frame: Frame, role: Token) -> bool:
    """Whether the holder's own clause says it has changed: a verb of change ("has since
    moved to", "shifted toward"), or "now" on a clause with no cue of its own ("now says
    they are safe"; not "now runs an open-source lab", which says where it stands itself)."""
    verb = role.head.head if role.head.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        return False
    if verb.lemma_ in CHANGING_VERBS:
        return True
    if not any(c.dep_ == "advmod" and c.lower_ == "now" for c in verb.children):
        return False
    inside = {t.i for t in role.subtree}
    clause = {t.i for t in verb.subtree} - inside
    return not any(start in clause for start, _, _ in frame.root.doc._.openness or [])


def cast_as(h: Holders, anchor: Token) -> Token | None:
    """Who is cast as an advocate (or critic): 'his positioning as a champion of ...', 'cast
    herself as an advocate for ...', 'bolstered X's image as ...', 'emerged as a critic'."""
    if anchor.pos_ == "NOUN":
        return next((c for c in anchor.children if c.dep_ == "poss"), None)
    if anchor.pos_ != "VERB":
        return None
    objects = [c for c in anchor.children if c.dep_ == "dobj"]
    if not objects:
        subjects = h.subjects(anchor)
        return subjects[0] if subjects else None
    obj = objects[0]
    if obj.lower_ in REFLEXIVES:
        subjects = h.subjects(anchor)
        return subjects[0] if subjects else None
    poss = next((c for c in obj.children if c.dep_ == "poss"), None)
    return poss if poss is not None else obj


CLAUSE_DEPS = ("ccomp", "advcl", "parataxis", "conj")


def misused(frame: Frame, use: Token) -> bool:
    """'could be used to design bioweapons', 'used by criminals': a use the sentence names as
    harm is a warning about the cue, not someone merely using it."""
    on_path = {t.i for t in frame.path}
    return any(
        t.i not in on_path and t.lemma_.lower() in NEGATIVE
        for c in use.children
        if c.dep_ in ("xcomp", "advcl", "agent", "prep")
        for t in c.subtree
    )


def keeping_pace(verb: Token) -> bool:
    """'keeps up with (keeps pace with) proprietary models': a rivalry, no keeping ("kept up
    its closed strategy" keeps: no "with")."""
    if verb.lemma_ != "keep":
        return False
    kids = list(verb.children)
    up_with = any(c.dep_ == "prt" and c.lower_ == "up" for c in kids) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in kids
    )
    # "keeps ahead (abreast) of proprietary rivals": the "of" on the adverb or on the verb
    aheads = [c for c in kids if c.lower_ in AHEAD_WORDS]
    ahead_of = bool(aheads) and any(g.lower_ == "of" for t in (*aheads, verb) for g in t.children)
    return up_with or ahead_of or any(c.dep_ == "dobj" and c.lower_ == "pace" for c in kids)


def rivals_described(frame: Frame, depth: int, verb: Token) -> bool:
    """'rattling its closed-source rivals', 'leaving open-source competitors behind': the
    cue describes the rivals the verb acts on, not the verb's subject; only a verb that
    judges them (praises, attacks) says a side of its own."""
    if not depth or frame.path[depth - 1].dep_ != "dobj":
        return False
    rivals = frame.path[depth - 1]
    if rivals.lemma_ not in OTHERS_NOUNS:
        return False
    judging = verb.lemma_ in ADVOCACY or verb.lemma_ in PRAISING_VERBS
    return not judging and all(t.dep_ in ("amod", "compound") for t in frame.path[: depth - 1])


def routing_rivals(verb: Token) -> bool:
    """'are crushing US closed-source alternatives': a verb of beating that can also harm
    counts as rivalry only when what it beats is a rival ("would crush open-source
    developers" is a harm)."""
    return verb.lemma_ in ROUT_VERBS and any(
        c.dep_ == "dobj" and c.lemma_ in RIVAL_NOUNS for c in verb.children
    )


def no_holder_clause(frame: Frame, depth: int, tok: Token) -> str | None:
    """Clauses whose subject holds no position on the cue: ABORT ends the frame, STOP ends
    the walk, None lets the walk go on."""
    # the cue in a clause under the verb ("..., it uses X") is not the verb's object, nor is
    # one that describes its subject ("X, released under the MIT licence, runs on phones")
    object_of = not depth or frame.path[depth - 1].dep_ not in (*CLAUSE_DEPS, *SUBJECT_DEPS)
    through_prep = depth and frame.path[depth - 1].dep_ == "prep"  # "lose the race to X"
    if tok.lemma_ in REPORTING and any(
        c.dep_ == "dobj" and c.lower_ == "nothing" for c in tok.children
    ):
        return ABORT  # "said nothing about open models": no claim at all
    rivalling = tok.lemma_ in COMPETE_VERBS or keeping_pace(tok) or routing_rivals(tok)
    # ("keeps ahead of X": two steps more, the adverb and the "of" that hangs on it)
    ahead = bool(depth) and frame.path[depth - 1].lower_ in AHEAD_WORDS
    # ("keeps up with X and other proprietary models": a list adds a step per conjunct)
    listed = sum(1 for t in frame.path[:depth] if t.dep_ == "conj")
    # ("beat X, a closed model", "beat A and B – two of the closed models –": the rival
    # described aside, a step or two more)
    aside = sum(
        (1 + 2 * (t.lower_ in NUMBER_WORDS))
        if t.dep_ == "appos"
        else 2 * (counted_aside(t) is not None)
        for t in frame.path[:depth]
    )
    # ("rival those from closed labs": the pronoun for the rivals and its "from", two more)
    stand_in = 2 * any(t.lower_ in ("those", "ones") for t in frame.path[:depth])
    if (
        object_of
        and rivalling
        and depth <= 2 + through_prep + 2 * ahead + listed + aside + stand_in
    ):
        return ABORT  # "outperformed several closed models": a rival, not a practice
    if object_of and rivals_described(frame, depth, tok):
        return ABORT  # "rattled its closed-source rivals": the rivals are closed, not the subject
    ranked = through_prep and frame.path[depth - 1].lower_ in RANKING_PREPS and tok.lemma_ in RANKED
    if ranked and depth <= 3 and not frame.in_cue(frame.path[depth - 1]):
        # "the model stays behind the closed frontier": measured against it ("kept behind a
        # paid API" is itself the cue)
        return ABORT
    if object_of and tok.lemma_ in TOPIC_VERBS and depth <= 2:
        return ABORT  # "did not address open-source models": a topic, not a position
    if depth and namesake(tok, frame.path[depth - 1]):
        return ABORT  # "named in homage to (after) X's closed models": the namesake's side
    studied = tok.lemma_ in STUDY_VERBS and not likened_to_worry(tok)  # not "compared X to bombs"
    if object_of and studied and depth <= 3 and not own_work(frame, depth):
        return ABORT  # "evaluates both open and closed models": a tester, not a practice
    uses = tok.lemma_ in USE_VERBS or built_on(frame, depth, tok)
    # ("builds on X, an open-weight model from Y": the apposition is one step more)
    described = sum(1 for t in frame.path[:depth] if t.dep_ == "appos")
    if object_of and uses and depth <= 3 + described and not misused(frame, tok):
        if tok.dep_ == "relcl" and harmed(tok.head):
            return None  # "bad for startups that rely on open models": who says so defends it
        if tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_ in ADVOCACY:
            return None  # "advocates leveraging open-source models": the use urged is a side
        if urged(tok):
            return None  # "X should adopt and use open models": a use demanded is a side
        return ABORT  # "has relied on open-source models": a user, not a position
    voting = tok.lemma_ == "vote"
    if any(
        t.pos_ == "NOUN"
        and t.lemma_ in DOCUMENT_NOUNS
        and t.dep_ != "attr"
        and (t.head.i == tok.i or (voting and voted_on(t) is not None))
        and not (
            t.lemma_ in MADE_DOCUMENTS
            and frame.in_cue(frame.path[at - 1])
            and (tok.lemma_ in MAKING_VERBS or tok.lemma_ in RUNNING_VERBS)
        )
        # ("wants tough rules on open models": rules wanted are the wanter's own side)
        and not (t.lemma_ in RULE_NOUNS and (tok.lemma_ in ADVOCACY or tok.lemma_ in WANTING))
        for at, t in enumerate(frame.path[1:depth], start=1)
    ):
        # "X introduced a bill that would ...", "voted for a bill that would ...": the bill's
        # side, via its signers and voters
        return STOP
    if depth and two_sided_kicker(frame, tok, frame.path[depth - 1]):
        return ABORT
    return None


def lacks_cue(frame: Frame, depth: int, verb: Token) -> bool:
    """'X lacks open weights (an open licence)': the cue's thing is what a subject lacks, up to
    three steps below the verb (not "isn't lacking in open models", which has them; the
    denied lack is `polarity.lacked`)."""
    if verb.lemma_ != "lack" or not depth or depth > 3 or negated_verb(verb):
        return False
    below = frame.path[depth - 1]
    return below.dep_ == "dobj" or (below.dep_ == "prep" and below.lower_ == "in")


def namesake(verb: Token, below: Token) -> bool:
    """'named after X', 'named in homage to X', 'dubbed for X': what a name honours, not what
    the named thing is ("calls for openness" is a demand, not a name)."""
    if verb.lemma_ not in NAMING_VERBS or below.dep_ != "prep":
        return False
    if below.lower_ in ("after", "to"):  # ("in homage to X" with "to" hung on the verb)
        return True
    return below.lower_ in ("in", "for") and verb.lemma_ != "call"


def demanded_state(verb: Token) -> bool:
    """'should be open', 'must become open source', 'needs to be open': a state asked of its
    subject, which it has not reached ("should remain open" asks it to stay as it is)."""
    return verb.lemma_ in ("be", "become") and demanded(verb)


# verbs whose infinitive is demanded: "needs to (ought to) back open models"
DEMANDING_HEADS = ("need", "ought")


def demanded(verb: Token) -> bool:
    """A verb under a modal of demand, or asked for by "need to" or "ought to": "should use",
    "must be", "needs to be"."""
    if any(c.dep_ == "aux" and c.lower_ in MODAL_DEMANDS for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_ in DEMANDING_HEADS


# words that say the thing already is what is asked: "is and always has been open"
ALREADY_WORDS = {"already", "always", "still", "remain", "remains", "continue", "again", "stay"}


def demanded_of_another(verb: Token, subject: Token) -> bool:
    """'Norway must adopt open models', 'Europe should back open models', 'India ought to
    (needs to) back open models': a stance demanded of a third party is the demander's;
    the one asked to take it has not yet. Not a speaker's demand on itself ("we must ...")."""
    if subject.pos_ == "PRON":
        return False
    # (read at "ought" or "needs" itself when the verb under it has no subject of its own)
    asked = verb.lemma_ in DEMANDING_HEADS and any(c.dep_ == "xcomp" for c in verb.children)
    return asked or urged(verb)


def asked_to_change(frame: Frame, verb: Token, above: Token | None = None) -> bool:
    """'X should be open source', 'X needs to be open source': an open state asked of one
    product by the writer or an unaffiliated person, which says it is not open yet. Not when the
    sentence says it already is ("is and should be", "as it always has been"), when the
    product is one example among others ("like Y"), when a date makes it a plan ("by June"),
    nor for a closed state asked ("should be proprietary" says nothing of what it is)."""
    if frame.cue.side != "open" or not demanded_state(verb):
        return False
    if verb.dep_ == "conj" or any(c.dep_ == "conj" for c in verb.children):
        return False
    if any(t.lower_ in ALREADY_WORDS for t in frame.sent) or any(
        c.lower_ == "by" for t in (verb, frame.root) for c in t.children
    ):
        return False
    head = above if above is not None else verb
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    h = frame.holders
    if len(subjects) != 1 or any(
        c.dep_ in ("conj", "appos", "prep", "relcl") for c in subjects[0].children
    ):
        return False
    product = h.player_at(subjects[0])
    if product is None:
        return False
    # a company, or someone who speaks for one, may be asking it of its own product: only
    # the writer's demand or an unaffiliated person's says the product is not open
    others = {k for t in frame.sent if (k := h.token_player.get(t.i)) and k != product}
    return not any(
        h.players[k].type == "ORG" or (h.players[k].type == "PERSON" and h.players[k].affiliation)
        for k in others
    )


def sides_compared(frame: Frame, verb: Token, below: Token) -> bool:
    """'the best open models trail the leading closed ones': the cue's phrase is the subject
    of a verb of competing whose object holds a cue of the other side; the two sides are
    measured against each other, which takes neither."""
    if verb.lemma_ not in COMPETE_VERBS or below.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(
        c.dep_ in ("aux", "neg") and c.lower_ not in ("do", "does", "did") for c in verb.children
    ):
        return False  # "must compete with", "could soon match", "cannot match": a judgement
    rest = [c for c in verb.children if c.dep_ in ("dobj", "prep", "attr")]
    return any(t.i in frame.other_side for c in rest for t in c.subtree)


# prepositions that give a consideration, the speaker's reason rather than a thing done
CONSIDERING = {"given", "considering"}


def clause_below(frame: Frame, depth: int) -> bool:
    """A verb on the cue's path below `depth`: the cue sits in a clause of its own ("given
    how cheap open models have become"), not in a noun phrase ("given the risks of open
    models", which is itself a judgement)."""
    return any(t.pos_ in ("VERB", "AUX") and not frame.in_cue(t) for t in frame.path[1:depth])


def urged(verb: Token) -> bool:
    """'should use', 'must adopt and use', 'need to rely on': a verb under a modal of demand
    (its own, or that of the verb it is coordinated with)."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(demanded(v) for v in verbs)


def two_sided_kicker(frame: Frame, verb: Token, below: Token) -> bool:
    """'From open labs to closed doors: X sues Y': a verbless phrase before a colon, hung by
    the parser on the verb after it, that names both sides or a change ("from open ...") is
    the headline's kicker about the story, not the verb's argument nor its subject's act."""
    colons = [c for c in verb.children if c.dep_ == "punct" and c.text == ":"]
    if not colons or not below.i < colons[0].i < verb.i:
        return False
    if any(s.i < colons[0].i for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")):
        return False  # "X: ..." is X's own line
    return below.lower_ == "from" or any(i < colons[0].i for i in frame.other_side)


VENTURES = {"business", "company", "strategy", "empire", "brand", "reputation", "career"}


def built_on(frame: Frame, depth: int, tok: Token) -> bool:
    """'built its assistant on open models': the models are what is built upon (used), however
    the parser hangs "on" (on the verb or on its object)."""
    if tok.lemma_ != "build" or not depth:
        return False
    if any(c.dep_ == "dobj" and c.lemma_ in VENTURES for c in tok.children):
        return False  # "built its business on closed models": its strategy, not a tool
    below = frame.path[depth - 1]
    if below.lower_ in ("on", "upon"):
        return True
    return depth >= 2 and below.dep_ == "dobj" and frame.path[depth - 2].lower_ in ("on", "upon")


def own_work(frame: Frame, depth: int) -> bool:
    """'is testing an open-source version of its assistant': what a lab tests is its own
    (a version or release, or a thing its possessive names), so the test is its practice."""
    words = frame.path[:depth]
    return any(
        t.lemma_ in VERSION_NOUNS or any(c.dep_ == "poss" for c in t.children) for t in words
    )


def practice(frame: Frame, depth: int, subject: Token, keys: list[str]) -> None:
    """What the subject of the cue's own clause does: the first such clause only (a verb
    higher up with another subject, "A opens X, while B keeps Y closed", is another act)."""
    if frame.practice_found:
        return
    # ("stop A from releasing open models": A's act, and the stopping is the clause above's)
    controlled = subject.dep_ == "dobj"
    if keys and not set(keys) <= frame.demanded and not controlled:
        frame.practice_found = True  # this clause is the practice, even if credited already
    keys = [k for k in keys if k not in frame.owners_done]  # its product, already described
    if not keys:
        return
    h = frame.holders
    # "labs like A releasing open weights could help ...": the cue's own participle on the
    # subject is the subject's act; what the verb above says of it is not
    acting = frame.root.dep_ == "acl" and frame.root.head.i == subject.i
    named = (
        any(h.player_at(s) for s in h.conjuncts(subject))
        or (subject.lemma_ in ORG_NOUNS and bool(h.speakers_company(subject)))
        or (subject.lower_ in MODEL_NOUNS and bool(h.possessor(subject)))
        or (
            subject.pos_ == "NOUN"
            and (acting or own_clause(frame, depth))
            and bool(h.named_among(subject))
        )
    )  # "Acme CEO Jane Roe said the company would ...", "Acme's models", "labs like Acme"
    side = frame.side_to(0 if acting else depth, act=True)
    frame.add(keys, side, "practice", "clause_subject" if named else "unnamed_subject")
    for key in keys:  # what each holder does, even where its speech outranks it
        frame.acts.setdefault((key, frame.sent_index), set()).add(side)


def own_clause(frame: Frame, depth: int) -> bool:
    """No other verb between the cue and the verb at `depth` but a means: the cue is that
    verb's own act ("labs like A openly sharing"; not "labs like A releasing X could help
    adversaries")."""
    # (a means on the way is part of the act: "achieve dominance using closed models")
    return all(t.pos_ not in ("VERB", "AUX") or t.lemma_ in USE_VERBS for t in frame.path[1:depth])


def document_owners(frame: Frame, subject: Token) -> list[str]:
    """'The ministry's Digital Plan calls for open models': a named plan, law or report (no
    person, company or product) speaks for whoever the possessive says it belongs to."""
    h = frame.holders
    key = h.player_at(subject)
    if key is None or h.players[key].type != "OTHER":
        return []
    owners = [k for c in subject.children if c.dep_ == "poss" for k in h.resolve(c) or []]
    return [k for k in owners if k != key and h.players[k].type in ("ORG", "GPE", "PERSON")]


def stranded_subject(h: Holders, verb: Token) -> Token | None:
    """'A released X, and new players like B and C are launching open models', parsed with
    "players" hung on the first clause's list: a conjoined verb with no subject of its own
    whose auxiliary follows a list of examples has that list's noun as its subject."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.i < verb.i), None)
    if aux is None or aux.i == 0:
        return None
    head = verb.doc[aux.i - 1]
    if h.player_at(head) is None:
        return None
    while head.dep_ in ("conj", "compound"):
        head = head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in EXAMPLE_PREPS or prep.head.pos_ != "NOUN":
        return None
    return prep.head  # "players" in "new players like B and C"


def dashed_subject(verb: Token) -> Token | None:
    """'X opened the new model — the prior version, released in March, was for research use
    only', parsed with "version" as an object in the first clause: a conjoined verb with no
    subject of its own, right after a dash and a noun's phrase, has that noun for subject."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    doc = verb.doc
    dashes = [t for t in doc[verb.head.i + 1 : verb.i] if t.text in DASHES]
    if not dashes:
        return None
    start = dashes[-1].i + 1
    noun = next((t for t in doc[start : verb.i] if t.pos_ in ("NOUN", "PROPN")), None)
    while noun is not None and noun.dep_ == "compound" and noun.head.i < verb.i:
        noun = noun.head
    if noun is None:
        return None
    own = {t.i for t in noun.subtree}
    lead = all(t.pos_ in ("DET", "ADJ", "NUM") or t.i in own for t in doc[start : noun.i])
    rest = all(t.i in own or t.is_punct for t in doc[noun.i + 1 : verb.i])
    return noun if lead and rest else None


def relative_on_object(frame: Frame, depth: int, verb: Token) -> bool:
    """The cue inside a relative clause on the verb's object ("integrated the model, which
    was released under an open licence, into its app"): the clause describes the thing."""
    for below in frame.path[:depth]:
        if below.dep_ != "relcl":
            continue
        noun = below.head  # (a model taken up; adopting a policy or a strategy is a stance)
        key = frame.holders.player_at(noun)
        product = key is not None and frame.holders.players[key].type == "PRODUCT"
        thing = noun.head if noun.dep_ == "pobj" else noun
        on_object = thing.head.i == verb.i and thing.dep_ in ("dobj", "prep")
        return (noun.lower_ in MODEL_NOUNS or product) and on_object
    return False


def past_a_list(subject: Token) -> Token | None:
    """'In a world dominated by giants like A, B, and C, D has decided ...', parsed with C as
    the subject and D its conjunct: the "and" before C closes a list inside a phrase of
    setting, so the name after the comma, right before the verb, is the subject."""
    doc = subject.doc
    if subject.i < 1 or doc[subject.i - 1].lower_ not in ("and", "or"):
        return None
    cc = doc[subject.i - 1]
    if cc.head.i in (subject.i, subject.head.i) or not any(
        a.dep_ in ("prep", "agent") for a in (cc.head, *cc.head.ancestors) if a.i < subject.i
    ):
        return None
    after = [c for c in subject.children if c.dep_ == "conj" and c.i > subject.i]
    if not after or any(t.text != "," for t in doc[subject.i + 1 : after[0].i]):
        return None
    return after[0]


def split_list(h: Holders, subject: Token) -> list[str]:
    """'giants like A, B, C, and D keep their models closed', parsed with D alone as the
    verb's subject: the names listed before the "and" share D's clause."""
    doc = subject.doc
    i = subject.i - 1
    if i < 2 or doc[i].lower_ not in ("and", "or") or h.player_at(subject) is None:
        return []
    prev = doc[i - 2] if doc[i - 1].text == "," else doc[i - 1]
    head = prev
    while head.dep_ == "conj":
        head = head.head
    while head.dep_ == "compound":
        head = head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in EXAMPLE_PREPS or subject.head == prev.head:
        return []  # not a list of examples, or the parser kept the list together
    return h.conjunct_keys(head)


def opening_list(h: Holders, subject: Token) -> list[str]:
    """'A, B, and C all shipped weights', parsed with C alone as the verb's subject: when
    everything from the sentence's start to the "and" is names and commas, those names share
    C's clause."""
    doc, i = subject.doc, subject.i - 1
    if h.player_at(subject) is None:
        return []
    if i < 1 or doc[i].lower_ not in ("and", "or"):
        # "A, B and C released ...", parsed with A a modifier and B the subject with C its
        # conjunct: the names before B's comma are in the list too
        if not any(c.dep_ == "conj" for c in subject.children) or subject.left_edge.i < 2:
            return []
        i = subject.left_edge.i
        if doc[i - 1].text != ",":
            return []
    before = doc[subject.sent.start : i]
    if not before or any(not t.is_punct and h.player_at(t) is None for t in before):
        return []
    if not any(t.text == "," for t in before):
        return []  # "A and B": the parser keeps two names together
    return list(dict.fromkeys(k for t in before if (k := h.player_at(t))))


def split_subjects(h: Holders, subjects: list[Token]) -> list[str]:
    """'A, B and C released ...', parsed with A and B as two subjects of one verb, or with
    "B and C" in apposition to A: the names that follow the first subject with only commas
    and "and" between are its list (an apposition that is one name alone describes A)."""
    out = h.appositive_list(subjects[0])
    last = subjects[0]
    for s in subjects[1:]:
        gap = s.doc[last.right_edge.i + 1 : s.left_edge.i]
        if h.player_at(s) is None or any(t.text != "," and t.lower_ != "and" for t in gap):
            break
        out += h.resolve(s) or []
        last = s
    return out


BRACKET_FOILS = {"unlike", "not", "except", "but", "versus", "vs", "vs."}


def bracket_mates(h: Holders, subject: Token) -> list[str]:
    """'The early releases (A in 2023, B and C in 2024) shipped ...', parsed with C alone as
    the verb's subject: the names inside the same brackets (or dashes) share its clause."""
    sent, marks = subject.sent, ("(", ")", "\u2014", "\u2013")
    opening = next((t for t in reversed(sent[: subject.i - sent.start]) if t.text in marks), None)
    closing = next((t for t in sent[subject.i - sent.start :] if t.text in marks), None)
    if opening is None or closing is None:
        return []
    if (opening.text, closing.text) != ("(", ")") and opening.text not in marks[2:]:
        return []
    if opening.text in marks[2:] and closing.text != opening.text:
        return []  # "— A, B —": a dash opens and the same dash closes
    inside = subject.doc[opening.i + 1 : closing.i]
    if any(t.lower_ in BRACKET_FOILS for t in inside):
        return []  # "(A, unlike B)": the brackets set a foil apart
    keys = [h.player_at(t) for t in inside]
    return [k for k in dict.fromkeys(keys) if k and h.players[k].type == "PRODUCT"]


def wish_of_speaker(frame: Frame, verb: Token) -> bool:
    """'According to X, Japan needs open models', 'Japan should back open AI, X says': a wish
    in the main clause of a sentence someone else speaks is the speaker's, not its subject's."""
    if verb.dep_ != "ROOT":
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in MODAL_DEMANDS for c in verb.children)
    if not modal and verb.lemma_ not in ("need", "require"):
        return False
    speaker = frame.holders.sentence_speaker(frame.sent) or []
    subjects = [k for s in frame.holders.subjects(verb) for k in frame.holders.resolve(s) or []]
    return bool(speaker) and not set(speaker) & set(subjects)


def accused_object(frame: Frame, depth: int, verb: Token, rule: str = "accused") -> None:
    """'Critics accused X of keeping its models closed': X holds what it is accused of (and
    what it is praised for: "praised X for releasing it openly", rule "praised"). Not
    for an attack word ("accused X of fearmongering", read by `accused`), nor for another's
    product the cue already describes ("accused X of copying Y's proprietary models")."""
    below = [*frame.root.doc[frame.cue.start : frame.cue.end], *frame.path[:depth]]
    # (a product the accused's own act keeps or releases, "for keeping Orion closed", is no
    # other's product described)
    described = any(
        f.rule != "released_object" for f in frame.found if f.holder in frame.owners_done
    )
    if described or charge_word(frame) or any(t.lower_ in ACCUSATIONS for t in below):
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    accused = [k for o in objects[:1] for k in frame.holders.resolve(o) or []]
    accused += [
        k for o in objects[:1] for k in frame.holders.appositive_list(o) if k not in accused
    ]
    # ("slammed the Act, calling it a ban on open AI": the Act is what the name says it is;
    # the name is the critics' charge, not the Act's view)
    named = next(
        (
            k
            for k in range(1, depth)
            if frame.path[k].lemma_ in NAMING_VERBS and frame.path[k - 1].dep_ == "oprd"
        ),
        None,
    )
    frame.add(accused, frame.side_to((named or depth) - 1), "practice", rule)


def praised_for_act(frame: Frame, depth: int) -> bool:
    """'praised X for releasing its weights': an act (a verb after "for"), not a thing ("for
    its response to criticism of its closed models" says nothing of X's own side)."""
    return frame.path[depth - 1].lower_ == "for" and frame.path[depth - 2].pos_ in ("VERB", "AUX")


def sided_with(frame: Frame, depth: int, said: Token) -> bool:
    """'X agreed with critics who say closed models stifle research': what the unnamed
    speakers say, X takes (the other side for "disagreed with", "broke with")."""
    people = said.head
    if said.dep_ != "relcl" or people.dep_ != "pobj" or people.head.lower_ != "with":
        return False
    verb = people.head.head
    if verb.lemma_ not in AGREEING and verb.lemma_ not in DISAGREEING:
        return False
    keys = [k for s in frame.holders.subjects(verb) for k in frame.holders.resolve(s) or []]
    if not keys:
        return False
    side = frame.side_to(depth)
    if (verb.lemma_ in DISAGREEING) != negated_verb(verb):
        side = flip(side)
    frame.add(keys, side, "claim", "said")
    frame.speech_found = True
    return True


def accusing(verb: Token) -> bool:
    """A verb of accusing; 'charge' only with what it charges ("charged the lab with
    fearmongering"): "charges developers for access" sets a price; 'sue' only with its deed
    ("sued X for keeping ..."; "sued X, arguing ..." is read as what it argues)."""
    if verb.lemma_ == "charge":
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    if verb.lemma_ == "sue":  # "sued X for keeping ...": a charge only with its deed
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    if verb.lemma_ == "target":  # "targeted X for (over) its shift ...": a named one blamed
        named = any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children)
        deeds = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("for", "over")
            for g in c.children
            if g.dep_ in ("pobj", "pcomp")
        ]  # a deed, not praise, a grant or recruitment
        return named and any(g.lemma_ in DEEDS or g.tag_ == "VBG" for g in deeds)
    return verb.lemma_ in ACCUSING_VERBS


# how far up the tree a verb may be and still be the cue's own act (further up, the words
# between are another clause's: "... an error, which caused a gap between A and the weights
# uploaded to a hub")
PRACTICE_REACH = 8


def yardstick_short(frame: Frame, depth: int, tok: Token) -> bool:
    """'falls short of proprietary rivals': the rivals are what it is measured by (not
    "falls short of being open", an act it does not reach)."""
    if depth < 2 or tok.lemma_ != "fall" or frame.path[depth - 1].lower_ != "short":
        return False
    return not short_of(frame.path[depth - 1], frame.path[depth - 2])


def compared_with(frame: Frame, depth: int) -> bool:
    """'It is faster than the open-source model X', 'cheaper than proprietary rivals', 'came
    close to X, a closed model' (`near_to`), 'on par with closed models': the cue in what a
    comparison measures against (not "rather than", a choice set aside)."""
    for k, tok in enumerate(frame.path[1:depth], start=1):
        if tok.lower_ != "than" or tok.dep_ != "prep":
            continue
        below = frame.path[k - 1]
        if below.dep_ != "pobj" or below.pos_ not in ("NOUN", "PROPN"):
            continue  # "more than enough to justify ...": no thing compared
        before = tok.doc[tok.i - 1] if tok.i else tok
        if before.lower_ != "rather" and before.tag_ in ("JJR", "RBR"):
            return True
    if any(near_to(tok, frame.path[k - 1]) for k, tok in enumerate(frame.path[1:depth], 1)):
        return True
    # "achieves (near-)parity with the proprietary X", "on par with closed models": a measure
    return any(tok.lower_ == "with" and at_par(tok.head) for tok in frame.path[1:depth]) or any(
        tok.lower_ == "par" for tok in frame.path[1:depth]
    )


def small_clause(tok: Token) -> bool:
    """'With X available for anyone to download, ...': an adjective with "with" and a
    subject of its own, a clause of circumstance beside the main one."""
    # ("with" before the clause, not the adjective's own complement: "compatible with X";
    # a name for subject, not "it" or "its weights", which the rules before read)
    with_ = tok.head.lower_ == "with" or any(
        c.lower_ == "with" and c.dep_ == "mark" and c.i < tok.i for c in tok.children
    )
    named = any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in tok.children)
    return tok.pos_ == "ADJ" and with_ and named


def fronted_against(verb: Token, prep: Token) -> bool:
    """'Against the closed code of X, Y's models can be used for free': an "against" set
    before the clause's subject sets the cue beside it, a foil (not "X campaigns against
    closed models", an opposition, after its subject)."""
    if prep.lower_ != "against" or prep.dep_ != "prep" or prep.head.i != verb.i:
        return False
    if verb.lemma_ in CAMPAIGNING or verb.lemma_ in WARNING_VERBS or verb.lemma_ in ADVOCACY:
        return False  # "Against closed AI, X has campaigned for years": an opposition
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return prep.i < verb.i and bool(subjects) and all(prep.i < s.i for s in subjects)


def near_to(tok: Token, below: Token) -> bool:
    """'came close to X, a closed model', 'performs competitively with open rivals': a thing
    the subject is measured by (not "came close to opening its weights", an act nearly
    done)."""
    if tok.lower_ not in ("to", "with") or tok.dep_ != "prep":
        return False
    # (the word itself, or the verb's adverb right before: "performs competitively with X")
    adverb = tok.doc[tok.i - 1] if tok.i else tok
    if tok.head.lower_ not in NEARNESS_WORDS and not (
        adverb.head.i == tok.head.i and adverb.dep_ == "advmod" and adverb.lower_ in NEARNESS_WORDS
    ):
        return False
    if below.dep_ != "pobj" or below.pos_ not in ("NOUN", "PROPN"):
        return False
    # not a release nearly made or a ban matched ("came close to an open release", "is
    # equivalent to a ban on open models"), nor a drift toward a side or a stay beside it
    # ("drifted closer to closed models", "stays close to the open community")
    if below.lemma_ in RELEASE_NOUNS or below.lemma_ in RESTRAINTS:
        return False
    verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok.head.head
    return verb.lemma_ not in DRIFTING


def at_par(word: Token) -> bool:
    """'parity with', 'reaches (near-)parity with': the "with" hung on the match itself or on
    the verb whose object it is."""
    objects = [c for c in word.children if c.dep_ in ("dobj", "attr", "npadvmod")]
    return word.lemma_ in PAR_WORDS or any(o.lemma_ in PAR_WORDS for o in objects)


def clause_subject(frame: Frame, depth: int, tok: Token) -> str | None:
    """A verb above the cue and its subject: who says, urges or does what the cue names."""
    # ("X open sourced Y" with "open" read as the clause's word: the verb it begins)
    verbal = tok.pos_ in ("VERB", "AUX") or (
        tok.i + 1 < len(tok.doc) and split_open_source(tok.nbor())
    )
    # "With X available for anyone to download, ...": a small clause after "with" has a
    # subject of its own, which the cue describes
    small = small_clause(tok)
    verbal = verbal or small
    if not verbal or (frame.misread and depth == 0):
        return None
    if depth and measuring(tok) and frame.path[depth - 1].lower_ == "against":
        return ABORT  # "was benchmarked against closed models": a yardstick, no side
    if yardstick_short(frame, depth, tok):
        return ABORT  # "falls short of proprietary rivals": a yardstick too
    if depth and compared_with(frame, depth):
        return ABORT  # "is faster than the open-source model X": a yardstick too
    if depth and tok.dep_ == "prep" and tok.lower_ in CONSIDERING and clause_below(frame, depth):
        return ABORT  # "..., given what a proprietary model costs": a reason
    if depth and sides_compared(frame, tok, frame.path[depth - 1]):
        return ABORT  # "open models trail closed models by a year": a measure, no side
    if depth and tok.pos_ != "ADJ" and any(small_clause(t) for t in frame.path[:depth]):
        return ABORT  # "With X popular among open-source fans, Y ...": X's, not Y's
    if depth and fronted_against(tok, frame.path[depth - 1]):
        return ABORT  # "Against closed rivals, X's models are free": a foil, no side
    if depth and tok.lemma_ in ADOPTING and relative_on_object(frame, depth, tok):
        return ABORT  # "X integrated the model, which is open source": the model's, not X's
    if small:  # "With X available ...": X, never the main clause's subject
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    elif (stranded := stranded_subject(frame.holders, tok) or dashed_subject(tok)) is not None:
        subjects = [stranded]
    else:
        subjects = frame.holders.subjects(tok)
    # a named subject first, when the parser splits a long one ("co-founder and Chair X")
    subjects.sort(key=lambda s: frame.holders.player_at(s) is None)
    if not subjects and accusing(tok) and depth:
        accused_object(frame, depth, tok)  # "replied by accusing him of ...": whoever says it
    if not subjects or any(frame.in_cue(s) or s.i == frame.root.i for s in subjects):
        return None  # no subject, or the cue is what the clause is about
    if describes_a_subject(frame, depth, subjects):
        return None  # "A and open-source provider B said ...": B described, nothing said
    if embedded_wish(tok) or wish_of_speaker(frame, tok):
        return None  # "Macron said Europe should back open AI": Europe holds nothing
    clause = frame.path[infinitive_top(frame, depth)]
    if clause.dep_ == "ccomp" and clause.head.lemma_ in DISMISSING:
        return None  # "denied that it wants to restrict open models": read at the denial
    if accusing(tok) and depth:
        accused_object(frame, depth, tok)
    elif tok.lemma_ in PRAISING_VERBS and depth > 1 and praised_for_act(frame, depth):
        accused_object(frame, depth, tok, "praised")
    if (outcome := no_holder_clause(frame, depth, tok)) is not None:
        return outcome
    if (real := past_a_list(subjects[0])) is not None:
        keys = frame.holders.resolve(real)
    else:
        keys = frame.holders.resolve(subjects[0])
        if keys is not None:
            keys += [k for k in split_list(frame.holders, subjects[0]) if k not in keys]
            keys += [k for k in bracket_mates(frame.holders, subjects[0]) if k not in keys]
            keys += [k for k in opening_list(frame.holders, subjects[0]) if k not in keys]
            keys += [k for k in split_subjects(frame.holders, subjects) if k not in keys]
    if keys and set(keys) <= frame.demanded:
        return None  # asked to take a side (see `demanded_of_another`): who asks is above
    if keys is None:
        # "X opened the model; the prior version was for research use only": a clause joined
        # on with a thing of its own for subject (after the verb it is joined to) says
        # nothing of the first clause's subject
        own = tok.dep_ == "conj" and subjects[0].i > tok.head.i and subjects[0].pos_ == "NOUN"
        return STOP if own else None
    if dangling_act(frame, depth, subjects[0], keys):
        return STOP
    if lacks_cue(frame, depth, tok):
        # "Nimbus 3 lacks open weights": a product without the thing is the other side;
        # "Europe lacks open models": a shortage, no side of its own (a speaker may lament it)
        products = [k for k in keys if frame.holders.players[k].type == "PRODUCT"]
        frame.add(products, flip(frame.side_to(depth)), "practice", "described")
        return STOP if products else None
    if accusing(tok) and subjects[0].dep_ == "nsubjpass" and depth and not charge_word(frame):
        # "X is accused of keeping its models closed": X holds what it is accused of
        frame.add(keys, frame.side_to(depth - 1), "practice", "accused")
        return STOP
    if accusing(tok) and depth and keys and not set(keys) & frame.owners_done:
        if not negated_verb(tok):  # "did not criticize X for releasing it": no charge made
            frame.add(keys, accuser_side(frame, depth), "claim", "said")
        return STOP
    if (
        depth
        and asked_to_change(frame, frame.path[depth - 1], tok)
        and all(frame.holders.players[k].type == "PRODUCT" for k in keys)
    ):  # "X needs to be open source too": a product asked to change is not that yet
        frame.add(keys, flip(frame.side_to(depth - 1)), "practice", "described")
        return STOP
    passive = any(c.dep_ == "nsubjpass" for c in tok.children)
    if passive and depth and joined_active(frame.path[depth - 1]):
        # "X is backed by Y and will release an open model": Y backs X, not the act joined
        # to it (which is X's, read at its own verb)
        return STOP
    if weighing(frame, depth):
        return None  # "as she weighs (considers) the harms ...": still deciding
    reports = tok.lemma_ in REPORTING or found_that(tok)
    if not reports and demanded_of_another(tok, subjects[0]):
        frame.demanded.update(keys)
        return None  # "Norway must adopt open models": the writer's demand, not Norway's
    if reports or tok.lemma_ in ADVOCACY:
        # "critics (supporters) of the X Act, including A, say ...": what they argue against
        # (for) is the Act's side, whether or not the partisans are named
        law = partisans_of_law(frame.holders, subjects[0]) if reports else None
        if keys:
            kind, rule = ("claim", "said") if reports else ("advocacy", "advocated")
            side = frame.side_to(depth, act=not reports)  # "would ban": its act
            if not reports and refused(tok, REFUSALS):
                # "declined to restrict open models": the refusal turns the act
                side = frame.side_to(infinitive_top(frame, depth), act=True)
            if depth and granted_then_turned(frame, tok, frame.path[depth - 1], depth):
                side = flip(side)
            if reports and tok.lemma_ in ARGUING and (favoured := favoured_side(frame, depth)):
                side = flip(favoured)  # "argued the bill would favor closed over open": a complaint
            if reports and others_dismissed(frame, depth):
                side = flip(side)  # "some argue X, but that argument collapses, she said"
            frame.add(keys, side, kind, rule)
            frame.add(document_owners(frame, subjects[0]), side, kind, "owner")
            if law is not None:
                frame.add([law[0]], flip(side) if law[1] else side, "advocacy", "owner")
            frame.speech_found = True
            return STOP
        frame.unnamed_speech = True
        if law is not None:
            side = frame.side_to(depth)
            frame.add([law[0]], flip(side) if law[1] else side, "advocacy", "owner")
        return STOP if reports else None  # "critics say ...": stop there
    if keys and subjects[0].lemma_ in CLAIM_NOUNS and tok.lemma_ == "be":
        # "X's main claim is (the idea) that the bill will kill open source": X's words
        frame.add(keys, frame.side_to(depth), "claim", "said")
        frame.speech_found = True
        return STOP
    if (
        depth <= PRACTICE_REACH
        and not conditional(frame, depth)
        and not circumstance(frame, depth)
        and not under_condition(frame, depth)
        and not improvement(tok)
        and not only_a_cause(frame, depth)
        and not expected_state(frame)
    ):
        practice(frame, infinitive_top(frame, depth), subjects[0], keys)
    return None


def only_a_cause(frame: Frame, depth: int) -> bool:
    """'because of open models, Nimbus will lose sales': the cue is a cause of what happens
    to the subject, not its act, unless the thing is the subject's own ("due to its limits
    on open models, the act will hurt startups")."""
    return (
        bool(depth)
        and cause_of(frame.path[depth - 1])
        and not any(c.dep_ == "poss" for t in frame.path[:depth] for c in t.children)
    )


def subjects_before(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]


def weighing(frame: Frame, depth: int) -> bool:
    """'as she weighs the harms the bill may do to open source': one who weighs the upsides
    or downsides of a thing is still deciding; the harms are someone else's claim."""
    verb = frame.path[depth]
    if not depth or verb.lemma_ not in WEIGHING_VERBS:
        return False
    # (the harms' own clause may hang on the verb: "weighs the harms | the bill may do to X")
    weighed = [c for c in verb.children if c.dep_ == "dobj"]
    # (or read as the clause's first subject: "considers [the harms] [this bill may do]")
    weighed += [g for c in verb.children if c.dep_ == "ccomp" for g in subjects_before(c)]
    return any(w.lemma_ in UPSIDES | DOWNSIDES | IMPACT_NOUNS for w in weighed)


def improvement(verb: Token) -> bool:
    """'how the law might better shield open-weight labs': what a subject could do better is
    proposed to it, not done by it (whoever proposes it is read further up)."""
    modal = any(c.dep_ == "aux" and c.lower_ in ("could", "should", "might") for c in verb.children)
    return modal and any(c.dep_ == "advmod" and c.lower_ == "better" for c in verb.children)


def partisans_of_law(h: Holders, subject: Token) -> tuple[str, bool] | None:
    """The named law a group of partisans is "of" ("supporters (critics) of the X Act"), and
    whether they are against it."""
    if subject.lemma_ not in PARTISANS or subject.tag_ != "NNS":
        return None
    laws = [h.player_at(g) for g in objects_of(subject, "of")]
    laws = [k for k in laws if k and named_law(h.players[k])]
    return (laws[0], subject.lemma_ in DOCUMENT_OPPONENTS) if len(laws) == 1 else None


def describes_a_subject(frame: Frame, depth: int, subjects: list[Token]) -> bool:
    """'Acme and open-source AI provider Vireo said ...': the cue sits inside the subject,
    on a name it describes; the description is the writer's, not what the subject says."""
    below = frame.path[:depth]
    at = next((k for k, t in enumerate(below) for s in subjects if t.i == s.i), None)
    if at is None:
        return False
    h = frame.holders
    subject = h.player_at(below[at])
    return any(h.player_at(t) not in (None, subject) and not frame.in_cue(t) for t in below[:at])


def dangling_act(frame: Frame, depth: int, subject: Token, keys: list[str]) -> bool:
    """'Even when releasing older models openly, its best models remain closed': an act in a
    subjectless participle clause is not done by a main subject that cannot act (models,
    products); whoever released them is the text's, not the clause's."""
    tok = frame.path[depth]
    # the participle: the verb itself, its subject borrowed from the clause above, or the
    # clause just below the verb whose subject this is
    act = tok if subject.head.i != tok.i else (frame.path[depth - 1] if depth else None)
    if act is None or act.dep_ != "advcl" or act.tag_ != "VBG":  # "released as X": passive
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in act.children):
        return False
    products = bool(keys) and all(frame.holders.players[k].type == "PRODUCT" for k in keys)
    return products or (not keys and subject.lower_ in TECH_NOUNS)


def found_that(verb: Token) -> bool:
    """'The study found that open models ...': a finding reported ("found success" is not)."""
    return verb.lemma_ == "find" and any(c.dep_ == "ccomp" for c in verb.children)


# words of approval that make a favour described no complaint
APPROVING = {"right", "good", "support", "welcome", "praise", "applaud", "correct", "wise"}
# verbs of favouring one thing over another, and the reporting verbs of an argument, which
# name such favour as a complaint ("argued that the bill would favor closed over open")
FAVOURING = {"favor", "favour", "benefit", "advantage", "privilege", "prioritize", "prefer"}
ARGUING = {"argue", "contend", "complain", "claim", "allege", "insist"}


def favoured_side(frame: Frame, depth: int) -> str | None:
    """The side a verb of favouring below the report puts first, when it sets one side
    "over" the other ("favors proprietary systems over open ones"); None otherwise."""
    verb = next((t for t in frame.path[:depth] if t.lemma_ in FAVOURING), None)
    if verb is None or any(c.dep_ == "aux" and c.lower_ in MODAL_DEMANDS for c in verb.children):
        return None  # "should benefit closed over open": a wish, not a complaint
    if any(t.lemma_ in APPROVING for t in frame.sent):
        return None  # "... which is exactly right", "and she supports the law"
    # "over" on the verb, or on its object ("favor proprietary over open models")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    overs = [c for t in (verb, *objects) for c in t.children if c.lower_ == "over"]
    if not overs:
        return None
    over = overs[0]
    rest = {t.i for t in over.subtree}
    first = [t for t in verb.subtree if t.i not in rest and t.i < over.i and t.i > verb.i]
    on_first = frame.cue.start in {t.i for t in first}
    on_second = frame.cue.start in rest
    if not (on_first or on_second) or not any(
        i in frame.other_side for i in rest | {t.i for t in first}
    ):
        return None
    return frame.cue.side if on_first else flip(frame.cue.side)


def granted_then_turned(frame: Frame, verb: Token, below: Token, depth: int) -> bool:
    """'acknowledges the limits of openness but highlights its value': a judgement a speaker
    only grants, before a "but" turns to another verb of the same speaker, is the side it
    argues against. (A fact granted, "acknowledged that X is closed, but said ...", stays.)"""
    if verb.lemma_ not in CONCEDING or below.dep_ == "conj":
        return False
    if frame.side_to(depth - 1) == frame.cue.side:
        return False  # a fact granted, not a judgement against the cue
    turned = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in verb.children)
    turns = [c for c in verb.children if c.dep_ == "conj" and c.i > below.i]
    own = all(not any(g.dep_ in ("nsubj", "nsubjpass") for g in t.children) for t in turns)
    return turned and bool(turns) and own


def accuser_side(frame: Frame, depth: int) -> str:
    """'X accused the labs of a campaign to shut down open source': X holds the side opposite
    to what the accused are charged with. An attack word is the accuser's own side ("accused
    the labs of regulatory capture"). Not asked when the cue is the accuser's own thing ("X
    accused a rival of copying X's proprietary models")."""
    doc = frame.root.doc
    if charge_token(doc, frame.cue.start, frame.cue.end) is not None:
        return frame.cue.side
    return flip(frame.side_to(depth - 1, judge=False))  # the charge, not how it is judged


def circumstance(frame: Frame, depth: int) -> bool:
    """'X's launch comes as the industry splits into open and closed camps': a clause of time
    or circumstance with its own subject, below the verb, is the setting of what the verb's
    subject does, not its practice."""
    return any(
        t.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCES for c in t.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        for t in frame.path[:depth]
    )


def conditional(frame: Frame, depth: int) -> bool:
    """'If open models prove hard to control, they ...': the cue in a condition is supposed,
    not done. Only the cue's own clause counts (a clause the parser hangs under a condition
    further up is not inside it)."""
    clause = next((t for t in frame.path[: depth + 1] if clause_word(t)), None)
    if clause is not None and undecided(frame, clause):
        return True
    while clause is not None and clause.dep_ in ("conj", "oprd", "xcomp"):
        clause = clause.head  # "if they are open and cheap", "if it keeps them closed"
    return clause is not None and condition_clause(clause)


def condition_clause(clause: Token) -> bool:
    """A clause of condition hung on its verb: "if ...", "unless ...", "whether ..."."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children
    )


def under_condition(frame: Frame, depth: int) -> bool:
    """'X would lose out if a ban on open models passed', 'X keeps its lead unless rivals
    restrict open models': the cue sits in a condition of the subject's verb, which the
    subject does not do."""
    return any(condition_clause(t) for t in frame.path[1:depth])


def undecided(frame: Frame, clause: Token) -> bool:
    """'weighing whether to release X openly', 'considering whether to open-source X': the
    cue's own act is a choice not yet made, and so is "whether X will be open". Only the act
    or the predicate itself (right above the cue), not a thing the clause names ("unclear
    whether the claims concern its open-source models": the models are open all the
    same)."""
    if not any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children):
        return False
    near = frame.path[:3]
    # "whether its next model will be open source": the predicate itself is in question
    predicate = clause.lemma_ == "be" and any(
        t.head.i == clause.i and t.dep_ in ("attr", "acomp") for t in near
    )
    return clause in near and (clause.lemma_ in PRACTICE or clause.tag_ == "TO" or predicate)


def clause_word(tok: Token) -> bool:
    """A clause's verb, or the "to" heading an infinitive the parser left without its verb
    ("whether to open-source X" read as "to" + the noun phrase "open-source X")."""
    return tok.pos_ in ("VERB", "AUX") or (tok.tag_ == "TO" and tok.dep_ in ("ccomp", "xcomp"))


def infinitive_top(frame: Frame, depth: int) -> int:
    """'declined to release the weights', 'plans to open them': the subject acts through the
    verb its infinitive hangs on, so the side is read up to that verb."""
    while depth + 1 < len(frame.path):
        tok, head = frame.path[depth], frame.path[depth + 1]
        if tok.dep_ != "xcomp" or head.pos_ not in ("VERB", "AUX") or head.i != tok.head.i:
            break
        depth += 1
    return depth


TREE_STEPS = (
    foil,
    topic,
    time_setting,
    misread_subject,
    described_name,
    felt_that,
    cleft_feeling,
    advocacy_noun,
    standing_noun,
    in_favour,
    relative_clause,
    concession,
    purpose_participle,
    describing_participle,
    founded_for,
    partisan,
    clause_subject,
)


def up_the_tree(frame: Frame) -> None:
    """Walk from the cue to the root; the first step that names a holder ends the walk."""
    for depth, tok in enumerate(frame.path):
        if frame.in_cue(tok) and tok.i != frame.root.i:
            continue
        if reattached(frame.path, depth):
            continue  # "calls | to restrict ...": the infinitive has no subject of its own
        below = frame.path[depth - 1] if depth else None
        if below is not None and below.dep_ == "appos" and past_closing_dash(tok, below):
            frame.done = True  # "... systems—A and B—many open models ...": a misread apposition
            return
        for step in TREE_STEPS:
            outcome = step(frame, depth, tok)
            if outcome == ABORT:
                frame.done = True
                return
            if outcome == STOP:
                return


# -- what remains ------------------------------------------------------------------------


def sentence_subject(frame: Frame) -> None:
    """'X is taking another approach: all weights are freely available': a cue whose clause is
    about a thing (weights, models, code) nobody owns in the clause belongs to the one
    organisation the sentence has as a subject, when it acts rather than speaks."""
    if frame.found or frame.speech_found or frame.unnamed_speech:
        return
    verb = next((t for t in frame.path if t.pos_ in ("VERB", "AUX")), None)
    subject = subject_of(verb) if verb else None
    if (
        subject is None
        or subject.lower_ not in OWNED_THINGS
        or any(c.dep_ == "poss" for c in subject.children)
    ):
        return
    h = frame.holders
    actors = {
        key
        for t in frame.sent
        if t.dep_ == "nsubj"
        and t.head.lemma_ not in REPORTING
        and (key := h.player_at(t))
        and h.players[key].type == "ORG"
    }
    if len(actors) == 1:
        frame.add(list(actors), frame.side_to(len(frame.path)), "practice", "sentence_subject")


def unlike_foil(frame: Frame) -> None:
    """'Unlike X, Meta releases its weights', 'models such as X's Y, unlike Z, are open': those
    named after "unlike" on the clause of a practice are set against its side. Their owners
    too ("unlike OpenAI's ChatGPT"). A weak finding: the contrast is the writer's. A stance
    pursued or stated counts as the practice ("unlike X, Y pushed an open strategy"; "unlike
    X, Y says its systems are open": up through clauses whose subject is a pronoun)."""
    practices = [f for f in frame.found if f.kind in ("practice", *SPEECH_KINDS) and f.holder]
    side = practices[0].side if practices else unnamed_practice_side(frame)
    if side is None:
        return
    h = frame.holders
    done = {f.holder for f in frame.found}
    for tok in frame.path:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "prep" and c.lower_ == "unlike" for c in tok.children):
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and all(c.pos_ == "PRON" for c in subjects):
                continue  # "... that are open", "it is developing ...": the clause above
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "unlike"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                named = [*h.conjuncts(pobj), *examples(pobj)]
                named += [c for t in named for c in t.children if c.dep_ == "poss"]
                keys = [k for t in named if (k := h.player_at(t)) and k not in done]
                frame.add(list(dict.fromkeys(keys)), flip(side), "practice", "unlike")
        return  # the clause's own verb only


def odds_foil(frame: Frame) -> None:
    """'A and B launched a group advocating open models, putting them at odds with rivals C
    and D': those a holder of the sentence's side is said to be at odds with hold the other
    side (a weak finding, like "unlike"; "at odds with X over pricing" is another quarrel)."""
    held = [f for f in frame.found if f.holder and f.kind in ("practice", "advocacy")]
    if not held:
        return
    side = held[0].side
    h = frame.holders
    done = {f.holder for f in frame.found}
    for odds in (t for t in frame.sent if t.lower_ == "odds" and t.head.lower_ == "at"):
        if any(c.lower_ == "over" for c in odds.children):
            return  # a quarrel about something else
        for pobj in (g for c in odds.children if c.lower_ == "with" for g in c.children):
            if pobj.dep_ != "pobj":
                continue
            keys = [k for t in h.conjuncts(pobj) if (k := h.player_at(t))]
            keys += h.listed(pobj)  # "rivals A, B and C": the names set beside the noun
            keys = [k for k in dict.fromkeys(keys) if k not in done]
            frame.add(keys, flip(side), "practice", "unlike")


def unnamed_practice_side(frame: Frame) -> str | None:
    """'Unlike OpenAI and Google, the Facebook parent made its code available': a practice
    whose doer the text describes without a name still sets those after "unlike" against it.
    Only a verb of practice, or a copula, on the cue's own clause, with the "unlike" on it."""
    # "unlike X, its successor is not open source": what the sentence says its unnamed
    # subject is
    copula = next((t for t in frame.path[:4] if t.lemma_ == "be" and t.dep_ == "ROOT"), None)
    verb = cue_verb(frame, 4) or copula
    if verb is None:
        return None
    own = verb.lemma_ in PRACTICE or frame.in_cue(verb) or verb == copula  # "released its weights"
    if own and any(c.lower_ == "unlike" for c in verb.children):
        return frame.side_to(frame.path.index(verb), act=True)
    return None


def as_done_with(frame: Frame) -> None:
    """'We open-source the prior version, as we did with Grok 1': the act the cue's own verb
    names, done before to what "as ... did with" names (a product)."""
    verb = cue_verb(frame, 3, root=True)
    if verb is None or not (frame.in_cue(verb) or verb.lemma_ in PRACTICE):
        return
    h = frame.holders
    depth = frame.path.index(verb)
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.lemma_ != "do":
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
            continue
        doers = [c for c in clause.children if c.dep_ == "nsubj"]
        if any(d.pos_ != "PRON" for d in doers):
            continue  # "Just as Apple did with the iPhone, OpenAI ...": another's act, likened
        objs = [g for c in clause.children if c.lower_ == "with" for g in c.children]
        keys = [k for o in objs for k in h.conjunct_keys(o)]
        keys = [k for k in keys if h.players[k].type == "PRODUCT" and k not in frame.owners_done]
        frame.add(keys, frame.side_to(depth, act=True), "practice", "released_object")


def like_kin(frame: Frame) -> None:
    """'Like A and B, Y releases its weights', 'Y opened its weights, mirroring its partner
    A': those the clause of a practice likens its holder to share its side. As weak as
    "unlike": the likeness is the writer's. Only the clause's own verb, and only a practice
    (a stated view likened to another's says little about the other)."""
    practices = [f for f in frame.found if f.kind == "practice" and f.holder]
    verb = next((t for t in frame.path if t.pos_ in ("VERB", "AUX")), None)
    if not practices or verb is None:
        return
    h = frame.holders
    done = {f.holder for f in frame.found}
    # a verb coordinated with the likened one shares the likeness ("Mirroring A, Y opened
    # its weights but kept its data private": A both)
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    likened = [
        g
        for v in verbs
        for c in v.children
        if c.dep_ == "prep" and c.lower_ == "like" and c.i < v.i  # "Like A, Y ..."
        for g in c.children
        if g.dep_ == "pobj"
    ]
    likened += [  # "..., mirroring (following) A"
        g
        for v in verbs
        for c in v.children
        if c.dep_ == "advcl" and c.lemma_ in MIRRORING
        for g in c.children
        if g.dep_ == "dobj"
    ]
    likened += [g for v in verbs for g in compared_alike(v)]
    named = [t for pobj in likened for t in (*h.conjuncts(pobj), *appositives(pobj))]
    keys = [k for t in named if (k := h.player_at(t)) and k not in done]
    frame.add(list(dict.fromkeys(keys)), practices[0].side, "practice", "like")


def compared_alike(verb: Token) -> list[Token]:
    """'Similar to A, Y ...', 'Y, similar to A, ...', 'As with A, Y ...', 'Just as A did
    with B, Y ...' (A): the names a clause says are alike its own subject."""
    out: list[Token] = []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for c in [*verb.children, *(g for s in subjects for g in s.children)]:
        if (
            c.lemma_ == "similar"
            and c.dep_ in ("advcl", "amod", "advmod")
            and not any(p.lower_ == "in" for p in c.children)  # "similar in size to A"
        ):
            out += [o for o in objects_of(c, "to") if not any(g.lower_ == "in" for g in o.children)]
        elif c.lower_ == "as" and c.dep_ == "prep" and c.i < verb.i:
            out += objects_of(c, "with")
        elif c.dep_ == "advcl" and c.lemma_ == "do" and any(m.lower_ == "as" for m in c.children):
            out += [g for g in c.children if g.dep_ == "nsubj"]  # who did it, not with what
    return out


def appositives(noun: Token) -> list[Token]:
    """'its partner Microsoft': the names set beside a noun."""
    return [c for c in noun.children if c.dep_ == "appos"]


def critics_from(frame: Frame) -> None:
    """'X's open approach has faced criticism from A, B and C': those the criticism comes
    from hold the side opposite to what they criticise."""
    h = frame.holders
    for depth, tok in enumerate(frame.path):
        if tok.pos_ != "VERB" or tok.lemma_ not in DRAWING_VERBS:
            continue
        if not depth or frame.path[depth - 1].dep_ not in ("nsubj", "nsubjpass"):
            return  # the cue is in the critic's own words, not in what is criticised
        nouns = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_ in CRITICISM_NOUNS]
        froms = [p for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "from"]
        froms += [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" and nouns]
        pobjs = [g for p in froms for g in p.children if g.dep_ == "pobj"]
        named = [t for o in pobjs for t in (o, *h.conjuncts(o)[1:], *examples(o))]
        keys = [k for t in named for k in (h.resolve(t, conjuncts=False) or [])]
        # the side criticised is the cue's as seen below the verb (the criticism not counted)
        side = flip(frame.side_to(depth - 1)) if depth else flip(frame.cue.side)
        frame.add(list(dict.fromkeys(keys)), side, "claim", "critics")
        return


def speech_over_practice(frame: Frame) -> None:
    """Inside someone's speech a pronoun's practice is the speaker's framing: keep only the
    practices of players named outright (and those it accuses or sets itself against). A
    practice the speech condemns ("alleging that the firm strayed from its ideals by
    withholding its code") is the charge against another: it stays."""
    if frame.speech_found:
        spoken = [f for f in frame.found if f.kind in SPEECH_KINDS]
        charged = {f.side for f in spoken}

        def condemned(f: Found) -> bool:
            return f.side not in charged and all(s.holder != f.holder for s in spoken)

        # "X, Acme's chief executive, said it would release ...": a leader's word on what the
        # organisation they lead will do is the organisation's plan, not their framing
        heads = frame.holders.leaders()
        led = {heads.get(f.holder or "") for f in spoken}
        frame.found = [
            f
            for f in frame.found
            if f.kind in SPEECH_KINDS
            or f.kind != "practice"
            or f.weight >= 0.7
            or f.rule in ("accused", "praised")
            or f.rule in LIKENESS_RULES
            or condemned(f)
            or f.holder in led
        ]


def unattributed(frame: Frame) -> None:
    """A worry or a claim nobody named holds: kept without a holder."""
    if frame.found:
        return
    sign = polarity(frame.cue, frame.path)
    if sign < 0 or frame.unnamed_speech:
        kind = "concern" if sign < 0 else "claim"
        side = frame.cue.side if sign > 0 else flip(frame.cue.side)
        frame.found.append(
            Found(
                None,
                side,
                kind,
                frame.sent_index,
                frame.text,
                RULE_STRENGTH["unattributed"],
                "unattributed",
            )
        )


RULES: tuple[Rule, ...] = (
    rhetorical_question,
    hedge,
    demanded_return,
    accused,
    moving_away,
    described,
    labelled_as,
    credited,
    licence_owner,
    released_object,
    as_done_with,
    made_by,
    made_from,
    question,
    document_voice,
    quoted,
    met_with,
    up_the_tree,
    colon_speaker,
    sentence_speaker,
    interview_answer,
    sentence_subject,
    critics_from,
    unlike_foil,
    odds_foil,
    like_kin,
    speech_over_practice,
    unattributed,
)


def run_rules(frame: Frame, rules: tuple[Rule, ...] = RULES) -> list[Found]:
    """Run the rules in order until one ends the frame."""
    for rule in rules:
        rule(frame)
        if frame.done:
            break
    return frame.found
