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
