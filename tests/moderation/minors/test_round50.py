"""Round 50: batch ba (the French-speaking world outside mainland cities), an eighth theme's
one-detail age lies. More of the two concepts (`c.minor_only`, `a.adult_only`) from this
theme, each wording beside a look-alike, and three of Réunion Creole's grooming words;
paraphrased, not copied from the batch."""

import pytest

from causette.moderation.minors import Signal, SignalKind

from .conftest import adult_rules, child_rules, grooming_rules, room_signals


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("faut encore refaire ma kids id avant les vacances", True),
        ("on a peint des citrouilles au service de garde", True),
        ("je compose le concours d'entree en 6e lundi", True),
        ("on a defile avec toute ma classe dans la rue", True),
        ("j'ai gagne une peluche a la peche aux canards", True),
        ("papa a dit que je peux pas allumer les petards", True),
        ("maman dit que je dois pas arroser les passants", True),
        ("ma sizaine a fini premiere au rallye", True),
        ("la petite souris doit me laisser une piece ce soir", True),
        ("j'ai recu mon avis d'orientation hier", True),
        ("mes parents me laissent pas aller au parc toute seule", True),
        ("la mere de lou nous a gardes tout l'aprem", True),
        ("ils ont donne un sachet a tous les enfants du quartier, moi j'ai eu des billes", True),
        ("j'ai mis mes bottes devant le sapin", True),
        ("mon pere a dit que pour l'entree au college j'aurai un tel", True),
        ("quand je vais rentrer en sixieme je prendrai le bus", True),
        ("mes pieds touchent pas encore les pedales", True),
        ("il me laisse tenir la ficelle du cerf volant", True),
        ("ma mere me la met devant les dessins animes, la creme", True),
        ("j'etais sur les epaules de papa pour voir le defile", True),
        ("j'ai eu un vaccin a l'ecole ce matin", True),
        ("le maitre a dit que je pourrai lire devant la classe", True),
        ("a la recre on a joue aux billes", True),
        ("meme les grands veulent jouer avec moi", True),
        ("je dois reciter ma poesie devant toute la classe", True),
        ("maman va m'inscrire au judo", True),
        ("papa a enleve les petites roues de mon velo", True),
        ("regarde mon masque, je l'ai fabrique a l'ecole", True),
        ("my mom read the story to me last night", True),
        # look-alikes: a parent's, a teacher's, a monitor's side of the same, or a memory
        ("j'ai commande la kids id de mon fils", False),
        ("je travaille au service de garde de l'ecole", False),
        ("mon fils compose le concours d'entree en sixieme", False),
        ("j'ai defile avec la fanfare du village", False),
        ("mon fils a gagne un poisson a la peche aux canards", False),
        ("ma mere dit que je dois pas fumer", False),
        ("je suis cheftaine de la sizaine des loups", False),
        ("la petite souris va passer chez ma fille", False),
        ("ma fille a recu son avis d'orientation", False),
        ("mon mari me laisse jamais conduire", False),
        ("la mere de lou nous a garde les enfants", False),
        ("j'ai mis les chaussures des enfants devant la cheminee", False),
        ("mon fils rentre au college en septembre", False),
        ("mes pieds touchent le sol sur ce tabouret", False),
        ("je lui laisse tenir la ficelle", False),
        ("j'etais sur les epaules de mon copain au concert", False),
        ("j'ai vaccine les eleves a l'ecole", False),
        ("le maitre d'hotel dit que je peux attendre", False),
        ("a la recre je surveille la cour", False),
        ("je fais reciter la poesie a mon fils", False),
        ("je dois inscrire ma fille au judo", False),
        ("my mom read my messages", False),
    ],
)
def test_what_only_a_minor_lives_round_50(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("mon cours de repetition tombe en mars cette annee", True),
        ("je dois passer a la saq avant le souper", True),
        ("j ai presque grille mes 20 jours de teletravail", True),
        ("c'est mon tour de toucher la tontine ce mois-ci", True),
        ("le lundi je fais les fiches de paie de l'equipe", True),
        ("j'ai tout mis dans mon reer", True),
        ("j'ai baisse ma franchise cette annee", True),
        ("ce soir j'ai conseil municipal", True),
        ("j'ai pose deux jours de conge au boulot", True),
        ("my property tax bill is insane this year", True),
        ("j'ai paye la taxe militaire hier", True),
        ("je paye avec mes tickets resto", True),
        ("je suis alle au bal pare masque samedi", True),
        ("j'ai fait la queue deux heures pour voter", True),
        ("je suis de garde a la caserne demain", True),
        ("j'ai l'assemblee primaire ce soir", True),
        ("j'ai mon accreditation presse pour le festival", True),
        ("j'ai fini de rembourser mes prets etudiants", True),
        ("je prends mon conge bonifie en aout", True),
        # look-alikes: a teen's parents, a youth council, a cadet, a school's own
        ("mon pere fait son cours de repetition", False),
        ("ma mere passe a la saq", False),
        ("ma mere a des jours de teletravail", False),
        ("ma mere ramasse la tontine", False),
        ("ma mere fait les fiches de paie", False),
        ("mes parents ont un reer", False),
        ("j'ai conseil municipal des jeunes ce soir", False),
        ("mon pere a pose des conges", False),
        ("my dad got the tax bill", False),
        ("mon frere paie la taxe militaire", False),
        ("ma mere paie avec ses cheques repas", False),
        ("je suis jsp a la caserne le samedi", False),
        ("mon pere a fait la queue pour voter", False),
        ("on part en conge bonifie avec mes parents", False),
    ],
)
def test_what_only_an_adult_lives_round_50(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("di personne hein", "g.secrecy"),
        ("efface sa apres", "g.secrecy"),
        ("pa besoin di a out momon", "g.secrecy"),
        ("ou le grande aster", "g.maturity"),
    ],
)
def test_reunion_creole_grooming_words(text: str, rule: str) -> None:
    assert rule in grooming_rules(text)


