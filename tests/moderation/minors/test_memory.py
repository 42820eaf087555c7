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


def _dm(guard: MinorsGuard, sender: str, text: str, at: float, recipient: str = "v") -> list:  # type: ignore[type-arg]
    return guard.observe_dm(
        sender=sender,
        sender_age=17,
        recipient=recipient,
        recipient_age=15,
        text=text,
        ref=f"{sender}{at}",
        now=T0 + at,
    )


def _excerpts(guard: MinorsGuard) -> list[str]:
    """Every message excerpt the guard still holds, in pair and user states."""
    states = [p.state for _, p in guard._pairs.items()]
    states += [s for _, u in guard._users.items() for s in (u.child, u.adult)]
    return [h.excerpt for state in states for h in state.refs]


def test_the_janitor_forgets_idle_state_even_when_no_message_comes() -> None:
    guard = MinorsGuard(window=3600.0)
    _dm(guard, "a", "envoie moi une photo de toi", 0)
    guard.note_minor_contact_violation("a", "v", "m0", T0)
    assert len(guard._pairs) and len(guard._users) and len(guard._contacts)
    guard.expire(T0 + 3600)  # not idle for longer than the window yet
    assert len(guard._pairs) and len(guard._contacts)
    guard.expire(T0 + 3601)
    assert (len(guard._pairs), len(guard._users), len(guard._contacts)) == (0, 0, 0)


def test_a_busy_pair_keeps_no_hit_older_than_the_window() -> None:
    guard = MinorsGuard(window=3600.0, half_life=600.0)
    _dm(guard, "a", "envoie moi une photo de toi", 0)
    for i in range(1, 4):  # a hit every 40 minutes: never idle for the window
        _dm(guard, "a", "t'as snap ?", 2400 * i)
        guard.expire(T0 + 2400 * i)
    assert len(guard._pairs) == 1
    assert not any("photo" in e for e in _excerpts(guard))
    assert any("snap" in e for e in _excerpts(guard))


def test_the_contacts_of_minors_older_than_the_window_are_dropped() -> None:
    guard = MinorsGuard(window=3600.0)
    guard.note_minor_contact_violation("a", "m1", "r1", T0)
    guard.note_minor_contact_violation("a", "m2", "r2", T0 + 3000)
    guard.expire(T0 + 3700)
    ((_, contacts),) = guard._contacts.items()
    assert list(contacts.minors) == ["m2"]


def test_forget_drops_what_was_measured_about_one_user_only() -> None:
    guard = MinorsGuard()
    _dm(guard, "a", "envoie moi une photo de toi", 0)
    _dm(guard, "b", "envoie moi une photo de toi", 1)
    guard.note_minor_contact_violation("a", "v", "m0", T0)
    guard.forget("a")
    assert [key for key, _ in guard._pairs.items()] == [("b", "v")]
    assert "a" not in guard._users and "a" not in guard._contacts
    assert "b" in guard._users
    # Its evidence is gone: the next cue starts from nothing.
    assert _dm(guard, "a", "c'est notre secret", 2) == []
