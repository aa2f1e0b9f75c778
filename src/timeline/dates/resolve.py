"""Raw reading + anchor + tense → ISO value.

The anchor is always passed in; nothing here looks at today's date. An expression
that needs an anchor it does not get stays unresolved (value None).

Rules (after HeidelTime's news rules):
- a bare month or month-day takes the anchor's year; in a past-tense clause a month
  (day) later than the anchor's belongs to the year before, in a future-tense clause an
  earlier one to the year after; with no tense, the year that puts it nearest the anchor;
- a bare day takes the anchor's month, moved back (past) or forward (future) likewise;
- a weekday is the latest one on or before the anchor (past or no tense) or the first on
  or after it (future);
- 先週 written on a Sunday is the week that just ended (the ISO week of the anchor): a
  Japanese calendar's week begins on Sunday;
- 同日 / 翌日 / 同年 count from the last date mentioned before them (``ref``), else the anchor.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from .parse import Raw


@dataclass(frozen=True)
class Parts:
    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, iso: str | None) -> "Parts | None":
        if not iso or "W" in iso:
            return None
        bits = [int(b) for b in iso.split("-")[:3]]
        return cls(*bits)

    def iso(self) -> str | None:
        if self.year is None:
            return None
        s = f"{self.year:04d}"
        if self.month is not None:
            s += f"-{self.month:02d}"
            if self.day is not None:
                s += f"-{self.day:02d}"
        return s

    @property
    def granularity(self) -> str:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year" if self.year is not None else "none"

    def date(self) -> dt.date:
        return dt.date(self.year, self.month, self.day)


@dataclass(frozen=True)
class Resolved:
    surface: str
    value: str | None
    value_end: str | None
    granularity: str
    resolution: str  # explicit | relative | unresolved | none
    inferred: tuple[str, ...] = ()


def _valid(y: int, m: int | None, d: int | None) -> bool:
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None and (m is None or not 1 <= d <= calendar.monthrange(y, m)[1]):
        return False
    return 1 <= y <= 9999


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def surface_of(raw: Raw) -> str:
    """TIMEX3-style value as written, unknown parts as X."""
    if raw.kind in ("duration", "set"):
        return raw.duration or "PXX"
    if raw.kind == "time":
        return "TXX"
    if raw.unit == "year" and raw.month is not None:  # 昨年9月13日: month and day as written
        return f"XXXX-{raw.month:02d}" + (f"-{raw.day:02d}" if raw.day is not None else "")
    if raw.unit:
        base = {"year": "Y", "month": "M", "week": "W", "day": "D", "day_of_ref": "D"}[raw.unit]
        day = f"-{raw.day:02d}" if raw.unit == "month" and raw.day is not None else ""  # 先月21日
        return f"{'REF' if raw.ref else 'ANCHOR'}{raw.offset:+d}{base}{day}"
    if raw.weekday:
        return f"XXXX-WXX-{raw.weekday}"
    y = f"{raw.year:04d}" if raw.year is not None and not raw.year2 else (f"XX{raw.year:02d}" if raw.year2 else "XXXX")
    s = y
    if raw.month is not None or raw.day is not None:
        s += f"-{raw.month:02d}" if raw.month is not None else "-XX"
    if raw.day is not None:
        s += f"-{raw.day:02d}"
    return s


def _year_for(month: int, day: int | None, anchor: Parts, tense: str | None) -> int:
    """The year of a bare month(-day) given the anchor and tense."""
    y = anchor.year
    if anchor.month is None:
        return y
    here = (month, day or 0)
    now = (anchor.month, anchor.day or 0) if day is not None else (anchor.month, 0)
    if tense == "past" and here > now:
        return y - 1
    if tense == "future" and here < now and not _within_grace(y, month, day, anchor):
        return y + 1  # (a future day a day or two before the date line is the date line's year)
    if tense is None:
        if month - anchor.month > 6:
            return y - 1
        if anchor.month - month > 6:
            return y + 1
    return y


# a future day at most this many days before the date line's is this month's: the event is
# under way or the item was dated a day or two late (15日から2日間の日程で開かれ…予定, on the 16th)
FUTURE_GRACE_DAYS = 2


# a past day at most this many days after the date line's is this month's: told in another time
# zone (日本時間10日 under a date line of the 9th), or under a date line that is only a lower bound
# (a Wikinews article dated by the sources it cites); the news writes 先月10日 for last month's
PAST_GRACE_DAYS = 1


def _within_grace(year: int, month: int, day: int | None, anchor: Parts) -> bool:
    """Is the day at most FUTURE_GRACE_DAYS before the anchor's (5月28日 told as to come, on 29 May)?"""
    if day is None or anchor.day is None or not _valid(year, month, day):
        return False
    return 0 <= (dt.date(anchor.year, anchor.month, anchor.day) - dt.date(year, month, day)).days <= FUTURE_GRACE_DAYS


