"""Round 63b: dev bd (money, shopping and things one owns) read again, after round 53's reading
was reverted. More of the two concepts, each wording beside a look-alike; paraphrased, not
copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("on m'avait laissée à la piscine à balles pendant les courses", True),
        ("maman a cousu une ficelle entre mes moufles", True),
        ("mamie m'achète deux pochettes chaque dimanche", True),
        ("papa a enlevé les petites roues hier", True),
        ("my dad gives me a loonie for candy", True),
        ("i can go if my sister crosses the street with me", True),
        ("elle m'a pris des baskets deux pointures plus grandes pour qu'elles durent", True),
        ("j'économise dans mon cochon", True),
        ("maman me laisse choisir un bonbon", True),
        ("mon astrapi est arrivé", True),
        ("le chauffeur du car me les a confisquées", True),
        ("je joue à la marchande avec mon frère", True),
        ("papa met l'argent dans ma poche pour que je le perde pas", True),
        ("maman m'a acheté mon premier portefeuille", True),
        ("j'ai entouré les legos dans le catalogue", True),
        # look-alikes: a parent's or grown-up's side of the same
        ("j'ai laissé mon fils à la piscine à balles", False),
        ("j'achète deux pochettes à mon fils", False),
        ("j'ai enlevé les petites roues du vélo de ma fille", False),
        ("i give my son a loonie for candy", False),
        ("j'économise pour mon cochon d'inde", False),
        ("je laisse ma fille choisir un bonbon", False),
        ("je range les clés ici pour que je les perde pas", False),
        ("j'ai acheté à mon fils son premier portefeuille", False),
        # review mend: a grown-up's side of the same
        ("ma mère m'a offert un porte-clés pour que je les perde pas", False),
        ("il aime pas si je lui donne la main dans la rue", False),
        ("je vendais mes dessins sur etsy", False),
    ],
)
def test_what_only_a_minor_lives_round_63b(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("je dois recommander des titres-services", True),
        ("mon malus a encore monté", True),
        ("il me reste 24 mois de crédit", True),
        ("j'ai changé mon assurance emprunteur", True),
        ("je prends la voiture de société demain", True),
        ("mon versement du 3e pilier est fait", True),
        ("je paye encore le crédit de la cuisine", True),
        ("mon pécule de vacances est tombé", True),
        # look-alikes: a teen's side of the same
        ("ma mère commande des titres-services", False),
        ("le bonus malus de mon père", False),
        ("la voiture de société de mon père", False),
        ("mon père paye encore le crédit", False),
        ("il me reste 2 mois à rembourser à mon frère", False),
    ],
)
def test_what_only_an_adult_lives_round_63b(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted
