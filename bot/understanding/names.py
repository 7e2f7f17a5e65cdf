"""Names the small NER cuts short or misses, found by the KIND of phrase they are.

`newsbrief_phrases` runs after the NER and the other name fixes and rewrites entity spans for:
- model versions: a name followed by a version code or tier ("Mistral 7B", "Acme-2.5",
  "Zephyr 3 Max", "Orrin-K2-Instruct"): PRODUCT;
- bill numbers, named documents and licences ("SB 1047", "the Data Fairness Act",
  "2030 Compute Plan", "MIT license"): LAW;
- governments ("the Smith administration", "the French government") and a party's
  legislators ("Republican senators");
- agencies and bodies with their country and inner words ("U.S. Department of Energy",
  "UK AI Safety Institute", "Ministry of Science and ICT", "House Committee on the X");
- organisations the NER cuts or misses: initials before AI listed among companies ("NC AI"),
  a name the text calls a partnership or startup, a name cut before AI or at a hyphen, a
  camel-case name listed beside an organisation, one name split into ORG + PERSON;
- a capitalised name misread as a date ("Jan Novak"): PERSON.
Word lists live in bot/data/names.json. Each scan starts only from its trigger words, found
through a per-doc index, and looks a bounded distance around them: the cost stays linear.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.attrs import ORTH, SHAPE
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans


@lru_cache(maxsize=1)
def words() -> dict[str, Any]:
    """The word lists of bot/data/names.json (lists become sets, for lookups)."""
    raw = json.loads(resources.files("bot").joinpath("data/names.json").read_text("utf-8"))
    return {k: set(v) if isinstance(v, list) else v for k, v in raw.items()}


# a version code: 7B, 8x22B, 3.5, v2, K2, R1, 4o, 120b
VERSION = re.compile(
    r"^(?:v?\d+(?:\.\d+)*[A-Za-z]{0,3}|\d+x\d+[A-Za-z]?|[A-Za-z]{1,2}\d+(?:\.\d+)*[A-Za-z]?)$"
)
# a versioned name in one token: GPT-2, Falcon-180B, LLAMA2-70B, OSS-120b
NAMED = re.compile(
    r"^(?=.*[A-Z])[A-Za-z][A-Za-z0-9.]+-[A-Za-z]{0,3}\d+(?:\.\d+)*[A-Za-z]*(?:-[A-Za-z0-9.]+)*$"
)
# a short model code: o1, R1, X3, SD3, K2 (letters then digits); never a quarter, half-year,
# fiscal year, group of countries or precision format
CODE = re.compile(r"^[A-Za-z]{1,3}\d{1,3}(?:\.\d+)?[a-z]?$")
NOT_CODE = re.compile(r"^(?:[QqHh]\d|FY\d+|G\d+|FP\d+|INT\d+|BF\d+|TF\d+)$")
# a name with its version glued on: Tern3, Qwill2.5
GLUED_VERSION = re.compile(r"^[A-Z][a-z]{2,}\d{1,3}(?:\.\d+)?$")
PLAIN_NUMBER = re.compile(r"^\d+(?:\.\d+)*$")
YEAR = re.compile(r"^(?:19|20)\d\d$")
# fmt: off
COUNT_WORDS = {
    "billion", "million", "thousand", "trillion", "percent", "%", "times", "years", "months",
    "weeks", "days", "hours", "minutes", "people", "employees", "users", "countries", "companies",
    "of", "to", "per", "out", "gb", "tb", "b", "m", "k", "bn", "mn",
}
NOT_A_NAME = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "GPE", "LOC",
              "NORP", "LANGUAGE", "EVENT", "LAW"}
DOC_JOINERS = {"of", "for", "from", "on", "and", "to", "in", "with", "&", "-"}
DETERMINERS = {"the", "a", "an", "this", "that", "its", "their", "our", "his", "her"}
# fmt: on


def _glued(doc: Doc, i: int) -> bool:
    """Token i is written against the one before it ("GPT" "-" "2")."""
    return i > 0 and doc[i - 1].whitespace_ == ""


def _model_head(tok: Token) -> bool:
    """A token that may start a model's name: capitalised or mixed-case, not a common word."""
    text = tok.text
    if not text[:1].isalpha() or tok.lower_ in words()["not_model_heads"]:
        return False
    if len(text) < 2 or text == "AI" or text in words()["bill_codes"]:
        return False
    if tok.ent_type_ in NOT_A_NAME:
        return False
    upper_inside = any(c.isupper() for c in text)
    if (upper_inside and tok.pos_ in ("PROPN", "NOUN", "ADJ", "X")) or bool(tok.ent_type_):
        return upper_inside
    # "released Dolly 2.0" with the name mistagged (an adverb): a dotted version after it
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        tok.is_title
        and not tok.is_sent_start
        and nxt is not None
        and DOTTED_VERSION.match(nxt.text) is not None
    )


DOTTED_VERSION = re.compile(r"^\d+\.\d+$")


def _plain_version_ok(doc: Doc, j: int) -> bool:
    """'Zephyr 3' is a version; 'Acme 2024' a year and 'Acme 3 billion' a count."""
    tok = doc[j]
    if YEAR.match(tok.text) and not _glued(doc, j):
        return False
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return not (nxt is not None and (nxt.like_num or nxt.lower_ in COUNT_WORDS))


def _version_end(doc: Doc, start: int, end: int, head_kind: str) -> tuple[int, bool]:
    """Where a name's version and tier words end, and whether there is a version code."""
    tiers = words()["model_tiers"]
    j = end
    coded = bool(NAMED.match(doc[end - 1].text))  # "Zephyr-3" "-" "mini"
    grew = False
    while j < len(doc) and j - end < 6:
        hyphen = doc[j].text == "-" and _glued(doc, j) and j + 1 < len(doc) and _glued(doc, j + 1)
        k = j + 1 if hyphen else j
        if k >= len(doc):
            break
        tok = doc[k]
        text = tok.text
        if VERSION.match(text) and not (k == j and not hyphen and doc[k - 1].whitespace_ == ""):
            plain = bool(PLAIN_NUMBER.match(text))
            if plain and (head_kind == "PERSON" or not _plain_version_ok(doc, k)):
                break
            coded = coded or not plain or hyphen
            grew = True
        elif NAMED.match(text) and hyphen:
            coded = grew = True
        elif (
            grew
            and k == j
            and _glued(doc, k)
            and text.isalpha()
            and text.isupper()
            and len(text) <= 2
        ):
            pass  # "v0.1-1" "T": a size unit the tokenizer split off ("-1T")
        elif text in tiers and (grew or coded or head_kind in ("ORG", "PRODUCT")):
            if not (text[:1].isupper() or hyphen):
                break
            grew = True
        elif text in words()["versioned_tiers"] and (grew or coded or hyphen):
            grew = True  # "Nimbus 3 Audio", "K2 Think", "Nimbus-Audio" (not "Orbit Audio")
        else:
            break
        j = k + 1
    return (j if grew else end), coded


