"""Kinds of sentence read wrong on this round's first-read pages and red-team probes
(self-written text for each kind): a restraint judged a wrong step ("the curbs on open
models are a mistake"), with the near misses of each."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a verdict against a restraint on open models defends them
        ("Restrictions on open weights are misguided, Lena Park said.", "Lena Park", "open"),
        ("Lena Park said restrictions on open weights are a mistake.", "Lena Park", "open"),
        ("Lena Park said the ban on open models is a bad idea.", "Lena Park", "open"),
        ("Lena Park considers restrictions on open weights misguided.", "Lena Park", "open"),
        ("Lena Park views limits on open models as a mistake.", "Lena Park", "open"),
        ("Lena Park called the ban on open models a mistake.", "Lena Park", "open"),
        ("Lena Park called the curbs on open-source AI misguided.", "Lena Park", "open"),
        (
            "Lena Park described the curbs on open models as a form of regulatory capture.",
            "Lena Park",
            "open",
        ),
        (
            "Lena Park described the limits on open weights as an overreach.",
            "Lena Park",
            "open",
        ),
        # near misses: a verdict for the restraint, a verdict on the open thing itself, and
        # fears (not restraints) judged wrong; a verdict in a clause beside a call, on a
        # lifting of the restraint, or denied
        (
            "Dana Reyes called on lawmakers to impose limits on open models, warning that "
            "unchecked releases are dangerous.",
            "Dana Reyes",
            "closed",
        ),
        (
            "Dana Reyes considers limits on open models essential, saying the alternative is "
            "dangerous.",
            "Dana Reyes",
            "closed",
        ),
        ("Lena Park said the lack of limits on open models is a mistake.", "Lena Park", "closed"),
        (
            "Omar Haddad said the ban on open-weight models was no mistake.",
            "Omar Haddad",
            "closed",
        ),
        ("Restrictions on open weights are necessary, Lena Park said.", "Lena Park", "closed"),
        ("Lena Park called the ban on open models a wise step.", "Lena Park", "closed"),
        ("Lena Park said open models are a mistake.", "Lena Park", "closed"),
        ("Lena Park called open models a mistake.", "Lena Park", "closed"),
        ("Fears about open models are misguided, Lena Park said.", "Lena Park", "open"),
    ],
)
def test_restraint_judged_a_wrong_step(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a participle opening the sentence names the backers of the bill it describes
        (
            "Sponsored by Representatives Dana Reyes and Omar Haddad, the bill would let the "
            "trade ministry restrict the export of frontier models.",
            "Omar Haddad",
            "closed",
        ),
        (
            "Introduced by Senator Dana Reyes, the Harbor Act would ban the release of "
            "open-weight models.",
            "Dana Reyes",
            "closed",
        ),
        (
            "Opposed by Dana Reyes, the Harbor Act would ban the release of open-weight models.",
            "Dana Reyes",
            "open",
        ),
        # near misses: a participle that is not a backing, and one set after the subject
        ("Opposed by Dana Reyes, the bill seeks to restrict open-source AI.", "Dana Reyes", "none"),
        (
            "The bill, sponsored by Dana Reyes, would restrict open-source AI.",
            "Dana Reyes",
            "closed",
        ),
    ],
)
def test_opening_participle_names_the_backers(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # what the sentence says of an unnamed subject sets the one after "unlike" against it
        ("Unlike Tern, the new system is not open source.", "Tern", "open"),
        ("Unlike Tern, the new model is open source.", "Tern", "closed"),
        # the parts of a model listed as the subject: "the X and source code of Y"
        (
            "The checkpoints and training code of Tern-7 are downloadable from Hugging Face "
            "for any use.",
            "Tern-7",
            "open",
        ),
        # near misses: a named subject speaks for itself, and a part that is no model's
        ("Unlike Nimbus, Kestrel has released the weights of its models.", "Nimbus", "closed"),
        ("The press and the customers of Nimbus are open to new ideas.", "Nimbus", "none"),
    ],
)
def test_foils_of_a_described_subject_and_listed_parts(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # "not just (merely, only) X; Y" says X and more: no negation
        ("Nimbus is not just releasing open models; it is building a community.", "Nimbus", "open"),
        (
            "By open-sourcing Tern, Nimbus is not just challenging its rivals; it is inviting "
            "developers to build on it.",
            "Tern",
            "open",
        ),
        # near miss: a plain negation still turns the side
        ("Nimbus is not releasing open models.", "Nimbus", "closed"),
    ],
)
def test_not_just_is_no_negation(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


@pytest.mark.parametrize(
    "text",
    [
        '"Tern is among the few fully open models," emphasizes Imanol Schlag, Kestrel research '
        "scientist and technical lead.",
        "Imanol Schlag, a research scientist at Kestrel, said Tern is open.",
    ],
)
def test_a_name_cut_before_its_surname_is_one_person(analyzer, text):
    """The NER tags an unfamiliar first name alone; the speaker's place after a quote, or a job
    set beside the name, says the two words are one person's name."""
    assert "Imanol Schlag" in stances(analyzer, text)
    assert "Imanol" not in stances(analyzer, text)


