"""Read a SOURCE (an http(s) URL, an .html file or a .txt file) into an Article or a Failure."""

from __future__ import annotations

import re
from pathlib import Path

from bot.models import Article, Failure
from bot.reading.extract import (
    Extractor,
    byline_from_text,
    check_article,
    detect_language,
    strip_boilerplate,
)
from bot.reading.fetch import Fetcher, decode_body, looks_binary


def article_from_text(text: str, source: str, url: str | None = None) -> Article | Failure:
    """A plain-text article: the first non-empty line is the headline."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        return Failure("not_an_article", "the text is empty", source=source)
    title, body_lines = lines[0], lines[1:]
    author, site = byline_from_text(body_lines)
    body = strip_boilerplate("\n".join(body_lines))
    article = Article(
        source=source,
        text=body,
        title=title,
        url=url,
        author=author,
        site=site,
        language=detect_language(body),
    )
    return check_article(article)


class SourceReader:
    """Turns SOURCE strings into articles; holds the fetcher and the extractor it needs."""

    def __init__(self, fetcher: Fetcher, extractor: Extractor) -> None:
        self.fetcher = fetcher
        self.extractor = extractor

    def read(self, source: str) -> Article | Failure:
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source) or source.lower().startswith(
            ("http:", "https:", "javascript:", "file:", "gopher:", "data:", "ftp:")
        ):
            return self.read_url(source)
        return self.read_file(source)

    def read_url(self, url: str) -> Article | Failure:
        fetched = self.fetcher.fetch(url)
        if isinstance(fetched, Failure):
            return fetched
        if fetched.kind == "text":
            return article_from_text(fetched.text, url, url=fetched.url)
        return self.extractor.extract(fetched.text, url, fetched.url)

    def read_file(self, path: str) -> Article | Failure:
        file = Path(path)
        if file.is_dir():
            return Failure(
                "unsupported_type", "it is a directory, not an .html or .txt file", source=path
            )
        if not file.is_file():
            return Failure("not_found", "there is no such file", source=path)
        data = file.read_bytes()
        if looks_binary(data):  # never print a binary file's bytes as its "title"
            return Failure(
                "unsupported_type",
                f"{path} is a binary file, not an article; only .html and .txt files can be read",
                source=path,
            )
        text = decode_body(data)
        if file.suffix.lower() in (".html", ".htm", ".xhtml"):
            return self.extractor.extract(text, path, None)
        if file.suffix.lower() in (".txt", ".text", ".md", ""):
            return article_from_text(text, path)
        return Failure("unsupported_type", "only .html and .txt files can be read", source=path)
