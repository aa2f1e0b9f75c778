"""extract(): the whole pipeline, one line per stage.

read → split items → anchors → dates → pick trigger sentences → NLP → events → dedup
"""
from __future__ import annotations

from collections.abc import Iterable

from . import nlp
from .anchors import govern
from .dating import DatedSentence, date_sentences
from .dedup import deduplicate
from .events import EVENT_SENTENCE_KINDS, Memory, detect, may_hold_event
from .io.readers import DEFAULT_GLOBS, read_sources
from .models import Article, Mention, ReadError, SourceFile, Timeline
from .segment import split_items


def analyse(articles: list[tuple[Article, list[DatedSentence]]], use_nlp: bool = True) -> list[Mention]:
    """Event mentions of analysed articles; the model parses only sentences that hold a trigger."""
    wanted = [ds.sentence.text for _, dated in articles for ds in dated
              if ds.sentence.kind in EVENT_SENTENCE_KINDS and not ds.sentence.duplicate
              and may_hold_event(ds.sentence.text)]
    parses = dict(zip(wanted, nlp.parse(dict.fromkeys(wanted)))) if use_nlp and wanted else {}
    mentions: list[Mention] = []
    for article, dated in articles:
        memory = Memory()
        for ds in dated:
            mentions += detect(article, ds, parses.get(ds.sentence.text), memory)
    return mentions


def prepare(src: SourceFile) -> list[tuple[Article, list[DatedSentence]]]:
    """Split a file into items, find their anchors and resolve their dates."""
    out = []
    for item in split_items(src):
        article, governed = govern(item)
        out.append((article, date_sentences(governed)))
    return out


def extract(paths: Iterable[str] | str, globs: Iterable[str] = DEFAULT_GLOBS, *, dedup: bool = True,
            use_nlp: bool = True, stdin=None, on_error=None) -> Timeline:
    """Read articles under ``paths`` and return their timeline.

    ``on_error`` is called with each ReadError as it happens (the CLI prints it);
    errors are also collected in ``Timeline.errors``.
    """
    if isinstance(paths, str):
        paths = [paths]
    timeline = Timeline()
    prepared: list[tuple[Article, list[DatedSentence]]] = []
    for item in read_sources(paths, globs, stdin=stdin):
        if isinstance(item, ReadError):
            timeline.errors.append(item)
            if on_error:
                on_error(item)
            continue
        prepared += prepare(item)
    timeline.sources = [a for a, _ in prepared]
    timeline.events = deduplicate(analyse(prepared, use_nlp), enabled=dedup)
    return timeline
