"""Presenting a thing as open, charging another with a wrong, granting a point, and the
parser's slips that hide a clause's verb or a name's maker: each rule on self-written
sentences (never an article's wording)."""

import pytest
import spacy
from spacy.tokens import Doc

from bot.understanding.nlp import retag_verbs_read_as_nouns
from tests.conftest import stances

# -- a wrong done by means of the act: the act stays the doer's ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The lawsuit claims that OpenAI strayed from its founding ideals by keeping GPT-4 closed.",
        "Critics argue that OpenAI drifted away from its charter by keeping its models closed.",
    ],
)
def test_straying_by_means_of_an_act_keeps_the_act_as_the_doers_practice(analyzer, text):
    assert stances(analyzer, text)["OpenAI"] == "closed"


def test_who_alleges_a_wrong_done_by_an_act_holds_the_other_side(analyzer):
    got = stances(
        analyzer,
        "Elon Musk filed suit against OpenAI, alleging that the company had betrayed its "
        "mission by keeping its models closed.",
    )
    assert got["Elon Musk"] == "open"
    assert got["OpenAI"] == "closed"  # the company charged, though unnamed in the clause


def test_a_speakers_own_unnamed_company_is_still_the_speakers_framing(analyzer):
    got = stances(analyzer, "Sam Altman said the company would keep its models closed.")
    assert got == {"Sam Altman": "closed"}


# -- a kicker before a headline's colon ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "From open models to closed ones: Elon Musk sues OpenAI.",
    ],
)
def test_a_kicker_naming_a_change_is_not_the_verbs_argument(analyzer, text):
    assert stances(analyzer, text)["Elon Musk"] == "none"


# -- a headline verb read as a plural noun ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [("Google bets on open source.", "Google"), ("Mistral bets on open weights.", "Mistral AI")],
)
def test_a_headline_verb_read_as_a_noun_keeps_its_subject(analyzer, text, name):
    assert stances(analyzer, text)[name] == "open"


# -- presenting a thing as the cue -----------------------------------------------------------


def test_a_description_of_a_model_as_open_is_its_makers_claim(analyzer):
    got = stances(
        analyzer, "Meta's description of Llama as open source drew fire from researchers."
    )
    assert got["Meta"] == "open"
    assert got["Llama"] == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Meta's description of Llama as open source angered critics.",
        "Meta's description of Llama as open source has been disputed.",
    ],
)
def test_what_critics_make_of_a_label_does_not_turn_the_label(analyzer, text):
    got = stances(analyzer, text)
    assert got["Meta"] == got["Llama"] == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Mistral touted Mixtral as the best open-weight model.",
        "Mixtral was billed as an open model.",
        "Mixtral, which was marketed as open source, drew developers.",
    ],
)
def test_a_model_presented_as_open_is_described_open(analyzer, text):
    assert stances(analyzer, text)["Mixtral"] == "open"


# -- publishing research ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "OpenAI restricted research sharing on its models.",
        "Google has curbed the sharing of its AI research.",
    ],
)
def test_curbing_the_sharing_of_research_is_closed(analyzer, text):
    assert set(stances(analyzer, text).values()) == {"closed"}


def test_research_sharing_outside_ai_is_no_cue(analyzer):
    text = "Sam Altman spoke at a conference on research sharing in biology."
    assert stances(analyzer, text)["Sam Altman"] == "none"


# -- a point granted, then turned from -------------------------------------------------------


def test_a_point_granted_before_a_but_is_the_side_argued_against(analyzer):
    text = "Yann LeCun acknowledges the limits of open models but highlights their value."
    assert stances(analyzer, text)["Yann LeCun"] == "open"


def test_a_point_granted_without_a_turn_is_the_speakers_own(analyzer):
    text = "Yann LeCun acknowledges the limits of open models."
    assert stances(analyzer, text)["Yann LeCun"] == "closed"


# -- the parser's slips ----------------------------------------------------------------------


def test_a_root_tagged_noun_with_a_subject_and_an_object_is_retagged_a_verb():
    words = ["Labs", "release", "the", "weights", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 3, 1, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "punct"],
        pos=["NOUN", "NOUN", "DET", "NOUN", "PUNCT"],
        tags=["NNS", "NN", "DT", "NNS", "."],
    )
    retag_verbs_read_as_nouns(doc)
    assert doc[1].pos_ == "VERB"
    # a noun root without an object is left alone ("Google bets on ...")
    doc2 = Doc(
        spacy.blank("en").vocab,
        words=["Google", "bets", "."],
        heads=[1, 1, 1],
        deps=["compound", "ROOT", "punct"],
        pos=["PROPN", "NOUN", "PUNCT"],
    )
    retag_verbs_read_as_nouns(doc2)
    assert doc2[1].pos_ == "NOUN"


def test_a_country_owning_a_company_only_says_where_it_comes_from(analyzer):
    got = stances(
        analyzer, "Labs such as Mistral and China's DeepSeek publish their weights openly."
    )
    assert got["Mistral AI"] == got["DeepSeek"] == "open"
    assert got["China"] == "none"


def test_a_from_hung_on_the_verb_right_after_the_noun_names_its_makers(analyzer):
    got = stances(
        analyzer,
        "The hearing focused on open-weight models from firms such as DeepSeek and Alibaba.",
    )
    assert got["DeepSeek"] == got["Alibaba"] == "open"


def test_an_organisation_is_named_by_its_distinctive_word_alone(analyzer):
    got = stances(
        analyzer,
        "Sarvam AI released a model on Monday. Later, Sarvam’s shift to open source surprised rivals.",
    )
    assert got == {"Sarvam AI": "open"}


# -- judgements, questions and denials -------------------------------------------------------


def test_warning_against_models_judged_badly_counts_the_judgement_once(analyzer):
    got = stances(analyzer, "Yann LeCun warned against closed models that lack transparency.")
    assert got["Yann LeCun"] == "open"


def test_whether_a_model_will_be_open_is_an_open_question(analyzer):
    got = stances(analyzer, "It remains unclear whether Mistral's next model will be open source.")
    assert got["Mistral AI"] == "none"


def test_denying_ones_own_support_for_a_side_is_the_other(analyzer):
    got = stances(analyzer, "Mistral denied its support for open-source AI.")
    assert got["Mistral AI"] == "closed"


# -- who acts: a part of an organisation, a country's ministry, a misread apposition ---------


@pytest.mark.parametrize(
    "text",
    [
        "Meta's research division has championed open science.",
        "Meta's AI lab (FAIR) has long championed open science.",
    ],
)
def test_a_part_of_an_organisation_acts_for_it(analyzer, text):
    assert stances(analyzer, text)["Meta"] == "open"


def test_a_countrys_ministry_is_the_country_acting_not_its_home_only(analyzer):
    got = stances(
        analyzer,
        "An official from France's Ministry of the Armed Forces said open models matter.",
    )
    assert got["France"] == "open"


def test_the_evaluator_of_a_model_is_not_its_maker(analyzer):
    got = stances(
        analyzer,
        "Reflection 70B is an open-source model. Artificial Analysis reported that their "
        "review of Reflection 70B showed weak results.",
    )
    assert got["Reflection 70B"] == "open"
    assert got["Artificial Analysis"] == "none"


@pytest.mark.parametrize(
    "text",
    [
        # the object pronoun is not its own clause's subject (that would be "herself")
        "Kari Lund posted a message. Dana Pell accused her of lobbying to outlaw open-source AI.",
        # an accusation in a participle with no subject of its own
        "Dana Pell replied to Kari Lund's post by accusing her of lobbying to outlaw open-source AI.",
        # the act quoted as a phrase inside the accuser's clause
        'Dana Pell replied to Kari Lund by accusing her of "lobbying to outlaw open source" research.',
    ],
)
def test_the_person_accused_of_an_act_holds_its_side(analyzer, text):
    got = stances(analyzer, text)
    assert got["Kari Lund"] == "closed"
    assert got["Dana Pell"] == "open"


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        (
            "OpenAI has been criticized for becoming more closed since its deal.",
            "OpenAI",
            "closed",
        ),
        ("Meta was praised for growing more open.", "Meta", "open"),
    ],
)
def test_a_company_judged_for_becoming_more_open_or_closed_became_so(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


def test_a_place_becoming_closed_to_visitors_is_no_cue(analyzer):
    got = stances(analyzer, "Paris was criticized for becoming more closed to tourists.")
    assert set(got.values()) <= {"none"}


def test_becoming_less_closed_is_not_read_as_closed(analyzer):
    assert stances(analyzer, "Meta was praised for becoming less closed.").get("Meta") != "closed"
