"""Contrasts, accusations and duties: who a sentence sets against whom ("unlike X",
"despite X's push", "X's lobbying is regulatory capture"), duties laid on open models
("requires open models to pass a review"), acts whose doer is named by "by" or by nobody, and
names the parser or the NER misread. Self-written sentences."""

import pytest

from tests.conftest import analyze_text


def analysed(analyzer, text, title="Contrasts and duties"):
    return analyze_text(analyzer, title, text)


def stances(analyzer, text, title="Contrasts and duties"):
    return {p.name: p.stance for p in analysed(analyzer, text, title).players}


# -- accusations predicated of someone's act ---------------------------------------------------


def test_an_act_called_regulatory_capture_puts_its_owner_on_the_closed_side(analyzer):
    got = stances(
        analyzer,
        "A Hugging Face engineer endorsed the claim that Anthropic's licensing campaign is "
        "regulatory capture.",
    )
    assert got["Anthropic"] == "closed"


def test_the_accuser_of_regulatory_capture_is_not_the_accused(analyzer):
    got = stances(
        analyzer,
        "Dana Whitfield of Halcyon Systems argued that the licensing campaign is regulatory "
        "capture.",
    )
    assert got["Dana Whitfield"] == "open"


# -- a negation set off after a comma ------------------------------------------------------------


def test_a_comma_and_not_negate_what_follows_not_the_cue_before(analyzer):
    got = stances(
        analyzer,
        "Dana Whitfield leads research at Halcyon Systems; she is the backbone of open-model "
        "research, not an outsider.",
    )
    assert got["Dana Whitfield"] == "open"


def test_a_negation_on_the_cue_itself_still_counts(analyzer):
    got = stances(analyzer, "Halcyon Systems does not release its models as open source.")
    assert got["Halcyon Systems"] == "closed"


# -- duties laid on open models ------------------------------------------------------------------


def test_rules_requiring_open_models_to_pass_a_review_restrain_them(analyzer):
    got = stances(
        analyzer,
        "The Cyberspace Administration issued rules requiring every model, including "
        "open-source ones, to pass a state security review.",
    )
    assert got["Cyberspace Administration"] == "closed"


def test_requiring_open_models_to_disclose_their_data_is_no_restraint(analyzer):
    got = stances(
        analyzer,
        "The Open Source Initiative said its definition requires open-source models to disclose "
        "enough about their training data.",
    )
    assert got["Open Source Initiative"] == "open"


def test_extending_a_security_assessment_to_open_models_restrains_them(analyzer):
    got = stances(
        analyzer,
        "The Cyberspace Administration extends its security assessment to open-source models.",
    )
    assert got["Cyberspace Administration"] == "closed"


def test_subjecting_open_models_to_an_audit_restrains_them(analyzer):
    got = stances(
        analyzer, "The Cyberspace Administration subjects open-weight models to a yearly audit."
    )
    assert got["Cyberspace Administration"] == "closed"


def test_requiring_labs_to_open_source_their_models_backs_openness(analyzer):
    got = stances(
        analyzer, "The Cyberspace Administration requires large labs to open-source their models."
    )
    assert got["Cyberspace Administration"] == "open"


# -- those set against the side taken -----------------------------------------------------------


def test_unlike_sets_the_named_against_an_open_strategy_pursued(analyzer):
    got = stances(
        analyzer,
        "Unlike Anthropic and Google, Mistral has pursued an open strategy for years.",
    )
    assert got["Mistral AI"] == "open"
    assert got["Anthropic"] == "closed"
    assert got["Google"] == "closed"


def test_unlike_reaches_up_through_what_the_organisation_says_it_does(analyzer):
    got = stances(
        analyzer,
        "Unlike OpenAI, Mistral says it is building systems that are truly open.",
    )
    assert got["Mistral AI"] == "open"
    assert got["OpenAI"] == "closed"


def test_a_product_named_in_a_concession_is_not_what_the_clause_keeps_closed(analyzer):
    got = stances(
        analyzer,
        "Most American labs keep their frontier systems closed despite Google's Gemma releases.",
    )
    assert got["Gemma"] == "none"
    assert got["Google"] == "none"


# -- who made what -------------------------------------------------------------------------------


def test_systems_an_organisation_develops_that_are_open_are_its_practice(analyzer):
    got = stances(analyzer, "Halcyon Systems is developing AI systems that are open.")
    assert got["Halcyon Systems"] == "open"


