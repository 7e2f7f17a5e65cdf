"""The fetcher against a local server on 127.0.0.1 (allowed explicitly, as an intranet would)."""

import time

import pytest

from bot.config import FetchLimits
from bot.models import Failure
from bot.reading.fetch import Fetched, Fetcher, decode_body
from tests.articles import ArticleServer


@pytest.fixture(scope="module")
def server():
    with ArticleServer(hang_seconds=4) as srv:
        yield srv


def fetcher(**limits) -> Fetcher:
    base = {"allow_private": ("127.0.0.1",), "deadline": 3.0, "connect_timeout": 1.0}
    base.update(limits)
    return Fetcher(FetchLimits(**base))


def test_article_is_fetched(server):
    got = fetcher().fetch(server.url("/article-1"))
    assert isinstance(got, Fetched)
    assert got.kind == "html" and "Lumen Labs" in got.text


def test_redirect_is_followed(server):
    got = fetcher().fetch(server.url("/redirect"))
    assert isinstance(got, Fetched)
    assert got.url.endswith("/article-redirected")


def test_redirect_to_blocked_address_is_refused(server):
    got = fetcher().fetch(server.url("/redirect-blocked"))
    assert isinstance(got, Failure) and got.code == "blocked_address"


def test_redirect_to_other_scheme_is_refused(server):
    got = fetcher().fetch(server.url("/redirect-file"))
    assert isinstance(got, Failure) and got.code == "invalid_url"


def test_redirect_loop_and_long_chain(server):
    assert fetcher().fetch(server.url("/loop")).code == "http_status"
    got = fetcher().fetch(server.url("/chain0"))
    assert got.code == "http_status" and "redirected more than 5" in got.message


def test_private_address_refused_without_allowlist(server):
    before = len(server.hits)
    got = Fetcher(FetchLimits()).fetch(server.url("/article"))
    assert got.code == "blocked_address"
    assert len(server.hits) == before  # the request never reached the server


@pytest.mark.parametrize(
    "path,code,status",
    [
        ("/403", "http_status", 403),
        ("/404", "http_status", 404),
        ("/500", "http_status", 500),
        ("/503", "http_status", 503),
    ],
)
def test_http_errors(server, path, code, status):
    got = fetcher().fetch(server.url(path))
    assert isinstance(got, Failure) and got.code == code and got.status == status
    if status == 403:
        assert "refused automated access" in got.message


@pytest.mark.parametrize("path", ["/pdf", "/image", "/sniff-pdf"])
def test_unsupported_types(server, path):
    got = fetcher().fetch(server.url(path))
    assert isinstance(got, Failure) and got.code == "unsupported_type"


def test_pdf_message_says_pdf(server):
    assert "PDF" in fetcher().fetch(server.url("/pdf")).message


def test_declared_size_too_large(server):
    got = fetcher().fetch(server.url("/big-declared"))
    assert got.code == "too_large"


def test_endless_body_is_cut_off(server):
    started = time.monotonic()
    got = fetcher(max_bytes=1_000_000, deadline=10).fetch(server.url("/endless"))
    assert got.code == "too_large"
    assert time.monotonic() - started < 10


def test_gzip_bomb_is_bounded_after_decompression(server):
    got = fetcher(max_bytes=2_000_000, deadline=10).fetch(server.url("/gzip-bomb"))
    assert got.code == "too_large"


def test_trickling_server_hits_the_deadline(server):
    started = time.monotonic()
    got = fetcher(deadline=1.5).fetch(server.url("/trickle"))
    assert got.code == "timeout"
    assert time.monotonic() - started < 4


def test_trickled_headers_hit_the_deadline(server):
    started = time.monotonic()
    got = fetcher(deadline=1.5).fetch(server.url("/trickle-headers"))
    assert got.code == "timeout"
    assert time.monotonic() - started < 3


def test_overlong_url_is_refused():
    got = fetcher().fetch("https://example.com/" + "a" * 5000)
    assert got.code == "invalid_url"


def test_hanging_server_hits_the_deadline(server):
    started = time.monotonic()
    got = fetcher(deadline=1.0).fetch(server.url("/hang"))
    assert got.code == "timeout"
    assert time.monotonic() - started < 3


def test_connection_refused(server):
    # a port on loopback nobody listens on: bind one, close it, use its number
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    got = fetcher().fetch(f"http://127.0.0.1:{port}/")
    assert got.code == "connect_failed"


def test_dns_failure_is_a_value():
    def resolver(host, port):
        raise OSError("Name or service not known")

    got = Fetcher(FetchLimits(), resolver=resolver).fetch("https://no-such-host.example/")
    assert got.code == "dns_failure"


@pytest.mark.parametrize("path", ["/latin1", "/latin1-undeclared"])
def test_charsets(server, path):
    got = fetcher().fetch(server.url(path))
    assert isinstance(got, Fetched)
    assert "Café owners débate" in got.text


def test_wrong_declared_charset_does_not_crash(server):
    got = fetcher().fetch(server.url("/wrong-charset"))
    assert isinstance(got, Fetched)
    assert "Ünïcode" in got.text


def test_plain_text(server):
    got = fetcher().fetch(server.url("/text"))
    assert isinstance(got, Fetched) and got.kind == "text"


def test_user_agent_is_honest(server):
    from bot.reading.fetch import USER_AGENT

    assert "newsbrief" in USER_AGENT and "+http" in USER_AGENT


def test_decode_body_never_raises():
    assert decode_body(b"\xff\xfe\x00bad bytes \x80\x81", "text/html; charset=bogus")
    assert decode_body("naïve".encode("cp1252"), "text/html; charset=windows-1252") == "naïve"
    assert decode_body(b'<meta charset="iso-8859-1"><p>caf\xe9</p>').endswith("café</p>")


# -- issue 11 item 3: a slow name costs only its own fetch --------------------------------


def test_slow_lookups_do_not_starve_other_names():
    import threading

    release = threading.Event()

    def resolver(host, port):
        if host.startswith("slow"):
            release.wait(30)  # a name server that never answers
        return ["93.184.216.34"]  # public, never connected to: only the check runs

    slow = Fetcher(FetchLimits(deadline=0.3), resolver=resolver)
    try:
        threads = [
            threading.Thread(target=slow.fetch, args=(f"https://slow-{i}.example/",))
            for i in range(12)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(5)
        got = Fetcher(FetchLimits(deadline=2.0), resolver=resolver).check_target(
            "news.example", 443, time.monotonic() + 2.0
        )
    finally:
        release.set()
    assert got == ["93.184.216.34"]
