"""Polarity on self-written sentences: contrast, negation, worry, a harm feared for the cue."""

import pytest

from bot.understanding.nlp import cues
from bot.understanding.polarity import contrasted, polarity
from tests.conftest import stances


@pytest.fixture(scope="module")
def nlp(analyzer):
    return analyzer.nlp


def first_cue(nlp, text):
    doc = nlp(text)
    cue = cues(doc)[0]
    root = doc[cue.start : cue.end].root
    return doc, cue, [root, *root.ancestors]


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("She said open models are safer.", 1),
        ("She does not believe open models are safe.", -1),
        ("She warned that open models could be misused by criminals.", -1),
        ("She warned that the rules could discourage open-source development.", 1),
        ("Lawmakers should not restrict open models, she said.", 1),
        ("He prefers tools he can audit rather than closed models.", -1),
        ("The lab is not open about its plans, but its models are open source.", 1),
    ],
)
def test_polarity(nlp, text, sign):
    _, cue, path = first_cue(nlp, text)
    assert polarity(cue, path) == sign


def test_contrast_right_before_the_cue(nlp):
    doc, cue, _ = first_cue(nlp, "They switched from closed models to their own servers.")
    assert contrasted(cue, doc)
    doc, cue, _ = first_cue(nlp, "They use closed models for now.")
    assert not contrasted(cue, doc)


@pytest.mark.parametrize(
    "text",
    [
        "She warned about the perils of regulatory capture.",
        "She warns against regulatory capture in AI.",
        "Regulatory capture could stifle smaller labs, she said.",
    ],
)
def test_warning_about_an_attack_word_defends_open(nlp, text):
    _, cue, path = first_cue(nlp, text)
    assert cue.side == "open" and polarity(cue, path) == 1


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a contrast word on the path counts once, with the worry it hangs from
        ("The senator is leading the fight against open-source AI.", -1),
        ("She warned against open models.", -1),
        ("She campaigns against closed models.", -1),
        # near misses: struggling for a side, and a plain worry without a contrast word
        ("She fought for open models.", 1),
        ("She worries that open models could be misused.", -1),
    ],
)
def test_fighting_or_warning_against_a_side(nlp, text, sign):
    _, cue, path = first_cue(nlp, text)
    assert polarity(cue, path) == sign


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("The lab declined to release the weights of its model.", -1),
        ("The lab has refused to open-source its newest model.", -1),
        # near misses: a release that is planned or agreed, not refused
        ("The lab plans to release the weights of its model.", 1),
        ("The lab agreed to release the weights of its model.", 1),
        ("The lab will not stop releasing the weights of its models.", 1),
    ],
)
def test_refusing_to_release_rejects_the_release(nlp, text, sign):
    _, cue, path = first_cue(nlp, text)
    assert polarity(cue, path[:1]) == sign  # the cue's own verb, as the first rule reads it
    assert polarity(cue, path) == sign


def test_a_negation_after_the_cue_denies_what_follows(nlp):
    _, cue, path = first_cue(nlp, "The lab calls its model open-weight, not open-source.")
    assert polarity(cue, path[:1]) == 1
    # near miss: the cue's own clause negated
    _, cue, path = first_cue(nlp, "The lab does not release open-weight models.")
    assert polarity(cue, path) == -1


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a release that would arm those who do harm
        ("The senator said open-source AI would help terrorists.", -1),
        ("He said open weights hand adversaries a powerful tool.", -1),
        ("She said open models could fall into the hands of hostile states.", -1),
        # near misses: the release helps those who act against the harm
        ("The senator said open models help police track terrorists.", 1),
        ("He said open models help defend against attackers.", 1),
        ("She said open models could end up in the hands of every student.", 1),
    ],
)
def test_a_release_that_arms_bad_actors(nlp, text, sign):
    _, cue, path = first_cue(nlp, text)
    assert polarity(cue, path) == sign


def test_a_crackdown_stays_a_worry(nlp):
    _, cue, path = first_cue(nlp, "The agency will crack down on open models.")
    assert polarity(cue, path) == -1


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a worry brushed aside defends the side it was about
        ("He dismissed concerns that open models are dangerous.", 1),
        ("She downplayed the risks of open-source AI.", 1),
        ("He rejected claims that open models help terrorists.", 1),
        ("She accepted the risks of releasing open models.", 1),
        ("He brushed aside fears about open-source AI.", 1),
        # near misses: the worry stated or agreed with; a side rejected outright
        ("She highlighted the risks of open-source AI.", -1),
        ("He accepted that open models are risky.", -1),
        ("He rejected claims that open models are safe.", -1),
        ("She rejected open-source AI.", -1),
        ("The lab accepted the restrictions on open models.", -1),
    ],
)
def test_a_worry_brushed_aside(nlp, text, sign):
    _, cue, path = first_cue(nlp, text)
    assert polarity(cue, path) == sign


