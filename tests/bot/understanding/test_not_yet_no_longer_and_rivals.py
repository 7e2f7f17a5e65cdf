"""Acts not done or stopped: 'has no plans to open-source X', 'has yet to release the weights
of X', 'will no longer share its weights'; a cue that describes the rivals a verb acts on
('rattling its closed-source rivals') says nothing of the subject; and a model acted on beside
a verb of reversal ('reversed course and open-sourced its model') is not what was reversed.
Self-written text."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        ("Meta has no plans to open-source Llama 3.", "Meta", "closed"),
        ("Meta has yet to release the weights of Llama 3.", "Meta", "closed"),
        ("Mistral AI will no longer share its model weights.", "Mistral AI", "closed"),
        ("Mistral AI reversed course and open-sourced its flagship model.", "Mistral AI", "open"),
        (
            "DeepSeek made R1 freely available, rattling its closed-source rivals.",
            "DeepSeek",
            "open",
        ),
    ],
)
def test_acts_not_done_stopped_or_reversed(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side


def test_a_release_not_yet_done_leaves_the_product_unreleased(analyzer):
    # its weights are not out so far: closed for now, never open
    assert (
        stances(analyzer, "Meta has yet to release the weights of Llama 3.")["Llama 3"] == "closed"
    )


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        # a plan that is not denied stays a plan
        ("Meta has plans to open-source Llama 3.", "Meta", "open"),
        # a judging verb on the rivals says its own side
        ("Meta praised its open-source rivals.", "Meta", "open"),
        ("Meta has long wanted to share its model weights.", "Meta", "open"),
    ],
)
def test_near_misses(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        # review18c: a denied plan said with "there are", and the product it names
        ("There are no plans to open-source GPT-4, OpenAI said.", "OpenAI", "closed"),
        ("OpenAI has no plans to release the weights of GPT-4.", "GPT-4", "none"),
        # a judging verb on the rivals says a side of its own
        ("Meta mocked its closed-source rivals.", "Meta", "open"),
    ],
)
def test_denied_plans_and_judged_rivals(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side
