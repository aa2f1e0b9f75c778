"""Mentions → events: one event per real-world event, keeping every mention.

Method: leader clustering in a fixed order. Mentions are blocked by event type and
visited strongest-dated first (written dates, then relative ones, then publication
guesses, then partial and undated ones; ties broken by date, source and offset, so
the input order never matters). A mention joins the best compatible cluster:

- actors overlap (people when both name people, else countries; a person implies
  their country) — scored by Jaccard overlap;
- places do not contradict;
- dates are compatible: their intervals intersect (a day, a month, an ISO week, a
  range, or for a publication guess the ``PUBLICATION_WINDOW_DAYS`` before it).

A headline adds a mention to the one event of its article it names, never an event; so does
an undated event word that only times another (就任後に, 会談に先立ち).
A mention whose date is only partial (``XXXX-XX-13``), undated, or whose year was
inferred from a heading that is not the item's own date line, joins a cluster only
when exactly one compatible cluster exists — then it takes that cluster's date
(``cross_document`` when the date comes from another article).
"""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .confidence import estimate
from .models import Actor, Event, Mention
from .roles import complete_roles, pattern

PUBLICATION_WINDOW_DAYS = 3
BASIS_RANK = {"explicit": 0, "relative": 1, "cross_document": 2, "publication": 3, "none": 4}
STATUS_RANK = {"happened": 0, "planned": 1, "uncertain": 2}
TYPE_LABEL = {"meeting": "会談", "visit": "訪問", "agreement": "署名", "telegram": "書簡・祝電",
              "ceremony": "式典", "launch": "発射", "dispatch": "派遣", "exercise": "演習",
              "election": "選出", "statement": "発表", "other": "出来事"}


def span(iso: str) -> tuple[dt.date, dt.date]:
    """First and last day covered by an ISO date at any granularity."""
    if "-W" in iso:
        y, w = iso.split("-W")
        lo = dt.date.fromisocalendar(int(y), int(w), 1)
        return lo, lo + dt.timedelta(days=6)
    bits = [int(b) for b in iso.split("-")]
    if len(bits) == 3:
        d = dt.date(*bits)
        return d, d
    if len(bits) == 2:
        return dt.date(bits[0], bits[1], 1), dt.date(bits[0], bits[1], calendar.monthrange(*bits)[1])
    return dt.date(bits[0], 1, 1), dt.date(bits[0], 12, 31)


def interval(m: Mention) -> tuple[dt.date, dt.date] | None:
    if m.date is None:
        return None
    lo, hi = span(m.date)
    if m.date_end:
        hi = max(hi, span(m.date_end)[1])
    if m.date_basis == "publication":
        lo = hi - dt.timedelta(days=PUBLICATION_WINDOW_DAYS)
    return lo, hi


def _weak(m: Mention) -> bool:
    return m.date is None or "year" in m.inferred


def _sort_key(m: Mention):
    """Strongest-dated first: written or relative dates, finest first; then guesses; then the rest."""
    iv = interval(m)
    width = (iv[1] - iv[0]).days if iv else 10**6
    group = 0 if m.date_basis in ("explicit", "relative") and "date" not in m.inferred else 1 if m.date else 2
    return (_weak(m), group, width, BASIS_RANK[m.date_basis], m.date or "", m.date_surface or "",
            m.source, m.start, m.trigger_start)


def _names(actors, kind: str) -> set[str]:
    return {a.name for a in actors if a.kind == kind}


def _forum_like(m: Mention) -> bool:
    """A forum's summit: told as a setting (``Mention.forum``), or a meeting only organisations
    hold (NATO首脳会議は11日から開かれている)."""
    return m.forum or (m.type == "meeting" and bool(m.actors) and all(a.kind == "organization" for a in m.actors))


def _bodies(actors) -> set[str]:
    """Countries and organisations: the sides an event's people act for (a forum's summit
    names only its organisation)."""
    return {a.name for a in actors if a.kind in ("country", "organization")}


