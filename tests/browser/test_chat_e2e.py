"""End to end in Debian's Chromium: two chatters, the real server on 127.0.0.1.

Each test drives the browser client the way a chatter does (labels, buttons,
Enter) and checks what the other chatter sees.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from .helpers import enter, join, messages, open_directory, say

pytestmark = [pytest.mark.browser, pytest.mark.e2e]


def _expect() -> Any:
    from playwright.sync_api import expect

    return expect


def test_entry_shows_server_errors_next_to_the_field_then_enters(new_page: Any) -> None:
    expect = _expect()
    page = new_page()
    page.goto("/")
    pseudo = page.get_by_label("Pseudo")
    age = page.get_by_label("Âge")
    postal = page.get_by_label("Code postal")
    submit = page.get_by_role("button", name="Entrer")

    # Nothing filled: every field says what is missing, and the rules must be accepted.
    submit.click()
    expect(page.locator("#entry-pseudonym-err")).to_have_text("Choisissez un pseudo.")
    expect(page.locator("#entry-rules-err")).to_contain_text("accepter les règles")
    expect(pseudo).to_have_attribute("aria-invalid", "true")

    # Every malformed field is named at once, before anything is sent.
    pseudo.fill("Z!")
    age.fill("34")
    postal.fill("7501")
    submit.click()
    expect(page.locator("#entry-pseudonym-err")).to_contain_text("3 à 20 caractères")
    expect(page.locator("#entry-postal_code-err")).to_have_text(
        "Le code postal doit comporter 5 chiffres."
    )
    expect(page.locator("#entry-gender-err")).to_have_text("Choisissez une option.")
    expect(page.locator("#entry-age-err")).to_be_hidden()
    expect(pseudo).to_be_focused()

    # A pseudonym the server refuses (moderation): its French message sits under the field.
    pseudo.fill("CokeDispo93")
    age.fill("34")
    postal.fill("75011")
    page.locator('input[name="gender"][value="x"]').check()
    page.locator("#entry-rules").check()
    submit.click()
    err = page.locator("#entry-pseudonym-err")
    expect(err).to_be_visible()
    expect(err).to_contain_text("Pseudo refusé")
    expect(pseudo).to_have_attribute("aria-invalid", "true")
    expect(pseudo).to_have_attribute("aria-describedby", re.compile(r"entry-pseudonym-err"))
    expect(page.locator("#entry-age-err")).to_be_hidden()

    # An unknown postal code: under the postal code field.
    pseudo.fill("Camille_13")
    age.fill("29")
    postal.fill("00000")
    submit.click()
    expect(page.locator("#entry-postal_code-err")).to_be_visible()
    expect(postal).to_have_attribute("aria-invalid", "true")

    postal.fill("69003")
    submit.click()
    expect(page.locator(".conn--open")).to_be_visible()
    expect(page.locator(".me-name")).to_have_text("Camille_13")
    expect(page.locator(".me-meta")).to_have_text("29 ans · autre · 69")
    expect(page.locator('button.btn-join[data-room="general"]')).to_be_visible()
    # The token lives in sessionStorage only.
    assert page.evaluate("sessionStorage.getItem('causette.token')")
    assert page.evaluate("localStorage.getItem('causette.token')") is None
    assert page.evaluate("document.cookie") == ""
    assert page.evaluate("localStorage.getItem('causette.device')")
    assert page.dialogs == []


def test_under_fifteen_is_refused_and_retyping_an_adult_age_does_not_pass(
    new_page: Any,
) -> None:
    expect = _expect()
    page = new_page()
    page.goto("/")
    pseudo = page.get_by_label("Pseudo")
    age = page.get_by_label("Âge")
    submit = page.get_by_role("button", name="Entrer")
    pseudo.fill("Camille_13")
    age.fill("12")
    page.get_by_label("Code postal").fill("75011")
    page.locator('input[name="gender"][value="x"]').check()
    page.locator("#entry-rules").check()
    submit.click()
    expect(page.locator("#entry-age-err")).to_contain_text("15 ans")
    expect(age).to_have_attribute("aria-invalid", "true")
    expect(pseudo).not_to_have_attribute("aria-invalid", "true")
    # The old site's pop-up let anyone retype "18 ou plus": here the refusal sticks.
    age.fill("18")
    submit.click()
    expect(page.locator("#entry-age-err")).to_contain_text("24 heures")
    expect(page.locator(".conn--open")).to_have_count(0)


def test_a_minor_giving_a_handle_in_a_teen_room_keeps_the_3018_note_in_view(
    new_page: Any,
) -> None:
    """Issue 5: the message is held and the minor is shown the 3018 helpline. The note
    arrives just before the "held" notice of the same message, and must not be replaced
    by it."""
    expect = _expect()
    page = new_page(360, 740)
    enter(page, "Lea_1516", age=16, gender="f", postal_code="69003")
    join(page, "15-17")
    say(page, "ajoutez moi sur snap c'est lea.du69")
    note = page.get_by_role("note", name="Aide")
    expect(note).to_be_visible()
    expect(note).to_contain_text("3018")
    expect(note.get_by_role("link", name="Appeler le 3018")).to_have_attribute("href", "tel:3018")
    expect(page.locator(".conv .composer-notice")).to_contain_text("vérification")
    note.get_by_role("button", name="Fermer").click()
    expect(note).to_be_hidden()
    expect(page.locator(".conv .composer-input")).to_be_focused()


def test_a_refused_message_is_contested_in_two_taps(new_page: Any) -> None:
    """DSA Art. 20: the refusal says an appeal is possible, and the bubble offers it."""
    expect = _expect()
    page = new_page(360, 740)
    enter(page, "Conteste_1", age=30, gender="m", postal_code="69003")
    join(page, "general")
    say(page, "Coke dispo de qualité, livraison rapide sur Lyon mp moi")
    bubble = page.locator(".conv .msg--rejected")
    expect(bubble).to_contain_text("Refusé")
    bubble.get_by_role("button", name="Contester").click()
    dialog = page.get_by_role("dialog")
    expect(dialog.locator(".report-quote")).to_have_text(
        "Coke dispo de qualité, livraison rapide sur Lyon mp moi"
    )
    dialog.get_by_label("Pourquoi ce refus est-il une erreur").fill("Une citation d'un film.")
    dialog.get_by_role("button", name="Envoyer la contestation").click()
    expect(dialog).to_contain_text("réexaminer")
    dialog.get_by_role("button", name="D’accord").click()
    expect(bubble).to_contain_text("contestation envoyée")
    expect(bubble.get_by_role("button", name="Contester")).to_have_count(0)


def test_a_network_outage_loses_nothing_and_the_status_comes_back(new_page: Any) -> None:
    """Offline for a moment (the phone in a tunnel): what the other wrote arrives once,
    what this one wrote is sent, and the pill says « Connecté » again (it stayed on
    « Hors ligne » when the socket outlived the outage)."""
    expect = _expect()
    alice, bob = new_page(360, 740), new_page()
    enter(alice, "Tunnel_1", age=30, gender="f", postal_code="69003")
    enter(bob, "Tunnel_2", age=32, gender="m", postal_code="69003")
    join(alice, "general")
    join(bob, "general")
    say(bob, "avant la coupure")
    expect(alice.locator(".conv .msg-text")).to_have_text(["avant la coupure"])
    alice.context.set_offline(True)
    expect(alice.locator(".conn")).to_have_class(re.compile("conn--offline"))
    say(alice, "écrit hors ligne")
    for i in range(3):
        say(bob, f"pendant {i}")
    alice.context.set_offline(False)
    expected = ["avant la coupure", "pendant 0", "pendant 1", "pendant 2", "écrit hors ligne"]
    for page in (alice, bob):
        # Once each, in an order both agree on (the server's), whenever alice's own
        # message was sent (before or after bob's, depending on the socket).
        confirmed = page.locator(".conv .msgs:not(.msgs--pending) .msg-text")
        expect(confirmed).to_have_count(5, timeout=20_000)
        assert sorted(messages(page)) == sorted(expected)
    assert messages(alice) == messages(bob)
    expect(alice.locator(".conn")).to_have_class(re.compile("conn--open"), timeout=20_000)


def test_two_chatters_in_one_room_see_the_same_messages_in_order(new_page: Any) -> None:
    expect = _expect()
    alice, bob = new_page(), new_page(360, 740)
    enter(alice, "Alice_fr", age=34, gender="f", postal_code="75011")
    enter(bob, "Bob-13", age=41, gender="m", postal_code="13001")
    join(alice, "general")
    join(bob, "general")
    expect(alice.locator(".member-name", has_text="Bob-13")).to_have_count(1)

    sent = [f"Message {i} d’Alice" for i in range(1, 6)]
    for text in sent:
        say(alice, text)
    say(bob, "Salut Alice !")
    expect(bob.locator(".conv .msgs:not(.msgs--pending) .msg")).to_have_count(6)
    expect(alice.locator(".conv .msgs:not(.msgs--pending) .msg")).to_have_count(6)
    assert messages(alice) == messages(bob)
    seen = messages(bob)
    assert [m for m in seen if m in sent] == sent  # Alice's five, in her order
    assert "Salut Alice !" in seen
    # Pseudonym, age, gender and département next to each message.
    first = bob.locator(".conv .msgs:not(.msgs--pending) .msg").first
    expect(first.locator(".msg-author")).to_have_text("Alice_fr")
    expect(first.locator(".msg-meta")).to_have_text("34 ans · femme · 75")
    # The character counter follows hello.limits.text_max.
    bob.locator(".conv .composer-input").fill("abc")
    expect(bob.locator(".conv .composer-count")).to_have_text(re.compile(r"^3\s/\s1000$"))


def test_private_message_opens_a_tab_with_an_unread_counter(new_page: Any) -> None:
    expect = _expect()
    alice, bob = new_page(), new_page()
    enter(alice, "Alice_dm")
    enter(bob, "Bob_dm", gender="m", postal_code="33000")
    join(alice, "general")
    join(bob, "general")

    # Bob taps Alice in the member list, then « Message privé ».
    bob.locator(".member", has_text="Alice_dm").click()
    dialog = bob.get_by_role("dialog")
    expect(dialog).to_contain_text("34 ans · femme · 75")
    dialog.get_by_role("button", name="Message privé").click()
    expect(bob.locator(".conv--dm")).to_be_visible()
    say(bob, "Coucou Alice, ça va ?")
    expect(bob.locator(".conv--dm .msgs:not(.msgs--pending) .msg-text")).to_have_text(
        ["Coucou Alice, ça va ?"]
    )

    # Alice, still in the room, gets a private tab with one unread message.
    tab = alice.locator(".tab--dm", has_text="Bob_dm")
    expect(tab.locator(".badge")).to_have_text("1")
    tab.click()
    expect(alice.locator(".conv--dm .msg-text")).to_have_text(["Coucou Alice, ça va ?"])
    expect(tab.locator(".badge")).to_have_count(0)
    say(alice, "Très bien, merci !")
    expect(bob.locator(".conv--dm .msgs:not(.msgs--pending) .msg-text")).to_have_text(
        ["Coucou Alice, ça va ?", "Très bien, merci !"]
    )

    # Bob's page gets no copy of what it sent, only the ack: it shows the text the
    # server accepted (here recomposed: "e" + combining accent becomes "é"), once.
    say(bob, "Bel e\u0301te\u0301")
    sent = ["Coucou Alice, ça va ?", "Très bien, merci !", "Bel \u00e9t\u00e9"]
    expect(bob.locator(".conv--dm .msgs:not(.msgs--pending) .msg-text")).to_have_text(sent)
    expect(alice.locator(".conv--dm .msg-text")).to_have_text(sent)
    bob.wait_for_timeout(300)  # nothing more comes
    expect(bob.locator(".conv--dm .msgs:not(.msgs--pending) .msg-text")).to_have_text(sent)


def test_block_hides_room_messages_and_refuses_private_messages(new_page: Any) -> None:
    expect = _expect()
    alice, bob = new_page(), new_page()
    enter(alice, "Alice_bl")
    enter(bob, "Bob_bl", gender="m", postal_code="59000")
    join(alice, "general")
    join(bob, "general")
    say(bob, "Premier message de Bob")
    expect(alice.locator(".conv .msg-text")).to_have_text(["Premier message de Bob"])

    alice.locator(".member", has_text="Bob_bl").click()
    alice.get_by_role("dialog").get_by_role("button", name="Bloquer").click()
    expect(alice.locator(".toast")).to_contain_text("Bob_bl est bloqué")
    # Bob's message is gone for Alice, and his next ones never show.
    expect(alice.locator(".conv .msg-text")).to_have_count(0)
    say(bob, "Deuxième message de Bob")
    expect(bob.locator(".conv .msgs:not(.msgs--pending) .msg-text")).to_have_text(
        ["Premier message de Bob", "Deuxième message de Bob"]
    )
    say(alice, "Alice parle toujours")
    expect(bob.locator(".conv .msgs:not(.msgs--pending) .msg-text")).to_have_count(3)
    expect(alice.locator(".conv .msg-text")).to_have_text(["Alice parle toujours"])

    # Bob's private message is refused, with the server's French reason by the composer.
    bob.locator(".member", has_text="Alice_bl").click()
    bob.get_by_role("dialog").get_by_role("button", name="Message privé").click()
    say(bob, "Pourquoi tu me bloques ?")
    expect(bob.locator(".conv--dm .composer-notice")).to_contain_text("messages privés")
    expect(bob.locator(".conv--dm .msg--rejected")).to_have_count(1)
    alice.wait_for_timeout(500)
    expect(alice.locator(".tab--dm")).to_have_count(0)


def test_join_wait_shows_a_countdown_then_joins(new_page: Any) -> None:
    expect = _expect()
    page = new_page()
    enter(page, "Patiente_1")
    join(page, "general")
    open_directory(page)
    button = page.locator('button.btn-join[data-room="paris"]')
    button.click()
    # CAUSETTE_JOIN_WAIT=3 in the test server: a countdown, then the room opens.
    expect(button).to_have_text(re.compile(r"^Entrée dans [1-3]\s?s…$"))
    expect(page.locator(".conv--room .conv-title")).to_have_text("Paris", timeout=8000)
    expect(page.locator(".tab--room")).to_have_count(2)


def test_reconnect_after_server_restart_loses_and_doubles_nothing(
    new_page: Any, server: Any
) -> None:
    expect = _expect()
    alice, bob = new_page(), new_page()
    enter(alice, "Alice_rc")
    enter(bob, "Bob_rc", gender="m", postal_code="67000")
    join(alice, "general")
    join(bob, "general")
    say(alice, "avant 1")
    say(bob, "avant 2")
    expect(alice.locator(".conv .msgs:not(.msgs--pending) .msg")).to_have_count(2)
    expect(bob.locator(".conv .msgs:not(.msgs--pending) .msg")).to_have_count(2)

    server.kill()
    expect(alice.locator(".conn-text")).to_have_text(re.compile("Reconnexion|Hors ligne"))
    say(alice, "pendant la coupure")  # queued until the link is back
    expect(alice.locator(".msg--queued")).to_have_count(1)
    server.start()

    expect(alice.locator(".conn--open")).to_be_visible(timeout=25_000)
    expect(bob.locator(".conn--open")).to_be_visible(timeout=25_000)
    say(bob, "après 1")
    say(alice, "après 2")
    want = ["avant 1", "avant 2", "pendant la coupure", "après 1", "après 2"]
    for page in (alice, bob):
        expect(page.locator(".conv .msgs:not(.msgs--pending) .msg-text")).to_have_text(want)
        expect(page.locator(".conv .msgs--pending .msg")).to_have_count(0)


def test_rooms_the_restarted_server_forgot_are_joined_again_in_turn(
    new_page: Any, server: Any
) -> None:
    expect = _expect()
    alice, bob = new_page(), new_page()
    enter(alice, "Alice_rj")
    enter(bob, "Bob_rj", gender="m", postal_code="13001")
    join(alice, "general")
    open_directory(alice)
    alice.locator('button.btn-join[data-room="paris"]').click()  # after the 3 s wait
    expect(alice.locator(".tab--room")).to_have_count(2, timeout=8000)
    expect(alice.locator(".conv--room .conv-title")).to_have_text("Paris")
    join(bob, "paris")

    # The restarted server no longer knows which rooms Alice's session had joined: her
    # resume restores the first as a join, and the second after the join wait.
    server.kill()
    server.start()
    expect(alice.locator(".conn--open")).to_be_visible(timeout=25_000)
    expect(bob.locator(".conn--open")).to_be_visible(timeout=25_000)
    say(bob, "après la reprise")
    expect(alice.locator(".conv .msgs:not(.msgs--pending) .msg-text")).to_have_text(
        ["après la reprise"], timeout=10_000
    )
    expect(alice.locator(".tab--room")).to_have_count(2)
    expect(alice.locator(".conv--room .conv-title")).to_have_text("Paris")  # focus kept


def test_lost_connection_resumes_with_the_missed_messages_once(new_page: Any, proxy: Any) -> None:
    expect = _expect()
    alice = new_page(base_url=f"http://127.0.0.1:{proxy.port}")
    bob = new_page()
    enter(alice, "Alice_cut")
    enter(bob, "Bob_cut", gender="m", postal_code="44000")
    join(alice, "general")
    join(bob, "general")
    say(bob, "avant")
    expect(alice.locator(".conv .msgs:not(.msgs--pending) .msg-text")).to_have_text(["avant"])

    proxy.cut()  # Alice's link drops; Bob's does not
    expect(alice.locator(".conn-text")).to_have_text("Reconnexion…")
    say(bob, "pendant 1")
    say(bob, "pendant 2")
    say(alice, "écrit hors ligne")
    expect(bob.locator(".conv .msgs:not(.msgs--pending) .msg")).to_have_count(3)
    expect(alice.locator(".msg--queued")).to_have_count(1)
    proxy.restore()

    expect(alice.locator(".conn--open")).to_be_visible(timeout=25_000)
    want = ["avant", "pendant 1", "pendant 2", "écrit hors ligne"]
    for page in (alice, bob):
        expect(page.locator(".conv .msgs:not(.msgs--pending) .msg-text")).to_have_text(want)
    expect(alice.locator(".conv .msgs--pending .msg")).to_have_count(0)


def _pair_with_small_catch_up(
    new_page: Any, server: Any, proxy: Any, name: str, postal_code: str
) -> tuple[Any, Any]:
    """The server restarted with a catch-up of 2 messages (200 in production); Alice_NAME
    behind the proxy (so her connection can be cut) and Bob_NAME, both in "general"."""
    server.extra_env["CAUSETTE_RESUME_MAX"] = "2"
    server.stop()
    server.start()
    alice = new_page(base_url=f"http://127.0.0.1:{proxy.port}")
    bob = new_page()
    enter(alice, f"Alice_{name}")
    enter(bob, f"Bob_{name}", gender="m", postal_code=postal_code)
    join(alice, "general")
    join(bob, "general")
    return alice, bob


def test_a_long_absence_shows_only_the_newest_messages_and_says_so(
    new_page: Any, server: Any, proxy: Any
) -> None:
    expect = _expect()
    alice, bob = _pair_with_small_catch_up(new_page, server, proxy, "gap", "31000")
    say(bob, "avant")
    expect(alice.locator(".conv .msgs:not(.msgs--pending) .msg-text")).to_have_text(["avant"])

    proxy.cut()
    expect(alice.locator(".conn-text")).to_have_text("Reconnexion…")
    for i in range(1, 4):  # five messages in all: under the rate limit (5 per 5 s)
        say(bob, f"pendant {i}")
    expect(bob.locator(".conv .msgs:not(.msgs--pending) .msg")).to_have_count(4)
    proxy.restore()

    expect(alice.locator(".conn--open")).to_be_visible(timeout=25_000)
    # Only the newest two came back: what was shown before the hole is dropped.
    expect(alice.locator(".conv .msgs:not(.msgs--pending) .msg-text")).to_have_text(
        ["pendant 2", "pendant 3"]
    )
    expect(alice.locator(".composer-notice")).to_contain_text("manqué beaucoup de messages")
    say(bob, "après")
    expect(alice.locator(".conv .msgs:not(.msgs--pending) .msg-text")).to_have_text(
        ["pendant 2", "pendant 3", "après"]
    )


def test_a_long_absence_brings_every_missed_private_message_batch_after_batch(
    new_page: Any, server: Any, proxy: Any
) -> None:
    expect = _expect()
    alice, bob = _pair_with_small_catch_up(new_page, server, proxy, "lot", "67000")
    bob.locator(".member", has_text="Alice_lot").click()
    bob.get_by_role("dialog").get_by_role("button", name="Message privé").click()
    say(bob, "avant")
    alice.locator(".tab--dm", has_text="Bob_lot").click()
    expect(alice.locator(".conv--dm .msg-text")).to_have_text(["avant"])

    proxy.cut()
    expect(alice.locator(".conn-text")).to_have_text("Reconnexion…")
    # Five in all with "après" below: under the rate limit (5 per 5 s).
    sent = ["avant"] + [f"pendant {i}" for i in range(1, 4)]
    for text in sent[1:]:
        say(bob, text)
    expect(bob.locator(".conv--dm .msgs:not(.msgs--pending) .msg-text")).to_have_text(sent)
    proxy.restore()

    # The resume brings two and says more remain; the client asks for the rest.
    expect(alice.locator(".conn--open")).to_be_visible(timeout=25_000)
    expect(alice.locator(".conv--dm .msg-text")).to_have_text(sent)
    say(bob, "après")
    expect(alice.locator(".conv--dm .msg-text")).to_have_text([*sent, "après"])


def test_a_dm_that_arrives_after_the_ack_of_a_later_one_is_not_skipped_on_resume(
    new_page: Any,
) -> None:
    """With several nodes, a DM received through the broker can reach the tab after the
    ack of a later DM the tab sent (its number is higher). If the link drops in between,
    the resume must ask from below the missing number (`App.noteDm`), not from the
    highest seen. The test stands in for the late broker: it holds Alice's incoming `dm`
    frames back, then cuts her link before they arrive."""
    expect = _expect()
    alice, bob = new_page(), new_page()
    hold = {"dms": False}
    held: list[str] = []
    resumes: list[dict[str, Any]] = []
    links: list[tuple[Any, Any]] = []

    def relay(page_side: Any) -> None:
        server_side = page_side.connect_to_server()

        def from_server(message: str | bytes) -> None:
            if hold["dms"] and json.loads(message).get("type") == "dm":
                held.append(str(message))  # late: still on its way through the broker
                return
            page_side.send(message)

        def from_page(message: str | bytes) -> None:
            frame = json.loads(message)
            if frame.get("type") == "resume":
                resumes.append(frame)
            server_side.send(message)

        server_side.on_message(from_server)
        page_side.on_message(from_page)
        links.append((page_side, server_side))

    alice.route_web_socket(re.compile(r"/ws\?"), relay)
    enter(alice, "Alice_race")
    enter(bob, "Bob_race", gender="m", postal_code="13001")
    join(alice, "general")
    join(bob, "general")
    alice.locator(".member", has_text="Bob_race").click()
    alice.get_by_role("dialog").get_by_role("button", name="Message privé").click()
    bob.locator(".member", has_text="Alice_race").click()
    bob.get_by_role("dialog").get_by_role("button", name="Message privé").click()

    hold["dms"] = True
    say(bob, "Bob écrit le premier")  # number 1 in Alice's inbox, held back
    for _ in range(100):  # at most 5 s
        if held:
            break
        alice.wait_for_timeout(50)
    assert len(held) == 1
    say(alice, "Alice écrit ensuite")  # number 2: its ack reaches Alice first
    mine = alice.locator(".conv--dm .msgs:not(.msgs--pending) .msg-text")
    expect(mine).to_have_text(["Alice écrit ensuite"])

    hold["dms"] = False
    page_side, server_side = links[-1]
    page_side.close(code=1013)  # the link drops before the held frame arrives
    server_side.close()
    expect(alice.locator(".conn--open")).to_be_visible(timeout=25_000)
    expect(mine).to_have_text(["Bob écrit le premier", "Alice écrit ensuite"])
    assert resumes and resumes[-1]["dms"] == 0  # from below the missing number


def test_xss_payloads_render_as_plain_text(new_page: Any) -> None:
    expect = _expect()
    alice, bob = new_page(), new_page()
    enter(alice, "Alice_essai")
    enter(bob, "Bob_essai", gender="m", postal_code="31000")
    # An adults-only room: outside adult rooms the moderation rules refuse the lone
    # "x" of `src=x` as sexual (`sexual.name`), which would hide the payload.
    img = "<img src=x onerror=alert(1)>"
    js = "javascript:alert(1)"

    # A room whose name and topic are payloads.
    alice.get_by_role("button", name="Créer un salon").click()
    dialog = alice.get_by_role("dialog")
    dialog.get_by_label("Nom du salon").fill(img)
    dialog.get_by_label("Sujet (facultatif)").fill(js)
    dialog.get_by_label("Réservé aux adultes (18+)").check()
    dialog.get_by_role("button", name="Créer et entrer").click()
    expect(alice.locator(".conv--room .conv-title")).to_have_text(img)
    expect(alice.locator(".conv--room .conv-topic")).to_have_text(js)

    open_directory(bob)
    card = bob.locator(".room-card", has_text=img)
    expect(card.locator(".room-name")).to_have_text(img)
    expect(card.locator(".room-topic")).to_have_text(js)
    card.get_by_role("button").click()
    expect(bob.locator(".conv--room .conv-title")).to_have_text(img)

    payloads = [
        img,
        js,
        '<a href="javascript:alert(2)">clic</a>',
        "<script>alert(3)</script>",
    ]
    for text in payloads:
        say(alice, text)
    expect(bob.locator(".conv .msgs:not(.msgs--pending) .msg-text")).to_have_text(payloads)
    bob.wait_for_timeout(300)
    for page in (alice, bob):
        assert page.dialogs == []
        assert page.locator(".conv img, .dir img, .tabs img").count() == 0
        assert page.locator(".conv script").count() == 0
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
        assert not [h for h in hrefs if h.lower().startswith("javascript")]
        assert page.console_errors == []
