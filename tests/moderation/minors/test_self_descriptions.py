"""Self-descriptions that need the conversation or the clock: answers to age questions,
other ways of giving one's age, birth years and milestones, and talk about someone else."""

import pytest

from causette.moderation.minors import MinorsGuard, SignalKind

from .conftest import T0, Chat, Clock

YEAR = 365.25 * 24 * 3600


@pytest.fixture
def rules_only() -> Chat:
    return Chat(MinorsGuard(use_model=False))


def fired(chat: Chat, kind: SignalKind, subject: str) -> tuple[str, ...]:
    """Rules of the first `kind` signal about `subject` ((), when none fired)."""
    for signal in chat.signals:
        if signal.kind is kind and signal.subject == subject:
            return signal.rules
    return ()


# -- answers to an age question ----------------------------------------------------------


def test_a_bare_number_answering_an_age_question_is_the_writers_age(rules_only: Chat) -> None:
    rules_only.dm("v", 16, "u", 16, "t'as quel âge en vrai ?")
    rules_only.dm("u", 16, "v", 16, "37")
    assert "a.age_answer" in fired(rules_only, SignalKind.AGE_LIE_MINOR, "u")
    [signal] = [s for s in rules_only.signals if s.kind is SignalKind.AGE_LIE_MINOR]
    assert signal.evidence[-1].excerpt == "37"
    assert "répond à « quel âge »" in signal.explanation


def test_the_same_number_nobody_asked_for_is_no_age(rules_only: Chat) -> None:
    rules_only.dm("v", 16, "u", 16, "il reste combien de places au concert ?")
    rules_only.dm("u", 16, "v", 16, "37")
    assert rules_only.signals == []


def test_an_old_question_no_longer_makes_a_number_an_answer(rules_only: Chat) -> None:
    rules_only.dm("v", 16, "u", 16, "t'as quel âge ?")
    rules_only.clock.tick(3600)
    rules_only.dm("u", 16, "v", 16, "37")
    assert rules_only.signals == []


def test_a_room_answer_to_someone_elses_question_counts_when_the_room_is_known(
    rules_only: Chat,
) -> None:
    rules_only.room("w", 22, "vous avez quel âge ici ?", room="r1")
    rules_only.room("u", 19, "13", room="r1")
    assert "c.age_answer" in fired(rules_only, SignalKind.AGE_LIE_ADULT, "u")


def test_without_the_room_a_bare_child_age_stays_below_the_threshold(rules_only: Chat) -> None:
    rules_only.room("w", 22, "vous avez quel âge ici ?")
    rules_only.room("u", 19, "13")
    assert rules_only.signals == []


# -- other ways of giving one's age -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "j'aurai 14 ans en mars",
        "moi j'en ai 14",
        "j'ai genre 14 ans",
        "bientôt 15 ans",
        "je suis une ado de 14 ans",
        "je fête mes 13 ans samedi",
    ],
)
def test_a_declared_adult_giving_a_child_age_another_way_is_flagged(
    rules_only: Chat, text: str
) -> None:
    rules_only.room("u", 20, text)
    assert fired(rules_only, SignalKind.AGE_LIE_ADULT, "u")


@pytest.mark.parametrize(
    "text",
    [
        "à 45 ans on se refait pas",
        "moi c'est 42",
        "pour mes 40 ans on a fait une fête",
        "j'avais 15 ans en 1998",
        "je suis de la génération 80",
        "j'ai passé la quarantaine",
    ],
)
def test_a_declared_minor_giving_an_adult_age_another_way_is_flagged(
    rules_only: Chat, text: str
) -> None:
    rules_only.room("u", 16, text)
    assert fired(rules_only, SignalKind.AGE_LIE_MINOR, "u")


# -- birth years and milestones, read against the clock ---------------------------------


def test_a_birth_year_is_read_against_the_year_of_now() -> None:
    in_2026 = Chat(MinorsGuard(use_model=False))
    in_2026.room("u", 19, "je suis née en 2012")
    assert fired(in_2026, SignalKind.AGE_LIE_ADULT, "u") == ("c.birth_year",)
    in_2034 = Chat(MinorsGuard(use_model=False), Clock(T0 + 8 * YEAR))
    in_2034.room("u", 19, "je suis née en 2012")  # 22 years old by then
    assert in_2034.signals == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("née en 1976", "a.birth_year"),
        ("j'ai eu mon bac il y a 25 ans", "a.bac_year"),
        ("mon bac en 1998 c'était autre chose", "a.bac_year"),
        ("je vote depuis 20 ans", "a.since_years"),
        ("ça fait 15 ans que je bosse ici", "a.since_years"),
        ("je suis grand-père depuis hier", "a.life_event"),
    ],
)
def test_milestones_of_an_adult_life_give_a_declared_minor_away(
    rules_only: Chat, text: str, rule: str
) -> None:
    rules_only.room("u", 16, text)
    assert rule in fired(rules_only, SignalKind.AGE_LIE_MINOR, "u")


# -- someone else's age -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mon fils a 7 ans",
        "ma fille aura 14 ans en mars",
        "il est né en 2012",
        "ma fille elle est née en 2013",
        "mon petit frère a 13 ans",
    ],
)
def test_an_adult_giving_a_childs_age_is_not_writing_as_a_child(
    rules_only: Chat, text: str
) -> None:
    rules_only.room("u", 41, text)
    assert fired(rules_only, SignalKind.AGE_LIE_ADULT, "u") == ()


@pytest.mark.parametrize(
    "text",
    [
        "mon père a eu son bac en 1998",
        "ma mère est née en 1976",
        "mon oncle vote depuis 30 ans",
    ],
)
def test_a_teen_quoting_a_parents_milestone_is_not_writing_as_an_adult(
    rules_only: Chat, text: str
) -> None:
    rules_only.room("u", 16, text)
    assert rules_only.signals == []
