"""Round 8: age-lie wording in both directions, grooming pretexts that hide the talk from
the household or cut the teen off from friends, and the hard negatives: two teens home
alone calling each other, a parent answering for their child, adults' school memories."""

import pytest

from causette.moderation.minors import MinorsGuard, SignalKind, ages
from causette.moderation.minors.fold import fold
from causette.moderation.minors.model import TextModel

from .conftest import T0, Chat, adult_rules, child_rules, grooming_rules


@pytest.fixture
def rules_only() -> Chat:
    return Chat(MinorsGuard(use_model=False))


def grooming(chat: Chat) -> list[tuple[str, ...]]:
    return [s.rules for s in chat.signals if s.kind is SignalKind.GROOMING]


# -- a declared adult writing as a child ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("je suis qu'en 6e en fait", "c.school_class"),
        ("j'ai triché sur l'âge désolée", "c.admits_lie"),
        ("j'ai mis plus vieux sinon on pouvait pas s'inscrire", "c.admits_lie"),
        ("je suis pas vraiment 24", "c.admits_lie"),
        ("demain g contrôle de conjugaison", "c.school_mine"),
        ("la prof veut qu'on connaisse les tables jusqu'à 12", "c.school_mine"),
        ("j'ai été élue éco délégué", "c.school_mine"),
        ("on doit chanter avec les cm2", "c.class_life"),
        ("je fais de la danse depuis le cp", "c.class_life"),
        ("mon père veut qu'on doive dormir à 21h, on doit dormir à 21h", "c.childhood"),
        ("mes copines elles ont le droit jusqu'à 22h", "c.childhood"),
        ("ma mère me laisse aller au parc toute seule", "c.childhood"),
        ("le médecin dit que je vais encore grandir", "c.childhood"),
        ("elle m'a dit que j'avais grandi", "c.childhood"),
    ],
)
def test_a_declared_adults_child_life_is_read(text: str, rule: str) -> None:
    assert rule in child_rules(text)


def test_an_answer_led_by_a_recent_birth_year_is_a_childs(rules_only: Chat) -> None:
    rules_only.dm("b", 28, "a", 25, "t'es né en quelle année ?")
    rules_only.dm("a", 25, "b", 28, "2013 mais chut")
    assert {s.kind for s in rules_only.signals} >= {SignalKind.AGE_LIE_ADULT}


def test_a_future_age_with_que_is_read() -> None:
    assert "c.self_age_more" in child_rules("parce que j'aurai que 13 ans en juin")


# -- a declared minor writing as an adult ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("du coup je télétravaille", "a.work"),
        ("trois réunions avec la direction et un collègue en arrêt", "a.work"),
        ("demain matin je peux pas, rdv chez le notaire", "a.adult_life"),
        ("j'ai posé mon préavis de trois mois", "a.adult_life"),
        ("j'ai calculé mes trimestres hier soir", "a.adult_life"),
        ("on a trouvé le traiteur pour notre mariage", "a.adult_life"),
        ("biberon à 3h et à 5h cette nuit", "a.parenting"),
        ("quand on fait un deuxième elle sera contente", "a.parenting"),
        ("la maîtresse veut voir les parents de ma fille", "a.children"),
        ("le bébé arrive dans 10 jours", "a.children"),
        ("à mon époque on s'appelait depuis les cabines téléphoniques", "a.aging"),
        ("j'ai trouvé trois cheveux blancs ce matin", "a.aging"),
    ],
)
def test_a_declared_minors_adult_life_is_read(text: str, rule: str) -> None:
    assert rule in adult_rules(text)


def test_a_lycee_year_long_ago_is_an_adults() -> None:
    assert "a.bac_year" in adult_rules("moi au lycée c'était en 2008")


@pytest.mark.parametrize(
    "text",
    [
        "y a eu une succession de galères au lycée",
        "au deuxième trimestre j'ai eu de meilleures notes",
        "j'ai perdu 3 points en ranked",
        "préavis de grève des profs demain",
        "j'ai trouvé ma robe pour le mariage de samedi",
        "je donne le biberon à mon petit frère",
    ],
)
def test_a_teens_ordinary_talk_is_no_adult_life(text: str) -> None:
    assert adult_rules(text) == set()


