"""Deduplication at scale on synthetic mentions:  python bench/dedup_bench.py [N ...]

Mentions are drawn from a fixed random seed: N/4 distinct events (10 types, 60 people of
6 countries, days over ten years), each reported 1–7 times with a written date, a
publication guess, a bare day (XXXX-XX-DD) or no date. Prints the time to cluster, the
events found against the events drawn, and the purity of the clusters.
"""
from __future__ import annotations

import datetime as dt
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
from timeline.dedup import deduplicate  # noqa: E402
from timeline.models import Actor, Mention  # noqa: E402

TYPES = ["meeting", "visit", "agreement", "telegram", "ceremony", "launch", "dispatch", "exercise", "election", "statement"]
COUNTRIES = [Actor(c, "country") for c in ("北朝鮮", "ロシア", "中国", "米国", "韓国", "日本")]
PEOPLE = [Actor(f"人物{i}", "person", COUNTRIES[i % 6].name) for i in range(60)]


def synthetic(n: int, seed: int = 7) -> tuple[list[Mention], int]:
    rnd = random.Random(seed)
    mentions: list[Mention] = []
    truth = 0
    while len(mentions) < n:
        truth += 1
        kind = rnd.choice(TYPES)
        people = rnd.sample(PEOPLE, 2)
        actors = tuple(people) + tuple({a for p in people for a in COUNTRIES if a.name == p.country})
        day = dt.date(2015, 1, 1) + dt.timedelta(days=rnd.randrange(3650))
        for k in range(rnd.randint(1, 7)):
            style = rnd.random()
            if style < 0.5:
                date, basis, surface = day.isoformat(), "explicit", day.isoformat()
            elif style < 0.75:
                pub = day + dt.timedelta(days=rnd.randint(0, 2))
                date, basis, surface = pub.isoformat(), "publication", None
            elif style < 0.9:
                date, basis, surface = None, "none", f"XXXX-XX-{day.day:02d}"
            else:
                date, basis, surface = None, "none", None
            src = f"s{truth}-{k}"
            mentions.append(Mention(
                source=src, path=src, sentence=f"event {truth}", start=0, end=10, trigger="会談", trigger_start=0,
                type=kind, cameo="040", status="happened", actors=actors, locations=(), date=date, date_end=None,
                granularity="day" if date else "none", date_basis=basis, date_text=None, date_surface=surface))
    return mentions[:n], truth


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [1000, 10000]
    print("| mentions | seconds | events found | events drawn | purity |")
    print("|---|---|---|---|---|")
    for n in sizes:
        mentions, truth = synthetic(n)
        start = time.perf_counter()
        events = deduplicate(mentions)
        elapsed = time.perf_counter() - start
        pure = sum(Counter(m.sentence for m in e.mentions).most_common(1)[0][1] for e in events) / n
        print(f"| {n:,} | {elapsed:.2f} | {len(events):,} | {truth:,} | {pure:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