def _surface_fits(surface: str | None, iv: tuple[dt.date, dt.date] | None) -> bool:
    """Does a partial date as written (XXXX-09-13, XXXX-XX-13, XXXX-06) fit a cluster's day?"""
    if not surface or iv is None or iv[0] != iv[1] or surface[:1] not in "X0123456789":
        return False
    parts = surface.split("-")
    if len(parts) < 2 or "W" in surface:
        return False
    want = (parts[0], parts[1], parts[2] if len(parts) > 2 else None)
    d = iv[0]
    have = (f"{d.year:04d}", f"{d.month:02d}", f"{d.day:02d}")
    return all(w is None or set(w) == {"X"} or w == h for w, h in zip(want, have))


@dataclass
class Cluster:
    type: str
    members: list[Mention] = field(default_factory=list)
    interval: tuple[dt.date, dt.date] | None = None
    people: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    parties: tuple[str, ...] = ()
    agents: set[str] = field(default_factory=set)  # people acting as agents, for one-way events
    targets: set[str] = field(default_factory=set)  # where a visit went
    recipients: set[str] = field(default_factory=set)  # people a telegram or letter went to
    met: set[str] = field(default_factory=set)  # people a meeting's agents met (counterparts)
    sides: set[str] = field(default_factory=set)  # the countries of the people its members name
    apart: set[tuple[str, int]] = field(default_factory=set)  # (article, trigger) its members are not
    sources: set[str] = field(default_factory=set)  # the articles its members come from
    triggers: set[str] = field(default_factory=set)
    spots: set[tuple] = field(default_factory=set)  # (article, sentence start, date) of each member
    latest_anchor: str | None = None  # the latest date line among its members
    all_planned: bool = True
    all_forum: bool = True  # every member is a forum's summit (G20サミット), not a meeting of parties

    def add(self, m: Mention, joined_by: str, named_again: bool = False) -> None:
        self.members.append(m)
        self.sources.add(m.source)
        self.triggers.add(m.trigger)
        self.spots.add((m.source, m.start, m.date))
        if m.anchor and (self.latest_anchor is None or m.anchor > self.latest_anchor):
            self.latest_anchor = m.anchor
        self.all_planned = self.all_planned and m.status == "planned"
        # someone attending the forum's summit named again (サミットには岸田首相も出席) leaves it a forum's
        self.all_forum = self.all_forum and (_forum_like(m) or named_again)
        iv = interval(m)
        if joined_by == "date" and iv is not None:
            if self.interval is None:
                self.interval = iv
            else:
                lo, hi = max(self.interval[0], iv[0]), min(self.interval[1], iv[1])
                if lo <= hi:
                    self.interval = (lo, hi)
        self.people |= _names(m.actors, "person")
        self.countries |= _bodies(m.actors)
        self.places |= set(m.locations)
        self.parties = self.parties or m.parties
        self.agents |= _agents(m)
        self.targets |= _targets(m)
        self.recipients |= _recipients(m)
        self.met |= _in_role(m, "counterpart", "person")
        self.sides |= _sides(m)
        if m.apart_from is not None:
            self.apart.add((m.source, m.apart_from))

    def actor_score(self, m: Mention, names: tuple[set[str], set[str]] | None = None) -> tuple[int, float]:
        """(level, Jaccard overlap): level 2 when people overlap, 1 when only countries do.
        ``names``: the mention's (people, countries), when the caller has them already."""
        people, countries = names or (_names(m.actors, "person"), _bodies(m.actors))
        if people and self.people:
            return (2, len(people & self.people) / len(people | self.people)) if people & self.people else (0, 0.0)
        if countries and self.countries and countries & self.countries:
            return 1, len(countries & self.countries) / len(countries | self.countries)
        return 0, 0.0

    def date_fit(self, m: Mention, iv=False) -> str | None:
        """'date' when intervals intersect, 'partial' when only a partial/undated date fits, else None.
        ``iv``: the mention's interval, when the caller has it already."""
        iv = interval(m) if iv is False else iv
        if self.interval is None:
            return "partial" if iv is None else "date"
        if iv is not None and iv[0] <= self.interval[1] and self.interval[0] <= iv[1]:
            return "date"
        if iv is None and (m.date_surface is None or _surface_fits(m.date_surface, self.interval)):
            return "partial"
        if iv is not None and "year" in m.inferred and _surface_fits(
                "XXXX" + (m.date or "")[4:], self.interval):
            return "partial"
        return None


