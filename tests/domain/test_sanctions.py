from __future__ import annotations

from ipaddress import IPv4Address, IPv6Address

import pytest
from hypothesis import given
from hypothesis import strategies as st

from causette.domain.errors import InvalidInput
from causette.domain.ids import UserId
from causette.domain.sanctions import (
    DAY,
    HOUR,
    Binding,
    InvalidAddress,
    Sanction,
    SanctionKind,
    check_duration,
    check_entry,
    check_posting,
    device_key,
    evasion_attempt,
    network_key,
)

SECRET = b"operator-secret-0123456789abcdef"
OTHER_SECRET = b"another-operator-secret-987654321"
T0 = 1_800_000_000.0


def nk(ip: str, secret: bytes = SECRET) -> str:
    return network_key(ip, secret)


def test_same_ipv4_slash_24_same_key_other_24_different() -> None:
    assert nk("203.0.113.7") == nk("203.0.113.250")
    assert nk("203.0.113.7") != nk("203.0.114.7")
    assert nk("203.0.113.7") != nk("204.0.113.7")


def test_same_ipv6_slash_64_same_key_other_64_different() -> None:
    assert nk("2001:db8:1:2::1") == nk("2001:db8:1:2:ffff:ffff:ffff:ffff")
    assert nk("2001:db8:1:2::1") == nk("2001:0db8:0001:0002:0:0:0:9")
    assert nk("2001:db8:1:2::1") != nk("2001:db8:1:3::1")


def test_v4_mapped_v6_is_treated_as_v4() -> None:
    assert nk("::ffff:203.0.113.7") == nk("203.0.113.99")
    assert nk("::ffff:cb00:7107") == nk("203.0.113.1")
    assert nk("::ffff:203.0.113.7") != nk("::ffff:203.0.112.7")


def test_keys_are_keyed_hashes_not_the_address() -> None:
    key = nk("203.0.113.7")
    assert len(key) == 64 and "203" not in key
    assert key != nk("203.0.113.7", OTHER_SECRET)
    assert nk(" 203.0.113.7 ") == key
    assert nk("fe80::1%eth0") == nk("fe80::2")


@pytest.mark.parametrize(
    "garbage", ["", "localhost", "203.0.113", "203.0.113.256", "1.2.3.4.5", "::g", "010.0.0.1"]
)
def test_garbage_addresses_are_refused_clearly(garbage: str) -> None:
    with pytest.raises(InvalidAddress, match="not an IP address"):
        nk(garbage)


def test_short_secret_is_refused() -> None:
    with pytest.raises(ValueError, match="16 bytes"):
        network_key("203.0.113.7", b"short")
    with pytest.raises(ValueError):
        device_key("dev-1", b"")


def test_device_key_is_keyed_and_distinct_from_network_keys() -> None:
    assert device_key("dev-1", SECRET) == device_key("dev-1", SECRET)
    assert device_key("dev-1", SECRET) != device_key("dev-2", SECRET)
    assert device_key("dev-1", SECRET) != device_key("dev-1", OTHER_SECRET)
    with pytest.raises(ValueError):
        device_key("", SECRET)


@pytest.mark.parametrize(
    ("kind", "duration", "ok"),
    [
        (SanctionKind.MUTE, HOUR, True),
        (SanctionKind.MUTE, 24 * HOUR, True),
        (SanctionKind.MUTE, HOUR - 1, False),
        (SanctionKind.MUTE, 24 * HOUR + 1, False),
        (SanctionKind.MUTE, None, False),
        (SanctionKind.SUSPENSION, DAY, True),
        (SanctionKind.SUSPENSION, 30 * DAY, True),
        (SanctionKind.SUSPENSION, 31 * DAY, False),
        (SanctionKind.SUSPENSION, None, False),
        (SanctionKind.BAN, None, True),
        (SanctionKind.BAN, 90 * DAY, True),
        (SanctionKind.BAN, 30 * DAY, False),
        (SanctionKind.WARNING, None, True),
        (SanctionKind.WARNING, DAY, False),
        (SanctionKind.CONTENT_REMOVAL, None, True),
        (SanctionKind.ROOM_CLOSURE, None, True),
    ],
)
def test_durations_per_kind(kind: SanctionKind, duration: float | None, ok: bool) -> None:
    if ok:
        check_duration(kind, duration)
    else:
        with pytest.raises(InvalidInput) as e:
            check_duration(kind, duration)
        assert e.value.code == "sanction_duration_invalid"


def sanction(
    kind: SanctionKind = SanctionKind.SUSPENSION,
    duration: float | None = 7 * DAY,
    *,
    id: str = "s1",
    user: str = "u_bad",
    device: str | None = "dev-1",
    ip: str | None = "203.0.113.7",
    start: float = T0,
) -> Sanction:
    return Sanction(
        id=id,
        kind=kind,
        binding=Binding(
            UserId(user),
            device_key(device, SECRET) if device else None,
            nk(ip) if ip else None,
        ),
        start=start,
        duration=duration,
        decided_by="mod_alice",
        reason="Vente de drogue.",
        category="drugs",
    )


def test_a_sanction_refuses_a_bad_duration_at_construction() -> None:
    with pytest.raises(InvalidInput):
        sanction(SanctionKind.MUTE, 7 * DAY)


