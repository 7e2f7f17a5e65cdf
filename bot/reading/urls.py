"""URL parsing and normalisation, shared by the fetcher, the cache and duplicate detection."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "yclid",
        "_ga",
        "_gl",
        "ref_src",
        "ref_url",
        "cmpid",
        "ncid",
        "guccounter",
        "guce_referrer",
        "guce_referrer_sig",
        "soc_src",
        "soc_trk",
        "ocid",
        "sr_share",
        "smid",
        "cid",
        "mkt_tok",
        "spm",
        "twclid",
        "li_fat_id",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "__twitter_impression",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "at_")
DEFAULT_PORTS = {"http": 80, "https": 443}


class BadURL(ValueError):
    """The text is not an http(s) URL we are willing to fetch."""


def ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host spells directly, in any form a C resolver accepts.

    `127.1`, `2130706433`, `0x7f.1` and `0177.0.0.1` all mean 127.0.0.1 to inet_aton, and so to
    the connecting stack; they must be classified as that address, not looked up as names.
    """
    host = host.strip("[]").split("%", 1)[0]
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if host and all(c in "0123456789abcdefxABCDEFX." for c in host) and host[0].isdigit():
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def split_url(url: str) -> tuple[str, str, int, str]:
    """Validate an http(s) URL; return (scheme, host, port, path_and_query) or raise BadURL.

    Credentials, backslashes and control characters in the authority are refused outright:
    parsers disagree on them (`http://127.0.0.1:80\\@example.com/`), and we connect ourselves.
    """
    url = url.strip()
    if any(ord(c) < 33 or ord(c) == 127 for c in url):
        raise BadURL("the link contains spaces or control characters")
    try:
        parts = urlsplit(url)
    except ValueError:
        raise BadURL("the link is malformed") from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise BadURL(f"only http and https links can be read, not {scheme or 'scheme-less'} links")
    netloc = parts.netloc
    if not netloc:
        raise BadURL("the link has no host")
    if "@" in netloc:
        raise BadURL("links with user names or passwords are not fetched")
    if "\\" in netloc:
        raise BadURL("the link's host is malformed")
    try:
        host = parts.hostname or ""
        port = parts.port or DEFAULT_PORTS[scheme]
    except ValueError:
        raise BadURL("the link has an invalid port") from None
    if not host:
        raise BadURL("the link has no host")
    if ip_literal(host) is None:
        host = host.rstrip(".")
        try:
            host = host.encode("idna").decode("ascii").lower()
        except UnicodeError:
            raise BadURL("the link's host name is not valid") from None
        if not host or any(not (c.isalnum() or c in "-.") for c in host):
            raise BadURL("the link's host name is not valid")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return scheme, host, port, path


def normalize_url(url: str) -> str:
    """The key under which an article is cached: same article, same key.

    Lower-case scheme and host, no default port, no fragment, no tracking parameters.
    """
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower().rstrip(".")
    except ValueError:  # malformed brackets: the text itself is the key
        return url.strip()
    scheme = parts.scheme.lower()
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def same_site(a: str, b: str) -> bool:
    """Whether two URLs belong to one site (registrable-ish: last two labels of the host)."""

    def base(u: str) -> str:
        host = (urlsplit(u).hostname or "").lower().rstrip(".")
        labels = host.split(".")
        if host.startswith("www."):
            labels = labels[1:]
        return (
            ".".join(labels[-2:])
            if len(labels[-1]) > 2 or len(labels) < 3
            else ".".join(labels[-3:])
        )

    return bool(base(a)) and base(a) == base(b)
