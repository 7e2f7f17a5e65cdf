"""Who judges another's model against openness, and other kinds found this round: each on
self-written sentences (never an article's wording)."""

import pytest

from tests.conftest import analyze_text, stances


@pytest.mark.parametrize(
    "text",
    [
        '"Nimbus is not open source at all," said Dana Whitfield of the Free Code League.',
        "Dana Whitfield said Nimbus isn't truly open, because its licence bans rivals.",
        "Dana Whitfield argues that Nimbus is not really an open model.",
    ],
)
def test_who_says_anothers_model_is_not_open_holds_openness(analyzer, text):
    got = stances(analyzer, text)
    assert got["Dana Whitfield"] == "open"
    assert got["Nimbus"] == "closed"


def test_a_maker_saying_its_own_model_is_not_open_keeps_it_closed(analyzer):
    got = stances(
        analyzer, "Acme chief executive Dana Whitfield said Acme's Nimbus is not open source."
    )
    assert got["Dana Whitfield"] == "closed"


def test_a_wish_that_a_model_not_be_open_is_closed(analyzer):
    got = stances(analyzer, "Dana Whitfield said Nimbus should not be open source.")
    assert got["Dana Whitfield"] == "closed"


def test_a_leaderboard_of_open_models_gives_its_owner_no_side(analyzer):
    text = "Nimbus came second on the Lumen Labs open-model leaderboard last week."
    assert stances(analyzer, text)["Lumen Labs"] == "none"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Nimbus Max is the first Acme flagship you cannot download.", "closed"),
        ("Nimbus is the first big model that developers can download.", "open"),
    ],
)
def test_who_may_download_a_named_model_sides_it(analyzer, text, side):
    got = stances(analyzer, text)
    assert got[text.split(" is ")[0]] == side


def test_who_may_download_something_else_is_no_cue(analyzer):
    text = "Acme ships Nimbus as an app, which means users can download and use its code."
    assert stances(analyzer, text)["Nimbus"] == "none"


@pytest.mark.parametrize(
    "text",
    [
        "The weights for Kestrel were released as open source.",
        "Lumen Labs released the weights for Kestrel under an open licence.",
        "The weights for Kestrel are available on Hugging Face.",
    ],
)
def test_the_model_whose_weights_are_opened_is_open(analyzer, text):
    assert stances(analyzer, text)["Kestrel"] == "open"


def test_weights_shared_but_commercial_use_restricted_is_mixed(analyzer):
    got = stances(analyzer, "Nimbus shares its model weights but limits commercial use.")
    assert got["Nimbus"] == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrel model comes with usage restrictions that worry lawyers.",
        "Lumen Labs restricts commercial use of the Kestrel model.",
    ],
)
def test_restricted_use_without_the_word_licence_is_closed(analyzer, text):
    assert stances(analyzer, text)["Kestrel"] == "closed"


def test_limits_as_a_verb_after_usage_are_no_restriction(analyzer):
    text = '"Open models help, but tight rules on model usage limit the apps," said Dana Whitfield.'
    assert stances(analyzer, text)["Dana Whitfield"] == "open"


def test_an_open_licence_with_limits_on_commercial_use_is_mixed(analyzer):
    got = stances(
        analyzer,
        "Acme released Kestrel 2 last week.\n"
        "Although it is openly licensed, the model has limits on commercial use.",
    )
    assert got["Kestrel 2"] == "mixed"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Last week Lumen Ventures published its own letter saying the bill would gut "
            "open-source AI.",
            "open",
        ),
        (
            "Last week Lumen Ventures sent a letter warning that the measure would punish "
            "open-source developers.",
            "open",
        ),
        (
            "Last week Lumen Ventures issued a statement saying the bill is right to curb "
            "open-weight models.",
            "closed",
        ),
    ],
)
def test_a_letter_that_reports_what_a_bill_would_do_speaks_for_its_sender(analyzer, text, side):
    assert stances(analyzer, text)["Lumen Ventures"] == side