def test_active_window_and_lifting() -> None:
    s = sanction(duration=7 * DAY)
    assert not s.active(T0 - 1)
    assert s.active(T0)
    assert s.active(T0 + 7 * DAY - 1)
    assert not s.active(T0 + 7 * DAY)
    lifted = s.lift(T0 + DAY, "mod_bob")
    assert lifted.active(T0 + DAY - 1)
    assert not lifted.active(T0 + DAY)
    assert lifted.lifted_by == "mod_bob"
    assert sanction(SanctionKind.BAN, None).active(T0 + 10_000 * DAY)
    assert sanction(SanctionKind.BAN, None).ends_at is None


def test_new_pseudonym_from_same_device_or_network_is_refused_while_suspended() -> None:
    s = sanction()
    sanctions = [s]
    same_device = device_key("dev-1", SECRET)
    other_device = device_key("dev-2", SECRET)
    assert check_entry(same_device, nk("198.51.100.1"), sanctions, T0 + 1) == s
    assert check_entry(other_device, nk("203.0.113.99"), sanctions, T0 + 1) == s
    assert check_entry(other_device, nk("198.51.100.1"), sanctions, T0 + 1) is None
    assert check_entry(None, None, sanctions, T0 + 1) is None
    # Once over, entry is free again.
    assert check_entry(same_device, nk("203.0.113.7"), sanctions, T0 + 7 * DAY) is None


def test_mutes_warnings_and_lifted_sanctions_do_not_bar_entry() -> None:
    dev = device_key("dev-1", SECRET)
    net = nk("203.0.113.7")
    mute = sanction(SanctionKind.MUTE, 2 * HOUR)
    warning = sanction(SanctionKind.WARNING, None)
    lifted = sanction().lift(T0 + 10, "mod_bob")
    assert check_entry(dev, net, [mute, warning, lifted], T0 + 11) is None


def test_network_binding_can_be_left_out_for_a_shared_network() -> None:
    s = sanction(ip=None)
    assert check_entry(device_key("dev-2", SECRET), nk("203.0.113.7"), [s], T0 + 1) is None


def test_check_entry_returns_the_strongest_sanction() -> None:
    susp = sanction(id="susp", duration=30 * DAY)
    short = sanction(id="short", duration=DAY)
    ban = sanction(SanctionKind.BAN, None, id="ban", device="dev-9")
    dev = device_key("dev-1", SECRET)
    net = nk("203.0.113.7")
    assert check_entry(dev, net, [short, susp], T0 + 1) == susp
    assert check_entry(dev, net, [short, susp, ban], T0 + 1) == ban


def test_check_posting_matches_session_or_device_but_not_network() -> None:
    mute = sanction(SanctionKind.MUTE, 2 * HOUR)
    dev1 = device_key("dev-1", SECRET)
    dev2 = device_key("dev-2", SECRET)
    assert check_posting(UserId("u_bad"), dev2, [mute], T0 + 1) == mute
    assert check_posting(UserId("u_new"), dev1, [mute], T0 + 1) == mute
    assert check_posting(UserId("u_neighbour"), dev2, [mute], T0 + 1) is None
    assert check_posting(UserId("u_bad"), dev1, [mute], T0 + 2 * HOUR) is None
    warning = sanction(SanctionKind.WARNING, None)
    assert check_posting(UserId("u_bad"), dev1, [warning], T0 + 1) is None


def test_evasion_attempt_records_what_matched() -> None:
    s = sanction()
    dev = device_key("dev-1", SECRET)
    attempt = evasion_attempt(
        s, device_key=dev, network_key=nk("203.0.113.50"), pseudonym="Nouveau_75", now=T0 + 5
    )
    assert attempt.matched_on == ("device", "network")
    assert attempt.sanction_id == "s1"
    assert attempt.sanctioned_user == "u_bad"
    assert attempt.pseudonym == "Nouveau_75"
    only_net = evasion_attempt(
        s,
        device_key=device_key("dev-2", SECRET),
        network_key=nk("203.0.113.50"),
        pseudonym="Autre",
        now=T0 + 6,
    )
    assert only_net.matched_on == ("network",)


@given(st.ip_addresses(v=4), st.integers(min_value=0, max_value=255))
def test_any_two_ipv4_in_the_same_slash_24_share_a_key(ip: IPv4Address, last: int) -> None:
    sibling = IPv4Address(int(ip) & 0xFFFFFF00 | last)
    assert nk(str(ip)) == nk(str(sibling)) == nk(f"::ffff:{sibling}")


@given(st.ip_addresses(v=6), st.integers(min_value=0, max_value=2**64 - 1))
def test_any_two_ipv6_in_the_same_slash_64_share_a_key(ip: IPv6Address, low: int) -> None:
    sibling = IPv6Address(int(ip) & ~(2**64 - 1) | low)
    if ip.ipv4_mapped is not None or sibling.ipv4_mapped is not None:
        return  # mapped addresses count as IPv4 (tested above)
    assert nk(str(ip)) == nk(str(sibling))
    neighbour = IPv6Address(int(ip) ^ (1 << 64))
    if neighbour.ipv4_mapped is None:
        assert nk(str(ip)) != nk(str(neighbour))
