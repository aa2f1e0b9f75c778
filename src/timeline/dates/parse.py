"""Match → Raw: what an expression says, before any anchor is applied.

One function per rule in ``patterns.RULES``. A Raw keeps the written parts
(year, month, day) and, for relative expressions, what they are relative to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import load_calendar

_KANJI_VALUES = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
                 "七": 7, "八": 8, "九": 9}
WEEKDAYS = "月火水木金土日"  # ISO weekday 1..7
_MODS = {"上旬": "START", "初旬": "START", "初め": "START", "初頭": "START", "前半": "FIRST_HALF",
         "中旬": "MID", "半ば": "MID", "下旬": "END", "末": "END", "後半": "SECOND_HALF",
         "頃": "APPROX", "ごろ": "APPROX", "中": "WITHIN", "内": "BEFORE_END"}
_SEASONS = {"春": "SP", "夏": "SU", "秋": "FA", "冬": "WI"}
_REL_YEAR = {"一昨年": -2, "昨年": -1, "去年": -1, "前年": "ref-1", "今年": 0, "本年": 0, "来年": 1,
             "再来年": 2, "同年": "ref", "翌年": "ref+1"}
_REL_MONTH = {"先月": -1, "前月": "ref-1", "今月": 0, "来月": 1, "同月": "ref", "翌月": "ref+1"}
_REL_WEEK = {"先々週": -2, "先週": -1, "今週": 0, "来週": 1, "再来週": 2,
             "先週末": -1, "今週末": 0, "来週末": 1, "週末": 0, "週明け": 1}  # 週明け: the next week's start
_REL_DAY = {"一昨日": -2, "昨日": -1, "今日": 0, "本日": 0, "明日": 1, "明後日": 2,
            "同日": "ref", "当日": "ref", "この日": "ref", "前日": "ref-1", "翌日": "ref+1"}
_EN_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


def kanji_number(s: str) -> int:
    """'19', '十九', '二〇二四', '三十一', '元' → int."""
    if s.isdigit():
        return int(s)
    if s == "元":
        return 1
    if "十" not in s and "百" not in s:  # digit by digit: 二〇二四
        return int("".join(str(_KANJI_VALUES[c]) for c in s))
    total, current = 0, 0
    for c in s:
        if c == "百":
            total += (current or 1) * 100
            current = 0
        elif c == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _KANJI_VALUES[c]
    return total + current


@lru_cache(maxsize=None)
def _era_starts() -> dict[str, int]:
    return {e["name"]: e["start"] for e in load_calendar()["era"]}


@lru_cache(maxsize=None)
def _holidays() -> dict[str, tuple[int, int]]:
    return {h["name"]: (h["month"], h["day"]) for h in load_calendar().get("holiday", [])}


@dataclass(frozen=True)
class Raw:
    """What an expression says. Unwritten parts are None."""

    kind: str = "date"  # date | range | duration | set | time
    year: int | None = None
    month: int | None = None
    day: int | None = None
    month_end: int | None = None
    day_end: int | None = None
    weekday: int | None = None
    unit: str | None = None  # what a relative expression counts: year | month | week | day
    offset: int = 0  # relative to the anchor (今年 0, 昨年 -1) …
    ref: bool = False  # … or to the last mentioned date (同日, 翌日)
    mod: str | None = None
    year2: bool = False  # year written with two digits
    duration: str | None = None  # ISO 8601 duration for kind == duration


def _g(m: re.Match, name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _year(m: re.Match) -> tuple[int | None, bool]:
    if _g(m, "era"):
        return _era_starts()[m.group("era")] + kanji_number(m.group("era_year")) - 1, False
    if _g(m, "year"):
        return kanji_number(m.group("year")), False
    if _g(m, "year2"):
        return int(m.group("year2")), True
    return None, False


def _num(m: re.Match, name: str) -> int | None:
    v = _g(m, name)
    return kanji_number(v) if v else None


def _mod(m: re.Match) -> str | None:
    v = _g(m, "mod")
    return _MODS.get(v) or (_SEASONS.get(v) if v else None)


def _rel(table: dict, word: str) -> tuple[int, bool]:
    v = table[word]
    if isinstance(v, int):
        return v, False
    return (int(v[3:]) if len(v) > 3 else 0), True


def ymd(m: re.Match) -> Raw:
    year, two = _year(m)
    day_end = _num(m, "day_end")
    return Raw(kind="range" if day_end else "date", year=year, year2=two, month=_num(m, "month"),
               day=_num(m, "day"), month_end=_num(m, "month") if day_end else None, day_end=day_end)


def ym(m: re.Match) -> Raw:
    year, two = _year(m)
    return Raw(year=year, year2=two, month=_num(m, "month"), mod=_mod(m))


def y(m: re.Match) -> Raw:
    year, _ = _year(m)
    return Raw(year=year, mod=_mod(m))


def y2(m: re.Match) -> Raw:
    return Raw(year=int(m.group("year2") or m.group("year2b")), year2=True)


def md(m: re.Match) -> Raw:
    day_end = _num(m, "day_end")
    return Raw(kind="range" if day_end else "date", month=_num(m, "month"), day=_num(m, "day"),
               month_end=(_num(m, "month_end") or _num(m, "month")) if day_end else None,
               day_end=day_end, mod=_mod(m))


def m(match: re.Match) -> Raw:
    return Raw(month=_num(match, "month"), mod=_mod(match))


def d(m: re.Match) -> Raw:
    day_end = _num(m, "day_end")
    return Raw(kind="range" if day_end else "date", day=_num(m, "day"), day_end=day_end)


def english(m: re.Match) -> Raw:
    month = _EN_MONTHS[m.group("en_month")[:3].lower()]
    return Raw(year=int(m.group("year")), month=month, day=int(m.group("day")))


def rel_year(m: re.Match) -> Raw:
    offset, ref = _rel(_REL_YEAR, m.group("rel"))
    return Raw(unit="year", offset=offset, ref=ref, month=_num(m, "month"), day=_num(m, "day"), mod=_mod(m))


def rel_month(m: re.Match) -> Raw:
    offset, ref = _rel(_REL_MONTH, m.group("rel"))
    return Raw(unit="month", offset=offset, ref=ref, day=_num(m, "day"), mod=_mod(m))


def rel_week(m: re.Match) -> Raw:
    return Raw(unit="week", offset=_REL_WEEK[m.group("rel")])


def rel_day(m: re.Match) -> Raw:
    offset, ref = _rel(_REL_DAY, m.group("rel"))
    return Raw(unit="day", offset=offset, ref=ref)


def ref_day(m: re.Match) -> Raw:
    """翌19日 / 同19日 / 前19日: a day of the month of the last mentioned date."""
    return Raw(unit="day_of_ref", ref=True, day=int(m.group("day")))


def in_year(m: re.Match) -> Raw:
    return Raw(unit="year", offset=0, mod="BEFORE_END")


def year_edge(m: re.Match) -> Raw:
    return Raw(unit="year", offset=0, mod="START" if m.group("rel") != "年末" else "END")


def month_edge(m: re.Match) -> Raw:
    return Raw(unit="month", offset=0, mod="END" if m.group("rel") == "月末" else "START")


def rel_season(m: re.Match) -> Raw:
    offset, ref = _rel(_REL_YEAR, m.group("rel"))
    return Raw(unit="year", offset=offset, ref=ref, mod=_SEASONS[m.group("season")])


def year_season(m: re.Match) -> Raw:
    year, _ = _year(m)
    return Raw(year=year, mod=_SEASONS[m.group("season")])


def set(m: re.Match) -> Raw:  # noqa: A001 - the rule's name
    unit = m.group("unit")
    code = {"年": "P1Y", "月": "P1M", "週": "P1W", "日": "P1D", "朝": "P1D", "晩": "P1D"}.get(unit or "", "P1W")
    return Raw(kind="set", duration=code)


def in_month(m: re.Match) -> Raw:
    return Raw(unit="month", offset=0, mod="BEFORE_END")


def season(m: re.Match) -> Raw:
    return Raw(unit="year", offset={"今": 0, "昨": -1, "来": 1}[m.group("rel")], mod=_SEASONS[m.group("season")])


def weekday(m: re.Match) -> Raw:
    return Raw(weekday=WEEKDAYS.index(m.group("wd")) + 1)


def holiday(m: re.Match) -> Raw:
    month, day = _holidays()[m.group("holiday")]
    return Raw(month=month, day=day)


_SHIFT_UNITS = {"年": ("year", 1), "年間": ("year", 1), "週間": ("day", 7), "日": ("day", 1), "日間": ("day", 1),
                "カ月": ("month", 1), "ヵ月": ("month", 1), "ヶ月": ("month", 1), "か月": ("month", 1),
                "ケ月": ("month", 1), "箇月": ("month", 1)}


def duration(m: re.Match) -> Raw:
    """24年ぶり, 9カ月, 75周年: a length of time. 3日後, 2年前, 1週間後: a date counted from
    the last date mentioned (else the anchor)."""
    n = kanji_number(m.group("n"))
    unit = _g(m, "unit") or _g(m, "unit2") or "日"
    suffix = _g(m, "suffix") or _g(m, "suffix2")
    if suffix in ("後", "前") and unit in _SHIFT_UNITS:
        base, k = _SHIFT_UNITS[unit]
        return Raw(unit=base, offset=n * k * (1 if suffix == "後" else -1), ref=True)
    code = {"年": "Y", "周年": "Y", "年間": "Y", "週間": "W", "日間": "D", "時間": "H"}.get(unit, "M")
    prefix = "PT" if code == "H" else "P"
    return Raw(kind="duration", duration=f"{prefix}{n}{code}")


def nights(m: re.Match) -> Raw:
    """1泊3日: a trip's length."""
    return Raw(kind="duration", duration=f"P{kanji_number(m.group('n2'))}D")


def time(m: re.Match) -> Raw:
    return Raw(kind="time")


def age(m: re.Match) -> Raw:
    return Raw(kind="duration", duration=f"P{m.group('n')}Y")
