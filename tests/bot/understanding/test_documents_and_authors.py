"""Documents speak for whoever wrote or sponsored them (self-written sentences)."""

import pytest

from bot.understanding.confidence import is_asserted
from tests.conftest import analyze_text, stances


def test_the_author_named_in_a_fronted_participle_speaks_through_the_report(analyzer):
    got = stances(analyzer, "Authored by the Vesta Agency, the report backs open-weight models.")
    assert got["Vesta Agency"] == "open"


def test_a_founder_is_no_author_of_what_the_company_says(analyzer):
    got = stances(analyzer, "Founded by Jane Roe, the startup backs open-weight models.")
    assert got.get("Jane Roe", "none") == "none"


def test_sponsors_named_on_the_bill_hold_the_side_its_measure_sentence_gives(analyzer):
    got = stances(
        analyzer,
        "The bill, introduced by Republicans Ada Brooks and Tom Reyes, would give the "
        "department new authority.\nIf passed, the measure would let the department restrict "
        "exports of open-source models.",
        "Export bill",
    )
    assert got["Ada Brooks"] == got["Tom Reyes"] == "closed"


def test_sponsors_of_a_bill_the_text_gives_no_side_hold_none(analyzer):
    got = stances(
        analyzer,
        "The bill, introduced by Republicans Ada Brooks and Tom Reyes, would fund new "
        "research labs.\nIf passed, the measure would take effect next year.",
        "Research bill",
    )
    assert got.get("Ada Brooks", "none") == got.get("Tom Reyes", "none") == "none"


def test_those_who_praise_a_document_hold_its_side(analyzer):
    got = stances(
        analyzer,
        "The founders wrote a manifesto arguing for open-source AI.\n"
        "The manifesto was warmly praised by investors like Jack Dorsey.",
    )
    assert got["Jack Dorsey"] == "open"


def test_the_publisher_of_a_document_holds_its_side(analyzer):
    got = stances(
        analyzer, "Mark Zuckerberg published a letter that calls for closed, licensed models."
    )
    assert got["Mark Zuckerberg"] == "closed"


def test_the_authors_of_a_report_hold_the_side_it_recommends(analyzer):
    got = stances(
        analyzer,
        "The report was drafted by Gladstone AI for the State Department.\n"
        "The report recommends outlawing the publication of model weights.",
    )
    assert got["Gladstone AI"] == "closed"
    assert got["State Department"] == "none"


def test_a_report_written_by_a_firm_is_no_credit_line(analyzer):
    got = stances(
        analyzer, "The study was written by Gladstone AI, which urges a ban on open weights."
    )
    assert got["Gladstone AI"] == "closed"


@pytest.mark.parametrize(
    "text",
    [
        "The NTIA asked for comments on the benefits and risks of open models.",
        "The NTIA is studying the risks and benefits of open-weight models.",
        "The NTIA weighed the pros and cons of open models.",
    ],
)
def test_a_body_that_weighs_both_sides_of_open_models_takes_neither(analyzer, text):
    got = stances(analyzer, text)
    assert got["National Telecommunications and Information Administration"] == "none"


def test_the_benefits_alone_are_one_side(analyzer):
    got = stances(analyzer, "The NTIA praised the benefits of open models.")
    assert got["National Telecommunications and Information Administration"] == "open"


def test_a_laws_title_in_apposition_to_its_code_is_the_same_law(analyzer):
    an = analyze_text(
        analyzer,
        "Law test",
        'Lawmakers again took up SB1047, the "Safe and Secure Innovation for Frontier '
        'Artificial Intelligence Models Act," this week.',
    )
    laws = [p for p in an.players if "SB1047" in (p.name, *p.aliases)]
    assert len(laws) == 1
    assert "Safe and Secure Innovation for Frontier Artificial Intelligence Models Act" in (
        laws[0].name,
        *laws[0].aliases,
    )


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("SB 1047 would assign liability to open source developers.", "SB 1047"),
        ("The AI Act would assign new duties to open source developers.", "EU AI Act"),
    ],
)
def test_a_burden_to_open_source_developers_misparsed_as_to_open_is_still_a_burden(
    analyzer, text, law
):
    assert stances(analyzer, text)[law] == "closed"


def test_to_open_source_models_is_still_the_verb(analyzer):
    assert stances(analyzer, "Meta plans to open source models next year.")["Meta"] == "open"


@pytest.mark.parametrize("prep", ["from", "by"])
def test_a_report_from_a_body_speaks_for_that_body(analyzer, prep):
    got = stances(
        analyzer,
        f"A new report {prep} the Halvard Institute warns that open-weight models can be "
        "weaponised by bad actors.",
    )
    assert got["Halvard Institute"] == "closed"


def test_a_letter_from_a_person_speaks_for_that_person(analyzer):
    got = stances(analyzer, "A letter from Orrin Vale urges lawmakers to protect open-source AI.")
    assert got["Orrin Vale"] == "open"


