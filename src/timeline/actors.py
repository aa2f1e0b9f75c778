"""Name actors and places: aliases → canonical names, compounds, titles.

    >>> [a.name for a in find_actors("露朝首脳会談で金委員長は")]
    ['ロシア', '北朝鮮', '金正恩']

Everything comes from ``data/actors.toml`` and ``data/places.toml``. Names the NLP
model finds that are not in those files are kept too, with titles stripped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import load_actors, load_place_rules, load_places
from .models import Actor

_KANJI = r"\u4e00-\u9fff"


@dataclass(frozen=True)
class Found:
    """An actor or place found at [start, end) of a sentence."""

    start: int
    end: int
    text: str
    actor: Actor | None = None
    place: str | None = None


def words_pattern(words) -> re.Pattern:
    """One regular expression matching any of ``words``, the longest where several start at the
    same place (as an alternation sorted longest first would), built as a trie so that each
    position is tried once per character rather than once per word."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body  # a word may end here: going on is tried first

    return re.compile(build(trie))


@lru_cache(maxsize=None)
def _actor_index() -> tuple[dict[str, Actor], re.Pattern, list[tuple[re.Pattern, Actor]], dict[str, Actor], re.Pattern]:
    data = load_actors()
    by_alias: dict[str, Actor] = {}
    by_abbrev: dict[str, Actor] = {}
    contextual: list[tuple[re.Pattern, Actor]] = []
    for a in data.get("actor", []):
        actor = Actor(name=a["name"], kind=a["kind"], country=a.get("country"))
        for alias in [a["name"], *a.get("aliases", [])]:
            by_alias.setdefault(alias, actor)
        for ab in a.get("abbrev", []):
            by_abbrev[ab] = actor
        for p in a.get("patterns", []):
            contextual.append((re.compile(p), actor))
    alias_re = words_pattern(by_alias)
    chars = "".join(sorted(by_abbrev))
    # two or more country abbreviations in a row (露朝, 日米韓), not inside a longer word
    compound_re = re.compile(rf"(?<![{_KANJI}0-9０-９])[{re.escape(chars)}]{{2,4}}(?=[{_KANJI}のがはとにもへや・」、0-9０-９]|$)")
    return by_alias, alias_re, contextual, by_abbrev, compound_re


@lru_cache(maxsize=None)
def _ambiguous_index() -> tuple[dict[str, tuple[Actor, ...]], re.Pattern | None]:
    """organizations.toml ``ambiguous``: forms naming an organisation of more than one country
    (民主党, 労働党), each with the organisations it may name."""
    by_form: dict[str, list[Actor]] = {}
    for a in load_actors().get("actor", []):
        for form in a.get("ambiguous", []):
            by_form.setdefault(form, []).append(Actor(name=a["name"], kind=a["kind"], country=a.get("country")))
    if not by_form:
        return {}, None
    forms = words_pattern(by_form).pattern
    return {k: tuple(v) for k, v in by_form.items()}, re.compile(rf"(?:{forms})(?!議員|議長|議事堂|選)")


def ambiguous_mentions(text: str, covered: list[tuple[int, int]], lands: list[str]) -> list[Found]:
    """民主党 or 労働党 where no longer name covers it: the one of the country named last
    (``lands``, most recent last); none when no candidate's country has been named."""
    by_form, form_re = _ambiguous_index()
    if form_re is None:
        return []
    out = []
    for m in form_re.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in covered) or _inside_latin_word(text, m.start(), m.end()):
            continue
        candidates = {a.country: a for a in by_form[m.group()] if a.country}
        land = next((c for c in reversed(lands) if c in candidates), None)
        if land is not None:
            out.append(Found(m.start(), m.end(), m.group(), actor=candidates[land]))
    return out


@lru_cache(maxsize=None)
def _compound_words() -> tuple[tuple[re.Pattern, tuple[Actor, ...]], ...]:
    """actors.toml [[compound]]: 南北 → (韓国, 北朝鮮)."""
    out = []
    for c in load_actors().get("compound", []):
        after = f"(?!{c['not_before']})" if c.get("not_before") else ""
        actors = tuple(a for a in (actor_by_name(n) for n in c["actors"]) if a is not None)
        out.append((re.compile(re.escape(c["text"]) + after), actors))
    return tuple(out)