DIRECTED = {"telegram", "visit", "dispatch", "launch", "statement", "election", "exercise"}


def _in_role(m: Mention, role: str, kind: str) -> set[str]:
    """The actors of ``kind`` that have ``role`` in a mention."""
    names = {a.name for a in m.actors if a.kind == kind}
    return {name for name, r in m.roles if r == role and name in names}


def _agents(m: Mention) -> set[str]:
    """The people who act."""
    return _in_role(m, "agent", "person")


def _all_named_in(m: Mention, c: "Cluster") -> bool:
    if m.source in c.sources:
        return True
    return _names(m.actors, "person") <= c.people


def _before_its_report(m: Mention, c: "Cluster") -> bool:
    """A planned mention cannot be an event that ended before its article's date, nor a
    happened one an event still planned after its article's date."""
    if not m.anchor or c.interval is None:
        return False
    anchor = _day(m.anchor)
    planned = c.all_planned
    if m.status == "planned" and not planned:
        return c.interval[1] < anchor
    if m.status == "happened" and planned:
        # a plan reported on day D is for D or later: what happened before D is something else
        reported = c.latest_anchor
        lo = max(c.interval[0], _day(reported)) if reported else c.interval[0]
        m_iv = interval(m)
        return lo > anchor or (m_iv is not None and m_iv[1] < lo)
    return False


ONGOING_WINDOW_DAYS = 14


def _began_before(start: dt.date, seen: str) -> bool:
    """Did a stay that began on ``start`` plausibly still go on at ``seen`` (a day or more)?"""
    lo, hi = span(seen)
    return start <= hi and (lo - start).days <= ONGOING_WINDOW_DAYS


@lru_cache(maxsize=4096)
def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def _sides(m: Mention) -> set[str]:
    """The countries of the people a mention names."""
    return {a.country for a in m.actors if a.kind == "person" and a.country}


def _some_of_many(parties: tuple[str, ...], sides: set[str]) -> bool:
    """Two or more of a three-or-more-party meeting's sides, with the rest not there."""
    return len(parties) >= 3 and 2 <= len(sides) < len(parties) and sides <= set(parties)


def _two_of_three(parties: tuple[str, ...], sides: set[str]) -> bool:
    """A meeting of its own two parties (個別の会談) beside one of three or more countries' people."""
    return len(parties) == 2 and len(sides) >= 3 and set(parties) < sides


def _met_others(met: set[str], people: set[str], their_met: set[str], their_people: set[str]) -> bool:
    """Did one meeting's agents meet people the other never names, while it names others?"""
    return bool((met and not met & their_people and their_people - people)
                or (their_met and not their_met & people and people - their_people))


def _recipients(m: Mention) -> set[str]:
    """The people a telegram or letter went to."""
    return _in_role(m, "recipient", "person")


def _targets(m: Mention) -> set[str]:
    """The countries a visit went to."""
    return _in_role(m, "target", "country")


def _same_word(m: Mention, c: "Cluster") -> bool:
    """The same trigger word; within one article, any word for the same type (会談 / 首脳会談)."""
    return m.trigger in c.triggers or m.source in c.sources


