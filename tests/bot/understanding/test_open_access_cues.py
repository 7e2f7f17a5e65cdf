"""Open practice said without the word "open": models made available to everyone."""

import pytest

from bot.understanding.nlp import cues
from tests.conftest import stances


def sides(analyzer, text):
    doc = analyzer.nlp(text)
    return [c.side for c in cues(doc)]


def test_models_made_available_to_everyone_are_an_open_cue(analyzer):
    assert sides(analyzer, "She was proud to make the new models available to everyone.") == [
        "open"
    ]
    assert sides(analyzer, "Its weights are now accessible to the public.") == ["open"]


def test_an_app_open_to_the_public_is_no_cue(analyzer):
    assert sides(analyzer, "The Pebble app is available to the public in forty countries.") == []


def test_every_single_token_side_is_spelt_by_a_word_the_component_looks_at(analyzer):
    """The openness component only asks `token_side` about tokens spelling one of
    SIDE_TOKEN_WORDS; a check reading another word would silently never run."""
    from bot.understanding.nlp import SIDE_TOKEN_WORDS, side_word_tokens, token_side

    doc = analyzer.nlp(
        "Larch Labs keeps its weights secret and kept the code to itself. Kestrel released "
        "its models openly, and their weights are public. Android, which is open, won; open "
        "will win in AI. Vireo gives its models away, while Quill keeps them private."
    )
    sided = [t for t in doc if token_side(t)]
    assert len(sided) >= 6
    assert all(t.lower_ in SIDE_TOKEN_WORDS for t in sided)
    assert {t.i for t in sided} <= {t.i for t in side_word_tokens(doc)}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Orrin Labs has shared its language models with global users.", "open"),
        ("Orrin Labs shares the Pyre weights with the world.", "open"),
        ("Orrin Labs has not shared its models with the public.", "closed"),
        # not a model, or not shared with outsiders
        ("Orrin Labs shared its plans with regulators.", "none"),
        ("Orrin Labs shared its model with a few government testers.", "none"),
    ],
)
def test_a_model_shared_with_outsiders_is_released_to_them(analyzer, text, side):
    assert stances(analyzer, text).get("Orrin Labs", "none") == side


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lab presenting its model as open, the side word bare or in quotes
        ("Orrin Labs describes Pyre 3 as open.", {"Orrin Labs": "open", "Pyre 3": "open"}),
        ('Orrin Labs describes Pyre 3 as "open."', {"Orrin Labs": "open", "Pyre 3": "open"}),
        # presenting a meeting as open says nothing of AI
        ("Orrin Labs describes the meeting as open.", {"Orrin Labs": "none"}),
    ],
)
def test_a_model_presented_as_open_is_described_so(analyzer, text, expected):
    got = stances(analyzer, text)
    assert {k: got.get(k, "none") for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Researchers welcomed the release of Pyre 3's weights.", {"Pyre 3": "open"}),
        # a release halted released nothing
        (
            "Orrin Labs halted the release of its weights over safety fears.",
            {"Orrin Labs": "closed"},
        ),
    ],
)
def test_the_release_of_weights_named_by_a_noun(analyzer, text, expected):
    got = stances(analyzer, text)
    assert {k: got.get(k, "none") for k in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Orrin Labs shares its models with developers who pay for API access.",
        "Orrin Labs shared its models with users of its paid app.",
    ],
)
def test_a_model_shared_with_customers_is_not_released_to_outsiders(analyzer, text):
    assert stances(analyzer, text).get("Orrin Labs", "none") != "open"


def test_the_abbreviation_oss_is_a_side_not_a_player(analyzer):
    got = stances(analyzer, "Even Pyre 3 is OSS.")
    assert got == {"Pyre 3": "open"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # put where anyone can fetch them, "all of" between
        (
            "Unlike Kestrel AI, Orrin Labs publishes all of its models on Hugging Face.",
            {"Orrin Labs": "open"},
        ),
        # offered openly beside a flagship kept behind an API: both
        (
            "Orrin Labs keeps its largest model, Pyre Ultra, behind an API while offering "
            "smaller versions openly.",
            {"Orrin Labs": "mixed", "Pyre Ultra": "closed"},
        ),
        # what a model falls short of, it is not; who says so measures it against openness
        (
            "Pyre 3 falls short of being truly open source, Dana Pell wrote.",
            {"Pyre 3": "closed", "Dana Pell": "open"},
        ),
    ],
)
def test_published_offered_and_falling_short(analyzer, text, expected):
    got = stances(analyzer, text)
    assert {k: got.get(k, "none") for k in expected} == expected


def test_a_capitalised_name_inside_a_cue_is_still_a_player(analyzer):
    got = stances(analyzer, "Researchers posted KRL's model weights to Hugging Face.")
    assert "KRL" in got


def test_source_code_owned_by_a_plural_possessive_is_still_released_code(analyzer):
    assert sides(analyzer, "Vireo stopped sharing its Kestrel systems' source code.") == ["open"]
    assert (
        stances(analyzer, "Quillon Labs stopped releasing its Kestrel systems' source code.")[
            "Quillon Labs"
        ]
        == "closed"
    )


def test_a_singular_possessive_does_not_join_a_release_to_code(analyzer):
    assert sides(analyzer, "Jane Roe wrote a blog post about OpenAI's training data.") == []


def test_freedoms_given_to_others_over_a_model_are_open(analyzer):
    assert sides(analyzer, "Its models let users modify the code and run it anywhere.") == ["open"]
    assert sides(analyzer, "The license allows developers to inspect and tweak the weights.") == [
        "open"
    ]


@pytest.mark.parametrize(
    "text", ["The app lets users modify photos.", "The bank lets customers download it."]
)
def test_freedoms_over_things_that_are_no_model_are_no_cue(analyzer, text):
    assert sides(analyzer, text) == []


def test_a_model_reachable_only_through_a_web_server_is_closed(analyzer):
    assert (
        stances(analyzer, "Kestrel 4 can only be reached through a web server.")["Kestrel 4"]
        == "closed"
    )
    assert sides(analyzer, "The bakery is only accessible through a side door.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The startup lets users study the code of its website.",
        "The tool lets users modify the code that the model writes.",
        "The app lets users download the model's answers as a PDF.",
    ],
)
def test_freedoms_over_what_a_model_makes_or_owns_are_no_cue(analyzer, text):
    assert sides(analyzer, text) == []
