"""SpamGuard: same text in many places, raids, floods; time is passed in."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from causette.moderation.normalize import fold
from causette.moderation.spam import SpamGuard, spam_key
from causette.moderation.verdict import Action

PROMO = "venez tous sur mon site de rencontres, inscription gratuite"


def test_the_same_text_in_more_rooms_than_allowed_is_held() -> None:
    guard = SpamGuard(window=60.0, max_targets=3)
    for i, room in enumerate(["r1", "r2", "r3"]):
        assert guard.check("u1", room, PROMO, now=float(i)) is None
    verdict = guard.check("u1", "r4", PROMO.upper() + " !!", now=4.0)
    assert verdict is not None
    assert verdict.action is Action.REVIEW
    assert verdict.categories == ("spam",)
    assert verdict.rules == ("spam.repeated",)


def test_the_window_slides() -> None:
    guard = SpamGuard(window=60.0, max_targets=3)
    for i, room in enumerate(["r1", "r2", "r3"]):
        guard.check("u1", room, PROMO, now=i * 30.0)
    # r1 was 90 s ago: only r2, r3 and r4 are in the window.
    assert guard.check("u1", "r4", PROMO, now=90.0) is None


def test_the_same_room_many_times_is_not_many_places() -> None:
    guard = SpamGuard(max_targets=3, flood_count=100)
    for i in range(6):
        assert guard.check("u1", "r1", PROMO, now=i * 2.0) is None


def test_short_greetings_may_repeat_everywhere() -> None:
    guard = SpamGuard(max_targets=3)
    for i in range(6):
        assert guard.check("u1", f"r{i}", "cc ça va ?", now=float(i)) is None


def test_a_flood_is_refused_then_allowed_again_after_the_window() -> None:
    guard = SpamGuard(flood_count=5, flood_window=10.0)
    for i in range(5):
        assert guard.check("u1", "r1", f"message numéro {i}", now=i * 0.5) is None
    verdict = guard.check("u1", "r1", "encore un", now=3.0)
    assert verdict is not None
    assert verdict.action is Action.BLOCK
    assert verdict.rules == ("spam.flood",)
    assert guard.check("u1", "r1", "plus tard", now=30.0) is None


def test_many_accounts_sending_the_same_text_is_a_raid() -> None:
    guard = SpamGuard(max_senders=3)
    results = [guard.check(f"bot{i}", "r1", PROMO, now=float(i)) for i in range(5)]
    assert results[:3] == [None, None, None]
    assert results[3] is not None and results[3].rules == ("spam.raid",)


def test_memory_is_bounded() -> None:
    guard = SpamGuard(max_users=100, max_texts=50)
    for i in range(1000):
        guard.check(f"user{i}", "r1", f"un texte assez long numéro {i}", now=float(i))
    assert len(guard) == 100
    assert len(guard._texts) <= 50


def test_users_do_not_share_windows() -> None:
    guard = SpamGuard(flood_count=3, max_senders=100)
    for i in range(3):
        assert guard.check("u1", "r1", f"salut {i} les amis", now=float(i)) is None
        assert guard.check("u2", "r1", f"salut {i} les amis", now=float(i)) is None


@given(st.text())
def test_the_key_keeps_the_folded_texts_letters_and_digits_only(text: str) -> None:
    assert spam_key(text) == re.sub("[^a-z0-9]+", "", fold(text))


def test_the_key_ignores_case_accents_punctuation_and_emoji() -> None:
    assert spam_key("Venez SUR mon site !!! 😀 À bientôt, 06-12") == "venezsurmonsiteabientot0612"
    assert spam_key("☃ … ¡¿") == ""