class Blocks:
    """Clusters by (type, actor name), and within that by the years their dates cover, so that
    a dated mention meets only the clusters that can fit its date (and the undated ones)."""

    def __init__(self) -> None:
        self.all: dict[tuple[str, str], list[int]] = {}
        self.by_year: dict[tuple[str, str, int | None], list[int]] = {}
        self._seen: set[tuple] = set()

    def add(self, i: int, c: Cluster) -> None:
        """(Re-)register cluster ``i`` under its actors and the years of its interval. An
        interval only narrows once set, so earlier entries stay true or merely redundant."""
        years = [None] if c.interval is None else range(c.interval[0].year, c.interval[1].year + 1)
        for name in (*c.people, *c.countries):
            if (c.type, name, i) not in self._seen:
                self._seen.add((c.type, name, i))
                self.all.setdefault((c.type, name), []).append(i)
            for y in years:
                if (c.type, name, i, y) not in self._seen:
                    self._seen.add((c.type, name, i, y))
                    self.by_year.setdefault((c.type, name, y), []).append(i)

    def lookup(self, m: Mention, keys: list[Actor]) -> set[int]:
        iv = interval(m)
        if iv is None or "year" in m.inferred:  # a partial date may fit any year
            return {i for a in keys for i in self.all.get((m.type, a.name), ())}
        years = (*range(iv[0].year, iv[1].year + 1), None)
        return {i for a in keys for y in years for i in self.by_year.get((m.type, a.name, y), ())}


def _candidates(m: Mention, clusters: list[Cluster], blocks: Blocks,
                strict_only: bool = False):
    """Compatible clusters, looked up through the (type, actor) blocks the mention falls in:
    the blocks of its people first; those of its countries only when no person matches.
    ``strict_only``: only the date-fitting ones among them (what pass 1 keeps), found faster."""
    people = [a for a in m.actors if a.kind == "person"]
    if people:
        got, found = _scan(m, clusters, blocks, people, strict_only)
        if found:
            return got
    return _scan(m, clusters, blocks, [a for a in m.actors if a.kind != "person"], strict_only)[0]


def _scan(m: Mention, clusters: list[Cluster], blocks: Blocks, keys: list[Actor],
          strict_only: bool = False) -> tuple[list, bool]:
    """(the compatible clusters of the best actor level, whether there was any). With
    ``strict_only`` the list keeps only date fits, and a partial fit is checked only as far as
    needed to know whether it would outrank them (then no date fit is kept): same answer, a
    fraction of the work on large blocks (日本, 米国)."""
    out, partial = [], []
    iv, names = interval(m), (_names(m.actors, "person"), _bodies(m.actors))
    for i in sorted(blocks.lookup(m, keys)):
        if i >= len(clusters):
            continue  # pass 2 looks only at the clusters made in pass 1
        c = clusters[i]
        fit = c.date_fit(m, iv)
        if fit is None:
            continue
        if strict_only and fit != "date":
            partial.append(i)
            continue
        score = c.actor_score(m, names)
        if score[0] == 0 or not _compatible(m, c, fit) or not _evidence(m, c):
            continue
        out.append((fit == "date", score, -i, i, fit))
    best = max((c[1][0] for c in out), default=0)
    for i in partial:
        c = clusters[i]
        if c.actor_score(m, names)[0] > best and _compatible(m, c, "partial") and _evidence(m, c):
            return [], True  # a partial fit of a better actor level wins: no date fit is kept
    return [c for c in out if c[1][0] == best], bool(out)


def _evidence(m: Mention, c: Cluster) -> bool:
    """An undated mention carries little evidence: it needs the same trigger word."""
    return m.date is not None or m.date_surface is not None or _same_word(m, c)


