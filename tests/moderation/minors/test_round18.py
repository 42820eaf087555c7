"""Round 18: batch p, a new author's grooming in teen rooms and short age lies. Grooming read in
teen rooms (the writer's cues in the room, no partner named), teens who see each other at
school, one message read only by the models, a crush confided, and new wordings by meaning.
Each ordinary case beside a twin that must still be flagged."""

import pytest

from causette.moderation.minors import MinorsGuard, SignalKind
from causette.moderation.minors.fold import fold

from .conftest import T0, Chat, adult_rules, child_rules, grooming_rules

GROOMING, ADULT, MINOR = SignalKind.GROOMING, SignalKind.AGE_LIE_ADULT, SignalKind.AGE_LIE_MINOR

Turn = tuple[str, int, str, int, str]  # sender, age, recipient (or "#room"), age, text


def replay(turns: list[Turn], models: bool, kind: str = "teen") -> set[tuple[SignalKind, str]]:
    chat = Chat(MinorsGuard(use_model=models))
    for sender, s_age, recipient, r_age, text in turns:
        if recipient.startswith("#"):
            chat.room(sender, s_age, text, kind=kind, room=recipient)
        else:
            chat.dm(sender, s_age, recipient, r_age, text)
    return {(s.kind, s.subject) for s in chat.signals}


def teen(text: str, sender: str = "a") -> Turn:
    other = "b" if sender == "a" else "a"
    return (sender, 17 if sender == "a" else 15, other, 15 if sender == "a" else 17, text)


def room(text: str, sender: str = "a") -> Turn:
    return (sender, {"a": 17, "b": 15, "c": 16}[sender], "#salon", 0, text)


