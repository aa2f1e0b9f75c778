"""Split a file into news items and each item into classified sentences.

A file holds several items when it has two or more bare date lines (``2024.06.19``
alone on a line): each item starts at the headline just above its date line.
Sentences keep their offsets into the item's text. Lines are classified with the
marks in ``data/layout.toml``: heading, quote, commentary, reference, anchor, body.
"""
from __future__ import annotations

import re
from pathlib import Path

from .lexicon import load_layout
from .models import Article, Sentence, SourceFile

BARE_DATE_LINE = re.compile(r"^[ \t　]*(?P<year>(?:19|20)[0-9]{2})[./\-年](?P<month>[0-9]{1,2})[./\-月](?P<day>[0-9]{1,2})日?[ \t　]*$", re.M)
BYLINE = re.compile(r"^[ \t　]*(?P<day>[0-9]{1,2}) (?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (?P<year>[0-9]{4})(?: [0-9:]+)?(?: ?(?:GMT|UTC|JST)[+0-9]*)?[ \t　]*$", re.M)
URL = re.compile(r"https?://[\x21-\x7e]+")
_SENTENCE_END = "。!?！？"
_OPEN, _CLOSE = "「『（(【", "」』）)】"
HEADING_MAX = 60


def aside_start(text: str, pos: int) -> int | None:
    """Start of the innermost (…) aside around ``pos``, or None when ``pos`` is not in one."""
    starts: list[int] = []
    for i, ch in enumerate(text[:pos]):
        if ch in "(（":
            starts.append(i)
        elif ch in ")）" and starts:
            starts.pop()
    return starts[-1] if starts else None


def _stem(path: str) -> str:
    return "stdin" if path == "-" else Path(path).stem


def split_items(src: SourceFile) -> list[Article]:
    """One Article per news item in the file (one for most files)."""
    text = src.text
    dates = list(BARE_DATE_LINE.finditer(text))
    if len(dates) < 2:
        first = next((line.strip(" \t　#") for line in text.split("\n") if line.strip(" \t　#")), None)
        return [Article(id=_stem(src.path), path=src.path, text=text, sha256=src.sha256, title=first)]
    starts, titles = [], []
    for m in dates:
        # the item starts at the last non-empty line above its date line (its headline)
        above = text[:m.start()].rstrip("\n")
        line_start = above.rfind("\n") + 1
        starts.append(line_start if above.strip() else m.start())
        titles.append(above[line_start:].strip() or None)
    starts[0] = 0  # the file's preface belongs to the first item
    items = []
    for n, (start, end) in enumerate(zip(starts, starts[1:] + [len(text)]), start=1):
        items.append(Article(id=f"{_stem(src.path)}#{n}", path=src.path, text=text[start:end],
                             sha256=src.sha256, offset=start, title=titles[n - 1]))
    return items


def _starts_with(line: str, key: str) -> bool:
    stripped = line.lstrip(" \t　•")
    return any(p.match(stripped) for p in load_layout().get(key, ()))


def classify_line(line: str) -> str:
    """heading | quote | commentary | reaction | reference | anchor | body | blank."""
    s = line.strip(" \t　")
    if not s:
        return "blank"
    if BARE_DATE_LINE.fullmatch(line) or BYLINE.fullmatch(line) or _starts_with(line, "published"):
        return "anchor"
    if _starts_with(line, "quote"):
        return "quote"
    if _starts_with(line, "commentary"):
        return "commentary"
    if _starts_with(line, "reaction"):
        return "reaction"
    if _starts_with(line, "reference"):
        return "reference"
    if s.startswith("#") or (len(s) <= HEADING_MAX and "。" not in s) or s[-1] in "?？":
        return "heading"
    return "body"


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of one line: at 。!? outside brackets, keeping offsets."""
    spans, depth, begin = [], 0, 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in _SENTENCE_END and depth == 0:
            j = i + 1
            while j < len(text) and text[j] in _SENTENCE_END + _CLOSE:
                j += 1
            if text[begin:j].strip():
                spans.append((start + begin, start + j))
            begin = j
    if text[begin:].strip():
        spans.append((start + begin, start + len(text)))
    return spans


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t　✅💡•":
        a += 1
    while b > a and text[b - 1] in " \t　":
        b -= 1
    return a, b


def _reaction_kind(kind: str, text: str) -> str:
    """In a reaction line, exclamations and questions are commentary; a plain 。 sentence is body."""
    if kind != "reaction":
        return kind
    return "body" if text.endswith("。") and not _starts_with(text, "reaction") else "commentary"


def _navigation(line: str) -> tuple[int, int] | None:
    """The span of a box of related-article links inside a line (layout.toml ``navigation``), if any."""
    layout = load_layout()
    for start in layout.get("navigation", ()):
        if m := start.search(line):
            ends = [e.end() for p in layout.get("navigation_end", ()) if (e := p.search(line, m.end()))]
            return m.start(), min(ends, default=len(line))
    return None


def _pieces(kind: str, line: str) -> list[tuple[str, int, int]]:
    """The line cut into (kind, start, end): a reference's URL and the prose after it, a body
    line's box of related-article links and the text around it."""
    if kind == "reference":  # 'さらに読む ⇒ … URL' then the writer's own prose
        m = URL.search(line)
        cut = m.end() if m else len(line)
        return [("reference", 0, cut), ("body", cut, len(line))]
    if kind == "body" and (box := _navigation(line)):
        return [("body", 0, box[0]), ("reference", *box), ("body", box[1], len(line))]
    return [(kind, 0, len(line))]


def sentences(article_text: str) -> list[Sentence]:
    """Classified sentences of an article; repeats of earlier sentences are flagged."""
    out: list[Sentence] = []
    seen: set[str] = set()
    pos = 0
    for line in article_text.split("\n"):
        kind = classify_line(line)
        line_start, pos = pos, pos + len(line) + 1
        if kind in ("blank", "anchor"):
            continue
        for piece_kind, a, b in _pieces(kind, line):
            if b <= a:
                continue
            for s, e in split_sentences(line[a:b], line_start + a):
                s, e = _trim(article_text, s, e)
                if e <= s:
                    continue
                text = article_text[s:e]
                duplicate = len(text) >= 12 and text in seen
                seen.add(text)
                out.append(Sentence(text=text, start=s, end=e, kind=_reaction_kind(piece_kind, text),
                                    duplicate=duplicate))
    return out