def test_open_sourcing_by_firms_such_as_named_ones_is_their_practice(analyzer):
    got = stances(
        analyzer,
        "Analysts point to widespread open-sourcing by Asian labs such as Alibaba, Baidu and "
        "Zhipu.",
    )
    assert got["Alibaba"] == "open"
    assert got["Baidu"] == "open"


def test_a_subjectless_release_is_not_done_by_the_models_of_the_main_clause(analyzer):
    got = stances(
        analyzer,
        "Even when releasing older models openly, the strongest models like Zephyr 2 remain "
        "closed.",
    )
    assert got["Zephyr 2"] == "closed"


def test_a_subjectless_release_is_done_by_an_organisation_that_is_the_main_subject(analyzer):
    got = stances(
        analyzer, "After releasing its weights openly, Halcyon Systems kept its next model closed."
    )
    assert got["Halcyon Systems"] == "mixed"


def test_the_freedom_to_modify_is_openness(analyzer):
    got = stances(analyzer, "The Zephyr model was released for free use and modification.")
    assert got["Zephyr"] == "open"


def test_which_in_a_clause_of_saying_is_the_product_not_the_speaker(analyzer):
    got = stances(
        analyzer,
        "Lee praised Google's Gemma, which he says beat rival models and was released under an "
        "open licence.",
    )
    assert got["Gemma"] == "open"
    assert got["Lee"] == "none"


# -- testing models is no practice ---------------------------------------------------------------


def test_an_institute_that_evaluates_open_and_closed_models_takes_no_side(analyzer):
    got = stances(analyzer, "The AI Security Institute evaluates both closed and open models.")
    assert got["AI Security Institute"] == "none"


def test_an_institute_that_releases_open_models_takes_a_side(analyzer):
    got = stances(analyzer, "The AI Security Institute releases open-weight models.")
    assert got["AI Security Institute"] == "open"


# -- who vouches for a sentence ------------------------------------------------------------------


def test_as_someone_said_vouches_for_the_sentence_it_opens(analyzer):
    got = stances(analyzer, "As Lina Khan noted, open-weight models lower costs for startups.")
    assert got["Lina Khan"] == "open"


def test_citing_an_act_is_saying_so(analyzer):
    analysis = analysed(analyzer, "Kai-Fu Lee cites the open-sourcing of models by Chinese labs.")
    kinds = {p.kind for p in analysis.positions if p.holder == "Kai-Fu Lee"}
    assert kinds == {"claim"}


# -- names misread -------------------------------------------------------------------------------


def test_open_ai_before_models_is_the_phrase_not_the_company(analyzer):
    names = {
        p.name for p in analysed(analyzer, "Regulators say Open AI models help startups.").players
    }
    assert "OpenAI" not in names


def test_open_ai_as_a_subject_is_still_the_company(analyzer):
    names = {
        p.name for p in analysed(analyzer, "Open AI released a new chatbot on Monday.").players
    }
    assert "OpenAI" in names


def test_a_quoted_name_before_model_is_a_product(analyzer):
    analysis = analysed(
        analyzer, "Halcyon Systems shifts from open Zephyr to a closed 'Vireo' model"
    )
    got = {p.name: p for p in analysis.players}
    assert got["Vireo"].stance == "closed"


def test_a_clause_opening_word_is_not_part_of_the_name_after_it(analyzer):
    names = {
        p.name for p in analysed(analyzer, "While Nimbus Labs grew, it kept models closed.").players
    }
    assert "Nimbus Labs" in names
    assert "While Nimbus Labs" not in names


# -- interviews: the answers are the interviewee's ------------------------------------------------

INTERVIEW = (
    "Halcyon Systems was founded in Oslo in 2019 to build language tools for small firms.\n"
    "Maren Dahl, the chief executive of Halcyon Systems, has led it since 2021. She spoke with "
    "our reporter last week; the interview has been shortened.\n"
    "What drives the company's choices?\n"
    "We publish our model weights openly. Nothing else earns the trust of developers.\n"
    "What worries you most?\n"
    "The biggest danger for small firms is a market where a few labs keep their models locked "
    "away.\n"
)


def test_an_interviews_answers_are_the_interviewees_words(analyzer):
    got = stances(analyzer, INTERVIEW, title="Halcyon Systems chief on openness")
    assert got["Maren Dahl"] == "open"