def _versioned(ent: Span) -> bool:
    """An entity whose last token is a version code: a model, whatever the NER said."""
    last = ent[-1].text
    if len(ent) == 1:
        return (
            bool(NAMED.match(last))
            and ent[0].lower_.split("-")[0] not in words()["not_model_heads"]
        )
    return bool(NAMED.match(last) or (VERSION.match(last) and not PLAIN_NUMBER.match(last)))


def _hyphen_coded(ent: Span) -> bool:
    """An entity written as one hyphenated word with a version code inside ('Orrin-K2-Chat')."""
    inner = [t for t in ent[1:] if t.text != "-"]
    return (
        len(ent) >= 3
        and all(_glued(ent.doc, t.i) for t in ent[1:])
        and any(VERSION.match(t.text) and not PLAIN_NUMBER.match(t.text) for t in inner)
    )


class _Index:
    """Where each word form occurs in a doc, built once per doc: the scans below look up their
    rare trigger words here instead of walking every token in Python."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        # each token's word form and shape, read as arrays once; `counts` holds the forms
        # present, in order of first use (the keys of `Doc.count_by`, without its Counter
        # update per token)
        self.orths: list[int] = doc.to_array(ORTH).tolist() if len(doc) else []
        self.shapes: list[int] = doc.to_array(SHAPE).tolist() if len(doc) else []
        self.counts = dict.fromkeys(self.orths)
        self.ents = list(doc.ents)
        self.ent_at = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}
        self._digit_or_tier: list[int] | None = None

    def where(self, texts: set[str]) -> list[int]:
        strings = self.doc.vocab.strings
        present = {w for w in (strings[t] for t in texts) if w in self.counts}
        if not present:
            return []
        return [i for i, orth in enumerate(self.orths) if orth in present]

    def digit_or_tier(self) -> list[int]:
        """Tokens that may carry a version (a digit in them) or a tier word (asked for by two
        scans: worked out once)."""
        if self._digit_or_tier is None:
            strings = self.doc.vocab.strings
            digit_shapes = {sh for sh in set(self.shapes) if "d" in strings[sh]}
            tier_words = [*words()["model_tiers"], *words()["versioned_tiers"]]
            tiers = {o for o in (strings[t] for t in tier_words) if o in self.counts}
            self._digit_or_tier = [
                i
                for i, (shape, orth) in enumerate(zip(self.shapes, self.orths, strict=True))
                if shape in digit_shapes or orth in tiers
            ]
        return self._digit_or_tier


def _named_with_word_before(doc: Doc, start: int, pairs: set[tuple[str, str]]) -> bool:
    """The capitalised word before a model's head belongs to its name: the text names the
    two words together elsewhere."""
    if start < 1 or doc[start].ent_type_:
        return False
    prev = doc[start - 1]
    return (
        prev.is_title
        and prev.is_alpha
        and not prev.ent_type_
        and (prev.text, doc[start].text) in pairs
    )


def model_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'Mistral 7B', 'GPT-OSS-120b', 'Zephyr 3 Max', 'Phi-3-mini', 'Kimi K2', 'GPT-2'."""
    ent_at = ix.ent_at
    heads: set[int] = set()
    for j in ix.digit_or_tier():  # a head sits on, or up to two tokens before, a version
        for k in (j, j - 1, j - 2):
            if k >= 0:
                heads.add(ent_at[k].start if k in ent_at else k)
    out: list[Span] = []
    last_end = 0
    pairs = {(e[0].text, e[1].text) for e in ix.ents if len(e) >= 2}
    for i in sorted(heads):
        if i < last_end:
            continue
        tok = doc[i]
        ent = ent_at.get(i)
        if ent is not None and ent.start == i and ent.label_ in ("ORG", "PRODUCT", "WORK_OF_ART"):
            start, end, kind = ent.start, ent.end, ent.label_
        elif ent is not None and ent.start == i and _hyphen_coded(ent):
            start, end, kind = ent.start, ent.end, "NORP"  # "Orrin-K2-Instruct" as a people
        elif _model_head(tok):
            start, end = i, i + 1
            kind = ent.label_ if ent is not None else ""
        else:
            continue
        new_end, coded = _version_end(doc, start, end, kind)
        if (
            ent is not None
            and kind != "PRODUCT"
            and new_end == end
            and (_versioned(ent) or kind == "NORP")
        ):
            out.append(Span(doc, start, end, label="PRODUCT"))  # "GPT-OSS-120b" tagged ORG
            last_end = end
            continue
        if kind == "PERSON" and not coded:
            new_end = end
        named = NAMED.match(doc[start].text) and end - start == 1 and not ent
        if new_end > end or named:
            if _named_with_word_before(doc, start, pairs):
                start -= 1  # "Shared Heap v0.1" where the text names "Shared Heap" elsewhere
            out.append(Span(doc, start, new_end, label="PRODUCT"))
        last_end = max(new_end, i + 1)
    return out


def _code(tok: Token) -> bool:
    return (
        bool(CODE.match(tok.text))
        and not NOT_CODE.match(tok.text)
        and tok.ent_type_ in ("", "CARDINAL", "PRODUCT", "ORG")
    )


# the parts of the hyphenated words that say a side: "open-source", "closed-weight"
SIDE_COMPOUND_PARTS = {"open", "closed", "source", "sourced", "weight", "weights"}


def _describing(tok: Token) -> bool:
    """A lower-case describing word, or a part of a hyphenated side word ('open-source')."""
    if tok.text == "-" and not tok.whitespace_:
        return True
    hyphened = (tok.i > 0 and tok.nbor(-1).text == "-") or (
        tok.i + 1 < len(tok.doc) and tok.nbor(1).text == "-"
    )
    side_part = hyphened and tok.lower_ in SIDE_COMPOUND_PARTS  # not "much-hyped"
    return tok.is_lower and tok.is_alpha and (tok.pos_ == "ADJ" or side_part)


def _org_possessive(doc: Doc, i: int) -> bool:
    """Token i follows an organisation's possessive, maybe past a few lower-case describing
    words: "Acme's o3", "Acme's proprietary Q7", "Acme's open-source R1"."""
    j = i - 1
    while j > 0 and i - j <= 4 and _describing(doc[j]):
        j -= 1
    if j < 1 or doc[j].text not in ("'s", "’s"):
        return False
    return doc[j - 1].ent_type_ in ("ORG", "PRODUCT")


def model_word_after(doc: Doc, i: int, kinds: set[str]) -> bool:
    """'Z1 model', '"Z1" AI model', 'Z1 reasoning model': a model word right after a code,
    past its closing quote and up to two words of the model's kind."""
    j = i + 1
    if j < len(doc) and doc[j].is_quote:
        j += 1
    for k in range(j, min(j + 3, len(doc))):
        if doc[k].lower_ in kinds:
            return True
        if doc[k].lower_ not in MODEL_KIND_WORDS:
            return False  # "the S3 battery model", "the P2 pricing model": no AI model
    return False


