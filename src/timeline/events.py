"""Triggers → event mentions with type, status, actors, places and date.

One Mention per event type and date in a sentence. Finding triggers and their status is
``triggers.py``; which date governs a trigger is ``linking.py``. Uses the sentence's parse when there is one
(POS of the trigger, the dependency path from a date to the trigger, the model's
Person/Country/City entities) and plain rules over the surface otherwise.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .actors import actor_by_name, find_mentions, place_info, surname_mentions, with_countries, without_people
from .coref import Memory, sentence_actors
from .dates.tense import hands_on_to_own_time
from .dating import QUOTED, STORY_REACH, DatedSentence
from .dedup import span
from .lexicon import load_roles, load_status
from .models import Actor, Article, Mention
from .linking import ANSWERED, CONTENT_AFTER as _CONTENT_AFTER, adnominal, governing_date, subject_unwritten
from .nlp import Parse
from .offices import holders_in, office_holder
from .roles import (DESCRIBES, assign_roles, comes_from, is_host_trigger, is_topic, particle_after,
                    pattern as roles_pattern, without_bystanders)
from .segment import aside_start
from .triggers import QUOTED_NAME, Trigger, find_triggers, is_question, is_verbal, lacks_context, may_hold_event, status_of

__all__ = ["EVENT_SENTENCE_KINDS", "Memory", "detect", "find_triggers", "is_question", "may_hold_event",
           "sentence_actors", "status_of", "governing_date"]

EVENT_SENTENCE_KINDS = ("body", "quote")
_DONE_AFTER = re.compile(r"^(?:で|では|に際し|.{0,14}?(?:行われ|行い|行っ|開かれ|開い|開き|実施|交換し|送っ|送り|送付|伝達|迎え|署名し|締結し|発表し|表明し|採択し"
                         r"|立ち会っ|臨ん|出席し|参加し|終え|受け取っ|受け取り|催し|催さ|主催し|出し|出され|公表し|発し))")
# 会談後、…発表する見通し: what follows the event just told in the sentence
_AFTER_IT = re.compile(r"の?(?:直?後|終了後)(?:に|、)")
# an event noun as the topic or setting of what follows (式典には / 会談では / 会談後), not the
# object of its own report (日韓首脳会談を行った): the event just told, named again
_REMARK = re.compile(r"を?(?:開く|行う|する)のは")  # 首脳会談を開くのは初めて: a remark on the event told
_NAMED_AGAIN = re.compile(r"(?:には|では|でも|にも|は|後|の後|の際|の席|の場|の(?:開催|期間)中|の合間|で|に)(?!よ)"
                          r"|(?:への)?(?:出席|参加|欠席)(?!し|す|を|者)"
                          rf"|{_REMARK.pattern}"
                          r"|を(?:現地で)?(?:見守|視察|参観|指導|観覧|観閲|非難|批判|歓迎|評価|称賛|祝|巡|めぐ|読|受け取)"
                          r"|を[^。、]{0,30}?と(?:位置づけ|位置付け|評価|批判|非難)")
_SAME_DAY = ("同日", "当日", "この日")
# a stay under way, described rather than told: 訪問中の, 来日中で, 訪問しているマクロン大統領は
_UNDER_WAY = re.compile(r"中(?:の|で|に|は|、)|滞在中|し?てい(?:る|た)(?=[^。、]{1,20}?(?:は|が|と|の))")
# a remark on the event told (外相会談は約4年ぶり) or a reaction to it (演習に反発し): no tense of its own
_REMARK_AFTER = re.compile(r"は、?(?:約|およそ)?[^。、]{0,8}?(?:ぶり|初めて|以来)"
                           r"|に(?:反発|対抗|抗議|反対)|を(?:非難|批判|歓迎|評価|称賛)"
                           # 演習は24日までの2日間の予定: how long the told one lasts
                           r"|は、?[^。、]{0,12}?まで(?:の|続)")
_SPECIFIED = re.compile(r"(?:での|における)$")  # 就任式での演説: an event of its own, not the one told
# 今回の訪問 / 同会談 / 今回のミサイル発射 (what it was of may stand between)
_THIS_ONE = re.compile(r"(?:(?:今回の|この)[\u30a0-\u30ff\u4e00-\u9fff]{0,6}|同)$")
_SUBJECT_MARK = re.compile(r"(?<![でにとへ])(?:は|が)")  # a written subject or topic (ハノイでは is a place)


STORY_DAY_WINDOW = 7


def _background(m: Mention, ds: DatedSentence) -> bool:
    """Is the mention's event from before the story's time (昨年11月の会談), not the news?"""
    return _before_the_story(m.date, m.date_end, ds)


def _before_the_story(date: str | None, date_end: str | None, ds: DatedSentence) -> bool:
    if not date or ds.anchor_date is None:
        return False
    try:
        anchor = dt.date.fromisoformat(ds.anchor_date)
    except ValueError:
        return False
    return span(date_end or date)[1] < anchor - dt.timedelta(days=STORY_DAY_WINDOW)


def _story_day(ds: DatedSentence) -> tuple[str, str, str]:
    """The date of a past-tense report that gives none: the day the passage is telling about
    (the last day it mentioned, if no later than the item's date and at most STORY_REACH before
    it), else the item's date."""
    if ds.context:
        lo, hi = span(ds.context)
        anchor = dt.date.fromisoformat(ds.anchor.date)
        if hi <= anchor and anchor - lo <= STORY_REACH:
            return ds.context, "week" if "W" in ds.context else "day", "story"
    return ds.anchor.date, "day", "publication"


_PARTY_GAP = re.compile(r"(?:[0-9０-９一二三四五]+カ国)?の?(?:首脳|外相|外務|国防|財務)?")


def _compound_countries(text: str):
    """The countries written as a compound (日米韓, 露朝), one found name for each."""
    return [f for f in find_mentions(text)
            if f.actor is not None and f.actor.kind == "country" and len(f.text) >= 2 and f.text != f.actor.name]


def _compounds(text: str) -> dict[int, tuple[str, ...]]:
    """Trigger offset → the countries of a compound right before it (日米韓首脳会談, 露朝会談)."""
    out: dict[int, list[str]] = {}
    for f in _compound_countries(text):
        rest = text[f.end:f.end + 8]
        for cut in range(0, 8):
            if _PARTY_GAP.fullmatch(rest[:cut]):  # 日米韓首脳会談 / 日中韓3カ国の外相会談
                out.setdefault(f.end + cut, []).append(f.actor.name)
    return {k: tuple(sorted(set(v))) for k, v in out.items() if len(set(v)) >= 2}


_SERIES_WORDS = ("首脳会議", "会議", "会合", "首脳会合", "サミット")  # and 次回の会議 / 次回会合 …


def _names_people(text: str) -> bool:
    return any(f.actor.kind == "person" for f in find_mentions(text) if f.actor)


def _another_session(text: str, trig: Trigger, who: list[Actor], date: str | None, last: Mention | None) -> list[Actor]:
    """首脳会議の開催は2019年12月に成都で開かれて以来 / 次回会議は日本で開催する予定 after the
    told 日中韓首脳会議: another session of the same series, with no one of its own named, is
    held by the series' countries, in the order the compound writes them."""
    if (trig.type != "meeting" or not (trig.text in _SERIES_WORDS or trig.text.startswith("次回")) or last is None
            or len(last.parties) < 2
            or (any(a.kind in ("person", "organization") for a in who) and not trig.text.startswith("次回"))
            or _naming(text, trig)
            or (date is not None and date == last.date)):
        return []
    order = [f.actor for f in _compound_countries(last.sentence) if f.actor.name in last.parties]
    return list(dict.fromkeys(order))


