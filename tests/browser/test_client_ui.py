"""The browser client's own behaviour: dialogs and keyboard, language, rules page."""

from __future__ import annotations

import re
import urllib.request
from typing import Any

import pytest

from .helpers import enter, join, open_directory, say

pytestmark = [pytest.mark.browser, pytest.mark.e2e]


def _expect() -> Any:
    from playwright.sync_api import expect

    return expect


def _enter_in_english(page: Any, pseudonym: str) -> None:
    """Fill and send the entry form as it reads in English (a 30-year-old woman, Paris)."""
    page.get_by_label("Nickname").fill(pseudonym)
    page.get_by_label("Age").fill("30")
    page.get_by_label("Postal code").fill("75011")
    page.locator('input[name="gender"][value="f"]').check()
    page.locator("#entry-rules").check()
    page.get_by_role("button", name="Enter").click()


def test_report_dialog_from_a_message_by_keyboard(new_page: Any) -> None:
    expect = _expect()
    alice, bob = new_page(), new_page()
    enter(alice, "Alice_rep")
    enter(bob, "Bob_rep", gender="m", postal_code="06000")
    join(alice, "general")
    join(bob, "general")
    say(bob, "Un message à signaler")
    report = alice.get_by_role("button", name="Signaler le message de Bob_rep")
    report.focus()
    alice.keyboard.press("Enter")
    dialog = alice.get_by_role("dialog")
    expect(dialog).to_contain_text("Signaler un message de Bob_rep")
    expect(dialog.locator(".report-quote")).to_have_text("Un message à signaler")
    for category in ("Drogues", "Mise en danger d’un mineur", "Haine", "Spam ou arnaque", "Autre"):
        expect(dialog.get_by_text(category, exact=True)).to_be_visible()
    # Escape closes the dialog and gives focus back to the button that opened it.
    alice.keyboard.press("Escape")
    expect(dialog).to_have_count(0)
    expect(report).to_be_focused()

    report.click()
    dialog = alice.get_by_role("dialog")
    dialog.get_by_role("button", name="Envoyer le signalement").click()
    expect(dialog.locator(".form-error")).to_have_text(re.compile("motif"))
    dialog.get_by_text("Spam ou arnaque", exact=True).click()
    dialog.get_by_role("button", name="Envoyer le signalement").click()
    # Until the reports route exists the answer is a neutral French message.
    expect(dialog).to_contain_text(re.compile("pas encore disponible|Merci, votre signalement"))
    assert alice.dialogs == []


def test_enter_sends_and_shift_enter_makes_a_new_line(new_page: Any) -> None:
    expect = _expect()
    page = new_page()
    enter(page, "Clavier_1")
    join(page, "general")
    box = page.locator(".conv .composer-input")
    box.focus()
    page.keyboard.type("ligne 1")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("ligne 2")
    expect(page.locator(".conv .msg")).to_have_count(0)
    page.keyboard.press("Enter")
    expect(page.locator(".conv .msgs:not(.msgs--pending) .msg-text")).to_have_text(
        ["ligne 1\nligne 2"]
    )
    expect(box).to_have_value("")


def test_composer_fits_a_phone_and_needs_no_emoji_font(new_page: Any) -> None:
    """The photo button is a drawn icon (Debian's Chromium has no emoji font: "📷" was an
    empty box) and, on a 360 px phone, the message box keeps a usable width and its
    placeholder one line."""
    expect = _expect()
    page = new_page()
    page.set_viewport_size({"width": 360, "height": 740})
    enter(page, "Telephone_1")
    join(page, "general")
    photo = page.locator(".conv .composer-photo")
    expect(photo.locator("svg.icon")).to_have_count(1)
    expect(photo).to_have_accessible_name("Envoyer une image")
    assert "📷" not in photo.inner_text()
    box = page.locator(".conv .composer-input")
    width = box.evaluate("el => el.getBoundingClientRect().width")
    assert width >= 150, width
    assert box.evaluate("el => getComputedStyle(el, '::placeholder').whiteSpace") == "nowrap"


def test_english_browser_gets_english_strings(new_page: Any) -> None:
    expect = _expect()
    page = new_page(locale="en-GB")
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_label("Nickname")).to_be_visible()
    expect(page.get_by_role("button", name="Enter")).to_be_visible()
    # A refusal by moderation is told in English too (the server's reason is French).
    _enter_in_english(page, "English_1")
    join(page, "general")
    say(page, "Coke dispo de qualité, livraison rapide sur Lyon mp moi")
    expect(page.locator(".conv .composer-notice")).to_have_text(
        "Message refused by moderation (Drugs). You can contest this decision."
    )
    refused = page.locator(".conv .msg--rejected")
    expect(refused.get_by_role("button", name="Contest")).to_be_visible()


