"""Round 22: batch t, a new author's conversations. Precision by the situation (a young adult's
own life: a first year at university, a year held back in terminale, one's Parcoursup
application asked by the partner; a former teacher named by the school; a parent signing or
helping on a school trip; schoolmates whose warm words the grooming model misreads; a teen
become an uncle), then misses by meaning (a listener's doubt answered without owning it and a
slip corrected or hesitated over, in both bands; a class shared "avec moi"; grooming wordings
of teen rooms). Each ordinary case beside a twin that must still be flagged."""

from functools import partial

import pytest

from causette.moderation.minors import MinorsGuard, SignalKind, guard, rules
from causette.moderation.minors.fold import fold

from .conftest import T0, adult_rules, child_rules, grooming_rules, replay_dm, replay_room

GROOMING = SignalKind.GROOMING
ADULT_LIE = SignalKind.AGE_LIE_ADULT
MINOR_LIE = SignalKind.AGE_LIE_MINOR


dm = replay_dm
room = partial(replay_room, kind="general")


# -- a young adult's own life ----------------------------------------------------------------

HOME_RULES = [
    ("A", "mes parents me laissent pas sortir en semaine"),
    ("B", "ah ouais"),
    ("A", "et ma mère veut que je rentre avant 23h le samedi"),
]


def test_a_first_year_at_university_explains_the_home_rules() -> None:
    turns = [
        ("A", "je suis en première année de droit, la fac est à côté de chez eux"),
        *HOME_RULES,
    ]
    assert dm(turns, {"A": 19, "B": 22}) == set()


def test_home_rules_without_a_young_adult_s_life_still_count() -> None:
    assert (ADULT_LIE, "A") in dm([("B", "ça va ?"), *HOME_RULES], {"A": 19, "B": 22})


def test_the_partner_asking_of_one_s_parcoursup_application() -> None:
    turns = [("B", "t'as validé tes voeux parcoursup ?"), ("A", "pas encore"), *HOME_RULES]
    assert dm(turns, {"A": 20, "B": 20}) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je redouble ma terminale du coup j'ai 19 ans", True),
        ("première année de licence et toujours chez eux", True),
        ("tant que je vis chez eux c'est leurs règles", True),
        ("mon dossier parcoursup est presque fini", True),
        ("ma soeur redouble sa terminale", False),
        ("la fac de mon frère est loin", False),
    ],
)
def test_a_young_adult_s_own_life(text: str, expected: bool) -> None:
    assert (guard._YOUNG_ADULT.search(fold(text).plain) is not None) is expected


# -- a former teacher, a parent on a school trip ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la prof d'anglais du lycée ??", True),
        ("le prof de sport du collège, celui qui criait ?", True),
        ("la prof de maths du collège m'a collé", False),  # acting on the writer
        ("ma prof d'anglais", False),
        ("la CPE du collège, on a pas le droit", False),
    ],
)
def test_a_teacher_named_by_the_school_she_taught_at(text: str, expected: bool) -> None:
    assert (guard._FORMER_TEACHER.search(fold(text).plain) is not None) is expected


def test_a_parent_asking_whether_the_other_signed_is_no_child() -> None:
    assert "c.parents_forbid" not in child_rules("tu as signé l'autorisation pour la piscine ?", 41)
    assert "c.parents_forbid" not in child_rules("j'ai signé l'autorisation ce matin", 41)


def test_a_child_s_authorisation_to_get_signed_still_counts() -> None:
    assert "c.parents_forbid" in child_rules("faut que je fasse signer l'autorisation", 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("j'y vais avec la maîtresse et un autre parent", True),
        ("je suis parent accompagnateur jeudi", True),
        ("ma mère vient avec un autre parent", False),
    ],
)
def test_a_parent_helping_on_a_school_trip(text: str, expected: bool) -> None:
    assert (guard._CARER.search(fold(text).plain) is not None) is expected


