"""Grooming risk per ordered pair: accumulation, isolation, decay, once per crossing."""

from causette.moderation.minors import MinorsGuard, SignalKind

from .conftest import Chat

GROOMER = [
    "t'as quel âge ?",
    "t'es trop mignonne",
    "envoie moi une photo de toi",
    "ne dis rien à tes parents",
]


def grooming(chat: Chat) -> list:  # type: ignore[type-arg]
    return [s for s in chat.signals if s.kind is SignalKind.GROOMING]


def test_teen_pair_with_several_grooming_cues_is_held_with_its_evidence(chat: Chat) -> None:
    for text in GROOMER:
        chat.dm("a", 17, "b", 15, text)
    [signal] = grooming(chat)
    assert (signal.subject, signal.other) == ("a", "b")
    assert signal.action == "hold_conversation"
    assert signal.score >= signal.threshold == chat.guard.grooming_threshold
    assert "g.photo_request" in signal.rules
    assert {e.ref for e in signal.evidence} <= {"m1", "m2", "m3", "m4"}
    assert all(e.weight > 0 and e.excerpt for e in signal.evidence)
    assert "b" in signal.explanation and "seuil" in signal.explanation


def test_one_cue_alone_does_not_fire(chat: Chat) -> None:
    chat.dm("a", 16, "b", 16, "t'as snap ?")
    chat.dm("a", 16, "b", 16, "t'as quel âge ?")
    assert chat.signals == []


def test_teens_swapping_snap_and_meeting_at_the_cinema_is_not_grooming(chat: Chat) -> None:
    for text in [
        "t'as quel âge ?",
        "t'es en quelle classe ?",
        "t'as snap ?",
        "on se voit au ciné samedi avec les autres ?",
    ]:
        chat.dm("a", 16, "b", 15, text)
    assert grooming(chat) == []


def test_signal_fires_once_per_crossing(chat: Chat) -> None:
    for text in [*GROOMER, "envoie un selfie", "c'est notre secret", "allume ta cam"]:
        chat.dm("a", 17, "b", 15, text)
    assert len(grooming(chat)) == 1


def test_pairs_are_isolated_by_direction_and_by_partner(chat: Chat) -> None:
    chat.dm("a", 17, "b", 15, GROOMER[2])
    chat.dm("a", 17, "c", 15, GROOMER[3])
    chat.dm("b", 15, "a", 17, GROOMER[1])
    chat.dm("c", 15, "a", 17, GROOMER[0])
    assert grooming(chat) == []


def test_evidence_decays_with_time() -> None:
    cues = ["envoie moi une photo de toi", "t'es pas comme les autres", "t'es trop belle"]
    at_once = Chat(MinorsGuard(grooming_threshold=4.0))
    for text in cues:
        at_once.dm("a", 17, "b", 15, text)
    assert len(grooming(at_once)) == 1
    spread = Chat(MinorsGuard(grooming_threshold=4.0))
    spread.dm("a", 17, "b", 15, cues[0])
    spread.dm("a", 17, "b", 15, cues[1])
    spread.clock.tick(23 * 3600)  # four half-lives: the first two cues weigh a sixteenth
    spread.dm("a", 17, "b", 15, cues[2])
    assert grooming(spread) == []


def test_half_life_lowers_score_but_recent_cues_still_add_up() -> None:
    chat = Chat(MinorsGuard(half_life=3600.0))
    chat.dm("a", 17, "b", 15, GROOMER[2])  # photo 1.8
    chat.dm("a", 17, "b", 15, GROOMER[3])  # secrecy 2.5 -> 4.3 would fire at once
    assert len(grooming(chat)) == 1
    late = Chat(MinorsGuard(half_life=3600.0))
    late.dm("a", 17, "b", 15, GROOMER[2])
    late.clock.tick(2 * 3600)  # the photo request now weighs a quarter
    late.dm("a", 17, "b", 15, GROOMER[3])
    assert grooming(late) == []


def test_signal_rearms_after_the_score_decays_below_half_threshold() -> None:
    chat = Chat(MinorsGuard(half_life=3600.0))
    for text in GROOMER:
        chat.dm("a", 17, "b", 15, text)
    chat.clock.tick(5 * 3600)
    chat.dm("a", 17, "b", 15, "allume ta cam")  # re-arms (score low), then rebuilds
    chat.dm("a", 17, "b", 15, "c'est notre secret")
    chat.dm("a", 17, "b", 15, "tes parents sont là ?")
    assert len(grooming(chat)) == 2


def test_adults_flirting_swapping_numbers_and_meeting_is_not_grooming(chat: Chat) -> None:
    for text in [
        "t'es charmante",
        "t'es seule ce soir ?",
        "envoie moi une photo de toi",
        "on se voit samedi ?",
        "c'est quoi ton num ?",
        "garde ça pour toi",
    ]:
        chat.dm("a", 34, "b", 31, text)
    assert grooming(chat) == []


def test_adult_talking_to_a_declared_adult_who_is_a_child_is_held(chat: Chat) -> None:
    chat.dm("b", 18, "a", 38, "jsuis en 4ème en vrai")
    for text in ["c'est pas grave", "envoie moi une photo de toi", "ne dis rien à tes parents"]:
        chat.dm("a", 38, "b", 18, text)
    [signal] = grooming(chat)
    assert (signal.subject, signal.other) == ("a", "b")
    assert "c.school_class" in signal.rules and "g.age_gap" in signal.rules
    ages = [e for e in signal.evidence if e.rule == "g.age_gap"]
    assert ages and "38" in ages[0].excerpt


def test_declared_teen_revealing_an_adult_life_raises_the_pair_risk(chat: Chat) -> None:
    chat.dm("a", 17, "b", 15, "je sors du boulot, mon patron m'a gardé")
    chat.dm("a", 17, "b", 15, "je viens te chercher en voiture")
    chat.dm("a", 17, "b", 15, "t'es toute seule ?")
    [signal] = grooming(chat)
    assert "a.work" in signal.rules
