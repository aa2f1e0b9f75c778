"""The command line: parse options, call the library, pick a writer. Nothing else.

    timeline extract seeds/                      a table on the terminal
    timeline extract seeds/ -f json > out.json   the timeline/v1 JSON
    cat a.txt | timeline extract - -f jsonl      one event per line
    timeline dates "昨年9月13日に会談" --anchor 2024-06-18
"""
from __future__ import annotations

import dataclasses
import json
import os
import sys
import time
from contextlib import contextmanager

import click

from . import __version__
from .cache import Cache
from .dates import find_dates
from .engines import ENGINES
from .errors import TimelineError
from .io.readers import DEFAULT_GLOBS
from .io.writers import FORMATS, WRITERS, write_event_jsonl
from .models import ReadError
from .pipeline import extract as run_extract


def _report(err: ReadError) -> None:
    click.echo(f"timeline: error: {err.path}: {err.message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="timeline")
def cli() -> None:
    """Turn Japanese news articles into a chronological timeline of dated events."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format [default: table on a terminal, json otherwise].")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to FILE instead of standard output.")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help=f"File patterns to read in directories (repeatable) [default: {' '.join(DEFAULT_GLOBS)}].")
@click.option("--no-dedup", is_flag=True, help="Show every mention as its own event.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Drop events below this confidence.")
@click.option("--width", type=int, default=None, help="Table width (default: the terminal's).")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help="Where to keep the analysis of inputs already seen [default: ~/.cache/timeline].")
@click.option("--no-cache", is_flag=True, help="Analyse every input afresh and keep nothing.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes that analyse inputs in parallel [default: all cores].")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="Where the analysis runs: local processes, or a Dask distributed cluster.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="With --engine dask: the scheduler (tcp://host:8786) [default: a local cluster of --workers processes].")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar (there is none unless stderr is a terminal).")
def extract(paths, fmt, output, globs, no_dedup, min_confidence, width, cache_dir, no_cache, workers, engine,
            scheduler, quiet):
    """Extract a timeline from PATHS (files, directories, or - for standard input).

    With --no-dedup and -f jsonl, each article's events are written as soon as it is analysed.
    """
    cache = None if no_cache else Cache(cache_dir)
    out = open(output, "w", encoding="utf-8", newline="") if output else None
    stream = out or sys.stdout
    fmt = fmt or (_format_from_suffix(output) if output else "table" if stream.isatty() else "json")
    streaming = no_dedup and fmt == "jsonl"

    def emit(event) -> None:
        if event.confidence >= min_confidence:
            write_event_jsonl(event, stream)
            stream.flush()

    try:
        with _progress(enabled=not quiet and sys.stderr.isatty()) as progress:
            try:
                timeline = run_extract(list(paths), globs or DEFAULT_GLOBS, dedup=not no_dedup,
                                       stdin=sys.stdin.buffer, on_error=_report, cache=cache,
                                       workers=workers or os.cpu_count() or 1, engine=engine,
                                       scheduler=scheduler, progress=progress,
                                       on_event=emit if streaming else None)
            except TimelineError as exc:
                raise click.ClickException(str(exc)) from exc
        if not streaming:
            if min_confidence:
                timeline = dataclasses.replace(timeline, events=[e for e in timeline.events
                                                                 if e.confidence >= min_confidence])
            _emit(timeline, fmt, stream, width, color=False if out else None)
    finally:
        if out:
            out.close()
    if timeline.errors:
        sys.exit(1)


@contextmanager
def _progress(enabled: bool):
    """A progress bar on stderr (articles done, characters a second, time left), or nothing."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("analysing"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]} chars/s"), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("analysing", total=None, rate="—")
        started, chars = time.perf_counter(), 0

        def advance(src, total=None) -> None:
            nonlocal chars
            chars += len(src.text)
            rate = chars / max(time.perf_counter() - started, 1e-6)
            bar.update(task, advance=1, total=total, rate=f"{rate:,.0f}")

        yield advance


def _emit(timeline, fmt, out, width, color) -> None:
    if fmt == "table":
        WRITERS["table"](timeline, out, width=width or (None if color is None else 120), color=color)
    else:
        WRITERS[fmt](timeline, out)


def _format_from_suffix(path: str) -> str:
    for fmt, suffixes in (("csv", (".csv",)), ("jsonl", (".jsonl", ".ndjson")), ("json", (".json",))):
        if path.lower().endswith(suffixes):
            return fmt
    return "table"


@cli.command()
@click.argument("text")
@click.option("--anchor", metavar="DATE", default=None,
              help="The date relative expressions count from (ISO: 2024-06-20, 2024-06, 2024).")
@click.option("--tense", type=click.Choice(["past", "future"]), default=None,
              help="Force the tense instead of reading it from the text.")
def dates(text, anchor, tense):
    """Print every date expression in TEXT (or - for standard input) as JSON Lines."""
    if text == "-":
        text = sys.stdin.read()
    if anchor is not None:
        _check_anchor(anchor)
    for e in find_dates(text, anchor=anchor, tense=tense):
        d = dataclasses.asdict(e)
        d["inferred"] = list(e.inferred)
        click.echo(json.dumps(d, ensure_ascii=False))


@cli.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--pred", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A `timeline extract --format json` run over the passages (saved as ID.txt), or "
                   "another annotator's .jsonl of the same passages (to measure agreement); "
                   "default: run the pipeline on each passage now.")
@click.option("--errors", "show_errors", is_flag=True, help="List every missed, extra or mismatched event on stderr.")
def evaluate_cmd(gold, pred, show_errors):
    """Score events against an annotated set (eval/gold.jsonl): precision, recall, F1 and accuracies."""
    from .evaluate import evaluate

    scores, errors = evaluate(gold, pred)
    click.echo(json.dumps(scores, ensure_ascii=False, indent=2))
    if show_errors:
        for line in errors:
            click.echo(line, err=True)


def _check_anchor(anchor: str) -> None:
    import re

    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", anchor):
        raise click.BadParameter(f"{anchor!r} is not an ISO date like 2024-06-20, 2024-06 or 2024",
                                 param_hint="--anchor")


def main() -> None:
    cli()