@lru_cache(maxsize=None)
def _place_index() -> tuple[dict[str, dict], re.Pattern]:
    by_alias: dict[str, dict] = {}
    for p in load_places():
        for alias in [p["name"], *p.get("aliases", [])]:
            by_alias.setdefault(alias, p)
    return by_alias, words_pattern(by_alias)


@lru_cache(maxsize=None)
def _titles() -> tuple[str, ...]:
    return tuple(sorted(load_actors().get("titles", []), key=len, reverse=True))


def actor_by_name(name: str) -> Actor | None:
    return _actor_index()[0].get(name)


def place_info(name: str) -> dict | None:
    return _place_index()[0].get(name)


_PROVINCE_FIRST = re.compile(r"^[\u4e00-\u9fff]{1,4}[省州県道](?=[\u4e00-\u9fff\u30a0-\u30ff]{2,}$)")


def place_from_entity(text: str) -> str | None:
    """A place name the model found, tidied (places.toml rules) and made canonical when the
    data knows it: 首都リマ → リマ, 広東省湛江 → 湛江, 広島市 → 広島; None when it is no place."""
    rules = load_place_rules()
    name = text.strip()
    for prefix in rules["entity_prefixes"]:
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            name = name[len(prefix):]
            break
    name = _PROVINCE_FIRST.sub("", name)
    for suffix in sorted(rules["entity_suffixes"], key=len, reverse=True):
        if name.endswith(suffix) and len(name) >= len(suffix) + 2 and place_info(name) is None:
            name = name[: -len(suffix)]
            break
    if name in rules["not_places"] or len(name) < 2:
        return None
    return (place_info(name) or {}).get("name", name)


def strip_titles(name: str) -> str:
    """プーチン大統領 → プーチン; 王毅部長 → 王毅 (a name that is only a title stays)."""
    changed = True
    while changed:
        changed = False
        for t in _titles():
            if name.endswith(t) and len(name) > len(t):
                name, changed = name[: -len(t)].rstrip("・ "), True
                break
    return name


_KATAKANA = re.compile(r"[ァ-ヴー]+")
_KATAKANA_FULL = re.compile(r"[ァ-ヴー]+・[ァ-ヴー・]+")


_KATAKANA_RUN = re.compile(r"[ァ-ヴー]{2,}")


def _inside_katakana_word(text: str, start: int, end: int, person: bool = False) -> bool:
    """A short katakana name (or any person's) glued to more katakana is part of another word."""
    if (end - start > 3 and not person) or not _KATAKANA.fullmatch(text, start, end):
        return False
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if person and after == "・" and (rest := _KATAKANA_RUN.match(text, end + 1)) \
            and rest.group() not in _actor_index()[0]:
        return True  # ヒラリー in ヒラリー・ベン: a given name of someone else's (not ユドヨノ・インドネシア大統領)
    return bool(_KATAKANA.fullmatch(before) or _KATAKANA.fullmatch(after))


_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")


def _inside_latin_word(text: str, start: int, end: int) -> bool:
    """An abbreviation in Latin letters glued to more Latin letters is part of another word."""
    if not _LATIN.match(text, start):
        return False
    return bool((start and _LATIN.match(text, start - 1)) or _LATIN.match(text, end))


def names_known_actor(text: str) -> bool:
    """Does ``text`` contain the name of a known actor (朝鮮問題 holds 朝鮮)?"""
    names = [a for a in _actor_index()[0] if len(a) >= 2] + list(_known_fragments())
    return any(name in text for name in names)


@lru_cache(maxsize=None)
def _known_fragments() -> frozenset[str]:
    """Names written only as patterns in actors.toml (朝鮮), as plain text."""
    out = set()
    for a in load_actors().get("actor", []):
        for p in a.get("patterns", []):
            plain = re.sub(r"\(\?<?[!=][^)]*\)|\[[^\]]*\]|[()?|\\]", "", p)
            if len(plain) >= 2:
                out.add(plain)
    return frozenset(out)


_GLOSSED = re.compile(rf"(?P<kana>[ァ-ヴー・]{{2,}})[（(](?P<kanji>[{_KANJI}々]{{1,8}})[）)](?P<rest>[{_KANJI}ァ-ヴー]{{1,8}})")