def _recurring(text: str, trig: Trigger) -> bool:
    return any(p.search(text[max(0, trig.start - 12):trig.start]) for p in load_status().get("generic_before", ()))


@lru_cache(maxsize=None)
def _to_places() -> frozenset[str]:
    """Event types that go somewhere: the country of the place is their target (roles.toml)."""
    return frozenset(load_roles().get("destination_types", ["visit"]))


def _mention_actors(text: str, trig: Trigger, actors: list[Actor], places: list[str], when: str | None) -> list[Actor]:
    """The sentence's actors, plus office holders named by title (韓国の大統領, 日米韓の外相) and,
    for a visit, the countries of the places visited (ウラジオストク入り → ロシア)."""
    who = list(actors)
    for person in [*holders_in(text, when), *_ministers_of_parties(text, when)]:
        if person not in who:
            who = with_countries([*who, person])
    if trig.target and (c := actor_by_name(trig.target)) is not None and c not in who:
        who.append(c)  # 訪朝 names its destination
    if trig.type in _to_places():
        for p in places:
            country = (place_info(p) or {}).get("country")
            c = actor_by_name(country) if country else None
            if c is not None and c not in who:
                who.append(c)
    return who


@lru_cache(maxsize=None)
def _party_office() -> re.Pattern:
    """日米韓の外相は: a compound's title (roles.toml ``party_titles``) as the subject."""
    titles = sorted(load_roles().get("party_titles", {}), key=len, reverse=True)
    return re.compile(rf"の?(?P<title>{'|'.join(map(re.escape, titles)) or '(?!)'})(?:は|が|も|と|、|ら)")


def _ministers_of_parties(text: str, when: str | None) -> list[Actor]:
    """日米韓の外相は: the foreign ministers of those countries on the day (roles.toml ``party_titles``)."""
    if not when:
        return []
    titles = load_roles().get("party_titles", {})
    out = []
    for f in _compound_countries(text):
        if (m := _party_office().match(text, f.end)) is None:
            continue
        person = office_holder(f.actor.name, titles[m.group("title")], when)
        if person is not None and person not in out:
            out.append(person)
    return out


def _leaders_of_parties(who: list[Actor], parties: tuple[str, ...], memory: Memory,
                        summit_date: str | None = None, office: str = "leader") -> list[Actor]:
    """米朝首脳会談 / 日中韓外相会談 with no one named in the sentence: the holders of that office
    (roles.toml party_titles: leader, foreign_minister …) on its date, else the people of
    those countries named last."""
    if not parties:
        return who
    have = {a.country for a in who if a.kind == "person"}
    for country in parties:
        if country not in have:
            # a dated summit: the leader then in office (not 金与正, named last); else whoever was named
            person = None
            if summit_date:
                person = office_holder(country, office if office != "leader" else _summit_role(country, parties),
                                       summit_date)
            person = person or next((p for p in reversed(memory.people) if p.country == country), None)
            if person is not None and person not in who:
                who = [*who, person]
    return who


def _with_guests(who: list[Actor], roles, visit: Mention | None, status: str):
    """金正恩氏が空港で盛大な歓迎式典を行った after 習近平氏は20日、平壌に到着し: a welcome
    ceremony honours the visitor the passage has just told of, who is one of its hosts."""
    if visit is None or visit.status != status:
        return who, roles
    guests = [a for a in visit.actors if dict(visit.roles).get(a.name) == "agent" and a not in who]
    if not guests:
        return who, roles
    who = with_countries([*who, *guests])
    return who, (*roles, *((a.name, "host") for a in who if a.name not in dict(roles)))


def _same_leaders_then(who: list[Actor], date: str | None, memory: Memory) -> list[Actor]:
    """2月のハノイ会談以来 (米朝首脳の対面は…): an earlier summit of countries only, whose leaders
    on its date are people the passage has named, was a meeting of those same people."""
    countries = [a.name for a in who if a.kind == "country"]
    if any(a.kind == "person" for a in who) or len(countries) < 2 or not date:
        return who
    leaders = [office_holder(c, "leader", date) for c in countries]
    if any(p is None or p not in memory.people for p in leaders):
        return who
    return [*who, *leaders]


def _summit_role(country: str, parties: tuple[str, ...]) -> str:
    """Who ``country`` sends to a summit of ``parties`` (roles.toml summit_rule), else its leader."""
    return next((r["role"] for r in load_roles().get("summit_rule", [])
                 if r["country"] == country and set(r["parties"]) == set(parties)), "leader")


def _place_country_targets(roles, who: list[Actor], named: list[Actor],
                           places: list[str]) -> tuple[tuple[str, str], ...]:
    """A country added for the place a visit went to is its target, and so is the country of
    the place visited when it has no other role (ソウルを訪れ、尹炳世外相と会談: 韓国)."""
    have = dict(roles)
    visited = {(place_info(p) or {}).get("country") for p in places}
    for a in who:
        if a.kind == "country" and a.name not in have and a.name in visited:
            have[a.name] = "target"
    return tuple(have.items())


# one subject meeting different people in turn, or sending to (receiving from) several: one event each
SEPARATE_COUNTERPARTS = ("meeting", "telegram")
_OTHER_SIDE = {"meeting": "counterpart", "telegram": "recipient"}


def _another_counterpart(text: str, trig: Trigger, first: Mention) -> tuple[Mention, Mention] | None:
    """AはBと会談し、その後Cとも会談した: the second trigger's clause names a counterpart the
    first trigger's clause did not. Returns the first mention without that person and a
    second mention of the same subject with them, else None (the same event said twice)."""
    people = {a.name: a for a in first.actors if a.kind == "person"}
    mine = assign_roles(text, trig.start, trig.end, trig.type, trig.text, list(first.actors))
    before = dict(first.roles)
    new = [name for name, role in mine if role == "counterpart" and name in people
           and before.get(name) != "counterpart" and name not in _agents_of(before)]
    if not new or not any(r == "counterpart" for r in before.values()) or not _agents_of(before):
        return None
    agents = [people[n] for n in _agents_of(before) if n in people]
    still = {a.country for a in first.actors if a.kind == "person" and a.name not in new}
    gone = set(new) | ({people[n].country for n in new} - still)
    kept = dataclasses.replace(first, actors=tuple(a for a in first.actors if a.name not in gone),
                               roles=tuple((n, r) for n, r in first.roles if n not in gone))
    roles = {**{n: "agent" for n in _agents_of(before)}, **{n: "counterpart" for n in new}}
    second = _narrowed(first, [*agents, *(people[n] for n in new)], roles)
    return kept, dataclasses.replace(second, trigger=trig.text, trigger_start=first.start + trig.start)


def _narrowed(m: Mention, people: list[Actor], roles: dict[str, str]) -> Mention:
    """``m`` with only these people (and their countries), keeping the ``roles`` of those left."""
    who = with_countries(people)
    names = {a.name for a in who}
    return dataclasses.replace(m, actors=tuple(who), roles=tuple((n, r) for n, r in roles.items() if n in names))


_EACH = re.compile(r"それぞれ|個別に|相次いで|次々と")


def _each_counterpart(m: Mention) -> list[Mention]:
    """One mention per counterpart person, each with the agents: the same subject meeting
    several people one by one (one per appointee of an appointment). The mention itself when
    there are fewer than two."""
    roles = dict(m.roles)
    people = [a for a in m.actors if a.kind == "person"]
    others = [a for a in people if roles.get(a.name) == _OTHER_SIDE.get(m.type, "counterpart")]
    agents = [a for a in people if roles.get(a.name) == "agent"]
    if roles_pattern("appointment").search(m.trigger):
        # 外相に茂木氏、防衛相に小泉氏をそれぞれ起用した: each appointee takes an office of their own
        return [_narrowed(m, [agent], roles) for agent in agents] if len(agents) >= 2 else [m]
    if m.type == "telegram" and len(others) == 1 and len(agents) >= 2:
        # プーチン大統領と習近平国家主席からそれぞれ祝電を受け取った: one from each sender
        return [_narrowed(m, [agent, others[0]], roles) for agent in agents]
    if len(others) < 2 or not agents:
        return [m]
    return [_narrowed(m, [*agents, other], roles) for other in others]


