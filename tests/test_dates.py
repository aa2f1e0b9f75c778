"""The date engine, as a table: text, anchor → what it finds and how it resolves."""
import pytest

from timeline.dates import find_dates, infer_tense
from timeline.dates.parse import kanji_number


def first(text, anchor=None, tense=None, ref=None):
    found = [e for e in find_dates(text, anchor=anchor, tense=tense, ref=ref) if e.kind in ("date", "range")]
    assert found, f"no date found in {text!r}"
    return found[0]


@pytest.mark.parametrize("text, value, granularity", [
    ("2024年6月19日に署名した", "2024-06-19", "day"),
    ("2024/06/19", "2024-06-19", "day"),
    ("2024/6/19", "2024-06-19", "day"),
    ("2024.06.19", "2024-06-19", "day"),
    ("2024-06-19", "2024-06-19", "day"),
    ("2024・6・19", "2024-06-19", "day"),
    ("２０２４年６月１９日", "2024-06-19", "day"),
    ("二〇二四年六月十九日", "2024-06-19", "day"),
    ("西暦2024年6月19日", "2024-06-19", "day"),
    ("令和6年6月19日", "2024-06-19", "day"),
    ("令和元年5月1日", "2019-05-01", "day"),
    ("平成31年4月30日", "2019-04-30", "day"),
    ("昭和64年1月7日", "1989-01-07", "day"),
    ("令和6年", "2024", "year"),
    ("2024年6月には", "2024-06", "month"),
    ("2019年1月以来", "2019-01", "month"),
    ("2018年不正選挙", "2018", "year"),
    ("21 Jan 2024 11:01:28 GMT9", "2024-01-21", "day"),
    ("Jan. 21, 2024に", "2024-01-21", "day"),
])
def test_written_dates(text, value, granularity):
    e = first(text)
    assert (e.value, e.granularity, e.resolution) == (value, granularity, "explicit")


