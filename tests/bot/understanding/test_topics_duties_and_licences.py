"""What is spoken of, duties laid on open models, harm to one's own, licences and places
that make a model open, and names the parser joins oddly: each rule on self-written
sentences (never an article's wording)."""

import pytest

from tests.conftest import analyze_text, stances


@pytest.mark.parametrize(
    "text",
    [
        "Yann LeCun spoke about open-source AI at the summit.",
        "Yann LeCun has written about open models for years.",
        "Yann LeCun posted on open source last week.",
    ],
)
def test_what_someone_speaks_of_is_no_side(analyzer, text):
    assert stances(analyzer, text)["Yann LeCun"] == "none"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Dario Amodei warned about open models.", "closed"),  # a worry is a side
        ("Yann LeCun wrote about the promise of open models.", "open"),  # so is a judgement
    ],
)
def test_what_is_said_of_the_thing_spoken_of_still_counts(analyzer, text, side):
    (got,) = stances(analyzer, text).values()
    assert got == side


@pytest.mark.parametrize(
    "text",
    [
        "The Executive Order mandates that open models pass a security check.",
        "The Executive Order mandates that open-weight models obtain a permit first.",
    ],
)
def test_a_duty_laid_on_open_models_by_a_clause_is_a_restraint(analyzer, text):
    assert stances(analyzer, text)["Executive Order"] == "closed"


def test_harming_ones_own_open_industry_leaves_it(analyzer):
    text = "The United States is slowing its own open-source sector."
    assert stances(analyzer, text)["United States"] == "closed"


def test_harming_anothers_open_program_leaves_its_owner_open(analyzer):
    assert stances(analyzer, "The bill would slow Meta's open-source program.")["Meta"] == "open"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("DeepSeek V4 is MIT-licensed.", "DeepSeek V4"),
        ("Gemma 4 is released under Apache 2.0.", "Gemma 4"),
        ("Mistral Small 4 is available under Apache 2.0.", "Mistral Small 4"),
        ("Qwen 3 is available on Hugging Face.", "Qwen 3"),
        ("The weights of Qwen 3 are available on Hugging Face.", "Qwen 3"),
    ],
)
def test_a_permissive_licence_or_a_public_hub_makes_a_model_open(analyzer, text, name):
    assert stances(analyzer, text)[name] == "open"


def test_a_licence_named_before_licensed_is_no_player(analyzer):
    assert "MIT" not in stances(analyzer, "DeepSeek V4 is MIT-licensed.")


def test_the_hub_a_model_is_posted_to_holds_nothing(analyzer):
    assert stances(analyzer, "Qwen 3 is available on Hugging Face.")["Hugging Face"] == "none"


def test_a_name_coordinated_with_a_word_inside_another_name_shares_its_predicate(analyzer):
    got = stances(analyzer, "Mistral Small 4 and Llama 4 are among the latest open releases.")
    assert got["Mistral Small 4"] == got["Llama 4"] == "open"


def test_a_verb_far_above_the_cue_does_not_make_it_its_subjects_act(analyzer):
    far = "Meta fixed an error in the code of a tool for the study of open-weight models."
    assert stances(analyzer, far)["Meta"] == "none"


# -- exports as a verb, reports and findings -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Commerce Department proposed rules that would require licenses for exporting "
            "model weights.",
            "Department of Commerce",
        ),
        ("Senator Josh Hawley wants to stop companies from exporting AI models.", "Josh Hawley"),
    ],
)
def test_curbing_the_export_of_models_named_by_a_verb_is_closed(analyzer, text, name):
    assert stances(analyzer, text)[name] == "closed"


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        (
            "The NTIA report concluded that curbs on open-weight models are not needed yet.",
            "National Telecommunications and Information Administration",
            "open",
        ),
        ("The RAND study found that open-weight models pose new risks.", "RAND", "closed"),
    ],
)
def test_a_report_named_for_its_author_speaks_for_it(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


def test_finding_success_with_open_models_is_no_finding_reported(analyzer):
    an = analyze_text(analyzer, "Topics test", "Meta found success with open models.")
    (meta,) = an.players
    assert meta.basis != "said"


# -- lists and wholes ------------------------------------------------------------------------


def test_examples_of_the_whole_a_part_is_of_share_its_predicate(analyzer):
    got = stances(
        analyzer,
        "The authors say a small number of research LLMs, such as AllenAI's OLMo, could be "
        "deemed open.",
    )
    assert got["OLMo"] == "open"
    got = stances(analyzer, "Only a couple of research models, like AllenAI's OLMo, are open.")
    assert got["OLMo"] == "open"


def test_a_plural_clause_on_a_lists_last_name_speaks_of_the_whole_list(analyzer):
    got = stances(
        analyzer,
        "Labs such as Amazon-funded Anthropic, Google's DeepMind and OpenAI, which have all "
        "built closed models, met the minister.",
    )
    assert got["OpenAI"] == got["Google DeepMind"] == got["Anthropic"] == "closed"


def test_a_singular_clause_on_a_lists_last_name_speaks_of_that_name_alone(analyzer):
    got = stances(analyzer, "Meta, Google and Mistral, which has kept its best model closed, met.")
    assert got["Mistral AI"] == "closed"
    assert got["Meta"] == got["Google"] == "none"


def test_the_models_of_an_organisation_are_its_own(analyzer):
    got = stances(
        analyzer, "Critics set the startup against the closed models of Anthropic and Google."
    )
    assert got["Anthropic"] == got["Google"] == "closed"