def _compatible(m: Mention, c: Cluster, fit: str, named_again: bool = False) -> bool:
    """What tells two events apart, whoever the actors: place, parties, direction, time of report.
    A mention that names the cluster's event again (``named_again``: サミットには…も出席) may add
    people to a forum's summit and need not name all of its people."""
    if m.locations and c.places and not set(m.locations) & c.places and not m.ongoing:
        return False  # (a stay under way goes from place to place)
    if (m.source, m.trigger_start) in c.apart or (m.apart_from is not None and m.source in c.sources and any(
            x.source == m.source and x.trigger_start == m.apart_from for x in c.members)):
        return False  # 李強首相とも会談した: another meeting than the one told before it
    if (m.source, m.start, m.date) in c.spots and m.type != "launch":
        # one sentence's meetings (…と会談し、その後…とも会談した / それぞれ会談) were told apart
        # already; a day's launches listed one by one (午前3時32分1発目…午前4時04分2発目…) are one
        return False
    if m.type == "statement" and m.date_text and any(
            x.source == m.source and x.date_text and x.date_text != m.date_text and x.start != m.start
            for x in c.members):
        return False  # one article's statements dated in their own words (先週…宣言, 金曜日に…発表) are two
    if m.type == "other" and m.cameo and any(
            x.source == m.source and x.cameo and x.cameo != m.cameo for x in c.members):
        return False  # one article's airspace violation and the ambassador called in over it are two acts
    if m.occasion and any(x.occasion and x.occasion != m.occasion for x in c.members):
        return False  # the welcome ceremony is not the banquet of the same evening
    if m.type == "meeting" and _forum_like(m) != c.all_forum and not (named_again and c.all_forum):
        return False  # the NATO summit is not Kishida's talks with NATO's secretary general there
    if m.parties and c.parties and m.parties != c.parties:
        return False  # 日韓首脳会談 is not the 日米韓首脳会談 of the same day
    if _some_of_many(c.parties, _sides(m) if not m.parties else set()) \
            or _some_of_many(m.parties, c.sides if not c.parties else set()):
        # 安倍首相は同日夜、李首相と会談した: two of the 日中韓 leaders apart; …とEUの3者会談も
        # 行われた: not the two leaders' talks told before it
        return False
    if _two_of_three(m.parties, c.sides if not c.parties else set()) \
            or _two_of_three(c.parties, _sides(m) if not m.parties else set()):
        return False  # …バイデン氏との個別の会談も行い: two of the three leaders who met that day, apart
    if fit == "partial" and not named_again and not _all_named_in(m, c):
        return False  # a bare 18日 from another article joins only an event of all the people it names
    if _before_its_report(m, c):
        return False  # what an article still plans is not what had happened before it was written
    if m.type in DIRECTED and _agents(m) and c.agents and not _agents(m) & c.agents:
        return False  # Putin's telegram to Kim is not Xi's telegram to Kim
    if m.type == "visit" and _targets(m) and c.targets and not _targets(m) & c.targets:
        return False  # a visit to Pyongyang is not the next day's visit to Hanoi
    if m.type == "meeting" and m.antecedent is None and _met_others(
            _in_role(m, "counterpart", "person"), _names(m.actors, "person"), c.met, c.people):
        return False  # the same day's courtesy call on the president is not the ministers' talks
    if m.type == "meeting" and (mine := _agents(m)) and c.agents \
            and not (mine & c.people or c.agents & _names(m.actors, "person")):
        return False  # 朴槿恵大統領も同日、オバマ氏と電話で協議した is not Abe's call with Obama that day
    if _recipients(m) and c.recipients and not _recipients(m) & c.recipients:
        return False  # Kim's new-year card to Putin is not the one to Xi
    return True