@pytest.mark.parametrize("text, anchor, value", [
    # a bare day takes the anchor's month (the item dated 2024.06.20 reports the 19th)
    ("19日に首脳会談を行った", "2024-06-20", "2024-06-19"),
    # a day later than the anchor's in a past-tense clause is last month's
    ("28日に会談した", "2024-06-03", "2024-05-28"),
    # … or the month before that, when last month has no such day (February has no 31st)
    ("31日に会談した", "2025-03-02", "2025-01-31"),
    # being considered (検討している) is still to come, though ている often reads as done
    ("31日には習近平国家主席との会談も検討している", "2025-10-29", "2025-10-31"),
    ("十九日に会談した", "2024-06-20", "2024-06-19"),
    # a past-tense month in January is last year's; a future one later this year
    ("9月にロシアを訪問し、首脳会談を行った", "2024-01-21", "2023-09"),
    ("9月3日に北京で行われる式典に出席すると発表した", "2025-08-28", "2025-09-03"),
    ("1月14日の発射実験は", "2024-01-21", "2024-01-14"),
    ("6月には署名し、強固になりました", "2025-08-28", "2025-06"),
    ("昨年9月13日、会ってから9カ月だ", "2024-06-18", "2023-09-13"),
    ("今年9月には訪問する運びとなりました", "2025-08-28", "2025-09"),
    ("昨年6月の条約締結", "2025", "2024-06"),
    ("来年3月に訪日する予定", "2024-06-20", "2025-03"),
    ("昨年", "2024-06-20", "2023"),
    ("去年", "2024-06-20", "2023"),
    ("一昨年", "2024-06-20", "2022"),
    ("来年", "2024-06-20", "2025"),
    ("年内に開催される予定", "2023-09-13", "2023"),
    ("今年中に", "2023-09-13", "2023"),
    ("先月", "2024-06-20", "2024-05"),
    ("今月", "2024-06-20", "2024-06"),
    ("来月上旬", "2024-12-20", "2025-01"),
    ("月内に", "2024-06-20", "2024-06"),
    # a day of this or last month is one expression
    ("習氏が今月10日に国家主席に3選されてから", "2023-03-22", "2023-03-10"),
    ("高市氏が先月21日に首相に就任してから", "2025-11-01", "2025-10-21"),
    ("来月の5日に訪問する", "2023-03-22", "2023-04-05"),
    # …を20日に控えた: still to come, though the verb is past
    ("就任式を20日に控えた時期の署名となった", "2025-01-18", "2025-01-20"),
    # written on a Sunday, 先週 is the working week that just ended; on a weekday, the one before
    ("先週モスクワで行われた会談", "2024-01-21", "2024-W03"),
    ("先週モスクワで行われた会談", "2024-01-17", "2024-W02"),
    ("先週、電話で会談した", "2025-02-08", "2025-W05"),  # a Saturday: still the week before
    ("今週", "2024-01-21", "2024-W03"),
    ("来週", "2024-01-21", "2024-W04"),
    # 週明け is the start of the next week; 週末 the weekend of the week written in
    ("週明けに会談する予定だ", "2024-10-16", "2024-W43"),
    ("週末に会談する", "2024-10-16", "2024-W42"),
    ("来週末に訪問する", "2024-10-16", "2024-W43"),
    ("先週末に会談した", "2024-10-16", "2024-W41"),
    ("昨日", "2024-06-20", "2024-06-19"),
    ("本日", "2024-06-20", "2024-06-20"),
    ("明日", "2024-06-30", "2024-07-01"),
    # weekdays: the latest on or before the anchor in the past, the next one in the future
    ("北朝鮮は日曜日、合意したと発表した", "2024-01-21", "2024-01-21"),
    ("金曜日に北朝鮮は実験を行ったと発表した", "2024-01-21", "2024-01-19"),
    ("韓国は木曜日、求めた", "2024-01-21", "2024-01-18"),
    ("金曜日に会談する予定だ", "2024-01-21", "2024-01-26"),
    # named days take their year from the anchor
    ("中国の国慶節に際して祝電を送った", "2024-10-01", "2024-10-01"),
    # a day told in another time zone may lie behind the date line's: not next month's
    ("安保理は米東部時間二十九日午後に緊急会合を開く予定だ", "2017-11-30", "2017-11-29"),
    ("安保理は二十五日午後に緊急会合を開く予定だ", "2017-11-30", "2017-12-25"),
    # … but one a day or two before it is under way, or the item was dated late
    ("APECの首脳会議は15日から2日間の日程で開かれ、首相はこのあとブラジルを訪れる予定だ", "2024-11-16", "2024-11-15"),
    # … and so is a month and day: not the next year's (Wikinews, dated by its latest source)
    ("政府は5月28日、移設先を辺野古とする方針を決定する", "2010-05-29", "2010-05-28"),
    ("政府は5月20日に方針を決定する", "2010-05-29", "2011-05-20"),
    # a past day one after the date line's is told in another time zone (or the date line is late):
    # this month's, not last month's; the news writes 先月 for that
    ("会談は日本時間10日午前6時半に終了した", "2005-10-09", "2005-10-10"),
    ("会談は12日に終了した", "2005-10-09", "2005-09-12"),
])
def test_relative_dates(text, anchor, value):
    e = first(text, anchor=anchor)
    assert e.value == value
    assert e.resolution == "relative"


@pytest.mark.parametrize("text, anchor, value, mod", [
    ("年末に", "2024-06-20", "2024", "END"),
    ("年初に", "2024-06-20", "2024", "START"),
    ("月末に", "2024-06-20", "2024-06", "END"),
    ("来月上旬", "2024-06-20", "2024-07", "START"),
    ("6月中旬", "2024-06-20", "2024-06", "MID"),
    ("今年の夏", "2024-06-20", "2024", "SU"),
    ("来春", "2024-06-20", "2025", "SP"),
    ("2024年秋", None, "2024", "FA"),
    ("今年末", "2024-06-20", "2024", "END"),
])
def test_parts_of_periods_keep_their_period_and_say_which_part(text, anchor, value, mod):
    e = first(text, anchor=anchor)
    assert (e.value, e.mod) == (value, mod)


