"""Cues their own sentence takes back (cue_context.py), on self-written sentences."""

import pytest

from bot.understanding.nlp import cues
from tests.conftest import analyze_text, stances


@pytest.fixture(scope="module")
def nlp(analyzer):
    return analyzer.nlp


def cue_texts(nlp, text):
    doc = nlp(text)
    return [(doc[c.start : c.end].text, c.side) for c in cues(doc)]


@pytest.mark.parametrize(
    "text",
    [
        "The new model is not fully open.",
        "Its latest system isn't completely open source.",
    ],
)
def test_a_partial_hedge_names_no_side(nlp, text):
    assert cue_texts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # near misses: a plain negation, and a denial of authenticity, still say closed
        ("The new model is not open source.", "open"),
        ("The model is not truly open, critics say.", "open"),
        ("The new model is mostly open.", "open"),
    ],
)
def test_plain_negations_and_grades_keep_their_cue(nlp, text, side):
    assert [s for _, s in cue_texts(nlp, text)] == [side]


def test_a_hedged_product_does_not_make_its_maker_closed(analyzer):
    got = stances(analyzer, "Meta makes Llama available, but it is not fully open source.")
    assert got.get("Meta", "none") != "closed" and got.get("Llama", "none") != "closed"
    got = stances(analyzer, "Meta does not release Llama as open source.")
    assert got["Llama"] == "closed"  # near miss: a release denied outright


def test_one_flavour_denied_beside_another_granted(nlp, analyzer):
    assert cue_texts(nlp, "The model is open-weight but not open-source.") == [
        ("open-weight", "open")
    ]
    assert stances(analyzer, "Llama is open-weight but not open-source.")["Llama"] == "open"
    # near miss: a flavour denied with nothing granted beside it
    assert len(cue_texts(nlp, "The model is free to try but not open-source.")) == 1


def test_a_foil_after_the_other_side_restates_it(nlp, analyzer):
    assert cue_texts(nlp, "The model is open source, not proprietary.") == [("open source", "open")]
    assert stances(analyzer, "Mistral AI's model is open-source, not proprietary.") == {
        "Mistral AI": "open"
    }
    # near miss: two sides joined without a negation are both kept
    assert len(cue_texts(nlp, "The lab sells proprietary tools and open models.")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "OpenAI began as an open research lab but has since turned proprietary.",
        "OpenAI originally published open-source models but has since shifted to closed models.",
        "OpenAI was founded as an open-source non-profit, but its models are now proprietary.",
        "OpenAI, which was originally an open-source lab, has since shifted to closed models.",
        "OpenAI, once a champion of open research, now sells access through an API.",
        "OpenAI used to publish its research openly but now keeps its best work in-house.",
    ],
)
def test_a_past_state_gives_way_to_the_present_one(analyzer, text):
    assert stances(analyzer, text)["OpenAI"] == "closed"


def test_a_past_state_alone_or_of_another_holder_stays(nlp):
    # near misses: no present state beside it; the present state is another holder's
    assert cue_texts(nlp, "OpenAI began as an open research lab.") == [("open research", "open")]
    sides = [
        s
        for _, s in cue_texts(
            nlp, "Google once released open models, but Acme Corp now sells proprietary ones."
        )
    ]
    assert sides == ["open", "closed"]


@pytest.mark.parametrize(
    "text",
    [
        "Meta is open to working with regulators.",
        "The OpenAI platform remains open for business.",
        "Mistral AI is open about its plans.",
        "Meta's office is closed on Sundays.",
    ],
)
def test_an_idiom_with_bare_open_or_closed_is_no_cue(nlp, text):
    assert cue_texts(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # near misses: open to an audience, open under a licence
        "Meta says its model is open to all developers.",
        "Llama is open under a community licence.",
    ],
)
def test_bare_open_about_access_or_licence_stays(nlp, text):
    assert [s for _, s in cue_texts(nlp, text)] == ["open"]


@pytest.mark.parametrize(
    "text",
    [
        "Sam Altman said the question of open-source models remains open.",
        "Senator Jane Roe joined the debate over open-source AI.",
        "The debate over open versus closed models is heating up, Sam Altman said.",
        "The battle between open and closed models is heating up, Sam Altman said.",
    ],
)
def test_a_discussions_topic_takes_no_side(analyzer, text):
    assert set(stances(analyzer, text).values()) <= {"none"}


def test_doubts_and_sides_beside_a_topic_stay(analyzer):
    # near misses: questions about a side doubt it; a side stated after naming the debate
    got = stances(analyzer, "Senator Jane Roe raised questions about open-source models.")
    assert got["Jane Roe"] == "closed"
    got = stances(analyzer, "Sam Altman said the debate is over and closed models won.")
    assert got["Sam Altman"] == "closed"
    got = stances(analyzer, "Meta is winning the battle for open models.")
    assert got["Meta"] == "open"


