"""Address classification and hostile URL spellings: refused before any connection.

No traffic leaves the machine: names are answered by a fake resolver, and the fetcher's
connection step is replaced by one that fails the test if it is ever reached.
"""

import ipaddress
import time

import pytest

from bot.config import FetchLimits
from bot.models import Failure
from bot.reading.fetch import Fetcher
from bot.reading.netguard import AllowList, blocked_reason, embedded_ipv4
from bot.reading.urls import BadURL, ip_literal, split_url

DEADLINE = time.monotonic() + 3600
BLOCKED = [
    "0.0.0.0",
    "0.1.2.3",
    "10.0.0.1",
    "10.255.255.255",
    "100.64.0.1",
    "100.127.255.254",
    "127.0.0.1",
    "127.8.9.10",
    "169.254.169.254",
    "169.254.0.1",
    "172.16.0.1",
    "172.31.255.1",
    "192.0.0.8",
    "192.0.2.5",
    "192.168.1.1",
    "198.18.0.1",
    "198.51.100.7",
    "203.0.113.9",
    "224.0.0.1",
    "239.255.255.250",
    "240.0.0.1",
    "255.255.255.255",
    "::",
    "::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "64:ff9b::7f00:1",
    "64:ff9b::a9fe:a9fe",
    "2002:7f00:0001::1",
    "2002:c0a8:0101::",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1",
    "fec0::1",
    "ff02::1",
    "2001:db8::1",
    "::127.0.0.1",
    "100::1",
    "2001::1",
]
GLOBAL = [
    "8.8.8.8",
    "1.1.1.1",
    "93.184.216.34",
    "2606:4700:4700::1111",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
    "2002:0808:0808::1",
]


