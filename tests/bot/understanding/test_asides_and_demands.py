"""Kinds of sentence from this round's tune reading, end to end (self-written text): clauses set
aside, what does not matter, lists before a model noun, worries played down, licences demanded,
and who a role or a pronoun means."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        # a longer kept thing before "in-house"
        (
            "OpenAI, Google and Anthropic keep their most capable models in-house.",
            "Google",
            "closed",
        ),
        # the particle before the object
        (
            "Investor Tom Reed called for a move to lock down leading AI models.",
            "Tom Reed",
            "closed",
        ),
        ("Senator Jo Park wants to wall off the most powerful models.", "Jo Park", "closed"),
        # "words" (lemma "word") as a speaker's, like "remarks"
        (
            "Tom Reed spoke on Monday. Reed's words came with a call to lock down leading models.",
            "Tom Reed",
            "closed",
        ),
    ],
)
def test_keeping_or_locking_models_away(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side


@pytest.mark.parametrize(
    "text",
    [
        "Orbit keeps its hiring decisions in-house.",
        "Orbit keeps its chip design tools in-house.",
        "Police locked down the building where Orbit has its offices.",
        "Orbit locked down its offices before the release.",
        "Orbit has locked up supply for AI development.",
    ],
)
def test_keeping_or_locking_other_things(analyzer, text):
    assert stances(analyzer, text).get("Orbit", "none") == "none"


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        (
            "The biggest versions, such as Zeta-Max, are sold only through Orbit's API rather "
            "than having the weights released to everyone.",
            "Zeta-Max",
            "closed",
        ),
        (
            "Orbit keeps Zeta-Max on its servers instead of making the model open source.",
            "Orbit",
            "closed",
        ),
        # near misses: the thing set aside is the closed route, or a worry
        ("Orbit released Zeta-2 openly rather than through an API.", "Zeta-2", "open"),
        (
            "Rather than fretting about open models, Jane Roe said startups should use them.",
            "Jane Roe",
            "open",
        ),
    ],
)
def test_a_clause_set_aside_by_rather_than(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Professor Ann Smith said staff training decides safe use regardless of openness.",
            "none",
        ),
        ("Ann Smith said the audit applies irrespective of open weights.", "none"),
        # near miss: "regardless" of something else
        ("Ann Smith said open models are safe regardless of what critics claim.", "open"),
    ],
)
def test_what_does_not_matter_takes_no_side(analyzer, text, side):
    assert stances(analyzer, text)["Ann Smith"] == side


@pytest.mark.parametrize(
    ("text", "players"),
    [
        ("Mistral followed Meta in publishing its model weights.", {"Meta", "Mistral AI"}),
        ("Cohere followed Meta in keeping its largest model closed.", {"Meta", "Cohere"}),
    ],
)
def test_the_one_followed_in_an_act_shares_it(analyzer, text, players):
    got = stances(analyzer, text)
    assert {got[p] for p in players} == {"closed" if "closed" in text else "open"}


@pytest.mark.parametrize(
    "text",
    [
        "Mistral followed Meta to Paris and released open-weight models there.",
        "Mistral followed Meta in hiring researchers, then released an open model.",
        "Google followed Meta in launching a chatbot but released its weights openly.",
    ],
)
def test_the_one_followed_does_not_share_the_followers_other_acts(analyzer, text):
    assert stances(analyzer, text)["Meta"] == "none"


@pytest.mark.parametrize(
    ("text", "players", "side"),
    [
        (
            "Helix says its model tops the Falcon, Mistral, and Qwen open models on tests.",
            ["Mistral AI"],
            "open",
        ),
        ("Zeta outperforms the Falcon, Llama 2 and Qwen open-weight models.", ["Llama 2"], "open"),
        (
            "The study compared Gemini, Claude and other closed models.",
            ["Gemini", "Claude"],
            "closed",
        ),
        (
            "Unlike other open MoE models such as Mixtral and Grok-1, Zeta uses many small experts.",
            ["Mixtral", "Grok-1"],
            "open",
        ),
        ("Acme trained open reasoning models such as Zeta-R1.", ["Zeta-R1"], "open"),
        # near miss: alternatives to a kind, not members of it
        ("The study compared Llama 3, Mistral 7B and closed models.", ["Llama 3"], "none"),
    ],
)
def test_names_listed_with_a_sided_model_noun(analyzer, text, players, side):
    got = stances(analyzer, text)
    assert [got[p] for p in players] == [side] * len(players)


@pytest.mark.parametrize(
    "text",
    [
        "The deal pits Meta against OpenAI and its GPT-4, with both firms racing to lead. "
        "Earlier, Jack Dorsey praised Zuckerberg's decision to open-source their language model.",
        "OpenAI and Meta compete hard. Analysts welcomed Meta's plan to release their models openly.",
    ],
)
def test_a_pronoun_in_a_named_decision_is_the_deciders(analyzer, text):
    got = stances(analyzer, text)
    assert got["OpenAI"] == "none"
    assert "GPT-4" not in got or got["GPT-4"] == "none"


def test_a_decision_about_someone_elses_models_leaves_the_pronoun_to_them(analyzer):
    got = stances(analyzer, "OpenAI said Meta's decision to attack their closed models was unfair.")
    assert got["OpenAI"] == "closed"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Clegg said concerns over open models were exaggerated.", "open"),
        (
            "Clegg said worries about open-source models, which anyone can change, were overblown.",
            "open",
        ),
        (
            "Clegg said worries about open models, which anyone can change, were justified.",
            "closed",
        ),
        ("Clegg said the debate over open models was heated.", "none"),
        # near misses: "over" that prefers; a worry said not to be overblown
        ("Clegg prefers closed models over open ones.", "closed"),
        ("Clegg said worries about open models were not overblown.", "closed"),
    ],
)
def test_worries_over_a_side_and_worries_played_down(analyzer, text, side):
    assert stances(analyzer, text)["Clegg"] == side


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        (
            "Fears about AI have gone too far, according to the investor Ann Lee. The investor "
            "said worries about open-source models were overblown.",
            "Ann Lee",
            "open",
        ),
        (
            "Senator Jane Roe spoke on Monday. The lawmaker said open models must be licensed.",
            "Jane Roe",
            "closed",
        ),
        # a role joined to a person's role noun
        (
            "Fears of AI have gone too far, according to Sir Tom Hale. The former party leader "
            "and deputy prime minister said worries about open models were overblown.",
            "Tom Hale",
            "open",
        ),
    ],
)
def test_a_definite_role_means_the_person_just_named(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side


@pytest.mark.parametrize(
    "text",
    [
        "Acme released a model on Monday, said Jane Roe. The clear leader in chatbots keeps "
        "its models closed.",
        "Jane Roe backed the big labs. The opposition lawmaker said open models should be free.",
        "Jane Roe spoke on Monday. The investor who backed Mistral said open models will win.",
    ],
)
def test_a_role_defined_or_set_apart_is_not_the_person_just_named(analyzer, text):
    assert stances(analyzer, text)["Jane Roe"] == "none"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Senator Jane Roe said open models must be licensed.", "closed"),
        ("Senator Jane Roe said developers of open models must be licensed.", "closed"),
        ("Senator Jane Roe said open models should have to be licensed.", "closed"),
        ("Senator Jane Roe said open models should not have to be licensed.", "open"),
        # near misses: a licence granted, or a freer one asked for
        ("Senator Jane Roe said open models are licensed under Apache 2.0.", "open"),
        ("Senator Jane Roe said open models should be licensed more permissively.", "open"),
    ],
)
def test_a_licence_demanded_of_open_models_restrains_them(analyzer, text, side):
    assert stances(analyzer, text)["Jane Roe"] == side


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        ("Yann LeCun criticized efforts by OpenAI to ban open models.", "OpenAI", "closed"),
        (
            "Jane Roe criticized efforts by some labs, such as Orbit and Helix AI, to ban open models.",
            "Orbit",
            "closed",
        ),
        ("Jane Roe welcomed a push by Meta to release open models.", "Meta", "open"),
    ],
)
def test_the_by_phrase_of_an_advocacy_noun_names_its_makers(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Jane Roe said Orbit's decision to keep Zeta closed was wrong.", "open"),
        ("Jane Roe said Orbit's decision to keep Zeta closed was right.", "closed"),
        ("Orbit's decision to keep Zeta closed was a mistake, Jane Roe said.", "open"),
    ],
)
def test_a_speaker_judging_a_named_decision_takes_a_side_by_it(analyzer, text, side):
    assert stances(analyzer, text)["Jane Roe"] == side


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        # the parser hangs the names on the opening adverb and leaves "are" with no subject
        (
            "Domestically, Helix AI, Quill Labs, and Orbit are also open source.",
            "Quill Labs",
            "open",
        ),
        ("Domestically, Helix AI, Quill Labs, and Orbit are also open source.", "Helix AI", "open"),
    ],
)
def test_a_copula_left_without_its_subject_takes_the_names_before_it(analyzer, text, player, side):
    assert stances(analyzer, text).get(player, "none") == side


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        # the "by" phrase of a speech names its speaker, not an aim
        ("A speech by Jane Roe on open models drew a crowd.", "Jane Roe", "none"),
        # a complement that names a cause is no verdict
        (
            "Jane Roe said Orbit's decision to keep Zeta closed was a response to safety fears.",
            "Jane Roe",
            "none",
        ),
        # a body joined to a role noun is no role of the person just named
        (
            "Jane Roe backs open models. The union and a government minister warned that open "
            "models are dangerous.",
            "Jane Roe",
            "open",
        ),
        # a clause as the subject: no subject was lost (a clause of worrying is read by
        # cleft_feeling: tests/bot/understanding/test_feelings_views_and_calls.py)
        ("What surprised OpenAI most was the speed of open models.", "OpenAI", "none"),
    ],
)
def test_near_misses_of_this_rounds_rules(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        # a document that tells what someone else did, with no word of judging or wanting
        (
            "The Harbor Institute released a report detailing how an army unit turned Llama, "
            "which Meta built as an open-source tool, into a battlefield platform.",
            "Harbor Institute",
            "none",
        ),
        (
            "DeepSeek issued a paper that claims R1 beats proprietary models like OpenAI's o3.",
            "DeepSeek",
            "none",
        ),
        # near miss: the document warns
        (
            "The Harbor Institute released a report warning that bad actors could misuse open "
            "models.",
            "Harbor Institute",
            "closed",
        ),
        # the noun forms of a worry
        (
            "Senator Jon Park urged the agency to study security vulnerabilities posed by open "
            "models like DeepSeek.",
            "Jon Park",
            "closed",
        ),
        # a gated approach, quoted or not
        ('Emad Mostaque said OpenAI\'s more "gated" approach is wrong.', "OpenAI", "closed"),
        # access to chips is not access to models
        (
            "Given their restricted access to advanced compute, Chinese labs such as DeepSeek "
            "have built open-source models.",
            "DeepSeek",
            "open",
        ),
    ],
)
def test_reported_facts_worries_and_access(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        (
            "So far, OpenAI's systems were ruled out since they were closed source.",
            "OpenAI",
            "closed",
        ),
        ("Meta's models spread quickly because they are open.", "Meta", "open"),
        # near miss: the main subject is one company, not the plural "they"
        ("Meta avoids OpenAI's tools because they are closed.", "Meta", "none"),
    ],
)
def test_they_in_a_clause_hung_on_the_main_one_is_its_plural_subject(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ('"Critics of open models fail to see how they help security," said Keegan Reed.', "open"),
        ("Keegan Reed said critics of open models are wrong.", "open"),
        ("Keegan Reed said fears about open models ignore their benefits.", "open"),
        # near misses: the critics are right, or do not fail
        ("Keegan Reed said critics of open models are right.", "closed"),
        ("Keegan Reed said critics of open models do not fail to see the risks.", "closed"),
    ],
)
def test_critics_or_fears_shown_wrong(analyzer, text, side):
    assert stances(analyzer, text)["Keegan Reed"] == side


@pytest.mark.parametrize(
    ("text", "player"),
    [
        ("An Open Language Model With 90 Billion Parameters (GPT-3 Level) Is Out", "GPT-3"),
        ("Orbit released a fully open model of GPT-4 class.", "GPT-4"),
        ("Orbit released GPT-4 class models openly.", "GPT-4"),
    ],
)
def test_a_name_used_as_a_measure_is_not_the_model_described(analyzer, text, player):
    assert stances(analyzer, text).get(player, "none") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Ben Ortiz, an author of the study, defines an open model as one whose trained "
        "weights anyone can download.",
        "In the paper, Ben Ortiz says open source is defined as software anyone may use.",
    ],
)
def test_a_definition_takes_no_side(analyzer, text):
    assert stances(analyzer, text)["Ben Ortiz"] == "none"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("OpenAI keeps GPT-5 under lock and key.", {"OpenAI": "closed", "GPT-5": "closed"}),
        # the parser hangs the "whose" clause on the main verb: whose it is, still
        (
            "Unlike its rivals Google and OpenAI, whose plan is to hold their best systems "
            "under lock, Meta shares its code.",
            {"Google": "closed", "OpenAI": "closed", "Meta": "none"},
        ),
    ],
)
def test_kept_under_lock_and_whose_strategy(analyzer, text, sides):
    got = stances(analyzer, text)
    assert {name: got[name] for name in sides} == sides


def test_cash_under_lock_is_no_cue(analyzer):
    assert (
        stances(analyzer, "Orbit Labs keeps its cash under lock and key.").get("Orbit Labs", "none")
        == "none"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Meta let anyone download the code for Llama, in contrast to a rival's plan to hold "
        "its systems under lock.",
        "In contrast to closed labs, Meta shares its models.",
    ],
)
def test_in_contrast_to_names_the_foil(analyzer, text):
    assert stances(analyzer, text)["Meta"] == "open"


@pytest.mark.parametrize(
    ("text", "player", "side"),
    [
        # a bill's rule and a coalition's own members are no one else's act
        (
            "Senator Amy Cole introduced a bill under which agencies buy only open-source models.",
            "Amy Cole",
            "open",
        ),
        (
            "A coalition founded by Meta and IBM says its members share their models openly.",
            "IBM",
            "open",
        ),
        # a mended harm is no worry
        ("Meta said it patched a vulnerability in Llama, its open model.", "Meta", "open"),
        # an approach to something that is not AI, and access to models after all
        (
            "Apple took a gated approach to app reviews, while Meta shared Llama openly.",
            "Apple",
            "none",
        ),
        ("OpenAI gives gated access to market-leading models such as GPT-5.", "OpenAI", "closed"),
        # people are no "they" for what is open
        (
            "Microsoft's engineers tested Meta's models since they are open source.",
            "Microsoft",
            "none",
        ),
        # worries made stronger, or failing at something else, or an act called wrong
        ("Jane Roe said fears about open models underestimate the threat.", "Jane Roe", "closed"),
        ("Jane Roe said warnings about open models fail to reach lawmakers.", "Jane Roe", "closed"),
        ("Jane Roe said the misuse of open models is wrong.", "Jane Roe", "closed"),
        # a self-description defines no term
        ("Mistral defines itself as an open-source company.", "Mistral AI", "open"),
    ],
)
def test_third_review_near_misses(analyzer, text, player, side):
    assert stances(analyzer, text)[player] == side