# (name, turns, models, expected): expected None = no signal at all; else a signal that must
# be among those raised. Each positive case is missed by round 17's code; of the ordinary ones
# the crush is flagged by it, the room ones are look-alikes of the new room reading (round 17
# read no grooming in rooms) and pass on both.
CASES: list[tuple[str, list[Turn], bool, tuple[SignalKind, str] | None]] = [
    (
        "grooming in a teen room (devp-g-030's shape)",
        [
            room("j'aimerais trop aller au concert mais mes parents veulent pas", "b"),
            room("je t'emmène. dis à tes parents que tu dors chez C"),
        ],
        False,
        (GROOMING, "a"),
    ),
    (
        "grooming in a teen room: alone, another app, a secret from the parents",
        [
            room("jsuis seule chez moi ce weekend", "b"),
            room("seule tout le weekend ? ajoute moi sur insta"),
            room("et parle pas de moi à tes parents"),
        ],
        False,
        (GROOMING, "a"),
    ),
    (
        "a teen room's friends: a surprise kept from the teacher",
        [
            room("on fait une surprise à M. Lenoir pour sa retraite ?"),
            room("une carte signée par toute la classe", "c"),
            room("chut faut pas qu'il sache", "c"),
            room("dis rien à personne hein, pas un mot"),
        ],
        False,
        None,
    ),
    (
        "a teen room's friend urged to tell",
        [
            room("un mec me demande des photos en mp", "b"),
            room("montre à ta mère et signale le"),
        ],
        False,
        None,
    ),
    (
        "classmates in a room: the gate at 8",
        [
            room("on se voit au lycée demain ?"),
            room("ouais j'ai cours à 8h", "b"),
            room("ok je t'attends devant la grille"),
        ],
        False,
        None,
    ),
    (
        "twin: a stranger in a room waits at the partner's school",
        [
            room("t'es dans quel lycée ?"),
            room("le lycée des Tilleuls", "b"),
            room("je t'attends devant ton lycée à 17h, viens seule"),
        ],
        False,
        (GROOMING, "a"),
    ),
    (
        "a room's cues an hour apart are not one approach",
        [
            room("je te paye un coca demain à la pause"),
            *[room("mdr", "c")] * 120,
            room("on se voit au parc ?"),
        ],
        False,
        None,
    ),
    (
        "a room: a treat offered to one, a meeting proposed to another",
        [
            room("qui vient chez Lucas samedi ?", "b"),
            room("je te paye un kebab avant si tu veux"),
            room("et moi ?", "c"),
            room("toi aussi mdr on se retrouve à la gare"),
        ],
        False,
        None,
    ),
    (
        "twin: a treat and a meeting to the same person",
        [
            room("qui vient chez Lucas samedi ?", "b"),
            room("je te paye un kebab avant si tu veux"),
            room("et on se retrouve à la gare toi et moi"),
        ],
        False,
        (GROOMING, "a"),
    ),
    (
        "an adults' room is not read for grooming",
        [
            ("a", 40, "#adultes", 0, "t'es seule ce soir ? viens en mp"),
            ("a", 40, "#adultes", 0, "et dis rien à ton mari"),
        ],
        False,
        None,
    ),
    (
        "a crush confided, then a plain secret (devp-o-005)",
        [
            teen("je crois que Nael me plait"),
            teen("NAEL de la 2nde 3??", "b"),
            teen("chuuut ouais"),
            teen("ok mais dis rien à personne"),
            teen("et garde ça pour toi stp"),
        ],
        False,
        None,
    ),
    (
        "twin: 'tu me plais', then secrets",
        [teen("je crois que tu me plais"), teen("dis rien à personne"), teen("envoie une photo")],
        False,
        (GROOMING, "a"),
    ),
    (
        "twin: 'ta photo me plaît', 'je suis amoureuse de toi', then secrets",
        [
            teen("ta photo me plait"),
            teen("je suis amoureuse de toi"),
            teen("dis rien à personne"),
            teen("et garde ça pour toi stp"),
        ],
        False,
        (GROOMING, "a"),
    ),
    (
        "twin: a crush confided, then a secret from the parents and a photo",
        [
            teen("je crois que Lina me plait"),
            teen("dis rien à tes parents de nous"),
            teen("envoie une photo de toi"),
        ],
        False,
        (GROOMING, "a"),
    ),
    (
        "a declared teen's adult life and the profile's age (devp-lm-002)",
        [
            teen("t'as des frères et sœurs", "b"),
            teen("non mais j'ai deux enfants"),
            teen("t'as 17 ans??", "b"),
            teen("c'est ce que dit le profil"),
        ],
        False,
        (MINOR, "a"),
    ),
    (
        "a declared teen's birthday: 'j'aurai 35'",
        [teen("c quand ton anniv", "b"), teen("en mars, j'aurai 35")],
        False,
        (MINOR, "a"),
    ),
    (
        "a declared teen's bac in 1998, in a room",
        [room("le bac approche jpp", "c"), room("moi j'ai eu le mien en 1998 avec mention")],
        False,
        (MINOR, "a"),
    ),
    (
        "a declared teen's age answered in a room: '40 mais chut'",
        [room("vous avez quel âge", "b"), room("16", "c"), room("40 mais chut")],
        False,
        (MINOR, "a"),
    ),
    (
        "a declared adult's nanny who minds her (devp-la-013)",
        [
            ("a", 20, "#soir", 0, "coucou jsuis toute seule ce soir avec ma nounou"),
            ("b", 40, "#soir", 0, "ta nounou ?"),
            ("a", 20, "#soir", 0, "oui mes parents sont au resto, elle me garde"),
        ],
        False,
        (ADULT, "a"),
    ),
    (
        "a declared adult in 6e B (devp-la-020)",
        [
            ("a", 21, "#soir", 0, "moi j'ai cours, mon prof principal est trop nul"),
            ("b", 44, "#soir", 0, "t'es en fac?"),
            ("a", 21, "#soir", 0, "nn en 6eme B mdr"),
        ],
        False,
        (ADULT, "a"),
    ),
]


@pytest.mark.parametrize(("name", "turns", "models", "expected"), CASES, ids=[c[0] for c in CASES])
def test_round_18_conversations(
    name: str, turns: list[Turn], models: bool, expected: tuple[SignalKind, str] | None
) -> None:
    kind = "adult" if any(t[2] == "#adultes" for t in turns) else "teen"
    if any(t[2] == "#soir" for t in turns):
        kind = "general"
    raised = replay(turns, models, kind)
    if expected is None:
        assert raised == set(), name
    else:
        assert expected in raised, name