@pytest.mark.parametrize(
    "text",
    ["di moi ce que tu veux", "je l'efface", "pas besoin de venir", "ou est la grande place"],
)
def test_their_french_look_alikes_carry_no_grooming_cue(text: str) -> None:
    assert not grooming_rules(text) & {"g.secrecy", "g.maturity"}


def _general_room(turns: list[tuple[str, str]], ages: dict[str, int]) -> list[Signal]:
    return room_signals(turns, ages, kind="general")


_APPROACH = [
    ("a", "coucou t'es d'ou ?"),
    ("b", "pres de dax"),
    ("a", "t'as quel age en vrai ?"),
]
_GROOMS = [
    ("a", "c'est pas grave, l'age c'est qu'un chiffre, t'es plus mature que les filles de 20 ans"),
    ("a", "je t'offre la tenue pour les fetes mais tu le dis a personne"),
    ("a", "donne moi ton snap on parlera mieux"),
]


def test_a_general_rooms_grooming_of_an_adult_who_says_she_is_a_child_holds_the_pair() -> None:
    """devba-g-027's shape: a declared 18-year-old says she is 14 in a general room; the one
    she answered then flatters, offers, asks for secrecy and a move to another app."""
    turns = [*_APPROACH, ("b", "euh 18... en vrai 14, je suis en 3e"), *_GROOMS]
    grooming = [s for s in _general_room(turns, {"a": 20, "b": 18}) if s.subject == "a"]
    assert [s.kind for s in grooming] == [SignalKind.GROOMING]
    assert grooming[0].other == "b"  # the service holds the pair's private messages
    assert "dans le salon #salon" in grooming[0].explanation


def test_the_same_words_to_an_adult_who_wrote_like_one_raise_no_grooming_signal() -> None:
    turns = [*_APPROACH, ("b", "22, je bosse a la mairie"), *_GROOMS]
    kinds = {s.kind for s in _general_room(turns, {"a": 20, "b": 22})}
    assert SignalKind.GROOMING not in kinds


def test_a_childs_words_in_a_general_room_do_not_weigh_on_the_one_she_answered() -> None:
    """devar-o-101's shape: an honest 18-year-old who lives with a strict mother answers a
    43-year-old, who then asks whether she lives far from everything: the child cues mark the
    pair, they do not add to its score (step 1 of round 50 added them, and held it)."""
    turns = [
        ("c", "vous parlez de quoi ?"),
        ("a", "ma mere veut pas que je sorte apres 23h, meme mon frere en 4e a plus de liberte"),
        ("a", "moi a son age c'etait retour direct apres le car scolaire"),
        ("c", "tu vis loin de tout ?"),
    ]
    kinds = {(s.kind, s.subject) for s in _general_room(turns, {"a": 18, "c": 43})}
    assert (SignalKind.GROOMING, "c") not in kinds
