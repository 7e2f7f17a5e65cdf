"""Positions on open vs closed AI: find them, decide their polarity, attribute them.

Every position comes from a sentence of the article: a cue phrase (open source, open weights,
closed, proprietary, API-only, ...), its polarity in context (polarity.py), and its holder
(holders.py) as one of the frame rules (frames.py) reads the sentence. Nothing is looked up: a
stance without a sentence that says so does not exist.

The pass is linear: one frame per cue, each looking at the cue's sentence and a bounded number
of sentences before it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from bot.understanding.beside import named_beside
from bot.understanding.frames import (
    LIKENESS_RULES,
    RULE_STRENGTH,
    RULES,
    Found,
    Frame,
    conditional,
    cue_noun,
    misread_infinitive,
    misread_verb,
    negated,
    predicate_verb,
    reattached_infinitive,
    run_rules,
    subject_of,
)
from bot.understanding.holders import (
    Holders,
    heads_of_state,
    listed_examples,
    makers,
    named_law,
    possessed_makers,
    reactions,
    repeaters,
    signers,
)
from bot.understanding.lexicon import (
    ADVOCACY,
    CONCEDING,
    DATA_WORDS,
    GRANTING_MARKS,
    LAW_NOUNS,
    MODAL_DEMANDS,
    ORG_NOUNS,
    PREDICTING,
    REPORTING,
    SPEECH_KINDS,
    TURNING_WORDS,
    flip,
)
from bot.understanding.nlp import Cue, cues
from bot.understanding.players import PlayerInfo
from bot.understanding.polarity import is_negative, negated_verb, negative_noun, polarity

__all__ = ["ADVOCACY", "REPORTING", "SPEECH_KINDS", "Found", "StanceFinder"]


def _rank(f: Found) -> tuple[int, float]:
    return (SPEECH_KINDS.index(f.kind) if f.kind in SPEECH_KINDS else 9, -f.weight)


class StanceFinder:
    """Finds the positions in a doc whose players are already known."""

    def __init__(
        self,
        doc: Doc,
        players: dict[str, PlayerInfo],
        token_player: dict[int, str],
        headline_end: int = 0,
        title: str | None = None,
        raw: str | None = None,
    ) -> None:
        self.doc = doc
        self.raw = raw  # the doc's text in the article's own characters, for evidence
        self.holders = Holders(doc, players, token_player)
        self.headline_end = headline_end
        self.title = " ".join((title or "").split())
        self.voices: dict[str, set[str]] = {}
        self.voiced_at: dict[str, int] = {}
        self.acts: dict[tuple[str, int], set[str]] = {}
        self.cues = cues(doc)
        # each sentence's cues, so that a frame reads its own sentence's (linear in the text)
        self.sentence_cues: dict[int, list[Cue]] = {}
        for cue in self.cues:
            self.sentence_cues.setdefault(self.holders.sent_of.get(cue.start, 0), []).append(cue)

    def frame(self, cue: Cue) -> Frame:
        """The cue in its sentence: the context every rule reads."""
        h = self.holders
        root = cue_root(self.doc[cue.start : cue.end])
        sidx = h.sent_of.get(root.i, 0)
        to = misread_infinitive(root)
        path = [root, *([to] if to is not None else []), *root.ancestors]
        noun = misread_verb(root)  # "no plans | to open-source Nimbus"
        at = next((k for k, t in enumerate(path) if noun and t.i == noun.head.i), None)
        if noun is not None and at is not None and noun not in path:
            path.insert(at, noun)  # under the verb the noun and "to" both hang on
        path = reattached_infinitive(path)  # "pushed back on calls | to restrict ..."
        frame = Frame(h, cue, root, path, h.sents[sidx], sidx, self.text(sidx))
        frame.voices, frame.acts, frame.voiced_at = self.voices, self.acts, self.voiced_at
        frame.misread = to is not None
        frame.other_side = frozenset(
            i
            for other in self.sentence_cues.get(sidx, [])
            if other.side != cue.side
            for i in range(other.start, other.end)
        )
        return frame

    def products_by_sentence(self) -> dict[int, set[str]]:
        """The products named in each sentence (by sentence index)."""
        h = self.holders
        out: dict[int, set[str]] = {}
        for i, key in h.token_player.items():
            if h.players[key].type == "PRODUCT":
                out.setdefault(h.sent_of.get(i, 0), set()).add(key)
        return out

    def text(self, sidx: int) -> str:
        """A sentence as evidence: the headline as published, without the full stop we added."""
        sent = self.holders.sents[sidx]
        if sent.end <= self.headline_end and self.title:
            return self.title
        text = self.raw[sent.start_char : sent.end_char] if self.raw else sent.text
        return text.strip()

    def find(self) -> list[Found]:
        best: dict[tuple[str | None, int, str], Found] = {}
        self.cue_sides: dict[int, set[str]] = {}
        made = makers(self.holders)
        possessed = possessed_makers(self.holders, made)
        owners = {k: made.get(k, []) + possessed.get(k, []) for k in {*made, *possessed}}
        heads = self.holders.leaders()
        declined: set[int] = set()
        for cue in self.cues:
            frame = self.frame(cue)
            self.cue_sides.setdefault(frame.sent_index, set()).add(cue.side)
            found = measured_against(frame, run_rules(frame, RULES), owners, heads)
            if frame.done and not frame.found:
                declined.add(frame.sent_index)  # a rule read the sentence as giving no side
            if two_ways(frame):  # "... could help many but also raise the risk of misuse"
                found += [weighed_other_way(f) for f in found if f.kind in SPEECH_KINDS]
            for f in found:
                key = (f.holder, f.sent_index, f.side)
                if key not in best or _rank(f) < _rank(best[key]):
                    best[key] = f  # one sentence counts once per holder and side
        both_done = {sidx for (_, sidx), sides in self.acts.items() if len(sides) == 2}
        best = one_side_per_speech(best, both_done, self.doc)
        for f in self.examples():
            best.setdefault((f.holder, f.sent_index, f.side), f)
        unhedged = [f for f in best.values() if not hedged(self.doc, f.at)]
        for f in owned(unhedged, owners):
            best.setdefault((f.holder, f.sent_index, f.side), f)
        for f in products_of(list(best.values()), made, self.doc, self.products_by_sentence()):
            best.setdefault((f.holder, f.sent_index, f.side), f)
        state_heads = heads_of_state(self.holders)
        for f in spoken_for(list(best.values()), state_heads):
            best.setdefault((f.holder, f.sent_index, f.side), f)
        for f in led(list(best.values()), heads):
            best.setdefault((f.holder, f.sent_index, f.side), f)
        for f in speaks_for(list(best.values()), heads, self.holders):
            best.setdefault((f.holder, f.sent_index, f.side), f)
        led_by = {**state_heads, **heads}
        for f in own_plans(list(best.values()), led_by, self.holders):
            best.setdefault((f.holder, f.sent_index, f.side), f)
        for f in self.reacted(list(best.values())):
            best.setdefault((f.holder, f.sent_index, f.side), f)
        for f in self.likewise(list(best.values())):
            best.setdefault((f.holder, f.sent_index, f.side), f)
        for f in self.named_document():  # before the signers, who take its side
            best.setdefault((f.holder, f.sent_index, f.side), f)
        for f in self.signed(list(best.values())):
            best.setdefault((f.holder, f.sent_index, f.side), f)
        held = {f.holder for f in best.values() if f.holder is not None}
        strength = RULE_STRENGTH["named_beside"]
        open_to_lean = {k: v for k, v in self.sentence_cues.items() if k not in declined}
        for key, side, sidx in named_beside(self.holders, held, open_to_lean):
            f = Found(key, side, "nearby", sidx, self.text(sidx), strength, "named_beside")
            best.setdefault((key, sidx, side), f)
        return list(best.values())

    def examples(self) -> list[Found]:
        """'Open models now lead. Examples include A and B.': the listed examples take the
        side of the sentence before, when its cues name one side."""
        out = []
        for key, sidx in listed_examples(self.holders):
            sides = self.cue_sides.get(sidx - 1, set())
            if len(sides) == 1 and sidx not in self.cue_sides:
                strength = RULE_STRENGTH["examples"]
                side = next(iter(sides))
                out.append(
                    Found(key, side, "practice", sidx, self.text(sidx), strength, "examples")
                )
        return out

    def reacted(self, found: list[Found]) -> list[Found]:
        """'A exempts open models from the rules, which B praised': who praises (criticises)
        the act the sentence reports takes its side (the other), when the act has one side."""
        out = []
        for keys, sidx, against in reactions(self.holders):
            side = practice_side(found, sidx, besides=keys)
            if side is None:
                continue
            side = flip(side) if against else side
            strength = RULE_STRENGTH["reacted"]
            out += [
                Found(key, side, "advocacy", sidx, self.text(sidx), strength, "reacted")
                for key in keys
            ]
        return out

    def likewise(self, found: list[Found]) -> list[Found]:
        """'A keeps X behind an API. B does the same with Y.': who repeats an act takes the
        side the act had in the sentence before, when that sentence's practices have one side
        (and so does what it repeats the act with)."""
        out = []
        for actors, things, sidx in repeaters(self.holders):
            if sidx in self.cue_sides:
                continue  # the sentence says its own side
            side = practice_side(found, sidx - 1)
            if side is None:
                continue
            strength = RULE_STRENGTH["likewise"]
            out += [
                Found(key, side, "practice", sidx, self.text(sidx), strength, "likewise")
                for key in dict.fromkeys([*actors, *things])
            ]
        return out

    def the_named_law(self) -> str | None:
        """The one law the text names, if it names exactly one: "the bill" is then that law."""
        bills = [key for key, info in self.holders.players.items() if named_law(info)]
        return bills[0] if len(bills) == 1 else None

    def named_document(self) -> list[Found]:
        """'SB 1047 was amended ... the bill would punish open-source developers': when the
        text names one bill, the side its "the bill" sentences give is that bill's."""
        bill = self.the_named_law()
        sides = set().union(*(self.voices.get(lemma, set()) for lemma in LAW_NOUNS))
        if bill is None or len(sides) != 1:
            return []
        sidx = min(self.voiced_at[lemma] for lemma in LAW_NOUNS if lemma in self.voiced_at)
        strength = RULE_STRENGTH["named_document"]
        side = next(iter(sides))
        return [Found(bill, side, "practice", sidx, self.text(sidx), strength, "named_document")]

    def signed(self, found: list[Found]) -> list[Found]:
        """Signers and sponsors hold the side of the document they sign: the letter's, the
        bill's, when the text gives that document one side (the opposite for its opponents)."""
        out = []
        everything = set().union(*self.voices.values()) if self.voices else set()
        laws = set().union(*(self.voices.get(lemma, set()) for lemma in LAW_NOUNS))
        for key, document, sidx, against in signers(self.holders):
            sides = self.voices.get(document, set()) if document else everything
            if document in LAW_NOUNS:  # "the bill ... the measure ...": one law, named twice
                bill = self.the_named_law()
                sides = laws or {f.side for f in found if bill is not None and f.holder == bill}
            elif document in self.holders.players:  # a named law: the sides found for it
                sides = {f.side for f in found if f.holder == document}
            if len(sides) != 1:
                continue
            side = flip(next(iter(sides))) if against else next(iter(sides))
            strength = RULE_STRENGTH["signatory"]
            out.append(Found(key, side, "advocacy", sidx, self.text(sidx), strength, "signatory"))
        return out


