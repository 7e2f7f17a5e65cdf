"""Article extraction: HTML to main text plus metadata, with trafilatura.

Settings were chosen by measurement on ../shared/extraction-benchmark (see
benchmarks/extraction.py): precision mode without comments scores F1 0.964 / precision 0.960
there against 0.954 / 0.931 for the defaults. Pathological HTML can take trafilatura a long time,
so extraction runs in worker processes that are killed when they overrun.
"""

from __future__ import annotations

import logging
import queue
import re
from configparser import ConfigParser
from multiprocessing.connection import Connection
from typing import Any

from bot.models import Article, Failure
from bot.processes import Processes, Worker
from bot.reading.urls import same_site

log = logging.getLogger(__name__)

TRAFILATURA_OPTIONS: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "with_metadata": True,
}
MIN_WORDS = 60
PAYWALL_WORDS = 350

# Lines that are about the page, not the story: they become false players downstream.
_BOILERPLATE = re.compile(
    r"""^(?:
        (?:e-?mail|contact|reach)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s+(?:at|on|via)\b
      | follow\s+(?:him|her|them|us|me|[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,2})\s+on\b
      | (?:sign\s+up|subscribe)\b.{0,80}\b(?:newsletter|updates|alerts|inbox)
      | read\s+(?:the\s+)?(?:latest|more)\b.{0,80}\bfrom\s+[A-Z]
      | (?:related|recommended|read\s+more|more\s+from|see\s+also|also\s+read)\s*[:|]
      | (?:click|tap)\s+here\b
      | (?:share|tweet)\s+(?:this|on)\b
      | (?:copyright|©)\s
      | all\s+rights\s+reserved
      | advertisement$
      | (?:(?:additional\s+)?reporting|writing|editing|compiled|produced)\s+by\s+[A-Z]
      | (?:photo|image|video|graphic|illustration)s?\s*(?::|by|credit|courtesy)\s
      | [^.!?]{0,80}\b(?:getty\s+images|via\s+getty|afp\s+via|/\s*reuters|ap\s+photo)\b[^.!?]{0,40}$
      | by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}
        (?:\s*(?:,|and|\|)\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})*\s*$
    )""",
    re.I | re.X,
)
_PAYWALL = re.compile(
    r"subscribe to (?:continue|read|unlock)|to continue reading|already a subscriber|"
    r"subscribers? only|sign in to (?:continue|read)|create a free account to|"
    r"this (?:article|content) is (?:for|available to) (?:subscribers|members)|"
    r"you(?:'ve| have) reached your (?:free )?(?:article )?limit|unlock this article",
    re.I,
)
_CONSENT = re.compile(
    r"(?:we|this site) uses? cookies|cookie (?:policy|settings|consent)|"
    r"manage (?:your )?(?:privacy|consent)|accept all cookies",
    re.I,
)


# (only the opening word ignores case: the name must be capitalised, so a sentence such as
# "By open-sourcing X, the company ..." is no byline)
_FOOTER_AUTHOR = re.compile(
    r"^(?i:by|email|e-mail|contact|reach|written by)\s+"
    r"([A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,2})(?=\s+(?:at|on|via)\b|\s*$|\s*[,|])"
)
# a byline is a short line of its own, not the opening of a paragraph
BYLINE_CHARS = 80
_FOOTER_SITE = re.compile(
    r"\b(?:news|stories|coverage|more)\s+(?:from|at|on)\s+"
    r"([A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})\s*\.?$"
)


def byline_from_text(lines: list[str]) -> tuple[str | None, str | None]:
    """Author and site named in a plain-text article's opening or closing lines."""
    author = site = None
    for line in lines[:2] + lines[-4:]:
        line = line.strip()
        match = _FOOTER_AUTHOR.match(line) if len(line) <= BYLINE_CHARS else None
        if match and match.group(1).split()[0].lower().endswith("ing"):
            match = None  # "By Releasing X Openly, ...": a headline's gerund, no name
        if match and author is None:
            author = match.group(1)
        match = _FOOTER_SITE.search(line)
        if match and site is None:
            site = match.group(1)
    return author, site


def strip_boilerplate(text: str) -> str:
    """Drop short lines that address the reader (bylines' contact lines, follow and sign-up
    prompts, 'read more' teasers) rather than tell the story."""
    kept = [
        line
        for line in text.splitlines()
        if not (len(line) < 220 and _BOILERPLATE.search(line.strip()))
    ]
    return "\n".join(kept).strip()


