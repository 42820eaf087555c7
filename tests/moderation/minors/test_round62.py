"""Thirty-ninth sitting: the open false alarms of batch bj mended by meaning (step 2), each
beside the grooming or child side it must keep; paraphrased, not copied from the batch."""

import pytest

from causette.moderation.minors import SignalKind
from causette.moderation.minors.asides import _KNOWN
from causette.moderation.minors.fold import fold

from .conftest import adult_rules, child_rules, grooming_rules, replay_dm, signalled


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("t'es réveillée ? tes parents dorment ?", True),
        ("t'es réveillée ?", True),
        ("t'es réveillé ? j'arrive pas à dormir, je pense trop à toi", True),
        # the writer cannot sleep and seeks a friend's company (`devbj-o-055`)
        ("t'es réveillée ? j'arrive pas à dormir encore", False),
        ("t'es réveillé ? je trouve pas le sommeil", False),
    ],
)
def test_awake_asked_by_one_who_cannot_sleep_is_no_concealment(text: str, counted: bool) -> None:
    assert ("g.alone_conceal" in grooming_rules(text)) is counted


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("tu vas manquer le cours de physique demain", True),
        ("tu vas rater le contrôle de maths", True),
        ("tu peux m'envoyer tes notes ?", True),
        # a stranger's words: no class shared
        ("tu vas manquer à tout le monde", False),
        ("tu peux m'envoyer une photo ?", False),
        ("je peux t'aider pour tes cours", False),
    ],
)
def test_a_class_missed_or_its_notes_asked_for_are_classmates(text: str, known: bool) -> None:
    assert (_KNOWN.search(fold(text).plain) is not None) is known


def test_classmates_sharing_notes_on_another_app_raise_nothing() -> None:
    turns = [
        ("A", "toujours malade, mon père m'a laissée à la maison"),
        ("B", "oh nn, tu vas manquer le cours de chimie, on attaque les moles"),
        ("A", "tu peux m'envoyer tes notes ?"),
        ("B", "oui c'est plus simple sur snap, je photographie mon cahier"),
        ("A", "c'est quoi ton snap déjà, j'ai changé de tel"),
        ("B", "le même que mon pseudo ici"),
        ("A", "merci t'es la meilleure"),
    ]
    assert not signalled(turns, {"A": 16, "B": 16})


def test_a_stranger_asking_the_snap_with_secrecy_is_still_held() -> None:
    turns = [
        ("A", "t'es toute seule chez toi ce soir ?"),
        ("B", "oui"),
        ("A", "c'est quoi ton snap, on sera plus tranquilles"),
        ("A", "dis rien à tes parents, ils comprendraient pas"),
        ("A", "envoie une photo de toi"),
    ]
    assert signalled(turns, {"A": 16, "B": 15})


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("je mange à la cantine", True),
        ("ma maman qui veut un certificat pour la cantine", True),
        ("j'ai une maman qui veut pas que j'aille à la cantine", True),
        # a parent met at work, their child's school (`devbj-o-056`)
        ("j'ai eu une maman qui voulait un certificat pour la cantine", False),
        ("des parents qui demandent un mot pour la cantine, tous les jours", False),
    ],
)
def test_a_parent_met_at_work_speaks_of_their_childs_school(text: str, counted: bool) -> None:
    assert ("c.school_life" in child_rules(text, 38)) is counted


# Step 3: between two declared teens, being alone asked and then a visit to her home proposed.

_ALONE_THEN_VISIT = [
    ("A", "tes parents partent ce week-end sans toi ?"),
    ("B", "oui chez ma tante"),
    ("A", "donc t'es toute seule à la maison samedi"),
    ("B", "ouais"),
    ("A", "je peux passer te voir si tu veux"),
]


def test_a_visit_proposed_after_being_alone_asked_is_held_between_teens() -> None:
    assert replay_dm(_ALONE_THEN_VISIT, {"A": 17, "B": 15}) == {(SignalKind.GROOMING, "A")}


def test_a_meeting_elsewhere_after_being_alone_asked_stays_a_teens_plan() -> None:
    turns = [*_ALONE_THEN_VISIT[:4], ("A", "on se voit au parc samedi alors ?")]
    assert replay_dm(turns, {"A": 17, "B": 15}) == set()