def practice_side(found: list[Found], sidx: int, besides: Collection[str] = ()) -> str | None:
    """The one side the practices found in a sentence take (of holders other than
    `besides`); None when it has none or both."""
    sides = {
        f.side
        for f in found
        if f.sent_index == sidx and f.kind == "practice" and f.holder not in besides
    }
    return next(iter(sides)) if len(sides) == 1 else None


def measured_against(
    frame: Frame, found: list[Found], owners: dict[str, list[str]], heads: dict[str, str]
) -> list[Found]:
    """'"Nimbus isn't open source," said B': who says that another's model or company is not
    open measures it against openness, and holds that measure; the thing is closed. Only a
    plain description ("is not", no "should"), and only of something the speaker neither
    makes nor works for: a maker's own "our model is not open" is its practice."""
    if frame.cue.side != "open" or not negated(frame) or not copular(frame):
        return found  # ("X is not proprietary" defends X: read as said)
    described = {f.holder for f in found if f.kind == "practice" and f.holder}
    if not described and (unnamed := pronoun_described(frame)) is not None:
        described = unnamed  # "said that it is, frankly, not open source": who "it" may be
    elif not described:
        return found
    if any(t.lemma_ in CONCEDING and t.pos_ == "VERB" for t in frame.sent):
        return found  # "X is not open source, Y admitted": Y owns up to its own model
    theirs = described | {o for d in described for o in owners.get(d, [])}

    def judge(f: Found) -> bool:
        if f.kind not in ("quote", "claim") or f.holder in theirs or f.holder is None:
            return False
        own = {heads.get(f.holder, ""), *introduced_with(frame, f.holder)}
        return not own & theirs

    return [replace(f, side=frame.cue.side) if judge(f) else f for f in found]


