"""The weakest reading (beside.py): a player no rule placed, named beside one side's cues,
leans that side, and the lean is always shown as unsure."""

import pytest

from bot.understanding.confidence import is_asserted, sureness
from tests.conftest import analyze_text, stances


def player(analyzer, text, name):
    return next(p for p in analyze_text(analyzer, "Stance test", text).players if p.name == name)


def test_people_named_in_a_sentence_about_one_side_lean_to_it_unsure(analyzer):
    # (a panel on open-weight models would be the topic of an event, no lean: see
    # test_names.test_an_event_held_on_the_cue_is_its_topic)
    text = "The group behind open-weight models included Dana Whitcombe and Priya Nandakumar."
    for name in ("Dana Whitcombe", "Priya Nandakumar"):
        p = player(analyzer, text, name)
        assert p.stance == "open"
        assert p.basis == "named_beside"
        assert not is_asserted(p)
        assert sureness(p) == "unsure"
        assert p.evidence == [text]


def test_an_organisation_in_the_clause_of_a_cue_leans_to_its_side(analyzer):
    p = player(analyzer, "The team of open-weight models included Halvern Labs.", "Halvern Labs")
    assert (p.stance, p.basis, sureness(p)) == ("open", "named_beside", "unsure")


def test_a_product_in_the_clause_of_a_cue_leans_to_its_side(analyzer):
    text = "The lab put Pyre 3 on its open-weight shelf last week."
    p = player(analyzer, text, "Pyre 3")
    assert (p.stance, p.basis, sureness(p)) == ("open", "named_beside", "unsure")
    # in a clause of its own, beside the cue's, a product takes nothing from it
    other = "Reviewers ranked the open-weight models of the year, and a jury then tested Pyre 3."
    assert stances(analyzer, other).get("Pyre 3", "none") == "none"


@pytest.mark.parametrize(
    "text",
    [
        # sides on both hands: no lean
        "The panel on open-weight and proprietary models included Dana Whitcombe.",
        # an organisation (or product) leans only to a cue of its own clause
        "The panel discussed open-weight models, and a reporter later phoned Halvern Labs.",
        # a name qualifying another noun, a date, a yardstick
        "The Pyre 3 maker announced an open-source toolkit.",
        "Since Pyre 3 launched, labs have shipped many open-weight models.",
        "Most of the open-weight models that shipped in May trailed Pyre 3.",
        "Kestrel's open-source model outperforms Pyre 3 on every benchmark.",
        # a denied clause gives nothing
        "The best open model of the year is not Pyre 3.",
        "The panel on open-weight models did not include Dana Whitcombe.",
        "Nobody listed Dana Whitcombe among the open-source pioneers.",
    ],
)
def test_no_lean_without_one_side_or_for_scenery(analyzer, text):
    got = stances(analyzer, text)
    named = [n for n in ("Dana Whitcombe", "Halvern Labs", "Pyre 3") if n in text]
    assert [got[n] for n in named] == ["none"] * len(named)  # listed, with no side


def test_a_cue_that_is_a_rivals_yardstick_gives_no_lean(analyzer):
    assert stances(analyzer, "Kestrel 2 surpasses proprietary models on most tests.").get(
        "Kestrel 2", "none"
    ) == ("none")


def test_a_rule_reading_is_never_replaced_by_a_lean(analyzer):
    p = player(
        analyzer, "Dana Whitcombe said open-weight models help small labs.", "Dana Whitcombe"
    )
    assert p.stance == "open"
    assert p.basis != "named_beside"
    assert is_asserted(p)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the cue is the subject's, the name its object
        ("Open-weight models frighten Hannah Gold.", "Hannah Gold"),
        ("Open-source enthusiasts ridiculed Pyre 3 as a toy.", "Pyre 3"),
        # someone spoken to, pressed, shown or asked about the cue
        ("Marta Vos told Ravi Menon that open models would prevail.", "Ravi Menon"),
        ("Campaigners urged Senator Alan Reyes to shield open-source AI.", "Alan Reyes"),
        ("Engineers showed Ravi Menon a demo of the open-source assistant.", "Ravi Menon"),
        ("Reporters quizzed Priya Nandakumar about the proprietary chatbot.", "Priya Nandakumar"),
        # set beside a critic, a topic, a yardstick, a venue
        ("Proprietary AI has many detractors, among them Lena Ortiz.", "Lena Ortiz"),
        ("A podcast about Alan Turing praised open-source software.", "Alan Turing"),
        ("The open-weight model is almost as capable as Pyre 3.", "Pyre 3"),
        (
            "Photos placed Dana Whitcombe among the crowd at the open-weight launch.",
            "Dana Whitcombe",
        ),
        # the agent of a passive that ties a person to a lab, or criticises
        ("The open-source lab, funded by Ravi Menon, grew fast.", "Ravi Menon"),
        ("The open-source manifesto was criticised by investors such as Ravi Menon.", "Ravi Menon"),
    ],
)
def test_no_lean_for_who_hears_watches_or_measures_a_side(analyzer, text, name):
    assert stances(analyzer, text)[name] == "none"  # listed, with no side


