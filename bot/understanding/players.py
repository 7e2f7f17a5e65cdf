"""Key players: entity mentions merged across aliases, with roles, affiliations and salience.

The statistical NER finds the players (so an unknown lab still counts); the gazetteer only names,
types and merges the known ones. Authors, publishers, datelines and generic words stay out, and so
do headline fragments, capitalised common words and terms, job titles, cited news outlets and
their reporters (see `_skip`, `_not_a_name`, `_drop_cited_outlets`, `_drop_reporters`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.attrs import DEP, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from bot.understanding.cue_patterns import WEIGHT_PARTS
from bot.understanding.gazetteer import Entry, Gazetteer
from bot.understanding.lexicon import STATE_BODY_WORDS
from bot.understanding.names import CODE, LOWER_HYPHENED
from bot.understanding.names import words as name_words
from bot.understanding.token_arrays import tokens_where

LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "PRODUCT": "PRODUCT",
    "WORK_OF_ART": "PRODUCT",
    "GPE": "GPE",
    "LOC": "GPE",
    "NORP": "NORP",
    "LAW": "OTHER",
    "FAC": "OTHER",
}
# fmt: off
PRONOUNS = {
    "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "his", "its", "their",
    "our", "this", "that", "these", "those",
}
# fmt: on
# fmt: off
GENERIC = {
    "ai", "a.i.", "tech", "the company", "company", "the government", "government", "industry",
    "the industry", "internet", "web", "email", "e-mail", "ceo", "cto", "open source",
    "open-source", "source", "model", "models", "llm", "llms", "genai", "big tech",
    "silicon valley", "wall street", "today", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "x", "twitter", "follow", "read", "click", "subscribe",
    "newsletter", "getty images", "reuters graphics", "chairman", "chairmen", "chairwoman",
    "senator", "senators", "lawmakers", "ranking member",
}
# fmt: on
CORPORATE_SUFFIX = re.compile(
    r"[,\s]+(?:inc\.?|incorporated|corp\.?|corporation|co\.?|ltd\.?|limited|llc|plc|"
    r"gmbh|s\.a\.|ag|holdings)$",
    re.I,
)
ORG_SUFFIX_WORDS = {
    "ai",
    "labs",
    "lab",
    "inc",
    "technologies",
    "research",
    "group",
    "systems",
    "platforms",
    "project",
    "initiative",
    "program",
    "programme",
}
# fmt: off
ORG_NAME_ENDINGS = {
    "labs", "lab", "ai", "inc", "inc.", "corp", "corp.", "technologies", "systems", "institute",
    "university", "foundation", "commission", "agency", "group", "partners", "capital", "ventures",
    "research", "robotics", "company", "council", "ministry", "department", "office", "committee",
    "association", "alliance", "consortium", "initiative", "network", "bank", "administration",
    "authority", "parliament", "senate", "court", "board", "intelligence", "computing", "software",
    "cloud", "media", "studios",
}
# fmt: on
# fmt: off
NAME_JOINERS = {"of", "for", "and", "the", "de", "la", "von", "van", "on", "in", "at", "du", "der",
                "des", "da", "di", "le", "y", "bin", "al"}
BODY_NOUNS = {"company", "firm", "startup", "lab", "institute", "group", "agency", "foundation",
              "organisation", "organization", "university", "ministry", "department"}
PRODUCT_NOUNS = {
    "model", "models", "chatbot", "assistant", "llm", "system", "app", "platform", "chip", "chips",
    "family", "series", "weights", "api",
}
MODEL_APPOSITIONS = {"model", "chatbot", "assistant", "llm"}
# fmt: on
# plural last words that do end real names ("Creative Commons", "United Nations")
# fmt: off
PLURAL_NAME_ENDINGS = {
    "commons", "nations", "states", "networks", "ventures", "partners", "holdings", "industries",
    "solutions", "dynamics", "analytics", "communications", "associates", "brothers", "games",
    "studios", "labs", "technologies", "systems", "robotics", "sciences", "airlines", "motors",
    "markets", "investments", "capital", "works", "devices", "instruments", "semiconductors",
    "times", "news", "affairs", "services", "resources", "mines", "materials",
}
GROUP_BODIES = {
    "partnership", "coalition", "consortium", "nonprofit", "non-profit", "alliance", "initiative",
    "project", "collective", "association", "fund", "venture", "spinoff", "spin-off", "unit",
    "body", "organisation", "organization", "network", "community", "effort", "program",
    "programme", "platform", "team",
}
# words that open an organisation's name ("Federation of ...", "Union of ...")
BODY_WORDS = {
    "federation", "union", "guild", "league", "society", "association", "coalition", "alliance",
    "council", "committee", "confederation", "chamber", "order", "friends", "center", "centre",
    "institute", "foundation", "fund", "office", "bureau", "ministry", "department", "board",
}
ADJ_ENDINGS = ("al", "ic", "ive", "ous", "ent", "ant", "ible", "able", "ing", "ed", "ful", "less")
# fmt: on
# fmt: off
TITLE_HEADS = {
    "ceo", "chief", "president", "chairman", "chairwoman", "chair", "founder", "co-founder",
    "cofounder", "cto", "cfo", "coo", "head", "director", "vp", "scientist", "researcher",
    "professor", "senator", "sen.", "rep.", "representative", "secretary", "minister",
    "commissioner", "spokesperson", "spokesman", "spokeswoman", "analyst", "lead", "leader",
    "partner", "investor", "engineer", "officer", "governor", "mayor", "chancellor", "counsel",
    "manager", "fellow", "advisor", "adviser", "economist", "lawmaker", "executive",
}
# fmt: on
# the one-word units a title may be "of" ("VP of Engineering", "Chair of the Board"); a
# one-word name after "head of" is otherwise a company's ("the head of Kestrel")
# fmt: off
DEPARTMENT_WORDS = {
    "engineering", "research", "product", "products", "policy", "safety", "operations",
    "marketing", "sales", "communications", "strategy", "technology", "science", "security",
    "finance", "board", "partnerships", "design", "infrastructure", "trust", "legal", "growth",
    "data", "compliance", "ethics", "staff",
}
# fmt: on
# words that may stand inside a title besides its head ("chief technology officer")
TITLE_WORDS = TITLE_HEADS | {
    "vice",
    "prime",
    "co",
    "-",
    "general",
    "policy",
    "global",
    "affairs",
    "technology",
    "ai",
    "of",
    "product",
    "research",
    "principal",
    "managing",
    "deputy",
}
# fmt: off
CREDIT_WORDS = {"reporting", "editing", "writing", "written", "edited", "reported", "photo",
                "photos", "photograph", "illustration", "compiled", "additional", "graphics",
                "produced", "translated", "translation", "video", "image", "images"}
# fmt: on
COUNTRY_PREFIX = re.compile(
    r"^(?:the\s+)?(?:U\.S\.|US|USA|UK|U\.K\.|EU|E\.U\.|American|British)\s+"
)
# sizes and number formats ('8B', '70b', '1.5T', 'FP8', 'INT4'), plurals of initials ('MPs'),
# benchmark names ('Quizbench', 'CodeEval'), years after an event's name
SPEC = re.compile(r"^(?:\d+(?:\.\d+)?[BMKTbmkt]|(?:FP|INT|BF|TF)\d+)$")
PLURAL_INITIALS = re.compile(r"^[A-Z]{2,4}s$")
BENCH = re.compile(r"(?:[Bb]ench|Eval)(?:\s+v?[\d.]+)?$|^bench$")
YEAR_TOKEN = re.compile(r"^(?:19|20)\d\d$")
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .,'-]{2,}(?:\([^)]{1,40}\))?\s*[-—–]\s")


# the heads of a public body's long name: "Committee on ...", "Ministry of ..."
BODY_HEADS = STATE_BODY_WORDS | {"subcommittee"}


def suffixed_base(words: list[str]) -> str | None:
    """'Sarvam' of "Sarvam AI", 'Lumen' of "Lumen Labs": the first of two words whose second
    only says it is an organisation."""
    return words[0] if len(words) == 2 and words[1].lower() in ORG_SUFFIX_WORDS else None


def short_form(word: str, name: Mention) -> bool:
    """An acronym in brackets after a name: capitals ("NTIA"), or, for an organisation,
    capitals among lower-case letters that start as its name does ("MeitY" for the Ministry
    of ...; "Amanda Brock (OpenUK)" is her organisation, not her)."""
    if word.isupper():
        return True
    mixed = word[:1].isupper() and sum(c.isupper() for c in word) >= 2 and len(word) <= 10
    return mixed and name.label != "PERSON" and word[0] == name.text.removeprefix("The ")[:1]


def languages_only(tokens: list[Token]) -> bool:
    """Whether a name's words are all names of languages (a list's commas and "and" aside)."""
    languages = name_words()["language_names"]
    words = [t.lower_ for t in tokens if t.lower_ not in (",", "and", "-")]
    return bool(words) and all(w in languages for w in words)


def versioned_tier(words: list[str]) -> bool:
    """A name ending in a tier word that names a model only after a version code: "K2
    Think", "Nimbus 3 Audio"."""
    if len(words) < 2 or words[-1] not in name_words()["versioned_tiers"]:
        return False
    return any(ch.isdigit() for ch in words[-2])


def owns_product(doc: Doc, at: int) -> bool:
    """A possessive "'s" at `at` and a product named right after it ("X's Nimbus 2"; not
    "X's new model", which a person may speak of as theirs)."""
    if at > 0 and doc[at - 1].tag_ == "POS":
        at -= 1  # the mention took the possessive in
    return at + 1 < len(doc) and doc[at].tag_ == "POS" and doc[at + 1].ent_type_ == "PRODUCT"


def product_noun_after(doc: Doc, at: int) -> bool:
    """'the Nimbus model', "the 'Nimbus' model": a product noun right after a name ending
    before `at`, past a closing quotation mark."""
    if at < len(doc) and doc[at].is_quote:
        at += 1
    return at < len(doc) and doc[at].lower_ in PRODUCT_NOUNS


def described_as_model(doc: Doc, start: int, end: int) -> bool:
    """'NeMo, a competitive open-source language model': a name its apposition calls a model
    (or chatbot, assistant) is a product, whatever the small model guessed."""
    if any(
        t.dep_ == "appos" and t.lower_ in MODEL_APPOSITIONS and not start <= t.i < end
        for tok in doc[start:end]
        for t in tok.children
    ):
        return True
    # "its largest open model, Nimbus Max": the name set beside a model noun
    root = doc[start:end].root
    return root.dep_ == "appos" and root.head.lower_ in MODEL_APPOSITIONS and root.head.i < start