# the words of a model's kind that may stand between its code and "model"
MODEL_KIND_WORDS = {
    "ai", "language", "reasoning", "coding", "vision", "video", "image", "speech", "chat",
    "foundation", "multimodal", "embedding", "text", "thinking", "large", "small", "frontier",
    "open", "generative",
}  # fmt: skip


def code_model_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'Acme's o3', 'Acme's proprietary Z1 model', 'the X4 family': a short letters-and-digits
    code after an organisation's possessive, or before a model word, names a model. Not
    before another noun ('Acme's H2 revenue': a half-year)."""
    kinds = words()["model_words"]
    out: list[Span] = []
    for i in ix.digit_or_tier():
        tok = doc[i]
        if tok.ent_type_ and ix.ent_at[i].end - ix.ent_at[i].start > 1:
            continue
        glued = GLUED_VERSION.match(tok.text) is not None
        if glued and ((i and doc[i - 1].lower_ in kinds) or _listed_under_model(tok, kinds)):
            out.append(Span(doc, i, i + 1, label="PRODUCT"))  # "the open model Tern3"
            continue
        if not _code(tok):
            continue
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        before_model = model_word_after(doc, i, kinds)
        noun_next = nxt is not None and nxt.is_lower and nxt.pos_ in ("NOUN", "PROPN")
        listed = _listed_under_model(tok, kinds)
        if before_model or listed or (_org_possessive(doc, i) and not noun_next):
            out.append(Span(doc, i, i + 1, label="PRODUCT"))
    return out


def _listed_under_model(tok: Token, kinds: set[str]) -> bool:
    """'released two open models, V3 and R1', 'open models like R1 and Tern2.5': a code
    listed in apposition to a model word, or as its examples (the first of the list; the
    others are its conjuncts)."""
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    head = first.head
    such = head.lower_ == "as" and any(c.lower_ == "such" for c in head.children)
    if first.dep_ == "pobj" and (head.lower_ in ("like", "including") or such):
        noun = head.head  # "models like R1" (not "sensor models like X3": other models)
        other = any(c.dep_ == "compound" and c.lower_ not in AI_KINDS for c in noun.children)
        return noun.lower_ in kinds and noun.i < first.i and not other
    return first.dep_ == "appos" and head.lower_ in kinds and head.i < first.i


# the words before "models" that keep them AI models ("language models like X3", "open
# source models like R1")
AI_KINDS = MODEL_KIND_WORDS | {"source", "weight", "weights", "base", "audio", "code"}
LOWER_HYPHENED = re.compile(r"^[a-z][a-z0-9.]*(?:-[a-z0-9.]+)+$")
SIZE_PART = re.compile(r"^\d+(?:\.\d+)?[bmkt]$")


def lowercase_model_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'zeta-oss-120b', 'r4-mini': a lower-case hyphenated word with a size ('120b') or a short
    code and a tier ('r4-mini') is a model's name (not 'covid-19', 'mid-2024')."""
    tiers = {t.lower() for t in words()["model_tiers"]}
    out: list[Span] = []
    last_end = 0
    for i in ix.where({"-"}):
        if (
            i < last_end
            or i == 0
            or not (_glued(doc, i) and i + 1 < len(doc) and _glued(doc, i + 1))
        ):
            continue
        start, end = i - 1, i + 2
        while start > 0 and _glued(doc, start) and end - start < 8:
            start -= 1
        while (
            end < len(doc)
            and _glued(doc, end)
            and doc[end].text not in (".", ",", ")")
            and end - start < 8
        ):
            end += 1
        if any(t.ent_type_ in NOT_A_NAME - {"CARDINAL"} for t in doc[start:end]):
            continue
        text = doc[start:end].text
        if not LOWER_HYPHENED.match(text):
            continue
        parts = text.split("-")
        sized = (
            any(SIZE_PART.match(p) for p in parts[1:]) and parts[0].isalpha() and len(parts[0]) >= 3
        )
        coded = (
            bool(CODE.match(parts[0]))
            and not NOT_CODE.match(parts[0].upper())
            and all(p in tiers for p in parts[1:])
        )
        if sized or coded:
            out.append(Span(doc, start, end, label="PRODUCT"))
            last_end = end
    return out


def bill_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'SB 1047', 'SB-1047', 'California Senate Bill (SB) 1047', 'Assembly Bill 2013'."""
    codes, bodies = words()["bill_codes"], words()["bill_bodies"]
    out: list[Span] = []
    # "SB1047" written as one word: the code and its number
    strings = doc.vocab.strings
    joined = {
        text
        for orth in ix.counts
        if (text := strings[orth])[:2] in codes and text[2:].isdigit() and len(text) <= 8
    }
    out += [Span(doc, i, i + 1, label="LAW") for i in ix.where(joined)]
    for tok in (doc[i] for i in ix.where(codes | {"Bill"})):
        if tok.text in codes and tok.i + 1 < len(doc):
            j = tok.i + 1
            if doc[j].text == "-" and j + 1 < len(doc):
                j += 1
            if PLAIN_NUMBER.match(doc[j].text) and doc[tok.i - 1].text != "(":
                out.append(Span(doc, tok.i, j + 1, label="LAW"))
        if tok.text == "Bill" and tok.i > 0 and doc[tok.i - 1].text in bodies:
            start = tok.i - 1
            if start > 0 and doc[start - 1].ent_type_ == "GPE":
                start -= 1  # "California Senate Bill 1047"
            j = tok.i + 1
            if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
                j += 3  # "Senate Bill (SB) 1047"
            if j < len(doc) and PLAIN_NUMBER.match(doc[j].text):
                out.append(Span(doc, start, j + 1, label="LAW"))
    return out


def _title_word(tok: Token) -> bool:
    return (tok.is_title or tok.is_upper or tok.like_num or tok.text[:1].isupper()) and (
        tok.ent_type_ != "PERSON"
    )


def _inner_possessive(doc: Doc, i: int) -> bool:
    """Token i is a possessive inside a title: title words on both sides, and one more before
    its owner ('Shielding Ruritania's Data'), so 'Ruritania's Data Act' keeps its owner out.
    A known owner is the title's owner ("the Commerce Department's Readiness Plan"), unless a
    title's opening verb governs it ("Shielding America's Compute ... Act")."""
    if i < 2 or doc[i].text not in ("'s", "’s") or i + 1 >= len(doc):
        return False
    owner, before = doc[i - 1], doc[i - 2]
    # (a verb, not a place or a firm that ends so: "Beijing's", "Boeing's")
    opening_verb = (
        before.text.endswith("ing")
        and before.ent_type_ not in ("GPE", "LOC", "FAC", "NORP", "PERSON")
        and before.ent_id_ == ""
        and owner.ent_type_ in ("GPE", "NORP")
    )
    return (
        _title_word(owner)
        and _title_word(doc[i + 1])
        and _title_word(before)
        and before.lower_ not in DETERMINERS
        and (not before.is_sent_start or opening_verb)
        and owner.ent_type_ != "PERSON"
        and (not owner.ent_id_ or opening_verb)
        and owner.text not in words()["agency_heads"]
    )


def document_spans(doc: Doc, ix: _Index) -> list[Span]:
    """Named bills, acts, plans and licences: title-case words ending in a document word
    ('the Data Fairness Act', 'the 2030 National Compute Plan', 'Acme Community License')."""
    heads, generic = words()["document_heads"], words()["generic_documents"]
    out: list[Span] = []
    for tok in (doc[i] for i in ix.where(heads)):
        if tok.text not in heads or tok.i == 0:
            continue
        start = tok.i
        if (quoted := _quoted_title_start(doc, tok.i)) is not None:
            start = quoted  # '"Decoupling America's AI Capabilities from China Act"': whole
        while start > 0 and tok.i - start < 12:
            prev = doc[start - 1]
            if prev.is_sent_end or "\n" in prev.whitespace_ or "\n" in prev.text:
                break
            if prev.text in heads:
                break  # "the X Act and the Y Plan": two documents
            if _title_word(prev) or (
                prev.lower_ in DOC_JOINERS and prev.lower_ not in ("’s", "'s")
            ):
                start -= 1
                continue
            if _inner_possessive(doc, start - 1):
                start -= 2  # "the Shielding Ruritania's Data Act": a possessive inside
                continue
            if (
                prev.lower_ == "the"
                and start > 1
                and doc[start - 2].lower_ in ("of", "for", "on", "to", "from", "in")
            ):
                start -= 1
                continue
            break
        while start < tok.i and (
            doc[start].lower_ in DOC_JOINERS or doc[start].lower_ in DETERMINERS
        ):
            start += 1
        if tok.i - start < 1:
            continue
        span = Span(doc, start, tok.i + 1, label="LAW")
        if span.text.lower() in generic or any(t.lower_ in words()["job_words"] for t in span):
            continue  # "Vice President of Public Policy" is a job, not a document
        if span[0].text in words()["agency_heads"]:
            continue  # "Office of Science and Technology Policy" is a body
        out.append(span)
    return out


def _quoted_title_start(doc: Doc, end: int) -> int | None:
    """The first word of a quoted title that ends at token `end` (a document word right before
    the closing quotation mark), when every word in it is a title word or a joiner."""
    if end + 1 >= len(doc) or doc[end + 1].text not in ('"', "”", "'", "’"):
        return None
    for i in range(end - 1, max(-1, end - 16), -1):
        t = doc[i]
        if t.text in ('"', "“"):
            inner = doc[i + 1 : end]
            ok = all(
                _title_word(w) or w.lower_ in DOC_JOINERS or w.text in ("'s", "’s") for w in inner
            )
            ok = ok and not any(w.lower_ == "in" for w in inner)  # "AI in the ... Act": a phrase
            return i + 1 if ok and len(inner) >= 1 else None
        if "\n" in t.whitespace_ or t.is_sent_end:
            return None
    return None


def licence_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'MIT license', 'Apache 2.0 licence', 'the Acme 3 community license'."""
    names = words()["licence_names"]
    ent_at = ix.ent_at
    out: list[Span] = []
    forms = {"license", "licence", "licenses", "licences", "License", "Licence"}
    for tok in (doc[i] for i in ix.where(forms)):
        if tok.i == 0:
            continue
        j = tok.i
        while j > 0 and doc[j - 1].lower_ in ("community", "research", "open", "custom", "model"):
            j -= 1
        k = j
        while k > 0 and (PLAIN_NUMBER.match(doc[k - 1].text) or VERSION.match(doc[k - 1].text)):
            k -= 1
        if k == 0:
            continue
        prev = doc[k - 1]
        ent = ent_at.get(k - 1)
        if prev.text in names:
            start = k - 1
        elif ent is not None and ent.label_ in ("PRODUCT", "ORG"):
            start = ent.start
        else:
            continue
        out.append(Span(doc, start, tok.i + 1, label="LAW"))
    return out


def government_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'the Smith administration', 'the French government': a government is a player."""
    gov = words()["government_words"]
    ent_at = ix.ent_at
    out: list[Span] = []
    for tok in (doc[i] for i in ix.where(gov)):
        if tok.i == 0:
            continue
        ent = ent_at.get(tok.i - 1)
        if ent is not None and ent.end == tok.i and leader_or_country(ent):
            out.append(Span(doc, ent.start, tok.i + 1, label="ORG"))
        elif (pair := leaders_paired(doc, tok.i)) is not None and (
            ent is None or (not ent.ent_id_ and ent.end == tok.i)
        ):
            # (over the tagged "The Smith-Jones" whole, so the longer span wins)
            start = min(pair, ent.start) if ent is not None else pair
            out.append(Span(doc, start, tok.i + 1, label="ORG"))
    return out


def leaders_paired(doc: Doc, end: int) -> int | None:
    """Where the names start in 'the Smith-Jones administration': two capitalised names
    joined by a hyphen right before the government word (tagged as nothing, or as one
    entity of any kind with its article)."""
    if end < 3:
        return None
    first, hyphen, second = doc[end - 3 : end]
    joined = hyphen.text == "-" and not first.whitespace_ and not hyphen.whitespace_
    named = all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in (first, second))
    return end - 3 if joined and named else None


def leader_or_country(ent: Span) -> bool:
    """A name a government word may follow: a person, a country or a nationality, or one
    capitalised word the tagger took for an organisation ("the Trump administration")."""
    if ent.label_ in ("PERSON", "GPE", "NORP"):
        return True
    word = ent[0]
    return (
        ent.label_ == "ORG"
        and not ent.ent_id_  # a company the gazetteer knows: "the Acme government team"
        and len(ent) == 1
        and word.is_title
        and word.is_alpha
        and word.lower_ not in LEVELS_OF_GOVERNMENT  # "State Administration for ...": a body
    )


# words that name a level of government, not whose it is: "the State administration"
LEVELS_OF_GOVERNMENT = {
    "state", "federal", "national", "central", "local", "city", "county", "provincial",
    "regional", "public", "general", "civil", "military",
}  # fmt: skip


def lowercase_body_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'the Chinese foreign ministry', 'the French digital ministry': a nationality or country
    before a lower-case body word is that country's body (not 'a French department store')."""
    heads = words()["lowercase_bodies"]
    ent_at = ix.ent_at
    out: list[Span] = []
    for i in ix.where(heads):
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and nxt.is_lower and nxt.pos_ in ("NOUN", "PROPN"):
            continue
        j = i
        while j > 0 and i - j < 2 and doc[j - 1].is_lower and doc[j - 1].is_alpha:
            j -= 1
        ent = ent_at.get(j - 1)
        if ent is not None and ent.label_ in ("NORP", "GPE") and ent.end == j:
            out.append(Span(doc, ent.start, i + 1, label="ORG"))
    return out


def possessed_document_spans(doc: Doc, ix: _Index) -> list[Span]:
    """ "the president's AI action plan", "Ruritania's AI strategy": a leader's or country's
    plan written in lower case, named by AI or a capitalised word before its head (not
    'his plan to ...', not a company's 'business plan')."""
    heads = words()["lowercase_documents"]
    out: list[Span] = []
    for i in ix.where(heads):
        j = i
        while j > 0 and i - j < 3 and (doc[j - 1].is_lower or doc[j - 1].text == "AI"):
            if not doc[j - 1].is_alpha or doc[j - 1].lower_ in DETERMINERS:
                break
            j -= 1
        if j == i or j < 2 or doc[j - 1].text not in ("'s", "’s"):
            continue
        if not any(t.text == "AI" for t in doc[j:i]):
            continue
        if doc[j - 2].ent_type_ in ("PERSON", "GPE", "NORP"):
            out.append(Span(doc, j, i + 1, label="LAW"))
    return out


def agency_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'U.S. Department of Energy', 'Ministry of Science and ICT', 'UK AI Safety Institute',
    'House Science Committee': an agency word with its title-case words and its country."""
    heads = words()["agency_heads"]
    out: list[Span] = []
    for tok in (doc[i] for i in ix.where(heads)):
        end = tok.i + 1
        of_the = end + 2 < len(doc) and doc[end + 1].lower_ == "the"  # "Committee on the CCP"
        after = doc[end + 2] if of_the else (doc[end + 1] if end + 1 < len(doc) else None)
        if after is not None and doc[end].lower_ in ("of", "for", "on") and _cap(after):
            end += 2 if of_the else 1
            while end < len(doc) and (_cap(doc[end]) or _and_cap(doc, end)):
                if _title_before_person(doc, end):
                    break  # "Office of Science Policy Director Jane Roe": her title, not its name
                if doc[end].lower_ in ("and", "&") and _another_body(doc, end + 1, heads):
                    break  # "the Department of Energy and the Science Foundation": two bodies
                if doc[end].lower_ in ("and", "&") and _named_apart(ix, end + 1):
                    break  # "the Halvard Institute for AI and Meta": Meta is a name of its own
                end += 1
        start = tok.i
        while (
            start > 0
            and tok.i - start < 6
            and (_cap(doc[start - 1]) or doc[start - 1].ent_type_ == "GPE")
        ):
            if doc[start - 1].is_sent_end or "\n" in doc[start - 1].whitespace_:
                break
            start -= 1
            if _hyphen_joined(doc, start - 1):
                start -= 2  # "the Open-Source AI Builder Fund": one name across the hyphen
        while start < tok.i and doc[start].lower_ in DETERMINERS:
            start += 1
        if end - start >= 2:
            out.append(Span(doc, start, end, label="ORG"))
    return out


# the titles an official's name may follow: "... Policy Director Jane Roe"
OFFICIAL_TITLES = {
    "director", "secretary", "minister", "commissioner", "administrator", "head", "chair",
    "chairman", "chairwoman", "president", "spokesperson", "spokesman", "spokeswoman",
    "deputy", "acting", "adviser", "advisor", "official", "chief", "ceo",
}  # fmt: skip


def _title_before_person(doc: Doc, i: int) -> bool:
    """Token i begins a title that runs into a person's name ("Director Jane Roe")."""
    j = i
    while j < len(doc) and doc[j].lower_ in OFFICIAL_TITLES:
        j += 1
    return j > i and j < len(doc) and doc[j].ent_type_ == "PERSON"


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """Token i is a hyphen written tight between two capitalised words ('Open-Source')."""
    return (
        i >= 1
        and doc[i].text == "-"
        and not doc[i].whitespace_
        and not doc[i - 1].whitespace_
        and _cap(doc[i - 1])
        and not doc[i - 1].ent_id_  # "the Meta-IBM AI Alliance": Meta is a name of its own
    )


def _named_apart(ix: _Index, i: int) -> bool:
    """Token i begins a name the gazetteer knows ("... and Meta"), not a field ("and ICT")."""
    ent = ix.ent_at.get(i)
    if ent is None or ent.start != i or not ent.ent_id_:
        return False
    doc = ix.doc
    return ent.end >= len(doc) or not _cap(doc[ent.end])  # "and China Studies" goes on


def _another_body(doc: Doc, i: int, heads: set[str]) -> bool:
    """The capitalised words from token i on name a body of their own."""
    while i < len(doc) and _cap(doc[i]):
        if doc[i].text in heads:
            return True
        i += 1
    return False


def _cap(tok: Token) -> bool:
    return (
        ((tok.text[:1].isupper() and tok.is_alpha) or tok.text in ("U.S.", "U.K.", "E.U.", "AI"))
        and tok.ent_type_ not in ("PERSON", "DATE")
        and tok.lower_ not in DETERMINERS
    )


def _and_cap(doc: Doc, i: int) -> bool:
    """'Science and Technology', 'Science and ICT': 'and' between capitalised words."""
    return (
        doc[i].lower_ in ("and", "&")
        and i + 1 < len(doc)
        and _cap(doc[i + 1])
        and i > 0
        and _cap(doc[i - 1])
    )


def apply_spans(doc: Doc, spans: list[Span], ents: list[Span] | None = None) -> None:
    """Put new spans into doc.ents: a new span replaces the entities inside it, never one that
    is longer than it."""
    if not spans:
        return
    spans = filter_spans(spans)
    ents = list(doc.ents) if ents is None else ents
    ent_at = {i: e for e in ents for i in range(e.start, e.end)}
    kept_new: list[Span] = []
    dropped: set[tuple[int, int]] = set()
    for span in spans:
        overlaps = {
            (e.start, e.end): e for i in range(span.start, span.end) if (e := ent_at.get(i))
        }
        if any(_blocks(e, span) for e in overlaps.values()):
            continue
        kept_new.append(span)
        dropped |= set(overlaps)
    if kept_new:
        rest = [e for e in ents if (e.start, e.end) not in dropped]
        doc.ents = filter_spans([*kept_new, *rest])
        for span in kept_new:  # a new name is not the known one it grew from ("DeepSeek R1")
            for tok in span:
                tok.ent_id_ = ""


def _blocks(ent: Span, span: Span) -> bool:
    """An entity keeps its place when it is longer than the new span, when it is the same
    span already, or when it runs beyond it by more than an article ('the')."""
    if (ent.start, ent.end, ent.label_) == (span.start, span.end, span.label_):
        return True
    outside = [t for t in ent if not span.start <= t.i < span.end]
    loose = DETERMINERS | {"and", "&", "or"}  # "the Ministry of X and": the NER ran over
    return any(t.lower_ not in loose and not t.is_punct for t in outside)


def acronym_ai_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'NC AI', 'KT AI': an unknown all-capitals name before AI is an organisation, unless a
    lower-case noun follows ('the US AI market')."""
    out: list[Span] = []
    for tok in (doc[i] for i in ix.where({"AI"}) if i > 0):
        prev = doc[tok.i - 1]
        if not (prev.is_upper and prev.is_alpha and 2 <= len(prev) <= 5):
            continue
        listed = (tok.dep_ == "conj" and tok.head.ent_type_ == "ORG") or any(
            c.dep_ == "conj" and c.ent_type_ == "ORG" for c in tok.children
        )
        if prev.ent_type_ in ("GPE", "NORP", "LOC") and not listed:
            continue  # "US AI", unless listed among companies ("SK Telecom, NC AI and ...")
        if prev.ent_id_ or prev.text == "AI":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.is_lower and nxt.pos_ in ("NOUN", "PROPN", "ADJ"):
            continue
        out.append(Span(doc, tok.i - 1, tok.i + 1, label="ORG"))
    return out


def titled_ai_org_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'Kindred AI CEO Jane Roe', 'a Kindred AI co-founder': capitalised words and AI before a
    job title name the person's company, even when the first word is a dictionary word. A
    known phrase ('Responsible AI lead') stays a term."""
    titles = words()["org_titles"]
    out: list[Span] = []
    for i in ix.where(titles | {t.capitalize() for t in titles} | {t.upper() for t in titles}):
        ai = i - 1
        if ai < 1 or doc[ai].text != "AI" or (doc[ai].ent_type_ and doc[ai - 1].ent_type_):
            continue
        start = ai
        while (
            start > 0
            and ai - start < 3
            and doc[start - 1].is_title
            and doc[start - 1].is_alpha
            and not doc[start - 1].ent_type_
            and doc[start - 1].lower_ not in titles | DETERMINERS | {"former", "new", "top"}
            and "\n" not in doc[start - 1].whitespace_
        ):
            start -= 1
        if start < ai:
            out.append(Span(doc, start, ai + 1, label="ORG"))
    return out


def _initials_match(words_: list[Token], acro: str) -> bool:
    return "".join(t.text[0] for t in words_ if t.is_title) == acro


def acronym_title_spans(doc: Doc, ix: _Index) -> list[Span]:
    """Names spelled out beside their acronym, with a body or document word after:
    'the QUILL (Quite Useful Initiative for Linked Learning) Project' and
    '"Safer Online Networks Act-style title" (SAFE NET) Act': one name, not the acronym alone
    and a run of title-case words."""
    bodies = words()["acronym_bodies"]
    out: list[Span] = []
    for close in ix.where({")"}):
        end = close + 1
        if end >= len(doc) or doc[end].text not in bodies:
            continue
        opening = next(
            (j for j in range(close - 1, max(0, close - 16), -1) if doc[j].text == "("), None
        )
        if opening is None or opening == close - 1 or opening < 1:
            continue
        inner = list(doc[opening + 1 : close])
        before = doc[opening - 1]
        if before.is_upper and before.is_alpha and 2 <= len(before) <= 8:
            if _initials_match(inner, before.text):  # ACRO (Spelled Out) Body
                out.append(Span(doc, opening - 1, end + 1, label="ORG"))
            continue
        if not (all(t.is_upper and t.is_alpha for t in inner) and before.is_quote):
            continue
        start = next(
            (j for j in range(opening - 2, max(0, opening - 30), -1) if doc[j].is_quote), None
        )
        if start is not None and all(_cap(t) or t.is_lower for t in doc[start + 1 : opening - 1]):
            out.append(Span(doc, start, end + 1, label="LAW"))  # "Title" (ACRO) Act
    return out


def appositive_org_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'Steady AI, a partnership that ...', '"Brightline," a startup ...': capitalised words
    the text itself calls an organisation."""
    bodies = words()["body_nouns"]
    out: list[Span] = []
    for tok in (doc[i] for i in ix.where({","})):
        if tok.i < 1 or tok.i + 2 >= len(doc):
            continue
        after = [t for t in doc[tok.i + 1 : tok.i + 6] if not t.is_quote]
        if not after or after[0].lower_ not in ("a", "an"):
            continue
        if not any(t.lower_ in bodies for t in after[1:4]):
            continue
        end = tok.i
        while end > 0 and doc[end - 1].is_quote:
            end -= 1
        start = end
        while start > 0 and end - start < 5 and _cap(doc[start - 1]):
            start -= 1
        if (
            start < end
            and not doc[start].is_sent_start
            and not all(t.text == "AI" for t in doc[start:end])
        ):
            out.append(Span(doc, start, end, label="ORG"))
    return out


def misread_date_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'Jan Hajic' read as a date: a 'date' of capitalised words with no digit and no word
    of time is a person's name."""
    date_words = words()["date_words"]
    out: list[Span] = []
    for ent in ix.ents:
        if ent.label_ not in ("DATE", "TIME") or not 2 <= len(ent) <= 3:
            continue
        if all(t.text[:1].isupper() and t.is_alpha and t.lower_ not in date_words for t in ent):
            out.append(Span(doc, ent.start, ent.end, label="PERSON"))
    return out


def list_sibling_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'LAION, OpenML and Vexbridge': an untagged name listed beside an organisation, written
    like a name (capitals inside, no dictionary word), is one too."""
    out: list[Span] = []
    for ent in ix.ents:
        if ent.label_ not in ("ORG", "PRODUCT"):
            continue
        root = ent.root
        for other in (*root.conjuncts,):
            if other.ent_type_ or other.pos_ != "PROPN" or other.is_sent_start:
                continue
            text = other.text
            camel = any(c.isupper() for c in text[1:]) and text[:1].isupper() and text.isalnum()
            # between two products ('Lumo, Tensorgrid, Kerno'): a product too
            flanked = (
                ent.label_ == "PRODUCT"
                and other.is_title
                and other.is_alpha
                and len(text) >= 4
                and sum(c.ent_type_ == "PRODUCT" for c in (*other.conjuncts,)) >= 2
            )
            if camel or flanked:
                out.append(Span(doc, other.i, other.i + 1, label=ent.label_))
    return out


def overrun_list_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'startups like Quillon and Vexbridge': an entity the NER ran on over 'and' into the next
    list item ('Quillon and') is the item before the joiner, of the next item's kind."""
    starts = {e.start: e for e in ix.ents}
    out: list[Span] = []
    for ent in ix.ents:
        if len(ent) < 2 or ent[-1].lower_ not in ("and", "or", ","):
            continue
        nxt = starts.get(ent.end)
        if nxt is None or nxt.label_ not in ("ORG", "PRODUCT", "PERSON"):
            continue
        if all(_cap(t) or t.is_digit for t in ent[:-1]):
            out.append(Span(doc, ent.start, ent.end - 1, label=nxt.label_))
    return out


def _after_country_possessive(doc: Doc, ix: _Index, i: int) -> bool:
    """Token i follows a country's possessive ("Ruritania's ...")."""
    if i < 2 or doc[i - 1].text not in ("'s", "’s"):
        return False
    ent = ix.ent_at.get(i - 2)
    return ent is not None and ent.label_ == "GPE"


def country_list_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'Ruritania's Vexmoor, Osterland's Lights Up and Valdia's Corvant': in a list of
    organisations each named after its country's possessive, an untagged title-case item is
    an organisation too."""
    out: list[Span] = []
    by_sent: dict[int, list[int]] = {}
    for i in ix.where({"'s", "’s"}):
        if i + 1 < len(doc) and _after_country_possessive(doc, ix, i + 1):
            by_sent.setdefault(doc[i].sent.start, []).append(i + 1)
    for starts in by_sent.values():
        tagged = [
            i for i in starts if ix.ent_at.get(i) is not None and ix.ent_at[i].label_ == "ORG"
        ]
        if not tagged:
            continue
        for i in starts:
            end = i
            while end < len(doc) and end - i < 4 and doc[end].is_title and not doc[end].ent_type_:
                end += 1
            stop = doc[end] if end < len(doc) else None
            if end > i and (stop is None or stop.is_punct or stop.lower_ in ("and", "or")):
                out.append(Span(doc, i, end, label="ORG"))
    return out


def org_ai_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'Institute for Human-Centered AI', 'Cohort for AI': an organisation's name cut before
    its last word AI, where the name asks for one (a hyphenated describing word, 'for', 'on')."""
    out: list[Span] = []
    starts = {e.start: e for e in ix.ents}
    for ent in ix.ents:
        if ent.label_ != "ORG" or ent.end + 1 >= len(doc):
            continue
        begin = ent.start + (ent[0].lower_ in DETERMINERS)
        dash = ent.end - 1 if ent[-1].text == "-" else ent.end
        nxt = starts.get(dash + 1)
        if doc[dash].text == "-" and _glued(doc, dash) and _glued(doc, dash + 1) and nxt:
            if nxt.label_ == "ORG" and nxt[-1].text == "AI":
                out.append(Span(doc, begin, nxt.end, label="ORG"))  # "Human-" "Centered AI"
            continue
        if doc[ent.end].text != "AI":
            continue
        last = ent[-1]
        hyphened = last.i >= 2 and doc[last.i - 1].text == "-" and _glued(doc, last.i)
        if hyphened or last.lower_ in ("for", "on", "of") or "-" in last.text:
            out.append(Span(doc, begin, ent.end + 1, label="ORG"))
    return out


CAMEL = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z0-9]*$")
CAMEL_SHAPE = re.compile(r"^Xx+X")


def camel_case_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'OpenUK', 'ZhipuAI', 'LightOn': a word written with a capital inside after lower-case
    letters is a name the NER left untagged (no dictionary word is written so); an
    organisation, unless a product noun follows ("the Vexbridge model" is retyped later).
    ("McCarthy", "MacLeod": surnames, left alone.)"""
    out: list[Span] = []
    # only the words whose shape has a capital after lower-case letters ("XxxxXX"), found
    # through the shapes the doc has, not by making a Token of every word
    strings = doc.vocab.strings
    shapes = {k for k in set(ix.shapes) if CAMEL_SHAPE.match(strings[k])}
    if not shapes:
        return out
    for tok in (doc[i] for i, shape in enumerate(ix.shapes) if shape in shapes):
        if tok.i in ix.ent_at or not CAMEL.match(tok.text) or tok.text.startswith(("Mc", "Mac")):
            continue
        out.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
    return out


def split_name_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'Vexmoor' (ORG) 'Tallis' (PERSON): one-word entities written side by side, neither a
    known name, are one organisation's name that the NER split in two."""
    out: list[Span] = []
    for a, b in zip(ix.ents, ix.ents[1:], strict=False):
        if b.start != a.end or len(a) != 1 or len(b) != 1 or a.ent_id_ or b.ent_id_:
            continue
        if {a.label_, b.label_} == {"ORG", "PERSON"} and a[0].is_title and b[0].is_title:
            out.append(Span(doc, a.start, b.end, label="ORG"))
    return out