# pronouns by which a speaker names its own model ("our model is not open source")
FIRST_PERSON = {"we", "our", "us", "i", "my"}


def pronoun_described(frame: Frame) -> set[str] | None:
    """'X said that it is, frankly, "not open source"', 'That is not open source, X said': the
    thing denied open is a pronoun; the players it may stand for, so that a speaker who is
    the "it" ("Nimbus said it is not open source") keeps its own practice. A person is no
    "it": a speaker named only through a person ("Acme's director said it ...") is not taken as
    the "it" even where the pronoun would resolve to that organisation. None when the
    subject is no pronoun, or is the speaker's own ("our model")."""
    root = frame.root
    verb = predicate_verb(root, cue_noun(root))
    subject = subject_of(verb) if verb is not None else None
    if subject is None or subject.pos_ != "PRON":
        return None
    if any(t.lower_ in FIRST_PERSON for t in subject.subtree):
        return None
    h = frame.holders
    if any(one_word_speaker(h, t) for t in frame.sent if t.dep_ == "nsubj"):
        return None  # "Acme said it is not open source": the "it" may be the speaker
    keys = set(h.resolve(subject) or [])
    named_subjects = {
        h.token_player[t.i]
        for t in frame.sent
        if t.i in h.token_player and t.dep_ in ("nsubj", "nsubjpass") and t.i != subject.i
    }
    return keys & named_subjects


