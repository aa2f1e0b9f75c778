"""Roles of an event's actors: agent, counterpart, recipient, host, target.

Read from the particle after each actor's name in the sentence, with titles and a
bracketed reading skipped (習近平国家主席に祝電 → に → recipient for a telegram). The
particle tables live in ``data/roles.toml``. A country implied by a person takes that
person's role.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .actors import find_mentions, surname_mentions, without_people
from .lexicon import load_actors, load_roles
from .offices import title_spans
from .models import Actor

_LISTED = re.compile(r"(?:[、・][^\s、。]{1,8})?")  # 上川、木原両氏: the names listed before 両
BOTH_PEOPLE = re.compile(r"両(?:国の?)?(?:首脳|外相|外務大臣|国防相|防衛相)|両(?:氏|者|指導者|首相|大統領|長官|閣僚|代表|特使)|彼ら")
AMBASSADOR_POST = re.compile(r"駐(?P<post>[^、。\s]{1,8}?)大使")  # an ambassador's post: 駐日中国大使
SAME_COUNTRY = re.compile(r"同国(?![人民内籍産])")  # 同国を訪問: the country just named (coref.py resolves it)
# 同氏 / 同大統領 / 彼は: the person named last (coref.py resolves it)
SAME_PERSON = re.compile(r"同(?P<title>氏|大統領|首相|外相|主席|国家主席|委員長|総書記|長官|報道官|書記)"
                         r"|(?<![ぁ-ん])彼(?=[はがのもに])")

_BRACKET = r"(?:\s*[(（][^)）]{0,20}[)）]\s*)?"
_TITLE_GAP = r"(?:(?!から|宛)[^\sはがもとにへをの、。])"  # what may stand between a name and its title
# the end of an earlier clause (訪問し、 / 強化しており、): its subject is not this trigger's
_CLAUSE_END = re.compile(r"(?:[しりてでくけせえい]|ており|ため|た後|の後|た上で)、")
_TOPIC = ("は", "も")
# バイデン米大統領、(韓国の)尹錫悦大統領と / 9日にパリでマクロン仏大統領、(10日にローマでイタリアの)メローニ首相と
_OF_COUNTRY = re.compile(r"(?:[0-9０-９一二三四五六七八九十]{1,3}日(?:に|には)?)?(?:[^\s、。はがをにとで]{1,10}で)?"
                         r"(?:[^\s、。はがをにとで]{1,8}の)?")
_CLAUSE_MARK = re.compile(r"[はがをにとで、。]")  # between Xの and the trigger: X is not its possessor
# a verb trigger in a clause that describes the noun after it: 平壌に到着した(ロシアの)プーチン大統領
DESCRIBES = re.compile(r"^(?:し|さ)?(?:て)?(?:いる|いた|た|る|れた|れる|中の)(?:[^、。\s]{1,12}の)?$")


@lru_cache(maxsize=None)
def _owned_subject() -> re.Pattern:
    """ロシアのA50早期警戒管制機1機が / 中国海警局の船が: a country's craft, troops or envoys as
    the subject (roles.toml ``owned_agents``)."""
    owned = load_roles().get("owned_agents", "(?!)")
    return re.compile(rf"[^、。はがをにとでのへ]{{0,16}}?(?:{owned})(?:[0-9０-９]+(?:機|隻|人|発))?(?P<particle>が|は)")


@lru_cache(maxsize=None)
def _after_name() -> re.Pattern:
    titles = sorted([*load_actors().get("titles", []), *load_roles().get("bodies", [])], key=len, reverse=True)
    particles = sorted({p for table in load_roles()["particles"].values() for p in table}, key=len, reverse=True)
    title = "|".join(map(re.escape, titles))
    return re.compile(rf"^{_BRACKET}(?:{_TITLE_GAP}{{0,12}}?(?:{title}))?{_BRACKET}"
                      rf"(?P<particle>{'|'.join(map(re.escape, particles))}|の)")


@lru_cache(maxsize=None)
def _coordinated() -> re.Pattern:
    """A name (and title) followed by 、 ・ や および: listed with the next name, same role."""
    titles = sorted(load_actors().get("titles", []), key=len, reverse=True)
    title = "|".join(map(re.escape, titles))
    return re.compile(rf"^{_BRACKET}(?:{_TITLE_GAP}{{0,12}}?(?:{title}))?{_BRACKET}(?:、|・|や|および|及び)")


@lru_cache(maxsize=None)
def pattern(key: str) -> re.Pattern:
    """A regular expression kept in roles.toml under ``key`` (attribution, era_of, topic_of,
    attendance), compiled once; one that matches nothing when the key is absent."""
    return re.compile(load_roles().get(key, "(?!)"))


def _role_for(particle: str, event_type: str) -> str | None:
    tables = load_roles()["particles"]
    return tables.get(event_type, {}).get(particle) or tables["default"].get(particle)


def _joint_subjects(text: str, spans, roles: dict[str, str]) -> None:
    """AとBは / AとBが: the parties named jointly; the first named leads (agent), the rest follow."""
    people = sorted((s for s in spans if s[2].kind == "person" and s[2].name in roles), key=lambda s: s[0])
    for (_, e1, a), (s2, _, b) in zip(people, people[1:]):
        if roles[a.name] == "counterpart" and roles[b.name] == "agent" and _after_name().match(text[e1:]) \
                and _after_name().match(text[e1:]).group("particle") == "と" and s2 - e1 <= 20:
            # 上川氏と木原氏は: two of one side both act; 岸田首相と尹大統領は: the first leads
            roles[a.name], roles[b.name] = "agent", "agent" if a.country and a.country == b.country else "counterpart"


def _possessor_role(event_type: str, trigger: str) -> str:
    """The role of a name written with の just before the event word: 尹錫悦氏の大統領就任式 /
    安倍元首相の国葬: whose ceremony it is, its host; 日本の領空を侵犯 / 中国の…大使を呼び: whose
    airspace or envoy the act is done to (roles.toml ``possessed_objects``), its target."""
    if event_type == "ceremony":
        return "host"
    return "target" if trigger.startswith(tuple(load_roles().get("possessed_objects", ()))) else "agent"


def _joint_with_topic(text: str, end: int, spans) -> bool:
    """AとBは: the name ending at ``end`` is joined by と to the topic after it."""
    return any(0 < start - end <= 20 and is_topic(text, e) and not _CLAUSE_MARK.search(text, end + 1, start)
               for start, e, _ in spans)


def _carries_over(text: str, end: int, spans) -> bool:
    """Is the name ending at ``end`` a topic (は, も, or AとBは), which carries over from an
    earlier clause to the ones after it?"""
    particle = particle_after(text, end)
    return particle in _TOPIC or (particle == "と" and _joint_with_topic(text, end, spans))


_RECEIVED = re.compile(r"を?(?:受け取|受けた|受け、|受領)|が届")
_FROM = re.compile(rf"^{_BRACKET}(?:{_TITLE_GAP}{{0,12}}?)から")


def comes_from(text: str, end: int) -> bool:
    """Is the name ending at ``end`` (with its title) followed by から (金正恩委員長から)?"""
    return bool(_FROM.match(text[end:]))


def _received(text: str, spans, trigger_start: int, roles: dict[str, str]) -> None:
    """金正恩総書記が、プーチン大統領と習近平国家主席から祝電を受け取った: told from the
    addressee's side, the subject is its recipient and whoever it came from (から) sent it."""
    people = sorted((sp for sp in spans if sp[0] < trigger_start and sp[2].kind == "person"), key=lambda sp: sp[0])
    senders = [sp for sp in people if comes_from(text, sp[1])]
    if not senders:
        return
    for st, en, actor in people:
        if (st, en, actor) in senders or any(st < s2 and particle_after(text, en) == "と" for s2, _, _ in senders):
            roles[actor.name] = "agent"  # Bから / AとBから: both sent one
        elif particle_after(text, en) in ("は", "が") or roles.get(actor.name) == "agent":
            roles[actor.name] = "recipient"