def _month_for(day: int, anchor: Parts, tense: str | None) -> tuple[int, int]:
    """The month of a bare day: the anchor's, or the nearest one before (past) or after
    (future) that has that day (31日 written on 2 March in the past tense is 31 January;
    3日 written on 28 March in the future tense is 3 April, but 15日 on the 16th is the 15th)."""
    y, m = anchor.year, anchor.month
    step = (-1 if tense == "past" and day > (anchor.day or 31) + PAST_GRACE_DAYS
            else 1 if (tense == "future" and anchor.day is not None and day < anchor.day
                       and not _within_grace(anchor.year, anchor.month, day, anchor))
            else 0)
    if step:
        y, m = _add_months(y, m, step)
        while not _valid(y, m, day) and day <= 31:
            y, m = _add_months(y, m, step)
    return y, m


def resolve(raw: Raw, anchor: str | None, tense: str | None = None, ref: str | None = None) -> Resolved:
    """Resolve a Raw reading against an anchor (ISO), the clause's tense and the last mentioned date."""
    surface = surface_of(raw)
    if raw.kind in ("duration", "time", "set"):
        return Resolved(surface, None, None, "none", "none")
    a = Parts.parse(anchor)
    r = Parts.parse(ref) or a
    out = _resolve(raw, a, r, tense)
    if out is None:
        return Resolved(surface, None, None, "none", "unresolved")
    parts, end, inferred, relative = out
    if not isinstance(parts, _Week) and (
            not _valid(parts.year, parts.month, parts.day) or (end and not _valid(end.year, end.month, end.day))):
        return Resolved(surface, None, None, "none", "unresolved")
    gran = "week" if isinstance(parts, _Week) else parts.granularity
    return Resolved(surface, parts.iso(), end.iso() if end else None, gran,
                    "relative" if (relative or inferred) else "explicit", inferred)


class _Week(Parts):
    """An ISO week, printed as YYYY-Www."""

    def iso(self) -> str:
        return f"{self.year:04d}-W{self.month:02d}"

    @property
    def granularity(self) -> str:
        return "week"


def _resolve(raw: Raw, a: Parts | None, r: Parts | None, tense: str | None):
    """→ (Parts, end Parts | None, inferred parts, relative?) or None when it cannot resolve."""
    if raw.unit == "year":
        base = r if raw.ref else a
        if base is None or base.year is None:
            return None
        year = base.year + raw.offset
        return Parts(year, raw.month, raw.day if raw.month else None), None, (), True
    if raw.unit == "month":
        base = r if raw.ref else a
        if base is None or base.month is None:
            return None
        y, m = _add_months(base.year, base.month, raw.offset)
        return Parts(y, m, raw.day), None, (), True
    if raw.unit == "week":
        if a is None or a.day is None:
            return None
        offset = raw.offset
        if a.date().isoweekday() == 7 and offset < 0:
            # written on a Sunday, 先週 is the week that just ended (a Japanese calendar's week
            # begins on Sunday); on a Saturday the week before is still the one before
            offset += 1
        d = a.date() + dt.timedelta(weeks=offset)
        iy, iw, _ = d.isocalendar()
        return _Week(iy, iw), None, (), True
    if raw.unit == "day":
        base = r if raw.ref else a
        if base is None or base.day is None:
            return None
        d = base.date() + dt.timedelta(days=raw.offset)
        return Parts(d.year, d.month, d.day), None, (), True
    if raw.unit == "day_of_ref":
        if r is None or r.month is None:
            return None
        y, m = r.year, r.month
        if r.day is not None and raw.day < r.day:  # 翌19日 after the 30th: next month
            y, m = _add_months(y, m, 1)
        return Parts(y, m, raw.day), None, (), True
    if raw.weekday:
        if a is None or a.day is None:
            return None
        base = a.date()
        delta = (base.isoweekday() - raw.weekday) % 7
        d = base + dt.timedelta(days=(7 - delta) % 7) if tense == "future" else base - dt.timedelta(days=delta)
        return Parts(d.year, d.month, d.day), None, (), True
    return _resolve_calendar(raw, a, tense)


def _resolve_calendar(raw: Raw, a: Parts | None, tense: str | None):
    inferred: list[str] = []
    year, month, day = raw.year, raw.month, raw.day
    if year is not None and raw.year2:
        limit = (a.year if a and a.year else 2100) % 100 + 1
        year = 2000 + year if year <= limit else 1900 + year
        inferred.append("century")
    if year is None:
        if a is None or a.year is None:
            return None
        if month is None:  # a bare day
            if a.month is None:
                return None
            year, month = _month_for(day, a, tense)
            inferred += ["year", "month"]
        else:
            year = _year_for(month, day, a, tense)
            inferred.append("year")
    end = None
    if raw.day_end is not None:
        end_month = raw.month_end or month
        end_year = year + (1 if end_month < month else 0)
        end = Parts(end_year, end_month, raw.day_end)
    return Parts(year, month, day), end, tuple(inferred), False