def test_a_room_grooming_signal_names_no_partner() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.room("b", 15, "jsuis seule ce soir", kind="teen", room="#salon")
    chat.room("a", 17, "t'es seule ? viens en mp", kind="teen", room="#salon")
    chat.room("a", 17, "et dis rien à tes parents", kind="teen", room="#salon")
    [signal] = [s for s in chat.signals if s.kind is GROOMING]
    assert signal.subject == "a" and signal.other is None
    assert "salon #salon" in signal.explanation


def test_a_room_message_without_a_room_id_is_not_read_for_grooming() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.room("a", 17, "t'es seule ? viens en mp", kind="teen")
    chat.room("a", 17, "et dis rien à tes parents", kind="teen")
    assert chat.signals == []


def test_one_message_read_only_by_the_models_holds_no_pair() -> None:
    """The pair's whole score is one message's `g.model` (2.0) and `a.model` (1.0): no hold;
    a second message read by the model holds it (round 9)."""
    guard = MinorsGuard(use_model=False)
    pair = guard._pair("a", 16, "b", 15, 0.0)
    pair.state.add("g.model", 2.0, 0.0, "m1", "faut que jte dise un truc", 2)
    pair.state.add("a.model", 1.0, 0.0, "m1", "faut que jte dise un truc", 3)
    assert guard._check_pair("a", "b", pair, "m1", 0.0) == []
    pair.state.add("g.model", 1.5, 30.0, "m2", "…", 2)
    assert GROOMING in {s.kind for s in guard._check_pair("a", "b", pair, "m2", 30.0)}


@pytest.mark.parametrize(
    ("text", "rule", "present"),
    [
        ("trop mignon. viens en mp je te donne l'ip", "g.off_platform", True),
        ("viens en mp", "g.off_platform", True),
        ("je suis venu en métro", "g.off_platform", False),
        ("tu bosses toute seule chez toi ?", "g.alone_question", True),
        ("ils rentrent vers quelle heure en gros", "g.alone_question", True),
        ("tu bosses tes maths seule ou en groupe ?", "g.alone_question", False),
        ("je prends un hôtel à Bordeaux le weekend prochain", "g.overnight", True),
        ("t'as pas besoin de leur dire", "g.secrecy", True),
        ("t'as pas besoin de leur permission", "g.secrecy", False),
        ("viens seule stp et dis pas que tu me vois", "g.secrecy", True),
        ("t'es pas obligée de lui dire qu'on parle", "g.secrecy", True),
        ("et tes parents faut pas qu'ils sachent que c moi", "g.secrecy", True),
        ("bah ici les modos lisent tout", "g.secrecy", True),
        ("viens sans tes copines sinon on va pas bosser", "g.isolation", True),
        ("parle pas à eux ni aux profs, parle moi à moi", "g.isolation", True),
        ("viens avec tes copines", "g.isolation", False),
        ("une photo que tu m'envoies juste à moi", "g.photo_request", True),
        ("laisse la webcam allumée ce soir", "g.photo_request", True),
        ("tu mériterais qqn de plus grand qui te traite bien", "g.maturity", True),
        ("en vrai j'ai un peu plus que toi mais c pas grave", "g.maturity", True),
        ("tu écris mieux que des mecs de ma classe", "g.maturity", True),
        ("elle te comprend pas du tout", "g.trust", True),
        ("tes parents lisent ce que tu écris ?", "g.alone_conceal", True),
        ("tu pourrais fuguer un soir chez moi", "g.overnight", True),
        ("t'es en seconde ?", "g.school_question", True),
        ("t'es en seconde position au classement", "g.school_question", False),
    ],
)
def test_round_18_grooming_wording(text: str, rule: str, present: bool) -> None:
    assert (rule in grooming_rules(text)) is present


