"""Round 48: batch ay (leisure, culture, travel, friendship and celebrations), a sixth
theme's one-detail age lies. Rounds 46 and 47's lists named 5 of its 72 liars. More of the
same two concepts (`c.minor_only`, `a.adult_only`) from this theme, each wording beside a
look-alike; paraphrased, not copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("j'avais pas la taille pour le grand toboggan", True),
        ("je fais pas encore 1m30 pour le manege", True),
        ("mon pere doit signer la feuille pour que je puisse partir", True),
        ("j'ai eu ma troisieme etoile cet hiver", True),
        ("je mets tout mon argent de poche dans les cartes", True),
        ("j'ai eu 50 euros de tous mes oncles", True),
        ("on va chercher des bonbons dans la rue avec maman", True),
        ("on a donne les cartes aux parents de mes copines", True),
        ("j'ai porte les alliances sur le petit coussin", True),
        ("ma mere m'a mise au lit a minuit", True),
        ("on le lit en ce moment avec la maitresse", True),
        ("ma mere attend sur les gradins pendant le cours", True),
        ("demain j'ai mon test pour le grand bassin", True),
        ("la maman de jules nous a recuperes apres le ciné", True),
        ("pour ma bar mitsva mes parents louent une salle", True),
        ("je dois apprendre ma paracha", True),
        ("j'y suis allee avec l'ecole en mai", True),
        ("la maman de ma copine accompagnait", True),
        ("moi pour le carnaval de l'ecole je suis en chevalier", True),
        ("a la kermesse je tiens la buvette avec mon pere", True),
        ("maman l'a envoyee a toutes mes tantes", True),
        ("j'avais le billet tarif enfant", True),
        ("sinon mon pere confisque la switch", True),
        ("je fais le stage de tennis de la mairie", True),
        ("c'est ma nounou qui m'emmene au parc", True),
        ("elle me paye deux tours de manege", True),
        ("c'est la boum de fin d'annee vendredi", True),
        ("le papa d'un copain fait les crepes", True),
        ("je vais au centre aere en aout", True),
        ("j'ai pas le droit de regarder youtube tout seul", True),
        ("c'est le portable de maman", True),
        # look-alikes: a parent's, a teacher's, a worker's or a memory's side of the same
        ("mon fils avait pas la taille pour le grand huit", False),
        ("ma fille a eu sa deuxieme etoile", False),
        ("je donne de l'argent de poche a mon fils", False),
        ("on a donne les invitations aux parents de mes eleves", False),
        ("j'ai pris un billet tarif enfant pour ma fille", False),
        ("le papa d'un copain de mon fils fait les crepes", False),
        ("je vais au centre aere comme animatrice", False),
        ("j'ai pas le droit de regarder youtube au boulot", False),
        ("ma mere doit signer le papier chez le notaire", False),
        ("je confisque la switch de mon fils", False),
        ("quand j'etais petit j'avais pas la taille pour les manèges", False),
        ("j'ai pas la taille pour ce jean", False),
        ("la mere de mon copain nous accompagnait au ski", False),
        ("la mere de julie m'a depose a la gare", False),
    ],
)
def test_what_only_a_minor_lives_round_48(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("j'ai pose une semaine de conges pour le festival", True),
        ("je suis a bordeaux pour un deplacement pro", True),
        ("cette annee je recois toute ma belle famille", True),
        ("j'ai eu des places grace au cse", True),
        ("je suis pas d'astreinte ce samedi", True),
        ("il a ete mon temoin de mariage", True),
        ("on a verse les arrhes pour la location", True),
        ("j'avais vu leur premier concert, c'etait en 2003", True),
        ("je bosse de nuit aux urgences tout le mois", True),
        ("longue reunion avec mon manager ce matin", True),
        ("j'ai mon entretien annuel jeudi", True),
        ("j'ai du poser mon apres midi", True),
        ("j'enregistrais les chansons de la radio sur cassette", True),
        ("je prepare l'evjf de ma collegue", True),
        ("avec les impots qui tombent je suis un peu juste", True),
        ("il faut encore que je fasse ma note de frais", True),
        ("j'ai pris un jour enfant malade", True),
        # look-alikes: a teen's parents' side, a teen's own life or a film's year
        ("mon pere est d'astreinte ce week end", False),
        ("ma mere a pose ses conges", False),
        ("on recoit la famille de ma belle mere", False),
        ("le film que j'ai vu, c'etait en 2003 que ca se passait", False),
        ("mon pere a une reunion avec son manager", False),
        ("mes parents ont verse les arrhes", False),
        ("le cse de ma mere a paye les places", False),
        ("ma mere fait sa note de frais", False),
        ("mes parents vont recevoir la belle famille", False),
        ("on a eu des places grace au cse de ma mere", False),
        ("reunion avec mon directeur de stage", False),
        ("on peut prendre l'apres midi pour reviser", False),
    ],
)
def test_what_only_an_adult_lives_round_48(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted
