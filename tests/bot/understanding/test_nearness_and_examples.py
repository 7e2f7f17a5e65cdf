"""Kinds of sentence read wrong on this round's first-read pages (self-written text for each
kind), with the near misses of each."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coming close to a closed model measures the subject by it; it takes no side
        (
            "On several tests Vega came remarkably close to Osprey, Nimbus's closed model.",
            {"Vega": "none", "Osprey": "closed", "Nimbus": "closed"},
        ),
        (
            "Vega was comparable to Osprey, the closed model from Nimbus.",
            {"Vega": "none", "Osprey": "closed"},
        ),
        (
            "In coding tests, Halcyon 2.5 scores competitively with leading closed-source models.",
            {"Halcyon 2.5": "none"},
        ),
        # near miss: nearly doing the open act is no measure
        (
            "Nimbus came close to releasing Vega as an open model last year.",
            {"Nimbus": "open"},
        ),
        # an "against" set before the subject is a foil; after it, an opposition
        (
            "Against closed rivals, the models from Osprey Labs and Tern AI can be used for free.",
            {"Osprey Labs": "none", "Tern AI": "none"},
        ),
        ("Osprey Labs campaigned against closed models.", {"Osprey Labs": "open"}),
    ],
)
def test_nearness_is_a_measure(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # neglecting openness is leaving it, like abandoning it
        ("Dana Reyes has neglected openness since she took over.", {"Dana Reyes": "closed"}),
        (
            "Cheap open models could fulfil promises that Lena Park has neglected around openness.",
            {"Lena Park": "closed"},
        ),
        # the closed code of a company is the company's
        ("Critics pointed to the closed code of Nimbus.", {"Nimbus": "closed"}),
        (
            "Critics pointed to the closed code and pricey plans of Nimbus or Kestrel.",
            {"Nimbus": "closed", "Kestrel": "closed"},
        ),
        # an API offered as one way in among others ("or") closes nothing; "only" still does
        (
            "Osprey Labs and Tern AI serve their models at no cost or via a paid API.",
            {"Osprey Labs": "none", "Tern AI": "none"},
        ),
        (
            "The models from Osprey Labs are available only through an API or a web app.",
            {"Osprey Labs": "closed"},
        ),
        # freedom to use a model commercially given to anyone
        (
            "Nimbus now allows everyone to use the model commercially.",
            {"Nimbus": "open"},
        ),
        ("Nimbus lets companies use Vega commercially.", {"Nimbus": "open"}),
        # near miss: one's own use is no freedom given
        ("Nimbus uses the model commercially in its own products.", {"Nimbus": "none"}),
    ],
)
def test_leaving_owned_code_and_routes(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


def test_a_prior_version_after_a_dash_is_its_own_subject(analyzer) -> None:
    """The parser hangs "the prior version" on the first clause and leaves "was" without a
    subject: the version is its subject, and the model just opened keeps its side."""
    text = (
        "Nimbus unveiled its latest open source model, known as Vega 2.\n"
        "Nimbus handed the new model to developers — the earlier version, launched in May, "
        "was for research use only."
    )
    assert stances(analyzer, text) == {"Nimbus": "open", "Vega 2": "open"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a replacement (substitute) for the cue sets it aside, as an alternative to it does
        ("Halcyon 3 is a cheap replacement for proprietary models.", {"Halcyon 3": "open"}),
        ("Halcyon 3 is a substitute for proprietary models.", {"Halcyon 3": "open"}),
        # a bad word on the thing set aside agrees with the contrast (counted once)
        (
            "Halcyon 3 is a good alternative to opaque proprietary models.",
            {"Halcyon 3": "open"},
        ),
        (
            "Halcyon 3 is a fine replacement for opaque proprietary systems like Vega 2.",
            {"Halcyon 3": "open", "Vega 2": "closed"},
        ),
        # model codes with a version written on, listed as a model word's examples
        (
            "Auditors found a flaw in open models such as K3 and Tern2.5 last spring.",
            {"K3": "open", "Tern2.5": "open"},
        ),
        # models kept under (close) wraps, past an aside that names them
        (
            "Big labs like Nimbus and Kestrel have kept their models, such as Vega 2 and "
            "Osprey 4, under tight wraps.",
            {"Nimbus": "closed", "Kestrel": "closed", "Vega 2": "closed", "Osprey 4": "closed"},
        ),
        ("Nimbus has kept its models under wraps.", {"Nimbus": "closed"}),
        # near miss: plans kept under wraps are no model
        ("Nimbus kept its launch plans under wraps.", {"Nimbus": "none"}),
    ],
)
def test_replacements_codes_and_wraps(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # misuse: who uses the cue is a worry, and so is what it is used to make
        (
            "The Kestrel Foundation found that open-source models are being used by criminals.",
            {"Kestrel Foundation": "closed"},
        ),
        (
            "Osprey Watch said a freely available AI app is being used to make abusive clips.",
            {"Osprey Watch": "closed"},
        ),
        # a transformation from one side to the other ends on the other
        (
            "Nimbus has finished a transformation from an open-source lab into a closed-source "
            "company.",
            {"Nimbus": "closed"},
        ),
        # serious consequences for the cue are a harm to it
        (
            "Critics argue that the Harbor Act could have serious consequences for the open "
            "source community.",
            {"Harbor Act": "closed"},
        ),
        # a model judged too dangerous to release
        ("Dana Reyes said Vega 2 is too powerful to release.", {"Dana Reyes": "closed"}),
        # foreign access to models blocked; near misses: staff kept from outside apps, and
        # access to offices
        (
            "The Harbor Agency plans to block foreign access to frontier AI models.",
            {"Harbor Agency": "closed"},
        ),
        (
            "Big firms, including Nimbus and Kestrel, have blocked access to outside AI "
            "writing tools.",
            {"Nimbus": "none", "Kestrel": "none"},
        ),
        ("Nimbus restricted access to its offices after the protest.", {"Nimbus": "none"}),
        ("Nimbus restricted access to its models.", {"Nimbus": "closed"}),
        # a named one targeted for a deed is blamed for it
        (
            "Dana Reyes targeted Nimbus for its shift from open models to closed ones.",
            {"Dana Reyes": "open", "Nimbus": "closed"},
        ),
        # near miss: a law that targets open models restrains them
        ("The Harbor Act targets open models with new rules.", {"Harbor Act": "closed"}),
    ],
)
def test_misuse_harms_and_blocks(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # data a model is trained on, said to be available, opens no model
        (
            "Nimbus said it trained its models on bought and publicly available text.",
            {"Nimbus": "none"},
        ),
        ("Nimbus trained Vega on publicly available data.", {"Nimbus": "none"}),
        # near misses: a model made available, an open dataset released
        ("Nimbus made Vega publicly available.", {"Nimbus": "open"}),
        ("Nimbus released a publicly available dataset for training models.", {"Nimbus": "open"}),
        # manipulating images is a misuse
        (
            "Osprey Watch said a freely available AI app is being used to manipulate voice "
            "recordings.",
            {"Osprey Watch": "closed"},
        ),
        # a name set aside by "rather than" takes no lean from the sentence's cue
        (
            "Most speakers said they spoke of open models rather than the firm Nimbus.",
            {"Nimbus": "none"},
        ),
    ],
)
def test_training_data_misuse_and_set_aside_names(
    analyzer, text: str, expected: dict[str, str]
) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses of this round's rules, found by a review with invented sentences
        (
            "Kestrel's closed models and the critics of Nimbus clashed in Geneva.",
            {"Nimbus": "none"},
        ),
        (
            "The Harbor Act would let companies use AI models freely without audits.",
            {"Harbor Act": "none"},
        ),
        ("Nimbus has not neglected its open-source roots.", {"Nimbus": "open"}),
        ("Nimbus has not abandoned its open-source roots.", {"Nimbus": "open"}),
        ("Nimbus has abandoned its open-source roots.", {"Nimbus": "closed"}),
        (
            "Tern AI built its open model for sensor models like Lidar3 and Sonar2.",
            {"Lidar3": None, "Sonar2": None},
        ),
        (
            "Nimbus kept the details of its merger with Kestrel under tight wraps.",
            {"Nimbus": "none"},
        ),
        (
            "Priya Nair said open models are used by worried parents to filter content.",
            {"Priya Nair": "open"},
        ),
        (
            "Dana Reyes called for serious consequences for companies that keep their models "
            "closed.",
            {"Dana Reyes": "none"},
        ),
        (
            "Lena Park said the survey findings were too risky to publish before the election.",
            {"Lena Park": "none"},
        ),
        ("Lena Park targeted Nimbus for praise over its open weights.", {"Lena Park": "open"}),
        ("Kestrel has drifted closer to closed models.", {"Kestrel": "closed"}),
        ("Tern AI stays close to the open-source community.", {"Tern AI": "open"}),
        ("The Harbor Act is equivalent to a ban on open-source models.", {"Harbor Act": "closed"}),
        ("Against closed AI, Priya Nair has campaigned for years.", {"Priya Nair": "open"}),
        ("Nimbus offers Vega 2 in its chatbot or via a paid API.", {"Nimbus": "closed"}),
        ("Kestrel restricted access to its chatbot after the leak.", {"Kestrel": "closed"}),
    ],
)
def test_near_misses_of_this_rounds_rules(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


def test_a_replacement_for_no_model_is_no_contrast(analyzer) -> None:
    """A replacement for a person or a library sets no model aside: the side word still
    describes what the subject had, and is not turned."""
    got = stances(analyzer, "Kestrel is looking for a replacement for its open-source chief.")
    assert got["Kestrel"] != "closed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a model introduced unnamed is the one the next sentence names beside "the model"
        (
            "Kestrel built an open AI model for making music.\n"
            "The model, Vega 2, can be run on a laptop.",
            {"Kestrel": "open", "Vega 2": "open"},
        ),
        (
            "Researchers at the Osprey Institute have built an open source reasoning model.\n"
            "The new model, Vega 2, is offered at no cost by Tern AI.",
            {"Vega 2": "open"},
        ),
        # near misses: another's model, another model, a model named already
        (
            "Kestrel has released an open model. The Osprey model, Vega 2, is a rival.",
            {"Vega 2": "none"},
        ),
        (
            "Kestrel has released an open model.\nA rival model, Vega 2, costs more to run.",
            {"Vega 2": "none"},
        ),
        (
            "Kestrel has released an open model called Lumen 3.\nThe model, Vega 2, is older.",
            {"Lumen 3": "open", "Vega 2": "none"},
        ),
    ],
)
def test_a_model_named_in_the_next_sentence(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "with" small clause has a subject of its own, which its cue describes ...
        (
            "With Halcyon 3 available for anyone to download, Nimbus faces a new rival.",
            {"Halcyon 3": "open", "Nimbus": "none"},
        ),
        # ... and the main clause's subject takes nothing from it
        (
            "With Halcyon 3 popular among open-source fans, Nimbus faces a new rival.",
            {"Nimbus": "none"},
        ),
    ],
)
def test_a_with_clause_has_its_own_subject(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses found by a second review: a model only wanted, refused or denied is
        # not the one the next sentence names
        ("Critics wanted an open model.\nThe new model, Vega 2, is closed.", {"Vega 2": "closed"}),
        (
            "Kestrel declined to release an open model.\nThe new model, Vega 2, is closed.",
            {"Vega 2": "closed"},
        ),
        (
            "Kestrel has not released an open model.\nThe new model, Vega 2, is closed.",
            {"Vega 2": "closed"},
        ),
        # a "with" clause whose subject is "it" or "its weights" is read as before
        ("With its weights free to download, Vega 2 is popular.", {"Vega 2": "open"}),
        ("With it available for anyone to download, Vega 2 spread fast.", {"Vega 2": "open"}),
    ],
)
def test_near_misses_of_named_next_and_with_clauses(
    analyzer, text: str, expected: dict[str, str]
) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a model made available to only a chosen few
        (
            "Kestrel made Vega 5 available to only select developers in March.",
            {"Kestrel": "closed", "Vega 5": "closed"},
        ),
        # a model announced and then withheld ("it" is the model the first verb names)
        (
            "Kestrel announced Vega 5 on Monday but withheld it, citing security.",
            {"Kestrel": "closed", "Vega 5": "closed"},
        ),
        # near misses: "withheld it" of a report; a paper between; another who withholds;
        # a gate on what is no access to a model
        ("The board finished the audit report but withheld it from staff.", {}),
        (
            "Nimbus open-sourced Vega 2 and wrote a paper about it, but withheld it from the "
            "conference.",
            {"Vega 2": "open", "Nimbus": "open"},
        ),
        (
            "Lena Park finished the review of Vega 2, but Nimbus withheld it from the press.",
            {"Lena Park": "none", "Nimbus": "none", "Vega 2": "none"},
        ),
        ("Nimbus sent invitations to its developer meetup to only select partners.", {}),
    ],
)
def test_models_given_to_a_few_or_withheld(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected
    assert all(side == "none" for name, side in got.items() if name not in expected)
