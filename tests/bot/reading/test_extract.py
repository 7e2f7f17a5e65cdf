"""Extraction on self-written pages, and the bounds around it."""

import pytest

from bot.config import FetchLimits
from bot.models import Article, Failure
from bot.reading.extract import Extractor, strip_boilerplate
from bot.reading.fetch import Fetcher
from bot.reading.sources import SourceReader, article_from_text
from tests.articles import ARTICLE_HTML, ArticleServer


@pytest.fixture(scope="module")
def extractor():
    ex = Extractor(timeout=20, workers=1)
    yield ex
    ex.close()


@pytest.fixture(scope="module")
def server():
    with ArticleServer() as srv:
        yield srv


def test_article_fields(extractor):
    html = ARTICLE_HTML.format(
        title="Lumen Labs opens Aurora", canonical="https://ledger.example/a"
    )
    got = extractor.extract(html, "page.html", "https://ledger.example/a?utm_source=x")
    assert isinstance(got, Article)
    assert got.title == "Lumen Labs opens Aurora"
    assert got.author == "Jordan Pike"
    assert got.site == "The Test Ledger"
    assert got.published == "2026-03-14"
    assert got.language == "en"
    assert got.url == "https://ledger.example/a"
    assert "publish the weights" in got.text
    # boilerplate that would become false players stays out
    assert "Email Jordan Pike" not in got.text
    assert "Follow him" not in got.text
    assert "gadgets" not in got.text


def test_canonical_on_another_site_is_ignored(extractor):
    html = ARTICLE_HTML.format(title="T", canonical="https://elsewhere.example/copy")
    got = extractor.extract(html, "x", "https://ledger.example/a")
    assert got.url == "https://ledger.example/a"


def test_in_process_mode_matches_worker_mode(extractor):
    html = ARTICLE_HTML.format(title="Same", canonical="https://ledger.example/s")
    assert Extractor(timeout=None).extract(html, "x", None) == extractor.extract(html, "x", None)


def test_overrunning_extraction_is_stopped_and_the_pool_recovers():
    ex = Extractor(timeout=0.001, workers=1)  # far less than a worker needs to start
    try:
        got = ex.extract(ARTICLE_HTML.format(title="T", canonical="/"), "x", None)
        assert isinstance(got, Failure) and got.code == "timeout"
        ex.timeout = 30
        again = ex.extract(ARTICLE_HTML.format(title="T", canonical="/"), "x", None)
        assert isinstance(again, Article)
    finally:
        ex.close()


def test_empty_page_is_not_an_article(extractor):
    got = extractor.extract("<html><body><p>Hi.</p></body></html>", "x", None)
    assert isinstance(got, Failure) and got.code == "not_an_article"


def test_strip_boilerplate_keeps_the_story():
    text = "Meta said it will open its model.\nEmail Daniel Howley at dh@example.com. Follow him on X at @dh.\nRead the latest financial and business news from Yahoo Finance\nSign up for our AI newsletter to get updates\nThe release is due in June."
    assert (
        strip_boilerplate(text) == "Meta said it will open its model.\nThe release is due in June."
    )


def test_text_source_headline_and_byline():
    text = (
        "A headline here\n"
        + "Lumen Labs will publish the weights of its model. " * 15
        + "\nEmail Jane Roe at jr@example.com.\nRead the latest tech news from The Test Ledger"
    )
    got = article_from_text(text, "a.txt")
    assert isinstance(got, Article)
    assert got.title == "A headline here"
    assert got.author == "Jane Roe"
    assert got.site == "The Test Ledger"
    assert "Email" not in got.text