def test_a_group_counting_a_person_among_its_members_still_leans_them_its_way(analyzer):
    text = "The open-source movement counts Dana Whitcombe among its founders."
    p = player(analyzer, text, "Dana Whitcombe")
    assert (p.stance, sureness(p)) == ("open", "unsure")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # who buys, uses, funds or hosts the cue's thing stands outside it
        (
            "Early customers of the open-weight model include Halvern Bank and Orrin Foods.",
            ["Halvern Bank", "Orrin Foods"],
        ),
        ("The API-only service counts Halvern Bank among its clients.", ["Halvern Bank"]),
        (
            "The open-source startup counts Halvern Capital among its investors.",
            ["Halvern Capital"],
        ),
        # a second preposition joined to the first ("through A and through B") is one too
        (
            "Orrin Labs sells access to its closed models through an API and through cloud "
            "partners such as Halvern Cloud and Tessel Systems.",
            ["Halvern Cloud", "Tessel Systems"],
        ),
        # what is used on the name: a material, a platform it is fitted into
        ("The lab trained Kestrel 2 on open-source data.", ["Kestrel 2"]),
        # a rule obeyed, a crowd, a feud
        ("Proprietary models must be registered under the Harbor Act.", ["Harbor Act"]),
        ("The open-weight app is popular among banks like Halvern Bank.", ["Halvern Bank"]),
        (
            "The feud between Orrin Labs and Halvern Labs over closed models deepened.",
            ["Orrin Labs", "Halvern Labs"],
        ),
        # investors in a lab are no partisans of its side
        (
            "Backers of the proprietary lab include Halvern Capital and Orrin Ventures.",
            ["Halvern Capital", "Orrin Ventures"],
        ),
    ],
)
def test_no_lean_for_who_buys_funds_or_is_worked_on(analyzer, text, names):
    got = stances(analyzer, text)
    assert [got[name] for name in names] == ["none"] * len(names)  # listed, with no side


def test_a_name_made_into_the_cues_thing_still_leans(analyzer):
    p = player(analyzer, "The lab turned Pyre 3 into an open-weight release.", "Pyre 3")
    assert (p.stance, sureness(p)) == ("open", "unsure")


def test_a_hub_whose_first_word_reads_as_a_verb_stays_aside(analyzer) -> None:
    """'weights on Hugging Face', with "Hugging" read as a verb that takes "Face": the host's
    own words are no verb the name hangs on, so the host is still scenery, no lean."""
    text = (
        "Osprey Labs shared the Halcyon 3 weights on Hugging Face under a permissive licence, "
        "calling open weights a necessity."
    )
    assert stances(analyzer, text)["Hugging Face"] == "none"


def test_a_cue_in_a_phrase_set_beside_the_name_is_not_the_names(analyzer) -> None:
    """'hosts A and B, alongside proprietary internal models': the models set beside A and B
    are what they are set beside, not what they are (a cue in the name's own phrase is)."""
    from bot.understanding.beside import set_beside
    from bot.understanding.nlp import get_pipeline

    doc = get_pipeline()(
        "The bank hosts Halcyon 3 and Vega 2, alongside proprietary internal models."
    )
    vega = next(t for t in doc if t.text == "Vega")
    cue = next(t for t in doc if t.text == "proprietary")
    assert set_beside(vega, cue)
    inside = get_pipeline()(
        "The bank hosts Halcyon 3 alongside proprietary models such as Kestrel."
    )
    kestrel = next(t for t in inside if t.text == "Kestrel")
    closed = next(t for t in inside if t.text == "proprietary")
    assert not set_beside(kestrel, closed)  # the name inside the phrase set beside