def test_classmates_who_said_so_keep_their_visits() -> None:
    turns = [("B", "on est dans la même classe en anglais non ?"), *_ALONE_THEN_VISIT]
    assert replay_dm(turns, {"A": 17, "B": 15}) == set()


# Round 62: batch bl (celebrations and the year's calendar), the nineteenth theme's one-detail
# age lies, each wording beside a look-alike.


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("faut que ma mère signe le papier pour la sortie", True),
        ("my mum has to call the other moms about my party", True),
        ("my family still talks about my bat mitzvah from last year", True),
        ("my parents are still making me go to sunday school", True),
        ("j'ai eu un cadeau à l'arbre de noël du boulot de mon papa", True),
        ("je passe le ce1d en juin", True),
        ("je suis en 2e secondaire", True),
        ("my aunt comes to watch me and my little sister", True),
        ("my mom says back by 8", True),
        ("she takes my candy bag every night", True),
        ("les profs ramassent nos portables le soir", True),
        ("c'est ma dernière année à faire l'halloween", True),
        ("our form teacher drew the names", True),
        ("j'ai eu mon premier portable pour noël", True),
        ("je commence mon secondaire 2 en septembre", True),
        ("j'ai droit à une heure d'écran par jour", True),
        # look-alikes: a parent's, teacher's or grown-up's side of the same
        ("faut que ma mère signe le papier pour la vente", False),
        ("i have to call the other moms about my son's party", False),
        ("my son's bar mitzvah last year was lovely", False),
        ("my parents made me go to sunday school as a kid", False),
        ("l'arbre de noël de ma boîte pour mes enfants", False),
        ("mes élèves passent le ce1d en juin", False),
        ("my cousin comes to watch my kids", False),
        ("my mom says she'll be back by 8", False),
        ("les profs ramassent les portables des élèves", False),
        ("la dernière année que mon fils fait l'halloween", False),
        ("j'ai eu mon premier portable pour noël à 15 ans", False),
        ("je commence avec mes secondaire 2 en septembre", False),
        # review mend: a grown-up's side of the same
        ("j'ai eu mon téléphone pour noël", False),
        ("les profs ramassent les portables le matin", False),
        ("j'ai une heure d'écran par jour max", False),
        ("my husband hides the candy stash", False),
    ],
)
def test_what_only_a_minor_lives_round_62(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("je peux pas télétravailler sans garde", True),
        ("i booked a clown for my baby's first birthday", True),
        ("monday i'm back at work, maternity leave is over", True),
        ("i'm organising our 20 year class reunion", True),
        ("j'ai fait des calendriers pour mes deux filles", True),
        ("je fais ça pour mes deux petits frères", False),
        # look-alikes: a teen's side of the same
        ("ma mère peut pas télétravailler", False),
        ("my sister's baby's first birthday is sunday", False),
        ("my mom's maternity leave is over", False),
        ("my parents' 20 year class reunion", False),
        ("pour mes deux filles de ma classe", False),
    ],
)
def test_what_only_an_adult_lives_round_62(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("18... ok not really", True),
        ("19 bon pas vraiment", True),
        ("20 ans... pas vraiment", True),
        ("18 euros, pas vraiment cher", False),
        ("18... not really, 28 lol", False),
    ],
)
def test_an_age_taken_back_at_once_is_an_admission(text: str, counted: bool) -> None:
    assert ("c.admits_lie" in child_rules(text, 19)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("après quinze ans debout à la caisse tu verras", True),
        ("moi c'est le dos, vingt ans de chantier", True),
        ("j'ai fait 20 ans debout au comptoir", True),
        # look-alikes: a teen's or someone else's years
        ("après deux heures debout à la caisse", False),
        ("mon père a vingt ans de chantier", False),
        ("dans quinze ans je serai debout à la caisse", False),
    ],
)
def test_years_of_work_spelled_out_or_on_ones_feet_round_62b(text: str, counted: bool) -> None:
    assert ("a.aging" in adult_rules(text, 16)) is counted