_CLAUSE_END = re.compile(r"(?:[しりてでくけせえい]|ており)、")


def _date_before(ds: DatedSentence, person: str, days_only: bool = False):
    """The last date written before the sentence first names ``person`` (None if it does not)."""
    at = next((f.start for f in find_mentions(ds.sentence.text) if f.actor is not None and f.actor.name == person),
              None)
    return next((e for e in reversed(ds.dates) if at is not None and e.end <= at and e.kind == "date" and e.value
                 and (not days_only or e.granularity == "day")), None)


def _met_on_own_days(m: Mention, ds: DatedSentence) -> bool:
    """9日にパリでマクロン仏大統領、10日にローマでメローニ首相と会談した: each counterpart comes
    after a day of its own, so these are meetings held in turn."""
    roles = dict(m.roles)
    others = {a.name for a in m.actors if a.kind == "person" and roles.get(a.name) == "counterpart"}
    if len(others) < 2:
        return False
    days = [e.value if (e := _date_before(ds, name, days_only=True)) else None for name in others]
    return None not in days and len(set(days)) == len(days)


def _before_next_time(text: str, trig: Trigger, expr, dates, actors: list[Actor],
                      places: list[str] = ()) -> list[Actor]:
    """The sentence's actors less those named only in a later clause about another time
    (…2日に発射し、翌3日には金与正副部長が…談話を発表: 金与正 is not in the launch). A visit
    keeps the people of the country it went to: whoever the visitor meets next there may be
    its host (27日に来日し、28日に高市首相と会談)."""
    end = _CLAUSE_END.search(text, trig.end)
    if end is None:
        return actors
    later = next((e for e in dates if e.start >= end.end() and e.kind in ("date", "range") and e is not expr
                  and (expr is None or e.value != expr.value)), None)
    if later is None:
        return actors
    seen = {f.actor.name for f in find_mentions(text[:later.start]) if f.actor}
    named_later = {f.actor.name for f in find_mentions(text) if f.actor and f.start >= later.start}
    gone = named_later - seen
    gone -= {a.country for a in actors if a.kind == "person" and a.name not in gone}  # 高市首相…日ASEAN: hers
    if trig.type == "visit":
        visited = {trig.target, *((place_info(p) or {}).get("country") for p in places)}
        gone -= {a.name for a in actors if a.kind == "person" and a.country in visited} | visited
    return without_people(actors, gone, seen) if gone else actors


_SINCE_THEN = re.compile(r"(?:してから|されてから|てから|して以来|されて以来|して以降)")
_SINCE_BACK = re.compile(r"(?:の[^。、]{0,12}?)?以来")  # after a date: 2000年7月以来, 2016年のターンブル首相以来
_JUST_DONE = re.compile(r"たばかりの")
_DEPARTED = re.compile(r"(?:を|から)(?:出発|出国|発っ|発ち)(?:し)?(?:て)?、")
_SETTING_AFTER = re.compile(r"(?:では|の(?:中|席|場)で)")  # 会談では…: what went on in the event told
_REPORTED = re.compile(r"と(?:報じ|伝え|明らかにし|発表し)(?:た|ている)")


def _reported_on(text: str, expr, trig: Trigger) -> bool:
    """Is the date the day a news agency reports the trigger's event (朝鮮中央通信は3日、…と報じた)?"""
    return (expr.end <= trig.start and text.startswith("、", expr.end)
            and bool(_REPORTED.search(text, trig.end)) and any(
                f.actor and f.actor.name in load_roles().get("reporters", ()) and text[f.end:expr.start] in ("は", "が")
                for f in find_mentions(text[:expr.start])))


# between a name and the event word it is part of: G7首脳会議, ASEANの首脳会議, 日EU定期首脳協議,
# 主要7カ国(G7)首脳と…協議
_GLOSS = r"(?:\s*[(（][^)）]{0,16}[)）])?"  # a reading or abbreviation in brackets: 主要7カ国(G7)
_SUBJECT_AFTER_EVENT = re.compile(rf"{_GLOSS}(?:は|が)")
_NAME_TO_EVENT = re.compile(r"(?:\s*[(（][^)）]{0,12}[)）])?の?(?:定期|臨時|緊急|特別|非公式|拡大)?"
                            r"(?:(?:首脳|外相|閣僚)(?:らと|と)[^。、]{0,8}?|首脳|外相|閣僚|国防相|財務相)?")


# a forum's summit told as the setting of something else: APEC首脳会議が開かれているリマで…会談,
# G20サミットに出席した後, 伊勢志摩サミットの閉幕後, NATO首脳会議に合わせ
_FORUM_SETTING = re.compile(rf"{_GLOSS}(?:(?:が|の)?[^。、]{{0,6}}?(?:開かれ|開催され|行われ)"
                            r"(?:ている|た|る)?[^。、]{0,16}?で|に合わせ|の際|の場で|の期間中|の合間|を機に|の開催中"
                            r"|の閉幕後|の開幕前|に出席|に参加)")
_ATTENDS = re.compile(rf"{_GLOSS}に(?:出席|参加)")


def _forum(text: str, trig: Trigger) -> list[Actor]:
    """The organisations whose summit the trigger names, when that summit is the setting of
    another event: it is an event of its own (the forum is its actor), never the one it hosts."""
    if trig.type != "meeting" or not _FORUM_SETTING.match(text, trig.end):
        return []
    return [a for n in sorted(_naming(text, trig)) if (a := actor_by_name(n)) is not None and a.kind == "organization"]


def _naming(text: str, trig: Trigger) -> set[str]:
    """Actors written as part of the event's name or as its forum: G7首脳会議, ASEANの首脳会議,
    日EU定期首脳協議, 主要7カ国(G7)首脳とオンラインで協議, a forum whose name ends in the event
    word (東アジア首脳会議)."""
    return {f.actor.name for f in find_mentions(text[:trig.end]) if f.actor
            and (_NAME_TO_EVENT.fullmatch(text, f.end, trig.start) if f.end <= trig.start
                 else f.end == trig.end and f.start < trig.start)}  # 東アジア首脳会議: the name ends in it


_HEADLINE_BREAK = re.compile(r"[、\s　]+")


def _headline_segment(text: str, trig: Trigger, actors: list[Actor]) -> list[Actor]:
    """A headline often tells two events at once (中国首相が祝電、バイデン氏と電話会談): a
    trigger's actors are those of its own part of it, when that part names anyone."""
    lo, hi = 0, len(text)
    for m in _HEADLINE_BREAK.finditer(text):
        if m.end() <= trig.start:
            lo = m.end()
        elif m.start() >= trig.end:
            hi = m.start()
            break
    named = {f.actor for f in find_mentions(text[lo:hi]) if f.actor}
    if not named:
        return actors
    countries = {a.name for a in named if a.kind == "country"}
    mine = [a for a in actors if a in named or (a.kind == "person" and a.country in countries)]
    return [*mine, *(a for a in actors if a.kind == "country" and a not in mine
                     and any(p.country == a.name for p in mine))]


_ONE_TO_ONE = re.compile(r"個別に|個別の|二国間の?|単独で|1対1で|一対一で")


