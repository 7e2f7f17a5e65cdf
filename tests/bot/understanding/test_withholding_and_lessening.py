"""Kinds of sentence read wrong on this round's first-read pages (self-written text for each
kind): a model withheld or held back, one made to do it ("prompted X to"), one blamed for a
secretive approach, openness lessened ("less open"); with the near misses of each."""

import pytest

from tests.conftest import stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # withholding a named model, its release, or its weights keeps it closed
        ("Nimbus withheld Vega over safety fears.", {"Nimbus": "closed"}),
        ("Nimbus has held back the weights of its newest model.", {"Nimbus": "closed"}),
        # the object of a verb that makes it act is who acts
        (
            "Worries about misuse prompted Nimbus to withhold its release.",
            {"Nimbus": "closed"},
        ),
        # near misses: a thing withheld or held back that is no model; one only asked, or
        # only tried or able to make it act
        ("Nimbus withheld Congress funding.", {"Nimbus": "none"}),
        ("Tern AI will withhold the release of its annual report.", {"Tern AI": "none"}),
        ("Osprey Labs held back the sales data from its investors.", {"Osprey Labs": "none"}),
        ("Osprey Labs held back AI spending this year.", {"Osprey Labs": "none"}),
        ("Dana Reyes urged Nimbus to withhold Vega.", {"Nimbus": "none"}),
        (
            "Lena Park hopes to convince Kestrel to release open weights next year.",
            {"Kestrel": "none", "Lena Park": "open"},
        ),
        ("Regulators could compel Nimbus to keep its model weights private.", {"Nimbus": "none"}),
    ],
)
def test_withheld_models(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a secretive approach to the work is closed; who blames it for one holds the other
        # side, who praises it for its side holds that side
        (
            "Omar Haddad criticized Nimbus for its secretive approach to research.",
            {"Omar Haddad": "open", "Nimbus": "closed"},
        ),
        (
            "Omar Haddad criticized Nimbus for its closed approach to research.",
            {"Omar Haddad": "open", "Nimbus": "closed"},
        ),
        (
            "Omar Haddad praised Nimbus for its commitment to open source.",
            {"Omar Haddad": "open", "Nimbus": "open"},
        ),
        # near misses: an opaque approach to something else, or to research's funding;
        # openness of speech (but not weights shared with it)
        ("Nimbus has an opaque approach to pricing.", {"Nimbus": "none"}),
        (
            "Dana Reyes criticized Kestrel for its opaque approach to AI pricing.",
            {"Dana Reyes": "none", "Kestrel": "none"},
        ),
        (
            "The Harbor Commission has a secretive approach to research funding, Omar Haddad said.",
            {"Harbor Commission": "none", "Omar Haddad": "none"},
        ),
        (
            "Nimbus openly shares its thoughts on AI and its model weights with researchers.",
            {"Nimbus": "open"},
        ),
        (
            "Dana Reyes is known for sharing her views openly on social media.",
            {"Dana Reyes": "none"},
        ),
    ],
)
def test_approaches_blamed_or_praised(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # openness lessened is the other side; who says so of another measures it
        ("Nimbus has become less open over the years.", {"Nimbus": "closed"}),
        ("Nimbus has become less closed over the years.", {"Nimbus": "open"}),
        (
            "Omar Haddad said Nimbus has grown less open.",
            {"Omar Haddad": "open", "Nimbus": "closed"},
        ),
        # near miss: "no less open" keeps the side
        ("Nimbus is no less open than Kestrel.", {"Nimbus": "open"}),
    ],
)
def test_openness_lessened(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # little said about a model's parts is keeping them back, whatever the verb of giving
        ("Kestrel disclosed little about Vega's training data.", {"Kestrel": "closed"}),
        ("Kestrel shared nothing about the model's weights.", {"Kestrel": "closed"}),
        (
            "Osprey Labs published a paper on Vega that gives very little detail on its "
            "architecture or training data.",
            {"Osprey Labs": "closed"},
        ),
        # near miss: little detail on what is no part of a model
        ("The report gives little detail on the data centre's energy use.", {}),
    ],
)
def test_little_disclosed(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected
    assert all(side == "none" for name, side in got.items() if name not in expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a model said to be closed, read by the parser as a passive verb
        ("Osprey Labs said its newest model is closed.", {"Osprey Labs": "closed"}),
        (
            "Osprey Labs said the model was closed to outside researchers.",
            {"Osprey Labs": "closed"},
        ),
        (
            "Osprey Labs made its model weights available under an open licence last year, but "
            "its newest model is closed.",
            {"Osprey Labs": "mixed"},
        ),
        # "only" before the verb of offering, the access route after
        (
            "Osprey Labs will only offer its flagship model through a subscription.",
            {"Osprey Labs": "closed"},
        ),
        # near misses: closed as an event, or of no model; sold only through others
        ("Osprey Labs said the deal was closed on Monday.", {"Osprey Labs": "none"}),
        ("Osprey Labs will only sell its chips through distributors.", {"Osprey Labs": "none"}),
    ],
)
def test_closed_said_and_offered_only(analyzer, text: str, expected: dict[str, str]) -> None:
    got = stances(analyzer, text)
    assert {name: got.get(name) for name in expected} == expected
