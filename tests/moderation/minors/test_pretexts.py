"""Grooming cues added for new wordings: pretexts, overnight stays, indirect photo requests,
text-speak, and video calls weighing less than photo requests."""

import pytest

from causette.moderation.minors import MinorsGuard, SignalKind
from causette.moderation.minors.fold import fold

from .conftest import Chat


@pytest.fixture
def rules_only() -> Chat:
    return Chat(MinorsGuard(use_model=False))


def grooming(chat: Chat) -> list[tuple[str, ...]]:
    return [s.rules for s in chat.signals if s.kind is SignalKind.GROOMING]


@pytest.mark.parametrize(
    ("pretext", "rule"),
    [
        ("tu fais du baby-sitting le mercredi ?", "g.pretext"),
        ("on fait un jeu de rôle, tu serais mon assistante", "g.pretext"),
        ("je te prête ma switch si tu passes", "g.pretext"),
        ("c'est pour un sondage rapide, quelques questions", "g.pretext"),
        ("après le concert tu pourras dormir chez moi", "g.overnight"),
    ],
)
def test_a_pretext_alone_stays_low_but_adds_up_with_an_isolation_cue(
    rules_only: Chat, pretext: str, rule: str
) -> None:
    rules_only.dm("g", 17, "v", 15, pretext)
    assert grooming(rules_only) == []
    rules_only.dm("g", 17, "v", 15, "tes parents rentrent à quelle heure ?")
    [rules] = grooming(rules_only)
    assert rule in rules and "g.alone_question" in rules


@pytest.mark.parametrize(
    "asked",
    [
        "envoie une que personne a vue",
        "fais un miroir",
        "montre-toi",
        "mntr twa stp",
        "tu menvoi une foto",
    ],
)
def test_indirect_photo_requests_are_photo_requests(rules_only: Chat, asked: str) -> None:
    rules_only.dm("g", 17, "v", 15, "t'es toute seule ?")
    rules_only.dm("g", 17, "v", 15, asked)
    [rules] = grooming(rules_only)
    assert "g.photo_request" in rules


def test_text_speak_is_read_as_words() -> None:
    assert fold("ri1 dir a tes rents, mntr twa").leet == "rien dire a tes parents montre toi"


@pytest.mark.parametrize("secret", ["di ri1 a tes rents", "di ri1 a ta mer"])
def test_secrecy_in_text_speak_is_recognised(rules_only: Chat, secret: str) -> None:
    rules_only.dm("g", 17, "v", 15, "t'es toute seule ?")
    rules_only.dm("g", 17, "v", 15, secret)
    [rules] = grooming(rules_only)
    assert "g.secrecy_adults" in rules


def test_a_video_call_weighs_less_than_a_photo_request(rules_only: Chat) -> None:
    rules_only.dm("a", 16, "b", 16, "on se fait un facetime ce soir ?")
    rules_only.dm("a", 16, "b", 16, "t'habites où déjà ?")
    assert grooming(rules_only) == []  # 1.0 + 1.3: two teens calling each other
    rules_only.dm("a", 16, "b", 16, "envoie moi une photo de toi")
    assert grooming(rules_only) != []
