"""State stays bounded: LRU capacity and expiry after the window."""

from causette.moderation.minors import MinorsGuard, SignalKind

from .conftest import T0


def test_pair_state_is_bounded_by_max_pairs() -> None:
    guard = MinorsGuard(max_pairs=50)
    for i in range(500):
        guard.observe_dm(
            sender=f"s{i}",
            sender_age=16,
            recipient="r",
            recipient_age=16,
            text="t'as snap ?",
            ref=f"m{i}",
            now=T0 + i,
        )
    assert len(guard._pairs) <= 50
    assert len(guard._users) <= 50


def test_least_recently_used_pair_is_forgotten_first() -> None:
    guard = MinorsGuard(max_pairs=2)

    def dm(sender: str, text: str, at: float) -> list:  # type: ignore[type-arg]
        return guard.observe_dm(
            sender=sender,
            sender_age=17,
            recipient="v",
            recipient_age=15,
            text=text,
            ref=f"{sender}{at}",
            now=T0 + at,
        )

    dm("a", "envoie moi une photo de toi", 1)
    dm("b", "t'as snap ?", 2)
    dm("c", "t'as snap ?", 3)  # evicts a's pair
    assert dm("a", "c'est notre secret", 4) == []  # 1.5 alone: the photo request was forgotten


def test_idle_state_expires_after_the_window() -> None:
    guard = MinorsGuard(window=3600.0, half_life=1.0e9)  # no decay: only expiry can forget
    guard.observe_dm(
        sender="a",
        sender_age=17,
        recipient="v",
        recipient_age=15,
        text="envoie moi une photo de toi",
        ref="m1",
        now=T0,
    )
    out = guard.observe_dm(
        sender="a",
        sender_age=17,
        recipient="v",
        recipient_age=15,
        text="ne dis rien à tes parents",
        ref="m2",
        now=T0 + 3601,
    )
    assert [s.kind for s in out] == []
    out = guard.observe_dm(
        sender="a",
        sender_age=17,
        recipient="v",
        recipient_age=15,
        text="envoie moi une photo de toi",
        ref="m3",
        now=T0 + 3602,
    )
    assert [s.kind for s in out] == [SignalKind.GROOMING]
