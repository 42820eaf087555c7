"""Round 47: batches av (health, daily routines), aw (money, home) and ax (work, studies),
three new authors who hid each age lie in one or two details. Round 46's two concepts named 5
of their 216 liars: the lists held two themes' things. These are more of the same concepts
from three other themes (`c.minor_only`, `a.adult_only`), each wording beside a look-alike;
paraphrased, not copied from the batches."""

import pytest

from causette.moderation.minors import SignalKind

from .conftest import adult_rules, child_rules, replay_dm


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("mon pere me donne 3 euros quand je sors le chien", True),
        ("mamie me donne 2€ par bonne note", True),
        ("si j'ai la moyenne on part au ski", True),
        ("une semaine chez mon pere une semaine chez ma mere", True),
        ("on la ramene chacun notre tour le week end", True),
        ("moi ma carte kard", True),
        ("j'ai droit qu'a 1h d'ecran le soir", True),
        ("le formulaire doit etre signe par mes parents", True),
        ("le papa de ma copine nous amene au cine", True),
        ("mes parents veulent pas de piercing avant le brevet", True),
        ("ma mere veut pas payer le permis avant le bac", False),
        ("j'ai joue en u15 a nantes", False),
        ("faut que je range sinon pas de console", True),
        ("je joue en u15 depuis septembre", True),
        ("mon correspondant allemand arrive lundi", True),
        ("le bus scolaire est parti sans moi", True),
        ("ils m'ont offert un ordi pour mon entree au lycee", True),
        ("ma mere coupe le wifi a 22h", True),
        ("mes parents m'ont inscrite a un centre aere", True),
        ("faut que mon pere enleve le controle parental", True),
        ("le controle parental de ma tablette", True),
        ("ma dent de lait est tombee hier", True),
        ("il faut l'autorisation de mes parents pour la salle", True),
        ("l'infirmiere a appele ma mere", True),
        ("mon pediatre est trop gentil", True),
        ("je suis sur la carte vitale de mon pere", True),
        ("ma mere m'a confisque mon portable", True),
        ("ma mere m'a pris mon tel pour appeler mamie", False),
        ("la nounou vient me chercher a 16h30", True),
        ("j'economise mes etrennes", True),
        ("j'ai le droit d'aller au parc toute seule", True),
        ("quand je serai majeur je me ferai un tatouage", True),
        ("la prof m'a change de place", True),
        ("l'infirmiere garde mon pai", True),
        ("c'est ma grande soeur qui me garde ce soir", True),
        ("on doit reciter une poesie devant la classe", True),
        # look-alikes: a parent's, a teacher's or a grown-up's side of the same things
        ("je donne 3 euros a mon fils quand il sort le chien", False),
        ("si j'ai la prime on part au ski", False),
        ("j'ai pris une carte kard pour ma fille", False),
        ("j'ai une carte pixpay pour ma fille", False),
        ("controle parental sur la switch du grand", False),
        ("j'ai encore une dent de sagesse", False),
        ("le pediatre de ma fille est en vacances", False),
        ("je suis nounou, je vais chercher les petits a 16h30", False),
        ("quand j'etais mineure je voulais un tatouage", False),
        ("j'ai change mes eleves de place", False),
        ("je garde ma petite soeur ce soir", False),
    ],
)
def test_what_only_a_minor_lives_round_47(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("ma mutuelle d'entreprise prend tout", True),
        ("je commence a avoir des cheveux blancs", True),
        ("je paie avec mes tickets resto", True),
        ("j'ai fait le rappel des 25 ans", True),
        ("l'opticien veut des verres progressifs", True),
        ("mon cholesterol est trop haut", True),
        ("j'ai pose un rtt vendredi", True),
        ("quinze ans de chantier ca use", True),
        ("depuis ma grossesse j'ai mal au dos", True),
        ("ma clientele me prend tout mon temps", True),
        ("le cse rembourse la moitie", True),
        ("je suis en teletravail le lundi", True),
        ("ma voiture de fonction est au garage", True),
        ("j'ai fait deux implants", True),
        ("je suis de nuit aux urgences", True),
        ("le budget courses pour quatre c'est enorme", True),
        ("reunion parents profs pour mon fils ce soir", True),
        ("des cachets pour la tension", True),
        ("ma ligne pro sonne tout le temps", True),
        ("le doudou de ma fille a disparu", True),
        ("je revends ma poussette", True),
        ("mon conjoint cuisine ce soir", True),
        ("en cesu c'est plus simple", True),
        ("on vient de signer le compromis", True),
        ("on a renouvele le bail", True),
        ("depuis que je suis rentree a la fac il y a 10 ans", True),
        ("j'ai fini ma declaration d'impots", True),
        ("le controle technique de ma clio", True),
        ("mon cpf paie la formation", True),
        # look-alikes: a teen's parents' side, a teen's own job or future
        ("ma mere est en teletravail", False),
        ("mon pere a une voiture de fonction", False),
        ("je suis apprenti chez un menuisier", False),
        ("mon pere fait sa declaration d'impots", False),
        ("la reunion parents profs c'est ce soir, j'ai peur", False),
        ("le doudou de mon petit frere", False),
        ("ma mere a des cheques vacances", False),
    ],
)
def test_what_only_an_adult_lives_round_47(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted


def test_a_child_whose_only_slip_is_a_paediatrician_is_flagged() -> None:
    turns = [
        ("a", "mon medecin part a la retraite, galere"),
        ("b", "moi mon pediatre me suit depuis toujours"),
        ("a", "ah ok"),
    ]
    assert (SignalKind.AGE_LIE_ADULT, "b") in replay_dm(turns, {"a": 29, "b": 19})


def test_an_adult_whose_only_slip_is_an_rtt_day_is_flagged() -> None:
    turns = [
        ("a", "t'etais ou hier ?"),
        ("b", "dentiste, j'ai pose un rtt expres"),
        ("a", "un quoi ?"),
        ("b", "un jour off"),
    ]
    assert (SignalKind.AGE_LIE_MINOR, "b") in replay_dm(turns, {"a": 16, "b": 16})
