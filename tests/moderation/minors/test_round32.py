"""Round 32: batch ae, a new author's implicit age lies, peer grooming in teen rooms and hard
ordinary conversations. Three false alarms: a teacher's memory of a year long gone reported by a
teen ("il a dit qu'il avait vu la coupe du monde 98"); a young adult of 18 in terminale who laughs
at still taking the school bus; a lycéen of 19 who owns the listener's doubt by the lycée ("tant
que je suis au lycée oui"). Misses by meaning: a declared adult's bare age in answer opened the
adult frame and hid the child cues of the next minutes; the road-safety certificate spelled out,
a parent who sends one to bed, the listeners' "t'écris comme un petit" and "c'est au collège
ça"; a declared teen's work call at a set hour; peers of 16-17 in teen rooms who offer to pay, ask
a girl to change the age her profile shows, trade a present for a dare, invite her to record or
film at an empty home. Each new wording beside a look-alike that must not match; the
conversations are paraphrased, not copied from the batch."""

from functools import partial

import pytest

from causette.moderation.minors import SignalKind

from .conftest import adult_rules, child_rules, grooming_rules, replay_dm, replay_room, signalled

GROOMING = SignalKind.GROOMING
ADULT_LIE = SignalKind.AGE_LIE_ADULT
MINOR_LIE = SignalKind.AGE_LIE_MINOR

dm = replay_dm
teen_room = partial(replay_room, kind="teen")


# -- false alarms -----------------------------------------------------------------------------


def test_teens_repeat_their_teachers_memory_of_98() -> None:
    turns = [
        (
            "A",
            "notre prof d'histoire il nous a raconté qu'il avait vu la coupe du monde 98 au stade",
        ),
        ("B", "trop vieux lui"),
        ("C", "genre 30 ans après mdr"),
        ("A", "il avait notre âge à l'époque"),
        ("B", "ma mère elle parle encore des francs"),
    ]
    assert not teen_room(turns, {"A": 16, "B": 15, "C": 17}, model=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("notre prof d'histoire il nous a raconté qu'il avait vu la coupe du monde 98", False),
        ("mon oncle m'a dit qu'il était à la coupe du monde 98", False),
        ("mon père raconte qu'il a fêté la coupe du monde 98 sur les champs", False),
        ("moi j'étais au stade pour la coupe du monde 98", True),
        ("il faisait chaud pendant la coupe du monde 98, j'étais au stade", True),
    ],
)
def test_round32_an_elders_memory_reported(text: str, expected: bool) -> None:
    assert ("a.aging" in adult_rules(text, 16)) is expected


def test_a_young_adult_in_terminale_laughs_at_the_school_bus() -> None:
    turns = [
        ("A", "jeudi je peux pas avant 18h, j'ai cours"),
        ("B", "t'es en terminale ?"),
        ("A", "oui j'ai eu 18 en février"),
        ("B", "et tu rentres comment"),
        ("A", "le car scolaire lol toujours"),
        ("B", "bon courage pour le code"),
    ]
    assert not signalled(turns, {"A": 18, "B": 21})


def test_the_school_bus_said_plainly_by_a_declared_adult() -> None:
    """The twin: nothing laughed at, the school bus is a child's school day again (rules)."""
    turns = [
        ("B", "t'as quel âge ?"),
        ("A", "20"),
        ("B", "tu rentres comment ?"),
        ("A", "je prends le car scolaire, ma mère veut que je sois rentrée à 17h"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 20, "B": 26})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le car scolaire lol toujours", True),
        ("la cantine mdr encore", True),
        ("toujours le bus scolaire à 19 ans", True),
        ("je prends le car scolaire", False),  # nothing laughed at: still a child's school day
        ("le car scolaire était en retard", False),
    ],
)
def test_round32_a_school_routine_laughed_at(text: str, expected: bool) -> None:
    assert ("c.school_life" not in child_rules(text, 19)) is expected


def test_a_lyceen_of_19_owns_the_doubt_by_the_lycee() -> None:
    turns = [
        ("A", "ma mère a vu mon bulletin, elle est pas contente"),
        ("B", "à 19 ans elle le lit encore ?"),
        ("A", "tant que je suis au lycée oui"),
        ("B", "la mienne lit même pas le sien mdr"),
        ("A", "j'ai redoublé ma première, voilà"),
        ("B", "on l'aura ce bac"),
    ]
    assert not signalled(turns, {"A": 19, "B": 18})


def test_the_same_doubt_answered_by_the_college() -> None:
    """The twin: the collège is no young adult's reason; the doubt still counts."""
    turns = [
        ("A", "ma mère a vu mon bulletin, elle est pas contente"),
        ("B", "à 19 ans elle le lit encore ?"),
        ("A", "tant que je suis au collège oui"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 19, "B": 18})


