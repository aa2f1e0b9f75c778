"""Fit the confidence model (src/timeline/data/confidence.toml) on the annotated sets.

    pip install -e '.[train]'
    python eval/train_confidence.py                 # report and write the weights
    python eval/train_confidence.py --dry-run       # report only

Each predicted event of each passage is labelled *right* when it is aligned with an annotated
event of the same type and date whose actors it all names (the rule of `timeline eval`).
A logistic regression (scikit-learn) over `timeline.confidence.features` is fitted on the
development sets: the sets the extraction rules were written from. Events of those sets are
right more often than events of new text, so the scores are then recalibrated (Platt scaling:
one scale and one offset on the logit) on a set the rules never saw (``--calibrate``).

Printed: leave-one-set-out figures on the development sets (each set scored by a model fitted
on the others), and the calibration set's figures before and after recalibration.
Nothing here runs at extraction time; scikit-learn is needed only to train.
"""
from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEVELOPMENT = ("gold", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
               "heldout8", "wikinews", "wikinews3")
OUT = HERE.parent / "src" / "timeline" / "data" / "confidence.toml"
MONOTONE = ("mentions", "sources")  # more mentions or sources never lower the confidence


def labelled(name: str) -> list[tuple[dict[str, float], bool]]:
    from timeline.confidence import features
    from timeline.dedup import date_conflict
    from timeline.evaluate import align, is_match, load_gold
    from timeline.io.writers import event_dict
    from timeline.models import SourceFile
    from timeline.pipeline import run_sources

    gold = load_gold(HERE / f"{name}.jsonl")
    sources = [SourceFile(path=f"{p.id}.txt", text=p.text, sha256=p.id, encoding="utf-8") for p in gold]
    rows = []
    for passage, timeline in zip(gold, run_sources(sources, separately=True)):
        predicted = [event_dict(e) for e in timeline.events]
        partner = {j: i for i, j in align(passage, predicted)}
        for j, e in enumerate(timeline.events):
            right = j in partner and is_match(passage.events[partner[j]], predicted[j])
            rows.append((features(e, date_conflict(e.mentions)), right))
    return rows


def fit(rows, c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([f for f, _ in rows])
    model = LogisticRegression(C=c, max_iter=5000).fit(x, [r for _, r in rows])
    weights = dict(zip(vec.get_feature_names_out(), model.coef_[0]))
    for name in MONOTONE:
        weights[name] = max(0.0, weights.get(name, 0.0))
    return float(model.intercept_[0]), {k: round(float(v), 4) for k, v in weights.items() if round(float(v), 4)}


def score(bias: float, weights: dict[str, float], f: dict[str, float], scale=1.0, offset=0.0) -> float:
    from timeline.confidence import probability

    return probability(f, bias, weights, scale, offset)


def summary(probs: list[float], labels: list[bool]) -> str:
    from timeline.evaluate import brier, ranking

    n = len(labels)
    pairs = list(zip(probs, labels))
    bands = []
    for lo, hi in ((0.0, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 1.01)):
        band = [r for p, r in zip(probs, labels) if lo <= p < hi]
        bands.append(f"[{lo},{min(hi, 1.0)}{']' if hi > 1 else ')'} {len(band)} events "
                     f"{sum(band) / len(band) if band else 0:.2f} right")
    return (f"{n} events, {sum(labels) / n:.3f} right, mean confidence {sum(probs) / n:.3f}, "
            f"Brier {brier(pairs):.4f}, AUC {ranking(pairs):.3f}\n    " + "; ".join(bands))


def platt(zs: list[float], labels: list[bool]) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1e6, max_iter=5000).fit([[z] for z in zs], labels)
    return float(model.coef_[0][0]), float(model.intercept_[0])


def fixed_weights(path: Path) -> list[str]:
    """The [fixed] table of the current file, kept as it is: weights of features the annotated
    passages never show (one passage never has two articles whose dates disagree)."""
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    if "[fixed]" not in text:
        return []
    block = text.split("[fixed]", 1)[1].split("\n[", 1)[0]
    return ["[fixed]"] + [line for line in block.strip().splitlines()] + [""]


def write(path: Path, bias: float, weights: dict[str, float], scale: float, offset: float, args) -> None:
    fixed = fixed_weights(OUT)
    lines = ["# The confidence model: P(event right) = 1 / (1 + exp(-(scale * z + offset))),",
             "# z = bias + the sum of weight * feature (timeline.confidence.features).",
             "# Written by eval/train_confidence.py; do not edit by hand, retrain instead.",
             f"# Fitted on: {', '.join(args.train)} (C = {args.c}); recalibrated on: {args.calibrate}.",
             "", f"bias = {bias:.4f}", "", "[calibration]", f"scale = {scale:.4f}", f"offset = {offset:.4f}",
             ""] + fixed + ["[weights]"]
    lines += [f'"{k}" = {v}' for k, v in sorted(weights.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", nargs="+", default=list(DEVELOPMENT))
    ap.add_argument("--calibrate", default="heldout9")
    ap.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)

    data = {name: labelled(name) for name in args.train}
    probs, labels = [], []
    for name in args.train:
        bias, weights = fit([r for other in args.train if other != name for r in data[other]], args.c)
        probs += [score(bias, weights, f) for f, _ in data[name]]
        labels += [r for _, r in data[name]]
    print("development sets, each scored by a model fitted on the others:\n  " + summary(probs, labels))

    bias, weights = fit([r for name in args.train for r in data[name]], args.c)
    held = labelled(args.calibrate)
    zs = [math.log(p / (1 - p)) for p in (score(bias, weights, f) for f, _ in held)]
    print(f"{args.calibrate} before recalibration:\n  "
          + summary([score(bias, weights, f) for f, _ in held], [r for _, r in held]))
    scale, offset = platt(zs, [r for _, r in held])
    print(f"{args.calibrate} after recalibration (scale {scale:.3f}, offset {offset:.3f}):\n  "
          + summary([score(bias, weights, f, scale, offset) for f, _ in held], [r for _, r in held]))
    if not args.dry_run:
        write(args.out, bias, weights, scale, offset, args)
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