def test_a_later_release_of_other_models_does_not_undo_an_earlier_one(nlp):
    # near miss: no past marker, and the present clause is about other models
    text = (
        "Stability AI open-sourced Stable Diffusion, but has since moved its newest models "
        "behind a paid API."
    )
    assert [s for _, s in cue_texts(nlp, text)] == ["open", "closed"]


def test_open_or_closed_for_a_while_is_no_idiom(nlp):
    text = "The lab will keep its newest system closed for now."
    assert [s for _, s in cue_texts(nlp, text)] == ["closed"]


def test_a_cue_inside_a_documents_capitalised_title_names_the_document(analyzer):
    got = stances(
        analyzer,
        "The NTIA sought public input on Frontier Models with Widely Shared Model Weights, and "
        "it has drawn many replies.",
    )
    assert got["National Telecommunications and Information Administration"] == "none"


def test_a_headline_in_title_case_keeps_its_cues(analyzer):
    got = stances(
        analyzer, "Meta is praised.", title="Meta Releases Widely Available Model Weights"
    )
    assert got["Meta"] == "open"


def test_a_quoted_capitalised_description_of_a_release_keeps_its_cue(analyzer):
    got = stances(
        analyzer,
        "OpenAI CEO Sam Altman said on Tuesday that later this year he plans to release a "
        '"Capable New Open Weighted Language Model" with reasoning.',
    )
    assert got["Sam Altman"] == "open"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a writing made public is no model opened
        ("The White House publicly released its report on Monday.", {"White House": "none"}),
        ("Nimbus AI's submission was not publicly released.", {"Nimbus AI": "none"}),
        (
            "The Commerce Department made the comments publicly available.",
            {"Department of Commerce": "none"},
        ),
        (
            "Nimbus AI\u2019s wasn\u2019t publicly published, but reporters got it.",
            {"Nimbus AI": "none"},
        ),
        # near misses: models and weights made public are
        ("Meta publicly released the weights of Llama.", {"Meta": "open", "Llama": "open"}),
        ("Meta made Llama freely available to researchers.", {"Meta": "open"}),
        ("OpenAI's models are not publicly available.", {"OpenAI": "closed"}),
    ],
)
def test_what_is_made_public(analyzer, text, expected):
    got = {p.name: p.stance for p in analyze_text(analyzer, "Made public", text).players}
    assert {name: got.get(name, "-") for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a door, a hearing or a consultation kept closed is no model
        ("Kestrel AI kept the door closed on a merger with Nimbus AI.", {"Kestrel AI": "none"}),
        ("The EU kept the consultation closed to the public.", {"European Union": "none"}),
        # near misses: models, and what stands for them, kept closed are
        ("Nimbus AI will keep its models closed.", {"Nimbus AI": "closed"}),
        ("Nimbus AI keeps it closed.", {"Nimbus AI": "closed"}),
    ],
)
def test_what_is_kept_closed(analyzer, text, expected):
    got = {p.name: p.stance for p in analyze_text(analyzer, "Kept closed", text).players}
    assert {name: got.get(name, "-") for name in expected} == expected


def test_a_past_side_on_the_cues_own_word_gives_way_to_the_present_one(analyzer):
    from tests.conftest import stances

    text = (
        "Critics cite models which were once open but are closed today, such as those from "
        "Vantage Labs."
    )
    assert stances(analyzer, text)["Vantage Labs"] == "closed"


def test_a_bare_side_word_in_a_conjoined_predicate_shares_the_first_ones_subject(analyzer):
    doc = analyzer.nlp("These are models that were tested widely and are now closed.")
    assert [doc[s:e].text for s, e, side in doc._.openness if side == "closed"] == ["closed"]


def test_a_past_tense_side_beside_a_present_one_now_gives_way(analyzer):
    from tests.conftest import stances

    text = "Orrin Labs' Pyre models, which were open and are now closed, lost users."
    assert stances(analyzer, text)["Orrin Labs"] == "closed"


def test_a_given_phrase_naming_whose_practice_still_describes_it(analyzer):
    from tests.conftest import stances

    text = "Orrin Labs, long mocked given its closed-source practices, kept Pyre 2 private."
    assert stances(analyzer, text)["Orrin Labs"] == "closed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("These billionaires want to lobby lawmakers behind closed doors.", []),
        ("The talks were held behind closed doors.", []),
        ("The ministers met behind closed doors to discuss open-source rules.", ["open"]),
        # models kept or made behind closed doors stay a closed cue
        ("Orrin Labs built its models behind closed doors.", ["closed"]),
        ("Orrin Labs holds its best models behind closed doors.", ["closed"]),
    ],
)
def test_people_meeting_behind_closed_doors_is_no_cue(analyzer, text, expected):
    assert [c.side for c in cues(analyzer.nlp(text))] == expected
