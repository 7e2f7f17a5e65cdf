"""Kinds of sentence read wrong on last round's first-read pages (self-written text for
each kind): a warning that demands one side, a stance demanded of a third party, the
standing a player holds in a field, a definition cited to a source, and "as X put it"; with
the near misses of each."""

import pytest

from bot.understanding.analyze import plain_text
from bot.understanding.holders import quote_regions
from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a warning whose clause demands the thing is a call for it, not a fear of it
        (
            "Dana Reyes warns that Europe needs open models to keep its place in the race.",
            "Dana Reyes",
            "open",
        ),
        (
            'As Dana Reyes, founder of Tern Labs, warns, "Europe needs open models to keep up".',
            "Dana Reyes",
            "open",
        ),
        (
            "Dana Reyes warned that Europe must embrace open-source AI or fall behind.",
            "Dana Reyes",
            "open",
        ),
        # near misses: what the warning fears, or what the demand shuns, is still feared
        ("Dana Reyes warned that open models could arm bad actors.", "Dana Reyes", "closed"),
        ("Dana Reyes warned that developers should avoid open models.", "Dana Reyes", "closed"),
        (
            "Dana Reyes warned that open models must not be released without checks.",
            "Dana Reyes",
            "open",
        ),
        # a stance demanded of a third party is the demander's, not yet the third party's
        ("Norway must adopt open-weight models if it wants to keep up.", "Norway", "none"),
        ("Dana Reyes said Norway should adopt open-weight models.", "Dana Reyes", "open"),
        ("Dana Reyes said Norway should adopt open-weight models.", "Norway", "none"),
        # near misses: a stance taken, not demanded, and a speaker's demand on her own side
        ("Norway has adopted open-weight models.", "Norway", "open"),
        ("We must adopt open-weight models, Dana Reyes said.", "Dana Reyes", "open"),
        # the standing a player has in a side's field: it works on that side
        (
            "Brazil's edge in proprietary systems is shrinking, while Norway's prowess in "
            "open-weight tools grows.",
            "Norway",
            "open",
        ),
        (
            "Brazil's edge in proprietary systems is shrinking, while Norway's prowess in "
            "open-weight tools grows.",
            "Brazil",
            "closed",
        ),
        ("Analysts point to Nimbus's success with open models.", "Nimbus", "open"),
        # near misses: a standing nobody owns, and a standing in something else
        (
            "The lead in open models keeps passing between Nimbus and Kestrel.",
            "Nimbus",
            "none",
        ),
        ("Analysts point to Nimbus's lead in chip sales.", "Nimbus", "none"),
        # a definition cited to a source takes no side; a claim cited the same way does
        (
            "An open-weights system means a system whose weights anyone may copy, as the "
            "Harbor Commission puts it.",
            "Harbor Commission",
            "none",
        ),
        (
            "Open-weight models are ones whose weights anyone can download, as Nimbus explains.",
            "Nimbus",
            "none",
        ),
        (
            "Open source means more competition and lower prices, as Dana Reyes puts it.",
            "Dana Reyes",
            "open",
        ),
        ("As Dana Reyes put it, closed models are safer.", "Dana Reyes", "closed"),
        (
            "Open models, as Dana Reyes put it, are a gift to small firms.",
            "Dana Reyes",
            "open",
        ),
        # one of a kind: "a piece (an example) of open-source technology" is that technology
        (
            "Tern 3 is simpler than models like Osprey R1 (a fine piece of open-source "
            "technology).",
            "Osprey R1",
            "open",
        ),
        ("Osprey R1 is a fine example of closed AI.", "Osprey R1", "closed"),
        # near miss: one of a kind said of someone else is not the name's
        ("Osprey R1 was tested against a piece of open-source software.", "Osprey R1", "none"),
        # whatever noun describes a name, what it has ("with open weights") is the name's
        (
            "The paper describes Tern 4x2B, a compact mixture of experts (MoE) with open weights.",
            "Tern 4x2B",
            "open",
        ),
        # a quotation mark and a dash set tight do not glue the words around them together
        (
            'The paper describes "Tern 4x2B, a compact mixture of experts with open '
            "weights\u201d\u2014licensed under Apache 2.0.",
            "Tern 4x2B",
            "open",
        ),
        # near miss: a noun with open things that describes no name
        (
            "The deal pairs Nimbus with a startup with open-weights experience.",
            "Nimbus",
            "none",
        ),
    ],
)
def test_kind_gives_side(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # a curly apostrophe after a plural's "s" is a possessive: the straight one
        ("the Harbor States\u2019 edge", "the Harbor States' edge"),
        ("rivals\u2019 models", "rivals' models"),
        ("the US\u2019 edge", "the US' edge"),
        # near misses: the close of a single-quoted phrase, and one at a sentence's end
        ("the \u2018open models\u2019 are here", "the \u2018open models\u2019 are here"),
        ("they are the models\u2019.", "they are the models\u2019."),
    ],
)
def test_plural_possessive_apostrophe(text, plain):
    assert plain_text(text) == plain