def side_word_before(doc: Doc, start: int) -> bool:
    """'proprietary Muse', 'open-weight Vega': a name a side word describes right before it is
    a model's (a person or company is described with a noun: "open-source advocate X")."""
    if start < 1:
        return False
    word = doc[start - 1].lower_
    if word in ("proprietary", "closed", "open-source", "open-weight", "open-weights"):
        return True
    hyphened = (
        start >= 3 and doc[start - 2].text == "-" and doc[start - 3].lower_ in ("open", "closed")
    )
    return hyphened and word in ("source", "sourced", "weight", "weights")


def model_named(doc: Doc, start: int) -> bool:
    """'a national language model named Fjord', "an LLM called 'Fjord'": the name a model noun
    is given is a product's, whatever the small model guessed."""
    before = [t for t in doc[max(0, start - 6) : start] if not (t.is_punct or t.is_quote)]
    if len(before) < 2 or before[-1].lower_ not in ("called", "named", "dubbed"):
        return False
    return any(t.lower_ in MODEL_APPOSITIONS for t in before[-3:-1])


def weights_of(doc: Doc, start: int, end: int) -> bool:
    """'the weights of (for) Nimbus', "Nimbus's weights": only a model has weights, so the
    name is a product, whatever the small model guessed (a person, say)."""
    if start >= 2 and doc[start - 1].lower_ in ("of", "for"):
        return doc[start - 2].lower_ in WEIGHT_PARTS
    return end + 1 < len(doc) and doc[end].tag_ == "POS" and doc[end + 1].lower_ in WEIGHT_PARTS


MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}  # fmt: skip


def dated(ent: Span) -> bool:
    """A month and a day ("Sep 19", "Oct. 3"): a date, whatever label the model gave it."""
    words = [t for t in ent if not t.is_punct]
    months = [t for t in words if t.lower_.rstrip(".") in MONTHS]
    return (
        bool(months) and len(months) < len(words) and all(t.like_num or t in months for t in words)
    )


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str
    key: str


@dataclass
class PlayerInfo:
    key: str
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    subject_count: int = 0
    in_headline: bool = False
    in_lead: bool = False
    law: bool = False  # named as a bill, act, plan or licence: a player even without a stance
    scenery: bool = False  # a place named only as a modifier or a location ("US dollars")


def _respan(ent: Span, start: int, end: int) -> Span:
    """The same entity (label and gazetteer id) over other tokens."""
    return Span(ent.doc, start, end, label=ent.label, span_id=ent.id)


def clean_mention(span: Span) -> str:
    """The name a mention spells, without possessives, articles or stray punctuation."""
    tokens = list(span)
    # "Yong (Interviewer": a bracket opened and not closed in the name ends it
    opened = next((k for k, t in enumerate(tokens) if t.text == "("), None)
    if opened is not None and not any(t.text == ")" for t in tokens[opened:]):
        tokens = tokens[:opened]
    while tokens and (tokens[-1].lower_ in ("'s", "’s", "'", "’") or tokens[-1].is_punct):
        if tokens[-1].text == ")" and any(t.text == "(" for t in tokens):
            break  # "Zeta (2B)": the bracket closes a part of the name
        tokens.pop()
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].is_punct):
        tokens.pop(0)
    if not tokens:
        return ""
    # the words of the tokens kept (a run of the span's own), without re-slicing the doc
    text = " ".join("".join(t.text_with_ws for t in tokens).split())
    if len(text) == 2 and text.endswith("."):  # "X." at a sentence's end is X
        text = text[0]
    return text


DOCUMENT_WORDS = {"Order", "Act", "Bill", "Directive", "Regulation", "Plan", "Framework"}


def _comma_parts(ent: Span) -> list[Span]:
    """'Quill Cloud, Borealis' tagged as one person: a person's name has no comma in it (but
    'Jr.'), so the comma separates names. (An organisation tagged over commas is more often a
    list of topics, 'Export Rules, Energy, Health', left whole for the rules that drop it.)"""
    commas = [t.i for t in ent if t.text == ","]
    if not commas or ent[-1].lower_ in ("jr", "jr.", "sr", "sr."):
        return [ent]
    bounds = [ent.start, *commas, ent.end]
    parts = [(a if a == ent.start else a + 1, b) for a, b in pairwise(bounds)]
    # ("Vexa, QuillNet" as one organisation: single coined words, one with a capital inside
    # or a digit, are names listed)
    coined = all(b - a == 1 for a, b in parts) and any(
        _coined(ent.doc[a]) for a, b in parts if b > a
    )
    if ent.label_ != "PERSON" and not coined:
        return [ent]
    return [_respan(ent, a, b) for a, b in parts if b > a]


def _coined(tok: Token) -> bool:
    """A made-up product word: a capital inside it ("QuillNet") or a digit ("Vexa2")."""
    text = tok.text
    return text[:1].isupper() and (
        any(c.isupper() for c in text[1:]) or any(c.isdigit() for c in text)
    )


def _article_in_name(tok: Token, ent: Span) -> bool:
    """'Center for a New American Security', 'Campaign for an Open Web': an article between a
    joining word and a capitalised word is inside the name, not where the name stops."""
    return (
        tok.lower_ in ("a", "an")
        and ent.start < tok.i < ent.end - 1
        and tok.nbor(-1).lower_ in NAME_JOINERS
        and tok.nbor(1).text[:1].isupper()
    )


def _foreign_script(tok: Token) -> bool:
    """A word written in Chinese, Japanese or Korean characters."""
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in tok.text)


HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "sir", "dame", "mx"}
TRAILING_TITLES = {"chairman", "chairwoman", "chair", "ranking", "ceo", "spokesperson"}
TIME_WORDS = {"yesterday", "today", "tomorrow", "tonight"}


def _whole_words(ent: Span) -> Span | None:
    """A name the NER cut inside a hyphenated word ('Human-[Centered AI Institute]'), after a
    title word it belongs with ('Executive [Order 14179]'), or ran on into a time word
    ('[Fortune yesterday]')."""
    doc, start, end = ent.doc, ent.start, ent.end
    while end - start > 1 and doc[start].lower_.rstrip(".") in HONORIFICS:
        start += 1  # "Mr. Emanuel": the name (then the same person as "Jeffrey Emanuel")
    while ent.label_ == "PERSON" and end - start > 2 and doc[start].lower_ in TITLE_WORDS:
        start += 1  # "Chair Dana Pell", "CEO Jane Roe": the title read into the name
    while end > start and (doc[end - 1].lower_ in TIME_WORDS or _foreign_script(doc[end - 1])):
        end -= 1  # "Robin Li 李彦宏": the name in its own script, after the romanised one
    while end - start > 1 and doc[end - 1].lower_ in ("and", "or"):
        end -= 1  # "[Orrin Labs and] Kestrel AI": the list's "and" read into the first name
    if ent.label_ == "ORG" and end - start > 2 and doc[end - 1].lower_ in TRAILING_TITLES:
        end -= 1  # "House Select Committee on China Chairman X": the committee
    if start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        before = doc[start - 2]
        if not before.whitespace_ and before.text[:1].isupper():
            start -= 2
    if start >= 1 and doc[start].text == "Order" and doc[start - 1].text == "Executive":
        start -= 1
    if end <= start:
        return None
    return ent if (start, end) == (ent.start, ent.end) else _respan(ent, start, end)


def _acronym_name(ent: Span) -> str | None:
    """A name spelled out beside its acronym, then a body or document word: its short name is
    the acronym and that word ('QUILL Project', 'SAFE NET Act')."""
    if len(ent) < 4 or ent[-2].text != ")" or not any(t.text == "(" for t in ent):
        return None
    acro = [t.text for t in ent[:-1] if t.is_upper and t.is_alpha]
    return " ".join([*acro, ent[-1].text]) if acro else None


def _lowercase_model(ent: Span) -> bool:
    """A model named in lower case by the name rules ('o3', 'zeta-oss-20b', 'r4-mini')."""
    text = ent.text
    return ent.label_ == "PRODUCT" and bool(
        CODE.match(text) or (LOWER_HYPHENED.match(text) and any(c.isdigit() for c in text))
    )


LICENCE_WORDS = ("license", "licence", "licenses", "licences")


def _spelling(key: str) -> str:
    """A name without case, spaces, dots and hyphens: "SB-1047", "SB 1047" and "SB1047", or
    "J.D. Vance" and "JD Vance", are one name spelt differently."""
    return "".join(ch for ch in key.lower() if ch.isalnum())


def _spelling_variants(keys: list[str], counts: Counter[str], known: set[str]) -> dict[str, str]:
    """key -> the spelling kept for it: a gazetteer name first, else the one used most (the
    first of those used as often)."""
    groups: dict[str, list[str]] = {}
    for k in keys:
        if len(_spelling(k)) >= 4:
            groups.setdefault(_spelling(k), []).append(k)
    alias: dict[str, str] = {}
    for same in groups.values():
        if len(same) < 2:
            continue
        kept = max(same, key=lambda k: (k in known, counts[k], -keys.index(k)))
        alias.update({k: kept for k in same if k != kept})
    return alias


def _longer_licence(key: str, keys: list[str]) -> str | None:
    """The one longer licence name this key shortens ('Apache 2.0' -> 'Apache 2.0 license',
    'Vexa license' -> 'Vexa 4 community license'), if there is exactly one."""
    words = key.split()
    named = words[-1].lower() in LICENCE_WORDS
    core = words[:-1] if named else words
    if not core:
        return None
    found = [
        o
        for o in keys
        if o != key
        and o.split()[-1].lower() in LICENCE_WORDS
        and o.split()[: len(core)] == core
        and len(o.split()) > len(core) + named
        and (
            named or (len(o.split()) == len(core) + 1 and core[0] in name_words()["licence_names"])
        )
    ]
    return found[0] if len(found) == 1 else None


# the words between a law's code and its title in apposition: ', the "'
TITLE_GAP = {",", "the", "\u201c", '"', "\u2018", "'"}