def test_words_quoted_from_a_letter_are_its_senders_not_the_last_speakers(analyzer):
    got = stances(
        analyzer,
        'State senator Dana Whitfield wrote the bill. "We expected some anger," she said. '
        "Her reply came days after Andreessen Horowitz released a letter saying the bill "
        'would "gut open-source AI work and scare off investors."',
    )
    assert got["Andreessen Horowitz"] == "open"
    assert got["Dana Whitfield"] == "closed"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "According to the Orbit Declaration, open-source AI can help small states.",
            "Orbit Declaration",
        ),
        ("Under the Kestrel Data Act, open models need a safety file.", "Kestrel Data Act"),
    ],
)
def test_a_sentence_opener_is_not_part_of_a_documents_name(analyzer, text, name):
    names = [p.name for p in analyze_text(analyzer, "Openers test", text).players]
    assert name in names
    assert not any(n.lower().startswith(("according", "under")) for n in names)


def test_holding_open_model_makers_accountable_is_a_burden_on_them(analyzer):
    text = "The Orbit Safety Bill would hold open model makers accountable for misuse."
    assert stances(analyzer, text)["Orbit Safety Bill"] == "closed"


def test_a_list_that_opens_the_sentence_shares_its_verb(analyzer):
    got = stances(
        analyzer, "Kestrel 1.5, Kestrel 2, and Kestrel 2.5 all shipped weights on Hugging Face."
    )
    assert got["Kestrel 1.5"] == got["Kestrel 2"] == got["Kestrel 2.5"] == "open"


def test_two_names_joined_by_and_are_not_read_as_an_opening_list(analyzer):
    got = stances(analyzer, "Lumen Labs and Orbit Systems disagree; Orbit ships weights openly.")
    assert got["Lumen Labs"] == "none"


def test_a_licence_switched_to_an_open_one_is_opening(analyzer):
    got = stances(analyzer, "Lumen Labs switched the Kestrel licence to Apache 2.0 last week.")
    assert got["Lumen Labs"] == "open"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lumen Labs open-sources Kestrel every spring.", "Lumen Labs"),
        (
            '"Each time a big lab open-sources a strong model, the whole field gains," said '
            "Dana Whitfield.",
            "Dana Whitfield",
        ),
    ],
)
def test_the_verbs_third_person_open_sources_is_a_cue(analyzer, text, name):
    assert stances(analyzer, text)[name] == "open"


def test_open_sources_plural_noun_without_hyphen_is_no_cue(analyzer):
    text = "Lumen Labs built Kestrel from open sources such as public records."
    assert stances(analyzer, text)["Lumen Labs"] == "none"


def test_the_setting_after_an_opened_object_is_not_opened(analyzer):
    got = stances(analyzer, "Lumen Labs open-sources its Kestrel model amid Orbit Systems rivalry.")
    assert got["Lumen Labs"] == "open"
    assert got.get("Orbit Systems", "none") == "none"


@pytest.mark.parametrize(
    ("text", "model", "side"),
    [
        ("Lumen Labs published Kestrel 2's weights on Hugging Face.", "Kestrel 2", "open"),
        ("Lumen Labs made Kestrel 2's weights public in May.", "Kestrel 2", "open"),
        ("Lumen Labs has not released Kestrel's weights.", "Kestrel", "closed"),
        ("Lumen Labs withheld Kestrel 2's weights.", "Kestrel 2", "closed"),
    ],
)
def test_a_models_weights_named_with_its_possessive_are_still_its_weights(
    analyzer, text, model, side
):
    got = stances(analyzer, text)
    assert got["Lumen Labs"] == got[model] == side


def test_a_model_shipped_without_its_weights_stays_closed(analyzer):
    got = stances(analyzer, "Lumen Labs shipped Kestrel 2 without open weights.")
    assert got["Lumen Labs"] == "closed"


def test_opensourced_written_as_one_word_is_a_cue(analyzer):
    assert (
        stances(analyzer, "Lumen Labs opensourced its Kestrel model in May.")["Lumen Labs"]
        == "open"
    )


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Dana Whitfield praised Lumen Labs for releasing Kestrel openly.", "open"),
        ("Dana Whitfield credited Lumen Labs for keeping Kestrel closed.", "closed"),
    ],
)
def test_who_is_praised_for_an_act_did_it(analyzer, text, side):
    assert stances(analyzer, text)["Lumen Labs"] == side


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lumen Labs put Kestrel 2 on GitHub last week.", "Kestrel 2"),
        ("Kestrel 2 can be downloaded from Hugging Face.", "Kestrel 2"),
    ],
)
def test_a_model_put_where_anyone_can_fetch_it_is_open(analyzer, text, name):
    assert stances(analyzer, text)[name] == "open"


