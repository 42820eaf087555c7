"""Round 59: batch bi (money and small jobs), a sixteenth theme's one-detail age lies and an
English grooming that goes through money. More of the two concepts (`c.minor_only`,
`a.adult_only`) and five English grooming wordings, each beside a look-alike; paraphrased, not
copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules, grooming_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("la fée des dents a laissé une pièce sous mon oreiller", True),
        ("j'ai perdu une dent de lait hier", True),
        ("j'ai 2 euros quand je fais mon lit", True),
        ("des cartes qu'on a faites en bricolage", True),
        ("we had a lemonade stand today!!", True),
        ("mom keeps my money in a jar", True),
        ("we learn fractions in grade 5", True),
        ("faut que je vende toutes les barres", True),
        ("je vends des chocolats pour le voyage", True),
        ("j'ai une carte où mes parents mettent 20 euros par mois", True),
        ("maman voit tout ce que j'achète", True),
        ("je dois économiser pour le voyage scolaire en 4e", True),
        ("je reste au service de garde jusqu'à 6h", True),
        ("maman me donne un euro pour la collation", True),
        ("je peux m'acheter des bonbons le mercredi", True),
        ("l'année prochaine en 6H", True),
        ("my sitter picks me up at 3", True),
        ("i read two dog man books", True),
        ("j'ai eu zéro faute à la dictée", True),
        ("la maîtresse nous a mis une gommette", True),
        ("je veux acheter du slime", True),
        ("our grade 5 trip is in june", True),
        ("my dad has to drive me there", True),
        # look-alikes: a parent's, teacher's or grown-up's side of the same
        ("la fée des dents est passée chez mon fils", False),
        ("mon fils a perdu une dent de lait", False),
        ("les cartes que les élèves ont faites en classe", False),
        ("when i was a kid we had a lemonade stand", False),
        ("we did a lemonade stand with the kids", False),
        ("my son learns fractions in grade 5", False),
        ("je paie le voyage scolaire en 4e de ma fille", False),
        ("je vais au service de garde chercher mon fils", False),
        ("en 4e année de médecine", False),
        ("3e année", False),
        ("je pars en 6h de route", False),
        # review mend: a grown-up's side of rounds 59-61's wordings
        ("des cartes qu'on a faites en classe", False),
        ("ma carte où mes parents virent 400 euros par mois", False),
        ("elle voit tout ce que j'achète sur notre compte joint", False),
        ("pour le voyage de 3e on part en Espagne", False),
        ("je suis en 8h demain", False),
        ("i pay our sitter 18 an hour", False),
        ("quand j'étais petite, la maîtresse nous a mis une gommette", False),
        ("j'achète du slime pour ma fille", False),
        ("i have to drive my son there", False),
    ],
)
def test_what_only_a_minor_lives_round_59(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("it's my custody weekend", True),
        ("my ex-wife called my lawyer", True),
        # look-alikes: a teen's side of the same, a teen quoting
        ("my dad's ex-wife called", False),
        ("you literally said my ex-wife", False),
    ],
)
def test_what_only_an_adult_lives_round_59(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted


@pytest.mark.parametrize(
    ("text", "rule", "counted"),
    [
        ("you could come to my place on saturday", "g.meeting", True),
        ("trust me it's better in person", "g.meeting", True),
        ("the party is at my place", "g.meeting", False),
        ("then don't tell her, she won't understand", "g.secrecy", True),
        ("don't tell her i said that lol", "g.secrecy", False),
        ("send me a pic of your id for the account", "g.photo_request", True),
        ("did you bring your id", "g.photo_request", False),
        ("i'll send you 50 to start, no strings", "g.gift", True),
        ("i'll send you 20 for the pizza", "g.gift", False),
        ("do your parents check your bank app?", "g.alone_question", True),
        ("do your parents pay for your phone", "g.alone_question", False),
    ],
)
def test_english_grooming_wordings_round_59(text: str, rule: str, counted: bool) -> None:
    assert (rule in grooming_rules(text)) is counted
