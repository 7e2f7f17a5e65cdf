"""The anchored matcher finds exactly what spaCy's Matcher finds, only trying fewer places."""

from __future__ import annotations

import spacy
from spacy.matcher import Matcher

from bot.understanding.anchored import WINDOW, AnchoredMatcher, anchor, longest
from bot.understanding.cue_patterns import CLOSED_PATTERNS, OPEN_PATTERNS

PATTERNS = {
    "open": [
        [{"LOWER": "open"}, {"LOWER": {"IN": ["source", "weights"]}}],
        [{"LOWER": {"IN": ["freely", "openly"]}}, {"LOWER": "available", "OP": "?"}],
        [{"IS_DIGIT": True}, {"LOWER": "models"}],  # no literal first word: runs everywhere
    ],
    "closed": [[{"LOWER": "closed"}, {"IS_ALPHA": True, "OP": "*"}, {"LOWER": "api"}]],
    # anchored one and two tokens after the start
    "org": [
        [{"IS_TITLE": True}, {"ORTH": "AI"}],
        [{"IS_ALPHA": True}, {"IS_ALPHA": True}, {"LOWER": "labs"}, {"LOWER": "inc", "OP": "?"}],
    ],
}

TEXTS = [
    "The lab released open weights and made them freely available, unlike its closed chat API.",
    "Two models were openly shared; the closed , older systems kept an api.",
    "Nothing here matches at all.",
    "AI from Vantage AI and Quill Works Labs Inc, then labs and AI.",
    "",
]


def _both(nlp: spacy.Language, patterns: dict) -> tuple[Matcher, AnchoredMatcher]:
    plain, anchored = Matcher(nlp.vocab), AnchoredMatcher(nlp.vocab)
    for label, items in patterns.items():
        plain.add(label, items)
        anchored.add(label, items)
    return plain, anchored


def test_same_matches_as_the_plain_matcher_on_a_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    plain, anchored = _both(nlp, PATTERNS)
    for text in TEXTS:
        doc = nlp(text)
        assert sorted(set(plain(doc))) == sorted(set(anchored(doc))), text
    doc = nlp(TEXTS[0])
    labels = {nlp.vocab.strings[m] for m, _, _ in anchored(doc)}
    assert labels == {"open", "closed"}
    doc = nlp(TEXTS[3])
    org = {doc[s:e].text for m, s, e in anchored(doc) if nlp.vocab.strings[m] == "org"}
    assert org == {"Vantage AI", "Quill Works Labs", "Quill Works Labs Inc"}


def test_same_matches_for_the_real_cue_patterns() -> None:
    nlp = spacy.blank("en")
    usable = {
        "open": [p for p in OPEN_PATTERNS if not any("LEMMA" in t for t in p)],
        "closed": [p for p in CLOSED_PATTERNS if not any("LEMMA" in t for t in p)],
    }
    plain, anchored = _both(nlp, usable)
    text = (
        "The weights are freely available to download, under a licence that permits commercial "
        "use, while the rival keeps its closed-source model behind a paid API for subscribers. "
        "Critics call it fearmongering and regulatory capture; others want open-source AI."
    )
    doc = nlp(text)
    assert sorted(set(plain(doc))) == sorted(set(anchored(doc)))
    assert anchored(doc)


def test_anchor_of_a_pattern() -> None:
    assert anchor([{"LOWER": "open"}]) == (0, [("lower_", "open")])
    assert anchor([{"LEMMA": {"IN": ["a", "b"]}}, {"LOWER": "x"}]) == (
        0,
        [("lemma_", "a"), ("lemma_", "b")],
    )
    assert anchor([{"IS_TITLE": True}, {"ORTH": "AI"}]) == (1, [("text", "AI")])
    assert anchor([{"LOWER": "open", "OP": "?"}]) is None
    assert anchor([{"IS_TITLE": True, "OP": "*"}, {"ORTH": "AI"}]) is None
    assert anchor([{"POS": "VERB"}]) is None


def test_longest_match_bounds_the_window() -> None:
    assert longest([{"LOWER": "open"}, {"LOWER": "source", "OP": "?"}]) == 2
    assert longest([{"LOWER": "open"}, {"IS_ALPHA": True, "OP": "*"}]) == WINDOW
    assert longest([{"LOWER": "open"}, {"IS_ALPHA": True, "OP": "{2,3}"}]) == WINDOW


def test_same_matches_when_a_match_fills_its_window() -> None:
    """A pattern as long as its window still matches at the doc's very end."""
    nlp = spacy.blank("en")
    patterns = {"closed": [[{"LOWER": "kept"}, {"LOWER": "it"}, {"LOWER": "private"}]]}
    plain, anchored = _both(nlp, patterns)
    for text in ("They kept it private", "They kept it private.", "They kept it"):
        doc = nlp(text)
        assert sorted(set(plain(doc))) == sorted(set(anchored(doc))), text
    assert anchored(nlp("They kept it private")) == [(nlp.vocab.strings["closed"], 1, 4)]


def test_every_cue_pattern_has_an_anchor():
    """A cue pattern without a word to anchor on runs over the whole doc in a plain Matcher
    of its own: one such pattern cost a few per cent of every analysis. Each begins with a
    required word, or reaches one after fixed single tokens."""
    unanchored = [p for p in (*OPEN_PATTERNS, *CLOSED_PATTERNS) if anchor(p) is None]
    assert unanchored == []