def test_a_report_about_a_body_does_not_speak_for_it(analyzer):
    got = stances(
        analyzer,
        "A report about the Halvard Institute warns that open-weight models can be "
        "weaponised by bad actors.",
    )
    assert got.get("Halvard Institute", "none") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "The report from the Halvard Institute on Llama's open release was leaked.",
        "A report from the Halvard Institute, about open-weight models, was published today.",
    ],
)
def test_what_a_report_is_about_is_not_its_authors_side(analyzer, text):
    assert stances(analyzer, text).get("Halvard Institute", "none") == "none"


def test_it_after_a_sentence_about_a_letter_is_the_letter_and_speaks_for_its_signers(analyzer):
    got = stances(
        analyzer,
        "The open letter, signed by Ada Brooks of the Vesta Agency, warns of the risks of AI. "
        "Yet it argues that openness makes AI development safer.",
    )
    assert got["Ada Brooks"] == "open"
    # the "it" is the letter, not the last organisation named before it
    assert got.get("Vesta Agency", "none") == "none"


def test_others_named_after_the_signers_sign_too_but_not_where_they_work(analyzer):
    got = stances(
        analyzer,
        "The letter was signed by Ada Brooks and others, including Tom Reyes of Nimbus AI, "
        "Jonah Whitfield of the Hawthorne Institute, and Lena Park. The letter argues that "
        "open models make AI safer.",
    )
    assert got["Ada Brooks"] == got["Tom Reyes"] == got["Jonah Whitfield"] == "open"
    assert got["Lena Park"] == "open"
    assert got.get("Nimbus AI", "none") == got.get("Hawthorne Institute", "none") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "President Ada Brooks unveiled the National AI Action Plan, which prioritizes "
        "open-weight AI.",
        # "the plan" after the named plan is that plan
        "President Ada Brooks unveiled the National AI Action Plan on Monday. The plan "
        "encourages agencies to support open models.",
        "The National AI Action Plan was praised by Ada Brooks. The plan backs open models.",
    ],
)
def test_who_issues_or_backs_a_named_plan_holds_its_side(analyzer, text):
    got = stances(analyzer, text)
    assert got["National AI Action Plan"] == got["Ada Brooks"] == "open"


def test_a_plan_the_text_gives_no_side_gives_its_issuer_none(analyzer):
    got = stances(analyzer, "President Ada Brooks unveiled the National AI Action Plan on Monday.")
    assert got.get("Ada Brooks", "none") == "none"


def test_a_named_law_opposed_in_the_passive_gives_its_opponent_the_other_side(analyzer):
    got = stances(
        analyzer,
        "The Safe Models Act would ban open-weight models. The Safe Models Act was opposed "
        "by Ada Brooks.",
    )
    assert got["Ada Brooks"] == "open"


def test_the_possessor_of_a_named_plan_is_its_author(analyzer):
    got = stances(
        analyzer,
        "President Jonah Whitfield's National AI Action Plan addresses open-weight AI. The "
        "plan tells agencies to build a welcoming climate for open models.",
    )
    assert got["National AI Action Plan"] == got["Jonah Whitfield"] == "open"


def test_it_after_a_document_sentence_naming_an_organisation_in_its_predicate_is_that_body(
    analyzer,
):
    got = stances(
        analyzer,
        "The letter was delivered to Nimbus AI on Friday. It responded that it would "
        "open-source Orion 2.",
    )
    assert got["Nimbus AI"] == "open"


def test_the_author_of_a_passive_document_holds_what_its_it_argues(analyzer):
    got = stances(
        analyzer,
        "A report by Vesta Labs was released on Monday. It argued that open-source models "
        "should be banned.",
    )
    assert got["Vesta Labs"] == "closed"


def test_refusing_to_sign_a_document_holds_its_opposite(analyzer):
    got = stances(
        analyzer,
        "The Open Weights Charter promotes open models. Ada Brooks refused to sign the charter.",
    )
    assert got["Ada Brooks"] == "closed"


@pytest.mark.parametrize(("verb", "side"), [("backed", "open"), ("opposes", "closed")])
def test_backing_or_opposing_the_plan_named_before_takes_its_side(analyzer, verb, side):
    got = stances(
        analyzer,
        f"The National AI Action Plan calls for more support for open-source AI. Vesta Labs "
        f"{verb} the plan.",
    )
    assert got["Vesta Labs"] == side


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a writing's possessive names its author
        (
            "The Linux Foundation's paper highlights the many benefits of open source AI systems.",
            {"Linux Foundation": "open"},
        ),
        # met with support (criticism) from someone: they take the thing's side (the other)
        (
            "The open-source approach has been met with strong support from the Chinese government.",
            {"Chinese government": "open"},
        ),
        (
            "Meta's open release was met with criticism from Josh Hawley and Richard Blumenthal.",
            {"Meta": "open", "Josh Hawley": "closed", "Richard Blumenthal": "closed"},
        ),
        # near miss: not met with support
        (
            "The open-source approach was not met with support from Larch Labs.",
            {"Larch Labs": "none"},
        ),
        # near miss: a meeting met with support is no side
        ("The meeting was met with support from Meta.", {"Meta": "none"}),
    ],
)
def test_writings_and_receptions(analyzer, text, expected):
    got = {p.name: p.stance for p in analyze_text(analyzer, "Writings", text).players}
    assert {name: got.get(name, "-") for name in expected} == expected


