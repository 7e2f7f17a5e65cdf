"""A title before a name ("open-source AI platform provider X") is the writer's description
of that name, which no verb of the sentence says; a clause the parser hangs on an apposition
is not part of what the apposition describes."""

from tests.conftest import stances


def test_a_title_of_several_descriptor_nouns_describes_the_name_after_it(analyzer):
    text = (
        "Google Cloud and open source AI platform provider Hugging Face said on Friday they "
        "would work together."
    )
    got = stances(analyzer, text)
    assert got["Hugging Face"] == "open"
    assert got["Google"] == "none"


def test_a_name_described_inside_the_subject_says_nothing_for_the_subject(analyzer):
    text = (
        "Vireo and open-weight model maker Mistral signed a hosting agreement on Monday, "
        "the companies said."
    )
    got = stances(analyzer, text)
    assert got["Mistral AI"] == "open"
    assert got.get("Vireo", "none") == "none"


def test_a_cue_inside_a_plan_name_still_speaks_for_who_announced_it(analyzer):
    text = (
        "Leading the field is Germany, which last week unveiled its national AI plan, called "
        "the National Open Source Foundation Models."
    )
    assert stances(analyzer, text)["Germany"] == "open"


def test_a_closed_cue_in_a_clause_hung_on_an_apposition_does_not_unsay_it(analyzer):
    text = (
        "Executives discussed moving away from the company's open-source model, Behemoth, "
        "and building a closed model instead."
    )
    assert stances(analyzer, text)["Behemoth"] == "open"