def find_mentions(text: str) -> list[Found]:
    """Every actor and place in ``text``, longest match first, without overlaps."""
    return list(_find_mentions(text))


@lru_cache(maxsize=4096)  # a sentence is asked about by actors, roles and compounds in turn
def _find_mentions(text: str) -> tuple[Found, ...]:
    by_alias, alias_re, contextual, by_abbrev, compound_re = _actor_index()
    places, place_re = _place_index()
    hits: list[Found] = []
    for m in place_re.finditer(text):
        if _inside_katakana_word(text, m.start(), m.end(), person=True):
            continue  # リマ in キリマンジャロ, パリ in トパリ
        hits.append(Found(m.start(), m.end(), m.group(), place=places[m.group()]["name"]))
    for m in alias_re.finditer(text):
        if _inside_katakana_word(text, m.start(), m.end(), by_alias[m.group()].kind == "person"):
            continue  # タイ in タイトル, イタリア is fine
        if _inside_latin_word(text, m.start(), m.end()):
            continue  # ANC in FINANCIAL, EU in EUROPE
        hits.append(Found(m.start(), m.end(), m.group(), actor=by_alias[m.group()]))
    for pattern, actor in contextual:
        for m in pattern.finditer(text):
            hits.append(Found(m.start(), m.end(), m.group(), actor=actor))
    for m in compound_re.finditer(text):
        seen = list(dict.fromkeys(by_abbrev[ch] for ch in m.group()))
        if len(seen) >= 2:
            hits += [Found(m.start(), m.end(), m.group(), actor=actor) for actor in seen]
    for pattern, actors in _compound_words():
        for m in pattern.finditer(text):
            hits += [Found(m.start(), m.end(), m.group(), actor=actor) for actor in actors]
    for m in _GLOSSED.finditer(text):
        # キム・イルソン（金日成）広場 / クムスサン（錦繍山）迎賓館: a name read out in katakana with its
        # kanji in brackets, then the rest of the word: the place (or body) the whole names
        for name in (m["kanji"] + m["rest"], m["kana"] + m["rest"]):
            if name in places:
                hits.append(Found(m.start(), m.end(), m.group(), place=places[name]["name"]))
                break
            if name in by_alias:
                hits.append(Found(m.start(), m.end(), m.group(), actor=by_alias[name]))
                break
    if (blocker := _not_actors()) is not None:
        hits += [Found(m.start(), m.end(), m.group()) for m in blocker.finditer(text)]  # 日本時間: no one
    hits.sort(key=lambda f: (-(f.end - f.start), f.start))
    taken: list[Found] = []
    for f in hits:
        if any(t.start < f.end and f.start < t.end and t.text != f.text for t in taken):
            continue
        taken.append(f)
    taken.sort(key=lambda f: (f.start, f.end))
    return tuple(f for f in taken if f.actor is not None or f.place is not None)


@lru_cache(maxsize=None)
def _not_actors() -> re.Pattern | None:
    """actors.toml ``not_actors``: words holding a name that name no actor (日本時間, 朝日新聞)."""
    words = load_actors().get("not_actors", [])
    return words_pattern(words) if words else None


_NOT_SURNAMES = frozenset("両同前元新各首副現次故当")


def _surnames(person: Actor) -> tuple[str, ...]:
    """How a person's family name may be written before a title: 朴槿恵 → 朴, 岸田文雄 → 岸田,
    リー・シェンロン → リー (the canonical name itself is matched as an alias)."""
    name = person.name
    if re.fullmatch(rf"[{_KANJI}]+", name):
        kanji = tuple(name[:k] for k in (2, 1) if k < len(name) and name[0] not in _NOT_SURNAMES)
        return kanji + _katakana_families().get(name, ())
    return tuple(part for part in name.split("・") if len(part) >= 2 and part != name)


@lru_cache(maxsize=None)
def _katakana_families() -> dict[str, tuple[str, ...]]:
    """The family name of a kanji-named person as their katakana alias writes it
    (キム・ジョンウン → キム, for キム総書記 / ムン大統領): the family name comes first in
    the countries actors.toml lists under ``family_first``."""
    data = load_actors()
    first = set(data.get("family_first", ()))
    out: dict[str, tuple[str, ...]] = {}
    for a in data.get("actor", []):
        if a.get("kind") != "person" or a.get("country") not in first:
            continue
        parts = {alias.split("・")[0] for alias in a.get("aliases", []) if _KATAKANA_FULL.fullmatch(alias)}
        out[a["name"]] = tuple(sorted(p for p in parts if len(p) >= 2))
    return out


