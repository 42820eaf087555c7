"""Verb slots: `<tuer>` in a lexicon stands for every chat form of the verb."""

from __future__ import annotations

import re

import pytest

from causette.moderation.morphology import expand_pattern, expand_term, forms


def matches(pattern: str, text: str) -> bool:
    return re.fullmatch(expand_pattern(pattern), text) is not None


@pytest.mark.parametrize(
    "text",
    ["tuer", "tue", "tues", "tuee", "tuez", "tuerai", "tuerais", "tuera", "tueront", "tuait"],
)
def test_an_er_verb_gives_its_infinitive_present_future_conditional_and_participles(
    text: str,
) -> None:
    assert matches("<tuer>", text)


@pytest.mark.parametrize("text", ["bute", "butte", "buter", "butter", "butterai"])
def test_the_last_consonant_of_the_stem_may_be_single_or_doubled(text: str) -> None:
    assert matches("je vais te <buter>", f"je vais te {text}")


def test_a_word_that_only_starts_like_the_verb_does_not_match() -> None:
    assert not matches("<tuer>", "tutoie")
    assert not matches("<buter>", "buteur")


def test_soft_g_and_y_stems_and_dre_verbs() -> None:
    assert {"egorgeons", "egorgeait"} <= set(forms("egorger"))
    assert {"paie", "paye", "paierai"} <= set(forms("payer"))
    assert {"descends", "descendu", "descendrai"} <= set(forms("descendre"))


def test_irregular_verbs_take_their_forms_from_the_verbs_table() -> None:
    table = {"prendre": ["prends", "pris", "prennent"]}
    assert {"prends", "pris", "prennent", "prendre"} <= set(forms("prendre", table))
    with pytest.raises(ValueError, match="<boire>"):
        forms("boire")


def test_a_term_with_a_slot_becomes_one_term_per_form() -> None:
    terms = expand_term("je vais <tuer>")
    assert "je vais tuer" in terms and "je vais tue" in terms
    assert len(terms) == len(forms("tuer"))
    assert expand_term("sans verbe") == ["sans verbe"]


def test_look_behinds_are_not_slots() -> None:
    assert expand_pattern(r"(?<!\d)1[0-7] ans") == r"(?<!\d)1[0-7] ans"
