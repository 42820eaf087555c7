"""Step X (forty-first sitting): babysitting is a teen's job; it opens round 7's teen frame, so
the pay said with it is a teen's, not adult work (`a.work`)."""

import pytest

from .conftest import adult_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("10 euros de l'heure, ma paie de babysitting m'a payé mon tel", False),
        ("ma paie de baby-sitting tombe vendredi", False),
        # without it, the pay is still read as work
        ("10 euros de l'heure, ma paie m'a payé mon tel", True),
    ],
)
def test_babysitting_pay_is_a_teens(text: str, counted: bool) -> None:
    assert ("a.work" in adult_rules(text, 16)) is counted