@pytest.mark.parametrize("address", BLOCKED)
def test_blocked_addresses(address):
    assert blocked_reason(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", GLOBAL)
def test_global_addresses(address):
    assert blocked_reason(ipaddress.ip_address(address)) is None


def test_embedded_ipv4_spellings():
    assert str(embedded_ipv4(ipaddress.ip_address("::ffff:7f00:1"))) == "127.0.0.1"
    assert str(embedded_ipv4(ipaddress.ip_address("64:ff9b::a00:1"))) == "10.0.0.1"
    assert str(embedded_ipv4(ipaddress.ip_address("2002:a9fe:a9fe::"))) == "169.254.169.254"


@pytest.mark.parametrize(
    "host,expected",
    [
        ("127.1", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("0", "0.0.0.0"),
        ("[::1]", "::1"),
        ("017700000001", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("example.com", None),
    ],
)
def test_ip_literals_in_any_spelling(host, expected):
    got = ip_literal(host)
    assert (str(got) if got else None) == expected


class NoConnect(Fetcher):
    """A fetcher that fails the test if it ever gets as far as connecting."""

    def _request(self, *args, **kwargs):  # type: ignore[override]
        raise AssertionError(f"connection attempted for {args}")


def fake_resolver(table):
    def resolve(host, port):
        if host not in table:
            raise OSError("no such host")
        return table[host]

    return resolve


RESOLVER = fake_resolver(
    {
        "evil.example": ["10.0.0.5"],
        "metadata.example": ["169.254.169.254"],
        "mixed.example": ["93.184.216.34", "127.0.0.1"],
        "v6local.example": ["fd00::1"],
        "mapped.example": ["::ffff:192.168.0.1"],
        "nat64.example": ["64:ff9b::7f00:1"],
        "localhost": ["127.0.0.1", "::1"],
        "localhost.": ["127.0.0.1"],
        "public.example": ["93.184.216.34"],
    }
)

HOSTILE = [
    "http://127.0.0.1/",
    "http://127.1/",
    "http://0/",
    "http://0.0.0.0/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0x7f.0.0.1/",
    "http://0177.0.0.1/",
    "http://017700000001/",
    "http://127.000.000.001/",
    "http://[::1]/",
    "http://[::]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[0:0:0:0:0:ffff:127.0.0.1]/",
    "http://[64:ff9b::7f00:1]/",
    "http://[2002:7f00:1::]/",
    "http://[fe80::1%25eth0]/",
    "http://[fd00::1]/",
    "http://localhost/",
    "http://localhost./",
    "http://LOCALHOST/",
    "http://evil.example/",
    "http://metadata.example/latest/meta-data/",
    "http://169.254.169.254/latest/meta-data/",
    "http://mixed.example/",
    "http://v6local.example/",
    "http://mapped.example/",
    "http://nat64.example/",
    "http://10.0.0.1/",
    "http://192.168.0.1:8080/",
    "http://172.16.5.4/",
    "http://100.64.0.1/",
    "http://224.0.0.1/",
    "http://255.255.255.255/",
    "http://127.0.0.1:80\\@example.com/",
    "http://user:pass@public.example/",
    "http://public.example@127.0.0.1/",
    "http://127.0.0.1#@public.example/",
    "file:///etc/passwd",
    "gopher://127.0.0.1:70/",
    "javascript:alert(1)",
    "ftp://public.example/",
    "data:text/html,<h1>x</h1>",
    "dict://127.0.0.1:11211/",
    "http:///nohost",
    "http://public.example:22/",
    "http://public.example:6379/",
    "//public.example/",
    "http://exa mple.com/",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_hostile_urls_are_refused_before_connecting(url):
    fetcher = NoConnect(FetchLimits(), resolver=RESOLVER)
    outcome = fetcher.fetch(url)
    assert outcome.code in ("invalid_url", "blocked_address", "dns_failure"), outcome
    assert outcome.message


def test_there_are_forty_hostile_spellings():
    assert len(HOSTILE) >= 40


def test_allowlist_lets_configured_private_hosts_through():
    fetcher = NoConnect(
        FetchLimits(allow_private=("127.0.0.1", "intranet.example")),
        resolver=fake_resolver({"intranet.example": ["10.1.2.3"]}),
    )
    assert fetcher.check_target("127.0.0.1", 8080, deadline=DEADLINE) == ["127.0.0.1"]
    assert fetcher.check_target("intranet.example", 9999, deadline=DEADLINE) == ["10.1.2.3"]
    blocked = fetcher.check_target("127.0.0.2", 80, deadline=DEADLINE)
    assert blocked.code == "blocked_address"


def test_allowlist_cidr_and_mapped_forms():
    allow = AllowList(["10.0.0.0/8"])
    assert allow.allows_address(ipaddress.ip_address("10.2.3.4"))
    assert allow.allows_address(ipaddress.ip_address("::ffff:10.2.3.4"))
    assert not allow.allows_address(ipaddress.ip_address("11.0.0.1"))


def test_other_ports_refused_for_public_hosts():
    fetcher = NoConnect(FetchLimits(), resolver=RESOLVER)
    assert fetcher.check_target("public.example", 8443, deadline=DEADLINE).code == "blocked_address"
    assert fetcher.check_target("public.example", 443, deadline=DEADLINE) == ["93.184.216.34"]


def test_split_url_refuses_credentials_and_odd_schemes():
    for bad in ("http://a:b@x.com/", "javascript:alert(1)", "http://x.com:99999/", "http://"):
        with pytest.raises(BadURL):
            split_url(bad)
    assert split_url("HTTPS://Example.COM./a?b=1") == ("https", "example.com", 443, "/a?b=1")


def test_fuzzed_urls_never_reach_a_blocked_address():
    import random

    reached: list[tuple] = []

    class Recorder(Fetcher):
        def _request(self, scheme, host, port, path, address, url, deadline):  # type: ignore[override]
            reached.append((address, port))
            return Failure("connect_failed", "recorded")

    def resolver(host, port):
        if host.endswith(".evil"):
            return ["10.0.0.1", "93.184.216.34"]
        if host.endswith(".pub"):
            return ["93.184.216.34"]
        raise OSError("no such host")

    fetcher = Recorder(FetchLimits(), resolver=resolver)
    parts = [
        "http://",
        "https://",
        "HTTP://",
        "ftp://",
        "//",
        "http:\\\\",
        "user@",
        "a:b@",
        "[::1]",
        "[::ffff:7f00:1]",
        "127.0.0.1",
        "0x7f.1",
        "017700000001",
        "localhost",
        "x.pub",
        "x.evil",
        ":80",
        ":8080",
        ":0",
        ":99999",
        "/",
        "?q=1",
        "#f",
        "%00",
        "\\@",
        "@",
        "..",
        "é.pub",
        " ",
        "[",
        "]",
        "::",
        ".",
    ]
    rng = random.Random(11)
    for _ in range(5000):
        url = "".join(rng.choice(parts) for _ in range(rng.randint(1, 6)))
        assert isinstance(fetcher.fetch(url), Failure)
    assert reached  # some well-formed public URLs did get as far as connecting...
    for address, port in reached:  # ...and only those
        assert blocked_reason(ipaddress.ip_address(address)) is None
        assert port in (80, 443)


@pytest.mark.parametrize(
    "address",
    [
        "168.63.129.16",  # a cloud platform's host endpoint (wire server, DNS)
        "161.26.0.10",  # cloud-internal service network
        "166.8.0.1",  # cloud private endpoints
        "5f00::1",  # SRv6 SIDs (IANA: not globally reachable)
        "100:0:0:1::1",  # dummy prefix (IANA: not globally reachable)
        "64:ff9b:1::5db8:d822",  # local-use NAT64, even with a public address inside
        "::ffff:0:a00:1",  # IPv4-translated spelling of 10.0.0.1
        "::ffff:0:5db8:d822",
    ],
)
def test_cloud_and_special_purpose_addresses_are_blocked(address):
    """Issue 11 item 4: what a cloud VM reaches its platform on, and the IANA special-purpose
    ranges that are not globally reachable."""
    assert blocked_reason(ipaddress.ip_address(address)) is not None
    got = NoConnect(FetchLimits(), resolver=fake_resolver({"x.example": [address]})).fetch(
        "https://x.example/"
    )
    assert got.code == "blocked_address"


@pytest.mark.parametrize(
    "address", ["192.31.196.1", "192.52.193.1", "192.175.48.1", "2620:4f:8000::1"]
)
def test_globally_reachable_special_purpose_addresses_stay_allowed(address):
    assert blocked_reason(ipaddress.ip_address(address)) is None
