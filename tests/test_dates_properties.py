"""Property-based tests of the date engine (hypothesis)."""
import datetime as dt

from hypothesis import given, settings, strategies as st

from timeline.dates import find_dates
from timeline.dates.resolve import FUTURE_GRACE_DAYS

KANJI = "〇一二三四五六七八九"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ERAS = [(dt.date(2019, 5, 1), "令和", 2019), (dt.date(1989, 1, 8), "平成", 1989), (dt.date(1926, 12, 25), "昭和", 1926)]


def kanji_small(n):
    tens, ones = divmod(n, 10)
    return (("" if tens < 2 else KANJI[tens]) + "十" if tens else "") + (KANJI[ones] if ones else "")


def era(d):
    for start, name, first in ERAS:
        if d >= start:
            n = d.year - first + 1
            return f"{name}{'元' if n == 1 else n}年{d.month}月{d.day}日"
    return f"{d.year}年{d.month}月{d.day}日"


FORMS = [
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: f"{d.year}/{d.month}/{d.day}",
    lambda d: f"{d.year}-{d.month:02d}-{d.day:02d}",
    lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}",
    lambda d: f"{d.year}・{d.month}・{d.day}",
    lambda d: f"{d.year}年{d.month}月{d.day}日".translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"}),
    lambda d: "".join(KANJI[int(c)] for c in str(d.year)) + f"年{kanji_small(d.month)}月{kanji_small(d.day)}日",
    era,
    lambda d: f"西暦{d.year}年{d.month}月{d.day}日",
    lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{MONTHS[d.month - 1]}. {d.day}, {d.year}",
]
CONTEXTS = ["{}に首脳会談が行われた。", "両国は{}、条約に署名した。", "{}", "北朝鮮は{}の記者会見で発表した。"]


@settings(max_examples=400, deadline=None)
@given(st.dates(min_value=dt.date(1927, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.sampled_from(FORMS), st.sampled_from(CONTEXTS),
       st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))))
def test_any_written_date_round_trips_whatever_the_anchor(d, form, context, anchor):
    written = form(d)
    found = [e for e in find_dates(context.format(written), anchor=anchor and anchor.isoformat())
             if e.kind in ("date", "range")]
    assert [(e.text, e.value, e.resolution) for e in found] == [(written, d.isoformat(), "explicit")]


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 12), st.integers(1, 28), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.sampled_from(["past", "future", None]))
def test_a_bare_month_day_lands_within_a_year_of_the_anchor_on_the_tense_side(month, day, anchor, tense):
    [e] = find_dates(f"{month}月{day}日", anchor=anchor.isoformat(), tense=tense)
    got = dt.date.fromisoformat(e.value)
    assert (got.month, got.day) == (month, day)
    assert abs((got - anchor).days) <= 366
    if tense == "past":
        assert got <= anchor
    if tense == "future":  # (a day or two before the anchor is under way or dated late: FUTURE_GRACE_DAYS)
        assert got >= anchor - dt.timedelta(days=FUTURE_GRACE_DAYS)


DATEISH = "0123456789０１２３年月日〜~～-/.・、。昨今来先週同翌前後曜金土日令和平成昭元十一二三四五六七八九〇上中下旬末初春夏秋冬毎ぶりカヶ周間からまで午時分歳 JanFebSep,"


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.text(alphabet=DATEISH, max_size=40)),
       st.one_of(st.none(), st.sampled_from(["2024", "2024-02", "2024-02-29", "1999-12-31", "2024-W03"])),
       st.sampled_from(["past", "future", None]))
def test_no_input_makes_the_engine_raise(text, anchor, tense):
    for e in find_dates(text, anchor=anchor, tense=tense):
        assert 0 <= e.start < e.end <= len(text)
        assert e.text == text[e.start:e.end]
