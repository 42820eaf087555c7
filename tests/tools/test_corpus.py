"""The labelled moderation corpus is sound: schema, counts, coverage, held-out split."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

from corpus_stats import (  # noqa: E402
    Case,
    CorpusError,
    check_corpus,
    load_corpus,
    normalise,
    parse_case,
)

from causette.moderation.verdict import CATEGORIES, SEVERE_CATEGORIES  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[Case]]:
    return load_corpus()


def record(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "fr-0001",
        "lang": "fr",
        "text": "coke dispo mp",
        "kind": "message",
        "room_kind": "general",
        "author_age": 30,
        "recipient_age": None,
        "label": "block",
        "category": "drugs",
        "hard_negative": False,
        "note": "vente",
    }
    base.update(overrides)
    return base


# --- the committed corpus ---


def test_every_record_matches_the_schema_and_ids_are_unique(
    corpus: dict[str, list[Case]],
) -> None:
    ids = [c.id for cases in corpus.values() for c in cases]
    assert len(ids) == len(set(ids))
    assert check_corpus(corpus) == []


def test_at_least_600_french_and_150_english_cases(corpus: dict[str, list[Case]]) -> None:
    langs = Counter(c.lang for cases in corpus.values() for c in cases)
    assert langs["fr"] >= 600
    assert langs["en"] >= 150


def test_every_category_has_harmful_cases_in_both_parts_and_languages(
    corpus: dict[str, list[Case]],
) -> None:
    for split, cases in corpus.items():
        for lang in ("fr", "en"):
            present = {c.category for c in cases if c.lang == lang and c.harmful}
            assert present == set(CATEGORIES), (split, lang, set(CATEGORIES) - present)


def test_hard_negatives_at_least_as_many_as_harmful_cases_in_each_part(
    corpus: dict[str, list[Case]],
) -> None:
    for split, cases in corpus.items():
        harmful = sum(c.harmful for c in cases)
        hard = sum(c.hard_negative for c in cases)
        assert hard >= harmful, (split, hard, harmful)


def test_no_text_is_shared_between_dev_and_test_once_normalised(
    corpus: dict[str, list[Case]],
) -> None:
    dev = {normalise(c.text) for c in corpus["dev"]}
    shared = [c.id for c in corpus["test"] if normalise(c.text) in dev]
    assert shared == []


def test_the_fresh_part_shares_no_text_with_dev_or_test(corpus: dict[str, list[Case]]) -> None:
    if "fresh" not in corpus:
        pytest.skip("no fresh part in this checkout")
    earlier = {normalise(c.text) for split in ("dev", "test") for c in corpus[split]}
    assert [c.id for c in corpus["fresh"] if normalise(c.text) in earlier] == []
    assert sum(c.hard_negative for c in corpus["fresh"]) >= sum(c.harmful for c in corpus["fresh"])


def test_the_second_blind_part_shares_no_text_with_any_earlier_part(
    corpus: dict[str, list[Case]],
) -> None:
    if "blind2" not in corpus:
        pytest.skip("no blind2 part in this checkout")
    earlier = {
        normalise(c.text) for split, cases in corpus.items() if split != "blind2" for c in cases
    }
    assert [c.id for c in corpus["blind2"] if normalise(c.text) in earlier] == []
    assert sum(c.hard_negative for c in corpus["blind2"]) >= sum(
        c.harmful for c in corpus["blind2"]
    )


def test_test_part_is_about_45_percent_of_the_corpus(corpus: dict[str, list[Case]]) -> None:
    share = len(corpus["test"]) / (len(corpus["test"]) + len(corpus["dev"]))
    assert 0.40 <= share <= 0.50


def test_severe_categories_are_always_labelled_block(corpus: dict[str, list[Case]]) -> None:
    severe = [c for cases in corpus.values() for c in cases if c.category in SEVERE_CATEGORIES]
    assert severe
    assert {c.label for c in severe} == {"block"}


def test_each_part_has_a_sexual_text_allowed_in_an_adult_room_but_not_in_a_general_one(
    corpus: dict[str, list[Case]],
) -> None:
    # The same words, two contexts: the label depends on the room, not only on the text.
    for split, cases in corpus.items():
        allowed_adult = {c.text for c in cases if c.room_kind == "adult" and c.label == "allow"}
        held_general = {
            c.text
            for c in cases
            if c.room_kind == "general" and c.category == "sexual" and c.harmful
        }
        assert allowed_adult & held_general, split


def test_off_platform_handles_pass_between_adults_and_are_held_where_minors_are(
    corpus: dict[str, list[Case]],
) -> None:
    cases = [c for part in corpus.values() for c in part]
    adults = [
        c
        for c in cases
        if c.kind == "private_message"
        and c.hard_negative
        and (c.author_age or 0) >= 18
        and any(w in c.text.lower() for w in ("snap", "insta", "whatsapp"))
    ]
    # Texts that only warn about handles ("je donne jamais mon snap ici"), or in which a
    # minor reports a request or asks for advice ("un mec m'a demandé mon snap, c normal ?",
    # "ma sœur veut un insta, vous en pensez quoi ?", "mon ex me harcèle sur insta, comment
    # signaler ?") or tells that the app is forbidden ("ma mère m'a interdit Telegram"), or
    # tells others to block whoever asks ("si un adulte vous demande des photos sur insta,
    # bloquez"), or tells what happened there and that the school's CPE was told ("ma pote
    # s'est fait avoir sur insta, on l'a accompagnée voir la CPE"), or tell them to report
    # it ("si un adulte vous demande de passer sur snap ici, signalez direct", "report anyone
    # asking for ur snap"), are not offers.
    handle = re.compile(r"\b(?:snap|insta|whatsapp|telegram)\b")
    warning = re.compile(
        r"\b(?:jamais|pas|never|not|don'?t)\b|m'a demand|asked for my|vous en pensez|is that weird"
        r"|harc[eè]le|signal(?:er|ez)|\breport\b|interdit|bloquez|\bcpe\b"
    )
    minors = [
        c
        for c in cases
        if (c.room_kind == "teen" or (c.recipient_age or 99) < 18)
        and handle.search(c.text.lower())
        and not warning.search(c.text.lower())
    ]
    assert adults
    assert minors
    assert all(c.label != "allow" for c in minors), [c.id for c in minors if c.label == "allow"]


def test_every_adult_to_minor_private_message_is_blocked_in_the_development_data(
    corpus: dict[str, list[Case]],
) -> None:
    """The README: *any* private message from an adult to a 15-17-year-old, however
    harmless, is `block` (`child_safety` unless it carries another harm): the service
    forbids them, and one that reaches the engine has got round the age separation. The
    thirty-eighth sitting found 126 older lines saying `allow` or `review`; the development
    parts only are checked here (the held-out ones are not read for labels)."""
    development = corpus["dev"] + corpus.get("train", [])
    across = [
        c
        for c in development
        if c.kind == "private_message"
        and (c.author_age or 0) >= 18
        and c.recipient_age is not None
        and c.recipient_age < 18
    ]
    assert len(across) > 1000
    assert [c.id for c in across if c.label != "block"] == []
    assert sum(c.category == "child_safety" for c in across) >= 0.99 * len(across)


# --- the checks themselves catch what they claim to catch ---


def test_normalise_folds_case_accents_punctuation_and_width() -> None:
    assert normalise("Coke DISPO !!") == normalise("coke   dispo")
    assert normalise("Déjà vu") == normalise("deja-vu")
    assert normalise("ＣＯＫＥ") == "coke"
    assert normalise("coke") != normalise("cake")
    # Emoji-only texts keep their emojis (a variation selector is not a difference).
    assert normalise("🐉 ?") != normalise("🍃 ?")
    assert normalise("❄️ !") == normalise("❄")


def test_a_sound_record_parses() -> None:
    case = parse_case(record())
    assert case.harmful and not case.severe and case.category == "drugs"


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"category": "child_safety", "label": "review"}, "severe"),
        ({"hard_negative": True}, "hard negative"),
        ({"label": "allow"}, "no category"),
        ({"category": "weapons"}, "category"),
        ({"room_kind": "teen"}, "adult cannot write in a teen room"),
        ({"kind": "private_message", "room_kind": None}, "recipient_age"),
        ({"kind": "pseudonym"}, "has no room_kind"),
        ({"author_age": 12}, "author_age"),
        ({"id": "en-0001"}, "lang"),
        ({"id": "fr-001"}, "4 or 5 digits"),
        ({"id": "fr-100001"}, "4 or 5 digits"),
        ({"note": ""}, "note"),
    ],
)
def test_a_faulty_record_is_rejected_with_its_reason(
    overrides: dict[str, Any], reason: str
) -> None:
    with pytest.raises(CorpusError, match=reason):
        parse_case(record(**overrides))


@pytest.mark.parametrize("cid", ["fr-0001", "fr-9999", "fr-10001", "fr-99999"])
def test_an_id_has_four_or_five_digits(cid: str) -> None:
    assert parse_case(record(id=cid)).id == cid


def test_an_unknown_or_missing_field_is_rejected() -> None:
    extra = record(source="forum")
    with pytest.raises(CorpusError, match="unexpected"):
        parse_case(extra)
    missing = record()
    del missing["note"]
    with pytest.raises(CorpusError, match="missing"):
        parse_case(missing)


def test_check_corpus_reports_a_test_text_repeated_from_dev_with_small_edits(
    corpus: dict[str, list[Case]],
) -> None:
    copied = parse_case(record(id="fr-9999", text="COKE dispo... MP !"))
    dev = [*corpus["dev"], parse_case(record(id="fr-9998"))]
    problems = check_corpus({"dev": dev, "test": [*corpus["test"], copied]})
    assert len(problems) == 1
    assert problems[0].startswith("fr-9999 repeats fr-")
    assert problems[0].endswith("from the dev part")


def test_check_corpus_reports_a_fresh_text_repeated_from_test() -> None:
    dev = [parse_case(record(id="fr-0001", text="coke dispo"))]
    test = [parse_case(record(id="fr-5001", text="beuh dispo"))]
    fresh = [parse_case(record(id="fr-8001", text="Beuh, dispo !"))]
    problems = check_corpus({"dev": dev, "test": test, "fresh": fresh})
    assert "fr-8001 repeats fr-5001 from the test part" in problems


def test_check_corpus_reports_missing_categories_counts_and_hard_negatives() -> None:
    only_drugs = [parse_case(record(id=f"fr-{i:04d}", text=f"coke {i}")) for i in range(1, 4)]
    problems = check_corpus({"dev": only_drugs, "test": []})
    assert "fr: 3 cases, at least 600 needed" in problems
    assert "en: 0 cases, at least 150 needed" in problems
    assert "dev/fr: no harmful case of category hate" in problems
    assert "dev: 0 hard negatives for 3 harmful cases" in problems
    assert any("test part is 0%" in p for p in problems)