def cluster(mentions: list[Mention]) -> list[list[tuple[Mention, str]]]:
    """Group mentions of the same event; each member comes with how it joined (date / partial).

    Pass 1 clusters well-dated mentions. Pass 2 lets each weak mention (partial date,
    undated, or year guessed from a heading) join the one dated cluster it fits, if
    exactly one fits. Weak mentions left over group only with weak mentions of the
    same article (a repeated paragraph, a headline restating the body).
    """
    headlines = sorted((m for m in mentions if m.headline), key=_sort_key)
    again = [m for m in mentions if m.antecedent is not None and not m.headline]  # in text order
    under_way = sorted((m for m in mentions if m.ongoing and (m.date or m.anchor) and m.antecedent is None
                        and not m.headline), key=_sort_key)
    waiting = {id(m) for m in under_way}
    ordered = sorted((m for m in mentions if not m.headline and m.antecedent is None and id(m) not in waiting),
                     key=_sort_key)
    clusters: list[Cluster] = []
    how: list[list[str]] = []
    blocks = Blocks()  # (type, actor name, year) → clusters: keeps it near-linear

    def new(m: Mention) -> None:
        clusters.append(Cluster(type=m.type))
        how.append([])
        join(len(clusters) - 1, m, "date")

    def join(i: int, m: Mention, fit: str, named_again: bool = False) -> None:
        clusters[i].add(m, fit, named_again)
        blocks.add(i, clusters[i])
        how[i].append(fit)

    for m in (m for m in ordered if not _weak(m)):
        strict = _candidates(m, clusters, blocks, strict_only=True)
        join(max(strict)[3], m, "date") if strict else new(m)
    dated = len(clusters)
    leftovers: list[Mention] = []
    for m in (m for m in ordered if _weak(m)):
        cands = [c for c in _candidates(m, clusters[:dated], blocks) if c[3] < dated]
        if len(cands) == 1:
            join(cands[0][3], m, cands[0][4])
        else:
            leftovers.append(m)
    for m in leftovers:
        same = [c for c in _candidates(m, clusters, blocks)
                if c[3] >= dated and clusters[c[3]].members[0].source == m.source]
        if not same and m.date is None and len(m.trigger) >= 3:
            # 就任式には…が出席した: the same event word again in the same article, whoever it names
            word = [i for i, c in enumerate(clusters)
                    if c.type == m.type and m.source in c.sources and m.trigger in c.triggers
                    and _compatible(m, c, "partial")
                    and any(x.source == m.source and x.trigger == m.trigger for x in c.members)]
            if len(word) == 1:
                join(word[0], m, "partial")
                continue
        if same:
            join(max(same)[3], m, "partial")
        elif not m.reference:  # 就任後に…: only the point another event is timed by
            new(m)
    for m in under_way:  # 訪問中のバイデン氏: the visit the article says began on or before that day
        # (or before the article's date, when the mention has no date of its own)
        began = [(c.interval[0], i) for i, c in enumerate(clusters)
                 if c.type == m.type and m.source in c.sources and c.interval is not None
                 and c.actor_score(m)[0] == 2 and _began_before(c.interval[0], m.date or m.anchor)
                 and any(x.status == m.status for x in c.members)
                 and _compatible(m, c, "partial")]
        join(max(began)[1], m, "partial") if began else new(m)
    for m in again:  # 式典には…が出席した: the event named before in the same passage
        named = [i for i, c in enumerate(clusters)
                 if m.source in c.sources and any(x.source == m.source and x.trigger_start == m.antecedent
                                                  for x in c.members)]
        if named and _compatible(m, clusters[named[0]], "partial", named_again=True):
            join(named[0], m, "partial", named_again=True)
        else:
            new(m)
    for m in headlines:  # a headline restates its article: it joins the one event it names, or nothing
        own = [c for c in _candidates(m, clusters, blocks)
               if any(x.source == m.source for x in clusters[c[3]].members)]
        if len(own) == 1:
            join(own[0][3], m, "partial")
    return [list(zip(c.members, how[i])) for i, c in enumerate(clusters)]


def _ordered_actors(members: list[Mention]) -> tuple[Actor, ...]:
    count: Counter = Counter()
    first: dict[Actor, int] = {}
    for m in members:
        for a in m.actors:
            count[a] += 1
            first.setdefault(a, len(first))
    kind_rank = {"person": 0, "country": 1, "organization": 2}
    return tuple(sorted(count, key=lambda a: (kind_rank.get(a.kind, 3), -count[a], first[a])))


def date_conflict(mentions) -> bool:
    """Whether the dates written for the mentions (not guessed from the publication) disagree."""
    written = [interval(m) for m in mentions if m.date and m.date_basis in ("explicit", "relative")]
    return any(a[1] < b[0] or b[1] < a[0] for i, a in enumerate(written) for b in written[i + 1:])