@pytest.mark.parametrize(
    "text",
    [
        "The Orbit Safety Act requires developers to test models before release, including "
        "open-weight ones.",
        "The Orbit Safety Act requires labs to test their open-weight models before release.",
        "The Orbit Safety Act requires labs to pass a review before releasing open-weight models.",
    ],
)
def test_a_check_a_law_requires_of_open_models_is_a_burden(analyzer, text):
    assert stances(analyzer, text)["Orbit Safety Act"] == "closed"


def test_a_law_requiring_models_to_be_opened_is_open(analyzer):
    text = "The Orbit Safety Act requires labs to open-source their models."
    assert stances(analyzer, text)["Orbit Safety Act"] == "open"


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a closed word denied is a defence, read as said
        (
            '"Kestrel 2 is not proprietary," said Maria Alvarez, defending the model.',
            "Maria Alvarez",
            "open",
        ),
        # who receives a letter is not its issuer
        (
            'Senator Jane Park received a letter saying the bill would "destroy open-source AI."',
            "Jane Park",
            "none",
        ),
        # posted on GitHub, but not a model
        ("Orbit Systems posted its safety policy on GitHub.", "Orbit Systems", "none"),
        ("Orbit Systems shared the news on GitHub and X.", "Orbit Systems", "none"),
        # research about weights is no release of weights
        (
            "Lumen Labs published new research on model weights and memorisation.",
            "Lumen Labs",
            "none",
        ),
        # a report one can download is no open model
        (
            "Lumen Labs' report, which you can download here, argues that open weights are risky.",
            "Lumen Labs",
            "closed",
        ),
        # praised for a thing, not for an act
        (
            "Daniel Cho praised Lumen Labs for its response to criticism of its closed models.",
            "Lumen Labs",
            "none",
        ),
        # an index that is software, not a ranking
        (
            "Lumen Labs' open-source vector index has been downloaded a million times.",
            "Lumen Labs",
            "open",
        ),
    ],
)
def test_this_rounds_rules_stay_within_their_kind(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


def test_open_weights_beyond_recall_is_a_danger_whoever_reports_it(analyzer):
    for verb in ("said", "warned", "worries"):
        text = f"Dana Whitfield {verb} that open weights cannot be recalled once released."
        assert stances(analyzer, text)["Dana Whitfield"] == "closed", verb


@pytest.mark.parametrize(
    "text",
    [
        "Orbit Systems runs a leaderboard for open-weight models.",
        "Orbit Systems publishes a ranking of proprietary chatbots every month.",
    ],
)
def test_what_a_table_ranks_gives_its_owner_no_side(analyzer, text):
    assert stances(analyzer, text)["Orbit Systems"] == "none"


def test_restricted_use_of_something_else_is_no_cue(analyzer):
    text = "The bill restricts commercial use of facial recognition, Senator Jane Park said."
    assert stances(analyzer, text)["Jane Park"] == "none"


def test_restricted_use_of_a_model_is_still_closed(analyzer):
    text = "Orbit Systems restricts commercial use of the Falcon 3 model."
    assert stances(analyzer, text)["Falcon 3"] == "closed"


def test_a_maker_who_admits_its_model_is_not_open_is_no_judge(analyzer):
    got = stances(analyzer, "Falcon 3 is not open source, Orbit Systems admitted.")
    assert got["Orbit Systems"] == "closed"


@pytest.mark.parametrize(
    "text",
    [
        "Pyre 3 is said to perform competitively against open-weight models such as Corvid 2.",
        "Pyre 3 was benchmarked against closed models such as Corvid 2.",
    ],
)
def test_a_model_measured_against_a_side_takes_no_side_from_the_yardstick(analyzer, text):
    got = stances(analyzer, text)
    assert got.get("Pyre 3", "none") == "none"
    assert got["Corvid 2"] != "none"  # the yardstick's examples keep their description


def test_arguing_against_the_cue_still_opposes_it(analyzer):
    assert stances(analyzer, "Dana Pell argued against open models.")["Dana Pell"] == "closed"