def test_a_two_word_name_without_a_person_s_place_is_left_as_tagged(analyzer):
    assert "Imanol Schlag" not in stances(analyzer, "Imanol Schlag tools are open source.")


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # one who denies that another's model or licence is open source defends the name
        ("Dana Reyes said Tern is not truly open source.", "Dana Reyes", "open"),
        ("That's not open source, Dana Reyes said.", "Dana Reyes", "open"),
        (
            "Nimbus wrote its own licence for Tern. Kestrel's director Dana Reyes said that "
            'it is, frankly, "not open source."',
            "Dana Reyes",
            "open",
        ),
        # near misses: a maker of its own model, the speaker as the "it", the other side said
        ("Dana Reyes said our model is not open source.", "Dana Reyes", "closed"),
        ("Nimbus said it is not open source.", "Nimbus", "closed"),
        ("Dana Reyes said open models are not safe.", "Dana Reyes", "closed"),
    ],
)
def test_denying_another_s_model_is_open_source_defends_the_name(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a law's own "make it illegal (harder, a crime) to" is its act: a restraint
        (
            "The Harbor Act would make it illegal to publish the weights of frontier models.",
            "Harbor Act",
            "closed",
        ),
        ("The Harbor Act would make it harder to release open models.", "Harbor Act", "closed"),
        (
            "The Harbor Act would make it a crime to publish the weights of frontier models.",
            "Harbor Act",
            "closed",
        ),
        # near misses: who says so defends the cue; a priority made is no restraint
        (
            "Dana Reyes said the Harbor Act would make it harder to release open models.",
            "Dana Reyes",
            "open",
        ),
        (
            "The Harbor Act would make it a priority to release open models.",
            "Harbor Act",
            "open",
        ),
        # over-regulation is a restraint, however it is written and parsed
        ("Tomas Berg warned against over-regulating open models.", "Tomas Berg", "open"),
        ("Tomas Berg warned against overregulation of open models.", "Tomas Berg", "open"),
        ("Tomas Berg called for regulating open models.", "Tomas Berg", "closed"),
        # a verdict on a restraint the cue itself names, and one read as a trailing adjective
        (
            "Nimbus called the export controls on open models counterproductive.",
            "Nimbus",
            "open",
        ),
        ("Nimbus called the export controls on open models excessive.", "Nimbus", "open"),
        ("Export controls on open models are a mistake, Nimbus said.", "Nimbus", "open"),
        ("Nimbus called the export controls on open models necessary.", "Nimbus", "closed"),
        ("Dana Reyes called the ban on open-weight models a mistake.", "Dana Reyes", "open"),
    ],
)
def test_acts_that_restrain_and_verdicts_on_them(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a relative clause names a bill's sponsor (or critic) in its subject
        (
            "The Safe Weights Act, which Lena Park introduced in March, would ban the release "
            "of open-weight models.",
            "Lena Park",
            "closed",
        ),
        (
            "The bill, which Lena Park introduced in March, would ban the release of "
            "open-weight models.",
            "Lena Park",
            "closed",
        ),
        (
            "The bill, which Lena Park opposes, would ban the release of open-weight models.",
            "Lena Park",
            "open",
        ),
        # near miss: a relative clause of another act
        (
            "The bill, which Lena Park read in March, would ban the release of open-weight models.",
            "Lena Park",
            "none",
        ),
        # the model an open release releases
        ("Dana Reyes praised the open release of Osprey-7B.", "Osprey-7B", "open"),
        ("Nimbus halted the open release of Osprey-7B.", "Osprey-7B", "none"),
        # what is called an attack on the cue falls on the cue: who says so defends it
        ("Kestrel said the Harbor Act is an attack on open science.", "Kestrel", "open"),
        ("Kestrel said the Harbor Act is an attack on open science.", "Harbor Act", "closed"),
        ("Kestrel described the Harbor Act as an attack on open-source AI.", "Kestrel", "open"),
        ("The Harbor Act is an assault on open models, Kestrel said.", "Kestrel", "open"),
    ],
)
def test_relative_sponsors_released_models_and_attacks(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # the holders of a view given a name that dismisses them: their view is rejected
        ("Lena Park called critics of open models alarmists.", "Lena Park", "open"),
        ("Lena Park dismissed critics of open models as doomers.", "Lena Park", "open"),
        # near miss: a name that honours them
        ("Lena Park called critics of open models experts.", "Lena Park", "closed"),
        # a release that hands a tool to swindlers is a worry
        (
            "Dana Reyes said the open release of Tern had handed scammers a powerful new tool.",
            "Dana Reyes",
            "closed",
        ),
        # a backing or opposition denied takes neither side
        (
            "Dana Reyes said she would not oppose a bill that restricts the release of model "
            "weights.",
            "Dana Reyes",
            "none",
        ),
        (
            "Dana Reyes did not back the Harbor Act, which would ban open models.",
            "Dana Reyes",
            "none",
        ),
        ("Dana Reyes backed the Harbor Act, which would ban open models.", "Dana Reyes", "closed"),
    ],
)
def test_dismissive_names_swindlers_and_denied_backing(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # access gated to a vetted few, however the count and the verb are written
        (
            "Nimbus will limit access to its new Tern-5 system to some 30 approved customers.",
            "Nimbus",
            "closed",
        ),
        ("Nimbus made Tern-5 available only to a few vetted partners.", "Tern-5", "closed"),
        ("Tern-5 is offered by invitation to a handful of trusted testers.", "Tern-5", "closed"),
        (
            "The ministry allowed Kestrel to reopen its Osprey system for some 50 vetted agencies "
            "and firms.",
            "Kestrel",
            "closed",
        ),
        # near misses: a limit on something else, and partners with no gate
        ("Nimbus will limit its spending to about 20 million dollars.", "Nimbus", "none"),
        ("Nimbus signed deals with about 20 partners to sell Tern-5.", "Nimbus", "none"),
    ],
)
def test_access_gated_to_a_vetted_few_is_closed(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


def test_a_makers_practice_said_beside_another_product_does_not_reach_its_known_one(analyzer):
    text = (
        "Anthropic's Claude Opus 4.8 is popular with consumers. On Friday the ministry allowed "
        "Anthropic to reopen its Tern 5 system for some 50 vetted agencies."
    )
    got = stances(analyzer, text)
    assert got["Anthropic"] == "closed"
    assert got["Claude Opus 4.8"] == "none"


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a release likened by "like" to a danger is feared
        (
            "Dana Reyes said releasing weights freely was like handing out blueprints for a bomb.",
            "Dana Reyes",
            "closed",
        ),
        (
            "Dana Reyes said releasing open weights is like handing out guns.",
            "Dana Reyes",
            "closed",
        ),
        # near miss: a likeness that is no danger
        (
            "Dana Reyes said open-sourcing models is like sharing a recipe with friends.",
            "Dana Reyes",
            "open",
        ),
    ],
)
def test_a_release_likened_to_a_danger_is_feared(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a plan to release given up is none, and so is a release only criticised
        ("Nimbus had quietly shelved plans to release the weights of Tern-3.", "Nimbus", "closed"),
        ("Nimbus had quietly shelved plans to release the weights of Tern-3.", "Tern-3", "none"),
        # near misses: a plan announced, or one only criticised, releases the model's side
        ("Nimbus announced plans to release the weights of Tern-3.", "Tern-3", "open"),
        ("Critics slammed Nimbus's plans to release the weights of Tern-3.", "Tern-3", "open"),
    ],
)
def test_plans_given_up(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # from the code review of this round's rules: each a near miss of one of them
        (
            "Lena Park said open models are like vaccines against disinformation.",
            "Lena Park",
            "open",
        ),
        ("Kestrel said open-source AI is like a shield against monopolies.", "Kestrel", "open"),
        ("Kestrel said it is not open source.", "Kestrel", "closed"),
        ("Tern AI, the maker of Nimbus 2, said it is not open source.", "Tern AI", "closed"),
        ("Tern AI invited developers to download the open weights of Nimbus 2.", "Tern AI", "open"),
        (
            "Dana Reyes said the Harbor Act would make it a crime to publish the weights of "
            "frontier models.",
            "Dana Reyes",
            "open",
        ),
        ("Kestrel ruled out an open release of Nimbus 2.", "Nimbus 2", "none"),
        (
            "The letter, which Kestrel did not sign, calls for a ban on open-weight models.",
            "Kestrel",
            "none",
        ),
        ("Kestrel said it had suffered a cyber attack on its servers.", "Kestrel", "none"),
        (
            "Kestrel said the open-source release of Nimbus 2 had been delayed by a hardware "
            "shortage.",
            "Kestrel",
            "open",
        ),
    ],
)
def test_review_near_misses(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side
