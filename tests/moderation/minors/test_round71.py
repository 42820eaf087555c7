"""Round 71: batch bu (friendship and feelings), a twenty-sixth theme's one-detail age lies.
More of the two concepts (`c.minor_only`, `a.adult_only`), each wording beside a look-alike;
paraphrased, not copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("ma mère veut pas de garçons à ma soirée", True),
        ("quand on se dispute le prof nous sépare", True),
        ("je lui ai donné un bout de mon goûter", True),
        ("bon je file, demain j'ai contrôle", True),
        ("mon titulaire nous a changés de place", True),
        ("on se voit en perm à 10h", True),
        ("on a piscine avec l'école le lundi", True),
        ("mon père m'a dit que je peux les inviter samedi", True),
        # look-alikes: a parent's, a teacher's or a grown-up's side of the same
        ("ma fille veut pas de garçons à sa soirée", False),
        ("quand on se dispute avec mon mari on se tait", False),
        ("j'ai mangé le goûter de mon fils", False),
        ("demain j'ai le contrôle technique", False),
        # a test said with its subject is round 22's weak cue, not this concept
        ("demain j'ai un contrôle de maths", False),
        ("le titulaire du compte doit signer", False),
        ("je suis en perm ce week-end, soldat", False),
        ("mes élèves ont piscine avec l'école", False),
        ("mon père m'a dit que je devais l'inviter", False),
    ],
)
def test_what_only_a_minor_lives_round_71(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("je me souviens de msn et des wizz", True),
        ("mon prof à la fac disait ça", True),
        ("j'ai pris mon après-midi pour venir", True),
        ("depuis que j'ai mon propre appart je reçois", True),
        # look-alikes: a teen's side of the same
        ("mon père se souvient de msn", False),
        ("le prof de ma sœur à la fac", False),
        ("j'ai pris mon goûter", False),
        ("je veux mon propre appart plus tard", False),
    ],
)
def test_what_only_an_adult_lives_round_71(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted
