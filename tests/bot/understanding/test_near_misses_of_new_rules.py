"""Near misses of this round's rules (self-written text, from a red-team pass): sentences that
look like the new kinds but are not, or are the other side."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a duty or an ethic is no liability
        ("Orbit Labs wants to make open models more responsible.", "Orbit Labs", "open"),
        # a name given in praise is no charge; a name given by critics still tells what it names
        (
            "Jane Roe praised the rule, calling it a sensible ban on dangerous open models.",
            "Jane Roe",
            "closed",
        ),
        (
            "Critics slammed the Frontier Safety Act, calling it a ban on open-source AI by "
            "another name.",
            "Frontier Safety Act",
            "closed",
        ),
        # weights kept back, or weights that are no model's
        (
            "Kestrel-2 was released with a licence that forbids sharing its weights.",
            "Kestrel-2",
            "closed",
        ),
        ("Kestrel-2 was released with proprietary weights.", "Kestrel-2", "closed"),
        (
            "Ironclad Fitness said its new bench came with adjustable weights.",
            "Ironclad Fitness",
            "none",
        ),
        (
            "Orion Bank said its mortgage weights were published after regulators asked.",
            "Orion Bank",
            "none",
        ),
        (
            "Corvid AI's stolen weights were posted online last week, the company said.",
            "Corvid AI",
            "none",
        ),
        # a gift to people who study wrongs is no gift to wrongdoers
        (
            '"Open models are a gift to malware analysts and crime labs," said Elena Cruz.',
            "Elena Cruz",
            "open",
        ),
        # "behind" as trailing, not as a paywall
        (
            "Orbit Labs, which fell behind a rival that launched a subscription, released "
            "Kestrel-2 as open source.",
            "Orbit Labs",
            "open",
        ),
        # driving bad actors away, or sending a model out, is no harm
        (
            "Jane Roe argued that a licence for open models would drive scammers out of the market.",
            "Jane Roe",
            "closed",
        ),
        (
            "Aster Labs said it would push its open-source model out to developers next week.",
            "Aster Labs",
            "open",
        ),
        # a release not ruled out stays open
        (
            "Glasswing AI has not ruled out releasing the weights of its video model.",
            "Glasswing AI",
            "open",
        ),
        # a free download of something that is no model
        ("Aster Labs released its annual safety report as a free download.", "Aster Labs", "none"),
        # an API beside open weights is no only way in
        ("Qora Labs's open-weight Pyre model is also served through its API.", "Pyre", "open"),
        # a demand for public weights is no fact about the model just named
        (
            "Aster Labs criticized Qora Labs's Lumen 4 on Monday. It said the weights should be public.",
            "Lumen 4",
            "none",
        ),
        # the agent of a joined criticism did not release the model
        (
            "Kestrel 2 was released under an Apache licence and criticized by Aster Labs for its "
            "documentation.",
            "Aster Labs",
            "none",
        ),
        # weights included with no model, or none included
        (
            "Brightloop Fitness sells its home gym for $999, weights included.",
            "Brightloop Fitness",
            "none",
        ),
        ("Orbit Labs released Kestrel-3 as a paid API, no weights included.", "Orbit Labs", "none"),
        # what accompanies a model in a clause of its own
        (
            "Orbit Labs released Kestrel-3 accompanied by a note saying its weights would stay closed.",
            "Orbit Labs",
            "closed",
        ),
        (
            "Orbit Labs published its annual report along with the weights of its pension portfolio.",
            "Orbit Labs",
            "none",
        ),
        # an "it" after an opening phrase that stands for the clause after it
        (
            "Ferro Labs hired a new general counsel. At the time, it was common for labs to "
            "withhold their model weights.",
            "Ferro Labs",
            "none",
        ),
        # a body founded for something else than the cue
        (
            "Ada Fenn founded Quarry Labs to be close to open-source developers in Berlin.",
            "Quarry Labs",
            "none",
        ),
        (
            "Jane Roe started Zeta Labs in 2020, only to watch open-source models overtake it.",
            "Zeta Labs",
            "none",
        ),
        # a name given in welcome is no charge
        (
            "Senator Ruth Hale welcomed the Frontier Safety Act, calling it another overdue limit on "
            "open-weight models.",
            "Ruth Hale",
            "closed",
        ),
        # downloadable by a few opens nothing
        (
            "Orbit Labs said its Kestrel model is downloadable only by approved enterprise partners.",
            "Orbit Labs",
            "none",
        ),
    ],
)
def test_near_misses_of_the_new_rules(analyzer, text, name, side):
    assert stances(analyzer, text)[name] == side
