"""Round 58: batches bg (sport) and bh (screens) taken up again, rounds 56 and 57 without the
wording that read an adult's memory of a primary teacher as a child's (`devi-o-124`). More of the
two concepts (`c.minor_only`, `a.adult_only`), three English grooming wordings, an age put on
the site after the true one, and a story box that is no company; each wording beside a
look-alike, paraphrased, not copied from the batches."""

import pytest

from .conftest import adult_rules, child_rules, grooming_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("je joue au hockey novice cette année", True),
        ("moi je suis chez les u9 au foot", True),
        ("mon papa lace encore mes patins", True),
        ("j'ai attaché mes lacets presque tout seul", True),
        ("je peux pas aller dans le grand bassin sans maman", True),
        ("j'ai gagné la course en sac !!", True),
        ("i'm in primary 4", True),
        ("we play t-ball on saturdays", True),
        ("the tooth fairy left me two dollars", True),
        ("la petite souris m'a donné une pièce", True),
        ("my mommy braided my hair", True),
        ("teacher gave me a gold sticker", True),
        ("i passed my spelling test", True),
        ("our games teacher says i'm fast", True),
        ("madam says we must wear hats at break", True),
        ("class 5 at greenhill primary", True),
        ("sur l'étiquette c'est marqué 6-7 ans", True),
        ("demain j'ai école au cm1", True),
        ("la maîtresse vérifie mes devoirs", True),
        ("mon profil youtube c'est le profil enfant", True),
        ("je peux que regarder gulli", True),
        ("un épisode après le bain et au lit", True),
        ("je joue à un jeu sur la tablette de papa", True),
        ("j'ai le portable de papa que quand il dort", True),
        ("notre maîtresse de ce1 nous lit une histoire", True),
        ("la maîtresse de cm2 dit qu'on part en classe verte", True),
        ("on a une gommette par jour", True),
        ("my dad keeps my tablet password", True),
        ("bedtime is 8 so i log off soon", True),
        ("i play prodigy at school", True),
        ("it's on my mom's wishlist", True),
        ("me too grade 4", True),
        ("maman a mis un code sur la tablette", True),
        ("je révise pour l'examen de sixième année", True),
        # look-alikes: an adult's memory of a primary teacher (devi-o-124's shape)
        ("ma maîtresse de cp m'a appris à lire", False),
        ("quand j'étais petite, la maîtresse de ce2 nous donnait des images", False),
        ("notre maître de cm1 nous faisait chanter tous les matins", False),
        # look-alikes: a parent's, coach's or teacher's side of the same
        ("j'entraîne les u9 le mercredi", False),
        ("mon fils joue au hockey novice", False),
        ("je lace les patins de mon fils", False),
        ("il a attaché ses lacets presque tout seul", False),
        ("ma fille peut pas aller dans le grand bassin sans moi", False),
        ("my son is in primary 4", False),
        ("i coach t-ball on saturdays", False),
        ("the tooth fairy left my son two dollars", False),
        ("i gave my son a gold sticker", False),
        ("i marked their spelling tests", False),
        ("demain j'ai réunion avec la maîtresse", False),
        ("la maîtresse vérifie les devoirs de mon fils", False),
        ("je peux que regarder des séries le soir", False),
        ("un épisode après le bain pour mon fils", False),
        ("je suis la maîtresse de ce2", False),
        ("my kids have a sticker chart", False),
        ("i keep my kids' tablet password", False),
        ("grade 4 teacher here", False),
        ("mon fils révise pour l'examen de sixième année", False),
    ],
)
def test_what_only_a_minor_lives_round_58(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("honestly eight years until retirement", True),
        ("i have five years left until my retirement", True),
        ("il me reste dix ans avant la retraite", True),
        ("je l'ai passée au forfait 2 euros", True),
        ("le groupe whatsapp des parents d'élèves de ce1", True),
        ("my 401k match is 4%", True),
        ("my pto request got denied", True),
        # look-alikes: a teen's side of the same
        ("my grandpa has ten years until retirement", False),
        ("il reste dix ans avant la retraite à mon père", False),
        ("ma mère m'a passée au forfait 2 euros", False),
        ("le groupe des parents de cm2 de ma soeur", False),
        ("my dad explained his 401k to me", False),
    ],
)
def test_what_only_an_adult_lives_round_58(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted


@pytest.mark.parametrize(
    ("text", "rule", "counted"),
    [
        ("are you home alone after school?", "g.alone_question", True),
        ("r u alone rn", "g.alone_question", True),
        ("will you be home alone on friday", "g.alone_question", True),
        ("are your parents at work", "g.alone_question", True),
        ("are you alone in thinking that", "g.alone_question", False),
        ("the hoodie from your wishlist should arrive monday", "g.gift", True),
        ("i ordered the perfume off ur wishlist", "g.gift", True),
        ("put it on my wishlist", "g.gift", False),
        ("send me thank you pics when it comes", "g.photo_request", True),
        ("send me the pics from the trip", "g.photo_request", False),
        ("send me baby pics of the dog", "g.photo_request", False),
    ],
)
def test_english_grooming_wordings_round_58(text: str, rule: str, counted: bool) -> None:
    assert (rule in grooming_rules(text)) is counted


def test_the_age_put_on_the_site_after_the_true_one_is_an_admission() -> None:
    assert "c.admits_lie" in child_rules("oui mais sur le site j'ai mis 19", 19)
    assert "c.admits_lie" not in child_rules("sur le site j'ai mis 19 photos", 19)


def test_a_story_box_is_no_company() -> None:
    # it opened an adult frame that dropped a child's « je suis en ce2 » (devbh-aa-034)
    assert "a.work" not in adult_rules("j'écoute ma boîte à histoires avant de dormir", 16)
    assert "c.school_class" in child_rules(
        "j'écoute ma boîte à histoires avant de dormir, je suis en ce2", 21
    )
