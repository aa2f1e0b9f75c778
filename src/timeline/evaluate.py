"""Score predicted events against an annotated set (``eval/gold.jsonl``).

Each gold passage holds its text and the events a careful reader extracts from it. The
prediction is the timeline of that text (run here, or read from a JSON file made by
``timeline extract``). Per passage, gold and predicted events are aligned one to one
(best score first: same type, actor overlap, same date); then:

- event precision / recall / F1 — an aligned pair counts when type, date and actors all
  match (actors match when every gold actor is among the predicted ones);
- on aligned pairs: accuracy of type, date, status, place and roles, and actor F1;
- date F1 (tilse-style): the set of dates in the gold timeline against the predicted one.

The prediction may also be a second annotator's file in the gold format (``.jsonl``): the
same scores then measure how far two careful readers agree, the ceiling a tool can reach
on text annotated by one of them.
"""
from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class GoldEvent:
    type: str
    date: str | None
    status: str
    actors: tuple[tuple[str, str | None], ...]
    location: str | None
    trigger: str | None = None


@dataclass(frozen=True)
class Passage:
    id: str
    text: str
    events: tuple[GoldEvent, ...]


def _canonical(name: str) -> str:
    """The lexicon's canonical name for an annotator's name that is one of its aliases
    (オースティン → ロイド・オースティン): the same person is not a mismatch."""
    from .actors import actor_by_name

    actor = actor_by_name(name)
    if actor is not None:
        return actor.name
    # a foreign person by family name alone (コスタ → アントニオ・コスタ), when only one has it
    people = {n for n in _family_names().get(name, ())}
    return people.pop() if len(people) == 1 else name


def _canonical_place(name: str | None) -> str | None:
    """The gazetteer's name for an annotator's place that is one of its aliases (錦繡山迎賓館)."""
    from .actors import place_info

    return (place_info(name) or {}).get("name", name) if name else name


@lru_cache(maxsize=None)
def _family_names() -> dict[str, tuple[str, ...]]:
    from .lexicon import load_actors

    out: dict[str, list[str]] = {}
    for a in load_actors().get("actor", []):
        if a.get("kind") == "person" and "・" in a["name"]:
            out.setdefault(a["name"].rsplit("・", 1)[1], []).append(a["name"])
    return {k: tuple(v) for k, v in out.items()}


def load_gold(path: str | Path) -> list[Passage]:
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        events = tuple(GoldEvent(e["type"], e.get("date"), e.get("status", "happened"),
                                 tuple((_canonical(a["name"]), a.get("role")) for a in e.get("actors", [])),
                                 _canonical_place(e.get("location")), e.get("trigger")) for e in d.get("events", []))
        out.append(Passage(d["id"], d.get("text", ""), events))
    return out


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    matched: int = 0  # type + date + actors
    aligned: int = 0
    type_ok: int = 0
    date_ok: int = 0
    status_ok: int = 0
    place_ok: int = 0
    role_ok: int = 0
    role_n: int = 0
    actor_tp: int = 0
    actor_fp: int = 0
    actor_fn: int = 0
    date_tp: int = 0
    date_fp: int = 0
    date_fn: int = 0
    errors: list[str] = field(default_factory=list)
    confidence: list[tuple[float, bool]] = field(default_factory=list)  # (predicted confidence, matched)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _names(pred: dict) -> set[str]:
    return {a["name"] for a in pred["actors"]}


def _score(g: GoldEvent, p: dict) -> float:
    gold_names = {n for n, _ in g.actors}
    pred_names = _names(p)
    overlap = len(gold_names & pred_names) / len(gold_names | pred_names) if gold_names | pred_names else 0.0
    return 2.0 * (g.type == p["type"]) + overlap + 1.0 * (g.date == p["date"])