def test_a_question_as_a_topic_is_no_doubt(nlp):
    _, cue, path = first_cue(nlp, "She said open models settle the question.")
    assert polarity(cue, path) == 1
    # near miss: questions about something doubt it
    _, cue, path = first_cue(nlp, "She said open models raise questions about safety.")
    assert polarity(cue, path) == -1


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # those a release would arm, named by a worry word on the noun or after "a gift to"
        ("She said open models help bad actors.", -1),
        ("Critics say open models are a gift to bad actors.", -1),
        # near misses: a gift to researchers; problems that the models help solve
        ("She said open models are a gift to researchers.", 1),
        ("She said open models help researchers solve problems.", 1),
    ],
)
def test_who_a_release_would_help(nlp, text, sign):
    _, cue, path = first_cue(nlp, text)
    assert polarity(cue, path) == sign


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("The bill would make it harder to release open-weight models, he warned.", 1),
        ("Critics said the rules would make it impossible to share open models.", 1),
        # near miss: a judgement on open models, not a harm done to them
        ("She warned that it is harder to trust open models.", -1),
    ],
)
def test_a_rule_that_makes_release_harder(nlp, text, sign):
    _, cue, path = first_cue(nlp, text)
    assert polarity(cue, path) == sign


def test_a_negation_read_as_the_contrast_counts_once(nlp):
    _, cue, path = first_cue(nlp, "Sam Altman has said OpenAI will not open-source GPT-5.")
    assert polarity(cue, path) == -1


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # "drop" a model is to release it; to drop a plan is to abandon it
        ("Microsoft dropped a new model under the Apache 2.0 licence.", 1),
        ("The startup dropped Mixtral under an MIT license.", 1),
        ("Stability AI dropped its open-source plans.", -1),
    ],
)
def test_dropping_a_model_releases_it(nlp, text, sign):
    _, cue, path = first_cue(nlp, text)
    assert polarity(cue, path) == sign


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a worry denied, played down or outweighed defends the side it was about
        ("He said there is nothing wrong with open models.", 1),
        ("She said open models are no more dangerous than search engines.", 1),
        ("He said fears about open models are overblown.", 1),
        ("She said the risks of open models are manageable.", 1),
        ("He said the benefits of open models outweigh the risks.", 1),
        ("She said open models have less bias.", 1),
        ("He said open models carry fewer risks.", 1),
        # near misses: the worry stated, or the worry outweighing
        ("She said open models are more dangerous than search engines.", -1),
        ("He said fears about open models are growing.", -1),
        ("She said the risks of open models outweigh the benefits.", -1),
        ("She said open models have more bias.", -1),
    ],
)
def test_a_worry_denied_played_down_or_outweighed(nlp, text, sign):
    _, cue, path = first_cue(nlp, text)
    assert polarity(cue, path) == sign


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a worry in the cue's own relative clause, or the cue lacking something
        ("He said the market is full of closed models that lack transparency.", -1),
        ("He said the market is full of open models that could help terrorists.", -1),
        ("She said open models lack safeguards.", -1),
        # near misses: a neutral relative clause; a place lacking the cue's side wants it
        ("He said the market is full of closed models that businesses trust.", 1),
        ("She said Europe lacks open models.", 1),
    ],
)
def test_a_worry_in_the_cues_own_relative_clause(nlp, text, sign):
    _, cue, path = first_cue(nlp, text)
    assert polarity(cue, path) == sign


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            '"If the bill restricts open models, startups will be the losers," said Jane Roe.',
            "open",
        ),
        ('"If lawmakers ban open models, innovation will suffer," said Jane Roe.', "open"),
        ("Jane Roe warned that startups will suffer if lawmakers restrict open models.", "open"),
        (
            '"If lawmakers restrict open models, the country will be safer," said Jane Roe.',
            "closed",
        ),
        (
            '"Open models will be abused if their weights are freely downloadable," said Jane Roe.',
            "closed",
        ),
    ],
)
def test_a_harm_that_follows_a_restraint_in_a_condition_defends_the_cue(analyzer, text, side):
    assert stances(analyzer, text)["Jane Roe"] == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Jane Roe wrote to the senator, arguing that the bill would favor proprietary "
            "systems over open ones.",
            "open",
        ),
        ("Jane Roe complained that the rule favors open models over closed ones.", "closed"),
        ("Jane Roe warned that the rule favors proprietary models over open ones.", "open"),
    ],
)
def test_an_argument_that_a_rule_favours_one_side_over_the_other_is_a_complaint(
    analyzer, text, side
):
    assert stances(analyzer, text)["Jane Roe"] == side


@pytest.mark.parametrize(
    "text",
    [
        '"If lawmakers ban open models, cyberattacks will decline," said Dario Amodei.',
        '"If lawmakers ban open models, attackers will suffer," said Dario Amodei.',
        '"If lawmakers ban open models, the country will be safer, even if some startups '
        'suffer," said Dario Amodei.',
    ],
)
def test_a_harm_to_bad_actors_or_one_only_conceded_does_not_defend_the_cue(analyzer, text):
    assert stances(analyzer, text)["Dario Amodei"] == "closed"


def test_a_country_left_at_a_disadvantage_by_a_restraint_is_a_harm(analyzer):
    text = (
        "Ruritania would end up at a disadvantage if lobby groups curb open models, Andrew Ng said."
    )
    assert stances(analyzer, text)["Andrew Ng"] == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe contended that the law should benefit closed over open-source models.",
        "Jane Roe argued that the rule favors proprietary over open models, which is exactly "
        "right.",
    ],
)
def test_a_favour_wished_for_or_approved_is_no_complaint(analyzer, text):
    assert stances(analyzer, text)["Jane Roe"] == "closed"


def test_a_favour_set_over_on_the_object_is_still_a_complaint(analyzer):
    text = "Jane Roe argued that the bill would favor proprietary over open models."
    assert stances(analyzer, text)["Jane Roe"] == "open"