def _excluded_names(author: str | None, site: str | None, host: str | None) -> set[str]:
    names: set[str] = set()
    for who in re.split(r"\s*(?:,|\band\b|&)\s*", author or ""):
        who = who.strip()
        if who:
            names.add(who.lower())
            names.add(who.split()[-1].lower())
    if site:
        names.add(site.lower())
        names.add(re.sub(r"^the\s+", "", site.lower()))
    if host:
        label = host.lower().removeprefix("www.").split(".")[0]
        names.add(label)
    return names


def _fold(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


# a bill's name by its number: "SB 1047", "AB 2013", "H.R. 3684", "S. 2"
BILL_NUMBER = re.compile(r"(?:[SAH][BR]?|H\.\s?R\.|S\.|LD|SF|HF)\s?\d+")


def _text_from(doc: Doc, start: int) -> str:
    """`doc[start:].text`, cut from the doc's text by the token's character offset: the span's
    own `text` makes a Token of every word to the end of the doc. A span's text leaves out the
    last token's trailing space."""
    if start >= len(doc):
        return ""
    text = doc.text[doc[start].idx :]
    return text[:-1] if doc[-1].whitespace_ else text


def _breaks_phrase(tok: Token) -> bool:
    """A space or punctuation mark (but a hyphen or '&') ends a run of words."""
    return tok.is_space or (tok.is_punct and tok.text not in ("-", "&"))


class PlayerFinder:
    """Builds the players of one processed doc."""

    def __init__(
        self,
        doc: Doc,
        gazetteer: Gazetteer,
        *,
        author: str | None = None,
        site: str | None = None,
        host: str | None = None,
        headline_end: int = 0,
        dictionary: frozenset[str] = frozenset(),
    ) -> None:
        self.doc = doc
        self.dictionary = dictionary
        self.gaz = gazetteer
        self.excluded = _excluded_names(author, site, host)
        self.excluded_folded = {_fold(x) for x in self.excluded}
        self.headline_end = headline_end
        self.players: dict[str, PlayerInfo] = {}
        self.ticker_alias: dict[str, str] = {}
        self.token_player: dict[int, str] = {}
        self.body_text = _text_from(doc, headline_end)
        self.dateline_end = self._dateline_end()
        self._body_seen: dict[str, bool] = {}
        self._org_tokens: list[int] | None = None
        self._headings: set[int] | None = None
        self._capitals_outside: set[str] | None = None
        self._capitals_inside: set[str] | None = None
        self.events: set[str] = set()  # names the text shows to be events
        self._name_ends: set[str] | None = None

    def _dateline_end(self) -> int:
        """Token index where a 'CITY (Agency) -' dateline at the start of the body ends."""
        body_start = self.headline_end
        text = self.body_text[:120]
        match = _DATELINE.match(text)
        if not match:
            return -1
        char_end = self.doc[body_start].idx + match.end()
        span = self.doc.char_span(self.doc[body_start].idx, char_end, alignment_mode="expand")
        return span.end if span is not None else -1

    def _skip(self, ent: Span, text: str) -> bool:
        low = text.lower()
        if ent.label_ == "NB_IGNORE" or not text or len(text) < 2:
            return True
        pronoun = low in PRONOUNS and not text.isupper()  # "us" is a pronoun, "US" a country
        if low in GENERIC or pronoun or self.gaz.ignored(text):
            return True
        if low in self.excluded or _fold(text) in self.excluded_folded:
            return True
        if ent.start < self.dateline_end:
            return True
        known = bool(ent.ent_id_) or self.gaz.lookup(text) is not None
        if not known and self._spells_a_cue(ent):
            return True  # "OSS" in "AlphaFold 3 is OSS": a side spelled in capitals
        lower_code = _lowercase_model(ent)  # "o3", "zeta-oss-20b": a model
        if (not any(c.isupper() for c in text) and not known and not lower_code) or text.replace(
            ".", ""
        ).isdigit():
            return True
        after = [t.lower_ for t in self.doc[ent.end : ent.end + 2]]
        if after[:1] in (["licence"], ["license"]) or after == ["-", "licensed"]:
            return True  # "an Apache 2.0 licence", "the MIT license", "MIT-licensed": terms
        # a law's full title may be long ("the Safe and Secure Innovation for Frontier
        # Artificial Intelligence Models Act"); "AI in the ... Act" is a phrase around one
        long_law = ent.label_ == "LAW" and not any(t.lower_ == "in" for t in ent)
        # words only: "the Department for Science, Innovation and Technology" is six
        words = [t for t in ent if not t.is_punct and not (t.i == ent.start and t.lower_ == "the")]
        # so may a body's ("the Senate Standing Committee on the National Security Council")
        long_body = ent.label_ == "ORG" and any(
            t.lower_ in BODY_HEADS
            and t.i + 1 < ent.end
            and self.doc[t.i + 1].lower_ in ("on", "of", "for")
            for t in ent
        )
        if len(words) > (14 if long_law else 10 if long_body else 7) or "\n" in ent.text:
            return True
        first = ent[0].lower_
        if first in ("email", "e-mail", "follow", "contact", "by"):
            return True
        if text.strip(", ") in name_words()["company_suffixes"]:
            return True  # "LLC" cut from "Acme Labs, LLC": a company's legal form, not a company
        if not known and dated(ent):
            return True  # "Sep 19": a date the model read as a product
        if ent[-1].lower_ in NAME_JOINERS and ent[-1].is_lower and not known:
            return True  # "Global Ethics and": half of a longer title
        if self._credited(ent):
            return True  # "Reporting by Ana Diaz; Editing by Tom Reed": the outlet's staff
        order = len(ent) > 1 and ent[1].text == "Order"  # "Executive Order 14110"
        if first in TITLE_HEADS and ent.label_ != "PERSON" and not known and not order:
            return True  # "Chief AI" cut from "Chief AI Scientist": a job title
        if (
            not known
            and not order
            and (first.strip("/,.-") in TITLE_HEADS or low.replace(" ", "") in TITLE_HEADS)
        ):
            return True  # "VP/ Chief Privacy", "Co-Founder": a job title written oddly
        if not known and self._term(ent, text):
            return True
        if (
            not known
            and ent[-1].lower_ in TITLE_HEADS
            and all(t.lower_ in TITLE_WORDS for t in ent)
        ):
            # "Research Scientist at X": a job title in capitals, not an organisation; nor a
            # person ("Global Head", "Technology Officer" cut from a longer title)
            return True
        if (
            ent.end < len(self.doc)
            and self.doc[ent.end].lower_ in TITLE_HEADS
            and (ent.label_ != "PERSON" and not known and all(t.lower_ in TITLE_WORDS for t in ent))
        ):
            return True
        nxt = self.doc[ent.end] if ent.end < len(self.doc) else None
        if (
            ent[-1].text == "AI"
            and nxt is not None
            and nxt.is_lower
            and nxt.pos_ == "NOUN"
            and nxt.lower_ not in TITLE_WORDS
            and self.gaz.lookup(text) is None
        ):
            return True  # "a California AI safety bill": a place before "AI safety", no lab
        # "Chipmaker reports ...": one word in the headline that the body never names
        return (
            len(ent) == 1
            and ent.end <= self.headline_end
            and self.gaz.lookup(text) is None
            and text not in self.body_text
        )

    def _spells_a_cue(self, ent: Span) -> bool:
        """Whether a one-word name lies inside an openness cue: an abbreviation that names a
        side ("OSS"), not a player (a licence's name, "MIT license", stays one)."""
        cues = ent.doc._.openness or []
        word = ent.text
        if len(ent) != 1 or not (word.isalpha() and word.isupper()):
            return False  # "GPT-2" inside "withheld the full GPT-2 model" is a model
        return any(s == ent.start and ent.end == e for s, e, _ in cues)  # not "KRL's weights"

    def _term(self, ent: Span, text: str) -> bool:
        """Not a player but a term around one: a size or number format ('8B', 'FP8'), a
        benchmark ('Vexbench', 'scored 71% on Quiz9', 'QA-bench'), an event ('Forge 2025',
        'the Forge conference'), a stock exchange before a ticker ('NYSE:ACME'), a plural
        of initials ('MPs'), or a pair of names joined as a modifier ('US-Ruritania ties')."""
        doc = self.doc
        if SPEC.match(text) or PLURAL_INITIALS.match(text) or BENCH.search(text):
            return True
        nxt = doc[ent.end] if ent.end < len(doc) else None
        after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
        events = name_words()["event_words"]
        if ent[-1].text in events and ent[-1].text[:1].isupper():
            return True  # "the Harbor AI Summit", "the Deep Talk Podcast"
        if len(ent) > 1 and YEAR_TOKEN.match(ent[-1].text) and ent.label_ != "PERSON":
            self.events.add(" ".join(t.text for t in ent[:-1] if not t.is_punct))
            return True  # "Forge 2025": an event's yearly edition
        if nxt is not None and after is not None:
            if nxt.text == "-" and nxt.whitespace_ == "" and BENCH.search(after.text):
                return True  # "QA" "-" "bench"
            if nxt.text == ":" and nxt.whitespace_ == "" and after.is_upper:
                return True  # "NYSE:ACME"
        root = ent.root
        if (
            nxt is not None
            and (nxt.text in events or (YEAR_TOKEN.match(nxt.text) and ent.label_ != "PERSON"))
        ) or (root.dep_ == "appos" and root.head.lower_ in events):
            if ent.label_ not in ("GPE", "LOC"):  # "the Lyon conference": Lyon stays a city
                self.events.add(text)
            return True  # "the Forge conference", "Forge 2025", "its conference, Forge"
        if (
            ent.start >= 2
            and doc[ent.start - 1].lower_ == "on"
            and (doc[ent.start - 2].text == "%" or doc[ent.start - 2].like_num)
        ):
            return True  # "71.2% on Quiz9": a benchmark
        parts = [p for p in re.split(r"(?<=[\w.])-(?=[A-Z])", text) if p]
        head = ent.root.head
        if (
            len(parts) == 2
            and not any(c.isdigit() for c in text)
            and head.i >= ent.end
            and head.pos_ in ("NOUN", "PROPN")
        ):
            rest = self.body_text.replace(text, "")
            seen = [self.gaz.lookup(p) is not None or p in rest for p in parts]
            return any(seen) or bool(head.ent_type_)  # "US-Ruritania talks", "the Smith-Jones FTC"
        return False

    def _credited(self, ent: Span) -> bool:
        """A name in a credit line: 'Reporting by ...', 'Editing by ...', 'Photo by ...'."""
        i = ent.start - 1
        if i < 1 or self.doc[i].lower_ != "by":
            return False
        if i >= 2 and self.doc[i - 2].pos_ == "AUX":
            return False  # "the report was written by X": a sentence about X, not a credit
        return self.doc[i - 1].lower_ in CREDIT_WORDS or (
            self.doc[i - 1].lower_ in ("and", ",", ";")
            and any(t.lower_ in CREDIT_WORDS for t in self.doc[max(0, i - 8) : i])
        )

    def _in_body(self, text: str) -> bool:
        """Whether the body writes this name with the same capitals."""
        if text not in self._body_seen:
            pattern = r"(?<![\w-])" + re.escape(text) + r"(?![\w-])"
            self._body_seen[text] = re.search(pattern, self.body_text) is not None
        return self._body_seen[text]

    def _headline_name(self, ent: Span) -> Span | None:
        """A title-case headline capitalises every word, so the body decides where a name
        ends: 'Jane Roe Backs' is 'Jane Roe' when the body names her so; a phrase the body
        never writes with capitals ('Bold New Plans') is no name. A person the body calls by
        surname only keeps the full name."""
        person = ent.label_ == "PERSON" and 2 <= len(ent) <= 3 and self._in_body(ent[-1].text)
        if person and (len(ent) == 2 or self._in_body(clean_mention(ent))):
            return ent
        for size in range(len(ent), 0, -1):
            for start in range(ent.start, ent.end - size + 1):
                span = _respan(ent, start, start + size)
                text = clean_mention(span)
                if text and self._in_body(text):
                    shrunk = size < len(ent) and " " not in text
                    if shrunk and self._common(span[0]):
                        return None  # "Guidelines" left of "Updated Guidelines"
                    return span
        return None

    def _written_lower(self, lows: tuple[str, ...]) -> bool:
        """Whether the text also writes these 1-4 words starting in lower case ('large
        language models'), with no punctuation between them but a hyphen or '&'; only the
        places that spell the first word are looked at."""
        doc = self.doc
        for first in tokens_where(doc, LOWER, (lows[0],)):
            end = first.i + len(lows)
            if not (first.is_lower and first.is_alpha) or end > len(doc):
                continue
            rest = doc[first.i + 1 : end]
            if all(
                t.lower_ == low and not _breaks_phrase(t)
                for t, low in zip(rest, lows[1:], strict=True)
            ):
                return True
        return False

    def _owned_among_products(self, ent: Span) -> bool:
        """A "person" that a company's possessive owns, listed with products and starting
        with a dictionary word: a product the NER misread ("Meta's Movie Gen" beside "OpenAI's
        Sora"; not "Meta's Yann LeCun")."""
        if ent.start < 2 or self.doc[ent.start - 1].tag_ != "POS" or not self._common(ent[0]):
            return False
        root = ent.root
        near = [*root.conjuncts, *(c for c in root.children if c.dep_ == "appos")]
        return any(t.ent_type_ == "PRODUCT" for t in near)

    def _model_with_version(self, ent: Span) -> bool:
        """A name that begins with a known model's name and a version written on ("Qwen3")."""
        head = re.match(r"([A-Za-z]+)\d", ent[0].text)
        entry = self.gaz.lookup(head.group(1)) if head else None
        return entry is not None and entry.ai_model

    def _versioned_name(self, ent: Span) -> bool:
        """'PaLM 2' tagged as a people: a coined name with a version number ('Tier 2
        countries' is a dictionary word and a number)."""
        word = ent[0].text
        camel = any(c.isupper() for c in word[1:]) and not word.isupper()
        return (
            word[:1].isupper()
            and (camel or not self._common(ent[0]))
            and any(t.like_num for t in ent[1:])
        )

    def _common(self, tok: Token) -> bool:
        """A dictionary word, in any inflection ('Guidelines', 'Expanding')."""
        low, words = tok.lower_, self.dictionary
        return (
            low in words
            or tok.lemma_.lower() in words
            or (low.endswith("s") and low[:-1] in words)
            or (low.endswith("es") and low[:-2] in words)
            or (low.endswith("ies") and low[:-3] + "y" in words)  # "Stories"
            or (low.endswith("ing") and (low[:-3] in words or low[:-3] + "e" in words))
        )

    def _heading_tokens(self) -> set[int]:
        """Tokens of headings in the body: a line, or a line's opening before a colon, in
        which every word but the small ones is capitalised ('Lower Costs for Everyone:'),
        found in one pass. What follows a sentence's colon is no heading."""
        if self._headings is None:
            self._headings = set()
            segment: list[Token] = []
            # the segment opens its line, or follows a colon after a line's verbless opening
            # ("Ai2's Tulu 3: A New Champion"); not the list after a clause and its colon
            opening = True
            for tok in self.doc[self.headline_end :]:
                ends = tok.text == ":" or "\n" in tok.text
                if not ends:
                    segment.append(tok)
                if ends or "\n" in tok.whitespace_ or tok.i == len(self.doc) - 1:
                    found = self._heading_of(segment) if opening else set()
                    self._headings |= found
                    line_ends = "\n" in tok.text or "\n" in tok.whitespace_
                    # (a short lead-in, "Read more:", "Related:", is a label too)
                    short = len([t for t in segment if t.is_alpha]) <= 2
                    verbless = not any(t.pos_ in ("VERB", "AUX") for t in segment)
                    label = opening and (verbless or short)
                    opening = line_ends or bool(found) or label
                    segment = []
        return self._headings

    @staticmethod
    def _heading_of(segment: list[Token]) -> set[int]:
        words = [t for t in segment if t.is_alpha and t.lower_ not in NAME_JOINERS | {"a", "an"}]
        if len(words) < 2 or not all(t.text[:1].isupper() for t in words):
            return set()
        if segment[-1].text in (".", "?", "!") and len(words) > 12:
            return set()
        return {t.i for t in segment}

    def _in_job_title(self, ent: Span) -> bool:
        """The words follow 'President of', 'head of ... and': a department inside a title."""
        i = ent.start - 1
        # ("Chair of the Board": a one-word department may take "the")
        joiners = ("and", "&", "the") if len(ent) == 1 else ("and", "&")
        while i > max(0, ent.start - 6) and (
            self.doc[i].lower_ in joiners or self.doc[i].text[:1].isupper()
        ):
            i -= 1
        return i > 0 and self.doc[i].lower_ == "of" and self.doc[i - 1].lower_ in TITLE_HEADS

    def _described_as_body(self, ent: Span) -> bool:
        """'Loomwise AI, a coalition of ...', 'a partnership called Loomwise AI': the text says
        the name is an organisation."""
        doc = self.doc
        after = [t for t in doc[ent.end : ent.end + 6] if not t.is_punct and not t.is_quote]
        if (
            len(after) >= 2
            and after[0].lower_ in ("a", "an", "the")
            and any(t.lower_ in BODY_NOUNS or t.lower_ in GROUP_BODIES for t in after[1:4])
        ):
            return True
        before = [t for t in doc[max(0, ent.start - 4) : ent.start] if not t.is_punct]
        return bool(before) and before[-1].lower_ in ("called", "named", "dubbed")

    def _not_a_name(self, ent: Span, text: str) -> bool:
        """Common words capitalised in a heading or a title, not a player: a phrase the text
        also writes in lower case ('Large Language Models' beside 'large language models'),
        plural common nouns ('Lower Compute Requirements'), a describing word before AI
        ('Agentic AI', 'Responsible AI'), a lone nationality or place before AI."""
        if ent.ent_id_ or self.gaz.lookup(text) is not None or ent.label_ in ("NB_IGNORE", "NORP"):
            return False
        if ent.label_ == "LAW":
            plain = all(t.is_alpha and self._common(t) for t in ent if not t.is_punct)
            return plain and ent.start in self._heading_tokens()
        tokens = [t for t in ent if not t.is_punct or t.text in ("-", "&")]
        tokens = [t for t in tokens if t.lower_ not in ("the", "a", "an", "'s", "’s")]
        if not tokens:
            return False
        if languages_only(tokens):
            return True  # "Swahili", "Hausa, Amharic": languages a model speaks, no players
        if self._common_phrase(ent, tokens):
            return True
        lows = tuple(t.lower_ for t in tokens)
        dictionary = self.dictionary
        common = all(
            self._common(t) or t.lower_ in ("ai", "&", "-", "and", "of", "for", "on")
            for t in tokens
        )
        last = tokens[-1].i
        nxt = self.doc[last + 1] if last + 1 < len(self.doc) else None
        if common and nxt is not None and nxt.ent_type_ == "NB_IGNORE" and nxt.is_title:
            return True  # "Dual Use Foundation" cut from a longer title before a term
        if common and ent.label_ != "PERSON" and ent.start in self._heading_tokens():
            return True  # "Expanding Domain-Specific Guidelines": a heading's words
        one_unit = len(tokens) == 1 and tokens[0].lower_ in DEPARTMENT_WORDS
        if common and (len(tokens) >= 2 or one_unit) and self._in_job_title(ent):
            # "Vice President of Trust Engineering and Public Policy", "Chair of the Board"
            return True
        if ent.label_ == "PERSON" and common and len(tokens) >= 2 and tokens[-1].tag_ == "NNS":
            return True  # "Efficient Language Models" is no person
        if ent.label_ != "PERSON" and common and all(t.is_alpha or t.text in "-&" for t in tokens):
            if len(lows) <= 4 and self._written_lower(lows) and not self._described_as_body(ent):
                return True
            last = tokens[-1]
            plural = last.tag_ in ("NNS", "NNPS") or (
                last.lower_.endswith("s") and last.lower_[:-1] in dictionary
            )
            body_first = tokens[0].lower_ in ORG_NAME_ENDINGS or tokens[0].lower_ in BODY_WORDS
            if (
                len(tokens) >= 2
                and plural
                and last.lower_ not in ORG_NAME_ENDINGS
                and last.lower_ not in PLURAL_NAME_ENDINGS
                and not body_first  # "Federation of Graphic Artists", "Union of Drivers"
                and not any(t.lower_ in ("of", "for") for t in tokens)
            ):
                return True
        if len(tokens) == 2 and tokens[1].text == "AI" and not self._described_as_body(ent):
            first = tokens[0]
            if first.ent_type_ in ("GPE", "NORP") or self.gaz.lookup(first.text) is not None:
                return self.gaz.lookup(first.text) is None or self.gaz.lookup(first.text).type in (
                    "GPE",
                    "NORP",
                )
            return first.pos_ in ("ADJ", "VERB") or (
                self._common(first) and first.lower_.endswith(ADJ_ENDINGS)
            )
        return False

    @staticmethod
    def _lowercase_named(ent: Span) -> bool:
        """A body or document the name rules found written in lower case (names.py)."""
        last = ent[-1].lower_
        if ent.label_ == "ORG":
            return last in name_words()["lowercase_bodies"]
        return ent.label_ == "LAW" and last in name_words()["lowercase_documents"]

    def _split_versions(self, mentions: list[Mention]) -> None:
        """'Zephyr 1' and 'Zephyr 2' in one text: a known family whose text names several
        versions keeps each version apart (the text may set one open beside others closed);
        one version named beside the bare family stays one player."""
        versions: dict[str, dict[str, list[Mention]]] = {}
        for m in mentions:
            entry = self.gaz.entries.get(m.key)
            if entry is None or not entry.versioned or m.text.lower() == entry.name.lower():
                continue
            if not m.text.lower().startswith(entry.name.lower()):
                continue
            version = m.text[len(entry.name) :].strip(" -")
            if version[:1].isdigit():
                versions.setdefault(m.key, {}).setdefault(version, []).append(m)
        for key, by_version in versions.items():
            if len(by_version) < 2:
                continue
            for version, items in by_version.items():
                for m in items:
                    m.key = f"{key} {version}"

    def _common_phrase(self, ent: Span, tokens: list[Token]) -> bool:
        """Dictionary words that only look like a name: a heading's words with a possessive
        inside ('Victims' Voices') or one word the NER took for a person ('Scope'); a list
        of topics ('Trade, Energy, Health'); a description of a model in capitals ('a
        "Fast New Open Language Model"'); one capitalised word describing the noun after it
        ('Doomsday scenarios', 'Benchmark results')."""
        if not all(self._common(t) or t.lower_ in NAME_JOINERS or t.text in "-&" for t in tokens):
            return False
        heading = ent.start in self._heading_tokens()
        possessive = any(t.text in ("'s", "’s") for t in ent[:-1])
        if heading and ent.label_ == "PERSON" and (possessive or self._lone_word(ent)):
            return True
        if (
            heading
            and ent.label_ == "PERSON"
            and len(tokens) >= 2
            and tokens[-1].text.endswith("s")
            and not self._named_outside_headings(ent)
        ):
            return True  # "Benchmark Results and Pricing": a heading, not a person
        body = tokens[0].lower_ in BODY_WORDS  # "Ministry of Economy, Trade and Industry"
        # ("the Senate Commerce, Science and Transportation Committee": a body named last)
        body = body or (
            tokens[-1].lower_ in ("committee", "subcommittee")
            and any(t.lower_ in ("and", "&") for t in tokens)
        )
        if any(t.text == "," for t in ent) and len(tokens) >= 3 and not body:
            return True
        if (
            len(tokens) >= 3
            and tokens[-1].lower_ in PRODUCT_NOUNS
            and not any(t.lower_ in NAME_JOINERS for t in tokens)
            and tokens[0].lower_ not in BODY_WORDS
        ):
            return True
        lone = (len(tokens) == 1 and ent.label_ != "PERSON") or self._lone_word(ent)
        if lone and self._opening_word(tokens[0]):
            return True  # "Giants like A and B ...", "Frontier models such as A ..."
        if lone and tokens[0].is_title:
            root = tokens[0]
            head = root.head
            return (
                root.dep_ in ("compound", "amod", "nmod")
                and head.i > root.i
                and head.is_lower
                and head.pos_ == "NOUN"
                and head.lower_ not in PRODUCT_NOUNS
                and head.lower_ not in TITLE_WORDS
            )
        return False

    def _opening_word(self, tok: Token) -> bool:
        """A plural or a modifier, a dictionary word, capitalised only because it opens its
        sentence and nowhere else in the text ('Giants like A and B', 'Frontier models
        such as A')."""
        if not tok.is_sent_start or tok.text in self.gaz.entries or not self._common(tok):
            return False
        modifier = tok.dep_ in ("compound", "amod") and tok.head.is_lower
        if tok.tag_ != "NNS" and not modifier:
            return False
        if self._capitals_inside is None:  # built once: the cost stays linear
            self._capitals_inside = {
                t.text for t in self.doc if not t.is_sent_start and t.text[:1].isupper()
            }
        return tok.text not in self._capitals_inside

    def _named_outside_headings(self, ent: Span) -> bool:
        """A word of this name is written with a capital outside the headings ('Gates
        said ...' below a heading naming Bill Gates)."""
        if self._capitals_outside is None:
            heads = self._heading_tokens()
            self._capitals_outside = {
                t.text
                for t in self.doc[self.headline_end :]
                if t.i not in heads and t.is_alpha and t.text[:1].isupper()
            }
        return any(t.is_alpha and t.text in self._capitals_outside for t in ent)

    def _lone_word(self, ent: Span) -> bool:
        """One dictionary word tagged as a person, that no longer person name in the text
        ends or starts with (a surname like 'Bird' stays)."""
        if len(ent) != 1 or ent.label_ != "PERSON":
            return False
        if self._name_ends is None:  # built once: the cost stays linear
            self._name_ends = {
                t.text
                for e in self.doc.ents
                if e.label_ == "PERSON" and len(e) > 1
                for t in (e[0], e[-1])
            }
        return ent[0].text not in self._name_ends

    def _key(self, ent: Span, text: str) -> tuple[str, str]:
        """(merge key, type) for one mention."""
        label = LABELS[ent.label_]
        if label == "PERSON" and len(ent) > 1 and ent[-1].lower_ in ORG_NAME_ENDINGS:
            label = "ORG"  # "Naver Cloud", "Quill Labs" tagged as a person: an organisation
        if self._former_name_as_modifier(ent, text):
            return text, "ORG"  # "a former Oldname engineer": the old company, not its successor
        if ent.ent_id_ and ent.ent_id_ in self.gaz.entries:
            entry = self.gaz.entries[ent.ent_id_]
            return entry.name, entry.type
        entry = self.gaz.lookup(text) or self._lookup_without_country(text)
        if entry is not None:
            return entry.name, entry.type
        return CORPORATE_SUFFIX.sub("", text), label

    def _former_name_as_modifier(self, ent: Span, text: str) -> bool:
        """A company's former name describing the noun after it ('a former Oldname
        engineer', 'his Oldname page') names the old company or its site, not the renamed
        company the text discusses ('Oldname parent Newname' still does)."""
        if text not in name_words()["former_names"] or ent.end >= len(self.doc):
            return False
        return self.doc[ent.end].lower_ in name_words()["former_name_nouns"]

    def _lookup_without_country(self, text: str) -> Entry | None:
        """'U.S. Department of Commerce', 'UK AI Safety Institute': the known agency under its
        country's prefix."""
        match = COUNTRY_PREFIX.match(text)
        if not match or match.end() >= len(text):
            return None
        entry = self.gaz.lookup(text[match.end() :])
        return entry if entry is not None and entry.type == "ORG" else None

    def find(self) -> dict[str, PlayerInfo]:
        """Collect, merge and describe the players; returns them keyed by canonical key."""
        mentions: list[Mention] = []
        types: dict[str, Counter[str]] = {}
        for ent in (part for e in self.doc.ents for part in _comma_parts(e)):
            if ent.label_ not in LABELS and ent.label_ != "NB_IGNORE":
                continue
            if "\n" in ent.text:  # an entity run across a line break: keep the last line
                breaks = [t.i for t in ent if "\n" in t.text or "\n" in t.whitespace_]
                ent = _respan(ent, breaks[-1] + 1, ent.end)
                if not len(ent) or ent[0].is_space:
                    continue
            short = _acronym_name(ent)
            if short:  # "QUILL (Quite Useful ...) Project", '"Long Title" (SAFE NET) Act'
                kind = "OTHER" if ent.label_ == "LAW" else LABELS.get(ent.label_, "ORG")
                mentions.append(Mention(ent.start, ent.end, short, kind, short))
                continue
            inner = [
                t
                for t in ent
                if t.is_lower
                and t.is_alpha
                and t.lower_ not in NAME_JOINERS
                and not (t.i > 0 and t.nbor(-1).text == "-")  # "Kyung-hoon", "gpt-oss"
                and not _article_in_name(t, ent)
            ]
            known = ent.ent_id_ or self.gaz.lookup(ent.text) is not None
            if inner and ent[-1].text in name_words()["government_words"]:
                inner = [t for t in inner if t.i != ent.end - 1]  # "the Smith administration"
            if inner and (self._lowercase_named(ent) or _lowercase_model(ent)):
                inner = []  # "the Ruritanian foreign ministry", "the AI plan", "zeta-oss-20b"
            if inner and not known and ent.label_ in ("ORG", "PERSON", "GPE", "PRODUCT"):
                # "Mozilla launches fund": the name stops where lower-case words begin
                cut = inner[0].i
                if cut == ent.start:
                    continue
                ent = _respan(ent, ent.start, cut)
            if (
                len(ent) > 1
                and ent[0].lower_ in name_words()["descriptor_nouns"]
                and ent[1].text[:1].isupper()
                and not known
            ):
                ent = _respan(ent, ent.start + 1, ent.end)  # "Startup Vexmoor": Vexmoor
            if ent.label_ == "PERSON" and ent.start > 0:
                prev = self.doc[ent.start - 1]
                if (
                    prev.pos_ == "PROPN"
                    and prev.is_title
                    and not prev.ent_type_
                    and prev.lower_ not in TITLE_WORDS
                    and not prev.is_sent_start
                    and len(ent) == 1
                ):
                    ent = _respan(ent, ent.start - 1, ent.end)  # "But Lior Ben-David"
            ent = _whole_words(ent)
            if ent is None:
                continue
            if ent.end <= self.headline_end and not known:
                shrunk = self._headline_name(ent)
                if shrunk is None:
                    continue
                ent = shrunk
            text = clean_mention(ent)
            if self._skip(ent, text) or self._not_a_name(ent, text):
                continue
            key, kind = self._key(ent, text)
            if key in self.ticker_alias:
                key = self.ticker_alias[key]
            group = len(ent) == 2 and ent[-1].lower_ in name_words()["group_nouns"]
            if kind == "NORP" and self._versioned_name(ent):
                kind = "PRODUCT"  # "PaLM 2": a people has no version number
            if kind in ("GPE", "PERSON", "NORP") and self._model_with_version(ent):
                kind = "PRODUCT"  # "Qwen3", "Llama3 Embedding": a known model's name
            if kind == "PERSON" and self._owned_among_products(ent):
                kind = "PRODUCT"  # "Runway's Gen-3, Meta's Movie Gen and ..."
            if kind == "NORP" and self.gaz.lookup(text) is None and not group:
                continue
            mentions.append(Mention(ent.start, ent.end, text, kind, key))
        # "Forge 2025" or "the Forge conference" once: an event wherever else it is named
        mentions = [m for m in mentions if m.text not in self.events]
        self._split_versions(mentions)
        for m in mentions:
            types.setdefault(m.key, Counter())[m.label] += 1
        aliases = self._alias_map(mentions)
        for m in mentions:
            m.key = aliases.get(m.key, m.key)
        # "Administration (NTIA)", "Meta (META)": the parenthesis repeats the same mention
        ends = {(m.end, m.key) for m in mentions}
        repeats = [
            m
            for m in mentions
            if m.start > 0 and self.doc[m.start - 1].text == "(" and (m.start - 1, m.key) in ends
        ]
        mentions = [m for m in mentions if m not in repeats]
        for m in repeats:  # still the player's tokens (for attribution), not another mention
            for i in range(m.start, m.end):
                self.token_player[i] = m.key
        for m in mentions:
            info = self.players.get(m.key)
            if info is None:
                entry = self.gaz.entries.get(m.key)
                kind = entry.type if entry else self._vote(types, m.key, aliases)
                info = PlayerInfo(key=m.key, name=m.key, type=kind)
                self.players[m.key] = info
            info.mentions.append(m)
            if m.text not in info.aliases:
                info.aliases.append(m.text)
            for i in range(m.start, m.end):
                self.token_player[i] = m.key
            if m.start < self.headline_end:
                info.in_headline = True
            if self.doc[m.start].ent_type_ == "LAW":
                info.law = True
        self._drop_title_words()
        self._drop_cited_outlets()
        self._rescan()
        self._retype()
        self._names()
        self._roles()
        self._drop_reporters()
        self._lead_and_subjects()
        self._mark_scenery()
        return self.players

    def _drop_title_words(self) -> None:
        """'Venture investor Nadia Rahimi', 'Commerce Secretary Ana Diaz': a dictionary word
        before a title, named nowhere else, describes the person; it is not an organisation."""
        index = self.dictionary
        for key, info in list(self.players.items()):
            if len(info.mentions) != 1 or key in self.gaz.entries:
                continue
            m = info.mentions[0]
            if m.end - m.start != 1:
                continue
            nxt = self.doc[m.end] if m.end < len(self.doc) else None
            if nxt is not None and nxt.lower_ in TITLE_HEADS and m.text.lower() in index:
                del self.players[key]
                self.token_player.pop(m.start, None)

    def _outlet_like(self, info: PlayerInfo) -> bool:
        """A known outlet, or an unknown organisation named like one ('Harbor Daily News')."""
        if any(self.gaz.outlet(m.text) for m in info.mentions) or self.gaz.outlet(info.key):
            return True
        words = info.key.split()
        media = name_words()["media_words"]
        if len(words) >= 2 and self.gaz.outlet(words[0]):  # "BBC Radio 4": an outlet's channel
            return all(w in media or w.isdigit() for w in words[1:])
        # "Harbor Daily News"; "Qatar News Agency", "Lusa Press Service": a news agency
        agency = words[-1] in ("Agency", "Service") and any(w in ("News", "Press") for w in words)
        return (
            info.type == "ORG"
            and info.key not in self.gaz.entries
            and len(words) >= 2
            and (words[-1] in media or agency)
        )

    def _acts(self, m: Mention) -> bool:
        """The mention does something besides being cited: subject or object of a verb that
        is not a reporting verb ('The Daily Ledger sued the lab')."""
        root = self.doc[m.start : m.end].root
        head = root.head
        citing = name_words()["citing_verbs"]
        if root.dep_ in ("nsubj", "nsubjpass", "dobj") and head.pos_ in ("VERB", "AUX"):
            return head.lemma_ not in citing
        return (
            root.dep_ == "pobj"
            and head.head.lemma_ in ("sue", "against", "with")
            and (head.head.lemma_ not in citing)
        )

    def _drop_cited_outlets(self) -> None:
        """News outlets cited as sources ('told Reuters', 'TechCrunch reported') are never
        players: a known outlet stays only where the article shows it acting (suing, signing
        a deal); an unknown outlet-like name is dropped when it is only cited."""
        self.outlets: set[str] = set()
        for key, info in list(self.players.items()):
            if not self._outlet_like(info) or any(self._acts(m) for m in info.mentions):
                continue
            self.outlets.add(key)
            del self.players[key]
            for m in info.mentions:
                for i in range(m.start, m.end):
                    self.token_player.pop(i, None)

    def _drop_reporters(self) -> None:
        """An outlet's reporters are not players: a person the text calls a reporter, editor
        or columnist, or names with an outlet's possessive ('Reuters' Ana Diaz')."""
        titles = name_words()["journalist_titles"]
        for key, info in list(self.players.items()):
            if info.type != "PERSON" or key in self.gaz.entries:
                continue
            role_words = set((info.role or "").lower().replace(",", " ").split())
            by_outlet = any(
                m.start >= 2
                and self.doc[m.start - 1].text in ("'s", "’s", "'", "’")
                and self.gaz.outlet(self.doc[m.start - 2].text)
                for m in info.mentions
            )
            before = any(
                m.start >= 1 and self.doc[m.start - 1].lower_ in titles for m in info.mentions
            )
            if role_words & titles or by_outlet or before:
                del self.players[key]
                for m in info.mentions:
                    for i in range(m.start, m.end):
                        self.token_player.pop(i, None)

    def _mark_scenery(self) -> None:
        """A country or city named only as a modifier or a location ('200 US dollars',
        'a U.S. think tank', 'operating in the U.S.') sets the scene; it acts nowhere."""
        for info in self.players.values():
            if info.type != "GPE" or info.in_headline:
                continue
            info.scenery = all(self._scenery_mention(m) for m in info.mentions)

    def _scenery_mention(self, m: Mention) -> bool:
        root = self.doc[m.start : m.end].root
        if root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
            return root.head.i not in self.token_player  # "US AISI" belongs to the agency
        return False

    def _rescan(self) -> None:
        """Count the places where the NER missed a name it found elsewhere in the article
        ("Lumen Labs chief executive ..." after "Lumen Labs said ...")."""
        forms: dict[str, list[tuple[list[str], str]]] = {}
        for info in self.players.values():
            seen: set[tuple[str, ...]] = set()
            for m in info.mentions:
                words = [t.text for t in self.doc[m.start : m.end]]
                if tuple(words) in seen or not words[0][:1].isupper():
                    continue
                seen.add(tuple(words))
                forms.setdefault(words[0], []).append((words, info.key))
                if short := self._short_org_name(info, words):  # "Sarvam" for "Sarvam AI"
                    forms.setdefault(short, []).append(([short], info.key))
                if rest := self._model_without_maker(info, words):  # "V4-Pro", "DeepSeek V4-Pro"
                    forms.setdefault(rest[0], []).append((rest, info.key))
        for tok in tokens_where(self.doc, ORTH, forms):
            if tok.i in self.token_player or tok.i < self.dateline_end:
                continue
            for words, key in sorted(forms[tok.text], key=lambda f: -len(f[0])):
                end = tok.i + len(words)
                if end > len(self.doc) or any(i in self.token_player for i in range(tok.i, end)):
                    continue
                if [t.text for t in self.doc[tok.i : end]] == words:
                    label = self.players[key].type
                    mention = Mention(tok.i, end, self.doc[tok.i : end].text, label, key)
                    self.players[key].mentions.append(mention)
                    for i in range(tok.i, end):
                        self.token_player[i] = key
                    if tok.i < self.headline_end:
                        self.players[key].in_headline = True
                    break

    def _short_org_name(self, info: PlayerInfo, words: list[str]) -> str | None:
        """'Sarvam' for "Sarvam AI", 'Lumen' for "Lumen Labs": the distinctive word of a
        two-word organisation name whose second word only says it is an organisation; not a
        dictionary word ("Stability" of "Stability AI" stays a word) nor another player."""
        short = suffixed_base(words)
        if info.type != "ORG" or short is None:
            return None
        if short.lower() in self.dictionary or short in self.players or not short.isalpha():
            return None
        return short

    def _model_without_maker(self, info: PlayerInfo, words: list[str]) -> list[str] | None:
        """'V4-Pro' for "DeepSeek V4-Pro": a product named with its maker's name first, whose
        rest begins with a version ("R2", "V4-Pro"), written later without the maker."""
        if info.type != "PRODUCT" or len(words) < 2 or len(words) > 5:
            return None
        maker = self.players.get(words[0])
        if maker is None or maker.type != "ORG" or not any(c.isdigit() for c in words[1]):
            return None
        return words[1:]

    def _retype(self) -> None:
        """Fix the small model's type guesses with the shape of the name and its context:
        'Lumen Labs' is an organisation, 'Aurora 2' or 'the Aurora model' a product."""
        for info in self.players.values():
            if info.key in self.gaz.entries:
                continue
            words = info.key.split()
            if words[-1].lower() in ORG_NAME_ENDINGS and len(words) > 1:
                info.type = "ORG"
                continue
            tiers = name_words()["model_tiers"]  # "Mini", "Pro": names.json, with capitals
            if len(words) > 1 and words[-1] in tiers and words[-1][0].isupper():
                info.type = "PRODUCT"  # "Nimbus Mini", "Pyre Pro": a model's size or tier
                continue
            if versioned_tier(words):
                info.type = "PRODUCT"  # "K2 Think", "Nimbus 3 Audio" (not "Orbit Audio")
                continue
            versioned = any(
                re.fullmatch(r"\d+(\.\d+)*[a-zA-Z]?|v\d+(\.\d+)*", m.text.split()[-1])
                for m in info.mentions
                if len(m.text.split()) > 1
            )
            followed = sum(
                1
                for m in info.mentions
                if product_noun_after(self.doc, m.end)
                or described_as_model(self.doc, m.start, m.end)
                or weights_of(self.doc, m.start, m.end)
                or side_word_before(self.doc, m.start)
            )
            # "a language model named Fjord": the text says what the name is, once is enough
            named_model = any(model_named(self.doc, m.start) for m in info.mentions)
            if info.type == "OTHER" and BILL_NUMBER.fullmatch(info.key):
                continue  # "SB 1047", "H.R. 3684": a bill's number is no version
            if info.type != "PRODUCT" and (
                versioned or named_model or followed * 2 >= len(info.mentions)
            ):
                info.type = "PRODUCT"
                continue
            # "a small team in Nairobi or Lyon": a one-word "person" after in/from is a place
            if (
                info.type == "PERSON"
                and len(words) == 1
                and all(
                    self.doc[m.start].dep_ in ("pobj", "conj")
                    and any(
                        t.lower_ in ("in", "from", "near")
                        for t in self.doc[m.start].ancestors
                        if t.dep_ == "prep"
                    )
                    for m in info.mentions
                )
            ):
                info.type = "GPE"
            # "Moonshot's Kimi K2": a one-word "person" whose every mention owns a product
            if (
                info.type == "PERSON"
                and len(words) == 1
                and all(owns_product(self.doc, m.end) for m in info.mentions)
            ):
                info.type = "ORG"

    @staticmethod
    def _vote(types: dict[str, Counter[str]], key: str, aliases: dict[str, str]) -> str:
        votes: Counter[str] = Counter()
        for k, counter in types.items():
            if aliases.get(k, k) == key:
                votes.update(counter)
        if not votes:
            return "OTHER"
        return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    def _alias_map(self, mentions: list[Mention]) -> dict[str, str]:
        """key -> canonical key: parentheticals, acronyms, surnames, corporate suffixes."""
        keys = list(dict.fromkeys(m.key for m in mentions))
        kinds: dict[str, Counter[str]] = {}
        for m in mentions:
            kinds.setdefault(m.key, Counter())[m.label] += 1
        alias: dict[str, str] = {}

        def kind_of(k: str) -> str:
            return kinds[k].most_common(1)[0][0]

        # "National Telecommunications and Information Administration (NTIA)", "Acme (ACME)"
        by_end = {m.end: m for m in mentions}
        by_last_word: dict[str, Mention] = {}
        for m in mentions:
            by_last_word.setdefault(m.text.split()[-1], m)
        for tok in tokens_where(self.doc, ORTH, ("(",)):
            if tok.i == 0 or tok.i + 2 >= len(self.doc):
                continue
            inner = self.doc[tok.i + 1].text
            before = by_end.get(tok.i) or by_last_word.get(self.doc[tok.i - 1].text)
            if before is None or not short_form(inner, before) or inner == before.key:
                continue
            if inner in keys and inner not in self.gaz.entries:
                alias[inner] = before.key
            elif inner not in keys and self.gaz.lookup(inner) is None:
                self.ticker_alias[inner] = before.key
        counts = Counter(m.key for m in mentions)
        alias.update(_spelling_variants(keys, counts, set(self.gaz.entries)))
        alias.update(self._former_names(mentions))
        alias.update(self._titled_laws(mentions))
        multi_people = [
            k for k in keys if kind_of(k) == "PERSON" and len(k.split()) > 1 and k not in alias
        ]
        for k in keys:
            if k in alias or k in self.gaz.entries:
                continue
            words = k.split()
            # "Von Werra" (a surname with its particle, capitalised to start a sentence)
            if len(words) == 2 and words[0].lower() in NAME_JOINERS:
                fulls = [p for p in multi_people if p.lower().endswith(" " + k.lower()) and p != k]
                if len(fulls) == 1:
                    alias[k] = fulls[0]
                    continue
            # surname (or any single name) of a full name in the article
            if len(words) == 1:
                fulls = [p for p in multi_people if p.split()[-1] == k]
                if len(fulls) == 1:
                    alias[k] = fulls[0]
                    continue
                # "Geoff" beside "Geoffrey Hinton": a first name (or its short form) alone
                firsts = [p for p in multi_people if p.split()[0].startswith(k) and len(k) >= 3]
                if kind_of(k) == "PERSON" and len(firsts) == 1:
                    alias[k] = firsts[0]
                    continue
                longer = [o for o in keys if o != k and suffixed_base(o.split()) == k]
                if len(longer) == 1:
                    alias[k] = longer[0]
                    continue
            # "Allen Institute" and "Allen Institute for AI": the longer one is the full name
            longer = [
                o
                for o in keys
                if o.startswith(k + " ")
                and len(o.split()) > len(words)
                and o.split()[len(words)] in ("for", "of", "on")
            ]
            if len(longer) == 1:
                alias[k] = longer[0]
                continue
            # "Aurora" and "Aurora 2": the versioned form is the fuller name
            if len(words) == 1:
                versions = [
                    o
                    for o in keys
                    if len(o.split()) == 2
                    and o.split()[0] == k
                    and o.split()[1].replace(".", "").isdigit()
                ]
                if len(versions) == 1:
                    alias[k] = versions[0]
                    continue
            # "Apache 2.0" beside "Apache 2.0 license", "Vexa license" beside "Vexa 4
            # community license": the same licence named shorter
            target = _longer_licence(k, keys)
            if target:
                alias[k] = target
                continue
            # "the Order" beside "Executive Order 14110", "the Act" beside one named act
            if len(words) == 1 and k in DOCUMENT_WORDS:
                fulls = [o for o in keys if o != k and k in o.split()]
                if len(fulls) == 1:
                    alias[k] = fulls[0]
                    continue
            # "the FMA Act" beside "the Frontier Model Accountability Act": its short name
            if len(words) == 2 and words[0].isupper() and words[1] in ("Act", "Bill"):
                fulls = [
                    o
                    for o in keys
                    if o != k
                    and o.split()[-1] == words[1]
                    and "".join(w[0] for w in o.split()[:-1] if w[:1].isupper()) == words[0]
                ]
                if len(fulls) == 1:
                    alias[k] = fulls[0]
                    continue
            # acronym of a longer organisation
            if k.isupper() and 2 <= len(k) <= 6:
                for other in keys:
                    initials = "".join(w[0] for w in other.split() if w[0].isupper())
                    if other != k and len(other.split()) >= 2 and initials == k:
                        alias[k] = other
                        break
        # resolve chains
        for k in list(alias):
            seen = {k}
            target = alias[k]
            while target in alias and target not in seen:
                seen.add(target)
                target = alias[target]
            alias[k] = target
        return alias

    def _titled_laws(self, mentions: list[Mention]) -> dict[str, str]:
        """'SB 1047, the "Safe and Secure ... Act",': a law's full title set right after its
        code is the same law (named by its title, as a short name is everywhere here)."""
        out: dict[str, str] = {}
        by_start = {m.start: m for m in mentions}
        for m in mentions:
            if self.doc[m.start].ent_type_ != "LAW":
                continue
            at = m.end
            while at < len(self.doc) and at - m.end < 4 and self.doc[at].lower_ in TITLE_GAP:
                at += 1
            title = by_start.get(at)
            if at == m.end or self.doc[m.end].text != "," or title is None:
                continue
            if title.key != m.key and self.doc[title.start].ent_type_ == "LAW":
                out[m.key] = title.key
        return out

    def _former_names(self, mentions: list[Mention]) -> dict[str, str]:
        """'Meta, formerly Facebook', 'X (previously Y)', 'the Facebook parent': the old name
        is the same player (names.json maps known former names to the new ones)."""
        out: dict[str, str] = {}
        by_end = sorted(mentions, key=lambda m: m.end)
        by_start = {m.start: m for m in mentions}
        for m in mentions:
            nxt = self.doc[m.end] if m.end < len(self.doc) else None
            renamed = name_words()["former_names"].get(m.text)
            if renamed and nxt is not None and nxt.lower_ in ("parent", "owner"):
                # "Facebook parent Meta", "the Facebook parent": the company now named so
                new = by_start.get(m.end + 1)
                out[m.key] = new.key if new is not None else renamed
            if m.start < 2 or self.doc[m.start - 1].lower_ not in ("formerly", "previously"):
                continue
            before = [o for o in by_end if o.end <= m.start - 1 and m.start - 1 - o.end <= 2]
            if before and before[-1].key != m.key:
                out[m.key] = before[-1].key
        return out

    def _names(self) -> None:
        for info in self.players.values():
            entry = self.gaz.entries.get(info.key)
            if entry is not None and entry.versioned:
                versions = {
                    m.text
                    for m in info.mentions
                    if m.text != entry.name and m.text.lower().startswith(entry.name.lower())
                }
                info.name = versions.pop() if len(versions) == 1 else entry.name
            elif entry is not None:
                info.name = entry.name
            else:
                forms = [m.text for m in info.mentions]
                info.name = max(forms, key=lambda t: (len(t.split()), len(t), -forms.index(t)))

    def _roles(self) -> None:
        for info in self.players.values():
            if info.type != "PERSON":
                continue
            for m in info.mentions:
                role, org = self._role_at(m)
                if role and not info.role:
                    info.role = role
                if org and not info.affiliation:
                    info.affiliation = org
            entry = self.gaz.entries.get(info.key)
            if entry is not None:
                info.role = info.role or entry.role
                info.affiliation = info.affiliation or entry.affiliation

    def _last_org_before(self, index: int) -> str | None:
        """The organisation named last before a token: a binary search over the sorted
        organisation tokens (built once), not a backward scan per mention, which made long
        texts quadratic."""
        if self._org_tokens is None:
            self._org_tokens = sorted(
                i
                for i, key in self.token_player.items()
                if key in self.players and self.players[key].type == "ORG"
            )
        at = bisect_left(self._org_tokens, index)
        if at == 0:
            return None
        return self.players[self.token_player[self._org_tokens[at - 1]]].name

    def _org_name(self, tok: Token) -> str | None:
        key = self.token_player.get(tok.i)
        if key and self.players.get(key) and self.players[key].type == "ORG":
            return self.players[key].name
        entry = self.gaz.lookup(tok.text)
        if entry is not None and entry.type == "ORG":
            return entry.name
        return None

    def _role_at(self, m: Mention) -> tuple[str | None, str | None]:
        doc = self.doc
        sent = doc[m.start].sent
        # left: "Meta CEO Mark Zuckerberg", "Mistral co-founder Arthur Mensch"
        title: list[Token] = []
        i = m.start - 1
        while i >= sent.start and doc[i].lower_ in TITLE_WORDS and i not in self.token_player:
            title.insert(0, doc[i])
            i -= 1
        org = None
        role = None
        if any(t.lower_ in TITLE_HEADS for t in title):
            while title and title[0].lower_ in ("of", "-"):
                title.pop(0)
            role = doc[title[0].i : title[-1].i + 1].text
            # the organisation just before the title, skipping "'s" and a "(TICKER)"
            j = i
            while j >= sent.start and (
                doc[j].text in (")", "(", "'s", "’s")
                or (doc[j].is_upper and doc[j - 1].text == "(")
            ):
                j -= 1
            if j >= sent.start:
                org = self._org_name(doc[j])
        # right: "Arthur Mensch, co-founder of Mistral," / "Jane Doe, Acme's chief scientist,"
        if role is None and m.end < sent.end and doc[m.end].text == ",":
            window = doc[m.end + 1 : min(sent.end, m.end + 10)]
            words: list[Token] = []
            for t in window:
                if t.text in (",", ".", ";", ":") or t.pos_ == "VERB":
                    break
                words.append(t)
            if any(t.lower_ in TITLE_HEADS for t in words):
                orgs = [self._org_name(t) for t in words]
                org = next((o for o in orgs if o), None)
                possessive = [i for i, t in enumerate(words) if t.text in ("'s", "’s")]
                kept = words[possessive[-1] + 1 :] if possessive else words  # "the lab's chief"
                if org is None and possessive and possessive[-1] > 0:
                    owner = words[possessive[-1] - 1]
                    if owner.lower_ in BODY_NOUNS:  # "the institute's chief executive"
                        org = self._last_org_before(m.start)
                kept = [
                    t for t in kept if t.lower_ not in ("the", "a", "an") and not self._org_name(t)
                ]
                role = " ".join(t.text for t in kept).replace(" - ", "-").strip(" -") or None
        # "Zuckerberg's Meta"
        if org is None and m.end + 1 < len(doc) and doc[m.end].text in ("'s", "’s"):
            org = self._org_name(doc[m.end + 1])
        if role:
            role = re.sub(r"\s+(?:at|of|for|with|in)$", "", role.strip(" ,-")) or None
        if role and org and org.lower() not in role.lower():
            role = f"{role}, {org}"
        return role, org

    def _lead_and_subjects(self) -> None:
        lead_sents = []
        for sent in self.doc.sents:
            if sent.start >= self.headline_end:
                lead_sents.append(sent)
            if len(lead_sents) == 2:
                break
        lead_end = lead_sents[-1].end if lead_sents else 0
        for info in self.players.values():
            for m in info.mentions:
                if self.headline_end <= m.start < lead_end:
                    info.in_lead = True
                root = self.doc[m.start : m.end].root
                if root.dep_ == "compound":
                    root = root.head
                while root.dep_ == "conj" and root.head.i < root.i:
                    root = root.head  # "France and Germany objected": both are subjects
                if root.dep_ in ("nsubj", "nsubjpass"):
                    info.subject_count += 1


# what a description beside a name may call a made thing: "Q9, an open-weight chatbot"
DESCRIBED_THINGS = {
    "model", "llm", "tool", "framework", "chatbot", "assistant", "library", "toolkit",
}  # fmt: skip
# the words of a written name besides capitalised ones: "RISC-V", "Run:ai", "R1"
NAME_GLUE = {"-", ":", "."}


def described_product(doc: Doc, noun: Token) -> Span | None:
    """The name right before ", a/an ... <noun>" when the parser sets the noun beside it and
    the NER left the name untyped (or typed only a part of it)."""
    left = noun.left_edge
    if noun.dep_ != "appos" or left.lower_ not in ("a", "an") or left.i < 2:
        return None
    if doc[left.i - 1].text != "," or noun.head.i >= left.i:
        return None
    end = left.i - 1
    start = end
    while start > 0 and (
        _written_name(doc[start - 1])
        or (start >= 2 and _glued(doc[start - 1]) and _written_name(doc[start - 2]))
    ):
        start -= 1
    if start == end or not _written_name(doc[start]):
        return None
    if doc[start].is_sent_start and doc[start].pos_ != "PROPN" and doc[start].is_alpha:
        return None  # ("Today, a new tool ...": a capitalised first word is no name by itself)
    if not start <= noun.head.i < end:
        return None  # "the Code of Conduct, a checklist": a longer name, set beside
    words = doc[start:end]
    if any(t.ent_type_ not in ("", "ORG", "NB_IGNORE") for t in words):
        return None
    if words.text in {e.text for e in doc.ents}:
        return None  # already a name the NER saw whole
    return Span(doc, start, end, label="PRODUCT")


def _glued(tok: Token) -> bool:
    """A hyphen, colon or dot written tight inside a name ("RISC-V", "Run:ai")."""
    return tok.text in NAME_GLUE and not tok.whitespace_ and not tok.nbor(-1).whitespace_


def _written_name(tok: Token) -> bool:
    """A word a product's name is written with: capitalised, mixed-case or a letter-digit
    code ("R1", "K2")."""
    if _name_like(tok):
        return True
    text = tok.text
    return text[:1].isupper() and any(c.isdigit() for c in text) and text.isalnum()


def _name_like(tok: Token) -> bool:
    """Part of a product name: capitalised or mixed-case (OLMo, HyperCLOVA), or a version."""
    if tok.is_punct or tok.is_space or tok.lower_ in ("the", "its", "their", "a", "an"):
        return False
    return (
        (tok.text[:1].isupper() and tok.is_alpha and tok.pos_ == "PROPN")
        or (tok.like_num and tok.i > 0 and tok.nbor(-1).text[:1].isupper())
        or (any(c.isupper() for c in tok.text[1:]) and tok.is_alpha)
    )


def _name_end(doc: Doc, start: int) -> int:
    """Where a run of name-like tokens that begins at `start` ends."""
    end = start
    while end < len(doc) and _name_like(doc[end]):
        end += 1
    return end


@Language.component("newsbrief_names")
def name_fixes(doc: Doc) -> Doc:
    """Names the small NER misses in AI news: a capitalised proper-noun subject that ends like an
    organisation ("Quillon Research will ...") is an ORG; a two- or three-word one that says,
    argues or urges something ("Jonah Whitfield urged ...") is a PERSON."""
    from bot.understanding.lexicon import ADVOCACY, REPORTING

    spans: list[Span] = []
    for tok in tokens_where(doc, DEP, ("nsubj", "nsubjpass")):
        if tok.ent_type_ or tok.pos_ != "PROPN":
            continue
        parts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        start = parts[0].i if parts else tok.i
        words = doc[start : tok.i + 1]
        if not all(t.is_title or t.is_upper for t in words) or any(t.ent_type_ for t in words):
            continue
        if (
            words[0].is_sent_start is False
            and doc[start - 1].is_title
            and doc[start - 1].pos_ == "PROPN"
        ):
            continue
        if len(words) >= 2 and words[-1].lower_ in ORG_NAME_ENDINGS:
            spans.append(Span(doc, start, tok.i + 1, label="ORG"))
        elif 2 <= len(words) <= 3 and (tok.head.lemma_ in REPORTING or tok.head.lemma_ in ADVOCACY):
            spans.append(Span(doc, start, tok.i + 1, label="PERSON"))
    # "its OLMo language model", "a model called Mistral Medium 4": the model's name
    for tok in tokens_where(doc, ORTH, ("model", "models", "family", "series")):
        if tok.i < 1:
            continue
        end = tok.i
        if doc[end - 1].lower_ in ("language", "reasoning", "foundation", "ai", "open"):
            end -= 1
        start = end
        while start > 0 and _name_like(doc[start - 1]):
            start -= 1
        if (
            start < end
            and not any(t.ent_type_ for t in doc[start:end])
            and not (doc[start].is_sent_start)
        ):
            spans.append(Span(doc, start, end, label="PRODUCT"))
    # "the company's open-source AI model, Behemoth, ...": a name set beside a model noun
    for tok in tokens_where(doc, ORTH, ("model", "system", "chatbot")):
        start = tok.i + 2
        if start >= len(doc) or doc[tok.i + 1].text != "," or not _written_name(doc[start]):
            continue
        end = _name_end(doc, start + 1)  # ("Step3": a letter-digit code may begin it)
        closing = end < len(doc) and doc[end].text in (",", ".", ";")
        beside = doc[end - 1].dep_ == "appos" and doc[end - 1].head.i == tok.i
        if closing and beside and not any(t.ent_type_ for t in doc[start:end]):
            spans.append(Span(doc, start, end, label="PRODUCT"))
    # "Q9, an open-weight chatbot built by X", "Quill CLI, an open-source terminal tool": a
    # name a description of a made thing sets beside it is a product's
    for tok in tokens_where(doc, LOWER, tuple(DESCRIBED_THINGS)):
        if (span := described_product(doc, tok)) is not None:
            spans.append(span)
    for tok in tokens_where(doc, LOWER, ("called", "named", "dubbed")):
        start = tok.i + 1
        if start < len(doc) and doc[start].is_quote:
            start += 1  # "a model named 'Fjord'"
        if start < len(doc):
            end = _name_end(doc, start)
            if end > start and not any(t.ent_type_ for t in doc[start:end]):
                spans.append(Span(doc, start, end, label="PRODUCT"))
    # "Cyberspace Administration of China", "Bank of England": one organisation
    ents = list(doc.ents)
    for a, b in pairwise(ents):
        if (
            a.label_ == "ORG"
            and b.label_ in ("GPE", "ORG", "LOC")
            and b.start == a.end + 1
            and doc[a.end].lower_ == "of"
            and a[-1].lower_ in ORG_NAME_ENDINGS
        ):
            spans.append(Span(doc, a.start, b.end, label="ORG"))
    # "Amanda Brock, chief executive of OpenUK": the organisation after a title
    for tok in tokens_where(doc, DEP, ("pobj",)):
        if (
            tok.pos_ == "PROPN"
            and not tok.ent_type_
            and tok.head.lower_ in ("of", "at")
            and tok.head.head.lower_ in TITLE_HEADS
            and (tok.is_title or tok.text[:1].isupper())
        ):
            parts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            start = parts[0].i if parts else tok.i
            if not any(t.ent_type_ for t in doc[start : tok.i + 1]):
                spans.append(Span(doc, start, tok.i + 1, label="ORG"))
    if spans:
        doc.ents = filter_spans([*doc.ents, *spans])
    return doc