def align(gold: Passage, predicted: list[dict]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index), best score first, each event used once."""
    pairs = sorted(((_score(g, p), i, j) for i, g in enumerate(gold.events) for j, p in enumerate(predicted)),
                   reverse=True)
    used_g, used_p, out = set(), set(), []
    for s, i, j in pairs:
        if i in used_g or j in used_p or s < 2.0:  # at least the type, or the date and most actors
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


def is_match(g: GoldEvent, p: dict) -> bool:
    """An aligned pair counts as a found event: same type and date, every gold actor predicted."""
    return g.type == p["type"] and g.date == p["date"] and {n for n, _ in g.actors} <= _names(p)


def _family_names_as_predicted(gold: Passage, predicted: list[dict]) -> Passage:
    """Gold names written by family name alone that one full name the tool gave in the same
    passage ends with (クリントン for ビル・クリントン, a person the lexicon does not know): the
    same person, so the gold name takes the full form."""
    full: dict[str, set[str]] = {}
    for p in predicted:
        for a in p["actors"]:
            if "・" in a["name"]:
                full.setdefault(a["name"].rsplit("・", 1)[1], set()).add(a["name"])
    named = {a["name"] for p in predicted for a in p["actors"]}

    def as_predicted(name: str) -> str:
        return next(iter(full[name])) if name not in named and len(full.get(name, ())) == 1 else name

    events = tuple(replace(g, actors=tuple((as_predicted(n), r) for n, r in g.actors)) for g in gold.events)
    return replace(gold, events=events)


def score_passage(gold: Passage, predicted: list[dict], c: Counts) -> None:
    gold = _family_names_as_predicted(gold, predicted)
    c.gold += len(gold.events)
    c.pred += len(predicted)
    pairs = align(gold, predicted)
    used_g, used_p = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, j in pairs:
        g, p = gold.events[i], predicted[j]
        gold_names = {n for n, _ in g.actors}
        pred_names = _names(p)
        c.aligned += 1
        c.type_ok += g.type == p["type"]
        c.date_ok += g.date == p["date"]
        c.status_ok += g.status == p["status"]
        place_ok = (g.location in p["locations"]) if g.location else not p["locations"]
        c.place_ok += place_ok
        if not place_ok:
            c.errors.append(f"{gold.id}: place of {g.type} {g.date}: gold {g.location}, pred {p['locations']}")
        c.actor_tp += len(gold_names & pred_names)
        c.actor_fp += len(pred_names - gold_names)
        if pred_names - gold_names:
            c.errors.append(f"{gold.id}: extra actors in {g.type} {g.date}: {sorted(pred_names - gold_names)}")
        c.actor_fn += len(gold_names - pred_names)
        roles = {a["name"]: a.get("role") for a in p["actors"]}
        for name, role in g.actors:
            if role:
                c.role_n += 1
                c.role_ok += roles.get(name) == role
                if name in roles and roles[name] != role:
                    c.errors.append(f"{gold.id}: role of {name} in {g.type} {g.date}: gold {role}, pred {roles[name]}")
        if g.status != p["status"]:
            c.errors.append(f"{gold.id}: status of {g.type} {g.date}: gold {g.status}, pred {p['status']}")
        ok = is_match(g, p)
        c.confidence.append((p["confidence"], ok))
        if ok:
            c.matched += 1
        else:
            c.errors.append(f"{gold.id}: gold {g.type} {g.date} {sorted(gold_names)} ≠ "
                            f"pred {p['type']} {p['date']} {sorted(pred_names)}")
    for i, g in enumerate(gold.events):
        if i not in used_g:
            c.errors.append(f"{gold.id}: missed {g.type} {g.date} {[n for n, _ in g.actors]}")
    for j, p in enumerate(predicted):
        if j not in used_p:
            c.confidence.append((p["confidence"], False))
            c.errors.append(f"{gold.id}: extra {p['type']} {p['date']} {p['title']}")
    gold_dates = {g.date for g in gold.events if g.date}
    pred_dates = {p["date"] for p in predicted if p["date"]}
    c.date_tp += len(gold_dates & pred_dates)
    c.date_fp += len(pred_dates - gold_dates)
    c.date_fn += len(gold_dates - pred_dates)


def report(c: Counts) -> dict:
    p, r, f = _prf(c.matched, c.pred - c.matched, c.gold - c.matched)
    ap, ar, af = _prf(c.actor_tp, c.actor_fp, c.actor_fn)
    dp, dr, df = _prf(c.date_tp, c.date_fp, c.date_fn)
    acc = (lambda ok: round(ok / c.aligned, 3) if c.aligned else 0.0)
    return {
        "gold_events": c.gold, "predicted_events": c.pred, "matched": c.matched,
        "event_precision": round(p, 3), "event_recall": round(r, 3), "event_f1": round(f, 3),
        "aligned": c.aligned, "type_accuracy": acc(c.type_ok), "date_accuracy": acc(c.date_ok),
        "status_accuracy": acc(c.status_ok), "place_accuracy": acc(c.place_ok),
        "role_accuracy": round(c.role_ok / c.role_n, 3) if c.role_n else 0.0,
        "actor_precision": round(ap, 3), "actor_recall": round(ar, 3), "actor_f1": round(af, 3),
        "date_precision": round(dp, 3), "date_recall": round(dr, 3), "date_f1": round(df, 3),
        "confidence_brier": brier(c.confidence), "confidence_auc": ranking(c.confidence),
        "reliability": reliability(c.confidence),
    }


def brier(pairs: list[tuple[float, bool]]) -> float:
    """Mean squared gap between each predicted event's confidence and whether it is right (0 or 1):
    0 is perfect, 0.25 is what a constant 0.5 scores."""
    return round(sum((conf - ok) ** 2 for conf, ok in pairs) / len(pairs), 4) if pairs else 0.0


def ranking(pairs: list[tuple[float, bool]]) -> float:
    """How well confidence orders the events (ROC AUC): the chance that a right event has a higher
    confidence than a wrong one, ties counting half; 0.5 is no better than chance."""
    right = sorted(conf for conf, ok in pairs if ok)
    wrong = sorted(conf for conf, ok in pairs if not ok)
    if not right or not wrong:
        return 0.0
    above = sum(bisect_left(wrong, r) + 0.5 * (bisect_right(wrong, r) - bisect_left(wrong, r)) for r in right)
    return round(above / (len(right) * len(wrong)), 3)


def reliability(pairs: list[tuple[float, bool]], edges=(0.0, 0.4, 0.6, 0.8, 0.9, 1.01)) -> list[dict]:
    """Of the predicted events in each confidence band, how many match a gold event."""
    out = []
    for lo, hi in zip(edges, edges[1:]):
        band = [ok for conf, ok in pairs if lo <= conf < hi]
        out.append({"confidence": f"[{lo:.1f}, {min(hi, 1.0):.1f}{']' if hi > 1 else ')'}", "events": len(band),
                    "right": round(sum(band) / len(band), 3) if band else None})
    at_least = [ok for conf, ok in pairs if conf >= 0.8]
    out.append({"confidence": ">= 0.8", "events": len(at_least),
                "right": round(sum(at_least) / len(at_least), 3) if at_least else None})
    return out


def predict(passages: Iterable[Passage]) -> dict[str, list[dict]]:
    """Run the pipeline on each passage on its own; events as the JSON writer gives them."""
    from .io.writers import event_dict
    from .models import SourceFile
    from .pipeline import run_sources

    passages = list(passages)
    sources = [SourceFile(path=f"{p.id}.txt", text=p.text, sha256=p.id, encoding="utf-8") for p in passages]
    out: dict[str, list[dict]] = {p.id: [] for p in passages}
    for p, timeline in zip(passages, run_sources(sources, separately=True)):
        out[p.id] = [event_dict(e) for e in timeline.events]
    return out


def from_prediction_file(path: str | Path) -> dict[str, list[dict]]:
    """Events of a `timeline extract --format json` run over the passages saved as ID.txt files."""
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    out: dict[str, list[dict]] = {}
    for e in doc["events"]:
        for source in {m["source"].split("#")[0] for m in e["mentions"]}:
            out.setdefault(source, []).append(e)
    return out


def annotation_as_prediction(passages: Iterable[Passage]) -> dict[str, list[dict]]:
    """Another annotator's events in the shape of predicted ones (confidence 1), to score agreement."""
    return {p.id: [{"type": g.type, "date": g.date, "status": g.status, "title": g.trigger or g.type,
                    "locations": [g.location] if g.location else [], "confidence": 1.0,
                    "actors": [{"name": n, "role": r} for n, r in g.actors]} for g in p.events]
            for p in passages}


def evaluate(gold_path: str | Path, pred_path: str | Path | None = None) -> tuple[dict, list[str]]:
    gold = load_gold(gold_path)
    if pred_path is None:
        predicted = predict(gold)
    elif str(pred_path).endswith(".jsonl"):
        predicted = annotation_as_prediction(load_gold(pred_path))
    else:
        predicted = from_prediction_file(pred_path)
    c = Counts()
    for passage in gold:
        score_passage(passage, predicted.get(passage.id, []), c)
    return report(c), c.errors
