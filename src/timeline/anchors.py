"""Publication dates and date lines, and which one governs each sentence.

Anchors, strongest first:
- ``item``: the date line of a news item (``2024.06.19`` alone on a line) and ``byline``
  (``21 Jan 2024 11:01:28 GMT9``): they date the whole item;
- ``citation``: the first source cited at the end of an article (``読売新聞、2011年4月8日。``),
  when the article has no date line or byline: it dates the whole article;
- ``published`` (``公開日:2025/08/28``): dates the quoted summary block under it (✅ lines up
  to its さらに読む/出典 line) and, weaker, the rest of its passage; when the block's source
  URL carries a date (``/articles/20230913/``) that date — the source's own — dates the block.

A passage runs from one heading to the next. Sentences before any anchor of their
passage take the passage's first anchor; a passage without one has none, unless the
article has an item/byline date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from .dates.patterns import URL_DATE
from .lexicon import load_layout
from .models import Anchor, Article, Sentence
from .segment import BARE_DATE_LINE, BYLINE, URL, classify_line, sentences

_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# a source cited at the end of an article: 『見出し』。読売新聞、2011年4月8日。
CITATION = re.compile(r"(?:^|(?<=[。』\n]))\s*(?P<source>[^。『』「」、\n]{1,30})、\s*(?P<year>(?:19|20)[0-9]{2})年(?P<month>[0-9]{1,2})月(?P<day>[0-9]{1,2})日"
                      r"(?:[0-9]{1,2}時(?:[0-9]{1,2}分)?)?(?:\s*[(（][^)）\n]{0,12}[)）])?\s*。")
CITATION_TAIL = 0.6  # citations count only in the last 40% of an article
_PUBLISHED_DATE = re.compile(r"(?P<year>(?:19|20)[0-9]{2})\s*[/.\-年]\s*(?P<month>[0-9]{1,2})\s*[/.\-月]\s*(?P<day>[0-9]{1,2})")


@dataclass(frozen=True)
class Governed:
    """The anchor that governs one sentence, and the passage the sentence is in."""

    sentence: Sentence
    anchor: Anchor | None
    passage: int
    strong: bool  # the anchor is the item's own date (item line or byline)


def _iso(year: str, month: str, day: str) -> str | None:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def line_anchor(line: str) -> tuple[str, str] | None:
    """(iso date, kind) when the line is a date line, byline or 公開日 line."""
    if m := BARE_DATE_LINE.fullmatch(line):
        return (_iso(m["year"], m["month"], m["day"]), "item") if _iso(m["year"], m["month"], m["day"]) else None
    if m := BYLINE.fullmatch(line):
        iso = _iso(m["year"], str(_EN_MONTHS.index(m["mon"].lower()[:3]) + 1), m["day"])
        return (iso, "byline") if iso else None
    if classify_line(line) == "anchor" and (m := _PUBLISHED_DATE.search(line)):
        iso = _iso(m["year"], m["month"], m["day"])
        return (iso, "published") if iso else None
    return None


def url_date(text: str) -> str | None:
    """The date inside the first dated URL of ``text``, if any."""
    for url in URL.finditer(text):
        for m in URL_DATE.finditer(url.group()):
            if iso := _iso(m["year"], m["month"], m["day"]):
                return iso
    return None


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def find_anchors(text: str) -> tuple[list[Anchor], list[tuple[int, int]]]:
    """Anchors of an article and the passages (start, end) it falls into."""
    anchors: list[Anchor] = []
    passages: list[tuple[int, int]] = []
    passage_start = 0
    block: Anchor | None = None  # the open 公開日 block, until its reference line
    for start, line in _lines(text):
        kind = classify_line(line)
        if kind == "heading" and start > passage_start:
            passages.append((passage_start, start))
            passage_start = start
        found = line_anchor(line)
        if found:
            iso, akind = found
            block = Anchor(date=iso, kind=akind, start=start, end=start + len(line), text=line.strip(),
                           line_start=start) if akind == "published" else None
            anchors.append(block or Anchor(date=iso, kind=akind, start=start, end=len(text),
                                           text=line.strip(), line_start=start))
        elif block is not None and kind in ("quote", "blank"):
            anchors[-1] = block = replace(block, end=start + len(line))
        elif block is not None and kind == "reference":
            source_date = url_date(line)
            cut = URL.search(line)
            end = start + (cut.end() if cut else len(line))
            anchors[-1] = replace(block, end=end, date=source_date or block.date,
                                  kind="url" if source_date and source_date != block.date else block.kind)
            block = None
        elif kind not in ("blank",):
            block = None
    passages.append((passage_start, len(text) + 1))
    if not any(a.kind in ("item", "byline") for a in anchors):
        cited = [(iso, m) for m in _tail_citations(text) if (iso := _iso(m["year"], m["month"], m["day"]))]
        related = load_layout().get("related_sources", ())
        cited = [c for c in cited if not any(p.search(c[1]["source"]) for p in related)] or cited
        if cited:  # the article was written after the latest source it cites
            iso, m = max(cited, key=lambda c: (c[0], -c[1].start()))
            anchors.append(Anchor(date=iso, kind="citation", start=0, end=len(text),
                                  text=m.group().strip("。』\n "), line_start=m.start("source")))
    return anchors, passages


def _tail_citations(text: str) -> list[re.Match]:
    """The sources cited in the last part of an article (CITATION_TAIL), in order."""
    return [m for m in CITATION.finditer(text) if m.start() >= len(text) * CITATION_TAIL]


def citations_start(text: str) -> int | None:
    """Where the list of sources at the end of an article begins (『見出し』。読売新聞、2011年4月8日。):
    the title before the first source cited in the article's tail, or the source itself."""
    first = next(iter(_tail_citations(text)), None)
    if first is None:
        return None
    start = _with_title(text, first)
    # the list may begin before the tail: sources cited one right after another belong to it
    for earlier in reversed([m for m in CITATION.finditer(text, 0, first.start()) if m.end() <= start]):
        if not _TITLE_ONLY.fullmatch(text, earlier.end(), start):
            break
        start = _with_title(text, earlier)
    return start


