"""Step Z (forty-second sitting): a message that corrects what its writer just said ("au boulot
je veux dire", "je parle de ma fille", "je me trompe") frames its own cues only: it opens no
15-minute window over the writer's next cues, as an adult life told plainly does."""

import pytest

from causette.moderation.minors import MinorsGuard, SignalKind
from causette.moderation.minors.doubts import corrects_itself
from causette.moderation.minors.fold import fold

from .conftest import Chat


@pytest.mark.parametrize(
    ("text", "corrects"),
    [
        ("au boulot je veux dire", True),
        ("je parle de ma fille", True),
        ("non il y a longtemps, je me trompe", True),
        ("je suis en alternance on dit la classe", True),
        ("mon job étudiant c'est comme ça qu'on dit", True),
        ("a la fac jveux dire", True),
        # look-alikes: an adult life told plainly
        ("je suis prof de sport au collège", False),
        ("on dit la classe ou le groupe chez vous ?", False),
        ("ma fille a piscine le jeudi", False),
        ("je parle avec ma fille ce soir", False),
    ],
)
def test_a_correction_is_told_apart(text: str, corrects: bool) -> None:
    assert corrects_itself(fold(text).plain) is corrects


def test_a_cover_does_not_hide_the_next_child_cues() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.room("b", 19, "au boulot je veux dire")
    chat.room("b", 19, "ma mère me laisse jamais sortir toute seule")
    chat.room("b", 19, "je dois être rentrée à 17h sinon je me fais gronder")
    assert [s.kind for s in chat.signals] == [SignalKind.AGE_LIE_ADULT]


def test_an_adult_life_told_plainly_still_frames_the_next_minutes() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.room("b", 34, "je suis prof de sport au collège")
    chat.room("b", 34, "on va à la piscine avec l'école le jeudi")
    chat.room("b", 34, "je dois être rentrée à 17h sinon je me fais gronder")
    assert chat.signals == []


def test_a_teen_job_renamed_does_not_hide_the_next_adult_cues() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.room("c", 16, "mon job étudiant c'est comme ça qu'on dit", kind="teen")
    chat.room("c", 16, "ma femme garde les petits ce week-end", kind="teen")
    chat.room("c", 16, "je rembourse encore le crédit de la maison", kind="teen")
    assert [s.kind for s in chat.signals] == [SignalKind.AGE_LIE_MINOR]
