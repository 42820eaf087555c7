"""Round 44: batch ar's long honest sessions read one by one (twenty-seventh sitting). A
declared adult's school or childhood words that are someone else's: several children of
one's own ("mes deux enfants prenaient le car pour le collège"), a sister or brother one takes
to school, a household's teen ("pareil chez moi, 15 ans"); a group of children in one's care
named by its ages ("j'avais les 6-8 ans"); the school years told as over ("pendant tout le
collège"). Each wording beside a look-alike the child's own; paraphrased, not copied from the
batch."""

import pytest

from causette.moderation.minors import SignalKind

from .conftest import child_rules, replay_room


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("mes deux enfants prenaient le car pour le college", False),
        ("mes 3 enfants mangent a la cantine le mardi", False),
        ("le bus scolaire de mes deux filles passe a 7h", False),
        ("c'est moi qui emmene ma soeur au college le matin", False),
        ("je depose mon frere a l'ecole puis je file au taf", False),
        # look-alikes: the writer's own school
        ("je prends le car pour le college", True),
        ("moi et mes deux potes on mange a la cantine", True),
        ("ma soeur et moi on est au college", True),
    ],
)
def test_someone_elses_school_is_not_the_writers(text: str, counted: bool) -> None:
    assert bool(child_rules(text, 40) & {"c.school_life", "c.school_mine"}) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("pareil chez moi, 15 ans et plus un mot a table", False),
        ("chez moi 14 ans et deja accro au tel", False),
        ("moi 15 ans", True),
        ("perso 14 ans et je m'ennuie", True),
    ],
)
def test_a_households_teen_is_not_the_writers_age(text: str, counted: bool) -> None:
    assert bool(child_rules(text, 41) & {"c.self_age", "c.self_age_more"}) is counted


def test_a_group_in_ones_care_named_by_its_ages_is_a_job() -> None:
    assert "c.childhood" not in child_rules(
        "centre de loisirs, j'avais les 6-8 ans toute la journee", 21
    )
    assert "c.childhood" in child_rules("demain centre de loisirs toute la journee", 21)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("j'ai porte son survet pendant tout le college", False),
        ("on a eu le meme prof pendant tout le lycee", False),
        ("je suis au college", True),
    ],
)
def test_the_school_years_told_as_over_are_a_memory(text: str, counted: bool) -> None:
    assert bool(child_rules(text, 22) & {"c.school_life", "c.school_mine"}) is counted


def test_an_evening_of_a_parent_speaking_of_their_childrens_school_is_not_flagged() -> None:
    turns = [
        ("a", "mes deux enfants prenaient le car pour le college, je sais ce que ca donne"),
        ("b", "ah oui le car le matin c'est sport"),
        ("a", "c'est moi qui emmene ma soeur au college le matin maintenant"),
        ("b", "t'es une sainte"),
        ("a", "pareil chez moi, 15 ans et plus un mot a table"),
    ]
    assert replay_room(turns, {"a": 45, "b": 40}, kind="general") == set()


def test_a_child_saying_the_same_of_themself_is_still_flagged() -> None:
    turns = [
        ("a", "je prends le car pour le college a 7h"),
        ("b", "ah ouais"),
        ("a", "moi 14 ans"),
    ]
    assert (SignalKind.AGE_LIE_ADULT, "a") in replay_room(turns, {"a": 19, "b": 30}, kind="general")
