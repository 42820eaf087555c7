"""Round 49: batch az (love life, friendship and going out), a seventh theme's one-detail
age lies. More of the two concepts (`c.minor_only`, `a.adult_only`) from this theme, each
wording beside a look-alike; paraphrased, not copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("il me l'a offert a la recre, un bracelet", True),
        ("mon pere reste a cote de nous pendant tout le spectacle", True),
        ("ma mere doit appeler la maman de jade pour demander si je peux dormir chez elle", True),
        ("je prends le meme car scolaire que lui", True),
        ("tu veux sortir avec moi, avec une case oui et une case non", True),
        ("maintenant ils jouent ensemble a toutes les recres", True),
        ("mes parents veulent pas qu'on aille toutes seules au centre commercial", True),
        ("la maitresse nous a separees parce qu'on parlait trop", True),
        ("j'ai fete mon anniversaire au bowling avec toute ma classe", True),
        ("c'est maman qui a fait les cartons pour mes copines", True),
        ("je l'ai paye avec mon argent de poche", True),
        ("mes parents verifient tous mes messages", True),
        ("c'est la condition pour garder mon portable", True),
        ("notre classe danse a la fete de l'ecole", True),
        ("je dors chez papi ce soir, mes parents sortent", True),
        ("mercredi je vais au centre de loisirs", True),
        ("on a eu une pochette surprise chacun", True),
        ("elle est dans l'autre ce2", True),
        ("je dois etre couche avant 20h meme le vendredi", True),
        ("en classe verte on etait dans le meme dortoir", True),
        ("le moniteur nous a punis ce matin", True),
        ("j'ai demande a ma mere si je pouvais avoir une amoureuse", True),
        ("on joue a la cour avec mon amoureuse", True),
        ("on s'est prete nos doudous", True),
        ("j'ai oublie mon rehausseur chez mamie", True),
        ("j'avais le droit de veiller jusqu'a 23h", True),
        # look-alikes: a teacher's, a monitor's, a parent's, a worker's side of the same
        ("un eleve me l'a donne en classe", False),
        ("ma mere est restee a cote de moi a l'hopital", False),
        ("j'ai appele la mere de mon ex pour lui souhaiter son anniversaire", False),
        ("je conduis le bus scolaire le matin", False),
        ("mes eleves jouent au foot a la recre", False),
        ("ma mere veut pas que je rentre a pied la nuit", False),
        ("la maitresse de mon fils nous a convoques", False),
        ("j'ai fete mon anniversaire avec toute ma team du boulot", False),
        ("je donne de l'argent de poche a ma fille", False),
        ("je verifie tous les messages de mon fils", False),
        ("la classe de ma fille chante a la fete de l'ecole", False),
        ("je bosse au centre de loisirs cet ete", False),
        ("je vais au centre de loisirs comme animatrice", False),
        ("on a prepare des pochettes surprises pour les petits", False),
        ("mon fils est dans l'autre cm2", False),
        ("je dois etre couche a 21h je bosse a 5h", False),
        ("j'emmene ma classe en classe verte", False),
        ("le moniteur de ski nous a donne des conseils", False),
        ("mon fils a demande a sa mere s'il pouvait avoir un chien", False),
        ("j'ai rachete un rehausseur pour ma fille", False),
        ("les enfants avaient le droit de veiller jusqu'a minuit", False),
    ],
)
def test_what_only_a_minor_lives_round_49(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("j'ai un seminaire avec mon equipe jeudi", True),
        ("a l'epoque de mon lycee on sortait tous les samedis", True),
        ("je passe mes dimanches a corriger des copies", True),
        ("j'ai encore 30 copies a corriger", True),
        ("on a depose les enfants chez mes beaux parents", True),
        ("on a emmenage ensemble en mars", True),
        ("on etait ensemble au lycee, elle et moi", True),
        ("on se pacse en juin", True),
        ("le banquier attend encore des papiers pour notre pret", True),
        ("je recois mes premiers patients a 8h", True),
        ("je suis au conseil syndical depuis deux ans", True),
        # look-alikes: a teen's parents, teachers or own school life
        ("mon pere a un seminaire avec sa boite", False),
        ("au lycee on a une semaine de revisions", False),
        ("ma prof passe ses soirees a corriger des copies", False),
        ("mes parents ont depose les petits chez mamie", False),
        ("mes parents se sont installes ensemble a 20 ans", False),
        ("on est ensemble au lycee cette annee", False),
        ("mes parents se sont pacses l'an dernier", False),
        ("mon pere attend le banquier pour son pret", False),
        ("le docteur voit ses patients le matin", False),
        ("mon pere est au conseil syndical", False),
    ],
)
def test_what_only_an_adult_lives_round_49(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted
