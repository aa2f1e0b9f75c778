"""The evaluation: scoring rules on hand-made predictions, and the pipeline on eval/gold.jsonl."""
import json

import pytest

from conftest import ROOT
from timeline.evaluate import Counts, GoldEvent, Passage, evaluate, report, score_passage

GOLD = Passage("x", "", (
    GoldEvent("meeting", "2024-06-19", "happened", (("金正恩", "agent"), ("プーチン", "counterpart")), "平壌"),
    GoldEvent("telegram", "2024-10-01", "happened", (("金正恩", "agent"), ("習近平", "recipient")), None),
))


def pred(type, date, names, status="happened", locations=(), roles=None):
    roles = roles or {}
    return {"type": type, "date": date, "status": status, "title": type, "locations": list(locations),
            "confidence": 0.9,
            "actors": [{"name": n, "role": roles.get(n)} for n in names]}


def scores(predicted):
    c = Counts()
    score_passage(GOLD, predicted, c)
    return report(c)


def test_a_perfect_prediction_scores_one():
    r = scores([pred("meeting", "2024-06-19", ["金正恩", "プーチン", "北朝鮮"], locations=["平壌"],
                     roles={"金正恩": "agent", "プーチン": "counterpart"}),
                pred("telegram", "2024-10-01", ["金正恩", "習近平"], roles={"金正恩": "agent", "習近平": "recipient"})])
    assert (r["event_f1"], r["status_accuracy"], r["place_accuracy"], r["role_accuracy"], r["date_f1"]) == (1, 1, 1, 1, 1)
    assert r["actor_recall"] == 1.0 and r["actor_precision"] < 1.0  # 北朝鮮 is an extra actor


def test_a_wrong_date_is_not_a_match_but_still_aligned():
    r = scores([pred("meeting", "2024-06-20", ["金正恩", "プーチン"])])
    assert (r["matched"], r["aligned"], r["date_accuracy"], r["event_recall"]) == (0, 1, 0.0, 0.0)


def test_extra_and_missed_events_lower_precision_and_recall():
    r = scores([pred("meeting", "2024-06-19", ["金正恩", "プーチン"]), pred("launch", "2024-01-14", ["北朝鮮"])])
    assert (r["event_precision"], r["event_recall"]) == (0.5, 0.5)


@pytest.mark.parametrize("gold_name, predicted, matched", [
    ("クリントン", ["ビル・クリントン"], 1),  # the family name of the one full name given
    ("クリントン", ["ビル・クリントン", "ヒラリー・クリントン"], 0),  # two people have it: no guess
    ("クリントン", ["クリントン", "ビル・クリントン"], 1),  # the name as written wins
    ("ウォン", ["ペニー・ウォン"], 1),
    ("ウォン", ["王毅"], 0),
])
def test_a_gold_family_name_stands_for_the_full_name_predicted_in_the_passage(gold_name, predicted, matched):
    gold = Passage("y", "", (GoldEvent("statement", "1993", "happened", ((gold_name, "agent"),), None),))
    c = Counts()
    score_passage(gold, [pred("statement", "1993", predicted)], c)
    assert c.matched == matched


def test_a_second_annotators_file_scores_their_agreement(tmp_path):
    """`--pred` may be another reader's annotation of the same passages (no text needed)."""
    def line(pid, events, text=None):
        d = {"id": pid, "events": events} | ({"text": text} if text else {})
        return json.dumps(d, ensure_ascii=False)

    talks = {"type": "meeting", "date": "2024-06-19", "status": "happened", "location": "平壌",
             "actors": [{"name": "金正恩", "role": "agent"}, {"name": "プーチン", "role": "counterpart"}]}
    wire = {"type": "telegram", "date": "2024-10-01", "status": "happened", "location": None,
            "actors": [{"name": "金正恩", "role": "agent"}, {"name": "習近平", "role": "recipient"}]}
    first = tmp_path / "a.jsonl"
    first.write_text(line("p1", [talks, wire], text="…") + "\n", encoding="utf-8")
    second = tmp_path / "b.jsonl"
    second.write_text(line("p1", [talks | {"date": "2024-06-20"}, wire | {"status": "planned"}]) + "\n",
                      encoding="utf-8")
    same, _ = evaluate(first, first)
    assert (same["event_f1"], same["status_accuracy"], same["role_accuracy"]) == (1.0, 1.0, 1.0)
    r, errors = evaluate(first, second)
    assert (r["matched"], r["aligned"], r["event_f1"], r["status_accuracy"]) == (1, 2, 0.5, 0.5)
    assert "p1: gold meeting 2024-06-19 ['プーチン', '金正恩'] ≠ pred meeting 2024-06-20 ['プーチン', '金正恩']" in errors


@pytest.mark.parametrize("name, agreement", [("heldout7", 0.93), ("heldout8", 0.93), ("wikinews", 0.86)])
def test_the_second_readers_annotations_cover_the_same_passages_and_agree(name, agreement):
    """eval/agreement/: blind second annotations, the ceiling quoted in BENCHMARKS.md."""
    first, second = ROOT / "eval" / f"{name}.jsonl", ROOT / "eval" / "agreement" / f"{name}.jsonl"
    ids = lambda path: [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert ids(first) == ids(second)
    r, _ = evaluate(first, second)
    assert r["event_f1"] >= agreement and r["status_accuracy"] >= 0.95  # real text: readers agree less


@pytest.mark.nlp
def test_the_pipeline_on_the_annotated_set(nlp):
    """Quality floor on eval/gold.jsonl: fails when a change makes the extraction worse.
    The figures themselves are in README.md and BENCHMARKS.md."""
    r, errors = evaluate(ROOT / "eval" / "gold.jsonl")
    print(json.dumps(r, ensure_ascii=False))
    assert r["gold_events"] >= 100
    assert r["event_f1"] >= 0.89
    assert r["status_accuracy"] >= 0.93
    assert r["actor_f1"] >= 0.93
    assert r["role_accuracy"] >= 0.87
    assert r["date_f1"] >= 0.96
    # calibration: of the events with confidence >= 0.8, at least 80% are right
    [high] = [b for b in r["reliability"] if b["confidence"] == ">= 0.8"]
    assert high["events"] >= 20 and high["right"] >= 0.8
    # the confidence model (data/confidence.toml) was fitted on this set among others
    assert r["confidence_brier"] <= 0.11 and r["confidence_auc"] >= 0.8


@pytest.mark.nlp
@pytest.mark.parametrize("name, event_f1, actor_f1", [
    # the held-out sets whose errors have been read to choose work: floors just under their figures.
    # heldout10.jsonl, wikinews2.jsonl and wikinews4.jsonl are the unseen measures and have no
    # floor, so that they never become targets.
    ("heldout", 0.87, 0.94),
    ("heldout2", 0.93, 0.93),
    ("heldout3", 0.85, 0.90),
    ("heldout4", 0.92, 0.91),
    ("heldout5", 0.94, 0.94),
    ("heldout6", 0.87, 0.90),
    ("heldout7", 0.80, 0.85),
    ("heldout8", 0.82, 0.89),
    ("heldout9", 0.75, 0.89),
])
def test_the_pipeline_on_the_held_out_development_sets(nlp, name, event_f1, actor_f1):
    r, _ = evaluate(ROOT / "eval" / f"{name}.jsonl")
    assert r["event_f1"] >= event_f1 and r["actor_f1"] >= actor_f1 and r["status_accuracy"] >= 0.9


@pytest.mark.nlp
@pytest.mark.parametrize("name, events, event_f1, actor_f1, date_f1, status", [
    ("wikinews", 120, 0.40, 0.70, 0.68, 0.89),
    ("wikinews3", 150, 0.37, 0.69, 0.73, 0.90),
])
def test_the_pipeline_on_real_articles(nlp, name, events, event_f1, actor_f1, date_f1, status):
    """eval/wikinews.jsonl, eval/wikinews3.jsonl: real Wikinews articles, far harder than the
    written sets (README). Floors just under today's figures, so that work on real text only
    moves them up."""
    r, _ = evaluate(ROOT / "eval" / f"{name}.jsonl")
    assert r["gold_events"] >= events
    assert r["event_f1"] >= event_f1 and r["actor_f1"] >= actor_f1 and r["date_f1"] >= date_f1
    assert r["status_accuracy"] >= status
