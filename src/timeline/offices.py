"""Titles without a name → the person who held the office at the event's date.

    >>> holders_in("韓国の大統領が訪日した", "2024-06-20")   # 尹錫悦, from data/officials.toml

A title counts when a country is written right before it (米大統領, 韓国の大統領, 中国外相)
and no word or name continues it (米大統領選 is an election, 韓国大統領府 an office). Terms of office come from ``data/officials.toml``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .actors import words_pattern
from .lexicon import load_actors, load_officials
from .models import Actor


@dataclass(frozen=True)
class Term:
    person: Actor
    country: str
    title: str
    start: dt.date
    end: dt.date | None
    role: str = ""


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


@lru_cache(maxsize=None)
def terms() -> tuple[Term, ...]:
    out = []
    for p in load_officials().get("person", []):
        actor = Actor(name=p["name"], kind="person", country=p.get("country"))
        for o in p.get("office", []):
            if o.get("start"):
                out.append(Term(actor, p.get("country"), o["title"], _date(o["start"]), _date(o.get("end")),
                                o.get("role", "")))
    return tuple(out)


@lru_cache(maxsize=None)
def _countries() -> dict[str, str]:
    """Every way a country is written (name, alias, one-character form) → its canonical name."""
    countries: dict[str, str] = {}
    for a in load_actors().get("actor", []):
        if a["kind"] == "country":
            for alias in [a["name"], *a.get("aliases", []), *a.get("abbrev", [])]:
                countries[alias] = a["name"]
    return countries


@lru_cache(maxsize=None)
def _country_words() -> re.Pattern:
    """Every written form of a country, the longest where several start at one place (a trie)."""
    return words_pattern(_countries())


@lru_cache(maxsize=None)
def _pattern() -> re.Pattern | None:
    titles = sorted({t.title for t in terms()}, key=len, reverse=True)
    if not titles:
        return None
    c = _country_words().pattern
    t = "|".join(map(re.escape, titles))
    # a name written after the title (大統領ジョー・バイデン) or before it is not a bare title
    return re.compile(rf"(?<![\u4e00-\u9fff\u30a0-\u30ff])(?P<country>{c})の?(?P<title>{t})(?![\u30a0-\u30ff\u4e00-\u9fff・])")


@lru_cache(maxsize=None)
def _leaders_pattern() -> re.Pattern:
    """Countries listed before 首脳 (タイとカンボジアの首脳は, 日米両国の首脳が, 日米首脳は): their leaders."""
    c = _country_words().pattern
    return re.compile(rf"(?<![\u4e00-\u9fff\u30a0-\u30ff])(?P<list>(?:{c})(?:(?:と|、|・)?(?:{c})){{1,5}})"
                      rf"(?:両国|[2-9２-９](?:カ国|か国))?の?首脳(?=は|が|ら|も|による|同士)")


def _in_office(country: str, when: str | None, office) -> Actor | None:
    """The one person whose term ``office(term)`` accepts held it in ``country`` on ``when`` (ISO; a
    month or year means its first day), else None."""
    if not when or "W" in when:
        return None
    day = _day(when)
    found = {t.person for t in terms()
             if t.country == country and office(t) and t.start <= day and (t.end is None or day < t.end)}
    return found.pop() if len(found) == 1 else None


def holder(country: str, title: str, when: str | None) -> Actor | None:
    """Who held ``title`` in ``country`` on ``when``."""
    return _in_office(country, when, lambda t: t.title == title)


def _day(when: str) -> dt.date:
    parts = [int(x) for x in when.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def by_role(country: str, role: str, when: str | None) -> Actor | None:
    """Who held the office of ``role`` (foreign_minister, defense_minister …) in ``country`` on ``when``."""
    return _in_office(country, when, lambda t: t.role == role)


def leader(country: str, when: str | None) -> Actor | None:
    """Who represented ``country`` at a summit on ``when``: its head of government where that
    is the leader (roles.toml ``summit_by_government``), else its head of state."""
    if not when or "W" in when:
        return None
    from .lexicon import load_roles

    roles = load_roles()
    role = ("head_of_government" if country in roles.get("summit_by_government", [])
            else "party_leader" if country in roles.get("summit_by_party", []) else "head_of_state")
    return by_role(country, role, when)


def office_holder(country: str, role: str, when: str | None) -> Actor | None:
    """Who held ``role`` in ``country`` on ``when``; the role "leader" is whoever goes to its summits."""
    return leader(country, when) if role == "leader" else by_role(country, role, when)


def holders_in(text: str, when: str | None) -> list[Actor]:
    """People a sentence names only by their country and title, at the date ``when``."""
    pattern = _pattern()
    if pattern is None or not when:
        return []
    out = []
    for m in pattern.finditer(text):
        person = holder(_countries()[m.group("country")], m.group("title"), when)
        if person and person not in out:
            out.append(person)
    # タイとカンボジアの首脳は: the leaders of the day (the pattern is long: only where 首脳 is written)
    for m in (_leaders_pattern().finditer(text) if "首脳" in text else ()):
        for c in _country_words().finditer(m.group("list")):
            person = leader(_countries()[c.group()], when)
            if person and person not in out:
                out.append(person)
    for m in _BOTH_MAJESTIES.finditer(text):  # 天皇皇后両陛下: the emperor and the empress of the day
        out += [p for title in ("天皇", "皇后") if (p := holder("日本", title, when)) and p not in out]
    for m in _BARE_TITLE.finditer(text):  # 首相は…: Japanese news means Japan's, unless a country was just named
        country = _bare_country(text[:m.start()]) or _bare_titles().get(m.group("title"))
        person = holder(country, m.group("title"), when) if country else None
        if person and person not in out:
            out.append(person)
    return out


_BARE_TITLE = re.compile(r"(?:^|(?<=[、。「『\s]|で))(?P<title>首相|大統領|外相|官房長官|国家主席|天皇|皇后)"
                        r"(?=は|が|と|に|も|の|、|陛下|さま)")
_BOTH_MAJESTIES = re.compile(r"(?:天皇皇后)?両陛下")


@lru_cache(maxsize=None)
def _bare_titles() -> dict[str, str]:
    from .lexicon import load_roles

    return dict(load_roles().get("bare_titles", {}))


def _bare_country(before: str) -> str | None:
    """The country named last before a bare title in the same sentence, if any."""
    best, pos = None, -1
    for alias, country in _countries().items():
        i = before.rfind(alias)
        if len(alias) >= 2 and i > pos:
            best, pos = country, i
    return best


LEADER_ROLES = ("head_of_state", "head_of_government", "party_leader")


@lru_cache(maxsize=None)
def _leaders() -> frozenset[str]:
    return frozenset(t.person.name for t in terms() if t.role in LEADER_ROLES)


def is_leader(person: Actor) -> bool:
    """Has the person ever led a country (head of state or government, or its ruling party)?"""
    return person.name in _leaders()


@lru_cache(maxsize=None)
def _titles_of() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for t in terms():
        out.setdefault(t.person.name, set()).add(t.title)
    return {k: frozenset(v) for k, v in out.items()}


def title_spans(text: str, person: Actor) -> list[tuple[int, int]]:
    """Where ``text`` names ``person`` by an office they held (首相は, 韓国の大統領が): for the
    particle after it, when the person came from ``holders_in``."""
    titles = _titles_of().get(person.name, frozenset())
    out = [(m.start("title"), m.end("title")) for m in _BARE_TITLE.finditer(text) if m.group("title") in titles]
    if person.country == "日本" and titles & {"天皇", "皇后"}:
        out += [m.span() for m in _BOTH_MAJESTIES.finditer(text)]
    pattern = _pattern()
    if pattern is not None:
        out += [(m.start(), m.end()) for m in pattern.finditer(text)
                if m.group("title") in titles and _countries()[m.group("country")] == person.country]
    return sorted(out)


def holds_title(person: Actor, title: str) -> bool:
    """Has the person held an office of that title (大統領, 首相 …)?"""
    return any(t == title or t.endswith(title) for t in _titles_of().get(person.name, ()))
