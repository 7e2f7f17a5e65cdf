"""The article links in a Slack message: from its markup and its rich_text blocks.

Slack writes links as `<url>` or `<url|label>` with `&`, `<`, `>` escaped; user, channel and
special mentions use the same brackets (`<@U1>`, `<#C1>`, `<!here>`). Links inside code are
quoted, not shared, and Slack's own links are not articles. A link is taken only as a clean
http(s) URL, exactly as written: `urlsplit` would strip a leading space or drop a tab, so
`" http://x/secret.txt"` must be refused here, not repaired.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from bot.reading.urls import normalize_url

_MARKUP = re.compile(r"<([^<>|\s]+)(?:\|[^<>]*)?>")
_CODE_BLOCK = re.compile(r"```.*?```", re.S)
_INLINE_CODE = re.compile(r"`[^`\n]*`")
SLACK_HOSTS = (
    "slack.com",
    "slack-edge.com",
    "slack-files.com",
    "slack-redir.net",
    "slack-imgs.com",
)


def _is_clean_url(url: str) -> bool:
    """An http(s) URL from its first character to its last: no spaces, control, invisible or
    line-breaking characters anywhere (Slack sends none in a real link)."""
    if not url.lower().startswith(("http://", "https://")):
        return False
    return not any(
        ord(c) < 33 or ord(c) == 127 or (ord(c) > 127 and unicodedata.category(c)[0] in "CZ")
        for c in url
    )


def _is_article_link(url: str) -> bool:
    if not _is_clean_url(url):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # "http://[::1", "http://[zz]/": not a link anyone can read
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    host = host.lower()
    return not any(host == h or host.endswith("." + h) for h in SLACK_HOSTS)


def links_in_text(text: str) -> list[str]:
    """Links in Slack's message markup, outside code."""
    text = _INLINE_CODE.sub(" ", _CODE_BLOCK.sub(" ", text or ""))
    out = []
    for match in _MARKUP.finditer(text):
        target = match.group(1)
        if target[:1] in ("@", "#", "!"):
            continue
        url = html.unescape(target)
        if _is_article_link(url):
            out.append(url)
    return out


def _walk(elements: Iterable[Any], out: list[str], in_code: bool = False) -> None:
    for el in elements:
        if not isinstance(el, Mapping):
            continue
        kind = el.get("type")
        code = in_code or kind == "rich_text_preformatted"
        if kind == "link" and not code and not (el.get("style") or {}).get("code"):
            url = str(el.get("url") or "")
            if _is_article_link(url):
                out.append(url)
        children = el.get("elements")
        if isinstance(children, list):
            _walk(children, out, code)


def links_in_blocks(blocks: Any) -> list[str]:
    """Links in rich_text blocks, outside preformatted blocks and code-styled text."""
    out: list[str] = []
    if isinstance(blocks, list):
        _walk([b for b in blocks if isinstance(b, Mapping) and b.get("type") == "rich_text"], out)
    return out


def links_from_message(event: Mapping[str, Any]) -> list[str]:
    """Distinct article links of a message event, in order (rich text first, then markup)."""
    seen: dict[str, str] = {}
    blocks = event.get("blocks")
    found = links_in_blocks(blocks) if blocks else []
    if not found:
        found = links_in_text(str(event.get("text") or ""))
    for url in found:
        seen.setdefault(normalize_url(url), url)
    return list(seen.values())