def _one_to_one(text: str, trig: Trigger, who: list[Actor]) -> tuple[str, ...]:
    """岸田首相は同日、バイデン氏と個別に会談した: its parties are its own two, so it is not the
    three-way summit of the same day."""
    if not _ONE_TO_ONE.search(text, max(0, trig.start - 12), trig.start):
        return ()
    return _people_sides(who)


def _all_sides(trig: Trigger, who: list[Actor]) -> tuple[str, ...]:
    """中仏とEUの3者会談: the sides its people come from are its parties (triggers.toml
    ``multilateral``), so it is not the two-sided talks of the same day."""
    sides = _people_sides(who) if trig.multilateral else ()
    return sides if len(sides) >= 3 else ()


def _people_sides(who: list[Actor]) -> tuple[str, ...]:
    """The countries the people named come from, in name order."""
    return tuple(sorted({a.country for a in who if a.kind == "person" and a.country}))


def _reference_point(after: str, d: "_Dating", status: str, verbal: bool) -> bool:
    """An undated event noun that only times or explains another (status.toml ``reference_point``:
    就任後に, 会談に先立ち, 就任への祝意; ``planned_reference_point``: トランプ氏の就任前の会談)."""
    if d.date is not None or d.antecedent is not None or verbal:
        return False
    key = {"happened": "reference_point", "planned": "planned_reference_point"}.get(status)
    return key is not None and _points_to(after, key)


def _points_to(after: str, key: str = "reference_point") -> bool:
    """Do the words after an event noun make it only a point of reference, or count from it
    (status.toml ``key``: reference_point, planned_reference_point, counted_from, undated_reference)?"""
    return any(p.match(after) for p in load_status().get(key, ()))


_ALSO = re.compile(r"(?:と|に)も$")  # 李強首相とも会談した: one more, besides the one told
_ALSO_AFTER = re.compile(r"(?:に|へ|で)?も")  # 会談も調整 / 記念行事にも出席した


def _also_another(text: str, trig: Trigger, who: list[Actor], last: Mention | None,
                  antecedent: int | None) -> int | None:
    """The earlier mention this one is told beside (…とも会談した, …との会談も調整), when it names
    someone that one did not: not the same event, whatever else they share."""
    if last is None or antecedent is not None:
        return None
    before = text[max(0, trig.start - 12):trig.start]
    if not (_ALSO.search(before) or _ALSO_AFTER.match(text, trig.end)):
        return None
    if last.trigger not in trig.text and trig.text not in last.trigger:
        return last.trigger_start  # 歓迎式典が行われ…記念行事にも出席した: another word, another event
    theirs = {a.name for a in last.actors if a.kind == "person"}
    mine = {a.name for a in who if a.kind == "person"}
    return last.trigger_start if mine - theirs else None


# …尹氏の訪日に先立ち、 / 首脳会談を前に、: a phrase that only times what follows
_TIMING_PHRASE = re.compile(r"[^、。]{1,30}?(?:に先立ち|に先立って|を前に|を控え|に合わせ(?:るように|るかのように|て)?)、?")


def _named_inside(text: str, spans: list[tuple[int, int]], kind: str | None = None) -> tuple[set[str], set[str]]:
    """The actors (of ``kind``, if given) ``text`` names inside the ``spans``, and those it
    names outside them."""
    inside: set[str] = set()
    outside: set[str] = set()
    for f in find_mentions(text):
        if f.actor and (kind is None or f.actor.kind == kind):
            (inside if any(a <= f.start and f.end <= b for a, b in spans) else outside).add(f.actor.name)
    return inside, outside


def _outside_quotes(text: str, trig: Trigger, who: list[Actor], roles) -> list[Actor]:
    """The people and countries named only inside words said (「モンゴルは…加担した」と非難する
    声明) take no part in an event told outside them: a particle inside the quotation gives them
    no role in it."""
    quotes = [(m.start(), m.end()) for m in QUOTED_NAME.finditer(text)]
    if not quotes or any(a < trig.start and trig.end < b for a, b in quotes):
        return who
    inside, outside = _named_inside(text, quotes)
    gone = inside - outside - {a.country for a in who if a.kind == "person" and a.name not in inside}
    return [a for a in who if a.name not in gone] if gone else who


def _outside_asides(text: str, trig: Trigger, who: list[Actor], roles) -> list[Actor]:
    """The people named only inside a phrase that times the event by another one (北朝鮮は同日朝、
    尹氏の訪日に先立ち、ICBMを発射した: 尹錫悦 is not in the launch), unless given a role."""
    spans = [(m.start(), m.end()) for m in _TIMING_PHRASE.finditer(text, 0, trig.start)]
    if not spans:
        return who
    have = dict(roles)
    inside, outside = _named_inside(text, spans, "person")
    gone = {n for n in inside - outside if n not in have}
    return without_people(who, gone, set(have)) if gone else who


def _describing_clause(text: str, trig: Trigger, who: list[Actor], roles) -> list[Actor]:
    """A trigger in a clause that describes the person after it (17日からバンコクを訪問している
    岸田首相は同日、…ハリス副大統領と会合を開いた): the people named only after that person
    belong to the main clause, not to this event, unless given a role in it or, for a visit,
    of the country visited (訪問中のマクロン大統領は習近平国家主席と会談: its host)."""
    found = find_mentions(text)
    person = next((f for f in found if f.start >= trig.end and f.actor and f.actor.kind == "person"), None)
    if person is None or not DESCRIBES.match(text[trig.end:person.start]):
        return who
    have = dict(roles)
    before = {f.actor.name for f in found if f.actor and f.start <= person.start}
    visited = {n for n, r in have.items() if r == "target"}
    gone = {f.actor.name for f in found if f.actor and f.actor.kind == "person" and f.start > person.start
            and f.actor.name not in before and f.actor.name not in have and f.actor.country not in visited}
    return without_people(who, gone, set(have)) if gone else who


_EACH_ITS_OWN = frozenset({"other"})  # types whose different words are different acts
_MUTUAL = frozenset(load_roles().get("default_role", {}))  # meeting, agreement…: parties on both sides
_NAME_LENGTH = 24  # a quotation longer than this is speech, not a name (「包括的戦略パートナーシップ条約」)
_SPOKEN_END = re.compile(r"(?:[たるいうぬ]|だ|です|ます|せよ|[!！?？])」$")  # 「…義務を怠った」: a sentence said
_CHARGE = re.compile(r"と(?:非難|批判|反発|主張|警告|抗議|糾弾)")  # what one side says of the other
_POSSESSIVE = re.compile(r"(?:氏|さん)?の[^、。はがをにとでのへ]{0,4}")  # 李氏の早期来日
_POSSESSIVE_BEFORE = re.compile(r"の[^、。はがをにとでのへ]{0,4}$")


def _possessor(text: str, trig: Trigger, people: list[Actor]) -> Actor | None:
    """The person written just before an event noun as its possessor (頼氏の当選), if any."""
    owners = _possessors(text, trig, people)
    return owners[-1] if owners else None


_JOINED = re.compile(r"[^。、はがをにでの]{0,6}?と")


def _possessors(text: str, trig: Trigger, people: list[Actor]) -> list[Actor]:
    """The people written just before an event noun as its possessors: 頼氏の当選 → [頼清徳];
    習氏と金氏の会談 → [習近平, 金正恩]."""
    head = text[:trig.start]
    if not _POSSESSIVE_BEFORE.search(head):
        return []
    found = sorted({(f.start, f.end): f for f in [*find_mentions(text), *surname_mentions(head, people)]
                    if f.actor and f.end <= trig.start}.values(), key=lambda f: f.end)
    if not found or found[-1].actor.kind != "person" or not _POSSESSIVE.fullmatch(head, found[-1].end):
        return []
    owners = [found[-1]]
    for f in reversed(found[:-1]):
        if f.actor.kind != "person" or not _JOINED.fullmatch(head, f.end, owners[0].start):
            break
        owners.insert(0, f)
    return [f.actor for f in owners]


