"""Many minors: 3 distinct minor-band users within 24 h suspends pending review."""

from causette.moderation.minors import MinorsGuard, SignalKind

from .conftest import T0, Chat

DAY = 24 * 3600.0


def many(signals: list) -> list:  # type: ignore[type-arg]
    return [s for s in signals if s.kind is SignalKind.MANY_MINORS]


def test_three_distinct_minors_within_24h_suspend_pending_review() -> None:
    guard = MinorsGuard()
    assert guard.note_minor_contact_violation("x", "m1", "r1", T0) == []
    assert guard.note_minor_contact_violation("x", "m2", "r2", T0 + 3600) == []
    [signal] = guard.note_minor_contact_violation("x", "m3", "r3", T0 + DAY - 1)
    assert signal.kind is SignalKind.MANY_MINORS
    assert signal.subject == "x" and signal.action == "suspend_pending_review"
    assert (signal.score, signal.threshold) == (3.0, 3.0)
    assert [e.ref for e in signal.evidence] == ["r1", "r2", "r3"]
    assert "DSA art. 23" in signal.explanation


def test_the_same_minor_three_times_is_one_minor() -> None:
    guard = MinorsGuard()
    out = [guard.note_minor_contact_violation("x", "m1", f"r{i}", T0 + i) for i in range(3)]
    assert out == [[], [], []]


def test_three_minors_spread_over_more_than_24h_do_not_suspend() -> None:
    guard = MinorsGuard()
    guard.note_minor_contact_violation("x", "m1", "r1", T0)
    guard.note_minor_contact_violation("x", "m2", "r2", T0 + 3600)
    assert guard.note_minor_contact_violation("x", "m3", "r3", T0 + DAY + 1) == []


def test_suspension_fires_once_while_the_count_stays_at_three_or_more() -> None:
    guard = MinorsGuard()
    fired = [
        s
        for i in range(6)
        for s in guard.note_minor_contact_violation("x", f"m{i}", f"r{i}", T0 + i)
    ]
    assert len(fired) == 1


def test_other_users_contacts_do_not_count() -> None:
    guard = MinorsGuard()
    guard.note_minor_contact_violation("x", "m1", "r1", T0)
    guard.note_minor_contact_violation("y", "m2", "r2", T0)
    assert guard.note_minor_contact_violation("z", "m3", "r3", T0) == []


def test_grooming_signals_with_three_minors_suspend_the_groomer(chat: Chat) -> None:
    for minor in ["b", "c", "d"]:
        for text in [
            "t'es trop mignonne",
            "envoie moi une photo de toi",
            "ne dis rien à tes parents",
        ]:
            chat.dm("a", 17, minor, 15, text)
    assert [s.other for s in chat.signals if s.kind is SignalKind.GROOMING] == ["b", "c", "d"]
    [signal] = many(chat.signals)
    assert signal.subject == "a"
    assert set(signal.rules) == {"m.minor_contact"}


def test_reported_blocks_and_grooming_signals_count_together(chat: Chat) -> None:
    chat.guard.note_minor_contact_violation("a", "b", "blk1", chat.clock.tick())
    chat.guard.note_minor_contact_violation("a", "c", "blk2", chat.clock.tick())
    for text in ["t'es trop mignonne", "envoie moi une photo de toi", "ne dis rien à tes parents"]:
        chat.dm("a", 17, "d", 15, text)
    [signal] = many(chat.signals)
    assert set(signal.rules) == {"m.minor_contact", "m.teen_context_block"}