@pytest.mark.parametrize("text, surface", [("毎年", "P1Y"), ("毎月", "P1M"), ("毎週", "P1W")])
def test_sets_are_recognised_and_never_resolved(text, surface):
    [e] = find_dates(text, anchor="2024-06-20")
    assert (e.kind, e.surface, e.value) == ("set", surface, None)


@pytest.mark.parametrize("text, anchor, value, value_end", [
    ("18日~19日に予定されている", "2024-06-18", "2024-06-18", "2024-06-19"),
    ("２８～２９日", "2024-06-10", "2024-06-28", "2024-06-29"),
    ("6月18日から19日まで", "2024-06-01", "2024-06-18", "2024-06-19"),
    ("8日から13日まで滞在した", "2024-06-20", "2024-06-08", "2024-06-13"),
    ("18-19日", "2024-06-10", "2024-06-18", "2024-06-19"),
    ("26、27両日、ソウルで開かれる", "2024-05-20", "2024-05-26", "2024-05-27"),
    ("国葬が25、26の両日、ハノイで営まれた", "2024-07-27", "2024-07-25", "2024-07-26"),
    ("13日夜から14日未明にかけ、発射した", "2024-04-14", "2024-04-13", "2024-04-14"),  # times of day inside
    ("10月9日 ~ 11日に熊本県で開かれる", "2024-06-10", "2024-10-09", "2024-10-11"),  # spaced, as Wikinews text
])
def test_ranges(text, anchor, value, value_end):
    e = first(text, anchor=anchor)
    assert (e.kind, e.value, e.value_end) == ("range", value, value_end)


@pytest.mark.parametrize("text, anchor, value", [
    ("04年に就任した", "2020-06-01", "2004"),
    ("11年12月に死去した", "2020-06-01", "2011-12"),
    ("19年度の予算", "2020-06-01", "2019"),
    ("98年に開かれた", "2020-06-01", "1998"),
])
def test_two_digit_years_take_their_century_from_the_anchor(text, anchor, value):
    assert first(text, anchor=anchor).value == value


@pytest.mark.parametrize("text", ["10年の歳月", "24年ぶり", "3年に一度"])
def test_counts_of_years_are_not_two_digit_years(text):
    assert [e for e in find_dates(text, anchor="2020-06-01") if e.kind == "date"] == []


@pytest.mark.parametrize("text, ref, value", [
    ("同日、署名した", "2024-06-19", "2024-06-19"),
    ("当日は", "2024-06-19", "2024-06-19"),
    ("この日", "2024-06-19", "2024-06-19"),
    ("翌日", "2024-06-19", "2024-06-20"),
    ("前日", "2024-06-19", "2024-06-18"),
    ("翌20日", "2024-06-19", "2024-06-20"),
])
def test_references_to_the_last_date(text, ref, value):
    assert first(text, anchor="2024-07-01", ref=ref).value == value


@pytest.mark.parametrize("text, anchor, value", [
    ("19日に到着し、その3日後に署名した", "2024-06-20", "2024-06-22"),
    ("1週間後に再開する", "2024-06-20", "2024-06-27"),
    ("3カ月後に再訪する", "2024-06-20", "2024-09"),
    ("2年前に会談した", "2024-06-20", "2022"),
])
def test_counted_from_the_last_date(text, anchor, value):
    assert [e for e in find_dates(text, anchor=anchor) if e.kind == "date"][-1].value == value


@pytest.mark.parametrize("text, anchor, values", [
    ("2日夜、4日から7日までの予定で演習を実施すると発表した", "2022-08-05", ["2022-08-02", "2022-08-04"]),
    # with no earlier day in the text, a future day before the date line's is next month's
    ("4日から7日までの予定で演習を実施する", "2022-08-10", ["2022-09-04"]),
])
def test_a_plan_counts_from_the_day_it_was_told(text, anchor, values):
    assert [e.value for e in find_dates(text, anchor=anchor)] == values