def particle_after(text: str, end: int) -> str | None:
    """The particle after the name ending at ``end`` (titles, organs and a reading skipped)."""
    m = _after_name().match(text[end:])
    return m.group("particle") if m else None


def is_topic(text: str, end: int) -> bool:
    """Is the name ending at ``end`` the topic or subject of its sentence (title, then は / が)?"""
    m = _after_name().match(text[end:])
    return bool(m) and m.group("particle") in ("は", "が")


def is_host_trigger(trigger: str) -> bool:
    """出迎え and the like: the subject receives, the visitor is someone else."""
    return any(trigger.startswith(h) for h in load_roles().get("host_triggers", []))


def assign_roles(text: str, trigger_start: int, trigger_end: int, event_type: str, trigger: str,
                 actors: list[Actor]) -> tuple[tuple[str, str], ...]:
    """(actor name, role) for the actors of one mention; actors with no readable role are left out."""
    roles: dict[str, str] = {}
    posts = [m.span() for m in AMBASSADOR_POST.finditer(text)]
    # 金杉憲治駐中国大使を呼び出し: the host country of an ambassador's post (right after 駐) names
    # where he serves, not a party; the sender named after it (駐韓ロシア大使) is his side
    spans = [(f.start, f.end, f.actor) for f in find_mentions(text) if f.actor
             and not (f.actor.kind == "country" and any(f.start == a + 1 and f.end < b for a, b in posts))]
    for a in actors:  # names the model found are not in the lexicon: find them by text
        if a.kind == "person" and not any(x is a or x == a for *_, x in spans):
            if (i := text.find(a.name)) >= 0:
                spans.append((i, i + len(a.name), a))
            else:  # 李氏 for 李在明, 首相 for 石破茂
                found = [(f.start, f.end, a) for f in surname_mentions(text, [a], [(s, e) for s, e, _ in spans])]
                found = found or [(s, e, a) for s, e in title_spans(text, a)]
                if not found and (same := SAME_PERSON.search(text)) and not any(
                        x.kind == "person" and st == same.start() for st, _, x in spans):
                    found = [(same.start(), same.end(), a)]  # 同氏は翌20日、ベトナムを訪問する
                spans += found[:1]
    if (same := SAME_COUNTRY.search(text)) and (lone := next((a for a in actors if a.kind == "country" and not any(
            x == a for *_, x in spans)), None)):
        spans.append((same.start(), same.end(), lone))  # 同国を訪問: the country it stands for
    host = is_host_trigger(trigger)
    boundary = max((m.end() for m in _CLAUSE_END.finditer(text, 0, trigger_start)), default=0)
    for start, end, actor in sorted(spans, key=lambda s: s[0]):
        if actor.name in roles or actor not in actors or start >= trigger_start:
            continue  # arguments come before their predicate
        m = _after_name().match(text[end:])
        if not m:
            continue
        particle = m.group("particle")
        if start < boundary and not _carries_over(text, end, spans):
            continue  # an argument of an earlier clause; only a topic (は, or AとBは) carries over
        if particle == "の":
            between = text[end + m.end():trigger_start]
            if load_roles().get("possessive_agent") and len(between) <= 12 and not _CLAUSE_MARK.search(between):
                roles[actor.name] = _possessor_role(event_type, trigger)
            elif (own := _owned_subject().match(between)) and not any(s < end + m.end() + own.end() and e > end
                                                                   for s, e, _ in spans if s > start):
                # ロシアのA50早期警戒管制機1機が…領空を侵犯し: whose craft (troops, ships) act
                role = _role_for(own.group("particle"), event_type)
                if event_type in load_roles().get("issuer_only", ()) and own.group("particle") == "が":
                    role = None  # 防衛省は、中国軍の…機が…侵犯したと発表した: what it says, not who says it
                if role and not (start < boundary and own.group("particle") not in _TOPIC):
                    roles[actor.name] = role
            continue
        role = _role_for(particle, event_type)
        if host:  # 金委員長が習氏を出迎えた: the subject hosts, the object is the visitor
            role = {"agent": "host", "target": "agent"}.get(role, role) if particle != "を" else "agent"
        if role:
            roles[actor.name] = role
    both = [m for m in BOTH_PEOPLE.finditer(text, 0, trigger_start) if particle_after(text, m.end()) in ("は", "が")]
    if both:
        # 金氏が主催する歓迎式典が開かれ、両首脳は…会談した: the pair acts together; what the
        # earlier clauses made of either of them is no role in this event (a topic carries over:
        # トランプ氏は27日から来日する予定で、両首脳は28日に会談する); names listed with the pair
        # (上川、木原両氏は) are the pair
        for start, end, actor in spans:
            if end <= both[-1].start() and actor.kind == "person" and actor.name in roles \
                    and not _carries_over(text, end, spans) and not _LISTED.fullmatch(text, end, both[-1].start()):
                del roles[actor.name]
    for start, _, actor in sorted(spans, key=lambda s: s[0]):
        if start >= trigger_end and actor.kind == "person" and DESCRIBES.match(text[trigger_end:start]):
            for name in [n for n, r in roles.items() if r == "agent"]:
                del roles[name]  # the clause's subject is the noun it describes, not an earlier が
            roles[actor.name] = "agent"
            break
    for kind in ("person", "country"):
        ordered = sorted((s for s in spans if s[2] in actors and s[2].kind == kind and s[0] < trigger_start),
                         key=lambda s: s[0])
        for (start, end, actor), (nxt_start, _, nxt) in reversed(list(zip(ordered, ordered[1:]))):
            # 朴槿恵大統領、李克強首相とそれぞれ会談 / バイデン米大統領、韓国の尹錫悦大統領と:
            # listed names share the role of the last one
            if (actor.name not in roles and nxt.name in roles and (m := _coordinated().match(text[end:]))
                    and _OF_COUNTRY.fullmatch(text, end + m.end(), nxt_start)):
                roles[actor.name] = roles[nxt.name]
    _joint_subjects(text, spans, roles)
    if event_type == "ceremony" and pattern("ceremony_held").match(text, trigger_end):
        # 北朝鮮は軍事パレードを行った / 李氏は就任宣誓式に臨み: who holds it, or is its honoured one
        roles = {n: "host" if r == "agent" else r for n, r in roles.items()}
    if event_type in load_roles().get("received_types", ()) and _RECEIVED.match(text, trigger_end):
        _received(text, spans, trigger_start, roles)
    if pattern("joint").search(trigger) or event_type in load_roles().get("issuer_only", ()):
        # AはB、Cと共同記者会見を開き / AとBは…声明を発表した: all of them speak
        roles = {n: "agent" if r == "counterpart" else r for n, r in roles.items()}
    for a in actors:  # a country implied by a person acts in the person's role
        if a.kind != "country" and a.country and a.name in roles and a.country not in roles:
            roles[a.country] = roles[a.name]
    return tuple((a.name, roles[a.name]) for a in actors if a.name in roles)


