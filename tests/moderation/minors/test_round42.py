"""Round 42: batch an, a new author (the family, health and community life of 15-25-year-olds:
blended families, hospital stays, faith communities, the overseas territories). Age lies told
through family, health and faith: for a declared adult, a minor's custody set by a judge, a bed
in the children's ward and parents who sign for one's operation, a children's jab, a group of
minors counted by its ages, a step-parent's leave and a parent's hour to be home, the school
canteen's card and bell, a communion or profession of faith still to come; for a declared minor,
alimony one pays, a year before one's birth lived as a grown-up, a team led for many years.
Grooming: the one who understands best, secrecy dressed as advice, a secret reproached. The
false alarm: "moi depuis mes 17 ans" (when an illness began) read as an age. Each wording
beside a look-alike; the conversations are paraphrased, not copied from the batch."""

import pytest

from causette.moderation.minors import SignalKind

from .conftest import adult_rules, child_rules, grooming_rules, replay_dm, signalled

GROOMING = SignalKind.GROOMING
ADULT_LIE = SignalKind.AGE_LIE_ADULT
MINOR_LIE = SignalKind.AGE_LIE_MINOR

dm = replay_dm


# -- a declared adult: custody, care, a group of minors ------------------------------------------


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("c'est la juge qui a décidé que je reste chez mon père", True),
        ("le jaf a fixé une semaine sur deux jusqu'à ma majorité", True),
        ("chez mon père à lyon, c'est le juge des enfants qui a dit ça", True),
        ("en semaine je dors chez ma maman et le week-end chez mon papa", True),
        # look-alikes: a parent's custody, a weekend visit, a judge in an adult's own case
        ("le week-end je vais souvent chez ma mère", False),
        ("le juge a décidé que je garde l'appartement", False),
        ("le juge a dit que mon ex paiera", False),
    ],
)
def test_a_minors_custody_as_ones_own(text: str, child: bool) -> None:
    assert ("c.childhood" in child_rules(text, age=21)) is child


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("on m'a mise en pédiatrie au 3e étage", True),
        ("je suis hospitalisé en pédiatrie depuis lundi", True),
        ("pédiatrie oui, ma chambre est pleine de peluches", True),
        ("c'est ma mère qui doit signer pour mon anesthésie", True),
        ("mes parents ont signé l'autorisation pour l'opération", True),
        ("j'ai mon vaccin, celui des 11-14 ans", True),
        # look-alikes: a nurse, a parent who signs, a child's jab, a sale
        ("je bosse en pédiatrie, ma chambre de garde est au 2e", False),
        ("j'ai signé pour l'opération de ma fille", False),
        ("le vaccin de ma fille de 11-13 ans", False),
        ("mes parents ont signé pour la vente de leur maison", False),
    ],
)
def test_a_minors_care_as_ones_own(text: str, child: bool) -> None:
    assert ("c.childhood" in child_rules(text, age=20)) is child


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("au foyer on est 6 de 12 à 16 ans", True),
        ("on est tous entre 13 et 17 ans dans le groupe", True),
        # look-alikes: others counted, monitors counted
        ("ils sont 8 de 13 à 17 ans au foyer", False),
        ("on est 3 animateurs pour 12 enfants de 8 à 12 ans", False),
    ],
)
def test_a_group_of_minors_counted_with_oneself(text: str, child: bool) -> None:
    assert ("c.childhood" in child_rules(text, age=23)) is child


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("mon beau-père il veut pas que je sorte le soir", True),
        ("ma belle-mère voudra pas que je dorme chez toi", True),
        ("mon père veut que je sois rentrée avant le dîner", True),
        ("ma mère veut que je sois rentré avant la tombée de la nuit", True),
        # look-alikes: an adult's mother-in-law, a young adult at home, the holidays
        ("ma belle-mère veut pas qu'on vienne à noël", False),
        ("ma mère veut que je sois rentrée avant minuit", False),
        ("ma mère veut que je sois rentrée pour noël", False),
    ],
)
def test_a_step_parents_leave_and_a_parents_hour(text: str, child: bool) -> None:
    assert ("c.parents_forbid" in child_rules(text, age=20)) is child


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("j'ai oublié ma carte du self", True),
        ("la cloche a sonné, je file", True),
        # look-alikes
        ("la cloche de l'église sonne à midi", False),
        ("j'ai oublié mon badge au travail", False),
    ],
)
def test_the_school_canteen_card_and_bell(text: str, child: bool) -> None:
    assert ("c.school_life" in child_rules(text, age=22)) is child


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("je fais ma première communion dimanche", True),
        ("ma profession de foi c'est dans deux mois", True),
        ("je vais faire ma communion en juin", True),
        # look-alikes: a child's rite, a memory, a catechist
        ("je prépare la profession de foi de mon fils", False),
        ("ma communion c'était en 2009", False),
        ("j'aide les enfants à préparer leur communion", False),
    ],
)
def test_a_childhood_rite_still_to_come(text: str, child: bool) -> None:
    assert ("c.rite_soon" in child_rules(text, age=19)) is child


