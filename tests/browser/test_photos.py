"""End to end in Chromium: a photo sent in a private message arrives blurred; the
recipient reveals it. The real server checks it (decoding, hashes, NudeNet in a
worker process) before anything is delivered."""

from __future__ import annotations

import re
from typing import Any

import pytest

from .helpers import enter, join

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

synthetic = pytest.importorskip("causette.media.synthetic")


def _expect() -> Any:
    from playwright.sync_api import expect

    return expect


def _natural_width(page: Any, selector: str) -> int:
    return int(page.locator(selector).first.evaluate("img => img.naturalWidth"))


def test_private_photo_arrives_blurred_and_the_recipient_reveals_it(new_page: Any) -> None:
    expect = _expect()
    alice, bob = new_page(), new_page()
    enter(alice, "Alice_photo")
    enter(bob, "Bob_photo", gender="m", postal_code="33000")
    join(alice, "general")
    join(bob, "general")
    bob.locator(".member", has_text="Alice_photo").click()
    bob.get_by_role("dialog").get_by_role("button", name="Message privé").click()
    expect(bob.locator(".conv--dm")).to_be_visible()

    picture = synthetic.encode(synthetic.structured_image(7, (800, 600)), "JPEG", quality=88)
    bob.locator(".conv--dm .composer-file").set_input_files(
        {"name": "vacances.jpg", "mimeType": "image/jpeg", "buffer": picture}
    )
    # The sender sees the photo once the server acknowledged it, not blurred for them.
    sent = bob.locator(".conv--dm .msgs:not(.msgs--pending) .photo")
    expect(sent).to_have_count(1, timeout=30_000)
    expect(sent).not_to_have_class("photo photo--blurred")

    tab = alice.locator(".tab--dm", has_text="Bob_photo")
    expect(tab.locator(".badge")).to_have_text("1")
    tab.click()
    received = alice.locator(".conv--dm .photo")
    expect(received).to_have_class("photo photo--blurred")
    expect(received).to_contain_text("Image floutée")
    img = alice.locator(".conv--dm .photo-img")
    expect(img).to_have_attribute("src", re.compile(r"^blob:"))
    assert _natural_width(alice, ".conv--dm .photo-img") > 0
    # Still blurred on screen: the CSS filter is applied.
    assert "blur" in img.evaluate("el => getComputedStyle(el).filter")

    alice.get_by_role("button", name="Afficher l’image de Bob_photo").click()
    expect(received).to_have_class("photo")
    assert img.evaluate("el => getComputedStyle(el).filter") == "none"
    # Shown, the image no longer says it is blurred, and it can be blurred again from
    # the same button (focus stays on it).
    expect(received.locator(".photo-note")).to_be_hidden()
    hide = alice.get_by_role("button", name="Masquer l’image de Bob_photo")
    expect(hide).to_be_focused()
    hide.click()
    expect(received).to_have_class("photo photo--blurred")
    expect(received).to_contain_text("Image floutée")
    alice.get_by_role("button", name="Afficher l’image de Bob_photo").click()
    expect(received).to_have_class("photo")
    # Adults receive images from strangers unless they untick it (a `prefs` frame).
    box = alice.get_by_label("Recevoir des images de personnes à qui je n’ai pas encore écrit")
    expect(box).to_be_checked()
    box.uncheck()
    expect(box).not_to_be_checked()
    # Photos can be reported like messages.
    alice.get_by_role("button", name="Signaler l’image de Bob_photo").click()
    dialog = alice.get_by_role("dialog")
    expect(dialog).to_contain_text("Signaler un message de Bob_photo")
    expect(dialog.locator(".report-quote")).to_have_text("[image]")
