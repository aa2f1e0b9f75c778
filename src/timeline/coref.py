"""Who a sentence names: people, countries and places, with coreference across the sentences
of a passage (両首脳, 同氏, 李氏, unwritten subjects) kept in a ``Memory``.

One stage of the pipeline: ``events.detect`` asks it for each sentence's actors before it
reads the sentence's events.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .actors import (actor_by_name, actor_from_entity, ambiguous_mentions, find_mentions, katakana_family_names,
                     names_known_actor, place_from_entity, place_info, strip_titles, surname_mentions, with_countries)
from .lexicon import load_actors, load_roles
from .models import Actor, Mention
from .nlp import Entity, Parse
from .offices import holds_title, is_leader
from .roles import (AMBASSADOR_POST, BOTH_PEOPLE as _BOTH_PEOPLE, SAME_COUNTRY, SAME_PERSON as _SAME_PERSON, is_topic,
                    particle_after, pattern as roles_pattern)

_VENUE_OF = re.compile(r"の(?:首都|首府|南部|北部|東部|西部|中部|南東部|南西部|北東部|北西部|港湾都市|都市|保養地|リゾート地)"
                       r"|(?:南東|南西|北東|北西|南|北|東|西|中)部"  # 韓国南東部の慶州で
                       r"|(?:周辺|近海|沖|沿岸|上空|領海|領空|の周辺|を取り囲)")  # 台湾周辺で: where, not who
_BOTH_COUNTRIES = re.compile(r"両国")
_EACH_LEADER = re.compile(r"各国の?首脳(?=は|が|も|ら)")
# 特使団は5日、平壌入りし: a delegation; 鄭義溶国家安保室長を団長とする特使団 / 鄭義溶氏ら特使団: its head
_DELEGATION = re.compile(r"(?:特使|代表|使節|訪問)団")
_HEADS = re.compile(r"[^、。「」]{0,14}?(?:を(?:団長|首席|代表)とする|ら)(?:[^、。「」]{0,6}?の)?$")
# 政府は同日、外交ルートを通じて…抗議した: a government no country's name qualifies, as the subject
_BARE_GOVERNMENT = re.compile(r"(?:^|(?<=[、。」\s]))政府(?=は|が|も)")
_N_LEADERS = re.compile(r"(?<![0-9])([2-9])(?:首脳|外相|閣僚|カ国首脳)")
# 6カ国, 3か国: as many countries as the passage listed together (not 主要7カ国, 3カ国目, 20カ国・地域)
_N_COUNTRIES = re.compile(r"(?<![0-9０-９主先要])([2-9２-９])(?:カ国|か国|ヶ国|ケ国|ヵ国)(?![目・])")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# a credit line (【北京共同】, (ロイター)) says who reported, not where
_CREDIT = re.compile(r"^\s*【[^】]{0,20}】|[(（](?:AFP|AP|ロイター|共同|時事|聯合|EPA)[^)）]{0,10}[)）]")
_KATAKANA_NAME = re.compile(r"[ァ-ヴー]{2,}(?:・[ァ-ヴー]{2,})*")
_KANJI_NAME = re.compile(r"[\u4e00-\u9fff々]{2,5}")  # 中曽根康弘, 佐々木
_POST_AFTER = AMBASSADOR_POST
_ENVOY = re.compile(rf"^(?P<name>[\u4e00-\u9fff]{{2,4}}|[\u30a0-\u30ff・]{{3,}}){_POST_AFTER.pattern}$")
_NAMED_THING = re.compile(r"「[\u30a0-\u30ff・]*$")  # an opening bracket with only katakana after it
_MEMBER_OF = re.compile(r"(?:非)?(?:加盟国|加盟各国|締約国)")
_LEFT_FROM = re.compile(r"(?:を|から)(?:出発|出国|発っ|発ち|離れ|離陸)")  # 羽田空港を出発した: where from, not where
_SAME_PLACE = re.compile(r"同(?:地|市)(?![域区])")  # 同地に到着した: the place just named
PLACE_LABELS = ("City", "Province", "GPE", "Facility_Other", "GOE_Other", "Airport", "Port", "Park", "Museum", "Theater")


@dataclass
class Memory:
    """Who and what an article has named so far, for 両首脳 / 両国 and for sentences
    whose subject is left unsaid (they take the actors of the sentence before)."""

    people: list[Actor] = field(default_factory=list)
    countries: list[Actor] = field(default_factory=list)
    previous: list[Actor] = field(default_factory=list)
    passage: int | None = None
    scene: tuple[str, tuple[str, ...]] | None = None  # (day, places) of the passage's last placed event
    last_of: dict[str, Mention] = field(default_factory=dict)  # the passage's last dated mention of each type
    subject: Actor | None = None  # the person the last sentence with one was about (…は / …が)
    topic: Actor | None = None  # the person the passage last made its topic (…は): clauses about them need not name them
    lands: list[str] = field(default_factory=list)  # countries named, as parties or places, in order
    places: list[str] = field(default_factory=list)  # the places the last sentence naming any named (同地)
    first: dict[Actor, int] = field(default_factory=dict)  # the order the body first named people in
    forums: list[Actor] = field(default_factory=list)  # whose summit the passage told last (G7サミット)
    groups: list[tuple[Actor, ...]] = field(default_factory=list)  # countries sentences named together
    delegations: dict[str, Actor] = field(default_factory=dict)  # 特使団 → its head (鄭義溶氏を団長とする特使団)

    def note(self, actors: list[Actor], body: bool = True) -> None:
        for a in actors:
            if body:  # a headline names the host first as often as not
                self.first.setdefault(a, len(self.first))
            bucket = self.people if a.kind == "person" else self.countries if a.kind == "country" else None
            if bucket is not None:
                if a in bucket:
                    bucket.remove(a)
                bucket.append(a)

    def last_two(self, kind: str) -> list[Actor]:
        """The two people (or countries) named last."""
        return (self.people if kind == "person" else self.countries)[-2:]


# a bureau's or department's head after a name (金井正彰アジア大洋州局長, 劉勁松アジア局長)
# (the bureau begins with katakana or is a named one, so that the rest of a name is not taken for it:
# 岡野正敬事務次官 is not 岡野 + 正敬事務次官)
_DEPARTMENT_TITLE = (r"(?:[\u30a0-\u30ff][\u30a0-\u30ff\u4e00-\u9fff]{0,7}?|北米|欧州|中東|領事|経済|総合外交政策|国際法|軍縮)"
                     r"(?:局長|部長|審議官|室長|報道官|総領事)")


@lru_cache(maxsize=None)
def _title_after() -> re.Pattern:
    """A title written after a name (actors.toml ``titles``), or an ambassador's post (駐日中国大使)."""
    titles = "|".join(map(re.escape, load_actors().get("titles", [])))
    return re.compile(rf"^(?:[(（]|{_POST_AFTER.pattern}|第[0-9１-９一二三]次官|{titles}|{_DEPARTMENT_TITLE})")


