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


def analyse(articles: list[tuple[Article, list[DatedSentence]]], use_nlp: bool = True,
            parse_all: bool = False) -> list[list[Mention]]:
    """Event mentions of each analysed article; the model parses only sentences that hold a
    trigger (``parse_all`` parses every sentence: the naive baseline of the benchmark)."""
    wanted = list(dict.fromkeys(ds.sentence.text for _, dated in articles for ds in dated
                                if ds.sentence.kind in EVENT_SENTENCE_KINDS + ("heading",)
                                and (parse_all or may_hold_event(ds.sentence.text))))
    parses = dict(zip(wanted, nlp.parse(wanted))) if use_nlp and wanted else {}
    out: list[list[Mention]] = []
    for article, dated in articles:
        memory = Memory()
        mentions: list[Mention] = []
        for ds in dated:
            mentions += detect(article, ds, parses.get(ds.sentence.text), memory)
        out.append(mentions)
    return out


def prepare(src: SourceFile) -> list[tuple[Article, list[DatedSentence]]]:
    """Split a file into items, find their anchors and resolve their dates."""
    out = []
    for item in split_items(src):
        article, governed = govern(item)
        out.append((article, date_sentences(governed)))
    return out


def run_sources(sources: list[SourceFile], *, dedup: bool = True, use_nlp: bool = True,
                separately: bool = False, parse_all: bool = False) -> list[Timeline]:
    """The timeline of decoded sources: one for all of them, or one per source (``separately``)."""
    prepared = [prepare(src) for src in sources]
    flat = [pair for per_source in prepared for pair in per_source]
    per_article = analyse(flat, use_nlp, parse_all)
    if not separately:
        mentions = [m for ms in per_article for m in ms]
        return [Timeline(sources=[a for a, _ in flat], events=deduplicate(mentions, enabled=dedup))]
    out, k = [], 0
    for per_source in prepared:
        mentions = [m for ms in per_article[k:k + len(per_source)] for m in ms]
        k += len(per_source)
        out.append(Timeline(sources=[a for a, _ in per_source], events=deduplicate(mentions, enabled=dedup)))
    return out


def extract(paths: Iterable[str] | str, globs: Iterable[str] = DEFAULT_GLOBS, *, dedup: bool = True,
            use_nlp: bool = True, stdin=None, on_error=None) -> Timeline:
    """Read articles under ``paths`` and return their timeline.

    ``on_error`` is called with each ReadError as it happens (the CLI prints it);
    errors are also collected in ``Timeline.errors``.
    """
    if isinstance(paths, str):
        paths = [paths]
    errors: list[ReadError] = []
    sources: list[SourceFile] = []
    for item in read_sources(paths, globs, stdin=stdin):
        if isinstance(item, ReadError):
            errors.append(item)
            if on_error:
                on_error(item)
        else:
            sources.append(item)
    [timeline] = run_sources(sources, dedup=dedup, use_nlp=use_nlp)
    timeline.errors = errors
    return timeline
