"""Timeline → table / csv / json / jsonl. One function per format, each writing to a stream.

JSON follows ``timeline/v1`` (see shared/spec): field names and vocabularies are the
contract; extra fields (cameo, date_candidates, roles …) are additions. Output is
deterministic: the same input gives byte-identical JSON.
"""
from __future__ import annotations

import csv
import json
from typing import TextIO

from ..models import Actor, Article, Event, Mention, ReadError, Timeline

SCHEMA = "timeline/v1"
FORMATS = ("table", "csv", "json", "jsonl")


def actor_dict(a: Actor, role: str | None = None) -> dict:
    return {"name": a.name, "kind": a.kind, "country": a.country, "role": role}


def mention_dict(m: Mention) -> dict:
    return {
        "source": m.source, "sentence": m.sentence, "start": m.start, "end": m.end,
        "trigger": m.trigger, "date_text": m.date_text,
        "date": m.date, "date_basis": m.date_basis, "date_surface": m.date_surface,
        "status": m.status, "quoted": m.quoted, "headline": m.headline,
    }


def event_dict(e: Event) -> dict:
    return {
        "id": e.id, "date": e.date, "date_end": e.date_end, "granularity": e.granularity,
        "date_basis": e.date_basis, "type": e.type, "cameo": e.cameo, "status": e.status,
        "title": e.title, "actors": [actor_dict(a, dict(e.roles).get(a.name)) for a in e.actors],
        "locations": list(e.locations),
        "mentions": [mention_dict(m) for m in e.mentions], "confidence": e.confidence,
        "date_candidates": list(e.date_candidates),
    }


def source_dict(a: Article) -> dict:
    return {
        "id": a.id, "path": a.path, "published": a.published, "title": a.title, "sha256": a.sha256,
        "offset": a.offset,
        "anchors": [{"date": x.date, "kind": x.kind, "text": x.text, "start": x.start} for x in a.anchors],
    }


def error_dict(e: ReadError) -> dict:
    return {"path": e.path, "message": e.message}


def timeline_dict(t: Timeline) -> dict:
    out = {"schema": SCHEMA, "sources": [source_dict(a) for a in t.sources],
           "events": [event_dict(e) for e in t.events]}
    if t.errors:
        out["errors"] = [error_dict(e) for e in t.errors]
    return out


def write_json(t: Timeline, out: TextIO) -> None:
    json.dump(timeline_dict(t), out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_event_jsonl(e: Event, out: TextIO) -> None:
    out.write(json.dumps(event_dict(e), ensure_ascii=False, separators=(",", ":")))
    out.write("\n")


def write_jsonl(t: Timeline, out: TextIO) -> None:
    for e in t.events:
        write_event_jsonl(e, out)


CSV_FIELDS = ("id", "date", "date_end", "granularity", "date_basis", "type", "cameo", "status", "title",
              "actors", "locations", "sources", "mentions", "confidence", "trigger", "date_text", "sentence",
              "source")


def write_csv(t: Timeline, out: TextIO) -> None:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_FIELDS)
    for e in t.events:
        # the evidence shown is the mention that dated the event, else the first one
        first = next((m for m in e.mentions if m.date_basis == e.date_basis and m.date == e.date), e.mentions[0])
        w.writerow([e.id, e.date or "", e.date_end or "", e.granularity, e.date_basis, e.type, e.cameo,
                    e.status, e.title, ";".join(a.name for a in e.actors), ";".join(e.locations),
                    len({m.source for m in e.mentions}), len(e.mentions), f"{e.confidence:.3f}",
                    first.trigger, first.date_text or "", first.sentence, first.source])


def write_table(t: Timeline, out: TextIO, width: int | None = None, color: bool | None = None) -> None:
    """A readable table, grouped by year (undated events last)."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=width, force_terminal=color, no_color=color is False,
                      highlight=False, emoji=False)
    table = Table(show_lines=False, header_style="bold", expand=False)
    for name, kw in (("date", {"no_wrap": True}), ("type", {}), ("status", {}),
                     ("title", {"ratio": 3, "overflow": "fold"}), ("actors", {"ratio": 2, "overflow": "fold"}),
                     ("place", {"ratio": 1, "overflow": "fold"}), ("src", {"justify": "right"}),
                     ("conf", {"justify": "right"})):
        table.add_column(name, **kw)
    year = None
    for e in t.events:
        y = e.date[:4] if e.date else "undated"
        if y != year:
            if year is not None:
                table.add_section()
            table.add_row(f"[bold]{y}[/bold]", "", "", "", "", "", "", "")
            year = y
        date = e.date + (f"〜{e.date_end}" if e.date_end else "") if e.date else "—"
        table.add_row(date, e.type, e.status, e.title, "・".join(a.name for a in e.actors if a.kind != "organization"),
                      "・".join(e.locations), str(len({m.source for m in e.mentions})), f"{e.confidence:.2f}")
    console.print(table)
    console.print(f"{len(t.events)} events from {len(t.sources)} articles"
                  + (f"; {len(t.errors)} inputs could not be read" if t.errors else ""))


WRITERS = {"table": write_table, "csv": write_csv, "json": write_json, "jsonl": write_jsonl}


def render(t: Timeline, fmt: str, width: int = 120) -> str:
    """The timeline as text in ``fmt`` (a table is rendered ``width`` columns wide, without colour)."""
    import io

    buf = io.StringIO()
    if fmt == "table":
        write_table(t, buf, width=width, color=False)
    else:
        WRITERS[fmt](t, buf)
    return buf.getvalue()
