"""Named regular-expression fragments and the rules built from them.

Each rule pairs one compiled pattern with the name of the parse function in
``timeline.dates.parse`` that turns its match into a ``Raw`` reading. Patterns are
matched on text whose full-width ASCII has been folded to half-width (a
length-preserving fold, so offsets stay valid); kanji numerals are matched as
written and converted by the parse functions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import load_calendar

KANJI_DIGIT = "〇零一二三四五六七八九"
_ERAS = "|".join(sorted((e["name"] for e in load_calendar()["era"]), key=len, reverse=True))
_HOLIDAYS = "|".join(sorted((h["name"] for h in load_calendar().get("holiday", [])), key=len, reverse=True))

# --- fragments ---------------------------------------------------------------
NOT_DIGIT_BEFORE = r"(?<![0-9〇一二三四五六七八九十])"
YEAR4 = r"(?P<year>[12][0-9]{3}|[一二][〇一二三四五六七八九]{3})"
ERA = rf"(?P<era>{_ERAS})(?P<era_year>[0-9]{{1,2}}|元|[一二三四五六七八九十]{{1,3}})"
YEAR2 = r"(?P<year2>[0-9]{2})"
MONTH = r"(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
DAY = r"(?P<day>3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
DAY_END = DAY.replace("?P<day>", "?P<day_end>")
MONTH_END = MONTH.replace("?P<month>", "?P<month_end>")
WEEKDAY_PAREN = r"(?:[(（][月火水木金土日][)）])?"
MOD = r"(?P<mod>上旬|中旬|下旬|初旬|初め|初頭|半ば|末|頃|ごろ)?"
YEAR_MOD = r"(?P<mod>末|初め|初頭|前半|後半|半ば|中|内|春|夏|秋|冬)?"
RANGE_SEP = r"(?:[ \u3000]?[〜~～\-－‐][ \u3000]?|から)"  # 9日 ~ 11日: text tokenised with spaces too
TIME_OF_DAY = r"(?:夜|未明|早朝|朝|昼|夕方|夕|深夜|午前|午後)"  # 13日夜から14日未明にかけ
SEP = r"(?P<sep>[/.\-・])"
REL_YEAR = r"(?P<rel>一昨年|昨年|去年|今年|本年|来年|再来年|同年|翌年|前年)"
REL_MONTH = r"(?P<rel>先月|今月|来月|同月|翌月|前月)"
REL_WEEK = r"(?P<rel>先週末|今週末|来週末|先週|今週|来週|先々週|再来週|週明け|(?<!毎)週末)"
REL_DAY = r"(?P<rel>一昨日|昨日|今日|本日|明日|明後日|同日|当日|この日|前日|翌日)"
EN_MONTH = r"(?P<en_month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    parse: str  # name of the function in timeline.dates.parse
    priority: int = 0  # breaks ties between matches of equal length


def _r(name: str, pattern: str, parse: str, priority: int = 0) -> Rule:
    return Rule(name, re.compile(pattern), parse, priority)


YEAR_ANY = rf"(?:{ERA}|{YEAR4}|(?<![0-9]){YEAR2})年"
YEAR_FULL = rf"(?:{ERA}|{YEAR4})年"

RULES: tuple[Rule, ...] = (
    # not dates: claim their span first so that 24年ぶり is never the year 24
    _r("duration", NOT_DIGIT_BEFORE + r"(?P<n>[0-9]+|[一二三四五六七八九十百]+)(?:(?P<unit>カ月|ヵ月|ヶ月|か月|ケ月|箇月|週間|日間|時間|周年|年間)(?P<suffix>ぶり|以上|余り|超|近く|連続|前|後|目)?|(?P<unit2>年)(?P<suffix2>ぶり|以上|余り|超|近く|連続|前|後|目))", "duration", 1),
    _r("nights", NOT_DIGIT_BEFORE + r"(?P<n>[0-9]+|[一二三四五六七八九十]+)泊(?P<n2>[0-9]+|[一二三四五六七八九十]+)日", "nights", 2),
    _r("days_after", NOT_DIGIT_BEFORE + r"(?P<n>[0-9]+|[一二三四五六七八九十]+)日(?P<suffix>後|前)(?!半)", "duration", 1),
    _r("time", r"(?P<ampm>午前|午後)(?:(?P<hour>[0-9]{1,2})時(?:(?P<minute>[0-9]{1,2})分)?)?|(?<![0-9])(?P<hour2>[0-9]{1,2})時(?:(?P<minute2>[0-9]{1,2})分|半)?", "time"),
    _r("age", r"(?<![0-9])(?P<n>[0-9]{1,3})歳", "age"),
    # written dates
    _r("ymd", rf"(?:西暦)?{YEAR_ANY}{MONTH}月{DAY}日{WEEKDAY_PAREN}(?:{RANGE_SEP}{DAY_END}日(?:まで)?)?", "ymd", 3),
    _r("ymd_sep", rf"(?<![0-9]){YEAR4}{SEP}{MONTH}(?P=sep){DAY}(?![0-9]){WEEKDAY_PAREN}", "ymd", 3),
    _r("ym", rf"(?:西暦)?{YEAR_ANY}{MONTH}月{MOD}", "ym", 2),
    _r("ym_sep", rf"(?<![0-9]){YEAR4}[/.](?P<month>1[0-2]|0?[1-9])(?![0-9./])", "ym", 1),
    _r("y", rf"(?:西暦)?{YEAR_FULL}{YEAR_MOD}(?!ぶり|間|代|度|連続|目|前|後)", "y", 1),
    # a two-digit year alone: 04年 (a leading zero is never a count), or 11年に / 11年度
    _r("y2", r"(?<![0-9０-９.])(?:(?P<year2>0[0-9])年(?!ぶり|間|代|連続|目|前|後|以上)|(?P<year2b>[1-9][0-9])年(?=に|から|まで|度|、))", "y2", 0),
    _r("en_dmy", rf"(?<![0-9])(?P<day>[0-9]{{1,2}})\s+{EN_MONTH}\s+(?P<year>[0-9]{{4}})", "english", 3),
    _r("en_mdy", rf"{EN_MONTH}\s+(?P<day>[0-9]{{1,2}}),?\s+(?P<year>[0-9]{{4}})", "english", 3),
    # relative year (+ month (+ day))
    _r("rel_ymd", rf"{REL_YEAR}の?{MONTH}月(?:{DAY}日)?{WEEKDAY_PAREN}{MOD}", "rel_year", 3),
    _r("rel_y", rf"{REL_YEAR}{YEAR_MOD}", "rel_year", 1),
    _r("rel_m", rf"{REL_MONTH}の?(?:{DAY}日{WEEKDAY_PAREN})?{MOD}", "rel_month", 1),
    _r("rel_w", REL_WEEK, "rel_week", 1),
    _r("rel_d", rf"{REL_DAY}", "rel_day", 1),
    _r("next_day", r"(?P<rel>翌|同|前)(?P<day>[0-9]{1,2})日", "ref_day", 2),
    _r("in_year", r"(?P<rel>年内|今年中|年中)", "in_year", 1),
    _r("in_month", r"(?P<rel>月内|今月中)", "in_month", 1),
    _r("year_edge", r"(?<![0-9〇一二三四五六七八九十今昨来去同翌前本])(?P<rel>年末|年初|年始|年明け)", "year_edge", 1),
    _r("month_edge", r"(?<![0-9〇一二三四五六七八九十今先来同翌前])(?P<rel>月末|月初め|月初)", "month_edge", 1),
    _r("season", r"(?P<rel>今|昨|来)(?P<season>春|夏|秋|冬)", "season", 1),
    _r("rel_season", rf"{REL_YEAR}の(?P<season>春|夏|秋|冬)", "rel_season", 2),
    _r("year_season", rf"{YEAR_FULL}の?(?P<season>春|夏|秋|冬)", "year_season", 2),
    _r("set", r"毎(?P<unit>年|月|週|日|朝|晩)|(?P<wd_set>[月火水木金土日])曜日ごと", "set", 1),
    # month / day without year
    _r("md", rf"{NOT_DIGIT_BEFORE}{MONTH}月{DAY}日{WEEKDAY_PAREN}(?:{RANGE_SEP}(?:{MONTH_END}月)?{DAY_END}日(?:まで)?)?{MOD}", "md", 2),
    _r("md_sep", rf"(?<![0-9/.]){MONTH}/{DAY}(?![0-9/])", "md", 0),
    _r("m", rf"(?<![0-9〇一二三四五六七八九十カヵヶかケ箇]){MONTH}月(?!間|目|ぶり|分|号){MOD}", "m", 1),
    _r("d", rf"{NOT_DIGIT_BEFORE}{DAY}日{WEEKDAY_PAREN}(?:{TIME_OF_DAY}?{RANGE_SEP}{DAY_END}日(?:{TIME_OF_DAY}?(?:まで|にかけ))?)?(?!間|目|ぶり|本|系)", "d", 1),
    _r("d_range", rf"{NOT_DIGIT_BEFORE}{DAY}{RANGE_SEP}{DAY_END}日(?:まで)?", "d", 1),
    _r("d_both", rf"{NOT_DIGIT_BEFORE}{DAY}(?:日)?[、,・]{DAY_END}(?:日)?の?両日", "d", 2),
    _r("weekday", r"(?P<wd>[月火水木金土日])曜(?:日)?", "weekday", 1),
    _r("holiday", rf"(?P<holiday>{_HOLIDAYS})", "holiday", 1) if _HOLIDAYS else None,
)
RULES = tuple(r for r in RULES if r is not None)

URL = re.compile(r"https?://[\x21-\x7e]+")
# a date inside a URL: /20230913/, -2024-06-20/, /2024/06/20/, k=2024100500279
URL_DATE = re.compile(
    r"(?<![0-9])(?P<year>(?:19|20)[0-9]{2})(?P<sep>[-/]?)(?P<month>0[1-9]|1[0-2])(?P=sep)(?P<day>0[1-9]|[12][0-9]|3[01])")

_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20


def fold_width(text: str) -> str:
    """Full-width ASCII (０-９, Ａ-Ｚ, ／ …) to half-width, one character for one."""
    return text.translate(_FOLD)
