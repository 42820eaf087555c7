"""Round 51: batch bb (health, the body and care), a ninth theme's one-detail age lies. More
of the two concepts (`c.minor_only`, `a.adult_only`) from this theme, each wording beside a
look-alike, and a club's licence that is no degree; paraphrased, not copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("la docteure m'a remis un diplome de courage", True),
        ("elle a explique a toute la classe comment me soigner", True),
        ("il la dose selon mon poids, la seringue", True),
        ("maman me la donne avec la pipette", True),
        ("le medecin m'a mis des yoyos dans les oreilles", True),
        ("ma mere doit remplir la fiche sanitaire pour la colo", True),
        ("i fell off the climbing frame yesterday", True),
        ("on y va apres l'ecole avec mamie", True),
        ("j'ai eu un deparasitage a l'ecole", True),
        ("je suis sur la courbe du milieu, normal", True),
        ("papa m'a passe le peigne pendant une heure", True),
        ("elle a mis mon doudou dans le lave linge", True),
        ("dad checks every morning that i took it", True),
        ("c'est papi qui m'a garde toute la semaine", True),
        ("mon pere verifie qu'il est bien attache", True),
        ("mes parents me laissent jeuner jusqu'a 14h", True),
        ("il fallait faire signer le papier par mes parents", True),
        ("l'assistante sanitaire qui a mes medicaments", True),
        ("les clowns sont venus dans ma chambre", True),
        ("aux urgences pediatriques avec maman toute la nuit", True),
        ("l'infirmiere m'a donne un livre de coloriage", True),
        ("avec elle je dessine mes emotions", True),
        ("c'est ma mere qui recoit mes alertes la nuit", True),
        ("la dame regarde mon gouter", True),
        ("mes pieds grandissent trop vite", True),
        ("j'ai reussi a avaler un cachet pour la premiere fois", True),
        ("maman a dormi a cote de mon lit a l'hopital", True),
        ("mon pere m'a porte jusque dans mon lit", True),
        ("mon aesh m'aide en maths", True),
        ("papa me remet de la creme sur le dos", True),
        ("on m'a donne une glace parce que j'ai pleure", True),
        ("my velcro shoes are too small", True),
        # look-alikes: a parent's, a nurse's, a teacher's side of the same
        ("j'ai remis un diplome de courage au petit", False),
        ("j'ai montre a ma classe comment faire un bandage", False),
        ("je regle la dose selon le poids de mon fils", False),
        ("je donne le sirop avec la pipette", False),
        ("le medecin a mis des yoyos a ma fille", False),
        ("je dois remplir la fiche pour la colo de mon fils", False),
        ("my son fell off the climbing frame", False),
        ("je passe le chercher apres l'ecole", False),
        ("je suis sur la voie du milieu", False),
        ("je passe le peigne a mes enfants", False),
        ("mon fils a mis son doudou au congelateur", False),
        ("c'est mamie qui garde les enfants", False),
        ("je verifie qu'il est bien attache dans le siege", False),
        ("je fais signer la feuille par les parents", False),
        ("je suis assistant sanitaire en colo", False),
        ("les clowns sont venus dans la chambre de mon fils", False),
        ("je travaille aux urgences pediatriques", False),
        ("je dessine mes plans", False),
        ("je recois les alertes de mon fils", False),
        ("je suis aesh depuis 3 ans", False),
        ("je mets de la creme a ma fille", False),
        ("my velcro wallet", False),
    ],
)
def test_what_only_a_minor_lives_round_51(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("le medecin m'a mis sous statines pour le cholesterol", True),
        ("my doctor put me on meds for cholesterol", True),
        ("ma machine pour l'apnee fait du bruit", True),
        ("j'ai donne mon sang hier pour la 12e fois", True),
        ("rdv pour ma mammographie demain", True),
        ("je suis diabetique de type 2", True),
        ("trente ans de chantier, mon dos est fini", True),
        # look-alikes: a teen's parents or a teen's own
        ("ma mere prend des cachets pour le cholesterol", False),
        ("mon pere a une machine pour l'apnee", False),
        ("je donnerai mon sang a 18 ans", False),
        ("ma mere a sa mammographie demain", False),
        ("je suis diabetique de type 1", False),
        ("mon pere a trente ans de chantier", False),
        ("le club veut un certificat medical pour ma licence", False),
        ("ma licence de judo est prete", False),
    ],
)
def test_what_only_an_adult_lives_round_51(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted


@pytest.mark.parametrize(
    "text",
    ["le club veut un certificat medical pour ma licence", "ma licence de foot coute 120 euros"],
)
def test_a_clubs_licence_is_no_degree(text: str) -> None:
    assert not adult_rules(text, 16) & {"a.student", "a.aging"}


def test_a_degree_is_still_one() -> None:
    assert "a.student" in adult_rules("je galere avec ma licence de droit", 16)
