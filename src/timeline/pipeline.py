"""extract(): the whole pipeline, one line per stage.

read → split items → anchors → dates → pick trigger sentences → NLP → events → dedup
"""
from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from importlib.metadata import PackageNotFoundError, version

from . import nlp
from .anchors import govern
from .cache import Cache, run_key
from .dating import DatedSentence, date_sentences
from .dedup import deduplicate
from .errors import TimelineError
from .events import EVENT_SENTENCE_KINDS, Memory, detect, may_hold_event
from .io.readers import DEFAULT_GLOBS, expand_paths, read_sources
from .models import Article, Event, Mention, ReadError, SourceFile, Timeline
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


def _slim(article: Article) -> Article:
    """What the timeline keeps of an analysed article: not its text and sentences, so that
    memory does not grow with the corpus (mentions keep their own sentence as evidence)."""
    return dataclasses.replace(article, text="", sentences=())


def analyse_chunk(sources: list[SourceFile], use_nlp: bool = True,
                  parse_all: bool = False) -> list[tuple[list[Article], list[list[Mention]]] | str]:
    """Per source: its articles and each article's mentions. A chunk of sources shares the
    model's batches. This is the unit of work every engine runs (a worker process, a Dask task).
    When the chunk fails, each source is analysed alone; one that still fails gives, in its
    place, the message of what went wrong, so that the others are not lost with it."""
    try:
        prepared = [prepare(src) for src in sources]
        per_article = analyse([pair for p in prepared for pair in p], use_nlp, parse_all)
    except TimelineError:
        raise  # the model is missing, say: no source can be analysed
    except Exception as exc:  # noqa: BLE001 - reported per source below
        if len(sources) == 1:
            return [f"could not be analysed: {type(exc).__name__}: {exc}"]
        return [r for src in sources for r in analyse_chunk([src], use_nlp, parse_all)]
    out, j = [], 0
    for p in prepared:
        out.append(([_slim(a) for a, _ in p], per_article[j:j + len(p)]))
        j += len(p)
    return out


CHUNK = 16  # sources analysed together in one task


def _chunks(sources: Iterable[SourceFile], cache: Cache | None, model: str, size: int):
    """Sources in input order, grouped so that each group holds at most ``size`` sources the
    cache does not know; each as (source, cached result or None)."""
    group: list = []
    fresh = 0
    for src in sources:
        hit = cache.get(src.text, model, _stem(src.path), src.path) if cache is not None else None
        group.append((src, hit))
        fresh += hit is None
        if fresh == size or len(group) == 8 * size:  # a run from the cache streams too
            yield group
            group, fresh = [], 0
    if group:
        yield group


def analyse_stream(sources: Iterable[SourceFile], *, use_nlp: bool = True, parse_all: bool = False,
                   cache: Cache | None = None, engine=None, chunk: int = CHUNK,
                   progress: Callable[[SourceFile, int | None], None] | None = None,
                   on_failure: Callable[[SourceFile, str], None] | None = None
                   ) -> Iterator[tuple[SourceFile, list[Article], list[list[Mention]]]]:
    """Each source with its articles and mentions, in input order, as soon as it is done.

    Sources are pulled lazily and only a bounded number of chunks is in flight, so memory
    does not grow with the corpus. ``engine`` (see ``timeline.engines``) runs the analysis;
    by default it runs here. Results found in ``cache`` are not analysed again; new ones are stored.
    A source whose analysis fails comes out with no articles and is passed to ``on_failure``
    with the reason (else the failure is raised).
    """
    from .engines import SerialEngine

    engine = engine or SerialEngine()
    model = _model_key() if use_nlp else "no-model"  # an analysis without the model is another analysis
    work = partial(analyse_chunk, use_nlp=use_nlp, parse_all=parse_all)
    pending: deque = deque()

    def finish(group, future):
        fresh = iter(future.result() if future is not None else ())
        for src, hit in group:
            result = hit if hit is not None else next(fresh)
            if isinstance(result, str):
                if on_failure is None:
                    raise TimelineError(f"{src.path}: {result}")
                on_failure(src, result)
                result = ([], [])
            elif hit is None and cache is not None:
                cache.put(src.text, model, _stem(src.path), *result)
            if progress:
                progress(src, None)
            yield (src, *result)

    for group in _chunks(sources, cache, model, chunk):
        todo = [src for src, hit in group if hit is None]
        pending.append((group, engine.submit(work, todo) if todo else None))
        while len(pending) > engine.window:
            yield from finish(*pending.popleft())
    while pending:
        yield from finish(*pending.popleft())