@lru_cache(maxsize=None)
def _name_and_title() -> re.Pattern:
    titles = "|".join(map(re.escape, sorted(load_actors().get("titles", []), key=len, reverse=True)))
    return re.compile(rf"(?P<name>[\u4e00-\u9fff]{{3}})(?:{titles})")


_A_BODY = re.compile(r"[省庁局院府部課室会団党軍]$")  # 外務省北米局長: the ministry is no one's name


def _holds_a_title(word: str) -> bool:
    """大統領補佐官 is no name 大統領 with the title 補佐官."""
    return any(t in word for t in load_actors().get("titles", []) if len(t) >= 2)


# words of offices and bodies, not names (外務審議官, 国家安保室長, 事務総長)
_NOT_A_NAME = re.compile(r"[省部局院庁府室課会党軍国州元前現県]|外務|防衛|事務|国務|国防|財務|安保|政務|統一|報道"
                         r"|臨時|代理|特命|全権|首席|次席|特別|駐|官房|法務|裁")


def _envoy_country(post: str) -> str | None:
    """The country an ambassador serves: the one named last in the post when the host is named
    before it (駐日韓国 → 韓国); with the host alone (駐中国), the news's own country (roles.toml
    ``home_country``)."""
    for k in range(1, len(post)):
        if (c := actor_by_name(post[k:])) is not None and c.kind == "country":
            return c.name
    home = load_roles().get("home_country")
    host = actor_by_name(post)
    return home if host is not None and host.kind == "country" and host.name != home else None


def _entity_actor(text: str, e) -> Actor | None:
    a = _entity_actor_only(text, e)
    if a is not None and a.kind == "person" and a.country is None:
        return replace(a, country=_side_before(text, e.start))
    return a