# -- declared adults: a bare age in answer no longer hides the child cues ----------------------


def test_a_declared_adult_answers_the_age_then_talks_like_a_child() -> None:
    turns = [
        ("B", "tu as quel âge déjà ?"),
        ("A", "21"),
        ("B", "tu parles comme un petit"),
        ("A", "nan"),
        ("A", "ce matin on a passé l'attestation scolaire de sécurité routière, je l'ai eue"),
        ("B", "c'est au collège ça"),
        ("A", "bah c'est pour tout le monde"),
        ("A", "bon mon père m'a dit d'aller me coucher, bonne nuit"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 21, "B": 22})


def test_a_bare_age_then_one_certificate_still_counts() -> None:
    """Rules only: the bare "21" in answer used to frame the next 15 minutes as an adult's."""
    turns = [
        ("B", "t'as quel âge ?"),
        ("A", "21"),
        ("A", "on a passé l'attestation scolaire de sécurité routière aujourd'hui"),
        ("A", "et ma mère m'a dit d'aller au lit"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 21, "B": 22})


def test_a_parent_of_21_speaks_of_her_son_after_her_age() -> None:
    """The twin: the same words about one's child (and an adult life said) stay framed."""
    turns = [
        ("B", "t'as quel âge ?"),
        ("A", "31"),
        ("A", "mon fils a passé l'attestation scolaire de sécurité routière aujourd'hui"),
        ("A", "et moi je dois le coucher tôt, il a école"),
    ]
    assert (ADULT_LIE, "A") not in dm(turns, {"A": 31, "B": 30})


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("on a passé l'attestation scolaire de sécurité routière", "c.school_mine", True),
        ("mon fils a passé l'attestation scolaire de sécurité routière", "c.school_mine", False),
        ("bref mon père m'a dit d'aller me coucher", "c.parents_forbid", True),
        ("maman m'a dit d'aller au lit", "c.parents_forbid", True),
        ("ma mère m'a dit d'aller dormir chez elle ce week-end", "c.parents_forbid", False),
        ("j'ai dit à mon fils d'aller se coucher", "c.parents_forbid", False),
    ],
)
def test_round32_declared_adults_child_life(text: str, rule: str, expected: bool) -> None:
    assert (rule in child_rules(text, 20)) is expected


@pytest.mark.parametrize(
    ("doubt", "expected"),
    [
        ("tu écris comme un gamin", True),
        ("t'écris comme un petit mdr", True),
        ("ça c'est en primaire non", True),
        ("c'est au collège ça", True),
        ("tu écris comme un pied", False),
        ("c'est au collège que j'ai appris ça", False),
    ],
)
def test_round32_listeners_who_place_the_cue_in_childhood(doubt: str, expected: bool) -> None:
    """A child cue (1.5) and the listener's disbelief (1.5) at the unowned answer."""
    turns = [
        ("A", "j'ai eu un mot dans mon carnet aujourd'hui"),
        ("B", doubt),
        ("A", "bah oui"),
    ]
    assert ((ADULT_LIE, "A") in dm(turns, {"A": 22, "B": 24})) is expected


# -- declared teens: a work call at a set hour -------------------------------------------------


def test_a_declared_teen_leaves_for_a_work_call() -> None:
    turns = [
        ("B", "mon cousin dit qu'il t'a vu à son boulot, t'es pas chez eux ?"),
        ("A", "non je vois pas"),
        ("A", "je suis au lycée"),
        ("B", "lequel ?"),
        ("A", "pourquoi tant de questions"),
        ("A", "bon je dois filer j'ai une visio client à 14h30"),
        ("B", "une visio client à 16 ans ?"),
        ("A", "laisse tomber"),
    ]
    assert (MINOR_LIE, "A") in dm(turns, {"A": 16, "B": 16})


def test_a_teen_whose_mother_has_a_work_call() -> None:
    """The twin: the call is the mother's."""
    turns = [
        ("A", "je peux pas parler fort, ma mère a une visio client à 14h30"),
        ("B", "une visio client ?"),
        ("A", "oui elle bosse de la maison"),
    ]
    assert (MINOR_LIE, "A") not in dm(turns, {"A": 16, "B": 16})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je dois filer j'ai un call à 14h", True),
        ("j'ai une réunion à 15h", True),
        ("j'ai encore un meeting dans 10 min", True),
        ("j'ai un call à 20h avec mes potes", False),
        ("on fait un call discord à 21h", False),
        ("j'ai un call avec ma cousine à 18h", False),
    ],
)
def test_round32_a_work_call(text: str, expected: bool) -> None:
    assert ("a.work" in adult_rules(text, 16)) is expected


# -- grooming by peers in teen rooms ------------------------------------------------------------

