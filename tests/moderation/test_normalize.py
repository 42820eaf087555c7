"""Tier 0 normalisation: every evasion listed in issue 4 is undone, numbers survive."""

from __future__ import annotations

import pytest

from causette.moderation.normalize import fold, normalize

BOOK = {"❄": "cocaine", "🍃": "cannabis", "🔌": "plug"}


def test_original_is_kept_for_evidence() -> None:
    raw = "C0KE dispo ❄️"
    assert normalize(raw, BOOK).original == raw


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("ÉCOLE", "ecole"),  # case and accents
        ("ｃｏｋｅ", "coke"),  # fullwidth (NFKC)
        ("𝐜𝐨𝐤𝐞", "coke"),  # mathematical bold (NFKC)
        ("сокe", "coke"),  # Cyrillic look-alikes
        ("ﬁlle", "fille"),  # ligature
    ],
)
def test_fold_maps_unicode_tricks_to_plain_ascii(raw: str, folded: str) -> None:
    assert fold(raw) == folded


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("c0ke", "coke"),
        ("s@l0pe", "salope"),
        ("5alope", "salope"),
        ("b3uh", "beuh"),
        ("j3 v4is t3 d3f0nc3r", "je vais te defoncer"),
        ("c0c41ne", "cocaine"),
    ],
)
def test_leetspeak_is_undone_inside_words(raw: str, text: str) -> None:
    assert normalize(raw).text == text


@pytest.mark.parametrize(
    "raw", ["j'ai 15ans", "en 5eme", "20€ le g", "3mmc", "@julie_75", "06 39 98 12 45"]
)
def test_numbers_ages_and_handles_are_not_read_as_leet(raw: str) -> None:
    norm = normalize(raw)
    digits = [ch for ch in raw if ch.isdigit()]
    assert [ch for ch in norm.text if ch.isdigit()] == digits


def test_stretched_letters_collapse() -> None:
    assert normalize("weeeeed de ouuuuf").text == "wed de ouf"
    assert normalize("cool").text == "cool"  # a double letter is a spelling, not a stretch


@pytest.mark.parametrize("raw", ["c o k e", "c.o.k.e", "c-o-k-e", "c . o . k . e", "c*o*k*e"])
def test_letters_split_by_spaces_or_punctuation_are_rejoined(raw: str) -> None:
    assert normalize(raw).text == "coke"


def test_runs_of_french_one_letter_words_are_not_rejoined() -> None:
    assert normalize("il y a à manger").text == "il y a a manger"


def test_apostrophes_become_spaces() -> None:
    assert normalize("t'es où").text == "t es ou"


def test_emoji_codes_become_tokens_and_are_listed() -> None:
    norm = normalize("dispo ❄️ et 🍃 livraison", BOOK)
    assert norm.emoji_codes == ("cocaine", "cannabis")
    assert "zzcocaine" in norm.text and "zzcannabis" in norm.text
    assert "❄" not in norm.plain
    assert not norm.emoji_only


@pytest.mark.parametrize("raw", ["❄️", "❄️🍃", "🔌 ?", " 🍃🍃 "])
def test_emoji_only_texts_are_marked(raw: str) -> None:
    assert normalize(raw, BOOK).emoji_only


def test_unknown_emoji_are_dropped_and_do_not_count_as_codes() -> None:
    norm = normalize("trop bien 😂", BOOK)
    assert norm.emoji_codes == ()
    assert norm.text == "trop bien"
    assert not normalize("😂", BOOK).emoji_only


def test_french_text_folds_by_table_as_by_normalisation() -> None:
    """French chat (accents, typographic quotes, ellipsis, euro) folds by one character
    table; the answer is the one the two Unicode normalisations give, for every pair of
    the table's characters (composition is the only step that reads two at once)."""
    from causette.moderation import normalize as tier0

    codes = tier0._FAST_CODES
    assert {ord(c) for c in "àâçéèêëîïôùûüÿœæÀÉÇ’‘“”«»…–—€°"} <= set(codes)
    mismatches = [
        (chr(a), chr(b))
        for a in codes
        if a > 0x7F
        for b in codes
        if tier0._fold(chr(a) + chr(b)) != tier0._fold_any(chr(a) + chr(b))
        or tier0._fold(chr(b) + chr(a)) != tier0._fold_any(chr(b) + chr(a))
    ]
    assert mismatches == []
    assert (
        fold("Ça va ? J’ai vu l’expo… c’était génial") == "ca va ? j’ai vu l’expo... c’etait genial"
    )


@pytest.mark.parametrize(
    "raw",
    [
        "e\u0301cole",  # a combining mark after a table character: composed first
        "ÉCOLE 𝐜𝐨𝐤𝐞",  # a character outside the table: the whole text normalised
        "\u1100\u1161 à",  # Hangul jamo compose with each other
        "µ à",  # micro sign: its decomposition is Greek
    ],
)
def test_text_outside_the_table_takes_the_normalisations(raw: str) -> None:
    from causette.moderation import normalize as tier0

    assert tier0._fold(raw) == tier0._fold_any(raw)
    assert tier0._NOT_FAST.search(raw) is not None