def test_the_language_switch_turns_the_page_to_english_and_back_keeping_the_session(
    new_page: Any,
) -> None:
    """A reader whose browser asks for French can read Causette in English (and back),
    from the entry page and from the chat; the choice stays on the device."""
    expect = _expect()
    page = new_page(360, 740)
    page.goto("/")
    switch = page.get_by_role("button", name="English")
    expect(switch).to_have_attribute("lang", "en")
    switch.click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_label("Nickname")).to_be_visible()
    _enter_in_english(page, "Bilingue_1")
    join(page, "general")
    say(page, "un message avant de changer de langue")
    page.locator(".tab--dir").click()
    expect(page.get_by_role("heading", name="Rooms", exact=True)).to_be_visible()
    page.get_by_role("button", name="Français").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator(".tab--dir")).to_have_text("Salons")
    # Same session, same room, nothing lost nor doubled.
    page.locator(".tab--room").click()
    expect(page.locator(".conv .msgs:not(.msgs--pending) .msg-text")).to_have_text(
        ["un message avant de changer de langue"]
    )
    # A new page on this device opens in the language chosen last.
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")


def test_a_minor_is_told_plainly_what_the_15_17_space_is_and_an_adult_is_not(
    new_page: Any,
) -> None:
    """A 15-year-old's room list says, kindly and first, who they meet, that adults can
    neither see nor write to them, and where to call (3018)."""
    expect = _expect()
    teen = new_page(360, 740)
    enter(teen, "Lila_1515", age=15, gender="f", postal_code="69003")
    open_directory(teen)
    note = teen.get_by_role("note", name="Ici, tu es dans l’espace 15-17 ans.")
    expect(note).to_be_visible()
    expect(note).to_contain_text("les adultes ne te voient pas et ne peuvent pas t’écrire")
    expect(note.get_by_role("link", name="Appeler le 3018")).to_have_attribute("href", "tel:3018")
    expect(note.get_by_role("link", name="Ce qui te protège")).to_have_attribute(
        "href", "/regles#mineurs"
    )
    # Read before the filters and the rooms, and on the first screen of a phone.
    box = note.bounding_box()
    assert box is not None and box["y"] + box["height"] <= 740
    adult = new_page()
    enter(adult, "Adulte_1515", age=30)
    open_directory(adult)
    expect(adult.locator(".room-card").first).to_be_visible()
    expect(adult.get_by_role("note")).to_have_count(0)