def one_word_speaker(h: Holders, subject: Token) -> bool:
    """A speaker that may be the "it" it speaks of: the subject of a verb of saying that is an
    organisation or a product, or is named in one word (an organisation as often as a person:
    the tagger's type is no guide there)."""
    key = h.player_at(subject)
    if key is None or subject.head.lemma_ not in REPORTING:
        return False
    player = h.players[key]
    return player.type != "PERSON" or " " not in player.name


def introduced_with(frame: Frame, key: str) -> set[str]:
    """The players named in a speaker's own phrase in the sentence ("Acme chief executive X",
    "X, Acme's founder"): where the speaker works, as the sentence introduces them."""
    h = frame.holders
    heads = [
        t
        for t in frame.sent
        if h.token_player.get(t.i) == key and h.token_player.get(t.head.i) != key
    ]
    return {
        h.token_player[t.i]
        for head in heads
        for t in head.subtree
        if t.i in h.token_player and h.token_player[t.i] != key
    }


def copular(frame: Frame) -> bool:
    """'is not open source', 'isn't an open model', 'has become less open': the cue predicated
    through "be" (or a verb of becoming), with no modal that would make it a wish ("should
    not be open")."""
    root = frame.root
    verb = predicate_verb(root, cue_noun(root))
    if verb is None or verb.lemma_ not in ("be", "become", "grow", "get"):
        return False  # ("has become less open": the same description, of a change)
    return not any(
        c.dep_ == "aux" and c.lower_ in MODAL_DEMANDS | PREDICTING for c in verb.children
    )


DEGREES = {"fully", "entirely", "completely", "truly", "totally", "wholly", "genuinely", "quite"}


def hedged(doc: Doc, at: int) -> bool:
    """'isn't fully open source', 'not entirely open': a cue denied only in degree. The
    product is partly open; its maker, who released it so, is not shown closed by it."""
    before = [t.lower_ for t in doc[max(0, at - 3) : at]]
    return bool(before) and before[-1] in DEGREES and any(w in ("not", "n't") for w in before)


