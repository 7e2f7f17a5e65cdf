"""The anchored matcher finds exactly what spaCy's Matcher finds, only trying fewer places."""

from __future__ import annotations

import spacy
from spacy.matcher import Matcher

from bot.understanding.anchored import AnchoredMatcher, first_words
from bot.understanding.cue_patterns import CLOSED_PATTERNS, OPEN_PATTERNS

PATTERNS = {
    "open": [
        [{"LOWER": "open"}, {"LOWER": {"IN": ["source", "weights"]}}],
        [{"LOWER": {"IN": ["freely", "openly"]}}, {"LOWER": "available", "OP": "?"}],
        [{"IS_DIGIT": True}, {"LOWER": "models"}],  # no literal first word: runs everywhere
    ],
    "closed": [[{"LOWER": "closed"}, {"IS_ALPHA": True, "OP": "*"}, {"LOWER": "api"}]],
}

TEXTS = [
    "The lab released open weights and made them freely available, unlike its closed chat API.",
    "Two models were openly shared; the closed , older systems kept an api.",
    "Nothing here matches at all.",
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


def test_first_words_of_a_pattern() -> None:
    assert first_words([{"LOWER": "open"}]) == [("lower_", "open")]
    assert first_words([{"LEMMA": {"IN": ["a", "b"]}}, {"LOWER": "x"}]) == [
        ("lemma_", "a"),
        ("lemma_", "b"),
    ]
    assert first_words([{"LOWER": "open", "OP": "?"}]) is None
    assert first_words([{"POS": "VERB"}]) is None
