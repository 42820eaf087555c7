"""Round 38: batch ak, a new author (small towns, the countryside and the holidays of the west
of France), read with the four in-sample false alarms the retrained adult model raised. Read
by meaning: the BAFA held, not the BAFA as a plan, a price or a topic ("je passe le bafa l'an
prochain", "c'est combien le bafa ?"); a pupil's internship at an office is not one's own
office ("mon stage au bureau d'études"); an age about to come, given as the whole answer
("bientôt 14", "presque 15 ans"). Each new wording beside a look-alike; the conversations are
paraphrased, not copied from the batch."""

import pytest

from causette.moderation.minors import SignalKind

from .conftest import adult_rules, child_rules, replay_dm, replay_room

MINOR_LIE = SignalKind.AGE_LIE_MINOR
ADULT_LIE = SignalKind.AGE_LIE_ADULT


# -- the BAFA held, not planned ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("je passe le bafa l'an prochain", False),
        ("c'est combien le bafa ?", False),
        ("grave bien le bafa, tu veux être mono ?", False),
        ("je voudrais faire le bafa cet été", False),
        ("j'ai mon bafa depuis deux ans", True),
        ("j'ai passé le bafa en 2019", True),
        ("avec mon bafa je bosse en centre de loisirs", True),
    ],
)
def test_round38_the_bafa_held(text: str, work: bool) -> None:
    assert ("a.work" in adult_rules(text)) is work


def test_teens_planning_the_bafa_are_not_adults() -> None:
    turns = [
        ("A", "vous faites une colo cet été ?"),
        ("B", "oui, une colo voile en vendée"),
        ("C", "moi non, je passe le bafa l'année prochaine à 17 ans"),
        ("A", "ah cool le bafa, tu veux devenir anim ?"),
        ("C", "oui j'ai kiffé mes colos"),
        ("B", "ça coûte combien le bafa ?"),
        ("C", "dans les 900 balles, la caf rembourse une partie"),
        ("A", "moi je pars en montagne, ma mère m'a inscrite avec ma cousine"),
    ]
    signals = replay_room(turns, {"A": 15, "B": 16, "C": 17}, kind="teen")
    assert not any(kind == MINOR_LIE for kind, _ in signals)


# -- a pupil's internship at an office ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("mon stage au bureau d'études est fini", False),
        ("je suis en stage au bureau de mon oncle", False),
        ("mon stage de 3e au bureau de poste", False),
        ("j'ai trop de taf au bureau", True),
        ("au bureau ils sont relous", True),
        ("je rentre du bureau", True),
    ],
)
def test_round38_an_internship_at_an_office(text: str, work: bool) -> None:
    assert ("a.work" in adult_rules(text)) is work


# -- an age about to come, the whole answer ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("bientot 14", True),
        ("bientôt 13 ans", True),
        ("presque 15 et toi", True),
        ("presque 15h", False),
        ("bientôt 14 juillet", False),
        ("presque 15 euros", False),
        ("bientôt 16 heures de route", False),
    ],
)
def test_round38_an_age_about_to_come(text: str, child: bool) -> None:
    ages = {"c.self_age_bare", "c.age_answer", "c.self_age_more"}
    assert bool(child_rules(text) & ages) is child


def test_a_declared_adult_who_will_soon_be_fourteen() -> None:
    turns = [
        ("B", "tu fais un job cet été ?"),
        ("A", "non le camping prend qu'à partir de 16 ans"),
        ("B", "mais t'as 18 ans non ?"),
        ("A", "euh"),
        ("B", "t'as quel âge pour de vrai ?"),
        ("A", "presque 14"),
    ]
    assert (ADULT_LIE, "A") in replay_dm(turns, {"A": 18, "B": 18})


# -- the lost positives of the retrained adult model: shifts, overtime, retirement -------------


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("encore 3h sup ce soir", True),
        ("j'ai fait des h supp toute la semaine", True),
        ("on est en 2x8 ce mois-ci", True),
        ("2h sup de maths demain", False),
        ("il a marqué 2x8 points", False),
        ("mon père fait des heures sup de soutien", False),
    ],
)
def test_round38_shifts_and_overtime(text: str, work: bool) -> None:
    assert ("a.work" in adult_rules(text)) is work


@pytest.mark.parametrize(
    ("text", "retired"),
    [
        ("bon je pars bientôt à la retraite de toute façon", True),
        ("je pars en retraite l'an prochain", True),
        ("je prends enfin ma retraite", True),
        ("mon papi part bientôt à la retraite", False),
        ("ma prof part à la retraite en juin", False),
        ("quand je partirai à la retraite j'aurai une maison", False),
    ],
)
def test_round38_retirement_near(text: str, retired: bool) -> None:
    assert ("a.life_event" in adult_rules(text)) is retired


def test_a_declared_teen_on_overtime_in_shifts() -> None:
    turns = [
        ("A", "encore 2h sup ce soir j'en peux plus"),
        ("B", "t'as un job ?"),
        ("A", "ouais à l'usine, en 2x8"),
        ("A", "le chef veut qu'on boucle la commande"),
    ]
    assert (MINOR_LIE, "A") in replay_dm(turns, {"A": 15, "B": 15})
