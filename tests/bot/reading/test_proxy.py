"""FETCH_PROXY mode (issue 11 items 1 and 2): the proxy is only ever given the address we
checked, and the one fetch deadline holds through it.

Everything stays on loopback: the proxy below is a small self-written forwarding proxy on
127.0.0.1 that resolves names with the same rebinding resolver as the fetcher (as a real proxy
would ask DNS again), forwards only to loopback (the canary) and answers 502 for anything else.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import socketserver
import threading
import time

import pytest

from bot.config import FetchLimits
from bot.models import Failure
from bot.reading.fetch import Fetched, Fetcher

PUBLIC = "93.184.216.34"  # what the rebinding name answers first; never connected to


class Rebinding:
    """A DNS answer that changes: a public address first, loopback on every later lookup."""

    def __init__(self) -> None:
        self.calls: dict[str, int] = {}
        self.lock = threading.Lock()

    def __call__(self, host: str, port: int) -> list[str]:
        with self.lock:
            n = self.calls[host] = self.calls.get(host, 0) + 1
        return [PUBLIC] if n == 1 else ["127.0.0.1"]


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass


class Canary:
    """A page on 127.0.0.1 that counts every connection made to it."""

    def __init__(self) -> None:
        canary = self
        self.connections = 0

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                canary.connections += 1
                self.request.settimeout(5)
                with contextlib.suppress(OSError):
                    self.request.recv(65536)
                    body = b"<html><body><p>canary secret</p></body></html>"
                    self.request.sendall(
                        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"
                        b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
                    )

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _read_head(sock: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


def _pipe(a: socket.socket, b: socket.socket) -> None:
    def one_way(src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while chunk := src.recv(65536):
                dst.sendall(chunk)
        with contextlib.suppress(OSError):
            dst.shutdown(socket.SHUT_WR)

    t = threading.Thread(target=one_way, args=(b, a), daemon=True)
    t.start()
    one_way(a, b)
    t.join(10)


class Proxy:
    """A forwarding proxy (CONNECT and absolute-URI GET) that only forwards to loopback."""

    def __init__(self, resolver: Rebinding, trickle: bool = False) -> None:
        proxy = self
        self.requests: list[tuple[str, dict[str, str]]] = []

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                self.request.settimeout(20)
                with contextlib.suppress(OSError):
                    proxy._handle(self.request)

        self.resolver = resolver
        self.trickle = trickle
        self.server = _Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        head = _read_head(client)
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
        self.requests.append((lines[0], headers))
        if self.trickle:  # headers one byte every 0.2 s, for as long as the client listens
            client.sendall(b"HTTP/1.1 200 OK\r\n")
            for _ in range(150):
                client.sendall(b"X")
                time.sleep(0.2)
            return
        if method == "CONNECT":
            host, _, port = target.rpartition(":")
            rest = b""
        else:
            authority = target.split("://", 1)[1].split("/", 1)[0]
            host, _, port = authority.rpartition(":")
            path = "/" + target.split("://", 1)[1].split("/", 1)[1]
            rest = head.replace(lines[0].encode("latin-1"), f"{method} {path} HTTP/1.1".encode())
        host = host.strip("[]")
        try:
            address = ipaddress.ip_address(host)
        except ValueError:  # a name: the proxy asks DNS itself
            address = ipaddress.ip_address(self.resolver(host, int(port))[0])
        if not address.is_loopback:  # the test never sends traffic off this machine
            client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            return
        upstream = socket.create_connection((str(address), int(port)), timeout=10)
        with upstream:
            if method == "CONNECT":
                client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            else:
                upstream.sendall(rest)
            _pipe(client, upstream)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def canary():
    c = Canary()
    yield c
    c.close()


@pytest.fixture
def rebinding():
    return Rebinding()


@pytest.fixture
def proxy(rebinding):
    p = Proxy(rebinding)
    yield p
    p.close()


def proxied(proxy: Proxy, resolver, **limits) -> Fetcher:
    base = {"proxy": proxy.url, "deadline": 5.0, "connect_timeout": 2.0}
    base.update(limits)
    return Fetcher(FetchLimits(**base), resolver=resolver)


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_rebinding_name_through_proxy_never_reaches_loopback(canary, proxy, rebinding, scheme):
    fetcher = proxied(proxy, rebinding, allowed_ports=frozenset({canary.port}))
    got = fetcher.fetch(f"{scheme}://rebind.example:{canary.port}/secret")
    assert isinstance(got, Failure)
    assert canary.connections == 0
    line, headers = proxy.requests[0]
    assert "rebind.example" not in line  # the proxy is given the checked address only
    if scheme == "https":
        assert line.startswith(f"CONNECT {PUBLIC}:{canary.port} ")
    else:
        assert line.startswith(f"GET http://{PUBLIC}:{canary.port}/secret ")
        assert headers["Host"] == f"rebind.example:{canary.port}"


def test_allowed_page_is_fetched_through_proxy(canary, proxy):
    fetcher = proxied(proxy, lambda h, p: ["127.0.0.1"], allow_private=("intranet.example",))
    got = fetcher.fetch(f"http://intranet.example:{canary.port}/page")
    assert isinstance(got, Fetched) and "canary secret" in got.text
    line, headers = proxy.requests[0]
    assert line.startswith(f"GET http://127.0.0.1:{canary.port}/page ")
    assert headers["Host"] == f"intranet.example:{canary.port}"


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_deadline_holds_through_a_trickling_proxy(rebinding, scheme):
    slow = Proxy(rebinding, trickle=True)
    try:
        fetcher = proxied(slow, rebinding, allow_private=("127.0.0.1",), deadline=1.5)
        started = time.monotonic()
        got = fetcher.fetch(f"{scheme}://127.0.0.1:8080/page")
        elapsed = time.monotonic() - started
    finally:
        slow.close()
    assert isinstance(got, Failure) and got.code == "timeout"
    assert elapsed < 4


def _certificates(tmp_path):
    """A throw-away CA and a certificate for news.example it signed (openssl at test time)."""
    import shutil
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed: cannot make a test certificate")
    ext = tmp_path / "leaf.ext"
    ext.write_text(
        "subjectAltName=DNS:news.example\nbasicConstraints=CA:FALSE\n"
        "extendedKeyUsage=serverAuth\nauthorityKeyIdentifier=keyid\n"
    )
    steps = [
        "req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj /CN=TestCA"
        " -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign",
        "req -newkey rsa:2048 -nodes -keyout leaf.key -out leaf.csr -subj /CN=news.example",
        "x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out leaf.pem -days 2"
        " -extfile leaf.ext",
    ]
    for step in steps:
        subprocess.run(["openssl", *step.split()], cwd=tmp_path, check=True, capture_output=True)
    return tmp_path / "ca.pem", tmp_path / "leaf.pem", tmp_path / "leaf.key"


class TLSPage:
    """An https page on 127.0.0.1 with a certificate for news.example only."""

    def __init__(self, cert, key) -> None:
        import ssl

        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                with contextlib.suppress(OSError, ssl.SSLError):
                    conn = context.wrap_socket(self.request, server_side=True)
                    conn.settimeout(5)
                    conn.recv(65536)
                    body = b"<html><body><p>over verified TLS</p></body></html>"
                    conn.sendall(
                        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"
                        b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
                    )

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_tls_through_the_proxy_is_verified_for_the_name(tmp_path, monkeypatch, proxy):
    """CONNECT names the IP, yet the certificate is checked against the link's host name."""
    ca, cert, key = _certificates(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))  # trust the throw-away CA only
    page = TLSPage(cert, key)
    try:
        loopback = lambda h, p: ["127.0.0.1"]  # noqa: E731
        allow = ("news.example", "other.example")
        got = proxied(proxy, loopback, allow_private=allow).fetch(
            f"https://news.example:{page.port}/"
        )
        assert isinstance(got, Fetched) and "over verified TLS" in got.text
        assert proxy.requests[-1][0].startswith(f"CONNECT 127.0.0.1:{page.port} ")
        wrong = proxied(proxy, loopback, allow_private=allow).fetch(
            f"https://other.example:{page.port}/"
        )
        assert isinstance(wrong, Failure) and "certificate" in wrong.message
    finally:
        page.close()
