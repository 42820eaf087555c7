"""The client's address, taking proxy headers only from configured trusted proxies."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

__all__ = ["TrustedProxies"]

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class TrustedProxies:
    """`X-Forwarded-For` and `Forwarded` are believed only when the peer is a trusted proxy.

    The client is the right-most address that is not itself a trusted proxy.
    """

    def __init__(self, networks: Sequence[str]) -> None:
        self.networks: list[Network] = [ipaddress.ip_network(n, strict=False) for n in networks]

    def trusts(self, ip: str) -> bool:
        """True when `ip` is a configured trusted proxy (its forwarding headers count)."""
        return self._trusted(ip)

    def _trusted(self, ip: str) -> bool:
        try:
            addr = ipaddress.ip_address(ip)
        except ValueError:
            return False
        return any(addr in net for net in self.networks)

    def client(
        self,
        peer: tuple[str, int],
        forwarded_for: str | None,
        forwarded: str | None,
    ) -> tuple[str, int]:
        """Return (ip, port) of the client as the law wants it recorded."""
        if not self.networks or not self._trusted(peer[0]):
            return peer
        chain: list[tuple[str, int]] = []
        if forwarded:
            for element in forwarded.split(","):
                for pair in element.split(";"):
                    key, _, value = pair.strip().partition("=")
                    if key.lower() == "for":
                        chain.append(_parse_node(value.strip('"')))
        elif forwarded_for:
            chain = [(part.strip(), 0) for part in forwarded_for.split(",") if part.strip()]
        for ip, port in reversed(chain):
            if not self._trusted(ip):
                return (ip, port)
        return chain[0] if chain else peer


def _parse_node(value: str) -> tuple[str, int]:
    """Parse an RFC 7239 node: `1.2.3.4`, `1.2.3.4:5678`, `[2001:db8::1]:443`."""
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    elif value.count(":") == 1:
        host, _, port = value.partition(":")
    else:
        host, port = value, ""
    return host, int(port) if port.isdigit() else 0
