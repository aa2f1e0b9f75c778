"""extract(): the whole pipeline, one line per stage.

read → split items → anchors → dates → pick trigger sentences → NLP → events → dedup
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from importlib.metadata import PackageNotFoundError, version

from . import nlp
from .anchors import govern
from .dating import DatedSentence, date_sentences
from .dedup import deduplicate
from .events import EVENT_SENTENCE_KINDS, Memory, detect, may_hold_event
from .io.readers import DEFAULT_GLOBS, read_sources
from .models import Article, Mention, ReadError, SourceFile, Timeline
from .cache import Cache
from .segment import _stem, split_items


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


def _model_key() -> str:
    try:
        return f"ja-ginza-{version('ja-ginza')}"
    except PackageNotFoundError:  # pragma: no cover - the dependency is declared
        return "ja-ginza-unknown"


def _analyse_one(src: SourceFile, use_nlp: bool = True, parse_all: bool = False):
    """One source's articles and mentions (what a worker process does)."""
    prepared = prepare(src)
    return [a for a, _ in prepared], analyse(prepared, use_nlp, parse_all)


CHUNK = 32  # sources analysed together in one process


def _one_thread_each() -> None:
    """Worker start: one BLAS thread per process, or the processes fight over the cores."""
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"
    try:
        from threadpoolctl import threadpool_limits  # numpy may already be loaded (fork)

        threadpool_limits(1)
    except ImportError:
        pass


def _analyse_many(sources: list[SourceFile], use_nlp: bool, parse_all: bool, workers: int):
    """Each source's (articles, mentions), in order, as they are done."""
    if workers <= 1 or len(sources) < 2:
        for k in range(0, len(sources), CHUNK):  # a chunk of sources shares the model's batches
            prepared = [prepare(src) for src in sources[k:k + CHUNK]]
            per_article = analyse([pair for p in prepared for pair in p], use_nlp, parse_all)
            j = 0
            for p in prepared:
                yield [a for a, _ in p], per_article[j:j + len(p)]
                j += len(p)
        return
    # every worker loads the model once, on its first source; results come back in order
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method),
                             initializer=_one_thread_each) as pool:
        yield from pool.map(partial(_analyse_one, use_nlp=use_nlp, parse_all=parse_all), sources, chunksize=4)


def analyse_sources(sources: list[SourceFile], *, use_nlp: bool = True, parse_all: bool = False,
                    cache: Cache | None = None, workers: int = 1,
                    progress: Callable[[SourceFile, int], None] | None = None) -> list[tuple[list[Article], list[list[Mention]]]]:
    """Per source: its articles and each article's mentions — from the cache when it has them,
    else analysed here or in ``workers`` processes. ``progress`` is called as each source is done."""
    results: list = [None] * len(sources)
    model = _model_key()
    for i, src in enumerate(sources):
        if cache is not None:
            results[i] = cache.get(src.text, model, _stem(src.path), src.path)
        if results[i] is not None and progress:
            progress(src, len(sources))
    todo = [i for i, r in enumerate(results) if r is None]
    for i, result in zip(todo, _analyse_many([sources[i] for i in todo], use_nlp, parse_all, workers)):
        results[i] = result
        if cache is not None:
            cache.put(sources[i].text, model, _stem(sources[i].path), *result)
        if progress:
            progress(sources[i], len(sources))
    return results


def run_sources(sources: list[SourceFile], *, dedup: bool = True, use_nlp: bool = True,
                separately: bool = False, parse_all: bool = False, cache: Cache | None = None,
                workers: int = 1, progress: Callable[[SourceFile, int], None] | None = None) -> list[Timeline]:
    """The timeline of decoded sources: one for all of them, or one per source (``separately``)."""
    analysed = analyse_sources(sources, use_nlp=use_nlp, parse_all=parse_all, cache=cache, workers=workers,
                               progress=progress)
    groups = [analysed] if not separately else [[one] for one in analysed]
    out = []
    for group in groups:
        articles = [a for arts, _ in group for a in arts]
        mentions = [m for _, per in group for ms in per for m in ms]
        out.append(Timeline(sources=articles, events=deduplicate(mentions, enabled=dedup)))
    return out


def extract(paths: Iterable[str] | str, globs: Iterable[str] = DEFAULT_GLOBS, *, dedup: bool = True,
            use_nlp: bool = True, stdin=None, on_error=None, cache: Cache | None = None,
            workers: int = 1, progress: Callable[[SourceFile, int], None] | None = None) -> Timeline:
    """Read articles under ``paths`` and return their timeline.

    ``on_error`` is called with each ReadError as it happens (the CLI prints it);
    errors are also collected in ``Timeline.errors``. ``cache``: a Cache to reuse the
    analysis of inputs seen before (the CLI uses one unless told not to).
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
    [timeline] = run_sources(sources, dedup=dedup, use_nlp=use_nlp, cache=cache, workers=workers,
                             progress=progress)
    timeline.errors = errors
    return timeline