@lru_cache(maxsize=None)  # asked for every name the model finds
def katakana_family_names() -> frozenset[str]:
    """Every katakana family name of a known person (キム, ムン, ユン)."""
    return frozenset(k for ks in _katakana_families().values() for k in ks)


def surname_mentions(text: str, people: list[Actor], covered: list[tuple[int, int]] = ()) -> list[Found]:
    """李氏 / 朴大統領 / 岸田首相: a family name and a title standing for one of ``people``
    (the last of them that fits), outside the ``covered`` spans."""
    if not people:
        return []
    out: list[Found] = []
    title_re = _title_re()
    for m in title_re.finditer(text):
        if text.startswith("両", m.start() - 1):
            out += _listed_surnames(text, m.start() - 1, people, covered)
            continue
        for person in reversed(people):
            hit = next((k for k in _surnames(person) if text.startswith(k, m.start() - len(k))), None)
            if hit is None:
                continue
            start = m.start() - len(hit)
            if start > 0 and re.match(rf"[{_KANJI}ァ-ヴー]", text[start - 1]) and len(hit) == 1:
                continue  # 韓国大統領: the kanji before a title is part of another word
            if _other_country_before(text, start, person):
                break  # 中国の李首相 is not 李在明
            if not any(a < m.end() and start < b for a, b in covered):
                out.append(Found(start, m.end(), text[start:m.end()], actor=person))
            break
    return out


def _listed_surnames(text: str, end: int, people: list[Actor], covered) -> list[Found]:
    """上川、木原両氏: the family names listed before 両 and a title, each standing for one of
    ``people`` (the last of them that fits)."""
    out: list[Found] = []
    while True:
        hit = next(((p, k) for p in reversed(people) for k in _surnames(p) if text.startswith(k, end - len(k))), None)
        if hit is None:
            return out
        start = end - len(hit[1])
        if not any(a < end and start < b for a, b in covered):
            out.append(Found(start, end, text[start:end], actor=hit[0]))
        if not text.startswith(("、", "・"), start - 1):
            return out
        end = start - 1


def _other_country_before(text: str, start: int, person: Actor) -> bool:
    if not text.startswith("の", start - 1):
        return False
    return any(f.end == start - 1 and f.actor and f.actor.kind == "country" and f.actor.name != person.country
               for f in find_mentions(text[:start - 1]))


@lru_cache(maxsize=None)
def _title_re() -> re.Pattern:
    return re.compile("|".join(map(re.escape, _titles())))


def find_actors(text: str) -> list[Actor]:
    """Distinct actors in order of first appearance."""
    out: list[Actor] = []
    for f in find_mentions(text):
        if f.actor and f.actor not in out:
            out.append(f.actor)
    return out


def actor_from_entity(text: str, label: str) -> Actor | None:
    """An actor for a GiNZA entity: the lexicon's when known, else a new one with titles stripped."""
    name = strip_titles(text.strip())
    known = _actor_index()[0].get(name) or _actor_index()[0].get(text)
    if known:
        return known
    if len(name) < 2 or name in _titles():
        return None
    if label == "Person":
        return Actor(name=name, kind="person", country=None)
    if label == "Country":
        return Actor(name=name, kind="country", country=None)
    return None


def without_people(actors: list[Actor], gone: set[str], keep: set[str] | frozenset[str] = frozenset()) -> list[Actor]:
    """``actors`` less those named in ``gone``, and less the countries the people gone brought
    with them that no one left stands for, unless named in ``keep``."""
    left = [a for a in actors if a.name not in gone]
    kept = {a.country for a in left if a.kind == "person"} | set(keep)
    brought = {a.country for a in actors if a.name in gone and a.kind == "person"}
    return [a for a in left if not (a.kind == "country" and a.name in brought and a.name not in kept)]


def with_countries(actors: list[Actor]) -> list[Actor]:
    """Add the country of every person or organization (a person implies their country)."""
    out = list(actors)
    for a in actors:
        if a.country:
            c = actor_by_name(a.country) or Actor(name=a.country, kind="country")
            if c not in out:
                out.append(c)
    return out
