"""Triggers → event mentions with type, status, actors, places and date.

One Mention per event type per sentence. Uses the sentence's parse when there is one
(POS of the trigger, the dependency path from a date to the trigger, the model's
Person/Country/City entities) and plain rules over the surface otherwise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .actors import actor_from_entity, find_mentions, place_info, with_countries
from .dating import QUOTED, DatedSentence
from .lexicon import load_layout, load_status, load_triggers
from .models import Actor, Article, Mention, TemporalExpression
from .nlp import Parse

EVENT_SENTENCE_KINDS = ("body", "quote")
_VERBAL_AFTER = re.compile(r"^(?:し|す|さ|せ|でき)")
_DONE_AFTER = re.compile(r"^.{0,14}?(?:行われ|行い|行っ|開かれ|開い|実施|交換し|送っ|送り|送付|伝達|迎え|署名し|締結し)")
_BOTH_PEOPLE = re.compile(r"両首脳|両氏|両者|両指導者")
_BOTH_COUNTRIES = re.compile(r"両国")
PLACE_LABELS = ("City", "Province", "GPE")
BASIS_OF = {"explicit": "explicit", "relative": "relative"}


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    text: str
    type: str
    cameo: str
    weight: float
    needs: re.Pattern | None


@lru_cache(maxsize=None)
def _trigger_patterns() -> tuple[tuple[re.Pattern, dict], ...]:
    return tuple((re.compile(t.get("pattern") or re.escape(t["text"])), t) for t in load_triggers())


def find_triggers(text: str) -> list[Trigger]:
    """Non-overlapping trigger matches, longest first."""
    hits = []
    for pattern, t in _trigger_patterns():
        for m in pattern.finditer(text):
            needs = re.compile(t["needs"]) if t.get("needs") else None
            hits.append(Trigger(m.start(), m.end(), m.group(), t["type"], t.get("cameo", ""),
                                float(t.get("weight", 1.0)), needs))
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    taken: list[Trigger] = []
    for h in hits:
        if all(h.end <= t.start or t.end <= h.start for t in taken):
            if h.needs is None or h.needs.search(text):
                taken.append(h)
    return sorted(taken, key=lambda h: h.start)


def may_hold_event(text: str) -> bool:
    return bool(find_triggers(text))


def is_question(text: str) -> bool:
    return any(p.search(text) for p in load_layout().get("question", ()))


def status_of(text: str, pos: int) -> str | None:
    """happened / planned / uncertain, or None when the event is negated."""
    window = text[pos:]
    best: tuple[int, int, str] | None = None
    order = {"negated": 0, "uncertain": 1, "planned": 2, "past": 3}
    for key, patterns in load_status().items():
        for p in patterns:
            m = p.search(window)
            if m and (best is None or (m.start(), order[key]) < best[:2]):
                best = (m.start(), order[key], key)
    if best is None or best[2] == "past":
        return "happened"
    return None if best[2] == "negated" else best[2]


def _is_verbal(text: str, trig: Trigger, parse: Parse | None) -> bool:
    if parse is not None:
        tok = parse.token_at(trig.start)
        if tok is not None and tok.pos == "VERB":
            return True
    return bool(_VERBAL_AFTER.match(text[trig.end:])) or trig.text[-1] in "っいうわ"


def _ancestors(parse: Parse, i: int, limit: int = 8) -> list[int]:
    out = []
    while limit and parse.tokens[i].head != i:
        i = parse.tokens[i].head
        out.append(i)
        limit -= 1
    return out


def governing_date(dates: tuple[TemporalExpression, ...], trig: Trigger,
                   parse: Parse | None) -> TemporalExpression | None:
    """The date expression that governs a trigger: linked by the parse, else the nearest before it."""
    cands = [e for e in dates if e.kind in ("date", "range")]
    if not cands:
        return None
    if parse is not None:
        t = parse.token_at(trig.start)
        if t is not None:
            targets = {t.i, t.head}
            linked = [e for e in cands if (tok := parse.token_at(e.end - 1)) is not None
                      and targets & {tok.i, *_ancestors(parse, tok.i, 3)}]
            if linked:
                return min(linked, key=lambda e: abs(e.start - trig.start))
    before = [e for e in cands if e.end <= trig.start]
    return before[-1] if before else None


@dataclass
class Memory:
    """Who and what an article has named so far, for 両首脳 / 両国."""

    people: list[Actor] = field(default_factory=list)
    countries: list[Actor] = field(default_factory=list)

    def note(self, actors: list[Actor]) -> None:
        for a in actors:
            bucket = self.people if a.kind == "person" else self.countries if a.kind == "country" else None
            if bucket is not None:
                if a in bucket:
                    bucket.remove(a)
                bucket.append(a)

    def last_two(self, kind: str) -> list[Actor]:
        return (self.people if kind == "person" else self.countries)[-2:]


def sentence_actors(text: str, parse: Parse | None, memory: Memory) -> tuple[list[Actor], list[str]]:
    """Actors (people and countries, canonical) and places named in one sentence."""
    actors: list[Actor] = []
    places: list[str] = []
    found = find_mentions(text)
    covered = [(f.start, f.end) for f in found]
    for f in found:
        if f.actor and f.actor not in actors:
            actors.append(f.actor)
        if f.place and f.place not in places:
            places.append(f.place)
    if parse is not None:
        for e in parse.entities:
            if any(a < e.end and e.start < b for a, b in covered):
                continue
            if e.label in PLACE_LABELS and e.text not in places and len(e.text) > 1:
                places.append(e.text)
            elif (a := actor_from_entity(e.text, e.label)) and a not in actors:
                actors.append(a)
    if _BOTH_PEOPLE.search(text) and sum(a.kind == "person" for a in actors) < 2:
        actors += [a for a in memory.last_two("person") if a not in actors]
    if _BOTH_COUNTRIES.search(text) and sum(a.kind == "country" for a in actors) < 2:
        actors += [a for a in memory.last_two("country") if a not in actors]
    for p in list(places):
        parent = (place_info(p) or {}).get("within")
        if parent and parent not in places:
            places.append(parent)
    return with_countries(actors), places


def detect(article: Article, ds: DatedSentence, parse: Parse | None, memory: Memory) -> list[Mention]:
    """Event mentions in one dated sentence of an article."""
    s = ds.sentence
    actors, places = sentence_actors(s.text, parse, memory)
    memory.note([a for a in actors if a.kind in ("person", "country")])
    if s.kind not in EVENT_SENTENCE_KINDS or s.duplicate or is_question(s.text):
        return []
    out: dict[str, Mention] = {}
    for trig in find_triggers(s.text):
        if trig.type in out:
            continue
        status = status_of(s.text, trig.end)
        if status is None:
            continue
        verbal = _is_verbal(s.text, trig, parse)
        expr = governing_date(ds.dates, trig, parse)
        date = date_end = None
        granularity, basis, inferred = "none", "none", ()
        if expr is not None and expr.value:
            date, date_end, granularity = expr.value, expr.value_end, expr.granularity
            basis = BASIS_OF.get(expr.resolution, "relative")
            # parts inferred from the item's own date line are reliable; from a blog heading they are not
            inferred = () if ds.strong else expr.inferred
        elif (expr is None and status == "happened" and ds.anchor is not None and ds.anchor_kind != "passage"
              and (verbal or _DONE_AFTER.match(s.text[trig.end:]))):
            date, granularity, basis = ds.anchor.date, "day", "publication"
        if not actors and date is None and expr is None:
            continue
        out[trig.type] = Mention(
            source=article.id, path=article.path, sentence=s.text, start=s.start, end=s.end,
            trigger=trig.text, trigger_start=s.start + trig.start, type=trig.type, cameo=trig.cameo,
            status=status, actors=tuple(actors), locations=tuple(places), date=date, date_end=date_end,
            granularity=granularity, date_basis=basis, date_text=expr.text if expr else None,
            date_surface=expr.surface if expr else None, inferred=tuple(inferred), nominal=not verbal,
            weight=trig.weight, anchor=ds.anchor.date if ds.anchor else None, quoted=s.kind in QUOTED)
    return list(out.values())