def build_event(group: list[tuple[Mention, str]]) -> Event:
    members = [m for m, _ in group]
    dated = [m for m, fit in group if m.date and fit == "date"]
    best = min(dated, key=_sort_key) if dated else None
    if best is not None and best.granularity in ("year", "month"):
        # 今年の追悼式 with …追悼式は…行われ on the story's day: the day, inside the year written
        lo, hi = interval(best)
        finer = [m for m in dated if m.granularity == "day" and m.date_basis == "relative"
                 and lo <= interval(m)[0] and interval(m)[1] <= hi]
        best = min(finer, key=_sort_key) if finer else best
    date = best.date if best else None
    date_end = best.date_end if best else None
    basis = best.date_basis if best else "none"
    granularity = best.granularity if best else "none"
    resolved = []
    for m, fit in group:
        if date and (m.date is None or fit == "partial") and m is not best:
            new_basis = "cross_document" if best.source != m.source else best.date_basis
            m = replace(m, date=date, date_end=date_end, granularity=granularity, date_basis=new_basis)
        resolved.append(m)
    resolved.sort(key=lambda m: (m.source, m.start, m.trigger_start))
    # the mentions that date the event say whether it happened; weaker ones only when none does
    deciding = [m for m, fit in group if fit == "date" and m.date] or members[:1]
    status = min((m.status for m in deciding), key=STATUS_RANK.get)
    actors = _ordered_actors(members)
    locations = tuple(sorted({p for m in members for p in m.locations},
                             key=lambda p: (-sum(p in m.locations for m in members), p)))
    strong = [m for m, fit in group if fit == "date"] or members
    trigger = Counter(m.trigger for m in strong).most_common(1)[0][0]
    who = [a.name for a in actors if a.kind == "person"][:3] or [a.name for a in actors if a.kind == "country"][:3]
    title = f"{'・'.join(who)} {trigger}".strip() + (f"({locations[0]})" if locations else "")
    role_votes: dict[str, Counter] = {}
    for m in members:
        for name, role in m.roles:
            role_votes.setdefault(name, Counter())[role] += 1
    roles = complete_roles(members[0].type, actors, tuple((a.name, role_votes[a.name].most_common(1)[0][0])
                                                          for a in actors if a.name in role_votes), trigger)
    first = resolved[0]
    key = f"{members[0].type}|{date}|{'/'.join(a.name for a in actors)}|{first.source}|{first.trigger_start}"
    event = Event(
        id="ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12], date=date, date_end=date_end,
        granularity=granularity, date_basis=basis, type=members[0].type, cameo=members[0].cameo,
        status=status, title=title, actors=actors, locations=locations, mentions=tuple(resolved),
        confidence=0.0,
        date_candidates=tuple(sorted({m.date for m in dated} | ({date} if date else set()))), roles=roles)
    return replace(event, confidence=estimate(event, date_conflict(resolved)))


def sort_key(e: Event):
    if e.date is None:
        return (1, dt.date.max, 9, e.type, e.id)
    lo, hi = span(e.date)
    return (0, lo, (hi - lo).days, e.type, e.id)


def _sworn_in(events: list[Event]) -> list[Event]:
    """An inauguration (roles.toml ``inaugural``: 就任式, 就任宣誓式) honours whoever took office:
    the person an election of the same article and day has as agent is its host, with their
    country, rather than one more attendee. With no such election, its agents are the ones
    sworn in, unless it is told as attended (就任式に出席した)."""
    inaugural, attending = pattern("inaugural"), pattern("attendance")
    took_office: dict[tuple[str, str], set[str]] = {}
    for e in events:
        if e.type == "election" and e.date:
            for m in e.mentions:
                took_office.setdefault((m.source, e.date), set()).update(n for n, r in e.roles if r == "agent")
    out = []
    for e in events:
        if e.type == "ceremony" and any(inaugural.search(m.trigger) for m in e.mentions):
            sworn = set().union(*(took_office.get((m.source, e.date), set()) for m in e.mentions))
            if not sworn and not any(attending.search(m.sentence) for m in e.mentions):
                sworn = {n for n, r in e.roles if r == "agent"}  # オバマ氏は21日、就任式に臨んだ
            people = {a.name for a in e.actors if a.name in sworn and a.kind == "person"}
            hosts = people | {a.country for a in e.actors if a.name in people}
            if hosts:
                e = replace(e, roles=tuple((n, "host" if n in hosts else r) for n, r in e.roles))
        out.append(e)
    return out


def deduplicate(mentions: list[Mention], enabled: bool = True) -> list[Event]:
    groups = cluster(mentions) if enabled else [[(m, "date")] for m in sorted(mentions, key=_sort_key)]
    return sorted(_sworn_in([build_event(g) for g in groups]), key=sort_key)
