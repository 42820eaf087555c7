"""Steps a chatter takes in the browser client, shared by the browser tests."""

from __future__ import annotations

from typing import Any

__all__ = ["enter", "join", "messages", "open_directory", "say"]


def enter(
    page: Any, pseudonym: str, *, age: int = 34, gender: str = "f", postal_code: str = "75011"
) -> None:
    """Fill the entry form and wait for the chat shell to be connected."""
    page.goto("/")
    page.get_by_label("Pseudo").fill(pseudonym)
    page.get_by_label("Âge").fill(str(age))
    page.get_by_label("Code postal").fill(postal_code)
    page.locator(f'input[name="gender"][value="{gender}"]').check()
    page.locator("#entry-rules").check()
    page.get_by_role("button", name="Entrer").click()
    page.locator(".conn--open, .field-error:visible, .form-error:visible").first.wait_for()
    refused = page.locator(".field-error:visible, .form-error:visible")
    if refused.count():
        raise AssertionError(f"entry refused for {pseudonym!r}: {refused.all_inner_texts()}")
    page.locator(".conn--open").wait_for()


def open_directory(page: Any) -> None:
    page.locator(".tab--dir").click()
    page.locator(".dir").wait_for()


def join(page: Any, room_id: str) -> None:
    """Join `room_id` from the directory and wait for its conversation to show."""
    open_directory(page)
    page.locator(f'button.btn-join[data-room="{room_id}"]').click()
    page.locator(".conv--room").wait_for()


def say(page: Any, text: str) -> None:
    """Type `text` in the visible conversation's composer and press Enter."""
    box = page.locator(".conv .composer-input")
    box.fill(text)
    box.press("Enter")


def messages(page: Any) -> list[str]:
    """Texts of the confirmed messages of the visible conversation, in display order."""
    return [
        str(t) for t in page.locator(".conv .msgs:not(.msgs--pending) .msg-text").all_inner_texts()
    ]