@pytest.mark.parametrize("text, values", [
    # この日 is the story's day when a back-reference was told in between; 同日 is the day just named
    ("同日に就任し、この日の午前に会見した。", ["2007-09-26", "2008-09-01"]),
    ("この日の午前に会見し、同日夜に戻った。", ["2008-09-01", "2008-09-01"]),
])
def test_this_day_is_the_story_s_and_the_same_day_the_last_named(text, values):
    found = find_dates(text, anchor="2008-09-02", ref="2007-09-26", story="2008-09-01")
    assert [e.value for e in found if e.text in ("同日", "この日")] == values


def test_same_day_chains_within_a_text():
    found = find_dates("19日に到着し、同日会談した。翌日帰国した。", anchor="2024-06-20")
    assert [e.value for e in found] == ["2024-06-19", "2024-06-19", "2024-06-20"]


@pytest.mark.parametrize("text, same_day", [
    ("19日に到着し、同日会談した。", "2024-06-19"),
    ("9日からベトナムを訪問し、同日首脳会談を行った。", "2024-06-09"),
    # the day a stay under way began describes the person: 同日 is the day the story named before
    ("17日からタイを訪問している岸田首相は同日、会合を開いた。", "2024-06-18"),
    ("15日から来日中の大統領は同日、首相と会談した。", "2024-06-18"),
])
def test_same_day_is_the_story_s_last_day(text, same_day):
    found = find_dates(text, anchor="2024-06-20", ref="2024-06-18")
    assert next(e.value for e in found if e.text == "同日") == same_day


def test_same_day_after_a_stay_began_is_that_day_when_the_story_named_none():
    found = find_dates("16日から中国を訪問しているプーチン大統領は同日、会談した。", anchor="2024-05-17")
    assert next(e.value for e in found if e.text == "同日") == "2024-05-16"


def test_same_day_after_a_range_is_its_last_day():
    found = find_dates("9、10両日に開かれた首脳会議に出席した後、同日午後にハノイに到着した。", anchor="2023-09-11")
    assert [e.value for e in found if e.kind in ("date", "range")] == ["2023-09-09", "2023-09-10"]


@pytest.mark.parametrize("text, surface", [
    ("13日、手を握った", "XXXX-XX-13"),
    ("9月に", "XXXX-09"),
    ("6月19日", "XXXX-06-19"),
    ("日曜日", "XXXX-WXX-7"),
    ("年内に", "ANCHOR+0Y"),
    ("昨年9月13日", "XXXX-09-13"),
])
def test_unanchored_expressions_keep_their_surface_and_no_value(text, surface):
    e = first(text)
    assert (e.surface, e.value, e.resolution) == (surface, None, "unresolved")


def test_an_unresolved_same_day_keeps_the_day_it_refers_to():
    found = find_dates("13日、戦略的提携のために手を握った。金委員長はこの日、首脳会談に臨んだ。")
    assert [e.surface for e in found] == ["XXXX-XX-13", "XXXX-XX-13"]
    assert all(e.value is None for e in found)


@pytest.mark.parametrize("text, kind", [
    ("24年ぶりに訪朝した", "duration"),
    ("6年ぶりとなり", "duration"),
    ("9カ月", "duration"),
    ("4年5ヶ月ぶり", "duration"),
    ("75周年を記念し", "duration"),
    ("80周年の記念式典", "duration"),
    ("3年間", "duration"),
    ("24日間", "duration"),
    ("午後", "time"),
    ("午前3時", "time"),
    ("11時01分", "time"),
    ("45歳の", "duration"),
])
def test_non_dates_are_recognised_and_never_resolved(text, kind):
    found = find_dates(text, anchor="2024-06-20")
    assert found and all(e.kind == kind and e.value is None for e in found)


@pytest.mark.parametrize("text", ["1万1000人規模の兵力", "金正恩氏は", "金委員長", "6者協議", "第3次世界大戦"])
def test_words_that_are_not_dates(text):
    assert [e for e in find_dates(text, anchor="2024-06-20") if e.kind in ("date", "range")] == []