# what stands between two sources of a list: the next one's author and title (白川義和『…』。)
_TITLE_ONLY = re.compile(r"\s*[^。『』\n]{0,20}(?:『[^』\n]*』)?。?\s*")


def _with_title(text: str, m: re.Match) -> int:
    """Where a cited source begins: its title (『見出し』。読売新聞、…) or the source itself."""
    source = m.start("source")
    title = text.rfind("『", 0, source)
    return title if title != -1 and "。" not in text[title:source].rstrip("。』 ") else source


def govern(article: Article) -> tuple[Article, list[Governed]]:
    """Fill the article's anchors, sentences and publication date; say what governs each sentence."""
    anchors, passages = find_anchors(article.text)
    sents = sentences(article.text)
    if any(a.kind == "citation" for a in anchors) and (cut := citations_start(article.text)) is not None:
        # the sources' titles restate the story in headline form: they tell no event of their own
        sents = [replace(s, kind="reference") if s.end > cut and s.kind == "body" else s for s in sents]
    strong = [a for a in anchors if a.kind in ("item", "byline", "citation")]
    article_anchor = strong[0] if strong else None
    published = article_anchor.date if article_anchor else (anchors[0].date if len(anchors) == 1 else None)
    title = article.title or next((s.text for s in sents if s.kind == "heading"), None)
    out: list[Governed] = []
    for s in sents:
        p = next(i for i, (a, b) in enumerate(passages) if a <= s.start < b)
        pa, pb = passages[p]
        block = next((a for a in anchors if a.kind in ("published", "url") and a.line_start <= s.start < a.end), None)
        if block is not None:
            out.append(Governed(s, block, p, False))
        elif article_anchor is not None:
            out.append(Governed(s, article_anchor, p, True))
        else:
            in_passage = [a for a in anchors if pa <= a.line_start < pb]
            before = [a for a in in_passage if a.line_start <= s.start]
            anchor = before[-1] if before else (in_passage[0] if in_passage else None)
            out.append(Governed(s, anchor, p, False))
    article = replace(article, anchors=tuple(anchors), sentences=tuple(sents), published=published, title=title)
    return article, out
