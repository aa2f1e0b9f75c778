"""How likely an event is right: a logistic model over what the pipeline knows about it.

An event is *right* when an annotator lists the same event with the same type and date and
every actor the annotator names is among the event's. The weights live in
``data/confidence.toml``; ``eval/train_confidence.py`` fits them on the annotated sets and
recalibrates them (Platt scaling) on a set the extraction rules were not developed on,
because events of text the rules were written from are right more often than events of new
text.
"""
from __future__ import annotations

import math
from functools import lru_cache

from .lexicon import load_confidence
from .models import Event

def features(e: Event, conflict: bool) -> dict[str, float]:
    """The event's features by name: one-hot ``type=``, ``status=``, ``basis=`` and ``granularity=``
    values, counts on a log or capped scale, and flags (0 or 1)."""
    ms = e.mentions
    kinds = [a.kind for a in e.actors]
    return {
        f"type={e.type}": 1.0, f"status={e.status}": 1.0, f"basis={e.date_basis}": 1.0,
        f"granularity={e.granularity}": 1.0,
        "mentions": math.log(len(ms)),
        "sources": math.log(len({m.source for m in ms})),
        "verbal": float(any(not m.nominal for m in ms)),  # some mention is a verb (会談した), not a noun
        "weight_max": max(m.weight for m in ms),  # the trigger words' reliability (triggers.toml)
        "weight_min": min(m.weight for m in ms),
        "conflict": float(conflict),  # written dates of its mentions disagree
        "persons": min(kinds.count("person"), 4) / 4,
        "countries": min(kinds.count("country"), 4) / 4,
        "organizations": float("organization" in kinds),
        "no_actors": float(not kinds),
        "located": float(bool(e.locations)),
        "inferred": float(any(m.inferred for m in ms)),  # a year or month not written
        "quoted": float(all(m.quoted for m in ms)),
        "ongoing": float(any(m.ongoing for m in ms)),
        "forum": float(any(m.forum for m in ms)),
        "antecedent": float(any(m.antecedent is not None for m in ms)),
        "apart": float(any(m.apart_from is not None for m in ms)),
        "headline": float(any(m.headline for m in ms)),
        "parties": float(any(m.parties for m in ms)),  # a compound names the parties (日韓首脳会談)
        "agent": float(any(role == "agent" for _, role in e.roles)),
        f"dated_by={_dated_by(ms)}": 1.0,  # how the article is dated: a date line, its sources, …
    }


def _dated_by(mentions) -> str:
    """How the article is dated: a date line or byline (wire copy), the sources cited at its end
    (a Wikinews-style article, far harder: README), something else, or nothing."""
    kinds = {m.anchor_kind for m in mentions}
    if kinds & {"item", "byline"}:
        return "date_line"
    if "citation" in kinds:
        return "citation"
    return "other" if kinds - {None} else "none"


@lru_cache(maxsize=None)
def _model() -> tuple[float, float, float, dict[str, float]]:
    model = load_confidence()
    cal = model.get("calibration", {})
    weights = {**model["weights"], **model.get("fixed", {})}  # fixed: set by hand, not fitted
    return (float(model["bias"]), float(cal.get("scale", 1.0)), float(cal.get("offset", 0.0)),
            {k: float(v) for k, v in weights.items()})


def probability(f: dict[str, float], bias: float, weights: dict[str, float], scale: float = 1.0,
                offset: float = 0.0) -> float:
    """1 / (1 + exp(-(scale * z + offset))), z = bias plus the weighted features (unknown ones
    weigh 0), summed in name order; the trainer scores its candidate models with it too."""
    z = bias + sum(weights.get(k, 0.0) * v for k, v in sorted(f.items()))
    return 1.0 / (1.0 + math.exp(-(scale * z + offset)))


def estimate(e: Event, conflict: bool) -> float:
    """The calibrated probability that the event is right, to three decimals."""
    bias, scale, offset, weights = _model()
    return round(probability(features(e, conflict), bias, weights, scale, offset), 3)
