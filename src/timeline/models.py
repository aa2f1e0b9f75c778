"""Plain dataclasses passed between the pipeline's stages.

read → SourceFile · split → Article / Sentence · anchors → Anchor ·
dates → TemporalExpression · events → Mention · dedup → Event · export ← Timeline
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SourceFile:
    """One input as read from disk or stdin, decoded to text."""

    path: str
    text: str
    sha256: str
    encoding: str


@dataclass(frozen=True)
class ReadError:
    """An input that could not be read; reported, never silently dropped."""

    path: str
    message: str


@dataclass(frozen=True)
class Anchor:
    """A date that governs a span of an article (a date line, a 公開日, a byline, a URL date).

    ``date`` is ISO 8601 at its granularity; ``start``/``end`` is the span it governs,
    ``line`` the offsets of the line it was read from.
    """

    date: str
    kind: str  # item | published | byline | url | passage
    start: int
    end: int
    text: str
    line_start: int = 0


@dataclass(frozen=True)
class Sentence:
    """A sentence with its character offsets in the article text."""

    text: str
    start: int
    end: int
    kind: str = "body"  # body | heading | quote | commentary | reference
    duplicate: bool = False  # repeats an earlier sentence of the same article verbatim


@dataclass(frozen=True)
class Article:
    """One news item: a whole file, or one of several items in a file."""

    id: str
    path: str
    text: str
    sha256: str
    offset: int = 0  # where the item starts in the file
    title: str | None = None
    published: str | None = None
    anchors: tuple[Anchor, ...] = ()
    sentences: tuple[Sentence, ...] = ()


@dataclass(frozen=True)
class TemporalExpression:
    """A temporal expression found in text.

    ``surface`` keeps the value as written with unknown parts as X (``XXXX-06-19``);
    ``value`` is the resolved ISO value at its granularity, or None when nothing resolves it.
    ``resolution`` says how the value was obtained: explicit (written in full),
    relative (resolved against an anchor), unresolved, or none (not a date: durations, times).
    ``inferred`` names the parts of ``value`` that were not written (e.g. ``("year",)``).
    """

    text: str
    start: int
    end: int
    kind: str  # date | range | duration | set | time
    surface: str
    value: str | None = None
    value_end: str | None = None
    granularity: str = "none"  # day | week | month | year | none
    resolution: str = "unresolved"
    anchor: str | None = None
    inferred: tuple[str, ...] = ()
    mod: str | None = None  # START / MID / END / BEFORE_END …
    rule: str | None = None  # the pattern that found it (url: inside a URL, never an event's date)


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str  # person | country | organization
    country: str | None = None


@dataclass(frozen=True)
class Mention:
    """One sentence reporting one event."""

    source: str
    path: str
    sentence: str
    start: int
    end: int
    trigger: str
    trigger_start: int  # offset in the article text
    type: str
    cameo: str
    status: str
    actors: tuple[Actor, ...]
    locations: tuple[str, ...]
    date: str | None
    date_end: str | None
    granularity: str
    date_basis: str  # explicit | relative | publication | cross_document | none
    date_text: str | None
    date_surface: str | None = None  # the date as written, unknown parts X (XXXX-XX-13)
    inferred: tuple[str, ...] = ()  # parts of ``date`` that were not written (year, month)
    nominal: bool = False  # the trigger is a noun (条約締結), not a verb (締結した)
    weight: float = 1.0  # the trigger's reliability (triggers.toml)
    anchor: str | None = None  # the date that governed the sentence
    anchor_kind: str | None = None  # what kind of date it was (item, byline, citation, published …)
    quoted: bool = False  # from a quoted summary block
    roles: tuple[tuple[str, str], ...] = ()  # (actor name, agent | counterpart | recipient | host | target)
    headline: bool = False  # from a headline: adds a mention to the article's event, never an event
    parties: tuple[str, ...] = ()  # countries a compound names as the parties (日韓首脳会談 → 日本, 韓国)
    occasion: str | None = None  # the kind of ceremony or statement its word names (triggers.toml ``occasion``)
    # the trigger_start of an earlier mention of the same source that this one names again
    # (式典には…が出席した after 3日、式典を行った): it joins that mention's event
    antecedent: int | None = None
    # the trigger_start of an earlier mention of the same source this one is another event
    # than (崔外相は同日、李強首相とも会談した after …王毅外相と会談した)
    apart_from: int | None = None
    # a stay under way (訪問中のバイデン氏, 来日しているマクロン氏): the visit began on or before
    # this mention's date, so it joins the same article's visit that began up to two weeks before
    ongoing: bool = False
    # a forum's summit told as the setting of another event (APEC首脳会議が開かれているリマで):
    # an event of the forum's, never one of the meetings it hosts
    forum: bool = False
    # an undated event word that only times or explains another (就任後に, 会談に先立ち): it joins
    # an event its article tells, but is never an event of its own
    reference: bool = False


@dataclass(frozen=True)
class Event:
    id: str
    date: str | None
    date_end: str | None
    granularity: str
    date_basis: str
    type: str
    cameo: str
    status: str
    title: str
    actors: tuple[Actor, ...]
    locations: tuple[str, ...]
    mentions: tuple[Mention, ...]
    confidence: float
    date_candidates: tuple[str, ...] = ()
    roles: tuple[tuple[str, str], ...] = ()  # (actor name, its most frequent role in the mentions)


@dataclass
class Timeline:
    sources: list[Article] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
