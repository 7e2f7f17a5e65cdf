"""The summary (issue 12, item 13): no sentence twice, even when the text repeats itself."""

from tests.conftest import analyze_text

PARAGRAPH = (
    "Lumen Labs said on Monday that it will publish the weights of its Aurora model. "
    "Chief executive Priya Raman said open models let small teams build on the same tools. "
    "Vantage AI president Daniel Okafor argued that releasing frontier weights is reckless."
)


def test_a_text_of_repeated_paragraphs_gives_each_sentence_once(analyzer):
    analysis = analyze_text(analyzer, "Lumen Labs opens Aurora", "\n".join([PARAGRAPH] * 5))
    assert len(analysis.summary) >= 2
    assert len(set(analysis.summary)) == len(analysis.summary), analysis.summary