def test_an_interviewee_leading_an_organisation_speaks_for_it_as_we(analyzer):
    got = stances(analyzer, INTERVIEW, title="Halcyon Systems chief on openness")
    assert got["Halcyon Systems"] == "open"


def test_question_headings_of_an_essay_are_answered_by_its_writer_not_a_player(analyzer):
    essay = (
        "Maren Dahl, the chief executive of Halcyon Systems, announced a new office in Oslo.\n"
        "What worries small firms most?\n"
        "The biggest danger for small firms is a market where a few labs keep their models "
        "locked away.\n"
    )
    got = stances(analyzer, essay, title="Small firms and AI")
    assert got["Maren Dahl"] == "none"


# -- rivals and rankings are no description ------------------------------------------------------


def test_rival_closed_systems_set_beside_a_model_are_its_foils(analyzer):
    got = stances(
        analyzer,
        "Open-weight models like Google's Gemma 3 now rival closed systems in maths tasks, per "
        "a new survey.",
    )
    assert got["Gemma 3"] == "open"
    assert got["Google"] == "open"


def test_a_model_ranked_behind_the_closed_frontier_is_not_closed(analyzer):
    got = stances(
        analyzer,
        "Google released Gemma 3 in part because the model lags behind the closed-source frontier.",
    )
    assert got["Gemma 3"] == "none"


def test_a_headline_verb_of_competing_keeps_the_rival_model_from_the_maker(analyzer):
    got = stances(
        analyzer,
        "Moonshot AI beat GPT-5 in coding tests this week.\nGPT-5 is a closed model.",
        title="Moonshot AI Surpasses GPT-5 in Coding Tests",
    )
    assert got["GPT-5"] == "closed"
    assert got["Moonshot AI"] == "none"


def test_a_hurdle_hung_on_the_rules_noun_still_restrains_what_they_require_it_of(analyzer):
    got = stances(
        analyzer,
        "The Cyberspace Administration has issued rules requiring all AI models — including "
        "open-source models — to undergo a security assessment before launch.",
    )
    assert got["Cyberspace Administration"] == "closed"


def test_withholding_the_full_model_keeps_it_closed(analyzer):
    got = stances(
        analyzer, "OpenAI withheld the full GPT-2 model, publishing only a small version."
    )
    assert got["GPT-2"] == "closed"
    assert got["OpenAI"] == "closed"


# -- "these labs", "those companies": the list just named ---------------------------------------


def test_these_labs_are_the_organisations_listed_just_before(analyzer):
    got = stances(
        analyzer,
        "Mistral has chosen a different path from OpenAI and Anthropic. These labs keep their "
        "weights secret.",
    )
    assert got["OpenAI"] == "closed"
    assert got["Anthropic"] == "closed"
    assert got["Mistral AI"] == "none"


def test_those_companies_with_no_list_before_name_nobody(analyzer):
    got = stances(
        analyzer,
        "Mistral met regulators in Paris. Those companies keep their weights secret.",
    )
    assert got["Mistral AI"] == "none"


# -- "the open-source model": the product just named ---------------------------------------------


def test_the_open_model_in_the_next_sentence_is_the_product_just_named(analyzer):
    got = stances(
        analyzer, "Google released Gemma 3 in March. The open model's main limitation is its speed."
    )
    assert got["Gemma 3"] == "open"


def test_an_open_model_of_another_maker_is_not_the_product_just_named(analyzer):
    got = stances(
        analyzer, "Google released Gemma 3 in March. An open model from Mistral came later."
    )
    assert got["Gemma 3"] == "none"
    assert got["Mistral AI"] == "open"


def test_a_one_word_name_owning_a_product_is_its_maker(analyzer):
    got = stances(
        analyzer,
        "Huang praised Chinese labs. He pointed to new releases like Moonshot’s Kimi K2, an open "
        "model that claims to beat rivals on coding tasks.",
    )
    assert got["Kimi K2"] == "open"
    assert got["Moonshot"] == "open"


def test_a_non_breaking_hyphen_in_open_source_is_still_the_cue(analyzer):
    analysis = analysed(
        analyzer, "Mark Surman argued that true open\u2011source must allow inspection and reuse."
    )
    got = {p.name: p for p in analysis.players}
    assert got["Mark Surman"].stance == "open"
    assert (
        analysis.positions[0].text
        == "Mark Surman argued that true open\u2011source must allow inspection and reuse."
    )