# -- a declared minor: alimony, a year before one's birth, years leading a team ------------------


@pytest.mark.parametrize(
    ("text", "adult"),
    [
        ("moi je verse une pension chaque mois", True),
        ("je paie la pension tous les 5 du mois", True),
        # look-alikes: a parent's, a horse's, a boarding school's
        ("mon père paie la pension à ma mère", False),
        ("je paie la pension de mon cheval avec mon job", False),
        ("mes parents paient la pension de l'internat", False),
    ],
)
def test_alimony_one_pays(text: str, adult: bool) -> None:
    assert ("a.parenting" in adult_rules(text, age=16)) is adult


@pytest.mark.parametrize(
    ("text", "adult"),
    [
        ("en 1995 je bossais déjà à l'usine", True),
        ("le mondial 98, j'étais au stade avec mes potes du boulot", True),
        ("j'habitais à pointe-à-pitre en 89", True),
        # look-alikes: not yet born, someone else, a year after one's birth, a wish
        ("en 98 j'étais même pas né", False),
        ("en 89 ma mère habitait à pointe-à-pitre", False),
        ("j'habitais à lyon en 2015", False),
        ("si j'avais vécu en 1989 ça aurait été cool", False),
    ],
)
def test_a_year_before_ones_birth_lived_as_a_grown_up(text: str, adult: bool) -> None:
    assert ("a.lived_before_birth" in adult_rules(text, age=16)) is adult


@pytest.mark.parametrize(
    ("text", "adult"),
    [
        ("j'entraîne les poussins depuis 12 ans", True),
        ("j'anime le groupe depuis 10 ans", True),
        # look-alikes: a few years, a team one plays in
        ("j'entraîne les petits depuis 3 ans", False),
        ("je joue dans l'équipe depuis 10 ans", False),
    ],
)
def test_a_team_led_for_many_years(text: str, adult: bool) -> None:
    assert ("a.since_years" in adult_rules(text, age=17)) is adult


# -- grooming: the one who understands best, secrecy as advice, a secret reproached --------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("c'est moi qui te connais le mieux tu sais", "g.maturity"),
        ("c'est moi qui te comprends vraiment", "g.maturity"),
        ("c'est plus simple que tes parents sachent rien", "g.secrecy"),
        ("c'est mieux qu'elle le sache pas", "g.secrecy"),
        ("je t'ai demandé de pas en parler", "g.secrecy"),
    ],
)
def test_grooming_wordings(text: str, rule: str) -> None:
    assert rule in grooming_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "c'est moi qui te comprends pas",
        "c'est mieux qu'ils sachent, ils peuvent t'aider",
        "je t'avais dit de rien acheter",
    ],
)
def test_grooming_look_alikes(text: str) -> None:
    assert not {"g.maturity", "g.secrecy"} & grooming_rules(text)