# -- schoolmates' warm words, a teen become an uncle ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("merci de m'avoir aidé pour le dm de physique", True),
        ("tu vas changer de lycée l'an prochain ?", True),
        ("on révise au cdi demain ?", True),
        ("merci de m'avoir répondu", False),
        ("tu vas au lycée demain ?", False),
    ],
)
def test_schoolmates_who_know_each_other(text: str, expected: bool) -> None:
    assert (guard._KNOWN.search(fold(text).plain) is not None) is expected


def test_the_model_alone_holds_no_pair_of_teens_who_know_each_other() -> None:
    """Two messages far past the grooming model's threshold hold a pair (round 9), but not
    between two teens who said they know each other: a friend's warm words."""
    watch = MinorsGuard(use_model=False)
    pair = watch._pair("A", 15, "B", 15, T0)
    pair.state.add("g.model", 2.0, T0, "m1", "", 2)
    pair.state.add("g.model", 2.0, T0, "m2", "", 2)
    assert watch._pair_score(pair, T0)[0] >= watch.grooming_threshold
    pair.known = True
    assert watch._pair_score(pair, T0)[0] < watch.grooming_threshold
    pair.state.add("g.secrecy_adults", 2.5, T0, "m3", "", 2)  # a rule's cue still holds it
    assert watch._pair_score(pair, T0)[0] >= watch.grooming_threshold


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je suis tata depuis ce matin !!", True),
        ("je vais être tonton en mars", True),
        ("ma grande soeur a eu un bébé", True),
        ("je suis tonton de deux enfants", False),  # an adult's way of saying it
        ("mon tonton est venu", False),
    ],
)
def test_a_teen_become_an_uncle_or_an_aunt(text: str, expected: bool) -> None:
    assert (rules.TEEN_FRAME.search(fold(text).plain) is not None) is expected


# -- the listeners' doubt and the writer's slip ---------------------------------------------

ADULTS_ROOM = {"A": 33, "B": 20, "C": 45}


def test_a_child_cue_doubted_and_answered_with_a_cover() -> None:
    turns = [
        ("B", "demain j'ai un contrôle de géo"),
        ("A", "un contrôle ?"),
        ("B", "un test pour mon taf"),
    ]
    assert (ADULT_LIE, "B") in room(turns, ADULTS_ROOM)


def test_a_child_cue_doubted_and_owned_is_not_held() -> None:
    turns = [
        ("B", "demain j'ai un contrôle de géo"),
        ("A", "un contrôle ?"),
        ("B", "oui je reprends mes études et j'assume"),
    ]
    assert room(turns, ADULTS_ROOM) == set()


def test_a_child_cue_alone_is_not_held() -> None:
    assert (
        room([("B", "demain j'ai un contrôle de géo"), ("C", "bon courage")], ADULTS_ROOM) == set()
    )


def test_an_adult_age_restated_in_a_private_question() -> None:
    turns = [
        ("B", "je peux pas veiller, ma mère veut que je sois couché à 21h"),
        ("A", "à 22 ans ?"),
        ("B", "c'est pour le sport"),
    ]
    assert (ADULT_LIE, "B") in dm(turns, {"A": 30, "B": 22})


def test_a_slip_corrected_just_after() -> None:
    turns = [
        ("B", "demain j'ai un contrôle de géo"),
        ("C", "ok"),
        ("B", "enfin je veux dire un examen à la fac"),
    ]
    assert (ADULT_LIE, "B") in room(turns, ADULTS_ROOM)


def test_a_hesitation_over_a_word_just_after() -> None:
    turns = [("B", "demain j'ai un contrôle de géo"), ("B", "avec ma... collègue")]
    assert (ADULT_LIE, "B") in room(turns, ADULTS_ROOM)