# nouns that describe a person in an apposition ("X Y, a research scientist at Z")
PERSON_DESCRIPTORS = {"scientist", "researcher", "professor", "engineer", "analyst", "ceo", "cto"}


def cut_person_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'Imanol' (ORG) 'Schlag' (no tag): a one-word name the NER cut off before the surname,
    the surname a capitalised word of no entity that the first word is a compound of; taken as
    a person's two-word name where the grammar says a person: the speaker after a quote
    ("..., emphasizes Imanol Schlag") or a name with a job set beside it ("X Y, a research
    scientist at Z")."""
    jobs = words()["job_words"] | PERSON_DESCRIPTORS
    out: list[Span] = []
    for ent in ix.ents:
        if (
            len(ent) != 1
            or ent.ent_id_
            or ent.label_ not in ("ORG", "PERSON")
            or ent.end >= len(doc)
        ):
            continue
        first, last = ent[0], doc[ent.end]
        if not (last.is_title and last.is_alpha and last.pos_ == "PROPN" and not last.ent_type_):
            continue
        if first.dep_ != "compound" or first.head.i != last.i:
            continue
        if ent.end + 1 < len(doc) and doc[ent.end + 1].is_title:
            continue  # a longer name
        spoke = last.dep_ == "nsubj" and last.head.pos_ == "VERB" and last.head.i < first.i
        described = any(
            c.dep_ == "appos" and any(t.lower_ in jobs for t in c.subtree) for c in last.children
        )
        if spoke or described:
            out.append(Span(doc, ent.start, ent.end + 1, label="PERSON"))
    return out


# the last words of a body named for what it covers: "the Energy and Commerce Committee"
COMMITTEE_HEADS = {"committee", "subcommittee", "commission", "council", "caucus", "panel"}
# the houses a committee's name may open with, though the gazetteer knows them alone
CHAMBERS = {"senate", "house", "lords", "commons", "parliament"}


def committee_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'the Lords Communications and Digital Committee', 'the Senate Commerce, Science and
    Transportation Committee': a committee named for several subjects, which the NER cuts at
    the "and" or the comma. The name runs back over capitalised words, commas and "and" to
    a "the" (a name in a list, "Acme and the Digital Committee", stays apart), never over a
    name the gazetteer knows except a house of a parliament."""
    out: list[Span] = []
    # ("the House of Lords Communications and ...": a known house's name is crossed whole)
    houses = {t.i for e in ix.ents if any(w.lower_ in CHAMBERS for w in e) for t in e if e.ent_id_}
    for ent in ix.ents:
        if ent[-1].lower_ not in COMMITTEE_HEADS or ent[0].lower_ == "the" or ent.start < 3:
            continue
        start = ent.start
        while start > 0:
            prev = doc[start - 1]
            inner_of = prev.lower_ == "of" and bool(prev.ent_type_)  # "House of Lords"
            joining = prev.lower_ in ("and", "&", ",") or prev.i in houses or inner_of
            joiner = joining and start > 1 and doc[start - 2].is_title
            known = bool(prev.ent_id_) and prev.i not in houses and prev.lower_ not in CHAMBERS
            if known or prev.lower_ == "the" or not (joiner or (prev.is_title and prev.is_alpha)):
                break
            start -= 1
        joined = any(t.lower_ in ("and", "&", ",") for t in doc[start : ent.start])
        if joined and start > 0 and doc[start - 1].lower_ == "the":
            out.append(Span(doc, start, ent.end, label="ORG"))
    return out


def group_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'Republican senators', 'Democratic lawmakers': a party's legislators act together."""
    parties, groups = words()["party_words"], words()["group_nouns"]
    out: list[Span] = []
    forms = groups | {g.capitalize() for g in groups}
    for tok in (doc[i] for i in ix.where(forms) if i > 0):
        prev = doc[tok.i - 1]
        if prev.text in parties:
            out.append(Span(doc, tok.i - 1, tok.i + 1, label="NORP"))
    return out


def possessed_person_spans(doc: Doc, ix: _Index) -> list[Span]:
    """'Alibaba's Eddie Wu', 'Tencent's Pony Ma': two capitalised words after an organisation's
    possessive, untagged, neither a job title nor the start of a model's name, are a person
    (the tagger often misses names it has not seen, even in a list of leaders)."""
    jobs = words()["job_words"] | {"ceo", "cto", "scientist", "researcher", "engineer"}
    out: list[Span] = []
    for tok in (doc[i] for i in ix.where({"'s", "’s"})):
        at = tok.i + 1
        if tok.i < 1 or at + 2 > len(doc) or doc[tok.i - 1].ent_type_ not in ("ORG", "PRODUCT"):
            continue
        pair = doc[at : at + 2]
        after = doc[at + 2] if at + 2 < len(doc) else None
        if not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in pair):
            continue
        if any(t.ent_type_ not in ("", "PERSON") or t.lower_ in jobs for t in pair):
            continue
        if after is not None and (after.is_title or after.lower_ in words()["model_words"]):
            continue  # a longer name, or a model ("Acme's Nova Pro", "Acme's Nova model")
        out.append(Span(doc, at, at + 2, label="PERSON"))
    return out