# -- grooming -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("ferme la porte", "g.alone_conceal"),
        ("tes parents se couchent à quelle heure ?", "g.alone_conceal"),
        ("on se fait un facetime quand ta famille dort ?", "g.alone_conceal"),
        ("mets un casque", "g.alone_conceal"),
        ("tu préfères quand y a personne chez toi", "g.alone_conceal"),
        ("t'es toute seule ?", "g.alone_question"),
        ("tu dis que tu vas chez une copine", "g.secrecy_adults"),
        ("t'as qu'à dire que t'es à la bibliothèque", "g.secrecy_adults"),
        ("comme ça tes parents verront rien", "g.secrecy_adults"),
        ("pas la peine d'en parler", "g.secrecy"),
        ("ici c'est surveillé, les messages disparaissent là bas", "g.secrecy"),
        ("t'as pas besoin d'elles", "g.isolation"),
        ("je veux que tu parles qu'à moi", "g.isolation"),
        ("tu serais payée 30 euros la vidéo", "g.gift"),
        ("ils sont trop protecteurs avec toi", "g.trust"),
    ],
)
def test_grooming_cues_of_round_8(text: str, rule: str) -> None:
    assert rule in grooming_rules(text)


def test_a_parent_asked_about_their_childs_class_is_no_school_question() -> None:
    assert "g.school_question" not in grooming_rules("oh non, il est en quelle classe ?")
    assert "g.school_question" in grooming_rules("t'es en quelle classe ?")


def test_viens_chez_moi_is_a_meeting_not_a_pickup() -> None:
    assert grooming_rules("viens chez moi cet aprem") == {"g.meeting"}


def test_two_teens_home_alone_calling_each_other_raise_nothing(rules_only: Chat) -> None:
    rules_only.dm("a", 16, "b", 15, "t'es seule chez toi là ?")
    rules_only.dm("b", 15, "a", 16, "oui mes parents rentrent à 19h")
    rules_only.dm("a", 16, "b", 15, "on s'appelle en facetime pour le dm de physique ?")
    assert rules_only.signals == []


def test_a_teen_who_asks_and_then_hides_the_talk_is_held(rules_only: Chat) -> None:
    rules_only.dm("g", 17, "v", 15, "t'es seule chez toi là ?")
    rules_only.dm("g", 17, "v", 15, "on se fait un facetime")
    assert grooming(rules_only) == []
    rules_only.dm("g", 17, "v", 15, "et ferme ta porte")
    assert grooming(rules_only)


def test_alone_and_a_call_still_count_fully_when_an_adult_is_in_the_pair(
    rules_only: Chat,
) -> None:
    rules_only.dm("g", 31, "v", 19, "t'es en quelle classe ?")
    rules_only.dm("v", 19, "g", 31, "en 4e")
    rules_only.dm("g", 31, "v", 19, "t'es toute seule ?")
    assert grooming(rules_only)


def test_isolation_adds_up_with_trust_but_not_with_itself(rules_only: Chat) -> None:
    rules_only.dm("g", 17, "v", 15, "t'as pas besoin d'elles")
    rules_only.dm("g", 17, "v", 15, "je veux que tu parles qu'à moi")
    assert grooming(rules_only) == []  # a jealous teen partner says as much
    rules_only.dm("g", 17, "v", 15, "fais moi confiance")
    assert grooming(rules_only)


def test_someone_elses_succession_is_no_adult_life() -> None:
    assert adult_rules("rdv chez le notaire pour la succession de ma tante") == set()


# -- adults speaking of their children or of their own school years -------------------------


def test_a_parent_answering_for_their_child_raises_nothing(rules_only: Chat) -> None:
    rules_only.dm("a", 44, "b", 41, "j'ai appelé le cpe, mon fils se fait embêter")
    rules_only.dm("b", 41, "a", 44, "oh non, il est en quelle classe ?")
    rules_only.dm("a", 44, "b", 41, "en 5e")
    assert rules_only.signals == []


