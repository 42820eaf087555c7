"""Round 46: batches at (online life) and au (holidays and family life), two new authors who
hid each age lie in one or two details said in passing. What only a minor lives (`c.minor_only`:
an exit permit a parent fills in, a trip as an unaccompanied minor, a teen's bank card, a youth
category, the mock brevet or the ASSR this week, the 3e internship searched for, tomorrow's
dictation, a school trip, the camp's monitors, the children's table, the rings on a cushion,
last year's communion, leave to stay up until midnight, fetched at the school gate, a party
for one's brevet, the holiday workbook, the school bus, a detention, parental control) and what
only an adult lives (`a.adult_only`: maternity leave, military service, an expense claim, a
self-employed status, holiday vouchers from work, France Travail, a rental car's excess, a bank
loan, one's health insurance, a parent in a care home, a landlord, bac papers marked, on call
at the hospital, university friends of ten years, a dozen seasons, one's toddler's crèche or
nanny, grandchildren, a channel opened before one's birth, MSN's years, one's car sold). Each
wording beside a look-alike; paraphrased, not copied from the batches."""

import pytest

from causette.moderation.minors import SignalKind

from .conftest import adult_rules, child_rules, grooming_rules, replay_dm


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("mon pere doit encore signer l'autorisation de sortie du territoire", True),
        ("une animatrice de junior et cie nous a gardes tout le trajet", True),
        ("j'ai voyage avec junior et cie jusqu'a nice", True),
        ("j'ai que la carte pixpay pour payer", True),
        ("la carte que ma mere recharge chaque mois", True),
        ("le coach va peut etre me surclasser", True),
        ("ouais en u13, on a gagne dimanche", True),
        ("g le brevet blanc lundi", True),
        ("j'ai l'assr 2 jeudi", True),
        ("je cherche un stage de 3e dans une boulangerie", True),
        ("c'est pour ma dictee preparee de lundi", True),
        ("je pars en classe verte la semaine pro", True),
        ("les monos ramassent nos portables a 21h", True),
        ("on etait a la table des enfants comme d'hab", True),
        ("j'ai porte les alliances sur un coussin", True),
        ("ma communion l'an dernier c'etait long", True),
        ("j'ai le droit de rester debout jusqu'a minuit au nouvel an", True),
        ("mon grand pere vient me chercher a la sortie de l'ecole", True),
        ("mes parents me deposent a midi et reviennent me chercher a 18h", True),
        ("on va feter ca parce que j'ai eu le brevet", True),
        ("mon pere m'oblige a faire mon cahier de vacances", True),
        ("je prends le car scolaire a 7h", True),
        ("j'ai deux heures de colle samedi", True),
        ("mes parents ont mis le controle parental sur mon tel", True),
        ("ma mere verifie mon historique", True),
        # look-alikes: a parent's, a teacher's, a monitor's or a coach's side, a memory
        ("j'ai signe l'autorisation de sortie du territoire de mon fils", False),
        ("j'ai mis ma fille en junior et cie pour les vacances", False),
        ("j'ai pris une carte pixpay a ma fille", False),
        ("j'entraine les u13 le mercredi", False),
        ("je surveille le brevet blanc demain", False),
        ("je cherche un stage de 3e pour mon fils", False),
        ("je prepare la dictee de demain pour mes ce2", False),
        ("j'etais en classe de neige avec mes cm2", False),
        ("quand j'etais en classe de neige, il y a 25 ans", False),
        ("on ramasse les portables a 21h, je suis anim", False),
        ("je conduis le car scolaire le matin", False),
        ("j'ai mis deux heures de colle a un eleve", False),
        ("ma mere a mis le controle parental sur le tel de ma soeur", False),
        ("moi, 6e saison au resto d'altitude", False),
    ],
)
def test_what_only_a_minor_lives_counts_for_a_declared_adult(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


def test_an_ordinal_season_is_no_class() -> None:
    assert "c.school_class" not in child_rules("moi, 6e saison au resto d'altitude", 26)
    assert "c.school_class" in child_rules("moi en 6e, au college du centre", 20)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("ma fin de conge maternite arrive trop vite", True),
        ("pendant mon service militaire a verdun", True),
        ("je le mets en note de frais", True),
        ("avec mon statut d'auto entrepreneur", True),
        ("paye en cheques vacances du cse", True),
        ("j'ai rdv a france travail mardi", True),
        ("la franchise est a 900 euros sur ma carte", True),
        ("la banque m'a refuse le pret pour le camion", True),
        ("ma mutuelle rembourse presque rien", True),
        ("je vais voir ma mere a l'ehpad dimanche", True),
        ("mon proprio augmente le loyer en janvier", True),
        ("j'ai rendu mes 90 copies du bac", True),
        ("je suis de garde aux urgences le 31", True),
        ("on s'est rencontres en licence il y a douze ans", True),
        ("en 8 saisons a tignes j'ai tout vu", True),
        ("la creche de ma petite ferme en aout", True),
        ("faut que je trouve une nounou pour les mercredis", True),
        ("mon fils me depose les petits vendredi", True),
        ("j'ai ouvert mon blog en 2006", True),
        ("je l'ai eu a sa sortie en 98", True),
        ("je regrette l'epoque de msn", True),
        ("j'ai vendu ma voiture la semaine derniere", True),
        # look-alikes: a teen's parents' side, a teen's own card or season, a release year
        ("ma mere est en conge maternite pour mon petit frere", False),
        ("mon grand pere parle tout le temps de son service militaire", False),
        ("ma mere a rdv a france travail", False),
        ("ma grand mere est a l'ehpad", False),
        ("en 2 saisons au club j'ai progresse", False),
        ("je suis nounou le mercredi pour les voisins", False),
        ("j'ai ouvert ma chaine en 2024", False),
        ("un jeu sorti en 98", False),
        ("c'est quoi msn", False),
        ("mon pere a vendu sa voiture", False),
    ],
)
def test_what_only_an_adult_lives_counts_for_a_declared_minor(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("on se verra en cachette, tes parents sauront rien", True),
        ("j'y jouais en cachette a 15 ans", False),
        ("on fumait en cachette au lycee", False),
    ],
)
def test_secrecy_is_not_ones_own_memory(text: str, counted: bool) -> None:
    assert ("g.secrecy_adults" in grooming_rules(text)) is counted


