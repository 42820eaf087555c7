"""Age-lie signals: declared adults writing as children, declared minors as adults."""

from causette.moderation.minors import SignalKind

from .conftest import Chat


def kinds(chat: Chat) -> list[SignalKind]:
    return [s.kind for s in chat.signals]


def test_declared_adult_saying_they_are_14_is_restricted_pending_review(chat: Chat) -> None:
    [signal] = chat.room("u", 18, "slt j'ai 14 ans et je m'ennuie")
    assert signal.kind is SignalKind.AGE_LIE_ADULT
    assert signal.subject == "u" and signal.other is None
    assert signal.action == "restrict_pending_review"
    assert signal.rules == ("c.self_age",)
    assert signal.evidence[0].ref == "m1" and "14 ans" in signal.evidence[0].excerpt
    assert "18 ans" in signal.explanation


def test_weaker_school_cues_accumulate_across_messages_and_channels(chat: Chat) -> None:
    chat.room("u", 19, "ma prof de maths m'a encore punie")
    assert chat.signals == []
    chat.dm("u", 19, "v", 22, "mes parents veulent pas que je sorte")
    assert kinds(chat) == [SignalKind.AGE_LIE_ADULT]
    assert {e.ref for e in chat.signals[0].evidence} == {"m1", "m2"}


def test_mentioning_parents_again_and_again_never_fires_alone(chat: Chat) -> None:
    for _ in range(10):
        chat.room("u", 45, "je m'occupe de mes parents, ils vieillissent")
    assert chat.signals == []


def test_parents_talking_about_their_children_school_is_not_age_lie(chat: Chat) -> None:
    for text in [
        "mon fils est en 4ème",
        "ma fille a 14 ans",
        "le brevet de ma fille approche",
        "j'ai 14 ans d'expérience comme prof",
    ]:
        chat.room("p", 44, text)
    assert chat.signals == []


def test_declared_minor_saying_they_are_35_is_flagged(chat: Chat) -> None:
    [signal] = chat.room("t", 16, "j'ai 35 ans en vrai", kind="teen")
    assert signal.kind is SignalKind.AGE_LIE_MINOR
    assert signal.action == "flag"
    assert "salon teen" in signal.explanation


def test_adult_life_cues_from_a_declared_minor_add_up(chat: Chat) -> None:
    chat.room("t", 17, "ma femme m'attend", kind="teen")
    assert chat.signals == []
    chat.room("t", 17, "et mon boulot finit tard", kind="teen")
    chat.room("t", 17, "mon loyer a encore augmenté", kind="teen")
    assert kinds(chat) == [SignalKind.AGE_LIE_MINOR]


def test_teen_with_a_summer_job_and_a_joke_is_not_flagged(chat: Chat) -> None:
    for text in ["je bosse au mcdo le samedi", "wsh ma femme ça va", "mes parents m'obligent"]:
        chat.room("t", 16, text, kind="teen")
    assert SignalKind.AGE_LIE_MINOR not in kinds(chat)


def test_age_lie_fires_once_per_crossing(chat: Chat) -> None:
    for text in ["j'ai 14 ans", "jsuis en 4ème", "je suis née en 2012"]:
        chat.room("u", 18, text)
    assert kinds(chat) == [SignalKind.AGE_LIE_ADULT]


def test_adult_cues_of_declared_adult_and_child_cues_of_declared_minor_are_ignored(
    chat: Chat,
) -> None:
    chat.room("a", 40, "j'ai 40 ans, ma femme et mes enfants vont bien")
    chat.room("m", 15, "j'ai 15 ans, je suis en 3ème", kind="teen")
    assert chat.signals == []