# -- who backs or opposes a named law ------------------------------------------------------------

BAN = "The Harbor Act would ban open-weight releases. "


@pytest.mark.parametrize(
    ("second", "side"),
    [
        # a participle on the named law names its backers
        ("The Harbor Act, sponsored by Senator Tomas Berg, passed a vote.", "closed"),
        ("Senator Tomas Berg, a co-sponsor of the Harbor Act, defended it.", "closed"),
        # the partisans of the law, listed
        ("Supporters of the bill include Tomas Berg and Kari Lund.", "closed"),
        ("Critics of the bill include Tomas Berg and Kari Lund.", "open"),
        # acts against it named by a noun
        ("Tomas Berg welcomed the veto of the bill.", "open"),
        ("Tomas Berg criticized the veto of the Harbor Act.", "closed"),
        ("Kari Lund praised Governor Tomas Berg's veto of the Harbor Act.", "open"),
    ],
)
def test_who_backs_or_opposes_a_named_law_takes_or_turns_its_side(analyzer, second, side):
    assert stances(analyzer, BAN + second)["Tomas Berg"] == side


def test_a_partisans_group_with_no_document_lists_no_signers(analyzer):
    got = stances(analyzer, BAN + "Supporters of the festival include Tomas Berg.")
    assert got.get("Tomas Berg", "none") == "none"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Supporters of open-source AI include Tomas Berg and Kari Lund.", "open"),
        ("Critics of open-weight releases include Tomas Berg and Kari Lund.", "closed"),
        ("Advocates for closed models include Tomas Berg and Kari Lund.", "closed"),
    ],
)
def test_the_members_a_partisans_group_lists_take_its_side(analyzer, text, side):
    players = {p.name: p for p in analyze_text(analyzer, "Stance test", text).players}
    for name in ("Tomas Berg", "Kari Lund"):
        assert (players[name].stance, players[name].basis) == (side, "partisan")
        assert is_asserted(players[name])


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Tomas Berg is a critic of closed platforms.", "open"),
        ("Tomas Berg, an advocate of open models at the lab, spoke first.", "open"),
    ],
)
def test_a_partisan_of_a_side_is_one_whatever_else_the_sentence_names(analyzer, text, side):
    player = next(
        p for p in analyze_text(analyzer, "Stance test", text).players if p.name == "Tomas Berg"
    )
    assert (player.stance, player.basis) == (side, "partisan")


def test_a_law_opposed_by_a_player_in_its_participle_is_opposed(analyzer):
    got = stances(analyzer, BAN + "The Harbor Act, opposed by Orrin Labs, passed a vote on Monday.")
    assert got["Orrin Labs"] == "open"


@pytest.mark.parametrize(
    "text",
    [
        "My team at Brightwave Labs released a video model last month. So here is why we "
        "think AI's future belongs to open source.",
        "I work at Brightwave Labs. We think open models are the future.",
    ],
)
def test_a_writer_s_we_is_the_organisation_they_say_they_work_at(analyzer, text):
    assert stances(analyzer, text)["Brightwave Labs"] == "open"


def test_a_writer_s_we_is_nobody_without_a_workplace_or_inside_another_s_quote(analyzer):
    text = "Brightwave Labs released a video model. We think AI's future belongs to open source."
    assert stances(analyzer, text)["Brightwave Labs"] == "none"
    text = (
        'My team at Brightwave Labs released a model. "We believe closed models are safer," '
        "said Jane Roe of Corvid Labs."
    )
    assert stances(analyzer, text)["Brightwave Labs"] == "none"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("I worked at Meta until 2023. Now we keep our models closed at Quillon.", "Meta"),
        ("I don't work at OpenAI, but we all gain from open models.", "OpenAI"),
        (
            "I work at Meta. As citizens, we should demand that labs keep risky models closed.",
            "Meta",
        ),
    ],
)
def test_a_past_denied_or_generic_we_is_not_the_writer_s_workplace(analyzer, text, company):
    assert stances(analyzer, text).get(company, "none") == "none"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("I no longer work at Meta. We release open weights at Quillon.", "Meta"),
        ("Say I work at OpenAI. We would keep every model closed.", "OpenAI"),
        ("My team at Meta laid me off. We now publish open models at Zorvex.", "Meta"),
        ("I work at Meta. We developers want open weights.", "Meta"),
    ],
)
def test_a_left_supposed_or_kind_of_people_we_is_not_the_workplace(analyzer, text, company):
    assert stances(analyzer, text).get(company, "none") == "none"


def test_a_new_model_does_not_mean_a_new_workplace(analyzer):
    text = "I work at Meta, and we just released a new model with open weights."
    assert stances(analyzer, text)["Meta"] == "open"