@pytest.mark.parametrize("url, value", [
    ("https://mainichi.jp/articles/20230913/k00/00m/030/401000c", "2023-09-13"),
    ("https://example.com/2024/06/20/story.html", "2024-06-20"),
    ("https://jp.reuters.com/world/BXUGEDGP-2024-06-20/", "2024-06-20"),
])
def test_dates_inside_urls_are_reported_as_such(url, value):
    [e] = find_dates(f"出典: {url} を参照")
    assert (e.value, e.rule, e.resolution) == (value, "url", "explicit")


def test_numbers_inside_urls_are_not_running_text():
    assert find_dates("https://example.com/articles/k00/13/") == []


def test_offsets_point_into_the_original_text():
    text = "北朝鮮は２０２４年６月１９日に条約に署名した。"
    e = first(text)
    assert text[e.start:e.end] == e.text == "２０２４年６月１９日"


def test_no_anchor_never_means_today():
    for e in find_dates("昨日、今日、明日、先週、今年、19日"):
        assert e.value is None


@pytest.mark.parametrize("text, pos, tense", [
    ("9月3日に北京で行われる式典", 4, "future"),
    ("19日に首脳会談を行った。", 3, "past"),
    ("18日に会談する予定だと明らかにした", 3, "future"),
    ("13日、ラブロフ外相が18日に会談する予定だと明らかにした。", 3, "past"),
    ("金正恩氏が出席する方向で調整が進んでいます", 0, "future"),
    ("26日、釜山で開かれる運びとなった。", 3, "future"),
    # a time of day may sit between the date and its comma
    ("16日夕、北朝鮮の行動を遺憾とする声明を発表した。", 3, "past"),
    ("16日午後2時50分ごろ、庁舎を爆破した。", 3, "past"),
    ("日曜日の午前9時半ごろ、「人工衛星」と称する長距離弾道ミサイルを発射した。", 3, "past"),
    # a continuative verb hands the tense on; an adnominal 関する is no predicate
    ("21日に公式会談を行い、経済協力に関する共同声明に署名した。", 3, "past"),
    ("21日に訪問し、会談する予定だ。", 3, "future"),
    ("15日に来日しており、閣僚が来日するのは初めて。", 3, "past"),
    # a quotation that only qualifies a noun (…とみられる飛翔体, …とする声明) is no predicate,
    # and after a continuative the sentence's main predicate decides
    ("2日に弾道ミサイルとみられる飛翔体を発射し、翌3日には副部長が大統領府を非難する談話を発表していた。", 2, "past"),
    # …but a future one does not make an earlier clause with a day of its own future
    ("5日に北京に到着し、7日には南部の広東省広州を訪れる。", 2, None),
    ("6日に日本を出発し、1泊3日の日程で訪米する予定だ。", 2, "future"),
    # quoted words have a tense of their own: the words around them decide
    ("13日の談話で「悲惨な光景を見ることになる」と予告していた。", 3, "past"),
    ("20日に「協力を強化した」と述べる予定だ。", 3, "future"),
    # what is estimated or reported to have happened is past
    ("4日午後、ミサイルを発射し、5発が落下したと推定されるということです。", 2, "past"),
    # a title quoted before its noun (…と題する記事) is no predicate
    ("20日付のロシア紙に「中露友好の新たな章」と題する署名記事を発表した。", 3, "past"),
    # an opening date whose clause ends before another clause with a time of its own
    # (Wikinews: 14日には…が予定され、…6日から協議が始まっている)
    ("14日には東アジアサミットが予定され、共同通信によれば6日から協議が始まっている。", 3, "future"),
    ("9日には式典が開かれ、10日に条約に署名した。", 2, "past"),  # no tense of its own: the sentence's
    # a plan of the past (…する予定だった) is for a day of the past
    ("21日から香港に寄港する予定だったが、拒否された。", 3, "past"),
    ("19日に開かれる予定でした。", 3, "past"),
])
def test_tense(text, pos, tense):
    assert infer_tense(text, pos) == tense


@pytest.mark.parametrize("s, n", [("19", 19), ("十九", 19), ("三十一", 31), ("二〇二四", 2024), ("十", 10), ("元", 1)])
def test_kanji_numbers(s, n):
    assert kanji_number(s) == n