def owned(found: list[Found], made: dict[str, list[str]]) -> list[Found]:
    """An organisation that makes an open (or closed) product holds that side through it:
    each position of a product is also a practice of the product's makers."""
    out = []
    for f in found:
        for maker in made.get(f.holder or "", []):
            weight = RULE_STRENGTH["owner"] * f.weight
            out.append(Found(maker, f.side, "practice", f.sent_index, f.sent_text, weight, "owner"))
    return out


def turns(tok: Token) -> bool:
    """'but', 'rather', 'instead': a turn to the other side ("rather than", "instead of" only
    set a foil beside the side taken)."""
    after = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""
    return tok.lower_ in TURNING_WORDS and (tok.lower_, after) not in (
        ("rather", "than"),
        ("instead", "of"),
    )


def products_of(
    found: list[Found],
    made: dict[str, list[str]],
    doc: Doc,
    named_in: dict[int, set[str]],
) -> list[Found]:
    """A maker's practice reaches the one product the text says it makes ("Acme opened the
    weights of its models" and "Acme's Nimbus"): Nimbus is released so too. Only a product
    with no side of its own, and only when the maker has exactly one product named, so two
    products with different fates are each left to their own sentences; not a practice with
    data ("keeps its training data private"), which leaves the model as it was; and not a
    practice whose sentence names another product (`named_in`: the products named in each
    sentence), which the practice is about ("Acme reopened its X system for vetted agencies")."""
    products: dict[str, list[str]] = {}
    for product, orgs in made.items():
        for org in orgs:
            products.setdefault(org, []).append(product)
    sided = {f.holder for f in found}
    practices: dict[str, set[str]] = {}
    for f in found:
        if f.kind == "practice" and f.holder:
            practices.setdefault(f.holder, set()).add(f.side)
    out = []
    for f in found:
        mine = products.get(f.holder or "", [])
        # (not a foil's: "unlike X" is the writer's contrast, too weak to reach X's products)
        weak = f.rule in ("owner", "maker") or f.rule in LIKENESS_RULES
        if f.kind != "practice" or weak or len(mine) != 1:
            continue
        if len(practices[f.holder or ""]) != 1:
            continue  # a maker that does both: which fate is this product's is not said
        if mine[0] in sided or about_data(doc, f.at):
            continue
        if named_in.get(f.sent_index, set()) - {mine[0]}:
            continue  # another product is named where the practice is said
        weight = RULE_STRENGTH["owner"] * f.weight
        out.append(Found(mine[0], f.side, "practice", f.sent_index, f.sent_text, weight, "maker"))
    return out


def about_data(doc: Doc, at: int) -> bool:
    """A cue that speaks of a model's data rather than the model: "training data private"."""
    return any(t.lower_ in DATA_WORDS for t in doc[max(0, at - 4) : at + 4])


SPOKEN_FOR = 0.6  # a head of government's words are the state's, a step removed


def spoken_for(found: list[Found], heads: dict[str, str]) -> list[Found]:
    """What a premier or a president says (not what they do) is also said for the country
    they lead, when the text has that country acting."""
    out = []
    for f in found:
        country = heads.get(f.holder or "")
        if country is not None and f.kind in SPEECH_KINDS:
            weight = SPOKEN_FOR * f.weight
            out.append(
                Found(country, f.side, f.kind, f.sent_index, f.sent_text, weight, "spoken_for")
            )
    return out


def led(found: list[Found], heads: dict[str, str]) -> list[Found]:
    """What a chief executive does with models (releasing them, keeping them closed; not
    what they say) is a practice of the organisation they lead."""
    out = []
    for f in found:
        org = heads.get(f.holder or "")
        if org is not None and f.kind == "practice":
            weight = RULE_STRENGTH["owner"] * f.weight
            out.append(Found(org, f.side, "practice", f.sent_index, f.sent_text, weight, "led"))
    return out