@Language.component("newsbrief_phrases")
def phrase_names(doc: Doc) -> Doc:
    """Model versions, bills and documents, governments and agencies (see the module doc)."""
    if any(without_opener(e) is not e for e in doc.ents):
        doc.ents = [without_opener(e) for e in doc.ents]  # "Unlike Acme, ..." read as one name
    parts = [part for e in doc.ents for part in possessive_parts(e)]
    if len(parts) != len(doc.ents):  # "Orbit Labs’s Nimbus" read as one name
        # (no token in two names, whatever a part took in: spaCy refuses the whole list)
        doc.ents = filter_spans(parts)
    ix = _Index(doc)
    spans = [
        *model_spans(doc, ix),
        *code_model_spans(doc, ix),
        *lowercase_model_spans(doc, ix),
        *bill_spans(doc, ix),
        *document_spans(doc, ix),
        *licence_spans(doc, ix),
        *government_spans(doc, ix),
        *lowercase_body_spans(doc, ix),
        *possessed_document_spans(doc, ix),
        *agency_spans(doc, ix),
        *acronym_ai_spans(doc, ix),
        *appositive_org_spans(doc, ix),
        *titled_ai_org_spans(doc, ix),
        *acronym_title_spans(doc, ix),
        *misread_date_spans(doc, ix),
        *list_sibling_spans(doc, ix),
        *camel_case_spans(doc, ix),
        *overrun_list_spans(doc, ix),
        *country_list_spans(doc, ix),
        *group_spans(doc, ix),
        *split_name_spans(doc, ix),
        *cut_person_spans(doc, ix),
        *committee_spans(doc, ix),
        *org_ai_spans(doc, ix),
        *possessed_person_spans(doc, ix),
    ]
    apply_spans(doc, [without_opener(span) for span in spans], ix.ents)
    return doc


