"""Fetch user-supplied URLs without becoming a proxy into our own network.

Each hop: parse strictly, resolve once, refuse if any address is not globally routable, then
connect to the address we validated (so DNS rebinding cannot switch it) with TLS verified against
the original name. The whole fetch runs under one wall-clock deadline enforced by a watchdog, so
a server that trickles bytes cannot hold a worker. Outcomes are values: Fetched or Failure.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import logging
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urljoin

import charset_normalizer
import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ReadTimeoutError,
    SSLError,
)
from urllib3.util.ssl_match_hostname import CertificateError

from bot import __version__
from bot.config import FetchLimits
from bot.models import Failure
from bot.reading.netguard import AllowList, blocked_reason
from bot.reading.urls import BadURL, ip_literal, split_url

log = logging.getLogger(__name__)
USER_AGENT = (
    f"newsbrief/{__version__} (Slack news-brief bot; reads links people share; "
    "+https://github.com/newsbrief/newsbrief)"
)
Resolver = Callable[[str, int], Sequence[str]]
MAX_URL_LENGTH = 4096

HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
TEXT_TYPES = ("text/plain",)
_DECODERS = frozenset(urllib3.response.HTTPResponse.CONTENT_DECODERS)  # what urllib3 can undo
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Lookups run in their own threads (getaddrinfo cannot be cancelled): a name that never answers
# costs only its own fetch, never a shared pool's slot. The cap bounds the threads such names
# can hold at once; the system resolver's own timeout ends each of them eventually.
MAX_PENDING_LOOKUPS = 64
_pending_lookups = threading.BoundedSemaphore(MAX_PENDING_LOOKUPS)


class _LookupBusy(Exception):
    """MAX_PENDING_LOOKUPS lookups are still unanswered."""


def _lookup(resolver: Resolver, host: str, port: int, timeout: float) -> list[str]:
    """resolver(host, port) within timeout, in a thread of its own; raises TimeoutError."""
    if not _pending_lookups.acquire(blocking=False):
        raise _LookupBusy
    done = threading.Event()
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["addresses"] = list(resolver(host, port))
        except Exception as exc:
            outcome["error"] = exc
        finally:
            _pending_lookups.release()
            done.set()

    threading.Thread(target=run, name=f"dns-{host[:40]}", daemon=True).start()
    if not done.wait(timeout):
        raise TimeoutError
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["addresses"]  # type: ignore[return-value]


def system_resolver(host: str, port: int) -> list[str]:
    """All addresses the system resolver gives for host (IPv4 and IPv6)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


@dataclass(frozen=True)
class Fetched:
    """A successful response body, decoded, with what we need to extract it."""

    url: str
    kind: str  # "html" or "text"
    text: str
    content_type: str


def _describe_status(status: int) -> str:
    if status in (401, 402, 403, 451):
        return (
            f"the site refused automated access (HTTP {status}), often a paywall or bot protection"
        )
    if status in (404, 410):
        return f"the page does not exist (HTTP {status}); the link may be mistyped or removed"
    if status == 429:
        return "the site is rate-limiting us (HTTP 429); try again later"
    if status >= 500:
        return f"the site had an error (HTTP {status}); try again later"
    return f"the site answered HTTP {status} instead of a page"


def _content_kind(content_type: str, head: bytes) -> str | None:
    """html, text, or None (unsupported); sniff only when the server did not say."""
    ctype = content_type.split(";", 1)[0].strip().lower()
    if ctype in HTML_TYPES or (ctype.endswith("+xml") and "html" in ctype):
        return "html"
    if ctype in TEXT_TYPES:
        return "text"
    if ctype in ("", "application/octet-stream", "binary/octet-stream"):
        sniff = head.lstrip()[:512].lower()
        if sniff.startswith((b"<!doctype html", b"<html")) or b"<body" in sniff:
            return "html"
    return None