def speaks_for(found: list[Found], heads: dict[str, str], h: Holders) -> list[Found]:
    """What a leader says in the first person plural ("we set new standards for openness")
    is said for the organisation they lead; a leader's views in the singular stay theirs."""
    out = []
    for f in found:
        org = heads.get(f.holder or "")
        if org is None or f.kind != "quote":
            continue
        region = h.in_quote(h.doc[f.at])
        if f.rule == "interview":  # an interview's answer: the whole sentence is theirs
            words = h.sents[f.sent_index]
        elif region is None:
            continue
        else:
            words = h.doc.char_span(*region, alignment_mode="expand") or []
        if any(t.lower_ in ("we", "our", "us") for t in words):
            weight = RULE_STRENGTH["owner"] * f.weight
            out.append(Found(org, f.side, "claim", f.sent_index, f.sent_text, weight, "speaks_for"))
    return out


def own_plans(found: list[Found], heads: dict[str, str], h: Holders) -> list[Found]:
    """'Chinese Premier X said China will promote open-source AI', 'Acme's CEO Y said Acme
    will keep its models closed': what the body a speaker leads backs or does, reported by
    that speaker in the same sentence, is the speaker's side too."""
    out = []
    led = set(heads.values())  # only a body someone leads can have its plan reported so
    for f in found:
        if f.kind not in ("advocacy", "practice") or f.holder not in led:
            continue
        if not plain_report(h.sents[f.sent_index]):
            continue
        for speaker in h.sentence_speaker(h.sents[f.sent_index]) or []:
            if speaker == f.holder or heads.get(speaker) != f.holder:
                continue
            if reported_by(h, h.sents[f.sent_index], f.holder, speaker):
                weight = RULE_STRENGTH["owner"] * f.weight
                out.append(
                    Found(speaker, f.side, "claim", f.sent_index, f.sent_text, weight, "own_plan")
                )
    return out


# words that make a reported plan another's claim, a denial or a doubt, not the speaker's
UNPLAIN_WORDS = {
    "not", "n't", "never", "no", "wrong", "false", "absurd", "claim", "claims", "report",
    "reports", "deny", "denies", "denied", "disagree", "disagrees", "mistake", "want", "wants",
    "force", "forced", "pressure", "if", "unless", "only", "rumor", "rumour", "critics",
    "rumors", "rumours", "allegation", "allegations", "untrue", "baseless", "urged", "asked",
    "pressed", "though", "although", "foolish", "nonsense",
}  # fmt: skip


def reported_by(h: Holders, sent: Span, body: str, speaker: str) -> bool:
    """The body is the subject of a clause that is the speaker's own reporting verb's
    complement, with no noun between ("X said China will ...", not "X said reports that
    China will ... are wrong", nor "it is untrue that China will ...")."""
    for tok in sent:
        if tok.dep_ not in ("nsubj", "nsubjpass") or not stands_for(h, tok, body):
            continue
        clause = tok.head
        if clause.dep_ == "conj":
            clause = clause.head
        said = clause.head
        if clause.dep_ == "ccomp" and said.lemma_ in REPORTING:
            subjects = [c for c in said.children if c.dep_ == "nsubj"]
            if any(speaker in (h.resolve(c) or []) for c in subjects):
                return True
    return False


def cue_root(span: Span) -> Token:
    """The word a cue hangs by: the span's root, but the verb of a keeping phrase ("keeping
    GPT-4 closed") when the parser hangs its last word elsewhere ("sue X for keeping GPT-4
    | closed" read as "sue ... and closed")."""
    first, root = span[0], span.root
    keeping = first.lemma_ == "keep" and first.pos_ == "VERB" and root.i != first.i
    return first if keeping and root.dep_ == "conj" else root


def stands_for(h: Holders, tok: Token, body: str) -> bool:
    """Whether a subject names the body, or is "it" / "the company" standing for it."""
    if h.token_player.get(tok.i) == body:
        return True
    referring = tok.lower_ == "it" or tok.lemma_.lower() in ORG_NOUNS
    return referring and body in (h.resolve(tok) or [])


def plain_report(sent: Span) -> bool:
    """One reporting verb with a subject of its own, and none of the words that turn what it
    reports into someone else's claim, a denial or a condition ("said reports that X will
    ... are wrong")."""
    reports = [
        t
        for t in sent
        if t.lemma_ in REPORTING
        and t.pos_ == "VERB"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    ]  # (a participle, "..., highlighting its role", reports nothing of its own)
    return len(reports) == 1 and not any(t.lower_ in UNPLAIN_WORDS for t in sent)


