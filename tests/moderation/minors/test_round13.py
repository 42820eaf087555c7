"""Round 13: adults talking of their children and of school (batch l's false alarms, in
general forms: a number answering someone else's age, a question to the others, the writer
acting as a parent, a level in a subject) and age-lie wording from batch l's misses."""

from functools import partial

import pytest

from causette.moderation.minors import MinorsGuard, SignalKind
from causette.moderation.minors.fold import fold

from . import conftest
from .conftest import Chat, adult_rules

child_rules = partial(conftest.child_rules, age=30)  # a declared 30-year-old by default


def age_lies(chat: Chat) -> list[str]:
    return [s.subject for s in chat.signals if s.kind is SignalKind.AGE_LIE_ADULT]


def test_a_number_answering_a_question_about_a_child_is_the_childs_age() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("mere", 45, "amie", 46, "mes parents veulent pas que je vienne avec le petit")
    chat.dm("amie", 46, "mere", 45, "ah bon, il a quel âge maintenant ?")
    chat.dm("mere", 45, "amie", 46, "14")
    assert age_lies(chat) == []
    assert not chat.signals


def test_a_number_answering_a_question_about_oneself_still_counts() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 19, "b", 22, "samedi c'est mon anniv !!")
    chat.dm("b", 22, "a", 19, "joyeux anniv, tu vas avoir quel âge ?")
    chat.dm("a", 19, "b", 22, "12 ans")
    assert age_lies(chat) == ["a"]


def test_a_question_to_the_others_says_nothing_of_the_writers_schooling() -> None:
    assert "c.school_mine" not in child_rules("vous checkez pronote tous les soirs vous ?")
    assert "c.childhood" not in child_rules("vous donnez combien d'argent de poche à vos ados ?")
    assert "c.school_mine" in child_rules("je checke mes notes sur pronote tous les soirs")
    assert "c.school_mine" in child_rules("je vous jure ma prof de maths m'a collé")


@pytest.mark.parametrize(
    "text",
    [
        "j'ai mis le contrôle parental sur sa tablette",
        "je lui ai confisqué sa console jusqu'à lundi",
        "on a offert un tel à la grande pour son anniversaire",
    ],
)
def test_the_writer_acting_as_a_parent_opens_the_adult_frame(text: str) -> None:
    assert MinorsGuard._adult_frame(fold(text), [])


def test_a_parents_rules_told_by_the_parent_raise_no_age_lie() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("pere", 38, "ami", 37, "je lui ai confisqué sa console, il râle")
    chat.dm("pere", 38, "ami", 37, "temps d'écran limité à 1h maintenant")
    chat.dm("pere", 38, "ami", 37, "et on doit être couchés avant 21h en semaine")
    assert age_lies(chat) == []


@pytest.mark.parametrize(
    "text",
    [
        "je suis pion dans un internat, les élèves ont couvre-feu à 22h",
        "moi c'était l'anglais, je suis en 5e d'anglais encore dans ma tête",
    ],
)
def test_adult_wording_of_batch_l_read_as_no_child_cue(text: str) -> None:
    assert not child_rules(text) & {"c.parents_forbid", "c.school_class"}


def test_a_class_is_still_read() -> None:
    assert "c.school_class" in child_rules("je suis en 5e")
    assert "c.school_class" in child_rules("moi en 4e et toi")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("rien j'attends que maman rentre à 18h", "c.childhood"),
        ("là je mange mon goûter devant la télé", "c.childhood"),
        ("j'ai fini ma liste pour le père noël", "c.childhood"),
        ("je vais chez la voisine en attendant que mes parents rentrent", "c.childhood"),
        ("je dois pas ouvrir la porte quand je suis seule", "c.parents_forbid"),
        ("mes parents disent que j'aurai insta à 15 ans", "c.parents_forbid"),
        ("j'en ai 13, sinon on peut pas s'inscrire", "c.self_age_more"),
    ],
)
def test_child_cues_of_round_13(text: str, rule: str) -> None:
    assert rule in child_rules(text, age=19)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("bon je dois y aller ma pause déj se termine", "a.work"),
        ("le médecin du travail a dit repos", "a.work"),
        ("j'ai enfin eu mon augmentation", "a.work"),
        ("2100 net maintenant", "a.work"),
        ("j'ai des stagiaires de votre âge", "a.work"),
        ("ma fille. je te raconte pas", "a.children"),
        ("mes deux petits ont eu des bagues", "a.children"),
        ("je dois y aller pour mon grand, il fait n'importe quoi en 5e", "a.children"),
        ("la mutuelle a presque rien remboursé", "a.adult_life"),
        ("ça fait 6 ans que je suis dans la même boîte", "a.since_years"),
        ("le bac c'est rien, moi je l'ai eu avec mention y a 12 ans", "a.bac_year"),
    ],
)
def test_adult_cues_of_round_13(text: str, rule: str) -> None:
    assert rule in adult_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "demain y a réunion parents profs chez moi jsuis mort",
        "y'a un plan boulot dans la restauration, 1800 net, qui est chaud ?",
        "la mutuelle rembourse ?",
        "mes deux petits frères sont pénibles",
        "je joue avec mon petit frère",
    ],
)
def test_teen_wording_read_as_no_adult_cue(text: str) -> None:
    assert not adult_rules(text) & {"a.parenting", "a.children", "a.work", "a.adult_life"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("ma mère m'appelle toutes les heures pour vérifier que je bosse", "c.childhood"),
        ("relance les parents par pronote", "c.school_mine"),
        ("mon prof de piano a 24 ans", "c.school_mine"),
    ],
)
def test_a_grown_ups_mother_pronote_and_teacher_are_no_strong_child_cue(
    text: str, rule: str
) -> None:
    assert rule not in child_rules(text)


def test_a_childs_mother_pronote_and_teacher_still_count() -> None:
    assert "c.childhood" in child_rules("ma mère m'appelle pour manger")
    assert "c.school_mine" in child_rules("mes notes sur pronote sont nulles")
    assert "c.school_life" in child_rules("relance les parents par pronote")
    assert "c.school_mine" in child_rules("mon prof de maths est absent")


def test_working_where_children_are_kept_opens_the_adult_frame() -> None:
    assert MinorsGuard._adult_frame(fold("je bosse au centre aéré cet été"), [])
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("anim", 24, "ami", 25, "je bosse au centre aéré cet été")
    chat.dm("anim", 24, "ami", 25, "le soir c'est la colo des 8-10 ans, coucher à 20h30")
    assert age_lies(chat) == []