def test_a_correction_long_after_or_without_a_cue_is_nothing() -> None:
    late = [("B", "demain j'ai un contrôle de géo"), ("B", "enfin je veux dire un examen")]
    assert room(late, ADULTS_ROOM, step=400) == set()
    assert room([("B", "enfin je veux dire un examen à la fac")], ADULTS_ROOM) == set()
    assert (
        room([("B", "demain j'ai un contrôle de géo"), ("B", "enfin bref")], ADULTS_ROOM) == set()
    )


def test_a_teen_s_adult_cue_doubted_and_answered() -> None:
    turns = [
        ("A", "mon patron veut que je reste plus tard"),
        ("B", "ton patron ??"),
        ("A", "le gars de mon club"),
    ]
    assert (MINOR_LIE, "A") in room(turns, {"A": 16, "B": 15, "C": 16}, kind="teen")


def test_a_teen_s_adult_cue_not_doubted_is_not_held() -> None:
    turns = [("A", "mon patron veut que je reste plus tard"), ("B", "relou"), ("A", "grave")]
    assert room(turns, {"A": 16, "B": 15, "C": 16}, kind="teen") == set()


def test_a_doubt_from_the_writer_is_no_doubt() -> None:
    turns = [("B", "demain j'ai un contrôle de géo"), ("B", "un contrôle ? mdr"), ("B", "bon")]
    assert room(turns, ADULTS_ROOM) == set()


# -- a class shared, a child's day ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("ma cousine est en 5e avec moi", "c.school_class", True),
        ("ma cousine est en 5e", "c.school_class", False),
        ("on a eu un contrôle sur les tables de multiplication", "c.school_mine", True),
        ("j'ai eu un contrôle de maths", "c.school_mine", True),
        ("bon c'est l'heure du goûter", "c.childhood", True),
        ("le goûter d'anniversaire de mon fils", "c.childhood", False),
    ],
)
def test_round22_child_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in child_rules(text, 20)) is expected


def test_the_adult_band_reads_none_of_them() -> None:
    assert adult_rules("c'est l'heure du goûter", 16) == set()


# -- grooming wordings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("allez c'est le jeu, tu dois répondre", "g.trust", True),
        ("c'est le jeu ma pauvre lucette", "g.trust", False),
        ("rien de méchant, juste des petites photos rigolotes", "g.photo_request", True),
        ("j'ai pris des photos marrantes au mariage", "g.photo_request", False),
        ("là-bas envoie-moi ta photo en vrai", "g.photo_request", True),
        ("ta pp est trop belle", "g.photo_request", False),
        ("t'es tellement plus mature que tes copines", "g.maturity", True),
        ("t'es plus grande que tes copines", "g.maturity", False),
        ("ferme bien ta porte pour que personne entende", "g.alone_conceal", True),
        ("ferme la fenêtre pour que personne entende la musique", "g.alone_conceal", False),
        ("mets ton portable en vibreur", "g.alone_conceal", True),
        ("mets ton portable en charge", "g.alone_conceal", False),
        ("je passe chez toi ce soir si t'es seule", "g.alone_conceal", True),
        ("chez toi c'est loin ?", "g.alone_conceal", False),
        ("je pourrais t'y conduire samedi", "g.pickup", True),
        ("je peux t'y retrouver", "g.pickup", False),
        ("tes potes du salon vont juste te juger", "g.isolation", True),
        ("tes potes vont adorer", "g.isolation", False),
        ("pense à vider le journal d'appels", "g.secrecy", True),
        ("le journal de bord du voyage", "g.secrecy", False),
    ],
)
def test_round22_grooming_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in grooming_rules(text)) is expected


def test_a_dare_in_private_in_a_teen_room_is_held() -> None:
    turns = [
        ("C", "Lou viens en mp on fait un action vérité"),
        ("Lou", "c quoi les actions"),
        ("C", "Lou, genre des petites photos rigolotes, je te dis en mp"),
        ("A", "hmm"),
        ("C", "et tu dis rien aux autres, c'est entre nous"),
    ]
    assert (GROOMING, "C") in room(turns, {"A": 16, "C": 17, "Lou": 15}, kind="teen")
