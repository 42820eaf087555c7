"""The fast paths of the moderation code give exactly what the plain code gives."""

from __future__ import annotations

import random
import unicodedata
from functools import reduce
from operator import add

from causette.moderation.minors import fold as minors_fold
from causette.moderation.model import _add_all
from causette.moderation.normalize import _MARKS, fold

# Latin letters with accents, combining marks on their own, Greek, Cyrillic, ligatures.
SAMPLE = "".join(chr(c) for c in (*range(0xA0, 0x250), *range(0x300, 0x370), *range(0x370, 0x530)))


def test_accents_are_stripped_as_unicodedata_combining_says() -> None:
    for ch in SAMPLE:
        decomposed = unicodedata.normalize("NFD", ch)
        expected = "".join(c for c in decomposed if not unicodedata.combining(c))
        assert decomposed.translate(_MARKS) == expected, hex(ord(ch))


def test_the_minors_fold_strips_the_same_marks() -> None:
    for ch in SAMPLE:
        decomposed = unicodedata.normalize("NFKD", ch)
        expected = "".join(c for c in decomposed if not unicodedata.combining(c))
        assert minors_fold._strip_accents(ch) == expected, hex(ord(ch))


def test_fold_reads_french_accents() -> None:
    assert fold("Élève à l'ÉCOLE, ça où") == "eleve a l'ecole, ca ou"


def test_model_sums_are_the_same_floats_as_adding_in_order() -> None:
    rng = random.Random(3)
    for _ in range(200):
        column = [rng.uniform(-5, 5) for _ in range(rng.randint(0, 80))]
        start = rng.uniform(-2, 2)
        assert _add_all(column, start) == reduce(add, column, start)


# Characters that matter to the fast paths below: leet digits and symbols, spaces of
# several kinds, letters with and without accents, symbols the minors' fold maps.
_FAST = "ab c0k3 1|!@$€&5 7\u00a0\u2028\t\néàç٣ l1 xx"


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_FAST) for _ in range(rng.randint(0, 30)))


def test_only_tokens_with_leet_characters_are_unleeted_the_rest_unchanged() -> None:
    import re

    from causette.moderation import normalize as n

    every_token = re.compile(r"\S+")
    rng = random.Random(5)
    for _ in range(3000):
        text = _text(rng)
        assert n._LEET_TOKEN.sub(n._unleet_match, text) == every_token.sub(n._unleet_match, text), (
            text
        )


def test_fold_is_the_same_cached_or_not() -> None:
    from causette.moderation import normalize as n

    rng = random.Random(7)
    for _ in range(2000):
        text = _text(rng)
        assert fold(text) == n._fold(text) == fold(text)


def test_the_minors_fold_maps_symbols_only_when_present() -> None:
    rng = random.Random(9)
    for _ in range(2000):
        text = _text(rng)
        lowered = minors_fold._strip_accents(text.translate(minors_fold._SYMBOLS).casefold())
        spaced = " ".join(minors_fold._NOT_WORD.sub(" ", lowered).split())
        joined = minors_fold._SPACED.sub(minors_fold._join_spaced, spaced)
        assert minors_fold.fold(text).plain == minors_fold._REPEAT.sub(r"\1", joined), text


def test_text_checks_refuse_what_the_category_loop_refused() -> None:
    from causette.domain.errors import InvalidInput
    from causette.domain.text import validate_text

    def old(raw: str) -> str | None:
        for ch in raw:
            if ch in "\n\t":
                continue
            category = unicodedata.category(ch)
            if category == "Cs":
                return "text_invalid_unicode"
            if category == "Cc" or ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
                return "text_control_chars"
        return None

    rng = random.Random(11)
    alphabet = "ab \x00\x1f\x7f\x85\x9f\u202a\u202e\u2066\u2069\ud800\udfff\u200d\n\té"
    for _ in range(3000):
        raw = "x" + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        text = unicodedata.normalize("NFC", raw).rstrip()
        try:
            validate_text(raw, 1000)
            got = None
        except InvalidInput as exc:
            got = exc.code
        assert got == old(text), repr(raw)


def test_white_space_runs_collapse_as_the_regular_expression_did() -> None:
    import re

    spaces = re.compile(r"\s+")
    rng = random.Random(13)
    for _ in range(3000):
        text = _text(rng) + rng.choice(["", " ", "\u2028", "\u00a0\t"])
        assert " ".join(text.split()) == spaces.sub(" ", text).strip(), repr(text)


def test_rules_without_a_lexicon_hit_answer_as_every_rule_asked_in_turn() -> None:
    """`evaluate`'s shortcut (no hit, no minor: only the flood check can fire) over
    development texts, floods and every context without a minor."""
    import itertools
    import json
    from pathlib import Path

    from causette.domain.profile import AgeBand
    from causette.moderation.engine import Engine, prepare
    from causette.moderation.rules import evaluate, evaluate_all
    from causette.moderation.verdict import Context, RoomKind, TextKind

    lexicon = Engine.default().lexicon
    dev = Path(__file__).resolve().parents[2] / "corpus" / "moderation" / "dev.jsonl"
    texts = [json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines()]
    texts += ["ha ha ha ha ha ha ha", "a" * 25, "!!!! ???? !!!! ????", "😂" * 16, ""]
    contexts = [
        Context(kind, room_kind=room, sender_band=sender, recipient_band=recipient)
        for kind, room, sender, recipient in itertools.product(
            TextKind,
            (None, RoomKind.GENERAL, RoomKind.ADULT),
            (None, AgeBand.ADULT),
            (None, AgeBand.ADULT),
        )
    ]
    floods = 0
    for text in texts:
        for ctx in contexts:
            norm = prepare(text, ctx, lexicon)
            found = evaluate({}, norm, ctx)
            assert found == evaluate_all({}, norm, ctx), (text, ctx)
            floods += bool(found)
    assert floods  # the flood check itself was reached
