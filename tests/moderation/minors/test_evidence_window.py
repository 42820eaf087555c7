"""`evidence_messages`: a person's age-lie evidence counts only the hits from the last N
messages they wrote (twenty-seventh sitting's trial, docs/minors.md, "Long sessions, batch
ar"): a busy person's weak cues scattered over an evening do not add up; cues close together
still do."""

from __future__ import annotations

from causette.moderation.minors import MinorsGuard, Signal, SignalKind

from .conftest import Chat

SCHOOL = "demain j'ai controle de maths"  # c.school_mine, 1.5: under the threshold alone
PHONE = "ma mere m'a pris mon tel"  # c.parents_forbid, 1.5: with the other, 3.0 >= 2.5
PLAIN = "tu regardes quoi comme serie en ce moment"


def chat(keep: int | None) -> Chat:
    return Chat(MinorsGuard(use_model=False, evidence_messages=keep))


def test_two_weak_cues_within_the_last_n_messages_add_up() -> None:
    c = chat(15)
    c.room("u", 20, SCHOOL)
    for _ in range(13):  # SCHOOL, 13 plain, PHONE: 15 messages
        c.room("u", 20, PLAIN)
    [signal] = c.room("u", 20, PHONE)
    assert signal.kind is SignalKind.AGE_LIE_ADULT
    assert set(signal.rules) == {"c.school_mine", "c.parents_forbid"}


def test_a_cue_older_than_the_last_n_messages_no_longer_counts() -> None:
    c = chat(15)
    c.room("u", 20, SCHOOL)
    for _ in range(14):  # SCHOOL is now the 16th message back
        c.room("u", 20, PLAIN)
    assert c.room("u", 20, PHONE) == []
    assert c.signals == []


def test_without_a_window_the_same_evening_adds_up() -> None:
    c = chat(None)
    c.room("u", 20, SCHOOL)
    for _ in range(40):
        c.room("u", 20, PLAIN)
    assert [s.kind for s in c.room("u", 20, PHONE)] == [SignalKind.AGE_LIE_ADULT]


def test_only_the_persons_own_messages_move_the_window() -> None:
    c = chat(15)
    c.room("u", 20, SCHOOL)
    for _ in range(40):  # others talk; u says nothing
        c.room("v", 30, PLAIN)
    assert [s.subject for s in c.room("u", 20, PHONE)] == ["u"]


def test_private_and_room_messages_count_in_one_window() -> None:
    c = chat(15)
    c.room("u", 20, SCHOOL)
    for _ in range(7):
        c.room("u", 20, PLAIN)
        c.dm("u", 20, "w", 25, PLAIN)
    assert c.signals == []  # SCHOOL + 14 messages: PHONE would make 16
    assert c.dm("u", 20, "w", 25, PHONE) == []


def test_a_declared_minors_adult_cues_are_windowed_alike() -> None:
    job, wife = "mon patron m'a encore appele", "ma femme dort deja"
    for keep, between, fired in ((15, 14, False), (15, 13, True), (None, 14, True)):
        c = chat(keep)
        first = c.room("u", 16, job, kind="teen")
        assert first == []
        for _ in range(between):
            c.room("u", 16, PLAIN, kind="teen")
        out = c.room("u", 16, wife, kind="teen")
        assert bool(out) is fired, (keep, between)
        assert all(s.kind is SignalKind.AGE_LIE_MINOR for s in out)


def test_the_shipped_guard_counts_a_persons_last_15_messages() -> None:
    c = Chat(MinorsGuard(use_model=False))
    c.room("u", 20, SCHOOL)
    for _ in range(14):
        c.room("u", 20, PLAIN)
    assert c.room("u", 20, PHONE) == []


# -- a pair's evidence over its subject's last messages (third trial) -----------------------

ALONE = "t'es seule chez toi ce soir ?"  # g.alone_question
SECRET = "dis rien a tes parents hein"  # g.secrecy_adults


def teen_dm(keep: int | None, between: int) -> Chat:
    """Two declared teens: `g` asks if `v` is alone, then `between` ordinary exchanges,
    then asks for secrecy."""
    c = Chat(MinorsGuard(use_model=False, pair_messages=keep))
    c.dm("g", 16, "v", 15, ALONE)
    for _ in range(between):
        c.dm("g", 16, "v", 15, PLAIN)
        c.dm("v", 15, "g", 16, "ouais grave")
    c.dm("g", 16, "v", 15, SECRET)
    return c


def test_a_pairs_cues_within_its_subjects_last_n_messages_hold_it() -> None:
    [signal] = teen_dm(15, 13).signals
    assert signal.kind is SignalKind.GROOMING
    assert set(signal.rules) == {"g.alone_question", "g.secrecy_adults"}


def test_a_pairs_cue_older_than_its_subjects_last_n_messages_no_longer_counts() -> None:
    assert teen_dm(15, 14).signals == []
    assert [s.kind for s in teen_dm(None, 40).signals] == [SignalKind.GROOMING]


def test_the_partners_messages_do_not_move_the_pairs_window() -> None:
    c = Chat(MinorsGuard(use_model=False, pair_messages=15))
    c.dm("g", 16, "v", 15, ALONE)
    for _ in range(30):
        c.dm("v", 15, "g", 16, "ouais grave")
    assert [s.subject for s in c.dm("g", 16, "v", 15, SECRET)] == ["g"]


def test_the_shipped_guard_counts_a_pairs_last_30_messages_of_its_subject() -> None:
    def run(between: int) -> list[Signal]:
        c = Chat(MinorsGuard(use_model=False))
        c.dm("g", 16, "v", 15, ALONE)
        for _ in range(between):
            c.dm("g", 16, "v", 15, PLAIN)
        return c.dm("g", 16, "v", 15, SECRET)

    assert [s.kind for s in run(28)] == [SignalKind.GROOMING]
    assert run(29) == []
