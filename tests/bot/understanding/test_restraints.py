"""A restraint on the cue, and opposition to that restraint (self-written sentences).

"A ban on open models" is against them; opposing, fighting or lifting that ban backs them.
"""

import pytest

from tests.conftest import analyze_text, stances


def stance_of(analyzer, text, name):
    players = {p.name: p.stance for p in analyze_text(analyzer, "Restraint test", text).players}
    return players[name]


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        ("Senator Ada Brooks opposes a ban on open-source models.", "Ada Brooks", "open"),
        (
            "The Hartwell Institute rejected restrictions on open-weight releases.",
            "Hartwell Institute",
            "open",
        ),
        ("Kestrel Labs fought new limits on open models.", "Kestrel Labs", "open"),
        ("Kestrel Labs lobbied against curbs on open models.", "Kestrel Labs", "open"),
        ("Brooks called for lifting the ban on open-source models.", "Brooks", "open"),
    ],
)
def test_opposing_a_restraint_on_the_cue_backs_the_cue(analyzer, text, name, side):
    assert stance_of(analyzer, text, name) == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        ("The Ravel Group supports restrictions on open-source models.", "Ravel Group", "closed"),
        ("Senator Ada Brooks wants a ban on open-source models.", "Ada Brooks", "closed"),
        ("Senator Ada Brooks opposes open-source models.", "Ada Brooks", "closed"),
        (
            "Senator Ada Brooks did not oppose the ban on open-source models.",
            "Ada Brooks",
            "closed",
        ),
    ],
)
def test_a_restraint_not_opposed_stays_against_the_cue(analyzer, text, name, side):
    assert stance_of(analyzer, text, name) == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        ("Senator Ada Brooks fears a ban on open-source models.", "Ada Brooks", "open"),
        (
            "Senator Ada Brooks wants to remove barriers to open-source models.",
            "Ada Brooks",
            "open",
        ),
        (
            "Senator Ada Brooks warned that a ban on open-source models is needed.",
            "Ada Brooks",
            "closed",
        ),
    ],
)
def test_a_chain_of_restraints_and_oppositions_turns_the_side_at_each_link(
    analyzer, text, name, side
):
    assert stance_of(analyzer, text, name) == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        (
            "The Safe Exports Act moves to block the export of AI models to China.",
            "Safe Exports Act",
            "closed",
        ),
        ("Senator Ada Brooks moved to block the ban on open-source models.", "Ada Brooks", "open"),
        (
            "Senator Ada Brooks wants to remove barriers to open-source models.",
            "Ada Brooks",
            "open",
        ),
        (
            "The draft law would make it simpler for the Biden administration to impose "
            "limits on exporting AI models.",
            "Biden administration",
            "closed",
        ),
    ],
)
def test_blocking_lifting_and_imposing_restraints(analyzer, text, name, side):
    assert stance_of(analyzer, text, name) == side


# -- a burden named as a noun ("the fines on open-weight releases") ----------------


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        ("Fei-Fei Li warned about the fines on open-weight releases.", "Fei-Fei Li", "open"),
        ("Fei-Fei Li warned of new liability for open-source developers.", "Fei-Fei Li", "open"),
        ("Fei-Fei Li said the fines on open-weight releases are needed.", "Fei-Fei Li",
         "closed"),
        ("The Safe Models Act imposes fines on open-weight releases.", "Safe Models Act",
         "closed"),
    ],
)  # fmt: skip
def test_a_burden_noun_laid_on_openness_is_a_restraint(analyzer, text, name, side):
    assert stance_of(analyzer, text, name) == side


def test_a_warning_about_open_models_themselves_is_not_turned(analyzer):
    text = "Fei-Fei Li warned of the dangers of open models."
    assert stance_of(analyzer, text, "Fei-Fei Li") == "closed"


# -- belittling the thing, or playing down the worry ---------------------------------------


@pytest.mark.parametrize(
    "judgement",
    [
        "open-source models are largely irrelevant",
        "open-source models are overrated",
        "the importance of open-weight models is negligible",
    ],
)
def test_belittling_open_models_is_the_closed_side(analyzer, judgement):
    assert stance_of(analyzer, f"Robin Li said {judgement}.", "Robin Li") == "closed"