def decode_body(body: bytes, content_type: str = "") -> str:
    """Declared charset, then the document's meta charset, then detection; never raises."""
    candidates: list[str] = []
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.I)
    if match:
        candidates.append(match.group(1))
    meta = _META_CHARSET.search(body[:8192])
    if meta:
        candidates.append(meta.group(1).decode("ascii", "ignore"))
    if body.startswith(b"\xef\xbb\xbf"):
        candidates.insert(0, "utf-8-sig")
    for enc in candidates:
        try:
            return body.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(body[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return body.decode(best.encoding, errors="replace")
        except LookupError:
            pass
    return body.decode("utf-8", errors="replace")


class Fetcher:
    """Safe HTTP GET for article URLs. Thread-safe; one instance per process is enough."""

    def __init__(
        self,
        limits: FetchLimits | None = None,
        resolver: Resolver = system_resolver,
        user_agent: str = USER_AGENT,
    ) -> None:
        self.limits = limits or FetchLimits()
        self.resolver = resolver
        self.user_agent = user_agent
        self.allow = AllowList(self.limits.allow_private)

    # -- address checks ---------------------------------------------------------------------

    def check_target(self, host: str, port: int, deadline: float) -> list[str] | Failure:
        """The validated addresses to connect to for host:port, or why not."""
        host_allowed = self.allow.allows_host(host)
        literal = ip_literal(host)
        if literal is not None:
            addresses = [str(literal)]
        else:
            remaining = deadline - time.monotonic()
            try:
                addresses = _lookup(self.resolver, host, port, max(remaining, 0.01))
            except TimeoutError:
                return Failure("timeout", f"looking up {host} took too long")
            except _LookupBusy:
                return Failure("timeout", "too many site lookups are pending; try again later")
            except (OSError, UnicodeError, ValueError):
                return Failure(
                    "dns_failure",
                    f"the site {host} could not be found (DNS lookup failed); check the link",
                )
            if not addresses:
                return Failure("dns_failure", f"the site {host} could not be found")
        valid: list[str] = []
        for raw in dict.fromkeys(addresses):
            try:
                addr = ipaddress.ip_address(raw.split("%", 1)[0])
            except ValueError:
                return Failure("dns_failure", f"{host} resolved to an unusable address")
            if host_allowed or self.allow.allows_address(addr):
                valid.append(str(addr))
                continue
            why = blocked_reason(addr)
            if why:
                return Failure(
                    "blocked_address",
                    "links to private or internal network "
                    f"addresses are not fetched ({host}: {why})",
                )
            valid.append(str(addr))
        private_ok = host_allowed or all(
            self.allow.allows_address(ipaddress.ip_address(a)) for a in valid
        )
        if port not in self.limits.allowed_ports and not (self.allow and private_ok):
            return Failure(
                "blocked_address",
                f"links to port {port} are not fetched; only standard web ports are allowed",
            )
        return valid

    # -- fetching ---------------------------------------------------------------------------

    def fetch(self, url: str) -> Fetched | Failure:
        """GET url, following up to max_redirects validated redirects."""
        if len(url) > MAX_URL_LENGTH:
            return Failure(
                "invalid_url",
                f"the link is longer than {MAX_URL_LENGTH} characters",
                source=url[:200],
            )
        deadline = time.monotonic() + self.limits.deadline
        current = url
        seen: set[str] = set()
        for _hop in range(self.limits.max_redirects + 1):
            outcome = self._fetch_once(current, deadline)
            if isinstance(outcome, str):  # a redirect target
                nxt = urljoin(current, outcome)
                if nxt in seen or nxt == current:
                    return Failure("http_status", "the site redirects in a loop", source=url)
                seen.add(current)
                current = nxt
                continue
            if isinstance(outcome, Failure):
                return Failure(outcome.code, outcome.message, source=url, status=outcome.status)
            return outcome
        return Failure(
            "http_status",
            f"the site redirected more than {self.limits.max_redirects} times",
            source=url,
        )

    def _fetch_once(self, url: str, deadline: float) -> Fetched | Failure | str:
        try:
            scheme, host, port, path = split_url(url)
        except BadURL as exc:
            return Failure("invalid_url", str(exc))
        target = self.check_target(host, port, deadline)
        if isinstance(target, Failure):
            return target
        last: Failure | None = None
        for address in target:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return Failure(
                    "timeout", f"the site took longer than {self.limits.deadline:g} s to answer"
                )
            result = self._request(scheme, host, port, path, address, url, deadline)
            if isinstance(result, Failure) and result.code == "connect_failed":
                last = result
                continue
            return result
        return last or Failure("connect_failed", f"could not connect to {host}")

    def _pool(
        self, scheme: str, host: str, port: int, address: str, timeout: urllib3.Timeout
    ) -> urllib3.HTTPConnectionPool:
        """A pool connecting to the validated address, directly or through FETCH_PROXY.

        Through a proxy the proxy is only ever given the address we checked, never the name
        (it would resolve the name again, and a rebinding name answers loopback the second
        time): CONNECT to the IP literal for https, TLS still verified against the name; an
        absolute URI naming the IP, with the name in the Host header, for http.
        """
        literal = ip_literal(host) is not None
        tls: dict[str, object] = {
            "cert_reqs": "CERT_REQUIRED",
            "server_hostname": None if literal else host,
            "assert_hostname": None if literal else host,
        }
        if self.limits.proxy:
            proxy = urllib3.ProxyManager(
                self.limits.proxy, num_pools=1, timeout=timeout, retries=False
            )
            kwargs = {"maxsize": 1, **tls} if scheme == "https" else {"maxsize": 1}
            return proxy.connection_from_host(address, port, scheme, pool_kwargs=kwargs)
        if scheme == "https":
            return urllib3.HTTPSConnectionPool(
                address, port, timeout=timeout, retries=False, maxsize=1, **tls
            )
        return urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False, maxsize=1)

    def _request(
        self, scheme: str, host: str, port: int, path: str, address: str, url: str, deadline: float
    ) -> Fetched | Failure | str:
        remaining = deadline - time.monotonic()
        timeout = urllib3.Timeout(
            connect=min(self.limits.connect_timeout, remaining), read=remaining
        )
        default_port = {"http": 80, "https": 443}[scheme]
        host_header = host if ":" not in host else f"[{host}]"
        if port != default_port:
            host_header += f":{port}"
        headers = {
            "Host": host_header,
            "User-Agent": self.user_agent,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "gzip, deflate",
            "Accept-Language": "en;q=1.0, *;q=0.5",
        }
        pool = self._pool(scheme, host, port, address, timeout)
        sockets: list[socket.socket] = []
        # tracked in every mode: through a proxy the socket is the one to the proxy
        pool.ConnectionCls = _tracked(pool.ConnectionCls, sockets)  # type: ignore[misc]
        request_path = path
        if self.limits.proxy and scheme == "http":  # absolute URI, naming the checked address
            request_path = f"http://{_url_host(address)}:{port}{path}"
        # One wall-clock deadline over connect, TLS, headers and body: at the deadline the
        # socket is shut down, whatever phase a slow or trickling server holds us in.
        watchdog = threading.Timer(max(deadline - time.monotonic(), 0), _cut, (sockets,))
        watchdog.daemon = True
        watchdog.start()
        try:
            return self._exchange(pool, request_path, headers, timeout, host, url, deadline)
        finally:
            watchdog.cancel()
            pool.close()

    def _exchange(
        self,
        pool: urllib3.HTTPConnectionPool,
        request_path: str,
        headers: dict[str, str],
        timeout: urllib3.Timeout,
        host: str,
        url: str,
        deadline: float,
    ) -> Fetched | Failure | str:
        try:
            resp = pool.urlopen(
                "GET",
                request_path,
                headers=headers,
                redirect=False,
                retries=False,
                preload_content=False,
                assert_same_host=False,
                timeout=timeout,
            )
        except NewConnectionError:  # before ConnectTimeoutError: it subclasses it
            if time.monotonic() >= deadline:
                return Failure("timeout", "the site took too long to answer")
            return Failure("connect_failed", f"could not connect to {host}")
        except (ConnectTimeoutError, ReadTimeoutError) as exc:
            return self._timed_out(exc, deadline)
        except SSLError as exc:
            if time.monotonic() >= deadline:
                return Failure("timeout", "the site took too long to answer")
            if _caused_by(exc, lambda e: isinstance(e, _CERTIFICATE_ERRORS)):
                return Failure(
                    "connect_failed",
                    f"the secure connection to {host} failed (certificate not valid for it)",
                )
            log.info("TLS handshake with %s failed: %r", host, exc)
            return Failure(
                "connect_failed",
                f"the secure connection to {host} failed (the site's TLS handshake is broken)",
            )
        except HTTPError as exc:
            if _caused_by(exc, _header_overflow):
                return Failure(
                    "too_large", "the site sent more response headers than any web page has"
                )
            if time.monotonic() >= deadline or "timed out" in str(exc):
                return Failure("timeout", "the site took too long to answer")
            return Failure("connect_failed", f"the connection to {host} failed")
        try:
            return self._read(resp, url, deadline)
        finally:
            resp.release_conn()

    def _timed_out(self, exc: HTTPError, deadline: float) -> Failure:
        """A timeout, with the limit that actually expired: the connect timeout covers the
        TCP and TLS handshakes, the deadline everything."""
        if time.monotonic() < deadline - 0.05:
            within = f"within {self.limits.connect_timeout:g} s"
            if _caused_by(exc, lambda e: "handshake" in str(e)):
                return Failure("timeout", f"the site did not set up a secure connection {within}")
            if isinstance(exc, ConnectTimeoutError):
                return Failure("timeout", f"the site did not accept a connection {within}")
        return Failure("timeout", f"the site took longer than {self.limits.deadline:g} s to answer")

    def _read(
        self, resp: urllib3.BaseHTTPResponse, url: str, deadline: float
    ) -> Fetched | Failure | str:
        status = resp.status
        if 300 <= status < 400 and status != 304:
            location = resp.headers.get("Location")
            if not location:
                return Failure(
                    "http_status",
                    f"the site answered a redirect ({status}) to nowhere",
                    status=status,
                )
            return location.strip()
        if status >= 400 or status == 304 or status < 200:  # 304 or 1xx: no page either
            return Failure("http_status", _describe_status(status), status=status)
        encodings = [e.strip().lower() for e in resp.headers.get("Content-Encoding", "").split(",")]
        unknown = [e for e in encodings if e and e != "identity" and e not in _DECODERS]
        if unknown:  # urllib3 would hand us the compressed bytes as if they were the page
            return Failure(
                "unsupported_type",
                f"the site sent the page compressed as {unknown[0]!r}, which cannot be read here",
            )
        content_type = resp.headers.get("Content-Type", "")
        declared = resp.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.limits.max_bytes:
            return self._too_large()
        ctype = content_type.split(";", 1)[0].strip().lower()
        if (
            ctype
            and _content_kind(content_type, b"") is None
            and not ctype.endswith("octet-stream")
        ):
            return self._unsupported(ctype)
        chunks: list[bytes] = []
        size = 0
        try:
            while True:
                chunk = resp.read1(65536, decode_content=True)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > self.limits.max_bytes:
                    return self._too_large()
                if time.monotonic() >= deadline:
                    raise TimeoutError
        except (TimeoutError, ReadTimeoutError):
            return Failure(
                "timeout", f"the site took longer than {self.limits.deadline:g} s to send the page"
            )
        except (HTTPError, OSError) as exc:
            if time.monotonic() >= deadline:
                return Failure(
                    "timeout",
                    f"the site took longer than {self.limits.deadline:g} s to send the page",
                )
            log.info("reading %s failed: %r", url, exc)
            return Failure("connect_failed", "the page could not be read completely")
        if time.monotonic() >= deadline:
            return Failure(
                "timeout", f"the site took longer than {self.limits.deadline:g} s to send the page"
            )
        body = b"".join(chunks)
        kind = _content_kind(content_type, body[:1024])
        if kind is None:
            return self._unsupported(ctype or _sniff_type(body))
        if kind == "text" and looks_binary(body):  # "text/plain" that is not text
            return self._unsupported(_sniff_type(body))
        return Fetched(
            url=url,
            kind=kind,
            text=decode_body(body, content_type),
            content_type=ctype or "text/html",
        )

    def _too_large(self) -> Failure:
        mb = self.limits.max_bytes / 1_000_000
        return Failure("too_large", f"the page is larger than {mb:g} MB, more than an article")

    @staticmethod
    def _unsupported(ctype: str) -> Failure:
        label = {
            "application/pdf": "a PDF",
            "application/zip": "an archive",
            "application/octet-stream": "a binary file",
        }.get(ctype)
        if label is None:
            major = ctype.split("/", 1)[0]
            label = {"image": "an image", "audio": "audio", "video": "a video"}.get(
                major, f"a {ctype or 'binary'} file"
            )
        return Failure(
            "unsupported_type",
            f"the link points to {label}, not a web page; "
            "only HTML articles and plain text can be read",
        )


def _tracked(cls: type, sockets: list[socket.socket]) -> type:
    """The pool's connection class, remembering each socket it opens (for the watchdog)."""

    class Tracked(cls):  # type: ignore[misc, valid-type]
        def _new_conn(self) -> socket.socket:
            sock = super()._new_conn()
            sockets.append(sock)
            return sock

    return Tracked


def _cut(sockets: list[socket.socket]) -> None:
    """The deadline passed: shut the sockets down so any blocked connect or read returns."""
    for sock in list(sockets):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


# the name check is urllib3's own when it is given assert_hostname (its CertificateError)
_CERTIFICATE_ERRORS = (ssl.SSLCertVerificationError, CertificateError)


def _caused_by(exc: BaseException, test: Callable[[BaseException], bool]) -> bool:
    """Whether exc, its arguments or its chain of causes pass test (urllib3 wraps)."""
    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo:
        item = todo.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        if test(item):
            return True
        todo.extend([item.__cause__, item.__context__, *item.args])
    return False


def _header_overflow(exc: BaseException) -> bool:
    """http.client's limits on one header line (64 KiB) and on the header count (100)."""
    return isinstance(exc, http.client.LineTooLong) or (
        isinstance(exc, http.client.HTTPException) and "got more than" in str(exc)
    )


def _url_host(address: str) -> str:
    return f"[{address}]" if ":" in address else address


def looks_binary(data: bytes) -> bool:
    """Whether bytes are a binary file (image, archive, program) rather than text: a NUL byte
    or many control characters near the start. UTF-16 (with its BOM) is text."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > len(head) * 0.05


def _sniff_type(body: bytes) -> str:
    if body.startswith(b"%PDF"):
        return "application/pdf"
    if body[:4] in (b"PK\x03\x04", b"\x1f\x8b\x08\x00"):
        return "application/zip"
    return "application/octet-stream"
