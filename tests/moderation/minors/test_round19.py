"""Round 19: batch q, a new author's busy teen rooms and short age lies. A teen room's message
that names one of its writers is addressed to that writer (the groomer picks one teen out while
others talk in between), and new wordings by meaning. Each ordinary case beside a twin that
must still be flagged."""

import pytest

from causette.moderation.minors import MinorsGuard, SignalKind

from .conftest import T0, adult_rules, child_rules, grooming_rules, replay_room

GROOMING = SignalKind.GROOMING
AGES = {"Lina": 15, "Yanis": 16, "Noah": 17, "Emma": 16}


def room(turns: list[tuple[str, str]], names: bool = True) -> set[tuple[SignalKind, str]]:
    """Replay `turns` in one teen room, 30 s apart, rules only; `names`: the caller passes
    each writer's pseudonym (the service does)."""
    return replay_room(turns, AGES, names=names)


# devq-g-018's shape in other words: Noah picks Lina out by name while the others plan.
PICKED_OUT = [
    ("Yanis", "ciné samedi au pathé qui vient"),
    ("Lina", "moi oui"),
    ("Noah", "Lina t'es en quelle classe ?"),
    ("Emma", "moi je viens aussi"),
    ("Noah", "t'habites loin du pathé Lina ?"),
    ("Yanis", "on prend des popcorns"),
    ("Noah", "Lina laisse les autres, on y va tous les deux dimanche, je te paye tout"),
    ("Emma", "elle vient avec nous samedi"),
]


def test_a_teen_named_in_a_busy_room_is_the_one_answered() -> None:
    assert (GROOMING, "Noah") in room(PICKED_OUT)


def test_without_names_the_same_room_splits_the_cues() -> None:
    # round 18's reading: each message goes to the last other writer
    assert room(PICKED_OUT, names=False) == set()


def test_a_name_at_the_start_of_a_later_sentence_addresses_that_writer() -> None:
    turns = [
        ("Lina", "devinette : qu'est-ce qui a des dents mais mange pas"),
        ("Noah", "Lina t'as déjà embrassé quelqu'un ?"),
        ("Emma", "Noah c'est quoi ces questions"),
        ("Noah", "c'est un jeu. Lina t'as quel âge ?"),
        ("Emma", "bon autre devinette"),
        ("Noah", "on continue le jeu en privé. Lina tu viens ?"),
    ]
    assert (GROOMING, "Noah") in room(turns)


def test_friends_named_in_a_room_plan_without_a_signal() -> None:
    turns = [
        ("Yanis", "qui vient chez Lucas samedi ?"),
        ("Lina", "moi si ma mère me lâche"),
        ("Noah", "Lina je te paye un kebab avant si tu veux"),
        ("Emma", "et moi ?"),
        ("Noah", "Emma on se retrouve à la gare à 20h"),
        ("Yanis", "Noah t'es en quelle classe déjà ?"),
        ("Noah", "en première, Yanis tu ramènes l'enceinte"),
    ]
    assert room(turns) == set()


def test_a_name_of_someone_who_never_wrote_is_no_one() -> None:
    turns = [
        ("Noah", "Lucas t'es seule ce soir ?"),
        ("Lina", "c'est qui Lucas"),
        ("Noah", "viens en mp"),
    ]
    assert room(turns) == set()


def test_a_short_name_is_read_as_written() -> None:
    guard = MinorsGuard(use_model=False)
    seen = []
    for i, (who, name, text) in enumerate(
        [
            ("u1", "A", "salut"),
            ("u2", "B", "a demain alors"),  # the French "a", not the writer called A
        ]
    ):
        guard.observe_room_message(
            sender=who,
            sender_age=16,
            room_kind="teen",
            text=text,
            ref=f"m{i}",
            now=T0 + i,
            room="#r",
            name=name,
        )
        seen.append(guard._named("#r", who, None, text, T0 + i))
    assert seen == ["", ""]


def test_forget_drops_the_names_a_user_wrote_under() -> None:
    guard = MinorsGuard(use_model=False)
    guard.observe_room_message(
        sender="u1",
        sender_age=15,
        room_kind="teen",
        text="coucou",
        ref="m1",
        now=T0,
        room="#r",
        name="Lina",
    )
    assert guard._named("#r", "u2", None, "Lina ça va ?", T0 + 1) == "u1"
    guard.forget("u1")
    assert guard._named("#r", "u2", None, "Lina ça va ?", T0 + 2) == ""


