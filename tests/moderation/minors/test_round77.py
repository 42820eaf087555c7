"""Round 77: batch ca (moving house and settling in a new town), a thirty-second theme's
one-detail age lies. More of the two concepts (`c.minor_only`, `a.adult_only`), each wording
beside a look-alike; paraphrased, not copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("à la rentrée je serai en 4e année avec un nouveau maître", True),
        ("j'ai perdu une dent ce matin en mangeant une pomme", True),
        ("on aura des lits superposés avec ma petite sœur", True),
        ("le mercredi c'est mon caté", True),
        ("je dois rentrer avant que maman rentre du travail", True),
        ("je viens si papa dit oui", True),
        # look-alikes: a student's year, an adult's tooth, a catechist, a grown-up's plans
        ("je serai en 5e année de médecine", False),
        ("je serai en 5e année de médecine à l'école de Lyon", False),
        ("j'ai perdu une dent de sagesse", False),
        ("on a des lits superposés au refuge", False),
        ("j'ai caté avec les enfants le mercredi", False),
        ("je dois rentrer avant que la nuit tombe", False),
        ("si papa veut on fêtera noël chez lui", False),
    ],
)
def test_what_only_a_minor_lives_round_77(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("j'ai accepté un poste à la mairie", True),
        ("ma copine et moi on a acheté une maison", True),
        ("j'ai résilié mon bail hier", True),
        ("mon ancien kot était à Louvain", True),
        # look-alikes: a teen's summer post, the family's purchase, a sibling's student room
        ("j'ai accepté un poste d'animateur pour l'été", False),
        ("mes parents et moi on a choisi la maison", False),
        ("le kot de ma sœur est à Namur", False),
    ],
)
def test_what_only_an_adult_lives_round_77(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted
