"""Open practice said without the word "open": models made available to everyone."""

from bot.understanding.nlp import cues


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