GROOMING_HITS = [
    ("je peux t'emmener si tu veux, j'ai ma voiture", "g.pickup"),
    ("dis à tes parents que c'est un baby sitting", "g.secrecy_adults"),
    ("leur dis pas, dis que c'est la mère de Lina", "g.secrecy_adults"),
    ("moi je peux t'envoyer 50 si tu fais un appel avec moi ce soir", "g.gift"),
    ("alors en privé, je te ferai un cadeau", "g.gift"),
    ("ta porte elle ferme à clé ?", "g.alone_conceal"),
    ("comme ça on peut s'appeler sans que tes parents entrent", "g.alone_conceal"),
    ("tu passes par le garage, ils entendent rien", "g.alone_conceal"),
    ("sors par la fenêtre ce soir", "g.alone_conceal"),
    ("C je t'écris en privé", "g.off_platform"),
    ("t'as d'autres photos ? envoie en privé", "g.off_platform"),
    ("on continue le jeu en privé", "g.off_platform"),
    ("t'es tout sauf moche", "g.compliment"),
    ("faut qu'on se voie d'abord pour un entretien", "g.meeting"),
]

GROOMING_LOOKALIKES = [
    ("ma mère peut t'emmener si tu veux", "g.pickup"),
    ("dis à ta mère que c'est annulé", "g.secrecy_adults"),
    ("dis que c'est moi qui ai cassé le vase", "g.secrecy_adults"),
    ("je t'envoie 3 photos du cours", "g.gift"),
    ("je lui ferai un cadeau pour son anniv", "g.gift"),
    ("le prof il entend rien au fond", "g.alone_conceal"),
    ("je te l'envoie en privé", "g.off_platform"),
    ("il m'a écrit en privé hier", "g.off_platform"),
    ("il est tout sauf sympa", "g.compliment"),
]


@pytest.mark.parametrize(("text", "rule"), GROOMING_HITS)
def test_round19_grooming_wording(text: str, rule: str) -> None:
    assert rule in grooming_rules(text)


@pytest.mark.parametrize(("text", "rule"), GROOMING_LOOKALIKES)
def test_round19_grooming_lookalikes(text: str, rule: str) -> None:
    assert rule not in grooming_rules(text)


CHILD_HITS = [
    ("ouais en 4e ils nous en font deux", "c.class_life"),
    ("coucou jpeux rester que 10 min maman veut que j'éteigne à 21h30", "c.parents_forbid"),
    (
        "moi on va chez mamie, mes cousins ont 12 et 14 et moi 13 donc on est entre nous",
        "c.self_age",
    ),
    ("non moi j'ai 11 mdr c'était pour entrer ici", "c.self_age"),
    ("non moi j'ai 11 mdr c'était pour entrer ici", "c.admits_lie"),
    ("oui papa noël va me l'apporter", "c.childhood"),
    ("ma grande soeur de 15 ans m'a piqué la console", "c.childhood"),
    ("moi la rentrée en 6e c'était y a 2 mois donc je sors pas", "c.school_class"),
    ("j'ai goûter à 16h30 quand je rentre de l'école", "c.school_mine"),
]

CHILD_LOOKALIKES = [
    ("en 4e ils nous en faisaient deux", "c.class_life"),  # a memory
    ("ma femme veut que j'éteigne la lumière", "c.parents_forbid"),
    ("mes cousins ont 12 et 14 et moi 13h de route", "c.self_age"),
    ("j'ai eu 11 mdr", "c.self_age"),  # a mark
    ("le père noël va l'apporter à mon fils", "c.childhood"),
    ("ma grande soeur de 35 ans m'a piqué la voiture", "c.childhood"),
    ("ma rentrée en 6e c'était il y a 30 ans", "c.school_class"),
    ("la rentrée en 6e de mon fils c'était il y a 2 mois", "c.school_class"),
    ("quand je rentre de l'école avec mon fils je fais les courses", "c.school_mine"),
]

ADULT_HITS = [
    ("moi à votre âge j'avais le même, j'ai 38 maintenant ça passe vite", "a.self_age"),
    ("moi à votre âge j'avais le même", "a.life_event"),
    ("en vingt ans de boulot dans le bâtiment j'ai jamais vu ça", "a.life_event"),
    ("fatigué, réunion au bureau jusqu'à 19h et j'ai mes notes de frais", "a.adult_life"),
    ("c'était juste pour entrer ici", "a.admits_lie"),
]

ADULT_LOOKALIKES = [
    ("j'ai 38 de fièvre", "a.self_age"),
    ("à ton âge tu devrais réviser", "a.life_event"),
    ("en vingt ans de foot j'ai jamais vu ça", "a.life_event"),
    ("mon père remplit ses notes de frais", "a.adult_life"),
]


@pytest.mark.parametrize(("text", "rule"), CHILD_HITS)
def test_round19_child_wording(text: str, rule: str) -> None:
    assert rule in child_rules(text, 22)


@pytest.mark.parametrize(("text", "rule"), CHILD_LOOKALIKES)
def test_round19_child_lookalikes(text: str, rule: str) -> None:
    assert rule not in child_rules(text, 35)


@pytest.mark.parametrize(("text", "rule"), ADULT_HITS)
def test_round19_adult_wording(text: str, rule: str) -> None:
    assert rule in adult_rules(text, 16)


@pytest.mark.parametrize(("text", "rule"), ADULT_LOOKALIKES)
def test_round19_adult_lookalikes(text: str, rule: str) -> None:
    assert rule not in adult_rules(text, 16)