def test_plural_possessor_keeps_its_standing(analyzer):
    text = "Lately the United States\u2019 early edge in proprietary systems has faded."
    assert stances(analyzer, text)["United States"] == "closed"


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a quotation of two paragraphs, its speaker named on the line after it closes
        (
            "\u201cNimbus\u2019s launch of two open-weight models puts AI in more hands.\n"
            "It shows bigger is not always better.\u201d\n"
            "said Dana Reyes, head of Tern Labs, in an interview.",
            "Dana Reyes",
            "open",
        ),
        # the same with each paragraph reopened, as quotations of several paragraphs are printed
        (
            "\u201cClosed models are safer for users.\n"
            "\u201cWe see no reason to change that,\u201d said Dana Reyes.",
            "Dana Reyes",
            "closed",
        ),
        # near miss: a quote left open with a new paragraph that does not carry it on
        (
            "\u201cOpen models are a gift to small firms.\nDana Reyes joined Tern Labs in March.",
            "Dana Reyes",
            "none",
        ),
        # a person named, then called by a title ("the pioneer", "the award winner")
        (
            "Dana Reyes joined Nimbus in 2013. The award winner and robotics pioneer believed "
            "big firms could champion open science.",
            "Dana Reyes",
            "open",
        ),
        # near miss: a winner that is a thing, not the person named before
        (
            "Dana Reyes judged the contest. The winner of the prize was a closed model.",
            "Dana Reyes",
            "none",
        ),
    ],
)
def test_speaker_found_across_lines_and_titles(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


def test_quote_regions_carry_a_quote_into_the_paragraph_that_closes_it():
    text = "\u201cA b.\nC d.\u201d\nsaid X."
    assert quote_regions(None, text) == [(0, 11)]
    # near miss: a paragraph that neither reopens nor closes it ends the quote where it was
    assert quote_regions(None, "\u201cA b.\nsaid X.") == [(0, 5)]


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # "the prior version" is not the model just named, and a clause joined on with a thing of
        # its own for subject is neither what the verb before it acts on nor its subject's act
        (
            "Nimbus shipped Tern 2 on Monday. Nimbus has released the new model openly; the "
            "prior version, shipped in May, was for research use only.",
            "Tern 2",
            "open",
        ),
        (
            "Nimbus shipped Tern 2 on Monday. Nimbus gave out the new model to let anyone "
            "use it for free; the prior version, shipped in May, was for research use only.",
            "Nimbus",
            "none",
        ),
        # near misses: the model named and then called "the model", and a joined clause
        # whose subject is the first one's own
        ("Nimbus shipped Tern 2 on Monday. The model is open source.", "Tern 2", "open"),
        (
            "Nimbus shipped Tern 2 on Monday, and it keeps the weights closed.",
            "Nimbus",
            "closed",
        ),
        # a name hung by the parser on a relative clause's verb is no companion of its subject
        (
            "Unlike the few who keep their AI work secret, Norway, alongside Nimbus's Tern, "
            "is sharing its advances openly.",
            "Nimbus",
            "none",
        ),
        # near miss: a companion of a named subject shares its act
        (
            "Kestrel, along with Nimbus, keeps its models closed.",
            "Nimbus",
            "closed",
        ),
    ],
)
def test_joined_clauses_versions_and_companions(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a list of examples the parser breaks at its last item: the words decide, up to the
        # verb of the clause the names are the subject of ("... and C variants winning ...")
        (
            "Rankings show open-source models like Tern K2 and Nimbus R1 variants winning "
            "top spots.",
            "Nimbus R1",
            "open",
        ),
        (
            "Rankings show open-source models like Tern K2 and Nimbus R1 variants winning "
            "top spots.",
            "Tern K2",
            "open",
        ),
        # near miss: a name after the verb is no example
        (
            "Open-source models such as Tern K2 beat Nimbus R1 on most tests.",
            "Nimbus R1",
            "none",
        ),
    ],
)
def test_examples_end_at_the_verb(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # found by this round's red team: what a warning demands must be the cue itself
        (
            "Omar Haddad warned that Europe needs protection from open-weight models.",
            "Omar Haddad",
            "closed",
        ),
        # "ought to" demands as "must" and "should" do
        ("India ought to back open models.", "India", "none"),
        ("Omar Haddad said India ought to back open models.", "Omar Haddad", "open"),
        # standing is in the cue's own field, not in a task about it
        ("Kestrel's expertise in safety testing of open models is well known.", "Kestrel", "none"),
        ("Kestrel's expertise in open models is well known.", "Kestrel", "open"),
        # "as X put it down" is a deed, not a wording handed to X
        (
            "As Dana Reyes put it down, Kestrel released its model with open weights.",
            "Dana Reyes",
            "none",
        ),
        # a negated copula reaches a cue inside "an example of"
        ("Tern 7 is not an example of open-source technology.", "Tern 7", "closed"),
        # a role met first without a name is not the person named before
        (
            "Dana Reyes hired a veteran of Nimbus. The veteran says closed models are safer.",
            "Dana Reyes",
            "none",
        ),
        # a restraint listed among harms is a harm: whoever says so warns of it
        (
            "Dana Reyes said the new rules will discourage research, curb open-weight releases "
            "and favour big firms.",
            "Dana Reyes",
            "open",
        ),
        # near miss: a restraint said alone is read as before
        (
            "Dana Reyes said the new rules will curb open-weight releases.",
            "Dana Reyes",
            "closed",
        ),
        # a blank line between the paragraphs of one quotation keeps it one quotation
        (
            "\u201cOpen models are a public good.\n\n\u201cThey let small labs compete,\u201d "
            "said Lena Park.",
            "Lena Park",
            "open",
        ),
    ],
)
def test_red_team_findings(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a warning "of the need for" the cue calls for it
        ("Dana Reyes warned of the need for open-source AI in Norway.", "Dana Reyes", "open"),
        # near miss: the need is for something about the cue
        (
            "Dana Reyes warned of the need for rules on open-source AI.",
            "Dana Reyes",
            "closed",
        ),
        # names in a parenthesis after the cue noun's participle phrase are its examples
        (
            "Open models built in Europe (Tern and Osprey) are popular with small firms.",
            "Tern",
            "open",
        ),
        # near miss: a parenthesis after the clause's verb names someone else
        (
            "Open models trained in Europe are popular with firms (Nimbus and Kestrel).",
            "Nimbus",
            "none",
        ),
        # found by this round's code review: each rule's near misses
        (
            "Dana Reyes became a minister in May. The minister says closed models are safer.",
            "Dana Reyes",
            "closed",
        ),
        (
            "Omar Haddad said Kestrel's open-source strategy means Kestrel's customers can "
            "inspect the code.",
            "Kestrel",
            "open",
        ),
        ("Dana Reyes warned that criminals need open models.", "Dana Reyes", "closed"),
        (
            "The bill discourages fraud and limits open-weight releases to vetted labs, Dana "
            "Reyes said.",
            "Dana Reyes",
            "closed",
        ),
        ("Kestrel's edge on open-source rivals has narrowed this year.", "Kestrel", "none"),
        ("As Dana Reyes memorably put it, open weights help small labs.", "Dana Reyes", "open"),
        ("Tern 7 is not the only example of an open-source model.", "Tern 7", "open"),
        ("Norway needs to fund open models.", "Norway", "none"),
        ("Norway must adopt and fund open models.", "Norway", "none"),
    ],
)
def test_needs_warned_of_and_brackets_after_a_phrase(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side


def test_a_quotation_runs_on_over_a_few_paragraphs_only():
    # five paragraphs each reopened: the first five are one quotation, then a new one starts
    text = "\u201ca\n\u201cb\n\u201cc\n\u201cd\n\u201ce\n\u201cf\u201d"
    assert quote_regions(None, text) == [(0, 14), (15, 18)]
