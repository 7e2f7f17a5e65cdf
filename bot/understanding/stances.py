"""Positions on open vs closed AI: find them, decide their polarity, attribute them.

Every position comes from a sentence of the article: a cue phrase (open source, open weights,
closed, proprietary, API-only, ...), its polarity in context (negation, contrast, negative
framing such as "concerns that ..."), and its holder (a quote's speaker, a reporting or
advocacy verb's subject, "according to X", a pronoun's antecedent, the actor of a practice,
the owner of an open or closed product). Nothing is looked up: a stance without a sentence
that says so does not exist.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from bot.understanding.nlp import Cue, cues
from bot.understanding.players import PlayerInfo

# fmt: off
REPORTING = {
    "say", "tell", "write", "add", "argue", "claim", "state", "note", "insist", "believe", "think",
    "contend", "explain", "predict", "warn", "caution", "suggest", "announce", "declare", "stress",
    "emphasize", "emphasise", "maintain", "post", "tweet", "acknowledge", "admit", "assert",
    "testify", "counter", "reply", "respond", "comment", "anticipate", "expect", "hope", "fear",
    "worry", "agree", "concede", "recommend", "blog", "posit", "reckon", "feel", "see", "view",
    "consider", "describe",
}
# fmt: on
# fmt: off
ADVOCACY = {
    "call", "urge", "advocate", "champion", "support", "back", "embrace", "adopt", "favor",
    "favour", "promote", "push", "defend", "endorse", "praise", "rally", "commit", "pledge", "bet",
    "prefer", "want", "focus", "lobby", "campaign", "propose", "demand", "encourage", "oppose",
    "criticize", "criticise", "attack", "slam", "fight", "reject", "resist", "condemn", "question",
    "challenge", "seek", "plan", "intend", "decide", "choose", "vow", "insist", "welcome",
    "applaud", "celebrate", "need", "require", "ban", "prohibit", "restrict", "regulate",
    "mandate", "pursue", "prioritize", "stand",
}
# fmt: on
# fmt: off
ADVOCACY_NOUNS = {
    "emphasis", "push", "call", "support", "commitment", "bet", "embrace", "advocacy", "case",
    "argument", "defense", "defence", "preference", "vision", "strategy", "stance", "position",
    "opposition", "criticism", "focus", "plan", "decision", "belief", "view", "approach",
    "championing", "endorsement", "proposal", "rule", "rules", "policy", "order", "bill", "law",
    "legislation", "guidance", "framework",
}
# fmt: on
# fmt: off
NEGATIVE = {
    "concern", "worry", "fear", "risk", "danger", "dangerous", "threat", "threaten", "unsafe",
    "misuse", "harm", "harmful", "limit", "restrict", "steal", "weaponize", "oppose", "against",
    "criticize", "criticise", "critic", "criticism", "warn", "warning", "reckless", "ban",
    "prohibit", "skeptical", "sceptical", "doubt", "bad", "problem", "problematic", "vulnerable",
    "exploit", "abuse", "loophole", "monopoly", "distaste", "attack", "slam", "reject", "resist",
    "condemn", "fight", "hamper", "hinder", "stifle", "undermine", "irresponsible", "wrong",
    "mistake", "peril", "perilous", "catastrophic", "catastrophe", "bioweapon", "bioweapons",
    "hostile", "opposition", "refuse", "decline", "abandon", "halt", "stop", "end", "scrap",
    "drop", "retreat", "backtrack", "lag", "fail", "failure", "insecure", "unfair", "lock-in",
    "stifling", "blame", "accuse", "lament", "complain", "drawback", "downside", "hazard",
    "illegal", "crack", "clamp", "curb", "sue", "lawsuit", "concentrate", "risky", "foe",
    "detractor",
    "sceptic", "skeptic", "opponent", "impossible", "discourage", "entrench", "restriction",
    "criminalise", "criminalize", "crime", "weapon", "weapons", "misused", "criminal", "criminals",
    "malware", "disinformation",
}
# fmt: on
CONTRAST_BEFORE = {
    ("rather", "than"),
    ("instead", "of"),
    ("opposed", "to"),
    ("away", "from"),
    ("alternative", "to"),
    ("alternatives", "to"),
    ("rival", "to"),
    ("challenger", "to"),
    ("compared", "to"),
    ("compared", "with"),
    ("answer", "to"),
}
CONTRAST_WORD = {"not", "against", "over", "versus", "vs", "vs.", "unlike", "never", "no"}
# fmt: off
PRACTICE = {
    "release", "offer", "provide", "launch", "unveil", "debut", "publish", "ship", "open", "make",
    "keep", "develop", "build", "sell", "license", "distribute", "roll", "train", "share", "put",
    "deploy", "host", "charge", "gate", "lock", "withhold", "hold", "remain", "stay", "go", "turn",
    "switch", "move", "shift", "opt", "use", "create", "introduce", "announce", "update",
    "produce", "design", "maintain", "run", "restrict", "limit",
}
# fmt: on
# fmt: off
PERSON_NOUNS = {
    "ceo", "executive", "founder", "co-founder", "billionaire", "chief", "president", "chairman",
    "senator", "minister", "secretary", "researcher", "scientist", "official", "spokesperson",
    "spokesman", "spokeswoman",
}
# fmt: on
# fmt: off
ORG_NOUNS = {
    "company", "firm", "startup", "start-up", "lab", "giant", "maker", "group", "developer",
    "government", "agency", "administration", "regulator", "commission", "platform", "owner",
    "parent",
}
# fmt: on
# fmt: off
UNNAMED = {
    "critic", "critics", "expert", "experts", "skeptic", "skeptics", "some", "others", "many",
    "observers", "analysts", "researchers", "advocates", "proponents", "opponents", "people",
    "developers", "concerns", "worries", "fears", "those", "supporters", "lawmakers", "officials",
    "regulators", "industry", "companies", "giants", "firms", "everyone", "nobody", "there", "one",
    "we", "you", "i",
}
# fmt: on
SPEECH_KINDS = ("quote", "claim", "advocacy")
KEEP_LIKE = {"keep", "remain", "stay", "hold"}
# verbs that act against a harm: "monitor misuse", "fix problems", "prevent attacks"
# fmt: off
COUNTERING = {
    "monitor", "fix", "prevent", "stop", "reduce", "fight", "catch", "address", "detect", "block",
    "combat", "curb", "mitigate", "avoid", "find", "spot", "patch", "limit", "counter",
}
# fmt: on
# fmt: off
LEGAL_NOUNS = {
    "bill", "measure", "ban", "law", "legislation", "rule", "regulation", "restriction", "order",
    "proposal", "amendment", "crackdown", "sanction",
}
# fmt: on
QUOTE_OPEN = '"“”'


@dataclass
class Found:
    """One position taken from one cue."""

    holder: str | None
    side: str
    kind: str
    sent_index: int
    sent_text: str
    weight: float


# fmt: off
POSITIVE = {
    "safe", "safer", "secure", "good", "better", "best", "beneficial", "answer", "solution", "way",
    "future", "right", "responsible", "necessary", "useful", "helpful", "viable", "trustworthy",
    "reliable", "important", "essential", "ready", "enough", "worth", "wise", "acceptable",
    "appropriate", "fair", "smart", "key", "path",
}
# fmt: on


# fmt: off
PARTISANS = {
    "advocate", "proponent", "champion", "supporter", "backer", "defender", "evangelist", "critic",
    "opponent", "skeptic", "sceptic", "detractor", "foe",
}
# fmt: on
# fmt: off
HARM_VERBS = {
    "discourage", "stifle", "hurt", "harm", "undermine", "kill", "hamper", "hinder", "threaten",
    "restrict", "ban", "limit", "criminalise", "criminalize", "curb", "chill", "damage",
    "endanger", "jeopardize", "jeopardise", "penalize", "penalise", "punish", "prohibit", "slow",
    "cripple",
}
# fmt: on


def _feared_harm(tok: Token, below: Token | None) -> bool:
    """A harm that only could happen to the cue (the cue in its object, a could/would/might
    before it): said to warn about it, not to approve of it."""
    if tok.lemma_ not in HARM_VERBS or below is None or below.dep_ in ("nsubj", "nsubjpass"):
        return False
    return any(
        c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "may") for c in tok.children
    )


COMPETE_VERBS = {
    "outperform",
    "beat",
    "rival",
    "surpass",
    "exceed",
    "match",
    "trail",
    "challenge",
    "overtake",
    "outpace",
    "compete",
    "catch",
}
MEMBER_NOUNS = {
    "member",
    "official",
    "lawmaker",
    "executive",
    "staff",
    "employee",
    "leader",
    "spokesperson",
    "representative",
    "minister",
    "researcher",
    "engineer",
}
WISH_VERBS = {
    "want",
    "urge",
    "ask",
    "expect",
    "wish",
    "encourage",
    "require",
    "hope",
    "need",
    "push",
    "press",
    "tell",
    "invite",
    "call",
}
TOPIC_VERBS = {"address", "mention", "discuss", "cover", "broach", "raise", "touch"}


def _embedded_wish(verb: Token) -> bool:
    """A clause someone wishes for: its subject is what the wisher wants something of, not a
    holder ("Macron said Europe should back open AI", "wanted Britain to be a champion")."""
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in WISH_VERBS:
        return True
    modal = any(
        c.dep_ == "aux" and c.lower_ in ("should", "must", "ought", "needs") for c in verb.children
    )
    return modal and verb.dep_ == "ccomp" and verb.head.lemma_ in REPORTING


def _evaluative(copula: Token) -> bool:
    """Whether a copula's complement judges (safe, dangerous, the answer): only then does
    negating it reject the subject."""
    for child in copula.children:
        if child.dep_ in ("acomp", "attr", "oprd"):
            words = {t.lemma_.lower() for t in child.subtree} | {child.lower_}
            if words & (POSITIVE | NEGATIVE):
                return True
    return False


def _rank(f: Found) -> tuple[int, float]:
    return (SPEECH_KINDS.index(f.kind) if f.kind in SPEECH_KINDS else 9, -f.weight)


def _flip(side: str) -> str:
    return "closed" if side == "open" else "open"


def _quote_regions(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks, paragraph by paragraph."""
    regions: list[tuple[int, int]] = []
    text = doc.text
    pos = 0
    for para in text.split("\n"):
        start = None
        for i, ch in enumerate(para):
            if ch == "“" or (ch == '"' and start is None):
                start = pos + i
            elif (ch == "”" or ch == '"') and start is not None:
                regions.append((start, pos + i + 1))
                start = None
        if start is not None:  # a quote running to the paragraph's end
            regions.append((start, pos + len(para)))
        pos += len(para) + 1
    return regions