def _side_before(text: str, start: int) -> str | None:
    """中国外務省の孫衛東次官 / 外務省の金井正彰局長: the country whose body is written right before
    a name the lexicon lacks, with の, is that person's."""
    m = _body_before().search(text, 0, start)
    if m is None:
        return None
    if m.start() == 0 or not _NAME_CHAR.match(text, m.start() - 1):
        return load_roles().get("home_country") if m.group("body") else None
    f = next((f for f in find_mentions(text[:m.start()]) if f.end == m.start()), None)
    return f.actor.name if f is not None and f.actor is not None and f.actor.kind == "country" else None


_NAME_CHAR = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z]")


@lru_cache(maxsize=None)
def _body_before() -> re.Pattern:
    bodies = "|".join(map(re.escape, load_roles().get("ministries", ())))
    return re.compile(rf"(?P<body>{bodies})?の$")


def _same_name(known: str, name: str) -> bool:
    """アロヨ and グロリア・アロヨ: one name is the other's family name (its last part)."""
    return known == name or known.endswith("・" + name) or name.endswith("・" + known)


def _country_and_name(name: str) -> tuple[str, str] | None:
    """フィリピン・アロヨ (the model tags country and name as one person): the country, the name."""
    head, dot, rest = name.partition("・")
    country = actor_by_name(head) if dot else None
    if country is None or country.kind != "country" or not _KATAKANA_NAME.fullmatch(rest):
        return None
    return country.name, rest


def _entity_actor_only(text: str, e) -> Actor | None:
    """A name the model found that the lexicon lacks — only when it looks like a name."""
    after = text[e.end:e.end + 12]
    if (m := _ENVOY.match(e.text)) and not names_known_actor(m.group("name")):
        # 南官杓駐日韓国大使: the model tags the name and the post together
        return Actor(name=m.group("name"), kind="person", country=_envoy_country(m.group("post")))
    if e.label == "Position_Vocation" and (m := _name_and_title().fullmatch(e.text)) \
            and not names_known_actor(m.group("name")) and not _NOT_A_NAME.search(m.group("name")) \
            and not _holds_a_title(m.group("name")) and (side := _side_before(text, e.start)) is not None:
        # 中国外務省の孫衛東次官: the model tags name and title as one post; only an official of a
        # country's body written before it is taken for a name
        return Actor(name=m.group("name"), kind="person", country=side)
    if e.label == "Person":
        if _NAMED_THING.search(text, 0, e.start) and text.startswith("」", e.end):
            return None  # フリゲート艦「バーデン・ビュルテンベルク」: a ship's or a work's name
        name = strip_titles(e.text)
        if (split := _country_and_name(name)) and not names_known_actor(split[1]):
            return Actor(name=split[1], kind="person", country=split[0])  # フィリピン・アロヨ大統領
        katakana = bool(_KATAKANA_NAME.fullmatch(name))
        titled = bool(_title_after().match(after)) or name != e.text
        if not (katakana or (titled and _KANJI_NAME.fullmatch(name) and not _A_BODY.search(name))) \
                or names_known_actor(name):
            return None
        if name in katakana_family_names():
            return None  # キム総書記 before any キム is named: which one is unknown
        if (post := _POST_AFTER.match(after)) and (a := actor_from_entity(e.text, e.label)) and a.country is None:
            return replace(a, country=_envoy_country(post.group("post")))  # 呉江浩駐日中国大使
    elif e.label == "Country" and not _KATAKANA_NAME.fullmatch(e.text):
        return None
    return actor_from_entity(e.text, e.label)


@lru_cache(maxsize=None)
def _titled_name() -> re.Pattern:
    lexicon = load_actors()
    titles = sorted({*lexicon.get("titles", ()), *lexicon.get("name_titles", ())}, key=len, reverse=True)
    return re.compile(rf"(?<![ァ-ヴー])(?<![ァ-ヴー]・)(?P<name>[ァ-ヴー]{{3,}}(?:・[ァ-ヴー]{{2,}})*)(?:[A-Z]{{2,5}})?(?:前|元|現)?"
                      rf"(?:{'|'.join(map(re.escape, titles))})")