def _possessed(text: str, trig: Trigger, verbal: bool, who: list[Actor], roles) -> tuple[list[Actor], tuple]:
    """頼氏の当選に祝意を表する (上川外相は): an event noun whose possessor is written just
    before it is the possessor's; the sentence's subject only speaks of it. A ceremony is an
    exception: its possessor hosts it and the subject attends (尹氏の就任式に出席); so is a
    letter, whose bearer and addressee take part (金与正氏が文大統領に金正恩氏の親書を手渡した)."""
    if verbal or trig.type in ("ceremony", "telegram"):
        return who, roles
    owners = _possessors(text, trig, [a for a in who if a.kind == "person"])
    if not owners:
        return who, roles
    gone = {a.name for a in who if a.kind == "person" and a not in owners and dict(roles).get(a.name) in (None, "agent")}
    sides = {o.country for o in owners}
    # 日韓両政府は李氏の来日に向けて: the subject's countries do not act in it (日本 is its target)
    roles = tuple((n, r) for n, r in roles if not (r == "agent" and n not in sides and any(
        a.name == n and a.kind == "country" for a in who)))
    if gone:
        who = without_people(who, gone, {trig.target} - {None})
    return who, tuple((n, r) for n, r in roles if any(a.name == n for a in who))


_LISTED_NEXT = re.compile(r"[^、。はがをにとでの]{0,6}?、")  # 茂木敏充氏、(防衛相に小泉進次郎氏を)


def _appointed(text: str, trig: Trigger, who: list[Actor], roles) -> tuple[list[Actor], tuple]:
    """ブッシュ大統領はロバーツ氏を最高裁判事に指名した: an appointment is the appointee's (the
    one written with を, roles.toml ``appointment``); who appoints takes no part in it."""
    if not roles_pattern("appointment").search(trig.text):
        return who, roles
    found = [(f.end, f.actor.name) for f in find_mentions(text[:trig.start]) if f.actor and f.actor.kind == "person"]
    in_lexicon = {n for _, n in found}
    found += [(i + len(a.name), a.name) for a in who if a.kind == "person" and a.name not in in_lexicon
              and (i := text.rfind(a.name, 0, trig.start)) >= 0]  # names the model found
    found.sort()
    last = max((end for end, _ in found if particle_after(text, end) == "を"), default=None)
    # 外相に茂木敏充氏、防衛相に小泉進次郎氏を起用: the names listed before the one with を too
    appointees = {n for end, n in found if last is not None and (
        particle_after(text, end) == "を" or (end < last <= end + 25 and _LISTED_NEXT.match(text, end)))}
    kept = [a for a in who if a.kind == "person" and a.name in appointees]
    if not kept:
        return who, roles
    who = with_countries(kept)
    return who, tuple((a.name, "agent") for a in who)


_REPORT_VERB = re.compile(r"と(?:発表|明らかに|報じ|伝え|説明|指摘)")


def _reporter_only(text: str, trig: Trigger, who: list[Actor], roles) -> tuple[list[Actor], tuple]:
    """国情院は18日、北朝鮮がロシアに部隊を派遣したと発表した / 韓国大統領府は、金正恩氏から
    文大統領宛ての親書が届いたと明らかにした: the topic reports an event whose own subject (が,
    から) is another side's; it takes part in the event only through its own people."""
    if trig.type == "ceremony" or not _REPORT_VERB.search(text, trig.end):
        return who, roles  # 中国外務省は、…北京で開かれる式典に金氏が出席すると発表した: its host
    found = [f for f in find_mentions(text[:trig.start]) if f.actor]
    topic = next((f for f in found if particle_after(text, f.end) == "は"), None)
    if topic is None:
        return who, roles
    side = topic.actor.name if topic.actor.kind == "country" else topic.actor.country
    if not any(f.start > topic.end and (particle_after(text, f.end) == "が" or comes_from(text, f.end))
               and (f.actor.name if f.actor.kind == "country" else f.actor.country) != side for f in found):
        return who, roles
    others = {f.actor.name for f in found if f.start > topic.end}
    if topic.actor.name in others:
        return who, roles
    roles = tuple((n, r) for n, r in roles if n != topic.actor.name)
    if topic.actor.kind == "person" or not any(a.kind == "person" and a.country == side and a.name in dict(roles)
                                               for a in who):
        who = [a for a in who if a.name != topic.actor.name]
    return who, roles


@dataclass(frozen=True)
class _Dating:
    """How a mention is dated; ``antecedent``: the earlier mention it names again, whose date it takes."""

    date: str | None = None
    date_end: str | None = None
    granularity: str = "none"
    basis: str = "none"
    inferred: tuple[str, ...] = ()
    antecedent: Mention | None = None


def _own_date(expr, ds: DatedSentence) -> _Dating:
    """A mention dated by its own words."""
    basis = "explicit" if expr.resolution == "explicit" else "relative"
    # parts inferred from the item's own date line or a quoted block's date are reliable;
    # inferred from a heading over the writer's own prose they are not
    inferred = () if (ds.strong or ds.sentence.kind in QUOTED) else expr.inferred
    return _Dating(expr.value, expr.value_end, expr.granularity, basis, inferred)


def _event_date(ds: DatedSentence, trig: Trigger, parse: Parse | None, memory: Memory,
                others: tuple[Trigger, ...] = ()):
    """The date expression that dates the trigger's event: the governing one, unless it is
    another's (金氏は年賀状で、昨年6月に…訪問し: the content's; 台湾では20日、…就任したばかりで、
    中国側は演習を…と位置づけている: an earlier clause's; 朝鮮中央通信は3日、…試射に成功したと報じた:
    the report's). Then a date between it and the trigger does (…は2日、金正恩総書記が1日、…)."""
    text = ds.sentence.text
    expr = governing_date(text, ds.dates, trig, parse, others)
    if expr is None:
        return None
    if expr.end <= trig.start and _SINCE_THEN.search(text, expr.end, trig.start):
        return None  # 先月21日に首相に就任してから、習氏との会談は初めて: the date is the inauguration's
    if expr.end <= trig.start and _DEPARTED.search(text, expr.end, trig.start) and trig.text in ("入り", "到着"):
        return None  # 20日夜にニューデリーを出発し、…キーウ入りした: the day is the departure's
    if expr.end <= trig.start and _JUST_DONE.search(text, expr.end, trig.start):
        return None  # 前日に就任したばかりのアルバニージー首相が出席し: the date describes the person
    last = memory.last_of.get(trig.type)
    # (a date after a word whose content follows, 年賀状で、昨年6月に…, governing_date leaves to the content)
    told = last is not None and expr.end <= trig.start and _NAMED_AGAIN.match(text, trig.end) and (
        _CLAUSE_END.search(text, expr.end, trig.start)
        # 上川外相は14日、頼氏の当選に祝意を表した: the told event's, named by its possessor
        or _possessor(text, trig, memory.people) in last.actors)
    if not (told or _reported_on(text, expr, trig)):
        return expr
    return next((e for e in reversed(ds.dates) if expr.end < e.start and e.end <= trig.start
                 and e.kind in ("date", "range") and e.value), None)