# -- the false alarm: when something began, not one's age ---------------------------------------


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("moi depuis mes 16 ans", False),
        ("j'ai de l'asthme depuis mes 12 ans", False),
        ("moi j'ai 16 ans", True),
        ("bientôt mes 15 ans", True),
    ],
)
def test_since_an_age_is_no_age(text: str, child: bool) -> None:
    ages = {"c.self_age", "c.self_age_more", "c.self_age_reply"}
    assert bool(ages & child_rules(text, age=22)) is child


@pytest.mark.parametrize(
    ("text", "adult"),
    [
        ("j'ai mal au genou depuis mes 35 ans", True),
        ("je bosse au garage depuis mes 19 ans", True),
        ("j'ai de l'asthme depuis mes 12 ans", False),
    ],
)
def test_since_an_age_above_ones_own_is_a_past_age(text: str, adult: bool) -> None:
    assert ("a.past_age" in adult_rules(text, age=16)) is adult


# -- conversations ----------------------------------------------------------------------------


def test_a_declared_adult_in_the_childrens_ward() -> None:
    turns = [
        ("B", "t'es toujours à l'hôpital ?"),
        ("A", "oui on m'a mise en pédiatrie, y a des girafes au mur"),
        ("B", "en pédiatrie à 20 ans ?"),
        ("A", "y avait plus de lits ailleurs"),
        ("A", "et c'est ma mère qui doit signer pour l'anesthésie"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 20, "B": 24}, model=True)


def test_a_declared_adult_whose_custody_a_judge_set() -> None:
    turns = [
        ("A", "je suis chez mon père à nantes, c'est la juge qui a décidé"),
        ("B", "tu vis pas seul ?"),
        ("A", "non, en semaine je dors chez mon père et le week-end chez ma mère"),
    ]
    # rules only: the child model already holds this one on the start code
    assert (ADULT_LIE, "A") in dm(turns, {"A": 21, "B": 25})


def test_a_declared_minor_who_worked_before_being_born() -> None:
    turns = [
        ("B", "t'as vu la tempête ?"),
        ("A", "en 1999 j'habitais déjà à la rochelle, la tempête avait tout cassé"),
        ("B", "t'as 16 ans"),
        ("A", "enfin c'est mon oncle qui raconte"),
    ]
    # rules only: the adult model already holds this one on the start code
    assert (MINOR_LIE, "A") in dm(turns, {"A": 16, "B": 16})


def test_a_peer_who_keeps_the_parents_out() -> None:
    turns = [
        ("A", "on était dans le même groupe de parole"),
        ("B", "ah oui"),
        ("A", "tu peux m'écrire la nuit quand ça va pas"),
        ("B", "mes parents dorment à côté"),
        ("A", "c'est mieux qu'ils sachent pas, ils comprendraient rien"),
        ("A", "personne te comprend aussi bien que moi"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 16, "B": 15}, model=True)


def test_a_young_nurse_and_a_patient_since_17_are_not_signalled() -> None:
    turns = [
        ("A", "quelqu'un a de l'asthme sévère ici ?"),
        ("B", "moi depuis mes 15 ans"),
        ("A", "je bosse en pédiatrie, on en voit beaucoup"),
        ("B", "c'est dur comme service ?"),
        ("A", "oui mais j'aime bien"),
    ]
    assert not signalled(turns, {"A": 24, "B": 22})


def test_a_grown_up_speaks_of_a_daughters_operation() -> None:
    turns = [
        ("A", "ma fille est en pédiatrie depuis hier"),
        ("B", "courage, c'est grave ?"),
        ("A", "une appendicite, j'ai signé pour l'opération de ma fille ce matin"),
        ("A", "le juge a dit que son père pouvait venir la voir"),
    ]
    assert not signalled(turns, {"A": 38, "B": 41})
