"""Issue 11 item 6: odd server behaviour gets the right outcome code and a true message.

A raw socket server on 127.0.0.1 plays each misbehaving server byte for byte.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
import time

import pytest

from bot.config import FetchLimits
from bot.models import Failure
from bot.reading.fetch import Fetcher

PAGE = b"<html><body><p>A page.</p></body></html>"


def _reply(sock: socket.socket, path: str) -> None:
    if path == "/304":
        sock.sendall(b"HTTP/1.1 304 Not Modified\r\nLocation: /elsewhere\r\n\r\n")
    elif path == "/long-header":
        sock.sendall(b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 200_000 + b"\r\n\r\n" + PAGE)
    elif path == "/endless-headers":
        sock.sendall(b"HTTP/1.1 200 OK\r\n")
        for i in range(100_000):
            sock.sendall(b"X-Header-%d: yes\r\n" % i)
    elif path == "/brotli":
        body = b"\x1b\x2a\x00\xf8\x05\x7f\x01\x02\x03 not html at all"
        sock.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n"
            b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
        )
    else:
        sock.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s"
            % (len(PAGE), PAGE)
        )


class Handler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        sock = self.request
        sock.settimeout(10)
        mode = self.server.mode  # type: ignore[attr-defined]
        with contextlib.suppress(OSError):
            if mode == "silent":  # accepts, then never says a word (a stuck TLS server)
                time.sleep(8)
                return
            first = sock.recv(65536)
            if mode == "garbage-tls":  # answers a TLS ClientHello with noise
                sock.sendall(b"\x15\x03\x09\x00\x02\xff\xff" + b"garbage" * 20)
                return
            path = first.split(b" ", 2)[1].decode()
            _reply(sock, path)


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, mode: str = "http") -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.mode = mode
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def url(self, path: str, scheme: str = "http") -> str:
        return f"{scheme}://127.0.0.1:{self.server_address[1]}{path}"

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    srv = Server()
    yield srv
    srv.shutdown()
    srv.server_close()


def fetcher(**limits) -> Fetcher:
    base = {"allow_private": ("127.0.0.1",), "deadline": 4.0, "connect_timeout": 1.0}
    base.update(limits)
    return Fetcher(FetchLimits(**base))


def test_304_is_an_http_status_not_a_type(server):
    got = fetcher().fetch(server.url("/304"))
    assert isinstance(got, Failure) and got.code == "http_status" and got.status == 304


@pytest.mark.parametrize("path", ["/long-header", "/endless-headers"])
def test_huge_or_endless_headers_are_too_large(server, path):
    got = fetcher().fetch(server.url(path))
    assert isinstance(got, Failure) and got.code == "too_large", got


def test_unknown_content_encoding_is_refused(server):
    got = fetcher().fetch(server.url("/brotli"))
    assert isinstance(got, Failure) and got.code == "unsupported_type"
    assert "br" in got.message


def test_silent_tls_server_message_tells_the_truth():
    srv = Server("silent")
    try:
        started = time.monotonic()
        got = fetcher(deadline=3.0, connect_timeout=0.5).fetch(srv.url("/", "https"))
        elapsed = time.monotonic() - started
    finally:
        srv.shutdown()
        srv.server_close()
    assert isinstance(got, Failure) and got.code == "timeout"
    # the TLS handshake is bounded by the connect timeout (0.5 s), long before the 3 s
    # deadline: the message names the limit that expired
    assert elapsed < 2.5
    assert "3 s" not in got.message and "secure connection within 0.5 s" in got.message


def test_garbage_tls_handshake_is_not_a_certificate_problem():
    srv = Server("garbage-tls")
    try:
        got = fetcher().fetch(srv.url("/", "https"))
    finally:
        srv.shutdown()
        srv.server_close()
    assert isinstance(got, Failure) and got.code == "connect_failed"
    assert "certificate" not in got.message and "secure connection" in got.message
