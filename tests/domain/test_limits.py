import pytest

from causette.domain.errors import InvalidInput
from causette.domain.limits import JoinWait, TokenBucket
from causette.domain.text import validate_text


def test_bucket_lets_a_burst_through_then_asks_to_wait() -> None:
    bucket = TokenBucket(capacity=5, window=5.0)
    assert [bucket.take(100.0) for _ in range(5)] == [0.0] * 5
    wait = bucket.take(100.0)
    assert wait == pytest.approx(1.0)


def test_bucket_refills_with_time() -> None:
    bucket = TokenBucket(capacity=5, window=5.0)
    for _ in range(5):
        bucket.take(0.0)
    assert bucket.take(0.5) == pytest.approx(0.5)
    assert bucket.take(1.0) == 0.0


def test_join_wait_counts_down_for_free_sessions_only() -> None:
    wait = JoinWait(5.0)
    assert wait.check(10.0, premium=False) == 0.0
    wait.record(10.0)
    assert wait.check(12.0, premium=False) == pytest.approx(3.0)
    assert wait.check(12.0, premium=True) == 0.0
    assert wait.check(15.0, premium=False) == 0.0


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "text_empty"),
        ("   \n", "text_empty"),
        ("x" * 11, "text_too_long"),
        ("a\x00b", "text_control_chars"),
        ("a\x1bb", "text_control_chars"),
        ("abc\u202edef", "text_control_chars"),
    ],
)
def test_bad_texts_are_refused(text: str, code: str) -> None:
    with pytest.raises(InvalidInput) as err:
        validate_text(text, 10)
    assert err.value.code == code


def test_newlines_and_emoji_pass() -> None:
    assert validate_text("salut\nça va ? 🙂  ", 100) == "salut\nça va ? 🙂"
