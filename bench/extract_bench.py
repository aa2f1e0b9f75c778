"""Extraction speed: timeline (the model parses only sentences holding a trigger) against the
naive baseline (the model parses every sentence, then the same event logic).

    python bench/extract_bench.py [--articles 200] [--baseline-articles 200]

Articles come from ../shared/bench/jawikinews.tsv.gz (Japanese Wikinews, CC BY 2.5,
© Japanese Wikinews contributors), restored to running text as its README says. Each mode
runs in its own process so that peak RSS is its own. Prints a Markdown table.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from wikinews import articles  # noqa: E402


def run_mode(mode: str, n: int) -> dict:
    """Run one mode in this process and report (called in a child process)."""
    sys.path.insert(0, str(ROOT / "src"))
    from timeline import nlp
    from timeline.models import SourceFile
    from timeline.pipeline import run_sources

    docs = articles(n)
    sources = [SourceFile(path=f"{i}.txt", text=t, sha256=i, encoding="utf-8") for i, t in docs]
    nlp.load()  # loading the model is not part of the throughput
    start = time.perf_counter()
    [timeline] = run_sources(sources, parse_all=(mode == "baseline"))
    elapsed = time.perf_counter() - start
    chars = sum(len(t) for _, t in docs)
    keys = sorted({f"{e.type}|{e.date}|{'/'.join(sorted(a.name for a in e.actors))}" for e in timeline.events})
    loose = sorted({f"{e.type}|{e.date}|{e.mentions[0].source}" for e in timeline.events})
    return {"mode": mode, "articles": len(docs), "chars": chars, "seconds": elapsed,
            "chars_per_s": chars / elapsed, "articles_per_s": len(docs) / elapsed,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "events": len(timeline.events), "keys": keys, "loose": loose}


def child(mode: str, n: int) -> dict:
    # the baseline is ja_ginza as shipped: spaCy's own NER decoder, every sentence parsed
    env = dict(os.environ, TIMELINE_SPACY_NER="1" if mode == "baseline" else "0")
    out = subprocess.run([sys.executable, __file__, "--child", mode, "--articles", str(n)],
                         check=True, capture_output=True, text=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--child", choices=["timeline", "baseline"])
    args = ap.parse_args()
    if args.child:
        print(json.dumps(run_mode(args.child, args.articles), ensure_ascii=False))
        return 0
    ours, base = child("timeline", args.articles), child("baseline", args.articles)
    agree = len(set(ours["keys"]) & set(base["keys"])) / max(1, len(base["keys"]))
    loose = len(set(ours["loose"]) & set(base["loose"])) / max(1, len(base["loose"]))
    print(f"{ours['articles']} Wikinews articles, {ours['chars']:,} characters\n")
    print("| mode | seconds | chars/s | articles/s | peak RSS MB | events |")
    print("|---|---|---|---|---|---|")
    for r in (ours, base):
        print(f"| {r['mode']} | {r['seconds']:.1f} | {r['chars_per_s']:,.0f} | {r['articles_per_s']:.2f} | "
              f"{r['peak_rss_mb']:,.0f} | {r['events']} |")
    print(f"\nthroughput ratio timeline/baseline: {ours['chars_per_s'] / base['chars_per_s']:.1f}×; "
          f"events of the baseline also found by timeline: {100 * loose:.1f}% by type, date and article; "
          f"{100 * agree:.1f}% with the same actors too")
    return 0


if __name__ == "__main__":
    sys.exit(main())