def test_a_curly_contraction_reads_as_the_verb_and_is_quoted_as_written(analyzer):
    analysis = analysed(
        analyzer,
        "But Nimbus AI\u2019s impact goes beyond its own efficiency. It\u2019s an open-source "
        "model, meaning its code is available for anyone to use.",
    )
    got = {p.name: p for p in analysis.players}
    assert got["Nimbus AI"].stance == "open"
    assert analysis.positions[0].text.startswith("It\u2019s an open-source model")


def test_a_curly_possessive_stays_a_possessive(analyzer):
    got = stances(analyzer, "Nimbus AI\u2019s models are open source.")
    assert got["Nimbus AI"] == "open"


def test_a_mixed_case_short_form_in_brackets_is_the_names_alias(analyzer):
    analysis = analysed(
        analyzer,
        "An official from the Ministry of Digital Affairs (MoDA) spoke on Monday. MoDA backs "
        "open-source models.",
    )
    names = {p.name: p.stance for p in analysis.players}
    assert names.get("Ministry of Digital Affairs") == "open"
    assert "MoDA" not in names


def test_a_side_granted_in_a_while_clause_loses_to_the_main_clause(analyzer):
    got = stances(
        analyzer,
        "Dana Whitfield said that while proprietary models may lead today, open-source models "
        "will win in the end.",
    )
    assert got["Dana Whitfield"] == "open"


def test_someone_who_spoke_at_an_event_is_not_an_interviewee(analyzer):
    essay = (
        "Maren Dahl, the chief executive of Halcyon Systems, spoke at a conference in Oslo.\n"
        "What worries small firms most?\n"
        "The biggest danger for small firms is a market where a few labs keep their models "
        "locked away.\n"
    )
    got = stances(analyzer, essay, title="Small firms and AI")
    assert got["Maren Dahl"] == "none"


# -- credited with doing the cause good ------------------------------------------------------------


def test_a_model_called_an_advance_for_open_source_holds_its_side(analyzer):
    got = stances(analyzer, "Srinivas called DeepSeek a real advance for AI and open source.")
    assert got["DeepSeek"] == "open"


def test_a_model_credited_inside_a_quotation_holds_the_side_beside_the_speaker(analyzer):
    got = stances(
        analyzer, "“DeepSeek is a big win for open-source AI,” Aravind Srinivas wrote on Monday."
    )
    assert got["DeepSeek"] == "open"
    assert got["Aravind Srinivas"] == "open"


def test_a_law_that_is_not_a_win_for_open_source_is_not_credited(analyzer):
    got = stances(analyzer, "The Data Fairness Act is not a win for open-source developers.")
    assert got["Data Fairness Act"] == "none"


# -- what a reason warrants ------------------------------------------------------------------------


def test_risks_that_warrant_withholding_a_model_are_the_closed_side(analyzer):
    got = stances(
        analyzer,
        "OpenAI said its new model posed risks serious enough to warrant withholding it from "
        "public release.",
    )
    assert got["OpenAI"] == "closed"


def test_risks_that_do_not_justify_a_ban_on_open_models_are_the_open_side(analyzer):
    got = stances(analyzer, "Dana Whitfield said the risks do not justify a ban on open models.")
    assert got["Dana Whitfield"] == "open"


def test_holding_a_model_back_from_public_release_keeps_it_closed(analyzer):
    got = stances(analyzer, "Google held Gemini Ultra back from public release for months.")
    assert got["Gemini Ultra"] == "closed"


def test_an_act_called_a_betrayal_puts_the_one_who_says_so_on_the_other_side(analyzer):
    got = stances(
        analyzer,
        "Elon Musk argued that by keeping GPT-4 proprietary, OpenAI had betrayed the ideals it "
        "was founded on.",
    )
    assert got["Elon Musk"] == "open"
    assert got["OpenAI"] == "closed"


def test_breaking_with_the_past_by_an_act_is_no_wrong(analyzer):
    got = stances(
        analyzer, "Sam Altman said that by releasing open weights, OpenAI broke with its past."
    )
    assert got["Sam Altman"] == "open"


# -- near misses of this file's rules -------------------------------------------------------------