@pytest.mark.parametrize(
    "judgement",
    [
        "the risks of open-source models are overrated",
        "the risks of open-source models are minimal",
    ],
)
def test_belittling_the_risks_of_open_models_is_the_open_side(analyzer, judgement):
    assert stance_of(analyzer, f"Robin Li said {judgement}.", "Robin Li") == "open"


def test_belittling_closed_models_is_the_open_side(analyzer):
    text = "Robin Li said closed models are overrated."
    assert stance_of(analyzer, text, "Robin Li") == "open"


# -- a harm to what the clause acts on ------------------------------------------------------


@pytest.mark.parametrize(
    "clause",
    ["restricting open models would undermine innovation", "the rules would undermine open models"],
)
def test_a_harm_to_openness_is_said_against_it(analyzer, clause):
    text = f"Birgit Sippel argues that {clause}."
    assert stance_of(analyzer, text, "Birgit Sippel") == "open"


@pytest.mark.parametrize(
    "judgement", ["open-source models are not irrelevant", "open models are hardly insignificant"]
)
def test_a_denied_belittling_is_no_closed_side(analyzer, judgement):
    assert stance_of(analyzer, f"Sam Altman said {judgement}.", "Sam Altman") == "open"


def test_a_mandate_for_open_models_is_no_restraint_on_them(analyzer):
    text = "India announced a mandate for open models in public services."
    assert stance_of(analyzer, text, "India") == "open"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a burden that only could be laid on the cue, told by a speaker, is a warning
        ('"The bill would assign liability to open-source developers," Ada Brooks said.', "open"),
        # the same burden (or harm) in what someone wants or backs is wished for
        ("Ada Brooks wants a law that would assign liability to open-source developers.", "closed"),
        ("Ada Brooks wants a law that would restrict open models.", "closed"),
        (
            "Ada Brooks backs a bill that would assign liability to open-source developers.",
            "closed",
        ),
        # and in what someone criticizes is warned against
        ("Ada Brooks criticized rules that would limit open-source AI.", "open"),
    ],
)
def test_a_burden_that_only_could_be_laid_is_warned_of_unless_wished(analyzer, text, side):
    assert stance_of(analyzer, text, "Ada Brooks") == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a closed cue that names a restraint, undone by its holder: opening up
        ("Orrin Labs lifted the licence restrictions on its Pyre model in May.", "open"),
        ("Orrin Labs dropped the usage restrictions on its Pyre model.", "open"),
        # the same restraint laid on, not lifted
        ("Orrin Labs added new licence restrictions to its Pyre model.", "closed"),
    ],
)
def test_lifting_a_restraint_the_cue_names_opens_up(analyzer, text, side):
    assert stance_of(analyzer, text, "Orrin Labs") == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # clearing the way for a restraint is restraining; clearing a restraint away is not
        ("The Harbor Act would remove roadblocks to restricting open-source models.", "closed"),
        ("The Harbor Act would remove hurdles for open-source developers.", "open"),
    ],
)
def test_roadblocks_and_hurdles_are_restraints(analyzer, text, side):
    assert stance_of(analyzer, text, "Harbor Act") == side


@pytest.mark.parametrize(
    ("claim", "side"),
    [
        ("open models need guardrails", "closed"),
        ("open-source AI requires strict oversight", "closed"),
        # what the models need is no restraint, or none is needed
        ("open models need more compute", "open"),
        ("open models do not need new rules", "open"),
        ("open models need no special regulation", "open"),
    ],
)
def test_oversight_the_cue_is_said_to_need_restrains_it(analyzer, claim, side):
    assert stance_of(analyzer, f"Senator Tomas Berg said {claim}.", "Tomas Berg") == side


@pytest.mark.parametrize(
    ("claim", "side"),
    [
        ("open-weight models could help a rival's military", "closed"),
        ("open models could help hackers", "closed"),
        ("open models help startups compete", "open"),
    ],
)
def test_whom_open_models_would_help_decides_the_worry(analyzer, claim, side):
    assert stance_of(analyzer, f"Kari Lund argued that {claim}.", "Kari Lund") == side


