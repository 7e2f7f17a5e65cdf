"""Who holds a position: the player a token stands for, a quote's speaker, a clause's subject.

Holder resolution, apart from the frame rules that use it: a name (or the name inside a
compound or apposition), a pronoun's antecedent, "the company" as the story's organisation, a
relative pronoun's antecedent, "members of X" as X, a passive verb's agent, a quote's speaker,
"according to X". Every look-back is bounded to a few sentences, so the cost stays linear.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from bot.understanding.lexicon import (
    ADVOCACY,
    ADVOCACY_NOUNS,
    COUNTED_DETS,
    DOCUMENT_NOUNS,
    EXAMPLE_SUBJECTS,
    LAW_NAME,
    LEADER_TITLES,
    MAKER_PREPS,
    MAKER_VERBS,
    MEMBER_NOUNS,
    MEMBER_PREPS,
    NOT_ANTECEDENTS,
    NUMBER_WORDS,
    OPPOSING,
    ORG_NOUNS,
    PEOPLE_NOUNS,
    PERSON_NOUNS,
    REPORTING,
    ROLE_SIGNERS,
    SIGN_ON_VERBS,
    SIGN_VERBS,
    SIGNER_NOUNS,
    UNNAMED,
)
from bot.understanding.players import PlayerInfo


def quote_regions(doc: Doc) -> list[tuple[int, int]]:
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


# "A joined B in a letter", "A teamed up with B", "A sided with B": B takes part in A's act
COMPANION_VERBS = {"join", "team", "partner", "ally", "unite", "side", "collaborate"}


def partners(verb: Token) -> list[Token]:
    """The partners of a verb of acting together: its object ("joined B"), or its "with"
    phrase ("teamed up with B", "joined forces with B")."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        out += [g for g in prep.children if g.dep_ == "pobj"]
    return out


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
            for tok in sent:
                self.sent_of[tok.i] = idx
        self.quotes = quote_regions(doc)
        self._quote_starts = [start for start, _ in self.quotes]
        self._speakers: dict[int, list[str] | None] = {}

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

    def recent_topic(self, before: int, kind: str = "ORG") -> list[str]:
        """'the company', 'he': the organisation (or person) that was last the subject of a
        clause (what the story is about), else the last one named."""
        first_sent = max(0, self.sent_of.get(before, 0) - 3)
        limit = self.sents[first_sent].start if self.sents else 0
        for i in range(before - 1, limit - 1, -1):
            key = self.token_player.get(i)
            tok = self.doc[i]
            if (
                key
                and self.players[key].type == kind
                and (
                    tok.dep_ in ("nsubj", "nsubjpass")
                    or (tok.dep_ == "compound" and tok.head.dep_ in ("nsubj", "nsubjpass"))
                )
            ):
                return [key]
        return self.recent(before, (kind,))

    def conjuncts(self, tok: Token) -> list[Token]:
        out = [tok]
        for child in tok.children:
            if child.dep_ == "conj":
                out.extend(self.conjuncts(child))
        return out

    def listed(self, tok: Token) -> list[str]:
        """The players named in apposition to a token, with their own lists: "a coalition of
        groups — A, B and C —" names A, B and C."""
        out: list[str] = []
        group = [tok]  # "a coalition of groups — A, B —": the list may hang on "groups"
        group += [
            g for p in tok.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
        ]
        stack = [c for t in group for c in t.children if c.dep_ == "appos"]
        while stack:
            t = stack.pop(0)
            key = self.player_at(t)
            if key and key not in out:
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
        for prep in (c for c in tok.children if c.lower_ in ("including", "like", "as")):
            if prep.lower_ == "as" and not any(g.lower_ == "such" for g in prep.children):
                continue
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                named = [self.player_at(t) for t in self.conjuncts(pobj)] + self.listed(pobj)
                out.extend(k for k in named if k and k not in out)
        return out

    def resolve(self, tok: Token, conjuncts: bool = True) -> list[str] | None:
        """Players a subject token stands for; [] for a generic or unnamed subject, None when
        it is something else (a thing, a topic, the writer)."""
        keys: list[str] = []
        for t in self.conjuncts(tok) if conjuncts else [tok]:
            found = self.named(t)
            if not found:
                found = self.referred(t)
                if found is None:
                    return None
            keys.extend(k for k in found if k not in keys)
            keys.extend(k for k in self.companions(t) if k not in keys)
        return keys or self.unnamed(tok)

    def companions(self, t: Token) -> list[str]:
        """'X, along with Y, said', 'X, together with figures like Y,', 'X alongside Y'."""
        near = list(t.children)
        if t.dep_ == "nsubj":  # the parser may hang "along with" on the verb
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
        if t.dep_ == "nsubj" and t.head.lemma_ in COMPANION_VERBS:
            pobjs += partners(t.head)
        return [k for pobj in pobjs for c in self.conjuncts(pobj) for k in self.named(c)]

    def named(self, t: Token) -> list[str]:
        """The players a token names: itself, the names listed beside it ("a coalition — A,
        B —", "giants such as A and B"), its author ("the letter, organised by X"), or the
        name in its compound ("Meta CEO said"; not "UK safety institute")."""
        key = self.player_at(t)
        if key is not None:
            return [key]
        if listed := self.listed(t):
            return listed
        if t.pos_ == "NOUN" and (among := self.named_among(t)):
            return among
        if t.pos_ == "NOUN":
            for acl in (c for c in t.children if c.dep_ == "acl"):
                for agent in (c for c in acl.children if c.dep_ == "agent"):
                    pobj = next((g for g in agent.children if g.dep_ == "pobj"), None)
                    if pobj is not None and (key := self.player_at(pobj)):
                        return [key]
        if t.pos_ == "NOUN" and (key := fronted_author(self, t)):
            return [key]
        if t.pos_ == "PROPN" or t.lower_ in PERSON_NOUNS:
            names = [
                self.token_player[c.i]
                for c in t.children
                if c.dep_ == "compound" and c.i in self.token_player
            ]
            person = [k for k in names if self.players[k].type == "PERSON"]
            return person[:1] or names[-1:]
        return []

    def referred(self, t: Token) -> list[str] | None:
        """The players a pronoun or a definite description refers to; None for the writer, the
        reader, or an expletive "it"."""
        low = t.lower_
        if low in ("who", "which", "that") and t.head.dep_ == "relcl":
            return self.resolve(t.head.head, conjuncts=False) or []  # "Delangue, who said"
        if low in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass"):
            return self.recent_topic(t.i, "PERSON")  # a subject pronoun: the last subject
        if low in ("he", "she", "him", "her", "his"):
            return self.recent(t.i, ("PERSON",))
        if low == "it" and t.dep_ == "nsubj" and t.head.lemma_ == "be":
            return None  # expletive: "it's difficult to tell whether ..."
        if low in ("it", "its"):
            return self._antecedent_it(t)
        if low in ("we", "i", "you", "us", "our", "my", "me"):
            return None  # the writer or the reader: not a player
        if low in ("they", "them", "their"):
            return self.recent_group(t)
        if low in ("government", "governments", "administration"):
            return []  # which government is rarely the last organisation named
        if (group := self.counted_group(t)) is not None:
            return group
        if low in ORG_NOUNS or t.lemma_ in ORG_NOUNS:
            det = next((c.lower_ for c in t.children if c.dep_ in ("det", "predet")), "")
            if det == "both":
                return self.recent(t.i, ("ORG",), 2)
            return self.recent_topic(t.i) if det in ("the", "this") and t.tag_ != "NNS" else []
        if low in PERSON_NOUNS and any(c.lower_ == "the" for c in t.children):
            return self.recent(t.i, ("PERSON",), within_sents=6)
        return []

    def unnamed(self, tok: Token) -> list[str] | None:
        """A subject that names no player: whose decision it is, the body its members belong
        to; [] for a generic group ("critics"), None for a thing."""
        if tok.lemma_ in ADVOCACY_NOUNS:  # "the company's decision to keep its models closed"
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None and (owners := self.resolve(poss)):
                return owners
        if tok.lemma_ in MEMBER_NOUNS:  # "Members of the European Parliament"
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in MEMBER_PREPS]
            pobjs = [g for p in preps for g in p.children if g.dep_ == "pobj"]
            bodies = [self.player_at(t) for pobj in pobjs for t in self.conjuncts(pobj)]
            bodies = [k for k in bodies if k and self.players[k].type in ("ORG", "GPE")]
            if bodies:  # "researchers from A and B": both bodies
                return list(dict.fromkeys(bodies))
        if among := self.named_among(tok):  # "Critics of closed AI, including X, said"
            return among
        if tok.lower_ in UNNAMED or tok.lemma_ in UNNAMED or tok.pos_ == "PRON":
            return []
        return [] if tok.tag_ == "NNS" and tok.pos_ == "NOUN" else None

    def _antecedent_it(self, tok: Token) -> list[str]:
        """'it'/'its': the nearest organisation before it, unless a thing comes first
        ("the industry ... it should") or the 'it' is expletive ("it's difficult to")."""
        if tok.dep_ == "nsubj" and (tok.head.lemma_ in REPORTING or tok.head.lemma_ in ADVOCACY):
            return self.recent_topic(tok.i)  # "It said ...": things do not speak
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
                and t.lemma_ not in NOT_ANTECEDENTS
            ):
                if t.lemma_ in ORG_NOUNS and any(c.lower_ == "the" for c in t.children):
                    return self.recent(t.i, ("ORG",))
                return []
        return []

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

    def listed_count(self, before: int, kinds: tuple[str, ...], count: int) -> list[str]:
        """'A, B, C, D and E were chosen ... the five finalists': the last list of exactly that
        many players, a few sentences back at most (a bounded look, as everywhere here)."""
        first = self.sents[max(0, self.sent_of.get(before, 0) - 6)].start
        for i in range(before - 1, first - 1, -1):
            tok = self.doc[i]
            if tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in tok.children):
                continue  # only the head of a coordinated list
            keys = [self.token_player.get(c.i) for c in self.conjuncts(tok)]
            named = [k for k in keys if k]
            whole = len(named) == len(keys) and len(set(named)) == count
            if whole and all(self.players[k].type in kinds for k in named):
                return list(dict.fromkeys(named))
        return []

    def recent_group(self, tok: Token) -> list[str]:
        """'they': the players of the nearest plural subject in this or the last sentence."""
        idx = self.sent_of.get(tok.i, 0)
        for sent in (self.sents[idx], self.sents[idx - 1] if idx else None):
            if sent is None:
                continue
            for t in sent:
                if t.i >= tok.i:
                    break
                if t.dep_ in ("nsubj", "nsubjpass") and (
                    len(self.conjuncts(t)) > 1
                    or any(c.lower_ == "both" for c in t.children)
                    or self.counted_group(t)
                ):
                    keys = self.resolve(t)
                    if keys:
                        return keys
        return self.recent(tok.i, ("ORG",), 2, within_sents=1)

    def subjects(self, verb: Token) -> list[Token]:
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
                speaker = self._reporter_in(self.sents[idx], region)
                if speaker is not None:
                    break
        self._speakers[region[0]] = speaker
        return speaker

    def according(self, tok: Token) -> list[str] | None:
        """'according to X': the players X names."""
        if tok.lower_ != "according" or tok.i + 1 >= len(self.doc):
            return None
        pobj = [c for c in self.doc[tok.i + 1].children if c.dep_ == "pobj"]
        return self.resolve(pobj[0]) if pobj else None

    def _reporter_in(self, sent: Span, region: tuple[int, int]) -> list[str] | None:
        for tok in sent:
            if region[0] <= tok.idx < region[1] or self.in_quote(tok):
                continue
            if tok.lemma_ in REPORTING and tok.pos_ in ("VERB", "AUX"):
                for subj in self.subjects(tok):
                    if self.in_quote(subj):
                        continue
                    keys = self.resolve(subj)
                    if keys:
                        return keys
            if keys := self.according(tok):
                return keys
        return None

    # -- polarity ---------------------------------------------------------------------------

    def sentence_speaker(self, sent: Span) -> list[str] | None:
        """'Closed models, he says, would ...' / 'according to X' / 'X said.' at the end."""
        for tok in sent:
            if self.in_quote(tok):
                continue
            if (
                tok.lemma_ in REPORTING
                and tok.dep_ in ("parataxis", "ROOT")
                and tok.pos_ in ("VERB",)
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


# -- the makers of products ------------------------------------------------------------------


def makers(h: Holders) -> dict[str, list[str]]:
    """Product -> the organisations the text names as its maker: "Google's Gemma", "Gemma, from
    Google", "a model developed by Google", "Google released Gemma". One look around each
    product mention (a few tokens up the parse), so linear in the text."""
    out: dict[str, list[str]] = {}
    for i, key in h.token_player.items():
        if h.players[key].type != "PRODUCT":
            continue
        for maker in _makers_at(h, h.doc[i]):
            if maker != key and h.players[maker].type == "ORG":
                out.setdefault(key, [])
                if maker not in out[key]:
                    out[key].append(maker)
    return out


def _makers_at(h: Holders, tok: Token) -> list[str]:
    nouns = [tok]
    if tok.dep_ in ("compound", "appos") or (tok.dep_ == "conj" and tok.head.pos_ == "PROPN"):
        nouns.append(tok.head)  # "Meta's Llama model", "Google's new model, Gemma"
    # "Gemma, Google's model"; not a plural ("Kimi, ..., beating models from Google"): other
    # models, not this one
    nouns.extend(c for c in tok.children if c.dep_ == "appos" and c.tag_ != "NNS")
    found: list[str] = []
    for noun in nouns:
        for child in noun.children:
            if child.dep_ in ("poss", "compound"):
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
    verb = _making_verb(tok)
    if verb is not None:
        for subj in h.subjects(verb):
            found.extend(h.resolve(subj) or [])
    return found


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
        if node.dep_ not in ("compound", "appos", "conj", "dobj", "pobj", "prep"):
            return None
        node = node.head
    return None


# -- the signers of documents ----------------------------------------------------------------


Signer = tuple[str, str, int, bool]  # player, document lemma ("" for any), sentence, against


def signers(h: Holders) -> list[Signer]:
    """Each player the text names as signing, backing, writing or sponsoring a document (a
    letter, a statement, a bill, a project): "X signed the letter", "the bill was introduced
    by X", "X and Y are its signatories", "participants include X"; `against` for "X opposed
    the bill". One pass over the tokens."""
    out: list[Signer] = []
    for tok in h.doc:
        if tok.pos_ == "VERB" and tok.lemma_ in SIGN_ON_VERBS:
            out.extend(_signing_on(h, tok))
        if tok.dep_ == "dobj" and (law := _named_law(h, tok)):
            out.extend(_acting_on_law(h, tok, law))
        if tok.pos_ != "NOUN":
            continue
        if tok.lemma_ in DOCUMENT_NOUNS:
            out.extend(_acting_on_document(h, tok))
        elif tok.lower_ in SIGNER_NOUNS or tok.lower_ in ROLE_SIGNERS:
            out.extend(_named_signers(h, tok))
    return out


def _named_law(h: Holders, tok: Token) -> str | None:
    """The player a token names when that player is a named law ("the Safe Models Act")."""
    key = h.token_player.get(tok.i)
    if key is None or h.players[key].type == "PERSON":
        return None
    return key if LAW_NAME.search(h.players[key].name) else None


def _acting_on_law(h: Holders, tok: Token, law: str) -> list[Signer]:
    """'X opposes (or backs) the Safe Models Act': X signs the named law's side, or the
    opposite; the document is the law's player key (see StanceFinder.signed)."""
    verb = tok.head
    against = verb.lemma_ in OPPOSING
    if not (against or verb.lemma_ in SIGN_VERBS):
        return []
    return [s for subj in h.subjects(verb) for s in _take(h, subj, law, against) if s[0] != law]


def _take(h: Holders, tok: Token | None, document: str, against: bool = False) -> list[Signer]:
    if tok is None:
        return []
    keys = [*(h.resolve(tok) or []), *(k for t in h.conjuncts(tok) for k in _led_by(h, t))]
    return [(key, document, h.sent_of.get(tok.i, 0), against) for key in dict.fromkeys(keys)]


def _led_by(h: Holders, tok: Token) -> list[str]:
    """'Acme CEO Jane Roe signed': the organisation a signer leads signs through her, when
    her title and its organisation stand right before her name."""
    name = tok.doc[tok.left_edge.i : tok.i]  # "Acme CEO Jane", however the compounds nest
    titles = [t for t in name if t.lower_ in LEADER_TITLES and t.dep_ == "compound"]
    if not titles:
        return []
    before = [h.token_player.get(t.i) for t in name if t.i < titles[0].i]
    return [k for k in before if k and h.players[k].type == "ORG"][-1:]


def _acting_on_document(h: Holders, tok: Token) -> list[Signer]:
    """'X signed (or opposed) the letter', 'the bill was introduced by X'."""
    verb, document = tok.head, tok.lemma_
    against = verb.lemma_ in OPPOSING
    if tok.dep_ == "dobj" and (against or verb.lemma_ in SIGN_VERBS):
        return [s for subj in h.subjects(verb) for s in _take(h, subj, document, against)]
    if tok.dep_ == "nsubjpass" and verb.lemma_ in SIGN_VERBS:
        # "is led by A and co-written by B": the agents of every signing verb of the clause
        agents = [t for t in verb.subtree if t.dep_ == "agent" and t.head.lemma_ in SIGN_VERBS]
        pobjs = [g for agent in agents for g in agent.children if g.dep_ == "pobj"]
        return [s for pobj in pobjs for s in _take(h, pobj, document)]
    # "the bill, introduced by A and B, would ...": the participle on the document itself
    acls = [c for c in tok.children if c.dep_ == "acl" and c.lemma_ in SIGN_VERBS]
    agents = [a for acl in acls for a in acl.children if a.dep_ == "agent"]
    pobjs = [g for agent in agents for g in agent.children if g.dep_ == "pobj"]
    return [s for pobj in pobjs for s in _take(h, pobj, document)]


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
    of = [g for p in tok.children if p.lower_ == "of" for g in p.children]
    of += [c for c in tok.children if c.dep_ == "poss"]  # "the project's founder"
    document = next((g.lemma_ for g in of if g.lemma_ in DOCUMENT_NOUNS), "")
    includes = tok.dep_ == "nsubj" and tok.head.lemma_ == "include"
    listed = next((c for c in tok.head.children if c.dep_ == "dobj"), None) if includes else None
    if tok.lower_ in ROLE_SIGNERS and not document:  # "partner at a fund" signs nothing
        return _included(h, listed) if includes and tok.tag_ == "NNS" else []
    out = _included(h, listed, document)
    copula = tok.head.head if tok.head.lower_ == "among" else tok.head
    if tok.dep_ in ("attr", "pobj") and copula.lemma_ == "be":  # "X is among them"
        out += _take(h, next((c for c in copula.children if c.dep_ == "nsubj"), None), document)
    elif tok.dep_ == "appos":
        out += _take(h, tok.head, document)
    for prep in (c for c in tok.children if c.lower_ in ("including", "like")):
        out += _take(h, next((g for g in prep.children if g.dep_ == "pobj"), None), document)
    return out


# -- examples listed after a sentence ------------------------------------------------------


def listed_examples(h: Holders) -> list[tuple[str, int]]:
    """(player, sentence index) for "Examples include A's X and B's Y" and the like: the
    products listed, and their possessors, are examples of the previous sentence's kind."""
    out: list[tuple[str, int]] = []
    for tok in h.doc:
        if tok.lemma_ != "include" or tok.pos_ != "VERB":
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
