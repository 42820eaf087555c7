"""Step Y (forty-second sitting): a writer taken along by an elder ("ma mère m'emmène chez le
notaire") names the elder's errand, not their own adult life: no adult cue for a declared
teen, no adult frame for a declared adult, whose next child cue then counts."""

import pytest

from causette.moderation.minors import MinorsGuard, SignalKind

from .conftest import Chat, adult_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # the elder's errand, the writer taken along
        ("ma mère m'emmène chez le notaire", False),
        ("mon père m'a amené à son bureau ce matin", False),
        ("elle me traîne à la banque samedi", False),
        ("mes parents m'ont emmené chez leur notaire", False),
        # look-alikes: the writer's own adult life
        ("je vais chez le notaire pour la maison", True),
        ("ma femme et moi on va chez le notaire", True),
        ("ma mère m'a dit que je devais aller chez le notaire", True),
        ("mon père m'a emmené à la gare et je suis allé au bureau", True),
    ],
)
def test_an_errand_one_is_taken_on_is_the_elders(text: str, counted: bool) -> None:
    assert bool(adult_rules(text, 16) & {"a.adult_life", "a.work"}) is counted


def test_a_child_taken_to_the_notary_is_read_next() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.room("b", 19, "ma mère m'emmène chez le notaire cet aprem")
    chat.room("b", 19, "ma mère me laisse jamais sortir toute seule")
    assert [s.kind for s in chat.signals] == [SignalKind.AGE_LIE_ADULT]


def test_a_grown_ups_own_notary_still_frames_her_school_talk() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.room("b", 34, "je vais chez le notaire pour la maison cet aprem")
    chat.room("b", 34, "le bus scolaire passe à 16h45")
    assert chat.signals == []
