"""Views given by the shape of the sentence: 'X's fear (hope) is that ...', 'What worries X
(what X wants) is ...', 'In X's view, ...', 'For X, ...'; and an infinitive the parser hangs
on the verb above the noun it completes ('pushed back on calls | to restrict ...').
Self-written text."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Lena Ortiz's worry is that open models will be misused.", "closed"),
        ("Lena Ortiz's biggest concern is that open-weight models could help attackers.", "closed"),
        ("Lena Ortiz's concern is that closed models concentrate power.", "open"),
        ("Lena Ortiz's hope is that open models will spread.", "open"),
        ("What Lena Ortiz fears is a world flooded with open-weight models.", "closed"),
        ("What Lena Ortiz wants is more open-source models.", "open"),
        ("What Lena Ortiz dislikes is proprietary AI.", "open"),
        ("What concerns Lena Ortiz is the release of open model weights.", "closed"),
        ("What worries Lena Ortiz most is the spread of open-weight models.", "closed"),
        ("What Lena Ortiz worries about is open-source AI falling into the wrong hands.", "closed"),
    ],
)
def test_feeling_stated_by_a_copula(analyzer, text, side):
    assert stances(analyzer, text)["Lena Ortiz"] == side


def test_feeling_noun_with_its_own_words_is_no_view(analyzer):
    got = stances(analyzer, "Lena Ortiz's fear of open models is overblown, critics say.")
    assert got["Lena Ortiz"] == "none"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("In Lena Ortiz's view, proprietary models are safer.", "closed"),
        ("In Lena Ortiz's opinion, open-source AI is a public good.", "open"),
        ("In the eyes of Lena Ortiz, open-source AI is a public good.", "open"),
        ("For Lena Ortiz, open models are the only way to keep AI accountable.", "open"),
    ],
)
def test_view_given_by_a_phrase(analyzer, text, side):
    assert stances(analyzer, text)["Lena Ortiz"] == side


@pytest.mark.parametrize(
    "text",
    [
        "For years, open models lagged behind, Lena Ortiz noted in passing about Nexa.",
        "For developers like Lena Ortiz, the week brought new open models to try.",
    ],
)
def test_for_that_names_no_viewer(analyzer, text):
    got = stances(analyzer, text)
    assert got["Lena Ortiz"] == "none"
    assert set(got.values()) == {"none"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Lena Ortiz pushed back on calls to restrict open-source models.", "open"),
        ("Lena Ortiz pushed back against calls to restrict open-source models.", "open"),
        ("Lena Ortiz criticized attempts to ban open-weight models.", "open"),
        ("Lena Ortiz welcomed efforts to restrict open-source models.", "closed"),
        # a purpose of her own, not a noun's
        ("Lena Ortiz went to Brussels to defend open-source models.", "open"),
    ],
)
def test_infinitive_completing_a_noun_of_striving(analyzer, text, side):
    assert stances(analyzer, text)["Lena Ortiz"] == side


def test_cleft_worry_reads_as_the_plain_verb_does(analyzer):
    # as "OpenAI fears open models" does
    assert stances(analyzer, "What worries OpenAI most is open models.")["OpenAI"] == "closed"


@pytest.mark.parametrize(
    "text",
    [
        # a fear of a restraint on the cue defends it (review18b)
        "Lena Ortiz's fear is that regulators will ban open models.",
        "Lena Ortiz's fear is that lawmakers will restrict open models.",
        "What Lena Ortiz opposes is the ban on open models.",
        "What worries Lena Ortiz is that lawmakers will ban open models.",
    ],
)
def test_fear_of_a_restraint_defends_the_cue(analyzer, text):
    assert stances(analyzer, text)["Lena Ortiz"] == "open"


@pytest.mark.parametrize(
    ("text", "player"),
    [
        # what befell one, or someone else's words, is no view of one's own
        (
            "For Meta, the ruling was a blow: the court said open models must be restricted.",
            "Meta",
        ),
        ("For OpenAI, the new rules restricting open models are good news.", "OpenAI"),
        # a purpose, not the noun's infinitive
        ("Lena Ortiz ignored the calls to comment on Meta's open models.", "Lena Ortiz"),
    ],
)
def test_no_view_for_the_named(analyzer, text, player):
    assert stances(analyzer, text)[player] == "none"


def test_infinitive_of_purpose_after_a_use_keeps_its_subject(analyzer):
    text = "Lena Ortiz used the campaign to attack open models."
    assert stances(analyzer, text)["Lena Ortiz"] == "closed"