@pytest.mark.parametrize(
    ("text", "rule", "present"),
    [
        ("ma maitresse elle m'a mis une croix rouge", "c.school_mine", True),
        ("ma maîtresse elle est partie en vacances", "c.school_mine", False),
        ("oui en CM1 on a une maîtresse", "c.class_reply", True),
        ("mon fils en CM1 a une maîtresse", "c.class_reply", False),
        ("nn en 6eme B mdr", "c.class_reply", True),
        ("j'ai échangé des cartes pokémon à la récré", "c.school_mine", True),
        ("un sweat en 12 ans et des baskets", "c.childhood", True),
        ("j'ai acheté un sweat en 12 ans pour mon fils", "c.childhood", False),
        ("oui mes parents sont au resto, elle me garde", "c.childhood", True),
        ("elle me garde une part de gâteau", "c.childhood", False),
        ("oui mes parents l'ont mis", "c.childhood", True),
        ("mes parents l'ont mis en vente", "c.childhood", False),
        ("ma mère m'a laissé choisir pour une fois", "c.childhood", True),
        ("comme mon profil mdr", "c.admits_lie", True),
        ("comme ton profil le dit", "c.admits_lie", False),
    ],
)
def test_round_18_child_wording(text: str, rule: str, present: bool) -> None:
    assert (rule in child_rules(text)) is present


@pytest.mark.parametrize(
    ("text", "rule", "present"),
    [
        ("non mais j'ai deux enfants", "a.life_event", True),
        ("ce soir j'ai deux enfants à garder", "a.life_event", False),
        ("j'ai un enfant qui m'a demandé l'heure", "a.life_event", False),
        ("je pense surtout à ma retraite dans 8 ans", "a.life_event", True),
        ("ma retraite dans 50 ans mdr", "a.life_event", False),
        ("moi j'ai eu le mien en 1998 avec mention", "a.bac_year", True),
        ("moi j'ai eu le mien en 2024", "a.bac_year", False),
        ("en mars, j'aurai 35", "a.self_age_more", True),
        ("j'aurai 35 minutes de retard", "a.self_age_more", False),
        ("c'est ce que dit le profil", "a.admits_lie", True),
        ("17 comme le profil dit 😉", "a.admits_lie", True),
        ("c'est ce que dit ton profil ?", "a.admits_lie", False),
    ],
)
def test_round_18_adult_wording(text: str, rule: str, present: bool) -> None:
    assert (rule in adult_rules(text)) is present


def test_forty_but_hush_answers_an_age_question() -> None:
    guard = MinorsGuard(use_model=False)
    (_, adult, _), _, _, _ = guard._read_self(fold("40 mais chut"), 15, T0, True)
    assert "a.age_answer" in {r.id for r in adult}


@pytest.mark.parametrize(
    ("turns", "flagged"),
    [
        (
            [
                teen("je dois te dire un truc mais c'est un secret"),
                teen("je crois que je kiffe Adam"),
                teen("promets moi que tu dis rien à personne"),
            ],
            False,
        ),
        (
            [
                teen("moi je kiffe les vieux trucs genre daft punk"),
                teen("dis rien à personne"),
                teen("envoie une photo de toi"),
            ],
            True,
        ),
    ],
)
def test_a_crush_confided_in_other_words(turns: list[Turn], flagged: bool) -> None:
    """devo-o-027 (read in round 17's list of what was left, so in-sample here)."""
    assert ((GROOMING, "a") in replay(turns, True)) is flagged


@pytest.mark.parametrize(
    ("text", "table", "rule", "present"),
    [
        ("mon père part à la retraite dans 2 ans", "adult", "a.life_event", False),
        ("je pars à la retraite dans 3 ans", "adult", "a.life_event", True),
        ("j'ai surveillé la cour à la récré", "child", "c.school_mine", False),
        ("on a joué au foot à la récré", "child", "c.school_mine", True),
    ],
)
def test_round_18_whose_retirement_and_recess(
    text: str, table: str, rule: str, present: bool
) -> None:
    rules = adult_rules(text) if table == "adult" else child_rules(text)
    assert (rule in rules) is present