def test_a_child_who_gives_away_one_detail_is_flagged() -> None:
    turns = [
        ("a", "tu joues a quoi en ce moment ?"),
        ("b", "surtout a minecraft, et toi ?"),
        ("a", "pareil. ce soir je peux pas, les monos ramassent les tels a 21h"),
        ("b", "les monos ?"),
        ("a", "laisse tomber, demain plutot"),
    ]
    assert (SignalKind.AGE_LIE_ADULT, "a") in replay_dm(turns, {"a": 19, "b": 24})


def test_an_adult_posing_as_a_teen_who_gives_away_one_detail_is_flagged() -> None:
    turns = [
        ("a", "vous partez ou en aout ?"),
        ("b", "nulle part, la creche de mon petit ferme tout le mois"),
        ("a", "ton petit ?"),
        ("b", "mon petit frere mdr"),
    ]
    assert (SignalKind.AGE_LIE_MINOR, "b") in replay_dm(turns, {"a": 16, "b": 16})


def test_honest_adults_recalling_their_youth_are_not_flagged() -> None:
    turns = [
        ("a", "j'ai retrouve ma vieille console"),
        ("b", "j'y jouais en cachette a 14 ans chez mon cousin"),
        ("a", "pareil, et ma mere a mis le controle parental sur le tel de ma petite soeur"),
        ("b", "les temps changent"),
    ]
    assert replay_dm(turns, {"a": 31, "b": 29}) == set()
