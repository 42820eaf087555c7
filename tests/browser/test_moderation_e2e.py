"""Issue 6 end to end in Debian's Chromium: report, console, suspension that sticks,
statement of reasons, appeal decided by a second moderator, audit chain verified and
then broken by hand."""

from __future__ import annotations

import re
import sqlite3
import subprocess
from typing import Any

import pytest

from .conftest import CAUSETTE, ServerProcess
from .helpers import enter, join, say

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

PASSWORD = "correct horse battery staple"


def _cli(server: ServerProcess, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {
        "CAUSETTE_DATA_DIR": str(server.data_dir),
        "CAUSETTE_DATABASE_URL": "",
        "PATH": "/usr/bin",
    }
    return subprocess.run(
        [str(CAUSETTE), *args], input=stdin, capture_output=True, text=True, env=env, timeout=60
    )


def _login(page: Any, login: str) -> None:
    page.goto("/console/login")
    page.get_by_label("Identifiant").fill(login)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.get_by_role("heading", name=re.compile("File de modération")).wait_for()


def test_report_suspend_appeal_and_audit(new_page: Any, server: ServerProcess) -> None:
    from playwright.sync_api import expect

    for login in ("alice", "bruno"):
        done = _cli(server, "admin", "create-moderator", login, stdin=PASSWORD + "\n")
        assert done.returncode == 0, done.stderr

    author, reporter = new_page(), new_page()
    enter(author, "vendeur42")
    join(author, "general")
    say(author, "je vends des trucs louches")
    enter(reporter, "temoin_75")
    join(reporter, "general")
    line = reporter.locator(".msg", has_text="je vends des trucs louches")
    line.locator(".msg-report").click()
    reporter.locator('label[for="report-cat-threat"]').click()
    reporter.get_by_role("button", name="Envoyer le signalement").click()
    expect(reporter.locator(".report-form .form-notice")).to_contain_text(
        "signalement a été transmis"
    )

    alice = new_page()
    _login(alice, "alice")
    first = alice.locator(".queue li").first
    expect(first).to_contain_text("je vends des trucs louches")
    first.locator("a").click()
    expect(alice.locator(".author")).to_have_text("vendeur42")
    expect(alice.locator(".around .flagged")).to_contain_text("je vends des trucs louches")
    alice.get_by_label("Action").select_option("suspend")
    alice.get_by_label("Durée").fill("7")
    alice.get_by_label("Motif (transmis à la personne)").fill("Menaces dans un salon public.")
    alice.get_by_role("button", name="Décider").click()
    alice.get_by_role("heading", name=re.compile("File de modération")).wait_for()

    # The authorities' section: one summary serves the export and the « transmis » record.
    alice.go_back()
    alice.reload()
    summary = alice.get_by_label("Résumé : pourquoi une vie ou un enfant est en danger")
    expect(summary).to_have_count(1)
    summary.fill("Menace précise envers un participant.")
    alice.get_by_label("Référence donnée par l'autorité").fill("PH-2026-1")
    alice.get_by_role("button", name="Marquer comme transmis").click()
    expect(alice.locator(".notice.decided")).to_contain_text("Déjà traité : suspension, le ")
    expect(alice.get_by_role("button", name="Décider")).to_have_count(0)
    expect(alice.get_by_text(re.compile("^Transmis le"))).to_be_visible()

    # The author is cut off: the client is back at its entry form by itself. A new
    # pseudonym from the same browser (same device id in localStorage) is refused.
    expect(author.get_by_label("Pseudo")).to_be_visible()
    author.get_by_label("Pseudo").fill("nouveau_pseudo")
    author.get_by_label("Âge").fill("34")
    author.get_by_label("Code postal").fill("75011")
    author.locator('input[name="gender"][value="f"]').check()
    author.locator("#entry-rules").check()
    author.get_by_role("button", name="Entrer").click()
    # The decision's notice stays on screen (it arrived before the connection closed).
    notice = author.locator(".toast", has_text="Décision de modération")
    expect(notice.locator("a.statement-link")).to_have_count(1)
    refusal = author.locator(".form-error", has_text="Motifs et recours")
    expect(refusal).to_be_visible()
    # The statement's address is a link to follow, not text to copy by hand.
    statement = refusal.locator("a.statement-link")
    expect(statement).to_have_count(1)
    href = statement.get_attribute("href") or ""
    link = re.search(r"\S*/sanctions/\S+", refusal.inner_text())
    assert link is not None and href == link.group(0)
    # Absolute (no public URL set: the address the site was reached at), so the
    # statement's link still leads somewhere when read elsewhere.
    assert href.startswith("http://127.0.0.1:"), href
    with author.expect_popup() as popup:
        statement.click()
    expect(popup.value.locator(".statement")).to_contain_text("Exposé des motifs")
    popup.value.close()
    phone = new_page(390, 844)
    phone.goto(link.group(0))
    expect(phone.locator(".statement")).to_contain_text("Exposé des motifs")
    # The appeal link and its token wrap: no sideways scrolling on a phone.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    author.goto(link.group(0))
    expect(author.locator(".statement")).to_contain_text("Suspension de l'accès au service")
    expect(author.locator(".statement")).to_contain_text("Menaces dans un salon public.")
    author.get_by_label(re.compile("Contester la décision")).fill("Je n'ai menacé personne.")
    author.get_by_role("button", name="Envoyer mon recours").click()
    expect(author.get_by_role("status")).to_contain_text("recours est enregistré")

    alice.goto("/console/appeals")
    expect(alice.locator(".own")).to_contain_text("un autre modérateur")
    bruno = new_page()
    _login(bruno, "bruno")
    bruno.goto("/console/appeals")
    bruno.get_by_label("Issue").select_option("upheld")
    bruno.get_by_label("Explication").fill("Les propos sont bien des menaces.")
    bruno.get_by_role("button", name="Trancher").click()
    expect(bruno.get_by_role("heading", name="Recours en attente")).to_be_visible()
    author.reload()
    expect(author.locator(".appeal--upheld")).to_contain_text("bien des menaces")

    verified = _cli(server, "audit", "verify")
    assert verified.returncode == 0 and "chaîne intègre" in verified.stdout, verified.stdout

    db = sqlite3.connect(server.data_dir / "causette.db")
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            db.execute("UPDATE audit SET reason = 'rien' WHERE seq = 2")
        db.execute("DROP TRIGGER audit_no_update")
        db.execute("UPDATE audit SET reason = 'rien' WHERE seq = 2")
        db.commit()
    finally:
        db.close()
    broken = _cli(server, "audit", "verify")
    assert broken.returncode == 1 and "entrée 2" in broken.stdout, broken.stdout


def test_the_reporter_gets_a_number_can_block_and_is_told_the_decision(
    new_page: Any, server: ServerProcess
) -> None:
    """DSA art. 16(4)-(5): the receipt names the report; the decision reaches the
    reporter in the chat, not only through an API the client never read."""
    from playwright.sync_api import expect

    done = _cli(server, "admin", "create-moderator", "alice", stdin=PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    author, reporter = new_page(), new_page(360, 740)
    enter(author, "bavard_13")
    join(author, "general")
    say(author, "tu veux mon avis sur le match")
    enter(reporter, "temoin_13")
    join(reporter, "general")
    line = reporter.locator(".msg", has_text="tu veux mon avis sur le match")
    line.locator(".msg-report").click()
    reporter.locator('label[for="report-cat-spam"]').click()
    reporter.get_by_role("button", name="Envoyer le signalement").click()
    form = reporter.locator(".report-form")
    expect(form.locator(".form-notice")).to_have_text(
        re.compile(r"^Merci, votre signalement a été transmis .* Son numéro\s: R-\d{4}-000001\.$")
    )
    expect(form).to_contain_text("prévenu de sa décision")
    # One more tap blocks the person reported.
    form.get_by_role("button", name="Bloquer bavard_13").click()
    expect(form).to_contain_text("bavard_13 est bloqué")
    form.get_by_role("button", name="D’accord").click()
    expect(line).to_have_count(0)

    # The reporter reads the rules meanwhile: no live link when the decision is taken.
    reporter.goto("/regles")
    alice = new_page()
    _login(alice, "alice")
    alice.locator(".queue li").first.locator("a").click()
    alice.get_by_label("Action").select_option("dismiss")
    alice.get_by_label("Motif (transmis à la personne)").fill("Propos sans rien d'illicite.")
    alice.get_by_role("button", name="Décider").click()
    alice.get_by_role("heading", name=re.compile("File de modération")).wait_for()

    # Back in the chat, the link opens again and reads the receipt once: the decision.
    reporter.goto("/")
    notice = reporter.locator(".toast", has_text="Votre signalement n°")
    expect(notice).to_contain_text(re.compile("aucune mesure n.a été prise"))
    expect(notice).to_contain_text("contester cette décision")
    reporter.reload()
    reporter.locator(".conn--open").wait_for()
    reporter.wait_for_timeout(500)
    expect(reporter.locator(".toast", has_text="Votre signalement n°")).to_have_count(0)


def test_the_decision_reaches_the_open_chat_at_once(new_page: Any, server: ServerProcess) -> None:
    """DSA art. 16(5), without undue delay: the moderator decides, and the reporter's
    open page shows the decision within seconds, not at its next look; read again
    after that, the page does not show it twice."""
    from playwright.sync_api import expect

    done = _cli(server, "admin", "create-moderator", "alice", stdin=PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    author, reporter = new_page(), new_page()
    enter(author, "vendeur_14")
    join(author, "general")
    say(author, "je te retrouverai ce soir")
    enter(reporter, "temoin_14")
    join(reporter, "general")
    line = reporter.locator(".msg", has_text="je te retrouverai ce soir")
    line.locator(".msg-report").click()
    reporter.locator('label[for="report-cat-threat"]').click()
    reporter.get_by_role("button", name="Envoyer le signalement").click()
    form = reporter.locator(".report-form")
    expect(form.locator(".form-notice")).to_contain_text("R-")
    form.get_by_role("button", name="D’accord").click()

    alice = new_page()
    _login(alice, "alice")
    alice.locator(".queue li").first.locator("a").click()
    alice.get_by_label("Action").select_option("remove")
    alice.get_by_label("Motif (transmis à la personne)").fill("Menace.")
    alice.get_by_role("button", name="Décider").click()
    alice.get_by_role("heading", name=re.compile("File de modération")).wait_for()

    # No reload: pushed on the reporter's WebSocket (the old poll ran every 2 minutes).
    notice = reporter.locator(".toast", has_text="Votre signalement n°")
    expect(notice).to_contain_text("Une mesure a été prise après examen.", timeout=5000)
    expect(notice).to_contain_text("contester cette décision")
    expect(notice).not_to_contain_text("retiré")  # the author's sanction is theirs
    # Its link opens the decision on the report: the reasons and the redress.
    link = notice.locator("a.statement-link")
    expect(link).to_have_attribute("href", re.compile(r"/reports/R-\d{4}-000001\?token="))
    decision = new_page()
    decision.goto(link.get_attribute("href"))
    expect(decision.locator("main")).to_contain_text("Une mesure a été prise après examen.")
    expect(decision.locator("main")).not_to_contain_text("je te retrouverai")
    reporter.reload()
    reporter.locator(".conn--open").wait_for()
    reporter.wait_for_timeout(500)
    expect(reporter.locator(".toast", has_text="Votre signalement n°")).to_have_count(0)
