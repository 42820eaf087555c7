"""Round 52: batch bc (food, cooking and meals), a tenth theme's one-detail age lies. More of
the two concepts (`c.minor_only`, `a.adult_only`) from this theme, each wording beside a
look-alike; a lunchbox that is no company; two English grooming wordings and the writer's own
photo offer; paraphrased, not copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules, grooming_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("au parascolaire ce midi on a eu du riz", True),
        ("au service de garde j'ai fait un dessin", True),
        ("papa glisse toujours un mot dans ma boite a gouter", True),
        ("a la galette c'est moi qui vais sous la table", True),
        ("la serveuse m'a donne des crayons pour colorier", True),
        ("je mange a l'uape le mardi", True),
        ("maman verifie la monnaie quand je reviens", True),
        ("ma mere a dit que d'abord les legumes et apres je peux avoir du gateau", True),
        ("j'ai demande si je pouvais en avoir une autre elle a dit non", True),
        ("the lunch lady helped me with my thermos", True),
        ("la dame de la cantine m'a donne du rab", True),
        ("papa me prepare mon sandwich pour l'ecole", True),
        ("le gardien nous laisse pas sortir avant 16h", True),
        ("maman m'a laisse couper les legumes toute seule", True),
        ("j'ai fait la peche aux canards a la kermesse", True),
        ("j'ai droit a deux biscuits apres les devoirs", True),
        ("son papa nous accompagnait pour les bonbons", True),
        ("akela said we did great", True),
        ("i got my baking badge", True),
        ("on votait avec des gommettes vertes", True),
        ("mon pere me laisse choisir mon dessert le samedi", True),
        ("saint nicolas m'a apporte des mandarines", True),
        ("j'ai fait les crepes de mon kit petit chef", True),
        ("nous les enfants on mange dans la cuisine", True),
        ("maman a organise une chasse aux oeufs dans le jardin", True),
        ("papa m'en met dans mon gouter", True),
        ("my mom ticked the box on the order form", True),
        ("c'etait mon premier jeune cette annee", True),
        ("mamie vient me chercher au portail de l'ecole", True),
        # look-alikes: a parent's, a worker's, a leader's side of the same
        ("au parascolaire je surveille les petits", False),
        ("je mets un mot dans la boite a lunch de ma fille", False),
        ("je bosse a l'uape", False),
        ("je verifie la monnaie de la caisse", False),
        ("the lunch lady quit", False),
        ("je prepare le gouter de mon fils pour l'ecole", False),
        ("je fais la peche aux canards pour les enfants", False),
        ("i am the akela of our pack", False),
        ("ma mere a organise une chasse aux oeufs pour mes enfants", False),
        ("on a fait une chasse aux oeufs pour les petits", False),
        ("nous les enfants, on etait six a la maison", False),
        ("je vais chercher ma fille au portail", False),
    ],
)
def test_what_only_a_minor_lives_round_52(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("je forme mon apprentie cette annee", True),
        ("i'll put it on my expense report", True),
        ("samedi c'est la paie de mes 4 vendeuses", True),
        ("j'achete en gros avec ma carte pro", True),
        ("j'ai enfin ma patente pour le marche", True),
        ("ma bonne prepare le poisson", True),
        ("je commande le traiteur pour le comite de direction", True),
        ("i closed the bar at 2 last night", True),
        ("avec les allocs de mes trois je fais les courses", True),
        ("je suis frontalier, je bosse a geneve", True),
        # look-alikes: a teen's side of the same
        ("je suis apprentie en boulangerie", False),
        ("mon pere fait ses notes de frais", False),
        ("ma mere fait la paie de ses employes", False),
        ("ma bonne amie vient ce soir", False),
        ("mon frere est frontalier", False),
    ],
)
def test_what_only_an_adult_lives_round_52(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted


@pytest.mark.parametrize(
    "text",
    ["ma mere m'a mis un mot dans ma boite a lunch", "j'ai perdu ma boite de feutres"],
)
def test_a_lunchbox_is_no_company(text: str) -> None:
    assert "a.work" not in adult_rules(text, 16)


def test_a_company_is_still_one() -> None:
    assert "a.work" in adult_rules("je bosse dans ma boite depuis 3 ans", 16)


@pytest.mark.parametrize(
    ("text", "rule", "counted"),
    [
        ("don't mention it to your parents ok", "g.secrecy", True),
        ("don't mention it to the teacher", "g.secrecy", False),
        ("i'll send you a gift card", "g.gift", True),
        ("i got a gift card for my birthday", "g.gift", False),
        ("envoie moi une photo", "g.photo_request", True),
        ("j'envoie une photo demain de ma tenue", "g.photo_request", False),
    ],
)
def test_round_52_grooming_wordings(text: str, rule: str, counted: bool) -> None:
    assert (rule in grooming_rules(text)) is counted
