"""Kinds of cue sentence, end to end: which side each player ends up with (self-written text)."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        ("OpenAI has refused to release the weights of GPT-4.", "OpenAI", "closed"),
        ("Google declined to release the weights of Gemini.", "Gemini", "closed"),
        ("Senator Jane Roe is leading the fight against open-source AI.", "Jane Roe", "closed"),
        # near misses
        ("Google plans to release the weights of Gemma.", "Gemma", "open"),
        ("Senator Jane Roe is leading the fight for open-source AI.", "Jane Roe", "open"),
    ],
)
def test_refusing_or_fighting_against_a_side(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side


@pytest.mark.parametrize(
    ("text", "player"),
    [
        (
            "Anthropic's Claude is accessible only through its website and an enterprise API.",
            "Claude",
        ),
        ("OpenAI offers GPT-4 only via a chat interface.", "GPT-4"),
        ("Anthropic put Claude behind a waitlist.", "Claude"),
        ("Gemini is available only to paying subscribers.", "Gemini"),
        ("Gemini Ultra is only available to select developers.", "Gemini Ultra"),
        ("Gemini Ultra is accessible only to its premium subscribers.", "Gemini Ultra"),
        ("OpenAI sells paywalled models to banks.", "OpenAI"),
        ("Claude can only be accessed via a chatbot or a paid API.", "Claude"),
        ("Gemini is only available via a phone app and a cloud console.", "Gemini"),
    ],
)
def test_access_only_through_a_product_surface_is_closed(analyzer, text, player):
    assert stances(analyzer, text)[player] == "closed"


@pytest.mark.parametrize(
    "text",
    [
        # near misses: "only through" about something else; a paywall that is not a model's
        "Only through open research can small labs compete, said Clement Delangue.",
        "Llama runs on phones and laptops, and Meta offers it through an app as well.",
        "The news site about Llama is paywalled.",
        "Llama can be run on any laptop, not only in the cloud.",
        "Llama is only available in English for now, through a download.",
        "Llama is available to developers, but only to those who download it.",
    ],
)
def test_access_words_that_are_not_closed_practice(analyzer, text):
    assert "closed" not in stances(analyzer, text).values()


@pytest.mark.parametrize(
    ("text", "player"),
    [
        ("Meta licensed Llama for commercial use.", "Llama"),
        ("Mistral AI made Mixtral available for research and commercial use.", "Mistral AI"),
        ("Hugging Face says anyone can fine-tune the model.", "Hugging Face"),
        ("Hugging Face says anyone can build on the model.", "Hugging Face"),
        ("Hugging Face released an open dataset of licensed text.", "Hugging Face"),
        ("Hugging Face called for transparency about training data.", "Hugging Face"),
    ],
)
def test_open_practice_without_the_word_open(analyzer, text, player):
    assert stances(analyzer, text)[player] == "open"


def test_a_licence_that_withholds_commercial_use_is_not_open(analyzer):
    assert stances(analyzer, "Meta said its licence does not permit commercial use.")["Meta"] == (
        "closed"
    )


@pytest.mark.parametrize(
    "text",
    [
        # near misses: transparency about other things; anyone using a product; a data plea
        "Senator Jane Roe called for transparency in the budget process.",
        "OpenAI asked for transparency about its models' energy use.",
        "Google says anyone can use Gemini in the app.",
        "Senator Jane Roe called for transparency about how companies use customer data.",
    ],
)
def test_near_misses_of_open_practice(analyzer, text):
    assert "open" not in stances(analyzer, text).values()


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        ("OpenAI withheld the weights of GPT-4.", "GPT-4", "closed"),
        (
            "Google has disclosed little about the training data behind its models.",
            "Google",
            "closed",
        ),
        ("OpenAI revealed nothing about the architecture of GPT-4.", "OpenAI", "closed"),
        ("Meta published the training data for its model.", "Meta", "open"),
        ("AI2 released the source code and the weights of OLMo.", "OLMo", "open"),
    ],
)
def test_a_models_parts_withheld_or_released(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side


@pytest.mark.parametrize(
    "text",
    [
        # near misses: secrecy or sparse detail about things that are not a model's parts
        "Google guarded the secrets of its search engine.",
        "OpenAI published few details about its hiring process.",
        "Meta released little news about Llama this week.",
    ],
)
def test_secrecy_about_other_things_is_not_closed(analyzer, text):
    assert "closed" not in stances(analyzer, text).values()


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        (
            "The Commerce Department proposed export controls on model weights.",
            "Department of Commerce",
            "closed",
        ),
        (
            "Senator Jane Roe introduced a bill to restrict the export of powerful AI models.",
            "Jane Roe",
            "closed",
        ),
        ("Marc Andreessen opposes export controls on AI models.", "Marc Andreessen", "open"),
        # criticism of closed models: what they hide is a worry
        (
            "Hugging Face says closed models hide their biases from scrutiny.",
            "Hugging Face",
            "open",
        ),
        ("Hugging Face says open models let researchers audit bias.", "Hugging Face", "open"),
    ],
)
def test_curbs_on_spreading_models_and_criticism_of_closed_ones(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side


def test_export_curbs_on_other_things_are_no_cue(analyzer):
    # near miss: an export curb on chips names no side on models
    got = stances(analyzer, "The Commerce Department restricted the export of chips to China.")
    assert set(got.values()) <= {"none"}


@pytest.mark.parametrize(
    "text",
    [
        # near misses of closed access and open licensing: not about models
        "Microsoft's Copilot is available only in English through its website for now.",
        "Apple keeps its plans secret until launch day.",
        "Disney licensed its brand for commercial use in Asia.",
    ],
)
def test_access_secrecy_and_licensing_of_other_things(analyzer, text):
    assert set(stances(analyzer, text).values()) <= {"none"}


def test_keeping_a_models_parts_secret_is_closed(analyzer):
    assert stances(analyzer, "Meta keeps its training data secret.")["Meta"] == "closed"


def test_releasing_only_one_open_model_is_still_an_open_act(analyzer):
    assert stances(analyzer, "xAI has released only one open model so far.")["xAI"] == "open"
    # near miss: none released
    assert stances(analyzer, "xAI has released no open models.")["xAI"] == "closed"


def test_keeping_everything_closed_is_closed(analyzer):
    got = stances(analyzer, '"We were wrong to keep everything closed," Simone Baptiste said.')
    assert got["Simone Baptiste"] == "open"


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        ("Arvind Krishna said open will win in AI.", "Arvind Krishna", "open"),
        (
            "Acme builds AI models. According to Arvind Krishna, open will win.",
            "Arvind Krishna",
            "open",
        ),
        ("Arvind Krishna said IBM is betting on open.", "IBM", "open"),
        ("Arvind Krishna said closed is better for AI models.", "Arvind Krishna", "closed"),
        # near misses: "open" and "closed" describing something else
        ("Arvind Krishna said the store is open on Sundays.", "Arvind Krishna", "none"),
        ("Arvind Krishna said the question remains open.", "Arvind Krishna", "none"),
        ("The window to act is closed, Arvind Krishna said.", "Arvind Krishna", "none"),
        (
            '"Open is the default setting for new accounts," Arvind Krishna said.',
            "Arvind Krishna",
            "none",
        ),
    ],
)
def test_the_side_word_alone_as_a_noun(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        ("OpenAI switched its flagship model to become closed.", "OpenAI", "closed"),
        ("Dario Amodei said open models are drifting down a reckless path.", "Dario Amodei",
         "closed"),
        ("Dario Amodei said closed models are on a reckless course.", "Dario Amodei", "open"),
        # near misses: a subject of its own, a danger that is not the cue's course
        ("OpenAI wants its rivals to become closed.", "OpenAI", "none"),
        ("Dario Amodei said open models protect us against dangerous actors.", "Dario Amodei",
         "open"),
        ("Dario Amodei said closed models are not on a dangerous path.", "Dario Amodei", "closed"),
        ("Dario Amodei said open models keep users safe on a dangerous road.", "Dario Amodei",
         "open"),
    ],
)  # fmt: skip
def test_where_a_model_is_made_to_go(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side