@pytest.mark.parametrize(
    "claim",
    [
        # rules that serve the cue, not restrain it
        "open-source developers need clear rules that protect them from lawsuits",
        "open-source AI needs rules to stop it being banned",
        "open-source projects need safeguards against patent trolls",
        # a barrier said to stand in the cue's way is a complaint on its behalf
        "licensing rules are a roadblock for open-source developers",
        "licensing rules are a barrier to open-source AI",
        # a verb acting against its object is no worry
        "open-source tools help defenders fight crime",
    ],
)
def test_what_serves_or_frees_the_cue_backs_it(analyzer, claim):
    assert stance_of(analyzer, f"Dana Pell said {claim}.", "Dana Pell") == "open"


def test_a_barrier_a_law_is_called_is_the_laws_own_restraint(analyzer):
    got = stances(analyzer, "The Harbor Act is a barrier to open-source AI, Dana Pell said.")
    assert got["Harbor Act"] == "closed"
    assert got["Dana Pell"] == "open"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # let out with no protection: a worry
        (
            'Orrin Labs made the model "available to anyone, anywhere, without monitoring or '
            'oversight," Kari Lund wrote.',
            "closed",
        ),
        # without restraints, or without a cloud, is the open side itself
        ("Kari Lund said open models can be run locally without sending data away.", "open"),
    ],
)
def test_a_release_without_protection_is_a_worry(analyzer, text, side):
    assert stances(analyzer, text)["Kari Lund"] == side


def test_who_a_rule_would_stop_from_releasing_is_the_one_who_releases(analyzer):
    got = stances(
        analyzer,
        "The Harbor Act would bar developers such as Orrin Labs from publishing open weights, "
        "Dana Pell warned.",
    )
    assert got["Orrin Labs"] == "open"  # its own act, stopped
    assert got["Harbor Act"] == "closed"  # and the stopping is the law's
    assert got["Dana Pell"] == "open"


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # curbs on the weights themselves
        ("Kari Lund has pushed for strict controls on model weights.", "Kari Lund", "closed"),
        ("Kari Lund opposes restrictions on model weights.", "Kari Lund", "open"),
        # shunning a restraint backs what it restrains; shunning the thing does not
        (
            "Dana Pell urged Congress to avoid restrictions on open-weight models.",
            "Dana Pell",
            "open",
        ),
        ("Orrin Labs avoided open source for years.", "Orrin Labs", "closed"),
        # what an act is likened to
        (
            "Tomas Berg argued that releasing model weights amounts to handing them to adversaries.",
            "Tomas Berg",
            "closed",
        ),
    ],
)
def test_curbs_on_weights_and_what_they_amount_to(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


def test_whom_a_recommendation_addresses_holds_nothing(analyzer):
    text = "The think tank's report recommends that Congress avoid restrictions on open models."
    assert stances(analyzer, text).get("Congress", "none") == "none"


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a restraint the cue names, said to harm others: a complaint
        ("Dana Pell said limits on model weights would hurt startups.", "Dana Pell", "open"),
        # what a lab stops short of doing, it does not do
        ("Orrin Labs stopped short of releasing the weights of Pyre 3.", "Orrin Labs", "closed"),
        ("Orrin Labs stopped short of open-sourcing its flagship model.", "Orrin Labs", "closed"),
        # "measures" is no verb of measuring
        ("Dana Pell called for tough measures against open-source AI.", "Dana Pell", "closed"),
    ],
)
def test_review_mends_for_short_of_measures_and_harmful_limits(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # falling short of rivals is a yardstick, not a side
        ("Pyre 3 falls short of proprietary rivals such as Corvid 2 on coding tests.", "Pyre 3"),
        # a model that should be open is wished for, not described
        (
            "Orrin Labs launched Pyre 3 on Monday. Kari Lund said the model should be open.",
            "Pyre 3",
        ),
        # offering help openly offers no model
        ("Dana Pell publicly offered to help Orrin Labs.", "Dana Pell"),
    ],
)
def test_review_mends_that_take_no_side(analyzer, text, absent):
    assert stances(analyzer, text).get(absent, "none") == "none"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # talking a lab out of an open release is the closed side's act
        ("Dana Pell dissuaded Kestrel AI from open-sourcing Pyre 2.", "closed"),
        # a harm that could deter open work, warned of, defends it
        (
            "The high cost of chips could deter startups from building open models, Dana Pell "
            "warned.",
            "open",
        ),
    ],
)
def test_deterring_the_cue_is_a_harm_to_it(analyzer, text, side):
    assert stances(analyzer, text)["Dana Pell"] == side
