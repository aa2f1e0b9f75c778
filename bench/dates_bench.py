"""Date benchmark: timeline's engine against ja-timex and dateparser on one table.

    pip install -e '.[bench]' && python bench/dates_bench.py

For each case (see date_cases.py) every tool reads the same text with the same anchor,
and we look at what it says about the span under test:
- surface: the TIMEX3 value as written (timeline's ``surface``, ja-timex's ``value``;
  dateparser has none), on the cases that define one;
- value: the resolved date. timeline must give the expected ISO value exactly (the right
  granularity included). The peers return datetimes, so they are scored leniently: right
  when their datetime falls inside the expected period (the day, the ISO week, the month,
  the year). For a not-a-date case, right when no date value is given for the span;
- speed: every case text parsed in a loop; cases/s and characters/s.
ja-timex gets the anchor as ``TimexParser(reference=...)`` and is read with
``to_datetime()``; dateparser runs ``search_dates`` with ``RELATIVE_BASE`` and
``languages=["ja", "en"]``. Cases without an anchor give the peers 2024-06-20 (they need one).
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
import warnings
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_cases import cases  # noqa: E402

DEFAULT_REFERENCE = dt.date(2024, 6, 20)


def period(value: str) -> tuple[dt.date, dt.date]:
    from timeline.dedup import span

    return span(value)


def span_of(text: str, expr: str) -> tuple[int, int]:
    i = text.index(expr)
    return i, i + len(expr)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# --- the tools: each returns (surface or None, value as date/ISO or None) for the span ---------
class Timeline:
    name = "timeline"

    def __init__(self):
        from timeline.dates import find_dates

        self.find = find_dates

    def run(self, text, anchor):
        return self.find(text, anchor=anchor)

    def read(self, out, text, span):
        hits = [e for e in out if overlaps((e.start, e.end), span)]
        if not hits:
            return None, None
        e = max(hits, key=lambda e: min(e.end, span[1]) - max(e.start, span[0]))
        return e.surface, e.value


class JaTimex:
    name = "ja-timex"

    def __init__(self):
        import pendulum
        from ja_timex import TimexParser

        self.pendulum, self.parsers = pendulum, {}
        self.make = TimexParser

    def parser(self, anchor):
        d = dt.date.fromisoformat(anchor) if anchor and len(anchor) == 10 else DEFAULT_REFERENCE
        if d not in self.parsers:
            self.parsers[d] = self.make(reference=self.pendulum.datetime(d.year, d.month, d.day, tz="Asia/Tokyo"))
        return self.parsers[d]

    def run(self, text, anchor):
        return self.parser(anchor).parse(text)

    def read(self, out, text, span):
        hits = [t for t in out if overlaps(tuple(t.span), span)]
        if not hits:
            return None, None
        t = hits[0]
        value = None
        if t.type in ("DATE",) or (t.type == "DURATION" and t.mod in ("BEFORE", "AFTER")):
            try:
                value = t.to_datetime().date()
            except Exception:  # noqa: BLE001 - a peer's failure is a wrong answer, not a crash
                value = None
        return t.value, value


class DateParser:
    name = "dateparser"

    def __init__(self):
        from dateparser.search import search_dates

        self.search = search_dates

    def run(self, text, anchor):
        d = dt.date.fromisoformat(anchor) if anchor and len(anchor) == 10 else DEFAULT_REFERENCE
        base = dt.datetime(d.year, d.month, d.day, 12)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                return self.search(text, languages=["ja", "en"], settings={"RELATIVE_BASE": base}) or []
            except Exception:  # noqa: BLE001
                return []

    def read(self, out, text, span):
        pos = 0
        for sub, value in out:
            i = text.find(sub, pos)
            if i < 0:
                continue
            pos = i + len(sub)
            if overlaps((i, i + len(sub)), span):
                return None, value.date()
        return None, None


def value_right(tool, got, expected: str) -> bool:
    if expected == "-":
        return got is None
    if got is None:
        return False
    if isinstance(got, str):  # timeline: exact ISO value at the right granularity
        return got == expected
    lo, hi = period(expected)  # peers: a datetime inside the expected period
    return lo <= got <= hi


def evaluate(tools, table):
    rows = defaultdict(lambda: defaultdict(lambda: [0, 0, 0, 0]))  # tool → category → [v_ok, v_n, s_ok, s_n]
    misses = defaultdict(list)
    for cat, text, anchor, expr, value, surface in table:
        span = span_of(text, expr)
        group = cat.split("/")[0]
        for tool in tools:
            got_surface, got_value = tool.read(tool.run(text, anchor), text, span)
            ok = value_right(tool, got_value, value)
            for key in (group, "all"):
                rows[tool.name][key][0] += ok
                rows[tool.name][key][1] += 1
            if surface and tool.name != "dateparser":
                s_ok = got_surface == surface
                for key in (group, "all"):
                    rows[tool.name][key][2] += s_ok
                    rows[tool.name][key][3] += 1
            if not ok:
                misses[tool.name].append((cat, text, anchor, expr, value, got_value))
    return rows, misses


def speed(tool, table, seconds: float = 3.0) -> tuple[float, float]:
    texts = [(t, a) for _, t, a, *_ in table]
    chars = sum(len(t) for t, _ in texts)
    n, start = 0, time.perf_counter()
    while True:
        for t, a in texts:
            tool.run(t, a)
        n += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return n * len(texts) / elapsed, n * chars / elapsed


def corpus_speed(tool, texts, seconds: float = 3.0) -> tuple[float, int]:
    """Characters per second over whole articles, and expressions found per pass."""
    chars = sum(len(t) for t in texts)
    found = sum(len(tool.run(t, "2024-06-20")) for t in texts)
    n, start = 0, time.perf_counter()
    while True:
        for t in texts:
            tool.run(t, "2024-06-20")
        n += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return n * chars / elapsed, found


def pct(ok, n):
    return f"{100 * ok / n:.1f}% ({ok}/{n})" if n else "—"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=3.0, help="time each tool's speed run for this long")
    ap.add_argument("--misses", action="store_true", help="list the cases each tool gets wrong")
    args = ap.parse_args(argv)
    table = cases()
    tools = [Timeline(), JaTimex(), DateParser()]
    rows, misses = evaluate(tools, table)
    groups = sorted({c[0].split("/")[0] for c in table})
    print(f"{len(table)} cases: " + ", ".join(f"{g} {sum(c[0].startswith(g) for c in table)}" for g in groups))
    print()
    print("| tool | resolved value, all | surface, all | " + " | ".join(f"value: {g}" for g in groups)
          + " | cases/s | chars/s |")
    print("|---|---|---|" + "---|" * len(groups) + "---|---|")
    for tool in tools:
        r = rows[tool.name]
        cps, chs = speed(tool, table, args.seconds)
        surface = pct(r["all"][2], r["all"][3]) if tool.name != "dateparser" else "n/a"
        print(f"| {tool.name} | {pct(*r['all'][:2])} | {surface} | "
              + " | ".join(pct(*r[g][:2]) for g in groups) + f" | {cps:,.0f} | {chs:,.0f} |")
    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))]
    print(f"\nRunning text: the {len(texts)} seed articles ({sum(map(len, texts)):,} characters), whole files\n")
    print("| tool | chars/s | expressions found |")
    print("|---|---|---|")
    for tool in tools:
        chs, found = corpus_speed(tool, texts, args.seconds)
        print(f"| {tool.name} | {chs:,.0f} | {found} |")
    if args.misses:
        for name, items in misses.items():
            print(f"\n## {name}: {len(items)} wrong")
            for cat, text, anchor, expr, value, got in items:
                print(f"- [{cat}] {text} @ {anchor}: {expr} → expected {value}, got {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