def complete_roles(event_type: str, actors, roles: tuple[tuple[str, str], ...],
                   trigger: str = "") -> tuple[tuple[str, str], ...]:
    """Roles for the actors the text gave none (roles.toml ``default_role`` and ``all_agents``);
    a country takes the role of the first of its people that has one. A ceremony that honours
    its guest (roles.toml ``honouring``: 歓迎式典) has every party as host. In the actors' order."""
    cfg = load_roles()
    have = dict(roles)
    people = [a for a in actors if a.kind == "person"]
    default = cfg.get("default_role", {}).get(event_type)
    if event_type in cfg.get("only_agents", []):
        have = {a.name: "agent" for a in actors}
    elif default and len(people) > 1 and not any(r == default for r in have.values()) and \
            sum(have.get(a.name) == "agent" for a in people) == len(people):
        # 岸田首相、バイデン米大統領、尹錫悦大統領は…会談した: parties listed together; the first leads
        for a in people[1:]:
            if a.country and a.country == people[0].country:
                continue  # 上川外相と木原防衛相は: the leader's own side acts with them
            have[a.name] = default
            if a.country and a.country != people[0].country:
                have[a.country] = default
    targets = {n for n, r in have.items() if r == "target"}
    if event_type in cfg.get("visitor_by_default", []) and not any(have.get(a.name) == "agent" for a in people):
        visitor = next((a for a in people if have.get(a.name) is None and a.country not in targets), None)
        if visitor is not None:  # 米大統領のベトナム訪問は…トランプ前大統領以来: the one from elsewhere went
            have[visitor.name] = "agent"
            if visitor.country and visitor.country not in have:
                have[visitor.country] = "agent"
    if event_type in cfg.get("host_from_target", []):
        for a in people:
            if have.get(a.name) in (None, "counterpart") and a.country in targets:
                have[a.name] = "host"
    if event_type in cfg.get("target_by_default", []):
        visitors = {a.country for a in people if have.get(a.name) == "agent"} | \
            {n for n, r in have.items() if r == "agent"}
        if visitors:
            for a in actors:
                if a.kind == "country" and a.name not in have and a.name not in visitors \
                        and not any(p.country == a.name and p.name in have for p in people):
                    have[a.name] = "target"
    if event_type in cfg.get("all_agents", []):
        for a in people:
            have.setdefault(a.name, "agent")
    elif default:
        for a in people:
            if a.name not in have:
                have[a.name] = default if "agent" in have.values() else "agent"
        if people and not any(have.get(a.name) == "agent" for a in people) and have.get(people[0].name) == default:
            have[people[0].name] = "agent"
            if people[0].country and have.get(people[0].country) == default:
                have[people[0].country] = "agent"
        for a in actors:  # 中国とインドは…合意した with no one of theirs named: parties like people
            if a.kind == "country" and a.name not in have and not any(p.country == a.name for p in people):
                have[a.name] = default if "agent" in have.values() else "agent"
    for a in actors:
        if a.kind == "country" and a.name not in have:
            role = next((have[p.name] for p in people if p.country == a.name and p.name in have), None)
            if role is None and not any(p.country == a.name for p in people):
                role = cfg.get("lone_country_role", {}).get(event_type)
            if role is None and event_type in cfg.get("all_agents", []):
                role = "agent"
            if role:
                have[a.name] = role
    if event_type == "ceremony" and pattern("honouring").search(trigger):
        have = {n: "host" for n in have}
    return tuple((a.name, have[a.name]) for a in actors if a.name in have)


def without_bystanders(event_type: str, actors: list[Actor], roles, text: str, trigger_start: int) -> list[Actor]:
    """``actors`` without the people named before the trigger but given no role once the
    event's parties are complete (roles.toml ``complete_with``), and without their countries
    when those have no role. People named after the trigger may belong to a later clause,
    except in an event only its issuers take part in (``issuer_only``)."""
    issuer = event_type in load_roles().get("issuer_only", ())
    needed = ["agent"] if issuer else load_roles().get("complete_with", {}).get(event_type)
    have = dict(roles)
    people = {a.name for a in actors if a.kind == "person"}
    if not needed or not any(have.get(n) == "agent" for n in people) or not any(
            r in needed for r in have.values()):
        return actors
    targets = {n for n, r in have.items() if r == "target"}
    before = {a.name for a in actors} if issuer else {
        f.actor.name for f in find_mentions(text[:trigger_start]) if f.actor}
    gone = {a.name for a in actors if a.kind == "person" and a.name not in have and a.country not in targets
            and a.name in before}
    return without_people(actors, gone, set(have)) if gone else actors
