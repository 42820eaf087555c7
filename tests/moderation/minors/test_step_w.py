"""Step W (forty-first sitting): a polling station, a tobacconist's or a post office is no office
(`a.work`), so a child taken there by a parent opens no adult frame and her next child cue
counts."""

import pytest

from causette.moderation.minors import MinorsGuard, SignalKind

from .conftest import Chat, adult_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("je suis au bureau jusqu'à 18h", True),
        ("je quitte le bureau tard ce soir", True),
        ("je rentre du bureau de mon chef", True),
        ("ma mère m'emmène au bureau de vote", False),
        ("je passe au bureau de tabac", False),
        ("je sors du bureau de poste", False),
    ],
)
def test_a_polling_station_is_no_office(text: str, counted: bool) -> None:
    assert ("a.work" in adult_rules(text, 16)) is counted


def test_a_child_taken_to_vote_is_read_next() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.room("b", 19, "moi ma mère m'emmène au bureau de vote à chaque fois")
    chat.room("b", 19, "elle me laisse mettre le bulletin dans l'urne c'est trop bien")
    assert [s.kind for s in chat.signals] == [SignalKind.AGE_LIE_ADULT]
