"""Issue 6 in one command: speed against the naive baseline, cache, workers, memory in corpus
size, the whole corpus, and the date engine beside ja-timex — printed as Markdown.

    python bench/scale_bench.py [--baseline-articles 200] [--small 500] [--repeat 3] [--work /tmp/timeline-bench]

The corpus is ../shared/bench/jawikinews.tsv.gz (3,670 Japanese Wikinews articles, CC BY 2.5,
© Japanese Wikinews contributors), restored to one file per article (bench/wikinews.py).
Every `timeline extract` run is a separate process started through GNU time, which reports
its wall time and the peak RSS of the largest process (worker processes included).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import extract_bench  # noqa: E402
import wikinews  # noqa: E402


def timed(args: list[str], env: dict | None = None) -> dict:
    """Run ``timeline ARGS`` under /usr/bin/time -v: seconds, peak RSS in MB."""
    cmd = ["/usr/bin/time", "-v", sys.executable, "-m", "timeline", *args]
    start = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ, **(env or {})))
    seconds = time.perf_counter() - start
    if out.returncode not in (0, 1):
        raise SystemExit(f"timeline {' '.join(args)} failed:\n{out.stderr[-2000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr).group(1)) / 1024
    return {"seconds": seconds, "rss_mb": rss}


def _spin(_) -> int:
    s = 0
    for i in range(20_000_000):
        s += i * i
    return s


def parallel_ceiling(workers: int = 2) -> float:
    """The speed-up of a perfectly parallel pure-Python task on this machine right now: what
    ``--workers`` can hope for (on a shared virtual machine it is often well under 2)."""
    import multiprocessing

    start = time.perf_counter()
    for k in range(workers):
        _spin(k)
    serial = time.perf_counter() - start
    start = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pool.map(_spin, range(workers))
    return serial / (time.perf_counter() - start)


def count_events(path: Path) -> int:
    with path.open(encoding="utf-8") as f:
        return sum(1 for _ in f) if path.suffix == ".jsonl" else len(json.load(f)["events"])


def date_engine(texts: list[str], seconds: float = 5.0) -> list[tuple[str, float, int]]:
    """Characters a second of find_dates and of ja-timex over the same whole articles."""
    import dates_bench

    rows = []
    for tool in (dates_bench.Timeline(), dates_bench.JaTimex()):
        try:
            chars_s, found = dates_bench.corpus_speed(tool, texts, seconds)
        except ImportError:
            continue
        rows.append((tool.name, chars_s, found))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline-articles", type=int, default=200)
    ap.add_argument("--small", type=int, default=500, help="articles in the small corpus")
    ap.add_argument("--work", type=Path, default=Path("/tmp/timeline-bench"))
    ap.add_argument("--repeat", type=int, default=3, help="runs of each small-corpus measurement")
    args = ap.parse_args()
    work = args.work
    shutil.rmtree(work, ignore_errors=True)
    small, full = work / f"wikinews-{args.small}", work / "wikinews-all"
    wikinews.write(full)
    small.mkdir(parents=True)
    for f in sorted(full.iterdir(), key=lambda p: int(p.stem))[:args.small]:
        shutil.copy(f, small / f.name)
    n_full = len(list(full.iterdir()))
    chars = {d: sum(len(f.read_text(encoding="utf-8")) for f in d.iterdir()) for d in (small, full)}
    print(f"# Scale benchmark ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores)\n")

    # 1. against the naive baseline, in-process, model loading excluded
    ours = extract_bench.child("timeline", args.baseline_articles)
    base = extract_bench.child("baseline", args.baseline_articles)
    loose = len(set(ours["loose"]) & set(base["loose"])) / max(1, len(base["loose"]))
    strict = len(set(ours["keys"]) & set(base["keys"])) / max(1, len(base["keys"]))
    print(f"## Against the naive baseline ({ours['articles']} articles, {ours['chars']:,} characters)\n")
    print("| mode | seconds | chars/s | articles/s | peak RSS MB | events |\n|---|---|---|---|---|---|")
    for r in (ours, base):
        print(f"| {r['mode']} | {r['seconds']:.1f} | {r['chars_per_s']:,.0f} | {r['articles_per_s']:.2f} | "
              f"{r['peak_rss_mb']:,.0f} | {r['events']} |")
    print(f"\nthroughput ratio: **{ours['chars_per_s'] / base['chars_per_s']:.1f}×**; baseline events also "
          f"found: **{100 * loose:.1f}%** by type, date and article ({100 * strict:.1f}% with the same actors too)\n")

    # 2. workers, cache and memory: whole `timeline extract` processes
    runs = {}
    common = ["extract", "-f", "jsonl", "--quiet"]
    plan = []  # (name, extra args, corpus); the small-corpus runs are repeated, the whole corpus once
    for k in range(args.repeat):
        plan += [("1 worker", ["--no-cache", "--workers", "1"], small),
                 ("2 workers", ["--no-cache", "--workers", "2"], small),
                 ("cold cache", ["--cache-dir", str(work / f"cache{k}"), "--workers", "2"], small),
                 ("warm cache", ["--cache-dir", str(work / f"cache{k}"), "--workers", "2"], small),
                 ("warm cache", ["--cache-dir", str(work / f"cache{k}"), "--workers", "2"], small)]
    plan += [("all articles, 1 worker", ["--no-cache", "--workers", "1"], full),
             ("all articles, 2 workers", ["--no-cache", "--workers", "2"], full),
             ("all articles, cold cache", ["--cache-dir", str(work / "cache-all"), "--workers", "2"], full),
             ("all articles, warm cache", ["--cache-dir", str(work / "cache-all"), "--workers", "2"], full),
             ("all articles, warm cache", ["--cache-dir", str(work / "cache-all"), "--workers", "2"], full)]
    for name, extra, corpus in plan:
        out = work / f"{name.replace(' ', '-').replace(',', '')}.jsonl"
        r = timed([*common, str(corpus), "-o", str(out), *extra])
        r.update(articles=len(list(corpus.iterdir())), chars=chars[corpus], events=count_events(out))
        runs.setdefault(name, []).append(r)
    med = {name: sorted(rs, key=lambda r: r["seconds"])[len(rs) // 2] for name, rs in runs.items()}
    print(f"## `timeline extract` runs ({args.small} and {n_full} articles; {chars[small]:,} and "
          f"{chars[full]:,} characters; the median of repeated runs, their range in brackets)\n")
    print("| run | articles | runs | seconds | chars/s | articles/s | peak RSS MB | events |")
    print("|---|---|---|---|---|---|---|---|")
    for name, r in med.items():
        secs = [x["seconds"] for x in runs[name]]
        spread = f" ({min(secs):.1f}–{max(secs):.1f})" if len(secs) > 1 else ""
        print(f"| {name} | {r['articles']} | {len(secs)} | {r['seconds']:.1f}{spread} | {r['chars'] / r['seconds']:,.0f} | "
              f"{r['articles'] / r['seconds']:.1f} | {r['rss_mb']:,.0f} | {r['events']} |")
    ceilings = [parallel_ceiling() for _ in range(3)]
    w = med["1 worker"]["seconds"] / med["2 workers"]["seconds"]
    w_full = med["all articles, 1 worker"]["seconds"] / med["all articles, 2 workers"]["seconds"]
    c = med["cold cache"]["seconds"] / med["warm cache"]["seconds"]
    c_full = med["all articles, cold cache"]["seconds"] / med["all articles, warm cache"]["seconds"]
    m = med["all articles, 1 worker"]["rss_mb"] / med["1 worker"]["rss_mb"]
    print(f"\n`--workers 2` vs 1: **{w:.2f}×** ({args.small} articles, medians), **{w_full:.2f}×** (all); "
          f"warm vs cold cache: **{c:.0f}×** ({args.small} articles, medians), **{c_full:.0f}×** (all); peak RSS, {n_full} vs {args.small} articles: **{m:.2f}×** "
          f"for {n_full / args.small:.1f}× the articles; whole corpus with default settings: "
          f"**{med['all articles, 2 workers']['seconds']:.0f} s**\n")
    print(f"This machine's own ceiling at the time (a perfectly parallel pure-Python task, 2 processes vs 1, "
          f"three tries): {', '.join(f'{x:.2f}×' for x in ceilings)}\n")

    # 3. the date engine beside ja-timex, on the same whole articles
    texts = [f.read_text(encoding="utf-8") for f in sorted(small.iterdir())]
    print(f"## Date engine on the same {len(texts)} articles\n\n| tool | chars/s | expressions found |\n|---|---|---|")
    for name, chars_s, found in date_engine(texts):
        print(f"| {name} | {chars_s:,.0f} | {found} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