def possessive_parts(span: Span) -> list[Span]:
    """'Orbit Labs’s Nimbus', "Halvard University's Jane Roe": two names the NER read as one
    across a possessive, split there (the owner and the owned). Only when the owner's name
    has two words or more, or the owned is a two-word name that is no institution's ("Tom's
    Hardware", "King's College London" stay whole); never names whose own words hold a
    possessive ("People's Liberation Army") nor a law or order ("Biden's Executive Order")."""
    at = next((t.i for t in span[1:-1] if t.text in ("'s", "\u2019s")), None)
    if at is None or span.label_ == "LAW" or not span.doc[at + 1].is_title:
        return [span]
    doc, names = span.doc, words()
    left, right = doc[span.start : at], doc[at + 1 : span.end]
    if doc[at - 1].lower_ in names["possessive_name_words"]:
        return [span]
    if right[-1].text in names["document_heads"] or right[-1].text in names["possessive_heads"]:
        return [span]
    institution = any(
        t.lower_ in names["body_nouns"] or t.lower_ in UNIVERSITY_WORDS for t in right
    )
    start = span.start
    # ("Orbit" "Labs’s Nimbus": the owner's name begun before the entity, untagged)
    while start > 0 and start > span.start - 3 and owner_word_before(doc[start - 1]):
        start -= 1
    company = left[-1].text in names["company_suffixes"] or left[-1].lower_ in ORG_WORD_ENDS
    # ("Acme’s Nova 3.0": a version number after the owned name makes it a model's)
    after = doc[span.end] if span.end < len(doc) else None
    versioned = any(PLAIN_NUMBER.match(t.text) for t in (right[-1], after) if t is not None)
    if at - start < 2 and not company and not versioned and (len(right) < 2 or institution):
        return [span]
    # (the number joins the model's name unless another name holds it already)
    free = after is not None and PLAIN_NUMBER.match(after.text) and not after.ent_type_
    end = span.end + 1 if free else span.end
    return [
        Span(doc, start, at, label=span.label_),
        Span(doc, at + 1, end, label=span.label_),
    ]


