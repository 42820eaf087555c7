"""Screenshots of the browser client (what `make screenshots` runs).

Starts `causette serve` on a free 127.0.0.1 port with a throwaway data dir,
drives Debian's Chromium through Playwright (four chatters), and writes PNGs of
the entry page, the room list, a room and a private conversation at 360x740 and
1280x800 to `screenshots/`.

    .venv/bin/python tools/screenshots.py [--out screenshots]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SIZES = {"mobile": (360, 740), "desktop": (1280, 800)}
ROOT = Path(__file__).resolve().parents[1]


@contextlib.contextmanager
def run_server(join_wait: str = "0") -> Iterator[str]:
    """Run the real server on 127.0.0.1 with a temporary data dir; yield its URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    causette = Path(sys.executable).with_name("causette")
    with tempfile.TemporaryDirectory() as data, open(Path(data) / "server.log", "wb") as log:
        env = dict(os.environ, CAUSETTE_DATA_DIR=data, CAUSETTE_JOIN_WAIT=join_wait)
        env.pop("CAUSETTE_DATABASE_URL", None)
        proc = subprocess.Popen(
            [str(causette), "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):  # 30 s at most
                if proc.poll() is not None:
                    raise SystemExit("the server stopped at start; see its log")
                try:
                    with urllib.request.urlopen(f"{url}/healthz", timeout=1):
                        break
                except (urllib.error.URLError, ConnectionError, TimeoutError):
                    time.sleep(0.1)
            else:
                raise SystemExit("the server did not answer /healthz")
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


def enter(page: Any, pseudonym: str, age: int, gender: str, postal_code: str) -> None:
    page.goto("/")
    page.get_by_label("Pseudo").fill(pseudonym)
    page.get_by_label("Âge").fill(str(age))
    page.get_by_label("Code postal").fill(postal_code)
    page.locator(f'input[name="gender"][value="{gender}"]').check()
    page.locator("#entry-rules").check()
    page.get_by_role("button", name="Entrer").click()
    page.locator(".conn--open").wait_for()


def join(page: Any, room: str) -> None:
    page.locator(".tab--dir").click()
    page.locator(f'button.btn-join[data-room="{room}"]').click()
    page.locator(f'.tab--room:has-text("{room}"), .conv--room').first.wait_for()


def say(page: Any, text: str) -> None:
    box = page.locator(".conv .composer-input")
    box.fill(text)
    box.press("Enter")
    page.wait_for_timeout(120)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: apt-get install -y chromium", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with run_server() as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

        def page_for(size: str) -> Any:
            w, h = SIZES[size]
            ctx = browser.new_context(
                viewport={"width": w, "height": h},
                locale="fr-FR",
                base_url=url,
                device_scale_factor=1,
            )
            return ctx.new_page()

        def shot(page: Any, name: str) -> None:
            page.wait_for_timeout(250)
            path = args.out / f"{name}.png"
            page.screenshot(path=str(path))
            written.append(path)

        for size in SIZES:
            page = page_for(size)
            page.goto("/")
            page.locator(".entry-form").wait_for()
            shot(page, f"entry-{size}")
            page.context.close()

        zoe = page_for("desktop")
        others = [page_for("desktop") for _ in range(3)]
        enter(zoe, "Zoé_75", 34, "f", "75011")
        for page, who in zip(
            others,
            [
                ("Karim.69", 41, "m", "69003"),
                ("Lou-Bzh", 27, "x", "29200"),
                ("Marc_33", 52, "m", "33000"),
            ],
            strict=True,
        ):
            enter(page, *who)
        karim, lou, marc = others
        for page in (zoe, karim, lou, marc):
            join(page, "general")
        script = [
            (karim, "Bonjour tout le monde ! Quelqu’un a vu le match hier soir ?"),
            (lou, "Salut Karim. Pas vu, mais il paraît que c’était serré jusqu’au bout."),
            (zoe, "Bonsoir ! Je cherche une bonne série pour ce week-end, des idées ?"),
            (marc, "« Le Bureau des légendes », si ce n’est pas déjà fait. Un classique."),
            (lou, "Ou « Dix pour cent » : c’est léger et vraiment drôle."),
            (karim, "+1 pour le Bureau des légendes, la saison 3 surtout."),
            (zoe, "Noté, merci à vous ! Je commence ce soir."),
        ]
        for page, text in script:
            say(page, text)
        zoe.locator(".conv .msgs:not(.msgs--pending) .msg").nth(len(script) - 1).wait_for()
        # A private conversation between Zoé and Lou, opened from the member list.
        lou.locator(".member", has_text="Zoé_75").click()
        lou.get_by_role("dialog").get_by_role("button", name="Message privé").click()
        say(lou, "Coucou Zoé ! Tu es sur Paris aussi ? Je monte la semaine prochaine.")
        zoe.locator(".tab--dm").wait_for()
        # Zoé's screens: the directory, the room (with the private tab's unread
        # badge), then the DM.
        for size, (w, h) in SIZES.items():
            zoe.set_viewport_size({"width": w, "height": h})
            zoe.locator(".tab--dir").click()
            zoe.locator(".room-card").first.wait_for()
            shot(zoe, f"rooms-{size}")
        for size, (w, h) in SIZES.items():
            zoe.set_viewport_size({"width": w, "height": h})
            zoe.locator(".tab--room").first.click()
            zoe.locator(".conv .composer-input").fill("Et vous, vous regardez quoi en ce moment ?")
            zoe.locator(".conv .composer-input").blur()
            shot(zoe, f"room-{size}")
            zoe.locator(".conv .composer-input").fill("")
        zoe.locator(".tab--dm").click()
        say(zoe, "Oui, dans le 11e ! On peut se retrouver dans le salon Paris pour en parler.")
        say(lou, "Parfait, à tout à l’heure alors.")
        zoe.locator(".conv--dm .msgs:not(.msgs--pending) .msg").nth(2).wait_for()
        for size, (w, h) in SIZES.items():
            zoe.set_viewport_size({"width": w, "height": h})
            zoe.locator(".conv--dm .composer-input").blur()
            shot(zoe, f"dm-{size}")
        browser.close()
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