def _titled_strangers(text: str, entities) -> list[tuple[Entity, str | None]]:
    """Katakana names the lexicon lacks, written with a title (actors.toml ``name_titles``), that
    the model did not tag: person entities of their own, with the country written between name
    and title if any (ゼーリックアメリカ国務副長官 → ゼーリック, 米国)."""
    out = []
    not_names = frozenset(load_actors().get("not_names", ()))
    for m in _titled_name().finditer(text):
        name, land = m.group("name"), None
        for f in find_mentions(name):
            if f.end == len(name) and f.actor is not None and f.actor.kind == "country" and f.start >= 3:
                name, land = name[:f.start].rstrip("・"), f.actor.name  # マンモーハン・スィン・インド首相
                break
        start = m.start("name")
        if (name in not_names or names_known_actor(name) or place_info(name)
                or any(e.start < start + len(name) and start < e.end for e in entities)):
            continue
        out.append((Entity(text=name, label="Person", start=start, end=start + len(name)), land))
    return out


def _country_of_stranger(person: Actor, found, pos: int, memory: Memory) -> str | None:
    """A foreign name (katakana) the data lacks and the article gave no country: the country named
    last before it, in its sentence or earlier in the passage, other than the news's own
    (アメリカ太平洋軍の司令官キーティング大将, モーリタニアで…アジズ氏)."""
    if not _KATAKANA_NAME.fullmatch(person.name):
        return None
    home = load_roles().get("home_country")
    here = [f.actor.name for f in found if f.start < pos and f.actor and f.actor.kind == "country"]
    return next((c for c in reversed([*(a.name for a in memory.countries), *here]) if c != home), None)


def _land(f) -> str | None:
    """The country a name found stands for or lies in."""
    if f.actor is not None and f.actor.kind == "country":
        return f.actor.name
    return (place_info(f.place) or {}).get("country") if f.place else None


def _same_country(found, pos: int, memory: Memory) -> Actor | None:
    """The country 同国 stands for: the last one (or the last place's) named before it in the
    sentence, else the last one the passage named that is not the home of the sentence's people
    (プーチン氏が同国を訪問: not Russia)."""
    for f in reversed([f for f in found if f.start < pos]):
        if land := _land(f):
            return actor_by_name(land)
    home = {f.actor.country for f in found if f.actor is not None and f.actor.kind == "person"}
    return next((actor_by_name(c) for c in reversed(memory.lands) if c not in home), None)


def _government_of(memory: Memory) -> Actor | None:
    """The country a bare 政府 is the government of: that of the person the passage was last about
    (安倍総理大臣は…述べました。政府は… → 日本), else the news's own (roles.toml ``home_country``)."""
    person = memory.subject or next((p for p in reversed(memory.people) if p.country), None)
    land = person.country if person is not None and person.country else load_roles().get("home_country")
    return actor_by_name(land) if land else None


def _counted_countries(text: str, actors: list[Actor], memory: Memory) -> list[Actor]:
    """6カ国 in a sentence naming fewer: the six countries a sentence before listed together
    (アメリカ合衆国、インド、オーストラリア、韓国、中国、日本の6カ国が… then 6カ国協議). A sentence
    naming two or more countries is remembered as such a list."""
    own = tuple(a for a in actors if a.kind == "country")
    m = _N_COUNTRIES.search(text)
    n = int(m.group(1).translate(_FULLWIDTH_DIGITS)) if m else 0
    extra: list[Actor] = []
    if len(own) < n:
        group = next((g for g in reversed(memory.groups) if len(g) == n), ())
        extra = [a for a in group if a not in actors]
    if len(own) >= 2:
        memory.groups.append(own)
    return extra


_AFFILIATION_GAP = re.compile(r"の?(?:[\u4e00-\u9fff]{1,6}の?)?")  # 朝鮮労働党(総書記)(の)金正恩
_KANJI = re.compile(r"[\u4e00-\u9fff]")


def _affiliation(text: str, f, found) -> bool:
    """Is the organisation ``f`` named only as the party or body of the person right after it
    (朝鮮労働党の金正恩総書記), or inside the title of the person right before it
    (金正恩朝鮮労働党委員長, メルケルCDU党首)?"""
    people = [g for g in found if g.actor and g.actor.kind == "person"]
    after = next((g for g in people if g.start >= f.end), None)
    if after is not None and _AFFILIATION_GAP.fullmatch(text, f.end, after.start) is not None:
        return True
    return any(g.end == f.start for g in people) and _KANJI.match(text, f.end) is not None


