"""Round 20: batch r, a new author's teen rooms and private messages. New wordings by meaning (a
cover story about where the partner sleeps, a picture asked in a disappearing mode, the
writer's empty home offered, the talk moved to private messages in other words, an appointment
with a third party that is no meeting, a favour granted that is no debt), age lies one cue short,
and `guard._named` reading a text's words once. Each ordinary case beside a twin that must still
be flagged."""

import pytest

from causette.moderation.minors import MinorsGuard, SignalKind

from .conftest import T0, adult_rules, child_rules, grooming_rules, replay_dm, replay_room

GROOMING = SignalKind.GROOMING
AGES = {"Lina": 15, "Yanis": 16, "Noah": 17, "Emma": 16}


def room(turns: list[tuple[str, str]]) -> set[tuple[SignalKind, str]]:
    """Replay `turns` (writer, text) in one teen room, 30 s apart, rules only, each writer's
    pseudonym passed (as the service does)."""
    return replay_room(turns, AGES)


def dm(turns: list[tuple[str, str]]) -> set[tuple[SignalKind, str]]:
    """Replay `turns` between Noah (17) and Lina (15) in private, rules only."""
    return replay_dm(turns, {"Noah": AGES["Noah"], "Lina": AGES["Lina"]})


# A party at an older friend's flat, the teen told what to say about where she sleeps.
COVER_STORY = [
    ("Yanis", "vous faites quoi samedi soir"),
    ("Noah", "soirée chez un pote à moi, il a son appart en ville"),
    ("Lina", "trop de la chance"),
    ("Noah", "Lina viens si tu veux"),
    ("Lina", "ma mère voudra jamais"),
    ("Noah", "dis-lui que tu dors chez ta cousine"),
    ("Emma", "Noah tu la connais même pas"),
    ("Noah", "Lina je t'envoie l'adresse en privé"),
]


def test_a_cover_story_about_where_she_sleeps_is_held_in_a_room() -> None:
    assert (GROOMING, "Noah") in room(COVER_STORY)


# Lessons offered at home, the writer's parents away.
EMPTY_HOME = [
    ("Emma", "j'ai rien compris aux équations"),
    ("Yanis", "pareil"),
    ("Noah", "Emma je suis bon en maths"),
    ("Noah", "je peux t'aider, chez moi on sera au calme"),
    ("Emma", "t'es où ?"),
    ("Noah", "passe jeudi, mes parents travaillent jusqu'à 19h, on sera tranquilles"),
]


def test_an_empty_home_offered_for_lessons_is_held() -> None:
    assert (GROOMING, "Noah") in room(EMPTY_HOME)


def test_friends_revising_together_at_an_empty_home_are_not_held() -> None:
    turns = [
        ("Emma", "le contrôle de maths c'est lundi"),
        ("Yanis", "on révise ensemble ?"),
        ("Noah", "venez tous chez moi samedi, mes parents bossent on sera tranquilles"),
        ("Lina", "je ramène des gâteaux"),
    ]
    assert room(turns) == set()


def test_a_picture_asked_in_a_disappearing_mode_is_held() -> None:
    turns = [
        ("Noah", "t'as mis quoi pour la soirée ?"),
        ("Lina", "ma robe bleue"),
        ("Noah", "envoie en éphémère que je voie, personne verra"),
    ]
    assert (GROOMING, "Noah") in dm(turns)


def test_a_video_sent_in_a_disappearing_mode_is_not_a_request() -> None:
    turns = [
        ("Lina", "t'as la vidéo du spectacle ?"),
        ("Noah", "je t'envoie la vidéo en éphémère, elle est lourde"),
        ("Lina", "merci"),
    ]
    assert dm(turns) == set()


def test_a_favour_granted_between_siblings_is_no_debt() -> None:
    turns = [
        ("Noah", "dis pas à maman que je rentre tard"),
        ("Lina", "ok mais tu me dois un truc"),
        ("Noah", "je te prête mon casque"),
    ]
    assert dm(turns) == set()


def test_a_debt_after_a_present_still_counts() -> None:
    assert "g.photo_request" in grooming_rules("je t'ai payé le skin, tu me dois un truc")


# `_named` reads the text's words once (round 20): the same names as before.


def named(text: str, writers: dict[str, str]) -> str:
    guard = MinorsGuard(use_model=False)
    for i, (who, name) in enumerate(writers.items()):
        guard.observe_room_message(
            sender=who,
            sender_age=16,
            room_kind="teen",
            text="salut",
            ref=f"w{i}",
            now=T0 + i,
            room="#r",
            name=name,
        )
    return guard._named("#r", "me", None, text, T0 + 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("merci.Lina t'es là ?", "u1"),  # "." inside a word ends a sentence
        ("t'es là ? Lina", "u1"),
        ("@jean.b viens voir", "u2"),  # an "@" name keeps its dot
        ("coucou jean.b", ""),  # without "@", the sentence ends at the dot: "b"
        ("ok ; Lina", "u1"),
        ("on parle de Lina demain", ""),  # neither first nor last word
        ("", ""),
        ("...!!", ""),
    ],
)
def test_named_reads_sentence_ends_and_at_names(text: str, expected: str) -> None:
    assert named(text, {"u1": "Lina", "u2": "jean.b"}) == expected