class StanceFinder:
    """Finds the positions in a doc whose players are already known."""

    def __init__(
        self,
        doc: Doc,
        players: dict[str, PlayerInfo],
        token_player: dict[int, str],
        headline_end: int = 0,
        title: str | None = None,
    ) -> None:
        self.doc = doc
        self.players = players
        self.token_player = token_player
        self.headline_end = headline_end
        self.title = " ".join((title or "").split())
        self.sents = list(doc.sents)
        self.sent_of = {}
        for idx, sent in enumerate(self.sents):
            for tok in sent:
                self.sent_of[tok.i] = idx
        self.quotes = _quote_regions(doc)
        self._speakers: dict[int, list[str] | None] = {}

    # -- resolving who a token is ------------------------------------------------------------

    def _player_at(self, tok: Token) -> str | None:
        key = self.token_player.get(tok.i)
        if key is None and tok.dep_ in ("compound", "poss") and tok.head.i in self.token_player:
            key = self.token_player.get(tok.head.i)
        return key

    def _recent(
        self, before: int, kinds: tuple[str, ...], count: int = 1, within_sents: int = 3
    ) -> list[str]:
        """The last `count` distinct players of these types mentioned before token `before`."""
        first_sent = max(0, self.sent_of.get(before, 0) - within_sents)
        limit = self.sents[first_sent].start if self.sents else 0
        out: list[str] = []
        for i in range(before - 1, limit - 1, -1):
            key = self.token_player.get(i)
            if key and key not in out and self.players[key].type in kinds:
                out.append(key)
                if len(out) == count:
                    break
        return out

    def _recent_topic(self, before: int) -> list[str]:
        """'the company': the organisation that was last the subject of a sentence (what the
        story is about), else the last organisation named."""
        first_sent = max(0, self.sent_of.get(before, 0) - 3)
        limit = self.sents[first_sent].start if self.sents else 0
        for i in range(before - 1, limit - 1, -1):
            key = self.token_player.get(i)
            tok = self.doc[i]
            if (
                key
                and self.players[key].type == "ORG"
                and (
                    tok.dep_ in ("nsubj", "nsubjpass")
                    or (tok.dep_ == "compound" and tok.head.dep_ in ("nsubj", "nsubjpass"))
                )
            ):
                return [key]
        return self._recent(before, ("ORG",))

    def _conjuncts(self, tok: Token) -> list[Token]:
        out = [tok]
        for child in tok.children:
            if child.dep_ == "conj":
                out.extend(self._conjuncts(child))
        return out

    def resolve(self, tok: Token, conjuncts: bool = True) -> list[str] | None:
        """Players a subject token stands for; [] for a generic or unnamed subject, None when
        it is something else (a thing, a topic)."""
        keys: list[str] = []
        for t in self._conjuncts(tok) if conjuncts else [tok]:
            key = self._player_at(t)
            if key is None:  # "Its president, Colm Daly, said"
                key = next(
                    (
                        self._player_at(c)
                        for c in t.children
                        if c.dep_ == "appos" and self._player_at(c)
                    ),
                    None,
                )
            if key is None and t.pos_ == "NOUN":
                # "The letter, organised by the Mozilla Foundation, argues ...": its author
                for acl in (c for c in t.children if c.dep_ == "acl"):
                    for agent in (c for c in acl.children if c.dep_ == "agent"):
                        pobj = next((g for g in agent.children if g.dep_ == "pobj"), None)
                        if pobj is not None:
                            key = self._player_at(pobj)
            if key is None and (t.pos_ == "PROPN" or t.lower_ in PERSON_NOUNS):
                # "Meta CEO said": the name sits in a compound; not "UK safety institute",
                # where the name only qualifies a common noun
                for child in t.children:
                    if child.dep_ == "compound" and self.token_player.get(child.i):
                        key = self.token_player[child.i]
                        if self.players[key].type == "PERSON":
                            break
            if key is not None:
                if key not in keys:
                    keys.append(key)
                continue
            low = t.lower_
            if low in ("who", "which", "that") and t.head.dep_ == "relcl":
                # "Clem Delangue, who said ...": the relative clause's antecedent
                antecedent = self.resolve(t.head.head, conjuncts=False)
                keys.extend(k for k in antecedent or [] if k not in keys)
                continue
            if low in ("he", "she", "him", "her", "his"):
                keys.extend(k for k in self._recent(t.i, ("PERSON",)) if k not in keys)
            elif low == "it" and t.dep_ == "nsubj" and t.head.lemma_ == "be":
                return None  # expletive: "it's difficult to tell whether ..."
            elif low in ("it", "its"):
                keys.extend(k for k in self._antecedent_it(t) if k not in keys)
            elif low in ("we", "i", "you", "us", "our", "my", "me"):
                return None  # the writer or the reader: not a player
            elif low in ("they", "them", "their"):
                group = self._recent_group(t)
                keys.extend(k for k in group if k not in keys)
            elif low in ("government", "governments", "administration"):
                continue  # which government is rarely the last organisation named
            elif low in ORG_NOUNS or t.lemma_ in ORG_NOUNS:
                det = next((c.lower_ for c in t.children if c.dep_ in ("det", "predet")), "")
                if det == "both":
                    keys.extend(k for k in self._recent(t.i, ("ORG",), 2) if k not in keys)
                elif det in ("the", "this") and t.tag_ != "NNS":
                    keys.extend(k for k in self._recent_topic(t.i) if k not in keys)
            elif low in PERSON_NOUNS and any(c.lower_ == "the" for c in t.children):
                keys.extend(
                    k for k in self._recent(t.i, ("PERSON",), within_sents=6) if k not in keys
                )
        if keys:
            return keys
        # "the company's decision to keep its models closed": whose decision it is
        if tok.lemma_ in ADVOCACY_NOUNS:
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None and (owners := self.resolve(poss)):
                return owners
        # "Members of the European Parliament", "officials at the agency": their body
        if tok.lemma_ in MEMBER_NOUNS:
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "at")):
                for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                    key = self._player_at(pobj)
                    if key and self.players[key].type in ("ORG", "GPE"):
                        return [key]
        # "Critics of closed AI, including Clement Delangue, said": the named ones among them
        for prep in (c for c in tok.children if c.lower_ in ("including", "like")):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                named = [self._player_at(t) for t in self._conjuncts(pobj)]
                keys.extend(k for k in named if k and k not in keys)
        if keys:
            return keys
        if (
            tok.lower_ in UNNAMED
            or tok.lemma_ in UNNAMED
            or tok.pos_ in ("PRON",)
            or (tok.tag_ == "NNS" and tok.pos_ == "NOUN")
        ):
            return []
        return None

    def _antecedent_it(self, tok: Token) -> list[str]:
        """'it'/'its': the nearest organisation before it, unless a thing comes first
        ("the industry ... it should") or the 'it' is expletive ("it's difficult to")."""
        if tok.dep_ == "nsubj" and (tok.head.lemma_ in REPORTING or tok.head.lemma_ in ADVOCACY):
            return self._recent_topic(tok.i)  # "It said ...": things do not speak
        idx = self.sent_of.get(tok.i, 0)
        limit = self.sents[max(0, idx - 1)].start
        for i in range(tok.i - 1, limit - 1, -1):
            t = self.doc[i]
            key = self.token_player.get(i)
            if key is not None:
                if self.players[key].type == "ORG":
                    return [key]
                continue
            if (
                t.pos_ == "NOUN"
                and t.tag_ == "NN"
                and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                and t.lemma_
                not in (
                    "model",
                    "source",
                    "version",
                    "post",
                    "blog",
                    "statement",
                    "year",
                    "week",
                    "month",
                    "day",
                    "time",
                    "interview",
                    "topic",
                )
            ):
                if t.lemma_ in ORG_NOUNS and any(c.lower_ == "the" for c in t.children):
                    return self._recent(t.i, ("ORG",))
                return []
        return []

    def _recent_group(self, tok: Token) -> list[str]:
        """'they': the players of the nearest plural subject in this or the last sentence."""
        idx = self.sent_of.get(tok.i, 0)
        for sent in (self.sents[idx], self.sents[idx - 1] if idx else None):
            if sent is None:
                continue
            for t in sent:
                if t.i >= tok.i:
                    break
                if t.dep_ in ("nsubj", "nsubjpass") and (
                    len(self._conjuncts(t)) > 1 or any(c.lower_ == "both" for c in t.children)
                ):
                    keys = self.resolve(t)
                    if keys:
                        return keys
        return self._recent(tok.i, ("ORG",), 2, within_sents=1)

    def _subjects(self, verb: Token) -> list[Token]:
        """The subject of a verb, inherited through participles, infinitives and conjuncts."""
        seen = 0
        while verb is not None and seen < 6:
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                if subj[0].dep_ == "nsubjpass":  # "was released by Meta": the agent acts
                    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                    if agent is not None:
                        objs = [c for c in agent.children if c.dep_ == "pobj"]
                        if objs:
                            return objs
                return subj
            if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acl") and verb.head is not verb:
                if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
                    return []
                verb = verb.head
                seen += 1
                continue
            return []
        return []

    # -- quotes -----------------------------------------------------------------------------

    def _in_quote(self, tok: Token) -> tuple[int, int] | None:
        for start, end in self.quotes:
            if start <= tok.idx < end:
                return start, end
        return None

    def _quote_speaker(self, region: tuple[int, int]) -> list[str] | None:
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
                speaker = self._reporter_in(self.sents[idx], region)
                if speaker is not None:
                    break
        self._speakers[region[0]] = speaker
        return speaker

    def _according(self, tok: Token) -> list[str] | None:
        """'according to X': the players X names."""
        if tok.lower_ != "according" or tok.i + 1 >= len(self.doc):
            return None
        pobj = [c for c in self.doc[tok.i + 1].children if c.dep_ == "pobj"]
        return self.resolve(pobj[0]) if pobj else None

    def _reporter_in(self, sent: Span, region: tuple[int, int]) -> list[str] | None:
        for tok in sent:
            if region[0] <= tok.idx < region[1] or self._in_quote(tok):
                continue
            if tok.lemma_ in REPORTING and tok.pos_ in ("VERB", "AUX"):
                for subj in self._subjects(tok):
                    if self._in_quote(subj):
                        continue
                    keys = self.resolve(subj)
                    if keys:
                        return keys
            if keys := self._according(tok):
                return keys
        return None

    # -- polarity ---------------------------------------------------------------------------

    def _polarity(self, cue: Cue, path: list[Token]) -> int:
        """+1 when the context endorses the cue's side, -1 when it rejects or fears it."""
        doc = self.doc
        negative = False
        negations = 0
        before = [doc[i].lower_ for i in range(max(0, cue.start - 3), cue.start)]
        left = doc[cue.start - 2] if cue.start >= 2 else None
        moving_away = (
            bool(before)
            and before[-1] == "from"
            and left is not None
            and (left.lemma_ in ("switch", "move", "shift", "migrate", "turn", "away", "depart"))
        )
        contrast = (
            moving_away  # "switching from closed APIs to open models"
            or (len(before) >= 2 and (before[-2], before[-1]) in CONTRAST_BEFORE)
            or (bool(before) and before[-1] in CONTRAST_WORD)
            or (len(before) >= 3 and (before[-3], before[-2]) in CONTRAST_BEFORE)
        )
        cue_tokens = set(range(cue.start, cue.end))
        first_verb = True
        defended = False
        for k, tok in enumerate(path):
            if tok.i in cue_tokens:
                # the cue's own verb may be negated: "would not be offered to developers"
                negations += sum(  # (a "not" right before the cue is the contrast above)
                    1 for c in tok.children if c.dep_ == "neg" and c.i != cue.start - 1
                )
                continue
            own_negation = any(c.dep_ == "neg" for c in tok.children)
            if _feared_harm(tok, path[k - 1] if k else None):
                # "the rules could discourage open-source development": whoever says so
                # defends the cue's side; the worry above it ("warned that") is about the harm
                defended = True
                continue
            if defended:
                continue
            if tok.lemma_.lower() in NEGATIVE or tok.lower_ in NEGATIVE:
                if own_negation:  # "should not restrict open models", "isn't concentrated":
                    continue  # the negation cancels the worry; neither flips the cue
                negative = True
            # a negation counts on the cue's own clause and on verbs of saying or wanting that
            # embed it ("does not believe open models are safe"), not on unrelated clauses
            is_verb = tok.pos_ in ("VERB", "AUX")
            scoped = (
                not is_verb or first_verb or tok.lemma_ in REPORTING or (tok.lemma_ in ADVOCACY)
            )
            if is_verb:
                first_verb = False
            if tok.lemma_ == "be" and not _evaluative(tok):
                scoped = False  # "openness is not an all-or-nothing choice" rejects nothing
            for child in tok.children:
                if child.dep_ == "neg" or (
                    child.lower_ in ("never", "no") and child.dep_ in ("advmod", "det")
                ):
                    not_only = child.i + 1 < len(doc) and doc[child.i + 1].lower_ == "only"
                    negations += 1 if scoped and not not_only else 0  # "not only ... but"
                elif (
                    child.dep_ in ("xcomp", "ccomp")
                    and child not in path
                    and any(
                        (t.lemma_.lower() in NEGATIVE or t.lower_ in NEGATIVE)
                        and t.head.lemma_ not in COUNTERING
                        for t in list(child.subtree)[:15]
                    )
                ):
                    negative = True  # "could help bad actors build biological weapons"
                elif (
                    child.dep_ in ("acomp", "attr", "oprd", "dobj", "advmod", "amod")
                    and (child.i not in cue_tokens)
                    and child not in path
                    and (child.lemma_.lower() in NEGATIVE or child.lower_ in NEGATIVE)
                ):
                    negative = True
        for tok in path:
            # "a bill aimed at open-source releases", "rules targeting open models"
            if tok.lemma_ in ("aim", "target", "apply") and any(
                t.lemma_ in LEGAL_NOUNS for t in (tok, tok.head, *tok.children, *tok.head.children)
            ):
                negative = True
        sign = -1 if negative else 1
        if negations % 2:
            sign = -sign
        if contrast:
            sign = -sign
        return sign

    # -- the main pass ----------------------------------------------------------------------

    def find(self) -> list[Found]:
        best: dict[tuple[str | None, int, str], Found] = {}
        for cue in cues(self.doc):
            for f in self._for_cue(cue):
                key = (f.holder, f.sent_index, f.side)
                if key not in best or _rank(f) < _rank(best[key]):
                    best[key] = f  # one sentence counts once per holder and side
        return list(best.values())

    def _for_cue(self, cue: Cue) -> list[Found]:
        doc = self.doc
        span = doc[cue.start : cue.end]
        root = span.root
        sidx = self.sent_of.get(root.i, 0)
        sent = self.sents[sidx]
        text = sent.text.strip()
        if sent.end <= self.headline_end and self.title:
            text = self.title  # the headline as published, without the full stop we added
        out: list[Found] = []

        def add(keys: list[str] | None, side: str, kind: str, weight: float) -> None:
            for key in keys or []:
                out.append(Found(key, side, kind, sidx, text, weight))

        path = [root, *root.ancestors]
        # 1. products and owners the cue describes: "Meta's open-source Llama", "Android, which
        #    is open", "closed ones like those developed by OpenAI"
        described = self._described(root, cue)
        owners_done = set()
        own_side = cue.side
        if root.pos_ in ("VERB", "AUX") or root.head.lemma_ in KEEP_LIKE:
            own_side = cue.side if self._polarity(cue, path[:2]) > 0 else _flip(cue.side)
        for tok in described:
            key = self._player_at(tok)
            if key and self.players[key].type in ("PRODUCT", "ORG"):
                add([key], own_side, "practice", 0.7)
                owners_done.add(key)
            for child in tok.children:
                if child.dep_ == "poss":
                    keys = self.resolve(child)
                    if keys:
                        add([k for k in keys if k not in owners_done], cue.side, "practice", 0.7)
                        owners_done.update(keys)
        # "released its Finch model as open source", "keep the weights of Sable private"
        verb = next((t for t in path[:3] if t.pos_ == "VERB"), None)  # the cue's own clause
        if verb is not None and verb.lemma_ in PRACTICE:
            objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            objects += [
                g
                for c in verb.children
                if c.dep_ in ("ccomp", "xcomp", "oprd")
                for g in c.children
                if g.dep_ == "nsubj"
            ]  # keep [its model] closed
            for obj in objects:
                for t in obj.subtree:
                    key = self._player_at(t)
                    if key and self.players[key].type == "PRODUCT" and key not in owners_done:
                        sign = self._polarity(cue, path[: path.index(verb) + 1])
                        add([key], cue.side if sign > 0 else _flip(cue.side), "practice", 0.7)
                        owners_done.add(key)
        for tok in root.subtree:
            if tok.dep_ == "agent" and tok.head.lemma_ in (
                "develop",
                "make",
                "build",
                "offer",
                "release",
                "create",
                "train",
            ):
                for pobj in (c for c in tok.children if c.dep_ == "pobj"):
                    keys = self.resolve(pobj) or []
                    add([k for k in keys if k not in owners_done], cue.side, "practice", 0.7)
        # a question is not a position: "whether open or closed models will win"
        if self._in_question(root):
            return out
        # 2. a quote's speaker
        region = self._in_quote(root)
        if region is not None:
            speaker = self._quote_speaker(region)
            if speaker:
                sign = self._polarity(cue, path)
                add(speaker, cue.side if sign > 0 else _flip(cue.side), "quote", 1.0)
                return out
        # 3. up the tree: practices, advocacy, reported speech
        speech_found = False
        unnamed_speech = False
        practice_found = False
        for depth, tok in enumerate(path):
            if tok.i in range(cue.start, cue.end) and tok is not root:
                continue
            is_verb = tok.pos_ in ("VERB", "AUX")
            if tok.lemma_ in ADVOCACY_NOUNS and tok.pos_ == "NOUN":
                poss = [c for c in tok.children if c.dep_ == "poss"]
                if poss and (keys := self.resolve(poss[0])):
                    sign = self._polarity(cue, path[: depth + 1])
                    add(keys, cue.side if sign > 0 else _flip(cue.side), "advocacy", 0.9)
                    speech_found = True
                    break
            if tok.dep_ == "relcl" and depth > 0:
                # "Meta, whose weights are public, declined ...": a description of Meta
                keys = self.resolve(tok.head, conjuncts=False)
                if keys:
                    sign = self._polarity(cue, path[: depth + 1])
                    add(keys, cue.side if sign > 0 else _flip(cue.side), "practice", 0.7)
                    break
            if tok.lemma_ in PARTISANS and tok.pos_ == "NOUN":
                # "LeCun, a longtime advocate of open models", "X is a critic of closed AI"
                who = None
                if tok.dep_ == "appos":
                    who = tok.head
                elif (
                    tok.dep_ == "attr"
                    and tok.head.lemma_ == "be"
                    and tok.head.dep_ not in ("xcomp", "ccomp")
                ):  # not "wanted Britain to be a champion of ..."
                    who = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                keys = self.resolve(who) if who is not None else None
                if keys:
                    sign = self._polarity(cue, path[: depth + 1])
                    add(keys, cue.side if sign > 0 else _flip(cue.side), "advocacy", 1.0)
                    speech_found = True
                    break
            if not is_verb:
                continue
            subjects = self._subjects(tok)
            if not subjects:
                continue
            if any(s.i in range(cue.start, cue.end) or s.i == root.i for s in subjects):
                continue  # the cue is what the clause is about, not who holds it
            if tok.lemma_ in COMPETE_VERBS and depth <= 2:
                return out  # "outperformed several closed models": a rival, not a practice
            if tok.lemma_ in TOPIC_VERBS and depth <= 2:
                return out  # "did not address open-source models": a topic, not a position
            if _embedded_wish(tok):
                continue  # "Macron said Europe should back open AI": Europe holds nothing
            keys = self.resolve(subjects[0])
            if keys is None:
                continue
            if not keys and (tok.lemma_ in REPORTING or tok.lemma_ in ADVOCACY):
                unnamed_speech = True
            sign = self._polarity(cue, path[: depth + 1])
            side = cue.side if sign > 0 else _flip(cue.side)
            if tok.lemma_ in REPORTING or tok.lemma_ in ADVOCACY:
                if keys:
                    kind = "claim" if tok.lemma_ in REPORTING else "advocacy"
                    add(keys, side, kind, 1.0)
                    speech_found = True
                    break
                if tok.lemma_ in REPORTING:
                    break  # "critics say ...": unnamed speech; stop at the speaker
                continue
            if keys and not practice_found:
                # only the cue's own clause is a practice; a verb higher up with another
                # subject ("A opens X, while B keeps Y closed") is a different act
                named = any(self._player_at(s) for s in self._conjuncts(subjects[0]))
                practice_found = True
                add(keys, side, "practice", 0.8 if named else 0.6)
        if not speech_found:
            speaker = self._sentence_speaker(sent)
            if speaker:
                sign = self._polarity(cue, path)
                add(speaker, cue.side if sign > 0 else _flip(cue.side), "claim", 0.9)
                speech_found = True
        if speech_found:
            # a pronoun's practice inside someone's speech is the speaker's framing: keep only
            # the practices of players named outright
            out = [
                f for f in out if f.kind != "practice" or f.weight >= 0.7 or f.kind in SPEECH_KINDS
            ]
        if not out:
            sign = self._polarity(cue, path)
            if sign < 0 or unnamed_speech:
                kind = "concern" if sign < 0 else "claim"
                side = cue.side if sign > 0 else _flip(cue.side)
                out.append(Found(None, side, kind, sidx, text, 0.5))
        return out

    @staticmethod
    def _in_question(root: Token) -> bool:
        for tok in (root, *root.ancestors):
            if any(c.dep_ == "mark" and c.lower_ == "whether" for c in tok.children):
                return True
        return any(t.lower_ == "whether" and 0 < root.i - t.i < 12 for t in root.sent)

    def _described(self, root: Token, cue: Cue) -> list[Token]:
        """Tokens the cue describes: its noun (with the names inside it and beside it), and
        for a predicate ("which is open"), the subject or the relative clause's antecedent."""
        tok = root.head if root.dep_ in ("amod", "compound") else root
        heads = [tok]
        if root.dep_ in ("acomp", "oprd", "attr") and root.head.pos_ in ("AUX", "VERB"):
            verb = root.head
            if verb.dep_ == "relcl":
                heads.append(verb.head)
            heads.extend(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
        out: list[Token] = []
        for head in heads:
            stack = [head]
            while stack:
                t = stack.pop()
                out.append(t)
                for child in t.children:
                    if child.dep_ in ("compound", "nmod", "appos", "npadvmod") or (
                        child.dep_ == "amod" and child.i in self.token_player
                    ):
                        stack.append(child)
        return out

    def _sentence_speaker(self, sent: Span) -> list[str] | None:
        """'Closed models, he says, would ...' / 'according to X' / 'X said.' at the end."""
        for tok in sent:
            if self._in_quote(tok):
                continue
            if (
                tok.lemma_ in REPORTING
                and tok.dep_ in ("parataxis", "ROOT")
                and tok.pos_ in ("VERB",)
            ):
                subj = [c for c in tok.children if c.dep_ == "nsubj"]
                if subj and (keys := self.resolve(subj[0])):
                    return keys
            if keys := self._according(tok):
                return keys
        return None
