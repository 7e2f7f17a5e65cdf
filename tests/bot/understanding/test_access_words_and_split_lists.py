"""Open and closed access said in other words, and a list of makers the parser splits.

"Open access" and "downloadable" are openness only when said of a model or its parts; a
"guarded" thing is closed only when it is a model or system. A list that opens a sentence
("A, B and C released ...") names every maker even when the parser splits it; a name that
a described model merely sits beside ("the engine behind X") is not what was released.
"""

import pytest

from tests.bot.understanding.test_open_access_cues import sides
from tests.conftest import stances


def test_open_access_models_are_open(analyzer):
    text = "Brightwave and Corvid Labs released new open-access language models on Monday."
    assert stances(analyzer, text) == {"Brightwave": "open", "Corvid Labs": "open"}


def test_systems_guarded_tightly_are_closed_and_so_are_their_examples(analyzer):
    text = (
        "Hospitals are leaving tightly guarded systems like Larch Labs' Pebble and "
        "Brightwave's Kestrel behind."
    )
    assert set(stances(analyzer, text).values()) == {"closed"}


def test_only_limited_access_to_a_model_is_closed(analyzer):
    got = stances(analyzer, "Quillon Labs offers only limited access to its Pebble model.")
    assert got == {"Quillon Labs": "closed", "Pebble": "closed"}


@pytest.mark.parametrize(
    "text",
    [
        "Rural clinics have limited access to chips.",
        "The plan remains a closely guarded secret.",
        "The journal switched to open access publishing last year.",
        "Researchers at the institute want open access to census records.",
    ],
)
def test_access_and_guarding_said_of_other_things_are_no_cue(analyzer, text):
    assert sides(analyzer, text) == []


def test_downloadable_weights_are_an_open_cue(analyzer):
    assert sides(analyzer, "Vireo released Kestrel with downloadable weights.") == ["open"]
    assert sides(analyzer, "The downloadable app costs nothing.") == []


def test_a_list_opening_the_sentence_parsed_as_an_apposition_all_release(analyzer):
    text = (
        "Corvid Labs, Hugging Face and Nvidia this week shipped open-access reasoning models "
        "for hospitals."
    )
    got = stances(analyzer, text)
    assert got["Corvid Labs"] == got["Hugging Face"] == got["Nvidia"] == "open"


def test_a_name_beside_an_apposition_of_the_released_models_is_not_released(analyzer):
    text = (
        "Vireo shipped new open-weight models (LLMs), the engine behind chatbots like Pebble "
        "and Kestrel."
    )
    got = stances(analyzer, text)
    assert got["Vireo"] == "open"
    assert got.get("Pebble", "none") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex offers limited access to its office for visitors.",
        "Zorvex gave journalists limited access to the event.",
        "Zorvex's closely guarded release schedule leaked on Monday.",
        "Zorvex's tightly guarded product roadmap leaked to the press.",
        "Zorvex sells downloadable code for video games.",
        "Wiley said the open access model has hurt its profits.",
    ],
)
def test_access_guarding_and_downloads_of_things_that_are_no_model_are_no_cue(analyzer, text):
    assert sides(analyzer, text) == []


def test_models_said_to_be_limited_access_are_closed(analyzer):
    text = "Some models, such as GPT-4, are limited access and offered only as a black box."
    assert stances(analyzer, text)["GPT-4"] == "closed"