def _dating(ds: DatedSentence, trig: Trigger, expr, status: str, verbal: bool, parse: Parse | None,
            memory: Memory, before: Mention | None = None) -> _Dating | None:
    """How the mention of ``trig`` is dated: by the day's event named again (同日の会談には), by its
    own date, by the event the passage just told named again (式典には…出席した), by the event
    told before it in the same sentence (``before``: 両首脳は会談後、共同声明を発表した), or by
    the day the passage is telling about; None when the same sentence already told that event."""
    text, headline = ds.sentence.text, ds.sentence.kind == "heading"
    last = memory.last_of.get(trig.type)
    if last is not None and trig.occasion and last.occasion != trig.occasion:
        last = None  # 参拝した。…追悼式は…行われ / …と発表した。続く就任演説で: another one, not the one told
    same_status = last is not None and (last.status == status or _REMARK_AFTER.match(text, trig.end)
                                        or _CONTENT_AFTER.match(text, trig.end)) and not headline
    if (expr is not None and expr.text in _SAME_DAY and text[expr.end:trig.start] == "の"
            and same_status and last.date == expr.value):
        return _Dating(last.date, last.date_end, last.granularity, "relative", (), last)
    if expr is not None and expr.value:
        return _own_date(expr, ds)
    if (expr is None and (not verbal or _REMARK.match(text, trig.end)) and same_status
            and (_NAMED_AGAIN.match(text, trig.end) or _THIS_ONE.search(text[:trig.start]))
            and not _SPECIFIED.search(text[:trig.start])):
        if last.start == ds.sentence.start:
            return None
        return _Dating(last.date, last.date_end, last.granularity, "relative", ("date",), last)
    if expr is None and before is not None and status == "planned" and before.status == status and _AFTER_IT.match(
            text, before.trigger_start - ds.sentence.start + len(before.trigger)):
        # 13日に会談する予定だ。会談後、両首脳は共同声明を発表する見通し: on the day of the event it follows
        return _Dating(before.date, before.date_end, before.granularity, "relative", ("date",))
    if (expr is None and status == "happened" and ds.anchor is not None and ds.anchor_kind != "passage"
            # a quoted name between the word and its verb is skipped: 共同声明「…」を発表し
            and (verbal or _DONE_AFTER.match(QUOTED_NAME.sub("", text[trig.end:])) or (headline and ds.strong)
                 # …が閣僚名簿を発表。: a sentence ending in the noun of its object's act reports it done
                 or (text.startswith("。", trig.end) and text[:trig.start].endswith("を")))
            and not adnominal(trig, parse)
            # 首相辞任表明に対して…記者会見を行い: the verb that follows is the other event's
            and not (not verbal and _points_to(text[trig.end:]))
            # …がミサイルを発射したことに対し、決議を採択した: the act answered came before the story's day
            and not ANSWERED.match(text, trig.end)):
        if before is not None:
            return _Dating(before.date, before.date_end, before.granularity, "relative", ("date",))
        date, granularity, basis = _story_day(ds)
        if basis == "story":  # the passage's day: relative, but weaker than a date of its own
            return _Dating(date, None, granularity, "relative", ("date",))
        return _Dating(date, None, granularity, basis)
    return _Dating()


def _before_the_date_line(expr, anchor: str) -> bool:
    """Does the whole of the expression's span lie before the date line's day, month or year?"""
    last = expr.value_end or expr.value
    n = {"year": 4, "month": 7}.get(expr.granularity, 10)
    return last[:n] < anchor[:n]


def _dated_by_own_day(m: Mention, ds: DatedSentence) -> Mention:
    """20日に自宅でアルバニージー氏と、21日にモディ氏とそれぞれ会談した: each meeting of the split
    takes the last date written before its counterpart, when that is not the mention's own."""
    roles = dict(m.roles)
    other = next((a for a in m.actors if a.kind == "person" and roles.get(a.name) == "counterpart"), None)
    expr = _date_before(ds, other.name) if other is not None else None
    if expr is None or expr.value == m.date:
        return m
    d = _own_date(expr, ds)
    return dataclasses.replace(m, date=d.date, date_end=d.date_end, granularity=d.granularity, date_basis=d.basis,
                               date_text=expr.text, date_surface=expr.surface, inferred=tuple(d.inferred))


_WILL_ATTEND = re.compile(r"する|加わる")


def _attendance(s, actors: list[Actor], memory: Memory, headline: bool,
                triggers: tuple[Trigger, ...] = ()) -> Mention | None:
    """日本側は茂木外相と岸防衛相、米側はブリンケン国務長官…が出席した, with no word for what
    they attend: the people named attend the event the passage has just told (one more mention
    of it). Other events may follow in the sentence (…が出席し、共同声明を発表した)."""
    m = roles_pattern("attendance").search(s.text)
    people = [a for a in actors if a.kind == "person"]
    if headline or m is None or not people:
        return None
    attended_types = load_roles().get("attended", ())
    if any(t.type in attended_types and t.start < m.start() for t in triggers):
        return None  # 式典に出席した: what they attend is named
    # what people attend (roles.toml attended); a plan is attended in the future (出席する見通し)
    status = "planned" if _WILL_ATTEND.search(m.group()) else "happened"
    told = [x for t, x in memory.last_of.items() if t in attended_types and x.status == status]
    last = max(told, key=lambda x: x.trigger_start, default=None)
    if last is None:
        return None
    who = with_countries([*last.actors, *(a for a in actors if a not in last.actors)])
    return dataclasses.replace(
        last, sentence=s.text, start=s.start, end=s.end, trigger=m.group(),
        trigger_start=s.start + m.start(), actors=tuple(who), locations=last.locations,
        date_basis="relative", date_text=None, date_surface=None, inferred=("date",), nominal=False,
        roles=last.roles, headline=False, antecedent=last.trigger_start)


def _other_people(who: list[Actor], roles, earlier: Mention) -> bool:
    """Do both name people (or people who act), and none in common? In a meeting or an
    agreement the parties are alike: who is told as its subject does not make it another
    (プーチン氏は会談で after 金正恩氏は…プーチン大統領と会談した)."""
    mine = {a.name for a in who if a.kind == "person"}
    theirs = {a.name for a in earlier.actors if a.kind == "person"}
    if earlier.type in _MUTUAL:
        return bool(mine and theirs and not mine & theirs)
    my_agents, their_agents = set(_person_agents(who, roles)), set(_person_agents(list(earlier.actors), earlier.roles))
    return bool((mine and theirs and not mine & theirs) or (my_agents and their_agents and not my_agents & their_agents))


def _unwritten_agent(who: list[Actor], roles, person: Actor) -> tuple[list[Actor], tuple]:
    """The person a sentence leaves unwritten as its subject, added as the agent with their
    country (unless the country already has a role)."""
    country = ((person.country, "agent"),) if person.country and person.country not in dict(roles) else ()
    return with_countries([*who, person]), (*roles, (person.name, "agent"), *country)


def _person_agents(who: list[Actor], roles) -> list[str]:
    people = {a.name for a in who if a.kind == "person"}
    return [n for n in _agents_of(dict(roles)) if n in people]


def _agents_of(roles: dict[str, str]) -> list[str]:
    return [n for n, r in roles.items() if r == "agent"]