def granted(tok: Token) -> bool:
    """A word inside a clause that grants a point the sentence then goes against ("while
    proprietary models may lead, ..."): up its heads to a clause marked so."""
    for head in (tok, *tok.ancestors):
        if head.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in GRANTING_MARKS for c in head.children
        ):
            return True
    return False


def two_ways(frame: Frame) -> bool:
    """'Open weights would let far more people use AI but would also add to the risk of abuse':
    a cue that is the subject of two verbs joined by "but", the one for it and the other
    against it, is weighed both ways by whoever says so."""
    path = frame.path
    k = next((k for k, t in enumerate(path) if k and t.pos_ in ("VERB", "AUX")), 0)
    if not k or path[k - 1].dep_ not in ("nsubj", "nsubjpass"):
        return False
    if conditional(frame, len(path)):
        return False  # "if open models are useful but dangerous, ...": supposed
    verb = path[k]
    sign = polarity(frame.cue, path[: k + 1])
    others = turned_verbs(verb, ("VERB", "AUX"))
    if any(polarity(frame.cue, [*path[:k], other]) != sign for other in others):
        return True
    if not is_negative(verb) and any(turned_clause(c) for c in verb.children):
        return True  # "could help more people benefit but also raise the risk of misuse"
    # "are useful but dangerous", "brings benefits but also risks": two complements
    if negated_verb(verb):
        return False  # "are not dangerous but useful": one side, the other denied
    complements = [c for c in verb.children if c.dep_ in ("acomp", "attr", "dobj")]
    return any(
        negative_noun(c) != negative_noun(other)
        for c in complements
        for other in c.conjuncts
        if other.i > c.i and turned_between(c, other)
    )


def turned_clause(clause: Token) -> bool:
    """A complement clause whose second verb, after a "but", is a worry and its first not (or
    the other way round): "let far more people use AI but also add to the risk"."""
    if clause.dep_ not in ("ccomp", "xcomp"):
        return False
    for other in turned_verbs(clause, ("VERB",)):
        inside = {t.i for t in other.subtree}
        first = any(is_negative(t) for t in clause.subtree if t.i not in inside)
        if first != any(is_negative(t) for t in other.subtree):
            return True
    return False


def turned_between(first: Token, second: Token) -> bool:
    """A "but" or "yet" from the first word up to the second."""
    return any(t.lower_ in ("but", "yet") for t in first.doc[first.i : second.i])


def turned_verbs(verb: Token, pos: tuple[str, ...]) -> list[Token]:
    """The verbs joined to `verb` after a "but" that share its subject (have none of their
    own): "could help many but also raise the risk"."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ in pos
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        and turned_between(verb, c)
    ]


def weighed_other_way(f: Found) -> Found:
    """The same finding on the other side: a speaker who weighs the cue both ways."""
    return replace(f, side=flip(f.side))


def one_side_per_speech(
    best: dict[tuple[str | None, int, str], Found], both_done: set[int], doc: Doc
) -> dict:
    """A speaker argues one side in one sentence even when it names the other as the foil
    ("open tools rather than closed ones", "an open alternative to proprietary systems"):
    when one holder's speech in one sentence gives both sides, the first cue's side stands
    (the later one's after a "but"), unless the sentence reports both done ("will open X
    while keeping Y closed")."""
    out = dict(best)
    for (holder, sidx, side), f in best.items():
        other = best.get((holder, sidx, flip(side)))
        if holder is None or other is None or f.kind not in SPEECH_KINDS:
            continue
        if sidx in both_done:
            continue
        if other.kind not in SPEECH_KINDS or other.at == f.at:
            continue
        first, later = (other, f) if other.at < f.at else (f, other)
        turned = any(turns(t) for t in doc[first.at : later.at])
        # the first cue's side stands, unless a "but" turns to the other ("X still has a
        # share, but open models will win") or the first is only granted ("while closed
        # models may lead today, open ones ...")
        loser = first if turned or granted(doc[first.at]) else later
        out.pop((holder, sidx, loser.side), None)
    return out
