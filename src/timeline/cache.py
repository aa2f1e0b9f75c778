"""A persistent cache of each input's analysis, so that a re-run only analyses what changed.

SQLite in the user cache directory (``$XDG_CACHE_HOME/timeline`` or ``~/.cache/timeline``)
unless ``--cache-dir`` says otherwise. The key is the input's text hash plus the versions of
the code, the language data and the model: a change to any of them misses. What is stored
is the input's articles and mentions, with the file's name replaced by a placeholder so the
same text under another name is a hit too. It also keeps the events of the last run, keyed
by the versions and every input's path and text hash, so that re-running an unchanged set of
inputs skips deduplication as well. Two runs may share a cache (WAL mode, one transaction
per write); a cache that cannot be read is set aside and rebuilt, never fatal.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .lexicon import lexicon_version
from .models import Actor, Anchor, Article, Event, Mention, Sentence

PLACEHOLDER_ID = "\x00id"
PLACEHOLDER_PATH = "\x00path"


def default_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "timeline"


@lru_cache(maxsize=None)
def code_version() -> str:
    """A hash of the package's Python files: any code change invalidates the cache."""
    h = hashlib.sha256()
    root = resources.files("timeline")
    for path in sorted(Path(str(root)).rglob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def key(text: str, model: str) -> str:
    return hashlib.sha256("\x00".join([text, code_version(), lexicon_version(), model]).encode("utf-8")).hexdigest()


def _hide_name(obj, id_field: str, stem: str) -> dict:
    """The object as a dict, with the file's name replaced by placeholders."""
    d = dataclasses.asdict(obj)
    return dict(d, **{id_field: d[id_field].replace(stem, PLACEHOLDER_ID, 1)}, path=PLACEHOLDER_PATH)


def _restore_name(d: dict, id_field: str, stem: str, path: str) -> dict:
    return dict(d, **{id_field: d[id_field].replace(PLACEHOLDER_ID, stem, 1)}, path=path)


def _article_from_json(d: dict, stem: str, path: str) -> Article:
    d = _restore_name(d, "id", stem, path)
    d["anchors"] = tuple(Anchor(**x) for x in d["anchors"])
    d["sentences"] = tuple(Sentence(**x) for x in d["sentences"])
    return Article(**d)


def _mention_from_json(d: dict, stem: str, path: str) -> Mention:
    return _mention(_restore_name(d, "source", stem, path))


def _mention(d: dict) -> Mention:
    d["actors"] = tuple(Actor(**a) for a in d["actors"])
    for name in ("locations", "inferred", "parties"):
        d[name] = tuple(d[name])
    d["roles"] = tuple(tuple(r) for r in d["roles"])
    return Mention(**d)


def _event(d: dict) -> Event:
    d["actors"] = tuple(Actor(**a) for a in d["actors"])
    d["mentions"] = tuple(_mention(m) for m in d["mentions"])
    for name in ("locations", "date_candidates"):
        d[name] = tuple(d[name])
    d["roles"] = tuple(tuple(r) for r in d["roles"])
    return Event(**d)


def run_key(dedup: bool, inputs: list[tuple[str, str]], model: str) -> str:
    """The key of a whole run's events: the versions, whether it deduplicates, and each input's
    path and content hash (``SourceFile.sha256``) in order (paths are in the output)."""
    h = hashlib.sha256("\x00".join([code_version(), lexicon_version(), model, str(dedup)]).encode("utf-8"))
    for path, digest in inputs:
        h.update(f"\x00{path}\x00{digest}".encode("utf-8"))
    return h.hexdigest()


class Cache:
    """Articles and mentions of each analysed input, by content and versions; and the events of
    a whole run, so that re-running an unchanged set of inputs does not deduplicate again."""

    def __init__(self, directory: str | Path | None = None):
        self.path = Path(directory or default_dir()) / "analysis.sqlite3"
        self.hits = self.misses = 0
        self.db = self._open()

    def _open(self) -> sqlite3.Connection | None:
        for attempt in range(2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("CREATE TABLE IF NOT EXISTS analysis (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                db.execute("CREATE TABLE IF NOT EXISTS runs (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                db.execute("SELECT count(*) FROM analysis").fetchone()
                return db
            except (sqlite3.DatabaseError, OSError):
                if attempt == 0:  # unreadable: set it aside and start a new one
                    try:
                        self.path.replace(self.path.with_suffix(".corrupt"))
                    except OSError:
                        return None
        return None

    def get(self, text: str, model: str, stem: str, path: str):
        """(articles, mentions per article) or None."""
        if self.db is None:
            return None
        try:
            row = self.db.execute("SELECT value FROM analysis WHERE key = ?", (key(text, model),)).fetchone()
        except sqlite3.DatabaseError:
            return None
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        data = json.loads(row[0])
        articles = [_article_from_json(a, stem, path) for a in data["articles"]]
        mentions = [[_mention_from_json(m, stem, path) for m in ms] for ms in data["mentions"]]
        return articles, mentions

    def put(self, text: str, model: str, stem: str, articles: list[Article], mentions: list[list[Mention]]) -> None:
        if self.db is None:
            return
        value = json.dumps({"articles": [_hide_name(a, "id", stem) for a in articles],
                            "mentions": [[_hide_name(m, "source", stem) for m in ms] for ms in mentions]},
                           ensure_ascii=False)
        try:
            self.db.execute("INSERT OR REPLACE INTO analysis (key, value) VALUES (?, ?)", (key(text, model), value))
        except sqlite3.DatabaseError:
            pass

    def get_events(self, run: str) -> list[Event] | None:
        """The events of a run with this ``run_key``, or None."""
        if self.db is None:
            return None
        try:
            row = self.db.execute("SELECT value FROM runs WHERE key = ?", (run,)).fetchone()
            return None if row is None else [_event(d) for d in json.loads(row[0])]
        except (sqlite3.DatabaseError, ValueError, TypeError, KeyError):
            return None

    def put_events(self, run: str, events: list[Event]) -> None:
        if self.db is None:
            return
        value = json.dumps([dataclasses.asdict(e) for e in events], ensure_ascii=False)
        try:
            self.db.execute("DELETE FROM runs")  # only the last run is kept: it is what a re-run asks for
            self.db.execute("INSERT OR REPLACE INTO runs (key, value) VALUES (?, ?)", (run, value))
        except sqlite3.DatabaseError:
            pass
