"""Which addresses a user-supplied URL may reach.

Python's `is_global`/`is_private` flags miss some ranges (and the embedded IPv4 of NAT64 / 6to4
spellings), so the decision is an explicit table, tested entry by entry.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Checked against the IANA IPv4 and IPv6 special-purpose registries (every range not globally
# reachable is here; 192.31.196.0/24, 192.52.193.0/24, 192.175.48.0/24, 2001:1::1/128 and
# 2620:4f:8000::/48 are globally reachable anycast and stay allowed, 2001::/23 is blocked whole)
# and the addresses cloud VMs reach their platform on (metadata 169.254.169.254 and
# fd00:ec2::254, Alibaba 100.100.100.200, Oracle 192.0.0.192, Azure 168.63.129.16).
BLOCKED_NETWORKS: tuple[tuple[str, str], ...] = (
    ("0.0.0.0/8", "this network / unspecified"),
    ("10.0.0.0/8", "private (RFC 1918)"),
    ("100.64.0.0/10", "carrier-grade NAT"),
    ("127.0.0.0/8", "loopback"),
    ("161.26.0.0/16", "cloud-internal services (IBM Cloud service network)"),
    ("166.8.0.0/14", "cloud-internal services (IBM Cloud private endpoints)"),
    ("168.63.129.16/32", "cloud host endpoint (Azure platform wire server)"),
    ("169.254.0.0/16", "link-local (cloud metadata)"),
    ("172.16.0.0/12", "private (RFC 1918)"),
    ("192.0.0.0/24", "IETF protocol assignments"),
    ("192.0.2.0/24", "documentation"),
    ("192.88.99.0/24", "6to4 relay anycast"),
    ("192.168.0.0/16", "private (RFC 1918)"),
    ("198.18.0.0/15", "benchmarking"),
    ("198.51.100.0/24", "documentation"),
    ("203.0.113.0/24", "documentation"),
    ("224.0.0.0/4", "multicast"),
    ("240.0.0.0/4", "reserved"),
    ("255.255.255.255/32", "broadcast"),
    ("::/128", "unspecified"),
    ("::1/128", "loopback"),
    ("::/96", "IPv4-compatible (deprecated)"),
    ("::ffff:0:0:0/96", "IPv4-translated (SIIT)"),
    ("64:ff9b:1::/48", "local-use NAT64"),
    ("100::/64", "discard"),
    ("100:0:0:1::/64", "dummy prefix"),
    ("2001::/23", "IETF protocol assignments"),
    ("2001:db8::/32", "documentation"),
    ("3fff::/20", "documentation"),
    ("5f00::/16", "segment routing (SRv6) SIDs"),
    ("fc00::/7", "unique-local"),
    ("fe80::/10", "link-local"),
    ("fec0::/10", "site-local (deprecated)"),
    ("ff00::/8", "multicast"),
)
_BLOCKED = tuple((ipaddress.ip_network(net), why) for net, why in BLOCKED_NETWORKS)

# Local-use NAT64 (64:ff9b:1::/48) is blocked whole above: its translator is on our network.
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"),)
_6TO4 = ipaddress.ip_network("2002::/16")


def embedded_ipv4(addr: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 spelling stands for (mapped, NAT64, 6to4), if any.

    Teredo (2001::/32) is not unwrapped: the table blocks it whole.
    """
    if isinstance(addr, ipaddress.IPv4Address):
        return None
    if addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    if any(addr in net for net in _NAT64):
        return ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
    if addr in _6TO4:
        return addr.sixtofour
    return None


def blocked_reason(addr: IPAddress) -> str | None:
    """Why this address must not be fetched from, or None when it is globally routable."""
    inner = embedded_ipv4(addr)
    if inner is not None:
        why = blocked_reason(inner)
        return f"{why} (IPv6 spelling of {inner})" if why else None
    for net, why in _BLOCKED:
        if addr.version == net.version and addr in net:
            return why
    if not addr.is_global:  # belt and braces: anything Python knows as non-global
        return "not globally routable"
    return None


class AllowList:
    """FETCH_ALLOW_PRIVATE_HOSTS: addresses, networks or host names allowed although private."""

    def __init__(self, entries: Iterable[str] = ()) -> None:
        self.networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        self.hosts: set[str] = set()
        for entry in entries:
            try:
                self.networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                self.hosts.add(entry.lower().rstrip("."))

    def allows_host(self, host: str) -> bool:
        return host.lower().rstrip(".") in self.hosts

    def allows_address(self, addr: IPAddress) -> bool:
        candidates = [addr]
        inner = embedded_ipv4(addr)
        if inner is not None:
            candidates.append(inner)
        return any(a.version == n.version and a in n for a in candidates for n in self.networks)

    def __bool__(self) -> bool:
        return bool(self.networks or self.hosts)
