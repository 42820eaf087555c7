"""What a free (non-premium) session meets at its limits, said plainly: the end of
the room history it can page through, and the wait between two joins."""

from __future__ import annotations

import re
from typing import Any

import pytest

from .helpers import enter, join, open_directory, say

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

WHY_WAIT = re.compile(r"protège des raids.*membres premium n’attendent pas")


def _expect() -> Any:
    from playwright.sync_api import expect

    return expect


def _restart(server: Any, **env: str) -> None:
    server.extra_env.update(env)
    server.stop()
    server.start()


def test_a_free_chatter_at_the_end_of_her_history_is_told_where_older_messages_are(
    new_page: Any, server: Any
) -> None:
    expect = _expect()
    # A room longer than one history page (50): Bob writes 52 messages, the rate limit
    # and the flood rule raised for him to do it at once.
    _restart(server, CAUSETTE_RATE_MESSAGES="100", CAUSETTE_SPAM_FLOOD_COUNT="100")
    bob = new_page()
    enter(bob, "Bavard_hist", gender="m", postal_code="69001")
    join(bob, "general")
    for i in range(1, 53):
        say(bob, f"Message numéro {i}")
    expect(bob.locator(".conv .msgs:not(.msgs--pending) .msg")).to_have_count(52, timeout=20_000)

    alice = new_page()
    enter(alice, "Lectrice_hist")
    join(alice, "general")
    shown = alice.locator(".conv .msgs:not(.msgs--pending) .msg-text")
    expect(shown).to_have_count(50)
    expect(shown.first).to_have_text("Message numéro 3")
    note = alice.locator(".conv .history-limit")
    more = alice.get_by_role("button", name="Messages précédents")
    # A free session pages back through the newest 50 only: the join says so (the
    # server's `limited`), so no « Messages précédents » that could bring nothing, and a
    # kind line says where the older messages are.
    expect(note).to_be_visible()
    expect(more).to_have_count(0)
    expect(note).to_have_text(
        "Les messages plus anciens de ce salon sont gardés pour l’historique des membres premium."
    )
    expect(shown).to_have_count(50)
    # Bob joined an empty room: his history starts at its first message, no such line.
    expect(bob.locator(".conv .history-limit")).to_be_hidden()


def test_the_wait_between_two_joins_says_why_on_a_phone(new_page: Any, server: Any) -> None:
    expect = _expect()
    _restart(server, CAUSETTE_JOIN_WAIT="10")
    page = new_page(width=360, height=740)
    enter(page, "Presse_1")
    join(page, "general")
    open_directory(page)
    paris = page.locator('button.btn-join[data-room="paris"]')
    expect(paris).to_have_text(re.compile(r"^Patientez \d+\s?s$"))
    # Before it is pressed: a tooltip and a description for a screen reader.
    expect(paris).to_have_attribute("title", WHY_WAIT)
    expect(paris).to_have_accessible_description(WHY_WAIT)
    why = page.locator(".room-card", has=paris).locator(".join-why")
    expect(why).to_be_hidden()
    paris.click()
    # Pressed: the reason appears under the button, whole on a 360 px screen.
    expect(paris).to_have_text(re.compile(r"^Entrée dans \d+\s?s…$"))
    expect(why).to_be_visible()
    expect(why).to_have_text(
        "Un court délai entre deux entrées dans les salons les protège des raids. "
        "Les membres premium n’attendent pas."
    )
    box = why.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360, box
    assert why.evaluate("e => e.scrollWidth <= e.clientWidth")
    assert why.evaluate("e => parseFloat(getComputedStyle(e).fontSize)") >= 13
    # The room already open says nothing of a wait.
    general = page.locator('button.btn-join[data-room="general"]')
    expect(general).not_to_have_attribute("title", re.compile("."))
    expect(page.locator(".room-card", has=general).locator(".join-why")).to_be_hidden()