def test_said_in_an_interview_before_one_question_heading_makes_no_interview(analyzer):
    text = (
        "Sam Altman told investors in an interview last month that revenue is growing.\n"
        "What happens next?\n"
        "Meta released its model weights openly last year.\n"
    )
    assert stances(analyzer, text)["Sam Altman"] == "none"


def test_standing_behind_open_models_is_support_not_a_ranking(analyzer):
    assert stances(analyzer, "Meta stands firmly behind open-source models.")["Meta"] == "open"


def test_those_companies_a_relative_clause_defines_are_not_the_list_before(analyzer):
    got = stances(
        analyzer,
        "OpenAI and Anthropic met regulators on Monday. Officials praised those companies that "
        "publish their weights openly.",
    )
    assert got["OpenAI"] == "none"
    assert got["Anthropic"] == "none"


def test_the_closed_model_as_an_object_is_not_the_product_just_named(analyzer):
    got = stances(
        analyzer, "Google released Gemma 3 in March. Developers still prefer the closed model."
    )
    assert got["Gemma 3"] == "none"


def test_a_strategy_that_remains_open_to_change_is_no_openness(analyzer):
    got = stances(analyzer, "Microsoft said its pricing strategy remains open to change.")
    assert got["Microsoft"] == "none"


def test_as_someone_feared_does_not_vouch_for_the_sentence(analyzer):
    got = stances(analyzer, "As OpenAI feared, DeepSeek released its model weights openly.")
    assert got["OpenAI"] == "none"
    assert got["DeepSeek"] == "open"


def test_free_support_for_adaptation_is_no_freedom_to_modify(analyzer):
    got = stances(
        analyzer,
        "Halcyon Systems sells Zephyr with free technical support for adaptation to each client.",
    )
    assert got["Halcyon Systems"] == "none"


def test_giving_a_review_to_open_models_is_no_restraint(analyzer):
    got = stances(analyzer, "Halcyon Systems gave a glowing review to open-source models.")
    assert got["Halcyon Systems"] != "closed"


def test_an_organisation_in_brackets_after_a_person_is_not_the_persons_alias(analyzer):
    got = stances(analyzer, "Amanda Brock (OpenUK) spoke first. OpenUK backs open-source models.")
    assert got["OpenUK"] == "open"
    assert got["Amanda Brock"] == "none"


def test_a_lab_testing_an_open_version_of_its_own_product_takes_a_side(analyzer):
    got = stances(analyzer, "Meta is testing an open-source version of its assistant.")
    assert got["Meta"] == "open"


def test_the_backers_of_a_lab_do_not_speak_for_it(analyzer):
    got = stances(
        analyzer,
        "Here was a research lab, backed by Elon Musk and Reid Hoffman, saying that its model "
        "posed risks serious enough to warrant withholding it from public release.",
    )
    assert got["Elon Musk"] == "none"
    assert got["Reid Hoffman"] == "none"


def test_named_players_a_quoted_relative_clause_describes_hold_its_practice(analyzer):
    got = stances(
        analyzer, "“OpenAI and Anthropic, who build closed models, will lose,” Kai-Fu Lee said."
    )
    assert got["OpenAI"] == "closed"
    assert got["Anthropic"] == "closed"


def test_a_quoted_pronoun_subject_is_left_to_the_speaker(analyzer):
    got = stances(analyzer, "“They build closed models,” Kai-Fu Lee said of OpenAI.")
    assert got["OpenAI"] == "none"


def test_a_name_set_against_the_subject_is_not_the_company_after_it(analyzer):
    # Meta is not the startup that keeps its models closed; set against it, it is the foil
    # (the other side, weakly), as after any practice "unlike" stands on
    got = stances(analyzer, "Unlike Meta, the startup keeps its models closed.")
    assert got["Meta"] == "open"


def test_a_foils_side_does_not_reach_a_product_of_its_own(analyzer):
    got = stances(
        analyzer,
        "Meta's Llama 3 came out in April. Unlike Meta, Mistral keeps its newest models closed.",
    )
    assert got["Meta"] == "open"
    assert got["Llama 3"] == "none"


def test_in_favour_of_open_models_is_a_side_argued(analyzer):
    got = stances(analyzer, "Yoshua Bengio was in favour of open-source AI systems.")
    assert got["Yoshua Bengio"] == "open"


