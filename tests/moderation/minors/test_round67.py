"""Round 67: batch bq (news, civic life and society), a twenty-second theme's one-detail age
lies. More of the two concepts (`c.minor_only`, `a.adult_only`), each wording beside a
look-alike; paraphrased, not copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("mon père me laisse mettre le bulletin dans l'urne", True),
        ("je suis déléguée de classe cette année", True),
        ("maman m'a donné 5 euros pour la sortie scolaire", True),
        ("c'est mon père qui m'a conduit à l'école", True),
        ("l'institutrice nous a dit de rentrer", True),
        ("ma mère doit venir avec moi pour signer", True),
        ("mon enseignante de français nous donne un projet", True),
        ("mon père a pris une journée pour me garder", True),
        ("je suis en 10H", True),
        ("j'ai raté l'école lundi", True),
        ("une console en cadeau pour mes notes", True),
        ("je rentre du daara à midi", True),
        ("j'ai le brevet l'an prochain", True),
        ("ils ont touché l'allocation de rentrée pour moi", True),
        ("je veux un cartable rose", True),
        # look-alikes: a parent's, teacher's or grown-up's side of the same
        ("je laisse ma fille mettre le bulletin dans l'urne", False),
        ("je suis délégué du personnel", False),
        ("j'ai donné 5 euros à mon fils pour la sortie scolaire", False),
        ("j'ai conduit ma fille à l'école", False),
        ("ma mère m'a conduite à l'école de danse", False),
        ("l'institutrice de mon fils est partie", False),
        ("ma mère doit venir avec moi chez le notaire", False),
        ("l'enseignante de ma fille nous envoie des mots", False),
        ("j'ai pris une journée pour garder mon fils", False),
        ("je suis en 9h-17h cette semaine", False),
        ("je suis en 9h demain", False),
        ("j'ai raté l'école de commerce", False),
        ("un cadeau pour les notes de mon fils", False),
        ("mon fils va au daara", False),
        ("mon fils a le brevet l'an prochain", False),
        ("j'ai reçu l'allocation de rentrée pour mes enfants", False),
        ("mon cartable de prof pèse une tonne", False),
    ],
)
def test_what_only_a_minor_lives_round_67(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("ma copine et moi on cherche un appart à Lyon", True),
        ("mes vignes ont souffert du gel", True),
        ("j'ai renvoyé mes saisonniers plus tôt", True),
        # look-alikes: a teen's side of the same
        ("mon frère et sa copine cherchent un appart", False),
        ("les vignes de mon père ont souffert du gel", False),
        ("les saisonniers de mon oncle sont partis", False),
    ],
)
def test_what_only_an_adult_lives_round_67(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted
