"""A model's parts named without the model, and names listed after a colon (self-written
text): "the weights" and "its code and weights" stand for the model just named; weights
released in the passive; a list after a time ("released open models this year: A, B")."""

import pytest

from tests.conftest import stances

INTRO = "Brightline unveiled Kestrel-1B, a small language model, on Monday. "


@pytest.mark.parametrize(
    ("second", "side"),
    [
        ("The code and model weights have all been open-sourced.", "open"),
        ("The weights are available on Hugging Face under an MIT licence.", "open"),
        ("The weights can be downloaded for free.", "open"),
        ("Its code and weights are public.", "open"),
        ("The weights will not be released.", "closed"),
    ],
)
def test_the_parts_of_the_model_just_named_are_that_model(analyzer, second, side):
    got = stances(analyzer, INTRO + second)
    assert got["Kestrel-1B"] == side
    assert got["Brightline"] == side  # its maker, through the model


@pytest.mark.parametrize(
    "second",
    [
        "Open weights are a boon for researchers everywhere, critics of Brightline say.",
        "The weights of rival systems remain secret.",
    ],
)
def test_weights_in_general_or_of_others_are_not_the_model(analyzer, second):
    got = stances(analyzer, "Brightline unveiled Kestrel-1B on Monday. " + second)
    assert got["Kestrel-1B"] == "none"


def test_parts_long_after_the_model_was_named_are_no_one(analyzer):
    text = (
        "Brightline unveiled Kestrel-1B on Monday. Shares rose in early trading. Analysts "
        "expect more deals. Rivals were quiet. The weights are public."
    )
    assert stances(analyzer, text)["Kestrel-1B"] == "none"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Kestrel-1B's weights will be released next week.", "open"),
        ("Kestrel-1B's weights were published on Monday.", "open"),
        ("Kestrel-1B's weights will never be released.", "closed"),
    ],
)
def test_weights_released_in_the_passive(analyzer, text, side):
    assert stances(analyzer, text)["Kestrel-1B"] == side


def test_the_weights_in_a_passive_of_something_else_are_no_release(analyzer):
    got = stances(analyzer, "Kestrel-1B's weights were stolen on Monday.")
    assert got["Kestrel-1B"] == "none"


def test_a_list_after_a_colon_past_a_time_are_the_ones_described(analyzer):
    text = (
        "Several firms have released open-weight models this year: Orbit Labs, Lumen Labs "
        "and Dunmore Systems."
    )
    assert stances(analyzer, text)["Dunmore Systems"] == "open"


def test_parts_their_own_clause_defines_are_not_the_model(analyzer):
    text = (
        "Brightline unveiled Kestrel-1B on Monday. Orbit Labs believes AI should be open, "
        "by which it means the code behind any model is freely available to all."
    )
    assert stances(analyzer, text)["Kestrel-1B"] == "none"


def test_a_licence_said_of_a_subject_describes_it_whatever_its_verb(analyzer):
    text = "Kestrel-2B, released under an MIT licence last week, runs on phones."
    assert stances(analyzer, text)["Kestrel-2B"] == "open"


def test_a_subject_that_uses_open_models_is_still_a_user(analyzer):
    text = "Orbit Labs, which uses open models, runs on cheap chips."
    assert stances(analyzer, text)["Orbit Labs"] == "none"


def test_a_paywall_with_its_price_is_still_a_paywall(analyzer):
    text = "Verdant Minds' flagship assistant, Sable-2, sits behind a $30-per-month paywall."
    assert stances(analyzer, text)["Sable-2"] == "closed"


def test_weights_ruled_out_are_refused(analyzer):
    text = "Glasswing AI has ruled out releasing the weights of its video model."
    assert stances(analyzer, text)["Glasswing AI"] == "closed"


def test_a_model_released_with_its_weights_is_open(analyzer):
    text = "Larkspur-3B was released with its full dataset, code and weights."
    assert stances(analyzer, text)["Larkspur-3B"] == "open"


def test_a_model_released_without_its_weights_is_not_open(analyzer):
    text = "Larkspur-3B was released without its dataset, code or weights."
    assert stances(analyzer, text)["Larkspur-3B"] == "none"  # "without": no release cue read


@pytest.mark.parametrize(
    "text",
    [
        "Bramble's translation model is available only through its API.",
        "Bramble's translation model is hosted only through its API.",
    ],
)
def test_an_owners_model_reached_only_through_an_api_is_closed(analyzer, text):
    assert stances(analyzer, text)["Bramble"] == "closed"


def test_a_model_sold_only_through_a_paid_platform_is_its_owners_closed_one(analyzer):
    text = (
        "Tessel AI released a small model under Apache 2.0 on Wednesday, though its largest "
        "model is still sold only through the company's paid platform."
    )
    assert stances(analyzer, text)["Tessel AI"] == "mixed"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Jane Roe argued that a model able to help build a weapon should never be downloadable.",
            "closed",
        ),
        ("Jane Roe said every model her lab trains will be downloadable.", "open"),
    ],
)
def test_a_model_said_to_be_downloadable_is_open(analyzer, text, side):
    assert stances(analyzer, text)["Jane Roe"] == side


def test_an_app_said_to_be_available_is_no_model_handed_out(analyzer):
    assert (
        stances(analyzer, "Jane Roe said the chatbot app will be available in May.")["Jane Roe"]
        == "none"
    )