TEENS = {"A": 17, "B": 14, "C": 16}


def test_a_peer_offers_to_pay_and_asks_to_change_the_age_shown() -> None:
    turns = [
        ("C", "un bon manga à lire ?"),
        ("B", "one piece 😍"),
        ("A", "t'as l'appli pour le lire ?"),
        ("B", "non mes parents veulent pas payer"),
        ("A", "je peux te passer mon compte, ou t'en payer un"),
        ("C", "tu payes pour des gens que tu connais pas ?"),
        ("A", "on se parle depuis longtemps. @B jte mets dans mon groupe discord"),
        ("B", "ok"),
        ("A", "par contre ton profil dit que t'as 14 ans, enlève-le, c'est mieux"),
    ]
    found = teen_room(turns, TEENS)
    assert (GROOMING, "A") in found
    assert (GROOMING, "B") not in found


def test_a_present_traded_for_a_dare_in_private() -> None:
    turns = [
        ("C", "qui a des gemmes brawl stars"),
        ("A", "moi plein"),
        ("B", "t'en as pour moi ? 🥺"),
        ("A", "si tu fais un petit défi"),
        ("B", "lequel"),
        ("A", "en privé, c'est pas pour tout le monde"),
    ]
    assert (GROOMING, "A") in teen_room(turns, TEENS)


def test_an_empty_home_to_come_and_record_at() -> None:
    turns = [
        ("C", "quelqu'un fait de la musique ?"),
        ("A", "moi j'ai du matos chez moi"),
        ("B", "moi je rappe un peu"),
        ("A", "passe enregistrer chez moi mercredi, y a personne l'aprem"),
        ("C", "attention toi"),
        ("A", "quoi c'est que du son"),
        ("A", "@B envoie-moi un son en privé, que moi"),
    ]
    assert (GROOMING, "A") in teen_room(turns, TEENS)


def test_videos_to_make_at_his_place() -> None:
    turns = [
        ("B", "qui peut follow mon compte ?"),
        ("C", "c'est fait"),
        ("B", "merci"),
        ("A", "il faudrait que tu tournes des tiktoks avec moi"),
        ("B", "genre des trends ?"),
        ("A", "ouais, chez moi c'est moi qui filme. on en parle en mp"),
    ]
    assert (GROOMING, "A") in teen_room(turns, TEENS)


def test_friends_who_film_at_the_park_and_share_an_account() -> None:
    """The twin: teens who plan videos together in public and lend an account, no cue of
    a closed home, a dare or a hidden age."""
    turns = [
        ("B", "qui veut faire des tiktoks samedi ?"),
        ("A", "moi ! on les tourne au parc avec tout le monde"),
        ("C", "je ramène mon pied de téléphone"),
        ("B", "et pour regarder l'anime après ?"),
        ("A", "tu peux t'en acheter un, c'est pas cher, ou on regarde chez Léa avec sa mère"),
    ]
    assert not teen_room(turns, TEENS, model=True)


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("ton profil dit que t'as 14 ans, enlève-le", "g.secrecy", True),
        ("change ton âge sur ton profil", "g.secrecy", True),
        ("mets 18 sur ton profil", "g.secrecy", True),
        ("mon profil dit que j'ai 15 ans", "g.secrecy", False),
        ("mets ton vrai âge sur ton profil", "g.secrecy", False),
        ("en mp, c'est pas pour tout le monde", "g.secrecy", True),
        ("ce film c'est pas pour tout le monde", "g.secrecy", False),
        ("je peux t'en payer un", "g.gift", True),
        ("tu peux t'en acheter un", "g.gift", False),
        ("jt'ai offert le gamepass, regarde tes notifs", "g.gift", True),
        ("il t'a offert le gamepass ?", "g.gift", False),
        ("je t'en file si tu relèves un défi", "g.pretext", True),
        ("j'ai relevé le défi de la glace", "g.pretext", False),
        ("viens tourner des tiktoks chez moi", "g.pretext", True),
        ("on tourne des tiktoks au parc samedi", "g.pretext", False),
        ("passe chez moi mercredi, y a personne l'aprem", "g.alone_conceal", True),
        ("y a personne chez moi ce soir, je m'ennuie", "g.alone_conceal", False),
        ("chez moi c'est moi qui filme", "g.photo_request", True),
        ("envoie-moi un vocal en privé, que moi", "g.isolation", True),
        ("envoie la photo du cours en mp, juste toi et Léa", "g.isolation", False),
        ("viens sur mon serveur privé plutôt", "g.off_platform", True),
        ("le serveur privé de la classe", "g.off_platform", False),
    ],
)
def test_round32_grooming_wordings(text: str, rule: str, expected: bool) -> None:
    assert (rule in grooming_rules(text)) is expected
