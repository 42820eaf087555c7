"""Round 69: batch bs (sleep, daily routines, weather and the seasons), a twenty-fourth theme's
one-detail age lies. More of the two concepts (`c.minor_only`, `a.adult_only`), each wording
beside a look-alike; paraphrased, not copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("demain on a compo de maths", True),
        ("j'ai encore compo vendredi", True),
        ("le prof de techno nous a donné un dossier", True),
        ("je rentre vite sinon elle va voir que je suis sortie", True),
        ("après manger c'est la sieste avec maman", True),
        ("mes parents ont dit extinction des feux à 21h", True),
        # look-alikes: a teacher's, a parent's or a grown-up's side of the same
        ("j'ai les compos à corriger ce week-end", False),
        ("la prof de svt de ma fille nous a convoqués", False),
        ("je suis sortie avant qu'elle rentre", False),
        ("on fait la sieste avec les enfants", False),
        ("extinction des feux pour moi ce soir, je suis crevée", False),
    ],
)
def test_what_only_a_minor_lives_round_69(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("l'hiver 87 il avait neigé un mètre, je m'en souviens", True),
        ("à mon âge on récupère moins vite", True),
        ("je dois poser un congé pour le mariage", True),
        # look-alikes: a teen's side of the same
        ("l'hiver 2018 je m'en souviens, j'étais petit", False),
        ("ma mère doit poser un congé pour venir", False),
        ("à mon âge on a le droit de sortir", False),
    ],
)
def test_what_only_an_adult_lives_round_69(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("je couche les petits à 20h", True),
        ("je couche mes petits et j'arrive", True),
        # step AA: a teen minding siblings
        ("je couche mes petits frères à 20h", False),
        ("c'est moi qui couche mes petites sœurs", False),
    ],
)
def test_putting_siblings_to_bed_is_no_parenting(text: str, counted: bool) -> None:
    assert ("a.parenting" in adult_rules(text, 16)) is counted
