"""Curbs on chips and licences for creative works are not about models; an accused list
and a pointed group ("these companies") name every player they stand for."""

import pytest

from tests.bot.understanding.test_open_access_cues import sides
from tests.conftest import stances


@pytest.mark.parametrize(
    "text",
    [
        "The United States keeps tightening export restrictions on AI chips bound for Asia.",
        "Officials announced export controls on advanced AI processors last week.",
    ],
)
def test_curbs_on_ai_hardware_are_no_cue(analyzer, text):
    assert sides(analyzer, text) == []


def test_curbs_on_chips_and_model_weights_still_curb_the_weights(analyzer):
    text = "The rule sets export controls on powerful AI chips and on model weights."
    assert sides(analyzer, text) == ["closed"]


def test_a_licensing_regime_for_copyrighted_works_is_no_cue(analyzer):
    text = "The union urged ministers to back the copyright licensing regime for artists."
    assert sides(analyzer, text) == []
    assert sides(analyzer, "Lawmakers want a licensing regime for frontier models.") == ["closed"]


def test_everyone_in_an_accused_list_holds_what_they_are_accused_of(analyzer):
    text = (
        "Yann LeCun accused Sam Altman, Demis Hassabis and Dario Amodei of scheming to keep "
        "AI models closed."
    )
    got = stances(analyzer, text)
    assert got["Sam Altman"] == got["Demis Hassabis"] == got["Dario Amodei"] == "closed"


def test_these_companies_after_one_subject_are_the_list_before(analyzer):
    text = (
        "Meta released Llama last year. Google and Amazon have not. These companies keep "
        "their best models proprietary."
    )
    got = stances(analyzer, text)
    assert got["Google"] == got["Amazon"] == "closed"


def test_a_licensing_regime_for_models_beside_copyright_is_still_a_cue(analyzer):
    text = "Senator Jane Roe backed a licensing regime for AI models, separate from copyright law."
    assert stances(analyzer, text)["Jane Roe"] == "closed"


def test_curbs_on_ai_hardware_and_software_curb_the_software(analyzer):
    text = "Senator Jane Roe backed export restrictions on AI hardware and software."
    assert stances(analyzer, text)["Jane Roe"] == "closed"
