"""The date engine: find every temporal expression in Japanese text and resolve it.

    >>> [e.value for e in find_dates("19日に首脳会談を行った。", anchor="2024-06-20")]
    ['2024-06-19']

Recipe (after ja-timex's TimexParser): fold width → mask URLs → match rules →
keep the longest non-overlapping matches → parse → resolve against the anchor,
the clause's tense and the last date mentioned.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import parse as _parse
from .parse import Raw
from .patterns import RULES, URL, URL_DATE, fold_width
from .resolve import Parts, resolve
from .tense import infer_tense
from ..models import TemporalExpression

__all__ = ["find_dates", "Parts", "infer_tense"]

# 17日から…を訪問している(岸田首相は同日): the day a stay under way began describes the person;
# when the story has named its day before, 同日 later in the sentence is that day
_STAY_BEGAN = re.compile(r"^(?:から|より)[^、。]{0,30}?(?:している|中の|中で)")


def _mask_urls(text: str) -> str:
    return URL.sub(lambda m: " " * len(m.group()), text)


def _candidates(text: str):
    found = []
    for rule in RULES:
        for m in rule.pattern.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), rule, m))
    # longest first, then higher priority, then leftmost
    found.sort(key=lambda c: (-(c[1] - c[0]), -c[2].priority, c[0]))
    taken: list[tuple[int, int, object, object]] = []
    used = bytearray(len(text) + 1)
    for c in found:
        if any(used[i] for i in range(c[0], c[1])):
            continue
        for i in range(c[0], c[1]):
            used[i] = 1
        taken.append(c)
    taken.sort(key=lambda c: c[0])
    return taken


_THIS_DAY = "この日"  # the story's day (同日: the day just named)

# a day told in another time zone than the date line's (米東部時間29日, 現地時間の29日)
_LOCAL_TIME = re.compile(r"(?<!日本)(?:現地|東部|西部|中部|太平洋|[\u30a0-\u30ff]{2,})時間(?:の)?$")


def find_dates(text: str, anchor: str | None = None, tense: str | None = None,
               ref: str | None = None, ref_surface: str | None = None,
               story: str | None = None) -> list[TemporalExpression]:
    """Every temporal expression in ``text``, in order.

    ``anchor``: ISO date the text is relative to (its date line or publication date).
    ``tense``: "past" / "future" to force the tense; None infers it per expression.
    ``ref``: the last date mentioned before ``text`` (for 同日, 翌日), if known;
    ``ref_surface``: that date as written, when it could not be resolved (XXXX-XX-13):
    an unresolved 同日 / この日 then keeps it as its surface.
    ``story``: the day the passage is telling about, when the last date mentioned is a
    back-reference told in between (2007年9月26日に就任した, under a story of 1 September 2008):
    この日 is then the story's day, while 同日 stays the day just named.
    """
    ref_any = ref
    folded = fold_width(text)
    urls = _url_dates(folded)
    folded = _mask_urls(folded)
    out: list[TemporalExpression] = []
    said = None  # the last day this text itself named: what is to come after it counts from it
    for start, end, rule, m in _candidates(folded):
        raw = getattr(_parse, rule.parse)(m)
        t = tense or infer_tense(folded, end)
        bare_day = raw.day is not None and raw.month is None and not raw.ref
        if bare_day and _LOCAL_TIME.search(folded, 0, start):
            t = None  # 米東部時間29日(日本時間30日): a day that may lie behind the date line's, not next month's
        if (bare_day and t == "future" and said and anchor and said[:7] == anchor[:7]
                and int(said[8:10]) <= raw.day):
            t = None  # 2日夜、4日から7日までの予定で…と発表した (date line the 5th): the 4th of this month
        day_ref = story if story and folded[start:end] == _THIS_DAY else ref
        r = resolve(raw, anchor, t, day_ref if raw.unit in ("day", "day_of_ref") else (ref_any or ref))
        if raw.unit == "day" and raw.ref and raw.offset == 0 and r.value is None and ref_surface:
            r = replace(r, surface=ref_surface)
        kind = "range" if r.value_end else raw.kind
        out.append(TemporalExpression(
            text=text[start:end], start=start, end=end, kind=kind, surface=r.surface,
            value=r.value, value_end=r.value_end, granularity=r.granularity,
            resolution=r.resolution, anchor=anchor, inferred=r.inferred, mod=raw.mod, rule=rule.name))
        if r.value and r.granularity in ("day", "month", "year") and not raw.kind == "range":
            ref_any = r.value
        if r.value and r.granularity == "day":
            said = r.value
        if r.value and r.granularity == "day" and not (ref and _STAY_BEGAN.match(folded[end:])):
            # 同日 after 9、10両日に…出席した後 is the range's last day
            ref, ref_surface = (r.value_end or r.value), r.surface
        elif raw.kind in ("date", "range") and raw.day is not None and r.value is None:
            ref_surface = r.surface
    if urls:
        out = sorted(out + [replace(u, anchor=anchor, text=text[u.start:u.end]) for u in urls], key=lambda e: e.start)
    return out


def _url_dates(text: str) -> list[TemporalExpression]:
    """Dates inside URLs (/20230913/, /2024/06/20/): reported, but they never date an event."""
    out = []
    for url in URL.finditer(text):
        for m in URL_DATE.finditer(url.group()):
            iso = f"{m['year']}-{m['month']}-{m['day']}"
            if resolve(Raw(year=int(m["year"]), month=int(m["month"]), day=int(m["day"])), None).value:
                s = url.start() + m.start()
                out.append(TemporalExpression(text=m.group(), start=s, end=url.start() + m.end(), kind="date",
                                              surface=iso, value=iso, granularity="day",
                                              resolution="explicit", rule="url"))
    return out