GROOMING_HITS = [
    ("dis-leur que tu dors chez Inès", "g.overnight"),
    ("tu dis que tu dors chez moi", "g.overnight"),
    ("faut pas que tes parents le sachent", "g.secrecy_adults"),
    ("ils en sauront rien", "g.secrecy"),
    ("envoie-la en éphémère", "g.photo_request"),
    ("tu peux m'en faire un que pour moi ?", "g.photo_request"),
    ("je sais ce que tu traverses", "g.trust"),
    ("il est jaloux de toi c'est tout", "g.trust"),
    ("je t'explique en mp", "g.off_platform"),
    ("c'est plus simple en privé", "g.off_platform"),
    ("chez moi c'est tranquille", "g.meeting"),
    ("c'est mieux à deux", "g.meeting"),
    ("rdv au parc à 15h", "g.meeting"),
    ("je m'occupe des billets", "g.gift"),
    ("mes parents bossent jusqu'à 20h, on sera tranquilles", "g.alone_conceal"),
]

GROOMING_LOOKALIKES = [
    ("il dit qu'il dort chez sa cousine", "g.overnight"),
    ("faut que tes parents le sachent", "g.secrecy_adults"),
    ("on verra rien d'ici", "g.secrecy"),
    ("je t'envoie la vidéo en éphémère", "g.photo_request"),
    ("je sais ce que tu veux dire", "g.trust"),
    ("je suis jalouse de toi mdr", "g.trust"),
    ("il m'a tout expliqué en privé", "g.off_platform"),
    ("c'est mieux à plusieurs", "g.meeting"),
    ("rdv avec le dentiste demain", "g.meeting"),
    ("rdv chez le coiffeur à 10h", "g.meeting"),
    ("je m'occupe des courses", "g.gift"),
    ("mes parents bossent jusqu'à 20h", "g.alone_conceal"),
    ("ok mais tu me dois un truc", "g.photo_request"),
    ("mdr d'accord mais tu me dois un service", "g.photo_request"),
]


@pytest.mark.parametrize(("text", "rule"), GROOMING_HITS)
def test_round20_grooming_wording(text: str, rule: str) -> None:
    assert rule in grooming_rules(text)


@pytest.mark.parametrize(("text", "rule"), GROOMING_LOOKALIKES)
def test_round20_grooming_lookalikes(text: str, rule: str) -> None:
    assert rule not in grooming_rules(text)


CHILD_HITS = [
    ("mes parents vont voir mes notes ce soir", "c.school_mine"),
    ("la maîtresse va dire à ma mère que je parle trop", "c.school_mine"),
    ("ma mère trouve que je suis encore trop jeune", "c.childhood"),
    ("j'ai pas le droit d'allumer le four quand je suis tout seul", "c.parents_forbid"),
]

CHILD_LOOKALIKES = [
    ("la prof va dire aux parents que leur fils bavarde", "c.school_mine"),
    ("ma femme dit que je suis trop jeune pour la retraite", "c.childhood"),
    ("j'ai pas le droit de fumer au bureau", "c.parents_forbid"),
]

ADULT_HITS = [
    ("les ados de maintenant sont toujours sur leur tel", "a.aging"),
    ("en 95 j'étais déjà en boîte", "a.aging"),
    ("le salaire c'est 1800 par mois", "a.work"),
    ("la mutuelle de la boîte est nulle", "a.work"),
    ("avec les impôts ça fait plus grand chose", "a.adult_life"),
    ("rdv avec le banquier demain", "a.adult_life"),
    ("faut mettre de côté pour la retraite", "a.adult_life"),
    ("le code ? je l'ai eu du premier coup il y a 20 ans", "a.bac_year"),
    ("moi je l'ai eu du premier coup y a 12 ans", "a.bac_year"),
]

ADULT_LOOKALIKES = [
    ("en 95 mon père était déjà en boîte", "a.aging"),
    ("mon apprentissage c'est 600 par mois", "a.work"),
    ("ce mec de la boîte était chelou", "a.work"),
    ("mon père met de côté pour sa retraite", "a.adult_life"),
    ("rdv chez le dentiste à 10h", "a.adult_life"),
    ("le brevet je l'ai eu du premier coup il y a 2 ans", "a.bac_year"),
    ("je l'ai eu du premier coup il y a 3 ans", "a.bac_year"),
]


@pytest.mark.parametrize(("text", "rule"), CHILD_HITS)
def test_round20_child_wording(text: str, rule: str) -> None:
    assert rule in child_rules(text, 22)


@pytest.mark.parametrize(("text", "rule"), CHILD_LOOKALIKES)
def test_round20_child_lookalikes(text: str, rule: str) -> None:
    assert rule not in child_rules(text, 35)


@pytest.mark.parametrize(("text", "rule"), ADULT_HITS)
def test_round20_adult_wording(text: str, rule: str) -> None:
    assert rule in adult_rules(text, 16)


@pytest.mark.parametrize(("text", "rule"), ADULT_LOOKALIKES)
def test_round20_adult_lookalikes(text: str, rule: str) -> None:
    assert rule not in adult_rules(text, 16)