def test_not_in_favour_of_open_models_is_the_other_side(analyzer):
    got = stances(
        analyzer, "Yoshua Bengio spoke next. He was not in favour of open-source AI systems."
    )
    assert got["Yoshua Bengio"] == "closed"


# -- those likened to the holder -------------------------------------------------------------------


def test_an_act_mirroring_a_partners_shares_the_partners_side(analyzer):
    got = stances(
        analyzer, "Mistral has released its model weights openly, mirroring its partner Microsoft."
    )
    assert got["Mistral AI"] == "open"
    assert got["Microsoft"] == "open"


def test_a_view_likened_to_anothers_says_nothing_of_the_other(analyzer):
    got = stances(analyzer, "Like Meta, Mistral says open models are safer.")
    assert got["Mistral AI"] == "open"
    assert got["Meta"] == "none"


def test_an_organisation_mirrored_in_both_halves_of_an_act_shares_both(analyzer):
    got = stances(
        analyzer,
        "Mirroring its partner Microsoft, Mistral has published model weights but kept its "
        "training data secret.",
    )
    assert got["Microsoft"] == "mixed"


# -- a thing called a harm to a cause ----------------------------------------------------------


@pytest.mark.parametrize(
    "judgement",
    [
        "is a disaster for open-source AI",
        "would be devastating for open-source AI",
        "is a blow to open-source AI",
        "is a ruinous bill for open-source AI",
    ],
)
def test_a_thing_called_a_harm_to_openness_is_on_the_closed_side(analyzer, judgement):
    got = stances(analyzer, f"Andrew Ng said the Safe Models Act {judgement}.")
    assert got["Safe Models Act"] == "closed"
    assert got["Andrew Ng"] == "open"  # who says so defends the cause


def test_a_thing_called_no_threat_to_openness_is_not_on_the_closed_side(analyzer):
    got = stances(analyzer, "The Safe Models Act is not a threat to open-source AI.")
    assert got["Safe Models Act"] == "open"


def test_a_bill_called_good_for_openness_stays_on_the_open_side(analyzer):
    got = stances(analyzer, "The senator said SB 1047 is a great bill for open-source AI.")
    assert got["SB 1047"] == "open"


def test_a_harm_that_openness_does_is_not_turned(analyzer):
    got = stances(analyzer, "The Safe Models Act says open-source AI is a threat to security.")
    assert got["Safe Models Act"] == "closed"


def test_the_bill_called_a_harm_to_openness_gives_the_named_law_the_closed_side(analyzer):
    got = stances(
        analyzer,
        "Lawmakers will vote on the Safe Models Act this week. Critics say they are rushing "
        "through a ruinous bill for open-source AI.",
    )
    assert got["Safe Models Act"] == "closed"


def test_the_bill_called_good_for_openness_gives_the_named_law_the_open_side(analyzer):
    got = stances(
        analyzer,
        "Lawmakers will vote on the Safe Models Act this week. Backers say they are passing "
        "a good bill for open-source AI.",
    )
    assert got["Safe Models Act"] == "open"


# -- likeness in other words ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Similar to Llama, Nimbus has open weights.",
        "As with Llama, Nimbus has open weights.",
        "Nimbus, similar to Llama, has open weights.",
    ],
)
def test_a_product_likened_to_one_with_open_weights_shares_the_side(analyzer, text):
    assert stances(analyzer, text)["Llama"] == "open"


def test_who_did_the_same_with_another_model_shares_the_side(analyzer):
    got = stances(
        analyzer, "Just as Meta did with Llama, Microsoft released the weights of Nimbus."
    )
    assert got["Meta"] == got["Microsoft"] == "open"


def test_a_likeness_in_size_says_nothing_of_openness(analyzer):
    got = stances(analyzer, "Nimbus, similar in size to Llama, has open weights.")
    assert got["Llama"] == "none"


def test_a_likeness_in_something_else_says_nothing_of_openness(analyzer):
    got = stances(
        analyzer, "Alibaba, similar to Tencent in revenue, released Qwen with open weights."
    )
    assert got["Tencent"] == "none"


def test_what_the_likened_one_did_it_with_is_not_likened(analyzer):
    got = stances(analyzer, "Just as Apple did with the iPhone, OpenAI keeps its models closed.")
    assert got["Apple"] == "closed"
    assert got.get("iPhone", "none") == "none"
