"""Resolve every sentence's temporal expressions against the anchor that governs it.

Per sentence, the anchor is (strongest first): the item's own date (date line or
byline); for the writer's own prose (not a quoted block), a year the passage itself
stated earlier (``2025年の新年を前に、…``) when it differs from the block's date; the
passage's 公開日 / source-URL date; else the last fully written date earlier in the
passage. 同日 / 翌日 count from the last date mentioned in the passage.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .anchors import Governed
from .dates import find_dates
from .models import Anchor, Sentence, TemporalExpression
from .segment import aside_start

_REPORTED = re.compile(r"^(?:に|、)?(?:伝え|報じ|報道し)")
_STARTS = re.compile(r"^(?:から|以来|以降)(?!.{0,8}まで)")
_TOPIC_AFTER = re.compile(r"^(?:の|を|は|に|には|にも|も|、)")
QUOTED = ("quote", "reference")
# how far before the item's date a day may be and still be the day the story tells about (the
# events stage takes it for an undated past report only this close too)
STORY_REACH = dt.timedelta(days=13)


@dataclass(frozen=True)
class DatedSentence:
    sentence: Sentence
    anchor: Anchor | None
    anchor_date: str | None  # what relative expressions were resolved against
    anchor_kind: str | None  # item | byline | published | url | passage | written
    passage: int
    strong: bool
    dates: tuple[TemporalExpression, ...]
    context: str | None = None  # the last day (or week) mentioned earlier in the passage: the story's time


def _stated_year(sentence: Sentence, dates: Iterable[TemporalExpression]) -> str | None:
    """A year the writer states as the time of what follows (2025年の…, 2025年を…)."""
    for e in dates:
        if e.resolution == "explicit" and e.value and _TOPIC_AFTER.match(sentence.text[e.end:]):
            return e.value[:4]
    return None


def _long_before(value: str, anchor_date: str | None) -> bool:
    """2007年9月26日に就任して under a 2008-09-02 date line: a day well before the item's date is
    a back-reference, not the day the story is telling about."""
    try:
        return anchor_date is not None and \
            dt.date.fromisoformat(value) < dt.date.fromisoformat(anchor_date) - STORY_REACH
    except ValueError:  # a week or a partial date
        return False


def date_sentences(governed: Iterable[Governed]) -> list[DatedSentence]:
    out: list[DatedSentence] = []
    passage, ref, ref_surface, stated, written, story = None, None, None, None, None, None
    for g in governed:
        if g.passage != passage:
            passage, ref, ref_surface, stated, written, story = g.passage, None, None, None, None, None
        anchor_date = g.anchor.date if g.anchor else None
        kind = g.anchor.kind if g.anchor else None
        narrative = g.sentence.kind not in QUOTED
        if not g.strong and narrative and stated and (anchor_date is None or anchor_date[:4] != stated):
            anchor_date, kind = stated, "passage"
        elif anchor_date is None and written:
            anchor_date, kind = written, "written"
        context = story
        # この日 is the day the story is about, not a back-reference told since (the engine's choice)
        told_since = story if story and ref and _long_before(ref, anchor_date) else None
        dates = find_dates(g.sentence.text, anchor=anchor_date, ref=ref, ref_surface=ref_surface, story=told_since)
        for e in dates:
            if (_REPORTED.match(g.sentence.text[e.end:]) or _STARTS.match(g.sentence.text[e.end:])
                    or aside_start(g.sentence.text, e.start) is not None):
                continue  # 10日伝えた: the report's day; 25日から: where a stay began; (日本時間19日): an aside
            if e.value and e.granularity in ("day", "week") and e.kind in ("date", "range") \
                    and not _long_before(e.value, anchor_date):
                story = e.value
            if e.value and e.granularity == "day":
                # 同日 after 9、10両日に…出席した後 is the range's last day
                ref, ref_surface = (e.value_end or e.value), None
            elif e.kind in ("date", "range") and e.value is None and e.surface.startswith("XXXX-"):
                ref_surface = e.surface
            if e.resolution == "explicit" and e.value:
                written = e.value
        if narrative:
            stated = _stated_year(g.sentence, dates) or stated
        out.append(DatedSentence(g.sentence, g.anchor, anchor_date, kind, g.passage, g.strong, tuple(dates), context))
    return out
