"""A passive participle of release describes the subject of its clause (self-written)."""

import pytest

from tests.conftest import analyze_text


def stance(analyzer, text, name="Falcon"):
    players = {p.name: p.stance for p in analyze_text(analyzer, "Release test", text).players}
    return players.get(name, "none")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Since being released under open-source licences, Falcon models have spread widely.",
            "open",
        ),
        (
            "Released under a proprietary licence, the Falcon model quickly spread among banks.",
            "closed",
        ),
        ("Orion released Falcon under an open-source licence.", "open"),
        ("Falcon models have been downloaded by developers in many industries.", "open"),
    ],
)
def test_what_a_release_participle_describes(analyzer, text, side):
    assert stance(analyzer, text) == side


def test_an_active_participle_is_about_its_agent_not_the_main_subject(analyzer):
    text = "After releasing open-weight models, Orion raised new funds from Falcon Capital."
    assert stance(analyzer, text, "Falcon Capital") == "none"