def test_a_bare_age_after_speaking_of_ones_daughter_is_hers(rules_only: Chat) -> None:
    rules_only.room("a", 38, "rdv chez le pédiatre pour le rappel de vaccin de ma fille")
    rules_only.room("b", 40, "quel âge ?")
    rules_only.room("a", 38, "11 ans, celui du collège")
    assert rules_only.signals == []


def test_a_mark_out_of_twenty_is_no_age(rules_only: Chat) -> None:
    rules_only.dm("a", 25, "b", 27, "t'as eu combien ?")
    rules_only.dm("b", 27, "a", 25, "moi 8 mdr")
    assert rules_only.signals == []


def test_an_object_had_for_ones_twelfth_birthday_is_a_memory() -> None:
    text = "mon premier walkman je l'ai eu pour mes 12 ans"
    assert ages.recalled_age(fold(text))
    assert child_rules(text, age=45) <= {"c.age_recalled"}


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("elle m'a dit que j'étais le seul à rendre mes rédacs en avance", True),
        ("je l'ai eu en candidat libre l'année suivante", True),
        ("la cantine c'était nul aujourd'hui", False),
    ],
)
def test_the_child_model_skips_a_past_narrative(text: str, told: bool) -> None:
    assert ages.narrated(fold(text)) is told
    flags = TextModel({}, 5.0, 1.0, "always")
    guard = MinorsGuard(model=None, child_model=flags, adult_model=flags, use_model=False)
    (child, _, _), _, _, _ = guard._read_self(fold(text), 30, T0, False)
    assert ("c.model" in {r.id for r in child}) is not told


def test_a_bare_class_reply_in_a_parents_frame_is_the_childs() -> None:
    guard = MinorsGuard(use_model=False)
    (child, _, _), _, _, _ = guard._read_self(fold("en 5e"), 44, T0, False, T0 - 60)
    assert child == []
    (child, _, _), _, _, _ = guard._read_self(fold("en 5e"), 44, T0, False)
    assert {r.id for r in child} == {"c.class_reply"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("demain je dois réciter devant toute la classe", "c.school_mine"),
        ("la maîtresse me met un tampon si je la sais", "c.school_mine"),
        ("ma mère m'interroge ce soir", "c.childhood"),
        ("j'ai cassé ma tirelire pour un skin", "c.childhood"),
        ("j'ai promis d'être rentrée à 18h", "c.childhood"),
        ("il dit que la puberté commence", "c.childhood"),
        ("lundi c'est la rentrée des classes", "c.school_life"),
    ],
)
def test_more_of_a_childs_day(text: str, rule: str) -> None:
    assert rule in child_rules(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("on s'est mis en grève à l'usine", "a.work"),
        ("le délégué syndical négocie les heures sup", "a.work"),
        ("faut que j'envoie le papier à mon employeur", "a.work"),
        ("journée de fou, rdv à la banque", "a.adult_life"),
        ("le conseiller voulait 10 % d'apport", "a.adult_life"),
        ("l'agence me rend pas ma caution", "a.adult_life"),
        ("ma voiture est partie à la fourrière", "a.adult_life"),
        ("la crème antirides marche pas", "a.aging"),
        ("on achetait une carte téléphonique", "a.dated"),
    ],
)
def test_more_of_an_adults_life(text: str, rule: str) -> None:
    assert rule in adult_rules(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("ils sont couchés tes parents ?", "g.alone_conceal"),
        ("mes colocs seront pas là dimanche", "g.alone_conceal"),
        ("mets un casque pour qu'ils entendent rien", "g.secrecy"),
        ("tu leur as dit quoi à tes parents ?", "g.secrecy_adults"),
        ("bloque le et envoie moi une capture", "g.isolation"),
        ("c'est payé en liquide", "g.gift"),
    ],
)
def test_more_grooming_cues_of_round_8(text: str, rule: str) -> None:
    assert rule in grooming_rules(text)