def analyse_sources(sources: list[SourceFile], **kwargs) -> list[tuple[list[Article], list[list[Mention]]]]:
    """Per source: its articles and each article's mentions (``analyse_stream``, collected)."""
    return [(articles, mentions) for _, articles, mentions in analyse_stream(sources, **kwargs)]


def run_sources(sources: list[SourceFile], *, dedup: bool = True, use_nlp: bool = True,
                separately: bool = False, parse_all: bool = False, cache: Cache | None = None,
                engine=None) -> list[Timeline]:
    """The timeline of decoded sources: one for all of them, or one per source (``separately``)."""
    analysed = analyse_sources(sources, use_nlp=use_nlp, parse_all=parse_all, cache=cache, engine=engine)
    groups = [analysed] if not separately else [[one] for one in analysed]
    out = []
    for group in groups:
        articles = [a for arts, _ in group for a in arts]
        mentions = [m for _, per in group for ms in per for m in ms]
        out.append(Timeline(sources=articles, events=deduplicate(mentions, enabled=dedup)))
    return out


def _with_total(progress, total: int, src: SourceFile, _=None) -> None:
    progress(src, total)


def _readable(paths, globs, stdin, report: Callable[[ReadError], None]) -> Iterator[SourceFile]:
    """The sources under ``paths``, one at a time; what cannot be read goes to ``report``."""
    for item in read_sources(paths, globs, stdin=stdin):
        if isinstance(item, ReadError):
            report(item)
        else:
            yield item


def extract(paths: Iterable[str] | str, globs: Iterable[str] = DEFAULT_GLOBS, *, dedup: bool = True,
            use_nlp: bool = True, stdin=None, on_error=None, cache: Cache | None = None,
            workers: int = 1, engine: str = "local", scheduler: str | None = None,
            progress: Callable[[SourceFile, int | None], None] | None = None,
            on_event: Callable[[Event], None] | None = None) -> Timeline:
    """Read articles under ``paths`` and return their timeline.

    Inputs are read, analysed and let go one chunk at a time. ``on_error`` is called with each
    ReadError as it happens (the CLI prints it); errors are also collected in
    ``Timeline.errors``. ``cache``: a Cache to reuse the analysis of inputs seen before.
    ``workers`` processes analyse in parallel; ``engine="dask"`` runs the analysis on a Dask
    cluster (``scheduler`` address, or a local cluster of ``workers`` processes).
    Without ``dedup``, ``on_event`` receives each event as soon as its article is analysed.
    """
    from .engines import make_engine

    if isinstance(paths, str):
        paths = [paths]
    errors: list[ReadError] = []

    def report(err: ReadError) -> None:
        errors.append(err)
        if on_error:
            on_error(err)

    sources = _readable(paths, globs, stdin, report)
    articles: list[Article] = []
    mentions: list[Mention] = []
    if progress is not None:  # how many inputs there are, for the progress bar's total
        total = sum(isinstance(p, str) for p in expand_paths(paths, globs))
        progress = partial(_with_total, progress, total)

    runner = make_engine(engine, workers, scheduler, preload=nlp.load if use_nlp else None)
    inputs: list[tuple[str, str]] = []  # (path, content hash) of each input: the run's key
    try:
        for src, arts, per in analyse_stream(sources, use_nlp=use_nlp, cache=cache, engine=runner,
                                             progress=progress,
                                             on_failure=lambda src, why: report(ReadError(src.path, why))):
            inputs.append((src.path, src.sha256))
            articles += arts
            found = [m for ms in per for m in ms]
            mentions += found
            if on_event and not dedup:
                for event in deduplicate(found, enabled=False):
                    on_event(event)
    finally:
        runner.close()
    run = run_key(dedup, inputs, _model_key() if use_nlp else "no-model") if cache is not None and not errors else None
    events = cache.get_events(run) if run else None
    if events is None:
        events = deduplicate(mentions, enabled=dedup)
        if run:
            cache.put_events(run, events)
    return Timeline(sources=articles, events=events, errors=errors)
