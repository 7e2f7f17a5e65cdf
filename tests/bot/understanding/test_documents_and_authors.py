"""Documents speak for whoever wrote or sponsored them (self-written sentences)."""

from tests.conftest import analyze_text


def stances(analyzer, text, title="Document test"):
    return {p.name: p.stance for p in analyze_text(analyzer, title, text).players}


def test_the_author_named_in_a_fronted_participle_speaks_through_the_report(analyzer):
    got = stances(analyzer, "Authored by the Vesta Agency, the report supports open-weight models.")
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
