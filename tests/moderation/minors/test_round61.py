"""Round 61: batch bk (food, cooking and meals), an eighteenth theme's one-detail age lies. More
of the two concepts (`c.minor_only`, `a.adult_only`), each wording beside a look-alike;
paraphrased, not copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("papa me coupe la viande", True),
        ("j'aurai un dessert si je finis mes carottes", True),
        ("i had my birthday with my whole class", True),
        ("my dad pours my juice for me", True),
        ("i'm not allowed to use the stove", True),
        ("notre prof de 4e année est gentil", True),
        ("mamie m'emmène à l'école", True),
        ("j'ai eu une image parce que j'ai bien récité", True),
        ("my unicorn lunchbox broke", True),
        ("my mom packs my lunch", True),
        ("nous la maîtresse fait des crêpes", True),
        ("ma titulaire nous a donné un devoir", True),
        ("maman me donne 3 bonbons par jour", True),
        ("our teacher gives us fruit at break", True),
        # look-alikes: a parent's, teacher's or grown-up's side of the same
        ("je coupe la viande de mon fils", False),
        ("il aura un dessert s'il finit ses carottes", False),
        ("my son had his birthday with his whole class", False),
        ("i pour my son's juice", False),
        ("i can't use the stove at work, it's broken", False),
        ("je suis prof de 4e année", False),
        ("j'emmène ma fille à l'école", False),
        ("my kid's unicorn lunchbox broke", False),
        ("i pack my son's lunch", False),
        ("je donne 3 bonbons par jour à mon fils", False),
        ("on a fait des gaufres en classe avec mes élèves", False),
        # review mend: a grown-up's side of the same
        ("on a fait des gaufres en classe", False),
        ("je vais à la classe de 8h", False),
        ("j'ai eu une prime parce que j'ai bien travaillé", False),
        ("our teacher gives us homework every week", False),
        ("la maîtresse de ce2 nous a convoqués pour mon fils", False),
        ("chez nous la maîtresse fait des devoirs le week-end", False),
        ("il m'amène à l'école le matin", False),
        ("i can't use the oven, it's broken", False),
    ],
)
def test_what_only_a_minor_lives_round_61(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("with the mortgage rate going up we eat pasta", True),
        ("cooking for five every night is tiring", True),
        ("my youngest has a gluten allergy", True),
        ("i maxed my rrsp this year", True),
        ("je prépare mon dossier retraite", True),
        ("demain j'ouvre mon resto à 7h", True),
        ("un gâteau pour mon petit-fils", True),
        ("my cardiologist wants me off salt", True),
        # look-alikes: a teen's side of the same
        ("my parents the mortgage rate going up again", False),
        ("my youngest sister has a gluten allergy", False),
        ("mon père prépare son dossier retraite", False),
        ("le resto de mon père ouvre à 7h", False),
    ],
)
def test_what_only_an_adult_lives_round_61(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted
