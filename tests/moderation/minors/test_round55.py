"""Round 55: batch bf (home life), a thirteenth theme's one-detail age lies. More of the two
concepts (`c.minor_only`, `a.adult_only`) from this theme, each wording beside a look-alike, and
a teen who helps with a newborn sibling's bottle; paraphrased, not copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules, signalled


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("im in grade 4 now", True),
        ("i finished third grade", True),
        ("my grade 2 teacher is nice", True),
        ("my teacher in grade 5 said so", True),
        ("grandma puts me to bed early", True),
        ("i'm not allowed to use the oven", True),
        ("i lost my two front teeth", True),
        ("mom says i get a phone in middle school", True),
        ("i got to stay up till 9 tonight", True),
        ("i did my reading chart", True),
        ("à dix gommettes papa m'emmène au parc", True),
        ("on a fait des masques à la garderie", True),
        ("j'ai mon rehausseur dans la voiture", True),
        ("my dad reads us a chapter at bedtime", True),
        ("j'avais le droit de lécher la cuillère", True),
        ("maman fait mon goûter pour l'école", True),
        ("papa dit que je suis grande maintenant", True),
        ("j'ai pas le droit de toucher le four", True),
        ("je l'apporte à la maîtresse demain", True),
        ("il y a des monstres sous mon lit", True),
        # look-alikes: a parent's or teacher's side of the same, an adult's own
        ("my son is in grade 4", False),
        ("i teach grade 4", False),
        ("my grade 3 class was wild today", False),
        ("i put my son to bed early", False),
        ("we're not allowed to use the oven at work", False),
        ("my daughter lost her two front teeth", False),
        ("she'll get a phone in middle school", False),
        ("i stayed up till 3 gaming", False),
        ("i made my kids a chore chart", False),
        ("j'ai fait un gâteau pour la garderie de mon fils", False),
        ("le rehausseur de ma fille est dans ma voiture", False),
        ("i read my kids a chapter at bedtime", False),
        ("je fais le goûter de mon fils pour l'école", False),
        ("j'apporte un cadeau à la maîtresse de ma fille", False),
        ("ma fille a peur des monstres sous son lit", False),
    ],
)
def test_what_only_a_minor_lives_round_55(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("le renouvellement de mon hypothèque arrive", True),
        ("my tenants called again", True),
        ("my teenage son won't clean his room", True),
        # look-alikes: a teen's side of the same
        ("l'hypothèque de mes parents", False),
        ("my mum's tenants called", False),
        ("my teenage brother won't clean his room", False),
    ],
)
def test_what_only_an_adult_lives_round_55(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted


def test_a_teen_who_gives_her_newborn_sister_a_bottle_to_help_is_no_parent() -> None:
    turns = [
        ("A", "ma mère a accouché, j'ai une petite sœur"),
        ("B", "félicitations !!"),
        ("A", "mais je suis crevée, j'ai donné le biberon à 4h pour aider"),
        ("B", "t'es une super grande sœur"),
    ]
    assert not signalled(turns, {"A": 16, "B": 16})
    assert "a.parenting" in adult_rules("j'ai donné le biberon à 4h", 16)