def _people_before(found, pos: int) -> set[Actor]:
    return {f.actor for f in found if f.actor and f.actor.kind == "person" and f.start < pos}


def sentence_actors(text: str, parse: Parse | None, memory: Memory) -> tuple[list[Actor], list[str]]:
    """Actors (people and countries, canonical) and places named in one sentence."""
    actors: list[Actor] = []
    places: list[str] = []
    text = _CREDIT.sub(lambda m: " " * len(m.group()), text)  # 【北京共同】 is who reported, not where
    found = find_mentions(text)
    covered = [(f.start, f.end) for f in found]
    named = [f.actor for f in found if f.actor and f.actor.kind == "person"]
    found = sorted([*found, *surname_mentions(text, [*memory.people, *named], covered)], key=lambda f: f.start)
    covered = [(f.start, f.end) for f in found]
    # 民主党: the party of the country this sentence, else the passage, named last
    lands = [*memory.lands, *(land for f in found if (land := _land(f)))]
    found = sorted([*found, *ambiguous_mentions(text, covered, lands)], key=lambda f: f.start)
    covered = [(f.start, f.end) for f in found]
    place_starts = {f.start for f in found if f.place}
    both = {(f.start, f.end) for f in found if f.place} & {(f.start, f.end) for f in found if f.actor}
    for f in found:
        if f.actor and _MEMBER_OF.match(text, f.end):
            continue  # ICC加盟国への訪問: the kind of country, not the organisation
        if f.place and f.actor is None and (place_info(f.place) or {}).get("within") and is_topic(text, f.end):
            continue  # 大統領室は…発表した: a facility as subject is the body that acts, not where
        if (f.start, f.end) in both and is_topic(text, f.end) == bool(f.place):
            continue  # ホワイトハウスで会談: where it was; ホワイトハウスは発表した: who did it
        if f.actor and (roles_pattern("attribution").match(text, f.end)
                        or f.actor.name in load_roles().get("reporters", ())):
            continue  # 韓国軍合同参謀本部によると / 朝鮮中央通信は…と報じた: who reports it, not who took part
        if f.actor and f.actor.kind == "organization" and _affiliation(text, f, found):
            continue  # 朝鮮労働党の金正恩総書記 / 自民党の茂木幹事長: whose party, not a party to it
        if f.actor and f.actor.kind == "country" and len(f.text) > 1 and roles_pattern("topic_of").match(text, f.end):
            continue  # ウクライナ問題で協力要請 / ウクライナ侵攻: what it is about, not who takes part
        if f.actor and f.actor.kind == "person" and roles_pattern("era_of").match(text, f.end):
            memory.note([f.actor])  # 李在明政権: named, so 李大統領 later is him
            continue  # バイデン政権の閣僚: a time or a government, not a participant
        if f.actor and f.actor.kind == "country" and (_VENUE_OF.match(text, f.end) or (
                text.startswith("の", f.end) and f.end + 1 in place_starts)):
            continue  # ペルーの首都リマで / ロシアのウラジオストクで: where it happened, not who took part
        if f.actor and f.actor not in actors:
            actors.append(f.actor)
        if f.place and f.place not in places and not (place_info(f.place) or {}).get("region") \
                and not _LEFT_FROM.match(text, f.end):
            places.append(f.place)
    lands_of_strangers: dict[int, str] = {}
    entities = list(parse.entities) if parse is not None else []
    for e, land in _titled_strangers(text, entities):
        entities.append(e)
        if land:
            lands_of_strangers[e.start] = land
    for e in sorted(entities, key=lambda e: e.start):
        if any(a < e.end and e.start < b for a, b in covered) and not _ENVOY.match(e.text) \
                and not _country_and_name(strip_titles(e.text)):
            continue  # (南官杓駐日韓国大使 and フィリピン・アロヨ大統領 hold a country's name but are people)
        if text[e.start:e.end].isspace():
            continue
        if e.label in PLACE_LABELS or (e.label == "Country" and actor_by_name(e.text) is None
                                       and _KATAKANA_NAME.fullmatch(e.text)):
            # every country is in the data: a "country" it lacks is a city (マニラ, プトラジャヤ)
            if (place := place_from_entity(e.text)) and place not in places:
                places.append(place)
        elif (a := _entity_actor(text, e)) and a not in actors:
            if a.kind == "person" and e.start in lands_of_strangers:
                a = replace(a, country=lands_of_strangers[e.start])  # ゼーリックアメリカ国務副長官
            if a.kind == "person" and a.country is None:
                # アジズ将軍は7日… after モーリタニアのアジズ将軍: the country the article gave him
                # (グロリア・アロヨ大統領 after フィリピンのアロヨ大統領: the same family name)
                a = next((p for p in reversed(memory.people)
                          if p.country and _same_name(p.name, a.name)), a)
            if a.kind == "person" and a.country is None and (land := _country_of_stranger(a, found, e.start, memory)):
                a = replace(a, country=land)
            if a not in actors:
                actors.append(a)
    if (m := _SAME_PERSON.search(text)) and memory.people:
        # 同大統領: the last president named (not the 国家主席 named after him); 同氏: the last one
        title = m.group("title")
        here = {f.actor for f in found if f.actor and f.actor.kind == "person"}  # 同大統領は…プーチン氏を: not him
        pool = [p for p in memory.people if p not in here] or memory.people
        same = next((p for p in reversed(pool) if title and title != "氏" and holds_title(p, title)),
                    memory.subject if memory.subject in pool else pool[-1])
        if same not in actors:
            actors.append(same)
    if (m := _BOTH_PEOPLE.search(text)) and len(before := _people_before(found, m.start())) < 2:
        # 両氏 stands for the two named before it (鄭義溶、徐旭 after 両氏 are others); 両首脳, for
        # the two leaders among them (not the ministers just appointed)
        pool = [a for a in reversed(memory.people) if a not in before]
        if "首脳" in m.group():
            pool = [a for a in pool if is_leader(a)] or pool
        chosen = pool[:2 - len(before)]
        actors += [a for a in memory.people if a in chosen and a not in actors]
        # the pair in the order the passage first named them (the visitor before the host who met them)
        pair = [a for a in actors if a in before or a in chosen]
        slots = iter(sorted(pair, key=lambda a: memory.first.get(a, len(memory.first))))
        actors = [next(slots) if a in pair else a for a in actors]
    if (m := _N_LEADERS.search(text)) and sum(a.kind == "person" for a in actors) < int(m.group(1)):
        n = int(m.group(1))  # 3首脳: the three people named last
        actors += [a for a in memory.people[-n:] if a not in actors]
    if _EACH_LEADER.search(text):  # 各国首脳は同日、…宣言に署名した: every leader the passage has named
        actors += [a for a in memory.people if is_leader(a) and a not in actors]
    if (m := SAME_COUNTRY.search(text)) and (same := _same_country(found, m.start(), memory)) and same not in actors:
        actors.append(same)
    for m in _DELEGATION.finditer(text):
        head = next((f.actor for f in reversed(found) if f.end <= m.start() and f.actor and f.actor.kind == "person"
                     and _HEADS.match(text[f.end:m.start()])), None)
        if head is not None:
            memory.delegations[m.group()] = head
        elif (head := memory.delegations.get(m.group())) is not None and head not in actors:
            actors.append(head)  # 金委員長は…特使団と会談した: with its head (not a 代表団 of others)
    if _BARE_GOVERNMENT.search(text) and (own := _government_of(memory)) and own not in actors:
        actors.append(own)
    if _BOTH_COUNTRIES.search(text) and sum(a.kind == "country" for a in actors) < 2:
        actors += [a for a in memory.last_two("country") if a not in actors]
    actors += _counted_countries(text, actors, memory)
    for f in found:
        if (land := _land(f)) is not None:
            if land in memory.lands:
                memory.lands.remove(land)
            memory.lands.append(land)
    topic = next((f.actor for f in found if f.actor and f.actor.kind == "person" and is_topic(text, f.end)), None)
    if topic is not None:
        memory.subject = topic  # ラブロフ氏は…崔善姫外相と…: 同氏 in the next sentence is ラブロフ
    if (theme := next((f.actor for f in found if f.actor and f.actor.kind == "person"
                       and particle_after(text, f.end) == "は"), None)) is not None:
        memory.topic = theme  # メルケル氏は、1954年…生まれ。…同党幹事長に就任した: she, though others act between
    if not places and _SAME_PLACE.search(text) and memory.places:
        places = list(memory.places[:1])
    if places:
        memory.places = list(places)
    for p in list(places):
        parent = (place_info(p) or {}).get("within")
        if parent and parent not in places:
            places.append(parent)
    return with_countries(actors), places