def test_each_join_button_names_its_room_for_a_screen_reader(new_page: Any) -> None:
    expect = _expect()
    page = new_page()
    enter(page, "Lectrice_1")
    open_directory(page)
    expect(page.get_by_role("button", name="Entrer, Paris", exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Entrer", exact=True)).to_have_count(0)
    page.get_by_role("button", name="Entrer, Paris", exact=True).click()
    page.locator(".conv--room").wait_for()
    open_directory(page)
    expect(page.get_by_role("button", name="Ouvrir, Paris", exact=True)).to_be_visible()


def test_an_english_minor_reads_the_3018_note_in_english(new_page: Any) -> None:
    """The server writes its notices in French; an English reader gets them translated,
    the helpline note first of all."""
    expect = _expect()
    page = new_page(360, 740, locale="en-GB")
    page.goto("/")
    page.get_by_label("Nickname").fill("Teen_en16")
    page.get_by_label("Age").fill("16")
    page.get_by_label("Postal code").fill("69003")
    page.locator('input[name="gender"][value="f"]').check()
    page.locator("#entry-rules").check()
    page.get_by_role("button", name="Enter").click()
    join(page, "15-17")
    say(page, "ajoutez moi sur snap c'est lea.du69")
    note = page.get_by_role("note", name="Help")
    expect(note).to_contain_text("call or write to 3018")
    expect(note).not_to_contain_text("appelle")
    expect(note.get_by_role("link", name="Call 3018")).to_have_attribute("href", "tel:3018")


def test_rules_page_and_security_headers(server: Any) -> None:
    with urllib.request.urlopen(f"{server.url}/regles") as r:
        csp = r.headers["Content-Security-Policy"]
        html = r.read().decode()
    assert "script-src 'self'" in csp
    assert "<script>" not in html and "style=" not in html
    for word in (
        "child_safety",
        "ncii",
        "doxxing",
        "Avertissement",
        "Mise en sourdine",
        "Bannissement",
        "6&nbsp;mois",
        "3018",
        "119",
        "Pharos",
        "contact@example.invalid",
    ):
        assert word in html, word
    with urllib.request.urlopen(f"{server.url}/") as r:
        index = r.read().decode()
    assert '<script type="module" src="/static/app.js">' in index
    assert "style=" not in index and "http://" not in index and "https://" not in index


def test_entry_form_by_keyboard_alone_in_a_sane_order(new_page: Any) -> None:
    expect = _expect()
    page = new_page(360, 740)
    page.goto("/")
    page.locator("#entry-pseudonym").focus()
    page.keyboard.type("Clavier_2")
    page.keyboard.press("Tab")
    expect(page.locator("#entry-age")).to_be_focused()
    page.keyboard.type("27")
    page.keyboard.press("Tab")
    expect(page.locator("#entry-postal_code")).to_be_focused()
    page.keyboard.type("35000")
    page.keyboard.press("Tab")
    expect(page.locator("#entry-gender-f")).to_be_focused()
    page.keyboard.press("ArrowRight")  # radio group: arrows move and select
    expect(page.locator("#entry-gender-m")).to_be_checked()
    page.keyboard.press("Tab")
    expect(page.locator("#entry-rules")).to_be_focused()
    # The focus ring is visible (3 px outline), not removed by the stylesheet.
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="les règles de Causette")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Entrer")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".conn--open")).to_be_visible()
    expect(page.locator(".me-name")).to_have_text("Clavier_2")


def test_quit_ends_the_session_and_a_refused_token_returns_to_the_entry(
    new_page: Any, server: Any
) -> None:
    expect = _expect()
    page = new_page()
    enter(page, "Partante_1")
    join(page, "general")
    # One tap too many on a phone must not end the session: « Quitter » asks first,
    # and « Rester » (focused) keeps everything.
    page.get_by_role("button", name="Quitter", exact=True).click()
    confirm = page.get_by_role("dialog", name="Quitter Causette ?")
    expect(confirm).to_contain_text("vous ne pourrez pas les retrouver")
    stay = confirm.get_by_role("button", name="Rester")
    expect(stay).to_be_focused()
    stay.click()
    expect(confirm).to_have_count(0)
    expect(page.locator(".conn--open")).to_be_visible()
    expect(page.locator(".conv--room")).to_be_visible()
    assert page.evaluate("sessionStorage.getItem('causette.token')") is not None
    page.get_by_role("button", name="Quitter", exact=True).click()
    page.get_by_role("dialog").get_by_role("button", name="Quitter Causette").click()
    expect(page.locator(".form-notice")).to_contain_text("À bientôt")
    assert page.evaluate("sessionStorage.getItem('causette.token')") is None

    # A session ended elsewhere: the next connection is refused and the entry page shows.
    enter(page, "Partante_2")
    status = page.evaluate(
        """async () => (await fetch('/api/session', {method: 'DELETE', headers:
            {Authorization: 'Bearer ' + sessionStorage.getItem('causette.token')}})).status"""
    )
    assert status == 204
    server.kill()
    server.start()
    expect(page.locator(".form-notice")).to_contain_text("session a pris fin", timeout=25_000)
    expect(page.get_by_label("Pseudo")).to_be_visible()
    assert page.evaluate("sessionStorage.getItem('causette.token')") is None


def test_reload_reopens_the_conversations_without_doubles(new_page: Any) -> None:
    expect = _expect()
    alice, bob = new_page(), new_page()
    enter(alice, "Alice_reload")
    enter(bob, "Bob_reload", gender="m", postal_code="75012")
    join(alice, "general")
    join(bob, "general")
    say(bob, "un")
    say(alice, "deux")
    bob.locator(".member", has_text="Alice_reload").click()
    bob.get_by_role("dialog").get_by_role("button", name="Message privé").click()
    say(bob, "en privé")
    dm_tab = alice.locator(".tab--dm", has_text="Bob_reload")
    expect(dm_tab).to_be_visible()
    alice.locator(".tab--room", has_text="Général").click()

    alice.reload()
    expect(alice.locator(".conn--open")).to_be_visible()
    expect(alice.locator(".conv--room .conv-title")).to_have_text("Général")
    expect(alice.locator(".conv .msgs:not(.msgs--pending) .msg-text")).to_have_text(["un", "deux"])
    expect(dm_tab).to_be_visible()
    expect(alice.locator(".badge")).to_have_count(0)
    dm_tab.click()
    expect(alice.locator(".conv--dm .msg-text")).to_have_text(["en privé"])
    say(bob, "après le rechargement")
    expect(alice.locator(".conv--dm .msg-text")).to_have_text(["en privé", "après le rechargement"])