# the words of a place of learning, whose possessive is part of its name ("King's College")
UNIVERSITY_WORDS = {"college", "university", "school", "academy", "hospital"}
# the last words of a company's name ("Orbit Labs", "Corvid AI")
ORG_WORD_ENDS = {"labs", "ai", "systems", "technologies", "research", "robotics"}


def owner_word_before(tok: Token) -> bool:
    """A capitalised name word with no entity of its own, just before an entity."""
    return tok.is_title and tok.pos_ == "PROPN" and not tok.ent_type_


def without_opener(span: Span) -> Span:
    """A name without the clause-opening word a rule or the NER took into it at the start of
    a sentence ("As Nimbus Labs grew, ...", "Unlike Acme, ...", "According to the X
    Declaration, ..."; the words: clause_openers), or the group that opens it ("Critics of
    the X Act": group_heads)."""
    first = span[0]
    if len(span) > 2 and first.lower_ in words()["group_heads"] and span[1].lower_ == "of":
        # "Critics of the Harbor Act": a group named by what it is for or against
        k = 2 + (span[2].lower_ == "the")
        if k >= len(span):
            return span
        return Span(span.doc, span.start + k, span.end, label=span.label_)
    if len(span) < 2 or first.pos_ not in ("SCONJ", "ADP", "VERB"):
        return span  # ("According" is read as a verb)
    if first.lower_ not in words()["clause_openers"]:
        return span
    k = 1  # "According to the Paris Declaration": the words after the opener too
    while k < len(span) - 1 and span[k].lower_ in ("to", "the", "a", "an"):
        k += 1
    return Span(span.doc, span.start + k, span.end, label=span.label_)
