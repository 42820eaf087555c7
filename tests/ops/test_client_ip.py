"""Identification data records the real client: proxy headers only from trusted proxies."""

from causette.web.client_ip import TrustedProxies


def test_without_trusted_proxies_headers_are_ignored() -> None:
    proxies = TrustedProxies([])
    assert proxies.client(("198.51.100.4", 5000), "203.0.113.9", None) == ("198.51.100.4", 5000)


def test_untrusted_peer_cannot_forge_forwarded_for() -> None:
    proxies = TrustedProxies(["10.0.0.0/8"])
    assert proxies.client(("198.51.100.4", 5000), "203.0.113.9", None) == ("198.51.100.4", 5000)


def test_trusted_proxy_gives_the_rightmost_untrusted_address() -> None:
    proxies = TrustedProxies(["10.0.0.0/8"])
    got = proxies.client(("10.0.0.2", 443), "192.0.2.1, 203.0.113.9, 10.0.0.7", None)
    assert got == ("203.0.113.9", 0)


def test_forwarded_header_with_ports_and_ipv6() -> None:
    proxies = TrustedProxies(["127.0.0.1/32"])
    assert proxies.client(("127.0.0.1", 1), None, 'for="[2001:db8::7]:4711";proto=https') == (
        "2001:db8::7",
        4711,
    )
    assert proxies.client(("127.0.0.1", 1), None, "for=203.0.113.9:51000") == (
        "203.0.113.9",
        51000,
    )
