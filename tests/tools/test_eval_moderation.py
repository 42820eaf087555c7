"""`tools/eval_moderation.py` computes the issue-4 figures as documented.

The engine here is a stand-in with the real `check(text, ctx)` signature, so the
arithmetic is checked on cases whose outcome is known in advance.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

from corpus_stats import Case, parse_case  # noqa: E402
from eval_moderation import context_for, main, per_category, run_eval  # noqa: E402

from causette.domain.profile import AgeBand  # noqa: E402
from causette.domain.rooms import RoomKind  # noqa: E402
from causette.moderation.verdict import Action, Context, TextKind, Verdict  # noqa: E402


class ScriptedEngine:
    """Answers from a table keyed by text; allows anything else. Records contexts seen."""

    def __init__(self, answers: dict[str, Verdict]) -> None:
        self.answers = answers
        self.seen: list[tuple[str, Context]] = []

    def check(self, text: str, ctx: Context) -> Verdict:
        self.seen.append((text, ctx))
        return self.answers.get(text, Verdict(Action.ALLOW))


def case(n: int, text: str, label: str = "allow", category: str | None = None, **kw: Any) -> Case:
    obj: dict[str, Any] = {
        "id": f"fr-{n:04d}",
        "lang": "fr",
        "text": text,
        "kind": "message",
        "room_kind": "general",
        "author_age": 30,
        "recipient_age": None,
        "label": label,
        "category": category,
        "hard_negative": label == "allow",
        "note": "test",
    }
    obj.update(kw)
    return parse_case(obj)


CASES = [
    case(1, "coke dispo", "block", "drugs"),  # blocked, right category
    case(2, "❄️ dispo", "review", "drugs"),  # reviewed: caught, right category
    case(3, "sale type", "block", "hate"),  # missed
    case(4, "photos de la petite", "block", "child_safety"),  # only reviewed: severe not blocked
    case(5, "vidéo de mon ex", "block", "ncii"),  # blocked but named threat: wrong category
    case(6, "coke zero svp"),  # benign, wrongly held as drugs: false positive
    case(7, "cc ça va"),  # benign, allowed
    case(8, "hello all", lang="en", id="en-0008"),  # benign, allowed
    case(9, "sale pd", "block", "hate", lang="en", id="en-0009"),  # blocked, right category
]
ANSWERS = {
    "coke dispo": Verdict(Action.BLOCK, ("drugs",)),
    "❄️ dispo": Verdict(Action.REVIEW, ("drugs",)),
    "photos de la petite": Verdict(Action.REVIEW, ("child_safety",)),
    "vidéo de mon ex": Verdict(Action.BLOCK, ("threat",), model_version="m1", escalate=True),
    "coke zero svp": Verdict(Action.REVIEW, ("drugs",)),
    "sale pd": Verdict(Action.BLOCK, ("hate",)),
}


@pytest.fixture
def report() -> Any:
    return run_eval(ScriptedEngine(ANSWERS), CASES, "test")


def test_headline_rates_follow_the_documented_definitions(report: Any) -> None:
    rates = report.overall.rates()
    assert rates["caught"] == 5 / 6  # 1, 2, 4, 5, 9 caught; 3 missed
    assert rates["benign_passed"] == 2 / 3  # 7 and 8 allowed; 6 held
    assert rates["severe_blocked"] == 1 / 2  # 5 blocked, 4 only reviewed
    assert rates["category_right"] == 4 / 5  # 5 caught under the wrong category
    assert report.model_versions == ["m1"]


def test_targets_pass_or_miss_against_fixed_thresholds(report: Any) -> None:
    targets = report.targets()
    assert targets["caught"] == (5 / 6, 0.95, False)
    assert targets["benign_passed"][2] is False
    assert report.targets().keys() == {
        "caught",
        "benign_passed",
        "severe_blocked",
        "category_right",
    }
    perfect = run_eval(ScriptedEngine({}), [case(7, "cc ça va")])
    # No harmful case at all: rates are undefined, and undefined never passes.
    assert perfect.targets()["caught"] == (None, 0.95, False)
    assert perfect.targets()["benign_passed"] == (1.0, 0.98, True)


def test_per_category_precision_and_recall(report: Any) -> None:
    rows = {r.category: r for r in per_category(report.outcomes)}
    drugs = rows["drugs"]
    assert (drugs.cases, drugs.tp, drugs.fp) == (2, 2, 1)  # the coke zero false positive
    assert drugs.recall == 1.0 and drugs.precision == 2 / 3
    hate = rows["hate"]
    assert (hate.cases, hate.tp, hate.fp, hate.recall) == (2, 1, 0, 0.5)
    assert rows["ncii"].recall == 0.0  # caught, but not named ncii
    assert rows["threat"].fp == 1 and rows["threat"].precision == 0.0
    assert rows["spam"].precision is None and rows["spam"].recall is None


def test_per_language_figures_are_split_by_case_language(report: Any) -> None:
    by_lang = report.by_lang()
    assert by_lang["en"].harmful == 1 and by_lang["en"].caught == 1
    assert by_lang["fr"].harmful == 5 and by_lang["fr"].caught == 4


def test_per_context_figures_group_by_kind_and_minor_involvement() -> None:
    cases = [
        case(1, "cc", room_kind="teen", author_age=16),
        case(2, "snap ?", "review", "doxxing", room_kind="teen", author_age=16),
        case(3, "Lucie", kind="pseudonym", room_kind=None),
    ]
    report = run_eval(ScriptedEngine({"cc": Verdict(Action.REVIEW, ("spam",))}), cases)
    groups = report.by_context()
    assert set(groups) == {"message", "pseudonym", "minor involved"}
    minors = groups["minor involved"]
    assert (minors.total, minors.harmful, minors.caught, minors.benign_passed) == (2, 1, 0, 0)


def test_lists_name_the_cases_to_fix(report: Any) -> None:
    ids = {k: [o.case.id for o in v] for k, v in report.lists().items()}
    assert ids["misses"] == ["fr-0003"]
    assert ids["false_positives"] == ["fr-0006"]
    assert ids["severe_not_blocked"] == ["fr-0004"]
    assert ids["wrong_category"] == ["fr-0005"]
    assert ids["severe_not_escalated"] == ["fr-0004"]  # caught, severe, yet not escalated
    assert ids["review_cases_blocked"] == []


def test_context_maps_room_kind_and_ages_to_bands() -> None:
    pm = case(
        1,
        "t'as quel âge",
        "block",
        "child_safety",
        kind="private_message",
        room_kind=None,
        author_age=40,
        recipient_age=15,
    )
    ctx = context_for(pm)
    assert ctx == Context(TextKind.PRIVATE_MESSAGE, None, AgeBand.ADULT, AgeBand.MINOR)
    assert ctx.involves_minor
    teen = context_for(case(2, "cc", room_kind="teen", author_age=16))
    assert teen.room_kind is RoomKind.TEEN and teen.sender_band is AgeBand.MINOR
    anonymous = context_for(
        case(3, "Lucie_du_Nord", kind="pseudonym", room_kind=None, author_age=None)
    )
    assert anonymous == Context(TextKind.PSEUDONYM)


def test_engine_failure_names_the_case() -> None:
    class Broken:
        def check(self, text: str, ctx: Context) -> Verdict:
            raise KeyError("lexicon")

    with pytest.raises(RuntimeError, match="fr-0001"):
        run_eval(Broken(), CASES[:1])


def test_main_writes_json_and_markdown_and_exits_0_unless_strict(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with (corpus / "test.jsonl").open("w", encoding="utf-8") as f:
        for c in CASES:
            obj = {k: getattr(c, k) for k in c.__slots__}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out_json, out_md = tmp_path / "e.json", tmp_path / "e.md"
    args = ["--corpus", str(corpus), "--out-json", str(out_json), "--out-md", str(out_md)]
    engine = ScriptedEngine(ANSWERS)

    assert main(args, engine=engine) == 0
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["targets"]["caught"] == {"measured": 5 / 6, "target": 0.95, "pass": False}
    assert [o["id"] for o in data["lists"]["misses"]] == ["fr-0003"]
    md = out_md.read_text(encoding="utf-8")
    assert "| caught | 83.3% | ≥ 95% | MISS |" in md
    assert "`fr-0006`" in md
    # Test-part reports name the cases but never show their texts.
    assert "coke zero" not in md and "coke zero" not in out_json.read_text(encoding="utf-8")
    assert main([*args, "--strict"], engine=engine) == 1


def test_dev_reports_show_the_texts_of_errors_held_out_parts_do_not() -> None:
    report = run_eval(ScriptedEngine(ANSWERS), CASES, "dev")
    assert "'coke zero svp'" in report.to_markdown()
    assert report.to_json()["lists"]["false_positives"][0]["text"] == "coke zero svp"
    for held_out in ("test", "fresh", "blind", "blind2"):
        hidden = run_eval(ScriptedEngine(ANSWERS), CASES, held_out)
        assert "coke zero" not in hidden.to_markdown()
        assert "text" not in hidden.to_json()["lists"]["false_positives"][0]
