"""Names that are not players, and marks that hide one (self-written text): an outlet cited by
a telling verb or named with its channel, a date read as a product, terms in capitals, an
opening quote typed for an apostrophe, a bracket left open in a name."""

import pytest
import spacy

from bot.understanding.analyze import plain_text
from bot.understanding.players import clean_mention
from tests.conftest import analyze_text, stances


def names(analyzer, text: str) -> set[str]:
    return {p.name for p in analyze_text(analyzer, "Names test", text).players}


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Speaking on BBC Radio 4 on Monday, Jane Roe said open models are safe.", "BBC Radio 4"),
        ("President Macron assured CNBC that France will invest in open models.", "CNBC"),
        (
            "VentureBeat highlights that the Zeta release uses the Apache 2.0 license.",
            "VentureBeat",
        ),
    ],
)
def test_an_outlet_cited_or_named_with_its_channel_is_no_player(analyzer, text, outlet):
    assert outlet not in names(analyzer, text)


def test_an_outlet_that_acts_stays_a_player(analyzer):
    text = "CNBC signed a licensing deal with OpenAI, which will train on its archive."
    assert "CNBC" in names(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The filing, dated Sep 19, says Orbit Labs will publish its weights.",
        "Orbit Labs said on Oct. 3 that its Zeta model is open source.",
    ],
)
def test_a_month_and_a_day_are_no_player(analyzer, text):
    assert not any(n.split()[0].rstrip(".") in ("Sep", "Oct") for n in names(analyzer, text))


@pytest.mark.parametrize("term", ["DNA", "RNA", "UI", "IP", "MoU"])
def test_terms_in_capitals_are_no_players(analyzer, term):
    text = f"Orbit Labs said its {term} work matters, and Jane Roe agreed with Orbit Labs."
    assert term not in names(analyzer, text)


def test_an_opening_quote_typed_for_an_apostrophe_is_read_as_one():
    assert plain_text("Alibaba\u2018s Qwen") == "Alibaba\u2019s Qwen"
    assert plain_text("He said \u2018so\u2019 twice") == "He said \u2018so\u2019 twice"


def test_a_possessive_with_a_turned_quote_keeps_the_owner(analyzer):
    got = stances(analyzer, "Analysts say Alibaba\u2018s Qwen is open source.")
    assert got.get("Alibaba") == "open"
    assert not any("\u2018" in n for n in got)


@pytest.mark.parametrize(
    ("words", "name"),
    [("Li Yong (Interviewer", "Li Yong"), ("Zeta (2B)", "Zeta (2B)")],
)
def test_a_bracket_left_open_ends_a_name(words, name):
    doc = spacy.blank("en")(words)
    assert clean_mention(doc[0 : len(doc)]) == name