@pytest.mark.parametrize(
    "closing",
    [
        "By open-sourcing Tern, Lumen Labs hopes to draw developers.\n"
        "By Releasing Tern Early, the lab took a risk that few rivals were willing to take.",
        "By Releasing Tern Openly, Lumen won friends",
    ],
)
def test_a_closing_sentence_or_headline_opening_with_by_is_no_byline(closing):
    """'By open-sourcing X, ...' ends many stories, and "By Releasing X Openly, ..." heads
    some; read as a byline, the words became the author and X was dropped from the players."""
    text = "A headline here\n" + "Lumen Labs will publish the weights of its model. " * 15
    got = article_from_text(text + "\n" + closing, "a.txt")
    assert isinstance(got, Article)
    assert got.author is None


@pytest.mark.parametrize(
    "path,code",
    [
        ("/paywall", "not_an_article"),
        ("/french", "not_english"),
        ("/pdf", "unsupported_type"),
        ("/404", "http_status"),
    ],
)
def test_reader_failures(server, extractor, path, code):
    reader = SourceReader(Fetcher(FetchLimits(allow_private=("127.0.0.1",))), extractor)
    got = reader.read(server.url(path))
    assert isinstance(got, Failure) and got.code == code
    if code == "not_english":
        assert got.title == "Les modèles ouverts gagnent du terrain"


def test_reader_reads_a_local_article(server, extractor):
    reader = SourceReader(Fetcher(FetchLimits(allow_private=("127.0.0.1",))), extractor)
    got = reader.read(server.url("/article-ok"))
    assert isinstance(got, Article) and got.url == server.url("/article-ok")


def test_reader_files(tmp_path, extractor):
    reader = SourceReader(Fetcher(FetchLimits()), extractor)
    assert reader.read(str(tmp_path / "missing.txt")).code == "not_found"
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    assert reader.read(str(tmp_path / "x.pdf")).code == "unsupported_type"
    assert reader.read("gopher://127.0.0.1/").code == "invalid_url"


def test_credits_and_bylines_are_not_story():
    text = "By Jane Doe and John Roe\nMeta said it will open its model.\nReporting by Jane Doe; Editing by Bill Berkrot\n(Photo by Justin Sullivan/Getty Images)\nBy the end of the year, Meta will release more models."
    assert (
        strip_boilerplate(text)
        == "Meta said it will open its model.\nBy the end of the year, Meta will release more models."
    )


# -- issue 11 item 14: packaging, and no exception text in replies --------------------------


def test_lxml_html_clean_is_a_declared_dependency():
    """jusText (trafilatura's fallback) needs lxml.html.clean, a separate project since lxml 5.2:
    without it every HTML page fails on a fresh install."""
    from importlib.metadata import requires

    from packaging.requirements import Requirement

    names = {Requirement(r).name.lower().replace("-", "_") for r in requires("newsbrief") or []}
    assert "lxml_html_clean" in names
    import lxml_html_clean  # noqa: F401  (installed with the package)


def test_in_process_extraction_error_is_logged_not_shown(monkeypatch, caplog):
    import bot.reading.extract as extract

    def boom(html, url):
        raise ImportError("lxml.html.clean module is now a separate project (secret detail)")

    monkeypatch.setattr(extract, "extract_fields", boom)
    with caplog.at_level("WARNING", logger="bot.reading.extract"):
        got = Extractor(timeout=None).extract("<html><body>x</body></html>", "page.html")
    assert isinstance(got, Failure) and got.code == "extract_failed"
    assert got.message == "the page could not be parsed"
    assert "secret detail" in caplog.text  # the operator still sees why


def test_worker_extraction_error_is_logged_not_shown(extractor, caplog):
    with caplog.at_level("WARNING", logger="bot.reading.extract"):
        # a URL that is not a string makes trafilatura raise inside the worker
        html = ARTICLE_HTML.format(title="Broken", canonical="https://ledger.example/b")
        got = extractor.extract(html, "page.html", 12345)  # type: ignore[arg-type]
    assert isinstance(got, Failure) and got.code == "extract_failed"
    assert got.message == "the page could not be parsed"
    assert "AttributeError" in caplog.text and "AttributeError" not in got.message