def detect(article: Article, ds: DatedSentence, parse: Parse | None, memory: Memory) -> list[Mention]:
    """Event mentions in one dated sentence of an article."""
    s = ds.sentence
    if memory.passage != ds.passage:
        memory.passage, memory.previous, memory.scene, memory.last_of = ds.passage, [], None, {}
        memory.lands, memory.subject, memory.topic, memory.places = [], None, None, []
    actors, places = sentence_actors(s.text, parse, memory)
    memory.note([a for a in actors if a.kind in ("person", "country")], body=s.kind != "heading")
    previous = list(memory.previous)
    named_none = not actors
    if not actors and s.kind in EVENT_SENTENCE_KINDS:
        actors = list(memory.previous)  # the subject is left unsaid: it is the last one named
    elif actors:
        memory.previous = actors
    headline = s.kind == "heading"
    if (s.kind not in EVENT_SENTENCE_KINDS and not headline) or is_question(s.text):
        return []
    out: dict[str, Mention] = {}
    triggers = tuple(find_triggers(s.text, frozenset(memory.last_of)))
    joined = _attendance(s, actors, memory, headline, triggers)
    if joined is not None:
        joined = dataclasses.replace(joined, source=article.id, path=article.path)
        if not triggers:
            return [joined]
    compounds = _compounds(s.text)
    describing: set[int] = set()
    # organisations written as part of an event word (APEC首脳会議は…首脳宣言を採択した: its declaration)
    forums = {t.start: _forum(s.text, t) for t in triggers}
    named_events = {n for t in triggers if _SUBJECT_AFTER_EVENT.match(s.text, t.end) and not forums[t.start]
                    for n in _naming(s.text, t)}
    charges = [(m.start(), m.end()) for m in QUOTED_NAME.finditer(s.text) if _CHARGE.match(s.text, m.end())
               and (m.end() - m.start() > _NAME_LENGTH or _SPOKEN_END.search(m.group()))]
    for trig in triggers:
        if any(a < trig.start and trig.end < b for a, b in charges):
            continue  # 「モンゴル政府は逮捕状の執行義務を怠った」と非難: a charge, not an event told
        if (a := aside_start(s.text, trig.start)) is not None and any(t.type == trig.type and t.end == a
                                                                       for t in triggers):
            continue  # 閣僚協議(2プラス2): a gloss of the word before it, not another event
        verbal = is_verbal(s.text, trig, parse)
        status = status_of(s.text, trig.end, None if verbal else trig.start, statement=trig.type == "statement")
        told = memory.last_of.get(trig.type)
        if not verbal and told is not None and (_points_to(s.text[trig.end:], "counted_from")
                                                or _SETTING_AFTER.match(s.text, trig.end)):
            # 会談後、…会見を中止した / 会談では…再延期を示した: the event it counts from or that is
            # the setting is the one told; what the rest of the sentence says (中止) is about other things
            status = told.status
        if status is None:
            continue
        announced = bool(trig.status) and status == "happened"
        if announced:
            status = trig.status  # 辞任を表明した: the announcement is done, the resignation to come
        next_session = trig.text.startswith("次回") or s.text[:trig.start].endswith(("次回の", "次回", "次期"))
        if next_session:
            status = "planned"  # 次回の会議を日本で開くことで一致した: the next session is to come
        expr = _event_date(ds, trig, parse, memory, tuple(t for t in triggers if t is not trig))
        if (status == "planned" and expr is not None and expr.value and expr.granularity == "day"
                and ds.anchor_date and expr.value < ds.anchor_date[:10] and hands_on_to_own_time(s.text, trig.end)):
            status = "happened"  # 5日に到着し、7日には広州を訪れる (written on the 6th): the arrival is done
        if (status == "planned" and expr is not None and expr.value and ds.anchor_date
                and (_SINCE_BACK.match(s.text, expr.end) or (
                    s.text.startswith("の", expr.end) and expr.end <= trig.start
                    and _before_the_date_line(expr, ds.anchor_date)))):
            # 訪朝は2000年7月以来24年ぶりとなる / 2018年の南北軍事合意の効力を停止する: what is to be
            # is another act; the event the date names is past
            status = "happened"
        if expr is None and _recurring(s.text, trig):
            continue  # 定例の共同訓練 with no date of its own: the kind of event, not one
        if (expr is None or (expr.end <= trig.start and s.text.startswith("、", expr.end))) and _points_to(
                s.text[trig.end:], "undated_reference"):
            continue  # 16日、就任後初めて来日し: a point of reference, not an event told (昨年7月の就任後 is one)
        forum = forums[trig.start]
        # one mention per type and date in a sentence; a forum's summit is apart from what it hosts
        key = (trig.type, "forum", trig.start) if forum else (trig.type, expr.start if expr else None)
        if trig.type in _EACH_ITS_OWN or trig.apart:
            key = (*key, trig.text)  # 領空を侵犯し、…警告射撃を行った: two acts, not one told twice
        if key in out and (out[key].status != status or out[key].reference):
            # 会談し、実務者協議を再開することで一致した: what is planned is another event; 首相辞任表明に
            # 対して…記者会見を行い: the event only referred to leaves the sentence's own to be told
            key = (*key, trig.start)
        if key in out:
            if trig.type in SEPARATE_COUNTERPARTS and (second := _another_counterpart(s.text, trig, out[key])):
                out[key], out[(*key, trig.start)] = second  # AはBと会談し、その後Cとも会談した: two meetings
            continue
        before = max((m for m in out.values() if m.date and m.granularity == "day" and m.status == status
                      and m.trigger_start < s.start + trig.start and m.trigger_start not in describing),
                     key=lambda m: m.trigger_start, default=None)
        d = _dating(ds, trig, expr, status, verbal, parse, memory, before)
        if announced and d is not None:
            d = _Dating()  # the day told is the announcement's, not the day it will happen
        if _JUST_DONE.match(s.text, trig.end + (s.text[trig.end:trig.end + 1] == "し")):
            describing.add(s.start + trig.start)  # 前日に就任したばかりの…首相: it dates no other event
        if d is None:
            continue  # the same sentence names its event twice (大統領選は…当選を確実にした)
        if d.antecedent is not None and (_REMARK_AFTER.match(s.text, trig.end) or _CONTENT_AFTER.match(s.text, trig.end)):
            # 3カ国の外相会談は約4年ぶり / 会談で、…訪朝する意向を示した: the told event's status
            status = d.antecedent.status
        if d.antecedent is None and lacks_context(s.text, trig):
            continue  # 打ち上げ with no rocket in sight: only the launch the passage told, named again
        here = _headline_segment(s.text, trig, actors) if headline else actors
        who = _mention_actors(s.text, trig, _before_next_time(s.text, trig, expr, ds.dates, here, places), places,
                              d.date or ds.anchor_date)
        if named_none and (titled := next((a for a in who if a.kind == "person" and a not in actors), None)):
            # 首相はこの日… in a sentence naming no one else: the office holder is who the story is about now
            memory.previous = [titled, *(a for a in memory.previous if a != titled)]
        office = next((o for t, o in load_roles().get("party_titles", {}).items() if t in trig.text), None)
        if not _before_the_story(d.date, d.date_end, ds):
            # 日中韓首脳会議は2012年5月以来: an earlier session is its countries' (the leaders of
            # the story are not its parties)
            who = _leaders_of_parties(who, compounds.get(trig.start, ()), memory,
                                      d.date if office and expr is not None else None, office or "leader")
        elif trig.type == "meeting" and expr is not None:
            who = _same_leaders_then(who, d.date, memory)
        if not who and d.date is None and expr is None:
            continue
        if (before is not None and before.type == trig.type and expr is None and d.date == before.date
                and {a.name for a in who if a.kind == "person"} <= {a.name for a in before.actors}):
            continue  # 大統領選で…を破り、当選した: the sentence's election, told twice
        roles = assign_roles(s.text, trig.start, trig.end, trig.type, trig.text, who)
        who, roles = _possessed(s.text, trig, verbal, who, roles)
        who, roles = _reporter_only(s.text, trig, who, roles)
        who, roles = _appointed(s.text, trig, who, roles)
        if (not _SUBJECT_MARK.search(s.text) and not _person_agents(who, roles)
                and (verbal or "counterpart" in dict(roles).values() or not any(a.kind == "person" for a in who))
                and (subject := [a for a in previous if a.kind == "person" and a not in who][:1])):
            # ハノイでは同国の指導部と会談し / 28日に高市首相と会談する予定だ: no subject is
            # written; it is the person the story is about
            who, roles = _unwritten_agent(who, roles, subject[0])
            # the story's subject stays the subject of the sentences after this one
            memory.previous = [subject[0], *(a for a in memory.previous if a != subject[0])]
        elif (verbal and (topic := memory.topic) is not None and topic not in who and not _person_agents(who, roles)
              and subject_unwritten(trig, parse)):
            # メルケル氏は…。1998年、CDUが選挙で破れ…が退陣した後、同党幹事長に就任した: the other
            # subjects are their own clauses'; the predicate's unwritten one is the passage's topic
            who, roles = _unwritten_agent(who, roles, topic)
        elif (is_host_trigger(trig.text) and "agent" not in dict(roles).values()
              and (visitor := [a for a in previous if a.kind == "person" and a not in who][:1])):
            # 空港では崔竜海氏が出迎えた: the visitor is the one the passage was about
            who = with_countries([*who, *visitor])
            roles = (*roles, (visitor[0].name, "agent"))
        if (d.antecedent is not None and _other_people(who, roles, d.antecedent)
                and not roles_pattern("attendance").search(s.text, trig.end)):
            # 崔氏のモスクワ訪問は after 金正恩氏のロシア訪問: another event of the same kind, dated
            # only by its own words (but 会談には…も加わり: someone joining it is no other event)
            d = _own_date(expr, ds) if expr is not None and expr.value else _Dating()
        if trig.target and trig.target not in dict(roles):
            roles = (*roles, (trig.target, "target"))
        if trig.type in _to_places():
            roles = _place_country_targets(roles, who, actors, places)
        who = without_bystanders(trig.type, who, roles, s.text, trig.start)
        who = _outside_asides(s.text, trig, who, roles)
        who = _outside_quotes(s.text, trig, who, roles)
        who = _describing_clause(s.text, trig, who, roles)
        # an organisation takes part through a role or one of its people (国連のグテレス事務総長は);
        # 両国は国連での協力を確認 only names it
        naming = _naming(s.text, trig)
        who = [a for a in who if a.kind != "organization" or a.name in dict(roles)
               or any(p.country == a.name for p in who) or a.name in naming or a.name in named_events]
        if forum:  # the forum acts, with those written as attending it (G20サミットに出席した後)
            subjects = {f.actor.name for f in find_mentions(s.text) if f.actor and is_topic(s.text, f.end)}
            attending = [a for a in who if a.kind == "person" and _ATTENDS.match(s.text, trig.end)
                         and (dict(roles).get(a.name) == "agent" or a.name in subjects)]
            who = with_countries([*forum, *attending])
            roles = tuple((a.name, "agent") for a in who)
        series = _another_session(s.text, trig, who, d.date, memory.last_of.get("meeting"))
        if not series and trig.type in _MUTUAL and compounds.get(trig.start) and \
                _before_the_story(d.date, d.date_end, ds) and not _names_people(s.text):  # d may be redated above
            # 2019年4月に行われた露朝首脳会談: an earlier session, its countries in the compound's order
            series = list(dict.fromkeys(f.actor for f in _compound_countries(s.text[:trig.start])
                                        if f.actor.name in compounds[trig.start]))
        if series:
            who = series
            roles = tuple((a.name, "agent" if k == 0 else "counterpart") for k, a in enumerate(series))
        elif next_session and trig.type == "meeting" and memory.forums and not forum:
            # 次回のサミットは来年、ドイツが議長国を務める: the next session of the forum told, with its host
            who = with_countries([*memory.forums, *(a for a in who if a not in memory.forums)])
            roles = tuple((a.name, "agent") for a in who)
        elif (trig.type == "statement" and not who and memory.forums
              and roles_pattern("summit_declaration").search(s.text, max(0, trig.start - 12), trig.end + 12)):
            # 同日発表された首脳宣言は…: the declaration of the forum's summit the passage told
            who = list(memory.forums)
            roles = tuple((a.name, "agent") for a in who)
        elif trig.type == "meeting" and (named := [a for a in who if a.kind == "organization"
                                                   and (a in forum or a.name in naming)]):
            memory.forums = named  # 主要7カ国首脳会議(G7サミット)は: the forum whose session is told
        if d.antecedent is not None and {a.name for a in who} <= {a.name for a in d.antecedent.actors}:
            # 金委員長は親書を読み after …トランプ大統領から親書を受け取った: the told one's roles
            roles = tuple((n, r) for n, r in d.antecedent.roles if any(a.name == n for a in who))
        roles = tuple((n, r) for n, r in roles if any(a.name == n for a in who))
        if trig.type == "ceremony" and roles_pattern("honouring").search(trig.text):
            who, roles = _with_guests(who, roles, memory.last_of.get("visit"), status)
        out[key] = Mention(
            source=article.id, path=article.path, sentence=s.text, start=s.start, end=s.end,
            trigger=trig.text, trigger_start=s.start + trig.start, type=trig.type, cameo=trig.cameo,
            occasion=trig.occasion, status=status, actors=tuple(who), date=d.date, date_end=d.date_end,
            # the event named again (会談で、…長崎県沖で…) keeps its own place, not the sentence's
            locations=d.antecedent.locations if d.antecedent is not None and d.antecedent.locations else tuple(places),
            granularity=d.granularity, date_basis=d.basis, date_text=expr.text if expr else None,
            date_surface=expr.surface if expr else None, inferred=tuple(d.inferred), nominal=not verbal,
            weight=trig.weight, anchor=ds.anchor.date if ds.anchor else None, quoted=s.kind in QUOTED,
            anchor_kind=ds.anchor.kind if ds.anchor else None,
            roles=roles, headline=headline,
            parties=compounds.get(trig.start, ()) or _one_to_one(s.text, trig, who) or _all_sides(trig, who),
            antecedent=d.antecedent.trigger_start if d.antecedent else None,
            apart_from=_also_another(s.text, trig, who, memory.last_of.get(trig.type), d.antecedent),
            ongoing=trig.type == "visit" and bool(_UNDER_WAY.match(s.text, trig.end)), forum=bool(forum),
            reference=_reference_point(s.text[trig.end:], d, status, verbal))
        date, granularity = d.date, d.granularity
        if date and expr is not None and not headline and not forum and not (
                _background(out[key], ds) and trig.type in memory.last_of
                and not _background(memory.last_of[trig.type], ds)):
            # 会談では after 日中首脳会談は昨年11月に…以来: the event named again is the story's,
            # not the earlier one it was compared with
            memory.last_of[trig.type] = out[key]
        if places and date and granularity == "day":
            memory.scene = (date, tuple(places))
        elif not places and date and memory.scene and memory.scene[0] == date and not headline:
            # 両首脳は会談後、…署名した after 平壌で会談した: the same day's scene is the same place
            out[key] = dataclasses.replace(out[key], locations=memory.scene[1])
        each = _EACH.search(s.text, max(0, trig.start - 6), trig.start)
        if (trig.type in SEPARATE_COUNTERPARTS and (each or _met_on_own_days(out[key], ds))) or (
                each and roles_pattern("appointment").search(trig.text)):
            for k, one in enumerate(_each_counterpart(out[key])):  # B、Cとそれぞれ会談: one meeting each
                out[key if k == 0 else (*key, "each", k)] = _dated_by_own_day(one, ds)
    summits = [m for k, m in out.items() if k[1:2] == ("forum",)]
    for k, m in list(out.items()):
        if summits and m.type == "meeting" and k[1:2] != ("forum",) and m.apart_from is None:
            out[k] = dataclasses.replace(m, apart_from=summits[0].trigger_start)  # met on the forum's sidelines
    return [*out.values(), *((joined,) if joined is not None else ())]