def check_article(article: Article) -> Article | Failure:
    """Refuse what is not a readable English article: stubs, paywalls, consent walls, other
    languages (the title is still reported)."""
    words = len(article.text.split())
    head = article.text[:3000]
    if words < PAYWALL_WORDS and _PAYWALL.search(head):
        return Failure(
            "not_an_article",
            "the page shows a paywall or sign-in prompt instead of the article",
            source=article.source,
            title=article.title,
        )
    if words < PAYWALL_WORDS and len(_CONSENT.findall(head)) >= 2:
        return Failure(
            "not_an_article",
            "the page shows a cookie-consent wall instead of the article",
            source=article.source,
            title=article.title,
        )
    if words < MIN_WORDS:
        return Failure(
            "not_an_article",
            f"the page has too little text to be an article ({words} words)",
            source=article.source,
            title=article.title,
        )
    language = article.language or detect_language(article.text)
    if language and language != "en":
        return Failure(
            "not_english",
            f"the article seems to be in '{language}'; analysis is English-only for now",
            source=article.source,
            title=article.title,
        )
    return article


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (py3langid), or None when unsure."""
    import py3langid

    sample = text[:5000]
    if len(sample.split()) < 5:
        return None
    lang, _score = py3langid.classify(sample)
    return str(lang)


def _trafilatura_config() -> ConfigParser:
    from trafilatura.settings import use_config

    config = use_config()
    # Its own signal-based timeout only works in a main thread; our worker processes bound time.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def extract_fields(html: str, url: str | None = None) -> dict[str, Any] | None:
    """Run trafilatura in this process; the raw fields, or None when it finds no main text."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, config=_trafilatura_config(), **TRAFILATURA_OPTIONS
    )
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return {
        k: data.get(k)
        for k in ("text", "title", "author", "date", "sitename", "url", "language", "hostname")
    }


def article_from_fields(
    fields: dict[str, Any] | None, source: str, final_url: str | None
) -> Article | Failure:
    """Turn trafilatura's fields into an Article, checked and cleaned."""
    if not fields or not (fields.get("text") or "").strip():
        return Failure(
            "not_an_article",
            "no article text was found on the page",
            source=source,
            title=(fields or {}).get("title"),
        )
    canonical = fields.get("url")
    url = final_url
    if canonical and (final_url is None or same_site(canonical, final_url)):
        url = canonical
    text = fields["text"]
    author = _clean(fields.get("author"))
    if author is None:  # a "By Jane Doe" line the page did not mark up as the byline
        author = byline_from_text([line.strip() for line in text.splitlines() if line.strip()])[0]
    article = Article(
        source=source,
        text=strip_boilerplate(text),
        title=_clean(fields.get("title")),
        url=url,
        author=author,
        published=_clean(fields.get("date")),
        site=_clean(fields.get("sitename")),
        language=None,
    )
    language = detect_language(article.text)
    article = Article(**{**article.__dict__, "language": language})
    return check_article(article)


def _clean(value: Any) -> str | None:
    if not value:
        return None
    text = " ".join(str(value).split())
    return text or None


# -- bounded extraction in worker processes -------------------------------------------------


def _worker_main(conn: Connection) -> None:
    while True:
        try:
            job = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if job is None:
            return
        html, url = job
        try:
            conn.send(("ok", extract_fields(html, url)))
        except Exception as exc:  # report, never die silently: the parent logs it
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


class Extractor:
    """Extract articles from HTML within a time bound.

    With `timeout=None` extraction runs in the caller's process (benchmarks, tests of the
    extraction logic); otherwise in a small pool of worker processes, one of which is killed and
    replaced when a page makes it overrun.
    """

    def __init__(self, timeout: float | None = 10.0, workers: int = 2) -> None:
        self.timeout = timeout
        self._processes = Processes(_worker_main, (), "newsbrief-extract")
        self._idle: queue.LifoQueue[Worker | None] = queue.LifoQueue()
        for _ in range(max(1, workers)):
            self._idle.put(None)  # started lazily

    def extract(self, html: str, source: str, url: str | None = None) -> Article | Failure:
        """Extract one page; a value in every case."""
        if self.timeout is None:
            try:
                fields = extract_fields(html, url)
            except Exception:
                log.warning("extraction of %s failed", source, exc_info=True)
                return Failure("extract_failed", "the page could not be parsed", source=source)
            return article_from_fields(fields, source, url)
        worker = self._idle.get()
        try:
            if worker is None or not worker.process.is_alive():
                worker = self._processes.start()
            worker.conn.send((html, url))
            if not worker.conn.poll(self.timeout):
                self._processes.kill(worker)
                worker = None
                return Failure(
                    "timeout",
                    f"the page took longer than {self.timeout:g} s to read; it may be malformed",
                    source=source,
                )
            status, payload = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            if worker is not None:
                self._processes.kill(worker)
            worker = None
            return Failure("extract_failed", "the page could not be parsed", source=source)
        finally:
            self._idle.put(worker)
        if status != "ok":
            # the worker's exception is for the operator: a reply shows only the stable message
            log.warning("extraction of %s failed: %s", source, payload)
            return Failure("extract_failed", "the page could not be parsed", source=source)
        return article_from_fields(payload, source, url)

    def close(self) -> None:
        """Stop the worker processes."""
        self._processes.close(wait=1.0)
